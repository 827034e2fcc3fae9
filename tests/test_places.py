"""Administrative divisions: codes, short forms, hierarchy, ambiguity, safety."""

from __future__ import annotations

import pytest

from kg.knowledge import places
from kg.knowledge.places import (
    Place,
    all_names,
    candidates,
    chain,
    derive_rows,
    get,
    guess_level,
    is_safe_short,
    lookup,
    parent,
    scan,
    short_form,
)


def test_short_name_resolves_to_county_with_code_and_chain():
    p = lookup("平遥")
    assert p == Place("平遥县", "平遥", "county", "140728", "140700")
    assert [q.name for q in chain(p.code)] == ["平遥县", "晋中市", "山西省"]
    assert [q.level for q in chain(p.code)] == ["county", "city", "province"]
    assert parent("140728").name == "晋中市"
    assert parent("140000") is None
    assert get("140728000000").name == "平遥县"  # 12-digit adcodes are accepted


def test_full_and_short_forms_are_one_place():
    assert lookup("河津市") == lookup("河津") and lookup("河津").level == "county"
    assert lookup("山西") == lookup("山西省") and lookup("山西").code == "140000"


def test_autonomous_regions_and_prefectures_short_forms():
    assert lookup("广西").name == "广西壮族自治区"
    assert lookup("新疆").name == "新疆维吾尔自治区"
    assert lookup("内蒙古").code == "150000"
    assert lookup("黔南").name == "黔南布依族苗族自治州"
    assert lookup("黔南州") == lookup("黔南")
    assert short_form("黔南布依族苗族自治州") == "黔南"
    assert short_form("巴音郭楞蒙古自治州") == "巴音郭楞"
    assert short_form("沙县") == "沙县"  # no one-character short form


def test_repeated_name_needs_context():
    assert lookup("朝阳区") is None  # Beijing or Changchun: no guess
    assert {p.code for p in candidates("朝阳区")} == {"110105", "220104"}
    bj = lookup("朝阳区", ["北京"])
    assert bj.code == "110105" and [q.name for q in chain(bj.code)] == ["朝阳区", "北京市"]
    cc = lookup("朝阳区", ["辽宁省", "吉林省", "长春市"])
    assert cc.code == "220104"
    # Context may also be a longer text that contains an ancestor's name.
    assert lookup("朝阳区", ["位于北京市的产业园"]).code == "110105"


def test_context_place_name_must_be_the_ancestor_itself():
    # 新北区 (常州) must not count as 新北市 or anything else it merely contains.
    assert lookup("朝阳区", ["新北区"]) is None


def test_ties_prefer_higher_level():
    assert lookup("吉林").name == "吉林省"  # province over 吉林市
    assert lookup("海南").name == "海南省"  # province over 海南区 / 海南藏族自治州


def test_municipalities_have_no_duplicate_city_level():
    bj = lookup("北京")
    assert bj.code == "110000" and bj.level == "province"
    assert all(p.code != "110100" for p in candidates("北京市"))
    assert lookup("重庆").code == "500000"


def test_direct_county_level_city_hangs_under_province():
    p = lookup("济源")
    assert p.code == "419001" and p.parent_code == "410000"


def test_guess_level():
    assert guess_level("平遥县") == "county"
    assert guess_level("河津市") == "county"  # from the table, not the suffix
    assert guess_level("大同") == "city"
    assert guess_level("三封寺镇") == "town"
    assert guess_level("界湖街道") == "town"
    assert guess_level("泰和村") == "village"
    assert guess_level("某某省") == "province"
    assert guess_level("某某自治州") == "city"
    assert guess_level("某某市") == "city"
    assert guess_level("某某") is None


def test_unknown_name():
    assert lookup("不存在的地方") is None and candidates("不存在的地方") == []


def test_generic_and_common_word_forms_are_unsafe():
    for word in ("城区", "郊区", "矿区", "东区", "新区", "和平", "东方", "新华"):
        assert not is_safe_short(word), word
    for name in ("平遥", "河津", "广西", "大同", "山西省", "平遥县"):
        assert is_safe_short(name), name
    # Unsafe forms are still looked up when asked explicitly.
    assert lookup("城区", ["晋城市"]) is not None
    names = set(all_names())
    assert "平遥" in names and "城区" not in names
    assert "城区" in set(all_names(safe_only=False))


def test_scan_finds_longest_matches():
    text = "山西省平遥县和河津签约，广西壮族自治区代表团与城区企业座谈"
    hits = [(s, e, t) for s, e, t in scan(text)]
    assert ("山西省" in [t for *_, t in hits]) and ("平遥县" in [t for *_, t in hits])
    assert (9, 11, "河津") in hits or (7, 9, "河津") in hits
    assert "广西壮族自治区" in [t for *_, t in hits]  # not just 广西
    assert "城区" not in [t for *_, t in hits]
    for s, e, t in hits:
        assert text[s:e] == t


def test_derive_rows_from_a_package_like_table(tmp_path):
    src = tmp_path / "adcodes.csv"
    src.write_text(
        "adcode,name,longitude,latitude\n"
        "110000000000,北京市,1,2\n110100000000,北京市,1,2\n110105000000,朝阳区,1,2\n"
        "140000000000,山西省,1,2\n140700000000,晋中市,1,2\n140728000000,平遥县,1,2\n"
        "140400000000,长治市,1,2\n140402000000,城区,1,2\n"
        "410000000000,河南省,1,2\n419001000000,济源市,1,2\n"
        "450000000000,广西壮族自治区,1,2\n"
        "522700000000,黔南布依族苗族自治州,1,2\n",
        encoding="utf-8",
    )
    rows = {r["code"]: r for r in derive_rows(src)}
    assert "110100" not in rows  # municipality city row dropped
    assert rows["110105"]["parent_code"] == "110000"
    assert rows["140728"]["parent_code"] == "140700" and rows["140728"]["short"] == "平遥"
    assert rows["419001"]["parent_code"] == "410000"
    assert rows["140402"]["name_safe"] == "0"
    assert rows["450000"]["short"] == "广西"
    assert "522700" not in rows  # no 520000 province in this table: orphan dropped


def test_index_is_built_once():
    places._index.cache_clear()
    a = places._index()
    lookup("平遥")
    assert places._index() is a


@pytest.mark.parametrize("name", ["北京市", "广西壮族自治区", "平遥县"])
def test_every_chain_ends_at_a_province(name):
    p = lookup(name)
    assert chain(p.code)[-1].level == "province"


def test_edges_reject_county_short_forms_inside_common_words():
    text = "扩大投资中，为打通城乡、加强和政策支持，和平遥开发区签约"
    forms = [t for *_, t in scan(text)]
    assert "资中" not in forms  # 投资 straddles the left edge
    assert "通城" not in forms  # 打通 / 城乡
    assert "和政" not in forms  # 政策 straddles the right edge
    assert "平遥" in forms  # 和 is a function character: 和平 does not count
    assert "资中" in [t for *_, t in scan(text, check_edges=False)]
    # Full names and province/city short forms are never rejected by their edges.
    assert places.plausible_at("形成华容县", 2, 5)
    assert places.plausible_at("太原理工大学", 0, 2)


def test_context_may_be_none_or_a_string():
    assert lookup("朝阳区", None) is None
    assert lookup("朝阳区", "北京市朝阳区望京").code == "110105"


def test_a_short_name_shared_by_a_city_and_its_own_county_is_the_city() -> None:
    from kg.knowledge import places

    assert places.lookup("南昌").name == "南昌市"
    assert places.lookup("南昌", ["南昌县"]).name == "南昌市"
    assert places.lookup("南昌县").name == "南昌县"
    assert places.lookup("红河").level == "city"


def test_a_short_county_form_outside_the_pages_main_province_is_a_name_part() -> None:
    from kg.pipeline import process_text

    doc = process_text("武汉东湖高新区今年发展迅速，湖北、武汉多家企业落户，襄阳、宜昌企业也来了。"
                       "东湖高新区管委会表示，一家江西企业也已签约。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "东湖区" not in places and "江西省" in places


def test_a_city_short_form_listed_beside_sure_places_is_a_place() -> None:
    # a county press release in 江苏 names the cities it toured: 深圳 alone (a city short form
    # outside the page's province) would need a zone or agency name to start; listed with
    # 上海 and 北京 it is one of them, and so is 广州 two items away from a sure place
    from kg.pipeline import process_text

    doc = process_text("东海县今年先后在深圳、广州、上海和北京举办产业合作恳谈会，签约项目12个。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"深圳市", "广州市", "上海市", "北京市", "东海县"} <= places
