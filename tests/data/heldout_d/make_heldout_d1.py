#!/usr/bin/env python3
"""Held-out set D, part 1 (pages d1_*): three blind-written newspaper pages
(天津 / 江西 / 云南+贵州) with exhaustive gold.

Standard library only, deterministic.  The clean article texts and the gold
live here; the script lays each page out (header, caption, articles, briefs),
applies PDF-style damage (hard line breaks every 12-22 characters with blank
lines between, spaces inside some words and between digits and CJK, a
headline drifted to the end of its article, two articles interleaved
paragraph by paragraph), writes pages/<id>.txt (one page as GB18030) and
gold/<id>.json, and checks that every evidence snippet and every entity form
occurs in the written page once whitespace is removed.

    python3 tests/data/heldout_d/make_heldout_d1.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

# ---------------------------------------------------------------- helpers

def E(id, type, name, aliases=(), opt=False, level=None):
    d = {"id": id, "type": type, "name": name, "aliases": list(aliases),
         "optional": opt}
    if level:
        d["level"] = level
    return d


def T(s, p, o, ev, amt=None, opt=False, usd=None):
    d = {"s": s, "p": p}
    if p == "designatedAs":
        d["o_literal"] = o
    else:
        d["o"] = o
    if amt is not None:
        d["amount_yuan"] = amt
    if usd is not None:
        d["amount_usd"] = usd
    d["evidence"] = ev
    d["optional"] = opt
    return d


def spacey(text, rng, words):
    """Spaces inside some listed words and between ASCII digits and CJK."""
    return dmg.space_alnum(dmg.spread_words(text, words, halve_over=4), rng, 0.6)


def wrap(text, rng, lo=12, hi=22):
    """Lines of lo-hi characters (no line starts with closing punctuation), blank line between."""
    lines = (line.strip(" ") for line in dmg.wrap(text, rng, (lo, hi)))
    return "\n\n".join(ln for ln in lines if ln)


def render(page):
    rng = random.Random(page["seed"])
    words = page.get("split_words", [])
    out = [page["header"], ""]
    for blk in page["layout"]:
        kind, text = blk
        if kind == "raw":            # header-like lines, titles, captions
            out.append(text)
        else:                         # body paragraph: damaged
            out.append(wrap(spacey(text, rng, words), rng))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


PLACE_SUFFIX = ("省", "市", "区", "县")
PARK_PAIRS = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"))


def form_ok(ent, form, flat):
    """README: a form must occur in the text, except the obvious full/short
    pair of a place (北京市/北京) or a park (经开区/经济技术开发区) when the
    text uses the other one."""
    f = chk.squash(form)
    if f in flat:
        return True
    forms = [chk.squash(x) for x in [ent["name"]] + ent["aliases"]]
    if ent["type"] == "Place" and f.endswith(PLACE_SUFFIX):
        return f[:-1] in forms and f[:-1] in flat
    if ent["type"] == "Park":
        for full, short in PARK_PAIRS:
            if full in f and f.replace(full, short) in flat:
                return True
            if short in f and f.replace(short, full) in flat:
                return True
    return False


def check(page, gold, text):
    flat = chk.squash(text)
    errs = []
    ids = {}
    for e in gold["entities"]:
        if e["id"] in ids:
            errs.append("duplicate id " + e["id"])
        ids[e["id"]] = e
        for f in [e["name"]] + e["aliases"]:
            if f != chk.squash(f):
                errs.append(f"whitespace in form {f!r}")
            if not form_ok(e, f, flat):
                errs.append("{} form not in page: {!r}".format(e["id"], f))
    seen = set()
    for t in gold["triples"]:
        key = (t["s"], t["p"], t.get("o", t.get("o_literal")))
        if key in seen:
            errs.append(f"duplicate triple {key!r}")
        seen.add(key)
        if t["s"] not in ids or ("o" in t and t["o"] not in ids):
            errs.append(f"unknown id in {key!r}")
            continue
        st, ot = chk.RELATION_TYPES[t["p"]]
        if ids[t["s"]]["type"] not in st:
            errs.append(f"bad subject type {key!r}")
        if ot and ids[t["o"]]["type"] not in ot:
            errs.append(f"bad object type {key!r}")
        if chk.squash(t["evidence"]) != t["evidence"]:
            errs.append("whitespace in evidence {!r}".format(t["evidence"]))
        if t["evidence"] not in flat:
            errs.append("evidence not in page: {!r}".format(t["evidence"]))
    n = len(text)
    if not 1800 <= n <= 4000:
        errs.append(f"page length {n} outside 1800-4000")
    return errs


# ================================================================ page d1_01
# 天津: 天津经开区 / 滨海高新区 (interleaved with 东疆综保区) / briefs

P1 = {
    "id": "d1_01",
    "encoding": "utf-8",
    "seed": 1101,
    "header": "7  区域经济  2026年11月20日  星期五  责任编辑：沈  越  美术编辑：高  扬",
    "split_words": ["锂电池正极材料", "智能网联汽车", "融资租赁", "知识产权",
                    "再制造", "协议投资额"],
}
A1 = [
    "11月18日，记者在天津经济技术开发区南港工业区看到，天津瀚海新能源科技有限公司年产5万吨锂电池正极材料项目一期主体厂房已经封顶，工人们正在安装窑炉设备。该项目总投资32亿元，全部达产后预计年产值约80亿元。",
    "“从签约到开工只用了4个月，基本做到了‘拿地即开工’。”瀚海新能源副总经理刘振波告诉记者，公司之所以把北方生产基地放在这里，看中的是天津经开区从材料、电芯到整车的完整配套。",
    "今年以来，天津经开区围绕新能源、生物医药、汽车及新能源汽车等主导产业开展产业链精准招商，先后引进宁川动力、远图储能、恒驰电子等龙头企业，1至10月新签约项目86个，协议投资额超过620亿元。",
    "外资项目同样看好这片热土。由德国博尔曼集团投资1.5亿美元建设的氢燃料电池双极板工厂已于9月落户天津经开区，预计明年三季度投产，将为京津冀地区的燃料电池整车企业就近供货。",
    "11月初，天津经济技术开发区管委会与北京云帆智驾科技股份有限公司签署战略合作协议。根据协议，云帆智驾将在开发区设立北方研发总部，并出资6亿元建设智能网联汽车测试验证中心。",
    "政策红利也在持续释放。天津市工业和信息化局、天津市发展和改革委员会近日联合印发《天津市新能源产业高质量发展行动方案（2025—2027年）》，明确支持天津经开区、滨海高新区建设千亿级新能源产业集群，对新引进的重大产业化项目按固定资产投资额给予最高5000万元补助。",
    "天津经开区管委会相关负责人表示，园区将用足用好各项政策，力争到2027年新能源产业规模突破1500亿元，培育一批具有全国影响力的“链主”企业，让产业链上的“朋友圈”越来越大。",
]
B1 = [
    "本报讯（记者 孙立群）日前，天津滨海高新技术产业开发区入选首批国家知识产权强国建设示范园区。截至10月底，滨海高新区有效发明专利拥有量达2.3万件，国家高新技术企业超过2100家。",
    "位于滨海高新区渤龙湖科技园的天津芯瑞半导体有限公司，是一家专注功率芯片封装测试的企业。今年6月，该公司投资8600万元实施的封装测试线智能化改造项目通过验收，产线良率由96.5%提升至99.2%。“专利池让我们和下游客户谈合作时更有底气。”芯瑞半导体总经理陈思远说。",
    "在知识产权运营方面，高新区联合天津市知识产权局设立了总规模10亿元的知识产权运营基金，已投资曙岚数创、云汉信息、精测医疗等17家科技型企业，其中曙岚数创、云汉信息今年获评国家级专精特新“小巨人”企业。",
]
C1 = [
    "地处天津市滨海新区的天津东疆综合保税区，是我国北方重要的飞机、船舶租赁聚集区。今年前三季度，东疆综保区新增交付租赁飞机112架、船舶68艘，租赁资产累计规模突破1.3万亿元。",
    "10月下旬，由天津航联维修工程有限公司投资4.5亿元建设的飞机维修再制造基地在东疆综保区开工。项目建成后可同时容纳4架窄体客机进行深度维修，并开展发动机部件再制造业务。航联维修负责人介绍，企业选择在保税区内布局，主要是看中“保税维修”政策带来的成本优势。",
    "融资租赁龙头企业也在加快集聚。国银远航融资租赁（天津）有限公司今年将总部迁入东疆，并与东疆综保区管委会签署协议，计划三年内在区内完成150亿元租赁资产投放。国银远航相关负责人表示，公司将重点布局绿色船舶租赁业务。",
]
BR1 = [
    "■ 11月15日，西青经济技术开发区与天津环宇精密机械有限公司签约，环宇精密总投资2.8亿元的新能源汽车电驱壳体生产线项目将落户西青经开区，达产后年产电驱壳体60万件。这是今年西青区签约的第5个新能源汽车配套项目。",
    "■ 天津武清经济技术开发区日前被认定为天津市首批智能制造示范园区。该开发区现有规模以上工业企业312家，今年前三季度实现规上工业产值468亿元。",
    "■ 中新天津生态城内的天津绿岸环境科技有限公司日前获评国家级绿色工厂。据介绍，绿岸环境今年投资4200万元建成的光储直柔零碳车间已投入使用，年减少碳排放约3600吨。",
]
P1["layout"] = (
    [("raw", "图为天津瀚海新能源科技有限公司正极材料项目施工现场。\n本报记者  周海宁摄"),
     ("raw", "本报记者  周海宁")]
    + [("p", x) for x in A1]
    # headline drifted to the end of its article
    + [("raw", "链主带动  配套跟进\n天津经开区新能源产业链加速成势")]
    + [("raw", "滨海高新区入选首批国家知识产权强国\n建设示范园区"),
       ("p", B1[0]),
       ("raw", "东疆综保区租赁资产规模突破1.3万亿元"),
       ("p", C1[0]), ("p", B1[1]), ("p", C1[1]), ("p", B1[2]), ("p", C1[2]),
       ("raw", "（本报记者  韩  蕾）"),
       ("raw", "简  讯")]
    + [("p", x) for x in BR1]
)
G1_ENT = [
    E("pl_tianjin", "Place", "天津市", ["天津"], level="city"),
    E("pl_binhai", "Place", "滨海新区", level="district"),
    E("pl_xiqing", "Place", "西青区", ["西青"], level="district"),
    E("pl_beijing", "Place", "北京市", ["北京"], opt=True, level="city"),
    E("pl_germany", "Place", "德国", opt=True, level="country"),
    E("pk_teda", "Park", "天津经济技术开发区", ["天津经开区"]),
    E("pk_nangang", "Park", "南港工业区"),
    E("pk_bhgx", "Park", "天津滨海高新技术产业开发区", ["滨海高新区", "高新区"]),
    E("pk_bolonghu", "Park", "渤龙湖科技园"),
    E("pk_dongjiang", "Park", "天津东疆综合保税区", ["东疆综保区", "东疆"]),
    E("pk_xiqing", "Park", "西青经济技术开发区", ["西青经开区"]),
    E("pk_wuqing", "Park", "天津武清经济技术开发区", ["武清经开区"]),
    E("pk_eco", "Park", "中新天津生态城"),
    E("co_lvan", "Company", "天津绿岸环境科技有限公司", ["绿岸环境"]),
    E("pj_lingtan", "Project", "光储直柔零碳车间"),
    E("ag_teda_gwh", "Agency", "天津经济技术开发区管委会", ["天津经开区管委会"]),
    E("ag_tj_gxj", "Agency", "天津市工业和信息化局"),
    E("ag_tj_fgw", "Agency", "天津市发展和改革委员会"),
    E("ag_tj_zscq", "Agency", "天津市知识产权局"),
    E("ag_dj_gwh", "Agency", "东疆综保区管委会"),
    E("po_tj_xny", "Policy", "天津市新能源产业高质量发展行动方案（2025—2027年）"),
    E("co_hanhai", "Company", "天津瀚海新能源科技有限公司", ["瀚海新能源"]),
    E("co_ningchuan", "Company", "宁川动力"),
    E("co_yuantu", "Company", "远图储能"),
    E("co_hengchi", "Company", "恒驰电子"),
    E("co_boerman", "Company", "博尔曼集团", ["德国博尔曼集团"]),
    E("co_yunfan", "Company", "北京云帆智驾科技股份有限公司", ["云帆智驾"]),
    E("co_xinrui", "Company", "天津芯瑞半导体有限公司", ["芯瑞半导体"]),
    E("co_shulan", "Company", "曙岚数创"),
    E("co_yunhan", "Company", "云汉信息"),
    E("co_jingce", "Company", "精测医疗"),
    E("co_hanglian", "Company", "天津航联维修工程有限公司", ["航联维修"]),
    E("co_guoyin", "Company", "国银远航融资租赁（天津）有限公司", ["国银远航"]),
    E("co_huanyu", "Company", "天津环宇精密机械有限公司", ["环宇精密"]),
    E("pj_zhengji", "Project", "年产5万吨锂电池正极材料项目", ["正极材料项目"]),
    E("pj_beifang", "Project", "北方生产基地", opt=True),
    E("pj_shuangji", "Project", "氢燃料电池双极板工厂"),
    E("pj_yanfa", "Project", "北方研发总部", opt=True),
    E("pj_ceshi", "Project", "智能网联汽车测试验证中心"),
    E("pj_fengce", "Project", "封装测试线智能化改造项目"),
    E("pj_weixiu", "Project", "飞机维修再制造基地"),
    E("pj_keti", "Project", "新能源汽车电驱壳体生产线项目"),
]
G1_TRI = [
    # places
    T("pl_binhai", "partOf", "pl_tianjin", "地处天津市滨海新区的天津东疆综合保税区"),
    T("pl_xiqing", "partOf", "pl_tianjin", "这是今年西青区签约的第5个新能源汽车配套项目", opt=True),
    # parks
    T("pk_teda", "locatedIn", "pl_tianjin", "记者在天津经济技术开发区南港工业区看到"),
    T("pk_nangang", "locatedIn", "pk_teda", "记者在天津经济技术开发区南港工业区看到"),
    T("pk_bhgx", "locatedIn", "pl_tianjin", "天津滨海高新技术产业开发区入选首批国家知识产权强国建设示范园区"),
    T("pk_bhgx", "locatedIn", "pl_binhai", "天津滨海高新技术产业开发区入选首批国家知识产权强国建设示范园区", opt=True),
    T("pk_bolonghu", "locatedIn", "pk_bhgx", "位于滨海高新区渤龙湖科技园的天津芯瑞半导体有限公司"),
    T("pk_dongjiang", "locatedIn", "pl_binhai", "地处天津市滨海新区的天津东疆综合保税区"),
    T("pk_xiqing", "locatedIn", "pl_xiqing", "项目将落户西青经开区，达产后年产电驱壳体60万件。这是今年西青区签约的第5个新能源汽车配套项目"),
    T("pk_wuqing", "locatedIn", "pl_tianjin", "天津武清经济技术开发区日前被认定为天津市首批智能制造示范园区"),
    T("pk_bhgx", "designatedAs", "首批国家知识产权强国建设示范园区", "天津滨海高新技术产业开发区入选首批国家知识产权强国建设示范园区"),
    T("pk_wuqing", "designatedAs", "天津市首批智能制造示范园区", "天津武清经济技术开发区日前被认定为天津市首批智能制造示范园区"),
    # 瀚海
    T("co_hanhai", "investsIn", "pj_zhengji", "天津瀚海新能源科技有限公司年产5万吨锂电池正极材料项目一期主体厂房已经封顶，工人们正在安装窑炉设备。该项目总投资32亿元", amt=3200000000),
    T("pj_zhengji", "locatedIn", "pk_nangang", "天津经济技术开发区南港工业区看到，天津瀚海新能源科技有限公司年产5万吨锂电池正极材料项目"),
    T("pj_zhengji", "locatedIn", "pk_teda", "天津经济技术开发区南港工业区看到，天津瀚海新能源科技有限公司年产5万吨锂电池正极材料项目", opt=True),
    T("co_hanhai", "locatedIn", "pk_nangang", "天津经济技术开发区南港工业区看到，天津瀚海新能源科技有限公司", opt=True),
    T("co_hanhai", "locatedIn", "pk_teda", "公司之所以把北方生产基地放在这里，看中的是天津经开区从材料、电芯到整车的完整配套", opt=True),
    T("co_hanhai", "locatedIn", "pl_tianjin", "天津瀚海新能源科技有限公司", opt=True),
    T("co_hanhai", "investsIn", "pj_beifang", "公司之所以把北方生产基地放在这里", opt=True),
    T("pj_beifang", "locatedIn", "pk_teda", "公司之所以把北方生产基地放在这里，看中的是天津经开区", opt=True),
    # 引进…等龙头企业
    T("co_ningchuan", "locatedIn", "pk_teda", "天津经开区围绕新能源、生物医药、汽车及新能源汽车等主导产业开展产业链精准招商，先后引进宁川动力、远图储能、恒驰电子等龙头企业", opt=True),
    T("co_yuantu", "locatedIn", "pk_teda", "先后引进宁川动力、远图储能、恒驰电子等龙头企业", opt=True),
    T("co_hengchi", "locatedIn", "pk_teda", "先后引进宁川动力、远图储能、恒驰电子等龙头企业", opt=True),
    # 博尔曼 (USD amount: no amount_yuan, see amount_usd)
    T("co_boerman", "investsIn", "pj_shuangji", "由德国博尔曼集团投资1.5亿美元建设的氢燃料电池双极板工厂", usd=150000000),
    T("pj_shuangji", "locatedIn", "pk_teda", "氢燃料电池双极板工厂已于9月落户天津经开区"),
    T("co_boerman", "locatedIn", "pl_germany", "由德国博尔曼集团投资", opt=True),
    # 云帆智驾
    T("ag_teda_gwh", "signsWith", "co_yunfan", "天津经济技术开发区管委会与北京云帆智驾科技股份有限公司签署战略合作协议"),
    T("pk_teda", "signsWith", "co_yunfan", "天津经济技术开发区管委会与北京云帆智驾科技股份有限公司签署战略合作协议", opt=True),
    T("co_yunfan", "investsIn", "pj_ceshi", "云帆智驾将在开发区设立北方研发总部，并出资6亿元建设智能网联汽车测试验证中心", amt=600000000),
    T("pj_ceshi", "locatedIn", "pk_teda", "云帆智驾将在开发区设立北方研发总部，并出资6亿元建设智能网联汽车测试验证中心"),
    T("co_yunfan", "investsIn", "pj_yanfa", "云帆智驾将在开发区设立北方研发总部", opt=True),
    T("pj_yanfa", "locatedIn", "pk_teda", "云帆智驾将在开发区设立北方研发总部", opt=True),
    T("co_yunfan", "locatedIn", "pl_beijing", "北京云帆智驾科技股份有限公司", opt=True),
    T("co_yunfan", "locatedIn", "pk_teda", "云帆智驾将在开发区设立北方研发总部", opt=True),
    # policy
    T("po_tj_xny", "issuedBy", "ag_tj_gxj", "天津市工业和信息化局、天津市发展和改革委员会近日联合印发《天津市新能源产业高质量发展行动方案（2025—2027年）》"),
    T("po_tj_xny", "issuedBy", "ag_tj_fgw", "天津市发展和改革委员会近日联合印发《天津市新能源产业高质量发展行动方案（2025—2027年）》"),
    # 滨海高新区
    T("co_xinrui", "locatedIn", "pk_bolonghu", "位于滨海高新区渤龙湖科技园的天津芯瑞半导体有限公司"),
    T("co_xinrui", "locatedIn", "pk_bhgx", "位于滨海高新区渤龙湖科技园的天津芯瑞半导体有限公司", opt=True),
    T("co_xinrui", "investsIn", "pj_fengce", "该公司投资8600万元实施的封装测试线智能化改造项目通过验收", amt=86000000),
    T("pj_fengce", "locatedIn", "pk_bolonghu", "位于滨海高新区渤龙湖科技园的天津芯瑞半导体有限公司，是一家专注功率芯片封装测试的企业。今年6月，该公司投资8600万元实施的封装测试线智能化改造项目"),
    T("pj_fengce", "locatedIn", "pk_bhgx", "今年6月，该公司投资8600万元实施的封装测试线智能化改造项目通过验收", opt=True),
    T("co_shulan", "designatedAs", "国家级专精特新“小巨人”企业", "其中曙岚数创、云汉信息今年获评国家级专精特新“小巨人”企业"),
    T("co_yunhan", "designatedAs", "国家级专精特新“小巨人”企业", "其中曙岚数创、云汉信息今年获评国家级专精特新“小巨人”企业"),
    T("co_shulan", "locatedIn", "pk_bhgx", "高新区联合天津市知识产权局设立了总规模10亿元的知识产权运营基金，已投资曙岚数创", opt=True),
    T("co_yunhan", "locatedIn", "pk_bhgx", "已投资曙岚数创、云汉信息、精测医疗等17家科技型企业", opt=True),
    T("co_jingce", "locatedIn", "pk_bhgx", "已投资曙岚数创、云汉信息、精测医疗等17家科技型企业", opt=True),
    # 东疆
    T("co_hanglian", "investsIn", "pj_weixiu", "由天津航联维修工程有限公司投资4.5亿元建设的飞机维修再制造基地", amt=450000000),
    T("pj_weixiu", "locatedIn", "pk_dongjiang", "飞机维修再制造基地在东疆综保区开工"),
    T("co_hanglian", "locatedIn", "pk_dongjiang", "航联维修负责人介绍，企业选择在保税区内布局", opt=True),
    T("co_guoyin", "locatedIn", "pk_dongjiang", "国银远航融资租赁（天津）有限公司今年将总部迁入东疆"),
    T("ag_dj_gwh", "signsWith", "co_guoyin", "并与东疆综保区管委会签署协议"),
    T("pk_dongjiang", "signsWith", "co_guoyin", "并与东疆综保区管委会签署协议", opt=True),
    # briefs
    T("pk_xiqing", "signsWith", "co_huanyu", "西青经济技术开发区与天津环宇精密机械有限公司签约"),
    T("co_huanyu", "investsIn", "pj_keti", "环宇精密总投资2.8亿元的新能源汽车电驱壳体生产线项目", amt=280000000),
    T("pj_keti", "locatedIn", "pk_xiqing", "新能源汽车电驱壳体生产线项目将落户西青经开区"),
    T("co_huanyu", "locatedIn", "pl_tianjin", "天津环宇精密机械有限公司", opt=True),
    T("co_lvan", "locatedIn", "pk_eco", "中新天津生态城内的天津绿岸环境科技有限公司"),
    T("co_lvan", "designatedAs", "国家级绿色工厂", "天津绿岸环境科技有限公司日前获评国家级绿色工厂"),
    T("co_lvan", "investsIn", "pj_lingtan", "绿岸环境今年投资4200万元建成的光储直柔零碳车间已投入使用", amt=42000000),
    T("pj_lingtan", "locatedIn", "pk_eco", "中新天津生态城内的天津绿岸环境科技有限公司日前获评国家级绿色工厂。据介绍，绿岸环境今年投资4200万元建成的光储直柔零碳车间", opt=True),
    T("pk_eco", "locatedIn", "pl_tianjin", "中新天津生态城", opt=True),
]

# ================================================================ page d1_02
# 江西: 赣州经开区 / 赣州高新区 / 南昌 (headline drift) / briefs.  GB18030.

P2 = {
    "id": "d1_02",
    "encoding": "gb18030",
    "seed": 1202,
    "header": "江西日报  2026年11月19日  星期四  第5版  园区经济  责任编辑  刘  敏",
    "split_words": ["驱动电机", "工业用地", "钕铁硼永磁材料", "分布式光伏",
                    "环保改造"],
}
A2 = [
    "初冬时节，赣州经济技术开发区新能源汽车科技城内塔吊林立。江西骏驰新能源汽车有限公司年产20万台新能源汽车驱动电机项目的两栋联合厂房正在进行钢结构吊装，项目总投资18.6亿元，计划明年6月投产，新增工业用地260亩。",
    "“整车厂就在隔壁，电机下线当天就能送上总装线。”骏驰汽车相关负责人说。近年来，赣州经开区以整车项目为牵引，先后引进擎越电驱、赣宇锂业、华鼎精工等上下游配套企业40余家，初步形成了涵盖电池、电机、电控和整车制造的产业链，成为江西省新能源汽车产业的重要增长极。2025年，赣州经开区新能源汽车产业营收突破600亿元。",
    "11月8日，赣州经开区管委会与广东力恒精密模具有限公司签署入园协议。根据协议，该公司将在经开区汽车零部件产业园投资6800万元建设汽车覆盖件模具生产线，力恒模具由此成为园区引进的第一家大型模具企业。",
    "在位于赣州市赣县区的赣州高新技术产业开发区，稀土永磁产业同样加速“由原到材”。江西稀磁科技集团有限公司（稀磁集团）投资12亿元建设的年产1.5万吨高性能钕铁硼永磁材料项目今年9月投产，产品主要供应新能源汽车和风电企业。该企业还与赣州高新区管委会签约，将追加投资3.5亿元建设稀土永磁材料研究院。",
    "今年，赣州高新区入选国家级绿色工业园区名单。该区负责人表示，下一步将用好江西省工业和信息化厅、江西省财政厅联合出台的《关于支持开发区高质量发展的若干措施》，在用地、用能和融资方面为企业“松绑减负”。",
    "据统计，今年前三季度，赣州市各开发区规上工业增加值同比增长9.8%，高于全省平均水平1.6个百分点，开发区对全市工业增长的贡献率超过八成。",
]
B2 = [
    "本报讯（记者 熊晨 通讯员 邹雅琪）11月12日，南昌高新技术产业开发区管委会与深圳星辰光电股份有限公司签署投资协议。星辰光电将在南昌高新区投资25亿元，建设Mini LED显示模组生产基地，达产后年产值可达40亿元。这是今年以来南昌市引进的单体投资最大的光电项目。",
    "南昌高新区相关负责人介绍，今年以来，园区坚持“链长+链主”双链协同，围绕电子信息、生物医药、航空制造三大主导产业开展“点对点”招商，1至10月新签约亿元以上项目41个，总投资超过380亿元，项目平均从签约到开工的时间压缩至75天。",
    "与此同时，位于南昌经济技术开发区的洪晟智造装备有限公司投资3千万元实施涂装车间环保改造，VOCs排放量下降七成。洪晟智造今年还入选了江西省“专精特新”中小企业名单，公司订单已排到明年二季度。",
    "赣江新区也在发力。11月10日，赣江新区管委会与中电绿源集团签署合作协议，由中电绿源集团投资5.2亿元建设的100兆瓦分布式光伏工程，将覆盖新区内30余家企业的厂房屋顶，年发电量约1.1亿千瓦时。",
    "“屋顶光伏发出的电，企业自用一部分、余电上网一部分，一年能省下一大笔电费。”新区内一家电子企业的负责人给记者算了一笔账。",
]
BR2 = [
    "■ 龙南经济技术开发区日前被认定为江西省首批“5G+工业互联网”融合应用先导区。目前，龙南经开区聚集电子信息企业150余家。",
    "■ 11月16日，总投资15亿元的年产30万吨绿色食品精深加工产业园项目在位于南昌县的小蓝经济技术开发区开工。该项目由江西谷丰集团投资建设，建成后可带动周边农户1.2万户增收。",
    "■ 在日前公布的2025年度全省开发区综合考评中，瑞金经济技术开发区被评为“进位赶超”先进开发区，瑞金经开区今年新引进工业项目32个。",
    "■ 赣州综合保税区1至10月进出口总额达到186.4亿元，同比增长21.3%。区内新落户的江西速达跨境物流有限公司已开通赣州至东盟国家的跨境公路班车，每周发车6班。",
]
P2["layout"] = (
    [("raw", "11月14日，江西骏驰新能源汽车有限公司总装车间内，\n工人正在调试下线车辆。  本报记者  钟文华摄"),
     ("raw", "赣州经开区：“新能源+”撑起千亿产业集群"),
     ("raw", "本报记者  钟文华  通讯员  曾  睿")]
    + [("p", x) for x in A2]
    + [("p", x) for x in B2]
    # headline of the Nanchang article drifted below it
    + [("raw", "南昌招大引强“加速跑”")]
    + [("raw", "园区简讯")]
    + [("p", x) for x in BR2]
)
G2_ENT = [
    E("pl_jiangxi", "Place", "江西省", ["江西"], level="province"),
    E("pl_ganzhou", "Place", "赣州市", ["赣州"], level="city"),
    E("pl_ganxian", "Place", "赣县区", level="district"),
    E("pl_nanchang", "Place", "南昌市", ["南昌"], level="city"),
    E("pl_shenzhen", "Place", "深圳市", ["深圳"], opt=True, level="city"),
    E("pk_gzjk", "Park", "赣州经济技术开发区", ["赣州经开区"]),
    E("pk_gz_kjc", "Park", "新能源汽车科技城"),
    E("pk_gzgx", "Park", "赣州高新技术产业开发区", ["赣州高新区"]),
    E("pk_ncgx", "Park", "南昌高新技术产业开发区", ["南昌高新区"]),
    E("pk_ncjk", "Park", "南昌经济技术开发区", ["南昌经开区"]),
    E("pk_ganjiang", "Park", "赣江新区"),
    E("pk_longnan", "Park", "龙南经济技术开发区", ["龙南经开区"]),
    E("pk_gzzb", "Park", "赣州综合保税区"),
    E("pl_nanchangxian", "Place", "南昌县", level="county"),
    E("pk_gz_qlbj", "Park", "汽车零部件产业园", opt=True),
    E("pk_xiaolan", "Park", "小蓝经济技术开发区", ["小蓝经开区"]),
    E("pk_ruijin", "Park", "瑞金经济技术开发区", ["瑞金经开区"]),
    E("ag_gzjk_gwh", "Agency", "赣州经开区管委会"),
    E("co_liheng", "Company", "广东力恒精密模具有限公司", ["力恒模具"]),
    E("co_gufeng", "Company", "江西谷丰集团"),
    E("pj_muju", "Project", "汽车覆盖件模具生产线"),
    E("pj_shipin", "Project", "年产30万吨绿色食品精深加工产业园项目"),
    E("pl_guangdong", "Place", "广东省", ["广东"], opt=True, level="province"),
    E("ag_gzgx_gwh", "Agency", "赣州高新区管委会"),
    E("ag_jx_gxt", "Agency", "江西省工业和信息化厅"),
    E("ag_jx_czt", "Agency", "江西省财政厅"),
    E("ag_ncgx_gwh", "Agency", "南昌高新技术产业开发区管委会"),
    E("ag_gj_gwh", "Agency", "赣江新区管委会"),
    E("po_jx_kfq", "Policy", "关于支持开发区高质量发展的若干措施"),
    E("co_junchi", "Company", "江西骏驰新能源汽车有限公司", ["骏驰汽车"]),
    E("co_qingyue", "Company", "擎越电驱"),
    E("co_ganyu", "Company", "赣宇锂业"),
    E("co_huading", "Company", "华鼎精工"),
    E("co_xici", "Company", "江西稀磁科技集团有限公司", ["稀磁集团"]),
    E("co_xingchen", "Company", "深圳星辰光电股份有限公司", ["星辰光电"]),
    E("co_hongsheng", "Company", "洪晟智造装备有限公司", ["洪晟智造"]),
    E("co_zdly", "Company", "中电绿源集团"),
    E("co_suda", "Company", "江西速达跨境物流有限公司"),
    E("pj_dianji", "Project", "年产20万台新能源汽车驱动电机项目"),
    E("pj_cicai", "Project", "年产1.5万吨高性能钕铁硼永磁材料项目"),
    E("pj_yanjiuyuan", "Project", "稀土永磁材料研究院"),
    E("pj_miniled", "Project", "MiniLED显示模组生产基地"),
    E("pj_tuzhuang", "Project", "涂装车间环保改造"),
    E("pj_guangfu", "Project", "100兆瓦分布式光伏工程"),
]
G2_TRI = [
    T("pl_ganxian", "partOf", "pl_ganzhou", "在位于赣州市赣县区的赣州高新技术产业开发区"),
    T("pl_ganzhou", "partOf", "pl_jiangxi", "成为江西省新能源汽车产业的重要增长极", opt=True),
    T("pl_nanchang", "partOf", "pl_jiangxi", "这是今年以来南昌市引进的单体投资最大的光电项目", opt=True),
    T("pk_gzjk", "locatedIn", "pl_ganzhou", "赣州经济技术开发区新能源汽车科技城内塔吊林立"),
    T("pk_gz_kjc", "locatedIn", "pk_gzjk", "赣州经济技术开发区新能源汽车科技城内塔吊林立"),
    T("pk_gzgx", "locatedIn", "pl_ganxian", "在位于赣州市赣县区的赣州高新技术产业开发区"),
    T("pk_ncgx", "locatedIn", "pl_nanchang", "这是今年以来南昌市引进的单体投资最大的光电项目"),
    T("pk_ncjk", "locatedIn", "pl_nanchang", "位于南昌经济技术开发区的洪晟智造装备有限公司"),
    T("pk_longnan", "locatedIn", "pl_jiangxi", "龙南经济技术开发区日前被认定为江西省首批“5G+工业互联网”融合应用先导区", opt=True),
    T("pk_gzzb", "locatedIn", "pl_ganzhou", "赣州综合保税区1至10月进出口总额达到186.4亿元"),
    T("pk_gzgx", "designatedAs", "国家级绿色工业园区", "今年，赣州高新区入选国家级绿色工业园区名单"),
    T("pk_longnan", "designatedAs", "江西省首批“5G+工业互联网”融合应用先导区", "龙南经济技术开发区日前被认定为江西省首批“5G+工业互联网”融合应用先导区"),
    # 骏驰
    T("co_junchi", "investsIn", "pj_dianji", "江西骏驰新能源汽车有限公司年产20万台新能源汽车驱动电机项目的两栋联合厂房正在进行钢结构吊装，项目总投资18.6亿元", amt=1860000000),
    T("pj_dianji", "locatedIn", "pk_gz_kjc", "赣州经济技术开发区新能源汽车科技城内塔吊林立。江西骏驰新能源汽车有限公司年产20万台新能源汽车驱动电机项目"),
    T("pj_dianji", "locatedIn", "pk_gzjk", "赣州经济技术开发区新能源汽车科技城内塔吊林立。江西骏驰新能源汽车有限公司年产20万台新能源汽车驱动电机项目", opt=True),
    T("co_junchi", "locatedIn", "pk_gzjk", "赣州经济技术开发区新能源汽车科技城内塔吊林立。江西骏驰新能源汽车有限公司", opt=True),
    T("co_junchi", "locatedIn", "pk_gz_kjc", "新能源汽车科技城内塔吊林立。江西骏驰新能源汽车有限公司", opt=True),
    T("co_junchi", "locatedIn", "pl_jiangxi", "江西骏驰新能源汽车有限公司", opt=True),
    T("co_qingyue", "locatedIn", "pk_gzjk", "赣州经开区以整车项目为牵引，先后引进擎越电驱、赣宇锂业、华鼎精工等上下游配套企业40余家"),
    T("co_ganyu", "locatedIn", "pk_gzjk", "赣州经开区以整车项目为牵引，先后引进擎越电驱、赣宇锂业、华鼎精工等上下游配套企业40余家"),
    T("co_huading", "locatedIn", "pk_gzjk", "赣州经开区以整车项目为牵引，先后引进擎越电驱、赣宇锂业、华鼎精工等上下游配套企业40余家"),
    # 稀磁
    T("co_xici", "investsIn", "pj_cicai", "江西稀磁科技集团有限公司（稀磁集团）投资12亿元建设的年产1.5万吨高性能钕铁硼永磁材料项目", amt=1200000000),
    T("pj_cicai", "locatedIn", "pk_gzgx", "在位于赣州市赣县区的赣州高新技术产业开发区，稀土永磁产业同样加速“由原到材”。江西稀磁科技集团有限公司（稀磁集团）投资12亿元建设的年产1.5万吨高性能钕铁硼永磁材料项目"),
    T("co_xici", "locatedIn", "pk_gzgx", "在位于赣州市赣县区的赣州高新技术产业开发区，稀土永磁产业同样加速“由原到材”。江西稀磁科技集团有限公司", opt=True),
    T("co_xici", "locatedIn", "pl_jiangxi", "江西稀磁科技集团有限公司", opt=True),
    T("ag_gzgx_gwh", "signsWith", "co_xici", "该企业还与赣州高新区管委会签约"),
    T("pk_gzgx", "signsWith", "co_xici", "该企业还与赣州高新区管委会签约", opt=True),
    T("co_xici", "investsIn", "pj_yanjiuyuan", "该企业还与赣州高新区管委会签约，将追加投资3.5亿元建设稀土永磁材料研究院", amt=350000000),
    T("pj_yanjiuyuan", "locatedIn", "pk_gzgx", "该企业还与赣州高新区管委会签约，将追加投资3.5亿元建设稀土永磁材料研究院", opt=True),
    # policy
    T("po_jx_kfq", "issuedBy", "ag_jx_gxt", "江西省工业和信息化厅、江西省财政厅联合出台的《关于支持开发区高质量发展的若干措施》"),
    T("po_jx_kfq", "issuedBy", "ag_jx_czt", "江西省财政厅联合出台的《关于支持开发区高质量发展的若干措施》"),
    # 南昌
    T("ag_ncgx_gwh", "signsWith", "co_xingchen", "南昌高新技术产业开发区管委会与深圳星辰光电股份有限公司签署投资协议"),
    T("pk_ncgx", "signsWith", "co_xingchen", "南昌高新技术产业开发区管委会与深圳星辰光电股份有限公司签署投资协议", opt=True),
    T("co_xingchen", "investsIn", "pj_miniled", "星辰光电将在南昌高新区投资25亿元，建设MiniLED显示模组生产基地", amt=2500000000),
    T("pj_miniled", "locatedIn", "pk_ncgx", "星辰光电将在南昌高新区投资25亿元，建设MiniLED显示模组生产基地"),
    T("co_xingchen", "locatedIn", "pk_ncgx", "星辰光电将在南昌高新区投资25亿元", opt=True),
    T("co_xingchen", "locatedIn", "pl_shenzhen", "深圳星辰光电股份有限公司", opt=True),
    T("co_hongsheng", "locatedIn", "pk_ncjk", "位于南昌经济技术开发区的洪晟智造装备有限公司"),
    T("co_hongsheng", "investsIn", "pj_tuzhuang", "洪晟智造装备有限公司投资3千万元实施涂装车间环保改造", amt=30000000),
    T("pj_tuzhuang", "locatedIn", "pk_ncjk", "位于南昌经济技术开发区的洪晟智造装备有限公司投资3千万元实施涂装车间环保改造"),
    T("co_hongsheng", "designatedAs", "江西省“专精特新”中小企业", "洪晟智造今年还入选了江西省“专精特新”中小企业名单"),
    T("ag_gj_gwh", "signsWith", "co_zdly", "赣江新区管委会与中电绿源集团签署合作协议"),
    T("pk_ganjiang", "signsWith", "co_zdly", "赣江新区管委会与中电绿源集团签署合作协议", opt=True),
    T("co_zdly", "investsIn", "pj_guangfu", "由中电绿源集团投资5.2亿元建设的100兆瓦分布式光伏工程", amt=520000000),
    T("pj_guangfu", "locatedIn", "pk_ganjiang", "赣江新区也在发力。11月10日，赣江新区管委会与中电绿源集团签署合作协议，由中电绿源集团投资5.2亿元建设的100兆瓦分布式光伏工程，将覆盖新区内30余家企业的厂房屋顶"),
    T("pk_ganjiang", "locatedIn", "pl_jiangxi", "赣江新区", opt=True),
    # briefs
    T("co_suda", "locatedIn", "pk_gzzb", "区内新落户的江西速达跨境物流有限公司"),
    T("co_suda", "locatedIn", "pl_jiangxi", "江西速达跨境物流有限公司", opt=True),
    T("ag_gzjk_gwh", "signsWith", "co_liheng", "赣州经开区管委会与广东力恒精密模具有限公司签署入园协议"),
    T("pk_gzjk", "signsWith", "co_liheng", "赣州经开区管委会与广东力恒精密模具有限公司签署入园协议", opt=True),
    T("co_liheng", "investsIn", "pj_muju", "该公司将在经开区汽车零部件产业园投资6800万元建设汽车覆盖件模具生产线", amt=68000000),
    T("pj_muju", "locatedIn", "pk_gz_qlbj", "该公司将在经开区汽车零部件产业园投资6800万元建设汽车覆盖件模具生产线", opt=True),
    T("pj_muju", "locatedIn", "pk_gzjk", "赣州经开区管委会与广东力恒精密模具有限公司签署入园协议。根据协议，该公司将在经开区汽车零部件产业园投资6800万元建设汽车覆盖件模具生产线"),
    T("pk_gz_qlbj", "locatedIn", "pk_gzjk", "该公司将在经开区汽车零部件产业园", opt=True),
    T("co_liheng", "locatedIn", "pk_gzjk", "力恒模具由此成为园区引进的第一家大型模具企业", opt=True),
    T("co_liheng", "locatedIn", "pl_guangdong", "广东力恒精密模具有限公司", opt=True),
    T("co_gufeng", "investsIn", "pj_shipin", "总投资15亿元的年产30万吨绿色食品精深加工产业园项目在位于南昌县的小蓝经济技术开发区开工。该项目由江西谷丰集团投资建设", amt=1500000000),
    T("pj_shipin", "locatedIn", "pk_xiaolan", "年产30万吨绿色食品精深加工产业园项目在位于南昌县的小蓝经济技术开发区开工"),
    T("pk_xiaolan", "locatedIn", "pl_nanchangxian", "位于南昌县的小蓝经济技术开发区"),
    T("pl_nanchangxian", "partOf", "pl_nanchang", "南昌县", opt=True),
    T("co_gufeng", "locatedIn", "pl_jiangxi", "江西谷丰集团", opt=True),
    T("pk_ruijin", "designatedAs", "“进位赶超”先进开发区", "瑞金经济技术开发区被评为“进位赶超”先进开发区"),
    T("pk_ruijin", "locatedIn", "pl_jiangxi", "在日前公布的2025年度全省开发区综合考评中，瑞金经济技术开发区", opt=True),
]

# ================================================================ page d1_03
# 云南: 昆明经开区 / 昆明综保区 interleaved with 曲靖经开区 / 沾益; 贵州 brief.

P3 = {
    "id": "d1_03",
    "encoding": "utf-8",
    "seed": 1303,
    "header": "云南日报  园区经济  6  2026年11月21日  星期六  编辑：何  涛",
    "split_words": ["中药配方颗粒", "单晶硅片", "高纯石英坩埚", "冷链分拨",
                    "工业机器人", "算力调度"],
}
A3 = [
    "在昆明经济技术开发区，一座现代化中药工厂即将建成。这座工厂由云南滇草药业股份有限公司投资7.8亿元建设，是滇草药业中药配方颗粒智能工厂项目的核心部分，设计年产配方颗粒3000吨。",
    "“过去企业拿地要跑十几个部门，现在园区‘一窗受理’，最快7个工作日就能拿到施工许可证。”滇草药业董事长王建国说。据统计，今年1至10月，昆明经开区新开工亿元以上产业项目27个，产业投资同比增长14.6%，高于全市平均水平6.2个百分点。",
    "作为昆明市生物医药产业的主阵地，昆明经开区近年来先后引进康澜生物、普云制药、益滇医疗器械等企业，全区生物医药规上企业达到58家，今年前三季度实现产值212亿元。",
    "与生物医药集群一路之隔的昆明综合保税区，跨境贸易持续升温。总投资1.2亿元的东南亚水果冷链分拨中心10月在昆明综保区投入运营，项目由云南澜湄供应链管理有限公司投资建设。澜湄供应链负责人介绍，分拨中心每天可处理榴莲、山竹等进口水果200吨，最快当天即可发往北京、上海等地。",
    "昆明高新技术产业开发区也在加快补链。11月初，昆明高新区管委会与杭州普济医药科技有限公司签约，普济医药将投资3.6亿元在马金铺片区建设高端制剂生产线，这是该企业在西南地区布局的首个生产基地。",
    "今年5月，云南省人民政府办公厅印发《云南省加快生物医药产业高质量发展若干措施》，提出支持昆明经开区、昆明高新区打造生物医药产业集聚区。",
]
B3 = [
    "本报讯（记者 李航）11月17日，曲靖经济技术开发区与云南晶曜光伏科技有限公司举行年产10GW单晶硅片项目签约仪式。该项目总投资约46亿元，分两期建设，全部建成后年产值可达120亿元。",
    "晶曜光伏是曲靖经开区今年引进的第三家光伏链上企业，去年被认定为云南省专精特新中小企业。截至目前，曲靖经开区已聚集硅材料、硅片、电池片和组件企业23家。",
    "在曲靖市沾益区，沾益工业园区同样瞄准硅光伏产业。由江苏恒硕新材料股份有限公司投资9.6亿元建设的年产3万吨高纯石英坩埚项目正在进行设备安装，恒硕新材料计划明年一季度实现首批产品下线。",
    "从工业硅到单晶硅片、从电池片到组件，曲靖光伏产业链条日趋完整。数据显示，今年前三季度，曲靖市光伏产业实现产值410亿元，占全市规上工业产值的比重提高到18.7%。曲靖经开区管委会负责人表示，园区将围绕“缺链”环节精准招商，力争年底前再落地3个以上配套项目。",
    "为降低企业用能成本，曲靖经开区正在建设总投资8.2亿元的源网荷储一体化示范工程，由云南滇电绿能科技有限公司负责投资运营，预计明年6月并网，届时园区企业用电成本可下降约一成。",
    "曲靖市发展和改革委员会有关负责人介绍，曲靖市正在编制《曲靖市光伏产业链高质量发展规划》，推动曲靖经开区、沾益工业园区错位发展，避免同质化竞争。",
]
BR3 = [
    "■ 云南滇中新区日前与上海启衡智能装备有限公司签约。启衡智能将在滇中新区安宁片区投资15亿元，建设工业机器人生产基地，预计2028年建成投产。",
    "■ 11月18日，昆明综合保税区首单“保税仓储+跨境电商”出口业务顺利通关，货值约120万元，标志着昆明综保区跨境电商“网购保税”与“特殊区域出口”模式全面打通。",
    "■ 11月19日，红河综合保税区与香港华茂国际贸易有限公司签约，华茂国际将投资8000万元在红河综保区建设跨境电商分拨仓，这是该综保区今年引进的第7个外向型项目。",
    "■ 位于昆明市嵩明县的杨林经济技术开发区日前入选云南省首批绿色低碳示范产业园区，园区内规上工业企业单位增加值能耗较2020年下降21%。",
    "■ 近日，贵阳高新区管委会与贵州黔数云科技有限公司签署合作协议。黔数云将投资9.5亿元，在贵阳国家高新技术产业开发区建设算力调度中心，这是今年贵阳市引进的最大数字经济项目。",
]
P3["layout"] = (
    [("raw", "昆明经开区生物医药产业提速扩能"),
     ("raw", "曲靖经开区光伏产业“强链补链”"),
     ("raw", "云南晶曜光伏科技有限公司生产车间一角。\n本报记者  李  航摄"),
     ("p", A3[0]), ("p", B3[0]), ("p", A3[1]), ("p", B3[1]),
     ("p", A3[2]), ("p", B3[2]), ("p", A3[3]), ("p", B3[3]),
     ("p", A3[4]), ("p", B3[4]), ("p", A3[5]), ("p", B3[5]),
     ("raw", "（本报记者  杨  澜）"),
     ("raw", "简讯")]
    + [("p", x) for x in BR3]
)
G3_ENT = [
    E("pl_kunming", "Place", "昆明市", ["昆明"], level="city"),
    E("pl_qujing", "Place", "曲靖市", ["曲靖"], level="city"),
    E("pl_zhanyi", "Place", "沾益区", ["沾益"], level="district"),
    E("pl_beijing", "Place", "北京市", ["北京"], level="city"),
    E("pl_shanghai", "Place", "上海市", ["上海"], level="city"),
    E("pl_yunnan", "Place", "云南省", ["云南"], level="province"),
    E("pl_jiangsu", "Place", "江苏省", ["江苏"], opt=True, level="province"),
    E("pl_guiyang", "Place", "贵阳市", ["贵阳"], level="city"),
    E("pl_guizhou", "Place", "贵州省", ["贵州"], opt=True, level="province"),
    E("pk_kmjk", "Park", "昆明经济技术开发区", ["昆明经开区"]),
    E("pk_kmzb", "Park", "昆明综合保税区", ["昆明综保区"]),
    E("pk_kmgx", "Park", "昆明高新技术产业开发区", ["昆明高新区"]),
    E("pk_majinpu", "Park", "马金铺片区", opt=True),
    E("pk_honghe", "Park", "红河综合保税区", ["红河综保区"]),
    E("pl_hangzhou", "Place", "杭州市", ["杭州"], opt=True, level="city"),
    E("pl_hongkong", "Place", "香港", opt=True, level="city"),
    E("pl_songming", "Place", "嵩明县", level="county"),
    E("pk_yanglin", "Park", "杨林经济技术开发区", ["杨林经开区"]),
    E("ag_qjjk_gwh", "Agency", "曲靖经开区管委会"),
    E("ag_kmgx_gwh", "Agency", "昆明高新区管委会"),
    E("co_puji", "Company", "杭州普济医药科技有限公司", ["普济医药"]),
    E("co_diandian", "Company", "云南滇电绿能科技有限公司"),
    E("co_huamao", "Company", "香港华茂国际贸易有限公司", ["华茂国际"]),
    E("pj_zhiji", "Project", "高端制剂生产线"),
    E("pj_yuanwang", "Project", "源网荷储一体化示范工程"),
    E("pj_fenbocang", "Project", "跨境电商分拨仓"),
    E("pk_qjjk", "Park", "曲靖经济技术开发区", ["曲靖经开区"]),
    E("pk_zhanyi", "Park", "沾益工业园区"),
    E("pk_dianzhong", "Park", "云南滇中新区", ["滇中新区"]),
    E("pk_anning", "Park", "安宁片区", opt=True),
    E("pk_gygx", "Park", "贵阳国家高新技术产业开发区", ["贵阳高新区"]),
    E("ag_yn_bgt", "Agency", "云南省人民政府办公厅"),
    E("ag_qj_fgw", "Agency", "曲靖市发展和改革委员会"),
    E("ag_gygx_gwh", "Agency", "贵阳高新区管委会"),
    E("po_yn_swyy", "Policy", "云南省加快生物医药产业高质量发展若干措施"),
    E("po_qj_gf", "Policy", "曲靖市光伏产业链高质量发展规划"),
    E("co_diancao", "Company", "云南滇草药业股份有限公司", ["滇草药业"]),
    E("co_kanglan", "Company", "康澜生物"),
    E("co_puyun", "Company", "普云制药"),
    E("co_yidian", "Company", "益滇医疗器械"),
    E("co_lanmei", "Company", "云南澜湄供应链管理有限公司", ["澜湄供应链"]),
    E("co_jingyao", "Company", "云南晶曜光伏科技有限公司", ["晶曜光伏"]),
    E("co_hengshuo", "Company", "江苏恒硕新材料股份有限公司", ["恒硕新材料"]),
    E("co_qiheng", "Company", "上海启衡智能装备有限公司", ["启衡智能"]),
    E("co_qianshuyun", "Company", "贵州黔数云科技有限公司", ["黔数云"]),
    E("pj_keli", "Project", "中药配方颗粒智能工厂项目", ["滇草药业中药配方颗粒智能工厂项目"]),
    E("pj_lenglian", "Project", "东南亚水果冷链分拨中心", ["分拨中心"]),
    E("pj_guipian", "Project", "年产10GW单晶硅片项目"),
    E("pj_ganguo", "Project", "年产3万吨高纯石英坩埚项目"),
    E("pj_jiqiren", "Project", "工业机器人生产基地"),
    E("pj_suanli", "Project", "算力调度中心"),
]
G3_TRI = [
    T("pl_zhanyi", "partOf", "pl_qujing", "在曲靖市沾益区，沾益工业园区同样瞄准硅光伏产业"),
    T("pk_kmjk", "locatedIn", "pl_kunming", "作为昆明市生物医药产业的主阵地，昆明经开区"),
    T("pk_kmzb", "locatedIn", "pl_kunming", "与生物医药集群一路之隔的昆明综合保税区"),
    T("pk_kmgx", "locatedIn", "pl_kunming", "昆明高新技术产业开发区也在加快补链"),
    T("ag_kmgx_gwh", "signsWith", "co_puji", "昆明高新区管委会与杭州普济医药科技有限公司签约"),
    T("pk_kmgx", "signsWith", "co_puji", "昆明高新区管委会与杭州普济医药科技有限公司签约", opt=True),
    T("co_puji", "investsIn", "pj_zhiji", "普济医药将投资3.6亿元在马金铺片区建设高端制剂生产线", amt=360000000),
    T("pj_zhiji", "locatedIn", "pk_majinpu", "普济医药将投资3.6亿元在马金铺片区建设高端制剂生产线", opt=True),
    T("pj_zhiji", "locatedIn", "pk_kmgx", "昆明高新区管委会与杭州普济医药科技有限公司签约，普济医药将投资3.6亿元在马金铺片区建设高端制剂生产线"),
    T("pk_majinpu", "locatedIn", "pk_kmgx", "昆明高新区管委会与杭州普济医药科技有限公司签约，普济医药将投资3.6亿元在马金铺片区", opt=True),
    T("co_puji", "locatedIn", "pl_hangzhou", "杭州普济医药科技有限公司", opt=True),
    T("co_diandian", "investsIn", "pj_yuanwang", "总投资8.2亿元的源网荷储一体化示范工程，由云南滇电绿能科技有限公司负责投资运营", amt=820000000),
    T("pj_yuanwang", "locatedIn", "pk_qjjk", "曲靖经开区正在建设总投资8.2亿元的源网荷储一体化示范工程"),
    T("co_diandian", "locatedIn", "pl_yunnan", "云南滇电绿能科技有限公司", opt=True),
    T("pl_songming", "partOf", "pl_kunming", "位于昆明市嵩明县的杨林经济技术开发区"),
    T("pk_yanglin", "locatedIn", "pl_songming", "位于昆明市嵩明县的杨林经济技术开发区"),
    T("pk_yanglin", "designatedAs", "云南省首批绿色低碳示范产业园区", "杨林经济技术开发区日前入选云南省首批绿色低碳示范产业园区"),
    T("pk_honghe", "signsWith", "co_huamao", "红河综合保税区与香港华茂国际贸易有限公司签约"),
    T("co_huamao", "investsIn", "pj_fenbocang", "华茂国际将投资8000万元在红河综保区建设跨境电商分拨仓", amt=80000000),
    T("pj_fenbocang", "locatedIn", "pk_honghe", "华茂国际将投资8000万元在红河综保区建设跨境电商分拨仓"),
    T("co_huamao", "locatedIn", "pl_hongkong", "香港华茂国际贸易有限公司", opt=True),
    T("pk_qjjk", "locatedIn", "pl_qujing", "曲靖经济技术开发区与云南晶曜光伏科技有限公司举行年产10GW单晶硅片项目签约仪式"),
    T("pk_zhanyi", "locatedIn", "pl_zhanyi", "在曲靖市沾益区，沾益工业园区同样瞄准硅光伏产业"),
    T("pk_dianzhong", "locatedIn", "pl_yunnan", "云南滇中新区日前与上海启衡智能装备有限公司签约"),
    T("pk_anning", "locatedIn", "pk_dianzhong", "启衡智能将在滇中新区安宁片区投资15亿元", opt=True),
    T("pk_gygx", "locatedIn", "pl_guiyang", "在贵阳国家高新技术产业开发区建设算力调度中心，这是今年贵阳市引进的最大数字经济项目"),
    # 滇草
    T("co_diancao", "investsIn", "pj_keli", "这座工厂由云南滇草药业股份有限公司投资7.8亿元建设，是滇草药业中药配方颗粒智能工厂项目的核心部分", amt=780000000),
    T("pj_keli", "locatedIn", "pk_kmjk", "在昆明经济技术开发区，一座现代化中药工厂即将建成"),
    T("co_diancao", "locatedIn", "pk_kmjk", "在昆明经济技术开发区，一座现代化中药工厂即将建成。这座工厂由云南滇草药业股份有限公司投资7.8亿元建设", opt=True),
    T("co_diancao", "locatedIn", "pl_yunnan", "云南滇草药业股份有限公司", opt=True),
    T("co_kanglan", "locatedIn", "pk_kmjk", "昆明经开区近年来先后引进康澜生物、普云制药、益滇医疗器械等企业"),
    T("co_puyun", "locatedIn", "pk_kmjk", "昆明经开区近年来先后引进康澜生物、普云制药、益滇医疗器械等企业"),
    T("co_yidian", "locatedIn", "pk_kmjk", "昆明经开区近年来先后引进康澜生物、普云制药、益滇医疗器械等企业"),
    # 澜湄
    T("co_lanmei", "investsIn", "pj_lenglian", "总投资1.2亿元的东南亚水果冷链分拨中心10月在昆明综保区投入运营，项目由云南澜湄供应链管理有限公司投资建设", amt=120000000),
    T("pj_lenglian", "locatedIn", "pk_kmzb", "东南亚水果冷链分拨中心10月在昆明综保区投入运营"),
    T("co_lanmei", "locatedIn", "pk_kmzb", "在昆明综保区投入运营，项目由云南澜湄供应链管理有限公司投资建设", opt=True),
    T("co_lanmei", "locatedIn", "pl_yunnan", "云南澜湄供应链管理有限公司", opt=True),
    # policy
    T("po_yn_swyy", "issuedBy", "ag_yn_bgt", "云南省人民政府办公厅印发《云南省加快生物医药产业高质量发展若干措施》"),
    T("po_qj_gf", "issuedBy", "pl_qujing", "曲靖市正在编制《曲靖市光伏产业链高质量发展规划》"),
    T("po_qj_gf", "issuedBy", "ag_qj_fgw", "曲靖市发展和改革委员会有关负责人介绍，曲靖市正在编制《曲靖市光伏产业链高质量发展规划》", opt=True),
    # 晶曜
    T("pk_qjjk", "signsWith", "co_jingyao", "曲靖经济技术开发区与云南晶曜光伏科技有限公司举行年产10GW单晶硅片项目签约仪式"),
    T("co_jingyao", "investsIn", "pj_guipian", "云南晶曜光伏科技有限公司举行年产10GW单晶硅片项目签约仪式。该项目总投资约46亿元", amt=4600000000),
    T("pj_guipian", "locatedIn", "pk_qjjk", "曲靖经济技术开发区与云南晶曜光伏科技有限公司举行年产10GW单晶硅片项目签约仪式"),
    T("co_jingyao", "locatedIn", "pk_qjjk", "晶曜光伏是曲靖经开区今年引进的第三家光伏链上企业"),
    T("co_jingyao", "designatedAs", "云南省专精特新中小企业", "去年被认定为云南省专精特新中小企业"),
    T("co_jingyao", "locatedIn", "pl_yunnan", "云南晶曜光伏科技有限公司", opt=True),
    # 恒硕
    T("co_hengshuo", "investsIn", "pj_ganguo", "由江苏恒硕新材料股份有限公司投资9.6亿元建设的年产3万吨高纯石英坩埚项目", amt=960000000),
    T("pj_ganguo", "locatedIn", "pk_zhanyi", "沾益工业园区同样瞄准硅光伏产业。由江苏恒硕新材料股份有限公司投资9.6亿元建设的年产3万吨高纯石英坩埚项目"),
    T("co_hengshuo", "locatedIn", "pl_jiangsu", "江苏恒硕新材料股份有限公司", opt=True),
    T("co_hengshuo", "locatedIn", "pk_zhanyi", "沾益工业园区同样瞄准硅光伏产业。由江苏恒硕新材料股份有限公司投资9.6亿元建设", opt=True),
    # briefs
    T("pk_dianzhong", "signsWith", "co_qiheng", "云南滇中新区日前与上海启衡智能装备有限公司签约"),
    T("co_qiheng", "investsIn", "pj_jiqiren", "启衡智能将在滇中新区安宁片区投资15亿元，建设工业机器人生产基地", amt=1500000000),
    T("pj_jiqiren", "locatedIn", "pk_anning", "启衡智能将在滇中新区安宁片区投资15亿元，建设工业机器人生产基地", opt=True),
    T("pj_jiqiren", "locatedIn", "pk_dianzhong", "启衡智能将在滇中新区安宁片区投资15亿元，建设工业机器人生产基地"),
    T("co_qiheng", "locatedIn", "pk_dianzhong", "启衡智能将在滇中新区安宁片区投资15亿元", opt=True),
    T("co_qianshuyun", "locatedIn", "pk_gygx", "黔数云将投资9.5亿元，在贵阳国家高新技术产业开发区建设算力调度中心", opt=True),
    T("co_puji", "locatedIn", "pk_kmgx", "普济医药将投资3.6亿元在马金铺片区建设高端制剂生产线", opt=True),
    T("co_huamao", "locatedIn", "pk_honghe", "华茂国际将投资8000万元在红河综保区建设跨境电商分拨仓", opt=True),
    T("co_diandian", "locatedIn", "pk_qjjk", "曲靖经开区正在建设总投资8.2亿元的源网荷储一体化示范工程，由云南滇电绿能科技有限公司负责投资运营", opt=True),
    T("co_qiheng", "locatedIn", "pl_shanghai", "上海启衡智能装备有限公司", opt=True),
    T("ag_gygx_gwh", "signsWith", "co_qianshuyun", "贵阳高新区管委会与贵州黔数云科技有限公司签署合作协议"),
    T("pk_gygx", "signsWith", "co_qianshuyun", "贵阳高新区管委会与贵州黔数云科技有限公司签署合作协议", opt=True),
    T("co_qianshuyun", "investsIn", "pj_suanli", "黔数云将投资9.5亿元，在贵阳国家高新技术产业开发区建设算力调度中心", amt=950000000),
    T("pj_suanli", "locatedIn", "pk_gygx", "在贵阳国家高新技术产业开发区建设算力调度中心"),
    T("co_qianshuyun", "locatedIn", "pl_guizhou", "贵州黔数云科技有限公司", opt=True),
    T("pl_guiyang", "partOf", "pl_guizhou", "贵州黔数云科技有限公司签署合作协议。黔数云将投资9.5亿元，在贵阳国家高新技术产业开发区", opt=True),
]

PAGES = [(P1, G1_ENT, G1_TRI), (P2, G2_ENT, G2_TRI), (P3, G3_ENT, G3_TRI)]


def main():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    bad = 0
    for page, ents, tris in PAGES:
        text = render(page)
        gold = {"doc": page["id"] + ".txt", "entities": ents, "triples": tris}
        errs = check(page, gold, text)
        for e in errs:
            print(page["id"], "ERROR", e, file=sys.stderr)
        bad += len(errs)
        with open(os.path.join(HERE, "pages", page["id"] + ".txt"), "wb") as f:
            f.write(text.encode(page["encoding"]))
        # round trip: what is on disk decodes back to the same text
        with open(os.path.join(HERE, "pages", page["id"] + ".txt"), "rb") as f:
            assert f.read().decode(page["encoding"]) == text
        with open(os.path.join(HERE, "gold", page["id"] + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n_eo = sum(e["optional"] for e in ents)
        n_to = sum(t["optional"] for t in tris)
        print(f"{page['id']} {page['encoding']} chars={len(text)} entities={len(ents)} "
              f"(optional {n_eo}) triples={len(tris)} (optional {n_to})")
    if bad:
        sys.exit(f"{bad} check errors")


if __name__ == "__main__":
    main()
