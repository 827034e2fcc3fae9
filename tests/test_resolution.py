"""Within-document resolution: one entity per real thing, aliases, stable keys."""

import pytest

from kg.document import Document, Mention
from kg.pipeline import process_rules
from kg.rdf.namespaces import entity_key
from kg.resolve.resolution import resolve


def _entities(text: str, etype: str):
    doc = process_rules(text)
    return sorted((e.name, tuple(sorted(e.aliases))) for e in doc.entities.values() if e.type == etype)


def test_short_company_forms_merge_into_the_legal_name():
    text = ("贵州黔丰种业股份有限公司与湄潭县签约。黔丰股份计划总投资5亿元。"
            "浙江云帆实业有限公司扩产，云帆实业公司副总经理说订单已排到7月。")
    ents = dict(_entities(text, "Company"))
    assert "黔丰股份" in ents["贵州黔丰种业股份有限公司"]
    assert "云帆实业公司" in ents["浙江云帆实业有限公司"]


def test_brand_and_bracketed_seat_short_form_merges_into_the_legal_name():
    text = "华澜储能集团（江西）有限公司新建电池工厂。华澜江西公司负责人介绍，订单已排满。"
    ents = dict(_entities(text, "Company"))
    assert "华澜江西公司" in ents["华澜储能集团（江西）有限公司"]
    # another brand with the same seat is another firm
    text = "华澜储能集团（江西）有限公司新建电池工厂。宏宇江西公司负责人介绍，订单已排满。"
    assert len(_entities(text, "Company")) == 2


def test_group_short_form_does_not_swallow_another_company():
    text = "天宇集团投资焦化项目。江西天宇三极科技股份有限公司研发矿用传感器。"
    names = [n for n, _ in _entities(text, "Company")]
    assert "天宇集团" in names and "江西天宇三极科技股份有限公司" in names


def test_branch_is_not_the_head_office():
    text = "中通赣州分公司负责人介绍，中通研发的溯源系统已上线。"
    names = [n for n, _ in _entities(text, "Company")]
    assert "中通赣州分公司" in names and "中通" in names


def test_park_abbreviations_merge():
    text = "广东广州龙穴岛经济技术开发区发展迅速。龙穴岛经开区新签约项目5个。"
    parks = _entities(text, "Park")
    assert len(parks) == 1
    name, aliases = parks[0]
    assert name == "广州龙穴岛经济技术开发区"
    assert "龙穴岛经开区" in aliases


def test_national_abbreviation_resolves_to_full_name():
    agencies = _entities("工信部等四部门发布通知。", "Agency")
    assert agencies == [("工业和信息化部", ("工信部",))]


def test_place_keys_are_division_codes_and_short_forms_are_aliases():
    doc = process_rules("平遥县位于山西省中部。平遥的古城闻名全国。")
    places = {e.name: e for e in doc.entities.values() if e.type == "Place" and e.aliases}
    assert "平遥县" in places and "平遥" in places["平遥县"].aliases
    assert places["平遥县"].key == "place/140728"
    assert places["平遥县"].parent == "place/140700"


def test_reference_takes_antecedent_entity_and_unresolved_facts_are_dropped():
    doc = Document(id="t", source="t", raw="x", text="x")
    c = Mention(0, 8, "黔丰食品有限公司", "Company")
    ref = Mention(10, 13, "该公司", "Company", is_reference=True)
    doc.mentions = [c, ref]
    resolve(doc)
    # no antecedent link was made (relate not run): the reference stays unresolved
    assert c.entity == entity_key("Company", "黔丰食品有限公司")
    assert ref.entity is None

    doc2 = process_rules("黔丰食品有限公司成立于2001年。该公司主营辣椒制品。")
    ref2 = [m for m in doc2.mentions if m.is_reference][0]
    named = [m for m in doc2.mentions if m.type == "Company" and not m.is_reference][0]
    assert ref2.entity == named.entity


def test_same_page_gives_same_keys():
    text = "湄潭经济开发区引进黔丰食品有限公司年产5万吨辣椒制品项目。"
    a = sorted(process_rules(text).entities)
    b = sorted(process_rules(text).entities)
    assert a == b


def test_same_project_words_on_two_pages_are_two_projects_unless_the_investor_is_the_same():
    from kg.pipeline import process_rules

    def project_key(text: str, doc_id: str) -> str:
        doc = process_rules(text, doc_id=doc_id)
        [key] = [k for k, e in doc.entities.items() if e.type == "Project"]
        return key

    a = project_key("宁夏银光新能源有限公司投资3亿元的年产10万吨光伏组件项目开工。", "a")
    b = project_key("云南滇峰光电有限公司投资2亿元的年产10万吨光伏组件项目开工。", "b")
    c = project_key("宁夏银光新能源有限公司投资3亿元的年产10万吨光伏组件项目投产。", "c")
    assert a != b  # same description, different investors: different plants
    assert a == c  # the same investment reported on two pages: one node


def test_bonded_zone_abbreviation_is_the_same_zone_and_sub_park_keeps_its_own_name() -> None:
    from kg.pipeline import process_rules

    doc = process_rules("福州综保区今年进出口增长。福州综合保税区内企业达80家。记者走进厦门火炬高新区光电产业园，塔吊林立。")
    parks = {e.name: e.aliases for e in doc.entities.values() if e.type == "Park"}
    zone = [n for n in parks if n.startswith("福州综")]
    assert len(zone) == 1
    sub = [n for n in parks if n.endswith("光电产业园")]
    assert sub == ["厦门火炬高新区光电产业园"] and "光电产业园" in parks[sub[0]]


def test_industrial_area_and_eco_city_are_zones_only_with_a_place_or_parent() -> None:
    from kg.pipeline import process_rules

    named = [m.text for m in process_rules("记者在天津经济技术开发区南港工业区看到，项目正在施工。").mentions if m.type == "Park"]
    assert "南港工业区" in named
    assert not [m for m in process_rules("老工业区改造提速，生态城建设起步。").mentions if m.type == "Park"]


def test_park_named_with_its_county_is_also_known_without_it() -> None:
    from kg.pipeline import process_rules

    doc = process_rules("泉州市安溪县湖头光电产业园与福建晶澜光电科技有限公司签约。")
    (park,) = [e for e in doc.entities.values() if e.type == "Park"]
    assert park.name == "安溪县湖头光电产业园" and "湖头光电产业园" in park.aliases


@pytest.mark.parametrize("name", ["光谷生物城", "丝路软件城", "厦门海沧台商投资区"])
def test_more_zone_kinds(name: str) -> None:
    from kg.pipeline import process_rules

    doc = process_rules(f"在{name}，另一条赛道同样火热。")
    assert [m.text for m in doc.mentions if m.type == "Park"] == [name]


def test_zone_committee_long_and_short_forms_are_one_agency() -> None:
    from kg.pipeline import process_rules

    doc = process_rules("重庆经济技术开发区管理委员会与重庆川渝机电有限公司签约。重庆经开区管委会表示将优化服务。")
    assert [e.name for e in doc.entities.values() if e.type == "Agency"] == ["重庆经济技术开发区管理委员会"]


def test_zone_after_a_place_left_outside_its_name_keeps_the_joined_form() -> None:
    from kg.pipeline import process_rules

    doc = process_rules("近日，位于双流区的成都双流国际机场临空经济区与四川蓉航科技有限公司签约。")
    (park,) = [e for e in doc.entities.values() if e.type == "Park"]
    assert "成都" + park.name in park.aliases or park.name.startswith("成都")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上海市金山区金山第二工业区与上海瑞禾生物制药有限公司签署投资协议。", "金山第二工业区"),
        ("柴达木循环经济试验区格尔木工业园内，一条条管廊串起企业。", "格尔木工业园"),
    ],
)
def test_ordinal_zones_and_sub_parks_of_trial_zones(text: str, name: str) -> None:
    from kg.pipeline import process_rules

    names = [n for e in process_rules(text).entities.values() if e.type == "Park" for n in (e.name, *e.aliases)]
    assert any(n.endswith(name) for n in names)


def test_department_long_and_short_forms_and_a_bare_province_are_one_agency() -> None:
    from kg.pipeline import process_rules

    doc = process_rules("山东省发展和改革委员会、山东省工业和信息化厅联合印发《计划》。省发展改革委负责人表示将推进。")
    agencies = {e.name: e.aliases for e in doc.entities.values() if e.type == "Agency"}
    assert set(agencies) == {"山东省发展和改革委员会", "山东省工业和信息化厅"}
    assert "省发展改革委" in agencies["山东省发展和改革委员会"]


def test_a_government_and_a_zone_named_with_a_chain_are_known_by_the_last_place() -> None:
    from kg.pipeline import process_rules

    (gov,) = [e for e in process_rules("潍坊市寿光市人民政府与荷兰格林菲尔德温室技术公司签约。").entities.values()
              if e.type == "Agency"]
    assert "寿光市人民政府" in gov.aliases
    (park,) = [e for e in process_rules("泉州市石狮市伍堡工业园区污水管网改造工程开工。").entities.values()
               if e.type == "Park"]
    assert "伍堡工业园区" in park.aliases


def test_a_foreign_firm_is_named_without_its_country_and_keeps_it_as_alias() -> None:
    from kg.pipeline import process_rules
    from kg.rdf.namespaces import entity_key

    doc = process_rules("园区引进德国福尔坦集团、新加坡丰茂控股集团等企业。")
    firms = {e.name: e for e in doc.entities.values() if e.type == "Company"}
    assert set(firms) == {"福尔坦集团", "丰茂控股集团"}
    assert "德国福尔坦集团" in firms["福尔坦集团"].aliases
    assert firms["福尔坦集团"].key == entity_key("Company", "福尔坦集团")  # the same node on a page without 德国


def test_a_zone_after_a_city_written_in_full_is_also_known_without_it():
    from kg.pipeline import process_rules

    doc = process_rules("铜仁市白鹭经济开发区与远帆集团签约。")
    park = next(e for e in doc.entities.values() if e.type == "Park")
    assert park.name == "铜仁市白鹭经济开发区" and "白鹭经济开发区" in park.aliases


def test_a_zones_committee_is_also_known_with_the_place_written_before_it():
    from kg.pipeline import process_rules

    doc = process_rules("天津白鹭经济技术开发区管委会与远帆集团签约。")
    body = next(e for e in doc.entities.values() if e.type == "Agency")
    assert "天津白鹭经济技术开发区管委会" in {body.name, *body.aliases}


def test_two_registered_firms_sharing_a_brand_stay_two_and_the_brand_joins_its_own():
    doc = process_rules("青禾股份有限公司旗下的襄阳青禾实业有限公司投产。青禾今年还将扩产。")
    firms = {e.name for e in doc.entities.values() if e.type == "Company"}
    assert {"青禾股份有限公司", "襄阳青禾实业有限公司"} <= firms
    brand = next(m for m in doc.mentions if m.type == "Company" and m.text == "青禾")
    assert doc.entities[brand.entity].name == "青禾股份有限公司"


def test_a_free_trade_zone_by_its_long_and_short_names_is_one_zone():
    doc = process_rules("中国（山东）自由贸易试验区设立五年。山东自贸试验区今年新增企业1.2万家。")
    zones = {e.name for e in doc.entities.values() if e.type == "Park"}
    assert zones == {"中国（山东）自由贸易试验区"}


def test_a_high_tech_industrial_park_and_its_gaoxinqu_are_one_zone():
    doc = process_rules("青川高新技术产业园区位于青川县。青川高新区今年引进项目12个。")
    assert {e.name for e in doc.entities.values() if e.type == "Park"} == {"青川高新技术产业园区"}



def test_a_metal_trade_word_opening_a_product_makes_no_brand():
    doc = process_rules("包头稀土高新区重点发展稀土功能材料，中国北方稀土（集团）高技术股份有限公司是龙头。")
    assert {m.text for m in doc.mentions if m.type == "Company"} == {"中国北方稀土（集团）高技术股份有限公司"}


def test_a_listed_firms_stock_name_is_found_by_its_code_and_joins_its_legal_name():
    doc = process_rules("浙江青禾智能控制股份有限公司发布公告。青禾智控（002050）拟投资50亿元建设热管理部件项目。")
    assert {e.name for e in doc.entities.values() if e.type == "Company"} == {"浙江青禾智能控制股份有限公司"}
    assert "青禾智控" in {m.text for m in doc.mentions if m.type == "Company"}


def test_a_groups_firms_in_other_places_stay_two_firms():
    text = ("苏州东山精密制造股份有限公司公告，全资子公司盐城东山精密制造有限公司投资建设精密制造基地。"
            "华禾化学集团股份有限公司的子公司华禾化学（福建）有限公司投资建设MDI项目。")
    firms = {n for n, _aliases in _entities(text, "Company")}
    assert {"苏州东山精密制造股份有限公司", "盐城东山精密制造有限公司",
            "华禾化学集团股份有限公司", "华禾化学（福建）有限公司"} <= firms
    # the same firm with and without a county before its city is one
    text = "甘州区张掖市恒盛源食品有限公司扩建冷库。张掖市恒盛源食品有限公司今年产值增长两成。"
    assert [n for n, _a in _entities(text, "Company") if "恒盛源" in n] == ["甘州区张掖市恒盛源食品有限公司"]


def test_zones_of_one_city_written_with_an_official_kind_stay_apart():
    text = ("大连经济技术开发区是老牌开发区。大连长兴岛经济技术开发区以石化产业为主。"
            "长春汽车经济技术开发区、长春绿园经济开发区和长春经济技术开发区都在长春。")
    names = [n for n, _ in _entities(text, "Park")]
    for zone in ("大连经济技术开发区", "大连长兴岛经济技术开发区", "长春汽车经济技术开发区", "长春绿园经济开发区",
                 "长春经济技术开发区"):
        assert zone in names


def test_a_short_zone_name_cannot_chain_two_zones_named_in_full():
    text = ("宜宾临港经济技术开发区以新能源为主。江苏江阴临港经济开发区则以石化为主。"
            "临港经开区今年新签约项目20个。")
    names = [n for n, _ in _entities(text, "Park")]
    assert "宜宾临港经济技术开发区" in names and "江阴临港经济开发区" in names


@pytest.mark.parametrize("text,etype,short,full", [
    pytest.param("中国华禾能源集团青川炭素有限公司新建石墨化车间。青川炭素公司负责人介绍，车间明年投产。",
                 "Company", "青川炭素公司", "中国华禾能源集团青川炭素有限公司", id="firm_named_after_its_parent_group"),
    pytest.param("杭州华谊（集团）公司与园区签约。杭州华谊将在园区建设精细化学品基地。",
                 "Company", "杭州华谊", "杭州华谊（集团）公司", id="seat_and_brand_of_a_group"),
    pytest.param("贵阳国家高新技术产业开发区今年新增企业300家。贵阳高新区管委会介绍，园区营收增长一成。",
                 "Park", "贵阳高新区", "贵阳国家高新技术产业开发区", id="zone_graded_national"),
])
def test_a_short_form_merges_into_its_full_name(text: str, etype: str, short: str, full: str) -> None:
    assert short in dict(_entities(text, etype))[full]


def test_a_zone_keeps_its_seat_when_one_character_would_be_left() -> None:
    """钦州港经济技术开发区: without 钦州 only 港 is left of the zone's own name, no alias (铜仁市大龙
    经济开发区 → 大龙经济开发区 still is one)."""
    from kg.pipeline import process_rules

    doc = process_rules("钦州港经济技术开发区管委会主任表示，将做好服务。铜仁市大龙经济开发区新签约项目。")
    aliases = {e.name: e.aliases for e in doc.entities.values() if e.type == "Park"}
    assert aliases == {"钦州港经济技术开发区": set(), "铜仁市大龙经济开发区": {"大龙经济开发区"}}


def test_a_documents_short_title_is_the_full_title_it_ends():
    # 《指导意见》提出… after 《关于促进开发区高质量发展的指导意见》: one policy, the short title an alias;
    # with two full titles ending alike, the short one could be either and stays its own
    policies = _entities("近日，福建省政府印发《关于促进开发区高质量发展的指导意见》。《指导意见》提出，到2025年建成"
                         "一批千亿园区。", "Policy")
    assert policies == [("关于促进开发区高质量发展的指导意见", ("指导意见",))]
    policies = _entities("省政府印发《关于促进开发区发展的指导意见》和《关于支持园区建设的指导意见》。《指导意见》提出"
                         "多项举措。", "Policy")
    assert len(policies) == 3


def test_a_registered_name_after_its_parent_group_is_the_firm_itself():
    # 宏运集团锦西钢管新疆有限公司 签订…；锦西钢管新疆有限公司董事长说…: the parent group's name, then
    # the firm's own registered name — one firm; 万华化学集团 and its seated firm stay two
    firms = _entities("开发区与宏运集团锦西钢管新疆有限公司签订钢管项目。锦西钢管新疆有限公司董事长表示将尽快投产。",
                      "Company")
    assert firms == [("宏运集团锦西钢管新疆有限公司", ("锦西钢管新疆有限公司",))]
    firms = _entities("万华化学集团股份有限公司与万华化学（福建）有限公司同日投产。", "Company")
    assert len(firms) == 2
