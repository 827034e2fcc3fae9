"""``python -m bench.rescorer``: do the learned filters beat the rules, and at which threshold?

1. The thresholds: on the dev and train splits, F1 when the items below each threshold are
   dropped, every item judged by a model fitted on the *other* writers' pages (five folds of
   whole writers, :func:`kg.learn.training.cross_validate`): relation F1 for the fact re-scorer
   (``kg.learn.training.THRESHOLD``), Park/Company/Project F1 for the entity filter
   (``kg.learn.training.ENTITY_THRESHOLD``). Each shipped threshold is the best of its row; the test
   split plays no part in it.
2. Whether the stages are kept: the test split (writers never read), rules only, + the
   re-scorer, + the entity filter. Only these aggregates are printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kg import pipeline, scoreboard
from kg.evaluation import Report, load_gold, predictions_from_documents, score
from kg.learn import training
from kg.text.reading import read_file

THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def _test_report(manifest: str, stages: list) -> Report:
    corpus = scoreboard.load_corpus(manifest).select(splits=["test"])
    reports = []
    for set_name, gold_dir in sorted(corpus.gold_dirs.items()):
        gold = load_gold(gold_dir)
        for p in (p for p in corpus.pages if p.set == set_name):
            doc = pipeline.process(read_file(p.path), stages)
            reports.append(score({doc.id: gold[p.id]}, predictions_from_documents([doc])))
    return scoreboard.merge(reports)


def _cell(r: Report) -> str:
    per = ", ".join(f"{k} {v.f1:.3f}" for k, v in sorted(r.relations.items()) if v.tp + v.fn)
    m = r.relations_micro
    return f"{r.entities_micro.f1:.3f} | **{m.f1:.3f}** ({m.tp} right, {m.fp} wrong; {per})"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.rescorer", description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", default="tests/data/corpus/manifest.json")
    args = ap.parse_args(argv)
    judged = training.judged_by_writer(args.manifest, ("dev", "train"))
    entities = training.judged_entities(args.manifest, ("dev", "train"))
    print("| threshold | " + " | ".join(f"{t:.1f}" for t in THRESHOLDS) + " |")
    print("|---|" + "---|" * len(THRESHOLDS))
    for what, j in (("dev + train, relation F1 out of fold (re-scorer)", judged),
                    ("dev + train, Park/Company/Project F1 out of fold (entity filter)", entities)):
        conf = training.cross_validate(j)
        print(f"| {what} | " + " | ".join(f"{j.f1([c >= t for c in conf]):.3f}" for t in THRESHOLDS) + " |")
    rules_only = [(n, fn) for n, fn in pipeline.STAGES if n not in ("rescore", "entity_filter")]
    rescored = [(n, fn) for n, fn in pipeline.STAGES if n != "entity_filter"]
    print()
    print("| test split (never read) | entity F1 | relation F1 |")
    print("|---|---|---|")
    print(f"| rules only | {_cell(_test_report(args.manifest, rules_only))} |")
    print(f"| + re-scorer (threshold {training.THRESHOLD}) | {_cell(_test_report(args.manifest, rescored))} |")
    print(f"| + entity filter (threshold {training.ENTITY_THRESHOLD}) | "
          f"{_cell(_test_report(args.manifest, pipeline.STAGES))} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
