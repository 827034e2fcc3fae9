"""The articles of held-out set B and their gold, written by hand.

All companies, projects and policies are invented; parks, places and
ministries are real names.  Read with make_heldout_b.py, which renders the
damaged pages and checks the gold against them.
"""

from __future__ import annotations

from make_heldout_b import Article, E, Page, T

# ==========================================================================
# b01 — 福建: 厦门火炬高新区 + 福清融侨经开区 (UTF-8)

b01 = Page(
    doc="b01_fujian.txt",
    encoding="utf-8",
    header=["开发区周刊 B3 ■ 2025年 11月 14日 星期五", "■责编：王立群", "■投稿：kfqzk@126.com"],
    articles=[
        Article(
            headline="厦门火炬高新区：储能“链”上再添新动能",
            byline="本报记者 林晓鸥 通讯员 陈志航",
            caption="图为鹭岛储能科技有限公司二期项目封顶现场。 ■ 郑海峰摄",
            paragraphs=[
                "初冬时节，厦门火炬高新区内塔吊林立。11月6日，鹭岛储能科技有限公司投资12.8亿元的"
                "年产8GWh储能电芯二期项目主体厂房顺利封顶，预计明年6月投产，达产后年产值可超40亿元。",
                "“从拿地到封顶只用了七个月。”鹭岛储能总经理告诉记者，项目建设期间，高新区管委会派出专员"
                "全程代办，20余项审批事项实现“拿地即开工”。据了解，鹭岛储能2021年落户园区，今年已获评"
                "国家级专精特新“小巨人”企业。",
                "储能产业是厦门重点培育的新兴产业。今年3月，厦门市工业和信息化局、厦门市发展和改革委员会"
                "联合印发《厦门市加快新型储能产业高质量发展若干措施》，从项目落地、应用场景、人才引进等"
                "方面提出18条支持举措，对新引进的储能电池制造项目按设备投资额给予最高10%的补助。",
                "在厦门火炬高新区创新创业园，一批储能初创企业也在加速成长。厦门储芯科技有限公司今年完成B轮"
                "融资，并与园区共建储能安全检测实验室。“实验室投用后，企业送检周期可以从一个月缩短到"
                "一周。”公司创始人说。",
                "资金支持同样关键。今年以来，国家开发银行厦门市分行向园区储能企业发放中长期贷款23亿元，"
                "兴业银行厦门分行则推出“储能贷”专属产品，已为17家中小企业授信4.6亿元。",
                "政策红利加速释放，产业链上下游纷纷集聚。10月底，厦门火炬高新区管委会与福建鑫源锂材股份"
                "有限公司签订投资协议，后者将在园区建设储能电池正极材料研发及产业化项目，计划总投资6500万"
                "美元。同月，厦门晶川智控有限公司宣布追加投资8000万元，建设电池管理系统智能产线，建成后"
                "将为园区内储能企业就近配套。",
                "截至目前，厦门火炬高新区已集聚储能产业链企业60余家，覆盖电芯、正负极材料、储能变流器、"
                "系统集成等环节。高新区相关负责人表示，下一步将依托厦门市新型储能产业园，力争到2027年"
                "形成千亿级储能产业集群。",
            ],
        ),
        Article(
            headline="福清融侨经开区“签约即落地”跑出加速度",
            byline="本报讯（记者 黄文静）",
            paragraphs=[
                "11月10日，福清融侨经济技术开发区举行2025年第四季度重点项目集中签约活动，共签约项目"
                "11个，总投资约86亿元。福州市人民政府有关负责人出席活动。",
                "其中，福州元泰光电科技有限公司拟投资15亿元建设高端显示模组生产基地项目，福建瑞禾食品"
                "集团将投资3.2亿元实施中央厨房预制菜加工项目。福清融侨经开区管委会分别与两家企业签订了"
                "入园协议。",
                "元泰光电相关负责人介绍，项目一期计划明年一季度开工，主要生产车载及工控显示模组，全部达产后"
                "年产值约30亿元，可带动就业1200人。瑞禾食品的预制菜项目则瞄准长三角和粤港澳大湾区市场。",
                "福清市是福州市代管的县级市，也是福建省重要的制造业基地。据介绍，今年1至10月，福清融侨"
                "经开区规上工业产值同比增长12.6%，园区先后入选福建省首批“亩均效益”领跑园区、国家级"
                "绿色工业园区。",
                "活动现场，福清融侨经开区还与福州大学签订产学研合作协议，双方将共建新型显示产业研究院。"
                "管委会负责人表示，园区将用好《福建省促进开发区高质量发展实施意见》等政策，推行标准地"
                "出让，确保签约项目年内开工率达到80%以上。",
            ],
        ),
        Article(
            headline="龙岩高新区首座零碳工厂投运",
            byline="本报讯",
            paragraphs=[
                "11月8日，位于龙岩高新区的福建闽西永锋机械有限公司零碳智能工厂正式投运。该工厂由企业"
                "自筹资金1.1亿元建设，屋顶光伏年发电量约900万千瓦时，可满足工厂全部用电需求。",
                "工厂负责人介绍，通过智能微电网和余热回收系统，工厂单位产值能耗比改造前下降31%，每年可"
                "减少二氧化碳排放约7200吨。",
                "这是龙岩市首座获得第三方认证的零碳工厂。据悉，永锋机械已被龙岩市工业和信息化局推荐申报"
                "省级绿色工厂。（林 枫）",
            ],
        ),
    ],
    layout=[("b", 0), ("p", 0, 0), ("p", 0, 1), ("c", 0), ("p", 0, 2), ("p", 0, 3), ("p", 0, 4),
            ("p", 0, 5), ("p", 0, 6), ("h", 1), ("b", 1), ("p", 1, 0), ("p", 1, 1), ("p", 1, 2),
            ("p", 1, 3), ("p", 1, 4), ("h", 2), ("b", 2), ("p", 2, 0), ("p", 2, 1), ("p", 2, 2), ("h", 0)],
    entities=[
        E("pl_fujian", "Place", "福建省", ("福建",), level="province"),
        E("pl_xiamen", "Place", "厦门市", ("厦门",), level="city"),
        E("pl_fuzhou", "Place", "福州市", ("福州",), level="city"),
        E("pl_fuqing", "Place", "福清市", ("福清",), level="county"),
        E("pk_xmhx", "Park", "厦门火炬高新区", ("高新区",)),
        E("pk_xm_chuneng", "Park", "厦门市新型储能产业园"),
        E("pk_fqrq", "Park", "福清融侨经济技术开发区", ("福清融侨经开区",)),
        E("ag_xmhx_gwh", "Agency", "厦门火炬高新区管委会", ("高新区管委会",)),
        E("ag_xm_gxj", "Agency", "厦门市工业和信息化局"),
        E("ag_xm_fgw", "Agency", "厦门市发展和改革委员会"),
        E("ag_fz_gov", "Agency", "福州市人民政府"),
        E("ag_fqrq_gwh", "Agency", "福清融侨经开区管委会"),
        E("po_xm_chuneng", "Policy", "厦门市加快新型储能产业高质量发展若干措施"),
        E("co_ludao", "Company", "鹭岛储能科技有限公司", ("鹭岛储能",)),
        E("co_xinyuan", "Company", "福建鑫源锂材股份有限公司"),
        E("co_jingchuan", "Company", "厦门晶川智控有限公司"),
        E("co_yuantai", "Company", "福州元泰光电科技有限公司", ("元泰光电",)),
        E("co_ruihe", "Company", "福建瑞禾食品集团", ("瑞禾食品",)),
        E("pj_dianxin", "Project", "年产8GWh储能电芯二期项目", ("鹭岛储能科技有限公司二期项目",)),
        E("pj_zhengji", "Project", "储能电池正极材料研发及产业化项目"),
        E("pj_bms", "Project", "电池管理系统智能产线"),
        E("pj_mozu", "Project", "高端显示模组生产基地项目"),
        E("pj_yuzhicai", "Project", "中央厨房预制菜加工项目", ("预制菜项目",)),
        E("pk_xm_cxcy", "Park", "厦门火炬高新区创新创业园"),
        E("co_chuxin", "Company", "厦门储芯科技有限公司"),
        E("pj_jiance", "Project", "储能安全检测实验室"),
        E("co_cdb_xm", "Company", "国家开发银行厦门市分行"),
        E("co_cib_xm", "Company", "兴业银行厦门分行"),
        E("po_chunengdai", "Policy", "储能贷", optional=True),
        E("co_fzu", "Company", "福州大学", optional=True),
        E("pj_fzu_yjy", "Project", "新型显示产业研究院", optional=True),
        E("po_fj_kfq", "Policy", "福建省促进开发区高质量发展实施意见"),
        E("pl_longyan", "Place", "龙岩市", ("龙岩",), level="city"),
        E("pk_longyan", "Park", "龙岩高新区"),
        E("ag_ly_gxj", "Agency", "龙岩市工业和信息化局"),
        E("co_yongfeng", "Company", "福建闽西永锋机械有限公司", ("永锋机械",)),
        E("pj_lingtan", "Project", "零碳智能工厂"),
    ],
    triples=[
        T("co_ludao", "investsIn", "pj_dianxin", "鹭岛储能科技有限公司投资12.8亿元的年产8GWh储能电芯二期项目",
          amount_yuan=1_280_000_000),
        T("pj_dianxin", "locatedIn", "pk_xmhx", "厦门火炬高新区内塔吊林立。11月6日，鹭岛储能科技有限公司投资12.8亿元"),
        T("co_ludao", "locatedIn", "pk_xmhx", "鹭岛储能2021年落户园区"),
        T("co_ludao", "designatedAs", None, "今年已获评国家级专精特新“小巨人”企业",
          literal="国家级专精特新“小巨人”企业"),
        T("pk_xmhx", "locatedIn", "pl_xiamen", "厦门火炬高新区内塔吊林立"),
        T("po_xm_chuneng", "issuedBy", "ag_xm_gxj",
          "厦门市工业和信息化局、厦门市发展和改革委员会联合印发《厦门市加快新型储能产业高质量发展若干措施》"),
        T("po_xm_chuneng", "issuedBy", "ag_xm_fgw",
          "厦门市工业和信息化局、厦门市发展和改革委员会联合印发《厦门市加快新型储能产业高质量发展若干措施》"),
        T("ag_xmhx_gwh", "signsWith", "co_xinyuan", "厦门火炬高新区管委会与福建鑫源锂材股份有限公司签订投资协议"),
        T("co_xinyuan", "investsIn", "pj_zhengji", "后者将在园区建设储能电池正极材料研发及产业化项目，计划总投资6500万美元",
          amount_text="6500万美元", currency="USD"),
        T("pj_zhengji", "locatedIn", "pk_xmhx", "后者将在园区建设储能电池正极材料研发及产业化项目"),
        T("co_xinyuan", "locatedIn", "pl_fujian", "福建鑫源锂材股份有限公司", optional=True),
        T("co_jingchuan", "investsIn", "pj_bms", "厦门晶川智控有限公司宣布追加投资8000万元，建设电池管理系统智能产线",
          amount_yuan=80_000_000),
        T("pj_bms", "locatedIn", "pk_xmhx", "建成后将为园区内储能企业就近配套", optional=True),
        T("co_jingchuan", "locatedIn", "pl_xiamen", "厦门晶川智控有限公司", optional=True),
        T("co_jingchuan", "locatedIn", "pk_xmhx", "厦门晶川智控有限公司宣布追加投资8000万元", optional=True),
        T("pk_xm_chuneng", "locatedIn", "pl_xiamen", "依托厦门市新型储能产业园"),
        T("pk_xm_chuneng", "locatedIn", "pk_xmhx", "下一步将依托厦门市新型储能产业园", optional=True),
        T("pk_xm_cxcy", "locatedIn", "pk_xmhx", "在厦门火炬高新区创新创业园"),
        T("co_chuxin", "locatedIn", "pk_xm_cxcy", "在厦门火炬高新区创新创业园，一批储能初创企业也在加速成长。厦门储芯科技有限公司"),
        T("co_chuxin", "locatedIn", "pl_xiamen", "厦门储芯科技有限公司", optional=True),
        T("co_chuxin", "investsIn", "pj_jiance", "厦门储芯科技有限公司今年完成B轮融资，并与园区共建储能安全检测实验室",
          optional=True),
        T("pk_xm_cxcy", "signsWith", "co_chuxin", "并与园区共建储能安全检测实验室", optional=True),
        T("pj_jiance", "locatedIn", "pk_xm_cxcy", "并与园区共建储能安全检测实验室", optional=True),
        T("co_cdb_xm", "locatedIn", "pl_xiamen", "国家开发银行厦门市分行", optional=True),
        T("co_cib_xm", "locatedIn", "pl_xiamen", "兴业银行厦门分行", optional=True),
        # article 2
        T("pk_fqrq", "locatedIn", "pl_fuqing", "福清融侨经济技术开发区举行2025年第四季度重点项目集中签约活动"),
        T("pl_fuqing", "partOf", "pl_fuzhou", "福清市是福州市代管的县级市"),
        T("pl_fuqing", "partOf", "pl_fujian", "福清市是福州市代管的县级市，也是福建省重要的制造业基地", optional=True),
        T("pl_fuzhou", "partOf", "pl_fujian", "福州市代管的县级市，也是福建省重要的制造业基地", optional=True),
        T("co_yuantai", "investsIn", "pj_mozu", "福州元泰光电科技有限公司拟投资15亿元建设高端显示模组生产基地项目",
          amount_yuan=1_500_000_000),
        T("co_ruihe", "investsIn", "pj_yuzhicai", "福建瑞禾食品集团将投资3.2亿元实施中央厨房预制菜加工项目",
          amount_yuan=320_000_000),
        T("pj_mozu", "locatedIn", "pk_fqrq", "福清融侨经开区管委会分别与两家企业签订了入园协议"),
        T("pj_yuzhicai", "locatedIn", "pk_fqrq", "福清融侨经开区管委会分别与两家企业签订了入园协议"),
        T("co_yuantai", "locatedIn", "pk_fqrq", "福清融侨经开区管委会分别与两家企业签订了入园协议", optional=True),
        T("co_ruihe", "locatedIn", "pk_fqrq", "福清融侨经开区管委会分别与两家企业签订了入园协议", optional=True),
        T("co_yuantai", "locatedIn", "pl_fuzhou", "福州元泰光电科技有限公司", optional=True),
        T("co_ruihe", "locatedIn", "pl_fujian", "福建瑞禾食品集团", optional=True),
        T("ag_fqrq_gwh", "signsWith", "co_yuantai", "福清融侨经开区管委会分别与两家企业签订了入园协议"),
        T("ag_fqrq_gwh", "signsWith", "co_ruihe", "福清融侨经开区管委会分别与两家企业签订了入园协议"),
        T("pk_fqrq", "designatedAs", None, "园区先后入选福建省首批“亩均效益”领跑园区",
          literal="福建省首批“亩均效益”领跑园区"),
        T("pk_fqrq", "designatedAs", None, "园区先后入选福建省首批“亩均效益”领跑园区、国家级绿色工业园区",
          literal="国家级绿色工业园区"),
        T("pk_fqrq", "signsWith", "co_fzu", "福清融侨经开区还与福州大学签订产学研合作协议", optional=True),
        # article 3
        T("pk_longyan", "locatedIn", "pl_longyan", "位于龙岩高新区的福建闽西永锋机械有限公司"),
        T("co_yongfeng", "locatedIn", "pk_longyan", "位于龙岩高新区的福建闽西永锋机械有限公司"),
        T("co_yongfeng", "locatedIn", "pl_fujian", "福建闽西永锋机械有限公司", optional=True),
        T("co_yongfeng", "investsIn", "pj_lingtan", "福建闽西永锋机械有限公司零碳智能工厂正式投运。该工厂由企业自筹资金1.1亿元建设",
          amount_yuan=110_000_000),
        T("pj_lingtan", "locatedIn", "pk_longyan", "位于龙岩高新区的福建闽西永锋机械有限公司零碳智能工厂"),
        T("co_yongfeng", "designatedAs", None, "永锋机械已被龙岩市工业和信息化局推荐申报省级绿色工厂",
          literal="省级绿色工厂", optional=True),
    ],
)


# ==========================================================================
# b02 — 湖北: 襄阳高新区 + 武汉东湖新技术开发区 (GB18030 bytes)

b02 = Page(
    doc="b02_hubei.txt",
    encoding="gb18030",
    header=["区域经济 A6 2025年11月18日 星期二", "责任编辑：胡 蓉 美编：严 俊"],
    articles=[
        Article(
            headline="襄阳高新区：新能源汽车产业“整零协同”动能强劲",
            byline="本报记者 周雨桐",
            caption="图为湖北楚辰动力科技有限公司电驱系统生产线。 ■ 刘 畅摄",
            paragraphs=[
                "初秋，记者走进位于湖北省襄阳市的襄阳高新技术产业开发区，汉江北岸的新能源汽车零部件产业园"
                "里，一辆辆满载电驱总成的货车正驶出厂区。今年以来，襄阳高新区围绕新能源汽车“整零协同”，"
                "新开工亿元以上项目37个，工业投资同比增长18.4%。",
                "9月18日，湖北楚辰动力科技有限公司年产50万套新能源汽车电驱系统项目在高新区正式投产。该"
                "项目总投资21亿元，由楚辰动力与襄阳市政府于去年签约引进，从开工到投产仅用时13个月。"
                "“土地、能耗、用工，每一个难题都有专班盯着解决。”楚辰动力副总经理说。",
                "配套企业随之而来。襄阳汉瑞精密铸造有限公司计划投资6千万元，新上一条铝合金壳体压铸线；"
                "隆中新材料集团则斥资4.5亿元，在高新区建设动力电池隔膜二期工程，预计明年三季度投产。"
                "“主机厂就在身边，运输半径缩短到5公里以内。”汉瑞精密负责人算了一笔账。",
                "为稳住产业链“基本盘”，湖北省经济和信息化厅、湖北省财政厅今年联合出台《湖北省汽车零部件"
                "产业强链补链三年行动方案（2025—2027年）》，明确对新能源汽车关键零部件项目给予贷款贴息"
                "支持。襄阳市据此配套制定了《襄阳市新能源汽车产业链招商引资奖励办法》，对固定资产投资超过"
                "5亿元的项目实行“一事一议”。",
                "数据显示，1至10月，襄阳高新区新能源汽车产业产值达到612亿元，同比增长21.7%，占全区规上"
                "工业产值的比重首次超过四成。",
                "襄阳高新区管委会负责人表示，下一步将加快建设新能源汽车试验检测中心，推动园区从“造零件”"
                "向“造系统”升级，力争到2027年新能源汽车产业规模突破千亿元。",
                "此外，襄阳高新区今年成功获批国家知识产权示范园区，区内企业湖北楚辰动力科技有限公司入选"
                "工业和信息化部第七批国家级专精特新“小巨人”企业名单。",
            ],
        ),
        Article(
            headline="光谷再添百亿级光电子项目",
            byline="本报讯（记者 程 思）",
            paragraphs=[
                "11月3日，武汉东湖新技术开发区管委会与深圳锐光半导体有限公司举行项目签约仪式。锐光半导体"
                "将在光谷投资120亿元，建设12英寸硅光芯片制造基地，达产后年产值预计超过200亿元。",
                "东湖高新区相关负责人介绍，这是今年以来武汉市引进的第5个百亿元级制造业项目，也是光谷"
                "“光芯屏端网”产业链上补齐芯片制造环节的关键一环。截至目前，东湖高新区已集聚光电子信息"
                "企业1.6万余家。",
                "同日，武汉光启微纳科技有限公司与东湖高新区签署增资协议，公司将追加投资2.35亿元，扩建"
                "硅光器件封装测试产线。该公司去年获评湖北省“隐形冠军”示范企业。",
                "据悉，为支持光电子产业发展，武汉市人民政府办公厅近期印发《武汉市加快光电子信息产业"
                "集群发展行动方案》，提出到2027年全市光电子信息产业规模突破1万亿元。",
            ],
        ),
        Article(
            headline="荆门化工循环产业园绿色转型见成效",
            byline="本报通讯员 李 航 记者 周雨桐",
            paragraphs=[
                "荆门化工循环产业园位于湖北省荆门市掇刀区，是全省首批认定的化工园区之一。近日，园区内的"
                "荆楚绿能化工有限公司年产20万吨磷酸铁项目二期建成投产。该项目总投资16.5亿元，采用湿法"
                "磷酸净化工艺，副产品在园区内循环利用，每年可减少固废排放约12万吨。",
                "今年以来，园区累计投入4300万元建设智慧安全监管平台，实现重大危险源在线监测全覆盖。8月，"
                "荆门化工循环产业园被湖北省应急管理厅、湖北省经济和信息化厅联合评为“安全发展示范化工"
                "园区”。",
                "荆门市经济和信息化局相关负责人介绍，全市正推动沿江化工企业搬迁入园，今年已有6家企业完成"
                "搬迁改造，园区化工产品本地配套率提高到55%。",
                "日前，园区还与湖北寰宇化工设计院有限公司签订战略合作协议，双方将围绕尾气综合利用、"
                "园区碳排放核算等开展合作。",
            ],
        ),
    ],
    layout=[("h", 0), ("b", 0), ("p", 0, 0), ("p", 0, 1), ("c", 0), ("p", 0, 2), ("p", 0, 3),
            ("p", 0, 4), ("p", 0, 5), ("p", 0, 6), ("h", 1), ("b", 1), ("p", 1, 0), ("p", 1, 1),
            ("p", 1, 2), ("p", 1, 3), ("h", 2), ("b", 2), ("p", 2, 0), ("p", 2, 1), ("p", 2, 2), ("p", 2, 3)],
    entities=[
        E("pl_hubei", "Place", "湖北省", ("湖北",), level="province"),
        E("pl_xiangyang", "Place", "襄阳市", ("襄阳",), level="city"),
        E("pl_wuhan", "Place", "武汉市", ("武汉",), level="city"),
        E("pl_shenzhen", "Place", "深圳", (), optional=True, level="city"),
        E("pk_xyhx", "Park", "襄阳高新技术产业开发区", ("襄阳高新区", "高新区")),
        E("pk_xy_ljj", "Park", "新能源汽车零部件产业园", optional=True),
        E("pk_dh", "Park", "武汉东湖新技术开发区", ("东湖高新区", "光谷")),
        E("ag_xy_gov", "Agency", "襄阳市政府"),
        E("ag_hb_jxt", "Agency", "湖北省经济和信息化厅"),
        E("ag_hb_czt", "Agency", "湖北省财政厅"),
        E("ag_miit", "Agency", "工业和信息化部"),
        E("ag_dh_gwh", "Agency", "武汉东湖新技术开发区管委会"),
        E("ag_wh_bgt", "Agency", "武汉市人民政府办公厅"),
        E("po_hb_qianglian", "Policy", "湖北省汽车零部件产业强链补链三年行动方案（2025—2027年）"),
        E("po_xy_jiangli", "Policy", "襄阳市新能源汽车产业链招商引资奖励办法"),
        E("po_wh_gdz", "Policy", "武汉市加快光电子信息产业集群发展行动方案"),
        E("co_chuchen", "Company", "湖北楚辰动力科技有限公司", ("楚辰动力",)),
        E("co_hanrui", "Company", "襄阳汉瑞精密铸造有限公司", ("汉瑞精密",)),
        E("co_longzhong", "Company", "隆中新材料集团"),
        E("co_ruiguang", "Company", "深圳锐光半导体有限公司", ("锐光半导体",)),
        E("co_guangqi", "Company", "武汉光启微纳科技有限公司"),
        E("pj_dianqu", "Project", "年产50万套新能源汽车电驱系统项目"),
        E("pj_yazhu", "Project", "铝合金壳体压铸线"),
        E("pj_gemo", "Project", "动力电池隔膜二期工程"),
        E("pj_guixin", "Project", "12英寸硅光芯片制造基地"),
        E("pj_fengce", "Project", "硅光器件封装测试产线"),
        E("ag_xyhx_gwh", "Agency", "襄阳高新区管委会"),
        E("pj_jiance_xy", "Project", "新能源汽车试验检测中心"),
        E("pl_jingmen", "Place", "荆门市", ("荆门",), level="city"),
        E("pl_duodao", "Place", "掇刀区", ("掇刀",), level="county"),
        E("pk_jingmen_hg", "Park", "荆门化工循环产业园"),
        E("co_jingchu", "Company", "荆楚绿能化工有限公司"),
        E("pj_linsuantie", "Project", "年产20万吨磷酸铁项目二期"),
        E("pj_zhihui", "Project", "智慧安全监管平台"),
        E("ag_hb_yjt", "Agency", "湖北省应急管理厅"),
        E("co_huanyu", "Company", "湖北寰宇化工设计院有限公司"),
        E("ag_jm_jxj", "Agency", "荆门市经济和信息化局"),
    ],
    triples=[
        T("pl_xiangyang", "partOf", "pl_hubei", "位于湖北省襄阳市的襄阳高新技术产业开发区"),
        T("pk_xyhx", "locatedIn", "pl_xiangyang", "位于湖北省襄阳市的襄阳高新技术产业开发区"),
        T("pk_xy_ljj", "locatedIn", "pk_xyhx", "襄阳高新技术产业开发区，汉江北岸的新能源汽车零部件产业园",
          optional=True),
        T("co_chuchen", "investsIn", "pj_dianqu", "湖北楚辰动力科技有限公司年产50万套新能源汽车电驱系统项目在高新区正式投产。该项目总投资21亿元",
          amount_yuan=2_100_000_000),
        T("pj_dianqu", "locatedIn", "pk_xyhx", "年产50万套新能源汽车电驱系统项目在高新区正式投产"),
        T("co_chuchen", "locatedIn", "pk_xyhx", "区内企业湖北楚辰动力科技有限公司"),
        T("co_chuchen", "locatedIn", "pl_hubei", "湖北楚辰动力科技有限公司", optional=True),
        T("ag_xy_gov", "signsWith", "co_chuchen", "由楚辰动力与襄阳市政府于去年签约引进"),
        T("co_hanrui", "investsIn", "pj_yazhu", "襄阳汉瑞精密铸造有限公司计划投资6千万元，新上一条铝合金壳体压铸线",
          amount_yuan=60_000_000),
        T("co_hanrui", "locatedIn", "pl_xiangyang", "襄阳汉瑞精密铸造有限公司", optional=True),
        T("co_hanrui", "locatedIn", "pk_xyhx", "配套企业随之而来。襄阳汉瑞精密铸造有限公司", optional=True),
        T("pj_yazhu", "locatedIn", "pk_xyhx", "配套企业随之而来。襄阳汉瑞精密铸造有限公司计划投资6千万元", optional=True),
        T("co_longzhong", "investsIn", "pj_gemo", "隆中新材料集团则斥资4.5亿元，在高新区建设动力电池隔膜二期工程",
          amount_yuan=450_000_000),
        T("pj_gemo", "locatedIn", "pk_xyhx", "在高新区建设动力电池隔膜二期工程"),
        T("co_longzhong", "locatedIn", "pk_xyhx", "隆中新材料集团则斥资4.5亿元，在高新区建设", optional=True),
        T("po_hb_qianglian", "issuedBy", "ag_hb_jxt", "湖北省经济和信息化厅、湖北省财政厅今年联合出台《湖北省汽车零部件产业强链补链三年行动方案（2025—2027年）》"),
        T("po_hb_qianglian", "issuedBy", "ag_hb_czt", "湖北省经济和信息化厅、湖北省财政厅今年联合出台《湖北省汽车零部件产业强链补链三年行动方案（2025—2027年）》"),
        T("po_xy_jiangli", "issuedBy", "pl_xiangyang", "襄阳市据此配套制定了《襄阳市新能源汽车产业链招商引资奖励办法》"),
        T("pk_xyhx", "designatedAs", None, "襄阳高新区今年成功获批国家知识产权示范园区", literal="国家知识产权示范园区"),
        T("co_chuchen", "designatedAs", None, "湖北楚辰动力科技有限公司入选工业和信息化部第七批国家级专精特新“小巨人”企业名单",
          literal="第七批国家级专精特新“小巨人”企业"),
        T("pj_jiance_xy", "locatedIn", "pk_xyhx", "下一步将加快建设新能源汽车试验检测中心，推动园区", optional=True),
        # article 2
        T("ag_dh_gwh", "signsWith", "co_ruiguang", "武汉东湖新技术开发区管委会与深圳锐光半导体有限公司举行项目签约仪式"),
        T("co_ruiguang", "investsIn", "pj_guixin", "锐光半导体将在光谷投资120亿元，建设12英寸硅光芯片制造基地",
          amount_yuan=12_000_000_000),
        T("pj_guixin", "locatedIn", "pk_dh", "锐光半导体将在光谷投资120亿元，建设12英寸硅光芯片制造基地"),
        T("co_ruiguang", "locatedIn", "pl_shenzhen", "深圳锐光半导体有限公司", optional=True),
        T("pk_dh", "locatedIn", "pl_wuhan", "武汉东湖新技术开发区管委会"),
        T("pk_dh", "signsWith", "co_guangqi", "武汉光启微纳科技有限公司与东湖高新区签署增资协议"),
        T("co_guangqi", "investsIn", "pj_fengce", "公司将追加投资2.35亿元，扩建硅光器件封装测试产线",
          amount_yuan=235_000_000),
        T("pj_fengce", "locatedIn", "pk_dh", "与东湖高新区签署增资协议，公司将追加投资2.35亿元，扩建硅光器件封装测试产线",
          optional=True),
        T("co_guangqi", "locatedIn", "pk_dh", "武汉光启微纳科技有限公司与东湖高新区签署增资协议", optional=True),
        T("co_guangqi", "locatedIn", "pl_wuhan", "武汉光启微纳科技有限公司", optional=True),
        T("co_guangqi", "designatedAs", None, "该公司去年获评湖北省“隐形冠军”示范企业",
          literal="湖北省“隐形冠军”示范企业"),
        T("po_wh_gdz", "issuedBy", "ag_wh_bgt", "武汉市人民政府办公厅近期印发《武汉市加快光电子信息产业集群发展行动方案》"),
        # article 3
        T("pk_jingmen_hg", "locatedIn", "pl_duodao", "荆门化工循环产业园位于湖北省荆门市掇刀区"),
        T("pl_duodao", "partOf", "pl_jingmen", "湖北省荆门市掇刀区"),
        T("pl_jingmen", "partOf", "pl_hubei", "湖北省荆门市掇刀区"),
        T("co_jingchu", "investsIn", "pj_linsuantie", "荆楚绿能化工有限公司年产20万吨磷酸铁项目二期建成投产。该项目总投资16.5亿元",
          amount_yuan=1_650_000_000),
        T("pj_linsuantie", "locatedIn", "pk_jingmen_hg", "园区内的荆楚绿能化工有限公司年产20万吨磷酸铁项目二期"),
        T("co_jingchu", "locatedIn", "pk_jingmen_hg", "园区内的荆楚绿能化工有限公司"),
        T("pj_zhihui", "locatedIn", "pk_jingmen_hg", "园区累计投入4300万元建设智慧安全监管平台"),
        T("pk_jingmen_hg", "designatedAs", None, "荆门化工循环产业园被湖北省应急管理厅、湖北省经济和信息化厅联合评为“安全发展示范化工园区”",
          literal="安全发展示范化工园区"),
        T("pk_jingmen_hg", "designatedAs", None, "是全省首批认定的化工园区之一", literal="全省首批认定的化工园区",
          optional=True),
        T("pk_jingmen_hg", "signsWith", "co_huanyu", "园区还与湖北寰宇化工设计院有限公司签订战略合作协议"),
        T("co_huanyu", "locatedIn", "pl_hubei", "湖北寰宇化工设计院有限公司", optional=True),
    ],
)


# ==========================================================================
# b03 — 陕西: 宝鸡高新区 + 西安经开区 + 杨凌示范区 (UTF-8)

b03 = Page(
    doc="b03_shaanxi.txt",
    encoding="utf-8",
    header=["2025年11月20日 星期四 园区视窗 07", "编辑 / 赵一鸣 校对 / 孙 岩"],
    articles=[
        Article(
            headline="宝鸡高新区钛产业迈向“高端化”",
            byline="本报记者 王振宇 实习生 李 佳",
            caption="10月28日，航空航天用高性能钛合金棒丝材项目开工现场。 ■ 本报记者 王振宇摄",
            paragraphs=[
                "宝鸡被誉为“中国钛谷”，钛材产量占全国六成以上。在陕西省宝鸡市的宝鸡高新技术产业开发区，"
                "一批钛及钛合金精深加工项目正在加紧建设，产业链条不断向高端延伸。",
                "10月28日，陕西秦钛新材料股份有限公司航空航天用高性能钛合金棒丝材项目在宝鸡高新区开工。"
                "项目总投资9.6亿元，分两期建设，其中一期投资3.8亿元，建成后可年产高端钛合金棒丝材5000吨。"
                "秦钛新材董事长介绍，产品主要供应航空发动机紧固件和医疗植入物生产企业。",
                "在不远处的蟠龙新区，宝鸡金岳钛业有限公司的3D打印钛合金医疗器械生产线已进入设备调试阶段。"
                "这个项目投资额达7500万元，是园区与西北有色金属研究院开展产学研合作的成果。",
                "“过去是卖钛锭、钛板，现在是卖零件、卖解决方案。”宝鸡市工业和信息化局相关负责人说，2024年"
                "全市钛产业产值达到620亿元，其中精深加工产品占比提高到45%。",
                "为加快钛产业集群发展，陕西省工业和信息化厅会同陕西省科学技术厅印发了《陕西省钛及钛合金"
                "产业链高质量发展行动计划》；宝鸡市人民政府随后出台《宝鸡市支持钛产业发展若干政策》，对"
                "新建钛材深加工项目按固定资产投资额的5%给予奖励，单个项目最高1000万元。",
                "政策带来真金白银。宝鸡宝钛装备制造有限公司今年享受技改奖励320万元后，又投入1.05亿元实施"
                "钛带卷冷轧生产线智能化改造。公司负责人说：“设备换了，良品率提高了8个百分点。”",
                "11月初，宝鸡高新区管委会还与上海奕晨航空科技有限公司签署合作协议，双方将合资组建钛合金"
                "航空结构件公司，首期注册资本1.2亿元。宝鸡高新区管委会主任表示，园区正在规划建设钛材料"
                "科创城，打造集研发、中试、检测于一体的公共服务平台，计划三年内引进钛产业链项目50个以上。",
                "目前，宝鸡高新区已聚集钛及钛合金企业520余家，2024年获评国家先进制造业集群核心区，并被"
                "科技部认定为国家火炬宝鸡钛及钛合金特色产业基地。",
            ],
        ),
        Article(
            headline="西安经开区签约12个先进制造业项目",
            byline="本报讯（记者 张 蕾）",
            paragraphs=[
                "11月12日，西安经济技术开发区2025年先进制造业项目推介会举行，现场签约项目12个，总金额"
                "156亿元。西安经开区是西安市先进制造业的主阵地，已形成汽车、新材料、高端装备等产业集群。",
                "签约项目中，长安智驾科技（西安）有限公司将投资25亿元建设智能驾驶域控制器研发制造基地；"
                "陕西鼎泰重工集团与西安经开区管委会签订合作协议，拟投资8.3亿元实施大型矿山装备智能制造"
                "升级项目。",
                "此外，渭水生物医药（西安）有限公司将在西安经开区泾河工业园投资5200万元建设生物药中试"
                "平台。该园区今年被陕西省发展和改革委员会列为省级重点示范园区。泾河工业园位于西安经开区北部，"
                "主要承接生物医药和新材料项目，目前已入驻企业83家。",
                "据西安经开区管委会相关负责人介绍，今年前10个月，西安经开区完成固定资产投资412亿元，新落地"
                "亿元以上项目46个，其中外资项目7个，实际利用外资1.8亿美元。",
            ],
        ),
        Article(
            headline="杨凌示范区引进智慧农业装备项目",
            byline="本报讯",
            paragraphs=[
                "近日，杨凌农业高新技术产业示范区与北京禾丰智农科技有限公司签约，后者将投资3亿元在"
                "杨凌建设智慧农业装备研发生产基地，主要生产植保无人机和智能灌溉设备。杨凌示范区相关"
                "负责人表示，项目投产后将带动周边农户使用智能农机超过2万户。",
                "杨凌示范区是我国唯一的农业高新技术产业示范区。今年，杨凌示范区管委会与陕西省农业农村厅"
                "联合出台《杨凌示范区智慧农业发展三年行动计划》，设立2亿元智慧农业发展基金，对入区农业"
                "科技企业给予房租减免和研发补助。（记者 刘 洋）",
            ],
        ),
    ],
    layout=[("b", 0), ("p", 0, 0), ("p", 0, 1), ("c", 0), ("p", 0, 2), ("p", 0, 3), ("p", 0, 4),
            ("p", 0, 5), ("p", 0, 6), ("p", 0, 7), ("h", 1), ("b", 1), ("p", 1, 0), ("p", 1, 1), ("p", 1, 2),
            ("p", 1, 3), ("h", 2), ("b", 2), ("p", 2, 0), ("p", 2, 1), ("h", 0)],
    entities=[
        E("pl_shaanxi", "Place", "陕西省", ("陕西",), level="province"),
        E("pl_baoji", "Place", "宝鸡市", ("宝鸡",), level="city"),
        E("pl_xian", "Place", "西安市", ("西安",), level="city"),
        E("pl_yangling", "Place", "杨凌", (), optional=True, level="county"),
        E("pl_beijing", "Place", "北京", (), optional=True, level="city"),
        E("pk_bjhx", "Park", "宝鸡高新技术产业开发区", ("宝鸡高新区",)),
        E("pk_panlong", "Park", "蟠龙新区", optional=True),
        E("pk_xajk", "Park", "西安经济技术开发区", ("西安经开区",)),
        E("pk_jinghe", "Park", "西安经开区泾河工业园", ("泾河工业园",)),
        E("pk_yangling", "Park", "杨凌农业高新技术产业示范区", ("杨凌示范区",)),
        E("ag_sx_gxt", "Agency", "陕西省工业和信息化厅"),
        E("ag_sx_kjt", "Agency", "陕西省科学技术厅"),
        E("ag_bj_gov", "Agency", "宝鸡市人民政府"),
        E("ag_most", "Agency", "科技部"),
        E("ag_xajk_gwh", "Agency", "西安经开区管委会"),
        E("ag_sx_fgw", "Agency", "陕西省发展和改革委员会"),
        E("po_sx_tai", "Policy", "陕西省钛及钛合金产业链高质量发展行动计划"),
        E("po_bj_tai", "Policy", "宝鸡市支持钛产业发展若干政策"),
        E("co_qintai", "Company", "陕西秦钛新材料股份有限公司", ("秦钛新材",)),
        E("co_jinyue", "Company", "宝鸡金岳钛业有限公司"),
        E("co_nwimr", "Company", "西北有色金属研究院", optional=True),
        E("co_baotai", "Company", "宝鸡宝钛装备制造有限公司"),
        E("co_changan", "Company", "长安智驾科技（西安）有限公司"),
        E("co_dingtai", "Company", "陕西鼎泰重工集团"),
        E("co_weishui", "Company", "渭水生物医药（西安）有限公司"),
        E("co_hefeng", "Company", "北京禾丰智农科技有限公司"),
        E("pj_bangsi", "Project", "航空航天用高性能钛合金棒丝材项目"),
        E("pj_3d", "Project", "3D打印钛合金医疗器械生产线"),
        E("pj_lengzha", "Project", "钛带卷冷轧生产线智能化改造"),
        E("pj_yukong", "Project", "智能驾驶域控制器研发制造基地"),
        E("pj_kuangshan", "Project", "大型矿山装备智能制造升级项目"),
        E("pj_zhongshi", "Project", "生物药中试平台"),
        E("pj_nongji", "Project", "智慧农业装备研发生产基地"),
        E("ag_bjhx_gwh", "Agency", "宝鸡高新区管委会"),
        E("ag_bj_gxj", "Agency", "宝鸡市工业和信息化局"),
        E("co_yichen", "Company", "上海奕晨航空科技有限公司"),
        E("pl_shanghai", "Place", "上海", (), optional=True, level="city"),
        E("pj_kechuang", "Project", "钛材料科创城", optional=True),
        E("ag_yl_gwh", "Agency", "杨凌示范区管委会"),
        E("ag_sx_nyt", "Agency", "陕西省农业农村厅"),
        E("po_yl_zhnl", "Policy", "杨凌示范区智慧农业发展三年行动计划"),
    ],
    triples=[
        T("pl_baoji", "partOf", "pl_shaanxi", "在陕西省宝鸡市的宝鸡高新技术产业开发区"),
        T("pk_bjhx", "locatedIn", "pl_baoji", "在陕西省宝鸡市的宝鸡高新技术产业开发区"),
        T("co_qintai", "investsIn", "pj_bangsi", "陕西秦钛新材料股份有限公司航空航天用高性能钛合金棒丝材项目在宝鸡高新区开工。项目总投资9.6亿元",
          amount_yuan=960_000_000),
        T("pj_bangsi", "locatedIn", "pk_bjhx", "航空航天用高性能钛合金棒丝材项目在宝鸡高新区开工"),
        T("co_qintai", "locatedIn", "pl_shaanxi", "陕西秦钛新材料股份有限公司", optional=True),
        T("co_qintai", "locatedIn", "pk_bjhx", "陕西秦钛新材料股份有限公司航空航天用高性能钛合金棒丝材项目在宝鸡高新区开工",
          optional=True),
        T("pk_panlong", "locatedIn", "pk_bjhx", "在不远处的蟠龙新区", optional=True),
        T("co_jinyue", "investsIn", "pj_3d", "宝鸡金岳钛业有限公司的3D打印钛合金医疗器械生产线已进入设备调试阶段。这个项目投资额达7500万元",
          amount_yuan=75_000_000),
        T("pj_3d", "locatedIn", "pk_bjhx", "这个项目投资额达7500万元，是园区与西北有色金属研究院开展产学研合作的成果"),
        T("pj_3d", "locatedIn", "pk_panlong", "在不远处的蟠龙新区，宝鸡金岳钛业有限公司的3D打印钛合金医疗器械生产线",
          optional=True),
        T("co_jinyue", "locatedIn", "pk_bjhx", "在不远处的蟠龙新区，宝鸡金岳钛业有限公司", optional=True),
        T("co_jinyue", "locatedIn", "pl_baoji", "宝鸡金岳钛业有限公司", optional=True),
        T("pk_bjhx", "signsWith", "co_nwimr", "是园区与西北有色金属研究院开展产学研合作的成果", optional=True),
        T("po_sx_tai", "issuedBy", "ag_sx_gxt", "陕西省工业和信息化厅会同陕西省科学技术厅印发了《陕西省钛及钛合金产业链高质量发展行动计划》"),
        T("po_sx_tai", "issuedBy", "ag_sx_kjt", "陕西省工业和信息化厅会同陕西省科学技术厅印发了《陕西省钛及钛合金产业链高质量发展行动计划》"),
        T("po_bj_tai", "issuedBy", "ag_bj_gov", "宝鸡市人民政府随后出台《宝鸡市支持钛产业发展若干政策》"),
        T("co_baotai", "investsIn", "pj_lengzha", "又投入1.05亿元实施钛带卷冷轧生产线智能化改造", amount_yuan=105_000_000),
        T("co_baotai", "locatedIn", "pl_baoji", "宝鸡宝钛装备制造有限公司", optional=True),
        T("co_baotai", "locatedIn", "pk_bjhx", "宝鸡宝钛装备制造有限公司今年享受技改奖励320万元", optional=True),
        T("pj_lengzha", "locatedIn", "pk_bjhx", "实施钛带卷冷轧生产线智能化改造", optional=True),
        T("pk_bjhx", "designatedAs", None, "2024年获评国家先进制造业集群核心区", literal="国家先进制造业集群核心区"),
        T("pk_bjhx", "designatedAs", None, "被科技部认定为国家火炬宝鸡钛及钛合金特色产业基地",
          literal="国家火炬宝鸡钛及钛合金特色产业基地"),
        T("ag_bjhx_gwh", "signsWith", "co_yichen", "宝鸡高新区管委会还与上海奕晨航空科技有限公司签署合作协议"),
        T("co_yichen", "locatedIn", "pl_shanghai", "上海奕晨航空科技有限公司", optional=True),
        T("pj_kechuang", "locatedIn", "pk_bjhx", "园区正在规划建设钛材料科创城", optional=True),
        # article 2
        T("pk_xajk", "locatedIn", "pl_xian", "西安经开区是西安市先进制造业的主阵地"),
        T("co_changan", "investsIn", "pj_yukong", "长安智驾科技（西安）有限公司将投资25亿元建设智能驾驶域控制器研发制造基地",
          amount_yuan=2_500_000_000),
        T("pj_yukong", "locatedIn", "pk_xajk", "西安经济技术开发区2025年先进制造业项目推介会举行，现场签约项目12个"),
        T("co_changan", "locatedIn", "pl_xian", "长安智驾科技（西安）有限公司", optional=True),
        T("pk_xajk", "signsWith", "co_changan", "签约项目中，长安智驾科技（西安）有限公司将投资25亿元", optional=True),
        T("ag_xajk_gwh", "signsWith", "co_dingtai", "陕西鼎泰重工集团与西安经开区管委会签订合作协议"),
        T("co_dingtai", "investsIn", "pj_kuangshan", "拟投资8.3亿元实施大型矿山装备智能制造升级项目", amount_yuan=830_000_000),
        T("pj_kuangshan", "locatedIn", "pk_xajk", "陕西鼎泰重工集团与西安经开区管委会签订合作协议，拟投资8.3亿元实施大型矿山装备智能制造升级项目"),
        T("co_dingtai", "locatedIn", "pl_shaanxi", "陕西鼎泰重工集团", optional=True),
        T("co_weishui", "investsIn", "pj_zhongshi", "渭水生物医药（西安）有限公司将在西安经开区泾河工业园投资5200万元建设生物药中试平台",
          amount_yuan=52_000_000),
        T("pj_zhongshi", "locatedIn", "pk_jinghe", "将在西安经开区泾河工业园投资5200万元建设生物药中试平台"),
        T("co_weishui", "locatedIn", "pl_xian", "渭水生物医药（西安）有限公司", optional=True),
        T("pk_jinghe", "locatedIn", "pk_xajk", "西安经开区泾河工业园"),
        T("pk_jinghe", "designatedAs", None, "该园区今年被陕西省发展和改革委员会列为省级重点示范园区",
          literal="省级重点示范园区"),
        # article 3
        T("pk_yangling", "locatedIn", "pl_yangling", "杨凌农业高新技术产业示范区", optional=True),
        T("pk_yangling", "signsWith", "co_hefeng", "杨凌农业高新技术产业示范区与北京禾丰智农科技有限公司签约"),
        T("co_hefeng", "investsIn", "pj_nongji", "后者将投资3亿元在杨凌建设智慧农业装备研发生产基地", amount_yuan=300_000_000),
        T("pj_nongji", "locatedIn", "pk_yangling", "后者将投资3亿元在杨凌建设智慧农业装备研发生产基地"),
        T("co_hefeng", "locatedIn", "pl_beijing", "北京禾丰智农科技有限公司", optional=True),
        T("po_yl_zhnl", "issuedBy", "ag_yl_gwh", "杨凌示范区管委会与陕西省农业农村厅联合出台《杨凌示范区智慧农业发展三年行动计划》"),
        T("po_yl_zhnl", "issuedBy", "ag_sx_nyt", "杨凌示范区管委会与陕西省农业农村厅联合出台《杨凌示范区智慧农业发展三年行动计划》"),
    ],
)


# ==========================================================================
# b04 — 广西 (柳州) and 安徽 (芜湖), two articles interleaved column by column;
# the 柳州 headline drifted to the end of the page (UTF-8)

b04 = Page(
    doc="b04_guangxi_anhui.txt",
    encoding="utf-8",
    header=["产业园区 B4 2025年11月21日 星期五", "姻责编: 邓雪梅"],
    articles=[
        Article(
            headline="柳州高新区：“汽车城”加速向“新能源之城”蝶变",
            byline="本报记者 覃海燕 通讯员 韦立新",
            paragraphs=[
                "广西壮族自治区柳州市是全国重要的汽车工业基地。今年以来，柳州高新区紧扣新能源汽车和"
                "智能网联汽车两条赛道，推动整车和零部件企业协同转型，1至9月园区汽车产业产值同比增长15.2%。",
                "走进柳州高新区的柳东智能网联汽车测试场，一辆辆无人驾驶测试车正在模拟城市道路上穿行。这座"
                "测试场由广西智行出行科技有限公司投资1.6亿元建设，是西南地区规模最大的封闭测试场之一，"
                "已为32家车企提供测试服务。",
                "在广西骏驰汽车零部件有限公司的新厂区，投资3.6亿元的新能源汽车一体化压铸件项目已完成设备"
                "安装。“一体化压铸可以把70多个零件合成1个。”公司总经理介绍，该项目预计年底投产，可为"
                "周边整车厂年配套30万辆份。",
                "与此同时，柳州高新区管委会与江苏恒芯电子科技有限公司签署战略合作协议，双方将在园区共建"
                "车规级芯片封装测试基地，项目计划总投资1.2亿美元，建成后可年封测车规级芯片6亿颗。",
                "政策层面，广西壮族自治区工业和信息化厅、广西壮族自治区发展和改革委员会近日联合印发"
                "《广西新能源汽车产业发展三年行动计划（2025—2027年）》，提出到2027年全区新能源汽车产量"
                "突破100万辆。柳州高新区被列为该计划的重点承载园区之一。",
                "柳州市工业和信息化局相关负责人告诉记者，柳州正加快建设新能源汽车零部件配套产业园，"
                "今年已引进电池、电机、电控等配套企业23家，本地配套率提升至68%。",
                "据介绍，柳州高新区今年还先后与香港、东盟等地客商开展招商对接，签约项目28个，协议总投资"
                "186亿元。其中，总投资22亿元的汽车电子产业园项目由广西柳联汽车电子股份有限公司投资建设，"
                "明年上半年开工。",
                "“过去是‘一车独大’，现在是‘多点支撑’。”柳州高新区管委会负责人说，园区将持续做好链长制"
                "服务，力争到2026年新能源汽车零部件本地配套率突破75%。",
                "目前，柳州高新区已入选自治区级新型工业化产业示范基地，园区内的广西骏驰汽车零部件有限公司"
                "获评国家级绿色工厂。",
            ],
        ),
        Article(
            headline="芜湖经开区：机器人产业“朋友圈”越扩越大",
            byline="本报记者 汪明远",
            caption="图为芜湖瑞驰精工有限公司的数字化车间。 ■ 汪明远摄",
            paragraphs=[
                "安徽省芜湖市的芜湖经济技术开发区，是国内较早布局工业机器人产业的园区之一。眼下，园区"
                "机器人及智能装备产业集群已集聚上下游企业180余家，形成从核心零部件到整机、系统集成的"
                "完整链条。",
                "11月5日，芜湖经开区与安徽擎宇智能装备股份有限公司签约，擎宇智能将追加投资2.8亿元，建设"
                "协作机器人核心零部件产业化项目。擎宇智能董事长表示，选择在芜湖扩产，看中的是这里完整的"
                "产业配套和人才储备。",
                "在芜湖经开区机器人产业园内，安徽星途协作机器人有限公司的装配线上，工人正在调试新下线的"
                "六轴机器人。公司负责人介绍，今年企业与芜湖经开区管委会签订了扩产协议，新增厂房2万平方米，"
                "新增投资1亿元，预计年产能翻番。",
                "同样在园区扩产的还有芜湖瑞驰精工有限公司。该公司投入9500万元实施减速器数字化车间改造，"
                "改造完成后人均产值可提升40%以上，今年已被认定为安徽省智能工厂。",
                "据了解，安徽省人民政府办公厅今年印发《安徽省机器人产业发展行动方案》，芜湖市也出台了"
                "《芜湖市促进机器人产业集聚发展若干政策》，对首台（套）机器人产品给予最高500万元奖励。",
                "记者在采访中了解到，芜湖经开区还与合肥工业大学共建机器人研究院，近三年累计孵化科技型企业"
                "36家。芜湖经开区管委会相关负责人说，下一步将围绕具身智能、人形机器人等方向加大招商力度，"
                "目标到2027年机器人产业营收突破500亿元。",
                "今年前三季度，芜湖经开区机器人产业营收达到246亿元，同比增长19.3%。园区已被工业和信息化部"
                "列为国家新型工业化产业示范基地（机器人）。",
            ],
        ),
    ],
    layout=[("b", 0), ("p", 0, 0), ("p", 0, 1), ("p", 0, 2), ("h", 1), ("b", 1), ("p", 1, 0),
            ("p", 1, 1), ("p", 0, 3), ("p", 0, 4), ("c", 1), ("p", 1, 2), ("p", 1, 3), ("p", 0, 5),
            ("p", 0, 6), ("p", 1, 4), ("p", 0, 7), ("p", 0, 8), ("p", 1, 5), ("p", 1, 6), ("h", 0)],
    entities=[
        E("pl_guangxi", "Place", "广西壮族自治区", ("广西",), level="province"),
        E("pl_liuzhou", "Place", "柳州市", ("柳州",), level="city"),
        E("pl_jiangsu", "Place", "江苏", (), optional=True, level="province"),
        E("pl_anhui", "Place", "安徽省", ("安徽",), level="province"),
        E("pl_wuhu", "Place", "芜湖市", ("芜湖",), level="city"),
        E("pk_lzhx", "Park", "柳州高新区"),
        E("pk_lz_peitao", "Park", "新能源汽车零部件配套产业园", optional=True),
        E("pk_whjk", "Park", "芜湖经济技术开发区", ("芜湖经开区",)),
        E("ag_lzhx_gwh", "Agency", "柳州高新区管委会"),
        E("ag_gx_gxt", "Agency", "广西壮族自治区工业和信息化厅"),
        E("ag_gx_fgw", "Agency", "广西壮族自治区发展和改革委员会"),
        E("ag_lz_gxj", "Agency", "柳州市工业和信息化局"),
        E("ag_ah_bgt", "Agency", "安徽省人民政府办公厅"),
        E("ag_miit", "Agency", "工业和信息化部"),
        E("po_gx_xny", "Policy", "广西新能源汽车产业发展三年行动计划（2025—2027年）"),
        E("po_ah_jqr", "Policy", "安徽省机器人产业发展行动方案"),
        E("po_wh_jqr", "Policy", "芜湖市促进机器人产业集聚发展若干政策"),
        E("co_junchi", "Company", "广西骏驰汽车零部件有限公司"),
        E("co_hengxin", "Company", "江苏恒芯电子科技有限公司"),
        E("co_qingyu", "Company", "安徽擎宇智能装备股份有限公司", ("擎宇智能",)),
        E("co_ruichi", "Company", "芜湖瑞驰精工有限公司"),
        E("pj_yazhujian", "Project", "新能源汽车一体化压铸件项目"),
        E("pj_fengce_lz", "Project", "车规级芯片封装测试基地"),
        E("pj_xiezuo", "Project", "协作机器人核心零部件产业化项目"),
        E("pj_jiansuqi", "Project", "减速器数字化车间改造"),
        E("pj_ceshichang", "Project", "柳东智能网联汽车测试场"),
        E("co_zhixing", "Company", "广西智行出行科技有限公司"),
        E("pk_wh_jqr", "Park", "芜湖经开区机器人产业园"),
        E("co_xingtu", "Company", "安徽星途协作机器人有限公司"),
        E("ag_whjk_gwh", "Agency", "芜湖经开区管委会"),
        E("pl_hongkong", "Place", "香港", (), optional=True, level="province"),
        E("pj_qidian", "Project", "汽车电子产业园项目"),
        E("co_liulian", "Company", "广西柳联汽车电子股份有限公司"),
        E("co_hfut", "Company", "合肥工业大学", optional=True),
        E("pj_jqr_yjy", "Project", "机器人研究院", optional=True),
        E("pl_hefei", "Place", "合肥", (), optional=True, level="city"),
    ],
    triples=[
        T("pl_liuzhou", "partOf", "pl_guangxi", "广西壮族自治区柳州市是全国重要的汽车工业基地"),
        T("pk_lzhx", "locatedIn", "pl_liuzhou", "柳州高新区紧扣新能源汽车和智能网联汽车两条赛道"),
        T("co_junchi", "investsIn", "pj_yazhujian", "在广西骏驰汽车零部件有限公司的新厂区，投资3.6亿元的新能源汽车一体化压铸件项目",
          amount_yuan=360_000_000),
        T("co_junchi", "locatedIn", "pk_lzhx", "园区内的广西骏驰汽车零部件有限公司"),
        T("co_junchi", "locatedIn", "pl_guangxi", "广西骏驰汽车零部件有限公司", optional=True),
        T("pj_yazhujian", "locatedIn", "pk_lzhx", "在广西骏驰汽车零部件有限公司的新厂区，投资3.6亿元的新能源汽车一体化压铸件项目",
          optional=True),
        T("ag_lzhx_gwh", "signsWith", "co_hengxin", "柳州高新区管委会与江苏恒芯电子科技有限公司签署战略合作协议"),
        T("co_hengxin", "investsIn", "pj_fengce_lz", "双方将在园区共建车规级芯片封装测试基地，项目计划总投资1.2亿美元",
          amount_text="1.2亿美元", currency="USD"),
        T("pj_fengce_lz", "locatedIn", "pk_lzhx", "双方将在园区共建车规级芯片封装测试基地"),
        T("co_hengxin", "locatedIn", "pl_jiangsu", "江苏恒芯电子科技有限公司", optional=True),
        T("po_gx_xny", "issuedBy", "ag_gx_gxt", "广西壮族自治区工业和信息化厅、广西壮族自治区发展和改革委员会近日联合印发《广西新能源汽车产业发展三年行动计划（2025—2027年）》"),
        T("po_gx_xny", "issuedBy", "ag_gx_fgw", "广西壮族自治区发展和改革委员会近日联合印发《广西新能源汽车产业发展三年行动计划（2025—2027年）》"),
        T("pk_lzhx", "designatedAs", None, "柳州高新区被列为该计划的重点承载园区之一", literal="重点承载园区",
          optional=True),
        T("pk_lz_peitao", "locatedIn", "pl_liuzhou", "柳州正加快建设新能源汽车零部件配套产业园", optional=True),
        T("pk_lzhx", "designatedAs", None, "柳州高新区已入选自治区级新型工业化产业示范基地",
          literal="自治区级新型工业化产业示范基地"),
        T("co_junchi", "designatedAs", None, "园区内的广西骏驰汽车零部件有限公司获评国家级绿色工厂",
          literal="国家级绿色工厂"),
        T("co_zhixing", "investsIn", "pj_ceshichang", "测试场由广西智行出行科技有限公司投资1.6亿元建设",
          amount_yuan=160_000_000),
        T("pj_ceshichang", "locatedIn", "pk_lzhx", "走进柳州高新区的柳东智能网联汽车测试场"),
        T("co_zhixing", "locatedIn", "pl_guangxi", "广西智行出行科技有限公司", optional=True),
        T("co_liulian", "investsIn", "pj_qidian", "总投资22亿元的汽车电子产业园项目由广西柳联汽车电子股份有限公司投资建设",
          amount_yuan=2_200_000_000),
        T("pj_qidian", "locatedIn", "pk_lzhx", "柳州高新区今年还先后与香港、东盟等地客商开展招商对接，签约项目28个"),
        T("co_liulian", "locatedIn", "pl_guangxi", "广西柳联汽车电子股份有限公司", optional=True),
        # 芜湖
        T("pk_wh_jqr", "locatedIn", "pk_whjk", "在芜湖经开区机器人产业园内"),
        T("co_xingtu", "locatedIn", "pk_wh_jqr", "在芜湖经开区机器人产业园内，安徽星途协作机器人有限公司的装配线上"),
        T("co_xingtu", "locatedIn", "pl_anhui", "安徽星途协作机器人有限公司", optional=True),
        T("ag_whjk_gwh", "signsWith", "co_xingtu", "今年企业与芜湖经开区管委会签订了扩产协议"),
        T("pk_whjk", "signsWith", "co_hfut", "芜湖经开区还与合肥工业大学共建机器人研究院", optional=True),
        T("pj_jqr_yjy", "locatedIn", "pk_whjk", "芜湖经开区还与合肥工业大学共建机器人研究院", optional=True),
        T("pl_wuhu", "partOf", "pl_anhui", "安徽省芜湖市的芜湖经济技术开发区"),
        T("pk_whjk", "locatedIn", "pl_wuhu", "安徽省芜湖市的芜湖经济技术开发区"),
        T("pk_whjk", "signsWith", "co_qingyu", "芜湖经开区与安徽擎宇智能装备股份有限公司签约"),
        T("co_qingyu", "investsIn", "pj_xiezuo", "擎宇智能将追加投资2.8亿元，建设协作机器人核心零部件产业化项目",
          amount_yuan=280_000_000),
        T("pj_xiezuo", "locatedIn", "pk_whjk", "芜湖经开区与安徽擎宇智能装备股份有限公司签约，擎宇智能将追加投资2.8亿元，建设协作机器人核心零部件产业化项目"),
        T("co_qingyu", "locatedIn", "pl_anhui", "安徽擎宇智能装备股份有限公司", optional=True),
        T("co_qingyu", "locatedIn", "pk_whjk", "芜湖经开区与安徽擎宇智能装备股份有限公司签约", optional=True),
        T("co_ruichi", "locatedIn", "pk_whjk", "同样在园区扩产的还有芜湖瑞驰精工有限公司"),
        T("co_ruichi", "locatedIn", "pl_wuhu", "芜湖瑞驰精工有限公司", optional=True),
        T("co_ruichi", "investsIn", "pj_jiansuqi", "该公司投入9500万元实施减速器数字化车间改造", amount_yuan=95_000_000),
        T("pj_jiansuqi", "locatedIn", "pk_whjk", "同样在园区扩产的还有芜湖瑞驰精工有限公司。该公司投入9500万元实施减速器数字化车间改造"),
        T("co_ruichi", "designatedAs", None, "今年已被认定为安徽省智能工厂", literal="安徽省智能工厂"),
        T("po_ah_jqr", "issuedBy", "ag_ah_bgt", "安徽省人民政府办公厅今年印发《安徽省机器人产业发展行动方案》"),
        T("po_wh_jqr", "issuedBy", "pl_wuhu", "芜湖市也出台了《芜湖市促进机器人产业集聚发展若干政策》"),
        T("pk_whjk", "designatedAs", None, "园区已被工业和信息化部列为国家新型工业化产业示范基地（机器人）",
          literal="国家新型工业化产业示范基地（机器人）"),
    ],
)

PAGES_CONTENT = [b01, b02, b03, b04]
