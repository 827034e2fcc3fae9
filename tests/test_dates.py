"""The page's publication date: read where pages print it, never guessed from the news."""

from __future__ import annotations

import datetime

import pytest

from kg.document import Document
from kg.pipeline import process
from kg.rdf import namespaces as ns
from kg.rdf.mapping import document_quads
from kg.rdf.query import run_named
from kg.rdf.validation import validate
from kg.text.dates import RULES, find_dates, issue_date


@pytest.mark.parametrize("rid", sorted(RULES))
def test_every_date_rule_reads_its_own_example(rid):
    found = issue_date(RULES[rid].example)
    assert found is not None and found.rule == rid


def test_masthead_date_is_the_issue_date_not_the_event_dates_of_the_story():
    page = "区域经济  B3  2025年8月20日  星期三\n某县园区去年新签约项目12个。\n项目于2023年5月12日开工，2024年6月1日投产。"
    found = issue_date(page)
    assert (found.iso, found.rule) == ("2025-08-20", "date.masthead")


def test_body_dates_alone_give_no_issue_date():
    # a story prints event dates only: no date is better than a wrong one
    page = "某市经开区举行签约仪式\n2025年3月1日，某市经开区与三家企业签约，总投资12亿元。\n项目计划于2026年10月1日投产。"
    assert issue_date(page) is None


def test_notice_signature_in_chinese_numerals_and_fullwidth_digits():
    assert issue_date("关于公布名单的通知\n各有关单位：\n现予公布。\n某省工业和信息化厅\n二〇二五年十一月二十六日").iso == "2025-11-26"
    assert issue_date("关于公布名单的通知\n现予公布。\n某省工业和信息化厅 ２０２５年１月７日").iso == "2025-01-07"


def test_signature_before_the_annex_list_is_found():
    page = "关于公布试点名单的通知\n现将名单予以公布。\n某部办公厅 某局办公厅 2025年6月25日\n附件\n序号\t省份\t园区\n1\t某省\t某某产业园"
    found = issue_date(page)
    assert (found.iso, found.rule) == ("2025-06-25", "date.signature")


def test_portal_byline_with_a_time_and_a_labelled_publication_time():
    assert issue_date("标题\n某区发布 2025-10-09 08:00 浙江 编辑：某某\n正文。").iso == "2025-10-09"
    page = "标题\n正文，2024年签约项目20个。\n来源：某市政府网 发布日期：２０２４-０８-１５"
    assert (issue_date(page).iso, issue_date(page).rule) == ("2024-08-15", "date.labelled")


def test_impossible_and_yearless_dates_are_not_dates():
    assert find_dates("2025年2月30日") == []  # no such day
    assert find_dates("1890年5月1日") == []  # before the People's Republic: not a page of ours
    assert issue_date("本报3月5日电 某开发区新签约项目5个。") is None  # no year: not guessed
    assert find_dates("2025年12月31日")[0][0] == datetime.date(2025, 12, 31)


def _page(doc_id: str, text: str) -> Document:
    return process(Document(id=doc_id, source=f"{doc_id}.txt", raw=text))


PAGE = (
    "某某日报 2025年5月9日 星期五 第3版\n"
    "平遥经济技术开发区与山西亮宇炭素新材料科技有限公司签约，该公司投资16.5亿元建设年产2万吨阴极炭素高端石墨新材料项目。\n"
)


def test_issued_date_reaches_the_graph_validates_and_filters_investments():
    import pyoxigraph as ox

    doc = _page("dated", PAGE)
    assert doc.issued == "2025-05-09"
    quads = document_quads(doc)
    issued = [q for q in quads if q.predicate.value == ns.PREFIXES["dcterms"] + "issued"]
    assert [(q.subject.value, q.object.value, q.object.datatype.value) for q in issued] == [
        (ns.doc_iri("dated"), "2025-05-09", ns.PREFIXES["xsd"] + "date")
    ]
    store = ox.Store()
    store.extend(quads)
    store.extend(document_quads(_page("undated", PAGE.split("\n", 1)[1])))
    assert validate(store).conforms
    rows = run_named(store, "investments_by_date").records()
    assert [(r["issued"], r["page"]) for r in rows] == [(datetime.date(2025, 5, 9), "dated")]
    assert run_named(store, "investments_by_date", **{"from": "2025-05-10"}).rows == []
    assert len(run_named(store, "investments_by_date", to="2025").rows) == 1
    assert run_named(store, "investments_by_date", to="2024-12").rows == []
