"""The entity filter (kg.learn.entity_filter): doubted parks, firms and projects go with their facts."""

from __future__ import annotations

from pathlib import Path

from kg.document import Document
from kg.learn import entity_filter
from kg.learn.rescorer import Model
from kg.pipeline import STAGES, process

TEXT = "青禾新材料有限公司投资5亿元建设年产3万吨电池隔膜项目，项目位于白鹭经济开发区。"


def _before_filter(text: str) -> Document:
    return process(Document(id="t", source="t", raw=text), [(n, f) for n, f in STAGES if n != "entity_filter"])


def test_a_doubted_entity_goes_with_its_mentions_and_facts():
    doc = _before_filter(TEXT)
    firm = next(k for k, e in doc.entities.items() if e.type == "Company")
    assert any(f.subject.entity == firm for f in doc.facts)
    # a model that doubts every firm, and nothing else
    doubt_firms = Model({"t=Company": -20.0}, bias=10.0, threshold=0.5)
    entity_filter.filter_entities(doc, doubt_firms)
    assert firm not in doc.entities and all(e.type != "Company" for e in doc.entities.values())
    assert all(m.entity != firm for m in doc.mentions)
    assert all(f.subject.entity != firm and (f.obj is None or f.obj.entity != firm) for f in doc.facts)
    assert any(e.type == "Park" for e in doc.entities.values())  # the others stay


def test_places_agencies_and_policies_are_not_judged():
    doc = _before_filter("工业和信息化部印发《关于推动化工园区高质量发展的指导意见》。" + TEXT)
    types = {doc.entities[k].type for k, _feats in entity_filter.judged(doc)}
    assert types <= set(entity_filter.JUDGED)


def test_the_shipped_model_is_what_kg_train_makes_from_the_repository():
    from kg.learn.training import ENTITY_THRESHOLD, train_entity_filter

    root = Path(__file__).resolve().parent.parent
    shipped = (root / "kg" / "data" / entity_filter.MODEL_FILE).read_text(encoding="utf-8")
    model = train_entity_filter(root / "tests" / "data" / "corpus" / "manifest.json")
    assert model.threshold == ENTITY_THRESHOLD
    assert model.to_json() == shipped
