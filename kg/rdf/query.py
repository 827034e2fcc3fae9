"""SPARQL over the store, with safe parameter binding and named queries.

* :func:`query` runs SPARQL 1.1 over the canonical graph (kg.rdf.store; the union
  of the named graphs on an older store) with the project prefixes predeclared
  (a query's own ``PREFIX`` lines win), and binds parameters as RDF terms: in a
  plain SELECT as a leading ``VALUES`` block whose values are single tokens
  written by pyoxigraph's N-Triples serialiser (so Oxigraph plans with them,
  :func:`bind_as_values`), otherwise with pyoxigraph ``substitutions``.  Either
  way a value is one RDF term and cannot change the query's shape; a bound
  variable must appear in the ``SELECT`` projection (not ASK/CONSTRUCT), which
  :func:`query` says clearly, and the bound columns are dropped from the result
  (they would only repeat the given value on every row).
* :func:`named_queries` reads ``kg/rdf/queries/*.rq``; each file starts with::

      # description: Projects and investment amounts in a province, city or county
      # param: place = 山西省 (name of a place; matches rdfs:label or skos:altLabel)

* :func:`format_result` prints a result as an aligned table (CJK characters
  count as two columns), CSV, TSV or JSON.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    Store,
    Triple,
    Variable,
)

from kg.rdf import namespaces as ns
from kg.rdf.store import default_is_union

XSD = ns.PREFIXES["xsd"]
_INT_TYPES = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
    )
}
QUERIES_DIR = Path(__file__).parent / "queries"
FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A query cannot run (syntax, unknown parameter, binding problem); the message says why."""


@dataclass
class QueryResult:
    """The result of a query, with python-friendly values.

    ``kind`` is ``select``, ``ask`` or ``construct``.  SELECT: ``columns`` and
    ``rows`` (tuples of str / int / Decimal / float / bool / None).  ASK:
    ``boolean`` (also one row ``(True,)`` in column ``ask``).  CONSTRUCT /
    DESCRIBE: ``triples`` (pyoxigraph Triples) and rows ``(s, p, o)``.
    """

    kind: str
    columns: list[str]
    rows: list[tuple[Any, ...]]
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]

    def to_dataframe(self):
        """The rows as a DataFrame whose columns have analysts' types.

        A column of numbers (xsd:decimal amounts come back as ``Decimal``) is
        float64, so ``sum`` and charts work; a column of dates (``dcterms:issued``)
        is datetime64, so ``.dt.year`` works; anything else is left as it is.
        """
        import pandas as pd

        df = pd.DataFrame(self.rows, columns=self.columns)
        for col in df.columns:
            values = [v for v in df[col] if v is not None]
            if not values:
                continue
            if all(isinstance(v, Decimal | int | float) and not isinstance(v, bool) for v in values):
                df[col] = pd.to_numeric(df[col].map(lambda v: None if v is None else float(v)))
            elif all(isinstance(v, datetime.date) for v in values):
                df[col] = pd.to_datetime(df[col])
        return df


@dataclass(frozen=True)
class Param:
    name: str
    default: str
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A query of ``kg/rdf/queries``: ``params`` are the parameter names (in file order),
    ``defaults`` and ``help`` map each name to its default value and description."""

    name: str
    description: str
    params: tuple[str, ...]
    text: str
    defaults: dict[str, str] = field(default_factory=dict)
    help: dict[str, str] = field(default_factory=dict)
    #: parameters bound as language-tagged literals (``# param: name@zh = …``)
    langs: dict[str, str] = field(default_factory=dict)
    #: parameters whose values must be of a kind (``# param: from:date = …``, see PARAM_KINDS)
    kinds: dict[str, str] = field(default_factory=dict)

    @property
    def parameters(self) -> tuple[Param, ...]:
        return tuple(Param(n, self.defaults.get(n, ""), self.help.get(n, "")) for n in self.params)

    def bindings(self, **values: Any) -> dict[str, Any]:
        """Bindings for this query: given values, else the declared defaults."""
        unknown = set(values) - set(self.params)
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(sorted(unknown))}; "
                f"its parameters: {', '.join(self.params) or 'none'}"
            )
        out = {p: values.get(p, self.defaults.get(p, "")) for p in self.params}
        for p, kind in self.kinds.items():
            pattern, what = PARAM_KINDS[kind]
            if isinstance(out[p], str) and not pattern.fullmatch(out[p]):
                raise QueryError(f"query {self.name!r}: {p}={out[p]!r} is not {what}")
        return {p: Literal(v, language=self.langs[p]) if p in self.langs and isinstance(v, str) else v
                for p, v in out.items()}


def python_value(term: Any) -> Any:
    """RDF term -> python: IRIs and strings as str, numbers as int/Decimal/float, booleans as bool,
    xsd:date as datetime.date (a publication date sorts and groups as a date in pandas)."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    if isinstance(term, Literal):
        dt = term.datatype.value
        try:
            if dt in _INT_TYPES:
                return int(term.value)
            if dt == XSD + "decimal":
                return Decimal(term.value)
            if dt in (XSD + "double", XSD + "float"):
                return float(term.value)
            if dt == XSD + "boolean":
                return term.value in ("true", "1")
            if dt == XSD + "date":
                return datetime.date.fromisoformat(term.value)
        except (ValueError, ArithmeticError):
            return term.value
        return term.value
    return str(term)


def to_term(value: Any) -> NamedNode | Literal | BlankNode:
    """A binding value as an RDF term (a str is a plain literal: compare with STR(?label))."""
    if isinstance(value, NamedNode | Literal | BlankNode):
        return value
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    if isinstance(value, Decimal):
        return Literal(format(value, "f"), datatype=NamedNode(XSD + "decimal"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(XSD + "double"))
    if isinstance(value, str):
        return Literal(value)
    raise QueryError(
        f"cannot bind a {type(value).__name__} value; use str, int, Decimal, float or an RDF term"
    )


def substitutions(bindings: dict[str, Any] | None) -> dict[Variable, Any]:
    """Parameter values as RDF terms (for substitution, or :func:`bind_as_values`), never raw text."""
    return {Variable(k.lstrip("?$")): to_term(v) for k, v in (bindings or {}).items()}


#: a dataset clause of the query itself (FROM <g>, FROM NAMED <g>), outside strings and comments
_FROM_RE = re.compile(r"\bFROM\s+(?:NAMED\s+)?<", re.IGNORECASE)
_STRINGS_RE = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")


#: the head of a SELECT before its WHERE group opens: prologue, projection without EXISTS, FROM
_SELECT_WORD = re.compile(r"\bSELECT\b", re.I)
_SELECT_HEAD = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^{]*?)?\bSELECT\b(?![^{]*\bEXISTS\b)[^{]*$", re.I | re.S)


def bind_as_values(sparql: str, subs: dict[Variable, Any]) -> str | None:
    """The SELECT with its bindings as a ``VALUES`` block opening its WHERE group, else None.

    Why: Oxigraph plans a query before it substitutes bound variables, so a
    bound ``?place`` is treated as unknown and the plan starts elsewhere —
    measured on 3M quads, "projects in a province" took 2.8 s with
    ``substitutions`` and 0.09 s with the same value in a leading ``VALUES``
    (a trailing ``VALUES`` is as slow as substitution).  Each value is one
    token written by pyoxigraph's N-Triples serialiser (as in
    :func:`kg.rdf.store._nt_lines`), so it cannot change the query's shape;
    a value with a backslash, a query with a sub-SELECT (whose own
    variable of that name substitution binds too), or a query whose WHERE
    group is not certain to be the first brace (not a SELECT, EXISTS in the
    projection) keeps ``substitutions``.
    """
    terms = [str(t) for t in subs.values()]
    if not subs or any("\\" in t for t in terms):
        return None
    blank = _STRINGS_RE.sub(lambda m: " " * len(m.group()), sparql)
    if len(_SELECT_WORD.findall(blank)) != 1:  # substitution reaches into a sub-SELECT, VALUES does not
        return None
    i = blank.find("{")
    if i < 0 or not _SELECT_HEAD.match(blank[:i]):
        return None
    block = f" VALUES ({' '.join(str(v) for v in subs)}) {{ ({' '.join(terms)}) }} "
    return sparql[: i + 1] + block + sparql[i + 1 :]


def bound(sparql: str, subs: dict[Variable, Any]) -> tuple[str, dict[Variable, Any] | None]:
    """The text to run and the substitutions to run it with: the values in a leading
    ``VALUES`` block where :func:`bind_as_values` can place one, else substitutions."""
    inline = bind_as_values(sparql, subs)
    return (inline, None) if inline else (sparql, subs or None)


#: strings, comments and IRIs, blanked before looking for braces and variables (an IRI may hold ``?x``)
_NOT_CODE_RE = re.compile(_STRINGS_RE.pattern + r"|<[^<>\"{}|^`\\\x00-\x20]*>")


def _values_site(blank: str, name: str) -> int | None:
    """Where ``?name``'s VALUES block goes: after the opening brace of the WHERE group of the
    innermost SELECT whose projection lists ``?name`` itself (not ``(… AS ?name)``); a projection
    with EXISTS is passed over (its first brace is not the WHERE group's)."""
    var = rf"(?<![\w?$])[?$]{re.escape(name)}(?!\w)"
    best: tuple[int, int] | None = None  # (depth, brace)
    for m in _SELECT_WORD.finditer(blank):
        brace = blank.find("{", m.end())
        head = blank[m.end() : brace]
        if brace < 0 or not re.search(var, head) or re.search(r"\bAS\s+" + var + r"|\bEXISTS\b", head, re.I):
            continue
        depth = blank.count("{", 0, m.start()) - blank.count("}", 0, m.start())
        if best is None or depth > best[0]:
            best = (depth, brace)
    return best[1] if best else None


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def with_values(sparql: str, subs: dict[Variable, Any], comment: str = "") -> str | None:
    """The query with its parameter values written in as ``VALUES`` lines, for a person to
    read, edit and run anywhere (the query editor shows named queries this way); None when a
    variable is not projected by any SELECT of it.

    Why not :func:`bind_as_values`: it gives up on a query with sub-SELECTs (the server then
    substitutes, which binds the variable in every scope), and a VALUES block in the outer
    group of such a query is joined only after Oxigraph has run the sub-SELECT for every
    entity (neighbourhood on 1M quads: 2 ms substituted, 9 s with an outer VALUES).  So each
    variable goes into the innermost SELECT that projects it, where the shipped queries first
    bind it (by label).  Values are N-Triples tokens, as in :func:`bind_as_values`.
    """
    blank = _NOT_CODE_RE.sub(lambda m: " " * len(m.group()), sparql)
    sites: dict[int, list[Variable]] = {}
    for var in subs:
        at = _values_site(blank, var.value)
        if at is None:
            return None
        sites.setdefault(at, []).append(var)
    for at in sorted(sites, reverse=True):
        names = " ".join(str(v) for v in sites[at])
        terms = " ".join(str(subs[v]) for v in sites[at])
        head, rest = sparql[: at + 1], sparql[at + 1 :]
        values = f"VALUES ({names}) {{ ({terms}) }}{comment}"
        if not rest.split("\n", 1)[0].strip() and "\n" in rest:  # the brace ends its line
            sparql = head + "\n" + _indent(rest.split("\n", 1)[1]) + values + rest
        else:  # text follows the brace: it moves to the next line
            indent = _indent(head[head.rfind("\n") + 1 :]) + "  "
            sparql = f"{head}\n{indent}{values}\n{indent}{rest.lstrip(' ')}"
    return sparql


def check_projected(subs: dict[Variable, Any], variables: Any) -> None:
    """A bound variable must be in the SELECT projection, however it was bound (substitution
    enforces it, a VALUES block would not): the rule users read stays one rule."""
    missing = sorted(v.value for v in set(subs) - set(variables))
    if missing:
        raise QueryError(
            f"The SPARQL query does not contain variable(s) {', '.join('?' + b for b in missing)} "
            "in its SELECT projection: bound variables must be listed in the SELECT clause"
        )


#: deeper nesting than any real query; pyoxigraph's recursive parser overflows the C stack long before
#: a Python error could be raised (3,000 braces crash the process), so the text is refused first
MAX_NESTING = 200


def check_nesting(sparql: str) -> None:
    """Raise QueryError when brackets nest deeper than MAX_NESTING (outside strings and comments)."""
    depth = deepest = 0
    for ch in _STRINGS_RE.sub(" ", sparql):
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(f"the query nests {deepest} levels deep (at most {MAX_NESTING}); simplify it")


def names_its_dataset(sparql: str) -> bool:
    """Does the query text carry its own dataset clause (FROM / FROM NAMED)?"""
    return _FROM_RE.search(_STRINGS_RE.sub(" ", sparql)) is not None


def query(store: Store, sparql: str, bindings: dict[str, Any] | None = None) -> QueryResult:
    """Run SPARQL over the store's canonical graph; bind ``bindings`` safely.

    The default graph of the query is the canonical graph (every triple of every
    page, once; see :mod:`kg.rdf.store`), or the union of the named graphs on a store
    without one; ``GRAPH ?g {…}`` reaches the pages' own graphs either way.

    Prefixes of :data:`kg.rdf.namespaces.PREFIXES` are predeclared through
    pyoxigraph's ``prefixes`` argument, so queries may use ``kg:``, ``rdfs:``
    ... without declaring them, and a query's own PREFIX lines still win.
    """
    check_nesting(sparql)
    subs = substitutions(bindings)
    text, subs_left = bound(sparql, subs)
    try:
        res = store.query(
            text,
            prefixes=ns.PREFIXES,
            # a query that names its dataset (FROM / FROM NAMED) gets that dataset
            use_default_graph_as_union=not names_its_dataset(sparql) and default_is_union(store),
            substitutions=subs_left,
        )
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {str(e).strip()}") from e
    except RuntimeError as e:
        msg = str(e)
        if "projection" in msg:
            raise QueryError(
                f"{msg}: bound variables ({', '.join('?' + v.value for v in subs)}) must be listed in the "
                "SELECT clause (not SELECT *; ASK/CONSTRUCT cannot be bound)"
            ) from e
        raise QueryError(msg) from e
    if isinstance(res, QueryBoolean):
        b = bool(res)
        return QueryResult("ask", ["ask"], [(b,)], boolean=b)
    if isinstance(res, QueryTriples):
        triples = list(res)
        rows = [(python_value(t.subject), python_value(t.predicate), python_value(t.object)) for t in triples]
        return QueryResult("construct", ["subject", "predicate", "object"], rows, triples=triples)
    assert isinstance(res, QuerySolutions)
    check_projected(subs, res.variables)
    given = {v.value for v in subs}
    names = [v.value for v in res.variables]
    keep = [i for i, n in enumerate(names) if n not in given]
    rows = []
    for sol in res:
        rows.append(tuple(python_value(sol[i]) for i in keep))
    return QueryResult("select", [names[i] for i in keep], rows)


# -- named queries -------------------------------------------------------------

_HEADER = re.compile(r"^#\s*(description|param)\s*:\s*(.*)$")
#: ``name[@lang] = default (help)``; ``@zh`` binds a string as a Chinese-tagged literal, so a
#: label lookup (``?e rdfs:label ?name``) is one index probe, not a STRLANG over every label
_PARAM = re.compile(r"^(\w+)(?:@([A-Za-z-]+))?(?::(\w+))?\s*(?:=\s*([^(]*?))?\s*(?:\((.*)\))?\s*$")
#: ``name:kind``: the kinds a parameter may declare, as (pattern its value must match, what it is)
PARAM_KINDS: dict[str, tuple[re.Pattern[str], str]] = {
    "date": (re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?"), "a year, month or day such as 2024, 2024-07 or 2024-07-01"),
}


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Parse the ``# description:`` / ``# param:`` header of a .rq file."""
    description = ""
    params: list[Param] = []
    langs: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key == "description":
            description = value.strip()
        else:
            pm = _PARAM.match(value.strip())
            if not pm:
                raise QueryError(f"{name}.rq: cannot read parameter line {line!r}")
            pname, lang, kind, default, pdesc = pm.groups()
            if lang:
                langs[pname] = lang
            if kind:
                if kind not in PARAM_KINDS:
                    raise QueryError(f"{name}.rq: parameter {pname} has unknown kind {kind!r} "
                                     f"(kinds: {', '.join(PARAM_KINDS)})")
                kinds[pname] = kind
            params.append(Param(pname, (default or "").strip(), (pdesc or "").strip()))
    return NamedQuery(
        name,
        description,
        tuple(p.name for p in params),
        text,
        defaults={p.name: p.default for p in params},
        help={p.name: p.description for p in params},
        langs=langs,
        kinds=kinds,
    )


def named_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` query shipped in ``kg/rdf/queries`` (or ``directory``), by name."""
    d = directory or QUERIES_DIR
    return {p.stem: parse_named_query(p.stem, p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.rq"))}


def run_named(store: Store, query_name: str, /, *, limit: int | None = None, offset: int = 0,
              **params: Any) -> QueryResult:
    """Run a named query with parameters (defaults fill the rest); ``limit``/``offset`` give
    one page of its rows (:func:`paged`).

    ``query_name`` is positional-only so a query may have a parameter called ``name``.
    """
    queries = named_queries()
    if query_name not in queries:
        raise QueryError(f"no named query {query_name!r}; available: {', '.join(sorted(queries))}")
    nq = queries[query_name]
    return query(store, paged(nq.text, limit, offset), nq.bindings(**params))


#: a LIMIT or OFFSET after the query's last closing brace (strings and comments blanked first)
_OWN_PAGE_RE = re.compile(r"\b(?:LIMIT|OFFSET)\b", re.I)


#: a line of its own where a query wants its page cut (see :func:`paged`)
PAGE_MARK = re.compile(r"^[ \t]*#PAGE[ \t]*$", re.M)


def paged(sparql: str, limit: int | None, offset: int = 0) -> str:
    """The query with ``LIMIT``/``OFFSET`` for one page of a long listing.

    They are appended, so the query's own ``ORDER BY`` orders the pages (a sub-SELECT's
    order is not promised to the outer query). A query may instead mark, with a line
    ``#PAGE`` (a comment, so the text runs unpaged as it is), the sorted sub-SELECT where
    its page is cut: the columns read after it are then read for that page's rows only
    (projects_by_place.rq; its outer ORDER BY repeats the inner one, a total order). A
    query with its own top-level LIMIT or OFFSET (top_investments) is refused: its pages
    are already chosen.
    """
    if limit is None and not offset:
        return sparql
    if (limit is not None and limit < 1) or offset < 0:
        raise QueryError("a page needs --limit of 1 or more and an --offset of 0 or more")
    blank = _STRINGS_RE.sub(lambda m: " " * len(m.group()), sparql)
    if _OWN_PAGE_RE.search(blank, blank.rfind("}") + 1):
        raise QueryError("this query sets its own LIMIT or OFFSET; page it by editing that line")
    page = (f"LIMIT {limit}" if limit is not None else "") + (f" OFFSET {offset}" if offset else "")
    if PAGE_MARK.search(sparql):
        return PAGE_MARK.sub(page.strip(), sparql, count=1)
    return sparql.rstrip() + "\n" + page.strip().replace(" OFFSET", "\nOFFSET") + "\n"


# -- formatting ----------------------------------------------------------------


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str) and v.startswith(ns.BASE):
        return ns.compact(v)  # place:140728, kg:investsIn: paste back into a query as is
    return str(v)


def display_width(text: str) -> int:
    """Terminal columns of a string: East Asian wide/fullwidth characters count 2."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _json_value(v: Any) -> Any:
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as ``table`` (aligned, CJK-aware), ``csv``, ``tsv`` or ``json``."""
    if fmt == "json":
        if result.kind == "ask":
            return json.dumps({"boolean": result.boolean})
        return json.dumps(
            [{k: _json_value(v) for k, v in r.items()} for r in result.records()],
            ensure_ascii=False,
            indent=2,
        )
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(result.columns)
        for r in result.rows:
            cells = ["" if v is None else str(v) for v in r]
            if fmt == "tsv":  # TSV has no quoting: keep one record per line
                cells = [c.replace("\t", " ").replace("\n", " ").replace("\r", " ") for c in cells]
            w.writerow(cells)
        return buf.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    cells = [[" ".join(_cell(v).split()) for v in r] for r in result.rows]
    widths = [display_width(c) for c in result.columns]
    for r in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, r, strict=True)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(result.columns, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    for r in cells:
        lines.append(" | ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip())
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)
