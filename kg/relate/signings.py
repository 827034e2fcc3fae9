"""Signings whose signer is a generic word: a stage after ``residents``.

Reads ``doc.text``, ``doc.mentions`` and the ``investsIn`` facts; writes ``doc.facts``
(``signsWith`` facts with ``extractor`` ``rule:sign.<id>`` of a rule below).

Why: a page names its government or zone once and then writes 县政府 / 市政府 /
开发区 / 新区管委会 for it — "县政府与A、B、C等5家企业签订合作协议". The relation
rules link a signing to a *named* signer; here the generic word is taken back
to the last named agency or zone of its kind before it, and every firm of the
enumeration after 与 signs with it.

A batch signing counts its parties instead ("S与17个项目的投资方现场签约") and names them
after: in a list (签约企业包括：A、B…) or as the investors of the projects it goes on to
describe; S signs with each of them (rule ``sign.batch_investors``). Told from the projects'
side ("5个项目均与S签订了投资协议"), the parties are the investors named before (rule
``sign.batch_signer_after``).
"""

from __future__ import annotations

import bisect
import re

from kg.document import Document, Fact, Mention
from kg.extract.spans import SpanIndex
from kg.relate.residents import Index, firm_run
from kg.rules import Rule
from kg.text.amounts import CN_NUMERALS

#: generic signers: a government of a level, or a zone (with its committee)
GENERIC_SIGNER_RE = re.compile(
    r"(?P<gov>[省市县区州旗](?:人民)?政府)|(?P<zone>(?:园区|开发区|新区|高新区|经开区|片区|科技城|综保区|合作区)(?:管委会)?)"
)
#: between the signer and 与: adverbs of time and manner
ADVERBS_RE = re.compile(r"(?:先后|还|也|分别|正式|当天|现场|又|已|此前|今年|近日)*与")
#: the verb that closes the clause: a signing
SIGN_VERB_RE = re.compile(r"[^，。；]{0,20}?(?:签订|签署|签约|达成|共建)")
#: the names a zone word stands for (开发区 for …经济技术开发区 too)
ZONE_WORD_FORMS = {
    "开发区": ("开发区", "经开区", "高新区"), "经开区": ("经济技术开发区", "经济开发区", "经开区"),
    "高新区": ("高新技术产业开发区", "高新区"), "园区": ("园区", "产业园", "工业园", "开发区", "高新区", "经开区"),
}
#: how far back the named signer may stand
REACH = 1500

#: a count written in digits or in Chinese numerals (12, 十二, 两)
_COUNT = rf"(?:\d+|[{CN_NUMERALS}]+)"
#: a batch signing that counts its parties instead of naming them: 与12家企业签约, 与17个项目的投资方现场签约
BATCH_SIGN_RE = re.compile(
    rf"与{_COUNT}(?:家|个|批)[^，。；与]{{0,12}}?(?:企业|项目|单位|投资方|客商)[^，。；]{{0,10}}?"
    r"(?:签约|签订|签署)"
)
#: a batch signing told from the projects' side: "5个项目均与<signer>签订了投资协议" (the parties named before)
BATCH_WITH_SIGNER_AFTER_RE = re.compile(
    rf"{_COUNT}(?:个|家|批)(?:项目|企业)(?:均|都|全部|分别|已)*与(?=[^，。；]{{2,40}}?签(?:订|约|署))"
)
#: the sentence that lists a batch signing's parties: 签约企业包括：A、B…, 部分签约项目情况如下：…
PARTY_LIST_RE = re.compile(r"(?:签约(?:企业|项目|单位|客商)|签约的(?:企业|项目))[^。：:]{0,8}?(?:包括|有|为|如下)[：:]?")
#: how far after the count its parties may be named (characters; an article break ends them sooner)
BATCH_REACH = 1200

RULES = {
    "sign.generic_signer": Rule(
        "sign.generic_signer", "克东县人民政府召开招商会。县政府与青禾粮油有限公司、远帆农场有限公司等5家企业签订合作协议。"),
    "sign.batch_signer_after": Rule(
        "sign.batch_signer_after",
        "白鹭经济开发区举行重点项目签约仪式。青禾新能源科技有限公司拟投资9亿元建设年产5万吨电池材料项目。"
        "3个项目均与白鹭经济开发区管委会签订了投资协议。"),
    "sign.batch_investors": Rule(
        "sign.batch_investors",
        "白鹭经济开发区管委会与3家企业现场签约。其中，青禾新能源科技有限公司投资12亿元建设年产5万吨电池材料项目，"
        "远帆精密机械有限公司投资3亿元建设精密零部件项目。"),
}


def _antecedent(named: SpanIndex[Mention], m: re.Match[str]) -> Mention | None:
    """The last named agency (for X政府) or zone (for 开发区/新区…) before the generic word.

    ``named``: the page's agencies and parks, by position (only those ending within REACH
    before the word are looked at).
    """
    pos = m.start()
    near = named.ending_in(pos - REACH, pos)
    if m.group("gov"):
        level = m.group("gov")[0]
        cands = [x for x in near if x.type == "Agency"
                 and x.text.endswith(("政府",)) and level in x.text[:-2].rstrip("人民")[-1:]]
    else:
        word = m.group("zone").removesuffix("管委会")
        forms = ZONE_WORD_FORMS.get(word, (word,))
        if m.group("zone").endswith("管委会"):
            cands = [x for x in near if x.type == "Agency"
                     and x.text.endswith(("管委会", "管理委员会")) and any(f in x.text for f in forms)]
        else:
            cands = [x for x in near if x.type == "Park"
                     and x.text.endswith(forms)]
    return cands[-1] if cands else None


def find_generic_signings(doc: Document) -> list[Fact]:
    """Rule sign.generic_signer: 县政府与A、B等企业签订… → the county's government signs with A and B."""
    text = doc.text or doc.raw
    idx = Index(doc.mentions)
    named = SpanIndex(x for x in idx.ms if x.type in ("Agency", "Park"))
    out: list[Fact] = []
    for m in GENERIC_SIGNER_RE.finditer(text):
        if named.any_overlapping(m.start(), m.end()):
            continue  # part of a named agency or zone: the relation rules read it
        yu = ADVERBS_RE.match(text, m.end())
        first = idx.starting_at(yu.end(), ("Company",)) if yu else None
        if first is None:
            continue
        firms = firm_run(idx, text, first)
        if SIGN_VERB_RE.match(text, firms[-1].end) is None:
            continue
        signer = _antecedent(named, m)
        if signer is None:
            continue
        sent = doc.sentence_at(m.start()) if doc.sentences else None
        a, b = (sent.start, sent.end) if sent is not None else (m.start(), firms[-1].end)
        out += [Fact(signer, "signsWith", f, evidence_start=a, evidence_end=b, extractor="rule:sign.generic_signer")
                for f in firms]
    return out


def _batch_signers(doc: Document, idx: Index, start: int, pos: int) -> list[Mention]:
    """The named parties of a batch signing written before 与 in its clause (A人民政府、B管委会与…)."""
    text = doc.text or doc.raw
    lo = max([start] + [text.rfind(c, start, pos) + 1 for c in "，。；：\n"])
    return [x for x in idx.ending_in(lo, pos) if x.start >= lo
            and (x.type in ("Agency", "Park") or (x.type == "Place" and x.level in ("city", "county")))
            and not any(y is not x and y.type != "Place" and y.start <= x.start and x.end <= y.end
                        for y in idx.overlapping(x.start, x.end))]


class _Articles:
    """Where the articles of a page begin and end: its headlines and bylines, by position (read once)."""

    def __init__(self, doc: Document) -> None:
        heads = [s for s in doc.sentences if s.kind in ("headline", "byline")]
        self.starts = [s.start for s in heads]
        self.ends = sorted(s.end for s in heads)

    def end_after(self, pos: int, default: int) -> int:
        """The start of the first headline or byline after ``pos`` (the next article)."""
        k = bisect.bisect_right(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else default

    def start_before(self, pos: int, default: int) -> int:
        """The end of the last headline or byline that ends by ``pos`` (this article's text starts there)."""
        k = bisect.bisect_right(self.ends, pos)
        return max(default, self.ends[k - 1]) if k else default


def find_batch_signings(doc: Document) -> list[Fact]:
    """Rule sign.batch_investors: "S与12家企业签约。A投资…建设X项目，B…": S signs with each firm of the
    paragraph that invests in a project after the count (the parties the count stands for)."""
    text = doc.text or doc.raw
    idx = Index(doc.mentions)
    investors = {id(f.subject): f.subject for f in doc.facts if f.predicate == "investsIn"}
    articles = _Articles(doc)
    out: list[Fact] = []
    for m in BATCH_SIGN_RE.finditer(text):
        sent = doc.sentence_at(m.start()) if doc.sentences else None
        signers = _batch_signers(doc, idx, sent.start if sent is not None else 0, m.start())
        if not signers:
            continue
        nxt = BATCH_SIGN_RE.search(text, m.end())
        end = min(m.end() + BATCH_REACH, nxt.start() if nxt else len(text), articles.end_after(m.end(), len(text)))
        firms = {id(f): f for f in investors.values() if m.end() <= f.start < end and f.type == "Company"}
        for lm in PARTY_LIST_RE.finditer(text, m.end(), end):
            stop = text.find("。", lm.end(), end)
            firms.update((id(f), f) for f in idx.overlapping(lm.end(), stop if stop >= 0 else end)
                         if f.type == "Company" and f.start >= lm.end())
        for s in signers:
            out += [Fact(s, "signsWith", f, evidence_start=m.start(), evidence_end=end,
                         extractor="rule:sign.batch_investors") for f in firms.values()]
    return out


def find_batch_signings_signer_after(doc: Document) -> list[Fact]:
    """Rule sign.batch_signer_after: "…A投资9亿元建设X项目…。5个项目均与S签订了投资协议": S signs with
    each firm of the article before it that invests in a project (the parties the count stands for)."""
    text = doc.text or doc.raw
    idx = Index(doc.mentions)
    investors = [f.subject for f in doc.facts if f.predicate == "investsIn" and f.subject.type == "Company"]
    articles = _Articles(doc)
    out: list[Fact] = []
    for m in BATCH_WITH_SIGNER_AFTER_RE.finditer(text):
        signer = idx.starting_at(m.end(), ("Agency", "Park"))
        if signer is None:
            continue
        start = articles.start_before(m.start(), m.start() - BATCH_REACH)
        firms = {id(f): f for f in investors if start <= f.start < m.start()}
        out += [Fact(signer, "signsWith", f, evidence_start=m.start(), evidence_end=signer.end,
                     extractor="rule:sign.batch_signer_after") for f in firms.values()]
    return out


def sign_generic(doc: Document) -> Document:
    """The stage: add the signings of generic signers and batch signings that no other stage stated."""
    have = {(id(f.subject), id(f.obj)) for f in doc.facts if f.predicate == "signsWith"}
    for f in find_generic_signings(doc) + find_batch_signings(doc) + find_batch_signings_signer_after(doc):
        if (id(f.subject), id(f.obj)) not in have:
            have.add((id(f.subject), id(f.obj)))
            doc.facts.append(f)
    return doc
