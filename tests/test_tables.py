"""Rows of published lists and tables (kg.relate.tables), on pages written for the tests."""

from __future__ import annotations

import pytest

from kg.document import Document
from kg.pipeline import process_before, process_text
from kg.relate import tables
from tests.helpers import named_pairs


def _facts(text: str, pred: str) -> set[tuple[str, str]]:
    return named_pairs(text, pred)


@pytest.mark.parametrize("rule", sorted(tables.RULES))
def test_every_rule_fires_on_its_own_example(rule: str) -> None:
    text = tables.RULES[rule].example
    doc = process_before(Document(id="t", source="t", raw=text), "tables")
    facts = tables.find_table_facts(doc)  # (a rule may make facts, or retype a mention: table.project_cell)
    assert f"rule:{rule}" in {f.extractor for f in facts} | {f"rule:{m.rule}" for m in doc.mentions}


@pytest.mark.parametrize("sep", ["\t", "  "])
def test_each_row_takes_the_lists_title_and_its_place(sep: str) -> None:
    rows = ["序号", "企业名称", "所在地"], ["1", "青禾传感科技有限公司", "海淀区"], ["2", "远帆精密机械有限公司", "顺义区"]
    text = "关于公布2025年度省级绿色工厂名单的通知\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    des = _facts(text, "designatedAs")
    assert des == {("青禾传感科技有限公司", "2025年度省级绿色工厂"), ("远帆精密机械有限公司", "2025年度省级绿色工厂")}
    assert {("青禾传感科技有限公司", "海淀区"), ("远帆精密机械有限公司", "顺义区")} <= _facts(text, "locatedIn")


def test_list_title_drops_the_word_list_and_the_annex_number():
    assert tables.list_title("附件1：2025年国家新型工业化产业示范基地名单") == "2025年国家新型工业化产业示范基地"
    assert tables.list_title("园区今年新签约项目12个，总投资80亿元。") is None


def test_a_label_before_a_list_title_is_no_part_of_the_title():
    assert tables.list_title("链接：湖南首批“五好”园区名单") == "湖南首批五好园区"
    assert tables.list_title("相关链接：2025年度省级绿色工厂名单") == "2025年度省级绿色工厂"


def test_rows_without_a_list_title_take_no_designation():
    text = "序号\t项目名称\t建设地点\n1\t青禾传感科技有限公司\t海淀区\n"
    assert _facts(text, "designatedAs") == set()


def test_place_and_zone_columns_before_the_firm():
    text = ("2025年度省级绿色工厂名单\n序号\t所在地\t企业名称\n1\t石家庄市栾城区\t青禾药业有限公司\n"
            "2\t唐山市南堡开发区\t远帆化工股份有限公司\n")
    got = _facts(text, "locatedIn")
    assert ("青禾药业有限公司", "栾城区") in got
    assert any(s == "远帆化工股份有限公司" and "南堡开发区" in o for s, o in got)
    assert ("远帆化工股份有限公司", "2025年度省级绿色工厂") in _facts(text, "designatedAs")


def test_a_firm_in_a_cell_starts_where_the_cell_starts():
    text = "2025年度绿色工厂名单\n序号\t地区\t企业名称\n1\t吉林省\t一汽解放汽车有限公司\n"
    assert ("一汽解放汽车有限公司", "2025年度绿色工厂") in _facts(text, "designatedAs")


def test_the_name_column_is_the_rows_subject():
    text = ("2024年度省级现代农业园区名单\n序号\t设区市\t园区名称\t牵头实施主体\n"
            "1\t邢台市\t威县梨果现代农业园区\t威县梨果产业发展有限公司\n")
    assert _facts(text, "designatedAs") == {("威县梨果现代农业园区", "2024年度省级现代农业园区")}


def test_a_counted_section_of_a_list_names_the_title_of_its_rows():
    text = ("2025年度省级绿色制造拟认定名单\n一、省级绿色工厂（2家）\n序号\t企业名称\n1\t华禾电子有限公司\n2\t川源精密有限公司\n"
            "二、省级绿色工业园区（1个）\n序号\t园区名称\n1\t青川经济开发区\n")
    got = named_pairs(text, "designatedAs")
    assert {("华禾电子有限公司", "省级绿色工厂"), ("川源精密有限公司", "省级绿色工厂"),
            ("青川经济开发区", "省级绿色工业园区")} <= got
    assert not any(o.endswith("绿色制造") for _s, o in got)


def test_a_counted_section_run_into_the_lists_title_line_still_names_its_rows():
    text = "附件2025年度省级绿色制造拟认定名单一、省级绿色工厂（1家）\n序号\t企业名称\n1\t华禾电子有限公司\n"
    assert ("华禾电子有限公司", "省级绿色工厂") in named_pairs(text, "designatedAs")


def test_a_row_without_a_header_pairs_its_project_and_firm_with_the_rows_amount():
    text = "年产60万吨针状焦项目\t华禾焦化股份有限公司\t青川经济技术开发区\t27亿元\n"
    doc = process_text(text)
    inv = [(f.subject.text, f.obj.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert inv == [("华禾焦化股份有限公司", "年产60万吨针状焦项目", 2_700_000_000)]


def test_a_table_amount_column_completes_an_investment_a_sentence_rule_found():
    text = "序号\t项目名称\t建设单位\t总投资（亿元）\n1\t年产5万吨电池材料项目\t华禾新能源科技有限公司\t12.5\n"
    doc = process_text(text)
    inv = [(f.subject.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert inv == [("华禾新能源科技有限公司", 1_250_000_000)]


def test_a_header_naming_the_projects_firm_is_the_firm_column():
    text = ("序号\t项目名称\t项目单位\t总投资（万元）\n"
            "1\t青川边合区跨境加工产业园标准厂房项目\t青川市城市建设投资集团有限公司\t38600\n")
    doc = process_text(text)
    assert "青川市城市建设投资集团有限公司" not in {m.text for m in doc.mentions if m.type == "Project"}
    inv = [(f.subject.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert inv == [("青川市城市建设投资集团有限公司", 386_000_000)]


def test_a_numbered_list_takes_the_title_its_intro_sentence_names_across_group_headings():
    """拟认定以下N家企业为<title>: the rows below (numbered, grouped under city headings) take <title>,
    on a page with no tab-separated table at all."""
    text = ("青禾省工业和信息化厅关于2025年度省级绿色工厂名单的公示\n"
            "经企业申报、专家评审，拟认定以下3家企业为2025年度青禾省省级绿色工厂，现予以公示（以下为部分名单）。\n"
            "太原市\n1.青禾传感科技有限公司\n2.远帆精密机械有限公司\n长治市\n3.川源药业股份有限公司\n")
    des = _facts(text, "designatedAs")
    assert des == {(f, "2025年度青禾省省级绿色工厂") for f in ("青禾传感科技有限公司", "远帆精密机械有限公司", "川源药业股份有限公司")}


def test_a_numbered_paragraph_is_no_list_row():
    text = ("关于投资建设生产基地的公告\n序号\t事项\n"
            "1.青禾传感科技有限公司拟在白鹭经济开发区投资建设生产基地，项目总投资约30亿元。\n")
    doc = process_before(Document(id="t", source="t", raw=text), "tables")
    assert not [f for f in tables.find_table_facts(doc) if f.extractor == "rule:table.row_place"]


def test_a_park_like_name_in_a_tables_project_column_is_a_project():
    text = "序号\t项目名称\t建设单位\t总投资（亿元）\n1\t热带水果精深加工产业园\t青禾农业科技有限公司\t3.5\n"
    doc = process_text(text)
    types = {m.text: m.type for m in doc.mentions}
    assert types.get("热带水果精深加工产业园") == "Project"


def test_the_signer_column_of_a_signing_table_signs_with_the_rows_firm():
    rows = [["序号", "项目名称", "签约企业", "签约方", "投资额（亿元）"],
            ["1", "年产5万吨电池材料项目", "青禾新能源科技有限公司", "青川县人民政府", "12.5"],
            ["2", "年产3万吨隔膜项目", "白鹭新材料有限公司", "石溪工业园管委会", "6"]]
    text = "\n".join("\t".join(r) for r in rows) + "\n"
    got = _facts(text, "signsWith")
    assert {("青川县人民政府", "青禾新能源科技有限公司"), ("石溪工业园管委会", "白鹭新材料有限公司")} <= got
