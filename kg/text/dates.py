"""The page's publication date (``dcterms:issued``): masthead, label, or a notice's signature.

Pages print their date in a few conventional places, and only there is a full
date the *page's* date rather than an event's (2023年5月开工 is news, not the
issue).  The rules below are tried in priority order on the *original* lines
(cleaning removes mastheads, which is where most dates are):

* ``date.labelled`` — a labelled publication time anywhere: 发布时间：2025-07-09;
* ``date.masthead`` — a date on one of the first lines that is a date line, not a
  sentence: 经济日报 2026年4月16日 星期四 第9版;
* ``date.signature`` — a notice's signature: the date closing a line that holds
  nothing else but issuer names, the last such line of the page (the end of a
  notice, or before its annexes): 山西省工业和信息化厅 ２０２５年１月７日,
  二〇二五年二月十八日.

A date with no year (本报3月5日电) is not guessed.  Dates are checked as real
calendar days between 1949 and next year; anything else is ignored.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

from kg.document import Document
from kg.rules import Rule

#: How many non-empty lines at the top may hold a masthead; how long a signature line may be
#: (five ministries' offices and a date run to about 70 characters).
MASTHEAD_LINES = 5
SIGNATURE_MAX = 120

#: Characters of a year written in Chinese numerals (二〇二五).
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0}

_Y = r"(?P<y>(?:19|20)\d\d)"
_YM = r"\s*[年\-/.]\s*"
_MD = r"\s*[月\-/.]\s*"
ARABIC_DATE = re.compile(_Y + _YM + r"(?P<m>\d{1,2})" + _MD + r"(?P<d>\d{1,2})(?!\d)(?:\s*日)?")
CN_DATE = re.compile(r"(?P<y>[一二〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{3})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")
LABEL = re.compile(r"(?:发布时间|发布日期|发文日期|成文日期|印发日期|日期|时间)\s*[:：]\s*")
MASTHEAD_CUES = re.compile(r"星期|周[一二三四五六日]|第\s*\d+\s*版|[A-Z]\d{1,2}\b|版|日报|晚报|时报|周刊|\d{1,2}:\d\d|编辑|来源")
#: What a signer (the text before a signature date) never holds: digits, sentence punctuation, tabs.
SIGNER_NOISE = re.compile(r"[0-9，。；：、,;:!?！？《》()（）\t]")


@dataclass(frozen=True, slots=True)
class IssueDate:
    """A page's publication date, with the rule that read it and the raw line."""

    date: datetime.date
    rule: str
    line: str

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def _cn_number(text: str) -> int:
    """十 → 10, 十八 → 18, 二十 → 20, 三十一 → 31, 七 → 7."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _valid(y: int, m: int, d: int) -> datetime.date | None:
    if not 1949 <= y <= datetime.date.today().year + 1:
        return None
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _dates_in(norm: str) -> list[tuple[datetime.date, int, int]]:
    out = []
    for m in ARABIC_DATE.finditer(norm):
        d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            out.append((d, m.start(), m.end()))
    for m in CN_DATE.finditer(norm):
        y = int("".join(str(_CN_DIGITS[c]) for c in m["y"]))
        d = _valid(y, _cn_number(m["m"]), _cn_number(m["d"]))
        if d:
            out.append((d, m.start(), m.end()))
    return sorted(out, key=lambda t: t[1])


def find_dates(line: str) -> list[tuple[datetime.date, int, int]]:
    """Every full, real calendar date in a line: (date, start, end) in the NFKC-normalised line."""
    return _dates_in(unicodedata.normalize("NFKC", line))


#: a year (1949–2099 in ASCII or full-width digits, or in Chinese numerals): lines without
#: one hold no full date, and are not normalised or searched at all
_YEAR_HINT = re.compile(r"(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇零○Ｏ一二三四五六七八九]{3}年")


@dataclass(frozen=True, slots=True)
class _DatedLine:
    """A non-empty line of the page that holds a full date, normalised once."""

    index: int  # among the page's non-empty lines
    line: str  # as printed, stripped
    norm: str  # NFKC, stripped: what the rules read
    dates: list[tuple[datetime.date, int, int]]  # positions in ``norm``


def _dated_lines(raw: str) -> list[_DatedLine]:
    out = []
    for i, line in enumerate(ln for ln in raw.splitlines() if ln.strip()):
        if not _YEAR_HINT.search(line):
            continue
        norm = unicodedata.normalize("NFKC", line).strip()
        dates = _dates_in(norm)
        if dates:
            out.append(_DatedLine(i, line.strip(), norm, dates))
    return out


def _labelled(lines: list[_DatedLine]) -> IssueDate | None:
    for dl in lines:
        for lab in LABEL.finditer(dl.norm):
            hit = next((d for d, s, _ in dl.dates if s == lab.end()), None)
            if hit:
                return IssueDate(hit, "date.labelled", dl.line)
    return None


def _masthead(lines: list[_DatedLine]) -> IssueDate | None:
    for dl in lines:
        if dl.index >= MASTHEAD_LINES:
            break
        # a date line, not a sentence that mentions a date: the page's first lines, or a
        # line a masthead cue marks (星期, 第3版, a time, 编辑)
        short_top = dl.index < 2 and len(dl.norm) <= 40
        if "。" not in dl.norm and (short_top or MASTHEAD_CUES.search(dl.norm)):
            return IssueDate(dl.dates[0][0], "date.masthead", dl.line)
    return None


def _signature(lines: list[_DatedLine]) -> IssueDate | None:
    # the last line that is a signature: issuer names (no digits, no sentence punctuation)
    # and the date closing the line — at the end of a notice, or before its annexes
    for dl in reversed(lines):
        date, start, end = dl.dates[-1]
        if end == len(dl.norm) and len(dl.norm) <= SIGNATURE_MAX and not SIGNER_NOISE.search(dl.norm[:start]):
            return IssueDate(date, "date.signature", dl.line)
    return None


#: The rules in priority order, each with a page it reads: a label says so outright; a
#: masthead is the paper's own date; a signature dates a notice.
RULES: dict[str, Rule] = {
    "date.labelled": Rule("date.labelled", "来源：某县人民政府网　发布时间：2025-09-16\n某县新签约项目3个。"),
    "date.masthead": Rule("date.masthead", "某某日报 2026年4月16日 星期四 第9版\n园区新闻\n2023年5月项目开工。"),
    "date.signature": Rule("date.signature", "关于公布名单的通知\n附件：名单\n某市工业和信息化局 ２０２５年１月７日"),
}
_READERS = {"date.labelled": _labelled, "date.masthead": _masthead, "date.signature": _signature}


def issue_date(raw: str) -> IssueDate | None:
    """The publication date printed on a page, or None when it prints none we can trust."""
    lines = _dated_lines(raw)
    for rid in RULES:
        found = _READERS[rid](lines)
        if found:
            return found
    return None


def date_page(doc: Document) -> Document:
    """Pipeline stage: set ``doc.issued`` (ISO date) from the original text."""
    found = issue_date(doc.raw)
    doc.issued = found.iso if found else None
    return doc
