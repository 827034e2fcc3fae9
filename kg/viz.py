"""The interactive graph page: one self-contained HTML file that works offline.

Why not pyvis: pyvis 0.3.2 links Bootstrap from a CDN even with
``cdn_resources="in_line"``, injects node ids raw into its select menu,
switches every tooltip to ``innerHTML`` as soon as one title contains
"href", and drops ``color`` when ``group`` is set.  Article text is
untrusted, so this module writes its own small page instead:

* the vis-network script (Apache-2.0 / MIT, vendored in ``kg/static/``) is
  inlined — the page makes no network request at all (no CDN, no web fonts);
* nodes, edges and tooltip contents travel as one JSON document inside
  ``<script type="application/json">`` with ``<``, ``>``, ``&`` and U+2028/9
  escaped, so a ``</script>`` in a company name cannot end the script;
* the page's JavaScript builds tooltips, the legend and the search list with
  ``createElement`` / ``textContent`` only, so article text is never parsed as
  HTML; vis-network draws labels on a canvas (plain text);
* the same store gives byte-identical output (sorted nodes and edges, fixed
  layout seed), so pages can be diffed.

Once the layout is drawn the page records what it rendered in a hidden
``<pre id="kg-render-report">`` (node and edge counts, the labels of the drawn
nodes, painted pixels) and sets ``<body data-kg-rendered="1">``: the headless
browser test reads that back with ``chromium --dump-dom``.  The same flags
give a screenshot (this is how ``docs/graph.png`` is made)::

    kg build seeds/ && python -c "import kg.api as k; k.write_html(k.open_store(), 'g.html')"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=30000 \
        --window-size=1400,900 --screenshot=docs/graph.png "file://$PWD/g.html"
"""

from __future__ import annotations

import contextlib
import html
import json
from collections.abc import Collection, Iterable
from decimal import Decimal
from importlib import resources
from itertools import islice, zip_longest
from pathlib import Path
from string import Template

import networkx as nx
import pyoxigraph as ox

from kg.knowledge import places
from kg.rdf.namespaces import ID, ONTOLOGY, SPARQL_PROLOGUE, doc_id_of
from kg.rdf.netx import ALIAS_SEP, TITLE, _normalise_types, neighbour_ids, node_names, to_networkx
from kg.rdf.store import default_is_union

#: Colour of each node type (legend order).
TYPE_COLORS: dict[str, str] = {
    "Park": "#4e79a7",
    "Company": "#f28e2b",
    "Agency": "#e15759",
    "Policy": "#76b7b2",
    "Project": "#59a14f",
    "Place": "#edc948",
    TITLE: "#b07aa1",
    "Other": "#9c9c9c",
}

#: Chinese names of the node types, shown in the legend and tooltips.
TYPE_ZH: dict[str, str] = {
    "Park": "园区",
    "Company": "企业",
    "Agency": "机构",
    "Policy": "政策",
    "Project": "项目",
    "Place": "地区",
    TITLE: "称号",
    "Other": "其他",
}

#: Chinese edge labels of the six relations.
RELATION_ZH: dict[str, str] = {
    "investsIn": "投资",
    "locatedIn": "位于",
    "partOf": "隶属",
    "issuedBy": "发布",
    "signsWith": "签约",
    "designatedAs": "获评",
}

LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级", "town": "乡镇", "village": "村"}

#: Default cap on the nodes of one page (which are kept: :func:`overview_nodes`).
MAX_NODES = 2000

#: Fixed vis-network layout seed: the same graph is laid out the same way.
LAYOUT_SEED = 20240601

_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"


class FocusNotFound(LookupError):
    """``focus`` names no entity (label or alias) of the graph."""


def _vis_script() -> str:
    """The vendored vis-network bundle, minus its source-map comment (nothing to fetch)."""
    js = resources.files("kg").joinpath("static/vis-network.min.js").read_text(encoding="utf-8")
    # split on "\n" only: str.splitlines() would also cut at the U+2028 inside the bundle's regexes
    js = "\n".join(line for line in js.split("\n") if not line.startswith("//# sourceMappingURL"))
    if "</script" in js.lower():  # would end the inline script early
        raise RuntimeError("vendored vis-network.min.js contains '</script': cannot inline it")
    return js


def _json_for_script(obj: object) -> str:
    """JSON that is safe inside an HTML ``<script>`` element, whatever strings it holds."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _format_yuan(amount: float) -> str:
    """16.5 亿元 / 5000 万元 style, for a reader; the exact yuan value is shown too."""
    d = Decimal(str(amount))
    if abs(d) >= 100_000_000:
        v, unit = d / 100_000_000, "亿元"
    elif abs(d) >= 10_000:
        v, unit = d / 10_000, "万元"
    else:
        v, unit = d, "元"
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return f"{s} {unit}（{int(d):,} 元）" if d == d.to_integral_value() else f"{s} {unit}"


def _match(candidates: Iterable[tuple[str, Iterable[str]]], name: str) -> list[str]:
    """Ids one of whose names is ``name``; failing that, those with a name containing it."""
    name = name.strip().casefold()
    exact, partial = [], []
    for n, names in candidates:
        folded = [x.casefold() for x in names if x]
        if name in folded:
            exact.append(n)
        elif name and any(name in x for x in folded):
            partial.append(n)
    return sorted(exact or partial)


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or an alias is ``name``; failing that, those containing it (case-insensitive)."""
    return _match(
        ((n, [a.get("label", ""), *a.get("aliases", "").split(ALIAS_SEP)]) for n, a in g.nodes(data=True)), name
    )


def neighbourhood(g: nx.MultiDiGraph, centres: Collection[str], depth: int) -> nx.MultiDiGraph:
    """The sub-graph within ``depth`` hops (either edge direction) of any centre."""
    und = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for c in centres:
        keep |= set(nx.single_source_shortest_path_length(und, c, cutoff=depth))
    return g.subgraph(keep).copy()


def select_graph(
    store: ox.Store,
    focus: str | None = None,
    depth: int = 2,
    types: Collection[str] | None = None,
    max_nodes: int | None = MAX_NODES,
    isolated: bool = True,
) -> tuple[nx.MultiDiGraph, list[str]]:
    """The graph the page shows, and the focus nodes.

    The neighbourhood is taken in the full graph (a company two hops from a
    park through a project stays reachable), then ``types`` filters it; the
    focus nodes themselves are always kept.  Beyond ``max_nodes`` the nodes of
    :func:`overview_nodes` are kept (a browser lays out a few thousand nodes in
    seconds, tens of thousands not at all); ``g.graph["total_nodes"]`` tells
    how many there were, and ``g.graph["reserve"]`` holds the neighbours the cap
    cut (:func:`reserve_graph`; empty when nothing was cut), which the page
    draws on a double-click.  A node's ``degree`` is counted before the cap.
    """
    wanted = _normalise_types(types)
    centres: list[str] = []
    if focus:
        # only the neighbourhood is read from the store: fast on a big graph, and the
        # same nodes as find_nodes + neighbourhood on the whole graph
        centres = _match(node_names(store).items(), focus)
        if not centres:
            raise FocusNotFound(f"no entity named {focus!r} in the graph; try `kg explain` or a shorter name")
        g = to_networkx(store, nodes=neighbour_ids(store, centres, depth))
    else:
        g = to_networkx(store)
    set_provinces(g, store if focus else None)  # before filters and the cap cut chains
    set_years(g, store)
    if wanted is not None:
        g = g.subgraph([n for n, t in g.nodes(data="type") if t in wanted or n in centres]).copy()
    dropped = 0
    if not isolated and not focus:  # entities no fact connects only clutter an overview
        before = g.number_of_nodes()
        g = g.subgraph([n for n in g.nodes if g.degree(n) > 0 or n in centres]).copy()
        dropped = before - g.number_of_nodes()
    total = g.number_of_nodes()
    for n in g.nodes:  # before the cap: a node's tooltip counts the facts its double-click shows
        g.nodes[n]["degree"] = int(g.degree(n))
    reserve = nx.MultiDiGraph()
    if max_nodes is not None and total > max_nodes:
        kept = overview_nodes(g, max(max_nodes, len(centres)), centres)
        reserve = reserve_graph(g, kept)
        g = g.subgraph(kept).copy()
    g.graph["total_nodes"] = total
    g.graph["reserve"] = reserve
    g.graph["isolated_dropped"] = dropped
    return g, centres


_PLACING = ("locatedIn", "partOf")


_ISSUED = """SELECT ?d ?date WHERE { ?d a kg:Document ; dcterms:issued ?date }"""


def set_years(g: nx.MultiDiGraph, store: ox.Store) -> None:
    """Give each edge the publication years of the pages that state it (``years``, sorted).

    The page filter by year reads them; a fact from undated pages has none.
    """
    year: dict[str, int] = {}
    for r in store.query(SPARQL_PROLOGUE + _ISSUED, use_default_graph_as_union=default_is_union(store)):
        with contextlib.suppress(ValueError):
            year[doc_id_of(r["d"].value)] = int(r["date"].value[:4])
    for _, _, a in g.edges(data=True):
        docs = [d for d in a.get("document", "").split(", ") if d]
        a["years"] = sorted({year[d] for d in docs if d in year})


_CHAIN_CODE = """SELECT ?n ?code WHERE { ?n (kg:locatedIn|kg:partOf)+ ?p . ?p kg:divisionCode ?code } LIMIT 1"""


def _province_of_code(code: str) -> str | None:
    """A division code's province: the top of its chain in the division table (:func:`kg.knowledge.places.chain`)."""
    top = next((p for p in places.chain(code) if p.level == "province"), None)
    return top.name if top is not None else None


def set_provinces(g: nx.MultiDiGraph, store: ox.Store | None = None) -> None:
    """Give each node the province its locatedIn/partOf chain reaches (``province`` attribute).

    A place with a division code is in its code's province; anything else takes
    the province of the first placed node along its chain (a firm → its park →
    the county).  A neighbourhood read for a focus page may cut a chain short:
    with ``store``, such nodes follow the chain in the store (one query each).
    """
    memo: dict[str, str | None] = {}

    def province(n: str, seen: frozenset[str]) -> str | None:
        if n in memo:
            return memo[n]
        code = str(g.nodes[n].get("code") or "")
        found = None
        if code:
            found = _province_of_code(code)
        else:
            for _, nxt, rel in sorted(g.out_edges(n, keys=True)):
                if rel in _PLACING and nxt not in seen and (found := province(nxt, seen | {n})):
                    break
        memo[n] = found
        return found

    for n in g.nodes:
        g.nodes[n]["province"] = province(n, frozenset())
        if g.nodes[n]["province"] is None and store is not None and _placed_in_store(store, n):
            g.nodes[n]["province"] = _province_in_store(store, n)


_PLACING_IRIS = tuple(ox.NamedNode(ONTOLOGY + r) for r in _PLACING)


def _placed_in_store(store: ox.Store, n: str) -> bool:
    """Has the node a locatedIn/partOf statement in the store at all (one index probe each)?"""
    if not n.startswith(ID):
        return False
    node = ox.NamedNode(n)
    return any(next(iter(store.quads_for_pattern(node, p, None)), None) is not None for p in _PLACING_IRIS)


def _province_in_store(store: ox.Store, n: str) -> str | None:
    """The province of the first coded place the node's chain reaches in the store.

    The node is bound in a leading VALUES block (:func:`kg.rdf.query.bind_as_values`):
    with substitution Oxigraph planned the path from every place (34 ms a node,
    two minutes for a focus page of 3,000 nodes on a 3M-quad store)."""
    from kg.rdf.query import bound

    text, subs = bound(SPARQL_PROLOGUE + _CHAIN_CODE, {ox.Variable("n"): ox.NamedNode(n)})
    rows = store.query(text, substitutions=subs, use_default_graph_as_union=default_is_union(store))
    return next((_province_of_code(r["code"].value) for r in rows), None)


#: share of a capped page kept for the largest investments (the project, its investors, its place)
INVESTMENT_SHARE = 0.5


def _by_degree(g: nx.MultiDiGraph, nodes: Iterable[str]) -> list[str]:
    return sorted(nodes, key=lambda n: (-g.degree(n), n))


def overview_nodes(g: nx.MultiDiGraph, budget: int, centres: Collection[str] = ()) -> list[str]:
    """The nodes a capped page keeps: what an analyst looks for first, then the best connected.

    Ranking by degree alone keeps places and agencies and loses the investments
    (on a 1,000-page store the 2,000 best-connected nodes kept 1 of 3,012
    projects).  So the focus nodes come first, then up to
    :data:`INVESTMENT_SHARE` of the budget goes to projects by amount, each with
    its investors and location; the rest to the best-connected nodes.  A node
    the cap leaves without any edge is dropped (an overview shows no isolated
    nodes), unless it is a focus node.
    """
    keep: dict[str, None] = dict.fromkeys(centres)
    share = int(budget * INVESTMENT_SHARE)
    amount = {n: a.get("investmentAmount") or 0 for n, a in g.nodes(data=True) if a.get("type") == "Project"}
    for pr in sorted((n for n, a in amount.items() if a > 0), key=lambda n: (-amount[n], n)):
        group = [pr, *_by_degree(g, set(g.predecessors(pr)) | set(g.successors(pr)))]
        if len(keep) + len(group) > share:
            break
        keep.update(dict.fromkeys(group))
    for n in _by_degree(g, g.nodes):
        if len(keep) >= budget:
            break
        keep.setdefault(n)
    sub = g.subgraph(keep)
    return [n for n in keep if sub.degree(n) > 0 or n in centres]


#: At most this many cut neighbours of one kept node go into a page's reserve (:func:`reserve_graph`).
RESERVE_PER_NODE = 100

#: At most this many reserve nodes on one page (:func:`reserve_graph` gives the page sizes behind it).
RESERVE_MAX = 10_000


def _cut_neighbours(g: nx.MultiDiGraph, n: str, kept: set[str]) -> list[str]:
    """``n``'s neighbours that are not kept: largest investment first, then best connected.

    The order of :func:`overview_nodes`, for the same reason: a park's projects
    by amount are what an analyst opens it for, then its best-connected firms
    (those carry the most facts); a few hubs have hundreds of neighbours."""
    nbrs = (set(g.predecessors(n)) | set(g.successors(n))) - kept
    return sorted(nbrs, key=lambda m: (-(g.nodes[m].get("investmentAmount") or 0), -g.degree(m), m))


def reserve_graph(
    g: nx.MultiDiGraph, kept: list[str], per_node: int = RESERVE_PER_NODE, limit: int = RESERVE_MAX
) -> nx.MultiDiGraph:
    """The neighbours of the ``kept`` nodes that the cap cut, with their edges to kept nodes.

    The page carries them undrawn, so a double-click on a kept node shows its
    whole neighbourhood, not only the part that survived the cap.  Each kept
    node offers at most ``per_node`` cut neighbours (:func:`_cut_neighbours`);
    they are taken round-robin in the order of ``kept`` (every node's best
    before anyone's next, so a hub cannot use up the reserve) up to ``limit``
    nodes, and every edge between a chosen node and a kept node comes along.
    Edges between two reserve nodes are not carried (the page tells how many
    facts of a node it lacks from the node's degree, counted before the cap).

    The bounds come from page sizes on generated stores (``kg viz`` defaults,
    2,000 drawn nodes): on 1,000 pages (8,783 nodes) the reserve holds 5,090
    nodes, every cut neighbour but 73 of two hubs over ``per_node``, and the
    page grows from 3.5 MB to 7.9 MB; on 4,000 pages (30,219 nodes) 13,051 are
    on offer, ``limit`` takes 10,000 and the page grows from 4.5 MB to
    14.9 MB.  A reserve node costs about 1 KB with its edges and their
    evidence, so ``limit`` keeps a page under 15 MB.
    """
    keep = set(kept)
    cut = {n: _cut_neighbours(g, n, keep) for n in kept}
    rounds = zip_longest(*(c[:per_node] for c in cut.values()))
    chosen = list(islice(dict.fromkeys(m for row in rounds for m in row if m is not None), limit))
    edges = [e for m in chosen for e in (*g.in_edges(m, keys=True), *g.out_edges(m, keys=True)) if {e[0], e[1]} & keep]
    return g.edge_subgraph(edges).copy()


def _node_tip(a: dict) -> list[list[str]]:
    t = a.get("type", "Other")
    rows = [["", a.get("label", "")], ["类型", f"{TYPE_ZH.get(t, t)} {t}"]]
    if a.get("aliases"):
        rows.append(["别名", a["aliases"].replace(ALIAS_SEP, "、")])
    if a.get("level"):
        rows.append(["级别", f"{LEVEL_ZH.get(a['level'], a['level'])} {a['level']}"])
    if a.get("code"):
        rows.append(["区划代码", str(a["code"])])
    if "investmentAmount" in a:  # always yuan
        rows.append(["投资额", _format_yuan(float(a["investmentAmount"]))])
    if a.get("amountText"):
        rows.append(["原文金额", a["amountText"] + (f"（{a['currency']}）" if a.get("currency") else "")])
    elif a.get("currency"):
        rows.append(["原币种", str(a["currency"])])
    rows.append(["连接数", str(a.get("degree", 0))])
    return rows


def _edge_tip(g: nx.MultiDiGraph, u: str, v: str, a: dict) -> list[list[str]]:
    rel = a.get("relation", "")
    rows = [
        ["", f"{g.nodes[u].get('label', u)} —{RELATION_ZH.get(rel, rel)}→ {g.nodes[v].get('label', v)}"],
        ["关系", f"{rel}（{RELATION_ZH.get(rel, rel)}）"],
    ]
    for sentence in [s for s in a.get("evidence", "").split("\n") if s]:
        rows.append(["证据", sentence])
    if a.get("document"):
        rows.append(["来源", a["document"]])
    return rows


def _node_json(g: nx.MultiDiGraph, n: str, centres: Collection[str]) -> dict:
    """One node as the page gets it: drawn and reserve nodes alike."""
    a = g.nodes[n]
    t = a.get("type", "Other")
    names = [a.get("label", "")] + [x for x in a.get("aliases", "").split(ALIAS_SEP) if x]
    return {
        "id": n,
        "label": a.get("label", n),
        "type": t,
        "color": TYPE_COLORS.get(t, TYPE_COLORS["Other"]),
        "value": int(a.get("degree", 0)) + 1,
        "shape": "box" if t == TITLE else "dot",
        "focus": n in centres,
        "names": names,
        "tip": _node_tip(a),
        "amount": float(a["investmentAmount"]) if "investmentAmount" in a else None,
        "province": a.get("province"),
    }


def _edge_json(g: nx.MultiDiGraph, u: str, v: str, k: str) -> dict:
    """One edge as the page gets it: drawn and reserve edges alike."""
    a = g.edges[u, v, k]
    rel = a.get("relation", k)
    return {
        "from": u,
        "to": v,
        "label": RELATION_ZH.get(rel, rel),
        "relation": rel,
        "tip": _edge_tip(g, u, v, a),
        "confidence": a.get("confidence"),
        "years": a.get("years", []),
    }


def _rows(items: list[dict]) -> dict:
    """Dicts of the same keys as one list of field names and one row of values each.

    The reserve can hold ten thousand nodes: naming every field in every node
    would cost ~100 bytes a node and ~60 an edge (about a fifth of its size)."""
    fields = sorted(items[0]) if items else []
    return {"fields": fields, "rows": [[d[f] for f in fields] for d in items]}


def reserve_data(g: nx.MultiDiGraph) -> dict:
    """The page's reserve (:func:`reserve_graph`): the cut neighbours of drawn nodes, not drawn until asked.

    Nodes and edges are the dicts of :func:`graph_data` (same tooltips), packed
    by :func:`_rows`."""
    r = g.graph.get("reserve")
    if r is None:
        r = nx.MultiDiGraph()
    nodes = [_node_json(r, n, ()) for n in sorted(r.nodes) if n not in g]
    edges = [_edge_json(r, u, v, k) for u, v, k in sorted(r.edges(keys=True))]
    return {"nodes": _rows(nodes), "edges": _rows(edges)}


def graph_data(g: nx.MultiDiGraph, centres: Collection[str] = ()) -> dict:
    """The JSON document the page renders (nodes, edges, reserve, legend), in a stable order."""
    nodes = [_node_json(g, n, centres) for n in sorted(g.nodes)]
    edges = [_edge_json(g, u, v, k) for u, v, k in sorted(g.edges(keys=True))]
    reserve = reserve_data(g)
    counts: dict[str, int] = dict.fromkeys(_column(reserve["nodes"], "type"), 0)  # filterable too
    for n in nodes:
        counts[n["type"]] = counts.get(n["type"], 0) + 1
    legend = [
        {"type": t, "zh": TYPE_ZH[t], "color": c, "count": counts[t]} for t, c in TYPE_COLORS.items() if t in counts
    ]
    relations = sorted({e["relation"] for e in edges} | set(_column(reserve["edges"], "relation")))
    total = int(g.graph.get("total_nodes", len(nodes)))
    note = (f"显示 {len(nodes)} / {total} 个节点：投资额最大的项目及其投资方、所在地，其次连接最多的实体"
            "（用 --focus 或 --types 缩小范围）") if total > len(nodes) else ""
    if reserve["nodes"]["rows"]:
        note += f"；双击节点显示它未显示的邻居（本页另备 {len(reserve['nodes']['rows'])} 个）"
    if g.graph.get("isolated_dropped"):
        unlinked = f"{g.graph['isolated_dropped']} 个无关系的实体未显示（--isolated 显示）"
        note = f"{note} · {unlinked}" if note else unlinked
    return {
        "note": note,
        "nodes": nodes,
        "edges": edges,
        "reserve": reserve,
        "legend": legend,
        "relations": [{"relation": r, "zh": RELATION_ZH.get(r, r)} for r in relations],
        "seed": LAYOUT_SEED,
        "font": _FONT,
    }


def _column(packed: dict, field: str) -> list:
    """One field of every row of a :func:`_rows` table."""
    if not packed["rows"]:
        return []
    i = packed["fields"].index(field)
    return [row[i] for row in packed["rows"]]


_PAGE = Template(
    """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<title>$title</title>
<style>
html, body { margin: 0; height: 100%; font-family: $font; background: #fbfbf8; color: #222; }
#kg-header { position: absolute; top: 0; left: 0; right: 0; padding: 8px 14px; background: rgba(255,255,255,.92);
  border-bottom: 1px solid #ddd; z-index: 2; display: flex; gap: 16px; align-items: center; }
#kg-header h1 { font-size: 16px; margin: 0; font-weight: 600; }
#kg-stats { font-size: 13px; color: #666; }
#kg-search { margin-left: auto; font: inherit; font-size: 13px; padding: 3px 6px; width: 240px; }
#kg-network { position: absolute; top: 42px; left: 0; right: 0; bottom: 0; }
#kg-legend { position: absolute; left: 12px; bottom: 12px; background: rgba(255,255,255,.92); border: 1px solid #ddd;
  border-radius: 6px; padding: 8px 10px; font-size: 13px; z-index: 2; line-height: 1.6; }
#kg-legend .sw { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 6px;
  vertical-align: -1px; border: 1px solid rgba(0,0,0,.25); }
#kg-legend .rel { color: #555; font-size: 12px; }
#kg-legend .cls { cursor: pointer; user-select: none; }
div.vis-tooltip { position: absolute; visibility: hidden; padding: 6px 8px; max-width: 420px; white-space: normal;
  font-family: $font; font-size: 13px; color: #222; background: #fffef2; border: 1px solid #999;
  border-radius: 4px; box-shadow: 2px 2px 8px rgba(0,0,0,.2); pointer-events: none; z-index: 5; }
.kg-tip div { margin: 2px 0; }
.kg-tip .head { font-weight: 600; font-size: 14px; }
.kg-tip b { color: #555; font-weight: 600; }
#kg-panel { position: absolute; top: 42px; right: 0; bottom: 0; width: 380px; overflow-y: auto; z-index: 3;
  background: rgba(255,255,255,.97); border-left: 1px solid #ddd; padding: 10px 14px; font-size: 13px; }
#kg-panel h2 { font-size: 15px; margin: 0 0 6px; }
#kg-panel .fact { border-top: 1px solid #eee; padding: 6px 0; }
#kg-panel button { float: right; font: inherit; }
#kg-map { position: absolute; top: 42px; left: 0; right: 0; bottom: 0; z-index: 4; background: #fbfbf8; overflow: auto; }
#kg-map svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
</style>
</head>
<body>
<div id="kg-header"><h1>$title</h1><span id="kg-stats"></span>
<input id="kg-search" list="kg-names" placeholder="搜索实体 / search" autocomplete="off">
<span id="kg-found"></span>$map_button
<datalist id="kg-names"></datalist></div>
<div id="kg-network"></div>
<div id="kg-legend"></div>
<aside id="kg-panel" hidden></aside>
<div id="kg-map" hidden>$map</div>
<pre id="kg-render-report" hidden></pre>
<script type="application/json" id="kg-data">$data</script>
<script>
$vis
</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  // Tooltips are DOM trees of text nodes: article text is never parsed as HTML.
  function tip(rows) {
    var box = el("div", "kg-tip");
    rows.forEach(function (r) {
      var row = el("div", r[0] ? "" : "head");
      if (r[0]) { row.appendChild(el("b", "", r[0] + "：")); }
      row.appendChild(document.createTextNode(r[1]));
      box.appendChild(row);
    });
    return box;
  }
  function visNode(n) {
    return {
      id: n.id, label: n.label, value: n.value, shape: n.shape, title: tip(n.tip),
      borderWidth: n.focus ? 4 : 1,
      color: { background: n.color, border: n.focus ? "#222" : "#555",
               highlight: { background: n.color, border: "#000" }, hover: { background: n.color, border: "#000" } }
    };
  }
  function visEdge(e) {
    return { id: e.vid, from: e.from, to: e.to, label: e.label, title: tip(e.tip), arrows: "to" };
  }
  // the reserve: neighbours of drawn nodes that the node cap cut, carried as rows of named fields
  // and drawn only by near() (a double-click), so a neighbourhood is whole
  function unpack(t) {
    return t.rows.map(function (row) { var o = {}; t.fields.forEach(function (f, i) { o[f] = row[i]; }); return o; });
  }
  var spare = { nodes: unpack(data.reserve.nodes), edges: unpack(data.reserve.edges) };
  data.edges.forEach(function (e, i) { e.vid = i; });
  spare.edges.forEach(function (e, i) { e.vid = "r" + i; });
  var spareById = new Map(), spareEdges = new Map();  // id → reserve node; any node's id → its reserve edges
  spare.nodes.forEach(function (n) { spareById.set(n.id, n); });
  spare.edges.forEach(function (e) {
    [e.from, e.to].forEach(function (x) { if (!spareEdges.has(x)) { spareEdges.set(x, []); } spareEdges.get(x).push(e); });
  });
  // what the network holds: the drawn nodes and edges, then the reserve ones near() added
  var shownNodes = data.nodes.slice(), shownEdges = data.edges.slice(), added = [];
  var nearId = null;  // the node near() shows, null in the filters' view
  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var big = data.nodes.length > 150;
  var options = {
    layout: { randomSeed: data.seed, improvedLayout: !big },
    physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -90, springLength: 140, avoidOverlap: 0.4 },
               stabilization: { enabled: true, iterations: big ? 200 : 600, fit: true } },
    interaction: { hover: true, tooltipDelay: 120, multiselect: true },
    nodes: { shape: "dot", scaling: { min: 10, max: 40, label: { enabled: true, min: 13, max: 22 } },
             font: { face: data.font, size: 14, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { smooth: { type: "continuous" }, color: { color: "#8a8a8a", highlight: "#333", hover: "#333" },
             font: { face: data.font, size: 11, color: "#444", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" } }
  };
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.kgNetwork = network;  // for the console and the browser test

  // legend: node classes with counts, then the relation names
  var legend = document.getElementById("kg-legend");
  // (click a class to hide or show its nodes)
  var hiddenTypes = {};
  data.legend.forEach(function (t) {
    var row = el("div", "cls");
    var sw = el("span", "sw");
    sw.style.background = t.color;
    row.appendChild(sw);
    row.appendChild(document.createTextNode(t.zh + " " + t.type + " (" + t.count + ")"));
    row.setAttribute("data-type", t.type);
    row.title = "点击隐藏/显示 click to hide/show";
    row.addEventListener("click", function () {
      hiddenTypes[t.type] = !hiddenTypes[t.type];
      row.style.opacity = hiddenTypes[t.type] ? "0.35" : "1";
      refilter();
    });
    legend.appendChild(row);
  });
  // relations: click one to hide or show its edges
  var hiddenRels = {};
  data.relations.forEach(function (r) {
    var row = el("div", "rel cls", "→ " + r.zh + " = " + r.relation);
    row.setAttribute("data-relation", r.relation);
    row.title = "点击隐藏/显示 click to hide/show";
    row.addEventListener("click", function () { toggleRelation(r.relation); row.style.opacity = hiddenRels[r.relation] ? "0.35" : "1"; });
    legend.appendChild(row);
  });
  function toggleRelation(rel) {
    hiddenRels[rel] = !hiddenRels[rel];
    reedge();
  }
  // facts below a confidence, or not from pages published in the years asked, are hidden
  function numberBox(id, placeholder, title) {
    var b = el("input");
    b.type = "number"; b.step = "any"; b.id = id; b.placeholder = placeholder; b.title = title;
    b.style.width = "5em";
    return b;
  }
  var confBox = numberBox("kg-conf", "0–1", "只显示置信度不低于此值的关系 facts of at least this confidence");
  var fromBox = numberBox("kg-from", "年 from", "页面发布年份起 pages published from this year");
  var toBox = numberBox("kg-to", "年 to", "页面发布年份止 pages published up to this year");
  var factRow = el("div", "rel", "置信度 ≥ ");
  factRow.appendChild(confBox);
  factRow.appendChild(document.createTextNode(" 年份 "));
  factRow.appendChild(fromBox);
  factRow.appendChild(document.createTextNode("–"));
  factRow.appendChild(toBox);
  function edgeVisible(e) {
    if (hiddenRels[e.relation]) { return false; }
    var c = parseFloat(confBox.value);
    if (!isNaN(c) && e.confidence !== null && e.confidence < c) { return false; }
    var lo = parseInt(fromBox.value, 10), hi = parseInt(toBox.value, 10);
    if (isNaN(lo) && isNaN(hi)) { return true; }
    return e.years.some(function (y) { return (isNaN(lo) || y >= lo) && (isNaN(hi) || y <= hi); });
  }
  function reedge() {
    edges.update(shownEdges.map(function (e) { return { id: e.vid, hidden: !edgeVisible(e) }; }));
    if (nearId !== null) { near(nearId); }  // a neighbourhood is through visible facts
  }
  [confBox, fromBox, toBox].forEach(function (b) { b.addEventListener("change", reedge); });
  // projects below an amount (亿元) are hidden; projects without an amount stay
  var minBox = el("input");
  minBox.type = "number"; minBox.min = "0"; minBox.step = "any"; minBox.id = "kg-min";
  minBox.placeholder = "≥ 亿元"; minBox.title = "只显示投资额不低于此值的项目 projects of at least this many 亿元";
  var minRow = el("div", "rel", "项目投资额 ≥ ");
  minRow.appendChild(minBox);
  minRow.appendChild(document.createTextNode(" 亿元"));
  legend.appendChild(minRow);
  // one province: what its place chains reach (a firm → its park → the county → the province)
  var counts = {};
  data.nodes.forEach(function (n) { if (n.province) { counts[n.province] = (counts[n.province] || 0) + 1; } });
  var provBox = el("select");
  provBox.id = "kg-province";
  provBox.appendChild(el("option", "", "全部省份 all provinces")).value = "";
  Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); }).forEach(function (pr) {
    provBox.appendChild(el("option", "", pr + " (" + counts[pr] + ")")).value = pr;
  });
  var provRow = el("div", "rel", "省份 ");
  provRow.appendChild(provBox);
  legend.appendChild(provRow);
  legend.appendChild(factRow);
  // one rule for every filter, so they combine: class, amount floor, province
  function visible(n) {
    if (hiddenTypes[n.type]) { return false; }
    if (n.amount !== null && n.amount < (parseFloat(minBox.value) || 0) * 1e8) { return false; }
    return !provBox.value || n.province === provBox.value;
  }
  // in near mode the filters narrow the neighbourhood; otherwise they give the overview
  function refilter() {
    if (nearId !== null) { near(nearId); return; }
    nodes.update(shownNodes.map(function (n) { return { id: n.id, hidden: !visible(n) }; }));
  }
  minBox.addEventListener("change", refilter);
  provBox.addEventListener("change", refilter);
  var statsBox = document.getElementById("kg-stats");
  var stats = data.nodes.length + " 个节点 nodes · " + data.edges.length + " 条关系 edges" + (data.note ? " · " + data.note : "");
  statsBox.textContent = stats;

  // views move smoothly once the page is up; what the address asks for on load jumps (an
  // animated fit begun as the layout ends left headless screenshots zoomed out)
  var animate = false;
  // search: pick a name (label or alias), select and zoom to that node
  // (drawn nodes first: a name shared with a reserve node finds the drawn one)
  var byName = new Map();
  data.nodes.concat(spare.nodes).forEach(function (n) {
    n.names.forEach(function (s) { if (!byName.has(s)) { byName.set(s, n.id); } });
  });
  var list = document.getElementById("kg-names");
  Array.from(byName.keys()).sort().forEach(function (s) { var o = el("option"); o.value = s; list.appendChild(o); });
  // a full name or alias selects its node; any part of a name (开发区, 新材料) selects every
  // node with a name that contains it and fits them into view; #search=… in the URL searches on load
  function search(q) {
    q = (q || "").trim();
    if (!q) { return []; }
    var exact = byName.get(q), hits = new Set();
    if (exact !== undefined) { hits.add(exact); } else {
      byName.forEach(function (id, s) { if (s.indexOf(q) >= 0) { hits.add(id); } });
    }
    var ids = Array.from(hits);
    // a name only in the reserve: that node is drawn with its neighbourhood (near), kept in view
    var drawn = ids.length === 1 && nodes.get(ids[0]) === null && near(ids[0]) > 0;
    var undrawn = ids.filter(function (id) { return nodes.get(id) === null; }).length;
    document.getElementById("kg-found").textContent = !ids.length ? "无匹配 none" : ids.length + " 个匹配 found" +
      (undrawn ? "（" + undrawn + " 个未显示：输入全名显示 type a full name to show it）" : "");
    ids = ids.filter(function (id) { return nodes.get(id) !== null; });
    network.selectNodes(ids);
    if (ids.length === 1) {
      if (!drawn) { network.focus(ids[0], { scale: 1.3, animation: animate }); }
      panel(ids[0]);
      if (drawn) {  // the neighbourhood, left of the side panel that now covers the right
        network.moveTo({ position: network.getViewPosition(), scale: network.getScale() * 0.7,
                         offset: { x: -panelBox.offsetWidth / 2, y: 0 }, animation: animate });
      }
    }
    else if (ids.length > 1) { network.fit({ nodes: ids, animation: animate }); }
    return ids;
  }
  // side panel: a clicked (or found) entity with what the page knows of it and every fact
  // with its evidence sentence; built from text nodes, like the tooltips
  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  var panelBox = document.getElementById("kg-panel");
  // every fact the page holds of a node, drawn or in the reserve (its degree counts them all,
  // and those the page lacks: reserve nodes' facts among themselves, what the bounds left out)
  function factsOf(id) {
    return data.edges.filter(function (e) { return e.from === id || e.to === id; }).concat(spareEdges.get(id) || []);
  }
  function panel(id) {
    var n = byId.get(id) || spareById.get(id);
    panelBox.textContent = "";
    if (n === undefined) { panelBox.hidden = true; return; }
    var close = el("button", "", "×");
    close.addEventListener("click", function () { panelBox.hidden = true; });
    panelBox.appendChild(close);
    panelBox.appendChild(el("h2", "", n.label));
    panelBox.appendChild(tip(n.tip.slice(1)));
    var facts = factsOf(id), more = n.value - 1 - facts.length;
    panelBox.appendChild(el("div", "", facts.length + " 条关系 facts" +
      (more > 0 ? "（另有 " + more + " 条不在本页 " + more + " more not on this page）" : "")));
    facts.forEach(function (e) {
      var box = el("div", "fact");
      box.appendChild(tip(e.tip));
      panelBox.appendChild(box);
    });
    panelBox.hidden = false;
  }
  network.on("click", function (p) { if (p.nodes.length === 1) { panel(p.nodes[0]); } });
  // double-click a node: only it and its neighbours (through visible facts, passing the node
  // filters) stay, its reserve neighbours added; double-click the background: the filters' view
  // again, without what near() added
  function near(id) {
    if (!byId.has(id) && !spareById.has(id)) { return 0; }
    if (id !== nearId) { unreserve(); reserveAround(id); }
    nearId = id;
    var keep = new Set([id]);
    shownEdges.forEach(function (e) {
      if (!edgeVisible(e)) { return; }
      if (e.from === id) { keep.add(e.to); }
      if (e.to === id) { keep.add(e.from); }
    });
    var shown = shownNodes.filter(function (n) { return keep.has(n.id) && (n.id === id || visible(n)); });
    var on = new Set(shown.map(function (n) { return n.id; }));
    nodes.update(shownNodes.map(function (n) { return { id: n.id, hidden: !on.has(n.id) }; }));
    network.fit({ nodes: Array.from(on), animation: animate });
    var n = byId.get(id) || spareById.get(id), more = n.value - 1 - factsOf(id).length;
    statsBox.textContent = n.label + " 及其邻居 and neighbours: " + on.size + " 个节点 nodes" +
      (more > 0 ? " · 另有 " + more + " 条关系不在本页 " + more + " more facts not on this page" : "") + " · 双击空白处返回";
    return on.size;
  }
  // put the reserve neighbours of id (or id itself, when it is a reserve node) into the network,
  // on a ring around it, with their edges to the drawn nodes
  function reserveAround(id) {
    var want = new Set(spareById.has(id) ? [id] : []);
    (spareEdges.get(id) || []).forEach(function (e) { [e.from, e.to].forEach(function (x) { if (spareById.has(x)) { want.add(x); } }); });
    if (!want.size) { return; }
    var at = anchor(id), r = 150 + 8 * want.size, vn = [], ve = [];
    want.forEach(function (x) {
      var n = spareById.get(x), v = visNode(n), a = 2 * Math.PI * vn.length / want.size;
      v.x = at.x + r * Math.cos(a); v.y = at.y + r * Math.sin(a); v.hidden = true;
      vn.push(v); shownNodes.push(n); added.push(n);
      spareEdges.get(x).forEach(function (e) { var w = visEdge(e); w.hidden = !edgeVisible(e); ve.push(w); shownEdges.push(e); });
    });
    nodes.add(vn);
    edges.add(ve);
  }
  // where a node is drawn; a reserve node: the middle of its drawn neighbours
  function anchor(id) {
    var ids = nodes.get(id) !== null ? [id] : (spareEdges.get(id) || []).map(function (e) { return e.from === id ? e.to : e.from; });
    var pos = network.getPositions(ids), x = 0, y = 0;
    ids.forEach(function (k) { x += pos[k].x; y += pos[k].y; });
    return ids.length ? { x: x / ids.length, y: y / ids.length } : { x: 0, y: 0 };
  }
  function unreserve() {
    if (!added.length) { return; }
    edges.remove(shownEdges.slice(data.edges.length).map(function (e) { return e.vid; }));
    nodes.remove(added.map(function (n) { return n.id; }));
    shownNodes.length = data.nodes.length; shownEdges.length = data.edges.length; added = [];
  }
  function overview() {
    nearId = null;
    unreserve();
    statsBox.textContent = stats;
    refilter();
  }
  network.on("doubleClick", function (p) { if (p.nodes.length === 1) { near(p.nodes[0]); } else { overview(); } });
  window.kgNear = near;  // for the console and the browser test
  window.kgPanel = panel;  // for the console and the browser test

  var nearAsked = /(?:^#|&)near=([^&]*)/.exec(location.hash);
  // the map of the page's projects (kg.rdf.maps), over the network; the button shows or hides it
  var mapBox = document.getElementById("kg-map"), mapBtn = document.getElementById("kg-map-btn");
  if (mapBtn) { mapBtn.addEventListener("click", function () { mapBox.hidden = !mapBox.hidden; }); }
  if (mapBtn && /(?:^#|&)map(?:&|$$)/.test(location.hash)) { mapBox.hidden = false; }
  var box = document.getElementById("kg-search");
  box.addEventListener("change", function (ev) { search(ev.target.value); });
  var hideAsked = /(?:^#|&)hide=([^&]*)/.exec(location.hash);
  if (hideAsked) { hideAsked[1].split(",").forEach(function (r) { if (r) { toggleRelation(r); } }); }
  var minAsked = /(?:^#|&)min=([0-9.]+)/.exec(location.hash);
  if (minAsked) { minBox.value = minAsked[1]; }
  var provAsked = /(?:^#|&)province=([^&]*)/.exec(location.hash);
  if (provAsked) { try { provBox.value = decodeURIComponent(provAsked[1]); } catch (err) { provBox.value = ""; } }
  if (minAsked || provAsked) { refilter(); }
  var edgeAsked = false;
  [["conf", confBox], ["from", fromBox], ["to", toBox]].forEach(function (kv) {
    var m = new RegExp("(?:^#|&)" + kv[0] + "=([0-9.]+)").exec(location.hash);
    if (m) { kv[1].value = m[1]; edgeAsked = true; }
  });
  if (edgeAsked) { reedge(); }
  // #near= and #search= wait for the layout: reserve nodes go beside where their neighbours
  // end up, and the view zooms to where the nodes are drawn, not where they started
  var asked = /(?:^#|&)search=([^&]*)/.exec(location.hash);
  function fromAddress() {
    if (nearAsked) {
      var nid;
      try { nid = byName.get(decodeURIComponent(nearAsked[1])); } catch (err) { nid = undefined; }
      if (nid !== undefined) { near(nid); }
    }
    if (asked) {
      try { box.value = decodeURIComponent(asked[1]); } catch (err) { box.value = ""; }
      search(box.value);
    }
  }

  // once laid out: stop the physics (saves CPU), do what the address asks, record what was drawn
  var stable = false, reported = false;
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    fromAddress();
    animate = true;
    stable = true;
    network.redraw();
  });
  if (data.nodes.length === 0) { fromAddress(); animate = stable = true; network.redraw(); }  // nothing to lay out: no stabilisation event
  network.on("afterDrawing", function (ctx) {
    if (!stable || reported) { return; }
    reported = true;
    var canvas = ctx.canvas, painted = 0;
    try {
      var px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (var i = 3; i < px.length; i += 4) { if (px[i] !== 0) { painted++; } }
    } catch (err) { painted = -1; }
    var ids = network.body.nodeIndices.slice();
    var pos = network.getPositions(ids);
    var report = {
      nodes: ids.length,
      edges: network.body.edgeIndices.length,
      labels: ids.map(function (id) { return network.body.nodes[id].options.label; }).sort(),
      positioned: ids.filter(function (id) { return isFinite(pos[id].x) && isFinite(pos[id].y); }).length,
      painted: painted,
      canvas: [canvas.width, canvas.height],
      selected: network.getSelectedNodes().map(function (id) { return network.body.nodes[id].options.label; }).sort(),
      found: document.getElementById("kg-found").textContent,
      panel: panelBox.hidden ? "" : panelBox.textContent,
      hiddenNodes: nodes.get({ filter: function (n) { return n.hidden; } }).map(function (n) { return n.label; }).sort(),
      hiddenEdges: edges.get({ filter: function (e) { return e.hidden; } }).length,
      reserveShown: added.filter(function (n) { return !nodes.get(n.id).hidden; }).map(function (n) { return n.label; }).sort(),
      map: mapBox.hidden ? 0 : mapBox.querySelectorAll("circle.spot").length
    };
    document.getElementById("kg-render-report").textContent = JSON.stringify(report);
    document.body.setAttribute("data-kg-rendered", "1");
  });
})();
</script>
</body>
</html>
"""
)


def render_html(
    g: nx.MultiDiGraph, title: str = "parkkg 知识图谱", centres: Collection[str] = (), map_svg: str = ""
) -> str:
    """The page for an already selected graph (used by :func:`write_html` and the notebook);
    ``map_svg`` (from :func:`kg.rdf.maps.svg`, names escaped there) is shown by the page's map button."""
    return _PAGE.substitute(
        title=html.escape(title),
        font=_FONT,
        data=_json_for_script(graph_data(g, centres)),
        vis=_vis_script(),
        map=map_svg,
        map_button="" if not map_svg else '<button id="kg-map-btn" type="button">地图 map</button>',
    )


def write_html(
    store: ox.Store,
    out: str | Path,
    focus: str | None = None,
    depth: int = 2,
    types: Collection[str] | None = None,
    max_nodes: int | None = MAX_NODES,
    isolated: bool = False,
) -> Path:
    """Write the interactive page of the store's graph to ``out`` and return its path.

    ``focus`` (a label or alias; exact match first, then substring) limits the
    page to the ``depth``-hop neighbourhood of the matching entities, and
    raises :class:`FocusNotFound` (a ``LookupError``) when nothing matches.
    ``types`` (e.g. ``["Park", "Company"]``) keeps only those node classes.
    ``max_nodes`` caps the page (:func:`overview_nodes`; ``None`` = no cap);
    In an overview (no ``focus``) entities that no shown edge connects are left
    out (the page counts them) unless ``isolated=True``: it shows what is linked.
    """
    g, centres = select_graph(
        store, focus=focus, depth=depth, types=types, max_nodes=max_nodes, isolated=isolated
    )
    from kg.rdf import maps

    shown = {n for n, t in g.nodes(data="type") if t == "Project"}
    map_svg = maps.svg(maps.spots(store, only=shown)) if shown else ""
    title = "parkkg 知识图谱" + (f" · {focus}（{depth} 跳）" if focus else "")
    if types:
        title += " · " + ",".join(sorted(_normalise_types(types) or ()))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(g, title=title, centres=centres, map_svg=map_svg), encoding="utf-8")
    return out
