"""``python -m bench.throughput``: whole-pipeline speed on the corpus pages beside plain jieba, same run.

Reads every rendered page of the corpus manifest once, then times (1)
``jieba.lcut`` over the raw texts and (2) the whole extraction pipeline
(read → … → resolve) over the same files, and prints characters per second,
their ratio and the time per stage. Both run in this process on this machine,
so the ratio is the figure to compare across runs (the machine is shared).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Sequence

from kg import pipeline, scoreboard
from kg.text.reading import read_file


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.throughput", description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", default="tests/data/corpus/manifest.json")
    args = ap.parse_args(argv)
    import jieba

    paths = [p.path for p in scoreboard.load_corpus(args.manifest).pages]
    raws = [read_file(p).raw for p in paths]
    chars = sum(len(r) for r in raws)
    jieba.lcut("预热")  # load the dictionary outside the timing
    t = time.perf_counter()
    for r in raws:
        jieba.lcut(r)
    t_jieba = time.perf_counter() - t
    per_stage: dict[str, float] = defaultdict(float)
    t = time.perf_counter()
    for p in paths:
        doc = read_file(p)
        for name, stage in pipeline.STAGES:
            s = time.perf_counter()
            doc = stage(doc)
            per_stage[name] += time.perf_counter() - s
    t_pipe = time.perf_counter() - t
    print(f"{len(paths)} pages, {chars:,} characters")
    print(f"jieba.lcut: {chars / t_jieba:,.0f} chars/s; pipeline: {chars / t_pipe:,.0f} chars/s; "
          f"ratio {t_jieba / t_pipe:.2f}")
    for name, v in sorted(per_stage.items(), key=lambda x: -x[1]):
        print(f"  {name:<14} {v:6.2f} s  {v / t_pipe:5.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
