"""The ontology aligns every relation to a shared vocabulary (schema.org, W3C ORG, PROV-O, Dublin Core)."""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib.namespace import RDFS, SKOS

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "parkkg.ttl"
KG = rdflib.Namespace("https://parkkg.org/ontology#")
SHARED = ("https://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/")


def test_every_relation_is_aligned_to_a_shared_vocabulary():
    g = rdflib.Graph().parse(ONTOLOGY)
    for rel in ("investsIn", "locatedIn", "partOf", "issuedBy", "signsWith", "designatedAs"):
        supers = {str(o) for o in g.objects(KG[rel], RDFS.subPropertyOf)}
        assert any(s.startswith(SHARED) for s in supers), rel


def test_the_division_code_is_wikidatas_p442():
    g = rdflib.Graph().parse(ONTOLOGY)
    assert rdflib.URIRef("http://www.wikidata.org/prop/direct/P442") in set(g.objects(KG.divisionCode, SKOS.exactMatch))
