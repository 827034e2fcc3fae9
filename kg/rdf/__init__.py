"""The graph: processed Documents become RDF quads that are stored, queried, checked and exported.

Reads processed Documents and the pyoxigraph store; writes quads with provenance
(``mapping``, IRIs from ``namespaces``), the store (``store``), query results (``query``,
named queries in ``queries/*.rq``), SHACL reports (``validation``) and exports (``serde``,
``tabular``, ``netx``, ``push``, the offline map ``maps``).
"""
