"""Hand the graph on as tables: nodes and edges for Excel, pandas, Parquet and Neo4j.

Analysts take a graph on in the tools they already use, so one property-graph
view (:func:`kg.rdf.netx.to_networkx`: an entity per node, a statement per edge with
its evidence, documents, confidence and, on ``investsIn``, the amount) is
written three ways into a folder:

* ``csv``: ``nodes.csv`` and ``edges.csv`` in UTF-8 *with a BOM*, which is what
  Excel on Chinese Windows needs to open them without mojibake (pandas reads
  them with ``encoding="utf-8-sig"``);
* ``parquet``: ``nodes.parquet`` and ``edges.parquet`` with typed columns
  (amounts and confidences as numbers), through pandas and pyarrow;
* ``neo4j``: ``nodes.csv`` and ``relationships.csv`` with the ``neo4j-admin
  database import`` headers (``:ID``, ``:LABEL``, ``:START_ID``, ``:TYPE``,
  ``amount:double``…), plus ``load.cypher``, the same import as ``LOAD CSV``
  statements for a running server, and ``README.txt`` with both commands.

Article text reaches only the data files, never the Cypher script: the script
names only parkkg's own entity types and relations, so a hostile name cannot
become a statement.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.rdf.netx import to_networkx

#: Table format -> what it writes.
TABLE_FORMATS: dict[str, str] = {
    "csv": "nodes.csv and edges.csv, UTF-8 with BOM (Excel on Chinese Windows opens them)",
    "parquet": "nodes.parquet and edges.parquet, typed columns (needs pyarrow: pip install 'parkkg[parquet]')",
    "neo4j": "neo4j-admin import CSVs, a LOAD CSV script (load.cypher) and README.txt",
}

#: Node columns in order: (column, neo4j-admin header).  ``type`` is the label in Neo4j.
NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id:ID"),
    ("type", ":LABEL"),
    ("label", "name"),
    ("aliases", "aliases"),
    ("level", "level"),
    ("code", "code"),
    ("investmentAmount", "investmentAmount:double"),
    ("amountText", "amountText"),
    ("currency", "currency"),
    ("degree", "degree:int"),
)

#: Edge columns in order: (column, neo4j-admin header).  ``relation`` is the type in Neo4j.
EDGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", ":START_ID"),
    ("target", ":END_ID"),
    ("relation", ":TYPE"),
    ("amount", "amount:double"),
    ("confidence", "confidence:double"),
    ("evidence", "evidence"),
    ("document", "documents"),
    ("predicate", "predicate"),
)

_NUMERIC = {"investmentAmount", "degree", "amount", "confidence"}


class MissingDependency(RuntimeError):
    """A format needs an optional package that is not installed."""


def node_rows(g: nx.MultiDiGraph) -> list[dict[str, object]]:
    """One row per node, columns of :data:`NODE_COLUMNS` (missing values as ``None``)."""
    rows = []
    for n, attrs in g.nodes(data=True):
        row: dict[str, object] = {c: attrs.get(c) for c, _ in NODE_COLUMNS}
        row["id"] = str(n)
        rows.append(row)
    return rows


def edge_rows(g: nx.MultiDiGraph) -> list[dict[str, object]]:
    """One row per edge (statement), columns of :data:`EDGE_COLUMNS`."""
    rows = []
    for u, v, k, attrs in g.edges(keys=True, data=True):
        row: dict[str, object] = {c: attrs.get(c) for c, _ in EDGE_COLUMNS}
        row.update(source=str(u), target=str(v), relation=attrs.get("relation", str(k)))
        rows.append(row)
    return rows


def _csv_bytes(header: Iterable[str], rows: list[dict[str, object]], keys: list[str], bom: bool) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180; evidence with line breaks stays one quoted field
    w.writerow(list(header))
    for row in rows:
        w.writerow(["" if row[k] is None else row[k] for k in keys])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode("utf-8")


def write_tables(store: ox.Store, fmt: str, folder: Path) -> list[Path]:
    """Write the graph as ``fmt`` tables into ``folder`` (created); returns the files written."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")
    if fmt == "parquet":
        _need_pyarrow()  # before the graph is read: fail fast
    g = to_networkx(store)
    nodes, edges = node_rows(g), edge_rows(g)
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return _write_csv(folder, nodes, edges)
    if fmt == "parquet":
        return _write_parquet(folder, nodes, edges)
    return _write_neo4j(folder, nodes, edges)


def _write_csv(folder: Path, nodes: list[dict], edges: list[dict]) -> list[Path]:
    out = []
    for name, cols, rows in (("nodes.csv", NODE_COLUMNS, nodes), ("edges.csv", EDGE_COLUMNS, edges)):
        keys = [c for c, _ in cols]
        (folder / name).write_bytes(_csv_bytes(keys, rows, keys, bom=True))
        out.append(folder / name)
    return out


def _need_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise MissingDependency("Parquet needs pyarrow: pip install 'parkkg[parquet]' (or pip install pyarrow)") from exc


def _write_parquet(folder: Path, nodes: list[dict], edges: list[dict]) -> list[Path]:
    import pandas as pd

    out = []
    for name, cols, rows in (("nodes.parquet", NODE_COLUMNS, nodes), ("edges.parquet", EDGE_COLUMNS, edges)):
        keys = [c for c, _ in cols]
        df = pd.DataFrame(rows, columns=keys)
        for k in keys:
            # numbers as numbers (NaN where unknown); everything else as nullable strings
            df[k] = pd.to_numeric(df[k]) if k in _NUMERIC else df[k].astype("string")
        df.to_parquet(folder / name, index=False, engine="pyarrow")
        out.append(folder / name)
    return out


def _write_neo4j(folder: Path, nodes: list[dict], edges: list[dict]) -> list[Path]:
    node_keys, edge_keys = [c for c, _ in NODE_COLUMNS], [c for c, _ in EDGE_COLUMNS]
    files = {
        "nodes.csv": _csv_bytes([h for _, h in NODE_COLUMNS], nodes, node_keys, bom=False),
        "relationships.csv": _csv_bytes([h for _, h in EDGE_COLUMNS], edges, edge_keys, bom=False),
        "load.cypher": load_cypher(
            sorted({str(r["type"]) for r in nodes}), sorted({str(r["relation"]) for r in edges})
        ).encode("utf-8"),
        "README.txt": _NEO4J_README.encode("utf-8"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


def load_cypher(labels: list[str], relations: list[str]) -> str:
    """``LOAD CSV`` statements for ``nodes.csv`` and ``relationships.csv`` in Neo4j's import folder.

    Cypher cannot take a label or relationship type as a parameter, so there is
    one statement per type; ``labels`` and ``relations`` are parkkg's own type
    names (checked to be identifiers), never article text.
    """
    for name in (*labels, *relations):
        if not name.isidentifier():
            raise ValueError(f"not a type name: {name!r}")
    lines = [
        "// parkkg graph for Neo4j 5: put nodes.csv and relationships.csv in the import folder,",
        "// then: cypher-shell -f load.cypher",
        "CREATE CONSTRAINT parkkg_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    ]
    for label in labels:
        lines.append(
            "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row "
            f"WITH row WHERE row.`:LABEL` = '{label}' "
            f"MERGE (n:Entity:{label} {{id: row.`id:ID`}}) "
            "SET n.name = row.name, n.aliases = row.aliases, n.level = row.level, n.code = row.code, "
            "n.investmentAmount = toFloat(row.`investmentAmount:double`), n.amountText = row.amountText, "
            "n.currency = row.currency, n.degree = toInteger(row.`degree:int`);"
        )
    for rel in relations:
        lines.append(
            "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row "
            f"WITH row WHERE row.`:TYPE` = '{rel}' "
            "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`}) "
            f"MERGE (a)-[r:{rel}]->(b) "
            "SET r.amount = toFloat(row.`amount:double`), r.confidence = toFloat(row.`confidence:double`), "
            "r.evidence = row.evidence, r.documents = row.documents, r.predicate = row.predicate;"
        )
    return "\n".join(lines) + "\n"


_NEO4J_README = """\
parkkg graph for Neo4j (written by `kg export -f neo4j`)

An empty database, offline (fastest):
    neo4j-admin database import full --multiline-fields=true \\
        --nodes=nodes.csv --relationships=relationships.csv neo4j

A running server: copy nodes.csv and relationships.csv into its import folder, then
    cypher-shell -f load.cypher

Every node has the label Entity and its type (Park, Company, Agency, Policy,
Project, Place, Title, Other); `id` is the parkkg IRI. Every relationship is a
parkkg relation (investsIn, locatedIn, partOf, signsWith, issuedBy,
designatedAs) with its evidence sentences, source documents, confidence and,
on investsIn, the amount in yuan.
"""
