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
from dataclasses import dataclass

from tests.corpus.source import Block, Source

CJK = "\u3400-\u9fff"
#: characters a line never starts with in typeset Chinese (kinsoku)
NO_LINE_START = "，。、；：！？）》”’%"
#: glyphs a PDF font maps to the wrong character (seen in the seeds' text layer)
GLYPH_SWAPS = {"■": "姻", "℃": "益", "●": "荫"}
_NUM_CJK = re.compile(rf"(?<=[{CJK}])(?=[0-9])|(?<=[0-9%])(?=[{CJK}])")
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


def space_digits(text: str) -> str:
    """A space wherever digits meet Chinese characters: 投资 2.49 亿元."""
    return _NUM_CJK.sub(" ", text)


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


def wrap(text: str, rng: random.Random, width: tuple[int, int]) -> list[str]:
    """Cut a paragraph into printed lines of ``width`` characters, never starting with 、。，."""
    lines: list[str] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + rng.randint(*width))
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1
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
    """An article as paragraphs of printed lines; headlines drift after the body when asked."""
    heads = [b for b in blocks if b.kind in ("head", "sub")]
    body = [b for b in blocks if b.kind not in ("head", "sub")]
    captions = [b for b in body if b.kind == "cap"]
    rest = [b for b in body if b.kind != "cap"]
    if captions and profile.wrap and len(rest) > 2:  # a caption lands between two paragraphs
        for cap in captions:
            rest.insert(rng.randrange(1, len(rest)), cap)
    else:
        rest = body
    order = rest + heads if profile.drift else [b for b in blocks if b in heads] + rest
    return [block_lines(b, profile, rng) for b in order]


def interleave(a: list[list[str]], b: list[list[str]]) -> list[list[str]]:
    """Two articles' paragraphs taken in turn, as a reading order across columns gives them."""
    out: list[list[str]] = []
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
