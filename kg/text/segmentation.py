"""Segmentation stage: cut the clean text into sentence-like units and label them.

Cleaning leaves one paragraph (or headline, byline, caption credit) per line.
This stage splits each line at sentence-final punctuation (。！？；) and labels
every unit with a ``kind``:

* ``byline`` — reporter/editor lines (本报记者 …, 通讯员 …, 本版编辑 …, 来源：…),
  author names alone on a line ("曹云", "康东 晋峰"), source notes (（…供稿）,
  （记者 张三）, （完）), and the dateline that opens an article
  (本报南宁讯（记者…）, 科学导报讯);
* ``caption`` — photo credits (…摄, 【…摄】, …摄（中经视觉）, （图片由…提供）);
  the unpunctuated line right above a credit is the photo's description and
  stays ``body``;
* ``headline`` — a short line with no sentence-final punctuation at all: after
  cleaning, a line that never ends a sentence is a title, a label or a kicker
  — unless it ends (or starts) with a clause mark (，、), which titles never do;
* ``body`` — everything else.

Relation patterns run on body units only, so the labels are what keeps a
headline glued to nothing and a photographer out of the company list.  Units
are capped in length (:data:`MAX_SENTENCE`): a column-interleaving artefact can
glue fragments into one endless "sentence", which would let patterns connect
unrelated names.
"""

from __future__ import annotations

import re

from kg.document import Document, Sentence
from kg.text.cleaning import CREDIT_TAIL, is_byline, is_credit, is_names, normalise

#: Longest unit kept whole; longer ones are cut at a comma (or hard) below it.
MAX_SENTENCE = 300
#: Longest line that can be a headline (joined two-line headlines included).
MAX_HEADLINE = 40

_END = "。！？；!?;"
_CLOSERS = "”’」』）)】》\"'"
_SENT = re.compile(rf"[^{_END}]+(?:[{_END}]+[{_CLOSERS}]*)?|[{_END}]+[{_CLOSERS}]*")
_HAS_END = re.compile(rf"[{_END}]")
#: A line ending in a clause mark (，、) or starting with one is a sentence cut
#: off by the page (a column that goes on elsewhere), never a title.
_CLAUSE_OPEN = re.compile(r"[，、,]$|^[，、,”）)]")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_SOURCE_NOTE = re.compile(r"^[（(][^（）()]{0,20}(?:供稿|供图|来源|整理)?[）)]$")
_SOFT_BREAK = re.compile(r"[，、：,:]")
_BRACKETED = re.compile(r"^[（(]([^（）()]{1,30})[）)]$")
_END_MARKS = frozenset({"完", "全文完", "本文完", "终"})
_C = r"\u4e00-\u9fff"
#: An article's opening dateline and reporter credit, e.g. 本报南宁讯（记者周骁骏、童政）,
#: 本报讯记者郭建军报道, 科学导报讯记者王波 3月14日…, 新华社北京5月9日电.  It is cut
#: off as a byline unit so the first body sentence starts with its own words.
_DATELINE = re.compile(
    rf"(?:本报(?!记者|通讯员)[{_C}]{{0,4}}?[讯电]|[{_C}]{{1,8}}报讯|新华社[{_C}\d]{{0,14}}?电|[{_C}]{{2,8}}网讯)"
    rf"(?:[（(][^（）()]{{1,30}}[）)]|[{_C}、]{{0,16}}?记者[{_C}、]{{2,12}}?报道|记者[{_C}]{{2,3}}(?=\d))?"
)


def _line_kind(doc: Document, line: str, start: int, end: int) -> str | None:
    """Kind of a whole line when the line is page furniture, else None."""
    if is_credit(line):
        return "caption"
    if CREDIT_TAIL.search(line):
        return None  # a photo description with its credit: split into units below
    if is_byline(line) or _CJK_NAME.match(line) or _SOURCE_NOTE.match(line):
        return "byline"
    if doc.offsets and " " not in line and len(line) <= 12:
        # names are joined by cleaning ("康东晋峰"); the raw line still shows them apart
        a, b = doc.to_raw(start), doc.to_raw(end - 1) + 1
        if is_names(normalise(doc.raw[a:b]).strip()):
            return "byline"
    if len(line) <= MAX_HEADLINE and not _HAS_END.search(line) and not _CLAUSE_OPEN.search(line) \
            and "\t" not in line:  # a table row (cells apart by tabs) is body, not a title
        return "headline"
    return None


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``[start, end)`` into pieces of at most MAX_SENTENCE chars, at commas if possible."""
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = -1
        for m in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE // 3, start + MAX_SENTENCE):
            cut = m.end()
        if cut <= start:
            cut = start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _unit_kind(unit: str) -> str:
    if is_credit(unit):
        return "caption"
    if is_byline(unit):
        return "byline"
    m = _BRACKETED.match(unit)
    if m:
        inner = m.group(1)
        if inner.endswith("摄") or "供图" in inner or ("图片" in inner and "提供" in inner):
            return "caption"  # "（图片由某某公司提供）"
        if is_byline(inner) or _CJK_NAME.match(inner) or inner in _END_MARKS or inner.endswith("供稿"):
            return "byline"  # "…发展。（记者 张三）", "（完）" after the last sentence
    return "body"


def segment(doc: Document) -> Document:
    """Set ``doc.sentences``: every non-blank stretch of ``doc.text``, in order, with its kind."""
    text = doc.text
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lstart = pos
        pos += len(line) + 1
        stripped = line.strip()
        if stripped:
            lstart += len(line) - len(line.lstrip())
            lines.append((lstart, lstart + len(stripped)))
    kinds = [_line_kind(doc, text[a:b], a, b) for a, b in lines]
    for i in range(len(lines) - 1):
        # the unpunctuated line right above a photo credit describes the photo
        # ("某某公司生产车间" / "冯磊摄"): it is content, not a title
        if kinds[i] == "headline" and kinds[i + 1] == "caption":
            kinds[i] = None
    out: list[Sentence] = []
    for (lstart, lend), kind in zip(lines, kinds, strict=True):
        if kind is not None:
            for a, b in _split_long(text, lstart, lend):
                out.append(Sentence(a, b, text[a:b], kind))
            continue
        m = _DATELINE.search(text, lstart, min(lend, lstart + MAX_HEADLINE + 1))
        if m and m.start() > lstart and (_HAS_END.search(text, lstart, m.start())
                                         or _CLAUSE_OPEN.search(text[lstart:m.start()])
                                         or not text.startswith("本报", m.start())):
            m = None  # a dateline inside running text is not one
        if m and m.start() > lstart:
            # "某园区再添芯片项目本报泉州电日前，…": the headline drifted onto the dateline's line
            out.append(Sentence(lstart, m.start(), text[lstart:m.start()], "headline"))
        if m and m.end() < lend:
            out.append(Sentence(m.start(), m.end(), m.group(), "byline"))
            lstart = m.end()
        for m in _SENT.finditer(text, lstart, lend):
            a, b = m.start(), m.end()
            while a < b and text[a] == " ":
                a += 1
            while b > a and text[b - 1] == " ":
                b -= 1
            if a == b:
                continue
            tail = CREDIT_TAIL.search(text, a, b)
            if tail and tail.start() > a:
                # "某公司生产车间（资料图片）": the description is content, the note is a credit
                out.append(Sentence(a, tail.start(), text[a : tail.start()], "body"))
                out.append(Sentence(tail.start(), b, text[tail.start() : b], "caption"))
                continue
            ukind = _unit_kind(text[a:b])
            for x, y in _split_long(text, a, b):
                out.append(Sentence(x, y, text[x:y], ukind))
    doc.sentences = out
    return doc
