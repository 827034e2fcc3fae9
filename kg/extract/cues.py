"""Cue patterns as data: the regular expressions of the extractor, each named, with examples.

Why: the recognisers and relation rules used to compile their cue patterns as
anonymous numbered constants (``_RX`` and a number), defined hundreds of lines from their
use, with no word on what each was for; three of them were spelled twice. Here
every such pattern is a record in ``kg/knowledge/data/cues/<stage>.toml`` (in the spirit of
CoreNLP's TokensRegex rule files and spaCy's pattern files):

    [[cue]]
    id = "subordinate_de"                     # what the code calls it
    regex = '(?:代管|下辖|管辖|所辖|辖)的'      # as written, with $MACROS
    example = "由市政府代管的县级市"            # text it must find something in
    counter = "市政府所在的城区"                 # text in the same role it must not
    note = "why the stage needs it"

TOML literal strings keep a regex exactly as written (no doubled backslashes, as
JSON would need), and the files take comments; both are why this is TOML and not
JSONL. ``$NAME`` in a regex is a macro from ``macros.toml``: a regex fragment, or a
word list of :mod:`kg.knowledge.lexicons` written as an alternation, longest word first, so a
word list lives in one place. Cues shared by several stages live in
``common.toml`` and every stage's table includes them.

Loading checks the shape (every field present, ids unique, no unknown macro, the
regex compiles) and fails with the file and cue named; ``tests/test_cues.py`` runs
every example and counter-example and checks that each cue is used and that no
regex is written twice.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

#: the fields every cue record has
FIELDS = ("id", "regex", "example", "counter", "note")
#: stages with a cue file (plus ``common``, which every stage includes)
STAGES = ("recognition", "relations", "projects", "resolution")
_ID = re.compile(r"[a-z][a-z0-9_]*")


class CueError(ValueError):
    """A cue or macro file is malformed; the message names the file and the record."""


@dataclass(frozen=True)
class Cue:
    """One named pattern: the regex as written, the compiled pattern and its examples."""

    id: str
    regex: str
    example: str
    counter: str
    note: str
    pattern: re.Pattern[str]
    file: str

    def finds(self, text: str) -> bool:
        """Whether the pattern finds a non-empty match in ``text`` (how examples are judged)."""
        return any(m.end() > m.start() for m in self.pattern.finditer(text))


def _read(name: str) -> dict:
    path = resources.files("kg.knowledge") / "data" / "cues" / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CueError(f"cue file kg/knowledge/data/cues/{name}.toml is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise CueError(f"kg/knowledge/data/cues/{name}.toml: {exc}") from None


def _lexicon_macro(name: str, word_list: str) -> str:
    from kg.knowledge import lexicons

    value = getattr(lexicons, word_list, None)
    if isinstance(value, str):
        return value
    if not isinstance(value, (tuple, list, set, frozenset)) or not value:
        raise CueError(f"macros.toml: macro {name} names kg.knowledge.lexicons.{word_list}, which is not a word list")
    return "|".join(sorted(set(value), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    """Every macro's expansion, by name (``macros.toml``)."""
    out: dict[str, str] = {}
    for name, spec in _read("macros").items():
        if not re.fullmatch(r"[A-Z][A-Z_]*", name) or not isinstance(spec, dict):
            raise CueError(f"macros.toml: [{name}] must be an upper-case name with a table")
        if ("regex" in spec) == ("lexicon" in spec):
            raise CueError(f"macros.toml: macro {name} needs exactly one of regex = … or lexicon = …")
        out[name] = spec["regex"] if "regex" in spec else _lexicon_macro(name, spec["lexicon"])
    return out


def macro(name: str) -> str:
    """One macro's expansion, for code that builds a larger pattern around it."""
    try:
        return macros()[name]
    except KeyError:
        raise CueError(f"no macro {name} in kg/knowledge/data/cues/macros.toml") from None


def expand(regex: str, where: str = "") -> str:
    """``regex`` with every ``$NAME`` macro written out; an unknown ``$NAME`` is an error."""
    table = macros()
    names = sorted(table, key=len, reverse=True)
    out = re.sub(r"\$(" + "|".join(names) + ")", lambda m: table[m.group(1)], regex) if names else regex
    unknown = re.search(r"\$[A-Z][A-Z_]*", out)
    if unknown:
        raise CueError(f"{where}: unknown macro {unknown.group(0)} (macros are declared in macros.toml)")
    return out


def _records(name: str) -> list[Cue]:
    data = _read(name)
    extra = set(data) - {"cue"}
    if extra:
        raise CueError(f"kg/knowledge/data/cues/{name}.toml: unknown top-level key(s) {sorted(extra)}; only [[cue]] records")
    out = []
    for i, rec in enumerate(data.get("cue", [])):
        where = f"kg/knowledge/data/cues/{name}.toml, cue {rec.get('id', f'#{i + 1}')}"
        missing = [f for f in FIELDS if not isinstance(rec.get(f), str) or not rec[f]]
        if missing or set(rec) - set(FIELDS):
            raise CueError(f"{where}: needs the fields {', '.join(FIELDS)} (missing or empty: {missing}; "
                           f"unknown: {sorted(set(rec) - set(FIELDS))})")
        if not _ID.fullmatch(rec["id"]):
            raise CueError(f"{where}: an id is lower_snake_case")
        try:
            pattern = re.compile(expand(rec["regex"], where))
        except re.error as exc:
            raise CueError(f"{where}: the regex does not compile: {exc}") from None
        out.append(Cue(rec["id"], rec["regex"], rec["example"], rec["counter"], rec["note"], pattern, name))
    return out


class Cues:
    """A stage's cue table: ``CUES.subordinate_de`` is that cue's compiled pattern."""

    def __init__(self, stage: str, records: list[Cue]) -> None:
        self.stage = stage
        self.records: dict[str, Cue] = {}
        for cue in records:
            if cue.id in self.records:
                raise CueError(f"kg/knowledge/data/cues/{cue.file}.toml: cue id {cue.id} is also in {self.records[cue.id].file}.toml")
            if cue.id in ("stage", "records"):
                raise CueError(f"kg/knowledge/data/cues/{cue.file}.toml: a cue may not be called {cue.id!r}")
            self.records[cue.id] = cue
            # a plain attribute: CUES.x in a hot loop is then an ordinary lookup, not a
            # __getattr__ call (which cost the pipeline about 3 %)
            setattr(self, cue.id, cue.pattern)

    def __getattr__(self, name: str) -> re.Pattern[str]:
        """Only reached for a name that is no cue: say where the cues are."""
        try:
            return self.__dict__["records"][name].pattern
        except KeyError:
            raise AttributeError(f"no cue {name!r} for the stage {self.__dict__.get('stage')!r} "
                                 f"(kg/knowledge/data/cues/{self.__dict__.get('stage')}.toml or common.toml)") from None


@cache
def load(stage: str) -> Cues:
    """The cue table of ``stage``: its own file and ``common.toml``, checked and compiled once."""
    if stage not in STAGES:
        raise CueError(f"no cue stage {stage!r}; the stages are {', '.join(STAGES)}")
    return Cues(stage, _records("common") + _records(stage))


def all_cues() -> list[Cue]:
    """Every cue of every file, once (common first), for the tests and ``python -m kg.extract.cues``."""
    return _records("common") + [c for stage in STAGES for c in _records(stage)]


def catalogue_markdown() -> str:
    """Every cue as a Markdown table (file, id, regex, example, counter-example): docs/cues.md."""
    from kg.rules import markdown_table

    cells = ([c.file, f"`{c.id}`", f"`{c.regex}`", c.example, c.counter] for c in all_cues())
    return markdown_table(("file", "cue", "regex", "finds something in", "finds nothing in"),
                          ([x.replace("|", "\\|") for x in row] for row in cells))


def main() -> int:
    """``python -m kg.extract.cues``: the cue catalogue as a Markdown table."""
    print(catalogue_markdown(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
