"""``python -m bench.paging``: what a page of a named listing costs beside the whole listing.

Issue 8 asks that full listings page their results with the first page under 100 ms. A
page is the listing with ``LIMIT``/``OFFSET`` appended (:func:`kg.query.paged`); this
benchmark builds ``--pages`` generated pages (``bench.corpus``) into a store in a
temporary folder and times each listing whole, its first page and a later page, in the
same run (p50 and max of ``--repeat`` runs), so the ratio is the figure to compare.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

#: the named queries that list every fact of a kind (top_investments sets its own LIMIT)
LISTINGS = ("policies", "parks_by_designation", "investments_by_date")


def timed(store, name: str, repeat: int, **page: int) -> tuple[int, float, float]:
    """Rows, p50 and max milliseconds of ``repeat`` runs of a named query (or one page of it)."""
    from kg.query import run_named

    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = len(run_named(store, name, **page).rows)
        times.append((time.perf_counter() - t) * 1000)
    return rows, statistics.median(times), max(times)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.paging", description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000, help="generated pages to build (default 3000)")
    ap.add_argument("--size", type=int, default=50, help="rows a page (default 50)")
    ap.add_argument("--repeat", type=int, default=7, help="runs of each query (default 7)")
    args = ap.parse_args(argv)
    from bench.corpus import write_corpus
    from kg.build import build
    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        write_corpus(base / "pages", args.pages)
        build([base / "pages"], store=base / "store", jobs=2, progress=False)
        store = open_store(base / "store", read_only=True)
        print(f"{args.pages} pages, {len(store):,} quads; p50 / max of {args.repeat} runs\n")
        print("| listing | rows | whole | first page | page 20 |\n|---|---|---|---|---|")
        for name in LISTINGS:
            rows, whole, whole_max = timed(store, name, args.repeat)
            _, first, first_max = timed(store, name, args.repeat, limit=args.size)
            _, later, later_max = timed(store, name, args.repeat, limit=args.size, offset=19 * args.size)
            print(f"| `{name}` | {rows:,} | {whole:.1f} / {whole_max:.1f} ms | {first:.1f} / {first_max:.1f} ms"
                  f" | {later:.1f} / {later_max:.1f} ms |")
        del store
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
