"""Held-out set B: four unseen pages nobody tunes the extractor on.

Why a second held-out set: the first one (tests/data/heldout/) is now used
while tuning, so its figures drift towards optimism.  Set B (福建, 湖北, 陕西,
广西+安徽) was written and annotated and committed before the extractor ran on
it (docs/heldout_b.md).  These tests check that the gold still fits the pages
(so the figures mean something) and put floors well below the measured
figures, so a regression on unseen text fails loudly while ordinary changes
do not make the test flaky.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from kg.build import build
from kg.evaluation import load_gold, predictions_from_store, score
from kg.reading import decode_bytes, iter_paths, read_file
from kg.store import open_store

HELDOUT_B = Path(__file__).resolve().parent / "data" / "heldout_b"
PAGES = HELDOUT_B / "pages"
GOLD = HELDOUT_B / "gold"
GB18030_PAGE = PAGES / "b02_hubei.txt"

# Measured 2026-11-23 at commit 706b368 (docs/heldout_b.md): entities micro F1 0.856,
# relations micro F1 0.748, amounts 9/23.  Floors sit well below.
ENTITY_F1_FLOOR = 0.72
RELATION_F1_FLOOR = 0.58
AMOUNT_ACCURACY_FLOOR = 0.25
#: Types the extractor gets (nearly) right here; a fall below these is a real regression.
TYPE_F1_FLOORS = {"Agency": 0.85, "Place": 0.85, "Policy": 0.85, "Company": 0.75}
RELATION_FLOORS = {"issuedBy": 0.75, "partOf": 0.7}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def generator():
    """The page generator and its content (kept next to the data, not a package)."""
    sys.path.insert(0, str(HELDOUT_B))
    try:
        import heldout_b_content
        import make_heldout_b
    finally:
        sys.path.remove(str(HELDOUT_B))
    return make_heldout_b, heldout_b_content


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """Build the pages into a fresh store and score them once for all floor tests."""
    store = open_store(tmp_path_factory.mktemp("heldout_b") / "store")
    summary = build([PAGES], store=store, jobs=1, progress=False)
    assert summary.errors == []
    assert summary.documents == 4
    texts = {p.stem: read_file(p).raw for p in iter_paths([PAGES])}
    return score(load_gold(GOLD), predictions_from_store(store, texts))


def test_generator_reproduces_committed_pages_and_gold(generator):
    """The committed files are exactly what the generator writes (nobody hand-edited them),
    and the generator's own checks find no problem."""
    mk, content = generator
    assert len(content.PAGES_CONTENT) == 4
    for page in content.PAGES_CONTENT:
        text = mk.render(page)
        assert mk.check(page, text) == [], page.doc
        assert (PAGES / page.doc).read_bytes() == text.encode(page.encoding)
        gold = json.loads((GOLD / (page.doc.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
        assert gold == mk.gold_json(page)


def test_check_catches_broken_gold(generator):
    """The consistency check is not a rubber stamp: a paraphrased evidence, a label that is
    not in the page and a wrongly typed relation are each reported."""
    mk, _ = generator
    art = mk.Article(headline="测试标题", byline="本报讯",
                     paragraphs=["甲乙科技有限公司投资3亿元建设年产5万吨丙丁项目。" * 60])
    page = mk.Page(doc="t.txt", encoding="utf-8", header=[], articles=[art],
                   layout=[("h", 0), ("b", 0), ("p", 0, 0)],
                   entities=[mk.E("c", "Company", "甲乙科技有限公司"),
                             mk.E("p", "Project", "年产5万吨丙丁项目"),
                             mk.E("x", "Park", "戊己高新区")],
                   triples=[mk.T("c", "investsIn", "p", "甲乙科技有限公司出资3亿元"),
                            mk.T("p", "investsIn", "c", "建设年产5万吨丙丁项目")])
    problems = mk.check(page, mk.render(page))
    assert any("evidence not verbatim" in p for p in problems)
    assert any("戊己高新区" in p for p in problems)
    assert any("investsIn subject p is Project" in p for p in problems)


def test_gold_files_are_consistent_with_pages():
    """Independent of the generator: every gold file names its page, ids resolve,
    evidence is verbatim in the page (whitespace removed), names occur in the page."""
    gold_files = sorted(GOLD.glob("*.json"))
    assert len(gold_files) == 4
    for gf in gold_files:
        g = json.loads(gf.read_text(encoding="utf-8"))
        page = _squash(read_file(PAGES / g["doc"]).raw)
        ids = {e["id"] for e in g["entities"]}
        for e in g["entities"]:
            assert _squash(e["name"]) in page, (gf.name, e["name"])
        for t in g["triples"]:
            assert t["s"] in ids
            assert ("o_literal" in t) == (t["p"] == "designatedAs")
            if t["p"] != "designatedAs":
                assert t["o"] in ids
            assert _squash(t["evidence"]) in page, (gf.name, t["evidence"])


def test_gb18030_page_decodes():
    """b02 is stored as GB18030 bytes: not UTF-8, and the reader must still recover the text."""
    data = GB18030_PAGE.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, encoding = decode_bytes(data)
    assert encoding.lower().replace("-", "") in {"gb18030", "gbk", "gb2312"}
    flat = _squash(text)
    assert _squash("襄阳高新技术产业开发区") in flat
    assert _squash("湖北省汽车零部件产业强链补链三年行动方案（2025—2027年）") in flat
    assert _squash(read_file(GB18030_PAGE).raw) == flat


def test_entity_and_relation_floors(report):
    ent, rel = report.entities_micro, report.relations_micro
    assert report.documents == 4
    assert report.missing_documents == []
    assert ent.f1 >= ENTITY_F1_FLOOR, f"entity micro F1 {ent.f1:.3f}"
    assert rel.f1 >= RELATION_F1_FLOOR, f"relation micro F1 {rel.f1:.3f}"


def test_per_type_and_relation_floors(report):
    for etype, floor in TYPE_F1_FLOORS.items():
        assert report.entities[etype].f1 >= floor, f"{etype} F1 {report.entities[etype].f1:.3f}"
    for rel, floor in RELATION_FLOORS.items():
        assert report.relations[rel].f1 >= floor, f"{rel} F1 {report.relations[rel].f1:.3f}"


def test_amount_floor(report):
    assert report.amounts_total == 23  # CNY amounts in the gold (two USD amounts carry none)
    assert report.amount_accuracy >= AMOUNT_ACCURACY_FLOOR, (
        f"amounts {report.amounts_correct}/{report.amounts_total}")
