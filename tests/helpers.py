"""What the behaviour tests of the record-style stages read back: the named pairs of a relation."""

from __future__ import annotations

from kg.pipeline import process_text


def named_pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) canonical names of every ``predicate`` fact the pipeline finds in ``text``;
    a literal object (a designation title) as its text."""
    doc = process_text(text)
    name = {k: e.name for k, e in doc.entities.items()}
    return {
        (name[f.subject.entity], f.literal if f.obj is None else name[f.obj.entity])
        for f in doc.facts
        if f.predicate == predicate
    }
