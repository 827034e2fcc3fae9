"""Money amounts in Chinese news text, normalised to yuan.

Why a parser of its own: amounts are written in many ways on the same page
("16.5亿元", "5000万元", "1.8亿余元", "30余亿元", "3亿美元", "2,000万元",
"约5亿元") and the graph stores one comparable number (yuan, ``Decimal``) next
to the surface text.  Foreign currencies are *not* converted and not passed
off as yuan: ``yuan`` is ``None``, ``value`` holds the amount in that
currency's units and ``currency`` is set, because ``kg:investmentAmount`` is
defined in yuan and no exchange rate is guessed at run time.

Parsing is cached (``functools.lru_cache``) because the same surface strings
repeat across a page and across pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}

_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000),
          "百": Decimal(100), "万亿": Decimal(10**12), "千万": Decimal(10**7),
          "百万": Decimal(10**6)}

_CURRENCIES = {"元": None, "元人民币": None, "人民币": None, "块": None,
               "美元": "USD", "欧元": "EUR", "日元": "JPY", "港元": "HKD", "港币": "HKD",
               "英镑": "GBP", "韩元": "KRW"}

#: the characters of a number written in Chinese (点 for a spoken decimal point: 三点五)
CN_NUMERALS = "零〇一二两三四五六七八九十百千点"
_NUM = r"\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+|[零〇一二两三四五六七八九十百千半]+"
#: One amount: an optional 亿 part before a smaller one (1亿2000万元, 十二亿五千万元), a number,
#: optional multiplier unit, optional 余/多, currency; or a spoken "N个亿" (5个亿, 十几个亿 is vague).
AMOUNT_PATTERN = (
    rf"(?:(?P<hi>{_NUM})\s*亿\s*零?\s*)?"
    rf"(?P<num>{_NUM})\s*"
    r"(?P<approx1>[余多]?)\s*(?P<unit>万亿|千万|百万|亿|万|千|百)?\s*(?P<approx2>[余多]?)\s*"
    r"(?P<cur>元人民币|人民币|美元|欧元|日元|港元|港币|英镑|韩元|元)"
    rf"|(?P<gnum>{_NUM})\s*个\s*亿(?:元)?"
)
AMOUNT_RE = re.compile(AMOUNT_PATTERN)
#: a sum written without 元 right after an investment word (投资2亿建设, 总投资约3000万): said of
#: money there only, so it is read there only (产值2亿, 2亿人次 are no investment)
BARE_INVESTED_RE = re.compile(
    rf"(?<=投资|斥资|投入|出资|总额|金额)(?:约|超|近|逾|达|为)?(?P<num>{_NUM})\s*(?P<unit>亿|千万|百万|万)"
    r"(?![元美欧日港英韩人\d万千百亿个多余吨平亩米股件台套辆只颗片])"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A parsed amount: yuan (None for foreign money), surface text, currency."""

    yuan: Decimal | None
    text: str
    currency: str | None = None  # None = CNY
    approximate: bool = False  # 余/多/约: the value is a lower bound / estimate
    value: Decimal | None = None  # the number in its own currency's units (= yuan for CNY)


def _cn_number(s: str) -> Decimal | None:
    """Small Chinese numerals (一, 十二, 三十五, 两), with a spoken decimal part (三点五) — enough for amounts."""
    if not s:
        return None
    if "点" in s:  # 三点五 = 3.5: the digits after 点 are read one by one
        whole, _, frac = s.partition("点")
        head = _cn_number(whole) if whole else Decimal(0)
        digits = "".join(str(_CN_DIGITS.get(ch, "")) for ch in frac)
        return None if head is None or len(digits) != len(frac) else head + Decimal("0." + digits)
    if s == "半":
        return Decimal("0.5")
    total = 0
    cur = 0
    for ch in s:
        if ch in "十百千":
            total += (cur or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            cur = 0
            continue
        v = _CN_DIGITS.get(ch)
        if v is None:
            return None
        cur = cur * 10 + int(v) if cur else int(v)
    return Decimal(total + cur)


def _number(text: str) -> Decimal | None:
    """Arabic (2,000 / 16.5) or Chinese (十二 / 两) digits as a Decimal."""
    num = text.replace(",", "").replace("，", "")
    try:
        return Decimal(num)
    except InvalidOperation:
        return _cn_number(num)


@lru_cache(maxsize=4096)
def parse_amount(text: str) -> Amount | None:
    """Parse the first money amount in ``text``.

    >>> parse_amount("16.5亿元").yuan
    Decimal('1650000000.0')
    >>> parse_amount("3亿美元").currency, parse_amount("3亿美元").yuan
    ('USD', None)

    Returns ``None`` when no amount with a currency word is present (bare
    numbers such as "50万吨" are not money).
    """
    if not text:
        return None
    m = AMOUNT_RE.search(re.sub(r"\s+", "", text))
    if m is None:
        return None
    if m.group("gnum"):  # 5个亿: spoken, in yuan
        value = _number(m.group("gnum"))
        if value is None:
            return None
        value, unit, cur = value * _UNITS["亿"], None, None
    else:
        value = _number(m.group("num"))
        if value is None:
            return None
        unit = m.group("unit")
        if unit:
            value *= _UNITS[unit]
        if m.group("hi"):
            hi = _number(m.group("hi"))
            if hi is None or (unit and _UNITS[unit] >= _UNITS["亿"]):
                return None  # "1亿2亿元" is no amount
            value += hi * _UNITS["亿"]
        cur = _CURRENCIES[m.group("cur")]
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # 16.5亿 -> 1650000000, not 1650000000.0
    approx = bool(m.group("approx1") or m.group("approx2"))
    start = m.start()
    before = text[:start] if m.group(0) in text else ""
    if before.endswith(("约", "近", "超", "逾")):
        approx = True
    return Amount(yuan=value if cur is None else None, text=m.group(0), currency=cur,
                  approximate=approx, value=value)


def find_amounts(text: str) -> list[tuple[int, int, Amount]]:
    """All amounts in ``text`` with their ``[start, end)`` offsets."""
    out: list[tuple[int, int, Amount]] = []
    for m in AMOUNT_RE.finditer(text):
        a = parse_amount(m.group(0))
        if a is not None:
            out.append((m.start(), m.end(), a))
    if "投" in text or "资" in text or "额" in text:
        for m in BARE_INVESTED_RE.finditer(text):
            value = _number(m.group("num"))
            if value is not None and not any(s <= m.start("num") < e for s, e, _ in out):
                value = (value * _UNITS[m.group("unit")]).quantize(Decimal(1))
                text_ = text[m.start("num"): m.end()]
                out.append((m.start("num"), m.end(), Amount(yuan=value, text=text_, value=value)))
        out.sort(key=lambda x: x[0])
    return out
