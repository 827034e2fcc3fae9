"""Export the store: Turtle, N-Triples, N-Quads, JSON-LD and GraphML.

* ``nq`` is the lossless format: every named graph (document, fact and
  provenance graphs) is kept, so a dump loaded into a new store
  (:func:`import_file`) gives the same quads and the same provenance queries.
* ``ttl``, ``nt`` and ``jsonld`` write the *union* of the named graphs as one
  graph (duplicates across documents merged, sorted for stable diffs): what a
  consumer who does not care about provenance graphs wants.  Turtle and JSON-LD
  carry the project prefixes (JSON-LD as its ``@context``).
* ``graphml`` writes the property-graph view of :func:`kg.rdf.netx.to_networkx`
  (entity nodes, relation edges with evidence) for Gephi, yEd or Cytoscape.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO

import pyoxigraph
from pyoxigraph import RdfFormat, Store, Triple

from kg.rdf import namespaces as ns

#: Export format -> description.
FORMATS: dict[str, str] = {
    "ttl": "Turtle, union of all graphs, with prefixes",
    "nt": "N-Triples, union of all graphs",
    "nq": "N-Quads, every named graph (provenance kept; lossless)",
    "trig": "TriG, every named graph with prefixes (provenance kept; lossless and readable)",
    "jsonld": "JSON-LD, union of all graphs, @context with the prefixes",
    "graphml": "GraphML property graph (entities and relations) from kg.rdf.netx",
}

Output = str | os.PathLike[str] | IO[bytes]


def union_triples(store: Store) -> list[Triple]:
    """Distinct triples of all named graphs, sorted (the store's default graph is unused)."""
    seen = {Triple(q.subject, q.predicate, q.object) for q in store}
    return sorted(seen, key=str)


def _write(data: bytes, out: Output) -> None:
    if isinstance(out, str | os.PathLike):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def export(store: Store, fmt: str, out: Output) -> int:
    """Write the store to ``out`` (a path or a binary file) in ``fmt``; returns the statements written.

    For ``graphml`` the count is nodes + edges.
    """
    fmt = fmt.lower().lstrip(".")
    fmt = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "json-ld": "jsonld", "json": "jsonld"}.get(
        fmt, fmt
    )
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "nq":
        if isinstance(out, str | os.PathLike):
            store.dump(str(out), RdfFormat.N_QUADS)
        else:
            store.dump(out, RdfFormat.N_QUADS)
        return len(store)
    if fmt == "trig":
        data = pyoxigraph.serialize(list(store), format=RdfFormat.TRIG, prefixes=ns.PREFIXES) or b""
        _write(data, out)
        return len(store)
    if fmt == "graphml":
        return _export_graphml(store, out)
    triples = union_triples(store)
    if fmt == "ttl":
        data = pyoxigraph.serialize(triples, format=RdfFormat.TURTLE, prefixes=ns.PREFIXES)
    elif fmt == "nt":
        data = pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES)
    else:
        data = _jsonld(triples)
    _write(data, out)
    return len(triples)


def _jsonld(triples: list[Triple]) -> bytes:
    """JSON-LD through rdflib (compact form with the prefixes as @context)."""
    import rdflib

    nt = pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8")
    g = rdflib.Graph()
    g.parse(data=nt, format="nt")
    context = dict(ns.PREFIXES)
    text = g.serialize(format="json-ld", context=context, auto_compact=True, ensure_ascii=False)
    return text.encode("utf-8")


def _graphml_safe(value):
    """GraphML takes str/int/float/bool only; anything else becomes its string form."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _export_graphml(store: Store, out: Output) -> int:
    import networkx as nx

    from kg.rdf.netx import to_networkx

    g = to_networkx(store)
    clean = nx.MultiDiGraph()
    for n, attrs in g.nodes(data=True):
        clean.add_node(str(n), **{k: _graphml_safe(v) for k, v in attrs.items()})
    # every edge gets its own id (e0, e1, …): with the relation name as id, Gephi kept one edge
    # per relation and yEd none; the relation stays an attribute
    for i, (u, v, k, attrs) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))):
        data = {a: _graphml_safe(x) for a, x in attrs.items()}
        data.setdefault("relation", str(k))
        clean.add_edge(str(u), str(v), key=f"e{i}", **data)
    buf = io.BytesIO()
    nx.write_graphml(clean, buf, encoding="utf-8")
    _write(buf.getvalue(), out)
    return clean.number_of_nodes() + clean.number_of_edges()


def import_file(store: Store, path: str | os.PathLike[str], fmt: str | None = None) -> int:
    """Load an N-Quads (or TriG) dump into a store, e.g. one written by ``export(.., "nq", ..)``.

    Returns the number of quads in the store afterwards.  Triples-only formats
    would land in the default graph, which is the canonical graph parkkg
    derives from the pages' named graphs, so only quad formats are accepted.
    The canonical copies of the dump's quads are loaded beside them (a dump
    written before the canonical graph existed has none).
    """
    p = Path(path)
    kind = (fmt or p.suffix.lstrip(".")).lower()
    formats = {"nq": RdfFormat.N_QUADS, "nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}
    if kind not in formats:
        raise ValueError(f"cannot import {p.name}: give an N-Quads (.nq) or TriG (.trig) dump")
    from kg.rdf.store import bulk_load

    bulk_load(store, pyoxigraph.parse(path=str(p), format=formats[kind]))
    return len(store)
