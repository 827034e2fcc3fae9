"""Position look-ups (kg.extract.spans) and blocked name comparison give exactly what the scans they replace gave.

Why these tests: issue 8's long-page work swapped loops over every mention,
name or fact of a page for indexes. Each index here is checked against the
plain loop on many random inputs, and the blocking keys of name resolution
against comparing every pair, on every name of the corpus gold.
"""

from __future__ import annotations

import glob
import json
import random
from dataclasses import dataclass

import pytest

from kg.extract import spans
from kg.resolve import resolution


@dataclass
class _S:
    start: int
    end: int


def _random_spans(rng: random.Random, n: int, size: int) -> list[_S]:
    out = []
    for _ in range(n):
        s = rng.randrange(size)
        out.append(_S(s, min(size, s + rng.randint(1, 30))))
    return out


@pytest.mark.parametrize("seed", range(20))
def test_span_index_finds_what_a_scan_finds(seed: int) -> None:
    rng = random.Random(seed)
    xs = _random_spans(rng, rng.randint(0, 300), 2000)
    idx = spans.SpanIndex(xs)
    for _ in range(200):
        s = rng.randrange(2000)
        e = s + rng.randint(1, 50)
        want = [x for x in idx.spans if x.start < e and s < x.end]
        assert idx.overlapping(s, e) == want
        assert idx.any_overlapping(s, e) == bool(want)
        a = s - rng.randint(0, 1500)
        assert idx.ending_in(a, s) == [x for x in idx.spans if a <= x.end <= s]


@pytest.mark.parametrize("seed", range(10))
def test_coverage_hits_what_a_scan_hits(seed: int) -> None:
    rng = random.Random(seed)
    cov, added = spans.Coverage(1000), []
    for x in _random_spans(rng, 60, 1000):
        cov.add(x.start, x.end)
        added.append(x)
        for _ in range(20):
            s = rng.randrange(1000)
            e = s + rng.randint(1, 20)
            assert cov.hits(s, e) == any(a.start < e and s < a.end for a in added)


def _scan(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


@pytest.mark.parametrize("seed", range(10))
def test_text_index_finds_what_str_find_finds(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "园区公司项目格力aa𠀀，"  # a small alphabet: many repeats and self-overlaps (aaa in aaaa)
    text = "".join(rng.choice(alphabet) for _ in range(5000))
    ix = spans.TextIndex(text)
    for _ in range(300):
        k = rng.randrange(len(text) - 6)
        word = text[k:k + rng.randint(1, 6)]
        assert list(ix.find_all(word)) == _scan(text, word), word
    assert list(ix.find_all("不在其中")) == []


def test_a_long_text_is_searched_through_its_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spans, "INDEX_FROM_CHARS", 10)
    text = "格力建设格力工厂，格力格力格力"
    assert list(spans.find_all(text, "格力格力")) == _scan(text, "格力格力") == [9]
    assert spans._last is not None and spans._last[0] is text


def _gold_names() -> dict[str, list[str]]:
    names: dict[str, set[str]] = {"Company": set(), "Park": set(), "Project": set()}
    for path in glob.glob("tests/data/corpus/*/gold/*.json"):
        with open(path, encoding="utf-8") as fh:
            entities = json.load(fh)["entities"]
        for e in entities:
            if e["type"] in names:
                names[e["type"]].update([e["name"], *e.get("aliases", [])])
    return {t: sorted(v) for t, v in names.items()}


@pytest.mark.parametrize("etype", ["Company", "Park", "Project"])
def test_blocking_groups_names_as_comparing_every_pair_does(etype: str) -> None:
    names = _gold_names()[etype]
    assert len(names) > 300  # every writer's names, aliases included
    same = {"Company": resolution._company_same, "Park": resolution._park_same,
            "Project": resolution._project_same}[etype]
    blocked = resolution._groups(names, same, resolution.BLOCKINGS[etype])
    assert blocked == resolution._groups(names, same, None)
    assert sum(blocked[n] != n for n in names) > 10  # the names do group: the check is not vacuous


def test_blocking_groups_firms_as_comparing_every_pair_does_with_registered_names_kept_apart() -> None:
    names = _gold_names()["Company"]
    args = (resolution._company_same,)
    keep = (resolution._registered_core, resolution._company_core)
    blocked = resolution._groups(names, *args, resolution.COMPANY_BLOCKING, *keep)
    assert blocked == resolution._groups(names, *args, None, *keep)
    # and fewer names are joined than without the rule: two registered firms are never one
    assert sum(blocked[n] != n for n in names) < sum(v != n for n, v in resolution._groups(names, *args).items())
