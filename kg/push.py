"""Push the store to a remote triple store with the SPARQL 1.1 Graph Store Protocol.

Why per named graph: parkkg keeps every page in its own named graphs
(``graph/doc/{doc}``, ``graph/prov/{doc}``, ``graph/fact/{doc}/{hash}``), so an
HTTP ``PUT {endpoint}?graph=<iri>`` replaces exactly one page's part of the
remote store and a changed page can be re-pushed without touching the others.
Fact graphs that a page no longer has are ``DELETE``d on the remote side
(found with a SPARQL query on the server's query endpoint), so a re-push leaves
the remote graph equal to the local one.

Only the standard library is used (``http.client`` with one kept-alive
connection), so pushing needs no extra dependency.  Oxigraph's server
exposes the protocol at ``http://host:port/store`` and SPARQL at ``/query``.
"""

from __future__ import annotations

import base64
import http.client
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

import pyoxigraph

from kg import namespaces as ns

NT_TYPE = "application/n-triples"


class PushError(Exception):
    """The remote store refused a request (message has method, graph and status)."""


@dataclass
class PushSummary:
    graphs: int = 0  # graphs PUT
    triples: int = 0  # triples sent
    deleted: int = 0  # stale remote graphs deleted
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:  # "pushed {summary} to {endpoint}" reads well in the CLI
        return f"{self.graphs} graphs ({self.triples} triples), {self.deleted} stale graphs deleted"


class _Http:
    """One kept-alive HTTP(S) connection to the endpoint's host (reconnects on drop)."""

    def __init__(self, url: str, timeout: float, auth: tuple[str, str] | None) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise ValueError(f"endpoint must be an http(s) URL, got {url!r}")
        self.scheme, self.netloc = parts.scheme, parts.netloc
        self.timeout = timeout
        self.headers: dict[str, str] = {}
        if auth is not None:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            self.headers["Authorization"] = f"Basic {token}"
        self.conn: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        return cls(self.netloc, timeout=self.timeout)

    def request(
        self, method: str, target: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ):
        hdrs = {**self.headers, **(headers or {})}
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = self._connect()
            try:
                self.conn.request(method, target, body=body, headers=hdrs)
                resp = self.conn.getresponse()
                data = resp.read()
                return resp.status, data
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def _target(base_url: str, graph: str) -> str:
    parts = urlsplit(base_url)
    path = parts.path or "/"
    sep = "&" if parts.query else "?"
    query = (parts.query + sep if parts.query else "?") + "graph=" + quote(graph, safe="")
    return path + query


def _graph_triples(store: pyoxigraph.Store, graph: str) -> list[pyoxigraph.Triple]:
    g = pyoxigraph.NamedNode(graph)
    return [
        pyoxigraph.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, g)
    ]


def _doc_of_graph(graph: str) -> str | None:
    """The slugged document id a named graph belongs to, by the layout in kg.namespaces."""
    for kind in ("doc/", "prov/", "fact/"):
        prefix = ns.GRAPH + kind
        if graph.startswith(prefix):
            return graph[len(prefix) :].split("/", 1)[0]
    return None


def default_query_endpoint(endpoint: str) -> str:
    """``…/store`` → ``…/query`` (Oxigraph, Fuseki datasets); otherwise unchanged."""
    if endpoint.rstrip("/").endswith("/store"):
        return endpoint.rstrip("/")[: -len("store")] + "query"
    return endpoint


def remote_graphs(endpoint: str, prefix: str = ns.GRAPH, timeout: float = 60.0) -> set[str]:
    """Named graphs of the remote store whose IRI starts with ``prefix``.

    The prefix is sent as a bound literal-like string inside ``STRSTARTS`` with
    SPARQL string escaping, never pasted raw.
    """
    esc = prefix.replace("\\", "\\\\").replace('"', '\\"')
    q = f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{esc}")) }}'
    http_ = _Http(endpoint, timeout, None)
    try:
        status, data = http_.request(
            "POST",
            urlsplit(endpoint).path or "/",
            body=q.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        )
    finally:
        http_.close()
    if status != 200:
        raise PushError(f"query on {endpoint} failed: HTTP {status} {data[:200]!r}")
    rows = json.loads(data)["results"]["bindings"]
    return {r["g"]["value"] for r in rows}


def push(
    store: pyoxigraph.Store,
    endpoint: str,
    graphs: Iterable[str] | None = None,
    query_endpoint: str | None = None,
    delete_stale: bool = True,
    timeout: float = 60.0,
    auth: tuple[str, str] | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> PushSummary:
    """PUT every named graph of ``store`` (or only ``graphs``) to a GSP endpoint.

    ``endpoint`` is the Graph Store Protocol URL (Oxigraph: ``http://host:port/store``).
    With ``delete_stale`` the remote fact graphs of the pushed documents that
    no longer exist locally are deleted, using ``query_endpoint`` (default: the
    endpoint with ``/store`` replaced by ``/query``) to list them.  Empty local
    graphs asked for explicitly are deleted remotely.  Raises
    :class:`PushError` on the first refused request.
    """
    summary = PushSummary()
    local = {g.value for g in store.named_graphs() if isinstance(g, pyoxigraph.NamedNode)}
    wanted = sorted(local if graphs is None else set(graphs))
    http_ = _Http(endpoint, timeout, auth)
    try:
        for i, g in enumerate(wanted):
            triples = _graph_triples(store, g) if g in local else []
            if not triples:
                status, data = http_.request("DELETE", _target(endpoint, g))
                if status not in (200, 204, 404):
                    raise PushError(f"DELETE graph <{g}>: HTTP {status} {data[:200]!r}")
                summary.deleted += status != 404
                continue
            body = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
            status, data = http_.request(
                "PUT", _target(endpoint, g), body=body, headers={"Content-Type": NT_TYPE}
            )
            if status not in (200, 201, 204):
                raise PushError(f"PUT graph <{g}>: HTTP {status} {data[:200]!r}")
            summary.graphs += 1
            summary.triples += len(triples)
            if progress is not None:
                progress(i + 1, g)
        if delete_stale:
            docs = {d for d in (_doc_of_graph(g) for g in wanted) if d is not None}
            qep = query_endpoint or default_query_endpoint(endpoint)
            for d in sorted(docs):
                remote = remote_graphs(qep, ns.GRAPH + "fact/" + d + "/", timeout)
                for g in sorted(remote - local):
                    status, data = http_.request("DELETE", _target(endpoint, g))
                    if status not in (200, 204, 404):
                        raise PushError(f"DELETE graph <{g}>: HTTP {status} {data[:200]!r}")
                    summary.deleted += 1
    finally:
        http_.close()
    return summary


def push_documents(store: pyoxigraph.Store, endpoint: str, doc_ids: Iterable[str], **kwargs) -> PushSummary:
    """Push only the graphs of some documents (e.g. the pages just rebuilt)."""
    doc_ids = list(doc_ids)
    prefixes = []
    for d in doc_ids:
        prefixes += [ns.doc_graph(d), ns.prov_graph(d), ns.fact_graph_prefix(d)]
    local = [g.value for g in store.named_graphs() if isinstance(g, pyoxigraph.NamedNode)]
    chosen = [g for g in local if any(g == p or (p.endswith("/") and g.startswith(p)) for p in prefixes)]
    # doc/prov graphs that vanished locally are deleted remotely too
    for d in doc_ids:
        for g in (ns.doc_graph(d), ns.prov_graph(d)):
            if g not in chosen:
                chosen.append(g)
    return push(store, endpoint, graphs=chosen, **kwargs)
