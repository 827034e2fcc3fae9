"""The benchmark corpus generator and a smoke run of ``python -m bench`` (nothing is timed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import add_pdf_noise, article, divisions, generate, page, short_place, write_corpus


def test_generator_is_deterministic_by_seed_and_prefix_stable() -> None:
    assert page(3, 17) == page(3, 17)
    assert list(generate(4, seed=1)) == list(generate(4, seed=1))
    assert list(generate(4, seed=1)) != list(generate(4, seed=2))
    # article i does not depend on how many are generated
    assert list(generate(2, seed=5, start=3)) == list(generate(5, seed=5))[3:]
    ids = [d for d, _ in generate(3, seed=7)]
    assert ids == ["gen7_0000000", "gen7_0000001", "gen7_0000002"]


def test_pages_vary_across_the_country() -> None:
    provinces = {next(d.province for d in divisions() if d.province in article(0, i)) for i in range(40)}
    assert len(provinces) >= 10
    assert not any("台湾" in article(0, i) for i in range(40))


def test_pdf_noise_breaks_lines_and_keeps_the_characters() -> None:
    text = "甲" * 50 + "\n" + "短标题"
    noisy = add_pdf_noise(text, 0, 0)
    lines = [x for x in noisy.split("\n") if x]
    assert "" in noisy.split("\n")  # blank lines between lines, as in PDF extraction
    assert all(len(x.replace(" ", "")) <= 18 for x in lines)
    assert noisy.replace(" ", "").replace("\n", "") == text.replace("\n", "")


def test_short_place() -> None:
    assert short_place("平遥县") == "平遥"
    assert short_place("山西省") == "山西"
    assert short_place("广西壮族自治区") == "广西"
    assert short_place("城区") == "城区"  # never below two characters


def test_write_corpus_streams_files(tmp_path: Path) -> None:
    chars = write_corpus(tmp_path / "c", 5, seed=2)
    files = sorted((tmp_path / "c").glob("*.txt"))
    assert [f.stem for f in files] == [d for d, _ in generate(5, seed=2)]
    assert chars == sum(len(f.read_text(encoding="utf-8")) for f in files)
    assert not list((tmp_path / "c").glob(".*.tmp"))


def test_the_pipeline_finds_entities_in_generated_pages() -> None:
    pipeline = pytest.importorskip("kg.pipeline")
    found: dict[str, int] = {}
    for i in range(10):
        doc = pipeline.process_text(page(0, i), doc_id=f"g{i}")
        for t in {m.type for m in doc.mentions}:
            found[t] = found.get(t, 0) + 1
    # every page names a park, companies and places; most name an agency too
    assert found.get("Park", 0) >= 8
    assert found.get("Company", 0) >= 8
    assert found.get("Place", 0) >= 8


@pytest.mark.slow
def test_bench_quick_runs(tmp_path: Path) -> None:
    pytest.importorskip("kg.pipeline")
    from bench.__main__ import main

    out = tmp_path / "bench.md"
    argv = ["--quick", "--articles", "6", "--triples", "2000", "--rdflib-triples", "1000"]
    assert main([*argv, "--out", str(out), "--workdir", str(tmp_path / "w"), "--query-timeout", "60"]) == 0
    text = out.read_text(encoding="utf-8")
    for heading in (
        "Pipeline throughput",
        "Parallel build",
        "Store load rate",
        "Query latency",
        "Incremental update",
    ):
        assert f"## {heading}" in text
    assert "chars/s/core" in text and "jieba" in text and "rdflib" in text


@pytest.mark.slow
def test_query_bench_reports_every_query_on_both_engines(tmp_path: Path) -> None:
    from bench.queries import BASELINE_DIR, NAIVE, main
    from kg.rdf.query import named_queries

    out = tmp_path / "q.md"
    argv = ["--pages", "30", "--rdflib-pages", "10", "--runs", "2", "--budget", "1", "--timeout", "60",
            "--work", str(tmp_path / "w"), "--out", str(out)]
    assert main(argv) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    for name in named_queries():
        row = next(ln for ln in lines if ln.startswith(f"| `{name}` |"))
        assert " / " in row.split("|")[2] and "error" not in row, row  # p50 / p95, answered in time
        if (BASELINE_DIR / f"{name}.rq").exists():  # a rewritten query: its previous text timed beside it
            assert " / " in row.split("|")[3] and row.split("|")[4].strip().startswith("same"), row
    for name in NAIVE:
        cells = next(ln for ln in lines if ln.startswith(f"| {name} |")).split("|")
        assert all(" / " in c for c in cells[2:6]), cells  # both engines answered; rows and distinct rows
        rows, distinct = (float(x) for x in cells[3].split(" / "))
        assert rows >= distinct


def test_paging_bench_times_every_listing_whole_and_by_page(capsys):
    pytest.importorskip("kg.pipeline")
    from bench.paging import LISTINGS, main

    assert main(["--pages", "20", "--repeat", "1", "--size", "5"]) == 0
    out = capsys.readouterr().out
    assert "20 pages" in out and all(f"| `{name}`" in out for name in LISTINGS)
    assert "| `projects_by_place` (" in out  # timed for a province the store holds


def test_layout_bench_measures_the_store_beside_its_plain_layout(tmp_path: Path, capsys) -> None:
    from bench.layout import main, plain_triples
    from bench.queries import ensure_store
    from kg.rdf.store import open_store

    store = tmp_path / "store"
    quads = ensure_store(15, tmp_path / "pages", store)
    facts = {g.value for g in open_store(store, read_only=True).named_graphs() if "/graph/fact/" in g.value}
    plain = list(plain_triples(open_store(store, read_only=True)))
    assert {q.subject.value for q in plain} >= facts  # every fact has its statement node
    assert all(q.graph_name.__class__.__name__ == "DefaultGraph" for q in plain)
    assert main(["--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert f"| {quads:,} |" in out and "ratio" in out


@pytest.mark.parametrize("module", ["bench.layout", "bench.paging"])
def test_a_store_that_is_not_there_is_refused_not_created(module: str, tmp_path: Path) -> None:
    import importlib

    missing = tmp_path / "no-store"
    with pytest.raises(SystemExit) as exc:
        importlib.import_module(module).main(["--store", str(missing)])
    assert exc.value.code == 2 and not missing.exists()
