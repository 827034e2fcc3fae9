#!/usr/bin/env python3
"""Held-out set D, part 2: three newspaper pages (d2_*) and their gold.

Standard library only and deterministic: the clean article texts and the
gold annotations live in this file; running it rewrites
pages/d2_*.txt and gold/d2_*.json next to it.  The pages get the damage a
PDF-to-text conversion leaves on a Chinese newspaper page (hard line breaks
every 12-22 characters with blank lines between them, breaks inside words
and numbers, spaces between digits and CJK and inside some words, a page
header, bylines, photo captions, a headline drifted to the end of its
article, two articles interleaved paragraph by paragraph).  Page d2_02 is
written as GB18030 bytes, the others as UTF-8.

The script checks that every evidence snippet is verbatim in its page once
whitespace is removed, and that every entity name and alias occurs in its
page (whitespace-insensitive); for a Place or a Park the full name may be
absent when a short form of it occurs (the gold README's full/short-pair
exception, e.g. 北京市/北京).

Gold annotation written by hand from the clean texts below, following
shared/gold/README.md.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

# --------------------------------------------------------------------------
# Page texts.  A page is a list of blocks:
#   ("header", text)
#   ("article", key, title, byline, [paragraphs], caption, title_at_end)
#   ("interleave", article_a, article_b)   two articles, paragraphs alternate
#   ("brief", title, text)
# --------------------------------------------------------------------------

P1_A = ("article", "A", "雄安新区高端高新产业加速集聚", "本报记者 赵晓楠 通讯员 马一鸣", [
    "春日的河北雄安新区，塔吊林立，一派繁忙。位于容城县的雄安中关村科技园内，二期厂房正在进行外立面施工；一期已入驻企业86家，空天信息、生命科学、新一代信息技术三大方向的企业占到七成以上。",
    "北京星图智联科技有限公司是较早落户园区的企业之一。去年9月，该公司投资1.2亿元建设的遥感数据处理中心投入使用，目前已有研发人员140余名。“从北京出发，一个小时就能到雄安，人才和订单都没断。”星图智联副总经理刘思远说，公司今年还计划新增一条卫星载荷测试生产线。",
    "3月12日，雄安新区管理委员会与中电华瀚集团有限公司签署战略合作协议。根据协议，中电华瀚将在雄县建设空天信息产业基地，重点布局卫星地面站、遥感应用和低轨通信终端制造，总投资约18亿元，分两期实施，一期计划2027年建成。",
    "中电华瀚相关负责人表示，选择雄安，看中的是这里的创新资源和政策环境。该集团还计划将卫星运营总部一并迁入新区，预计带动上下游企业30家以上落地。",
    "引进一个龙头，带动一条链条。围绕空天信息产业，雄安中关村科技园先后引进蓝鲸遥感、中星云图、翼展航电等龙头企业，初步形成从卫星研制、数据处理到行业应用的产业链条。去年底，该园入选河北省首批数字经济示范园区。",
    "营商环境是最好的“梧桐树”。园区推行“拿地即开工”审批模式，企业从签约到取得施工许可平均用时压缩至28个工作日。新区还配套建成了人才公寓、国际学校等设施，为来雄的科研人员解决后顾之忧。“园区帮我们对接了5家本地配套企业，供应链半径缩短了一大半。”中星云图创始人周立群说，企业今年营收有望突破3亿元。",
    "政策红利持续释放。今年1月，河北省发展和改革委员会、河北省工业和信息化厅、河北省科学技术厅联合印发《关于支持雄安新区高端高新产业高质量发展的若干措施》，从用地保障、人才引进、研发投入等方面提出20条举措。新区管委会有关负责人表示，全年力争新引进高端高新企业300家以上。",
    "站在新起点，雄安新区正以产业之“进”支撑城市之“兴”。数据显示，去年新区规模以上工业增加值增长21.6%，国家高新技术企业数量突破1000家。",
], "图为雄安中关村科技园二期项目施工现场。 本报记者 赵晓楠摄", False)

P1_B = ("article", "B", "曹妃甸：临港产业链条越拉越长", "本报记者 孙立新 通讯员 高建", [
    "3月16日，在唐山市曹妃甸区的曹妃甸经济技术开发区，冀东海工装备股份有限公司年产30万吨海上风电塔筒及管桩项目的主厂房完成钢结构封顶。这个项目由冀东海工投资6.5亿元建设，投产后年产值可达25亿元。",
    "曹妃甸经开区依托深水大港优势，重点发展精品钢铁、绿色化工、装备制造和新能源产业。今年一季度，开发区新签约项目21个，其中投资超10亿元的项目9个。",
    "项目加快建设的背后，是服务保障的持续升级。开发区推行“标准地+承诺制”供地模式，组建32个项目服务专班，对重点项目实行“一项目一专班”。“从拿地到开工仅用了45天。”冀东海工项目负责人王海涛说。",
    "在曹妃甸化学工业园区，总投资86亿元的120万吨/年乙烯下游新材料项目进入设备安装阶段。该项目由渤澜化工集团有限公司投资建设，被列为今年河北省重点建设项目。渤澜化工相关负责人介绍，项目投产后将与园区内上下游企业形成管道互供。",
    "在渤澜化工项目不远处，由曹妃甸区城市投资发展集团有限公司建设的化工园区公共管廊二期工程也已进入收尾阶段。这项工程总投资3.2亿元，建成后管廊总长度将达到26公里。",
    "在曹妃甸综合保税区，保税维修、跨境电商等新业态加快发展。去年，综保区完成进出口额138.6亿元，同比增长31%。3月初，曹妃甸综合保税区与新加坡迅达物流有限公司签约，双方将共建冷链保税仓储中心，项目投资额4000万美元。",
    "曹妃甸区有关负责人介绍，下一步将围绕钢铁、化工两大主导产业延链补链，全年计划实施亿元以上项目60个。",
], "冀东海工装备股份有限公司生产车间内，工人正在焊接风电塔筒。 高建摄", True)

PAGE1 = [
    ("header", "河北日报 2026年3月18日 星期三 第7版 经济·园区 责任编辑：孟凡琳 美术编辑：周阳"),
    P1_A,
    P1_B,
    ("header", "简 讯"),
    ("brief", "■石家庄高新区新增3家国家级“小巨人”企业",
     "本报讯（记者王蕾）近日，石家庄高新技术产业开发区的河北康泽生物医药有限公司、石家庄中瑞精密仪器有限公司、冀研新材料科技有限公司被认定为国家级专精特新“小巨人”企业。至此，石家庄高新区国家级“小巨人”企业达到38家。其中，康泽生物投资3.6亿元的生物药制剂产业化基地将于年内竣工。"),
    ("brief", "■石家庄综保区首票跨境电商保税进口业务落地",
     "本报讯（记者刘畅）3月15日，位于正定县的石家庄综合保税区首票跨境电商保税进口业务顺利通关。该业务由河北冀汇供应链管理有限公司申报，该公司去年在园区投资2000万元建设的跨境电商监管仓已投入运营，可满足日均2万单的仓储需求。"),
    ("brief", "■第二批省级绿色工业园区名单公布",
     "本报讯 日前，河北省工业和信息化厅公布第二批省级绿色工业园区名单，唐山高新技术产业开发区、沧州临港经济技术开发区等12家园区入选。"),
]

P2_E = ("article", "E", "临港新片区“硬核”产业提速扩能", "经济日报记者 沈佳怡", [
    "在中国（上海）自由贸易试验区临港新片区，上海澄芯半导体有限公司的12英寸特色工艺晶圆生产线正在进行设备调试。这条生产线总投资约95亿元，达产后月产能可达3万片。",
    "澄芯半导体是临港新片区去年引进的重点项目之一。“从签约到开工只用了5个月。”该公司总经理陈俊峰说。目前，临港已集聚集成电路企业200余家，覆盖设计、制造、封测、装备材料等环节。去年，临港新片区入选国家新型工业化产业示范基地。",
    "在澄芯半导体的带动下，上下游配套企业纷纷跟进。上海芯研材料科技有限公司总投资6亿元的电子特气项目去年底开工，建成后可满足区内七成以上的电子特气需求；光刻胶企业华微光电也在此设立了华东生产基地。",
    "新能源汽车是临港的另一张名片。近年来，启航汽车、鲸驰动力、中汇电驱等整车和核心零部件企业先后落户，新片区新能源汽车产业链本地配套率超过60%。3月18日，中国（上海）自由贸易试验区临港新片区管理委员会与博睿传动集团签约。根据协议，博睿传动将投资2.8亿元在新片区建设高精度减速器工厂，并同步设立亚太研发中心。",
    "政策持续加码。上海市经济和信息化委员会、上海市发展和改革委员会、上海市财政局日前联合印发《上海市加快集成电路装备材料产业发展若干措施》，对首台（套）装备给予最高3000万元奖励。临港新片区管委会也出台了配套政策，对新落户的链主企业给予租金减免。",
    "临港新片区管委会相关负责人表示，今年新片区将推动总投资超过800亿元的45个重大产业项目开工，加快建设世界级前沿产业集群。",
    "产业投资热度持续攀升。去年，新片区规模以上工业总产值同比增长17.8%，战略性新兴产业产值占比超过七成，外资项目到位资金同比增长两成以上。",
], "上海澄芯半导体有限公司洁净车间内景。 沈佳怡摄", False)

P2_F = ("article", "F", "北京亦庄：机器人产业链上加速跑", "经济日报记者 韩冰", [
    "走进北京经济技术开发区，北京灵犀动力机器人科技有限公司的总装车间里，十余台人形机器人正在进行步态测试。去年，该企业在开发区投资3亿元建设的人形机器人整机制造基地投产，年产能达到5000台。",
    "北京经开区是北京机器人产业的主要承载地，已集聚机器人整机及核心零部件企业140余家。去年，北京亦庄机器人产业规模突破200亿元。灵犀动力董事长郑宇航说：“在亦庄，一家企业缺什么零部件，往往在5公里内就能找到供应商。”去年，灵犀动力成为北京市首批人形机器人“链主”企业。",
    "3月10日，北京经济技术开发区管理委员会与工擎科技集团、海川精工股份有限公司、睿途智能等3家企业集中签约。其中，海川精工拟投资8千万元，在开发区建设年产20万台精密谐波减速器生产线；睿途智能将把华北总部落在这里。",
    "产业集聚，也带动了应用场景的开放。北京经开区发布了首批50个机器人应用场景清单，涵盖汽车制造、医药流通、政务服务等领域。在区内一家新能源汽车工厂，由工擎科技集团提供的12台焊装机器人已连续运行超过3000小时。",
    "今年2月，北京市经济和信息化局、北京市科学技术委员会、中关村科技园区管理委员会联合印发《北京市具身智能机器人产业创新发展实施方案（2026—2028年）》，提出打造全球机器人产业高地。北京经开区管委会随即出台《北京经济技术开发区促进机器人产业高质量发展若干措施》，设立50亿元机器人产业基金。",
    "北京经开区相关负责人介绍，到2028年，开发区机器人产业规模力争突破500亿元，培育5家以上百亿级链主企业。目前，开发区正在加快建设机器人产业园二期，新增产业空间30万平方米。",
], "北京灵犀动力机器人科技有限公司工程师在调试人形机器人。 经济日报记者 韩冰摄", False)

PAGE2 = [
    ("header", "经济日报 2026年3月20日 星期五 11 产业·园区 本版编辑 李 芃 美编 高 妍"),
    ("interleave", P2_E, P2_F),
    ("brief", "■上海松江经开区两家企业入选市级智能工厂",
     "本报讯 日前，上海市经济和信息化委员会公布2026年度上海市智能工厂名单，上海松江经济技术开发区的申茂精密部件有限公司、上海恒拓新材料股份有限公司入选。其中，恒拓新材料投资1.5亿元的高性能膜材料生产线数字化改造将于6月完成。"),
    ("brief", "■金山二工区签约生物医药项目",
     "本报讯 日前，上海市金山区金山第二工业区与上海瑞禾生物制药有限公司签署投资协议。瑞禾生物将在园区建设年产500万支生物制剂灌装线项目，总投资4.5亿元，预计2027年投产。"),
    ("brief", "■临空经济区引进宽体客机维修项目",
     "本报讯 近日，位于大兴区的北京大兴国际机场临空经济区与翔宇航空技术有限公司签约，翔宇航空将投资5.5亿元在区内建设宽体客机维修基地，建成后可同时容纳4架宽体客机进行定检维修。"),
]

P3_H = ("article", "H", "西宁经开区：新材料与绿色算力“双轮”驱动", "本报记者 马晓燕", [
    "四月的青海省西宁市，春意渐浓。在西宁经济技术开发区甘河工业园区，青海昆仑锂能材料有限公司年产5万吨电池级碳酸锂二期项目正在试生产。这座工厂由昆仑锂能投资23.5亿元建设，采用吸附—膜分离耦合工艺，锂回收率较传统工艺提高12个百分点。",
    "“锂电产业是西宁经开区的首位产业。”开发区相关负责人介绍，从盐湖卤水到碳酸锂，再到正负极材料、锂电池和电池回收，开发区已形成较为完整的锂电产业链，去年产值突破400亿元。",
    "在南川工业园区，青海光域新能源科技有限公司投资12亿元建设的光伏组件智能工厂于3月底正式投产。光域新能源负责人介绍，该企业生产的N型组件已进入华东、西南市场，今年订单已排到9月份。",
    "生物医药是开发区的又一特色。在西宁经济技术开发区生物科技产业园区，青海雪峰生物制药有限公司的枸杞原浆生产线开足马力，该公司与青海大学共建的高原特色生物资源实验室去年获批省级重点实验室。今年，雪峰生物还将投资1.6亿元建设年产3000吨沙棘精深加工项目。",
    "绿色算力成为开发区发展的新引擎。依托清洁能源装机占比超过90%的优势，开发区近两年引进了华云数智、青能算力、雪域云计算等数据中心企业。4月2日，西宁经济技术开发区管委会与青海华云数智科技有限公司签署投资协议，在东川工业园区建设绿色算力中心，项目计划总投资16亿元，其中一期投资5.2亿元。",
    "华云数智董事长孙海波介绍，该企业一期将部署智能算力3000P，主要服务东部地区的模型训练和数据处理需求。“西宁气候冷凉干燥，一年中大部分时间可以利用自然冷源，数据中心的PUE能控制在1.2以下。”",
    "政策引领作用持续显现。青海省人民政府办公厅今年印发的《青海省支持绿色算力产业发展若干措施》，明确对落地数据中心给予电价支持。去年，西宁经开区获评国家级绿色工业园区，甘河工业园区被认定为省级循环化改造示范园区。此外，开发区还设立了总规模20亿元的绿色产业引导基金，重点投向新能源、新材料领域的初创企业。",
    "西宁经开区管委会负责人表示，今年开发区将围绕锂电、光伏、算力等产业链开展精准招商，全年计划新开工亿元以上项目40个，力争规模以上工业增加值增长8%以上。",
], "青海光域新能源科技有限公司光伏组件生产线。 本报记者 马晓燕摄", True)

P3_I = ("article", "I", "格尔木：盐湖资源“吃干榨尽”", "本报记者 李建华 通讯员 才让卓玛", [
    "在海西蒙古族藏族自治州格尔木市，柴达木循环经济试验区格尔木工业园内，一条条管廊把盐湖化工、金属冶炼企业串在了一起。",
    "在格尔木工业园，格尔木聚源钾业有限公司的厂区里，年产10万吨氢氧化钾技术改造项目刚刚完成设备安装。公司投资4800万元对原有电解装置实施改造，改造后单位产品能耗下降18%。",
    "同在园区的青海昆特镁业集团有限公司，正在建设盐湖提锂尾液综合利用工程。据介绍，这项工程总投资9.6亿元，建成后每年可从提锂尾液中回收氯化镁30万吨。昆特镁业还与中国科学院青海盐湖研究所签订了技术合作协议。",
    "格尔木工业园还引进了盐湖绿能、柴源硼业等企业，围绕钾、钠、镁、锂、硼等资源开展综合开发，“一业带多业”的循环经济格局初步形成。",
    "记者在园区看到，一辆辆槽罐车往来穿梭，将提锂后的老卤运往下游企业。“过去这些老卤只能排回盐田，现在成了镁、硼产品的原料。”昆特镁业生产部经理赵永刚说。",
    "格尔木市工业和信息化局负责人介绍，今年园区新增工业用地1200亩，计划实施重点项目32个，总投资超过150亿元，力争盐湖化工产业链产值突破300亿元。据了解，格尔木工业园去年实现工业总产值420亿元，盐湖资源综合利用率较五年前提高了15个百分点。",
], None, False)

PAGE3 = [
    ("header", "青海日报 2026年4月8日 星期三 第5版 经济新闻 编辑：韩晓梅 校对：王 琳"),
    P3_H,
    P3_I,
    ("brief", "■长葛大周产业集聚区签约再生铝项目",
     "本报讯 近日，河南省许昌市长葛市大周产业集聚区与豫鑫再生资源集团有限公司签约，豫鑫集团将在大周镇投资7.8亿元建设年产20万吨再生铝项目。大周产业集聚区是全国重要的再生金属集散地，去年被认定为河南省循环经济示范园区。"),
    ("brief", "■海东工业园区一季度新开工项目12个",
     "本报讯（记者冶青）今年一季度，海东工业园区新开工项目12个，完成投资28.6亿元。其中，青海东晟铝业有限公司投资2.3亿元的再生铝合金扁锭生产线于3月20日开工，达产后年产值可达15亿元。"),
    ("brief", "■西宁经开区6家企业入选省级智能工厂",
     "本报讯 日前，青海省工业和信息化厅公布2026年度省级智能工厂名单，西宁经济技术开发区的青海昆仑锂能材料有限公司、青海高原绒业股份有限公司等6家企业入选。高原绒业负责人表示，企业去年投资6500万元实施的羊绒制品智能化改造，使生产效率提高了30%。"),
]

# words whose characters the damaged page spreads out with spaces
SPREAD = {
    "d2_01_hebei": ["外立面施工", "冀东海工"],
    "d2_02_shanghai_beijing": ["集成电路", "灵犀动力"],
    "d2_03_qinghai": ["工业用地", "昆仑锂能"],
}

# numbers the damaged page breaks right after the decimal point ("3.", "6 亿元")
FORCE_BREAK = {
    "d2_01_hebei": ["3.6亿元", "6.5亿元"],
    "d2_02_shanghai_beijing": ["2.8亿元"],
    "d2_03_qinghai": ["23.5亿元"],
}

PAGES = [
    ("d2_01_hebei", PAGE1, "utf-8", 201),
    ("d2_02_shanghai_beijing", PAGE2, "gb18030", 202),
    ("d2_03_qinghai", PAGE3, "utf-8", 203),
]

# --------------------------------------------------------------------------
# Gold.  Entities: (id, type, name, aliases, optional[, level])
# Triples: (s, p, o, evidence, optional[, amount_yuan]); for designatedAs
# the o is the literal designation.
# --------------------------------------------------------------------------

GOLD = {}

GOLD["d2_01_hebei"] = dict(entities=[
    ("pl_hebei", "Place", "河北省", ["河北"], False, "province"),
    ("pl_rongcheng", "Place", "容城县", [], False, "county"),
    ("pl_xiongxian", "Place", "雄县", [], False, "county"),
    ("pl_beijing", "Place", "北京市", ["北京"], False, "city"),
    ("pl_tangshan", "Place", "唐山市", ["唐山"], False, "city"),
    ("pl_caofeidian", "Place", "曹妃甸区", ["曹妃甸"], False, "district"),
    ("pl_shijiazhuang", "Place", "石家庄市", ["石家庄"], False, "city"),
    ("pl_cangzhou", "Place", "沧州市", ["沧州"], False, "city"),
    ("pl_singapore", "Place", "新加坡", [], True, "country"),
    ("pl_zhengding", "Place", "正定县", [], False, "county"),

    ("pk_xiongan", "Park", "河北雄安新区", ["雄安新区", "雄安"], False),
    ("pk_xa_zgc", "Park", "雄安中关村科技园", [], False),
    ("pk_cfd", "Park", "曹妃甸经济技术开发区", ["曹妃甸经开区"], False),
    ("pk_cfd_chem", "Park", "曹妃甸化学工业园区", [], False),
    ("pk_cfd_zbq", "Park", "曹妃甸综合保税区", ["综保区"], False),
    ("pk_sjz_gxq", "Park", "石家庄高新技术产业开发区", ["石家庄高新区"], False),
    ("pk_ts_gxq", "Park", "唐山高新技术产业开发区", [], False),
    ("pk_sjz_zbq", "Park", "石家庄综合保税区", ["石家庄综保区"], False),
    ("pk_cz_lg", "Park", "沧州临港经济技术开发区", [], False),

    ("ag_xa_gwh", "Agency", "雄安新区管理委员会", ["新区管委会"], False),
    ("ag_hb_fgw", "Agency", "河北省发展和改革委员会", [], False),
    ("ag_hb_gxt", "Agency", "河北省工业和信息化厅", [], False),
    ("ag_hb_kjt", "Agency", "河北省科学技术厅", [], False),

    ("po_xa", "Policy", "关于支持雄安新区高端高新产业高质量发展的若干措施", [], False),
    ("po_lvse_list", "Policy", "第二批省级绿色工业园区名单", [], True),
    ("po_nadi", "Policy", "拿地即开工", ["“拿地即开工”审批模式"], True),
    ("po_biaozhundi", "Policy", "标准地+承诺制", ["“标准地+承诺制”供地模式"], True),
    ("po_yizhuanban", "Policy", "一项目一专班", [], True),

    ("co_xingtu", "Company", "北京星图智联科技有限公司", ["星图智联"], False),
    ("co_zdhh", "Company", "中电华瀚集团有限公司", ["中电华瀚"], False),
    ("co_lanjing", "Company", "蓝鲸遥感", [], False),
    ("co_zhongxing", "Company", "中星云图", [], False),
    ("co_yizhan", "Company", "翼展航电", [], False),
    ("co_jidong", "Company", "冀东海工装备股份有限公司", ["冀东海工"], False),
    ("co_bolan", "Company", "渤澜化工集团有限公司", ["渤澜化工"], False),
    ("co_xunda", "Company", "新加坡迅达物流有限公司", [], False),
    ("co_kangze", "Company", "河北康泽生物医药有限公司", ["康泽生物"], False),
    ("co_zhongrui", "Company", "石家庄中瑞精密仪器有限公司", [], False),
    ("co_jiyan", "Company", "冀研新材料科技有限公司", [], False),
    ("co_cfd_ct", "Company", "曹妃甸区城市投资发展集团有限公司", [], False),
    ("co_jihui", "Company", "河北冀汇供应链管理有限公司", [], False),

    ("pj_yaogan", "Project", "遥感数据处理中心", [], False),
    ("pj_zaihe", "Project", "卫星载荷测试生产线", [], False),
    ("pj_kongtian", "Project", "空天信息产业基地", [], False),
    ("pj_zgc2", "Project", "雄安中关村科技园二期项目", [], True),
    ("pj_tatong", "Project", "年产30万吨海上风电塔筒及管桩项目", [], False),
    ("pj_yixi", "Project", "120万吨/年乙烯下游新材料项目", ["渤澜化工项目"], False),
    ("pj_lenglian", "Project", "冷链保税仓储中心", [], False),
    ("pj_kangze", "Project", "生物药制剂产业化基地", [], False),
    ("pj_weixing_hq", "Project", "卫星运营总部", [], True),
    ("pj_guanlang", "Project", "化工园区公共管廊二期工程", [], False),
    ("pj_jianguancang", "Project", "跨境电商监管仓", [], False),
], triples=[
    # 雄安
    ("pk_xiongan", "locatedIn", "pl_hebei", "春日的河北雄安新区", False),
    ("pk_xa_zgc", "locatedIn", "pl_rongcheng", "位于容城县的雄安中关村科技园内", False),
    ("pk_xa_zgc", "locatedIn", "pk_xiongan", "河北雄安新区，塔吊林立，一派繁忙。位于容城县的雄安中关村科技园", True),
    ("pl_rongcheng", "partOf", "pl_hebei", "春日的河北雄安新区，塔吊林立，一派繁忙。位于容城县", True),
    ("pj_zgc2", "locatedIn", "pk_xa_zgc", "图为雄安中关村科技园二期项目施工现场", True),
    ("co_xingtu", "locatedIn", "pk_xa_zgc", "北京星图智联科技有限公司是较早落户园区的企业之一", False),
    ("co_xingtu", "locatedIn", "pl_beijing", "北京星图智联科技有限公司", True),
    ("co_xingtu", "investsIn", "pj_yaogan", "该公司投资1.2亿元建设的遥感数据处理中心投入使用", False, 120000000),
    ("pj_yaogan", "locatedIn", "pk_xa_zgc", "较早落户园区的企业之一。去年9月，该公司投资1.2亿元建设的遥感数据处理中心", False),
    ("co_xingtu", "investsIn", "pj_zaihe", "星图智联副总经理刘思远说，公司今年还计划新增一条卫星载荷测试生产线", False),
    ("pj_zaihe", "locatedIn", "pk_xa_zgc", "公司今年还计划新增一条卫星载荷测试生产线", True),
    ("ag_xa_gwh", "signsWith", "co_zdhh", "雄安新区管理委员会与中电华瀚集团有限公司签署战略合作协议", False),
    ("co_zdhh", "investsIn", "pj_kongtian", "中电华瀚将在雄县建设空天信息产业基地，重点布局卫星地面站、遥感应用和低轨通信终端制造，总投资约18亿元", False, 1800000000),
    ("pj_kongtian", "locatedIn", "pl_xiongxian", "中电华瀚将在雄县建设空天信息产业基地", False),
    ("pj_kongtian", "locatedIn", "pk_xiongan", "雄安新区管理委员会与中电华瀚集团有限公司签署战略合作协议。根据协议，中电华瀚将在雄县建设空天信息产业基地", True),
    ("co_zdhh", "investsIn", "pj_weixing_hq", "该集团还计划将卫星运营总部一并迁入新区", True),
    ("pj_weixing_hq", "locatedIn", "pk_xiongan", "该集团还计划将卫星运营总部一并迁入新区", True),
    ("co_zdhh", "locatedIn", "pk_xiongan", "该集团还计划将卫星运营总部一并迁入新区", True),
    ("po_nadi", "issuedBy", "ag_xa_gwh", "园区推行“拿地即开工”审批模式", True),
    ("co_lanjing", "locatedIn", "pk_xa_zgc", "雄安中关村科技园先后引进蓝鲸遥感、中星云图、翼展航电等龙头企业", False),
    ("co_zhongxing", "locatedIn", "pk_xa_zgc", "雄安中关村科技园先后引进蓝鲸遥感、中星云图、翼展航电等龙头企业", False),
    ("co_yizhan", "locatedIn", "pk_xa_zgc", "雄安中关村科技园先后引进蓝鲸遥感、中星云图、翼展航电等龙头企业", False),
    ("pk_xa_zgc", "designatedAs", "河北省首批数字经济示范园区", "去年底，该园入选河北省首批数字经济示范园区", False),
    ("po_xa", "issuedBy", "ag_hb_fgw", "河北省发展和改革委员会、河北省工业和信息化厅、河北省科学技术厅联合印发《关于支持雄安新区高端高新产业高质量发展的若干措施》", False),
    ("po_xa", "issuedBy", "ag_hb_gxt", "河北省发展和改革委员会、河北省工业和信息化厅、河北省科学技术厅联合印发《关于支持雄安新区高端高新产业高质量发展的若干措施》", False),
    ("po_xa", "issuedBy", "ag_hb_kjt", "河北省发展和改革委员会、河北省工业和信息化厅、河北省科学技术厅联合印发《关于支持雄安新区高端高新产业高质量发展的若干措施》", False),
    # 曹妃甸
    ("pl_caofeidian", "partOf", "pl_tangshan", "在唐山市曹妃甸区的曹妃甸经济技术开发区", False),
    ("pk_cfd", "locatedIn", "pl_caofeidian", "在唐山市曹妃甸区的曹妃甸经济技术开发区", False),
    ("co_jidong", "locatedIn", "pk_cfd", "曹妃甸经济技术开发区，冀东海工装备股份有限公司年产30万吨海上风电塔筒及管桩项目", False),
    ("co_jidong", "investsIn", "pj_tatong", "这个项目由冀东海工投资6.5亿元建设", False, 650000000),
    ("pj_tatong", "locatedIn", "pk_cfd", "曹妃甸经济技术开发区，冀东海工装备股份有限公司年产30万吨海上风电塔筒及管桩项目", False),
    ("pk_cfd_chem", "locatedIn", "pl_caofeidian", "在曹妃甸化学工业园区", False),
    ("pk_cfd_chem", "locatedIn", "pk_cfd", "在曹妃甸化学工业园区，总投资86亿元", True),
    ("co_bolan", "investsIn", "pj_yixi", "总投资86亿元的120万吨/年乙烯下游新材料项目进入设备安装阶段。该项目由渤澜化工集团有限公司投资建设", False, 8600000000),
    ("pj_yixi", "locatedIn", "pk_cfd_chem", "在曹妃甸化学工业园区，总投资86亿元的120万吨/年乙烯下游新材料项目", False),
    ("co_bolan", "locatedIn", "pk_cfd_chem", "该项目由渤澜化工集团有限公司投资建设", True),
    ("pk_cfd_zbq", "locatedIn", "pl_caofeidian", "在曹妃甸综合保税区", False),
    ("co_cfd_ct", "investsIn", "pj_guanlang", "由曹妃甸区城市投资发展集团有限公司建设的化工园区公共管廊二期工程也已进入收尾阶段。这项工程总投资3.2亿元", False, 320000000),
    ("pj_guanlang", "locatedIn", "pk_cfd_chem", "在渤澜化工项目不远处，由曹妃甸区城市投资发展集团有限公司建设的化工园区公共管廊二期工程", False),
    ("co_cfd_ct", "locatedIn", "pl_caofeidian", "曹妃甸区城市投资发展集团有限公司", True),
    ("pk_cfd_zbq", "signsWith", "co_xunda", "曹妃甸综合保税区与新加坡迅达物流有限公司签约", False),
    # amount 4000万美元: not given in yuan, so no amount_yuan
    ("co_xunda", "investsIn", "pj_lenglian", "双方将共建冷链保税仓储中心，项目投资额4000万美元", False),
    ("pj_lenglian", "locatedIn", "pk_cfd_zbq", "曹妃甸综合保税区与新加坡迅达物流有限公司签约，双方将共建冷链保税仓储中心", False),
    ("co_xunda", "locatedIn", "pl_singapore", "新加坡迅达物流有限公司", True),
    # 简讯
    ("pk_sjz_gxq", "locatedIn", "pl_shijiazhuang", "石家庄高新技术产业开发区", False),
    ("co_kangze", "locatedIn", "pk_sjz_gxq", "石家庄高新技术产业开发区的河北康泽生物医药有限公司", False),
    ("co_zhongrui", "locatedIn", "pk_sjz_gxq", "石家庄高新技术产业开发区的河北康泽生物医药有限公司、石家庄中瑞精密仪器有限公司", False),
    ("co_jiyan", "locatedIn", "pk_sjz_gxq", "石家庄高新技术产业开发区的河北康泽生物医药有限公司、石家庄中瑞精密仪器有限公司、冀研新材料科技有限公司", False),
    ("co_kangze", "designatedAs", "国家级专精特新“小巨人”企业", "河北康泽生物医药有限公司、石家庄中瑞精密仪器有限公司、冀研新材料科技有限公司被认定为国家级专精特新“小巨人”企业", False),
    ("co_zhongrui", "designatedAs", "国家级专精特新“小巨人”企业", "河北康泽生物医药有限公司、石家庄中瑞精密仪器有限公司、冀研新材料科技有限公司被认定为国家级专精特新“小巨人”企业", False),
    ("co_jiyan", "designatedAs", "国家级专精特新“小巨人”企业", "河北康泽生物医药有限公司、石家庄中瑞精密仪器有限公司、冀研新材料科技有限公司被认定为国家级专精特新“小巨人”企业", False),
    ("co_kangze", "investsIn", "pj_kangze", "康泽生物投资3.6亿元的生物药制剂产业化基地将于年内竣工", False, 360000000),
    ("pj_kangze", "locatedIn", "pk_sjz_gxq", "石家庄高新区国家级“小巨人”企业达到38家。其中，康泽生物投资3.6亿元的生物药制剂产业化基地", True),
    ("co_kangze", "locatedIn", "pl_hebei", "河北康泽生物医药有限公司", True),
    ("co_zhongrui", "locatedIn", "pl_shijiazhuang", "石家庄中瑞精密仪器有限公司", True),
    ("pk_ts_gxq", "locatedIn", "pl_tangshan", "唐山高新技术产业开发区", False),
    ("pk_sjz_zbq", "locatedIn", "pl_zhengding", "位于正定县的石家庄综合保税区", False),
    ("pk_sjz_zbq", "locatedIn", "pl_shijiazhuang", "位于正定县的石家庄综合保税区", True),
    ("pl_zhengding", "partOf", "pl_shijiazhuang", "位于正定县的石家庄综合保税区", True),
    ("co_jihui", "locatedIn", "pk_sjz_zbq", "该业务由河北冀汇供应链管理有限公司申报，该公司去年在园区投资2000万元建设的跨境电商监管仓", False),
    ("co_jihui", "investsIn", "pj_jianguancang", "该公司去年在园区投资2000万元建设的跨境电商监管仓已投入运营", False, 20000000),
    ("pj_jianguancang", "locatedIn", "pk_sjz_zbq", "该公司去年在园区投资2000万元建设的跨境电商监管仓", False),
    ("co_jihui", "locatedIn", "pl_hebei", "河北冀汇供应链管理有限公司", True),
    ("pk_cz_lg", "locatedIn", "pl_cangzhou", "沧州临港经济技术开发区", False),
    ("pk_ts_gxq", "designatedAs", "第二批省级绿色工业园区", "公布第二批省级绿色工业园区名单，唐山高新技术产业开发区、沧州临港经济技术开发区等12家园区入选", False),
    ("pk_cz_lg", "designatedAs", "第二批省级绿色工业园区", "公布第二批省级绿色工业园区名单，唐山高新技术产业开发区、沧州临港经济技术开发区等12家园区入选", False),
    ("po_lvse_list", "issuedBy", "ag_hb_gxt", "河北省工业和信息化厅公布第二批省级绿色工业园区名单", True),
])

GOLD["d2_02_shanghai_beijing"] = dict(entities=[
    ("pl_shanghai", "Place", "上海市", ["上海"], False, "city"),
    ("pl_beijing", "Place", "北京市", ["北京"], False, "city"),
    ("pl_songjiang", "Place", "松江区", ["松江"], False, "district"),
    ("pl_jinshan", "Place", "金山区", ["金山"], False, "district"),
    ("pl_daxing", "Place", "大兴区", [], False, "district"),

    ("pk_lingang", "Park", "中国（上海）自由贸易试验区临港新片区", ["临港新片区", "临港", "新片区"], False),
    ("pk_bda", "Park", "北京经济技术开发区", ["北京经开区", "北京亦庄", "亦庄"], False),
    ("pk_songjiang", "Park", "上海松江经济技术开发区", ["松江经开区", "上海松江经开区"], False),
    ("pk_jinshan2", "Park", "金山第二工业区", ["金山二工区"], False),
    ("pk_linkong", "Park", "北京大兴国际机场临空经济区", ["临空经济区"], False),

    ("ag_lingang", "Agency", "中国（上海）自由贸易试验区临港新片区管理委员会", ["临港新片区管委会"], False),
    ("ag_sh_jxw", "Agency", "上海市经济和信息化委员会", [], False),
    ("ag_sh_fgw", "Agency", "上海市发展和改革委员会", [], False),
    ("ag_sh_czj", "Agency", "上海市财政局", [], False),
    ("ag_bda", "Agency", "北京经济技术开发区管理委员会", ["北京经开区管委会"], False),
    ("ag_bj_jxj", "Agency", "北京市经济和信息化局", [], False),
    ("ag_bj_kw", "Agency", "北京市科学技术委员会", [], False),
    ("ag_zgc", "Agency", "中关村科技园区管理委员会", [], False),

    ("po_sh_ic", "Policy", "上海市加快集成电路装备材料产业发展若干措施", [], False),
    ("po_bj_robot", "Policy", "北京市具身智能机器人产业创新发展实施方案（2026—2028年）", [], False),
    ("po_bda_robot", "Policy", "北京经济技术开发区促进机器人产业高质量发展若干措施", [], False),
    ("po_sh_list", "Policy", "2026年度上海市智能工厂名单", [], True),

    ("co_chengxin", "Company", "上海澄芯半导体有限公司", ["澄芯半导体"], False),
    ("co_lingxi", "Company", "北京灵犀动力机器人科技有限公司", ["灵犀动力"], False),
    ("co_qihang", "Company", "启航汽车", [], False),
    ("co_jingchi", "Company", "鲸驰动力", [], False),
    ("co_zhonghui", "Company", "中汇电驱", [], False),
    ("co_borui", "Company", "博睿传动集团", ["博睿传动"], False),
    ("co_gongqing", "Company", "工擎科技集团", [], False),
    ("co_haichuan", "Company", "海川精工股份有限公司", ["海川精工"], False),
    ("co_ruitu", "Company", "睿途智能", [], False),
    ("co_shenmao", "Company", "申茂精密部件有限公司", [], False),
    ("co_hengtuo", "Company", "上海恒拓新材料股份有限公司", ["恒拓新材料"], False),
    ("co_xinyan", "Company", "上海芯研材料科技有限公司", [], False),
    ("co_huawei_gd", "Company", "华微光电", [], False),
    ("co_ruihe", "Company", "上海瑞禾生物制药有限公司", ["瑞禾生物"], False),
    ("co_xiangyu", "Company", "翔宇航空技术有限公司", ["翔宇航空"], False),

    ("pj_jingyuan", "Project", "12英寸特色工艺晶圆生产线", [], False),
    ("pj_renxing", "Project", "人形机器人整机制造基地", [], False),
    ("pj_jiansuqi", "Project", "高精度减速器工厂", [], False),
    ("pj_yatai", "Project", "亚太研发中心", [], False),
    ("pj_xiebo", "Project", "年产20万台精密谐波减速器生产线", [], False),
    ("pj_huabei", "Project", "华北总部", [], True),
    ("pj_robot_park2", "Project", "机器人产业园二期", [], True),
    ("pj_mocailiao", "Project", "高性能膜材料生产线数字化改造", [], False),
    ("pj_teqi", "Project", "电子特气项目", [], False),
    ("pj_huadong", "Project", "华东生产基地", [], False),
    ("pj_guanzhuang", "Project", "年产500万支生物制剂灌装线项目", [], False),
    ("pj_weixiu", "Project", "宽体客机维修基地", [], False),
], triples=[
    # 临港
    ("pk_lingang", "locatedIn", "pl_shanghai", "在中国（上海）自由贸易试验区临港新片区", False),
    ("co_chengxin", "locatedIn", "pk_lingang", "在中国（上海）自由贸易试验区临港新片区，上海澄芯半导体有限公司", False),
    ("co_chengxin", "locatedIn", "pl_shanghai", "上海澄芯半导体有限公司", True),
    ("co_chengxin", "investsIn", "pj_jingyuan", "上海澄芯半导体有限公司的12英寸特色工艺晶圆生产线正在进行设备调试。这条生产线总投资约95亿元", False, 9500000000),
    ("pj_jingyuan", "locatedIn", "pk_lingang", "临港新片区，上海澄芯半导体有限公司的12英寸特色工艺晶圆生产线", False),
    ("pk_lingang", "designatedAs", "国家新型工业化产业示范基地", "临港新片区入选国家新型工业化产业示范基地", False),
    ("co_qihang", "locatedIn", "pk_lingang", "新能源汽车是临港的另一张名片。近年来，启航汽车、鲸驰动力、中汇电驱等整车和核心零部件企业先后落户", False),
    ("co_jingchi", "locatedIn", "pk_lingang", "新能源汽车是临港的另一张名片。近年来，启航汽车、鲸驰动力、中汇电驱等整车和核心零部件企业先后落户", False),
    ("co_zhonghui", "locatedIn", "pk_lingang", "新能源汽车是临港的另一张名片。近年来，启航汽车、鲸驰动力、中汇电驱等整车和核心零部件企业先后落户", False),
    ("co_xinyan", "investsIn", "pj_teqi", "上海芯研材料科技有限公司总投资6亿元的电子特气项目去年底开工", False, 600000000),
    ("pj_teqi", "locatedIn", "pk_lingang", "在澄芯半导体的带动下，上下游配套企业纷纷跟进。上海芯研材料科技有限公司总投资6亿元的电子特气项目", False),
    ("co_xinyan", "locatedIn", "pk_lingang", "在澄芯半导体的带动下，上下游配套企业纷纷跟进。上海芯研材料科技有限公司", False),
    ("co_xinyan", "locatedIn", "pl_shanghai", "上海芯研材料科技有限公司", True),
    ("co_huawei_gd", "investsIn", "pj_huadong", "光刻胶企业华微光电也在此设立了华东生产基地", False),
    ("pj_huadong", "locatedIn", "pk_lingang", "光刻胶企业华微光电也在此设立了华东生产基地", False),
    ("co_huawei_gd", "locatedIn", "pk_lingang", "光刻胶企业华微光电也在此设立了华东生产基地", False),
    ("ag_lingang", "signsWith", "co_borui", "中国（上海）自由贸易试验区临港新片区管理委员会与博睿传动集团签约", False),
    ("co_borui", "investsIn", "pj_jiansuqi", "博睿传动将投资2.8亿元在新片区建设高精度减速器工厂", False, 280000000),
    ("pj_jiansuqi", "locatedIn", "pk_lingang", "博睿传动将投资2.8亿元在新片区建设高精度减速器工厂", False),
    ("co_borui", "investsIn", "pj_yatai", "博睿传动将投资2.8亿元在新片区建设高精度减速器工厂，并同步设立亚太研发中心", False),
    ("pj_yatai", "locatedIn", "pk_lingang", "在新片区建设高精度减速器工厂，并同步设立亚太研发中心", False),
    ("co_borui", "locatedIn", "pk_lingang", "博睿传动将投资2.8亿元在新片区建设高精度减速器工厂", True),
    ("po_sh_ic", "issuedBy", "ag_sh_jxw", "上海市经济和信息化委员会、上海市发展和改革委员会、上海市财政局日前联合印发《上海市加快集成电路装备材料产业发展若干措施》", False),
    ("po_sh_ic", "issuedBy", "ag_sh_fgw", "上海市经济和信息化委员会、上海市发展和改革委员会、上海市财政局日前联合印发《上海市加快集成电路装备材料产业发展若干措施》", False),
    ("po_sh_ic", "issuedBy", "ag_sh_czj", "上海市经济和信息化委员会、上海市发展和改革委员会、上海市财政局日前联合印发《上海市加快集成电路装备材料产业发展若干措施》", False),
    # 亦庄
    ("pk_bda", "locatedIn", "pl_beijing", "走进北京经济技术开发区", False),
    ("co_lingxi", "locatedIn", "pk_bda", "走进北京经济技术开发区，北京灵犀动力机器人科技有限公司的总装车间里", False),
    ("co_lingxi", "locatedIn", "pl_beijing", "北京灵犀动力机器人科技有限公司", True),
    ("co_lingxi", "investsIn", "pj_renxing", "该企业在开发区投资3亿元建设的人形机器人整机制造基地投产", False, 300000000),
    ("pj_renxing", "locatedIn", "pk_bda", "该企业在开发区投资3亿元建设的人形机器人整机制造基地投产", False),
    ("co_lingxi", "designatedAs", "北京市首批人形机器人“链主”企业", "灵犀动力成为北京市首批人形机器人“链主”企业", False),
    ("ag_bda", "signsWith", "co_gongqing", "北京经济技术开发区管理委员会与工擎科技集团、海川精工股份有限公司、睿途智能等3家企业集中签约", False),
    ("ag_bda", "signsWith", "co_haichuan", "北京经济技术开发区管理委员会与工擎科技集团、海川精工股份有限公司、睿途智能等3家企业集中签约", False),
    ("ag_bda", "signsWith", "co_ruitu", "北京经济技术开发区管理委员会与工擎科技集团、海川精工股份有限公司、睿途智能等3家企业集中签约", False),
    ("co_haichuan", "investsIn", "pj_xiebo", "海川精工拟投资8千万元，在开发区建设年产20万台精密谐波减速器生产线", False, 80000000),
    ("pj_xiebo", "locatedIn", "pk_bda", "海川精工拟投资8千万元，在开发区建设年产20万台精密谐波减速器生产线", False),
    ("co_haichuan", "locatedIn", "pk_bda", "海川精工拟投资8千万元，在开发区建设", True),
    ("co_ruitu", "locatedIn", "pk_bda", "睿途智能将把华北总部落在这里", True),
    ("co_ruitu", "investsIn", "pj_huabei", "睿途智能将把华北总部落在这里", True),
    ("pj_robot_park2", "locatedIn", "pk_bda", "开发区正在加快建设机器人产业园二期", True),
    ("pj_huabei", "locatedIn", "pk_bda", "睿途智能将把华北总部落在这里", True),
    ("po_bj_robot", "issuedBy", "ag_bj_jxj", "北京市经济和信息化局、北京市科学技术委员会、中关村科技园区管理委员会联合印发《北京市具身智能机器人产业创新发展实施方案（2026—2028年）》", False),
    ("po_bj_robot", "issuedBy", "ag_bj_kw", "北京市经济和信息化局、北京市科学技术委员会、中关村科技园区管理委员会联合印发《北京市具身智能机器人产业创新发展实施方案（2026—2028年）》", False),
    ("po_bj_robot", "issuedBy", "ag_zgc", "北京市经济和信息化局、北京市科学技术委员会、中关村科技园区管理委员会联合印发《北京市具身智能机器人产业创新发展实施方案（2026—2028年）》", False),
    ("po_bda_robot", "issuedBy", "ag_bda", "北京经开区管委会随即出台《北京经济技术开发区促进机器人产业高质量发展若干措施》", False),
    # 简讯
    ("pk_songjiang", "locatedIn", "pl_songjiang", "上海松江经济技术开发区", False),
    ("pl_songjiang", "partOf", "pl_shanghai", "上海松江经济技术开发区", True),
    ("co_hengtuo", "locatedIn", "pl_shanghai", "上海恒拓新材料股份有限公司", True),
    ("co_shenmao", "locatedIn", "pk_songjiang", "上海松江经济技术开发区的申茂精密部件有限公司", False),
    ("co_hengtuo", "locatedIn", "pk_songjiang", "上海松江经济技术开发区的申茂精密部件有限公司、上海恒拓新材料股份有限公司", False),
    ("co_shenmao", "designatedAs", "上海市智能工厂", "公布2026年度上海市智能工厂名单，上海松江经济技术开发区的申茂精密部件有限公司、上海恒拓新材料股份有限公司入选", False),
    ("co_hengtuo", "designatedAs", "上海市智能工厂", "公布2026年度上海市智能工厂名单，上海松江经济技术开发区的申茂精密部件有限公司、上海恒拓新材料股份有限公司入选", False),
    ("po_sh_list", "issuedBy", "ag_sh_jxw", "上海市经济和信息化委员会公布2026年度上海市智能工厂名单", True),
    ("co_hengtuo", "investsIn", "pj_mocailiao", "恒拓新材料投资1.5亿元的高性能膜材料生产线数字化改造", False, 150000000),
    ("pl_jinshan", "partOf", "pl_shanghai", "上海市金山区金山第二工业区", False),
    ("pk_jinshan2", "locatedIn", "pl_jinshan", "上海市金山区金山第二工业区", False),
    ("pk_jinshan2", "signsWith", "co_ruihe", "金山第二工业区与上海瑞禾生物制药有限公司签署投资协议", False),
    ("co_ruihe", "investsIn", "pj_guanzhuang", "瑞禾生物将在园区建设年产500万支生物制剂灌装线项目，总投资4.5亿元", False, 450000000),
    ("pj_guanzhuang", "locatedIn", "pk_jinshan2", "金山第二工业区与上海瑞禾生物制药有限公司签署投资协议。瑞禾生物将在园区建设年产500万支生物制剂灌装线项目", False),
    ("co_ruihe", "locatedIn", "pk_jinshan2", "瑞禾生物将在园区建设", True),
    ("co_ruihe", "locatedIn", "pl_shanghai", "上海瑞禾生物制药有限公司", True),
    ("pk_linkong", "locatedIn", "pl_daxing", "位于大兴区的北京大兴国际机场临空经济区", False),
    ("pl_daxing", "partOf", "pl_beijing", "位于大兴区的北京大兴国际机场临空经济区", True),
    ("pk_linkong", "signsWith", "co_xiangyu", "北京大兴国际机场临空经济区与翔宇航空技术有限公司签约", False),
    ("co_xiangyu", "investsIn", "pj_weixiu", "翔宇航空将投资5.5亿元在区内建设宽体客机维修基地", False, 550000000),
    ("pj_weixiu", "locatedIn", "pk_linkong", "翔宇航空将投资5.5亿元在区内建设宽体客机维修基地", False),
    ("co_xiangyu", "locatedIn", "pk_linkong", "翔宇航空将投资5.5亿元在区内建设", True),
    ("pj_mocailiao", "locatedIn", "pk_songjiang", "上海恒拓新材料股份有限公司入选。其中，恒拓新材料投资1.5亿元的高性能膜材料生产线数字化改造", True),
])

GOLD["d2_03_qinghai"] = dict(entities=[
    ("pl_qinghai", "Place", "青海省", ["青海"], False, "province"),
    ("pl_xining", "Place", "西宁市", ["西宁"], False, "city"),
    ("pl_haixi", "Place", "海西蒙古族藏族自治州", [], False, "city"),
    ("pl_golmud", "Place", "格尔木市", ["格尔木"], False, "county"),
    ("pl_henan", "Place", "河南省", [], False, "province"),
    ("pl_xuchang", "Place", "许昌市", [], False, "city"),
    ("pl_changge", "Place", "长葛市", ["长葛"], False, "county"),
    ("pl_dazhou", "Place", "大周镇", ["大周"], False, "town"),
    ("pl_haidong", "Place", "海东市", ["海东"], False, "city"),

    ("pk_xining", "Park", "西宁经济技术开发区", ["西宁经开区"], False),
    ("pk_ganhe", "Park", "甘河工业园区", [], False),
    ("pk_nanchuan", "Park", "南川工业园区", [], False),
    ("pk_dongchuan", "Park", "东川工业园区", [], False),
    ("pk_chaidamu", "Park", "柴达木循环经济试验区", [], False),
    ("pk_golmud", "Park", "格尔木工业园", [], False),
    ("pk_dazhou", "Park", "长葛市大周产业集聚区", ["大周产业集聚区", "长葛大周产业集聚区"], False),
    ("pk_shengwu", "Park", "生物科技产业园区", [], True),
    ("pk_haidong", "Park", "海东工业园区", [], False),

    ("ag_xining_gwh", "Agency", "西宁经济技术开发区管委会", ["西宁经开区管委会"], False),
    ("ag_qh_bgt", "Agency", "青海省人民政府办公厅", [], False),
    ("ag_golmud_gxj", "Agency", "格尔木市工业和信息化局", [], False),
    ("ag_qh_gxt", "Agency", "青海省工业和信息化厅", [], False),

    ("po_qh_suanli", "Policy", "青海省支持绿色算力产业发展若干措施", [], False),
    ("po_qh_list", "Policy", "2026年度省级智能工厂名单", [], True),

    ("co_kunlun", "Company", "青海昆仑锂能材料有限公司", ["昆仑锂能"], False),
    ("co_guangyu", "Company", "青海光域新能源科技有限公司", ["光域新能源"], False),
    ("co_huayun", "Company", "青海华云数智科技有限公司", ["华云数智"], False),
    ("co_qingneng", "Company", "青能算力", [], False),
    ("co_xueyu", "Company", "雪域云计算", [], False),
    ("co_juyuan", "Company", "格尔木聚源钾业有限公司", [], False),
    ("co_kunte", "Company", "青海昆特镁业集团有限公司", ["昆特镁业"], False),
    ("co_yanhusuo", "Company", "中国科学院青海盐湖研究所", [], True),
    ("co_yuxin", "Company", "豫鑫再生资源集团有限公司", ["豫鑫集团"], False),
    ("co_xuefeng", "Company", "青海雪峰生物制药有限公司", ["雪峰生物"], False),
    ("co_qhu", "Company", "青海大学", [], True),
    ("co_yanhulvneng", "Company", "盐湖绿能", [], False),
    ("co_chaiyuan", "Company", "柴源硼业", [], False),
    ("co_dongsheng", "Company", "青海东晟铝业有限公司", [], False),
    ("co_gaoyuan", "Company", "青海高原绒业股份有限公司", ["高原绒业"], False),

    ("pj_tansuanli", "Project", "年产5万吨电池级碳酸锂二期项目", [], False),
    ("pj_guangfu", "Project", "光伏组件智能工厂", [], False),
    ("pj_suanli", "Project", "绿色算力中心", [], False),
    ("pj_qingyanghuajia", "Project", "年产10万吨氢氧化钾技术改造项目", [], False),
    ("pj_weiye", "Project", "盐湖提锂尾液综合利用工程", [], False),
    ("pj_zaishenglv", "Project", "年产20万吨再生铝项目", [], False),
    ("pj_shaji", "Project", "年产3000吨沙棘精深加工项目", [], False),
    ("pj_biandin", "Project", "再生铝合金扁锭生产线", [], False),
    ("pj_yangrong", "Project", "羊绒制品智能化改造", [], False),
], triples=[
    # 西宁
    ("pl_xining", "partOf", "pl_qinghai", "四月的青海省西宁市", False),
    ("pk_xining", "locatedIn", "pl_xining", "四月的青海省西宁市，春意渐浓。在西宁经济技术开发区", False),
    ("pk_ganhe", "locatedIn", "pk_xining", "在西宁经济技术开发区甘河工业园区", True),
    ("pk_ganhe", "locatedIn", "pl_xining", "青海省西宁市，春意渐浓。在西宁经济技术开发区甘河工业园区", True),
    ("co_kunlun", "locatedIn", "pk_ganhe", "甘河工业园区，青海昆仑锂能材料有限公司年产5万吨电池级碳酸锂二期项目正在试生产", False),
    ("co_kunlun", "locatedIn", "pk_xining", "在西宁经济技术开发区甘河工业园区，青海昆仑锂能材料有限公司", True),
    ("co_kunlun", "locatedIn", "pl_qinghai", "青海昆仑锂能材料有限公司", True),
    ("co_kunlun", "investsIn", "pj_tansuanli", "这座工厂由昆仑锂能投资23.5亿元建设", False, 2350000000),
    ("pj_tansuanli", "locatedIn", "pk_ganhe", "甘河工业园区，青海昆仑锂能材料有限公司年产5万吨电池级碳酸锂二期项目正在试生产", False),
    ("pj_tansuanli", "locatedIn", "pk_xining", "在西宁经济技术开发区甘河工业园区，青海昆仑锂能材料有限公司年产5万吨电池级碳酸锂二期项目", True),
    ("pk_nanchuan", "locatedIn", "pk_xining", "在南川工业园区，青海光域新能源科技有限公司", True),
    ("co_guangyu", "locatedIn", "pk_nanchuan", "在南川工业园区，青海光域新能源科技有限公司投资12亿元建设的光伏组件智能工厂", False),
    ("co_guangyu", "locatedIn", "pl_qinghai", "青海光域新能源科技有限公司", True),
    ("co_guangyu", "investsIn", "pj_guangfu", "青海光域新能源科技有限公司投资12亿元建设的光伏组件智能工厂", False, 1200000000),
    ("pj_guangfu", "locatedIn", "pk_nanchuan", "在南川工业园区，青海光域新能源科技有限公司投资12亿元建设的光伏组件智能工厂", False),
    ("pk_shengwu", "locatedIn", "pk_xining", "在西宁经济技术开发区生物科技产业园区", True),
    ("co_xuefeng", "locatedIn", "pk_xining", "在西宁经济技术开发区生物科技产业园区，青海雪峰生物制药有限公司", False),
    ("co_xuefeng", "locatedIn", "pk_shengwu", "生物科技产业园区，青海雪峰生物制药有限公司的枸杞原浆生产线开足马力", True),
    ("co_xuefeng", "locatedIn", "pl_qinghai", "青海雪峰生物制药有限公司", True),
    ("co_xuefeng", "investsIn", "pj_shaji", "雪峰生物还将投资1.6亿元建设年产3000吨沙棘精深加工项目", False, 160000000),
    ("pj_shaji", "locatedIn", "pk_xining", "今年，雪峰生物还将投资1.6亿元建设年产3000吨沙棘精深加工项目", True),
    ("co_huayun", "locatedIn", "pk_xining", "开发区近两年引进了华云数智、青能算力、雪域云计算等数据中心企业", False),
    ("co_qingneng", "locatedIn", "pk_xining", "开发区近两年引进了华云数智、青能算力、雪域云计算等数据中心企业", False),
    ("co_xueyu", "locatedIn", "pk_xining", "开发区近两年引进了华云数智、青能算力、雪域云计算等数据中心企业", False),
    ("co_huayun", "locatedIn", "pl_qinghai", "青海华云数智科技有限公司", True),
    ("ag_xining_gwh", "signsWith", "co_huayun", "西宁经济技术开发区管委会与青海华云数智科技有限公司签署投资协议", False),
    ("co_huayun", "investsIn", "pj_suanli", "青海华云数智科技有限公司签署投资协议，在东川工业园区建设绿色算力中心，项目计划总投资16亿元", False, 1600000000),
    ("pj_suanli", "locatedIn", "pk_dongchuan", "在东川工业园区建设绿色算力中心", False),
    ("pk_dongchuan", "locatedIn", "pk_xining", "西宁经济技术开发区管委会与青海华云数智科技有限公司签署投资协议，在东川工业园区建设", True),
    ("po_qh_suanli", "issuedBy", "ag_qh_bgt", "青海省人民政府办公厅今年印发的《青海省支持绿色算力产业发展若干措施》", False),
    ("pk_xining", "designatedAs", "国家级绿色工业园区", "西宁经开区获评国家级绿色工业园区", False),
    ("pk_ganhe", "designatedAs", "省级循环化改造示范园区", "甘河工业园区被认定为省级循环化改造示范园区", False),
    # 格尔木
    ("pl_golmud", "partOf", "pl_haixi", "在海西蒙古族藏族自治州格尔木市", False),
    ("pl_haixi", "partOf", "pl_qinghai", "在海西蒙古族藏族自治州格尔木市", True),
    ("pk_golmud", "locatedIn", "pl_golmud", "格尔木市，柴达木循环经济试验区格尔木工业园内", False),
    ("pk_golmud", "locatedIn", "pk_chaidamu", "柴达木循环经济试验区格尔木工业园内", True),
    ("pk_chaidamu", "locatedIn", "pl_haixi", "在海西蒙古族藏族自治州格尔木市，柴达木循环经济试验区", True),
    ("pk_chaidamu", "locatedIn", "pl_golmud", "格尔木市，柴达木循环经济试验区格尔木工业园内", True),
    ("co_juyuan", "locatedIn", "pk_golmud", "在格尔木工业园，格尔木聚源钾业有限公司的厂区里", False),
    ("co_juyuan", "locatedIn", "pl_golmud", "格尔木聚源钾业有限公司", True),
    ("co_juyuan", "investsIn", "pj_qingyanghuajia", "格尔木聚源钾业有限公司的厂区里，年产10万吨氢氧化钾技术改造项目刚刚完成设备安装。公司投资4800万元对原有电解装置实施改造", False, 48000000),
    ("pj_qingyanghuajia", "locatedIn", "pk_golmud", "在格尔木工业园，格尔木聚源钾业有限公司的厂区里，年产10万吨氢氧化钾技术改造项目", False),
    ("co_kunte", "locatedIn", "pk_golmud", "同在园区的青海昆特镁业集团有限公司", False),
    ("co_kunte", "locatedIn", "pl_qinghai", "青海昆特镁业集团有限公司", True),
    ("co_kunte", "investsIn", "pj_weiye", "青海昆特镁业集团有限公司，正在建设盐湖提锂尾液综合利用工程。据介绍，这项工程总投资9.6亿元", False, 960000000),
    ("pj_weiye", "locatedIn", "pk_golmud", "同在园区的青海昆特镁业集团有限公司，正在建设盐湖提锂尾液综合利用工程", False),
    ("co_yanhulvneng", "locatedIn", "pk_golmud", "格尔木工业园还引进了盐湖绿能、柴源硼业等企业", False),
    ("co_chaiyuan", "locatedIn", "pk_golmud", "格尔木工业园还引进了盐湖绿能、柴源硼业等企业", False),
    # 海东、智能工厂简讯
    ("pk_haidong", "locatedIn", "pl_haidong", "海东工业园区新开工项目12个", False),
    ("co_dongsheng", "investsIn", "pj_biandin", "青海东晟铝业有限公司投资2.3亿元的再生铝合金扁锭生产线于3月20日开工", False, 230000000),
    ("pj_biandin", "locatedIn", "pk_haidong", "海东工业园区新开工项目12个，完成投资28.6亿元。其中，青海东晟铝业有限公司投资2.3亿元的再生铝合金扁锭生产线", False),
    ("co_dongsheng", "locatedIn", "pk_haidong", "海东工业园区新开工项目12个，完成投资28.6亿元。其中，青海东晟铝业有限公司", True),
    ("co_dongsheng", "locatedIn", "pl_qinghai", "青海东晟铝业有限公司", True),
    ("po_qh_list", "issuedBy", "ag_qh_gxt", "青海省工业和信息化厅公布2026年度省级智能工厂名单", True),
    ("co_kunlun", "designatedAs", "省级智能工厂", "公布2026年度省级智能工厂名单，西宁经济技术开发区的青海昆仑锂能材料有限公司、青海高原绒业股份有限公司等6家企业入选", False),
    ("co_gaoyuan", "designatedAs", "省级智能工厂", "公布2026年度省级智能工厂名单，西宁经济技术开发区的青海昆仑锂能材料有限公司、青海高原绒业股份有限公司等6家企业入选", False),
    ("co_gaoyuan", "locatedIn", "pk_xining", "西宁经济技术开发区的青海昆仑锂能材料有限公司、青海高原绒业股份有限公司", False),
    ("co_gaoyuan", "locatedIn", "pl_qinghai", "青海高原绒业股份有限公司", True),
    ("co_gaoyuan", "investsIn", "pj_yangrong", "高原绒业负责人表示，企业去年投资6500万元实施的羊绒制品智能化改造", False, 65000000),
    ("pj_yangrong", "locatedIn", "pk_xining", "西宁经济技术开发区的青海昆仑锂能材料有限公司、青海高原绒业股份有限公司等6家企业入选。高原绒业负责人表示，企业去年投资6500万元实施的羊绒制品智能化改造", True),
    # 河南简讯
    ("pl_xuchang", "partOf", "pl_henan", "河南省许昌市长葛市", False),
    ("pl_changge", "partOf", "pl_xuchang", "河南省许昌市长葛市", False),
    ("pl_dazhou", "partOf", "pl_changge", "长葛市大周产业集聚区与豫鑫再生资源集团有限公司签约，豫鑫集团将在大周镇", True),
    ("pk_dazhou", "locatedIn", "pl_changge", "河南省许昌市长葛市大周产业集聚区", False),
    ("pk_dazhou", "locatedIn", "pl_dazhou", "长葛市大周产业集聚区", True),
    ("pk_dazhou", "signsWith", "co_yuxin", "长葛市大周产业集聚区与豫鑫再生资源集团有限公司签约", False),
    ("co_yuxin", "investsIn", "pj_zaishenglv", "豫鑫集团将在大周镇投资7.8亿元建设年产20万吨再生铝项目", False, 780000000),
    ("pj_zaishenglv", "locatedIn", "pl_dazhou", "豫鑫集团将在大周镇投资7.8亿元建设年产20万吨再生铝项目", False),
    ("pj_zaishenglv", "locatedIn", "pk_dazhou", "大周产业集聚区与豫鑫再生资源集团有限公司签约，豫鑫集团将在大周镇投资7.8亿元建设年产20万吨再生铝项目", True),
    ("pk_dazhou", "designatedAs", "河南省循环经济示范园区", "大周产业集聚区是全国重要的再生金属集散地，去年被认定为河南省循环经济示范园区", False),
])

# --------------------------------------------------------------------------
# Damage
# --------------------------------------------------------------------------

def wrap(text, width, rng):
    """Hard line breaks every `width`±2 characters (12..22), blank line between; \\x00 forces a break."""
    lines = dmg.wrap_jitter(text, rng, width, (12, 22), "\x00")
    return "\n\n".join(line.strip() for line in lines if line.strip())


def damage(text, rng, spread, force):
    """Breaks after the decimal point of the `force` numbers, spaces between ASCII digits/letters
    and CJK (some, not all), the `spread` words spread out."""
    return dmg.spread_words(dmg.space_alnum_every_char(dmg.break_numbers(text, force), rng, 0.6), spread)


def render_article_parts(block, rng, spread, force):
    _, key, title, byline, paras, caption, title_at_end = block
    width = rng.randint(14, 20)
    body = []
    for _k, p in enumerate(paras):
        t = damage(p, rng, spread, force)
        body.append(wrap(t, width, rng))
    head = [title] if not title_at_end else []
    tail = [title] if title_at_end else []
    return head, [byline], body, ([caption] if caption else []), tail


def render_page(blocks, seed, spread, force):
    rng = random.Random(seed)
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "header":
            out.append(b[1])
        elif kind == "article":
            head, byl, body, cap, tail = render_article_parts(b, rng, spread, force)
            out += head + byl + body + cap + tail
        elif kind == "interleave":
            pa = render_article_parts(b[1], rng, spread, force)
            pb = render_article_parts(b[2], rng, spread, force)
            out += pa[0] + pb[0] + pa[1]
            n = max(len(pa[2]), len(pb[2]))
            for k in range(n):
                if k < len(pa[2]):
                    out.append(pa[2][k])
                if k == 1:
                    out += pb[1]
                if k < len(pb[2]):
                    out.append(pb[2][k])
            out += pb[3] + pa[3] + pa[4] + pb[4]
        elif kind == "brief":
            out.append(b[1])
            t = damage(b[2], rng, spread, force)
            out.append(wrap(t, rng.randint(16, 22), rng))
    return "\n\n".join(out) + "\n"


def clean_text(blocks):
    parts = []
    for b in blocks:
        if b[0] == "header":
            parts.append(b[1])
        elif b[0] == "article":
            parts += [b[2], b[3]] + b[4] + ([b[5]] if b[5] else [])
        elif b[0] == "interleave":
            for a in b[1:]:
                parts += [a[2], a[3]] + a[4] + ([a[5]] if a[5] else [])
        elif b[0] == "brief":
            parts += [b[1], b[2]]
    return "\n".join(parts)


# --------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------

def build_gold(doc, spec):
    ents = []
    for e in spec["entities"]:
        eid, typ, name, aliases, opt = e[:5]
        d = {"id": eid, "type": typ, "name": name, "aliases": list(aliases),
             "optional": opt}
        if typ == "Place":
            d["level"] = e[5]
        ents.append(d)
    triples = []
    for t in spec["triples"]:
        s, p, o, ev, opt = t[:5]
        d = {"s": s, "p": p}
        if p == "designatedAs":
            d["o_literal"] = o
        else:
            d["o"] = o
        if len(t) > 5:
            d["amount_yuan"] = t[5]
        d["evidence"] = ev
        d["optional"] = opt
        triples.append(d)
    return {"doc": doc, "entities": ents, "triples": triples}


# the gold README's table; this set predates designatedAs of a Project
ALLOWED = {**chk.RELATION_TYPES, "designatedAs": ({"Park", "Company"}, None)}


def check(stem, page_text, clean, gold):
    errs = []
    flat = chk.squash(page_text)
    cflat = chk.squash(clean)
    byid = {}
    for e in gold["entities"]:
        if e["id"] in byid:
            errs.append("duplicate id {}".format(e["id"]))
        byid[e["id"]] = e
        forms = [e["name"]] + e["aliases"]
        absent, name_missing = chk.missing_forms(e, flat, chk.squash)  # a Place/Park may be named by its short form
        errs += [f"alias not in page: {a}" for a in absent]
        if name_missing:
            errs.append("name not in page: {}".format(e["name"]))
        if len(set(forms)) != len(forms):
            errs.append("repeated form in {}".format(e["id"]))
    seen = set()
    for t in gold["triples"]:
        key = (t["s"], t["p"], t.get("o") or t.get("o_literal"))
        if key in seen:
            errs.append(f"duplicate triple {key}")
        seen.add(key)
        ev = chk.squash(t["evidence"])
        if ev not in flat:
            errs.append("evidence not in page: {}".format(t["evidence"]))
        if ev not in cflat:
            errs.append("evidence not in clean text: {}".format(t["evidence"]))
        s = byid.get(t["s"])
        if s is None:
            errs.append("unknown subject {}".format(t["s"]))
            continue
        subj_ok, obj_ok = ALLOWED[t["p"]]
        if s["type"] not in subj_ok:
            errs.append("bad subject type {} for {}".format(s["type"], t["p"]))
        if t["p"] == "designatedAs":
            if "o" in t or not t.get("o_literal"):
                errs.append(f"designatedAs needs o_literal: {key}")
        else:
            o = byid.get(t["o"])
            if o is None:
                errs.append("unknown object {}".format(t["o"]))
            elif o["type"] not in obj_ok:
                errs.append("bad object type {} for {}".format(o["type"], t["p"]))
            if t["p"] == "locatedIn" and s["type"] == "Park" and o and o["type"] == "Park" \
                    and not t["optional"]:
                errs.append(f"Park->Park locatedIn must be optional: {key}")
        if t.get("amount_yuan") is not None and t["p"] != "investsIn":
            errs.append(f"amount on non-investsIn {key}")
    # every non-optional entity takes part in at least one triple or is a place/agency
    used = {t["s"] for t in gold["triples"]} | {t.get("o") for t in gold["triples"]}
    for e in gold["entities"]:
        if e["id"] not in used and not e["optional"] and e["type"] not in ("Agency", "Place"):
            errs.append("entity in no triple: {}".format(e["id"]))
    return errs


def main():
    pages_dir = os.path.join(HERE, "pages")
    gold_dir = os.path.join(HERE, "gold")
    os.makedirs(pages_dir, exist_ok=True)
    os.makedirs(gold_dir, exist_ok=True)
    bad = 0
    for stem, blocks, enc, seed in PAGES:
        page = render_page(blocks, seed, SPREAD.get(stem, []), FORCE_BREAK.get(stem, []))
        path = os.path.join(pages_dir, stem + ".txt")
        with open(path, "wb") as f:
            f.write(page.encode(enc))
        with open(path, "rb") as f:
            back = f.read().decode(enc)
        gold = build_gold(stem + ".txt", GOLD[stem])
        with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        errs = check(stem, back, clean_text(blocks), gold)
        ne = len(gold["entities"])
        no = sum(e["optional"] for e in gold["entities"])
        nt = len(gold["triples"])
        nto = sum(t["optional"] for t in gold["triples"])
        print(f"{stem} ({enc}): {len(chk.squash(clean_text(blocks)))} chars clean, {len(back)} chars page; "
              f"{ne} entities ({no} optional), {nt} triples ({nto} optional)")
        for e in errs:
            print("  ERROR", e)
        bad += len(errs)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
