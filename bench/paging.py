"""``python -m bench.paging``: what a page of a named listing costs beside the whole listing.

Issue 8 asks that full listings page their results with the first page under 100 ms. A
page is the listing with ``LIMIT``/``OFFSET`` appended, or cut where the query marks it
(:func:`kg.rdf.query.paged`); this benchmark builds ``--pages`` generated pages
(``bench.corpus``) into a store in a temporary folder (or reads ``--store``) and times each
listing whole, its first page and a later page, in the same run (p50 and p95 of
``--repeat`` runs, ``bench.timing.percentiles``), so the ratio is the figure to compare.
``projects_by_place`` is timed for the province with the most projects.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path

#: the named queries that list every fact of a kind (top_investments sets its own LIMIT),
#: and the one whose rows for a province are a listing too
LISTINGS = ("policies", "parks_by_designation", "investments_by_date", "projects_by_place")

#: the province with the most projects located in it directly
_BIGGEST_PROVINCE = """SELECT ?name WHERE { ?p a kg:Province ; rdfs:label ?name .
  ?pr kg:locatedIn/kg:partOf* ?p ; a kg:Project } GROUP BY ?name ORDER BY DESC(COUNT(?pr)) LIMIT 1"""


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.paging", description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000, help="generated pages to build (default 3000)")
    ap.add_argument("--size", type=int, default=50, help="rows a page (default 50)")
    ap.add_argument("--repeat", type=int, default=7, help="runs of each query (default 7)")
    ap.add_argument("--store", help="time on this store instead of building one (e.g. bench.queries' 8,500-page store)")
    args = ap.parse_args(argv)
    if args.store and not Path(args.store).is_dir():
        ap.error(f"--store {args.store} is no store folder (build one with kg build, or leave --store out)")
    from bench.queries import ensure_store
    from bench.timing import percentiles
    from kg.rdf.query import query, run_named
    from kg.rdf.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.store) if args.store else Path(tmp) / "store"
        quads = len(open_store(path, read_only=True)) if args.store else ensure_store(args.pages, Path(tmp) / "pages", path)
        store = open_store(path, read_only=True)
        print(f"{args.store or str(args.pages) + ' pages'}: {quads:,} quads; p50 / p95 of {args.repeat} runs\n")
        print("| listing | rows | whole | first page | page 20 |\n|---|---|---|---|---|")
        province = next(iter(query(store, _BIGGEST_PROVINCE).rows), ("山西省",))[0]
        for name in LISTINGS:
            params = {"place": province} if name == "projects_by_place" else {}
            rows = len(run_named(store, name, **params).rows)
            cells = []
            for page in ({}, {"limit": args.size}, {"limit": args.size, "offset": 19 * args.size}):
                p50, p95, _runs = percentiles(
                    lambda st=store, q=name, page=page, kw=params: run_named(st, q, **page, **kw), args.repeat)
                cells.append(f"{p50:.1f} / {p95:.1f} ms")
            shown = f"`{name}` ({province})" if params else f"`{name}`"
            print(f"| {shown} | {rows:,} | " + " | ".join(cells) + " |")
        del store
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
