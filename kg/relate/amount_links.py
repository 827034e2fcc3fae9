"""Amounts stated in the sentence after a project is named: a stage after ``tables``.

Reads ``doc.text``, ``doc.sentences`` and ``doc.facts``; writes ``amount_yuan``,
``amount_text`` and ``currency`` of ``investsIn`` facts that have none.

Why: pages name a firm's project in one sentence and give its size in the next
one, with no subject — "X公司Y产业化基地开工。总投资5亿元，建成后…". The
relation rules attach such an amount only after a reference word (该项目投资…);
here a body sentence that *opens* with an investment word and an amount gives
that amount to the one project of the sentence before it (rule
``amount.next_sentence``).
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.rules import Rule
from kg.text.amounts import find_amounts

#: an investment word opening a sentence, then the amount: 总投资5亿元 / 项目计划投资约3亿元
OPENS_WITH_AMOUNT_RE = re.compile(r"(?:项目|其中，?|该项目)?(?:总投资|计划投资|协议投资|投资总额|投资)(?:额)?(?:约|超|近|逾|达|为)?")

RULES = {
    "amount.next_sentence": Rule(
        "amount.next_sentence", "青禾制药股份有限公司高端制剂产业化基地开工。总投资5亿元，建成后年产值10亿元。"),
}


def link_amounts(doc: Document) -> Document:
    """The stage: a sentence that opens with an amount sizes the one project named just before it."""
    if not doc.sentences:
        return doc
    text = doc.text or doc.raw
    body = [s for s in doc.sentences if s.kind == "body"]
    units = [(prev.start, prev.end, sent.start, sent.end) for prev, sent in zip(body, body[1:], strict=False)]
    for p_start, p_end, s_start, s_end in units:
        m = OPENS_WITH_AMOUNT_RE.match(text, s_start, s_end)
        if m is None:
            continue
        found = find_amounts(text[m.end(): min(s_end, m.end() + 16)])
        if not found or found[0][0] != 0:
            continue
        facts = [f for f in doc.facts if f.predicate == "investsIn" and p_start <= f.obj.start < p_end]
        if len({id(f.obj) for f in facts}) != 1:
            continue
        amount = found[0][2]
        for f in facts:
            if f.amount_yuan is None and f.amount_text is None:
                f.take_amount(amount)
                f.extractor = f"{f.extractor}+amount.next_sentence"
    return doc
