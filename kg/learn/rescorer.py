"""A learned re-scorer of rule-proposed facts: every fact gets a confidence, weak ones are dropped.

Stage ``rescore`` (after ``issuers``, before ``resolve``). Reads ``doc.facts``,
``doc.mentions``, ``doc.sentences``; writes ``Fact.confidence`` and drops facts
below the model's threshold.

Why a learned decision here: the rules propose facts by many patterns, and
whether a proposal holds depends on things no single rule sees together —
which rule fired, the types and sources of both ends, how far apart they are,
the cue words between them, the kind of sentence. A logistic regression over
those features, trained on pages the rules were never tuned on (the corpus's
*train* split, writers D–E), learns how far each kind of proposal can be
trusted on new text.

The learner is L2-regularised logistic regression fitted by Newton's method in
plain numpy: a few thousand candidate facts and about a thousand sparse
features need nothing bigger, it trains in about a second, gives the same
weights on every machine (no random state), and needs no dependency beyond
numpy at training or at run time. The model (feature weights, bias, threshold)
ships as ``kg/data/rescorer.json``; ``kg train`` rebuilds it from the repository.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from pathlib import Path

from kg.document import Document, Fact, Mention

MODEL_FILE = "rescorer.json"
_NEWLINE = re.compile("\n")
#: words between the two ends of a fact that tell how they are linked
CUES = ("签约", "签订", "签署", "投资", "建设", "位于", "落户", "入驻", "引进", "与", "在", "等", "、", "来自",
        "举行", "的", "，", "和", "将", "由", "合作", "集聚", "聚集", "获评", "入选", "认定", "印发", "发布")
DISTANCE_BUCKETS = (0, 5, 15, 40, 100, 250)
#: the regularisation of the fit: chosen with the threshold by cross-validation over writers (kg.learn.training)
L2 = 3.0


def _bucket(value: int, edges: Sequence[int]) -> int:
    """How many of the (ascending) ``edges`` ``value`` reaches."""
    return bisect.bisect_right(edges, value)


def _rule_of(f: Fact) -> str:
    """The rule feature of a fact: the rule that proposed it (``rule:context.passage_park``…)."""
    return f.extractor.split("+")[0]


def _sentence_kind(doc: Document, pos: int) -> str:
    s = doc.sentence_at(pos) if doc.sentences else None
    return s.kind if s is not None else "none"


class Starts:
    """A page's index for the features: the starts of its named Park/Company/Project mentions (to
    count those between two ends), its named mentions by start (those of a sentence), and how often
    it names each zone (the page's topic)."""

    def __init__(self, doc: Document) -> None:
        self.starts = sorted(m.start for m in doc.mentions if m.type in ("Park", "Company", "Project"))
        self.named = sorted((m for m in doc.mentions if not m.is_reference), key=lambda m: m.start)
        self.named_starts = [m.start for m in self.named]
        self.zone_count = Counter(m.text for m in self.named if m.type == "Park")
        self.top_zone = max(self.zone_count.values(), default=0)
        text = doc.text or doc.raw
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]

    def lines_between(self, a: int, b: int) -> int:
        """How many line breaks lie in ``[a, b)`` (by bisection: a passage fact spans a long stretch)."""
        return bisect.bisect_left(self.newlines, b) - bisect.bisect_left(self.newlines, a)

    def between(self, a: int, b: int) -> int:
        return bisect.bisect_left(self.starts, b) - bisect.bisect_left(self.starts, a)

    def types_in(self, a: int, b: int, s: Mention, o: Mention) -> set[str]:
        """The types of the named mentions that start in ``[a, b)``, less ``s`` and ``o``."""
        lo, hi = bisect.bisect_left(self.named_starts, a), bisect.bisect_left(self.named_starts, b)
        return {m.type for m in self.named[lo:hi] if m is not s and m is not o}


def features(doc: Document, f: Fact, starts: Starts | None = None) -> list[str]:
    """The named, binary features of one proposed fact (``starts``: the page's index, built once)."""
    text = doc.text or doc.raw
    s: Mention = f.subject
    o: Mention | None = f.obj
    p = f.predicate
    out = [f"p={p}", f"rule={_rule_of(f)}", f"p|rule={p}|{_rule_of(f)}", f"st={s.type}",
           f"ssrc={s.source}", f"p|ssrc={p}|{s.source}", f"kind={_sentence_kind(doc, s.start)}",
           f"sref={s.is_reference}", f"slen={_bucket(len(s.text), (3, 5, 8, 12))}"]
    if f.amount_yuan is not None or f.amount_text:
        out.append("amount")
    if o is None:
        out += [f"p|lit={p}|{_bucket(len(f.literal or ''), (4, 8, 14, 24))}"]
        return out
    a, b = sorted((s.end, o.start)) if s.start <= o.start else sorted((o.end, s.start))
    between = text[a:b] if b > a else ""
    d = abs(o.start - s.start)
    out += [f"ot={o.type}", f"p|st|ot={p}|{s.type}|{o.type}", f"osrc={o.source}", f"p|osrc={p}|{o.source}",
            f"dist={_bucket(d, DISTANCE_BUCKETS)}", f"p|dist={p}|{_bucket(d, DISTANCE_BUCKETS)}",
            f"order={'so' if s.start <= o.start else 'os'}", f"p|order={p}|{'so' if s.start <= o.start else 'os'}",
            f"oref={o.is_reference}", f"olevel={o.level}", f"p|olevel={p}|{o.level}",
            f"samesent={doc.sentence_at(s.start) is doc.sentence_at(o.start) if doc.sentences else True}",
            f"nested={o.start <= s.start < o.end or s.start <= o.start < s.end}"]
    out += [f"p|cue={p}|{c}" for c in CUES if c in between]
    starts = starts or Starts(doc)
    out.append(f"p|others={p}|{_bucket(starts.between(a, b), (1, 2, 4))}")
    return out + _context_features(doc, f, starts)


def _context_features(doc: Document, f: Fact, page: Starts) -> list[str]:
    """Per rule: what else the subject's sentence names, how much the page is about the object zone,
    how far apart the ends are. Why: a passage rule (context.passage_park) is right about half the
    time, and these say when — another place or zone in the sentence, a page about many zones."""
    s, o = f.subject, f.obj
    assert o is not None
    r = _rule_of(f)
    out = []
    sent = doc.sentence_at(s.start) if doc.sentences else None
    if sent is not None:
        near = page.types_in(sent.start, sent.end, s, o)
        out += [f"r|sent_{t}={r}|{t in near}" for t in ("Place", "Park", "Company")]
    if o.type == "Park":
        n = page.zone_count.get(o.text, 0)
        out += [f"r|zone_n={r}|{_bucket(n, (1, 2, 4, 8))}", f"r|zones={r}|{_bucket(len(page.zone_count), (1, 2, 4, 8))}",
                f"r|zone_top={r}|{n == page.top_zone}"]
    lo, hi = min(s.start, o.start), max(s.start, o.start)
    out += [f"r|dist={r}|{_bucket(hi - lo, (20, 60, 150, 400, 1000))}", f"r|nl={r}|{min(page.lines_between(lo, hi), 3)}"]
    return out


@dataclass
class Model:
    """Feature weights, bias and the confidence below which a fact is dropped."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def confidence(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"bias": round(self.bias, 6), "threshold": round(self.threshold, 4),
                           "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) > 1e-6}},
                          ensure_ascii=False, indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))


def fit(rows: list[list[str]], labels: list[int], l2: float = L2, iterations: int = 30) -> Model:
    """L2-regularised logistic regression by Newton's method (deterministic)."""
    import numpy as np

    vocab = sorted({x for r in rows for x in r})
    index = {x: i for i, x in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab) + 1))
    for i, r in enumerate(rows):
        for x in r:
            X[i, index[x]] = 1.0
        X[i, -1] = 1.0  # bias
    y = np.asarray(labels, dtype=float)
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return Model({x: float(w[i]) for x, i in index.items()}, float(w[-1]), 0.5)


@lru_cache(maxsize=4)
def shipped_model(file_name: str) -> Model | None:
    """A model shipped in ``kg/data`` (read once), or None when the package has none.

    Why here: every learned stage (this one, :mod:`kg.relate.passage_firms`) ships its model the same way."""
    ref = resources.files("kg").joinpath("data", file_name)
    return Model.from_json(ref.read_text(encoding="utf-8")) if ref.is_file() else None


def load_model(path: str | Path | None = None) -> Model | None:
    """The shipped model (None when the package has none: then the stage keeps every fact)."""
    if path is not None:
        return Model.from_json(Path(path).read_text(encoding="utf-8"))
    return shipped_model(MODEL_FILE)


def rescore(doc: Document, model: Model | None = None) -> Document:
    """The stage: give every fact its confidence; drop those below the model's threshold."""
    model = model or load_model()
    if model is None:
        return doc
    kept = []
    starts = Starts(doc)
    for f in doc.facts:
        f.confidence = model.confidence(features(doc, f, starts))
        if f.confidence >= model.threshold:
            kept.append(f)
    doc.facts = kept
    return doc
