"""The on-disk graph store: pyoxigraph (RocksDB), embedded and transactional.

Why pyoxigraph: no server to run, SPARQL 1.1 query/update, named graphs, and
real transactions — a SPARQL UPDATE request runs as *one* transaction, which is
what makes :func:`replace_document` atomic (pyoxigraph 0.5 has no other
multi-operation transaction API: ``extend`` alone is atomic, but a remove
followed by an ``extend`` is two commits).

Which call to use:

* re-ingesting / incremental builds: :func:`replace_document` (drops exactly the
  document's graphs and inserts the new quads in one transaction);
* a fresh store or documents known to be new: :func:`bulk_load` (pyoxigraph
  ``bulk_extend``: writes SST files directly, several times faster for large
  loads, *not* transactional — use it on a store nobody is reading);
* many small documents: batch them — :func:`replace_documents` runs one update
  for a whole batch;
* at the end of a build: :func:`flush` (so the next open does not replay the
  write-ahead log; replace_documents also flushes every ``FLUSH_EVERY`` quads).

The layout: every page writes named graphs (its document graph, one graph per
fact, its provenance graph; see :mod:`kg.rdf.mapping`), and the store's real default
graph is the *canonical graph*: the set of every triple of every page, each once.
Named graphs keep "which page said it" (replacing a page removes exactly its
graphs); the canonical graph makes the obvious query right and fast — an entity
named on 400 pages has one ``rdfs:label`` triple there, not 400, so a query that
joins two labels makes one row per answer, not pages × pages (measured in
docs/bench_queries.md: 7–8 s → 0.2–1.3 s on 1.6M quads).  Every write below keeps
it in step in the same transaction: new triples are added, and a triple that no
named graph holds any more after a page is replaced or removed is deleted.
Queries read it as their default graph (:func:`default_is_union`); a store built
before it existed is filled once by :func:`fill_canonical`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph
from pyoxigraph import DefaultGraph, NamedNode, Quad, Store

from kg.document import ENTITY_TYPES, RELATIONS
from kg.rdf import namespaces as ns


class StoreError(Exception):
    """A store cannot be opened or written; the message says what to do."""


def default_store_path() -> Path:
    """``$KG_STORE`` if set, else ``./kg-store`` (relative to the working directory)."""
    env = os.environ.get("KG_STORE")
    return Path(env) if env else Path("kg-store")


def open_store(path: str | os.PathLike[str] | None = None, read_only: bool = False) -> Store:
    """Open (read-write: create if needed) the store at ``path`` (default :func:`default_store_path`).

    ``read_only=True`` opens a static snapshot for query commands: it does not
    take RocksDB's lock, so queries run while a build writes (they see the data
    as it was when opened) and never block a later writer.  pyoxigraph calls
    reading during another process's writes "undefined"; in practice (measured:
    a writer replacing 1,600 pages while a reader reopened and queried in a
    loop) it worked, and the one failure seen — a file removed by compaction
    during the open — is retried here.  Opening replays the writer's
    unflushed log, which :func:`replace_documents` keeps short by flushing.
    A second read-write open (another build) fails with a clear "locked" error.
    """
    p = Path(path) if path is not None else default_store_path()
    if read_only:
        if not (p / "CURRENT").exists():
            raise StoreError(
                f"no graph store at {p}: build one first (kg build PAGES --store {p}) or set KG_STORE"
            )
        for attempt in range(5):
            try:
                return Store.read_only(str(p))
            except OSError as e:
                # a concurrent writer's compaction removed or rewrote a file while we opened
                # (FileNotFoundError, or RocksDB's "Corruption … MANIFEST"): wait a moment, retry
                racing = isinstance(e, FileNotFoundError) or "Corruption" in str(e) or "MANIFEST" in str(e)
                if not racing:
                    raise StoreError(
                        f"cannot open graph store {p} read-only ({_short(e)}): check the path"
                    ) from e
                if attempt == 4:
                    raise StoreError(
                        f"cannot open graph store {p} read-only while it is being written ({_short(e)}): "
                        "retry when the build has finished"
                    ) from e
                time.sleep(0.05 * (attempt + 1))
    if p.exists() and not p.is_dir():
        raise StoreError(f"{p} is a file, not a graph store directory: choose another --store path")
    try:
        store = Store(str(p))
    except OSError as e:
        msg = str(e)
        if "lock" in msg.lower():
            raise StoreError(
                f"graph store {p} is in use by another process (locked): wait for it to finish "
                "or use another --store / KG_STORE"
            ) from e
        raise StoreError(f"cannot open graph store {p} ({_short(e)}): check the path and permissions") from e
    _unflushed.pop(id(store), None)  # ids are reused: a new store starts at zero
    return store


def _short(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def _doc_graphs(store: Store, doc_id: str) -> list[NamedNode]:
    """Every named graph of one document: doc/D, prov/D and its fact graphs.

    Fact graphs are found through the provenance graph (an indexed lookup,
    cheap on a large store): the mapping writes a ``prov:wasDerivedFrom`` entry
    for every fact graph it creates, so none is missed.
    """
    dg = NamedNode(ns.doc_graph(doc_id))
    pg = NamedNode(ns.prov_graph(doc_id))
    graphs = {dg, pg}
    derived = NamedNode(ns.PREFIXES["prov"] + "wasDerivedFrom")
    for q in store.quads_for_pattern(None, derived, NamedNode(ns.doc_iri(doc_id)), pg):
        if isinstance(q.subject, NamedNode):
            graphs.add(q.subject)
    return sorted(graphs, key=lambda n: n.value)


#: Quads written through transactions after which the store is flushed (see :func:`flush`).
FLUSH_EVERY = 25_000
_unflushed: dict[int, int] = {}  # id(store) -> quads written since its last flush


def flush(store: Store) -> None:
    """Write buffered changes to the store's table files; call once after a build.

    Why it matters: RocksDB keeps recent transactional writes in its write-ahead
    log, pyoxigraph does not flush when a store is closed, and every later open
    replays that log — read-only opens too, which cannot flush it.  Measured:
    ~5 s per open after 127k quads of ``replace_documents`` without a flush,
    0.02 s with one.  :func:`replace_documents` also flushes by itself every
    :data:`FLUSH_EVERY` quads, which bounds that cost for long builds.
    """
    try:
        store.flush()
    except (OSError, RuntimeError) as e:
        raise StoreError(f"flushing the graph store failed ({_short(e)})") from e
    _unflushed.pop(id(store), None)


def _written(store: Store, n: int) -> None:
    total = _unflushed.get(id(store), 0) + n
    if total >= FLUSH_EVERY:
        flush(store)
    else:
        _unflushed[id(store)] = total


def _nt_lines(quads: Iterable[Quad]) -> list[tuple[str, str]]:
    """(graph, triple line) of each quad, in N-Triples.

    Terms are written by pyoxigraph's own N-Triples serialiser (``str(term)``),
    which escapes quotes, backslashes and line breaks, so article text cannot
    change the shape of an update.
    """
    out = []
    for q in quads:
        if isinstance(q.graph_name, DefaultGraph):
            raise StoreError("mapping produced a quad in the default graph; documents use named graphs only")
        out.append((str(q.graph_name), f"{q.subject} {q.predicate} {q.object} ."))
    return out


def _insert_data(lines: list[tuple[str, str]]) -> str:
    """``INSERT DATA`` text for quads (as :func:`_nt_lines`) and their canonical copies."""
    by_graph: dict[str, list[str]] = {}
    for g, line in lines:
        by_graph.setdefault(g, []).append(line)
    if not by_graph:
        return ""
    canonical = dict.fromkeys(line for _, line in lines)
    parts = [f"GRAPH {g} {{\n" + "\n".join(ls) + "\n}" for g, ls in by_graph.items()]
    return "INSERT DATA {\n" + "\n".join(canonical) + "\n" + "\n".join(parts) + "\n}"


def _canonical(q: Quad) -> Quad:
    return Quad(q.subject, q.predicate, q.object, DefaultGraph())


def canonical_copies(quads: Iterable[Quad]) -> Iterator[Quad]:
    """The canonical-graph copy of each named-graph quad (the store keeps each triple once)."""
    return (_canonical(q) for q in quads if not isinstance(q.graph_name, DefaultGraph))


def _orphans(store: Store, dropped: set[NamedNode], old: Iterable[Quad], again: set[str]) -> list[str]:
    """Canonical triples no named graph holds once the ``old`` quads of the ``dropped`` graphs are gone.

    Triples written ``again`` (N-Triples text of the new quads) are skipped: most
    of a rebuilt page is unchanged.  Each other old triple costs one index
    probe, which stops at the first graph outside ``dropped`` (a label shared
    by 400 pages is kept after one step).
    """
    out: list[str] = []
    checked: set[tuple] = set()
    for q in old:
        t = (q.subject, q.predicate, q.object)
        if t in checked:
            continue
        checked.add(t)
        line = f"{t[0]} {t[1]} {t[2]} ."
        if line in again:
            continue
        held = any(
            not isinstance(o.graph_name, DefaultGraph) and o.graph_name not in dropped
            for o in store.quads_for_pattern(*t, None)
        )
        if not held:
            out.append(line)
    return out


def _replace_ops(store: Store, docs: Mapping[str, list[Quad]]) -> list[str]:
    """One update's operations: take out what the pages' graphs no longer say, delete orphans,
    insert what is new.

    Why a difference and not drop-and-insert: a page built again mostly says what it said
    (a page processed again with the names other pages taught changes a few firms), and the
    update's cost is its size. A graph the new page no longer has is dropped whole; in a
    graph it keeps, only the quads it no longer says are deleted. The delete comes before
    the insert, so a triple the new page says again in another spelling is written back
    (the store keeps literals by value: ``"0.920"`` and ``"0.92"`` as xsd:decimal are one
    term to it, not to the text comparison here).
    """
    dropped = {g for doc_id in docs for g in _doc_graphs(store, doc_id)}
    lines = _nt_lines(q for quads in docs.values() for q in quads)
    new = set(lines)
    kept_graphs = {g for g, _ in lines}
    gone = sorted((g for g in dropped if str(g) not in kept_graphs), key=lambda n: n.value)
    ops = [f"DROP SILENT GRAPH {g}" for g in gone]
    old = [q for g in dropped for q in store.quads_for_pattern(None, None, None, g)]
    old_lines = _nt_lines(old)  # (graph, triple line) of each old quad, in the order of ``old``
    stale = [(q, gl) for q, gl in zip(old, old_lines, strict=True) if gl[0] in kept_graphs and gl not in new]
    orphans = _orphans(store, dropped, [q for q in old if str(q.graph_name) not in kept_graphs] + [q for q, _ in stale],
                       {line for _, line in lines})
    if stale or orphans:
        by_graph: dict[str, list[str]] = {}
        for _, (g, line) in stale:
            by_graph.setdefault(g, []).append(line)
        parts = [f"GRAPH {g} {{\n" + "\n".join(ls) + "\n}" for g, ls in by_graph.items()]
        ops.append("DELETE DATA {\n" + "\n".join(orphans) + "\n" + "\n".join(parts) + "\n}")
    have = set(old_lines)
    ins = _insert_data([x for x in lines if x not in have])
    if ins:
        ops.append(ins)
    return ops


def replace_document(store: Store, doc_id: str, quads: Iterable[Quad]) -> None:
    """Atomically replace one document: drop its graphs, insert ``quads``.

    One SPARQL UPDATE request = one transaction: a reader sees the old document
    or the new one, never a mixture, and a failure leaves the old one intact.
    """
    replace_documents(store, {doc_id: quads})


def replace_documents(store: Store, docs: Mapping[str, Iterable[Quad]]) -> None:
    """Replace several documents in one transaction (fewer commits for batch builds)."""
    _ensure_canonical(store)
    lists = {doc_id: list(quads) for doc_id, quads in docs.items()}
    ops = _replace_ops(store, lists)
    if ops:
        _update(store, " ;\n".join(ops))
        _written(store, sum(map(len, lists.values())))


def add_documents(store: Store, quads: Iterable[Quad]) -> None:
    """Add pages new to the store, with their canonical copies, in one transaction (``extend``)."""
    quads = list(quads)
    _ensure_canonical(store)
    try:
        store.extend(quads + list(canonical_copies(quads)))
    except OSError as e:
        raise StoreError(f"writing to the graph store failed ({_short(e)})") from e
    _written(store, len(quads))


def remove_document(store: Store, doc_id: str) -> None:
    """Drop every graph of one document and its triples no other page holds (one transaction)."""
    _ensure_canonical(store)
    _update(store, " ;\n".join(_replace_ops(store, {doc_id: []})))


def _update(store: Store, text: str) -> None:
    try:
        store.update(text)
    except (OSError, RuntimeError) as e:
        if "read-write" in str(e) or "read-only" in str(e):
            raise StoreError(
                "the graph store is open read-only: open it with read_only=False to write"
            ) from e
        raise StoreError(f"writing to the graph store failed ({_short(e)})") from e


def bulk_load(store: Store, quads: Iterable[Quad]) -> None:
    """Fast path for large loads (pyoxigraph ``bulk_extend``): streams, not transactional.

    Use on a fresh store or for documents not yet in it; it does not remove a
    document's old graphs (use :func:`replace_document` for re-ingestion).
    Each quad's canonical copy is loaded beside it.
    """
    def both() -> Iterator[Quad]:
        for q in quads:
            yield q
            if not isinstance(q.graph_name, DefaultGraph):
                yield _canonical(q)

    _ensure_canonical(store)
    try:
        store.bulk_extend(both())
    except OSError as e:
        raise StoreError(f"bulk load into the graph store failed ({_short(e)})") from e


def bulk_load_nquads(store: Store, data: bytes) -> None:
    """:func:`bulk_load` for N-Quads bytes (as the build's worker processes send them).

    Parsed once in Python for both the quads and their copies: as fast as the
    store's own parser plus a second parse for the copies (2.4 s either way
    for 293k quads)."""
    bulk_load(store, pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS))


def page_quads(store: Store) -> Iterator[Quad]:
    """The quads of the pages' named graphs: the store without its canonical copies."""
    for q in store:
        if not isinstance(q.graph_name, DefaultGraph):
            yield q


def canonical_triples(store: Store) -> set[tuple]:
    """The canonical graph as a set of (subject, predicate, object)."""
    return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, DefaultGraph())}


def has_canonical(store: Store) -> bool:
    """Does the store hold the canonical graph (any triple in its default graph)?"""
    return next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None


def default_is_union(store: Store) -> bool:
    """Must queries read the union of named graphs as their default graph?

    Only for a store without the canonical graph: one built before it existed
    (until :func:`fill_canonical` runs) or one filled by hand, such as an
    in-memory store given mapping quads.  The union holds the same triples,
    as a bag: one row per page that repeats a triple.
    """
    return not has_canonical(store)


def lacks_canonical(store: Store) -> bool:
    """A store with pages but no canonical graph: built by a parkkg from before it."""
    return not has_canonical(store) and next(iter(store.quads_for_pattern(None, None, None)), None) is not None


def _ensure_canonical(store: Store) -> None:
    """Before a write: a store with pages but no canonical graph gets it first.

    Otherwise the write would add a partial canonical graph and queries, which
    read the union only while there is none, would miss every older page.
    """
    if lacks_canonical(store):
        fill_canonical(store)


def fill_canonical(store: Store) -> int:
    """Write the canonical graph of a store that has pages but none (bulk; once); returns its triples."""
    if has_canonical(store):
        return 0
    seen = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None)}
    try:
        store.bulk_extend(Quad(s, p, o, DefaultGraph()) for s, p, o in seen)
    except OSError as e:
        raise StoreError(f"writing the canonical graph failed ({_short(e)})") from e
    return len(seen)


def document_ids(store: Store) -> list[str]:
    """Ids of the documents in the store, sorted."""
    q = "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?d a kg:Document ; dcterms:identifier ?id } } ORDER BY ?id"
    return [s["id"].value for s in store.query(q, prefixes=ns.PREFIXES)]


def _counts(store: Store, template: str, names: Sequence[str], kw: dict) -> dict[str, int]:
    """``?n`` per ``kg:<name>`` bound to ``?k`` by ``template`` (its ``%s`` takes the VALUES), 0 for
    the names the store lacks: the entity and fact counts of :func:`stats`."""
    out = dict.fromkeys(names, 0)
    for s in store.query(template % " ".join(f"kg:{n}" for n in names), **kw):
        out[s["k"].value.rsplit("#", 1)[1]] = int(s["n"].value)
    return out


def stats(store: Store) -> dict:
    """Counts for ``kg stats``: documents, entities per type, facts per relation, quads, graphs.

    Entities are counted as distinct nodes over the union of graphs (one node
    mentioned on many pages counts once); facts as distinct triples.
    """
    kw = {"prefixes": ns.PREFIXES, "use_default_graph_as_union": default_is_union(store)}
    entities = _counts(store, "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?k . VALUES ?k { %s } } GROUP BY ?k",
                       ENTITY_TYPES, kw)
    facts = _counts(store, "SELECT ?k (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?k ?o WHERE { ?s ?k ?o . "
                    "VALUES ?k { %s } } } GROUP BY ?k", RELATIONS, kw)
    n_fact_graphs = next(
        iter(store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a kg:FactGraph }", **kw))
    )["n"]
    return {
        "documents": len(document_ids(store)),
        "entities": entities,
        "facts": facts,
        "fact_graphs": int(n_fact_graphs.value),
        "quads": len(store),
        # the canonical graph's share of those quads (0 on a store from an older parkkg); counted by
        # the engine: iterating the quads in Python took 8.9 s of a 9.2 s stats() on 3M quads
        "canonical_triples": int(next(iter(store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", use_default_graph_as_union=False)))["n"].value),
    }
