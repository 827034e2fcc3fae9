"""Relation patterns on sentences written for the tests."""

from decimal import Decimal

import pytest

from kg.pipeline import process_rules, process_text
from kg.relate.relations import RULES as RELATION_RULES


def _facts(text: str, pred: str):
    """The facts of ``pred`` (subject, object, amount, currency) the rules propose (kg.pipeline.process_rules:
    before the learned filters)."""
    doc = process_rules(text)
    out = []
    for f in doc.facts:
        if f.predicate != pred:
            continue
        s = doc.entities[f.subject.entity].name
        o = doc.entities[f.obj.entity].name if f.obj is not None else f.literal
        out.append((s, o, f.amount_yuan, f.currency))
    return out


def _pairs(text: str, pred: str) -> set[tuple[str, str]]:
    """(subject, object) of the ``pred`` facts the rules propose."""
    return {(s, o) for s, o, _a, _c in _facts(text, pred)}


def test_invests_in_with_amount_before_project():
    facts = _facts("今年，黔丰食品投资3.2亿元的年产5万吨辣椒制品项目正式开工。", "investsIn")
    assert facts == [("黔丰食品", "年产5万吨辣椒制品项目", Decimal("320000000"), None)]


def test_invests_in_foreign_currency_keeps_text_and_currency_but_no_yuan():
    doc = process_text("江苏华联化工有限公司投资3亿美元建设年产10万吨聚酯项目。")
    inv = [f for f in doc.facts if f.predicate == "investsIn"]
    assert doc.entities[inv[0].obj.entity].name == "年产10万吨聚酯项目"
    assert inv[0].amount_yuan is None  # investmentAmount is yuan: dollars are not passed off as yuan
    assert inv[0].amount_text == "3亿美元" and inv[0].currency == "USD"


def test_amount_stated_about_the_project_in_next_sentence():
    text = "江苏华联化工有限公司年产8万吨树脂项目正加紧施工。该项目投资2.49亿元，预计年底投产。"
    facts = _facts(text, "investsIn")
    assert facts == [("江苏华联化工有限公司", "年产8万吨树脂项目", Decimal("249000000"), None)]


def test_several_projects_share_the_investor_but_not_the_total():
    text = "2022年，江苏华联化工有限公司投入技改资金1.8亿余元，上了锅炉脱硝改造项目、煤场封闭改造项目2个环保项目。"
    facts = _facts(text, "investsIn")
    assert sorted(o for _, o, _, _ in facts) == ["煤场封闭改造项目", "锅炉脱硝改造项目"]
    assert all(a is None for _, _, a, _ in facts)


def test_located_in_from_park_name_and_from_weiyu():
    text = "位于遵义市的黔丰食品有限公司扩大产能。湄潭经济开发区新落户企业8家。"
    located = _facts(text, "locatedIn")
    assert ("黔丰食品有限公司", "遵义市", None, None) in located
    assert ("湄潭经济开发区", "湄潭县", None, None) in located


def test_company_entering_a_park():
    text = "浙江顺达食品有限公司于2021年入驻嘉兴经济技术开发区，总投资2亿元。"
    assert ("浙江顺达食品有限公司", "嘉兴经济技术开发区", None, None) in _facts(text, "locatedIn")


def test_part_of_chain_written_in_text():
    part = _facts("在贵州省遵义市湄潭县永兴镇，茶园连片。", "partOf")
    assert ("遵义市", "贵州省", None, None) in part
    assert ("湄潭县", "遵义市", None, None) in part
    assert ("永兴镇", "湄潭县", None, None) in part


def test_issued_by_each_joint_issuer():
    text = "近日，财政部、国家发展改革委、工业和信息化部印发《中小企业融资担保管理办法》。"
    issuers = {o for _, o, _, _ in _facts(text, "issuedBy")}
    assert issuers == {"财政部", "国家发展和改革委员会", "工业和信息化部"}


def test_a_place_in_a_policys_title_does_not_say_who_issued_it():
    """The gold asks for the issuer the text states; a title names the place a policy is for
    (its issuer may be the city's congress, government or a bureau): on the corpus's dev and
    train pages 1 of 18 such guesses was right."""
    assert _facts("《嘉兴市工业园区管理条例》自3月1日起施行。", "issuedBy") == []


def test_signs_with_every_listed_company():
    text = "黔味源、老干爹、山里红3家龙头企业与永兴镇签订了收购协议。"
    signs = {(s, o) for s, o, _, _ in _facts(text, "signsWith")}
    assert signs == {("永兴镇", "黔味源"), ("永兴镇", "老干爹"), ("永兴镇", "山里红")}


def test_designations_by_trigger_and_by_title_prefix():
    text = "嘉兴经济技术开发区入选全国首批碳达峰试点园区以来，发展迅速。国家高新技术企业浙江顺达食品有限公司扩产。"
    des = {(s, o) for s, o, _, _ in _facts(text, "designatedAs")}
    assert ("嘉兴经济技术开发区", "全国首批碳达峰试点园区") in des
    assert ("浙江顺达食品有限公司", "国家高新技术企业") in des


def test_relations_only_from_body_sentences():
    # a headline line glued before a paragraph must not produce a signing
    doc = process_text("贵阳经开区与宏福集团签约\n\n本报记者 王芳\n\n贵阳经开区今年发展迅速。")
    assert [f for f in doc.facts if f.predicate == "signsWith"] == []


def test_builder_named_after_the_project_and_place_of_groundbreaking():
    text = "总投资45亿元的新能源电池材料项目在湖北省宜昌市猇亭区开工，该项目由湖北兴发化工集团股份有限公司投资建设。"
    inv = _facts(text, "investsIn")
    assert inv == [("湖北兴发化工集团股份有限公司", "新能源电池材料项目", Decimal("4500000000"), None)]
    assert ("新能源电池材料项目", "猇亭区", None, None) in _facts(text, "locatedIn")


def test_project_settling_in_a_zone():
    text = "总投资80亿元的存储器项目签约落户无锡高新区。"
    assert ("存储器项目", "无锡高新区", None, None) in _facts(text, "locatedIn")


def test_more_designation_wordings():
    text = ("武进国家高新技术产业开发区被命名为国家生态工业示范园区。江苏恒立液压股份有限公司荣膺中国质量奖提名奖。"
            "常州市人民政府授予江苏中天科技股份有限公司“常州市市长质量奖”称号。")
    des = {(s, o) for s, o, _, _ in _facts(text, "designatedAs")}
    assert des == {
        ("武进国家高新技术产业开发区", "国家生态工业示范园区"),
        ("江苏恒立液压股份有限公司", "中国质量奖提名奖"),
        ("江苏中天科技股份有限公司", "常州市市长质量奖"),
    }


def test_non_title_objects_are_not_designations():
    text = "江苏恒立液压股份有限公司获得了2亿元贷款支持，成为推动全市工业经济增长的重要动力。"
    assert _facts(text, "designatedAs") == []


def test_passive_issuers_after_the_document():
    text = "《江苏省开发区条例》由江苏省人民政府、江苏省商务厅联合印发，自5月1日起施行。"
    issuers = {o for _, o, _, _ in _facts(text, "issuedBy")}
    assert issuers == {"江苏省人民政府", "江苏省商务厅"}


def test_zuowei_title_goes_to_the_passage_topic():
    text = "赣州高新区加快绿色转型。绿电支撑方面，作为全国首批碳达峰试点园区，已建成光伏40兆瓦。"
    assert ("赣州高新区", "全国首批碳达峰试点园区", None, None) in _facts(text, "designatedAs")


def test_company_signs_with_every_enumerated_village():
    text = "如石桥镇锦华服饰公司与王家疃、柳河等村达成合作协议，盘活闲置校舍。"
    signs = {(s, o) for s, o, _, _ in _facts(text, "signsWith")}
    assert signs == {("王家疃", "石桥镇锦华服饰公司"), ("柳河", "石桥镇锦华服饰公司")}
    doc = process_text(text)
    villages = {e.name: e for e in doc.entities.values() if e.type == "Place" and e.level == "village"}
    assert set(villages) == {"王家疃", "柳河"} and villages["柳河"].code is None


def test_passage_park_does_not_leak_into_the_next_article():
    text = ("嘉兴经济技术开发区加快发展，年产8万吨休闲食品项目开工。\n\n"
            "合肥动力电池产业助力经济发展\n\n本报记者 李明\n\n"
            "近年来，合肥大力发展动力电池制造项目。")
    located = {(s, o) for s, o, _, _ in _facts(text, "locatedIn")}
    assert ("年产8万吨休闲食品项目", "嘉兴经济技术开发区") in located
    assert not any(s == "动力电池制造项目" for s, _ in located)


def test_company_after_a_division_name_and_de():
    text = "浙江省湖州市长兴县的天能控股集团有限公司扩产。"
    assert ("天能控股集团有限公司", "长兴县", None, None) in _facts(text, "locatedIn")


def test_passage_park_does_not_apply_after_the_text_moves_to_another_province():
    text = ("TCL科技集团股份有限公司在惠州仲恺高新区投资建设的显示器件生产线项目投产。"
            "浙江省湖州市的天能电池集团股份有限公司计划投资20亿元建设年产10GWh钠离子电池项目。")
    located = {(s, o) for s, o, _, _ in _facts(text, "locatedIn")}
    assert not any(s == "年产10GWh钠离子电池项目" and o == "惠州仲恺高新区" for s, o in located)


def test_place_reference_issues_a_policy():
    text = "近年来，湄潭县大力发展茶产业。去年，该县出台了《茶产业高质量发展实施方案》。"
    assert _facts(text, "issuedBy") == [("茶产业高质量发展实施方案", "湄潭县", None, None)]


def test_revenue_is_not_an_investment_amount():
    facts = _facts("黔丰食品去年营收50亿元，今年投资建设年产5万吨辣椒制品项目。", "investsIn")
    assert facts == [("黔丰食品", "年产5万吨辣椒制品项目", None, None)]


def test_zone_named_right_after_another_zone_lies_in_it() -> None:
    doc = process_rules("昆明经开区今年新增企业30家。记者走进昆明经开区信息产业园，园区内塔吊林立。")
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert ("昆明经开区信息产业园", "昆明经开区") in located


def test_economic_zone_inside_a_new_area_is_a_zone() -> None:
    doc = process_rules("记者走进贵安新区马场经济区，一座座厂房拔地而起。")
    parks = [m.text for m in doc.mentions if m.type == "Park"]
    assert parks == ["贵安新区", "马场经济区"]
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert ("马场经济区", "贵安新区") in located


def test_signed_projects_counted_are_no_signing() -> None:
    from kg.pipeline import process_text

    doc = process_text("南宁经开区先后引进桂能动力、南方储能等龙头企业，1至10月新签约项目86个。")
    assert not [f for f in doc.facts if f.predicate == "signsWith"]


@pytest.mark.parametrize(
    ("text", "subject", "title"),
    [
        ("福州高新区日前入选工业和信息化部公布的第三批国家级绿色工业园区名单。", "福州高新区", "第三批国家级绿色工业园区"),
        ("柳州经开区日前被认定为广西首批“5G+工业互联网”融合应用先导区。", "柳州经开区", "广西首批5G+工业互联网融合应用先导区"),
    ],
)
def test_designation_after_publisher_and_new_title_heads(text: str, subject: str, title: str) -> None:
    got = {(f.subject.text, f.literal) for f in process_rules(text).facts if f.predicate == "designatedAs"}
    assert (subject, title) in got


@pytest.mark.parametrize(
    "text",
    [
        "福建闽晶模具有限公司由此成为园区引进的第一家大型模具企业。",
        "随着项目投产，西咸新区有望成为西北地区重要的新材料产业集聚区。",
    ],
)
def test_descriptions_with_de_are_not_designations(text: str) -> None:
    from kg.pipeline import process_text

    assert not [f for f in process_text(text).facts if f.predicate == "designatedAs"]


def test_zone_found_by_its_parent_is_found_again_alone() -> None:
    doc = process_rules("记者走进贵安新区马场经济区，厂房林立。9月，马场经济区被认定为省级循环化改造示范园区。")
    assert ("马场经济区", "省级循环化改造示范园区") in {
        (f.subject.text, f.literal) for f in doc.facts if f.predicate == "designatedAs"}


@pytest.mark.parametrize(
    ("text", "subject", "park"),
    [
        ("近年来，柳州经开区以整车项目为牵引，先后引进桂驰电驱、柳宇锂业、华柳精工等配套企业40余家。", "柳宇锂业", "柳州经开区"),
        ("钦州综合保税区1至10月进出口增长21%。区内新落户的广西海通物流有限公司已开通班车。",
         "广西海通物流有限公司", "钦州综合保税区"),
        ("总投资1.2亿元的东盟水果冷链分拨中心10月在南宁综保区投入运营。", "东盟水果冷链分拨中心", "南宁综保区"),
        ("总投资15亿元的年产30万吨食品精深加工产业园项目在位于武鸣区的南宁高新区开工。",
         "年产30万吨食品精深加工产业园项目", "南宁高新区"),
        ("位于南宁高新区信息产业园的广西桂芯半导体有限公司，是一家封测企业。", "广西桂芯半导体有限公司", "南宁高新区信息产业园"),
    ],
)
def test_more_ways_a_page_places_a_firm_or_project_in_a_zone(text: str, subject: str, park: str) -> None:
    located = {(f.subject.text, f.obj.text) for f in process_rules(text).facts if f.predicate == "locatedIn"}
    assert (subject, park) in located


@pytest.mark.parametrize(
    ("text", "firm", "project", "park"),
    [
        ("宝鸡高新区内，陕西秦岭钛材有限公司新建的钛合金棒材生产线本月投用。", "陕西秦岭钛材有限公司", "钛合金棒材生产线", "宝鸡高新区"),
        ("在杨凌示范区，台资企业陕西禾丰农业科技有限公司投资2亿元的种业研发中心已完成主体结构。",
         "陕西禾丰农业科技有限公司", "种业研发中心", "杨凌示范区"),
    ],
)
def test_zone_opening_a_sentence_sets_the_scene_for_the_next_clause(text: str, firm: str, project: str,
                                                                    park: str) -> None:
    from kg.pipeline import process_text

    located = {(f.subject.text, f.obj.text) for f in process_text(text).facts if f.predicate == "locatedIn"}
    assert (firm, park) in located and (project, park) in located


def test_list_published_by_an_agency_titles_each_listed_firm_not_their_zone() -> None:
    from kg.pipeline import process_text

    doc = process_text("日前，吉林省工业和信息化厅公布2026年度省级智能工厂名单，长春经济技术开发区的"
                       "吉林长光精密有限公司、吉林一汽富晟有限公司入选。")
    got = {(f.subject.text, f.literal) for f in doc.facts if f.predicate == "designatedAs"}
    assert got == {("吉林长光精密有限公司", "省级智能工厂"), ("吉林一汽富晟有限公司", "省级智能工厂")}


def test_brought_in_list_with_an_unrecognised_item_still_places_the_others() -> None:
    from kg.pipeline import process_text

    doc = process_text("围绕空天信息产业，长春新区先后引进蓝鲸遥感、中星云图、翼展航电等龙头企业，初步形成产业链条。")
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert {("蓝鲸遥感", "长春新区"), ("翼展航电", "长春新区")} <= located


def test_firms_a_zone_qualifies_with_de_lie_in_it() -> None:
    from kg.pipeline import process_text

    doc = process_text("长沙经济技术开发区的湖南星沙精工有限公司、湖南麓谷电子有限公司入选省级智能工厂。")
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert {("湖南星沙精工有限公司", "长沙经济技术开发区"), ("湖南麓谷电子有限公司", "长沙经济技术开发区")} <= located


def test_settled_in_the_zone_by_its_kind_word() -> None:
    doc = process_rules("位于宁乡市的宁乡经济技术开发区内，二期厂房正在施工。\n湖南楚天智能科技有限公司是较早落户园区的企业之一。")
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert ("湖南楚天智能科技有限公司", "宁乡经济技术开发区") in located


def test_brought_in_by_the_zone_named_by_its_kind() -> None:
    from kg.pipeline import process_text

    doc = process_text("长沙高新区，人们更习惯叫它“麓谷”。\n今年以来，园区围绕强链补链，先后引进锐星、星途光电、海川智能等龙头企业。")
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert ("星途光电", "长沙高新区") in located and ("海川智能", "长沙高新区") in located


def test_revised_policy_names_its_issuers_including_public_security() -> None:
    from kg.pipeline import process_text

    doc = process_text("湖南省工业和信息化厅、省公安厅、省交通运输厅今年联合修订了《湖南省智能网联汽车道路测试管理实施细则》。")
    issuers = {f.obj.text for f in doc.facts if f.predicate == "issuedBy"}
    assert issuers == {"湖南省工业和信息化厅", "省公安厅", "省交通运输厅"}


def test_located_before_wei_yu_and_places_listed_after_a_chain() -> None:
    from kg.pipeline import process_text

    doc = process_text("芜湖综合保税区位于芜湖市鸠江区的芜湖经济技术开发区内。湘江新区位于长沙市岳麓区、望城区一带。")
    facts = {(f.predicate, f.subject.text, f.obj.text) for f in doc.facts}
    assert ("locatedIn", "芜湖综合保税区", "鸠江区") in facts
    assert ("locatedIn", "芜湖经济技术开发区", "鸠江区") in facts
    assert {("locatedIn", "湘江新区", "岳麓区"), ("locatedIn", "湘江新区", "望城区")} <= facts
    assert ("partOf", "望城区", "长沙市") in facts


def test_a_projects_own_size_reaches_an_investor_named_in_another_sentence() -> None:
    from kg.pipeline import process_text

    doc = process_text("在大连长兴岛，总投资86亿元的120万吨/年乙烯下游新材料项目进入设备安装阶段。"
                       "该项目由辽宁渤澜化工集团有限公司投资建设。")
    got = [(f.subject.text, f.amount_yuan) for f in doc.facts if f.predicate == "investsIn"]
    assert got == [("辽宁渤澜化工集团有限公司", Decimal("8600000000"))]


def test_each_of_two_projects_of_one_investor_takes_the_amount_right_before_it() -> None:
    from kg.pipeline import process_text

    doc = process_text("福建榕光储能科技股份有限公司将在区内投资6000万元建设储能电池研发中心，"
                       "并落地总投资52亿元的年产10GWh储能电池项目。")
    got = {f.obj.text: f.amount_yuan for f in doc.facts if f.predicate == "investsIn"}
    assert got == {"储能电池研发中心": Decimal("60000000"), "年产10GWh储能电池项目": Decimal("5200000000")}


def test_a_counted_product_is_no_investor() -> None:
    from kg.pipeline import process_text

    doc = process_text("总装车间里，十余台人形机器人正在进行步态测试。")
    assert not [m for m in doc.mentions if m.type == "Company"]


@pytest.mark.parametrize(
    ("text", "subject", "title"),
    [
        ("日前，江苏省工业和信息化厅公布2026年度省级绿色工业园区名单，常熟经济技术开发区榜上有名。",
         "常熟经济技术开发区", "省级绿色工业园区"),
        ("近日，农业农村部、财政部公布2026年全国农业产业强镇名单，苏州市常熟市的常熟花木专业镇入选。",
         "常熟花木专业镇", "全国农业产业强镇"),
        ("今年9月，长春新区入选国家数字经济创新发展试验区。", "长春新区", "国家数字经济创新发展试验区"),
        ("日前，工业和信息化部公布2026年度中小企业特色产业集群名单，位于常州高新技术产业开发区的常州碳材料产业集聚区入选。",
         "常州碳材料产业集聚区", "中小企业特色产业集群"),
        ("南京综合保税区在今年初获评全国综合保税区发展绩效评估A类。", "南京综合保税区", "全国综合保税区发展绩效评估A类"),
    ],
)
def test_more_designation_shapes(text: str, subject: str, title: str) -> None:
    from kg.pipeline import process_text

    got = {(f.subject.text, f.literal) for f in process_text(text).facts if f.predicate == "designatedAs"}
    assert (subject, title) in got


def test_scene_setting_zone_sentence_places_the_next_sentences_opening_firm() -> None:
    from kg.pipeline import process_text

    doc = process_text("在株洲经济技术开发区，老牌车企也在加快转型。湖南株汽汽车股份有限公司投入2.3亿元实施总装车间智能化改造。")
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert ("湖南株汽汽车股份有限公司", "株洲经济技术开发区") in located


def test_zone_named_after_a_city_inside_its_name_lies_in_that_city() -> None:
    from kg.pipeline import process_text

    doc = process_text("推动中马钦州产业园区发展。")
    assert ("中马钦州产业园区", "钦州") in {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}


def test_a_zone_word_subject_takes_the_designation_not_the_firm_before_it() -> None:
    from kg.pipeline import process_text

    doc = process_text("太原不锈钢产业园区：晋钢精工年产3万吨精密不锈钢带项目投产。项目投资6.2亿元，"
                       "由山西晋钢精工不锈钢有限公司建设，园区此前已获评山西省特色专业镇。")
    got = {(f.subject.text, f.literal) for f in doc.facts if f.predicate == "designatedAs"}
    assert got == {("太原不锈钢产业园区", "山西省特色专业镇")}
    assert not [f for f in process_text("昆山市商务局当天与台资企业鼎晖光电（昆山）有限公司签约。").facts
                if f.predicate == "designatedAs"]


def test_zone_after_where_it_is_and_a_firm_also_there() -> None:
    from kg.pipeline import process_text

    doc = process_text("本报讯在河南省洛阳市偃师区的偃师产业集聚区，洛阳宏轴精工集团有限公司的车间里，装配线正在试运行。"
                       "同在集聚区的洛阳恒拓新材料有限公司，则投资3.6亿元新建年产2万吨高性能钼合金项目。")
    located = {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    assert {("洛阳宏轴精工集团有限公司", "偃师产业集聚区"), ("洛阳恒拓新材料有限公司", "偃师产业集聚区")} <= located


def test_zone_titles_go_to_the_zone_not_its_listed_firms_and_firms_inside_a_zone_take_list_titles() -> None:
    from kg.pipeline import process_text

    doc = process_text("目前，合肥高新区已集聚量衡、玄光量子、九章云测等量子企业70余家，今年初入选首批国家未来产业先导区。")
    got = {(f.subject.text, f.literal) for f in doc.facts if f.predicate == "designatedAs"}
    assert got == {("合肥高新区", "首批国家未来产业先导区")}
    doc = process_text("安徽省经济和信息化厅近日公布2026年度省级智能工厂名单，合肥经济技术开发区内的"
                       "安徽科睿达精密制造有限公司等46家企业入选。")
    got = {(f.subject.text, f.literal) for f in doc.facts if f.predicate == "designatedAs"}
    assert got == {("安徽科睿达精密制造有限公司", "省级智能工厂")}


def test_counted_zone_word_after_an_enumeration_gives_every_member_the_title():
    text = ("滁州经济技术开发区、宿州高新技术产业开发区、蚌埠经济技术开发区3个开发区获评“2025年度全省五星级开发区”。")
    des = {(s, o) for s, o, _, _ in _facts(text, "designatedAs")}
    assert des == {(z, "2025年度全省五星级开发区")
                   for z in ("滁州经济技术开发区", "宿州高新技术产业开发区", "蚌埠经济技术开发区")}


def test_upgrade_to_a_national_zone_is_a_designation():
    des = _facts("去年，泗洪经济开发区升级为国家级经济技术开发区。", "designatedAs")
    assert [(s, o) for s, o, _, _ in des] == [("泗洪经济开发区", "国家级经济技术开发区")]


# ----------------------------------------------------------------- the relation rules by name
@pytest.mark.parametrize("rule", sorted(RELATION_RULES))
def test_every_relation_rule_fires_on_its_own_example(rule: str) -> None:
    made_by = {f.extractor.split("+")[0] for f in process_rules(RELATION_RULES[rule].example).facts}
    assert f"rule:{rule}" in made_by, f"{rule}: its example gives facts of {sorted(made_by)}"


def test_every_fact_of_the_relation_stage_names_its_rule() -> None:
    """No fact is tagged just "rule": each names the sentence rule (or page rule) that made it."""
    from kg.relate.relations import RULES, SENTENCE_RULES

    text = ("青川经济开发区位于湖南省岳阳市华容县。华禾新材料有限公司投资12亿元建设年产5万吨锂电池材料项目。"
            "青川经济开发区管委会与川源科技有限公司签订投资协议。")
    rules = {f.extractor.split("+")[0] for f in process_text(text).facts}
    assert rules and all(r.startswith("rule:") and r != "rule" for r in rules)
    # every id a sentence rule tags with is in the table (issued.* name their facts themselves)
    tagging = {r.id for r in SENTENCE_RULES if r.id is not None and r.id != "issued"}
    assert tagging <= set(RULES)
    assert {r for r in RULES if r.startswith("issued.")} == {
        "issued.issuer_before_verb", "issued.n_departments", "issued.issuer_after_policy",
        "issued.issuer_before_title", "issued.issuer_bracket_after_title"}


def test_the_rescorer_sees_which_rule_proposed_a_fact() -> None:
    """The model weighs each named rule (its precision differs: context.passage_park vs located.weiyu)."""
    from kg.learn.rescorer import features

    doc = process_text("华禾新材料有限公司投资12亿元建设年产5万吨锂电池材料项目。")
    f = next(f for f in doc.facts if f.predicate == "investsIn")
    assert f.extractor == "rule:invest.firm_before_project"
    assert "rule=rule:invest.firm_before_project" in features(doc, f)


def test_a_list_heading_names_the_title_its_members_hold():
    text = ("（四）单项评价优秀的开发区：招商引资优秀开发区为青川经济开发区、华禾经济技术开发区；"
            "科技创新优秀开发区为川源高新技术产业开发区、石溪经济开发区。")
    got = {(s, o) for s, o, _amount, _currency in _facts(text, "designatedAs")}
    assert {("青川经济开发区", "招商引资优秀"), ("华禾经济技术开发区", "招商引资优秀"),
            ("川源高新技术产业开发区", "科技创新优秀"), ("石溪经济开发区", "科技创新优秀")} <= got


def test_a_heading_without_a_title_word_names_no_title():
    assert _facts("（二）今年新签约的企业为华禾科技有限公司、川源电子有限公司。", "designatedAs") == []


def test_a_zone_named_after_a_place_ending_in_a_conjunction_character_is_a_zone():
    doc = process_text("大同经济技术开发区、晋中经济技术开发区入选。")
    assert "大同经济技术开发区" in {m.text for m in doc.mentions if m.type == "Park"}


def test_each_amount_written_right_after_its_project_is_that_projects():
    text = ("其中，华禾化工有限公司年产30万吨聚碳酸酯项目总投资约52亿元，川源化学有限公司年产20万吨纯碱技改项目投资约18亿元，"
            "石溪新材料有限公司阻燃剂新材料项目投资约6.8亿元。")
    got = {(s, int(a)) for s, _o, a, _c in _facts(text, "investsIn") if a is not None}
    assert got == {("华禾化工有限公司", 5_200_000_000), ("川源化学有限公司", 1_800_000_000),
                   ("石溪新材料有限公司", 680_000_000)}


def test_a_firms_project_in_a_zone_is_its_investment():
    got = {(s, o) for s, o, _a, _c in _facts("华禾半导体有限公司在青川高新区的闪存芯片工厂累计投资超过25亿元。", "investsIn")}
    assert ("华禾半导体有限公司", "闪存芯片工厂") in got


def test_verbs_inside_a_project_named_right_after_its_investor_stay_in_the_name():
    doc = process_text("■ 华禾电气股份有限公司柔性直流输电装备扩能项目投资5亿元。")
    assert "柔性直流输电装备扩能项目" in {m.text for m in doc.mentions if m.type == "Project"}


def test_the_city_a_signing_is_held_in_signs_nothing():
    text = "在上海举行的青川县招商推介会上，青川县与华禾电气集团股份有限公司、川源建工集团股份有限公司等9家企业签约。"
    signers = {s for s, _o, _a, _c in _facts(text, "signsWith")}
    assert "青川县" in signers and "上海" not in signers and "上海市" not in signers


def test_a_brand_with_the_character_xun_is_no_dateline():
    doc = process_text("九江经开区与立讯精密工业股份有限公司签约。")
    assert "立讯精密工业股份有限公司" in {m.text for m in doc.mentions if m.type == "Company"}


def test_a_software_park_and_its_title():
    got = {(s, o) for s, o, _a, _c in _facts("2023年，青川软件园被工业和信息化部认定为中国软件名园。", "designatedAs")}
    assert ("青川软件园", "中国软件名园") in got


def test_every_title_of_a_list_goes_to_the_zone_past_a_bracketed_qualifier():
    text = ("青川经济技术开发区位于青川县。多年来，开发区先后获得国家新型工业化产业示范基地（新材料）、"
            "国家级绿色工业园区、国家生态工业示范园区等称号。")
    got = _pairs(text, "designatedAs")
    assert {("青川经济技术开发区", "国家级绿色工业园区"), ("青川经济技术开发区", "国家生态工业示范园区")} <= got


def test_the_bare_word_kaifaqu_stands_for_the_last_development_zone_not_its_sub_park():
    text = ("青川经济技术开发区下辖石溪工业新城。石溪工业新城引进企业30家。"
            "开发区获评国家级绿色工业园区。")
    got = _pairs(text, "designatedAs")
    assert got == {("青川经济技术开发区", "国家级绿色工业园区")}


def test_the_titles_a_zone_is_are_its_designations():
    text = "青川化学工业区位于青川县，是国家级石化产业基地和国家新型工业化产业示范基地。"
    got = _pairs(text, "designatedAs")
    assert got == {("青川化学工业区", "国家级石化产业基地"), ("青川化学工业区", "国家新型工业化产业示范基地")}


def test_what_a_zones_firm_is_is_no_designation_of_the_zone():
    assert _facts("青川经济开发区的龙头企业是华禾科技有限公司。", "designatedAs") == []
    assert _facts("华禾科技有限公司是青川县重要的纳税大户。", "designatedAs") == []


def test_two_titles_joined_by_he_are_two_designations():
    got = {o for _s, o, _a, _c in _facts("华禾新能源科技股份有限公司此前已获评国家级绿色工厂和国家级专精特新小巨人企业。", "designatedAs")}
    assert got == {"国家级绿色工厂", "国家级专精特新小巨人企业"}


def test_a_ranked_place_in_an_evaluation_is_a_title():
    got = {o for _s, o, _a, _c in _facts("青川经济技术开发区2023年被省商务厅评为全省开发区综合考核评价第一名。", "designatedAs")}
    assert got == {"全省开发区综合考核评价第一名"}


def test_the_zone_word_after_yu_that_signs_is_the_passages_zone():
    text = "青川经济开发区位于青川县。华禾集团与园区签署投资协议。"
    assert ("青川经济开发区", "华禾集团") in _pairs(text, "signsWith")


def test_a_signing_partner_qualified_by_its_place_stays_in_the_list():
    text = "青川县人民政府与华禾电子科技股份有限公司、苏州市吴中区越溪街道的川源包装机械股份有限公司等11家企业签约。"
    got = {o for _s, o, _a, _c in _facts(text, "signsWith")}
    assert {"华禾电子科技股份有限公司", "川源包装机械股份有限公司"} <= got


def test_the_implementing_body_after_a_label_invests_in_the_project_named_before_it() -> None:
    from kg.pipeline import process_text

    doc = process_text("项目名称：年产5万吨电池材料项目。建设单位：青禾新能源科技有限公司。建设地点：白鹭经济开发区。")
    assert ("青禾新能源科技有限公司", "年产5万吨电池材料项目") in {
        (f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "investsIn"}
    doc = process_text("电驱系统扩产项目由控股子公司青禾联合动力系统股份有限公司实施，项目总投资24.6亿元。")
    assert ("青禾联合动力系统股份有限公司", "电驱系统扩产项目") in {
        (f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "investsIn"}


def test_a_build_clause_after_a_comma_builds_in_the_place_the_investing_clause_names() -> None:
    from kg.pipeline import process_text

    doc = process_text("青禾科技股份有限公司拟在宁德蕉城区再投约150亿元，建设新一代储能电池项目。")
    assert ("新一代储能电池项目", "蕉城区") in {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}
    doc = process_text("在枝江，湖北三宁化工股份有限公司的煤制乙二醇项目也已经正式投产。")
    assert ("煤制乙二醇项目", "枝江") in {(f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}


def test_a_title_held_as_one_of_a_class_or_a_recognition_passed_goes_to_the_zone() -> None:
    from kg.pipeline import process_text

    doc = process_text("作为全国首批跨境电商综合试验区之一，青川综合保税区今年新增企业1200家。")
    assert ("青川综合保税区", "全国首批跨境电商综合试验区") in {
        (f.subject.text, f.literal) for f in doc.facts if f.predicate == "designatedAs"}
    doc = process_text("作为园区的龙头企业，华禾电子有限公司今年扩产。")
    assert not [f for f in doc.facts if f.predicate == "designatedAs"]
    doc = process_text("青川经济开发区已于2022年通过四川省化工园区认定。")
    assert ("青川经济开发区", "四川省化工园区") in {
        (f.subject.text, f.literal) for f in doc.facts if f.predicate == "designatedAs"}


def test_a_firm_lies_where_its_address_opens() -> None:
    from kg.pipeline import process_text

    doc = process_text("招标人：青禾开发建设有限公司，地址：钦州市白鹭产业园区中马大街1号，联系人：王先生。")
    assert ("青禾开发建设有限公司", "钦州市白鹭产业园区") in {
        (f.subject.text, f.obj.text) for f in doc.facts if f.predicate == "locatedIn"}


def test_a_title_after_a_qualifying_clause_or_in_quotes_is_what_the_zone_is() -> None:
    text = "青川经济开发区是去年刚刚升级的国家级经济技术开发区。石溪循环经济产业园是国家“城市矿产”示范基地。"
    got = _pairs(text, "designatedAs")
    assert got == {("青川经济开发区", "国家级经济技术开发区"), ("石溪循环经济产业园", "国家城市矿产示范基地")}
    # a description after 的 opens with no scope: no title
    assert _facts("青川经济开发区是川北最大的产业园区。", "designatedAs") == []


def test_bonded_zones_and_research_centres_are_titles_a_verb_confers() -> None:
    text = "青川综合保税区先后被评为全国“十佳”综合保税区。川源科技有限公司被认定为国家级企业技术中心。"
    got = _pairs(text, "designatedAs")
    assert got == {("青川综合保税区", "全国十佳综合保税区"), ("川源科技有限公司", "国家级企业技术中心")}
    assert _facts("青川经济开发区获批设立青川综合保税区。", "designatedAs") == []


def test_a_grade_in_an_evaluation_is_the_evaluation_and_its_grade() -> None:
    text = "青川综合保税区在海关总署组织的全国综合保税区发展绩效评估中再次被评为A类。"
    got = _pairs(text, "designatedAs")
    assert got == {("青川综合保税区", "全国综合保税区发展绩效评估A类")}
    assert _facts("青川综合保税区被评为A类。", "designatedAs") == []  # a grade without its evaluation


def test_a_title_granted_in_the_passive_goes_to_the_subject_before_bei() -> None:
    text = "华禾科技有限公司被省人民政府授予“省级专精特新企业”称号。石溪工业园被列入了省级绿色低碳示范园区培育名单。"
    got = _pairs(text, "designatedAs")
    assert got == {("华禾科技有限公司", "省级专精特新企业"), ("石溪工业园", "省级绿色低碳示范园区培育名单")}


def test_the_members_of_a_counted_title_hold_it() -> None:
    text = "答：第二批“五好”园区共3家，分别是：青川经济开发区、华禾经济技术开发区和川源高新技术产业开发区。"
    got = _pairs(text, "designatedAs")
    assert got == {(z, "第二批五好园区") for z in ("青川经济开发区", "华禾经济技术开发区", "川源高新技术产业开发区")}
    assert _facts("今年新签约项目共3个，分别是：青川经济开发区、华禾经济技术开发区的两个项目。", "designatedAs") == []


def test_entrants_listed_after_the_paragraph_that_names_their_title_hold_it() -> None:
    text = ("工业和信息化部日前公布名单，全省共有3家园区入选国家级绿色工业园区。\n"
            "入选的园区包括青川经济开发区、华禾经济技术开发区；川北入选的包括川源高新技术产业开发区。\n")
    got = _pairs(text, "designatedAs")
    assert got == {(z, "国家级绿色工业园区") for z in ("青川经济开发区", "华禾经济技术开发区", "川源高新技术产业开发区")}
    # without a title named before, 入选的有 names none
    assert _facts("入选的园区包括青川经济开发区、华禾经济技术开发区。", "designatedAs") == []


def test_a_project_lies_where_its_site_is_written() -> None:
    text = ("华禾科技有限公司投资建设汽车模具研发制造项目，总投资6亿元，项目选址石溪工业园。"
            "青川经济开发区签约年产5万吨锂电池材料项目和发动机部件维修中心项目。两个项目均选址于白鹭产业园。")
    got = _pairs(text, "locatedIn")
    assert {("汽车模具研发制造项目", "石溪工业园"), ("年产5万吨锂电池材料项目", "白鹭产业园"),
            ("发动机部件维修中心项目", "白鹭产业园")} <= got
    # the firm that carries out a project does not lie at the project's site
    text = "扩产项目由华禾科技有限公司实施，建设地点位于石溪工业园。"
    assert ("华禾科技有限公司", "石溪工业园") not in _pairs(text, "locatedIn")


def test_signing_partners_qualified_by_where_they_come_from_stay_in_the_list() -> None:
    text = "青川综合保税区与华禾乳业股份有限公司、来自浙江宁波的川源光电有限公司、来自广东深圳的白鹭激光科技股份有限公司签约。"
    got = {o for _s, o, _a, _c in _facts(text, "signsWith")}
    assert got == {"华禾乳业股份有限公司", "川源光电有限公司", "白鹭激光科技股份有限公司"}


def test_the_investor_named_after_a_label_invests_in_the_project_before_it() -> None:
    text = "青川经济技术开发区引进的烟机配套项目总投资8.6亿元，投资方为华禾机械股份有限公司。"
    assert ("华禾机械股份有限公司", "烟机配套项目") in _pairs(text, "investsIn")


def test_an_evaluation_leading_its_sentence_grades_the_members_named_after_it() -> None:
    text = "在2024年度全国综合保税区发展绩效评估中，青川综合保税区被海关总署评为A类，华禾综合保税区、白鹭综合保税区被评为B类。"
    got = _pairs(text, "designatedAs")
    assert got == {("青川综合保税区", "2024年度全国综合保税区发展绩效评估A类"),
                   ("华禾综合保税区", "2024年度全国综合保税区发展绩效评估B类"),
                   ("白鹭综合保税区", "2024年度全国综合保税区发展绩效评估B类")}


def test_firm_then_its_plant_then_the_project_invests_in_it():
    pairs = _pairs("恒晟光伏科技股份有限公司宿州基地的年产8GW高效组件技改项目正式投产。", "investsIn")
    assert ("恒晟光伏科技股份有限公司", "年产8GW高效组件技改项目") in pairs


def test_a_branch_named_by_region_alone_does_not_take_the_parents_project():
    pairs = _pairs("上海晟科化工有限责任公司在泉港投资设立华南分公司，计划投资约18亿元建设年产15万吨丙烯腈项目。",
                   "investsIn")
    assert pairs == {("上海晟科化工有限责任公司", "年产15万吨丙烯腈项目")}


def test_brand_before_a_bracketed_seat_invests_for_the_firm():
    text = ("园区与绿源循环（贵州）资源再生有限公司签署投资协议。按照协议，绿源循环将投资12亿元，"
            "建设年处理8万吨退役动力电池综合利用基地。")
    assert ("绿源循环（贵州）资源再生有限公司", "年处理8万吨退役动力电池综合利用基地") in _pairs(text, "investsIn")


def test_firm_a_zone_brought_in_lies_in_it():
    assert ("青禾光伏科技有限公司", "上饶经济技术开发区") in _pairs(
        "上饶经济技术开发区新引进的青禾光伏科技有限公司今年投产。", "locatedIn")
    assert ("青禾光伏科技有限公司", "曲靖经济技术开发区") in _pairs(
        "青禾光伏科技有限公司是曲靖经济技术开发区引进的重点企业。", "locatedIn")


def test_a_firms_project_brought_in_does_not_place_the_firm():
    pairs = _pairs("湘潭经济技术开发区引进的深圳市华禾新能源有限公司年产5万吨锂电池正极材料项目总投资26亿元。",
                   "locatedIn")
    assert ("深圳市华禾新能源有限公司", "湘潭经济技术开发区") not in pairs


def test_zone_that_is_a_firms_main_base_holds_the_firm():
    pairs = _pairs("青州化学工业园是华禾化学集团股份有限公司的主要生产基地。", "locatedIn")
    assert ("华禾化学集团股份有限公司", "青州化学工业园") in pairs
    assert not _pairs("青州化学工业园是华禾化学集团股份有限公司的主要生产基地。", "investsIn")


def test_issuer_written_right_before_the_title_issued_it():
    pairs = _pairs("根据国务院办公厅《关于促进青川开发区创新发展的若干意见》，省里推进开发区整合。", "issuedBy")
    assert pairs == {("关于促进青川开发区创新发展的若干意见", "国务院办公厅")}
    pairs = _pairs("按照财政部、国家税务总局《关于青川综合保税区税收政策的通知》，企业享受优惠。", "issuedBy")
    assert pairs == {("关于青川综合保税区税收政策的通知", "财政部"), ("关于青川综合保税区税收政策的通知", "国家税务总局")}


def test_issuer_opening_a_bracket_after_the_title_issued_it():
    pairs = _pairs("《青川县招商引资优惠政策实施办法》（青川县人民政府2024年印发）明确了奖励标准。", "issuedBy")
    assert pairs == {("青川县招商引资优惠政策实施办法", "青川县人民政府")}


def test_an_agency_that_only_speaks_of_a_title_did_not_issue_it():
    assert not _pairs("商务部表示，《关于青川综合保税区税收政策的通知》已经开始实施。", "issuedBy")


def test_a_document_referred_to_by_its_kind_takes_the_issuer_named_after_it():
    text = ("近日，青川县出台《青川县推动新型储能产业发展的指导意见》，力争到2027年产值突破百亿元。"
            "据了解，该指导意见由青川县人民政府办公室印发。")
    assert ("青川县推动新型储能产业发展的指导意见", "青川县人民政府办公室") in _pairs(text, "issuedBy")


def test_issuer_after_a_comma_and_joint_issuers_with_an_adverb_between():
    pairs = _pairs("《青川县化工园区认定管理办法》，由青川县经济和信息化局、青川县应急管理局联合印发。", "issuedBy")
    assert pairs == {("青川县化工园区认定管理办法", "青川县经济和信息化局"), ("青川县化工园区认定管理办法", "青川县应急管理局")}
    pairs = _pairs("青川县经济和信息化局日前联合青川县财政局印发《青川县支持新能源汽车零部件产业发展若干措施》。", "issuedBy")
    assert ("青川县支持新能源汽车零部件产业发展若干措施", "青川县经济和信息化局") in pairs


def test_the_venue_of_a_signing_is_no_party():
    pairs = _pairs("阿拉善盟行政公署在呼和浩特与华禾新能源股份有限公司签署合作协议。", "signsWith")
    assert pairs == {("阿拉善盟行政公署", "华禾新能源股份有限公司")}


def test_a_province_opening_the_partners_name_is_no_party():
    pairs = _pairs("华禾饲料有限公司于1月7日与湖北青川经济技术开发区管理委员会签订了投资协议书。", "signsWith")
    assert all(s != "湖北省" and s != "湖北" for s, _ in pairs) and pairs


def test_a_designation_is_a_noun_phrase_not_a_clause_or_a_count():
    from kg.document import Mention, Sentence
    from kg.relate.relations import _clean_titles, _fact

    park, sent = Mention(0, 7, "青川经济开发区", "Park"), Sentence(0, 30, "青川经济开发区获评国家级绿色工业园区。")
    titles = ["同期公示的国家级绿色工业园区", "首批21个试点园区", "我省17家单位入选2024年度国家级绿色制造",
              "与上一年度相比，本次A类", "《财富》世界500强"]
    kept = _clean_titles([_fact("designatedAs", park, None, sent, literal=t) for t in titles])
    assert [f.literal for f in kept] == ["国家级绿色工业园区", "《财富》世界500强"]
    assert not _pairs("省工信厅明确，青川经济开发区入选首批21个试点园区。", "designatedAs")


def test_the_county_that_started_the_projects_holds_them():
    pairs = _pairs("墨玉县集中开工了年产500万双鞋项目、年产50万条地毯项目等项目。", "locatedIn")
    assert {("年产500万双鞋项目", "墨玉县"), ("年产50万条地毯项目", "墨玉县")} <= pairs
    # a province starts nothing in one place
    assert not {p for p in _pairs("新疆集中开工了年产500万双鞋项目。", "locatedIn") if p[1].startswith("新疆")}


def test_every_firm_listed_before_yu_signs() -> None:
    """"A、B与X签约": the whole list before 与 signs, not only the firm next to it."""
    text = "线下，中安芯界控股集团、菏泽城投控股集团有限公司与菏泽经济开发区签约石墨烯电池项目。"
    assert _pairs(text, "signsWith") == {
        ("菏泽经济开发区", "中安芯界控股集团"), ("菏泽经济开发区", "菏泽城投控股集团有限公司")}


def test_a_project_named_after_a_firm_of_its_clause_is_that_firms() -> None:
    """"A、B分别与X签约A…项目和B…项目": each project goes to the firm whose name opens it, not to the
    firm written last before the projects."""
    text = ("东华软件股份公司、北京联东集团分别与菏泽经济开发区签约东华软件数字城市智造产业园项目"
            "和联东U谷科技谷项目。")
    assert _pairs(text, "investsIn") == {
        ("东华软件股份公司", "东华软件数字城市智造产业园项目"), ("北京联东集团", "联东U谷科技谷项目")}


@pytest.mark.parametrize(("text", "expected"), [
    ("经评审和公示，同意石家庄经济技术开发区等39个产业集聚区为国家新型工业化产业示范基地，现予以公布。",
     {("石家庄经济技术开发区", "国家新型工业化产业示范基地")}),
    ("经研究，批准华禾经济技术开发区、川源高新技术产业开发区为省级生态工业园区。",
     {("华禾经济技术开发区", "省级生态工业园区"), ("川源高新技术产业开发区", "省级生态工业园区")}),
])
def test_an_approval_names_its_designees_before_wei(text: str, expected: set) -> None:
    """"同意/批准/认定 A、B等N个园区为Y": the official formula of a designation notice."""
    assert _pairs(text, "designatedAs") == expected


def test_a_zone_shaped_title_is_the_designation_not_a_park():
    # 江苏省特色创新产业园区 reads like a park's name (province + words + 产业园区); after 为 in
    # an approval it is the title the park was given: no second park, no place for it
    text = "经评审，拟评定石溪经济开发区等18家产业园区为江苏省特色创新产业园区，现予以公示。"
    doc = process_text(text)
    parks = {e.name for e in doc.entities.values() if e.type == "Park"}
    assert parks == {"石溪经济开发区"}
    assert _pairs(text, "designatedAs") == {("石溪经济开发区", "江苏省特色创新产业园区")}
    # a park named as a title's holder is kept (it holds the title, it is not one)
    text = "确定石溪经济开发区为江苏省特色创新产业园区，江苏华禾经济开发区获评省级绿色园区。"
    assert {"石溪经济开发区", "江苏华禾经济开发区"} <= {e.name for e in process_text(text).entities.values()}


def test_a_subsidiary_named_as_the_implementing_body_invests():
    # a listed firm's announcement: the project, its sum, then 由全资子公司X作为项目实施主体 — X (a short
    # name after 全资子公司) carries the project out; the bare 项目 in between is the same project
    text = ("项目名称为“汽车高精密传动齿轮生产制造项目”，项目计划总投资23亿元，其中项目一期投资6亿元，"
            "拟由公司全资子公司马鞍山蓝黛机械作为项目实施主体。")
    facts = _facts(text, "investsIn")
    assert [(s, o) for s, o, *_ in facts] == [("马鞍山蓝黛机械", "汽车高精密传动齿轮生产制造项目")]


def test_every_firm_of_a_list_that_settles_somewhere_is_located_there():
    # A和B已落户Y: the entering rule took the firm right before the verb only
    assert _pairs("华禾新材料有限公司和远帆科技有限公司已落户青川县。", "locatedIn") >= {
        ("华禾新材料有限公司", "青川县"), ("远帆科技有限公司", "青川县")}


def test_a_counted_group_of_projects_is_not_the_last_project_named():
    # 8个联合开工项目总投资33.3亿元: the 项目 of a counted group referred back to the last project
    # named (another firm's, a sentence before) and gave it the group's total
    text = ("其中双林集团轴承工业园拟投资15亿元，建设年产2500万套第三代汽车轮毂轴承单元项目、年产5000万件法兰盘车"
            "加工项目和年产8000万件精密轮毂锻件项目。8个联合开工项目总投资33.3亿元，其中英菲尼迪配套商工厂集成二期项目"
            "投资8亿元。")
    assert all(amount != Decimal("3330000000") for *_, amount, _cur in _facts(text, "investsIn"))


def test_a_list_headings_title_keeps_its_zone_word_and_drops_ju_ti():
    # 此次确定的X示范开发区具体包括：A、B: the title is X示范开发区 (具体 is the heading's, and
    # 开发区 belongs to the title: only 的开发区 names the members' kind)
    text = "此次确定的长江经济带国家级转型升级示范开发区具体包括：苏州工业园区、南通经济技术开发区、杭州经济技术开发区。"
    assert _pairs(text, "designatedAs") == {(p, "长江经济带国家级转型升级示范开发区")
                                            for p in ("苏州工业园区", "南通经济技术开发区", "杭州经济技术开发区")}
