"""Query: prefixes, safe bindings, python values, ASK/CONSTRUCT, named queries, formatting."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from pyoxigraph import Literal, Store

from kg.rdf import query as kq
from kg.rdf.mapping import document_quads

try:
    from test_mapping import sample_document
except ImportError:  # pragma: no cover
    from tests.test_mapping import sample_document



def test_prefixes_are_predeclared_and_own_prefixes_win(store):
    r = kq.query(store, "SELECT ?n WHERE { ?p a kg:Park ; rdfs:label ?n }")
    assert r.columns == ["n"] and set(r.rows) == {("青松经济开发区",)}
    r = kq.query(store, "PREFIX kg: <http://example.org/other#> SELECT ?p WHERE { ?p a kg:Park }")
    assert r.rows == []


def test_bound_values_are_never_pasted(store):
    sparql = "SELECT DISTINCT ?name ?e WHERE { ?e rdfs:label|skos:altLabel ?l FILTER(STR(?l) = ?name) }"
    r = kq.query(store, sparql, {"name": "青松经开区"})
    assert r.columns == ["e"]  # the bound column is dropped: it only repeats the value
    assert len(r.rows) == 1 and r.rows[0][0].startswith("https://parkkg.org/id/park/")
    evil = '青松经开区" || true || "'
    assert kq.query(store, sparql, {"name": evil}).rows == []


def test_binding_must_be_projected_and_error_says_so(store):
    with pytest.raises(kq.QueryError, match="SELECT clause"):
        kq.query(store, "SELECT ?e WHERE { ?e rdfs:label ?l FILTER(STR(?l) = ?name) }", {"name": "x"})


NAME_QUERY = "SELECT ?name ?e WHERE { ?e rdfs:label|skos:altLabel ?l FILTER(STR(?l) = ?name) }"


def _by_substitution(store, sparql, bindings):
    subs = kq.substitutions(bindings)
    res = store.query(sparql, prefixes=kq.ns.PREFIXES, substitutions=subs)
    return sorted(tuple(str(sol[v]) for v in res.variables if v not in subs) for sol in res)


@pytest.mark.parametrize("value", ["青松经开区", "青松经济开发区", "甲 } UNION { ?e ?p ?l", "不在图里"])
def test_a_simple_select_is_bound_by_a_leading_values_block_with_the_same_rows(store, value):
    """Oxigraph plans before it substitutes, so a bound label is bound in the text (a VALUES
    block opening the WHERE group, written by the N-Triples serialiser): same rows, a planned probe."""
    subs = kq.substitutions({"name": value})
    inline = kq.bind_as_values(NAME_QUERY, subs)
    assert inline is not None and inline.count("VALUES") == 1
    rows = sorted(tuple(f"<{c}>" for c in r) for r in kq.query(store, NAME_QUERY, {"name": value}).rows)
    assert rows == _by_substitution(store, NAME_QUERY, {"name": value})
    assert bool(rows) == (value in ("青松经开区", "青松经济开发区"))


@pytest.mark.parametrize(
    ("sparql", "value"),
    [
        ("ASK { ?e rdfs:label ?name }", "x"),  # not a SELECT
        ("SELECT ?name WHERE { { SELECT ?name WHERE { ?e rdfs:label ?name } } }", "x"),  # a sub-SELECT
        ("SELECT ?name (EXISTS { ?e ?p ?o } AS ?x) WHERE { ?e rdfs:label ?name }", "x"),  # EXISTS first
        (NAME_QUERY, 'a"b'),  # the value is written with a backslash escape
    ],
)
def test_queries_where_values_could_mean_something_else_keep_substitution(sparql, value):
    assert kq.bind_as_values(sparql, kq.substitutions({"name": value})) is None


def test_a_sub_select_sees_its_parameter_as_substitution_binds_it(store):
    sparql = """SELECT ?e ?name WHERE { { SELECT DISTINCT ?e ?name WHERE {
      ?e rdfs:label|skos:altLabel ?n . FILTER(CONTAINS(STR(?n), ?name)) } } }"""
    assert kq.query(store, sparql, {"name": "青松"}).rows  # a leading VALUES would find nothing


def test_with_values_writes_each_parameter_into_the_innermost_select_that_projects_it(store):
    """What the query editor shows for a named query: runnable text with the same rows."""
    sparql = """SELECT ?e ?name WHERE { { SELECT DISTINCT ?e ?name WHERE {
      ?e rdfs:label|skos:altLabel ?n . FILTER(CONTAINS(STR(?n), ?name)) } } }"""
    text = kq.with_values(sparql, kq.substitutions({"name": "青松"}), "  # p")
    assert text is not None and 'WHERE {\n      VALUES (?name) { ("青松") }  # p\n      ?e rdfs:label' in text
    rows = kq.query(store, sparql, {"name": "青松"}).rows  # (the bound column is dropped)
    assert rows and [r[:1] for r in kq.query(store, text).rows] == rows
    # a plain SELECT: the WHERE group; text after the brace moves to a line of its own
    assert kq.with_values("SELECT ?a WHERE { ?x ?p ?a }", kq.substitutions({"a": 'x"}'})) == (
        'SELECT ?a WHERE {\n  VALUES (?a) { ("x\\"}") }\n  ?x ?p ?a }')
    # not projected (or only computed, or only inside an IRI): nowhere to put it
    for q in ("ASK { ?x ?p ?a }", "SELECT (1 AS ?a) WHERE { }", "SELECT ?b WHERE { ?b <http://e/?a> ?c }",
              "SELECT ?a (EXISTS { ?a ?p ?o } AS ?x) WHERE { ?a ?q ?r }"):
        assert kq.with_values(q, kq.substitutions({"a": "x"})) is None


def test_syntax_error_is_a_query_error(store):
    with pytest.raises(kq.QueryError, match="syntax"):
        kq.query(store, "SELEC ?x WHERE {")


def test_python_values_ask_and_construct(store):
    r = kq.query(
        store,
        "SELECT DISTINCT ?a ?s ?n WHERE { ?p kg:investmentAmount ?a ; kg:amountText ?s . "
        "?g kg:startOffset ?n } ORDER BY ?n LIMIT 1",
    )
    a, s, n = r.rows[0]
    assert a == Decimal(320000000) and s == "3.2 亿元" and n == 2 and isinstance(n, int)
    ask = kq.query(store, "ASK { ?x kg:designatedAs ?t }")
    assert ask.kind == "ask" and ask.boolean is True
    c = kq.query(store, "CONSTRUCT { ?p kg:hasTitle ?t } WHERE { ?p kg:designatedAs ?t }")
    assert c.kind == "construct" and c.columns == ["subject", "predicate", "object"]
    assert {row[2] for row in c.rows} == {"省级绿色园区"}
    df = kq.query(
        store, "SELECT DISTINCT ?n WHERE { ?x a kg:Place ; rdfs:label ?n } ORDER BY ?n"
    ).to_dataframe()
    assert list(df["n"]) == sorted(["云梦县", "孝感市", "湖北省"])


def test_named_queries_are_parsed_with_params():
    qs = kq.named_queries()
    for name in (
        "projects_by_place",
        "park_companies",
        "policies_by_agency",
        "parks_by_designation",
        "neighbourhood",
        "provenance",
        "top_investments",
    ):
        assert name in qs and qs[name].description, name
    assert qs["projects_by_place"].params == ("place",)
    assert qs["projects_by_place"].defaults == {"place": "山西省"}
    assert "label" in qs["projects_by_place"].help["place"]
    assert qs["policies_by_agency"].defaults == {"agency": "工业和信息化部"}
    assert qs["policies"].params == ()
    # a name parameter is declared name@zh: bound as the @zh literal the labels are, so the
    # lookup is one probe of the label index (issue 8)
    assert qs["provenance"].langs == {"name": "zh"}
    assert qs["provenance"].bindings() == {"name": Literal("平遥县", language="zh")}
    assert qs["investments_by_date"].bindings(**{"from": "2024"})["from"] == "2024"  # untagged: a plain string
    # a parameter of a kind (from:date) refuses what cannot be one, instead of answering 0 rows
    assert qs["investments_by_date"].kinds == {"from": "date", "to": "date"}
    with pytest.raises(kq.QueryError, match="from='2024年' is not a year, month or day"):
        qs["investments_by_date"].bindings(**{"from": "2024年"})
    with pytest.raises(kq.QueryError, match="unknown kind 'colour'"):
        kq.parse_named_query("x", "# param: c:colour = red\nSELECT * WHERE {}")
    assert qs["top_investments"].params == ()
    with pytest.raises(kq.QueryError, match="no parameter"):
        qs["provenance"].bindings(bogus="x")


def test_projects_by_place_follows_the_partof_chain(store):
    for place in ("湖北", "湖北省", "孝感市", "云梦"):
        r = kq.run_named(store, "projects_by_place", place=place)
        assert [row[0] for row in r.rows] == ["年产5万吨膜材料项目"], place
        rec = r.records()[0]
        assert rec["amountYuan"] == Decimal(320000000) and rec["investors"] == "江城新材料有限公司"
    assert kq.run_named(store, "projects_by_place", place="河北省").rows == []


def test_other_named_queries(store):
    r = kq.run_named(store, "park_companies", park="青松经开区")
    assert [(x["company"], x["project"]) for x in r.records()] == [
        ("江城新材料有限公司", "年产5万吨膜材料项目")
    ]
    assert r.records()[0]["link"] == "investsIn"
    r = kq.run_named(store, "policies_by_agency", agency="湖北省商务厅")
    assert r.rows == [("湖北省商务厅", "开发区高质量发展办法")]
    assert kq.run_named(store, "policies").rows == r.rows  # every policy with its issuers
    assert kq.run_named(store, "policies_by_agency", agency="财政部").rows == []
    r = kq.run_named(store, "parks_by_designation", designation="绿色")
    assert r.rows == [("省级绿色园区", "青松经济开发区", "Park")]
    r = kq.run_named(store, "neighbourhood", name="云梦")
    assert {(x["direction"], x["relation"], x["other"]) for x in r.records()} == {
        ("in", "locatedIn", "青松经济开发区"),
        ("out", "partOf", "孝感市"),
    }
    assert len(r.rows) == 2  # no duplicates although two pages state it
    r = kq.run_named(store, "provenance", name="江城新材料")
    recs = r.records()
    assert {(x["relation"], x["source"]) for x in recs} == {
        ("investsIn", "/pages/p1.txt"),
        ("investsIn", "/pages/p2.txt"),
        ("signsWith", "/pages/p1.txt"),
        ("signsWith", "/pages/p2.txt"),
    }
    assert all(x["evidence"] and x["end"] > x["start"] for x in recs)
    r = kq.run_named(store, "top_investments")
    assert r.records()[0]["amountYuan"] == Decimal(320000000)
    with pytest.raises(kq.QueryError, match="no named query"):
        kq.run_named(store, "nope")


def test_document_ids_with_slashes_and_spaces_keep_labels_and_provenance():
    s = Store()
    s.extend(document_quads(sample_document("2024/05 page 3")))
    r = kq.run_named(s, "provenance", name="青松经济开发区")
    assert {x["source"] for x in r.records()} == {"/pages/2024/05 page 3.txt"}
    assert len(r.rows) == 3  # locatedIn (out), designatedAs (out), locatedIn (in, from the project)
    r = kq.run_named(s, "neighbourhood", name="云梦县")
    assert {(x["relation"], x["other"]) for x in r.records()} == {
        ("locatedIn", "青松经济开发区"),
        ("partOf", "孝感市"),
    }
    r = kq.run_named(s, "parks_by_designation")
    assert r.rows == [("省级绿色园区", "青松经济开发区", "Park")]


def test_table_counts_cjk_as_two_columns():
    r = kq.QueryResult("select", ["名称", "n"], [("青松开发区", 1), ("ab", None)])
    lines = kq.format_result(r, "table").splitlines()
    assert lines[0] == "名称       | n"
    assert lines[2] == "青松开发区 | 1"
    assert lines[3] == "ab         |"
    assert lines[-1] == "(2 rows)"
    assert kq.display_width("青松ab") == 6


def test_csv_tsv_json_formats():
    r = kq.QueryResult("select", ["a", "b"], [('x,"y"', Decimal("1.5")), ("多\t行\n文本", None)])
    rows = list(csv.reader(io.StringIO(kq.format_result(r, "csv"))))
    assert rows == [["a", "b"], ['x,"y"', "1.5"], ["多\t行\n文本", ""]]
    tsv = kq.format_result(r, "tsv").splitlines()
    assert len(tsv) == 3 and tsv[2].split("\t")[0] == "多 行 文本"
    data = json.loads(kq.format_result(r, "json"))
    assert data == [{"a": 'x,"y"', "b": 1.5}, {"a": "多\t行\n文本", "b": None}]
    assert (
        kq.format_result(kq.QueryResult("ask", ["ask"], [(True,)], boolean=True), "json")
        == '{"boolean": true}'
    )
    with pytest.raises(kq.QueryError):
        kq.format_result(r, "xml")


def test_top_investments_is_not_filled_by_copies_of_one_fact(tmp_path):
    """The same investment stated on many pages is one row (issue 9, item 6)."""
    from kg.build import build
    from kg.rdf.query import named_queries
    from kg.rdf.query import query as run_query
    from kg.rdf.store import open_store

    pages = tmp_path / "pages"
    pages.mkdir()
    text = ("青禾新材料有限公司投资12亿元建设年产5万吨电池材料项目。"
            "远帆化工股份有限公司投资8亿元建设年产3万吨电解液项目。"
            "白鹭能源有限公司投资5亿元建设年产2万吨隔膜项目。")
    for i in range(70):  # 210 fact graphs: more than the query's inner limit of 200
        (pages / f"p{i:02d}.txt").write_text(text, encoding="utf-8")
    (pages / "other.txt").write_text("黑龙江远东木业有限公司投资1亿元建设年产1万吨木材加工项目。", encoding="utf-8")
    build([pages], store=tmp_path / "s", progress=False)
    rows = list(run_query(open_store(tmp_path / "s", read_only=True), named_queries()["top_investments"].text))
    projects = [str(r[1]) for r in rows]
    assert len(rows) == 4 and len(set(projects)) == 4


def test_from_in_the_query_text_is_honoured(tmp_path):
    """FROM <g> asks for that graph only, not the union (issue 9, item 7)."""
    from kg.build import build
    from kg.rdf.query import names_its_dataset
    from kg.rdf.query import query as run_query
    from kg.rdf.store import open_store

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.txt").write_text("白鹭经济开发区与远帆集团签约。青禾集团投资5亿元建设年产2万吨隔膜项目。", encoding="utf-8")
    build([pages], store=tmp_path / "s", progress=False)
    store = open_store(tmp_path / "s", read_only=True)
    graph = str(next(iter(run_query(store, "SELECT ?g WHERE { GRAPH ?g { ?s kg:signsWith ?o } }")))[0])
    union = next(iter(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0]
    one = next(iter(run_query(store, f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}")))[0]
    assert one == 1 < union
    assert not names_its_dataset('SELECT ?s WHERE { ?s rdfs:label "FROM <x>" }')


def test_a_deeply_nested_query_is_refused_not_a_crash(store):
    """3,000 nested braces overflowed the parser's stack (exit 139); now a one-line error (issue 9, item 9)."""
    import pytest

    from kg.rdf.query import QueryError
    from kg.rdf.query import query as run_query

    deep = "SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000
    with pytest.raises(QueryError, match="nests 3000 levels"):
        run_query(store, deep)
    assert list(run_query(store, "SELECT * WHERE " + "{" * 20 + "?s ?p ?o" + "}" * 20 + " LIMIT 1"))


def test_dataframe_columns_are_numbers_and_dates_not_decimal_objects(store):
    df = kq.query(
        store,
        "SELECT ?p ?amt ?n ?d WHERE { ?p kg:investmentAmount ?amt "
        "BIND(3 AS ?n) BIND(\"2025-05-09\"^^xsd:date AS ?d) }",
    ).to_dataframe()
    assert df["amt"].dtype == "float64" and df["amt"].sum() > 0  # Decimal objects would be dtype object
    assert df["n"].dtype.kind in "if"
    assert str(df["d"].dtype).startswith("datetime64") and set(df["d"].dt.year) == {2025}
    import pandas as pd

    assert pd.api.types.is_string_dtype(df["p"])  # IRIs stay strings


@pytest.mark.parametrize("big_first", [True, False])
def test_projects_by_place_pairs_the_amount_with_its_own_text(big_first):
    # two pages state different amounts for one project: the row shows the largest, with the
    # text of the page that states it (MAX and SAMPLE apart once paired 74.5亿 with "45.2亿元")
    import pyoxigraph as ox

    from tests.test_netx import GraphBuilder

    quads = []
    pages = [("pa", "7450000000", "74.5亿元"), ("pb", "4520000000", "45.2亿元")]
    for page, yuan, text in pages if big_first else pages[::-1]:
        b = GraphBuilder(page)
        county = b.entity("Place", "平遥县", cls="County", code="140728")
        firm = b.entity("Company", "某某新材料有限公司")
        project = b.entity("Project", "年产10万吨新材料项目")
        b.fact(firm, "investsIn", project, f"某某新材料有限公司投资{text}建设年产10万吨新材料项目。",
               amount=yuan, amount_text=text)
        b.fact(project, "locatedIn", county, "项目位于平遥县。")
        quads += b.quads
    store = ox.Store()
    store.extend(quads)
    for _ in range(3):  # the pairing must not depend on evaluation order
        rows = kq.run_named(store, "projects_by_place", place="平遥县").records()
        assert [(r["project"], r["amountYuan"], r["amountText"]) for r in rows] == [
            ("年产10万吨新材料项目", Decimal("7450000000"), "74.5亿元")
        ]


def test_a_listing_is_read_page_by_page_in_its_own_order(store):
    listing = "SELECT ?e ?label WHERE { ?e rdfs:label ?label } ORDER BY DESC(?label) ?e"
    whole = kq.query(store, listing).rows
    assert len(whole) >= 5
    pages = [kq.query(store, kq.paged(listing, 2, k)).rows for k in range(0, len(whole) + 2, 2)]
    assert [r for p in pages for r in p] == whole and pages[-1] == []
    assert [len(kq.run_named(store, "policies", limit=1, offset=k).rows) for k in (0, 1)] == [1, 0]


def test_projects_by_place_shows_the_largest_amount_when_an_investor_states_none():
    # three investors of one project, one of them with no amount: the previous text took
    # MAX over a group mixing bound and unbound amounts, and Oxigraph returned 3900万元
    import pyoxigraph as ox

    from tests.test_netx import GraphBuilder

    b = GraphBuilder("pa")
    county = b.entity("Place", "平遥县", cls="County", code="140728")
    project = b.entity("Project", "平遥100兆瓦光伏发电项目")
    b.fact(project, "locatedIn", county, "项目位于平遥县。")
    for firm, yuan, text in [("甲新能源有限公司", "39000000", "3900万元"), ("乙新能源有限公司", "6330000000", "63.3亿元"),
                             ("丙新能源有限公司", None, None)]:
        b.fact(b.entity("Company", firm), "investsIn", project, "投资。", amount=yuan, amount_text=text)
    store = ox.Store()
    store.extend(b.quads)
    rec = kq.run_named(store, "projects_by_place", place="平遥县").records()[0]
    assert (rec["amountYuan"], rec["amountText"]) == (Decimal("6330000000"), "63.3亿元")
    assert set(rec["investors"].split("、")) == {"甲新能源有限公司", "乙新能源有限公司", "丙新能源有限公司"}


def test_projects_by_place_is_cut_into_pages_before_its_costly_columns():
    # the query marks (#PAGE) the sorted sub-SELECT where a page is cut, so investors,
    # locations and amount texts are read for the page's rows only; the pages must still
    # be the whole listing's rows, in its order, ties on amount and name included
    import pyoxigraph as ox

    from tests.test_netx import GraphBuilder

    b = GraphBuilder("pa")
    county = b.entity("Place", "平遥县", cls="County", code="140728")
    park = b.entity("Park", "平遥经济技术开发区")
    b.fact(park, "locatedIn", county, "平遥经济技术开发区位于平遥县。")
    amounts = ["500000000", "500000000", None, "1200000000", None, "80000000", "500000000"]
    for i, yuan in enumerate(amounts):
        firm = b.entity("Company", f"平遥第{i}新材料有限公司")
        project = b.entity("Project", f"新材料产业园第{7 - i}期项目")  # one five-character sort key
        b.fact(firm, "investsIn", project, "投资。", amount=yuan, amount_text=yuan and f"{yuan}元")
        b.fact(project, "locatedIn", park if i % 2 else county, "项目位于此。")
        b.fact(firm, "locatedIn", park, "公司位于此。")
    store = ox.Store()
    store.extend(b.quads)
    assert "#PAGE" in kq.named_queries()["projects_by_place"].text
    whole = kq.run_named(store, "projects_by_place", place="平遥县").rows
    recs = kq.run_named(store, "projects_by_place", place="平遥县").records()
    assert len(whole) == len(amounts)  # one row a project
    assert [r["amountYuan"] for r in recs] == sorted((Decimal(a) for a in amounts if a), reverse=True) + [None, None]
    assert {r["locatedIn"] for r in recs} == {"平遥经济技术开发区", "平遥县"}
    tied = [r["project"] for r in recs if r["amountYuan"] == Decimal("500000000")]
    assert tied == sorted(tied) and len(tied) == 3  # equal amounts: by name
    for size in (1, 2, 3):
        pages = [kq.run_named(store, "projects_by_place", limit=size, offset=k, place="平遥县").rows
                 for k in range(0, len(whole) + size, size)]
        assert [r for p in pages for r in p] == whole and pages[-1] == []


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (5, -1)])
def test_a_page_needs_a_positive_limit_and_no_negative_offset(limit, offset):
    with pytest.raises(kq.QueryError, match="--limit"):
        kq.paged("SELECT ?s WHERE { ?s ?p ?o }", limit, offset)


def test_a_query_with_its_own_limit_is_not_paged_again():
    with pytest.raises(kq.QueryError, match="its own LIMIT"):
        kq.paged(kq.named_queries()["top_investments"].text, 5)
    assert kq.paged('SELECT ?s WHERE { ?s ?p "LIMIT" }', 5).endswith("\nLIMIT 5\n")
