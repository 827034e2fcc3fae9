"""Stage 2, extract: typed mentions (Park, Company, Agency, Policy, Project, Place) in the text.

Reads ``doc.text`` and ``doc.sentences`` and writes ``doc.mentions``, each with the id of the
rule that proposed it: the rule recognisers (``recognition``), the projects not called 项目
and the enumerated ones (``projects``, ``project_lists``), the named cue patterns they test
text with (``cues``, loaded from ``kg/knowledge/data/cues``) and the span index (``spans``).
"""
