"""parkkg: a knowledge graph of Chinese industrial parks, companies and policies.

The pipeline is a chain of small stages, each in its own module::

    reading → cleaning → segmentation → recognition → relations → resolution
            → mapping (RDF quads with provenance) → store → query / viz / export

See :mod:`kg.pipeline` for the chain and :mod:`kg.document` for the object
passed between stages.
"""

__version__ = "0.1.0"
