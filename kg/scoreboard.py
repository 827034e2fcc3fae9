"""Score a whole annotated corpus by set, writer, brief, genre and split.

A *corpus manifest* (JSON; ``tests/data/corpus/manifest.json`` is the
project's) lists sets of pages with their gold::

    {"sets": [{"name": "w01_natl_daily", "writer": "A", "split": "dev",
               "brief": "w01_natl_daily", "page_dir": "…/pages", "gold_dir": "…/gold",
               "pages": [{"id": "w01_natl_daily_01", "genre": "news"}, …]}, …]}

Paths are relative to the manifest's repository (the folder above ``tests/``)
or absolute. Every page is run through the pipeline once, in memory; the
figures are then added up per group with the gold README's rules
(:mod:`kg.evaluation`).

The *scoreboard* is those figures written down (JSON and Markdown). A test
re-scores the corpus and fails when a figure falls more than
:data:`TOLERANCE` below the committed scoreboard, so a regression on any set,
type or relation is caught, while a gain just asks for the scoreboard to be
regenerated (``kg eval --corpus … --write-scoreboard``).

Pages of the ``test`` split are scored, never read while the extractor
changes: their error lists are withheld unless asked for by name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.evaluation import (
    ENTITY_TYPES,
    RELATIONS,
    Counts,
    Report,
    load_gold,
    predictions_from_documents,
    score,
)

#: How far a committed scoreboard figure may fall before the regression test fails.
TOLERANCE = 0.02
#: The groupings ``kg eval --corpus`` can report, in the order the scoreboard lists them.
GROUPINGS = ("split", "writer", "set", "genre")
SEALED_SPLIT = "test"


@dataclass(frozen=True)
class PageRef:
    """One annotated page of the corpus and the groups it belongs to."""

    set: str
    id: str
    writer: str
    split: str
    brief: str
    genre: str
    path: Path

    def group(self, by: str) -> str:
        return getattr(self, by)


@dataclass
class Corpus:
    """The pages of a manifest, with their gold."""

    pages: list[PageRef]
    gold_dirs: dict[str, Path] = field(default_factory=dict)  # set → gold folder

    def select(self, splits: Iterable[str] | None = None, sets: Iterable[str] | None = None) -> Corpus:
        keep_splits = set(splits) if splits else None
        keep_sets = set(sets) if sets else None
        pages = [p for p in self.pages if (keep_splits is None or p.split in keep_splits)
                 and (keep_sets is None or p.set in keep_sets)]
        return Corpus(pages, {s: d for s, d in self.gold_dirs.items() if any(p.set == s for p in pages)})


def _find_page(folder: Path, pid: str) -> Path:
    for ext in (".txt", ".md"):
        if (folder / f"{pid}{ext}").exists():
            return folder / f"{pid}{ext}"
    raise FileNotFoundError(f"page {pid} not found in {folder} (run: python3 -m tests.corpus.render)")


def load_corpus(manifest: str | Path) -> Corpus:
    """Read a corpus manifest; a missing page or gold folder fails here, with its name."""
    path = Path(manifest)
    data = json.loads(path.read_text(encoding="utf-8"))
    root = path.resolve().parent
    while root != root.parent and not (root / "tests").is_dir():
        root = root.parent
    pages: list[PageRef] = []
    gold_dirs: dict[str, Path] = {}
    for s in data["sets"]:
        page_dir, gold_dir = root / s["page_dir"], root / s["gold_dir"]
        if not gold_dir.is_dir():
            raise FileNotFoundError(f"set {s['name']}: no gold folder {gold_dir}")
        gold_dirs[s["name"]] = gold_dir
        for p in s["pages"]:
            pages.append(PageRef(s["name"], p["id"], s["writer"], s["split"], s["brief"],
                                 p.get("genre") or "news", _find_page(page_dir, p["id"])))
    return Corpus(pages, gold_dirs)


def merge(reports: Iterable[Report]) -> Report:
    """One report that adds up the counts of several."""
    out = Report()
    for t in ENTITY_TYPES:
        out.entities[t] = Counts()
    for r in RELATIONS:
        out.relations[r] = Counts()
    for rep in reports:
        for k, c in rep.entities.items():
            out.entities.setdefault(k, Counts()).add(c)
        for k, c in rep.relations.items():
            out.relations.setdefault(k, Counts()).add(c)
        out.amounts_total += rep.amounts_total
        out.amounts_correct += rep.amounts_correct
        out.ignored_entities += rep.ignored_entities
        out.ignored_triples += rep.ignored_triples
        out.documents += rep.documents
        out.missing_documents += rep.missing_documents
        out.errors += rep.errors
        out.outcomes += rep.outcomes
    return out


def score_pages(corpus: Corpus, process: Any = None) -> dict[tuple[str, str], Report]:
    """Run the pipeline on every page and score it alone: (set, page id) → report."""
    from kg.pipeline import process as run
    from kg.text.reading import read_file

    process = process or run
    reports: dict[tuple[str, str], Report] = {}
    for set_name, gold_dir in corpus.gold_dirs.items():
        gold = load_gold(gold_dir)
        for page in (p for p in corpus.pages if p.set == set_name):
            doc = process(read_file(page.path))
            doc_gold = {k: v for k, v in gold.items() if k == page.id}
            if not doc_gold:
                raise FileNotFoundError(f"set {set_name}: no gold for page {page.id}")
            reports[(set_name, page.id)] = score(doc_gold, predictions_from_documents([doc]))
    return reports


def group_reports(corpus: Corpus, reports: Mapping[tuple[str, str], Report], by: str) -> dict[str, Report]:
    """Page reports added up per group (``by`` one of GROUPINGS, or "all")."""
    groups: dict[str, list[Report]] = {}
    for page in corpus.pages:
        key = "all" if by == "all" else page.group(by)
        groups.setdefault(key, []).append(reports[(page.set, page.id)])
    return {k: merge(v) for k, v in sorted(groups.items())}


def figures(report: Report) -> dict[str, Any]:
    """The scoreboard row of one group: F1 per type and relation, micro P/R/F1, amounts."""
    d = report.to_dict()
    return {
        "pages": report.documents,
        "entities": {k: v["f1"] for k, v in d["entities"].items() if v["tp"] + v["fn"] + v["fp"]},
        "relations": {k: v["f1"] for k, v in d["relations"].items() if v["tp"] + v["fn"] + v["fp"]},
        "entities_micro": {k: d["entities_micro"][k] for k in ("p", "r", "f1")},
        "relations_micro": {k: d["relations_micro"][k] for k in ("p", "r", "f1")},
        "amounts": d["amounts"],
    }


def scoreboard(corpus: Corpus, reports: Mapping[tuple[str, str], Report]) -> dict[str, Any]:
    """Every grouping's figures, as written to the committed scoreboard."""
    board: dict[str, Any] = {"tolerance": TOLERANCE, "all": figures(group_reports(corpus, reports, "all")["all"])}
    for by in GROUPINGS:
        board[by] = {k: figures(r) for k, r in group_reports(corpus, reports, by).items()}
    return board


def flat_figures(board: Mapping[str, Any]) -> dict[str, float]:
    """``grouping/group/kind/name`` → value, for comparing two scoreboards figure by figure."""
    out: dict[str, float] = {}

    def row(prefix: str, fig: Mapping[str, Any]) -> None:
        for kind in ("entities", "relations"):
            for name, f1 in fig[kind].items():
                out[f"{prefix}/{kind}/{name}"] = f1
        out[f"{prefix}/entities/micro"] = fig["entities_micro"]["f1"]
        out[f"{prefix}/relations/micro"] = fig["relations_micro"]["f1"]
        if fig["amounts"]["total"]:
            out[f"{prefix}/amounts"] = fig["amounts"]["accuracy"]

    row("all", board["all"])
    for by in GROUPINGS:
        for group, fig in board.get(by, {}).items():
            row(f"{by}/{group}", fig)
    return out


def regressions(committed: Mapping[str, Any], current: Mapping[str, Any]) -> list[str]:
    """Figures more than TOLERANCE below the committed scoreboard (or gone from it)."""
    now = flat_figures(current)
    out = []
    for key, old in flat_figures(committed).items():
        new = now.get(key)
        if new is None:
            out.append(f"{key}: {old:.3f} → missing")
        elif new < old - TOLERANCE:
            out.append(f"{key}: {old:.3f} → {new:.3f}")
    return out


def _md_row(name: str, fig: Mapping[str, Any], types: list[str], rels: list[str]) -> str:
    cells = [name, str(fig["pages"]), f"{fig['entities_micro']['f1']:.2f}", f"{fig['relations_micro']['f1']:.2f}"]
    cells += [f"{fig['entities'][t]:.2f}" if t in fig["entities"] else "–" for t in types]
    cells += [f"{fig['relations'][r]:.2f}" if r in fig["relations"] else "–" for r in rels]
    a = fig["amounts"]
    cells.append(f"{a['correct']}/{a['total']}" if a["total"] else "–")
    return "| " + " | ".join(cells) + " |"


def markdown(board: Mapping[str, Any]) -> str:
    """The scoreboard as Markdown tables, one per grouping (F1; amounts exactly right / stated)."""
    types, rels = list(ENTITY_TYPES), list(RELATIONS)
    head = ["group", "pages", "entities", "relations", *types, *rels, "amounts"]
    lines = ["# Scoreboard", "",
             "F1 by the gold README's rules; `amounts` = amounts within 1 % / amounts stated in the gold.",
             "Regenerate: `kg eval --corpus tests/data/corpus/manifest.json --write-scoreboard docs/scoreboard`.",
             ""]
    for by in ("all", *(g for g in GROUPINGS if g in board)):
        rows = {"all": board["all"]} if by == "all" else board[by]
        lines += [f"## by {by}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += [_md_row(k, v, types, rels) for k, v in rows.items()]
        lines.append("")
    return "\n".join(lines)


def write_scoreboard(board: Mapping[str, Any], stem: str | Path) -> tuple[Path, Path]:
    """Write ``stem.json`` and ``stem.md``."""
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    js, md = stem.with_suffix(".json"), stem.with_suffix(".md")
    js.write_text(json.dumps(board, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    md.write_text(markdown(board) + "\n", encoding="utf-8")
    return js, md
