"""SHACL validation of the store (pySHACL) with a readable, one-line-per-problem report.

The union of all named graphs is validated together with the ontology, so
``sh:class kg:Place`` accepts a ``kg:County`` through ``rdfs:subClassOf`` and the
shapes only need to know the six entity classes.  Results are turned into lines
like ``Project 年产5万吨膜材料项目 — kg:investmentAmount: kg:investmentAmount is a
non-negative xsd:decimal number of yuan (value: "abc")`` so a person can act on
them without reading the SHACL results graph.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
import rdflib
from pyoxigraph import RdfFormat, Store, Triple
from rdflib.namespace import RDF, RDFS, SH

from kg.rdf import namespaces as ns

_LOCAL_ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


def ontology_file(name: str = "parkkg.ttl") -> Path:
    """Path of a file shipped in ``kg.ontology`` (installed) or ``ontology/`` (source tree)."""
    try:
        p = importlib.resources.files("kg.ontology") / name
        if p.is_file():
            return Path(str(p))
    except ModuleNotFoundError:
        pass
    p = _LOCAL_ONTOLOGY_DIR / name
    if not p.is_file():
        raise FileNotFoundError(f"ontology file {name} not found (looked in kg.ontology and {p.parent})")
    return p


def load_ontology() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ontology_file("parkkg.ttl"), format="turtle")
    return g


def load_shapes() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ontology_file("shapes.ttl"), format="turtle")
    return g


def union_graph(store: Store) -> rdflib.Graph:
    """The union of all named graphs of the store as one rdflib Graph (set semantics)."""
    seen = {Triple(q.subject, q.predicate, q.object) for q in store}
    data = pyoxigraph.serialize(seen, format=RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    for prefix, iri in ns.PREFIXES.items():
        g.bind(prefix, iri, override=True)
    return g


@dataclass
class Problem:
    focus: str
    path: str
    message: str
    value: str = ""
    severity: str = "Violation"

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        path = f" — {self.path}" if self.path else ""
        return f"{self.focus}{path}: {self.message}{value}"


@dataclass
class ValidationResult:
    """``conforms`` plus one :class:`Problem` per SHACL result; ``text`` is the readable report."""

    conforms: bool
    problems: list[Problem] = field(default_factory=list)
    triples: int = 0

    @property
    def text(self) -> str:
        if self.conforms:
            return f"conforms: {self.triples} triples satisfy every shape"
        lines = [f"does not conform: {len(self.problems)} problem(s) in {self.triples} triples"]
        lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return self.conforms


def _short(graph: rdflib.Graph, term) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.Literal):
        return f'"{term}"' + (f"@{term.language}" if term.language else "")
    if isinstance(term, rdflib.URIRef):
        return ns.compact(str(term))
    return str(term)


def _describe(graph: rdflib.Graph, node) -> str:
    """``Type label`` for an entity node, else its short IRI."""
    labels = sorted(
        graph.objects(node, RDFS.label), key=lambda o: (getattr(o, "language", None) != "zh", str(o))
    )
    label = str(labels[0]) if labels else None
    types = sorted(
        str(t)[len(ns.ONTOLOGY) :] for t in graph.objects(node, RDF.type) if str(t).startswith(ns.ONTOLOGY)
    )
    kind = types[0] if types else ""
    if label:
        return f"{kind} {label}".strip()
    return f"{kind} {_short(graph, node)}".strip()


def validate_graph(data: rdflib.Graph) -> ValidationResult:
    """Validate an rdflib graph (entities, facts, provenance merged) against the shapes."""
    import pyshacl

    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        allow_warnings=True,
    )
    problems: list[Problem] = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        value = results.value(r, SH.value)
        sev = results.value(r, SH.resultSeverity)
        problems.append(
            Problem(
                focus=_describe(data, focus),
                path=_short(data, path) if isinstance(path, rdflib.URIRef) else "",
                message=str(msg) if msg is not None else "constraint violated",
                value=_short(data, value) if value is not None else "",
                severity=str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation",
            )
        )
    # one line per distinct problem (several constraints of a shape can share a message)
    unique = {(p.focus, p.path, p.message, p.value): p for p in problems}
    problems = [unique[k] for k in sorted(unique)]
    return ValidationResult(bool(conforms), problems, len(data))


def validate(store: Store) -> ValidationResult:
    """Validate the union of the store's named graphs plus the ontology with the SHACL shapes."""
    return validate_graph(union_graph(store))
