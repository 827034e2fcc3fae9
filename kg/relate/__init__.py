"""Stage 3, relate: facts between the mentions, each with its rule and its evidence.

Reads ``doc.mentions`` and ``doc.sentences`` and writes ``doc.facts`` (investsIn, locatedIn,
partOf, issuedBy, signsWith, designatedAs; ``extractor`` ``rule:<id>``) and ``doc.rejected``:
the sentence rules (``relations``), the stages after them (residents, signings, tables,
amount_links, issuers, passage_firms) and the named vetoes (``filters``).
"""
