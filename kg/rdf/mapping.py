"""Turn a processed :class:`~kg.document.Document` into RDF quads.

The mapping is the one place where the Python objects of the pipeline meet the
graph layout of :mod:`kg.rdf.namespaces`, so the layout lives in exactly one place:

* ``graph/doc/{doc}`` — the ``kg:Document`` node (identifier, source path,
  content hash, character count) and every entity of ``doc.entities``:
  ``rdf:type`` (places get ``kg:Place`` *and* their level class, e.g.
  ``kg:County``, so a plain SPARQL store without inference finds both),
  ``rdfs:label`` @zh (the canonical name), ``skos:altLabel`` @zh (every other
  surface form), ``kg:divisionCode`` and ``kg:partOf`` to the enclosing division
  (the place chain is always in the graph, even if the page names one level);
* ``graph/fact/{doc}/{hash}`` — one graph per fact holding the fact triple; an
  investment also holds ``kg:investmentAmount`` (xsd:decimal, yuan),
  ``kg:amountText`` and ``kg:currency`` on the project, so an amount is always
  tied to the statement (and evidence) it came from;
* ``graph/prov/{doc}`` — for every fact graph ``G``: ``G a kg:FactGraph``,
  ``prov:wasDerivedFrom`` the document, ``kg:evidence`` (the evidence sentence,
  clean text, @zh), ``kg:startOffset`` / ``kg:endOffset`` (xsd:integer offsets
  into the *original* file text, via ``doc.raw_span``), ``kg:extractor`` (the
  rule id, see docs/rules.md), ``kg:confidence`` and ``prov:wasAttributedTo``
  the ``prov:SoftwareAgent`` ``kgid:agent/parkkg-<version>``.

These are the quads of one page.  The store adds the *canonical graph* beside
them (:mod:`kg.rdf.store`): its default graph holds every triple of every page once,
so an entity named on many pages is described once there and plain SPARQL
without ``GRAPH`` gives one row per answer.

``designatedAs`` objects are ``@zh`` literals (the title as the page writes it:
``"国家级绿色工厂"@zh``), not nodes: titles are not things with identity of
their own in this project, and a literal keeps the gold comparison trivial.

No blank nodes are used and every IRI is derived from names, codes and the
document id, so the same page always gives the same quads (sorted).

Provenance query (plain SPARQL 1.1, works on any quad store, no union default
graph needed) — every fact with its evidence, offsets and source file::

    PREFIX kg:   <https://parkkg.org/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?subject ?relation ?object ?evidence ?start ?end ?source
    WHERE {
      GRAPH ?fact { ?s ?p ?o . FILTER(?p IN (kg:investsIn, kg:locatedIn, kg:partOf,
                                             kg:issuedBy, kg:signsWith, kg:designatedAs)) }
      GRAPH ?pg   { ?fact a kg:FactGraph ; prov:wasDerivedFrom ?doc ;
                          kg:evidence ?evidence ; kg:startOffset ?start ; kg:endOffset ?end }
      GRAPH ?dg   { ?doc kg:sourcePath ?source . ?s rdfs:label ?subject }
      OPTIONAL { GRAPH ?dg { ?o rdfs:label ?olabel } }
      BIND(STRAFTER(STR(?p), "#") AS ?relation)
      BIND(COALESCE(?olabel, ?o) AS ?object)
    }
    ORDER BY ?source ?start
"""

from __future__ import annotations

import hashlib
import logging
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from kg import __version__
from kg.document import Document, Entity, Fact, Mention
from kg.known_names import encode as encode_teaching
from kg.rdf import namespaces as ns

log = logging.getLogger(__name__)

RDF = ns.PREFIXES["rdf"]
RDFS = ns.PREFIXES["rdfs"]
SKOS = ns.PREFIXES["skos"]
XSD = ns.PREFIXES["xsd"]
PROV = ns.PREFIXES["prov"]
DCTERMS = ns.PREFIXES["dcterms"]

RDF_TYPE = NamedNode(RDF + "type")
RDFS_LABEL = NamedNode(RDFS + "label")
SKOS_ALT = NamedNode(SKOS + "altLabel")
PROV_DERIVED = NamedNode(PROV + "wasDerivedFrom")
PROV_ATTRIBUTED = NamedNode(PROV + "wasAttributedTo")
DC_IDENTIFIER = NamedNode(DCTERMS + "identifier")
DC_ISSUED = NamedNode(DCTERMS + "issued")
XSD_DECIMAL = NamedNode(XSD + "decimal")
XSD_INTEGER = NamedNode(XSD + "integer")
XSD_DATE = NamedNode(XSD + "date")

#: Place level -> ontology class local name.
LEVEL_CLASS: dict[str, str] = {
    "province": "Province",
    "city": "City",
    "county": "County",
    "town": "Town",
    "village": "Village",
}

#: Version tag written as ``kg:mappingVersion`` on each document node.
MAPPING_VERSION = "4"  # 2: kg:confidence on each fact graph; 3: prov:wasAttributedTo, dcterms:issued;
# 4: kg:teachesName (what a page teaches a build's other pages, kg.known_names)


_K_CACHE: dict[str, NamedNode] = {}


def K(local: str) -> NamedNode:  # noqa: N802 - reads like the kg: prefix
    """The ``kg:`` ontology term with this local name.

    Cached: a NamedNode is immutable and the same few dozen terms are built
    for every fact of every page.
    """
    node = _K_CACHE.get(local)
    if node is None:
        node = _K_CACHE[local] = NamedNode(ns.term(local))
    return node


def zh(text: str) -> Literal:
    return Literal(text, language="zh")


def decimal_literal(value: Decimal) -> Literal:
    """xsd:decimal literal; ``format(.., 'f')`` because xsd:decimal forbids exponents."""
    d = Decimal(value)
    text = format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f")
    return Literal(text, datatype=XSD_DECIMAL)


def int_literal(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD_INTEGER)


def entity_node(key: str) -> NamedNode:
    return NamedNode(ns.entity_iri(key))


def entity_classes(entity: Entity) -> list[str]:
    """Ontology classes of an entity (level class added for places)."""
    classes = [entity.type]
    if entity.type == "Place" and entity.level in LEVEL_CLASS:
        classes.append(LEVEL_CLASS[entity.level])
    return classes


def _entity_quads(entity: Entity, g: NamedNode) -> list[Quad]:
    node = entity_node(entity.key)
    out = [Quad(node, RDF_TYPE, K(c), g) for c in entity_classes(entity)]
    out.append(Quad(node, RDFS_LABEL, zh(entity.name), g))
    out.extend(Quad(node, SKOS_ALT, zh(a), g) for a in sorted(entity.aliases) if a and a != entity.name)
    if entity.code:
        out.append(Quad(node, K("divisionCode"), Literal(str(entity.code)), g))
    if entity.parent and entity.parent != entity.key:
        out.append(Quad(node, K("partOf"), entity_node(entity.parent), g))
    return out


def _place_from_table(key: str) -> Entity | None:
    """Fill a missing ancestor from the division table (kg.knowledge.places), if available.

    Resolution is expected to put every ancestor in ``doc.entities``; this is
    the safety net that keeps ``partOf`` edges from pointing at untyped,
    unlabelled nodes (which SHACL would reject).
    """
    if not key.startswith("place/"):
        return None
    code = key.split("/", 1)[1]
    try:
        from kg.knowledge import places  # the division table (places helper)

        p = places.get(code)
    except Exception:  # pragma: no cover - table missing or broken: keep the graph valid
        return None
    if p is None or not p.name:
        return None
    parent_code = p.parent_code
    return Entity(
        key=key,
        type="Place",
        name=p.name,
        level=p.level,
        code=code,
        parent=ns.entity_key("Place", "", parent_code) if parent_code else None,
    )


def _complete_entities(doc: Document) -> dict[str, Entity]:
    """doc.entities plus entities for unresolved fact mentions and missing ancestors."""
    entities = dict(doc.entities)

    def ensure(m: Mention) -> str:
        key = m.entity or ns.entity_key(m.type, m.text, m.code)
        if key not in entities:
            log.debug("mapping: mention %r had no resolved entity; using its text", m)
            entities[key] = Entity(key=key, type=m.type, name=m.text, level=m.level, code=m.code)
        return key

    for f in doc.facts:
        ensure(f.subject)
        if f.obj is not None:
            ensure(f.obj)
    # Walk parent chains so partOf never dangles (bounded: a cycle stops it).
    for key in list(entities):
        seen = {key}
        cur = entities[key]
        while cur.parent and cur.parent not in seen:
            seen.add(cur.parent)
            nxt = entities.get(cur.parent)
            if nxt is None:
                nxt = _place_from_table(cur.parent)
                if nxt is None:
                    log.debug("mapping: dropping unknown parent %s of %s", cur.parent, cur.key)
                    entities[cur.key] = Entity(
                        key=cur.key,
                        type=cur.type,
                        name=cur.name,
                        aliases=set(cur.aliases),
                        level=cur.level,
                        code=cur.code,
                        parent=None,
                    )
                    break
                entities[nxt.key] = nxt
            cur = nxt
    return entities


def fact_key(fact: Fact) -> tuple[str, str, str]:
    """The identity of a fact: subject key, predicate, object key or literal."""
    s = fact.subject.entity or ns.entity_key(fact.subject.type, fact.subject.text, fact.subject.code)
    if fact.obj is not None:
        o = fact.obj.entity or ns.entity_key(fact.obj.type, fact.obj.text, fact.obj.code)
    else:
        o = "literal:" + (fact.literal or "")
    return s, fact.predicate, o


def evidence_span(doc: Document, fact: Fact) -> tuple[int, int]:
    """Clean-text span of the evidence: the fact's own span, else the sentence(s) of its mentions."""
    if fact.evidence_end > fact.evidence_start:
        return fact.evidence_start, fact.evidence_end
    ms = [m for m in (fact.subject, fact.obj) if m is not None]
    start = min(m.start for m in ms)
    end = max(m.end for m in ms)
    s1, s2 = doc.sentence_at(start), doc.sentence_at(max(end - 1, start))
    if s1 is not None:
        start = min(start, s1.start)
    if s2 is not None:
        end = max(end, s2.end)
    return start, end


def _text(doc: Document) -> str:
    return doc.text if doc.text else doc.raw


def document_quads(doc: Document) -> list[Quad]:
    """All quads of one document (doc graph, fact graphs, provenance graph), in a fixed order.

    The order is the order of construction (a dict keeps it and drops
    duplicates), which is deterministic for the same page; sorting the quads by
    their string form cost a sixth of the whole pipeline and a store does not
    need it.

    Facts with the same identity (subject, predicate, object) on one page are
    one fact graph: the first occurrence gives the evidence; a later one can
    only add an amount the first lacked.
    """
    dg = NamedNode(ns.doc_graph(doc.id))
    pg = NamedNode(ns.prov_graph(doc.id))
    dnode = NamedNode(ns.doc_iri(doc.id))
    agent = NamedNode(ns.agent_iri())
    quads: dict[Quad, None] = {}  # ordered set

    # -- document node ----------------------------------------------------
    digest = hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()
    quads.update(
        dict.fromkeys(
            [
                Quad(dnode, RDF_TYPE, K("Document"), dg),
                Quad(dnode, DC_IDENTIFIER, Literal(doc.id), dg),
                Quad(dnode, RDFS_LABEL, Literal(doc.id), dg),
                Quad(dnode, K("sourcePath"), Literal(str(doc.source)), dg),
                Quad(dnode, K("contentHash"), Literal("sha256:" + digest), dg),
                Quad(dnode, K("charCount"), int_literal(len(doc.raw)), dg),
                Quad(dnode, K("mappingVersion"), Literal(MAPPING_VERSION), dg),
                # the software that made this page's facts (PROV-O): which parkkg, so a
                # consumer can tell facts of two versions apart; the rule is kg:extractor
                Quad(agent, RDF_TYPE, NamedNode(PROV + "SoftwareAgent"), pg),
                Quad(agent, RDFS_LABEL, Literal(f"parkkg {__version__}"), pg),
            ]
        )
    )
    if doc.issued:  # the date the page prints (kg.text.dates): "investments signed in 2024"
        quads[Quad(dnode, DC_ISSUED, Literal(doc.issued, datatype=XSD_DATE), dg)] = None
    for name, forms in doc.teaches.items():  # read back by kg.build for its second pass
        quads[Quad(dnode, K("teachesName"), Literal(encode_teaching(name, forms)), dg)] = None

    # -- entities ------------------------------------------------------------
    entities = _complete_entities(doc)
    for entity in entities.values():
        quads.update(dict.fromkeys(_entity_quads(entity, dg)))

    # -- facts ---------------------------------------------------------------
    merged: dict[tuple[str, str, str], Fact] = {}
    amounts: dict[tuple[str, str, str], Fact] = {}  # the first fact that carries an amount
    for f in doc.facts:
        k = fact_key(f)
        merged.setdefault(k, f)
        if f.amount_yuan is not None or f.amount_text:
            amounts.setdefault(k, f)

    text = _text(doc)
    for (skey, pred, okey), f in merged.items():
        g = NamedNode(ns.fact_graph(doc.id, skey, pred, okey))
        s = entity_node(skey)
        if f.obj is not None:
            o: NamedNode | Literal = entity_node(okey)
        elif f.literal:
            o = zh(f.literal)
        else:
            log.debug("mapping: skipping %r (no object)", f)
            continue
        quads[Quad(s, K(pred), o, g)] = None
        a = amounts.get((skey, pred, okey))
        if pred == "investsIn" and isinstance(o, NamedNode) and a is not None:
            if a.amount_yuan is not None:
                quads[Quad(o, K("investmentAmount"), decimal_literal(a.amount_yuan), g)] = None
            if a.amount_text:
                quads[Quad(o, K("amountText"), Literal(a.amount_text), g)] = None
            if a.currency and a.currency.upper() not in ("CNY", "RMB"):
                quads[Quad(o, K("currency"), Literal(a.currency), g)] = None

        # -- provenance ------------------------------------------------------
        cs, ce = evidence_span(doc, f)
        rs, re_ = doc.raw_span(cs, ce)
        evidence = " ".join(text[cs:ce].split()) or text[cs:ce]
        quads.update(
            dict.fromkeys(
                [
                    Quad(g, RDF_TYPE, K("FactGraph"), pg),
                    Quad(g, PROV_DERIVED, dnode, pg),
                    Quad(g, K("evidence"), zh(evidence), pg),
                    Quad(g, K("startOffset"), int_literal(rs), pg),
                    Quad(g, K("endOffset"), int_literal(re_), pg),
                    Quad(g, PROV_ATTRIBUTED, agent, pg),
                    Quad(g, K("extractor"), Literal(f.extractor or "rule"), pg),
                    Quad(g, K("confidence"), decimal_literal(round(Decimal(str(f.confidence)), 3)), pg),
                ]
            )
        )
    return list(quads)
