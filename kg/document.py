"""The typed objects that pass between pipeline stages.

Every stage of parkkg takes a :class:`Document` and returns it with one more
layer filled in (clean text, sentences, mentions, facts, entities).  Keeping the
hand-over object a plain dataclass means each stage can be tested on a
hand-made document, and a document can be printed (``doc.describe()``) to see
exactly what a stage produced.

Offsets: ``Mention.start/end`` and ``Sentence.start/end`` index the *clean*
text (``Document.text``).  ``Document.to_raw(i)`` maps a clean offset back to
the original file text through the offset map kept by the cleaning stage, so
provenance can always point at the bytes the user gave us.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.text.amounts import Amount

#: The six entity types of the ontology (local names of ``kg:`` classes).
ENTITY_TYPES: tuple[str, ...] = ("Park", "Company", "Agency", "Policy", "Project", "Place")

#: The six relations of the ontology (local names of ``kg:`` properties).
RELATIONS: tuple[str, ...] = (
    "investsIn",
    "locatedIn",
    "partOf",
    "issuedBy",
    "signsWith",
    "designatedAs",
)

#: Place levels, most general first; ``Place`` subclasses are named after them.
PLACE_LEVELS: tuple[str, ...] = ("province", "city", "county", "town", "village")


@dataclass(slots=True)
class Sentence:
    """A sentence-like unit of clean text.

    ``kind`` tells body text from the page furniture that PDF extraction mixes
    into it: ``headline``, ``caption`` (photo captions such as 【…摄】),
    ``byline`` (本报记者 …).  Relation patterns only run on ``body`` units by
    default, so a headline glued to a paragraph cannot create a false fact.
    """

    start: int
    end: int
    text: str
    kind: str = "body"


@dataclass(slots=True)
class Mention:
    """A typed span of clean text that names (or refers to) an entity.

    ``entity`` is empty until the resolving stage links the mention to an
    :class:`Entity` key; coreferent mentions ("该公司") get the key of the entity
    they refer to while ``text`` keeps what the page actually says.
    """

    start: int
    end: int
    text: str
    type: str
    source: str = "rule"
    level: str | None = None  # Place only: one of PLACE_LEVELS
    code: str | None = None  # Place only: administrative-division code
    entity: str | None = None  # set by resolution
    is_reference: bool = False  # pronoun-like mention (该公司, 公司, 该项目)
    rule: str = ""  # id of the rule that proposed (or retyped) it, where the rule has one

    def __repr__(self) -> str:  # short form: prints well inside lists
        return f"<{self.type} {self.text!r} {self.start}:{self.end}>"


@dataclass(slots=True)
class Fact:
    """One extracted statement, with its evidence.

    ``subject`` / ``obj`` are mentions of the document; ``literal`` is used
    instead of ``obj`` for ``designatedAs`` (the title is a string).  Amounts
    are normalised to yuan (``amount_yuan``); ``amount_text`` keeps the surface
    form ("16.5 亿元") and ``currency`` is set when the amount is not in yuan.
    """

    subject: Mention
    predicate: str
    obj: Mention | None = None
    literal: str | None = None
    amount_yuan: Decimal | None = None
    amount_text: str | None = None
    currency: str | None = None
    evidence_start: int = 0  # clean-text offsets of the evidence sentence
    evidence_end: int = 0
    extractor: str = "rule"
    confidence: float = 1.0  # the re-scorer's probability that the fact holds (kg.learn.rescorer)

    def take_amount(self, amount: Amount) -> None:
        """Give the fact a parsed amount (``kg.text.amounts.Amount``): its yuan, its text as written, its
        currency. Why one method: the relation rules that find an amount all set the three together."""
        self.amount_yuan, self.amount_text, self.currency = amount.yuan, amount.text, amount.currency

    def __repr__(self) -> str:
        o = self.obj.text if self.obj is not None else repr(self.literal)
        amt = f" [{self.amount_yuan} yuan]" if self.amount_yuan is not None else ""
        return f"<Fact {self.subject.text} —{self.predicate}→ {o}{amt}>"


@dataclass(slots=True)
class Entity:
    """One real-world thing a document talks about, after resolution.

    ``key`` is stable across builds (derived from the type and the normalised
    canonical name, or the division code for places) and becomes the IRI.
    """

    key: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    level: str | None = None
    code: str | None = None
    parent: str | None = None  # Place only: key of the enclosing division


@dataclass(slots=True)
class Document:
    """A source page and everything the pipeline has learnt about it."""

    id: str  # stable document id (the file name without its extension)
    source: str  # path or other locator of the original
    raw: str  # the decoded original text
    text: str = ""  # clean text (set by cleaning)
    offsets: list[int] = field(default_factory=list)  # clean index -> raw index
    encoding: str = "utf-8"
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    issued: str | None = None  # publication date printed on the page, ISO (set by kg.text.dates)
    rejected: list[tuple[Fact, str]] = field(default_factory=list)  # facts a named filter vetoed, and its id
    # firms other pages of the build named in full: short form → legal name (kg.known_names)
    known_firms: dict[str, str] = field(default_factory=dict)
    # what this page teaches the others: legal name → the short forms it wrote (kg.known_names)
    teaches: dict[str, list[str]] = field(default_factory=dict)

    def to_raw(self, i: int) -> int:
        """Map a clean-text offset to the offset in ``raw``.

        The end of the text maps to the end of the raw text, so spans
        ``[start, end)`` map cleanly.
        """
        if not self.offsets:
            return i
        if i >= len(self.offsets):
            return len(self.raw)
        return self.offsets[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean ``[start, end)`` span to a raw ``[start, end)`` span."""
        if end <= start:
            return self.to_raw(start), self.to_raw(start)
        if not self.offsets:
            return start, end
        # Pages read column by column (side-by-side layouts) are not monotone:
        # the span's raw extent is the min/max over its characters.
        window = self.offsets[start:end]
        if not window:
            return self.to_raw(start), self.to_raw(start)
        return min(window), max(window) + 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains a clean-text offset (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def entity_of(self, mention: Mention) -> Entity | None:
        """The resolved entity of a mention, if resolution has run."""
        return self.entities.get(mention.entity) if mention.entity else None

    def describe(self) -> str:
        """A readable dump of what the pipeline found, for debugging and docs."""
        lines = [f"Document {self.id} ({len(self.text)} chars, {len(self.sentences)} sentences)"]
        for e in sorted(self.entities.values(), key=lambda e: (e.type, e.name)):
            alias = f" aka {'/'.join(sorted(e.aliases))}" if e.aliases else ""
            lines.append(f"  {e.type:8} {e.name}{alias}")
        for f in self.facts:
            lines.append(f"  {f!r}")
        return "\n".join(lines)

    def trace(self) -> str:
        """Which rule proposed each mention and each fact, with the fact's confidence, and which
        filter vetoed each fact a rule proposed and the page does not keep."""
        lines = [f"Document {self.id}: {len(self.mentions)} mentions, {len(self.facts)} facts", "mentions:"]
        for m in self.mentions:
            ref = " (reference)" if m.is_reference else ""
            lines.append(f"  {m.start:>6}:{m.end:<6} {m.type:8} {m.text}{ref}  [{m.rule or m.source}]")
        lines.append("facts:")
        for f in self.facts:
            lines.append(f"  {f!r}  [{f.extractor}] confidence {f.confidence:.2f}")
        if self.rejected:
            lines.append("rejected (proposed by a rule, vetoed by a filter):")
            lines += [f"  {f!r}  [{f.extractor}] vetoed by {why}" for f, why in self.rejected]
        return "\n".join(lines)
