"""Write held-out set I, part 1 (pages i101-i104) and their gold, deterministically.

Standard library only. Each page is built from clean article texts; the script then
applies PDF-like damage (hard line breaks every 12-22 characters with blank lines
between, spaces inside some words and numbers, headline drifted to the end of its
article, two articles interleaved paragraph by paragraph, a page header line) and
writes the page (one page as GB18030 bytes) plus its gold JSON. It checks that every
evidence snippet is verbatim in its page once whitespace is removed and that every
entity name and alias occurs in its page.

Usage: python tests/data/heldout_i/make_heldout_i1.py
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


def ent(eid, etype, name, aliases=(), opt=False, level=None, note=None):
    item = {"id": eid, "type": etype, "name": name, "aliases": list(aliases), "optional": opt}
    if level:
        item["level"] = level
    if note:
        item["note"] = note
    return item


def tri(s, p, o, ev, amt=None, opt=False, note=None):
    item = {"s": s, "p": p}
    if p == "designatedAs":
        item["o_literal"] = o
    else:
        item["o"] = o
    if amt is not None:
        item["amount_yuan"] = amt
    item["evidence"] = ev
    item["optional"] = opt
    if note:
        item["note"] = note
    return item


def paras(text):
    return [p.strip() for p in text.strip().split("\n\n") if p.strip()]


# ---------------------------------------------------------------------------
# Page i101: 黑龙江 (大庆, 哈尔滨)
# ---------------------------------------------------------------------------

I101_A = {
    "title": ["油城“转身”记", "——大庆高新区新材料产业链延伸见闻"],
    "byline": "本报记者 刘岩松 通讯员 邵敏",
    "headline_end": True,
    "paras": paras("""
清晨七点，大庆高新区宏伟园区的厂区道路上，运送原料的罐车已经排起长队。在澜沧新材料（大庆）有限公司的纺丝车间，两条新安装的聚乳酸纤维生产线正在做最后的联动调试，操作工盯着屏幕上跳动的温度曲线，不时用对讲机报出数据。

“去年这个时候，这里还是一片荒地。”公司总经理周立衡指着窗外说，澜沧新材投资12.6亿元建设的年产15万吨聚乳酸及纤维制品项目，从签约到首条生产线试车只用了14个月。“原料就在隔壁，管道一接就能用，这是我们选择大庆最重要的原因。”

大庆因油而生、因油而兴。如何让“一油独大”变成“多业并举”，是这座城市绕不开的课题。大庆高新技术产业开发区党工委副书记孙海平告诉记者，近年来园区瞄准“油头化尾”，把炼化企业的下游产品当成招商的“敲门砖”，先后引进澜沧新材、鑫宇化学、北辰高分子等一批精细化工和新材料企业，“一家带一家，链条越拉越长”。

走进不远处的黑龙江鑫宇化学股份有限公司，又是另一番景象。这家成立于2009年的企业，过去只生产单一的表面活性剂，如今已拥有12个系列、200多个品种。去年，该公司获评国家级专精特新“小巨人”企业，其投资3.8亿元的高端润滑油添加剂生产线也于今年2月在园区建成投产。“我们的客户原来九成在省内，现在一半以上在长三角和珠三角。”鑫宇化学董事长韩志国说。

要素保障跟得上，企业才敢放心投。记者了解到，大庆高新区在全省率先推行“拿地即开工”审批模式，为重点项目配备“项目管家”，并联合大庆市工业和信息化局设立总规模20亿元的新材料产业基金。今年一季度，园区新签约亿元以上项目17个。其中，由北辰高分子材料（黑龙江）有限公司投资的特种工程塑料改性基地总投资5.2亿元，计划年内开工。

“化工园区最怕什么？怕安全出问题，怕环保不过关。”孙海平坦言。为此，宏伟园区投入1.5亿元建设智慧化工园区管理平台，对园区内68家企业实行24小时在线监测。2025年，宏伟园区入选首批国家级化工园区安全整治提升示范园区。

从“一桶油”到“一根丝”，大庆高新区正把资源优势一点点变成产业优势。今年，园区力争新材料产业产值突破300亿元。
"""),
    "caption": "图为澜沧新材料（大庆）有限公司纺丝车间内，工人正在调试设备。 本报记者 刘岩松摄",
}

I101_B = {
    "title": ["哈尔滨新区集中签约31个项目"],
    "byline": "本报记者 马晓彤",
    "paras": paras("""
本报哈尔滨4月15日电 15日，哈尔滨新区2026年春季重点项目集中签约活动举行，31个项目现场签约，协议总投资286亿元，涉及生物医药、航空航天、数字经济、寒地装备等领域。

签约项目中，哈尔滨新区管理委员会与中航昆仑航空装备集团签署战略合作协议，双方将共建通用航空整机总装及维修基地，项目一期投资22亿元。冰原智能装备股份有限公司则计划在新区建设寒地测试中心，总投资8.5亿元，建成后可为新能源汽车、工程机械提供零下40摄氏度的整车环境试验服务。

来自德国的弗兰克精密机械集团也在签约之列。这家以精密轴承见长的企业将在哈尔滨综合保税区设立其在华第二座工厂——弗兰克精密轴承（哈尔滨）工厂，总投资6800万美元，产品主要面向俄罗斯及中亚市场。“综保区的保税政策加上中欧班列，能帮我们把物流成本降下来两成左右。”弗兰克中国区总裁卢卡斯·韦伯说。

哈尔滨新区相关负责人介绍，新区将对签约项目实行“一项目一专班”，力争年内开工率达到70%以上。
"""),
}

I101_C = {
    "title": ["黑龙江出台20条措施", "推动开发区提档升级"],
    "byline": "",
    "paras": paras("""
本报讯 记者马晓彤报道 日前，黑龙江省商务厅、省发展改革委、省自然资源厅联合印发《黑龙江省推动开发区高质量发展若干措施》（以下简称《措施》），从产业培育、用地保障、开放合作、体制改革等方面提出20条举措。

《措施》提出，对年度综合发展水平考核进入全国前30名的国家级经开区，省级财政给予一次性奖励；支持哈尔滨经济技术开发区、大庆高新区等开展“亩均效益”评价改革，对低效用地实行“一地一策”处置。

在用地保障方面，黑龙江省自然资源厅将对开发区内的重大产业项目优先安排新增建设用地指标，全面推行工业用地“标准地”出让，力争新出让工业用地中“标准地”占比不低于80%。

在开放合作方面，《措施》鼓励开发区与广东、浙江等地园区开展“飞地”合作共建，对引进世界500强、中国500强企业投资的项目给予前期费用补贴。黑龙江省商务厅有关负责人表示，全省将建立开发区“赛马”机制，每年进行综合排名，排名末位且连续两年无明显进步的，将被调整或撤销。

据了解，截至去年底，黑龙江共有各类开发区98家，其中国家级开发区16家。2025年，全省开发区规模以上工业增加值占全省比重超过六成。
"""),
}

I101_D = {
    "title": ["简 讯"],
    "byline": "",
    "paras": paras("""
■ 日前，大庆市人民政府与华垦农业发展集团有限公司签署战略合作协议，双方将在肇州县共建玉米深加工基地，首期投资9000万元，年可加工玉米60万吨。（本报记者 刘岩松）

■ 哈尔滨高新技术产业开发区近日被认定为国家知识产权强国建设示范园区，成为全省首家获此认定的园区。（马晓彤）

■ 记者从哈尔滨综合保税区了解到，一季度该区完成进出口额31.7亿元，同比增长22.4%，其中对俄贸易占比接近一半。
"""),
}

I101 = {
    "id": "i101",
    "encoding": "utf-8",
    "header": "经济日报 2026年4月16日 星期四 9 区域经济",
    "layout": [("art", I101_A), ("mix", I101_B, I101_C), ("art", I101_D)],
    "spaced": [
        ("12.6亿元", "12. 6 亿元"),
        ("工业用地", "工 业 用 地"),
        ("6800万美元", "6800 万美元"),
        ("哈尔滨综合保税区", "哈尔滨综合 保税区"),
        ("黑龙江鑫宇化学股份有限公司", "黑龙江鑫宇化学股份 有限公司"),
    ],
    "entities": [
        ent("pl_hlj", "Place", "黑龙江省", ["黑龙江"], level="province"),
        ent("pl_daqing", "Place", "大庆市", ["大庆"], level="city"),
        ent("pl_harbin", "Place", "哈尔滨", [], level="city"),
        ent("pl_zhaozhou", "Place", "肇州县", [], level="county"),
        ent("pl_guangdong", "Place", "广东", [], level="province"),
        ent("pl_zhejiang", "Place", "浙江", [], level="province"),
        ent("pl_germany", "Place", "德国", [], opt=True, level="country"),
        ent("pl_russia", "Place", "俄罗斯", [], opt=True, level="country"),
        ent("pk_dqgx", "Park", "大庆高新技术产业开发区", ["大庆高新区"]),
        ent("pk_hongwei", "Park", "宏伟园区", []),
        ent("pk_hrbxq", "Park", "哈尔滨新区", ["新区"]),
        ent("pk_hrbzb", "Park", "哈尔滨综合保税区", ["综保区"]),
        ent("pk_hrbjk", "Park", "哈尔滨经济技术开发区", []),
        ent("pk_hrbgx", "Park", "哈尔滨高新技术产业开发区", []),
        ent("ag_dqgx_dgw", "Agency", "大庆高新技术产业开发区党工委", []),
        ent("ag_dq_gxj", "Agency", "大庆市工业和信息化局", []),
        ent("ag_hrbxq_gwh", "Agency", "哈尔滨新区管理委员会", []),
        ent("ag_hlj_sw", "Agency", "黑龙江省商务厅", []),
        ent("ag_hlj_fgw", "Agency", "省发展改革委", []),
        ent("ag_hlj_zrzy", "Agency", "黑龙江省自然资源厅", ["省自然资源厅"]),
        ent("ag_dq_gov", "Agency", "大庆市人民政府", []),
        ent("po_hlj_kfq", "Policy", "黑龙江省推动开发区高质量发展若干措施", ["措施"]),
        ent("po_nadi", "Policy", "拿地即开工审批模式", ["“拿地即开工”审批模式"], opt=True),
        ent("po_xcl_fund", "Policy", "新材料产业基金", [], opt=True,
            note="a 20亿元 fund set up with the city bureau; instrument, not a project"),
        ent("po_yixiangmu", "Policy", "一项目一专班", [], opt=True),
        ent("po_mujun", "Policy", "亩均效益评价改革", ["“亩均效益”评价改革"], opt=True),
        ent("po_biaozhundi", "Policy", "标准地", [], opt=True),
        ent("po_saima", "Policy", "赛马机制", ["开发区“赛马”机制"], opt=True),
        ent("co_lancang", "Company", "澜沧新材料（大庆）有限公司", ["澜沧新材"]),
        ent("co_xinyu", "Company", "黑龙江鑫宇化学股份有限公司", ["鑫宇化学"]),
        ent("co_beichen", "Company", "北辰高分子材料（黑龙江）有限公司", ["北辰高分子"]),
        ent("co_zhkl", "Company", "中航昆仑航空装备集团", []),
        ent("co_bingyuan", "Company", "冰原智能装备股份有限公司", []),
        ent("co_frank", "Company", "弗兰克精密机械集团", ["弗兰克"]),
        ent("co_huaken", "Company", "华垦农业发展集团有限公司", []),
        ent("pj_pla", "Project", "年产15万吨聚乳酸及纤维制品项目", []),
        ent("pj_pla_line", "Project", "聚乳酸纤维生产线", [], opt=True),
        ent("pj_runhua", "Project", "高端润滑油添加剂生产线", []),
        ent("pj_sugong", "Project", "特种工程塑料改性基地", []),
        ent("pj_zhihui", "Project", "智慧化工园区管理平台", []),
        ent("pj_tonghang", "Project", "通用航空整机总装及维修基地", []),
        ent("pj_handi", "Project", "寒地测试中心", []),
        ent("pj_frank", "Project", "弗兰克精密轴承（哈尔滨）工厂", []),
        ent("pj_yumi", "Project", "玉米深加工基地", []),
    ],
    "triples": [
        tri("pl_daqing", "partOf", "pl_hlj", "在全省率先推行", opt=True,
            note="the page is about Heilongjiang; no explicit chain"),
        tri("pk_dqgx", "locatedIn", "pl_daqing", "大庆高新技术产业开发区党工委副书记"),
        tri("pk_hongwei", "locatedIn", "pk_dqgx", "大庆高新区宏伟园区的厂区道路上"),
        tri("co_lancang", "locatedIn", "pk_hongwei",
            "大庆高新区宏伟园区的厂区道路上，运送原料的罐车已经排起长队。在澜沧新材料（大庆）有限公司的纺丝车间"),
        tri("co_lancang", "locatedIn", "pk_dqgx", "先后引进澜沧新材、鑫宇化学、北辰高分子等一批精细化工和新材料企业", opt=True),
        tri("co_lancang", "investsIn", "pj_pla", "澜沧新材投资12.6亿元建设的年产15万吨聚乳酸及纤维制品项目", amt=1260000000),
        tri("pj_pla", "locatedIn", "pk_dqgx", "这是我们选择大庆最重要的原因", opt=True),
        tri("pj_pla", "locatedIn", "pk_hongwei", "大庆高新区宏伟园区的厂区道路上", opt=True),
        tri("co_lancang", "investsIn", "pj_pla_line", "在澜沧新材料（大庆）有限公司的纺丝车间，两条新安装的聚乳酸纤维生产线", opt=True),
        tri("pj_pla_line", "locatedIn", "pk_hongwei", "在澜沧新材料（大庆）有限公司的纺丝车间，两条新安装的聚乳酸纤维生产线", opt=True),
        tri("co_xinyu", "locatedIn", "pk_dqgx", "先后引进澜沧新材、鑫宇化学、北辰高分子等一批精细化工和新材料企业"),
        tri("co_xinyu", "locatedIn", "pk_hongwei", "走进不远处的黑龙江鑫宇化学股份有限公司", opt=True),
        tri("co_xinyu", "locatedIn", "pl_hlj", "黑龙江鑫宇化学股份有限公司", opt=True),
        tri("co_xinyu", "designatedAs", "国家级专精特新“小巨人”企业", "该公司获评国家级专精特新“小巨人”企业"),
        tri("co_xinyu", "investsIn", "pj_runhua", "其投资3.8亿元的高端润滑油添加剂生产线", amt=380000000),
        tri("pj_runhua", "locatedIn", "pk_dqgx", "高端润滑油添加剂生产线也于今年2月在园区建成投产"),
        tri("co_beichen", "locatedIn", "pk_dqgx", "先后引进澜沧新材、鑫宇化学、北辰高分子等一批精细化工和新材料企业"),
        tri("co_beichen", "locatedIn", "pl_hlj", "北辰高分子材料（黑龙江）有限公司", opt=True),
        tri("co_beichen", "investsIn", "pj_sugong", "由北辰高分子材料（黑龙江）有限公司投资的特种工程塑料改性基地总投资5.2亿元",
            amt=520000000),
        tri("pj_sugong", "locatedIn", "pk_dqgx", "园区新签约亿元以上项目17个。其中，由北辰高分子材料（黑龙江）有限公司投资的特种工程塑料改性基地"),
        tri("pj_zhihui", "locatedIn", "pk_hongwei", "宏伟园区投入1.5亿元建设智慧化工园区管理平台"),
        tri("pk_hongwei", "designatedAs", "首批国家级化工园区安全整治提升示范园区",
            "宏伟园区入选首批国家级化工园区安全整治提升示范园区"),
        tri("po_xcl_fund", "issuedBy", "ag_dq_gxj", "联合大庆市工业和信息化局设立总规模20亿元的新材料产业基金", opt=True),
        tri("po_nadi", "issuedBy", "pk_dqgx", "大庆高新区在全省率先推行“拿地即开工”审批模式", opt=True,
            note="issuer is the zone itself, not an agency"),
        # B
        tri("pk_hrbxq", "locatedIn", "pl_harbin", "本报哈尔滨4月15日电15日，哈尔滨新区2026年春季重点项目集中签约活动举行"),
        tri("ag_hrbxq_gwh", "signsWith", "co_zhkl", "哈尔滨新区管理委员会与中航昆仑航空装备集团签署战略合作协议"),
        tri("co_zhkl", "investsIn", "pj_tonghang", "双方将共建通用航空整机总装及维修基地，项目一期投资22亿元",
            amt=2200000000, note="amount is the first phase"),
        tri("pj_tonghang", "locatedIn", "pk_hrbxq", "哈尔滨新区管理委员会与中航昆仑航空装备集团签署战略合作协议，双方将共建通用航空整机总装及维修基地"),
        tri("pk_hrbxq", "signsWith", "co_bingyuan", "31个项目现场签约", opt=True),
        tri("pk_hrbxq", "signsWith", "co_frank", "弗兰克精密机械集团也在签约之列", opt=True),
        tri("co_bingyuan", "investsIn", "pj_handi", "冰原智能装备股份有限公司则计划在新区建设寒地测试中心，总投资8.5亿元",
            amt=850000000),
        tri("pj_handi", "locatedIn", "pk_hrbxq", "冰原智能装备股份有限公司则计划在新区建设寒地测试中心"),
        tri("co_frank", "locatedIn", "pl_germany", "来自德国的弗兰克精密机械集团", opt=True),
        tri("co_frank", "investsIn", "pj_frank", "在华第二座工厂——弗兰克精密轴承（哈尔滨）工厂，总投资6800万美元",
            note="amount is 6800万美元; no yuan figure in the text, amount_yuan left out"),
        tri("pj_frank", "locatedIn", "pk_hrbzb", "将在哈尔滨综合保税区设立其在华第二座工厂——弗兰克精密轴承（哈尔滨）工厂"),
        tri("pk_hrbzb", "locatedIn", "pl_harbin", "将在哈尔滨综合保税区设立其在华第二座工厂"),
        # C
        tri("po_hlj_kfq", "issuedBy", "ag_hlj_sw", "黑龙江省商务厅、省发展改革委、省自然资源厅联合印发《黑龙江省推动开发区高质量发展若干措施》"),
        tri("po_hlj_kfq", "issuedBy", "ag_hlj_fgw", "黑龙江省商务厅、省发展改革委、省自然资源厅联合印发《黑龙江省推动开发区高质量发展若干措施》"),
        tri("po_hlj_kfq", "issuedBy", "ag_hlj_zrzy", "黑龙江省商务厅、省发展改革委、省自然资源厅联合印发《黑龙江省推动开发区高质量发展若干措施》"),
        tri("pk_hrbjk", "locatedIn", "pl_harbin", "支持哈尔滨经济技术开发区、大庆高新区等开展“亩均效益”评价改革"),
        tri("po_mujun", "issuedBy", "ag_hlj_sw", "支持哈尔滨经济技术开发区、大庆高新区等开展“亩均效益”评价改革", opt=True),
        tri("pl_harbin", "partOf", "pl_hlj", "黑龙江省商务厅", opt=True),
        tri("po_saima", "issuedBy", "ag_hlj_sw", "黑龙江省商务厅有关负责人表示，全省将建立开发区“赛马”机制", opt=True),
        # D
        tri("ag_dq_gov", "signsWith", "co_huaken", "大庆市人民政府与华垦农业发展集团有限公司签署战略合作协议"),
        tri("co_huaken", "investsIn", "pj_yumi", "双方将在肇州县共建玉米深加工基地，首期投资9000万元", amt=90000000),
        tri("pj_yumi", "locatedIn", "pl_zhaozhou", "双方将在肇州县共建玉米深加工基地"),
        tri("pl_zhaozhou", "partOf", "pl_daqing", "大庆市人民政府与华垦农业发展集团有限公司签署战略合作协议，双方将在肇州县共建", opt=True),
        tri("pk_hrbgx", "locatedIn", "pl_harbin", "哈尔滨高新技术产业开发区近日被认定为国家知识产权强国建设示范园区"),
        tri("pk_hrbgx", "designatedAs", "国家知识产权强国建设示范园区",
            "哈尔滨高新技术产业开发区近日被认定为国家知识产权强国建设示范园区"),
    ],
}

# ---------------------------------------------------------------------------
# Page i102: 甘肃 (兰州, 酒泉) + 内蒙古 (呼和浩特, 赤峰)
# ---------------------------------------------------------------------------

I102_A = {
    "title": ["甘肃三部门联合出台措施", "支持开发区壮大新能源装备制造业"],
    "byline": "本报记者 宋嘉禾",
    "paras": paras("""
本报兰州5月7日电 记者从甘肃省工业和信息化厅获悉：甘肃省工业和信息化厅、甘肃省财政厅、国家税务总局甘肃省税务局近日联合印发《甘肃省支持开发区发展新能源装备制造产业若干措施》，从项目落地、配套奖补、税费服务等方面推出18条具体举措。

根据该措施，对在省级以上开发区新建的风电主机、叶片、塔筒、光伏组件、储能电池等项目，固定资产投资达到5亿元以上的，按实际设备投资额的5%给予补助，单个项目最高不超过3000万元。同时，鼓励酒泉市、金昌市、武威市等地依托现有园区打造新能源装备产业集群。

在税费服务方面，国家税务总局甘肃省税务局将为新能源装备企业开辟出口退税“绿色通道”，正常退税平均办理时间压缩至3个工作日以内。甘肃省财政厅有关负责人表示，今年省级财政将统筹安排资金5亿元，专门用于支持开发区新能源装备产业发展。

措施一出，反应最快的是河西走廊。在酒泉经济技术开发区，祁连风能装备有限公司投资4.6亿元建设的年产800套大型风电叶片生产线已进入设备安装阶段。“补助政策来得正是时候，预计能为我们省下近两千万元设备款。”祁连风能副总经理杜明远说。据介绍，酒泉经开区目前已集聚风光储装备制造企业42家，去年新能源装备产值突破200亿元，今年初被认定为甘肃省首批先进制造业集群培育园区。

在兰州，兰州新区管委会日前与西凉储能科技有限公司签署投资协议。按照协议，西凉储能将在兰州新区新能源材料产业园建设10GWh储能电池生产基地，项目总投资35亿元，分两期建设。

在金昌经济技术开发区，甘肃镍都新材料有限公司年产3万吨三元前驱体二期项目正在加紧建设，项目总投资18亿元，预计明年6月投产。“有了补助，我们准备把三期的设备采购提前到今年下半年。”公司负责人说。

业内人士分析，甘肃风光资源富集，新能源装机已占全省电力总装机的六成以上，但装备本地配套率仍不足四成，此次出台的措施有望进一步补齐产业链短板。
"""),
}

I102_B = {
    "title": ["“算力草原”上的新风景"],
    "byline": "本报记者 乌日娜 张凯",
    "headline_end": True,
    "paras": paras("""
五月的和林格尔，草色初青。驱车驶入和林格尔新区，一排排灰白色的数据中心机房沿着公路铺展开来，机房外的冷却塔冒着淡淡的白汽。

“这里年平均气温只有6摄氏度左右，一年有近10个月可以用自然冷源给服务器降温。”北疆云计算有限公司运维总监白乐天一边带记者参观机房，一边算起了账，“同样规模的数据中心，放在这里，每年电费能省下三成。”

北疆云是最早落户和林格尔新区的数据中心企业之一。2024年，该公司与新加坡星原数据集团合资成立内蒙古云谷智算科技有限公司，双方各占50%股份。由云谷智算投资建设的和林格尔智算中心一期工程去年底投入运营，总投资27亿元，可提供算力约8000P。和林格尔智算中心二期工程于今年3月开工，计划投资41亿元。

数据显示，和林格尔新区已落地数据中心项目36个，服务器装机能力超过150万台，先后引进北疆云、星原数据、天穹信息、麦田算力等一批算力企业，并获评“国家新型工业化产业示范基地（数据中心）”。呼和浩特市工业和信息化局相关负责人表示，下一步将推动“算力+绿电”融合，让新区的风电、光伏直接为数据中心供电。

在距离呼和浩特400多公里的赤峰市，另一场转型也在进行。赤峰高新技术产业开发区元宝山产业园内，内蒙古红山有色金属集团有限公司的冶炼厂区正在实施烟气制酸系统节能改造。这项改造投资9800万元，完成后每年可减少二氧化碳排放约6万吨。“以前是‘傍着矿山吃饭’，现在要靠技术吃饭。”红山有色总经理石国栋说。今年，赤峰高新区计划实施技改项目50个以上，推动有色金属产业向精深加工延伸。

赤峰高新区管委会介绍，园区正在推进的还有年产2万吨电解铜箔项目，该项目由赤峰金泰铜箔有限公司投资12亿元建设，预计今年四季度投产，将把园区的阴极铜就地转化为锂电池用铜箔。“铜不出园区就能变成高附加值产品，这在过去是不敢想的。”金泰铜箔一位技术员说。
"""),
    "caption": "图为和林格尔新区一处数据中心机房。 乌日娜摄",
}

I102_C = {
    "title": ["简讯"],
    "byline": "",
    "paras": paras("""
■ 近日，呼和浩特经济技术开发区入选2025年度国家级绿色工业园区名单，成为内蒙古自治区首个获此称号的国家级经开区。

■ 5月6日，酒泉市人民政府与中材寰宇新能源集团签约，总投资60亿元的瓜州风光氢储一体化示范项目落户瓜州县。

■ 近日，赤峰市人民政府与蒙元牧业集团签署战略合作协议，蒙元牧业将在赤峰高新区建设年产30万吨液态奶生产基地，总投资15亿元。
"""),
}

I102 = {
    "id": "i102",
    "encoding": "utf-8",
    "header": "人民日报 2026年5月8日 星期五 10 经济·区域",
    "layout": [("mix", I102_A, I102_B), ("art", I102_C)],
    "spaced": [
        ("4.6亿元", "4. 6 亿元"),
        ("祁连风能装备有限公司", "祁连风能 装备有限公司"),
        ("9800万元", "9800 万元"),
        ("和林格尔智算中心一期工程", "和林格尔 智算中心一期工程"),
        ("国家税务总局甘肃省税务局", "国家税务总局甘肃 省税务局"),
    ],
    "entities": [
        ent("pl_gansu", "Place", "甘肃省", ["甘肃"], level="province"),
        ent("pl_lanzhou", "Place", "兰州", [], level="city"),
        ent("pl_jiuquan", "Place", "酒泉市", ["酒泉"], level="city"),
        ent("pl_jinchang", "Place", "金昌市", [], level="city"),
        ent("pl_wuwei", "Place", "武威市", [], level="city"),
        ent("pl_guazhou", "Place", "瓜州县", ["瓜州"], level="county"),
        ent("pl_nmg", "Place", "内蒙古自治区", ["内蒙古"], level="province"),
        ent("pl_hohhot", "Place", "呼和浩特市", ["呼和浩特"], level="city"),
        ent("pl_helinger", "Place", "和林格尔", [], level="county"),
        ent("pl_chifeng", "Place", "赤峰市", ["赤峰"], level="city"),
        ent("pl_singapore", "Place", "新加坡", [], opt=True, level="country"),
        ent("pk_jqjk", "Park", "酒泉经济技术开发区", ["酒泉经开区"]),
        ent("pk_lzxq", "Park", "兰州新区", []),
        ent("pk_jcjk", "Park", "金昌经济技术开发区", []),
        ent("pk_lz_xny", "Park", "新能源材料产业园", ["兰州新区新能源材料产业园"], opt=True),
        ent("pk_hlge", "Park", "和林格尔新区", ["新区"]),
        ent("pk_cfgx", "Park", "赤峰高新技术产业开发区", ["赤峰高新区"]),
        ent("pk_ybs", "Park", "元宝山产业园", []),
        ent("pk_hhjk", "Park", "呼和浩特经济技术开发区", []),
        ent("ag_gs_gxt", "Agency", "甘肃省工业和信息化厅", []),
        ent("ag_gs_czt", "Agency", "甘肃省财政厅", []),
        ent("ag_gs_sw", "Agency", "国家税务总局甘肃省税务局", []),
        ent("ag_lzxq_gwh", "Agency", "兰州新区管委会", []),
        ent("ag_hh_gxj", "Agency", "呼和浩特市工业和信息化局", []),
        ent("ag_jq_gov", "Agency", "酒泉市人民政府", []),
        ent("ag_cf_gov", "Agency", "赤峰市人民政府", []),
        ent("ag_cfgx_gwh", "Agency", "赤峰高新区管委会", []),
        ent("co_jintai", "Company", "赤峰金泰铜箔有限公司", ["金泰铜箔"]),
        ent("pj_tongbo", "Project", "年产2万吨电解铜箔项目", []),
        ent("po_gs_xny", "Policy", "甘肃省支持开发区发展新能源装备制造产业若干措施", []),
        ent("co_qilian", "Company", "祁连风能装备有限公司", ["祁连风能"]),
        ent("co_xiliang", "Company", "西凉储能科技有限公司", ["西凉储能"]),
        ent("co_beijiang", "Company", "北疆云计算有限公司", ["北疆云"]),
        ent("co_xingyuan", "Company", "星原数据集团", ["星原数据"]),
        ent("co_yungu", "Company", "内蒙古云谷智算科技有限公司", ["云谷智算"]),
        ent("co_tianqiong", "Company", "天穹信息", []),
        ent("co_maitian", "Company", "麦田算力", []),
        ent("co_hongshan", "Company", "内蒙古红山有色金属集团有限公司", ["红山有色"]),
        ent("co_zcgy", "Company", "中材寰宇新能源集团", []),
        ent("co_niedu", "Company", "甘肃镍都新材料有限公司", []),
        ent("co_mengyuan", "Company", "蒙元牧业集团", ["蒙元牧业"]),
        ent("pj_yepian", "Project", "年产800套大型风电叶片生产线", []),
        ent("pj_chuneng", "Project", "10GWh储能电池生产基地", []),
        ent("pj_zs1", "Project", "和林格尔智算中心一期工程", []),
        ent("pj_zs2", "Project", "和林格尔智算中心二期工程", []),
        ent("pj_yanqi", "Project", "烟气制酸系统节能改造", []),
        ent("pj_guazhou", "Project", "瓜州风光氢储一体化示范项目", []),
        ent("pj_qianquti", "Project", "年产3万吨三元前驱体二期项目", []),
        ent("pj_naiye", "Project", "年产30万吨液态奶生产基地", []),
    ],
    "triples": [
        tri("po_gs_xny", "issuedBy", "ag_gs_gxt",
            "甘肃省工业和信息化厅、甘肃省财政厅、国家税务总局甘肃省税务局近日联合印发《甘肃省支持开发区发展新能源装备制造产业若干措施》"),
        tri("po_gs_xny", "issuedBy", "ag_gs_czt",
            "甘肃省工业和信息化厅、甘肃省财政厅、国家税务总局甘肃省税务局近日联合印发《甘肃省支持开发区发展新能源装备制造产业若干措施》"),
        tri("po_gs_xny", "issuedBy", "ag_gs_sw",
            "甘肃省工业和信息化厅、甘肃省财政厅、国家税务总局甘肃省税务局近日联合印发《甘肃省支持开发区发展新能源装备制造产业若干措施》"),
        tri("pl_jiuquan", "partOf", "pl_gansu", "鼓励酒泉市、金昌市、武威市等地依托现有园区打造新能源装备产业集群", opt=True),
        tri("pl_jinchang", "partOf", "pl_gansu", "鼓励酒泉市、金昌市、武威市等地依托现有园区打造新能源装备产业集群", opt=True),
        tri("pl_wuwei", "partOf", "pl_gansu", "鼓励酒泉市、金昌市、武威市等地依托现有园区打造新能源装备产业集群", opt=True),
        tri("pl_lanzhou", "partOf", "pl_gansu", "本报兰州5月7日电记者从甘肃省工业和信息化厅获悉", opt=True),
        tri("pk_jqjk", "locatedIn", "pl_jiuquan", "在酒泉经济技术开发区，祁连风能装备有限公司"),
        tri("co_qilian", "locatedIn", "pk_jqjk", "在酒泉经济技术开发区，祁连风能装备有限公司投资4.6亿元建设的"),
        tri("co_qilian", "investsIn", "pj_yepian", "祁连风能装备有限公司投资4.6亿元建设的年产800套大型风电叶片生产线",
            amt=460000000),
        tri("pj_yepian", "locatedIn", "pk_jqjk", "在酒泉经济技术开发区，祁连风能装备有限公司投资4.6亿元建设的年产800套大型风电叶片生产线"),
        tri("pk_jqjk", "designatedAs", "甘肃省首批先进制造业集群培育园区",
            "酒泉经开区目前已集聚风光储装备制造企业42家，去年新能源装备产值突破200亿元，今年初被认定为甘肃省首批先进制造业集群培育园区"),
        tri("pk_lzxq", "locatedIn", "pl_lanzhou", "在兰州，兰州新区管委会日前与西凉储能科技有限公司签署投资协议"),
        tri("ag_lzxq_gwh", "signsWith", "co_xiliang", "兰州新区管委会日前与西凉储能科技有限公司签署投资协议"),
        tri("pk_lzxq", "signsWith", "co_xiliang", "兰州新区管委会日前与西凉储能科技有限公司签署投资协议", opt=True),
        tri("co_xiliang", "investsIn", "pj_chuneng",
            "西凉储能将在兰州新区新能源材料产业园建设10GWh储能电池生产基地，项目总投资35亿元", amt=3500000000),
        tri("pj_chuneng", "locatedIn", "pk_lzxq", "西凉储能将在兰州新区新能源材料产业园建设10GWh储能电池生产基地"),
        tri("pj_chuneng", "locatedIn", "pk_lz_xny", "在兰州新区新能源材料产业园建设10GWh储能电池生产基地", opt=True),
        tri("pk_lz_xny", "locatedIn", "pk_lzxq", "在兰州新区新能源材料产业园建设", opt=True),
        tri("co_xiliang", "locatedIn", "pk_lzxq", "西凉储能将在兰州新区新能源材料产业园建设", opt=True),
        tri("pk_jcjk", "locatedIn", "pl_jinchang", "在金昌经济技术开发区，甘肃镍都新材料有限公司"),
        tri("co_niedu", "locatedIn", "pk_jcjk", "在金昌经济技术开发区，甘肃镍都新材料有限公司"),
        tri("co_niedu", "investsIn", "pj_qianquti", "甘肃镍都新材料有限公司年产3万吨三元前驱体二期项目正在加紧建设，项目总投资18亿元",
            amt=1800000000),
        tri("pj_qianquti", "locatedIn", "pk_jcjk", "在金昌经济技术开发区，甘肃镍都新材料有限公司年产3万吨三元前驱体二期项目"),
        # B
        tri("pk_hlge", "locatedIn", "pl_helinger", "五月的和林格尔，草色初青。驱车驶入和林格尔新区"),
        tri("pl_helinger", "partOf", "pl_hohhot", "呼和浩特市工业和信息化局相关负责人表示，下一步将推动“算力+绿电”融合，让新区的风电", opt=True),
        tri("pl_hohhot", "partOf", "pl_nmg", "成为内蒙古自治区首个获此称号的国家级经开区", opt=True),
        tri("pl_chifeng", "partOf", "pl_nmg", "在距离呼和浩特400多公里的赤峰市", opt=True),
        tri("co_beijiang", "locatedIn", "pk_hlge", "北疆云是最早落户和林格尔新区的数据中心企业之一"),
        tri("co_yungu", "locatedIn", "pk_hlge", "由云谷智算投资建设的和林格尔智算中心一期工程", opt=True),
        tri("co_beijiang", "investsIn", "pj_zs1", "该公司与新加坡星原数据集团合资成立内蒙古云谷智算科技有限公司", opt=True,
            note="parent of the joint venture"),
        tri("co_xingyuan", "investsIn", "pj_zs1", "该公司与新加坡星原数据集团合资成立内蒙古云谷智算科技有限公司", opt=True,
            note="parent of the joint venture"),
        tri("co_xingyuan", "locatedIn", "pl_singapore", "新加坡星原数据集团", opt=True),
        tri("co_yungu", "investsIn", "pj_zs1", "由云谷智算投资建设的和林格尔智算中心一期工程去年底投入运营，总投资27亿元",
            amt=2700000000),
        tri("co_yungu", "investsIn", "pj_zs2", "和林格尔智算中心二期工程于今年3月开工，计划投资41亿元", amt=4100000000,
            note="investor carried over from the previous sentence"),
        tri("pj_zs1", "locatedIn", "pk_hlge", "由云谷智算投资建设的和林格尔智算中心一期工程"),
        tri("pj_zs2", "locatedIn", "pk_hlge", "和林格尔智算中心二期工程于今年3月开工"),
        tri("co_xingyuan", "locatedIn", "pk_hlge", "先后引进北疆云、星原数据、天穹信息、麦田算力等一批算力企业"),
        tri("co_tianqiong", "locatedIn", "pk_hlge", "先后引进北疆云、星原数据、天穹信息、麦田算力等一批算力企业"),
        tri("co_maitian", "locatedIn", "pk_hlge", "先后引进北疆云、星原数据、天穹信息、麦田算力等一批算力企业"),
        tri("pk_hlge", "designatedAs", "国家新型工业化产业示范基地（数据中心）",
            "等一批算力企业，并获评“国家新型工业化产业示范基地（数据中心）”"),
        tri("pk_cfgx", "locatedIn", "pl_chifeng", "在距离呼和浩特400多公里的赤峰市，另一场转型也在进行。赤峰高新技术产业开发区"),
        tri("pk_ybs", "locatedIn", "pk_cfgx", "赤峰高新技术产业开发区元宝山产业园内"),
        tri("co_hongshan", "locatedIn", "pk_ybs", "元宝山产业园内，内蒙古红山有色金属集团有限公司的冶炼厂区"),
        tri("co_hongshan", "investsIn", "pj_yanqi",
            "内蒙古红山有色金属集团有限公司的冶炼厂区正在实施烟气制酸系统节能改造。这项改造投资9800万元", amt=98000000),
        tri("pj_yanqi", "locatedIn", "pk_ybs", "元宝山产业园内，内蒙古红山有色金属集团有限公司的冶炼厂区正在实施烟气制酸系统节能改造"),
        tri("co_jintai", "investsIn", "pj_tongbo", "该项目由赤峰金泰铜箔有限公司投资12亿元建设", amt=1200000000),
        tri("pj_tongbo", "locatedIn", "pk_cfgx", "赤峰高新区管委会介绍，园区正在推进的还有年产2万吨电解铜箔项目"),
        tri("co_jintai", "locatedIn", "pk_cfgx", "赤峰高新区管委会介绍，园区正在推进的还有年产2万吨电解铜箔项目，该项目由赤峰金泰铜箔有限公司投资", opt=True),
        tri("co_jintai", "locatedIn", "pl_chifeng", "赤峰金泰铜箔有限公司", opt=True),
        # C
        tri("pk_hhjk", "locatedIn", "pl_hohhot", "呼和浩特经济技术开发区入选2025年度国家级绿色工业园区名单"),
        tri("pk_hhjk", "designatedAs", "国家级绿色工业园区", "呼和浩特经济技术开发区入选2025年度国家级绿色工业园区名单"),
        tri("ag_jq_gov", "signsWith", "co_zcgy", "酒泉市人民政府与中材寰宇新能源集团签约"),
        tri("co_zcgy", "investsIn", "pj_guazhou", "中材寰宇新能源集团签约，总投资60亿元的瓜州风光氢储一体化示范项目落户瓜州县",
            amt=6000000000),
        tri("pj_guazhou", "locatedIn", "pl_guazhou", "瓜州风光氢储一体化示范项目落户瓜州县"),
        tri("pl_guazhou", "partOf", "pl_jiuquan", "酒泉市人民政府与中材寰宇新能源集团签约，总投资60亿元的瓜州风光氢储一体化示范项目落户瓜州县",
            opt=True),
        tri("ag_cf_gov", "signsWith", "co_mengyuan", "赤峰市人民政府与蒙元牧业集团签署战略合作协议"),
        tri("co_mengyuan", "investsIn", "pj_naiye", "蒙元牧业将在赤峰高新区建设年产30万吨液态奶生产基地，总投资15亿元",
            amt=1500000000),
        tri("pj_naiye", "locatedIn", "pk_cfgx", "蒙元牧业将在赤峰高新区建设年产30万吨液态奶生产基地"),
        tri("co_mengyuan", "locatedIn", "pk_cfgx", "蒙元牧业将在赤峰高新区建设年产30万吨液态奶生产基地", opt=True),
    ],
}

# ---------------------------------------------------------------------------
# Page i103: 江西 (九江, 上饶) + 广西 (贵港, 桂林); written as GB18030
# ---------------------------------------------------------------------------

I103_A = {
    "title": ["前4个月江西开发区营收同比增长7.6%"],
    "byline": "本报记者 熊文斌",
    "paras": paras("""
本报讯 江西省商务厅日前发布数据：今年1至4月，全省开发区实现营业收入1.42万亿元，同比增长7.6%；规模以上工业增加值同比增长8.1%，高于全省平均水平0.9个百分点；实际使用外资4.3亿美元，占全省的七成以上。

从外贸看，全省开发区实现进出口总额1360亿元，同比增长5.4%。其中，九江综合保税区进出口额同比增长18.7%，增速居全省海关特殊监管区域首位。

分区域看，赣北地区开发区增势明显。九江经济技术开发区营业收入同比增长11.2%，其中电子信息产业增长23.5%；上饶经济技术开发区营业收入同比增长9.8%，光伏和汽车两大主导产业合计贡献了园区增量的六成以上。位于九江市湖口县的湖口高新技术产业园区，钢铁和化工新材料产业稳中有升，前4个月完成工业投资48.6亿元。

项目投资保持较快增长。1至4月，全省开发区新开工亿元以上工业项目412个。在九江经开区，江西庐峰电子材料股份有限公司年产5万吨高端锂电铜箔项目一期已建成投产，该项目总投资32亿元；上饶经开区的“汽车城”内，由浙江钱塘汽车部件集团有限公司投资15亿元建设的新能源汽车热管理系统生产基地于3月动工。

从企业看，全省开发区内高新技术企业达到8600家，占全省总数的七成。上饶经开区新引进的鄱湖光伏科技有限公司N型电池片项目已开始试生产；九江经开区则与深圳卓远微电子有限公司签约，后者将投资12.5亿元建设半导体封装测试基地。

为推动开发区提质增效，江西省人民政府办公厅今年3月印发《江西省开发区改革和创新发展三年行动方案（2026—2028年）》，提出到2028年全省开发区营业收入突破5万亿元，培育千亿级园区10个以上。省商务厅有关负责人表示，将对照方案要求，对综合排名靠后的开发区实行“黄牌警示”，对长期低效的予以整合或撤并。
"""),
}

I103_B = {
    "title": ["一辆电动车“跑”出一条产业链"],
    "byline": "本报记者 覃丽萍 通讯员 韦锋",
    "paras": paras("""
上午十点，贵港市港北区的贵港市产业园区内，骁驰电动车（广西）有限公司的总装车间一派繁忙：车架在悬挂链上缓缓移动，工人们依次装上电机、电池和仪表盘，平均每40秒就有一辆电动车下线。

“三年前我们从浙江台州把生产线搬过来，看中的就是这里靠近东盟市场，水运也方便。”公司生产总监潘立新告诉记者，骁驰去年产销电动车86万辆，其中三成出口越南、泰国等国家。

“过去是招一家企业，现在是招一条链。”贵港市产业园区管委会副主任黄志强说。园区专门设立电动车产业服务中心，为企业提供检测认证、出口报关、人才招聘等一站式服务，今年以来已帮助企业解决用工、物流等问题130多个。

贵港发展电动车产业起步于2019年。几年来，贵港市产业园区先后引进骁驰、速珑、云腾、欧蔓等整车企业，以及锂电池、电机、控制器等配套企业120多家，初步形成“整车+核心零部件+销售服务”的全产业链。2025年，全市电动车产量突破500万辆。

传统产业也在“焕新”。在广西贵港国家生态工业（制糖）示范园区，广西蔗源生物科技有限公司把甘蔗渣变成了可降解餐具。总投资2.8亿元的年产5万吨甘蔗渣环保餐具项目去年投产，产品远销欧美。“一根甘蔗，榨了糖，渣子还能再卖一次钱。”蔗源生物负责人笑着说。

产业越聚越多，项目越做越大。今年4月，贵港市人民政府与宁川动力电池股份有限公司签署投资合作协议，宁川动力将在港北区投资建设年产20GWh两轮车动力电池项目，总投资约58亿元。项目投产后，贵港本地电池配套率有望从现在的35%提高到70%以上。

在桂林，另一种“链式”合作正在展开。桂林经济技术开发区内，由桂林漓岚光学有限公司与日本森田光学株式会社合资建设的车载镜头工厂5月正式投产，总投资8.6亿元。漓岚光学相关负责人介绍，工厂达产后年产车载镜头1200万颗，产品将配套国内多家新能源车企。该项目去年被列入广西壮族自治区层面统筹推进重大项目。

广西壮族自治区工业和信息化厅数据显示，今年一季度，全区开发区工业总产值同比增长6.9%。
"""),
    "caption": "图为骁驰电动车（广西）有限公司总装车间。 覃丽萍摄",
}

I103_C = {
    "title": ["简讯"],
    "byline": "",
    "paras": paras("""
■ 5月28日，九江市人民政府与中船澜海重工集团有限公司签署合作协议，双方将在柴桑区共建船舶配套产业基地，首期投资6千万元。

■ 桂林经开区日前获评2025年度广西“五星级园区”。

■ 广西壮族自治区商务厅、自治区发展改革委近日联合印发《广西开发区整合优化工作方案》，提出通过“一区多园”等方式，将全区开发区整合至100家以内。
"""),
}

I103 = {
    "id": "i103",
    "encoding": "gb18030",
    "header": "2026年6月3日 星期三 第06版 开发区·观察",
    "layout": [("mix", I103_B, I103_A), ("art", I103_C)],
    "spaced": [
        ("48.6亿元", "48. 6亿元"),
        ("江西庐峰电子材料股份有限公司", "江西庐峰电子材料 股份有限公司"),
        ("宁川动力电池股份有限公司", "宁川动力电池股份有 限公司"),
        ("8.6亿元", "8.6 亿元"),
        ("营业收入", "营 业 收 入"),
    ],
    "entities": [
        ent("pl_jiangxi", "Place", "江西省", ["江西"], level="province"),
        ent("pl_jiujiang", "Place", "九江市", ["九江"], level="city"),
        ent("pl_hukou", "Place", "湖口县", [], level="county"),
        ent("pl_shangrao", "Place", "上饶", [], level="city"),
        ent("pl_chaisang", "Place", "柴桑区", [], level="district"),
        ent("pl_zhejiang", "Place", "浙江", [], level="province"),
        ent("pl_taizhou", "Place", "台州", [], level="city"),
        ent("pl_guangxi", "Place", "广西壮族自治区", ["广西"], level="province"),
        ent("pl_guigang", "Place", "贵港市", ["贵港"], level="city"),
        ent("pl_gangbei", "Place", "港北区", [], level="district"),
        ent("pl_guilin", "Place", "桂林", [], level="city"),
        ent("pl_vietnam", "Place", "越南", [], opt=True, level="country"),
        ent("pl_thailand", "Place", "泰国", [], opt=True, level="country"),
        ent("pl_japan", "Place", "日本", [], opt=True, level="country"),
        ent("pl_shenzhen", "Place", "深圳", [], opt=True, level="city",
            note="only inside the firm's legal name"),
        ent("pk_jjjk", "Park", "九江经济技术开发区", ["九江经开区"]),
        ent("pk_srjk", "Park", "上饶经济技术开发区", ["上饶经开区"]),
        ent("pk_srqcc", "Park", "汽车城", [], opt=True, note="quoted nickname of an area inside 上饶经开区"),
        ent("pk_hukou", "Park", "湖口高新技术产业园区", []),
        ent("pk_ggcy", "Park", "贵港市产业园区", []),
        ent("pk_jjzb", "Park", "九江综合保税区", []),
        ent("pk_ggst", "Park", "广西贵港国家生态工业（制糖）示范园区", []),
        ent("co_zheyuan", "Company", "广西蔗源生物科技有限公司", ["蔗源生物"]),
        ent("pj_canju", "Project", "年产5万吨甘蔗渣环保餐具项目", []),
        ent("pk_gljk", "Park", "桂林经济技术开发区", ["桂林经开区"]),
        ent("ag_jx_sw", "Agency", "江西省商务厅", ["省商务厅"]),
        ent("ag_jx_bgt", "Agency", "江西省人民政府办公厅", []),
        ent("ag_gg_gov", "Agency", "贵港市人民政府", []),
        ent("ag_gx_gxt", "Agency", "广西壮族自治区工业和信息化厅", []),
        ent("ag_jj_gov", "Agency", "九江市人民政府", []),
        ent("ag_ggcy_gwh", "Agency", "贵港市产业园区管委会", []),
        ent("ag_gx_sw", "Agency", "广西壮族自治区商务厅", []),
        ent("ag_gx_fgw", "Agency", "自治区发展改革委", []),
        ent("po_gx_zhenghe", "Policy", "广西开发区整合优化工作方案", []),
        ent("po_yiqu", "Policy", "一区多园", [], opt=True),
        ent("po_jx_kfq", "Policy", "江西省开发区改革和创新发展三年行动方案（2026—2028年）", []),
        ent("po_huangpai", "Policy", "黄牌警示", [], opt=True),
        ent("co_lufeng", "Company", "江西庐峰电子材料股份有限公司", []),
        ent("co_qiantang", "Company", "浙江钱塘汽车部件集团有限公司", []),
        ent("co_xiaochi", "Company", "骁驰电动车（广西）有限公司", ["骁驰"]),
        ent("co_sulong", "Company", "速珑", []),
        ent("co_yunteng", "Company", "云腾", []),
        ent("co_ouman", "Company", "欧蔓", []),
        ent("co_ningchuan", "Company", "宁川动力电池股份有限公司", ["宁川动力"]),
        ent("co_lilan", "Company", "桂林漓岚光学有限公司", ["漓岚光学"]),
        ent("co_morita", "Company", "日本森田光学株式会社", ["森田光学株式会社"]),
        ent("co_zclh", "Company", "中船澜海重工集团有限公司", []),
        ent("co_pohu", "Company", "鄱湖光伏科技有限公司", []),
        ent("co_zhuoyuan", "Company", "深圳卓远微电子有限公司", []),
        ent("pj_ndianchi", "Project", "N型电池片项目", []),
        ent("pj_fengce", "Project", "半导体封装测试基地", []),
        ent("pj_fuwu", "Project", "电动车产业服务中心", [], opt=True, note="a service facility set up by the zone"),
        ent("pj_tongbo", "Project", "年产5万吨高端锂电铜箔项目", ["年产5万吨高端锂电铜箔项目一期"]),
        ent("pj_reguanli", "Project", "新能源汽车热管理系统生产基地", []),
        ent("pj_dongli", "Project", "年产20GWh两轮车动力电池项目", []),
        ent("pj_jingtou", "Project", "车载镜头工厂", []),
        ent("pj_chuanbo", "Project", "船舶配套产业基地", []),
    ],
    "triples": [
        tri("pk_jjjk", "locatedIn", "pl_jiujiang", "九江经济技术开发区营业收入同比增长11.2%"),
        tri("pk_srjk", "locatedIn", "pl_shangrao", "上饶经济技术开发区营业收入同比增长9.8%"),
        tri("pk_srqcc", "locatedIn", "pk_srjk", "上饶经开区的“汽车城”内", opt=True),
        tri("pl_hukou", "partOf", "pl_jiujiang", "位于九江市湖口县的湖口高新技术产业园区"),
        tri("pk_jjzb", "locatedIn", "pl_jiujiang", "九江综合保税区进出口额同比增长18.7%"),
        tri("pk_ggst", "locatedIn", "pl_guigang", "在广西贵港国家生态工业（制糖）示范园区，广西蔗源生物科技有限公司"),
        tri("co_zheyuan", "locatedIn", "pk_ggst", "在广西贵港国家生态工业（制糖）示范园区，广西蔗源生物科技有限公司把甘蔗渣变成了可降解餐具"),
        tri("co_zheyuan", "investsIn", "pj_canju", "总投资2.8亿元的年产5万吨甘蔗渣环保餐具项目去年投产", amt=280000000,
            note="investor is the firm of the previous sentence"),
        tri("pj_canju", "locatedIn", "pk_ggst", "总投资2.8亿元的年产5万吨甘蔗渣环保餐具项目去年投产"),
        tri("pk_hukou", "locatedIn", "pl_hukou", "位于九江市湖口县的湖口高新技术产业园区"),
        tri("pl_jiujiang", "partOf", "pl_jiangxi", "分区域看，赣北地区开发区增势明显。九江经济技术开发区", opt=True),
        tri("pl_shangrao", "partOf", "pl_jiangxi", "赣北地区开发区增势明显", opt=True),
        tri("co_lufeng", "locatedIn", "pk_jjjk", "在九江经开区，江西庐峰电子材料股份有限公司年产5万吨高端锂电铜箔项目"),
        tri("co_lufeng", "investsIn", "pj_tongbo", "江西庐峰电子材料股份有限公司年产5万吨高端锂电铜箔项目一期已建成投产，该项目总投资32亿元",
            amt=3200000000),
        tri("pj_tongbo", "locatedIn", "pk_jjjk", "在九江经开区，江西庐峰电子材料股份有限公司年产5万吨高端锂电铜箔项目"),
        tri("co_qiantang", "investsIn", "pj_reguanli", "由浙江钱塘汽车部件集团有限公司投资15亿元建设的新能源汽车热管理系统生产基地",
            amt=1500000000),
        tri("pj_reguanli", "locatedIn", "pk_srjk", "上饶经开区的“汽车城”内，由浙江钱塘汽车部件集团有限公司投资15亿元建设的新能源汽车热管理系统生产基地"),
        tri("pj_reguanli", "locatedIn", "pk_srqcc", "上饶经开区的“汽车城”内", opt=True),
        tri("co_qiantang", "locatedIn", "pl_zhejiang", "浙江钱塘汽车部件集团有限公司", opt=True),
        tri("po_jx_kfq", "issuedBy", "ag_jx_bgt", "江西省人民政府办公厅今年3月印发《江西省开发区改革和创新发展三年行动方案（2026—2028年）》"),
        tri("po_huangpai", "issuedBy", "ag_jx_sw", "省商务厅有关负责人表示，将对照方案要求，对综合排名靠后的开发区实行“黄牌警示”", opt=True),
        tri("co_pohu", "locatedIn", "pk_srjk", "上饶经开区新引进的鄱湖光伏科技有限公司N型电池片项目已开始试生产"),
        tri("co_pohu", "investsIn", "pj_ndianchi", "鄱湖光伏科技有限公司N型电池片项目已开始试生产"),
        tri("pj_ndianchi", "locatedIn", "pk_srjk", "上饶经开区新引进的鄱湖光伏科技有限公司N型电池片项目"),
        tri("pk_jjjk", "signsWith", "co_zhuoyuan", "九江经开区则与深圳卓远微电子有限公司签约"),
        tri("co_zhuoyuan", "investsIn", "pj_fengce", "后者将投资12.5亿元建设半导体封装测试基地", amt=1250000000),
        tri("pj_fengce", "locatedIn", "pk_jjjk", "九江经开区则与深圳卓远微电子有限公司签约，后者将投资12.5亿元建设半导体封装测试基地"),
        tri("co_zhuoyuan", "locatedIn", "pl_shenzhen", "深圳卓远微电子有限公司", opt=True),
        # B
        tri("pl_gangbei", "partOf", "pl_guigang", "贵港市港北区的贵港市产业园区内"),
        tri("pk_ggcy", "locatedIn", "pl_gangbei", "贵港市港北区的贵港市产业园区内"),
        tri("co_xiaochi", "locatedIn", "pk_ggcy", "贵港市产业园区内，骁驰电动车（广西）有限公司的总装车间一派繁忙"),
        tri("pl_taizhou", "partOf", "pl_zhejiang", "三年前我们从浙江台州把生产线搬过来"),
        tri("co_xiaochi", "locatedIn", "pl_taizhou", "三年前我们从浙江台州把生产线搬过来", opt=True,
            note="former location of the firm's production"),
        tri("co_sulong", "locatedIn", "pk_ggcy", "贵港市产业园区先后引进骁驰、速珑、云腾、欧蔓等整车企业"),
        tri("co_yunteng", "locatedIn", "pk_ggcy", "贵港市产业园区先后引进骁驰、速珑、云腾、欧蔓等整车企业"),
        tri("co_ouman", "locatedIn", "pk_ggcy", "贵港市产业园区先后引进骁驰、速珑、云腾、欧蔓等整车企业"),
        tri("ag_gg_gov", "signsWith", "co_ningchuan", "贵港市人民政府与宁川动力电池股份有限公司签署投资合作协议"),
        tri("co_ningchuan", "investsIn", "pj_dongli", "宁川动力将在港北区投资建设年产20GWh两轮车动力电池项目，总投资约58亿元",
            amt=5800000000),
        tri("pj_dongli", "locatedIn", "pl_gangbei", "宁川动力将在港北区投资建设年产20GWh两轮车动力电池项目"),
        tri("pl_guigang", "partOf", "pl_guangxi", "骁驰电动车（广西）有限公司", opt=True),
        tri("pk_gljk", "locatedIn", "pl_guilin", "在桂林，另一种“链式”合作正在展开。桂林经济技术开发区内"),
        tri("pl_guilin", "partOf", "pl_guangxi", "该项目去年被列入广西壮族自治区层面统筹推进重大项目", opt=True),
        tri("co_lilan", "investsIn", "pj_jingtou", "由桂林漓岚光学有限公司与日本森田光学株式会社合资建设的车载镜头工厂5月正式投产，总投资8.6亿元",
            amt=860000000, note="joint venture; the total is the whole plant"),
        tri("co_morita", "investsIn", "pj_jingtou", "由桂林漓岚光学有限公司与日本森田光学株式会社合资建设的车载镜头工厂5月正式投产，总投资8.6亿元",
            amt=860000000, note="joint venture; the total is the whole plant"),
        tri("pj_jingtou", "locatedIn", "pk_gljk", "桂林经济技术开发区内，由桂林漓岚光学有限公司与日本森田光学株式会社合资建设的车载镜头工厂"),
        tri("co_lilan", "locatedIn", "pk_gljk", "桂林经济技术开发区内，由桂林漓岚光学有限公司", opt=True),
        tri("co_morita", "locatedIn", "pl_japan", "日本森田光学株式会社", opt=True),
        tri("pj_jingtou", "designatedAs", "广西壮族自治区层面统筹推进重大项目", "该项目去年被列入广西壮族自治区层面统筹推进重大项目",
            opt=True, note="subject is a Project, outside the Park/Company schema"),
        # C
        tri("ag_jj_gov", "signsWith", "co_zclh", "九江市人民政府与中船澜海重工集团有限公司签署合作协议"),
        tri("co_zclh", "investsIn", "pj_chuanbo", "双方将在柴桑区共建船舶配套产业基地，首期投资6千万元", amt=60000000),
        tri("pj_chuanbo", "locatedIn", "pl_chaisang", "双方将在柴桑区共建船舶配套产业基地"),
        tri("pl_chaisang", "partOf", "pl_jiujiang", "九江市人民政府与中船澜海重工集团有限公司签署合作协议，双方将在柴桑区共建", opt=True),
        tri("pk_gljk", "designatedAs", "广西“五星级园区”", "桂林经开区日前获评2025年度广西“五星级园区”"),
        tri("pj_fuwu", "locatedIn", "pk_ggcy", "园区专门设立电动车产业服务中心", opt=True),
        tri("po_gx_zhenghe", "issuedBy", "ag_gx_sw", "广西壮族自治区商务厅、自治区发展改革委近日联合印发《广西开发区整合优化工作方案》"),
        tri("po_gx_zhenghe", "issuedBy", "ag_gx_fgw", "广西壮族自治区商务厅、自治区发展改革委近日联合印发《广西开发区整合优化工作方案》"),
    ],
}

# ---------------------------------------------------------------------------
# Page i104: 浙江 (台州, 温州)
# ---------------------------------------------------------------------------

I104_A = {
    "title": ["台州湾新区：", "汽车零部件集群“加速跑”"],
    "byline": "记者 陈可嘉 通讯员 林琳",
    "headline_end": True,
    "paras": paras("""
台州湾畔，海风裹着咸味吹进厂房。在台州湾新区的浙江东岙汽车零部件股份有限公司，一台台机械臂正以毫米级精度焊接新能源汽车底盘件，整条产线只有6名工人值守。

“前年我们还在为订单发愁，现在是订单追着产能跑。”东岙股份董事长郑海峰说。去年，该企业投资6.8亿元实施的轻量化底盘智能工厂改造完成，产能提升近一倍，全年营收首次突破40亿元。今年初，东岙股份被认定为浙江省“未来工厂”。

东岙的成长，是台州湾新区汽车产业集群壮大的一个缩影。2023年以来，新区围绕整车企业上下游精准招商，引进海翼控股集团、锐驰科技、博瀚电驱等一批企业，汽车及零部件企业总数超过300家。其中，海翼控股集团投资的年产30万套一体化压铸件项目总投资22亿元，目前主体厂房已封顶。

配套企业也在加速集聚。博瀚电驱去年在新区落户的电驱动总成生产基地已经投产，今年又追加投资3亿元，启动电驱动总成生产基地二期工程，产品主要供应长三角多家新能源整车企业。锐驰科技则与台州学院共建汽车电子联合实验室，专攻智能座舱控制器的国产化。

午后，博瀚电驱的测试车间里，一台电机正在做高速耐久试验，转速表上的数字稳稳停在每分钟18000转。“这个指标两年前我们还做不到。”测试工程师小吴说，现在一台电驱总成从下线到完成全部检测只需要20分钟。

“企业愿意来、留得住，靠的是服务。”台州湾新区管委会负责人说。新区推行“企业吹哨、部门报到”机制，对重大项目实行“一事一议”，项目从拿地到开工平均只需45天。

新区还把目光投向海外。今年5月，台州湾新区管委会与意大利马泰利汽车系统公司签署合作备忘录，双方将在新区共建汽车热管理系统研发中心，马泰利方面计划首期投入研发设备资金2000万欧元以上。

据统计，今年上半年，台州湾新区规上工业增加值同比增长12.4%，高出台州市平均水平3.6个百分点。
"""),
    "caption": "图为浙江东岙汽车零部件股份有限公司智能焊装车间。 记者 陈可嘉摄",
}

I104_B = {
    "title": ["温州三部门发文", "推动小微企业园提质扩容"],
    "byline": "记者 叶舟",
    "paras": paras("""
本报讯 温州市人民政府办公室、温州市经济和信息化局、温州市自然资源和规划局日前联合发布《温州市小微企业园提升发展实施意见》，明确到2028年全市建成小微企业园300个以上，园区亩均税收提高20%。

意见提出，对入园企业实施“租金减免+技改补助”组合政策，支持温州经济技术开发区、浙南产业集聚区、温州综合保税区等平台建设标准厂房。瑞安市的塘下汽摩配专业镇也被列为首批改造提升试点。

在浙南产业集聚区，由温州本地企业瓯越电气集团与瑞典贝格伦集团合资成立的瓯贝智能电气有限公司，正在建设年产200万台智能断路器项目。这座工厂由瓯贝智能投资4.5亿元建设，全部采用模块化标准厂房。“标准厂房拎包入住，我们签约半年就开始装设备了。”瓯贝智能总经理陈思远说。

浙南产业集聚区今年计划新开工亿元以上项目40个。其中，浙江凯琳新材料股份有限公司投资的年产8万吨高性能尼龙切片项目已完成土地摘牌，总投资16亿元。凯琳新材相关负责人表示，项目建成后将填补温州在高端尼龙材料领域的空白。

塘下是全国有名的汽摩配生产基地，2000多家企业生产着上万种零部件。在塘下汽摩配专业镇，作为国家高新技术企业的瑞安华屹汽车电子有限公司去年投资5800万元实施数字化车间改造，人均产值提高了40%。“过去的老厂房层高不够、承重不行，装不了自动化设备。”华屹电子负责人说，改造提升后的小微企业园解决了他们的难题。

温州市经济和信息化局相关负责人介绍，截至目前，全市已建成小微企业园268个，入驻企业超过1.2万家。

温州经济技术开发区也在加快“腾笼换鸟”。温州经开区管委会介绍，今年将盘活低效工业用地1200亩，新建小微企业园5个，其中由温州海棠实业集团有限公司投资建设的滨海智造小微企业园项目总投资9.6亿元，建成后可容纳企业150家。
"""),
}

I104_C = {
    "title": ["园区快讯"],
    "byline": "",
    "paras": paras("""
■ 6月30日，台州市黄岩区人民政府与德邑新材料科技（台州）有限公司签约，总投资12亿元的高性能改性塑料产业化项目落户黄岩经济开发区。

■ 台州市人民政府日前出台《台州市制造业高质量发展若干政策》，对首次入选国家级专精特新“小巨人”的企业给予100万元奖励，对新认定的省级“未来工厂”给予最高300万元奖励。

■ 近日，浙江省生态环境厅公布首批“无废园区”建设名单，温州经济技术开发区、台州湾新区等7家园区入选。

■ 7月3日，温州经济技术开发区与宁波捷迈机器人有限公司签约，总投资3.2亿元的工业机器人精密减速器项目将于年内开工。

■ 记者从温州综合保税区获悉，上半年该区实现进出口总额86.4亿元，同比增长15.2%。
"""),
}

I104 = {
    "id": "i104",
    "encoding": "utf-8",
    "header": "浙江日报 2026年7月9日 星期四 第5版 园区经济",
    "layout": [("art", I104_A), ("art", I104_B), ("art", I104_C)],
    "spaced": [
        ("6.8亿元", "6. 8亿元"),
        ("浙江东岙汽车零部件股份有限公司", "浙江东岙汽车零部件 股份有限公司"),
        ("标准厂房", "标 准 厂 房"),
        ("4.5亿元", "4.5 亿元"),
        ("年产30万套一体化压铸件项目", "年产30万套一体化 压铸件项目"),
    ],
    "entities": [
        ent("pl_zhejiang", "Place", "浙江省", ["浙江"], level="province"),
        ent("pl_taizhou", "Place", "台州市", [], level="city"),
        ent("pl_huangyan", "Place", "黄岩区", [], level="district"),
        ent("pl_wenzhou", "Place", "温州市", ["温州"], level="city"),
        ent("pl_ruian", "Place", "瑞安市", [], level="county"),
        ent("pl_sweden", "Place", "瑞典", [], opt=True, level="country"),
        ent("pk_tzwxq", "Park", "台州湾新区", ["新区"]),
        ent("pk_wzjk", "Park", "温州经济技术开发区", ["温州经开区"]),
        ent("pk_zhennan", "Park", "浙南产业集聚区", []),
        ent("pk_wzzb", "Park", "温州综合保税区", []),
        ent("pk_tangxia", "Park", "塘下汽摩配专业镇", []),
        ent("pk_huangyan", "Park", "黄岩经济开发区", []),
        ent("ag_tzwxq_gwh", "Agency", "台州湾新区管委会", []),
        ent("ag_wz_bgs", "Agency", "温州市人民政府办公室", []),
        ent("ag_wz_jxj", "Agency", "温州市经济和信息化局", []),
        ent("ag_wz_zrzy", "Agency", "温州市自然资源和规划局", []),
        ent("ag_hy_gov", "Agency", "台州市黄岩区人民政府", []),
        ent("ag_zj_sthj", "Agency", "浙江省生态环境厅", []),
        ent("po_wz_xwy", "Policy", "温州市小微企业园提升发展实施意见", ["意见"]),
        ent("po_weilai", "Policy", "未来工厂", [], opt=True, note="provincial title programme, quoted"),
        ent("po_chuishao", "Policy", "企业吹哨、部门报到", [], opt=True),
        ent("po_yishiyiyi", "Policy", "一事一议", [], opt=True),
        ent("po_wufei", "Policy", "无废园区", [], opt=True),
        ent("co_dongao", "Company", "浙江东岙汽车零部件股份有限公司", ["东岙股份", "东岙"]),
        ent("co_haiyi", "Company", "海翼控股集团", []),
        ent("co_ruichi", "Company", "锐驰科技", []),
        ent("co_bohan", "Company", "博瀚电驱", []),
        ent("co_ouyue", "Company", "瓯越电气集团", []),
        ent("co_bergren", "Company", "贝格伦集团", ["瑞典贝格伦集团"]),
        ent("co_oubei", "Company", "瓯贝智能电气有限公司", ["瓯贝智能"]),
        ent("co_deyi", "Company", "德邑新材料科技（台州）有限公司", []),
        ent("pl_italy", "Place", "意大利", [], opt=True, level="country"),
        ent("pl_ningbo", "Place", "宁波", [], opt=True, level="city", note="only inside the firm's legal name"),
        ent("ag_wzjk_gwh", "Agency", "温州经开区管委会", []),
        ent("co_mataili", "Company", "意大利马泰利汽车系统公司", ["马泰利汽车系统公司", "马泰利"]),
        ent("co_haitang", "Company", "温州海棠实业集团有限公司", []),
        ent("co_jiemai", "Company", "宁波捷迈机器人有限公司", []),
        ent("pj_rexitong", "Project", "汽车热管理系统研发中心", []),
        ent("pj_binhai", "Project", "滨海智造小微企业园项目", ["滨海智造小微企业园"],
            note="a small-firm park under construction, annotated as the project it is here"),
        ent("pj_jiansuqi", "Project", "工业机器人精密减速器项目", []),
        ent("co_kailin", "Company", "浙江凯琳新材料股份有限公司", ["凯琳新材"]),
        ent("pj_nilong", "Project", "年产8万吨高性能尼龙切片项目", []),
        ent("ag_tz_gov", "Agency", "台州市人民政府", []),
        ent("po_tz_zzy", "Policy", "台州市制造业高质量发展若干政策", []),
        ent("co_huayi", "Company", "瑞安华屹汽车电子有限公司", ["华屹电子"]),
        ent("co_tzxy", "Company", "台州学院", [], opt=True, note="university acting as a partner"),
        ent("pj_dianqu", "Project", "电驱动总成生产基地", []),
        ent("pj_dianqu2", "Project", "电驱动总成生产基地二期工程", []),
        ent("pj_shuzi", "Project", "数字化车间改造", []),
        ent("pj_shiyanshi", "Project", "汽车电子联合实验室", [], opt=True),
        ent("pj_dipan", "Project", "轻量化底盘智能工厂改造", []),
        ent("pj_yazhu", "Project", "年产30万套一体化压铸件项目", []),
        ent("pj_duanluqi", "Project", "年产200万台智能断路器项目", []),
        ent("pj_gaixing", "Project", "高性能改性塑料产业化项目", []),
    ],
    "triples": [
        tri("pk_tzwxq", "locatedIn", "pl_taizhou", "台州湾新区规上工业增加值同比增长12.4%，高出台州市平均水平"),
        tri("pl_taizhou", "partOf", "pl_zhejiang", "被认定为浙江省“未来工厂”", opt=True),
        tri("co_dongao", "locatedIn", "pk_tzwxq", "在台州湾新区的浙江东岙汽车零部件股份有限公司"),
        tri("co_dongao", "investsIn", "pj_dipan", "该企业投资6.8亿元实施的轻量化底盘智能工厂改造完成", amt=680000000),
        tri("pj_dipan", "locatedIn", "pk_tzwxq", "在台州湾新区的浙江东岙汽车零部件股份有限公司", opt=True,
            note="the renovation is at the firm's plant in the zone; stated only through the firm"),
        tri("co_dongao", "designatedAs", "浙江省“未来工厂”", "东岙股份被认定为浙江省“未来工厂”"),
        tri("co_haiyi", "locatedIn", "pk_tzwxq", "新区围绕整车企业上下游精准招商，引进海翼控股集团、锐驰科技、博瀚电驱等一批企业"),
        tri("co_ruichi", "locatedIn", "pk_tzwxq", "新区围绕整车企业上下游精准招商，引进海翼控股集团、锐驰科技、博瀚电驱等一批企业"),
        tri("co_bohan", "locatedIn", "pk_tzwxq", "新区围绕整车企业上下游精准招商，引进海翼控股集团、锐驰科技、博瀚电驱等一批企业"),
        tri("co_haiyi", "investsIn", "pj_yazhu", "海翼控股集团投资的年产30万套一体化压铸件项目总投资22亿元", amt=2200000000),
        tri("pj_yazhu", "locatedIn", "pk_tzwxq", "其中，海翼控股集团投资的年产30万套一体化压铸件项目总投资22亿元，目前主体厂房已封顶"),
        tri("co_bohan", "investsIn", "pj_dianqu", "博瀚电驱去年在新区落户的电驱动总成生产基地已经投产"),
        tri("pj_dianqu", "locatedIn", "pk_tzwxq", "博瀚电驱去年在新区落户的电驱动总成生产基地已经投产"),
        tri("co_bohan", "investsIn", "pj_dianqu2", "今年又追加投资3亿元，启动电驱动总成生产基地二期工程", amt=300000000),
        tri("pj_dianqu2", "locatedIn", "pk_tzwxq", "博瀚电驱去年在新区落户的电驱动总成生产基地已经投产，今年又追加投资3亿元，启动电驱动总成生产基地二期工程"),
        tri("ag_tzwxq_gwh", "signsWith", "co_mataili", "台州湾新区管委会与意大利马泰利汽车系统公司签署合作备忘录"),
        tri("co_mataili", "investsIn", "pj_rexitong", "双方将在新区共建汽车热管理系统研发中心，马泰利方面计划首期投入研发设备资金2000万欧元以上",
            note="amount in euro and only for equipment; amount_yuan left out"),
        tri("pj_rexitong", "locatedIn", "pk_tzwxq", "双方将在新区共建汽车热管理系统研发中心"),
        tri("co_mataili", "locatedIn", "pl_italy", "意大利马泰利汽车系统公司", opt=True),
        tri("co_ruichi", "investsIn", "pj_shiyanshi", "锐驰科技则与台州学院共建汽车电子联合实验室", opt=True),
        tri("co_tzxy", "investsIn", "pj_shiyanshi", "锐驰科技则与台州学院共建汽车电子联合实验室", opt=True),
        tri("po_chuishao", "issuedBy", "ag_tzwxq_gwh", "新区推行“企业吹哨、部门报到”机制", opt=True),
        # B
        tri("po_wz_xwy", "issuedBy", "ag_wz_bgs",
            "温州市人民政府办公室、温州市经济和信息化局、温州市自然资源和规划局日前联合发布《温州市小微企业园提升发展实施意见》"),
        tri("po_wz_xwy", "issuedBy", "ag_wz_jxj",
            "温州市人民政府办公室、温州市经济和信息化局、温州市自然资源和规划局日前联合发布《温州市小微企业园提升发展实施意见》"),
        tri("po_wz_xwy", "issuedBy", "ag_wz_zrzy",
            "温州市人民政府办公室、温州市经济和信息化局、温州市自然资源和规划局日前联合发布《温州市小微企业园提升发展实施意见》"),
        tri("pk_wzjk", "locatedIn", "pl_wenzhou", "支持温州经济技术开发区、浙南产业集聚区、温州综合保税区等平台建设标准厂房"),
        tri("pk_zhennan", "locatedIn", "pl_wenzhou", "支持温州经济技术开发区、浙南产业集聚区、温州综合保税区等平台建设标准厂房", opt=True),
        tri("pk_wzzb", "locatedIn", "pl_wenzhou", "支持温州经济技术开发区、浙南产业集聚区、温州综合保税区等平台建设标准厂房"),
        tri("pk_tangxia", "locatedIn", "pl_ruian", "瑞安市的塘下汽摩配专业镇也被列为首批改造提升试点"),
        tri("pk_tangxia", "designatedAs", "首批改造提升试点", "瑞安市的塘下汽摩配专业镇也被列为首批改造提升试点"),
        tri("pl_ruian", "partOf", "pl_wenzhou", "瑞安市的塘下汽摩配专业镇也被列为首批改造提升试点", opt=True),
        tri("co_ouyue", "locatedIn", "pl_wenzhou", "由温州本地企业瓯越电气集团", opt=True),
        tri("co_bergren", "locatedIn", "pl_sweden", "瑞典贝格伦集团", opt=True),
        tri("co_oubei", "locatedIn", "pk_zhennan", "在浙南产业集聚区，由温州本地企业瓯越电气集团与瑞典贝格伦集团合资成立的瓯贝智能电气有限公司"),
        tri("co_oubei", "investsIn", "pj_duanluqi", "这座工厂由瓯贝智能投资4.5亿元建设", amt=450000000),
        tri("pj_duanluqi", "locatedIn", "pk_zhennan", "在浙南产业集聚区，由温州本地企业瓯越电气集团与瑞典贝格伦集团合资成立的瓯贝智能电气有限公司，正在建设年产200万台智能断路器项目"),
        tri("co_ouyue", "investsIn", "pj_duanluqi", "瓯越电气集团与瑞典贝格伦集团合资成立的瓯贝智能电气有限公司，正在建设年产200万台智能断路器项目",
            opt=True, note="parent of the joint venture"),
        tri("co_bergren", "investsIn", "pj_duanluqi", "瓯越电气集团与瑞典贝格伦集团合资成立的瓯贝智能电气有限公司，正在建设年产200万台智能断路器项目",
            opt=True, note="parent of the joint venture"),
        tri("co_huayi", "locatedIn", "pk_tangxia", "在塘下汽摩配专业镇，作为国家高新技术企业的瑞安华屹汽车电子有限公司"),
        tri("co_huayi", "locatedIn", "pl_ruian", "瑞安华屹汽车电子有限公司", opt=True),
        tri("co_huayi", "designatedAs", "国家高新技术企业", "作为国家高新技术企业的瑞安华屹汽车电子有限公司"),
        tri("co_huayi", "investsIn", "pj_shuzi", "瑞安华屹汽车电子有限公司去年投资5800万元实施数字化车间改造", amt=58000000),
        tri("pj_shuzi", "locatedIn", "pk_tangxia", "在塘下汽摩配专业镇，作为国家高新技术企业的瑞安华屹汽车电子有限公司去年投资5800万元实施数字化车间改造"),
        tri("co_kailin", "investsIn", "pj_nilong", "浙江凯琳新材料股份有限公司投资的年产8万吨高性能尼龙切片项目已完成土地摘牌，总投资16亿元",
            amt=1600000000),
        tri("pj_nilong", "locatedIn", "pk_zhennan", "浙南产业集聚区今年计划新开工亿元以上项目40个。其中，浙江凯琳新材料股份有限公司投资的年产8万吨高性能尼龙切片项目"),
        tri("co_kailin", "locatedIn", "pk_zhennan", "浙南产业集聚区今年计划新开工亿元以上项目40个。其中，浙江凯琳新材料股份有限公司", opt=True),
        tri("co_haitang", "investsIn", "pj_binhai", "由温州海棠实业集团有限公司投资建设的滨海智造小微企业园项目总投资9.6亿元",
            amt=960000000),
        tri("pj_binhai", "locatedIn", "pk_wzjk", "温州经开区管委会介绍，今年将盘活低效工业用地1200亩，新建小微企业园5个，其中由温州海棠实业集团有限公司投资建设的滨海智造小微企业园项目"),
        tri("co_haitang", "locatedIn", "pl_wenzhou", "温州海棠实业集团有限公司", opt=True),
        # C
        tri("pk_wzjk", "signsWith", "co_jiemai", "温州经济技术开发区与宁波捷迈机器人有限公司签约"),
        tri("co_jiemai", "investsIn", "pj_jiansuqi", "宁波捷迈机器人有限公司签约，总投资3.2亿元的工业机器人精密减速器项目", amt=320000000),
        tri("pj_jiansuqi", "locatedIn", "pk_wzjk", "温州经济技术开发区与宁波捷迈机器人有限公司签约，总投资3.2亿元的工业机器人精密减速器项目将于年内开工"),
        tri("co_jiemai", "locatedIn", "pl_ningbo", "宁波捷迈机器人有限公司", opt=True),
        tri("po_tz_zzy", "issuedBy", "ag_tz_gov", "台州市人民政府日前出台《台州市制造业高质量发展若干政策》"),
        tri("pl_huangyan", "partOf", "pl_taizhou", "台州市黄岩区人民政府与德邑新材料科技（台州）有限公司签约"),
        tri("ag_hy_gov", "signsWith", "co_deyi", "台州市黄岩区人民政府与德邑新材料科技（台州）有限公司签约"),
        tri("co_deyi", "investsIn", "pj_gaixing", "德邑新材料科技（台州）有限公司签约，总投资12亿元的高性能改性塑料产业化项目", amt=1200000000),
        tri("pj_gaixing", "locatedIn", "pk_huangyan", "高性能改性塑料产业化项目落户黄岩经济开发区"),
        tri("pk_huangyan", "locatedIn", "pl_huangyan", "台州市黄岩区人民政府与德邑新材料科技（台州）有限公司签约，总投资12亿元的高性能改性塑料产业化项目落户黄岩经济开发区"),
        tri("co_deyi", "locatedIn", "pl_taizhou", "德邑新材料科技（台州）有限公司", opt=True),
        tri("pk_wzjk", "designatedAs", "首批“无废园区”", "浙江省生态环境厅公布首批“无废园区”建设名单，温州经济技术开发区、台州湾新区等7家园区入选"),
        tri("pk_tzwxq", "designatedAs", "首批“无废园区”", "浙江省生态环境厅公布首批“无废园区”建设名单，温州经济技术开发区、台州湾新区等7家园区入选"),
        tri("po_wufei", "issuedBy", "ag_zj_sthj", "浙江省生态环境厅公布首批“无废园区”建设名单", opt=True),
    ],
}

PAGES = [I101, I102, I103, I104]


# ---------------------------------------------------------------------------
# Damage and writing
# ---------------------------------------------------------------------------


def apply_spaces(article, spaced, used):
    out = []
    for para in article["paras"]:
        for src, dst in spaced:
            if src not in used and src in para:
                para = para.replace(src, dst, 1)
                used.add(src)
        out.append(para)
    return out


def article_blocks(article, spaced, used, rng):
    """Blocks (each a list of lines) of one article in reading order."""
    title = [[t] for t in article["title"]]
    body = []
    if article.get("byline"):
        body.append([article["byline"]])
    for para in apply_spaces(article, spaced, used):
        body.append(dmg.wrap(para, rng, (12, 22), no_start=""))  # mid-word and mid-number too
    if article.get("caption"):
        body.append([article["caption"]])
    return dmg.place_headline(title, body, bool(article.get("headline_end")))


def render(page):
    rng = random.Random(f"heldout-i1-{page['id']}")
    used = set()
    blocks = [[page["header"]]]
    for item in page["layout"]:
        if item[0] == "art":
            blocks += article_blocks(item[1], page["spaced"], used, rng)
        else:
            first = article_blocks(item[1], page["spaced"], used, rng)
            second = article_blocks(item[2], page["spaced"], used, rng)
            blocks += dmg.interleave(first, second)
    missing = [src for src, _ in page["spaced"] if src not in used]
    if missing:
        raise SystemExit(f"{page['id']}: spacing targets not found: {missing}")
    lines = [line for block in blocks for line in block]
    return "\n\n".join(lines) + "\n"


def check(page, text):
    errors = []
    flat = chk.squash(text)
    bare = chk.bare(text)  # whitespace and the quote marks the scorer ignores removed
    ids = set()
    for e in page["entities"]:
        if e["type"] not in chk.ENTITY_TYPES:
            errors.append(f"bad type {e}")
        if e["id"] in ids:
            errors.append(f"duplicate id {e['id']}")
        ids.add(e["id"])
        errors += [f"{e['id']}: form not in page: {form}" for form in chk.forms_not_in(e, bare, chk.bare)]
    seen = set()
    for t in page["triples"]:
        if t["p"] not in chk.RELATION_TYPES:
            errors.append(f"bad relation {t}")
        if t["s"] not in ids:
            errors.append(f"unknown subject {t['s']}")
        if "o" in t and t["o"] not in ids:
            errors.append(f"unknown object {t['o']}")
        if chk.squash(t["evidence"]) not in flat:
            errors.append(f"evidence not in page: {t['evidence']}")
        key = (t["s"], t["p"], t.get("o", t.get("o_literal")))
        if key in seen:
            errors.append(f"duplicate triple {key}")
        seen.add(key)
    return errors


def main():
    PAGES_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    failed = False
    for page in PAGES:
        text = render(page)
        errors = check(page, text)
        for err in errors:
            print(f"{page['id']}: {err}", file=sys.stderr)
        failed = failed or bool(errors)
        (PAGES_DIR / f"{page['id']}.txt").write_bytes(text.encode(page["encoding"]))
        gold = {"doc": f"{page['id']}.txt", "entities": page["entities"], "triples": page["triples"]}
        (GOLD_DIR / f"{page['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n_opt = sum(1 for e in page["entities"] if e["optional"])
        t_opt = sum(1 for t in page["triples"] if t["optional"])
        print(f"{page['id']}: {len(chk.squash(text))} chars, {len(page['entities'])} entities ({n_opt} optional), "
              f"{len(page['triples'])} triples ({t_opt} optional)")
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
