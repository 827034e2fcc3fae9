"""The gold scorer on tiny hand-made gold and predictions, one rule per test."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from kg.document import Document, Entity, Fact, Mention
from kg.evaluation import (
    GoldDoc,
    PredDoc,
    PredEntity,
    PredTriple,
    bigram_dice,
    format_report,
    load_gold,
    main,
    norm,
    place_core,
    predictions_from_documents,
    predictions_from_store,
    score,
)

TEXT = (
    "山西省平遥县的平遥经济技术开发区（平遥经开区）里，宏达钢铁集团投资16.5亿元的"
    "年产2万吨阴极炭素高端石墨新材料项目开工。河津市、江苏、广西壮族自治区也在推进。"
    "该园区获评全国首批碳达峰试点园区。《绿色工厂评价办法》由工业和信息化部发布。"
)


def write_gold(tmp_path: Path, entities: list[dict], triples: list[dict], doc: str = "001_x.txt") -> Path:
    d = tmp_path / "gold"
    d.mkdir(exist_ok=True)
    (d / (Path(doc).stem + ".json")).write_text(
        json.dumps({"doc": doc, "entities": entities, "triples": triples}, ensure_ascii=False),
        encoding="utf-8",
    )
    return d


def ent(i: str, t: str, name: str, aliases: list[str] | None = None, optional: bool = False) -> dict:
    return {"id": i, "type": t, "name": name, "aliases": aliases or [], "optional": optional}


def pe(key: str, t: str, name: str, *aliases: str, code: str | None = None) -> PredEntity:
    return PredEntity(key, t, name, frozenset(aliases), code)


def run(tmp_path: Path, gents: list[dict], gtriples: list[dict], pents: list[PredEntity],
        ptriples: list[PredTriple] = (), text: str | None = TEXT):
    gold = load_gold(write_gold(tmp_path, gents, gtriples))
    return score(gold, {"001_x": PredDoc("001_x", list(pents), list(ptriples), text)})


def test_load_gold_keys_by_doc_id_without_extension(tmp_path):
    d = write_gold(tmp_path, [ent("e1", "Place", "山西省", ["山西"])],
                   [{"s": "e1", "p": "designatedAs", "o_literal": "试点", "amount_yuan": 5}], doc="007_abc.txt")
    gold = load_gold(d)
    assert list(gold) == ["007_abc"]
    g = gold["007_abc"]
    assert g.entities["e1"].aliases == ("山西",)
    assert g.triples[0].literal == "试点" and g.triples[0].amount_yuan == Decimal(5)


def test_load_gold_missing_dir_has_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="gold directory not found"):
        load_gold(tmp_path / "nope")


def test_norm_removes_space_quotes_brackets_and_nfkc():
    assert norm(" 《绿色 工厂》（ＡＢ）") == "绿色工厂ab"
    assert norm("“桂惠贷”") == "桂惠贷"


def test_place_core():
    assert place_core("江苏省") == "江苏"
    assert place_core("河津市") == "河津"
    assert place_core("广西壮族自治区") == "广西"
    assert place_core("黔南布依族苗族自治州") == "黔南"
    assert place_core("新疆维吾尔自治区") == "新疆"
    assert place_core("三封寺镇") == "三封寺"
    assert place_core("沙县") == "沙县"  # one-character core is kept whole


def test_exact_match_is_tp_and_extra_node_is_fp(tmp_path):
    r = run(tmp_path, [ent("c", "Company", "宏达钢铁集团")], [],
            [pe("k1", "Company", "宏达钢铁集团"), pe("k2", "Company", "平遥县")])
    c = r.entities["Company"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


def test_type_must_agree(tmp_path):
    r = run(tmp_path, [ent("c", "Company", "宏达钢铁集团")], [], [pe("k1", "Agency", "宏达钢铁集团")])
    assert r.entities["Company"].fn == 1 and r.entities["Agency"].fp == 1


def test_park_short_forms_match(tmp_path):
    r = run(tmp_path, [ent("p", "Park", "平遥经济技术开发区")], [], [pe("k", "Park", "平遥经开区")])
    assert r.entities["Park"].tp == 1
    # 高新技术产业开发区 ~ 高新区 on the other side too
    r = run(tmp_path, [ent("p", "Park", "长治高新区")], [], [pe("k", "Park", "长治高新技术产业开发区")], text=None)
    assert r.entities["Park"].tp == 1


def test_place_without_suffix_matches(tmp_path):
    r = run(tmp_path, [ent("a", "Place", "江苏省"), ent("b", "Place", "河津"), ent("c", "Place", "广西壮族自治区")],
            [], [pe("1", "Place", "江苏"), pe("2", "Place", "河津市"), pe("3", "Place", "广西")])
    assert (r.entities["Place"].tp, r.entities["Place"].fp, r.entities["Place"].fn) == (3, 0, 0)


def test_suffix_stripping_is_for_places_only(tmp_path):
    r = run(tmp_path, [ent("c", "Company", "河津市")], [], [pe("1", "Company", "河津")])
    assert r.entities["Company"].tp == 0


def test_projects_fuzzy_containment_and_dice(tmp_path):
    gold = [ent("p1", "Project", "年产2万吨阴极炭素高端石墨新材料项目"), ent("p2", "Project", "数智化工厂项目")]
    preds = [pe("a", "Project", "2万吨阴极炭素高端石墨新材料"),  # containment without 项目
             pe("b", "Project", "数智化工厂建设项目")]  # bigram Dice 0.67 (core 数智化工厂 ⊂ …)
    r = run(tmp_path, gold, [], preds, text=None)
    assert r.entities["Project"].tp == 2
    assert bigram_dice("数智化工厂", "数智化工厂建设") >= 0.6


def test_project_containment_needs_four_chars(tmp_path):
    r = run(tmp_path, [ent("p", "Project", "焦化项目")], [], [pe("a", "Project", "二期焦化扩建技改工程项目")], text=None)
    assert r.entities["Project"].tp == 0 and r.entities["Project"].fp == 1


def test_aliases_count_on_both_sides(tmp_path):
    r = run(tmp_path, [ent("a", "Agency", "工业和信息化部", ["工信部"])], [],
            [pe("k", "Agency", "工信部", "中华人民共和国工业和信息化部")], text=None)
    assert r.entities["Agency"].tp == 1


def test_duplicate_node_is_fp_and_best_match_wins(tmp_path):
    # Both nodes match 平遥县; the exact one is matched, the suffix-less one is a duplicate.
    r = run(tmp_path, [ent("a", "Place", "平遥县")], [], [pe("2", "Place", "平遥"), pe("1", "Place", "平遥县")])
    c = r.entities["Place"]
    assert (c.tp, c.fp) == (1, 1)
    fp = [e for e in r.errors if e.kind == "FP"]
    assert fp[0].text == "平遥" and "duplicate" in fp[0].note


def test_optional_gold_is_ignored_both_ways(tmp_path):
    r = run(tmp_path, [ent("o", "Park", "新材料产业园", optional=True), ent("c", "Company", "宏达钢铁集团")], [],
            [pe("k", "Park", "新材料产业园")], text=None)
    assert r.entities["Park"].tp == 0 and r.entities["Park"].fp == 0 and r.entities["Park"].fn == 0
    assert r.entities["Company"].fn == 1
    assert r.ignored_entities == 1


def test_node_not_in_text_is_ignored(tmp_path):
    r = run(tmp_path, [ent("a", "Place", "平遥县")], [],
            [pe("1", "Place", "平遥县"), pe("2", "Place", "晋中市")])
    c = r.entities["Place"]
    assert (c.tp, c.fp) == (1, 0) and r.ignored_entities == 1


def test_in_text_check_ignores_whitespace():
    gold = {"d": GoldDoc("d", {}, [])}
    r = score(gold, {"d": PredDoc("d", [pe("1", "Company", "宏达 钢铁")], [], "宏达\n钢铁集团")})
    assert r.entities["Company"].fp == 1  # occurs once spaces are removed -> it counts


def _rel_fixture():
    ents = [
        ent("sx", "Place", "山西省", ["山西"]), ent("py", "Place", "平遥县", ["平遥"]),
        ent("pk", "Park", "平遥经济技术开发区", ["平遥经开区"]), ent("co", "Company", "宏达钢铁集团"),
        ent("pj", "Project", "年产2万吨阴极炭素高端石墨新材料项目"), ent("mi", "Agency", "工业和信息化部"),
        ent("po", "Policy", "绿色工厂评价办法"),
    ]
    triples = [
        {"s": "py", "p": "partOf", "o": "sx"},
        {"s": "pk", "p": "locatedIn", "o": "py"},
        {"s": "pj", "p": "locatedIn", "o": "pk"},
        {"s": "co", "p": "investsIn", "o": "pj", "amount_yuan": 1650000000},
        {"s": "pk", "p": "designatedAs", "o_literal": "全国首批碳达峰试点园区"},
        {"s": "po", "p": "issuedBy", "o": "mi"},
        {"s": "po", "p": "issuedBy", "o": "sx", "optional": True},
    ]
    preds = [
        pe("SX", "Place", "山西省"), pe("PY", "Place", "平遥县"), pe("PK", "Park", "平遥经开区"),
        pe("CO", "Company", "宏达钢铁集团"), pe("PJ", "Project", "年产2万吨阴极炭素高端石墨新材料项目"),
        pe("MI", "Agency", "工业和信息化部"), pe("PO", "Policy", "《绿色工厂评价办法》"),
    ]
    return ents, triples, preds


def test_relations_match_through_entity_matching_and_amount(tmp_path):
    ents, triples, preds = _rel_fixture()
    pt = [
        PredTriple("PY", "partOf", "SX"), PredTriple("PK", "locatedIn", "PY"),
        PredTriple("PJ", "locatedIn", "PK"),
        PredTriple("CO", "investsIn", "PJ", amount_yuan=Decimal("1660000000")),  # 0.6% off: right
        PredTriple("PK", "designatedAs", literal="碳达峰试点园区"),  # containment
        PredTriple("PO", "issuedBy", "MI"),
        PredTriple("PO", "issuedBy", "SX"),  # optional gold triple: ignored
        PredTriple("CO", "locatedIn", "PK"),  # not in gold: FP
    ]
    r = run(tmp_path, ents, triples, preds, pt)
    m = r.relations_micro
    assert (m.tp, m.fp, m.fn) == (6, 1, 0)
    assert r.relations["locatedIn"].fp == 1
    assert (r.amounts_correct, r.amounts_total) == (1, 1)


def test_amount_off_by_more_than_one_percent_is_wrong(tmp_path):
    ents, triples, preds = _rel_fixture()
    r = run(tmp_path, ents, triples, preds, [PredTriple("CO", "investsIn", "PJ", amount_yuan=Decimal("1700000000"))])
    assert r.relations["investsIn"].tp == 1
    assert (r.amounts_correct, r.amounts_total) == (0, 1)
    assert any(e.group == "amount" for e in r.errors)


def test_edge_to_gold_ancestor_is_ignored(tmp_path):
    ents, triples, preds = _rel_fixture()
    # Park locatedIn 山西省 where gold says 平遥县 (partOf 山西省): ignored, not FP.
    # Project locatedIn 平遥县 where gold says the park (locatedIn 平遥县): ignored.
    pt = [PredTriple("PK", "locatedIn", "SX"), PredTriple("PJ", "locatedIn", "PY")]
    r = run(tmp_path, ents, triples, preds, pt)
    assert r.relations["locatedIn"].fp == 0
    assert r.ignored_triples == 2
    # …but an edge to a place that is not above the gold object is an FP.
    r = run(tmp_path, ents, triples, preds, [PredTriple("SX", "partOf", "PY")])
    assert r.relations["partOf"].fp == 1


def test_edge_to_ancestor_known_only_from_division_codes(tmp_path):
    pytest.importorskip("kg.knowledge.places")
    from kg.knowledge import places

    if places.lookup("平遥县") is None:
        pytest.skip("division table without 平遥县")
    ents = [ent("py", "Place", "平遥县", ["平遥"]), ent("pk", "Park", "平遥经济技术开发区")]
    triples = [{"s": "pk", "p": "locatedIn", "o": "py"}]
    text = "山西省平遥县平遥经济技术开发区"
    preds = [pe("PK", "Park", "平遥经济技术开发区"), pe("place/140000", "Place", "山西省", code="140000"),
             pe("PY", "Place", "平遥县")]
    r = run(tmp_path, ents, triples, preds, [PredTriple("PK", "locatedIn", "place/140000")], text=text)
    assert r.relations["locatedIn"].fp == 0 and r.ignored_triples == 1
    assert r.entities["Place"].fp == 1  # 山西省 is in the text but not in this gold


def test_duplicate_triples_count_once(tmp_path):
    ents, triples, preds = _rel_fixture()
    preds = [*preds, pe("PY2", "Place", "平遥")]
    pt = [PredTriple("PY", "partOf", "SX"), PredTriple("PY2", "partOf", "SX")]
    r = run(tmp_path, ents, triples, preds, pt)
    assert (r.relations["partOf"].tp, r.relations["partOf"].fp) == (1, 0)
    assert r.entities["Place"].fp == 1  # the duplicate node itself


def test_triple_with_ignored_node_is_ignored(tmp_path):
    ents, triples, preds = _rel_fixture()
    preds = [*preds, pe("JZ", "Place", "晋中市")]  # not in TEXT
    r = run(tmp_path, ents, triples, preds, [PredTriple("PY", "partOf", "JZ")])
    assert r.relations["partOf"].fp == 0 and r.relations["partOf"].fn == 1


def test_missing_prediction_doc_counts_misses(tmp_path):
    gold = load_gold(write_gold(tmp_path, [ent("c", "Company", "宏达钢铁集团")], []))
    r = score(gold, {})
    assert r.entities["Company"].fn == 1 and r.missing_documents == ["001_x"]


def test_format_report_lists_errors(tmp_path):
    ents, triples, preds = _rel_fixture()
    r = run(tmp_path, ents, triples, preds[:-1], [PredTriple("CO", "locatedIn", "PK")])
    out = format_report(r)
    assert "Entities" in out and "Relations" in out and "micro" in out and "Amounts within 1%" in out
    assert "绿色工厂评价办法" not in out
    err = format_report(r, errors=True)
    assert "Policy misses (1)" in err and "绿色工厂评价办法" in err
    assert "宏达钢铁集团 locatedIn 平遥经开区" in err
    assert "宏达钢铁集团 investsIn 年产2万吨阴极炭素高端石墨新材料项目" in err


def test_predictions_from_documents(tmp_path):
    doc = Document(id="001_x", source="x", raw=TEXT, text=TEXT)
    m_co = Mention(0, 1, "宏达钢铁集团", "Company", entity="company/1")
    m_pj = Mention(2, 3, "年产2万吨阴极炭素高端石墨新材料项目", "Project", entity="project/1")
    m_pk = Mention(4, 5, "平遥经开区", "Park", entity="park/1")
    unresolved = Mention(6, 7, "该公司", "Company")
    doc.mentions = [m_co, m_pj, m_pk, unresolved]
    doc.entities = {
        "company/1": Entity("company/1", "Company", "宏达钢铁集团"),
        "project/1": Entity("project/1", "Project", "年产2万吨阴极炭素高端石墨新材料项目"),
        "park/1": Entity("park/1", "Park", "平遥经济技术开发区", {"平遥经开区"}),
    }
    doc.facts = [
        Fact(m_co, "investsIn", m_pj, amount_yuan=Decimal("1650000000")),
        Fact(m_pk, "designatedAs", literal="全国首批碳达峰试点园区"),
        Fact(unresolved, "investsIn", m_pj),
    ]
    preds = predictions_from_documents([doc])
    p = preds["001_x"]
    assert {e.key for e in p.entities} == {"company/1", "project/1", "park/1"}
    assert len(p.triples) == 2
    assert p.triples[0].amount_yuan == Decimal("1650000000")
    assert p.triples[1].literal == "全国首批碳达峰试点园区"
    gold = load_gold(write_gold(tmp_path, [ent("c", "Company", "宏达钢铁集团"), ent("pk", "Park", "平遥经济技术开发区"),
                                           ent("pj", "Project", "年产2万吨阴极炭素高端石墨新材料项目")],
                                [{"s": "c", "p": "investsIn", "o": "pj", "amount_yuan": 1650000000},
                                 {"s": "pk", "p": "designatedAs", "o_literal": "全国首批碳达峰试点园区"}]))
    r = score(gold, preds)
    assert r.entities_micro.f1 == 1.0 and r.relations_micro.f1 == 1.0 and r.amount_accuracy == 1.0


def _store_with_doc():
    pyoxigraph = pytest.importorskip("pyoxigraph")
    from kg.rdf import namespaces as ns

    N, L, Q = pyoxigraph.NamedNode, pyoxigraph.Literal, pyoxigraph.Quad
    rdf_type = N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = N("http://www.w3.org/2000/01/rdf-schema#label")
    alt = N("http://www.w3.org/2004/02/skos/core#altLabel")
    g = N(ns.doc_graph("001_x"))
    co, pj, pk = (N(ns.entity_iri(k)) for k in ("company/1", "project/1", "park/1"))
    quads = [
        Q(N(ns.doc_iri("001_x")), rdf_type, N(ns.term("Document")), g),
        Q(co, rdf_type, N(ns.term("Company")), g), Q(co, label, L("宏达钢铁集团"), g),
        Q(pj, rdf_type, N(ns.term("Project")), g), Q(pj, label, L("年产2万吨阴极炭素高端石墨新材料项目"), g),
        Q(pk, rdf_type, N(ns.term("Park")), g), Q(pk, label, L("平遥经济技术开发区"), g),
        Q(pk, alt, L("平遥经开区"), g),
    ]
    f1 = N(ns.fact_graph("001_x", "a"))
    f2 = N(ns.fact_graph("001_x", "b"))
    quads += [
        Q(co, N(ns.term("investsIn")), pj, f1),
        Q(pj, N(ns.term("investmentAmount")), L("1650000000", datatype=N("http://www.w3.org/2001/XMLSchema#decimal")), f1),
        Q(pk, N(ns.term("designatedAs")), L("全国首批碳达峰试点园区"), f2),
    ]
    store = pyoxigraph.Store()
    store.extend(quads)
    return store


def test_predictions_from_store():
    store = _store_with_doc()
    preds = predictions_from_store(store, texts={"001_x": TEXT})
    p = preds["001_x"]
    by_key = {e.key: e for e in p.entities}
    assert set(by_key) == {"company/1", "project/1", "park/1"}
    assert by_key["park/1"].name == "平遥经济技术开发区" and by_key["park/1"].aliases == {"平遥经开区"}
    trip = {(t.s, t.p, t.o, t.literal, t.amount_yuan) for t in p.triples}
    assert ("company/1", "investsIn", "project/1", None, Decimal("1650000000")) in trip
    assert ("park/1", "designatedAs", None, "全国首批碳达峰试点园区", None) in trip
    assert p.text == TEXT


def test_main_scores_store(tmp_path, capsys, monkeypatch):
    store = _store_with_doc()
    import kg.evaluation as ev

    monkeypatch.setattr(ev, "predictions_from_store", lambda s, texts=None, record=None: predictions_from_store(store, texts))
    d = write_gold(tmp_path, [ent("c", "Company", "宏达钢铁集团")], [])
    import sys
    import types

    fake = types.ModuleType("kg.rdf.store")
    fake.open_store = lambda path=None, read_only=False: store
    fake.default_store_path = lambda: tmp_path / "kg-store"
    monkeypatch.setitem(sys.modules, "kg.rdf.store", fake)
    assert main(["--gold", str(d), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "Company" in out and "Park false positives (1)" in out


def test_store_round_trip_through_the_real_mapping(tmp_path):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    mapping = pytest.importorskip("kg.rdf.mapping")
    text = "平遥县的平遥经开区，宏达钢铁集团投资16.5亿元建设年产2万吨石墨项目。该园区获评国家级绿色工业园区。"
    src = tmp_path / "001_x.txt"
    src.write_text(text, encoding="utf-8")
    doc = Document(id="001_x", source=str(src), raw=text, text=text)
    m_co = Mention(10, 16, "宏达钢铁集团", "Company", entity="company/1")
    m_pj = Mention(26, 35, "年产2万吨石墨项目", "Project", entity="project/1")
    m_pk = Mention(4, 9, "平遥经开区", "Park", entity="park/1")
    m_py = Mention(0, 3, "平遥县", "Place", entity="place/140728", level="county", code="140728")
    doc.entities = {
        "company/1": Entity("company/1", "Company", "宏达钢铁集团"),
        "project/1": Entity("project/1", "Project", "年产2万吨石墨项目"),
        "park/1": Entity("park/1", "Park", "平遥经济技术开发区", {"平遥经开区"}),
        "place/140728": Entity("place/140728", "Place", "平遥县", {"平遥"}, level="county", code="140728",
                               parent="place/140700"),
    }
    doc.facts = [
        Fact(m_co, "investsIn", m_pj, amount_yuan=Decimal("1650000000"), amount_text="16.5亿元"),
        Fact(m_pk, "designatedAs", literal="国家级绿色工业园区"),
        Fact(m_pk, "locatedIn", m_py),
    ]
    store = pyoxigraph.Store()
    store.extend(mapping.document_quads(doc))
    gold = load_gold(write_gold(tmp_path, [
        ent("py", "Place", "平遥县", ["平遥"]), ent("pk", "Park", "平遥经济技术开发区", ["平遥经开区"]),
        ent("co", "Company", "宏达钢铁集团"), ent("pj", "Project", "年产2万吨石墨项目"),
    ], [
        {"s": "co", "p": "investsIn", "o": "pj", "amount_yuan": 1650000000},
        {"s": "pk", "p": "designatedAs", "o_literal": "国家级绿色工业园区"},
        {"s": "pk", "p": "locatedIn", "o": "py"},
    ]))
    preds = predictions_from_store(store)
    assert preds["001_x"].text is not None  # read back from the document's source path
    r = score(gold, preds)
    # 晋中市 / 山西省 come from the division table, not the text: ignored, not FP.
    assert (r.entities_micro.tp, r.entities_micro.fp, r.entities_micro.fn) == (4, 0, 0)
    assert (r.relations_micro.tp, r.relations_micro.fp, r.relations_micro.fn) == (3, 0, 0)
    assert r.amount_accuracy == 1.0
    # Documents and store give the same score.
    r2 = score(gold, predictions_from_documents([doc]))
    assert r2.to_dict() == r.to_dict()


def test_evaluate_store_report_prints_as_table(tmp_path):
    from kg.evaluation import evaluate_store

    store = _store_with_doc()
    d = write_gold(tmp_path, [ent("c", "Company", "宏达钢铁集团")], [])
    r = evaluate_store(d, store, texts={"001_x": TEXT}, errors=True)
    assert r.entities["Company"].tp == 1
    out = str(r)
    assert out == format_report(r, errors=True) and "Park false positives (1)" in out
    assert "false positives" not in str(evaluate_store(d, store, texts={"001_x": TEXT}))


# -- the gold README's rules for places named inside other names and table knowledge --------

INSIDE_TEXT = "上海华谊新材料有限公司在平遥县投资建设新项目。山西省河津市也在推进。"


def test_place_named_only_inside_another_name_is_ignored(tmp_path):
    ents = [ent("co", "Company", "上海华谊新材料有限公司"), ent("py", "Place", "平遥县", ["平遥"])]
    preds = [pe("CO", "Company", "上海华谊新材料有限公司"), pe("PY", "Place", "平遥县"),
             pe("SH", "Place", "上海市", "上海")]
    r = run(tmp_path, ents, [], preds, [PredTriple("CO", "locatedIn", "SH")], text=INSIDE_TEXT)
    assert r.entities["Place"].fp == 0 and r.relations["locatedIn"].fp == 0
    # written on its own as well, 上海 is a place the gold misses: a false positive
    r = run(tmp_path, ents, [], preds, [], text=INSIDE_TEXT + "上海的客商也来了。")
    assert r.entities["Place"].fp == 1


def test_gold_place_named_only_inside_another_name_is_no_miss(tmp_path):
    ents = [ent("co", "Company", "上海华谊新材料有限公司"), ent("sh", "Place", "上海市", ["上海"])]
    triples = [{"s": "co", "p": "locatedIn", "o": "sh"}]
    r = run(tmp_path, ents, triples, [pe("CO", "Company", "上海华谊新材料有限公司")], text=INSIDE_TEXT)
    assert r.entities["Place"].fn == 0 and r.relations["locatedIn"].fn == 0


def test_optional_gold_place_named_only_inside_another_name_leaves_no_required_edge(tmp_path):
    # the annotator marked the place optional but its edge required: a predicted edge to such a
    # place is ignored, so the gold edge must be too, or it is a miss no extractor can find
    ents = [ent("co", "Company", "上海华谊新材料有限公司"), ent("sh", "Place", "上海市", ["上海"], optional=True)]
    triples = [{"s": "co", "p": "locatedIn", "o": "sh"}]
    preds = [pe("CO", "Company", "上海华谊新材料有限公司"), pe("SH", "Place", "上海市", "上海")]
    r = run(tmp_path, ents, triples, preds, [PredTriple("CO", "locatedIn", "SH")], text=INSIDE_TEXT)
    assert r.relations["locatedIn"].fn == 0 and r.relations["locatedIn"].fp == 0


def test_located_in_a_place_of_its_own_name_is_ignored(tmp_path):
    ents = [ent("co", "Company", "上海华谊新材料有限公司"), ent("sh", "Place", "上海市", ["上海"]),
            ent("py", "Place", "平遥县", ["平遥"])]
    preds = [pe("CO", "Company", "上海华谊新材料有限公司"), pe("SH", "Place", "上海市", "上海"),
             pe("PY", "Place", "平遥县")]
    text = INSIDE_TEXT + "上海的客商也来了。"
    r = run(tmp_path, ents, [], preds, [PredTriple("CO", "locatedIn", "SH")], text=text)
    assert r.relations["locatedIn"].fp == 0 and r.ignored_triples == 1
    r = run(tmp_path, ents, [], preds, [PredTriple("CO", "locatedIn", "PY")], text=text)
    assert r.relations["locatedIn"].fp == 1


def test_part_of_from_the_table_is_ignored_unless_the_page_spells_it_out(tmp_path):
    ents = [ent("sx", "Place", "山西省", ["山西"]), ent("py", "Place", "平遥县", ["平遥"]),
            ent("hj", "Place", "河津市", ["河津"])]
    preds = [pe("SX", "Place", "山西省"), pe("PY", "Place", "平遥县"), pe("HJ", "Place", "河津市")]
    r = run(tmp_path, ents, [], preds, [PredTriple("PY", "partOf", "SX")], text=INSIDE_TEXT)
    assert r.relations["partOf"].fp == 0 and r.ignored_triples == 1
    # 山西省河津市 is written on the page: a partOf the gold lacks is a false positive
    r = run(tmp_path, ents, [], preds, [PredTriple("HJ", "partOf", "SX")], text=INSIDE_TEXT)
    assert r.relations["partOf"].fp == 1
