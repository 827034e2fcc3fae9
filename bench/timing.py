"""Timing helpers of the benchmark that must be importable by child processes.

Spawned children cannot import functions from ``python -m bench``'s
``__main__`` module (multiprocessing skips re-importing a ``__main__`` run
with ``-m``), so everything a child runs lives here.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def percentiles(fn: Callable[[], Any], runs: int, budget_s: float = 10.0) -> tuple[float, float, int]:
    """p50, p95 in ms over up to ``runs`` calls (stops early after ``budget_s``)."""
    fn()  # warm-up (plans, caches)
    times: list[float] = []
    start = time.perf_counter()
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
        if time.perf_counter() - start > budget_s:
            break
    times.sort()
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return p50, p95, len(times)


#: Text below this line of a report file survives a re-run (hand-written analysis).
KEEP_MARKER = "<!-- analysis: kept when the benchmark rewrites this file -->"


def write_report(path: Path, text: str) -> None:
    """Write a benchmark report, keeping the hand-written analysis below KEEP_MARKER of the old file."""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if KEEP_MARKER in old:
            text += "\n" + KEEP_MARKER + old.split(KEEP_MARKER, 1)[1]
    path.write_text(text, encoding="utf-8")


def pick_labels(store: Any, etype: str, n: int, seed: int) -> list[Any]:
    """``n`` labels of entities of type ``etype`` in the store, in a seeded random order."""
    import random

    q = (
        "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?e a <%s> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"
        % ("https://parkkg.org/ontology#" + etype)
    )
    labels = sorted((r["l"] for r in store.query(q)), key=lambda t: t.value)
    random.Random(seed).shuffle(labels)
    return labels[:n]


def _named_worker(
    store_path: str, text: str, binds: dict[str, Any] | list[dict[str, Any]], runs: int, budget: float, conn: Any
) -> None:
    import itertools

    from kg.rdf.query import query
    from kg.rdf.store import open_store

    try:
        st = open_store(Path(store_path), read_only=True)
        cycle = itertools.cycle(binds if isinstance(binds, list) else [binds])
        conn.send(percentiles(lambda: query(st, text, next(cycle)), runs, budget))
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        conn.send(" ".join(f"{type(exc).__name__}: {exc}".split())[:200])


def named_latency(
    store_path: Path, text: str, binds: dict[str, Any] | list[dict[str, Any]], runs: int, budget: float,
    timeout: float,
) -> tuple[float, float, int] | str | None:
    """p50/p95 of one query in a child process that is killed after ``timeout`` s.

    ``binds`` is one set of parameters, or a list the runs go through in turn (realistic
    parameters: each run asks about another name).

    A pyoxigraph query cannot be interrupted from Python, and one slow named
    query must not stall the whole benchmark; ``None`` means it timed out.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_named_worker, args=(str(store_path), text, binds, runs, budget, child))
    proc.start()
    child.close()  # so the parent sees EOF if the child dies
    try:
        if parent.poll(timeout):
            return parent.recv()
        return None
    except EOFError:
        return None
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()


def _vm_hwm_mb() -> float:
    """Peak RSS of this process image (``VmHWM`` in /proc/self/status), MB; 0 if unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _build_worker(corpus: str, store_path: str, jobs: int, conn: Any) -> None:
    """Child: a fresh-store build; sends back the summary figures and peak RSS."""
    import resource

    try:
        from kg.build import build

        s = build([Path(corpus)], store=Path(store_path), jobs=jobs, progress=False, count=False)
        conn.send(
            {
                "seconds": s.seconds,
                "documents": s.documents,
                "chars": s.chars,
                "quads": s.quads,
                "errors": len(s.errors),
                # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the
                # forked parent, so a spawned child would report the bench's own size
                "maxrss_self_mb": _vm_hwm_mb() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "maxrss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        conn.send({"error": f"{type(exc).__name__}: {exc}"})


def build_in_child(
    corpus: Path, store_path: Path, jobs: int, every: float = 0.5
) -> tuple[dict[str, Any], list[tuple[float, float, float]]]:
    """Run a build in a fresh process (clean memory figures); sample its RSS meanwhile.

    Returns the child's figures and samples ``(t, build process MB, its
    workers MB)``.  The bench process itself holds corpora, rdflib graphs
    and allocator caches, so its own RSS says little about a build's.
    """
    import multiprocessing

    import psutil

    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_build_worker, args=(str(corpus), str(store_path), jobs, child))
    proc.start()
    child.close()
    samples: list[tuple[float, float, float]] = []
    t0 = time.perf_counter()
    ps = psutil.Process(proc.pid)
    result: dict[str, Any] = {}
    while True:
        if parent.poll(every):
            result = parent.recv()
            break
        try:
            own = ps.memory_info().rss / 2**20
            kids = sum(c.memory_info().rss for c in ps.children(recursive=True)) / 2**20
            samples.append((time.perf_counter() - t0, own, kids))
        except psutil.Error:
            pass
        if not proc.is_alive():
            result = {"error": f"build process exited with code {proc.exitcode}"}
            break
    proc.join()
    return result, samples


def _spin(n: int) -> float:
    """Pure-Python CPU work; seconds taken (no I/O, no shared state)."""
    t = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - t


def cpu_scaling(n: int = 10_000_000) -> float:
    """How much faster this machine runs two CPU-bound processes than one.

    2.0 on two free cores; less when the cores are shared (SMT siblings,
    other jobs, a throttled VM).  It is the ceiling for any 2-worker speed-up.
    """
    import multiprocessing

    one = min(_spin(n) for _ in range(2))
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [n // 10, n // 10])  # start-up outside the timing
        two = max(pool.map(_spin, [n, n]))
    return 2 * one / two
