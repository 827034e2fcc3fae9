"""Enumerated projects and firm-built parks (kg.extract.project_lists), on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.extract import project_lists
from kg.pipeline import process_rules


def _projects(text: str) -> list[str]:
    return [m.text for m in process_rules(text).mentions if m.type == "Project" and not m.is_reference]


@pytest.mark.parametrize("rule", sorted(project_lists.RULES))
def test_every_rule_fires_on_its_own_example(rule: str) -> None:
    doc = process_rules(project_lists.RULES[rule].example)
    assert rule in {m.rule for m in doc.mentions}


def test_capacity_list_after_a_project_word_is_projects():
    text = "园区今年新签约的精细化工项目还有：年产8000吨电子级氢氟酸、年产2万吨锂电池电解液。"
    assert _projects(text)[-2:] == ["年产8000吨电子级氢氟酸", "年产2万吨锂电池电解液"]


def test_facility_list_closed_by_a_count_of_projects():
    text = "青松药业冻干粉针二期、白云生物疫苗生产基地、远志医疗器械工厂等3个项目建成投产。"
    assert _projects(text)[:3] == ["青松药业冻干粉针二期", "白云生物疫苗生产基地", "远志医疗器械工厂"]


def test_owner_before_de_is_not_part_of_the_listed_project():
    text = "开发区开工了江南制药股份有限公司的原料药生产基地、华东药业的制剂研发中心等生物医药项目。"
    assert "原料药生产基地" in _projects(text) and "制剂研发中心" in _projects(text)


def test_a_list_of_industries_is_not_projects():
    text = "园区重点发展新能源、新材料、生物医药等产业。"
    assert _projects(text) == []


def test_firm_built_industrial_park_is_a_project_and_its_investment():
    doc = process_rules("华峰化学股份有限公司计划投资十二亿五千万元建设尼龙新材料产业园。")
    projects = [m.text for m in doc.mentions if m.type == "Project"]
    assert projects == ["尼龙新材料产业园"]
    inv = [f for f in doc.facts if f.predicate == "investsIn"]
    assert [(f.subject.text, f.obj.text, f.amount_yuan) for f in inv] == [
        ("华峰化学股份有限公司", "尼龙新材料产业园", 1_250_000_000)]


def test_a_zone_with_a_committee_stays_a_zone():
    text = "远洋集团投资建设的临港产业园管委会今天挂牌。"
    assert "临港产业园" not in _projects(text)


def test_a_scene_in_a_firms_plant_is_no_project():
    text = "在位于邹平市的青禾纺织科技有限公司绿色智能化纺纱车间，机器轰鸣。"
    assert _projects(text) == []


def test_a_two_character_brand_does_not_claim_an_industry_park():
    text = "远帆集团下属的煤化集团扩产，煤化工产业园新建焦炉。"
    assert "煤化工产业园" not in _projects(text)


def test_a_firms_park_cut_at_a_conjunction_takes_the_words_after_the_build_verb():
    doc = process_rules("远帆电力机车有限公司将投资约20亿元建设新一代储能装备及氢能机车产业园。")
    assert [m.text for m in doc.mentions if m.type == "Project"] == ["新一代储能装备及氢能机车产业园"]


@pytest.mark.parametrize(
    ("text", "projects"),
    [("本项目（以下简称“本项目”），包括年产3万吨聚偏氟乙烯、年产2万吨全氟磺酸树脂。",
      ["年产3万吨聚偏氟乙烯", "年产2万吨全氟磺酸树脂"]),
     ("三家企业将分别在古镇建设青禾照明智能制造基地、白鹭灯饰设计研发中心和远帆跨境电商物流中心。",
      ["青禾照明智能制造基地", "白鹭灯饰设计研发中心", "远帆跨境电商物流中心"]),
     ("青禾云贵安数据中心、白鹭贵安七星数据中心……一个个“数据仓库”依山而建。",
      ["青禾云贵安数据中心", "白鹭贵安七星数据中心"])],
)
def test_project_lists_opened_by_a_verb_joined_by_he_or_named_alone(text: str, projects: list[str]) -> None:
    assert _projects(text) == projects


def test_functions_of_a_zone_are_not_projects():
    assert _projects("园区设有研发中心、检测中心、展示中心等功能区。") == []


@pytest.mark.parametrize(
    "text",
    ["白鹭集团建设以光学材料、石头造纸为代表的新材料产业园。",
     "据介绍，青禾聚酯科技产业园建设项目场平工程、装置建设工程已开工。"],
)
def test_descriptions_and_a_projects_parts_are_not_listed_projects(text: str) -> None:
    assert [m for m in process_rules(text).mentions if m.rule.startswith("list.")] == []


def test_capacities_in_chinese_numerals():
    assert _projects("园区的项目还有：年产三十万吨青禾磁粉、年产五千吨白鹭合金。") == ["年产三十万吨青禾磁粉", "年产五千吨白鹭合金"]


@pytest.mark.parametrize("text", [
    "甘南藏族锦程玻璃有限公司落户夏河产业园，计划投资13亿元建设光伏发电项目。",
    "华禾精密股份有限公司获评国家级绿色工厂，产品远销海外。",
])
def test_a_zone_a_firm_enters_or_a_title_it_wins_is_no_facility_of_its(text: str) -> None:
    names = {m.text for m in process_rules(text).mentions if m.type == "Project"}
    assert not any(n.startswith(("落户", "获评")) or n.endswith(("产业园", "绿色工厂")) for n in names)


def test_build_verbs_between_a_firm_and_its_facility_are_not_in_its_name():
    doc = process_rules("平潭综合实验区管委会与福建省华禾集团有限公司签约平潭海上风电装备运维基地。")
    assert "平潭海上风电装备运维基地" in {m.text for m in doc.mentions if m.type == "Project"}


def test_two_projects_joined_and_counted_as_two_are_two_projects() -> None:
    from kg.pipeline import process_rules

    doc = process_rules("园区开工了年产2万吨红枣精深加工和年产1万吨苹果浓缩汁两个项目。")
    assert {m.text for m in doc.mentions if m.type == "Project"} == {"年产2万吨红枣精深加工", "年产1万吨苹果浓缩汁"}


def test_a_park_like_name_enumerated_between_projects_is_a_project():
    text = "园区加快推进年产5万吨锂电池材料项目、青禾碳纤维复合材料产业园和白鹭氨纶原料项目建设。"
    assert "青禾碳纤维复合材料产业园" in _projects(text)
    # zones enumerated with zones stay zones
    doc = process_rules("青禾高新技术产业开发区、白鹭智能装备产业园和远帆经济开发区今年新签约项目30个。")
    assert "白鹭智能装备产业园" in {m.text for m in doc.mentions if m.type == "Park"}


def test_enumerated_capacities_are_projects_whatever_opens_the_list():
    text = "园区今年新开工的项目里，还有不少“小而精”的：年产3000台高空作业平台、年产5万套工程机械配件。"
    assert {"年产3000台高空作业平台", "年产5万套工程机械配件"} <= set(_projects(text))


def test_a_firms_facility_followed_by_an_adverb_and_a_status_verb_is_its_project():
    assert "枸杞籽油精炼车间" in _projects("宁夏青禾枸杞股份有限公司枸杞籽油精炼车间相继投产。")
    assert "硼酸提纯及深加工项目" in _projects("西藏白鹭矿业发展有限公司硼酸提纯及深加工项目同步开工。")


def test_facility_after_a_firm_ends_before_the_list_word():
    doc = process_rules("大连经开区，华禾储运有限公司粮食物流中转基地等一批物流项目开工。")
    assert "粮食物流中转基地" in [m.text for m in doc.mentions if m.type == "Project"]


def test_a_park_a_firm_invests_an_amount_in_is_its_project():
    """由X公司总投资10.3亿元的Y产业园: the amount between the invest verb and 的 still says the firm builds it."""
    doc = process_rules("由浙江嘉兴豪企集成家居有限公司总投资10.3亿元的广元智能家居产业园落户园区。")
    inv = [(f.subject.text, f.obj.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert inv == [("浙江嘉兴豪企集成家居有限公司", "广元智能家居产业园", 1_030_000_000)]
