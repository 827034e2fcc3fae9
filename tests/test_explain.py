"""Explain: exact and partial name lookup, place chain, facts with evidence, ambiguity."""

from __future__ import annotations

from kg.explain import explain, find_entities


def test_place_by_alias_shows_type_chain_and_evidence(store):
    out = explain(store, "云梦")
    assert out.splitlines()[0] == "云梦县  [Place (County)]"
    assert "aliases: 云梦" in out
    assert "division code: 420923" in out
    assert "division chain: 云梦县 → 孝感市 → 湖北省" in out
    assert "青松经济开发区 —locatedIn→ 云梦县" in out
    assert "source: p1 [2:48]" in out and "source: p2 [2:48]" in out
    assert "evidence: 湖北省云梦县青松经济开发区内" in out


def test_company_facts_in_both_directions(store):
    out = explain(store, "江城新材料有限公司")
    assert "江城新材料有限公司 —investsIn→ 年产5万吨膜材料项目" in out
    assert "青松经济开发区管委会 —signsWith→ 江城新材料有限公司" in out


def test_project_shows_amount(store):
    out = explain(store, "年产5万吨膜材料项目")
    assert "investment: 320,000,000 yuan (3.2 亿元)" in out


def test_partial_name_lists_candidates(store):
    out = explain(store, "青松")
    assert out.startswith("2 entities match '青松'")
    assert "青松经济开发区  [Park] (aka 青松经开区)" in out
    assert "青松经济开发区管委会  [Agency]" in out


def test_exact_match_wins_over_partial_and_unknown_name(store):
    assert len(find_entities(store, "青松经济开发区")) == 1
    assert explain(store, "不存在的公司").startswith("no entity named")
    assert find_entities(store, "  ") == []
    assert find_entities(store, '") } DROP ALL {') == []


def test_a_park_is_found_by_its_abbreviation_or_its_full_form():
    from pyoxigraph import Store

    from kg.pipeline import process_text
    from kg.rdf.mapping import document_quads

    st = Store()
    st.extend(document_quads(process_text("白鹭经济技术开发区与远帆新材料有限公司签约。", "p1")))
    st.extend(document_quads(process_text("青禾高新区管委会与白鹭集团签约。", "p2")))
    full = find_entities(st, "白鹭经济技术开发区")
    assert len(full) == 1 and find_entities(st, "白鹭经开区") == full  # the page never wrote 经开区
    short = find_entities(st, "青禾高新区")
    assert len(short) == 1 and find_entities(st, "青禾高新技术产业开发区") == short
