"""The offline map: projects on the seat of their most specific division, names escaped."""

from __future__ import annotations

import re

import pyoxigraph as ox
from typer.testing import CliRunner

from kg.cli import app
from kg.knowledge import places
from kg.rdf import maps
from kg.rdf.store import flush, open_store
from tests.test_netx import GraphBuilder, demo_quads


def _store_with_hostile_project() -> ox.Store:
    b = GraphBuilder("page-c")
    county = b.entity("Place", "平遥县", cls="County", code="140728")
    city = b.entity("Place", "大同市", cls="City", code="140200")
    company = b.entity("Company", "某某新材料有限公司")
    evil = b.entity("Project", '<img src=x onerror=alert(1)>项目')
    b.fact(company, "investsIn", evil, "某某新材料有限公司投资3亿元建设项目。", amount="300000000", amount_text="3亿元")
    b.fact(evil, "locatedIn", county, "项目位于平遥县。")
    b.fact(evil, "locatedIn", city, "项目在大同市。")  # a second, coarser place: the county wins
    st = ox.Store()
    st.extend(demo_quads() + b.quads)
    return st


def test_projects_sit_on_the_most_specific_division_with_their_amounts():
    found = maps.spots(_store_with_hostile_project())
    by_code = {s.code: s for s in found}
    # both projects reach 平遥县 (one through the park), none is put on the coarser 大同市
    assert set(by_code) == {"140728"}
    county = by_code["140728"]
    assert county.name == "平遥县" and len(county.projects) == 2
    assert county.total == 1650000000.0 + 300000000.0
    assert (county.lon, county.lat) == places.coordinates("140728")


def test_map_page_is_offline_and_escapes_article_text(tmp_path):
    page = maps.render(maps.spots(_store_with_hostile_project()))
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;项目" in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)  # loads nothing
    assert page.count('class="spot"') == 1
    # the country's shape: one faint dot per county seat, the provinces labelled
    assert page.count('r="1.1"') == len(places.located_divisions("county")) > 2000
    assert ">山西<" in page and ">新疆<" in page


def test_bubble_area_grows_with_the_amount():
    assert maps._radius(4e9, 4e9) > maps._radius(1e9, 4e9) > maps._radius(0, 4e9)
    # area, not radius, is proportional: a quarter of the amount is half the extra radius
    assert abs((maps._radius(1e9, 4e9) - 4) * 2 - (maps._radius(4e9, 4e9) - 4)) < 0.2


def test_projected_coordinates_keep_east_right_and_north_up():
    (x_bj, y_bj), (x_sh, y_sh), (x_hn, y_hn) = (
        maps._xy(*places.coordinates(c)) for c in ("110000", "310000", "460000")
    )
    assert x_sh > x_bj and y_hn > y_sh > y_bj
    assert min(x_bj, x_sh, x_hn) >= 0 and max(x_bj, x_sh, x_hn) <= maps.WIDTH


def test_cli_map_writes_the_page_and_refuses_a_folder(tmp_path):
    store = tmp_path / "store"
    st = open_store(store)
    st.extend(_store_with_hostile_project())
    flush(st)
    del st
    r = CliRunner().invoke(app, ["map", "--store", str(store), "-o", str(tmp_path / "m.html")])
    assert r.exit_code == 0 and "projects on 1 place(s)" in r.output
    assert "平遥县" in (tmp_path / "m.html").read_text(encoding="utf-8")
    r = CliRunner().invoke(app, ["map", "--store", str(store), "-o", str(tmp_path)])
    assert r.exit_code == 2 and "is a folder" in r.output


def test_the_timeline_sums_investments_by_the_year_their_pages_were_published(tmp_path):
    from kg.rdf import namespaces as ns

    st = _store_with_hostile_project()
    dg, doc = ox.NamedNode(ns.doc_graph("page-c")), ox.NamedNode(ns.doc_iri("page-c"))
    dc = ns.PREFIXES["dcterms"]
    st.extend([
        ox.Quad(doc, ox.NamedNode(dc + "identifier"), ox.Literal("page-c"), dg),
        ox.Quad(doc, ox.NamedNode(dc + "issued"), ox.Literal("2024-05-01", datatype=ox.NamedNode(ns.PREFIXES["xsd"] + "date")), dg),
    ])  # fmt: skip
    assert maps.timeline(st) == [maps.Year(2024, 1, 300_000_000.0)]  # page-a and page-b print no date
    page = maps.write_map(st, tmp_path / "map.html")[0].read_text(encoding="utf-8")
    tl = page.split("<h2>By year</h2>", 1)[1]
    assert ">2024</text>" in tl and "1 investments" in tl and "<img" not in tl
    assert "the timeline is empty" in maps.render_timeline([])
