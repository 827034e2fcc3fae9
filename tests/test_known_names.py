"""What one page teaches, the others use (kg.known_names): a firm named in full on one page is
found, as the same node, where another page of the build names it only by its short form."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from kg import known_names
from kg.build import build
from kg.pipeline import process_rules
from kg.rdf.namespaces import doc_graph, term
from kg.rdf.store import open_store

RDF_TYPE = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = pyoxigraph.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT_LABEL = pyoxigraph.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")

TEACHER = "四川川源精密机械有限公司落户园区，总投资5亿元。川源精密计划明年投产。\n"
LEARNER = "今年以来，川源精密订单饱满，园区新建两条生产线。\n"
OTHER = "绵阳高新区新签约项目12个，总投资80亿元。\n"


def _pages(root: Path, **pages: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def _graph(store_dir: Path) -> list[str]:
    st = open_store(store_dir, read_only=True)
    return sorted(str(q) for q in st)


def _firm_labels(store_dir: Path, doc_id: str) -> set[str]:
    """The names of the firms page ``doc_id``'s graph holds."""
    st = open_store(store_dir, read_only=True)
    graph = pyoxigraph.NamedNode(doc_graph(doc_id))
    company = pyoxigraph.NamedNode(term("Company"))
    firms = {q.subject for q in st.quads_for_pattern(None, RDF_TYPE, company, graph)}
    return {q.object.value for f in firms for p in (RDFS_LABEL, ALT_LABEL)
            for q in st.quads_for_pattern(f, p, None, graph)}


def test_a_page_teaches_the_legal_names_it_writes_and_the_short_forms_it_uses():
    doc = process_rules(TEACHER)
    assert doc.teaches == {"四川川源精密机械有限公司": ["川源精密"]}


def test_a_short_form_another_page_taught_names_the_same_firm(tmp_path: Path):
    pages = _pages(tmp_path / "p", teacher=TEACHER, learner=LEARNER)
    summary = build([pages], tmp_path / "s", progress=False)
    assert summary.ok and summary.second_pass == 1
    assert _firm_labels(tmp_path / "s", "learner") == {"四川川源精密机械有限公司", "川源精密"}


def test_alone_the_page_does_not_know_the_short_form(tmp_path: Path):
    pages = _pages(tmp_path / "p", learner=LEARNER)
    build([pages], tmp_path / "s", progress=False)
    assert "四川川源精密机械有限公司" not in _firm_labels(tmp_path / "s", "learner")


def test_the_graph_does_not_depend_on_the_order_pages_were_added(tmp_path: Path):
    teacher = _pages(tmp_path / "t", teacher=TEACHER)
    learner = _pages(tmp_path / "l", learner=LEARNER, other=OTHER)
    build([teacher, learner], tmp_path / "together", progress=False)
    build([learner], tmp_path / "learner_first", progress=False)
    build([teacher], tmp_path / "learner_first", progress=False)
    build([teacher], tmp_path / "teacher_first", progress=False)
    build([learner], tmp_path / "teacher_first", progress=False)
    together = _graph(tmp_path / "together")
    assert _graph(tmp_path / "learner_first") == together
    assert _graph(tmp_path / "teacher_first") == together


def test_a_page_that_stops_teaching_a_name_takes_it_back_from_the_others(tmp_path: Path):
    teacher = _pages(tmp_path / "t", teacher=TEACHER)
    learner = _pages(tmp_path / "l", learner=LEARNER)
    build([teacher, learner], tmp_path / "s", progress=False)
    (teacher / "teacher.txt").write_text(OTHER, encoding="utf-8")
    build([teacher], tmp_path / "s", progress=False)
    build([teacher, learner], tmp_path / "fresh", progress=False)
    assert _graph(tmp_path / "s") == _graph(tmp_path / "fresh")
    assert "四川川源精密机械有限公司" not in _firm_labels(tmp_path / "s", "learner")


def test_a_stored_page_whose_file_is_gone_is_reported_stale(tmp_path: Path):
    learner = _pages(tmp_path / "l", learner=LEARNER)
    build([learner], tmp_path / "s", progress=False)
    (learner / "learner.txt").unlink()
    teacher = _pages(tmp_path / "t", teacher=TEACHER)
    summary = build([teacher], tmp_path / "s", progress=False)
    assert summary.ok and summary.stale == ["learner"]
    assert "could not be read again" in summary.format()


def test_a_form_two_legal_names_share_names_neither():
    lex = known_names.lexicon([
        {"中建三局集团有限公司": ["中建三局"], "中建科工集团有限公司": ["中建科工"]},
        {"中建三局第一建设工程有限责任公司": ["中建三局"]},
    ])
    assert "中建三局" not in lex and lex["中建科工"] == "中建科工集团有限公司"


def test_the_lexicon_does_not_depend_on_the_order_of_the_pages():
    pages = [{"甲乙丙丁有限公司": ["甲乙丙"]}, {"甲乙丙戊有限公司": ["甲乙丙戊"]}, {"庚辛壬有限公司": []}]
    assert known_names.lexicon(pages) == known_names.lexicon(reversed(pages))


@pytest.mark.parametrize("page", [
    "陕西电子信息集团有限公司今年营收增长。电子信息产业是全省支柱产业。",  # seat and trade words only
    "徐州工程机械集团有限公司今年营收增长。工程机械产业集群加快发展。",
])
def test_a_firm_named_after_its_seat_and_trade_teaches_nothing(page: str):
    assert process_rules(page).teaches == {}


def test_a_place_before_a_known_form_makes_it_the_places_own():
    """赣州国际陆港 on another page is the city's port, not 赣州国际陆港集团 a page taught as 国际陆港."""
    known = {"国际陆港": "某某国际陆港集团有限公司"}
    doc = process_rules("一列满载家具的班列从赣州国际陆港驶出。", known=known)
    assert not [m for m in doc.mentions if m.rule == "company.known_name"]
    doc = process_rules("今年以来，国际陆港开行班列300列。", known=known)
    assert [m.text for m in doc.mentions if m.rule == "company.known_name"] == ["国际陆港"]


def test_a_teaching_round_trips_through_its_literal():
    literal = known_names.encode("四川川源精密机械有限公司", ["川源精密", "川源"])
    assert known_names.decode(literal) == ("四川川源精密机械有限公司", ["川源精密", "川源"])


def test_a_build_that_shares_no_names_is_caught_up_by_the_next(tmp_path: Path):
    teacher = _pages(tmp_path / "t", teacher=TEACHER)
    learner = _pages(tmp_path / "l", learner=LEARNER)
    build([teacher], tmp_path / "s", progress=False)
    build([learner], tmp_path / "s", progress=False, share_names=False)
    assert "四川川源精密机械有限公司" not in _firm_labels(tmp_path / "s", "learner")
    build([_pages(tmp_path / "o", other=OTHER)], tmp_path / "s", progress=False)
    assert "四川川源精密机械有限公司" in _firm_labels(tmp_path / "s", "learner")


@pytest.mark.parametrize(("page", "brand"), [
    ("特斯拉（上海）有限公司在临港新片区投产。特斯拉上海工厂今年交付增长。", "特斯拉"),
    ("哈电集团哈尔滨电机厂有限责任公司承建机组。哈电集团表示将按期交付。", "哈电集团"),
])
def test_the_brand_of_a_groups_local_company_is_not_taught_for_it(page: str, brand: str):
    """On another page 特斯拉 and 哈电集团 name the group, not its local company."""
    assert brand not in known_names.lexicon([process_rules(page).teaches])
