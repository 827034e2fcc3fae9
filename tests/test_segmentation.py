"""Segmentation: sentence units that cover the clean text, with the right kind."""

from __future__ import annotations

from kg.document import Document
from kg.text.cleaning import clean
from kg.text.segmentation import MAX_SENTENCE, segment


def _doc(text: str) -> Document:
    """A document whose clean text is given directly (identity offsets)."""
    return Document(id="t", source="test", raw=text, text=text, offsets=list(range(len(text))))


def _units(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in doc.sentences]


def _assert_cover(doc: Document) -> None:
    """Units are in order, do not overlap, match the text, and cover every non-blank char."""
    covered = set()
    prev_end = 0
    for s in doc.sentences:
        assert s.start >= prev_end and s.end > s.start
        assert doc.text[s.start : s.end] == s.text
        assert s.kind in {"body", "headline", "caption", "byline"}
        covered.update(range(s.start, s.end))
        prev_end = s.end
    for i, c in enumerate(doc.text):
        if not c.isspace():
            assert i in covered, (i, c)


def test_split_on_final_punctuation_with_closing_quotes():
    doc = segment(_doc("“原料进了园区，不会产生废品。”经理告诉记者。公司投资了吗？投资了！一是扩产；二是减排"))
    assert [t for _, t in _units(doc)] == [
        "“原料进了园区，不会产生废品。”",
        "经理告诉记者。",
        "公司投资了吗？",
        "投资了！",
        "一是扩产；",
        "二是减排",
    ]
    _assert_cover(doc)


def test_kinds_of_page_furniture():
    text = "\n".join(
        [
            "小镇芥菜强富农产业旺",
            "本报记者李红光通讯员景斌",
            "某县投资建设芥菜加工产业园，带动农民增收。园区总投资10亿元。",
            "金玉敏摄（中经视觉）",
            "新华社记者刘军喜摄",
            "本版编辑张虎徐达",
            "（倪雨薇）",
            "曹云",
        ]
    )
    doc = segment(_doc(text))
    assert _units(doc) == [
        ("headline", "小镇芥菜强富农产业旺"),
        ("byline", "本报记者李红光通讯员景斌"),
        ("body", "某县投资建设芥菜加工产业园，带动农民增收。"),
        ("body", "园区总投资10亿元。"),
        ("caption", "金玉敏摄（中经视觉）"),
        ("caption", "新华社记者刘军喜摄"),
        ("byline", "本版编辑张虎徐达"),
        ("byline", "（倪雨薇）"),
        ("byline", "曹云"),
    ]
    _assert_cover(doc)


def test_bracketed_credit_inside_a_line_is_a_caption_unit():
    doc = segment(_doc("工人们在生产线上作业。【本报记者 王五 摄】"))
    assert _units(doc) == [("body", "工人们在生产线上作业。"), ("caption", "【本报记者 王五 摄】")]


def test_reporter_mentioned_in_body_stays_body():
    doc = segment(_doc("记者从会上获悉，某某高新区与企业签约。本报讯记者郭建军报道今年以来，投资增长。"))
    assert {k for k, _ in _units(doc)} == {"body"}


def test_long_unpunctuated_line_is_body_not_headline():
    line = "某某经济技术开发区围绕新材料产业持续招商引资引进多家龙头企业形成了完整的产业链条并带动就业"
    assert len(line) > 40
    doc = segment(_doc(line))
    assert _units(doc) == [("body", line)]


def test_author_names_separated_by_spaces_in_raw_are_byline():
    raw = "园区企业提供绿色服务，促进转型发展。\n\n康东 晋峰\n"
    doc = segment(clean(Document(id="t", source="test", raw=raw)))
    assert _units(doc)[-1] == ("byline", "康东晋峰")


def test_absurdly_long_sentences_are_cut_at_commas():
    clause = "园区持续推进项目建设和产业升级，"
    text = clause * 60 + "完成。"
    doc = segment(_doc(text))
    assert len(doc.sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in doc.sentences)
    # cut right after a comma, so no clause is split in two
    assert all(s.text.endswith("，") for s in doc.sentences[:-1])
    assert "".join(s.text for s in doc.sentences) == text
    _assert_cover(doc)


def test_sentence_at_finds_units_on_a_cleaned_page():
    raw = (
        "抢抓施工黄金周\n\n项目建设开新局\n\n"
        "4 月 22 日，山西某某化工股份有限公司 50 万吨/年煤焦油深加工项目正加紧施工。该\n"
        "项目投资 2.49 亿元，推进企业绿色发展。 姻 栗卢建摄\n"
    )
    doc = segment(clean(Document(id="t", source="test", raw=raw)))
    kinds = _units(doc)
    assert kinds[0][0] == "headline" and kinds[-1] == ("caption", "栗卢建摄")
    i = doc.text.index("2.49亿元")
    s = doc.sentence_at(i)
    assert s is not None and s.kind == "body" and s.text.startswith("该项目投资2.49亿元")
    _assert_cover(doc)


def test_empty_text_has_no_sentences():
    assert segment(_doc("")).sentences == []
    assert segment(_doc("\n\n")).sentences == []


def test_unpunctuated_line_above_a_credit_is_photo_description_body():
    doc = segment(_doc("某某法兰股份有限公司1万吨法兰智能制造生产车间\n冯磊摄\n创新驱动发展"))
    assert _units(doc) == [
        ("body", "某某法兰股份有限公司1万吨法兰智能制造生产车间"),
        ("caption", "冯磊摄"),
        ("headline", "创新驱动发展"),
    ]


def test_bulleted_name_line_is_byline():
    raw = "企业集聚发展，带动就业增收。\n\n□ 姚 驰 王何为\n"
    doc = segment(clean(Document(id="t", source="test", raw=raw)))
    assert _units(doc)[-1] == ("byline", "□姚驰王何为")


def test_dateline_is_cut_off_as_byline():
    doc = segment(_doc("本报南宁讯（记者周某、童某）近日，某某自治区人民政府印发实施方案。\n本报讯记者郭某报道今年以来，投资增长。"))
    assert _units(doc) == [
        ("byline", "本报南宁讯（记者周某、童某）"),
        ("body", "近日，某某自治区人民政府印发实施方案。"),
        ("byline", "本报讯记者郭某报道"),
        ("body", "今年以来，投资增长。"),
    ]
    doc = segment(_doc("科学导报讯 3月18日，某某经济技术开发区与某公司签约。"))
    assert _units(doc)[0] == ("byline", "科学导报讯")
    assert _units(doc)[1][1].startswith("3月18日")


def test_bracketed_reporter_and_end_marks_after_the_last_sentence():
    doc = segment(_doc("某某园区签约项目十个。（记者张三）\n总投资五亿元。（完）\n来源：经济日报\n他说（一）很好。（图片由某某公司提供）"))
    assert _units(doc) == [
        ("body", "某某园区签约项目十个。"),
        ("byline", "（记者张三）"),
        ("body", "总投资五亿元。"),
        ("byline", "（完）"),
        ("byline", "来源：经济日报"),
        ("body", "他说（一）很好。"),
        ("caption", "（图片由某某公司提供）"),
    ]


def test_random_messy_pages_keep_every_invariant():
    """Seeded random pages built from the messy pieces real pages are made of."""
    import random

    pieces = list("园区企业投资项目。，；！？“”《》（）【】摄 \n\r\t\u3000Ab12.5%-#>:;,!?()⼯⻓Ａ１．姻益") + [
        "\n\n", "  ", "本报记者 ", "新华社记者 张 三摄", "（中经视觉）", "# ", "- ", "1. ", "科学导报讯 ", "（完）",
    ]
    rng = random.Random(20250509)
    for _ in range(500):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 250)))
        doc = segment(clean(Document(id="t", source="test", raw=raw)))
        assert len(doc.offsets) == len(doc.text)
        assert all(0 <= o < len(raw) for o in doc.offsets)
        chars = [o for o, c in zip(doc.offsets, doc.text, strict=True) if c != "\n"]
        assert len(set(chars)) == len(chars)  # each raw char is used once
        assert all(doc.text[i] == "\n" or doc.raw[o] != "\n" for i, o in enumerate(doc.offsets))
        _assert_cover(doc)


def test_bracketed_credit_at_the_end_of_a_description_is_split_off():
    doc = segment(_doc("某某公司智能制造生产车间（资料图片）\n工人们在生产线上作业【本报记者 王五 摄】"))
    assert _units(doc) == [
        ("body", "某某公司智能制造生产车间"),
        ("caption", "（资料图片）"),
        ("body", "工人们在生产线上作业"),
        ("caption", "【本报记者 王五 摄】"),
    ]


def test_short_line_cut_at_a_clause_mark_is_body_not_a_headline() -> None:
    text = (
        "黑龙江哈尔滨新区\n"
        "10月底，哈尔滨新区管委会与龙江冰雪装备有限公司签约，\n"
        "，后者拟投资6亿元建设造雪机生产线\n"
    )
    kinds = [k for k, _ in _units(segment(_doc(text)))]
    assert kinds == ["headline", "body", "body"]


def test_dateline_with_dian_and_a_headline_drifted_onto_its_line() -> None:
    from kg.pipeline import process_text

    doc = process_text("贵州出台标准厂房补助办法本报贵阳电自治区工业和信息化厅、自治区财政厅近日联合印发《补助办法》。")
    kinds = [(s.kind, s.text) for s in doc.sentences]
    assert kinds[0] == ("headline", "贵州出台标准厂房补助办法")
    assert kinds[1] == ("byline", "本报贵阳电")
    assert kinds[2][0] == "body" and kinds[2][1].startswith("自治区工业和信息化厅")
    agencies = [m.text for m in doc.mentions if m.type == "Agency"]
    assert agencies == ["自治区工业和信息化厅", "自治区财政厅"]


def test_a_dateline_word_inside_running_text_is_not_cut() -> None:
    from kg.pipeline import process_text

    doc = process_text("据了解，本报记者走访的企业中，多数已完成技改。")
    assert [s.kind for s in doc.sentences] == ["body"]
