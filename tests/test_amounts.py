"""Amount parsing: surface forms of money in Chinese news, normalised to yuan."""

from decimal import Decimal

import pytest

from kg.text.amounts import find_amounts, parse_amount


def test_yi_and_wan_units():
    assert parse_amount("16.5亿元").yuan == Decimal("1650000000")
    assert parse_amount("5000万元").yuan == Decimal("50000000")
    assert parse_amount("投资 2.49 亿元").yuan == Decimal("249000000")


def test_approximate_forms_keep_the_lower_bound():
    a = parse_amount("1.8亿余元")
    assert a.yuan == Decimal("180000000") and a.approximate
    b = parse_amount("30余亿元")
    assert b.yuan == Decimal("3000000000") and b.approximate
    assert parse_amount("约5亿元").approximate


def test_foreign_currency_is_marked_not_converted_and_not_yuan():
    a = parse_amount("3亿美元")
    assert a.currency == "USD"
    assert a.yuan is None  # kg:investmentAmount is yuan; dollars must not pass as yuan
    assert a.value == Decimal("300000000")
    e = parse_amount("4500万欧元")
    assert (e.currency, e.yuan, e.value) == ("EUR", None, Decimal("45000000"))
    c = parse_amount("12亿元")
    assert c.currency is None and c.yuan == c.value == Decimal("1200000000")


def test_thousands_separator_and_chinese_numerals():
    assert parse_amount("2,000万元").yuan == Decimal("20000000")
    assert parse_amount("十亿元").yuan == Decimal("1000000000")
    assert parse_amount("两千万元").yuan == Decimal("20000000")


def test_quantities_are_not_money():
    assert parse_amount("年产50万吨") is None
    assert parse_amount("") is None


def test_find_amounts_gives_offsets():
    text = "一期投资3.2亿元，二期再投5000万元。"
    found = find_amounts(text)
    assert [text[s:e] for s, e, _ in found] == ["3.2亿元", "5000万元"]
    assert found[1][2].yuan == Decimal("50000000")


def test_hundreds_and_thousands_in_chinese_numerals():
    assert parse_amount("超百亿元").yuan == Decimal("10000000000")
    assert parse_amount("三千万元").yuan == Decimal("30000000")
    assert parse_amount("二十五万元").yuan == Decimal("250000")


def test_integral_values_have_no_fraction_digits():
    assert str(parse_amount("16.5亿元").yuan) == "1650000000"
    assert str(parse_amount("0.35万元").yuan) == "3500"


@pytest.mark.parametrize(
    ("text", "yuan"),
    [("十二亿五千万元", 1_250_000_000), ("1亿2000万元", 120_000_000), ("10亿8000万元", 1_080_000_000),
     ("5个亿", 500_000_000), ("投资三个亿元", 300_000_000), ("1.8亿余元", 180_000_000)],
)
def test_compound_and_spoken_amounts(text: str, yuan: int) -> None:
    [(_, _, a)] = find_amounts(text)
    assert a.yuan == yuan


def test_two_yi_parts_are_no_amount() -> None:
    assert parse_amount("1亿2亿元") is None


@pytest.mark.parametrize(("text", "yuan"), [("三点五亿元", 350_000_000), ("零点八亿元", 80_000_000),
                                            ("十二点五亿元", 1_250_000_000)])
def test_spoken_decimals(text: str, yuan: int) -> None:
    [(_, _, a)] = find_amounts(text)
    assert a.yuan == yuan


def test_a_sum_without_yuan_is_read_after_an_investment_word_only():
    # 投资2亿建设的…项目 (county pages drop 元): money after 投资/斥资/金额; not 产值2亿, not a 2万吨 size
    from kg.text.amounts import find_amounts

    assert [(a.yuan, a.text) for *_, a in find_amounts("新疆北控环境资源有限公司投资2亿建设的固废处置项目")] == [
        (Decimal("200000000"), "2亿")]
    assert [a.yuan for *_, a in find_amounts("项目总投资约1.5亿，年产值2亿。")] == [Decimal("150000000")]
    assert find_amounts("计划投资2万吨级码头") == []  # a size, not a sum
