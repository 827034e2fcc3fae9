"""The projects stage: facility-named projects governed by investment cues.

Every sentence here was written for the test (invented firms, other provinces,
other wording than the seeds and held-out pages).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import pipeline
from kg.document import Document, Mention, Sentence
from kg.extract.projects import RULES as PROJECT_RULES
from kg.extract.projects import drop_generic_projects, recognise_projects
from kg.pipeline import process, process_rules


def run(text: str) -> Document:
    """The text through every stage but the learned filters: what the rules propose (a model's decision
    is measured on the test split, not on one invented sentence; see kg.pipeline.process_rules)."""
    stages = [(n, f) for n, f in pipeline.STAGES if n not in pipeline.LEARNED_FILTERS]
    return process(Document(id="t", source="t", raw=text), stages=stages)


def projects(doc: Document, refs: bool = False) -> list[str]:
    return [m.text for m in doc.mentions if m.type == "Project" and (refs or not m.is_reference)]


def invests(doc: Document) -> list[tuple[str, str, Decimal | None]]:
    return [(f.subject.text, f.obj.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]


def test_the_project_stage_runs_after_recognise_in_the_pipeline() -> None:
    names = [n for n, _ in pipeline.STAGES]
    assert names.index("projects") == names.index("recognise") + 1  # (the whole order: tests/test_pipeline.py)
    assert dict(pipeline.STAGES)["projects"] is recognise_projects


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("4月2日，湖南中联智造有限公司计划投资5.5亿元，在长沙经开区建设一条新能源重卡总装线。",
         "新能源重卡总装线", "湖南中联智造有限公司", Decimal("550000000")),
        ("黑龙江北大荒米业有限公司追加投资9000万元，扩建大米加工生产线。",
         "大米加工生产线", "黑龙江北大荒米业有限公司", Decimal("90000000")),
        ("山东鲁华化工有限公司投入3000万元实施生产装置节能改造。",
         "生产装置节能改造", "山东鲁华化工有限公司", Decimal("30000000")),
        ("甘肃陇原电力有限公司总投资6.8亿元的100兆瓦风电场已并网发电。",
         "100兆瓦风电场", "甘肃陇原电力有限公司", Decimal("680000000")),
        ("贵州黔能电力有限公司投资8亿元建设200兆瓦农光互补光伏电站，预计年发电量2.6亿千瓦时。",
         "200兆瓦农光互补光伏电站", "贵州黔能电力有限公司", Decimal("800000000")),
        ("湖南湘电动力有限公司投资8000万元实施电机生产线技改。",
         "电机生产线技改", "湖南湘电动力有限公司", Decimal("80000000")),
        ("浙江之江机器人有限公司与园区签约，将投资2亿元建设机器人核心部件研发制造基地。",
         "机器人核心部件研发制造基地", "浙江之江机器人有限公司", Decimal("200000000")),
    ],
)
def test_cue_governed_facility_is_a_project_with_its_amount(text: str, name: str, investor: str, yuan: Decimal) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


def test_default_stages_miss_what_the_stage_adds() -> None:
    text = "黑龙江北大荒米业有限公司追加投资9000万元，扩建大米加工生产线。"
    without = [(n, f) for n, f in pipeline.STAGES if n != "projects"]
    base = process(Document(id="t", source="t", raw=text), without)
    assert "大米加工生产线" not in projects(base)
    assert "大米加工生产线" in projects(run(text))


def test_phase_after_the_head_stays_in_the_name() -> None:
    doc = run("重庆两江光伏有限公司投资20亿元建设光伏组件智能工厂二期。")
    assert "光伏组件智能工厂二期" in projects(doc)


def test_quoted_name_without_its_quotes() -> None:
    doc = run("辽宁沈鼓集团投资4亿元建设“压缩机数字化车间”，预计明年建成。")
    assert "压缩机数字化车间" in projects(doc)


def test_components_of_a_project_are_not_projects() -> None:
    doc = run("该项目总投资10亿元，主要建设电芯生产线、模组车间及配套设施。")
    assert [m for m in doc.mentions if m.source == "projects"] == []


def test_investor_then_facility_then_status_word() -> None:
    doc = run("四川天府绿能有限公司零碳示范工厂日前正式投产。")
    assert projects(doc) == ["零碳示范工厂"]
    assert ("四川天府绿能有限公司", "零碳示范工厂", None) in invests(doc)


def test_reference_links_back_to_a_facility_named_without_cue() -> None:
    doc = run("走进宁夏银川经开区的宁东光伏电站，一排排光伏板整齐排列。该电站由宁夏清能电力有限公司投资4亿元建设。")
    assert "宁东光伏电站" in projects(doc)
    ref = next(m for m in doc.mentions if m.text == "该电站")
    named = next(m for m in doc.mentions if m.text == "宁东光伏电站")
    assert ref.is_reference and ref.entity == named.entity
    assert ("宁夏清能电力有限公司", "宁东光伏电站", Decimal("400000000")) in invests(doc)


@pytest.mark.parametrize(
    "text",
    [
        "园区将着力建设国家级研发中心，打造千亿级新能源产业基地。",
        "公司新建省级企业技术中心，投资建设智能化生产线。",
        "企业去年完成技术改造，今年将建设第二条生产线。",
        "园区累计投资20亿元完善基础设施，建设污水处理厂和综合管廊。",
        "会议要求，各地要加快建设一批数字化车间和智能工厂。",
        "高新区今年新建5G基站300个，建成数据中心2个。",
        "企业加快推进数字化转型，建设智能工厂。",
        "园区与浙江大学共建联合实验室，并建设产业创新中心。",
        "公司将改造提升老旧生产线，新增两条自动化产线。",
    ],
)
def test_kinds_counts_and_lists_are_not_projects(text: str) -> None:
    assert not [m for m in run(text).mentions if m.source == "projects"]


@pytest.mark.parametrize(
    "text",
    [
        "该区共引进重点项目25个，其中过亿元项目12个，吸引外资项目3个。",
        "市政府对新落地的智能制造项目给予最高500万元奖励。",
        "云南滇中新区今年签约16个绿色能源项目，总投资80亿元。",
        "园区今年计划引进生物医药产业链项目30个。",
        "11月3日，昆明经开区2026年高端装备项目推介会举行。",
        "园区主要承接食品加工和现代物流项目。",
    ],
)
def test_generic_rule_projects_are_dropped(text: str) -> None:
    assert projects(run(text)) == []


def test_generic_filter_keeps_named_projects() -> None:
    doc = run("甘肃金川新材料有限公司年产5万吨电池级碳酸锂项目签约仪式昨日举行，项目总投资12亿元。")
    assert "年产5万吨电池级碳酸锂项目" in projects(doc)


def _doc(text: str, mentions: list[Mention], kind: str = "body") -> Document:
    d = Document(id="h", source="h", raw=text, text=text)
    d.sentences = [Sentence(0, len(text), text, kind)]
    d.mentions = mentions
    return d


def test_stage_alone_on_hand_made_document_never_overlaps() -> None:
    text = "宁波甬港码头有限公司投资7亿元建设穿山港区集装箱码头。"
    company = Mention(0, 10, "宁波甬港码头有限公司", "Company")
    doc = recognise_projects(_doc(text, [company]))
    added = [m for m in doc.mentions if m.source == "projects"]
    assert [m.text for m in added] == ["穿山港区集装箱码头"]
    assert added[0].start == text.index("穿山") and added[0].end == text.index("。")
    assert company in doc.mentions
    # a mention already covering the span blocks the candidate
    blocker = Mention(text.index("穿山"), text.index("穿山") + 4, "穿山港区", "Park")
    doc2 = recognise_projects(_doc(text, [company, blocker]))
    assert not [m for m in doc2.mentions if m.source == "projects"]


def test_stage_replaces_a_shorter_project_fragment_it_contains() -> None:
    text = "内蒙古草原乳业有限公司拟投资8亿元建设低温乳制品加工基地项目。"
    s = text.index("乳制品")
    frag = Mention(s, text.index("。"), text[s: text.index("。")], "Project")
    doc = recognise_projects(_doc(text, [frag]))
    ps = [m for m in doc.mentions if m.type == "Project"]
    assert [m.text for m in ps] == ["低温乳制品加工基地项目"] and ps[0].source == "projects"


def test_headline_sentences_are_not_read() -> None:
    text = "海南椰岛饮品有限公司投资3亿元建设椰汁灌装线"
    doc = recognise_projects(_doc(text, [Mention(0, 10, "海南椰岛饮品有限公司", "Company")], kind="headline"))
    assert not [m for m in doc.mentions if m.source == "projects"]
    doc = recognise_projects(_doc(text, [Mention(0, 10, "海南椰岛饮品有限公司", "Company")]))
    assert [m.text for m in doc.mentions if m.source == "projects"] == ["椰汁灌装线"]


def test_clause_cut_by_layout_is_read_whole() -> None:
    # the page broke the clause so segmentation saw a "headline" fragment
    text = "今年以来，园区累计投入\n2000万元建设智慧\n消防监管平台，实现全覆盖。"
    a, b = text.index("\n2000"), text.index("\n消防")
    d = Document(id="h", source="h", raw=text, text=text)
    d.sentences = [Sentence(0, a, text[:a], "headline"), Sentence(a + 1, b, text[a + 1: b], "headline"),
                   Sentence(b + 1, len(text), text[b + 1:], "body")]
    doc = recognise_projects(d)
    got = [m for m in doc.mentions if m.source == "projects"]
    assert len(got) == 1 and got[0].text.replace("\n", "") == "智慧消防监管平台"


def test_drop_generic_projects_keeps_references_and_own_mentions() -> None:
    text = "签约12个先进制造业项目，该项目进展顺利。"
    gen = Mention(text.index("个") , text.index("，"), text[text.index("个"): text.index("，")], "Project")
    ref = Mention(text.index("该项目"), text.index("该项目") + 3, "该项目", "Project", is_reference=True)
    doc = drop_generic_projects(_doc(text, [gen, ref]))
    assert doc.mentions == [ref]


def test_same_text_gives_same_mentions() -> None:
    text = "江西赣锋储能有限公司拟投资20亿元建设储能电池超级工厂，预计2027年投产。"
    a, b = run(text), run(text)
    assert [(m.start, m.end, m.type) for m in a.mentions] == [(m.start, m.end, m.type) for m in b.mentions]


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        # any facility head after an invested amount and a construction verb
        ("江西赣锋新能有限公司斥资6亿元建设的固态电池中试基地已完成主体施工。",
         "固态电池中试基地", "江西赣锋新能有限公司", Decimal("600000000")),
        ("云南滇池食品有限公司投资2千万元新建的鲜花饼烘焙工厂9月投入运营。",
         "鲜花饼烘焙工厂", "云南滇池食品有限公司", Decimal("20000000")),
        ("河北冀中钢铁有限公司斥资3.5亿元实施高炉煤气余热回收改造；",
         "高炉煤气余热回收改造", "河北冀中钢铁有限公司", Decimal("350000000")),
        ("天津海晟医药有限公司投资8000万元新建的无菌原料药车间近日通过验收。",
         "无菌原料药车间", "天津海晟医药有限公司", Decimal("80000000")),
    ],
)
def test_strong_cue_takes_any_facility_head(text: str, name: str, investor: str, yuan: Decimal) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


def test_investor_possessive_then_any_facility_then_status() -> None:
    doc = run("在临港片区，上海蓝芯微电子有限公司的车规级芯片封装工厂正在安装设备。")
    assert "车规级芯片封装工厂" in projects(doc)


def test_reference_with_amount_inside_and_investor_in_between() -> None:
    doc = run("青海盐湖镁业有限公司的镁合金压铸工厂内，机器轰鸣。这座工厂由盐湖镁业斥资9亿元打造。")
    assert ("青海盐湖镁业有限公司", "镁合金压铸工厂", Decimal("900000000")) in invests(doc)
    doc = run("走进天津港保税区，港湾重工的海工装备总装基地，塔吊林立。“港湾重工投资建设这个基地，"
              "看中的是港口。”负责人说，这座总投资26亿元的基地明年投产。")
    assert ("港湾重工", "海工装备总装基地", Decimal("2600000000")) in invests(doc)


def test_brand_that_names_a_facility_and_acts_alone_is_a_company() -> None:
    text = ("清晨的曹妃甸，唐山凯德利智能工厂的厂房连成一片。“凯德利建设这座工厂用了三年。”"
            "负责人介绍，这座总投资40亿元的工厂今年满产。")
    doc = run(text)
    assert "唐山凯德利智能工厂" in projects(doc)
    companies = [m.text for m in doc.mentions if m.type == "Company"]
    assert companies == ["凯德利"]
    (inv,) = [f for f in invests(doc) if f[0] == "凯德利"]
    assert inv[2] == Decimal("4000000000")


@pytest.mark.parametrize(
    "text",
    [
        # a trade word starts the facility's name: 光伏 is no firm
        "园区光伏产业发展迅速。赣州光伏组件智能工厂的厂房连成一片。“光伏建设要提速。”这座总投资5亿元的工厂明年投产。",
        # an ordinary word standing alone is not a brand
        "智能制造水平不断提升，绿色智能工厂的厂房连成一片。这座总投资5亿元的工厂明年投产。",
    ],
)
def test_trade_words_and_ordinary_words_are_not_brands(text: str) -> None:
    doc = run(text)
    assert not [m for m in doc.mentions if m.type == "Company"]


def test_strong_cue_extends_a_project_name_cut_at_an_inner_verb() -> None:
    doc = run("云南曲靖经开区与云南滇东重工有限公司签约，企业将投资4.5亿元建设煤矿智能采掘装备产业化项目。")
    assert projects(doc) == ["煤矿智能采掘装备产业化项目"]


def test_headline_shorthand_of_a_body_project_is_dropped() -> None:
    text = ("曲靖经开区签约采掘装备项目\n"
            "本报讯 曲靖经开区日前与云南滇东重工有限公司签约，企业将投资4.5亿元建设煤矿智能采掘装备产业化项目。")
    doc = process(Document(id="t", source="t", raw=text))
    assert projects(doc) == ["煤矿智能采掘装备产业化项目"]


@pytest.mark.parametrize("text", ["当前正值四季度项目建设攻坚期，工地上一片繁忙。", "园区上半年项目开工率达到95%。"])
def test_a_period_s_projects_are_not_a_project(text: str) -> None:
    assert projects(run(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("由福建闽航维修有限公司投资3亿元建设的发动机再制造基地在厦门开工。",
         "发动机再制造基地", "福建闽航维修有限公司", Decimal("300000000")),
        ("广西桂数科技有限公司将投资6亿元，在南宁高新技术产业开发区建设算力调度中心。",
         "算力调度中心", "广西桂数科技有限公司", Decimal("600000000")),
        ("湖北楚材新材料有限公司将追加投资2亿元建设先进陶瓷材料研究院。",
         "先进陶瓷材料研究院", "湖北楚材新材料有限公司", Decimal("200000000")),
    ],
)
def test_strong_cue_reaches_over_a_long_park_name_and_more_heads(text: str, name: str, investor: str,
                                                                   yuan: Decimal) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


def test_builder_named_after_the_project_with_fuzeren() -> None:
    doc = run("园区正在建设总投资5亿元的风光储一体化示范工程，由广西桂能科技有限公司负责投资运营。")
    assert ("广西桂能科技有限公司", "风光储一体化示范工程", Decimal("500000000")) in invests(doc)


@pytest.mark.parametrize("text", ["园区力争年底前再落地5个以上配套项目。", "这是今年南宁市引进的最大数字经济项目。"])
def test_counts_and_ranks_are_not_projects(text: str) -> None:
    assert projects(run(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("陕西秦药生物集团有限公司投资的疫苗产业化基地已完成主体施工，总投资12亿元。",
         "疫苗产业化基地", "陕西秦药生物集团有限公司", Decimal("1200000000")),
        ("经开区内，陕西秦环再生资源有限公司新建的动力电池梯次利用中心本月投用，总投资1.6亿元。",
         "动力电池梯次利用中心", "陕西秦环再生资源有限公司", Decimal("160000000")),
        ("在西安高新区，秦芯显示科技（西安）有限公司的第6代柔性显示面板生产线上，机械臂往来穿梭。该生产线总投资120亿元。",
         "第6代柔性显示面板生产线", "秦芯显示科技（西安）有限公司", Decimal("12000000000")),
    ],
)
def test_investor_possessive_or_built_de_with_any_head(text: str, name: str, investor: str, yuan: Decimal) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


def test_a_facility_named_by_its_yearly_output_is_a_project() -> None:
    doc = run("在西安光启微电子有限公司的新厂房里，首条年产30万片硅光芯片生产线正在联调。")
    assert "年产30万片硅光芯片生产线" in projects(doc)


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("根据协议，重庆渝电集团有限公司将在璧山区建设智能网联汽车零部件产业基地，总投资约12亿元。",
         "智能网联汽车零部件产业基地", "重庆渝电集团有限公司", Decimal("1200000000")),
        ("由两江新区城市投资集团有限公司建设的综合管廊二期工程也已进入收尾阶段。这项工程总投资3.2亿元。",
         "综合管廊二期工程", "两江新区城市投资集团有限公司", Decimal("320000000")),
        ("光刻胶企业重庆华微光电有限公司也在此设立了西南生产基地。", "西南生产基地", "重庆华微光电有限公司", None),
    ],
)
def test_the_firm_builds_or_sets_up_a_facility(text: str, name: str, investor: str, yuan: Decimal | None) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("湖南锐达智能装备有限公司将投资8亿元在园区建设电动工程机械研发制造基地。",
         "电动工程机械研发制造基地", "湖南锐达智能装备有限公司", Decimal("800000000")),
        ("湖南中科微电子有限公司投资48000万元的车规级功率模块封装测试基地进入设备调试阶段。",
         "车规级功率模块封装测试基地", "湖南中科微电子有限公司", Decimal("480000000")),
        ("湖南博远热能有限公司投资5千万元实施热泵空调生产线扩建项目，预计8月投产。",
         "热泵空调生产线扩建项目", "湖南博远热能有限公司", Decimal("50000000")),
        ("在长沙经开区的湖南星驰汽车有限公司新能源整车第二工厂，总装车间里一片繁忙。这座工厂由星驰汽车投资62亿元建设。",
         "新能源整车第二工厂", "湖南星驰汽车有限公司", Decimal("6200000000")),
        ("走进湖南铁汉重工机械股份有限公司的桩机智能工厂，焊花飞溅。这座智能工厂由铁汉重工投资30亿元打造。",
         "桩机智能工厂", "湖南铁汉重工机械股份有限公司", Decimal("3000000000")),
    ],
)
def test_more_shapes_of_facility_projects(text: str, name: str, investor: str, yuan: Decimal) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("醴陵经济开发区日用陶瓷产业园内，湖南釉彩陶瓷股份有限公司年产1.2亿件高档日用陶瓷智能生产线点火投产。"
         "这条生产线由釉彩陶瓷投资6.5亿元建设。",
         "年产1.2亿件高档日用陶瓷智能生产线", "湖南釉彩陶瓷股份有限公司", Decimal("650000000")),
        ("这条年产200根船用低速柴油机曲轴生产线由辽宁海诺船舶装备有限公司投资3.8亿元建设。",
         "年产200根船用低速柴油机曲轴生产线", "辽宁海诺船舶装备有限公司", Decimal("380000000")),
        ("7月7日，湖南湘江新区智能网联汽车测试区三期工程通过验收。该工程由湖南湘江智行科技有限公司投资3.2亿元建设。",
         "智能网联汽车测试区三期工程", "湖南湘江智行科技有限公司", Decimal("320000000")),
    ],
)
def test_output_named_lines_and_phase_works(text: str, name: str, investor: str, yuan: Decimal) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("这里是瀚海重工（南通）有限公司新建的海上风电基础结构制造基地，该项目总投资21亿元。",
         "海上风电基础结构制造基地", "瀚海重工（南通）有限公司", Decimal("2100000000")),
        ("蓝海海工集团副总裁告诉记者，集团将在南通经开区建设深远海浮式风电平台总装基地，一期投资15亿元。",
         "深远海浮式风电平台总装基地", "蓝海海工集团", Decimal("1500000000")),
        ("3月18日，总投资65亿元的12英寸特色工艺晶圆生产线项目在无锡高新区开工。项目由芯源微电子（无锡）有限公司投资建设。",
         "12英寸特色工艺晶圆生产线项目", "芯源微电子（无锡）有限公司", Decimal("6500000000")),
        ("去年，顺达电器有限公司投资1.6亿元，完成了空调压缩机生产线智能化改造。",
         "空调压缩机生产线智能化改造", "顺达电器有限公司", Decimal("160000000")),
    ],
)
def test_built_de_references_and_completed_works(text: str, name: str, investor: str, yuan: Decimal) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


@pytest.mark.parametrize(
    ("text", "name", "investor", "yuan"),
    [
        ("其中，由北辰高分子材料（黑龙江）有限公司投资的特种工程塑料改性基地总投资5.2亿元，计划年内开工。",
         "特种工程塑料改性基地", "北辰高分子材料（黑龙江）有限公司", Decimal("520000000")),
        ("九江市人民政府与中船澜海重工集团有限公司签署合作协议，双方将在柴桑区共建船舶配套产业基地，首期投资6千万元。",
         "船舶配套产业基地", "中船澜海重工集团有限公司", Decimal("60000000")),
        ("瑞安华屹汽车电子有限公司去年投资5800万元实施数字化车间改造。",
         "数字化车间改造", "瑞安华屹汽车电子有限公司", Decimal("58000000")),
        ("浙江博瀚电驱有限公司去年在新区落户的电驱动总成生产基地已经投产。",
         "电驱动总成生产基地", "浙江博瀚电驱有限公司", None),
    ],
)
def test_joint_builds_settled_plants_and_named_digital_workshops(text: str, name: str, investor: str,
                                                                 yuan: Decimal | None) -> None:
    doc = run(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


def test_a_first_plant_in_a_region_is_a_description_not_a_name() -> None:
    assert projects(run("杭州普济医药科技有限公司将投资3.6亿元建设高端制剂生产线，这是该企业在西南地区布局的首个生产基地。")) \
        == ["高端制剂生产线"]


def test_a_facility_qualified_by_its_milestone_and_an_amount_before_luohu() -> None:
    assert "星驰智能电动工程机械产业基地" in projects(run("今年1月开工的星驰智能电动工程机械产业基地给出了答案。该项目总投资28亿元。"))
    doc = run("营口经济技术开发区管委会与东洋耐火株式会社签署合作协议，由东洋耐火株式会社投资5000万元的高端耐火材料生产线落户营口经开区。")
    assert ("东洋耐火株式会社", "高端耐火材料生产线", Decimal("50000000")) in invests(doc)


def test_compound_amount_before_a_facility_name():
    from kg.pipeline import process_rules

    doc = process_rules("青禾光缆股份有限公司投资12亿5000万元的光纤预制棒扩产工程进入设备安装阶段。")
    inv = [(f.obj.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert inv == [("光纤预制棒扩产工程", 1_250_000_000)]


def test_zone_word_with_nei_before_a_group_is_not_its_name():
    from kg.pipeline import process_rules

    doc = process_rules("园区内远帆集团投资45亿元建设的年产10万吨锂盐项目一期已投产。")
    assert [m.text for m in doc.mentions if m.type == "Company"] == ["远帆集团"]


@pytest.mark.parametrize("rule", sorted(PROJECT_RULES))
def test_every_project_rule_finds_a_mention_in_its_own_example(rule: str) -> None:
    found = {m.rule for m in process_rules(PROJECT_RULES[rule].example).mentions}
    assert rule in found, f"{rule}: its example gives mentions of {sorted(found)}"


@pytest.mark.parametrize(("text", "project"), [
    ("华联瓷业股份有限公司的日用陶瓷智能化生产线扩建项目投资3.2亿元。", "日用陶瓷智能化生产线扩建项目"),
    ("远帆精密有限公司的精密铸件车间技改项目已经完工。", "精密铸件车间技改项目"),
])
def test_a_build_verb_between_facility_and_suffix_is_part_of_the_name(text: str, project: str) -> None:
    assert project in {m.text for m in process_rules(text).mentions if m.type == "Project"}


def test_a_build_verb_after_the_firm_still_opens_the_name():
    names = {m.text for m in process_rules("远帆精密有限公司扩建年产5万吨铸件项目。").mentions if m.type == "Project"}
    assert "年产5万吨铸件项目" in names




def test_a_firms_facility_in_a_zone_is_a_project():
    doc = process_rules("远帆精密有限公司在青湖高新区的新能源汽车基地去年产量突破10万辆。")
    assert "新能源汽车基地" in {m.text for m in doc.mentions if m.type == "Project"}


@pytest.mark.parametrize(("text", "project"), [
    ("远帆精密有限公司的服务器主板生产线去年投产。", "服务器主板生产线"),
    ("远帆精密有限公司的西部数据中心二期已经上线。", "西部数据中心二期"),
    ("远帆精密有限公司的深加工研发中心投资约1.5亿元。", "深加工研发中心"),
    ("华禾动力有限公司投资108亿元建设的60GWh动力储能电池生产基地正分批投产。", "60GWh动力储能电池生产基地"),
    ("今年引进华禾电子，建设汽车电子华北研发制造中心，投资8亿元。", "汽车电子华北研发制造中心"),
    ("华禾化工将与青川县共建高端精细化学品产业基地。", "高端精细化学品产业基地"),
    ("华禾医药股份有限公司创新药研发及产业化基地二期投资约20亿元。", "创新药研发及产业化基地二期"),
])
def test_facilities_a_firm_has_built_or_paid_for_are_projects(text: str, project: str) -> None:
    assert project in {m.text for m in process_rules(text).mentions if m.type == "Project"}


def test_a_counted_list_of_capacities_names_each_project():
    doc = process_rules("集中开工仪式上，年产五万吨高端食品包装膜、年产两千台智能农机、年产十万吨预制菜三个项目同时开工。")
    assert {"年产五万吨高端食品包装膜", "年产两千台智能农机", "年产十万吨预制菜"} <= {
        m.text for m in doc.mentions if m.type == "Project"}


def test_a_decimal_point_inside_a_capacity_stays_in_the_name():
    doc = process_rules("华禾资源控股有限公司的年产1.5万吨金属镁项目开工。")
    assert "年产1.5万吨金属镁项目" in {m.text for m in doc.mentions if m.type == "Project"}


def test_a_facility_a_firm_sets_up_with_its_investment_is_its_project():
    doc = process_rules("华禾技术股份有限公司投资12亿元在青川高新区设立伺服电机生产基地。")
    assert "伺服电机生产基地" in {m.text for m in doc.mentions if m.type == "Project"}


def test_a_kind_of_facility_joined_by_huo_is_no_project():
    doc = process_rules("华禾医疗有限公司计划投资在青川高新区建设研发或生产基地。")
    assert not [m for m in doc.mentions if m.type == "Project" and "或" in m.text]


def test_two_products_of_one_facility_joined_by_he_are_one_name_two_facilities_are_not():
    doc = process_rules("华禾技术股份有限公司投资12亿元在青川高新区设立伺服电机和变频器生产基地。")
    assert "伺服电机和变频器生产基地" in {m.text for m in doc.mentions if m.type == "Project"}
    doc = process_rules("青川县投资2亿元建设污水处理厂和综合管廊。")
    assert not [m for m in doc.mentions if m.type == "Project" and "和" in m.text]


@pytest.mark.parametrize("text, project", [
    ("华禾光学有限公司投资约18亿元建设的车载光学及智能座舱产业园今年开工。", "车载光学及智能座舱产业园"),
    ("青禾航空工业集团股份有限公司的航空零部件产业园三期开工，投资近9亿元。", "航空零部件产业园三期"),
    ("华禾食品集团有限公司投资6.5亿元建设中央厨房及预制菜产业园，年加工能力10万吨。", "中央厨房及预制菜产业园"),
])
def test_a_park_a_firm_builds_or_owns_is_its_project(text: str, project: str) -> None:
    doc = process_rules(text)
    assert project in {m.text for m in doc.mentions if m.type == "Project"}
    assert project not in {m.text for m in doc.mentions if m.type == "Park"}


def test_the_phase_after_a_firms_park_is_part_of_the_project_and_its_amount_follows():
    doc = process_rules("其中华禾集团有限公司的油气装备智能制造产业园三期投资约15亿元。")
    inv = [(f.obj.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert inv == [("油气装备智能制造产业园三期", 1_500_000_000)]


def test_a_zone_word_then_a_phase_and_xiangmu_names_a_project_not_a_zone():
    doc = process_rules("11月3日，青川经济开发区羊绒产业园二期项目开工仪式举行。")
    assert "羊绒产业园二期项目" in {m.text for m in doc.mentions if m.type == "Project"}
    assert "羊绒产业园" not in {m.text for m in doc.mentions if m.type == "Park"}


def test_a_sector_and_xiangmu_alone_is_no_project():
    doc = process_rules("青川经济开发区今年引进生物医药项目6个，数字经济项目也在加快落地。")
    assert not [m.text for m in doc.mentions if m.type == "Project" and not m.is_reference]


def test_a_capacity_phrase_a_build_verb_governs_is_the_project_and_a_capacity_formed_is_not() -> None:
    from kg.pipeline import process_rules

    doc = process_rules("青禾科技有限公司投资8亿元建设年产20万台新能源汽车电驱动总成，预计明年投产。")
    assert ("青禾科技有限公司", "年产20万台新能源汽车电驱动总成") in {
        (f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "investsIn"}
    doc = process_rules("项目建成后将形成年产500万套汽车线束的生产能力。")
    assert not [m for m in doc.mentions if m.type == "Project" and m.text.startswith("年产")]


@pytest.mark.parametrize(
    "text,name,investor,yuan",
    [
        ("岳西华澜电子有限公司将投资人民币4亿元建设车载摄像模组项目。",
         "车载摄像模组项目", "岳西华澜电子有限公司", Decimal("400000000")),
        ("丰宁星河碳材有限公司投资3个亿建设的石墨负极研发中心今年投用。",
         "石墨负极研发中心", "丰宁星河碳材有限公司", Decimal("300000000")),
    ],
)
def test_amount_with_renminbi_before_it_or_spoken_still_governs_the_facility(
        text: str, name: str, investor: str, yuan: Decimal) -> None:
    doc = process_rules(text)
    assert name in projects(doc)
    assert (investor, name, yuan) in invests(doc)


@pytest.mark.parametrize(
    "text,name",
    [
        ("甘南雪域乳业股份有限公司合作市牦牛乳加工基地（投资2亿元）今年投产。", "合作市牦牛乳加工基地"),
        ("辽源东辰数据科技有限公司算力中心一期工程已投入运营。", "算力中心一期工程"),
        ("宜春赣锋储能有限公司袁州储能电池工厂，该工厂一期投资约20亿元。", "袁州储能电池工厂"),
    ],
)
def test_facility_written_right_after_a_firms_legal_name_is_its_project(text: str, name: str) -> None:
    doc = process_rules(text)
    assert name in projects(doc)


def test_firms_legal_name_then_a_bare_head_is_no_project() -> None:
    doc = process_rules("宜春赣锋储能有限公司生产基地已投产。")
    assert projects(doc) == []


def test_capacity_phrases_joined_after_one_build_verb_are_two_projects() -> None:
    doc = process_rules("青川县农业产业园开工了年产2万吨红枣精深加工和年产1万吨苹果浓缩汁。")
    assert {"年产2万吨红枣精深加工", "年产1万吨苹果浓缩汁"} <= set(projects(doc))
