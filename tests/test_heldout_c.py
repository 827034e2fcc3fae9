"""Third held-out set (tests/data/heldout_c): consistency of pages and gold, and F1 floors.

Nobody tunes the extractor on these pages; the floors sit well below the
figures measured when the set was written (docs/heldout_c.md), so they catch a
real regression on unseen text without making the suite flaky.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "data" / "heldout_c"
PAGES = HERE / "pages"
GOLD = HERE / "gold"


def _generator():
    spec = importlib.util.spec_from_file_location("make_heldout_c", HERE / "make_heldout_c.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def test_set_has_four_pages_with_gold() -> None:
    pages = sorted(p.stem for p in PAGES.glob("*.txt"))
    golds = sorted(p.stem for p in _gold_files())
    assert len(pages) == 4
    assert pages == golds


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_gold_labels_and_evidence_are_in_the_page(gold_path: Path) -> None:
    from kg.text.reading import read_file

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = PAGES / gold["doc"]
    flat = _squash(read_file(page).raw)
    ids = {e["id"] for e in gold["entities"]}
    assert len(ids) == len(gold["entities"])
    for e in gold["entities"]:
        labels = [e["name"], *e["aliases"]]
        assert any(lab in flat for lab in labels), labels
        if e["type"] not in ("Place", "Park"):  # only places/parks may carry the obvious unseen pair
            assert all(lab in flat for lab in labels), labels
    for t in gold["triples"]:
        assert t["s"] in ids
        assert ("o" in t) != ("o_literal" in t)
        if "o" in t:
            assert t["o"] in ids
        assert t["evidence"] in flat, t["evidence"]
        if "amount_yuan" in t:
            assert t["p"] == "investsIn" and isinstance(t["amount_yuan"], int)


def test_pages_are_in_the_length_range() -> None:
    from kg.text.reading import read_file

    for page in PAGES.glob("*.txt"):
        n = len(read_file(page).raw)
        assert 1800 <= n <= 4000, (page.name, n)


def test_gbk_page_decodes() -> None:
    from kg.text.reading import decode_bytes, read_file

    data = (PAGES / "c03_hainan.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, encoding = decode_bytes(data)
    assert encoding.lower().replace("-", "") in {"gbk", "gb18030", "gb2312"}
    assert "洋浦经济开发区" in _squash(text)
    assert "洋浦经济开发区" in _squash(read_file(PAGES / "c03_hainan.txt").raw)


def test_generator_reproduces_the_committed_files() -> None:
    """Pages and gold are generated deterministically: the committed bytes are what the script writes."""
    gen = _generator()
    for stem, blocks, ents, tris, enc, seed in gen.PAGES_SPEC:
        page = gen.render(blocks, seed)
        assert (PAGES / f"{stem}.txt").read_bytes() == page.encode(enc)
        gold = gen.gold_json(f"{stem}.txt", ents, tris)
        assert json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8")) == gold
        assert gen.check(f"{stem}.txt", page, gold) == []


def test_generator_check_catches_a_broken_evidence() -> None:
    gen = _generator()
    gold = {"entities": [{"id": "a", "type": "Company", "name": "甲乙有限公司", "aliases": []}],
            "triples": [{"s": "a", "p": "designatedAs", "o_literal": "x", "evidence": "不在页面里的话"}]}
    problems = gen.check("t.txt", "甲乙有限\n\n公司获评x", gold)
    assert len(problems) == 1 and "evidence" in problems[0]
