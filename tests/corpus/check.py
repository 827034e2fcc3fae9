"""Check a writer's pages and gold against the gold README's rules.

Usage: ``python3 -m tests.corpus.check tests/data/corpus/<writer> [...]``
(from the repository root). Prints one line per problem and exits 1 if any.

What is checked, per page: the source parses; its clean text is 300-6,000
characters and encodable as GB18030; the gold file exists and names the page;
ids are unique; every entity type, place level and relation is one of the
README's; every name and alias occurs in the clean text after whitespace and
quote marks are removed (a Place or Park whose full form is absent passes when
an alias occurs: the README's full/short pair); every evidence snippet occurs
verbatim; every triple's subject and object have the types its relation takes;
designatedAs has an ``o_literal`` and no ``o``; amounts are integers (yuan);
no triple is given twice.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from tests.corpus.source import read_source

ENTITY_TYPES = {"Park", "Company", "Agency", "Policy", "Project", "Place"}
LEVELS = {"province", "city", "county", "district", "town", "village"}
RELATION_TYPES: dict[str, tuple[set[str], set[str]]] = {
    "investsIn": ({"Company"}, {"Project"}),
    "locatedIn": ({"Park", "Project", "Company"}, {"Park", "Place"}),
    "partOf": ({"Place"}, {"Place"}),
    "issuedBy": ({"Policy"}, {"Agency", "Place"}),
    "signsWith": ({"Park", "Agency", "Place"}, {"Company"}),
    "designatedAs": ({"Park", "Company", "Project"}, set()),
}
LENGTH = (300, 6000)
_SQUEEZE = re.compile(r"[\s《》“”「」\"]")


def squeeze(text: str) -> str:
    """The text with whitespace and quote marks removed, as names are compared."""
    return _SQUEEZE.sub("", text)


# -- shared with the held-out generators (tests/data/heldout*/make_heldout*.py) --

_WHITESPACE = re.compile(r"\s+")
_BARE = re.compile(r"[\s《》“”「」]+")


def squash(text: str) -> str:
    """The text with whitespace removed (how the held-out generators compare evidence)."""
    return _WHITESPACE.sub("", text)


def bare(text: str) -> str:
    """Whitespace and the Chinese quote marks removed (:func:`squeeze` without the ASCII ``"``)."""
    return _BARE.sub("", text)


def forms_not_in(entity: dict, flat: str, norm=squash) -> list[str]:
    """The entity's forms (name, then aliases) that ``norm`` does not find in ``flat`` (the
    page, already normalised by ``norm``)."""
    return [f for f in [entity["name"], *entity.get("aliases", [])] if norm(f) not in flat]


def missing_forms(entity: dict, flat: str, norm=squeeze) -> tuple[list[str], bool]:
    """The entity's aliases that ``norm`` does not find in ``flat``, and whether its name is
    missing under the README's full/short pair: a Place or Park whose name is absent passes
    when one of its aliases occurs."""
    aliases = entity.get("aliases", [])
    absent = [a for a in aliases if norm(a) not in flat]
    pair = entity.get("type") in ("Place", "Park") and len(absent) < len(aliases)
    return absent, norm(entity.get("name", "")) not in flat and not pair


def check_entities(pid: str, flat: str, entities: list[dict]) -> tuple[list[str], dict[str, str]]:
    errors: list[str] = []
    types: dict[str, str] = {}
    for e in entities:
        eid = e.get("id")
        if eid in types:
            errors.append(f"{pid}: duplicate id {eid}")
        types[eid] = e.get("type")
        if e.get("type") not in ENTITY_TYPES:
            errors.append(f"{pid}: {eid}: unknown type {e.get('type')}")
        if "level" in e and e["level"] not in LEVELS:
            errors.append(f"{pid}: {eid}: unknown level {e['level']}")
        if not isinstance(e.get("optional", False), bool):
            errors.append(f"{pid}: {eid}: optional must be true/false")
        absent, name_missing = missing_forms(e, flat)
        errors += [f"{pid}: alias {a!r} of {eid} not in the text" for a in absent]
        name = e.get("name", "")
        if not name or name_missing:
            errors.append(f"{pid}: name {name!r} of {eid} not in the text")
    return errors, types


def check_triples(pid: str, flat: str, triples: list[dict], types: dict[str, str]) -> list[str]:
    errors: list[str] = []
    seen: set[tuple] = set()
    for t in triples:
        p = t.get("p")
        key = (t.get("s"), p, t.get("o", t.get("o_literal")))
        if key in seen:
            errors.append(f"{pid}: triple given twice {key}")
        seen.add(key)
        if p not in RELATION_TYPES:
            errors.append(f"{pid}: unknown relation {p}")
            continue
        if squeeze(t.get("evidence", "")) not in flat or not t.get("evidence"):
            errors.append(f"{pid}: evidence not in the text: {t.get('evidence')!r}")
        subj, obj = RELATION_TYPES[p]
        if types.get(t.get("s")) not in subj:
            errors.append(f"{pid}: {p} cannot have subject {t.get('s')} ({types.get(t.get('s'))})")
        if p == "designatedAs":
            if "o" in t or not t.get("o_literal"):
                errors.append(f"{pid}: designatedAs takes o_literal and no o: {key}")
        elif types.get(t.get("o")) not in obj:
            errors.append(f"{pid}: {p} cannot have object {t.get('o')} ({types.get(t.get('o'))})")
        if "amount_yuan" in t and not isinstance(t["amount_yuan"], int):
            errors.append(f"{pid}: amount_yuan must be an integer (yuan): {key}")
        if "amount_yuan" in t and p != "investsIn":
            errors.append(f"{pid}: amount_yuan only on investsIn: {key}")
    return errors


def check_page(src_path: Path, gold_path: Path) -> list[str]:
    pid = src_path.stem
    try:
        source = read_source(src_path)
    except (ValueError, UnicodeDecodeError) as exc:
        return [f"{pid}: source does not parse: {exc}"]
    text = source.clean_text()
    errors = []
    if not LENGTH[0] <= len(text) <= LENGTH[1]:
        errors.append(f"{pid}: clean text is {len(text)} characters, outside {LENGTH}")
    try:
        text.encode("gb18030")
    except UnicodeEncodeError as exc:
        errors.append(f"{pid}: not encodable as GB18030: {exc}")
    if not source.genre:
        errors.append(f"{pid}: no @genre line")
    if not gold_path.exists():
        return [*errors, f"{pid}: no gold file {gold_path}"]
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [*errors, f"{pid}: gold is not JSON: {exc}"]
    if gold.get("doc") != f"{pid}.txt":
        errors.append(f"{pid}: gold 'doc' must be {pid}.txt")
    flat = squeeze(text)
    ent_errors, types = check_entities(pid, flat, gold.get("entities", []))
    return errors + ent_errors + check_triples(pid, flat, gold.get("triples", []), types)


def check_writer(folder: Path) -> list[str]:
    sources = sorted((folder / "src").glob("*.txt"))
    if not sources:
        return [f"{folder}: no src/*.txt"]
    errors: list[str] = []
    for src in sources:
        errors.extend(check_page(src, folder / "gold" / f"{src.stem}.json"))
    for gold in sorted((folder / "gold").glob("*.json")):
        if not (folder / "src" / f"{gold.stem}.txt").exists():
            errors.append(f"{gold.stem}: gold without a source")
    return errors


def main(argv: list[str]) -> int:
    errors: list[str] = []
    for arg in argv:
        errors.extend(check_writer(Path(arg)))
    for err in errors:
        print(err)
    n = sum(len(list((Path(a) / "src").glob("*.txt"))) for a in argv)
    print(f"{n} pages checked, {len(errors)} problems", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
