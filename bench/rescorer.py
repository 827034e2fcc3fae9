"""``python -m bench.rescorer``: does the learned re-scorer beat the rules, and at which threshold?

Relation F1 of the rules alone and of the rules with the re-scorer dropping
facts below a threshold, measured (1) across the two train writers — fit on
one writer's pages, score the other's — and (2) on the dev split, fit on the
whole train split. The test split is not read here. The shipped threshold
(``kg/data/rescorer.json``) is chosen from this table: a threshold is only
worth shipping if it wins on both.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kg import pipeline, rescorer, scoreboard, training
from kg.evaluation import load_gold, predictions_from_documents, score
from kg.reading import read_file

THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5)


def _pages(manifest: str, split: str) -> list[tuple[object, object, str]]:
    stages = [(n, fn) for n, fn in pipeline.STAGES if n != "rescore"]
    corpus = scoreboard.load_corpus(manifest).select(splits=[split])
    out = []
    for set_name, gold_dir in sorted(corpus.gold_dirs.items()):
        gold = load_gold(gold_dir)
        for p in (p for p in corpus.pages if p.set == set_name):
            out.append((pipeline.process(read_file(p.path), stages), gold[p.id], p.writer))
    return out


def _f1(pages, model: rescorer.Model | None, threshold: float) -> float:
    reports = []
    for doc, gold, _w in pages:
        kept = doc.facts
        if model is not None:
            doc.facts = [f for f in kept if model.confidence(rescorer.features(doc, f)) >= threshold]
        reports.append(score({doc.id: gold}, predictions_from_documents([doc])))
        doc.facts = kept
    return scoreboard.merge(reports).relations_micro.f1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.rescorer", description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", default="tests/data/corpus/manifest.json")
    args = ap.parse_args(argv)
    train = _pages(args.manifest, "train")
    dev = _pages(args.manifest, "dev")
    head = "| scored on | fit on | rules | " + " | ".join(f"≥ {t}" for t in THRESHOLDS) + " |"
    print(head + "\n|" + "---|" * (3 + len(THRESHOLDS)))
    for held in sorted({w for _, _, w in train}):
        fit_pages = [(d, g) for d, g, w in train if w != held]
        model = rescorer.fit(*training.training_rows(fit_pages))
        test = [x for x in train if x[2] == held]
        cells = [f"{_f1(test, model, t):.3f}" for t in THRESHOLDS]
        print(f"| train writer {held} | the other train writer | {_f1(test, None, 0):.3f} | " + " | ".join(cells) + " |")
    model = rescorer.fit(*training.training_rows([(d, g) for d, g, _ in train]))
    cells = [f"{_f1(dev, model, t):.3f}" for t in THRESHOLDS]
    print(f"| dev | train | {_f1(dev, None, 0):.3f} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
