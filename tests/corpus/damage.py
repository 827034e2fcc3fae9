"""PDF and web damage, rendered the same way for every page of the corpus.

Each kind of damage is one small named function of ``(text or lines, rng)``;
:func:`render` chains them under a :class:`Profile` drawn deterministically
from the page id, so the same source always gives the same bytes.

The damage models what real pages bring (the seeds show most of it): hard
line breaks every 12-40 characters, often with blank lines between them;
spaces between digits and Chinese characters and inside words; mastheads,
page headers and editor lines; photo captions moved into the body with a
credit; headlines printed after their article; two articles interleaved by
paragraph or set side by side in columns; glyphs a PDF font maps wrongly
(■ → 姻, ℃ → 益); full-width digits on web pages; about one page in six
saved as GB18030 or GBK. None of it adds a name of a park, firm, agency,
policy, project or place, so the gold written on the clean text stays right.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tests.corpus.source import Block, Source

T = TypeVar("T")

CJK = "\u3400-\u9fff"
#: characters a line never starts with in typeset Chinese (kinsoku)
NO_LINE_START = "，。、；：！？）》”’%"
#: glyphs a PDF font maps to the wrong character (seen in the seeds' text layer)
GLYPH_SWAPS = {"■": "姻", "℃": "益", "●": "荫"}
_NUM_CJK = re.compile(rf"(?<=[{CJK}])(?=[0-9])|(?<=[0-9%])(?=[{CJK}])")
_NUM_CJK_BARE = re.compile(rf"(?<=[{CJK}])(?=[0-9])|(?<=[0-9])(?=[{CJK}])")  # 30%以上 left alone
_WEEKDAYS = "一二三四五六日"
_EDITORS = ("责编：王 丽", "责任编辑：陈晓", "编辑 / 刘畅", "美编：赵宁", "校对：孙静")
_CREDITS = ("记者 王磊 摄", "通讯员 李 娜 供图", "本报记者 陈 晨 摄", "资料图", "受访者供图")


@dataclass(frozen=True)
class Profile:
    """What damage one page gets."""

    wrap: tuple[int, int] | None  # line length range, or None (paragraphs stay whole)
    blank_lines: bool  # a blank line between printed lines (the seeds' layout)
    digit_spaces: bool  # "4 月 22 日", "投资 2.49 亿元"
    word_space_rate: float  # chance of a space after a character
    masthead: bool
    drift: bool  # headlines printed after the body
    glyphs: bool  # GLYPH_SWAPS applied
    fullwidth_digits: bool  # web pages: ２０２５年
    layout: str  # several articles: "sequential", "interleave" or "columns"
    encoding: str  # "utf-8", "utf-8-sig", "gb18030" or "gbk"


def seed_of(pid: str) -> int:
    """A stable seed from a page id (no dependence on PYTHONHASHSEED)."""
    return int.from_bytes(hashlib.sha256(pid.encode("utf-8")).digest()[:8], "big")


def draw_profile(source: Source) -> Profile:
    """Draw a page's damage from its id and medium; about one page in six is GB18030/GBK."""
    rng = random.Random(seed_of(source.pid))
    pdf = source.medium == "pdf"
    multi = len(source.articles) > 1
    enc_roll = rng.random()
    encoding = "utf-8" if enc_roll >= 1 / 6 else rng.choice(("gb18030", "gbk"))
    if encoding == "utf-8" and rng.random() < 0.1:
        encoding = "utf-8-sig"
    low = rng.choice((12, 16, 20, 26))
    return Profile(
        wrap=(low, low + rng.choice((6, 10, 14))) if pdf else None,
        blank_lines=pdf and rng.random() < 0.5,
        digit_spaces=pdf and rng.random() < 0.5,
        word_space_rate=rng.choice((0.0, 0.004, 0.012)) if pdf else 0.0,
        masthead=rng.random() < (0.7 if pdf else 0.3),
        drift=pdf and rng.random() < 0.25,
        glyphs=pdf and rng.random() < 0.4,
        fullwidth_digits=not pdf and rng.random() < 0.25,
        layout=rng.choice(("sequential", "interleave", "columns")) if multi and pdf else "sequential",
        encoding=encoding,
    )


# -- text damage -------------------------------------------------------------


def space_digits(text: str, *, percent: bool = True) -> str:
    """A space wherever digits meet Chinese characters: 投资 2.49 亿元 (and 30% 以上 unless ``percent`` is off)."""
    return (_NUM_CJK if percent else _NUM_CJK_BARE).sub(" ", text)


def space_words(text: str, rng: random.Random, rate: float) -> str:
    """A space after some Chinese characters, as PDF justification leaves them: 平遥 开发区."""
    if rate <= 0:
        return text
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if re.match(f"[{CJK}]", ch) and re.match(f"[{CJK}]", nxt) and rng.random() < rate:
            out.append(" ")
    return "".join(out)


def swap_glyphs(text: str) -> str:
    """Glyphs a PDF font maps wrongly: ■ → 姻, ℃ → 益."""
    for good, bad in GLYPH_SWAPS.items():
        text = text.replace(good, bad)
    return text


def fullwidth_digits(text: str) -> str:
    """ASCII digits as full-width digits (web pages typed with a Chinese IME)."""
    return text.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})


def wrap(text: str, rng: random.Random, width: tuple[int, int], *,
         no_start: str = NO_LINE_START, short_tail: int = 0) -> list[str]:
    """Cut a paragraph into printed lines of ``width`` characters, never starting with 、。，.

    One ``rng.randint(*width)`` per line. ``no_start`` is the kinsoku set (``""``: cut
    anywhere, mid-word and mid-number, as a bare PDF text dump does); a last line of
    ``short_tail`` characters or fewer stays on the line before it.
    """
    lines: list[str] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + rng.randint(*width))
        while end < len(text) and text[end] in no_start:
            end += 1
        if len(text) - end <= short_tail:
            end = len(text)
        lines.append(text[pos:end])
        pos = end
    return lines


# -- page layout -------------------------------------------------------------


def masthead(rng: random.Random, date: str) -> list[str]:
    """A page header: section, page number, date, editor — no names of entities."""
    y, m, d = (date.split("-") + ["2025", "6", "12"])[:3] if date else ("2025", "6", "12")
    wd = _WEEKDAYS[rng.randrange(7)]
    page = f"{rng.choice('ABC')}{rng.randint(1, 12)}"
    head = rng.choice((f"综合新闻 {page} {int(y)}年{int(m)}月{int(d)}日 星期{wd}",
                       f"{int(y)}年{int(m)}月{int(d)}日  星期{wd}  {page} 版",
                       f"■ 经济 · 园区 {page}"))
    return [head, "■" + rng.choice(_EDITORS)]


def block_lines(block: Block, profile: Profile, rng: random.Random) -> list[str]:
    """One block printed: body text damaged and wrapped; table cells flattened by spaces."""
    text = block.text.replace("\t", "  " if profile.wrap else "\t")
    if block.kind == "cap":
        text = f"{text} ■ {rng.choice(_CREDITS)}"
    if block.kind in ("para", "row", "cap"):
        if profile.digit_spaces:
            text = space_digits(text)
        text = space_words(text, rng, profile.word_space_rate)
    if profile.glyphs:
        text = swap_glyphs(text)
    if profile.fullwidth_digits:
        text = fullwidth_digits(text)
    if profile.wrap and block.kind in ("para", "cap"):
        return wrap(text, rng, profile.wrap)
    return [text]


def article_lines(blocks: list[Block], profile: Profile, rng: random.Random) -> list[list[str]]:
    """An article as paragraphs of printed lines: its title (the headlines that open it) drifts
    after the body when asked; section headings inside it (附件1, 一、…) stay where they are."""
    k = 0
    while k < len(blocks) and blocks[k].kind in ("head", "sub"):
        k += 1
    lead, body = blocks[:k], blocks[k:]
    captions = [b for b in body if b.kind == "cap"]
    rest = [b for b in body if b.kind != "cap"]
    if captions and profile.wrap and len(rest) > 2:  # a caption lands between two paragraphs
        for cap in captions:
            rest.insert(rng.randrange(1, len(rest)), cap)
    else:
        rest = body
    order = rest + lead if profile.drift else lead + rest
    return [block_lines(b, profile, rng) for b in order]


def interleave(a: Sequence[T], b: Sequence[T]) -> list[T]:
    """Two articles' paragraphs taken in turn, as a reading order across columns gives them."""
    out: list[T] = []
    for i in range(max(len(a), len(b))):
        out.extend(x[i] for x in (a, b) if i < len(x))
    return out


def columns(a: list[list[str]], b: list[list[str]], rng: random.Random) -> list[list[str]]:
    """Two articles side by side: each printed line holds a left and a right column line."""
    left = [ln for para in a for ln in para]
    right = [ln for para in b for ln in para]
    gap = " " * rng.randint(3, 6)
    width = max((len(x) for x in left), default=0)
    rows = []
    for i in range(max(len(left), len(right))):
        lt = left[i] if i < len(left) else ""
        rt = right[i] if i < len(right) else ""
        rows.append((lt.ljust(width, "\u3000") + gap + rt).rstrip() if rt else lt)
    return [rows]


def render(source: Source) -> tuple[str, str, Profile]:
    """The damaged page text, its encoding and the profile used."""
    profile = draw_profile(source)
    rng = random.Random(seed_of(source.pid) ^ 0x5EED)
    arts = [article_lines(a.blocks, profile, rng) for a in source.articles]
    paras: list[list[str]] = []
    if profile.masthead:
        paras.append(masthead(rng, source.meta.get("date", "")))
    if profile.layout == "interleave":
        paras += interleave(arts[0], arts[1]) + [p for art in arts[2:] for p in art]
    elif profile.layout == "columns":
        paras += columns(arts[0], arts[1], rng) + [p for art in arts[2:] for p in art]
    else:
        paras += [p for art in arts for p in art]
    sep = "\n\n" if profile.blank_lines else "\n"
    text = sep.join(line for para in paras for line in para) + "\n"
    return text, profile.encoding, profile


def encode(text: str, encoding: str) -> bytes:
    """The page's bytes; a page GBK cannot hold falls back to GB18030."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("gb18030")


# -- variants used by the held-out generators --------------------------------
#
# tests/data/heldout*/make_heldout*.py were written before this module, each with its
# own copy of the damage, and their committed pages are pinned byte for byte
# (tests/test_heldout*.py). So every variant here keeps the exact sequence of rng
# calls of the generator(s) it came from: where two generators differed only in a
# number it is a parameter; where the rng is drawn at other places it is a separate
# function. (:func:`wrap`, :func:`space_digits` and :func:`interleave` above serve
# them too, through their keyword parameters.)  Chinese characters are ``CJK``; the
# generators' texts hold none in U+3400-U+4DFF, where some of them drew the line.

_ALNUM_BEFORE = re.compile(r"[0-9A-Za-z%]")
_ALNUM_AFTER = re.compile(r"[0-9A-Za-z]")
_IS_CJK = re.compile(f"[{CJK}]")
#: characters next to which the held-out set H never puts a stray space
_NO_GAP = "，。、；：“”《》（）！？—"


def wrap_segments(text: str, rng: random.Random, width: tuple[int, int], brk: str, **kw: Any) -> list[str]:
    """:func:`wrap` on each piece between ``brk`` marks: a forced line break mid-word or mid-number."""
    return [line for seg in text.split(brk) for line in wrap(seg, rng, width, **kw)]


def wrap_jitter(text: str, rng: random.Random, width: int, bounds: tuple[int, int] = (12, 22),
                brk: str = "\x00") -> list[str]:
    """Lines of ``width`` ± 2 characters within ``bounds`` (one ``randint(-2, 2)`` per line):
    a column of a fixed width whose justification varies; ``brk`` forces a break."""
    lo, hi = bounds
    lines = []
    for seg in text.split(brk):
        pos = 0
        while pos < len(seg):
            step = max(lo, min(hi, width + rng.randint(-2, 2)))
            lines.append(seg[pos:pos + step])
            pos += step
    return lines


def wrap_before_breaks(text: str, rng: random.Random, width: tuple[int, int] = (12, 22),
                       brk: str = "\x00") -> list[str]:
    """Lines of ``width`` characters, built character by character: a ``brk`` mark ends a line
    (and draws the next width); a line due to end less than three characters before a ``brk``
    runs on to it, so the forced break leaves no line of one or two characters."""
    lines, cur = [], ""
    target = rng.randint(*width)
    for i, ch in enumerate(text):
        if ch == brk:
            if cur:
                lines.append(cur)
            cur, target = "", rng.randint(*width)
            continue
        cur += ch
        if len(cur) >= target and brk not in text[i + 1:i + 4]:
            lines.append(cur)
            cur, target = "", rng.randint(*width)
    if cur:
        lines.append(cur)
    return lines


def split_headline(headline: str, rng: random.Random) -> list[str]:
    """A headline over 12 characters broken in two lines near its middle (one ``randint``)."""
    cut = rng.randint(len(headline) // 2 - 2, len(headline) // 2 + 2) if len(headline) > 12 else len(headline)
    return [headline[:cut], headline[cut:]] if cut < len(headline) else [headline]


def space_digits_at_random(text: str, rng: random.Random, rate: float) -> str:
    """:func:`space_digits`, each gap kept with chance ``rate`` (one draw per place digits meet CJK)."""
    return _NUM_CJK.sub(lambda m: " " if rng.random() < rate else "", text)


def space_digits_after_punct(text: str) -> str:
    """A space between a number and the Chinese character on either side, and after ，。、
    before a number (``\\d``: any digit): 2025 年, 。 3 月."""
    text = re.sub(rf"(\d)([{CJK}])", r"\1 \2", text)
    return re.sub(rf"([{CJK}，。、])(\d)", r"\1 \2", text)


def space_alnum(text: str, rng: random.Random, rate: float) -> str:
    """A space, with chance ``rate``, where a Latin letter, digit or % meets a Chinese
    character (one draw per such place): 投资 5 亿元, 20 GWh 储能."""
    out = []
    for i, ch in enumerate(text):
        if i:
            a = text[i - 1]
            if ((_ALNUM_BEFORE.match(a) and _IS_CJK.match(ch)) or
                    (_IS_CJK.match(a) and _ALNUM_AFTER.match(ch))) and rng.random() < rate:
                out.append(" ")
        out.append(ch)
    return "".join(out)


def space_alnum_every_char(text: str, rng: random.Random, rate: float) -> str:
    """The damage of :func:`space_alnum`, but one draw for every character after the first
    (whether or not a letter or digit meets a Chinese character there)."""
    out = []
    for i, ch in enumerate(text):
        if i and rng.random() < rate:
            a = text[i - 1]
            if (_ALNUM_BEFORE.match(a) and _IS_CJK.match(ch)) or (_IS_CJK.match(a) and _ALNUM_AFTER.match(ch)):
                out.append(" ")
        out.append(ch)
    return "".join(out)


def space_numbers(text: str, rng: random.Random, rate: float, number: re.Pattern[str]) -> str:
    """Spaces on both sides of a number (a match of ``number``) with chance ``rate``, one draw
    per number: 4 月 22 日 (a sentence's own spaces are kept, so two may meet)."""
    return number.sub(lambda m: f" {m.group(0)} " if rng.random() < rate else m.group(0), text)


def space_after_cjk(text: str, rng: random.Random, rate: float, ends: bool = True) -> str:
    """A stray space after a Chinese character with chance ``rate`` (kerning gaps), one draw
    per Chinese character; with ``ends`` off none after the first or the last character."""
    out = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        out.append(ch)
        if (ends or 0 < i < last) and _IS_CJK.match(ch) and rng.random() < rate:
            out.append(" ")
    return "".join(out)


def space_numbers_and_words(text: str, rng: random.Random, rate: float, number_rate: float = 0.45) -> str:
    """Stray spaces: between a number and what is next to it with chance ``number_rate``, between
    two other characters with chance ``rate``; never inside a number nor next to punctuation."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i + 1 >= len(text):
            continue
        nxt = text[i + 1]
        if ch in _NO_GAP or nxt in _NO_GAP:
            continue
        num_ch = ch.isascii() and (ch.isdigit() or ch == ".")
        num_nxt = nxt.isascii() and (nxt.isdigit() or nxt == ".")
        if num_ch and num_nxt:
            continue
        if num_ch or num_nxt:
            if rng.random() < number_rate:
                out.append(" ")
        elif rng.random() < rate:
            out.append(" ")
    return "".join(out)


def spread_words(text: str, words: Iterable[str], halve_over: int | None = None) -> str:
    """Each word's first occurrence printed with a space between its characters (集 成 电 路),
    as wide letter-spacing comes out; a word longer than ``halve_over`` gets one space in its middle."""
    for w in words:
        if halve_over is not None and len(w) > halve_over:
            text = text.replace(w, w[:len(w) // 2] + " " + w[len(w) // 2:], 1)
        else:
            text = text.replace(w, " ".join(w), 1)
    return text


def break_numbers(text: str, numbers: Iterable[str], brk: str = "\x00") -> str:
    """A forced line break right after the decimal point of each number's first occurrence (3. / 6 亿元)."""
    for n in numbers:
        i = n.index(".") + 1
        text = text.replace(n, n[:i] + brk + n[i:], 1)
    return text


def place_headline(head: list[T], body: list[T], drift: bool) -> list[T]:
    """An article's headline before its body or, drifted, printed after it."""
    return body + head if drift else head + body
