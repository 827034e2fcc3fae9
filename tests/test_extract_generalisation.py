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


# --- class 1: name boundaries ---------------------------------------------------------------

def test_conjunction_before_a_zone_is_not_part_of_its_name():
    doc = process_text("湖北三环锻造有限公司近日与襄阳高新区管委会签订合作协议。")
    assert "襄阳高新区管委会" in _m(doc, "Agency")
    assert "襄阳高新区" in _m(doc, "Park")
    assert not any(t.startswith("与") for t in _m(doc, "Park") + _m(doc, "Agency"))
    assert ("襄阳高新区管委会", "湖北三环锻造有限公司") in _rel(doc, "signsWith") or \
        ("湖北三环锻造有限公司", "襄阳高新区管委会") in _rel(doc, "signsWith")


def test_conjunction_after_a_reference_word_is_cut():
    doc = process_text("该企业与雄安新区达成合作，共建数据中心。")
    assert "雄安新区" in _m(doc, "Park")


def test_conjunction_between_industry_words_stays_in_a_zone_name():
    doc = process_text("去年，潍坊光电与智能装备产业园新增企业12家。")
    assert "潍坊光电与智能装备产业园" in _m(doc, "Park")


# --- class 5: kinds and counts of projects are not projects -----------------------------------

def test_counted_enumeration_lists_project_categories():
    doc = process_text("青海省海西州将布局储能电站、氢能装备等项目8个，总投资120亿元。")
    assert not any(p in ("储能电站", "氢能装备") for p in _m(doc, "Project"))
    doc = process_text("去年，园区新签约数字经济、生物医药等12个项目。")
    assert _m(doc, "Project") == []


def test_enumerated_named_projects_without_count_stay():
    doc = process_text("园区今年将推进年产8万吨电解液、年产2万吨隔膜等项目。")
    assert "年产8万吨电解液" in _m(doc, "Project")


def test_category_phrases_before_xiangmu_are_not_names():
    doc = process_text("今年，宁夏银川经开区引进民营企业项目9个、新材料项目5个，招引外资项目两个。")
    assert _m(doc, "Project") == []


def test_legal_names_keep_words_that_contain_a_stop_character():
    # 据 alone ends a name (据了解) but 数据 is a noun; 投资 before 有限公司 names the business
    doc = process_text("由湖南长丰数据科技有限公司总投资8亿元建设的长丰智慧物流中心二期项目近日封顶。")
    assert "湖南长丰数据科技有限公司" in _m(doc, "Company")
    assert "长丰智慧物流中心二期项目" in _m(doc, "Project")
    doc = process_text("该园区由青川县交通建设投资有限公司负责运营。")
    assert "青川县交通建设投资有限公司" in _m(doc, "Company")
