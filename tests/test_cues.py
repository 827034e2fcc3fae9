"""The cue tables: every named pattern finds its example, not its counter-example, and is used.

The cue files (kg/knowledge/data/cues/*.toml) replaced anonymous ``_RXn`` constants; these
tests keep them honest: a cue without a working example, a cue no code reads, a
``CUES.name`` the table lacks, or the same regex written twice all fail here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import cues

ROOT = Path(__file__).resolve().parent.parent
ALL = cues.all_cues()


@pytest.mark.parametrize("cue", ALL, ids=[f"{c.file}:{c.id}" for c in ALL])
def test_cue_finds_its_example_and_not_its_counter(cue: cues.Cue) -> None:
    assert cue.finds(cue.example), f"{cue.id} finds nothing in its example {cue.example!r}"
    assert not cue.finds(cue.counter), f"{cue.id} finds {cue.pattern.search(cue.counter)} in its counter-example"


def test_every_stage_loads_its_table_with_the_common_cues() -> None:
    for stage in cues.STAGES:
        table = cues.load(stage)
        assert {"parenthesised", "clause_break", "digit"} <= set(table.records)
        assert table.clause_break.search("甲，乙")


def _references(stage: str) -> set[str]:
    return set(re.findall(r"\bCUES\.([a-z][a-z0-9_]*)", next((ROOT / "kg").rglob(f"{stage}.py")).read_text(encoding="utf-8")))


def test_every_cue_is_used_and_every_use_is_a_cue() -> None:
    used_anywhere: set[str] = set()
    for stage in cues.STAGES:
        refs = _references(stage)
        used_anywhere |= refs
        assert refs - set(cues.load(stage).records) == set(), f"the module {stage}.py reads cues its table lacks"
        own = {c.id for c in ALL if c.file == stage}
        assert own - refs == set(), f"cues of {stage}.toml that the module {stage}.py never reads"
    common = {c.id for c in ALL if c.file == "common"}
    assert common - used_anywhere == set()


def test_no_regex_is_written_twice() -> None:
    seen: dict[str, str] = {}
    for c in ALL:
        assert c.regex not in seen, f"{c.file}:{c.id} repeats {seen.get(c.regex)}: one concept, one cue"
        seen[c.regex] = f"{c.file}:{c.id}"


def test_no_anonymous_pattern_constants_are_left() -> None:
    for path in sorted((ROOT / "kg").rglob("*.py")):
        assert not re.search(r"\b_RX\d+\b", path.read_text(encoding="utf-8")), path


def test_a_macro_is_written_out_and_an_unknown_one_is_an_error() -> None:
    assert "新材料" in cues.macro("IND").split("|")
    ind = cues.expand("(?:$IND)$")
    assert re.search(ind, "云岭纸业") and not re.search(ind, "云岭纸业公司")
    with pytest.raises(cues.CueError, match=r"unknown macro \$NOSUCH"):
        cues.expand("(?:$NOSUCH)", "test")


def test_a_malformed_cue_file_fails_loudly_where_it_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    good = cues._read

    def fake(name: str) -> dict:
        if name == "projects":
            return {"cue": [{"id": "no_example", "regex": "项目", "counter": "工程", "note": "n"}]}
        return good(name)

    monkeypatch.setattr(cues, "_read", fake)
    with pytest.raises(cues.CueError, match=r"projects\.toml, cue no_example: needs the fields .*'example'"):
        cues._records("projects")


def test_an_unknown_cue_name_says_where_cues_live() -> None:
    with pytest.raises(AttributeError, match=r"no cue 'nosuch'.*kg/knowledge/data/cues/relations\.toml"):
        _ = cues.load("relations").nosuch


def test_the_catalogue_in_docs_is_the_current_one() -> None:
    """docs/cues.md is what ``python -m kg.extract.cues`` writes today (regenerate it after changing a cue)."""
    assert (ROOT / "docs" / "cues.md").read_text(encoding="utf-8").endswith(cues.catalogue_markdown())
