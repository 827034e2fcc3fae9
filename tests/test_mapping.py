"""Mapping: a hand-made Document becomes the documented quad layout."""

from __future__ import annotations

from decimal import Decimal

from pyoxigraph import Literal, NamedNode

from kg.document import Document, Entity, Fact, Mention, Sentence
from kg.rdf import namespaces as ns
from kg.rdf.mapping import decimal_literal, document_quads

KG = ns.ONTOLOGY
RDFS = ns.PREFIXES["rdfs"]
SKOS = ns.PREFIXES["skos"]
PROV = ns.PREFIXES["prov"]
RDF = ns.PREFIXES["rdf"]


def _m(text: str, clean: str, etype: str, key: str, nth: int = 0, **kw) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = clean.index(text, start + 1)
    return Mention(start, start + len(text), text, etype, entity=key, **kw)


def sample_document(doc_id: str = "t1", evidence_tail: str = "") -> Document:
    """A small page written for the tests: raw text has line breaks the clean text drops.

    Entities: province ⊃ county (with codes), a park in the county, a company
    investing in a project (with an amount), an agency issuing a policy, a
    signing, a designation.  ``evidence_tail`` lets a test vary the text.
    """
    sents = [
        "湖北省云梦县青松经济开发区内，江城新材料有限公司投资 3.2 亿元建设年产5万吨膜材料项目。",
        "青松经济开发区获评省级绿色园区" + evidence_tail + "。",
        "湖北省商务厅印发《开发区高质量发展办法》，称其“示范”\\。",
        "青松经济开发区管委会与江城新材料签约。",
    ]
    clean = "".join(sents)
    # raw: every sentence on its own line, preceded by two spaces -> offsets shift
    raw_parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for s in sents:
        raw_parts.append("  ")
        pos += 2
        for ch in s:
            offsets.append(pos)
            raw_parts.append(ch)
            pos += 1
        raw_parts.append("\n")
        pos += 1
    raw = "".join(raw_parts)
    sentences = []
    p = 0
    for s in sents:
        sentences.append(Sentence(p, p + len(s), s))
        p += len(s)

    prov = ns.entity_key("Place", "湖北省", "420000")
    county = ns.entity_key("Place", "云梦县", "420923")
    city = ns.entity_key("Place", "孝感市", "420900")
    park = ns.entity_key("Park", "青松经济开发区")
    comp = ns.entity_key("Company", "江城新材料有限公司")
    proj = ns.entity_key("Project", "年产5万吨膜材料项目")
    agency = ns.entity_key("Agency", "湖北省商务厅")
    policy = ns.entity_key("Policy", "开发区高质量发展办法")
    mgmt = ns.entity_key("Agency", "青松经济开发区管委会")
    entities = {
        prov: Entity(prov, "Place", "湖北省", {"湖北"}, level="province", code="420000"),
        city: Entity(city, "Place", "孝感市", level="city", code="420900", parent=prov),
        county: Entity(county, "Place", "云梦县", {"云梦"}, level="county", code="420923", parent=city),
        park: Entity(park, "Park", "青松经济开发区", {"青松经开区"}),
        comp: Entity(comp, "Company", "江城新材料有限公司", {"江城新材料"}),
        proj: Entity(proj, "Project", "年产5万吨膜材料项目"),
        agency: Entity(agency, "Agency", "湖北省商务厅"),
        policy: Entity(policy, "Policy", "开发区高质量发展办法"),
        mgmt: Entity(mgmt, "Agency", "青松经济开发区管委会"),
    }
    doc = Document(
        id=doc_id,
        source=f"/pages/{doc_id}.txt",
        raw=raw,
        text=clean,
        offsets=offsets,
        sentences=sentences,
        entities=entities,
    )
    m = {
        "county": _m("云梦县", clean, "Place", county, level="county", code="420923"),
        "park": _m("青松经济开发区", clean, "Park", park),
        "comp": _m("江城新材料有限公司", clean, "Company", comp),
        "proj": _m("年产5万吨膜材料项目", clean, "Project", proj),
        "park2": _m("青松经济开发区", clean, "Park", park, nth=1),
        "agency": _m("湖北省商务厅", clean, "Agency", agency),
        "policy": _m("开发区高质量发展办法", clean, "Policy", policy),
        "mgmt": _m("青松经济开发区管委会", clean, "Agency", mgmt),
        "comp2": _m("江城新材料", clean, "Company", comp, nth=1),
    }
    s0, s1, s2, s3 = sentences
    doc.mentions = list(m.values())
    doc.facts = [
        Fact(m["park"], "locatedIn", m["county"], evidence_start=s0.start, evidence_end=s0.end),
        Fact(
            m["comp"],
            "investsIn",
            m["proj"],
            amount_yuan=Decimal("320000000"),
            amount_text="3.2 亿元",
            evidence_start=s0.start,
            evidence_end=s0.end,
        ),
        Fact(m["proj"], "locatedIn", m["park"], evidence_start=s0.start, evidence_end=s0.end),
        Fact(
            m["park2"], "designatedAs", literal="省级绿色园区", evidence_start=s1.start, evidence_end=s1.end
        ),
        Fact(m["policy"], "issuedBy", m["agency"], evidence_start=s2.start, evidence_end=s2.end),
        Fact(m["mgmt"], "signsWith", m["comp2"], evidence_start=s3.start, evidence_end=s3.end),
    ]
    return doc


def _by_graph(quads):
    out: dict[str, list] = {}
    for q in quads:
        out.setdefault(q.graph_name.value, []).append(q)
    return out


def test_layout_doc_fact_and_prov_graphs():
    doc = sample_document()
    quads = document_quads(doc)
    graphs = _by_graph(quads)
    assert ns.doc_graph("t1") in graphs and ns.prov_graph("t1") in graphs
    fact_graphs = [g for g in graphs if g.startswith(ns.fact_graph_prefix("t1"))]
    assert len(fact_graphs) == 6
    # each fact graph holds exactly one relation triple
    rels = {"investsIn", "locatedIn", "partOf", "issuedBy", "signsWith", "designatedAs"}
    for g in fact_graphs:
        rel = [q for q in graphs[g] if q.predicate.value.removeprefix(KG) in rels]
        assert len(rel) == 1, g
    assert not any(isinstance(q.subject, Literal) for q in quads)


def test_entities_typed_labelled_with_aliases_and_place_chain():
    quads = document_quads(sample_document())
    county = NamedNode(ns.entity_iri("place/420923"))
    mine = {(q.predicate.value, str(q.object)) for q in quads if q.subject == county}
    assert (ns.PREFIXES["rdf"] + "type", f"<{KG}Place>") in mine
    assert (ns.PREFIXES["rdf"] + "type", f"<{KG}County>") in mine
    assert (RDFS + "label", '"云梦县"@zh') in mine
    assert (SKOS + "altLabel", '"云梦"@zh') in mine
    assert (KG + "divisionCode", '"420923"') in mine
    assert (KG + "partOf", f"<{ns.entity_iri('place/420900')}>") in mine
    city = NamedNode(ns.entity_iri("place/420900"))
    assert any(q.subject == city and q.predicate.value == KG + "partOf" for q in quads)


def test_investment_amount_and_designation_literal():
    quads = document_quads(sample_document())
    amount = [q for q in quads if q.predicate.value == KG + "investmentAmount"]
    assert len(amount) == 1
    assert amount[0].object.datatype.value == ns.PREFIXES["xsd"] + "decimal"
    assert Decimal(amount[0].object.value) == Decimal("320000000")
    assert amount[0].graph_name.value.startswith(ns.fact_graph_prefix("t1"))
    text = [q for q in quads if q.predicate.value == KG + "amountText"]
    assert text[0].object.value == "3.2 亿元"
    assert not [q for q in quads if q.predicate.value == KG + "currency"]  # yuan: no currency
    des = [q for q in quads if q.predicate.value == KG + "designatedAs"]
    assert des[0].object == Literal("省级绿色园区", language="zh")


def test_provenance_offsets_point_into_raw_text():
    doc = sample_document()
    quads = document_quads(doc)
    prov = [q for q in quads if q.graph_name.value == ns.prov_graph("t1")]
    by_fact: dict[str, dict[str, object]] = {}
    agent = ns.agent_iri()
    for q in prov:
        by_fact.setdefault(q.subject.value, {})[q.predicate.value] = q.object
    # the software agent is described once in the provenance graph
    assert by_fact.pop(agent)[RDF + "type"] == NamedNode(PROV + "SoftwareAgent")
    assert len(by_fact) == 6
    for g, props in by_fact.items():
        assert props[PROV + "wasAttributedTo"] == NamedNode(agent)
        assert props[PROV + "wasDerivedFrom"] == NamedNode(ns.doc_iri("t1"))
        start, end = int(props[KG + "startOffset"].value), int(props[KG + "endOffset"].value)
        evidence = props[KG + "evidence"].value
        # the raw span, minus the layout whitespace, is the evidence sentence
        assert "".join(doc.raw[start:end].split()) == "".join(evidence.split()), g
        assert props[KG + "extractor"].value == "rule"
    # raw offsets differ from clean ones (two spaces + newline per line)
    starts = sorted(int(p[KG + "startOffset"].value) for p in by_fact.values())
    assert starts[0] == 2


def test_same_document_same_quads_and_fact_identity_is_stable():
    a = document_quads(sample_document())
    b = document_quads(sample_document())
    assert a == b
    # changing evidence text does not move fact graphs (identity = s, p, o)
    c = document_quads(sample_document(evidence_tail="称号"))
    fg = lambda qs: {q.graph_name.value for q in qs if "/fact/" in q.graph_name.value}  # noqa: E731
    assert fg(a) == fg(c)
    assert a != c


def test_duplicate_facts_merge_and_unresolved_mentions_get_entities():
    doc = sample_document()
    first = doc.facts[1]
    dup = Fact(first.subject, "investsIn", first.obj, evidence_start=0, evidence_end=5)
    doc.facts.append(dup)
    loose = Mention(0, 3, "湖北省", "Place")  # no entity key: mapping must still type and label it
    doc.facts.append(Fact(loose, "designatedAs", literal="试点省份"))
    quads = document_quads(doc)
    fact_graphs = {q.graph_name.value for q in quads if "/fact/" in q.graph_name.value}
    assert len(fact_graphs) == 7
    key = ns.entity_key("Place", "湖北省")
    labels = [
        q for q in quads if q.subject.value == ns.entity_iri(key) and q.predicate.value == RDFS + "label"
    ]
    assert labels and labels[0].object.value == "湖北省"


def test_decimal_literal_never_uses_exponent():
    assert decimal_literal(Decimal("1.65E+9")).value == "1650000000"
    assert decimal_literal(Decimal("12.50")).value == "12.50"


def _docstring_query() -> str:
    import kg.rdf.mapping

    doc = kg.rdf.mapping.__doc__ or ""
    start = doc.index("    PREFIX kg:")
    end = doc.index("ORDER BY ?source ?start") + len("ORDER BY ?source ?start")
    return "\n".join(line[4:] for line in doc[start:end].splitlines())


def test_documented_provenance_query_is_plain_sparql_and_finds_every_fact():
    from pyoxigraph import Store

    store = Store()
    for d in ("p1", "p/2 x"):  # an id that needs escaping in IRIs
        store.extend(document_quads(sample_document(d)))
    # no union default graph, no predeclared prefixes: as any SPARQL 1.1 store would run it
    rows = list(store.query(_docstring_query()))
    assert len(rows) == 12  # 6 facts per page
    by = {(r["relation"].value, r["object"].value, r["source"].value) for r in rows}
    assert ("designatedAs", "省级绿色园区", "/pages/p/2 x.txt") in by
    assert ("investsIn", "年产5万吨膜材料项目", "/pages/p1.txt") in by
    assert all(r["subject"].language == "zh" and int(r["end"].value) > int(r["start"].value) for r in rows)


def test_missing_ancestors_come_from_the_division_table():
    doc = sample_document()
    # drop the city and province: the county still points at the city (420900)
    for key in ("place/420900", "place/420000"):
        del doc.entities[key]
    quads = document_quads(doc)
    labels = {q.subject.value: q.object.value for q in quads if q.predicate.value == RDFS + "label"}
    city, prov = ns.entity_iri("place/420900"), ns.entity_iri("place/420000")
    assert labels.get(city) == "孝感市" and labels.get(prov) == "湖北省"
    part_of = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == KG + "partOf"}
    assert (city, prov) in part_of


def test_unknown_parent_is_dropped_not_left_dangling():
    doc = sample_document()
    county = doc.entities["place/420923"]
    county.parent = "place/999999"  # no such division
    quads = document_quads(doc)
    assert not [
        q
        for q in quads
        if q.subject.value == ns.entity_iri("place/420923") and q.predicate.value == KG + "partOf"
    ]
