"""Generate held-out set H, part 1 (pages h1_*.txt and gold h1_*.json).

Standard library only, deterministic. Each page is written from clean article
texts; PDF-like damage is applied (hard line breaks every 12-22 characters
with blank lines between them, stray spaces inside words and numbers, a
headline drifted below its article, two articles interleaved paragraph by
paragraph, a page header line, bylines and photo captions). One page is
written as GB18030 bytes, the others as UTF-8.

The script checks that every evidence snippet is verbatim in its page once
whitespace is removed, and that every entity name and alias occurs in it.

Run: python3 tests/data/heldout_h/make_heldout_h1.py
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parents[2]))  # run as a script: tests.corpus is under the repo root
from tests.corpus import check as chk  # noqa: E402
from tests.corpus import damage as dmg  # noqa: E402

# ---------------------------------------------------------------- damage

def _para(text, rng):
    """Stray spaces (often between a number and its unit, rarely inside words), then hard
    line breaks every 12-22 characters with a blank line between lines."""
    lines = dmg.wrap(dmg.space_numbers_and_words(text, rng, 0.012), rng, (12, 22), no_start="")
    return "\n\n".join(line.strip() for line in lines if line.strip())


def render(blocks, seed):
    """blocks: list of (kind, payload). Returns the damaged page text."""
    rng = random.Random(seed)
    parts = []
    for kind, payload in blocks:
        if kind == "raw":
            parts.append(payload)
        elif kind == "para":
            parts.append(_para(payload, rng))
        elif kind == "article":
            title, byline, paras, drift = payload
            body = [byline] if byline else []
            body += [_para(p, rng) for p in paras]
            parts.extend(dmg.place_headline([title], body, drift))
        elif kind == "interleave":
            (t1, b1, p1), (t2, b2, p2) = payload
            parts.append(t1)
            parts.append(t2)
            if b1:
                parts.append(b1)
            a = [_para(p, rng) for p in p1]
            b = [_para(p, rng) for p in p2]
            # paragraphs in turn; the second byline follows the first pair of them
            parts.extend(dmg.interleave(a[:1], b[:1]) + ([b2] if b2 else []) + dmg.interleave(a[1:], b[1:]))
        else:
            raise ValueError(kind)
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------- gold helpers

class Gold:
    def __init__(self, doc):
        self.doc = doc
        self.entities = []
        self.triples = []
        self.ids = set()

    def ent(self, eid, etype, name, aliases=(), opt=False, level=None):
        assert eid not in self.ids, eid
        self.ids.add(eid)
        e = {"id": eid, "type": etype, "name": name, "aliases": list(aliases),
             "optional": opt}
        if level:
            e["level"] = level
        self.entities.append(e)

    def place(self, eid, name, short, level, opt=False):
        self.ent(eid, "Place", name, [short] if short else [], opt, level)

    def rel(self, s, p, o, ev, amt=None, opt=False, usd=None):
        assert s in self.ids and o in self.ids, (s, o)
        t = {"s": s, "p": p, "o": o}
        if amt is not None:
            t["amount_yuan"] = amt
        if usd is not None:
            t["amount_usd"] = usd
        t["evidence"] = ev
        t["optional"] = opt
        self.triples.append(t)

    def des(self, s, literal, ev, opt=False):
        assert s in self.ids, s
        self.triples.append({"s": s, "p": "designatedAs", "o_literal": literal,
                             "evidence": ev, "optional": opt})

    def as_json(self):
        return {"doc": self.doc, "entities": self.entities, "triples": self.triples}


# ================================================================ page h1_01
# 云南: 曲靖 (feature), 玉溪 + 安宁 (interleaved news), 简讯

P1_HEADER = "云南日报　2026年5月14日　星期四　第 07 版　园区经济　责编：李晓岚"

P1_CAPTION = ("图为云南澜辉新能源材料有限公司正极材料车间内，"
              "工人正在巡检自动化生产线。　本报记者　杨思远摄")

P1_FEATURE = [
    "清晨七点，曲靖经济技术开发区西城片区的厂房还笼罩在薄雾里，"
    "澜辉新能源年产20万吨磷酸铁锂正极材料项目的一期车间已是一片忙碌。"
    "机械臂沿着轨道往返穿梭，一袋袋粉料被送上包装线。"
    "“去年这个时候，二期厂房还只是一片平地。”车间主任段建华指着窗外说。",

    "云南澜辉新能源材料有限公司由深圳澜辉控股集团与曲靖市城市投资开发有限公司"
    "共同出资设立，2023年落户曲靖经开区。这座工厂由澜辉新能源投资38亿元、分两期建设，"
    "一期已于去年投产，二期计划明年上半年建成。该公司总经理周启明告诉记者，"
    "选择曲靖，看中的是云南丰富的绿色水电和就近可得的磷化工原料。",

    "在曲靖经开区，像澜辉这样的电池材料企业已经聚集了40多家。从上游的锂盐、电解液，"
    "到中游的电芯、储能系统，再到下游的电池回收，一条完整链条在这里成形。"
    "2025年，园区新能源电池产业实现产值612亿元，同比增长27.4%。",

    "链条的中段，是今年3月刚刚点亮的储能电芯产线。由北京恒川储能科技股份有限公司"
    "投资的年产20GWh储能电芯生产线，总投资45亿元，目前首条产线良品率已稳定在96%以上。"
    "“我们从签约到投产只用了14个月。”恒川储能曲靖工厂负责人王楠说，"
    "曲靖经开区管委会为项目设立了工作专班，“从环评到电力接入，都是上门服务”。",

    "回收端同样不缺“新面孔”。今年4月，曲靖经开区与绿岬循环（云南）资源再生有限公司"
    "签署投资协议。按照协议，绿岬循环将投资12.6亿元，建设年处理8万吨退役动力电池"
    "综合利用基地。项目建成后，园区将形成“材料—电芯—回收—材料”的闭环。",

    "产业聚起来，人也聚了过来。在曲靖经开区人才公寓，28岁的电化学工程师李想刚刚搬进新居。"
    "他去年从外省来到曲靖，“这里的研发平台不比沿海差，房租还不到原来的一半”。"
    "据统计，园区新能源电池产业从业人员已超过3.6万人，其中本科以上学历占比近三成。",

    "链条越拉越长，配套也要跟得上。去年以来，曲靖经开区新建标准化厂房42万平方米，"
    "建成220千伏翠峰变电站。曲靖市人民政府会同云南省工业和信息化厅出台"
    "《曲靖市新能源电池产业链培育若干措施》，从用地、用电、用工等方面给予企业支持。",

    "“下一步，我们要把‘电池之城’的招牌擦得更亮。”曲靖经开区党工委负责人表示，"
    "到2027年，园区新能源电池产业产值力争突破1000亿元。",
]
P1_FEATURE_TITLE = "一块电池“串”起千亿产业链\n\n——曲靖经开区新能源电池产业集群发展见闻"
P1_FEATURE_BYLINE = "本报记者　杨思远　通讯员　马丽琼"

P1_YUXI_TITLE = "玉溪高新区生物医药产业提速"
P1_YUXI = [
    "本报讯（记者　普文杰）位于玉溪市红塔区的玉溪高新技术产业开发区生物医药产业园内，"
    "滇岳制药集团的中药配方颗粒智能工厂近日通过竣工验收。该工厂总投资7.8亿元，"
    "设计年产配方颗粒6000吨，是滇岳制药迄今在省内投资规模最大的单体项目。",

    "与此同时，康立达医疗器械（玉溪）有限公司投资1.2亿美元建设的高值医用耗材"
    "生产基地已进入设备安装阶段。康立达是新加坡一家老牌医疗器械企业，"
    "2024年与玉溪高新区管委会签订投资协议，这是其在中国西南的首个生产基地。",

    "据介绍，今年前5个月，玉溪高新区生物医药产业实现营业收入41.3亿元，同比增长18.6%。"
    "去年，玉溪高新区被认定为云南省生物医药特色产业园区。",
]

P1_ANNING_TITLE = "安宁工业园区聚烯烃项目全面开工"
P1_ANNING = [
    "本报讯（记者　李承泽）5月9日，位于昆明市安宁市的安宁工业园区传来消息，"
    "云南驰远石化有限公司年产30万吨高端聚烯烃项目全面开工建设。该项目总投资56亿元，主要生产茂金属聚乙烯等高端牌号产品，"
    "建成后可年新增产值约48亿元。驰远石化相关负责人介绍，项目采用国产化工艺包，"
    "预计2028年建成投产。",

    "为保障项目建设，园区同步实施化工园区智慧安全监管平台升级改造，投入3200万元，"
    "对园区内重大危险源实现全天候在线监测。",
]

P1_BRIEFS = [
    "简讯",
    "■　日前，工业和信息化部公布2026年度绿色制造名单，云南澜辉新能源材料有限公司"
    "获评国家级绿色工厂，曲靖经开区入选国家级绿色工业园区。",
    "■　5月12日，富源县人民政府与宁波东晟新材料股份有限公司签约。东晟新材料"
    "计划在富源工业园区投资2.3亿元，建设年产5万吨硅基负极材料项目。",
    "■　云南省曲靖市陆良县近日举行重点项目集中开工仪式，"
    "总投资8600万元的陆良县农特产品冷链物流中心等12个项目同时开工。",
    "■　曲靖市麒麟区与云南星驰物流集团有限公司签署合作协议，星驰物流将投资4500万元，"
    "在麒麟区建设滇东区域分拨中心。",
]


def page1():
    blocks = [
        ("raw", P1_HEADER),
        ("raw", P1_CAPTION),
        ("article", (P1_FEATURE_TITLE, P1_FEATURE_BYLINE, P1_FEATURE, True)),
        ("interleave", ((P1_YUXI_TITLE, "", P1_YUXI),
                        (P1_ANNING_TITLE, "", P1_ANNING))),
    ]
    blocks += [("para", b) if b != "简讯" else ("raw", b) for b in P1_BRIEFS]

    g = Gold("h1_01.txt")
    g.place("pl_yn", "云南省", "云南", "province")
    g.place("pl_qj", "曲靖市", "曲靖", "city")
    g.place("pl_yx", "玉溪市", "玉溪", "city")
    g.place("pl_km", "昆明市", "昆明", "city")
    g.place("pl_an", "安宁市", "安宁", "county")
    g.place("pl_fy", "富源县", "富源", "county")
    g.place("pl_ll", "陆良县", "陆良", "county")
    g.place("pl_sz", "深圳", "", "city", opt=True)
    g.place("pl_bj", "北京", "", "city", opt=True)
    g.place("pl_nb", "宁波", "", "city", opt=True)
    g.place("pl_ht", "红塔区", "", "district")
    g.place("pl_ql", "麒麟区", "", "district")
    g.place("pl_sg", "新加坡", "", "country", opt=True)

    g.ent("pk_qj", "Park", "曲靖经济技术开发区", ["曲靖经开区"])
    g.ent("pk_qj_xc", "Park", "西城片区", [], opt=True)
    g.ent("pk_yx", "Park", "玉溪高新技术产业开发区", ["玉溪高新区"])
    g.ent("pk_yx_sw", "Park", "生物医药产业园", [], opt=True)
    g.ent("pk_an", "Park", "安宁工业园区", [])
    g.ent("pk_fy", "Park", "富源工业园区", [])

    g.ent("ag_qj_gwh", "Agency", "曲靖经开区管委会", [])
    g.ent("ag_qj_gov", "Agency", "曲靖市人民政府", [])
    g.ent("ag_yn_gxt", "Agency", "云南省工业和信息化厅", [])
    g.ent("ag_yx_gwh", "Agency", "玉溪高新区管委会", [])
    g.ent("ag_miit", "Agency", "工业和信息化部", [])
    g.ent("ag_fy_gov", "Agency", "富源县人民政府", [])

    g.ent("po_qj", "Policy", "曲靖市新能源电池产业链培育若干措施", [])

    g.ent("co_lh", "Company", "云南澜辉新能源材料有限公司", ["澜辉新能源", "澜辉"])
    g.ent("co_lhkg", "Company", "深圳澜辉控股集团", [])
    g.ent("co_qjct", "Company", "曲靖市城市投资开发有限公司", [])
    g.ent("co_hc", "Company", "北京恒川储能科技股份有限公司", ["恒川储能"])
    g.ent("co_lj", "Company", "绿岬循环（云南）资源再生有限公司", ["绿岬循环"])
    g.ent("co_dy", "Company", "滇岳制药集团", ["滇岳制药"])
    g.ent("co_kld", "Company", "康立达医疗器械（玉溪）有限公司", ["康立达"])
    g.ent("co_cy", "Company", "云南驰远石化有限公司", ["驰远石化"])
    g.ent("co_ds", "Company", "宁波东晟新材料股份有限公司", ["东晟新材料"])
    g.ent("co_xc", "Company", "云南星驰物流集团有限公司", ["星驰物流"])

    g.ent("pj_lfp", "Project", "年产20万吨磷酸铁锂正极材料项目",
          ["澜辉新能源年产20万吨磷酸铁锂正极材料项目"])
    g.ent("pj_hc", "Project", "年产20GWh储能电芯生产线", [])
    g.ent("pj_hc_plant", "Project", "恒川储能曲靖工厂", [], opt=True)
    g.ent("pj_lj", "Project", "年处理8万吨退役动力电池综合利用基地", [])
    g.ent("pj_cf", "Project", "220千伏翠峰变电站", [], opt=True)
    g.ent("pj_dy", "Project", "中药配方颗粒智能工厂", [])
    g.ent("pj_kld", "Project", "高值医用耗材生产基地", [])
    g.ent("pj_cy", "Project", "年产30万吨高端聚烯烃项目", [])
    g.ent("pj_an_aq", "Project", "化工园区智慧安全监管平台升级改造", [])
    g.ent("pj_ds", "Project", "年产5万吨硅基负极材料项目", [])
    g.ent("pj_ll", "Project", "陆良县农特产品冷链物流中心", [])
    g.ent("pj_xc", "Project", "滇东区域分拨中心", [])

    # places and parks
    g.rel("pk_qj", "locatedIn", "pl_qj", "曲靖经济技术开发区西城片区")
    g.rel("pk_qj_xc", "locatedIn", "pk_qj", "曲靖经济技术开发区西城片区", opt=True)
    g.rel("pl_qj", "partOf", "pl_yn", "云南省曲靖市陆良县")
    g.rel("pl_ll", "partOf", "pl_qj", "云南省曲靖市陆良县")
    g.rel("pl_fy", "partOf", "pl_qj", "富源县人民政府", opt=True)
    g.rel("pk_yx", "locatedIn", "pl_ht", "位于玉溪市红塔区的玉溪高新技术产业开发区")
    g.rel("pl_ht", "partOf", "pl_yx", "玉溪市红塔区")
    g.rel("pk_yx_sw", "locatedIn", "pk_yx", "玉溪高新技术产业开发区生物医药产业园", opt=True)
    g.rel("pk_an", "locatedIn", "pl_an", "位于昆明市安宁市的安宁工业园区")
    g.rel("pl_an", "partOf", "pl_km", "昆明市安宁市")
    g.rel("pk_fy", "locatedIn", "pl_fy", "富源县人民政府与宁波东晟新材料股份有限公司签约")
    g.rel("pl_yx", "partOf", "pl_yn", "云南省生物医药特色产业园区", opt=True)
    g.rel("pl_km", "partOf", "pl_yn", "位于昆明市安宁市", opt=True)

    # feature: 曲靖
    g.rel("co_lh", "investsIn", "pj_lfp", "这座工厂由澜辉新能源投资38亿元", amt=3800000000)
    g.rel("pj_lfp", "locatedIn", "pk_qj",
          "曲靖经济技术开发区西城片区的厂房还笼罩在薄雾里，澜辉新能源年产20万吨磷酸铁锂正极材料项目")
    g.rel("pj_lfp", "locatedIn", "pk_qj_xc", "西城片区的厂房还笼罩在薄雾里，澜辉新能源年产20万吨",
          opt=True)
    g.rel("co_lh", "locatedIn", "pk_qj", "2023年落户曲靖经开区")
    g.rel("co_lhkg", "investsIn", "pj_lfp", "由深圳澜辉控股集团与曲靖市城市投资开发有限公司共同出资设立",
          opt=True)
    g.rel("co_qjct", "investsIn", "pj_lfp", "由深圳澜辉控股集团与曲靖市城市投资开发有限公司共同出资设立",
          opt=True)
    g.rel("co_lhkg", "locatedIn", "pl_sz", "深圳澜辉控股集团", opt=True)
    g.rel("co_qjct", "locatedIn", "pl_qj", "曲靖市城市投资开发有限公司", opt=True)
    g.rel("co_hc", "investsIn", "pj_hc",
          "由北京恒川储能科技股份有限公司投资的年产20GWh储能电芯生产线，总投资45亿元",
          amt=4500000000)
    g.rel("pj_hc", "locatedIn", "pk_qj", "“我们从签约到投产只用了14个月。”恒川储能曲靖工厂负责人",
          opt=True)
    g.rel("pj_hc", "locatedIn", "pl_qj", "恒川储能曲靖工厂", opt=True)
    g.rel("co_hc", "locatedIn", "pl_bj", "北京恒川储能科技股份有限公司", opt=True)
    g.rel("co_hc", "investsIn", "pj_hc_plant", "恒川储能曲靖工厂负责人王楠说", opt=True)
    g.rel("pj_hc_plant", "locatedIn", "pl_qj", "恒川储能曲靖工厂", opt=True)
    g.rel("pk_qj", "signsWith", "co_lj", "曲靖经开区与绿岬循环（云南）资源再生有限公司签署投资协议")
    g.rel("co_lj", "investsIn", "pj_lj", "绿岬循环将投资12.6亿元，建设年处理8万吨退役动力电池综合利用基地",
          amt=1260000000)
    g.rel("pj_lj", "locatedIn", "pk_qj", "项目建成后，园区将形成“材料—电芯—回收—材料”的闭环")
    g.rel("co_lj", "locatedIn", "pl_yn", "绿岬循环（云南）资源再生有限公司", opt=True)
    g.rel("pj_cf", "locatedIn", "pk_qj", "曲靖经开区新建标准化厂房42万平方米，建成220千伏翠峰变电站",
          opt=True)
    g.rel("po_qj", "issuedBy", "ag_qj_gov",
          "曲靖市人民政府会同云南省工业和信息化厅出台《曲靖市新能源电池产业链培育若干措施》")
    g.rel("po_qj", "issuedBy", "ag_yn_gxt",
          "曲靖市人民政府会同云南省工业和信息化厅出台《曲靖市新能源电池产业链培育若干措施》")
    g.rel("ag_qj_gwh", "signsWith", "co_hc", "“我们从签约到投产只用了14个月。”", opt=True)

    # 玉溪
    g.rel("co_dy", "investsIn", "pj_dy",
          "滇岳制药集团的中药配方颗粒智能工厂近日通过竣工验收。该工厂总投资7.8亿元", amt=780000000)
    g.rel("pj_dy", "locatedIn", "pk_yx_sw", "生物医药产业园内，滇岳制药集团的中药配方颗粒智能工厂",
          opt=True)
    g.rel("pj_dy", "locatedIn", "pk_yx",
          "玉溪高新技术产业开发区生物医药产业园内，滇岳制药集团的中药配方颗粒智能工厂")
    g.rel("co_dy", "locatedIn", "pk_yx", "玉溪高新技术产业开发区生物医药产业园内，滇岳制药集团",
          opt=True)
    g.rel("co_kld", "investsIn", "pj_kld",
          "康立达医疗器械（玉溪）有限公司投资1.2亿美元建设的高值医用耗材生产基地", usd=120000000)
    g.rel("pj_kld", "locatedIn", "pk_yx", "2024年与玉溪高新区管委会签订投资协议，这是其在中国西南的首个生产基地")
    g.rel("co_kld", "locatedIn", "pl_yx", "康立达医疗器械（玉溪）有限公司")
    g.rel("co_kld", "locatedIn", "pl_sg", "康立达是新加坡一家老牌医疗器械企业", opt=True)
    g.rel("ag_yx_gwh", "signsWith", "co_kld", "2024年与玉溪高新区管委会签订投资协议")
    g.rel("pk_yx", "signsWith", "co_kld", "2024年与玉溪高新区管委会签订投资协议", opt=True)
    g.des("pk_yx", "云南省生物医药特色产业园区", "玉溪高新区被认定为云南省生物医药特色产业园区")

    # 安宁
    g.rel("co_cy", "investsIn", "pj_cy",
          "云南驰远石化有限公司年产30万吨高端聚烯烃项目全面开工建设。该项目总投资56亿元",
          amt=5600000000)
    g.rel("pj_cy", "locatedIn", "pk_an", "安宁工业园区传来消息，云南驰远石化有限公司年产30万吨高端聚烯烃项目")
    g.rel("co_cy", "locatedIn", "pk_an", "安宁工业园区传来消息，云南驰远石化有限公司", opt=True)
    g.rel("pj_an_aq", "locatedIn", "pk_an", "园区同步实施化工园区智慧安全监管平台升级改造，投入3200万元")

    # 简讯
    g.des("co_lh", "国家级绿色工厂", "云南澜辉新能源材料有限公司获评国家级绿色工厂")
    g.des("pk_qj", "国家级绿色工业园区", "曲靖经开区入选国家级绿色工业园区")
    g.rel("ag_fy_gov", "signsWith", "co_ds", "富源县人民政府与宁波东晟新材料股份有限公司签约")
    g.rel("pl_fy", "signsWith", "co_ds", "富源县人民政府与宁波东晟新材料股份有限公司签约", opt=True)
    g.rel("co_ds", "investsIn", "pj_ds",
          "东晟新材料计划在富源工业园区投资2.3亿元，建设年产5万吨硅基负极材料项目", amt=230000000)
    g.rel("pj_ds", "locatedIn", "pk_fy", "在富源工业园区投资2.3亿元，建设年产5万吨硅基负极材料项目")
    g.rel("co_ds", "locatedIn", "pl_nb", "宁波东晟新材料股份有限公司", opt=True)
    g.rel("pj_ll", "locatedIn", "pl_ll", "总投资8600万元的陆良县农特产品冷链物流中心")
    g.rel("pl_ql", "partOf", "pl_qj", "曲靖市麒麟区")
    g.rel("pl_ql", "signsWith", "co_xc", "曲靖市麒麟区与云南星驰物流集团有限公司签署合作协议")
    g.rel("co_xc", "investsIn", "pj_xc", "星驰物流将投资4500万元，在麒麟区建设滇东区域分拨中心",
          amt=45000000)
    g.rel("pj_xc", "locatedIn", "pl_ql", "在麒麟区建设滇东区域分拨中心")
    g.rel("co_xc", "locatedIn", "pl_yn", "云南星驰物流集团有限公司", opt=True)
    return blocks, g


# ================================================================ page h1_02 (GB18030)
# 山东: 济南 policy news (joint issuers), 潍坊 + 淄博 interleaved, 简讯

P2_HEADER = "大众日报　2026年3月26日　星期四　5　经济·园区"

P2_POLICY_TITLE = "四部门联合印发化工园区三年行动计划"
P2_POLICY_SUB = "到2028年全省化工园区产值力争突破2.5万亿元"
P2_POLICY = [
    "本报济南3月25日讯（记者　孙立伟）记者从山东省工业和信息化厅获悉，"
    "山东省工业和信息化厅、山东省发展和改革委员会、山东省生态环境厅、山东省应急管理厅"
    "日前联合印发《山东省化工园区高质量发展三年行动计划（2026—2028年）》"
    "（以下简称《行动计划》），从产业链延伸、安全环保、智慧化改造等方面提出18条举措。",

    "《行动计划》提出，到2028年，全省化工园区产值力争突破2.5万亿元，"
    "化工园区外化工企业数量再压减一成；对新认定为省级智慧化工园区的，"
    "由省级财政给予最高1000万元奖励。《行动计划》还明确，支持淄博市、东营市、潍坊市、烟台市等地"
    "建设世界级高端化工产业集群，到2028年全省化工园区重点企业数字化改造覆盖率达到90%以上。",

    "这是继山东省人民政府办公厅印发《山东省化工园区认定管理办法》之后，"
    "我省在化工园区治理方面出台的又一份专项文件。省工信厅有关负责人介绍，"
    "目前全省共有认定化工园区84家，其中淄博齐鲁化学工业区、"
    "潍坊滨海经济技术开发区等11家园区入选中国化工园区30强，数量居全国首位。",

    "省发展改革委有关负责人表示，下一步将建立“一园一档”动态评价机制，"
    "评价结果与园区扩区、项目准入直接挂钩。对连续两年评价靠后的园区，将予以通报并限期整改。",

    "业内人士认为，《行动计划》把安全、环保和数字化放在同等重要的位置，"
    "释放出化工园区从“规模扩张”转向“质量提升”的明确信号。",
]

P2_WF_TITLE = "潍坊：“链”上发力　项目攒劲"
P2_WF_BYLINE = "本报记者　韩冬　通讯员　刘晓晴"
P2_WF = [
    "3月20日，潍坊滨海经济技术开发区管委会与浙江甬泰新材料集团有限公司签署合作协议。"
    "根据协议，甬泰集团将在滨海经开区投资68亿元，建设年产40万吨己内酰胺及尼龙6一体化项目，"
    "这也是该区今年以来签约的单体投资最大的制造业项目。",

    "在潍坊综合保税区，一家中日合资企业的新产线刚刚调试完毕。"
    "潍坊三协精密部件有限公司由日本三协精工株式会社与潍坊鸢城实业集团合资组建，"
    "今年投入4800万元新上精密减速器生产线，产品主要供应工业机器人整机厂。"
    "“综保区保税维修、保税研发政策，让我们的进口零部件成本降了一成多。”"
    "该公司副总经理小林健一说。",

    "在滨海经开区东部，总投资23亿元的潍坊港东港区液体化工码头扩建工程已进入收尾阶段。"
    "这项工程由潍坊北辰港务有限公司投资建设，建成后码头年通过能力将新增600万吨，"
    "可直接服务园区内的甬泰、新澄等化工企业。",

    "截至目前，潍坊市今年已签约过亿元项目93个，总投资812亿元，"
    "其中先进制造业项目占比超过七成。潍坊市投资促进局相关负责人表示，"
    "下一步将聚焦高端化工、动力装备等优势产业开展链式招商。",
]

P2_ZB_TITLE = "淄博高新区：一粒粉体撬动新材料大产业"
P2_ZB = [
    "本报淄博讯　走进淄博高新技术产业开发区，山东鲁晶新材料科技股份有限公司的"
    "粉体车间里，一排排烧结炉正满负荷运行。",

    "鲁晶科技主攻高纯氮化硅粉体，产品用于新能源汽车功率模块散热基板。"
    "去年底，该企业启动年产3000吨高纯氮化硅粉体项目。该项目总投资9.5亿元，"
    "分两期实施，一期预计今年10月投产。今年1月，鲁晶科技入选国家级专精特新“小巨人”企业。",

    "“园区里上下游企业间距不过几公里，原料早上出厂，下午就能进我们的炉子。”"
    "鲁晶科技研发总监王珂说，这让公司的物流成本下降了近两成。",

    "在鲁晶带动下，淄博高新区已集聚先进陶瓷上下游企业60余家，"
    "引进鲁陶新材、华硅科技、瓷研院等龙头企业和研发机构。"
    "淄博高新区管委会相关负责人说，园区正筹建先进陶瓷中试基地，总投资1.6亿元，"
    "计划年内投用。中试基地建成后，将向园区企业和高校院所开放共享。",
]

P2_BRIEFS = [
    "简讯",
    "■　济南新旧动能转换起步区与比邻（山东）智能装备有限公司近日签约，"
    "后者将投资15亿元在起步区建设智能农机装备产业园项目。",
    "■　日前，科技部火炬中心公布2025年度国家高新区评价结果，济南市的济南高新区综合排名居全国第9位。",
    "■　潍坊市寿光市人民政府近日与荷兰格林菲尔德温室技术公司签约，双方将合作建设"
    "智慧温室示范工程，总投资2.6亿元。",
    "■　3月18日，位于淄博市临淄区的淄博齐鲁化学工业区举行项目集中签约活动，"
    "山东恒屹化工股份有限公司年产12万吨电子级双氧水项目等9个项目落地，"
    "其中恒屹化工项目总投资6.8亿元。",
    "■　淄博市周村区丝绸纺织专业镇被山东省工业和信息化厅认定为省级特色产业集群。",
]


def page2():
    blocks = [
        ("raw", P2_HEADER),
        ("article", (P2_POLICY_TITLE + "\n\n" + P2_POLICY_SUB, "", P2_POLICY, False)),
        ("interleave", ((P2_WF_TITLE, P2_WF_BYLINE, P2_WF), (P2_ZB_TITLE, "", P2_ZB))),
        ("raw", "图为山东鲁晶新材料科技股份有限公司粉体车间。　通讯员　邢振宇摄"),
    ]
    blocks += [("para", b) if b != "简讯" else ("raw", b) for b in P2_BRIEFS]

    g = Gold("h1_02.txt")
    g.place("pl_sd", "山东省", "山东", "province")
    g.place("pl_jn", "济南市", "济南", "city")
    g.place("pl_wf", "潍坊市", "潍坊", "city")
    g.place("pl_zb", "淄博市", "淄博", "city")
    g.place("pl_zc", "周村区", "周村", "district")
    g.place("pl_zj", "浙江", "", "province", opt=True)
    g.place("pl_dy", "东营市", "", "city")
    g.place("pl_yt", "烟台市", "", "city")
    g.place("pl_sg", "寿光市", "", "county")
    g.place("pl_nl", "荷兰", "", "country", opt=True)
    g.place("pl_jp", "日本", "", "country", opt=True)

    g.ent("pk_qilu", "Park", "淄博齐鲁化学工业区", [])
    g.ent("pk_wfbh", "Park", "潍坊滨海经济技术开发区", ["滨海经开区"])
    g.ent("pk_wfzb", "Park", "潍坊综合保税区", ["综保区"])
    g.ent("pk_zbgx", "Park", "淄博高新技术产业开发区", ["淄博高新区"])
    g.ent("pk_jnqb", "Park", "济南新旧动能转换起步区", ["起步区"])
    g.ent("pk_jngx", "Park", "济南高新区", [])
    g.ent("pk_zc_ss", "Park", "周村区丝绸纺织专业镇", ["丝绸纺织专业镇"])

    g.ent("ag_gxt", "Agency", "山东省工业和信息化厅", ["省工信厅"])
    g.ent("ag_fgw", "Agency", "山东省发展和改革委员会", ["省发展改革委"])
    g.ent("ag_sthj", "Agency", "山东省生态环境厅", [])
    g.ent("ag_yjgl", "Agency", "山东省应急管理厅", [])
    g.ent("ag_bgt", "Agency", "山东省人民政府办公厅", [])
    g.ent("ag_wf_tc", "Agency", "潍坊市投资促进局", [])
    g.ent("ag_wfbh_gwh", "Agency", "潍坊滨海经济技术开发区管委会", [])
    g.ent("ag_zbgx_gwh", "Agency", "淄博高新区管委会", [])
    g.ent("ag_most", "Agency", "科技部火炬中心", [], opt=True)

    g.ent("po_xd", "Policy", "山东省化工园区高质量发展三年行动计划（2026—2028年）",
          ["山东省化工园区高质量发展三年行动计划", "行动计划"])
    g.ent("po_rd", "Policy", "山东省化工园区认定管理办法", [])
    g.ent("po_yyyd", "Policy", "一园一档动态评价机制", [], opt=True)

    g.ent("co_yt", "Company", "浙江甬泰新材料集团有限公司", ["甬泰集团", "甬泰"])
    g.ent("co_sx", "Company", "潍坊三协精密部件有限公司", [])
    g.ent("co_sxjp", "Company", "日本三协精工株式会社", [])
    g.ent("co_yc", "Company", "潍坊鸢城实业集团", [])
    g.ent("co_lj", "Company", "山东鲁晶新材料科技股份有限公司", ["鲁晶科技", "鲁晶"])
    g.ent("co_zc", "Company", "鲁陶新材", [])
    g.ent("co_hg", "Company", "华硅科技", [])
    g.ent("co_cyy", "Company", "瓷研院", [], opt=True)
    g.ent("co_bl", "Company", "比邻（山东）智能装备有限公司", [])
    g.ent("co_bc", "Company", "潍坊北辰港务有限公司", [])
    g.ent("co_hy", "Company", "山东恒屹化工股份有限公司", ["恒屹化工"])
    g.ent("pj_hy", "Project", "年产12万吨电子级双氧水项目", [])
    g.place("pl_lz", "临淄区", "", "district")
    g.ent("co_hh", "Company", "新澄", [])
    g.ent("co_glfed", "Company", "荷兰格林菲尔德温室技术公司", [])
    g.ent("ag_sg_gov", "Agency", "寿光市人民政府", [])
    g.ent("pj_mt", "Project", "潍坊港东港区液体化工码头扩建工程", [])
    g.ent("pj_ws", "Project", "智慧温室示范工程", [])

    g.ent("pj_yt", "Project", "年产40万吨己内酰胺及尼龙6一体化项目", [])
    g.ent("pj_sx", "Project", "精密减速器生产线", [])
    g.ent("pj_lj", "Project", "年产3000吨高纯氮化硅粉体项目", [])
    g.ent("pj_zs", "Project", "先进陶瓷中试基地", [])
    g.ent("pj_bl", "Project", "智能农机装备产业园项目", [])

    # policy article
    for ag in ("ag_gxt", "ag_fgw", "ag_sthj", "ag_yjgl"):
        g.rel("po_xd", "issuedBy", ag,
              "山东省工业和信息化厅、山东省发展和改革委员会、山东省生态环境厅、山东省应急管理厅"
              "日前联合印发《山东省化工园区高质量发展三年行动计划（2026—2028年）》")
    g.rel("po_rd", "issuedBy", "ag_bgt", "山东省人民政府办公厅印发《山东省化工园区认定管理办法》")
    g.rel("po_yyyd", "issuedBy", "ag_fgw", "省发展改革委有关负责人表示，下一步将建立“一园一档”动态评价机制",
          opt=True)
    g.des("pk_qilu", "中国化工园区30强", "淄博齐鲁化学工业区、潍坊滨海经济技术开发区等11家园区入选中国化工园区30强")
    g.des("pk_wfbh", "中国化工园区30强", "潍坊滨海经济技术开发区等11家园区入选中国化工园区30强")
    g.rel("pk_wfbh", "locatedIn", "pl_wf", "潍坊滨海经济技术开发区")
    g.rel("pk_qilu", "locatedIn", "pl_sd", "目前全省共有认定化工园区84家，其中淄博齐鲁化学工业区", opt=True)

    # 潍坊
    g.rel("ag_wfbh_gwh", "signsWith", "co_yt", "潍坊滨海经济技术开发区管委会与浙江甬泰新材料集团有限公司签署合作协议")
    g.rel("pk_wfbh", "signsWith", "co_yt", "潍坊滨海经济技术开发区管委会与浙江甬泰新材料集团有限公司签署合作协议",
          opt=True)
    g.rel("co_yt", "investsIn", "pj_yt",
          "甬泰集团将在滨海经开区投资68亿元，建设年产40万吨己内酰胺及尼龙6一体化项目", amt=6800000000)
    g.rel("pj_yt", "locatedIn", "pk_wfbh", "在滨海经开区投资68亿元，建设年产40万吨己内酰胺及尼龙6一体化项目")
    g.rel("co_yt", "locatedIn", "pl_zj", "浙江甬泰新材料集团有限公司", opt=True)
    g.rel("pk_wfzb", "locatedIn", "pl_wf", "在潍坊综合保税区")
    g.rel("co_sx", "locatedIn", "pk_wfzb", "在潍坊综合保税区，一家中日合资企业的新产线刚刚调试完毕。潍坊三协精密部件有限公司")
    g.rel("co_sx", "investsIn", "pj_sx", "今年投入4800万元新上精密减速器生产线", amt=48000000)
    g.rel("pj_sx", "locatedIn", "pk_wfzb", "潍坊三协精密部件有限公司由日本三协精工株式会社与潍坊鸢城实业集团合资组建，今年投入4800万元新上精密减速器生产线")
    g.rel("co_sxjp", "locatedIn", "pl_jp", "日本三协精工株式会社", opt=True)
    g.rel("co_yc", "locatedIn", "pl_wf", "潍坊鸢城实业集团", opt=True)

    # 淄博
    g.rel("pk_zbgx", "locatedIn", "pl_zb", "走进淄博高新技术产业开发区")
    g.rel("co_lj", "locatedIn", "pk_zbgx", "走进淄博高新技术产业开发区，山东鲁晶新材料科技股份有限公司的粉体车间里")
    g.rel("co_lj", "investsIn", "pj_lj", "该企业启动年产3000吨高纯氮化硅粉体项目。该项目总投资9.5亿元",
          amt=950000000)
    g.rel("pj_lj", "locatedIn", "pk_zbgx", "该企业启动年产3000吨高纯氮化硅粉体项目")
    g.des("co_lj", "国家级专精特新“小巨人”企业", "鲁晶科技入选国家级专精特新“小巨人”企业")
    g.rel("co_zc", "locatedIn", "pk_zbgx", "淄博高新区已集聚先进陶瓷上下游企业60余家，引进鲁陶新材、华硅科技")
    g.rel("co_hg", "locatedIn", "pk_zbgx", "淄博高新区已集聚先进陶瓷上下游企业60余家，引进鲁陶新材、华硅科技")
    g.rel("co_cyy", "locatedIn", "pk_zbgx", "引进鲁陶新材、华硅科技、瓷研院等龙头企业和研发机构", opt=True)
    g.rel("pj_zs", "locatedIn", "pk_zbgx", "园区正筹建先进陶瓷中试基地，总投资1.6亿元")

    # 简讯
    g.rel("pk_jnqb", "signsWith", "co_bl", "济南新旧动能转换起步区与比邻（山东）智能装备有限公司近日签约")
    g.rel("co_bl", "investsIn", "pj_bl", "后者将投资15亿元在起步区建设智能农机装备产业园项目", amt=1500000000)
    g.rel("pj_bl", "locatedIn", "pk_jnqb", "在起步区建设智能农机装备产业园项目")
    g.rel("pk_jnqb", "locatedIn", "pl_jn", "济南新旧动能转换起步区")
    g.rel("pk_jngx", "locatedIn", "pl_jn", "济南市的济南高新区")
    g.des("pk_jngx", "国家高新区综合排名全国第9位", "济南高新区综合排名居全国第9位", opt=True)
    g.rel("pl_zc", "partOf", "pl_zb", "淄博市周村区")
    g.rel("pk_zc_ss", "locatedIn", "pl_zc", "淄博市周村区丝绸纺织专业镇")
    g.des("pk_zc_ss", "省级特色产业集群", "丝绸纺织专业镇被山东省工业和信息化厅认定为省级特色产业集群")
    g.rel("pl_wf", "partOf", "pl_sd", "潍坊滨海经济技术开发区等11家园区", opt=True)
    g.rel("pj_mt", "locatedIn", "pk_wfbh", "在滨海经开区东部，总投资23亿元的潍坊港东港区液体化工码头扩建工程")
    g.rel("co_bc", "investsIn", "pj_mt", "总投资23亿元的潍坊港东港区液体化工码头扩建工程", amt=2300000000)
    g.rel("co_yt", "locatedIn", "pk_wfbh", "可直接服务园区内的甬泰、新澄等化工企业", opt=True)
    g.rel("co_hh", "locatedIn", "pk_wfbh", "可直接服务园区内的甬泰、新澄等化工企业")
    g.rel("pl_sg", "partOf", "pl_wf", "潍坊市寿光市")
    g.rel("pl_lz", "partOf", "pl_zb", "淄博市临淄区")
    g.rel("pk_qilu", "locatedIn", "pl_lz", "位于淄博市临淄区的淄博齐鲁化学工业区")
    g.rel("co_hy", "investsIn", "pj_hy", "其中恒屹化工项目总投资6.8亿元", amt=680000000)
    g.rel("pj_hy", "locatedIn", "pk_qilu",
          "淄博齐鲁化学工业区举行项目集中签约活动，山东恒屹化工股份有限公司年产12万吨电子级双氧水项目")
    g.rel("pk_qilu", "signsWith", "co_hy",
          "淄博齐鲁化学工业区举行项目集中签约活动，山东恒屹化工股份有限公司", opt=True)
    g.rel("pl_dy", "partOf", "pl_sd", "支持淄博市、东营市、潍坊市、烟台市等地", opt=True)
    g.rel("pl_yt", "partOf", "pl_sd", "支持淄博市、东营市、潍坊市、烟台市等地", opt=True)
    g.rel("ag_sg_gov", "signsWith", "co_glfed", "寿光市人民政府近日与荷兰格林菲尔德温室技术公司签约")
    g.rel("pl_sg", "signsWith", "co_glfed", "寿光市人民政府近日与荷兰格林菲尔德温室技术公司签约", opt=True)
    g.rel("co_glfed", "investsIn", "pj_ws", "双方将合作建设智慧温室示范工程，总投资2.6亿元", amt=260000000,
          opt=True)
    g.rel("pj_ws", "locatedIn", "pl_sg", "寿光市人民政府近日与荷兰格林菲尔德温室技术公司签约，双方将合作建设智慧温室示范工程")
    g.rel("co_glfed", "locatedIn", "pl_nl", "荷兰格林菲尔德温室技术公司", opt=True)
    g.rel("pl_zb", "partOf", "pl_sd", "淄博齐鲁化学工业区", opt=True)
    g.rel("pl_jn", "partOf", "pl_sd", "本报济南3月25日讯", opt=True)
    return blocks, g


# ================================================================ page h1_03
# 河南: 郑州航空港 (data report), 洛阳 (news); 四川: 宜宾 (news, interleaved), 简讯

P3_HEADER = "经济日报　2026年7月16日　星期四　第 11 版　区域经济"

P3_DATA_TITLE = "数读郑州航空港区上半年“成绩单”"
P3_DATA_BYLINE = "经济日报记者　夏明远"
P3_DATA = [
    "1.86万亿元、27.3%、41个——这是郑州航空港经济综合实验区今年上半年交出的三组数字。"
    "7月14日，郑州航空港区管委会发布数据：上半年，区内规模以上工业增加值同比增长27.3%，"
    "进出口总额1.86万亿元的目标已完成过半，新开工亿元以上项目41个。",

    "从投资看，上半年郑州市航空港区固定资产投资同比增长16.2%，其中工业投资增长31.5%。"
    "在建的50亿元以上项目有9个，其中，郑州临空枢纽建设集团有限公司投资建设的"
    "航空物流枢纽二期工程进展最快。该工程总投资73亿元，计划2027年投运，"
    "届时航空港区货邮吞吐能力将提升至150万吨。",

    "电子信息产业仍是“压舱石”。上半年，区内智能终端产量达1.12亿部，占全球市场份额约八分之一。"
    "其中，豫芯半导体（郑州）有限公司投资120亿元建设的12英寸晶圆级先进封装项目"
    "一期于5月投产，满产后年产值可达90亿元；郑州华屹智联电子有限公司的"
    "智能穿戴设备生产线改造完成后，单线产能提升了35%。",

    "新兴产业增量明显。在航空港区引进的驰越汽车、鼎能等整车和电池企业带动下，"
    "新能源汽车零部件企业增至73家。6月，航空港区与中原锐驰汽车电子股份有限公司"
    "签署投资协议，锐驰电子将投资18.5亿元建设汽车智能座舱模组基地。",

    "龙头带动配套，配套吸引龙头。记者在航空港区采访时看到，围绕智能终端，"
    "已有玻璃盖板、摄像模组、精密结构件等配套企业200余家；围绕汽车电子，"
    "锐驰电子、豫芯半导体与本地配套商组建了产业联盟。"
    "“以前零部件要从长三角运过来，现在半小时车程内就能配齐。”一家配套企业负责人说。",

    "开放平台持续加力。郑州新郑综合保税区上半年进出口额同比增长14.8%，"
    "在海关总署组织的全国综合保税区发展绩效评估中再次被评为A类。",

    "“上半年的数据说明，航空港区的产业结构正在从‘一机独大’走向多点支撑。”"
    "河南省社会科学院研究员赵立伟分析。",
]

P3_LY_TITLE = "洛阳偃师：老轴承厂“数智”焕新"
P3_LY = [
    "本报讯　在河南省洛阳市偃师区的偃师产业集聚区，洛阳宏轴精工集团有限公司的"
    "车间里，一条新建成的数字化装配线正在试运行。",

    "去年以来，宏轴精工投资8600万元实施智能轴承数字化车间改造，"
    "生产效率提升40%，产品不良率下降一半。“过去一个熟练工一天装配300套，"
    "现在一条线一天能出2000套。”车间班长孙红旗说。今年4月，宏轴精工被认定为河南省智能工厂。",

    "同在集聚区的洛阳恒拓新材料有限公司，则投资3.6亿元新建年产2万吨高性能钼合金项目，"
    "目前主体厂房已经封顶，恒拓新材料计划明年3月试生产。",

    "据了解，偃师产业集聚区近三年累计实施技改项目126个，"
    "培育省级以上专精特新企业31家。",
]

P3_YB_TITLE = "宜宾三江新区动力电池产业再添新项目"
P3_YB = [
    "本报讯（记者　罗小川）7月10日，宜宾市人民政府与香港裕丰国际控股有限公司"
    "在宜宾签约，裕丰国际将在宜宾三江新区投资35亿元，建设年产15亿平方米锂电池隔膜项目。",

    "三江新区是四川省宜宾市动力电池产业的主要承载地，目前已集聚上下游企业110余家。"
    "上半年，新区动力电池产业产值同比增长22%。该区相关负责人表示，"
    "裕丰隔膜项目将补齐隔膜这一关键环节，进一步提升本地配套率。",

    "同日，位于宜宾临港经济技术开发区的川锂科技股份有限公司年产5万吨电池级碳酸锂生产线"
    "正式投产。这条生产线由川锂科技投资2800万元完成环保提标改造后复产扩能，"
    "可年新增产值约20亿元。",

    "宜宾市经济和信息化局相关负责人介绍，今年以来，宜宾围绕动力电池、晶硅光伏两大产业，"
    "已签约项目46个，协议投资额突破900亿元。下半年，全市还将举办动力电池、"
    "光伏产业专题推介会，力争再引进一批链主企业和关键配套项目。",
]

P3_BRIEFS = [
    "简讯",
    "■　四川省绵阳市近日公布，绵阳高新技术产业开发区获评四川省首批“5G+工业互联网”融合应用先导区。",
    "■　四川省经济和信息化厅近日公布2026年度省级绿色工厂名单，位于绵阳高新区的"
    "绵阳卓川电子有限公司等83家企业上榜。",
    "■　成都市成都经济技术开发区（龙泉驿区）与德国博思迈汽车技术集团签约，"
    "博思迈在华首个研发中心将落户成都经开区。",
    "■　宜宾市叙州区与重庆锦川新能源科技有限公司签约，锦川新能源将投资5千万元，"
    "在宜宾临港经开区建设储能电池PACK生产线。",
    "■　洛阳市人民政府、河南省商务厅近日联合发布《洛阳市支持外贸企业稳订单拓市场若干政策》，共12条。",
]


def page3():
    blocks = [
        ("raw", P3_HEADER),
        ("article", (P3_DATA_TITLE, P3_DATA_BYLINE, P3_DATA, False)),
        ("raw", "图为豫芯半导体（郑州）有限公司封装车间。　经济日报记者　夏明远摄"),
        ("interleave", ((P3_LY_TITLE, "", P3_LY), (P3_YB_TITLE, "", P3_YB))),
    ]
    blocks += [("para", b) if b != "简讯" else ("raw", b) for b in P3_BRIEFS]

    g = Gold("h1_03.txt")
    g.place("pl_hn", "河南省", "河南", "province")
    g.place("pl_zz", "郑州市", "郑州", "city")
    g.place("pl_ly", "洛阳市", "洛阳", "city")
    g.place("pl_ys", "偃师区", "偃师", "district")
    g.place("pl_sc", "四川省", "四川", "province")
    g.place("pl_yb", "宜宾市", "宜宾", "city")
    g.place("pl_my", "绵阳市", "绵阳", "city")
    g.place("pl_cd", "成都市", "成都", "city")
    g.place("pl_lqy", "龙泉驿区", "龙泉驿", "district")
    g.place("pl_xz", "新郑", "", "county", opt=True)
    g.place("pl_hk", "香港", "", "city", opt=True)
    g.place("pl_de", "德国", "", "country", opt=True)

    g.ent("pk_zzhk", "Park", "郑州航空港经济综合实验区", ["郑州航空港区", "航空港区"])
    g.ent("pk_xzzb", "Park", "郑州新郑综合保税区", [])
    g.ent("pk_ys", "Park", "偃师产业集聚区", [])
    g.ent("pk_sj", "Park", "宜宾三江新区", ["三江新区"])
    g.ent("pk_lg", "Park", "宜宾临港经济技术开发区", ["宜宾临港经开区"])
    g.ent("pk_my", "Park", "绵阳高新技术产业开发区", ["绵阳高新区"])
    g.ent("pk_cd", "Park", "成都经济技术开发区", ["成都经开区"])

    g.ent("ag_zzhk_gwh", "Agency", "郑州航空港区管委会", [])
    g.ent("ag_hgzs", "Agency", "海关总署", [])
    g.ent("ag_yb_gov", "Agency", "宜宾市人民政府", [])
    g.ent("ag_ly_gov", "Agency", "洛阳市人民政府", [])
    g.ent("ag_hn_swt", "Agency", "河南省商务厅", [])

    g.ent("po_ly", "Policy", "洛阳市支持外贸企业稳订单拓市场若干政策", [])

    g.ent("co_yx", "Company", "豫芯半导体（郑州）有限公司", ["豫芯半导体"])
    g.ent("co_jc", "Company", "重庆锦川新能源科技有限公司", ["锦川新能源"])
    g.ent("pj_jc", "Project", "储能电池PACK生产线", [])
    g.place("pl_xzq", "叙州区", "", "district")
    g.place("pl_cq", "重庆", "", "city", opt=True)
    g.ent("co_hy", "Company", "郑州华屹智联电子有限公司", [])
    g.ent("co_byd", "Company", "驰越汽车", [])
    g.ent("co_catl", "Company", "鼎能", [])
    g.ent("co_rc", "Company", "中原锐驰汽车电子股份有限公司", ["锐驰电子"])
    g.ent("co_hz", "Company", "洛阳宏轴精工集团有限公司", ["宏轴精工"])
    g.ent("co_yf", "Company", "香港裕丰国际控股有限公司", ["裕丰国际", "裕丰"])
    g.ent("co_cl", "Company", "川锂科技股份有限公司", ["川锂科技"])
    g.ent("co_bsm", "Company", "德国博思迈汽车技术集团", ["博思迈"])
    g.ent("co_hass", "Company", "河南省社会科学院", [], opt=True)
    g.ent("co_lk", "Company", "郑州临空枢纽建设集团有限公司", [])
    g.ent("co_ht", "Company", "洛阳恒拓新材料有限公司", ["恒拓新材料"])
    g.ent("co_zc", "Company", "绵阳卓川电子有限公司", [])
    g.ent("ag_yb_jxj", "Agency", "宜宾市经济和信息化局", [])
    g.ent("ag_sc_jxt", "Agency", "四川省经济和信息化厅", [])
    g.ent("pj_lk", "Project", "航空物流枢纽二期工程", [])
    g.ent("pj_ht", "Project", "年产2万吨高性能钼合金项目", [])

    g.ent("pj_yx", "Project", "12英寸晶圆级先进封装项目", [])
    g.ent("pj_hy", "Project", "智能穿戴设备生产线改造", ["智能穿戴设备生产线"])
    g.ent("pj_rc", "Project", "汽车智能座舱模组基地", [])
    g.ent("pj_hz", "Project", "智能轴承数字化车间改造", [])
    g.ent("pj_hz_line", "Project", "数字化装配线", [], opt=True)
    g.ent("pj_yf", "Project", "年产15亿平方米锂电池隔膜项目", ["裕丰隔膜项目"])
    g.ent("pj_cl", "Project", "年产5万吨电池级碳酸锂生产线", [])
    g.ent("pj_cl_gz", "Project", "环保提标改造", [], opt=True)
    g.ent("pj_bsm", "Project", "研发中心", ["博思迈在华首个研发中心"], opt=True)

    # 郑州
    g.rel("pk_zzhk", "locatedIn", "pl_zz", "郑州航空港经济综合实验区")
    g.rel("co_yx", "investsIn", "pj_yx", "豫芯半导体（郑州）有限公司投资120亿元建设的12英寸晶圆级先进封装项目",
          amt=12000000000)
    g.rel("pj_yx", "locatedIn", "pk_zzhk", "区内智能终端产量达1.12亿部，占全球市场份额约八分之一。其中，豫芯半导体")
    g.rel("co_yx", "locatedIn", "pk_zzhk", "区内智能终端产量达1.12亿部，占全球市场份额约八分之一。其中，豫芯半导体",
          opt=True)
    g.rel("co_yx", "locatedIn", "pl_zz", "豫芯半导体（郑州）有限公司")
    g.rel("co_hy", "investsIn", "pj_hy", "郑州华屹智联电子有限公司的智能穿戴设备生产线改造完成后")
    g.rel("pj_hy", "locatedIn", "pk_zzhk", "郑州华屹智联电子有限公司的智能穿戴设备生产线改造完成后")
    g.rel("co_hy", "locatedIn", "pl_zz", "郑州华屹智联电子有限公司")
    g.rel("co_hy", "locatedIn", "pk_zzhk", "郑州华屹智联电子有限公司的智能穿戴设备生产线", opt=True)
    g.rel("co_byd", "locatedIn", "pk_zzhk", "航空港区引进的驰越汽车、鼎能等整车和电池企业")
    g.rel("co_catl", "locatedIn", "pk_zzhk", "航空港区引进的驰越汽车、鼎能等整车和电池企业")
    g.rel("pk_zzhk", "signsWith", "co_rc", "航空港区与中原锐驰汽车电子股份有限公司签署投资协议")
    g.rel("co_rc", "investsIn", "pj_rc", "锐驰电子将投资18.5亿元建设汽车智能座舱模组基地", amt=1850000000)
    g.rel("pj_rc", "locatedIn", "pk_zzhk", "航空港区与中原锐驰汽车电子股份有限公司签署投资协议，锐驰电子将投资18.5亿元建设汽车智能座舱模组基地")
    g.rel("pk_xzzb", "locatedIn", "pl_zz", "郑州新郑综合保税区")
    g.rel("pk_xzzb", "locatedIn", "pl_xz", "郑州新郑综合保税区", opt=True)
    g.rel("pl_xz", "partOf", "pl_zz", "郑州新郑综合保税区", opt=True)
    g.rel("pk_xzzb", "locatedIn", "pk_zzhk", "开放平台持续加力。郑州新郑综合保税区", opt=True)
    g.des("pk_xzzb", "全国综合保税区发展绩效评估A类",
          "在海关总署组织的全国综合保税区发展绩效评估中再次被评为A类")
    g.rel("pl_zz", "partOf", "pl_hn", "河南省社会科学院", opt=True)
    g.rel("pk_zzhk", "locatedIn", "pl_zz", "郑州市航空港区", opt=True)
    g.rel("co_lk", "investsIn", "pj_lk",
          "郑州临空枢纽建设集团有限公司投资建设的航空物流枢纽二期工程进展最快。该工程总投资73亿元",
          amt=7300000000)
    g.rel("pj_lk", "locatedIn", "pk_zzhk", "郑州市航空港区固定资产投资同比增长16.2%")
    g.rel("co_lk", "locatedIn", "pl_zz", "郑州临空枢纽建设集团有限公司", opt=True)
    g.rel("co_ht", "locatedIn", "pk_ys", "同在集聚区的洛阳恒拓新材料有限公司")
    g.rel("co_ht", "investsIn", "pj_ht", "洛阳恒拓新材料有限公司，则投资3.6亿元新建年产2万吨高性能钼合金项目",
          amt=360000000)
    g.rel("pj_ht", "locatedIn", "pk_ys", "同在集聚区的洛阳恒拓新材料有限公司，则投资3.6亿元新建年产2万吨高性能钼合金项目")
    g.rel("co_zc", "locatedIn", "pk_my", "位于绵阳高新区的绵阳卓川电子有限公司")
    g.des("co_zc", "省级绿色工厂", "2026年度省级绿色工厂名单，位于绵阳高新区的绵阳卓川电子有限公司等83家企业上榜")

    # 洛阳
    g.rel("pl_ly", "partOf", "pl_hn", "河南省洛阳市偃师区")
    g.rel("pl_ys", "partOf", "pl_ly", "河南省洛阳市偃师区")
    g.rel("pk_ys", "locatedIn", "pl_ys", "洛阳市偃师区的偃师产业集聚区")
    g.rel("co_hz", "locatedIn", "pk_ys", "偃师产业集聚区，洛阳宏轴精工集团有限公司的车间里")
    g.rel("co_hz", "investsIn", "pj_hz", "宏轴精工投资8600万元实施智能轴承数字化车间改造", amt=86000000)
    g.rel("pj_hz", "locatedIn", "pk_ys", "宏轴精工投资8600万元实施智能轴承数字化车间改造", opt=True)
    g.rel("pj_hz_line", "locatedIn", "pk_ys", "一条新建成的数字化装配线正在试运行", opt=True)
    g.rel("co_hz", "investsIn", "pj_hz_line", "一条新建成的数字化装配线正在试运行", opt=True)
    g.des("co_hz", "河南省智能工厂", "宏轴精工被认定为河南省智能工厂")

    # 宜宾
    g.rel("ag_yb_gov", "signsWith", "co_yf", "宜宾市人民政府与香港裕丰国际控股有限公司在宜宾签约")
    g.rel("pl_yb", "signsWith", "co_yf", "宜宾市人民政府与香港裕丰国际控股有限公司在宜宾签约", opt=True)
    g.rel("co_yf", "investsIn", "pj_yf", "裕丰国际将在宜宾三江新区投资35亿元，建设年产15亿平方米锂电池隔膜项目",
          amt=3500000000)
    g.rel("pj_yf", "locatedIn", "pk_sj", "在宜宾三江新区投资35亿元，建设年产15亿平方米锂电池隔膜项目")
    g.rel("co_yf", "locatedIn", "pl_hk", "香港裕丰国际控股有限公司", opt=True)
    g.rel("pk_sj", "locatedIn", "pl_yb", "三江新区是四川省宜宾市动力电池产业的主要承载地")
    g.rel("pl_yb", "partOf", "pl_sc", "四川省宜宾市")
    g.rel("pk_lg", "locatedIn", "pl_yb", "宜宾临港经济技术开发区")
    g.rel("co_cl", "locatedIn", "pk_lg", "位于宜宾临港经济技术开发区的川锂科技股份有限公司")
    g.rel("pj_cl", "locatedIn", "pk_lg", "位于宜宾临港经济技术开发区的川锂科技股份有限公司年产5万吨电池级碳酸锂生产线")
    g.rel("co_cl", "investsIn", "pj_cl", "这条生产线由川锂科技投资2800万元完成环保提标改造", amt=28000000,
          opt=True)
    g.rel("co_cl", "investsIn", "pj_cl_gz", "由川锂科技投资2800万元完成环保提标改造", amt=28000000, opt=True)
    g.rel("pj_cl_gz", "locatedIn", "pk_lg", "由川锂科技投资2800万元完成环保提标改造", opt=True)

    # 简讯
    g.rel("pl_my", "partOf", "pl_sc", "四川省绵阳市")
    g.rel("pk_my", "locatedIn", "pl_my", "绵阳高新技术产业开发区")
    g.des("pk_my", "四川省首批“5G+工业互联网”融合应用先导区",
          "绵阳高新技术产业开发区获评四川省首批“5G+工业互联网”融合应用先导区")
    g.rel("pk_cd", "locatedIn", "pl_lqy", "成都经济技术开发区（龙泉驿区）")
    g.rel("pl_lqy", "partOf", "pl_cd", "成都市成都经济技术开发区（龙泉驿区）", opt=True)
    g.rel("pk_cd", "signsWith", "co_bsm", "成都经济技术开发区（龙泉驿区）与德国博思迈汽车技术集团签约")
    g.rel("co_bsm", "locatedIn", "pl_de", "德国博思迈汽车技术集团", opt=True)
    g.rel("co_bsm", "investsIn", "pj_bsm", "博思迈在华首个研发中心将落户成都经开区", opt=True)
    g.rel("pj_bsm", "locatedIn", "pk_cd", "博思迈在华首个研发中心将落户成都经开区", opt=True)
    g.rel("co_bsm", "locatedIn", "pk_cd", "博思迈在华首个研发中心将落户成都经开区", opt=True)
    g.rel("co_rc", "locatedIn", "pk_zzhk", "围绕汽车电子，锐驰电子、豫芯半导体与本地配套商组建了产业联盟",
          opt=True)
    g.rel("pl_xzq", "partOf", "pl_yb", "宜宾市叙州区")
    g.rel("pl_xzq", "signsWith", "co_jc", "宜宾市叙州区与重庆锦川新能源科技有限公司签约")
    g.rel("co_jc", "investsIn", "pj_jc", "锦川新能源将投资5千万元，在宜宾临港经开区建设储能电池PACK生产线",
          amt=50000000)
    g.rel("pj_jc", "locatedIn", "pk_lg", "在宜宾临港经开区建设储能电池PACK生产线")
    g.rel("co_jc", "locatedIn", "pl_cq", "重庆锦川新能源科技有限公司", opt=True)
    g.rel("po_ly", "issuedBy", "ag_ly_gov",
          "洛阳市人民政府、河南省商务厅近日联合发布《洛阳市支持外贸企业稳订单拓市场若干政策》")
    g.rel("po_ly", "issuedBy", "ag_hn_swt",
          "洛阳市人民政府、河南省商务厅近日联合发布《洛阳市支持外贸企业稳订单拓市场若干政策》")
    return blocks, g


# ================================================================ page h1_04
# 福建: 晋江 (feature), 漳州 (news); 天津: 滨海 (policy + signing news), 简讯

P4_HEADER = "2026年9月3日　星期四　人民日报　10　经济"

P4_JJ_TITLE = "晋江鞋服：从“制造”到“智造”的跨越"
P4_JJ_BYLINE = "本报记者　陈思敏"
P4_JJ = [
    "傍晚时分，福建省泉州市晋江市，晋江经济开发区五里园的灯光次第亮起。"
    "泉州高迈体育用品有限公司的智能仓储中心里，上千个货架在轨道上自动移动，"
    "一双跑鞋从下单到出库不超过40分钟。园区对面的鞋纺城里，来自中东、南美的采购商"
    "正在展厅挑选样品，不少人直接用手机下单。",

    "“过去我们拼的是产能，现在拼的是反应速度。”高迈体育董事长许清河一边看着大屏一边说。"
    "去年，该公司启动鞋服数字化柔性供应链中心建设，订单最小起订量从3000双降到了300双。"
    "这座中心由高迈体育投资5.2亿元建设，年底将全面投用。",

    "高迈的变化，是晋江鞋服产业转型的缩影。近年来，晋江经开区先后引进锐途、极风、蓝羚等"
    "龙头企业，集聚上下游配套企业400余家，形成从纤维、面料到成品、品牌的完整链条。"
    "今年2月，晋江经开区管委会与蓝羚（中国）有限公司签署协议，蓝羚将追加投资3亿元，"
    "在五里园建设功能性面料研发中心。",

    "数字显示，2025年晋江经开区实现规上工业产值1136亿元，其中鞋服产业占比超过六成。"
    "园区内年产值超10亿元的企业达到21家。",

    "在高迈的鞋面车间，90后技术员黄晓丽正在调试一台3D飞织机。"
    "“以前一双鞋面要七八道工序，现在一台机器一次成型，材料浪费少了三成。”"
    "她说，车间里像她这样懂设备、会编程的年轻人越来越多。",

    "在智能化改造上，晋江市今年安排专项资金1.5亿元，支持企业“上云用数赋智”。"
    "“一家企业改，带动一条链改。”晋江市工信局负责人说。去年，晋江经开区入选"
    "国家新型工业化产业示范基地。",
]

P4_ZZ_TITLE = "漳州两区项目建设跑出加速度"
P4_ZZ = [
    "本报漳州9月2日电（记者　林晓）福建省漳州市的漳州台商投资区内，台资企业宏硕电子（漳州）有限公司"
    "年产500万平方米柔性电路板项目近日封顶。该项目总投资16亿元，预计明年一季度投产。",

    "在漳州古雷港经济开发区，总投资96亿元的年产60万吨高端聚烯烃新材料项目"
    "正在进行设备吊装。这一项目由福建海澄石化有限公司建设，"
    "海澄石化是海澄能源集团与韩国大明化学株式会社合资组建的企业。"
    "项目现场，200多台大型设备同时作业，夜间也灯火通明。“我们按月倒排工期，"
    "确保明年6月实现中交。”项目经理蔡文斌说。",

    "漳州台商投资区管委会有关负责人介绍，今年以来，该区推行“拿地即开工”审批模式，"
    "项目从摘牌到开工平均用时缩短至25天。",

    "据统计，1至8月，两区共有87个省市重点项目开工建设，完成投资超过300亿元。",
]

P4_TJ_TITLE = "滨海新区出台措施打造合成生物产业高地"
P4_TJ = [
    "本报天津9月2日电（记者　周衡）天津市商务局、天津市发展和改革委员会、"
    "天津市滨海新区人民政府近日联合印发《关于支持滨海新区打造合成生物产业高地的若干措施》，"
    "对落户的合成生物企业给予最高2000万元研发补助。",

    "措施发布当天，天津经济技术开发区与丹麦企业诺瑞德酶制剂集团签约。"
    "诺瑞德将在天津开发区投资4.5亿元，建设年产2万吨酶制剂工厂，"
    "这是该集团在亚洲的最大生产基地。诺瑞德亚太区总裁安德森说：“天津港的物流条件和"
    "京津冀庞大的市场，是我们选择这里的关键。”",

    "目前，天津开发区已集聚合成生物相关企业150余家。天津渤星生物科技有限公司"
    "投资2.8亿元建设的合成生物中试平台已于上月投用，可同时为20个项目提供放大验证服务。",

    "天津市滨海新区发展改革委相关负责人表示，新区将围绕酶制剂、合成生物制造、生物医药等领域，"
    "每年滚动实施一批重点项目，力争到2028年合成生物产业规模突破500亿元。",
]

P4_BRIEFS = [
    "简讯",
    "■　天津港保税区近日与天津临港海洋装备有限公司签约，"
    "总投资1.2亿元的海上风电运维母港项目落户保税区临港片区。",
    "■　泉州经济技术开发区与深圳云栖智能科技有限公司签约，后者将投资1.8亿元，"
    "在园区建设工业机器人研发生产基地。",
    "■　天津经济技术开发区近日发布数据，1至8月，区内外资企业实现营业收入2360亿元，"
    "同比增长9.4%，新设外资企业112家。",
    "■　漳州市长泰区与厦门科瀚环保集团签署协议，科瀚环保将投资3600万元，"
    "在长泰经济开发区建设工业固废资源化利用中心。",
    "■　中新天津生态城入选全国首批城市绿色低碳发展示范区。",
    "■　泉州市石狮市伍堡工业园区近日完成污水管网改造工程，投资1800万元。",
]


def page4():
    blocks = [
        ("raw", P4_HEADER),
        ("article", (P4_JJ_TITLE, P4_JJ_BYLINE, P4_JJ, True)),
        ("raw", "图为泉州高迈体育用品有限公司智能仓储中心。　本报记者　陈思敏摄"),
        ("article", (P4_ZZ_TITLE, "", P4_ZZ, True)),
        ("article", (P4_TJ_TITLE, "", P4_TJ, False)),
    ]
    blocks += [("para", b) if b != "简讯" else ("raw", b) for b in P4_BRIEFS]

    g = Gold("h1_04.txt")
    g.place("pl_fj", "福建省", "福建", "province")
    g.place("pl_qz", "泉州市", "泉州", "city")
    g.place("pl_jj", "晋江市", "晋江", "county")
    g.place("pl_ss", "石狮市", "石狮", "county")
    g.place("pl_zz", "漳州市", "漳州", "city")
    g.place("pl_tj", "天津市", "天津", "city")
    g.place("pl_bh", "滨海新区", "", "district")
    g.place("pl_kr", "韩国", "", "country", opt=True)
    g.place("pl_dk", "丹麦", "", "country", opt=True)

    g.ent("pk_jj", "Park", "晋江经济开发区", ["晋江经开区"])
    g.ent("pk_wly", "Park", "五里园", [], opt=True)
    g.ent("pk_zztt", "Park", "漳州台商投资区", [])
    g.ent("pk_gl", "Park", "漳州古雷港经济开发区", [])
    g.ent("pk_tjkf", "Park", "天津经济技术开发区", ["天津开发区"])
    g.ent("pk_tjbs", "Park", "天津港保税区", ["保税区"])
    g.ent("pk_lg", "Park", "临港片区", [], opt=True)
    g.ent("pk_zxst", "Park", "中新天津生态城", [])
    g.ent("pk_wb", "Park", "伍堡工业园区", [])

    g.ent("ag_jj_gwh", "Agency", "晋江经开区管委会", [])
    g.ent("ag_zztt_gwh", "Agency", "漳州台商投资区管委会", [])
    g.ent("ag_bh_fgw", "Agency", "天津市滨海新区发展改革委", [])
    g.ent("po_ndjkg", "Policy", "拿地即开工审批模式", [], opt=True)
    g.ent("pk_qzkf", "Park", "泉州经济技术开发区", [])
    g.ent("co_yq", "Company", "深圳云栖智能科技有限公司", [])
    g.ent("co_kh", "Company", "厦门科瀚环保集团", ["科瀚环保"])
    g.ent("pj_kh", "Project", "工业固废资源化利用中心", [])
    g.ent("pk_ct", "Park", "长泰经济开发区", [])
    g.place("pl_ct", "长泰区", "", "district")
    g.place("pl_xm", "厦门", "", "city", opt=True)
    g.ent("pj_yq", "Project", "工业机器人研发生产基地", [])
    g.place("pl_sz", "深圳", "", "city", opt=True)
    g.ent("ag_jj_gxj", "Agency", "晋江市工信局", [])
    g.ent("ag_tj_swj", "Agency", "天津市商务局", [])
    g.ent("ag_tj_fgw", "Agency", "天津市发展和改革委员会", [])
    g.ent("ag_bh_gov", "Agency", "天津市滨海新区人民政府", [])

    g.ent("po_tj", "Policy", "关于支持滨海新区打造合成生物产业高地的若干措施", [])

    g.ent("co_gm", "Company", "泉州高迈体育用品有限公司", ["高迈体育", "高迈"])
    g.ent("co_rt", "Company", "锐途", [])
    g.ent("co_jf", "Company", "极风", [])
    g.ent("co_ll", "Company", "蓝羚（中国）有限公司", ["蓝羚"])
    g.ent("co_hs", "Company", "宏硕电子（漳州）有限公司", [])
    g.ent("co_hc", "Company", "福建海澄石化有限公司", ["海澄石化"])
    g.ent("co_hcny", "Company", "海澄能源集团", [])
    g.ent("co_dm", "Company", "韩国大明化学株式会社", [])
    g.ent("co_nrd", "Company", "诺瑞德酶制剂集团", ["诺瑞德"])
    g.ent("co_bx", "Company", "天津渤星生物科技有限公司", [])
    g.ent("co_lghy", "Company", "天津临港海洋装备有限公司", [])

    g.ent("pj_gm", "Project", "鞋服数字化柔性供应链中心", [])
    g.ent("pj_gm_cc", "Project", "智能仓储中心", [], opt=True)
    g.ent("pj_ll", "Project", "功能性面料研发中心", [])
    g.ent("pj_hs", "Project", "年产500万平方米柔性电路板项目", [])
    g.ent("pj_hc", "Project", "年产60万吨高端聚烯烃新材料项目", [])
    g.ent("pj_nrd", "Project", "年产2万吨酶制剂工厂", [])
    g.ent("pj_bx", "Project", "合成生物中试平台", [])
    g.ent("pj_fd", "Project", "海上风电运维母港项目", [])
    g.ent("pj_wb", "Project", "污水管网改造工程", [])

    # 晋江
    g.rel("pl_qz", "partOf", "pl_fj", "福建省泉州市晋江市")
    g.rel("pl_jj", "partOf", "pl_qz", "福建省泉州市晋江市")
    g.rel("pk_jj", "locatedIn", "pl_jj", "福建省泉州市晋江市，晋江经济开发区五里园")
    g.rel("pk_wly", "locatedIn", "pk_jj", "晋江经济开发区五里园", opt=True)
    g.rel("co_gm", "locatedIn", "pk_jj", "晋江经济开发区五里园的灯光次第亮起。泉州高迈体育用品有限公司")
    g.rel("co_gm", "locatedIn", "pk_wly", "五里园的灯光次第亮起。泉州高迈体育用品有限公司", opt=True)
    g.rel("co_gm", "investsIn", "pj_gm", "这座中心由高迈体育投资5.2亿元建设", amt=520000000)
    g.rel("pj_gm", "locatedIn", "pk_jj", "该公司启动鞋服数字化柔性供应链中心建设")
    g.rel("co_gm", "investsIn", "pj_gm_cc", "泉州高迈体育用品有限公司的智能仓储中心里", opt=True)
    g.rel("pj_gm_cc", "locatedIn", "pk_jj", "泉州高迈体育用品有限公司的智能仓储中心里", opt=True)
    g.rel("co_rt", "locatedIn", "pk_jj", "晋江经开区先后引进锐途、极风、蓝羚等龙头企业")
    g.rel("co_jf", "locatedIn", "pk_jj", "晋江经开区先后引进锐途、极风、蓝羚等龙头企业")
    g.rel("co_ll", "locatedIn", "pk_jj", "晋江经开区先后引进锐途、极风、蓝羚等龙头企业")
    g.rel("ag_jj_gwh", "signsWith", "co_ll", "晋江经开区管委会与蓝羚（中国）有限公司签署协议")
    g.rel("pk_jj", "signsWith", "co_ll", "晋江经开区管委会与蓝羚（中国）有限公司签署协议", opt=True)
    g.rel("co_ll", "investsIn", "pj_ll", "蓝羚将追加投资3亿元，在五里园建设功能性面料研发中心",
          amt=300000000)
    g.rel("pj_ll", "locatedIn", "pk_wly", "在五里园建设功能性面料研发中心", opt=True)
    g.rel("pj_ll", "locatedIn", "pk_jj", "在五里园建设功能性面料研发中心")
    g.des("pk_jj", "国家新型工业化产业示范基地", "晋江经开区入选国家新型工业化产业示范基地")

    # 漳州
    g.rel("pk_zztt", "locatedIn", "pl_zz", "漳州市的漳州台商投资区")
    g.rel("pk_gl", "locatedIn", "pl_zz", "漳州古雷港经济开发区")
    g.rel("co_hs", "locatedIn", "pk_zztt", "漳州台商投资区内，台资企业宏硕电子（漳州）有限公司")
    g.rel("co_hs", "investsIn", "pj_hs",
          "宏硕电子（漳州）有限公司年产500万平方米柔性电路板项目近日封顶。该项目总投资16亿元",
          amt=1600000000)
    g.rel("pj_hs", "locatedIn", "pk_zztt", "漳州台商投资区内，台资企业宏硕电子（漳州）有限公司年产500万平方米柔性电路板项目")
    g.rel("co_hc", "investsIn", "pj_hc",
          "总投资96亿元的年产60万吨高端聚烯烃新材料项目正在进行设备吊装。这一项目由福建海澄石化有限公司建设",
          amt=9600000000)
    g.rel("pj_hc", "locatedIn", "pk_gl", "在漳州古雷港经济开发区，总投资96亿元的年产60万吨高端聚烯烃新材料项目")
    g.rel("co_hc", "locatedIn", "pk_gl", "这一项目由福建海澄石化有限公司建设", opt=True)
    g.rel("co_hc", "locatedIn", "pl_fj", "福建海澄石化有限公司", opt=True)
    g.rel("co_hcny", "investsIn", "pj_hc", "海澄石化是海澄能源集团与韩国大明化学株式会社合资组建的企业",
          opt=True)
    g.rel("co_dm", "investsIn", "pj_hc", "海澄石化是海澄能源集团与韩国大明化学株式会社合资组建的企业",
          opt=True)
    g.rel("co_dm", "locatedIn", "pl_kr", "韩国大明化学株式会社", opt=True)

    # 天津
    g.rel("po_tj", "issuedBy", "ag_tj_swj",
          "天津市商务局、天津市发展和改革委员会、天津市滨海新区人民政府近日联合印发")
    g.rel("po_tj", "issuedBy", "ag_tj_fgw",
          "天津市商务局、天津市发展和改革委员会、天津市滨海新区人民政府近日联合印发")
    g.rel("po_tj", "issuedBy", "ag_bh_gov",
          "天津市商务局、天津市发展和改革委员会、天津市滨海新区人民政府近日联合印发")
    g.rel("pl_bh", "partOf", "pl_tj", "天津市滨海新区人民政府")
    g.rel("pk_tjkf", "locatedIn", "pl_tj", "天津经济技术开发区")
    g.rel("pk_tjkf", "locatedIn", "pl_bh", "措施发布当天，天津经济技术开发区", opt=True)
    g.rel("pk_tjkf", "signsWith", "co_nrd", "天津经济技术开发区与丹麦企业诺瑞德酶制剂集团签约")
    g.rel("co_nrd", "locatedIn", "pl_dk", "丹麦企业诺瑞德酶制剂集团", opt=True)
    g.rel("co_nrd", "investsIn", "pj_nrd", "诺瑞德将在天津开发区投资4.5亿元，建设年产2万吨酶制剂工厂",
          amt=450000000)
    g.rel("pj_nrd", "locatedIn", "pk_tjkf", "在天津开发区投资4.5亿元，建设年产2万吨酶制剂工厂")
    g.rel("co_bx", "investsIn", "pj_bx", "天津渤星生物科技有限公司投资2.8亿元建设的合成生物中试平台",
          amt=280000000)
    g.rel("co_bx", "locatedIn", "pk_tjkf", "天津开发区已集聚合成生物相关企业150余家。天津渤星生物科技有限公司",
          opt=True)
    g.rel("pj_bx", "locatedIn", "pk_tjkf", "天津开发区已集聚合成生物相关企业150余家。天津渤星生物科技有限公司投资2.8亿元建设的合成生物中试平台")

    # 简讯
    g.rel("pk_tjbs", "locatedIn", "pl_tj", "天津港保税区")
    g.rel("pk_tjbs", "signsWith", "co_lghy", "天津港保税区近日与天津临港海洋装备有限公司签约")
    g.rel("pj_fd", "locatedIn", "pk_lg", "海上风电运维母港项目落户保税区临港片区", opt=True)
    g.rel("pj_fd", "locatedIn", "pk_tjbs", "总投资1.2亿元的海上风电运维母港项目落户保税区临港片区")
    g.rel("pk_lg", "locatedIn", "pk_tjbs", "保税区临港片区", opt=True)
    g.rel("co_lghy", "investsIn", "pj_fd",
          "与天津临港海洋装备有限公司签约，总投资1.2亿元的海上风电运维母港项目", amt=120000000, opt=True)
    g.rel("pk_zxst", "locatedIn", "pl_tj", "中新天津生态城")
    g.des("pk_zxst", "全国首批城市绿色低碳发展示范区", "中新天津生态城入选全国首批城市绿色低碳发展示范区")
    g.rel("pl_ss", "partOf", "pl_qz", "泉州市石狮市")
    g.rel("pk_wb", "locatedIn", "pl_ss", "石狮市伍堡工业园区")
    g.rel("pl_zz", "partOf", "pl_fj", "福建省漳州市")
    g.rel("pl_ct", "partOf", "pl_zz", "漳州市长泰区")
    g.rel("pl_ct", "signsWith", "co_kh", "漳州市长泰区与厦门科瀚环保集团签署协议")
    g.rel("co_kh", "investsIn", "pj_kh", "科瀚环保将投资3600万元，在长泰经济开发区建设工业固废资源化利用中心",
          amt=36000000)
    g.rel("pj_kh", "locatedIn", "pk_ct", "在长泰经济开发区建设工业固废资源化利用中心")
    g.rel("pk_ct", "locatedIn", "pl_ct", "漳州市长泰区与厦门科瀚环保集团签署协议，科瀚环保将投资3600万元，在长泰经济开发区")
    g.rel("co_kh", "locatedIn", "pl_xm", "厦门科瀚环保集团", opt=True)
    g.rel("po_ndjkg", "issuedBy", "ag_zztt_gwh", "漳州台商投资区管委会有关负责人介绍，今年以来，该区推行“拿地即开工”审批模式",
          opt=True)
    g.rel("pl_bh", "partOf", "pl_tj", "天津市滨海新区发展改革委", opt=True)
    g.rel("pk_qzkf", "locatedIn", "pl_qz", "泉州经济技术开发区")
    g.rel("pk_qzkf", "signsWith", "co_yq", "泉州经济技术开发区与深圳云栖智能科技有限公司签约")
    g.rel("co_yq", "investsIn", "pj_yq", "后者将投资1.8亿元，在园区建设工业机器人研发生产基地",
          amt=180000000)
    g.rel("pj_yq", "locatedIn", "pk_qzkf", "后者将投资1.8亿元，在园区建设工业机器人研发生产基地")
    g.rel("co_yq", "locatedIn", "pl_sz", "深圳云栖智能科技有限公司", opt=True)
    g.rel("pj_wb", "locatedIn", "pk_wb", "伍堡工业园区近日完成污水管网改造工程，投资1800万元")
    return blocks, g


# ================================================================ main


def main():
    PAGES.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    problems = []
    builders = [(page1, 101, "utf-8"), (page2, 102, "gb18030"),
                (page3, 103, "utf-8"), (page4, 104, "utf-8")]
    for build, seed, enc in builders:
        blocks, gold = build()
        text = render(blocks, seed)
        flat = chk.squash(text)
        bare = chk.bare(text)
        stem = gold.doc[:-4]
        for e in gold.entities:
            problems += [f"{stem}: entity form not in page: {form}" for form in chk.forms_not_in(e, bare, chk.bare)]
        for t in gold.triples:
            if chk.squash(t["evidence"]) not in flat:
                problems.append(f"{stem}: evidence not in page: {t['evidence']}")
        (PAGES / gold.doc).write_bytes(text.encode(enc))
        data = json.dumps(gold.as_json(), ensure_ascii=False, indent=1) + "\n"
        (GOLD / f"{stem}.json").write_text(data, encoding="utf-8")
        print(f"{stem}: {len(flat)} chars, {len(gold.entities)} entities, "
              f"{len(gold.triples)} triples ({enc})")
    for msg in problems:
        print(msg, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
