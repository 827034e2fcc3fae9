"""``python -m bench.layout``: the store's size on disk beside the plain layout of the same facts.

Issue 8 asks that the store take at most 1.2× the disk of a *plain layout* of the same
facts and provenance. The plain layout written here is the one a user without named
graphs would choose: every triple once in the default graph (this is what the store's
canonical graph already holds: facts, entity descriptions, each fact's provenance about
its fact IRI, the pages' metadata), and each fact tied to its triple by a statement node
(``rdf:subject``/``rdf:predicate``/``rdf:object`` on the fact IRI) plus, for an
investment, its amount and amount text on that node (what the fact graph pairs). Both
stores are bulk-loaded by Oxigraph and compacted (``optimize``) before they are measured,
in the same run. The store is ``--store`` (e.g. the 8,500-page store of ``bench.queries``)
or a fresh build of ``--pages`` generated pages.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def disk_bytes(folder: Path) -> int:
    """Bytes of the files under ``folder``."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def plain_triples(store: Any) -> Iterator[Any]:
    """The default-graph triples of the plain layout of ``store``'s facts and provenance."""
    import pyoxigraph as ox

    subject, predicate, obj = (ox.NamedNode(RDF + x) for x in ("subject", "predicate", "object"))
    yield from (ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    for q in store.quads_for_pattern(None, None, None, None):
        g = q.graph_name
        if isinstance(g, ox.DefaultGraph) or "/graph/fact/" not in g.value:
            continue
        node = ox.NamedNode(g.value)  # the fact IRI: its provenance is already on it
        if q.predicate.value.endswith(("#investmentAmount", "#amountText", "#currency")):
            yield ox.Quad(node, q.predicate, q.object)
        else:
            yield from (ox.Quad(node, subject, q.subject), ox.Quad(node, predicate, q.predicate),
                        ox.Quad(node, obj, q.object))


def measure(store_path: Path, work: Path) -> tuple[int, int, int, int]:
    """(quads, bytes) of the store compacted, and (triples, bytes) of its plain layout."""
    import pyoxigraph as ox

    from kg.rdf.store import open_store

    store = open_store(store_path)
    store.optimize()
    plain = ox.Store(str(work / "plain"))
    plain.bulk_extend(plain_triples(store))
    plain.optimize()
    quads, triples = len(store), len(plain)
    del store, plain  # closed: files the compaction made obsolete are gone
    gc.collect()
    return quads, disk_bytes(store_path), triples, disk_bytes(work / "plain")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.layout", description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="measure this store (it is compacted first)")
    ap.add_argument("--pages", type=int, default=3000, help="generated pages to build when no --store is given")
    args = ap.parse_args(argv)
    if args.store and not Path(args.store).is_dir():
        ap.error(f"--store {args.store} is no store folder (build one with kg build, or leave --store out)")
    from bench.queries import ensure_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.store) if args.store else Path(tmp) / "store"
        if not args.store:
            ensure_store(args.pages, Path(tmp) / "pages", path)
        quads, ours, triples, plain = measure(path, Path(tmp))
    print(f"| layout | quads or triples | disk (compacted) |\n|---|---|---|\n"
          f"| parkkg: page graphs + canonical graph | {quads:,} | {ours / 1e6:.0f} MB |\n"
          f"| plain: one graph, a statement node a fact | {triples:,} | {plain / 1e6:.0f} MB |\n"
          f"\nratio {ours / plain:.2f}× (issue 8's target: ≤ 1.2×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
