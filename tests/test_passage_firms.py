"""Firms a zone's passage names without saying where they are (kg.relate.passage_firms): proposed, decided by a model."""

from __future__ import annotations

from pathlib import Path

from kg.document import Document
from kg.learn.rescorer import Model
from kg.pipeline import process_before, process_text
from kg.relate import passage_firms

ROOT = Path(__file__).resolve().parent.parent


def _firm_zone(doc: Document) -> set[tuple[str, str]]:
    return {(f.subject.text, f.obj.text) for f in doc.facts
            if f.predicate == "locatedIn" and f.extractor == "rule:context.passage_firm" and f.obj is not None}


def test_firms_gathered_in_the_zone_its_passage_is_about_lie_in_it():
    doc = process_text(passage_firms.RULES["context.passage_firm"].example)
    assert _firm_zone(doc) == {("华禾电子有限公司", "青川经济开发区"), ("川源精密有限公司", "青川经济开发区")}
    assert all(0.5 <= f.confidence < 1.0 for f in doc.facts if f.extractor == "rule:context.passage_firm")


def test_a_firm_from_another_city_that_signs_with_the_zone_is_not_placed_in_it():
    doc = process_text("青川经济开发区今年新签约项目12个。来自深圳的华禾电子有限公司与园区签订合作协议。")
    assert not _firm_zone(doc)


def test_a_firm_another_sentence_places_is_no_candidate():
    doc = process_before(Document(id="x", source="x", raw=(
        "青川经济开发区是省级开发区。华禾电子有限公司在白鹭工业园投资建设电池项目。")), "passage_firms")
    assert not [p for p in passage_firms.candidates(doc) if p[0].text == "华禾电子有限公司"]


def test_without_a_model_the_stage_adds_nothing_and_keep_all_adds_every_candidate():
    text = passage_firms.RULES["context.passage_firm"].example
    before = process_before(Document(id="x", source="x", raw=text), "passage_firms")
    n = len(before.facts)
    none = Model({}, bias=-10.0, threshold=0.5)
    assert len(passage_firms.place_passage_firms(before, none).facts) == n
    assert len(passage_firms.place_passage_firms(before, keep_all=True).facts) == n + 2


def test_the_shipped_model_is_what_kg_train_makes_from_the_repository():
    """kg train is deterministic, and kg/data/passage_firms.json is its output (retrain after an
    extractor change)."""
    from kg.learn.training import train_passage_firms

    shipped = (ROOT / "kg" / "data" / "passage_firms.json").read_text(encoding="utf-8")
    assert train_passage_firms(ROOT / "tests" / "data" / "corpus" / "manifest.json").to_json() == shipped
