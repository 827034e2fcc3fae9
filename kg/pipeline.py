"""The processing pipeline: date → clean → segment → recognise → projects → relate → … → resolve.

A spaCy-like list of small stages, each a function ``Document -> Document``,
so a stage can be replaced, skipped or tested alone, and ``process`` is the
one place that fixes their order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.document import Document
from kg.extract.project_lists import recognise_project_lists
from kg.extract.projects import recognise_projects
from kg.extract.recognition import recognise
from kg.known_names import teach
from kg.learn.entity_filter import filter_entities
from kg.learn.rescorer import rescore
from kg.relate.amount_links import link_amounts
from kg.relate.filters import apply_filters
from kg.relate.issuers import read_title_issuers
from kg.relate.passage_firms import place_passage_firms
from kg.relate.relations import relate
from kg.relate.residents import place_residents
from kg.relate.signings import sign_generic
from kg.relate.tables import read_tables
from kg.resolve.resolution import resolve
from kg.text.cleaning import clean
from kg.text.dates import date_page
from kg.text.segmentation import segment

Stage = Callable[[Document], Document]

#: The stages in order, as (name, function) pairs.
STAGES: list[tuple[str, Stage]] = [
    ("date", date_page),  # the page's publication date: masthead, label, a notice's signature
    ("clean", clean),
    ("segment", segment),
    ("recognise", recognise),
    ("projects", recognise_projects),  # facilities not named …项目 (生产线, 基地, 工厂…)
    ("project_lists", recognise_project_lists),  # enumerated projects; parks a firm builds
    ("relate", relate),
    ("residents", place_residents),  # firms and projects an enumeration places in a zone
    ("signings", sign_generic),  # 县政府/开发区与A、B等企业签约: the generic signer taken back to its name
    ("tables", read_tables),  # rows of published lists and tables: title and place per row
    ("amount_links", link_amounts),  # an amount opening the next sentence sizes the project just named
    ("issuers", read_title_issuers),  # issuers named inside a document's title (X部Y局关于…的通知)
    ("filters", apply_filters),  # named vetoes (a place an investor comes from signs nothing)
    ("rescore", rescore),  # a learned confidence for every fact (kg/data/rescorer.json)
    ("passage_firms", place_passage_firms),  # firms a zone's passage names: proposed, decided by a model
    ("resolve", resolve),
    ("entity_filter", filter_entities),  # parks, firms, projects a model doubts: dropped with their facts
    ("teach", teach),  # the legal names and short forms this page teaches a build's other pages
]


@dataclass(frozen=True)
class Contract:
    """What a stage reads on the :class:`Document` and what it may write (field names).

    Why declared: a stage can then be replaced or moved knowing what it depends on, and
    ``tests/test_pipeline.py`` runs every stage on corpus pages and fails if one changes a
    field it does not declare."""

    reads: tuple[str, ...]
    writes: tuple[str, ...]


#: each stage's contract, by the stage's name in :data:`STAGES`
CONTRACTS: dict[str, Contract] = {
    "date": Contract(("raw",), ("issued",)),
    "clean": Contract(("raw",), ("text", "offsets")),
    "segment": Contract(("text",), ("sentences",)),
    "recognise": Contract(("text", "sentences", "known_firms"), ("mentions",)),
    "projects": Contract(("text", "sentences", "mentions"), ("mentions",)),
    "project_lists": Contract(("text", "mentions"), ("mentions",)),
    "relate": Contract(("text", "sentences", "mentions"), ("facts", "mentions")),
    "residents": Contract(("text", "sentences", "mentions", "facts"), ("facts",)),
    "signings": Contract(("text", "sentences", "mentions", "facts"), ("facts",)),
    "tables": Contract(("text", "sentences", "mentions", "facts"), ("facts", "mentions")),
    "amount_links": Contract(("text", "sentences", "facts"), ("facts",)),
    "issuers": Contract(("text", "sentences", "mentions", "facts"), ("facts", "mentions")),
    "filters": Contract(("text", "mentions", "facts"), ("facts", "rejected")),
    "rescore": Contract(("text", "sentences", "mentions", "facts"), ("facts",)),
    "passage_firms": Contract(("text", "sentences", "mentions", "facts"), ("facts",)),
    # (resolve gives the mentions of vetoed facts their entities too: `rejected` changes through them)
    "resolve": Contract(("text", "mentions", "facts", "known_firms"), ("entities", "mentions", "facts", "rejected")),
    "entity_filter": Contract(("text", "mentions", "facts", "entities"), ("entities", "mentions", "facts")),
    "teach": Contract(("mentions", "entities", "known_firms"), ("teaches",)),
}


def process(doc: Document, stages: list[tuple[str, Stage]] | None = None) -> Document:
    """Run every stage over ``doc`` (in place) and return it."""
    for _name, stage in stages or STAGES:
        doc = stage(doc)
    return doc


def process_before(doc: Document, stage: str) -> Document:
    """Run the stages that come before ``stage`` (a stage's input, for tests and tracing)."""
    names = [n for n, _ in STAGES]
    if stage not in names:
        raise ValueError(f"no stage {stage!r}; the stages are {', '.join(names)}")
    return process(doc, STAGES[: names.index(stage)])


def process_text(text: str, doc_id: str = "doc") -> Document:
    """Convenience: process a string as a one-page document (tests, notebooks, API)."""
    return process(Document(id=doc_id, source=doc_id, raw=text))


#: the stages that only drop what a learned model doubts (kg.learn.rescorer, kg.learn.entity_filter)
LEARNED_FILTERS = ("rescore", "entity_filter")


def process_rules(text: str, doc_id: str = "doc", known: dict[str, str] | None = None) -> Document:
    """A string through every stage but the learned filters: what the rules propose.

    Why: a test of a rule asserts what the rule finds; whether a model then keeps it is the
    model's decision, measured on the test split (``python -m bench.rescorer``), and an invented
    name standing alone in a one-sentence test is just what such a model doubts. ``known`` is
    the lexicon a build's other pages taught (``kg.known_names``)."""
    stages = [(n, f) for n, f in STAGES if n not in LEARNED_FILTERS]
    return process(Document(id=doc_id, source=doc_id, raw=text, known_firms=dict(known or {})), stages)
