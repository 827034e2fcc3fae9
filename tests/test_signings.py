"""Signings whose signer is a generic word (kg.relate.signings)."""

from __future__ import annotations

from kg.pipeline import process_rules
from kg.relate import signings
from tests.helpers import named_pairs


def _signs(text: str) -> set[tuple[str, str]]:
    return named_pairs(text, "signsWith")


def test_every_rule_fires_on_its_own_example():
    for rule, record in signings.RULES.items():
        assert f"rule:{rule}" in {f.extractor for f in process_rules(record.example).facts}


def test_a_county_government_word_signs_for_the_named_government():
    got = _signs("克东县人民政府召开招商会。县政府与青禾粮油有限公司、远帆农场有限公司等5家企业签订合作协议。")
    assert got == {("克东县人民政府", "青禾粮油有限公司"), ("克东县人民政府", "远帆农场有限公司")}


def test_a_zone_word_signs_for_the_named_zone_of_its_kind_only():
    text = "白鹭科技城今年招商提速，市政府高度重视。科技城与青禾船舶集团有限公司签署战略合作协议。"
    assert _signs(text) == {("白鹭科技城", "青禾船舶集团有限公司")}


def test_a_committee_word_needs_a_named_committee():
    text = "工业和信息化部发布通知。年内，高新区管委会与青禾微电子有限公司签约。"
    assert ("工业和信息化部", "青禾微电子有限公司") not in _signs(text)


def test_a_batch_signing_that_counts_its_parties_signs_with_the_investors_and_the_listed_firms():
    text = ("克东县人民政府、白鹭经济开发区管委会与4个项目的投资方现场签约，总投资约30亿元。"
            "签约企业包括：青禾新能源科技有限公司、远帆精密机械有限公司。\n"
            "其中，川源电子有限公司投资8亿元建设智能终端项目。"
            "来自深圳的代表华禾物流有限公司参加活动。")
    got = _signs(text)
    for signer in ("克东县人民政府", "白鹭经济开发区管委会"):
        assert {(signer, f) for f in ("青禾新能源科技有限公司", "远帆精密机械有限公司", "川源电子有限公司")} <= got
        assert (signer, "华禾物流有限公司") not in got
