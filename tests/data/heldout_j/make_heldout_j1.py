#!/usr/bin/env python3
"""Generate held-out set J, part 1: pages j101-j104 and their gold.

Standard library only, deterministic. The clean article texts below are
rendered into newspaper pages with PDF-like damage (hard line breaks every
12-22 characters with blank lines between them, spaces inside some words and
numbers, a headline drifted to the end of its article, two articles
interleaved paragraph by paragraph, a page header line, bylines and a photo
caption). j103 is written as GB18030 bytes, the others as UTF-8.

Checks before writing: every evidence snippet occurs verbatim in its page
after whitespace removal, every entity name and alias occurs in its page
(a Place or Park whose full form is absent passes when one of its aliases
occurs: the README's full/short pair), every triple points at known ids of
the right types, and every page is 1,800-4,000 characters long.

Usage: python3 make_heldout_j1.py   (writes pages/ and gold/ next to it)
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

BREAK = "¦"  # forced line break inside a paragraph (mid-word / mid-number)

# ---------------------------------------------------------------------------
# Page texts. A page is a list of blocks:
#   ("line", text)                      kept as one line (header, caption)
#   ("art", art)                        an article
#   ("mix", art_a, art_b)               two articles interleaved by paragraph
# art = dict(head=[lines], by=byline or "", paras=[...], drift=bool,
#            numspace=bool)  drift: the headline is printed after the body;
#            numspace: spaces between digits and CJK characters (as in seeds)
# ---------------------------------------------------------------------------

J101_A1 = dict(
    head=["“链”上发力 星沙再起“智造潮”", "——长沙经开区工程机械产业集群转型见闻"],
    by="湖南日报记者 周思远 通讯员 谭 晓",
    drift=True,
    numspace=False,
    paras=[
        "早春的星沙，晨雾还没散尽，湖南星驰智能装备有限公司的总装车间里已是一片"
        "忙碌。一台刚下线的电动装载机缓缓驶出厂房，车身上贴着的标签显示，它将在月底"
        "装船发往智利。",
        "“去年我们卖出去的电动产品占到了四成，三年前这个数字还不到一成。”星驰智能"
        "总经理贺建军一边翻看检测数据一边说。这家扎根长沙经济技术开发区十二年的企业，"
        "正把几乎全部新增投资押在电动化和智能化上。",
        "投资有多大？今年1月开工的星驰智能电动工程机械产业基地给出了答案。该项目总"
        "投资28亿元，规划建设6条柔性装配线和1个整机试验场，全部达产后可年产各类电动"
        "工程机械1.2万台。“用地、环评、施工许可，园区专班一路帮着跑，拿地即开工。”"
        "贺建军说。",
        "在长沙经开区，像星驰智能这样的“链主”企业并非个例。近年来，园区围绕工程机械"
        "主导产业延链补链，先后引进博瑞德、中科凌云、汉江动力等配套龙头企业，本地配套"
        "率从不足50%提高到72%。",
        "德国凯斯曼集团是最新加入的一员。去年9月，凯斯曼集团与湖南湘力传动股份有限"
        "公司合资设立的凯斯曼湘力（长沙）传动系统有限公司在园区注册，湘力传动持股40%。"
        "目前，这家合资企业总投资1." + BREAK + "5亿美元的高端液压传动件工厂已完成主体封顶。"
        "“选择长沙，是因为客户就在隔壁。”凯斯曼湘力中方负责人李晓峰坦言，工厂投产后，"
        "星驰智能等整机厂的液压件采购半径将从上千公里缩短到5公里以内。",
        "马路对面的博瑞德电控车间里，一条新投用的智能化产线每天能下线控制器1800套。"
        "“星驰的订单占我们产量的三成，早上下单，下午就能送货。”博瑞德负责人周敏说，"
        "企业今年打算再上两条产线，用地已经在和园区对接。",
        "长沙经开区管委会负责人介绍，今年园区将实施重点产业项目86个，年度计划投资超过"
        "310亿元，同时盘活低效工业用地1200亩，为新项目“腾笼”。",
        "放眼全省，工程机械已成为湖南首个产值过千亿元的产业集群。2025年，长沙经开区"
        "获评国家级绿色工业园区，其所在的长沙市长沙县连续多年位居全国县域经济前列。",
    ],
)

J101_A2 = dict(
    head=["三部门联合发文 推动化工园区提质升级"],
    by="本报长沙3月16日讯（记者 戴文静）",
    drift=False,
    numspace=False,
    paras=[
        "湖南省发展和改革委员会、湖南省工业和信息化厅、湖南省生态环境厅近日联合印发"
        "《湖南省化工园区提质升级三年行动方案（2026—2028年）》（以下简称《方案》），"
        "提出到2028年，全省化工园区规模以上工业总产值突破5000亿元，培育2个以上产值"
        "过千亿元的化工园区。",
        "《方案》明确，全省化工园区将实行分级分类管理，支持岳阳绿色化工高新技术产业"
        "开发区打造世界级石化产业基地，推动常德、衡阳等地化工园区走特色化发展路子。"
        "省工业和信息化厅相关负责人介绍，省级财政将统筹专项资金，对园区公共管廊、危化品"
        "车辆专用停车场等基础设施给予补助，单个园区最高可获3000万元。省生态环境厅"
        "同时明确，新建化工项目原则上全部进入合规化工园区，园区外现有企业将分类引导"
        "搬迁入园。",
        "作为全省化工产业的“主阵地”，位于岳阳市云溪区的岳阳绿色化工高新区去年实现"
        "规模以上工业总产值1650亿元。记者了解到，园区内的洞庭新材化工有限公司今年将"
        "开工建设年产20万吨高端聚烯烃弹性体项目。按照计划，该项目总投资46." + BREAK
        + "8亿元，是这家企业成立以来单体投资最大的项目。",
        "3月上旬，岳阳市云溪区人民政府与北京华腾电子材料有限公司签署投资协议。根据"
        "协议，华腾电子将在云溪区投资6.3亿元，建设年产5万吨电子级双氧水生产线，产品"
        "主要供应长三角和粤港澳大湾区的芯片制造企业。",
    ],
)

J101_BRIEF = dict(
    head=["园区简讯"],
    by="",
    drift=False,
    numspace=True,
    paras=[
        "■常德经开区日前与深圳市锐能动力科技有限公司签约。锐能动力将在常德经济技术"
        "开发区建设年产6GWh储能电池项目，总投资30亿元，分两期实施，一期预计明年6月"
        "建成投产。",
        "■海关总署近日公布评估结果，岳阳城陵矶综合保税区在2025年度全国综合保税区"
        "发展绩效评估中被评为A类。区内湘江晶元半导体有限公司投资8000万元建设的功率"
        "芯片封测生产线已于本月初投产。",
        "■湖南省商务厅近日公布第三批省级外贸转型升级基地名单，位于浏阳市的浏阳经开区"
        "生物医药基地等12家基地入选。",
        "■近日，常德高新技术产业开发区中央厨房产业园项目开工。该项目由湖南沅澧食品集团"
        "投资5.5亿元建设，建成后可日产预制菜200吨。沅澧食品集团是湖南省农业产业化"
        "龙头企业，旗下拥有“沅澧香”等多个品牌。",
    ],
)

J101 = dict(
    encoding="utf-8",
    seed=10101,
    spaced=[("工业用地", "工 业 用 地"), ("46.", "46. "), ("1650亿元", "1650 亿元"),
            ("湖南星驰", "湖南 星驰")],
    blocks=[
        ("line", "6    湖南日报    2026年3月17日  星期二    园区经济    责任编辑：刘亚楠"),
        ("line", "3月10日，湖南星驰智能装备有限公司总装车间内，工人正在调试一台电动装载机。"
                 "    湖南日报记者 周思远 摄"),
        ("art", J101_A1),
        ("art", J101_A2),
        ("art", J101_BRIEF),
    ],
)

# ---------------------------------------------------------------------------

J102_A1 = dict(
    head=["河北十条措施为开发区“松绑赋能”"],
    by="本报石家庄4月7日讯（记者 宋美倩）",
    drift=False,
    numspace=False,
    paras=[
        "河北省人民政府办公厅日前印发《关于推动全省开发区高质量发展的若干措施》，从扩权"
        "赋能、要素保障、考核评价等方面提出10条举措。其中明确，省级以上开发区可依法"
        "承接市级经济管理权限，开发区管委会可按规定自主设置内设机构。",
        "与之配套，河北省商务厅、河北省自然资源厅、河北省财政厅联合出台《河北省开发区"
        "工业用地“标准地”出让实施细则》，要求新增工业用地原则上全部按“标准地”出让，"
        "企业拿地后可同步办理施工许可。",
        "河北省商务厅提供的数据显示，2025年全省开发区实现营业收入4.6万亿元，同比增长"
        "6.2%，以全省约5%的土地贡献了近七成的工业增加值。按照《若干措施》，今年起"
        "开发区考核将更多看亩均效益、研发投入和单位能耗，排名连续两年靠后的将被调整"
        "降级。",
        "政策“红利”正在转化为项目落地的速度。在保定高新技术产业开发区，河北冀光新能源"
        "科技股份有限公司年产10GW高效光伏组件项目从签约到开工只用了47天。“过去光办"
        "手续就要小半年。”冀光新能源副总经理孙立伟说。该项目计划投资22亿元，投产后"
        "年产值约80亿元。保定高新区管委会有关负责人介绍，园区今年将全面推行“标准地+"
        "承诺制+代办制”改革，力争新开工工业项目全部实现“拿地即开工”。",
        "廊坊经济技术开发区则把目光投向京津的科技成果。今年一季度，廊坊经开区新签约"
        "项目19个，华芯智联、北辰量子、天佑生物等企业相继落户。由北京辰光医疗器械"
        "有限公司与日本三浦精工株式会社合资组建的辰光三浦（廊坊）医疗科技有限公司，"
        "正在园区建设高端医学影像设备生产基地，总投资2.8亿元。",
        "在保定市下辖的高碑店市，白沟箱包专业镇日前被河北省工业和信息化厅认定为省级"
        "县域特色产业集群示范专业镇。",
    ],
)

J102_A2 = dict(
    head=["石嘴山：老工业城市的“新材料”突围"],
    by="本报记者 马宁川",
    drift=False,
    numspace=True,
    paras=[
        "贺兰山北段的风还带着寒意，宁夏石嘴山高新技术产业开发区的一处厂区里，一车车"
        "电池级碳酸锂正在装车外运。",
        "这些产品出自锂安新能源年产3万吨电池级碳酸锂工厂。这座工厂由宁夏锂安新能源"
        "材料有限公司投资12亿元建设，去年10月投产。“我们的原料有一半来自回收的废旧"
        "电池。”锂安新能源总经理杨帆说，公司今年还将启动二期项目，把产能再翻一番。",
        "石嘴山是一座因煤而兴的老工业城市。资源枯竭之后，石嘴山市把新材料作为转型"
        "主攻方向，在石嘴山高新区规划建设了锂电材料、电子材料、稀有金属材料三个专业"
        "园区。目前，高新区已聚集新材料企业126家，去年新材料产业产值增长23.6%。",
        "“新材料企业最怕配套跟不上。”石嘴山高新区管委会负责人介绍，园区已建成工业"
        "污水集中处理厂和危废处置中心，今年还将投资3.6亿元建设新材料产业公共服务中心，"
        "为中小企业提供检测、中试等服务。",
        "宁夏回族自治区发展和改革委员会、宁夏回族自治区工业和信息化厅近日联合发布"
        "《宁夏回族自治区新材料产业高质量发展实施方案（2026—2030年）》，提出支持"
        "石嘴山建设全国重要的锂电材料基地。“过去说起石嘴山，人们想到的是煤；现在，"
        "我们希望大家想到的是锂。”石嘴山市发展和改革委员会一位负责人说。",
        "银川方面也在发力。银川经济技术开发区去年入选国家新型工业化产业示范基地"
        "（半导体材料），中硅晶源（宁夏）科技有限公司在此投资35亿元建设的12英寸单晶"
        "硅棒扩产项目已进入设备安装阶段。中硅晶源是一家由江苏企业控股的单晶硅材料"
        "制造商，其在银川的两个工厂去年产值超过60亿元。",
    ],
)

J102_BRIEF = dict(
    head=["短 讯"],
    by="",
    drift=False,
    numspace=False,
    paras=[
        "■4月3日，保定市人民政府与上海艾维斯机器人有限公司签署战略合作协议。双方将在"
        "保定高新区共建人形机器人研发中心，艾维斯首期投入5000万元。",
        "■近日，位于石嘴山市平罗县的宁夏精细化工基地被认定为自治区级智慧化工园区。"
        "基地内，宁夏瑞泽化学有限公司年产1.5万吨医药中间体技改项目同步投产，"
        "项目投资1.9亿元。",
        "■4月1日，廊坊经开区与北京天衡宇航科技集团签约。天衡宇航将投资3.5亿元，在"
        "廊坊经开区建设卫星载荷研发生产基地，预计2027年投产。",
    ],
)

J102 = dict(
    encoding="utf-8",
    seed=10202,
    spaced=[("22亿元", "22 亿元"), ("标准地", "标 准 地"), ("辰光三浦", "辰光 三浦"),
            ("电池级碳酸锂工厂", "电池级碳酸 锂工厂")],
    blocks=[
        ("line", "经济日报    2026年4月8日  星期三    11    产经·园区"),
        ("mix", J102_A1, J102_A2),
        ("line", "4月2日，宁夏石嘴山高新技术产业开发区，工人在锂电材料生产线上作业。"
                 "  本报记者 马宁川摄"),
        ("art", J102_BRIEF),
    ],
)

# ---------------------------------------------------------------------------

J103_A1 = dict(
    head=["去年全省开发区规上工业增加值增长7.4%"],
    by="本报讯 记者孙晓光报道",
    drift=False,
    numspace=False,
    paras=[
        "记者日前从辽宁省商务厅获悉，2025年，全省88个省级以上开发区实现规模以上工业"
        "增加值增长7.4%，高于全省平均水平2.1个百分点；实际使用外资28.6亿美元，占全省"
        "的比重为61.3%；新设外商投资企业412家，同比增长9.8%。",
        "分区域看，沈阳、大连两市开发区贡献了全省开发区工业增加值的近六成。其中，"
        "沈阳经济技术开发区规模以上工业总产值达到2860亿元，同比增长8.1%；营口经济"
        "技术开发区增长11.3%，增速居全省国家级经开区首位。在商务部2025年国家级经开区"
        "综合发展水平考核评价中，沈阳经开区位列第17位，较上年前移5位。",
        "外资项目表现亮眼。中德（沈阳）高端装备制造产业园（以下简称中德园）全年实际"
        "使用外资3.6亿美元，宝励德汽车部件（沈阳）有限公司新能源电驱壳体工厂、瓦朗特"
        "智能座舱系统项目等一批外资项目相继投产。",
        "辽宁省商务厅、辽宁省发展和改革委员会近日联合印发《辽宁省开发区整合优化提升"
        "工作方案》，明确今年将对全省开发区进行新一轮整合，原则上每个县（市、区）只"
        "保留一个开发区，并建立“亩均论英雄”综合评价机制。",
        "从产业结构看，装备制造、石化、冶金三大产业占全省开发区工业产值的71.4%；"
        "集成电路装备、生物医药、新能源汽车零部件等新兴产业产值分别增长18.7%、12.5%"
        "和21.3%，成为拉动增长的新力量。",
        "省商务厅有关负责人表示，今年全省开发区计划实施亿元以上项目1200个以上，力争"
        "实际使用外资增长8%。“开发区是稳外资、稳工业的主阵地，今年我们将围绕重点"
        "产业链开展精准招商，推动一批重大外资项目签约落地。”",
    ],
)

J103_A2 = dict(
    head=["镁都“点石成金”", "——营口镁产业向高端材料延伸见闻"],
    by="本报记者 刘立杰",
    drift=True,
    numspace=True,
    paras=[
        "走进营口市大石桥市的辽宁镁晟集团高纯材料车间，一排排电熔炉正吞吐着白色的"
        "镁砂。“过去一吨镁砂卖几百元，现在做成高纯氧化镁，价格翻了十几倍。”镁晟集团"
        "董事长王振江抓起一把样品对记者说。",
        "大石桥市菱镁矿储量约占全国的四分之一，素有“镁都”之称。但长期以来，当地企业"
        "以卖原料为主，产品附加值低。近年来，营口市提出打造“世界镁都”，推动镁产业从"
        "“挖矿卖砂”向深加工、高端化转型。",
        "在大石桥镁质材料产业园，镁晟集团总投资18.5亿元的年产20万吨高纯电熔镁砂项目"
        "去年底投产。该企业还与东北大学共建了镁质新材料中试基地，联合攻关镁基储氢"
        "材料。",
        "为了留住高端项目，营口市去年出台《营口市镁产业高质量发展若干政策》，对企业"
        "研发投入按比例给予补助。“镁晟集团去年就拿到了1200万元研发补助。”大石桥市"
        "工业和信息化局局长刘宏伟说。",
        "外资也看中了这里。去年6月，营口经济技术开发区管委会与日本东洋耐火株式会社"
        "签署合作协议，由东洋耐火投资5000万美元的高端耐火材料生产线落户营口经开区，"
        "目前厂房主体已完工。东洋耐火的到来，带动了一批配套企业跟进，宏达耐材、青石科技"
        "等本地企业已与其签订长期供货合同。“营口港就在身边，产品出口日本和东南亚非常方便。”东洋耐火"
        "（营口）有限公司总经理山田浩二说。",
        "据统计，2025年营口市镁产业产值突破600亿元，高端镁质材料占比提高到35%。"
        "大石桥镁质材料产业园已被工业和信息化部认定为国家新型工业化产业示范基地。",
    ],
)

J103_BRIEF = dict(
    head=["简 讯"],
    by="",
    drift=False,
    numspace=False,
    paras=[
        "△沈阳高新技术产业开发区日前与中科微光（北京）科技有限公司签约，中科微光将投资"
        "20亿元，在沈阳高新区浑南科技城建设第三代半导体封装测试基地项目。",
        "△沈抚改革创新示范区日前入选辽宁省首批数字化转型促进中心建设试点。示范区内的"
        "辽宁云湃数据科技有限公司智算中心一期工程已投入运营，该工程投资3.2亿元。",
        "△营口综合保税区2025年实现进出口总额186亿元，同比增长14.2%。其中，海瑞达船舶"
        "配件（营口）有限公司等区内企业开展的保税维修业务进出口额达到9.6亿元。",
        "△沈阳经济技术开发区管委会日前与德国海德曼机械集团签署合作协议。海德曼机械"
        "将在沈阳经开区设立北方区域总部，并投资2.4亿元新建年产500台五轴加工中心"
        "生产线。",
    ],
)

J103 = dict(
    encoding="gb18030",
    seed=10303,
    spaced=[("2860亿元", "2860 亿元"), ("中德园", "中 德 园"), ("营口经济", "营口 经济")],
    blocks=[
        ("line", "辽宁日报  2026年2月26日  星期四   05   经济新闻   编辑：王 岩"),
        ("art", J103_A1),
        ("line", "营口综合保税区内，一批保税维修的船舶配件正在装箱。  本报记者 刘立杰 摄"),
        ("art", J103_A2),
        ("art", J103_BRIEF),
    ],
)

# ---------------------------------------------------------------------------

J104_A1 = dict(
    head=["合肥：“芯屏汽合”再添新动能"],
    by="本报记者 方 敏",
    drift=False,
    numspace=False,
    paras=[
        "五月的合肥经济技术开发区，智巡汽车合肥超级工厂的焊装车间里，600多台机器人"
        "整齐地挥动着机械臂，平均每76秒就有一台白车身下线。",
        "这座工厂由安徽智巡汽车科技有限公司投资65亿元建设，设计年产能20万辆，今年3月"
        "正式投产。“这是我们在全国布局的第二座整车工厂。”智巡汽车制造副总裁孟凡说。"
        "从签约到投产，这座工厂只用了19个月。"
        "在智巡的带动下，已有43家零部件企业在周边落户，其中包括德国福尔坦集团在华设立"
        "的福尔坦汽车电子（合肥）有限公司。",
        "二十公里外的合肥高新技术产业开发区，量子科技产业正加速集聚。合肥量衡科技股份"
        "有限公司总投资8.5亿元的量子精密测量仪器产业化基地日前开工，建成后将形成年产"
        "各类量子测量仪器5000台（套）的能力。量衡科技董事长陈思源告诉记者，公司产品已"
        "进入电网、地质勘探等领域。目前，合肥高新区已集聚量衡、玄光量子、九章云测等"
        "量子企业70余家，今年初入选首批国家未来产业先导区。",
        "合肥经开区管委会负责人表示，园区正加快布局“整车+核心零部件+后市场”全链条，"
        "今年计划引进汽车零部件项目30个以上，力争新能源汽车产业产值突破1500亿元。",
        "安徽省发展和改革委员会、安徽省科学技术厅、安徽省经济和信息化厅日前联合印发"
        "《安徽省未来产业先导区建设实施方案》，提出到2027年，全省建设5个左右未来产业"
        "先导区，每个先导区集聚未来产业企业100家以上。",
    ],
)

J104_A2 = dict(
    head=["两江新区跑出开放“加速度”"],
    by="本报记者 谢雨桐",
    drift=True,
    numspace=True,
    paras=[
        "5月9日，重庆两江新区管理委员会与新加坡丰茂控股集团签署合作协议。根据协议，"
        "丰茂控股将在两路果园港综合保税区投资2亿美元，建设面向东盟市场的跨境分拨"
        "中心。",
        "这是两江新区今年签下的第三个外资分拨类项目。丰茂控股相关负责人表示，公司看中"
        "的是果园港“铁公水”多式联运的条件：货物从东南亚经西部陆海新通道运抵重庆，"
        "最快只需5天。",
        "两江新区相关负责人介绍，今年以来，新区已签约引进项目68个，总投资超过900亿元，"
        "其中外资项目21个。“我们要把服务做在企业开口之前。”这位负责人说。",
        "项目建设同样热火朝天。在两江新区鱼复工业开发区，重庆渝芯微电子有限公司的"
        "12英寸功率半导体晶圆制造项目正在进行洁净室装修。据了解，该项目总投资120亿元，"
        "建成后可月产晶圆3万片。渝芯微电子是重庆本地成长起来的芯片设计企业，这是公司"
        "首次向制造环节延伸。“从设计走向制造，就是要把产业链的关键环节握在自己手里。”"
        "渝芯微电子董事长黄立平说。",
        "数据显示，今年一季度，两江新区规模以上工业产值同比增长9.6%，其中汽车产业增长"
        "12.8%，电子信息产业增长10.4%。",
        "在西部（重庆）科学城，重庆高新技术产业开发区日前获批建设国家知识产权强国建设"
        "示范园区。重庆启衡生物医药有限公司投资6千万元的生物制剂灌装生产线也在重庆"
        "高新区完成验收，该企业年内将新增产值约4亿元。",
        "重庆市经济和信息化委员会、重庆市科学技术局近期联合出台《重庆市智能网联新能源"
        "汽车零部件产业集群提升行动计划》，两江新区、西部科学城被列为重点承载区。",
    ],
)

J104_BRIEF = dict(
    head=["简 讯"],
    by="",
    drift=False,
    numspace=False,
    paras=[
        "■中新苏滁高新技术产业开发区日前与江苏晶岳光能科技有限公司签约，晶岳光能将"
        "投资42亿元，在苏滁高新区建设年产10GW高效电池片项目。",
        "■滁州经济技术开发区被认定为安徽省首批零碳园区试点。由滁州恒创储能科技有限"
        "公司投资1.2亿元实施的园区微电网改造工程已于本月完工。",
        "■定远县人民政府与安徽皖源化工集团签署协议，皖源化工将在定远盐化工业园建设"
        "年产30万吨电子级化学品项目，总投资15亿元。",
        "■西永综合保税区日前入选全国首批保税研发试点。区内渝西智联电子（重庆）有限"
        "公司投资2.6亿元建设的笔记本电脑主板保税研发中心同步启用。",
        "■安徽省经济和信息化厅近日公布2026年度省级智能工厂名单，合肥经济技术开发区内"
        "的安徽科睿达精密制造有限公司等46家企业入选。",
    ],
)

J104 = dict(
    encoding="utf-8",
    seed=10404,
    spaced=[("量子精密测量", "量子精 密测量"), ("120亿元", "120 亿元"),
            ("两路果园港", "两路果园 港")],
    blocks=[
        ("line", "10    经济    2026年5月14日  星期四    人民日报"),
        ("art", J104_A1),
        ("line", "5月9日，重庆两江新区，两路果园港综合保税区的集装箱码头一片繁忙。"
                 "   谢雨桐摄（人民视觉）"),
        ("art", J104_A2),
        ("art", J104_BRIEF),
    ],
)

PAGES = {"j101": J101, "j102": J102, "j103": J103, "j104": J104}

# ---------------------------------------------------------------------------
# Rendering with PDF damage
# ---------------------------------------------------------------------------

def clean(text):
    return text.replace(BREAK, "")


def damage(text, page, art):
    for old, new in page["spaced"]:
        text = text.replace(old, new)
    if art["numspace"]:
        text = dmg.space_digits(text, percent=False)
    return text


def render_para(text, page, art, rng):
    """Lines of 12-22 characters (BREAK forces a cut)."""
    return dmg.wrap_segments(damage(text, page, art), rng, (12, 22), BREAK, no_start="")


def render_head(art):
    return list(art["head"]) + ([art["by"]] if art["by"] else [])


def render_art(art, page, rng):
    body = [art["by"]] if art["by"] else []
    for para in art["paras"]:
        body.extend(render_para(para, page, art, rng))
    return dmg.place_headline(list(art["head"]), body, art["drift"])


def render_mix(art_a, art_b, page, rng):
    """Two articles' paragraphs in turn; the second's headline follows the first paragraph."""
    first = [(art_a, p) for p in art_a["paras"]]
    second = [(art_b, p) for p in art_b["paras"]]
    order = first[:1] + [(art_b, None)] + second[:1] + dmg.interleave(first[1:], second[1:])
    out = render_head(art_a)
    for art, para in order:  # rendered in reading order, as the rng was drawn
        out += render_head(art) if para is None else render_para(para, page, art, rng)
    return out


def render(page):
    rng = random.Random(page["seed"])
    lines = []
    for block in page["blocks"]:
        kind = block[0]
        if kind == "line":
            lines.append(block[1])
        elif kind == "art":
            lines.extend(render_art(block[1], page, rng))
        elif kind == "mix":
            lines.extend(render_mix(block[1], block[2], page, rng))
        else:
            raise ValueError(kind)
    return "\n\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Gold helpers
# ---------------------------------------------------------------------------


def ent(eid, etype, name, aliases=(), opt=False, level=None):
    e = {"id": eid, "type": etype, "name": name, "aliases": list(aliases),
         "optional": opt}
    if level:
        e["level"] = level
    return e


def PL(eid, name, aliases=(), level="city", opt=False):
    return ent(eid, "Place", name, aliases, opt, level)


def PK(eid, name, aliases=(), opt=False):
    return ent(eid, "Park", name, aliases, opt)


def CO(eid, name, aliases=(), opt=False):
    return ent(eid, "Company", name, aliases, opt)


def AG(eid, name, aliases=(), opt=False):
    return ent(eid, "Agency", name, aliases, opt)


def PO(eid, name, aliases=(), opt=False):
    return ent(eid, "Policy", name, aliases, opt)


def PJ(eid, name, aliases=(), opt=False):
    return ent(eid, "Project", name, aliases, opt)


def T(s, p, o, ev, opt=False, amt=None):
    t = {"s": s, "p": p, "o": o}
    if amt is not None:
        t["amount_yuan"] = amt
    t["evidence"] = ev
    t["optional"] = opt
    return t


def D(s, literal, ev, opt=False):
    return {"s": s, "p": "designatedAs", "o_literal": literal,
            "evidence": ev, "optional": opt}


# ---------------------------------------------------------------------------
# Gold: j101 (Hunan: Changsha, Yueyang, Changde, Liuyang)
# ---------------------------------------------------------------------------

G101_E = [
    PL("pl_hunan", "湖南省", ["湖南"], "province"),
    PL("pl_changsha", "长沙市", ["长沙"], "city"),
    PL("pl_changshaxian", "长沙县", [], "county"),
    PL("pl_xingsha", "星沙", [], "town", opt=True),
    PL("pl_yueyang", "岳阳市", ["岳阳"], "city"),
    PL("pl_yunxi", "云溪区", [], "district"),
    PL("pl_changde", "常德市", ["常德"], "city"),
    PL("pl_hengyang", "衡阳市", ["衡阳"], "city"),
    PL("pl_liuyang", "浏阳市", ["浏阳"], "county"),
    PL("pl_beijing", "北京市", ["北京"], "city", opt=True),
    PL("pl_shenzhen", "深圳市", ["深圳"], "city", opt=True),
    PL("pl_chile", "智利", [], "country", opt=True),
    PL("pl_germany", "德国", [], "country", opt=True),
    PL("pl_csj", "长三角", [], "region", opt=True),
    PL("pl_gba", "粤港澳大湾区", [], "region", opt=True),
    PK("pk_cs", "长沙经济技术开发区", ["长沙经开区"]),
    PK("pk_yyhg", "岳阳绿色化工高新技术产业开发区", ["岳阳绿色化工高新区"]),
    PK("pk_cd", "常德经济技术开发区", ["常德经开区"]),
    PK("pk_cll", "岳阳城陵矶综合保税区", []),
    PK("pk_ly", "浏阳经开区", []),
    PK("pk_ly_bio", "浏阳经开区生物医药基地", [], opt=True),
    CO("co_xingchi", "湖南星驰智能装备有限公司", ["星驰智能", "星驰"]),
    CO("co_boruide", "博瑞德"),
    CO("co_zkly", "中科凌云"),
    CO("co_hjdl", "汉江动力"),
    CO("co_kesm", "凯斯曼集团"),
    CO("co_xiangli", "湖南湘力传动股份有限公司", ["湘力传动"]),
    CO("co_kesmxl", "凯斯曼湘力（长沙）传动系统有限公司", ["凯斯曼湘力"]),
    CO("co_dongting", "洞庭新材化工有限公司"),
    CO("co_huateng", "北京华腾电子材料有限公司", ["华腾电子"]),
    CO("co_ruineng", "深圳市锐能动力科技有限公司", ["锐能动力"]),
    CO("co_xjjy", "湘江晶元半导体有限公司"),
    AG("ag_csgwh", "长沙经开区管委会"),
    AG("ag_hndrc", "湖南省发展和改革委员会"),
    AG("ag_hnmiit", "湖南省工业和信息化厅", ["省工业和信息化厅"]),
    AG("ag_hnee", "湖南省生态环境厅", ["省生态环境厅"]),
    AG("ag_yunxi", "岳阳市云溪区人民政府"),
    AG("ag_customs", "海关总署"),
    AG("ag_hncom", "湖南省商务厅"),
    PO("po_hg", "湖南省化工园区提质升级三年行动方案（2026—2028年）",
       ["湖南省化工园区提质升级三年行动方案", "方案"]),
    PJ("pj_ddjx", "电动工程机械产业基地", ["星驰智能电动工程机械产业基地"]),
    PJ("pj_yyjd", "高端液压传动件工厂"),
    PJ("pj_poe", "年产20万吨高端聚烯烃弹性体项目"),
    PJ("pj_h2o2", "年产5万吨电子级双氧水生产线"),
    PJ("pj_bat", "年产6GWh储能电池项目"),
    PJ("pj_chip", "功率芯片封测生产线"),
    PK("pk_cdhz", "常德高新技术产业开发区", []),
    PK("pk_cd_kitchen", "中央厨房产业园", [], opt=True),
    CO("co_yuanli", "湖南沅澧食品集团", ["沅澧食品集团"]),
    PJ("pj_kitchen", "中央厨房产业园项目"),
]

G101_T = [
    T("pl_changshaxian", "partOf", "pl_changsha", "其所在的长沙市长沙县"),
    T("pl_changsha", "partOf", "pl_hunan", "放眼全省，工程机械已成为湖南首个产值过千亿元的产业集群", opt=True),
    T("pl_xingsha", "partOf", "pl_changshaxian", "早春的星沙", opt=True),
    T("pl_yunxi", "partOf", "pl_yueyang", "位于岳阳市云溪区的岳阳绿色化工高新区"),
    T("pl_yueyang", "partOf", "pl_hunan", "支持岳阳绿色化工高新技术产业开发区打造世界级石化产业基地", opt=True),
    T("pl_changde", "partOf", "pl_hunan", "推动常德、衡阳等地化工园区走特色化发展路子", opt=True),
    T("pl_hengyang", "partOf", "pl_hunan", "推动常德、衡阳等地化工园区走特色化发展路子", opt=True),
    T("pl_liuyang", "partOf", "pl_hunan", "湖南省商务厅近日公布第三批省级外贸转型升级基地名单，位于浏阳市的浏阳经开区", opt=True),
    # Changsha ETDZ feature
    T("pk_cs", "locatedIn", "pl_changshaxian", "长沙经开区获评国家级绿色工业园区，其所在的长沙市长沙县"),
    D("pk_cs", "国家级绿色工业园区", "2025年，长沙经开区获评国家级绿色工业园区"),
    T("co_xingchi", "locatedIn", "pk_cs", "这家扎根长沙经济技术开发区十二年的企业"),
    T("co_xingchi", "locatedIn", "pl_xingsha", "早春的星沙，晨雾还没散尽，湖南星驰智能装备有限公司的总装车间里", opt=True),
    T("co_xingchi", "locatedIn", "pl_hunan", "湖南星驰智能装备有限公司", opt=True),
    D("co_xingchi", "链主企业", "在长沙经开区，像星驰智能这样的“链主”企业并非个例", opt=True),
    T("co_xingchi", "investsIn", "pj_ddjx", "今年1月开工的星驰智能电动工程机械产业基地给出了答案。该项目总投资28亿元",
      amt=2800000000),
    T("pj_ddjx", "locatedIn", "pk_cs", "今年1月开工的星驰智能电动工程机械产业基地给出了答案"),
    T("co_boruide", "locatedIn", "pk_cs", "先后引进博瑞德、中科凌云、汉江动力等配套龙头企业"),
    T("co_zkly", "locatedIn", "pk_cs", "先后引进博瑞德、中科凌云、汉江动力等配套龙头企业"),
    T("co_hjdl", "locatedIn", "pk_cs", "先后引进博瑞德、中科凌云、汉江动力等配套龙头企业"),
    T("co_kesm", "locatedIn", "pl_germany", "德国凯斯曼集团是最新加入的一员", opt=True),
    T("co_kesm", "locatedIn", "pk_cs", "德国凯斯曼集团是最新加入的一员", opt=True),
    T("co_xiangli", "locatedIn", "pl_hunan", "湖南湘力传动股份有限公司", opt=True),
    T("co_kesmxl", "locatedIn", "pk_cs", "合资设立的凯斯曼湘力（长沙）传动系统有限公司在园区注册"),
    T("co_kesmxl", "locatedIn", "pl_changsha", "凯斯曼湘力（长沙）传动系统有限公司", opt=True),
    T("co_kesmxl", "investsIn", "pj_yyjd", "这家合资企业总投资1.5亿美元的高端液压传动件工厂已完成主体封顶"),
    T("co_kesm", "investsIn", "pj_yyjd", "凯斯曼集团与湖南湘力传动股份有限公司合资设立的凯斯曼湘力", opt=True),
    T("co_xiangli", "investsIn", "pj_yyjd", "凯斯曼集团与湖南湘力传动股份有限公司合资设立的凯斯曼湘力", opt=True),
    T("pj_yyjd", "locatedIn", "pk_cs", "在园区注册，湘力传动持股40%。目前，这家合资企业总投资1.5亿美元的高端液压传动件工厂"),
    # Hunan chemical parks policy
    T("po_hg", "issuedBy", "ag_hndrc", "湖南省发展和改革委员会、湖南省工业和信息化厅、湖南省生态环境厅近日联合印发"),
    T("po_hg", "issuedBy", "ag_hnmiit", "湖南省工业和信息化厅、湖南省生态环境厅近日联合印发"),
    T("po_hg", "issuedBy", "ag_hnee", "湖南省生态环境厅近日联合印发《湖南省化工园区提质升级三年行动方案（2026—2028年）》"),
    T("pk_yyhg", "locatedIn", "pl_yunxi", "位于岳阳市云溪区的岳阳绿色化工高新区"),
    D("pk_yyhg", "世界级石化产业基地", "支持岳阳绿色化工高新技术产业开发区打造世界级石化产业基地", opt=True),
    T("co_dongting", "locatedIn", "pk_yyhg", "园区内的洞庭新材化工有限公司"),
    T("co_dongting", "investsIn", "pj_poe",
      "洞庭新材化工有限公司今年将开工建设年产20万吨高端聚烯烃弹性体项目。按照计划，该项目总投资46.8亿元",
      amt=4680000000),
    T("pj_poe", "locatedIn", "pk_yyhg", "园区内的洞庭新材化工有限公司今年将开工建设年产20万吨高端聚烯烃弹性体项目"),
    T("ag_yunxi", "signsWith", "co_huateng", "岳阳市云溪区人民政府与北京华腾电子材料有限公司签署投资协议"),
    T("pl_yunxi", "signsWith", "co_huateng", "岳阳市云溪区人民政府与北京华腾电子材料有限公司签署投资协议", opt=True),
    T("co_huateng", "locatedIn", "pl_beijing", "北京华腾电子材料有限公司", opt=True),
    T("co_huateng", "investsIn", "pj_h2o2", "华腾电子将在云溪区投资6.3亿元，建设年产5万吨电子级双氧水生产线",
      amt=630000000),
    T("pj_h2o2", "locatedIn", "pl_yunxi", "华腾电子将在云溪区投资6.3亿元，建设年产5万吨电子级双氧水生产线"),
    T("pj_h2o2", "locatedIn", "pk_yyhg", "华腾电子将在云溪区投资6.3亿元，建设年产5万吨电子级双氧水生产线", opt=True),
    # briefs
    T("pk_cd", "locatedIn", "pl_changde", "常德经开区日前与深圳市锐能动力科技有限公司签约"),
    T("pk_cd", "signsWith", "co_ruineng", "常德经开区日前与深圳市锐能动力科技有限公司签约"),
    T("co_ruineng", "locatedIn", "pl_shenzhen", "深圳市锐能动力科技有限公司", opt=True),
    T("co_ruineng", "locatedIn", "pk_cd", "锐能动力将在常德经济技术开发区建设年产6GWh储能电池项目", opt=True),
    T("co_ruineng", "investsIn", "pj_bat", "锐能动力将在常德经济技术开发区建设年产6GWh储能电池项目，总投资30亿元",
      amt=3000000000),
    T("pj_bat", "locatedIn", "pk_cd", "锐能动力将在常德经济技术开发区建设年产6GWh储能电池项目"),
    T("pk_cll", "locatedIn", "pl_yueyang", "岳阳城陵矶综合保税区在2025年度全国综合保税区发展绩效评估中被评为A类"),
    D("pk_cll", "2025年度全国综合保税区发展绩效评估A类",
      "岳阳城陵矶综合保税区在2025年度全国综合保税区发展绩效评估中被评为A类"),
    T("co_xjjy", "locatedIn", "pk_cll", "区内湘江晶元半导体有限公司投资8000万元建设的功率芯片封测生产线"),
    T("co_xjjy", "investsIn", "pj_chip", "湘江晶元半导体有限公司投资8000万元建设的功率芯片封测生产线",
      amt=80000000),
    T("pj_chip", "locatedIn", "pk_cll", "区内湘江晶元半导体有限公司投资8000万元建设的功率芯片封测生产线"),
    T("pk_ly", "locatedIn", "pl_liuyang", "位于浏阳市的浏阳经开区生物医药基地"),
    T("pk_ly_bio", "locatedIn", "pk_ly", "位于浏阳市的浏阳经开区生物医药基地", opt=True),
    D("pk_ly_bio", "省级外贸转型升级基地", "第三批省级外贸转型升级基地名单，位于浏阳市的浏阳经开区生物医药基地等12家基地入选",
      opt=True),
    D("pk_ly", "省级外贸转型升级基地", "第三批省级外贸转型升级基地名单，位于浏阳市的浏阳经开区生物医药基地等12家基地入选",
      opt=True),
    T("pk_cdhz", "locatedIn", "pl_changde", "常德高新技术产业开发区中央厨房产业园项目开工"),
    T("co_yuanli", "investsIn", "pj_kitchen", "该项目由湖南沅澧食品集团投资5.5亿元建设", amt=550000000),
    T("pj_kitchen", "locatedIn", "pk_cdhz", "常德高新技术产业开发区中央厨房产业园项目开工"),
    T("pk_cd_kitchen", "locatedIn", "pk_cdhz", "常德高新技术产业开发区中央厨房产业园项目开工", opt=True),
    T("pj_kitchen", "locatedIn", "pk_cd_kitchen", "常德高新技术产业开发区中央厨房产业园项目开工", opt=True),
    T("co_yuanli", "locatedIn", "pk_cdhz", "该项目由湖南沅澧食品集团投资5.5亿元建设", opt=True),
    T("co_yuanli", "locatedIn", "pl_hunan", "湖南沅澧食品集团", opt=True),
    D("co_yuanli", "湖南省农业产业化龙头企业", "沅澧食品集团是湖南省农业产业化龙头企业"),
    T("co_boruide", "locatedIn", "pl_xingsha", "马路对面的博瑞德电控车间里", opt=True),
]

# ---------------------------------------------------------------------------
# Gold: j102 (Hebei: Baoding, Langfang; Ningxia: Shizuishan, Yinchuan)
# ---------------------------------------------------------------------------

G102_E = [
    PL("pl_hebei", "河北省", ["河北"], "province"),
    PL("pl_shijiazhuang", "石家庄市", ["石家庄"], "city", opt=True),
    PL("pl_baoding", "保定市", ["保定"], "city"),
    PL("pl_gaobeidian", "高碑店市", [], "county"),
    PL("pl_langfang", "廊坊市", ["廊坊"], "city"),
    PL("pl_jingjin", "京津", [], "region", opt=True),
    PL("pl_ningxia", "宁夏回族自治区", ["宁夏"], "province"),
    PL("pl_szs", "石嘴山市", ["石嘴山"], "city"),
    PL("pl_pingluo", "平罗县", [], "county"),
    PL("pl_yinchuan", "银川市", ["银川"], "city"),
    PL("pl_jiangsu", "江苏省", ["江苏"], "province", opt=True),
    PL("pl_beijing", "北京市", ["北京"], "city", opt=True),
    PL("pl_shanghai", "上海市", ["上海"], "city", opt=True),
    PL("pl_japan", "日本", [], "country", opt=True),
    PK("pk_bdhz", "保定高新技术产业开发区", ["保定高新区"]),
    PK("pk_lf", "廊坊经济技术开发区", ["廊坊经开区"]),
    PK("pk_baigou", "白沟箱包专业镇", []),
    PK("pk_szs", "石嘴山高新技术产业开发区",
       ["宁夏石嘴山高新技术产业开发区", "石嘴山高新区", "高新区"]),
    PK("pk_yc", "银川经济技术开发区", []),
    PK("pk_jxhg", "宁夏精细化工基地", []),
    CO("co_jiguang", "河北冀光新能源科技股份有限公司", ["冀光新能源"]),
    CO("co_hxzl", "华芯智联"),
    CO("co_bclz", "北辰量子"),
    CO("co_tysw", "天佑生物"),
    CO("co_chenguang", "北京辰光医疗器械有限公司"),
    CO("co_miura", "三浦精工株式会社"),
    CO("co_cgsp", "辰光三浦（廊坊）医疗科技有限公司"),
    CO("co_lian", "宁夏锂安新能源材料有限公司", ["锂安新能源"]),
    CO("co_zgjy", "中硅晶源（宁夏）科技有限公司", ["中硅晶源"]),
    CO("co_aiweisi", "上海艾维斯机器人有限公司", ["艾维斯"]),
    CO("co_ruize", "宁夏瑞泽化学有限公司"),
    AG("ag_hbgov", "河北省人民政府办公厅"),
    AG("ag_hbcom", "河北省商务厅"),
    AG("ag_hbnr", "河北省自然资源厅"),
    AG("ag_hbfin", "河北省财政厅"),
    AG("ag_hbmiit", "河北省工业和信息化厅"),
    AG("ag_nxdrc", "宁夏回族自治区发展和改革委员会"),
    AG("ag_nxmiit", "宁夏回族自治区工业和信息化厅"),
    AG("ag_bdgov", "保定市人民政府"),
    PO("po_hb10", "关于推动全省开发区高质量发展的若干措施", ["若干措施"]),
    PO("po_hbbzd", "河北省开发区工业用地“标准地”出让实施细则"),
    PO("po_nxxcl", "宁夏回族自治区新材料产业高质量发展实施方案（2026—2030年）",
       ["宁夏回族自治区新材料产业高质量发展实施方案"]),
    PJ("pj_pv", "年产10GW高效光伏组件项目"),
    PJ("pj_med", "高端医学影像设备生产基地"),
    PJ("pj_li", "年产3万吨电池级碳酸锂工厂", ["锂安新能源年产3万吨电池级碳酸锂工厂"]),
    PJ("pj_li2", "二期项目", [], opt=True),
    PJ("pj_si", "12英寸单晶硅棒扩产项目"),
    PJ("pj_robot", "人形机器人研发中心"),
    PJ("pj_pharma", "年产1.5万吨医药中间体技改项目"),
    AG("ag_bdgwh", "保定高新区管委会"),
    PO("po_bzd3", "标准地+承诺制+代办制改革", ["“标准地+承诺制+代办制”改革"], opt=True),
    AG("ag_szsgwh", "石嘴山高新区管委会"),
    AG("ag_szsdrc", "石嘴山市发展和改革委员会"),
    PJ("pj_wushui", "工业污水集中处理厂", [], opt=True),
    PJ("pj_weifei", "危废处置中心", [], opt=True),
    PJ("pj_ggfw", "新材料产业公共服务中心"),
    CO("co_tianheng", "北京天衡宇航科技集团", ["天衡宇航"]),
    PJ("pj_sat", "卫星载荷研发生产基地"),
]

G102_T = [
    T("pl_gaobeidian", "partOf", "pl_baoding", "在保定市下辖的高碑店市"),
    T("pl_pingluo", "partOf", "pl_szs", "位于石嘴山市平罗县的宁夏精细化工基地"),
    T("pl_baoding", "partOf", "pl_hebei", "河北冀光新能源科技股份有限公司", opt=True),
    T("pl_langfang", "partOf", "pl_hebei", "廊坊经济技术开发区则把目光投向京津的科技成果", opt=True),
    T("pl_szs", "partOf", "pl_ningxia", "宁夏石嘴山高新技术产业开发区"),
    T("pl_yinchuan", "partOf", "pl_ningxia", "中硅晶源（宁夏）科技有限公司在此投资35亿元", opt=True),
    # Hebei policies
    T("po_hb10", "issuedBy", "ag_hbgov", "河北省人民政府办公厅日前印发《关于推动全省开发区高质量发展的若干措施》"),
    T("po_hbbzd", "issuedBy", "ag_hbcom", "河北省商务厅、河北省自然资源厅、河北省财政厅联合出台"),
    T("po_hbbzd", "issuedBy", "ag_hbnr", "河北省商务厅、河北省自然资源厅、河北省财政厅联合出台"),
    T("po_hbbzd", "issuedBy", "ag_hbfin", "河北省财政厅联合出台《河北省开发区工业用地“标准地”出让实施细则》"),
    # Baoding
    T("pk_bdhz", "locatedIn", "pl_baoding", "在保定高新技术产业开发区"),
    T("co_jiguang", "locatedIn", "pk_bdhz", "在保定高新技术产业开发区，河北冀光新能源科技股份有限公司", opt=True),
    T("co_jiguang", "locatedIn", "pl_hebei", "河北冀光新能源科技股份有限公司", opt=True),
    T("co_jiguang", "investsIn", "pj_pv", "河北冀光新能源科技股份有限公司年产10GW高效光伏组件项目", amt=2200000000),
    T("pj_pv", "locatedIn", "pk_bdhz", "在保定高新技术产业开发区，河北冀光新能源科技股份有限公司年产10GW高效光伏组件项目"),
    T("pk_baigou", "locatedIn", "pl_gaobeidian", "在保定市下辖的高碑店市，白沟箱包专业镇"),
    D("pk_baigou", "省级县域特色产业集群示范专业镇",
      "白沟箱包专业镇日前被河北省工业和信息化厅认定为省级县域特色产业集群示范专业镇"),
    T("ag_bdgov", "signsWith", "co_aiweisi", "保定市人民政府与上海艾维斯机器人有限公司签署战略合作协议"),
    T("pl_baoding", "signsWith", "co_aiweisi", "保定市人民政府与上海艾维斯机器人有限公司签署战略合作协议", opt=True),
    T("co_aiweisi", "locatedIn", "pl_shanghai", "上海艾维斯机器人有限公司", opt=True),
    T("co_aiweisi", "investsIn", "pj_robot", "保定高新区共建人形机器人研发中心，艾维斯首期投入5000万元", amt=50000000),
    T("pj_robot", "locatedIn", "pk_bdhz", "双方将在保定高新区共建人形机器人研发中心"),
    # Langfang
    T("pk_lf", "locatedIn", "pl_langfang", "廊坊经济技术开发区则把目光投向京津的科技成果"),
    T("co_hxzl", "locatedIn", "pk_lf", "廊坊经开区新签约项目19个，华芯智联、北辰量子、天佑生物等企业相继落户"),
    T("co_bclz", "locatedIn", "pk_lf", "廊坊经开区新签约项目19个，华芯智联、北辰量子、天佑生物等企业相继落户"),
    T("co_tysw", "locatedIn", "pk_lf", "廊坊经开区新签约项目19个，华芯智联、北辰量子、天佑生物等企业相继落户"),
    T("pk_lf", "signsWith", "co_hxzl", "廊坊经开区新签约项目19个，华芯智联、北辰量子、天佑生物等企业相继落户", opt=True),
    T("pk_lf", "signsWith", "co_bclz", "廊坊经开区新签约项目19个，华芯智联、北辰量子、天佑生物等企业相继落户", opt=True),
    T("pk_lf", "signsWith", "co_tysw", "廊坊经开区新签约项目19个，华芯智联、北辰量子、天佑生物等企业相继落户", opt=True),
    T("co_chenguang", "locatedIn", "pl_beijing", "北京辰光医疗器械有限公司", opt=True),
    T("co_miura", "locatedIn", "pl_japan", "日本三浦精工株式会社", opt=True),
    T("co_cgsp", "locatedIn", "pk_lf", "辰光三浦（廊坊）医疗科技有限公司，正在园区建设高端医学影像设备生产基地"),
    T("co_cgsp", "locatedIn", "pl_langfang", "辰光三浦（廊坊）医疗科技有限公司", opt=True),
    T("co_cgsp", "investsIn", "pj_med", "辰光三浦（廊坊）医疗科技有限公司，正在园区建设高端医学影像设备生产基地，总投资2.8亿元",
      amt=280000000),
    T("co_chenguang", "investsIn", "pj_med", "由北京辰光医疗器械有限公司与日本三浦精工株式会社合资组建的辰光三浦", opt=True),
    T("co_miura", "investsIn", "pj_med", "由北京辰光医疗器械有限公司与日本三浦精工株式会社合资组建的辰光三浦", opt=True),
    T("pj_med", "locatedIn", "pk_lf", "正在园区建设高端医学影像设备生产基地，总投资2.8亿元"),
    # Ningxia
    T("pk_szs", "locatedIn", "pl_szs", "宁夏石嘴山高新技术产业开发区的一处厂区里"),
    T("co_lian", "investsIn", "pj_li", "这座工厂由宁夏锂安新能源材料有限公司投资12亿元建设", amt=1200000000),
    T("pj_li", "locatedIn", "pk_szs", "这些产品出自锂安新能源年产3万吨电池级碳酸锂工厂"),
    T("co_lian", "locatedIn", "pk_szs", "这些产品出自锂安新能源年产3万吨电池级碳酸锂工厂", opt=True),
    T("co_lian", "locatedIn", "pl_ningxia", "宁夏锂安新能源材料有限公司", opt=True),
    T("co_lian", "investsIn", "pj_li2", "公司今年还将启动二期项目，把产能再翻一番", opt=True),
    T("pj_li2", "locatedIn", "pk_szs", "公司今年还将启动二期项目，把产能再翻一番", opt=True),
    T("po_nxxcl", "issuedBy", "ag_nxdrc", "宁夏回族自治区发展和改革委员会、宁夏回族自治区工业和信息化厅近日联合发布"),
    T("po_nxxcl", "issuedBy", "ag_nxmiit", "宁夏回族自治区工业和信息化厅近日联合发布"),
    T("pk_yc", "locatedIn", "pl_yinchuan", "银川方面也在发力。银川经济技术开发区"),
    D("pk_yc", "国家新型工业化产业示范基地（半导体材料）",
      "银川经济技术开发区去年入选国家新型工业化产业示范基地（半导体材料）"),
    T("co_zgjy", "locatedIn", "pk_yc", "中硅晶源（宁夏）科技有限公司在此投资35亿元建设的12英寸单晶硅棒扩产项目"),
    T("co_zgjy", "locatedIn", "pl_yinchuan", "其在银川的两个工厂去年产值超过60亿元", opt=True),
    T("co_zgjy", "locatedIn", "pl_ningxia", "中硅晶源（宁夏）科技有限公司", opt=True),
    T("co_zgjy", "investsIn", "pj_si", "中硅晶源（宁夏）科技有限公司在此投资35亿元建设的12英寸单晶硅棒扩产项目",
      amt=3500000000),
    T("pj_si", "locatedIn", "pk_yc", "中硅晶源（宁夏）科技有限公司在此投资35亿元建设的12英寸单晶硅棒扩产项目"),
    T("pk_jxhg", "locatedIn", "pl_pingluo", "位于石嘴山市平罗县的宁夏精细化工基地"),
    D("pk_jxhg", "自治区级智慧化工园区", "宁夏精细化工基地被认定为自治区级智慧化工园区"),
    T("co_ruize", "locatedIn", "pk_jxhg", "基地内，宁夏瑞泽化学有限公司"),
    T("co_ruize", "investsIn", "pj_pharma", "宁夏瑞泽化学有限公司年产1.5万吨医药中间体技改项目同步投产，项目投资1.9亿元",
      amt=190000000),
    T("pj_pharma", "locatedIn", "pk_jxhg", "基地内，宁夏瑞泽化学有限公司年产1.5万吨医药中间体技改项目"),
    T("po_bzd3", "issuedBy", "ag_bdgwh", "保定高新区管委会有关负责人介绍，园区今年将全面推行“标准地+承诺制+代办制”改革",
      opt=True),
    T("pj_wushui", "locatedIn", "pk_szs", "园区已建成工业污水集中处理厂和危废处置中心", opt=True),
    T("pj_weifei", "locatedIn", "pk_szs", "园区已建成工业污水集中处理厂和危废处置中心", opt=True),
    T("pj_ggfw", "locatedIn", "pk_szs", "今年还将投资3.6亿元建设新材料产业公共服务中心"),
    T("pk_szs", "investsIn", "pj_ggfw", "今年还将投资3.6亿元建设新材料产业公共服务中心", opt=True, amt=360000000),
    T("pk_lf", "signsWith", "co_tianheng", "廊坊经开区与北京天衡宇航科技集团签约"),
    T("co_tianheng", "locatedIn", "pl_beijing", "北京天衡宇航科技集团", opt=True),
    T("co_tianheng", "locatedIn", "pk_lf", "天衡宇航将投资3.5亿元，在廊坊经开区建设卫星载荷研发生产基地", opt=True),
    T("co_tianheng", "investsIn", "pj_sat", "天衡宇航将投资3.5亿元，在廊坊经开区建设卫星载荷研发生产基地",
      amt=350000000),
    T("pj_sat", "locatedIn", "pk_lf", "在廊坊经开区建设卫星载荷研发生产基地"),
]

# ---------------------------------------------------------------------------
# Gold: j103 (Liaoning: Shenyang, Yingkou, Dashiqiao) - GB18030 page
# ---------------------------------------------------------------------------

G103_E = [
    PL("pl_liaoning", "辽宁省", ["辽宁"], "province"),
    PL("pl_shenyang", "沈阳市", ["沈阳"], "city"),
    PL("pl_dalian", "大连市", ["大连"], "city"),
    PL("pl_yingkou", "营口市", ["营口"], "city"),
    PL("pl_dsq", "大石桥市", [], "county"),
    PL("pl_beijing", "北京市", ["北京"], "city", opt=True),
    PL("pl_japan", "日本", [], "country", opt=True),
    PK("pk_sy", "沈阳经济技术开发区", ["沈阳经开区"]),
    PK("pk_yk", "营口经济技术开发区", ["营口经开区"]),
    PK("pk_zdy", "中德（沈阳）高端装备制造产业园", ["中德园"]),
    PK("pk_dsqmg", "大石桥镁质材料产业园", []),
    PK("pk_syhz", "沈阳高新技术产业开发区", ["沈阳高新区"]),
    PK("pk_hunnan", "浑南科技城", [], opt=True),
    PK("pk_shenfu", "沈抚改革创新示范区", []),
    PK("pk_ykzb", "营口综合保税区", []),
    CO("co_blide", "宝励德汽车部件（沈阳）有限公司"),
    CO("co_valante", "瓦朗特", [], opt=True),
    CO("co_meisheng", "辽宁镁晟集团", ["镁晟集团"]),
    CO("co_neu", "东北大学", [], opt=True),
    CO("co_toyo", "东洋耐火株式会社", ["东洋耐火"]),
    CO("co_toyoyk", "东洋耐火（营口）有限公司"),
    CO("co_zkwg", "中科微光（北京）科技有限公司", ["中科微光"]),
    CO("co_yunpai", "辽宁云湃数据科技有限公司"),
    CO("co_hairuida", "海瑞达船舶配件（营口）有限公司"),
    AG("ag_lncom", "辽宁省商务厅", ["省商务厅"]),
    AG("ag_lndrc", "辽宁省发展和改革委员会"),
    AG("ag_mofcom", "商务部"),
    AG("ag_ykgwh", "营口经济技术开发区管委会"),
    AG("ag_miit", "工业和信息化部"),
    PO("po_lnzh", "辽宁省开发区整合优化提升工作方案"),
    PO("po_mujun", "亩均论英雄综合评价机制", ["亩均论英雄"], opt=True),
    PJ("pj_qudong", "新能源电驱壳体工厂"),
    PJ("pj_zuocang", "智能座舱系统项目", ["瓦朗特智能座舱系统项目"]),
    PJ("pj_mgo", "年产20万吨高纯电熔镁砂项目"),
    PJ("pj_pilot", "镁质新材料中试基地"),
    PJ("pj_refr", "高端耐火材料生产线"),
    PJ("pj_semi", "第三代半导体封装测试基地项目"),
    PJ("pj_ai", "智算中心一期工程"),
    PL("pl_germany", "德国", [], "country", opt=True),
    PO("po_ykmg", "营口市镁产业高质量发展若干政策"),
    AG("ag_dsqmiit", "大石桥市工业和信息化局"),
    AG("ag_sygwh", "沈阳经济技术开发区管委会"),
    CO("co_heideman", "海德曼机械集团", ["海德曼机械"]),
    PJ("pj_5axis", "年产500台五轴加工中心生产线"),
    PJ("pj_hq", "北方区域总部", [], opt=True),
    CO("co_hongda", "宏达耐材"),
    CO("co_qingshi", "青石科技"),
]

G103_T = [
    T("pl_dsq", "partOf", "pl_yingkou", "走进营口市大石桥市的辽宁镁晟集团高纯材料车间"),
    T("pl_shenyang", "partOf", "pl_liaoning", "分区域看，沈阳、大连两市开发区贡献了全省开发区工业增加值的近六成", opt=True),
    T("pl_dalian", "partOf", "pl_liaoning", "分区域看，沈阳、大连两市开发区贡献了全省开发区工业增加值的近六成", opt=True),
    T("pl_yingkou", "partOf", "pl_liaoning", "营口经济技术开发区增长11.3%，增速居全省国家级经开区首位", opt=True),
    # data report
    T("pk_sy", "locatedIn", "pl_shenyang", "沈阳经济技术开发区规模以上工业总产值达到2860亿元"),
    T("pk_yk", "locatedIn", "pl_yingkou", "营口经济技术开发区增长11.3%"),
    D("pk_sy", "国家级经开区综合发展水平考核评价第17位",
      "在商务部2025年国家级经开区综合发展水平考核评价中，沈阳经开区位列第17位", opt=True),
    T("pk_zdy", "locatedIn", "pl_shenyang", "中德（沈阳）高端装备制造产业园（以下简称中德园）"),
    T("co_blide", "locatedIn", "pk_zdy", "（以下简称中德园）全年实际使用外资3.6亿美元，宝励德汽车部件（沈阳）有限公司新能源电驱壳体工厂", opt=True),
    T("co_blide", "locatedIn", "pl_shenyang", "宝励德汽车部件（沈阳）有限公司", opt=True),
    T("co_blide", "investsIn", "pj_qudong", "宝励德汽车部件（沈阳）有限公司新能源电驱壳体工厂"),
    T("pj_qudong", "locatedIn", "pk_zdy", "（以下简称中德园）全年实际使用外资3.6亿美元，宝励德汽车部件（沈阳）有限公司新能源电驱壳体工厂"),
    T("co_valante", "investsIn", "pj_zuocang", "瓦朗特智能座舱系统项目", opt=True),
    T("co_valante", "locatedIn", "pk_zdy", "瓦朗特智能座舱系统项目等一批外资项目相继投产", opt=True),
    T("pj_zuocang", "locatedIn", "pk_zdy", "（以下简称中德园）全年实际使用外资3.6亿美元，宝励德汽车部件（沈阳）有限公司新能源电驱壳体工厂、瓦朗特智能座舱系统项目"),
    T("po_lnzh", "issuedBy", "ag_lncom", "辽宁省商务厅、辽宁省发展和改革委员会近日联合印发《辽宁省开发区整合优化提升工作方案》"),
    T("po_lnzh", "issuedBy", "ag_lndrc", "辽宁省发展和改革委员会近日联合印发《辽宁省开发区整合优化提升工作方案》"),
    T("po_mujun", "issuedBy", "ag_lncom", "并建立“亩均论英雄”综合评价机制", opt=True),
    T("po_mujun", "issuedBy", "ag_lndrc", "并建立“亩均论英雄”综合评价机制", opt=True),
    # Yingkou feature
    T("co_meisheng", "locatedIn", "pl_dsq", "走进营口市大石桥市的辽宁镁晟集团高纯材料车间"),
    T("co_meisheng", "locatedIn", "pk_dsqmg", "在大石桥镁质材料产业园，镁晟集团总投资18.5亿元", opt=True),
    T("pk_dsqmg", "locatedIn", "pl_dsq", "在大石桥镁质材料产业园"),
    T("co_meisheng", "investsIn", "pj_mgo", "镁晟集团总投资18.5亿元的年产20万吨高纯电熔镁砂项目", amt=1850000000),
    T("pj_mgo", "locatedIn", "pk_dsqmg", "在大石桥镁质材料产业园，镁晟集团总投资18.5亿元的年产20万吨高纯电熔镁砂项目"),
    T("co_meisheng", "investsIn", "pj_pilot", "该企业还与东北大学共建了镁质新材料中试基地"),
    T("co_neu", "investsIn", "pj_pilot", "该企业还与东北大学共建了镁质新材料中试基地", opt=True),
    T("pj_pilot", "locatedIn", "pk_dsqmg", "该企业还与东北大学共建了镁质新材料中试基地", opt=True),
    T("pj_pilot", "locatedIn", "pl_dsq", "该企业还与东北大学共建了镁质新材料中试基地", opt=True),
    D("pk_dsqmg", "国家新型工业化产业示范基地", "大石桥镁质材料产业园已被工业和信息化部认定为国家新型工业化产业示范基地"),
    T("ag_ykgwh", "signsWith", "co_toyo", "营口经济技术开发区管委会与日本东洋耐火株式会社签署合作协议"),
    T("pk_yk", "signsWith", "co_toyo", "营口经济技术开发区管委会与日本东洋耐火株式会社签署合作协议", opt=True),
    T("co_toyo", "locatedIn", "pl_japan", "日本东洋耐火株式会社", opt=True),
    T("co_toyo", "investsIn", "pj_refr", "由东洋耐火投资5000万美元的高端耐火材料生产线落户营口经开区"),
    T("co_toyoyk", "investsIn", "pj_refr", "由东洋耐火投资5000万美元的高端耐火材料生产线落户营口经开区", opt=True),
    T("co_toyoyk", "locatedIn", "pk_yk", "落户营口经开区，目前厂房主体已完工", opt=True),
    T("co_toyoyk", "locatedIn", "pl_yingkou", "东洋耐火（营口）有限公司总经理山田浩二说", opt=True),
    T("pj_refr", "locatedIn", "pk_yk", "由东洋耐火投资5000万美元的高端耐火材料生产线落户营口经开区"),
    # briefs
    T("pk_syhz", "locatedIn", "pl_shenyang", "沈阳高新技术产业开发区日前与中科微光（北京）科技有限公司签约"),
    T("pk_syhz", "signsWith", "co_zkwg", "沈阳高新技术产业开发区日前与中科微光（北京）科技有限公司签约"),
    T("co_zkwg", "locatedIn", "pl_beijing", "中科微光（北京）科技有限公司", opt=True),
    T("co_zkwg", "investsIn", "pj_semi", "中科微光将投资20亿元，在沈阳高新区浑南科技城建设第三代半导体封装测试基地项目",
      amt=2000000000),
    T("pj_semi", "locatedIn", "pk_syhz", "在沈阳高新区浑南科技城建设第三代半导体封装测试基地项目"),
    T("pj_semi", "locatedIn", "pk_hunnan", "在沈阳高新区浑南科技城建设第三代半导体封装测试基地项目", opt=True),
    T("pk_hunnan", "locatedIn", "pk_syhz", "在沈阳高新区浑南科技城", opt=True),
    D("pk_shenfu", "辽宁省首批数字化转型促进中心建设试点",
      "沈抚改革创新示范区日前入选辽宁省首批数字化转型促进中心建设试点"),
    T("pk_shenfu", "locatedIn", "pl_liaoning", "沈抚改革创新示范区日前入选辽宁省首批数字化转型促进中心建设试点", opt=True),
    T("co_yunpai", "locatedIn", "pk_shenfu", "示范区内的辽宁云湃数据科技有限公司"),
    T("co_yunpai", "investsIn", "pj_ai", "辽宁云湃数据科技有限公司智算中心一期工程已投入运营，该工程投资3.2亿元",
      amt=320000000),
    T("pj_ai", "locatedIn", "pk_shenfu", "示范区内的辽宁云湃数据科技有限公司智算中心一期工程"),
    T("pk_ykzb", "locatedIn", "pl_yingkou", "营口综合保税区2025年实现进出口总额186亿元"),
    T("co_hairuida", "locatedIn", "pk_ykzb", "海瑞达船舶配件（营口）有限公司等区内企业"),
    T("co_hairuida", "locatedIn", "pl_yingkou", "海瑞达船舶配件（营口）有限公司", opt=True),
    T("po_ykmg", "issuedBy", "pl_yingkou", "营口市去年出台《营口市镁产业高质量发展若干政策》"),
    T("ag_sygwh", "signsWith", "co_heideman", "沈阳经济技术开发区管委会日前与德国海德曼机械集团签署合作协议"),
    T("pk_sy", "signsWith", "co_heideman", "沈阳经济技术开发区管委会日前与德国海德曼机械集团签署合作协议", opt=True),
    T("co_heideman", "locatedIn", "pl_germany", "德国海德曼机械集团", opt=True),
    T("co_heideman", "locatedIn", "pk_sy", "海德曼机械将在沈阳经开区设立北方区域总部"),
    T("co_heideman", "investsIn", "pj_5axis", "海德曼机械将在沈阳经开区设立北方区域总部，并投资2.4亿元新建年产500台五轴加工中心生产线",
      amt=240000000),
    T("pj_5axis", "locatedIn", "pk_sy", "在沈阳经开区设立北方区域总部，并投资2.4亿元新建年产500台五轴加工中心生产线"),
    T("co_heideman", "investsIn", "pj_hq", "海德曼机械将在沈阳经开区设立北方区域总部", opt=True),
    T("pj_hq", "locatedIn", "pk_sy", "海德曼机械将在沈阳经开区设立北方区域总部", opt=True),
    T("co_hongda", "locatedIn", "pk_yk", "东洋耐火的到来，带动了一批配套企业跟进，宏达耐材、青石科技等本地企业", opt=True),
    T("co_qingshi", "locatedIn", "pk_yk", "东洋耐火的到来，带动了一批配套企业跟进，宏达耐材、青石科技等本地企业", opt=True),
    T("co_hongda", "locatedIn", "pl_yingkou", "宏达耐材、青石科技等本地企业已与其签订长期供货合同"),
    T("co_qingshi", "locatedIn", "pl_yingkou", "宏达耐材、青石科技等本地企业已与其签订长期供货合同"),
]

# ---------------------------------------------------------------------------
# Gold: j104 (Anhui: Hefei, Chuzhou, Dingyuan; Chongqing: Liangjiang, science city)
# ---------------------------------------------------------------------------

G104_E = [
    PL("pl_anhui", "安徽省", ["安徽"], "province"),
    PL("pl_hefei", "合肥市", ["合肥"], "city"),
    PL("pl_chuzhou", "滁州市", ["滁州"], "city"),
    PL("pl_dingyuan", "定远县", ["定远"], "county"),
    PL("pl_chongqing", "重庆市", ["重庆"], "province"),
    PL("pl_jiangsu", "江苏省", ["江苏"], "province", opt=True),
    PL("pl_germany", "德国", [], "country", opt=True),
    PL("pl_singapore", "新加坡", [], "country", opt=True),
    PK("pk_hfetdz", "合肥经济技术开发区", ["合肥经开区"]),
    PK("pk_hfhz", "合肥高新技术产业开发区", ["合肥高新区"]),
    PK("pk_lj", "重庆两江新区", ["两江新区"]),
    PK("pk_lgzb", "两路果园港综合保税区", []),
    PK("pk_yufu", "鱼复工业开发区", []),
    PK("pk_kxc", "西部（重庆）科学城", ["西部科学城"]),
    PK("pk_cqhz", "重庆高新技术产业开发区", ["重庆高新区"]),
    PK("pk_suchu", "中新苏滁高新技术产业开发区", ["苏滁高新区"]),
    PK("pk_czetdz", "滁州经济技术开发区", []),
    PK("pk_dyyh", "定远盐化工业园", []),
    CO("co_zhixun", "安徽智巡汽车科技有限公司", ["智巡汽车", "智巡"]),
    CO("co_fortan", "福尔坦集团"),
    CO("co_fortanhf", "福尔坦汽车电子（合肥）有限公司"),
    CO("co_liangheng", "合肥量衡科技股份有限公司", ["量衡科技", "量衡"]),
    CO("co_xuanguang", "玄光量子"),
    CO("co_jiuzhang", "九章云测"),
    CO("co_fengmao", "丰茂控股集团", ["丰茂控股"]),
    CO("co_yuxin", "重庆渝芯微电子有限公司", ["渝芯微电子"]),
    CO("co_qiheng", "重庆启衡生物医药有限公司"),
    CO("co_jingyue", "江苏晶岳光能科技有限公司", ["晶岳光能"]),
    CO("co_hengchuang", "滁州恒创储能科技有限公司"),
    CO("co_wanyuan", "安徽皖源化工集团", ["皖源化工"]),
    AG("ag_ahdrc", "安徽省发展和改革委员会"),
    AG("ag_ahst", "安徽省科学技术厅"),
    AG("ag_ahei", "安徽省经济和信息化厅"),
    AG("ag_ljgwh", "重庆两江新区管理委员会"),
    AG("ag_cqei", "重庆市经济和信息化委员会"),
    AG("ag_cqst", "重庆市科学技术局"),
    AG("ag_dygov", "定远县人民政府"),
    PO("po_ahwl", "安徽省未来产业先导区建设实施方案"),
    PO("po_cqqc", "重庆市智能网联新能源汽车零部件产业集群提升行动计划"),
    PJ("pj_superfab", "合肥超级工厂", ["智巡汽车合肥超级工厂"]),
    PJ("pj_quantum", "量子精密测量仪器产业化基地"),
    PJ("pj_hub", "跨境分拨中心"),
    PJ("pj_wafer", "12英寸功率半导体晶圆制造项目"),
    PJ("pj_bio", "生物制剂灌装生产线"),
    PJ("pj_cell", "年产10GW高效电池片项目"),
    PJ("pj_grid", "微电网改造工程", ["园区微电网改造工程"]),
    PJ("pj_chem", "年产30万吨电子级化学品项目"),
    AG("ag_hfgwh", "合肥经开区管委会"),
    PK("pk_xiyong", "西永综合保税区", []),
    CO("co_yuxi", "渝西智联电子（重庆）有限公司"),
    PJ("pj_nbrd", "笔记本电脑主板保税研发中心"),
    CO("co_keruida", "安徽科睿达精密制造有限公司"),
]

G104_T = [
    T("pl_hefei", "partOf", "pl_anhui", "合肥：“芯屏汽合”再添新动能", opt=True),
    T("pl_chuzhou", "partOf", "pl_anhui", "滁州经济技术开发区被认定为安徽省首批零碳园区试点", opt=True),
    T("pl_dingyuan", "partOf", "pl_chuzhou", "定远县人民政府与安徽皖源化工集团签署协议", opt=True),
    T("pl_dingyuan", "partOf", "pl_anhui", "定远县人民政府与安徽皖源化工集团签署协议", opt=True),
    # Hefei
    T("pk_hfetdz", "locatedIn", "pl_hefei", "五月的合肥经济技术开发区"),
    T("pj_superfab", "locatedIn", "pk_hfetdz", "五月的合肥经济技术开发区，智巡汽车合肥超级工厂的焊装车间里"),
    T("co_zhixun", "investsIn", "pj_superfab", "这座工厂由安徽智巡汽车科技有限公司投资65亿元建设", amt=6500000000),
    T("co_zhixun", "locatedIn", "pk_hfetdz", "五月的合肥经济技术开发区，智巡汽车合肥超级工厂", opt=True),
    T("co_zhixun", "locatedIn", "pl_anhui", "安徽智巡汽车科技有限公司", opt=True),
    T("co_fortan", "locatedIn", "pl_germany", "德国福尔坦集团在华设立的福尔坦汽车电子（合肥）有限公司", opt=True),
    T("co_fortanhf", "locatedIn", "pl_hefei", "福尔坦汽车电子（合肥）有限公司"),
    T("co_fortanhf", "locatedIn", "pk_hfetdz", "已有43家零部件企业在周边落户，其中包括德国福尔坦集团在华设立的福尔坦汽车电子（合肥）有限公司",
      opt=True),
    T("pk_hfhz", "locatedIn", "pl_hefei", "二十公里外的合肥高新技术产业开发区"),
    T("co_liangheng", "locatedIn", "pk_hfhz", "合肥高新区已集聚量衡、玄光量子、九章云测等量子企业70余家"),
    T("co_xuanguang", "locatedIn", "pk_hfhz", "合肥高新区已集聚量衡、玄光量子、九章云测等量子企业70余家"),
    T("co_jiuzhang", "locatedIn", "pk_hfhz", "合肥高新区已集聚量衡、玄光量子、九章云测等量子企业70余家"),
    T("co_liangheng", "investsIn", "pj_quantum", "合肥量衡科技股份有限公司总投资8.5亿元的量子精密测量仪器产业化基地日前开工",
      amt=850000000),
    T("pj_quantum", "locatedIn", "pk_hfhz", "合肥高新技术产业开发区，量子科技产业正加速集聚。合肥量衡科技股份有限公司总投资8.5亿元的量子精密测量仪器产业化基地"),
    D("pk_hfhz", "首批国家未来产业先导区", "今年初入选首批国家未来产业先导区"),
    T("po_ahwl", "issuedBy", "ag_ahdrc", "安徽省发展和改革委员会、安徽省科学技术厅、安徽省经济和信息化厅日前联合印发"),
    T("po_ahwl", "issuedBy", "ag_ahst", "安徽省科学技术厅、安徽省经济和信息化厅日前联合印发"),
    T("po_ahwl", "issuedBy", "ag_ahei", "安徽省经济和信息化厅日前联合印发《安徽省未来产业先导区建设实施方案》"),
    # Chongqing
    T("pk_lj", "locatedIn", "pl_chongqing", "重庆两江新区管理委员会与新加坡丰茂控股集团签署合作协议"),
    T("ag_ljgwh", "signsWith", "co_fengmao", "重庆两江新区管理委员会与新加坡丰茂控股集团签署合作协议"),
    T("pk_lj", "signsWith", "co_fengmao", "重庆两江新区管理委员会与新加坡丰茂控股集团签署合作协议", opt=True),
    T("co_fengmao", "locatedIn", "pl_singapore", "新加坡丰茂控股集团", opt=True),
    T("co_fengmao", "investsIn", "pj_hub", "丰茂控股将在两路果园港综合保税区投资2亿美元，建设面向东盟市场的跨境分拨中心"),
    T("pj_hub", "locatedIn", "pk_lgzb", "丰茂控股将在两路果园港综合保税区投资2亿美元，建设面向东盟市场的跨境分拨中心"),
    T("pk_lgzb", "locatedIn", "pk_lj", "重庆两江新区，两路果园港综合保税区的集装箱码头一片繁忙"),
    T("pk_yufu", "locatedIn", "pk_lj", "在两江新区鱼复工业开发区"),
    T("co_yuxin", "locatedIn", "pk_yufu", "在两江新区鱼复工业开发区，重庆渝芯微电子有限公司的12英寸功率半导体晶圆制造项目", opt=True),
    T("co_yuxin", "locatedIn", "pl_chongqing", "渝芯微电子是重庆本地成长起来的芯片设计企业", opt=True),
    T("co_yuxin", "investsIn", "pj_wafer", "重庆渝芯微电子有限公司的12英寸功率半导体晶圆制造项目正在进行洁净室装修。据了解，该项目总投资120亿元",
      amt=12000000000),
    T("pj_wafer", "locatedIn", "pk_yufu", "在两江新区鱼复工业开发区，重庆渝芯微电子有限公司的12英寸功率半导体晶圆制造项目"),
    T("pk_kxc", "locatedIn", "pl_chongqing", "在西部（重庆）科学城"),
    T("pk_cqhz", "locatedIn", "pk_kxc", "在西部（重庆）科学城，重庆高新技术产业开发区日前获批"),
    T("pk_cqhz", "locatedIn", "pl_chongqing", "重庆高新技术产业开发区日前获批", opt=True),
    D("pk_cqhz", "国家知识产权强国建设示范园区", "重庆高新技术产业开发区日前获批建设国家知识产权强国建设示范园区"),
    T("co_qiheng", "investsIn", "pj_bio", "重庆启衡生物医药有限公司投资6千万元的生物制剂灌装生产线", amt=60000000),
    T("pj_bio", "locatedIn", "pk_cqhz", "生物制剂灌装生产线也在重庆高新区完成验收"),
    T("co_qiheng", "locatedIn", "pk_cqhz", "生物制剂灌装生产线也在重庆高新区完成验收", opt=True),
    T("co_qiheng", "locatedIn", "pl_chongqing", "重庆启衡生物医药有限公司", opt=True),
    T("po_cqqc", "issuedBy", "ag_cqei", "重庆市经济和信息化委员会、重庆市科学技术局近期联合出台"),
    D("pk_lj", "重点承载区", "两江新区、西部科学城被列为重点承载区", opt=True),
    D("pk_kxc", "重点承载区", "两江新区、西部科学城被列为重点承载区", opt=True),
    T("po_cqqc", "issuedBy", "ag_cqst", "重庆市科学技术局近期联合出台《重庆市智能网联新能源汽车零部件产业集群提升行动计划》"),
    # Chuzhou briefs
    T("pk_suchu", "signsWith", "co_jingyue", "中新苏滁高新技术产业开发区日前与江苏晶岳光能科技有限公司签约"),
    T("pk_suchu", "locatedIn", "pl_chuzhou", "中新苏滁高新技术产业开发区", opt=True),
    T("co_jingyue", "locatedIn", "pl_jiangsu", "江苏晶岳光能科技有限公司", opt=True),
    T("co_jingyue", "locatedIn", "pk_suchu", "晶岳光能将投资42亿元，在苏滁高新区建设年产10GW高效电池片项目", opt=True),
    T("co_jingyue", "investsIn", "pj_cell", "晶岳光能将投资42亿元，在苏滁高新区建设年产10GW高效电池片项目", amt=4200000000),
    T("pj_cell", "locatedIn", "pk_suchu", "在苏滁高新区建设年产10GW高效电池片项目"),
    T("pk_czetdz", "locatedIn", "pl_chuzhou", "滁州经济技术开发区被认定为安徽省首批零碳园区试点"),
    D("pk_czetdz", "安徽省首批零碳园区试点", "滁州经济技术开发区被认定为安徽省首批零碳园区试点"),
    T("co_hengchuang", "investsIn", "pj_grid", "由滁州恒创储能科技有限公司投资1.2亿元实施的园区微电网改造工程", amt=120000000),
    T("co_hengchuang", "locatedIn", "pk_czetdz", "由滁州恒创储能科技有限公司投资1.2亿元实施的园区微电网改造工程", opt=True),
    T("co_hengchuang", "locatedIn", "pl_chuzhou", "滁州恒创储能科技有限公司", opt=True),
    T("pj_grid", "locatedIn", "pk_czetdz", "滁州经济技术开发区被认定为安徽省首批零碳园区试点。由滁州恒创储能科技有限公司投资1.2亿元实施的园区微电网改造工程"),
    T("ag_dygov", "signsWith", "co_wanyuan", "定远县人民政府与安徽皖源化工集团签署协议"),
    T("pl_dingyuan", "signsWith", "co_wanyuan", "定远县人民政府与安徽皖源化工集团签署协议", opt=True),
    T("co_wanyuan", "locatedIn", "pl_anhui", "安徽皖源化工集团", opt=True),
    T("co_wanyuan", "investsIn", "pj_chem", "皖源化工将在定远盐化工业园建设年产30万吨电子级化学品项目，总投资15亿元",
      amt=1500000000),
    T("pj_chem", "locatedIn", "pk_dyyh", "皖源化工将在定远盐化工业园建设年产30万吨电子级化学品项目"),
    T("pk_dyyh", "locatedIn", "pl_dingyuan", "皖源化工将在定远盐化工业园"),
    D("pk_xiyong", "全国首批保税研发试点", "西永综合保税区日前入选全国首批保税研发试点"),
    T("pk_xiyong", "locatedIn", "pl_chongqing", "西永综合保税区日前入选全国首批保税研发试点", opt=True),
    T("co_yuxi", "locatedIn", "pk_xiyong", "区内渝西智联电子（重庆）有限公司"),
    T("co_yuxi", "locatedIn", "pl_chongqing", "渝西智联电子（重庆）有限公司", opt=True),
    T("co_yuxi", "investsIn", "pj_nbrd", "渝西智联电子（重庆）有限公司投资2.6亿元建设的笔记本电脑主板保税研发中心",
      amt=260000000),
    T("pj_nbrd", "locatedIn", "pk_xiyong", "区内渝西智联电子（重庆）有限公司投资2.6亿元建设的笔记本电脑主板保税研发中心"),
    T("co_keruida", "locatedIn", "pk_hfetdz", "合肥经济技术开发区内的安徽科睿达精密制造有限公司"),
    T("co_keruida", "locatedIn", "pl_anhui", "安徽科睿达精密制造有限公司", opt=True),
    D("co_keruida", "2026年度省级智能工厂", "公布2026年度省级智能工厂名单，合肥经济技术开发区内的安徽科睿达精密制造有限公司等46家企业入选"),
]

GOLD = {"j101": (G101_E, G101_T), "j102": (G102_E, G102_T),
        "j103": (G103_E, G103_T), "j104": (G104_E, G104_T)}

# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

# the gold README's table; in this set a Park may invest in a project too
RELATION_TYPES = {**chk.RELATION_TYPES, "investsIn": ({"Company", "Park"}, {"Project"})}


def check(pid, text, entities, triples):
    errors = []
    flat = chk.bare(text)
    if not 1800 <= len(text) <= 4000:
        errors.append(f"{pid}: page length {len(text)} outside 1800-4000")
    types = {}
    for e in entities:
        if e["id"] in types:
            errors.append(f"{pid}: duplicate id {e['id']}")
        types[e["id"]] = e["type"]
        absent, name_missing = chk.missing_forms(e, flat, chk.bare)  # a Place/Park may be named by its short form
        errors += [f"{pid}: alias {a} of {e['id']} not in page" for a in absent]
        if name_missing:
            errors.append(f"{pid}: name {e['name']} of {e['id']} not in page")
    seen = set()
    for t in triples:
        key = (t["s"], t["p"], t.get("o", t.get("o_literal")))
        if key in seen:
            errors.append(f"{pid}: duplicate triple {key}")
        seen.add(key)
        if chk.bare(t["evidence"]) not in flat:
            errors.append(f"{pid}: evidence not in page: {t['evidence']}")
        subj_types, obj_types = RELATION_TYPES[t["p"]]
        if types.get(t["s"]) not in subj_types:
            errors.append(f"{pid}: bad subject {t['s']} for {t['p']}")
        if t["p"] == "designatedAs":
            if "o" in t or not t.get("o_literal"):
                errors.append(f"{pid}: designatedAs needs o_literal only: {t}")
        elif types.get(t["o"]) not in obj_types:
            errors.append(f"{pid}: bad object {t['o']} for {t['p']}")
        if "amount_yuan" in t and not isinstance(t["amount_yuan"], int):
            errors.append(f"{pid}: amount not int: {t}")
    return errors


def main():
    pages_dir = HERE / "pages"
    gold_dir = HERE / "gold"
    pages_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    errors = []
    outputs = []
    for pid, page in PAGES.items():
        text = render(page)
        entities, triples = GOLD[pid]
        errors.extend(check(pid, text, entities, triples))
        gold = {"doc": f"{pid}.txt", "entities": entities, "triples": triples}
        outputs.append((pid, page["encoding"], text, gold))
    if errors:
        for err in errors:
            print(err, file=sys.stderr)
        sys.exit(1)
    for pid, encoding, text, gold in outputs:
        (pages_dir / f"{pid}.txt").write_bytes(text.encode(encoding))
        (gold_dir / f"{pid}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n_opt_e = sum(e["optional"] for e in gold["entities"])
        n_opt_t = sum(t["optional"] for t in gold["triples"])
        print(f"{pid}: {len(text)} chars ({encoding}), "
              f"{len(gold['entities'])} entities ({n_opt_e} optional), "
              f"{len(gold['triples'])} triples ({n_opt_t} optional)")


if __name__ == "__main__":
    main()
