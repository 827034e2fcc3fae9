"""Graph Store Protocol push against a real Oxigraph server on 127.0.0.1.

The server is the ``oxigraph`` console script (PyPI package ``oxigraph``,
pinned to pyoxigraph's version); the test is skipped when it is not installed.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest

from kg.document import Document, Entity, Fact, Mention
from kg.rdf import namespaces as ns
from kg.rdf.mapping import document_quads
from kg.rdf.push import PushError, push, push_documents
from kg.rdf.store import page_quads, replace_document

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("oxigraph server not installed (pip install oxigraph==0.5.13)")
    port = _free_port()
    loc = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(loc), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail("oxigraph server exited at start")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _select(base: str, q: str) -> list[dict]:
    req = urllib.request.Request(
        base + "/query",
        data=urllib.parse.urlencode({"query": q}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())["results"]["bindings"]


def _pages(st) -> int:
    """Quads of the local pages' named graphs (push sends those; the canonical graph stays local)."""
    return sum(1 for _ in page_quads(st))


def _count(base: str, graph_prefix: str = ns.GRAPH) -> int:
    q = f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{graph_prefix}")) }}'
    return int(_select(base, q)[0]["n"]["value"])


def _doc(doc_id: str, facts: list[tuple[str, str]]) -> Document:
    """A hand-made page: each (company, project) pair is an investsIn fact."""
    text = "。".join(f"{c}投资建设{p}" for c, p in facts) + "。"
    doc = Document(id=doc_id, source=f"{doc_id}.txt", raw=text, text=text)
    pos = 0
    for c, p in facts:
        s = Mention(pos, pos + len(c), c, "Company", entity=ns.entity_key("Company", c))
        o = Mention(
            pos + len(c) + 4, pos + len(c) + 4 + len(p), p, "Project", entity=ns.entity_key("Project", p)
        )
        for m in (s, o):
            doc.entities[m.entity] = Entity(key=m.entity, type=m.type, name=m.text)
        end = pos + len(c) + 4 + len(p) + 1
        doc.facts.append(Fact(s, "investsIn", o, evidence_start=pos, evidence_end=end))
        pos = end
    return doc


def _store(*docs: Document) -> pyoxigraph.Store:
    st = pyoxigraph.Store()
    for d in docs:
        replace_document(st, d.id, document_quads(d))
    return st


def _clear(base: str) -> None:
    req = urllib.request.Request(
        base + "/update", data=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}
    )
    with urllib.request.urlopen(req, timeout=30):
        pass


@pytest.mark.parametrize("method", ["gsp", "update"])
def test_push_copies_every_graph_and_a_repush_replaces_a_changed_page(server: str, method: str) -> None:
    _clear(server)
    a = _doc("a", [("甲公司", "一号项目"), ("甲公司", "二号项目")])
    b = _doc("b", [("乙公司", "三号项目")])
    st = _store(a, b)
    s = push(st, server + "/store", method=method, batch_docs=1)
    assert s.graphs == len(list(st.named_graphs()))
    assert s.triples == _pages(st) == _count(server)
    # page a now says one thing only: its old fact graph must disappear remotely
    a2 = _doc("a", [("甲公司", "一号项目")])
    replace_document(st, "a", document_quads(a2))
    s2 = push_documents(st, server + "/store", ["a"], method=method)
    assert s2.deleted == 1
    assert _count(server) == _pages(st)
    assert _count(server, ns.fact_graph_prefix("a")) == sum(
        1 for q in page_quads(st) if q.graph_name.value.startswith(ns.fact_graph_prefix("a"))
    )
    projects = {
        r["o"]["value"]
        for r in _select(server, f"SELECT ?o WHERE {{ GRAPH ?g {{ ?s <{ns.term('investsIn')}> ?o }} }}")
    }
    assert projects == {ns.entity_iri(ns.entity_key("Project", p)) for p in ("一号项目", "三号项目")}
    # pushing the same store again changes nothing
    push(st, server + "/store", method=method)
    assert _count(server) == _pages(st)
    # a page removed locally disappears remotely
    from kg.rdf.store import remove_document

    remove_document(st, "b")
    s3 = push_documents(st, server + "/store", ["b"], method=method)
    assert s3.deleted >= 3  # its doc, prov and fact graph
    assert _count(server) == _pages(st)
    assert _count(server, ns.fact_graph_prefix("b")) == 0


@pytest.mark.parametrize("method", ["gsp", "update"])
def test_article_text_with_quotes_and_markup_round_trips(server: str, method: str) -> None:
    _clear(server)
    nasty = '园区"<script>alert(1)</script>\\ \n'
    doc = _doc("nasty", [("丙公司", "四号项目")])
    doc.entities[ns.entity_key("Company", "丙公司")].aliases.add(nasty)
    st = _store(doc)
    push(st, server + "/store", graphs=[ns.doc_graph("nasty")], method=method)
    rows = _select(
        server, "SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#altLabel> ?l } }"
    )
    assert nasty in {r["l"]["value"] for r in rows}


def test_refused_request_raises_push_error(server: str) -> None:
    st = _store(_doc("c", [("丁公司", "五号项目")]))
    with pytest.raises(PushError):
        push(st, server + "/no-such-endpoint", delete_stale=False)


def test_endpoint_must_be_http(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        push(pyoxigraph.Store(), "file:///etc/passwd")


@pytest.mark.parametrize("method", ["gsp", "update"])
def test_prune_removes_remote_pages_the_local_store_no_longer_has(server: str, method: str) -> None:
    _clear(server)
    st = _store(_doc("a", [("甲公司", "一号项目")]), _doc("页面 b", [("乙公司", "三号项目"), ("乙公司", "四号项目")]))
    push(st, server + "/store", method=method)
    assert _count(server) == _pages(st)
    from kg.rdf.store import remove_document

    remove_document(st, "页面 b")
    # without --prune a full push leaves the removed page on the remote side
    push(st, server + "/store", method=method)
    assert _count(server) > _pages(st)
    s = push(st, server + "/store", method=method, prune=True)
    assert s.pruned == 1 and s.deleted >= 4  # its doc, prov and two fact graphs
    assert _count(server) == _pages(st)
    assert "1 pages not in the local store removed" in str(s)
    # nothing left to prune: a second pass deletes nothing
    again = push(st, server + "/store", method=method, prune=True)
    assert again.pruned == 0 and _count(server) == _pages(st)


def test_cli_push_prune(server: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.rdf.store import flush, open_store

    _clear(server)
    remote_only = _store(_doc("old", [("丙公司", "五号项目")]))
    push(remote_only, server + "/store")
    path = tmp_path / "store"
    st = open_store(path)
    replace_document(st, "a", document_quads(_doc("a", [("甲公司", "一号项目")])))
    flush(st)
    n_local = _pages(st)
    del st
    r = CliRunner().invoke(app, ["push", "--endpoint", server + "/store", "--prune", "--store", str(path)])
    assert r.exit_code == 0, r.output
    assert "1 pages not in the local store removed" in r.output
    assert _count(server) == n_local
