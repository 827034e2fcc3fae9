"""Cleaning stage: turn PDF-extracted page text into reading-order paragraphs.

What the input looks like (Chinese newspaper pages extracted from PDF): every
column line is a hard line break, often with a blank line after it; words and
numbers are torn by the line ends and by justification spaces ("工 业 用 地",
"16.5 亿元"); headlines, bylines and photo credits sit between paragraphs;
some glyphs come out as the wrong character (a bullet as 姻, ℃ as 益).

What this stage produces (``doc.text``): one line per paragraph, headline,
byline or caption credit, with the intra-paragraph line breaks joined, the
spurious spaces removed and a few unambiguous character repairs applied.
``doc.offsets[i]`` is the index in ``doc.raw`` of clean character ``i``, so
every mention can be traced back to the user's bytes.

Everything is done as a few linear passes over the text:

1. a same-length normalisation of the whole raw text (``str.translate`` plus
   context-sensitive regex repairs that replace one char by one char), so
   index ``i`` of the normalised text is still index ``i`` of ``raw``;
2. one pass over the lines that drops removable spaces and records, per line,
   the raw index of every kept character;
3. a decision per pair of neighbouring lines: join (same paragraph) or keep a
   line break (paragraph end, or a headline/byline/caption boundary).

The join decision (``_join_flags``) uses only general layout cues, no list of
names: paragraph-final punctuation (。！？… and closing quotes; not ；), page
furniture (bylines, photo credits, author names, markdown headings), article
datelines (本报讯 …), paragraph indents, the column width around each line
(a line much narrower than its column is a headline or a label unless it
reads like running text), unclosed quotes, lines that cannot start a line
(”，。), tight line pairs on double-spaced pages, and stacks of unpunctuated
lines after a paragraph end (headlines that drifted to an article's end).
Ragged columns (hard breaks every 12–20 characters) make width a weak cue,
so three cues say "same clause" whatever the widths: short bare lines inside
an open sentence (``_bridge_torn_clauses``), a number torn from its unit
(签约12 / 个…), and a break inside a dictionary word (龙岩高新 / 区…, 进出 /
口…; ``_word_across``).  A single space at a line start is not an indent.

Pages extracted with the layout kept (columns side by side, separated by
runs of spaces, as ``pdftotext -layout`` writes them) are detected and cut
into columns first (``_layout_lines``); their offsets are then not increasing
across columns, but every clean character still maps to its own raw one.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass

from kg.document import Document

# --- 1. same-length normalisation -------------------------------------------

#: Full-width forms that Chinese text uses as its own punctuation; they are kept
#: because recognisers and the segmenter rely on them.
_KEEP_FULLWIDTH = set("，。！？；：（）《》“”‘’、【】「」『』")


#: CJK radical-supplement forms that stand for a whole simplified character.
_RADICAL_FORMS = {
    "⺟": "母", "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻓": "长",
    "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻢": "马",
    "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻬": "齐",
    "⻮": "齿", "⻰": "龙", "⻳": "龟",
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):  # FULLWIDTH ! .. ～ -> ASCII
        ch = chr(cp)
        if ch not in _KEEP_FULLWIDTH:
            table[cp] = chr(cp - 0xFEE0)
    # every horizontal space-like char becomes a plain space (removed or kept later); a tab
    # stays a tab: inside a line it separates table cells (kept by _compact as a boundary)
    for cp in (0x0B, 0xA0, 0xAD, 0x1680, 0x3000, 0x202F, 0x205F, 0x2060, 0xFEFF, *range(0x2000, 0x200E)):
        table[cp] = " "
    for cp in (0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029):  # page/record/line separators
        table[cp] = "\n"
    table[0x0D] = " "  # CR of CRLF; a lone CR was turned into LF before
    # PDF text layers often emit Kangxi radicals / compatibility ideographs /
    # radical forms for ordinary characters ("⼯业" for 工业): map them to the
    # unified ideograph so names match.
    for lo, hi in ((0x2F00, 0x2FD6), (0xF900, 0xFB00)):
        for cp in range(lo, hi):
            norm = unicodedata.normalize("NFKC", chr(cp))
            if len(norm) == 1 and norm != chr(cp):
                table[cp] = norm
    table.update({ord(k): v for k, v in _RADICAL_FORMS.items()})
    return table


_TABLE = _build_table()
# one scan tells whether the (slower) translate is needed at all
_NEEDS_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_OR_PUNCT = _CJK + r"\u3000-\u303f\uff00-\uffef“”‘’"
_ASCII_TO_CJK_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）", ".": "。"}

# ASCII punctuation written next to Chinese text is Chinese punctuation typed on
# the wrong keyboard; making it full width lets one set of patterns serve both.
_ASCII_PUNCT = re.compile(r"[,;:!?().]")
_IDEOGRAPH = re.compile(rf"[{_CJK}]")
_CJK_BEFORE = re.compile(rf"[{_CJK_OR_PUNCT}]")
_CJK_AFTER = re.compile(rf"[{_CJK}]")


def _fullwidth_punct(t: str) -> str:
    """ASCII ,;:!?() touching CJK text -> ，；：！？（）; a full stop after a Chinese
    character and before Chinese text or a line end -> 。.

    Done with a scan for the (rare) ASCII marks and a neighbour check, not a
    look-around regex over every character: this is the hot path.
    """
    parts: list[str] = []
    pos = 0
    n = len(t)
    for m in _ASCII_PUNCT.finditer(t):
        i = m.start()
        if t[i] == ".":
            if not (
                i > 0
                and _IDEOGRAPH.match(t, i - 1)
                and (i + 1 >= n or t[i + 1] in "\n\r \t“" or _CJK_AFTER.match(t, i + 1))
            ):
                continue
        elif not ((i > 0 and _CJK_BEFORE.match(t, i - 1)) or (i + 1 < n and _CJK_AFTER.match(t, i + 1))):
            continue
        parts.append(t[pos:i])
        parts.append(_ASCII_TO_CJK_PUNCT[t[i]])
        pos = i + 1
    if not parts:
        return t
    parts.append(t[pos:])
    return "".join(parts)

# Mis-encoded glyphs of PDF text layers (font symbols mapped onto wrong CJK
# code points).  Only contexts where the intent is unambiguous are repaired:
#   益 right after a number is ℃ ("-35益急冻" -> "-35℃急冻");
#   姻 outside 婚姻/联姻/姻亲/姻缘 is a bullet ("姻责编", "发展。 姻 栗卢建摄"),
#   which starts a new item: it becomes a line break.
_DEGREE = re.compile(r"(?<=\d)益|(?<=\d )益")
_BULLET = re.compile(r"(?<![婚联])姻(?![亲缘])")
_LONE_CR = re.compile(r"\r(?!\n)")


#: an HTML tag of a page saved as text (the names of real HTML elements only: 《》 and <3 are no tags)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|html|head|body|title|meta|link|h[1-6]|li|ul|ol|table|tr|td|th|"
    r"section|article|header|footer|nav|img|font|center|script|style)\b[^<>]*>",
    re.IGNORECASE,
)
_HTML_BLOCK = re.compile(r"</?(?:p|div|br|h[1-6]|li|tr|table|section|article|header|footer|title)\b", re.I)
#: what a browser never shows: scripts, styles, comments (<!-- 正文开始 -->) and the doctype
_HTML_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<!DOCTYPE[^<>]*>", re.IGNORECASE | re.DOTALL)
_HTML_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,5});")


#: page furniture around the article: site menus, breadcrumbs, side bars, footers, share bars
_HTML_FURNITURE_TAGS = ("nav", "aside", "footer")
_HTML_FURNITURE_NAME = re.compile(
    r"""\b(?:class|id)\s*=\s*["'][^"']*\b(?:nav|navbar|menu|breadcrumbs?|sidebar|side-bar|footer|"""
    r"""copyright|share|bdshare|crumb)\b""",
    re.IGNORECASE,
)
_HTML_OPEN_TAG = re.compile(r"<(nav|aside|footer|div|ul|section|header)\b[^<>]*>", re.IGNORECASE)


def _html_furniture(t: str) -> list[tuple[int, int]]:
    """Spans of page furniture: a nav/aside/footer element, or a div/ul/section/header whose
    class or id names a menu, breadcrumb, side bar, footer, copyright or share bar, up to
    its matching end tag (same-name tags counted, so nested divs close it right)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _HTML_OPEN_TAG.search(t, pos)) is not None:
        name = m.group(1).lower()
        if name not in _HTML_FURNITURE_TAGS and not _HTML_FURNITURE_NAME.search(m.group()):
            pos = m.end()
            continue
        depth, end = 1, None
        for tag in re.finditer(rf"<(/?){name}\b[^<>]*>", t[m.end() :], re.IGNORECASE):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = m.end() + tag.end()
                break
        if end is None:  # unclosed: leave the rest alone rather than blank the article
            pos = m.end()
            continue
        spans.append((m.start(), end))
        pos = end
    return spans


def _blank_markup(t: str) -> str:
    """An HTML page saved as text: tags and scripts become spaces (a block tag a line break),
    entities their character — the same length, so offsets still point into the file.
    Page furniture (:func:`_html_furniture`) is blanked whole: a menu's 首页 新闻 招商引资 or a
    footer's 版权所有 某某管委会 are not the article."""
    t = _HTML_HIDDEN.sub(lambda m: " " * len(m.group()), t)
    for a, b in reversed(_html_furniture(t)):
        t = t[:a] + "\n" + " " * (b - a - 1) + t[b:]
    t = _HTML_TAG.sub(lambda m: ("\n" if _HTML_BLOCK.match(m.group()) else " ") + " " * (len(m.group()) - 1), t)

    def entity(m: re.Match[str]) -> str:
        ch = html.unescape(m.group())
        return (ch if len(ch) == 1 and ch != "\xa0" else " ") + " " * (len(m.group()) - 1)

    return _HTML_ENTITY.sub(entity, t)


#: two spaces between text, not more (three or more part side-by-side columns: _WIDE_GAP)
_CELL_GAP = re.compile(r"(?<=\S)  (?=\S)")
#: a line with at least two such gaps
_CELL_ROW = re.compile(r"^[^\n]*?\S  \S[^\n]*?\S  \S[^\n]*$", re.M)
_EDGE_TABS = re.compile(r"(?:(?<=\n)|^)[ \t]*\t[ \t]*|[ \t]*\t[ \t]*(?=\n|$)")


def normalise(raw: str) -> str:
    """Same-length normalisation of a whole page (index ``i`` stays index ``i``)."""
    t = raw
    if "\r" in t:
        t = _LONE_CR.sub("\n", t)
    if _NEEDS_TABLE.search(t):
        t = t.translate(_TABLE)
    if "<" in t and len(_HTML_TAG.findall(t, 0, 20000)) >= 2:
        t = _blank_markup(t)
    t = _fullwidth_punct(t)
    if "  " in t:  # a line whose cells are parted by two spaces, twice or more, is a table row
        t = _CELL_ROW.sub(lambda m: _CELL_GAP.sub("\t ", m.group()), t)
    if "\t" in t:  # a tab at a line's edge is indentation (a space); inside a line it parts table cells
        t = _EDGE_TABS.sub(lambda m: " " * len(m.group()), t)
    if "益" in t:
        t = _DEGREE.sub("℃", t)
    if "姻" in t:
        t = _BULLET.sub("\n", t)
    return t


# --- 2. lines with their kept characters -------------------------------------

_REMOVABLE = re.compile(r"[ \t]+|\*\*")
_DIGITS = frozenset("0123456789")
_TOKEN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_MD_HEADING = re.compile(r"#{1,6} +")
#: Markdown list items and quotes ("- ", "* ", "1. ", "> "; not "+", a formula sign in Chinese text): the marker goes,
#: the item starts a paragraph of its own.
_MD_ITEM = re.compile(r"(?:[-*>] +(?=\S)|\d{1,3}[.)] +(?=[^\d\s]))")


@dataclass(slots=True)
class _Line:
    text: str  # compact text (spurious spaces removed)
    offs: list[int]  # raw index of every char of ``text``
    content: str  # stripped original line (spaces kept) for layout cues
    end: int  # raw index just after the line's content
    width: int  # display width of ``content`` (CJK = 2)
    brk: int  # raw index a line break after this line maps to (its newline or the gap)
    heading: bool = False  # markdown heading ("# ...")
    gap_before: int = 0  # blank lines between this line and the previous one
    indent: bool = False  # the raw line starts with spaces (a paragraph indent)
    item: bool = False  # a markdown list item / quote: always starts a paragraph


def _compact(content: str, start: int) -> tuple[str, list[int]]:
    """Drop spaces except one between two ASCII words ("LED 产业" -> "LED产业").

    Between two digits the space is kept only when both sides are whole
    tokens ("B2 2025"); a lone digit on either side is letter-spacing inside a
    number ("2 0 2 4年", "6 0%", "539.9 6万元") and the space goes.  Markdown
    bold markers (``**``) go too.
    """
    parts: list[str] = []
    offs: list[int] = []
    add_part, add_offs = parts.append, offs.extend  # (hot loop: one call per removed gap)
    pos = 0
    n = len(content)
    for m in _REMOVABLE.finditer(content):
        a, b = m.span()
        add_part(content[pos:a])
        add_offs(range(start + pos, start + a))
        pos = b
        if a == 0 or b >= n or content[a] == "*":
            continue
        tab = content.find("\t", a, b)
        if tab >= 0:  # a cell separator of a table row: a boundary names cannot cross
            add_part("\t")
            offs.append(start + tab)
            continue
        left = content[a - 1]
        if left not in _ALNUM:
            continue  # (the common case: a space after a CJK character just goes)
        right = content[b]
        if right in _ALNUM and not (
            left in _DIGITS
            and right in _DIGITS
            and ((a < 2 or content[a - 2] not in _TOKEN) or (b + 1 >= n or content[b + 1] not in _TOKEN))
        ):
            add_part(" ")
            offs.append(start + a)
    parts.append(content[pos:])
    offs.extend(range(start + pos, start + len(content)))
    return "".join(parts), offs


def _make_line(content: str, start: int, brk: int, heading: bool = False) -> _Line:
    if " " in content or "**" in content or "\t" in content:
        text, offs = _compact(content, start)
    else:
        text, offs = content, list(range(start, start + len(content)))
    n = len(content)
    width = n + (len(content.encode("utf-8")) - n) // 2
    return _Line(text, offs, content, start + n, width, brk, heading)


# a gap after a sentence end, inside a line: "…近300家。 新华社记者 牟 宇摄"
_GAP_AFTER_END = re.compile(r"[。！？”）] +")


def _split_tail(content: str) -> int:
    """Index where a credit/byline/author tail starts after a sentence end, or 0."""
    for m in reversed(list(_GAP_AFTER_END.finditer(content))):
        tail = content[m.end():]
        if len(tail) > 30:
            break
        compact = tail.replace(" ", "")
        if is_credit(compact) or is_byline(compact) or is_names(tail) or (
            _NAMES_ONLY.match(tail) and _TWO_CJK.search(tail)
        ):
            return m.end()
    return 0


# --- layout-preserving extractions (pdftotext -layout): columns side by side ---

_WIDE_GAP = re.compile(r"\S {3,}(?=\S)")
_SEGMENT = re.compile(r"\S(?:\S| {1,2}(?=\S))*")


def _width(s: str) -> int:
    return len(s) + (len(s.encode("utf-8")) - len(s)) // 2


def _is_layout(t: str) -> bool:
    """Columns printed side by side, separated by runs of spaces, on many lines."""
    if "   " not in t:
        return False
    lines = [ln.strip(" ") for ln in t.split("\n")]
    lines = [ln for ln in lines if ln]
    multi = sum(1 for ln in lines if _WIDE_GAP.search(ln))
    return multi >= 5 and multi >= 0.3 * len(lines)


def _layout_lines(t: str) -> list[_Line]:
    """Cut side-by-side columns apart and return their lines in reading order.

    Segment start positions (display columns) that recur on many lines are
    the column starts; a line with one segment running across a column start
    (a spanning headline) closes a band; inside a band the text is read
    column by column, top to bottom.  Offsets still point at each character's
    raw position, so they are no longer increasing across columns.
    """
    rows: list[list[tuple[int, int, str, int, int]]] = []
    pos = 0
    for line in t.split("\n"):
        segs = []
        for m in _SEGMENT.finditer(line):
            d0 = _width(line[: m.start()])
            segs.append((d0, d0 + _width(m.group()), m.group(), pos + m.start(), pos + m.end()))
        rows.append(segs)
        pos += len(line) + 1
    counts: dict[int, int] = {}
    multi_rows = 0
    for segs in rows:
        if len(segs) >= 2:
            multi_rows += 1
            for d0, *_ in segs:
                counts[d0] = counts.get(d0, 0) + 1
    clusters: list[list[int]] = []  # [start, count]
    for d0 in sorted(counts):
        if clusters and d0 - clusters[-1][0] <= 3:
            clusters[-1][1] += counts[d0]
        else:
            clusters.append([d0, counts[d0]])
    starts = [c for c, k in clusters if k >= max(3, 0.15 * multi_rows)] or [0]
    if starts[0] > 0 and min(counts, default=0) < starts[0]:
        starts.insert(0, 0)

    def col_of(d0: int) -> int:
        c = 0
        for k, st in enumerate(starts):
            if st <= d0 + 3:
                c = k
        return c

    out: list[_Line] = []
    n = len(t)

    def emit(seg: tuple[int, int, str, int, int], col: int) -> None:
        d0, _d1, text, a, b = seg
        line = _make_line(text, a, min(b, n - 1))
        line.indent = d0 - starts[col] >= 2
        out.append(line)

    band: list[list[tuple[int, int, str, int, int]]] = [[] for _ in starts]

    def flush() -> None:
        for col, segs in enumerate(band):
            for seg in segs:
                emit(seg, col)
            segs.clear()

    for segs in rows:
        if len(segs) == 1:
            d0, d1 = segs[0][0], segs[0][1]
            col = col_of(d0)
            if col + 1 < len(starts) and d1 > starts[col + 1] + 2:
                flush()  # a line across columns: headline or full-width text
                emit(segs[0], col)
                continue
        for seg in segs:
            band[col_of(seg[0])].append(seg)
    flush()
    return out


def _wide_indent(raw: str, a: int, b: int) -> bool:
    """The raw indent ``raw[a:b]`` is at least two columns wide (an ideographic space or a tab is two)."""
    return b - a >= 2 or (b > a and raw[a] in "\u3000\t")


def _lines(t: str, raw: str | None = None) -> list[_Line]:
    """Lines of the normalised text ``t``; ``raw`` (same length) tells indent widths."""
    if _is_layout(t):
        return _layout_lines(t)
    out: list[_Line] = []
    pos = 0
    blanks = 0
    for line in t.split("\n"):
        nxt = pos + len(line) + 1
        content = line.strip(" ")
        if not content:
            blanks += 1
        else:
            start = pos + line.index(content[0])
            heading = item = False
            if content[0] == "#":
                m = _MD_HEADING.match(content)
                if m:
                    heading = True
                    content = content[m.end():]
                    start += m.end()
            elif content[0] in "-*>0123456789":
                m = _MD_ITEM.match(content)
                if m:
                    item = True
                    content = content[m.end():]
                    start += m.end()
            cut = _split_tail(content) if " " in content else 0
            if cut:
                head = content[:cut].rstrip(" ")
                out.append(_make_line(head, start, start + len(head), heading))
                out.append(_make_line(content[cut:], start + cut, nxt - 1))
            else:
                out.append(_make_line(content, start, nxt - 1, heading))
            first = out[-1 - (1 if cut else 0)]
            first.gap_before = blanks
            # A paragraph indent is two ems (two ideographic spaces, a tab, or
            # several spaces); a single ASCII space at a line start is a stray
            # justification space of the PDF text layer, even inside a word ("厦\n 门").
            first.indent = start > pos and _wide_indent(raw if raw is not None else t, pos, start)
            first.item = item
            blanks = 0
        pos = nxt
    return out


# --- 3. paragraph boundaries --------------------------------------------------

#: Paragraph-final punctuation, optionally followed by closing quotes/brackets.
#: (；ends a sentence unit but rarely a paragraph: a column line ending in ；
#: usually goes on.)
_FINAL = re.compile(r"[。！？!?…][”’」』）)》\"'】]*$")
_BYLINE_WORDS = (
    r"本报记者|本报通讯员|特约记者|见习记者|实习记者|实习生|通讯员|新华社记者|新华社发|记者|"
    r"本版编辑|责任编辑|责编|编辑|美编|校对|统筹|撰文|作者|文/|图/|图文/|摄影/?|制图|图片来源|来源|"
    r"来稿邮箱|投稿邮箱|投稿"
)
_BYLINE_START = re.compile(rf"^[□■●◆▲★]?(?:{_BYLINE_WORDS})")
_BYLINE_SPLIT = re.compile(rf"(?:{_BYLINE_WORDS})")
#: Byline words that also open ordinary sentences ("统筹推进…", "来源于…",
#: "记者了解到…"): they make a byline only before a colon/space or a short name.
_WEAK_BYLINE = re.compile(r"^[□■●◆▲★]?(?:记者|编辑|校对|统筹|撰文|作者|来源|制图|图片来源|投稿|实习生|摄影)(?![/：:])")
#: What follows a byline word is names (or an address): a long stretch is prose
#: ("记者见识了与芥菜相关的多种中华…" is a column line, not a byline).
_BYLINE_NAMES_MAX = 10
_BULLETS = "□■●◆▲★◇○·•"

#: An article's opening dateline: 本报讯, 本报南宁讯, 科学导报讯, 新华社北京5月9日电.
_DATELINE = re.compile(r"(?:本报\S{0,8}讯|本报[\u4e00-\u9fff]{1,4}电|\S{1,10}报讯|新华社\S{0,14}电|\S{2,10}讯(?=[ （(【]))")
#: How news paragraphs open: a time or source phrase and a comma ("今年以来，", "近日，",
#: "据了解，", "4月22日，").
#: A notice's title line: "(issuer)关于…的通知/公示/名单" with no punctuation of its own (山西省工业和信息化厅
#: 关于2024年度省级绿色工厂名单的公示). It is a headline: the text below it does not continue it.
_NOTICE_TITLE = re.compile(r"^[^《》“”，。；：]{0,30}关于[^《》“”，。；：]{2,60}(?:通知|公告|公示|通报|决定|意见|批复|函|名单)$")
_OPENER = re.compile(
    r"(?:今年以来|近年来|近期|近日|日前|目前|当前|此前|去年|今年|年初|据悉|据了解|据介绍|记者了解到|"
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年)[，,]"
)
#: Marks that cannot start a line of Chinese text: the line goes with the one before.
_NO_LINE_START = frozenset("”’）》」』】，。、；：？！,.;:?!)%")
#: A line ending in a number whose unit or measure word opens the next line
#: ("投资超过5" / "亿元的项目"): a number is never the end of a headline and
#: its unit never starts one, so the two lines are one clause.
_TORN_NUMBER_END = re.compile(rf"[{_CJK}][0-9][0-9.]*$")
_UNIT_START = frozenset("万亿千百元个家项%年倍吨台套座栋名人户余多条件批期")
#: The rest of a torn number and its unit ("1" / "86亿元"); not a date ("2025年…").
_DIGITS_THEN_UNIT = re.compile(r"[0-9][0-9.]*[万亿千百元个家项%倍吨台套座栋名人户余多条件批期]")
_INNER_PUNCT = re.compile(r"[，。；、,;]")
#: A bracketed photo note at the end: （新华社发 张三摄）, 【本报记者 王五 摄】, （中经视觉）, （资料图片）.
CREDIT_TAIL = re.compile(r"[【（(][^【】（）()]{0,24}(?:摄|摄影|供图|视觉|资料图片|资料照片)[^【】（）()]{0,8}[】）)]$")
_PLAIN_CREDIT = re.compile(r"(?:摄|摄影|供图|制图)$")
_NAME = re.compile(rf"^[{_CJK}]{{2,4}}$")

_NAMES_ONLY = re.compile(rf"^[{_CJK}]{{1,3}}(?: +[{_CJK}]{{1,3}}){{0,2}}$")
_TWO_CJK = re.compile(rf"[{_CJK}]{{2}}")


def ends_sentence(text: str) -> bool:
    """True when a line ends with paragraph-final punctuation (a paragraph may end here)."""
    return _FINAL.search(text) is not None


def is_byline(text: str) -> bool:
    """A reporter/editor line: starts with a byline word, has no clause punctuation,
    and only short stretches (names) between its byline words."""
    if len(text) > 40 or not _BYLINE_START.match(text) or _INNER_PUNCT.search(text):
        return False
    if "@" in text:
        return True  # 投稿：someone@example.com
    parts = [p.replace(" ", "").strip("：:") for p in _BYLINE_SPLIT.split(text)]
    weak = _WEAK_BYLINE.match(text)
    if weak and not text[weak.end() : weak.end() + 1].isspace() and len(parts[1]) > 4 and len(parts) == 2:
        return False  # "统筹推进产业发展", "记者了解到的情况" (one weak word, then prose)
    return all(len(p) <= _BYLINE_NAMES_MAX for p in parts)


def is_credit(text: str) -> bool:
    """A photo credit ("金玉敏摄（中经视觉）", "新华社记者 刘军喜 摄", "【张三 摄】").

    A description followed by a bracketed note ("工人在作业【张三摄】") is not a
    credit as a whole (segmentation splits it); a plain "…摄" must be short and
    not "拍摄" (a column line "工作人员正在进行拍摄" is text).
    """
    if len(text) > 40 or "。" in text:
        return False
    m = CREDIT_TAIL.search(text)
    if m:
        head = text[: m.start()].strip()
        return not head or is_credit(head) or is_byline(head) or bool(_NAME.match(head)) or is_names(head)
    text = text.replace(" ", "")
    return len(text) <= 16 and _PLAIN_CREDIT.search(text) is not None and not text.endswith("拍摄")


def _furniture(line: _Line) -> bool:
    """Lines that never belong to a paragraph: bylines, credits, markdown headings, author names, table rows."""
    if line.heading or "\t" in line.text or is_byline(line.content) or is_credit(line.text):
        return True  # (a table row, cells apart by tabs, is a line of its own too)
    return is_names(line.content)


def is_names(content: str) -> bool:
    """One to three short space-separated CJK names ("康东 晋峰"): an author line.

    Letter-spaced running text ("度 脱 碳 发 展") has more, one-char tokens.
    """
    content = content.lstrip(_BULLETS + " ")
    return " " in content and bool(_NAMES_ONLY.match(content)) and bool(_TWO_CJK.search(content))


def _upper_quartile(values: list[int]) -> float:
    v = sorted(values)
    return v[(3 * (len(v) - 1)) // 4] if v else 0


def _local_widths(lines: list[_Line], radius: int = 10) -> list[float]:
    """Typical column width around each line (upper quartile of its neighbours).

    Most lines of a column are full width, so the upper quartile is the column
    width even where headlines and bylines cluster (a median is pulled down
    there); a line much shorter than that, without final punctuation, is not a
    line of running text (a headline, a name, a label).
    """
    widths = [ln.width for ln in lines]
    n = len(widths)
    page = _upper_quartile(widths)
    if n <= 2 * radius + 1:
        return [page] * n
    # Where short lines dominate a window (a stack of headlines, an infographic)
    # the window says nothing; half the page's typical width is a floor.
    floor = 0.5 * page
    out = []
    # a sliding sorted window (insert the entering width, delete the leaving
    # one) holds exactly sorted(widths[i - radius: i + radius + 1]) at step i,
    # without re-sorting 21 numbers for every line
    win = sorted(widths[: radius + 1])
    for i in range(n):
        if i > 0:
            if i + radius < n:
                bisect.insort(win, widths[i + radius])
            if i - radius - 1 >= 0:
                del win[bisect.bisect_left(win, widths[i - radius - 1])]
        q = win[(3 * (len(win) - 1)) // 4]
        out.append(q if q > floor else floor)
    return out


def _unclosed(text: str) -> bool:
    """A quote or bracket opened and not closed: the sentence goes on."""
    return (
        text.count("“") > text.count("”")
        or text.count("《") > text.count("》")
        or text.count("（") > text.count("）")
    )


def _join_flags(lines: list[_Line], short_ratio: float = 0.6) -> list[bool]:
    """``flags[i]`` tells whether line ``i`` continues on line ``i + 1``.

    A line joins the next unless it ends a sentence, either line is page
    furniture, the next line opens an article with a dateline (本报讯 …), or a
    *short* line without final punctuation is involved: a line much narrower
    than its column is a headline, a name or a label — unless it reads like
    running text (see ``text_like`` below).
    """
    n = len(lines)
    if n == 0:
        return []
    local = _local_widths(lines)
    width = [ln.width for ln in lines]
    final = [ends_sentence(ln.text) for ln in lines]
    furn = [_furniture(ln) for ln in lines]
    short = [width[i] < short_ratio * local[i] for i in range(n)]
    # Short lines that are still running text:
    #  * a run of short lines that ends a sentence (a column narrowing around a
    #    picture, the last lines of a paragraph);
    #  * a not-too-short line with clause punctuation (headlines rarely have it);
    #  * a line as wide as the text line it continues (a narrow column beside a
    #    wide one makes the whole narrow column look short).
    text_like = [False] * n
    run_ends = [False] * n
    for i in range(n - 1, -1, -1):
        if not short[i] or furn[i]:
            continue
        if final[i] or (i + 1 < n and short[i + 1] and not furn[i + 1] and run_ends[i + 1]):
            run_ends[i] = text_like[i] = True
        elif (width[i] >= 0.3 * local[i] and _INNER_PUNCT.search(lines[i].text)) or _unclosed(lines[i].text):
            text_like[i] = True
    for i in range(1, n):
        if short[i] and not text_like[i] and not furn[i]:
            j = i - 1
            if (
                not final[j]
                and not furn[j]
                and (not short[j] or text_like[j])
                and width[i] >= 0.85 * width[j]
            ):
                text_like[i] = True
    bare = [not _INNER_PUNCT.search(ln.text) and not final[k] for k, ln in enumerate(lines)]
    # An indented line opens a paragraph, unless the extractor indents everything.
    indents = sum(1 for ln in lines if ln.indent)
    use_indent = indents <= 0.6 * n
    _bridge_torn_clauses(lines, final, furn, short, bare, text_like, use_indent)
    # Double-spaced pages (a blank line after every column line): two lines
    # without clause punctuation and with no blank between them form a block of
    # their own, a two-line headline; its last line does not run into the text.
    gaps = [lines[i + 1].gap_before for i in range(n - 1)]
    double = n > 8 and sum(1 for g in gaps if g) >= 0.6 * len(gaps)
    flags = [False] * n
    for i in range(n - 1):
        if lines[i + 1].text[0] in _NO_LINE_START and not furn[i]:
            flags[i] = True  # a closing quote or a comma never opens a line of its own
            continue
        if final[i] or furn[i] or furn[i + 1] or _DATELINE.match(lines[i + 1].content):
            continue
        if (lines[i].text[-1] in _DIGITS or lines[i].text[-2:-1] in _DIGITS and lines[i].text[-1] == ".") \
                and _TORN_NUMBER_END.search(lines[i].text) and (
            lines[i + 1].text[0] in _UNIT_START or _DIGITS_THEN_UNIT.match(lines[i + 1].text)
        ):
            flags[i] = True  # "签约12" + "个…", "超过5" + "亿元", "投资3." + "6亿元": a number torn apart
            continue
        if (use_indent and lines[i + 1].indent) or lines[i + 1].item:
            continue
        if double and i and gaps[i] and not gaps[i - 1] and bare[i] and bare[i - 1] and not furn[i - 1]:
            continue
        if bare[i] and (i == 0 or final[i - 1] or furn[i - 1]) and _OPENER.match(lines[i + 1].text):
            continue  # a lone unpunctuated line before "近日，…": a headline
        if bare[i] and (i == 0 or final[i - 1] or furn[i - 1]) and _NOTICE_TITLE.match(lines[i].text):
            continue  # a notice's title line (…关于…的公示): a headline
        if short[i] and not text_like[i]:
            continue
        if short[i + 1] and not final[i + 1] and not text_like[i + 1]:
            continue  # a short unpunctuated line after text: a headline or label
        flags[i] = True
    _split_headline_stacks(lines, final, flags)
    _join_torn_words(lines, final, furn, flags, use_indent)
    # a line ending in a conjunction or preposition (■泉州经开区与 / 深圳云栖…签约) goes on
    for i in range(n - 1):
        if not flags[i] and lines[i].text[-1:] in _DANGLING and not furn[i + 1] and not lines[i + 1].item \
                and not (use_indent and lines[i + 1].indent) and not lines[i + 1].heading \
                and not _DATELINE.match(lines[i + 1].content) and lines[i + 1].text[0] not in _BULLETS:
            flags[i] = True
    # a line that running text joined into, and that does not end its sentence, goes on
    # ("…总投资168亿元的年产40万吨煤制" / "烯烃项目近日进入…"): text never stops mid-clause
    for i in range(1, n - 1):
        nxt = lines[i + 1]
        if flags[i - 1] and not flags[i] and not final[i] and not furn[i] and not furn[i + 1] \
                and short[i] and not (short[i + 1] and bare[i + 1]) \
                and not _unclosed_quote_end(lines[i].text) and not _DATELINE.match(nxt.content) \
                and not nxt.item and not (use_indent and nxt.indent) and nxt.text[0] not in _BULLETS \
                and not _OPENER.match(nxt.text):
            flags[i] = True
    return flags


#: characters that cannot end a line of Chinese text: the clause goes on
_DANGLING = frozenset("与和及同由对向从将把被为的、，")


def _unclosed_quote_end(text: str) -> bool:
    """A line ending in a closing quote or bracket ends a quoted headline or a caption."""
    return text[-1:] in "”）)】」"


def _bridge_torn_clauses(
    lines: list[_Line],
    final: list[bool],
    furn: list[bool],
    short: list[bool],
    bare: list[bool],
    text_like: list[bool],
    use_indent: bool,
) -> None:
    """Mark short unpunctuated lines inside an open sentence as running text.

    On a ragged column (hard breaks every 12–20 characters) a torn clause
    leaves short lines with no punctuation ("科技有限公司年处理50万",
    "对固定资产投资超过5") that look like headlines by width alone.  When the
    line before leaves a sentence open (it has clause punctuation or an open
    quote, or it is a full line continuing such a line) and the line after
    goes on with punctuated text that does not open a paragraph of its own
    (no dateline, no indent, no "近日，" opener), one or two such lines are
    the middle of that sentence.  A headline printed between two halves of a
    paragraph is followed by its dateline, which keeps it apart.
    """
    n = len(lines)
    cache: dict[int, bool] = {}

    def punct(k: int) -> bool:
        if k not in cache:
            text = lines[k].text
            cache[k] = bool(_INNER_PUNCT.search(text)) or _unclosed(text)
        return cache[k]

    for i in range(n - 2):
        j = i + 1  # only lines followed by a short bare line are candidates
        if not short[j] or not bare[j] or furn[j] or text_like[j]:
            continue
        if final[i] or furn[i] or (short[i] and not text_like[i]):
            continue
        if not (punct(i) or (i and not short[i] and not final[i - 1] and not furn[i - 1] and punct(i - 1))):
            continue
        k = j
        while k < n and k - i <= 3 and short[k] and bare[k] and not furn[k] and not text_like[k]:
            k += 1
        if k - i > 3 or k >= n or furn[k] or not (final[k] or punct(k)):
            continue
        nxt = lines[k]
        if _DATELINE.match(nxt.content) or (use_indent and nxt.indent) or nxt.item or _OPENER.match(nxt.text):
            continue
        for m in range(j, k):
            text_like[m] = True


def _word_across(left: str, right: str) -> bool:
    """True when the most likely segmentation of ``left + right`` has a word
    across the seam ("龙岩高新" + "区首座…" -> 高新区, "进出" + "口" -> 进出口).

    The segmentation (:func:`kg.knowledge.lexicons.word_bounds`) runs on a few characters
    either side of the seam only: a deliberate break between two headline lines
    falls between words, a column wrap falls anywhere.
    """
    from kg.knowledge.lexicons import (  # late: the table is only needed for candidate seams
        word_bounds,
        word_table,
    )

    if not word_table():
        return False
    cut = len(left)
    ends = word_bounds(left + right)
    return cut not in ends and cut < ends[-1]


def _join_torn_words(lines: list[_Line], final: list[bool], furn: list[bool], flags: list[bool], use_indent: bool) -> None:
    """Join two lines when the break falls inside a word (see ``_word_across``).

    Only seams between two ideographs, after a line of four or more
    characters that does not end a sentence (a shorter one is usually an
    author's name) and before one that does not open an article or a paragraph.
    """
    for i in range(len(lines) - 1):
        if flags[i] or final[i] or furn[i] or furn[i + 1]:
            continue
        a, b = lines[i], lines[i + 1]
        if len(a.text) < 4:
            continue  # a lone name ("王波" + "长治…" is not 波长)
        if not ("\u3400" <= a.text[-1] <= "\u9fff" and "\u3400" <= b.text[0] <= "\u9fff"):
            continue
        if _DATELINE.match(b.content) or b.item or (use_indent and b.indent) or _OPENER.match(b.text):
            continue
        if _word_across(a.text[-4:], b.text[:4]):
            flags[i] = True


def _split_headline_stacks(lines: list[_Line], final: list[bool], flags: list[bool]) -> None:
    """Un-join a stack of headlines that drifted to the end of an article.

    After a paragraph end, three or more lines in a row without any clause
    punctuation are titles, kickers and credits (running text puts a comma or
    a full stop in almost every other column line).  The stack's last line
    may open the next article's text, so it keeps its join unless the next
    line itself opens a paragraph ("今年以来，…").  A dateline line (本报讯…)
    ends the stack: it and the lines after it are the article's first
    paragraph, even when the first clause is torn over bare lines.
    """
    n = len(lines)
    i = 0
    while i < n:
        if final[i] or _INNER_PUNCT.search(lines[i].text) or _unclosed(lines[i].text):
            i += 1
            continue
        j = i
        while j < n and not final[j] and not _INNER_PUNCT.search(lines[j].text) and not _unclosed(lines[j].text):
            if j > i and (_DATELINE.match(lines[j].content) or lines[j].text[0] in "■●◆▲★"):
                # "本报讯（记者…）走进…" opens the article's text, "■ X开发区日前…" a news
                # brief's: the stack ends above it
                break
            j += 1
        if j - i >= 3 and (i == 0 or final[i - 1]):
            for k in range(i, j - 1):
                if lines[k + 1].text[0] not in _NO_LINE_START:
                    flags[k] = False
            if j < n and _OPENER.match(lines[j].text):
                flags[j - 1] = False  # the next line opens a paragraph itself ("今年以来，…")
        i = j


def clean(doc: Document) -> Document:
    """Set ``doc.text`` (clean paragraphs, one per line) and ``doc.offsets`` (clean -> raw)."""
    t = normalise(doc.raw)
    lines = _lines(t, doc.raw)
    flags = _join_flags(lines)
    parts: list[str] = []
    offsets: list[int] = []
    last = len(lines) - 1
    for i, ln in enumerate(lines):
        parts.append(ln.text)
        offsets.extend(ln.offs)
        if i < last and not flags[i]:
            parts.append("\n")
            offsets.append(ln.brk)
    doc.text = "".join(parts)
    doc.offsets = offsets
    return doc
