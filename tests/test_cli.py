"""The `kg` command as a user runs it: build, query, explain, export, validate, viz, stats, errors.

The page is written for the test (a Guizhou development zone), so it checks the
commands end to end without depending on the seed pages.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

PAGE = (
    "贵州省遵义市汇川区\n\n"
    "遵义经济技术开发区加快项目建设\n\n"
    "本报记者 王 明\n\n"
    "今年以来，位于遵义市的遵义经济技术开发区持续优化营商环境。"
    "贵州黔星新材料有限公司投资 12.5 亿元的年产 5 万吨高性能铝合金项目日前开工建设。"
    "遵义经济技术开发区管委会与贵州黔星新材料有限公司签订了投资协议。\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cli")
    pages = root / "pages"
    pages.mkdir()
    (pages / "guizhou.txt").write_text(PAGE, encoding="utf-8")
    (pages / "broken.txt").write_bytes(b"\x00\xff\xfe\x00" * 64 + bytes(range(256)))
    store = root / "store"
    result = CliRunner().invoke(app, ["build", str(pages), "--store", str(store), "--no-progress"])
    return store, root, result


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_build_reports_bad_file_in_one_line_and_ingests_the_rest(built):
    store, _, result = built
    assert store.is_dir()
    out = result.output
    assert "broken.txt" in out
    error_lines = [ln for ln in out.splitlines() if "broken.txt" in ln]
    assert len(error_lines) == 1
    stats = run("stats", "--store", str(store))
    assert stats.exit_code == 0, stats.output
    assert "Park" in stats.output and "Company" in stats.output
    disk = next(ln for ln in stats.output.splitlines() if ln.startswith("disk (MB)"))
    on_disk = sum(f.stat().st_size for f in store.rglob("*") if f.is_file())
    assert abs(float(disk.split()[-1]) - on_disk / 1e6) < 0.1 and on_disk > 0


def test_query_named_with_bound_parameter_csv(built):
    store, _, _ = built
    res = run("query", "projects_by_place", "-p", "place=遵义市", "-f", "csv", "--store", str(store))
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    projects = {r["project"] for r in rows}
    assert any("铝合金" in p for p in projects), rows
    amounts = {r["amountYuan"] for r in rows if "铝合金" in r["project"]}
    assert {str(int(float(a))) for a in amounts if a} == {"1250000000"}


def test_query_parameter_is_bound_not_pasted(built):
    store, _, _ = built
    hostile = '遵义市" } ; DROP ALL ; SELECT * WHERE { "'
    res = run("query", "projects_by_place", "-p", f"place={hostile}", "-f", "json", "--store", str(store))
    assert res.exit_code == 0, res.output
    # the whole string was one (unknown) place name; -f json is the W3C SPARQL results format
    assert json.loads(res.output)["results"]["bindings"] == []


def test_query_raw_sparql_json_and_list(built):
    store, _, _ = built
    res = run(
        "query", "SELECT ?l WHERE { ?p a kg:Park ; rdfs:label ?l }", "-f", "json", "--store", str(store)
    )
    assert res.exit_code == 0, res.output
    assert "遵义经济技术开发区" in res.output
    listing = run("query", "--list")
    assert listing.exit_code == 0 and "projects_by_place" in listing.output


def test_bad_query_is_one_line_error(built):
    store, _, _ = built
    res = run("query", "SELEC nonsense", "--store", str(store))
    assert res.exit_code == 2
    assert res.output.strip().startswith("error:") and len(res.output.strip().splitlines()) == 1


def test_explain_by_alias_shows_evidence(built):
    store, _, _ = built
    res = run("explain", "贵州黔星新材料有限公司", "--store", str(store))
    assert res.exit_code == 0, res.output
    assert "investsIn" in res.output and "12.5" in res.output


def test_export_nquads_keeps_provenance_and_validate(built, tmp_path: Path):
    store, _, _ = built
    out = tmp_path / "g.nq"
    res = run("export", "-f", "nq", "-o", str(out), "--store", str(store))
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "http://www.w3.org/ns/prov#wasDerivedFrom" in text
    val = run("validate", "--store", str(store))
    assert val.exit_code == 0, val.output


def test_viz_writes_escaped_offline_page(built, tmp_path: Path):
    store, _, _ = built
    out = tmp_path / "g.html"
    res = run("viz", "--out", str(out), "--store", str(store))
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert "遵义经济技术开发区" in html
    assert "cdn." not in html and "https://unpkg" not in html


def test_missing_store_says_what_to_do(tmp_path: Path):
    res = run("query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "nope"))
    assert res.exit_code == 2  # the command cannot start (README's exit-code table)
    assert "kg build" in res.output


def test_unknown_recogniser_is_refused_before_building(tmp_path: Path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    res = run("build", str(page), "--store", str(tmp_path / "s"), "--recogniser", "bogus", "--no-progress")
    assert res.exit_code == 2
    assert "rules" in res.output and not (tmp_path / "s").exists()


def test_build_with_the_jieba_recogniser_in_two_workers(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    (pages / "b.txt").write_text(PAGE.replace("遵义", "安顺"), encoding="utf-8")
    store = tmp_path / "s"
    res = run(
        "build", str(pages), "--store", str(store), "--recogniser", "rules+jieba", "-j", "2", "--no-progress"
    )
    assert res.exit_code == 0, res.output
    out = run("query", "SELECT ?l WHERE { ?p a kg:Park ; rdfs:label ?l }", "-f", "csv", "--store", str(store))
    assert "安顺经济技术开发区" in out.output and "遵义经济技术开发区" in out.output


def test_extract_trace_shows_rule_ids_and_confidences(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    page = tmp_path / "p.txt"
    page.write_text("园区的项目还有：年产800吨青禾磁粉、年产3000吨白鹭合金。", encoding="utf-8")
    out = CliRunner().invoke(app, ["extract", str(page), "--trace"])
    assert out.exit_code == 0, out.output
    assert "[list.capacity]" in out.output and "mentions:" in out.output and "facts:" in out.output
    missing = CliRunner().invoke(app, ["extract", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "is not a file" in missing.output


def test_build_errors_are_one_line_and_failed_files_fail_the_build(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    empty = tmp_path / "empty"
    empty.mkdir()
    out = runner.invoke(app, ["build", str(empty), "--store", str(tmp_path / "s"), "--no-progress"])
    assert out.exit_code == 2 and "no .txt, .md, .html or .pdf files" in out.output and "Traceback" not in out.output
    a_file = tmp_path / "afile"
    a_file.write_text("x", encoding="utf-8")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text("白鹭经济开发区与远帆集团签约。", encoding="utf-8")
    (pages / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    out = runner.invoke(app, ["build", str(pages), "--store", str(a_file), "--no-progress"])
    assert out.exit_code == 2 and "is a file" in out.output
    out = runner.invoke(app, ["build", str(pages), "--store", str(tmp_path / "s2"), "--no-progress"])
    assert out.exit_code == 1 and "1 file(s) not stored (1 stored)" in out.output
    out = runner.invoke(app, ["build", str(pages), "--store", str(tmp_path / "s3"), "--no-progress", "--keep-going"])
    assert out.exit_code == 0


def test_export_creates_the_output_folder(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("白鹭经济开发区与远帆集团签约。", encoding="utf-8")
    store = tmp_path / "s"
    assert CliRunner().invoke(app, ["build", str(pages), "--store", str(store), "--no-progress"]).exit_code == 0
    target = tmp_path / "new" / "dir" / "g.ttl"
    out = CliRunner().invoke(app, ["export", "-f", "ttl", "-o", str(target), "--store", str(store)])
    assert out.exit_code == 0 and target.stat().st_size > 0


def test_query_mistakes_say_what_to_do(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("白鹭经济开发区与远帆集团签约。", encoding="utf-8")
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(pages), "--store", store, "--no-progress"]).exit_code == 0
    cases = {
        ("query", "projects_by_plac"): "did you mean projects_by_place",
        ("query", "missing.rq"): "no query file missing.rq",
        ("query", "projects_by_place", "-p", "foo=1", "-p", "place=山西"): "has no parameter foo",
        ("explain", "不存在的名字"): "no entity named",
    }
    for args, message in cases.items():
        out = runner.invoke(app, [*args, "--store", store])
        assert out.exit_code in (1, 2) and message in out.output, (args, out.output)
        assert "Traceback" not in out.output


def test_push_to_a_server_that_is_down_is_one_line(tmp_path):
    import socket

    from typer.testing import CliRunner

    from kg.cli import app

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("白鹭经济开发区与远帆集团签约。", encoding="utf-8")
    store = str(tmp_path / "s")
    assert CliRunner().invoke(app, ["build", str(pages), "--store", store, "--no-progress"]).exit_code == 0
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    out = CliRunner().invoke(app, ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--store", store])
    assert out.exit_code == 1 and "cannot reach" in out.output and "Traceback" not in out.output


def test_remove_drops_a_page_and_refuses_an_unknown_id(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.rdf.store import document_ids, open_store

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("白鹭经济开发区与远帆集团签约。", encoding="utf-8")
    (pages / "b.txt").write_text("青禾经济开发区与白鹭集团签约。", encoding="utf-8")
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(pages), "--store", store, "--no-progress"]).exit_code == 0
    assert "a" in runner.invoke(app, ["stats", "--pages", "--store", store]).output.split()
    out = runner.invoke(app, ["remove", "nosuch", "--store", store])
    assert out.exit_code == 1 and "kg stats --pages" in out.output
    out = runner.invoke(app, ["remove", "a", "--store", store])
    assert out.exit_code == 0 and "1 left" in out.output
    assert document_ids(open_store(store, read_only=True)) == ["b"]


def test_query_answers_in_the_w3c_results_formats(built):
    import pyoxigraph

    store, _, _ = built
    sparql = "SELECT ?l WHERE { ?p a kg:Park ; rdfs:label ?l }"
    for fmt, kind in (("json", pyoxigraph.QueryResultsFormat.JSON), ("xml", pyoxigraph.QueryResultsFormat.XML),
                      ("tsv", pyoxigraph.QueryResultsFormat.TSV)):
        res = run("query", sparql, "-f", fmt, "--store", str(store))
        assert res.exit_code == 0, res.output
        parsed = pyoxigraph.parse_query_results(res.output.encode("utf-8"), format=kind)
        assert "遵义经济技术开发区" in {s["l"].value for s in parsed}


def test_a_parameter_of_the_wrong_kind_is_refused(built):
    store, _, _ = built
    res = run("query", "investments_by_date", "-p", "from=2024年", "--store", str(store))
    assert res.exit_code == 2
    assert "is not a year, month or day" in res.output and "Traceback" not in res.output


def test_a_store_from_an_older_parkkg_is_queried_with_a_note_on_how_to_upgrade(tmp_path):
    from kg.rdf.mapping import document_quads
    from kg.rdf.store import open_store

    try:
        from test_mapping import sample_document
    except ImportError:  # pragma: no cover
        from tests.test_mapping import sample_document
    path = tmp_path / "old-store"
    st = open_store(path)
    st.extend(document_quads(sample_document("p1")))  # page graphs only, as before the canonical graph
    st.flush()
    del st
    r = CliRunner().invoke(app, ["query", "SELECT ?n WHERE { ?p a kg:Park ; rdfs:label ?n }", "--store", str(path)])
    assert r.exit_code == 0 and "青松经济开发区" in r.stdout
    assert "older parkkg" in r.stderr and "kg build" in r.stderr


def test_building_only_missing_paths_cannot_start_and_says_so(tmp_path: Path):
    out = CliRunner().invoke(app, ["build", str(tmp_path / "no-such-folder"), "--store", str(tmp_path / "s")])
    assert out.exit_code == 2 and "does not exist" in out.output and "Traceback" not in out.output


@pytest.mark.parametrize("manifest", ["not json at all", '{"sets": [{"name": "x"}]}'])
def test_train_on_a_broken_manifest_says_so_in_one_line_and_writes_no_model(tmp_path: Path, manifest: str) -> None:
    bad = tmp_path / "manifest.json"
    bad.write_text(manifest, encoding="utf-8")
    out = CliRunner().invoke(app, ["train", "--corpus", str(bad), "--out", str(tmp_path / "m" / "rescorer.json")])
    assert out.exit_code == 2
    assert "is not a usable corpus manifest" in out.output and "Traceback" not in out.output
    assert not (tmp_path / "m").exists()
