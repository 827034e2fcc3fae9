"""write_html: offline, escaped, filtered, deterministic (static checks of the file).

That the page really draws is tests/test_browser.py's job; here the HTML text
and the JSON it carries are checked.
"""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from kg.rdf import namespaces as ns
from kg.rdf.netx import UnknownType, to_networkx
from kg.viz import (
    FocusNotFound,
    _vis_script,
    find_nodes,
    graph_data,
    neighbourhood,
    reserve_graph,
    select_graph,
    set_provinces,
    write_html,
)

try:  # the hand-made graph lives in test_netx (tests/ may or may not be a package)
    from tests.test_netx import COMPANY, COUNTY, PARK, PROJECT, GraphBuilder, demo_quads, demo_store, zh
except ImportError:
    from test_netx import COMPANY, COUNTY, PARK, PROJECT, GraphBuilder, demo_quads, demo_store, zh


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    out = write_html(demo_store(), tmp_path_factory.mktemp("viz") / "sub" / "g.html")
    assert out.name == "g.html" and out.exists()
    return out.read_text(encoding="utf-8")


def test_page_is_self_contained(page):
    # no external resource of any kind: scripts are inline, no stylesheet links, no web fonts
    assert "<script src" not in page.lower()
    assert "<link" not in page.lower()
    assert "@import" not in page
    assert not re.search(r"url\(\s*['\"]?https?:", page)
    assert "sourceMappingURL" not in page
    assert "cdn" not in page.lower().replace("cdnjs", "")  # no CDN host names
    # vis-network itself is inlined
    assert "vis-network" in page and "new vis.Network(" in page
    assert "default-src 'none'" in page  # CSP: even a bug could not fetch anything


def test_hostile_text_is_inert(page):
    # exactly the three script elements of the template (the vis bundle itself aside):
    # nothing from article text opens or closes one
    ours = page.replace(_vis_script(), "").lower()
    assert ours.count("<script") == 3
    assert ours.count("</script>") == 3
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e公司" in page
    # the data round-trips: the browser gets the original text, as data
    data = page_data(page)
    labels = {n["label"] for n in data["nodes"]}
    assert "<script>alert(1)</script>公司" in labels
    evil = next(n for n in data["nodes"] if n["label"].startswith("<script>"))
    assert ["别名", '<a href="http://x">点我</a>'] in evil["tip"]
    # tooltips are built with textContent, never innerHTML
    assert "innerHTML" not in page.split("</script>")[-2]


def test_nodes_coloured_sized_and_labelled(page):
    data = page_data(page)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id[PARK]["label"] == "平遥经济技术开发区"
    assert by_id[PARK]["color"] != by_id[COMPANY]["color"]
    assert by_id[PARK]["value"] > by_id[COMPANY]["value"] - 10  # sized by degree
    assert by_id[PARK]["value"] == 5  # degree 4, plus one
    assert ["别名", "平遥开发区、平遥经开区"] in by_id[PARK]["tip"]
    assert ["区划代码", "140728"] in by_id[COUNTY]["tip"]
    assert ["投资额", "16.5 亿元（1,650,000,000 元）"] in by_id[PROJECT]["tip"]
    legend = {t["type"]: t["count"] for t in data["legend"]}
    assert legend == {"Park": 1, "Company": 2, "Agency": 1, "Policy": 1, "Project": 1, "Place": 2, "Title": 1}


def test_edges_labelled_with_relation_and_evidence(page):
    data = page_data(page)
    inv = next(e for e in data["edges"] if e["relation"] == "investsIn")
    assert (inv["from"], inv["to"], inv["label"]) == (COMPANY, PROJECT, "投资")
    assert ["证据", "亮宇炭素投资16.5亿元的年产2万吨阴极炭素高端石墨新材料项目开工。"] in inv["tip"]
    assert ["来源", "page-a"] in inv["tip"]


def test_focus_depth_limits_the_neighbourhood():
    store = demo_store()
    g1, centres = select_graph(store, focus="亮宇炭素", depth=1)  # by alias
    assert centres == [COMPANY]
    labels = {a["label"] for _, a in g1.nodes(data=True)}
    assert labels == {"山西亮宇炭素新材料科技有限公司", "年产2万吨阴极炭素高端石墨新材料项目", "平遥县人民政府"}
    g2, _ = select_graph(store, focus="亮宇炭素", depth=2)
    assert PARK in g2 and COUNTY not in g2
    assert g2.nodes[COMPANY]["degree"] == 2  # degree recomputed in the shown graph


def test_focus_not_found_is_a_lookup_error(tmp_path):
    with pytest.raises(LookupError, match="不存在的园区"):
        write_html(demo_store(), tmp_path / "x.html", focus="不存在的园区")
    assert issubclass(FocusNotFound, LookupError)
    assert not (tmp_path / "x.html").exists()


def test_types_filter_keeps_focus_node(tmp_path):
    page = write_html(demo_store(), tmp_path / "t.html", focus="平遥经开区", depth=2, types=["Company"])
    data = page_data(page.read_text(encoding="utf-8"))
    # both companies are within two hops (one through the project); places, project, title filtered
    assert sorted(n["type"] for n in data["nodes"]) == ["Company", "Company", "Park"]
    assert {n["id"] for n in data["nodes"] if n["focus"]} == {PARK}
    with pytest.raises(UnknownType):
        write_html(demo_store(), tmp_path / "u.html", types=["Firm"])


def test_same_store_same_bytes(tmp_path):
    a = write_html(demo_store(), tmp_path / "a.html").read_bytes()
    b = write_html(demo_store(), tmp_path / "b.html").read_bytes()
    assert a == b


def test_graph_data_of_empty_graph():
    import networkx as nx

    data = graph_data(nx.MultiDiGraph())
    assert data["nodes"] == [] and data["edges"] == [] and data["legend"] == []


def test_max_nodes_caps_the_page_drops_what_the_cap_isolates_and_says_so(tmp_path):
    page = write_html(demo_store(), tmp_path / "cap.html", max_nodes=3)
    data = page_data(page.read_text(encoding="utf-8"))
    ids = {n["id"] for n in data["nodes"]}
    assert 0 < len(ids) <= 3 and "/ 9" in data["note"]
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert ids == {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}  # none isolated
    # a focus node survives any cap
    g, centres = select_graph(demo_store(), focus="山西省", depth=3, max_nodes=1)
    assert list(g.nodes) == centres
    assert graph_data(select_graph(demo_store())[0])["note"] == ""  # no cap reached: no note


def unpacked(table: dict) -> list[dict]:
    """The dicts of a packed reserve table (fields + rows)."""
    return [dict(zip(table["fields"], row, strict=True)) for row in table["rows"]]


def test_a_capped_page_carries_the_neighbours_the_cap_cut_in_its_reserve(tmp_path):
    """A double-click shows a node's whole neighbourhood: what the cap cut travels undrawn."""
    import networkx as nx

    store = demo_store()
    full = to_networkx(store)
    data = page_data(write_html(store, tmp_path / "cap.html", max_nodes=3).read_text(encoding="utf-8"))
    drawn = {n["id"] for n in data["nodes"]}
    spare = {n["id"]: n for n in unpacked(data["reserve"]["nodes"])}
    edges = unpacked(data["reserve"]["edges"])
    cut = {m for n in drawn for m in nx.all_neighbors(full, n)} - drawn
    assert cut and set(spare) == cut  # every cut neighbour, none drawn twice
    assert PROJECT in spare and spare[PROJECT]["amount"] == 1.65e9
    # each reserve edge joins a reserve node to a drawn one: all of them, nothing else
    joined = {(u, v, k) for u, v, k in full.edges(keys=True) if {u, v} & drawn and {u, v} & cut}
    assert {(e["from"], e["to"], e["relation"]) for e in edges} == joined
    # the fields and tooltips of drawn nodes and edges
    assert set(spare[PROJECT]) == set(data["nodes"][0]) and set(edges[0]) == set(data["edges"][0])
    inv = next(e for e in edges if e["relation"] == "investsIn")
    assert ["证据", "亮宇炭素投资16.5亿元的年产2万吨阴极炭素高端石墨新材料项目开工。"] in inv["tip"]
    assert "另备 2 个" in data["note"]
    # 连接数 and the size count every fact, drawn or in the reserve, as the side panel lists them
    assert all(n["value"] == full.degree(n["id"]) + 1 for n in [*data["nodes"], *spare.values()])
    # a page the cap did not cut carries no reserve
    whole = graph_data(select_graph(store)[0])
    assert whole["reserve"] == {"nodes": {"fields": [], "rows": []}, "edges": {"fields": [], "rows": []}}


def test_the_reserve_is_bounded_per_node_and_in_all_largest_investment_first():
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("hub", type="Agency", label="厅")
    g.add_node("park", type="Park", label="园区")
    for i in range(1, 6):  # five projects of the hub, by amount
        g.add_node(f"p{i}", type="Project", label=f"项目{i}", investmentAmount=i * 1e8)
        g.add_edge(f"p{i}", "hub", key="issuedBy", relation="issuedBy")
    g.add_node("firm", type="Company", label="公司")
    g.add_edge("firm", "park", key="locatedIn", relation="locatedIn")
    g.add_edge("firm", "hub", key="signsWith", relation="signsWith")
    g.add_edge("firm", "p1", key="investsIn", relation="investsIn")
    r = reserve_graph(g, ["hub", "park"], per_node=2, limit=3)
    spare = set(r) - {"hub", "park"}
    # round-robin: the hub's largest project, the park's firm, then the hub's next
    assert spare == {"p5", "firm", "p4"}
    # every edge of a chosen node to a kept node comes along; none between two reserve nodes
    assert sorted(r.edges(keys=True)) == [("firm", "hub", "signsWith"), ("firm", "park", "locatedIn"),
                                          ("p4", "hub", "issuedBy"), ("p5", "hub", "issuedBy")]
    assert set(reserve_graph(g, ["hub", "park"], per_node=1, limit=100)) - {"hub", "park"} == {"p5", "firm"}
    assert len(set(reserve_graph(g, ["hub", "park"], per_node=100, limit=100)) - {"hub", "park"}) == 6


def test_a_capped_overview_keeps_the_largest_investments_with_their_investor_and_place():
    """Hubs (an agency issuing many policies) must not push the investments off a capped page."""
    b = GraphBuilder("hub")
    for h in range(4):
        hub = b.entity("Agency", f"某省第{h}厅")
        for i in range(5):
            b.fact(b.entity("Policy", f"第{h}厅第{i}号通知"), "issuedBy", hub, f"第{h}厅印发第{i}号通知。")
    store = demo_store(demo_quads() + b.quads)
    g_all = to_networkx(store)
    by_degree = sorted(g_all.nodes, key=lambda n: (-g_all.degree(n), n))[:6]
    assert PROJECT not in by_degree  # what the old cap kept
    g, _ = select_graph(store, max_nodes=6)
    assert {PROJECT, COMPANY, PARK} <= set(g.nodes) and g.number_of_nodes() <= 6
    assert all(g.degree(n) > 0 for n in g.nodes)


def test_isolated_false_drops_unconnected_entities(tmp_path):
    b = GraphBuilder("lonely")
    b.entity("Company", "孤立科技有限公司")
    store = demo_store(demo_quads() + b.quads)
    labels = {a["label"] for _, a in select_graph(store)[0].nodes(data=True)}
    assert "孤立科技有限公司" in labels
    g, _ = select_graph(store, isolated=False)
    assert "孤立科技有限公司" not in {a["label"] for _, a in g.nodes(data=True)}
    assert g.number_of_nodes() == 9
    # a focus node is kept even when the type filter leaves it without edges
    g, centres = select_graph(store, focus="平遥经开区", types=["Policy"], isolated=False)
    assert list(g.nodes) == centres
    # the page's overview leaves them out by default and says how many
    page = write_html(store, tmp_path / "overview.html").read_text(encoding="utf-8")
    assert "孤立科技有限公司" not in page and "1 个无关系的实体未显示" in page
    page = write_html(store, tmp_path / "all.html", isolated=True).read_text(encoding="utf-8")
    assert "孤立科技有限公司" in page and "无关系的实体" not in page


def test_find_nodes_exact_before_partial_and_case_insensitive():
    b = GraphBuilder("latin")
    b.entity("Company", "BYD Auto", "比亚迪")
    g = select_graph(demo_store(demo_quads() + b.quads))[0]
    assert [g.nodes[n]["label"] for n in find_nodes(g, "byd auto")] == ["BYD Auto"]
    # "平遥县" is a label: the exact match wins over the longer names containing it
    assert find_nodes(g, "平遥县") == [COUNTY]
    assert len(find_nodes(g, "平遥")) == 1  # the alias of the county, not every name with 平遥
    assert len(find_nodes(g, "平遥县人")) == 1  # partial: 平遥县人民政府
    assert find_nodes(g, "") == []


def _reference(store, focus: str, depth: int):
    """The obvious way: whole graph, provinces, find, breadth-first search (what select_graph must equal)."""
    full = to_networkx(store)
    set_provinces(full)
    return neighbourhood(full, find_nodes(full, focus), depth)


@pytest.mark.parametrize(
    ("focus", "depth"),
    [("平遥经开区", 0), ("平遥经开区", 1), ("平遥经开区", 2), ("亮宇炭素", 3), ("国家级绿色工业园区", 1),
     ("国家级绿色工业园区", 2), ("山西", 4), ("<script>", 2)],
)  # fmt: skip
def test_focus_reads_only_the_neighbourhood_but_equals_the_whole_graph_search(focus, depth):
    b = GraphBuilder("page-c")
    other = b.entity("Park", "太谷经济技术开发区", "太谷经开区")
    b.fact(other, "designatedAs", zh("国家级绿色工业园区"), "太谷经开区获评国家级绿色工业园区。")
    store = demo_store(demo_quads() + b.quads)
    got, _ = select_graph(store, focus=focus, depth=depth)
    want = _reference(store, focus, depth)
    assert sorted(got.nodes) == sorted(want.nodes)
    assert sorted(got.edges(keys=True)) == sorted(want.edges(keys=True))
    assert [got.nodes[n] for n in sorted(got)] == [{**want.nodes[n], "degree": want.degree(n)} for n in sorted(want)]
    if focus == "国家级绿色工业园区" and depth == 1:  # two parks meet through their shared title
        assert {a["label"] for _, a in got.nodes(data=True)} == {"国家级绿色工业园区", "平遥经济技术开发区", "太谷经济技术开发区"}


def test_foreign_amount_shows_text_and_currency_without_yuan():
    b = GraphBuilder("fx")
    c = b.entity("Company", "某外资有限公司")
    p = b.entity("Project", "某某外资项目")
    b.fact(c, "investsIn", p, "某外资有限公司投资5000万美元建设某某外资项目。", amount_text="5000万美元")
    b.quads.append(ox.Quad(p, ox.NamedNode(ns.term("currency")), ox.Literal("USD"), b.dg))
    data = graph_data(select_graph(demo_store(b.quads))[0])
    tip = next(n["tip"] for n in data["nodes"] if n["label"] == "某某外资项目")
    assert ["原文金额", "5000万美元（USD）"] in tip
    assert not any(row[0] == "投资额" for row in tip)


def test_every_node_knows_the_province_its_place_chain_reaches():
    g, _ = select_graph(demo_store())
    province = {a["label"]: a["province"] for _, a in g.nodes(data=True)}
    # a place by its division code; a park through its county; a project through its park
    assert province["平遥县"] == province["平遥经济技术开发区"] == "山西省"
    assert province["年产2万吨阴极炭素高端石墨新材料项目"] == "山西省"
    # nothing places the agency or the firm that only invests and signs: no province, not a guess
    assert province["平遥县人民政府"] is None and province["山西亮宇炭素新材料科技有限公司"] is None


def test_a_page_with_projects_carries_their_map_and_one_without_has_no_map_button(tmp_path):
    page = write_html(demo_store(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert 'id="kg-map-btn"' in page and page.count('class="spot"') == 1
    parks = write_html(demo_store(), tmp_path / "p.html", types=["Park"]).read_text(encoding="utf-8")
    assert 'id="kg-map-btn"' not in parks and 'class="spot"' not in parks
