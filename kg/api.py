"""The Python face of parkkg, for notebooks and scripts.

A handful of functions over the same modules the CLI uses::

    import kg.api as kg
    store = kg.build(["seeds/"], store="kg-store")
    df = kg.query_df(store, "SELECT ?park ?label WHERE { ?park a kg:Park ; rdfs:label ?label }")
    g = kg.to_networkx(store)
    kg.write_html(store, "graph.html", focus="平遥经济技术开发区")

Stores are plain ``pyoxigraph.Store`` objects, so anything pyoxigraph can do
(SPARQL UPDATE, dumps) stays available.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily at call time: keeps `import kg.api` light
    import networkx as nx
    import pandas as pd
    import pyoxigraph

    from kg.document import Document


def open_store(path: str | Path | None = None, read_only: bool = False) -> pyoxigraph.Store:
    """Open (or create) an on-disk store; ``None`` means ``$KG_STORE`` or ``./kg-store``."""
    from kg.rdf.store import open_store as _open

    return _open(Path(path) if path is not None else None, read_only=read_only)


def build(
    paths: Iterable[str | Path], store: str | Path | None = None, jobs: int = 1, progress: bool = False
) -> pyoxigraph.Store:
    """Extract the pages into a store and return the opened store."""
    from kg.build import build as _build

    st = open_store(store)
    _build([Path(p) for p in paths], store=st, jobs=jobs, progress=progress)
    return st


def extract(text: str, doc_id: str = "doc") -> Document:
    """Run the extraction pipeline on one text and return the annotated Document (no store)."""
    from kg.pipeline import process_text

    return process_text(text, doc_id=doc_id)


def query(store: pyoxigraph.Store, sparql: str, **bindings: Any):
    """Run SPARQL with safely bound parameters; returns a ``kg.rdf.query.QueryResult``."""
    from kg.rdf.query import query as _query

    return _query(store, sparql, bindings=bindings or None)


def query_df(store: pyoxigraph.Store, sparql: str, **bindings: Any) -> pd.DataFrame:
    """Run SPARQL (or the name of a shipped query) and return a pandas DataFrame."""
    from kg.rdf.query import named_queries

    named = named_queries()
    if sparql in named:
        nq = named[sparql]
        bindings = nq.bindings(**bindings)  # defaults filled, name@zh parameters tagged
        sparql = nq.text
    return query(store, sparql, **bindings).to_dataframe()


def to_networkx(store: pyoxigraph.Store, types: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The entity graph as a networkx MultiDiGraph (nodes = entities, edges = facts)."""
    from kg.rdf.netx import to_networkx as _to_nx

    return _to_nx(store, types=list(types) if types is not None else None)


def write_html(store: pyoxigraph.Store, out: str | Path, **kwargs: Any) -> Path:
    """Write the interactive graph page (see ``kg viz --help`` for the options)."""
    from kg.viz import write_html as _write

    return _write(store, Path(out), **kwargs)
