"""Parse a page source: the clean text a writer wrote, with its layout marks.

A source file is plain UTF-8 text, one block per line:

======================  =============================================
``@key: value``         page metadata (``genre``, ``medium``, ``date``), top of file
``# text``              a headline line (``## text`` for a sub-headline)
``by: text``            a byline / dateline line printed on its own
``cap: text``           a photo caption or a table/figure note on its own line
``----``                a new article starts (two or more articles on one page)
``| a | b | c |``       a table row (kept as a row; flattened by the renderer)
any other line          a paragraph
======================  =============================================

Blank lines are ignored. The *clean text* of a page (what the gold is checked
against) is every block's text joined by newlines, without the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MEDIA = ("pdf", "web")  # pdf: a printed page's text layer; web: a web/WeChat page


@dataclass
class Block:
    """One line of a source: its kind (head, sub, by, cap, para, row) and text."""

    kind: str
    text: str


@dataclass
class Article:
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Source:
    """A parsed page source."""

    pid: str
    meta: dict[str, str]
    articles: list[Article]

    @property
    def genre(self) -> str:
        return self.meta.get("genre", "")

    @property
    def medium(self) -> str:
        return self.meta.get("medium", "pdf")

    def clean_text(self) -> str:
        return "\n".join(b.text for a in self.articles for b in a.blocks) + "\n"


_META = re.compile(r"^@(\w+):\s*(.*)$")


def parse_source(text: str, pid: str) -> Source:
    """Parse a source file's text; raises ValueError with the line number on a bad mark."""
    meta: dict[str, str] = {}
    articles = [Article()]
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        m = _META.match(line)
        if m:
            if any(a.blocks for a in articles):
                raise ValueError(f"{pid}:{no}: metadata after text")
            meta[m.group(1)] = m.group(2).strip()
            continue
        if line == "----":
            articles.append(Article())
            continue
        if line.startswith("## "):
            block = Block("sub", line[3:].strip())
        elif line.startswith("# "):
            block = Block("head", line[2:].strip())
        elif line.startswith("by:"):
            block = Block("by", line[3:].strip())
        elif line.startswith("cap:"):
            block = Block("cap", line[4:].strip())
        elif line.startswith("|") and line.endswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            block = Block("row", "\t".join(cells))
        else:
            block = Block("para", line)
        articles[-1].blocks.append(block)
    articles = [a for a in articles if a.blocks]
    if not articles:
        raise ValueError(f"{pid}: empty source")
    if meta.get("medium", "pdf") not in MEDIA:
        raise ValueError(f"{pid}: medium must be one of {MEDIA}")
    return Source(pid, meta, articles)


def read_source(path: Path) -> Source:
    return parse_source(path.read_text(encoding="utf-8"), path.stem)
