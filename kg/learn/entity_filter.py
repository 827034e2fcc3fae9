"""Parks, firms and projects the rules found but a model doubts: dropped with their facts.

Stage ``entity_filter`` (after ``resolve``). Reads ``doc.entities``, ``doc.mentions`` and
``doc.facts``; removes the Park, Company and Project entities whose confidence is below the
model's threshold, with their mentions and every fact that names them.

Why a learned decision here: the recognisers propose names by many rules, and a name some
rule got wrong looks like a right one to that rule alone — a product word taken for a brand
(正极材料, 冷链物流), a generic zone (村级工业园), a name cut at the wrong place. What tells
them apart is seen together: which rules found it, how often the page names it, whether any
fact uses it, its length and its last characters. A logistic regression over those
features (:func:`kg.learn.rescorer.fit`), fitted by ``kg train`` on the dev and train splits and
shipped as ``kg/data/entities.json``, weighs them; the threshold is chosen by
cross-validation over whole writers (``python -m bench.rescorer``). Without a model file
the stage drops nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from kg.document import Document, Entity, Mention
from kg.learn.rescorer import Model, _bucket, shipped_model

MODEL_FILE = "entities.json"
#: the entity types the model judges (places come from the division table, agencies and
#: policies by strong cues: their precision is 0.94–0.97 already)
JUDGED = ("Park", "Company", "Project")


def features(entity: Entity, mentions: list[Mention], n_facts: int) -> list[str]:
    """The named, binary features of one entity: its type with its mentions' rules and sources,
    how many mentions and facts it has, its length and its last characters."""
    t = entity.type
    out = [f"t={t}", f"t|n={t}|{_bucket(len(mentions), (2, 3, 5))}",
           f"t|len={t}|{_bucket(len(entity.name), (3, 4, 6, 9, 14))}", f"t|end={t}|{entity.name[-2:]}",
           f"t|end1={t}|{entity.name[-1:]}", f"t|facts={t}|{_bucket(n_facts, (1, 2, 4))}",
           f"t|alias={t}|{bool(entity.aliases)}"]
    out += [f"t|rule={t}|{r}" for r in sorted({m.rule for m in mentions})]
    out += [f"t|src={t}|{s}" for s in sorted({m.source for m in mentions})]
    return out


def judged(doc: Document) -> list[tuple[str, list[str]]]:
    """(entity key, features) of every entity of a judged type."""
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        if m.entity:
            by_entity[m.entity].append(m)
    n_facts: Counter[str] = Counter()
    for f in doc.facts:
        n_facts[f.subject.entity or ""] += 1
        if f.obj is not None:
            n_facts[f.obj.entity or ""] += 1
    return [(key, features(e, by_entity.get(key, []), n_facts[key]))
            for key, e in sorted(doc.entities.items()) if e.type in JUDGED]


def load_model() -> Model | None:
    """The shipped model (None when the package has none: then the stage drops nothing)."""
    return shipped_model(MODEL_FILE)


def filter_entities(doc: Document, model: Model | None = None) -> Document:
    """The stage: drop the judged entities below the model's threshold, their mentions and facts."""
    model = model if model is not None else load_model()
    if model is None:
        return doc
    doubted = {key for key, feats in judged(doc) if model.confidence(feats) < model.threshold}
    if not doubted:
        return doc
    for key in doubted:
        del doc.entities[key]
    doc.mentions = [m for m in doc.mentions if m.entity not in doubted]
    doc.facts = [f for f in doc.facts if f.subject.entity not in doubted
                 and (f.obj is None or f.obj.entity not in doubted)]
    return doc
