"""Issuers named inside a document's title (kg.relate.issuers), on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.pipeline import process_rules, process_text
from kg.relate import issuers
from tests.helpers import named_pairs


def _issued(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, "issuedBy")


@pytest.mark.parametrize("rule", sorted(issuers.RULES))
def test_every_rule_fires_on_its_own_example(rule: str) -> None:
    doc = process_rules(issuers.RULES[rule].example)
    assert f"rule:{rule}" in {f.extractor for f in doc.facts}


def test_joint_issuers_in_a_title_each_issue_it():
    got = _issued("园区对照《商务部海关总署税务总局关于支持边境经济合作区发展的若干意见》逐项落实。")
    title = "商务部海关总署税务总局关于支持边境经济合作区发展的若干意见"
    assert {(title, "商务部"), (title, "海关总署"), (title, "国家税务总局")} <= got


def test_a_notice_title_line_is_a_policy_with_its_issuer():
    got = _issued("甘肃省人民政府办公厅关于印发支持开发区高质量发展若干措施的通知\n各市州人民政府：\n")
    assert got == {("甘肃省人民政府办公厅关于印发支持开发区高质量发展若干措施的通知", "甘肃省人民政府办公厅")}


def test_a_title_without_agencies_before_guanyu_names_no_issuer():
    assert _issued("园区对照《关于支持边境经济合作区发展的若干意见》逐项落实。") == set()


def test_ministry_sub_units_are_agencies_and_a_company_is_not_a_sub_unit():
    doc = process_text("商务部外资司负责人表示，商务部公司负责人也在场。")
    assert [m.text for m in doc.mentions if m.type == "Agency"] == ["商务部外资司", "商务部"]


def test_a_notice_that_transmits_a_document_names_its_issuer():
    """"X人民政府办公厅关于印发《Y》的通知" as a page's title line: X issued Y (the line is a headline,
    which the sentence rules do not read)."""
    got = _issued("湖南省人民政府办公厅关于印发《湖南省开发区高质量发展若干措施》的通知\n")
    assert got == {("湖南省开发区高质量发展若干措施", "湖南省人民政府办公厅")}


def test_the_agency_that_signs_a_notice_issues_the_document_it_hands_on():
    # 现将《Y》印发给你们 … signed by an agency on a line of its own above the date: the signer
    # issues Y (the notice's headline wrote Y without 《》 and without 关于印发)
    text = ("天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知\n"
            "各区人民政府，各委、局，各直属单位：\n"
            "经市人民政府同意，现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们，请照此执行。\n"
            "天津市人民政府办公厅\n2017年10月9日\n")
    assert ("关于促进我市开发区改革和创新发展的实施方案", "天津市人民政府办公厅") in _issued(text)
    # no signature under it (a news page quoting the sentence): no issuer read from the page's end
    quoted = "文件要求，现将《关于促进开发区创新发展的实施方案》印发给你们。\n记者 王林\n2017年10月9日\n"
    assert not any(p == "关于促进开发区创新发展的实施方案" for p, _ in _issued(quoted))
