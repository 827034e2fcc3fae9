"""What every rule of the record-style stages is: an id and an example it fires on.

The stages ``date``, ``project_lists``, ``residents``, ``tables``, ``issuers``,
``recognition``, ``projects``, ``relations`` and ``filters`` declare their rules as ``RULES = {id: Rule(id, example)}``; the id
reaches ``Mention.rule`` or ``Fact.extractor`` (``rule:<id>``), and one
parametrised test per stage runs every rule on its own example.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A named rule with an example sentence (or page) it fires on."""

    id: str
    example: str
    #: a page that teaches a build the names the example uses (rules that read a build's lexicon,
    #: kg.known_names); empty for rules that read their own page only
    teacher: str = ""


#: the stage modules whose rules are records (module name, the name of its table)
STAGES_WITH_RULES = (
    ("kg.text.dates", "RULES"), ("kg.extract.project_lists", "RULES"), ("kg.relate.residents", "RULES"), ("kg.relate.signings", "RULES"),
    ("kg.relate.tables", "RULES"), ("kg.relate.amount_links", "RULES"), ("kg.relate.issuers", "RULES"), ("kg.relate.filters", "FILTERS"),
    ("kg.relate.passage_firms", "RULES"),
    ("kg.extract.recognition", "RULES"), ("kg.extract.projects", "RULES"), ("kg.relate.relations", "RULES"),
)


def catalogue() -> list[tuple[str, str, str]]:
    """(stage module, rule id, example) of every record-style rule, in stage order."""
    import importlib

    out = []
    for module, table in STAGES_WITH_RULES:
        for rid, rule in getattr(importlib.import_module(module), table).items():
            example = getattr(rule, "example", rule)
            out.append((module.removeprefix("kg."), rid, example))
    return out


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table of already-escaped cells (docs/rules.md, docs/cues.md)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def catalogue_markdown() -> str:
    """Every record-style rule as a Markdown table (stage, id, example): docs/rules.md."""
    return markdown_table(("stage", "rule", "example"), (
        (stage, f"`{rid}`", example.replace(chr(10), " ⏎ ").replace("|", "¦")) for stage, rid, example in catalogue()))


def main() -> int:
    """``python -m kg.rules``: the rule ids a fact's ``kg:extractor`` can name, each with its example."""
    print(catalogue_markdown(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
