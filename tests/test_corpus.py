"""The many-hands corpus (tests/data/corpus): sources, gold, shared damage, splits.

What the corpus promises, checked: every page's gold follows the gold README
(tests.corpus.check), the committed pages and manifest are exactly what the
shared damage module renders from the sources, the splits are by writer, and
the corpus is as large and varied as the issue asks. The damage functions are
tested one by one on text written for the test.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import check, damage, render
from tests.corpus.source import parse_source

CORPUS = render.CORPUS
MANIFEST = json.loads(render.MANIFEST.read_text(encoding="utf-8"))
NEW_SETS = [s for s in MANIFEST["sets"] if s["writer"] != "project"]


@pytest.mark.parametrize("set_name", [s["name"] for s in NEW_SETS])
def test_gold_follows_the_gold_readme(set_name: str) -> None:
    assert check.check_writer(CORPUS / set_name) == []


def test_committed_pages_and_manifest_are_their_render() -> None:
    """Same sources, same bytes: the shared damage module is deterministic."""
    assert render.main(["--check"]) == 0


def test_splits_are_by_writer_and_large_enough() -> None:
    splits: dict[str, set[str]] = {}
    for s in MANIFEST["sets"]:
        splits.setdefault(s["writer"], set()).add(s["split"])
    assert all(len(v) == 1 for v in splits.values()), splits
    test_sets = [s for s in NEW_SETS if s["split"] == "test"]
    assert len(test_sets) >= 6
    assert sum(len(s["pages"]) for s in test_sets) >= 60
    assert {s["split"] for s in NEW_SETS} == {"dev", "train", "test"}


def test_corpus_size_and_variety() -> None:
    pages = [p for s in NEW_SETS for p in s["pages"]]
    assert len(pages) >= 240
    assert sum(p["chars"] for p in pages) >= 400_000
    assert len(NEW_SETS) >= 24
    assert min(p["chars"] for p in pages) <= 800 and max(p["chars"] for p in pages) >= 4500
    assert len({p["genre"] for p in pages}) >= 10
    encodings = Counter(p["encoding"] for p in pages)
    odd = encodings["gb18030"] + encodings["gbk"]
    assert 0.08 <= odd / len(pages) <= 0.3, encodings


def test_every_province_level_division_is_in_the_corpus() -> None:
    text = "".join(
        (CORPUS / s["name"] / "src" / f"{p['id']}.txt").read_text(encoding="utf-8")
        for s in NEW_SETS for p in s["pages"]
    )
    provinces = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"]
    assert [p for p in provinces if p not in text] == []


# -- the damage functions, on text written for the test ---------------------


def test_space_digits_separates_numbers_from_words() -> None:
    assert damage.space_digits("投资2.49亿元，4月22日") == "投资 2.49 亿元，4 月 22 日"


def test_wrap_never_starts_a_line_with_closing_punctuation() -> None:
    text = "甲乙丙丁，戊己庚辛。" * 20
    lines = damage.wrap(text, random.Random(3), (4, 6))
    assert "".join(lines) == text
    assert all(line[0] not in damage.NO_LINE_START for line in lines)


def test_glyph_swaps_are_those_of_the_seeds() -> None:
    assert damage.swap_glyphs("■责编 气温25℃") == "姻责编 气温25益"


def test_fullwidth_digits_keep_the_text_nfkc_equal() -> None:
    import unicodedata

    text = "2025年投资12.5亿元"
    assert unicodedata.normalize("NFKC", damage.fullwidth_digits(text)) == text


def test_encode_falls_back_to_gb18030_for_characters_gbk_lacks() -> None:
    assert damage.encode("园区𠮷", "gbk") == "园区𠮷".encode("gb18030")


def test_render_keeps_every_character_of_the_clean_text() -> None:
    """Damage adds whitespace, headers and credits, and swaps glyphs: it never drops text."""
    src = parse_source(
        "@genre: news\n@medium: pdf\n# 某园区签约\nby: 记者 甲\n"
        + "甲公司投资12亿元建设年产5万吨材料项目，项目位于乙经济技术开发区。" * 8
        + "\ncap: 签约现场\n----\n# 第二篇\n丙公司与丁县人民政府签约。\n",
        "unit_page",
    )
    text, _enc, _profile = damage.render(src)
    squeezed = "".join(text.split())
    for block in (b for a in src.articles for b in a.blocks):
        assert "".join(damage.swap_glyphs(block.text).split()) in squeezed or block.kind == "para"
    assert all(ch in squeezed for ch in "甲公司投资亿元建设年产万吨材料项目")


def test_profiles_vary_across_pages() -> None:
    src = "@genre: news\n@medium: pdf\n# 标题\n正文一段。\n----\n# 标题二\n正文二段。\n"
    profiles = [damage.draw_profile(parse_source(src, f"p{i}")) for i in range(300)]
    assert {p.layout for p in profiles} == {"sequential", "interleave", "columns"}
    assert 0.1 < sum(p.encoding in ("gb18030", "gbk") for p in profiles) / 300 < 0.25
    assert any(p.drift for p in profiles) and any(p.digit_spaces for p in profiles)


def test_check_reports_a_name_not_in_the_text(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "src" / "x_01.txt").write_text("@genre: news\n" + "甲公司在乙开发区投资。" * 40, encoding="utf-8")
    gold = {"doc": "x_01.txt", "entities": [{"id": "c", "type": "Company", "name": "丙公司"}], "triples": []}
    (tmp_path / "gold" / "x_01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert any("丙公司" in e for e in check.check_writer(tmp_path))


def test_every_gold_follows_the_shared_annotation_policy() -> None:
    """Places outside the division table (countries, broad regions) are optional everywhere."""
    from tests.corpus import normalise

    assert normalise.main(["--check"]) == 0


def test_two_annotators_agree_on_the_doubly_annotated_pages() -> None:
    """84 pages (one per brief) annotated twice; measured 0.97 / 0.89 on the first 24 when their second
    annotation landed, 0.98 / 0.90 with the second test split's 12 and with the third's 12 (which alone
    agree at 0.98 / 0.92), 0.98 / 0.91 with the fourth's 12 (alone 0.99 / 0.94), with the fifth's
    (alone 0.97 / 0.94) and with the sixth's (alone 0.99 / 0.96; all 84: 0.98 / 0.92)."""
    from tests.corpus import agreement

    result = agreement.agreement()
    assert len(agreement.pairs()) >= 84 and len(result) >= 84
    ent, rel = agreement.f1_pair(agreement.merge(a for a, _ in result.values()),
                                 agreement.merge(b for _, b in result.values()))
    assert ent >= 0.95 and rel >= 0.87
