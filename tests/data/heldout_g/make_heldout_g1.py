"""Held-out set G, part 1: four blind pages (g1_01 .. g1_04) with exhaustive gold.

Standard library only. Writes pages/<id>.txt (g1_03 as GB18030 bytes, the others
UTF-8) and gold/<id>.json from the clean article texts below, applying PDF-style
damage deterministically (hard line breaks every 12-22 characters with blank lines
between them, spaces inside some words and around numbers, a drifted headline,
two interleaved articles). Checks that every evidence snippet and every entity
name/alias occurs in its page once whitespace is removed.

Run:  python tests/data/heldout_g/make_heldout_g1.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

# ---------------------------------------------------------------------------
# helpers to declare gold compactly


def ent(eid, typ, name, aliases=(), opt=False, level=None):
    e = {"id": eid, "type": typ, "name": name, "aliases": list(aliases), "optional": opt}
    if level:
        e["level"] = level
    return e


def tri(s, p, o, ev, opt=False, amt=None, usd=None):
    t = {"s": s, "p": p}
    if o.startswith("="):
        t["o_literal"] = o[1:]
    else:
        t["o"] = o
    if amt is not None:
        t["amount_yuan"] = amt
    if usd is not None:
        t["amount_usd"] = usd
    t["evidence"] = ev
    t["optional"] = opt
    return t


# ---------------------------------------------------------------------------
# page g1_01: 贵州 (贵阳经开区 feature, provincial policy news, briefs)

P1_HEADER = "6 贵州新闻 2026年3月18日 星期三 责编：杨 雪 美编：王 琳"

P1_CAPTION = "图为黔锂新能源科技（贵州）有限公司正极材料生产车间一角。本报记者 吴 迪摄"

P1_A_TITLE = "“链”上发力 新能源电池材料产业加速成势 ——贵阳经开区培育主导产业见闻"
P1_A_BYLINE = "本报记者 龙晓岚 吴 迪"
P1_A = [
    "早春时节，走进位于贵阳经济技术开发区的黔锂新能源科技（贵州）有限公司，正极材料车间里机械臂往来穿梭，"
    "一排排烧结窑炉满负荷运转。“第二条生产线下个月就能投产，满产后年产值可以翻一番。”公司副总经理覃思远"
    "一边查看设备参数，一边告诉记者。",
    "去年7月，黔锂新能源总投资12.8亿元的年产5万吨磷酸锰铁锂正极材料项目在这里开工，一期工程从开工到投产"
    "只用了10个月。该企业负责人坦言，之所以把项目放在贵阳市，看中的正是园区“原材料—前驱体—正极材料—电池回收”"
    "的完整链条。“上游的前驱体工厂就在隔壁，运输半径不到3公里，一年光物流成本就能省下1000多万元。”",
    "近年来，贵阳经开区瞄准新能源电池材料产业，先后引进蓝岭锂电、宏川化工、贵州黔电智造集团等一批龙头企业，"
    "补齐了从锂矿加工、前驱体到电池回收的关键环节。2025年，园区新能源电池材料产业实现产值186.4亿元，"
    "同比增长27.3%，占园区规上工业产值的比重提高到三成以上。",
    "链条补齐了，“废料”也变成了原料。在蓝岭锂电的电池回收车间，拆解线正把退役动力电池分解成极片和电解液。"
    "该公司去年投资2.6亿元建设的废旧锂电池综合回收利用项目已经投产，每年可处理废旧电池4万吨。“回收出来的镍、"
    "钴、锂，又回到了黔锂新能源等企业的产线上。”蓝岭锂电总经理杨柯说。",
    "“过去是‘招企业’，现在是‘招链条’。”贵阳经济技术开发区管委会副主任罗启明说，园区组建了6个产业链招商专班，"
    "对照产业链图谱逐一排查缺失环节，“缺哪一环，就去补哪一环”。",
    "今年1月，贵阳经开区与德国斯泰恩化学集团签署投资协议。按照协议，斯泰恩化学将在小孟工业园投资6000万美元，"
    "建设电解液添加剂生产基地，这是该集团在中国西南地区的首个生产基地。“从签约到拿到施工许可证只用了28天，"
    "这个速度超出了我们的预期。”斯泰恩化学中国区总经理马丁·霍夫曼说。",
    "要素保障跟得上，企业才能留得住。据介绍，贵阳经开区推行“标准地+承诺制”供地模式，新增工业用地全部按"
    "标准地出让；同时设立总规模20亿元的新能源产业基金，已为区内17家企业提供融资支持。",
    "绿色底色同样鲜明。去年，贵阳经开区获评国家级绿色工业园区，黔锂新能源、蓝岭锂电被工业和信息化部认定为"
    "国家级绿色工厂。园区负责人表示，下一步将力争到2027年新能源电池材料产业产值突破300亿元。",
]

P1_B_TITLE = "我省出台方案推动开发区提质升级"
P1_B = [
    "本报讯（记者 陈 静）近日，贵州省工业和信息化厅、贵州省发展和改革委员会、贵州省自然资源厅联合印发"
    "《贵州省开发区高质量发展提升行动方案（2026—2028年）》（以下简称《方案》），提出到2028年，全省培育"
    "产值超千亿元的开发区5个、超500亿元的开发区12个。",
    "《方案》明确，将开展开发区亩均效益综合评价，评价结果与用地指标、专项资金分配挂钩；支持贵阳经开区、"
    "遵义经济技术开发区、贵阳国家高新技术产业开发区等争创国家级示范园区；对新认定的省级以上特色产业园，"
    "省级财政给予一次性奖励500万元。",
    "在遵义市，政策效应已经显现。3月12日，遵义经开区与浙江华翎包装集团有限公司签约，华翎包装将投资5.2亿元"
    "建设酱香白酒智能包装产业化项目，建成后年产高端酒盒8000万只。遵义市工业和信息化局负责人说，这个项目"
    "补上了当地白酒配套产业链的一块短板。",
    "同日，遵义市下辖的仁怀市名酒工业园区也迎来了“新邻居”——由黔北酒业投资有限公司与四川蜀源玻璃制品"
    "股份有限公司合资组建的黔蜀玻璃科技（仁怀）有限公司，其总投资3.6亿元的年产15万吨酒瓶生产线项目正式开工。"
    "据统计，今年一季度，遵义市各开发区新签约项目46个，签约金额213亿元，同比分别增长21%和17%。",
]

P1_BRIEF_TITLE = "简 讯"
P1_BRIEFS = [
    "■ 贵州贵安新区：由云栖数科（贵州）有限公司投资9亿元建设的贵安智算中心二期工程日前主体结构封顶，"
    "建成后将新增算力规模2000P。",
    "■ 黔南布依族苗族自治州福泉市：福泉经济开发区年产20万吨湿法净化磷酸项目3月16日进入试生产。这座工厂由"
    "贵州磷都新材料有限公司投资7.5亿元建设，可消纳当地磷石膏等工业固废。",
    "■ 六盘水市：六盘水高新技术产业开发区与江苏恒屹新材料有限公司签署协议，双方将共建年产5000吨碳纤维复合材料"
    "项目。项目总投资4.5亿元，预计明年6月建成投产。",
    "■ 贵阳高新区：贵阳国家高新区日前入选国家知识产权强国建设试点园区，成为今年我省唯一入选的园区。",
]

P1_SPACED = ["工业用地", "12.8亿元", "磷酸锰铁锂", "管委会", "7.5亿元"]

P1_ENTITIES = [
    ent("pl_gz", "Place", "贵州省", ["贵州"], level="province"),
    ent("pl_gy", "Place", "贵阳市", ["贵阳"], level="city"),
    ent("pl_zy", "Place", "遵义市", ["遵义"], level="city"),
    ent("pl_rh", "Place", "仁怀市", ["仁怀"], level="county"),
    ent("pl_qn", "Place", "黔南布依族苗族自治州", [], level="city"),
    ent("pl_fq", "Place", "福泉市", ["福泉"], level="county"),
    ent("pl_zj", "Place", "浙江", [], opt=True, level="province"),
    ent("pl_sc", "Place", "四川", [], opt=True, level="province"),
    ent("pl_de", "Place", "德国", [], opt=True, level="country"),
    ent("pk_gyjk", "Park", "贵阳经济技术开发区", ["贵阳经开区"]),
    ent("pk_xm", "Park", "小孟工业园", [], opt=True),
    ent("pk_zyjk", "Park", "遵义经济技术开发区", ["遵义经开区"]),
    ent("pk_gygx", "Park", "贵阳国家高新技术产业开发区", ["贵阳高新区", "贵阳国家高新区"]),
    ent("pk_rhmj", "Park", "仁怀市名酒工业园区", []),
    ent("pk_ga", "Park", "贵州贵安新区", ["贵安新区"]),
    ent("pk_fq", "Park", "福泉经济开发区", []),
    ent("pl_lps", "Place", "六盘水市", ["六盘水"], level="city"),
    ent("pl_jsu", "Place", "江苏", [], opt=True, level="province"),
    ent("pk_lps", "Park", "六盘水高新技术产业开发区", []),
    ent("co_hengyi", "Company", "江苏恒屹新材料有限公司", []),
    ent("pj_tanxian", "Project", "年产5000吨碳纤维复合材料项目", []),
    ent("pj_huishou", "Project", "废旧锂电池综合回收利用项目", []),
    ent("ag_gygwh", "Agency", "贵阳经济技术开发区管委会", []),
    ent("ag_miit", "Agency", "工业和信息化部", []),
    ent("ag_gzgxt", "Agency", "贵州省工业和信息化厅", []),
    ent("ag_gzfgw", "Agency", "贵州省发展和改革委员会", []),
    ent("ag_gzzrt", "Agency", "贵州省自然资源厅", []),
    ent("ag_zygxj", "Agency", "遵义市工业和信息化局", []),
    ent(
        "po_tisheng",
        "Policy",
        "贵州省开发区高质量发展提升行动方案（2026—2028年）",
        ["贵州省开发区高质量发展提升行动方案"],
    ),
    ent("po_bzd", "Policy", "标准地+承诺制", ["“标准地+承诺制”供地模式"], opt=True),
    ent("co_qianli", "Company", "黔锂新能源科技（贵州）有限公司", ["黔锂新能源"]),
    ent("co_lanling", "Company", "蓝岭锂电", []),
    ent("co_hongchuan", "Company", "宏川化工", []),
    ent("co_qiandian", "Company", "贵州黔电智造集团", []),
    ent("co_steinach", "Company", "德国斯泰恩化学集团", ["斯泰恩化学"]),
    ent("co_hualing", "Company", "浙江华翎包装集团有限公司", ["华翎包装"]),
    ent("co_qianbei", "Company", "黔北酒业投资有限公司", []),
    ent("co_shuyuan", "Company", "四川蜀源玻璃制品股份有限公司", []),
    ent("co_qianshu", "Company", "黔蜀玻璃科技（仁怀）有限公司", []),
    ent("co_yunqi", "Company", "云栖数科（贵州）有限公司", []),
    ent("co_lindu", "Company", "贵州磷都新材料有限公司", []),
    ent("pj_lmtl", "Project", "年产5万吨磷酸锰铁锂正极材料项目", []),
    ent("pj_djy", "Project", "电解液添加剂生产基地", []),
    ent("pj_jjbz", "Project", "酱香白酒智能包装产业化项目", []),
    ent("pj_jiuping", "Project", "年产15万吨酒瓶生产线项目", []),
    ent("pj_zhisuan", "Project", "贵安智算中心二期工程", []),
    ent("pj_linsuan", "Project", "年产20万吨湿法净化磷酸项目", []),
    ent("pj_jijin", "Project", "新能源产业基金", [], opt=True),
]

P1_TRIPLES = [
    tri("pl_gy", "partOf", "pl_gz", "把项目放在贵阳市", opt=True),
    tri("pl_zy", "partOf", "pl_gz", "在遵义市，政策效应已经显现", opt=True),
    tri("pl_rh", "partOf", "pl_zy", "遵义市下辖的仁怀市名酒工业园区"),
    tri("pl_fq", "partOf", "pl_qn", "黔南布依族苗族自治州福泉市"),
    tri("pl_qn", "partOf", "pl_gz", "黔南布依族苗族自治州福泉市", opt=True),
    tri("pk_gyjk", "locatedIn", "pl_gy", "之所以把项目放在贵阳市，看中的正是园区"),
    tri("pk_xm", "locatedIn", "pk_gyjk", "斯泰恩化学将在小孟工业园投资6000万美元", opt=True),
    tri("pk_zyjk", "locatedIn", "pl_zy", "在遵义市，政策效应已经显现。3月12日，遵义经开区"),
    tri("pk_gygx", "locatedIn", "pl_gy", "贵阳国家高新技术产业开发区"),
    tri("pk_rhmj", "locatedIn", "pl_rh", "遵义市下辖的仁怀市名酒工业园区"),
    tri("pk_ga", "locatedIn", "pl_gz", "贵州贵安新区"),
    tri("pk_fq", "locatedIn", "pl_fq", "福泉市：福泉经济开发区"),
    tri("co_qianli", "locatedIn", "pk_gyjk", "位于贵阳经济技术开发区的黔锂新能源科技（贵州）有限公司"),
    tri(
        "co_qianli",
        "investsIn",
        "pj_lmtl",
        "黔锂新能源总投资12.8亿元的年产5万吨磷酸锰铁锂正极材料项目",
        amt=1280000000,
    ),
    tri("pj_lmtl", "locatedIn", "pk_gyjk", "年产5万吨磷酸锰铁锂正极材料项目在这里开工"),
    tri("co_lanling", "locatedIn", "pk_gyjk", "贵阳经开区瞄准新能源电池材料产业，先后引进蓝岭锂电"),
    tri("co_hongchuan", "locatedIn", "pk_gyjk", "先后引进蓝岭锂电、宏川化工"),
    tri("co_qiandian", "locatedIn", "pk_gyjk", "宏川化工、贵州黔电智造集团等一批龙头企业"),
    tri("co_qiandian", "locatedIn", "pl_gz", "贵州黔电智造集团", opt=True),
    tri("co_qianli", "locatedIn", "pl_gz", "黔锂新能源科技（贵州）有限公司", opt=True),
    tri("pk_gyjk", "signsWith", "co_steinach", "贵阳经开区与德国斯泰恩化学集团签署投资协议"),
    tri(
        "co_steinach",
        "investsIn",
        "pj_djy",
        "斯泰恩化学将在小孟工业园投资6000万美元，建设电解液添加剂生产基地",
        usd=60000000,
    ),
    tri("pj_djy", "locatedIn", "pk_xm", "在小孟工业园投资6000万美元，建设电解液添加剂生产基地", opt=True),
    tri("pj_djy", "locatedIn", "pk_gyjk", "在小孟工业园投资6000万美元，建设电解液添加剂生产基地"),
    tri("co_steinach", "locatedIn", "pl_de", "德国斯泰恩化学集团", opt=True),
    tri("co_steinach", "locatedIn", "pk_gyjk", "斯泰恩化学将在小孟工业园投资6000万美元", opt=True),
    tri("pj_jijin", "locatedIn", "pk_gyjk", "设立总规模20亿元的新能源产业基金", opt=True),
    tri("pk_gyjk", "designatedAs", "=国家级绿色工业园区", "贵阳经开区获评国家级绿色工业园区"),
    tri(
        "co_qianli",
        "designatedAs",
        "=国家级绿色工厂",
        "黔锂新能源、蓝岭锂电被工业和信息化部认定为国家级绿色工厂",
    ),
    tri(
        "co_lanling",
        "designatedAs",
        "=国家级绿色工厂",
        "黔锂新能源、蓝岭锂电被工业和信息化部认定为国家级绿色工厂",
    ),
    tri(
        "po_tisheng",
        "issuedBy",
        "ag_gzgxt",
        "贵州省工业和信息化厅、贵州省发展和改革委员会、贵州省自然资源厅联合印发",
    ),
    tri("po_tisheng", "issuedBy", "ag_gzfgw", "贵州省发展和改革委员会、贵州省自然资源厅联合印发"),
    tri(
        "po_tisheng",
        "issuedBy",
        "ag_gzzrt",
        "贵州省自然资源厅联合印发《贵州省开发区高质量发展提升行动方案（2026—2028年）》",
    ),
    tri("po_bzd", "issuedBy", "pk_gyjk", "贵阳经开区推行“标准地+承诺制”供地模式", opt=True),
    tri("pk_zyjk", "signsWith", "co_hualing", "遵义经开区与浙江华翎包装集团有限公司签约"),
    tri(
        "co_hualing",
        "investsIn",
        "pj_jjbz",
        "华翎包装将投资5.2亿元建设酱香白酒智能包装产业化项目",
        amt=520000000,
    ),
    tri(
        "pj_jjbz",
        "locatedIn",
        "pk_zyjk",
        "遵义经开区与浙江华翎包装集团有限公司签约，华翎包装将投资5.2亿元建设酱香白酒智能包装产业化项目",
    ),
    tri("co_hualing", "locatedIn", "pl_zj", "浙江华翎包装集团有限公司", opt=True),
    tri("co_hualing", "locatedIn", "pk_zyjk", "遵义经开区与浙江华翎包装集团有限公司签约", opt=True),
    tri(
        "co_qianshu",
        "investsIn",
        "pj_jiuping",
        "黔蜀玻璃科技（仁怀）有限公司，其总投资3.6亿元的年产15万吨酒瓶生产线项目",
        amt=360000000,
    ),
    tri(
        "co_qianbei",
        "investsIn",
        "pj_jiuping",
        "由黔北酒业投资有限公司与四川蜀源玻璃制品股份有限公司合资组建",
        opt=True,
    ),
    tri("co_shuyuan", "investsIn", "pj_jiuping", "四川蜀源玻璃制品股份有限公司合资组建", opt=True),
    tri("co_qianshu", "locatedIn", "pk_rhmj", "仁怀市名酒工业园区也迎来了“新邻居”——由黔北酒业投资有限公司"),
    tri("co_qianshu", "locatedIn", "pl_rh", "黔蜀玻璃科技（仁怀）有限公司", opt=True),
    tri("pj_jiuping", "locatedIn", "pk_rhmj", "仁怀市名酒工业园区也迎来了“新邻居”"),
    tri("co_shuyuan", "locatedIn", "pl_sc", "四川蜀源玻璃制品股份有限公司", opt=True),
    tri(
        "co_yunqi",
        "investsIn",
        "pj_zhisuan",
        "由云栖数科（贵州）有限公司投资9亿元建设的贵安智算中心二期工程",
        amt=900000000,
    ),
    tri(
        "pj_zhisuan",
        "locatedIn",
        "pk_ga",
        "贵州贵安新区：由云栖数科（贵州）有限公司投资9亿元建设的贵安智算中心二期工程",
    ),
    tri("co_yunqi", "locatedIn", "pk_ga", "贵州贵安新区：由云栖数科（贵州）有限公司", opt=True),
    tri("co_yunqi", "locatedIn", "pl_gz", "云栖数科（贵州）有限公司", opt=True),
    tri(
        "co_lindu",
        "investsIn",
        "pj_linsuan",
        "这座工厂由贵州磷都新材料有限公司投资7.5亿元建设",
        amt=750000000,
    ),
    tri("pj_linsuan", "locatedIn", "pk_fq", "福泉经济开发区年产20万吨湿法净化磷酸项目"),
    tri("co_lindu", "locatedIn", "pk_fq", "这座工厂由贵州磷都新材料有限公司投资7.5亿元建设", opt=True),
    tri("co_lindu", "locatedIn", "pl_gz", "贵州磷都新材料有限公司", opt=True),
    tri(
        "co_lanling",
        "investsIn",
        "pj_huishou",
        "该公司去年投资2.6亿元建设的废旧锂电池综合回收利用项目已经投产",
        amt=260000000,
    ),
    tri("pj_huishou", "locatedIn", "pk_gyjk", "在蓝岭锂电的电池回收车间", opt=False),
    tri("pk_lps", "locatedIn", "pl_lps", "六盘水市：六盘水高新技术产业开发区"),
    tri("pl_lps", "partOf", "pl_gz", "六盘水市：六盘水高新技术产业开发区", opt=True),
    tri("pk_lps", "signsWith", "co_hengyi", "六盘水高新技术产业开发区与江苏恒屹新材料有限公司签署协议"),
    tri(
        "co_hengyi",
        "investsIn",
        "pj_tanxian",
        "双方将共建年产5000吨碳纤维复合材料项目。项目总投资4.5亿元",
        amt=450000000,
    ),
    tri(
        "pj_tanxian",
        "locatedIn",
        "pk_lps",
        "六盘水高新技术产业开发区与江苏恒屹新材料有限公司签署协议，双方将共建年产5000吨碳纤维复合材料项目",
    ),
    tri("co_hengyi", "locatedIn", "pl_jsu", "江苏恒屹新材料有限公司", opt=True),
    tri(
        "pk_gygx",
        "designatedAs",
        "=国家知识产权强国建设试点园区",
        "贵阳国家高新区日前入选国家知识产权强国建设试点园区",
    ),
]


def page1():
    blocks = [
        P1_HEADER,
        P1_CAPTION,
        P1_A_BYLINE,
        *P1_A,
        P1_A_TITLE,
        P1_B_TITLE,
        *P1_B,
        P1_BRIEF_TITLE,
        *P1_BRIEFS,
    ]
    return blocks, P1_SPACED, P1_ENTITIES, P1_TRIPLES, "utf-8"


# ---------------------------------------------------------------------------
# page g1_02: 江苏 (data report interleaved with a 南通 dispatch, briefs)

P2_HEADER = "经济日报 2026年4月2日 星期四 第9版 产业·园区 责任编辑：孙 蕾"

P2_A_TITLE = "江苏开发区一季度“答卷”亮眼"
P2_A_BYLINE = "经济日报记者 蒋 波 通讯员 许文杰"
P2_A = [
    "江苏省商务厅日前发布的数据显示，一季度全省158家省级以上开发区实现规上工业总产值2.96万亿元，同比增长6.8%；"
    "实际使用外资89.2亿美元，占全省总量的八成以上；新签约亿元以上产业项目612个，协议总投资4870亿元。",
    "从区域看，苏南开发区继续领跑。苏州工业园区一季度新落地外资项目43个，其中总投资超1亿美元的项目9个。"
    "瑞士纽维泰医疗器械集团在园区追加投资，其微创介入耗材制造中心三期项目3月底开工，总投资11亿元。",
    "无锡国家高新技术产业开发区（无锡高新区）则把目光投向集成电路。3月18日，总投资65亿元的12英寸特色工艺"
    "晶圆生产线项目在无锡高新区开工。项目由芯澜微电子（无锡）有限公司投资建设，芯澜微电子方面介绍，达产后"
    "可月产晶圆3万片。",
    "南京江北新区同样动作频频。一季度，江北新区新引进生物医药企业27家。3月下旬，南京江北新区管理委员会与"
    "德国博纳森生物科技公司签署合作协议，后者将在江北新区生物医药谷投资3.8亿元建设亚太研发中心，这是"
    "博纳森在德国以外设立的第二个研发中心。",
    "苏中、苏北开发区增速更快。南通经济技术开发区一季度规上工业产值同比增长11.4%，高出全省平均水平4.6个"
    "百分点。“增长主要来自新能源装备和海工船舶两个板块。”南通经开区经济发展局负责人说。",
    "外资结构也在优化。一季度，全省开发区高技术产业实际使用外资占比达到41.7%，比上年同期提高3.2个百分点；"
    "研发中心、地区总部等功能性机构新增28家。不少外资企业负责人坦言，看中的是江苏完整的产业配套和稳定的"
    "政策预期。",
    "省商务厅有关负责人表示，下一步将对照《江苏省开发区条例》推动开发区整合优化，支持苏州工业园区、"
    "昆山综合保税区等先行开展制度型开放试点，“让开发区继续当好全省经济的‘压舱石’”。"
    "在商务部今年初公布的国家级经开区综合发展水平考核评价中，苏州工业园区连续第十年位列第一，南通经开区"
    "首次跻身前十。",
]

P2_B_TITLE = "海工装备集聚区“长高长壮”"
P2_B = [
    "本报南通4月1日讯（记者 蒋 波）1日上午，在江苏省南通市南通经开区海工装备产业集聚区，一台4000吨级门式"
    "起重机缓缓吊起一段风电导管架。这里是瀚洋重工（南通）有限公司新建的海上风电基础结构制造基地，该项目总投资"
    "21亿元，去年9月开工，预计今年二季度全面投产。",
    "据了解，集聚区规划面积12.6平方公里，已集聚海工装备企业64家。今年以来，南通经开区先后与蓝鲸海工集团、"
    "挪威北峡海洋工程公司签署投资协议，两个项目计划总投资合计38亿元。",
    "“以前企业要跑好几个部门，现在一个窗口全办了。”瀚洋重工总经理周海峰说。园区推行“拿地即开工”，"
    "瀚洋重工的项目从摘牌到开工只用了5天。",
    "蓝鲸海工集团副总裁秦朗告诉记者，集团将在南通经开区建设深远海浮式风电平台总装基地，一期投资15亿元，"
    "“这里的岸线、配套和人才，在长三角都是数一数二的”。",
    "眼下，集聚区的配套也在加速补齐。由南通港海工码头有限公司投资建设的3万吨级海工重件码头工程已完成"
    "水工结构施工，总投资4.6亿元，建成后可满足超大型海工构件的出运需求。“码头建成以前，大件只能绕道"
    "出运，一趟要多花两天。”一位企业负责人说。",
    "记者获悉，南通经济技术开发区管委会正在编制《南通经开区海工装备产业集聚区发展规划（2026—2030年）》，"
    "力争到2030年形成千亿级海工装备产业集群。",
]

P2_BRIEF_TITLE = "园区简讯"
P2_BRIEFS = [
    "◆ 无锡市惠山区：无锡惠山经济开发区日前入选江苏省生产性服务业集聚示范区。区内的锡宏智能装备股份有限公司同时被认定为"
    "江苏省“专精特新”中小企业。",
    "◆ 昆山综合保税区首单“保税维修+再制造”业务落地。苏州市下辖的昆山市商务局当天与台资企业鼎晖光电（昆山）"
    "有限公司签署保税维修合作备忘录，鼎晖光电将把一条显示模组维修线迁入综保区。",
    "◆ 南通市海门区：海门经济技术开发区与江苏锦织纺织科技集团签约，后者将投资12亿元建设年产2万吨高端纺织"
    "新材料项目。海门经开区今年已签约亿元以上项目19个。",
    "◆ 苏州市吴中经济技术开发区机器人核心部件扩产改造项目近日投用。项目投资8500万元，由苏州越岭机器人科技"
    "有限公司实施，新增年产谐波减速器20万台。越岭机器人已入驻吴中经开区6年。",
]

P2_SPACED = ["2.96万亿元", "集成电路", "海工装备", "8500万元", "昆山综合保税区"]

P2_ENTITIES = [
    ent("pl_js", "Place", "江苏省", ["江苏"], level="province"),
    ent("pl_sz", "Place", "苏州市", ["苏州"], level="city"),
    ent("pl_wx", "Place", "无锡市", ["无锡"], level="city"),
    ent("pl_hs", "Place", "惠山区", ["惠山"], level="district"),
    ent("pl_nt", "Place", "南通市", ["南通"], level="city"),
    ent("pl_ks", "Place", "昆山市", ["昆山"], level="county"),
    ent("pl_ch", "Place", "瑞士", [], opt=True, level="country"),
    ent("pl_no", "Place", "挪威", [], opt=True, level="country"),
    ent("pk_sip", "Park", "苏州工业园区", []),
    ent("pk_wxgx", "Park", "无锡国家高新技术产业开发区", ["无锡高新区"]),
    ent("pk_ntjk", "Park", "南通经济技术开发区", ["南通经开区"]),
    ent("pk_hg", "Park", "南通经开区海工装备产业集聚区", ["海工装备产业集聚区", "海工装备集聚区"]),
    ent("pk_ksbs", "Park", "昆山综合保税区", ["综保区"]),
    ent("pk_hs", "Park", "无锡惠山经济开发区", ["惠山经济开发区"]),
    ent("pk_wz", "Park", "吴中经济技术开发区", ["吴中经开区"]),
    ent("ag_jsswt", "Agency", "江苏省商务厅", ["省商务厅"]),
    ent("ag_ntjfj", "Agency", "南通经开区经济发展局", []),
    ent("ag_ntgwh", "Agency", "南通经济技术开发区管委会", []),
    ent("ag_ksswj", "Agency", "昆山市商务局", []),
    ent("po_tiaoli", "Policy", "江苏省开发区条例", []),
    ent(
        "po_hgguihua",
        "Policy",
        "南通经开区海工装备产业集聚区发展规划（2026—2030年）",
        ["南通经开区海工装备产业集聚区发展规划"],
    ),
    ent("po_nadi", "Policy", "拿地即开工", [], opt=True),
    ent("co_newvita", "Company", "纽维泰医疗器械集团", ["瑞士纽维泰医疗器械集团"]),
    ent("co_xinlan", "Company", "芯澜微电子（无锡）有限公司", ["芯澜微电子"]),
    ent("co_hanyang", "Company", "瀚洋重工（南通）有限公司", ["瀚洋重工"]),
    ent("co_lanjing", "Company", "蓝鲸海工集团", []),
    ent("co_beixia", "Company", "挪威北峡海洋工程公司", ["北峡海洋工程公司"]),
    ent("co_xihong", "Company", "锡宏智能装备股份有限公司", []),
    ent("co_dinghui", "Company", "鼎晖光电（昆山）有限公司", ["鼎晖光电"]),
    ent("co_yueling", "Company", "苏州越岭机器人科技有限公司", ["越岭机器人"]),
    ent("pj_wcjr", "Project", "微创介入耗材制造中心三期项目", []),
    ent("pj_jingyuan", "Project", "12英寸特色工艺晶圆生产线项目", []),
    ent("pj_fengdian", "Project", "海上风电基础结构制造基地", []),
    ent("pj_xiuxian", "Project", "显示模组维修线", [], opt=True),
    ent("pj_jqr", "Project", "机器人核心部件扩产改造项目", []),
    ent("pl_nj", "Place", "南京", [], opt=True, level="city"),
    ent("pl_hm", "Place", "海门区", ["海门"], level="district"),
    ent("pl_de", "Place", "德国", [], opt=True, level="country"),
    ent("pk_jb", "Park", "南京江北新区", ["江北新区"]),
    ent("pk_swyyg", "Park", "江北新区生物医药谷", ["生物医药谷"], opt=True),
    ent("pk_hmjk", "Park", "海门经济技术开发区", ["海门经开区"]),
    ent("ag_jbgwh", "Agency", "南京江北新区管理委员会", []),
    ent("co_bonasen", "Company", "德国博纳森生物科技公司", ["博纳森"]),
    ent("co_ntgang", "Company", "南通港海工码头有限公司", []),
    ent("co_jinzhi", "Company", "江苏锦织纺织科技集团", []),
    ent("pj_yanfa", "Project", "亚太研发中心", []),
    ent("ag_mofcom", "Agency", "商务部", []),
    ent("pj_fushi", "Project", "深远海浮式风电平台总装基地", []),
    ent("pj_matou", "Project", "3万吨级海工重件码头工程", []),
    ent("pj_fangzhi", "Project", "年产2万吨高端纺织新材料项目", []),
]

P2_TRIPLES = [
    tri("pl_sz", "partOf", "pl_js", "江苏省商务厅日前发布的数据显示", opt=True),
    tri("pl_nt", "partOf", "pl_js", "江苏省南通市"),
    tri("pl_ks", "partOf", "pl_sz", "苏州市下辖的昆山市商务局"),
    tri("pl_wx", "partOf", "pl_js", "无锡国家高新技术产业开发区", opt=True),
    tri("pk_sip", "locatedIn", "pl_sz", "苏州工业园区一季度新落地外资项目43个"),
    tri("pk_wxgx", "locatedIn", "pl_wx", "无锡国家高新技术产业开发区（无锡高新区）"),
    tri("pk_ntjk", "locatedIn", "pl_nt", "南通经济技术开发区一季度规上工业产值同比增长11.4%"),
    tri("pk_hg", "locatedIn", "pk_ntjk", "南通经开区海工装备产业集聚区"),
    tri("pk_hg", "locatedIn", "pl_nt", "江苏省南通市南通经开区海工装备产业集聚区", opt=True),
    tri("pk_ksbs", "locatedIn", "pl_ks", "昆山综合保税区首单“保税维修+再制造”业务落地"),
    tri("pk_hs", "locatedIn", "pl_hs", "无锡市惠山区：无锡惠山经济开发区"),
    tri("pl_hs", "partOf", "pl_wx", "无锡市惠山区"),
    tri("pk_wz", "locatedIn", "pl_sz", "苏州市吴中经济技术开发区"),
    tri(
        "co_newvita",
        "investsIn",
        "pj_wcjr",
        "纽维泰医疗器械集团在园区追加投资，其微创介入耗材制造中心三期项目3月底开工，总投资11亿元",
        amt=1100000000,
    ),
    tri("pj_wcjr", "locatedIn", "pk_sip", "苏州工业园区一季度新落地外资项目43个"),
    tri("co_newvita", "locatedIn", "pk_sip", "瑞士纽维泰医疗器械集团在园区追加投资", opt=True),
    tri("co_newvita", "locatedIn", "pl_ch", "瑞士纽维泰医疗器械集团", opt=True),
    tri(
        "co_xinlan",
        "investsIn",
        "pj_jingyuan",
        "总投资65亿元的12英寸特色工艺晶圆生产线项目在无锡高新区开工。项目由芯澜微电子（无锡）有限公司投资建设",
        amt=6500000000,
    ),
    tri("pj_jingyuan", "locatedIn", "pk_wxgx", "12英寸特色工艺晶圆生产线项目在无锡高新区开工"),
    tri("co_xinlan", "locatedIn", "pk_wxgx", "项目由芯澜微电子（无锡）有限公司投资建设", opt=True),
    tri("co_xinlan", "locatedIn", "pl_wx", "芯澜微电子（无锡）有限公司", opt=True),
    tri(
        "co_hanyang",
        "investsIn",
        "pj_fengdian",
        "瀚洋重工（南通）有限公司新建的海上风电基础结构制造基地，该项目总投资21亿元",
        amt=2100000000,
    ),
    tri("pj_fengdian", "locatedIn", "pk_hg", "这里是瀚洋重工（南通）有限公司新建的海上风电基础结构制造基地"),
    tri("co_hanyang", "locatedIn", "pk_hg", "这里是瀚洋重工（南通）有限公司新建的"),
    tri("co_hanyang", "locatedIn", "pl_nt", "瀚洋重工（南通）有限公司", opt=True),
    tri(
        "pk_ntjk", "signsWith", "co_lanjing", "南通经开区先后与蓝鲸海工集团、挪威北峡海洋工程公司签署投资协议"
    ),
    tri(
        "pk_ntjk", "signsWith", "co_beixia", "南通经开区先后与蓝鲸海工集团、挪威北峡海洋工程公司签署投资协议"
    ),
    tri("co_beixia", "locatedIn", "pl_no", "挪威北峡海洋工程公司", opt=True),
    tri(
        "po_hgguihua",
        "issuedBy",
        "ag_ntgwh",
        "南通经济技术开发区管委会正在编制《南通经开区海工装备产业集聚区发展规划（2026—2030年）》",
    ),
    tri("po_nadi", "issuedBy", "pk_ntjk", "园区推行“拿地即开工”", opt=True),
    tri(
        "pk_hs",
        "designatedAs",
        "=江苏省生产性服务业集聚示范区",
        "无锡惠山经济开发区日前入选江苏省生产性服务业集聚示范区",
    ),
    tri(
        "co_xihong",
        "designatedAs",
        "=江苏省专精特新中小企业",
        "锡宏智能装备股份有限公司同时被认定为江苏省“专精特新”中小企业",
    ),
    tri("co_xihong", "locatedIn", "pk_hs", "区内的锡宏智能装备股份有限公司"),
    tri(
        "ag_ksswj",
        "signsWith",
        "co_dinghui",
        "昆山市商务局当天与台资企业鼎晖光电（昆山）有限公司签署保税维修合作备忘录",
    ),
    tri("co_dinghui", "investsIn", "pj_xiuxian", "鼎晖光电将把一条显示模组维修线迁入综保区", opt=True),
    tri("pj_xiuxian", "locatedIn", "pk_ksbs", "鼎晖光电将把一条显示模组维修线迁入综保区", opt=True),
    tri("co_dinghui", "locatedIn", "pl_ks", "鼎晖光电（昆山）有限公司", opt=True),
    tri("co_dinghui", "locatedIn", "pk_ksbs", "鼎晖光电将把一条显示模组维修线迁入综保区", opt=True),
    tri(
        "co_yueling",
        "investsIn",
        "pj_jqr",
        "项目投资8500万元，由苏州越岭机器人科技有限公司实施",
        amt=85000000,
    ),
    tri("pj_jqr", "locatedIn", "pk_wz", "吴中经济技术开发区机器人核心部件扩产改造项目近日投用"),
    tri("co_yueling", "locatedIn", "pk_wz", "越岭机器人已入驻吴中经开区6年"),
    tri("co_yueling", "locatedIn", "pl_sz", "苏州越岭机器人科技有限公司", opt=True),
    tri("pk_jb", "locatedIn", "pl_nj", "南京江北新区同样动作频频", opt=True),
    tri("ag_jbgwh", "signsWith", "co_bonasen", "南京江北新区管理委员会与德国博纳森生物科技公司签署合作协议"),
    tri(
        "pk_jb",
        "signsWith",
        "co_bonasen",
        "南京江北新区管理委员会与德国博纳森生物科技公司签署合作协议",
        opt=True,
    ),
    tri(
        "co_bonasen",
        "investsIn",
        "pj_yanfa",
        "后者将在江北新区生物医药谷投资3.8亿元建设亚太研发中心",
        amt=380000000,
    ),
    tri("pj_yanfa", "locatedIn", "pk_swyyg", "在江北新区生物医药谷投资3.8亿元建设亚太研发中心", opt=True),
    tri("pj_yanfa", "locatedIn", "pk_jb", "在江北新区生物医药谷投资3.8亿元建设亚太研发中心"),
    tri("pk_swyyg", "locatedIn", "pk_jb", "江北新区生物医药谷", opt=True),
    tri("co_bonasen", "locatedIn", "pl_de", "德国博纳森生物科技公司", opt=True),
    tri(
        "co_ntgang",
        "investsIn",
        "pj_matou",
        "由南通港海工码头有限公司投资建设的3万吨级海工重件码头工程已完成水工结构施工，总投资4.6亿元",
        amt=460000000,
    ),
    tri(
        "pj_matou",
        "locatedIn",
        "pk_hg",
        "集聚区的配套也在加速补齐。由南通港海工码头有限公司投资建设的3万吨级海工重件码头工程",
    ),
    tri("co_ntgang", "locatedIn", "pl_nt", "南通港海工码头有限公司", opt=True),
    tri("pl_hm", "partOf", "pl_nt", "南通市海门区"),
    tri("pk_hmjk", "locatedIn", "pl_hm", "南通市海门区：海门经济技术开发区"),
    tri("pk_hmjk", "signsWith", "co_jinzhi", "海门经济技术开发区与江苏锦织纺织科技集团签约"),
    tri(
        "co_jinzhi",
        "investsIn",
        "pj_fangzhi",
        "后者将投资12亿元建设年产2万吨高端纺织新材料项目",
        amt=1200000000,
    ),
    tri(
        "pj_fangzhi",
        "locatedIn",
        "pk_hmjk",
        "海门经济技术开发区与江苏锦织纺织科技集团签约，后者将投资12亿元建设年产2万吨高端纺织新材料项目",
    ),
    tri("co_jinzhi", "locatedIn", "pl_js", "江苏锦织纺织科技集团", opt=True),
    tri(
        "pk_sip",
        "designatedAs",
        "=国家级经开区综合发展水平考核评价第一",
        "苏州工业园区连续第十年位列第一",
        opt=True,
    ),
    tri(
        "pk_ntjk", "designatedAs", "=国家级经开区综合发展水平考核评价前十", "南通经开区首次跻身前十", opt=True
    ),
    tri(
        "co_lanjing",
        "investsIn",
        "pj_fushi",
        "集团将在南通经开区建设深远海浮式风电平台总装基地，一期投资15亿元",
        amt=1500000000,
    ),
    tri("pj_fushi", "locatedIn", "pk_ntjk", "集团将在南通经开区建设深远海浮式风电平台总装基地"),
    tri("co_lanjing", "locatedIn", "pk_ntjk", "集团将在南通经开区建设深远海浮式风电平台总装基地", opt=True),
]


def page2():
    blocks = [P2_HEADER, P2_A_TITLE, P2_A_BYLINE, P2_B_TITLE]
    for i in range(max(len(P2_A), len(P2_B))):
        if i < len(P2_A):
            blocks.append(P2_A[i])
        if i < len(P2_B):
            blocks.append(P2_B[i])
    blocks += [P2_BRIEF_TITLE, *P2_BRIEFS]
    return blocks, P2_SPACED, P2_ENTITIES, P2_TRIPLES, "utf-8"


# ---------------------------------------------------------------------------
# page g1_03: 内蒙古 + 浙江 (东西部协作 feature with quotes, 嘉兴 news, briefs) — GB18030

P3_HEADER = "内蒙古日报 2026年5月12日 星期二 5 经济·区域合作 责任编辑：乌 兰"

P3_CAPTION = "5月8日，甬磁科技（包头）有限公司工人在包头市的生产基地检测钕铁硼产品。 本报记者 巴特尔 摄"

P3_A_TITLE = "浙商北上 “磁”力十足 ——东西部协作产业合作一线观察"
P3_A_BYLINE = "本报记者 巴特尔 郑 凯"
P3_A = [
    "五月的包头，风里还带着凉意。在包头稀土高新技术产业开发区，甬磁科技（包头）有限公司的新厂房里，一块块"
    "钕铁硼毛坯正被送进真空烧结炉。",
    "“在宁波，我们离市场近；在包头，我们离原料近。两头一接，综合成本降了将近15%。”公司总经理陈立航说。",
    "甬磁科技是宁波甬磁磁业集团有限公司在内蒙古设立的全资子公司。2024年，甬磁集团决定在包头稀土高新区"
    "布局年产1.2万吨高性能钕铁硼永磁材料项目，项目计划总投资23亿元，一期6000吨生产线已于去年底投产。",
    "人才是企业最初的顾虑。为此，包头稀土高新区与当地高校合作开设“订单班”，首批120名学员毕业后全部进入"
    "园区企业。陈立航说，公司一线员工八成以上是本地人，“留得住，也用得上”。",
    "这样的“浙商北上”并非个例。据内蒙古自治区商务厅统计，2025年，浙江企业在内蒙古新设立项目217个，"
    "到位资金412亿元，同比增长19%。仅在包头稀土高新区，来自浙江的企业已有36家，覆盖稀土永磁、电机、"
    "抛光材料等多个环节。",
    "今年3月，包头稀土高新区在杭州举办专场推介会，现场与浙江旭驰电机有限公司、钱江新能集团、杭州安澜储能"
    "科技有限公司等8家企业签约，签约总额86亿元。其中，旭驰电机将建设年产300万台稀土永磁电机生产线。",
    "钱江新能集团的项目落在稀土高新区的新能源装备产业园。按照协议，集团将投资18亿元建设风电整机及核心部件"
    "生产基地，投产后可年产风电整机200台套。“包头是风电装备的大市场，整机一出厂就能就近吊装。”集团驻包头"
    "项目负责人说。",
    "再往西走，鄂尔多斯的另一幅合作图景正在铺开。在鄂尔多斯高新技术产业开发区，嘉兴企业禾丰光能股份有限公司"
    "投资建设的10GW高效光伏组件工厂5月初投产。这座工厂总投资35亿元，从签约到投产只用了14个月。",
    "“鄂尔多斯的绿电价格比东部低三成左右，这是我们最看重的。”禾丰光能副总裁金雅婷说。据她介绍，禾丰光能还将"
    "在鄂托克经济开发区建设风光制氢一体化示范工程，目前已完成项目备案。"
    "鄂尔多斯高新区相关负责人表示，园区今年将新增绿电供应能力200万千瓦，优先保障落地企业用电。",
    "去年以来，内蒙古自治区发展和改革委员会、浙江省发展和改革委员会联合印发《浙江—内蒙古东西部协作产业合作"
    "实施方案》，明确共建产业园区、共享招商资源等12项举措。“政策协同，让企业北上少走了很多弯路。”陈立航说。",
]

P3_B_TITLE = "嘉兴经开区“亩均论英雄”倒逼腾笼换鸟"
P3_B = [
    "本报讯 浙江嘉兴经济技术开发区近日完成2025年度企业亩均效益综合评价：全区326家工业企业中，A类企业92家，"
    "D类企业17家。对D类企业，园区通过兼并重组、“退二优二”等方式盘活低效用地1160亩。",
    "腾出的空间里，新项目接连落地。由嘉兴本地企业嘉禾机电集团与日本东和精机株式会社合资设立的和嘉精密机械"
    "（嘉兴）有限公司，投资2.8亿元的精密滚珠丝杠生产线去年12月投产；思睿半导体投资15亿元的功率器件封测基地"
    "已完成桩基施工。",
    "凭借这一轮“腾笼换鸟”，嘉兴经开区获评浙江省“亩均论英雄”改革优秀园区，也是嘉兴市今年唯一获此称号的园区。"
    "嘉兴经开区管委会负责人介绍，今年园区计划再腾退低效用地800亩，其中一半以上将用于引进数字经济项目。（文 沈 洁）",
]

P3_BRIEF_TITLE = "区域简讯"
P3_BRIEFS = [
    "● 宁波市：宁波前湾新区日前与上海汇擎汽车科技有限公司签约，总投资50亿元的新能源汽车一体化压铸项目落户前湾新区。",
    "● 浙江省杭州市萧山区的杭州萧山经济技术开发区，在最新一轮国家级经开区综合发展水平考核评价中位列"
    "全国前30名。萧山经开区去年实现规上工业产值2100亿元。",
    "● 浙江省商务厅日前发布数据，一季度全省开发区实际使用外资38.6亿美元，同比增长8.1%，其中制造业占比"
    "超过六成。",
    "● 鄂尔多斯市准格尔旗：准格尔经济开发区年产40万吨煤基可降解材料项目开工，该项目由内蒙古鄂能化工集团"
    "有限公司投资，总投资120亿元。",
]

P3_SPACED = ["钕铁硼", "23亿元", "亩均效益", "35亿元", "稀土高新区"]

P3_ENTITIES = [
    ent("pl_nmg", "Place", "内蒙古自治区", ["内蒙古"], level="province"),
    ent("pl_bt", "Place", "包头市", ["包头"], level="city"),
    ent("pl_eeds", "Place", "鄂尔多斯市", ["鄂尔多斯"], level="city"),
    ent("pl_zge", "Place", "准格尔旗", ["准格尔"], level="county"),
    ent("pl_etk", "Place", "鄂托克", [], opt=True, level="county"),
    ent("pl_zj", "Place", "浙江省", ["浙江"], level="province"),
    ent("pl_nb", "Place", "宁波市", ["宁波"], level="city"),
    ent("pl_hz", "Place", "杭州市", ["杭州"], level="city"),
    ent("pl_xs", "Place", "萧山区", ["萧山"], level="district"),
    ent("pl_jx", "Place", "嘉兴市", ["嘉兴"], level="city"),
    ent("pl_sh", "Place", "上海", [], opt=True, level="city"),
    ent("pl_jp", "Place", "日本", [], opt=True, level="country"),
    ent("pk_btxt", "Park", "包头稀土高新技术产业开发区", ["包头稀土高新区", "稀土高新区"]),
    ent("pk_eedsgx", "Park", "鄂尔多斯高新技术产业开发区", ["鄂尔多斯高新区"]),
    ent("pk_etk", "Park", "鄂托克经济开发区", []),
    ent("pk_jxjk", "Park", "浙江嘉兴经济技术开发区", ["嘉兴经济技术开发区", "嘉兴经开区"]),
    ent("pk_qw", "Park", "宁波前湾新区", ["前湾新区"]),
    ent("pk_xsjk", "Park", "杭州萧山经济技术开发区", ["萧山经济技术开发区", "萧山经开区"]),
    ent("pk_zge", "Park", "准格尔经济开发区", []),
    ent("ag_nmgswt", "Agency", "内蒙古自治区商务厅", []),
    ent("ag_nmgfgw", "Agency", "内蒙古自治区发展和改革委员会", []),
    ent("ag_zjfgw", "Agency", "浙江省发展和改革委员会", []),
    ent("po_xiezuo", "Policy", "浙江—内蒙古东西部协作产业合作实施方案", []),
    ent("po_mujun", "Policy", "亩均论英雄", ["“亩均论英雄”改革"], opt=True),
    ent("co_ycbt", "Company", "甬磁科技（包头）有限公司", ["甬磁科技"]),
    ent("co_ycjt", "Company", "宁波甬磁磁业集团有限公司", ["甬磁集团"]),
    ent("co_xuchi", "Company", "浙江旭驰电机有限公司", ["旭驰电机"]),
    ent("co_qianjiang", "Company", "钱江新能集团", []),
    ent("co_anlan", "Company", "杭州安澜储能科技有限公司", []),
    ent("co_hefeng", "Company", "禾丰光能股份有限公司", ["禾丰光能"]),
    ent("co_jiahe", "Company", "嘉禾机电集团", []),
    ent("co_dongwa", "Company", "日本东和精机株式会社", ["东和精机株式会社"]),
    ent("co_hejia", "Company", "和嘉精密机械（嘉兴）有限公司", []),
    ent("co_sirui", "Company", "思睿半导体", []),
    ent("co_huiqing", "Company", "上海汇擎汽车科技有限公司", []),
    ent("co_eneng", "Company", "内蒙古鄂能化工集团有限公司", []),
    ent("pj_ndfp", "Project", "年产1.2万吨高性能钕铁硼永磁材料项目", []),
    ent("pj_dianji", "Project", "年产300万台稀土永磁电机生产线", []),
    ent("pj_gf", "Project", "10GW高效光伏组件工厂", []),
    ent("pj_zq", "Project", "风光制氢一体化示范工程", []),
    ent("pj_sigang", "Project", "精密滚珠丝杠生产线", []),
    ent("pj_fengce", "Project", "功率器件封测基地", []),
    ent("pj_yazhu", "Project", "新能源汽车一体化压铸项目", []),
    ent("pj_jiangjie", "Project", "年产40万吨煤基可降解材料项目", []),
    ent("pk_xny", "Park", "新能源装备产业园", [], opt=True),
    ent("pj_fengdian", "Project", "风电整机及核心部件生产基地", []),
    ent("ag_jxgwh", "Agency", "嘉兴经开区管委会", []),
    ent("ag_zjswt", "Agency", "浙江省商务厅", []),
]

P3_TRIPLES = [
    tri("pl_bt", "partOf", "pl_nmg", "包头稀土高新技术产业开发区", opt=True),
    tri("pl_eeds", "partOf", "pl_nmg", "鄂尔多斯的另一幅合作图景正在铺开", opt=True),
    tri("pl_zge", "partOf", "pl_eeds", "鄂尔多斯市准格尔旗"),
    tri("pl_etk", "partOf", "pl_eeds", "在鄂托克经济开发区", opt=True),
    tri("pl_hz", "partOf", "pl_zj", "浙江省杭州市萧山区"),
    tri("pl_xs", "partOf", "pl_hz", "浙江省杭州市萧山区"),
    tri("pl_nb", "partOf", "pl_zj", "在宁波，我们离市场近", opt=True),
    tri("pl_jx", "partOf", "pl_zj", "浙江嘉兴经济技术开发区", opt=True),
    tri("pk_btxt", "locatedIn", "pl_bt", "在包头稀土高新技术产业开发区"),
    tri("pk_eedsgx", "locatedIn", "pl_eeds", "在鄂尔多斯高新技术产业开发区"),
    tri("pk_etk", "locatedIn", "pl_etk", "在鄂托克经济开发区建设风光制氢一体化示范工程", opt=True),
    tri("pk_etk", "locatedIn", "pl_eeds", "鄂尔多斯的另一幅合作图景正在铺开", opt=True),
    tri("pk_etk", "locatedIn", "pl_nmg", "在鄂托克经济开发区建设风光制氢一体化示范工程", opt=True),
    tri("pk_jxjk", "locatedIn", "pl_jx", "浙江嘉兴经济技术开发区"),
    tri("pk_qw", "locatedIn", "pl_nb", "宁波前湾新区日前与上海汇擎汽车科技有限公司签约"),
    tri("pk_xsjk", "locatedIn", "pl_xs", "浙江省杭州市萧山区的杭州萧山经济技术开发区"),
    tri("pk_zge", "locatedIn", "pl_zge", "准格尔旗：准格尔经济开发区"),
    tri(
        "co_ycbt", "locatedIn", "pk_btxt", "在包头稀土高新技术产业开发区，甬磁科技（包头）有限公司的新厂房里"
    ),
    tri("co_ycbt", "locatedIn", "pl_bt", "甬磁科技（包头）有限公司", opt=True),
    tri("co_ycjt", "locatedIn", "pl_nb", "宁波甬磁磁业集团有限公司", opt=True),
    tri(
        "co_ycjt",
        "investsIn",
        "pj_ndfp",
        "甬磁集团决定在包头稀土高新区布局年产1.2万吨高性能钕铁硼永磁材料项目，项目计划总投资23亿元",
        amt=2300000000,
    ),
    tri(
        "co_ycbt",
        "investsIn",
        "pj_ndfp",
        "甬磁科技是宁波甬磁磁业集团有限公司在内蒙古设立的全资子公司",
        opt=True,
    ),
    tri("pj_ndfp", "locatedIn", "pk_btxt", "在包头稀土高新区布局年产1.2万吨高性能钕铁硼永磁材料项目"),
    tri("pk_btxt", "signsWith", "co_xuchi", "包头稀土高新区在杭州举办专场推介会，现场与浙江旭驰电机有限公司"),
    tri("pk_btxt", "signsWith", "co_qianjiang", "现场与浙江旭驰电机有限公司、钱江新能集团"),
    tri("pk_btxt", "signsWith", "co_anlan", "钱江新能集团、杭州安澜储能科技有限公司等8家企业签约"),
    tri("co_xuchi", "investsIn", "pj_dianji", "旭驰电机将建设年产300万台稀土永磁电机生产线"),
    tri("pj_dianji", "locatedIn", "pk_btxt", "旭驰电机将建设年产300万台稀土永磁电机生产线", opt=True),
    tri("co_xuchi", "locatedIn", "pl_zj", "浙江旭驰电机有限公司", opt=True),
    tri("co_anlan", "locatedIn", "pl_hz", "杭州安澜储能科技有限公司", opt=True),
    tri(
        "co_hefeng",
        "investsIn",
        "pj_gf",
        "禾丰光能股份有限公司投资建设的10GW高效光伏组件工厂5月初投产。这座工厂总投资35亿元",
        amt=3500000000,
    ),
    tri(
        "pj_gf",
        "locatedIn",
        "pk_eedsgx",
        "在鄂尔多斯高新技术产业开发区，嘉兴企业禾丰光能股份有限公司投资建设的10GW高效光伏组件工厂",
    ),
    tri("co_hefeng", "locatedIn", "pl_jx", "嘉兴企业禾丰光能股份有限公司"),
    tri("co_hefeng", "investsIn", "pj_zq", "禾丰光能还将在鄂托克经济开发区建设风光制氢一体化示范工程"),
    tri("pj_zq", "locatedIn", "pk_etk", "在鄂托克经济开发区建设风光制氢一体化示范工程"),
    tri(
        "po_xiezuo",
        "issuedBy",
        "ag_nmgfgw",
        "内蒙古自治区发展和改革委员会、浙江省发展和改革委员会联合印发《浙江—内蒙古东西部协作产业合作实施方案》",
    ),
    tri(
        "po_xiezuo",
        "issuedBy",
        "ag_zjfgw",
        "浙江省发展和改革委员会联合印发《浙江—内蒙古东西部协作产业合作实施方案》",
    ),
    tri("co_jiahe", "locatedIn", "pl_jx", "由嘉兴本地企业嘉禾机电集团"),
    tri(
        "co_jiahe",
        "investsIn",
        "pj_sigang",
        "嘉禾机电集团与日本东和精机株式会社合资设立的和嘉精密机械",
        opt=True,
    ),
    tri("co_dongwa", "investsIn", "pj_sigang", "日本东和精机株式会社合资设立的和嘉精密机械", opt=True),
    tri("co_dongwa", "locatedIn", "pl_jp", "日本东和精机株式会社", opt=True),
    tri(
        "co_hejia",
        "investsIn",
        "pj_sigang",
        "和嘉精密机械（嘉兴）有限公司，投资2.8亿元的精密滚珠丝杠生产线",
        amt=280000000,
    ),
    tri("pj_sigang", "locatedIn", "pk_jxjk", "腾出的空间里，新项目接连落地。由嘉兴本地企业嘉禾机电集团"),
    tri(
        "co_hejia",
        "locatedIn",
        "pk_jxjk",
        "腾出的空间里，新项目接连落地。由嘉兴本地企业嘉禾机电集团",
        opt=True,
    ),
    tri("co_hejia", "locatedIn", "pl_jx", "和嘉精密机械（嘉兴）有限公司", opt=True),
    tri("co_sirui", "investsIn", "pj_fengce", "思睿半导体投资15亿元的功率器件封测基地", amt=1500000000),
    tri("pj_fengce", "locatedIn", "pk_jxjk", "思睿半导体投资15亿元的功率器件封测基地已完成桩基施工"),
    tri("co_sirui", "locatedIn", "pk_jxjk", "思睿半导体投资15亿元的功率器件封测基地", opt=True),
    tri(
        "pk_jxjk",
        "designatedAs",
        "=浙江省亩均论英雄改革优秀园区",
        "嘉兴经开区获评浙江省“亩均论英雄”改革优秀园区",
    ),
    tri("pk_qw", "signsWith", "co_huiqing", "宁波前湾新区日前与上海汇擎汽车科技有限公司签约"),
    tri(
        "co_huiqing",
        "investsIn",
        "pj_yazhu",
        "与上海汇擎汽车科技有限公司签约，总投资50亿元的新能源汽车一体化压铸项目",
        amt=5000000000,
    ),
    tri("pj_yazhu", "locatedIn", "pk_qw", "新能源汽车一体化压铸项目落户前湾新区"),
    tri("co_huiqing", "locatedIn", "pl_sh", "上海汇擎汽车科技有限公司", opt=True),
    tri(
        "pk_xsjk",
        "designatedAs",
        "=国家级经开区综合发展水平考核评价全国前30名",
        "在最新一轮国家级经开区综合发展水平考核评价中位列全国前30名",
        opt=True,
    ),
    tri(
        "co_eneng",
        "investsIn",
        "pj_jiangjie",
        "该项目由内蒙古鄂能化工集团有限公司投资，总投资120亿元",
        amt=12000000000,
    ),
    tri("pj_jiangjie", "locatedIn", "pk_zge", "准格尔经济开发区年产40万吨煤基可降解材料项目开工"),
    tri("co_eneng", "locatedIn", "pl_nmg", "内蒙古鄂能化工集团有限公司", opt=True),
    tri("pk_xny", "locatedIn", "pk_btxt", "钱江新能集团的项目落在稀土高新区的新能源装备产业园", opt=True),
    tri(
        "co_qianjiang",
        "investsIn",
        "pj_fengdian",
        "集团将投资18亿元建设风电整机及核心部件生产基地",
        amt=1800000000,
    ),
    tri("pj_fengdian", "locatedIn", "pk_xny", "钱江新能集团的项目落在稀土高新区的新能源装备产业园", opt=True),
    tri(
        "pj_fengdian",
        "locatedIn",
        "pk_btxt",
        "钱江新能集团的项目落在稀土高新区的新能源装备产业园。按照协议，集团将投资18亿元建设风电整机及核心部件生产基地",
    ),
    tri("co_qianjiang", "locatedIn", "pk_btxt", "钱江新能集团的项目落在稀土高新区", opt=True),
]


def page3():
    blocks = [
        P3_HEADER,
        P3_A_BYLINE,
        *P3_A[:3],
        P3_CAPTION,
        *P3_A[3:],
        P3_A_TITLE,
        P3_B_TITLE,
        *P3_B,
        P3_BRIEF_TITLE,
        *P3_BRIEFS,
    ]
    return blocks, P3_SPACED, P3_ENTITIES, P3_TRIPLES, "gb18030"


# ---------------------------------------------------------------------------
# page g1_04: 广东 + 山西 (专业镇 feature, 山西 dispatch with a drifted headline, briefs)

P4_HEADER = "2026年6月9日 星期二 人民日报 第10版 经济·园区"

P4_A_TITLE = "佛山：“智改数转”从龙头企业走向中小企业"
P4_A_BYLINE = "本报记者 何 颖"
P4_A = [
    "在佛山市顺德区北滘镇，家电产业的“智改数转”正从龙头企业向中小企业延伸。作为广东省首批技术创新专业镇之一，"
    "北滘家电专业镇集聚家电整机及配套企业2100多家，去年家电产业产值达到2870亿元。",
    "走进广东顺科电器有限公司的压缩机车间，AGV小车按指令穿行，工位屏幕上实时跳动着良品率数据。“以前换一次型"
    "要停线4小时，现在20分钟就够了。”顺科电器生产总监梁志勇说。去年，这家企业投资1.6亿元，完成了空调压缩机"
    "生产线智能化改造，人均产值提高了42%。",
    "中小企业“不敢转、不会转”怎么办？佛山市工业和信息化局会同顺德区人民政府出台《佛山市中小企业数字化转型"
    "专项扶持办法》，对企业购买数字化服务给予最高50%的补贴。目前，北滘镇已有380多家中小企业完成数字化改造。",
    "平台型企业也在发挥作用。慧科智联（广东）科技有限公司在北滘搭建的家电行业工业互联网平台，已为560多家"
    "中小企业提供设备联网、能耗管理等服务。“一套系统几万元，企业按月付费，门槛低了，大家才愿意试。”慧科智联"
    "负责人说。去年，慧科智联入选工业和信息化部跨行业跨领域工业互联网平台名单。",
    "不远处的佛山国家高新技术产业开发区，则在为下一代制造积蓄力量。在佛山三龙湾高端创新集聚区，瀚德机器人"
    "（佛山）有限公司的工业机器人产业园项目正在进行内部装修。这座产业园由瀚德机器人投资10亿元建设，投产后"
    "年产工业机器人1.5万台。佛山高新区管委会与该公司去年签署了投资协议。",
    "据佛山市工业和信息化局统计，今年1至5月，全市规上工业企业完成技改投资186亿元，同比增长14.2%；北滘镇"
    "新增“专精特新”中小企业31家，数量居全市各镇街首位。",
    "业内人士认为，佛山制造业的“家底”厚，专业镇和高新区各有分工，“一个管存量提升，一个管增量培育”。",
]

P4_B_TITLE = "山西：新能源装备项目跑出“加速度”"
P4_B = [
    "本报太原6月8日电（记者 乔 栋）6月上旬，山西转型综合改革示范区潇河产业园区里，山西晋航氢能科技集团有限公司"
    "的氢能装备制造基地项目主体厂房已经封顶。该项目总投资48亿元，建成后可年产燃料电池系统1万套、电解槽500台。"
    "晋航氢能董事长韩世斌说，转型综改示范区“拿地即开工”的审批速度让企业省下了近半年时间。",
    "“从签约到开工，我们只跑了一次腿。”晋航氢能副总经理刘敏算了一笔账：项目用地、环评、能评等手续由园区"
    "代办专班并联办理，企业只需在关键节点签字确认。目前，该公司已与国内12家整车企业达成供货意向。",
    "在长治市屯留区，山西屯留经济技术开发区与常州固德新能源科技股份有限公司日前签署协议，后者将投资30亿元，"
    "在屯留经开区建设年产10GWh储能电池项目。不久前，屯留经开区被山西省工业和信息化厅认定为省级新型工业化"
    "产业示范基地。",
    "在太原市，太原不锈钢产业园区和山西转型综合改革示范区的新能源装备配套企业也在加快集聚。晋航氢能的"
    "储氢瓶配套项目由太原本地企业并州特材有限公司承接，这个总投资2.2亿元的碳纤维储氢瓶生产线项目已完成"
    "设备招标，计划年内投产。",
    "山西省人民政府办公厅今年印发的《山西省支持开发区新能源装备产业发展若干措施》提出，对新能源装备项目"
    "优先保障用地、用能指标。数据显示，1至5月，山西省开发区新开工新能源装备项目67个。",
]

P4_BRIEF_TITLE = "南粤简讯"
P4_BRIEFS = [
    "△东莞松山湖高新区：鹏芯半导体（东莞）有限公司总投资约8千万元的第三代半导体检测中心6月5日启用，"
    "面向大湾区企业提供检测服务。",
    "△东莞市：一季度全市高新区、综保区等重点平台实现规上工业增加值1020亿元，同比增长7.6%，拉动全市"
    "工业增长4.1个百分点。",
    "△东莞虎门港综合保税区：东莞虎门港综合保税区管委会与香港利昌国际物流有限公司签约，利昌物流将在综保区"
    "建设跨境电商分拨中心。",
    "△东莞滨海湾新区：东莞滨海湾新区管理委员会与新加坡丰域数据集团签署合作协议，丰域数据将在新区投资25亿元"
    "建设绿色算力数据中心项目，首期机柜3000个。",
    "△太原不锈钢产业园区：晋钢精工年产3万吨精密不锈钢带项目投产。项目投资6.2亿元，由山西晋钢精工不锈钢"
    "有限公司建设，园区此前已获评山西省特色专业镇。",
]

P4_SPACED = ["专业镇", "1.6亿元", "潇河产业园区", "48亿元", "储能电池"]

P4_ENTITIES = [
    ent("pl_gd", "Place", "广东省", ["广东"], level="province"),
    ent("pl_fs", "Place", "佛山市", ["佛山"], level="city"),
    ent("pl_sd", "Place", "顺德区", ["顺德"], level="district"),
    ent("pl_bj", "Place", "北滘镇", ["北滘"], level="town"),
    ent("pl_dg", "Place", "东莞市", ["东莞"], level="city"),
    ent("pl_sx", "Place", "山西省", ["山西"], level="province"),
    ent("pl_cz", "Place", "长治市", ["长治"], level="city"),
    ent("pl_tl", "Place", "屯留区", ["屯留"], level="district"),
    ent("pl_changzhou", "Place", "常州", [], opt=True, level="city"),
    ent("pl_hk", "Place", "香港", [], opt=True, level="city"),
    ent("pk_bj", "Park", "北滘家电专业镇", []),
    ent("pk_fsgx", "Park", "佛山国家高新技术产业开发区", ["佛山高新区"]),
    ent("pk_slw", "Park", "佛山三龙湾高端创新集聚区", ["三龙湾高端创新集聚区"]),
    ent("pk_jyq", "Park", "工业机器人产业园", [], opt=True),
    ent("pk_zgq", "Park", "山西转型综合改革示范区", ["转型综改示范区"]),
    ent("pk_xh", "Park", "潇河产业园区", []),
    ent("pk_tl", "Park", "山西屯留经济技术开发区", ["屯留经开区", "屯留经济技术开发区"]),
    ent("pk_ssh", "Park", "东莞松山湖高新区", ["松山湖高新区"]),
    ent("pk_hmg", "Park", "东莞虎门港综合保税区", ["综保区", "虎门港综合保税区"]),
    ent("pk_tybxg", "Park", "太原不锈钢产业园区", []),
    ent("ag_fsgxj", "Agency", "佛山市工业和信息化局", []),
    ent("ag_sdgov", "Agency", "顺德区人民政府", []),
    ent("ag_fsgwh", "Agency", "佛山高新区管委会", []),
    ent("ag_sxgxt", "Agency", "山西省工业和信息化厅", []),
    ent("ag_sxbgt", "Agency", "山西省人民政府办公厅", []),
    ent("ag_hmggwh", "Agency", "东莞虎门港综合保税区管委会", []),
    ent("po_fsszh", "Policy", "佛山市中小企业数字化转型专项扶持办法", []),
    ent("po_sxxny", "Policy", "山西省支持开发区新能源装备产业发展若干措施", []),
    ent("po_nadi", "Policy", "拿地即开工", [], opt=True),
    ent("co_shunke", "Company", "广东顺科电器有限公司", ["顺科电器"]),
    ent("co_hande", "Company", "瀚德机器人（佛山）有限公司", ["瀚德机器人"]),
    ent("co_jinhang", "Company", "山西晋航氢能科技集团有限公司", ["晋航氢能"]),
    ent("co_gude", "Company", "常州固德新能源科技股份有限公司", []),
    ent("co_pengxin", "Company", "鹏芯半导体（东莞）有限公司", []),
    ent("co_lichang", "Company", "香港利昌国际物流有限公司", ["利昌物流"]),
    ent("co_jingang", "Company", "山西晋钢精工不锈钢有限公司", ["晋钢精工"]),
    ent("pj_ysj", "Project", "空调压缩机生产线智能化改造", []),
    ent("pj_jqr", "Project", "工业机器人产业园项目", ["工业机器人产业园"]),
    ent("pj_qn", "Project", "氢能装备制造基地项目", []),
    ent("pj_cn", "Project", "年产10GWh储能电池项目", []),
    ent("pj_jc", "Project", "第三代半导体检测中心", []),
    ent("pj_fb", "Project", "跨境电商分拨中心", []),
    ent("co_huike", "Company", "慧科智联（广东）科技有限公司", ["慧科智联"]),
    ent("ag_miit", "Agency", "工业和信息化部", []),
    ent("pj_hlw", "Project", "家电行业工业互联网平台", [], opt=True),
    ent("co_bingzhou", "Company", "并州特材有限公司", []),
    ent("pj_chuqing", "Project", "碳纤维储氢瓶生产线项目", ["储氢瓶配套项目"]),
    ent("pl_tys", "Place", "太原市", [], level="city"),
    ent("pk_bhw", "Park", "东莞滨海湾新区", ["滨海湾新区"]),
    ent("ag_bhwgwh", "Agency", "东莞滨海湾新区管理委员会", []),
    ent("co_fengyu", "Company", "新加坡丰域数据集团", ["丰域数据"]),
    ent("pl_sg", "Place", "新加坡", [], opt=True, level="country"),
    ent("pj_suanli", "Project", "绿色算力数据中心项目", []),
    ent("pj_bxg", "Project", "年产3万吨精密不锈钢带项目", ["晋钢精工年产3万吨精密不锈钢带项目"]),
]

P4_TRIPLES = [
    tri("pl_sd", "partOf", "pl_fs", "佛山市顺德区北滘镇"),
    tri("pl_bj", "partOf", "pl_sd", "佛山市顺德区北滘镇"),
    tri("pl_fs", "partOf", "pl_gd", "作为广东省首批技术创新专业镇之一", opt=True),
    tri("pl_dg", "partOf", "pl_gd", "东莞松山湖高新区", opt=True),
    tri("pl_cz", "partOf", "pl_sx", "在长治市屯留区，山西屯留经济技术开发区", opt=True),
    tri("pl_tl", "partOf", "pl_cz", "在长治市屯留区"),
    tri("pl_tys", "partOf", "pl_sx", "本报太原6月8日电", opt=True),
    tri("pk_bj", "locatedIn", "pl_bj", "北滘家电专业镇集聚家电整机及配套企业2100多家"),
    tri(
        "pk_bj",
        "designatedAs",
        "=广东省首批技术创新专业镇",
        "作为广东省首批技术创新专业镇之一，北滘家电专业镇",
    ),
    tri("co_shunke", "locatedIn", "pk_bj", "走进广东顺科电器有限公司的压缩机车间", opt=True),
    tri("co_shunke", "locatedIn", "pl_bj", "走进广东顺科电器有限公司的压缩机车间", opt=True),
    tri("co_shunke", "locatedIn", "pl_gd", "广东顺科电器有限公司", opt=True),
    tri(
        "co_shunke",
        "investsIn",
        "pj_ysj",
        "这家企业投资1.6亿元，完成了空调压缩机生产线智能化改造",
        amt=160000000,
    ),
    tri("pj_ysj", "locatedIn", "pl_bj", "这家企业投资1.6亿元，完成了空调压缩机生产线智能化改造", opt=True),
    tri(
        "po_fsszh",
        "issuedBy",
        "ag_fsgxj",
        "佛山市工业和信息化局会同顺德区人民政府出台《佛山市中小企业数字化转型专项扶持办法》",
    ),
    tri("po_fsszh", "issuedBy", "ag_sdgov", "顺德区人民政府出台《佛山市中小企业数字化转型专项扶持办法》"),
    tri("pk_fsgx", "locatedIn", "pl_fs", "佛山国家高新技术产业开发区"),
    tri("pk_slw", "locatedIn", "pl_fs", "佛山三龙湾高端创新集聚区"),
    tri(
        "pk_slw",
        "locatedIn",
        "pk_fsgx",
        "不远处的佛山国家高新技术产业开发区，则在为下一代制造积蓄力量。在佛山三龙湾高端创新集聚区",
        opt=True,
    ),
    tri(
        "pk_jyq",
        "locatedIn",
        "pk_slw",
        "在佛山三龙湾高端创新集聚区，瀚德机器人（佛山）有限公司的工业机器人产业园项目",
        opt=True,
    ),
    tri("co_hande", "investsIn", "pj_jqr", "这座产业园由瀚德机器人投资10亿元建设", amt=1000000000),
    tri(
        "pj_jqr",
        "locatedIn",
        "pk_slw",
        "在佛山三龙湾高端创新集聚区，瀚德机器人（佛山）有限公司的工业机器人产业园项目",
    ),
    tri(
        "co_hande", "locatedIn", "pk_slw", "在佛山三龙湾高端创新集聚区，瀚德机器人（佛山）有限公司", opt=True
    ),
    tri("co_hande", "locatedIn", "pl_fs", "瀚德机器人（佛山）有限公司", opt=True),
    tri("ag_fsgwh", "signsWith", "co_hande", "佛山高新区管委会与该公司去年签署了投资协议"),
    tri("pk_xh", "locatedIn", "pk_zgq", "山西转型综合改革示范区潇河产业园区"),
    tri("pk_zgq", "locatedIn", "pl_sx", "山西转型综合改革示范区"),
    tri(
        "pk_xh",
        "locatedIn",
        "pl_tys",
        "本报太原6月8日电（记者乔栋）6月上旬，山西转型综合改革示范区潇河产业园区",
        opt=True,
    ),
    tri(
        "co_jinhang",
        "locatedIn",
        "pk_xh",
        "潇河产业园区里，山西晋航氢能科技集团有限公司的氢能装备制造基地项目",
        opt=True,
    ),
    tri("co_jinhang", "locatedIn", "pl_sx", "山西晋航氢能科技集团有限公司", opt=True),
    tri(
        "co_jinhang",
        "investsIn",
        "pj_qn",
        "山西晋航氢能科技集团有限公司的氢能装备制造基地项目主体厂房已经封顶。该项目总投资48亿元",
        amt=4800000000,
    ),
    tri("pj_qn", "locatedIn", "pk_xh", "潇河产业园区里，山西晋航氢能科技集团有限公司的氢能装备制造基地项目"),
    tri("po_nadi", "issuedBy", "pk_zgq", "转型综改示范区“拿地即开工”的审批速度", opt=True),
    tri("pk_tl", "locatedIn", "pl_tl", "在长治市屯留区，山西屯留经济技术开发区"),
    tri(
        "pk_tl", "signsWith", "co_gude", "山西屯留经济技术开发区与常州固德新能源科技股份有限公司日前签署协议"
    ),
    tri(
        "co_gude",
        "investsIn",
        "pj_cn",
        "后者将投资30亿元，在屯留经开区建设年产10GWh储能电池项目",
        amt=3000000000,
    ),
    tri("pj_cn", "locatedIn", "pk_tl", "在屯留经开区建设年产10GWh储能电池项目"),
    tri("co_gude", "locatedIn", "pl_changzhou", "常州固德新能源科技股份有限公司", opt=True),
    tri(
        "pk_tl",
        "designatedAs",
        "=省级新型工业化产业示范基地",
        "屯留经开区被山西省工业和信息化厅认定为省级新型工业化产业示范基地",
    ),
    tri(
        "po_sxxny",
        "issuedBy",
        "ag_sxbgt",
        "山西省人民政府办公厅今年印发的《山西省支持开发区新能源装备产业发展若干措施》",
    ),
    tri("pk_ssh", "locatedIn", "pl_dg", "东莞松山湖高新区"),
    tri(
        "co_pengxin",
        "investsIn",
        "pj_jc",
        "鹏芯半导体（东莞）有限公司总投资约8千万元的第三代半导体检测中心",
        amt=80000000,
    ),
    tri(
        "pj_jc",
        "locatedIn",
        "pk_ssh",
        "东莞松山湖高新区：鹏芯半导体（东莞）有限公司总投资约8千万元的第三代半导体检测中心",
    ),
    tri("co_pengxin", "locatedIn", "pk_ssh", "东莞松山湖高新区：鹏芯半导体（东莞）有限公司", opt=True),
    tri("co_pengxin", "locatedIn", "pl_dg", "鹏芯半导体（东莞）有限公司", opt=True),
    tri("pk_hmg", "locatedIn", "pl_dg", "东莞虎门港综合保税区"),
    tri("ag_hmggwh", "signsWith", "co_lichang", "东莞虎门港综合保税区管委会与香港利昌国际物流有限公司签约"),
    tri(
        "pk_hmg",
        "signsWith",
        "co_lichang",
        "东莞虎门港综合保税区管委会与香港利昌国际物流有限公司签约",
        opt=True,
    ),
    tri("co_lichang", "investsIn", "pj_fb", "利昌物流将在综保区建设跨境电商分拨中心"),
    tri("pj_fb", "locatedIn", "pk_hmg", "利昌物流将在综保区建设跨境电商分拨中心"),
    tri("co_lichang", "locatedIn", "pl_hk", "香港利昌国际物流有限公司", opt=True),
    tri("pk_tybxg", "locatedIn", "pl_tys", "太原不锈钢产业园区"),
    tri(
        "co_jingang",
        "investsIn",
        "pj_bxg",
        "项目投资6.2亿元，由山西晋钢精工不锈钢有限公司建设",
        amt=620000000,
    ),
    tri("pj_bxg", "locatedIn", "pk_tybxg", "太原不锈钢产业园区：晋钢精工年产3万吨精密不锈钢带项目投产"),
    tri(
        "co_jingang",
        "locatedIn",
        "pk_tybxg",
        "太原不锈钢产业园区：晋钢精工年产3万吨精密不锈钢带项目投产",
        opt=True,
    ),
    tri("co_jingang", "locatedIn", "pl_sx", "山西晋钢精工不锈钢有限公司", opt=True),
    tri("co_huike", "locatedIn", "pl_bj", "慧科智联（广东）科技有限公司在北滘搭建的家电行业工业互联网平台"),
    tri("co_huike", "locatedIn", "pl_gd", "慧科智联（广东）科技有限公司", opt=True),
    tri(
        "co_huike",
        "investsIn",
        "pj_hlw",
        "慧科智联（广东）科技有限公司在北滘搭建的家电行业工业互联网平台",
        opt=True,
    ),
    tri("pj_hlw", "locatedIn", "pl_bj", "在北滘搭建的家电行业工业互联网平台", opt=True),
    tri(
        "co_huike",
        "designatedAs",
        "=跨行业跨领域工业互联网平台",
        "慧科智联入选工业和信息化部跨行业跨领域工业互联网平台名单",
    ),
    tri("co_bingzhou", "locatedIn", "pl_tys", "由太原本地企业并州特材有限公司承接"),
    tri(
        "co_bingzhou",
        "investsIn",
        "pj_chuqing",
        "由太原本地企业并州特材有限公司承接，这个总投资2.2亿元的碳纤维储氢瓶生产线项目",
        amt=220000000,
    ),
    tri("co_jinhang", "investsIn", "pj_chuqing", "晋航氢能的储氢瓶配套项目", opt=True),
    tri(
        "pj_chuqing",
        "locatedIn",
        "pl_tys",
        "在太原市，太原不锈钢产业园区和山西转型综合改革示范区的新能源装备配套企业也在加快集聚",
        opt=True,
    ),
    tri("pk_zgq", "locatedIn", "pl_tys", "在太原市，太原不锈钢产业园区和山西转型综合改革示范区", opt=True),
    tri("pk_bhw", "locatedIn", "pl_dg", "东莞滨海湾新区"),
    tri("ag_bhwgwh", "signsWith", "co_fengyu", "东莞滨海湾新区管理委员会与新加坡丰域数据集团签署合作协议"),
    tri(
        "pk_bhw",
        "signsWith",
        "co_fengyu",
        "东莞滨海湾新区管理委员会与新加坡丰域数据集团签署合作协议",
        opt=True,
    ),
    tri(
        "co_fengyu",
        "investsIn",
        "pj_suanli",
        "丰域数据将在新区投资25亿元建设绿色算力数据中心项目",
        amt=2500000000,
    ),
    tri("pj_suanli", "locatedIn", "pk_bhw", "丰域数据将在新区投资25亿元建设绿色算力数据中心项目"),
    tri("co_fengyu", "locatedIn", "pl_sg", "新加坡丰域数据集团", opt=True),
    tri("pk_tybxg", "designatedAs", "=山西省特色专业镇", "园区此前已获评山西省特色专业镇"),
]


def page4():
    # the 山西 dispatch has its headline drifted below its last paragraph
    blocks = [P4_HEADER, P4_A_TITLE, P4_A_BYLINE, *P4_A, *P4_B, P4_B_TITLE, P4_BRIEF_TITLE, *P4_BRIEFS]
    return blocks, P4_SPACED, P4_ENTITIES, P4_TRIPLES, "utf-8"


# ---------------------------------------------------------------------------
# damage, checks, output

NUM_RE = re.compile(r"\d+(?:\.\d+)?")


def wrap(text, rng):
    """Lines of 12-22 characters, cut anywhere; lines left empty by the cut are dropped."""
    lines = (line.strip() for line in dmg.wrap(text, rng, (12, 22), no_start=""))
    return [ln for ln in lines if ln]


def damage(blocks, spaced, seed):
    rng = random.Random(seed)
    page_lines = []
    for block in blocks:
        text = dmg.spread_words(block, spaced)
        text = dmg.space_numbers(text, rng, 0.55, NUM_RE)  # spaces around some numbers, as PDF extraction does
        text = re.sub(r" {2,}", " ", text)
        page_lines.extend(wrap(text, rng))
    return "\n\n".join(page_lines) + "\n"


def check(page_id, page_text, entities, triples):
    flat = chk.squash(page_text)
    ids = {e["id"] for e in entities}
    errors = []
    if len(ids) != len(entities):
        errors.append(f"{page_id}: duplicate entity id")
    for e in entities:
        errors += [f"{page_id}: entity form not in page: {form}" for form in chk.forms_not_in(e, flat)]
    for t in triples:
        if chk.squash(t["evidence"]) not in flat:
            errors.append(f"{page_id}: evidence not in page: {t['evidence']}")
        if t["s"] not in ids:
            errors.append(f"{page_id}: unknown subject {t['s']}")
        if "o" in t and t["o"] not in ids:
            errors.append(f"{page_id}: unknown object {t['o']}")
    used = {t["s"] for t in triples} | {t.get("o") for t in triples}
    for e in entities:
        if e["id"] not in used and not e["optional"] and e["type"] in ("Park", "Project"):
            errors.append(f"{page_id}: non-optional {e['type']} without relation: {e['id']}")
    return errors


PAGES = {"g1_01": page1, "g1_02": page2, "g1_03": page3, "g1_04": page4}


def main():
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    errors = []
    for page_id, build in PAGES.items():
        blocks, spaced, entities, triples, encoding = build()
        text = damage(blocks, spaced, page_id)
        errors += check(page_id, text, entities, triples)
        (HERE / "pages" / f"{page_id}.txt").write_bytes(text.encode(encoding))
        gold = {"doc": f"{page_id}.txt", "entities": entities, "triples": triples}
        (HERE / "gold" / f"{page_id}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(
            f"{page_id}: {len(chk.squash(text))} chars ({encoding}), {len(entities)} entities, {len(triples)} triples"
        )
    for err in errors:
        print(err, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
