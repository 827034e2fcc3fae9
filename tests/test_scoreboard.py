"""The scoreboard: every set × type and relation × amounts, and the regression gate.

``docs/scoreboard.json`` is committed; this test re-scores the whole corpus
(tests/data/corpus/manifest.json: the many-hands sets and the earlier ones)
and fails when any figure falls more than ``kg.scoreboard.TOLERANCE`` below
it. It replaces the old per-set floors, which sat far below the measured
figures and could not catch a regression. After a change that improves the
figures, regenerate the scoreboard:
``kg eval --corpus tests/data/corpus/manifest.json --write-scoreboard docs/scoreboard``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import scoreboard as sb
from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "tests" / "data" / "corpus" / "manifest.json"
BOARD = ROOT / "docs" / "scoreboard.json"


@pytest.fixture(scope="module")
def current() -> dict:
    corpus = sb.load_corpus(MANIFEST)
    return sb.scoreboard(corpus, sb.score_pages(corpus))


def test_no_figure_falls_below_the_committed_scoreboard(current: dict) -> None:
    committed = json.loads(BOARD.read_text(encoding="utf-8"))
    assert sb.regressions(committed, current) == []


def test_scoreboard_covers_every_set_of_the_corpus(current: dict) -> None:
    committed = json.loads(BOARD.read_text(encoding="utf-8"))
    assert set(committed["set"]) == set(current["set"]), "corpus changed: regenerate the scoreboard"
    assert committed["all"]["pages"] == current["all"]["pages"]


def test_regressions_flag_a_drop_beyond_the_tolerance(current: dict) -> None:
    worse = json.loads(json.dumps(current))
    some_set = next(iter(worse["set"]))
    worse["set"][some_set]["relations_micro"]["f1"] -= 0.05
    worse["set"][some_set]["entities_micro"]["f1"] -= 0.01  # within the tolerance
    found = sb.regressions(current, worse)
    assert found == [f"set/{some_set}/relations/micro: "
                     f"{current['set'][some_set]['relations_micro']['f1']:.3f} → "
                     f"{worse['set'][some_set]['relations_micro']['f1']:.3f}"]


def test_markdown_has_a_row_per_set_and_split(current: dict) -> None:
    md = sb.markdown(current)
    for name in (*current["set"], *current["split"]):
        assert f"| {name} | " in md


def _tiny_corpus(tmp_path: Path, split: str) -> Path:
    """A manifest of one earlier held-out page, put in the given split."""
    src = ROOT / "tests" / "data" / "heldout_c"
    page = sorted((src / "pages").glob("*.txt"))[0]
    for sub in ("pages", "gold"):
        (tmp_path / "tests" / sub).mkdir(parents=True)
    shutil.copy(page, tmp_path / "tests" / "pages" / page.name)
    shutil.copy(src / "gold" / f"{page.stem}.json", tmp_path / "tests" / "gold" / f"{page.stem}.json")
    manifest = {"sets": [{"name": "tiny", "writer": "Z", "split": split, "brief": "tiny",
                          "page_dir": "tests/pages", "gold_dir": "tests/gold",
                          "pages": [{"id": page.stem, "genre": "news"}]}]}
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    return path


def test_eval_corpus_withholds_the_test_splits_errors(tmp_path: Path) -> None:
    manifest = _tiny_corpus(tmp_path, "test")
    out = CliRunner().invoke(app, ["eval", "--corpus", str(manifest), "--errors"])
    assert out.exit_code == 0, out.output
    assert "| test | 1 |" in out.output
    assert "errors withheld" in out.output and "false positives (" not in out.output
    unsealed = CliRunner().invoke(app, ["eval", "--corpus", str(manifest), "--errors", "--unseal-test"])
    assert "errors withheld" not in unsealed.output


def test_eval_corpus_writes_the_scoreboard(tmp_path: Path) -> None:
    manifest = _tiny_corpus(tmp_path, "dev")
    out = CliRunner().invoke(app, ["eval", "--corpus", str(manifest), "--write-scoreboard", str(tmp_path / "b")])
    assert out.exit_code == 0, out.output
    board = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert board["set"]["tiny"]["pages"] == 1 and (tmp_path / "b.md").exists()


def test_eval_corpus_missing_manifest_is_a_one_line_error(tmp_path: Path) -> None:
    out = CliRunner().invoke(app, ["eval", "--corpus", str(tmp_path / "none.json")])
    assert out.exit_code == 2 and "no corpus manifest" in out.output
