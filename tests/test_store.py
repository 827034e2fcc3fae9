"""Store: open errors, atomic per-document replace, remove, bulk load, ids and stats."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf import namespaces as ns
from kg.rdf import store as st
from kg.rdf.mapping import document_quads

try:
    from test_mapping import sample_document
except ImportError:  # pragma: no cover - tests run as a package
    from tests.test_mapping import sample_document


def graphs(store) -> set[str]:
    return {g.value for g in store.named_graphs()}


def pages(store) -> set[Quad]:
    return set(st.page_quads(store))


def assert_canonical(store) -> None:
    """The canonical graph is exactly the set of the pages' triples."""
    assert st.canonical_triples(store) == {(q.subject, q.predicate, q.object) for q in st.page_quads(store)}


def test_default_store_path_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "x"))
    assert st.default_store_path() == tmp_path / "x"
    monkeypatch.delenv("KG_STORE")
    assert st.default_store_path().name == "kg-store"


def test_read_only_open_of_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(st.StoreError, match="kg build"):
        st.open_store(tmp_path / "nope", read_only=True)


def test_locked_store_gives_one_line_error(tmp_path):
    path = tmp_path / "s"
    s = st.open_store(path)
    st.replace_document(s, "t1", document_quads(sample_document()))
    code = (
        "import sys\nfrom kg.rdf.store import open_store, StoreError\n"
        f"try:\n    open_store({str(path)!r})\nexcept StoreError as e:\n    print(e); sys.exit(3)\n"
    )
    p = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=str(tmp_path),
        env={"PYTHONPATH": str(__import__("pathlib").Path(st.__file__).parents[2])},
    )
    assert p.returncode == 3, p.stderr
    assert "in use by another process" in p.stdout and len(p.stdout.strip().splitlines()) == 1
    # a read-only snapshot still opens while the writer holds the lock
    ro = st.open_store(path, read_only=True)
    assert st.document_ids(ro) == ["t1"]


def test_replace_drops_exactly_that_documents_graphs(tmp_path):
    s = st.open_store(tmp_path / "s")
    st.replace_document(s, "t1", document_quads(sample_document("t1")))
    st.replace_document(s, "t2", document_quads(sample_document("t2")))
    t2_before = {q for q in pages(s) if "/t2" in q.graph_name.value}
    # t1 changes: one fact fewer, one designation different
    doc = sample_document("t1")
    doc.facts = [f for f in doc.facts if f.predicate != "signsWith"]
    doc.facts[3].literal = "国家级绿色园区"
    new = document_quads(doc)
    st.replace_document(s, "t1", new)
    t1_now = {q for q in pages(s) if "/t1" in q.graph_name.value}
    assert t1_now == set(new)
    assert {q for q in pages(s) if "/t2" in q.graph_name.value} == t2_before
    # all quads, the canonical graph included: t1's old title is gone from both
    titles = {q.object.value for q in s if q.predicate.value == ns.term("designatedAs")}
    assert titles == {"国家级绿色园区", "省级绿色园区"}  # t1 new, t2 old
    assert_canonical(s)
    fact_graphs_t1 = {g for g in graphs(s) if g.startswith(ns.fact_graph_prefix("t1"))}
    assert len(fact_graphs_t1) == 5


def test_replace_is_one_transaction(tmp_path, monkeypatch):
    s = st.open_store(tmp_path / "s")
    old = document_quads(sample_document("t1"))
    st.replace_document(s, "t1", old)
    # make the insert part of the update invalid: the drops in the same request must not happen
    monkeypatch.setattr(st, "_insert_data", lambda quads: "INSERT DATA { this is not sparql }")
    with pytest.raises(SyntaxError):
        st.replace_document(s, "t1", old)
    assert pages(s) == set(old)
    assert_canonical(s)


def test_article_text_cannot_break_the_update(tmp_path):
    s = st.open_store(tmp_path / "s")
    g = NamedNode(ns.doc_graph("evil"))
    nasty = 'x" } ; DROP ALL ; INSERT DATA { <a:b> <c:d> "e'
    quads = [
        Quad(NamedNode(ns.doc_iri("evil")), NamedNode(ns.term("sourcePath")), Literal(nasty + "\n\\"), g)
    ]
    st.replace_document(s, "keep", document_quads(sample_document("keep")))
    st.replace_document(s, "evil", quads)
    assert any(q.object.value == nasty + "\n\\" for q in s)
    assert "keep" in {q.graph_name.value.rsplit("/", 1)[-1] for q in pages(s)}
    assert_canonical(s)


def test_remove_document_and_ids(tmp_path):
    s = st.open_store(tmp_path / "s")
    st.replace_documents(s, {d: document_quads(sample_document(d)) for d in ("b", "a", "c")})
    assert st.document_ids(s) == ["a", "b", "c"]
    st.remove_document(s, "b")
    assert st.document_ids(s) == ["a", "c"]
    assert not [g for g in graphs(s) if "/b/" in g or g.endswith("/b")]
    st.remove_document(s, "never-there")  # no error
    assert st.document_ids(s) == ["a", "c"]
    assert_canonical(s)


def test_bulk_load_and_stats(tmp_path):
    s = st.open_store(tmp_path / "s")
    st.bulk_load(s, (q for d in ("a", "b") for q in document_quads(sample_document(d))))
    info = st.stats(s)
    assert info["documents"] == 2
    # the same entities on two pages are one node each
    assert info["entities"] == {"Park": 1, "Company": 1, "Agency": 2, "Policy": 1, "Project": 1, "Place": 3}
    # distinct statements: partOf comes from the place chain (county→city→province)
    assert info["facts"] == {
        "investsIn": 1,
        "locatedIn": 2,
        "partOf": 2,
        "issuedBy": 1,
        "signsWith": 1,
        "designatedAs": 1,
    }
    assert info["fact_graphs"] == 12
    assert info["canonical_triples"] == len(st.canonical_triples(s)) == info["quads"] - len(pages(s)) > 0
    amounts = [q.object for q in s if q.predicate.value == ns.term("investmentAmount")]
    assert {Decimal(a.value) for a in amounts} == {Decimal(320000000)}
    assert_canonical(s)


LABELS_OF = "SELECT ?l WHERE { ?e a kg:Company ; rdfs:label ?l }"


def test_the_obvious_query_gives_one_row_per_entity_not_one_per_page(tmp_path):
    """An entity named on two pages has one label triple in the canonical graph, which queries read."""
    from kg.rdf.query import query

    s = st.open_store(tmp_path / "s")
    st.replace_documents(s, {d: document_quads(sample_document(d)) for d in ("a", "b")})
    assert not st.default_is_union(s)
    assert len(query(s, LABELS_OF).rows) == 1
    # each page's graph still types and labels it: over the union of graphs (a bag) the
    # type × label join makes (2 pages + the canonical graph)² rows
    union = s.query(LABELS_OF, prefixes=ns.PREFIXES, use_default_graph_as_union=True)
    assert len(list(union)) == 9


def test_removing_a_page_keeps_what_another_page_still_says(tmp_path):
    s = st.open_store(tmp_path / "s")
    a, b = document_quads(sample_document("a")), document_quads(sample_document("b"))
    st.replace_documents(s, {"a": a, "b": b})
    only_a = {(q.subject, q.predicate, q.object) for q in a} - {(q.subject, q.predicate, q.object) for q in b}
    shared = {(q.subject, q.predicate, q.object) for q in a} & {(q.subject, q.predicate, q.object) for q in b}
    assert only_a and shared
    st.remove_document(s, "a")
    canonical = st.canonical_triples(s)
    assert shared <= canonical and not (only_a & canonical)
    assert_canonical(s)
    st.replace_document(s, "b", [])  # a page that now says nothing
    assert st.canonical_triples(s) == set()


def test_every_write_path_keeps_the_canonical_graph(tmp_path):
    s = st.open_store(tmp_path / "s")
    st.bulk_load(s, document_quads(sample_document("a")))
    assert_canonical(s)
    st.add_documents(s, document_quads(sample_document("b")))
    assert_canonical(s)
    doc = sample_document("a")
    doc.facts = doc.facts[:2]
    st.replace_documents(s, {"a": document_quads(doc), "c": document_quads(sample_document("c"))})
    assert_canonical(s)
    st.remove_document(s, "b")
    assert_canonical(s)


def test_a_store_from_before_the_canonical_graph_is_read_as_the_union_then_filled(tmp_path):
    """Pages written as named graphs only (an older parkkg): queries read the union until the
    next write, which first fills the canonical graph (else it would hide every older page)."""
    from kg.rdf.query import query

    s = st.open_store(tmp_path / "s")
    s.extend(document_quads(sample_document("old")))
    assert st.default_is_union(s)
    assert len(query(s, LABELS_OF).rows) == 1
    st.replace_document(s, "new", document_quads(sample_document("new")))
    assert not st.default_is_union(s)
    assert_canonical(s)
    assert st.document_ids(s) == ["new", "old"]
    assert len(query(s, "SELECT ?d WHERE { ?d a kg:Document }").rows) == 2


def test_writing_to_read_only_store_fails_clearly(tmp_path):
    path = tmp_path / "s"
    s = st.open_store(path)
    st.replace_document(s, "a", document_quads(sample_document("a")))
    del s
    ro = st.open_store(path, read_only=True)
    with pytest.raises(st.StoreError, match="read-only"):
        st.replace_document(ro, "a", document_quads(sample_document("a", evidence_tail="，再获表彰")))


def test_replacing_a_page_writes_only_what_changed(tmp_path):
    """A page built again mostly says what it said: the update holds the difference only, and the
    store ends as if the page had been written afresh."""
    s = st.open_store(tmp_path / "s")
    st.replace_document(s, "a", document_quads(sample_document("a")))
    assert st._replace_ops(s, {"a": list(document_quads(sample_document("a")))}) == []
    changed = list(document_quads(sample_document("a", evidence_tail="，再获表彰")))
    ops = st._replace_ops(s, {"a": changed})
    assert ops and "再获表彰" in ops[-1] and "年产5万吨膜材料项目" not in ops[-1]
    st.replace_document(s, "a", changed)
    fresh = st.open_store(tmp_path / "fresh")
    st.replace_document(fresh, "a", changed)
    assert sorted(map(str, s)) == sorted(map(str, fresh))


def test_flush_keeps_data_and_replace_flushes_by_itself(tmp_path, monkeypatch):
    path = tmp_path / "s"
    s = st.open_store(path)
    flushed = []
    real_flush = st.flush
    monkeypatch.setattr(st, "FLUSH_EVERY", 200)
    monkeypatch.setattr(st, "_unflushed", {})
    monkeypatch.setattr(st, "flush", lambda store: (flushed.append(1), real_flush(store)))
    for d in ("a", "b", "c"):  # ~80 quads each: the third write crosses 200
        st.replace_document(s, d, document_quads(sample_document(d)))
    assert flushed == [1]
    real_flush(s)
    assert st.document_ids(st.open_store(path, read_only=True)) == ["a", "b", "c"]


def test_read_only_open_retries_a_manifest_caught_mid_write(tmp_path, monkeypatch):
    """A reader opening while a build compacts saw "Corruption … MANIFEST" (issue 9, item 10): it retries."""
    import pyoxigraph

    from kg.rdf import store as ks

    path = tmp_path / "s"
    ks.open_store(path)  # create it
    real = pyoxigraph.Store.read_only
    calls = {"n": 0}

    def flaky(p):
        calls["n"] += 1
        if calls["n"] <= 2:
            raise OSError("Corruption: MANIFEST may be corrupted")
        return real(p)

    monkeypatch.setattr(ks.Store, "read_only", staticmethod(flaky))
    assert ks.open_store(path, read_only=True) is not None and calls["n"] == 3


def test_rebuilding_a_page_keeps_literals_the_store_respells(tmp_path):
    """The store keeps ``"0.920"^^xsd:decimal`` as ``"0.92"``: a rebuilt page must not lose it."""
    s = st.open_store(tmp_path / "s")
    g = NamedNode(ns.prov_graph("p"))
    conf = Quad(NamedNode(ns.fact_graph("p", "x")), NamedNode(ns.term("confidence")),
                Literal("0.920", datatype=NamedNode(ns.PREFIXES["xsd"] + "decimal")), g)
    quads = [*document_quads(sample_document("p")), conf]
    st.replace_document(s, "p", quads)
    st.replace_document(s, "p", quads)
    assert_canonical(s)
    assert len(list(s.quads_for_pattern(conf.subject, conf.predicate, None, None))) == 2  # page + canonical
