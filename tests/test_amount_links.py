"""Amounts that open the sentence or clause after a project is named (kg.relate.amount_links)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.pipeline import process_rules, process_text
from kg.relate import amount_links


def _invests(text: str) -> list[tuple[str, str, Decimal | None, str | None]]:
    doc = process_text(text)
    name = {k: e.name for k, e in doc.entities.items()}
    return [(name[f.subject.entity], name[f.obj.entity], f.amount_yuan, f.currency)
            for f in doc.facts if f.predicate == "investsIn"]


@pytest.mark.parametrize("rule", sorted(amount_links.RULES))
def test_every_rule_fires_on_its_own_example(rule: str) -> None:
    doc = process_rules(amount_links.RULES[rule].example)
    assert any(f.extractor.endswith(rule) for f in doc.facts)


def test_amount_in_the_next_sentence_sizes_the_project():
    got = _invests("青禾制药股份有限公司高端制剂产业化基地开工。总投资5亿元，建成后年产值10亿元。")
    assert got == [("青禾制药股份有限公司", "高端制剂产业化基地", Decimal("500000000"), None)]


def test_foreign_currency_in_the_next_sentence_keeps_its_currency():
    got = _invests("远帆能源（大连）有限公司方形电池工厂在金普新区投产。总投资约4亿美元。")
    assert got == [("远帆能源（大连）有限公司", "方形电池工厂", None, "USD")]


def test_two_projects_before_leave_the_amount_alone():
    got = _invests("青禾制药股份有限公司制剂工厂和远帆能源有限公司电池工厂开工。总投资9亿元。")
    assert all(amount is None for _, _, amount, _ in got)
