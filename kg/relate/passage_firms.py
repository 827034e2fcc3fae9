"""Firms a passage about a zone names without saying where they are: the rule proposes, a model decides.

Stage ``passage_firms`` (after ``filters``, before ``rescore``). Reads ``doc.mentions``,
``doc.sentences`` and ``doc.facts``; adds ``locatedIn`` facts (``rule:context.passage_firm``)
from a company to the zone its passage is about, each with the model's confidence.

Why a learned decision here and not a rule: a firm a zone's passage names is as often
an investor from elsewhere, a partner or a customer as a resident. As a rule, "the firm
lies in the passage's zone" was right for 44 of 256 firms on the dev and train pages, so
the relation rules locate projects by passage and never firms. Yet firm → zone is the
largest class of missed locatedIn facts (519 of 2,224 on dev + train with both ends
found). Whether one holds depends on many weak signs seen together: the words of the
firm's clause (落户, 入驻, 园区, 引进 vs 来自, 总部, 客户, 签约), whether its own name
places it in the zone's city or another, how often the page names the zone, whether the
firm builds a project the page puts in that zone. A logistic regression over those
features (:func:`kg.learn.rescorer.fit`) weighs them; the model ships as
``kg/data/passage_firms.json`` and ``kg train`` rebuilds it from the corpus's train split.
Without a model file the stage adds nothing (the rules-only graph).
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.document import Document, Fact, Mention
from kg.learn.rescorer import Model, _bucket, shipped_model
from kg.relate.relations import _cities, _Ctx, _fact, _Passage, _sentence_in_region, _stated_elsewhere
from kg.rules import Rule

MODEL_FILE = "passage_firms.json"

RULES = {
    "context.passage_firm": Rule(
        "context.passage_firm",
        "青川经济开发区是省级开发区，以新材料为主导产业。华禾电子有限公司、川源精密有限公司等企业在区内集聚发展。"),
}

#: how far after the zone's name a firm may be and still be in its passage (characters)
WINDOW = 800
#: words of the firm's clause that say how the passage relates the firm to the zone
CLAUSE_CUES = ("落户", "入驻", "进驻", "园区", "区内", "开发区", "引进", "来自", "总部", "客户", "供应", "合作", "签约",
               "签订", "投资", "建设", "投产", "企业", "龙头", "依托", "集团", "旗下", "子公司", "等", "、", "聚集",
               "集聚", "如", "已", "新建", "扩建", "配套", "链主", "上市", "产值", "营收", "获评", "认定", "入选", "走进",
               "来到", "调研", "考察", "在", "与", "向", "为", "本地", "外地", "省外", "总部位于", "注册")
#: the characters that end a clause around the firm
_CLAUSE_END = re.compile(r"[，。；：！？\n]")


def candidates(doc: Document, ctx: _Ctx | None = None) -> list[tuple[Mention, Mention]]:
    """(firm, zone) pairs: a named firm no fact places yet, and each zone its passage is about."""
    ctx = ctx or _Ctx(doc)
    # a place in the firm's own name (江西X有限公司 → 江西) says nothing about the passage's zone
    located = {f.subject.text for f in doc.facts if f.predicate == "locatedIn" and f.subject.type == "Company"
               and f.extractor != "rule:located.name_prefix"}
    passage = _Passage(ctx)
    out: list[tuple[Mention, Mention]] = []
    seen: set[tuple[str, str]] = set()
    for m in ctx.mentions:
        if passage.read(m) or m.type != "Company" or m.is_reference or m.text in located:
            continue
        sent = doc.sentence_at(m.start)
        if sent is None or sent.kind not in ("body", "table"):
            continue
        if _stated_elsewhere(ctx, sent, m, (passage.last, passage.main)):
            continue  # X公司在白鹭工业园投资…: its own clause says where it acts
        for zone in {id(p): p for p in (passage.last, passage.main) if p is not None}.values():
            key = (m.text, zone.text)
            if m.start - zone.end > WINDOW or key in seen:
                continue
            seen.add(key)
            out.append((m, zone))
    return out


def features(doc: Document, firm: Mention, zone: Mention, page: _Page) -> list[str]:
    """The named, binary features of one (firm, zone) candidate."""
    text = doc.text or doc.raw
    sent = doc.sentence_at(firm.start)
    lo = max((x.end() for x in _CLAUSE_END.finditer(text, max(0, firm.start - 60), firm.start)), default=firm.start)
    hi_m = _CLAUSE_END.search(text, firm.end, firm.end + 60)
    clause = text[lo: firm.start] + "|" + text[firm.end: hi_m.start() if hi_m else firm.end + 60]
    out = [f"src={firm.source}", f"kind={sent.kind if sent else '-'}", f"dist={_bucket(firm.start - zone.end, (60, 200, 400))}",
           f"zone_seen={_bucket(page.zone_count.get(zone.text, 0), (1, 2, 4, 8))}",
           f"zones={_bucket(len(page.zone_count), (1, 2, 4))}", f"zone_first={page.first_zone == zone.text}",
           f"zone_ref={zone.is_reference}", f"len={_bucket(len(firm.text), (4, 6, 10, 14))}",
           f"legal={firm.text.endswith(('公司', '厂'))}"]
    out += [f"cue={c}" for c in CLAUSE_CUES if c in clause]
    out += [f"before={c}" for c in CLAUSE_CUES if c in text[lo: firm.start]]
    zone_cities = set().union(*(_cities(p.text) for p in page.ctx.inner_places(zone)))
    firm_cities = set().union(*(_cities(p.text) for p in page.ctx.inner_places(firm)))
    out.append("name_place=" + ("none" if not firm_cities else "unknown" if not zone_cities else
                                "same" if firm_cities & zone_cities else "other"))
    if sent is not None:
        out.append(f"sent_in_region={_sentence_in_region(page.ctx, sent, zone)}")
    out.append(f"builds_here={page.builds_in(firm.text, zone.text)}")
    out.append(f"builds_elsewhere={page.builds_elsewhere(firm.text, zone.text)}")
    out.append(f"signs={firm.text in page.signers}")
    zsent = doc.sentence_at(zone.start)
    out.append(f"same_sentence={zsent is sent}")
    out.append(f"same_line={chr(10) not in text[zone.end: firm.start]}")
    out.append(f"in_list={text[firm.start - 1: firm.start] == '、' or text[firm.end: firm.end + 1] in ('、', '等')}")
    near = text[max(lo, firm.start - 15): firm.start]
    out += [f"near={c}" for c in ("区内", "园区", "入驻", "落户", "聚集", "集聚", "包括", "龙头", "依托", "来自", "总部", "与")
            if c in near]
    return out


class _Page:
    """Per-page counts the features read: zones named, projects placed, signing parties."""

    def __init__(self, doc: Document, ctx: _Ctx | None = None) -> None:
        self.ctx = ctx or _Ctx(doc)
        self.zone_count: dict[str, int] = {}
        self.first_zone = ""
        for m in self.ctx.mentions:
            if m.type == "Park" and not m.is_reference and id(m) not in self.ctx.nested:
                self.zone_count[m.text] = self.zone_count.get(m.text, 0) + 1
                self.first_zone = self.first_zone or m.text
        where: dict[int, set[str]] = {}
        for f in doc.facts:
            if f.predicate == "locatedIn" and f.obj is not None:
                where.setdefault(id(f.subject), set()).add(f.obj.text)
        self.project_places: dict[str, set[str]] = {}
        for f in doc.facts:
            if f.predicate == "investsIn" and f.obj is not None:
                self.project_places.setdefault(f.subject.text, set()).update(where.get(id(f.obj), set()))
        self.signers = {f.obj.text for f in doc.facts if f.predicate == "signsWith" and f.obj is not None}

    def builds_in(self, firm: str, zone: str) -> bool:
        return zone in self.project_places.get(firm, set())

    def builds_elsewhere(self, firm: str, zone: str) -> bool:
        return bool(self.project_places.get(firm, set()) - {zone})


def proposals(doc: Document) -> list[tuple[Fact, list[str]]]:
    """Every candidate as a fact (not yet added) with its features."""
    page = _Page(doc)
    out = []
    for firm, zone in candidates(doc, page.ctx):
        f = _fact("locatedIn", firm, zone, doc.sentence_at(firm.start), extractor="rule:context.passage_firm")
        out.append((f, features(doc, firm, zone, page)))
    return out


def load_model(path: str | Path | None = None) -> Model | None:
    """The shipped model (or one from ``path``); None when there is none."""
    if path is None:
        return shipped_model(MODEL_FILE)
    return Model.from_json(Path(path).read_text(encoding="utf-8"))


def place_passage_firms(doc: Document, model: Model | None = None, keep_all: bool = False) -> Document:
    """The stage: add the candidates the model trusts (``keep_all``: every candidate, for training)."""
    model = model if model is not None else load_model()
    if model is None and not keep_all:
        return doc
    for f, feats in proposals(doc):
        if keep_all:
            doc.facts.append(f)
            continue
        assert model is not None
        f.confidence = model.confidence(feats)
        if f.confidence >= model.threshold:
            doc.facts.append(f)
    return doc

