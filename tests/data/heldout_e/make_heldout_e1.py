"""Generate held-out set E, part 1: pages e1_*.txt and gold e1_*.json.

Standard library only, deterministic.  Each page is built from clean article
texts (a list of units in page order), damaged like a PDF text dump (hard line
breaks every 12-22 characters with blank lines between lines, a few spaces
inside words and numbers, digits spaced from Chinese characters on some pages),
and written as UTF-8 or GB18030.  The gold is written next to it and checked:
every evidence snippet and every entity name/alias must occur verbatim in the
page once all whitespace is removed.

Run:  python tests/data/heldout_e/make_heldout_e1.py
"""

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

BREAK = "¦"  # forced hard line break inside a paragraph (removed from clean text)

# A unit is (kind, text): "line" is copied as one line (page header, byline,
# headline, caption); "para" is wrapped into short PDF lines.

# ---------------------------------------------------------------------------
# Page 1: 湖北 (武汉东湖高新区, 襄阳), news brief on 鄂州.  UTF-8.
# Damage: headline of the first article drifted to its end, digits spaced.
# ---------------------------------------------------------------------------
PAGE1_UNITS = [
    ("line", "经济日报 2026年11月18日 星期三 11 产业·园区"),
    ("line", "本报记者 柯 立 夏 雨"),
    ("para", "初冬时节，武汉东湖新技术开发区内塔吊林立。在武汉光启微电子科技有限公司的新厂房里，"
             "首条年产50万片硅光芯片生产线正在进行设备联调。“这条线明年一季度投产后，我们的硅光"
             "模块产能将翻一番。”该公司总经理何川说。"),
    ("para", "硅光芯片生产线由光启微电子投资32亿元建设，是东湖高新区今年落地的单体投资最大的制造业"
             "项目之一。去年6月，东湖高新区管委会与该公司签署投资协议，从签约到主体厂房封顶只用了"
             "11个月。"),
    ("para", "东湖高新区，人们更习惯叫它“中国光谷”。这里已集聚光电子信息企业1.6万余家，光纤光缆"
             "生产规模居全球前列。今年以来，园区围绕“芯、屏、端、网”强链补链，先后引进锐芯、星途"
             "光电、海川智能等龙头企业，新签约亿元以上项目87个。"),
    ("para", "在光谷生物城，另一条赛道同样火热。湖北楚康生物医药集团有限公司投资的mRNA疫苗产业化"
             "基地已完成主体施工，总投资18.¦6亿元。楚康集团相关负责人介绍，基地投产后可年产各类疫苗"
             "1亿剂。"),
    ("para", "光谷生物城已集聚生物医药企业3000余家，楚康集团去年入选中国医药工业百强企业。“从原液"
             "生产到制剂灌装，我们在方圆10公里内就能找到配套。”这位负责人说。"),
    ("para", "今年前三季度，东湖高新区规模以上工业增加值同比增长12.6%，对武汉市工业增长的贡献率超过"
             "四成。"),
    ("para", "东湖高新区管委会有关负责人表示，下一步将落实《武汉东湖新技术开发区促进光电子信息产业"
             "高质量发展若干措施》，对新落户的重大项目给予最高1亿元的设备补贴，并新增工业用地3000亩。"),
    ("line", "光谷：“芯屏端网”链条越拉越长"),
    ("para", "11月12日，襄阳高新区一家汽车零部件企业的智能焊装车间内，机器人正在作业。"),
    ("line", "本报记者 柯 立摄"),
    ("line", "襄阳：新能源汽车产业链“就近配套”"),
    ("line", "本报记者 王 岚"),
    ("para", "从整车下线到电池、电机、电控配套，在湖北省襄阳市，一条新能源汽车产业链正沿汉江两岸"
             "加速成形。"),
    ("para", "在襄阳高新技术产业开发区，湖北汉江动力电池有限公司年产20GWh动力电池项目一期已经投产。"
             "这座工厂由汉江动力投资建设，二期厂房预计明年6月封顶。据了解，该项目总投资120亿元，"
             "全部达产后年产值可超过200亿元。"),
    ("para", "龙头落地，带动上下游企业纷纷跟进。今年3月，襄阳高新区与深圳安驰新能源科技有限公司"
             "签约，后者将投资8000万元建设电池结构件智能工厂；9月，正极材料企业襄江锂能也在区内开工"
             "建设年产5万吨磷酸铁锂项目，计划投资15亿元。"),
    ("para", "在襄阳经济技术开发区，老牌车企也在加快转型。襄汉汽车股份有限公司投入2.3亿元实施"
             "总装车间智能化改造，新上焊装机器人260台，生产节拍提升40%。该企业去年入选国家级智能"
             "制造示范工厂。"),
    ("para", "新能源汽车的“后半篇文章”也在这里书写。谷城经济开发区内，湖北谷丰再生资源有限公司新建的"
             "废旧动力电池梯次利用中心本月投用，总投资1.6亿元，可年处理退役电池5万吨。谷丰再生"
             "负责人说，公司正与汉江动力洽谈电池回收合作。"),
    ("para", "襄阳市经信局负责人介绍，目前襄阳高新区、襄阳经开区和位于谷城县的谷城经济开发区已形成"
             "“一核两翼”的汽车产业布局，到2027年，全市新能源汽车产业规模力争突破2000亿元。"),
    ("line", "宜昌：磷化工“老树”发出“新枝”"),
    ("line", "本报记者 向 晴"),
    ("para", "长江西陵峡口，宜昌高新技术产业开发区白洋工业园内，湖北三峡磷化集团有限公司年产20万吨"
             "电池级磷酸铁项目的反应釜已安装到位。这个项目总投资26亿元，是三峡磷化从传统磷肥向新能源"
             "材料转型的关键一步。"),
    ("para", "“过去一吨磷矿石卖几百元，做成电池级磷酸铁，价值翻了十几倍。”该公司负责人介绍，项目用的"
             "磷酸来自集团自有矿山，园区内的管廊把上下游装置连成一体。去年，三峡磷化被工业和信息化部"
             "认定为国家级绿色工厂。"),
    ("para", "目前，宜昌高新区已集聚精细磷化工及新能源材料企业70余家。宜昌市提出，到2027年把磷化工"
             "产业打造成“千亿级”产业集群，其中新能源材料产值占比超过一半。"),
    ("line", "简 讯"),
    ("para", "本报武汉讯（记者 夏 雨）近日，湖北省经济和信息化厅、湖北省发展和改革委员会、湖北省"
             "商务厅联合印发《湖北省开发区能级提升三年行动方案（2025—2027年）》，提出到2027年，全省"
             "培育5个产值超5000亿元的开发区，推动省级以上开发区亩均税收年均增长8%以上。"),
    ("line", "鄂州葛店经开区获评省级绿色工业园区"),
    ("para", "本报讯 日前，湖北省经济和信息化厅公布2026年度省级绿色工业园区名单，葛店经济技术"
             "开发区榜上有名。葛店经济技术开发区位于鄂州市西部，近年来，该园区累计建成分布式光伏42兆瓦，工业固废综合利用率达到96%。"),
    ("line", "荆门高新区签约废旧锂电池回收项目"),
    ("para", "本报荆门讯 11月17日，荆门高新技术产业开发区与浙江瑞能环境科技有限公司签订投资协议，"
             "瑞能环境将投资4.6亿元，在区内的荆门化工循环产业园建设年产10万吨废旧锂电池回收利用"
             "项目，预计2027年底建成投产。（通讯员 邓 峰）"),
    ("line", "本版编辑 周 航 美编 李 欣"),
]

PAGE1_SPACES = [
    ("工业用地", "工 业 用 地"),
    ("18.¦6亿元", "18.¦6 亿元"),
    ("新能源汽车产业链正", "新能源汽 车产业链正"),
    ("襄江锂能", "襄江锂 能"),
]

PAGE1_GOLD = {
    "entities": [
        ("pl_hubei", "Place", "湖北省", ["湖北"], False, "province"),
        ("pl_wuhan", "Place", "武汉市", ["武汉"], False, "city"),
        ("pl_xiangyang", "Place", "襄阳市", ["襄阳"], False, "city"),
        ("pl_gucheng", "Place", "谷城县", ["谷城"], False, "county"),
        ("pl_shenzhen", "Place", "深圳", [], True, "city"),
        ("pl_yichang", "Place", "宜昌市", ["宜昌"], False, "city"),
        ("pl_jingmen", "Place", "荆门", [], False, "city"),
        ("pl_zhejiang", "Place", "浙江", [], True, "province"),
        ("pl_ezhou", "Place", "鄂州市", ["鄂州"], False, "city"),
        ("pk_donghu", "Park", "武汉东湖新技术开发区", ["东湖高新区", "中国光谷", "光谷"], False),
        ("pk_bio", "Park", "光谷生物城", [], False),
        ("pk_xy_gx", "Park", "襄阳高新技术产业开发区", ["襄阳高新区"], False),
        ("pk_xy_jk", "Park", "襄阳经济技术开发区", ["襄阳经开区"], False),
        ("pk_gucheng", "Park", "谷城经济开发区", [], False),
        ("pk_yc_gx", "Park", "宜昌高新技术产业开发区", ["宜昌高新区"], False),
        ("pk_baiyang", "Park", "白洋工业园", [], False),
        ("pk_jingmen", "Park", "荆门高新技术产业开发区", ["荆门高新区"], False),
        ("pk_jm_xunhuan", "Park", "荆门化工循环产业园", [], False),
        ("pk_gedian", "Park", "葛店经济技术开发区", ["鄂州葛店经开区", "葛店经开区"], False),
        ("ag_donghu_gwh", "Agency", "东湖高新区管委会", [], False),
        ("ag_xy_jxj", "Agency", "襄阳市经信局", [], False),
        ("ag_miit", "Agency", "工业和信息化部", [], False),
        ("ag_hb_jxt", "Agency", "湖北省经济和信息化厅", [], False),
        ("ag_hb_fgw", "Agency", "湖北省发展和改革委员会", [], False),
        ("ag_hb_swt", "Agency", "湖北省商务厅", [], False),
        ("po_donghu", "Policy", "武汉东湖新技术开发区促进光电子信息产业高质量发展若干措施", [], False),
        ("po_hb_kfq", "Policy", "湖北省开发区能级提升三年行动方案（2025—2027年）",
         ["湖北省开发区能级提升三年行动方案"], False),
        ("po_hb_lvse", "Policy", "2026年度省级绿色工业园区名单", [], True),
        ("co_guangqi", "Company", "武汉光启微电子科技有限公司", ["光启微电子"], False),
        ("co_ruixin", "Company", "锐芯", [], False),
        ("co_xingtu", "Company", "星途光电", [], False),
        ("co_haichuan", "Company", "海川智能", [], False),
        ("co_chukang", "Company", "湖北楚康生物医药集团有限公司", ["楚康集团"], False),
        ("co_hanjiang", "Company", "湖北汉江动力电池有限公司", ["汉江动力"], False),
        ("co_anchi", "Company", "深圳安驰新能源科技有限公司", [], False),
        ("co_xiangjiang", "Company", "襄江锂能", [], False),
        ("co_xianghan", "Company", "襄汉汽车股份有限公司", [], False),
        ("co_sanxia", "Company", "湖北三峡磷化集团有限公司", ["三峡磷化"], False),
        ("co_gufeng", "Company", "湖北谷丰再生资源有限公司", ["谷丰再生"], False),
        ("co_ruineng", "Company", "浙江瑞能环境科技有限公司", ["瑞能环境"], False),
        ("pj_guixin", "Project", "年产50万片硅光芯片生产线", ["硅光芯片生产线"], False),
        ("pj_mrna", "Project", "mRNA疫苗产业化基地", [], False),
        ("pj_dianchi", "Project", "年产20GWh动力电池项目", [], False),
        ("pj_jiegoujian", "Project", "电池结构件智能工厂", [], False),
        ("pj_lfp", "Project", "年产5万吨磷酸铁锂项目", [], False),
        ("pj_zongzhuang", "Project", "总装车间智能化改造", [], False),
        ("pj_linsuantie", "Project", "年产20万吨电池级磷酸铁项目", [], False),
        ("pj_tidu", "Project", "废旧动力电池梯次利用中心", [], False),
        ("pj_huishou", "Project", "年产10万吨废旧锂电池回收利用项目", [], False),
    ],
    "triples": [
        ("co_guangqi", "investsIn", "pj_guixin", "硅光芯片生产线由光启微电子投资32亿元建设", 3200000000, False),
        ("pj_guixin", "locatedIn", "pk_donghu", "在武汉光启微电子科技有限公司的新厂房里，首条年产50万片硅光芯片生产线", None, False),
        ("co_guangqi", "locatedIn", "pk_donghu", "武汉东湖新技术开发区内塔吊林立。在武汉光启微电子科技有限公司的新厂房里", None, False),
        ("co_guangqi", "locatedIn", "pl_wuhan", "武汉光启微电子科技有限公司", None, True),
        ("ag_donghu_gwh", "signsWith", "co_guangqi", "东湖高新区管委会与该公司签署投资协议", None, False),
        ("pk_donghu", "signsWith", "co_guangqi", "东湖高新区管委会与该公司签署投资协议", None, True),
        ("pk_donghu", "locatedIn", "pl_wuhan", "武汉东湖新技术开发区", None, False),
        ("co_ruixin", "locatedIn", "pk_donghu", "园区围绕“芯、屏、端、网”强链补链，先后引进锐芯、星途光电、海川智能等龙头企业", None, False),
        ("co_xingtu", "locatedIn", "pk_donghu", "园区围绕“芯、屏、端、网”强链补链，先后引进锐芯、星途光电、海川智能等龙头企业", None, False),
        ("co_haichuan", "locatedIn", "pk_donghu", "园区围绕“芯、屏、端、网”强链补链，先后引进锐芯、星途光电、海川智能等龙头企业", None, False),
        ("co_ruixin", "designatedAs", "=龙头企业", "先后引进锐芯、星途光电、海川智能等龙头企业", None, True),
        ("co_xingtu", "designatedAs", "=龙头企业", "先后引进锐芯、星途光电、海川智能等龙头企业", None, True),
        ("co_haichuan", "designatedAs", "=龙头企业", "先后引进锐芯、星途光电、海川智能等龙头企业", None, True),
        ("pk_bio", "locatedIn", "pk_donghu", "在光谷生物城，另一条赛道同样火热", None, False),
        ("co_chukang", "investsIn", "pj_mrna", "湖北楚康生物医药集团有限公司投资的mRNA疫苗产业化基地已完成主体施工，总投资18.6亿元", 1860000000, False),
        ("pj_mrna", "locatedIn", "pk_bio", "在光谷生物城，另一条赛道同样火热。湖北楚康生物医药集团有限公司投资的mRNA疫苗产业化基地", None, False),
        ("co_chukang", "locatedIn", "pk_bio", "在光谷生物城，另一条赛道同样火热。湖北楚康生物医药集团有限公司", None, True),
        ("co_chukang", "designatedAs", "=中国医药工业百强企业", "楚康集团去年入选中国医药工业百强企业", None, False),
        ("co_chukang", "locatedIn", "pl_hubei", "湖北楚康生物医药集团有限公司", None, True),
        ("po_donghu", "issuedBy", "ag_donghu_gwh", "东湖高新区管委会有关负责人表示，下一步将落实《武汉东湖新技术开发区促进光电子信息产业高质量发展若干措施》", None, True),
        ("pl_xiangyang", "partOf", "pl_hubei", "在湖北省襄阳市", None, False),
        ("pk_xy_gx", "locatedIn", "pl_xiangyang", "在襄阳高新技术产业开发区", None, False),
        ("co_hanjiang", "investsIn", "pj_dianchi", "湖北汉江动力电池有限公司年产20GWh动力电池项目一期已经投产。这座工厂由汉江动力投资建设", 12000000000, False),
        ("pj_dianchi", "locatedIn", "pk_xy_gx", "在襄阳高新技术产业开发区，湖北汉江动力电池有限公司年产20GWh动力电池项目", None, False),
        ("co_hanjiang", "locatedIn", "pk_xy_gx", "在襄阳高新技术产业开发区，湖北汉江动力电池有限公司", None, False),
        ("co_hanjiang", "locatedIn", "pl_hubei", "湖北汉江动力电池有限公司", None, True),
        ("pk_xy_gx", "signsWith", "co_anchi", "襄阳高新区与深圳安驰新能源科技有限公司签约", None, False),
        ("co_anchi", "investsIn", "pj_jiegoujian", "后者将投资8000万元建设电池结构件智能工厂", 80000000, False),
        ("pj_jiegoujian", "locatedIn", "pk_xy_gx", "襄阳高新区与深圳安驰新能源科技有限公司签约，后者将投资8000万元建设电池结构件智能工厂", None, False),
        ("co_anchi", "locatedIn", "pl_shenzhen", "深圳安驰新能源科技有限公司", None, True),
        ("co_anchi", "locatedIn", "pk_xy_gx", "后者将投资8000万元建设电池结构件智能工厂", None, True),
        ("co_xiangjiang", "investsIn", "pj_lfp", "襄江锂能也在区内开工建设年产5万吨磷酸铁锂项目，计划投资15亿元", 1500000000, False),
        ("pj_lfp", "locatedIn", "pk_xy_gx", "襄江锂能也在区内开工建设年产5万吨磷酸铁锂项目", None, False),
        ("co_xiangjiang", "locatedIn", "pk_xy_gx", "正极材料企业襄江锂能也在区内开工建设", None, False),
        ("pk_xy_jk", "locatedIn", "pl_xiangyang", "在襄阳经济技术开发区", None, False),
        ("co_xianghan", "investsIn", "pj_zongzhuang", "襄汉汽车股份有限公司投入2.3亿元实施总装车间智能化改造", 230000000, False),
        ("pj_zongzhuang", "locatedIn", "pk_xy_jk", "在襄阳经济技术开发区，老牌车企也在加快转型。襄汉汽车股份有限公司投入2.3亿元实施总装车间智能化改造", None, False),
        ("co_xianghan", "locatedIn", "pk_xy_jk", "在襄阳经济技术开发区，老牌车企也在加快转型。襄汉汽车股份有限公司", None, False),
        ("co_xianghan", "designatedAs", "=国家级智能制造示范工厂", "该企业去年入选国家级智能制造示范工厂", None, False),
        ("pk_gucheng", "locatedIn", "pl_gucheng", "位于谷城县的谷城经济开发区", None, False),
        ("pl_gucheng", "partOf", "pl_xiangyang", "襄阳高新区、襄阳经开区和位于谷城县的谷城经济开发区已形成", None, True),
        ("pk_gucheng", "locatedIn", "pl_xiangyang", "襄阳高新区、襄阳经开区和位于谷城县的谷城经济开发区", None, True),
        ("pk_yc_gx", "locatedIn", "pl_yichang", "宜昌高新技术产业开发区", None, False),
        ("pk_baiyang", "locatedIn", "pk_yc_gx", "宜昌高新技术产业开发区白洋工业园", None, False),
        ("co_sanxia", "investsIn", "pj_linsuantie", "湖北三峡磷化集团有限公司年产20万吨电池级磷酸铁项目的反应釜已安装到位。这个项目总投资26亿元", 2600000000, False),
        ("pj_linsuantie", "locatedIn", "pk_baiyang", "白洋工业园内，湖北三峡磷化集团有限公司年产20万吨电池级磷酸铁项目", None, False),
        ("pj_linsuantie", "locatedIn", "pk_yc_gx", "宜昌高新技术产业开发区白洋工业园内，湖北三峡磷化集团有限公司年产20万吨电池级磷酸铁项目", None, True),
        ("co_sanxia", "locatedIn", "pk_baiyang", "白洋工业园内，湖北三峡磷化集团有限公司", None, False),
        ("co_sanxia", "locatedIn", "pk_yc_gx", "宜昌高新技术产业开发区白洋工业园内，湖北三峡磷化集团有限公司", None, True),
        ("co_sanxia", "locatedIn", "pl_hubei", "湖北三峡磷化集团有限公司", None, True),
        ("co_sanxia", "designatedAs", "=国家级绿色工厂", "三峡磷化被工业和信息化部认定为国家级绿色工厂", None, False),
        ("pl_wuhan", "partOf", "pl_hubei", "本报武汉讯（记者夏雨）近日，湖北省经济和信息化厅", None, True),
        ("po_hb_kfq", "issuedBy", "ag_hb_jxt", "湖北省经济和信息化厅、湖北省发展和改革委员会、湖北省商务厅联合印发《湖北省开发区能级提升三年行动方案", None, False),
        ("po_hb_kfq", "issuedBy", "ag_hb_fgw", "湖北省经济和信息化厅、湖北省发展和改革委员会、湖北省商务厅联合印发《湖北省开发区能级提升三年行动方案", None, False),
        ("po_hb_kfq", "issuedBy", "ag_hb_swt", "湖北省经济和信息化厅、湖北省发展和改革委员会、湖北省商务厅联合印发《湖北省开发区能级提升三年行动方案", None, False),
        ("po_hb_lvse", "issuedBy", "ag_hb_jxt", "湖北省经济和信息化厅公布2026年度省级绿色工业园区名单", None, True),
        ("pk_gedian", "designatedAs", "=省级绿色工业园区", "湖北省经济和信息化厅公布2026年度省级绿色工业园区名单，葛店经济技术开发区榜上有名", None, False),
        ("pk_gedian", "locatedIn", "pl_ezhou", "葛店经济技术开发区位于鄂州市西部", None, False),
        ("co_gufeng", "investsIn", "pj_tidu", "湖北谷丰再生资源有限公司新建的废旧动力电池梯次利用中心本月投用，总投资1.6亿元", 160000000, False),
        ("pj_tidu", "locatedIn", "pk_gucheng", "谷城经济开发区内，湖北谷丰再生资源有限公司新建的废旧动力电池梯次利用中心", None, False),
        ("co_gufeng", "locatedIn", "pk_gucheng", "谷城经济开发区内，湖北谷丰再生资源有限公司", None, False),
        ("co_gufeng", "locatedIn", "pl_hubei", "湖北谷丰再生资源有限公司", None, True),
        ("pk_jingmen", "locatedIn", "pl_jingmen", "本报荆门讯11月17日，荆门高新技术产业开发区", None, False),
        ("pk_jingmen", "signsWith", "co_ruineng", "荆门高新技术产业开发区与浙江瑞能环境科技有限公司签订投资协议", None, False),
        ("co_ruineng", "investsIn", "pj_huishou", "瑞能环境将投资4.6亿元，在区内的荆门化工循环产业园建设年产10万吨废旧锂电池回收利用项目", 460000000, False),
        ("pj_huishou", "locatedIn", "pk_jm_xunhuan", "在区内的荆门化工循环产业园建设年产10万吨废旧锂电池回收利用项目", None, False),
        ("pk_jm_xunhuan", "locatedIn", "pk_jingmen", "瑞能环境将投资4.6亿元，在区内的荆门化工循环产业园", None, False),
        ("co_ruineng", "locatedIn", "pl_zhejiang", "浙江瑞能环境科技有限公司", None, True),
        ("co_ruineng", "locatedIn", "pk_jm_xunhuan", "在区内的荆门化工循环产业园建设", None, True),
        ("pl_ezhou", "partOf", "pl_hubei", "鄂州葛店经开区获评省级绿色工业园区本报讯日前，湖北省经济和信息化厅", None, True),
    ],
}

# ---------------------------------------------------------------------------
# Page 2: 广西 (钦州, 南宁, 横州) + 福建 (厦门, 福州, 福清).  GB18030.
# Damage: headline of the first article drifted to its end; a few spaces.
# ---------------------------------------------------------------------------
PAGE2_UNITS = [
    ("line", "人民日报 2026年11月20日 星期五 第10版 区域经济"),
    ("line", "本报记者 庞 革 黄 海"),
    ("para", "站在钦州港经济技术开发区的码头远眺，巨型吊机正把一件件石化设备吊上岸。广西壮族自治区"
             "钦州市近年来依托港口优势，大力发展石化、新材料和新能源材料产业，钦州港经开区已集聚"
             "规模以上工业企业160余家，今年成为国家新型工业化产业示范基地。"),
    ("para", "广西北部湾新材料有限公司是其中的代表。今年4月，北部湾新材年产30万吨高端聚丙烯项目"
             "建成投产，该项目总投资45亿元，产品主要供应华南地区的汽车和家电企业。“我们正在筹划"
             "二期工程，再上一套年产20万吨聚碳酸酯装置。”公司负责人说。"),
    ("para", "同在钦州的中马钦州产业园区，是中国与马来西亚两国政府合作建设的园区。10月下旬，马来西亚"
             "森达集团与园区签署投资协议，将投资3亿美元建设棕榈油精深加工基地，这是今年园区引进的"
             "单笔最大外资。"),
    ("para", "在南宁，南宁综合保税区则把目光投向跨境电商和电子信息加工贸易。今年以来，南宁综保区"
             "新引进天虹电子、维联科技、桂链云仓等企业23家，1至10月进出口总值同比增长31%。其中，天虹电子投资1.5亿元建设的智能终端加工贸易基地已于"
             "8月投产，年出口手机主板300万片。"),
    ("para", "港口的“向海”优势还在不断放大。11月初，钦州市人民政府与广西北港新能源集团有限公司签署"
             "战略合作协议，双方将在钦州港经开区共建千万千瓦级海上风电装备产业基地，总投资预计超过"
             "200亿元。北港新能源相关负责人表示，首批风机塔筒和叶片生产线明年开工。"),
    ("para", "广西壮族自治区商务厅有关负责人表示，广西将用好《中国—东盟自由贸易区3.0版升级议定书》"
             "带来的机遇，推动沿海开发区与东盟国家产业园区“两国双园”联动发展。"),
    ("line", "北部湾畔，向海产业集群加速崛起"),
    ("line", "横州茉莉花专业镇入选全国农业产业强镇"),
    ("para", "本报南宁电 近日，农业农村部、财政部公布2026年全国农业产业强镇名单，南宁市横州市的"
             "横州茉莉花专业镇入选。该专业镇现有茉莉花种植面积12万亩，引进花香茶业、金桂茶业等加工"
             "企业46家，茉莉花茶产量占全国六成以上。（朱 桂）"),
    ("para", "11月16日，厦门火炬高技术产业开发区内，闽芯显示的工人正在检测显示面板。 新华社记者 林 涛摄"),
    ("line", "厦门火炬高新区：一块屏幕带出千亿产业链"),
    ("line", "本报记者 陈 闽"),
    ("para", "在厦门火炬高技术产业开发区，闽芯显示科技（厦门）有限公司的第8.6代新型显示面板生产线上，"
             "一块块玻璃基板在无尘车间里穿梭。该生产线总投资330亿元，是福建省单体投资规模最大的"
             "工业项目之一。"),
    ("para", "以闽芯显示为牵引，火炬高新区已形成从玻璃基板、驱动芯片到模组整机的平板显示产业链，"
             "链上企业超过百家。厦门市把平板显示列为千亿产业链之一，去年，火炬高新区平板显示产业集群被认定为国家先进制造业集群。"),
    ("para", "在福州，福州高新技术产业开发区也在加快布局新赛道。11月6日，福州高新区管委会与福建榕光储能科技股份有限公司"
             "签署合作协议。根据协议，榕光储能将在区内投资6000万元建设储能电池研发中心，并落地"
             "总投资52亿元的年产10GWh储能电池项目。该公司去年获评国家高新技术企业，储能电池出货量"
             "位居全省前列。"),
    ("para", "福建省工业和信息化厅数据显示，前三季度全省开发区规模以上工业增加值同比增长7.8%，"
             "高于全省平均水平1.6个百分点。"),
    ("para", "在厦门海沧台商投资区，台资企业厦门宏晔精密机械有限公司投资1.8亿元的半导体设备零部件"
             "生产基地已完成主体结构，明年3月投产。宏晔精密落户海沧，正是看中了周边的显示面板和"
             "集成电路配套。"),
    ("line", "融侨经开区中央厨房工厂投产"),
    ("para", "本报福州电 11月15日，位于福清融侨经济技术开发区的海鹭食品中央厨房工厂正式投产。这座"
             "工厂由福建海鹭食品集团有限公司投资2.8亿元建设，可日产预制菜品120吨，产品销往福建、"
             "浙江等地。这是福清市今年投产的第5个亿元以上食品加工项目。（郑 岚）"),
    ("line", "安溪湖头光电产业园再添芯片项目"),
    ("para", "本报泉州电 日前，泉州市安溪县湖头光电产业园与福建晶澜光电科技有限公司签约，晶澜光电"
             "将在园区建设年产1200万片LED芯片项目，总投资9.5亿元，建成后湖头光电产业园的芯片产能"
             "将提升三成。（苏 敏）"),
    ("line", "柳岳股份热管理系统项目开工"),
    ("para", "本报柳州电 11月13日，广西柳岳汽车零部件股份有限公司年产60万套新能源汽车热管理系统"
             "项目在柳州市柳江区的柳江新兴工业园区开工。该项目计划投资7.5亿元，达产后可为柳州及周边"
             "整车企业就近配套。柳岳股份已在柳江新兴工业园区布局3个生产基地。（韦 宁）"),
    ("line", "广西出台标准厂房建设补助办法"),
    ("para", "本报南宁电 自治区工业和信息化厅、自治区财政厅近日联合印发《广西工业园区标准化厂房建设"
             "补助资金管理办法》，对园区新建标准化厂房按每平方米最高200元给予补助。首批资金将重点"
             "支持南宁经济技术开发区、钦州港经开区等12个园区。（覃 明）"),
    ("line", "本版责编：吴 江 何 静"),
]

PAGE2_SPACES = [
    ("聚丙烯项目", "聚丙 烯项目"),
    ("45亿元", "45 亿元"),
    ("3亿美元", "3 亿美元"),
    ("330亿元", "330 亿元"),
    ("福建榕光储能", "福建榕光储 能"),
    ("2.8亿元", "2.¦8 亿元"),
]

PAGE2_GOLD = {
    "entities": [
        ("pl_guangxi", "Place", "广西壮族自治区", ["广西"], False, "province"),
        ("pl_qinzhou", "Place", "钦州市", ["钦州"], False, "city"),
        ("pl_nanning", "Place", "南宁市", ["南宁"], False, "city"),
        ("pl_hengzhou", "Place", "横州市", ["横州"], False, "county"),
        ("pl_malaysia", "Place", "马来西亚", [], True, "country"),
        ("pl_fujian", "Place", "福建省", ["福建"], False, "province"),
        ("pl_xiamen", "Place", "厦门市", ["厦门"], False, "city"),
        ("pl_fuzhou", "Place", "福州", [], False, "city"),
        ("pl_fuqing", "Place", "福清市", ["福清"], False, "county"),
        ("pl_zhejiang", "Place", "浙江", [], True, "province"),
        ("pl_haicang", "Place", "海沧", [], True, "district"),
        ("pl_quanzhou", "Place", "泉州市", ["泉州"], False, "city"),
        ("pl_anxi", "Place", "安溪县", [], False, "county"),
        ("pl_liuzhou", "Place", "柳州市", ["柳州"], False, "city"),
        ("pl_liujiang", "Place", "柳江区", [], False, "district"),
        ("pk_qzg", "Park", "钦州港经济技术开发区", ["钦州港经开区"], False),
        ("pk_zhongma", "Park", "中马钦州产业园区", [], False),
        ("pk_nnzb", "Park", "南宁综合保税区", ["南宁综保区"], False),
        ("pk_molihua", "Park", "横州茉莉花专业镇", [], False),
        ("pk_huoju", "Park", "厦门火炬高技术产业开发区", ["厦门火炬高新区", "火炬高新区"], False),
        ("pk_fz_gx", "Park", "福州高新技术产业开发区", ["福州高新区"], False),
        ("pk_hutou", "Park", "湖头光电产业园", [], False),
        ("pk_nnjk", "Park", "南宁经济技术开发区", [], False),
        ("pk_haicang", "Park", "厦门海沧台商投资区", [], False),
        ("pk_liujiang", "Park", "柳江新兴工业园区", [], False),
        ("pk_rongqiao", "Park", "福清融侨经济技术开发区", ["融侨经开区"], False),
        ("ag_qz_gov", "Agency", "钦州市人民政府", [], False),
        ("ag_gx_gxt", "Agency", "自治区工业和信息化厅", [], False),
        ("ag_gx_czt", "Agency", "自治区财政厅", [], False),
        ("ag_gx_swt", "Agency", "广西壮族自治区商务厅", [], False),
        ("ag_moa", "Agency", "农业农村部", [], False),
        ("ag_mof", "Agency", "财政部", [], False),
        ("ag_fz_gx_gwh", "Agency", "福州高新区管委会", [], False),
        ("ag_fj_gxt", "Agency", "福建省工业和信息化厅", [], False),
        ("po_asean", "Policy", "中国—东盟自由贸易区3.0版升级议定书", [], False),
        ("po_changfang", "Policy", "广西工业园区标准化厂房建设补助资金管理办法", [], False),
        ("po_qiangzhen", "Policy", "2026年全国农业产业强镇名单", [], True),
        ("co_bbw", "Company", "广西北部湾新材料有限公司", ["北部湾新材"], False),
        ("co_beigang", "Company", "广西北港新能源集团有限公司", ["北港新能源"], False),
        ("co_liuyue", "Company", "广西柳岳汽车零部件股份有限公司", ["柳岳股份"], False),
        ("co_senda", "Company", "马来西亚森达集团", ["森达集团"], False),
        ("co_tianhong", "Company", "天虹电子", [], False),
        ("co_weilian", "Company", "维联科技", [], False),
        ("co_guilian", "Company", "桂链云仓", [], False),
        ("co_huaxiang", "Company", "花香茶业", [], False),
        ("co_jingui", "Company", "金桂茶业", [], False),
        ("co_minxin", "Company", "闽芯显示科技（厦门）有限公司", ["闽芯显示"], False),
        ("co_rongguang", "Company", "福建榕光储能科技股份有限公司", ["榕光储能"], False),
        ("co_jinglan", "Company", "福建晶澜光电科技有限公司", ["晶澜光电"], False),
        ("co_hongye", "Company", "厦门宏晔精密机械有限公司", ["宏晔精密"], False),
        ("co_hailu", "Company", "福建海鹭食品集团有限公司", ["海鹭食品"], False),
        ("pj_jubingxi", "Project", "年产30万吨高端聚丙烯项目", ["北部湾新材年产30万吨高端聚丙烯项目"], False),
        ("pj_jutansuanzhi", "Project", "年产20万吨聚碳酸酯装置", [], True),
        ("pj_tatong", "Project", "风机塔筒和叶片生产线", [], True),
        ("pj_zhongduan", "Project", "智能终端加工贸易基地", [], False),
        ("pj_fengdian", "Project", "千万千瓦级海上风电装备产业基地", [], False),
        ("pj_reguanli", "Project", "年产60万套新能源汽车热管理系统项目", [], False),
        ("pj_zonglvyou", "Project", "棕榈油精深加工基地", [], False),
        ("pj_mianban", "Project", "第8.6代新型显示面板生产线", [], False),
        ("pj_yanfa", "Project", "储能电池研发中心", [], False),
        ("pj_chuneng", "Project", "年产10GWh储能电池项目", [], False),
        ("pj_led", "Project", "年产1200万片LED芯片项目", [], False),
        ("pj_lingbujian", "Project", "半导体设备零部件生产基地", [], False),
        ("pj_chufang", "Project", "中央厨房工厂", ["海鹭食品中央厨房工厂"], False),
    ],
    "triples": [
        ("pk_qzg", "locatedIn", "pl_qinzhou", "广西壮族自治区钦州市近年来依托港口优势", None, False),
        ("pl_qinzhou", "partOf", "pl_guangxi", "广西壮族自治区钦州市", None, False),
        ("co_bbw", "investsIn", "pj_jubingxi", "北部湾新材年产30万吨高端聚丙烯项目建成投产，该项目总投资45亿元", 4500000000, False),
        ("pj_jubingxi", "locatedIn", "pk_qzg", "今年成为国家新型工业化产业示范基地。广西北部湾新材料有限公司是其中的代表", None, False),
        ("co_bbw", "locatedIn", "pk_qzg", "今年成为国家新型工业化产业示范基地。广西北部湾新材料有限公司是其中的代表", None, False),
        ("co_bbw", "locatedIn", "pl_guangxi", "广西北部湾新材料有限公司", None, True),
        ("co_bbw", "investsIn", "pj_jutansuanzhi", "我们正在筹划二期工程，再上一套年产20万吨聚碳酸酯装置。”公司负责人说", None, True),
        ("pj_jutansuanzhi", "locatedIn", "pk_qzg", "再上一套年产20万吨聚碳酸酯装置", None, True),
        ("pk_qzg", "designatedAs", "=国家新型工业化产业示范基地", "钦州港经开区已集聚规模以上工业企业160余家，今年成为国家新型工业化产业示范基地", None, False),
        ("co_tianhong", "investsIn", "pj_zhongduan", "天虹电子投资1.5亿元建设的智能终端加工贸易基地已于8月投产", 150000000, False),
        ("pj_zhongduan", "locatedIn", "pk_nnzb", "南宁综保区新引进天虹电子、维联科技、桂链云仓等企业23家，1至10月进出口总值同比增长31%。其中，天虹电子投资1.5亿元建设的智能终端加工贸易基地", None, False),
        ("ag_qz_gov", "signsWith", "co_beigang", "钦州市人民政府与广西北港新能源集团有限公司签署战略合作协议", None, False),
        ("pl_qinzhou", "signsWith", "co_beigang", "钦州市人民政府与广西北港新能源集团有限公司签署战略合作协议", None, True),
        ("co_beigang", "investsIn", "pj_fengdian", "双方将在钦州港经开区共建千万千瓦级海上风电装备产业基地，总投资预计超过200亿元", 20000000000, True),
        ("pj_fengdian", "locatedIn", "pk_qzg", "双方将在钦州港经开区共建千万千瓦级海上风电装备产业基地", None, False),
        ("co_beigang", "locatedIn", "pl_guangxi", "广西北港新能源集团有限公司", None, True),
        ("co_beigang", "investsIn", "pj_tatong", "北港新能源相关负责人表示，首批风机塔筒和叶片生产线明年开工", None, True),
        ("pj_tatong", "locatedIn", "pk_qzg", "双方将在钦州港经开区共建千万千瓦级海上风电装备产业基地", None, True),
        ("pk_zhongma", "locatedIn", "pl_qinzhou", "同在钦州的中马钦州产业园区", None, False),
        ("pk_zhongma", "signsWith", "co_senda", "马来西亚森达集团与园区签署投资协议", None, False),
        ("co_senda", "investsIn", "pj_zonglvyou", "将投资3亿美元建设棕榈油精深加工基地", None, False),
        ("pj_zonglvyou", "locatedIn", "pk_zhongma", "森达集团与园区签署投资协议，将投资3亿美元建设棕榈油精深加工基地", None, False),
        ("co_senda", "locatedIn", "pl_malaysia", "马来西亚森达集团", None, True),
        ("pk_nnzb", "locatedIn", "pl_nanning", "在南宁，南宁综合保税区则把目光投向跨境电商", None, False),
        ("co_tianhong", "locatedIn", "pk_nnzb", "南宁综保区新引进天虹电子、维联科技、桂链云仓等企业23家", None, False),
        ("co_weilian", "locatedIn", "pk_nnzb", "南宁综保区新引进天虹电子、维联科技、桂链云仓等企业23家", None, False),
        ("co_guilian", "locatedIn", "pk_nnzb", "南宁综保区新引进天虹电子、维联科技、桂链云仓等企业23家", None, False),
        ("pl_nanning", "partOf", "pl_guangxi", "广西壮族自治区商务厅有关负责人表示，广西将用好", None, True),
        ("pk_molihua", "locatedIn", "pl_hengzhou", "南宁市横州市的横州茉莉花专业镇入选", None, False),
        ("pl_hengzhou", "partOf", "pl_nanning", "南宁市横州市的横州茉莉花专业镇", None, False),
        ("pk_molihua", "designatedAs", "=全国农业产业强镇", "横州茉莉花专业镇入选全国农业产业强镇", None, False),
        ("po_qiangzhen", "issuedBy", "ag_moa", "农业农村部、财政部公布2026年全国农业产业强镇名单", None, True),
        ("po_qiangzhen", "issuedBy", "ag_mof", "农业农村部、财政部公布2026年全国农业产业强镇名单", None, True),
        ("co_huaxiang", "locatedIn", "pk_molihua", "该专业镇现有茉莉花种植面积12万亩，引进花香茶业、金桂茶业等加工企业46家", None, False),
        ("co_jingui", "locatedIn", "pk_molihua", "该专业镇现有茉莉花种植面积12万亩，引进花香茶业、金桂茶业等加工企业46家", None, False),
        ("pk_huoju", "locatedIn", "pl_xiamen", "厦门火炬高技术产业开发区", None, False),
        ("co_minxin", "investsIn", "pj_mianban", "闽芯显示科技（厦门）有限公司的第8.6代新型显示面板生产线上，一块块玻璃基板在无尘车间里穿梭。该生产线总投资330亿元", 33000000000, False),
        ("pj_mianban", "locatedIn", "pk_huoju", "在厦门火炬高技术产业开发区，闽芯显示科技（厦门）有限公司的第8.6代新型显示面板生产线", None, False),
        ("co_minxin", "locatedIn", "pk_huoju", "在厦门火炬高技术产业开发区，闽芯显示科技（厦门）有限公司", None, False),
        ("co_minxin", "locatedIn", "pl_xiamen", "闽芯显示科技（厦门）有限公司", None, True),
        ("pk_huoju", "designatedAs", "=国家先进制造业集群", "火炬高新区平板显示产业集群被认定为国家先进制造业集群", None, True),
        ("pl_xiamen", "partOf", "pl_fujian", "是福建省单体投资规模最大的工业项目之一", None, True),
        ("pk_fz_gx", "locatedIn", "pl_fuzhou", "在福州，福州高新技术产业开发区也在加快布局新赛道", None, False),
        ("ag_fz_gx_gwh", "signsWith", "co_rongguang", "福州高新区管委会与福建榕光储能科技股份有限公司签署合作协议", None, False),
        ("pk_fz_gx", "signsWith", "co_rongguang", "福州高新区管委会与福建榕光储能科技股份有限公司签署合作协议", None, True),
        ("co_rongguang", "investsIn", "pj_yanfa", "榕光储能将在区内投资6000万元建设储能电池研发中心", 60000000, False),
        ("co_rongguang", "investsIn", "pj_chuneng", "并落地总投资52亿元的年产10GWh储能电池项目", 5200000000, False),
        ("pj_yanfa", "locatedIn", "pk_fz_gx", "榕光储能将在区内投资6000万元建设储能电池研发中心", None, False),
        ("pj_chuneng", "locatedIn", "pk_fz_gx", "榕光储能将在区内投资6000万元建设储能电池研发中心，并落地总投资52亿元的年产10GWh储能电池项目", None, False),
        ("co_rongguang", "locatedIn", "pk_fz_gx", "榕光储能将在区内投资6000万元建设储能电池研发中心", None, True),
        ("co_rongguang", "locatedIn", "pl_fujian", "福建榕光储能科技股份有限公司", None, True),
        ("co_rongguang", "designatedAs", "=国家高新技术企业", "该公司去年获评国家高新技术企业", None, False),
        ("pk_haicang", "locatedIn", "pl_xiamen", "在厦门海沧台商投资区", None, False),
        ("co_hongye", "investsIn", "pj_lingbujian", "厦门宏晔精密机械有限公司投资1.8亿元的半导体设备零部件生产基地", 180000000, False),
        ("pj_lingbujian", "locatedIn", "pk_haicang", "在厦门海沧台商投资区，台资企业厦门宏晔精密机械有限公司投资1.8亿元的半导体设备零部件生产基地", None, False),
        ("co_hongye", "locatedIn", "pk_haicang", "宏晔精密落户海沧", None, False),
        ("co_hongye", "locatedIn", "pl_xiamen", "厦门宏晔精密机械有限公司", None, True),
        ("pl_haicang", "partOf", "pl_xiamen", "在厦门海沧台商投资区", None, True),
        ("pk_haicang", "locatedIn", "pl_haicang", "在厦门海沧台商投资区", None, True),
        ("pk_rongqiao", "locatedIn", "pl_fuqing", "位于福清融侨经济技术开发区", None, False),
        ("pl_fuqing", "partOf", "pl_fuzhou", "本报福州电11月15日，位于福清融侨经济技术开发区", None, True),
        ("co_hailu", "investsIn", "pj_chufang", "这座工厂由福建海鹭食品集团有限公司投资2.8亿元建设", 280000000, False),
        ("pj_chufang", "locatedIn", "pk_rongqiao", "位于福清融侨经济技术开发区的海鹭食品中央厨房工厂正式投产", None, False),
        ("co_hailu", "locatedIn", "pk_rongqiao", "位于福清融侨经济技术开发区的海鹭食品中央厨房工厂", None, True),
        ("co_hailu", "locatedIn", "pl_fujian", "福建海鹭食品集团有限公司", None, True),
        ("pj_chufang", "locatedIn", "pl_fuqing", "这是福清市今年投产的第5个亿元以上食品加工项目", None, True),
        ("pl_anxi", "partOf", "pl_quanzhou", "泉州市安溪县湖头光电产业园", None, False),
        ("pk_hutou", "locatedIn", "pl_anxi", "泉州市安溪县湖头光电产业园", None, False),
        ("pk_hutou", "signsWith", "co_jinglan", "湖头光电产业园与福建晶澜光电科技有限公司签约", None, False),
        ("co_jinglan", "investsIn", "pj_led", "晶澜光电将在园区建设年产1200万片LED芯片项目，总投资9.5亿元", 950000000, False),
        ("pj_led", "locatedIn", "pk_hutou", "晶澜光电将在园区建设年产1200万片LED芯片项目", None, False),
        ("co_jinglan", "locatedIn", "pk_hutou", "晶澜光电将在园区建设", None, True),
        ("co_jinglan", "locatedIn", "pl_fujian", "福建晶澜光电科技有限公司", None, True),
        ("po_changfang", "issuedBy", "ag_gx_gxt", "自治区工业和信息化厅、自治区财政厅近日联合印发《广西工业园区标准化厂房建设补助资金管理办法》", None, False),
        ("po_changfang", "issuedBy", "ag_gx_czt", "自治区工业和信息化厅、自治区财政厅近日联合印发《广西工业园区标准化厂房建设补助资金管理办法》", None, False),
        ("pk_nnjk", "locatedIn", "pl_nanning", "支持南宁经济技术开发区、钦州港经开区等12个园区", None, False),
        ("pl_liujiang", "partOf", "pl_liuzhou", "在柳州市柳江区的柳江新兴工业园区开工", None, False),
        ("pk_liujiang", "locatedIn", "pl_liujiang", "在柳州市柳江区的柳江新兴工业园区开工", None, False),
        ("co_liuyue", "investsIn", "pj_reguanli", "广西柳岳汽车零部件股份有限公司年产60万套新能源汽车热管理系统项目在柳州市柳江区的柳江新兴工业园区开工。该项目计划投资7.5亿元", 750000000, False),
        ("pj_reguanli", "locatedIn", "pk_liujiang", "年产60万套新能源汽车热管理系统项目在柳州市柳江区的柳江新兴工业园区开工", None, False),
        ("co_liuyue", "locatedIn", "pk_liujiang", "柳岳股份已在柳江新兴工业园区布局3个生产基地", None, False),
        ("co_liuyue", "locatedIn", "pl_guangxi", "广西柳岳汽车零部件股份有限公司", None, True),
        ("pl_liuzhou", "partOf", "pl_guangxi", "广西柳岳汽车零部件股份有限公司年产60万套新能源汽车热管理系统项目在柳州市", None, True),
    ],
}

# ---------------------------------------------------------------------------
# Page 3: 陕西 (西安高新区, 西咸新区, 杨凌, 宝鸡).  UTF-8.
# Damage: two articles interleaved paragraph by paragraph, digits spaced.
# ---------------------------------------------------------------------------
A_HEAD = ("line", "西安高新区：硬科技企业“链”上生长")
A_BY = ("line", "本报记者 秦 川 通讯员 李 航")
A_PARAS = [
    "11月18日，在西安高新技术产业开发区，陕西秦芯半导体有限公司的12英寸功率半导体晶圆制造项目"
    "迎来首批设备搬入。该项目总投资96亿元，建成后可月产功率器件晶圆4万片。",
    "秦芯半导体落户西安高新区，看中的是区内完整的产业生态。目前，西安高新区已聚集半导体企业"
    "260余家，形成了涵盖设计、制造、封测、材料的全产业链。今年以来，园区又先后引进芯途微、"
    "华秦测控、天衡封装等链上企业。",
    "在园区的支持下，企业创新动力十足。西安星瀚激光技术股份有限公司去年被认定为国家级专精特新"
    "“小巨人”企业，今年又投资1.2亿元建设超快激光器研发中心。“中心建成后，公司研发人员将增加到"
    "600人。”星瀚激光董事长吴涛说。",
    "为破解企业用地难题，西安高新区推行“标准地+承诺制”供地模式，今年已向秦芯半导体、芯途微等"
    "企业供应工业用地1200亩，并设立规模50亿元的硬科技产业基金，已投资项目37个。",
    "软件和信息服务业是西安高新区的另一张名片。在区内的丝路软件城，西安云图软件科技有限公司"
    "投资3.6亿元建设的工业软件研发总部项目本月主体封顶。云图软件的工业仿真软件已在航空、"
    "能源等领域替代进口产品，公司近三年营收年均增长45%。",
    "西安高新区管委会相关负责人介绍，高新区正在抓紧落实陕西省人民政府办公厅印发的《陕西省促进"
    "半导体产业高质量发展若干措施》，力争到2027年西安市集成电路产业规模突破2000亿元。",
]
B_HEAD = ("line", "西咸新区：算力“底座”越筑越牢")
B_BY = ("line", "本报记者 韩 宁")
B_PARAS = [
    "在陕西西咸新区沣西新城，一座座数据中心机房灯火通明。近日，西咸新区管委会与北京云岭数据"
    "科技有限公司签约，云岭数据将投资40亿元建设西北算力枢纽中心，规划部署标准机柜1.5万个。",
    "截至目前，沣西新城已投运数据中心12个，联数科技、秦云智算等企业先后在此布局区域算力节点。",
    "在西咸新区泾河新城，陕西泾渭新材料有限公司的碳纤维预浸料生产线主体完工。这条生产线总投资"
    "6千万元，由泾渭新材自主建设，投产后可年产预浸料300万平方米。",
    "今年9月，西咸新区入选国家数字经济创新发展试验区。西咸新区管委会表示，将用好这块“金字招牌”，"
    "推动算力、数据、应用一体发展。",
    "在西咸新区空港新城，航空物流枢纽二期工程同样在加紧建设。这项工程由陕西丝路空港物流集团"
    "有限公司投资28亿元建设，建成后空港新城的货邮保障能力将提升至每年100万吨。",
    "政策支持也在加码。西咸新区管委会近日出台《西咸新区促进数字经济高质量发展若干政策》，对新建"
    "绿色数据中心给予最高2000万元奖励，对算力企业按实际用电量给予电费补贴。",
]
# the two articles sit side by side in the print layout; the text dump reads
# across the columns, so their paragraphs alternate
PAGE3_UNITS = [
    ("line", "陕西日报 2026年11月21日 星期六 第3版 经济新闻"),
    A_HEAD, A_BY, ("para", A_PARAS[0]), B_HEAD, B_BY, ("para", B_PARAS[0]),
]
for _a, _b in zip(A_PARAS[1:], B_PARAS[1:], strict=True):
    PAGE3_UNITS += [("para", _a), ("para", _b)]
PAGE3_UNITS += [
    ("para", "11月18日，西安高新区一家半导体企业的洁净车间内，技术人员正在调试设备。 本报记者 秦 川摄"),
    ("line", "杨凌示范区集中签约3个农业项目"),
    ("para", "本报讯 11月19日，杨凌农业高新技术产业示范区举行项目集中签约活动，与陕西绿禾种业集团"
             "有限公司、秦丰生物科技有限公司等3家企业签署合作协议，签约总额16.5亿元。其中，绿禾种业"
             "集团将投资9亿元建设现代种业育繁推一体化基地，秦丰生物则将在示范区新建年产5000吨生物有机肥"
             "生产线。绿禾种业集团去年入选国家种业阵型企业。（记者 杜 丰）"),
    ("line", "宝鸡钛产业集聚区入选国家级特色产业集群"),
    ("para", "本报讯 日前，工业和信息化部公布2026年度中小企业特色产业集群名单，位于宝鸡高新技术产业"
             "开发区的宝鸡钛谷新材料产业集聚区入选。集聚区内，陕西秦岭钛业有限公司总投资5.2亿元的"
             "年产3000吨钛合金棒材生产线已进入试生产。目前，宝鸡高新区已集聚钛及钛合金企业500余家。"
             "（宝 轩）"),
    ("line", "榆林高新区煤制烯烃项目进入安装阶段"),
    ("para", "本报榆林讯 在陕西省榆林市，榆林高新技术产业开发区内的陕西榆能化学材料有限公司总投资168亿元的年产40万吨"
             "煤制烯烃项目近日进入设备安装阶段。该项目是榆林市今年推进的最大单体工业项目，榆能化学"
             "计划明年年底实现中交。榆林高新区还被陕西省发展和改革委员会确定为省级循环化改造示范园区。"
             "（记者 高 原）"),
    ("line", "西安经开区签约工程机械电控项目"),
    ("para", "本报讯 11月20日，西安经济技术开发区与重庆渝北智能装备有限公司签约。根据协议，渝北智能"
             "将在西安经开区建设西北区域总部及年产1000台工程机械电控系统生产基地，项目分两期建设，"
             "一期计划投资3千万元。（记者 苗 禾）"),
    ("line", "西安航天基地引进卫星总装测试中心"),
    ("para", "本报讯 西安国家民用航天产业基地近日与湖北星箭航天科技有限公司签署投资协议，星箭航天"
             "将投资2.2亿元建设商业卫星总装测试中心，可年总装测试小卫星50颗。（记者 任 远）"),
    ("para", "又讯 陕西省工业和信息化厅、陕西省财政厅近日联合印发《陕西省县域工业集中区提质升级行动"
             "方案》，支持宝鸡市、渭南市等地的县域工业集中区承接产业转移。"),
    ("line", "本版责编：张 锐 版式：刘 畅"),
]

PAGE3_SPACES = [
    ("功率半导体晶圆", "功率半导 体晶圆"),
    ("96亿元", "9¦6亿元"),
    ("16.5亿元", "16.5 亿元"),
    ("秦岭钛业", "秦 岭 钛 业"),
]

PAGE3_GOLD = {
    "entities": [
        ("pl_shaanxi", "Place", "陕西省", ["陕西"], False, "province"),
        ("pl_xian", "Place", "西安市", ["西安"], False, "city"),
        ("pl_baoji", "Place", "宝鸡市", ["宝鸡"], False, "city"),
        ("pl_weinan", "Place", "渭南市", [], False, "city"),
        ("pl_yulin", "Place", "榆林市", ["榆林"], False, "city"),
        ("pl_beijing", "Place", "北京", [], True, "city"),
        ("pl_chongqing", "Place", "重庆", [], True, "city"),
        ("pl_hubei", "Place", "湖北", [], True, "province"),
        ("pl_yangling", "Place", "杨凌", [], True, "district"),
        ("pk_xagx", "Park", "西安高新技术产业开发区", ["西安高新区"], False),
        ("pk_xixian", "Park", "陕西西咸新区", ["西咸新区"], False),
        ("pk_fengxi", "Park", "沣西新城", [], True),
        ("pk_jinghe", "Park", "泾河新城", [], True),
        ("pk_ruanjian", "Park", "丝路软件城", [], False),
        ("pk_yulin", "Park", "榆林高新技术产业开发区", ["榆林高新区"], False),
        ("pk_hangtian", "Park", "西安国家民用航天产业基地", ["西安航天基地"], False),
        ("pk_konggang", "Park", "空港新城", [], True),
        ("pk_xajk", "Park", "西安经济技术开发区", ["西安经开区"], False),
        ("pk_yangling", "Park", "杨凌农业高新技术产业示范区", ["杨凌示范区"], False),
        ("pk_bjgx", "Park", "宝鸡高新技术产业开发区", ["宝鸡高新区"], False),
        ("pk_taigu", "Park", "宝鸡钛谷新材料产业集聚区", ["宝鸡钛产业集聚区"], False),
        ("ag_xagx_gwh", "Agency", "西安高新区管委会", [], False),
        ("ag_sx_bgt", "Agency", "陕西省人民政府办公厅", [], False),
        ("ag_xixian_gwh", "Agency", "西咸新区管委会", [], False),
        ("ag_miit", "Agency", "工业和信息化部", [], False),
        ("ag_sx_gxt", "Agency", "陕西省工业和信息化厅", [], False),
        ("ag_sx_fgw", "Agency", "陕西省发展和改革委员会", [], False),
        ("ag_sx_czt", "Agency", "陕西省财政厅", [], False),
        ("po_bandaoti", "Policy", "陕西省促进半导体产业高质量发展若干措施", [], False),
        ("po_xianyu", "Policy", "陕西省县域工业集中区提质升级行动方案", [], False),
        ("po_xixian", "Policy", "西咸新区促进数字经济高质量发展若干政策", [], False),
        ("po_biaozhundi", "Policy", "标准地+承诺制", [], True),
        ("po_jiqun", "Policy", "2026年度中小企业特色产业集群名单", [], True),
        ("co_qinxin", "Company", "陕西秦芯半导体有限公司", ["秦芯半导体"], False),
        ("co_xintu", "Company", "芯途微", [], False),
        ("co_huaqin", "Company", "华秦测控", [], False),
        ("co_tianheng", "Company", "天衡封装", [], False),
        ("co_xinghan", "Company", "西安星瀚激光技术股份有限公司", ["星瀚激光"], False),
        ("co_yunling", "Company", "北京云岭数据科技有限公司", ["云岭数据"], False),
        ("co_lianshu", "Company", "联数科技", [], False),
        ("co_qinyun", "Company", "秦云智算", [], False),
        ("co_jingwei", "Company", "陕西泾渭新材料有限公司", ["泾渭新材"], False),
        ("co_yuntu", "Company", "西安云图软件科技有限公司", ["云图软件"], False),
        ("co_yuneng", "Company", "陕西榆能化学材料有限公司", ["榆能化学"], False),
        ("co_silu", "Company", "陕西丝路空港物流集团有限公司", [], False),
        ("co_yubei", "Company", "重庆渝北智能装备有限公司", ["渝北智能"], False),
        ("co_xingjian", "Company", "湖北星箭航天科技有限公司", ["星箭航天"], False),
        ("co_lvhe", "Company", "陕西绿禾种业集团有限公司", ["绿禾种业集团"], False),
        ("co_qinfeng", "Company", "秦丰生物科技有限公司", ["秦丰生物"], False),
        ("co_qinling", "Company", "陕西秦岭钛业有限公司", [], False),
        ("pj_jingyuan", "Project", "12英寸功率半导体晶圆制造项目", [], False),
        ("pj_jiguang", "Project", "超快激光器研发中心", [], False),
        ("pj_suanli", "Project", "西北算力枢纽中心", [], False),
        ("pj_yujinliao", "Project", "碳纤维预浸料生产线", [], False),
        ("pj_ruanjian", "Project", "工业软件研发总部项目", [], False),
        ("pj_xiting", "Project", "年产40万吨煤制烯烃项目", [], False),
        ("pj_wuliu", "Project", "航空物流枢纽二期工程", [], False),
        ("pj_zongbu2", "Project", "西北区域总部", [], True),
        ("pj_zongbu", "Project", "年产1000台工程机械电控系统生产基地", [], False),
        ("pj_weixing", "Project", "商业卫星总装测试中心", [], False),
        ("pj_zhongye", "Project", "现代种业育繁推一体化基地", [], False),
        ("pj_youjifei", "Project", "年产5000吨生物有机肥生产线", [], False),
        ("pj_bangcai", "Project", "年产3000吨钛合金棒材生产线", [], False),
    ],
    "triples": [
        ("pk_xagx", "locatedIn", "pl_xian", "在西安高新技术产业开发区", None, False),
        ("co_qinxin", "investsIn", "pj_jingyuan", "陕西秦芯半导体有限公司的12英寸功率半导体晶圆制造项目迎来首批设备搬入。该项目总投资96亿元", 9600000000, False),
        ("pj_jingyuan", "locatedIn", "pk_xagx", "在西安高新技术产业开发区，陕西秦芯半导体有限公司的12英寸功率半导体晶圆制造项目", None, False),
        ("co_qinxin", "locatedIn", "pk_xagx", "秦芯半导体落户西安高新区", None, False),
        ("co_qinxin", "locatedIn", "pl_shaanxi", "陕西秦芯半导体有限公司", None, True),
        ("co_xintu", "locatedIn", "pk_xagx", "园区又先后引进芯途微、华秦测控、天衡封装等链上企业", None, False),
        ("co_huaqin", "locatedIn", "pk_xagx", "园区又先后引进芯途微、华秦测控、天衡封装等链上企业", None, False),
        ("co_tianheng", "locatedIn", "pk_xagx", "园区又先后引进芯途微、华秦测控、天衡封装等链上企业", None, False),
        ("co_xinghan", "designatedAs", "=国家级专精特新小巨人企业", "西安星瀚激光技术股份有限公司去年被认定为国家级专精特新“小巨人”企业", None, False),
        ("co_xinghan", "investsIn", "pj_jiguang", "今年又投资1.2亿元建设超快激光器研发中心", 120000000, False),
        ("co_xinghan", "locatedIn", "pk_xagx", "在园区的支持下，企业创新动力十足。西安星瀚激光技术股份有限公司", None, True),
        ("co_xinghan", "locatedIn", "pl_xian", "西安星瀚激光技术股份有限公司", None, True),
        ("pj_jiguang", "locatedIn", "pk_xagx", "在园区的支持下，企业创新动力十足。西安星瀚激光技术股份有限公司去年被认定为", None, True),
        ("po_bandaoti", "issuedBy", "ag_sx_bgt", "陕西省人民政府办公厅印发的《陕西省促进半导体产业高质量发展若干措施》", None, False),
        ("pk_xixian", "locatedIn", "pl_shaanxi", "在陕西西咸新区沣西新城", None, False),
        ("pk_fengxi", "locatedIn", "pk_xixian", "在陕西西咸新区沣西新城", None, True),
        ("ag_xixian_gwh", "signsWith", "co_yunling", "西咸新区管委会与北京云岭数据科技有限公司签约", None, False),
        ("pk_xixian", "signsWith", "co_yunling", "西咸新区管委会与北京云岭数据科技有限公司签约", None, True),
        ("co_yunling", "investsIn", "pj_suanli", "云岭数据将投资40亿元建设西北算力枢纽中心", 4000000000, False),
        ("pj_suanli", "locatedIn", "pk_xixian", "西咸新区管委会与北京云岭数据科技有限公司签约，云岭数据将投资40亿元建设西北算力枢纽中心", None, False),
        ("pj_suanli", "locatedIn", "pk_fengxi", "在陕西西咸新区沣西新城", None, True),
        ("co_yunling", "locatedIn", "pl_beijing", "北京云岭数据科技有限公司", None, True),
        ("co_lianshu", "locatedIn", "pk_fengxi", "沣西新城已投运数据中心12个，联数科技、秦云智算等企业先后在此布局区域算力节点", None, True),
        ("co_qinyun", "locatedIn", "pk_fengxi", "沣西新城已投运数据中心12个，联数科技、秦云智算等企业先后在此布局区域算力节点", None, True),
        ("co_lianshu", "locatedIn", "pk_xixian", "沣西新城已投运数据中心12个，联数科技、秦云智算等企业先后在此布局区域算力节点", None, False),
        ("co_qinyun", "locatedIn", "pk_xixian", "沣西新城已投运数据中心12个，联数科技、秦云智算等企业先后在此布局区域算力节点", None, False),
        ("pk_jinghe", "locatedIn", "pk_xixian", "在西咸新区泾河新城", None, True),
        ("co_jingwei", "investsIn", "pj_yujinliao", "这条生产线总投资6千万元，由泾渭新材自主建设", 60000000, False),
        ("pj_yujinliao", "locatedIn", "pk_xixian", "在西咸新区泾河新城，陕西泾渭新材料有限公司的碳纤维预浸料生产线", None, False),
        ("pj_yujinliao", "locatedIn", "pk_jinghe", "在西咸新区泾河新城，陕西泾渭新材料有限公司的碳纤维预浸料生产线", None, True),
        ("co_jingwei", "locatedIn", "pk_xixian", "在西咸新区泾河新城，陕西泾渭新材料有限公司", None, False),
        ("co_jingwei", "locatedIn", "pk_jinghe", "在西咸新区泾河新城，陕西泾渭新材料有限公司", None, True),
        ("co_jingwei", "locatedIn", "pl_shaanxi", "陕西泾渭新材料有限公司", None, True),
        ("pk_xixian", "designatedAs", "=国家数字经济创新发展试验区", "西咸新区入选国家数字经济创新发展试验区", None, False),
        ("po_biaozhundi", "issuedBy", "ag_xagx_gwh", "西安高新区推行“标准地+承诺制”供地模式", None, True),
        ("pk_konggang", "locatedIn", "pk_xixian", "在西咸新区空港新城", None, True),
        ("co_silu", "investsIn", "pj_wuliu", "这项工程由陕西丝路空港物流集团有限公司投资28亿元建设", 2800000000, False),
        ("pj_wuliu", "locatedIn", "pk_xixian", "在西咸新区空港新城，航空物流枢纽二期工程同样在加紧建设", None, False),
        ("pj_wuliu", "locatedIn", "pk_konggang", "在西咸新区空港新城，航空物流枢纽二期工程同样在加紧建设", None, True),
        ("co_silu", "locatedIn", "pl_shaanxi", "陕西丝路空港物流集团有限公司", None, True),
        ("pk_ruanjian", "locatedIn", "pk_xagx", "西安高新区的另一张名片。在区内的丝路软件城", None, False),
        ("co_yuntu", "investsIn", "pj_ruanjian", "西安云图软件科技有限公司投资3.6亿元建设的工业软件研发总部项目", 360000000, False),
        ("pj_ruanjian", "locatedIn", "pk_ruanjian", "在区内的丝路软件城，西安云图软件科技有限公司投资3.6亿元建设的工业软件研发总部项目", None, False),
        ("pj_ruanjian", "locatedIn", "pk_xagx", "在区内的丝路软件城，西安云图软件科技有限公司投资3.6亿元建设的工业软件研发总部项目", None, True),
        ("co_yuntu", "locatedIn", "pk_ruanjian", "在区内的丝路软件城，西安云图软件科技有限公司", None, False),
        ("co_yuntu", "locatedIn", "pk_xagx", "在区内的丝路软件城，西安云图软件科技有限公司", None, True),
        ("co_yuntu", "locatedIn", "pl_xian", "西安云图软件科技有限公司", None, True),
        ("po_xixian", "issuedBy", "ag_xixian_gwh", "西咸新区管委会近日出台《西咸新区促进数字经济高质量发展若干政策》", None, False),
        ("pk_yulin", "locatedIn", "pl_yulin", "在陕西省榆林市，榆林高新技术产业开发区", None, False),
        ("pl_yulin", "partOf", "pl_shaanxi", "在陕西省榆林市", None, False),
        ("co_yuneng", "investsIn", "pj_xiting", "陕西榆能化学材料有限公司总投资168亿元的年产40万吨煤制烯烃项目", 16800000000, False),
        ("pj_xiting", "locatedIn", "pk_yulin", "榆林高新技术产业开发区内的陕西榆能化学材料有限公司总投资168亿元的年产40万吨煤制烯烃项目", None, False),
        ("co_yuneng", "locatedIn", "pk_yulin", "榆林高新技术产业开发区内的陕西榆能化学材料有限公司", None, False),
        ("co_yuneng", "locatedIn", "pl_shaanxi", "陕西榆能化学材料有限公司", None, True),
        ("pj_xiting", "locatedIn", "pl_yulin", "该项目是榆林市今年推进的最大单体工业项目", None, True),
        ("pk_yulin", "designatedAs", "=省级循环化改造示范园区", "榆林高新区还被陕西省发展和改革委员会确定为省级循环化改造示范园区", None, False),
        ("pk_xajk", "locatedIn", "pl_xian", "西安经济技术开发区", None, False),
        ("pk_xajk", "signsWith", "co_yubei", "西安经济技术开发区与重庆渝北智能装备有限公司签约", None, False),
        ("co_yubei", "investsIn", "pj_zongbu", "渝北智能将在西安经开区建设西北区域总部及年产1000台工程机械电控系统生产基地", None, False),
        ("co_yubei", "investsIn", "pj_zongbu2", "渝北智能将在西安经开区建设西北区域总部", None, True),
        ("pj_zongbu2", "locatedIn", "pk_xajk", "渝北智能将在西安经开区建设西北区域总部", None, True),
        ("pk_yangling", "locatedIn", "pl_yangling", "杨凌农业高新技术产业示范区", None, True),
        ("pj_zongbu", "locatedIn", "pk_xajk", "渝北智能将在西安经开区建设西北区域总部及年产1000台工程机械电控系统生产基地", None, False),
        ("co_yubei", "locatedIn", "pk_xajk", "渝北智能将在西安经开区建设西北区域总部", None, True),
        ("co_yubei", "locatedIn", "pl_chongqing", "重庆渝北智能装备有限公司", None, True),
        ("pk_yangling", "locatedIn", "pl_shaanxi", "杨凌农业高新技术产业示范区举行项目集中签约活动，与陕西绿禾种业集团", None, True),
        ("pk_yangling", "signsWith", "co_lvhe", "杨凌农业高新技术产业示范区举行项目集中签约活动，与陕西绿禾种业集团有限公司、秦丰生物科技有限公司等3家企业签署合作协议", None, False),
        ("pk_yangling", "signsWith", "co_qinfeng", "杨凌农业高新技术产业示范区举行项目集中签约活动，与陕西绿禾种业集团有限公司、秦丰生物科技有限公司等3家企业签署合作协议", None, False),
        ("co_lvhe", "investsIn", "pj_zhongye", "绿禾种业集团将投资9亿元建设现代种业育繁推一体化基地", 900000000, False),
        ("pj_zhongye", "locatedIn", "pk_yangling", "签约总额16.5亿元。其中，绿禾种业集团将投资9亿元建设现代种业育繁推一体化基地", None, False),
        ("co_qinfeng", "investsIn", "pj_youjifei", "秦丰生物则将在示范区新建年产5000吨生物有机肥生产线", None, False),
        ("pj_youjifei", "locatedIn", "pk_yangling", "秦丰生物则将在示范区新建年产5000吨生物有机肥生产线", None, False),
        ("co_qinfeng", "locatedIn", "pk_yangling", "秦丰生物则将在示范区新建", None, True),
        ("co_lvhe", "designatedAs", "=国家种业阵型企业", "绿禾种业集团去年入选国家种业阵型企业", None, False),
        ("co_lvhe", "locatedIn", "pk_yangling", "绿禾种业集团将投资9亿元建设现代种业育繁推一体化基地", None, True),
        ("co_lvhe", "locatedIn", "pl_shaanxi", "陕西绿禾种业集团有限公司", None, True),
        ("pk_bjgx", "locatedIn", "pl_baoji", "位于宝鸡高新技术产业开发区", None, False),
        ("pk_taigu", "locatedIn", "pk_bjgx", "位于宝鸡高新技术产业开发区的宝鸡钛谷新材料产业集聚区入选", None, False),
        ("pk_taigu", "designatedAs", "=中小企业特色产业集群", "工业和信息化部公布2026年度中小企业特色产业集群名单，位于宝鸡高新技术产业开发区的宝鸡钛谷新材料产业集聚区入选", None, False),
        ("pk_taigu", "designatedAs", "=国家级特色产业集群", "宝鸡钛产业集聚区入选国家级特色产业集群", None, True),
        ("po_jiqun", "issuedBy", "ag_miit", "工业和信息化部公布2026年度中小企业特色产业集群名单", None, True),
        ("co_qinling", "investsIn", "pj_bangcai", "陕西秦岭钛业有限公司总投资5.2亿元的年产3000吨钛合金棒材生产线", 520000000, False),
        ("pj_bangcai", "locatedIn", "pk_taigu", "集聚区内，陕西秦岭钛业有限公司总投资5.2亿元的年产3000吨钛合金棒材生产线", None, False),
        ("co_qinling", "locatedIn", "pk_taigu", "集聚区内，陕西秦岭钛业有限公司", None, False),
        ("co_qinling", "locatedIn", "pl_shaanxi", "陕西秦岭钛业有限公司", None, True),
        ("pk_hangtian", "locatedIn", "pl_xian", "西安国家民用航天产业基地", None, False),
        ("pk_hangtian", "signsWith", "co_xingjian", "西安国家民用航天产业基地近日与湖北星箭航天科技有限公司签署投资协议", None, False),
        ("co_xingjian", "investsIn", "pj_weixing", "星箭航天将投资2.2亿元建设商业卫星总装测试中心", 220000000, False),
        ("pj_weixing", "locatedIn", "pk_hangtian", "西安国家民用航天产业基地近日与湖北星箭航天科技有限公司签署投资协议，星箭航天将投资2.2亿元建设商业卫星总装测试中心", None, False),
        ("co_xingjian", "locatedIn", "pl_hubei", "湖北星箭航天科技有限公司", None, True),
        ("co_xingjian", "locatedIn", "pk_hangtian", "星箭航天将投资2.2亿元建设商业卫星总装测试中心", None, True),
        ("po_xianyu", "issuedBy", "ag_sx_gxt", "陕西省工业和信息化厅、陕西省财政厅近日联合印发《陕西省县域工业集中区提质升级行动方案》", None, False),
        ("po_xianyu", "issuedBy", "ag_sx_czt", "陕西省工业和信息化厅、陕西省财政厅近日联合印发《陕西省县域工业集中区提质升级行动方案》", None, False),
        ("pl_baoji", "partOf", "pl_shaanxi", "陕西省财政厅近日联合印发《陕西省县域工业集中区提质升级行动方案》，支持宝鸡市、渭南市", None, True),
        ("pl_weinan", "partOf", "pl_shaanxi", "陕西省财政厅近日联合印发《陕西省县域工业集中区提质升级行动方案》，支持宝鸡市、渭南市", None, True),
        ("pl_xian", "partOf", "pl_shaanxi", "西安高新区管委会相关负责人介绍，高新区正在抓紧落实陕西省人民政府办公厅", None, True),
    ],
}

PAGES = [
    ("e1_01_hubei", "utf-8", PAGE1_UNITS, PAGE1_SPACES, True, 101, PAGE1_GOLD),
    ("e1_02_guangxi_fujian", "gb18030", PAGE2_UNITS, PAGE2_SPACES, False, 202, PAGE2_GOLD),
    ("e1_03_shaanxi", "utf-8", PAGE3_UNITS, PAGE3_SPACES, True, 303, PAGE3_GOLD),
]

NO_LINE_START = "，。、；：？！”’）》"


def wrap(text, rng):
    """Hard-wrap one paragraph into lines of 12-22 characters.

    Like a typeset column, a line never starts with closing punctuation and
    a last line of one or two characters is kept on the line before it.
    """
    lines = dmg.wrap_segments(text, rng, (12, 22), BREAK, no_start=NO_LINE_START, short_tail=2)
    return [line.strip() for line in lines]


def damage(units, spaces, digits, seed):
    rng = random.Random(seed)
    spaced = []
    pending = list(spaces)
    for kind, text in units:
        for item in list(pending):
            old, new = item
            if old in text:
                text = text.replace(old, new, 1)
                pending.remove(item)
        spaced.append((kind, text))
    if pending:
        raise SystemExit(f"spacing targets not found: {pending}")
    out = []
    for kind, text in spaced:
        if kind == "line":
            out.append(text.replace(BREAK, ""))
            continue
        if digits:
            text = dmg.space_digits_after_punct(text)
        out.extend(wrap(text, rng))
    return "\n\n".join(line.rstrip() for line in out) + "\n"


def build_gold(doc, gold):
    entities = []
    for row in gold["entities"]:
        eid, etype, name, aliases, optional = row[:5]
        ent = {"id": eid, "type": etype, "name": name, "aliases": list(aliases),
               "optional": optional}
        if etype == "Place":
            ent["level"] = row[5]
        entities.append(ent)
    triples = []
    for subj, pred, obj, evidence, amount, optional in gold["triples"]:
        triple = {"s": subj, "p": pred}
        if obj.startswith("="):
            triple["o_literal"] = obj[1:]
        else:
            triple["o"] = obj
        if amount is not None:
            triple["amount_yuan"] = amount
        triple["evidence"] = evidence
        triple["optional"] = optional
        triples.append(triple)
    return {"doc": doc, "entities": entities, "triples": triples}


def check(page_id, page_text, gold):
    flat = chk.squash(page_text)
    errors = []
    ids = {}
    for ent in gold["entities"]:
        if ent["id"] in ids:
            errors.append(f"duplicate id {ent['id']}")
        ids[ent["id"]] = ent
        errors += [f"entity form not in page: {form}" for form in chk.forms_not_in(ent, flat)]
    # the gold README's table; this set also lets a Place be designated
    allowed = {**chk.RELATION_TYPES, "designatedAs": ({"Park", "Company", "Project", "Place"}, None)}
    seen = set()
    for triple in gold["triples"]:
        if chk.squash(triple["evidence"]) not in flat:
            errors.append(f"evidence not in page: {triple['evidence']}")
        subj = ids.get(triple["s"])
        subj_types, obj_types = allowed[triple["p"]]
        if subj is None or subj["type"] not in subj_types:
            errors.append(f"bad subject: {triple}")
        if obj_types is None:
            if "o_literal" not in triple:
                errors.append(f"designatedAs without literal: {triple}")
        else:
            obj = ids.get(triple.get("o"))
            if obj is None or obj["type"] not in obj_types:
                errors.append(f"bad object: {triple}")
        key = (triple["s"], triple["p"], triple.get("o", triple.get("o_literal")))
        if key in seen:
            errors.append(f"duplicate triple {key}")
        seen.add(key)
    for error in errors:
        print(f"{page_id}: {error}", file=sys.stderr)
    return not errors


def main():
    PAGES_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    ok = True
    for page_id, encoding, units, spaces, digits, seed, gold in PAGES:
        text = damage(units, spaces, digits, seed)
        doc = f"{page_id}.txt"
        (PAGES_DIR / doc).write_bytes(text.encode(encoding))
        gold_json = build_gold(doc, gold)
        (GOLD_DIR / f"{page_id}.json").write_text(
            json.dumps(gold_json, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        # check against the bytes as written, decoded back
        back = (PAGES_DIR / doc).read_bytes().decode(encoding)
        ok = check(page_id, back, gold_json) and ok
        n_ent = len(gold_json["entities"])
        n_opt_ent = sum(e["optional"] for e in gold_json["entities"])
        n_tr = len(gold_json["triples"])
        n_opt_tr = sum(t["optional"] for t in gold_json["triples"])
        print(f"{doc}: {len(back)} chars ({encoding}), {n_ent} entities "
              f"({n_opt_ent} optional), {n_tr} triples ({n_opt_tr} optional)")
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
