"""Signings whose signer is a generic word: a stage after ``residents``.

Reads ``doc.text`` and ``doc.mentions``; writes ``doc.facts`` (``signsWith``
facts with ``extractor`` ``rule:sign.generic_signer``).

Why: a page names its government or zone once and then writes 县政府 / 市政府 /
开发区 / 新区管委会 for it — "县政府与A、B、C等5家企业签订合作协议". The relation
rules link a signing to a *named* signer; here the generic word is taken back
to the last named agency or zone of its kind before it, and every firm of the
enumeration after 与 signs with it.
"""

from __future__ import annotations

import re

from kg.document import Document, Fact, Mention
from kg.residents import Index, firm_run
from kg.rules import Rule
from kg.spans import SpanIndex

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

RULES = {"sign.generic_signer": Rule(
    "sign.generic_signer", "克东县人民政府召开招商会。县政府与青禾粮油有限公司、远帆农场有限公司等5家企业签订合作协议。")}


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


def sign_generic(doc: Document) -> Document:
    """The stage: add the signings of generic signers that no other stage stated."""
    have = {(id(f.subject), id(f.obj)) for f in doc.facts if f.predicate == "signsWith"}
    doc.facts += [f for f in find_generic_signings(doc) if (id(f.subject), id(f.obj)) not in have]
    return doc
