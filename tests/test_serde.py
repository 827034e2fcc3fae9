"""Export: every format parses back; N-Quads round-trips the whole dataset with provenance."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
import rdflib
import rdflib.compare
from pyoxigraph import RdfFormat, Store, serialize

from kg.rdf import namespaces as ns
from kg.rdf import serde
from kg.rdf.mapping import document_quads
from kg.rdf.query import query

try:
    from test_mapping import sample_document
except ImportError:  # pragma: no cover
    from tests.test_mapping import sample_document



def test_nquads_round_trip_keeps_every_graph(store, tmp_path):
    out = tmp_path / "kg.nq"
    n = serde.export(store, "nq", out)
    assert n == len(store)
    fresh = Store()
    serde.import_file(fresh, out)
    assert set(fresh) == set(store)  # the pages' graphs and the canonical graph


def test_a_dump_without_the_canonical_graph_gets_one_on_import(store, tmp_path):
    """N-Quads written before the canonical graph existed (or by another tool) still load right."""
    from kg.rdf import store as st

    out = tmp_path / "old.nq"
    out.write_bytes(serialize(list(st.page_quads(store)), format=RdfFormat.N_QUADS))
    fresh = Store()
    serde.import_file(fresh, out)
    assert set(fresh) == set(store)
    # provenance still answers in the new store
    r = query(fresh, "SELECT DISTINCT ?ev WHERE { GRAPH ?g { ?c kg:investsIn ?p } ?g kg:evidence ?ev }")
    assert len(r.rows) == 1 and "3.2 亿元" in r.rows[0][0]


def test_turtle_is_the_deduplicated_union_with_prefixes(store):
    buf = io.BytesIO()
    n = serde.export(store, "ttl", buf)
    text = buf.getvalue().decode("utf-8")
    assert "@prefix kg: <https://parkkg.org/ontology#>" in text
    g = rdflib.Graph().parse(data=text, format="turtle")
    assert len(g) == n
    triples = {(q.subject, q.predicate, q.object) for q in store}
    assert n == len(triples) < len(store)  # shared entities merged across the two pages
    assert (
        rdflib.URIRef(ns.entity_iri("place/420923")),
        rdflib.RDFS.label,
        rdflib.Literal("云梦县", lang="zh"),
    ) in g


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser
def test_ntriples_and_jsonld_parse_back_to_the_same_graph(store, tmp_path):
    nt, jl = tmp_path / "a.nt", tmp_path / "a.jsonld"
    serde.export(store, "nt", nt)
    serde.export(store, "jsonld", jl)
    g1 = rdflib.Graph().parse(nt, format="nt")
    g2 = rdflib.Graph().parse(jl, format="json-ld")
    assert len(g1) == len(g2) > 0
    assert rdflib.compare.isomorphic(g1, g2)
    doc = json.loads(jl.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == ns.ONTOLOGY
    assert "青松经济开发区" in jl.read_text(encoding="utf-8")  # not \\u-escaped


def test_exports_are_stable(store, tmp_path):
    other = Store()
    for d in ("p2", "p1"):  # other insertion order
        other.extend(document_quads(sample_document(d)))
    for fmt in ("ttl", "nt", "jsonld"):
        a, b = io.BytesIO(), io.BytesIO()
        serde.export(store, fmt, a)
        serde.export(other, fmt, b)
        assert a.getvalue() == b.getvalue(), fmt


def test_graphml_has_entities_and_relations(store, tmp_path):
    out = tmp_path / "kg.graphml"
    serde.export(store, "graphml", out)
    g = nx.read_graphml(out)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"青松经济开发区", "江城新材料有限公司", "云梦县"} <= labels
    assert g.number_of_edges() >= 6


def test_unknown_format_and_import_of_triples_are_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        serde.export(store, "xlsx", tmp_path / "x")
    (tmp_path / "a.ttl").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="N-Quads"):
        serde.import_file(Store(), tmp_path / "a.ttl")


def test_graphml_gives_every_edge_its_own_id_and_keeps_the_relation(tmp_path, store):
    """Gephi keeps one edge per id and yEd needs them unique (issue 10): e0, e1, … with the relation an attribute."""
    import re

    import networkx as nx

    from kg.rdf.serde import export

    out = tmp_path / "g.graphml"
    export(store, "graphml", out)
    text = out.read_text(encoding="utf-8")
    ids = re.findall(r'<edge [^>]*\bid="([^"]+)"', text)
    assert ids and len(ids) == len(set(ids))

    g = nx.read_graphml(out)
    relations = [d.get("relation") for _, _, d in g.edges(data=True)]
    assert relations and all(relations) and len(relations) == len(ids)


def test_trig_keeps_every_named_graph(tmp_path, store):
    import pyoxigraph

    from kg.rdf.serde import export

    out = tmp_path / "g.trig"
    n = export(store, "trig", out)
    back = pyoxigraph.Store()
    back.load(path=str(out), format=pyoxigraph.RdfFormat.TRIG)
    assert n == len(store) == len(back)
