"""The SPARQL HTTP endpoint: protocol, negotiation, named queries, read-only guards, limits.

Each test talks to a real server on 127.0.0.1 (an ephemeral port) over a small
store built from a Document written for these tests, with urllib.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store, parse

from kg import server as ks
from kg.document import Document, Entity, Fact, Mention, Sentence
from kg.rdf import namespaces as ns
from kg.rdf import query as kq
from kg.rdf.mapping import document_quads
from kg.rdf.store import add_documents, open_store, replace_document

PARK = "青松经济开发区"
EVIL_POLICY = '关于"园区{升级}"的</td><script>alert(1)</script>办法'


def _doc(doc_id: str = "s1") -> Document:
    """A page with a county, a park in it, a company investing, and a policy whose name is hostile."""
    sents = [
        f"云梦县{PARK}内，江城新材料有限公司投资3亿元建设膜材料项目。",
        f"县政府印发《{EVIL_POLICY}》。",
    ]
    text = "".join(sents)
    sentences, p = [], 0
    for s in sents:
        sentences.append(Sentence(p, p + len(s), s))
        p += len(s)

    def mention(surface: str, etype: str, key: str, **kw) -> Mention:
        i = text.index(surface)
        return Mention(i, i + len(surface), surface, etype, entity=key, **kw)

    county = ns.entity_key("Place", "云梦县", "420923")
    park = ns.entity_key("Park", PARK)
    comp = ns.entity_key("Company", "江城新材料有限公司")
    proj = ns.entity_key("Project", "膜材料项目")
    gov = ns.entity_key("Agency", "云梦县人民政府")
    policy = ns.entity_key("Policy", EVIL_POLICY)
    doc = Document(id=doc_id, source=f"/pages/{doc_id}.txt", raw=text, text=text, sentences=sentences)
    doc.entities = {
        county: Entity(county, "Place", "云梦县", {"云梦"}, level="county", code="420923"),
        park: Entity(park, "Park", PARK, {"青松经开区"}),
        comp: Entity(comp, "Company", "江城新材料有限公司"),
        proj: Entity(proj, "Project", "膜材料项目"),
        gov: Entity(gov, "Agency", "云梦县人民政府", {"县政府"}),
        policy: Entity(policy, "Policy", EVIL_POLICY),
    }
    m_county = mention("云梦县", "Place", county, level="county", code="420923")
    m_park = mention(PARK, "Park", park)
    m_comp = mention("江城新材料有限公司", "Company", comp)
    m_proj = mention("膜材料项目", "Project", proj)
    m_gov = mention("县政府", "Agency", gov)
    m_policy = mention(EVIL_POLICY, "Policy", policy)
    doc.mentions = [m_county, m_park, m_comp, m_proj, m_gov, m_policy]
    s0, s1 = sentences
    doc.facts = [
        Fact(m_park, "locatedIn", m_county, evidence_start=s0.start, evidence_end=s0.end),
        Fact(m_proj, "locatedIn", m_park, evidence_start=s0.start, evidence_end=s0.end),
        Fact(
            m_comp,
            "investsIn",
            m_proj,
            amount_yuan=300_000_000,
            amount_text="3亿元",
            evidence_start=s0.start,
            evidence_end=s0.end,
        ),
        Fact(m_policy, "issuedBy", m_gov, evidence_start=s1.start, evidence_end=s1.end),
    ]
    return doc


def _fill(store: Store) -> None:
    doc = _doc()
    replace_document(store, doc.id, document_quads(doc))


LABELS_RQ = """# description: Entities with a label <b>&amp; friends</b>
# param: label = 青松经济开发区 (a label, compared as a string)
SELECT ?label ?entity ?type WHERE {
  ?entity rdfs:label ?l ; a ?type .
  FILTER(STR(?l) = ?label && STRSTARTS(STR(?type), STR(kg:)))
}
ORDER BY ?type
"""


@pytest.fixture()
def queries_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Named queries written for these tests (the server reads them through kg.rdf.query)."""
    d = tmp_path / "queries"
    d.mkdir()
    (d / "labels.rq").write_text(LABELS_RQ, encoding="utf-8")
    monkeypatch.setattr(kq, "QUERIES_DIR", d)
    return d


@pytest.fixture()
def store() -> Store:
    s = Store()
    _fill(s)
    return s


def _start(srv: ks.SparqlServer) -> threading.Thread:
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    return t


def _stop(srv: ks.SparqlServer, t: threading.Thread) -> None:
    srv.shutdown()
    srv.server_close()
    t.join(5)
    assert not t.is_alive()


@pytest.fixture()
def server(store: Store, queries_dir: Path) -> Iterator[ks.SparqlServer]:
    srv = ks.make_server(store, "127.0.0.1", 0)
    t = _start(srv)
    try:
        yield srv
    finally:
        _stop(srv, t)


class Reply:
    def __init__(self, status: int, headers, body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def type(self) -> str:
        return self.headers["Content-Type"].split(";")[0]

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)


def call(
    srv: ks.SparqlServer,
    path: str,
    *,
    params: dict | None = None,
    data: bytes | None = None,
    headers: dict | None = None,
    method: str | None = None,
) -> Reply:
    url = srv.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    assert url.startswith("http://127.0.0.1:")
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return Reply(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Reply(e.code, e.headers, e.read())


def labels(reply: Reply, var: str) -> list[str]:
    return [b[var]["value"] for b in reply.json()["results"]["bindings"] if var in b]


PARKS = "SELECT ?name WHERE { ?p a kg:Park ; rdfs:label ?name }"


# -- SPARQL 1.1 Protocol ---------------------------------------------------------


def test_get_select_gives_sparql_json_with_prefixes_predeclared(server):
    r = call(server, "/sparql", params={"query": PARKS})
    assert r.status == 200 and r.type == "application/sparql-results+json"
    data = r.json()
    assert data["head"]["vars"] == ["name"]
    assert data["results"]["bindings"] == [{"name": {"type": "literal", "value": PARK, "xml:lang": "zh"}}]


def test_csv_by_accept_and_tsv_by_format(server):
    q = "SELECT ?name ?amount WHERE { ?p kg:investmentAmount ?amount ; rdfs:label ?name }"
    r = call(server, "/sparql", params={"query": q}, headers={"Accept": "text/csv"})
    assert r.status == 200 and r.type == "text/csv"
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows == [["name", "amount"], ["膜材料项目", "300000000"]]
    r = call(server, "/sparql", params={"query": q, "format": "tsv"}, headers={"Accept": "text/csv"})
    assert r.type == "text/tab-separated-values"
    assert r.text.splitlines()[0] == "?name\t?amount" and '"膜材料项目"@zh' in r.text


def test_ask(server):
    r = call(server, "/sparql", params={"query": "ASK { ?x kg:issuedBy ?y }"})
    assert r.status == 200 and r.json()["boolean"] is True
    r = call(server, "/sparql", params={"query": "ASK { ?x kg:signsWith ?y }"})
    assert r.json()["boolean"] is False


def test_construct_turtle_by_default_and_ntriples_by_accept(server):
    q = "CONSTRUCT { ?p kg:inCounty ?c } WHERE { ?p a kg:Park ; kg:locatedIn ?c }"
    r = call(server, "/sparql", params={"query": q})
    assert r.status == 200 and r.type == "text/turtle"
    triples = list(parse(r.body, format=RdfFormat.TURTLE))
    assert len(triples) == 1 and "@prefix kg:" in r.text  # project prefixes make it readable
    assert triples[0].predicate == NamedNode(ns.term("inCounty"))
    assert triples[0].object == NamedNode(ns.entity_iri("place/420923"))
    r = call(server, "/sparql", params={"query": q}, headers={"Accept": "application/n-triples"})
    assert r.type == "application/n-triples"
    assert list(parse(r.body, format=RdfFormat.N_TRIPLES)) == triples


def test_post_query_body_and_form(server):
    r = call(
        server,
        "/sparql",
        data=PARKS.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    assert r.status == 200 and labels(r, "name") == [PARK]
    form = urllib.parse.urlencode({"query": PARKS, "format": "csv"}).encode("ascii")
    r = call(server, "/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status == 200 and r.type == "text/csv" and r.text.splitlines()[1] == PARK
    r = call(server, "/sparql", data=b"query=x", headers={"Content-Type": "text/plain"})
    assert r.status == 415


def test_bare_get_is_a_service_description(server):
    r = call(server, "/sparql")
    assert r.status == 200 and r.type == "text/turtle"
    sd = "http://www.w3.org/ns/sparql-service-description#"
    triples = list(parse(r.body, format=RdfFormat.TURTLE))
    assert {(t.predicate.value, t.object.value) for t in triples} >= {
        (sd + "endpoint", server.url + "/sparql"),
        (sd + "supportedLanguage", sd + "SPARQL11Query"),
    }


def test_head_gives_headers_only(server):
    r = call(server, "/", method="HEAD")
    assert r.status == 200 and r.body == b"" and int(r.headers["Content-Length"]) > 100


def test_union_graph_by_default_and_default_graph_uri_restricts(server):
    doc_graph = ns.doc_graph("s1")
    r = call(server, "/sparql", params={"query": PARKS, "default-graph-uri": doc_graph})
    assert labels(r, "name") == [PARK]
    # facts live in fact graphs, not in the document graph
    q = "SELECT ?p WHERE { ?p kg:locatedIn ?c }"
    assert len(labels(call(server, "/sparql", params={"query": q}), "p")) == 2
    assert labels(call(server, "/sparql", params={"query": q, "default-graph-uri": doc_graph}), "p") == []
    r = call(server, "/sparql", params={"query": PARKS, "default-graph-uri": "not an iri"})
    assert r.status == 400


def test_browser_gets_an_escaped_html_table(server):
    q = "SELECT ?policy WHERE { ?x a kg:Policy ; rdfs:label ?policy }"
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = call(server, "/sparql", params={"query": q}, headers={"Accept": accept})
    assert r.status == 200 and r.type == "text/html"
    assert "<script>" not in r.text
    assert "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert r.headers["Content-Security-Policy"].startswith("default-src 'none'")


def test_an_html_page_cut_at_its_row_limit_says_so_and_links_the_next_page(server, monkeypatch):
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    monkeypatch.setattr(ks, "MAX_HTML_ROWS", 3)
    r = call(server, "/sparql", params={"query": q, "format": "html"})
    assert r.status == 200 and r.text.count("<tr>") == 1 + 3  # the header and three rows
    assert "rows 1–3 (more follow)" in r.text and "next →" in r.text and "previous" not in r.text
    assert "format=csv" in r.text  # all rows as CSV, JSON, TSV
    r = call(server, "/sparql", params={"query": q + " LIMIT 3", "format": "html"})
    assert "· 3 rows ·" in r.text and "more follow" not in r.text  # all of a 3-row answer


def parse_qs_one(link: str) -> dict[str, str]:
    from urllib.parse import parse_qs

    return {k: v[0] for k, v in parse_qs(link.split("?", 1)[1]).items()}


def _cells(text: str, col: int) -> list[str]:
    rows = re.findall(r"<tr>(.*?)</tr>", text.split("<tbody>", 1)[1], re.S)
    return [re.findall(r"<td>(.*?)</td>", r)[col] for r in rows]


def test_html_results_page_and_sort_without_scripts(server, monkeypatch):
    """Sort by a column (numbers by value), page through it; the links carry the query itself."""
    monkeypatch.setattr(ks, "MAX_HTML_ROWS", 4)
    q = "SELECT ?n WHERE { VALUES ?n { 5 30 100 7 2 11 } }"
    r = call(server, "/sparql", params={"query": q, "format": "html", "sort": "n"})
    assert r.status == 200 and _cells(r.text, 0) == ["2", "5", "7", "11"] and "n</a> ▲" in r.text
    assert "<textarea name='query' rows='8' cols='100'>SELECT ?n WHERE" in r.text  # to edit and run again
    nxt = html.unescape(re.search(r"href='([^']*)'>next →", r.text).group(1))
    assert "page=2" in nxt and "sort=n" in nxt and "format=html" not in nxt
    r2 = call(server, nxt.split("?")[0], params={**parse_qs_one(nxt), "format": "html"})
    assert _cells(r2.text, 0) == ["30", "100"] and "← previous" in r2.text and "next →" not in r2.text
    r = call(server, "/sparql", params={"query": q, "format": "html", "sort": "-n"})
    assert _cells(r.text, 0) == ["100", "30", "11", "7"]
    assert call(server, "/sparql", params={"query": q, "format": "html", "sort": "x"}).status == 400
    assert call(server, "/sparql", params={"query": q, "format": "html", "page": "0"}).status == 400


def test_a_named_query_page_keeps_its_parameters_and_page_is_not_one(server):
    r = call(server, "/queries/labels", params={"label": PARK, "format": "html", "page": "1", "sort": "type"})
    assert r.status == 200 and PARK in r.text
    assert f"<input name='label' value='{PARK}'" in r.text  # the form to change it and run again
    csv_link = html.unescape(re.search(r"href='([^']*)'>CSV", r.text).group(1))
    assert csv_link.startswith("/queries/labels?") and "label=" in csv_link and "page=" not in csv_link


def test_result_links_escape_the_query_text(server):
    q = """SELECT ?x WHERE { VALUES ?x { "'><script>alert(1)</script>" } }"""
    r = call(server, "/sparql", params={"query": q, "format": "html"})
    assert r.status == 200 and "<script>" not in r.text and "'><script" not in r.text
    assert "&#x27;&gt;&lt;script&gt;" in r.text  # in the table and the form to run it again, escaped


def test_negotiation():
    assert ks.negotiate("select", None, None) == "json"
    assert ks.negotiate("select", None, "*/*") == "json"
    assert ks.negotiate("graph", None, "*/*") == "ttl"
    assert ks.negotiate("select", None, "text/csv;q=0.5, application/sparql-results+xml") == "xml"
    assert ks.negotiate("select", None, "application/json") == "json"
    assert ks.negotiate("select", None, "text/*;q=0.9, text/tab-separated-values;q=0.1") == "csv"
    assert ks.negotiate("ask", None, "application/sparql-results+json;q=0, */*") == "csv"
    assert ks.negotiate("graph", "turtle", "application/n-triples") == "ttl"
    assert ks.negotiate("graph", "json", None) == "jsonld"
    with pytest.raises(ks.ProtocolError) as e:
        ks.negotiate("select", None, "image/png")
    assert e.value.status == 406
    with pytest.raises(ks.ProtocolError) as e:
        ks.negotiate("graph", "csv", None)
    assert e.value.status == 406 and "ttl" in e.value.message


def test_construct_in_a_select_only_format_is_406(server):
    r = call(server, "/sparql", params={"query": "CONSTRUCT WHERE { ?s a kg:Park }", "format": "csv"})
    assert r.status == 406 and r.type == "text/plain"


# -- errors and read-only guards -----------------------------------------------


def test_bad_query_is_400_with_the_parser_line(server):
    r = call(server, "/sparql", params={"query": "SELEC ?x WHERE {"})
    assert r.status == 400 and r.type == "text/plain"
    assert r.text.startswith("SPARQL syntax error: error at 1:") and r.text.count("\n") == 1
    assert call(server, "/sparql", params={"format": "json"}).status == 400  # no query at all
    assert call(server, "/sparql", params={"query": " "}).status == 400
    r = call(server, "/sparql?query=a&query=b")
    assert r.status == 400 and "once" in r.text


def test_unknown_path_is_404_and_other_methods_405(server):
    r = call(server, "/nope")
    assert r.status == 404 and r.type == "text/plain"
    r = call(server, "/sparql", data=b"x", method="PUT")
    assert r.status == 405 and "GET" in r.headers["Allow"]


@pytest.mark.parametrize(
    "how",
    ["get", "post-body", "form-query", "form-update", "update-body", "get-update"],
)
def test_update_is_refused_and_the_store_is_unchanged(server, store, how):
    before = len(store)
    update = (
        "# sneaky\nPREFIX ex: <http://example.org/#>\nBASE <http://example.org/>\n"
        "insert DATA { GRAPH ex:g { ex:a ex:b ex:c } }"
    )
    drop = "DROP ALL"
    if how == "get":
        r = call(server, "/sparql", params={"query": update})
    elif how == "get-update":
        r = call(server, "/sparql", params={"update": drop})
    elif how == "post-body":
        r = call(
            server, "/sparql", data=update.encode(), headers={"Content-Type": "application/sparql-query"}
        )
    elif how == "update-body":
        r = call(server, "/sparql", data=drop.encode(), headers={"Content-Type": "application/sparql-update"})
    else:
        key = "update" if how == "form-update" else "query"
        form = urllib.parse.urlencode({key: drop}).encode()
        r = call(server, "/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status == 405 and r.type == "text/plain"
    assert "read-only" in r.text and r.text.count("\n") == 1
    assert len(store) == before


def test_update_and_service_detection():
    assert ks.is_update("DELETE WHERE { ?s ?p ?o }")
    assert ks.is_update("PREFIX : <http://x/>\n# c\nWITH :g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert ks.is_update("\\u0049NSERT DATA { <a:b> <a:b> <a:b> }")
    assert not ks.is_update('SELECT ?x WHERE { ?x rdfs:label "INSERT DATA" }')
    assert not ks.is_update("# DROP ALL\nASK {}")
    assert ks.uses_service("SELECT * WHERE { service <http://example.org/> { ?s ?p ?o } }")
    assert ks.uses_service("SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) SERVICE ?u { ?s ?p ?o } } # >")
    assert ks.uses_service("SELECT * WHERE { ?s ?p ?o.SERVICE <http://x/> { } }")
    assert ks.uses_service("SELECT * WHERE { \\u0053ERVICE <http://x/> { } }")
    # escaped characters of a local name open no string or comment
    assert ks.uses_service("SELECT * WHERE { ?s ex:a\\' SERVICE <http://x/> { ?s ?p 'x' } }")
    assert ks.uses_service("SELECT * WHERE { ?s ex:a\\# SERVICE <http://x/> { }\n }")
    assert not ks.uses_service('SELECT * WHERE { ?s ?p "SERVICE" ; <http://x/SERVICE> ?service } # SERVICE')
    assert not ks.uses_service("SELECT * WHERE { ?s ex:SERVICE ?o }")


def test_service_is_refused_but_the_word_in_a_string_is_fine(server):
    r = call(
        server, "/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"}
    )
    assert r.status == 400 and "SERVICE" in r.text
    r = call(server, "/sparql", params={"query": 'SELECT ?x WHERE { BIND("SERVICE" AS ?x) }'})
    assert r.status == 200 and labels(r, "x") == ["SERVICE"]


def test_query_size_limit(store, queries_dir):
    srv = ks.make_server(store, "127.0.0.1", 0, max_query_bytes=300)
    t = _start(srv)
    try:
        long = PARKS + " #" + "x" * 400
        r = call(srv, "/sparql", params={"query": long})
        assert r.status == 413 and "300 bytes" in r.text
        r = call(srv, "/sparql", data=long.encode(), headers={"Content-Type": "application/sparql-query"})
        assert r.status == 413
        assert call(srv, "/sparql", params={"query": PARKS}).status == 200
    finally:
        _stop(srv, t)


def test_timeout_and_busy_answers_without_waiting_for_the_query(store):
    srv = ks.make_server(store, "127.0.0.1", 0, timeout=0.2, max_workers=1)
    release = threading.Event()

    def stuck() -> ks.Answer:
        release.wait(10)
        return ks.Answer(200, "text/plain", b"late")

    try:
        with pytest.raises(ks.ProtocolError) as e:
            srv.run(stuck)
        assert e.value.status == 503 and "timed out" in e.value.message
        with pytest.raises(ks.ProtocolError) as e:  # the stuck query still holds the only slot
            srv.run(lambda: ks.Answer(200, "text/plain", b"ok"))
        assert e.value.status == 503 and "busy" in e.value.message
        release.set()
        assert srv.slots.acquire(timeout=5)  # the slot comes back when the query ends
        srv.slots.release()
        assert srv.run(lambda: ks.Answer(200, "text/plain", b"ok")).body == b"ok"
        with pytest.raises(ks.ProtocolError) as e:  # errors of the worker reach the caller
            srv.run(lambda: ks.execute(store, "SELECT ?x WHERE {"))
        assert e.value.status == 400
    finally:
        release.set()
        srv.server_close()


def _disk_store(path: Path, filler: int = 0) -> Path:
    """A store on disk with the test page (and ``filler`` extra triples for slow queries)."""
    s = open_store(path)
    _fill(s)
    if filler:
        g, p = NamedNode("http://example.org/filler"), NamedNode("http://example.org/p")
        add_documents(s, (Quad(NamedNode(f"http://example.org/e{i}"), p, Literal(str(i)), g) for i in range(filler)))
    s.flush()
    del s
    return path


@pytest.mark.slow
def test_slow_client_queries_cannot_starve_the_named_queries(tmp_path: Path, queries_dir: Path):
    """Two runaway queries on a two-worker server: one runs, one waits for an ad-hoc slot, and a
    named query is answered by the worker kept for it before either runaway ends."""
    path = _disk_store(tmp_path / "store", filler=3000)
    srv = ks.make_server(path, "127.0.0.1", 0, timeout=3.0, max_workers=2)
    t = _start(srv)
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d FILTER(STR(?b) < STR(?d)) }"
    finished: list[tuple[str, int]] = []

    def ask(name: str, path_: str, params: dict) -> None:
        finished.append((name, call(srv, path_, params=params).status))

    try:
        runaways = [threading.Thread(target=ask, args=(f"runaway{i}", "/sparql", {"query": cross})) for i in (1, 2)]
        for th in runaways:
            th.start()
        time.sleep(0.5)  # both sent: one holds the ad-hoc slot, the other waits for it
        ask("named", "/queries/labels", {"label": PARK})
        for th in runaways:
            th.join(30)
    finally:
        _stop(srv, t)
    assert finished[0] == ("named", 200)
    assert {n for n, _ in finished[1:]} == {"runaway1", "runaway2"}
    assert all(status == 503 for _, status in finished[1:])


@pytest.mark.slow
def test_worker_processes_answer_and_a_runaway_query_is_killed(tmp_path: Path, queries_dir: Path):
    path = _disk_store(tmp_path / "store", filler=3000)
    srv = ks.make_server(path, "127.0.0.1", 0, timeout=1.0, max_workers=1)
    t = _start(srv)
    try:
        assert srv.pool is not None and srv.store is None
        r = call(srv, "/sparql", params={"query": PARKS})
        assert r.status == 200 and labels(r, "name") == [PARK]
        assert call(srv, "/queries/labels", params={"label": EVIL_POLICY}).status == 200
        r = call(srv, "/sparql", params={"query": "SELEC"})
        assert r.status == 400 and r.text.startswith("SPARQL syntax error")
        (pid,) = srv.pool.pids
        # ~9 million pairs: far longer than the 1 s limit
        cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d FILTER(STR(?b) < STR(?d)) }"
        r = call(srv, "/sparql", params={"query": cross})
        assert r.status == 503 and "(stopped)" in r.text
        (new_pid,) = srv.pool.pids
        assert new_pid != pid  # the runaway worker was killed and replaced
        r = call(srv, "/sparql", params={"query": PARKS})
        assert r.status == 200 and labels(r, "name") == [PARK]
    finally:
        _stop(srv, t)
    assert srv.pool.pids == []
    with pytest.raises(ProcessLookupError):  # server_close ended (and reaped) the worker
        os.kill(new_pid, 0)


def test_missing_store_path_is_a_store_error(tmp_path: Path):
    from kg.rdf.store import StoreError

    with pytest.raises(StoreError, match="no graph store"):
        ks.make_server(tmp_path / "nowhere", "127.0.0.1", 0)


# -- named queries ---------------------------------------------------------------


def test_queries_lists_the_named_queries(server, queries_dir):
    r = call(server, "/queries")
    assert r.status == 200 and r.type == "application/json"
    (entry,) = r.json()
    assert entry["name"] == "labels" and entry["url"] == "/queries/labels"
    assert entry["params"] == [
        {"name": "label", "default": PARK, "description": "a label, compared as a string"}
    ]
    assert "FILTER(STR(?l) = ?label" in entry["query"]


def test_shipped_named_queries_are_listed(store):
    srv = ks.make_server(store, "127.0.0.1", 0)
    t = _start(srv)
    try:
        names = {q["name"] for q in call(srv, "/queries").json()}
        assert names == set(kq.named_queries()) and names
    finally:
        _stop(srv, t)


def test_named_query_binds_parameters_and_defaults(server):
    r = call(server, "/queries/labels", params={"label": "膜材料项目"})
    assert r.status == 200 and labels(r, "entity") == [ns.entity_iri(ns.entity_key("Project", "膜材料项目"))]
    r = call(server, "/queries/labels")  # the declared default
    assert labels(r, "type") == [ns.term("Park")]
    r = call(server, "/queries/labels", params={"label": PARK, "format": "csv"})
    assert r.type == "text/csv" and len(r.text.splitlines()) == 2


def test_named_query_parameter_with_quotes_and_braces_stays_a_literal(server, store):
    # the real name has quotes, braces and markup: bound, it matches exactly
    r = call(server, "/queries/labels", params={"label": EVIL_POLICY})
    assert r.status == 200 and labels(r, "type") == [ns.term("Policy")]
    assert labels(r, "label") == [EVIL_POLICY]
    # an injection attempt is just a string that names nothing
    for evil in (
        PARK + '" || true || "',
        PARK + '") } UNION { ?entity ?p ?type } #',
        'x" ) } ; DROP ALL ; SELECT * { "',
    ):
        before = len(store)
        r = call(server, "/queries/labels", params={"label": evil})
        assert r.status == 200 and r.json()["results"]["bindings"] == []
        assert len(store) == before


def test_named_query_errors(server):
    r = call(server, "/queries/labels", params={"nope": "1"})
    assert r.status == 400 and "no parameter nope" in r.text
    r = call(server, "/queries/missing")
    assert r.status == 404 and "labels" in r.text


# -- the front page -----------------------------------------------------------------


def test_front_page_has_a_form_and_escaped_query_list(server):
    r = call(server, "/")
    assert r.status == 200 and r.type == "text/html"
    page = r.text
    assert '<form method="post" action="/sparql">' in page and '<textarea name="query"' in page
    assert "href='/queries'" in page or 'href="/queries"' in page
    # each named query is a form with a field per parameter, filled with its default
    assert "<form method='get' action='/queries/labels'>" in page
    assert "<input name='label' value='青松经济开发区'" in page
    assert "&lt;b&gt;&amp;amp; friends&lt;/b&gt;" in page  # the description is text, not markup
    assert "<b>" not in page and "http://" not in page and "https://" not in page  # no CDN


# -- serve() -------------------------------------------------------------------------


@pytest.mark.slow
def test_serve_answers_and_stops_cleanly_on_ctrl_c(tmp_path: Path):
    path = _disk_store(tmp_path / "store")
    code = "import sys; from kg.server import serve; serve(sys.argv[1], '127.0.0.1', 0, log_requests=False)"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    p = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        first = p.stderr.readline()
        assert "SPARQL endpoint on http://127.0.0.1:" in first, first
        base = first.split(" on ", 1)[1].split("/sparql", 1)[0]
        url = base + "/sparql?" + urllib.parse.urlencode({"query": PARKS})
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url, timeout=10) as r:
            assert [b["name"]["value"] for b in json.loads(r.read())["results"]["bindings"]] == [PARK]
        p.send_signal(signal.SIGINT)
        assert p.wait(10) == 0
        assert "stopped" in p.stderr.read()
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def test_a_raw_utf8_query_string_is_read_as_utf8(server):
    """curl '…?label=膜材料项目' sends raw UTF-8 bytes; they are read as UTF-8, not Latin-1 (issue 9, item 12)."""
    import socket

    host, port = server.server_address[:2]
    request = ("GET /queries/labels?label=膜材料项目 HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n"
               "Connection: close\r\n\r\n").encode()
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.") and b" 200 " in head.split(b"\r\n")[0]
    assert "膜材料项目" in body.decode("utf-8")


def test_an_answer_over_the_size_cap_is_refused_while_written(server, monkeypatch):
    """A SELECT * once made a 1.48 GB answer (issue 9, item 13): past the cap it is a 413 with advice."""
    monkeypatch.setattr(ks, "MAX_RESULT_BYTES", 2000)
    r = call(server, "/sparql", params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"},
             headers={"Accept": "text/csv"})
    assert r.status == 413 and "add a LIMIT" in r.text
    small = call(server, "/sparql", params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 2"},
                 headers={"Accept": "text/csv"})
    assert small.status == 200


# -- CORS (opt-in) -------------------------------------------------------------


def test_cors_is_off_by_default(server):
    r = call(server, "/sparql", params={"query": PARKS}, headers={"Origin": "https://news.example"})
    assert r.status == 200 and "Access-Control-Allow-Origin" not in r.headers
    pre = call(server, "/sparql", method="OPTIONS", headers={"Origin": "https://news.example"})
    assert pre.status == 204 and "Access-Control-Allow-Origin" not in pre.headers


def test_cors_origin_given_lets_that_page_read_answers_and_preflight(store):
    srv = ks.make_server(store, "127.0.0.1", 0, cors_origin="https://news.example")
    t = _start(srv)
    try:
        r = call(srv, "/sparql", params={"query": PARKS}, headers={"Origin": "https://news.example"})
        assert r.status == 200 and r.headers["Access-Control-Allow-Origin"] == "https://news.example"
        assert r.headers["Vary"] == "Origin"
        err = call(srv, "/sparql", params={"query": "SELECT"})  # errors are readable too
        assert err.status == 400 and err.headers["Access-Control-Allow-Origin"] == "https://news.example"
        pre = call(srv, "/sparql", method="OPTIONS", headers={"Origin": "https://news.example"})
        assert pre.status == 204 and "POST" in pre.headers["Access-Control-Allow-Methods"]
        assert "Content-Type" in pre.headers["Access-Control-Allow-Headers"]
        # still read-only: a preflight allows no update method
        assert "PUT" not in pre.headers["Access-Control-Allow-Methods"]
    finally:
        _stop(srv, t)


# -- entity pages ----------------------------------------------------------------


def test_entity_search_opens_its_page_with_evidence_and_links(server):
    front = call(server, "/")
    assert 'action="/entity"' in front.text
    r = call(server, "/entity", params={"name": "青松经开区"})  # an alias finds the park
    assert r.status == 200 and r.type == "text/html"
    assert f"<h1>{PARK}  [Park]</h1>" in r.text
    assert "evidence:" in r.text and "云梦县" in r.text
    # the linked entities are links to their own pages, which open
    hrefs = re.findall(r'href="(/entity\?iri=[^"]+)"', r.text)
    assert hrefs
    again = call(server, html.unescape(hrefs[0]))
    assert again.status == 200 and "IRI: https://parkkg.org/id/" in again.text


def test_entity_page_escapes_article_text_and_result_iris_link_to_it(server):
    r = call(server, "/entity", params={"name": "江城新材料"})
    assert r.status == 200
    pol = call(server, "/sparql", params={"query": "SELECT ?p WHERE { ?p a kg:Policy }", "format": "html"})
    link = re.search(r'<a href="(/entity\?iri=[^"]+)">policy:', pol.text)
    assert link, pol.text
    page = call(server, html.unescape(link.group(1)))
    assert page.status == 200 and "<script" not in page.text.split("</style>", 1)[1]
    assert html.escape(EVIL_POLICY) in page.text


def test_an_entity_page_links_its_source_pages_which_list_what_they_say(server):
    r = call(server, "/entity", params={"name": "江城新材料"})
    links = re.findall(r'href="(/document\?id=[^"]+)"', r.text)
    assert links == ["/document?id=s1"]
    page = call(server, links[0])
    assert page.status == 200 and "<h1>s1</h1>" in page.text
    assert "file: <code>/pages/s1.txt</code>" in page.text
    # every fact of the page, its evidence sentence and its offsets, entities linked
    assert "江城新材料有限公司投资3亿元建设膜材料项目" in page.text and "investsIn" in page.text
    assert re.search(r"\[\d+:\d+\]", page.text) and 'href="/entity?iri=' in page.text
    assert html.escape(EVIL_POLICY) in page.text and "<script" not in page.text.split("</style>", 1)[1]
    missing = call(server, "/document", params={"id": "no-such-page"})
    assert missing.status == 404 and "kg stats --pages" in missing.text
    assert call(server, "/document").status == 400


def test_entity_page_errors_say_what_to_do(server):
    assert call(server, "/entity").status == 400
    assert call(server, "/entity", params={"iri": "http://example.org/x"}).status == 400
    missing = call(server, "/entity", params={"iri": "https://parkkg.org/id/park/none"})
    assert missing.status == 404 and "/entity?name=" in missing.text
    nothing = call(server, "/entity", params={"name": "没有这个名字的园区"})
    assert nothing.status == 404 and "shorter part" in nothing.text


def test_a_named_query_parameter_of_the_wrong_kind_is_a_400(server, queries_dir):
    (queries_dir / "dated.rq").write_text(
        "# description: t\n# param: from:date = 2024\nSELECT ?from WHERE {}\n", encoding="utf-8")
    r = call(server, "/queries/dated", params={"from": "2024年"})
    assert r.status == 400 and "is not a year, month or day" in r.text
    assert call(server, "/queries/dated", params={"from": "2024-07"}).status == 200


def test_a_source_page_shows_its_text_with_each_evidence_marked_while_the_file_is_unchanged(tmp_path: Path) -> None:
    """The page's own words, escaped, with the evidence of every fact marked and linked; a file
    edited since the build is not shown (its offsets would mark the wrong words)."""
    from kg.build import build

    page = tmp_path / "pages" / "p1.txt"
    page.parent.mkdir()
    evil = "<img src=x onerror=alert(1)>"
    page.write_text(f"本报讯{evil}。江城新材料有限公司投资3亿元建设年产5万吨膜材料项目。", encoding="utf-8")
    store = tmp_path / "store"
    assert build([page.parent], store=store, progress=False).errors == []
    srv = ks.make_server(store, "127.0.0.1", 0, max_workers=1)
    t = _start(srv)
    try:
        r = call(srv, "/document", params={"id": "p1"})
        assert r.status == 200
        text = r.text.split("<h2>The page</h2>", 1)[1]
        assert html.escape(evil) in text and "<img" not in text
        marked = re.findall(r"<mark>([^<]*)</mark>", text)
        assert any("江城新材料有限公司投资3亿元建设年产5万吨膜材料项目" in m for m in marked)
        for anchor in re.findall(r"href='#(at\d+)'", r.text):  # every fact links to its words
            assert f"id='{anchor}'" in text
        page.write_text("本报讯 另一篇稿件。", encoding="utf-8")
        changed = call(srv, "/document", params={"id": "p1"})
        assert "has changed since it was built" in changed.text and "<mark>" not in changed.text
    finally:
        _stop(srv, t)


def test_a_source_page_of_a_store_in_memory_says_its_file_is_not_known(server) -> None:
    r = call(server, "/document", params={"id": "s1"})
    assert r.status == 200 and "not known on this machine" in r.text


# -- the query editor (/editor, /static/) ----------------------------------------------


def _config(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-config">(.*?)</script>', page, re.S)
    assert m, "no config block"
    return json.loads(m.group(1))


def test_the_editor_page_has_its_own_csp_and_no_inline_script(server):
    r = call(server, "/editor")
    assert r.status == 200 and r.type == "text/html"
    csp = r.headers["Content-Security-Policy"]
    assert csp == ks.EDITOR_CSP
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'" and directives["script-src"] == "'self'"  # no inline, no eval
    assert directives["connect-src"] == "'self'" and "unsafe" not in csp
    page = r.text
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S)
    assert [a.strip() for a, _ in scripts] == [
        'type="application/json" id="kg-config"', 'src="/static/yasgui/yasgui.min.js"', 'src="/static/editor.js"']
    assert all(not body for a, body in scripts if "src=" in a)
    assert not re.search(r"\son\w+\s*=", page) and "javascript:" not in page
    assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", page)  # nothing from another host
    # every other page keeps the no-script policy
    assert call(server, "/").headers["Content-Security-Policy"] == ks.PAGE_CSP
    assert call(server, "/editor", data=b"x").status == 405


def test_the_editor_config_holds_every_named_query_and_cannot_end_its_block(server, queries_dir):
    evil = "坏</script><script>document.body.dataset.pwned=1</script>&amp;"
    (queries_dir / "evil.rq").write_text(
        f"# description: {evil}\n# param: who@zh = {evil} (a name)\n"
        "SELECT ?who ?x WHERE { ?x rdfs:label ?who }\n", encoding="utf-8")
    page = call(server, "/editor").text
    block = re.search(r'id="kg-config">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    cfg = _config(page)
    assert cfg["endpoint"] == "/sparql" and cfg["prefixes"] == ns.PREFIXES
    examples = {e["name"]: e for e in cfg["examples"]}
    assert set(examples) == set(kq.named_queries()) == {"labels", "evil"}
    assert examples["evil"]["description"] == evil  # read back exactly, never markup
    assert examples["evil"]["parameters"] == [{"name": "who", "default": evil, "description": "a name",
                                               "lang": "zh", "pattern": None, "what": None}]
    # the example carries its parameters as a VALUES line, and the PREFIX lines it uses
    labels_text = examples["labels"]["text"]
    assert f'VALUES (?label) {{ ("{PARK}") }}{ks.VALUES_NOTE}' in labels_text
    assert "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" in labels_text
    assert "PREFIX kg: <https://parkkg.org/ontology#>\n" in labels_text and "PREFIX skos:" not in labels_text
    # the escaping itself: whatever a string holds, JSON.parse gives it back
    for text in (evil, "</SCRIPT >", "<!--", "\u2028", "a&b>c"):
        out = ks.json_for_script({"t": text})
        assert json.loads(out) == {"t": text} and not re.search(r"[<>&]", out)


def test_each_example_gives_the_rows_of_its_named_query(store):
    """The editor's text for a named query (VALUES lines in the innermost SELECT that projects
    each parameter, PREFIX lines) answers what /queries/NAME answers, for any value."""
    names = {"云梦县", PARK, "县政府", "青松经开区", "江城新材料有限公司", "没有"}
    for nq in kq.named_queries().values():
        for value in [None, *sorted(names)] if nq.params else [None]:
            given = {} if value is None else {p: value for p in nq.params if p in nq.langs}
            bindings = nq.bindings(**given)
            text = ks.editor_example(nq)["text"] if value is None else ks.with_prefix_lines(
                kq.with_values(nq.text, kq.substitutions(bindings), ks.VALUES_NOTE))
            assert ks.VALUES_NOTE in text or not nq.params
            expected = sorted(map(str, ks.execute(store, nq.text, bindings)))
            assert sorted(map(str, ks.execute(store, text))) == expected, (nq.name, value)


def test_the_resizer_styles_the_csp_allows_are_those_in_the_vendored_bundle():
    import base64
    import hashlib

    js = (Path(ks.__file__).parent / "static/yasgui/yasgui.min.js").read_text(encoding="utf-8")
    grip = re.search(r"createStyle\(a,`( \.grip-resizable[^`]*)`\)", js).group(1)
    assert "`*{cursor:`+n.opt.dragCursor+`!important}`" in js and "dragCursor:`col-resize`" in js
    hashes = tuple("sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
                   for css in (grip, "*{cursor:col-resize!important}"))
    assert hashes == ks.RESIZER_STYLE_HASHES


def _raw_get(srv: ks.SparqlServer, target: str, headers: dict | None = None) -> Reply:
    """A GET of ``target`` exactly as written (urllib would not send ``..`` as is everywhere)."""
    import http.client

    conn = http.client.HTTPConnection(*srv.server_address[:2], timeout=10)
    try:
        conn.request("GET", target, headers=headers or {})
        r = conn.getresponse()
        return Reply(r.status, r.headers, r.read())
    finally:
        conn.close()


def test_static_serves_the_allow_listed_files_only(server):
    static = Path(ks.__file__).parent / "static"
    for path, media in [("/static/yasgui/yasgui.min.js", "text/javascript"),
                        ("/static/yasgui/yasgui.min.css", "text/css"),
                        ("/static/editor.js", "text/javascript"), ("/static/editor.css", "text/css")]:
        r = _raw_get(server, path)
        assert r.status == 200 and r.type == media, path
        assert r.body == (static / path[len("/static/"):]).read_bytes()
        assert r.headers["X-Content-Type-Options"] == "nosniff" and r.headers["Cache-Control"]
        again = _raw_get(server, path, {"If-None-Match": r.headers["ETag"]})
        assert again.status == 304 and again.body == b""
    assert "sourceMappingURL" not in (static / "yasgui/yasgui.min.js").read_text(encoding="utf-8")
    for bad in ["/static/../server.py", "/static/%2e%2e/server.py", "/static/yasgui/other.js",
                "/static/README.md", "/static/vis-network.min.js", "/static/", "/static/editor.js/",
                "/static//editor.js", "/static/yasgui/../editor.js", "/static/EDITOR.JS"]:
        r = _raw_get(server, bad)
        assert r.status == 404 and r.type == "text/plain", bad


def test_the_front_page_links_the_editor(server):
    assert '<a href="/editor">' in call(server, "/").text
