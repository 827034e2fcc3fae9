"""to_networkx on hand-made quads that follow the graph layout of kg/rdf/namespaces.py.

The quads are written here by hand (not by kg.rdf.mapping) so these tests pin down
what netx reads: rdf:type / rdfs:label / skos:altLabel / kg:divisionCode in the
document graph, one named graph per fact, evidence and source in the
provenance graph.  ``demo_store`` is also used by test_viz and test_browser.
"""

from __future__ import annotations

from decimal import Decimal

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.rdf import namespaces as ns
from kg.rdf.netx import ALIAS_SEP, UnknownType, to_networkx

RDF_TYPE = ox.NamedNode(ns.PREFIXES["rdf"] + "type")
LABEL = ox.NamedNode(ns.PREFIXES["rdfs"] + "label")
ALT = ox.NamedNode(ns.PREFIXES["skos"] + "altLabel")
DERIVED = ox.NamedNode(ns.PREFIXES["prov"] + "wasDerivedFrom")
XSD_DECIMAL = ox.NamedNode(ns.PREFIXES["xsd"] + "decimal")


def kg(local: str) -> ox.NamedNode:
    return ox.NamedNode(ns.term(local))


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def entity(key: str) -> ox.NamedNode:
    return ox.NamedNode(ns.entity_iri(key))


class GraphBuilder:
    """Collects quads for one document the way the mapping lays them out."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.doc = ox.NamedNode(ns.doc_iri(doc_id))
        self.dg = ox.NamedNode(ns.doc_graph(doc_id))
        self.pg = ox.NamedNode(ns.prov_graph(doc_id))
        self.quads: list[ox.Quad] = [ox.Quad(self.doc, RDF_TYPE, kg("Document"), self.dg)]

    def entity(
        self, etype: str, name: str, *aliases: str, cls: str | None = None, code: str | None = None,
        also_base: bool = True,
    ):
        key = ns.entity_key(etype, name, code)
        e = entity(key)
        self.quads += [ox.Quad(e, RDF_TYPE, kg(cls or etype), self.dg), ox.Quad(e, LABEL, zh(name), self.dg)]
        if cls and also_base:  # kg.rdf.mapping types a county both kg:Place and kg:County
            self.quads.append(ox.Quad(e, RDF_TYPE, kg(etype), self.dg))
        self.quads += [ox.Quad(e, ALT, zh(a), self.dg) for a in aliases]
        if code:
            self.quads.append(ox.Quad(e, kg("divisionCode"), ox.Literal(code), self.dg))
        return e

    def fact(
        self,
        s,
        p: str,
        o,
        evidence: str,
        amount: str | None = None,
        amount_text: str | None = None,
        confidence: str | None = None,
    ):
        o_id = o.value
        g = ox.NamedNode(ns.fact_graph(self.doc_id, s.value, p, o_id))
        self.quads.append(ox.Quad(s, kg(p), o, g))
        if amount is not None:
            self.quads.append(ox.Quad(o, kg("investmentAmount"), ox.Literal(amount, datatype=XSD_DECIMAL), g))
        if amount_text is not None:
            self.quads.append(ox.Quad(o, kg("amountText"), zh(amount_text), g))
        self.quads += [
            ox.Quad(g, DERIVED, self.doc, self.pg),
            ox.Quad(g, kg("evidence"), zh(evidence), self.pg),
        ]
        if confidence is not None:
            self.quads.append(ox.Quad(g, kg("confidence"), ox.Literal(confidence, datatype=XSD_DECIMAL), self.pg))
        return g

    def part_of(self, child, parent):
        """Division chain edges live in the document graph, without evidence."""
        self.quads.append(ox.Quad(child, kg("partOf"), parent, self.dg))


def demo_quads() -> list[ox.Quad]:
    """A small two-page graph with Chinese names, an amount, a title and hostile text."""
    a = GraphBuilder("page-a")
    shanxi = a.entity("Place", "山西省", "山西", cls="Province", code="140000", also_base=False)
    county = a.entity("Place", "平遥县", "平遥", cls="County", code="140728")
    park = a.entity("Park", "平遥经济技术开发区", "平遥经开区")
    company = a.entity("Company", "山西亮宇炭素新材料科技有限公司", "亮宇炭素")
    project = a.entity("Project", "年产2万吨阴极炭素高端石墨新材料项目")
    agency = a.entity("Agency", "平遥县人民政府")
    policy = a.entity("Policy", "平遥县招商引资优惠办法")
    a.part_of(county, shanxi)
    a.fact(park, "locatedIn", county, "平遥经济技术开发区位于平遥县。", confidence="0.71")
    a.fact(company, "investsIn", project, "亮宇炭素投资16.5亿元的年产2万吨阴极炭素高端石墨新材料项目开工。",
           amount="1650000000", amount_text="16.5亿元")
    a.fact(project, "locatedIn", park, "项目落户平遥经开区。")
    a.fact(policy, "issuedBy", agency, "平遥县人民政府印发《平遥县招商引资优惠办法》。")
    a.fact(agency, "signsWith", company, "县政府与亮宇炭素签约。")
    a.fact(park, "designatedAs", zh("国家级绿色工业园区"), "平遥经开区获评国家级绿色工业园区。")

    b = GraphBuilder("page-b")
    park_b = b.entity("Park", "平遥经济技术开发区", "平遥开发区")
    county_b = b.entity("Place", "平遥县", cls="County", code="140728")
    evil = b.entity("Company", "<script>alert(1)</script>公司", '<a href="http://x">点我</a>')
    b.fact(park_b, "locatedIn", county_b, "平遥开发区地处平遥县。", confidence="0.93")
    b.fact(evil, "locatedIn", park_b, '</script><img src=x onerror=alert(2)> href="javascript:alert(3)" 入驻园区。')
    return a.quads + b.quads


def demo_store(quads: list[ox.Quad] | None = None) -> ox.Store:
    store = ox.Store()  # in memory
    store.extend(demo_quads() if quads is None else quads)
    return store


PARK = entity(ns.entity_key("Park", "平遥经济技术开发区")).value
COUNTY = entity("place/140728").value
PROJECT = entity(ns.entity_key("Project", "年产2万吨阴极炭素高端石墨新材料项目")).value
COMPANY = entity(ns.entity_key("Company", "山西亮宇炭素新材料科技有限公司")).value


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(demo_store())


def test_nodes_are_entities_with_type_label_and_merged_aliases(graph):
    assert graph.nodes[PARK]["type"] == "Park"
    assert graph.nodes[PARK]["label"] == "平遥经济技术开发区"
    # aliases from both pages are merged into one node
    assert graph.nodes[PARK]["aliases"].split(ALIAS_SEP) == ["平遥开发区", "平遥经开区"]
    # the Document node is not an entity
    assert ns.doc_iri("page-a") not in graph
    types = nx.get_node_attributes(graph, "type")
    assert sorted(types.values()).count("Place") == 2


def test_place_subclass_gives_level_and_code(graph):
    a = graph.nodes[COUNTY]
    assert (a["type"], a["level"], a["code"]) == ("Place", "county", "140728")
    assert graph.nodes[entity("place/140000").value]["level"] == "province"


def test_amount_is_yuan_on_the_project(graph):
    a = graph.nodes[PROJECT]
    assert a["investmentAmount"] == float(Decimal("1650000000"))
    assert a["amountText"] == "16.5亿元"
    assert "investmentAmount" not in graph.nodes[PARK]


def test_edges_keyed_by_relation_with_evidence_and_document(graph):
    e = graph.get_edge_data(COMPANY, PROJECT)
    assert list(e) == ["investsIn"]
    assert e["investsIn"]["predicate"] == ns.term("investsIn")
    assert "16.5亿元" in e["investsIn"]["evidence"]
    assert e["investsIn"]["document"] == "page-a"
    # the same statement on two pages: one edge, both evidences and documents
    both = graph.get_edge_data(PARK, COUNTY)["locatedIn"]
    assert both["evidence"].split("\n") == ["平遥开发区地处平遥县。", "平遥经济技术开发区位于平遥县。"]
    assert both["document"] == "page-a, page-b"
    # a division-chain edge from the document graph has no evidence but is there
    assert graph.has_edge(COUNTY, entity("place/140000").value, key="partOf")


def test_edge_carries_its_surest_confidence_and_the_invested_amount(graph):
    # page-a says 0.71, page-b 0.93: the one edge holds as surely as its surest extraction
    assert graph.get_edge_data(PARK, COUNTY)["locatedIn"]["confidence"] == 0.93
    # an investsIn edge carries the project's amount, so edge tables and Neo4j keep it
    assert graph.get_edge_data(COMPANY, PROJECT)["investsIn"]["amount"] == 1650000000.0
    # no confidence recorded: no attribute, rather than a made-up 1.0
    assert "confidence" not in graph.get_edge_data(PROJECT, PARK)["locatedIn"]
    # the index look-up path reads the same attributes
    part = to_networkx(demo_store(), nodes=[PARK, COUNTY, COMPANY, PROJECT])
    assert part.get_edge_data(PARK, COUNTY)["locatedIn"]["confidence"] == 0.93
    assert part.get_edge_data(COMPANY, PROJECT)["investsIn"]["amount"] == 1650000000.0


def test_designation_literal_becomes_title_node(graph):
    t = "title:国家级绿色工业园区"
    assert graph.nodes[t]["type"] == "Title"
    assert graph.nodes[t]["label"] == "国家级绿色工业园区"
    assert graph.has_edge(PARK, t, key="designatedAs")


def test_degree_attribute_counts_both_directions(graph):
    # park: locatedIn county, designatedAs title, project locatedIn park, evil company locatedIn park
    assert graph.nodes[PARK]["degree"] == 4
    assert all(graph.nodes[n]["degree"] == graph.degree(n) for n in graph)


def test_type_filter_keeps_nodes_and_edges_between_them():
    g = to_networkx(demo_store(), types=["park", "Place"])
    assert {t for _, t in g.nodes(data="type")} == {"Park", "Place"}
    assert g.number_of_nodes() == 3
    assert sorted(k for _, _, k in g.edges(keys=True)) == ["locatedIn", "partOf"]
    assert g.nodes[PARK]["degree"] == 1


def test_unknown_type_is_a_clear_error():
    with pytest.raises(UnknownType, match="Parks"):
        to_networkx(demo_store(), types=["Parks"])


def test_same_store_same_graph_and_graphml_ready(tmp_path):
    g1, g2 = to_networkx(demo_store()), to_networkx(demo_store(list(reversed(demo_quads()))))
    assert list(g1.nodes(data=True)) == list(g2.nodes(data=True))
    assert list(g1.edges(keys=True, data=True)) == list(g2.edges(keys=True, data=True))
    for _, a in g1.nodes(data=True):
        assert all(isinstance(v, str | int | float) for v in a.values())
    nx.write_graphml(g1, tmp_path / "g.graphml")  # raises on None / Decimal values
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_nodes() == g1.number_of_nodes()


def test_empty_store_gives_empty_graph():
    assert to_networkx(ox.Store()).number_of_nodes() == 0


def test_two_canonical_names_keep_the_fullest_as_label():
    a, b = GraphBuilder("p1"), GraphBuilder("p2")
    a.entity("Place", "大同", cls="City", code="140200")
    b.entity("Place", "大同市", "云中", cls="City", code="140200")
    g = to_networkx(demo_store(a.quads + b.quads))
    node = g.nodes[entity("place/140200").value]
    assert node["label"] == "大同市"
    assert node["aliases"].split(ALIAS_SEP) == ["云中", "大同"]


def test_untyped_objects_become_other_or_title_nodes():
    a = GraphBuilder("p")
    park = a.entity("Park", "某某高新区")
    stray = ox.NamedNode(ns.ID + "stray/1")
    title = ox.NamedNode(ns.ID + "title/green")
    a.quads.append(ox.Quad(title, LABEL, zh("绿色园区"), a.dg))
    a.fact(park, "locatedIn", stray, "某某高新区位于某地。")
    a.fact(park, "designatedAs", title, "某某高新区获评绿色园区。")
    a.quads.append(ox.Quad(park, kg("investsIn"), zh("not a node"), a.dg))  # malformed: ignored
    g = to_networkx(demo_store(a.quads))
    assert g.nodes[stray.value]["type"] == "Other"
    assert g.nodes[stray.value]["label"] == "1"  # no label: the IRI's last segment
    assert (g.nodes[title.value]["type"], g.nodes[title.value]["label"]) == ("Title", "绿色园区")
    assert sorted(k for _, _, k in g.edges(keys=True)) == ["designatedAs", "locatedIn"]


def test_nodes_restriction_equals_the_induced_subgraph():
    store = demo_store()
    full = to_networkx(store)
    some = {PARK, COUNTY, PROJECT, "title:国家级绿色工业园区", ns.ID + "not/there"}
    part = to_networkx(store, nodes=some)
    sub = full.subgraph(some)
    assert sorted(part.nodes) == sorted(sub.nodes)
    assert sorted(part.edges(keys=True)) == sorted(sub.edges(keys=True))
    for n in part:  # same attributes; degree is counted in the smaller graph
        assert {**part.nodes[n], "degree": 0} == {**full.nodes[n], "degree": 0}
    assert part.nodes[PARK]["degree"] == 3
    assert to_networkx(store, nodes=[]).number_of_nodes() == 0


def test_neighbour_ids_hop_by_hop():
    from kg.rdf.netx import neighbour_ids

    store = demo_store()
    assert neighbour_ids(store, [PROJECT], 0) == {PROJECT}
    assert neighbour_ids(store, [PROJECT], 1) == {PROJECT, COMPANY, PARK}
    two = neighbour_ids(store, [PROJECT], 2)
    assert {COUNTY, "title:国家级绿色工业园区"} <= two
    assert neighbour_ids(store, ["title:国家级绿色工业园区"], 1) == {"title:国家级绿色工业园区", PARK}
