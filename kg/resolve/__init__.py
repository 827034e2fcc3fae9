"""Stage 4, resolve: one entity per real thing on a page.

Reads ``doc.mentions`` and ``doc.facts`` and writes ``doc.entities`` (surface forms merged,
places given their division code) and points every fact at its entities; ``references``
holds the within-page coreference links (该公司, 该项目) the relation stage makes and this
stage follows.
"""
