"""``python -m bench.longpages``: is extraction linear in page length?

A long page (a gazette, a yearbook chapter, a whole PDF saved as one file) must
not cost more per character than a short one. This benchmark joins generated
articles (``bench.corpus``) into pages of about 5k, 100k and 400k characters and
times the whole pipeline and the RDF mapping on each, per stage, in this process
and in the same run, so the ratio of per-character speeds is the figure to
compare (this machine is shared). ``--one-line-mb 5`` adds issue 8's other
case: 5 MB of UTF-8 text with no line break at all.

Issue 8's target: per-character speed on 400k-character pages ≥ 0.8× that on
5k pages.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Sequence

from bench.corpus import page
from kg import pipeline
from kg.document import Document
from kg.rdf.mapping import document_quads


def long_page(chars: int, seed: int = 7, start: int = 0) -> str:
    """Generated pages joined by blank lines until the text reaches ``chars`` characters."""
    parts: list[str] = []
    total, i = 0, start
    while total < chars:
        text = page(seed, i)
        parts.append(text)
        total += len(text) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def time_page(text: str, doc_id: str) -> tuple[float, dict[str, float]]:
    """Seconds for the whole pipeline plus the RDF mapping, and the time per stage."""
    per_stage: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    doc = Document(id=doc_id, source=doc_id, raw=text)
    for name, stage in pipeline.STAGES:
        s = time.perf_counter()
        doc = stage(doc)
        per_stage[name] += time.perf_counter() - s
    s = time.perf_counter()
    document_quads(doc)
    per_stage["rdf"] += time.perf_counter() - s
    return time.perf_counter() - t0, dict(per_stage)


def measure(sizes: Sequence[int], short: int = 5_000, short_pages: int = 20) -> list[tuple[int, float, dict[str, float]]]:
    """(size, chars/s, per-stage seconds) for ``short_pages`` short pages and one page of each size."""
    rows = []
    texts = [long_page(short, seed=7, start=i * 10) for i in range(short_pages)]
    time_page(texts[0], "warm")  # load lexicons and jieba outside the timing
    total_t, stages_sum = 0.0, defaultdict(float)
    for k, text in enumerate(texts):
        t, st = time_page(text, f"short{k}")
        total_t += t
        for n, v in st.items():
            stages_sum[n] += v
    rows.append((short, short * short_pages / total_t, dict(stages_sum)))
    for size in sizes:
        t, st = time_page(long_page(size, seed=11), f"long{size}")
        rows.append((size, size / t, st))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.longpages", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,400000", help="long page sizes in characters, comma-separated")
    ap.add_argument("--one-line-mb", type=float, default=0, help="also time one line of this many MB of UTF-8")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rows = measure(sizes)
    base = rows[0][1]
    print("| page | chars/s | vs 5k pages | slowest stages |")
    print("|---|---|---|---|")
    for size, rate, st in rows:
        top = sorted(st.items(), key=lambda x: -x[1])[:4]
        tot = sum(st.values())
        slow = ", ".join(f"{n} {v / tot:.0%}" for n, v in top)
        label = f"{size:,} chars" + (" (×20 pages)" if size == rows[0][0] else "")
        print(f"| {label} | {rate:,.0f} | {rate / base:.2f}× | {slow} |")
    if args.one_line_mb:
        size = int(args.one_line_mb * 1_000_000)
        text = long_page(size // 2, seed=13).replace("\n", "").encode()[:size].decode(errors="ignore")
        t, st = time_page(text, "oneline")
        print(f"one line of {len(text.encode()) / 1e6:.1f} MB ({len(text):,} chars): {t:.1f} s "
              f"({len(text) / t:,.0f} chars/s, {len(text) / t / base:.2f}× the 5k pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
