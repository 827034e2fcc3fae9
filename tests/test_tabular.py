"""Nodes and edges tables (CSV with BOM, Parquet) and Neo4j import files from the graph."""

from __future__ import annotations

import builtins
import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import tabular
from kg.rdf.netx import to_networkx
from kg.rdf.store import flush, open_store
from tests.test_netx import COMPANY, COUNTY, PARK, PROJECT, demo_quads, demo_store


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store holding the two demo pages (hostile names included)."""
    path = tmp_path_factory.mktemp("tabular") / "store"
    st = open_store(path)
    st.extend(demo_quads())
    flush(st)
    del st
    return path


def _read_csv(path: Path, bom: bool) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()) is bom
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_tables_open_in_excel_and_keep_every_node_edge_and_evidence(tmp_path):
    files = tabular.write_tables(demo_store(), "csv", tmp_path)
    assert [f.name for f in files] == ["nodes.csv", "edges.csv"]
    g = to_networkx(demo_store())
    nodes = _read_csv(tmp_path / "nodes.csv", bom=True)  # the BOM is what Excel needs for UTF-8
    edges = _read_csv(tmp_path / "edges.csv", bom=True)
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    by_id = {n["id"]: n for n in nodes}
    assert by_id[PARK]["label"] == "平遥经济技术开发区" and by_id[PARK]["type"] == "Park"
    assert any(n["label"] == "<script>alert(1)</script>公司" for n in nodes)  # data, kept verbatim
    invest = next(e for e in edges if (e["source"], e["target"]) == (COMPANY, PROJECT))
    assert (invest["relation"], float(invest["amount"])) == ("investsIn", 1650000000.0)
    located = next(e for e in edges if (e["source"], e["target"], e["relation"]) == (PARK, COUNTY, "locatedIn"))
    # two evidences with a line break between them stay one field of one row
    assert located["evidence"].split("\n") == ["平遥开发区地处平遥县。", "平遥经济技术开发区位于平遥县。"]
    assert float(located["confidence"]) == 0.93 and located["document"] == "page-a, page-b"


def test_parquet_tables_have_typed_columns_and_the_same_rows_as_csv(tmp_path):
    tabular.write_tables(demo_store(), "parquet", tmp_path / "pq")
    tabular.write_tables(demo_store(), "csv", tmp_path / "csv")
    edges = pd.read_parquet(tmp_path / "pq" / "edges.parquet")
    nodes = pd.read_parquet(tmp_path / "pq" / "nodes.parquet")
    assert edges["amount"].dtype.kind == "f" and edges["confidence"].dtype.kind == "f"
    assert nodes["investmentAmount"].dtype.kind == "f" and nodes["degree"].dtype.kind in "if"
    assert edges["amount"].sum() == 1650000000.0
    as_csv = pd.read_csv(tmp_path / "csv" / "edges.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(edges.columns) == list(as_csv.columns)
    assert sorted(edges["evidence"].fillna("")) == sorted(as_csv["evidence"])


def test_neo4j_files_have_admin_import_headers_and_consistent_ids(tmp_path):
    names = [f.name for f in tabular.write_tables(demo_store(), "neo4j", tmp_path)]
    assert names == ["nodes.csv", "relationships.csv", "load.cypher", "README.txt"]
    nodes = _read_csv(tmp_path / "nodes.csv", bom=False)
    rels = _read_csv(tmp_path / "relationships.csv", bom=False)
    assert list(nodes[0]) == [h for _, h in tabular.NODE_COLUMNS]
    assert list(rels[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = {n["id:ID"] for n in nodes}
    assert len(ids) == len(nodes)  # neo4j-admin refuses duplicate ids
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)  # and dangling ones
    assert {n[":LABEL"] for n in nodes} >= {"Park", "Company", "Project", "Place", "Title"}


def test_cypher_script_names_types_only_never_article_text(tmp_path):
    tabular.write_tables(demo_store(), "neo4j", tmp_path)
    script = (tmp_path / "load.cypher").read_text(encoding="utf-8")
    for label in ("Park", "Company", "Title"):
        assert f"MERGE (n:Entity:{label} " in script
    for rel in ("investsIn", "locatedIn", "designatedAs"):
        assert f"MERGE (a)-[r:{rel}]->(b)" in script
    assert "script" not in script.replace("cypher-shell", "").replace("load.cypher", "")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in script)  # no Chinese: no names, no evidence
    with pytest.raises(ValueError, match="not a type name"):
        tabular.load_cypher(["Park`]->(x) DETACH DELETE x //"], [])


def test_cli_export_tables_into_a_folder(store_dir, tmp_path):
    out = tmp_path / "tables"
    r = CliRunner().invoke(app, ["export", "--store", str(store_dir), "-f", "csv", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "nodes.csv"]
    assert "wrote" in r.output


@pytest.mark.parametrize("fmt", ["csv", "parquet", "neo4j"])
def test_cli_tables_need_a_folder(store_dir, tmp_path, fmt):
    r = CliRunner().invoke(app, ["export", "--store", str(store_dir), "-f", fmt])
    assert r.exit_code == 2 and "give a folder" in r.output
    a_file = tmp_path / "t.csv"
    a_file.write_text("keep me", encoding="utf-8")
    r = CliRunner().invoke(app, ["export", "--store", str(store_dir), "-f", fmt, "-o", str(a_file)])
    assert r.exit_code == 2 and "is a file" in r.output
    assert a_file.read_text(encoding="utf-8") == "keep me"  # nothing overwritten


def test_parquet_without_pyarrow_says_what_to_install(store_dir, tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name == "pyarrow" or name.startswith("pyarrow."):
            raise ImportError("No module named 'pyarrow'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    r = CliRunner().invoke(app, ["export", "--store", str(store_dir), "-f", "parquet", "-o", str(tmp_path / "pq")])
    assert r.exit_code == 2
    assert "pip install 'parkkg[parquet]'" in r.output
    assert not (tmp_path / "pq").exists()  # failed before writing anything
