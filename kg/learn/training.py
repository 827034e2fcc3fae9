"""Training the fact re-scorer (``kg train``): corpus pages → judged facts → a fitted model.

Why apart from :mod:`kg.learn.rescorer`: training runs the pipeline and the gold scorer over
a corpus, while the re-scorer is itself a stage of that pipeline; kept in one module,
the stage and the pipeline imported each other. The model's features and the fit are
the re-scorer's (:func:`kg.learn.rescorer.features`, :func:`kg.learn.rescorer.fit`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.document import Document
from kg.learn.rescorer import Model, Starts, features, fit


def training_rows(docs_and_gold: Iterable[tuple[Document, Any]]) -> tuple[list[list[str]], list[int]]:
    """Features and labels (1 = the gold has the fact, 0 = a false positive) of every judged fact."""
    rows: list[list[str]] = []
    labels: list[int] = []
    for doc, gold in docs_and_gold:
        r, y, _n = _judged(doc, gold)
        rows += r
        labels += y
    return rows, labels


def _judged(doc: Document, gold: Any) -> tuple[list[list[str]], list[int], int]:
    """One page's judged facts (features, labels) and how many relations its gold states."""
    from kg.evaluation import predictions_from_documents, score

    facts = [f for f in doc.facts if f.subject.entity and (f.obj is None or f.obj.entity)]
    report = score({doc.id: gold}, predictions_from_documents([doc]))
    starts = Starts(doc)
    rows: list[list[str]] = []
    labels: list[int] = []
    for _doc_id, i, outcome in report.outcomes:
        if outcome in ("TP", "FP"):
            rows.append(features(doc, facts[i], starts))
            labels.append(1 if outcome == "TP" else 0)
    micro = report.relations_micro
    return rows, labels, micro.tp + micro.fn


#: the confidence below which the re-scorer drops a fact, chosen by cross-validation over writers
#: (:func:`cross_validate`, ``python -m bench.rescorer``): the best out-of-fold relation F1 on dev + train
THRESHOLD = 0.3


def train(manifest: str | Path, splits: Sequence[str] = ("dev", "train"), threshold: float = THRESHOLD) -> Model:
    """Fit the model on the pages of ``splits`` of a corpus manifest, run without this stage.

    Why dev too: the model decides by rule, and a rule's precision on the pages it was tuned on
    (dev) overstates it; but with writers' pages grouped into folds, a model fitted on some writers
    and judged on others gains on them (:func:`cross_validate`), and the test split, never read,
    says whether the stage is kept (README, "Learned decisions").
    """
    judged = judged_by_writer(manifest, splits)
    model = fit(judged.rows, judged.labels)
    model.threshold = threshold
    return model


@dataclass
class Judged:
    """Every judged item of some pages (a fact, or an entity: features, 1 = right), its page's writer,
    and how many the gold of those pages states (for F1: the ones not proposed count as misses)."""

    rows: list[list[str]]
    labels: list[int]
    writers: list[str]
    gold_total: int

    def f1(self, keep: Sequence[bool]) -> float:
        """F1 when only the items ``keep`` marks are kept."""
        tp = sum(y for y, k in zip(self.labels, keep, strict=True) if k)
        fp = sum(1 - y for y, k in zip(self.labels, keep, strict=True) if k)
        return 2 * tp / (2 * tp + fp + self.gold_total - tp) if self.gold_total else 0.0


def _writers(manifest: str | Path) -> dict[str, str]:
    """Each page's writer (a set of the earlier project pages counts as one writer of its own)."""
    import json

    sets = json.loads(Path(manifest).read_text(encoding="utf-8"))["sets"]
    return {p["id"]: s["writer"] if s["writer"] != "project" else s["name"] for s in sets for p in s["pages"]}


def judged_by_writer(manifest: str | Path, splits: Sequence[str]) -> Judged:
    """The judged facts of ``splits`` (run without the learned stages), each with its page's writer."""
    from kg import pipeline

    writer = _writers(manifest)
    stages = [(n, fn) for n, fn in pipeline.STAGES if n not in ("rescore", "passage_firms", "entity_filter")]
    out = Judged([], [], [], 0)
    for doc, gold in _processed_pages(manifest, splits, stages):
        r, y, n = _judged(doc, gold)
        out.rows += r
        out.labels += y
        out.writers += [writer.get(doc.id, "?")] * len(r)
        out.gold_total += n
    return out


def cross_validate(judged: Judged, folds: int = 5) -> list[float]:
    """Each fact's confidence from a model fitted on the other writers' folds (writers dealt to
    ``folds`` folds in name order): how a threshold does on writers the model never saw."""
    order = sorted(set(judged.writers))
    fold = {w: i % folds for i, w in enumerate(order)}
    conf = [0.0] * len(judged.rows)
    for k in range(folds):
        model = fit([r for r, w in zip(judged.rows, judged.writers, strict=True) if fold[w] != k],
                    [y for y, w in zip(judged.labels, judged.writers, strict=True) if fold[w] != k])
        for i, w in enumerate(judged.writers):
            if fold[w] == k:
                conf[i] = model.confidence(judged.rows[i])
    return conf


def passage_firm_rows(docs_and_gold: Iterable[tuple[Document, Any]]) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every firm → zone candidate of :mod:`kg.relate.passage_firms`, judged by the gold.

    Each document comes from the stages before ``passage_firms``; every candidate is added,
    the page resolved and scored, and a candidate is positive when the gold has its fact.
    """
    from kg.evaluation import predictions_from_documents, score
    from kg.relate.passage_firms import proposals
    from kg.resolve.resolution import resolve

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
    from kg.text.reading import read_file

    corpus = scoreboard.load_corpus(manifest).select(splits=list(splits))
    pairs = []
    for set_name, gold_dir in sorted(corpus.gold_dirs.items()):
        gold = load_gold(gold_dir)
        for page in (p for p in corpus.pages if p.set == set_name):
            pairs.append((pipeline.process(read_file(page.path), stages), gold[page.id]))
    return pairs


def train_passage_firms(manifest: str | Path, splits: Sequence[str] = ("dev", "train"), threshold: float = 0.5) -> Model:
    """Fit the firm → passage-zone model (:mod:`kg.relate.passage_firms`) on the pages of ``splits``.

    Why dev too: no rule was ever tuned to these candidates, and with the train writers
    alone there were 24 positive pairs; the test split alone says whether it is kept.
    """
    rows, labels = passage_firm_rows(passage_firm_pages(manifest, splits))
    model = fit(rows, labels)
    model.threshold = threshold
    return model


#: the confidence below which the entity filter drops a park, firm or project, chosen by
#: cross-validation over writers like :data:`THRESHOLD` (``python -m bench.rescorer``)
ENTITY_THRESHOLD = 0.3


def judged_entities(manifest: str | Path, splits: Sequence[str]) -> Judged:
    """Every Park/Company/Project entity of ``splits`` (run without the entity filter), 1 unless the
    scorer counts it a false positive, with its page's writer (``gold_total``: the gold
    entities of the judged types)."""
    from kg import pipeline
    from kg.evaluation import predictions_from_documents, score
    from kg.learn import entity_filter

    writer = _writers(manifest)
    stages = [(n, fn) for n, fn in pipeline.STAGES if n != "entity_filter"]
    out = Judged([], [], [], 0)
    for doc, gold in _processed_pages(manifest, splits, stages):
        report = score({doc.id: gold}, predictions_from_documents([doc]))
        wrong = {(e.group, e.text.split(" (aka")[0]) for e in report.errors if e.kind == "FP"}
        for key, feats in entity_filter.judged(doc):
            e = doc.entities[key]
            out.rows.append(feats)
            out.labels.append(0 if (e.type, e.name) in wrong else 1)
            out.writers.append(writer.get(doc.id, "?"))
        out.gold_total += sum(report.entities[t].tp + report.entities[t].fn for t in entity_filter.JUDGED)
    return out


def train_entity_filter(manifest: str | Path, splits: Sequence[str] = ("dev", "train"),
                        threshold: float = ENTITY_THRESHOLD) -> Model:
    """Fit the entity filter (:mod:`kg.learn.entity_filter`) on the pages of ``splits``."""
    judged = judged_entities(manifest, splits)
    model = fit(judged.rows, judged.labels)
    model.threshold = threshold
    return model
