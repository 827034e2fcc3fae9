"""Write the second held-out set (pages + gold) deterministically.

Why a generator rather than hand-edited files: the pages carry PDF damage
(hard line breaks, stray spaces, interleaved articles, a drifted headline) that
would make hand-kept gold drift from its text.  Here every article is written
once as clean paragraphs, the damage is applied by a seeded routine, and the
gold is checked against the damaged page: every evidence snippet must be
verbatim (whitespace removed) and every entity label must occur in its page.

Nobody tunes the extractor on this set; its figures are the honest ones for
unseen provinces (福建, 湖北, 陕西, 广西, 安徽).

Run:  python tests/data/heldout_b/make_heldout_b.py   (rewrites pages/ and gold/)
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

ENTITY_TYPES = chk.ENTITY_TYPES
RELATIONS = set(chk.RELATION_TYPES)
#: Subject/object types each relation allows (the gold README's table; this set predates designatedAs of a Project).
SIGNATURES = {**chk.RELATION_TYPES, "designatedAs": ({"Park", "Company"}, set())}
PLACE_SUFFIXES = ("壮族自治区", "自治区", "省", "市", "县", "区", "镇", "乡", "村")


@dataclass
class E:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False
    level: str | None = None

    def as_json(self) -> dict:
        d = {"id": self.id, "type": self.type, "name": self.name,
             "aliases": list(self.aliases), "optional": self.optional}
        if self.level:
            d["level"] = self.level
        return d


@dataclass
class T:
    s: str
    p: str
    o: str | None
    evidence: str
    amount_yuan: int | None = None
    optional: bool = False
    literal: str | None = None
    amount_text: str | None = None
    currency: str | None = None

    def as_json(self) -> dict:
        d: dict = {"s": self.s, "p": self.p}
        if self.p == "designatedAs":
            d["o_literal"] = self.literal
        else:
            d["o"] = self.o
        if self.amount_yuan is not None:
            d["amount_yuan"] = self.amount_yuan
        if self.amount_text:
            d["amount_text"] = self.amount_text
        if self.currency:
            d["currency"] = self.currency
        d["evidence"] = self.evidence
        d["optional"] = self.optional
        return d


@dataclass
class Article:
    headline: str
    byline: str
    paragraphs: list[str]
    caption: str | None = None


@dataclass
class Page:
    doc: str
    encoding: str
    header: list[str]
    #: the layout: ("h", article_no) headline, ("b", n) byline, ("p", n, i) paragraph,
    #: ("c", n) caption — the order the PDF text came out in.
    layout: list[tuple]
    articles: list[Article]
    entities: list[E] = field(default_factory=list)
    triples: list[T] = field(default_factory=list)


# --------------------------------------------------------------------------
# PDF damage

def damage(text: str, rng: random.Random, wrap: bool = True) -> str:
    """Spaces around numbers and inside a few words, then hard line breaks every
    12–20 characters with blank lines between them (what PDF column text looks like)."""
    text = dmg.space_digits_at_random(text, rng, 0.6)  # "4 月 22 日", "2.49 亿元" (not every time)
    text = dmg.space_after_cjk(text, rng, 0.012, ends=False)  # a few stray spaces inside words
    if not wrap:
        return text
    return "\n\n".join(dmg.wrap(text, rng, (12, 20), no_start=""))


def render(page: Page) -> str:
    rng = random.Random(page.doc)
    parts = list(page.header)
    for item in page.layout:
        art = page.articles[item[1]]
        if item[0] == "h":
            parts.extend(dmg.split_headline(art.headline, rng))  # often broken in two short lines
        elif item[0] == "b":
            parts.append(art.byline)
        elif item[0] == "c":
            parts.append(damage(art.caption or "", rng, wrap=False))
        elif item[0] == "p":
            parts.append(damage(art.paragraphs[item[2]], rng))
        else:
            raise ValueError(item)
    return "\n\n".join(p for p in parts if p) + "\n"


# --------------------------------------------------------------------------
# Consistency checks

def check(page: Page, text: str) -> list[str]:
    """Problems of one page's gold against its rendered text (empty = consistent)."""
    flat = chk.squash(text)
    errs = []
    # every paragraph, headline and byline is placed exactly once (none silently dropped)
    want = []
    for n, art in enumerate(page.articles):
        want += [("h", n), ("b", n)] + [("p", n, i) for i in range(len(art.paragraphs))]
        if art.caption:
            want.append(("c", n))
    if sorted(want) != sorted(page.layout):
        errs.append(f"{page.doc}: layout does not place every block exactly once")
    if not 1800 <= len(text) <= 4000:
        errs.append(f"{page.doc}: {len(text)} characters, outside 1,800-4,000")
    ids = {}
    for e in page.entities:
        if e.id in ids:
            errs.append(f"{page.doc}: duplicate id {e.id}")
        ids[e.id] = e
        if e.type not in ENTITY_TYPES:
            errs.append(f"{page.doc}: {e.id} bad type {e.type}")
        if chk.squash(e.name) != e.name or e.name not in flat:
            errs.append(f"{page.doc}: name {e.name!r} of {e.id} not in page")
        for a in e.aliases:
            if a in flat:
                continue
            # the README allows the obvious full/short pair of a place
            if e.type == "Place" and any(e.name == a + s for s in PLACE_SUFFIXES):
                continue
            errs.append(f"{page.doc}: alias {a!r} of {e.id} not in page")
    seen = set()
    for t in page.triples:
        if chk.squash(t.evidence) != t.evidence or t.evidence not in flat:
            errs.append(f"{page.doc}: evidence not verbatim: {t.evidence!r}")
        if t.p not in RELATIONS:
            errs.append(f"{page.doc}: bad relation {t.p}")
            continue
        if t.s not in ids:
            errs.append(f"{page.doc}: unknown subject {t.s}")
            continue
        stypes, otypes = SIGNATURES[t.p]
        if ids[t.s].type not in stypes:
            errs.append(f"{page.doc}: {t.p} subject {t.s} is {ids[t.s].type}")
        if t.p == "designatedAs":
            if not t.literal or t.o is not None:
                errs.append(f"{page.doc}: designatedAs of {t.s} needs o_literal only")
        elif t.o not in ids:
            errs.append(f"{page.doc}: unknown object {t.o}")
        elif ids[t.o].type not in otypes:
            errs.append(f"{page.doc}: {t.p} object {t.o} is {ids[t.o].type}")
        if t.amount_yuan is not None and t.p != "investsIn":
            errs.append(f"{page.doc}: amount on {t.p}")
        key = (t.s, t.p, t.o, t.literal)
        if key in seen:
            errs.append(f"{page.doc}: duplicate triple {key}")
        seen.add(key)
    return errs


def gold_json(page: Page) -> dict:
    return {"doc": page.doc,
            "entities": [e.as_json() for e in page.entities],
            "triples": [t.as_json() for t in page.triples]}


def main(argv: list[str]) -> int:
    from heldout_b_content import PAGES_CONTENT  # noqa: PLC0415 (sibling module, loaded on run)

    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    problems = []
    for page in PAGES_CONTENT:
        text = render(page)
        problems += check(page, text)
        (PAGES / page.doc).write_bytes(text.encode(page.encoding))
        stem = page.doc.rsplit(".", 1)[0]
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold_json(page), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{page.doc}: {len(text)} chars, {page.encoding}, "
              f"{len(page.entities)} entities, {len(page.triples)} triples")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main(sys.argv[1:]))
