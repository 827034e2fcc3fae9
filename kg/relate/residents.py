"""Firms and projects that a sentence places inside a zone: a stage after ``relate``.

Reads ``doc.text`` and ``doc.mentions``; writes ``doc.facts`` (adds
``locatedIn`` facts whose ``extractor`` is ``rule:<id>`` of a rule below).

Why a stage of its own: news pages place many firms in a zone with an
enumeration around the zone's name — "A、B等企业在X开发区相继布局",
"X开发区内的A、B入选…", "在X开发区的Y基地" — shapes the clause-by-clause
relation rules do not read. Each rule is a named record with an example,
and the cue words are data at the top.
"""

from __future__ import annotations

import bisect
import re

from kg.document import Document, Fact, Mention
from kg.extract.spans import SpanIndex, line_spans
from kg.rules import Rule

#: joins the members of an enumeration of firms
LIST_SEP_RE = re.compile(r"[、和及与]")
#: after the last firm of a list: its kind (等12家企业), adverbs, then the verb that places it
FIRMS_THEN_ZONE_RE = re.compile(
    r"(?:等(?:\d+|[一二两三四五六七八九十百]+)?(?:家|个|户)?[^，。；、在]{0,8}?"
    r"(?:企业|公司|集团|车企|药企|龙头|巨头|厂商))?"
    r"(?:也|还|都|均|已|已经|相继|纷纷|先后|陆续|正|将|均已|都已|先后在)*"
    r"(?:在|落户|入驻|进驻|扎根|落地|落户于|入驻了|进驻了)"
)
#: after 在<zone>: the firm builds or holds an event there (the project or event is there, not the firm)
BUILDS_THERE_RE = re.compile(r"(?:累计)?(?:投资|建设|新建|投建|设立|举行|举办|打造|签约|的)")
#: between a zone and the firms it holds: 内的 / 里的 / 中的 / 内，
ZONE_THEN_FIRMS_RE = re.compile(r"^(?:内|里|中|内部)(?:的|，|,)?(?:还有|有)?$")
#: between 在 + zone and the facility it holds: 的
ZONE_DE_RE = re.compile(r"^(?:内|里)?的$")
RESIDENT_TYPES = ("Company", "Project")
#: a generic zone word (the passage's zone), adverbs, a verb that gathers firms: 园区内还聚集了…
ZONE_WORD_GATHERS_RE = re.compile(
    r"(?P<zone>(?:园区|开发区|高新区|经开区|新区|产业园|工业园|示范区|片区|综保区|该区|全区)(?:内|里)?|区(?:内|里))"
    r"(?:还|已|已经|先后|陆续|目前|现已|共|累计)*"
    r"(?:聚集|集聚|汇聚|入驻|引进|落户|聚集起|培育|拥有|现有|已有|有)(?:了|着)?"
)
#: how far back the passage's zone may be named
ZONE_REACH = 400
#: after a zone word and its gathering verb: a count of firms, then 其中 (已入驻3家企业，其中…)
COUNT_THEN_AMONG_RE = re.compile(
    r"(?:(?:\d+|[一二两三四五六七八九十百]+)(?:余|多)?(?:家|户)(?:企业|公司)?"
    r"|(?:企业|公司)\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:余|多)?(?:家|户))"
    r"[，,]其中"
)
#: what opens a clause of the sentence after 其中: a firm written first in it is one of the entrants
CLAUSE_OPENERS = "；;"




RULES = {
    "res.list_in_zone": Rule("res.list_in_zone", "华鑫电子股份有限公司、远帆精密有限公司等企业在青湖高新区相继布局。"),
    "res.zone_inside": Rule("res.zone_inside", "白鹭经济技术开发区内的华鑫电子股份有限公司入选国家级绿色工厂。"),
    "res.zone_word_gathers": Rule("res.zone_word_gathers",
                                  "白鹭经济技术开发区是装备制造重镇。园区内还聚集了华鑫电子股份有限公司、远帆精密有限公司等骨干企业。"),
    "res.place_then_zone": Rule("res.place_then_zone", "在六盘水市，白鹭经济开发区正在打造精细化工基地。"),
    "res.zone_de": Rule("res.zone_de", "在青湖高新技术产业开发区的华鑫智能终端生产基地，工人们正在忙碌。"),
    "res.resident_list": Rule("res.resident_list",
                              "青湖高新技术产业开发区招商推介\n【入驻企业】\n👉华鑫电子股份有限公司\n👉远帆精密有限公司\n"),
    "res.scene_zone": Rule("res.scene_zone",
                           "在青湖高新技术产业开发区，华鑫电子股份有限公司、远帆精密有限公司等企业扎根多年。"),
    "res.entrants_among": Rule("res.entrants_among",
                               "白鹭工业园已入驻3家企业，其中华鑫电子股份有限公司已建成投产；远帆精密有限公司正在建设。"),
}
#: the levels of a place that sets a scene narrow enough to place a sentence's firms and projects in it
SCENE_PLACE_LEVELS = ("county", "district", "town")
#: the clause that opens a sentence and sets its scene: 在 + a zone or a place (+ 的 + a zone), then a comma
SCENE_OPENERS = "。！？；\n"


class Index(SpanIndex[Mention]):
    """Named mentions (references left out) by position, for "which mention starts/ends here" look-ups."""

    def __init__(self, mentions: list[Mention]) -> None:
        super().__init__(m for m in mentions if not m.is_reference)
        self.ms = self.spans

    def starting_at(self, pos: int, types: tuple[str, ...]) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.ms) and self.ms[i].start == pos:
            if self.ms[i].type in types:
                return self.ms[i]
            i += 1
        return None

    def next_after(self, pos: int, window: int) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.ms[i] if i < len(self.ms) and self.ms[i].start - pos <= window else None


def _sentence_of(doc: Document, pos: int):
    return doc.sentence_at(pos) if doc.sentences else None


def _fact(doc: Document, rule: str, s: Mention, park: Mention) -> Fact:
    sent = _sentence_of(doc, s.start)
    start, end = (sent.start, sent.end) if sent is not None else (s.start, park.end)
    return Fact(s, "locatedIn", park, evidence_start=start, evidence_end=end, extractor=f"rule:{rule}")


def firm_run(idx: Index, text: str, first: Mention) -> list[Mention]:
    """``first`` and the firms enumerated right after it (A、B和C)."""
    run = [first]
    while True:
        pos = run[-1].end
        if pos < len(text) and LIST_SEP_RE.match(text, pos):
            nxt = idx.starting_at(pos + 1, ("Company",))
            if nxt is not None:
                run.append(nxt)
                continue
        return run


def _list_in_zone(doc: Document, idx: Index, text: str, out: list[Fact]) -> None:
    """Rule res.list_in_zone: A、B等企业(相继)在X开发区… → A, B locatedIn X."""
    seen: set[int] = set()
    for m in idx.ms:
        if m.type != "Company" or id(m) in seen:
            continue
        run = firm_run(idx, text, m)
        seen.update(id(x) for x in run)
        zone = idx.next_after(run[-1].end, 24)
        if zone is None or zone.type != "Park":
            continue
        if FIRMS_THEN_ZONE_RE.fullmatch(text, run[-1].end, zone.start) is None:
            continue
        if len(run) == 1 and BUILDS_THERE_RE.match(text, zone.end):
            continue  # X公司在Y区投资建设的Z: the project lies in the zone; the firm may be anywhere
        out.extend(_fact(doc, "res.list_in_zone", f, zone) for f in run)


def _zone_inside(doc: Document, idx: Index, text: str, out: list[Fact]) -> None:
    """Rules res.zone_inside / res.zone_de: X开发区内的A、B → A, B locatedIn X; 在X的Y基地 → Y in X."""
    for zone in idx.ms:
        if zone.type != "Park":
            continue
        nxt = idx.next_after(zone.end, 5)
        if nxt is None or nxt.type not in RESIDENT_TYPES:
            continue
        gap = text[zone.end: nxt.start]
        if nxt.type == "Company" and ZONE_THEN_FIRMS_RE.match(gap):
            out.extend(_fact(doc, "res.zone_inside", f, zone) for f in firm_run(idx, text, nxt))
        elif nxt.type == "Project" and ZONE_DE_RE.match(gap) and text[max(0, zone.start - 1): zone.start] == "在":
            out.append(_fact(doc, "res.zone_de", nxt, zone))


def _zone_before(idx: Index, pos: int, text: str) -> Mention | None:
    """The last named zone before ``pos`` in the same paragraph (within ZONE_REACH)."""
    para = text.rfind("\n", 0, pos) + 1
    lo = bisect.bisect_left(idx.starts, max(para, pos - ZONE_REACH))
    hi = bisect.bisect_right(idx.starts, pos)  # (only the mentions that start in the window: no page-wide scan)
    zones = [m for m in idx.ms[lo:hi] if m.type == "Park" and m.end <= pos]
    return zones[-1] if zones else None


def _zone_ending_in(idx: Index, m: re.Match[str]) -> Mention | None:
    """The named zone whose name ends with the zone word of ``m`` (青川经济|开发区|拥有…)."""
    i = bisect.bisect_right(idx.starts, m.start()) - 1
    while i >= 0 and m.start() - idx.ms[i].start <= 30:
        z = idx.ms[i]
        if z.type == "Park" and z.start < m.start() and z.end == m.end("zone"):
            return z
        i -= 1
    return None


def _zone_word_gathers(doc: Document, idx: Index, text: str, out: list[Fact]) -> None:
    """Rule res.zone_word_gathers: 园区内还聚集了A、B等企业 → A, B locatedIn the passage's zone."""
    for m in ZONE_WORD_GATHERS_RE.finditer(text):
        if idx.starting_at(m.start(), ("Park",)) is not None:
            continue  # a named zone here is the rule of relations, not a back reference
        first = idx.next_after(m.end(), 0)
        if first is None or first.type != "Company":
            continue
        # the zone word ends a named zone (青川经济开发区现有A、B…): that zone; else the passage's
        zone = _zone_ending_in(idx, m) or _zone_before(idx, m.start(), text)
        if zone is not None:
            held = (_firm_or_its_project(idx, text, f) for f in firm_run(idx, text, first))
            out.extend(_fact(doc, "res.zone_word_gathers", x, zone) for x in held if x is not None)


def _entrants_among(doc: Document, idx: Index, text: str, out: list[Fact]) -> None:
    """Rule res.entrants_among: 园区已入驻3家企业，其中A…；B… → A, B locatedIn the zone.

    The firm that opens 其中's clause, and each firm that opens a later clause of the same
    sentence (after ；), is one of the firms counted; a category (其中规上企业15家) names none.
    """
    for m in ZONE_WORD_GATHERS_RE.finditer(text):
        among = COUNT_THEN_AMONG_RE.match(text, m.end())
        if among is None:
            continue
        zone = _zone_ending_in(idx, m) or _zone_before(idx, m.start(), text) or _only_zone(idx, m.start())
        sent = _sentence_of(doc, among.end())
        if zone is None or sent is None:
            continue
        opens = [among.end()] + [i + 1 for i in range(among.end(), sent.end) if text[i] in CLAUSE_OPENERS]
        firms = (idx.starting_at(pos, ("Company",)) for pos in opens)
        out.extend(_fact(doc, "res.entrants_among", f, zone) for f in firms if f is not None)


def _only_zone(idx: Index, pos: int) -> Mention | None:
    """The one zone the page names before ``pos``, when it names one only (园区 in a later
    paragraph of a page about it); None when it names none or several."""
    zones = {m.text: m for m in idx.ms if m.type == "Park" and m.end <= pos}
    return next(iter(zones.values())) if len(zones) == 1 else None


def _firm_or_its_project(idx: Index, text: str, firm: Mention) -> Mention | None:
    """What the zone holds: the project written right after a firm (引进了A公司年产5万吨…项目), not
    the firm, which may be seated anywhere; nothing for A公司的配套企业 (its suppliers are there)."""
    nxt = idx.next_after(firm.end, 1)
    if nxt is not None and nxt.type == "Project" and text[firm.end: nxt.start] in ("", "的"):
        return nxt
    return None if text.startswith("的", firm.end) else firm


def _place_then_zone(doc: Document, idx: Index, text: str, out: list[Fact]) -> None:
    """Rule res.place_then_zone: 在六盘水市，红果经济开发区… → the zone lies in that place."""
    for p in idx.ms:
        if p.type != "Place" or text[max(0, p.start - 1): p.start] != "在" or text[p.end: p.end + 1] not in "，,":
            continue
        sent_start = max(text.rfind(c, 0, p.start - 1) for c in SCENE_OPENERS) + 1
        if sent_start != p.start - 1:
            continue  # only a clause that opens the sentence sets the scene
        zone = idx.starting_at(p.end + 1, ("Park",))
        if zone is not None and not any(x.type == "Place" and x.start == zone.start for x in idx.ms):
            out.append(_fact(doc, "res.place_then_zone", zone, p))


def _scene_zone(doc: Document, idx: Index, text: str, out: list[Fact]) -> None:
    """Rule res.scene_zone: 在X开发区，A、B等企业… → the projects of the sentence (else its firms) lie in X;
    在X县/镇，… → the projects of the sentence lie in X (its firms may invest from elsewhere).

    Only a clause that opens the sentence sets the scene; the sentence's residents are read up to
    another zone, or a place written after 在/落户/位于, which starts a scene of its own.
    """
    for m in idx.ms:
        if m.type not in ("Park", "Place") or text[max(0, m.start - 1): m.start] != "在":
            continue
        if m.start - 1 > 0 and text[m.start - 2] not in SCENE_OPENERS:
            continue
        where = _scene_end(idx, text, m)
        if where is None or not (where.type == "Park" or where.level in SCENE_PLACE_LEVELS):
            continue  # 在沈阳市，…: a city or province sets a scene too wide to place the firms in it
        sent = _sentence_of(doc, where.end)
        end = sent.end if sent is not None else len(text)
        residents = _scene_residents(idx, text, where.end + 1, end)
        projects = [x for x in residents if x.type == "Project"]
        # a county or town scene places projects; its firms may only be investing from elsewhere
        out.extend(_fact(doc, "res.scene_zone", x, where) for x in (projects or (residents if where.type == "Park" else [])))


def _scene_end(idx: Index, text: str, first: Mention) -> Mention | None:
    """The most specific zone or place of 在<chain>(的<zone>)， — None unless a comma follows."""
    where = first
    while True:
        nxt = idx.starting_at(where.end, ("Park", "Place"))
        if nxt is None and text.startswith("的", where.end):
            nxt = idx.starting_at(where.end + 1, ("Park",))
        if nxt is None:
            break
        where = nxt
    return where if text[where.end: where.end + 1] in "，," else None


def _scene_residents(idx: Index, text: str, start: int, end: int) -> list[Mention]:
    """The firms and projects from ``start`` to the sentence end, up to the next zone or place of a scene."""
    out: list[Mention] = []
    for x in idx.ms[bisect.bisect_left(idx.starts, start):]:
        if x.start >= end:
            break
        if x.type == "Park" or (x.type == "Place" and text[x.start - 2: x.start] in ("落户", "位于", "坐落")) \
                or (x.type == "Place" and text[x.start - 1] == "在"):
            break
        if x.type in RESIDENT_TYPES:
            out.append(x)
    return out


#: a heading line that opens a page's list of its resident firms (【入驻企业】, 重点企业：, 【四、骨干企业】)
RESIDENT_HEADING_RE = re.compile(
    r"^\W{0,3}[【\[]?(?:[一二三四五六七八九十]+、)?(?:入驻|重点|骨干|代表|龙头|落户|园区)(?:企业|项目)[】\]]?[：:]?\W{0,3}$")
#: a line of such a list: it opens with a bullet, an emoji or a number, not with a word
LIST_LINE_RE = re.compile(r"^(?:[^\w\s]|\d+[.、．)]|[-•·])")


def _resident_list(doc: Document, idx: Index, text: str, out: list[Fact]) -> None:
    """Rule res.resident_list: under a heading such as 【入驻企业】 or 重点企业：, the bulleted lines' firms
    (👉A, 🏢B, 1.C) lie in the zone the page is about (the one it names most often, the first of equals).
    A page's layout places them, not a sentence: a park's WeChat profile lists its residents so."""
    if "企业" not in text and "项目" not in text:
        return
    lines = line_spans(text)
    rows: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if not RESIDENT_HEADING_RE.match(text[lines[k][0]: lines[k][1]].strip()):
            k += 1
            continue
        k += 1
        while k < len(lines) and _list_line(text[lines[k][0]: lines[k][1]].strip()):
            rows.append(lines[k])
            k += 1
    zones = [m for m in idx.ms if m.type == "Park"]
    if not rows or not zones:
        return
    counts: dict[str, int] = {}
    for z in zones:
        counts[z.text] = counts.get(z.text, 0) + 1
    topic = max(zones, key=lambda z: (counts[z.text], -z.start))
    for a, b in rows:
        out.extend(_fact(doc, "res.resident_list", m, topic) for m in idx.overlapping(a, b)
                   if m.type == "Company" and a <= m.start and m.end <= b)


def _list_line(line: str) -> bool:
    """A line of a resident list: a bullet, emoji or number opens it, and it is no heading itself."""
    return bool(LIST_LINE_RE.match(line)) and not RESIDENT_HEADING_RE.match(line)


def find_residents(doc: Document) -> list[Fact]:
    """Every locatedIn fact the rules above find on a recognised document."""
    text = doc.text or doc.raw
    idx = Index(doc.mentions)
    found: list[Fact] = []
    _list_in_zone(doc, idx, text, found)
    _zone_inside(doc, idx, text, found)
    _zone_word_gathers(doc, idx, text, found)
    _place_then_zone(doc, idx, text, found)
    _scene_zone(doc, idx, text, found)
    _resident_list(doc, idx, text, found)
    _entrants_among(doc, idx, text, found)
    return found


def place_residents(doc: Document) -> Document:
    """The stage: add the facts other stages have not already stated."""
    found = find_residents(doc)
    have = {(id(f.subject), id(f.obj)) for f in doc.facts if f.predicate == "locatedIn"}
    doc.facts += [f for f in found if (id(f.subject), id(f.obj)) not in have]
    return doc
