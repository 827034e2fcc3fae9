"""Training the fact re-scorer (``kg train``): corpus pages → judged facts → a fitted model.

Why apart from :mod:`kg.rescorer`: training runs the pipeline and the gold scorer over
a corpus, while the re-scorer is itself a stage of that pipeline; kept in one module,
the stage and the pipeline imported each other. The model's features and the fit are
the re-scorer's (:func:`kg.rescorer.features`, :func:`kg.rescorer.fit`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.document import Document
from kg.rescorer import Model, Starts, features, fit


def training_rows(docs_and_gold: Iterable[tuple[Document, Any]]) -> tuple[list[list[str]], list[int]]:
    """Features and labels (1 = the gold has the fact, 0 = a false positive) of every judged fact."""
    from kg.evaluation import predictions_from_documents, score

    rows: list[list[str]] = []
    labels: list[int] = []
    for doc, gold in docs_and_gold:
        facts = [f for f in doc.facts if f.subject.entity and (f.obj is None or f.obj.entity)]
        pred = predictions_from_documents([doc])[doc.id]
        report = score({doc.id: gold}, {doc.id: pred})
        starts = Starts(doc)
        for _doc_id, i, outcome in report.outcomes:
            if outcome in ("TP", "FP"):
                rows.append(features(doc, facts[i], starts))
                labels.append(1 if outcome == "TP" else 0)
    return rows, labels


def train(manifest: str | Path, splits: Sequence[str] = ("train",), threshold: float = 0.0) -> Model:
    """Fit the model on the pages of ``splits`` of a corpus manifest, run without this stage.

    ``threshold`` is the confidence below which the stage drops a fact. It ships at 0
    (every fact kept, each with its confidence): measured on the dev split, any
    threshold that helped across the two train writers cost relation F1 there
    (README, "Learned decisions").
    """
    from kg import pipeline

    stages = [(n, fn) for n, fn in pipeline.STAGES if n not in ("rescore", "passage_firms")]
    rows, labels = training_rows(_processed_pages(manifest, splits, stages))
    model = fit(rows, labels)
    model.threshold = threshold
    return model


def passage_firm_rows(docs_and_gold: Iterable[tuple[Document, Any]]) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every firm → zone candidate of :mod:`kg.passage_firms`, judged by the gold.

    Each document comes from the stages before ``passage_firms``; every candidate is added,
    the page resolved and scored, and a candidate is positive when the gold has its fact.
    """
    from kg.evaluation import predictions_from_documents, score
    from kg.passage_firms import proposals
    from kg.resolution import resolve

    rows: list[list[str]] = []
    labels: list[int] = []
    for doc, gold in docs_and_gold:
        feats = {}
        for f, x in proposals(doc):
            doc.facts.append(f)
            feats[id(f)] = x
        resolve(doc)
        facts = [f for f in doc.facts if f.subject.entity and (f.obj is None or f.obj.entity)]
        report = score({doc.id: gold}, {doc.id: predictions_from_documents([doc])[doc.id]})
        for _doc_id, i, outcome in report.outcomes:
            if outcome in ("TP", "FP") and id(facts[i]) in feats:
                rows.append(feats[id(facts[i])])
                labels.append(1 if outcome == "TP" else 0)
    return rows, labels


def passage_firm_pages(manifest: str | Path, splits: Sequence[str]) -> list[tuple[Document, Any]]:
    """The pages of ``splits`` run through the stages before ``passage_firms``, with their gold."""
    from kg import pipeline

    names = [n for n, _ in pipeline.STAGES]
    stages = [(n, fn) for n, fn in pipeline.STAGES[: names.index("passage_firms")] if n != "rescore"]
    return _processed_pages(manifest, splits, stages)


def _processed_pages(manifest: str | Path, splits: Sequence[str], stages: list) -> list[tuple[Document, Any]]:
    """Every page of ``splits`` of a corpus manifest run through ``stages``, with its gold."""
    from kg import pipeline, scoreboard
    from kg.evaluation import load_gold
    from kg.reading import read_file

    corpus = scoreboard.load_corpus(manifest).select(splits=list(splits))
    pairs = []
    for set_name, gold_dir in sorted(corpus.gold_dirs.items()):
        gold = load_gold(gold_dir)
        for page in (p for p in corpus.pages if p.set == set_name):
            pairs.append((pipeline.process(read_file(page.path), stages), gold[page.id]))
    return pairs


def train_passage_firms(manifest: str | Path, splits: Sequence[str] = ("dev", "train"), threshold: float = 0.5) -> Model:
    """Fit the firm → passage-zone model (:mod:`kg.passage_firms`) on the pages of ``splits``.

    Why dev too: no rule was ever tuned to these candidates, and with the train writers
    alone there were 24 positive pairs; the test split alone says whether it is kept.
    """
    rows, labels = passage_firm_rows(passage_firm_pages(manifest, splits))
    model = fit(rows, labels)
    model.threshold = threshold
    return model
