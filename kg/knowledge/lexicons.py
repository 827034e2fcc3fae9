"""General-knowledge lexicons for recognition: suffixes, stop words, places.

Nothing here names a particular company, park or article: the extractor must
work on pages from any province.  What is here is the *shape* of names
(legal-form suffixes, zone suffixes, government-body suffixes, policy-document
words), words that cannot be inside a name (verbs, prepositions: they mark a
left boundary), the national ministries (a closed, public list) and the
administrative-division names from the ``cpca`` package table.
"""

from __future__ import annotations

import csv
import math
from functools import lru_cache
from importlib import resources

CJK = "\u4e00-\u9fff"

# --------------------------------------------------------------------------- companies
#: Legal-form suffixes, longest first (regex alternation order matters).
COMPANY_LEGAL_SUFFIXES: tuple[str, ...] = (
    "集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司",
    "有限公司", "分公司", "总公司", "公司", "集团", "株式会社", "有限合伙",
    "专业合作社联合社", "专业合作社", "家庭农场",
)
#: The forms a registered firm's name ends with (its 营业执照 name), longest first.
REGISTERED_FORMS: tuple[str, ...] = ("股份有限公司", "有限责任公司", "有限公司", "株式会社")
#: Bank / financial branch suffixes (state banks are Company per the guidelines).
BANK_SUFFIXES: tuple[str, ...] = ("支行", "分行", "农村商业银行", "商业银行", "银行")
#: Industry words that end a short company name (黔丰轮胎, 云岭纸业, 江淮重工).
INDUSTRY_SUFFIXES: tuple[str, ...] = (
    "菜业", "食品", "轮胎", "橡胶", "炭素", "碳素", "纸业", "玻纤", "生物", "新材料", "重工",
    "物流", "环保", "机械", "化学", "化工", "纺织", "科技", "电子", "能源", "钢铁", "药业",
    "酒业", "实业", "电气", "电器", "汽车", "材料", "建材", "光电", "光伏", "股份", "高科",
    "制药", "医药", "乳业", "农业", "牧业", "纺织", "服饰", "家居", "电池", "特钢",
    "水泥", "陶瓷", "玻璃", "铝业", "铜业", "矿业", "煤业", "焦化", "燃气", "新能源", "智能",
    "装备", "精工", "动力", "制造", "生活", "传媒", "集团",
    "医疗器械", "医疗", "锂业", "电驱", "半导体", "微电子", "软件", "通信", "航空",
    "机器人", "精密", "模具", "供应链", "云计算", "算力",
    "茶业", "果业", "林业", "渔业", "粮油", "油脂", "水产", "畜牧", "化纤", "塑业",
    "稀土", "钼业", "镍业", "钴业", "硅业", "锌业", "锰业", "盐业", "钛业",
)
#: Words that cannot start a short brand name (avoid "新材料" alone, "该食品").
SHORT_NAME_BAD_STARTS = set("该本其此这那各全等新高大小省市县区镇村国中好")

# --------------------------------------------------------------------------- parks
#: Zone suffixes, longest first.
PARK_SUFFIXES: tuple[str, ...] = (
    "高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "综改示范区",
    "产业示范区", "示范区", "经济综合实验区", "综合实验区", "实验区", "自由贸易试验区", "试验区", "经济特区", "特别合作区", "深度合作区", "边境经济合作区", "跨境经济合作区", "经济合作区", "合作区", "产业集聚区", "产业聚集区", "产业功能区", "工业集中区", "高新区", "经开区", "开发区",
    "工业园区", "产业园区", "科技园区", "物流园区", "园区", "工业园", "产业园", "科技园",
    "创业园", "示范园", "物流园", "软件园", "专业镇", "保税区", "综合保税区", "自贸区", "新区",
    "创新港", "产业城", "片区", "科技城", "科学城", "生态园", "经济区", "经济发展区", "发展区",
    "综保区", "工业区", "生态城", "生物城", "软件城", "航空城", "汽车城", "台商投资区", "高科园",
    "石化区", "化工区", "化工园区", "化工园", "工业城", "工业新城", "产业新城", "合作园", "起步区",
    "能源化工基地", "煤化工基地", "石化产业基地", "石化基地", "化工产业基地", "沿海产业基地",
    "孵化器", "众创空间", "化工集中区",
)
#: Countries and regions written before a foreign firm's name (德国福尔坦集团): the firm's
#: name is what follows; the prefixed form stays an alias.
COUNTRY_PREFIXES: tuple[str, ...] = (
    "中国香港", "中国台湾", "中国澳门", "香港", "台湾", "澳门", "美国", "日本", "韩国", "德国", "法国", "英国",
    "意大利", "荷兰", "瑞士", "瑞典", "挪威", "丹麦", "芬兰", "奥地利", "比利时", "西班牙", "葡萄牙", "以色列",
    "澳大利亚", "新西兰", "加拿大", "新加坡", "马来西亚", "泰国", "越南", "印度尼西亚", "印尼", "印度", "俄罗斯",
    "智利", "巴西", "墨西哥", "阿根廷", "沙特", "阿联酋", "卡塔尔", "土耳其", "波兰", "捷克", "匈牙利", "爱尔兰",
    "卢森堡", "菲律宾", "柬埔寨", "老挝", "缅甸", "哈萨克斯坦", "乌兹别克斯坦", "南非", "埃及",
)
#: The provinces' one-character abbreviations (皖, 陕…), as a character class (macro $PROV: 皖南, 陕北).
PROVINCE_ABBREVIATIONS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新"
#: One-character abbreviations of China, its provinces and of countries, as they open a joint
#: zone's name before its place (中新天津生态城, 中马钦州产业园区, 中德沈阳…): a prefix made of them
#: is part of the zone's name; any other prefix before the zone's place is not (入选的有襄阳…).
REGION_ABBREVIATIONS = frozenset(
    PROVINCE_ABBREVIATIONS + "中蜀贵云秦陇港澳台" + "美日韩德法英意俄马泰越老柬缅印巴哈乌白以埃沙欧亚非瑞荷比奥"
)
#: Short park forms and the long suffix they abbreviate.
PARK_ABBREVIATIONS: dict[str, str] = {
    "经开区": "经济技术开发区",
    "高新区": "高新技术产业开发区",
    "综保区": "综合保税区",
}
#: Generic park words that, standing alone, refer back to a park (coreference).
PARK_GENERIC = ("园区", "开发区", "经开区", "高新区", "示范区", "产业园", "工业园", "专业镇")

# --------------------------------------------------------------------------- agencies
#: National bodies (public closed list; full name -> usual abbreviations).
NATIONAL_AGENCIES: dict[str, tuple[str, ...]] = {
    "工业和信息化部": ("工信部",),
    "国家发展和改革委员会": ("国家发展改革委", "国家发改委", "发改委"),
    "财政部": (),
    "商务部": (),
    "科学技术部": ("科技部",),
    "自然资源部": (),
    "生态环境部": ("环保部",),
    "农业农村部": ("农业部",),
    "住房和城乡建设部": ("住建部",),
    "交通运输部": ("交通部",),
    "水利部": (),
    "人力资源和社会保障部": ("人社部",),
    "教育部": (),
    "民政部": (),
    "文化和旅游部": ("文旅部",),
    "国家卫生健康委员会": ("国家卫健委",),
    "应急管理部": (),
    "中国人民银行": ("人民银行", "央行"),
    "国家金融监督管理总局": ("金融监管总局",),
    "中国证券监督管理委员会": ("中国证监会", "证监会"),
    "国家市场监督管理总局": ("市场监管总局",),
    "国家能源局": (),
    "国家税务总局": ("税务总局",),
    "国家外汇管理局": ("国家外汇局",),
    "国家数据局": (),
    "国家林业和草原局": ("国家林草局",),
    "国家药品监督管理局": ("国家药监局",),
    "国家医疗保障局": ("国家医保局",),
    "国家粮食和物资储备局": (),
    "国家邮政局": (),
    "国家铁路局": (),
    "中国民用航空局": ("民航局",),
    "国家国防科技工业局": (),
    "国家中医药管理局": (),
    "国家民族事务委员会": ("国家民委",),
    "退役军人事务部": (),
    "审计署": (),
    "公安部": (),
    "司法部": (),
    "海关总署": (),
    "国家统计局": (),
    "国家知识产权局": (),
    "国务院国有资产监督管理委员会": ("国务院国资委", "国资委"),
    "国务院": (),
    "中共中央": ("党中央",),
    "全国人民代表大会常务委员会": ("全国人大常委会",),
}
#: Department suffixes after a place (江西省工信厅, 赣州市工信局, 九江市发展改革委).
AGENCY_SUFFIXES: tuple[str, ...] = (
    "人民政府办公厅", "人民政府办公室", "人民政府", "管理委员会", "管委会", "党工委", "工委",
    "政府办公室", "政府办", "政府", "县委", "市委", "省委", "区委", "党委", "政协",
    "人民代表大会常务委员会", "人大常委会", "人民代表大会", "执行委员会",
    "委员会", "办公厅", "办公室", "服务中心", "总局", "厅", "局", "委",
)
#: Descriptive words allowed between the place and the agency suffix.
AGENCY_DEPT_WORDS: tuple[str, ...] = (
    "工业和信息化", "工信", "发展和改革", "发展改革", "发改", "财政", "商务", "科技", "科学技术",
    "自然资源", "自然资源和规划", "生态环境", "农业农村", "住房和城乡建设", "住建", "交通运输",
    "水利", "人力资源和社会保障", "人社", "教育", "民政", "文化和旅游", "文旅", "卫生健康",
    "市场监督管理", "市场监管", "能源", "税务", "统计", "应急管理", "国资", "地方金融监督管理",
    "金融", "投资促进", "招商", "大数据", "审批服务", "行政审批", "数据", "经济和信息化", "经信",
    "海洋发展", "海洋", "海洋渔业", "林业", "林业和草原", "医疗保障", "退役军人事务", "乡村振兴", "城市管理",
    "粮食和物资储备", "审计", "外事", "口岸", "港航", "港口", "体育", "气象", "知识产权", "科学技术和工业信息化",
    "公安", "司法", "人民银行", "银保监", "证监", "邮政", "通信管理", "药品监督管理", "消防救援",
    # the same departments as pages often shorten them, without 和
    "人力资源社会保障", "住房城乡建设", "文化旅游", "经济信息化", "自然资源规划", "地方金融管理", "经济合作",
    "科学技术信息化", "组织", "宣传", "统战",
)

# --------------------------------------------------------------------------- policies
POLICY_SUFFIXES: tuple[str, ...] = (
    "办法", "方案", "意见", "通知", "条例", "法", "规划", "纲要", "指南", "细则", "措施", "举措",
    "决定", "规定", "计划", "标准", "报告", "文件", "政策", "制度", "工程", "行动", "指引",
    "目录", "清单", "战略", "准则", "规范", "若干", "批复", "公告", "导则", "体系", "机制",
    "名单", "要点", "专项", "路线图",
)

# --------------------------------------------------------------------------- boundaries
#: Words that cannot be part of a name and end a left context scan.
LEFT_STOP_WORDS: tuple[str, ...] = (
    "走进", "进驻", "入驻", "落户", "选址", "投向", "扎根", "深耕", "位于", "来自", "推动", "推进", "加快", "实施", "启动", "建设",
    "投资", "引进", "引入", "签约", "签订", "新上", "上了", "开工", "投产", "打造", "包括", "其中",
    "目前", "如今", "今年", "去年", "近日", "日前", "同时", "以及", "还有", "又有", "既有", "更有", "也有", "作为", "依托", "支持",
    "带动", "成为", "属于", "通过", "联合", "携手", "牵手", "对接", "发布", "印发", "出台", "制定",
    "获评", "入选", "认定", "荣获", "获得", "获", "成功", "正在", "已经", "积极", "重点", "全力",
    "加速", "助力", "围绕", "瞄准", "聚焦", "培育", "发展", "完成", "开展", "组织", "召开", "举办",
    "表示", "介绍", "认为", "指出", "告诉", "显示", "据", "在", "于", "与", "和", "及", "同", "跟",
    "向", "从", "由", "对", "为", "是", "的", "了", "将", "把", "被", "让", "使", "给", "等", "或",
    "以", "并", "也", "又", "还", "就", "都", "已", "均", "即", "该", "此", "其", "各", "到", "至",
    "共", "总", "约", "近", "超", "逾", "余", "多", "个", "家", "批", "项", "年", "月", "日",
    "首批", "第", "首家", "首个", "龙头", "企业", "我们", "他们", "记者", "全国", "全省", "全市",
    "全县", "全区", "当地", "本地", "国内", "国际", "一家", "这家", "一批", "一座", "一个", "了",
    "看", "说", "到", "有", "上", "下", "中", "里", "内", "外", "前", "后",
)

# --------------------------------------------------------------------------- places
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_CITY_SUFFIXES = ("自治州", "地区", "盟", "市")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗")


def _short(name: str, suffixes: tuple[str, ...]) -> str | None:
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            short = name[: -len(suf)]
            if suf == "自治州" or suf == "自治县":
                # 黔南布依族苗族自治州 -> 黔南: drop the ethnic-group words too
                for k in range(2, len(short)):
                    if short[k:].endswith("族"):
                        return short[:k]
            return short
    return None


PlaceRow = tuple[str, str, str | None, str | None]  # full name, level, province, city


@lru_cache(maxsize=1)
def place_table() -> dict[str, tuple[PlaceRow, ...]]:
    """Name -> candidate divisions ``(full name, level, province, city)``.

    Built once from the cpca package's division table (province/city/county);
    short forms (山西, 大同, 平遥) are included.  A name may have several
    candidates (华容: 华容县 in 湖南, 华容区 in 湖北); the resolver picks one
    from the page's other places.  Candidates are ordered province, city,
    county, full-name matches before short-form matches.
    """
    full: dict[str, list[PlaceRow]] = {}
    shorts: dict[str, list[PlaceRow]] = {}
    try:
        ref = resources.files("cpca").joinpath("resources/pca.csv")
        rows = list(csv.DictReader(ref.open(encoding="utf-8")))
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - package missing
        rows = []
    rank = {"province": 0, "city": 1, "county": 2}
    seen: set[PlaceRow] = set()
    for row in rows:
        prov, city, county = row["sheng"], row["shi"], row["qu"]
        entries: list[PlaceRow] = [(prov, "province", None, None)]
        if city and city != prov:
            entries.append((city, "city", prov, None))
        if county:
            entries.append((county, "county", prov, city if city != prov else None))
        for e in entries:
            if e in seen:
                continue
            seen.add(e)
            name, level = e[0], e[1]
            full.setdefault(name, []).append(e)
            sufs = {"province": _PROVINCE_SUFFIXES, "city": _CITY_SUFFIXES, "county": _COUNTY_SUFFIXES}[level]
            s = _short(name, sufs)
            if s and len(s) >= 2:
                shorts.setdefault(s, []).append(e)
                if level == "city" and name.endswith("自治州"):
                    shorts.setdefault(s + "州", []).append(e)  # 黔南布依族苗族自治州 is written 黔南州
    out: dict[str, tuple[PlaceRow, ...]] = {}
    for name in set(full) | set(shorts):
        cands = sorted(full.get(name, []), key=lambda e: rank[e[1]])
        cands += sorted(shorts.get(name, []), key=lambda e: rank[e[1]])
        out[name] = tuple(cands)
    return out


@lru_cache(maxsize=1)
def place_index() -> tuple[dict[str, tuple[int, ...]], int]:
    """First character -> candidate name lengths (longest first), and max length."""
    idx: dict[str, set[int]] = {}
    for name in place_table():
        idx.setdefault(name[0], set()).add(len(name))
    out = {k: tuple(sorted(v, reverse=True)) for k, v in idx.items()}
    return out, max((len(n) for n in place_table()), default=0)


#: Short place forms that are ordinary words far more often than places.
PLACE_SHORT_STOP = {
    "万年", "上城", "东区", "东方", "东风", "中区", "中山", "光明", "全州", "兴国", "凤凰", "前进", "北区", "南区", "南山", "双城",
    "合作", "同心", "向阳", "和平", "城东", "城中", "城北", "城区", "城西", "大安", "大方", "大通", "太平", "宝山", "富民", "市中",
    "平安", "新兴", "新华", "新城", "朝阳", "永定", "永年", "永康", "江北", "江南", "江海", "海港", "港口", "白山", "矿区", "红旗",
    "西区", "通道", "郊区", "金山", "铁山", "长安", "长寿", "青山", "龙华", "龙岗", "会同",  # 会同: A会同B印发 (jointly with)
}


@lru_cache(maxsize=1)
def word_table() -> dict[str, tuple[int, str]]:
    """Common words of the jieba dictionary (length 1-4): word -> (frequency, POS tag).

    Used for two general tests, never for segmentation of the whole page:
    is a word a predicate (a verb, adverb, preposition: it ends a name on its
    left), and is a candidate short name just an ordinary word (铸造, 橡胶)?
    Read once (~0.3 s) and cached.
    """
    out: dict[str, tuple[int, str]] = {}
    try:
        ref = resources.files("jieba").joinpath("dict.txt")
        with ref.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) != 3 or len(parts[0]) > 4:
                    continue
                f = int(parts[1])
                if f >= 20:
                    out[parts[0]] = (f, parts[2])
    except (ModuleNotFoundError, FileNotFoundError, ValueError):  # pragma: no cover
        pass
    return out


_LOG_TOTAL = math.log(60_000_000)  # about the sum of the jieba dictionary's frequencies


#: the log probability of a character no word of the table holds (frequency 1)
_UNKNOWN_CHAR = math.log(1) - _LOG_TOTAL


@lru_cache(maxsize=1)
def _word_log_probs() -> dict[str, float]:
    """log(frequency) − log(total) of every word of :func:`word_table`, computed once (the
    segmenter of :func:`word_bounds` adds these up instead of taking a logarithm per candidate)."""
    return {w: math.log(f) - _LOG_TOTAL for w, (f, _tag) in word_table().items() if f}


@lru_cache(maxsize=4096)
def word_bounds(text: str) -> tuple[int, ...]:
    """The ends of the words of ``text`` in its most probable segmentation over :func:`word_table`
    (a unigram model, words of 1-4 characters; an unknown character is a word of its own).

    Run on a few characters at a time where a rule needs to know whether a position falls inside
    a word (a line break inside 高新区, the stop 是 before 日本 or inside 如意科技), never on a page.
    """
    logp = _word_log_probs()
    n = len(text)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        # an unknown character is a word of its own with frequency 1; an unknown longer string no word
        cands = [(logp.get(text[i], _UNKNOWN_CHAR) + best[i + 1][0], i + 1)]
        for j in range(i + 2, min(n, i + 4) + 1):
            lp = logp.get(text[i:j])
            if lp is not None:
                cands.append((lp + best[j][0], j))
        best[i] = max(cands)
    ends, i = [], 0
    while i < n:
        i = best[i][1]
        ends.append(i)
    return tuple(ends)


#: Verbs that also form names of zones, projects and companies (装备制造园区,
#: 脱硝改造项目, 第六建设有限公司): they never end a name on their own.
NAME_FORMING_VERBS = frozenset(
    ["制造", "示范", "创新", "加工", "再生", "循环利用", "智慧", "种植", "养殖", "孵化", "创业", "融合", "发展", "服务", "综合", "改革", "转型", "建设", "改造", "回收", "封闭", "铸造", "利用", "处理", "发电", "储能", "生产", "研发", "循环", "升级", "感知", "净化", "脱硫", "脱硝", "提浓", "冶炼", "焊接", "仓储", "配送", "检测", "认证", "设计", "开发", "应用", "管理", "投资", "控股", "经营", "贸易", "物流", "运营", "培训", "咨询", "集成", "装配", "加油", "充电", "交易", "展示", "体验", "康养", "养老", "旅游", "健身", "共享", "智造", "精炼", "热解", "冷链", "分拣", "包装", "灌装", "发酵", "烘焙", "屠宰", "酿造", "纺纱", "织造", "印染", "锻造", "轧钢", "炼钢", "炼铁", "氧化", "还原", "电解", "降解", "硬化", "深加工", "节能", "减排", "环保", "降碳", "固废", "治理", "修复", "保护", "监测", "替代", "扩能", "技改", "搬迁", "续建", "扩建", "新建", "提质",
     "封装", "封测", "测试", "组装", "提纯", "合成", "制备", "育种", "维修", "拆解", "研究",
     # frequent verbal nouns (jieba: vn) that name what a firm or zone makes or is, not verbs
     # before a name (西藏昊泰设备科技有限公司, 开元自动焊接装备, 安踏体育用品集团, 综合试验区)
     "设备", "自动", "体育", "试验", "实验"]
)


@lru_cache(maxsize=2)
def predicate_words(with_vn: bool = True) -> frozenset[str]:
    """Frequent verbs/adverbs/prepositions/conjunctions of length 2 (left stops)."""
    out = set()
    for w, (f, tag) in word_table().items():
        if w in NAME_FORMING_VERBS or len(w) != 2:
            continue
        if (f >= 50 and tag in ("v", "d", "p", "c", "ad", "vd", "u")) or (with_vn and f >= 2000 and tag == "vn"):
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def common_chars() -> frozenset[str]:
    """Characters of the segmenter's common words (frequency ≥ 100): tells decoded text from mojibake."""
    return frozenset(ch for w, (freq, _tag) in word_table().items() if freq >= 100 for ch in w)
