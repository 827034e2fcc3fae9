"""Knowledge in the code is general: no company, park or project name from any annotated page.

The extractor is scored on pages of other provinces written by other hands, so a rule
keyed on a name seen in the seeds or a held-out set would only flatter the figures.
This test collects every Company, Park and Project name (and alias) of every gold file
it can find — the seed gold, the held-out sets and the many-hands corpus in tests/data — and checks that none occurs in a string constant of the package's code
(docstrings, comments and rule records' examples, which explain rules, are not code; the CLI's
help text, which points a new user at the seed graph they just built, is not a rule).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIRS = [*sorted((ROOT / "tests" / "data").glob("heldout*/gold")), ROOT / "tests" / "data" / "gold_seeds",
             *sorted((ROOT / "tests" / "data" / "corpus").glob("*/gold*")), ROOT.parent / "shared" / "gold"]


#: words of generic descriptions some writers annotated as names (生产基地, 零碳产业园, 保税港区, 边境经济合作区, 自贸试验区,
#: 化工园区): a name made
#: of these words alone is no name of one page's thing, and the code may spell such heads
GENERIC_PARTS = ("产业园", "生产", "智能", "超级", "储能", "零碳", "保税", "港区", "基地", "工厂", "电站",
                 "边境", "跨境", "经济合作区", "自贸试验区", "自贸区", "交易中心", "工业集中区", "化工集中区", "众创空间", "孵化器",
                 "化工园区", "综改示范区")
_GENERIC_RE = re.compile("(?:" + "|".join(GENERIC_PARTS) + ")+")


def _generic(name: str) -> bool:
    return (name.isascii() and len(name) <= 5) or _GENERIC_RE.fullmatch(name) is not None


def _gold_names() -> set[str]:
    names: set[str] = set()
    for d in GOLD_DIRS:
        for f in sorted(d.glob("*.json")) if d.is_dir() else ():
            for e in json.loads(f.read_text(encoding="utf-8"))["entities"]:
                if e["type"] in ("Company", "Park", "Project"):
                    names.update(n for n in [e["name"], *e.get("aliases", [])] if len(n) >= 4)
    return {n for n in names if not _generic(n)}


def _code_strings() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        if path.name == "cli.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        # a rule record's example (Rule(id, example)) explains the rule, like a docstring: not scanned
        examples = {id(a) for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                    and n.func.id == "Rule" for a in n.args[1:]}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings | examples:
                out.append((path.name, node.value))
    # the cue patterns are rules written as data: their regexes are code too (their examples,
    # like docstrings, explain a rule and are not scanned)
    from kg.extract import cues

    out += [(f"{c.file}.toml", c.regex) for c in cues.all_cues()]
    out += [("macros.toml", m) for m in cues.macros().values()]
    return out


def test_gold_names_were_found() -> None:
    assert len(_gold_names()) > 200  # the held-out sets alone name several hundred things


def test_no_annotated_name_is_in_the_code() -> None:
    names = _gold_names()
    hits = sorted({(f, n) for f, s in _code_strings() for n in names if n in s})
    assert hits == []
