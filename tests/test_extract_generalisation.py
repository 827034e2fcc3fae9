"""Failure classes seen on unseen provinces, each tested with sentences written
for the test (invented companies, provinces other than the seeds'): the rule
must hold for the *class*, not for one article's wording."""

from kg.pipeline import process_text


def _m(doc, typ):
    return [m.text for m in doc.mentions if m.type == typ and not m.is_reference]


def _rel(doc, pred):
    out = []
    for f in doc.facts:
        if f.predicate != pred:
            continue
        o = doc.entities[f.obj.entity].name if f.obj is not None else f.literal
        out.append((doc.entities[f.subject.entity].name, o))
    return out


# --- class 2: division short forms inside other words ---------------------------------------

def test_short_county_form_of_another_province_is_not_a_place():
    # 海门 is a district of 江苏; on a page about 福建 it is part of a brand
    doc = process_text("福建省泉州市的海门湖创新产业园今年新增企业20家，引进海门时代新材料有限公司。")
    assert "海门" not in _m(doc, "Place")
    assert "泉州市" in _m(doc, "Place")
    assert not any("海门区" in o for _s, o in _rel(doc, "locatedIn"))


def test_short_county_form_inside_the_page_region_is_still_a_place():
    doc = process_text("江苏省南通市海门经济技术开发区今年新增企业20家。")
    assert "海门" in _m(doc, "Place")


def test_short_form_after_a_province_in_a_legal_name_is_the_trade_name():
    # 天河 is a district of 广东 (same region) but here it is the firm's 字号
    doc = process_text("广东天河精密制造有限公司在肇庆高新区投资建设新厂。")
    assert "广东天河精密制造有限公司" in _m(doc, "Company")
    assert "天河" not in _m(doc, "Place")
    assert not any(o.startswith("天河") for _s, o in _rel(doc, "locatedIn"))


def test_city_short_form_of_another_province_only_where_it_starts_a_zone():
    doc = process_text("湖南省岳阳市的洞庭湖公司与宜昌兴达化工合作社签约，"
                       "同时考察了苏州工业园区。")
    places = _m(doc, "Place")
    assert "宜昌" not in places  # inside a co-op's name, 湖北 is not on the page
    assert "苏州" in places  # starts a zone name: kept
