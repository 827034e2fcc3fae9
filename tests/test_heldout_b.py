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

from kg.text.reading import decode_bytes, read_file

HELDOUT_B = Path(__file__).resolve().parent / "data" / "heldout_b"
PAGES = HELDOUT_B / "pages"
GOLD = HELDOUT_B / "gold"
GB18030_PAGE = PAGES / "b02_hubei.txt"

# Figures: docs/scoreboard.json (guarded by tests/test_scoreboard.py).


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
