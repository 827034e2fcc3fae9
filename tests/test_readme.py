"""The README's examples do what the README says (issue 9, item 16)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_python_extract_example_yields_its_investment():
    import kg.api as kg

    m = re.search(r'kg\.extract\("([^"]+)"\)', README)
    assert m, "the README shows kg.extract"
    doc = kg.extract(m.group(1))
    inv = [(f.subject.text, f.obj.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert inv == [("贵州黔星新材料有限公司", "年产5万吨铝合金项目", 1_250_000_000)]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from kg.build import build
    from kg.rdf.store import open_store

    path = tmp_path_factory.mktemp("seeds") / "store"
    build([ROOT / "seeds"], store=path, progress=False)
    return open_store(path, read_only=True)


def test_the_readme_select_examples_give_no_duplicate_rows(seed_store):
    from kg.rdf.query import query

    examples = re.findall(r"kg query '(SELECT[^']+)'", README)
    assert examples
    for sparql in examples:
        rows = [tuple(str(v) for v in row) for row in query(seed_store, sparql)]
        assert rows and len(rows) == len(set(rows)), sparql
