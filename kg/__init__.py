"""parkkg: a knowledge graph of Chinese industrial parks, companies and policies.

The pipeline is a chain of small stages, each in its own module::

    reading → cleaning → segmentation → recognition → relations → resolution
            → mapping (RDF quads with provenance) → store → query / viz / export

See :mod:`kg.pipeline` for the chain and :mod:`kg.document` for the object
passed between stages.

The modules are grouped by stage: :mod:`kg.text` (read, clean, segment; amounts and
dates), :mod:`kg.extract` (mentions), :mod:`kg.relate` (facts), :mod:`kg.resolve`
(entities), :mod:`kg.learn` (the learned filters and their training) and :mod:`kg.rdf`
(quads, store, query, export), over :mod:`kg.knowledge` (lexicons, divisions).  What
joins them stays here: the records every stage shares (:mod:`kg.document`,
:mod:`kg.rules`), the chain (:mod:`kg.pipeline`, :mod:`kg.statistical`), the build
(:mod:`kg.build`, :mod:`kg.pages`, :mod:`kg.distributed`), and the faces of the package
(:mod:`kg.cli`, :mod:`kg.api`, :mod:`kg.server`, :mod:`kg.viz`, :mod:`kg.explain`,
:mod:`kg.evaluation`, :mod:`kg.scoreboard`).
"""

__version__ = "0.1.0"
