"""IRIs of the ontology and of the data: the public naming contract.

Everything that turns names into IRIs lives here, so stable IRIs are decided in
one place: rebuilding the same pages must give the same graph, and other
people's queries rely on these local names.

Graph layout (one document = a few named graphs, so a page can be replaced):

* ``graph/doc/{doc}``   — the document node and the entities it mentions
  (``rdf:type``, ``rdfs:label``, ``skos:altLabel``, place codes, ``partOf``
  chains taken from the division table);
* ``graph/fact/{doc}/{hash}`` — one graph per extracted fact, holding the fact
  triple (and the amount triples for an investment);
* ``graph/prov/{doc}``  — for each fact graph: ``prov:wasDerivedFrom`` the
  document, ``kg:evidence`` (the sentence), ``kg:startOffset`` /
  ``kg:endOffset`` in the original file, ``kg:extractor``.

Replacing a document drops exactly these graphs.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote

from kg.document import ENTITY_TYPES

BASE = "https://parkkg.org/"
ONTOLOGY = BASE + "ontology#"
ID = BASE + "id/"
GRAPH = BASE + "graph/"

PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "kgid": ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "sh": "http://www.w3.org/ns/shacl#",
    "dcterms": "http://purl.org/dc/terms/",
}

#: One prefix per kind of data IRI (``park:``, ``company:`` … ``place:``, ``doc:``, ``agent:``), so an
#: entity reads ``place:140728`` in Turtle and in result tables, and pastes back into a
#: query as is (``kgid:place/140728`` does not: ``/`` is not allowed in a SPARQL local name).
TYPE_PREFIXES: dict[str, str] = {t.lower(): ID + t.lower() + "/" for t in (*ENTITY_TYPES, "Doc", "Agent")}
PREFIXES.update(TYPE_PREFIXES)

#: SPARQL prologue with every prefix above, prepended to named queries.
SPARQL_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


# A SPARQL 1.1 / Turtle local name (PN_LOCAL), kept conservative: any character that
# is not plainly allowed sends compact() to the full <IRI>, which is always valid.  A dot
# is allowed inside a local name by the grammar, but pyoxigraph 0.5 rejects some
# (``agent:parkkg-0.1.0``), so a name with a dot is written in full.
_PN_FIRST = r"(?:[A-Za-z0-9_:\u00C0-\uFFFF]|%[0-9A-Fa-f]{2})"
_PN_REST = r"(?:[A-Za-z0-9_:\-\u00B7\u00C0-\uFFFF]|%[0-9A-Fa-f]{2})"
_PN_LOCAL = re.compile(f"(?:{_PN_FIRST}{_PN_REST}*)?")
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def compact(iri: str) -> str:
    """The shortest way to write ``iri`` that pastes back into SPARQL and Turtle.

    ``place:140728``, ``park:0823…``, ``kg:investsIn``, ``rdfs:label``; an IRI no
    prefix fits (or whose rest is not a valid local name) is written ``<iri>``.
    """
    for prefix, ns_iri in _BY_LENGTH:
        if iri.startswith(ns_iri) and _PN_LOCAL.fullmatch(iri[len(ns_iri) :]):
            return f"{prefix}:{iri[len(ns_iri) :]}"
    return f"<{iri}>"


def term(local: str) -> str:
    """IRI of an ontology class or property by its local name."""
    return ONTOLOGY + local


def _slug(text: str) -> str:
    return quote(text, safe="")


def short_hash(*parts: str, n: int = 16) -> str:
    """A short, stable hash of some strings (IRIs must not depend on run order)."""
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16)
    return h.hexdigest()[:n]


def entity_key(etype: str, canonical_name: str, code: str | None = None) -> str:
    """Stable key of an entity: ``place/{code}`` or ``{type}/{hash of name}``.

    Places with an administrative-division code are keyed by the code, so 平遥
    and 平遥县 on two pages are one node.  Other entities are keyed by their
    normalised canonical (full) name.
    """
    if etype == "Place" and code:
        return f"place/{code}"
    return f"{etype.lower()}/{short_hash(etype, canonical_name)}"


def entity_iri(key: str) -> str:
    return ID + key


def agent_iri() -> str:
    """The software agent facts are attributed to: parkkg at this version (same version, same IRI)."""
    from kg import __version__

    return ID + "agent/parkkg-" + __version__


def doc_iri(doc_id: str) -> str:
    return ID + "doc/" + _slug(doc_id)


def doc_id_of(iri: str) -> str:
    """The document id of a document IRI (the inverse of :func:`doc_iri`); other IRIs as they are."""
    prefix = ID + "doc/"
    return unquote(iri[len(prefix) :]) if iri.startswith(prefix) else iri


def doc_graph(doc_id: str) -> str:
    return GRAPH + "doc/" + _slug(doc_id)


def prov_graph(doc_id: str) -> str:
    return GRAPH + "prov/" + _slug(doc_id)


def fact_graph_prefix(doc_id: str) -> str:
    return GRAPH + "fact/" + _slug(doc_id) + "/"


def fact_graph(doc_id: str, *identity: str) -> str:
    """IRI of one fact's named graph, stable for the same fact of the same page."""
    return fact_graph_prefix(doc_id) + short_hash(doc_id, *identity)
