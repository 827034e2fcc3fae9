"""Validation: a correct graph conforms; each kind of mistake is reported on one readable line."""

from __future__ import annotations

import rdflib
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.rdf import namespaces as ns
from kg.rdf.mapping import document_quads
from kg.rdf.validation import load_ontology, load_shapes, validate

try:
    from test_mapping import sample_document
except ImportError:  # pragma: no cover
    from tests.test_mapping import sample_document

K = ns.term
G = NamedNode(ns.GRAPH + "test/extra")
RDF_TYPE = NamedNode(ns.PREFIXES["rdf"] + "type")
LABEL = NamedNode(ns.PREFIXES["rdfs"] + "label")


def _store(*extra: Quad) -> Store:
    s = Store()
    s.extend(document_quads(sample_document()))
    s.extend(extra)
    return s


def test_ontology_and_shapes_load_and_name_the_contract():
    onto = load_ontology()
    for cls in (
        "Park",
        "Company",
        "Agency",
        "Policy",
        "Project",
        "Place",
        "Province",
        "City",
        "County",
        "Town",
        "Document",
        "FactGraph",
    ):
        assert (rdflib.URIRef(K(cls)), rdflib.RDF.type, rdflib.OWL.Class) in onto, cls
        labels = {lab.language for lab in onto.objects(rdflib.URIRef(K(cls)), rdflib.RDFS.label)}
        assert labels == {"zh", "en"}, cls
    for prop in (
        "investsIn",
        "locatedIn",
        "partOf",
        "issuedBy",
        "signsWith",
        "designatedAs",
        "investmentAmount",
        "amountText",
        "currency",
        "divisionCode",
        "evidence",
        "startOffset",
        "endOffset",
        "extractor",
    ):
        assert any(True for _ in onto.objects(rdflib.URIRef(K(prop)), rdflib.RDF.type)), prop
    assert len(load_shapes()) > 50


def test_every_kg_term_the_mapping_writes_is_declared():
    onto = load_ontology()
    declared = {str(s) for s in onto.subjects(rdflib.RDF.type, None)}
    used = set()
    for q in document_quads(sample_document()):
        used.add(q.predicate.value)
        if q.predicate.value == ns.PREFIXES["rdf"] + "type":
            used.add(q.object.value)
    missing = sorted(t for t in used if t.startswith(ns.ONTOLOGY) and t not in declared)
    assert missing == []


def test_mapped_document_conforms():
    r = validate(_store())
    assert r.conforms, r.text
    assert r.text.startswith("conforms")


def test_wrong_types_datatypes_and_languages_are_reported():
    county = NamedNode(ns.entity_iri("place/420923"))
    city = NamedNode(ns.entity_iri("place/420900"))
    proj = NamedNode(ns.entity_iri("project/x"))
    r = validate(
        _store(
            Quad(county, NamedNode(K("investsIn")), city, G),  # a place cannot invest; a city is no project
            Quad(proj, RDF_TYPE, NamedNode(K("Project")), G),
            Quad(proj, LABEL, Literal("某项目", language="zh"), G),
            Quad(proj, NamedNode(K("investmentAmount")), Literal("三亿"), G),  # not a decimal
            Quad(county, LABEL, Literal("Yunmeng", language="en"), G),  # labels are @zh
        )
    )
    assert not r.conforms
    text = r.text
    assert text.splitlines()[0].startswith("does not conform")
    assert any("County 云梦县" in str(p) and "Company" in p.message for p in r.problems)
    assert any("City 孝感市" in str(p) and "kg:Project" in p.message for p in r.problems)
    assert any("某项目" in str(p) and p.path == "kg:investmentAmount" for p in r.problems)
    assert any(p.path == "rdfs:label" and '"Yunmeng"@en' in p.value for p in r.problems)
    assert all("\n" not in str(p) for p in r.problems)


def test_missing_label_and_bad_provenance_are_reported():
    orphan = NamedNode(ns.entity_iri("company/nolabel"))
    fg = NamedNode(ns.fact_graph("t1", "a", "b", "c"))
    r = validate(
        _store(
            Quad(orphan, RDF_TYPE, NamedNode(K("Company")), G),
            Quad(fg, RDF_TYPE, NamedNode(K("FactGraph")), G),
            Quad(
                fg,
                NamedNode(K("startOffset")),
                Literal("9", datatype=NamedNode(ns.PREFIXES["xsd"] + "integer")),
                G,
            ),
        )
    )
    paths = {(p.focus, p.path) for p in r.problems}
    assert ("Company company:nolabel", "rdfs:label") in paths
    assert any(p.path == "prov:wasDerivedFrom" for p in r.problems)
    assert any(p.path == "kg:evidence" for p in r.problems)
    # a fact graph says which software made it (prov:wasAttributedTo a prov:SoftwareAgent)
    assert any(p.path == "prov:wasAttributedTo" for p in r.problems)


def test_fact_attributed_to_something_other_than_a_software_agent_is_reported():
    fg = NamedNode(ns.fact_graph("t1", "a", "b", "c"))
    person = NamedNode(ns.entity_iri("agent/someone"))
    r = validate(_store(Quad(fg, RDF_TYPE, NamedNode(K("FactGraph")), G),
                        Quad(fg, NamedNode(ns.PREFIXES["prov"] + "wasAttributedTo"), person, G)))
    assert any(p.path == "prov:wasAttributedTo" and "SoftwareAgent" in p.message for p in r.problems)
