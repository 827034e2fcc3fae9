"""Named filters that veto proposed facts: a stage after every stage that proposes facts.

Reads ``doc.text`` and ``doc.facts``; writes ``doc.facts`` (drops the facts a
filter below vetoes) and ``doc.rejected`` (each dropped fact with the filter's id). Each filter has an id and an example of what it vetoes;
``kg extract --trace`` shows the facts that survive.

Why: some proposals are wrong for a reason the proposing rule cannot see
from where it stands — a place that says where a firm *comes from* is not the
party that signs with it, nor where it is (来自江苏常州的企业…签约).
"""

from __future__ import annotations

import re

from kg.document import Document, Fact, Mention
from kg.rules import Rule as Filter

#: words that make the place after them an origin: 来自江苏常州的…, 浙江籍客商
ORIGIN_BEFORE_RE = re.compile(r"(?:来自|源自|出身于?)$")
#: a place chain may run between 来自 and the place (来自江苏常州)
CHAIN_REACH = 10



FILTERS = {
    "filter.origin_place": Filter(
        "filter.origin_place", "来自江苏常州的远帆集团签约建设年产8万吨青禾铝箔项目。"),
}


def _is_origin(text: str, place: Mention, chain: dict[int, Mention]) -> bool:
    """Filter filter.origin_place: the place (or the chain it ends) follows 来自.

    ``chain`` maps an end offset to the (last listed) place ending there.
    """
    start = place.start
    while start in chain and place.start - chain[start].start <= CHAIN_REACH:
        start = chain[start].start
    return ORIGIN_BEFORE_RE.search(text, max(0, start - 3), start) is not None


def _chain(doc: Document) -> dict[int, Mention]:
    return {p.end: p for p in doc.mentions if p.type == "Place"}


def vetoed(doc: Document, f: Fact, chain: dict[int, Mention] | None = None) -> str | None:
    """The id of the filter that vetoes ``f``, or None (``chain``: the page's places by end, built once)."""
    text = doc.text or doc.raw
    chain = chain if chain is not None else _chain(doc)
    if f.predicate == "signsWith" and f.subject.type == "Place" and _is_origin(text, f.subject, chain):
        return "filter.origin_place"
    if f.predicate == "locatedIn" and f.obj is not None and f.obj.type == "Place" and _is_origin(text, f.obj, chain):
        return "filter.origin_place"
    return None


def apply_filters(doc: Document) -> Document:
    """The stage: drop vetoed facts."""
    chain = _chain(doc)
    kept = []
    for f in doc.facts:
        why = vetoed(doc, f, chain)
        if why is None:
            kept.append(f)
        else:
            doc.rejected.append((f, why))  # kg extract --trace shows them
    doc.facts = kept
    return doc
