"""The knowledge graph as a networkx graph: one node per entity, one edge per relation.

Why a networkx view at all: graph algorithms (degree, centrality, shortest
paths, ego networks for ``viz --focus``) and the GraphML export are much
simpler on an in-memory property graph than in SPARQL.  The store stays the
source of truth; this module only *reads* it, over the union of the named
graphs (layout in :mod:`kg.rdf.namespaces`), so it sees every document at once.

Shape of the result (a :class:`networkx.MultiDiGraph`):

* nodes are entity IRIs with attributes ``type`` (Park, Company, Agency,
  Policy, Project, Place — place subclasses such as ``kg:County`` become
  ``Place`` with ``level`` = ``county``), ``label``, ``aliases`` (one string,
  joined with :data:`ALIAS_SEP`), and when known ``level``, ``code``,
  ``investmentAmount`` (yuan, float), ``amountText``, ``currency`` and
  ``degree`` (undirected degree in the returned graph);
* ``designatedAs`` titles become nodes of type ``Title`` (id ``title:<text>``
  for a literal title, or the title node's IRI if the mapping made it a node);
* edges go subject → object with key = the relation's local name
  (``investsIn`` …), and attributes ``predicate`` (IRI), ``relation``,
  ``evidence`` (the distinct evidence sentences, joined with ``"\\n"``) and
  ``document`` (the distinct document ids, joined with ``", "``), and when
  known ``confidence`` (the highest re-scorer confidence of its extractions)
  and, on ``investsIn``, ``amount`` (the invested project's amount in yuan).
  The same statement extracted from two pages is one edge with two evidences.

``to_networkx(store, nodes=ids)`` reads only some nodes (and the edges among
them) by index look-ups instead of scanning the store; with
:func:`node_names` and :func:`neighbour_ids` it gives ``viz --focus`` the
neighbourhood of an entity in a big store without building the whole graph.

Every attribute value is a ``str``, ``int`` or ``float`` so the graph can be
written to GraphML as is.  Nodes and edges are inserted in sorted order so the
same store always gives the same graph (and the same HTML page).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from decimal import Decimal, InvalidOperation

import networkx as nx
import pyoxigraph as ox

from kg.document import ENTITY_TYPES, PLACE_LEVELS, RELATIONS
from kg.rdf.namespaces import ONTOLOGY, PREFIXES, SPARQL_PROLOGUE, doc_id_of
from kg.rdf.store import default_is_union

#: Separator of the aliases in the ``aliases`` node attribute.
ALIAS_SEP = " | "

#: Node type of designation titles (objects of ``designatedAs``).
TITLE = "Title"

#: Node type of nodes an edge points to that carry no known entity class.
OTHER = "Other"

#: Every node type ``to_networkx(types=...)`` accepts.
NODE_TYPES: tuple[str, ...] = (*ENTITY_TYPES, TITLE, OTHER)

_RDF_TYPE = PREFIXES["rdf"] + "type"
_RDFS_LABEL = PREFIXES["rdfs"] + "label"
_ALT_LABEL = PREFIXES["skos"] + "altLabel"

# class IRI -> (entity type, place level or None)
_CLASSES: dict[str, tuple[str, str | None]] = {ONTOLOGY + t: (t, None) for t in ENTITY_TYPES}
_CLASSES.update({ONTOLOGY + lvl.capitalize(): ("Place", lvl) for lvl in PLACE_LEVELS})

# literal-valued properties copied onto nodes: property local name -> attribute
_NODE_PROPERTIES = {
    "divisionCode": "code",
    "level": "level",
    "investmentAmount": "investmentAmount",
    "amountText": "amountText",
    "currency": "currency",
}


class UnknownType(ValueError, LookupError):
    """A ``types`` filter names no node type (a ValueError; also a LookupError for the CLI)."""


def _values(terms: Iterable[str]) -> str:
    return " ".join(f"<{t}>" for t in terms)


def _select(store: ox.Store, sparql: str, **bindings: str) -> list[tuple]:
    """Run a SELECT over the union graph and return rows of terms (or None).

    ``bindings`` are plain string literals substituted for variables (never
    pasted into the query text).
    """
    subs = {ox.Variable(k): ox.Literal(v) for k, v in bindings.items()}
    solutions = store.query(
        SPARQL_PROLOGUE + sparql, use_default_graph_as_union=default_is_union(store), substitutions=subs or None
    )
    return [tuple(sol) for sol in solutions]  # a solution iterates its values in variable order


def _text(term) -> str | None:
    return None if term is None else term.value


def _amount(value: str) -> float | None:
    try:
        return float(Decimal(value))
    except (InvalidOperation, ValueError):
        return None


def _normalise_types(types: Collection[str] | None) -> set[str] | None:
    """Accept type names in any case; reject unknown names with a helpful message."""
    if types is None:
        return None
    by_lower = {t.lower(): t for t in NODE_TYPES}
    wanted: set[str] = set()
    for t in types:
        t = t.strip()
        if not t:
            continue
        if t.lower() not in by_lower:
            raise UnknownType(f"unknown node type {t!r}; choose from {', '.join(NODE_TYPES)}")
        wanted.add(by_lower[t.lower()])
    return wanted


_PROP_IRIS = {ONTOLOGY + k: v for k, v in _NODE_PROPERTIES.items()}
_REL_IRIS = {ONTOLOGY + r: r for r in RELATIONS}
_EVIDENCE = ONTOLOGY + "evidence"
_DERIVED = PREFIXES["prov"] + "wasDerivedFrom"
_CONFIDENCE = ONTOLOGY + "confidence"


class _Rows:
    """What the graph is assembled from: rows of pyoxigraph terms."""

    def __init__(self) -> None:
        self.types: list[tuple] = []  # (entity, class)
        self.names: list[tuple] = []  # (subject, rdfs:label | skos:altLabel, literal)
        self.props: list[tuple] = []  # (subject, property, literal)
        # (subject, relation, object, evidence | None, document | None, confidence | None)
        self.facts: list[tuple] = []


def _rows_by_sparql(store: ox.Store) -> _Rows:
    """All rows of the store, by a few SPARQL scans over the union graph."""
    rows = _Rows()
    rows.types = _select(store, f"SELECT ?e ?c WHERE {{ ?e a ?c VALUES ?c {{ {_values(_CLASSES)} }} }}")
    rows.names = _select(
        store,
        f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o VALUES ?p {{ <{_RDFS_LABEL}> <{_ALT_LABEL}> }} FILTER(isLiteral(?o)) }}",
    )
    rows.props = _select(
        store, f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o VALUES ?p {{ {_values(_PROP_IRIS)} }} FILTER(isLiteral(?o)) }}"
    )
    rows.facts = _select(
        store,
        f"""SELECT ?s ?p ?o ?ev ?doc ?conf WHERE {{
              GRAPH ?g {{ ?s ?p ?o VALUES ?p {{ {_values(_REL_IRIS)} }} }}
              OPTIONAL {{ ?g kg:evidence ?ev }}
              OPTIONAL {{ ?g prov:wasDerivedFrom ?doc }}
              OPTIONAL {{ ?g kg:confidence ?conf }}
            }}""",
    )
    return rows


def _rows_by_lookup(store: ox.Store, nodes: Collection[str]) -> _Rows:
    """The rows of some subjects only, by index look-ups (no scan of the store).

    Gives the same rows as :func:`_rows_by_sparql` restricted to these
    subjects (SPARQL with a ``VALUES`` list is planned as a scan by the store).
    """
    rows = _Rows()
    for n in sorted(nodes):
        if n.startswith("title:"):
            continue
        node = ox.NamedNode(n)
        for q in store.quads_for_pattern(node, None, None, None):
            p, o, g = q.predicate.value, q.object, q.graph_name
            if isinstance(g, ox.DefaultGraph):  # the canonical copy: the page graphs say it too
                continue
            if p == _RDF_TYPE and isinstance(o, ox.NamedNode) and o.value in _CLASSES:
                rows.types.append((node, o))
            elif p in (_RDFS_LABEL, _ALT_LABEL) and isinstance(o, ox.Literal):
                rows.names.append((node, q.predicate, o))
            elif p in _PROP_IRIS and isinstance(o, ox.Literal):
                rows.props.append((node, q.predicate, o))
            elif p in _REL_IRIS and isinstance(g, ox.NamedNode):
                evidence = [e.object for e in store.quads_for_pattern(g, ox.NamedNode(_EVIDENCE), None, None)]
                docs = [d.object for d in store.quads_for_pattern(g, ox.NamedNode(_DERIVED), None, None)]
                confs = store.quads_for_pattern(g, ox.NamedNode(_CONFIDENCE), None, None)
                conf = next((c.object for c in confs), None)
                for ev in evidence or [None]:
                    for doc in docs or [None]:
                        rows.facts.append((node, q.predicate, o, ev, doc, conf))
    return rows


def to_networkx(
    store: ox.Store, types: Collection[str] | None = None, nodes: Collection[str] | None = None
) -> nx.MultiDiGraph:
    """Read the store into a :class:`networkx.MultiDiGraph` (see module docs).

    ``types`` keeps only nodes of those types (e.g. ``["Park", "Company"]``;
    ``Title`` and ``Other`` are types too) and the edges between kept nodes.
    Unknown type names raise :class:`UnknownType` (a ``ValueError``).
    ``nodes`` (node ids) reads only those nodes and the edges among them — the
    same graph as the induced sub-graph of the whole one, without reading the
    whole store (``kg viz --focus`` on a big store).
    """
    wanted = _normalise_types(types)
    only = set(nodes) if nodes is not None else None
    rows = _rows_by_sparql(store) if only is None else _rows_by_lookup(store, only)

    # -- entities: type, labels, literal properties -------------------------------
    node_type: dict[str, tuple[str, str | None]] = {}
    for e, cls in rows.types:
        if not isinstance(e, ox.NamedNode):
            continue
        t, lvl = _CLASSES[cls.value]
        old = node_type.get(e.value)
        # a place typed both kg:Place and kg:County keeps the level; otherwise
        # the first type in ENTITY_TYPES order wins, so the choice is stable
        if old is None or (old[0] == t and old[1] is None) or (
            old[0] != t and ENTITY_TYPES.index(t) < ENTITY_TYPES.index(old[0])
        ):
            node_type[e.value] = (t, lvl)

    # the union default graph is a bag (one copy per document graph): collect into sets
    labels: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    for s, p, o in rows.names:
        if not isinstance(s, ox.NamedNode):
            continue
        if p.value == _RDFS_LABEL:
            labels[s.value].add(o.value)
        else:
            aliases[s.value].add(o.value)

    props: dict[str, dict[str, str]] = defaultdict(dict)
    for s, p, o in sorted(rows.props, key=lambda r: (r[0].value, r[1].value, r[2].value)):
        props[s.value].setdefault(_PROP_IRIS[p.value], o.value)  # first in sorted order: stable

    # -- relation statements with their provenance ---------------------------------
    rel_iris = _REL_IRIS
    edges: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
    confidence: dict[tuple[str, str, str], float] = {}
    titles: dict[str, str] = {}
    for s, p, o, ev, doc, conf in rows.facts:
        if not isinstance(s, ox.NamedNode):
            continue
        rel = rel_iris[p.value]
        if isinstance(o, ox.Literal):
            if rel != "designatedAs":
                continue  # only titles are literal objects
            target = "title:" + o.value
            titles[target] = o.value
        elif isinstance(o, ox.NamedNode):
            target = o.value
            if rel == "designatedAs" and target not in node_type:
                titles[target] = ""
        else:
            continue
        evid, docs = edges.setdefault((s.value, rel, target), (set(), set()))
        if ev is not None:
            evid.add(ev.value)
        if doc is not None:
            docs.add(doc_id_of(doc.value))
        c = _amount(conf.value) if conf is not None else None
        if c is not None:  # the statement holds as surely as its surest extraction
            key = (s.value, rel, target)
            confidence[key] = max(c, confidence.get(key, 0.0))

    # -- assemble ------------------------------------------------------------------
    g = nx.MultiDiGraph()
    all_nodes = set(node_type) | set(titles) | {s for s, _, _ in edges} | {o for _, _, o in edges}
    if only is not None:
        all_nodes &= only

    def _node_kind(n: str) -> str:
        if n in node_type:
            return node_type[n][0]
        return TITLE if n in titles else OTHER

    def keep(n: str) -> bool:
        return wanted is None or _node_kind(n) in wanted

    for n in sorted(all_nodes):
        if not keep(n):
            continue
        t = _node_kind(n)
        lvl = node_type[n][1] if n in node_type else None
        # two pages may give different canonical names: show the fullest one
        label_list = sorted(labels.get(n, ()), key=lambda x: (-len(x), x))
        if label_list:
            label = label_list[0]
        elif titles.get(n):
            label = titles[n]
        else:
            label = n.rsplit("/", 1)[-1]
        attrs: dict[str, str | int | float] = {"type": t, "label": label}
        other = sorted((aliases.get(n, set()) | set(label_list[1:])) - {label})
        attrs["aliases"] = ALIAS_SEP.join(other)
        p = props.get(n, {})
        level = lvl or p.get("level")
        if level:
            attrs["level"] = level
        if "code" in p:
            attrs["code"] = p["code"]
        if "investmentAmount" in p:
            amount = _amount(p["investmentAmount"])
            if amount is not None:
                attrs["investmentAmount"] = amount
        for k in ("amountText", "currency"):
            if k in p:
                attrs[k] = p[k]
        g.add_node(n, **attrs)

    for (s, rel, o), (evid, docs) in sorted(edges.items()):
        if s in g and o in g:
            attrs = {
                "predicate": ONTOLOGY + rel,
                "relation": rel,
                "evidence": "\n".join(sorted(evid)),
                "document": ", ".join(sorted(docs)),
            }
            if (s, rel, o) in confidence:
                attrs["confidence"] = confidence[(s, rel, o)]
            if rel == "investsIn" and "investmentAmount" in g.nodes[o]:
                attrs["amount"] = g.nodes[o]["investmentAmount"]  # the invested project's amount
            g.add_edge(s, o, key=rel, **attrs)

    for n in g.nodes:
        g.nodes[n]["degree"] = int(g.degree(n))
    return g


def node_names(store: ox.Store) -> dict[str, set[str]]:
    """Every name (label or alias) of every entity and title node, by node id.

    Lets ``viz --focus`` find its centre without building the whole graph.
    Untyped nodes (type ``Other``) are not included.
    """
    names: dict[str, set[str]] = defaultdict(set)
    for e, name in _select(
        store,
        f"""SELECT ?e ?l WHERE {{
              {{ SELECT DISTINCT ?e WHERE {{ ?e a ?c VALUES ?c {{ {_values(_CLASSES)} }} }} }}
              ?e ?p ?l VALUES ?p {{ <{_RDFS_LABEL}> <{_ALT_LABEL}> }} FILTER(isLiteral(?l))
            }}""",
    ):
        if isinstance(e, ox.NamedNode):
            names[e.value].add(name.value)
    for (t,) in _select(store, "SELECT DISTINCT ?t WHERE { ?s kg:designatedAs ?t FILTER(isLiteral(?t)) }"):
        names["title:" + t.value].add(t.value)
    for t, label in _select(
        store,
        f"""SELECT ?t ?l WHERE {{ ?s kg:designatedAs ?t FILTER(isIRI(?t))
              FILTER NOT EXISTS {{ ?t a ?c VALUES ?c {{ {_values(_CLASSES)} }} }}
              OPTIONAL {{ ?t <{_RDFS_LABEL}> ?l }} }}""",
    ):
        if label is not None:
            names[t.value].add(label.value)
    return dict(names)


def neighbour_ids(store: ox.Store, centres: Collection[str], depth: int) -> set[str]:
    """Node ids within ``depth`` hops of ``centres`` (either direction), by index look-ups.

    The same set as a breadth-first search in :func:`to_networkx`'s graph
    (titles are nodes too: two parks with the same title are two hops apart),
    but only the neighbourhood is read, hop by hop.
    """
    designated = ONTOLOGY + "designatedAs"
    seen = set(centres)
    frontier = set(centres)
    title_holders: dict[str, set[str]] | None = None  # title text -> subjects, read once if needed
    for _ in range(max(0, depth)):
        found: set[str] = set()
        for n in sorted(frontier):
            if n.startswith("title:"):
                if title_holders is None:
                    title_holders = defaultdict(set)
                    for q in store.quads_for_pattern(None, ox.NamedNode(designated), None, None):
                        if (
                            isinstance(q.object, ox.Literal)
                            and isinstance(q.subject, ox.NamedNode)
                            and isinstance(q.graph_name, ox.NamedNode)
                        ):
                            title_holders[q.object.value].add(q.subject.value)
                found |= title_holders.get(n[len("title:") :], set())
                continue
            node = ox.NamedNode(n)
            for q in store.quads_for_pattern(node, None, None, None):
                if q.predicate.value not in _REL_IRIS or not isinstance(q.graph_name, ox.NamedNode):
                    continue
                if isinstance(q.object, ox.NamedNode):
                    found.add(q.object.value)
                elif isinstance(q.object, ox.Literal) and q.predicate.value == designated:
                    found.add("title:" + q.object.value)
            for q in store.quads_for_pattern(None, None, node, None):
                if (
                    q.predicate.value in _REL_IRIS
                    and isinstance(q.graph_name, ox.NamedNode)
                    and isinstance(q.subject, ox.NamedNode)
                ):
                    found.add(q.subject.value)
        frontier = found - seen
        seen |= found
        if not frontier:
            break
    return seen
