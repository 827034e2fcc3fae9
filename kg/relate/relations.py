"""Relation patterns over body sentences: investsIn, locatedIn, partOf,
issuedBy, signsWith, designatedAs.

Why sentence-local patterns: a news sentence that states a relation almost
always holds both arguments and a trigger word (投资, 位于, 印发, 签约, 入选);
patterns keyed on those general triggers carry over to pages from any
province, while anything looser (co-occurrence) floods the graph with noise.
Only ``body`` sentences are used: a headline glued to a paragraph must not
create a fact.  References (该公司, 该项目, 公司) are linked to their antecedent
here already (nearest compatible mention before them), so a relation stated
about "该项目" lands on the named project.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property, lru_cache
from typing import NamedTuple

from kg.document import Document, Fact, Mention, Sentence
from kg.extract import cues
from kg.extract.spans import SpanIndex
from kg.knowledge import lexicons as lx
from kg.resolve.references import antecedent, use_page
from kg.resolve.resolution import _company_parts
from kg.rules import Rule
from kg.text.amounts import find_amounts

#: the named cue patterns of this stage (kg/knowledge/data/cues/relations.toml and common.toml)
CUES = cues.load("relations")


def _coref(doc: Document) -> None:
    """Link reference mentions to the nearest earlier compatible named mention.

    The link is kept on the reference itself (``entity = "@ref:<index>"`` into
    ``doc.mentions``) so it travels with the document: no module state, safe
    with thread pools; resolution replaces it with the antecedent's key.
    """
    last: dict = {}  # type (or (type, zone family)) -> index of the last named mention
    last_place: dict[str, int] = {}  # last place by its administrative suffix (县/市/镇…)
    for i, m in enumerate(doc.mentions):
        if m.type == "Place":
            if m.is_reference:
                k = last_place.get(m.text[-1])
                kp = last.get("Park")
                # 该区 after a zone (常德经开区…。该区还获评…) is the zone, unless a district was named since
                if m.text == "该区" and kp is not None and (k is None or kp > k) and m.start - doc.mentions[kp].end < 600:
                    m.type = "Park"
                    m.entity = f"@ref:{kp}"
                    continue
                if k is not None and m.start - doc.mentions[k].end < 1500:
                    m.entity = f"@ref:{k}"
            else:
                rows = lx.place_table().get(m.text, ())
                full = rows[0][0] if rows and m.level not in ("town", "village") else m.text
                last_place[full[-1]] = i
            continue
        if m.is_reference:
            # 综保区/高新区/经开区 stand for the last zone of that kind, else the last zone
            k = last.get(("Park", _zone_family(m.text))) if m.type == "Park" else None
            if k is None and m.text in _BARE_ZONE_TAILS:
                k = last.get(("Park", m.text))
            if k is None:
                k = last.get(m.type)
            if k is not None and m.start - doc.mentions[k].end < 1500:
                m.entity = f"@ref:{k}"
            continue
        if m.type in ("Company", "Project", "Park", "Policy"):
            prev = last.get(m.type)
            if prev is not None and doc.mentions[prev].start <= m.start and m.end < doc.mentions[prev].end:
                continue  # the parent zone inside a sub-park's name (X经开区Y工业园): the sub-park stays last
            last[m.type] = i
            if m.type == "Park" and _zone_family(m.text):
                last[("Park", _zone_family(m.text))] = i
            for word, tails in _BARE_ZONE_TAILS.items() if m.type == "Park" else ():
                if m.text.endswith(tails):
                    last[("Park", word)] = i


_ZONE_FAMILIES = (
    ("bonded", ("综合保税区", "综保区", "保税区", "保税港区")),
    ("hightech", ("高新技术产业开发区", "高新技术开发区", "高新区")),
    ("etdz", ("经济技术开发区", "经济开发区", "经开区")),
    ("ftz", ("自由贸易试验区", "自贸区")),
)


#: a bare zone word stands for the last zone whose name ends like it (开发区 after 哈尔滨经济技术开发区
#: and its 哈南工业新城 is the 开发区), else for the last zone of any kind
_BARE_ZONE_TAILS: dict[str, tuple[str, ...]] = {
    "开发区": ("开发区", "经开区", "高新区"),
    "示范区": ("示范区",),
}


def _zone_family(name: str) -> str | None:
    for fam, sufs in _ZONE_FAMILIES:
        if name.endswith(sufs):
            return fam
    return None


class _Ctx:
    """Per-document lookups: mentions by sentence, containment, places."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text or doc.raw
        self.mentions = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self._company_forms: dict[str, list[int]] | None = None
        self.sentence_starts = [x.start for x in doc.sentences]
        # outer (non-place) mentions; a place inside one is "nested"
        self.outer = [m for m in self.mentions if m.type != "Place"]
        self.nested: set[int] = set()
        for p in self.mentions:
            if p.type != "Place":
                continue
            for o in self._overlapping(p.start, p.end):
                if o.type != "Place" and o.start <= p.start and p.end <= o.end:
                    self.nested.add(id(p))
                    break

    def company_forms(self) -> dict[str, list[int]]:
        """Named companies' forms (:func:`_company_forms`) → their positions in ``mentions``, built once."""
        if self._company_forms is None:
            self._company_forms = {}
            for i, c in enumerate(self.mentions):
                if c.type == "Company" and not c.is_reference:
                    for f in _company_forms(c):
                        self._company_forms.setdefault(f, []).append(i)
        return self._company_forms

    def _overlapping(self, s: int, e: int) -> list[Mention]:
        k = bisect_left(self.starts, s)
        out = []
        for j in range(max(0, k - 8), min(len(self.mentions), k + 8)):
            m = self.mentions[j]
            if m.start < e and s < m.end:
                out.append(m)
        return out

    def starting_in(self, s: int, e: int) -> list[Mention]:
        """Mentions that start in [s, e) (they may end after e)."""
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e)
        return self.mentions[lo:hi]

    def next_body_sentence(self, pos: int) -> Sentence | None:
        """The first body sentence that starts at or after ``pos``."""
        sents = self.doc.sentences
        k = bisect_left(self.sentence_starts, pos)
        return next((x for x in sents[k:] if x.kind == "body"), None)

    def in_span(self, s: int, e: int) -> list[Mention]:
        k = bisect_left(self.starts, s)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < e:
            m = self.mentions[k]
            if m.end <= e:
                out.append(m)
            k += 1
        return out

    def top(self, s: int, e: int) -> list[Mention]:
        """Mentions in a span that are not places nested inside another mention."""
        return [m for m in self.in_span(s, e) if id(m) not in self.nested]

    def inner_places(self, m: Mention) -> list[Mention]:
        return [p for p in self.in_span(m.start, m.end) if p.type == "Place" and p is not m]


def _fact(pred: str, s: Mention, o: Mention | None, sent: Sentence | None, **kw) -> Fact:
    f = Fact(subject=antecedent(s), predicate=pred, obj=antecedent(o) if o is not None else None, **kw)
    if sent is not None:
        f.evidence_start, f.evidence_end = sent.start, sent.end
    else:
        f.evidence_start, f.evidence_end = s.start, (o.end if o is not None else s.end)
    return f


def _place_parents(name: str) -> set[str]:
    out: set[str] = set()
    for _full, _level, prov, city in lx.place_table().get(name, ()):
        if prov:
            out.add(prov)
        if city:
            out.add(city)
    return out


def _place_names(name: str) -> set[str]:
    return {r[0] for r in lx.place_table().get(name, ())} | {name}


def _chain_ok(parent: Mention, child: Mention) -> bool:
    """Does the division table (or the level, for towns/villages) allow child ⊂ parent?"""
    return _chain_ok_names(parent.text, parent.level, child.text, child.level)


@lru_cache(maxsize=8192)
def _chain_ok_names(parent: str, plevel: str | None, child: str, clevel: str | None) -> bool:
    if clevel in ("town", "village"):
        return plevel in ("county", "town", "city") and not (plevel == "town" and clevel == "town")
    return bool(_place_names(parent) & _place_parents(child))


def _part_of(ctx: _Ctx, facts: list[Fact]) -> None:
    """Adjacent places that form a chain in the text: 山西省河津市, 湖南省华容县三封寺镇."""
    text = ctx.text
    places = [m for m in ctx.mentions if m.type == "Place" and not m.is_reference]
    by_start = {m.start: m for m in places}
    for p in places:
        q = by_start.get(p.end)
        if q is None or q is p:
            continue
        if _chain_ok(p, q):
            facts.append(_fact("partOf", q, p, ctx.doc.sentence_at(p.start)))
            # "长沙市岳麓区、望城区": the divisions listed after the chain's last one
            r = q
            while text[r.end: r.end + 1] in ("、", "和", "及") and (nxt := by_start.get(r.end + 1)) is not None \
                    and _chain_ok(p, nxt):
                facts.append(_fact("partOf", nxt, p, ctx.doc.sentence_at(p.start)))
                r = nxt
    # "X市是Y市代管的县级市" / "X县是Y市下辖的县": the governing division is named after 是
    for p in places:
        if not text.startswith("是", p.end):
            continue
        q = by_start.get(p.end + 1)
        if q is not None and q is not p and CUES.subordinate_de.match(text[q.end: q.end + 4]):
            facts.append(_fact("partOf", p, q, ctx.doc.sentence_at(p.start)))


def _located_by_name(ctx: _Ctx, facts: list[Fact]) -> None:
    """A park/company/project whose name starts with places: 湄潭经济技术开发区 → 湄潭.

    Every place of the leading chain gets an edge (苏州吴中经济开发区 → 苏州, 吴中):
    scorers ignore edges to ancestors of the most specific place, and pages
    differ in which level they mean.  Companies also take a parenthesised seat
    (恒力石化（大连）…) and the place of a bank branch (…银行华容县支行).
    """
    by_start = {m.start: m for m in ctx.mentions if m.type == "Place"}
    for m in ctx.outer:
        if m.type not in ("Park", "Company", "Project") or m.is_reference:
            continue
        inner = ctx.inner_places(m)
        targets: list[Mention] = []
        if inner and inner[0].start == m.start:
            t = inner[0]
            targets.append(t)
            nxt = by_start.get(t.end)
            while nxt is not None and nxt in inner:
                targets.append(nxt)
                nxt = by_start.get(nxt.end)
        if m.type == "Company":
            if m.source in ("short", "list", "alias") and targets and targets[-1].level == "county" and not _full(targets[-1]):
                targets = []
            for p in inner:
                seg = ctx.text[m.start: p.start]
                if p not in targets and (seg.endswith(("（", "(")) or CUES.financial_firm_end.search(seg)):
                    targets.append(p)
        if m.type == "Project":
            targets = [t for t in targets if _full(t)]
        if m.type == "Park" and not targets:
            # 中马钦州产业园区, 中韩（长春）国际合作示范区: a city named inside the zone's name
            targets = [p for p in inner if p.level in ("city", "county")][:1]
        for t in targets:
            facts.append(_fact("locatedIn", m, t, ctx.doc.sentence_at(m.start)))
    # "青岛西海岸新区董家口经济区": a zone named right after another zone lies in it
    parks = [m for m in ctx.outer if m.type == "Park" and not m.is_reference]
    ends = {m.end: m for m in parks}
    for m in parks:
        outer = ends.get(m.start)
        if outer is not None and outer is not m and outer.source != "alias":
            facts.append(_fact("locatedIn", m, outer, ctx.doc.sentence_at(m.start)))


def _full(p: Mention) -> bool:
    return any(r[0] == p.text for r in lx.place_table().get(p.text, ())) or p.level in ("town", "village")


class _ByEvidence:
    """The investsIn facts of the (append-only) fact list by evidence start, indexed as it grows.

    Why: asking "which investments has this sentence so far?" by scanning every fact
    of the page made long pages quadratic.
    """

    def __init__(self, facts: list[Fact]) -> None:
        self.facts, self.seen = facts, 0
        self.by: dict[int, list[Fact]] = {}

    def at(self, start: int) -> list[Fact]:
        while self.seen < len(self.facts):
            f = self.facts[self.seen]
            self.seen += 1
            if f.predicate == "investsIn":
                self.by.setdefault(f.evidence_start, []).append(f)
        return list(self.by.get(start, ()))


def _investments(state: dict, facts: list[Fact], start: int) -> list[Fact]:
    """The investsIn facts so far whose evidence starts at ``start``, in the order they were made."""
    idx = state.get("by_evidence")
    if idx is None or idx.facts is not facts:
        idx = state["by_evidence"] = _ByEvidence(facts)
    return idx.at(start)


class _Sent:
    """One body sentence as every sentence rule reads it.

    Why: the rules of a sentence share its top-level mentions (by type), its text,
    the page's fact list they append to and the page's running state (amounts
    stated apart from their facts); one object passes them, so that each rule is a
    function of its own with a name (``SENTENCE_RULES``).
    """

    def __init__(self, ctx: _Ctx, sent: Sentence, facts: list[Fact], state: dict, ms: list[Mention]) -> None:
        self.ctx, self.sent, self.facts, self.state, self.ms = ctx, sent, facts, state, ms
        self.text = ctx.text
        self.s_text = ctx.text[sent.start: sent.end]
        self.comps = [m for m in ms if m.type == "Company"]
        self.projs = [m for m in ms if m.type == "Project"]
        self.parks = [m for m in ms if m.type == "Park" and not (m.is_reference and antecedent(m) is m)]
        self.places = [m for m in ms if m.type == "Place" and not m.is_reference]
        self.agencies = [m for m in ms if m.type == "Agency"]
        self.policies = [m for m in ms if m.type == "Policy"]
        #: ids of the projects an investsIn rule of this sentence gave an investor
        self.linked: set[int] = set()
        #: which of the lists above are not empty (what a rule may need: SentenceRule.needs)
        self.present = frozenset(k for k, found in (("comps", self.comps), ("projs", self.projs),
                                                    ("policies", self.policies)) if found)

    @cached_property
    def listed(self) -> list[Mention]:
        """The named parks and firms a list of the sentence can hold (not nested in another name)."""
        return [m for m in self.ms if m.type in ("Park", "Company") and not m.is_reference
                and id(m) not in self.ctx.nested]

    @cached_property
    def runs(self) -> list[list[Mention]]:
        """The sentence's enumerations of parks or firms (A、B和C), found once for the rules that read them."""
        return _enumerated_runs(self.text, self.listed)

    @cached_property
    def amounts(self) -> list:
        """The sentence's amounts (kg.text.amounts.find_amounts), found once for every amount step."""
        return find_amounts(self.s_text)

    @cached_property
    def signs(self) -> list[re.Match[str]]:
        """The signing verbs of the sentence (签约, 签订…), less 签约入驻 and lists of signed projects."""
        s_text = self.s_text
        return [sm for sm in CUES.signing_verb.finditer(s_text)
                if not CUES.signed_into_zone.match(s_text, sm.end())  # 项目签约落户: signed into a zone
                and not (s_text.startswith("项目", sm.end())  # 新签约项目86个: signed projects counted
                         and CUES.signed_projects_count_end.search(s_text, 0, sm.end()))]

    @cached_property
    def paired(self) -> list[tuple[Mention, Mention]]:
        """"A与B签约": the parties paired around 与 (``_signing_pairs``)."""
        return _signing_pairs(self.text, self.sent, self.ms)

    def invest(self, c: Mention, p: Mention) -> None:
        """Record that ``c`` invests in ``p``: the fact, and ``p`` as one of ``c``'s projects on the page."""
        self.linked.add(id(p))
        self.state.setdefault("company_projects", {}).setdefault(_ckey(c), []).append(p)
        self.facts.append(_fact("investsIn", c, p, self.sent))


def _sentence_facts(ctx: _Ctx, sent: Sentence, facts: list[Fact], state: dict) -> None:
    """Run every sentence rule, in order, on one body sentence; each new fact is tagged with its rule."""
    ms = ctx.top(sent.start, sent.end)
    if not ms:
        # "作为全国首批…试点园区，…": the passage topic still takes the title
        _run_rules(DESIGNATION_RULES, _Sent(ctx, sent, facts, state, ms))
        return
    _run_rules(SENTENCE_RULES, _Sent(ctx, sent, facts, state, ms))


def _run_rules(rules: tuple[SentenceRule, ...], v: _Sent) -> None:
    """Run each rule on the sentence, in order, unless the sentence lacks the mentions it needs;
    the facts a rule appends with no rule of their own get ``rule:<its id>`` (:func:`_tag`)."""
    facts, present = v.facts, v.present
    for rule_id, run, needs in rules:
        if needs and not needs <= present:
            continue
        n = len(facts)
        run(v)
        if rule_id is not None and len(facts) > n:
            _tag(facts, n, rule_id)


def _tag(facts: list[Fact], start: int, rule_id: str) -> None:
    """Give ``facts[start:]`` without a rule of their own the rule ``rule:<rule_id>``.

    Why here and not at each ``_fact`` call: a rule may append facts in several
    places; tagging what it added keeps every fact's rule right by construction.
    """
    for f in facts[start:]:
        if f.extractor == "rule":
            f.extractor = f"rule:{rule_id}"


def _tagged(facts: list[Fact], rule_id: str, run: Callable[[], None]) -> None:
    """Run one page-level rule (``relate``); tag the facts it appends (:func:`_tag`)."""
    n = len(facts)
    run()
    _tag(facts, n, rule_id)


# ------------------------------------------------------------ investsIn
def _invest_firm_before_project(v: _Sent) -> None:
    """A firm right before its project, linked by an invest verb or 的/和: 华禾公司投资建设Y项目."""
    text, projs, comps, state, facts, sent = v.text, v.projs, v.comps, v.state, v.facts, v.sent
    for p in projs:
        if p.is_reference:
            continue
        best = _namesake_firm(v, p)  # 东华软件股份公司、联东集团分别…签约东华软件数字城市产业园项目和联东U谷项目
        for c in comps if best is None else ():
            if c.end > p.start or (c.is_reference and antecedent(c) is c):
                continue
            gap = text[c.end: p.start]
            others = [x for x in comps if c.end <= x.start < p.start]
            if others:
                continue
            linked_by_text = c.end == p.start or CUES.invest_verb.search(gap) or CUES.firm_project_joiner.fullmatch(gap)
            if linked_by_text and len(gap) <= 60 and not CUES.stop_or_semicolon.search(gap):
                best = c
        if best is None:
            # "A项目、B项目和C项目": an enumeration continues the previous project's investor
            prev = [f for f in _investments(state, facts, sent.start)
                    if f.obj is not None and f.obj.end <= p.start]
            if prev:
                last = max(prev, key=lambda f: f.obj.end)
                if CUES.list_joiner.fullmatch(text[last.obj.end: p.start]):
                    best = last.subject
        if best is None:
            # a project named with its investor: 远景智能风机装备产业化项目
            for c in _prefix_companies(v.ctx, p):
                best = c
        if best is not None:
            v.invest(best, p)


def _namesake_firm(v: _Sent, p: Mention) -> Mention | None:
    """The one firm written before project ``p`` in its clause whose own name opens the project's
    (中安芯界控股集团、B公司与X签约中安芯界石墨烯电池项目): the project is named after its investor."""
    from kg.extract.recognition import company_short_forms

    hits = [c for c in v.comps if c.end <= p.start and not c.is_reference
            and not CUES.clause_break.search(v.text, c.end, p.start)
            and any(p.text.startswith(f) for f in (c.text, *company_short_forms(c.text)) if len(f) >= 2)]
    return hits[-1] if len({c.text for c in hits}) == 1 else None


def _invest_project_then_firm(v: _Sent) -> None:
    """"…针状焦项目陕西黑猫焦化股份有限公司12亿元": a project with its firm written right after it (or in the
    next cell), as in a table row without a header (project, investor, amount): the firm invests in it."""
    for p in v.projs:
        gap_ok = ("", "\t") if p.start == 0 or v.text[p.start - 1] in "\t\n" else ("",)  # a whole cell, in a row
        c = next((x for x in v.comps if p.end <= x.start <= p.end + 1 and not x.is_reference
                  and v.text[p.end: x.start] in gap_ok), None)
        if c is not None and id(p) not in v.linked:  # (no rule of this sentence gave it an investor yet)
            v.invest(c, p)
            money = [a for _s, _e, a in v.amounts if a.value is not None] if "\t" in v.s_text else []
            if len(money) == 1:  # the row's one amount cell is the investment
                f = v.facts[-1]
                f.take_amount(money[0])


def _invest_built_by(v: _Sent) -> None:
    """"该项目由X公司投资建设": the builder named after the project; "由A与B共同出资建设": each one invests."""
    text, comps, facts, sent = v.text, v.comps, v.facts, v.sent
    for bm in CUES.built_by_you.finditer(v.s_text):
        pos = sent.start + bm.end()
        c = next((x for x in comps if x.start == pos), None)
        if c is None:
            continue
        investors, end = _joint_investors(v, c)
        tail = text[end: end + 24]
        if not CUES.built_by_tail_verb.match(tail):
            continue
        p = _project_built_by(v, pos, end)
        if p is None or p.type != "Project":
            continue
        for inv_c in investors:
            if any(f.predicate == "investsIn" and f.subject is inv_c and f.obj is p for f in facts):
                continue
            v.invest(inv_c, p)


def _invest_implementing_body(v: _Sent) -> None:
    """"X项目的实施主体为Y公司", "项目名称：X。建设单位：Y公司", "由Y公司作为项目实施主体": Y invests in X
    (the last project named before the label, in its sentence or in the one before)."""
    sent = v.sent
    bodies = []  # (the firm, where the words that make it the body begin)
    for bm in CUES.implementing_body.finditer(v.s_text):
        pos = sent.start + bm.end()
        c = next((x for x in v.comps if x.start == pos), None)
        if c is not None:
            bodies.append((c, sent.start + bm.start()))
    # 由公司全资子公司X作为项目实施主体: the firm first, then the label
    bodies += [(c, c.start) for c in v.comps if CUES.acts_as_implementing_body.match(v.text, c.end)]
    for c, label in bodies:
        p = _project_before(v, label)
        if p is not None and not any(f.predicate == "investsIn" and f.subject is c and f.obj is p for f in v.facts):
            v.invest(c, p)


def _project_before(v: _Sent, label: int) -> Mention | None:
    """The nearest named project before ``label`` (within 120 characters), if any; a bare 项目
    in between (项目计划总投资23亿元) is that project again, so it is passed over."""
    k = bisect_left(v.ctx.starts, label) - 1
    ms = v.ctx.mentions
    while k >= 0 and (ms[k].type != "Project" or ms[k].text == "项目") and label - ms[k].start <= 400:
        k -= 1  # (back to the nearest project; one starting 400 back cannot end within the reach below)
    p = ms[k] if k >= 0 and ms[k].type == "Project" else None
    if p is None or label - p.end > 120 or p.is_reference or p.text.startswith(("本", "该", "此")):
        return None
    return p


def _joint_investors(v: _Sent, c: Mention) -> tuple[list[Mention], int]:
    """The firms listed from ``c`` on (由A与B、C…), and where the list ends."""
    investors = [c]
    end = c.end
    while True:
        nxt = next((x for x in v.comps if x.start in (end + 1, end + 2) and
                    CUES.list_joiner.fullmatch(v.text[end: x.start])), None)
        if nxt is None:
            return investors, end
        investors.append(nxt)
        end = nxt.end


def _project_built_by(v: _Sent, pos: int, end: int) -> Mention | None:
    """The project 由X投资建设 is said of: the one that follows (…建设的Y项目), else the last before."""
    before = [p for p in v.projs if p.end <= pos]
    # "由X投资建设的Y项目": the project follows
    after = [p for p in v.projs if p.start >= end and not p.is_reference
             and CUES.built_de_before_project.fullmatch(v.text[end: p.start])]
    if after:
        return after[0]
    if before:
        return antecedent(before[-1])
    return None


def _invest_the_latter(v: _Sent) -> None:
    """"A与B签约，后者将投资12亿元建设Y项目": 后者 is the last company named before it."""
    text, sent, facts = v.text, v.sent, v.facts
    for hm in CUES.the_latter_houzhe.finditer(v.s_text) if "后者" in v.s_text else ():
        hpos = sent.start + hm.start()
        prev_c = [c for c in v.comps if c.end <= hpos and not c.is_reference]
        nxt_p = [p for p in v.projs if p.start >= hpos + 2 and not p.is_reference]
        if not prev_c or not nxt_p:
            continue
        gap = text[hpos + 2: nxt_p[0].start]
        if len(gap) > 40 or CUES.stop_or_semicolon.search(gap) or not CUES.latter_build_verb.search(gap):
            continue
        c, p = prev_c[-1], nxt_p[0]
        if not any(f.predicate == "investsIn" and f.subject is c and f.obj is p for f in facts):
            f = _fact("investsIn", c, p, sent)
            a = find_amounts(gap)
            if a:
                f.take_amount(a[0][2])
            facts.append(f)
            v.linked.add(id(p))


def _invest_in_referenced_project(v: _Sent) -> None:
    """"X总投资28亿元布局该项目": a company investing in a referenced project."""
    text, sent, facts = v.text, v.sent, v.facts
    for p in v.projs:
        if not p.is_reference:
            continue
        ante = antecedent(p)
        if ante is p or ante.type != "Project":
            continue
        prev_c = [c for c in v.comps if c.end <= p.start and not (c.is_reference and antecedent(c) is c)]
        if not prev_c:
            continue
        c = prev_c[-1]
        gap = text[c.end: p.start]
        if len(gap) > 20 or CUES.clause_break.search(gap) or not CUES.money_verb_before_ref.search(gap):
            continue
        a = find_amounts(gap)
        f = next((f for f in facts if f.predicate == "investsIn" and f.obj is ante and _ckey(f.subject) == _ckey(c)), None)
        if f is None:
            f = _fact("investsIn", c, ante, sent)
            facts.append(f)
        if a and not f.amount_text:
            f.take_amount(a[0][2])


# ------------------------------------------------------------ amounts of the investsIn facts
def _amount_of_single_investment(v: _Sent) -> None:
    """Projects in one sentence share an amount only when there is one investment in it."""
    inv = _investments(v.state, v.facts, v.sent.start)
    amounts = v.amounts
    if inv and amounts and len(inv) == 1:
        f = inv[0]
        a = _amount_near(v.ctx, v.sent, f.obj, amounts)
        if a is not None:
            f.take_amount(a)


def _amount_between_investor_and_project(v: _Sent) -> None:
    """"X拟投资15亿元建设Y，Z将投资3.2亿元实施W": each investor's own amount sits between it and its project."""
    if not v.amounts:
        return
    text, sent = v.text, v.sent
    inv = _investments(v.state, v.facts, sent.start)
    for f in inv:
        c, p = f.subject, f.obj
        if f.amount_text or p is None or not (sent.start <= c.end <= p.start <= sent.end):
            continue
        if sum(g.subject is c for g in inv) > 1:
            continue  # one sum for several projects of the same investor is a total, not each one's
        gap = text[c.end: p.start]
        if len(gap) > 30 or CUES.stop_or_semicolon.search(gap):
            continue
        a = find_amounts(gap)
        if len(a) == 1 and CUES.invest_before_amount.search(gap[max(0, a[0][0] - 6): a[0][0]]):
            f.take_amount(a[0][2])


def _amount_of_referenced_project(v: _Sent) -> None:
    """"该项目投资2.49亿元", "该工厂由企业自筹资金1.1亿元建设": the amount of the project referred to;
    "这座总投资150亿元的工厂": the amount inside the reference itself (kept in the page state)."""
    text, sent, state = v.text, v.sent, v.state
    for p in v.projs:
        if p.is_reference and v.amounts:
            ante = antecedent(p)
            if ante is not p:
                inner = find_amounts(p.text) if "投资" in p.text else []
                if inner:
                    state.setdefault("project_amounts", {})[id(ante)] = inner[0][2]
                    continue
                tail = text[p.end: sent.end]
                am = CUES.ref_invest_before_amount.match(tail)
                if am:
                    a = find_amounts(tail[am.end(): am.end() + 16])
                    if a:
                        state.setdefault("project_amounts", {})[id(ante)] = a[0][2]


def _amount_of_project_size(v: _Sent) -> None:
    """"总投资86亿元的X项目", "X项目总投资20亿元": an amount that names the project's own size,
    kept for whichever investor another sentence gives it (该项目由Y投资建设)."""
    for p in v.projs:
        if p.is_reference:
            continue
        own = _own_amount(v.text, p, v.projs)
        if own is not None:
            v.state.setdefault("project_amounts", {}).setdefault(id(p), own)


def _amount_before_own_project(v: _Sent) -> None:
    """Each investor's amount right before its own project when one firm has several:
    "将投资6000万元建设A中心，并落地总投资52亿元的B项目"."""
    for f in _investments(v.state, v.facts, v.sent.start):
        if f.amount_text or f.obj is None or f.obj.is_reference:
            continue
        own = _own_amount(v.text, f.obj, v.projs, before_only=True)
        if own is not None:
            f.take_amount(own)


def _amount_after_own_project(v: _Sent) -> None:
    """Each investment's amount written right after its project ("A项目投资约18亿元，B项目投资约6.8亿元"):
    the amount before the next project of the sentence belongs to the one it follows."""
    text = v.text
    for f in _investments(v.state, v.facts, v.sent.start):
        if f.amount_text or f.obj is None or f.obj.is_reference:
            continue
        am = CUES.invest_right_after_project.match(text, f.obj.end)
        if am is None or am.end() == f.obj.end:
            continue
        a = _first_amount_after(text, am.end(), min(_next_project_start(v.projs, f.obj, am.end() + 16), v.sent.end), 1)
        if a is not None:
            f.take_amount(a)


def _amount_of_firm(v: _Sent) -> None:
    """A company-level amount with no project ("公司将投资30余亿元"), for its single known project."""
    if v.amounts and not v.projs:
        for c in v.comps:
            tail = v.text[c.end: v.sent.end]
            am = CUES.firm_invest_before_amount.match(tail)
            if am:
                a = find_amounts(tail[am.end(): am.end() + 16])
                if a:
                    v.state.setdefault("company_amounts", {})[_ckey(c)] = a[0][2]


# ------------------------------------------------------------ signsWith
def _sign_counted_partners(v: _Sent) -> None:
    """"管委会分别与两家企业签订了协议": the counted firms are the last ones named before."""
    if v.signs and not v.comps:
        for a, c in _counted_partners(v.ctx, v.sent, v.ms):
            v.facts.append(_fact("signsWith", a, c, v.sent))


def _sign_pairs(v: _Sent) -> None:
    """"A与B签约": the parties paired around 与."""
    if v.signs and v.comps:
        for a, c in v.paired:
            v.facts.append(_fact("signsWith", a, c, v.sent))


def _signing_sides(v: _Sent) -> list[Mention]:
    """The parks and agencies of a signing sentence (else its places): the side that signs with firms."""
    sides = [m for m in v.parks + v.agencies if not m.is_reference or antecedent(m) is not m]
    # a zone named inside its management committee (X开发区管委会) does not sign itself
    sides = [m for m in sides if not (m.type == "Park" and any(
        a.type == "Agency" and a.start <= m.start and m.end < a.end for a in v.agencies))]
    if not sides:
        sides = [p for p in v.places if id(p) not in v.ctx.nested and not _is_venue(v.text, p)]
    return sides


def _is_venue(text: str, place: Mention) -> bool:
    """在上海举行的…推介会上: the place where a signing is held is no side of it."""
    return text[place.start - 1: place.start] in ("在", "于") and CUES.venue_after_place.match(text, place.end) is not None


def _sign_sides_with_firms(v: _Sent) -> None:
    """"X开发区与华禾公司签订投资协议" with no pair around 与: each park/agency signs with each firm."""
    if v.signs and v.comps and not v.paired:
        sides = _signing_sides(v)
        if len(sides) > 1:
            # several zones or agencies: the one right before 与 the firms signs (X管委会与A公司签约)
            first = min(c.start for c in v.comps)
            sides = [a for a in sides if a.end <= first and CUES.signing_with_after_side.match(v.text, a.end)][-1:]
        for a in sides:
            for c in v.comps:
                if antecedent(c) is c and c.is_reference:
                    continue
                v.facts.append(_fact("signsWith", a, c, v.sent))


def _located_at_signing_side(v: _Sent) -> None:
    """The project signed for lies in the park or place that signs (or the zone of the committee that signs)."""
    if not (v.signs and v.comps):
        return
    if v.paired:
        sides = list({id(a): a for a, _ in v.paired}.values()) + [
            m for m in v.parks if any(a.type != "Park" for a, _ in v.paired)
        ]
    else:
        sides = _signing_sides(v)
    for p in v.projs:
        if p.is_reference:
            continue
        for a in sides:
            if a.type == "Park" or a.type == "Place":
                v.facts.append(_fact("locatedIn", p, a, v.sent))
            elif a.type == "Agency":
                # a zone's committee signs: the project is in the zone
                zone = next((z for z in v.ctx.in_span(a.start, a.end) if z.type == "Park"), None)
                if zone is not None:
                    v.facts.append(_fact("locatedIn", p, zone, v.sent))
                    continue
                for q in v.ctx.inner_places(a):
                    if q.start == a.start:
                        v.facts.append(_fact("locatedIn", p, q, v.sent))


def _invest_by_sole_signer(v: _Sent) -> None:
    """A company signing for a named project invests in it (the only firm of the signing sentence)."""
    if v.signs and v.comps and len(v.comps) == 1 and v.projs:
        for p in v.projs:
            if id(p) not in v.linked and not p.is_reference:
                v.facts.append(_fact("investsIn", v.comps[0], p, v.sent))
                v.state.setdefault("company_projects", {}).setdefault(_ckey(v.comps[0]), []).append(p)


# ------------------------------------------------------------ issuedBy
def _issued_by(v: _Sent) -> None:
    """Each policy of the sentence and who issued it; the fact's rule says how the issuer was found."""
    for pol in v.policies:
        issuers, rule, _trig = _issuers_of(v, pol)
        for a in issuers:
            v.facts.append(_fact("issuedBy", pol, a, v.sent, extractor=f"rule:{rule}"))


def _issuers_of(v: _Sent, pol: Mention) -> tuple[list[Mention], str, re.Match[str] | None]:
    """The issuers named around a policy, the rule that found them, and the issuing verb before it."""
    text, sent = v.text, v.sent
    named = _issuers_named_at_title(v, pol)
    if named:
        return named
    left = text[sent.start: pol.start]
    # clause containing the policy: from the last 。； before it
    cl = max(left.rfind("。"), left.rfind("；"))
    clause_start = sent.start + cl + 1
    trig = None
    for tm in CUES.issuing_verb.finditer(text, clause_start, pol.start):
        trig = tm
    if trig is not None:
        issuers = _issuers_before_verb(v, clause_start, trig)
        if issuers:
            return issuers, "issued.issuer_before_verb", trig
    else:
        # "工信部等四部门《…》"
        m2 = CUES.n_departments_end.search(left)
        if m2:
            issuers = [m for m in v.agencies if m.end <= pol.start and m.end >= sent.start + m2.start() - 1]
            if issuers:
                return issuers, "issued.n_departments", trig
    return _issuers_after_policy(v, pol), "issued.issuer_after_policy", trig


def _issuers_named_at_title(v: _Sent, pol: Mention) -> tuple[list[Mention], str, None] | None:
    """Issuers official writing puts right at the title: 国务院办公厅《…》 and 财政部、国家税务总局《…》
    (with the agencies listed with them), or 《…》（醴陵市人民政府印发） (the agency opening a bracket after it)."""
    text = v.text
    issuers = [m for m in v.agencies if m.end <= pol.start and not m.is_reference
               and CUES.issuer_right_before_title.fullmatch(text, m.end, pol.start)]
    if issuers:
        group = issuers[-1:]
        for prev in reversed([m for m in v.agencies if m.end <= group[0].start and not m.is_reference]):
            if not CUES.co_issuer_sep.fullmatch(text, prev.end, group[0].start):
                break
            group.insert(0, prev)
        return group, "issued.issuer_before_title", None
    bm = CUES.issuer_bracket_after_title.match(text, pol.end)
    if bm:
        first = next((m for m in v.agencies if m.start == bm.end() and not m.is_reference), None)
        if first is not None:
            return [first], "issued.issuer_bracket_after_title", None
    return None


def _issuers_before_verb(v: _Sent, clause_start: int, trig: re.Match[str]) -> list[Mention]:
    """"财政部、国家发展改革委…印发《…》": the nearest issuer before the verb, and those listed with it."""
    cands = [m for m in v.ms if clause_start <= m.start and m.end <= trig.start() and m.type in ("Agency", "Place")]
    cands = [antecedent(m) if m.is_reference else m for m in cands]
    cands = [m for m in cands if not (m.is_reference and antecedent(m) is m)]
    if not cands:
        return []
    group = [cands[-1]]
    for prev in reversed(cands[:-1]):
        sep = v.text[prev.end: group[0].start]
        if CUES.co_issuer_sep.fullmatch(sep):  # A会同/联合B印发: joint issuers
            group.insert(0, prev)
        else:
            break
    return group


def _issuers_after_policy(v: _Sent, pol: Mention) -> list[Mention]:
    """"《…》由X（联合）印发": issuers named after the document."""
    text = v.text
    pm = CUES.issued_by_after_policy.match(text[pol.end: pol.end + 8])
    if not pm:
        return []
    start = pol.end + pm.end()
    group: list[Mention] = []
    for m in v.ms:
        if m.start < start or m.type not in ("Agency", "Place") or id(m) in v.ctx.nested:
            continue
        if group and not CUES.co_issuer_sep.fullmatch(text[group[-1].end: m.start]):
            break
        if not group and m.start != start:
            break
        group.append(m)
    if group and (CUES.issuing_verb.match(text, group[-1].end) or CUES.jointly_after_issuers.match(text[group[-1].end:])):
        return group
    return []


# ------------------------------------------------------------ locatedIn
def _located_weiyu(v: _Sent) -> None:
    """"Y位于X", "位于X的Y", "A位于X、Y一带": what 位于 (and its kin) places where."""
    for lm in CUES.located_verb.finditer(v.s_text):
        _located_weiyu_one(v, lm)


def _weiyu_chain(v: _Sent, after: list[Mention], pos: int) -> tuple[list[Mention], int]:
    """The place/park chain written right after 位于 (位于[湖南省][岳阳市]…), and the index after it."""
    loc_chain: list[Mention] = []
    k = 0
    while k < len(after) and after[k].type in ("Place", "Park") and (not loc_chain or after[k].start == loc_chain[-1].end):
        if after[k].start != (loc_chain[-1].end if loc_chain else pos):
            break
        loc_chain.append(after[k])
        k += 1
    return loc_chain, k


def _located_weiyu_one(v: _Sent, lm: re.Match[str]) -> None:
    """One 位于: its location chain, the subject before it or the 的-phrase subject after it."""
    text, sent, ms, facts = v.text, v.sent, v.ms, v.facts
    pos = sent.start + lm.end()
    after = [m for m in ms if m.start >= pos]
    if not after:
        return
    loc_chain, k = _weiyu_chain(v, after, pos)
    if not loc_chain:
        return
    loc = loc_chain[-1]
    rest = text[loc.end: sent.end]
    while k < len(after) and after[k].start < loc.end:
        k += 1  # mentions nested in the location (the parent zone inside a sub-park's name)
    # "位于X的[岳阳市华容县]Y": places written before the subject belong to its name
    while k + 1 < len(after) and after[k].type == "Place" and after[k + 1].start == after[k].end:
        k += 1
    # "A位于X、Y一带": each listed place
    locs = [loc]
    j = k
    while j < len(after) and after[j].type == "Place" and text[locs[-1].end: after[j].start] in ("、", "和", "及"):
        locs.append(after[j])
        j += 1
    before_now = [m for m in ms if m.end == sent.start + lm.start() and m.type in ("Company", "Park", "Project")]
    if before_now:
        # "芜湖综合保税区位于芜湖市鸠江区的芜湖经开区内": the subject before 位于 is there too
        for lc in locs:
            facts.append(_fact("locatedIn", before_now[0], lc, sent))
    if rest.startswith("的") and k < len(after):
        subj = after[k]
        if subj.type in ("Company", "Park", "Project") and subj.start - loc.end <= 12:
            facts.append(_fact("locatedIn", subj, loc, sent))
            if before_now and subj.type == "Park" and before_now[0].type != "Park":
                facts.append(_fact("locatedIn", before_now[0], subj, sent))
            return
    if before_now:
        return
    # "Y位于X": subject before the trigger (not after 建设地点/选址: a project's site, located.sited_at)
    before = [m for m in ms if m.end <= sent.start + lm.start() and m.type in ("Company", "Park", "Project")]
    if before and not CUES.siting_word.match(text, max(sent.start, sent.start + lm.start() - 4)):
        facts.append(_fact("locatedIn", before[-1], loc, sent))


def _located_suozai(v: _Sent) -> None:
    """"Y所在的X": Y lies in the place or park right after 所在的."""
    for m in CUES.located_at_de.finditer(v.s_text):
        pos = v.sent.start + m.start()
        subj = [x for x in v.ms if x.end == pos and x.type in ("Company", "Park", "Project")]
        obj = [x for x in v.ms if x.start == pos + 3 and x.type in ("Place", "Park")]
        if subj and obj:
            v.facts.append(_fact("locatedIn", subj[0], obj[0], v.sent))


def _located_by_entering(v: _Sent) -> None:
    """"X落户/入驻Y": the firm or project lies in the zone or place it entered (落户园区: the passage's zone)."""
    text, sent = v.text, v.sent
    for em in CUES.entering_verb.finditer(v.s_text):
        pos = sent.start + em.end()
        obj = [x for x in v.ms if x.type in ("Park", "Place") and pos <= x.start <= pos + 2 and id(x) not in v.ctx.nested]
        if not obj and text.startswith(_GENERIC_ZONE_WORDS, pos):
            # "X是较早落户园区的企业之一": 园区 is the zone the passage is about
            zone = _park_before(v.ctx, pos)
            obj = [zone] if zone is not None else []
        subj = [x for x in v.ms if x.type in ("Company", "Project") and x.end <= sent.start + em.start()]
        if obj and subj:
            # A、B(即将)落户Y: every firm of the list the last one closes entered Y
            run = next((r for r in v.runs if r[-1] is subj[-1] and all(x.type == "Company" for x in r)), [subj[-1]])
            v.facts.extend(_fact("locatedIn", x, obj[0], sent) for x in run)


def _located_brought_in_de(v: _Sent) -> None:
    """"Y开发区新引进的X公司" / "X公司是Y开发区引进的重点企业": the firm the zone brought in lies in it."""
    text = v.text
    zones = [x for x in v.parks if not x.is_reference and id(x) not in v.ctx.nested]
    for z in zones:
        de = text.find("的", z.end, min(v.sent.end, z.end + 14))
        if de < 0 or not CUES.zone_brought_in_de.match(text[z.end: de + 1]):
            continue
        firm = next((c for c in v.comps if de + 1 <= c.start <= de + 6 and not c.is_reference
                     and CUES.zone_brought_in_de.match(text[z.end: c.start])), None)
        if firm is not None and any(firm.end <= p.start <= firm.end + 1 for p in v.projs):
            continue  # "Y开发区引进的X公司Z项目": the project was brought in, not the firm
        if firm is None:  # "X公司是Y开发区引进的…": the firm before 是
            firm = next((c for c in reversed(v.comps) if c.end <= z.start and text[c.end: z.start] == "是"
                         and not c.is_reference), None)
        if firm is not None:
            v.facts.append(_fact("locatedIn", firm, z, v.sent))


def _located_zone_is_firms_base(v: _Sent) -> None:
    """"Y化学工业园是X公司的主要生产基地": the zone is the firm's base, so the firm lies in it."""
    text = v.text
    for z in v.parks:
        if z.is_reference or text[z.end: z.end + 1] != "是":
            continue
        firm = next((c for c in v.comps if c.start == z.end + 1 and not c.is_reference), None)
        if firm is not None and CUES.firms_base_tail.match(text, firm.end):
            v.facts.append(_fact("locatedIn", firm, z, v.sent))


def _chain_end(v: _Sent, where: Mention) -> Mention:
    """The last park/place of the chain written from ``where`` on (在山西省河津市… → 河津市)."""
    nxt = next((x for x in v.ms if x.start == where.end and x.type in ("Park", "Place")), None)
    while nxt is not None:
        where = nxt
        nxt = next((x for x in v.ms if x.start == where.end and x.type in ("Park", "Place")), None)
    return where


def _located_project_starts_at(v: _Sent) -> None:
    """"Y项目在X开工/落地": the project lies in X."""
    text, sent = v.text, v.sent
    for p in v.projs:
        if p.is_reference and antecedent(p) is p:
            continue
        tail = text[p.end: min(sent.end, p.end + 12)]
        zm = CUES.zai_after_project.match(tail)
        if not zm:
            continue
        pos = p.end + zm.end()
        where = next((x for x in v.ms if x.start == pos and x.type in ("Park", "Place") and id(x) not in v.ctx.nested), None)
        if where is None:
            continue
        where = _chain_end(v, where)
        if CUES.project_start_verb.match(text[where.end: where.end + 14]):
            v.facts.append(_fact("locatedIn", p, where, sent))


def _located_sited_at(v: _Sent) -> None:
    """"Y项目选址X", "两个项目均选址于X", "建设地点位于X": the projects named before the siting word
    (in this sentence, else the last of the sentence before; all of them after 均/两个项目) lie in X."""
    text, sent = v.text, v.sent
    for sm in CUES.siting_word.finditer(v.s_text):
        pos = sent.start + sm.end()
        where = next((x for x in v.ms if x.start == pos and x.type in ("Park", "Place") and id(x) not in v.ctx.nested), None)
        if where is None:
            continue
        where = _chain_end(v, where)
        cue = sent.start + sm.start()
        projs = [p for p in v.projs if p.end <= cue and not (p.is_reference and antecedent(p) is p)]
        every = CUES.siting_all_of_them.search(text, max(sent.start, cue - 8), cue) is not None
        if not projs:
            projs = _projects_of_sentence_before(v)
        for p in projs if every else projs[-1:]:
            v.facts.append(_fact("locatedIn", p, where, sent))


def _projects_of_sentence_before(v: _Sent) -> list[Mention]:
    """The named projects of the sentence before ``v``'s, when it is in the same paragraph."""
    k = bisect_left(v.ctx.sentence_starts, v.sent.start) - 1
    if k < 0:
        return []
    prev = v.ctx.doc.sentences[k]
    if "\n" in v.text[prev.end: v.sent.start]:
        return []
    i = bisect_left(v.ctx.starts, prev.start)
    return [m for m in v.ctx.mentions[i: bisect_left(v.ctx.starts, prev.end)]
            if m.type == "Project" and m.end <= prev.end and not m.is_reference]


def _located_place_acting_through_project(v: _Sent) -> None:
    """"石桥镇以温泉康养小镇项目整合…": a county, town or park acting through its project holds it."""
    for p in v.projs:
        if p.is_reference:
            continue
        pm = CUES.means_word_end.search(v.text[max(v.sent.start, p.start - 4): p.start])
        if not pm:
            continue
        k = p.start - (len(pm.group(0)))
        where = next((x for x in v.ms if x.end == k and x.type in ("Place", "Park") and id(x) not in v.ctx.nested
                      and not x.is_reference), None)
        if where is not None and (where.type == "Park" or where.level in ("county", "town", "village")):
            v.facts.append(_fact("locatedIn", p, where, v.sent))


def _located_zone_starts_projects(v: _Sent) -> None:
    """"墨玉县集中开工了A、B等项目" / "Y产业园开工了A和B": the zone or county that started (signed,
    finished) the projects of its clause holds them."""
    text, sent = v.text, v.sent
    for where in v.ms:
        if where.type not in ("Park", "Place") or where.is_reference or id(where) in v.ctx.nested \
                or (where.type == "Place" and where.level == "province"):
            continue
        vm = CUES.zone_starts_projects.match(text, where.end)
        if vm is None or vm.end() == where.end:
            continue
        stop = CUES.stop_or_semicolon.search(text, vm.end(), sent.end)
        end = stop.start() if stop else sent.end
        for p in v.projs:
            if vm.end() <= p.start < end and not p.is_reference:
                v.facts.append(_fact("locatedIn", p, where, sent))


def _located_zai_built(v: _Sent) -> None:
    """"在X投资建设的Y项目": the projects of the clause after 在X lie in X (the end of its chain)."""
    s_text, sent = v.s_text, v.sent
    for zm in CUES.zai_before_place.finditer(s_text):
        pos = sent.start + zm.end()
        where = next((x for x in v.ms if x.start == pos and x.type in ("Park", "Place") and id(x) not in v.ctx.nested), None)
        if where is None:
            continue
        clause_end = sent.start + (CUES.zai_clause_end.search(s_text[zm.end():]).start() + zm.end()
                                   if CUES.zai_clause_end.search(s_text[zm.end():]) else len(s_text))
        if CUES.build_clause_opens.match(v.text, clause_end):
            # 在X投资约65亿元，建设Y项目: the clause after the comma builds in X
            nxt = CUES.zai_clause_end.search(v.text, clause_end + 1, sent.end)
            clause_end = nxt.start() if nxt else sent.end
        for p in v.projs:
            if where.end <= p.start < clause_end and not p.is_reference:
                # the longest chain: 在山西省河津市… → the last place of the chain
                v.facts.append(_fact("locatedIn", p, _chain_end(v, where), sent))


def _located_by_address(v: _Sent) -> None:
    """"X有限公司，地址：钦州市中马钦州产业园区中马大街1号": the firm is in the zone (else the most
    specific place) its address opens with."""
    for am in CUES.address_label.finditer(v.s_text):
        pos = v.sent.start + am.end()
        chain = []
        nxt = next((x for x in v.ms if x.start == pos and x.type in ("Park", "Place")), None)
        while nxt is not None:
            chain.append(nxt)
            nxt = next((x for x in v.ms if x.start == chain[-1].end and x.type in ("Park", "Place")), None)
        if not chain:
            continue
        where = next((x for x in reversed(chain) if x.type == "Park"), chain[-1])
        firms = [x for x in v.comps if x.end <= v.sent.start + am.start() and not x.is_reference]
        if firms and v.sent.start + am.start() - firms[-1].end <= 4:
            v.facts.append(_fact("locatedIn", firms[-1], where, v.sent))


def _located_division_de(v: _Sent) -> None:
    """"浙江省湖州市长兴县的X有限公司", "开平市水口镇的Y项目": a full division name + 的 + company, zone
    or project places it."""
    text, ms = v.text, v.ms
    for m in ms:
        if m.type not in ("Company", "Park", "Project") or m.is_reference or m.start < 2 or text[m.start - 1] != "的":
            continue
        p = next((x for x in ms if x.end == m.start - 1 and x.type == "Place" and not x.is_reference), None)
        if p is not None and _full(p) and (p.start == v.sent.start or text[p.start - 1] in "，。；、在于从 " or any(
                y.end == p.start and y.type == "Place" for y in ms)):
            v.facts.append(_fact("locatedIn", m, p, v.sent))


def _located_written_before(v: _Sent) -> None:
    """A place or park written right before a company, project or zone: 江西省九江市X集团50万吨…项目."""
    ms = v.ms
    for m in ms:
        if m.type == "Park":
            # places written right before a zone: 浙江省嘉兴市嘉兴经济技术开发区
            p = next((x for x in ms if x.end == m.start and x.type == "Place" and not x.is_reference), None)
            while p is not None:
                v.facts.append(_fact("locatedIn", m, p, v.sent))
                p = next((x for x in ms if x.end == p.start and x.type == "Place" and not x.is_reference), None)
            continue
        if m.type not in ("Company", "Project"):
            continue
        x = _written_before(ms, m)
        if x is not None and not x.is_reference:
            v.facts.append(_fact("locatedIn", m, x, v.sent))


def _written_before(ms: list[Mention], m: Mention) -> Mention | None:
    """The place/park written right before company or project ``m`` (past a company before a project)."""
    prev = [x for x in ms if x.end == m.start and x.type in ("Place", "Park", "Company")]
    if not prev:
        return None
    x = prev[0]
    if x.type == "Company" and m.type == "Company":
        return None
    if x.type == "Company" and m.type == "Project":
        # the project sits where the company is written: look one further left
        prev2 = [y for y in ms if y.end == x.start and y.type in ("Place", "Park")]
        if not prev2:
            return None
        x = prev2[0]
    return x


# ------------------------------------------------------------ designatedAs
def _designated_after_verb(v: _Sent) -> None:
    """"X获评/入选/被评为…园区": the title after the verb goes to the park or firm the clause is about."""
    for tm in CUES.designation_verb.finditer(v.s_text):
        pos = v.sent.start + tm.end()
        found = _title_after_verb(v, pos)
        if found is None:
            continue
        titles, unquoted = found
        if CUES.not_a_title_word.search(unquoted) or "的" in unquoted:
            continue  # 园区引进的第一家…企业, 西北地区重要的…集聚区: a description, not a title
        # title must not contain another named entity of ours (then it's not a title)
        if any(pos <= m.start < pos + len(titles[0]) and m.type in ("Company",) for m in v.ms):
            continue
        group = _designees(v, tm, titles[0])
        for t in titles:
            for g in group:
                v.facts.append(_fact("designatedAs", g, None, v.sent, literal=t))


def _title_after_verb(v: _Sent, pos: int, end: int | None = None) -> tuple[list[str], str] | None:
    """The titles written after a designation verb (up to a clause stop, less publisher and
    list words), and the title text with its quoted words removed; None when there is none.
    ``end`` bounds the words (the end of the verb's sentence; by default ``v``'s)."""
    end = v.sent.end if end is None else end
    rest = v.text[pos: min(end, pos + 40)]
    if "、" in rest:  # a list of titles: 示范基地（汽车）、国家级绿色工业园区、…等称号
        rest = CUES.title_qualifier.sub("", v.text[pos: min(end, pos + 90)])
    cut = CUES.title_stop.search(rest)
    title = rest[: cut.start()] if cut else rest
    title = CUES.title_publisher_de.sub("", title)  # 入选工业和信息化部公布的第二批…名单
    unquoted = CUES.quoted_title_words.sub("", title)  # 首批“亩均效益”领跑园区: quoted words are the title's own
    title = title.strip("了“”‘’\"'")
    title = CUES.title_lead_particle.sub("", title)
    title = title.replace("“", "").replace("”", "").replace("‘", "").replace("’", "")
    title = CUES.title_tail_word.sub("", title)
    listless = CUES.title_list_end.sub("", title)
    if len(title) > 6 and CUES.title_end_word.search(listless):
        title = listless  # …绿色工厂名单 → …绿色工厂, but …示范园区培育名单 keeps its 名单
    titles = [t for t in _title_parts(title) if len(t) >= 4 and CUES.title_end_word.search(t)]
    return (titles, unquoted) if titles else None


def _title_parts(title: str) -> list[str]:
    """The titles of a list (A、B和C): 和/及 split a part only when each side is a title itself
    (国家级绿色工厂和国家级专精特新小巨人企业, not 国家级工业设计和研发中心)."""
    out: list[str] = []
    for part in title.split("、"):
        sub = CUES.title_joiner.split(part)
        whole = len(sub) == 1 or not all(len(x) >= 4 and CUES.title_end_word.search(x) for x in sub)
        out.extend([part] if whole else sub)
    return out


def _designated_approved_as(v: _Sent) -> None:
    """"同意石家庄经济技术开发区等39个产业集聚区为国家新型工业化产业示范基地": an approval names its
    designees between the verb and 为, and the title after 为 is theirs."""
    for am in CUES.approved_as.finditer(v.s_text):
        lo, wei = v.sent.start + am.start(1), v.sent.start + am.end(1)
        found = _title_after_verb(v, wei + 1)
        if found is None or CUES.not_a_title_word.search(found[1]) or "的" in found[1]:
            continue
        group = [m for m in v.ms if m.type in ("Park", "Company") and lo <= m.start and m.end <= wei
                 and not m.is_reference and id(m) not in v.ctx.nested]
        for t in found[0]:
            for g in group:
                v.facts.append(_fact("designatedAs", g, None, v.sent, literal=t))


def _designees(v: _Sent, tm: re.Match[str], title: str) -> list[Mention]:
    """Who takes a title: the subject before the verb (the zone word's park, an enumeration)."""
    text, sent = v.text, v.sent
    # by end: a sub-zone (X开发区综合保税区) ends after the parent inside its name
    subj = sorted((m for m in v.ms if m.type in ("Park", "Company") and m.end <= sent.start + tm.start()),
                  key=lambda m: m.end)
    if not subj:
        return []
    k = _designee_index(v, subj, title)
    s = subj[k]
    between = text[s.end: sent.start + tm.start()]
    if CUES.zone_word_clause_subject.search(between) and s.type == "Company":
        # "…由X公司建设，园区此前已获评…": the zone word is the subject, not the firm
        zone = _park_before(v.ctx, s.start)
        return [zone] if zone is not None else []
    # "A、B、C等8个开发区获评…": the counted zone word stands for the enumeration before it
    if s.is_reference and k > 0 and CUES.counted_group_word.fullmatch(text[subj[k - 1].end: s.start]):
        k -= 1
        s = subj[k]
    if s.is_reference and antecedent(s) is s:
        return []
    if CUES.new_clause_subject_shi.search(between):
        return []  # "X是…，Y是其配套企业，被评为…": a later clause has its own (unrecognised) subject
    # "A、B等企业入选…": every enumerated subject takes the title
    group = [s]
    while k > 0 and CUES.designee_sep_no_yiji.fullmatch(text[subj[k - 1].end: subj[k].start]) and subj[k - 1].type == s.type:
        k -= 1
        group.append(subj[k])
    return group


def _designee_index(v: _Sent, subj: list[Mention], title: str) -> int:
    """Which of the subjects before the verb the sentence is about (by position in ``subj``)."""
    s = subj[-1]
    # "X是Y的核心配套企业，去年被评为…": Y only qualifies a noun; X is what the sentence is about
    k = len(subj) - 1
    while k > 0 and v.text.startswith("的", subj[k].end) and subj[k - 1].type == s.type:
        k -= 1
    s = subj[k]
    # "X公司是Y高新区的龙头企业，被评为…企业": a firm's title does not go to a park (nor the reverse)
    want = ("Company" if CUES.firm_title_end.search(title) else "Park" if CUES.zone_title_end.search(title) else None)
    if want is not None and s.type != want:
        fit = [j for j in range(k) if subj[j].type == want]
        if fit:
            k = fit[-1]
    return k


def _designated_on_list(v: _Sent) -> None:
    """"在2023年度国家级绿色工厂名单中，X入选", "第二批…示范区名单公布，…X在列": the list's title."""
    text, sent, s_text = v.text, v.sent, v.s_text
    lm = CUES.list_title_mingdan.search(s_text) if "名单" in s_text else None
    if not (lm and CUES.on_list_verb.search(s_text[lm.end():])):
        return
    title = CUES.list_title_lead.sub("", lm.group(1))
    title = CUES.list_publisher_lead.sub("", title)  # 青海省工业和信息化厅公布2026年度…名单
    title = CUES.list_title_year.sub("", title)
    after = [m for m in v.ms if m.type in ("Park", "Company") and m.start >= sent.start + lm.end() and not m.is_reference]
    if not (after and CUES.title_end_word.search(title)):
        return
    first = after[0]
    # "…名单，X开发区的A、B入选": the zone only says where A and B are
    de = next((w for w in ("的", "内的", "里的") if text.startswith(w, first.end)), None)
    if de:
        firms = [m for m in after if m.start > first.end and id(m) not in v.ctx.nested]
        if firms and firms[0].start - first.end <= 2 + len(de):
            first = firms[0]
    group = [first]
    for m in (m for m in after if m.start >= first.end and m.type == first.type):
        if CUES.designee_sep_no_yiji.fullmatch(text[group[-1].end: m.start]):
            group.append(m)
    for g in group:
        v.facts.append(_fact("designatedAs", g, None, sent, literal=title))


def _designated_by_list_heading(v: _Sent) -> None:
    """"（一）综合排名前十的开发区：A、B、C。", "招商引资优秀开发区为A、B；科技创新优秀开发区为C、D":
    a heading that names a title, then the enumeration of the parks or firms that hold it."""
    text, sent = v.text, v.sent
    for run in v.runs:
        clause = max(sent.start, *(text.rfind(c, sent.start, run[0].start) + 1 for c in "；;"))
        hm = CUES.list_heading.search(text[clause: run[0].start])
        if hm is None:
            continue
        title = CUES.list_heading_trim.sub("", hm.group("head").strip()).strip("“”\"")
        if len(title) >= 3 and CUES.list_heading_title.search(title):
            v.facts.extend(_fact("designatedAs", g, None, sent, literal=title) for g in run)


def _designated_by_counted_members(v: _Sent) -> None:
    """"第二批“五好”园区共12家，分别是：A、B、C": a title counted, then its members named."""
    if "共" not in v.s_text:
        return
    text, sent = v.text, v.sent
    for run in v.runs:
        clause = max(sent.start, *(text.rfind(c, sent.start, run[0].start) + 1 for c in "。；;"))
        cm = CUES.counted_members_intro.search(text[clause: run[0].start])
        title = cm.group("title").replace("“", "").replace("”", "") if cm else ""
        if CUES.title_end_word.search(title) and not CUES.not_a_title_word.search(title):
            v.facts.extend(_fact("designatedAs", g, None, sent, literal=title) for g in run)


def _designated_by_entrants_listed(v: _Sent) -> None:
    """"…11家园区入选国家级绿色工业园区。江苏入选的园区包括A、B和C": the entrants named after
    入选的…包括/有 hold the title last named after a designation verb, in this paragraph or the one before."""
    if CUES.entrants_intro.search(v.s_text) is None:
        return
    text, sent = v.text, v.sent
    for run in v.runs + [[m] for m in v.listed]:
        em = CUES.entrants_intro.search(text, max(sent.start, run[0].start - 16), run[0].start)
        if em is None or em.end() != run[0].start:
            continue
        para = text.rfind("\n", 0, sent.start) + 1  # this paragraph and the one before it
        title = _last_title_named(v, text.rfind("\n", 0, max(para - 1, 0)) + 1, em.start())
        if title is not None:
            v.facts.extend(_fact("designatedAs", g, None, sent, literal=title) for g in run)


def _last_title_named(v: _Sent, start: int, end: int) -> str | None:
    """The title after the last designation verb in ``text[start:end]`` that names one (入选国家级绿色工业园区)."""
    for tm in reversed(list(CUES.designation_verb.finditer(v.text, start, end))):
        where = v.ctx.doc.sentence_at(tm.start())
        found = _title_after_verb(v, tm.end(), min(end, where.end if where is not None else end))
        if found is not None and not CUES.not_a_title_word.search(found[1]) and "的" not in found[1]:
            return found[0][0]
    return None


def _enumerated_runs(text: str, members: list[Mention]) -> list[list[Mention]]:
    """Runs of two or more mentions of one type joined by 、/和/及/与 (A、B和C)."""
    runs: list[list[Mention]] = []
    for m in members:
        if runs and runs[-1][-1].type == m.type and CUES.designee_sep_no_yiji.fullmatch(text[runs[-1][-1].end: m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2]


def _designated_as_title(v: _Sent) -> None:
    """"X作为省级专业镇标杆", "作为全国首批碳达峰试点园区，…": the subject before 作为, else the passage's topic."""
    for am in CUES.as_title_zuowei.finditer(v.s_text) if "作为" in v.s_text else ():
        title = am.group(1).strip("“”")
        if not CUES.title_end_word.search(title) or not CUES.title_scope_lead.match(title):
            continue
        before = [m for m in v.ms if m.type in ("Park", "Company") and m.end <= v.sent.start + am.start()
                  and not m.is_reference]
        subj = before[-1] if before else ctx_last_subject(v.ctx, v.sent.start + am.start())
        if subj is not None:
            v.facts.append(_fact("designatedAs", subj, None, v.sent, literal=title))


def _designated_by_grade(v: _Sent) -> None:
    """"X在海关总署组织的全国综合保税区发展绩效评估中被评为A类": the evaluation with its grade is the title
    (…绩效评估A类), held by the park or firm before 在, else by the passage's topic."""
    for gm in CUES.evaluation_grade.finditer(v.s_text) if "中" in v.s_text else ():
        title = CUES.title_publisher_de.sub("", gm.group("eval")) + gm.group("grade")
        pos = v.sent.start + gm.start()
        before = [m for m in v.ms if m.type in ("Park", "Company") and m.end <= pos and not m.is_reference]
        subj = antecedent(before[-1]) if before else ctx_last_subject(v.ctx, pos)
        if subj is not None and not CUES.not_a_title_word.search(title):
            v.facts.append(_fact("designatedAs", subj, None, v.sent, literal=title))
    _graded_members(v)


def _graded_members(v: _Sent) -> None:
    """"在…绩效评估中，A与B双双被评为A类，C、D被评为B类": the evaluation leads the sentence, and
    the parks or firms named before each grade hold the evaluation with that grade."""
    lead = CUES.evaluation_lead.match(v.s_text) if "中" in v.s_text else None
    if lead is None:
        return
    evaluation = CUES.title_publisher_de.sub("", lead.group("eval"))
    start = v.sent.start + lead.end()
    for gm in CUES.grade_after_members.finditer(v.s_text, lead.end()):
        end = v.sent.start + gm.start()
        members = [m for m in v.listed if start <= m.start and m.end <= end]
        v.facts.extend(_fact("designatedAs", m, None, v.sent, literal=evaluation + gm.group("grade")) for m in members)
        start = v.sent.start + gm.end()


def _designated_by_grant(v: _Sent) -> None:
    """"授予X“…”称号": the quoted title after the park or firm it is granted to; "X被…授予“…”": X's."""
    for gm in CUES.granted_shouyu.finditer(v.s_text) if "授予" in v.s_text else ():
        pos = v.sent.start + gm.end()
        subj = next((m for m in v.ms if m.type in ("Park", "Company") and m.start == pos and not m.is_reference), None)
        if subj is None:
            continue
        qm = CUES.quoted_honour_title.match(v.text[subj.end: subj.end + 40])
        if qm:
            v.facts.append(_fact("designatedAs", subj, None, v.sent, literal=qm.group(1)))
    # "X被省人民政府授予“…”": the passive, the subject before 被
    for pm in CUES.granted_passive.finditer(v.s_text) if "授予" in v.s_text else ():
        before = [m for m in v.ms if m.type in ("Park", "Company") and m.end <= v.sent.start + pm.start()]
        found = _title_after_verb(v, v.sent.start + pm.end()) if before else None
        if found is None or CUES.not_a_title_word.search(found[1]):
            continue
        subj = antecedent(before[-1])
        for t in found[0]:
            want = "Company" if CUES.firm_title_end.search(t) else "Park" if CUES.zone_title_end.search(t) else None
            if want is None or subj.type == want:  # a zone's title does not go to a firm (X公司荆门园区被…授予)
                v.facts.append(_fact("designatedAs", subj, None, v.sent, literal=t))


def _designated_by_title_before_name(v: _Sent) -> None:
    """"国家高新技术企业X有限公司", "“2023中国民营企业500强”X集团": a title written before the name."""
    text, sent = v.text, v.sent
    for m in v.ms:
        if m.type not in ("Park", "Company") or m.is_reference:
            continue
        before = text[max(sent.start, m.start - 24): m.start]
        qm = CUES.quoted_title_end.search(before) if before.endswith("”") else None
        if qm and CUES.quoted_title_kind.search(qm.group(1)) and CUES.title_end_word.search(qm.group(1)):
            v.facts.append(_fact("designatedAs", m, None, sent, literal=qm.group(1)))
            continue
        um = CUES.plain_title_end.search(before) if before.endswith(("企业", "工厂")) else None
        if um and not CUES.not_a_title_word.search(um.group(1)):
            v.facts.append(_fact("designatedAs", m, None, sent, literal=um.group(1)))


def _designated_as_one_of(v: _Sent) -> None:
    """"作为全国首批跨境电商综合试验区之一，X…": the park or firm opening the next clause holds the title."""
    am = CUES.as_one_of_titles.match(v.text, v.sent.start)
    if am is None:
        return
    title = am.group("title")
    if not (CUES.copula_title_lead.match(title) and CUES.title_end_word.search(title)) \
            or CUES.not_a_title_word.search(title) or "的" in title:
        return
    subj = next((m for m in v.ms if m.start == am.end() and m.type in ("Park", "Company")), None)
    if subj is not None:
        v.facts.append(_fact("designatedAs", antecedent(subj), None, v.sent, literal=title))


def _designated_by_passed_recognition(v: _Sent) -> None:
    """"X已于2022年通过广东省化工园区认定": X holds the title it passed (the last park or firm before it)."""
    for pm in CUES.passed_recognition.finditer(v.s_text):
        title = pm.group("title")
        if not CUES.title_end_word.search(title) or CUES.not_a_title_word.search(title):
            continue
        pos = v.sent.start + pm.start()
        before = [m for m in v.ms if m.type in ("Park", "Company") and m.end <= pos]
        if before and not CUES.zai_clause_end.search(v.text, before[-1].end, pos):
            v.facts.append(_fact("designatedAs", antecedent(before[-1]), None, v.sent, literal=title))


def _designated_by_copula(v: _Sent) -> None:
    """"X(也)是全国首批国家级边境经济合作区之一", "X是国家级石化产业基地和国家新型工业化产业示范基地":
    after 是, titles that open with a scope (全国/国家/首批/湖北省首批…) go to the park or firm before it."""
    for cm in CUES.copula_title.finditer(v.s_text) if "是" in v.s_text else ():
        titles = _copula_titles(cm.group("titles"))
        if not titles:
            continue
        pos = v.sent.start + cm.start()
        before = [m for m in v.ms if m.type in ("Park", "Company") and m.end <= pos]
        if not before or CUES.subject_break_before_copula.search(v.text, before[-1].end, pos):
            continue  # X的Y是…, X与Y…，Z是…: the sentence is about another subject
        subj = antecedent(before[-1])
        for t in titles:
            want = "Company" if CUES.firm_title_end.search(t) else "Park" if CUES.zone_title_end.search(t) else None
            if want is None or subj.type == want:  # (not a firm's title for a park, nor the reverse)
                v.facts.append(_fact("designatedAs", subj, None, v.sent, literal=t))


def _copula_titles(words: str) -> list[str]:
    """The titles in the words after 是 (A和B): each opens with a scope and ends with a title word.
    A title after a qualifying clause is the words after its last 的 (是去年刚刚升级的国家级经济技术开发区);
    quote marks are the title's own (国家“城市矿产”示范基地)."""
    out: list[str] = []
    for t in CUES.title_joiner.split(CUES.title_tail_word.sub("", words.replace("“", "").replace("”", ""))):
        t = t.rsplit("的", 1)[-1]
        if CUES.copula_title_lead.match(t) and CUES.title_end_word.search(t) and not CUES.not_a_title_word.search(t):
            out.append(t)
    return out


class SentenceRule(NamedTuple):
    """One sentence rule: its id (None for a step that completes facts and makes none), the
    function, and the mention types the sentence must have for it to find anything
    (``_Sent.present``): a sentence without them skips the call, which on most sentences
    is most rules. (An amount step needs ``projs``: the investsIn facts it completes are made
    in this sentence, and only by rules that need a project.)"""

    id: str | None
    run: Callable[[_Sent], None]
    needs: frozenset[str] = frozenset()


#: the designation rules, also run on a sentence with no mention (作为…: the passage's topic)
DESIGNATION_RULES: tuple[SentenceRule, ...] = (
    SentenceRule("designated.after_verb", _designated_after_verb),
    SentenceRule("designated.on_list", _designated_on_list),
    SentenceRule("designated.list_heading", _designated_by_list_heading),
    SentenceRule("designated.counted_members", _designated_by_counted_members),
    SentenceRule("designated.entrants_listed", _designated_by_entrants_listed),
    SentenceRule("designated.as_title", _designated_as_title),
    SentenceRule("designated.by_grant", _designated_by_grant),
    SentenceRule("designated.evaluation_grade", _designated_by_grade),
    SentenceRule("designated.title_before_name", _designated_by_title_before_name),
    SentenceRule("designated.copula", _designated_by_copula),
    SentenceRule("designated.as_one_of", _designated_as_one_of),
    SentenceRule("designated.passed_recognition", _designated_by_passed_recognition),
    SentenceRule("designated.approved_as", _designated_approved_as),
)


#: the sentence rules, in the order they run: (rule id, rule). The id reaches each new
#: fact's ``extractor`` (``rule:<id>``, kg:extractor in the RDF); ``RULES`` has an example
#: of each. An id of None marks a step that completes facts (an amount) and makes none.
SENTENCE_RULES: tuple[SentenceRule, ...] = (
    SentenceRule("invest.firm_before_project", _invest_firm_before_project, frozenset({"projs"})),
    SentenceRule("invest.built_by", _invest_built_by, frozenset({"comps", "projs"})),
    SentenceRule("invest.implementing_body", _invest_implementing_body, frozenset({"comps"})),
    SentenceRule("invest.project_then_firm", _invest_project_then_firm, frozenset({"comps", "projs"})),
    SentenceRule("invest.the_latter", _invest_the_latter, frozenset({"comps", "projs"})),
    SentenceRule("invest.referenced_project", _invest_in_referenced_project, frozenset({"comps", "projs"})),
    SentenceRule(None, _amount_of_single_investment, frozenset({"projs"})),
    SentenceRule(None, _amount_between_investor_and_project, frozenset({"projs"})),
    SentenceRule(None, _amount_of_referenced_project, frozenset({"projs"})),
    SentenceRule(None, _amount_of_project_size, frozenset({"projs"})),
    SentenceRule(None, _amount_before_own_project, frozenset({"projs"})),
    SentenceRule(None, _amount_after_own_project, frozenset({"projs"})),
    SentenceRule(None, _amount_of_firm, frozenset({"comps"})),
    SentenceRule("sign.counted_partners", _sign_counted_partners),
    SentenceRule("sign.pairs", _sign_pairs, frozenset({"comps"})),
    SentenceRule("sign.sides_with_firms", _sign_sides_with_firms, frozenset({"comps"})),
    SentenceRule("located.signing_side", _located_at_signing_side, frozenset({"comps"})),
    SentenceRule("invest.sole_signer", _invest_by_sole_signer, frozenset({"comps", "projs"})),
    SentenceRule("issued", _issued_by, frozenset({"policies"})),
    SentenceRule("located.weiyu", _located_weiyu),
    SentenceRule("located.suozai", _located_suozai),
    SentenceRule("located.entered", _located_by_entering),
    SentenceRule("located.brought_in_de", _located_brought_in_de, frozenset({"comps"})),
    SentenceRule("located.zone_is_firms_base", _located_zone_is_firms_base, frozenset({"comps"})),
    SentenceRule("located.project_starts_at", _located_project_starts_at, frozenset({"projs"})),
    SentenceRule("located.sited_at", _located_sited_at),
    SentenceRule("located.acting_through_project", _located_place_acting_through_project, frozenset({"projs"})),
    SentenceRule("located.zai_built", _located_zai_built, frozenset({"projs"})),
    SentenceRule("located.zone_starts_projects", _located_zone_starts_projects, frozenset({"projs"})),
    SentenceRule("located.division_de", _located_division_de),
    SentenceRule("located.address", _located_by_address, frozenset({"comps"})),
    SentenceRule("located.written_before", _located_written_before),
    *DESIGNATION_RULES,
)


def _ckey(m: Mention) -> str:
    """A page-level key for a company before resolution: the start of its core name.

    黔丰股份 and 贵州黔丰种业股份有限公司 share it, so an amount stated for the
    short form reaches the project signed under the legal name.
    """
    core, _form = _company_parts(antecedent(m).text)
    return core[:2]


def _company_forms(m: Mention) -> frozenset[str]:
    """Forms a page may prefix to a project: the name, and its core without place and legal form."""
    return _company_forms_of(m.text)


@lru_cache(maxsize=8192)
def _company_forms_of(name: str) -> frozenset[str]:
    from kg.resolve.resolution import _company_parts

    forms = {name}
    core, _form = _company_parts(name)
    forms.add(core)
    forms.add(CUES.firm_form_words_end.sub("", core))
    return frozenset(f for f in forms if len(f) >= 2)


def _prefix_companies(ctx: _Ctx, p: Mention) -> list[Mention]:
    """Named companies (nearest last) whose name or core starts the project's name,
    or starts it after a leading division name (金湾格力智能工厂 → 格力)."""
    out = []
    names = [p.text]
    places = lx.place_table()
    for n in (4, 3, 2):
        if len(p.text) > n + 4 and p.text[:n] in places:
            names.append(p.text[n:])
            break
    by_form = ctx.company_forms()
    hits: set[int] = set()
    for name in names:  # every form that starts the name with more than two characters after it
        for k in range(2, len(name) - 2):
            hits.update(by_form.get(name[:k], ()))
    out = [ctx.mentions[i] for i in sorted(hits) if ctx.mentions[i] is not p]
    before = [c for c in out if c.start <= p.start]
    return before[-1:] or out[:1]


def _places_de_after_sep(text: str, ms: list[Mention], a: int, b: int) -> bool:
    """Is ``text[a:b]`` a list separator, then places (maybe after 来自), then 的 (A、苏州市吴中区越溪街道的B,
    A、来自浙江宁波的B)?"""
    if b - a < 4 or text[a] != "、" or text[b - 1] != "的":
        return False
    om = CUES.origin_before_places.match(text, a + 1, b)
    pos = om.end() if om else a + 1
    while pos < b - 1:
        p = next((m for m in ms if m.type == "Place" and m.start == pos and m.end <= b - 1), None)
        if p is None:
            return False
        pos = p.end
    return True


def _signing_pairs(text: str, sent: Sentence, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"A与B签约": the parties are the mentions right around 与 (one side a company).

    A list of companies before 与 (A、B、C等7家企业与X签订…) all pair with X.
    """
    out: list[tuple[Mention, Mention]] = []
    for k in _find_yu(text, sent):
        left = [m for m in ms if m.end <= k and (m.end == k or CUES.signing_adverb.fullmatch(text, m.end, k))
                and not (m.is_reference and antecedent(m) is m)]
        left = left[-1:]
        right = [m for m in ms if m.start == k + 1 and not (m.is_reference and antecedent(m) is m)]
        if not right:
            # "与港资企业X签约": a descriptor of the partner between 与 and its name
            right = [m for m in ms if m.type == "Company" and k + 3 <= m.start <= k + 8
                     and CUES.partner_descriptor.fullmatch(text, k + 1, m.start)]
        if not right:
            continue
        r = right[0]
        if r.type == "Place":  # 与湖北|荆州经开区管委会: the province opens the agency's name, the agency signs
            r = next((m for m in ms if m.start == r.end and m.type in ("Agency", "Park")), r)
        lparty = _signer_before_venue(text, ms, left[0]) if left else None
        if r.type == "Company" and lparty is not None and lparty.type in ("Park", "Agency", "Place"):
            out.append((lparty, r))
            # "与A公司、B集团签署": every listed partner signs
            last = r
            while True:
                nxt = next((m for m in ms if m.type == "Company" and last.end < m.start <= last.end + 16
                            and (CUES.list_separator.fullmatch(text[last.end: m.start])
                                 or _places_de_after_sep(text, ms, last.end, m.start))), None)
                if nxt is None:
                    break
                out.append((lparty, nxt))
                last = nxt
        elif r.type in ("Park", "Agency", "Place"):
            comps = [m for m in ms if m.type == "Company" and m.end <= k and not (m.is_reference and antecedent(m) is m)]
            if lparty is not None and lparty.type == "Company":
                comps = _listed_before(text, ms, lparty)  # A、B与X签约: the list before 与 signs
            # "与刘家河疃、石门等村达成合作": every enumerated party signs
            parties = [r]
            while True:
                nxt = next((m for m in ms if m.start == parties[-1].end + 1 and m.type == r.type), None)
                if nxt is None or text[parties[-1].end] != "、":
                    break
                parties.append(nxt)
            for party in parties:
                for c in comps:
                    out.append((party, c))
    return out


def _listed_before(text: str, ms: list[Mention], last: Mention) -> list[Mention]:
    """``last`` and the firms listed right before it (中安芯界控股集团、菏泽城投控股集团有限公司与…)."""
    out = [last]
    while True:
        prev = next((m for m in ms if m.type == "Company" and m.end == out[0].start - 1
                     and text[m.end] in "、和及" and not (m.is_reference and antecedent(m) is m)), None)
        if prev is None:
            return out
        out.insert(0, prev)


def _signer_before_venue(text: str, ms: list[Mention], left: Mention) -> Mention | None:
    """The party before 与, past a venue: in "X行政公署在呼和浩特与Y签署", 呼和浩特 is where they
    signed and X signed (None when nothing stands before 在)."""
    if left.type != "Place" or text[left.start - 1: left.start] != "在":
        return left
    k = left.start - 1
    before = [m for m in ms if m.end <= k and (m.end == k or CUES.signing_adverb.fullmatch(text, m.end, k))
              and not (m.is_reference and antecedent(m) is m)]
    return before[-1] if before else None


_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def _counted_partners(ctx: _Ctx, sent: Sentence, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    text = ctx.text
    cm = CUES.counted_partners.search(text, sent.start, sent.end)
    if cm is None:
        return []
    k = cm.start()
    left = [m for m in ms if m.type in ("Agency", "Park") and m.end <= k and id(m) not in ctx.nested
            and (m.end == k or CUES.signing_adverb.fullmatch(text, m.end, k))]
    left = [m for m in left if not (m.is_reference and antecedent(m) is m)]
    if not left:
        return []
    n = _COUNT.get(cm.group(1)) or int(cm.group(1))
    breaks = _article_breaks(ctx.doc)
    found: dict[str, Mention] = {}
    j = bisect_left(ctx.starts, sent.start) - 1
    while j >= 0 and len(found) < n:
        m = ctx.mentions[j]
        j -= 1
        if sent.start - m.end > 300 or _crosses(breaks, m.end, sent.start):
            break
        if m.type == "Company" and not m.is_reference and id(m) not in ctx.nested:
            found.setdefault(_ckey(m), m)
    if len(found) != n:
        return []  # the count must match what the passage names
    return [(left[-1], c) for c in found.values()]


def _find_yu(text: str, sent: Sentence) -> list[int]:
    out = []
    i = text.find("与", sent.start, sent.end)
    while i >= 0:
        out.append(i)
        i = text.find("与", i + 1, sent.end)
    return out


def _own_amount(text: str, p: Mention, projs: list[Mention], before_only: bool = False):
    """The amount written as the project's own size: right before it ("投资N元(建设)的P",
    "投资N元建设P") or right after it ("P总投资N元"), with no other project in between."""
    lo = max([q.end for q in projs if q.end <= p.start and q is not p] + [p.start - 20, 0])
    window = text[lo: p.start]
    best = None
    for s, e, a in find_amounts(window):
        if a.value is None:
            continue
        after = window[e:]
        if (CUES.own_invest_before_amount.search(window[:s]) and len(after) <= 6
                and CUES.own_amount_gap.fullmatch(after)):
            best = a
    if best is not None or before_only:
        return best
    am = CUES.own_invest_after_project.match(text, p.end)
    if am:
        return _first_amount_after(text, am.end(), min(_next_project_start(projs, p, p.end + 24), am.end() + 14), 2)
    return None


def _next_project_start(projs: list[Mention], p: Mention, cap: int) -> int:
    """Where the next project of the sentence after ``p`` starts (at most ``cap``)."""
    return min([q.start for q in projs if q.start >= p.end and q is not p] + [cap])


def _first_amount_after(text: str, at: int, limit: int, max_lead: int):
    """The first amount in ``text[at:limit]`` if it starts within ``max_lead`` characters, else None."""
    found = find_amounts(text[at:limit])
    return found[0][2] if found and found[0][0] <= max_lead and found[0][2].value is not None else None


def _amount_near(ctx: _Ctx, sent: Sentence, proj: Mention, amounts) -> object | None:
    """The amount that belongs to a project: in the sentence, closest before it, else after '总投资'."""
    best = None
    for s, _e, a in amounts:
        if a.value is None:
            continue
        pos = sent.start + s
        # only money that is invested: 投资/投入/出资/总投资 right before it (not 营收50亿元)
        if pos < proj.start and CUES.invest_before_amount.search(ctx.text[max(sent.start, pos - 8): pos]):
            best = a
    if best is None:
        for s, _e, a in amounts:
            pos = sent.start + s
            if pos >= proj.end and CUES.invest_after_project.search(ctx.text[proj.end: pos]):
                return a
    return best


def _same_region(ctx: _Ctx, zone: Mention, place: Mention) -> bool:
    """Could ``place`` be where ``zone`` lies (same division, or one inside the other)?"""
    inner = ctx.inner_places(zone)
    if not inner:
        return True  # a zone without a place in its name: no evidence either way
    zone_names: set[str] = set()
    for p in inner:
        zone_names |= _place_names(p.text) | _place_parents(p.text)
    names = _place_names(place.text)
    return bool(names & zone_names) or bool(_place_parents(place.text) & zone_names)


def _article_breaks(doc: Document) -> list[int]:
    """Offsets where a new article may start on the page (headlines, bylines)."""
    return [s.start for s in doc.sentences if s.kind in ("headline", "byline")]


def _crosses(breaks: list[int], a: int, b: int) -> bool:
    """Is there an article break between offsets ``a`` and ``b``?"""
    k = bisect_left(breaks, a)
    return k < len(breaks) and breaks[k] < b


def ctx_last_subject(ctx: _Ctx, pos: int, window: int = 600) -> Mention | None:
    """The last named park or company before ``pos`` (the topic of the passage)."""
    k = bisect_left(ctx.starts, pos)
    breaks = _article_breaks(ctx.doc)
    for j in range(k - 1, -1, -1):
        m = ctx.mentions[j]
        if pos - m.end > window or _crosses(breaks, m.end, pos):
            return None
        if m.type in ("Park", "Company") and id(m) not in ctx.nested:
            a = antecedent(m)
            if not (m.is_reference and a is m):
                return a
    return None


def _amounts_stated_apart(facts: list[Fact], state: dict) -> None:
    """Amounts stated apart from the sentence that links company and project: the project's own
    size, else the firm's amount when the page gives the firm one project (the page state)."""
    pam = state.get("project_amounts", {})
    cam = state.get("company_amounts", {})
    cproj = state.get("company_projects", {})
    for f in facts:
        if f.predicate != "investsIn" or f.amount_text or f.obj is None:
            continue
        a = pam.get(id(f.obj))
        if a is None:
            names: list[str] = []
            for p in cproj.get(_ckey(f.subject), []):
                if not any(n.endswith(p.text) or p.text.endswith(n) for n in names):
                    names.append(p.text)
            if len(names) == 1:
                a = cam.get(_ckey(f.subject))
        if a is not None:
            f.take_amount(a)


def relate(doc: Document) -> Document:
    """Fill ``doc.facts`` from body sentences (and name structure for locatedIn/partOf)."""
    _coref(doc)
    use_page(doc.mentions)
    ctx = _Ctx(doc)
    facts: list[Fact] = []
    state: dict = {}
    _tagged(facts, "part.place_chain", lambda: _part_of(ctx, facts))
    _tagged(facts, "located.name_prefix", lambda: _located_by_name(ctx, facts))
    for sent in doc.sentences:
        if sent.kind != "body":
            continue
        _sentence_facts(ctx, sent, facts, state)
    _tagged(facts, "invest.quoted_speaker", lambda: _quoted_investors(ctx, facts))
    _tagged(facts, "located.zone_copula", lambda: _zone_copula(ctx, facts))
    _amounts_stated_apart(facts, state)
    _context_locations(ctx, facts)
    # projects without an explicit place: the park the passage is about
    _project_parks(ctx, facts)
    doc.facts = _dedupe(_clean_titles(facts))
    _titles_are_not_parks(doc)
    return doc


def _titles_are_not_parks(doc: Document) -> None:
    """A zone-shaped title is a title: drop a park mention that is the title of a designation
    read in its sentence, and the facts made with it.

    确定石溪经济开发区为江苏省特色创新产业园区: 江苏省特色创新产业园区 reads like a park's name
    (a province, words, 产业园区), but it is what the park was named as. A park that holds a
    designation itself, or that a fact other than its name's place ties to a firm or
    project, is kept.
    """
    sentences_of: dict[str, set[tuple[int, int]]] = {}  # title → the sentences it was read in
    for f in doc.facts:
        if f.predicate == "designatedAs" and f.literal:
            sentences_of.setdefault(f.literal, set()).add((f.evidence_start, f.evidence_end))
    if not sentences_of:
        return
    holders = {id(f.subject) for f in doc.facts if f.predicate == "designatedAs"}
    used = {id(m) for f in doc.facts if f.extractor != "rule:located.name_prefix" for m in (f.subject, f.obj)}
    drop = {id(m) for m in doc.mentions if m.type == "Park" and not m.is_reference and id(m) not in holders
            and id(m) not in used and any(s <= m.start and m.end <= e for s, e in sentences_of.get(m.text, ()))}
    if drop:
        doc.mentions = [m for m in doc.mentions if id(m) not in drop]
        doc.facts = [f for f in doc.facts if id(f.subject) not in drop and id(f.obj) not in drop]


def _clean_titles(facts: list[Fact]) -> list[Fact]:
    """The designations the rules read, less the announcement's words before a title (同期公示的…), and
    without those that hold a clause or a count (我省17家单位入选…, 与上一年度相比，本次A类): whichever
    rule read them, the title a page gives is a noun phrase."""
    out = []
    for f in facts:
        if f.predicate == "designatedAs" and f.literal:
            f.literal = CUES.title_lead_noise.sub("", f.literal)
            if len(f.literal) < 4 or CUES.not_one_title.search(f.literal):
                continue
        out.append(f)
    return out


#: a zone named by its kind alone after 落户/入驻 (落户园区, 入驻开发区)
_GENERIC_ZONE_WORDS = ("园区", "开发区", "经开区", "高新区", "新区", "综保区", "产业园", "工业园", "示范区")


def _park_before(ctx: _Ctx, pos: int, window: int = 600) -> Mention | None:
    """The park a passage is about at ``pos``: the named park ending last before it
    (a sub-park over the parent inside its name), same article, within ``window``."""
    breaks = _article_breaks(ctx.doc)
    best: Mention | None = None
    j = bisect_left(ctx.starts, pos) - 1
    while j >= 0:
        m = ctx.mentions[j]
        j -= 1
        if pos - m.start > window + 40:
            break
        if m.type != "Park" or m.end > pos or pos - m.end > window or _crosses(breaks, m.end, pos):
            continue
        a = antecedent(m)
        if m.is_reference and a is m:
            continue
        if best is None or m.end > best.end or (m.end == best.end and len(m.text) > len(best.text)):
            best = m if not m.is_reference else a
            if m.is_reference:
                return best
    return best


def _context_locations(ctx: _Ctx, facts: list[Fact]) -> None:
    """Companies/projects placed by a phrase that points back at a park.

    "园区内的X" and "同样在园区扩产的还有X" stand for the park the passage is
    about; "在Y产业园内，X的装配线上…" puts the first firm of the clause in Y.
    """
    text = ctx.text
    # a firm placed only by the province/city in its legal name may still be placed in a park
    located = {id(f.subject) for f in facts if f.predicate == "locatedIn" and f.obj is not None
               and (f.obj.type == "Park" or not f.subject.text.startswith(f.obj.text[:2]))}
    by_start = {m.start: m for m in ctx.mentions if m.type in ("Company", "Project") and not m.is_reference}

    def adder(rule: str) -> Callable[[Mention, Mention | None], None]:
        def add(m: Mention, park: Mention | None) -> None:
            sent = ctx.doc.sentence_at(m.start)
            if park is None or id(m) in located or (sent is not None and sent.kind != "body"):
                return
            facts.append(_fact("locatedIn", m, park, sent, extractor=f"rule:context.{rule}"))
            located.add(id(m))
        return add

    _brought_in(ctx, adder("brought_in"))
    _zone_then_comma(ctx, adder("zone_then_comma"))
    _zone_de_firms(ctx, adder("zone_de_firms"))
    if "内" in text or "里" in text:
        add = adder("zone_inside_de")
        for im in CUES.zone_inside_de.finditer(text):
            m = by_start.get(im.end())
            if m is not None:
                add(m, _park_before(ctx, im.start()))
    if "在" in text:
        add = adder("also_in_zone")
        for am in CUES.also_in_zone.finditer(text):
            m = by_start.get(am.end())
            if m is not None:
                add(m, _park_before(ctx, am.start()))


def _zone_then_comma(ctx: _Ctx, add) -> None:
    """"谷城经济开发区内，X公司新建的Y中心…", "雨山经济技术开发区，X车间…": a zone that
    opens a sentence followed by a comma sets the scene; the firm opening the next
    clause, and the projects of that clause, lie in it."""
    text = ctx.text
    firms = {m.start: m for m in ctx.mentions if m.type == "Company" and not m.is_reference}
    for park in ctx.mentions:
        if park.type != "Park" or park.is_reference or id(park) in ctx.nested:
            continue
        sent = ctx.doc.sentence_at(park.start)
        if sent is None or sent.kind != "body":
            continue
        before = text[sent.start: park.start]
        # the zone opens the sentence or a clause, or follows where it is (在河南省洛阳市偃师区的X)
        if before not in ("", "在") and not before.endswith(("，", ",")) and not CUES.at_place_de_lead.search(before):
            continue
        k = park.end
        if text[k: k + 1] in ("内", "里"):
            k += 1
        if text[k: k + 1] not in ("，", ","):
            continue
        k += 1
        dm = CUES.firm_descriptor.match(text, k)  # a short descriptor before the firm (台资企业, 龙头企业)
        firm = firms.get(k) or (firms.get(dm.end()) if dm else None)
        if firm is None:
            # "在襄阳经开区，老牌车企也在加快转型。襄汉汽车股份有限公司投入…": the scene-setting
            # sentence names no firm; the next sentence's opening firm is the one it introduces
            nxt = ctx.next_body_sentence(sent.end)
            if nxt is not None and nxt.start - sent.end <= 2 and ctx.inner_places(park):
                head = CUES.firm_descriptor.match(text, nxt.start + (1 if text.startswith("在", nxt.start) else 0))
                cand = firms.get(nxt.start) or firms.get(nxt.start + 1) or (firms.get(head.end()) if head else None)
                if cand is not None and not any(m.type == "Park" for m in ctx.starting_in(nxt.start, nxt.end)):
                    add(cand, park)
            continue
        end = min((i for i in (text.find("。", firm.end), text.find("；", firm.end)) if i != -1), default=sent.end)
        add(firm, park)
        for m in ctx.starting_in(firm.end, end):
            if m.type == "Project" and not m.is_reference:
                add(m, park)


def _zone_de_firms(ctx: _Ctx, add) -> None:
    """"石家庄高新区的A公司、B公司被认定为…": firms a zone qualifies with 的 lie in it."""
    text = ctx.text
    firms = {m.start: m for m in ctx.mentions if m.type == "Company" and not m.is_reference}
    for park in ctx.mentions:
        if park.type != "Park" or id(park) in ctx.nested or not text.startswith("的", park.end):
            continue
        zone = antecedent(park) if park.is_reference else park
        if zone.is_reference:
            continue
        firm = firms.get(park.end + 1)
        while firm is not None:
            add(firm, zone)
            k = firm.end
            firm = firms.get(k + 1) if text[k: k + 1] in ("、", "和", "及", "与") else None


def _brought_in(ctx: _Ctx, add) -> None:
    """"赣州经开区…先后引进A、B、C等上下游配套企业40余家": each listed firm lies in
    the zone that is the subject of the sentence (the last zone before the verb,
    in the same sentence, no other firm between)."""
    text = ctx.text
    comps = [m for m in ctx.mentions if m.type == "Company" and not m.is_reference]
    starts = [m.start for m in comps]
    for vm in CUES.brought_in_verb.finditer(text):
        v = vm.end()
        stop = CUES.enumeration_stop.search(text, v, v + 80)
        if stop is None or text[stop.start()] != "等":
            continue  # an enumeration closed by 等 (…等龙头企业)
        k = bisect_left(starts, v)
        group = []
        while k < len(comps) and comps[k].end <= stop.start():
            group.append(comps[k])
            k += 1
        if not group:
            continue
        sent = ctx.doc.sentence_at(v)
        if sent is None:
            continue
        parks = [m for m in ctx.in_span(sent.start, vm.start()) if m.type == "Park" and id(m) not in ctx.nested]
        if not parks and CUES.zone_word_subject.search(text, sent.start, vm.start()):
            # "园区…先后引进A、B等企业" / "这里已集聚…": the zone the passage is about
            zone = _park_before(ctx, vm.start())
            parks = [zone] if zone is not None else []
        if not parks or bisect_left(starts, parks[-1].end) < bisect_left(starts, vm.start()):
            continue  # another firm between the zone and the verb
        park = parks[-1]
        if park.is_reference:
            park = antecedent(park)
        for g in group:
            add(g, park)


def _zone_copula(ctx: _Ctx, facts: list[Fact]) -> None:
    """"X高新区是东莞市…的区域/园区": the zone lies in the division named after 是."""
    text = ctx.text
    by_start = {m.start: m for m in ctx.mentions if m.type == "Place" and not m.is_reference}
    for m in ctx.mentions:
        if m.type != "Park" or m.is_reference or not text.startswith("是", m.end):
            continue
        p = by_start.get(m.end + 1)
        if p is None or p.level not in ("city", "county") or not _full(p) or id(p) in ctx.nested:
            continue
        if not _same_region(ctx, m, p):
            continue
        sent = ctx.doc.sentence_at(m.start)
        if sent is not None and sent.kind == "body":
            facts.append(_fact("locatedIn", m, p, sent))


def _quoted_investors(ctx: _Ctx, facts: list[Fact]) -> None:
    """“我们…投资3.2亿元建设的Y项目…”X公司总经理说: the speaker's company invests in Y."""
    text = ctx.text
    if "我们" not in text:
        return
    sents = ctx.doc.sentences
    for i, sent in enumerate(sents):
        wm = CUES.we_invest.search(text, sent.start, sent.end)
        if wm is None or text.rfind("“", max(0, sent.start - 60), wm.start()) < 0:
            continue
        projs = [m for m in ctx.top(wm.end(), sent.end) if m.type == "Project" and not m.is_reference]
        if not projs or CUES.quote_clause_break.search(text[wm.end(): projs[0].start]):
            continue
        # the speaker: a company right after the closing quote (same or next sentence)
        q = text.find("”", projs[0].end, sents[i + 1].end if i + 1 < len(sents) else sent.end)
        if q < 0:
            continue
        comp = next((m for m in ctx.top(q + 1, q + 40) if m.start <= q + 2 and m.type == "Company"), None)
        if comp is None or not CUES.speaker_verb.match(text, comp.end):
            continue
        f = _fact("investsIn", comp, projs[0], sent)
        a = find_amounts(text[wm.end(): projs[0].start])
        if a:
            f.take_amount(a[0][2])
        facts.append(f)


def _origin_place(text: str, m: Mention) -> bool:
    """与香港、东盟等地客商对接, 赴深圳招商: a place the park deals with, not where the passage is."""
    return bool(CUES.origin_lead_end.search(text, max(0, m.start - 2), m.start)
                or CUES.origin_list_deng_di.match(text, m.end))


def _project_parks(ctx: _Ctx, facts: list[Fact]) -> None:
    """Projects and companies with no stated location lie in the park the passage is about.

    The passage topic is the last park named before them (and, when that is a
    sub-zone, also the last place-prefixed zone: 湄潭经济技术开发区 for a
    project in its 茶叶加工产业园).  A project whose name starts with a town's
    name lies in that town (界湖…项目 → 界湖街道).
    """
    located = {id(f.subject) for f in facts if f.predicate == "locatedIn"}
    # a project named twice (text and caption) is located once: by its stated place
    located_projects = {f.subject.text for f in facts if f.predicate == "locatedIn" and f.subject.type == "Project"}
    located_companies = {f.subject.text for f in facts if f.predicate == "locatedIn" and f.subject.type == "Company"}
    towns = [m for m in ctx.mentions if m.type == "Place" and m.level in ("town", "village")]
    _parks_in_towns(ctx, towns, facts)
    _subzones(ctx, facts)
    passage = _Passage(ctx)
    for m in ctx.mentions:
        if passage.read(m) or m.type not in ("Project", "Company") or m.is_reference or id(m) in located:
            continue
        sent = ctx.doc.sentence_at(m.start)
        if sent is not None and sent.kind != "body":
            continue
        if m.type == "Project" and _in_town_of_its_name(m, towns, sent, facts):
            located.add(id(m))
            continue
        if m.type == "Company" and (m.source not in ("short", "list", "alias") or any(
                t.startswith(m.text[:2]) or m.text[:2] in t for t in located_companies)):
            continue
        if m.type == "Project" and m.text in located_projects:
            continue
        if sent is not None and _stated_elsewhere(ctx, sent, m, (passage.last, passage.main)):
            continue  # 在北滘投资…的Y, Y在X镇动工, 将在X建设: the sentence says where
        _in_passage_parks(ctx, m, sent, passage, facts)
        located.add(id(m))


class _Passage:
    """The park a passage is about, as the mentions are read in order: the last park named
    (``last``) and the last one whose name starts with a place (``main``); an article break
    or a move to another region ends them."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.last: Mention | None = None
        self.main: Mention | None = None
        self.breaks = _article_breaks(ctx.doc)
        self.agencies = SpanIndex(a for a in ctx.mentions if a.type == "Agency")

    def read(self, m: Mention) -> bool:
        """Take ``m`` into account; True when it was a place or park (nothing more to do with it)."""
        ctx = self.ctx
        if self.last is not None and _crosses(self.breaks, self.last.end, m.start):
            self.last = None
        if self.main is not None and _crosses(self.breaks, self.main.end, m.start):
            self.main = None
        # a government named with its division (长葛市人民政府) moves the passage there too
        in_agency = (m.type == "Place" and id(m) in ctx.nested and m.level in ("province", "city", "county")
                     and self.agencies.any_overlapping(m.start, m.start + 1))
        if (m.type == "Place" and not m.is_reference and (id(m) not in ctx.nested or in_agency)
                and m.level in ("province", "city", "county") and not _origin_place(ctx.text, m)):
            # the passage moved to another region: its zone no longer applies
            if self.last is not None and not _same_region(ctx, self.last, m):
                self.last = None
            if self.main is not None and not _same_region(ctx, self.main, m):
                self.main = None
            return True
        if m.type == "Park" and id(m) not in ctx.nested:
            self._see_park(m)
            return True
        return False

    def _see_park(self, m: Mention) -> None:
        a = antecedent(m)
        if m.is_reference and a is m:
            return
        if self.last is not None and self.last.start <= a.start and a.end < self.last.end:
            return  # the parent zone named inside a sub-zone's name (苏州工业园区|综合保税区)
        self.last = a
        if self.ctx.inner_places(a) and self.ctx.inner_places(a)[0].start == a.start:
            self.main = a


def _in_town_of_its_name(m: Mention, towns: list[Mention], sent: Sentence | None, facts: list[Fact]) -> bool:
    """A project whose name starts with a town's name lies in that town (界湖…项目 → 界湖街道)."""
    for t in towns:
        core = CUES.town_or_village_end.sub("", t.text)
        if len(core) >= 2 and m.text.startswith(core):
            facts.append(_fact("locatedIn", m, t, sent, extractor="rule:located.town_in_name"))
            return True
    return False


def _in_passage_parks(ctx: _Ctx, m: Mention, sent: Sentence | None, passage: _Passage, facts: list[Fact]) -> None:
    """Project ``m`` lies in the passage's park(s) near enough before it, unless its sentence is about
    another region. (Not a company: a firm the passage names is as often an investor from elsewhere,
    a partner or a customer — on the dev and train pages 44 of 256 such facts were right.)"""
    if m.type != "Project":
        return
    for park in {id(p): p for p in (passage.last, passage.main) if p is not None}.values():
        if m.start - park.end > 800:
            continue
        if (sent is not None and park.start < sent.start and not _sentence_in_region(ctx, sent, park)
                and not CUES.of_the_signed_projects.match(ctx.text, sent.start)):
            continue  # 苏州纳微光电…的Y after a 常州 passage: another city's firm and project
        facts.append(_fact("locatedIn", m, park, sent, extractor="rule:context.passage_park"))


def _stated_elsewhere(ctx: _Ctx, sent: Sentence, m: Mention, zones) -> bool:
    """Is ``m`` put somewhere else by 在X in its own clause (在X投资…的Y, Y在X动工)?"""
    text = ctx.text
    if text.find("在", max(sent.start, m.start - 60), min(sent.end, m.end + 8)) < 0:
        return False  # cheap test first: most sentences name no place with 在
    lo = max(sent.start, max((text.rfind(c, sent.start, m.start) for c in "，；：“"), default=-1) + 1)
    hi = min([k for k in (text.find(c, m.end, sent.end) for c in "，；。”") if k >= 0] or [sent.end])
    for am in CUES.zai_place.finditer(text, lo, hi):
        if am.start() < m.start and not CUES.zai_phrase_de_end.search(text[am.end(): m.start]):
            continue  # before the name only as 在X…的Y
        if am.start() >= m.end and am.start() - m.end > 4:
            continue  # after the name only right after it: Y在X…
        pos = am.start() + 1
        if any(z is not None and (z.start <= pos < z.end or text.startswith(z.text, pos)) for z in zones):
            continue
        return True
    return False


def _sentence_in_region(ctx: _Ctx, sent: Sentence, zone: Mention) -> bool:
    """No city or county named in the sentence (even inside a firm's name) lies in another city than the zone."""
    zone_cities: set[str] = set()
    for p in ctx.inner_places(zone):
        zone_cities |= _cities(p.text)
    if not zone_cities:
        return True
    for p in ctx.in_span(sent.start, sent.end):
        if p.type == "Place" and not p.is_reference and p.level in ("city", "county"):
            cities = _cities(p.text)
            if cities and not cities & zone_cities:
                return False
    return True


def _cities(name: str) -> set[str]:
    """The city-level divisions a place name can be or lie in (直辖市 districts: the province)."""
    out: set[str] = set()
    for full, level, prov, city in lx.place_table().get(name, ()):
        if level == "city":
            out.add(full)
        elif level == "county":
            out.add(city or prov or full)
        elif level == "province" and full.endswith("市"):
            out.add(full)
    return out


def _subzones(ctx: _Ctx, facts: list[Fact]) -> None:
    """A zone named after the zone it lies in (X工业园区综合保税区) is located in it;
    so is a park written right after a zone with 的/内的 (X高新区的Y产业园)."""
    text = ctx.text
    parks = [m for m in ctx.mentions if m.type == "Park" and not m.is_reference]
    by_start = {m.start: m for m in parks}
    for a in parks:
        dm = CUES.zone_inner_de.match(text[a.end: a.end + 2])
        if dm is None or not a.text.endswith(("高新区", "经开区", "开发区", "新区", "综保区", "综合保税区", "示范区")):
            continue
        b = by_start.get(a.end + dm.end())
        if b is not None and b.text.endswith(("产业园", "创业园", "科技园", "工业园", "示范园", "物流园", "产业园区",
                                              "科技园区", "物流园区", "工业园区", "创新港", "产业城", "生态园")):
            facts.append(_fact("locatedIn", b, a, ctx.doc.sentence_at(b.start), extractor="rule:context.subzone"))
    for m in ctx.mentions:
        if m.type == "Park" and m.source == "subzone":
            inner = [p for p in ctx.in_span(m.start, m.end) if p.type == "Park" and p is not m and p.start == m.start]
            if inner:
                facts.append(_fact("locatedIn", m, inner[0], ctx.doc.sentence_at(m.start),
                                   extractor="rule:located.parent_in_name"))


def _parks_in_towns(ctx: _Ctx, towns: list[Mention], facts: list[Fact]) -> None:
    """A zone named after a town lies in it (大湾镇 … 大湾智能制造产业园 → 大湾镇)."""
    if not towns:
        return
    done: set[tuple[str, str]] = set()
    for m in ctx.mentions:
        if m.type != "Park" or m.is_reference:
            continue
        for t in towns:
            core = CUES.town_level_end.sub("", t.text)
            if t.level != "town" or len(core) < 2 or not m.text.startswith(core) or (m.text, t.text) in done:
                continue
            done.add((m.text, t.text))
            facts.append(_fact("locatedIn", m, t, ctx.doc.sentence_at(m.start), extractor="rule:located.town_in_name"))
            break


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: dict[tuple, Fact] = {}
    for f in facts:
        if f.obj is not None and f.subject is f.obj:
            continue
        key = (f.predicate, f.subject.start, f.subject.end, f.obj.start if f.obj else None,
               f.obj.end if f.obj else None, f.literal)
        if key in seen:
            if not seen[key].amount_text and f.amount_text:
                seen[key] = f
            continue
        seen[key] = f
    return list(seen.values())


#: the relation rules of this stage, each with a sentence it fires on: the id reaches the
#: fact's ``extractor`` (``rule:<id>``); tests/test_relations.py runs every example.
RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("part.place_chain", "川源科技有限公司总部设在四川省广元市青川县。"),
    Rule("located.name_prefix", "青川经济开发区今年新引进企业12家。"),
    Rule("invest.firm_before_project", "华禾新材料有限公司投资建设年产5万吨锂电池材料项目。"),
    Rule("invest.built_by", "年产5万吨锂电池材料项目由川源科技有限公司投资建设，总投资10亿元。"),
    Rule("invest.the_latter", "石溪工业园与川源科技有限公司签约，后者将投建年产5万吨锂电池材料项目。"),
    Rule("invest.referenced_project", "年产5万吨锂电池材料项目已完成备案，川源科技有限公司将出资2亿元参股该项目。"),
    Rule("sign.counted_partners", "华禾新材料有限公司、川源科技有限公司计划在园区布局新能源项目。石溪工业园管委会分别与两家企业签订了投资协议。"),
    Rule("sign.pairs", "石溪工业园与川源科技有限公司签订投资协议。"),
    Rule("sign.sides_with_firms", "石溪工业园此次签约华禾新材料有限公司、川源科技有限公司等5家企业。"),
    Rule("located.signing_side", "石溪工业园管委会与川源科技有限公司签订年产5万吨锂电池材料项目投资协议。"),
    Rule("invest.sole_signer", "青川县招商引资推介会上，川源科技有限公司签约年产3万吨正极材料前驱体项目。"),
    Rule("issued.issuer_before_verb", "工业和信息化部印发《关于加快化工园区转型升级的指导意见》。"),
    Rule("issued.n_departments", "工业和信息化部等四部门《关于推动化工园区高质量发展的实施意见》明确，到2027年培育一批示范园区。"),
    Rule("issued.issuer_after_policy", "《关于支持开发区高质量发展的若干措施》由国家发展改革委联合财政部印发。"),
    Rule("issued.issuer_before_title", "按照财政部、国家税务总局《关于青川综合保税区税收政策的通知》，企业享受优惠。"),
    Rule("issued.issuer_bracket_after_title", "《青川县招商引资优惠政策实施办法》（青川县人民政府2024年印发）明确了奖励标准。"),
    Rule("located.weiyu", "川源科技有限公司位于石溪工业园。"),
    Rule("located.suozai", "华禾新材料有限公司所在的石溪工业园近日扩区。"),
    Rule("located.entered", "川源科技有限公司已入驻石溪工业园。"),
    Rule("located.brought_in_de", "石溪工业园新引进的川源科技有限公司今年投产。"),
    Rule("located.zone_starts_projects", "青川县集中开工了年产5万吨锂电池隔膜项目、年产2万吨电解液项目等项目。"),
    Rule("located.zone_is_firms_base", "石溪化学工业园是川源化工股份有限公司的主要生产基地。"),
    Rule("invest.implementing_body", "年产6万吨硫酸镍项目的实施主体为贵州青禾资源有限公司，项目总投资12亿元。"),
    Rule("designated.as_one_of", "作为全国首批跨境电商综合试验区之一，青川综合保税区今年新增企业1200家。"),
    Rule("designated.passed_recognition", "青川经济开发区已于2022年通过四川省化工园区认定。"),
    Rule("designated.approved_as", "经评审，同意华禾经济技术开发区、川源高新技术产业开发区为省级生态工业园区。"),
    Rule("located.sited_at", "华禾科技有限公司投资建设年产5万吨锂电池材料项目，项目选址石溪工业园。"),
    Rule("located.project_starts_at", "年产5万吨锂电池材料项目近日在石溪工业园正式开工。"),
    Rule("located.acting_through_project", "石桥镇以温泉康养小镇项目整合文旅资源。"),
    Rule("located.zai_built", "川源科技有限公司在石溪工业园投资建设的年产5万吨锂电池材料项目进展顺利。"),
    Rule("located.address", "招标人：青禾开发建设有限公司，地址：钦州市白鹭产业园区中马大街1号，联系人：王先生。"),
    Rule("located.division_de", "四川省广元市青川县的川源科技有限公司加快扩产。"),
    Rule("located.written_before", "四川省广元市川源集团年产5万吨锂电池材料项目开工。"),
    Rule("designated.after_verb", "川源科技有限公司入选2023年度国家级绿色工厂名单。"),
    Rule("located.town_in_name", "青湖镇位于县城东部。青湖远帆工业园今年新签约项目5个。"),
    Rule("located.parent_in_name", "青川经济开发区今年新增企业30家。青川经济开发区综合保税区今年封关运行。"),
    Rule("designated.on_list", "在2023年度国家级绿色工厂名单中，川源科技有限公司入选。"),
    Rule("designated.list_heading", "（一）综合排名前三的开发区：青川经济开发区、华禾经济技术开发区、川源高新技术产业开发区。"),
    Rule("designated.counted_members", "第二批“五好”园区共3家，分别是：青川经济开发区、华禾经济技术开发区、川源高新技术产业开发区。"),
    Rule("designated.entrants_listed", "全省共有3家园区入选国家级绿色工业园区。入选的园区包括青川经济开发区和华禾经济技术开发区。"),
    Rule("designated.as_title", "青川经济开发区作为全国首批碳达峰试点园区，加快绿色转型。"),
    Rule("designated.evaluation_grade", "青川综合保税区在海关总署组织的全国综合保税区发展绩效评估中被评为A类。"),
    Rule("designated.by_grant", "省政府决定，授予川源科技有限公司“省级专精特新企业”称号。"),
    Rule("invest.project_then_firm", "年产5万吨电池材料项目\t青禾新能源科技有限公司\t青川经济开发区\t12亿元\n"),
    Rule("designated.copula", "青川经济开发区也是全国首批国家级经济技术开发区之一。"),
    Rule("designated.title_before_name", "国家高新技术企业川源科技有限公司今年营收增长两成。"),
    Rule("invest.quoted_speaker", "“我们今年投资3.2亿元建设的年产5万吨锂电池材料项目即将投产。”川源科技有限公司总经理说。"),
    Rule("located.zone_copula", "石溪工业园是广元市重点打造的锂电材料产业基地。"),
    Rule("context.brought_in", "青川经济开发区先后引进华禾电子有限公司、川源精密有限公司等配套企业40余家。"),
    Rule("context.zone_then_comma", "青川经济开发区内，华禾电子有限公司新建的智能制造中心已投产。"),
    Rule("context.zone_de_firms", "青川高新区的华禾电子有限公司、川源精密有限公司被认定为省级专精特新企业。"),
    Rule("context.zone_inside_de", "青川经济开发区是省级开发区。园区内新落户的华禾新材料有限公司已投产。"),
    Rule("context.also_in_zone", "青川经济开发区今年扩产企业12家。同样在园区扩产的还有华禾电子有限公司。"),
    Rule("context.passage_park", "青川经济开发区今年开工项目12个。年产5万吨电池材料项目总投资8亿元。"),
    Rule("context.subzone", "青川高新区的石溪川源产业园今年开园。"),
)}
