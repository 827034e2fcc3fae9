"""Firms and projects placed in a zone by an enumeration (kg.relate.residents), on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.document import Document
from kg.pipeline import process_before, process_text
from kg.relate import residents
from tests.helpers import named_pairs


def _located(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, "locatedIn")


@pytest.mark.parametrize("rule", sorted(residents.RULES))
def test_every_rule_fires_on_its_own_example(rule: str) -> None:
    text = residents.RULES[rule].example
    doc = process_before(Document(id="t", source="t", raw=text), "residents")
    assert f"rule:{rule}" in {f.extractor for f in residents.find_residents(doc)}


def test_firms_listed_before_zai_zone_are_in_the_zone():
    got = _located("近年来，鸿达电子股份有限公司、远航精密有限公司等企业纷纷在洛阳高新区布局新项目。")
    assert {("鸿达电子股份有限公司", "洛阳高新区"), ("远航精密有限公司", "洛阳高新区")} <= got


def test_firms_after_zone_nei_de_are_in_the_zone():
    got = _located("岳阳经济技术开发区内的鸿达电子股份有限公司、远航精密有限公司入选国家级绿色工厂。")
    assert {("鸿达电子股份有限公司", "岳阳经济技术开发区"), ("远航精密有限公司", "岳阳经济技术开发区")} <= got


def test_a_zones_committee_is_not_where_the_firms_are():
    got = _located("鸿达电子股份有限公司等企业在洛阳高新区管委会的协调下复工。")
    assert ("鸿达电子股份有限公司", "洛阳高新区") not in got


def test_zone_word_gathering_firms_refers_to_the_passages_zone():
    text = "白鹭经济技术开发区是装备制造重镇。园区内还聚集了华鑫电子股份有限公司、远帆精密有限公司等骨干企业。"
    got = _located(text)
    assert {("华鑫电子股份有限公司", "白鹭经济技术开发区"), ("远帆精密有限公司", "白鹭经济技术开发区")} <= got


def test_place_opening_the_sentence_locates_the_zone():
    assert ("白鹭经济开发区", "六盘水市") in _located("在六盘水市，白鹭经济开发区正在打造精细化工基地。")


def test_a_firm_building_in_a_zone_is_not_placed_there_by_the_list_rule():
    doc = process_text("青禾高新技术股份有限公司在湛江经开区建设的高端特种纸扩建项目预计年底建成。")
    assert "rule:res.list_in_zone" not in {f.extractor for f in doc.facts}


def test_a_zone_that_opens_the_sentence_places_its_firms():
    got = _located("在岳阳经济技术开发区，鸿达电子股份有限公司、远航精密有限公司等企业扎根多年。")
    assert {("鸿达电子股份有限公司", "岳阳经济技术开发区"), ("远航精密有限公司", "岳阳经济技术开发区")} <= got


def test_a_zone_that_opens_the_sentence_places_the_project_not_its_investor():
    text = "在岳阳经济技术开发区，鸿达电子股份有限公司的智能终端生产基地已经投产。"
    doc = process_before(Document(id="t", source="t", raw=text), "residents")
    got = {(f.subject.text, f.obj.text) for f in residents.find_residents(doc) if f.extractor == "rule:res.scene_zone"}
    assert got == {("智能终端生产基地", "岳阳经济技术开发区")}


def test_a_city_that_opens_the_sentence_places_no_firm():
    got = _located("在岳阳市，鸿达电子股份有限公司等企业扎根多年。")
    assert ("鸿达电子股份有限公司", "岳阳市") not in got


def test_a_named_zone_that_has_firms_holds_them():
    pairs = named_pairs("青川经济开发区现有华禾电子有限公司、川源精密有限公司等规上企业86家。", "locatedIn")
    assert {("华禾电子有限公司", "青川经济开发区"), ("川源精密有限公司", "青川经济开发区")} <= pairs


def test_qu_nei_you_refers_to_the_passages_zone():
    text = "青川经济开发区是国家级经开区。区内有华禾电子有限公司等骨干企业。"
    assert ("华禾电子有限公司", "青川经济开发区") in named_pairs(text, "locatedIn")


def test_a_zone_holds_the_project_written_after_a_firm_not_the_firm():
    text = "青川经济开发区是国家级经开区。园区引进了华禾新材料有限公司年产5万吨磷酸铁锂项目。"
    pairs = named_pairs(text, "locatedIn")
    assert ("年产5万吨磷酸铁锂项目", "青川经济开发区") in pairs
    assert ("华禾新材料有限公司", "青川经济开发区") not in pairs


def test_a_county_that_opens_the_sentence_places_its_projects_not_its_firms():
    pairs = named_pairs("在青川县，华禾科技控股有限公司的脐橙智能分选装备基地投资1.6亿元。", "locatedIn")
    assert ("脐橙智能分选装备基地", "青川县") in pairs
    assert ("华禾科技控股有限公司", "青川县") not in pairs


def test_the_firms_under_a_pages_resident_list_heading_lie_in_the_zone_it_is_about():
    text = ("青湖高新技术产业开发区招商推介\n青湖高新技术产业开发区位于青湖市东部。\n【入驻企业】\n"
            "👉华鑫电子股份有限公司\n✅远帆精密有限公司\n【优惠政策】\n白鹭科技有限公司正在洽谈。\n")
    got = {(s, o) for s, o in named_pairs(text, "locatedIn")}
    assert {("华鑫电子股份有限公司", "青湖高新技术产业开发区"), ("远帆精密有限公司", "青湖高新技术产业开发区")} <= got
    assert ("白鹭科技有限公司", "青湖高新技术产业开发区") not in got  # past the list's end


def test_firms_named_after_qizhong_are_among_the_zones_entrants():
    # 园区已入驻3家企业，其中A…；B…: the firms opening 其中's clauses are entrants of the zone, here
    # the one zone a county page named a paragraph before
    from kg.pipeline import process_text

    doc = process_text("狮泉河镇绿色产业聚集区位于镇区，占地300亩。\n截至目前，园区已入驻3家企业，其中天鑫混凝土有限公司"
                       "已建成投产，总投资1600万元；西藏金达药业有限责任公司已完成办公楼建设。")
    names = {k: e.name for k, e in doc.entities.items()}
    located = {(names[f.subject.entity], names[f.obj.entity]) for f in doc.facts if f.predicate == "locatedIn"}
    assert {("天鑫混凝土有限公司", "狮泉河镇绿色产业聚集区"), ("西藏金达药业有限责任公司", "狮泉河镇绿色产业聚集区")} <= located
    # a category after 其中 names no firm
    doc = process_text("石溪工业园已入驻企业52家，其中规上企业15家，华禾新材料有限公司今年在县城设立总部。")
    names = {k: e.name for k, e in doc.entities.items()}
    assert not any(names[f.subject.entity] == "华禾新材料有限公司" and f.predicate == "locatedIn" and
                   names[f.obj.entity] == "石溪工业园" for f in doc.facts)
