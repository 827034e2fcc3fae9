"""Held-out sets D to J (tests/data/heldout_{d..j}): consistency of pages and gold.

Each set was written blind (by engineers who never read the extractor) after
the extractor existed, measured once as it arrived, and then (D, E, F) used as
a development set; G was never used to change the extractor
(docs/heldout_defg.md).  Their figures are guarded by the scoreboard
(tests/test_scoreboard.py, docs/scoreboard.json), not by floors here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = [d for d in (DATA / f"heldout_{x}" for x in "defghij") if (d / "gold").is_dir()]


def _squash(text: str) -> str:
    """Whitespace and quote marks removed, as the gold README compares names."""
    return re.sub(r"[\s《》“”「」‘’]+", "", text)


def _golds() -> list[Path]:
    return [g for d in SETS for g in sorted((d / "gold").glob("*.json"))]


def test_every_page_has_gold_and_back() -> None:
    assert SETS, "no held-out set found"
    for d in SETS:
        pages = sorted(p.stem for p in (d / "pages").glob("*.txt"))
        golds = sorted(p.stem for p in (d / "gold").glob("*.json"))
        assert pages and pages == golds, d.name


@pytest.mark.parametrize("gold_path", _golds(), ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_evidence_and_labels_are_in_the_page(gold_path: Path) -> None:
    from kg.text.reading import read_file

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = gold_path.parent.parent / "pages" / f"{gold_path.stem}.txt"
    flat = _squash(read_file(page).raw)
    ids = {e["id"] for e in gold["entities"]}
    assert len(ids) == len(gold["entities"])
    for e in gold["entities"]:
        labels = [e["name"], *e.get("aliases", [])]
        assert any(_squash(lab) in flat for lab in labels), labels
    for t in gold["triples"]:
        assert t["s"] in ids and ("o" not in t or t["o"] in ids)
        assert _squash(t["evidence"]) in flat, t["evidence"]
        if t.get("amount_yuan") is not None:
            assert t["p"] == "investsIn" and isinstance(t["amount_yuan"], int)


def test_each_set_has_a_page_that_is_not_utf8_and_it_decodes() -> None:
    from kg.text.reading import decode_bytes

    for d in SETS:
        odd = []
        for page in (d / "pages").glob("*.txt"):
            data = page.read_bytes()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                text, encoding = decode_bytes(data)
                assert encoding.lower().replace("-", "") in {"gbk", "gb18030", "gb2312"}
                assert "园区" in text or "开发区" in text or "高新区" in text
                odd.append(page.name)
        assert odd, f"{d.name}: no GBK/GB18030 page"


@pytest.mark.parametrize("generator", [g for d in SETS for g in sorted(d.glob("make_heldout_*.py"))],
                         ids=lambda p: p.name)
def test_generator_reproduces_the_committed_files(generator: Path, tmp_path: Path) -> None:
    """The pages and gold are what the generator writes (run on a copy, byte for byte)."""
    work = tmp_path / generator.parent.name
    shutil.copytree(generator.parent, work)
    prefix = generator.stem.removeprefix("make_heldout_")
    ours = sorted(p.name for p in (work / "pages").glob(f"{prefix}*")) + \
        sorted(p.name for p in (work / "gold").glob(f"{prefix}*"))
    for sub in ("pages", "gold"):
        for p in (work / sub).glob(f"{prefix}*"):
            p.unlink()
    # the copy finds the shared damage module (tests.corpus) through PYTHONPATH
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(DATA.parents[1]), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, str(work / generator.name)], check=True, capture_output=True, cwd=work, env=env)
    for name in ours:
        sub = "pages" if name.endswith(".txt") else "gold"
        assert (work / sub / name).read_bytes() == (generator.parent / sub / name).read_bytes(), name
