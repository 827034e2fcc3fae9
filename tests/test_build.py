"""Build orchestration: streaming ingest, replace-on-rebuild, error isolation, workers.

Most tests swap the extraction pipeline for a tiny line-based fake (each line
``Type Name relation Type Name`` is one fact), so they check what build() does
with documents — replace, add, isolate failures, count — independently of how
good the extractor is.  The worker-pool test runs the real pipeline in spawned
processes and checks it writes exactly the quads the serial build writes.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from kg import build as kbuild
from kg import pages as kpages
from kg.document import Document, Entity, Fact, Mention
from kg.rdf import namespaces as ns
from kg.rdf.store import canonical_triples, document_ids, open_store, page_quads


def fake_document(path: str | Path, recogniser: str = "rules", doc_id: str | None = None, src: object = None) -> Document:
    """Line ``Company 甲公司 investsIn Project 乙项目`` → one fact; ``BOOM`` raises."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    if "BOOM" in raw:
        raise ValueError("pipeline exploded\non two lines")
    doc = Document(id=doc_id or path.stem, source=str(path), raw=raw, text=raw)
    pos = 0
    for line in raw.splitlines():
        parts = line.split()
        if len(parts) == 5:
            st, sn, rel, ot, on = parts
            s = Mention(pos, pos + len(sn), sn, st, entity=ns.entity_key(st, sn))
            o = Mention(pos, pos + len(on), on, ot, entity=ns.entity_key(ot, on))
            for m in (s, o):
                doc.entities[m.entity] = Entity(key=m.entity, type=m.type, name=m.text)
            doc.facts.append(Fact(s, rel, o, evidence_start=pos, evidence_end=pos + len(line)))
        pos += len(line) + 1
    return doc


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kpages, "document_for_path", fake_document)


def _facts(store: pyoxigraph.Store, rel: str) -> set[tuple[str, str]]:
    q = f"SELECT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{ns.term(rel)}> ?o }} }}"
    return {(r["s"].value, r["o"].value) for r in store.query(q)}


def _iri(t: str, name: str) -> str:
    return ns.entity_iri(ns.entity_key(t, name))


def test_build_ingests_pages_and_counts(tmp_path: Path, fake_pipeline: None) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("Company 甲公司 investsIn Project 一号项目\n", encoding="utf-8")
    (pages / "b.txt").write_text(
        "Company 乙公司 investsIn Project 二号项目\nPark 某园区 locatedIn Place 某县\n"
    )
    store = pyoxigraph.Store()
    s = kbuild.build([pages], store=store, progress=False)
    assert s.errors == []
    assert s.documents == 2 and s.store_documents == 2
    assert s.facts["investsIn"] == 2 and s.facts["locatedIn"] == 1
    assert s.entities["Company"] == 2 and s.entities["Park"] == 1
    assert s.chars == len((pages / "a.txt").read_text()) + len((pages / "b.txt").read_text())
    assert s.quads == sum(1 for _ in page_quads(store))
    assert canonical_triples(store) == {(q.subject, q.predicate, q.object) for q in page_quads(store)}
    assert sorted(document_ids(store)) == ["a", "b"]
    assert "2 documents" in s.format()


def test_rebuilding_a_changed_page_replaces_its_facts_and_adding_keeps_others(
    tmp_path: Path, fake_pipeline: None
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Company 甲公司 investsIn Project 一号项目\n")
    b.write_text("Company 乙公司 investsIn Project 二号项目\n")
    store = pyoxigraph.Store()
    kbuild.build([a, b], store=store, progress=False)
    before = len(store)
    # same pages again: same graph
    kbuild.build([a, b], store=store, progress=False)
    assert len(store) == before
    # page a changes: its old fact is gone, b's fact is untouched
    a.write_text("Company 甲公司 investsIn Project 三号项目\n")
    s = kbuild.build([a], store=store, progress=False)
    assert s.documents == 1 and s.store_documents == 2
    assert _facts(store, "investsIn") == {
        (_iri("Company", "甲公司"), _iri("Project", "三号项目")),
        (_iri("Company", "乙公司"), _iri("Project", "二号项目")),
    }
    # a new page is added without touching the others
    c = tmp_path / "c.txt"
    c.write_text("Company 丙公司 signsWith Agency 某管委会\n")
    s = kbuild.build([c], store=store, progress=False)
    assert s.store_documents == 3 and s.facts["investsIn"] == 2 and s.facts["signsWith"] == 1


def test_one_bad_file_is_one_line_and_the_others_are_ingested(tmp_path: Path, fake_pipeline: None) -> None:
    (tmp_path / "good.txt").write_text("Company 甲公司 investsIn Project 一号项目\n")
    (tmp_path / "boom.txt").write_text("BOOM\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)  # not text in any encoding
    seen: list[tuple[str, str]] = []
    store = pyoxigraph.Store()
    s = kbuild.build([tmp_path], store=store, progress=False, on_error=lambda p, m: seen.append((p, m)))
    assert s.documents == 1
    assert document_ids(store) == ["good"]
    assert len(s.errors) == 2 and len(seen) == 2
    assert all("\n" not in e for e in s.errors)
    boom = next(e for e in s.errors if "boom.txt" in e)
    assert boom.endswith("ValueError: pipeline exploded on two lines")
    binary = next(e for e in s.errors if "binary.txt" in e)
    assert binary.startswith(f"{tmp_path / 'binary.txt'}: ") and binary.count("binary.txt") == 1
    assert not s.ok


def test_same_document_id_twice_is_reported_not_overwritten(tmp_path: Path, fake_pipeline: None) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "p.txt").write_text("Company 甲公司 investsIn Project 一号项目\n")
    (tmp_path / "y" / "p.txt").write_text("Company 乙公司 investsIn Project 二号项目\n")
    store = pyoxigraph.Store()
    s = kbuild.build([tmp_path / "x", tmp_path / "y"], store=store, progress=False, batch_size=1)
    assert s.documents == 1
    assert len(s.errors) == 1 and "already built from" in s.errors[0]
    assert _facts(store, "investsIn") == {(_iri("Company", "甲公司"), _iri("Project", "一号项目"))}


def test_a_failing_store_write_fails_only_that_page_and_keeps_its_old_version(
    tmp_path: Path, fake_pipeline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.rdf.store

    for n in ("a", "b", "c"):
        (tmp_path / f"{n}.txt").write_text(f"Company {n}公司 investsIn Project {n}项目\n")
    store = pyoxigraph.Store()
    kbuild.build([tmp_path], store=store, progress=False)
    for n in ("a", "b", "c"):  # every page changes; rebuilding goes through replace
        (tmp_path / f"{n}.txt").write_text(f"Company {n}公司 investsIn Project {n}新项目\n")
    real = kg.rdf.store.replace_documents  # replace_document calls it too

    def flaky_batch(store, docs):  # the batch transaction fails as a whole...
        raise kg.rdf.store.StoreError("disk full")

    def flaky_one(store, doc_id, quads):  # ...and so does page b on its own
        if doc_id == "b":
            raise kg.rdf.store.StoreError("disk full")
        real(store, {doc_id: quads})

    monkeypatch.setattr(kg.rdf.store, "replace_documents", flaky_batch)
    monkeypatch.setattr(kg.rdf.store, "replace_document", flaky_one)
    s = kbuild.build([tmp_path], store=store, progress=False)
    assert s.errors == [f"{tmp_path / 'b.txt'}: store write failed: disk full"]
    assert s.documents == 2
    assert _facts(store, "investsIn") == {
        (_iri("Company", "a公司"), _iri("Project", "a新项目")),
        (_iri("Company", "b公司"), _iri("Project", "b项目")),  # the old version, whole
        (_iri("Company", "c公司"), _iri("Project", "c新项目")),
    }


def test_only_changed_skips_pages_already_in_the_store(tmp_path: Path, fake_pipeline: None) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Company 甲公司 investsIn Project 一号项目\n")
    b.write_text("Company 乙公司 investsIn Project 二号项目\n")
    store = pyoxigraph.Store()
    kbuild.build([tmp_path], store=store, progress=False)
    s = kbuild.build([tmp_path], store=store, progress=False, only_changed=True)
    assert (s.documents, s.unchanged) == (0, 2)
    b.write_text("Company 乙公司 investsIn Project 三号项目\n")
    (tmp_path / "c.txt").write_text("Company 丙公司 investsIn Project 四号项目\n")
    s = kbuild.build([tmp_path], store=store, progress=False, only_changed=True, count=False)
    assert (s.documents, s.unchanged) == (2, 1)
    assert s.facts == {}  # count=False: no store-wide statistics
    assert (_iri("Company", "乙公司"), _iri("Project", "三号项目")) in _facts(store, "investsIn")
    assert "1 unchanged pages skipped" in s.format()


def test_bulk_first_build_equals_the_transactional_one(tmp_path: Path, fake_pipeline: None) -> None:
    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(f"Company 公司{i} investsIn Project 项目{i % 2}\n")
    (tmp_path / "boom.txt").write_text("BOOM\n")
    bulk, tx = pyoxigraph.Store(), pyoxigraph.Store()
    sb = kbuild.build([tmp_path], store=bulk, progress=False, batch_size=2)  # empty store: bulk
    st = kbuild.build([tmp_path], store=tx, progress=False, batch_size=2, bulk=False)
    assert set(bulk) == set(tx)
    pages = sum(1 for _ in page_quads(tx))
    assert (sb.documents, sb.quads, len(sb.errors)) == (st.documents, st.quads, 1) == (5, pages, 1)
    # a later build into the now non-empty store replaces, never duplicates
    (tmp_path / "p0.txt").write_text("Company 公司0 investsIn Project 新项目\n")
    kbuild.build([tmp_path / "p0.txt"], store=bulk, progress=False)
    kbuild.build([tmp_path / "p0.txt"], store=tx, progress=False)
    assert set(bulk) == set(tx)


def test_build_opens_a_store_path(tmp_path: Path, fake_pipeline: None) -> None:
    (tmp_path / "a.txt").write_text("Company 甲公司 investsIn Project 一号项目\n")
    s = kbuild.build([tmp_path / "a.txt"], store=tmp_path / "store", progress=False)
    assert s.store == str(tmp_path / "store")
    assert document_ids(open_store(tmp_path / "store", read_only=True)) == ["a"]


def test_batch_size_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        kbuild.build([tmp_path], store=pyoxigraph.Store(), progress=False, batch_size=0)


PAGES = {
    "p1": "山西省平遥县平遥经济技术开发区管委会与山西宏达钢铁集团有限公司签署合作协议。\n"
    "山西宏达钢铁集团有限公司投资16.5亿元建设年产2万吨阴极炭素高端石墨新材料项目。\n",
    "p2": "近日，山西省工业和信息化厅印发《山西省开发区高质量发展若干措施》。\n"
    "平遥经济技术开发区被认定为国家级绿色工业园区。\n",
    "p3": "江苏省泰州市泰兴经济开发区，泰兴新和化工有限公司投资5000万元建设年产5万吨新材料项目。\n",
}


def _real_pages(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in PAGES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 3 + bytes(range(128, 256)))
    return folder


def test_worker_processes_write_the_same_graph_as_one_process(tmp_path: Path) -> None:
    pytest.importorskip("kg.pipeline")
    pages = _real_pages(tmp_path / "pages")
    one, two = pyoxigraph.Store(), pyoxigraph.Store()
    s1 = kbuild.build([pages], store=one, jobs=1, progress=False)
    s2 = kbuild.build([pages], store=two, jobs=2, progress=False, batch_size=1)
    assert s1.documents == s2.documents == 3
    assert len(s1.errors) == len(s2.errors) == 1 and "broken.txt" in s2.errors[0]
    assert set(one) == set(two)
    assert s1.facts == s2.facts and s1.chars == s2.chars


def test_a_page_of_the_same_name_from_another_file_does_not_replace_a_stored_one(tmp_path):
    """jan/01.txt built, then feb/01.txt: reported and skipped, not silently replacing (issue 9, item 1)."""
    from kg.build import build
    from kg.rdf.store import document_ids, open_store

    jan, feb = tmp_path / "jan", tmp_path / "feb"
    jan.mkdir()
    feb.mkdir()
    (jan / "01.txt").write_text("白鹭经济开发区与远帆集团签约。", encoding="utf-8")
    (feb / "01.txt").write_text("青禾经济开发区与白鹭集团签约。", encoding="utf-8")
    store = tmp_path / "s"
    assert build([jan / "01.txt"], store=store, progress=False).errors == []
    second = build([feb / "01.txt"], store=store, progress=False)
    assert second.documents == 0 and "already in the store from" in second.errors[0]
    again = build([(jan / "01.txt").resolve()], store=store, progress=False)  # same file, absolute path
    assert again.errors == [] and again.documents == 1
    assert document_ids(open_store(store, read_only=True)) == ["01"]


def test_daily_folders_of_01_txt_are_two_pages_with_ids_from_inside_the_folder(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "daily"
    for day, text in (("jan", "白鹭经济开发区与远帆新材料有限公司签约。"), ("feb", "青禾经济开发区与白鹭集团签约。")):
        (root / day).mkdir(parents=True)
        (root / day / "01.txt").write_text(text, encoding="utf-8")
    s = kbuild.build([root], store=tmp_path / "abs", progress=False)
    assert s.errors == [] and sorted(document_ids(open_store(tmp_path / "abs", read_only=True))) == ["feb/01", "jan/01"]
    monkeypatch.chdir(tmp_path)  # the same folder named by a relative path gives the same ids
    kbuild.build(["daily"], store=tmp_path / "rel", progress=False)
    assert sorted(document_ids(open_store(tmp_path / "rel", read_only=True))) == ["feb/01", "jan/01"]
    kbuild.build([root / "jan" / "01.txt"], store=tmp_path / "one", progress=False)
    assert document_ids(open_store(tmp_path / "one", read_only=True)) == ["01"]  # a file named directly


def test_building_into_a_store_from_an_older_parkkg_adds_its_canonical_graph(
    tmp_path: Path, fake_pipeline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Company 甲公司 investsIn Project 一号项目\n")
    (tmp_path / "b.txt").write_text("Company 乙公司 investsIn Project 二号项目\n")
    store = pyoxigraph.Store()
    kbuild.build([tmp_path / "a.txt"], store=store, progress=False)
    store.remove_graph(pyoxigraph.DefaultGraph())  # as an older parkkg left it: page graphs only
    kbuild.build([tmp_path / "b.txt"], store=store, progress=False)
    assert "adding the canonical graph" in capsys.readouterr().err
    assert canonical_triples(store) == {(q.subject, q.predicate, q.object) for q in page_quads(store)}
    assert sorted(document_ids(store)) == ["a", "b"]


def test_a_first_build_loads_its_buffer_when_it_is_old_not_only_when_full(
    tmp_path: Path, fake_pipeline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An interrupted first build loses at most BULK_SECONDS of work, however slow its pages."""
    from kg.rdf import store as kstore

    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text(f"Company 公司{i} investsIn Project 项目{i}\n")
    loads: list[int] = []
    real = kstore.bulk_load_nquads
    monkeypatch.setattr(kstore, "bulk_load_nquads", lambda st, data: (loads.append(data.count(b"\n")), real(st, data)))
    monkeypatch.setattr(kbuild, "BULK_SECONDS", 0.0)
    s = kbuild.build([tmp_path], store=pyoxigraph.Store(), progress=False, batch_size=1, jobs=1)
    assert s.documents == 3 and len(loads) == 3  # each page loaded as it came, none held back
    loads.clear()
    monkeypatch.setattr(kbuild, "BULK_SECONDS", 3600.0)
    kbuild.build([tmp_path], store=pyoxigraph.Store(), progress=False, batch_size=1, jobs=1)
    assert len(loads) == 1  # young and small: one load at the end


def test_the_same_folder_given_relative_or_absolute_gives_the_same_graph(tmp_path: Path, monkeypatch) -> None:
    """kg:sourcePath is the path inside the build folder, so no machine's own path enters the graph."""
    root = tmp_path / "pages"
    (root / "jan").mkdir(parents=True)
    (root / "jan" / "01.txt").write_text("白鹭经济开发区与远帆新材料有限公司签约。", encoding="utf-8")
    kbuild.build([root], store=tmp_path / "abs", progress=False)
    monkeypatch.chdir(tmp_path)
    kbuild.build(["pages"], store=tmp_path / "rel", progress=False)

    def nquads(name: str) -> set[str]:
        st = open_store(tmp_path / name, read_only=True)
        return set(pyoxigraph.serialize(list(st), format=pyoxigraph.RdfFormat.N_QUADS).decode().splitlines())

    assert nquads("abs") == nquads("rel")
    assert any('sourcePath> "jan/01.txt"' in line for line in nquads("abs"))
    assert not any(str(tmp_path) in line for line in nquads("abs"))


def test_where_the_files_are_stays_beside_the_store_not_in_the_graph(tmp_path: Path) -> None:
    """The store folder records this machine's paths; without the record (an older or copied
    store) a rebuild of the same folder still replaces its pages."""
    from kg.text.sources import FILE, SourceRecord

    page = tmp_path / "jan" / "01.txt"
    page.parent.mkdir()
    page.write_text("白鹭经济开发区与远帆新材料有限公司签约。", encoding="utf-8")
    store = tmp_path / "s"
    kbuild.build([tmp_path / "jan"], store=store, progress=False)
    assert SourceRecord(store).get("01") == str(page.resolve())
    (store / FILE).unlink()  # as a store copied from another machine
    again = kbuild.build([tmp_path / "jan"], store=store, progress=False)
    assert again.errors == [] and again.documents == 1
    assert SourceRecord(store).get("01") == str(page.resolve())


def test_kg_remove_forgets_the_page_so_another_file_may_take_its_id(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    jan, feb = tmp_path / "jan", tmp_path / "feb"
    for d, text in ((jan, "白鹭经济开发区与远帆集团签约。"), (feb, "青禾经济开发区与白鹭集团签约。")):
        d.mkdir()
        (d / "01.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "s"
    kbuild.build([jan], store=store, progress=False)
    assert "already in the store from" in kbuild.build([feb], store=store, progress=False).errors[0]
    out = CliRunner().invoke(app, ["remove", "01", "--store", str(store)])
    assert out.exit_code == 0, out.output
    assert kbuild.build([feb], store=store, progress=False).errors == []


def test_a_build_compacts_the_store_it_wrote_to(tmp_path: Path, monkeypatch) -> None:
    """Replaced pages leave old versions in the store's files until a compaction (issue 8, item 5);
    a build that wrote little (one added page) does not pay for one."""
    calls: list[int] = []
    real = kbuild._compact
    monkeypatch.setattr(kbuild, "_compact", lambda st, summary: (calls.append(1), real(st, summary)))
    page = tmp_path / "a.txt"
    page.write_text("白鹭经济开发区与远帆新材料有限公司签约。", encoding="utf-8")
    monkeypatch.setattr(kbuild, "COMPACT_MIN_QUADS", 1)
    s = kbuild.build([page], store=tmp_path / "s", progress=False)
    assert calls == [1] and 0 < s.compact_seconds <= s.seconds
    kbuild.build([page], store=tmp_path / "s", progress=False, only_changed=True)  # nothing written
    assert calls == [1]
    monkeypatch.setattr(kbuild, "COMPACT_MIN_QUADS", 10**9)
    kbuild.build([page], store=tmp_path / "s", progress=False)  # one page rewritten: too little to compact
    assert calls == [1]


def test_an_interrupted_first_build_keeps_the_pages_it_finished(tmp_path: Path, monkeypatch) -> None:
    """A new store is bulk-loaded from a buffer; Ctrl-C must not lose the finished pages in it."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(5):
        (pages / f"p{i}.txt").write_text(f"白鹭经济开发区与远帆{i}号新材料有限公司签约。", encoding="utf-8")
    real = kpages.quads_for_path

    def stop_at_the_fourth(path, *args, **kwargs):
        if path.endswith("p3.txt"):
            raise KeyboardInterrupt
        return real(path, *args, **kwargs)

    monkeypatch.setattr(kpages, "quads_for_path", stop_at_the_fourth)
    with pytest.raises(KeyboardInterrupt):
        kbuild.build([pages], store=tmp_path / "s", progress=False, batch_size=1)
    assert sorted(document_ids(open_store(tmp_path / "s", read_only=True))) == ["p0", "p1", "p2"]


def test_kg_build_stopped_by_sigterm_says_so_in_one_line_and_exits_130(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(400):
        (pages / f"p{i:03}.txt").write_text(f"白鹭经济开发区与远帆{i}号新材料有限公司签约。" * 20, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(pages), "--store", str(tmp_path / "s"),
                             "--no-progress"], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    deadline = time.monotonic() + 60
    while not (tmp_path / "s").exists() and time.monotonic() < deadline:  # the build has started
        time.sleep(0.05)
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    err = proc.communicate(timeout=60)[1]
    if proc.returncode == 0:
        pytest.skip("the build finished before the signal came")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted: the pages finished so far are stored" in err
    # the store opens and holds only whole pages (which pages were finished depends on timing;
    # that they are kept is the test above)
    assert len(document_ids(open_store(tmp_path / "s", read_only=True))) < 400
