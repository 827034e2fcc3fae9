"""Write the third held-out set (pages + gold) deterministically, and check it.

Why a generator: the pages are PDF-damaged on purpose (hard line breaks, blank
lines, spaces inside words and numbers, a drifted headline, two interleaved
articles, one GBK file).  Writing the clean article once and damaging it with a
seeded RNG keeps the gold evidence honest: every snippet and every entity label
is checked against the damaged page (whitespace removed, as the gold README
says), so the gold cannot silently drift from the text.

Nobody tunes the extractor on this set: it exists to give honest figures on
unseen text.  Run:  python tests/data/heldout_c/make_heldout_c.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

NUMBER = re.compile(r"[0-9][0-9.]*")  # a digit run, a trailing point included


def render(blocks: list[str], seed: int) -> str:
    """Each block is a paragraph; wrap it and join lines with blank lines between them."""
    rng = random.Random(seed)
    lines: list[str] = []
    for b in blocks:
        if b.startswith("="):  # headline / caption / byline kept on its own line
            lines.append(b[1:])
            continue
        # most digit runs get spaces around them (4 月 22 日), a few stray spaces inside words,
        # then PDF-column lines of 12-20 characters
        damaged = dmg.space_after_cjk(dmg.space_numbers(b, rng, 0.7, NUMBER), rng, 0.012)
        lines.extend(line.strip() for line in dmg.wrap(damaged, rng, (12, 20), no_start=""))
    return "\n\n".join(x for x in lines if x) + "\n"


# ---------------------------------------------------------------------------
# Page 1 (山东): 青岛西海岸新区 feature interleaved with an 烟台开发区 report.
# ---------------------------------------------------------------------------

P1_A = [
    "11月上旬，记者走进青岛西海岸新区董家口经济区，青岛蓝湾海洋装备有限公司的总装车间里焊花飞溅。"
    "这家企业斥资12亿元建设的深远海养殖工船总装基地已完成主体钢结构施工，预计明年二季度投产。"
    "“从签约到开工只用了47天。”公司负责人告诉记者。",
    "今年以来，西海岸新区聚焦海洋经济、高端装备和新能源汽车三大主导产业，全区152个市级以上重点项目"
    "累计完成投资超过600亿元。在古镇口融合创新区，山东澜岳航空科技股份有限公司投资3.6亿元的无人机"
    "复合材料部件生产线进入设备调试阶段；在青岛中德生态园，克莱默精密传动（青岛）有限公司拟投资8000"
    "万元扩建减速器装配车间，扩建完成后年产能将提升一倍。",
    "政策的“含金量”持续释放。今年3月，青岛西海岸新区管委会与青岛市海洋发展局联合印发"
    "《青岛西海岸新区促进海洋经济高质量发展若干措施》，对首台（套）海洋装备给予最高500万元奖励。"
    "9月，青岛蓝湾海洋装备有限公司获评“山东省瞪羚企业”；董家口经济区则被认定为省级循环化改造示范园区。",
    "10月，西海岸新区与华擎新能源科技集团有限公司签订战略合作协议。根据协议，华擎新能源将在新区"
    "投资45亿元建设年产20GWh储能电池超级工厂，项目分两期实施，一期计划明年底前投产。“我们看中的是"
    "这里的港口和配套。”华擎新能源相关负责人说。",
    "走进古镇口融合创新区的展厅，一块电子屏实时滚动着各个项目的建设进度。工作人员介绍，新区推行“拿地即开工”"
    "“竣工即投产”审批模式，企业从取得土地到领取施工许可证平均用时缩短至3个工作日。与此同时，新区组建了由200余名"
    "干部组成的项目服务专班，实行“一个项目、一名领导、一套班子、一抓到底”，协调解决用地、用能、融资等难题90余个。",
    "在董家口港区，一艘满载铁矿石的巨轮正在靠泊。依托港口优势，董家口经济区已集聚临港产业企业130余家，形成了"
    "港口物流、绿色化工、高端装备等产业集群，去年实现规上工业产值逾千亿元。",
    "新区相关负责人表示，下一步将继续聚焦链主企业和关键配套环节精准招商，力争全年新签约过亿元项目100个以上，"
    "推动更多项目早开工、早投产、早见效，为全省经济大盘挑起更重担子。",
]

P1_B = [
    "本报讯 通讯员林晓 王涛 烟台经济技术开发区日前集中开工17个项目，总投资128亿元，涵盖汽车零部件、"
    "生物医药、电子化学品等领域。",
    "其中，烟台鼎辉汽车零部件有限公司年产120万套新能源汽车轻量化底盘件项目总投资9.5亿元，达产后年产值"
    "可达20亿元。在八角湾片区，山东芮泽生物医药有限公司的高端制剂工厂正在进行洁净车间装修，该工厂计划"
    "投资2.8亿元，建成后将形成年产5亿片口服固体制剂的能力。",
    "开工现场，烟台开发区管委会还与锦程（韩国）化学株式会社签署合作协议，对方将投资1.2亿美元在开发区"
    "建设电子化学品生产基地。",
    "烟台开发区负责人表示，开发区将用好山东省工业和信息化厅、山东省发展和改革委员会联合印发的"
    "《山东省制造业数字化转型行动方案》，推动规上工业企业“智改数转”全覆盖。今年，烟台开发区入选"
    "国家级绿色工业园区，鼎辉汽车零部件也被评为国家级绿色工厂。",
    "开发区相关负责人介绍，今年以来，开发区坚持“项目为王”，由主要领导带队赴日韩、长三角等地开展招商活动23次，"
    "新引进外资项目11个，实际使用外资同比增长18.6%。为保障项目落地，开发区设立了20亿元产业引导基金，并在全市"
    "率先推行“标准地+承诺制”改革，工业项目平均审批时限压缩至15个工作日以内。",
    "记者在采访中了解到，为破解企业用工难题，西海岸新区联合驻区高校和职业院校开设订单班42个，今年已为重点项目输送技能人才3600余人。新区还建成人才公寓1.2万套，对引进的高层次人才给予安家补贴，让人才“引得来、留得住”。",
    "当前正值四季度项目建设攻坚期，各个工地上机器轰鸣、车辆穿梭。“我们倒排工期、挂图作战，确保年底前完成全年投资计划。”一名项目负责人一边查看施工图纸一边说。",
]

P1_BLOCKS = [
    "=经济园区周刊 第3版 2025年11月14日 星期五",
    "=责任编辑：曲海燕",
    "=本报记者 孙明远",
    P1_A[0],
    P1_A[1],
    P1_A[4],
    "=烟台开发区集中开工17个项目",
    P1_B[0],
    P1_B[1],
    "=图为青岛蓝湾海洋装备有限公司总装车间一角。 孙明远摄",
    P1_A[2],
    P1_B[2],
    P1_A[3],
    P1_B[3],
    P1_A[5],
    P1_B[4],
    P1_B[5],
    P1_A[6],
    P1_B[6],
    "=西海岸新区重点项目跑出“加速度”",
]

# ids: pl_ place, pk_ park, co_ company, ag_ agency, po_ policy, pj_ project
P1_ENT = [
    ("pl_shandong", "Place", "山东省", ["山东"], False, "province"),
    ("pl_qingdao", "Place", "青岛市", ["青岛"], False, "city"),
    ("pl_yantai", "Place", "烟台市", ["烟台"], False, "city"),
    ("pl_korea", "Place", "韩国", [], True, None),
    ("pk_xhax", "Park", "青岛西海岸新区", ["西海岸新区"], False, None),
    ("pk_djk", "Park", "董家口经济区", [], False, None),
    ("pk_gzk", "Park", "古镇口融合创新区", [], False, None),
    ("pk_zhongde", "Park", "青岛中德生态园", [], False, None),
    ("pk_ytkfq", "Park", "烟台经济技术开发区", ["烟台开发区", "烟台经开区"], False, None),
    ("pk_bajiaowan", "Park", "八角湾片区", [], True, None),
    ("pk_djkgq", "Park", "董家口港区", [], True, None),
    ("co_lanwan", "Company", "青岛蓝湾海洋装备有限公司", [], False, None),
    ("co_lanyue", "Company", "山东澜岳航空科技股份有限公司", [], False, None),
    ("co_kelaimo", "Company", "克莱默精密传动（青岛）有限公司", [], False, None),
    ("co_huaqing", "Company", "华擎新能源科技集团有限公司", ["华擎新能源"], False, None),
    ("co_dinghui", "Company", "烟台鼎辉汽车零部件有限公司", ["鼎辉汽车零部件"], False, None),
    ("co_ruize", "Company", "山东芮泽生物医药有限公司", [], False, None),
    ("co_jincheng", "Company", "锦程（韩国）化学株式会社", [], False, None),
    ("ag_xhax_gwh", "Agency", "青岛西海岸新区管委会", [], False, None),
    ("ag_qd_hy", "Agency", "青岛市海洋发展局", [], False, None),
    ("ag_yt_gwh", "Agency", "烟台开发区管委会", [], False, None),
    ("ag_sd_gxt", "Agency", "山东省工业和信息化厅", [], False, None),
    ("ag_sd_fgw", "Agency", "山东省发展和改革委员会", [], False, None),
    ("po_haiyang", "Policy", "青岛西海岸新区促进海洋经济高质量发展若干措施", [], False, None),
    ("po_shuzihua", "Policy", "山东省制造业数字化转型行动方案", [], False, None),
    ("pj_gongchuan", "Project", "深远海养殖工船总装基地", [], False, None),
    ("pj_wurenji", "Project", "无人机复合材料部件生产线", [], False, None),
    ("pj_jiansuqi", "Project", "扩建减速器装配车间", ["减速器装配车间"], False, None),
    ("pj_chuneng", "Project", "年产20GWh储能电池超级工厂", [], False, None),
    ("pj_dipan", "Project", "年产120万套新能源汽车轻量化底盘件项目", [], False, None),
    ("pj_zhiji", "Project", "高端制剂工厂", [], False, None),
    ("pj_dianzihx", "Project", "电子化学品生产基地", [], False, None),
]

P1_TRI = [
    ("pk_xhax", "locatedIn", "pl_qingdao", None, "青岛西海岸新区董家口经济区", False),
    ("pk_djk", "locatedIn", "pk_xhax", None, "青岛西海岸新区董家口经济区", False),
    ("pk_gzk", "locatedIn", "pk_xhax", None, "全区152个市级以上重点项目累计完成投资超过600亿元。在古镇口融合创新区", True),
    ("pk_zhongde", "locatedIn", "pl_qingdao", None, "在青岛中德生态园", False),
    ("pk_zhongde", "locatedIn", "pk_xhax", None, "在青岛中德生态园", True),
    ("co_lanwan", "locatedIn", "pk_djk", None, "董家口经济区，青岛蓝湾海洋装备有限公司的总装车间", False),
    ("co_lanwan", "investsIn", "pj_gongchuan", 1200000000, "这家企业斥资12亿元建设的深远海养殖工船总装基地", False),
    ("pj_gongchuan", "locatedIn", "pk_djk", None, "董家口经济区，青岛蓝湾海洋装备有限公司的总装车间", False),
    ("co_lanwan", "designatedAs", "山东省瞪羚企业", None, "青岛蓝湾海洋装备有限公司获评“山东省瞪羚企业”", False),
    ("co_lanyue", "investsIn", "pj_wurenji", 360000000, "山东澜岳航空科技股份有限公司投资3.6亿元的无人机复合材料部件生产线", False),
    ("pj_wurenji", "locatedIn", "pk_gzk", None, "在古镇口融合创新区，山东澜岳航空科技股份有限公司投资3.6亿元", False),
    ("co_lanyue", "locatedIn", "pk_gzk", None, "在古镇口融合创新区，山东澜岳航空科技股份有限公司", True),
    ("co_kelaimo", "investsIn", "pj_jiansuqi", 80000000, "克莱默精密传动（青岛）有限公司拟投资8000万元扩建减速器装配车间", False),
    ("pj_jiansuqi", "locatedIn", "pk_zhongde", None, "在青岛中德生态园，克莱默精密传动（青岛）有限公司拟投资8000万元扩建减速器装配车间", False),
    ("co_kelaimo", "locatedIn", "pk_zhongde", None, "在青岛中德生态园，克莱默精密传动（青岛）有限公司", True),
    ("po_haiyang", "issuedBy", "ag_xhax_gwh", None, "青岛西海岸新区管委会与青岛市海洋发展局联合印发", False),
    ("po_haiyang", "issuedBy", "ag_qd_hy", None, "青岛西海岸新区管委会与青岛市海洋发展局联合印发", False),
    ("pk_djk", "designatedAs", "省级循环化改造示范园区", None, "董家口经济区则被认定为省级循环化改造示范园区", False),
    ("pk_xhax", "signsWith", "co_huaqing", None, "西海岸新区与华擎新能源科技集团有限公司签订战略合作协议", False),
    ("co_huaqing", "investsIn", "pj_chuneng", 4500000000, "华擎新能源将在新区投资45亿元建设年产20GWh储能电池超级工厂", False),
    ("pj_chuneng", "locatedIn", "pk_xhax", None, "华擎新能源将在新区投资45亿元建设年产20GWh储能电池超级工厂", False),
    ("pk_ytkfq", "locatedIn", "pl_yantai", None, "烟台经济技术开发区日前集中开工17个项目", False),
    ("co_dinghui", "investsIn", "pj_dipan", 950000000, "烟台鼎辉汽车零部件有限公司年产120万套新能源汽车轻量化底盘件项目总投资9.5亿元", False),
    ("pj_dipan", "locatedIn", "pk_ytkfq", None, "烟台经济技术开发区日前集中开工17个项目", False),
    ("co_dinghui", "locatedIn", "pk_ytkfq", None, "烟台开发区入选国家级绿色工业园区，鼎辉汽车零部件也被评为国家级绿色工厂", True),
    ("co_dinghui", "locatedIn", "pl_yantai", None, "烟台鼎辉汽车零部件有限公司", True),
    ("co_ruize", "investsIn", "pj_zhiji", 280000000, "山东芮泽生物医药有限公司的高端制剂工厂正在进行洁净车间装修，该工厂计划投资2.8亿元", False),
    ("pj_zhiji", "locatedIn", "pk_bajiaowan", None, "在八角湾片区，山东芮泽生物医药有限公司的高端制剂工厂", True),
    ("pj_zhiji", "locatedIn", "pk_ytkfq", None, "在八角湾片区，山东芮泽生物医药有限公司的高端制剂工厂", False),
    ("co_ruize", "locatedIn", "pk_bajiaowan", None, "在八角湾片区，山东芮泽生物医药有限公司", True),
    ("pk_bajiaowan", "locatedIn", "pk_ytkfq", None, "在八角湾片区", True),
    ("ag_yt_gwh", "signsWith", "co_jincheng", None, "烟台开发区管委会还与锦程（韩国）化学株式会社签署合作协议", False),
    ("co_jincheng", "investsIn", "pj_dianzihx", "USD:1.2亿美元", "对方将投资1.2亿美元在开发区建设电子化学品生产基地", False),
    ("pj_dianzihx", "locatedIn", "pk_ytkfq", None, "对方将投资1.2亿美元在开发区建设电子化学品生产基地", False),
    ("po_shuzihua", "issuedBy", "ag_sd_gxt", None, "山东省工业和信息化厅、山东省发展和改革委员会联合印发的《山东省制造业数字化转型行动方案》", False),
    ("po_shuzihua", "issuedBy", "ag_sd_fgw", None, "山东省工业和信息化厅、山东省发展和改革委员会联合印发的《山东省制造业数字化转型行动方案》", False),
    ("pk_ytkfq", "designatedAs", "国家级绿色工业园区", None, "烟台开发区入选国家级绿色工业园区", False),
    ("co_dinghui", "designatedAs", "国家级绿色工厂", None, "鼎辉汽车零部件也被评为国家级绿色工厂", False),
    ("co_lanyue", "locatedIn", "pl_shandong", None, "山东澜岳航空科技股份有限公司", True),
    ("co_ruize", "locatedIn", "pl_shandong", None, "山东芮泽生物医药有限公司", True),
    ("co_kelaimo", "locatedIn", "pl_qingdao", None, "克莱默精密传动（青岛）有限公司", True),
    ("co_lanwan", "locatedIn", "pl_qingdao", None, "青岛蓝湾海洋装备有限公司", True),
    ("co_jincheng", "locatedIn", "pl_korea", None, "锦程（韩国）化学株式会社", True),
]

# ---------------------------------------------------------------------------
# Page 2 (甘肃): 兰州新区 feature interleaved with a 天水经开区 report.
# ---------------------------------------------------------------------------

P2_A = [
    "本报兰州电 记者马俊峰 走进兰州新区精细化工产业园，一座座反应塔拔地而起。甘肃陇耀新材料股份有限公司"
    "总投资26亿元的电子级多晶硅及配套项目一期已于上月建成投产，二期工程正在加紧建设。",
    "兰州新区位于甘肃省兰州市北部，是西北地区首个国家级新区。近年来，新区立足“化工+新材料”定位，"
    "先后引进产业链上下游企业80余家。今年4月，甘肃省人民政府办公厅印发《关于支持兰州新区高质量发展的"
    "若干政策措施》，从土地、能耗、人才等方面给予倾斜。",
    "清晨8点，陇耀新材料的中控室里，十余名操作员紧盯着屏幕上跳动的数据。公司总经理介绍，项目采用改良西门子法"
    "工艺，单位产品综合能耗较行业平均水平低15%，产品纯度可达11个9，主要供应国内半导体硅片企业。“新区的电价和"
    "用地成本都有优势，审批效率也高，我们二期的环评只用了一个多月。”",
    "数据显示，今年前三季度，兰州新区规上工业增加值同比增长14.2%，固定资产投资增长11.8%，两项指标均位居全省"
    "前列。新区还启动了化工园区封闭化管理和智慧安全监管平台建设，对园区内重大危险源实施24小时在线监测。",
    "在兰州新区综合保税区，甘肃丝路启航供应链管理有限公司投资3千万元新建的跨境电商分拨中心8月投入运营，"
    "日均处理包裹超过2万件。6月，兰州新区管委会与中盛氢能装备（上海）有限公司签约，后者计划在新区落地"
    "绿氢制储加一体化示范工程，总投资6.8亿元。",
    "精细化工产业园日前入选工业和信息化部公布的第二批智慧化工园区试点示范名单，成为甘肃省唯一入选的园区。",
]

P2_B = [
    "本报讯 近日，天水经济技术开发区（以下简称天水经开区）传来好消息：天水长岭电气设备有限公司的智能开关柜"
    "数字化车间改造完成验收，这项改造总投资7600万元，投用后生产效率提升35%。",
    "在天水市麦积区的社棠工业园，甘肃麦积山果业集团有限公司投资5.2亿元建设的10万吨苹果精深加工基地主体"
    "完工，明年春季可投入试生产。",
    "天水市工业和信息化局、天水市财政局近日联合出台《天水市支持工业企业技术改造专项资金管理办法》，对技改"
    "项目按设备投资额的10%给予补助。与此同时，天水市人民政府与北京智衡机器人科技有限公司签署合作框架协议，"
    "智衡机器人拟投资4亿元在天水经开区建设工业机器人关节减速器生产线。",
    "据悉，天水经开区今年被评为省级新型工业化产业示范基地。",
    "天水是我国重要的电工电器生产基地，一批老牌企业在这里扎根数十年。近年来，天水经开区推动传统企业“上云用数"
    "赋智”，今年已有38家规上企业完成数字化改造，企业平均生产效率提升两成以上。",
    "“技改不是简单地换设备，而是重构整个生产流程。”长岭电气负责人说，改造后，车间实现了从订单下达到产品出库"
    "全流程数据贯通，产品不良率下降了40%。",
    "走进天水经开区的一家家工厂，自动化生产线、智能仓储系统随处可见。开发区相关负责人介绍，开发区今年设立了2亿元技改引导资金，采取“先建后补、以奖代补”的方式，撬动企业技改投资超过15亿元，带动工业投资同比增长21.3%。",
    "兰州新区的发展离不开良好的营商环境。新区推行“一枚印章管审批”改革，将企业开办时间压缩至半个工作日，并为重点企业配备“首席服务专员”，全程帮办代办审批手续。今年以来，新区累计为企业减免税费4.7亿元，发放稳岗补贴3200余万元。",
    "业内专家认为，兰州新区地处“一带一路”重要节点，兼具土地、能源和通道优势，随着一批重大项目陆续投产，新区有望成为西北地区重要的新材料和精细化工产业集聚区。",
    "天水经开区负责人表示，开发区将继续做强电工电器、装备制造和果品加工三大产业集群，力争到2027年规上工业产值突破500亿元。",
]

P2_BLOCKS = [
    "=西部开发区 B4 2025年10月28日 星期二",
    "=投稿邮箱：xbkfq@126.com",
    P2_A[0],
    P2_A[4],
    "=天水经开区技改项目密集落地",
    P2_B[0],
    P2_B[5],
    "=图为甘肃陇耀新材料股份有限公司电子级多晶硅生产车间。 马俊峰 摄",
    P2_A[1],
    P2_B[1],
    P2_A[2],
    P2_B[2],
    P2_A[5],
    P2_B[4],
    P2_A[3],
    P2_B[7],
    P2_B[6],
    P2_B[8],
    P2_B[9],
    P2_B[3],
    "据了解，天水经开区还将加快建设标准化厂房和公共技术服务平台，为中小企业提供检测认证、工业设计等服务。",
    "=（本报记者 李娟 整理）",
    "=兰州新区化工园区“链”出新动能",
]

P2_ENT = [
    ("pl_gansu", "Place", "甘肃省", ["甘肃"], False, "province"),
    ("pl_lanzhou", "Place", "兰州市", ["兰州"], False, "city"),
    ("pl_tianshui", "Place", "天水市", ["天水"], False, "city"),
    ("pl_maiji", "Place", "麦积区", [], False, "district"),
    ("pl_shanghai", "Place", "上海市", ["上海"], True, "city"),
    ("pl_beijing", "Place", "北京市", ["北京"], True, "city"),
    ("pk_lzxq", "Park", "兰州新区", [], False, None),
    ("pk_jxhg", "Park", "兰州新区精细化工产业园", ["精细化工产业园"], False, None),
    ("pk_zbq", "Park", "兰州新区综合保税区", [], False, None),
    ("pk_tskfq", "Park", "天水经济技术开发区", ["天水经开区"], False, None),
    ("pk_shetang", "Park", "社棠工业园", [], False, None),
    ("co_longyao", "Company", "甘肃陇耀新材料股份有限公司", ["陇耀新材料"], False, None),
    ("co_silu", "Company", "甘肃丝路启航供应链管理有限公司", [], False, None),
    ("co_zhongsheng", "Company", "中盛氢能装备（上海）有限公司", [], False, None),
    ("co_changling", "Company", "天水长岭电气设备有限公司", ["长岭电气"], False, None),
    ("co_maijishan", "Company", "甘肃麦积山果业集团有限公司", [], False, None),
    ("co_zhiheng", "Company", "北京智衡机器人科技有限公司", ["智衡机器人"], False, None),
    ("ag_gs_bgt", "Agency", "甘肃省人民政府办公厅", [], False, None),
    ("ag_lz_gwh", "Agency", "兰州新区管委会", [], False, None),
    ("ag_miit", "Agency", "工业和信息化部", [], False, None),
    ("ag_ts_gxj", "Agency", "天水市工业和信息化局", [], False, None),
    ("ag_ts_czj", "Agency", "天水市财政局", [], False, None),
    ("ag_ts_zf", "Agency", "天水市人民政府", [], False, None),
    ("po_lzxq", "Policy", "关于支持兰州新区高质量发展的若干政策措施", [], False, None),
    ("po_jigai", "Policy", "天水市支持工业企业技术改造专项资金管理办法", [], False, None),
    ("pj_duojinggui", "Project", "电子级多晶硅及配套项目", [], False, None),
    ("pj_fenbo", "Project", "跨境电商分拨中心", [], False, None),
    ("pj_lvqing", "Project", "绿氢制储加一体化示范工程", [], False, None),
    ("pj_kaiguangui", "Project", "智能开关柜数字化车间改造", [], False, None),
    ("pj_pingguo", "Project", "10万吨苹果精深加工基地", [], False, None),
    ("pj_jiansuqi", "Project", "工业机器人关节减速器生产线", [], False, None),
]

P2_TRI = [
    ("pk_lzxq", "locatedIn", "pl_lanzhou", None, "兰州新区位于甘肃省兰州市北部", False),
    ("pl_lanzhou", "partOf", "pl_gansu", None, "兰州新区位于甘肃省兰州市北部", False),
    ("pk_jxhg", "locatedIn", "pk_lzxq", None, "走进兰州新区精细化工产业园", False),
    ("co_longyao", "locatedIn", "pk_jxhg", None, "走进兰州新区精细化工产业园，一座座反应塔拔地而起。甘肃陇耀新材料股份有限公司", True),
    ("co_longyao", "locatedIn", "pl_gansu", None, "甘肃陇耀新材料股份有限公司", True),
    ("co_longyao", "investsIn", "pj_duojinggui", 2600000000, "甘肃陇耀新材料股份有限公司总投资26亿元的电子级多晶硅及配套项目", False),
    ("pj_duojinggui", "locatedIn", "pk_jxhg", None, "走进兰州新区精细化工产业园，一座座反应塔拔地而起。甘肃陇耀新材料股份有限公司总投资26亿元的电子级多晶硅及配套项目", False),
    ("po_lzxq", "issuedBy", "ag_gs_bgt", None, "甘肃省人民政府办公厅印发《关于支持兰州新区高质量发展的若干政策措施》", False),
    ("pk_zbq", "locatedIn", "pk_lzxq", None, "在兰州新区综合保税区", True),
    ("co_silu", "investsIn", "pj_fenbo", 30000000, "甘肃丝路启航供应链管理有限公司投资3千万元新建的跨境电商分拨中心", False),
    ("pj_fenbo", "locatedIn", "pk_zbq", None, "在兰州新区综合保税区，甘肃丝路启航供应链管理有限公司投资3千万元新建的跨境电商分拨中心", False),
    ("co_silu", "locatedIn", "pk_zbq", None, "在兰州新区综合保税区，甘肃丝路启航供应链管理有限公司", True),
    ("co_silu", "locatedIn", "pl_gansu", None, "甘肃丝路启航供应链管理有限公司", True),
    ("ag_lz_gwh", "signsWith", "co_zhongsheng", None, "兰州新区管委会与中盛氢能装备（上海）有限公司签约", False),
    ("co_zhongsheng", "investsIn", "pj_lvqing", 680000000, "后者计划在新区落地绿氢制储加一体化示范工程，总投资6.8亿元", False),
    ("pj_lvqing", "locatedIn", "pk_lzxq", None, "后者计划在新区落地绿氢制储加一体化示范工程", False),
    ("co_zhongsheng", "locatedIn", "pl_shanghai", None, "中盛氢能装备（上海）有限公司", True),
    ("pk_jxhg", "designatedAs", "智慧化工园区试点示范", None, "精细化工产业园日前入选工业和信息化部公布的第二批智慧化工园区试点示范名单", False),
    ("pk_tskfq", "locatedIn", "pl_tianshui", None, "天水经济技术开发区（以下简称天水经开区）", False),
    ("co_changling", "investsIn", "pj_kaiguangui", 76000000, "天水长岭电气设备有限公司的智能开关柜数字化车间改造完成验收，这项改造总投资7600万元", False),
    ("co_changling", "locatedIn", "pk_tskfq", None, "天水经开区）传来好消息：天水长岭电气设备有限公司", True),
    ("co_changling", "locatedIn", "pl_tianshui", None, "天水长岭电气设备有限公司", True),
    ("pj_kaiguangui", "locatedIn", "pk_tskfq", None, "天水经开区）传来好消息：天水长岭电气设备有限公司的智能开关柜数字化车间改造完成验收", False),
    ("pk_shetang", "locatedIn", "pl_maiji", None, "在天水市麦积区的社棠工业园", False),
    ("pl_maiji", "partOf", "pl_tianshui", None, "在天水市麦积区的社棠工业园", False),
    ("co_maijishan", "investsIn", "pj_pingguo", 520000000, "甘肃麦积山果业集团有限公司投资5.2亿元建设的10万吨苹果精深加工基地", False),
    ("pj_pingguo", "locatedIn", "pk_shetang", None, "社棠工业园，甘肃麦积山果业集团有限公司投资5.2亿元建设的10万吨苹果精深加工基地", False),
    ("co_maijishan", "locatedIn", "pk_shetang", None, "社棠工业园，甘肃麦积山果业集团有限公司", True),
    ("co_maijishan", "locatedIn", "pl_gansu", None, "甘肃麦积山果业集团有限公司", True),
    ("po_jigai", "issuedBy", "ag_ts_gxj", None, "天水市工业和信息化局、天水市财政局近日联合出台《天水市支持工业企业技术改造专项资金管理办法》", False),
    ("po_jigai", "issuedBy", "ag_ts_czj", None, "天水市工业和信息化局、天水市财政局近日联合出台《天水市支持工业企业技术改造专项资金管理办法》", False),
    ("ag_ts_zf", "signsWith", "co_zhiheng", None, "天水市人民政府与北京智衡机器人科技有限公司签署合作框架协议", False),
    ("co_zhiheng", "investsIn", "pj_jiansuqi", 400000000, "智衡机器人拟投资4亿元在天水经开区建设工业机器人关节减速器生产线", False),
    ("pj_jiansuqi", "locatedIn", "pk_tskfq", None, "智衡机器人拟投资4亿元在天水经开区建设工业机器人关节减速器生产线", False),
    ("co_zhiheng", "locatedIn", "pl_beijing", None, "北京智衡机器人科技有限公司", True),
    ("pk_tskfq", "designatedAs", "省级新型工业化产业示范基地", None, "天水经开区今年被评为省级新型工业化产业示范基地", False),
]

# ---------------------------------------------------------------------------
# Page 3 (海南, written as GBK bytes): 洋浦经济开发区 + 海口高新区.
# ---------------------------------------------------------------------------

P3_A = [
    "本报海口讯 记者符传杰 通讯员陈丽 洋浦经济开发区小铲滩码头，巨轮往来穿梭。码头后方，海南椰港新材料"
    "有限公司年产60万吨生物可降解材料项目现场一派繁忙，该项目计划总投资38亿元，是今年海南省重点项目之一。",
    "洋浦经济开发区地处儋州市西北部，是海南自由贸易港的先行区。今年1至10月，洋浦新签约项目63个，协议投资额"
    "超过300亿元。9月，洋浦经济开发区管委会与儋州市人民政府联合发布《洋浦经济开发区支持新材料产业集聚发展"
    "十条措施》，对新落地的新材料企业给予设备购置补贴和物流补助。",
    "在石化功能区，海南南溟石化科技有限公司斥资9.6亿元实施乙烯裂解装置节能降碳改造；来自新加坡的星海能源"
    "（海南）有限公司则拟投资2亿美元，建设LNG冷能综合利用基地。洋浦管委会还与海南蓝鲸船舶燃料供应有限公司"
    "签订了保税船用燃料加注合作协议。",
    "凭借完整的石化新材料产业链，洋浦经济开发区日前获评国家新型工业化产业示范基地。",
    "小铲滩码头是洋浦国际集装箱码头的核心作业区，今年前10个月，集装箱吞吐量同比增长超过20%，新开通内外贸航线"
    "8条。港口能级的提升，为临港产业发展带来了源源不断的“流量”。",
    "“我们看中的就是自贸港的政策红利和洋浦的港口条件。”椰港新材料负责人说，项目原料主要从东南亚进口，产品七成"
    "以上出口，零关税、加工增值免关税等政策每年可为企业节省成本上亿元。",
]

P3_B = [
    "与洋浦隔海相望的海口国家高新技术产业开发区，生物医药产业同样动能强劲。在海口高新区药谷，海南普瑞康制药"
    "有限公司投资1.8亿元新建的冻干粉针剂车间近日通过GMP符合性检查，预计年底投产。",
    "海南康达源医疗器械有限公司则拟投资6500万元，在药谷建设一次性医用耗材智能工厂。海南省科学技术厅、海南省"
    "财政厅今年修订印发的《海南省高新技术企业发展专项资金管理办法》，为园区企业研发投入提供了真金白银的支持。",
    "今年7月，海南普瑞康制药有限公司入选国家级专精特新小巨人企业。",
    "近年来，海口高新区围绕生物医药、低碳制造、数字经济三大主导产业精准发力，园区已聚集医药企业200余家，去年"
    "医药工业产值突破300亿元，约占全省医药工业产值的七成。",
    "园区负责人表示，下一步将加快建设公共检测平台和中试基地，完善“研发—中试—生产”全链条服务，吸引更多创新药"
    "和高端医疗器械项目落户。",
    "为了让项目早落地、早投产，洋浦推出“极简审批”改革，在全省率先实现企业投资项目“一窗受理、并联审批”，社会投资项目从拿地到开工最快只需30天。与此同时，洋浦持续完善水、电、气、路等基础设施配套，新建的园区供热管网已于今年6月投入使用。",
    "记者在现场看到，石化功能区内的多条管廊正在加紧铺设，施工人员冒着高温作业。“管廊建成后，园区企业之间可以实现原料互供、产品互为上下游，物流成本能降低三成左右。”一名施工负责人介绍。",
    "海口高新区相关负责人表示，园区将用好自贸港“零关税”进口设备和“加工增值免关税”等政策，持续优化药品研发和生产审批服务，力争明年医药工业产值再上新台阶。",
    "据介绍，今年以来，海口高新区已举办各类招商推介活动18场，新引进生物医药类企业27家，其中不少来自长三角和粤港澳大湾区。不少企业负责人坦言，看中的正是园区完善的产业配套和高效的政务服务。",
    "洋浦相关负责人表示，接下来将围绕油气化工、新材料、港航物流等主导产业开展精准招商，推动产业链延链补链强链，加快建设国际能源、航运、产业基地。",
]

P3_BLOCKS = [
    "=园区经济 2025年12月3日 星期三 第6版",
    "=编辑：吴小梅 美编：黄晨",
    P3_A[0],
    P3_A[4],
    P3_A[1],
    P3_A[5],
    "=图为洋浦经济开发区小铲滩码头。 符传杰 摄",
    P3_B[0],
    P3_A[2],
    P3_B[1],
    P3_A[3],
    P3_B[2],
    P3_B[3],
    P3_B[5],
    P3_B[6],
    P3_B[7],
    P3_B[8],
    P3_B[4],
    P3_B[9],
    "=三亚崖州湾科技城再迎种业项目",
    "本报讯 三亚崖州湾科技城近日迎来一批种业企业落户。海南丰禾种业科技有限公司拟投资1.5亿元，在科技城建设南繁育种"
    "研发中心，项目预计2026年建成。崖州湾科技城相关负责人介绍，科技城已集聚涉农企业1200余家，正加快打造南繁种业"
    "创新高地。",
    "=洋浦经济开发区：“港产城”融合按下快进键",
]

P3_ENT = [
    ("pl_hainan", "Place", "海南省", ["海南"], False, "province"),
    ("pl_danzhou", "Place", "儋州市", ["儋州"], False, "city"),
    ("pl_haikou", "Place", "海口市", ["海口"], False, "city"),
    ("pl_singapore", "Place", "新加坡", [], True, None),
    ("pl_sanya", "Place", "三亚市", ["三亚"], False, "city"),
    ("pk_yzw", "Park", "三亚崖州湾科技城", ["崖州湾科技城"], False, None),
    ("co_fenghe", "Company", "海南丰禾种业科技有限公司", [], False, None),
    ("pj_nanfan", "Project", "南繁育种研发中心", [], False, None),
    ("pk_yangpu", "Park", "洋浦经济开发区", ["洋浦", "洋浦经开区"], False, None),
    ("pk_ftp", "Park", "海南自由贸易港", [], True, None),
    ("pk_shihua", "Park", "石化功能区", [], True, None),
    ("pk_hkgxq", "Park", "海口国家高新技术产业开发区", ["海口高新区"], False, None),
    ("pk_yaogu", "Park", "药谷", ["海口高新区药谷"], True, None),
    ("co_ypmatou", "Company", "洋浦国际集装箱码头", [], True, None),
    ("co_yegang", "Company", "海南椰港新材料有限公司", ["椰港新材料"], False, None),
    ("co_nanming", "Company", "海南南溟石化科技有限公司", [], False, None),
    ("co_xinghai", "Company", "星海能源（海南）有限公司", [], False, None),
    ("co_lanjing", "Company", "海南蓝鲸船舶燃料供应有限公司", [], False, None),
    ("co_puruikang", "Company", "海南普瑞康制药有限公司", [], False, None),
    ("co_kangdayuan", "Company", "海南康达源医疗器械有限公司", [], False, None),
    ("ag_yp_gwh", "Agency", "洋浦经济开发区管委会", ["洋浦管委会"], False, None),
    ("ag_dz_zf", "Agency", "儋州市人民政府", [], False, None),
    ("ag_hn_kjt", "Agency", "海南省科学技术厅", [], False, None),
    ("ag_hn_czt", "Agency", "海南省财政厅", [], False, None),
    ("po_xincailiao", "Policy", "洋浦经济开发区支持新材料产业集聚发展十条措施", [], False, None),
    ("po_gaoxin", "Policy", "海南省高新技术企业发展专项资金管理办法", [], False, None),
    ("pj_kejiangjie", "Project", "年产60万吨生物可降解材料项目", [], False, None),
    ("pj_yixi", "Project", "乙烯裂解装置节能降碳改造", [], False, None),
    ("pj_lng", "Project", "LNG冷能综合利用基地", [], False, None),
    ("pj_dongganfen", "Project", "冻干粉针剂车间", [], False, None),
    ("pj_haocai", "Project", "一次性医用耗材智能工厂", [], False, None),
]

P3_TRI = [
    ("pk_yangpu", "locatedIn", "pl_danzhou", None, "洋浦经济开发区地处儋州市西北部", False),
    ("pk_yangpu", "locatedIn", "pk_ftp", None, "是海南自由贸易港的先行区", True),
    ("co_yegang", "investsIn", "pj_kejiangjie", 3800000000, "海南椰港新材料有限公司年产60万吨生物可降解材料项目现场一派繁忙，该项目计划总投资38亿元", False),
    ("pj_kejiangjie", "locatedIn", "pk_yangpu", None, "洋浦经济开发区小铲滩码头，巨轮往来穿梭。码头后方，海南椰港新材料有限公司年产60万吨生物可降解材料项目", False),
    ("co_yegang", "locatedIn", "pk_yangpu", None, "码头后方，海南椰港新材料有限公司", True),
    ("co_yegang", "locatedIn", "pl_hainan", None, "海南椰港新材料有限公司", True),
    ("po_xincailiao", "issuedBy", "ag_yp_gwh", None, "洋浦经济开发区管委会与儋州市人民政府联合发布《洋浦经济开发区支持新材料产业集聚发展十条措施》", False),
    ("po_xincailiao", "issuedBy", "ag_dz_zf", None, "洋浦经济开发区管委会与儋州市人民政府联合发布《洋浦经济开发区支持新材料产业集聚发展十条措施》", False),
    ("pk_shihua", "locatedIn", "pk_yangpu", None, "在石化功能区", True),
    ("co_nanming", "investsIn", "pj_yixi", 960000000, "海南南溟石化科技有限公司斥资9.6亿元实施乙烯裂解装置节能降碳改造", False),
    ("pj_yixi", "locatedIn", "pk_yangpu", None, "在石化功能区，海南南溟石化科技有限公司斥资9.6亿元实施乙烯裂解装置节能降碳改造", False),
    ("pj_yixi", "locatedIn", "pk_shihua", None, "在石化功能区，海南南溟石化科技有限公司斥资9.6亿元", True),
    ("co_nanming", "locatedIn", "pk_yangpu", None, "在石化功能区，海南南溟石化科技有限公司", True),
    ("co_nanming", "locatedIn", "pl_hainan", None, "海南南溟石化科技有限公司", True),
    ("co_xinghai", "investsIn", "pj_lng", "USD:2亿美元", "星海能源（海南）有限公司则拟投资2亿美元，建设LNG冷能综合利用基地", False),
    ("pj_lng", "locatedIn", "pk_yangpu", None, "星海能源（海南）有限公司则拟投资2亿美元，建设LNG冷能综合利用基地", False),
    ("co_xinghai", "locatedIn", "pl_hainan", None, "星海能源（海南）有限公司", True),
    ("co_xinghai", "locatedIn", "pl_singapore", None, "来自新加坡的星海能源（海南）有限公司", True),
    ("ag_yp_gwh", "signsWith", "co_lanjing", None, "洋浦管委会还与海南蓝鲸船舶燃料供应有限公司签订了保税船用燃料加注合作协议", False),
    ("co_lanjing", "locatedIn", "pl_hainan", None, "海南蓝鲸船舶燃料供应有限公司", True),
    ("pk_yangpu", "designatedAs", "国家新型工业化产业示范基地", None, "洋浦经济开发区日前获评国家新型工业化产业示范基地", False),
    ("pk_hkgxq", "locatedIn", "pl_haikou", None, "海口国家高新技术产业开发区", False),
    ("pk_yaogu", "locatedIn", "pk_hkgxq", None, "在海口高新区药谷", True),
    ("co_puruikang", "investsIn", "pj_dongganfen", 180000000, "海南普瑞康制药有限公司投资1.8亿元新建的冻干粉针剂车间", False),
    ("pj_dongganfen", "locatedIn", "pk_hkgxq", None, "在海口高新区药谷，海南普瑞康制药有限公司投资1.8亿元新建的冻干粉针剂车间", False),
    ("pj_dongganfen", "locatedIn", "pk_yaogu", None, "在海口高新区药谷，海南普瑞康制药有限公司投资1.8亿元新建的冻干粉针剂车间", True),
    ("co_puruikang", "locatedIn", "pk_hkgxq", None, "在海口高新区药谷，海南普瑞康制药有限公司", True),
    ("co_puruikang", "locatedIn", "pl_hainan", None, "海南普瑞康制药有限公司", True),
    ("co_kangdayuan", "investsIn", "pj_haocai", 65000000, "海南康达源医疗器械有限公司则拟投资6500万元，在药谷建设一次性医用耗材智能工厂", False),
    ("pj_haocai", "locatedIn", "pk_hkgxq", None, "海南康达源医疗器械有限公司则拟投资6500万元，在药谷建设一次性医用耗材智能工厂", False),
    ("pj_haocai", "locatedIn", "pk_yaogu", None, "在药谷建设一次性医用耗材智能工厂", True),
    ("co_kangdayuan", "locatedIn", "pl_hainan", None, "海南康达源医疗器械有限公司", True),
    ("po_gaoxin", "issuedBy", "ag_hn_kjt", None, "海南省科学技术厅、海南省财政厅今年修订印发的《海南省高新技术企业发展专项资金管理办法》", False),
    ("po_gaoxin", "issuedBy", "ag_hn_czt", None, "海南省科学技术厅、海南省财政厅今年修订印发的《海南省高新技术企业发展专项资金管理办法》", False),
    ("pk_yzw", "locatedIn", "pl_sanya", None, "三亚崖州湾科技城近日迎来一批种业企业落户", False),
    ("co_fenghe", "investsIn", "pj_nanfan", 150000000, "海南丰禾种业科技有限公司拟投资1.5亿元，在科技城建设南繁育种研发中心", False),
    ("pj_nanfan", "locatedIn", "pk_yzw", None, "海南丰禾种业科技有限公司拟投资1.5亿元，在科技城建设南繁育种研发中心", False),
    ("co_fenghe", "locatedIn", "pk_yzw", None, "三亚崖州湾科技城近日迎来一批种业企业落户。海南丰禾种业科技有限公司", True),
    ("co_fenghe", "locatedIn", "pl_hainan", None, "海南丰禾种业科技有限公司", True),
    ("co_puruikang", "designatedAs", "国家级专精特新小巨人企业", None, "海南普瑞康制药有限公司入选国家级专精特新小巨人企业", False),
]

# ---------------------------------------------------------------------------
# Page 4 (黑龙江 + 宁夏): 哈尔滨新区 feature interleaved with 银川经开区 news.
# ---------------------------------------------------------------------------

P4_A = [
    "本报哈尔滨电 记者赵立新 初冬的哈尔滨新区江北一体发展区，黑龙江北辰半导体材料有限公司的碳化硅衬底"
    "工厂内，一台台长晶炉24小时不停运转。这座工厂由北辰半导体斥资15亿元打造，今年已实现产值4.3亿元。",
    "近年来，哈尔滨新区围绕航空航天、新一代信息技术和生物经济布局产业链，今年以来新签约亿元以上项目41个。"
    "在利民生物医药产业园，哈尔滨寒地生物制品股份有限公司的疫苗原液车间改造正在进行，这项改造计划投资"
    "1.2亿元，完工后原液产能将翻番。",
    "黑龙江省发展和改革委员会、黑龙江省科学技术厅联合制定的《黑龙江省支持哈尔滨新区打造创新高地若干措施》"
    "日前发布，明确对新区新引进的研发机构给予最高2000万元支持。",
    "11月，哈尔滨新区管理委员会与航宇智造（哈尔滨）科技有限公司签署投资协议。按照协议，航宇智造将投资"
    "12.5亿元，在新区建设商业航天结构件智能制造基地。此外，黑龙江北辰半导体材料有限公司今年被认定为"
    "省级企业技术中心。",
    "走进车间，记者看到，工人们身着洁净服，正在对刚出炉的晶锭进行检测。公司负责人介绍，企业自主研发的8英寸"
    "导电型碳化硅衬底已实现批量供货，良品率稳定在七成以上，产品主要销往长三角和珠三角地区的功率器件企业。",
    "哈尔滨新区相关负责人表示，新区将持续深化“放管服”改革，推行企业投资项目“容缺审批”和“承诺即开工”，全力"
    "打造东北地区营商环境最优区。今年前三季度，新区地区生产总值同比增长7.1%，高于全市平均水平。",
]

P4_B = [
    "本报银川讯 宁夏银川经济技术开发区近日举行三季度重点项目集中签约活动，12个项目现场签约，总金额86亿元。"
    "其中，宁夏贺兰云谷数据科技有限公司计划投资20亿元建设算力中心二期工程。",
    "签约现场，银川经开区管委会与宁夏塞上绿能光伏材料有限公司签署协议，由后者投资3500万元实施光伏玻璃"
    "窑炉余热回收改造。宁夏回族自治区工业和信息化厅出台的《宁夏回族自治区算力产业发展三年行动计划》，"
    "为这些项目提供了政策保障。银川经开区也因此成为宁夏首批绿色低碳示范园区。",
    "另据了解，位于吴忠市利通区的金积工业园区，宁夏宏图乳业有限公司年产10万吨液态奶及配套生产线于10月"
    "正式投产，总投资4.6亿元。",
    "近年来，银川经开区依托本地丰富的风光资源和较低的电价优势，大力发展数据中心和新材料产业，已建成标准机架"
    "2万余个，算力规模居西北前列。",
    "宏图乳业负责人介绍，新生产线全部采用自动化灌装设备，每小时可灌装液态奶3.6万盒，投产后将带动周边2000余户"
    "奶农增收。",
    "数据显示，今年前10个月，银川经开区规上工业增加值同比增长9.4%，数字经济核心产业营业收入增长逾三成。开发区还与多家高校共建产业学院，为企业定向培养技术工人和工程师。",
    "哈尔滨新区在推动产业发展的同时，也在加快城市功能完善。新区今年新开工道路、管网、学校等基础设施项目30余个，一批商业综合体和人才公寓相继投用，“产城融合”的框架日益清晰。",
    "业内人士指出，东北地区在碳化硅等第三代半导体材料领域具备一定的科研和人才基础，哈尔滨新区吸引相关企业落户，有利于推动科研成果就地转化，形成新的产业增长极。",
    "银川经开区相关负责人表示，开发区将围绕算力、新材料、装备制造等产业，持续深化“链长制”，力争明年新引进亿元以上项目30个，推动园区经济质量效益稳步提升。",
]

P4_BLOCKS = [
    "=东北·西北 产业观察 A7",
    "=2025年11月21日",
    P4_A[0],
    P4_A[4],
    P4_B[0],
    P4_B[3],
    "=图为黑龙江北辰半导体材料有限公司碳化硅衬底工厂内景。 赵立新摄",
    P4_A[1],
    P4_B[1],
    P4_A[2],
    P4_B[2],
    P4_B[4],
    P4_A[3],
    P4_B[5],
    P4_B[6],
    P4_B[7],
    P4_B[8],
    P4_A[5],
    "今年以来，哈尔滨新区还积极对接京津冀、长三角等地的产业转移需求，举办专题招商推介会12场，签约项目涵盖航空航天、"
    "生物医药、绿色食品等多个领域，招商引资到位资金同比增长26%。",
    "=大庆高新区签约智能采油装备项目",
    "本报讯 黑龙江省大庆高新技术产业开发区日前与黑龙江油城智能装备有限公司签约，企业将投资3.2亿元建设油气田智能"
    "采油装备产业化项目。该项目达产后，可年产智能抽油机1500台套，实现年产值8亿元以上，进一步补齐当地油气装备"
    "产业链条。",
    "=冰城新区“芯”动能澎湃",
]

P4_ENT = [
    ("pl_hlj", "Place", "黑龙江省", ["黑龙江"], False, "province"),
    ("pl_harbin", "Place", "哈尔滨市", ["哈尔滨"], False, "city"),
    ("pl_ningxia", "Place", "宁夏回族自治区", ["宁夏"], False, "province"),
    ("pl_yinchuan", "Place", "银川市", ["银川"], False, "city"),
    ("pl_wuzhong", "Place", "吴忠市", ["吴忠"], False, "city"),
    ("pl_litong", "Place", "利通区", [], False, "district"),
    ("pl_daqing", "Place", "大庆市", ["大庆"], False, "city"),
    ("pk_dqgxq", "Park", "大庆高新技术产业开发区", ["黑龙江省大庆高新技术产业开发区", "大庆高新区"], False, None),
    ("co_youcheng", "Company", "黑龙江油城智能装备有限公司", [], False, None),
    ("pj_caiyou", "Project", "油气田智能采油装备产业化项目", [], False, None),
    ("pk_hrbxq", "Park", "哈尔滨新区", [], False, None),
    ("pk_jiangbei", "Park", "哈尔滨新区江北一体发展区", ["江北一体发展区"], False, None),
    ("pk_limin", "Park", "利民生物医药产业园", [], False, None),
    ("pk_yckfq", "Park", "银川经济技术开发区", ["宁夏银川经济技术开发区", "银川经开区"], False, None),
    ("pk_jinji", "Park", "金积工业园区", [], False, None),
    ("co_beichen", "Company", "黑龙江北辰半导体材料有限公司", ["北辰半导体"], False, None),
    ("co_handi", "Company", "哈尔滨寒地生物制品股份有限公司", [], False, None),
    ("co_hangyu", "Company", "航宇智造（哈尔滨）科技有限公司", ["航宇智造"], False, None),
    ("co_yungu", "Company", "宁夏贺兰云谷数据科技有限公司", [], False, None),
    ("co_saishang", "Company", "宁夏塞上绿能光伏材料有限公司", [], False, None),
    ("co_hongtu", "Company", "宁夏宏图乳业有限公司", ["宏图乳业"], False, None),
    ("ag_hlj_fgw", "Agency", "黑龙江省发展和改革委员会", [], False, None),
    ("ag_hlj_kjt", "Agency", "黑龙江省科学技术厅", [], False, None),
    ("ag_hrb_gwh", "Agency", "哈尔滨新区管理委员会", [], False, None),
    ("ag_yc_gwh", "Agency", "银川经开区管委会", [], False, None),
    ("ag_nx_gxt", "Agency", "宁夏回族自治区工业和信息化厅", [], False, None),
    ("po_hrb", "Policy", "黑龙江省支持哈尔滨新区打造创新高地若干措施", [], False, None),
    ("po_suanli", "Policy", "宁夏回族自治区算力产业发展三年行动计划", [], False, None),
    ("pj_tanhuagui", "Project", "碳化硅衬底工厂", [], False, None),
    ("pj_yimiao", "Project", "疫苗原液车间改造", [], False, None),
    ("pj_hangtian", "Project", "商业航天结构件智能制造基地", [], False, None),
    ("pj_suanli", "Project", "算力中心二期工程", [], False, None),
    ("pj_yaolu", "Project", "光伏玻璃窑炉余热回收改造", [], False, None),
    ("pj_runai", "Project", "年产10万吨液态奶及配套生产线", [], False, None),
]

P4_TRI = [
    ("pk_hrbxq", "locatedIn", "pl_harbin", None, "哈尔滨新区江北一体发展区", False),
    ("pk_jiangbei", "locatedIn", "pk_hrbxq", None, "哈尔滨新区江北一体发展区", False),
    ("co_beichen", "locatedIn", "pk_jiangbei", None, "哈尔滨新区江北一体发展区，黑龙江北辰半导体材料有限公司的碳化硅衬底工厂", True),
    ("co_beichen", "locatedIn", "pl_hlj", None, "黑龙江北辰半导体材料有限公司", True),
    ("co_beichen", "investsIn", "pj_tanhuagui", 1500000000, "这座工厂由北辰半导体斥资15亿元打造", False),
    ("pj_tanhuagui", "locatedIn", "pk_jiangbei", None, "哈尔滨新区江北一体发展区，黑龙江北辰半导体材料有限公司的碳化硅衬底工厂", False),
    ("pk_limin", "locatedIn", "pk_hrbxq", None, "哈尔滨新区围绕航空航天、新一代信息技术和生物经济布局产业链，今年以来新签约亿元以上项目41个。在利民生物医药产业园", True),
    ("co_handi", "investsIn", "pj_yimiao", 120000000, "哈尔滨寒地生物制品股份有限公司的疫苗原液车间改造正在进行，这项改造计划投资1.2亿元", False),
    ("pj_yimiao", "locatedIn", "pk_limin", None, "在利民生物医药产业园，哈尔滨寒地生物制品股份有限公司的疫苗原液车间改造", False),
    ("co_handi", "locatedIn", "pk_limin", None, "在利民生物医药产业园，哈尔滨寒地生物制品股份有限公司", True),
    ("co_handi", "locatedIn", "pl_harbin", None, "哈尔滨寒地生物制品股份有限公司", True),
    ("po_hrb", "issuedBy", "ag_hlj_fgw", None, "黑龙江省发展和改革委员会、黑龙江省科学技术厅联合制定的《黑龙江省支持哈尔滨新区打造创新高地若干措施》", False),
    ("po_hrb", "issuedBy", "ag_hlj_kjt", None, "黑龙江省发展和改革委员会、黑龙江省科学技术厅联合制定的《黑龙江省支持哈尔滨新区打造创新高地若干措施》", False),
    ("ag_hrb_gwh", "signsWith", "co_hangyu", None, "哈尔滨新区管理委员会与航宇智造（哈尔滨）科技有限公司签署投资协议", False),
    ("co_hangyu", "investsIn", "pj_hangtian", 1250000000, "航宇智造将投资12.5亿元，在新区建设商业航天结构件智能制造基地", False),
    ("pj_hangtian", "locatedIn", "pk_hrbxq", None, "航宇智造将投资12.5亿元，在新区建设商业航天结构件智能制造基地", False),
    ("co_hangyu", "locatedIn", "pl_harbin", None, "航宇智造（哈尔滨）科技有限公司", True),
    ("co_beichen", "designatedAs", "省级企业技术中心", None, "黑龙江北辰半导体材料有限公司今年被认定为省级企业技术中心", False),
    ("pk_yckfq", "locatedIn", "pl_yinchuan", None, "宁夏银川经济技术开发区", False),
    ("pl_yinchuan", "partOf", "pl_ningxia", None, "宁夏银川经济技术开发区", True),
    ("co_yungu", "investsIn", "pj_suanli", 2000000000, "宁夏贺兰云谷数据科技有限公司计划投资20亿元建设算力中心二期工程", False),
    ("pj_suanli", "locatedIn", "pk_yckfq", None, "宁夏银川经济技术开发区近日举行三季度重点项目集中签约活动", False),
    ("pk_yckfq", "signsWith", "co_yungu", None, "宁夏银川经济技术开发区近日举行三季度重点项目集中签约活动，12个项目现场签约", True),
    ("co_yungu", "locatedIn", "pl_ningxia", None, "宁夏贺兰云谷数据科技有限公司", True),
    ("ag_yc_gwh", "signsWith", "co_saishang", None, "银川经开区管委会与宁夏塞上绿能光伏材料有限公司签署协议", False),
    ("co_saishang", "investsIn", "pj_yaolu", 35000000, "由后者投资3500万元实施光伏玻璃窑炉余热回收改造", False),
    ("pj_yaolu", "locatedIn", "pk_yckfq", None, "银川经开区管委会与宁夏塞上绿能光伏材料有限公司签署协议，由后者投资3500万元实施光伏玻璃窑炉余热回收改造", False),
    ("co_saishang", "locatedIn", "pl_ningxia", None, "宁夏塞上绿能光伏材料有限公司", True),
    ("po_suanli", "issuedBy", "ag_nx_gxt", None, "宁夏回族自治区工业和信息化厅出台的《宁夏回族自治区算力产业发展三年行动计划》", False),
    ("pk_yckfq", "designatedAs", "宁夏首批绿色低碳示范园区", None, "银川经开区也因此成为宁夏首批绿色低碳示范园区", False),
    ("pk_jinji", "locatedIn", "pl_litong", None, "位于吴忠市利通区的金积工业园区", False),
    ("pl_litong", "partOf", "pl_wuzhong", None, "位于吴忠市利通区的金积工业园区", False),
    ("co_hongtu", "investsIn", "pj_runai", 460000000, "宁夏宏图乳业有限公司年产10万吨液态奶及配套生产线于10月正式投产，总投资4.6亿元", False),
    ("pj_runai", "locatedIn", "pk_jinji", None, "金积工业园区，宁夏宏图乳业有限公司年产10万吨液态奶及配套生产线", False),
    ("co_hongtu", "locatedIn", "pk_jinji", None, "金积工业园区，宁夏宏图乳业有限公司", True),
    ("co_hongtu", "locatedIn", "pl_ningxia", None, "宁夏宏图乳业有限公司", True),
    ("pk_dqgxq", "locatedIn", "pl_daqing", None, "黑龙江省大庆高新技术产业开发区", False),
    ("pl_daqing", "partOf", "pl_hlj", None, "黑龙江省大庆高新技术产业开发区", True),
    ("pk_dqgxq", "signsWith", "co_youcheng", None, "大庆高新技术产业开发区日前与黑龙江油城智能装备有限公司签约", False),
    ("co_youcheng", "investsIn", "pj_caiyou", 320000000, "企业将投资3.2亿元建设油气田智能采油装备产业化项目", False),
    ("pj_caiyou", "locatedIn", "pk_dqgxq", None, "大庆高新技术产业开发区日前与黑龙江油城智能装备有限公司签约，企业将投资3.2亿元建设油气田智能采油装备产业化项目", False),
    ("co_youcheng", "locatedIn", "pl_hlj", None, "黑龙江油城智能装备有限公司", True),
    ("co_youcheng", "locatedIn", "pk_dqgxq", None, "大庆高新技术产业开发区日前与黑龙江油城智能装备有限公司签约", True),
]

PAGES_SPEC = [
    ("c01_shandong", P1_BLOCKS, P1_ENT, P1_TRI, "utf-8", 301),
    ("c02_gansu", P2_BLOCKS, P2_ENT, P2_TRI, "utf-8", 302),
    ("c03_hainan", P3_BLOCKS, P3_ENT, P3_TRI, "gbk", 303),
    ("c04_heilongjiang_ningxia", P4_BLOCKS, P4_ENT, P4_TRI, "utf-8", 304),
]


def gold_json(doc: str, ents: list, tris: list) -> dict:
    entities = []
    for eid, typ, name, aliases, opt, level in ents:
        e = {"id": eid, "type": typ, "name": name, "aliases": aliases, "optional": opt}
        if level:
            e["level"] = level
        entities.append(e)
    triples = []
    for s, p, o, amount, ev, opt in tris:
        t: dict = {"s": s, "p": p}
        if p == "designatedAs":
            t["o_literal"] = o
        else:
            t["o"] = o
        if isinstance(amount, int):
            t["amount_yuan"] = amount
        elif isinstance(amount, str):  # foreign currency: kept as text, not scored as yuan
            cur, txt = amount.split(":", 1)
            t["amount_text"] = txt
            t["currency"] = cur
        t["evidence"] = ev
        t["optional"] = opt
        triples.append(t)
    return {"doc": doc, "entities": entities, "triples": triples}


def check(doc: str, page: str, gold: dict) -> list[str]:
    """Every label and evidence snippet must be verbatim in the (whitespace-free) page."""
    flat = chk.squash(page)
    problems = []
    ids = {e["id"] for e in gold["entities"]}
    if len(ids) != len(gold["entities"]):
        problems.append(f"{doc}: duplicate entity id")
    for e in gold["entities"]:
        labels = [e["name"], *e["aliases"]]
        present = [lab for lab in labels if lab in flat]
        if not present:
            problems.append(f"{doc}: no label of {e['id']} in page: {labels}")
        elif e["type"] not in ("Place", "Park"):
            for lab in labels:
                if lab not in flat:
                    problems.append(f"{doc}: label {lab!r} of {e['id']} not in page")
    for t in gold["triples"]:
        if t["s"] not in ids or ("o" in t and t["o"] not in ids):
            problems.append(f"{doc}: dangling id in {t}")
        if t["evidence"] not in flat:
            problems.append(f"{doc}: evidence not verbatim: {t['evidence']}")
    return problems


def main() -> int:
    PAGES.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    problems = []
    for stem, blocks, ents, tris, enc, seed in PAGES_SPEC:
        page = render(blocks, seed)
        doc = f"{stem}.txt"
        (PAGES / doc).write_bytes(page.encode(enc))
        gold = gold_json(doc, ents, tris)
        (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        problems += check(doc, page, gold)
        print(f"{doc}: {len(page)} chars, {enc}, {len(ents)} entities, {len(tris)} triples")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
