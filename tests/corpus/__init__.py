"""The many-hands corpus: page sources, gold checks, shared damage and splits.

Pages are written as clean *sources* (``tests/data/corpus/<writer>/src/*.txt``) by
independent writer briefs, annotated by the gold README's rules
(``gold/*.json``), and rendered into damaged pages (``pages/``) by one shared
module, :mod:`tests.corpus.damage`.
"""
