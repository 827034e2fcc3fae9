"""Build orchestration: files → pipeline → RDF → store, in bounded batches.

Why it is shaped this way:

* **Streaming.**  Paths are consumed lazily and at most a few batches of
  documents are alive at any moment, so memory stays flat whether the corpus
  has 10 pages or a million.
* **One document = one replace.**  Each page is written with
  :func:`kg.rdf.store.replace_document`, so re-ingesting a changed page drops its
  old graphs and adds the new ones in one transaction, and adding a page to a
  large store costs only that page.
* **Failures are local.**  A file that cannot be read or that makes a stage
  raise becomes one line in :attr:`BuildSummary.errors` (``path: message``);
  every other file is still ingested and the store is never left half-written
  for a document.
* **Parallel work, serial writes.**  With ``jobs > 1`` a *spawn* process pool
  (safe with the RocksDB threads of an open store and on every OS) does
  read → process → quads and sends back N-Quads bytes; the parent alone writes
  to the store, which has a single writer.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph

from kg import known_names, pages
from kg.extract.spans import FormIndex
from kg.known_names import Teaching
from kg.pages import Result, Source, batched, one_line, sources
from kg.rdf import namespaces as ns
from kg.text.sources import SourceRecord, relative_source, same_file

#: Documents per worker task / per write round; big enough to amortise IPC,
#: small enough that a batch of quads is a few MB.
DEFAULT_BATCH_SIZE = 32

#: Quads buffered before one bulk load into a fresh store (≈ 60 MB of N-Quads).
BULK_QUADS = 200_000
#: ... or seconds since the oldest buffered page, whichever comes first: an interrupted first
#: build loses at most this much work (slow, long pages fill the buffer slowly)
BULK_SECONDS = 10.0
#: a build that wrote at least this many quads compacts the store at the end (Store.optimize):
#: what a large build or rebuild leaves behind is worth the seconds, one added page is not
#: (compacting a 2M-quad store took 4.2 s where adding the page took 0.02 s)
COMPACT_MIN_QUADS = 50_000

#: ``(path, message)`` callback, called as soon as a file fails.
ErrorHandler = Callable[[str, str], None]


@dataclass
class BuildSummary:
    """What a build did, for the CLI and for tests.

    ``entities`` / ``facts`` are the counts of the *whole store* after the
    build (from :func:`kg.rdf.store.stats`), not only of this run, because that
    is what a user wants to see after adding pages.
    """

    documents: int = 0  # documents written in this run
    errors: list[str] = field(default_factory=list)  # "path: message"
    entities: dict[str, int] = field(default_factory=dict)
    facts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0  # characters of decoded text processed in this run
    quads: int = 0  # quads written in this run
    unchanged: int = 0  # pages skipped by only_changed (same content already in the store)
    store_documents: int = 0  # documents in the store after the build
    store: str | None = None  # path of the store, when known
    compact_seconds: float = 0.0  # of ``seconds``, spent compacting the store after the writes
    second_pass: int = 0  # pages processed again with the names other pages taught (kg.known_names)
    stale: list[str] = field(default_factory=list)  # stored pages whose file is gone: not processed again

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else 0.0

    def format(self) -> str:
        """A short human-readable report (used by ``kg build``)."""
        lines = [
            f"{self.documents} documents, {self.quads} quads, {self.chars} chars "
            f"in {self.seconds:.2f}s ({self.chars_per_second:,.0f} chars/s)",
        ]
        if self.unchanged:
            lines[0] += f"; {self.unchanged} unchanged pages skipped"
        if self.second_pass:
            lines.append(f"{self.second_pass} pages processed again with the firm names other pages taught")
        if self.stale:
            lines.append(f"{len(self.stale)} stored pages could not be read again (file gone), so they do not use "
                         f"the names this build taught: {', '.join(self.stale[:5])}{' …' if len(self.stale) > 5 else ''}")
        if self.entities:
            lines.append("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())))
        if self.facts:
            lines.append("facts: " + ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())))
        if self.errors:
            lines.append(f"{len(self.errors)} file(s) failed:")
            lines.extend(f"  {e}" for e in self.errors)
        return "\n".join(lines)


def _resolve_store(store: Any) -> tuple[pyoxigraph.Store, str | None]:
    from kg.rdf import store as kstore

    if isinstance(store, pyoxigraph.Store):
        return store, None
    path = Path(store) if store is not None else kstore.default_store_path()
    return kstore.open_store(path), str(path)


class _Progress:
    """A rich progress bar on stderr, silent (and free) when stderr is not a TTY."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self._bar: Any = None
        self._task: Any = None
        if not (enabled and sys.stderr.isatty()):
            return
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
        except ImportError:  # pragma: no cover - rich ships with typer
            return
        self._bar = Progress(
            TextColumn("building"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("build", total=total)

    def advance(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


class _Writer:
    """Writes results to the store and keeps the running summary."""

    def __init__(
        self,
        store: pyoxigraph.Store,
        summary: BuildSummary,
        on_error: ErrorHandler | None,
        bulk: bool = False,
        record: SourceRecord | None = None,
    ):
        self.store = store
        self.summary = summary
        self.on_error = on_error
        #: where each page's file is on this machine (kg.text.sources): tells a rebuild of the same
        #: file from another file with the same page id
        self.record = record if record is not None else SourceRecord(None)
        self.seen: dict[str, str] = {}  # doc id -> first path, to report id clashes
        self.bulk = bulk
        self.pending: list[tuple[Result, bytes]] = []
        self.pending_quads = 0
        self.pending_since = 0.0  # time.monotonic() of the oldest buffered page

    def _bulk_add(self, result: Result, data: bytes, n: int) -> None:
        """Queue a new page for the bulk loader; load when the buffer is full or old."""
        if not self.pending:
            self.pending_since = time.monotonic()
        self.pending.append((result, data))
        self.pending_quads += n
        if self.pending_quads >= BULK_QUADS or time.monotonic() - self.pending_since >= BULK_SECONDS:
            self.flush_bulk()

    def flush_bulk(self) -> None:
        """Bulk-load the queued pages (RocksDB SST ingestion: no reads, no per-quad transaction).

        A transactional load checks every quad against the indexes, which
        gets slower as the store grows (≈10k quads/s at 1M quads on this
        machine); the bulk loader writes sorted files instead.  It is not
        atomic, so it is only used for pages new to a store that was empty
        when the build started: if such a build is interrupted, build again.
        """
        from kg.rdf.store import bulk_load_nquads

        if not self.pending:
            return
        items, self.pending, self.pending_quads = self.pending, [], 0
        try:
            bulk_load_nquads(self.store, b"".join(d for _, d in items))
        except Exception as exc:  # noqa: BLE001 - report every page of the failed load
            for r, _ in items:
                self.error(r.path, f"store write failed: {one_line(exc)}")
                self.summary.documents -= 1
                self.summary.chars -= r.chars
                self.seen.pop(r.doc_id or "", None)
            self.summary.quads -= sum(
                len(d) if not isinstance(d, bytes) else d.count(b"\n") for _, d in items
            )

    def error(self, path: str, message: str) -> None:
        # ReadError messages already start with the path: do not say it twice.
        for prefix in (f"{path}: ", f"{Path(path).name}: "):
            if message.startswith(prefix):
                message = message[len(prefix) :]
        self.summary.errors.append(f"{path}: {message}")
        if self.on_error is not None:
            self.on_error(path, message)

    def _is_new(self, doc_id: str) -> bool:
        """True when the store has nothing of this page yet (its doc graph is empty)."""
        if doc_id in self.seen:
            return False
        dg = pyoxigraph.NamedNode(ns.doc_graph(doc_id))
        return next(iter(self.store.quads_for_pattern(None, None, None, dg)), None) is None

    def _stored_from_elsewhere(self, doc_id: str, path: str) -> str | None:
        """The file the stored page of this id came from, when it is another file than ``path``.

        The store's record of this machine's paths (kg.text.sources) decides, compared resolved,
        so a rebuild of the same file from another working directory still replaces its
        page. A store with no record of the page (older, copied, in memory) has only the
        graph's ``kg:sourcePath``: a path inside the build folder must match the new
        page's, an absolute one (older parkkg) the new file."""
        known = self.record.get(doc_id)
        if known is not None:
            return None if same_file(known, path) else known
        dg = pyoxigraph.NamedNode(ns.doc_graph(doc_id))
        src = pyoxigraph.NamedNode(ns.PREFIXES["kg"] + "sourcePath")
        for q in self.store.quads_for_pattern(None, src, None, dg):
            stored = q.object.value
            if Path(stored).is_absolute():
                return None if same_file(stored, path) else stored
            return None if stored == relative_source(path, doc_id) else stored
        return None

    def write_batch(self, items: list[tuple[Result, list[pyoxigraph.Quad] | None]]) -> None:
        """Write a batch: new pages in one transaction, known pages replaced in another.

        Pages the store has never seen are added with one atomic
        ``Store.load`` (worker N-Quads bytes go straight to the store's Rust
        parser) or ``Store.extend``; pages already in the store go through
        :func:`kg.rdf.store.replace_documents` (drop old graphs + insert, one
        transaction).  Both are all-or-nothing; if a batch fails it is retried
        page by page so one bad page does not fail its neighbours.
        """
        from kg.rdf.store import add_documents, replace_document, replace_documents

        valid: dict[str, tuple[Result, list[pyoxigraph.Quad] | None]] = {}
        for result, quads in items:
            if result.kept:
                continue
            if result.error is not None or result.doc_id is None:
                self.error(result.path, result.error or "no document produced")
                continue
            first = self.seen.get(result.doc_id) or (
                valid[result.doc_id][0].path if result.doc_id in valid else None
            )
            if first is not None and first != result.path:
                # Two files with the same stem would silently overwrite each other.
                self.error(result.path, f"document id {result.doc_id!r} already built from {first}; skipped")
                continue
            valid[result.doc_id] = (result, quads)
        if not valid:
            return

        def as_quads(doc_id: str) -> list[pyoxigraph.Quad]:
            result, quads = valid[doc_id]
            if quads is None:
                quads = list(pyoxigraph.parse(result.nquads or b"", format=pyoxigraph.RdfFormat.N_QUADS))
                valid[doc_id] = (result, quads)
            return quads

        new = [d for d in valid if self._is_new(d)]
        for d in [d for d in valid if d not in set(new)]:
            other = self._stored_from_elsewhere(d, valid[d][0].path)
            if other is not None:
                # a page of the same name from another file (jan/01.txt vs feb/01.txt) would replace it
                self.error(valid[d][0].path, f"document id {d!r} is already in the store from {other}; skipped "
                                             "(rename the file, or kg remove the stored page first)")
                del valid[d]
        old = [d for d in valid if d not in set(new)]
        written: list[str] = []
        failed: list[str] = []
        if self.bulk and new:
            for d in new:
                r, quads = valid[d]
                data = r.nquads
                if data is None:  # one process: bytes keep the buffer small
                    data = pyoxigraph.serialize(quads or [], format=pyoxigraph.RdfFormat.N_QUADS) or b""
                    r.nquads = data
                self._bulk_add(r, data, data.count(b"\n"))
            written += new
            new = []
        try:
            if new:
                add_documents(self.store, [q for d in new for q in as_quads(d)])
            written += new
        except Exception:  # noqa: BLE001 - nothing was written; retry page by page
            failed += new
        try:
            if old:
                replace_documents(self.store, {d: as_quads(d) for d in old})
            written += old
        except Exception:  # noqa: BLE001 - nothing was written; retry page by page
            failed += old
        for doc_id in failed:
            try:
                replace_document(self.store, doc_id, as_quads(doc_id))
                written.append(doc_id)
            except Exception as exc:  # noqa: BLE001 - the store rolls back this one page
                self.error(valid[doc_id][0].path, f"store write failed: {one_line(exc)}")
        for doc_id in written:
            r, quads = valid[doc_id]
            self.seen[doc_id] = r.path
            self.record.record(doc_id, r.path)
            self.summary.documents += 1
            self.summary.quads += len(quads) if quads is not None else (r.nquads or b"").count(b"\n")
            self.summary.chars += r.chars


def _serial(
    paths: Iterable[Source], batch_size: int, writer: _Writer, bar: _Progress, recogniser: str = "rules"
) -> None:
    for batch in batched(paths, batch_size):
        items: list[tuple[Result, list[pyoxigraph.Quad] | None]] = []
        for src in batch:
            try:
                doc, quads = pages.quads_for_path(src.path, recogniser, src.doc_id, src)
                items.append((Result(path=src.path, doc_id=src.doc_id, kept=True), None) if doc is None
                             else (Result(path=src.path, doc_id=doc.id, chars=len(doc.raw)), quads))
            except Exception as exc:  # noqa: BLE001
                items.append((Result(path=src.path, error=one_line(exc)), None))
            bar.advance()
        writer.write_batch(items)


class _Workers:
    """The build's worker processes, started once for both passes (a spawned worker loads the
    dictionaries and models, about a second, before its first page). A pool a dead worker broke
    is replaced."""

    def __init__(self, jobs: int, recogniser: str) -> None:
        self.jobs, self.recogniser = jobs, recogniser
        self._pool: ProcessPoolExecutor | None = None

    def pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        if self._pool is None or getattr(self._pool, "_broken", False):
            self.close()
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=pages.warm_up, initargs=(self.recogniser,))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _parallel(
    paths: Iterable[Source],
    workers: _Workers,
    batch_size: int,
    writer: _Writer,
    bar: _Progress,
) -> None:
    """Workers extract; a writer thread stores; the main thread keeps the workers fed.

    Store writes (a bulk load of 200k quads takes seconds) run in a thread —
    pyoxigraph releases the GIL while it loads — so the main thread can keep
    submitting batches and the workers never wait for the store.  Both queues
    are bounded (``2 × jobs`` batches in flight, ``2 × jobs`` batches waiting
    to be written), so memory stays flat; a slow store slows the build down
    instead of filling memory.  ``on_error`` may be called from the writer thread.
    """
    import queue
    import threading

    jobs, recogniser = workers.jobs, workers.recogniser
    max_in_flight = 2 * jobs  # bounded: the parent never holds more than this many batches
    batches = batched(paths, batch_size)
    to_write: queue.Queue[list[Result] | None] = queue.Queue(maxsize=2 * jobs)
    failure: list[BaseException] = []

    def write_loop() -> None:
        while True:
            results = to_write.get()
            if results is None:
                return
            if failure:
                continue  # drain: the build is failing, let the main thread finish
            try:
                writer.write_batch([(r, None) for r in results])
            except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
                failure.append(exc)

    thread = threading.Thread(target=write_loop, name="parkkg-store-writer", daemon=True)
    thread.start()
    try:
        pool = workers.pool()
        pending: dict[Future[list[Result]], list[Source]] = {}

        def submit_more() -> None:
            while len(pending) < max_in_flight and not failure:
                batch = next(batches, None)
                if batch is None:
                    return
                pending[pool.submit(pages.process_batch, batch, recogniser)] = batch

        submit_more()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                batch = pending.pop(fut)
                try:
                    results = fut.result()
                except Exception as exc:  # noqa: BLE001 - a worker died (e.g. killed, OOM)
                    results = [Result(path=p.path, error=f"worker failed: {one_line(exc)}") for p in batch]
                to_write.put(results)
                bar.advance(len(batch))
            submit_more()
    finally:
        to_write.put(None)
        thread.join()
    if failure:
        raise failure[0]


def build(
    paths: Iterable[str | Path] | str | Path,
    store: pyoxigraph.Store | str | Path | None = None,
    jobs: int = 1,
    progress: bool = True,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: ErrorHandler | None = None,
    scheduler: str | None = None,
    shard_dir: str | Path | None = None,
    only_changed: bool = False,
    count: bool = True,
    bulk: bool | None = None,
    recogniser: str = "rules",
    share_names: bool = True,
) -> BuildSummary:
    """Ingest files and folders (``.txt``/``.md``) into the store.

    ``store`` is an open :class:`pyoxigraph.Store`, a path, or ``None`` for
    :func:`kg.rdf.store.default_store_path`.  ``jobs`` > 1 uses that many worker
    processes (``0`` = one per CPU).  ``scheduler`` (a Dask address such as
    ``tcp://host:8786``) sends the work to a Dask cluster instead and loads
    the N-Quads shards it writes to ``shard_dir`` (which must be reachable by
    the workers; a temporary folder when omitted).  ``on_error(path, message)``
    is called for every failing file as it fails.

    ``only_changed`` skips pages whose text is already in the store with the
    same content hash (re-running a build over a folder after adding a page
    then costs only the new page); leave it off after changing the extractor,
    since unchanged pages would keep their old facts.  ``count=False`` skips
    the store-wide counts of the summary (they scan the store).  ``bulk``
    (default: when the store is empty at the start) loads new pages with the
    non-transactional bulk loader — several times faster on a large first
    build. An interrupted build (KeyboardInterrupt, which the CLI also makes of
    SIGTERM) still writes the pages it finished before re-raising; only a kill -9
    loses the pages of the bulk buffer (at most ``BULK_SECONDS`` of work).

    ``share_names`` (default on) lets every page use the firms' names the others teach
    (:mod:`kg.known_names`): after the pages are written, the ones whose text holds a short
    form another page taught are processed again. Off, each page is read alone; the next
    build with it on then looks at every stored page again.

    ``recogniser`` picks the entity recognisers (``kg.statistical.stages_for``):
    ``rules`` (default) or ``rules+lac`` / ``rules+jieba``, which add a
    statistical tagger; unknown names raise ValueError before anything runs.
    """
    t0 = time.perf_counter()
    if recogniser != "rules":
        from kg.statistical import stages_for

        stages_for(recogniser)  # validate (ValueError / RuntimeError with the pip hint)
        if scheduler is not None:
            raise ValueError("--recogniser other than 'rules' is not supported with --scheduler yet")
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    st, store_path = _resolve_store(store)
    summary = BuildSummary(store=store_path)
    if bulk is None:
        bulk = next(iter(st.quads_for_pattern(None, None, None)), None) is None
    _add_canonical_graph(st)
    writer = _Writer(st, summary, on_error, bulk=bulk, record=SourceRecord(store_path))

    path_iter: Iterable[Source] = sources(paths)
    if only_changed:
        path_iter = _changed(path_iter, st, summary)
    applied = known_names.load_applied(store_path)
    if applied is None:
        applied = known_names.lexicon(stored_teachings(st).values())
    workers = _Workers(jobs, recogniser)
    try:
        if scheduler is not None:
            from kg.distributed import run_distributed

            path_list = list(path_iter)  # kept: the second pass reads the pages again
            run_distributed(path_list, scheduler, st, summary, writer.error, batch_size, shard_dir)
            writer.seen.update((p.doc_id, p.path) for p in path_list)
        else:
            _extract_and_write(path_iter, writer, workers, batch_size, progress)
        writer.flush_bulk()
        if share_names:
            _second_pass(st, writer, applied, workers, batch_size, progress)
        elif applied:
            known_names.save_applied(store_path, {})  # pages written now use no names: catch up later
    finally:
        # also when interrupted (Ctrl-C, kill -TERM through the CLI): the pages finished so far
        # are written, bulk-buffered ones included, and recorded
        workers.close()
        writer.flush_bulk()
        _save_record(writer, summary)

    try:
        # Persist the memtables now: otherwise the next read-only open (kg query)
        # replays the whole write-ahead log — 45 s after a 1M-quad build.
        st.flush()
    except OSError as exc:
        summary.errors.append(f"(store): flush failed: {one_line(exc)}")
    if summary.quads >= COMPACT_MIN_QUADS:
        _compact(st, summary)
    if count:
        _fill_stats(st, summary)
    summary.seconds = time.perf_counter() - t0
    return summary


def _extract_and_write(
    path_iter: Iterable[Source], writer: _Writer, workers: _Workers, batch_size: int, progress: bool
) -> None:
    """Run the pipeline on every page (here or in ``jobs`` processes) and hand the results to ``writer``."""
    total = None
    if progress and sys.stderr.isatty():
        path_list = list(path_iter)  # only paths, to give the bar a total
        total, path_iter = len(path_list), path_list
    bar = _Progress(progress, total)
    try:
        if workers.jobs == 1:
            _serial(path_iter, batch_size, writer, bar, workers.recogniser)
        else:
            _parallel(path_iter, workers, batch_size, writer, bar)
    finally:
        bar.close()


def stored_teachings(st: pyoxigraph.Store) -> dict[str, Teaching]:
    """What each page in the store teaches the others (``kg:teachesName``), by document id."""
    out: dict[str, Teaching] = {}
    pred = pyoxigraph.NamedNode(ns.term("teachesName"))
    # the canonical graph holds each page's teaching once (the page graphs hold it again)
    for q in st.quads_for_pattern(None, pred, None, pyoxigraph.DefaultGraph()):
        name, forms = known_names.decode(q.object.value)
        out.setdefault(ns.doc_id_of(q.subject.value), {})[name] = forms
    return out


def _second_pass(st: pyoxigraph.Store, writer: _Writer, applied: dict[str, str], workers: _Workers,
                 batch_size: int, progress: bool) -> None:
    """Process again, with the build's lexicon, every page whose graph it changes (``kg.known_names``).

    Those are the pages written now whose text holds a form another page taught, and the
    stored pages whose text holds a form added, dropped or given another legal name since
    the lexicon ``applied`` last. Why stored pages too: the graph must not depend on the
    order pages were added in. A stored page whose file is gone cannot be read again; it is
    listed in ``summary.stale``."""
    taught = stored_teachings(st)
    lexicon = known_names.lexicon(taught[d] for d in sorted(taught))
    changed = known_names.changed_forms(lexicon, applied)
    lexicon_index, changed_index = FormIndex(lexicon), FormIndex(changed)  # built once for every page
    again: list[Source] = []
    for doc_id, path in _stored_pages(st, writer):
        if doc_id not in writer.seen and not changed:
            continue  # an old page, and no name changed: it keeps its graph
        text = _text_of(path)
        if text is None:
            writer.summary.stale.append(doc_id)
            continue
        if doc_id not in writer.seen and not known_names.holds_any(text, changed_index):
            continue
        own = taught.get(doc_id, {})
        need = known_names.needed(text, lexicon, own, lexicon_index)
        if need or doc_id not in writer.seen:
            again.append(Source(path, doc_id, tuple(need.items()),
                                tuple((n, tuple(f)) for n, f in sorted(own.items())),
                                keep_unless_known=doc_id in writer.seen))
    if again:
        counts = (writer.summary.documents, writer.summary.chars)
        _extract_and_write(again, writer, workers, batch_size, progress)
        writer.summary.second_pass = writer.summary.documents - counts[0]
        writer.summary.documents, writer.summary.chars = counts  # a page is counted once
    known_names.save_applied(writer.summary.store, lexicon)


def _stored_pages(st: pyoxigraph.Store, writer: _Writer) -> Iterator[tuple[str, str]]:
    """(document id, file path on this machine) of every page in the store, in id order."""
    from kg.rdf.store import document_ids

    for doc_id in sorted(document_ids(st)):
        path = writer.seen.get(doc_id) or writer.record.get(doc_id)
        yield doc_id, path or ""


def _text_of(path: str) -> str | None:
    """A page's decoded text, or None when its file cannot be read any more."""
    from kg.text.reading import read_file

    if not path:
        return None
    try:
        return read_file(Path(path)).raw
    except Exception:  # noqa: BLE001 - a missing or changed file only makes the page stale
        return None


def _compact(st: pyoxigraph.Store, summary: BuildSummary) -> None:
    """Compact the store after a large write (``Store.optimize``; ``COMPACT_MIN_QUADS``).

    Why: replaced pages and chunked writes leave their old versions in RocksDB's
    files until a compaction; measured on the 287 corpus pages built twice, the
    store took 252 MB before and 129 MB after, for 0.5 s. ``kg stats`` shows the size.
    """
    t = time.perf_counter()
    try:
        st.optimize()
    except OSError as exc:
        summary.errors.append(f"(store): compaction failed: {one_line(exc)}")
    summary.compact_seconds = time.perf_counter() - t


def _save_record(writer: _Writer, summary: BuildSummary) -> None:
    """Keep the record of this machine's page paths (kg.text.sources); a failure is reported, not fatal."""
    try:
        writer.record.save()
    except OSError as exc:
        summary.errors.append(f"(store): could not save {writer.record.path}: {one_line(exc)}")


def _changed(paths: Iterable[Source], st: pyoxigraph.Store, summary: BuildSummary) -> Iterator[Source]:
    """Paths whose page is not in the store with the same content hash.

    The hash is the one :mod:`kg.rdf.mapping` writes (``kg:contentHash`` =
    sha256 of the decoded text on the document node), so a page re-saved in
    another encoding is still "unchanged".  Unreadable files pass through and
    fail with their usual message.
    """
    import hashlib

    from kg.text.reading import read_file

    has_hash = pyoxigraph.NamedNode(ns.term("contentHash"))
    for p in paths:
        try:
            doc = read_file(Path(p.path), p.doc_id)
        except Exception:  # noqa: BLE001 - reported by the normal path
            yield p
            continue
        digest = "sha256:" + hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()
        hit = st.quads_for_pattern(
            pyoxigraph.NamedNode(ns.doc_iri(doc.id)),
            has_hash,
            pyoxigraph.Literal(digest),
            pyoxigraph.NamedNode(ns.doc_graph(doc.id)),
        )
        if next(iter(hit), None) is None:
            yield p
        else:
            summary.unchanged += 1


def _add_canonical_graph(st: pyoxigraph.Store) -> None:
    """A store built by a parkkg without the canonical graph gets it now, once, and says so."""
    from kg.rdf import store as kstore

    if not kstore.lacks_canonical(st):
        return
    print("adding the canonical graph (each triple once) to a store built by an older parkkg; once …",
          file=sys.stderr, flush=True)
    n = kstore.fill_canonical(st)
    print(f"… {n:,} triples", file=sys.stderr, flush=True)


def _fill_stats(st: pyoxigraph.Store, summary: BuildSummary) -> None:
    """Copy store-wide counts into the summary (tolerant of stats() key names)."""
    from kg.rdf.store import stats

    try:
        s = stats(st)
    except Exception as exc:  # noqa: BLE001 - counts are a nicety, the build succeeded
        summary.errors.append(f"(store): stats failed: {one_line(exc)}")
        return
    summary.entities = {k: int(v) for k, v in dict(s.get("entities", {})).items()}
    summary.facts = {k: int(v) for k, v in dict(s.get("facts", {})).items()}
    docs = s.get("documents", 0)
    summary.store_documents = int(docs if isinstance(docs, int) else len(docs))
