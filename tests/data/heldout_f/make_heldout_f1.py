"""Held-out set F, part 1: four blind-written newspaper pages (f1_01..f1_04) and their gold.

Standard library only.  Run from anywhere:

    python tests/data/heldout_f/make_heldout_f1.py

It rebuilds pages/f1_*.txt and gold/f1_*.json from the clean article texts below,
applies PDF-like damage (hard line breaks every 12-22 characters with blank lines
between them, spaces inside a few words and numbers, forced breaks inside numbers,
drifted headlines, interleaved articles), and checks that every evidence snippet and
every entity name/alias occurs in its page once whitespace is removed.
Output is deterministic (seeded random per page).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
GOLD_DIR = HERE / "gold"
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

BRK = "\x00"  # forced line break marker, removed on output


# ---------------------------------------------------------------- gold helpers


def place(eid, name, aliases, level, opt=False):
    return {"id": eid, "type": "Place", "name": name, "aliases": list(aliases), "optional": opt, "level": level}


def ent(eid, etype, name, aliases=(), opt=False):
    return {"id": eid, "type": etype, "name": name, "aliases": list(aliases), "optional": opt}


def park(eid, name, aliases=(), opt=False):
    return ent(eid, "Park", name, aliases, opt)


def agency(eid, name, aliases=(), opt=False):
    return ent(eid, "Agency", name, aliases, opt)


def policy(eid, name, aliases=(), opt=False):
    return ent(eid, "Policy", name, aliases, opt)


def company(eid, name, aliases=(), opt=False):
    return ent(eid, "Company", name, aliases, opt)


def project(eid, name, aliases=(), opt=False):
    return ent(eid, "Project", name, aliases, opt)


def rel(s, p, o, evidence, amount=None, opt=False):
    t = {"s": s, "p": p, "o": o}
    if amount is not None:
        t["amount_yuan"] = amount
    t["evidence"] = evidence
    t["optional"] = opt
    return t


def desig(s, literal, evidence, opt=False):
    return {"s": s, "p": "designatedAs", "o_literal": literal, "evidence": evidence, "optional": opt}


# ---------------------------------------------------------------- page layout helpers


def article(title, byline, paras, caption=None, drift=False):
    """Blocks of one article: ("line", text) is kept on one line, ("para", text) is wrapped."""
    body = [("line", byline), *(("para", p) for p in paras)]
    if caption:
        body.append(("para", caption))
    return dmg.place_headline([("line", title)], body, drift)


def interleaved(a_title, a_byline, a_paras, b_title, b_byline, b_paras):
    """Two articles whose paragraphs alternate, as a PDF column reader mixes them."""
    blocks = [("line", a_title), ("line", a_byline), ("para", a_paras[0])]
    blocks += [("line", b_title), ("line", b_byline), ("para", b_paras[0])]
    return blocks + dmg.interleave([("para", p) for p in a_paras[1:]], [("para", p) for p in b_paras[1:]])


# ================================================================ page f1_01: 吉林 + 辽宁 (UTF-8)

P1_A = [
    "初夏时节，走进长春新区北湖科技园，塔吊林立、机器轰鸣。吉林华启光电科技有限公司投资建设的年产120万套"
    "车载激光雷达生产线项目已完成主体封顶，预计10月设备进场调试。该项目总投资8.6亿元，达产后可实现年产值"
    "20亿元以上。",
    "“从签约到开工只用了47天。”华启光电总经理刘振宇告诉记者，公司看中的正是这里完善的光电产业配套和高效的"
    "审批服务。",
    "长春新区地处长春市东北部，是国务院批复设立的国家级新区，也是吉林省唯一的国家级新区。今年以来，长春新区"
    "推行“拿地即开工”审批模式，一季度新开工亿元以上项目31个。由吉林北辰生物制药有限公司投资15亿元建设的"
    "重组蛋白疫苗产业化基地，计划年底前投产。",
    "生物医药是长春新区的“当家产业”。新区先后引进博润医疗、安泰生物、海川制药等龙头企业，初步形成了从研发、"
    "中试到生产的完整链条。北辰生物相关负责人表示，该企业将依托新区的临床资源，加快新品上市节奏。",
    "5月28日，长春新区管委会与吉林省瑞丰新能源汽车零部件有限公司签署投资合作协议。根据协议，瑞丰新能源将在"
    "长春新区投资12亿元，建设年产30万套新能源汽车热管理系统项目。该企业此前已在长春汽车经济技术开发区设有"
    "两个生产基地，此次扩产主要为省内整车企业配套。",
    "光电产业链条也在加速延伸。吉林省光谷芯材科技有限公司总投资3.5亿元的碳化硅衬底片生产线今年4月在北湖科技园"
    "开工，光谷芯材副总经理孙立新介绍，项目投产后年产6英寸衬底片10万片，可就近供应华启光电等下游企业。",
    "据了解，长春新区今年计划实施500万元以上产业项目260个，年度计划投资超过400亿元。",
]

P1_B = [
    "位于吉林省长春市东南部的长春经济技术开发区，是首批国家级经济技术开发区之一。近年来，长春经开区瞄准"
    "汽车零部件、先进装备和新材料三大方向，推动传统制造向“智造”升级。",
    "在兴隆山镇的智能装备产业园，长春鼎力精密机械股份有限公司的数字化车间里，20余台五轴加工中心昼夜运转。"
    "“过去靠人盯，现在靠数据。”鼎力精密董事长邵文彬说，公司去年投入6800万元实施生产线智能化改造，产品"
    "不良率下降了四成。今年，该公司还将投资2.3亿元新建精密传动部件研发中心，目前已完成规划设计。",
    "政策红利持续释放。今年3月，吉林省工业和信息化厅、省财政厅联合印发《吉林省制造业数字化转型专项资金管理"
    "办法》，对企业智能化改造项目给予最高1000万元补助。长春经开区管委会随即出台《关于支持企业技术改造的十条"
    "措施》，目前全区已有46家企业享受政策支持。",
    "与此同时，长春经开区加快盘活低效工业用地。去年以来，园区通过“退二优二”收回闲置工业用地1200亩，引进"
    "长春凯瑞达汽车部件有限公司等12个项目。其中，凯瑞达汽车部件投资9000万元的铝合金轻量化车身部件生产线已于"
    "5月投产，该企业年产值预计突破5亿元。",
    "数据显示，今年1至5月，长春经开区规模以上工业总产值同比增长9.6%，工业投资增长14.2%。",
]

P1_BRIEF1 = (
    "近日，中韩（长春）国际合作示范区举行项目集中签约活动，吉林韩新汽车电子有限公司、长春泰和冷链物流有限公司"
    "等8家企业签约落户，协议总投资23.4亿元。其中，韩新汽车电子投资5000万美元的汽车电子控制器生产基地将于"
    "年内开工建设。（李 冰）"
)

P1_BRIEF2 = (
    "本报讯 6月16日，辽宁省沈阳市铁西区、沈阳经济技术开发区联合举办装备制造产业链对接会。会上，沈阳经开区"
    "与辽宁恒拓重工集团有限公司签约，由恒拓重工投资6亿元建设风电装备总装基地，新建两条智能化总装线，预计"
    "2026年投产。（郑 楠）"
)

P1_C = [
    "近日，吉林省人民政府办公厅印发《吉林省开发区高质量发展三年行动方案（2025—2027年）》，提出到2027年全省"
    "开发区规模以上工业总产值突破1.5万亿元，培育产值超千亿元的开发区5个。",
    "方案明确，将支持长春新区、长春经开区、长春汽车经济技术开发区等在国家级开发区综合评价中争先进位，推动位于"
    "吉林市的吉林高新技术产业开发区做强化工新材料产业。吉林省商务厅相关负责人表示，全省将建立开发区综合评价和"
    "动态管理机制，评价结果与用地指标、专项资金分配挂钩。",
]

PAGE1 = {
    "id": "f1_01",
    "encoding": "utf-8",
    "blocks": [
        ("line", "6　经济日报　2025年6月18日　星期三"),
        ("line", "区域经济　责任编辑：周 岚　美术编辑：王 晴"),
        *article("长春新区：项目建设跑出“加速度”", "本报记者 孙立平 通讯员 何晓雯", P1_A, drift=True),
        *article(
            "长春经开区打造先进制造集聚高地",
            "本报记者 马 骏",
            P1_B,
            caption="图为长春鼎力精密机械股份有限公司数字化车间。 本报记者 马 骏摄",
        ),
        *article("吉林出台开发区高质量发展新政", "本报记者 孙立平", P1_C),
        ("line", "简 讯"),
        ("line", "中韩（长春）国际合作示范区集中签约8个项目"),
        ("para", P1_BRIEF1),
        ("line", "沈阳经开区风电装备总装基地项目签约"),
        ("para", P1_BRIEF2),
    ],
    "spaced": [
        ("8.6亿元", "8.6 亿元"),
        ("热管理系统", "热 管 理 系统"),
        ("数字化转型", "数 字 化转型"),
        ("工业用地", "工 业 用 地"),
    ],
    "breaks": ["1|2亿元", "23.|4亿元"],
    "entities": [
        place("pl_jilin", "吉林省", ["吉林"], "province"),
        place("pl_changchun", "长春市", ["长春"], "city"),
        place("pl_xinglongshan", "兴隆山镇", [], "town"),
        place("pl_jilinshi", "吉林市", [], "city"),
        place("pl_liaoning", "辽宁省", ["辽宁"], "province"),
        place("pl_shenyang", "沈阳市", ["沈阳"], "city"),
        place("pl_tiexi", "铁西区", ["铁西"], "district"),
        park("pk_ccxq", "长春新区"),
        park("pk_beihu", "北湖科技园", opt=True),
        park("pk_ccjk", "长春经济技术开发区", ["长春经开区"]),
        park("pk_zbcy", "智能装备产业园", opt=True),
        park("pk_ccqk", "长春汽车经济技术开发区"),
        park("pk_zhonghan", "中韩（长春）国际合作示范区"),
        park("pk_syjk", "沈阳经济技术开发区", ["沈阳经开区"]),
        park("pk_jlgx", "吉林高新技术产业开发区"),
        agency("ag_gwy", "国务院"),
        agency("ag_ccxq_gwh", "长春新区管委会"),
        agency("ag_jl_gxt", "吉林省工业和信息化厅"),
        agency("ag_jl_czt", "省财政厅"),
        agency("ag_ccjk_gwh", "长春经开区管委会"),
        agency("ag_jl_bgt", "吉林省人民政府办公厅"),
        agency("ag_jl_swt", "吉林省商务厅"),
        policy("po_jl_szh", "吉林省制造业数字化转型专项资金管理办法"),
        policy("po_ccjk_shitiao", "关于支持企业技术改造的十条措施"),
        policy("po_nadi", "拿地即开工", ["“拿地即开工”审批模式"], opt=True),
        policy("po_tuier", "退二优二", ["“退二优二”"], opt=True),
        policy(
            "po_jl_kfq",
            "吉林省开发区高质量发展三年行动方案（2025—2027年）",
            ["吉林省开发区高质量发展三年行动方案"],
        ),
        company("co_huaqi", "吉林华启光电科技有限公司", ["华启光电"]),
        company("co_beichen", "吉林北辰生物制药有限公司", ["北辰生物"]),
        company("co_borun", "博润医疗"),
        company("co_antai", "安泰生物"),
        company("co_haichuan", "海川制药"),
        company("co_ruifeng", "吉林省瑞丰新能源汽车零部件有限公司", ["瑞丰新能源"]),
        company("co_dingli", "长春鼎力精密机械股份有限公司", ["鼎力精密"]),
        company("co_hanxin", "吉林韩新汽车电子有限公司", ["韩新汽车电子"]),
        company("co_taihe", "长春泰和冷链物流有限公司"),
        company("co_hengtuo", "辽宁恒拓重工集团有限公司", ["恒拓重工"]),
        company("co_guanggu", "吉林省光谷芯材科技有限公司", ["光谷芯材"]),
        company("co_kairuida", "长春凯瑞达汽车部件有限公司", ["凯瑞达汽车部件"]),
        project("pj_tanhuagui", "碳化硅衬底片生产线"),
        project("pj_lvhejin", "铝合金轻量化车身部件生产线"),
        project("pj_leida", "年产120万套车载激光雷达生产线项目"),
        project("pj_yimiao", "重组蛋白疫苗产业化基地"),
        project("pj_reguanli", "年产30万套新能源汽车热管理系统项目"),
        project("pj_gaizao", "生产线智能化改造"),
        project("pj_yanfa", "精密传动部件研发中心"),
        project("pj_kongzhiqi", "汽车电子控制器生产基地"),
        project("pj_fengdian", "风电装备总装基地"),
    ],
    "triples": [
        rel("pk_ccxq", "locatedIn", "pl_changchun", "长春新区地处长春市东北部"),
        rel("pl_changchun", "partOf", "pl_jilin", "位于吉林省长春市东南部的长春经济技术开发区"),
        desig("pk_ccxq", "国家级新区", "是国务院批复设立的国家级新区，也是吉林省唯一的国家级新区", opt=True),
        rel("pk_beihu", "locatedIn", "pk_ccxq", "走进长春新区北湖科技园", opt=True),
        rel(
            "co_huaqi",
            "investsIn",
            "pj_leida",
            "吉林华启光电科技有限公司投资建设的年产120万套车载激光雷达生产线项目已完成主体封顶，"
            "预计10月设备进场调试。该项目总投资8.6亿元",
            amount=860000000,
        ),
        rel(
            "pj_leida",
            "locatedIn",
            "pk_ccxq",
            "走进长春新区北湖科技园，塔吊林立、机器轰鸣。吉林华启光电科技有限公司投资建设的年产120万套"
            "车载激光雷达生产线项目",
        ),
        rel("pj_leida", "locatedIn", "pk_beihu", "走进长春新区北湖科技园，塔吊林立、机器轰鸣。", opt=True),
        rel("co_huaqi", "locatedIn", "pk_ccxq", "华启光电总经理刘振宇告诉记者，公司看中的正是这里完善的光电产业配套", opt=True),
        rel("co_huaqi", "locatedIn", "pl_jilin", "吉林华启光电科技有限公司", opt=True),
        rel(
            "co_beichen",
            "investsIn",
            "pj_yimiao",
            "由吉林北辰生物制药有限公司投资15亿元建设的重组蛋白疫苗产业化基地",
            amount=1500000000,
        ),
        rel(
            "pj_yimiao",
            "locatedIn",
            "pk_ccxq",
            "一季度新开工亿元以上项目31个。由吉林北辰生物制药有限公司投资15亿元建设的重组蛋白疫苗产业化基地",
        ),
        rel("co_beichen", "locatedIn", "pk_ccxq", "北辰生物相关负责人表示，该企业将依托新区的临床资源", opt=True),
        rel("co_beichen", "locatedIn", "pl_jilin", "吉林北辰生物制药有限公司", opt=True),
        rel("co_borun", "locatedIn", "pk_ccxq", "新区先后引进博润医疗、安泰生物、海川制药等龙头企业", opt=True),
        rel("co_antai", "locatedIn", "pk_ccxq", "新区先后引进博润医疗、安泰生物、海川制药等龙头企业", opt=True),
        rel("co_haichuan", "locatedIn", "pk_ccxq", "新区先后引进博润医疗、安泰生物、海川制药等龙头企业", opt=True),
        rel("ag_ccxq_gwh", "signsWith", "co_ruifeng", "长春新区管委会与吉林省瑞丰新能源汽车零部件有限公司签署投资合作协议"),
        rel(
            "pk_ccxq",
            "signsWith",
            "co_ruifeng",
            "长春新区管委会与吉林省瑞丰新能源汽车零部件有限公司签署投资合作协议",
            opt=True,
        ),
        rel(
            "co_ruifeng",
            "investsIn",
            "pj_reguanli",
            "瑞丰新能源将在长春新区投资12亿元，建设年产30万套新能源汽车热管理系统项目",
            amount=1200000000,
        ),
        rel("pj_reguanli", "locatedIn", "pk_ccxq", "瑞丰新能源将在长春新区投资12亿元，建设年产30万套新能源汽车热管理系统项目"),
        rel("co_ruifeng", "locatedIn", "pk_ccqk", "该企业此前已在长春汽车经济技术开发区设有两个生产基地"),
        rel("co_ruifeng", "locatedIn", "pl_jilin", "吉林省瑞丰新能源汽车零部件有限公司", opt=True),
        rel("pk_ccqk", "locatedIn", "pl_changchun", "该企业此前已在长春汽车经济技术开发区设有两个生产基地"),
        rel("pk_ccjk", "locatedIn", "pl_changchun", "位于吉林省长春市东南部的长春经济技术开发区"),
        desig("pk_ccjk", "首批国家级经济技术开发区", "是首批国家级经济技术开发区之一", opt=True),
        rel("pk_zbcy", "locatedIn", "pl_xinglongshan", "在兴隆山镇的智能装备产业园", opt=True),
        rel("pk_zbcy", "locatedIn", "pk_ccjk", "在兴隆山镇的智能装备产业园", opt=True),
        rel("co_dingli", "locatedIn", "pk_ccjk", "在兴隆山镇的智能装备产业园，长春鼎力精密机械股份有限公司的数字化车间里"),
        rel(
            "co_dingli",
            "locatedIn",
            "pk_zbcy",
            "在兴隆山镇的智能装备产业园，长春鼎力精密机械股份有限公司的数字化车间里",
            opt=True,
        ),
        rel(
            "co_dingli",
            "locatedIn",
            "pl_xinglongshan",
            "在兴隆山镇的智能装备产业园，长春鼎力精密机械股份有限公司的数字化车间里",
            opt=True,
        ),
        rel("co_dingli", "investsIn", "pj_gaizao", "公司去年投入6800万元实施生产线智能化改造", amount=68000000),
        rel("co_dingli", "investsIn", "pj_yanfa", "该公司还将投资2.3亿元新建精密传动部件研发中心", amount=230000000),
        rel("pj_gaizao", "locatedIn", "pk_ccjk", "公司去年投入6800万元实施生产线智能化改造", opt=True),
        rel("pj_yanfa", "locatedIn", "pk_ccjk", "该公司还将投资2.3亿元新建精密传动部件研发中心", opt=True),
        rel(
            "po_jl_szh",
            "issuedBy",
            "ag_jl_gxt",
            "吉林省工业和信息化厅、省财政厅联合印发《吉林省制造业数字化转型专项资金管理办法》",
        ),
        rel(
            "po_jl_szh",
            "issuedBy",
            "ag_jl_czt",
            "吉林省工业和信息化厅、省财政厅联合印发《吉林省制造业数字化转型专项资金管理办法》",
        ),
        rel("po_ccjk_shitiao", "issuedBy", "ag_ccjk_gwh", "长春经开区管委会随即出台《关于支持企业技术改造的十条措施》"),
        rel("pk_zhonghan", "locatedIn", "pl_changchun", "中韩（长春）国际合作示范区举行项目集中签约活动"),
        rel(
            "pk_zhonghan",
            "signsWith",
            "co_hanxin",
            "中韩（长春）国际合作示范区举行项目集中签约活动，吉林韩新汽车电子有限公司、长春泰和冷链物流有限公司"
            "等8家企业签约落户",
        ),
        rel(
            "pk_zhonghan",
            "signsWith",
            "co_taihe",
            "中韩（长春）国际合作示范区举行项目集中签约活动，吉林韩新汽车电子有限公司、长春泰和冷链物流有限公司"
            "等8家企业签约落户",
        ),
        rel("co_hanxin", "locatedIn", "pk_zhonghan", "吉林韩新汽车电子有限公司、长春泰和冷链物流有限公司等8家企业签约落户", opt=True),
        rel("co_taihe", "locatedIn", "pk_zhonghan", "吉林韩新汽车电子有限公司、长春泰和冷链物流有限公司等8家企业签约落户", opt=True),
        rel("co_hanxin", "locatedIn", "pl_jilin", "吉林韩新汽车电子有限公司", opt=True),
        rel("co_taihe", "locatedIn", "pl_changchun", "长春泰和冷链物流有限公司", opt=True),
        # 5000万美元: no amount_yuan (no exchange rate in the text)
        rel("co_hanxin", "investsIn", "pj_kongzhiqi", "韩新汽车电子投资5000万美元的汽车电子控制器生产基地"),
        rel("pj_kongzhiqi", "locatedIn", "pk_zhonghan", "其中，韩新汽车电子投资5000万美元的汽车电子控制器生产基地将于年内开工建设"),
        rel("pk_syjk", "locatedIn", "pl_shenyang", "辽宁省沈阳市铁西区、沈阳经济技术开发区联合举办装备制造产业链对接会"),
        rel("pk_syjk", "locatedIn", "pl_tiexi", "辽宁省沈阳市铁西区、沈阳经济技术开发区联合举办装备制造产业链对接会", opt=True),
        rel("pl_shenyang", "partOf", "pl_liaoning", "辽宁省沈阳市铁西区"),
        rel("pl_tiexi", "partOf", "pl_shenyang", "辽宁省沈阳市铁西区"),
        rel("pk_syjk", "signsWith", "co_hengtuo", "沈阳经开区与辽宁恒拓重工集团有限公司签约"),
        rel("co_hengtuo", "investsIn", "pj_fengdian", "由恒拓重工投资6亿元建设风电装备总装基地", amount=600000000),
        rel("pj_fengdian", "locatedIn", "pk_syjk", "沈阳经开区与辽宁恒拓重工集团有限公司签约，由恒拓重工投资6亿元建设风电装备总装基地"),
        rel("co_hengtuo", "locatedIn", "pl_liaoning", "辽宁恒拓重工集团有限公司", opt=True),
        rel(
            "co_guanggu",
            "investsIn",
            "pj_tanhuagui",
            "吉林省光谷芯材科技有限公司总投资3.5亿元的碳化硅衬底片生产线",
            amount=350000000,
        ),
        rel("pj_tanhuagui", "locatedIn", "pk_ccxq", "碳化硅衬底片生产线今年4月在北湖科技园开工"),
        rel("pj_tanhuagui", "locatedIn", "pk_beihu", "碳化硅衬底片生产线今年4月在北湖科技园开工", opt=True),
        rel("co_guanggu", "locatedIn", "pk_ccxq", "项目投产后年产6英寸衬底片10万片，可就近供应华启光电等下游企业", opt=True),
        rel("co_guanggu", "locatedIn", "pl_jilin", "吉林省光谷芯材科技有限公司", opt=True),
        rel("co_kairuida", "locatedIn", "pk_ccjk", "园区通过“退二优二”收回闲置工业用地1200亩，引进长春凯瑞达汽车部件有限公司", opt=True),
        rel("co_kairuida", "locatedIn", "pl_changchun", "长春凯瑞达汽车部件有限公司", opt=True),
        rel(
            "co_kairuida",
            "investsIn",
            "pj_lvhejin",
            "凯瑞达汽车部件投资9000万元的铝合金轻量化车身部件生产线",
            amount=90000000,
        ),
        rel(
            "po_jl_kfq",
            "issuedBy",
            "ag_jl_bgt",
            "吉林省人民政府办公厅印发《吉林省开发区高质量发展三年行动方案（2025—2027年）》",
        ),
        rel("pk_jlgx", "locatedIn", "pl_jilinshi", "推动位于吉林市的吉林高新技术产业开发区做强化工新材料产业"),
        rel("pl_jilinshi", "partOf", "pl_jilin", "推动位于吉林市的吉林高新技术产业开发区", opt=True),
        rel("pj_lvhejin", "locatedIn", "pk_ccjk", "引进长春凯瑞达汽车部件有限公司等12个项目。其中，凯瑞达汽车部件投资9000万元的铝合金轻量化车身部件生产线"),
    ],
}


# ================================================================ page f1_02: 辽宁 + 新疆 (GB18030)

P2_A = [
    "在大连金普新区核心区——大连经济技术开发区，辽宁海诺船舶装备有限公司的新厂房里，工人们正在安装调试一台台"
    "大型数控机床。这条年产200根船用低速柴油机曲轴生产线由海诺船舶投资3.8亿元建设，投产后将填补东北地区大型"
    "曲轴加工的空白。",
    "“订单已经排到了明年三季度。”海诺船舶副总经理姜涛说，公司落户大连经开区8年来，产值翻了两番。大连经开区"
    "此前已被认定为国家生态工业示范园区，园区内企业之间的蒸汽、余热等资源实现循环利用。",
    "大连金普新区位于辽宁省大连市中部，是全国第10个国家级新区。今年以来，金普新区紧盯“链主”企业招引，围绕"
    "高端装备、集成电路、生物医药等产业精准发力，上半年签约亿元以上项目57个，总投资612亿元。目前，新区已集聚"
    "海诺船舶、远拓精工、瀚洋重工等装备制造企业300余家。",
    "6月20日，大连金普新区管委会与辽宁芯程半导体科技有限公司签署战略合作协议。芯程半导体计划在金普新区投资"
    "45亿元，建设12英寸功率半导体晶圆制造项目，一期工程预计2026年底投产。该公司负责人表示，看中的是新区完备的"
    "港口物流和集成电路配套。",
    "位于金普新区的大连保税区也在加快转型。大连瑞港汽车物流有限公司投资1.6亿元建设的整车进口保税仓储中心"
    "预计9月投用，届时可同时存放进口整车4000辆。",
    "此外，总投资3.2亿元的大连湾冷链物流中心项目日前在金普新区开工，项目由大连港湾冷链物流有限公司投资建设，"
    "建成后年吞吐能力可达50万吨。",
]

P2_B = [
    "7月1日，17家数字经济企业与辽宁省沈抚改革创新示范区集中签约，沈阳云启数据科技有限公司、辽宁北斗智联信息"
    "技术有限公司等企业将入驻示范区数字经济产业园。",
    "沈抚改革创新示范区地处沈阳市和抚顺市之间，是辽宁全面振兴的“试验田”。近年来，沈抚示范区管委会先后出台"
    "《沈抚改革创新示范区促进数字经济高质量发展若干政策》《沈抚示范区算力券实施细则》等文件，对入驻企业给予"
    "房租减免、算力补贴等支持。",
    "项目建设同样提速。总投资21亿元的沈抚智算中心项目由辽宁智联云创科技集团有限公司投资建设，一期500P算力"
    "已于5月上线，二期正在进行机房装修。智联云创方面表示，明年还将追加投资扩容算力。",
    "在数字经济产业园三层，辽宁云帆工业软件有限公司的研发中心刚刚投用。这个投资8500万元的工业软件研发中心"
    "聚集了研发人员260余人。云帆软件总经理宋佳说，企业落户沈抚示范区不到两年，已服务省内制造企业400多家。",
    "“算力就近可得，研发周期至少缩短了三分之一。”云启数据负责人说。截至目前，示范区数字经济企业已超过1200家。",
    "据了解，沈抚示范区今年计划新开工亿元以上项目45个，其中数字经济类项目占比超过四成。北斗智联负责人表示，"
    "企业将把高精度定位研发总部放在示范区，带动上下游20余家企业跟进落户。",
]

P2_BRIEF = (
    "本报讯 记者从乌鲁木齐经济技术开发区（头屯河区）获悉，新疆天鸿新材料股份有限公司年产5万吨高纯硅基负极材料"
    "项目日前在该区开工，项目总投资13.8亿元，是乌鲁木齐市今年开工的单体投资最大的新材料项目。今年4月，天鸿"
    "新材料被新疆维吾尔自治区工业和信息化厅认定为自治区级“专精特新”中小企业。"
)

P2_C = [
    "记者日前从大连高新技术产业园区管委会获悉，今年上半年，园区软件和信息服务业实现营业收入486亿元，同比增长"
    "11.2%。其中，大连星海数智科技股份有限公司、大连蓝湾软件有限公司两家企业营收均超过20亿元。",
    "星海数智董事会秘书王琳介绍，公司投资2.4亿元建设的工业互联网平台研发基地已于6月封顶，明年将新增研发岗位"
    "800个。蓝湾软件则与大连理工大学共建了智能网联汽车软件联合实验室。",
    "大连高新区位于大连市甘井子区，是国家首批“火炬计划”软件产业基地之一。大连高新区管委会今年出台了《大连"
    "高新区软件产业人才专项扶持办法》，对引进的高层次人才最高给予200万元安家补贴。",
]

P2_BRIEF2 = (
    "本报讯 7月1日，乌鲁木齐高新技术产业开发区（新市区）与新疆丝路云谷数字科技有限公司签署合作协议，丝路云谷"
    "将投资2.8亿元建设面向中亚的跨境数据服务中心，项目一期计划明年投入运营。"
)

PAGE2 = {
    "id": "f1_02",
    "encoding": "gb18030",
    "blocks": [
        ("line", "中国经济导报　2025年7月3日　星期四　第 6 版"),
        ("line", "园区经济　责任编辑：韩 冬　版式：高 远"),
        *article(
            "大连金普新区：向海图强 链上发力",
            "本报记者 赵一鸣",
            P2_A,
            caption="海诺船舶曲轴生产线车间内，工人正在调试设备。 本报记者 赵一鸣摄",
        ),
        *article("沈抚示范区“数字+”引来企业扎堆", "本报记者 钱文博 通讯员 林 悦", P2_B),
        *article("大连高新区软件和信息服务业营收稳步增长", "本报记者 赵一鸣 通讯员 曲 航", P2_C),
        ("line", "乌鲁木齐经开区新材料项目开工"),
        ("para", P2_BRIEF),
        ("line", "乌鲁木齐高新区引进跨境数据服务项目"),
        ("para", P2_BRIEF2),
    ],
    "spaced": [("3.2亿元", "3.2 亿元"), ("集成电路", "集 成 电 路"), ("智算中心", "智 算 中心")],
    "breaks": ["13.|8亿元", "4|5亿元"],
    "entities": [
        place("pl_liaoning", "辽宁省", ["辽宁"], "province"),
        place("pl_dalian", "大连市", ["大连"], "city"),
        place("pl_ganjingzi", "甘井子区", ["甘井子"], "district"),
        place("pl_shenyang", "沈阳市", ["沈阳"], "city"),
        place("pl_fushun", "抚顺市", ["抚顺"], "city"),
        place("pl_xinjiang", "新疆维吾尔自治区", ["新疆"], "province"),
        place("pl_wlmq", "乌鲁木齐市", ["乌鲁木齐"], "city"),
        place("pl_ttth", "头屯河区", [], "district"),
        place("pl_xinshi", "新市区", [], "district"),
        park("pk_jinpu", "大连金普新区", ["金普新区"]),
        park("pk_dljk", "大连经济技术开发区", ["大连经开区"]),
        park("pk_shenfu", "沈抚改革创新示范区", ["沈抚示范区"]),
        park("pk_sf_szjj", "数字经济产业园", opt=True),
        park("pk_dlgx", "大连高新技术产业园区", ["大连高新区"]),
        park("pk_dlbs", "大连保税区"),
        park("pk_wlmqjk", "乌鲁木齐经济技术开发区", ["乌鲁木齐经开区"]),
        park("pk_wlmqgx", "乌鲁木齐高新技术产业开发区", ["乌鲁木齐高新区"]),
        agency("ag_jinpu_gwh", "大连金普新区管委会"),
        agency("ag_shenfu_gwh", "沈抚示范区管委会"),
        agency("ag_xj_gxt", "新疆维吾尔自治区工业和信息化厅"),
        agency("ag_dlgx_gwh", "大连高新技术产业园区管委会", ["大连高新区管委会"]),
        policy("po_sf_szjj", "沈抚改革创新示范区促进数字经济高质量发展若干政策"),
        policy("po_sf_slq", "沈抚示范区算力券实施细则"),
        policy("po_dlgx_rc", "大连高新区软件产业人才专项扶持办法"),
        company("co_haino", "辽宁海诺船舶装备有限公司", ["海诺船舶"]),
        company("co_yuantuo", "远拓精工"),
        company("co_hanyang", "瀚洋重工"),
        company("co_xincheng", "辽宁芯程半导体科技有限公司", ["芯程半导体"]),
        company("co_gangwan", "大连港湾冷链物流有限公司"),
        company("co_yunqi", "沈阳云启数据科技有限公司", ["云启数据"]),
        company("co_beidou", "辽宁北斗智联信息技术有限公司", ["北斗智联"]),
        company("co_zhilian", "辽宁智联云创科技集团有限公司", ["智联云创"]),
        company("co_tianhong", "新疆天鸿新材料股份有限公司", ["天鸿新材料"]),
        company("co_yunfan", "辽宁云帆工业软件有限公司", ["云帆软件"]),
        company("co_silu", "新疆丝路云谷数字科技有限公司", ["丝路云谷"]),
        company("co_xinghai", "大连星海数智科技股份有限公司", ["星海数智"]),
        company("co_lanwan", "大连蓝湾软件有限公司", ["蓝湾软件"]),
        company("co_dlut", "大连理工大学", opt=True),
        company("co_ruigang", "大连瑞港汽车物流有限公司"),
        project("pj_quzhou", "年产200根船用低速柴油机曲轴生产线"),
        project("pj_jingyuan", "12英寸功率半导体晶圆制造项目"),
        project("pj_lenglian", "大连湾冷链物流中心项目"),
        project("pj_zhisuan", "沈抚智算中心项目"),
        project("pj_fuji", "年产5万吨高纯硅基负极材料项目"),
        project("pj_ruanjian", "工业软件研发中心"),
        project("pj_kuajing", "跨境数据服务中心"),
        project("pj_gyhlw", "工业互联网平台研发基地"),
        project("pj_zhengche", "整车进口保税仓储中心"),
        project("pj_beidou_hq", "高精度定位研发总部", opt=True),
    ],
    "triples": [
        rel("pk_dljk", "locatedIn", "pk_jinpu", "在大连金普新区核心区——大连经济技术开发区", opt=True),
        rel("pk_dljk", "locatedIn", "pl_dalian", "在大连金普新区核心区——大连经济技术开发区"),
        rel("pk_jinpu", "locatedIn", "pl_dalian", "大连金普新区位于辽宁省大连市中部"),
        rel("pl_dalian", "partOf", "pl_liaoning", "大连金普新区位于辽宁省大连市中部"),
        desig("pk_jinpu", "全国第10个国家级新区", "是全国第10个国家级新区", opt=True),
        rel("co_haino", "locatedIn", "pk_dljk", "海诺船舶副总经理姜涛说，公司落户大连经开区8年来"),
        rel("co_haino", "locatedIn", "pl_liaoning", "辽宁海诺船舶装备有限公司", opt=True),
        rel(
            "co_haino",
            "investsIn",
            "pj_quzhou",
            "这条年产200根船用低速柴油机曲轴生产线由海诺船舶投资3.8亿元建设",
            amount=380000000,
        ),
        rel(
            "pj_quzhou",
            "locatedIn",
            "pk_dljk",
            "在大连金普新区核心区——大连经济技术开发区，辽宁海诺船舶装备有限公司的新厂房里",
        ),
        rel("pj_quzhou", "locatedIn", "pk_jinpu", "在大连金普新区核心区——大连经济技术开发区", opt=True),
        rel("co_haino", "locatedIn", "pk_jinpu", "新区已集聚海诺船舶、远拓精工、瀚洋重工等装备制造企业300余家", opt=True),
        rel("co_yuantuo", "locatedIn", "pk_jinpu", "新区已集聚海诺船舶、远拓精工、瀚洋重工等装备制造企业300余家"),
        rel("co_hanyang", "locatedIn", "pk_jinpu", "新区已集聚海诺船舶、远拓精工、瀚洋重工等装备制造企业300余家"),
        rel("ag_jinpu_gwh", "signsWith", "co_xincheng", "大连金普新区管委会与辽宁芯程半导体科技有限公司签署战略合作协议"),
        rel(
            "pk_jinpu",
            "signsWith",
            "co_xincheng",
            "大连金普新区管委会与辽宁芯程半导体科技有限公司签署战略合作协议",
            opt=True,
        ),
        rel(
            "co_xincheng",
            "investsIn",
            "pj_jingyuan",
            "芯程半导体计划在金普新区投资45亿元，建设12英寸功率半导体晶圆制造项目",
            amount=4500000000,
        ),
        rel("pj_jingyuan", "locatedIn", "pk_jinpu", "芯程半导体计划在金普新区投资45亿元，建设12英寸功率半导体晶圆制造项目"),
        rel("co_xincheng", "locatedIn", "pl_liaoning", "辽宁芯程半导体科技有限公司", opt=True),
        rel(
            "co_gangwan",
            "investsIn",
            "pj_lenglian",
            "总投资3.2亿元的大连湾冷链物流中心项目日前在金普新区开工，项目由大连港湾冷链物流有限公司投资建设",
            amount=320000000,
        ),
        rel("pj_lenglian", "locatedIn", "pk_jinpu", "大连湾冷链物流中心项目日前在金普新区开工"),
        rel("co_gangwan", "locatedIn", "pl_dalian", "大连港湾冷链物流有限公司", opt=True),
        rel("pk_shenfu", "locatedIn", "pl_liaoning", "17家数字经济企业与辽宁省沈抚改革创新示范区集中签约"),
        rel(
            "pk_shenfu",
            "signsWith",
            "co_yunqi",
            "17家数字经济企业与辽宁省沈抚改革创新示范区集中签约，沈阳云启数据科技有限公司、辽宁北斗智联信息技术"
            "有限公司等企业将入驻",
        ),
        rel(
            "pk_shenfu",
            "signsWith",
            "co_beidou",
            "17家数字经济企业与辽宁省沈抚改革创新示范区集中签约，沈阳云启数据科技有限公司、辽宁北斗智联信息技术"
            "有限公司等企业将入驻",
        ),
        rel("co_yunqi", "locatedIn", "pk_shenfu", "沈阳云启数据科技有限公司、辽宁北斗智联信息技术有限公司等企业将入驻示范区", opt=True),
        rel("co_beidou", "locatedIn", "pk_shenfu", "沈阳云启数据科技有限公司、辽宁北斗智联信息技术有限公司等企业将入驻示范区", opt=True),
        rel("co_yunqi", "locatedIn", "pk_sf_szjj", "等企业将入驻示范区数字经济产业园", opt=True),
        rel("co_beidou", "locatedIn", "pk_sf_szjj", "等企业将入驻示范区数字经济产业园", opt=True),
        rel("co_yunqi", "locatedIn", "pl_shenyang", "沈阳云启数据科技有限公司", opt=True),
        rel("co_beidou", "locatedIn", "pl_liaoning", "辽宁北斗智联信息技术有限公司", opt=True),
        rel("pk_sf_szjj", "locatedIn", "pk_shenfu", "等企业将入驻示范区数字经济产业园", opt=True),
        rel("pl_shenyang", "partOf", "pl_liaoning", "地处沈阳市和抚顺市之间，是辽宁全面振兴的“试验田”", opt=True),
        rel("pl_fushun", "partOf", "pl_liaoning", "地处沈阳市和抚顺市之间，是辽宁全面振兴的“试验田”", opt=True),
        rel(
            "po_sf_szjj",
            "issuedBy",
            "ag_shenfu_gwh",
            "沈抚示范区管委会先后出台《沈抚改革创新示范区促进数字经济高质量发展若干政策》",
        ),
        rel(
            "po_sf_slq",
            "issuedBy",
            "ag_shenfu_gwh",
            "沈抚示范区管委会先后出台《沈抚改革创新示范区促进数字经济高质量发展若干政策》《沈抚示范区算力券实施细则》",
        ),
        rel(
            "co_zhilian",
            "investsIn",
            "pj_zhisuan",
            "总投资21亿元的沈抚智算中心项目由辽宁智联云创科技集团有限公司投资建设",
            amount=2100000000,
        ),
        rel("pj_zhisuan", "locatedIn", "pk_shenfu", "项目建设同样提速。总投资21亿元的沈抚智算中心项目"),
        rel("co_zhilian", "locatedIn", "pl_liaoning", "辽宁智联云创科技集团有限公司", opt=True),
        rel("pk_wlmqjk", "locatedIn", "pl_ttth", "乌鲁木齐经济技术开发区（头屯河区）"),
        rel("pk_wlmqjk", "locatedIn", "pl_wlmq", "乌鲁木齐经济技术开发区（头屯河区）", opt=True),
        rel("pl_ttth", "partOf", "pl_wlmq", "乌鲁木齐经济技术开发区（头屯河区）", opt=True),
        rel("pl_wlmq", "partOf", "pl_xinjiang", "是乌鲁木齐市今年开工的单体投资最大的新材料项目", opt=True),
        rel(
            "co_tianhong",
            "investsIn",
            "pj_fuji",
            "新疆天鸿新材料股份有限公司年产5万吨高纯硅基负极材料项目日前在该区开工，项目总投资13.8亿元",
            amount=1380000000,
        ),
        rel("pj_fuji", "locatedIn", "pk_wlmqjk", "年产5万吨高纯硅基负极材料项目日前在该区开工"),
        rel("co_tianhong", "locatedIn", "pk_wlmqjk", "新疆天鸿新材料股份有限公司年产5万吨高纯硅基负极材料项目日前在该区开工", opt=True),
        rel("co_tianhong", "locatedIn", "pl_xinjiang", "新疆天鸿新材料股份有限公司", opt=True),
        desig(
            "co_tianhong",
            "自治区级专精特新中小企业",
            "天鸿新材料被新疆维吾尔自治区工业和信息化厅认定为自治区级“专精特新”中小企业",
        ),
        desig("pk_dljk", "国家生态工业示范园区", "大连经开区此前已被认定为国家生态工业示范园区"),
        rel(
            "co_yunfan",
            "investsIn",
            "pj_ruanjian",
            "辽宁云帆工业软件有限公司的研发中心刚刚投用。这个投资8500万元的工业软件研发中心",
            amount=85000000,
        ),
        rel("pj_ruanjian", "locatedIn", "pk_shenfu", "在数字经济产业园三层，辽宁云帆工业软件有限公司的研发中心刚刚投用"),
        rel("pj_ruanjian", "locatedIn", "pk_sf_szjj", "在数字经济产业园三层，辽宁云帆工业软件有限公司的研发中心刚刚投用", opt=True),
        rel("co_yunfan", "locatedIn", "pk_shenfu", "企业落户沈抚示范区不到两年"),
        rel("co_yunfan", "locatedIn", "pk_sf_szjj", "在数字经济产业园三层，辽宁云帆工业软件有限公司的研发中心", opt=True),
        rel("co_yunfan", "locatedIn", "pl_liaoning", "辽宁云帆工业软件有限公司", opt=True),
        rel("pk_wlmqgx", "locatedIn", "pl_xinshi", "乌鲁木齐高新技术产业开发区（新市区）"),
        rel("pk_wlmqgx", "locatedIn", "pl_wlmq", "乌鲁木齐高新技术产业开发区（新市区）", opt=True),
        rel("pl_xinshi", "partOf", "pl_wlmq", "乌鲁木齐高新技术产业开发区（新市区）", opt=True),
        rel("pk_wlmqgx", "signsWith", "co_silu", "乌鲁木齐高新技术产业开发区（新市区）与新疆丝路云谷数字科技有限公司签署合作协议"),
        rel(
            "co_silu",
            "investsIn",
            "pj_kuajing",
            "丝路云谷将投资2.8亿元建设面向中亚的跨境数据服务中心",
            amount=280000000,
        ),
        rel("pj_kuajing", "locatedIn", "pk_wlmqgx", "与新疆丝路云谷数字科技有限公司签署合作协议，丝路云谷将投资2.8亿元建设面向中亚的跨境数据服务中心"),
        rel("co_silu", "locatedIn", "pl_xinjiang", "新疆丝路云谷数字科技有限公司", opt=True),
        rel(
            "co_xinghai",
            "locatedIn",
            "pk_dlgx",
            "园区软件和信息服务业实现营业收入486亿元，同比增长11.2%。其中，大连星海数智科技股份有限公司",
        ),
        rel(
            "co_lanwan",
            "locatedIn",
            "pk_dlgx",
            "其中，大连星海数智科技股份有限公司、大连蓝湾软件有限公司两家企业营收均超过20亿元",
        ),
        rel("co_xinghai", "locatedIn", "pl_dalian", "大连星海数智科技股份有限公司", opt=True),
        rel("co_lanwan", "locatedIn", "pl_dalian", "大连蓝湾软件有限公司", opt=True),
        rel(
            "co_xinghai",
            "investsIn",
            "pj_gyhlw",
            "星海数智董事会秘书王琳介绍，公司投资2.4亿元建设的工业互联网平台研发基地",
            amount=240000000,
        ),
        rel("pj_gyhlw", "locatedIn", "pk_dlgx", "公司投资2.4亿元建设的工业互联网平台研发基地已于6月封顶", opt=True),
        rel("pk_dlgx", "locatedIn", "pl_ganjingzi", "大连高新区位于大连市甘井子区"),
        rel("pl_ganjingzi", "partOf", "pl_dalian", "大连高新区位于大连市甘井子区"),
        desig("pk_dlgx", "国家首批火炬计划软件产业基地", "是国家首批“火炬计划”软件产业基地之一"),
        rel("co_beidou", "investsIn", "pj_beidou_hq", "北斗智联负责人表示，企业将把高精度定位研发总部放在示范区", opt=True),
        rel("pj_beidou_hq", "locatedIn", "pk_shenfu", "企业将把高精度定位研发总部放在示范区", opt=True),
        rel("pk_dlbs", "locatedIn", "pk_jinpu", "位于金普新区的大连保税区也在加快转型", opt=True),
        rel("pk_dlbs", "locatedIn", "pl_dalian", "位于金普新区的大连保税区也在加快转型"),
        rel(
            "co_ruigang",
            "investsIn",
            "pj_zhengche",
            "大连瑞港汽车物流有限公司投资1.6亿元建设的整车进口保税仓储中心",
            amount=160000000,
        ),
        rel(
            "pj_zhengche",
            "locatedIn",
            "pk_dlbs",
            "大连保税区也在加快转型。大连瑞港汽车物流有限公司投资1.6亿元建设的整车进口保税仓储中心",
        ),
        rel("co_ruigang", "locatedIn", "pk_dlbs", "大连保税区也在加快转型。大连瑞港汽车物流有限公司", opt=True),
        rel("co_ruigang", "locatedIn", "pl_dalian", "大连瑞港汽车物流有限公司", opt=True),
        rel("po_dlgx_rc", "issuedBy", "ag_dlgx_gwh", "大连高新区管委会今年出台了《大连高新区软件产业人才专项扶持办法》"),
    ],
}


# ================================================================ page f1_03: 安徽 + 重庆 (UTF-8, interleaved)

P3_A = [
    "6月中旬，在合肥经济技术开发区的安徽智驰新能源汽车有限公司新能源整车第二工厂，总装车间里平均每90秒就有"
    "一辆新车下线。这座工厂由智驰汽车投资62亿元建设，去年11月正式投产，设计年产能20万辆。智驰汽车相关负责人"
    "介绍，工厂引入了520台机器人，焊装自动化率达到100%，今年计划交付新车12万辆。",
    "作为安徽省合肥市汽车产业的主阵地，合肥经开区围绕整车企业“建圈强链”，先后引进恒瑞电驱、安芯微电子、"
    "博远热管理等核心零部件企业120余家，本地配套率提升至65%。",
    "“零部件企业就在几公里外，物流成本降了一大截。”智驰汽车生产负责人介绍。今年以来，安芯微电子投资48000万元"
    "的车规级功率模块封装测试基地进入设备调试阶段；博远热管理投资5千万元实施热泵空调生产线扩建项目，预计8月"
    "投产。",
    "截至5月底，合肥经开区新能源汽车产业链已落地项目46个。其中，安徽凌川智能座舱科技有限公司与合肥经开区"
    "管委会签约的智能座舱总部及生产基地项目总投资20亿元，计划明年上半年建成。",
    "政策持续加力。日前，安徽省发展改革委、省经济和信息化厅、省财政厅联合印发《安徽省支持新能源汽车零部件企业"
    "做大做强若干措施》，明确对新建零部件项目按设备投资额给予最高10%的补助。合肥经开区管委会同步修订了《合肥"
    "经济技术开发区促进汽车产业发展实施办法》。",
]

P3_B = [
    "一箱箱精密减速器从生产线下线后，直接在芜湖综合保税区内完成报关，发往东南亚和欧洲。",
    "芜湖综合保税区位于芜湖市鸠江区的芜湖经济技术开发区内，2015年经国务院批准设立，规划面积2.17平方公里。",
    "今年3月，芜湖锐科精密减速机有限公司（以下简称“锐科精密”）投资3.6亿元建设的年产10万台机器人精密减速器"
    "项目一期在综保区投产。锐科精密总经理周海峰说，保税政策让企业进口设备和原材料的资金占用减少了三成以上。"
    "目前，芜湖市已集聚机器人及智能装备企业200余家，核心零部件本地配套率逐年提高。",
    "5月，芜湖经开区与安徽鸿途供应链管理有限公司签约，合作建设跨境电商保税仓储中心。该项目总投资2.6亿元，由"
    "鸿途供应链在综保区内新建12万平方米智能仓储设施，建成后可满足日均10万单跨境包裹的处理需求。",
    "凭借开放平台优势，芜湖综合保税区在今年初获评全国综合保税区发展绩效评估A类，今年1至5月进出口额同比增长"
    "27.3%。",
    "芜湖经开区相关负责人介绍，下一步将依托综保区加快建设跨境电商产业园，力争年内新引进外贸企业50家以上，"
    "让更多“芜湖造”产品从家门口走向全球。",
]

P3_C = [
    "6月20日，重庆两江新区举行二季度重大项目集中签约活动，共签约项目18个，总投资106亿元。其中，重庆渝兴"
    "储能科技有限公司投资18亿元的年产10GWh储能电池项目将于年内开工。签约项目涵盖新能源汽车、新型储能、生物医药"
    "等领域，其中外资项目5个。",
    "在两江新区鱼复工业开发区，重庆骏驰汽车零部件有限公司年产30万件一体化压铸件项目正在试生产。该项目由骏驰"
    "零部件投资7.5亿元建设，配备了两台9000吨级压铸机，主要为区内整车企业配套。“一台车有上万个零部件，本地配套"
    "越多，成本越有优势。”骏驰零部件总经理唐伟说，企业计划明年再上一条压铸线。据了解，两江新区今年还将推进"
    "水土高新技术产业园、龙兴工业园等平台扩容，新增标准厂房100万平方米。",
    "两江新区是重庆市首个国家级开发开放新区，目前已集聚新能源汽车及零部件企业400余家。重庆市经济和信息化委员会"
    "日前会同市财政局印发《重庆市支持智能网联新能源汽车零部件产业发展若干政策措施》，两江新区将统筹配套资金，"
    "对首台套零部件给予奖励。",
]

P3_BRIEF = (
    "本报讯 今年1至5月，重庆西永综合保税区加工贸易进出口额同比增长12.4%。园区内，重庆西信电子有限公司投资"
    "1.1亿元的笔记本电脑主板贴片生产线完成扩建，新增产能每月40万片。（周 洁）"
)

P3_BRIEF2 = (
    "本报讯 6月18日，合肥新站高新技术产业开发区与安徽晶锐显示科技有限公司签约，晶锐显示将投资35亿元，在"
    "园区建设硅基OLED微显示模组项目，达产后年产微显示模组1200万片。这是新站高新区今年签约的单体投资最大的"
    "项目。（方 园）"
)

PAGE3 = {
    "id": "f1_03",
    "encoding": "utf-8",
    "blocks": [
        ("line", "安徽日报　2025年6月25日　星期三　第 7 版"),
        ("line", "开发区·园区　责任编辑：程 亮"),
        *interleaved(
            "合肥经开区：新能源汽车产业链加速成势",
            "本报记者 白 羽",
            P3_A,
            "芜湖综保区“保税+”跑出开放加速度",
            "本报记者 许 诺　通讯员 陈嘉怡",
            P3_B,
        ),
        ("para", "合肥经开区一家新能源汽车企业的总装车间。 本报记者 白 羽摄"),
        *article("两江新区：新能源汽车“链”上发力", "本报记者 向 阳", P3_C),
        ("line", "简讯"),
        ("line", "西永综保区加工贸易额增长"),
        ("para", P3_BRIEF),
        ("line", "新站高新区签约硅基OLED微显示项目"),
        ("para", P3_BRIEF2),
    ],
    "spaced": [("62亿元", "62 亿元"), ("热泵空调", "热 泵 空 调"), ("零部件企业做大做强", "零部件企业 做大做强")],
    "breaks": ["2.|6亿元", "3.|6亿元"],
    "entities": [
        place("pl_anhui", "安徽省", ["安徽"], "province"),
        place("pl_hefei", "合肥市", ["合肥"], "city"),
        place("pl_wuhu", "芜湖市", ["芜湖"], "city"),
        place("pl_jiujiang", "鸠江区", ["鸠江"], "district"),
        place("pl_chongqing", "重庆市", ["重庆"], "city"),
        park("pk_hfjk", "合肥经济技术开发区", ["合肥经开区"]),
        park("pk_wuhu_zb", "芜湖综合保税区", ["芜湖综保区"]),
        park("pk_wuhu_jk", "芜湖经济技术开发区", ["芜湖经开区"]),
        park("pk_liangjiang", "重庆两江新区", ["两江新区"]),
        park("pk_yufu", "鱼复工业开发区"),
        park("pk_xinzhan", "合肥新站高新技术产业开发区", ["新站高新区"]),
        park("pk_wuhu_kj", "跨境电商产业园", opt=True),
        park("pk_shuitu", "水土高新技术产业园"),
        park("pk_longxing", "龙兴工业园"),
        park("pk_xiyong", "重庆西永综合保税区", ["西永综保区"]),
        agency("ag_gwy", "国务院"),
        agency("ag_ah_fgw", "安徽省发展改革委"),
        agency("ag_ah_jxt", "省经济和信息化厅"),
        agency("ag_ah_czt", "省财政厅"),
        agency("ag_hfjk_gwh", "合肥经开区管委会"),
        agency("ag_cq_jxw", "重庆市经济和信息化委员会"),
        agency("ag_cq_czj", "市财政局"),
        policy("po_ah_lbj", "安徽省支持新能源汽车零部件企业做大做强若干措施"),
        policy("po_hf_qc", "合肥经济技术开发区促进汽车产业发展实施办法"),
        policy("po_cq_lbj", "重庆市支持智能网联新能源汽车零部件产业发展若干政策措施"),
        company("co_zhichi", "安徽智驰新能源汽车有限公司", ["智驰汽车"]),
        company("co_hengrui", "恒瑞电驱"),
        company("co_anxin", "安芯微电子"),
        company("co_boyuan", "博远热管理"),
        company("co_ruike", "芜湖锐科精密减速机有限公司", ["锐科精密"]),
        company("co_hongtu", "安徽鸿途供应链管理有限公司", ["鸿途供应链"]),
        company("co_yuxing", "重庆渝兴储能科技有限公司"),
        company("co_junchi", "重庆骏驰汽车零部件有限公司", ["骏驰零部件"]),
        company("co_xixin", "重庆西信电子有限公司"),
        company("co_lingchuan", "安徽凌川智能座舱科技有限公司"),
        company("co_jingrui", "安徽晶锐显示科技有限公司", ["晶锐显示"]),
        project("pj_dierge", "新能源整车第二工厂"),
        project("pj_fengce", "车规级功率模块封装测试基地"),
        project("pj_rebeng", "热泵空调生产线扩建项目"),
        project("pj_jiansuqi", "年产10万台机器人精密减速器项目"),
        project("pj_cangchu", "跨境电商保税仓储中心"),
        project("pj_chuneng", "年产10GWh储能电池项目"),
        project("pj_yazhu", "年产30万件一体化压铸件项目"),
        project("pj_tiepian", "笔记本电脑主板贴片生产线"),
        project("pj_zuocang", "智能座舱总部及生产基地项目"),
        project("pj_oled", "硅基OLED微显示模组项目"),
    ],
    "triples": [
        rel("co_zhichi", "investsIn", "pj_dierge", "这座工厂由智驰汽车投资62亿元建设", amount=6200000000),
        rel("pj_dierge", "locatedIn", "pk_hfjk", "在合肥经济技术开发区的安徽智驰新能源汽车有限公司新能源整车第二工厂"),
        rel("co_zhichi", "locatedIn", "pk_hfjk", "在合肥经济技术开发区的安徽智驰新能源汽车有限公司新能源整车第二工厂"),
        rel("co_zhichi", "locatedIn", "pl_anhui", "安徽智驰新能源汽车有限公司", opt=True),
        rel("pk_hfjk", "locatedIn", "pl_hefei", "作为安徽省合肥市汽车产业的主阵地，合肥经开区"),
        rel("pl_hefei", "partOf", "pl_anhui", "作为安徽省合肥市汽车产业的主阵地"),
        rel(
            "co_hengrui",
            "locatedIn",
            "pk_hfjk",
            "合肥经开区围绕整车企业“建圈强链”，先后引进恒瑞电驱、安芯微电子、博远热管理等核心零部件企业",
            opt=True,
        ),
        rel(
            "co_anxin",
            "locatedIn",
            "pk_hfjk",
            "合肥经开区围绕整车企业“建圈强链”，先后引进恒瑞电驱、安芯微电子、博远热管理等核心零部件企业",
            opt=True,
        ),
        rel(
            "co_boyuan",
            "locatedIn",
            "pk_hfjk",
            "合肥经开区围绕整车企业“建圈强链”，先后引进恒瑞电驱、安芯微电子、博远热管理等核心零部件企业",
            opt=True,
        ),
        rel("co_anxin", "investsIn", "pj_fengce", "安芯微电子投资48000万元的车规级功率模块封装测试基地", amount=480000000),
        rel("pj_fengce", "locatedIn", "pk_hfjk", "今年以来，安芯微电子投资48000万元的车规级功率模块封装测试基地进入设备调试阶段"),
        rel("co_boyuan", "investsIn", "pj_rebeng", "博远热管理投资5千万元实施热泵空调生产线扩建项目", amount=50000000),
        rel("pj_rebeng", "locatedIn", "pk_hfjk", "博远热管理投资5千万元实施热泵空调生产线扩建项目，预计8月投产"),
        rel(
            "po_ah_lbj",
            "issuedBy",
            "ag_ah_fgw",
            "安徽省发展改革委、省经济和信息化厅、省财政厅联合印发《安徽省支持新能源汽车零部件企业做大做强若干措施》",
        ),
        rel(
            "po_ah_lbj",
            "issuedBy",
            "ag_ah_jxt",
            "安徽省发展改革委、省经济和信息化厅、省财政厅联合印发《安徽省支持新能源汽车零部件企业做大做强若干措施》",
        ),
        rel(
            "po_ah_lbj",
            "issuedBy",
            "ag_ah_czt",
            "安徽省发展改革委、省经济和信息化厅、省财政厅联合印发《安徽省支持新能源汽车零部件企业做大做强若干措施》",
        ),
        rel("po_hf_qc", "issuedBy", "ag_hfjk_gwh", "合肥经开区管委会同步修订了《合肥经济技术开发区促进汽车产业发展实施办法》"),
        rel("pk_wuhu_zb", "locatedIn", "pl_jiujiang", "芜湖综合保税区位于芜湖市鸠江区的芜湖经济技术开发区内"),
        rel("pk_wuhu_zb", "locatedIn", "pk_wuhu_jk", "芜湖综合保税区位于芜湖市鸠江区的芜湖经济技术开发区内", opt=True),
        rel("pk_wuhu_jk", "locatedIn", "pl_jiujiang", "芜湖综合保税区位于芜湖市鸠江区的芜湖经济技术开发区内"),
        rel("pl_jiujiang", "partOf", "pl_wuhu", "芜湖综合保税区位于芜湖市鸠江区"),
        rel(
            "co_ruike",
            "investsIn",
            "pj_jiansuqi",
            "芜湖锐科精密减速机有限公司（以下简称“锐科精密”）投资3.6亿元建设的年产10万台机器人精密减速器项目",
            amount=360000000,
        ),
        rel("pj_jiansuqi", "locatedIn", "pk_wuhu_zb", "年产10万台机器人精密减速器项目一期在综保区投产"),
        rel("co_ruike", "locatedIn", "pk_wuhu_zb", "年产10万台机器人精密减速器项目一期在综保区投产", opt=True),
        rel("co_ruike", "locatedIn", "pl_wuhu", "芜湖锐科精密减速机有限公司", opt=True),
        rel("pk_wuhu_jk", "signsWith", "co_hongtu", "芜湖经开区与安徽鸿途供应链管理有限公司签约"),
        rel(
            "co_hongtu",
            "investsIn",
            "pj_cangchu",
            "合作建设跨境电商保税仓储中心。该项目总投资2.6亿元，由鸿途供应链在综保区内新建",
            amount=260000000,
        ),
        rel("pj_cangchu", "locatedIn", "pk_wuhu_zb", "该项目总投资2.6亿元，由鸿途供应链在综保区内新建12万平方米智能仓储设施"),
        rel("co_hongtu", "locatedIn", "pl_anhui", "安徽鸿途供应链管理有限公司", opt=True),
        desig(
            "pk_wuhu_zb",
            "全国综合保税区发展绩效评估A类",
            "芜湖综合保税区在今年初获评全国综合保税区发展绩效评估A类",
        ),
        rel("pk_liangjiang", "locatedIn", "pl_chongqing", "两江新区是重庆市首个国家级开发开放新区"),
        desig("pk_liangjiang", "重庆市首个国家级开发开放新区", "两江新区是重庆市首个国家级开发开放新区", opt=True),
        rel(
            "pk_liangjiang",
            "signsWith",
            "co_yuxing",
            "重庆两江新区举行二季度重大项目集中签约活动，共签约项目18个，总投资106亿元。其中，重庆渝兴储能科技"
            "有限公司",
        ),
        rel(
            "co_yuxing",
            "investsIn",
            "pj_chuneng",
            "重庆渝兴储能科技有限公司投资18亿元的年产10GWh储能电池项目",
            amount=1800000000,
        ),
        rel("pj_chuneng", "locatedIn", "pk_liangjiang", "其中，重庆渝兴储能科技有限公司投资18亿元的年产10GWh储能电池项目"),
        rel("co_yuxing", "locatedIn", "pl_chongqing", "重庆渝兴储能科技有限公司", opt=True),
        rel("pk_yufu", "locatedIn", "pk_liangjiang", "在两江新区鱼复工业开发区", opt=True),
        rel(
            "co_junchi",
            "locatedIn",
            "pk_yufu",
            "在两江新区鱼复工业开发区，重庆骏驰汽车零部件有限公司年产30万件一体化压铸件项目正在试生产",
            opt=True,
        ),
        rel("co_junchi", "locatedIn", "pl_chongqing", "重庆骏驰汽车零部件有限公司", opt=True),
        rel(
            "co_junchi",
            "investsIn",
            "pj_yazhu",
            "重庆骏驰汽车零部件有限公司年产30万件一体化压铸件项目正在试生产。该项目由骏驰零部件投资7.5亿元建设",
            amount=750000000,
        ),
        rel(
            "pj_yazhu",
            "locatedIn",
            "pk_yufu",
            "在两江新区鱼复工业开发区，重庆骏驰汽车零部件有限公司年产30万件一体化压铸件项目",
        ),
        rel("pj_yazhu", "locatedIn", "pk_liangjiang", "在两江新区鱼复工业开发区，重庆骏驰汽车零部件有限公司", opt=True),
        rel(
            "po_cq_lbj",
            "issuedBy",
            "ag_cq_jxw",
            "重庆市经济和信息化委员会日前会同市财政局印发《重庆市支持智能网联新能源汽车零部件产业发展若干政策措施》",
        ),
        rel(
            "po_cq_lbj",
            "issuedBy",
            "ag_cq_czj",
            "重庆市经济和信息化委员会日前会同市财政局印发《重庆市支持智能网联新能源汽车零部件产业发展若干政策措施》",
        ),
        rel(
            "ag_hfjk_gwh",
            "signsWith",
            "co_lingchuan",
            "安徽凌川智能座舱科技有限公司与合肥经开区管委会签约的智能座舱总部及生产基地项目",
        ),
        rel(
            "pk_hfjk",
            "signsWith",
            "co_lingchuan",
            "安徽凌川智能座舱科技有限公司与合肥经开区管委会签约的智能座舱总部及生产基地项目",
            opt=True,
        ),
        rel(
            "co_lingchuan",
            "investsIn",
            "pj_zuocang",
            "安徽凌川智能座舱科技有限公司与合肥经开区管委会签约的智能座舱总部及生产基地项目总投资20亿元",
            amount=2000000000,
        ),
        rel(
            "pj_zuocang",
            "locatedIn",
            "pk_hfjk",
            "截至5月底，合肥经开区新能源汽车产业链已落地项目46个。其中，安徽凌川智能座舱科技有限公司",
        ),
        rel("co_lingchuan", "locatedIn", "pk_hfjk", "合肥经开区新能源汽车产业链已落地项目46个。其中，安徽凌川智能座舱科技有限公司", opt=True),
        rel("co_lingchuan", "locatedIn", "pl_anhui", "安徽凌川智能座舱科技有限公司", opt=True),
        rel("pk_shuitu", "locatedIn", "pk_liangjiang", "两江新区今年还将推进水土高新技术产业园、龙兴工业园等平台扩容", opt=True),
        rel("pk_longxing", "locatedIn", "pk_liangjiang", "两江新区今年还将推进水土高新技术产业园、龙兴工业园等平台扩容", opt=True),
        rel("pk_wuhu_kj", "locatedIn", "pk_wuhu_jk", "下一步将依托综保区加快建设跨境电商产业园", opt=True),
        rel("pk_xinzhan", "locatedIn", "pl_hefei", "合肥新站高新技术产业开发区与安徽晶锐显示科技有限公司签约"),
        rel("pk_xinzhan", "signsWith", "co_jingrui", "合肥新站高新技术产业开发区与安徽晶锐显示科技有限公司签约"),
        rel(
            "co_jingrui",
            "investsIn",
            "pj_oled",
            "晶锐显示将投资35亿元，在园区建设硅基OLED微显示模组项目",
            amount=3500000000,
        ),
        rel("pj_oled", "locatedIn", "pk_xinzhan", "晶锐显示将投资35亿元，在园区建设硅基OLED微显示模组项目"),
        rel("co_jingrui", "locatedIn", "pl_anhui", "安徽晶锐显示科技有限公司", opt=True),
        rel("pk_xiyong", "locatedIn", "pl_chongqing", "重庆西永综合保税区加工贸易进出口额同比增长12.4%"),
        rel("co_xixin", "locatedIn", "pk_xiyong", "园区内，重庆西信电子有限公司投资1.1亿元的笔记本电脑主板贴片生产线完成扩建"),
        rel("co_xixin", "locatedIn", "pl_chongqing", "重庆西信电子有限公司", opt=True),
        rel(
            "co_xixin",
            "investsIn",
            "pj_tiepian",
            "重庆西信电子有限公司投资1.1亿元的笔记本电脑主板贴片生产线",
            amount=110000000,
        ),
        rel("pj_tiepian", "locatedIn", "pk_xiyong", "园区内，重庆西信电子有限公司投资1.1亿元的笔记本电脑主板贴片生产线"),
    ],
}


# ================================================================ page f1_04: 湖南 + 新疆 (UTF-8)

P4_A = [
    "盛夏的株洲高新技术产业开发区董家塅高科园，总投资16.5亿元的湖南中驰航空动力科技有限公司中小航空发动机"
    "关键零部件智能制造基地正在进行钢结构吊装。项目建成后，可年产涡轮盘、机匣等关键零部件3万件。",
    "中驰航空是一家专注航空发动机热端部件研发制造的企业，去年获评国家级专精特新“小巨人”企业。“园区上下游"
    "配套齐全，很多零件半天就能送到。”该公司董事长黄维民说。",
    "株洲高新区（天元区）是株洲市产业发展的主引擎，已形成轨道交通、航空动力、新能源汽车三大产业集群。近年来，"
    "园区先后引进湘动科技、天启轨道、众力电机等龙头企业，带动200余家配套企业集聚发展。今年5月，株洲高新区被"
    "认定为湖南省首批先进制造业高地建设示范园区。",
    "在董家塅高科园另一侧，株洲精工硬质合金有限公司投资7600万元的数控刀片智能化生产线改造已经完工，产能提升"
    "了四成。",
    "为优化营商环境，株洲市人民政府今年印发《株洲市支持航空动力产业高质量发展若干措施》，从用地、融资、人才等"
    "方面给予支持。株洲高新区还投资1.8亿元实施园区集中供热管网工程，为入园企业降低用能成本。今年，园区将重点"
    "推进总投资80亿元的30个航空动力产业项目，力争全年航空动力产业产值突破400亿元。",
]

P4_B = [
    "走进长沙经济技术开发区湖南铁骏重工机械股份有限公司的桩机智能工厂，焊接机器人火花飞溅，AGV小车往来穿梭。"
    "这座智能工厂由铁骏重工投资30亿元打造，一期已于去年底投产，旋挖钻机下线时间由过去的3天缩短到6小时。",
    "今年，该公司还启动了涂装车间环保改造，计划投入4500万元，改造完成后挥发性有机物排放量将下降70%。前不久，"
    "铁骏重工入选国家级智能制造示范工厂名单。公司相关负责人表示，下一步还计划在园区建设工程机械再制造中心，"
    "目前正在开展前期论证。",
    "长沙经开区位于长沙县，是湖南省首个国家级经济技术开发区，工程机械产业集群产值已突破千亿元。除铁骏重工外，"
    "园区还聚集了星岳智能、力恒液压、华湘传动等一批配套企业。",
    "长沙经开区有关负责人介绍，园区正深入推进“标准地”改革，上半年新供应工业用地1860亩，其中七成用于先进"
    "制造业项目，企业拿地后平均28天即可开工。",
    "6月26日，长沙经开区管委会与湖南锐驰智能装备有限公司签订投资协议，锐驰智能将投资8亿元在园区建设电动工程"
    "机械研发制造基地。",
]

P4_C = [
    "7月7日，湖南湘江新区智能网联汽车测试区三期工程通过验收，新增城市道路、高速公路等测试场景42类。该工程由"
    "湖南湘江智行科技有限公司投资3.2亿元建设，测试道路总里程达到210公里。",
    "湘江新区位于长沙市岳麓区、望城区一带，是湖南省唯一的国家级新区。截至目前，新区已吸引驭途科技、安行智驾、"
    "云湘出行等120余家智能网联企业落户。湘江智行负责人表示，三期工程投用后，企业测试排队时间将缩短一半。"
    "驭途科技测试主管陈斌说，过去跑一次高速场景要排队两周，现在三天内就能安排上。",
    "湖南省工业和信息化厅、省公安厅、省交通运输厅今年联合修订了《湖南省智能网联汽车道路测试管理实施细则》，"
    "测试牌照办理时间压缩至5个工作日。",
]

P4_BRIEF1 = (
    "本报讯 近日，湖南康泽生物医药有限公司在浏阳经济技术开发区投资建设的年产3亿支预灌封注射器项目正式投产。"
    "该项目总投资4.2亿元，达产后年产值约6亿元。浏阳经开区是浏阳市生物医药产业的核心承载区，康泽生物表示，"
    "将在这里继续布局生物医药原辅料项目。"
)

P4_BRIEF2 = (
    "本报讯 7月8日，乌鲁木齐市米东区人民政府与新疆凯源化工有限责任公司签署投资协议，凯源化工将在米东化工"
    "工业园投资9.8亿元，建设年产20万吨可降解材料项目，项目计划明年6月建成投产。这是米东区今年引进的最大单体"
    "工业项目，建成后可新增就业岗位600个。"
)

P4_BRIEF3 = (
    "本报讯 7月9日，醴陵经济开发区日用陶瓷产业园内，湖南釉彩陶瓷股份有限公司年产1.2亿件高档日用陶瓷智能生产线"
    "点火投产。这条生产线由釉彩陶瓷投资6.5亿元建设，采用全自动辊道窑，能耗比传统隧道窑降低30%。醴陵市是"
    "全国重要的日用陶瓷产区，去年陶瓷产业总产值超过800亿元。（蒋 琪）"
)

PAGE4 = {
    "id": "f1_04",
    "encoding": "utf-8",
    "blocks": [
        ("line", "湖南日报　2025年7月10日　星期四　05"),
        ("line", "产业园区　责任编辑：唐 敏　版式设计：易 凡"),
        *article(
            "株洲高新区：“动力谷”聚链成群",
            "本报记者 谭 辉　通讯员 欧阳晴",
            P4_A,
            caption="中驰航空智能制造基地建设现场。 通讯员 欧阳晴摄",
        ),
        *article("长沙经开区：工程机械“智”造升级", "本报记者 刘 畅", P4_B, drift=True),
        *article("湘江新区智能网联汽车测试区三期通过验收", "本报记者 刘 畅 实习生 彭 珊", P4_C),
        ("line", "简讯"),
        ("line", "浏阳经开区预灌封注射器项目投产"),
        ("para", P4_BRIEF1),
        ("line", "米东区签约年产20万吨可降解材料项目"),
        ("para", P4_BRIEF2),
        ("line", "醴陵高档日用陶瓷智能生产线投产"),
        ("para", P4_BRIEF3),
    ],
    "spaced": [("16.5亿元", "16.5 亿元"), ("工程机械", "工 程 机 械"), ("涂装车间", "涂 装 车间")],
    "breaks": ["4.|2亿元", "1.|8亿元"],
    "entities": [
        place("pl_hunan", "湖南省", ["湖南"], "province"),
        place("pl_zhuzhou", "株洲市", ["株洲"], "city"),
        place("pl_tianyuan", "天元区", ["天元"], "district"),
        place("pl_changshaxian", "长沙县", [], "county"),
        place("pl_changsha", "长沙市", [], "city"),
        place("pl_yuelu", "岳麓区", ["岳麓"], "district"),
        place("pl_wangcheng", "望城区", ["望城"], "district"),
        place("pl_liuyang", "浏阳市", ["浏阳"], "county"),
        place("pl_wlmq", "乌鲁木齐市", ["乌鲁木齐"], "city"),
        place("pl_midong", "米东区", ["米东"], "district"),
        place("pl_xinjiang", "新疆", [], "province", opt=True),
        place("pl_liling", "醴陵市", ["醴陵"], "county"),
        park("pk_zzgx", "株洲高新技术产业开发区", ["株洲高新区"]),
        park("pk_djd", "董家塅高科园"),
        park("pk_csjk", "长沙经济技术开发区", ["长沙经开区"]),
        park("pk_lyjk", "浏阳经济技术开发区", ["浏阳经开区"]),
        park("pk_midong", "米东化工工业园"),
        park("pk_xiangjiang", "湖南湘江新区", ["湘江新区"]),
        park("pk_liling", "醴陵经济开发区"),
        park("pk_liling_tc", "日用陶瓷产业园", opt=True),
        agency("ag_zz_gov", "株洲市人民政府"),
        agency("ag_csjk_gwh", "长沙经开区管委会"),
        agency("ag_midong_gov", "乌鲁木齐市米东区人民政府", ["米东区人民政府"]),
        agency("ag_hn_gxt", "湖南省工业和信息化厅"),
        agency("ag_hn_gat", "省公安厅"),
        agency("ag_hn_jtt", "省交通运输厅"),
        policy("po_zz_hk", "株洲市支持航空动力产业高质量发展若干措施"),
        policy("po_hn_csxz", "湖南省智能网联汽车道路测试管理实施细则"),
        policy("po_csjk_bzd", "标准地", ["“标准地”改革"], opt=True),
        company("co_zhongchi", "湖南中驰航空动力科技有限公司", ["中驰航空"]),
        company("co_xiangdong", "湘动科技"),
        company("co_tianqi", "天启轨道"),
        company("co_zhongli", "众力电机"),
        company("co_tiejun", "湖南铁骏重工机械股份有限公司", ["铁骏重工"]),
        company("co_xingyue", "星岳智能"),
        company("co_liheng", "力恒液压"),
        company("co_huaxiang", "华湘传动"),
        company("co_ruichi", "湖南锐驰智能装备有限公司", ["锐驰智能"]),
        company("co_kangze", "湖南康泽生物医药有限公司", ["康泽生物"]),
        company("co_kaiyuan", "新疆凯源化工有限责任公司", ["凯源化工"]),
        company("co_jinggong", "株洲精工硬质合金有限公司"),
        company("co_zhixing", "湖南湘江智行科技有限公司", ["湘江智行"]),
        company("co_yutu", "驭途科技"),
        company("co_anxing", "安行智驾"),
        company("co_yunxiang", "云湘出行"),
        company("co_youcai", "湖南釉彩陶瓷股份有限公司", ["釉彩陶瓷"]),
        project("pj_hangfa", "中小航空发动机关键零部件智能制造基地", ["中驰航空智能制造基地"]),
        project("pj_gongre", "园区集中供热管网工程", ["集中供热管网工程"]),
        project("pj_zhuangji", "桩机智能工厂"),
        project("pj_tuzhuang", "涂装车间环保改造"),
        project("pj_diandong", "电动工程机械研发制造基地"),
        project("pj_zhusheqi", "年产3亿支预灌封注射器项目"),
        project("pj_yuanfuliao", "生物医药原辅料项目", opt=True),
        project("pj_kaiyuan", "年产20万吨可降解材料项目"),
        project("pj_daopian", "数控刀片智能化生产线改造"),
        project("pj_taoci", "年产1.2亿件高档日用陶瓷智能生产线"),
        project("pj_zaizhizao", "工程机械再制造中心", opt=True),
        project("pj_ceshiqu", "智能网联汽车测试区三期工程", ["三期工程"]),
    ],
    "triples": [
        rel(
            "co_zhongchi",
            "investsIn",
            "pj_hangfa",
            "总投资16.5亿元的湖南中驰航空动力科技有限公司中小航空发动机关键零部件智能制造基地",
            amount=1650000000,
        ),
        rel(
            "pj_hangfa",
            "locatedIn",
            "pk_djd",
            "株洲高新技术产业开发区董家塅高科园，总投资16.5亿元的湖南中驰航空动力科技有限公司中小航空发动机",
        ),
        rel("pj_hangfa", "locatedIn", "pk_zzgx", "株洲高新技术产业开发区董家塅高科园，总投资16.5亿元", opt=True),
        rel("pk_djd", "locatedIn", "pk_zzgx", "株洲高新技术产业开发区董家塅高科园", opt=True),
        rel("co_zhongchi", "locatedIn", "pk_djd", "董家塅高科园，总投资16.5亿元的湖南中驰航空动力科技有限公司", opt=True),
        rel("co_zhongchi", "locatedIn", "pk_zzgx", "“园区上下游配套齐全，很多零件半天就能送到。”该公司董事长黄维民说", opt=True),
        rel("co_zhongchi", "locatedIn", "pl_hunan", "湖南中驰航空动力科技有限公司", opt=True),
        desig("co_zhongchi", "国家级专精特新小巨人企业", "去年获评国家级专精特新“小巨人”企业"),
        rel("pk_zzgx", "locatedIn", "pl_tianyuan", "株洲高新区（天元区）是株洲市产业发展的主引擎"),
        rel("pk_zzgx", "locatedIn", "pl_zhuzhou", "株洲高新区（天元区）是株洲市产业发展的主引擎", opt=True),
        rel("pl_tianyuan", "partOf", "pl_zhuzhou", "株洲高新区（天元区）是株洲市产业发展的主引擎", opt=True),
        rel("co_xiangdong", "locatedIn", "pk_zzgx", "园区先后引进湘动科技、天启轨道、众力电机等龙头企业", opt=True),
        rel("co_tianqi", "locatedIn", "pk_zzgx", "园区先后引进湘动科技、天启轨道、众力电机等龙头企业", opt=True),
        rel("co_zhongli", "locatedIn", "pk_zzgx", "园区先后引进湘动科技、天启轨道、众力电机等龙头企业", opt=True),
        desig(
            "pk_zzgx",
            "湖南省首批先进制造业高地建设示范园区",
            "株洲高新区被认定为湖南省首批先进制造业高地建设示范园区",
        ),
        rel("po_zz_hk", "issuedBy", "ag_zz_gov", "株洲市人民政府今年印发《株洲市支持航空动力产业高质量发展若干措施》"),
        rel("pj_gongre", "locatedIn", "pk_zzgx", "株洲高新区还投资1.8亿元实施园区集中供热管网工程"),
        rel("co_tiejun", "investsIn", "pj_zhuangji", "这座智能工厂由铁骏重工投资30亿元打造", amount=3000000000),
        rel("pj_zhuangji", "locatedIn", "pk_csjk", "走进长沙经济技术开发区湖南铁骏重工机械股份有限公司的桩机智能工厂"),
        rel("co_tiejun", "locatedIn", "pk_csjk", "走进长沙经济技术开发区湖南铁骏重工机械股份有限公司的桩机智能工厂"),
        rel("co_tiejun", "locatedIn", "pl_hunan", "湖南铁骏重工机械股份有限公司", opt=True),
        rel("co_tiejun", "investsIn", "pj_tuzhuang", "该公司还启动了涂装车间环保改造，计划投入4500万元", amount=45000000),
        rel("pj_tuzhuang", "locatedIn", "pk_csjk", "该公司还启动了涂装车间环保改造", opt=True),
        rel("co_tiejun", "investsIn", "pj_zaizhizao", "下一步还计划在园区建设工程机械再制造中心", opt=True),
        rel("pj_zaizhizao", "locatedIn", "pk_csjk", "下一步还计划在园区建设工程机械再制造中心", opt=True),
        desig("co_tiejun", "国家级智能制造示范工厂", "铁骏重工入选国家级智能制造示范工厂名单"),
        rel("pk_csjk", "locatedIn", "pl_changshaxian", "长沙经开区位于长沙县"),
        desig("pk_csjk", "湖南省首个国家级经济技术开发区", "是湖南省首个国家级经济技术开发区", opt=True),
        rel("co_xingyue", "locatedIn", "pk_csjk", "园区还聚集了星岳智能、力恒液压、华湘传动等一批配套企业"),
        rel("co_liheng", "locatedIn", "pk_csjk", "园区还聚集了星岳智能、力恒液压、华湘传动等一批配套企业"),
        rel("co_huaxiang", "locatedIn", "pk_csjk", "园区还聚集了星岳智能、力恒液压、华湘传动等一批配套企业"),
        rel("ag_csjk_gwh", "signsWith", "co_ruichi", "长沙经开区管委会与湖南锐驰智能装备有限公司签订投资协议"),
        rel("pk_csjk", "signsWith", "co_ruichi", "长沙经开区管委会与湖南锐驰智能装备有限公司签订投资协议", opt=True),
        rel(
            "co_ruichi",
            "investsIn",
            "pj_diandong",
            "锐驰智能将投资8亿元在园区建设电动工程机械研发制造基地",
            amount=800000000,
        ),
        rel("pj_diandong", "locatedIn", "pk_csjk", "锐驰智能将投资8亿元在园区建设电动工程机械研发制造基地"),
        rel("co_ruichi", "locatedIn", "pl_hunan", "湖南锐驰智能装备有限公司", opt=True),
        rel(
            "co_kangze",
            "investsIn",
            "pj_zhusheqi",
            "湖南康泽生物医药有限公司在浏阳经济技术开发区投资建设的年产3亿支预灌封注射器项目正式投产。"
            "该项目总投资4.2亿元",
            amount=420000000,
        ),
        rel("pj_zhusheqi", "locatedIn", "pk_lyjk", "在浏阳经济技术开发区投资建设的年产3亿支预灌封注射器项目"),
        rel("co_kangze", "locatedIn", "pk_lyjk", "湖南康泽生物医药有限公司在浏阳经济技术开发区投资建设", opt=True),
        rel("co_kangze", "locatedIn", "pl_hunan", "湖南康泽生物医药有限公司", opt=True),
        rel("co_kangze", "investsIn", "pj_yuanfuliao", "康泽生物表示，将在这里继续布局生物医药原辅料项目", opt=True),
        rel("pj_yuanfuliao", "locatedIn", "pk_lyjk", "将在这里继续布局生物医药原辅料项目", opt=True),
        rel("pk_lyjk", "locatedIn", "pl_liuyang", "浏阳经开区是浏阳市生物医药产业的核心承载区"),
        rel("ag_midong_gov", "signsWith", "co_kaiyuan", "乌鲁木齐市米东区人民政府与新疆凯源化工有限责任公司签署投资协议"),
        rel("pl_midong", "signsWith", "co_kaiyuan", "乌鲁木齐市米东区人民政府与新疆凯源化工有限责任公司签署投资协议", opt=True),
        rel(
            "co_kaiyuan",
            "investsIn",
            "pj_kaiyuan",
            "凯源化工将在米东化工工业园投资9.8亿元，建设年产20万吨可降解材料项目",
            amount=980000000,
        ),
        rel("pj_kaiyuan", "locatedIn", "pk_midong", "凯源化工将在米东化工工业园投资9.8亿元，建设年产20万吨可降解材料项目"),
        rel("co_kaiyuan", "locatedIn", "pk_midong", "凯源化工将在米东化工工业园投资9.8亿元", opt=True),
        rel("co_kaiyuan", "locatedIn", "pl_xinjiang", "新疆凯源化工有限责任公司", opt=True),
        rel("pk_midong", "locatedIn", "pl_midong", "乌鲁木齐市米东区人民政府与新疆凯源化工有限责任公司签署投资协议，凯源化工将在米东化工工业园"),
        rel("pl_midong", "partOf", "pl_wlmq", "乌鲁木齐市米东区人民政府"),
        rel("pk_liling", "locatedIn", "pl_liling", "醴陵经济开发区日用陶瓷产业园内"),
        rel("pk_liling_tc", "locatedIn", "pk_liling", "醴陵经济开发区日用陶瓷产业园内", opt=True),
        rel(
            "co_youcai",
            "investsIn",
            "pj_taoci",
            "年产1.2亿件高档日用陶瓷智能生产线点火投产。这条生产线由釉彩陶瓷投资6.5亿元建设",
            amount=650000000,
        ),
        rel(
            "pj_taoci",
            "locatedIn",
            "pk_liling",
            "醴陵经济开发区日用陶瓷产业园内，湖南釉彩陶瓷股份有限公司年产1.2亿件高档日用陶瓷智能生产线",
        ),
        rel(
            "pj_taoci",
            "locatedIn",
            "pk_liling_tc",
            "日用陶瓷产业园内，湖南釉彩陶瓷股份有限公司年产1.2亿件高档日用陶瓷智能生产线",
            opt=True,
        ),
        rel("co_youcai", "locatedIn", "pk_liling", "醴陵经济开发区日用陶瓷产业园内，湖南釉彩陶瓷股份有限公司"),
        rel("co_youcai", "locatedIn", "pk_liling_tc", "日用陶瓷产业园内，湖南釉彩陶瓷股份有限公司", opt=True),
        rel("co_youcai", "locatedIn", "pl_hunan", "湖南釉彩陶瓷股份有限公司", opt=True),
        rel(
            "co_jinggong",
            "investsIn",
            "pj_daopian",
            "株洲精工硬质合金有限公司投资7600万元的数控刀片智能化生产线改造",
            amount=76000000,
        ),
        rel(
            "pj_daopian",
            "locatedIn",
            "pk_djd",
            "在董家塅高科园另一侧，株洲精工硬质合金有限公司投资7600万元的数控刀片智能化生产线改造",
        ),
        rel("pj_daopian", "locatedIn", "pk_zzgx", "在董家塅高科园另一侧，株洲精工硬质合金有限公司", opt=True),
        rel("co_jinggong", "locatedIn", "pk_djd", "在董家塅高科园另一侧，株洲精工硬质合金有限公司"),
        rel("co_jinggong", "locatedIn", "pk_zzgx", "在董家塅高科园另一侧，株洲精工硬质合金有限公司", opt=True),
        rel("co_jinggong", "locatedIn", "pl_zhuzhou", "株洲精工硬质合金有限公司", opt=True),
        rel(
            "co_zhixing",
            "investsIn",
            "pj_ceshiqu",
            "湖南湘江新区智能网联汽车测试区三期工程通过验收，新增城市道路、高速公路等测试场景42类。该工程由"
            "湖南湘江智行科技有限公司投资3.2亿元建设",
            amount=320000000,
        ),
        rel("pj_ceshiqu", "locatedIn", "pk_xiangjiang", "湖南湘江新区智能网联汽车测试区三期工程通过验收"),
        rel("co_zhixing", "locatedIn", "pk_xiangjiang", "湘江智行负责人表示，三期工程投用后", opt=True),
        rel("co_zhixing", "locatedIn", "pl_hunan", "湖南湘江智行科技有限公司", opt=True),
        rel("pk_xiangjiang", "locatedIn", "pl_yuelu", "湘江新区位于长沙市岳麓区、望城区一带"),
        rel("pk_xiangjiang", "locatedIn", "pl_wangcheng", "湘江新区位于长沙市岳麓区、望城区一带"),
        rel("pk_xiangjiang", "locatedIn", "pl_changsha", "湘江新区位于长沙市岳麓区、望城区一带", opt=True),
        rel("pl_yuelu", "partOf", "pl_changsha", "湘江新区位于长沙市岳麓区、望城区一带"),
        rel("pl_wangcheng", "partOf", "pl_changsha", "湘江新区位于长沙市岳麓区、望城区一带"),
        rel("pl_changsha", "partOf", "pl_hunan", "湖南湘江新区", opt=True),
        rel("pl_changshaxian", "partOf", "pl_changsha", "长沙经开区位于长沙县", opt=True),
        rel("pl_liuyang", "partOf", "pl_changsha", "浏阳经开区是浏阳市生物医药产业的核心承载区", opt=True),
        desig("pk_xiangjiang", "湖南省唯一的国家级新区", "是湖南省唯一的国家级新区", opt=True),
        rel("co_yutu", "locatedIn", "pk_xiangjiang", "新区已吸引驭途科技、安行智驾、云湘出行等120余家智能网联企业落户", opt=True),
        rel("co_anxing", "locatedIn", "pk_xiangjiang", "新区已吸引驭途科技、安行智驾、云湘出行等120余家智能网联企业落户", opt=True),
        rel("co_yunxiang", "locatedIn", "pk_xiangjiang", "新区已吸引驭途科技、安行智驾、云湘出行等120余家智能网联企业落户", opt=True),
        rel(
            "po_hn_csxz",
            "issuedBy",
            "ag_hn_gxt",
            "湖南省工业和信息化厅、省公安厅、省交通运输厅今年联合修订了《湖南省智能网联汽车道路测试管理实施细则》",
        ),
        rel(
            "po_hn_csxz",
            "issuedBy",
            "ag_hn_gat",
            "湖南省工业和信息化厅、省公安厅、省交通运输厅今年联合修订了《湖南省智能网联汽车道路测试管理实施细则》",
        ),
        rel(
            "po_hn_csxz",
            "issuedBy",
            "ag_hn_jtt",
            "湖南省工业和信息化厅、省公安厅、省交通运输厅今年联合修订了《湖南省智能网联汽车道路测试管理实施细则》",
        ),
    ],
}

PAGES = [PAGE1, PAGE2, PAGE3, PAGE4]


# ---------------------------------------------------------------- damage


def wrap(text, rng):
    """Hard line breaks every 12-22 characters (and at forced BRK marks), blank line between lines."""
    return "\n\n".join(dmg.wrap_before_breaks(text, rng, (12, 22), BRK))


def damage(page):
    blocks = [list(b) for b in page["blocks"]]

    def replace_first(old, new):
        for b in blocks:
            if b[0] == "para" and old in b[1]:
                b[1] = b[1].replace(old, new, 1)
                return
        raise SystemExit(f"{page['id']}: damage target not found: {old!r}")

    for spec in page["breaks"]:
        replace_first(spec.replace("|", ""), spec.replace("|", BRK))
    for old, new in page["spaced"]:
        if chk.squash(new) != old:
            raise SystemExit(f"{page['id']}: bad spacing spec {old!r} -> {new!r}")
        replace_first(old, new)
    rng = random.Random(f"heldout-f1/{page['id']}")
    out = []
    for kind, text in blocks:
        out.append(text if kind == "line" else wrap(text, rng))
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- checks


def check(page, text):
    errors = []
    flat = chk.squash(text)
    ids = [e["id"] for e in page["entities"]]
    if len(ids) != len(set(ids)):
        errors.append("duplicate entity ids")
    known = set(ids)
    for e in page["entities"]:
        errors += [f"entity form not in page: {e['id']} {form}" for form in chk.forms_not_in(e, flat)]
    used = set()
    for t in page["triples"]:
        if chk.squash(t["evidence"]) not in flat:
            errors.append(f"evidence not in page: {t['s']} {t['p']} {t.get('o')}: {t['evidence']}")
        if t["s"] not in known:
            errors.append(f"unknown subject {t['s']}")
        used.add(t["s"])
        if "o" in t:
            if t["o"] not in known:
                errors.append(f"unknown object {t['o']}")
            used.add(t["o"])
        elif not t.get("o_literal"):
            errors.append(f"triple without object: {t}")
    keys = [(t["s"], t["p"], t.get("o", t.get("o_literal"))) for t in page["triples"]]
    if len(keys) != len(set(keys)):
        errors.append("duplicate triples")
    n = len(flat)
    if not 1800 <= len(text) <= 4000:
        errors.append(f"page length {len(text)} (without whitespace {n}) outside 1800-4000")
    return errors


def main():
    PAGES_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    failed = False
    for page in PAGES:
        text = damage(page)
        raw = text.encode(page["encoding"])
        # check what a reader of the file gets back
        errors = check(page, raw.decode(page["encoding"]))
        for err in errors:
            print(f"{page['id']}: {err}", file=sys.stderr)
        failed = failed or bool(errors)
        (PAGES_DIR / f"{page['id']}.txt").write_bytes(raw)
        gold = {"doc": f"{page['id']}.txt", "entities": page["entities"], "triples": page["triples"]}
        (GOLD_DIR / f"{page['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        n_opt_e = sum(e["optional"] for e in page["entities"])
        n_opt_t = sum(t["optional"] for t in page["triples"])
        print(
            f"{page['id']}: {len(text)} chars ({len(chk.squash(text))} non-space, {page['encoding']}), "
            f"{len(page['entities'])} entities ({n_opt_e} optional), "
            f"{len(page['triples'])} triples ({n_opt_t} optional)"
        )
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
