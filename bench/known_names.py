"""``python -m bench.known_names``: what the names one page teaches the others change (kg.known_names).

Each split of the corpus is read as one build: every page alone first, then — exactly as
``kg build`` does — the pages whose text holds a short form another page taught are processed
again with the build's lexicon. Printed per split: entity and relation F1 page by page and as a
build, the pages processed again, and the firms that took a legal name another page wrote (the
nodes the build joins across pages). ``--split test`` prints only these aggregates.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from kg import known_names, pipeline, scoreboard
from kg.evaluation import Report, load_gold, predictions_from_documents, score
from kg.pages import Source, document_for_path
from kg.text.reading import read_file


def _score(corpus: scoreboard.Corpus, docs: dict) -> Report:
    reports = []
    for set_name, gold_dir in sorted(corpus.gold_dirs.items()):
        gold = load_gold(gold_dir)
        for p in (p for p in corpus.pages if p.set == set_name):
            reports.append(score({docs[p.id].id: gold[p.id]}, predictions_from_documents([docs[p.id]])))
    return scoreboard.merge(reports)


def run_split(manifest: str, split: str) -> str:
    """One markdown row: the split page by page and as one build."""
    corpus = scoreboard.load_corpus(manifest).select(splits=[split])
    t0 = time.perf_counter()
    alone = {p.id: pipeline.process(read_file(p.path)) for p in corpus.pages}
    t_alone = time.perf_counter() - t0
    lexicon = known_names.lexicon(alone[k].teaches for k in sorted(alone))
    built = dict(alone)
    again = joined = 0
    t0 = time.perf_counter()
    for p in corpus.pages:
        own = alone[p.id].teaches
        need = known_names.needed(alone[p.id].raw, lexicon, own)
        if not need:
            continue
        again += 1
        src = Source(str(p.path), alone[p.id].id, tuple(need.items()),
                     tuple((n, tuple(f)) for n, f in sorted(own.items())), keep_unless_known=True)
        doc = document_for_path(p.path, "rules", None, src)
        if doc is not None:
            built[p.id] = doc
            joined += sum(1 for e in doc.entities.values() if e.type == "Company" and e.name not in doc.text)
    t_again = time.perf_counter() - t0
    a, b = _score(corpus, alone), _score(corpus, built)
    return (f"| {split} ({len(corpus.pages)} pages) | {a.entities_micro.f1:.4f} → {b.entities_micro.f1:.4f} | "
            f"{a.relations_micro.f1:.4f} → {b.relations_micro.f1:.4f} | {len(lexicon):,} | {again} | {joined} | "
            f"{t_alone:.1f} s + {t_again:.1f} s |")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.known_names", description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", default="tests/data/corpus/manifest.json")
    ap.add_argument("--split", action="append", help="dev, train, test (default: all three)")
    args = ap.parse_args(argv)
    print("| split | entity F1 alone → as a build | relation F1 | lexicon forms | pages looked at again "
          "| firms named by another page's legal name | time (alone + again) |")
    print("|---|---|---|---|---|---|---|")
    for split in args.split or ["dev", "train", "test"]:
        print(run_split(args.manifest, split), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
