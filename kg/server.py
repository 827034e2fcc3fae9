"""A read-only SPARQL 1.1 Protocol endpoint over the graph store (stdlib only).

Why a hand-rolled server: the endpoint is small, must work offline and with no
extra dependency, and the standard library's :class:`ThreadingHTTPServer` is
enough for a local, read-only service.  It is *not* meant to face the internet
(no TLS, no authentication): it binds to 127.0.0.1 by default.

Routes::

    GET  /                      a tiny HTML page: a query form and the named queries
    GET  /editor                the query editor: YASGUI (vendored) with the named queries as examples
    GET  /static/…              the editor's scripts and styles (a fixed list of files)
    GET  /sparql?query=…        SPARQL 1.1 Protocol query via GET
    POST /sparql                body application/sparql-query, or a form query=…
    GET  /queries               JSON list of the named queries (kg/rdf/queries/*.rq)
    GET  /queries/<name>?p=v    run a named query; parameters are bound as RDF terms
    GET  /entity?name=…         an entity's page (what kg explain says), or the entities a name matches
    GET  /document?id=…         one source page: its file, date and every fact with its evidence

Queries run like :func:`kg.rdf.query.query`: over the canonical graph (every
triple of every page once; the union of the named graphs on an older store)
unless the request names ``default-graph-uri`` / ``named-graph-uri``, with
the project prefixes (``kg:``, ``rdfs:`` …) predeclared.

Output is chosen by ``?format=`` or else the ``Accept`` header.  SELECT/ASK:
``json`` (application/sparql-results+json, the default), ``csv``, ``tsv``,
``xml`` and ``html`` (a table, what a browser gets).  CONSTRUCT/DESCRIBE:
``ttl`` (text/turtle, the default), ``nt`` (application/n-triples), ``jsonld``,
``rdfxml`` and ``html``.  Serialisation is pyoxigraph's own, so the JSON/CSV/TSV
are exactly the W3C result formats.

Read-only, three ways: SPARQL UPDATE is refused (405) before anything runs,
:meth:`pyoxigraph.Store.query` cannot execute updates anyway, and a store
given by path is opened read-only.  ``SERVICE`` (federated query) is refused (400):
pyoxigraph would otherwise fetch any URL a client names — a request forgery
hole and network access at run time.

Limits: queries longer than ``max_query_bytes`` (100 kB) get 413; a query that
runs longer than ``timeout`` seconds (30) gets 503, and so does a request that
finds all ``max_workers`` (4) query slots busy for that long; client-written
queries may hold at most ``max_workers - 1`` of them, so named queries and
entity pages always find one.  pyoxigraph 0.5
has no timeout or cancel for a running query, hence two modes:

* given a store *path* (what :func:`serve` and ``kg serve`` do), queries run in
  worker processes (:class:`ProcessPool`); a timed-out worker is killed and
  replaced, so a runaway query really stops;
* given an open :class:`pyoxigraph.Store` (in-memory stores, tests, notebooks),
  queries run in threads; a timed-out query is answered 503 but keeps its slot
  until it finishes in the background.  (pyoxigraph releases the GIL while it
  evaluates, so the server keeps answering meanwhile.)

Each worker reads a read-only snapshot of the store taken when it starts:
restart the server after a ``kg build`` to see new pages.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import io
import json
import logging
import multiprocessing
import os
import queue
import re
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from multiprocessing.connection import Connection
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from pyoxigraph import (
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    Variable,
)
from pyoxigraph import serialize as rdf_serialize

from kg.document import RELATIONS
from kg.rdf import namespaces as ns
from kg.rdf import query as kq
from kg.rdf.store import default_is_union

log = logging.getLogger(__name__)

MAX_QUERY_BYTES = 100_000
DEFAULT_TIMEOUT = 30.0
DEFAULT_WORKERS = 4
DEFAULT_PORT = 7878

#: ``?format=`` names and media types for SELECT / ASK results, server preference first.
RESULT_FORMATS: dict[str, tuple[str, QueryResultsFormat | None]] = {
    "json": ("application/sparql-results+json", QueryResultsFormat.JSON),
    "csv": ("text/csv", QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", QueryResultsFormat.TSV),
    "xml": ("application/sparql-results+xml", QueryResultsFormat.XML),
    "html": ("text/html", None),
}
#: ``?format=`` names and media types for CONSTRUCT / DESCRIBE results, server preference first.
GRAPH_FORMATS: dict[str, tuple[str, RdfFormat | None]] = {
    "ttl": ("text/turtle", RdfFormat.TURTLE),
    "nt": ("application/n-triples", RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", RdfFormat.RDF_XML),
    "html": ("text/html", None),
}
#: Other names people type for the same formats.
FORMAT_ALIASES = {
    "srj": "json",
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "json-ld": "jsonld",
    "rdf": "rdfxml",
}
#: Extra media types accepted in ``Accept`` (mapped to a format name).
MEDIA_ALIASES = {"application/json": "json", "text/plain": "nt", "application/xml": "xml"}

_TEXT_TYPES = ("text/", "application/sparql-results+json", "application/ld+json", "application/n-triples")
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def _raw_utf8(path: str) -> str:
    """The request target as the client sent it: http.server decodes the request line as
    Latin-1, so raw UTF-8 (curl '…?place=山西省') arrives as mojibake; re-read those bytes as UTF-8."""
    try:
        return path.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return path


class ProtocolError(Exception):
    """A request the endpoint refuses: ``status`` and a one-line message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# -- reading the query text ----------------------------------------------------

# IRIREF as the SPARQL grammar has it (no spaces inside), so ``?a < ?b`` stays an operator.
# Nothing opens after a backslash: ``ex:a\'`` and ``ex:a\#`` are escaped characters of a
# local name, not a string or a comment that could hide the code after them.
_LEXER = re.compile(
    r'(?<!\\)(?:"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n\r]*)",
    re.S,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)
# (on text passed through _code, where every IRI is already "")
_PROLOGUE = re.compile(r'\s*(?:(?:PREFIX\s+[^\s:]*:\s*""|BASE\s*"")\s*)*([A-Za-z]*)', re.I)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _code(text: str) -> str:
    """The query with strings, IRIs and comments blanked: what is left is keywords and names."""
    return _LEXER.sub(lambda m: " " if m.group(0).startswith("#") else '""', text)


def _unescape(text: str) -> str:
    """SPARQL's \\uXXXX codepoint escapes resolved (the parser applies them before tokenising)."""

    def one(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)

    return _UNICODE_ESCAPE.sub(one, text)


def is_update(text: str) -> bool:
    """True if the text is a SPARQL UPDATE (its first keyword after the prologue)."""
    for variant in {text, _unescape(text)}:
        m = _PROLOGUE.match(_code(variant))
        if m and m.group(1).upper() in _UPDATE_WORDS:
            return True
    return False


def uses_service(text: str) -> bool:
    """True if the query has a ``SERVICE`` keyword outside strings, IRIs and comments.

    Deliberately conservative: a local name that merely looks like the keyword
    in an odd place is refused too, which is better than a missed SERVICE call.
    """
    return any(_SERVICE.search(_code(v)) for v in {text, _unescape(text)})


def update_refused() -> ProtocolError:
    """The one answer to any SPARQL UPDATE attempt (query text, update= form field or update body)."""
    return ProtocolError(
        405,
        "this endpoint is read-only: SPARQL UPDATE is not accepted (use kg build to change the graph)",
        {"Allow": "GET, POST"},
    )


def check_query(text: str, max_bytes: int = MAX_QUERY_BYTES) -> str:
    """Validate a query's size and kind before it runs; returns it, or raises :class:`ProtocolError`."""
    if not text.strip():
        raise ProtocolError(400, "empty query: send a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query")
    if len(text.encode("utf-8")) > max_bytes:
        raise ProtocolError(413, f"query too long: the limit is {max_bytes} bytes")
    if is_update(text):
        raise update_refused()
    if uses_service(text):
        raise ProtocolError(
            400, "SERVICE (federated query) is disabled: this endpoint only queries the local graph"
        )
    return text


# -- running -------------------------------------------------------------------


@dataclass
class Answer:
    """A serialised response body."""

    status: int
    content_type: str
    body: bytes


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


def execute(
    store: Store,
    sparql: str,
    bindings: dict[str, Any] | None = None,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> QuerySolutions | QueryBoolean | QueryTriples:
    """Run a query the way :func:`kg.rdf.query.query` does, but keep pyoxigraph's result object.

    The raw result is what pyoxigraph serialises to the W3C formats; values
    are bound as :func:`kg.rdf.query.query` binds them (a leading VALUES block of
    N-Triples tokens for a plain SELECT, else pyoxigraph substitutions).  Errors become :class:`ProtocolError` 400.
    """
    try:
        kq.check_nesting(sparql)
    except kq.QueryError as e:
        raise ProtocolError(400, str(e)) from e
    subs = kq.substitutions(bindings)
    text, subs_left = kq.bound(sparql, subs)  # planned with its values (see kg.rdf.query.bind_as_values)
    kw: dict[str, Any] = {"prefixes": ns.PREFIXES, "substitutions": subs_left}
    try:
        if default_graphs:
            kw["default_graph"] = [NamedNode(g) for g in default_graphs]
        elif not kq.names_its_dataset(sparql):  # FROM <g> in the query text is honoured
            kw["use_default_graph_as_union"] = default_is_union(store)
        if named_graphs:
            kw["named_graphs"] = [NamedNode(g) for g in named_graphs]
    except ValueError as e:
        raise ProtocolError(400, f"bad graph IRI: {_first_line(e)}") from e
    try:
        result = store.query(text, **kw)
        if isinstance(result, QuerySolutions):
            kq.check_projected(subs, result.variables)
        return result
    except kq.QueryError as e:
        raise ProtocolError(400, f"query failed: {e}") from e
    except SyntaxError as e:
        raise ProtocolError(400, f"SPARQL syntax error: {_first_line(e)}") from e
    except RuntimeError as e:
        msg = _first_line(e)
        if "projection" in msg:
            msg += ": bound parameters must be listed in the SELECT clause of the query"
        raise ProtocolError(400, f"query failed: {msg}") from e


def _accepts(accept: str) -> list[tuple[str, float]]:
    out = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((media, q))
    return out


def negotiate(kind: str, fmt: str | None, accept: str | None) -> str:
    """The format name for a result ``kind`` (``select``/``ask``/``graph``) from ``?format=`` or Accept.

    ``?format=`` wins; otherwise the media type the client rates highest (exact
    type before ``type/*`` before ``*/*``; ties go to the server's order, so
    ``*/*`` gets JSON or Turtle).  Nothing acceptable -> 406.
    """
    table = GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS
    if fmt:
        name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        if kind == "graph" and name in ("json", "xml"):
            name = {"json": "jsonld", "xml": "rdfxml"}[name]
        if name not in table:
            what = "CONSTRUCT/DESCRIBE" if kind == "graph" else "SELECT/ASK"
            raise ProtocolError(
                406, f"format {fmt!r} does not fit a {what} result; use one of {', '.join(table)}"
            )
        return name
    if not accept:
        return next(iter(table))
    ranges = _accepts(accept)
    best, best_q = None, 0.0
    for name, (media, _) in table.items():
        major = media.split("/")[0]
        q = None
        for specificity in (3, 2, 1):
            for r, rq in ranges:
                alias = MEDIA_ALIASES.get(r)
                hit = {
                    3: r == media or (alias == name),
                    2: r == major + "/*",
                    1: r == "*/*",
                }[specificity]
                if hit:
                    q = rq if q is None else max(q, rq)
            if q is not None:
                break
        if q is not None and q > best_q:
            best, best_q = name, q
    if best is None:
        offered = ", ".join(media for media, _ in table.values())
        raise ProtocolError(406, f"cannot answer in any type of Accept: {accept!r}; offered: {offered}")
    return best


def _short(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        v = term.value
        return ns.compact(v) if v.startswith(ns.BASE) else v
    value = getattr(term, "value", None)
    return value if isinstance(value, str) else str(term)


def entity_link(iri: str, text: str | None = None) -> str:
    """An HTML link to the entity page of a parkkg data IRI (the text escaped)."""
    return f'<a href="/entity?iri={quote(iri, safe="")}">{html.escape(text or ns.compact(iri))}</a>'


def _html_cell(v: Any) -> str:
    if isinstance(v, NamedNode) and v.value.startswith(ns.ID):
        return entity_link(v.value)  # an entity: its page (what kg explain says, with evidence)
    return html.escape(_short(v))


@dataclass(frozen=True)
class View:
    """How an HTML result page is shown: which page, sorted by which column, linked from where.

    ``link`` is this answer's own URL without ``format``/``page``/``sort``
    (the handler builds it from the request): the page's sort, paging and
    download links are made from it, so they work without any script (the
    page's CSP forbids scripts).
    """

    page: int = 1
    sort: str | None = None  # a column; "-col" for descending
    link: str | None = None
    form: str = ""  # HTML shown above the table: the query to edit, or the named query's fields

    def href(self, **params: str | int) -> str:
        """``link`` with these parameters added (URL-encoded; HTML-escape it in the page)."""
        assert self.link is not None
        sep = "&" if "?" in self.link else "?"
        return self.link + sep + urlencode(params)


def _sort_key(v: Any) -> tuple:
    """Numbers by value, everything else by its text; empty cells last."""
    if v is None:
        return (2, 0, "")
    if isinstance(v, Literal) and v.datatype.value.rsplit("#", 1)[-1] in ("decimal", "integer", "double", "float"):
        try:
            return (0, float(v.value), "")
        except ValueError:
            pass
    return (1, 0, _short(v))


def _sorted_page(columns: list[str], rows_iter: Any, view: View) -> tuple[list[list[Any]], bool]:
    """The rows of ``view.page`` (sorted by ``view.sort`` first, if given) and whether more follow."""
    start = (max(view.page, 1) - 1) * MAX_HTML_ROWS
    if view.sort:
        col = view.sort.lstrip("-")
        if col not in columns:
            raise ProtocolError(400, f"cannot sort by {col!r}: the columns are {', '.join(columns)}")
        rows = [r for r, _ in zip(rows_iter, range(MAX_SORT_ROWS + 1), strict=False)]
        if len(rows) > MAX_SORT_ROWS:
            raise ProtocolError(413, f"over {MAX_SORT_ROWS:,} rows to sort: add ORDER BY to the query instead")
        i = columns.index(col)
        rows.sort(key=lambda r: _sort_key(r[i]), reverse=view.sort.startswith("-"))
        return rows[start : start + MAX_HTML_ROWS], len(rows) > start + MAX_HTML_ROWS
    rows = [r for r, _ in zip(rows_iter, range(start + MAX_HTML_ROWS + 1), strict=False)][start:]
    return rows[:MAX_HTML_ROWS], len(rows) > MAX_HTML_ROWS


def _header(columns: list[str], view: View | None) -> str:
    """Column headers; with a link, each sorts by its column (again: the other way)."""
    cells = []
    for c in columns:
        if view is None or view.link is None:
            cells.append(f"<th>{html.escape(c)}</th>")
            continue
        down = view.sort == c
        mark = " ▲" if view.sort == c else " ▼" if view.sort == "-" + c else ""
        href = view.href(sort=("-" + c) if down else c)
        cells.append(f"<th><a href='{html.escape(href, quote=True)}'>{html.escape(c)}</a>{mark}</th>")
    return "".join(cells)


def _nav(n: int, more: bool, view: View | None) -> str:
    """The line above the table: row count, pages, downloads."""
    if view is None or view.link is None:
        if more:
            return (f"the first {n:,} rows only: ask for format=csv or json for all of them, or page with "
                    "LIMIT/OFFSET")
        return f"{n} row{'s' if n != 1 else ''}"
    first = (max(view.page, 1) - 1) * MAX_HTML_ROWS
    keep = {"sort": view.sort} if view.sort else {}
    parts = [f"rows {first + 1:,}–{first + n:,}" + (" (more follow)" if more else "") if (more or view.page > 1)
             else f"{n} row{'s' if n != 1 else ''}"]
    if view.page > 1:
        parts.append(f"<a href='{html.escape(view.href(**keep, page=view.page - 1), quote=True)}'>← previous</a>")
    if more:
        parts.append(f"<a href='{html.escape(view.href(**keep, page=view.page + 1), quote=True)}'>next →</a>")
    parts.append("all rows as " + ", ".join(
        f"<a href='{html.escape(view.href(format=f), quote=True)}'>{f.upper()}</a>" for f in ("csv", "json", "tsv")))
    return " · ".join(parts)


def _html_table(
    columns: list[str], rows: list[list[Any]], title: str, more: bool = False, view: View | None = None
) -> bytes:
    """A result page; ``more``: the answer had rows past these (the page says so, and how to get them)."""
    body = "\n".join("<tr>" + "".join(f"<td>{_html_cell(v)}</td>" for v in r) + "</tr>" for r in rows)
    page = _PAGE.format(
        title=html.escape(title),
        body=(
            f"{view.form if view is not None else ''}"
            f"<p><a href='/'>new query</a> · {_nav(len(rows), more, view)}</p>"
            f"<table><thead><tr>{_header(columns, view)}</tr></thead><tbody>\n{body}\n</tbody></table>"
        ),
    )
    return page.encode("utf-8")


#: the largest answer the endpoint sends (bytes); a bigger one is refused with 413 while it is
#: being written, so one query cannot fill the server's memory (a SELECT * once made 1.48 GB)
MAX_RESULT_BYTES = 64 * 1024 * 1024
#: rows an HTML result page shows
MAX_HTML_ROWS = 2000
#: rows an HTML result page sorts by a column at most (beyond that: ORDER BY in the query)
MAX_SORT_ROWS = 200_000


class _ResultTooLarge(Exception):
    pass


class _Capped(io.RawIOBase):
    """A write-only buffer that stops the serialiser once the answer passes the cap."""

    def __init__(self, cap: int) -> None:
        self.buf = io.BytesIO()
        self.cap = cap

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        if self.buf.tell() + len(b) > self.cap:
            raise _ResultTooLarge
        return self.buf.write(b)


def _capped(write_to, cap: int | None = None) -> bytes:
    """Run ``write_to(output)``; the bytes written, or ProtocolError 413 past the cap."""
    out = _Capped(cap or MAX_RESULT_BYTES)
    try:
        write_to(out)
    except Exception as e:  # the serialiser wraps our exception in its own
        if isinstance(e, _ResultTooLarge) or isinstance(e.__cause__ or e.__context__, _ResultTooLarge) \
                or out.buf.tell() >= out.cap - 65536:
            raise ProtocolError(413, f"the answer is over {out.cap // 2**20} MB: add a LIMIT, a FILTER or "
                                     "fewer columns") from e
        raise
    return out.buf.getvalue()


def render(
    result: QuerySolutions | QueryBoolean | QueryTriples, fmt: str | None, accept: str | None,
    view: View | None = None,
) -> Answer:
    """Serialise a pyoxigraph result in the negotiated format."""
    if isinstance(result, QueryTriples):
        name = negotiate("graph", fmt, accept)
        media, rdf_format = GRAPH_FORMATS[name]
        if rdf_format is None:
            rows = [[t.subject, t.predicate, t.object] for t in result]
            return Answer(
                200, media, _html_table(["subject", "predicate", "object"], rows, "CONSTRUCT result")
            )
        if rdf_format in (RdfFormat.TURTLE, RdfFormat.RDF_XML):  # kg:, kgid: … read better
            return Answer(200, media, _capped(
                lambda out: rdf_serialize(result, out, format=rdf_format, prefixes=ns.PREFIXES)))
        return Answer(200, media, _capped(lambda out: result.serialize(out, format=rdf_format)))
    name = negotiate("ask" if isinstance(result, QueryBoolean) else "select", fmt, accept)
    media, results_format = RESULT_FORMATS[name]
    if results_format is None:
        if isinstance(result, QueryBoolean):
            return Answer(200, media, _html_table(["ask"], [["true" if result else "false"]], "ASK result"))
        columns = [v.value for v in result.variables]
        # one row past the page tells that the page is not all
        rows, more = _sorted_page(columns, ([sol[i] for i in range(len(columns))] for sol in result), view or View())
        return Answer(200, media, _html_table(columns, rows, "SELECT result", more, view))
    return Answer(200, media, _capped(lambda out: result.serialize(out, format=results_format)))


@dataclass(frozen=True)
class Job:
    """One query to answer, as plain (picklable) values so a worker process can take it."""

    sparql: str
    bindings: dict[str, str] | None = None
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    fmt: str | None = None
    accept: str | None = None
    entity: str | None = None  # an entity page (IRI) instead of a query
    entity_name: str | None = None  # or the entities of a name
    document: str | None = None  # or one source page (its id)
    source_dir: str | None = None  # the store folder, whose record says where page files are (kg.text.sources)
    view: View | None = None  # page, sort and links of an HTML result
    adhoc: bool = False  # query text from the client (not a named query or an entity page)

    def answer(self, store: Store) -> Answer:
        if self.entity is not None:
            return entity_page(store, self.entity)
        if self.entity_name is not None:
            return entity_choices(store, self.entity_name)
        if self.document is not None:
            return document_page(store, self.document, self.source_dir)
        result = execute(store, self.sparql, self.bindings, self.default_graphs, self.named_graphs)
        return render(result, self.fmt, self.accept, self.view)


_NEIGHBOURS = """SELECT DISTINCT ?e ?other ?label WHERE {
  { ?e ?p ?other } UNION { ?other ?p ?e }
  FILTER(isIRI(?other) && STRSTARTS(STR(?other), "https://parkkg.org/id/") && !STRSTARTS(STR(?other), "https://parkkg.org/id/doc/"))
  OPTIONAL { ?other rdfs:label ?label }
} ORDER BY ?label ?other LIMIT 500"""


def entity_page(store: Store, iri: str) -> Answer:
    """What ``kg explain`` says of one entity, as a page: facts, evidence, sources, linked entities."""
    from kg.explain import describe_entity

    node = NamedNode(iri)
    if next(iter(store.quads_for_pattern(node, None, None)), None) is None:
        raise ProtocolError(404, f"no entity {iri} in this store; search one with /entity?name=…")
    report = describe_entity(store, iri)
    seen: dict[str, str] = {}
    rows = store.query(
        _NEIGHBOURS, substitutions={Variable("e"): node}, prefixes=ns.PREFIXES,
        use_default_graph_as_union=default_is_union(store),
    )
    for row in rows:
        other, label = row["other"].value, row["label"]
        if other != iri:
            seen.setdefault(other, label.value if label is not None else ns.compact(other))
    links = "".join(f"<li>{entity_link(o, t)}</li>" for o, t in seen.items())
    pages = source_pages(store, node)
    sources = "".join(f"<li>{document_link(d)}</li>" for d in pages)
    title = report.splitlines()[0]
    body = (
        f"<p><a href='/'>query page</a></p><h1>{html.escape(title)}</h1>"
        f"<pre>{html.escape(report)}</pre><h2>Linked entities ({len(seen)})</h2><ul>{links}</ul>"
        f"<h2>Source pages ({len(pages)})</h2><ul>{sources}</ul>"
    )
    return Answer(200, "text/html", _PAGE.format(title=html.escape(title), body=body).encode("utf-8"))


_DERIVED = NamedNode(ns.PREFIXES["prov"] + "wasDerivedFrom")
_LABEL = NamedNode(ns.PREFIXES["rdfs"] + "label")


def source_pages(store: Store, node: NamedNode) -> list[str]:
    """Ids of the pages that state a fact with ``node`` at either end.

    Index look-ups (the entity's quads, then each fact graph's provenance), not
    SPARQL: Oxigraph planned the UNION over every fact graph (12 s for an agency
    named on 393 pages of a 3M-quad store)."""
    graphs = {q.graph_name for q in store.quads_for_pattern(node, None, None)}
    graphs |= {q.graph_name for q in store.quads_for_pattern(None, None, node)}
    prefix = ns.GRAPH + "fact/"
    docs = {
        q.object.value
        for g in graphs
        if isinstance(g, NamedNode) and g.value.startswith(prefix)
        for q in store.quads_for_pattern(g, _DERIVED, None)
    }
    return sorted(ns.doc_id_of(d) for d in docs)


def document_link(doc_id: str) -> str:
    """A link to one page's own page (what it says, with evidence)."""
    return f'<a href="/document?id={quote(doc_id, safe="")}">{html.escape(doc_id)}</a>'


def _label(store: Store, node: Any, graph: NamedNode) -> str | None:
    return next((q.object.value for q in store.quads_for_pattern(node, _LABEL, None, graph)), None)


def document_page(store: Store, doc_id: str, source_dir: str | None = None) -> Answer:
    """One source page: its file and date, every fact it states with the evidence sentence, and
    the page's text with each evidence marked, when its file is still here and unchanged.

    Read by index look-ups on the page's own graphs (their IRIs follow from the id)."""
    doc, dg, pg = NamedNode(ns.doc_iri(doc_id)), NamedNode(ns.doc_graph(doc_id)), NamedNode(ns.prov_graph(doc_id))
    about = {q.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]: q.object.value
             for q in store.quads_for_pattern(doc, None, None, dg)}
    if "sourcePath" not in about:
        raise ProtocolError(404, f"no page {doc_id!r} in this store; kg stats --pages lists them")
    facts = _page_facts(store, doc, pg)
    items = []
    for start, end, q, evidence in facts:
        obj = (entity_link(q.object.value, _label(store, q.object, dg))
               if isinstance(q.object, NamedNode) else html.escape(q.object.value))
        items.append(
            f"<li>{entity_link(q.subject.value, _label(store, q.subject, dg))} "
            f"—{html.escape(q.predicate.value.rsplit('#', 1)[-1])}→ {obj}<br>"
            f"<q>{html.escape(evidence)}</q> <a href='#at{start}'>[{start}:{end}]</a></li>"
        )
    issued = f" · published {html.escape(about['issued'])}" if "issued" in about else ""
    body = (
        f"<p><a href='/'>query page</a></p><h1>{html.escape(doc_id)}</h1>"
        f"<p>file: <code>{html.escape(about['sourcePath'])}</code>{issued}</p>"
        f"<h2>Facts ({len(items)})</h2><ol>{''.join(items)}</ol>"
        f"<h2>The page</h2>{_page_text(doc_id, about.get('contentHash', ''), source_dir, facts)}"
    )
    return Answer(200, "text/html", _PAGE.format(title=html.escape(doc_id), body=body).encode("utf-8"))


def _page_facts(store: Store, doc: NamedNode, pg: NamedNode) -> list[tuple[int, int, Any, str]]:
    """(start, end, triple, evidence) of every fact the page states, in reading order."""
    facts = []
    for d in store.quads_for_pattern(None, _DERIVED, doc, pg):
        g = d.subject
        prov = {q.predicate.value.rsplit("#", 1)[-1]: q.object.value for q in store.quads_for_pattern(g, None, None, pg)}
        for q in store.quads_for_pattern(None, None, None, g):
            if q.predicate.value.rsplit("#", 1)[-1] in RELATIONS:
                facts.append((int(prov.get("startOffset", 0)), int(prov.get("endOffset", 0)), q, prov.get("evidence", "")))
    return sorted(facts, key=lambda f: (f[0], f[2].predicate.value))


#: the most characters of a page's text shown on its page (a long page's head)
MAX_SHOWN_CHARS = 200_000


def _page_text(doc_id: str, content_hash: str, source_dir: str | None, facts: list) -> str:
    """The page's text, escaped, with each fact's evidence span marked (``#at<start>``).

    Shown only when this machine's record (kg.text.sources) knows the file and its text still
    has the hash the build stored: otherwise the offsets would mark the wrong words."""
    import hashlib

    from kg.text.reading import ReadError, read_file
    from kg.text.sources import recorded_path

    path = recorded_path(source_dir, doc_id) if source_dir else None
    if path is None:
        return "<p>The page's file is not known on this machine (it was built elsewhere).</p>"
    try:
        raw = read_file(path, doc_id).raw
    except ReadError as exc:
        return f"<p>The page's file cannot be read any more: {html.escape(str(exc))}</p>"
    if "sha256:" + hashlib.sha256(raw.encode("utf-8")).hexdigest() != content_hash:
        return "<p>The page's file has changed since it was built: build it again to see it here.</p>"
    return f"<div class='page'>{mark_spans(raw[:MAX_SHOWN_CHARS], [(f[0], f[1]) for f in facts])}</div>" + (
        f"<p>(the first {MAX_SHOWN_CHARS:,} of {len(raw):,} characters)</p>" if len(raw) > MAX_SHOWN_CHARS else "")


def mark_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` HTML-escaped, the (merged) spans wrapped in ``<mark>``, and an anchor
    ``<a id="at<start>">`` where each span starts, so every fact can link to its words."""
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = sorted({max(0, s) for s, e in spans if e > s and s < len(text)})
    cuts = sorted({0, len(text), *starts, *(x for m in merged for x in m)})
    out = []
    k = 0  # the merged span at or after the current piece
    for a, b in zip(cuts, cuts[1:], strict=False):
        while k < len(merged) and merged[k][1] <= a:
            k += 1
        inside = k < len(merged) and merged[k][0] <= a < merged[k][1]
        anchor = f"<a id='at{a}'></a>" if a in starts else ""
        piece = html.escape(text[a:b])
        out.append(f"{anchor}<mark>{piece}</mark>" if inside else anchor + piece)
    return "".join(out)


def entity_choices(store: Store, name: str) -> Answer:
    """Entities whose name is (or contains) ``name``: one goes straight to its page, several are listed."""
    from kg.explain import find_entities

    iris = find_entities(store, name)
    if len(iris) == 1:
        return entity_page(store, iris[0])
    if not iris:
        raise ProtocolError(404, f"no entity named {name!r}: try a shorter part of the name")
    items = "".join(f"<li>{entity_link(i, _label_of(store, i))}</li>" for i in iris[:200])
    body = f"<p><a href='/'>query page</a></p><h1>{len(iris)} entities match</h1><ul>{items}</ul>"
    return Answer(200, "text/html", _PAGE.format(title=html.escape(name), body=body).encode("utf-8"))


def _label_of(store: Store, iri: str) -> str:
    label = NamedNode(ns.PREFIXES["rdfs"] + "label")
    labels = sorted(q.object.value for q in store.quads_for_pattern(NamedNode(iri), label, None))
    return f"{labels[0]} ({ns.compact(iri)})" if labels else ns.compact(iri)


# -- worker processes: queries that can really be stopped ------------------------


def _worker_main(conn: Connection, store_path: str) -> None:
    """A query worker: opens the store read-only and answers :class:`Job` s until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops us
    from kg.rdf.store import StoreError, open_store

    store: Store | None = None
    failure = ""
    try:
        store = open_store(store_path, read_only=True)
    except StoreError as e:
        failure = str(e)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            if store is None:
                raise ProtocolError(503, failure)
            a = job.answer(store)
            msg: tuple[Any, ...] = ("ok", a.status, a.content_type, a.body)
        except ProtocolError as e:
            msg = ("error", e.status, e.message, e.headers)
        except Exception as e:
            msg = ("error", 500, f"internal error: {_first_line(e)}", {})
        try:
            conn.send(msg)
        except (EOFError, OSError):
            return


class _Worker:
    def __init__(self, ctx: Any, store_path: str) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, store_path), name="kg-sparql-worker", daemon=True
        )
        self.process.start()
        child.close()

    def stop(self, kill: bool = False) -> None:
        if not kill:
            with contextlib.suppress(EOFError, OSError):
                self.conn.send(None)
            self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class ProcessPool:
    """``size`` worker processes over one on-disk store; a query past its time is killed.

    Why processes: pyoxigraph cannot cancel a query, but the operating system
    can end a process.  A timed-out (or crashed) worker is killed and replaced
    by a fresh one, so a runaway query costs nothing once it is answered 503.
    Workers are started with ``spawn`` (no fork of a threaded server) and each
    opens its own read-only snapshot of the store.
    """

    def __init__(self, store_path: str | os.PathLike[str], size: int = DEFAULT_WORKERS) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._path = os.fspath(store_path)
        self.path = self._path  # the store folder (read by the server for its record of page files)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._closed = False
        for _ in range(max(1, size)):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        w = _Worker(self._ctx, self._path)
        with self._lock:
            self._workers.add(w)
        return w

    def _replace(self, w: _Worker) -> None:
        with self._lock:
            self._workers.discard(w)
        w.stop(kill=True)
        if not self._closed:
            self._idle.put(self._spawn())

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and monitoring)."""
        with self._lock:
            return sorted(w.process.pid for w in self._workers if w.process.pid is not None)

    def run(self, job: Job, timeout: float) -> Answer:
        """Answer ``job`` in an idle worker within ``timeout`` seconds, else kill it and raise 503."""
        deadline = time.monotonic() + timeout
        try:
            w = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise _busy() from None
        try:
            w.conn.send(job)
            if not w.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(w)
                raise _timed_out(timeout, stopped=True)
            kind, status, a, b = w.conn.recv()
        except (EOFError, OSError) as e:
            self._replace(w)
            raise ProtocolError(500, f"the query worker died ({_first_line(e)}); try again") from None
        self._idle.put(w)
        if kind == "ok":
            return Answer(status, a, b)
        raise ProtocolError(status, a, b)

    def close(self) -> None:
        """Stop every worker (idle ones politely, busy ones by force)."""
        self._closed = True
        with self._lock:
            workers = list(self._workers)
            self._workers.clear()
        idle = set()
        while True:
            try:
                idle.add(self._idle.get_nowait())
            except queue.Empty:
                break
        for w in workers:
            w.stop(kill=w not in idle)


def _busy() -> ProtocolError:
    return ProtocolError(503, "server busy: too many queries running, try again later", {"Retry-After": "5"})


def _timed_out(timeout: float, stopped: bool) -> ProtocolError:
    how = "stopped" if stopped else "still running in the background"
    return ProtocolError(
        503, f"query timed out after {timeout:g} s ({how}): make it more selective or add a LIMIT"
    )


# -- the HTML front page -------------------------------------------------------

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5em; max-width: 70em; }}
textarea {{ width: 100%; font-family: monospace; font-size: 14px; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: 2px 6px; text-align: left; }}
code {{ background: #f4f4f4; }}
div.page {{ white-space: pre-wrap; border: 1px solid #ddd; padding: 0.5em; line-height: 1.6; }}
mark {{ background: #fff2a8; }}
</style></head>
<body>
{body}
</body></html>
"""

_EXAMPLE = """SELECT ?park ?name WHERE {
  ?park a kg:Park ; rdfs:label ?name .
}
ORDER BY ?name
LIMIT 50
"""


def named_form(nq: kq.NamedQuery, values: dict[str, str] | None = None) -> str:
    """A named query as a form: one field per parameter (its default, or the values asked),
    run with a GET to /queries/NAME as an HTML table — no scripts."""
    values = values or {}
    fields = "".join(
        f"<label>{html.escape(p.name)} <input name='{html.escape(p.name, quote=True)}' "
        f"value='{html.escape(values.get(p.name, p.default), quote=True)}' "
        f"title='{html.escape(p.description, quote=True)}'></label> "
        for p in nq.parameters
    )
    return (
        f"<form method='get' action='/queries/{html.escape(quote(nq.name), quote=True)}'>"
        f"<strong>{html.escape(nq.name)}</strong> — {html.escape(nq.description)}<br>{fields}"
        "<input type='hidden' name='format' value='html'><button type='submit'>Run</button></form>"
    )


def rerun_form(sparql: str) -> str:
    """The query that made a result page, in a form to edit and run again."""
    return (
        "<form method='post' action='/sparql'>"
        f"<textarea name='query' rows='8' cols='100'>{html.escape(sparql)}</textarea><br>"
        "<input type='hidden' name='format' value='html'><button type='submit'>Run again</button></form>"
    )


def index_page(queries: dict[str, kq.NamedQuery]) -> bytes:
    """The front page: a form that POSTs to /sparql, and links to every named query."""
    prefixes = " ".join(f"<code>{html.escape(p)}:</code>" for p in ns.PREFIXES)
    options = "".join(
        f"<option value='{v}'>{label}</option>"
        for v, label in (
            ("html", "HTML table"),
            ("json", "SPARQL JSON"),
            ("csv", "CSV"),
            ("tsv", "TSV"),
            ("ttl", "Turtle (CONSTRUCT)"),
            ("nt", "N-Triples (CONSTRUCT)"),
        )
    )
    items = [f"<li>{named_form(nq)}</li>" for nq in queries.values()]
    body = f"""<h1>parkkg SPARQL endpoint</h1>
<p><a href="/editor">The query editor</a> (YASGUI: highlighting, completion, the named queries
as examples, sortable paged results, CSV download) needs JavaScript; this page needs none.</p>
<p>Read-only SPARQL 1.1. The default graph holds every page's triples, each once;
<code>GRAPH ?g {{…}}</code> reaches each page's own graphs. Predeclared prefixes: {prefixes}.
Programs: <code>GET/POST /sparql</code> (SPARQL 1.1 Protocol).</p>
<form method="post" action="/sparql">
<textarea name="query" rows="12">{html.escape(_EXAMPLE)}</textarea><br>
<label>format <select name="format">{options}</select></label>
<button type="submit">Run query</button>
</form>
<h2>An entity</h2>
<form method="get" action="/entity">
<label>name or part of one <input name="name" size="30" placeholder="开发区, 有限公司 …"></label>
<button type="submit">Show its facts and evidence</button>
</form>
<h2>Named queries</h2>
<p>As JSON: <a href="/queries">/queries</a>. Run one with <code>/queries/NAME?param=value</code>.</p>
<ul>
{"".join(items)}
</ul>"""
    return _PAGE.format(title="parkkg SPARQL", body=body).encode("utf-8")


# -- the query editor (YASGUI) ------------------------------------------------

#: every HTML page but the editor: no script runs at all (article text in the store is untrusted)
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"
#: the two ``<style>`` elements YASGUI's column resizer inserts — its grip rules, and
#: ``*{cursor:col-resize!important}`` while a column is dragged — allowed by their hashes, so the
#: editor needs no 'unsafe-inline' (tests/test_server.py recomputes them from the vendored bundle)
RESIZER_STYLE_HASHES = (
    "sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=",
    "sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg=",
)
#: the editor: scripts only from this server (the vendored YASGUI and editor.js; no inline script,
#: no eval: YASGUI runs without either), styles from this server and the resizer's two, queries
#: only to this server, nothing from anywhere else
EDITOR_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' "
    + " ".join("'" + h + "'" for h in RESIZER_STYLE_HASHES)
    + "; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
#: what /static/ serves: URL path -> (file under kg/static, media type, Cache-Control).  A fixed
#: list, so no request path is ever joined to a folder.  YASGUI changes only with a release of
#: parkkg, editor.js and editor.css are checked each time (their ETag makes that a 304).
STATIC_FILES: dict[str, tuple[str, str, str]] = {
    "/static/yasgui/yasgui.min.js": ("yasgui/yasgui.min.js", "text/javascript", "public, max-age=86400"),
    "/static/yasgui/yasgui.min.css": ("yasgui/yasgui.min.css", "text/css", "public, max-age=86400"),
    "/static/editor.js": ("editor.js", "text/javascript", "no-cache"),
    "/static/editor.css": ("editor.css", "text/css", "no-cache"),
}
#: ends each VALUES line the editor writes for a named query's parameters: editor.js finds the
#: lines by it when the parameter form is changed
VALUES_NOTE = "  # ← parameters: the form above sets them"


@functools.cache
def static_file(path: str) -> tuple[bytes, str, str, str]:
    """Body, media type, ETag and Cache-Control of one of :data:`STATIC_FILES` (read once)."""
    name, media, cache = STATIC_FILES[path]
    body = resources.files("kg").joinpath("static", *name.split("/")).read_bytes()
    return body, media, '"' + hashlib.sha256(body).hexdigest()[:32] + '"', cache


def json_for_script(obj: object) -> str:
    """JSON that cannot end the ``<script type="application/json">`` block it sits in:
    ``<``, ``>`` and ``&`` are written as ``\\u003c`` … (JSON.parse reads them back), so a
    query description or an article's text holding ``</script>`` stays a string."""
    text = json.dumps(obj, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def with_prefix_lines(sparql: str) -> str:
    """The query with a PREFIX line for each predeclared prefix it uses but does not declare,
    after its leading comments.  The server needs none, but the editor's syntax check reads
    prefixes from the text only and marks every ``kg:`` of a named query as an error without them."""
    code = _code(sparql)
    lines = [
        f"PREFIX {p}: <{iri}>\n" for p, iri in ns.PREFIXES.items()
        if re.search(rf"(?<![\w?$.:-]){re.escape(p)}:", code)
        and not re.search(rf"\bPREFIX\s+{re.escape(p)}:", code, re.I)
    ]
    head = re.match(r"(?:[ \t]*(?:#[^\n]*)?\n)*", sparql).group()  # type: ignore[union-attr]
    return head + "".join(lines) + sparql[len(head) :]


def editor_example(nq: kq.NamedQuery) -> dict[str, Any]:
    """A named query as the editor offers it: its text with the defaults written in as VALUES
    lines (see :func:`kg.rdf.query.with_values`) and the PREFIX lines it needs, and its parameters
    for the form."""
    params = []
    for p in nq.parameters:
        kind = kq.PARAM_KINDS.get(nq.kinds.get(p.name, ""))
        params.append({
            "name": p.name, "default": p.default, "description": p.description,
            "lang": nq.langs.get(p.name), "pattern": kind[0].pattern if kind else None,
            "what": kind[1] if kind else None,
        })
    text = nq.text
    if nq.params:
        text = kq.with_values(nq.text, kq.substitutions(nq.bindings()), VALUES_NOTE) or nq.text
    return {"name": nq.name, "description": nq.description, "parameters": params, "text": with_prefix_lines(text)}


def editor_config(queries: dict[str, kq.NamedQuery]) -> dict[str, Any]:
    """What editor.js is told: the endpoint (relative: this server), the predeclared prefixes,
    the named queries as examples, and where entity IRIs start (they link to /entity)."""
    return {
        "endpoint": "/sparql",
        "prefixes": ns.PREFIXES,
        "examples": [editor_example(nq) for nq in queries.values()],
        "valuesNote": VALUES_NOTE,
        "entityBase": ns.ID,
    }


_EDITOR = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>parkkg SPARQL editor</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/yasgui/yasgui.min.css">
<link rel="stylesheet" href="/static/editor.css">
</head>
<body>
<header id="kg-bar">
<h1>parkkg SPARQL editor</h1>
<nav><a href="/">plain query page (no scripts)</a> · <a href="/queries">named queries as JSON</a></nav>
<form id="kg-example-form">
<label>Examples <select id="kg-examples"><option value="">a named query…</option></select></label>
<span id="kg-params"></span>
<button type="submit" id="kg-run" hidden>Set and run</button>
<span id="kg-about"></span>
</form>
</header>
<noscript><p>The editor needs JavaScript: <a href="/">the plain query page</a> works without it.</p></noscript>
<div id="kg-yasgui"></div>
<script type="application/json" id="kg-config">{config}</script>
<script src="/static/yasgui/yasgui.min.js"></script>
<script src="/static/editor.js"></script>
</body></html>
"""


def editor_page(queries: dict[str, kq.NamedQuery]) -> bytes:
    """The /editor page: YASGUI (vendored, kg/static/yasgui) started by kg/static/editor.js,
    configured through a JSON block rather than inline script, so the CSP can forbid inline script."""
    return _EDITOR.format(config=json_for_script(editor_config(queries))).encode("utf-8")


# -- HTTP ----------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """A :class:`ThreadingHTTPServer` that holds the store and the limits."""

    daemon_threads = True
    request_queue_size = 128  # the socket's listen backlog: the default 5 stalled clients ~1 s at 8 at once

    def __init__(
        self,
        address: tuple[str, int],
        store: Store | None,
        *,
        pool: ProcessPool | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_query_bytes: int = MAX_QUERY_BYTES,
        max_workers: int = DEFAULT_WORKERS,
        log_requests: bool = False,
        cors_origin: str | None = None,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        if (store is None) == (pool is None):
            raise ValueError("give a store (queries in threads) or a pool (queries in processes)")
        self.store = store
        self.pool = pool
        #: the store's folder when serving one from disk: its record of page files (kg.text.sources)
        self.source_dir = pool.path if pool is not None else None
        self.query_timeout = timeout
        self.max_query_bytes = max_query_bytes
        self.slots = threading.BoundedSemaphore(max_workers)
        # client-written SPARQL may fill every slot but one: named queries and entity pages
        # (bounded, written for the engine) keep a worker however many slow queries run
        self.adhoc_slots = threading.BoundedSemaphore(max(1, max_workers - 1))
        self.log_requests = log_requests
        # CORS is opt-in: a page on another origin may read answers only when the operator says so
        self.cors_origin = cors_origin
        try:
            super().__init__(address, SparqlHandler)
        except BaseException:
            if pool is not None:
                pool.close()
            raise

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()

    def answer(self, job: Job) -> Answer:
        """Answer a query job within the time limit, in a worker process or thread.

        Client-written queries first take one of ``max_workers - 1`` ad-hoc
        slots, so slow ones cannot starve the named queries and entity pages.
        """
        if not job.adhoc:
            return self._answer(job)
        if not self.adhoc_slots.acquire(timeout=self.query_timeout):
            raise _busy()
        try:
            return self._answer(job)
        finally:
            self.adhoc_slots.release()

    def _answer(self, job: Job) -> Answer:
        if self.pool is not None:
            return self.pool.run(job, self.query_timeout)
        store = self.store
        assert store is not None
        return self.run(lambda: job.answer(store))

    @property
    def url(self) -> str:
        """Base URL of the running server (with the real port when bound to port 0)."""
        host, port = self.server_address[:2]
        host = "[" + host + "]" if ":" in str(host) else host
        return f"http://{host}:{port}"

    def run(self, fn: Callable[[], Answer]) -> Answer:
        """Run ``fn`` in a worker thread, waiting at most the query timeout.

        The worker is a daemon thread because pyoxigraph cannot interrupt a
        query: on timeout the client is answered and the thread finishes (and
        frees its slot) in the background.
        """
        deadline = time.monotonic() + self.query_timeout
        if not self.slots.acquire(timeout=self.query_timeout):
            raise _busy()
        box: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            try:
                box["answer"] = fn()
            except BaseException as e:
                # pyoxigraph results are "unsendable": one must not be freed on another
                # thread.  The traceback's frames still hold the result, so clear them
                # here and hand the request thread a fresh error with no traceback.
                if isinstance(e, ProtocolError):
                    box["error"] = ProtocolError(e.status, e.message, e.headers)
                else:
                    log.exception("query failed")
                    box["error"] = ProtocolError(500, f"internal error: {_first_line(e)}")
                traceback.clear_frames(e.__traceback__)
            finally:
                self.slots.release()
                done.set()

        threading.Thread(target=work, name="kg-sparql-query", daemon=True).start()
        if not done.wait(max(0.0, deadline - time.monotonic())):
            raise _timed_out(self.query_timeout, stopped=False)
        if "error" in box:
            raise box["error"]
        return box["answer"]


class SparqlHandler(BaseHTTPRequestHandler):
    """Routes of the endpoint; every error is a one-line text/plain answer."""

    server: SparqlServer
    server_version = "parkkg-sparql/0.1"
    timeout = 60  # a client that stops sending does not hold a thread forever

    # -- plumbing --

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.log_requests:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")
        else:
            log.debug(format, *args)

    def _send(
        self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None,
        csp: str = PAGE_CSP,
    ) -> None:
        """Send an answer; an HTML one with ``csp`` (no scripts at all, unless it is the editor's)."""
        if content_type.startswith(_TEXT_TYPES) and "charset" not in content_type:
            content_type += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", csp)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self._cors_headers()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _cors_headers(self) -> None:
        origin = self.server.cors_origin
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            if origin != "*":
                self.send_header("Vary", "Origin")

    def _error(self, e: ProtocolError) -> None:
        self._send(e.status, "text/plain", (e.message + "\n").encode("utf-8"), e.headers)

    def _params(self, raw: str) -> dict[str, list[str]]:
        try:
            return parse_qs(raw, keep_blank_values=True, errors="strict", max_num_fields=200)
        except (UnicodeDecodeError, ValueError) as e:
            raise ProtocolError(400, f"cannot read the request parameters ({_first_line(e)})") from e

    def _handle(self, method: str) -> None:
        try:
            parts = urlsplit(_raw_utf8(self.path))
            path = unquote(parts.path, errors="strict")
            params = self._params(parts.query)
            if path in ("/", "/index.html"):
                if method != "GET":
                    raise ProtocolError(405, "use GET for /", {"Allow": "GET"})
                self._send(200, "text/html", index_page(kq.named_queries()))
            elif path == "/editor":
                if method != "GET":
                    raise ProtocolError(405, "use GET for /editor", {"Allow": "GET"})
                self._send(200, "text/html", editor_page(kq.named_queries()), csp=EDITOR_CSP)
            elif path.startswith("/static/"):
                if method != "GET":
                    raise ProtocolError(405, "use GET for /static/", {"Allow": "GET"})
                self._static(path)
            elif path == "/sparql":
                self._sparql(method, params)
            elif path == "/queries":
                if method != "GET":
                    raise ProtocolError(405, "use GET for /queries", {"Allow": "GET"})
                self._list_queries()
            elif path == "/entity":
                if method not in ("GET", "HEAD"):
                    raise ProtocolError(405, "use GET for /entity", {"Allow": "GET"})
                self._entity(params)
            elif path == "/document":
                if method not in ("GET", "HEAD"):
                    raise ProtocolError(405, "use GET for /document", {"Allow": "GET"})
                doc_id = self._one(params, "id")
                if not doc_id:
                    raise ProtocolError(400, "give id=… (a page id; kg stats --pages lists them)")
                answer = self.server.answer(Job("", document=doc_id, source_dir=self.server.source_dir))
                self._send(answer.status, answer.content_type, answer.body)
            elif path.startswith("/queries/"):
                if method != "GET":
                    raise ProtocolError(405, "use GET to run a named query", {"Allow": "GET"})
                self._named(path[len("/queries/") :], params)
            else:
                raise ProtocolError(404, f"no such page {path!r}: try / , /editor, /sparql, /queries, /entity?name=… or /document?id=…")
        except ProtocolError as e:
            self._error(e)
        except (UnicodeDecodeError, ValueError) as e:
            self._error(ProtocolError(400, f"bad request: {_first_line(e)}"))
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception as e:  # the client gets one line; the log gets the traceback
            log.exception("error answering %s %s", method, self.path)
            self._error(ProtocolError(500, f"internal error: {_first_line(e)}"))

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_HEAD(self) -> None:  # headers of the GET answer, no body (see _send)
        self._handle("GET")

    def _refuse(self) -> None:
        self._error(
            ProtocolError(405, "read-only endpoint: only GET and POST are accepted", {"Allow": "GET, POST"})
        )

    do_PUT = do_DELETE = do_PATCH = _refuse

    def do_OPTIONS(self) -> None:
        """A CORS preflight: allowed methods and headers (the origin only with ``--cors``)."""
        self.send_response(204)
        self.send_header("Allow", "GET, POST, HEAD, OPTIONS")
        if self.server.cors_origin:
            self.send_header("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "600")
        self._cors_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- routes --

    def _one(self, params: dict[str, list[str]], key: str) -> str | None:
        values = params.get(key)
        if not values:
            return None
        if len(values) > 1:
            raise ProtocolError(400, f"give {key!r} once, not {len(values)} times")
        return values[0]

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            raise ProtocolError(411, "POST needs a Content-Length header")
        try:
            n = int(length)
        except ValueError as e:
            raise ProtocolError(400, "bad Content-Length header") from e
        if n < 0:
            raise ProtocolError(400, "bad Content-Length header")
        if n > self.server.max_query_bytes:
            # read (and drop) a moderately large body so the client sees the answer, not a reset
            if n <= 10 * self.server.max_query_bytes:
                self.rfile.read(n)
            self.close_connection = True
            raise ProtocolError(
                413, f"request body too large: the limit is {self.server.max_query_bytes} bytes"
            )
        return self.rfile.read(n)

    def _sparql(self, method: str, params: dict[str, list[str]]) -> None:
        if method == "POST":
            ctype = self.headers.get("Content-Type", "")
            media = ctype.split(";")[0].strip().lower()
            charset = "utf-8"
            m = re.search(r"charset\s*=\s*\"?([\w.:-]+)", ctype, re.I)
            if m:
                charset = m.group(1)
            if media == "application/sparql-update":
                raise update_refused()
            body = self._body()
            if media == "application/sparql-query":
                try:
                    text = body.decode(charset)
                except (LookupError, UnicodeDecodeError) as e:
                    raise ProtocolError(400, f"cannot decode the query as {charset}") from e
                if "query" in params:
                    raise ProtocolError(400, "give the query in the body or in ?query=, not both")
            elif media == "application/x-www-form-urlencoded":
                try:
                    form = self._params(body.decode("ascii"))
                except UnicodeDecodeError as e:
                    raise ProtocolError(400, "a form body must be URL-encoded ASCII") from e
                if "update" in form:
                    raise update_refused()
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
                text = self._one(params, "query")
            else:
                raise ProtocolError(
                    415,
                    "POST a query as application/sparql-query or as a form (application/x-www-form-urlencoded) query=…",
                )
        else:
            if "update" in params:
                raise update_refused()
            text = self._one(params, "query")
        if text is None:
            if method == "GET" and not params:
                return self._service_description()
            raise ProtocolError(400, "missing query: use /sparql?query=… (or open / for a form)")
        check_query(text, self.server.max_query_bytes)
        fmt = self._one(params, "format")
        accept = self.headers.get("Accept")
        defaults = params.get("default-graph-uri") or None
        named = params.get("named-graph-uri") or None
        link = "/sparql?" + urlencode(
            [("query", text)] + [("default-graph-uri", g) for g in defaults or []]
            + [("named-graph-uri", g) for g in named or []]
        )
        view = self._view(params, link, rerun_form(text))
        answer = self.server.answer(Job(text, None, defaults, named, fmt, accept, view=view, adhoc=True))
        self._send(answer.status, answer.content_type, answer.body)

    def _view(self, params: dict[str, list[str]], link: str, form: str = "") -> View:
        """``page`` and ``sort`` of an HTML result, checked; ``link`` is the answer's own URL."""
        page = self._one(params, "page") or "1"
        if not page.isdigit() or int(page) < 1:
            raise ProtocolError(400, f"page must be a number from 1 (got {page!r})")
        return View(page=int(page), sort=self._one(params, "sort") or None, link=link, form=form)

    def _service_description(self) -> None:
        """SPARQL 1.1 Service Description: what a bare ``GET /sparql`` answers (Turtle)."""
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        try:
            endpoint = NamedNode(f"http://{host}/sparql")
        except ValueError:
            endpoint = NamedNode(self.server.url + "/sparql")
        sd = "http://www.w3.org/ns/sparql-service-description#"
        fmt = "http://www.w3.org/ns/formats/"
        service = NamedNode(endpoint.value + "#service")
        triples = [
            Triple(service, NamedNode(ns.PREFIXES["rdf"] + "type"), NamedNode(sd + "Service")),
            Triple(service, NamedNode(sd + "endpoint"), endpoint),
            Triple(service, NamedNode(sd + "supportedLanguage"), NamedNode(sd + "SPARQL11Query")),
            Triple(service, NamedNode(sd + "feature"), NamedNode(sd + "UnionDefaultGraph")),
        ]
        for name in ("SPARQL_Results_JSON", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "SPARQL_Results_XML"):
            triples.append(Triple(service, NamedNode(sd + "resultFormat"), NamedNode(fmt + name)))
        for name in ("Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
            triples.append(Triple(service, NamedNode(sd + "resultFormat"), NamedNode(fmt + name)))
        body = rdf_serialize(triples, format=RdfFormat.TURTLE, prefixes={"sd": sd, "format": fmt}) or b""
        self._send(200, "text/turtle", body)

    def _entity(self, params: dict[str, list[str]]) -> None:
        iri, name = self._one(params, "iri"), self._one(params, "name")
        if bool(iri) == bool(name):
            raise ProtocolError(400, "give one of iri=… (an entity IRI) or name=… (a name or part of one)")
        if iri and not iri.startswith(ns.ID):
            raise ProtocolError(400, f"not a parkkg entity IRI: {iri!r} (they start with {ns.ID})")
        answer = self.server.answer(Job("", entity=iri) if iri else Job("", entity_name=name))
        self._send(answer.status, answer.content_type, answer.body)

    def _static(self, path: str) -> None:
        """One file of :data:`STATIC_FILES` (a fixed list: the request path is looked up, never joined to a folder)."""
        if path not in STATIC_FILES:
            raise ProtocolError(404, f"no such file {path!r}")
        body, media, etag, cache = static_file(path)
        headers = {"Cache-Control": cache, "ETag": etag}
        if etag in [t.strip() for t in (self.headers.get("If-None-Match") or "").split(",")]:
            self.send_response(304)
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            return
        self._send(200, media, body, headers)

    def _list_queries(self) -> None:
        out = [
            {
                "name": nq.name,
                "description": nq.description,
                "params": [
                    {"name": p.name, "default": p.default, "description": p.description}
                    for p in nq.parameters
                ],
                "url": "/queries/" + quote(nq.name),
                "query": nq.text,
            }
            for nq in kq.named_queries().values()
        ]
        self._send(200, "application/json", json.dumps(out, ensure_ascii=False, indent=2).encode("utf-8"))

    def _named(self, name: str, params: dict[str, list[str]]) -> None:
        queries = kq.named_queries()
        nq = queries.get(name)
        if nq is None:
            raise ProtocolError(
                404, f"no named query {name!r}; see /queries (available: {', '.join(sorted(queries))})"
            )
        fmt = self._one(params, "format")
        values = {k: self._one(params, k) for k in params if k not in ("format", "page", "sort")}
        try:
            bindings = nq.bindings(**values)
        except kq.QueryError as e:
            raise ProtocolError(400, str(e)) from e
        accept = self.headers.get("Accept")
        view = self._view(params, f"/queries/{quote(nq.name)}?" + urlencode(values), named_form(nq, values))
        answer = self.server.answer(Job(nq.text, bindings, None, None, fmt, accept, view=view))
        self._send(answer.status, answer.content_type, answer.body)


# -- entry points ----------------------------------------------------------------


def make_server(
    store: Store | str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_query_bytes: int = MAX_QUERY_BYTES,
    max_workers: int = DEFAULT_WORKERS,
    log_requests: bool = False,
    cors_origin: str | None = None,
) -> SparqlServer:
    """A ready (bound, not yet serving) endpoint; ``port=0`` picks a free port.

    ``store`` is an open :class:`pyoxigraph.Store` (queries run in threads; a
    timed-out one finishes in the background) or the *path* of an on-disk store
    (queries run in ``max_workers`` processes that open it read-only; a
    timed-out one is killed).  Call ``serve_forever()`` (e.g. in a thread), then
    ``shutdown()`` and ``server_close()``; ``server.url`` is the base URL.
    """
    pool = None
    if not isinstance(store, Store):
        from kg.rdf.store import open_store

        open_store(store, read_only=True)  # a missing store is a clear StoreError here, not in a worker
        pool = ProcessPool(store, max_workers)
    return SparqlServer(
        (host, port),
        store if isinstance(store, Store) else None,
        pool=pool,
        timeout=timeout,
        max_query_bytes=max_query_bytes,
        max_workers=max_workers,
        log_requests=log_requests,
        cors_origin=cors_origin,
    )


def serve(
    store_path: str | os.PathLike[str] | None = None,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_workers: int = DEFAULT_WORKERS,
    log_requests: bool = True,
    cors_origin: str | None = None,
) -> None:
    """Serve the store at ``store_path`` (default ``$KG_STORE`` / ``./kg-store``) read-only until Ctrl-C.

    Queries run in ``max_workers`` worker processes, so one that passes
    ``timeout`` seconds is killed.  Raises :class:`kg.rdf.store.StoreError` if there
    is no store, and ``OSError`` if the port is taken (both with a message meant
    for the user).
    """
    from kg.rdf.store import default_store_path

    path = store_path if store_path is not None else default_store_path()
    try:
        server = make_server(
            path,
            host,
            port,
            timeout=timeout,
            max_workers=max_workers,
            log_requests=log_requests,
            cors_origin=cors_origin,
        )
    except OSError as e:
        raise OSError(f"cannot listen on {host}:{port} ({_first_line(e)}): choose another --port") from e
    print(
        f"SPARQL endpoint on {server.url}/sparql — query form at {server.url}/, editor at {server.url}/editor "
        f"(store {path}, read-only)",
        file=sys.stderr,
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        print("note: listening beyond this machine; the endpoint has no authentication", file=sys.stderr)
    print("Ctrl-C stops it.", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped.", file=sys.stderr)
    finally:
        server.server_close()
