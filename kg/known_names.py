"""What one page teaches, the others use: firms' legal names a build found, recognised by their short forms.

A page that names a firm in full and then by a short form (宁德时代新能源科技股份有限公司 …
宁德时代) teaches the build both; another page that writes only 宁德时代 then names the same
firm (rule ``company.known_name``), and its node takes the legal name, so the pages' nodes are
one. Within one page the recogniser already does this (``company.alias``); this module
carries it across the pages of a build (``kg.build`` runs the second pass).

Why the graph is the same whatever the order of the pages: what a page teaches is read from
the page processed with an empty lexicon (stage ``teach``), so it depends on its own text only;
the build's lexicon is a function of the set of its pages' teachings; and a page's graph is a
function of its text and the part of the lexicon its text holds (:func:`needed`).

Why only legal names, and only the short forms a writer was seen to use: a name with its
registered form (有限公司, 股份有限公司…) is the recogniser's surest kind; every cut the name
allows would be too many (赣州国际陆港集团有限公司 does not make every 赣州国际陆港 a firm). A
form two legal names share names neither and is left out, and so is a name with no brand beyond
its seat and trade (陕西电子信息集团有限公司 → 电子信息).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from kg.document import Document
from kg.extract.spans import FormIndex
from kg.knowledge.lexicons import REGISTERED_FORMS

#: the recogniser rule whose names a page teaches
TEACHING_RULE = "company.legal_name"
#: a short form must be at least this long to be looked for on other pages (two-character
#: forms — 华为, 比亚 — are too often a word, or part of one, away from their full name)
MIN_FORM_CHARS = 3
#: a form the segmenter's dictionary holds this often is an ordinary word or a famous name
#: (北部湾 99, 阿里巴巴 82, 招商局 113), not a brand to look for on other pages
DICTIONARY_WORD_FREQ = 50
#: separates the legal name and its forms in a ``kg:teachesName`` literal (no page text holds one:
#: cleaning turns tabs into spaces inside names)
SEP = "\t"

#: the lexicon every stored page was last processed with, beside the store's data (a build that
#: was interrupted before its second pass finished leaves the older one: the next build catches up)
APPLIED_FILE = "parkkg-known-names.json"

#: what a page teaches: legal name → the short forms the page wrote for it
Teaching = dict[str, list[str]]


def teach(doc: Document) -> Document:
    """Stage ``teach``: fill ``doc.teaches`` with the legal names the page teaches (see :func:`taught_names`).

    A page processed with a lexicon (``doc.known_firms``, the build's second pass) keeps the
    teaching its first pass found, which the build hands back: it must not depend on the lexicon."""
    if not doc.known_firms:
        doc.teaches = taught_names(doc)
    return doc


def taught_names(doc: Document) -> Teaching:
    """The legal names ``doc`` teaches, each with the short forms the page itself used for it.

    A legal name is one the legal-name rule found, with a registered form, that the page keeps
    (the entity filter did not drop it) and that holds a brand beyond its seat and trade. Its
    forms are the other names of its entity the page wrote (湖南辣妹子食品有限公司 … 辣妹子)."""
    from kg.extract.recognition import has_brand

    def teachable(form: str, name: str) -> bool:
        return (len(form) >= MIN_FORM_CHARS and has_brand(form) and not form.endswith(REGISTERED_FORMS)
                and SEP not in form and not _group_brand_of_a_branch(form, name) and not _dictionary_word(form))

    legal = {m.text for m in doc.mentions
             if m.type == "Company" and m.rule == TEACHING_RULE and not m.is_reference
             and m.text.endswith(REGISTERED_FORMS) and has_brand(m.text) and SEP not in m.text}
    written = {m.text for m in doc.mentions if m.type == "Company" and not m.is_reference}
    out: Teaching = {}
    for e in doc.entities.values():
        names = {e.name, *e.aliases}
        for name in sorted(names & legal):
            out[name] = sorted(f for f in names & written - {name} if teachable(f, name))
    return dict(sorted(out.items()))


def _group_brand_of_a_branch(form: str, name: str) -> bool:
    """特斯拉 of 特斯拉（上海）有限公司, 英特尔 of 英特尔半导体（大连）有限公司, 哈电集团 of 哈电集团哈尔滨
    电机厂有限责任公司: a firm with a bracketed seat, or named after its group, is the group's local
    company; on another page the brand before the bracket, or the group's name, names the group."""
    bracket = min((k for k in (name.find("（"), name.find("(")) if k > 0), default=-1)
    if bracket > 0 and name[:bracket].startswith(form):
        return True
    rest = name[len(form):] if name.startswith(form) else ""
    return form.endswith("集团") and bool(rest) and rest not in REGISTERED_FORMS


def _dictionary_word(form: str) -> bool:
    """北部湾, 招商局, 中国移动: a form the dictionary knows as a word of its own means that word as
    often as the firm on a page that does not name the firm in full."""
    from kg.knowledge.lexicons import word_table

    hit = word_table().get(form)
    return bool(hit) and hit[0] >= DICTIONARY_WORD_FREQ


def encode(name: str, forms: Iterable[str]) -> str:
    """One ``kg:teachesName`` literal: the legal name, then its forms, tab-separated."""
    return SEP.join([name, *forms])


def decode(literal: str) -> tuple[str, list[str]]:
    """A ``kg:teachesName`` literal back to (legal name, forms)."""
    name, *forms = literal.split(SEP)
    return name, forms


def lexicon(teachings: Iterable[Mapping[str, list[str]]]) -> dict[str, str]:
    """Form (a legal name, or a short form a page used for it) → legal name, over pages' teachings.

    A form two legal names share is dropped: it names neither. Deterministic: the result
    depends on the set of teachings only, not their order."""
    owners: dict[str, set[str]] = defaultdict(set)
    for page in teachings:
        for name, forms in page.items():
            owners[name].add(name)
            for form in forms:
                owners[form].add(name)
    return {form: min(legal) for form, legal in sorted(owners.items()) if len(legal) == 1}


def changed_forms(after: Mapping[str, str], before: Mapping[str, str]) -> set[str]:
    """Forms a build added to the lexicon, took out of it, or gave another legal name."""
    return {f for f in after.keys() | before.keys() if after.get(f) != before.get(f)}


def holds_any(text: str, forms: FormIndex) -> bool:
    """Does ``text`` hold one of the indexed forms? (an old page the build must look at again)"""
    return any(forms.at(text, k) for k in forms.starts(text))


def needed(text: str, known: Mapping[str, str], own: Iterable[str] = (), index: FormIndex | None = None) -> dict[str, str]:
    """The part of the lexicon a page's graph depends on: the forms its text holds, except
    those of the legal names the page teaches itself (its own recogniser finds those).
    ``index`` is ``known``'s :class:`FormIndex`, built once by a caller that asks for many pages."""
    if not known or not text:
        return {}
    own_names = set(own)
    hits = (index or FormIndex(known)).found(text)
    return {f: known[f] for f in sorted(hits) if known[f] not in own_names}


def load_applied(folder: str | Path | None) -> dict[str, str] | None:
    """The lexicon the store in ``folder`` was last brought in step with (None: not recorded)."""
    if folder is None:
        return None
    try:
        data = json.loads((Path(folder) / APPLIED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None


def save_applied(folder: str | Path | None, known: Mapping[str, str]) -> None:
    """Record the lexicon the store's pages are now in step with (atomically: a temporary file, then a rename)."""
    if folder is None or not Path(folder).is_dir():
        return
    path = Path(folder) / APPLIED_FILE
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(dict(sorted(known.items())), ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, path)
