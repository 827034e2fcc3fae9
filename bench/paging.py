"""``python -m bench.paging``: what a page of a named listing costs beside the whole listing.

Issue 8 asks that full listings page their results with the first page under 100 ms. A
page is the listing with ``LIMIT``/``OFFSET`` appended (:func:`kg.rdf.query.paged`); this
benchmark builds ``--pages`` generated pages (``bench.corpus``) into a store in a
temporary folder and times each listing whole, its first page and a later page, in the
same run (p50 and p95 of ``--repeat`` runs, ``bench.timing.percentiles``), so the ratio is the figure to compare.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path

#: the named queries that list every fact of a kind (top_investments sets its own LIMIT)
LISTINGS = ("policies", "parks_by_designation", "investments_by_date")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.paging", description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000, help="generated pages to build (default 3000)")
    ap.add_argument("--size", type=int, default=50, help="rows a page (default 50)")
    ap.add_argument("--repeat", type=int, default=7, help="runs of each query (default 7)")
    args = ap.parse_args(argv)
    from bench.queries import ensure_store
    from bench.timing import percentiles
    from kg.rdf.query import run_named
    from kg.rdf.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        quads = ensure_store(args.pages, Path(tmp) / "pages", Path(tmp) / "store")
        store = open_store(Path(tmp) / "store", read_only=True)
        print(f"{args.pages} pages, {quads:,} quads; p50 / p95 of {args.repeat} runs\n")
        print("| listing | rows | whole | first page | page 20 |\n|---|---|---|---|---|")
        for name in LISTINGS:
            rows = len(run_named(store, name).rows)
            cells = []
            for page in ({}, {"limit": args.size}, {"limit": args.size, "offset": 19 * args.size}):
                p50, p95, _runs = percentiles(lambda st=store, q=name, page=page: run_named(st, q, **page), args.repeat)
                cells.append(f"{p50:.1f} / {p95:.1f} ms")
            print(f"| `{name}` | {rows:,} | " + " | ".join(cells) + " |")
        del store
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
