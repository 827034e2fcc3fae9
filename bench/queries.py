"""``python -m bench.queries``: how fast the questions users ask are answered, on a big store.

Issue 8's query benchmark. It builds (or reuses, ``--store``) a store of generated
pages (``bench.corpus``; 8,500 pages give about 1.6M quads) and times, with
realistic parameters (each run asks about another name taken from the store):

* every shipped named query (``kg/rdf/queries/*.rq``);
* five *naive* queries: the obvious SPARQL a user writes first, with no knowledge
  of the layout (projects in a province; firms in a park; policies of an agency;
  facts with evidence about a name; designations of a park). Their rows are
  counted beside their distinct rows: on a store without the canonical graph
  (``kg.rdf.store``) the default graph is the union of the page graphs, a bag, and
  the obvious query repeats one fact once per page that mentions its entities.

Each naive query also runs on rdflib's in-memory ``Dataset`` (the same default
graph: canonical, or the union on an older store) in the same run, over a smaller store of the first ``--rdflib-pages``
pages (rdflib takes minutes to load a million quads), and on Oxigraph over that
same small store, so the engines are compared on the same data. Queries run in
a child process killed after ``--timeout`` seconds (a pyoxigraph query cannot be
interrupted from Python). ``--out FILE`` writes the report as markdown.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.corpus import write_corpus
from bench.timing import named_latency, percentiles, pick_labels, write_report

#: name → (SPARQL, parameter, entity type its values are drawn from, the ending those values need).
#: (kg.rdf.query asks that a bound parameter be in the projection, hence ?place etc. in each SELECT.)
NAIVE: dict[str, tuple[str, str, str, str]] = {
    "projects in a province": (
        """SELECT ?place ?project ?amount WHERE {
  ?p rdfs:label ?place . ?x (kg:locatedIn|kg:partOf)* ?p .
  ?pr kg:locatedIn ?x ; a kg:Project ; rdfs:label ?project .
  OPTIONAL { ?pr kg:investmentAmount ?amount } }""",
        "place", "Place", "省",
    ),
    "firms in a park": (
        """SELECT ?park ?company WHERE {
  ?k rdfs:label ?park . ?c kg:locatedIn ?k ; a kg:Company ; rdfs:label ?company }""",
        "park", "Park", "",
    ),
    "policies of an agency": (
        """SELECT ?agency ?policy WHERE {
  ?a rdfs:label ?agency . ?pol kg:issuedBy ?a ; rdfs:label ?policy }""",
        "agency", "Agency", "",
    ),
    "facts with evidence about a name": (
        """SELECT ?name ?relation ?other ?evidence WHERE {
  ?e rdfs:label ?name . GRAPH ?g { ?e ?relation ?other } ?g kg:evidence ?evidence }""",
        "name", "Company", "",
    ),
    "designations of a park": (
        """SELECT ?park ?title WHERE { ?k rdfs:label ?park ; kg:designatedAs ?title }""",
        "park", "Park", "",
    ),
}

#: the previous texts of the named queries a pass rewrote, timed beside them in the same run
#: (the machine is shared: only figures from one run compare) and checked to give the same rows
BASELINE_DIR = Path(__file__).resolve().parent / "baseline_queries"

#: named query parameter → entity type its realistic values come from (place: provinces)
NAMED_PARAMS = {"name": ("Company", ""), "place": ("Place", "省"), "park": ("Park", ""),
                "agency": ("Agency", "")}


def ensure_store(pages: int, folder: Path, store: Path) -> int:
    """A store of the first ``pages`` generated pages at ``store`` (built once); returns its quads."""
    from kg.build import build
    from kg.rdf.store import open_store

    if not store.exists():
        write_corpus(folder, pages)
        build([folder], store=store, jobs=2, progress=False)
    return len(open_store(store, read_only=True))


def samples(store: Any, etype: str, must_end: str, n: int, seed: int) -> list[Any]:
    """Up to ``n`` labels of ``etype`` (ending with ``must_end``, when given) as parameter values."""
    labels = pick_labels(store, etype, 5000, seed)
    return [x for x in labels if x.value.endswith(must_end)][:n] or labels[:n]


def rows_and_distinct(store: Any, sparql: str, binds: list[dict[str, Any]]) -> tuple[float, float]:
    """Mean rows and mean distinct rows of a query over the given parameters."""
    from kg.rdf.query import query

    rows = [query(store, sparql, b).rows for b in binds]
    return (sum(len(r) for r in rows) / len(rows), sum(len(set(map(tuple, r))) for r in rows) / len(rows))


def rdflib_dataset(store: Any) -> Any:
    """The store's quads in an rdflib ``Dataset`` whose default graph is the store's."""
    import pyoxigraph
    import rdflib

    from kg.rdf.store import default_is_union

    ds = rdflib.Dataset(default_union=default_is_union(store))
    ds.parse(data=store.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode(), format="nquads")
    return ds


def rdflib_latency(ds: Any, sparql: str, binds: list[dict[str, Any]], runs: int, budget: float) -> tuple[float, float, int]:
    import itertools

    import rdflib

    from kg.rdf import namespaces as ns

    cycle = itertools.cycle(
        [{k: rdflib.Literal(v.value, lang=v.language) for k, v in b.items()} for b in binds])

    def once() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            list(ds.query(sparql, initNs=ns.PREFIXES, initBindings=next(cycle)))

    return percentiles(once, runs, budget)


def _cells(row: Sequence[Any]) -> tuple[str, ...]:
    """A row with each GROUP_CONCAT list (…、…) sorted: its order is the engine's to choose."""
    return tuple("、".join(sorted(str(v).split("、"))) if v is not None else "" for v in row)


def same_rows(store: Any, before: str, after: str, binds: list[dict[str, Any]]) -> str:
    """Whether two texts of a query give the same rows, in the same order, for the first
    parameter sets: "same"; "same rows" when only rows that tie on the sort keys came in
    another order; else how many parameter sets give other rows (a rewrite that fixes a bug
    says so in its commit)."""
    from kg.rdf.query import query

    ordered = other = 0
    for b in binds:
        x, y = ([_cells(r) for r in query(store, q, b).rows] for q in (before, after))
        ordered += x != y
        other += sorted(x) != sorted(y)
    if other:
        return f"{other} of {len(binds)} differ"
    return "same" if not ordered else f"same rows ({ordered} of {len(binds)}: ties in another order)"


def _fmt(res: tuple[float, float, int] | str | None, timeout: float) -> str:
    if res is None:
        return f"> {timeout:.0f} s"
    if isinstance(res, str):
        return "error: " + res
    return f"{res[0]:.1f} / {res[1]:.1f}"


def run(args: argparse.Namespace) -> list[str]:
    from kg.rdf.query import named_queries
    from kg.rdf.store import open_store

    work = Path(args.work)
    big_path = Path(args.store) if args.store else work / f"store{args.pages}"
    t = time.perf_counter()
    n_big = ensure_store(args.pages, work / f"pages{args.pages}", big_path)
    small_path = work / f"store{args.rdflib_pages}"
    n_small = ensure_store(args.rdflib_pages, work / f"pages{args.rdflib_pages}", small_path)
    built = time.perf_counter() - t
    big, small = open_store(big_path, read_only=True), open_store(small_path, read_only=True)
    out = [f"Stores: {n_big:,} quads with the canonical graph (Oxigraph, on disk) and {n_small:,} quads (the first "
           f"{args.rdflib_pages:,} pages, for rdflib); ready in {built:.0f} s. p50 / p95 in ms, "
           f"{args.runs} runs at most, each with another parameter value.", ""]

    out += ["| named query | Oxigraph, big store | its previous text, same run | rows | parameters |",
            "|---|---|---|---|---|"]
    for name, nq in named_queries().items():
        binds = [nq.bindings()]
        vals = {p: samples(big, *NAMED_PARAMS[p], args.runs, args.seed) for p in nq.params if p in NAMED_PARAMS}
        if vals:
            binds = [nq.bindings(**{p: v[i % len(v)].value for p, v in vals.items()}) for i in range(args.runs)]
        res = named_latency(big_path, nq.text, binds, args.runs, args.budget, args.timeout)
        before, rows = "—", "—"
        old = BASELINE_DIR / f"{name}.rq"
        if old.exists():
            text = old.read_text(encoding="utf-8")
            before = _fmt(named_latency(big_path, text, binds, args.runs, args.budget, args.timeout), args.timeout)
            rows = same_rows(big, text, nq.text, binds[:args.check])
        out.append(f"| `{name}` | {_fmt(res, args.timeout)} | {before} | {rows} | {len(binds)} sets, e.g. "
                   f"{ {k: getattr(v, 'value', v) for k, v in binds[0].items()} } |")
    out += ["", "| naive query | Oxigraph, big store | rows / distinct rows (big) | Oxigraph, small store "
            "| rdflib, small store |", "|---|---|---|---|---|"]
    ds = rdflib_dataset(small)
    for name, (sparql, param, etype, must_end) in NAIVE.items():
        big_binds = [{param: v} for v in samples(big, etype, must_end, args.runs, args.seed)]
        small_binds = [{param: v} for v in samples(small, etype, must_end, args.runs, args.seed)]
        ox_big = named_latency(big_path, sparql, big_binds, args.runs, args.budget, args.timeout)
        counts = rows_and_distinct(big, sparql, big_binds[:5]) if not isinstance(ox_big, str) and ox_big else None
        ox_small = named_latency(small_path, sparql, small_binds, args.runs, args.budget, args.timeout)
        rl = rdflib_latency(ds, sparql, small_binds, args.runs, args.budget)
        shown = f"{counts[0]:.1f} / {counts[1]:.1f}" if counts else "—"
        out.append(f"| {name} | {_fmt(ox_big, args.timeout)} | {shown} | "
                   f"{_fmt(ox_small, args.timeout)} | {_fmt(rl, args.timeout)} |")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.queries", description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=8500, help="generated pages in the big store (8,500 ≈ 1.6M quads)")
    ap.add_argument("--rdflib-pages", type=int, default=800, help="pages in the small store rdflib loads")
    ap.add_argument("--store", help="reuse this big store instead of building one")
    ap.add_argument("--work", default="/tmp/parkkg-bench-queries", help="where pages and stores are kept between runs")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--budget", type=float, default=10.0, help="seconds of timing per query at most")
    ap.add_argument("--timeout", type=float, default=60.0, help="a query's child process is killed after this")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", type=int, default=20, help="parameter sets on which a rewritten query's rows are compared with its previous text's")
    ap.add_argument("--out", help="also write the report to this markdown file")
    args = ap.parse_args(argv)
    lines = run(args)
    print("\n".join(lines))
    if args.out:
        write_report(Path(args.out), "# Query benchmark (`python -m bench.queries`)\n\n" + "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
