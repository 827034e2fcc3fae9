"""What every rule of the record-style stages is: an id and an example it fires on.

The stages ``project_lists``, ``residents``, ``tables``, ``issuers`` and
``filters`` declare their rules as ``RULES = {id: Rule(id, example)}``; the id
reaches ``Mention.rule`` or ``Fact.extractor`` (``rule:<id>``), and one
parametrised test per stage runs every rule on its own example.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A named rule with an example sentence (or page) it fires on."""

    id: str
    example: str
