"""Generate the held-out pages and their gold annotation (run once; outputs are committed).

Why a generator: the clean article text, the PDF-style damage and the gold facts
live side by side, so a reviewer can check every gold item against the sentence
that states it, and the damage (hard line breaks, blank lines, headline at the
end, interleaved columns, GBK bytes) is applied the same way every time.

The articles are invented for this evaluation (companies, people and figures are
fictitious; places and ministries are real), from provinces that the seed pages
do not cover: 贵州, 江苏, 广东, 四川/重庆, 河南/内蒙古/新疆.  They were written
before looking at the extractor, so they are not shaped by what it can do.

Run:  python tests/data/heldout/make_heldout.py
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402


def wrap(text: str, rng: random.Random) -> str:
    """Hard line breaks every 12-20 characters, blank line between lines (as in the seeds)."""
    return "\n\n".join(dmg.wrap(text, rng, (12, 20), no_start=""))


def squash(text: str) -> str:
    return chk.squash(unicodedata.normalize("NFKC", text))


# Block kinds: ("p", text) a body paragraph that gets wrapped; ("raw", text) kept as is
# (page furniture, headlines, bylines, captions).

# ---------------------------------------------------------------------------
# ho1 — 贵州: 贵阳高新区 (main) interleaved with 黔南州瓮安 (second article)
# ---------------------------------------------------------------------------
HO1 = {
    "file": "ho1_guizhou.txt",
    "encoding": "utf-8",
    "seed": 101,
    "blocks": [
        ("raw", "经济园区 第 5 版 2025年6月12日 星期四\n\n责编：刘 洋  美编：张 莉"),
        ("raw", "本报记者 王晓峰"),
        ("p", "6 月上旬，位于贵州省贵阳市的贵阳国家高新技术产业开发区内，塔吊林立、机器轰鸣。由贵州云栖数据科技有限公司"
              "总投资 12 亿元建设的云栖智算中心一期项目已完成主体结构封顶，预计年底前投入运营，建成后将新增标准机架3000个。"),
        ("p", "“项目从签约到开工只用了45天。”云栖数据相关负责人告诉记者，贵阳高新区管委会为项目提供了“拿地即开工”"
              "全程代办服务。今年以来，贵阳高新区围绕算力、软件和信息服务、智能终端三大主导产业精准招商，已签约落地项目"
              "27 个，协议投资额达156亿元。"),
        ("p", "记者在云栖智算中心一期项目现场看到，数百名工人正在进行机电设备安装。项目负责人介绍，中心采用液冷技术，电能"
              "利用效率可控制在1.2以下，每年可节约用电约8000万千瓦时。为保障项目用电，贵州电网有限责任公司专门配套新建了"
              "一座220千伏变电站。"),
        ("raw", "瓮安：磷化工\n\n“链”出新天地"),
        ("p", "本报讯（记者 陈 静）走进黔南布依族苗族自治州瓮安县的瓮安经济开发区，一排排银白色储罐整齐排列。贵州磷都化工"
              "集团有限公司年产20万吨磷酸铁锂正极材料项目正在加紧设备安装，该项目总投资 32 亿元，是黔南州今年单体投资"
              "最大的工业项目。"),
        ("p", "瓮安县地处黔南州北部，磷矿资源储量丰富。过去，当地磷化工企业大多以出售磷矿石和初级磷肥为主，附加值低、污染"
              "重。近年来，瓮安县坚持“以化带矿、以新带旧”，推动磷化工向精细化、新能源材料方向转型，先后引进上下游企业30"
              "余家。"),
        ("p", "磷都集团负责人介绍，项目将园区内的湿法磷酸就地转化为电池级磷酸铁，实现“矿—化—材”一体化。与此同时，"
              "KDL凯达锂电科技有限公司注资 1.5 亿美元建设的年产10万吨电解液项目也于5月开工建设，凯达锂电所需的六氟"
              "磷酸锂将全部由园区企业配套供应。"),
        ("raw", "图为贵阳高新区云栖智算中心一期项目建设现场。 本报记者 王晓峰摄"),
        ("p", "在智能终端领域，深圳市华鼎电子股份有限公司日前与贵阳高新 区管委会签订投资协议，计划投资6.8亿元建设年产"
              "500万套智能终端模组项目。华鼎电子是国内较早从事智能终端模组研发的企业，项目投产后预计年产值可达20亿元。"
              "此外，本地企业黔云软件计划投资8500万元建设工业软件研发中心项目，目前已完成备案。"),
        ("p", "政策红利持续释放。今年 4 月，贵州省发展和改革委员会、贵州省大数据发展管理局、贵州省工业和信息化厅联合印发"
              "《关于加快算力产业高质量发展的若干措施》，从电价、用地、人才等方面支持算力企业发展。贵阳高新区随即出台"
              "配套的《算力产业招商引资十条》，对新落户的重点项目给予奖励。"),
        ("p", "近年来，瓮安经开区先后获批省级循环化改造示范试点园区、国家级绿色工业园区，磷化工产值连续三年保持两位数"
              "增长。瓮安县人民政府与贵州磷都化工集团有限公司签订战略合作协议，双方将共建新能源材料产业园，规划面积"
              "3.2平方公里。"),
        ("p", "在园区另一侧，贵州川黔环保科技有限公司年处理50万吨磷石膏综合利用项目已建成投产，生产纸面石膏板和新型建材。"
              "该项目总投资 4.6 亿元，由川黔环保与瓮安县城市建设投资有限公司共同出资建设。"),
        ("p", "“算力是数字经济时代的新型生产力。”贵州省社会科学院研究员李明认为，贵阳高新区依托大数据先行优势，正在从"
              "“存数据”向“算数据”转变，关键是要把算力优势转化为产业优势，吸引更多应用型企业落地。"),
        ("p", "据悉，黔南州还将在福泉市、龙里县布局一批配套项目，推动磷化工向新能源材料延伸。"),
        ("p", "凭借良好的产业生态，贵阳高新区去年入选首批国家数字经济创新发展示范园区，园区内的云栖数据被认定为国家级专精"
              "特新“小巨人”企业。下一步，贵阳高新区将加快推进与贵安新区的算力资源协同调度，力争到2027年算力规模突破"
              " 10 万P。"),
        ("p", "今年上半年，贵阳高新区规模以上工业增加值同比增长12.3%，软件和信息技术服务业收入同比增长18.6%，均高于全市"
              "平均水平。园区还与贵州大学共建算力人才实训基地，每年可培养专业技术人才2000名。"),
        ("raw", "贵阳高新区\n\n算力项目跑出“加速度”"),
    ],
    "entities": [
        ("pl_guizhou", "Place", "贵州省", ["贵州"], False, "province"),
        ("pl_guiyang", "Place", "贵阳市", ["贵阳"], False, "city"),
        ("pl_qiannan", "Place", "黔南布依族苗族自治州", ["黔南州", "黔南"], False, "city"),
        ("pl_wengan", "Place", "瓮安县", ["瓮安"], False, "county"),
        ("pl_fuquan", "Place", "福泉市", ["福泉"], False, "county"),
        ("pl_longli", "Place", "龙里县", ["龙里"], False, "county"),
        ("pl_shenzhen", "Place", "深圳市", ["深圳"], True, "city"),
        ("pk_gygx", "Park", "贵阳国家高新技术产业开发区", ["贵阳高新区", "贵阳国家高新区"], False, None),
        ("pk_guian", "Park", "贵安新区", [], False, None),
        ("pk_wengan", "Park", "瓮安经济开发区", ["瓮安经开区"], False, None),
        ("pk_wa_xny", "Park", "新能源材料产业园", [], True, None),
        ("ag_gygx_gwh", "Agency", "贵阳高新区管委会", [], False, None),
        ("ag_gz_fgw", "Agency", "贵州省发展和改革委员会", [], False, None),
        ("ag_gz_dsj", "Agency", "贵州省大数据发展管理局", [], False, None),
        ("ag_gz_gxt", "Agency", "贵州省工业和信息化厅", [], False, None),
        ("ag_wengan_gov", "Agency", "瓮安县人民政府", [], False, None),
        ("po_suanli", "Policy", "关于加快算力产业高质量发展的若干措施", [], False, None),
        ("po_shitiao", "Policy", "算力产业招商引资十条", [], False, None),
        ("po_yihuadaikuang", "Policy", "以化带矿、以新带旧", [], True, None),
        ("po_nadi", "Policy", "拿地即开工", [], True, None),
        ("co_yunqi", "Company", "贵州云栖数据科技有限公司", ["云栖数据"], False, None),
        ("co_huading", "Company", "深圳市华鼎电子股份有限公司", ["华鼎电子"], False, None),
        ("co_qianyun", "Company", "黔云软件", [], False, None),
        ("co_lindu", "Company", "贵州磷都化工集团有限公司", ["磷都集团"], False, None),
        ("co_kdl", "Company", "KDL凯达锂电科技有限公司", ["凯达锂电"], False, None),
        ("co_gzdw", "Company", "贵州电网有限责任公司", [], False, None),
        ("co_chuanqian", "Company", "贵州川黔环保科技有限公司", ["川黔环保"], False, None),
        ("co_wa_ct", "Company", "瓮安县城市建设投资有限公司", [], False, None),
        ("co_gzass", "Company", "贵州省社会科学院", [], True, None),
        ("co_gzu", "Company", "贵州大学", [], True, None),
        ("pj_biandianzhan", "Project", "220千伏变电站", [], True, None),
        ("pj_shigao", "Project", "年处理50万吨磷石膏综合利用项目", [], False, None),
        ("pj_shixun", "Project", "算力人才实训基地", [], True, None),
        ("pj_zhisuan", "Project", "云栖智算中心一期项目", [], False, None),
        ("pj_mozu", "Project", "年产500万套智能终端模组项目", [], False, None),
        ("pj_ruanjian", "Project", "工业软件研发中心项目", [], False, None),
        ("pj_lintie", "Project", "年产20万吨磷酸铁锂正极材料项目", [], False, None),
        ("pj_dianjieye", "Project", "年产10万吨电解液项目", [], False, None),
    ],
    "triples": [
        ("pl_guiyang", "partOf", "pl_guizhou", "位于贵州省贵阳市", False, None),
        ("pk_gygx", "locatedIn", "pl_guiyang", "位于贵州省贵阳市的贵阳国家高新技术产业开发区", False, None),
        ("co_yunqi", "investsIn", "pj_zhisuan", "由贵州云栖数据科技有限公司总投资12亿元建设的云栖智算中心一期项目", False,
         1200000000),
        ("pj_zhisuan", "locatedIn", "pk_gygx", "贵阳国家高新技术产业开发区内，塔吊林立、机器轰鸣。由贵州云栖数据科技有限公司"
         "总投资12亿元建设的云栖智算中心一期项目", False, None),
        ("co_yunqi", "locatedIn", "pk_gygx", "园区内的云栖数据被认定为", False, None),
        ("co_yunqi", "designatedAs", "国家级专精特新“小巨人”企业", "园区内的云栖数据被认定为国家级专精特新“小巨人”企业",
         False, None),
        ("pk_gygx", "designatedAs", "首批国家数字经济创新发展示范园区", "贵阳高新区去年入选首批国家数字经济创新发展示范园区",
         False, None),
        ("ag_gygx_gwh", "signsWith", "co_huading", "深圳市华鼎电子股份有限公司日前与贵阳高新区管委会签订投资协议", False, None),
        ("pk_gygx", "signsWith", "co_huading", "深圳市华鼎电子股份有限公司日前与贵阳高新区管委会签订投资协议", True, None),
        ("co_huading", "investsIn", "pj_mozu", "计划投资6.8亿元建设年产500万套智能终端模组项目", False, 680000000),
        ("pj_mozu", "locatedIn", "pk_gygx", "与贵阳高新区管委会签订投资协议，计划投资6.8亿元建设年产500万套智能终端模组项目",
         False, None),
        ("co_huading", "locatedIn", "pl_shenzhen", "深圳市华鼎电子股份有限公司", True, None),
        ("co_qianyun", "investsIn", "pj_ruanjian", "黔云软件计划投资8500万元建设工业软件研发中心项目", False, 85000000),
        ("pj_ruanjian", "locatedIn", "pk_gygx", "此外，本地企业黔云软件计划投资8500万元建设工业软件研发中心项目", True, None),
        ("co_qianyun", "locatedIn", "pk_gygx", "此外，本地企业黔云软件", True, None),
        ("po_suanli", "issuedBy", "ag_gz_fgw", "贵州省发展和改革委员会、贵州省大数据发展管理局、贵州省工业和信息化厅联合印发"
         "《关于加快算力产业高质量发展的若干措施》", False, None),
        ("po_suanli", "issuedBy", "ag_gz_dsj", "贵州省大数据发展管理局、贵州省工业和信息化厅联合印发《关于加快算力产业高质量"
         "发展的若干措施》", False, None),
        ("po_suanli", "issuedBy", "ag_gz_gxt", "贵州省工业和信息化厅联合印发《关于加快算力产业高质量发展的若干措施》", False,
         None),
        ("po_shitiao", "issuedBy", "ag_gygx_gwh", "贵阳高新区随即出台配套的《算力产业招商引资十条》", True, None),
        ("po_shitiao", "issuedBy", "pk_gygx", "贵阳高新区随即出台配套的《算力产业招商引资十条》", True, None),
        ("pl_qiannan", "partOf", "pl_guizhou", "走进黔南布依族苗族自治州瓮安县", True, None),
        ("pl_wengan", "partOf", "pl_qiannan", "黔南布依族苗族自治州瓮安县", False, None),
        ("pk_wengan", "locatedIn", "pl_wengan", "走进黔南布依族苗族自治州瓮安县的瓮安经济开发区", False, None),
        ("co_lindu", "investsIn", "pj_lintie", "贵州磷都化工集团有限公司年产20万吨磷酸铁锂正极材料项目正在加紧设备安装，"
         "该项目总投资32亿元", False, 3200000000),
        ("pj_lintie", "locatedIn", "pk_wengan", "瓮安经济开发区，一排排银白色储罐整齐排列。贵州磷都化工集团有限公司年产20万吨"
         "磷酸铁锂正极材料项目", False, None),
        ("co_lindu", "locatedIn", "pk_wengan", "瓮安经济开发区，一排排银白色储罐整齐排列。贵州磷都化工集团有限公司", True, None),
        ("co_kdl", "investsIn", "pj_dianjieye", "KDL凯达锂电科技有限公司注资1.5亿美元建设的年产10万吨电解液项目", False, None),
        ("pj_dianjieye", "locatedIn", "pk_wengan", "凯达锂电科技有限公司注资1.5亿美元建设的年产10万吨电解液项目也于5月开工建设，"
         "凯达锂电所需的六氟磷酸锂将全部由园区企业配套供应", False, None),
        ("co_kdl", "locatedIn", "pk_wengan", "凯达锂电所需的六氟磷酸锂将全部由园区企业配套供应", True, None),
        ("pk_wengan", "designatedAs", "省级循环化改造示范试点园区", "瓮安经开区先后获批省级循环化改造示范试点园区", False,
         None),
        ("pk_wengan", "designatedAs", "国家级绿色工业园区", "瓮安经开区先后获批省级循环化改造示范试点园区、国家级绿色工业园区",
         False, None),
        ("ag_wengan_gov", "signsWith", "co_lindu", "瓮安县人民政府与贵州磷都化工集团有限公司签订战略合作协议", False, None),
        ("pl_wengan", "signsWith", "co_lindu", "瓮安县人民政府与贵州磷都化工集团有限公司签订战略合作协议", True, None),
        ("pk_wa_xny", "locatedIn", "pk_wengan", "双方将共建新能源材料产业园", True, None),
        ("pk_wa_xny", "locatedIn", "pl_wengan", "双方将共建新能源材料产业园", True, None),
        ("co_gzdw", "investsIn", "pj_biandianzhan", "贵州电网有限责任公司专门配套新建了一座220千伏变电站", True, None),
        ("co_gzdw", "locatedIn", "pl_guizhou", "贵州电网有限责任公司", True, None),
        ("pj_biandianzhan", "locatedIn", "pk_gygx", "贵州电网有限责任公司专门配套新建了一座220千伏变电站", True, None),
        ("co_chuanqian", "investsIn", "pj_shigao", "贵州川黔环保科技有限公司年处理50万吨磷石膏综合利用项目已建成投产，生产纸面"
         "石膏板和新型建材。该项目总投资4.6亿元", False, 460000000),
        ("co_wa_ct", "investsIn", "pj_shigao", "由川黔环保与瓮安县城市建设投资有限公司共同出资建设", False, None),
        ("pj_shigao", "locatedIn", "pk_wengan", "在园区另一侧，贵州川黔环保科技有限公司年处理50万吨磷石膏综合利用项目", False,
         None),
        ("co_chuanqian", "locatedIn", "pk_wengan", "在园区另一侧，贵州川黔环保科技有限公司", True, None),
        ("co_chuanqian", "locatedIn", "pl_guizhou", "贵州川黔环保科技有限公司", True, None),
        ("co_wa_ct", "locatedIn", "pl_wengan", "瓮安县城市建设投资有限公司", True, None),
        ("pk_gygx", "signsWith", "co_gzu", "园区还与贵州大学共建算力人才实训基地", True, None),
        ("pj_shixun", "locatedIn", "pk_gygx", "园区还与贵州大学共建算力人才实训基地", True, None),
        ("pl_fuquan", "partOf", "pl_qiannan", "黔南州还将在福泉市、龙里县布局一批配套项目", True, None),
        ("pl_longli", "partOf", "pl_qiannan", "黔南州还将在福泉市、龙里县布局一批配套项目", True, None),
    ],
}

# ---------------------------------------------------------------------------
# ho2 — 江苏 (GBK bytes): 苏州工业园区综保区 (main) interleaved with 常州高新区
# ---------------------------------------------------------------------------
HO2 = {
    "file": "ho2_jiangsu_gbk.txt",
    "encoding": "gbk",
    "seed": 202,
    "blocks": [
        ("raw", "开发区观察 第3版 2025年7月3日 星期四\n\n责编：周 敏"),
        ("raw", "本报记者 许 诺 通讯员 顾 晨"),
        ("p", "苏州工业园区是中国和新加坡两国政府间的重要合作项目，1994年经国务院批准设立。三十多年来，园区累计吸引外资项目"
              "5000多个，其中世界500强企业投资项目150多个，形成了新一代信息技术、高端装备制造、生物医药、纳米技术应用等"
              "主导产业。今年前5个月，苏州工业园区实现进出口总额2300亿元，同比增长6.8%，其中综保区进出口额占比超过四成。"),
        ("p", "盛夏时节，江苏省苏州市的苏州工业园区综合保税区内一派繁忙。海德曼精密机械（苏州）有限公司新建的第二工厂"
              "已经投入试生产，这个由德国海德曼集团追加注资 2 亿美元的年产30万台新能源汽车电驱系统项目，从签约到投产"
              "仅用了14个月。"),
        ("p", "苏州工业园区管委会相关负责人介绍，今年上半年园区新签约外资项目42个，实际使用外资 12.6 亿美元。综保区还"
              "先后获批全国首批增值税一般纳税人资格试点、全国首个生物医药研发用物品进口试点，为企业进出口提供了便利。据介绍，综保区今年还将启动保税研发中心二期建设，吸引更多生物医药企业开展保税研发业务。"),
        ("raw", "常州高新区：\n\n新能源之都建设提速"),
        ("p", "本报讯（记者 孙 瑶）7 月 1 日，常州华宇新能源科技有限公司年产12GWh储能电池项目在常州国家高新技术产业开发区"
              "开工建设。该项目计划投资45亿元，达产后可实现年销售收入80亿元。"),
        ("p", "常州高新区位于常州市新北区，近年来围绕动力电池、储能、光伏三条赛道集聚上下游企业200余家。今年5月，常州市"
              "人民政府办公室印发《常州市推进新能源之都建设三年行动计划（2025—2027年）》，明确提出打造万亿级新能源产业"
              "集群。"),
        ("p", "同日，新北区人民政府与江苏恒创智能装备集团签订项目合作协议，恒创集团将在常州高新区投资 16 亿元建设光伏"
              "组件智能装备研发制造基地项目。此外，总投资 3 千万元的储能电池回收中试线项目已在孟河镇落户。"),
        ("p", "在常州高新区的储能产业园内，多家企业正在加紧扩产。江苏星河储能科技有限公司投资 5.8 亿元的年产2GWh储能系统"
              "集成项目已完成厂房建设，预计年内投产。园区负责人介绍，常州高新区已形成从正负极材料、电解液、隔膜到电芯、"
              "电池系统的完整产业链。"),
        ("p", "“我们选择常州，看中的是这里的产业生态和营商环境。”华宇新能源负责人表示，从项目洽谈到拿到施工许可证，只用了"
              "不到两个月时间。据统计，今年上半年常州市新能源产业实现产值3200亿元，同比增长15.6%。此外，常州高新区管委会与中科院常州先进制造研究所签约共建新能源产业创新中心。"),
        ("p", "科技创新企业在这里加速成长。苏州纳微光电股份有限公司今年被认定为国家级专精特新“小巨人”企业，其投资 8.5 "
              "亿元的高端光学膜材料产业化基地项目于3月开工建设，预计2026年建成投产。纳微光电董事长表示，选择在园区扩产，"
              "看重的正是这里完善的产业链配套。"),
        ("p", "走进纳微光电的生产车间，一卷卷光学膜在全自动产线上飞速运转。公司研发投入占营收比重连续五年超过10%，累计获得"
              "发明专利186项，产品广泛应用于手机、平板电脑和车载显示屏。"),
        ("raw", "图为苏州工业园区综合保税区内的企业生产线。 顾 晨摄"),
        ("p", "6月28日，苏州工业园区管委会与上海启明医药科技有限公司、苏州元禾投资集团签署合作协议，三方将共同设立规模"
              "50亿元的生物医药产业基金。"),
        ("p", "去年，常州高新区获评江苏省首批“绿色低碳示范园区”，华宇新能源被工业和信息化部列入国家级绿色工厂名单。"),
        ("p", "商务部日前公布的国家级经济技术开发区综合发展水平考核评价结果显示，苏州工 业 园区连续九年位居第一。"),
        ("raw", "苏州工业园区\n\n综保区开放平台\n\n引来“好项目”"),
    ],
    "entities": [
        ("pl_jiangsu", "Place", "江苏省", ["江苏"], False, "province"),
        ("pl_suzhou", "Place", "苏州市", ["苏州"], False, "city"),
        ("pl_changzhou", "Place", "常州市", ["常州"], False, "city"),
        ("pl_xinbei", "Place", "新北区", [], False, "district"),
        ("pl_menghe", "Place", "孟河镇", [], False, "town"),
        ("pl_shanghai", "Place", "上海市", ["上海"], True, "city"),
        ("pl_germany", "Place", "德国", [], True, None),
        ("pl_singapore", "Place", "新加坡", [], True, None),
        ("pl_china", "Place", "中国", [], True, None),
        ("ag_guowuyuan", "Agency", "国务院", [], False, None),
        ("pk_cz_chuneng", "Park", "储能产业园", [], True, None),
        ("co_xinghe", "Company", "江苏星河储能科技有限公司", [], False, None),
        ("ag_czgx_gwh", "Agency", "常州高新区管委会", [], False, None),
        ("co_cas_cz", "Company", "中科院常州先进制造研究所", [], True, None),
        ("pj_cz_cxzx", "Project", "新能源产业创新中心", [], True, None),
        ("pj_jicheng", "Project", "年产2GWh储能系统集成项目", [], False, None),
        ("pj_baoshui", "Project", "保税研发中心二期", [], True, None),
        ("pk_sip", "Park", "苏州工业园区", [], False, None),
        ("pk_sip_zbq", "Park", "苏州工业园区综合保税区", ["综保区"], False, None),
        ("pk_czgx", "Park", "常州国家高新技术产业开发区", ["常州高新区", "常州国家高新区"], False, None),
        ("ag_sip_gwh", "Agency", "苏州工业园区管委会", [], False, None),
        ("ag_cz_gov_office", "Agency", "常州市人民政府办公室", [], False, None),
        ("ag_xinbei_gov", "Agency", "新北区人民政府", [], False, None),
        ("ag_miit", "Agency", "工业和信息化部", [], False, None),
        ("ag_mofcom", "Agency", "商务部", [], False, None),
        ("po_cz_xny", "Policy", "常州市推进新能源之都建设三年行动计划（2025—2027年）", ["常州市推进新能源之都建设三年行动计划"],
         False, None),
        ("co_hdm_sz", "Company", "海德曼精密机械（苏州）有限公司", [], False, None),
        ("co_hdm", "Company", "海德曼集团", ["德国海德曼集团"], False, None),
        ("co_nawei", "Company", "苏州纳微光电股份有限公司", ["纳微光电"], False, None),
        ("co_qiming", "Company", "上海启明医药科技有限公司", [], False, None),
        ("co_yuanhe", "Company", "苏州元禾投资集团", [], False, None),
        ("co_huayu", "Company", "常州华宇新能源科技有限公司", ["华宇新能源"], False, None),
        ("co_hengchuang", "Company", "江苏恒创智能装备集团", ["恒创集团"], False, None),
        ("pj_dianqu", "Project", "年产30万台新能源汽车电驱系统项目", [], False, None),
        ("pj_dianqu_plant", "Project", "第二工厂", [], True, None),
        ("pj_guangxuemo", "Project", "高端光学膜材料产业化基地项目", [], False, None),
        ("pj_chuneng", "Project", "年产12GWh储能电池项目", [], False, None),
        ("pj_zhuangbei", "Project", "光伏组件智能装备研发制造基地项目", [], False, None),
        ("pj_huishou", "Project", "储能电池回收中试线项目", [], False, None),
        ("pj_jijin", "Project", "生物医药产业基金", [], True, None),
    ],
    "triples": [
        ("pl_suzhou", "partOf", "pl_jiangsu", "江苏省苏州市的苏州工业园区综合保税区", False, None),
        ("pk_sip", "locatedIn", "pl_suzhou", "江苏省苏州市的苏州工业园区综合保税区", False, None),
        ("pk_sip_zbq", "locatedIn", "pk_sip", "苏州工业园区综合保税区", True, None),
        ("pk_sip_zbq", "locatedIn", "pl_suzhou", "江苏省苏州市的苏州工业园区综合保税区", True, None),
        ("co_hdm", "investsIn", "pj_dianqu", "由德国海德曼集团追加注资2亿美元的年产30万台新能源汽车电驱系统项目", False, None),
        ("co_hdm_sz", "investsIn", "pj_dianqu", "海德曼精密机械（苏州）有限公司新建的第二工厂已经投入试生产，这个由德国海德曼集团"
         "追加注资2亿美元的年产30万台新能源汽车电驱系统项目", True, None),
        ("co_hdm", "locatedIn", "pl_germany", "德国海德曼集团", True, None),
        ("pj_dianqu", "locatedIn", "pk_sip_zbq", "苏州工业园区综合保税区内一派繁忙。海德曼精密机械（苏州）有限公司新建的第二工厂"
         "已经投入试生产，这个由德国海德曼集团追加注资2亿美元的年产30万台新能源汽车电驱系统项目", False, None),
        ("co_hdm_sz", "locatedIn", "pk_sip_zbq", "苏州工业园区综合保税区内一派繁忙。海德曼精密机械（苏州）有限公司", True, None),
        ("co_hdm_sz", "locatedIn", "pl_suzhou", "海德曼精密机械（苏州）有限公司", True, None),
        ("pk_sip_zbq", "designatedAs", "全国首批增值税一般纳税人资格试点", "综保区还先后获批全国首批增值税一般纳税人资格试点",
         False, None),
        ("pk_sip_zbq", "designatedAs", "全国首个生物医药研发用物品进口试点", "全国首个生物医药研发用物品进口试点", False, None),
        ("co_huayu", "investsIn", "pj_chuneng", "常州华宇新能源科技有限公司年产12GWh储能电池项目在常州国家高新技术产业开发区"
         "开工建设。该项目计划投资45亿元", False, 4500000000),
        ("pj_chuneng", "locatedIn", "pk_czgx", "年产12GWh储能电池项目在常州国家高新技术产业开发区开工建设", False, None),
        ("co_huayu", "locatedIn", "pk_czgx", "常州华宇新能源科技有限公司年产12GWh储能电池项目在常州国家高新技术产业开发区"
         "开工建设", True, None),
        ("pk_czgx", "locatedIn", "pl_xinbei", "常州高新区位于常州市新北区", False, None),
        ("pl_xinbei", "partOf", "pl_changzhou", "常州高新区位于常州市新北区", False, None),
        ("pl_changzhou", "partOf", "pl_jiangsu", "常州高新区获评江苏省首批“绿色低碳示范园区”", True, None),
        ("po_cz_xny", "issuedBy", "ag_cz_gov_office", "常州市人民政府办公室印发《常州市推进新能源之都建设三年行动计划"
         "（2025—2027年）》", False, None),
        ("ag_xinbei_gov", "signsWith", "co_hengchuang", "新北区人民政府与江苏恒创智能装备集团签订项目合作协议", False, None),
        ("pl_xinbei", "signsWith", "co_hengchuang", "新北区人民政府与江苏恒创智能装备集团签订项目合作协议", True, None),
        ("co_hengchuang", "investsIn", "pj_zhuangbei", "恒创集团将在常州高新区投资16亿元建设光伏组件智能装备研发制造基地项目",
         False, 1600000000),
        ("pj_zhuangbei", "locatedIn", "pk_czgx", "恒创集团将在常州高新区投资16亿元建设光伏组件智能装备研发制造基地项目", False,
         None),
        ("co_hengchuang", "locatedIn", "pl_jiangsu", "江苏恒创智能装备集团", True, None),
        ("pj_huishou", "locatedIn", "pl_menghe", "总投资3千万元的储能电池回收中试线项目已在孟河镇落户", False, None),
        ("pl_menghe", "partOf", "pl_xinbei", "总投资3千万元的储能电池回收中试线项目已在孟河镇落户", True, None),
        ("pj_huishou", "locatedIn", "pk_czgx", "总投资3千万元的储能电池回收中试线项目已在孟河镇落户", True, None),
        ("co_nawei", "designatedAs", "国家级专精特新“小巨人”企业", "苏州纳微光电股份有限公司今年被认定为国家级专精特新"
         "“小巨人”企业", False, None),
        ("co_nawei", "investsIn", "pj_guangxuemo", "其投资8.5亿元的高端光学膜材料产业化基地项目于3月开工建设", False,
         850000000),
        ("pj_guangxuemo", "locatedIn", "pk_sip", "纳微光电董事长表示，选择在园区扩产", False, None),
        ("co_nawei", "locatedIn", "pk_sip", "纳微光电董事长表示，选择在园区扩产", True, None),
        ("co_nawei", "locatedIn", "pl_suzhou", "苏州纳微光电股份有限公司", True, None),
        ("ag_sip_gwh", "signsWith", "co_qiming", "苏州工业园区管委会与上海启明医药科技有限公司、苏州元禾投资集团签署合作协议",
         False, None),
        ("ag_sip_gwh", "signsWith", "co_yuanhe", "苏州工业园区管委会与上海启明医药科技有限公司、苏州元禾投资集团签署合作协议",
         False, None),
        ("pk_sip", "signsWith", "co_qiming", "苏州工业园区管委会与上海启明医药科技有限公司", True, None),
        ("pk_sip", "signsWith", "co_yuanhe", "苏州工业园区管委会与上海启明医药科技有限公司、苏州元禾投资集团", True, None),
        ("co_qiming", "locatedIn", "pl_shanghai", "上海启明医药科技有限公司", True, None),
        ("co_yuanhe", "locatedIn", "pl_suzhou", "苏州元禾投资集团", True, None),
        ("pk_czgx", "designatedAs", "江苏省首批绿色低碳示范园区", "常州高新区获评江苏省首批“绿色低碳示范园区”", False, None),
        ("co_huayu", "designatedAs", "国家级绿色工厂", "华宇新能源被工业和信息化部列入国家级绿色工厂名单", False, None),
        ("co_xinghe", "investsIn", "pj_jicheng", "江苏星河储能科技有限公司投资5.8亿元的年产2GWh储能系统集成项目", False,
         580000000),
        ("pj_jicheng", "locatedIn", "pk_czgx", "在常州高新区的储能产业园内，多家企业正在加紧扩产。江苏星河储能科技有限公司投资"
         "5.8亿元的年产2GWh储能系统集成项目", False, None),
        ("pj_jicheng", "locatedIn", "pk_cz_chuneng", "在常州高新区的储能产业园内", True, None),
        ("co_xinghe", "locatedIn", "pk_czgx", "在常州高新区的储能产业园内，多家企业正在加紧扩产。江苏星河储能科技有限公司", True,
         None),
        ("co_xinghe", "locatedIn", "pl_jiangsu", "江苏星河储能科技有限公司", True, None),
        ("pk_cz_chuneng", "locatedIn", "pk_czgx", "在常州高新区的储能产业园内", True, None),
        ("ag_czgx_gwh", "signsWith", "co_cas_cz", "常州高新区管委会与中科院常州先进制造研究所签约共建新能源产业创新中心", True,
         None),
        ("pj_cz_cxzx", "locatedIn", "pk_czgx", "常州高新区管委会与中科院常州先进制造研究所签约共建新能源产业创新中心", True, None),
        ("pj_baoshui", "locatedIn", "pk_sip_zbq", "综保区今年还将启动保税研发中心二期建设", True, None),
        ("pk_sip", "designatedAs", "国家级经济技术开发区综合发展水平考核评价连续九年第一", "国家级经济技术开发区综合发展水平"
         "考核评价结果显示，苏州工业园区连续九年位居第一", True, None),
    ],
}

# ---------------------------------------------------------------------------
# ho3 — 广东: 佛山高新区/北滘 (main) interleaved with 东莞松山湖/滨海湾
# ---------------------------------------------------------------------------
HO3 = {
    "file": "ho3_guangdong.txt",
    "encoding": "utf-8",
    "seed": 303,
    "blocks": [
        ("raw", "区域经济 B3 2025年8月20日 星期三\n\n责编：黄 蕾"),
        ("raw", "本报记者 梁 伟 黄嘉欣"),
        ("p", "8月中旬，广东汇能家电集团股份有限公司智能家电全球创新中心项目在广东省佛山市顺德区北滘镇正式动工。该项目"
              "总投资60亿元，将建设研发大楼、中试基地和全球数据中心，建成后可容纳研发人员5000人。"),
        ("p", "北滘镇是全国闻名的家电专业镇，北滘智能家电专业镇去年工业总产值突破 2000 亿元。作为佛山高新技术产业开发区"
              "的核心园区之一，北滘片区集聚了家电整机及配套企业3000余家。"),
        ("p", "在北滘镇的一家家电配套企业里，机械臂正在有条不紊地焊接压缩机外壳。“过去一条产线要60个工人，现在只需要8个。”"
              "企业负责人说。近三年来，北滘镇累计推动520家规上工业企业实施数字化改造，企业平均生产效率提升30%以上。今年以来，佛山市人民政府还与广东汇能家电集团股份有限公司签订战略合作框架协议，双方将"
              "在智能制造、工业互联网等领域深化合作。"),
        ("raw", "东莞松山湖：\n\n链主企业带动集群成势"),
        ("p", "本报讯（记者 何 敏）8 月 18 日，东莞市人民政府与深圳芯源微电子有限公司签订战略合作协议，芯源微电子将在松山湖"
              "高新技术产业开发区投资 20 亿元建设第三代半导体功率器件产业园项目，项目一期计划明年6月投产。芯源微电子相关负责人表示，项目建成后将形成年产碳化硅功率模块120万只的生产能力，产品"
              "主要供应新能源汽车和光伏逆变器企业，预计年产值超过30亿元。"),
        ("p", "东莞市工业和信息化局数据显示，今年上半年全市规模以上工业增加值同比增长7.1%，其中电子信息制造业增长9.4%。"),
        ("p", "松山湖高新区是东莞市创新资源最集中的区域，已集聚国家高新技术企业1200多家、新型研发机构30余家。今年以来，园区"
              "出台《松山湖高新区关于支持集成电路产业发展的若干措施》，对新落户的芯片设计企业给予最高2000万元的研发补贴。"),
        ("p", "松山湖高新区今年新引进亿元以上项目36个。其中，东莞海瑞医疗器械有限公司计划投资 9000 万元建设高端医用耗材"
              "生产基地项目，目前已完成土地摘牌；维科思（东莞）智能科技有限公司签约落地的机器人减速器项目，总投资约5千万元。"),
        ("p", "“我们在北滘投资 3.2 亿元建设的年产300万台高效变频压缩机项目，明年一季度就能投产。”广东美科压缩机有限公司"
              "总经理说。美科压缩机是汇能集团的核心配套企业，去年被评为广东省制造业单项冠军企业。"),
        ("raw", "图为汇能集团智能家电全球创新中心项目奠基现场。 梁 伟摄"),
        ("p", "为推动传统制造业数字化转型，广东省工业和信息化厅、广东省发展和改革委员会、广东省科学技术厅联合印发《广东省"
              "制造业数字化转型若干政策措施》，佛山市据此制定了《佛山市推进制造业数字化智能化转型发展若干措施》。今年以来，"
              "佛山高新区获评国家级绿色工业园区，并入选工业和信息化部首批中小企业数字化转型试点园区。"),
        ("p", "在东莞滨海湾新区，东莞滨海湾新区管委会与港资企业利通控股集团签约，后者将投资 12 亿元建设跨境电商智慧物流园"
              "项目。滨海湾新区已获批广东省首批跨境电商综合试验示范园区。新区规划面积84.6平方公里，目前已引进欣达电池、OMG欧美嘉智能等龙头企业项目18个。"),
        ("p", "佛山高新区管委会有关负责人表示，园区将以“一区五园”为架构，统筹禅城、南海、顺德、高明、三水五个园区协同发展，"
              "力争到2027年园区工业总产值突破1.2万亿元。今年前8个月，佛山高新区新签约亿元以上项目58个，计划总投资达 860 "
              "亿元。业内人士认为，佛山家电产业正从“制造”走向“智造”，从“卖产品”转向“卖方案”，这离不开龙头企业的带动和"
              "专业镇的集群优势。"),
        ("p", "此外，佛山高新区还与香港科技大学签约共建智能制造联合实验室。"),
        ("raw", "佛山高新区：\n\n“家电之都”向“智造之城”跃升"),
    ],
    "entities": [
        ("pl_guangdong", "Place", "广东省", ["广东"], False, "province"),
        ("pl_foshan", "Place", "佛山市", ["佛山"], False, "city"),
        ("pl_shunde", "Place", "顺德区", ["顺德"], False, "district"),
        ("pl_beijiao", "Place", "北滘镇", ["北滘"], False, "town"),
        ("pl_dongguan", "Place", "东莞市", ["东莞"], False, "city"),
        ("pl_shenzhen", "Place", "深圳市", ["深圳"], True, "city"),
        ("pl_hongkong", "Place", "香港特别行政区", ["香港"], True, "province"),
        ("pk_beijiao", "Park", "北滘智能家电专业镇", [], False, None),
        ("pk_bj_pianqu", "Park", "北滘片区", [], True, None),
        ("pk_fsgx", "Park", "佛山高新技术产业开发区", ["佛山高新区"], False, None),
        ("pk_ssh", "Park", "松山湖高新技术产业开发区", ["松山湖高新区", "松山湖"], False, None),
        ("pk_bhw", "Park", "东莞滨海湾新区", ["滨海湾新区"], False, None),
        ("pk_wuliuyuan", "Park", "跨境电商智慧物流园", [], True, None),
        ("pk_bdt_park", "Park", "第三代半导体功率器件产业园", [], True, None),
        ("ag_dg_gov", "Agency", "东莞市人民政府", [], False, None),
        ("ag_bhw_gwh", "Agency", "东莞滨海湾新区管委会", [], False, None),
        ("ag_gd_gxt", "Agency", "广东省工业和信息化厅", [], False, None),
        ("ag_gd_fgw", "Agency", "广东省发展和改革委员会", [], False, None),
        ("ag_gd_kjt", "Agency", "广东省科学技术厅", [], False, None),
        ("ag_miit", "Agency", "工业和信息化部", [], False, None),
        ("po_gd_szh", "Policy", "广东省制造业数字化转型若干政策措施", [], False, None),
        ("po_fs_szh", "Policy", "佛山市推进制造业数字化智能化转型发展若干措施", [], False, None),
        ("co_huineng", "Company", "广东汇能家电集团股份有限公司", ["汇能集团"], False, None),
        ("co_meike", "Company", "广东美科压缩机有限公司", ["美科压缩机"], False, None),
        ("co_xinyuan", "Company", "深圳芯源微电子有限公司", ["芯源微电子"], False, None),
        ("co_hairui", "Company", "东莞海瑞医疗器械有限公司", [], False, None),
        ("co_weikesi", "Company", "维科思（东莞）智能科技有限公司", [], False, None),
        ("co_litong", "Company", "利通控股集团", [], False, None),
        ("co_hkust", "Company", "香港科技大学", [], True, None),
        ("co_xinda", "Company", "欣达电池", [], False, None),
        ("co_omg", "Company", "OMG欧美嘉智能", [], False, None),
        ("ag_fsgx_gwh", "Agency", "佛山高新区管委会", [], False, None),
        ("ag_dg_gxj", "Agency", "东莞市工业和信息化局", [], False, None),
        ("po_yiqu", "Policy", "一区五园", [], True, None),
        ("ag_fs_gov", "Agency", "佛山市人民政府", [], False, None),
        ("po_ssh_jc", "Policy", "松山湖高新区关于支持集成电路产业发展的若干措施", [], False, None),
        ("pl_chancheng", "Place", "禅城区", ["禅城"], True, "district"),
        ("pl_nanhai", "Place", "南海区", ["南海"], True, "district"),
        ("pl_gaoming", "Place", "高明区", ["高明"], True, "district"),
        ("pl_sanshui", "Place", "三水区", ["三水"], True, "district"),
        ("pj_chuangxin", "Project", "智能家电全球创新中心项目", ["汇能集团智能家电全球创新中心项目"], False, None),
        ("pj_bandaoti", "Project", "第三代半导体功率器件产业园项目", [], False, None),
        ("pj_haocai", "Project", "高端医用耗材生产基地项目", [], False, None),
        ("pj_jiansuqi", "Project", "机器人减速器项目", [], False, None),
        ("pj_yasuoji", "Project", "年产300万台高效变频压缩机项目", [], False, None),
        ("pj_wuliu", "Project", "跨境电商智慧物流园项目", [], False, None),
        ("pj_shiyanshi", "Project", "智能制造联合实验室", [], True, None),
    ],
    "triples": [
        ("co_huineng", "investsIn", "pj_chuangxin", "广东汇能家电集团股份有限公司智能家电全球创新中心项目在广东省佛山市顺德区北滘镇"
         "正式动工。该项目总投资60亿元", False, 6000000000),
        ("pj_chuangxin", "locatedIn", "pl_beijiao", "智能家电全球创新中心项目在广东省佛山市顺德区北滘镇正式动工", False, None),
        ("pj_chuangxin", "locatedIn", "pk_beijiao", "智能家电全球创新中心项目在广东省佛山市顺德区北滘镇正式动工", True, None),
        ("pj_chuangxin", "locatedIn", "pk_fsgx", "智能家电全球创新中心项目在广东省佛山市顺德区北滘镇正式动工", True, None),
        ("pl_foshan", "partOf", "pl_guangdong", "广东省佛山市顺德区北滘镇", False, None),
        ("pl_shunde", "partOf", "pl_foshan", "广东省佛山市顺德区北滘镇", False, None),
        ("pl_beijiao", "partOf", "pl_shunde", "广东省佛山市顺德区北滘镇", False, None),
        ("co_huineng", "locatedIn", "pl_guangdong", "广东汇能家电集团股份有限公司", True, None),
        ("pk_beijiao", "locatedIn", "pl_beijiao", "北滘镇是全国闻名的家电专业镇，北滘智能家电专业镇", False, None),
        ("pk_beijiao", "locatedIn", "pk_fsgx", "作为佛山高新技术产业开发区的核心园区之一，北滘片区", True, None),
        ("pk_fsgx", "locatedIn", "pl_foshan", "佛山高新技术产业开发区", False, None),
        ("pk_bj_pianqu", "locatedIn", "pk_fsgx", "作为佛山高新技术产业开发区的核心园区之一，北滘片区", True, None),
        ("ag_dg_gov", "signsWith", "co_xinyuan", "东莞市人民政府与深圳芯源微电子有限公司签订战略合作协议", False, None),
        ("pl_dongguan", "signsWith", "co_xinyuan", "东莞市人民政府与深圳芯源微电子有限公司签订战略合作协议", True, None),
        ("co_xinyuan", "investsIn", "pj_bandaoti", "芯源微电子将在松山湖高新技术产业开发区投资20亿元建设第三代半导体功率器件"
         "产业园项目", False, 2000000000),
        ("pj_bandaoti", "locatedIn", "pk_ssh", "在松山湖高新技术产业开发区投资20亿元建设第三代半导体功率器件产业园项目", False,
         None),
        ("co_xinyuan", "locatedIn", "pl_shenzhen", "深圳芯源微电子有限公司", True, None),
        ("co_hairui", "investsIn", "pj_haocai", "东莞海瑞医疗器械有限公司计划投资9000万元建设高端医用耗材生产基地项目", False,
         90000000),
        ("pj_haocai", "locatedIn", "pk_ssh", "松山湖高新区今年新引进亿元以上项目36个。其中，东莞海瑞医疗器械有限公司计划投资"
         "9000万元建设高端医用耗材生产基地项目", False, None),
        ("co_hairui", "locatedIn", "pl_dongguan", "东莞海瑞医疗器械有限公司", True, None),
        ("co_hairui", "locatedIn", "pk_ssh", "松山湖高新区今年新引进亿元以上项目36个。其中，东莞海瑞医疗器械有限公司", True,
         None),
        ("co_weikesi", "investsIn", "pj_jiansuqi", "维科思（东莞）智能科技有限公司签约落地的机器人减速器项目，总投资约5千万元",
         False, 50000000),
        ("pj_jiansuqi", "locatedIn", "pk_ssh", "目前已完成土地摘牌；维科思（东莞）智能科技有限公司签约落地的机器人减速器项目",
         False, None),
        ("co_weikesi", "locatedIn", "pk_ssh", "维科思（东莞）智能科技有限公司签约落地的机器人减速器项目", True, None),
        ("co_weikesi", "locatedIn", "pl_dongguan", "维科思（东莞）智能科技有限公司", True, None),
        ("co_meike", "investsIn", "pj_yasuoji", "我们在北滘投资3.2亿元建设的年产300万台高效变频压缩机项目，明年一季度就能投产。"
         "”广东美科压缩机有限公司总经理说", False, 320000000),
        ("pj_yasuoji", "locatedIn", "pl_beijiao", "我们在北滘投资3.2亿元建设的年产300万台高效变频压缩机项目", False, None),
        ("pj_yasuoji", "locatedIn", "pk_beijiao", "我们在北滘投资3.2亿元建设的年产300万台高效变频压缩机项目", True, None),
        ("co_meike", "locatedIn", "pl_beijiao", "我们在北滘投资3.2亿元建设", True, None),
        ("co_meike", "locatedIn", "pl_guangdong", "广东美科压缩机有限公司", True, None),
        ("co_meike", "designatedAs", "广东省制造业单项冠军企业", "美科压缩机是汇能集团的核心配套企业，去年被评为广东省"
         "制造业单项冠军企业", False, None),
        ("po_gd_szh", "issuedBy", "ag_gd_gxt", "广东省工业和信息化厅、广东省发展和改革委员会、广东省科学技术厅联合印发"
         "《广东省制造业数字化转型若干政策措施》", False, None),
        ("po_gd_szh", "issuedBy", "ag_gd_fgw", "广东省发展和改革委员会、广东省科学技术厅联合印发《广东省制造业数字化转型"
         "若干政策措施》", False, None),
        ("po_gd_szh", "issuedBy", "ag_gd_kjt", "广东省科学技术厅联合印发《广东省制造业数字化转型若干政策措施》", False, None),
        ("po_fs_szh", "issuedBy", "pl_foshan", "佛山市据此制定了《佛山市推进制造业数字化智能化转型发展若干措施》", False, None),
        ("pk_fsgx", "designatedAs", "国家级绿色工业园区", "佛山高新区获评国家级绿色工业园区", False, None),
        ("pk_fsgx", "designatedAs", "首批中小企业数字化转型试点园区", "并入选工业和信息化部首批中小企业数字化转型试点园区",
         False, None),
        ("pk_bhw", "locatedIn", "pl_dongguan", "在东莞滨海湾新区", False, None),
        ("ag_bhw_gwh", "signsWith", "co_litong", "东莞滨海湾新区管委会与港资企业利通控股集团签约", False, None),
        ("pk_bhw", "signsWith", "co_litong", "东莞滨海湾新区管委会与港资企业利通控股集团签约", True, None),
        ("co_litong", "investsIn", "pj_wuliu", "利通控股集团签约，后者将投资12亿元建设跨境电商智慧物流园项目", False,
         1200000000),
        ("pj_wuliu", "locatedIn", "pk_bhw", "在东莞滨海湾新区，东莞滨海湾新区管委会与港资企业利通控股集团签约，后者将投资12亿元"
         "建设跨境电商智慧物流园项目", False, None),
        ("pk_wuliuyuan", "locatedIn", "pk_bhw", "建设跨境电商智慧物流园项目", True, None),
        ("pk_bdt_park", "locatedIn", "pk_ssh", "第三代半导体功率器件产业园项目", True, None),
        ("pk_bhw", "designatedAs", "广东省首批跨境电商综合试验示范园区", "滨海湾新区已获批广东省首批跨境电商综合试验示范园区",
         False, None),
        ("pk_ssh", "locatedIn", "pl_dongguan", "松山湖高新区是东莞市创新资源最集中的区域", False, None),
        ("ag_fs_gov", "signsWith", "co_huineng", "佛山市人民政府还与广东汇能家电集团股份有限公司签订战略合作框架协议", False,
         None),
        ("pl_foshan", "signsWith", "co_huineng", "佛山市人民政府还与广东汇能家电集团股份有限公司签订战略合作框架协议", True, None),
        ("po_ssh_jc", "issuedBy", "pk_ssh", "园区出台《松山湖高新区关于支持集成电路产业发展的若干措施》", True, None),
        ("co_xinda", "locatedIn", "pk_bhw", "新区规划面积84.6平方公里，目前已引进欣达电池", True, None),
        ("co_omg", "locatedIn", "pk_bhw", "目前已引进欣达电池、OMG欧美嘉智能等龙头企业项目18个", True, None),
        ("pk_fsgx", "signsWith", "co_hkust", "佛山高新区还与香港科技大学签约共建智能制造联合实验室", True, None),
        ("pj_shiyanshi", "locatedIn", "pk_fsgx", "佛山高新区还与香港科技大学签约共建智能制造联合实验室", True, None),
    ],
}

# ---------------------------------------------------------------------------
# ho4 — 四川/重庆: 宜宾三江新区 (main) interleaved with 重庆西永综保区/两江新区
# ---------------------------------------------------------------------------
HO4 = {
    "file": "ho4_sichuan_chongqing.txt",
    "encoding": "utf-8",
    "seed": 404,
    "blocks": [
        ("raw", "西部开发 第4版 2025年9月5日 星期五\n\n责编：杨 帆  版式：李 欣"),
        ("raw", "重庆西永综保区：\n\n加工贸易 “智” 造升级"),
        ("p", "本报讯（记者 杜 鹃 通讯员 唐 一）近日，重庆市沙坪坝区的重庆西永综合保税区传来好消息：台资企业旭丰电脑"
              "（重庆）有限公司追加投资 3.5 亿美元，建设年产1200万台笔记本电脑智能制造基地项目。该项目已于8月签约落地。"),
        ("p", "西永综保区所在的西永微电园，是重庆重要的笔电生产基地，全球每3台笔记本电脑就有1台“重庆造”。近年来，园区推动"
              "加工贸易从“组装”向“研发+制造+结算”转型，引进了一批检测维修、保税研发等新业态项目。今年1至7月，重庆西永综合"
              "保税区完成进出口额2680亿元，同比增长9.2%。"),
        ("p", "今年以来，重庆市沙坪坝区出台《沙坪坝区支持综合保税区加工贸易转型升级十条措施》，对开展保税研发、保税维修的企业"
              "给予奖励。沙坪坝区人民政府还与新加坡腾飞集团签订合作备忘录，共同推进西永国际物流园项目建设，项目计划总投资 30 "
              "亿元。"),
        ("raw", "本报记者 罗 川"),
        ("p", "9 月初，四川省宜宾市的宜宾三江新区内，四川蜀能锂业股份有限公司年产5万吨锂电池负极材料项目二期正式投产。"
              "蜀能锂业总投资 28 亿元布局该项目，一期、二期全部达产后年产值可达60亿元。"),
        ("p", "宜宾三江新区位于金沙江、岷江、长江三江交汇处，2019年经四川省人民政府批准设立，是四川省第二个省级新区。新区规划"
              "面积1384平方公里，重点发展动力电池、晶硅光伏、数字经济等产业。"),
        ("p", "走进蜀能锂业的生产车间，自动化产线上几乎看不到工人。公司董事长介绍，选择落户三江新区，一方面看中宜宾丰富的"
              "水电资源，另一方面是宁德时代等动力电池企业就在“家门口”，产品运输半径不超过5公里。"),
        ("p", "三江新区管委会负责人介绍，新区已集聚动力电池及配套企业80余家，形成了从锂矿精炼到电池回收的完整链条。今年"
              "1至8月，新区签约项目41个，其中HTE恒泰电子计划投资 15.6 亿元建设的动力电池结构件产业园项目已于7月开工建设。三江新区还与四川大学合作建设了动力电池研究院，累计孵化科技型企业60余家。“下一步，我们将围绕电池材料、电芯制造、回收利用等环节精准招商，力争年内新签约项目50个"
              "以上。”三江新区管委会负责人说。"),
        ("p", "中共中央、国务院印发的《成渝地区双城经济圈建设规划纲要》提出，支持重庆、成都打造世界级电子信息产业集群。"
              "重庆市人民政府随后出台《重庆市加快电子信息制造业高质量发展行动计划》。西永综保区2024年进出口总额达4600"
              "亿元，连续多年在全国综保区绩效评估中获评A类。"),
        ("raw", "图为蜀能锂业负极材料生产车间。 本报记者 罗 川摄"),
        ("p", "今年6月，宜宾三江新区被认定为国家新型工业化产业示范基地（锂电池）。宜宾市还与重庆市永川区签订了成渝锂电"
              "产业协同发展协议。"),
        ("p", "宜宾市经济和信息化局相关负责人表示，今年宜宾将推动动力电池产业产值突破2000亿元。宜宾市人民政府印发的《宜宾市"
              "加快建设世界动力电池之都的实施意见》提出，到2027年建成全球重要的动力电池研发制造基地。"),
        ("p", "在重庆两江新区，重庆两江新区管委会与北京智联汽车科技有限公司签署投资协议，后者计划投资 7500 万元在两江新区"
              "鱼复工业园建设智能座舱研发中心项目。智联汽车相关负责人说，两江新区汇聚了长嘉汽车、赛腾汽车等整车企业，研发中心建成"
              "后，将就近为整车企业提供软硬件一体化解决方案。"),
        ("p", "在叙州区，宜宾叙州高新技术产业园区正在建设的100万千瓦渔光互补光伏发电项目由川能智慧能源有限公司投资，计划"
              "总投资 45 亿元，预计年发电量12亿千瓦时。"),
        ("raw", "宜宾三江新区\n\n锂电产业“满园春色”"),
    ],
    "entities": [
        ("pl_chongqing", "Place", "重庆市", ["重庆"], False, "province"),
        ("pl_shapingba", "Place", "沙坪坝区", [], False, "district"),
        ("pl_yongchuan", "Place", "永川区", [], False, "district"),
        ("pl_sichuan", "Place", "四川省", ["四川"], False, "province"),
        ("pl_yibin", "Place", "宜宾市", ["宜宾"], False, "city"),
        ("pl_xuzhou", "Place", "叙州区", ["叙州"], False, "district"),
        ("pl_chengdu", "Place", "成都市", ["成都"], False, "city"),
        ("pl_beijing", "Place", "北京市", ["北京"], True, "province"),
        ("pk_xiyong", "Park", "重庆西永综合保税区", ["西永综保区"], False, None),
        ("pk_sanjiang", "Park", "宜宾三江新区", ["三江新区"], False, None),
        ("pk_jiegoujian", "Park", "动力电池结构件产业园", [], True, None),
        ("pk_liangjiang", "Park", "重庆两江新区", ["两江新区"], False, None),
        ("pk_yufu", "Park", "鱼复工业园", ["两江新区鱼复工业园"], False, None),
        ("pk_xuzhou", "Park", "宜宾叙州高新技术产业园区", [], False, None),
        ("ag_sanjiang_gwh", "Agency", "三江新区管委会", [], False, None),
        ("ag_zhongyang", "Agency", "中共中央", [], False, None),
        ("ag_guowuyuan", "Agency", "国务院", [], False, None),
        ("ag_cq_gov", "Agency", "重庆市人民政府", [], False, None),
        ("ag_lj_gwh", "Agency", "重庆两江新区管委会", [], False, None),
        ("po_chengyu", "Policy", "成渝地区双城经济圈建设规划纲要", [], False, None),
        ("po_cq_dz", "Policy", "重庆市加快电子信息制造业高质量发展行动计划", [], False, None),
        ("co_xufeng", "Company", "旭丰电脑（重庆）有限公司", [], False, None),
        ("co_shuneng", "Company", "四川蜀能锂业股份有限公司", ["蜀能锂业"], False, None),
        ("co_hte", "Company", "HTE恒泰电子", [], False, None),
        ("co_zhilian", "Company", "北京智联汽车科技有限公司", ["智联汽车"], False, None),
        ("co_chuanneng", "Company", "川能智慧能源有限公司", [], False, None),
        ("co_catl", "Company", "宁德时代", [], False, None),
        ("po_cy_xieyi", "Policy", "成渝锂电产业协同发展协议", [], True, None),
        ("ag_sc_gov", "Agency", "四川省人民政府", [], False, None),
        ("ag_spb_gov", "Agency", "沙坪坝区人民政府", [], False, None),
        ("po_spb_shitiao", "Policy", "沙坪坝区支持综合保税区加工贸易转型升级十条措施", [], False, None),
        ("co_tengfei", "Company", "新加坡腾飞集团", [], False, None),
        ("pl_singapore", "Place", "新加坡", [], True, None),
        ("pj_wuliuyuan", "Project", "西永国际物流园项目", [], False, None),
        ("co_scu", "Company", "四川大学", [], True, None),
        ("co_changjia", "Company", "长嘉汽车", [], False, None),
        ("co_saiteng", "Company", "赛腾汽车", [], False, None),
        ("ag_yb_jxj", "Agency", "宜宾市经济和信息化局", [], False, None),
        ("ag_yb_gov", "Agency", "宜宾市人民政府", [], False, None),
        ("po_yb_dianchi", "Policy", "宜宾市加快建设世界动力电池之都的实施意见", [], False, None),
        ("pk_xiyong_wdy", "Park", "西永微电园", [], False, None),
        ("pj_yanjiuyuan", "Project", "动力电池研究院", [], True, None),
        ("pj_bijiben", "Project", "年产1200万台笔记本电脑智能制造基地项目", [], False, None),
        ("pj_fuji", "Project", "年产5万吨锂电池负极材料项目", ["年产5万吨锂电池负极材料项目二期"], False, None),
        ("pj_jiegoujian", "Project", "动力电池结构件产业园项目", [], False, None),
        ("pj_zuocang", "Project", "智能座舱研发中心项目", [], False, None),
        ("pj_yuguang", "Project", "100万千瓦渔光互补光伏发电项目", [], False, None),
    ],
    "triples": [
        ("pl_shapingba", "partOf", "pl_chongqing", "重庆市沙坪坝区", False, None),
        ("pk_xiyong", "locatedIn", "pl_shapingba", "重庆市沙坪坝区的重庆西永综合保税区", False, None),
        ("co_xufeng", "investsIn", "pj_bijiben", "旭丰电脑（重庆）有限公司追加投资3.5亿美元，建设年产1200万台笔记本电脑智能制造"
         "基地项目", False, None),
        ("pj_bijiben", "locatedIn", "pk_xiyong", "重庆西永综合保税区传来好消息：台资企业旭丰电脑（重庆）有限公司追加投资3.5亿美元，"
         "建设年产1200万台笔记本电脑智能制造基地项目", False, None),
        ("co_xufeng", "locatedIn", "pk_xiyong", "重庆西永综合保税区传来好消息：台资企业旭丰电脑（重庆）有限公司", True, None),
        ("co_xufeng", "locatedIn", "pl_chongqing", "旭丰电脑（重庆）有限公司", True, None),
        ("pl_yibin", "partOf", "pl_sichuan", "四川省宜宾市的宜宾三江新区", False, None),
        ("pk_sanjiang", "locatedIn", "pl_yibin", "四川省宜宾市的宜宾三江新区", False, None),
        ("co_shuneng", "investsIn", "pj_fuji", "蜀能锂业总投资28亿元布局该项目", False, 2800000000),
        ("pj_fuji", "locatedIn", "pk_sanjiang", "宜宾三江新区内，四川蜀能锂业股份有限公司年产5万吨锂电池负极材料项目二期正式投产",
         False, None),
        ("co_shuneng", "locatedIn", "pk_sanjiang", "宜宾三江新区内，四川蜀能锂业股份有限公司", True, None),
        ("co_shuneng", "locatedIn", "pl_sichuan", "四川蜀能锂业股份有限公司", True, None),
        ("co_hte", "investsIn", "pj_jiegoujian", "HTE恒泰电子计划投资15.6亿元建设的动力电池结构件产业园项目", False,
         1560000000),
        ("pj_jiegoujian", "locatedIn", "pk_sanjiang", "新区签约项目41个，其中HTE恒泰电子计划投资15.6亿元建设的动力电池结构件"
         "产业园项目已于7月开工建设", False, None),
        ("co_hte", "locatedIn", "pk_sanjiang", "新区签约项目41个，其中HTE恒泰电子", True, None),
        ("pk_jiegoujian", "locatedIn", "pk_sanjiang", "动力电池结构件产业园项目", True, None),
        ("po_chengyu", "issuedBy", "ag_zhongyang", "中共中央、国务院印发的《成渝地区双城经济圈建设规划纲要》", False, None),
        ("po_chengyu", "issuedBy", "ag_guowuyuan", "国务院印发的《成渝地区双城经济圈建设规划纲要》", False, None),
        ("po_cq_dz", "issuedBy", "ag_cq_gov", "重庆市人民政府随后出台《重庆市加快电子信息制造业高质量发展行动计划》", False,
         None),
        ("pk_xiyong", "designatedAs", "全国综保区绩效评估A类", "连续多年在全国综保区绩效评估中获评A类", True, None),
        ("pk_sanjiang", "designatedAs", "国家新型工业化产业示范基地（锂电池）", "宜宾三江新区被认定为国家新型工业化产业示范基地"
         "（锂电池）", False, None),
        ("pl_yongchuan", "partOf", "pl_chongqing", "重庆市永川区", False, None),
        ("pk_liangjiang", "locatedIn", "pl_chongqing", "在重庆两江新区", False, None),
        ("ag_lj_gwh", "signsWith", "co_zhilian", "重庆两江新区管委会与北京智联汽车科技有限公司签署投资协议", False, None),
        ("pk_liangjiang", "signsWith", "co_zhilian", "重庆两江新区管委会与北京智联汽车科技有限公司签署投资协议", True, None),
        ("co_zhilian", "investsIn", "pj_zuocang", "后者计划投资7500万元在两江新区鱼复工业园建设智能座舱研发中心项目", False,
         75000000),
        ("pj_zuocang", "locatedIn", "pk_yufu", "在两江新区鱼复工业园建设智能座舱研发中心项目", False, None),
        ("pk_yufu", "locatedIn", "pk_liangjiang", "两江新区鱼复工业园", True, None),
        ("co_zhilian", "locatedIn", "pl_beijing", "北京智联汽车科技有限公司", True, None),
        ("pk_sanjiang", "designatedAs", "四川省第二个省级新区", "是四川省第二个省级新区", True, None),
        ("po_spb_shitiao", "issuedBy", "pl_shapingba", "重庆市沙坪坝区出台《沙坪坝区支持综合保税区加工贸易转型升级十条措施》", False,
         None),
        ("po_spb_shitiao", "issuedBy", "ag_spb_gov", "重庆市沙坪坝区出台《沙坪坝区支持综合保税区加工贸易转型升级十条措施》", True,
         None),
        ("ag_spb_gov", "signsWith", "co_tengfei", "沙坪坝区人民政府还与新加坡腾飞集团签订合作备忘录", False, None),
        ("pl_shapingba", "signsWith", "co_tengfei", "沙坪坝区人民政府还与新加坡腾飞集团签订合作备忘录", True, None),
        ("co_tengfei", "investsIn", "pj_wuliuyuan", "与新加坡腾飞集团签订合作备忘录，共同推进西永国际物流园项目建设，项目计划总投资"
         "30亿元", True, 3000000000),
        ("pj_wuliuyuan", "locatedIn", "pl_shapingba", "沙坪坝区人民政府还与新加坡腾飞集团签订合作备忘录，共同推进西永国际物流园项目"
         "建设", True, None),
        ("pj_wuliuyuan", "locatedIn", "pk_xiyong_wdy", "共同推进西永国际物流园项目建设", True, None),
        ("co_tengfei", "locatedIn", "pl_singapore", "新加坡腾飞集团", True, None),
        ("co_catl", "locatedIn", "pl_yibin", "一方面看中宜宾丰富的水电资源，另一方面是宁德时代等动力电池企业就在“家门口”", True,
         None),
        ("co_catl", "locatedIn", "pk_sanjiang", "另一方面是宁德时代等动力电池企业就在“家门口”", True, None),
        ("pk_sanjiang", "signsWith", "co_scu", "三江新区还与四川大学合作建设了动力电池研究院", True, None),
        ("pj_yanjiuyuan", "locatedIn", "pk_sanjiang", "三江新区还与四川大学合作建设了动力电池研究院", True, None),
        ("po_yb_dianchi", "issuedBy", "ag_yb_gov", "宜宾市人民政府印发的《宜宾市加快建设世界动力电池之都的实施意见》", False, None),
        ("pk_xiyong", "locatedIn", "pk_xiyong_wdy", "西永综保区所在的西永微电园", True, None),
        ("pk_xiyong_wdy", "locatedIn", "pl_chongqing", "西永微电园，是重庆重要的笔电生产基地", False, None),
        ("pk_xiyong_wdy", "locatedIn", "pl_shapingba", "西永微电园，是重庆重要的笔电生产基地", True, None),
        ("co_changjia", "locatedIn", "pk_liangjiang", "两江新区汇聚了长嘉汽车、赛腾汽车等整车企业", False, None),
        ("co_saiteng", "locatedIn", "pk_liangjiang", "两江新区汇聚了长嘉汽车、赛腾汽车等整车企业", False, None),
        ("pk_xuzhou", "locatedIn", "pl_xuzhou", "在叙州区，宜宾叙州高新技术产业园区", False, None),
        ("pl_xuzhou", "partOf", "pl_yibin", "在叙州区，宜宾叙州高新技术产业园区", True, None),
        ("co_chuanneng", "investsIn", "pj_yuguang", "100万千瓦渔光互补光伏发电项目由川能智慧能源有限公司投资，计划总投资45亿元",
         False, 4500000000),
        ("pj_yuguang", "locatedIn", "pk_xuzhou", "宜宾叙州高新技术产业园区正在建设的100万千瓦渔光互补光伏发电项目", False, None),
    ],
}

# ---------------------------------------------------------------------------
# ho5 — 河南长葛 (main) interleaved with 内蒙古鄂尔多斯 and a 新疆 brief
# ---------------------------------------------------------------------------
HO5 = {
    "file": "ho5_henan_neimenggu_xinjiang.txt",
    "encoding": "utf-8",
    "seed": 505,
    "blocks": [
        ("raw", "产业园区 第 6 版 2025年10月16日 星期四\n\n责编：马 骏"),
        ("raw", "本报记者 赵 磊"),
        ("p", "10月上旬，河南省许昌市长葛市的长葛市产业集聚区内，河南豫鑫再生金属集团有限公司年产30万吨再生铝项目投入试"
              "生产。该项目由豫鑫集团投资 15 亿元建设，是河南省重点建设项目。"),
        ("p", "长葛是全国知名的再生金属产业基地，大周镇更是有着“中国再生金属之乡”的美誉。大周再生金属循环产业园内，200余家"
              "企业形成了回收、拆解、冶炼、深加工的完整链条。2024年，长葛市产业 集聚区入选国家“城市矿产”示范基地。"),
        ("p", "“过去是‘小作坊’，现在是‘大园区’。”豫鑫集团董事长说。上世纪80年代，大周镇村民走村串户回收废旧金属，逐步发展"
              "成为全国重要的再生金属集散地。如今，园区引导企业“退村入园”，统一治污、集中供热，实现了从“散乱污”到“绿色"
              "循环”的蝶变。"),
        ("p", "长葛市委、市政府把再生金属产业作为“一号产业”来抓，设立了总规模10亿元的产业发展基金，推行“标准地+承诺制”改革，"
              "项目从拿地到开工平均用时缩短至30天。目前，长葛市再生金属产业年回收利用各类废旧金属超过400万吨，年产值突破"
              "600亿元，带动就业5万余人。"),
        ("raw", "鄂尔多斯：风光制氢\n\n绿色发展"),
        ("p", "本报讯（记者 乌 兰）内蒙古自治区鄂尔多斯市准格尔旗的准格尔经济开发区内，内蒙古蒙晟能源集团有限公司100万"
              "千瓦风光制氢一体化项目日前开工建设，项目总投资 68 亿元，建成后每年可生产绿氢6万吨。"),
        ("p", "准格尔旗是全国产煤大旗，煤炭产能超过3亿吨。近年来，准格尔旗推动煤炭产业与新能源产业融合发展，规划建设风光"
              "制氢、绿氢化工等项目12个，打造“风光氢储”一体化产业集群。"),
        ("p", "除蒙晟能源外，北方绿氢（内蒙古）科技有限公司计划投资 36 亿元在准格尔经济开发区建设年产3万吨绿氢及下游绿色"
              "甲醇项目，项目已完成备案，预计明年开工。"),
        ("p", "鄂尔多斯市人民政府与宁川新能源科技股份有限公司签订合作协议，宁川新能源将在鄂尔多斯高新技术产业开发区投资建设"
              "年产10GW光伏组件项目，一期注资 4.5 亿元。鄂尔多斯高新区今年获批自治区级新型工业化示范基地。"),
        ("raw", "图为豫鑫集团再生铝生产线。 本报记者 赵 磊摄"),
        ("p", "今年以来，长葛市人民政府先后与上海宝晟资源科技有限公司、中金环保集团签订投资合作协议，签约总额达 38 亿元。"
              "其中，宝晟资源拟投资 22 亿元建设废旧动力电池综合利用项目。河南省发展和改革委员会、河南省生态环境厅联合印发的"
              "《河南省推动再生资源产业高质量发展实施方案》，为项目落地提供了有力支撑。"),
        ("p", "在长葛市产业集聚区的智能装备园内，河南中原精工机械股份有限公司年产5000台智能农机装备项目正在加紧建设，该项目"
              "总投资 9.8 亿元，计划明年6月建成投产。中原精工去年入选国家级专精特新“小巨人”企业。"),
        ("p", "鄂尔多斯市能源局相关负责人介绍，全市已获批新能源项目装机规模超过5000万千瓦。国家发展改革委、国家能源局联合"
              "印发的《关于支持内蒙古新能源产业高质量发展的意见》，为鄂尔多斯发展绿氢产业带来新机遇。"),
        ("raw", "新疆：政策护航开发区"),
        ("p", "本报讯 新疆维吾尔自治区人民政府近日印发《关于支持乌鲁木齐经济技术开发区高质量发展的若干政策》。乌鲁木齐经济"
              "技术开发区（头屯河区）将重点发展装备制造、新材料等产业，新疆天山智能装备有限公司投资 6 亿元的风电装备产业园"
              "项目已在区内签约落地。据了解，乌鲁木齐经开区今年以来新签约项目87个，签约金额达 520 亿元，其中投资亿元以上项目"
              "46个。乌鲁木齐经开区管委会相关负责人表示，将用好政策红利，重点引进新能源装备、新材料、生物医药等领域的龙头"
              "企业。"),
        ("raw", "长葛：再生金属\n\n“吃干榨净”闯新路"),
    ],
    "entities": [
        ("pl_henan", "Place", "河南省", ["河南"], False, "province"),
        ("pl_xuchang", "Place", "许昌市", ["许昌"], False, "city"),
        ("pl_changge", "Place", "长葛市", ["长葛"], False, "county"),
        ("pl_dazhou", "Place", "大周镇", ["大周"], False, "town"),
        ("pl_shanghai", "Place", "上海市", ["上海"], True, "province"),
        ("pl_nmg", "Place", "内蒙古自治区", ["内蒙古"], False, "province"),
        ("pl_ordos", "Place", "鄂尔多斯市", ["鄂尔多斯"], False, "city"),
        ("pl_zhungeer", "Place", "准格尔旗", ["准格尔"], False, "county"),
        ("pl_xinjiang", "Place", "新疆维吾尔自治区", ["新疆"], False, "province"),
        ("pl_urumqi", "Place", "乌鲁木齐市", ["乌鲁木齐"], False, "city"),
        ("pl_toutunhe", "Place", "头屯河区", [], False, "district"),
        ("pk_changge", "Park", "长葛市产业集聚区", [], False, None),
        ("pk_dazhou", "Park", "大周再生金属循环产业园", [], False, None),
        ("pk_zhungeer", "Park", "准格尔经济开发区", [], False, None),
        ("pk_ordos_gx", "Park", "鄂尔多斯高新技术产业开发区", ["鄂尔多斯高新区"], False, None),
        ("pk_urumqi", "Park", "乌鲁木齐经济技术开发区", ["乌鲁木齐经开区"], False, None),
        ("pk_fengdian_park", "Park", "风电装备产业园", [], True, None),
        ("ag_changge_gov", "Agency", "长葛市人民政府", [], False, None),
        ("ag_ordos_gov", "Agency", "鄂尔多斯市人民政府", [], False, None),
        ("ag_hn_fgw", "Agency", "河南省发展和改革委员会", [], False, None),
        ("ag_hn_sthjt", "Agency", "河南省生态环境厅", [], False, None),
        ("ag_xj_gov", "Agency", "新疆维吾尔自治区人民政府", [], False, None),
        ("po_hn_zaisheng", "Policy", "河南省推动再生资源产业高质量发展实施方案", [], False, None),
        ("po_xj_wlmq", "Policy", "关于支持乌鲁木齐经济技术开发区高质量发展的若干政策", [], False, None),
        ("co_yuxin", "Company", "河南豫鑫再生金属集团有限公司", ["豫鑫集团"], False, None),
        ("co_mengsheng", "Company", "内蒙古蒙晟能源集团有限公司", ["蒙晟能源"], False, None),
        ("co_ningchuan", "Company", "宁川新能源科技股份有限公司", ["宁川新能源"], False, None),
        ("co_baosheng", "Company", "上海宝晟资源科技有限公司", ["宝晟资源"], False, None),
        ("co_zhongjin", "Company", "中金环保集团", [], False, None),
        ("co_tianshan", "Company", "新疆天山智能装备有限公司", [], False, None),
        ("co_zyjg", "Company", "河南中原精工机械股份有限公司", ["中原精工"], False, None),
        ("ag_cg_swei", "Agency", "长葛市委", [], False, None),
        ("po_cg_bzd", "Policy", "标准地+承诺制", ["“标准地+承诺制”改革"], True, None),
        ("co_beifang", "Company", "北方绿氢（内蒙古）科技有限公司", [], False, None),
        ("pj_jiachun", "Project", "年产3万吨绿氢及下游绿色甲醇项目", [], False, None),
        ("ag_wlmq_gwh", "Agency", "乌鲁木齐经开区管委会", [], False, None),
        ("pk_cg_zhuangbei", "Park", "智能装备园", [], True, None),
        ("pj_nongji", "Project", "年产5000台智能农机装备项目", [], False, None),
        ("ag_ordos_nyj", "Agency", "鄂尔多斯市能源局", [], False, None),
        ("ag_ndrc", "Agency", "国家发展改革委", [], False, None),
        ("ag_nea", "Agency", "国家能源局", [], False, None),
        ("po_nmg_xny", "Policy", "关于支持内蒙古新能源产业高质量发展的意见", [], False, None),
        ("pj_zailv", "Project", "年产30万吨再生铝项目", [], False, None),
        ("pj_zhiqing", "Project", "100万千瓦风光制氢一体化项目", [], False, None),
        ("pj_zujian", "Project", "年产10GW光伏组件项目", [], False, None),
        ("pj_dianchi", "Project", "废旧动力电池综合利用项目", [], False, None),
        ("pj_fengdian", "Project", "风电装备产业园项目", [], False, None),
    ],
    "triples": [
        ("pl_xuchang", "partOf", "pl_henan", "河南省许昌市长葛市", False, None),
        ("pl_changge", "partOf", "pl_xuchang", "河南省许昌市长葛市", False, None),
        ("pk_changge", "locatedIn", "pl_changge", "长葛市的长葛市产业集聚区", False, None),
        ("co_yuxin", "investsIn", "pj_zailv", "该项目由豫鑫集团投资15亿元建设", False, 1500000000),
        ("pj_zailv", "locatedIn", "pk_changge", "长葛市产业集聚区内，河南豫鑫再生金属集团有限公司年产30万吨再生铝项目投入试生产",
         False, None),
        ("co_yuxin", "locatedIn", "pk_changge", "长葛市产业集聚区内，河南豫鑫再生金属集团有限公司", True, None),
        ("co_yuxin", "locatedIn", "pl_henan", "河南豫鑫再生金属集团有限公司", True, None),
        ("pl_dazhou", "partOf", "pl_changge", "长葛是全国知名的再生金属产业基地，大周镇更是有着", True, None),
        ("pk_dazhou", "locatedIn", "pl_dazhou", "大周镇更是有着“中国再生金属之乡”的美誉。大周再生金属循环产业园内", False, None),
        ("pk_dazhou", "locatedIn", "pk_changge", "大周再生金属循环产业园", True, None),
        ("pl_dazhou", "designatedAs", "中国再生金属之乡", "大周镇更是有着“中国再生金属之乡”的美誉", True, None),
        ("pk_changge", "designatedAs", "国家城市矿产示范基地", "长葛市产业集聚区入选国家“城市矿产”示范基地", False, None),
        ("pl_ordos", "partOf", "pl_nmg", "内蒙古自治区鄂尔多斯市准格尔旗", False, None),
        ("pl_zhungeer", "partOf", "pl_ordos", "鄂尔多斯市准格尔旗", False, None),
        ("pk_zhungeer", "locatedIn", "pl_zhungeer", "准格尔旗的准格尔经济开发区", False, None),
        ("co_mengsheng", "investsIn", "pj_zhiqing", "内蒙古蒙晟能源集团有限公司100万千瓦风光制氢一体化项目日前开工建设，项目"
         "总投资68亿元", False, 6800000000),
        ("pj_zhiqing", "locatedIn", "pk_zhungeer", "准格尔经济开发区内，内蒙古蒙晟能源集团有限公司100万千瓦风光制氢一体化项目",
         False, None),
        ("co_mengsheng", "locatedIn", "pk_zhungeer", "准格尔经济开发区内，内蒙古蒙晟能源集团有限公司", True, None),
        ("co_mengsheng", "locatedIn", "pl_nmg", "内蒙古蒙晟能源集团有限公司", True, None),
        ("ag_ordos_gov", "signsWith", "co_ningchuan", "鄂尔多斯市人民政府与宁川新能源科技股份有限公司签订合作协议", False, None),
        ("pl_ordos", "signsWith", "co_ningchuan", "鄂尔多斯市人民政府与宁川新能源科技股份有限公司签订合作协议", True, None),
        ("co_ningchuan", "investsIn", "pj_zujian", "宁川新能源将在鄂尔多斯高新技术产业开发区投资建设年产10GW光伏组件项目",
         False, None),
        ("pj_zujian", "locatedIn", "pk_ordos_gx", "在鄂尔多斯高新技术产业开发区投资建设年产10GW光伏组件项目", False, None),
        ("pk_ordos_gx", "locatedIn", "pl_ordos", "鄂尔多斯高新技术产业开发区", False, None),
        ("pk_ordos_gx", "designatedAs", "自治区级新型工业化示范基地", "鄂尔多斯高新区今年获批自治区级新型工业化示范基地",
         False, None),
        ("ag_changge_gov", "signsWith", "co_baosheng", "长葛市人民政府先后与上海宝晟资源科技有限公司、中金环保集团签订投资"
         "合作协议", False, None),
        ("ag_changge_gov", "signsWith", "co_zhongjin", "长葛市人民政府先后与上海宝晟资源科技有限公司、中金环保集团签订投资"
         "合作协议", False, None),
        ("pl_changge", "signsWith", "co_baosheng", "长葛市人民政府先后与上海宝晟资源科技有限公司", True, None),
        ("pl_changge", "signsWith", "co_zhongjin", "长葛市人民政府先后与上海宝晟资源科技有限公司、中金环保集团", True, None),
        ("co_baosheng", "locatedIn", "pl_shanghai", "上海宝晟资源科技有限公司", True, None),
        ("co_baosheng", "investsIn", "pj_dianchi", "宝晟资源拟投资22亿元建设废旧动力电池综合利用项目", False, 2200000000),
        ("pj_dianchi", "locatedIn", "pl_changge", "长葛市人民政府先后与上海宝晟资源科技有限公司、中金环保集团签订投资合作协议，"
         "签约总额达38亿元。其中，宝晟资源拟投资22亿元建设废旧动力电池综合利用项目", True, None),
        ("po_hn_zaisheng", "issuedBy", "ag_hn_fgw", "河南省发展和改革委员会、河南省生态环境厅联合印发的《河南省推动再生资源"
         "产业高质量发展实施方案》", False, None),
        ("po_hn_zaisheng", "issuedBy", "ag_hn_sthjt", "河南省生态环境厅联合印发的《河南省推动再生资源产业高质量发展实施方案》",
         False, None),
        ("po_xj_wlmq", "issuedBy", "ag_xj_gov", "新疆维吾尔自治区人民政府近日印发《关于支持乌鲁木齐经济技术开发区高质量发展的"
         "若干政策》", False, None),
        ("po_cg_bzd", "issuedBy", "ag_cg_swei", "长葛市委、市政府把再生金属产业作为“一号产业”来抓，设立了总规模10亿元的产业"
         "发展基金，推行“标准地+承诺制”改革", True, None),
        ("po_cg_bzd", "issuedBy", "ag_changge_gov", "市政府把再生金属产业作为“一号产业”来抓", True, None),
        ("po_cg_bzd", "issuedBy", "pl_changge", "长葛市委、市政府", True, None),
        ("co_beifang", "investsIn", "pj_jiachun", "北方绿氢（内蒙古）科技有限公司计划投资36亿元在准格尔经济开发区建设年产3万吨绿氢"
         "及下游绿色甲醇项目", False, 3600000000),
        ("pj_jiachun", "locatedIn", "pk_zhungeer", "在准格尔经济开发区建设年产3万吨绿氢及下游绿色甲醇项目", False, None),
        ("co_beifang", "locatedIn", "pl_nmg", "北方绿氢（内蒙古）科技有限公司", True, None),
        ("co_zyjg", "investsIn", "pj_nongji", "河南中原精工机械股份有限公司年产5000台智能农机装备项目正在加紧建设，该项目"
         "总投资9.8亿元", False, 980000000),
        ("pj_nongji", "locatedIn", "pk_changge", "在长葛市产业集聚区的智能装备园内，河南中原精工机械股份有限公司年产5000台智能"
         "农机装备项目", False, None),
        ("pj_nongji", "locatedIn", "pk_cg_zhuangbei", "智能装备园内，河南中原精工机械股份有限公司年产5000台智能农机装备项目", True,
         None),
        ("pk_cg_zhuangbei", "locatedIn", "pk_changge", "在长葛市产业集聚区的智能装备园内", True, None),
        ("co_zyjg", "locatedIn", "pk_changge", "在长葛市产业集聚区的智能装备园内，河南中原精工机械股份有限公司", True, None),
        ("co_zyjg", "locatedIn", "pl_henan", "河南中原精工机械股份有限公司", True, None),
        ("co_zyjg", "designatedAs", "国家级专精特新“小巨人”企业", "中原精工去年入选国家级专精特新“小巨人”企业", False, None),
        ("po_nmg_xny", "issuedBy", "ag_ndrc", "国家发展改革委、国家能源局联合印发的《关于支持内蒙古新能源产业高质量发展的意见》",
         False, None),
        ("po_nmg_xny", "issuedBy", "ag_nea", "国家能源局联合印发的《关于支持内蒙古新能源产业高质量发展的意见》", False, None),
        ("pk_urumqi", "locatedIn", "pl_urumqi", "乌鲁木齐经济技术开发区", False, None),
        ("pk_urumqi", "locatedIn", "pl_toutunhe", "乌鲁木齐经济技术开发区（头屯河区）", True, None),
        ("pl_urumqi", "partOf", "pl_xinjiang", "新疆维吾尔自治区人民政府近日印发《关于支持乌鲁木齐经济技术开发区", True, None),
        ("pl_toutunhe", "partOf", "pl_urumqi", "乌鲁木齐经济技术开发区（头屯河区）", True, None),
        ("co_tianshan", "investsIn", "pj_fengdian", "新疆天山智能装备有限公司投资6亿元的风电装备产业园项目", False, 600000000),
        ("pj_fengdian", "locatedIn", "pk_urumqi", "乌鲁木齐经济技术开发区（头屯河区）将重点发展装备制造、新材料等产业，新疆天山"
         "智能装备有限公司投资6亿元的风电装备产业园项目已在区内签约落地", False, None),
        ("pk_fengdian_park", "locatedIn", "pk_urumqi", "风电装备产业园项目已在区内签约落地", True, None),
        ("co_tianshan", "locatedIn", "pk_urumqi", "新疆天山智能装备有限公司投资6亿元的风电装备产业园项目已在区内签约落地", True,
         None),
        ("co_tianshan", "locatedIn", "pl_xinjiang", "新疆天山智能装备有限公司", True, None),
    ],
}

PAGES = [HO1, HO2, HO3, HO4, HO5]

# Short place/park forms the gold README allows even when the text never writes them.
_ALLOWED_UNSEEN = re.compile(r"(省|市|县|区|镇|旗)$")


def render(page: dict) -> str:
    rng = random.Random(page["seed"])
    parts = []
    for kind, text in page["blocks"]:
        parts.append(wrap(text, rng) if kind == "p" else text)
    return "\n".join(["", *[p + "\n" for p in parts]])


def gold(page: dict, text: str) -> dict:
    """Gold JSON for a page, after checking it against the rendered text."""
    flat = squash(text)
    ids = set()
    entities = []
    for eid, etype, name, aliases, optional, level in page["entities"]:
        assert eid not in ids, eid
        ids.add(eid)
        labels = [name, *aliases]
        if not any(squash(x) in flat for x in labels):
            raise SystemExit(f"{page['file']}: no label of {eid} occurs in the text")
        for x in labels:
            if squash(x) not in flat and etype not in ("Place", "Park"):
                raise SystemExit(f"{page['file']}: {eid} label {x!r} not in text")
        e = {"id": eid, "type": etype, "name": name, "aliases": aliases, "optional": optional}
        if level:
            e["level"] = level
        entities.append(e)
    triples = []
    for s, p, o, evidence, optional, amount in page["triples"]:
        if squash(evidence) not in flat:
            raise SystemExit(f"{page['file']}: evidence not verbatim: {evidence}")
        assert s in ids, s
        t: dict = {"s": s, "p": p}
        if p == "designatedAs":
            t["o_literal"] = o
        else:
            assert o in ids, o
            t["o"] = o
        if amount is not None:
            t["amount_yuan"] = amount
        t["evidence"] = squash(evidence)
        t["optional"] = optional
        triples.append(t)
    return {"doc": page["file"], "entities": entities, "triples": triples}


def main() -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for page in PAGES:
        text = render(page)
        (HERE / "pages" / page["file"]).write_bytes(text.encode(page["encoding"]))
        g = gold(page, text)
        out = HERE / "gold" / (page["file"].rsplit(".", 1)[0] + ".json")
        out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{page['file']}: {len(text)} chars, {len(g['entities'])} entities, {len(g['triples'])} triples")


if __name__ == "__main__":
    main()
