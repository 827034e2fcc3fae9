"""notebooks/explore.ipynb runs top to bottom on the seed pages and shows real answers.

Executed with nbclient (kernel ``python3``) in a temporary working directory,
so it cannot depend on files left over in the repository; ``KG_SEEDS`` points
it at the seed pages and the kernel gets the repository on ``PYTHONPATH`` in
case the package is not installed.  A notebook that errors, or whose
DataFrames are empty, or that shows no graph, fails this test: it must not rot.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def html_outputs(nb) -> list[str]:
    return [
        o["data"]["text/html"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.get("outputs", [])
        if "data" in o and "text/html" in o["data"]
    ]


def dataframe_rows(table_html: str) -> int:
    body = re.search(r"<tbody>(.*?)</tbody>", table_html, re.S)
    return len(re.findall(r"<tr>", body.group(1))) if body else 0


def png_outputs(nb) -> int:
    return sum(
        1
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.get("outputs", [])
        if "data" in o and "image/png" in o["data"]
    )


def test_notebook_runs_and_shows_dataframes_and_graph(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)  # CI exports one; this run builds the seeds
    monkeypatch.setenv("KG_SEEDS", str(ROOT / "seeds"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the notebook's temporary store lands here
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError on any failing cell

    outputs = html_outputs(nb)
    frames = [h for h in outputs if 'class="dataframe"' in h]
    with_rows = [h for h in frames if dataframe_rows(h) > 0]
    assert len(frames) >= 5, "expected the three SPARQL answers, the province summary and the degree table"
    assert len(with_rows) >= 4, f"only {len(with_rows)} of {len(frames)} DataFrames have rows"
    # charts: investment by province, by publication year (a seed page prints its date), top parks
    assert png_outputs(nb) >= 3, f"expected three charts, got {png_outputs(nb)}"
    text = "\n".join(
        "".join(o.get("text", "")) for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
    )
    assert "reach no province" in text  # unplaced projects are counted apart, not a "province"
    # the networkx degree table lists parks and companies
    assert any("Park" in h and "Company" in h and "degree" in h for h in frames)
    # the interactive page is embedded, self-contained
    graphs = [h for h in outputs if h.startswith("<iframe srcdoc=")]
    assert graphs, "the interactive graph is not shown"
    assert "new vis.Network(" in graphs[0]
    assert "&lt;script src" not in graphs[0]
    # the map: bubbles for places with projects, drawn offline
    maps = [h for h in graphs if "class=&quot;spot&quot;" in h]
    placed = re.search(r"^(\d+) places with projects", text, re.M)
    assert maps and placed and int(placed.group(1)) > 0
    # no repository files were written by the notebook
    assert not (ROOT / "notebooks" / "graph.html").exists()


def test_notebook_opens_the_users_own_store(tmp_path, monkeypatch):
    from kg.api import build

    own = tmp_path / "own-store"
    st = build([ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[1]], store=own)
    del st  # closed: the notebook opens it read-only
    monkeypatch.setenv("KG_STORE", str(own))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells = nb.cells[:5]  # set-up, the province query and table
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    printed = "".join("".join(o.get("text", "")) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert f"your store: {own}" in printed and "pages:" not in printed
