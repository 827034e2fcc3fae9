"""Score extracted graphs against the hand-made gold (``tests/data/gold_seeds``, a copy of the seed gold).

The rules are those of the gold README ("How a graph is scored against this
gold"); they are restated where they are implemented so the code can be
checked against the spec line by line:

* names are compared after NFKC, removing whitespace, quote marks 《》“”「」
  and brackets, lower-cased (:func:`norm`);
* parks match their short forms (经济技术开发区 ~ 经开区, 高新技术产业开发区 ~
  高新区, 经济开发区 ~ 经开区), places match without their admin suffix
  (江苏省 ~ 江苏), projects match fuzzily (containment of the name without a
  trailing 项目, at least 4 characters, or character-bigram Dice ≥ 0.6);
* aliases count on both sides; matching is one-to-one, best match first; a
  second predicted node matching an already matched gold entity is a false
  positive (merging is part of the job);
* anything matching an optional gold item is ignored; a predicted node none of
  whose labels occurs in the source text is ignored (e.g. a parent city added
  from the division table);
* a locatedIn/partOf edge to an ancestor of the gold object is ignored;
* a Place whose name occurs in the page only inside the name of another
  entity (上海 in 上海X科技有限公司) is ignored with its edges, on both sides; a
  locatedIn edge to a place the subject's own name contains is ignored; a
  partOf edge between gold places that the page does not spell out (the
  parent written right before the child) is ignored;
* an amount is right when it is within 1% of the gold ``amount_yuan``.

Predictions are a neutral structure (:class:`PredDoc`) so the scorer does not
care whether they come from in-memory :class:`kg.document.Document` objects
or from the RDF store; both adapters live here.

Decisions the README leaves open (documented so results can be interpreted):

* an entity matches only gold entities of the *same type*; a node of the
  wrong type is an FP of its type and the gold entity a miss;
* for relations, a predicted node stands for the gold entity it was matched
  to, and a duplicate node (already an entity FP) stands for the gold entity
  it duplicates, so one merge error is not punished again on every edge;
* predicted triples are a set: two predicted triples that map to the same
  gold statement count once;
* a triple touching an ignored node (optional gold item, or a node whose
  labels are not in the text) is ignored;
* designatedAs literals match on normalised equality or containment (either
  way, the shorter at least 2 characters).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from kg.document import ENTITY_TYPES, RELATIONS

# --------------------------------------------------------------------------
# Data structures
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False
    level: str | None = None


@dataclass(frozen=True)
class GoldTriple:
    s: str
    p: str
    o: str | None = None
    literal: str | None = None
    amount_yuan: Decimal | None = None
    optional: bool = False
    evidence: str = ""


@dataclass
class GoldDoc:
    doc_id: str
    entities: dict[str, GoldEntity]
    triples: list[GoldTriple]


@dataclass(frozen=True)
class PredEntity:
    key: str
    type: str
    name: str
    aliases: frozenset[str] = frozenset()
    code: str | None = None  # Place only, when known

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.name, *sorted(a for a in self.aliases if a != self.name))


@dataclass(frozen=True)
class PredTriple:
    s: str
    p: str
    o: str | None = None
    literal: str | None = None
    amount_yuan: Decimal | None = None


@dataclass
class PredDoc:
    doc_id: str
    entities: list[PredEntity] = field(default_factory=list)
    triples: list[PredTriple] = field(default_factory=list)
    text: str | None = None  # source text; None disables the "label not in text" rule


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class ErrorItem:
    """One FP or miss, for ``format_report(errors=True)``."""

    doc_id: str
    kind: str  # "FP" or "FN"
    group: str  # entity type or relation
    text: str  # name, or "s p o" for triples
    note: str = ""


@dataclass
class Report:
    entities: dict[str, Counts] = field(default_factory=dict)  # per type
    relations: dict[str, Counts] = field(default_factory=dict)  # per relation
    amounts_total: int = 0  # gold non-optional amounts
    amounts_correct: int = 0
    errors: list[ErrorItem] = field(default_factory=list)
    ignored_entities: int = 0
    ignored_triples: int = 0
    documents: int = 0
    missing_documents: list[str] = field(default_factory=list)  # gold docs without predictions
    show_errors: bool = field(default=False, repr=False)  # what str(report) prints
    #: (doc id, index of the predicted triple, "TP" | "FP" | "ignored"): how each prediction was judged
    outcomes: list[tuple[str, int, str]] = field(default_factory=list, repr=False)

    def __str__(self) -> str:
        """The readable table (``print(report)``, ``typer.echo(report)``)."""
        return format_report(self, errors=self.show_errors)

    @property
    def entities_micro(self) -> Counts:
        c = Counts()
        for v in self.entities.values():
            c.add(v)
        return c

    @property
    def relations_micro(self) -> Counts:
        c = Counts()
        for v in self.relations.values():
            c.add(v)
        return c

    @property
    def amount_accuracy(self) -> float:
        return self.amounts_correct / self.amounts_total if self.amounts_total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain numbers, for JSON output and benchmarks."""

        def c2d(c: Counts) -> dict[str, Any]:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "p": round(c.precision, 4),
                    "r": round(c.recall, 4), "f1": round(c.f1, 4)}

        return {
            "documents": self.documents,
            "entities": {k: c2d(v) for k, v in self.entities.items()},
            "relations": {k: c2d(v) for k, v in self.relations.items()},
            "entities_micro": c2d(self.entities_micro),
            "relations_micro": c2d(self.relations_micro),
            "amounts": {"correct": self.amounts_correct, "total": self.amounts_total,
                        "accuracy": round(self.amount_accuracy, 4)},
        }


# --------------------------------------------------------------------------
# Normalisation and name matching
# --------------------------------------------------------------------------

_STRIP_CHARS = "《》“”「」『』‘’\"'()（）[]【】〈〉<>〔〕{}"
_STRIP_RE = re.compile("[" + re.escape(_STRIP_CHARS) + r"\s]+")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """NFKC, no whitespace, no quote marks or brackets, lower case."""
    t = unicodedata.normalize("NFKC", text)
    # NFKC turns fullwidth brackets into ASCII ones; strip both kinds.
    return _STRIP_RE.sub("", t).lower()


def squash(text: str) -> str:
    """Whitespace-free NFKC lower-case text, for "occurs in the source" checks."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


# Longest first so 经济技术开发区 is not read as …经济 + 技术开发区.
_PARK_SHORT = (
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
)


@lru_cache(maxsize=65536)
def park_canonical(name: str) -> str:
    """Normalised name with park long forms replaced by their short forms."""
    n = norm(name)
    for long, short in _PARK_SHORT:
        n = n.replace(long, short)
    return n


_ETHNIC = (
    "维吾尔", "哈萨克", "柯尔克孜", "乌孜别克", "塔吉克", "塔塔尔", "俄罗斯", "鄂温克", "鄂伦春",
    "达斡尔", "蒙古", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙",
    "赫哲", "门巴", "珞巴", "基诺", "布依", "高山", "回", "藏", "苗", "彝", "壮", "满", "侗",
    "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京", "各",
)
_ETHNIC_RE = re.compile("(?:" + "|".join(_ETHNIC) + ")族?")
_AUTONOMOUS_RE = re.compile(
    "^(.+?)((?:" + "|".join(_ETHNIC) + ")族?)+自治(?:区|州|县|旗)$"
)
_PLACE_SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区", "街道", "新区",
    "省", "市", "区", "县", "镇", "乡", "村", "旗", "盟", "州", "社区", "嘎查",
)


@lru_cache(maxsize=65536)
def place_core(name: str) -> str:
    """A place name without its administrative suffix (江苏省 → 江苏).

    Autonomous divisions lose the ethnic names too (广西壮族自治区 → 广西,
    黔南布依族苗族自治州 → 黔南).  The core keeps at least two characters:
    a one-character core (沙县 → 沙) is too ambiguous, so the full name is kept.
    """
    n = norm(name)
    m = _AUTONOMOUS_RE.match(n)
    if m and len(m.group(1)) >= 2:
        return m.group(1)
    for suf in sorted(_PLACE_SUFFIXES, key=len, reverse=True):
        if n.endswith(suf) and len(n) - len(suf) >= 2:
            return n[: -len(suf)]
    return n


@lru_cache(maxsize=65536)
def project_core(name: str) -> str:
    """Normalised project name without a trailing 项目."""
    n = norm(name)
    while n.endswith("项目") and len(n) > 2:
        n = n[:-2]
    return n


def bigram_dice(a: str, b: str) -> float:
    """Dice coefficient of the character-bigram multisets of two strings."""
    if len(a) < 2 or len(b) < 2:
        return 1.0 if a == b and a else 0.0
    ba: dict[str, int] = defaultdict(int)
    for i in range(len(a) - 1):
        ba[a[i : i + 2]] += 1
    inter = 0
    total_b = len(b) - 1
    for i in range(total_b):
        g = b[i : i + 2]
        if ba.get(g, 0) > 0:
            ba[g] -= 1
            inter += 1
    return 2 * inter / ((len(a) - 1) + total_b)


def name_score(etype: str, gold_labels: Sequence[str], pred_labels: Sequence[str]) -> float:
    """How well two label sets name the same thing (0 = no match).

    Tiers, so "best first" prefers exact matches: 3 exact normalised form,
    2 park short form / place without suffix, 1..2 fuzzy project match.
    """
    g = {norm(x) for x in gold_labels if norm(x)}
    p = {norm(x) for x in pred_labels if norm(x)}
    if g & p:
        return 3.0
    g2 = {park_canonical(x) for x in g}
    p2 = {park_canonical(x) for x in p}
    if g2 & p2:
        return 2.5
    if etype == "Place" and {place_core(x) for x in g} & {place_core(x) for x in p}:
        return 2.0
    if etype == "Project":
        best = 0.0
        for a in {project_core(x) for x in g}:
            for b in {project_core(x) for x in p}:
                short, long = (a, b) if len(a) <= len(b) else (b, a)
                dice = bigram_dice(a, b)
                if len(short) >= 4 and short in long:
                    best = max(best, 1.0 + max(dice, len(short) / len(long)) * 0.99)
                elif dice >= 0.6:
                    best = max(best, 1.0 + dice * 0.99)
        return best
    return 0.0


def literal_match(gold: str, pred: str) -> bool:
    """designatedAs titles: normalised equality or containment (≥2 chars)."""
    a, b = norm(gold), norm(pred)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and short in long


# --------------------------------------------------------------------------
# Gold loading
# --------------------------------------------------------------------------


def _doc_id(name: str) -> str:
    """``001_xxx.txt`` → ``001_xxx`` (the id the pipeline gives a file)."""
    base = Path(name).name
    return base.rsplit(".", 1)[0] if "." in base else base


def _decimal(x: Any) -> Decimal | None:
    if x is None:
        return None
    return Decimal(str(x))


def parse_gold(data: Mapping[str, Any], name: str = "") -> GoldDoc:
    """One gold file's JSON (the gold README's format) as a GoldDoc."""
    doc_id = _doc_id(data.get("doc") or name)
    ents = {}
    for e in data["entities"]:
        ents[e["id"]] = GoldEntity(
            id=e["id"], type=e["type"], name=e["name"],
            aliases=tuple(e.get("aliases") or ()), optional=bool(e.get("optional", False)),
            level=e.get("level"),
        )
    triples = [
        GoldTriple(
            s=t["s"], p=t["p"], o=t.get("o"), literal=t.get("o_literal"),
            amount_yuan=_decimal(t.get("amount_yuan")), optional=bool(t.get("optional", False)),
            evidence=t.get("evidence", ""),
        )
        for t in data.get("triples", [])
    ]
    return GoldDoc(doc_id, ents, triples)


def load_gold(directory: str | Path) -> dict[str, GoldDoc]:
    """Read every ``*.json`` gold file of a directory, keyed by document id."""
    out: dict[str, GoldDoc] = {}
    d = Path(directory)
    if not d.is_dir():
        raise FileNotFoundError(f"gold directory not found: {d} (pass the folder with the *.json gold files)")
    for f in sorted(d.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "entities" not in data:
            continue
        doc = parse_gold(data, f.name)
        out[doc.doc_id] = doc
    return out


# --------------------------------------------------------------------------
# Prediction adapters
# --------------------------------------------------------------------------


def predictions_from_documents(docs: Iterable[Any]) -> dict[str, PredDoc]:
    """Neutral predictions from processed :class:`kg.document.Document` objects.

    Facts whose subject/object mention was not resolved to an entity cannot be
    placed in the graph and are skipped.
    """
    out: dict[str, PredDoc] = {}
    for doc in docs:
        ents = [
            PredEntity(key=e.key, type=e.type, name=e.name, aliases=frozenset(e.aliases or ()), code=e.code)
            for e in doc.entities.values()
        ]
        triples: list[PredTriple] = []
        for f in doc.facts:
            s = f.subject.entity
            if not s:
                continue
            o = f.obj.entity if f.obj is not None else None
            if f.obj is not None and not o:
                continue
            amt = Decimal(f.amount_yuan) if f.amount_yuan is not None else None
            triples.append(PredTriple(s, f.predicate, o, f.literal, amt))
        text = (doc.raw or "") + "\n" + (doc.text or "")
        out[doc.id] = PredDoc(doc.id, ents, triples, text)
    return out


def _local(iri: str, base: str) -> str | None:
    return iri[len(base):] if iri.startswith(base) else None


_PLACE_CLASSES = {lvl.capitalize() for lvl in ("province", "city", "county", "district", "town", "village")}


def predictions_from_store(
    store: Any, texts: Mapping[str, str] | None = None, record: Any = None
) -> dict[str, PredDoc]:
    """Neutral predictions read from a pyoxigraph store (layout of kg.rdf.namespaces).

    Entities of document D are the typed subjects of graph ``doc/D`` with
    their rdfs:label / skos:altLabel; facts of D are the relation triples in
    the graphs under ``fact/D/``; an investment's amount is the project's
    kg:investmentAmount; a designatedAs object is a literal or a node with a
    label.  ``texts`` (doc id → source text) enables the "label not in the
    source" rule; without it the rule is applied only if the page's file can
    still be read: where ``record`` (the store's :class:`kg.text.sources.SourceRecord`)
    says it is, else where the document node points (kg:sourcePath, which is
    relative to the build folder, dcterms:source or prov:hadPrimarySource).
    """
    from kg.rdf import namespaces as ns

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label"
    skos_alt = "http://www.w3.org/2004/02/skos/core#altLabel"
    doc_g = ns.GRAPH + "doc/"
    fact_g = ns.GRAPH + "fact/"

    def val(term: Any) -> str:
        return term.value

    by_doc: dict[str, PredDoc] = {}
    # Entities and labels per document graph.
    q = f"""
    SELECT ?g ?e ?t ?lp ?l WHERE {{
      GRAPH ?g {{
        ?e <{rdf_type}> ?t .
        OPTIONAL {{ ?e ?lp ?l . FILTER(?lp IN (<{rdfs_label}>, <{skos_alt}>, <{ns.term('divisionCode')}>)) }}
      }}
      FILTER(STRSTARTS(STR(?g), "{doc_g}"))
    }}"""
    raw: dict[tuple[str, str], dict[str, Any]] = {}
    for sol in store.query(q):
        doc_id = unquote(val(sol["g"])[len(doc_g):])
        e_iri = val(sol["e"])
        key = _local(e_iri, ns.ID)
        if key is None or key.startswith("doc/"):
            continue
        tloc = _local(val(sol["t"]), ns.ONTOLOGY)
        rec = raw.setdefault((doc_id, key), {"types": set(), "label": set(), "alt": set(), "code": None})
        if tloc:
            rec["types"].add(tloc)
        lp = sol["lp"]
        if lp is not None:
            lpv = val(lp)
            if lpv == rdfs_label:
                rec["label"].add(val(sol["l"]))
            elif lpv == skos_alt:
                rec["alt"].add(val(sol["l"]))
            else:
                rec["code"] = val(sol["l"])
    for (doc_id, key), rec in sorted(raw.items()):
        types = rec["types"]
        etype = next((t for t in ENTITY_TYPES if t in types), None)
        if etype is None and types & _PLACE_CLASSES:
            etype = "Place"
        if etype is None or not (rec["label"] or rec["alt"]):
            continue
        labels = sorted(rec["label"]) or sorted(rec["alt"])
        name = labels[0]
        aliases = frozenset((rec["label"] | rec["alt"]) - {name})
        code = rec["code"] or (key[len("place/"):] if key.startswith("place/") else None)
        pd = by_doc.setdefault(doc_id, PredDoc(doc_id))
        pd.entities.append(PredEntity(key, etype, name, aliases, code))

    # Facts.
    rel_filter = ", ".join(f"<{ns.term(r)}>" for r in RELATIONS)
    q = f"""
    SELECT ?g ?s ?p ?o ?ol ?amt WHERE {{
      GRAPH ?g {{ ?s ?p ?o . FILTER(?p IN ({rel_filter})) }}
      OPTIONAL {{ ?o <{rdfs_label}> ?ol }}
      OPTIONAL {{ GRAPH ?g {{ ?o <{ns.term('investmentAmount')}> ?amt }} }}
      FILTER(STRSTARTS(STR(?g), "{fact_g}"))
    }}"""
    seen: set[tuple[str, PredTriple]] = set()
    for sol in store.query(q):
        rest = val(sol["g"])[len(fact_g):]
        doc_id = unquote(rest.split("/", 1)[0])
        s = _local(val(sol["s"]), ns.ID)
        p = _local(val(sol["p"]), ns.ONTOLOGY)
        o_term = sol["o"]
        if s is None or p is None:
            continue
        o_key: str | None = None
        literal: str | None = None
        if type(o_term).__name__ == "Literal":
            literal = val(o_term)
        else:
            o_key = _local(val(o_term), ns.ID)
            if p == "designatedAs":
                literal = val(sol["ol"]) if sol["ol"] is not None else (o_key or val(o_term))
                o_key = None
        amt = None
        if p == "investsIn" and sol["amt"] is not None:
            try:
                amt = Decimal(val(sol["amt"]))
            except ArithmeticError:
                amt = None
        t = PredTriple(s, p, o_key, literal, amt)
        if (doc_id, t) in seen:
            continue
        seen.add((doc_id, t))
        by_doc.setdefault(doc_id, PredDoc(doc_id)).triples.append(t)

    # Source texts.
    for doc_id, pd in by_doc.items():
        if texts is not None and doc_id in texts:
            pd.text = texts[doc_id]
    if texts is None:
        _texts_from_store(store, by_doc, record)
    return by_doc


def _texts_from_store(store: Any, by_doc: dict[str, PredDoc], record: Any = None) -> None:
    """Fill PredDoc.text from the page's file, if readable (this machine's record first)."""
    from kg.rdf import namespaces as ns

    source_props = (ns.term("sourcePath"), "http://purl.org/dc/terms/source",
                    "http://www.w3.org/ns/prov#hadPrimarySource")
    q = (
        "SELECT ?d ?src WHERE { GRAPH ?g { ?d ?p ?src . FILTER(?p IN ("
        + ", ".join(f"<{p}>" for p in source_props)
        + ")) } }"
    )
    try:
        sols = list(store.query(q))
    except Exception:  # noqa: BLE001 - best effort only
        return
    for sol in sols:
        key = _local(sol["d"].value, ns.ID)
        if not key or not key.startswith("doc/"):
            continue
        doc_id = unquote(key[4:])
        pd = by_doc.get(doc_id)
        src = sol["src"].value
        if pd is None or pd.text is not None:
            continue
        known = record.get(doc_id) if record is not None else None
        path = Path(known or (src[7:] if src.startswith("file://") else src))
        try:
            if path.is_file():
                from kg.text.reading import read_file

                pd.text = read_file(path).raw
        except Exception:  # noqa: BLE001 - scoring must not die on a missing source
            continue


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def _gold_labels(e: GoldEntity) -> tuple[str, ...]:
    return (e.name, *e.aliases)


def _in_text(pe: PredEntity, text_sq: str | None) -> bool:
    if text_sq is None:
        return True
    return any(squash(lbl) and squash(lbl) in text_sq for lbl in pe.labels)


def _place_code(name: str, context: Sequence[str] = ()) -> str | None:
    """Division code of a place name via kg.knowledge.places, if that module is usable."""
    try:
        from kg.knowledge import places
    except Exception:  # noqa: BLE001
        return None
    try:
        p = places.lookup(name, tuple(context))
    except Exception:  # noqa: BLE001
        return None
    return p.code if p is not None else None


def _code_ancestors(code: str) -> set[str]:
    try:
        from kg.knowledge import places

        return {p.code for p in places.chain(code)[1:]}
    except Exception:  # noqa: BLE001
        return set()


def _occurrences(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _only_inside_other_names(labels: Sequence[str], others: Iterable[str], text_sq: str) -> bool:
    """True when every occurrence of every label lies inside a longer name of another entity.

    The gold README: "A Place node whose name occurs in the page only inside the
    name of another entity (上海 in 上海X科技有限公司) is ignored". Names of the same
    place (长沙市 for 长沙) are not "another entity".
    """
    own = {squash(x) for x in labels if x}
    cores = {place_core(x) for x in labels if x}
    found = False
    for lab in own:
        longer = [n for n in others if len(n) > len(lab) and lab in n and n not in own
                  and place_core(n) not in cores]
        spans = [(j, j + len(n)) for n in longer for j in _occurrences(text_sq, n)]
        for i in _occurrences(text_sq, lab):
            found = True
            if not any(a <= i and i + len(lab) <= b for a, b in spans):
                return False
    return found


def _spelled_out(child: Sequence[str], parent: Sequence[str], text_sq: str) -> bool:
    """True when the page writes the parent place right before the child (山西省河津市, 山西河津)."""
    return any(squash(p) + squash(c) in text_sq for p in parent for c in child if p and c)


def _score_doc(gold: GoldDoc, pred: PredDoc, report: Report) -> None:
    text_sq = squash(pred.text) if pred.text is not None else None
    gents = gold.entities
    ents_by_type = report.entities

    # ---- entities -------------------------------------------------------
    if text_sq is not None:
        names = {squash(x) for e in gents.values() for x in _gold_labels(e)}
        names |= {squash(x) for pe in pred.entities for x in pe.labels}
        # (an optional place too: its edges are no less ignored, and a predicted edge to it
        # is ignored below, so a required gold edge to it could never be found)
        inside = {k for k, e in gents.items() if e.type == "Place"
                  and _only_inside_other_names(_gold_labels(e), names, text_sq)}
        if inside:  # such a place and the edges to and from it are neither right nor wrong
            gents = {k: replace(e, optional=True) if k in inside else e for k, e in gents.items()}
            gold = replace(gold, entities=gents, triples=[
                replace(t, optional=True) if t.s in inside or t.o in inside else t for t in gold.triples])
    considered: list[PredEntity] = []
    ignored_keys: set[str] = set()
    seen_keys: set[str] = set()
    for pe in pred.entities:
        if pe.key in seen_keys:
            continue
        seen_keys.add(pe.key)
        if not _in_text(pe, text_sq) or (
            pe.type == "Place" and text_sq is not None and _only_inside_other_names(pe.labels, names, text_sq)
        ):
            ignored_keys.add(pe.key)
            report.ignored_entities += 1
            continue
        considered.append(pe)

    pairs: list[tuple[float, str, str]] = []
    for pe in considered:
        for ge in gents.values():
            if ge.type != pe.type:
                continue
            sc = name_score(pe.type, _gold_labels(ge), pe.labels)
            if sc > 0:
                pairs.append((sc, ge.id, pe.key))
    # Best first; ties broken by ids so the result does not depend on order.
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    g2p: dict[str, str] = {}
    p2g: dict[str, str] = {}
    for _sc, gid, pkey in pairs:
        if gid in g2p or pkey in p2g:
            continue
        g2p[gid] = pkey
        p2g[pkey] = gid
    # Duplicates: unmatched nodes that match an already matched gold entity.
    dup_of: dict[str, str] = {}
    for _sc, gid, pkey in pairs:
        if pkey not in p2g and pkey not in dup_of:
            dup_of[pkey] = gid

    for pe in considered:
        c = ents_by_type.setdefault(pe.type, Counts())
        gid = p2g.get(pe.key)
        if gid is not None:
            if gents[gid].optional:
                ignored_keys.add(pe.key)
                report.ignored_entities += 1
            else:
                c.tp += 1
            continue
        gid = dup_of.get(pe.key)
        if gid is not None and gents[gid].optional:
            ignored_keys.add(pe.key)
            report.ignored_entities += 1
            continue
        c.fp += 1
        note = f"duplicate of {gents[gid].name}" if gid is not None else ""
        report.errors.append(ErrorItem(gold.doc_id, "FP", pe.type, _entity_text(pe), note))
    for ge in gents.values():
        if ge.optional or ge.id in g2p:
            continue
        ents_by_type.setdefault(ge.type, Counts()).fn += 1
        report.errors.append(ErrorItem(gold.doc_id, "FN", ge.type, ge.name))

    # ---- relations ------------------------------------------------------
    stand_for = dict(p2g)
    stand_for.update({k: v for k, v in dup_of.items() if k not in stand_for})
    pnames = {pe.key: pe for pe in pred.entities}

    # Ancestors of each gold entity through the gold partOf/locatedIn chain.
    up: dict[str, set[str]] = defaultdict(set)
    for t in gold.triples:
        if t.p in ("partOf", "locatedIn") and t.o:
            up[t.s].add(t.o)

    def ancestors(gid: str) -> set[str]:
        out: set[str] = set()
        stack = list(up.get(gid, ()))
        while stack:
            x = stack.pop()
            if x not in out:
                out.add(x)
                stack.extend(up.get(x, ()))
        return out

    gold_by_sig: dict[tuple[str, str, str | None], list[GoldTriple]] = defaultdict(list)
    for t in gold.triples:
        gold_by_sig[(t.s, t.p, t.o)].append(t)

    matched_gold: dict[int, PredTriple] = {}
    gidx = {id(t): i for i, t in enumerate(gold.triples)}
    mapped_seen: set[tuple[str, str, str | None, str | None]] = set()

    for i, pt in enumerate(pred.triples):
        c = report.relations.setdefault(pt.p, Counts())
        if pt.s in ignored_keys or (pt.o is not None and pt.o in ignored_keys):
            report.ignored_triples += 1
            continue
        gs = stand_for.get(pt.s)
        go = stand_for.get(pt.o) if pt.o is not None else None
        hit: GoldTriple | None = None
        if gs is not None:
            if pt.p == "designatedAs":
                lit = pt.literal or (pnames[pt.o].name if pt.o in pnames else None)
                if lit is not None:
                    cands = [t for t in gold.triples if t.s == gs and t.p == pt.p and t.literal]
                    # Prefer an unmatched, non-optional, exact-ish gold literal.
                    cands.sort(key=lambda t: (gidx[id(t)] in matched_gold, t.optional,
                                              norm(t.literal or "") != norm(lit)))
                    hit = next((t for t in cands if literal_match(t.literal or "", lit)), None)
            elif go is not None:
                cands = sorted(gold_by_sig.get((gs, pt.p, go), []),
                               key=lambda t: (gidx[id(t)] in matched_gold, t.optional))
                hit = cands[0] if cands else None
        if hit is not None:
            sig = (gs or "", pt.p, go, norm(hit.literal) if hit.literal else None)
            if sig in mapped_seen:
                report.outcomes.append((gold.doc_id, i, "TP"))  # the same statement again
                continue  # the same statement again (e.g. via a duplicate node)
            mapped_seen.add(sig)
            if hit.optional:
                report.ignored_triples += 1
                report.outcomes.append((gold.doc_id, i, "ignored"))
                continue
            report.outcomes.append((gold.doc_id, i, "TP"))
            c.tp += 1
            i = gidx[id(hit)]
            matched_gold[i] = pt
            continue
        # Unmatched: ignored when it touches an optional gold entity ...
        if (gs is not None and gents[gs].optional) or (go is not None and gents[go].optional):
            report.ignored_triples += 1
            continue
        # ... or locates an entity in a place its own name contains (上海X公司 locatedIn 上海) ...
        if pt.p == "locatedIn" and _in_own_name(pt, pnames):
            report.ignored_triples += 1
            continue
        # ... or is a true partOf edge (by the division table) between gold places that the
        # page does not spell out: knowledge, not extraction ...
        if (pt.p == "partOf" and gs is not None and go is not None and text_sq is not None
                and gents[gs].type == gents[go].type == "Place"
                and not _spelled_out(pnames[pt.s].labels, pnames[pt.o].labels, text_sq)
                and _table_says_inside(pnames[pt.s], pnames[pt.o], gents)):
            report.ignored_triples += 1
            continue
        # ... or is a locatedIn/partOf edge to an ancestor of the gold object.
        if pt.p in ("locatedIn", "partOf") and gs is not None and _is_ancestor_edge(
            gold, gs, go, pt.o, pnames, ancestors
        ):
            report.ignored_triples += 1
            continue
        c.fp += 1
        report.outcomes.append((gold.doc_id, i, "FP"))
        report.errors.append(ErrorItem(gold.doc_id, "FP", pt.p, _pred_triple_text(pt, pnames)))

    for i, t in enumerate(gold.triples):
        if t.optional:
            continue
        if i not in matched_gold:
            report.relations.setdefault(t.p, Counts()).fn += 1
            report.errors.append(ErrorItem(gold.doc_id, "FN", t.p, _gold_triple_text(t, gents)))
        if t.p == "investsIn" and t.amount_yuan is not None:
            report.amounts_total += 1
            pt = matched_gold.get(i)
            ok = (
                pt is not None and pt.amount_yuan is not None
                and abs(pt.amount_yuan - t.amount_yuan) <= abs(t.amount_yuan) * Decimal("0.01")
            )
            if ok:
                report.amounts_correct += 1
            else:
                got = "no triple" if pt is None else f"predicted {pt.amount_yuan}"
                report.errors.append(ErrorItem(gold.doc_id, "FN", "amount",
                                               _gold_triple_text(t, gents), f"gold {t.amount_yuan}, {got}"))


def _table_says_inside(child: PredEntity, parent: PredEntity, gents: Mapping[str, GoldEntity]) -> bool:
    """True when the division table puts the child place inside the parent place."""
    context = tuple(e.name for e in gents.values() if e.type == "Place")
    c = child.code or _place_code(child.name, context)
    p = parent.code or _place_code(parent.name, context)
    return bool(c and p and p in _code_ancestors(c))


def _in_own_name(pt: PredTriple, pnames: Mapping[str, PredEntity]) -> bool:
    """A locatedIn edge to a place whose name (without its suffix) the subject's own name contains."""
    subj, obj = pnames.get(pt.s), pnames.get(pt.o) if pt.o else None
    if subj is None or obj is None or obj.type != "Place":
        return False
    cores = {place_core(x) for x in obj.labels if len(place_core(x)) >= 2}
    return any(c in norm(lab) for c in cores for lab in subj.labels)


def _is_ancestor_edge(
    gold: GoldDoc, gs: str, go: str | None, pred_o: str | None,
    pnames: Mapping[str, PredEntity], ancestors: Any,
) -> bool:
    """True when the edge points at an ancestor of a gold object of the same subject."""
    gold_objs = [t.o for t in gold.triples if t.s == gs and t.p in ("locatedIn", "partOf") and t.o]
    if not gold_objs:
        return False
    pe = pnames.get(pred_o) if pred_o is not None else None
    context = tuple(e.name for e in gold.entities.values() if e.type == "Place")
    pred_code = pe.code if pe is not None and pe.code else None
    if pred_code is None and pe is not None and pe.type == "Place":
        pred_code = _place_code(pe.name, context)
    for gobj in gold_objs:
        if go is not None and go in ancestors(gobj):
            return True
        # Via the division table: the gold object (or any place above it in the
        # gold chain) lies inside the predicted place.
        if pred_code:
            for g in (gobj, *ancestors(gobj)):
                ge = gold.entities[g]
                if ge.type != "Place":
                    continue
                code = _place_code(ge.name, context)
                if code and pred_code in _code_ancestors(code):
                    return True
    return False


def _entity_text(pe: PredEntity) -> str:
    alias = f" (aka {'/'.join(sorted(pe.aliases))})" if pe.aliases else ""
    return f"{pe.name}{alias}"


def _pred_triple_text(pt: PredTriple, pnames: Mapping[str, PredEntity]) -> str:
    s = pnames[pt.s].name if pt.s in pnames else pt.s
    o = repr(pt.literal) if pt.o is None else (pnames[pt.o].name if pt.o in pnames else pt.o)
    return f"{s} {pt.p} {o}"


def _gold_triple_text(t: GoldTriple, gents: Mapping[str, GoldEntity]) -> str:
    s = gents[t.s].name if t.s in gents else t.s
    o = gents[t.o].name if t.o and t.o in gents else repr(t.literal)
    return f"{s} {t.p} {o}"


def score(gold: Mapping[str, GoldDoc], preds: Mapping[str, PredDoc]) -> Report:
    """Score predictions against gold, document by document.

    Only documents in the gold are scored; a gold document without
    predictions counts all its non-optional items as misses.
    """
    report = Report()
    for t in ENTITY_TYPES:
        report.entities[t] = Counts()
    for r in RELATIONS:
        report.relations[r] = Counts()
    for doc_id in sorted(gold):
        pred = preds.get(doc_id)
        if pred is None:
            report.missing_documents.append(doc_id)
            pred = PredDoc(doc_id)
        report.documents += 1
        _score_doc(gold[doc_id], pred, report)
    return report


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def _row(name: str, c: Counts) -> str:
    return f"{name:<14}{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"


def format_report(report: Report, errors: bool = False) -> str:
    """A readable table per entity type and relation (plus the errors)."""
    head = f"{'':<14}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [f"Documents scored: {report.documents}"]
    if report.missing_documents:
        lines.append(f"  without predictions: {', '.join(report.missing_documents)}")
    lines += ["", "Entities", head]
    lines += [_row(t, c) for t, c in report.entities.items()]
    lines.append(_row("micro", report.entities_micro))
    lines += ["", "Relations", head]
    lines += [_row(r, c) for r, c in report.relations.items()]
    lines.append(_row("micro", report.relations_micro))
    lines += [
        "",
        f"Amounts within 1%: {report.amounts_correct}/{report.amounts_total}"
        f" ({report.amount_accuracy:.1%})",
        f"Ignored (optional / not in text / ancestor edges): "
        f"{report.ignored_entities} entities, {report.ignored_triples} triples",
    ]
    if errors:
        groups: dict[tuple[str, str], list[ErrorItem]] = defaultdict(list)
        for e in report.errors:
            groups[(e.group, e.kind)].append(e)
        order = [*ENTITY_TYPES, *RELATIONS, "amount"]
        for g in sorted(groups, key=lambda k: (order.index(k[0]) if k[0] in order else 99, k[1])):
            items = groups[g]
            label = "false positives" if g[1] == "FP" else "misses"
            lines += ["", f"{g[0]} {label} ({len(items)})"]
            for e in items:
                note = f"  [{e.note}]" if e.note else ""
                lines.append(f"  {e.doc_id}: {e.text}{note}")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Convenience entry points
# --------------------------------------------------------------------------


def evaluate_documents(gold_dir: str | Path, docs: Iterable[Any], errors: bool = False) -> Report:
    """Score processed Documents against the gold in ``gold_dir``.

    ``errors`` only decides what ``str(report)`` prints (the table, plus the
    FP/miss lists when True).
    """
    report = score(load_gold(gold_dir), predictions_from_documents(docs))
    report.show_errors = errors
    return report


def evaluate_store(
    gold_dir: str | Path, store: Any, texts: Mapping[str, str] | None = None, errors: bool = False,
    record: Any = None,
) -> Report:
    """Score the documents of a pyoxigraph store against the gold in ``gold_dir``.

    ``errors`` only decides what ``str(report)`` prints.
    """
    report = score(load_gold(gold_dir), predictions_from_store(store, texts, record))
    report.show_errors = errors
    return report


def _read_texts(folder: Path) -> dict[str, str]:
    """doc id → raw text of every page in a folder (for the "not in text" rule)."""
    from kg.text.reading import iter_paths, read_file

    out: dict[str, str] = {}
    for path in iter_paths([folder]):
        doc = read_file(path)
        out[doc.id] = doc.raw
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``kg eval --gold DIR [--errors] [--json] [--store PATH [--texts DIR] | FILES…]``.

    With files (or folders), runs the pipeline on them in memory; otherwise
    scores the store (default: kg.rdf.store.default_store_path()).
    """
    ap = argparse.ArgumentParser(prog="kg eval", description="Score the graph against gold annotations.")
    ap.add_argument("paths", nargs="*", help="source pages to process in memory (default: score the store)")
    ap.add_argument("--gold", required=True, help="folder with the gold *.json files")
    ap.add_argument("--store", default=None, help="store path (default $KG_STORE or ./kg-store)")
    ap.add_argument("--texts", default=None,
                    help="folder with the source pages, for scoring a store whose source paths moved")
    ap.add_argument("--errors", action="store_true", help="list false positives and misses")
    ap.add_argument("--json", action="store_true", help="print numbers as JSON")
    args = ap.parse_args(argv)
    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.paths:
        from kg.pipeline import process
        from kg.text.reading import iter_paths, read_file

        docs = [process(read_file(p)) for p in iter_paths([Path(x) for x in args.paths])]
        preds = predictions_from_documents(docs)
    else:
        from kg.rdf.store import open_store

        texts = _read_texts(Path(args.texts)) if args.texts else None
        from kg.rdf.store import default_store_path
        from kg.text.sources import SourceRecord

        store_path = args.store or default_store_path()
        preds = predictions_from_store(open_store(store_path, read_only=True), texts, SourceRecord(store_path))
    report = score(gold, preds)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, errors=args.errors))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
