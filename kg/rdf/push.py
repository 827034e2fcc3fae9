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

from kg.rdf import namespaces as ns

NT_TYPE = "application/n-triples"


class PushError(Exception):
    """The remote store refused a request (message has method, graph and status)."""


@dataclass
class PushSummary:
    graphs: int = 0  # graphs PUT
    triples: int = 0  # triples sent
    deleted: int = 0  # stale remote graphs deleted
    pruned: int = 0  # remote pages deleted because they are not in the local store (prune)
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:  # "pushed {summary} to {endpoint}" reads well in the CLI
        text = f"{self.graphs} graphs ({self.triples} triples), {self.deleted} stale graphs deleted"
        return text + (f", {self.pruned} pages not in the local store removed" if self.pruned else "")


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
    """The slugged document id a named graph belongs to, by the layout in kg.rdf.namespaces."""
    for kind in ("doc/", "prov/", "fact/"):
        prefix = ns.GRAPH + kind
        if graph.startswith(prefix):
            return graph[len(prefix) :].split("/", 1)[0]
    return None


def _sibling(endpoint: str, name: str) -> str:
    """``…/store`` → ``…/{name}`` (Oxigraph, Fuseki datasets); otherwise unchanged."""
    if endpoint.rstrip("/").endswith("/store"):
        return endpoint.rstrip("/")[: -len("store")] + name
    return endpoint


def default_query_endpoint(endpoint: str) -> str:
    """The SPARQL query endpoint next to a GSP endpoint (``/store`` → ``/query``)."""
    return _sibling(endpoint, "query")


def default_update_endpoint(endpoint: str) -> str:
    """The SPARQL update endpoint next to a GSP endpoint (``/store`` → ``/update``)."""
    return _sibling(endpoint, "update")


def _select(http_: _Http, endpoint: str, sparql: str) -> list[dict]:
    status, data = http_.request(
        "POST",
        urlsplit(endpoint).path or "/",
        body=sparql.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    if status != 200:
        raise PushError(f"query on {endpoint} failed: HTTP {status} {data[:200]!r}")
    return json.loads(data)["results"]["bindings"]


def remote_fact_graphs(http_: _Http, query_endpoint: str, doc_slugs: list[str]) -> dict[str, set[str]]:
    """Fact graphs the remote store lists in the provenance graphs of these documents.

    Every fact graph is registered in its page's ``graph/prov/{doc}`` (see
    :mod:`kg.rdf.mapping`), so this is an indexed lookup per page instead of a scan
    of every remote graph.  IRIs are written with ``<…>`` from slugs that are
    already percent-encoded, so page names cannot break the query.
    """
    if not doc_slugs:
        return {}
    values = " ".join(str(pyoxigraph.NamedNode(ns.GRAPH + "prov/" + d)) for d in doc_slugs)
    q = f"SELECT ?pg ?g WHERE {{ VALUES ?pg {{ {values} }} GRAPH ?pg {{ ?g a <{ns.term('FactGraph')}> }} }}"
    out: dict[str, set[str]] = {d: set() for d in doc_slugs}
    prefix = ns.GRAPH + "prov/"
    for row in _select(http_, query_endpoint, q):
        out.setdefault(row["pg"]["value"][len(prefix) :], set()).add(row["g"]["value"])
    return out


def remote_graphs(endpoint: str, prefix: str = ns.GRAPH, timeout: float = 60.0) -> set[str]:
    """Named graphs of the remote store whose IRI starts with ``prefix`` (scans: for checks)."""
    esc = prefix.replace("\\", "\\\\").replace('"', '\\"')
    q = f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{esc}")) }}'
    http_ = _Http(endpoint, timeout, None)
    try:
        return {r["g"]["value"] for r in _select(http_, endpoint, q)}
    finally:
        http_.close()


def remote_documents(http_: _Http, query_endpoint: str) -> set[str]:
    """Slugged ids of the pages the remote store holds (their ``graph/doc/{doc}`` graphs)."""
    q = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d a <{ns.term('Document')}> }} }}"
    prefix = ns.GRAPH + "doc/"
    return {
        r["g"]["value"][len(prefix) :] for r in _select(http_, query_endpoint, q) if r["g"]["value"].startswith(prefix)
    }


def _batches(items: list[str], n: int) -> Iterable[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def push(
    store: pyoxigraph.Store,
    endpoint: str,
    graphs: Iterable[str] | None = None,
    query_endpoint: str | None = None,
    delete_stale: bool = True,
    timeout: float = 60.0,
    auth: tuple[str, str] | None = None,
    progress: Callable[[int, str], None] | None = None,
    method: str = "gsp",
    update_endpoint: str | None = None,
    batch_docs: int = 64,
    prune: bool = False,
) -> PushSummary:
    """Copy every named graph of ``store`` (or only ``graphs``) to a remote store.

    ``endpoint`` is the Graph Store Protocol URL (Oxigraph: ``http://host:port/store``).

    * ``method="gsp"`` (default, any GSP store): one HTTP ``PUT ?graph=`` per
      named graph — each graph is replaced atomically on its own.
    * ``method="update"``: one SPARQL 1.1 Update request per batch of
      ``batch_docs`` pages (``DROP SILENT GRAPH`` of their graphs + ``INSERT
      DATA``), sent to ``update_endpoint`` (default ``/store`` → ``/update``):
      a batch of pages is replaced in one transaction, and a large store goes
      over in a few hundred requests instead of one per fact.

    With ``delete_stale`` the remote fact graphs of the pushed pages that no
    longer exist locally are deleted; they are found through the remote
    provenance graphs on ``query_endpoint`` (default ``/store`` → ``/query``).
    Local graphs asked for explicitly but empty are deleted remotely.  With
    ``prune``, pages the remote store holds but the local one does not (removed
    with ``kg remove``, or never built here) are deleted remotely with all their
    graphs, so the remote store ends equal to the local one.  Raises
    :class:`PushError` on the first refused request.
    """
    if method not in ("gsp", "update"):
        raise ValueError(f"method must be 'gsp' or 'update', not {method!r}")
    summary = PushSummary()
    local = {g.value for g in store.named_graphs() if isinstance(g, pyoxigraph.NamedNode)}
    wanted = set(local if graphs is None else graphs)
    qep = query_endpoint or default_query_endpoint(endpoint)
    uep = update_endpoint or default_update_endpoint(endpoint)
    http_ = _Http(endpoint, timeout, auth)
    if prune:
        # a page gone locally: ask for its doc and prov graphs (absent here, so deleted there);
        # its fact graphs are then found through its remote prov graph and deleted as stale
        here = {_doc_of_graph(g) for g in local}
        gone = sorted(remote_documents(http_, qep) - here)
        summary.pruned = len(gone)
        wanted |= {ns.GRAPH + kind + slug for slug in gone for kind in ("doc/", "prov/")}
    by_doc: dict[str | None, list[str]] = {}
    for g in sorted(wanted):
        by_doc.setdefault(_doc_of_graph(g), []).append(g)
    loose = by_doc.pop(None, [])  # graphs outside the per-page layout
    done = 0

    def put_or_delete(g: str) -> None:
        nonlocal done
        triples = _graph_triples(store, g) if g in local else []
        if not triples:
            status, data = http_.request("DELETE", _target(endpoint, g))
            if status not in (200, 204, 404):
                raise PushError(f"DELETE graph <{g}>: HTTP {status} {data[:200]!r}")
            summary.deleted += status != 404
            return
        body = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        status, data = http_.request(
            "PUT", _target(endpoint, g), body=body, headers={"Content-Type": NT_TYPE}
        )
        if status not in (200, 201, 204):
            raise PushError(f"PUT graph <{g}>: HTTP {status} {data[:200]!r}")
        summary.graphs += 1
        summary.triples += len(triples)
        done += 1
        if progress is not None:
            progress(done, g)

    try:
        for g in loose:
            put_or_delete(g)
        docs = sorted(d for d in by_doc if d is not None)
        for batch in _batches(docs, max(1, batch_docs)):
            stale: dict[str, set[str]] = {}
            if delete_stale:
                # only pages whose provenance graph is pushed: that graph says what is current
                checked = [d for d in batch if ns.GRAPH + "prov/" + d in by_doc[d]]
                remote = remote_fact_graphs(http_, qep, checked)
                stale = {d: remote.get(d, set()) - local for d in checked}
            if method == "gsp":
                for d in batch:
                    for g in by_doc[d]:
                        put_or_delete(g)
                    for g in sorted(stale.get(d, ())):
                        status, data = http_.request("DELETE", _target(endpoint, g))
                        if status not in (200, 204, 404):
                            raise PushError(f"DELETE graph <{g}>: HTTP {status} {data[:200]!r}")
                        summary.deleted += 1
            else:
                _update_batch(http_, uep, store, local, [g for d in batch for g in by_doc[d]], stale, summary)
                done += sum(len(by_doc[d]) for d in batch)
                if progress is not None:
                    progress(done, by_doc[batch[-1]][-1])
    finally:
        http_.close()
    return summary


def _update_batch(
    http_: _Http,
    update_endpoint: str,
    store: pyoxigraph.Store,
    local: set[str],
    graphs: list[str],
    stale: dict[str, set[str]],
    summary: PushSummary,
) -> None:
    """One SPARQL UPDATE: drop these graphs (and stale ones), insert the local triples.

    Terms are written by pyoxigraph's N-Triples serialiser (``str(term)``),
    which escapes quotes, backslashes and line breaks, so page text cannot
    change the shape of the update.
    """
    ops: list[str] = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
    dropped_stale = sorted(set().union(*stale.values())) if stale else []
    ops += [f"DROP SILENT GRAPH <{g}>" for g in dropped_stale]
    parts: list[str] = []
    n_graphs = n_triples = 0
    for g in graphs:
        if g not in local:
            summary.deleted += 1
            continue
        lines = [
            f"{q.subject} {q.predicate} {q.object} ."
            for q in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(g))
        ]
        if lines:
            parts.append(f"GRAPH <{g}> {{\n" + "\n".join(lines) + "\n}")
            n_graphs += 1
            n_triples += len(lines)
    if parts:
        ops.append("INSERT DATA {\n" + "\n".join(parts) + "\n}")
    status, data = http_.request(
        "POST",
        urlsplit(update_endpoint).path or "/",
        body=" ;\n".join(ops).encode("utf-8"),
        headers={"Content-Type": "application/sparql-update"},
    )
    if status not in (200, 204):
        raise PushError(f"SPARQL update on {update_endpoint} failed: HTTP {status} {data[:300]!r}")
    summary.graphs += n_graphs
    summary.triples += n_triples
    summary.deleted += len(dropped_stale)


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
