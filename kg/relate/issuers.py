"""Issuers named inside a document's own title: a stage after ``amount_links``.

Reads ``doc.text``, ``doc.sentences`` and ``doc.mentions``; writes ``doc.mentions``
(adds the issuing ``Agency`` mentions, and a ``Policy`` mention for a notice's
title line) and ``doc.facts`` (``issuedBy``, extractor ``rule:<id>``).

Why: Chinese official documents carry their issuers in their title —
《国家发展改革委工业和信息化部国家能源局关于开展零碳园区建设的通知》, or the
headline of a notice printed in full, 工业和信息化部办公厅关于公布…名单的通知. When
the page names the issuers nowhere else, the sentence rules have no subject to
attach; here the run of agency names before 关于 is split into its agencies
(rule ``issuer.in_title``), and a title line of that shape is itself a policy
(rule ``issuer.title_line``); a notice that transmits a document (X关于印发《Y》的通知) makes
its issuers Y's (rule ``issuer.transmitting_notice``), and so does the agency that signs a notice
handing Y on (现将《Y》印发给你们, rule ``issuer.signed_notice``).
"""

from __future__ import annotations

import bisect
import re

from kg.document import Document, Fact, Mention
from kg.extract.spans import line_spans
from kg.knowledge import lexicons as lx
from kg.rules import Rule

#: the title's tail: 关于…的 + a kind of official document
TITLE_LINE_RE = re.compile(
    r"关于[^。；\n]{2,80}?的(?:通知|意见|批复|决定|公告|通告|函|复函|实施意见|指导意见)(?=$|[\n（(。；：]|各)"
)
#: a sub-unit written after a body's name (办公厅, 办公室, 外资司)
SUBUNIT_RE = re.compile(r"办公厅|办公室|[\u4e00-\u9fff]{1,6}?(?<![公上官])司")
#: a place's own bodies (X省人民政府, X市工业和信息化局) — the place first, then one of these
PLACE_BODY_RE = re.compile(
    "(?:人民政府办公厅|人民政府办公室|人民政府|人大常委会|人民代表大会常务委员会|管理委员会|管委会|"
    + "|".join(sorted((w + s for w in lx.AGENCY_DEPT_WORDS for s in ("厅", "局", "委员会", "委")), key=len, reverse=True))
    + ")"
)



RULES = {
    "issuer.in_title": Rule("issuer.in_title", "园区对照《国家发展改革委工业和信息化部国家能源局关于开展零碳园区建设的通知》逐项落实。"),
    "issuer.title_line": Rule("issuer.title_line", "工业和信息化部办公厅关于公布2025年度绿色制造名单的通知\n各省、自治区工业和信息化主管部门：\n"),
    "issuer.transmitting_notice": Rule("issuer.transmitting_notice",
                                       "青川县人民政府办公室关于印发《青川县开发区高质量发展若干措施》的通知\n"),
    "issuer.signed_notice": Rule("issuer.signed_notice",
                                 "各乡镇人民政府：\n现将《青川县开发区高质量发展若干措施》印发给你们，请认真执行。\n"
                                 "青川县人民政府办公室\n2024年3月1日\n"),
}

#: a notice that transmits a document: its issuers, then 关于印发/转发/发布, then the document's 《title》
TRANSMITTING_RE = re.compile(r"关于(?:印发|转发|发布)$")
#: the notice's own words when it hands a document on: 现将《Y》印发给你们
HANDED_ON_RE = re.compile(r"(?:印发|转发|发)给你们")
#: a signature's date line (2023年3月17日)
SIGNATURE_DATE_RE = re.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
#: how many lines after 印发给你们 the signature may come
SIGNATURE_REACH = 4


def _national_names() -> list[str]:
    names = [n for full, alts in lx.NATIONAL_AGENCIES.items() for n in (full, *alts)]
    return sorted(set(names), key=len, reverse=True)


_NATIONAL_NAMES = _national_names()


def _agency_at(text: str, i: int, end: int) -> int | None:
    """End of the agency name that starts at ``i`` (a national body, with a sub-unit; or a place's body)."""
    for n in _NATIONAL_NAMES:
        if text.startswith(n, i) and i + len(n) <= end:
            j = i + len(n)
            sub = SUBUNIT_RE.match(text, j, end)
            return sub.end() if sub else j
    table = lx.place_table()
    for k in range(min(end, i + 12), i + 1, -1):
        if text[i:k] in table:
            body = PLACE_BODY_RE.match(text, k, end)
            if body:
                return body.end()
    return None


def split_issuers(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The agencies that exactly fill ``text[start:end]`` (A、B、C or ABC), or None if something else is there."""
    out, i = [], start
    while i < end:
        if text[i] in "、，和及与 ":
            i += 1
            continue
        j = _agency_at(text, i, end)
        if j is None:
            return None
        out.append((i, j))
        i = j
    return out or None


def _issued(doc: Document, policy: Mention, rule: str) -> tuple[list[Mention], list[Fact]]:
    text = doc.text or doc.raw
    k = text.find("关于", policy.start, policy.end)
    spans = split_issuers(text, policy.start, k) if k > policy.start else None
    return _issuers(doc, text, policy, spans or [], rule, policy.start, policy.end)


def _issuers(doc: Document, text: str, policy: Mention, spans: list[tuple[int, int]], rule: str,
             evidence_start: int, evidence_end: int) -> tuple[list[Mention], list[Fact]]:
    """The agencies at ``spans`` (the page's own mentions where it has them) and their issuedBy
    facts for ``policy``; the agency mentions the page lacked are returned to be added."""
    have = {(m.start, m.end): m for m in doc.mentions if m.type == "Agency"}
    agencies = [have.get((a, b)) or Mention(a, b, text[a:b], "Agency", source="lexicon", rule=rule) for a, b in spans]
    facts = [Fact(policy, "issuedBy", m, evidence_start=evidence_start, evidence_end=evidence_end,
                  extractor=f"rule:{rule}") for m in agencies]
    return [m for m in agencies if (m.start, m.end) not in have], facts


def _title_lines(doc: Document, text: str) -> list[Mention]:
    """Rule issuer.title_line: a headline that is a notice's title is a policy."""
    out = []
    for sent in doc.sentences:
        line = text[sent.start: sent.end].rstrip("。")
        m = TITLE_LINE_RE.search(line)
        if m is None or m.start() == 0:
            continue
        if split_issuers(text, sent.start, sent.start + m.start()) is None:
            continue
        end = sent.start + m.end()  # (an addressee line the layout glued on, 各市州人民政府：, is not the title)
        if any(x.start < end and sent.start < x.end and x.type in ("Policy",) for x in doc.mentions):
            continue
        out.append(Mention(sent.start, end, text[sent.start: end], "Policy", rule="issuer.title_line"))
    return out


def _transmitted(doc: Document, text: str, policy: Mention) -> tuple[list[Mention], list[Fact]]:
    """Rule issuer.transmitting_notice: "X人民政府办公厅关于印发《Y》的通知" — the notice's issuers,
    written from the start of its line up to 关于印发, issue the document it transmits."""
    tm = TRANSMITTING_RE.search(text, max(0, policy.start - 5), policy.start - 1)
    sent = doc.sentence_at(policy.start)
    if tm is None or sent is None or text[policy.start - 1] not in "《“" or tm.start() <= sent.start:
        return [], []
    spans = split_issuers(text, sent.start, tm.start())
    return _issuers(doc, text, policy, spans or [], "issuer.transmitting_notice", sent.start, policy.end + 1)


def _signed_notices(doc: Document, text: str) -> list[Fact]:
    """Rule issuer.signed_notice: "现将《Y》印发给你们" and the notice signed, a few lines below, by
    an agency on a line of its own above a date: the signer issues Y."""
    facts: list[Fact] = []
    for hm in HANDED_ON_RE.finditer(text):
        sent = doc.sentence_at(hm.start())
        if sent is None:
            continue
        handed = [m for m in doc.mentions if m.type == "Policy" and not m.is_reference
                  and sent.start <= m.start and m.end <= hm.start()]
        signer = _signature_after(doc, text, hm.end())
        if handed and signer is not None:
            facts.append(Fact(handed[-1], "issuedBy", signer, evidence_start=sent.start, evidence_end=sent.end,
                              extractor="rule:issuer.signed_notice"))
    return facts


def _signature_after(doc: Document, text: str, pos: int) -> Mention | None:
    """The agency that signs the notice: at the start of one of the next lines, and nothing after
    it but the date, on that line (the cleaner joins a line that ends without a full stop to the
    next) or the next."""
    lines = line_spans(text)
    k = bisect.bisect_right([a for a, _ in lines], pos)  # the first line after the one holding pos
    for i in range(k, min(k + SIGNATURE_REACH, len(lines))):
        a, b = lines[i]
        lead = a + len(text[a:b]) - len(text[a:b].lstrip())
        agency = next((m for m in doc.mentions if m.type == "Agency" and m.start == lead and m.end <= b), None)
        if agency is None:
            continue
        rest = text[agency.end: b]
        after = text[slice(*lines[i + 1])] if i + 1 < len(lines) else ""
        if SIGNATURE_DATE_RE.match(rest) or (not rest.strip() and SIGNATURE_DATE_RE.match(after)):
            return agency
    return None


def find_title_issuers(doc: Document) -> tuple[list[Mention], list[Fact]]:
    """New mentions and issuedBy facts for every policy whose title names its issuers."""
    text = doc.text or doc.raw
    titles = _title_lines(doc, text)
    mentions: list[Mention] = list(titles)
    facts: list[Fact] = []
    for p in [m for m in doc.mentions if m.type == "Policy" and not m.is_reference] + titles:
        new, fs = _issued(doc, p, "issuer.title_line" if p in titles else "issuer.in_title")
        if not fs and p not in titles:
            new, fs = _transmitted(doc, text, p)
        mentions += new
        facts += fs
    facts += _signed_notices(doc, text) if "给你们" in text else []
    return mentions, facts


def read_title_issuers(doc: Document) -> Document:
    """The stage: add the title's issuers (facts other stages already state are merged later)."""
    mentions, facts = find_title_issuers(doc)
    if mentions:
        doc.mentions = sorted(doc.mentions + mentions, key=lambda m: (m.start, -m.end))
    doc.facts += facts
    return doc
