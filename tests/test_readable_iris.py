"""Readable IRIs: one prefix per type, and what a table shows pastes back into SPARQL."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.rdf import namespaces as ns
from kg.rdf import serde
from kg.rdf.query import format_result, query


def _resolve(written: str) -> str:
    """The IRI a query reads from ``written`` with the project prefixes (a parse error fails)."""
    rows = list(ox.Store().query(f"SELECT ({written} AS ?x) {{}}", prefixes=ns.PREFIXES))
    return rows[0]["x"].value


def test_every_iri_of_a_mapped_page_pastes_back_into_a_query(store):
    iris = {t.value for q in store for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    assert len(iris) > 30
    for iri in sorted(iris):
        assert _resolve(ns.compact(iri)) == iri, iri


@pytest.mark.parametrize(
    ("iri", "written"),
    [
        (ns.entity_iri("place/140728"), "place:140728"),
        (ns.entity_iri(ns.entity_key("Park", "平遥经济技术开发区")), "park:"),
        (ns.term("investsIn"), "kg:investsIn"),
        (ns.entity_iri("agent/parkkg-0"), "agent:parkkg-0"),
        # a slash or a tilde is no SPARQL local name, and pyoxigraph rejects some dots: the full IRI
        (ns.agent_iri(), "<"),
        (ns.ID + "agent/x/y", "<https://parkkg.org/id/agent/x/y>"),
        (ns.doc_iri("page."), "<"),
        (ns.doc_iri("a~b.txt"), "<"),
        ("http://example.org/other", "<http://example.org/other>"),
    ],
)
def test_compact_writes_a_prefix_per_type_or_the_full_iri(iri, written):
    assert ns.compact(iri).startswith(written)
    assert _resolve(ns.compact(iri)) == iri


def test_query_table_cells_are_prefixed_names_a_query_accepts(store):
    res = query(store, "SELECT DISTINCT ?p WHERE { ?p a kg:Park }")
    cell = format_result(res, "table").splitlines()[2].strip()
    assert cell.startswith("park:") and "/" not in cell
    again = query(store, f"SELECT ?l WHERE {{ {cell} rdfs:label ?l }}")
    assert len(again.rows) >= 1


def test_turtle_uses_the_type_prefixes_without_escaped_slashes(store):
    import io

    buf = io.BytesIO()
    serde.export(store, "ttl", buf)
    text = buf.getvalue().decode("utf-8")
    assert "@prefix place: <https://parkkg.org/id/place/> ." in text
    assert "\\/" not in text  # kgid:park\/0823… was valid but unreadable
    assert "park:" in text and "prov:SoftwareAgent" in text
