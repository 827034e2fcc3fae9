"""One annotation policy applied to every writer's gold, where the writers' habits differed.

Usage (from the repository root): ``python3 -m tests.corpus.normalise [--check]``

The gold README's Place is an administrative place of China (province, city,
county/district, town, village). Writers differed on places outside it:
foreign countries and regions (美国, 中东地区, 河静省 of Vietnam) and broad
regions (成渝地区). Such a Place — one whose name is in no level of the
division table and that is not a town, village or street by its suffix — is
made ``optional``, and so is every triple that touches it: neither right nor
wrong for an extractor. ``--check`` exits 1 when a file would change (the
test suite runs it, so later pages follow the same policy).
"""

from __future__ import annotations

import json
import sys

from tests.corpus.render import CORPUS

LOCAL_SUFFIXES = ("镇", "乡", "村", "街道", "社区", "嘎查", "苏木")


def _outside_china(entity: dict) -> bool:
    from kg.knowledge import places  # the division table the package ships (cpca)

    # in the table under any level, or opening with a division (深圳市宝安区, 喀什地区): China

    if entity["type"] != "Place" or entity.get("level") in ("town", "village"):
        return False
    names = [entity["name"], *entity.get("aliases", [])]
    if any(n.endswith(LOCAL_SUFFIXES) for n in names):
        return False
    return not any(places.candidates(n) or any(places.candidates(n[:k]) for k in (2, 3)) for n in names)


def normalise(gold: dict) -> dict:
    """The gold with places outside the division table (and their triples) optional."""
    outside = {e["id"] for e in gold["entities"] if _outside_china(e)}
    for e in gold["entities"]:
        if e["id"] in outside:
            e["optional"] = True
    for t in gold["triples"]:
        if t["s"] in outside or t.get("o") in outside:
            t["optional"] = True
    return gold


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    for path in sorted(CORPUS.glob("*/gold*/*.json")):
        before = path.read_text(encoding="utf-8")
        after = json.dumps(normalise(json.loads(before)), ensure_ascii=False, indent=1) + "\n"
        if json.loads(after) != json.loads(before):
            changed.append(path)
            if not check:
                path.write_text(after, encoding="utf-8")
    for p in changed:
        print(f"{'would change' if check else 'changed'}: {p.relative_to(CORPUS)}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
