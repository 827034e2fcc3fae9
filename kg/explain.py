"""``kg explain NAME``: everything the graph knows about one entity, with evidence.

Lookup order: exact match on ``rdfs:label`` or ``skos:altLabel``, then
substring match.  One entity → its type, label, aliases, division code and
chain (county → city → province), and every fact about it in both directions
with the evidence sentence and the document it came from.  Several entities →
a numbered list of candidates (type, label, aliases) so the user can ask again
with the full name.  The name is always bound as a SPARQL parameter, never
pasted into the query.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Store

from kg.document import ENTITY_TYPES
from kg.knowledge import lexicons as lx
from kg.rdf import namespaces as ns
from kg.rdf.query import query

#: At most this many candidates are listed for an ambiguous name.
MAX_CANDIDATES = 30

_TYPES = " ".join(f"kg:{t}" for t in ENTITY_TYPES)

_FIND_EXACT = f"""
SELECT DISTINCT ?e ?name WHERE {{
  {{ SELECT DISTINCT ?e ?name WHERE {{
      ?e rdfs:label|skos:altLabel ?name .
  }} }}
  FILTER EXISTS {{ ?e a ?t . VALUES ?t {{ {_TYPES} }} }}
}}"""

_FIND_CONTAINS = f"""
SELECT DISTINCT ?e ?name WHERE {{
  {{ SELECT DISTINCT ?e ?name WHERE {{
      ?e rdfs:label|skos:altLabel ?n . FILTER(CONTAINS(STR(?n), ?name))
  }} }}
  FILTER EXISTS {{ ?e a ?t . VALUES ?t {{ {_TYPES} }} }}
}}"""

_DESCRIBE = """
SELECT DISTINCT ?e ?p ?o WHERE {
  VALUES ?p { rdf:type rdfs:label skos:altLabel kg:divisionCode
              kg:investmentAmount kg:amountText kg:currency }
  ?e ?p ?o .
}"""

_PARENTS = """
SELECT DISTINCT ?e ?parent WHERE { ?e kg:partOf ?parent }"""

# LATERAL (Oxigraph) looks provenance and labels up per fact instead of
# joining whole patterns: an entity named on many pages stays fast.
_FACTS = """
SELECT DISTINCT ?e ?dir ?p ?other ?otherLabel ?evidence ?docId ?source ?start ?end WHERE {
  VALUES ?p { kg:investsIn kg:locatedIn kg:partOf kg:issuedBy kg:signsWith kg:designatedAs }
  { GRAPH ?g { ?e ?p ?other } BIND("out" AS ?dir) }
  UNION
  { GRAPH ?g { ?other ?p ?e } BIND("in" AS ?dir) }
  LATERAL {
    GRAPH ?pg { ?g a kg:FactGraph ; kg:evidence ?evidence ; prov:wasDerivedFrom ?d ;
                   kg:startOffset ?start ; kg:endOffset ?end }
  }
  LATERAL {
    GRAPH ?dg { ?d a kg:Document ; dcterms:identifier ?docId ; kg:sourcePath ?source }
    # OPTIONAL outside GRAPH: Oxigraph 0.5 drops rows for OPTIONAL inside GRAPH ?var
    OPTIONAL { GRAPH ?dg { ?other rdfs:label ?otherLabel } }
  }
} ORDER BY ?p ?dir ?otherLabel ?docId ?start"""


def find_entities(store: Store, name: str) -> list[str]:
    """IRIs of entities named ``name`` exactly, else of those whose names contain it."""
    name = name.strip()
    if not name:
        return []
    for form in _name_forms(name):
        # bound as the @zh literal the labels are: one label-index probe (issue 8)
        rows = query(store, _FIND_EXACT, {"name": Literal(form, language="zh")}).rows
        if rows:
            return sorted({r[0] for r in rows})
    rows = query(store, _FIND_CONTAINS, {"name": name}).rows
    return sorted({r[0] for r in rows})


def _name_forms(name: str) -> list[str]:
    """The name as typed, then with a park abbreviation written out or shortened
    (白鹭经开区 ↔ 白鹭经济技术开发区, from ``lexicons.PARK_ABBREVIATIONS``)."""
    forms = [name]
    for short, full in lx.PARK_ABBREVIATIONS.items():
        if name.endswith(short):
            forms.append(name[: -len(short)] + full)
        elif name.endswith(full):
            forms.append(name[: -len(full)] + short)
    return forms


def _props(store: Store, iri: str) -> dict[str, list]:
    """Types, labels, codes and amounts of one entity, by property local name."""
    out: dict[str, list] = {}
    for p, o in query(store, _DESCRIBE, {"e": NamedNode(iri)}).rows:
        out.setdefault(p.rsplit("#", 1)[-1], []).append(o)
    return out


def _chain(store: Store, iri: str, max_depth: int = 8) -> list[str]:
    """Labels of the enclosing divisions, nearest first (county → city → province).

    Walked one partOf step at a time in Python: a path query over the union
    graph would see each partOf edge once per page that states it.
    """
    names: list[str] = []
    seen = {iri}
    cur = iri
    for _ in range(max_depth):
        parents = sorted(r[0] for r in query(store, _PARENTS, {"e": NamedNode(cur)}).rows)
        parents = [p for p in parents if p not in seen]
        if not parents:
            break
        cur = parents[0]
        seen.add(cur)
        names.append(_label(_props(store, cur), cur))
    return names


def _type_of(types: list[str]) -> str:
    local = sorted(t[len(ns.ONTOLOGY) :] for t in types if t.startswith(ns.ONTOLOGY))
    main = [t for t in local if t in ENTITY_TYPES]
    sub = [t for t in local if t not in ENTITY_TYPES]
    if main and sub:
        return f"{main[0]} ({', '.join(sub)})"
    return (main or sub or ["?"])[0]


def _label(props: dict[str, list], iri: str) -> str:
    labels = sorted(props.get("label", []))
    return labels[0] if labels else iri


def describe_entity(store: Store, iri: str) -> str:
    """The full text block for one entity IRI."""
    node = NamedNode(iri)
    props = _props(store, iri)
    label = _label(props, iri)
    lines = [f"{label}  [{_type_of(props.get('type', []))}]", f"  IRI: {iri}"]
    aliases = sorted(set(props.get("altLabel", [])) - {label})
    if aliases:
        lines.append(f"  aliases: {', '.join(aliases)}")
    if len(props.get("label", [])) > 1:
        lines.append(f"  other labels: {', '.join(sorted(set(props['label']) - {label}))}")
    if props.get("divisionCode"):
        lines.append(f"  division code: {', '.join(sorted(props['divisionCode']))}")
    chain = _chain(store, iri)
    if chain:
        lines.append(f"  division chain: {' → '.join([label, *chain])}")
    if props.get("investmentAmount"):
        amount = ", ".join(f"{a:,} yuan" for a in sorted(props["investmentAmount"]))
        text = f" ({', '.join(sorted(props['amountText']))})" if props.get("amountText") else ""
        lines.append(f"  investment: {amount}{text}")
    facts = query(store, _FACTS, {"e": node}).rows
    if not facts:
        lines.append("  no extracted facts about it")
        return "\n".join(lines)
    lines.append(f"  facts ({len(facts)}):")
    for direction, p, other, other_label, evidence, doc_id, _source, start, end in facts:
        rel = p.rsplit("#", 1)[-1]
        who = other_label or other
        arrow = f"{label} —{rel}→ {who}" if direction == "out" else f"{who} —{rel}→ {label}"
        lines.append(f"    {arrow}")
        lines.append(f"      evidence: {' '.join(str(evidence).split())}")
        lines.append(f"      source: {doc_id} [{start}:{end}]")
    return "\n".join(lines)


def explain(store: Store, name: str) -> str:
    """Explain an entity by name; a list of candidates when the name is ambiguous."""
    iris = find_entities(store, name)
    if not iris:
        return f"no entity named {name!r} (try a shorter part of the name, or kg query to list entities)"
    if len(iris) == 1:
        return describe_entity(store, iris[0])
    lines = [f"{len(iris)} entities match {name!r}; ask again with one of these names:"]
    for i, iri in enumerate(iris[:MAX_CANDIDATES], 1):
        props = _props(store, iri)
        label = _label(props, iri)
        aliases = sorted(set(props.get("altLabel", [])) - {label})
        alias = f" (aka {', '.join(aliases)})" if aliases else ""
        lines.append(f"  {i}. {label}  [{_type_of(props.get('type', []))}]{alias}")
    if len(iris) > MAX_CANDIDATES:
        lines.append(f"  … and {len(iris) - MAX_CANDIDATES} more: give more of the name")
    return "\n".join(lines)
