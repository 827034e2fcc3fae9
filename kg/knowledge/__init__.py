"""General knowledge the stages read: name lexicons and China's administrative divisions.

Reads only its own data (``data/divisions.tsv``, ``data/boundary_words.txt``, and the cue
patterns ``data/cues/*.toml`` that :mod:`kg.extract.cues` loads) and writes nothing while a
page is processed; it names no company, park or page, and imports no other part of ``kg``.
"""
