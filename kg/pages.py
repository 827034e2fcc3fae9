"""One page file → its document → its quads: the work a build hands to worker processes.

Why a module of its own: both the local build (``kg.build``: one process or a pool)
and the distributed one (``kg.distributed``: a Dask cluster) send these functions to
workers, so each imports this module and neither imports the other. Everything here
is picklable and module level, so spawned workers can run it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph


@dataclass
class Result:
    """What a worker sends back for one file (picklable, small)."""

    path: str
    doc_id: str | None = None
    nquads: bytes | None = None
    chars: int = 0
    error: str | None = None
    kept: bool = False  # a second-pass page whose stored graph stands (nothing to write)


@dataclass(frozen=True)
class Source:
    """A page file to build and the document id it gets (picklable: it crosses to workers).

    In a build's second pass (``kg.known_names``) it also carries the part of the build's
    lexicon the page's text holds (``known``: (form, legal name) pairs) and what the page's
    first pass found it teaches (``teaches``: (legal name, forms) pairs), which it keeps."""

    path: str
    doc_id: str
    known: tuple[tuple[str, str], ...] = ()
    teaches: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: the store holds the page's graph made without a lexicon: keep it when the lexicon names nothing here
    keep_unless_known: bool = False


def _source(item: str | Source) -> Source:
    return item if isinstance(item, Source) else Source(str(item), Path(item).stem)


def one_line(exc: BaseException) -> str:
    """A one-line message: ReadError already says what to do; others get their type."""
    msg = " ".join(str(exc).split())
    if type(exc).__name__ in ("ReadError", "StoreError"):
        return msg or "cannot read file"
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__


def document_for_path(path: str | Path, recogniser: str = "rules", doc_id: str | None = None,
                      src: Source | None = None) -> Any:
    """read → pipeline for one file (raises on failure); None when ``src`` says the stored graph stands.

    ``recogniser`` names the stage list (``kg.statistical.stages_for``): the
    name, not the functions, crosses the process boundary, so spawn workers
    build the same pipeline as the parent. ``src``, in a build's second pass,
    gives the page its part of the build's lexicon and its first pass's teaching.
    """
    from kg.pipeline import STAGES, process
    from kg.text.reading import read_file

    doc = read_file(Path(path), doc_id)
    stages = list(STAGES)
    if recogniser != "rules":
        from kg.statistical import stages_for

        stages = stages_for(recogniser)
    if src is None or not src.known:
        return process(doc, stages)
    doc.known_firms = dict(src.known)
    cut = [n for n, _ in stages].index("recognise") + 1
    doc = process(doc, stages[:cut])
    if src.keep_unless_known and not _names_known(doc):
        return None  # the lexicon-free graph in the store is this page's graph with the lexicon too
    doc = process(doc, stages[cut:])
    doc.teaches = {name: list(forms) for name, forms in src.teaches}
    return doc


def _names_known(doc: Any) -> bool:
    """Does the lexicon change this page? Only through a firm it recognised (``company.known_name``)
    or a firm the page names by a form the lexicon knows (resolution then gives it the legal name)."""
    from kg.resolve.resolution import normalised_forms

    forms = normalised_forms(doc.known_firms)
    firms = normalised_forms([m.text for m in doc.mentions if m.type == "Company"])
    return bool(firms & forms) or any(m.rule == "company.known_name" for m in doc.mentions)


def quads_for_path(
    path: str | Path, recogniser: str = "rules", doc_id: str | None = None, src: Source | None = None
) -> tuple[Any, list[pyoxigraph.Quad]]:
    """read → pipeline → mapping for one file: ``(document, quads)``."""
    from kg.rdf.mapping import document_quads

    doc = document_for_path(path, recogniser, doc_id, src)
    return doc, list(document_quads(doc)) if doc is not None else []


def process_path(item: str | Source, recogniser: str = "rules") -> Result:
    """Never raises: any failure becomes the result's one-line ``error``."""
    src = _source(item)
    p = src.path
    try:
        doc, quads = quads_for_path(p, recogniser, src.doc_id, src)
        if doc is None:
            return Result(path=p, doc_id=src.doc_id, kept=True)
        data = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS) or b""
        return Result(path=p, doc_id=doc.id, nquads=data, chars=len(doc.raw))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a build
        return Result(path=p, error=one_line(exc))


def process_batch(paths: list[str | Source], recogniser: str = "rules") -> list[Result]:
    """Worker task: a batch of paths or sources → results (module level, so spawn can pickle it)."""
    return [process_path(p, recogniser) for p in paths]


def warm_up(recogniser: str = "rules") -> None:
    """Pool initializer: load dictionaries (and a tagger) once per worker, not in the first task."""
    try:
        from kg.pipeline import process_text

        process_text("山西省某县经济技术开发区某某有限公司投资1亿元建设年产1万吨某某项目。", doc_id="warmup")
        if recogniser != "rules":
            from kg.statistical import warm_up

            warm_up(recogniser)
    except Exception:  # noqa: BLE001 - warming up is an optimisation only
        pass


def batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def sources(paths: Iterable[str | Path] | Iterable[Source] | str | Path) -> Iterator[Source]:
    """The page files of the given files and folders with their document ids
    (:func:`kg.text.reading.iter_sources`); a list of sources already made passes through."""
    from kg.text.reading import iter_sources

    if isinstance(paths, str | Path):
        paths = [paths]
    items = list(paths)
    if items and all(isinstance(x, Source) for x in items):
        yield from items  # type: ignore[misc]
        return
    for p, doc_id in iter_sources([Path(x) for x in items]):  # checks every path before the first
        yield Source(str(p), doc_id)
