"""Cleaning: joined column lines, removed spaces, repaired glyphs, exact offsets."""

from __future__ import annotations

import random
import unicodedata

import pytest

from kg.document import Document
from kg.text.cleaning import _RADICAL_FORMS, clean, ends_sentence, is_byline, is_credit, normalise


def _clean(raw: str) -> Document:
    return clean(Document(id="t", source="test", raw=raw))


def _assert_offsets(doc: Document) -> None:
    """Every clean char maps to a raw char that is the same char or normalises to it."""
    assert len(doc.offsets) == len(doc.text)
    assert doc.offsets == sorted(doc.offsets)
    assert len(set(doc.offsets)) == len(doc.offsets)
    for i, c in enumerate(doc.text):
        r = doc.raw[doc.offsets[i]]
        if c == r:
            continue
        if c == "\n":
            assert r in "\n\r 姻\f\u2028\u2029", (i, c, r)
        elif c == " ":
            assert r.isspace(), (i, c, r)
        else:
            assert c in (unicodedata.normalize("NFKC", r), _RADICAL_FORMS.get(r), "℃", "，", "；", "：", "！", "？", "（", "）", "。"), (i, c, r)


# A narrow column: every line is a hard break followed by a blank line,
# words and numbers torn across lines and by justification spaces.
COLUMN = """\
今年以来，某某市经济技术开发区

持续推进项目建设，山西宏达钢铁集

团有限公司投资 16.5 亿元建设的年产

2 万吨新材料项目进展顺利，工 业 用 地

投入强度明显提高。
"""


def test_column_lines_are_joined_into_one_paragraph():
    doc = _clean(COLUMN)
    assert doc.text == (
        "今年以来，某某市经济技术开发区持续推进项目建设，山西宏达钢铁集团有限公司投资16.5亿元"
        "建设的年产2万吨新材料项目进展顺利，工业用地投入强度明显提高。"
    )
    _assert_offsets(doc)


def test_paragraph_end_keeps_a_line_break():
    raw = "第一段的第一行文字内容比较长\n\n第一段结束了。\n\n第二段开始的文字也比较长\n\n第二段也结束。\n"
    doc = _clean(raw)
    assert doc.text.split("\n") == ["第一段的第一行文字内容比较长第一段结束了。", "第二段开始的文字也比较长第二段也结束。"]
    _assert_offsets(doc)


def test_headline_and_byline_stay_separate_lines():
    raw = (
        "小镇产业强 农民收入旺\n"
        "本报记者 张 三 通讯员 李四\n\n"
        "近年来，某县围绕特色农业培育龙头企\n\n"
        "业，建设加工产业园区，带动农民增收\n\n"
        "致富，形成了完整的产业链条和品牌。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert lines[0] == "小镇产业强农民收入旺"
    assert lines[1] == "本报记者张三通讯员李四"
    assert lines[2] == "近年来，某县围绕特色农业培育龙头企业，建设加工产业园区，带动农民增收致富，形成了完整的产业链条和品牌。"
    assert len(lines) == 3


def test_short_unpunctuated_line_between_paragraphs_is_not_glued():
    raw = (
        "这是一段正文，最后一行以句号结束了。\n\n"
        "园区动态\n\n"
        "某某高新区管委会日前与多家企业签约\n\n"
        "合作建设智能制造项目。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert lines == ["这是一段正文，最后一行以句号结束了。", "园区动态", "某某高新区管委会日前与多家企业签约合作建设智能制造项目。"]


def test_photo_credit_after_sentence_on_same_line_is_split_off():
    raw = "工人在车间调试焊接机器人，企业已发展近三百家。 新华社记者 王 五摄\n本报南宁讯（记者赵六）近日，某政府印发实施方案。\n"
    doc = _clean(raw)
    assert doc.text.split("\n") == [
        "工人在车间调试焊接机器人，企业已发展近三百家。",
        "新华社记者王五摄",
        "本报南宁讯（记者赵六）近日，某政府印发实施方案。",
    ]
    _assert_offsets(doc)


def test_dateline_starts_a_new_paragraph():
    raw = "区域经济高质量发展的新篇章正在书写中\n科学导报讯 日前，某某经济开发区举行项目签约仪式。\n"
    lines = _clean(raw).text.split("\n")
    assert lines[-1] == "科学导报讯日前，某某经济开发区举行项目签约仪式。"
    assert len(lines) == 2


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("投资 16.5 亿元。", "投资16.5亿元。"),
        ("年产 2 万吨。", "年产2万吨。"),
        ("深紫外 LED 产业。", "深紫外LED产业。"),
        ("英文 DE-FINED QUALITY 标识。", "英文DE-FINED QUALITY标识。"),
        ("增长 16. 5 %。", "增长16.5%。"),
        ("景\u3000斌说。", "景斌说。"),
        ("ＡＢＣ公司投资１２３万元％。", "ABC公司投资123万元%。"),
        ("他说，“好！”《办法》（试行）、完成；", "他说，“好！”《办法》（试行）、完成；"),
        ("2024年,山东新增;规定:", "2024年，山东新增；规定："),
        ("经过-35益急冻处理。", "经过-35℃急冻处理。"),
        ("增长 6 0%，2 0 2 4 年，539.9 6万元。", "增长60%，2024年，539.96万元。"),
        ("⼭⻄⻓治⾼新区⼯业园", "山西长治高新区工业园"),
        ("园区 态B2 2025年 kai fa qu", "园区态B2 2025年kai fa qu"),
        ("园区发展.今年投资16.5亿元.", "园区发展。今年投资16.5亿元。"),
        ("网址 www.example.com 和 3.5 倍", "网址www.example.com和3.5倍"),
        ("收益和效益增加。", "收益和效益增加。"),
        ("维护婚姻家庭与联姻关系。", "维护婚姻家庭与联姻关系。"),
    ],
)
def test_spaces_width_and_glyph_repairs(raw, expected):
    doc = _clean(raw)
    assert doc.text == expected
    _assert_offsets(doc)


def test_misencoded_bullet_becomes_a_boundary():
    doc = _clean("某某项目推进企业绿色发展。 姻 张三摄\n姻责编: 李四\n")
    assert doc.text.split("\n") == ["某某项目推进企业绿色发展。", "张三摄", "责编：李四"]
    _assert_offsets(doc)


def test_crlf_and_markdown_heading():
    raw = "# 探寻绿色工厂的密码\r\n\r\n绿色工厂是绿色制造的核心单元，\r\n是实现转型的基础。\r\n"
    doc = _clean(raw)
    assert doc.text == "探寻绿色工厂的密码\n绿色工厂是绿色制造的核心单元，是实现转型的基础。"
    _assert_offsets(doc)
    # the heading maps back to where it is in the raw text
    assert doc.raw[doc.to_raw(0)] == "探"


def test_offsets_on_messy_page():
    raw = "  园区 态B2 姻 2025年 5月 9日\r\n\n 在园区发展过程中，人们关\n\n注的焦点往往在于引进多少项\n\nＡ股 上市企业 １２ 家。\t\n"
    doc = _clean(raw)
    _assert_offsets(doc)
    assert "人们关注的焦点" in doc.text
    assert "A股上市企业12家。" in doc.text


def test_normalise_keeps_length():
    raw = "Ａ，ｂ。\r\n姻 ３益\u3000x,中"
    assert len(normalise(raw)) == len(raw)


def test_empty_document():
    doc = _clean("")
    assert doc.text == "" and doc.offsets == []


def test_predicates():
    assert ends_sentence("完成了。”")
    assert ends_sentence("好吗？")
    assert not ends_sentence("期待“亩产论英雄”")
    assert is_byline("本报记者李红光通讯员景斌")
    assert not is_byline("记者从会上获悉，项目已开工")
    assert not is_byline("记者见识了与芥菜相关的多种中华")
    assert is_byline("本报记者刘麟农村金融时报记者肖瑛") and is_byline("来稿邮箱jrbgzb@163.com")
    assert is_credit("金玉敏摄（中经视觉）")
    assert is_credit("【张三 摄】") and is_credit("新华社记者刘军喜摄")
    assert not is_credit("企业摄取了大量信息。")
    assert is_credit("（新华社发 李四 摄）") and is_credit("（资料图片）") and is_credit("张三/摄")
    assert not is_credit("他说（一）很好")


def test_offsets_hold_on_the_seed_pages():
    from pathlib import Path

    from kg.text.reading import iter_paths, read_file

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    if not seeds.is_dir():
        pytest.skip("no seed pages")
    for path in iter_paths(seeds):
        doc = clean(read_file(path))
        _assert_offsets(doc)
        assert "\n\n" not in doc.text and "  " not in doc.text


def test_semicolon_line_end_does_not_end_the_paragraph():
    raw = "生产线正满负荷运转，每天有二十吨产品发往全国；\n\n速冻车间里，经过急冻处理的草莓等水果\n\n锁住了新鲜的味道。\n"
    assert _clean(raw).text == "生产线正满负荷运转，每天有二十吨产品发往全国；速冻车间里，经过急冻处理的草莓等水果锁住了新鲜的味道。"


def test_tight_unpunctuated_pair_on_double_spaced_page_is_a_headline_block():
    body = "".join(f"第{i}行正文内容比较长一些啊\n\n" for i in range(10))
    raw = body + (
        "工业产值超过三百亿元。\n\n四条路径带来产业美丽蝶变\n某某经开区着力打造最大的产业基地\n\n"
        "另一篇文章的正文，从这里开始\n\n写到这里结束。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert lines[-2] == "四条路径带来产业美丽蝶变某某经开区着力打造最大的产业基地"
    assert lines[-1] == "另一篇文章的正文，从这里开始写到这里结束。"


def test_unclosed_quote_keeps_a_short_line_in_its_paragraph():
    raw = (
        "革新，让好易点新增大批订单，据了解，该公司今年订单\n"
        "超前年同期，是去年疫情期间的三倍之多。\n"
        "“‘品字标’认证标准比\n"
        "行业标准更高，带来了消费品的高品质供给，企业底气十足。”金华市某局处长说。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert lines[-1].startswith("“‘品字标’认证标准比行业标准更高")


def test_indented_line_opens_a_paragraph_in_hard_wrapped_text():
    raw = (
        "\u3000\u3000某某经济开发区今年以来引进项目十二个，总投资超过八十亿元，其中\n"
        "新材料项目五个，占全部项目的四成以上，带动就业岗位两千多个\n"
        "\u3000\u3000园区管委会表示，下一步将继续优化营商环境，推动项目尽快落地投产，\n"
        "实现互利共赢。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert lines == [
        "某某经济开发区今年以来引进项目十二个，总投资超过八十亿元，其中新材料项目五个，占全部项目的四成以上，带动就业岗位两千多个",
        "园区管委会表示，下一步将继续优化营商环境，推动项目尽快落地投产，实现互利共赢。",
    ]


def test_stack_of_drifted_headlines_is_not_glued_together():
    body = "".join(f"第{i}行是正文内容，比较长一些\n\n" for i in range(6))
    raw = (
        body + "受益群众一万户，村集体增收。\n\n"
        "某省高技术产业投资同比增长两成\n\n"
        "某市设专班解决企业困难诉求\n\n"
        "某某聚酯科技产业园重点装置开建\n\n"
        "的消息传来，某县积极探索共富机制，\n\n"
        "通过搭建合伙平台推进乡村振兴。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert "某省高技术产业投资同比增长两成" in lines
    assert "某市设专班解决企业困难诉求" in lines
    # the stack's last line keeps its join (it may open the next article)
    assert lines[-1].startswith("某某聚酯科技产业园重点装置开建")


def test_line_starting_with_a_closing_quote_continues_the_previous_line():
    raw = "“原料进了园区，将被吃干榨尽，不会产生废品。\n\n”在某某集团焦化项目工地，经理告诉记者。\n"
    assert _clean(raw).text == "“原料进了园区，将被吃干榨尽，不会产生废品。”在某某集团焦化项目工地，经理告诉记者。"


def test_letter_spaced_sentence_end_does_not_split_off_one_char():
    raw = "阳 春 三 月 ， 又 到 了 收 割 的 季 节 。 三\n封寺镇泰和村千亩基地里，芥菜整齐排列。\n"
    assert _clean(raw).text == "阳春三月，又到了收割的季节。三封寺镇泰和村千亩基地里，芥菜整齐排列。"


def test_markdown_list_items_quotes_and_bold():
    raw = "- 第一项：某某园区引进项目，\n- 第二项：**某某公司**投资建设，\n> 引用的一段话，\n1. 编号的一项，投资 3. 5 亿元。\n* 项目一\n* 项目二\n"
    doc = _clean(raw)
    assert doc.text.split("\n") == [
        "第一项：某某园区引进项目，",
        "第二项：某某公司投资建设，",
        "引用的一段话，",
        "编号的一项，投资3.5亿元。",
        "项目一",
        "项目二",
    ]
    _assert_offsets(doc)


def test_sentence_openers_that_look_like_byline_words_stay_text():
    assert not is_byline("统筹推进产业发展")
    assert not is_byline("来源于当地的小麦秸秆")
    assert is_byline("来源：经济日报") and is_byline("记者 王 波") and is_byline("作者：张三")
    raw = "园区坚持规划引领，\n统筹推进产业发展和城市建设\n工作，取得明显成效。\n"
    assert _clean(raw).text == "园区坚持规划引领，统筹推进产业发展和城市建设工作，取得明显成效。"


def test_stack_last_line_before_a_paragraph_opener_stays_a_headline():
    body = "".join(f"第{i}行是正文内容，比较长一些\n\n" for i in range(6))
    raw = (
        body + "受益群众一万户，村集体增收。\n\n"
        "某省高技术产业投资同比增长两成\n\n"
        "某市设专班解决企业困难诉求\n\n"
        "某某项目获国际设计大奖\n\n"
        "今年以来，某县积极探索共富机制，\n\n"
        "通过搭建合伙平台推进乡村振兴。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert lines[-2] == "某某项目获国际设计大奖"
    assert lines[-1] == "今年以来，某县积极探索共富机制，通过搭建合伙平台推进乡村振兴。"


def test_lone_full_width_line_before_a_dated_opener_is_a_headline():
    raw = (
        "上一篇文章的最后一句话在这里结束。\n"
        "某某园区推进碳达峰试点建设进程加快\n"
        "4月22日，某某园区举行项目集中开工仪式，\n"
        "共有十个项目开工。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert lines[1] == "某某园区推进碳达峰试点建设进程加快"
    assert lines[2] == "4月22日，某某园区举行项目集中开工仪式，共有十个项目开工。"


def test_column_line_ending_in_paishe_is_text_not_a_credit():
    raw = "无人机在园区上空盘旋，工作人员正在进行拍摄\n记录项目建设的每一个瞬间。\n"
    assert _clean(raw).text == "无人机在园区上空盘旋，工作人员正在进行拍摄记录项目建设的每一个瞬间。"
    assert not is_credit("工作人员正在进行拍摄") and not is_credit("工人在作业【张三摄】")


LAYOUT = """\
                      山西某某开发区项目建设提速
  今年以来，某某经济技术开发区        资源型城市，多年来形成了煤电
持续推进项目建设，山西宏达钢铁集      铝材、煤钢焦化等一批主导传统
团有限公司投资16.5亿元建设的年产      产业。
2万吨新材料项目进展顺利。               近年来，河津市抓住钢铁、焦化
  阳光集团所在的河津市属于传统        行业转型窗口期，全力推进延链。
"""


def test_side_by_side_columns_are_read_column_by_column():
    doc = _clean(LAYOUT)
    assert doc.text.split("\n") == [
        "山西某某开发区项目建设提速",
        "今年以来，某某经济技术开发区持续推进项目建设，山西宏达钢铁集团有限公司投资16.5亿元建设的年产2万吨新材料项目进展顺利。",
        "阳光集团所在的河津市属于传统资源型城市，多年来形成了煤电铝材、煤钢焦化等一批主导传统产业。",
        "近年来，河津市抓住钢铁、焦化行业转型窗口期，全力推进延链。",
    ]
    for i, c in enumerate(doc.text):  # offsets still point at the same characters
        r = doc.raw[doc.offsets[i]]
        assert c == r or (c == "\n" and r.isspace()), (i, c, r)


def test_pages_without_wide_gaps_are_not_treated_as_columns():
    raw = "某某园区   今年投资增长。\n" + COLUMN
    doc = _clean(raw)
    assert doc.text.startswith("某某园区今年投资增长。\n")


def _wrap(text: str, width: int, lead: str = "", blank: bool = True) -> str:
    """Hard-wrap ``text`` every ``width`` chars, like a PDF column; ``lead`` goes before every other line."""
    rows = [text[i : i + width] for i in range(0, len(text), width)]
    rows = [(lead if k % 2 else "") + r for k, r in enumerate(rows)]
    return ("\n\n" if blank else "\n").join(rows) + "\n"


PARA_QH = (
    "9月3日，青海柴达木循环经济试验区管委会与格尔木盐湖锂业有限公司签订投资协议，"
    "后者拟投资22亿元在格尔木工业园建设年产5万吨电池级碳酸锂项目，预计明年投产。"
)


@pytest.mark.parametrize("width", [7, 11, 13, 16, 19])
def test_single_space_at_line_start_is_not_a_paragraph_indent(width: int) -> None:
    # one stray space before every other column line ("厦\n 门储芯"), also inside names
    doc = _clean(_wrap(PARA_QH, width, lead=" "))
    assert doc.text == PARA_QH
    _assert_offsets(doc)


def test_two_ems_or_a_tab_still_open_a_paragraph() -> None:
    first = "内蒙古某某开发区今年新签约项目九个，总投资约四十亿元，其中"
    second = "新能源项目五个，带动就业岗位一千多个"
    for indent in ("\u3000\u3000", "\t", "    "):
        raw = f"{first}\n{second}\n{indent}园区负责人表示，下一步将继续推进项目落地。\n"
        assert _clean(raw).text.split("\n") == [first + second, "园区负责人表示，下一步将继续推进项目落地。"]


def test_dateline_line_after_a_headline_stack_runs_into_its_paragraph() -> None:
    # headline + kicker after a paragraph end, then a dateline whose first clause
    # is torn inside a place name over unpunctuated lines
    raw = (
        "上一篇文章的最后一段正文内容到这里结束。\n\n"
        "甘孜：清洁能源\n\n"
        "“绿电”点亮高原\n\n"
        "本报讯（记者扎西）走进甘孜藏\n\n"
        "族自治州康定市的康定高新区\n\n"
        "，一排排光伏板整齐排列，园区今年新增装机容量十二万千瓦。\n"
    )
    lines = _clean(raw).text.split("\n")
    assert "甘孜：清洁能源" in lines and "“绿电”点亮高原" in lines
    assert lines[-1] == (
        "本报讯（记者扎西）走进甘孜藏族自治州康定市的康定高新区，一排排光伏板整齐排列，园区今年新增装机容量十二万千瓦。"
    )


@pytest.mark.parametrize("col", [16, 18, 20])
def test_short_unpunctuated_line_inside_an_open_sentence_is_text(col: int) -> None:
    # a ragged column: full lines of ``col`` chars, and a torn clause leaves one or
    # two short lines without any punctuation between punctuated lines
    head = "吉林长春新区今年出台《长春新区促进汽车零部件产业发展办法》，"
    rows = [head[i : i + col] for i in range(0, len(head), col)]
    rows += ["对单个项目投资超过5", "亿元的，按投资额给予奖励；在园区北侧，松原华信汽", "车部件有限公司", "年产20万", "套底盘项目已开工建设，预计明年投产。"]
    filler = "长春新区汽车零部件产业链条较长，配套企业数量逐年增加，产值稳步提升。"
    rows = [filler[i : i + col] for i in range(0, len(filler), col)] * 2 + rows
    doc = _clean("\n\n".join(rows) + "\n")
    assert doc.text.split("\n")[-1].endswith(
        "对单个项目投资超过5亿元的，按投资额给予奖励；在园区北侧，松原华信汽车部件有限公司年产20万套底盘项目已开工建设，预计明年投产。"
    )
    _assert_offsets(doc)


def test_headline_between_two_halves_of_a_paragraph_stays_apart() -> None:
    filler = "".join(f"第{i}段正文内容，写得比较长一些，" for i in range(8))
    rows = [filler[i : i + 16] for i in range(0, len(filler), 16)]
    rows += ["营造更加良好的环", "宁夏银川经开区", "新签约项目八个", "本报讯（记者马丽）近日，银川经济技术开发区举行签约仪式，共签约项目八个。"]
    lines = _clean("\n".join(rows) + "\n").text.split("\n")
    assert lines[-3:] == ["宁夏银川经开区", "新签约项目八个", "本报讯（记者马丽）近日，银川经济技术开发区举行签约仪式，共签约项目八个。"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("青岛西海岸新区签约18", "个海洋经济项目"), ("园区今年拟投资1", "86亿元建设码头"), ("累计引进企业3", "0余家")],
)
def test_number_torn_from_its_unit_is_joined(first: str, second: str) -> None:
    filler = "".join(f"第{i}段正文内容写得比较长一些，以便撑满整栏。" for i in range(6))
    rows = [filler[i : i + 20] for i in range(0, len(filler), 20)]
    raw = "\n\n".join([*rows, first, second, "本报讯（记者于洋）近日，园区举行签约仪式。"]) + "\n"
    doc = _clean(raw)
    assert first + second in doc.text.split("\n")
    _assert_offsets(doc)


def test_page_number_before_a_date_line_is_not_a_torn_number() -> None:
    raw = "园区周刊B2\n\n2025年5月9日星期五\n\n本报讯（记者于洋）近日，园区举行签约仪式，共签约项目十个。\n"
    assert _clean(raw).text.split("\n")[:2] == ["园区周刊B2", "2025年5月9日星期五"]


_BODY = "".join(f"第{i}段正文内容写得比较长一些，以便撑满整栏。" for i in range(6))
_ROWS = [_BODY[i : i + 18] for i in range(0, len(_BODY), 18)]


def test_headline_wrapped_inside_a_word_is_one_line() -> None:
    raw = "\n\n".join([*_ROWS, "（张明）", "盐城高新", "区首座零碳工厂投运", "本报讯（记者于洋）近日，园区举行投运仪式。"]) + "\n"
    lines = _clean(raw).text.split("\n")
    assert "盐城高新区首座零碳工厂投运" in lines


def test_body_line_wrapped_inside_a_word_after_a_paragraph_end_is_joined() -> None:
    raw = "\n\n".join([*_ROWS, "湘江新区2024年进出", "口总额达900亿元，同比增长一成。"]) + "\n"
    doc = _clean(raw)
    assert doc.text.split("\n")[-1] == "湘江新区2024年进出口总额达900亿元，同比增长一成。"
    _assert_offsets(doc)


def test_deliberate_headline_breaks_and_author_names_stay_apart() -> None:
    raw = "\n\n".join([*_ROWS, "王波", "长春新区", "打通两方堵点", "找准合作切口", "本报讯（记者于洋）近日，园区举行签约仪式。"]) + "\n"
    lines = _clean(raw).text.split("\n")
    assert lines[-5:-1] == ["王波", "长春新区", "打通两方堵点", "找准合作切口"]


_ARTICLE = [
    "本报讯（记者马丽）9月3日，青海柴达木循环经济试验区管委会与格尔木盐湖锂业有限公司签订投资协议，"
    "后者拟投资22亿元在格尔木工业园建设年产5万吨电池级碳酸锂项目，预计明年6月投产。",
    "公司负责人告诉记者，试验区为项目提供了全程代办服务，20余项审批事项实现并联办理，从签约到开工只用了四十天。",
    "据了解，海西蒙古族藏族自治州今年已引进新能源新材料项目18个，总投资超过260亿元，其中亿元以上项目11个。",
    "其中，青海鑫能光伏科技有限公司拟投资15亿元建设高效光伏组件生产基地，青海高原乳业集团将投资3.2亿元实施乳制品深加工项目。",
]


@pytest.mark.parametrize(("lo", "hi"), [(10, 14), (12, 20), (15, 22), (18, 30), (25, 40)])
@pytest.mark.parametrize("blank", [True, False])
def test_ragged_rewrap_keeps_every_paragraph_whole(lo: int, hi: int, blank: bool) -> None:
    """Paragraphs hard-wrapped at random widths in [lo, hi], with a stray space
    before some lines, come back exactly (names, numbers and units rejoined)."""
    for seed in range(8):
        rnd = random.Random(seed)
        rows = []
        for para in _ARTICLE:
            i = 0
            while i < len(para):
                w = rnd.randint(lo, hi)
                rows.append((" " if rnd.random() < 0.25 else "") + para[i : i + w])
                i += w
        doc = _clean(("\n\n" if blank else "\n").join(rows) + "\n")
        assert doc.text.split("\n") == _ARTICLE, (seed, doc.text)
        _assert_offsets(doc)


def test_news_brief_bullet_line_runs_into_the_next_line() -> None:
    from kg.document import Document
    from kg.text.cleaning import clean

    raw = ("园区简讯\n\n■ 柳州经济技术开发区日前被认定为广西首批\n\n“5G+工业互联网”融合应用先导\n\n"
           "区。目前，柳州经开区聚集电子企业\n\n150 余家。\n\n■ 11 月 16 日，总投资15亿元")
    text = clean(Document(id="t", source="t", raw=raw)).text
    assert "广西首批“5G+工业互联网”融合应用先导区。" in text


def test_a_decimal_number_torn_after_its_point_is_joined() -> None:
    from kg.document import Document
    from kg.text.cleaning import clean

    raw = "企业达到38家。其中，康泽生物投\n\n资3.\n\n6亿元的生物药制剂产业化基地将于年\n\n内竣工。"
    assert "投资3.6亿元的生物药制剂产业化基地" in clean(Document(id="t", source="t", raw=raw)).text


def test_a_short_line_inside_an_open_sentence_runs_on() -> None:
    from kg.document import Document
    from kg.text.cleaning import clean

    raw = ("本报榆林讯在陕西省榆林\n\n市，榆林高新技术产业开发区内的陕\n\n西榆能化学材料有限公司总投资168亿\n\n"
           "元的年产40万吨煤制\n\n烯烃项目近日进入设备安装阶\n\n段。该项目是榆林市今年推进的最大")
    assert "年产40万吨煤制烯烃项目近日进入" in clean(Document(id="t", source="t", raw=raw)).text


def test_a_line_ending_in_a_conjunction_runs_on() -> None:
    from kg.document import Document
    from kg.text.cleaning import clean

    raw = "■泉州经济技术开发区与\n\n深圳云栖智能科技有限公司签约，后者将投资1.8亿元。"
    assert "泉州经济技术开发区与深圳云栖智能科技有限公司签约" in clean(Document(id="t", source="t", raw=raw)).text


def test_a_tab_inside_a_line_parts_table_cells() -> None:
    from kg.pipeline import process_text

    doc = process_text("名单如下。\n序号\t企业名称\t所在区\n1\t青禾传感科技有限公司\t海淀区\n")
    assert "1\t青禾传感科技有限公司\t海淀区" in doc.text
    assert [m.text for m in doc.mentions if m.type == "Company"] == ["青禾传感科技有限公司"]
    assert all(s.kind == "body" for s in doc.sentences)


def test_a_notices_title_line_is_not_run_into_the_text_below_it():
    raw = ("青禾省工业和信息化厅关于2025年度省级绿色工厂名单的公示\n"
           "根据有关工作安排，经企业申报、专家评审，拟认定以下3家企业为2025年度青禾省省级绿色工厂，现予以公示。\n")
    lines = _clean(raw).text.split("\n")
    assert lines[0] == "青禾省工业和信息化厅关于2025年度省级绿色工厂名单的公示"
