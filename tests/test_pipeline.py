"""The pipeline wiring: stage order and an end-to-end page written for the test."""

from pathlib import Path

import pytest

from kg.document import Document
from kg.pipeline import STAGES, process, process_text

PAGE = """嘉兴经开区加快项目建设

本报记者 李明

3月18日，浙江省嘉兴市嘉兴经济技术开发区与浙江顺达食品有限公司签约，
顺达食品计划总投资6.5亿元建设年产8万吨休闲食品项目。该项目投产后年产
值可达20亿元。近日，浙江省经信厅、浙江省财政厅联合印发《浙江省开发区
高质量发展若干措施》。嘉兴经开区入选全国首批碳达峰试点园区。
"""


def test_stage_order_is_fixed():
    assert [name for name, _ in STAGES] == ["date", "clean", "segment", "recognise", "projects", "project_lists", "relate", "residents", "signings", "tables", "amount_links", "issuers", "filters", "rescore", "passage_firms", "resolve", "entity_filter", "teach"]


def test_process_text_end_to_end():
    doc = process_text(PAGE, doc_id="jx")
    assert doc.id == "jx"
    names = {(e.type, e.name) for e in doc.entities.values()}
    assert ("Park", "嘉兴经济技术开发区") in names
    assert ("Company", "浙江顺达食品有限公司") in names
    assert ("Project", "年产8万吨休闲食品项目") in names
    assert ("Policy", "浙江省开发区高质量发展若干措施") in names
    triples = set()
    for f in doc.facts:
        o = doc.entities[f.obj.entity].name if f.obj is not None else f.literal
        triples.add((f.predicate, doc.entities[f.subject.entity].name, o))
    assert ("signsWith", "嘉兴经济技术开发区", "浙江顺达食品有限公司") in triples
    assert ("investsIn", "浙江顺达食品有限公司", "年产8万吨休闲食品项目") in triples
    assert ("issuedBy", "浙江省开发区高质量发展若干措施", "浙江省财政厅") in triples
    assert ("designatedAs", "嘉兴经济技术开发区", "全国首批碳达峰试点园区") in triples
    inv = [f for f in doc.facts if f.predicate == "investsIn"][0]
    assert inv.amount_yuan == 650_000_000


def test_evidence_offsets_point_into_the_raw_text():
    doc = process_text(PAGE, doc_id="jx")
    for f in doc.facts:
        rs, re_ = doc.raw_span(f.evidence_start, f.evidence_end)
        assert 0 <= rs <= re_ <= len(doc.raw)


def test_process_accepts_custom_stages(tmp_path: Path):
    seen = []

    def probe(doc: Document) -> Document:
        seen.append(doc.id)
        return doc

    doc = process(Document(id="p", source="p", raw="文本"), stages=[("probe", probe)])
    assert seen == ["p"] and doc.text == ""


def test_every_record_rule_has_a_unique_id_and_an_example():
    from kg.rules import catalogue

    rules = catalogue()
    ids = [rid for _, rid, _ in rules]
    assert len(ids) == len(set(ids)) >= 19
    assert all(len(example) >= 10 for _, _, example in rules)


def test_the_rule_catalogue_in_docs_is_the_current_one():
    """docs/rules.md is what ``python -m kg.rules`` writes today (regenerate it after changing a rule)."""
    from kg.rules import catalogue_markdown

    text = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert text.endswith(catalogue_markdown())


def test_every_stage_declares_what_it_reads_and_writes():
    import dataclasses

    from kg.document import Document
    from kg.pipeline import CONTRACTS

    fields = {f.name for f in dataclasses.fields(Document)}
    assert [n for n, _ in STAGES] == list(CONTRACTS)
    for name, contract in CONTRACTS.items():
        assert set(contract.reads) <= fields and set(contract.writes) <= fields, name


def _stage_pages() -> list:
    import glob

    return sorted(glob.glob("tests/data/corpus/*/pages/*.txt"))[::40] + sorted(glob.glob("seeds/*.txt"))


@pytest.mark.parametrize("path", _stage_pages())
def test_a_stage_writes_only_what_it_declares(path: str):
    """Run the pipeline stage by stage on a page: a field a stage changes is one it declares."""
    import copy
    import dataclasses
    from pathlib import Path

    from kg.document import Document
    from kg.pipeline import CONTRACTS
    from kg.text.reading import read_file

    doc = read_file(Path(path))
    for name, stage in STAGES:
        before = copy.deepcopy(doc)
        doc = stage(doc)
        changed = {f.name for f in dataclasses.fields(Document) if getattr(before, f.name) != getattr(doc, f.name)}
        assert changed <= set(CONTRACTS[name].writes), f"{name} changed {sorted(changed)}"
