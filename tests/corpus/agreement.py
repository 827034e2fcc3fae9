"""Agreement between two independent annotations of the same pages, as F1.

A second annotator annotates a sample of pages from their clean sources alone
(``tests/data/corpus/<set>/gold2/*.json``), without seeing the first gold. The
second annotation is then scored as if it were a system's output against the
first (and the first against the second), by the gold README's rules; the two
directions are averaged. Items either annotator marked ``optional`` are left
out of the predictions, so only what both call certain can disagree. That F1 is
the ceiling an extractor can be expected to reach on this corpus.

Usage: ``python3 -m tests.corpus.agreement`` (prints per set and overall).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

from kg.evaluation import GoldDoc, PredDoc, PredEntity, PredTriple, Report, parse_gold, score
from kg.scoreboard import merge
from tests.corpus.render import CORPUS
from tests.corpus.source import read_source


def as_prediction(gold_file: Path, text: str) -> PredDoc:
    """A gold file read as a system's output: its non-optional entities and triples."""
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    doc_id = Path(data["doc"]).stem
    ents = [PredEntity(e["id"], e["type"], e["name"], frozenset(e.get("aliases", ())))
            for e in data["entities"] if not e.get("optional")]
    kept = {e.key for e in ents}
    triples = [
        PredTriple(t["s"], t["p"], t.get("o"), t.get("o_literal"),
                   Decimal(t["amount_yuan"]) if "amount_yuan" in t else None)
        for t in data["triples"]
        if not t.get("optional") and t["s"] in kept and (t.get("o") is None or t["o"] in kept)
    ]
    return PredDoc(doc_id, ents, triples, text)


def pairs() -> list[tuple[str, Path, Path, Path]]:
    """(set, source, first gold, second gold) for every doubly annotated page."""
    out = []
    for second in sorted(CORPUS.glob("*/gold2/*.json")):
        folder = second.parent.parent
        out.append((folder.name, folder / "src" / f"{second.stem}.txt", folder / "gold" / second.name, second))
    return out


def agreement() -> dict[str, tuple[Report, Report]]:
    """Per set: (second scored against first, first scored against second)."""
    by_set: dict[str, list[tuple[Report, Report]]] = {}
    for set_name, src, first, second in pairs():
        text = read_source(src).clean_text()
        gold_a = load_gold_file(first)
        gold_b = load_gold_file(second)
        ab = score(gold_a, {k: as_prediction(second, text) for k in gold_a})
        ba = score(gold_b, {k: as_prediction(first, text) for k in gold_b})
        by_set.setdefault(set_name, []).append((ab, ba))
    return {k: (merge(a for a, _ in v), merge(b for _, b in v)) for k, v in by_set.items()}


def load_gold_file(path: Path) -> dict[str, GoldDoc]:
    doc = parse_gold(json.loads(path.read_text(encoding="utf-8")), path.name)
    return {doc.doc_id: doc}


def f1_pair(ab: Report, ba: Report) -> tuple[float, float]:
    return ((ab.entities_micro.f1 + ba.entities_micro.f1) / 2, (ab.relations_micro.f1 + ba.relations_micro.f1) / 2)


def main() -> int:
    result = agreement()
    if not result:
        print("no doubly annotated page (tests/data/corpus/*/gold2/)")
        return 1
    n = len(pairs())
    print(f"{n} pages annotated twice\n\n| set | pages | entities F1 | relations F1 |\n|---|---|---|---|")
    for name, (ab, ba) in result.items():
        e, r = f1_pair(ab, ba)
        print(f"| {name} | {ab.documents} | {e:.2f} | {r:.2f} |")
    e, r = f1_pair(merge(a for a, _ in result.values()), merge(b for _, b in result.values()))
    print(f"| all | {n} | {e:.2f} | {r:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
