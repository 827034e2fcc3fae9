"""Recognition on sentences written for the tests (other provinces than the seeds)."""

import pytest

from kg.document import Document
from kg.extract.recognition import RULES as RECOGNISERS
from kg.extract.recognition import recognise
from kg.pipeline import process_rules


def _mentions(text: str):
    doc = recognise(Document(id="t", source="t", raw=text, text=text))
    return doc.mentions


def _named(text: str, etype: str) -> list[str]:
    return [m.text for m in _mentions(text) if m.type == etype and not m.is_reference]


def test_company_left_boundary_stops_at_verb_and_keeps_place_prefix():
    text = "记者走进贵州宏福实业集团有限公司生产车间，看到工人正在调试设备。"
    assert _named(text, "Company") == ["贵州宏福实业集团有限公司"]


def test_company_with_parenthesised_seat():
    text = "据介绍，盛虹石化（连云港）新材料有限公司年产120万吨乙二醇项目开工。"
    assert "盛虹石化（连云港）新材料有限公司" in _named(text, "Company")


def test_company_place_chain_is_not_part_of_the_name():
    text = "在江苏省盐城市东方集团的车间里，机器轰鸣。"
    assert _named(text, "Company") == ["东方集团"]


def test_anonymous_company_is_not_an_entity():
    text = "位于苏州工业园区的一家精密模具有限公司工人在调试设备。"
    assert _named(text, "Company") == []


def test_company_enumeration_with_count():
    text = "黔味源、老干爹、山里红、苗乡情4家龙头企业与镇里签订了收购协议。"
    assert _named(text, "Company") == ["黔味源", "老干爹", "山里红", "苗乡情"]


def test_industry_enumeration_is_not_companies():
    text = "鼓励食品加工、铸造、橡胶等传统优势企业加大投入。"
    assert _named(text, "Company") == []


def test_short_brand_name_in_actor_position():
    text = "近年来，黔丰食品投资建设冷链仓库。"
    assert _named(text, "Company") == ["黔丰食品"]


def test_parks_full_and_abbreviated():
    text = "贵阳经济技术开发区加快发展。今年，贵阳经开区新签约项目12个。"
    assert _named(text, "Park") == ["贵阳经济技术开发区", "贵阳经开区"]


def test_titles_and_generic_zone_words_are_not_parks():
    text = "该区成功入选国家级绿色工业园区，进一步提升园区的承载能力。"
    assert _named(text, "Park") == []


def test_park_committee_is_an_agency():
    text = "昆山高新技术产业开发区管委会负责人介绍了情况。"
    assert _named(text, "Agency") == ["昆山高新技术产业开发区管委会"]
    assert _named(text, "Park") == ["昆山高新技术产业开发区"]


def test_agencies_national_and_local():
    text = "财政部、工信部和江苏省工信厅、苏州市发展改革委出席会议，修水县委、县政府高度重视。"
    names = _named(text, "Agency")
    for want in ("财政部", "工信部", "江苏省工信厅", "苏州市发展改革委", "修水县委", "县政府"):
        assert want in names


def test_department_in_general_is_not_the_ministry():
    text = "再统一向财政部门申请贴息。"
    assert _named(text, "Agency") == []


def test_policy_in_book_title_marks_without_marks():
    text = "省政府印发《关于加快开发区转型升级的若干意见》，歌曲《茶乡之恋》随之传唱。"
    assert _named(text, "Policy") == ["关于加快开发区转型升级的若干意见"]


def test_project_name_without_investor_and_amount():
    text = "黔丰食品投资3.2亿元的年产5万吨辣椒制品项目正式开工。"
    assert _named(text, "Project") == ["年产5万吨辣椒制品项目"]


def test_project_counts_are_not_projects():
    text = "全年实施10个重点项目，总投资43亿元，多个项目加快建设。"
    assert _named(text, "Project") == []


def test_project_enumeration_before_deng_xiangmu():
    text = "公司投资2亿元新上了锅炉脱硫改造、原料堆场封闭改造等项目。"
    assert _named(text, "Project") == ["锅炉脱硫改造", "原料堆场封闭改造"]


def test_places_full_short_towns_and_villages():
    text = "在贵州省遵义市湄潭县永兴镇茶园村，茶香四溢。贵州的茶叶远销各地。"
    names = _named(text, "Place")
    assert names[:5] == ["贵州省", "遵义市", "湄潭县", "永兴镇", "茶园村"]
    assert "贵州" in names


def test_county_short_form_needs_support_from_the_page():
    # 资源 is a county short form (资源县) but here an ordinary word
    text = "当地资源优势明显，发展特色产业。"
    assert _named(text, "Place") == []
    # 湄潭 starts a zone name, so it is a place
    text2 = "湄潭经济开发区新落户企业8家。"
    assert _named(text2, "Place") == ["湄潭"]


def test_reference_words_are_marked():
    text = "贵州宏福实业集团有限公司成立于2001年。该公司主营磷化工。"
    refs = [m for m in _mentions(text) if m.is_reference]
    assert [(m.text, m.type) for m in refs] == [("该公司", "Company")]


def test_executive_titles_mark_a_company():
    text = "比亚迪董事长王传福表示，公司副总经理也出席了会议。"
    assert _named(text, "Company") == ["比亚迪"]


def test_bracketed_zone_abbreviation_is_an_alias_mention():
    text = "郑州航空港经济综合实验区（郑州航空港区）发展迅速，郑州航空港区新签约项目36个。"
    parks = _named(text, "Park")
    assert parks[0] == "郑州航空港经济综合实验区"
    assert parks.count("郑州航空港区") == 2


def test_generic_town_and_village_words_are_not_places():
    text = "推进乡镇企业发展，壮大村集体经济。各乡镇要建设美丽乡村，打造特色小镇，保护古镇风貌，助力乡村振兴。"
    assert _named(text, "Place") == []
    text2 = "在高坪镇，农民收入增长。白沙村与龙潭村合作。"
    assert _named(text2, "Place") == ["高坪镇", "白沙村", "龙潭村"]


def test_local_bureaus_by_generic_suffix_but_not_clauses():
    text = "宜昌市乡村振兴局、宜昌市文化和旅游局负责人出席。宜昌市加快发展局面良好。"
    assert _named(text, "Agency") == ["宜昌市乡村振兴局", "宜昌市文化和旅游局"]


def test_words_ending_in_ju_are_not_bureaus():
    text = "优化云州区畜禽养殖产业布局，开创长治高质量发展新局。"
    assert _named(text, "Agency") == []


def test_verb_plus_noun_suffix_stays_in_the_project_name():
    text = "由贵州航天电器股份有限公司投资建设的高端连接器产业化项目总投资15亿元。"
    assert _named(text, "Project") == ["高端连接器产业化项目"]


def test_zone_after_a_full_place_chain_starts_at_its_own_place():
    text = "在贵州省遵义市汇川区遵义经济技术开发区，工人正在调试新设备。"
    assert _named(text, "Park") == ["遵义经济技术开发区"]


def test_enumerations_end_at_deng_and_towns_named_cheng():
    text = "乐义蔬菜、七彩庄园等龙头企业加快扩产。洛城街道东斟灌村的大棚里，村民采摘彩椒。推进小城镇建设。"
    assert _named(text, "Company") == ["乐义蔬菜", "七彩庄园"]
    assert _named(text, "Place") == ["洛城街道", "东斟灌村"]


def test_partners_after_yu_are_marked():
    mentions = _mentions("园区与先正达、拜耳等企业开展合作。")
    assert [(m.text, m.source) for m in mentions if m.type == "Company"] == [("先正达", "partner"), ("拜耳", "partner")]


def test_foreign_company_with_bracketed_seat_and_conjunction_before_a_zone():
    text = "ABB（中国）有限公司与厦门火炬高技术产业开发区管委会签约。"
    assert _named(text, "Company") == ["ABB（中国）有限公司"]
    assert _named(text, "Park") == ["厦门火炬高技术产业开发区"]


def test_new_area_that_is_a_division_is_a_place_not_a_zone():
    text = "上海市浦东新区聚集了大批企业。"
    assert _named(text, "Park") == []
    assert _named(text, "Place") == ["上海市", "浦东新区"]


def test_short_brand_before_stacked_industry_words_and_time_words():
    text = "恒天装备制造今年投资建厂。黔丰食品去年营收50亿元。再到陶瓷膜智能制造生产线，全部采用绿色工艺。"
    assert _named(text, "Company") == ["恒天装备制造", "黔丰食品"]


def test_byline_glued_to_a_zone_is_cut_at_the_place() -> None:
    parks = _named("本报讯通讯员张伟李娜曲靖经济技术开发区日前集中签约9个项目。", "Park")
    assert parks == ["曲靖经济技术开发区"]


def test_byline_glued_to_a_zone_is_cut_where_the_page_names_it_again() -> None:
    text = "本报讯记者赵刚通讯员周敏金桥经济技术开发区内，塔吊林立。图为金桥经济技术开发区一角。"
    assert _named(text, "Park") == ["金桥经济技术开发区", "金桥经济技术开发区"]


def test_listed_firms_with_more_trade_words_and_specs_that_are_products() -> None:
    named = _named("园区先后引进康泰生物、滇益医疗器械、华芯半导体等企业。", "Company")
    assert named == ["康泰生物", "滇益医疗器械", "华芯半导体"]
    assert _named("园区引进六轴机器人、五代芯片等企业。", "Company") == []


def test_agency_of_a_zone_by_short_and_long_form_is_one_agency() -> None:
    from kg.pipeline import process_text

    doc = process_text("昆明经济技术开发区管委会与云南滇池科技有限公司签约。昆明经开区管委会负责人表示，将优化服务。")
    assert [e.name for e in doc.entities.values() if e.type == "Agency"] == ["昆明经济技术开发区管委会"]


def test_short_name_found_once_is_found_again_in_a_second_list() -> None:
    text = "基金已投资曙光数创、云海信息、精准医疗等17家科技型企业，其中曙光数创、云海信息今年获评省级专精特新企业。"
    named = _named(text, "Company")
    assert named.count("曙光数创") == 2 and named.count("云海信息") == 2


@pytest.mark.parametrize(
    "text",
    [
        "产品七成以上出口，零关税、加工增值免关税等政策每年可为企业节省成本上亿元。",
        "开发区将继续做强电工电器、装备制造和果品加工三大产业集群。",
    ],
)
def test_policies_and_goals_in_lists_are_not_firms(text: str) -> None:
    assert _named(text, "Company") == []


def test_legal_name_whose_brand_holds_a_verb_starts_at_the_clause() -> None:
    assert _named("在西安高新区，秦芯显示科技（西安）有限公司的产线上。", "Company") == ["秦芯显示科技（西安）有限公司"]
    assert _named("要推动科技有限公司发展。", "Company") == []


def test_a_list_closed_by_firms_takes_brand_plus_trade_items() -> None:
    named = _named("近年来，启航汽车、鲸驰动力、中汇电驱等整车和零部件企业先后落户。", "Company")
    assert "中汇电驱" in named and "鲸驰动力" in named
    assert _named("园区引进光伏、储能等企业。", "Company") == []


def test_a_counted_product_is_not_a_firm() -> None:
    assert _named("基地投产后年产能达到5000台人形机器人。", "Company") == []


def test_a_name_part_that_is_a_district_elsewhere_is_no_place_in_the_chain() -> None:
    from kg.pipeline import process_text

    doc = process_text("初冬时节，武汉东湖新技术开发区内塔吊林立。")
    assert [m.text for m in doc.mentions if m.type == "Place"] == ["武汉"]
    assert not [e for e in doc.entities.values() if e.type == "Place" and e.name.startswith("江西")]


@pytest.mark.parametrize(
    "text",
    ["这是福清市今年投产的第5个亿元以上食品加工项目。", "安溪湖头光电产业园再添芯片项目", "园区正在筹划二期工程，总投资5亿元。",
     "公司将继续推进制造业项目建设。"],
)
def test_more_kinds_and_verbs_are_not_project_names(text: str) -> None:
    from kg.pipeline import process_text

    assert [m.text for m in process_text(text).mentions if m.type == "Project"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5月，芜湖经开区与安徽鸿途供应链管理有限公司签约。", "安徽鸿途供应链管理有限公司"),
        ("6月18日，合肥新站高新技术产业开发区与安徽晶锐显示科技有限公司签约。", "安徽晶锐显示科技有限公司"),
        ("走进长沙经济技术开发区湖南铁骏重工机械股份有限公司的桩机智能工厂。", "湖南铁骏重工机械股份有限公司"),
    ],
)
def test_legal_name_boundaries_through_trade_words_and_after_a_zone(text: str, name: str) -> None:
    assert _named(text, "Company") == [name]


def test_bracketed_place_inside_a_cooperation_zone_name() -> None:
    assert _named("近日，中韩（长春）国际合作示范区举行项目集中签约活动。", "Park") == ["中韩（长春）国际合作示范区"]


def test_a_quantity_is_not_a_brand() -> None:
    assert _named("一期500P算力已于5月上线，园区新增520台机器人。", "Company") == []


@pytest.mark.parametrize(
    "text",
    ["对新认定的省级以上特色产业园，省级财政给予奖励。", "苏中、苏北开发区增速更快。", "嘉兴经开区获评浙江省“亩均论英雄”改革优秀园区。",
     "1至5月，山西省开发区新开工项目67个。"],
)
def test_classes_regions_and_titles_are_not_zones(text: str) -> None:
    from kg.pipeline import process_text

    assert [m.text for m in process_text(text).mentions if m.type == "Park" and not m.is_reference] in (
        [], ["嘉兴经开区"])


def test_a_municipality_names_its_own_zone() -> None:
    assert _named("已于9月落户天津经开区，预计明年投产。", "Park") == ["天津经开区"]


def test_a_zones_bureau_is_an_agency_and_a_product_line_is_no_firm() -> None:
    assert "南通经开区经济发展局" in _named("“增长主要来自两个板块。”南通经开区经济发展局负责人说。", "Agency")
    assert _named("图为黔锂新能源科技（贵州）有限公司正极材料生产车间一角。", "Company") == ["黔锂新能源科技（贵州）有限公司"]
    assert _named("后者将在江北新区生物医药谷投资3.8亿元建设亚太研发中心。", "Company") == []


def test_product_categories_in_a_list_are_not_firms() -> None:
    assert _named("围绕智能终端，已有玻璃盖板、摄像模组、精密结构件等配套企业200余家。", "Company") == []


@pytest.mark.parametrize("text", ["桂林经开区日前获评2025年度广西“五星级园区”。", "力争建成千亿级园区。", "坚持“铜不出园区”。",
                                  "赣北地区开发区发展较快。"])
def test_grades_slogans_and_regions_are_not_zones(text: str) -> None:
    from kg.pipeline import process_text

    assert [m.text for m in process_text(text).mentions if m.type == "Park" and not m.is_reference] in ([], ["桂林经开区"])


def test_a_share_is_not_a_firm_and_stainless_steel_is_a_zone_word() -> None:
    assert _named("该公司与新加坡星原数据集团合资成立，双方各占50%股份。", "Company") == ["新加坡星原数据集团"]
    assert _named("太原不锈钢产业园区：晋钢精工项目投产。", "Park") == ["太原不锈钢产业园区"]


def test_locative_and_settling_verbs_are_not_name_parts() -> None:
    from kg.pipeline import process_text

    assert _named("区内湘江晶元半导体有限公司投资3亿元建设功率芯片封测生产线。", "Company") == ["湘江晶元半导体有限公司"]
    assert _named("湖南星驰智能装备有限公司扎根长沙经济技术开发区十余年。", "Park") == ["长沙经济技术开发区"]
    assert [m for m in process_text("沈阳、大连两市开发区发展迅速。").mentions if m.type == "Park" and not m.is_reference] == []
    parks = [e.name for e in process_text("重庆两江新区管理委员会与渝西智联电子（重庆）有限公司签约。").entities.values()
             if e.type == "Park"]
    assert parks == ["重庆两江新区"]


def test_firm_list_closed_by_a_kind_word_keeps_common_word_members():
    text = "园区的磁钢装进了蔚蓝、星河、小米等品牌的新能源汽车里。"
    assert _named(text, "Company") == ["蔚蓝", "星河", "小米"]


def test_firm_list_introduced_by_yi_wei_daibiao():
    text = "以京华方、英驰尔为代表的电子信息链主企业带动配套。"
    assert _named(text, "Company") == ["京华方", "英驰尔"]


def test_products_listed_before_a_kind_of_firm_are_not_firms():
    text = "园区引进了玻璃盖板、摄像模组、精密结构件等配套企业。"
    assert _named(text, "Company") == []


@pytest.mark.parametrize(
    ("text", "agency"),
    [("甘肃省人民代表大会常务委员会审议通过《甘肃省开发区条例》。", "甘肃省人民代表大会常务委员会"),
     ("省人大常委会调研组来到园区。", "省人大常委会"),
     ("省委办公厅、省政府办公厅联合印发通知。", "省委办公厅")],
)
def test_legislatures_and_general_offices_are_agencies(text: str, agency: str) -> None:
    assert agency in _named(text, "Agency")


def test_special_cooperation_zone_and_its_committee():
    text = "青山特别合作区管委会与远洋集团签署协议。"
    assert _named(text, "Park") == ["青山特别合作区"] and _named(text, "Agency") == ["青山特别合作区管委会"]


@pytest.mark.parametrize(
    ("text", "park"),
    [("继泰兴医药高新技术产业开发区之后，又一家园区获批。", "泰兴医药高新技术产业开发区"),
     ("我省现有贵阳综合保税区等4个综保区。", "贵阳综合保税区"),
     ("湖北入选的有襄阳高新技术产业开发区和黄冈高新技术产业开发区。", "襄阳高新技术产业开发区"),
     ("今年获评荣誉的通化医药高新区再添新企业。", "通化医药高新区"),
     ("园区概况：中马钦州产业园区位于广西。", "中马钦州产业园区"),
     ("新加坡企业落户中新天津生态城。", "中新天津生态城"),
     ("京冀共建的亦庄·永清高新技术产业开发区迎来新项目。", "亦庄·永清高新技术产业开发区")],
)
def test_glue_words_before_a_zone_are_not_its_name(text: str, park: str) -> None:
    assert park in _named(text, "Park")


@pytest.mark.parametrize("text", ["贵州开发区今年新增规上企业120家。", "江苏园区数量全国第一。"])
def test_a_province_and_a_bare_zone_word_name_no_zone(text: str) -> None:
    assert _named(text, "Park") == []


def test_a_municipality_and_a_zone_word_may_name_one_zone():
    assert _named("天津开发区新签约项目12个。", "Park") == ["天津开发区"]


def test_an_agency_glued_to_a_zone_word_is_no_zone():
    assert _named("湖北省商务厅开发区处负责人介绍。", "Park") == []


def test_a_filer_speaking_of_itself_is_no_firm_name():
    text = "本项目的实施将进一步完善公司产业链布局，不构成公司对投资者的承诺。"
    assert [m.text for m in _mentions(text) if m.type == "Company" and not m.is_reference] == []


def test_subsidiary_word_before_a_legal_name_is_not_part_of_it():
    text = "公司拟通过全资子公司青禾科技海缆股份有限公司投资建设海洋装备产业基地。"
    assert "青禾科技海缆股份有限公司" in _named(text, "Company")


@pytest.mark.parametrize(
    ("text", "firm"),
    [("东莞虎门港综合保税区内，广东华为终端有限公司的物流中心正在扩建。", "广东华为终端有限公司"),
     ("远帆集团工程机械股份有限公司在徐州经济技术开发区扩建。", "远帆集团工程机械股份有限公司")],
)
def test_legal_names_keep_a_brand_the_dictionary_knows_and_their_group(text: str, firm: str) -> None:
    assert firm in _named(text, "Company")


def test_provincial_offices_and_shortened_department_names():
    text = "省人民政府办公厅、省人力资源社会保障厅、省委组织部联合发文。"
    assert _named(text, "Agency") == ["省人民政府办公厅", "省人力资源社会保障厅", "省委组织部"]


@pytest.mark.parametrize(
    ("text", "park"),
    [("大亚湾石化区今年引进项目。", "大亚湾石化区"), ("鹤山工业城引进项目。", "鹤山工业城"),
     ("宜都化工园今年引进项目。", "宜都化工园"), ("沪遵产业合作园今年签约5个项目。", "沪遵产业合作园")],
)
def test_more_kinds_of_zone_and_a_place_right_before_the_kind(text: str, park: str) -> None:
    assert park in _named(text, "Park")


def test_a_ranking_named_after_a_kind_of_zone_is_no_zone():
    assert _named("去年，白鹭石化区在中国化工园区30强中排名第一。", "Park") == ["白鹭石化区"]


@pytest.mark.parametrize("rule", sorted(RECOGNISERS))
def test_every_recogniser_finds_a_mention_in_its_own_example(rule: str) -> None:
    from kg.known_names import lexicon
    from kg.pipeline import process_rules

    record = RECOGNISERS[rule]
    known = lexicon([process_rules(record.teacher).teaches]) if record.teacher else None
    found = {m.rule for m in process_rules(record.example, known=known).mentions}
    assert rule in found, f"{rule}: its example gives mentions of {sorted(found)}"


@pytest.mark.parametrize(("text", "firm"), [
    ("在疏勒经济开发区，山东如意科技集团有限公司投资建设纺织服装产业基地。", "山东如意科技集团有限公司"),
    ("调研组重点了解华为终端有限公司的生产情况。", "华为终端有限公司"),
    ("他所在的公司，是日本电产株式会社在中国最早设立的生产基地之一。", "日本电产株式会社"),
])
def test_a_stop_character_inside_a_word_cuts_at_the_words_edge(text: str, firm: str) -> None:
    """如 in 如意, 了 in 了解, 日 in 日本: the segmentation decides whether the stop is a word of its own."""
    assert firm in _named(text, "Company")


def test_countries_firms_come_from_are_no_firms():
    assert _named("专窗开通第一周，就为来自日本、德国的5家企业办理了相关业务。", "Company") == []


@pytest.mark.parametrize(("text", "firm"), [
    ("园区内，华禾石油化工股份有限公司青川分公司、川源化工集团有限公司入选。", "华禾石油化工股份有限公司青川分公司"),
    ("华禾汽车集团有限公司黄骅分公司年产整车15万辆。", "华禾汽车集团有限公司黄骅分公司"),
])
def test_a_branch_named_after_its_head_office_is_one_name(text: str, firm: str) -> None:
    assert firm in _named(text, "Company")


@pytest.mark.parametrize(("text", "firm"), [
    ("青川经开区引进的贵州华禾电子信息产业技术研究有限公司相关项目开工。", "贵州华禾电子信息产业技术研究有限公司"),
    ("同在主会场开工的还有新疆立新能源股份有限公司的储能电站。", "新疆立新能源股份有限公司"),
    ("形成了以华禾电子集团有限公司、川源太阳能科技有限责任公司为代表的产业集群。", "华禾电子集团有限公司"),
    ("新能源汽车底盘件项目和湖北华禾锻造有限公司入选。", "湖北华禾锻造有限公司"),
    ("华禾集团所属安徽华禾新能源有限公司投资约28亿元。", "安徽华禾新能源有限公司"),
    ("江苏的川源控股集团有限公司、山东的华禾化学集团股份有限公司都派团参会。", "华禾化学集团股份有限公司"),
])
def test_a_legal_names_left_edge(text: str, firm: str) -> None:
    """研究 before the legal form names the business; a verb right after a leading province is the
    brand's (立新); 以…为代表 is a frame; a project joined by 和, a parent's 所属 and an item's home
    province with 的 stand before the name, not in it."""
    assert firm in _named(text, "Company")


@pytest.mark.parametrize(("text", "firm"), [
    ("公司全资子公司宜昌天赐高新材料有限公司投资建设项目。", "宜昌天赐高新材料有限公司"),
    ("集团日前宣布，向其在华子公司华禾风力技术（中国）有限公司增资。", "华禾风力技术（中国）有限公司"),
])
def test_a_subsidiary_word_is_no_firm_and_no_part_of_the_next(text: str, firm: str) -> None:
    names = _named(text, "Company")
    assert firm in names and not any(n.endswith("子公司") for n in names)


def test_a_registered_name_keeps_its_places_a_short_one_drops_them():
    assert "重庆市荣昌区华禾产业发展有限公司" in _named("重庆市荣昌区华禾产业发展有限公司建设的文创产业园开园。", "Company")
    assert "天宇集团" in _named("江西省九江市天宇集团今年扩产。", "Company")


def test_brands_brought_in_for_their_projects_are_firms_kinds_of_business_are_not():
    assert {"欣旺达", "星源材质", "东阳光"} <= set(_named("高新区新引进欣旺达、星源材质、东阳光等项目26个。", "Company"))
    assert _named("园区引进检测维修、保税研发等新业态项目。", "Company") == []


def test_a_zone_named_after_a_city_whose_name_opens_with_a_scope_character_is_a_zone():
    # 本 (this) and 市 (the city) open titles and classes of zones, and also 本溪 and 市北
    assert "本溪高新技术产业开发区" in _named("本溪高新技术产业开发区位于本溪市。", "Park")
    assert _named("本园区今年引进项目12个。", "Park") == []


@pytest.mark.parametrize("text, firm", [
    ("区内有华禾重工机械股份有限公司、川源铝业有限公司等龙头企业。", "华禾重工机械股份有限公司"),
    ("该区拥有川源铝业有限公司等骨干企业。", "川源铝业有限公司"),
    ("目前已有青川光伏组件有限公司入驻。", "青川光伏组件有限公司"),
])
def test_the_verb_that_lists_firms_is_no_part_of_the_first_name(text: str, firm: str) -> None:
    assert firm in _named(text, "Company")


def test_a_name_whose_first_word_only_begins_with_you_keeps_it():
    assert "有研新材料股份有限公司" in _named("有研新材料股份有限公司发布公告。", "Company")


def test_a_verb_opening_a_longer_noun_does_not_cut_a_legal_name():
    # 供应 is a verb, 供应链 a noun: 丝路通跨境供应链管理 is one firm's name
    assert "青川丝路通跨境供应链管理有限公司" in _named("园区管委会与青川丝路通跨境供应链管理有限公司签约。", "Company")


def test_a_border_economic_cooperation_zone_is_named_whole():
    assert {"瑞丽边境经济合作区", "临沧边境经济合作区"} <= set(_named("瑞丽边境经济合作区、临沧边境经济合作区获评。", "Park"))


def test_a_chemical_park_named_right_after_its_zone_keeps_the_zone_in_its_name():
    assert "青川经济技术开发区化工园区" in _named("青川经济技术开发区化工园区通过认定。", "Park")


def test_a_two_character_stop_that_straddles_two_words_does_not_cut_a_name():
    # 化合 (to combine) is a verb, but 经济文化合作 reads 文化|合作
    assert "汕头华侨经济文化合作试验区" in _named("汕头华侨经济文化合作试验区位于汕头市。", "Park")


def test_an_autonomous_regions_grade_of_zones_is_no_zone():
    assert _named("全区共有自治区级开发区12个。", "Park") == []


def test_a_zone_named_after_two_places_joined_by_a_dash_is_one_zone():
    assert {"磨憨—磨丁经济合作区", "无锡—淮安工业园"} <= set(_named("磨憨—磨丁经济合作区、无锡—淮安工业园获评。", "Park"))
    assert "青川经济开发区" in _named("据介绍—青川经济开发区今年引进项目12个。", "Park")


def test_a_china_bracketed_city_comprehensive_pilot_zone_is_named_whole():
    assert "中国（郑州）跨境电子商务综合试验区" in _named("中国（郑州）跨境电子商务综合试验区获批。", "Park")


def test_an_area_named_after_its_development_zone_is_one_sub_zone():
    assert "汕尾高新技术产业开发区陆丰片区" in _named("汕尾高新技术产业开发区陆丰片区位于陆丰市。", "Park")
    assert _named("城东片区今年建成。", "Park") == []


def test_the_frame_yi_wei_inside_a_clause_is_no_part_of_the_first_name():
    assert "华禾光电集团股份有限公司" in _named("电子信息产业以华禾光电集团股份有限公司为龙头。", "Company")


@pytest.mark.parametrize("text, firm", [
    ("我省华禾轮胎股份有限公司入选。", "华禾轮胎股份有限公司"),
    ("其下设华禾光能（西宁）晶硅材料有限公司。", "华禾光能（西宁）晶硅材料有限公司"),
])
def test_we_the_province_and_xiashe_open_no_name(text: str, firm: str) -> None:
    assert firm in _named(text, "Company")


def test_a_projects_xiangmu_glued_before_a_firm_named_from_its_place_is_no_part_of_it():
    assert "陕西华禾焦化股份有限公司" in _named("年产60万吨针状焦项目陕西华禾焦化股份有限公司27亿元。", "Company")
    assert "上海华禾工程项目管理有限公司" in _named("上海华禾工程项目管理有限公司中标。", "Company")


def test_a_prefectures_administrative_office_is_an_agency():
    assert "喀什地区行政公署" in _named("喀什地区行政公署与企业签订合作协议。", "Agency")
    assert "阿拉善盟行政公署" in _named("阿拉善盟行政公署印发实施方案。", "Agency")


def test_a_farmers_cooperative_and_a_family_farm_are_businesses_a_kind_of_cooperative_is_not():
    assert "青川县鑫果种植专业合作社" in _named("青川县鑫果种植专业合作社与华禾公司签约。", "Company")
    assert "庆华家庭农场" in _named("庆华家庭农场种植大蒜500亩。", "Company")
    assert _named("鼓励农民专业合作社发展。", "Company") == []


def test_a_zone_named_after_two_places_joined_by_a_middle_dot_is_one_zone_a_label_before_it_is_not():
    assert "中国·印尼经贸合作区" in _named("中国·印尼经贸合作区位于西爪哇省。", "Park")
    assert "北京·沧州渤海新区生物医药产业园" in _named("北京·沧州渤海新区生物医药产业园举行签约活动。", "Park")
    assert "河北沧州临港经济技术开发区" in _named("新材料·河北沧州临港经济技术开发区今年引进项目。", "Park")


def test_a_special_economic_zone_is_a_zone():
    assert "西哈努克港经济特区" in "".join(_named("柬埔寨西哈努克港经济特区已入驻企业180家。", "Park"))


def test_a_bare_yuanqu_after_a_predicate_word_is_no_zone():
    assert _named("我省将建设一批开放型园区。", "Park") == []
    assert "青川化工园区" in _named("青川化工园区今年扩区。", "Park")


@pytest.mark.parametrize("text, agency", [
    ("德州市公共资源交易中心发布成交公示。", "德州市公共资源交易中心"),
    ("昆明市生态环境局安宁分局受理该项目环评。", "昆明市生态环境局安宁分局"),
])
def test_a_public_resource_trading_centre_and_a_bureaus_county_branch_are_agencies(text: str, agency: str) -> None:
    assert agency in _named(text, "Agency")


@pytest.mark.parametrize("text, name", [
    ("招标人为扶绥县城市建设投资集团有限公司，招标代理机构为某咨询公司。", "扶绥县城市建设投资集团有限公司"),
    ("调研组一行来到湖北三环锻造有限公司，察看生产线。", "湖北三环锻造有限公司"),
    ("会议提出，应鼓励内蒙古电力（集团）有限责任公司加大投入。", "内蒙古电力（集团）有限责任公司"),
    ("国家电投集团吉林能源投资有限公司投资建设风电项目。", "国家电投集团吉林能源投资有限公司"),
    ("东海岛已吸引中国宝武钢铁集团有限公司等企业落户。", "中国宝武钢铁集团有限公司"),
    ("本募集说明书中，公司指德阳经开区发展（控股）集团有限公司。", "德阳经开区发展（控股）集团有限公司"),
    ("书记一行督导安徽东锦纺织有限公司，察看项目进度。", "安徽东锦纺织有限公司"),
    ("项目实施主体盐城东山精密制造有限公司负责建设。", "盐城东山精密制造有限公司"),
])
def test_a_legal_name_starts_at_its_place_after_the_words_of_a_clause(text: str, name: str) -> None:
    assert name in _named(text, "Company")


@pytest.mark.parametrize("text, name", [
    ("郑州航空港区管委会负责人介绍，今年引进项目30个。", "郑州航空港区管委会"),
    ("博鳌乐城国际医疗旅游先行区管理局发布通知。", "博鳌乐城国际医疗旅游先行区管理局"),
    ("市政府当天与沣西新城管委会签订协议。", "沣西新城管委会"),
])
def test_a_committee_after_a_name_ending_in_a_zone_word_is_an_agency(text: str, name: str) -> None:
    assert name in _named(text, "Agency")


def test_a_committee_after_a_bare_zone_word_is_no_named_agency() -> None:
    text = "试验区管委会负责人介绍，园区管委会将加快建设。"
    assert not [m for m in recognise(Document(id="t", source="t", raw=text, text=text)).mentions
                if m.type == "Agency"]


def test_the_committee_plus_company_model_is_no_firm() -> None:
    text = "园区推行“党工委（管委会）+平台公司”管理模式，管委会+公司的体制运转顺畅。"
    assert not [m for m in recognise(Document(id="t", source="t", raw=text, text=text)).mentions
                if m.type == "Company" and not m.is_reference]


@pytest.mark.parametrize("text", [
    "我们引进澳洲白羊、杜泊羊、湖羊等品种进行杂交改良。",
    "工厂引进数控雕刻、机器人喷涂等设备。",
])
def test_a_list_closed_by_breeds_or_machines_names_no_firm(text: str) -> None:
    assert not [m for m in recognise(Document(id="t", source="t", raw=text, text=text)).mentions
                if m.type == "Company" and not m.is_reference]


def test_a_list_closed_by_a_kind_of_equipment_maker_still_names_firms() -> None:
    text = "开发区已集聚瀚洋重工、远拓精工等海工装备企业20余家。"
    assert {"瀚洋重工", "远拓精工"} <= {m.text for m in recognise(Document(id="t", source="t", raw=text, text=text)).mentions
                                      if m.type == "Company"}


def test_a_zone_named_after_a_place_opening_with_a_conjunction_character_keeps_it():
    # 和田/和林格尔 open with 和: at a clause start it is the place's, not a conjunction
    assert "和田市北京工业园区" in _named("去年，和田市北京工业园区新签约项目12个。", "Park")
    assert "华禾经济技术开发区" in _named("青川经济开发区和华禾经济技术开发区签约。", "Park")


def test_a_zones_committee_past_a_bracketed_other_name_is_its_agency():
    assert "青川经济技术开发区（工业区）管委会" in _named("青川经济技术开发区（工业区）管委会与华禾科技有限公司签约。", "Agency")


def test_a_legal_name_starts_at_its_place_after_clause_words_even_where_a_brand_took_the_place():
    text = "我们还和宁德时代新能源科技股份有限公司旗下的重庆时代新能源电池科技有限公司签约。"
    assert "宁德时代新能源科技股份有限公司" in _named(text, "Company")


def test_group_then_bracketed_seat_then_legal_form_is_one_firm() -> None:
    names = [m.text for m in process_rules("今天，恒达医药集团（天津）股份有限公司与园区签约。").mentions if m.type == "Company"]
    assert names == ["恒达医药集团（天津）股份有限公司"]


def test_zone_named_after_china_merchants_is_a_zone_not_a_bureau() -> None:
    doc = process_rules("华禾物流有限公司在漳州招商局经济技术开发区建设冷链中心。")
    assert ("Park", "漳州招商局经济技术开发区") in [(m.type, m.text) for m in doc.mentions]
    assert not [m for m in doc.mentions if m.type == "Agency"]
    # a bureau of a city is still a bureau
    doc = process_rules("漳州市招商局与华禾物流有限公司签约。")
    assert ("Agency", "漳州市招商局") in [(m.type, m.text) for m in doc.mentions]


def test_a_zone_written_before_a_firm_is_no_part_of_its_legal_name():
    def firms(text: str) -> list[str]:
        return [m.text for m in process_rules(text).mentions if m.type == "Company"]

    assert firms("项目实施主体为衢州高新技术产业开发区华禾集团有限公司。") == ["华禾集团有限公司"]
    assert firms("宜都化工园区内湖北华禾化工集团股份有限公司正在扩产。") == ["湖北华禾化工集团股份有限公司"]
    # the zone's own company keeps the zone in its name
    assert firms("宁波经济技术开发区控股有限公司与华禾集团有限公司签约。")[0] == "宁波经济技术开发区控股有限公司"


def test_a_heading_or_a_post_before_a_firm_is_no_part_of_its_name():
    names = [m.text for m in process_rules("二、项目基本情况山东华禾氨基酸有限公司拟投资建设生物发酵项目。").mentions
             if m.type == "Company"]
    assert names == ["山东华禾氨基酸有限公司"]


def test_a_list_of_the_products_suppliers_make_names_no_firm():
    doc = process_rules("江海区还引进了电池正极材料、电解液、结构件等配套企业30余家，本地配套率超过五成。")
    assert not [m for m in doc.mentions if m.type == "Company"]
    doc = process_rules("江海区还引进了华禾锂能、青禾新材等配套企业30余家。")
    assert {m.text for m in doc.mentions if m.type == "Company"} == {"华禾锂能", "青禾新材"}


@pytest.mark.parametrize("text", [
    "云南省主要开发区的产值增长了一成。",
    "每个产业园都要有主导产业。",
    "低效开发区要加快整合。",
    "各地积极申报国家现代农业产业园。",
])
def test_zones_of_a_kind_are_not_one_zone(text: str) -> None:
    assert not [m for m in process_rules(text).mentions if m.type == "Park" and not m.is_reference]


def test_a_villages_own_zone_keeps_its_level():
    parks = [m.text for m in process_rules("仙塘村村级工业园今年引进了三家企业。").mentions if m.type == "Park"]
    assert parks == ["仙塘村村级工业园"]


def test_a_district_in_brackets_after_a_zone_is_no_other_name_of_it():
    doc = process_rules("乌鲁木齐经济技术开发区（头屯河区）是国家级经开区。郑州航空港经济综合实验区（郑州航空港区）发展很快。")
    aliases = [m.text for m in doc.mentions if m.type == "Park" and m.source == "alias"]
    assert aliases == ["郑州航空港区"]


def test_a_size_class_of_projects_is_no_project():
    doc = process_rules("浑南区今年签约超40亿元项目3个，其中有超10亿元项目一个。")
    assert not [m for m in doc.mentions if m.type == "Project" and not m.is_reference]


def test_a_provinces_class_of_zones_named_as_a_title_is_no_zone():
    doc = process_rules("青川经济开发区2021年通过福建省化工园区认定。")
    assert [m.text for m in doc.mentions if m.type == "Park" and not m.is_reference] == ["青川经济开发区"]


@pytest.mark.parametrize("text", [
    "关于投资建设青川零碳产业园项目的公告\n本公司董事会及全体董事保证本公告内容真实。",
    "双方将成立项目公司负责建设。",
])
def test_the_filer_and_a_firm_still_to_be_set_up_are_no_names(text: str) -> None:
    assert not [m for m in process_rules(text).mentions if m.type == "Company" and not m.is_reference]


@pytest.mark.parametrize("text,name", [
    ("吉宝企业有限公司将投资约8亿元建设零碳智慧社区。", "吉宝企业有限公司"),
    ("部分清洗设备则来自盛美半导体设备（上海）股份有限公司。", "盛美半导体设备（上海）股份有限公司"),
    ("4\t山东省\t海尔智家股份有限公司", "海尔智家股份有限公司"),
])
def test_the_word_before_a_registered_form_is_the_firms_own(text: str, name: str) -> None:
    assert name in [m.text for m in process_rules(text).mentions if m.type == "Company"]


def test_a_count_of_firms_is_still_no_firm():
    assert not [m for m in process_rules("园区三家公司签约。入驻的几家公司都在扩产。").mentions
                if m.type == "Company" and not m.is_reference]


@pytest.mark.parametrize("page", [
    "新华社北京电 湖南辣妹子食品股份有限公司今年在望城经济技术开发区投资5亿元建设辣椒深加工项目。",
    "新华社长沙12月6日电 湖南辣妹子食品股份有限公司今年在望城经济技术开发区投资5亿元。",
    "新华社长沙12月6日电（记者张三）湖南辣妹子食品股份有限公司今年在望城经济技术开发区投资5亿元。",
])
def test_a_name_does_not_run_out_of_a_dateline(page: str) -> None:
    """Cleaning drops the space after 电, so the legal name's left edge ran into the dateline and the
    firm was lost (or cut to 湖南辣妹子食品) with it."""
    from kg.pipeline import process_rules

    firms = [m.text for m in process_rules(page).mentions if m.type == "Company"]
    assert firms == ["湖南辣妹子食品股份有限公司"]


def test_the_last_character_of_a_city_before_a_zone_is_no_town_suffix() -> None:
    """国家新乡经济技术开发区 on a page that also names 湖北: 新乡 is doubtful there, and 国家新 + 乡 read
    as a town (国家新乡) that then led the zone's name."""
    from kg.pipeline import process_rules

    doc = process_rules("11月2日上午，国家新乡经济技术开发区授牌。湖北三环程镫有限公司计划投资3.5亿元。")
    assert [m.text for m in doc.mentions if m.type == "Park"] == ["新乡经济技术开发区"]
    assert "国家新乡" not in {m.text for m in doc.mentions}


def test_a_class_of_zones_is_no_zone() -> None:
    """石油和化工类园区: a zone name ending with 类 before its suffix names a class of zones."""
    from kg.pipeline import process_rules

    doc = process_rules("入选的石油和化工类园区包括上海金山工业园区、江苏泰兴经济开发区等。")
    assert [m.text for m in doc.mentions if m.type == "Park"] == ["上海金山工业园区", "泰兴经济开发区"]


def test_a_conjunction_character_after_an_enumeration_comma_opens_the_name() -> None:
    """、同翎彩印生产线项目: after 、 no conjunction joins items, so 同 is the name's own (同位素…)."""
    from kg.pipeline import process_rules

    doc = process_rules("本次集中开工的项目为瑞卓科技塑胶制品生产线项目、同翎彩印生产线项目、知味大师肉类加工生产线项目。")
    assert [m.text for m in doc.mentions if m.type == "Project"] == [
        "瑞卓科技塑胶制品生产线项目", "同翎彩印生产线项目", "知味大师肉类加工生产线项目"]


def test_an_area_of_a_cooperation_zone_is_a_zone_of_its_own() -> None:
    """中国—东盟产业合作区钦州片区: a cooperation zone's 片区 is named after it, like a free-trade zone's."""
    from kg.pipeline import process_rules

    doc = process_rules("中国—东盟产业合作区钦州片区近日集中签约12个项目。")
    assert "中国—东盟产业合作区钦州片区" in [m.text for m in doc.mentions if m.type == "Park"]


def test_a_place_does_not_start_inside_a_byline_word() -> None:
    """本报讯 通讯员林晓 王涛 烟台经济技术开发区…: with the spaces gone, 员林 (a city) read out of 通讯员林晓
    and led the zone's name (员林晓王涛烟台经济技术开发区)."""
    from kg.pipeline import process_rules

    doc = process_rules("本报讯 通讯员林晓 王涛 烟台经济技术开发区日前举行签约仪式。")
    assert [m.text for m in doc.mentions if m.type == "Park"] == ["烟台经济技术开发区"]


def test_a_document_code_glued_to_the_next_line_opens_no_name() -> None:
    """公告编号：2025-018 | 宁德时代新能源科技股份有限公司关于…的公告: the layout joins the lines, and the
    code had made the firm's name start with 2025-018 (and so be refused)."""
    from kg.pipeline import process_rules

    doc = process_rules("证券简称：宁德时代 公告编号：2025-018\n宁德时代新能源科技股份有限公司关于投资建设电池产业基地项目的公告\n")
    assert "宁德时代新能源科技股份有限公司" in [m.text for m in doc.mentions if m.type == "Company"]


def test_a_phase_in_brackets_before_xiangmu_is_part_of_the_project_name():
    # 综合开发（一期）项目: the bracket stopped the scan for name characters, and the page lost
    # its project, with the firm's investment in it
    from kg.pipeline import process_text

    doc = process_text("平潭新兴园区综合开发（一期）项目总投资18.5亿元，由福建平潭实业有限公司投资建设。")
    names = {k: e.name for k, e in doc.entities.items()}
    assert ("福建平潭实业有限公司", "综合开发（一期）项目", 1850000000) in {
        (names[f.subject.entity], names[f.obj.entity], f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"}
    assert _named("华禾智能工厂(二期)项目已于上月开工。", "Project") == ["华禾智能工厂(二期)项目"]


def test_money_directed_to_a_zone_is_not_part_of_the_zones_name():
    # 募集资金主要投向X产业园: 投向 is a verb (jieba tags it a noun), so the scan for the
    # zone's name ran on into 资金主要投向
    parks = _named("本期债券募集资金主要投向小蓝经开区汽车零部件产业园标准厂房（二期）项目。", "Park")
    assert "小蓝经开区汽车零部件产业园" in parks and not any("投向" in p for p in parks)


def test_a_verbal_noun_of_a_trade_does_not_cut_a_legal_name():
    # jieba tags 设备/自动/体育 as verbal nouns (vn), frequent enough to count as verbs that end
    # a name on its left; in a firm's name they are its trade (设备科技, 自动焊接装备, 体育用品)
    assert _named("江苏昊泰气体设备科技有限公司投资3.8亿元的西藏昊泰设备科技有限公司制氧设备生产项目投产。",
                  "Company") == ["江苏昊泰气体设备科技有限公司", "西藏昊泰设备科技有限公司"]
    assert _named("工信部公布名单，唐山开元自动焊接装备有限公司、安踏体育用品集团有限公司入选。", "Company") == [
        "唐山开元自动焊接装备有限公司", "安踏体育用品集团有限公司"]


def test_a_list_closed_by_industry_leaders_names_firms():
    # 等一批行业龙头企业: 行业 after 等 usually closes a list of industries (汽车、电子等行业企业),
    # but 行业龙头 are the leading firms of theirs
    assert _named("鱼跃、碧水源、今日头条等一批行业龙头企业先后入驻。", "Company") == ["鱼跃", "碧水源", "今日头条"]
    assert _named("汽车、电子等行业企业加快转型。", "Company") == []


def test_zone_kinds_of_other_provinces_are_parks():
    # 产业聚集区 (the word order 集聚/聚集 varies by writer) and Chengdu's 产业功能区 are zone kinds
    assert _named("狮泉河镇绿色产业聚集区位于狮泉河镇城区，已有3家企业入驻。", "Park") == ["狮泉河镇绿色产业聚集区"]
    assert _named("成都电子信息产业功能区今年新签约项目12个。", "Park") == ["成都电子信息产业功能区"]


def test_a_listed_firm_that_announces_is_an_actor():
    # financial pages open with the firm's short name and what it announced (恒立实业发布公告称,
    # 金风科技公告, a headline's 蓝黛科技：…): without these verbs the name was no firm
    assert _named("10月27日晚，恒立实业发布公告称，董事会审议通过相关议案。", "Company") == ["恒立实业"]
    assert _named("金风科技公告，公司董事会会议审议通过相关议案。", "Company") == ["金风科技"]
    assert _named("蓝黛科技：公司及子公司与马鞍山经济技术开发区管理委员会签署项目投资合同", "Company") == ["蓝黛科技"]
    assert _named("新材料称为园区的第一主导产业。", "Company") == []


def test_a_legal_name_whose_left_scan_runs_out_starts_at_its_seat():
    # 包括小鹏汽车一级供应商江苏博俊工业科技股份有限公司: no stop word within the reach, which ended
    # inside 包括; a registered name begins with its seat, the last division name in reach
    assert _named("包括小鹏汽车一级供应商江苏博俊工业科技股份有限公司投资的博俊汽车零部件生产项目。", "Company") == [
        "江苏博俊工业科技股份有限公司"]


def test_there_is_also_before_a_project_is_no_part_of_its_name():
    # 既有A项目，又有B项目: 又有 ends the name on its left (有 alone is kept: 有机肥)
    assert "创实玻璃年产60万平方米钢化玻璃加工项目" in _named(
        "签约项目既有汽车零部件项目，又有创实玻璃年产60万平方米钢化玻璃加工项目。", "Project")
