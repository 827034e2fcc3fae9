"""Distributed build on a local Dask cluster gives the same graph as one process.

Skipped when Dask is not installed (it is the optional extra
``parkkg[distributed]``; CI installs it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402

from kg import build as kbuild  # noqa: E402
from kg import pages as kpages  # noqa: E402
from kg.distributed import build_distributed, load_shards, shard_errors  # noqa: E402
from kg.document import Document, Entity, Fact, Mention  # noqa: E402
from kg.rdf import namespaces as ns  # noqa: E402
from kg.rdf.store import document_ids  # noqa: E402

pytestmark = pytest.mark.slow


def fake_document(path: str | Path, recogniser: str = "rules", doc_id: str | None = None, src: object = None) -> Document:
    """Line ``Company 甲公司 investsIn Project 乙项目`` → one fact; ``BOOM`` raises."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    if "BOOM" in raw:
        raise ValueError("pipeline exploded\non two lines")
    doc = Document(id=doc_id or path.stem, source=str(path), raw=raw, text=raw)
    for line in raw.splitlines():
        st, sn, rel, ot, on = line.split()
        s = Mention(0, len(sn), sn, st, entity=ns.entity_key(st, sn))
        o = Mention(0, len(on), on, ot, entity=ns.entity_key(ot, on))
        for m in (s, o):
            doc.entities[m.entity] = Entity(key=m.entity, type=m.type, name=m.text)
        doc.facts.append(Fact(s, rel, o, evidence_start=0, evidence_end=len(line)))
    return doc


PAGES = {
    "p1": "山西省平遥县平遥经济技术开发区管委会与山西宏达钢铁集团有限公司签署合作协议。\n"
    "山西宏达钢铁集团有限公司投资16.5亿元建设年产2万吨阴极炭素高端石墨新材料项目。\n",
    "p2": "近日，山西省工业和信息化厅印发《山西省开发区高质量发展若干措施》。\n",
    "p3": "江苏省泰州市泰兴经济开发区，泰兴新和化工有限公司投资5000万元建设年产5万吨新材料项目。\n",
}


@pytest.fixture
def threads_client() -> Client:
    """In-process workers (threads): monkeypatched stages are visible to the tasks."""
    cluster = LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def _pages(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"p{i:02d}.txt").write_text(
            f"Company 公司{i} investsIn Project 项目{i % 3}\n", encoding="utf-8"
        )
    (folder / "zz_boom.txt").write_text("BOOM\n")
    return folder


def test_shards_load_to_the_same_graph_as_a_serial_build(
    tmp_path: Path, threads_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kpages, "document_for_path", fake_document)
    pages = _pages(tmp_path / "pages", 7)
    shards = build_distributed([pages], threads_client, tmp_path / "shards", batch_size=3)
    assert [s.name for s in shards] == ["shard-000000.nq", "shard-000001.nq", "shard-000002.nq"]
    manifest = json.loads(shards[0].with_suffix(".json").read_text())
    assert [d[0] for d in manifest["docs"]] == ["p00", "p01", "p02"]
    errors = shard_errors(shards)
    assert len(errors) == 1 and errors[0].endswith("zz_boom.txt: ValueError: pipeline exploded on two lines")

    dist = pyoxigraph.Store()
    assert load_shards(dist, shards)[0] == 7
    serial = pyoxigraph.Store()
    kbuild.build([pages], store=serial, progress=False)
    assert set(dist) == set(serial)

    # loading again replaces (no duplicates); bulk mode into a fresh store is equal too
    load_shards(dist, shards)
    assert set(dist) == set(serial)
    bulk = pyoxigraph.Store()
    load_shards(bulk, shards, bulk=True)
    assert set(bulk) == set(serial)


def test_build_with_a_scheduler_replaces_changed_pages(
    tmp_path: Path, threads_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kpages, "document_for_path", fake_document)
    pages = _pages(tmp_path / "pages", 4)
    store = pyoxigraph.Store()
    s = kbuild.build([pages], store=store, scheduler=threads_client, progress=False)
    assert s.documents == 4 and len(s.errors) == 1 and s.store_documents == 4
    (pages / "p00.txt").write_text("Company 公司0 signsWith Agency 管委会\n")
    s = kbuild.build([pages / "p00.txt"], store=store, scheduler=threads_client, progress=False)
    assert s.facts["signsWith"] == 1 and s.facts["investsIn"] == 3
    assert document_ids(store) == ["p00", "p01", "p02", "p03"]


def test_real_pipeline_on_two_worker_processes(tmp_path: Path) -> None:
    pytest.importorskip("kg.pipeline")
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, text in PAGES.items():
        (pages / f"{name}.txt").write_text(text, encoding="utf-8")
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None, processes=True) as cluster,
        Client(cluster) as client,
    ):
        dist = pyoxigraph.Store()
        s = kbuild.build(
            [pages], store=dist, scheduler=client.scheduler.address, progress=False, batch_size=1
        )
    serial = pyoxigraph.Store()
    kbuild.build([pages], store=serial, progress=False)
    assert s.documents == 3 and s.errors == []
    assert set(dist) == set(serial)
