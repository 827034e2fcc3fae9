"""A deterministic generator of realistic newspaper pages for benchmarks.

Why generated pages: the five seed pages are too few to measure throughput or
to fill a million-triple store, and the benchmark must run offline.  The pages
here follow the shape of the real ones — headline, byline, body paragraphs
about parks, companies, investments, policies and agencies, photo captions,
editor line — across every province, city and county of China (taken from
cpca's division table), and carry the same PDF-extraction noise: short lines
(12–18 characters) separated by blank lines, spaces inside words and numbers.

Determinism: article ``i`` of seed ``s`` depends only on ``(s, i)``, so the
first 1,000 articles of a 100,000-article corpus are the 1,000-article corpus,
and two runs give the same bytes.
"""

from __future__ import annotations

import csv
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class Division:
    province: str
    city: str
    county: str


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    """(province, city, county) triples from cpca's table, sorted for determinism."""
    import cpca

    path = Path(cpca.__file__).parent / "resources" / "pca.csv"
    rows: list[Division] = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["sheng"] in _EXCLUDED:  # different division system, no counties as such
                continue
            if r["sheng"] and r["shi"] and r["qu"]:
                rows.append(Division(r["sheng"], r["shi"], r["qu"]))
    rows.sort(key=lambda d: (d.province, d.city, d.county))
    return tuple(rows)


_EXCLUDED = ("台湾省", "香港特别行政区", "澳门特别行政区")
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")


def short_place(name: str) -> str:
    """平遥县 → 平遥, 山西省 → 山西, 广西壮族自治区 → 广西 (keeps two-character names)."""
    for suf in _SUFFIXES + ("自治州", "自治县", "地区", "新区", "县", "区", "盟", "旗"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红玉兰斌麟瑛虎达"
FIRM_WORDS = [
    "宏达",
    "金鼎",
    "华晟",
    "中科",
    "鑫源",
    "瑞丰",
    "恒泰",
    "永兴",
    "天成",
    "新和",
    "博远",
    "凯盛",
    "东方",
    "长城",
    "中天",
    "汇通",
    "德润",
    "盛世",
    "利民",
    "丰源",
    "宝丰",
    "安泰",
    "锦程",
    "嘉禾",
    "华信",
    "泰和",
    "龙腾",
    "晨光",
    "远大",
    "宇航",
    "亮宇",
    "同德",
    "海川",
    "正大",
    "金诚",
    "联创",
]
INDUSTRIES = [
    "钢铁",
    "新材料",
    "光伏",
    "化工",
    "电子",
    "食品",
    "能源",
    "机械",
    "汽车零部件",
    "生物医药",
    "纺织",
    "炭素",
    "锂电",
    "装备制造",
    "半导体",
    "陶瓷",
    "铝业",
    "玻璃",
    "物流",
    "农业科技",
    "环保科技",
    "氢能",
]
FIRM_SUFFIXES = ("有限公司", "股份有限公司", "集团有限公司", "科技有限公司", "集团")
PARK_KINDS = (
    "经济技术开发区",
    "高新技术产业开发区",
    "工业园区",
    "经济开发区",
    "产业园",
    "高新区",
    "经开区",
    "现代农业产业园",
    "化工园区",
)
PRODUCTS = [
    "阴极炭素高端石墨新材料",
    "煤焦油深加工",
    "高性能铝合金",
    "锂电池正极材料",
    "光伏组件",
    "新能源汽车电机",
    "特种玻璃",
    "生物降解塑料",
    "精密铸件",
    "智能装备",
    "氢燃料电池",
    "碳纤维复合材料",
    "芥菜深加工",
    "预制菜",
]
PROJECT_FORMS = (
    "年产{n}万吨{p}项目",
    "{p}生产线项目",
    "{n}兆瓦光伏发电项目",
    "{p}产业园项目",
    "{p}数智化工厂项目",
    "{n}万吨/年{p}项目",
)
DESIGNATIONS = (
    "国家级绿色工业园区",
    "国家级绿色工厂",
    "全国首批碳达峰试点园区",
    "省级循环化改造示范园区",
    "国家新型工业化产业示范基地",
    "省级专精特新“小巨人”企业",
)
POLICY_FORMS = (
    "关于推动开发区高质量发展的若干措施",
    "工业园区节约集约用地实施办法",
    "关于加快{ind}产业发展的实施意见",
    "{ind}产业高质量发展三年行动计划",
    "促进民营经济发展壮大的若干政策",
    "开发区“亩均论英雄”综合评价办法",
)
NATIONAL_AGENCIES = ("工业和信息化部", "国家发展改革委", "财政部", "商务部", "自然资源部", "科技部")
PROVINCE_AGENCIES = ("工业和信息化厅", "发展和改革委员会", "商务厅", "科学技术厅", "人民政府")
COUNTY_AGENCIES = ("人民政府", "发展和改革局", "工业和信息化局", "商务局")
FILLER = (
    "园区坚持项目为王，持续优化营商环境，推动产业链上下游协同发展",
    "今年以来，当地聚焦主导产业，强化要素保障，一批重点项目加快建设",
    "企业负责人表示，将进一步加大研发投入，推动产品向高端化、智能化、绿色化迈进",
    "据介绍，项目建成后预计可实现年产值{v}亿元，新增就业岗位{j}个",
    "园区单位面积的投入强度和产出效率是衡量发展质量的重要指标",
    "去年，全区规模以上工业增加值同比增长{pct}%，固定资产投资增长{pct2}%",
    "下一步，将围绕延链补链强链，引进一批带动能力强的龙头企业",
    "数据显示，{year}年园区实现营业收入{v}亿元，税收收入{t}亿元",
    "走进生产车间，自动化生产线高速运转，工人们正在紧张忙碌地作业",
    "当地建立“一企一策”服务机制，帮助企业解决用地、用工、融资等难题",
)


# --------------------------------------------------------------------------- pages


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _amount(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return f"{rng.randint(1, 80)}.{rng.randint(1, 9)}亿元"
    if r < 0.8:
        return f"{rng.randint(2, 150)}亿元"
    if r < 0.95:
        return f"{rng.randint(5, 99) * 100}万元"
    return f"{rng.randint(1, 20)}亿美元"


def _company(rng: random.Random, place_short: str) -> tuple[str, str]:
    """(full legal name, short name used later in the text)."""
    word = rng.choice(FIRM_WORDS)
    ind = rng.choice(INDUSTRIES)
    suffix = rng.choice(FIRM_SUFFIXES)
    full = f"{place_short}{word}{ind}{suffix}" if rng.random() < 0.7 else f"{word}{ind}{suffix}"
    return full, word + ind


def _project(rng: random.Random, owner_short: str, place_short: str) -> str:
    """A project name: most carry the investor's or the place's name, as real ones do.

    A few stay generic ("年产10万吨光伏组件项目"), the case where the same
    name on two pages may or may not be the same project.
    """
    form = rng.choice(PROJECT_FORMS)
    name = form.format(
        n=rng.choice((2, 3, 5, 6, 8, 10, 12, 15, 20, 30, 50, 80, 100, 120)), p=rng.choice(PRODUCTS)
    )
    r = rng.random()
    if r < 0.6:
        return owner_short + name
    if r < 0.85:
        return place_short + name
    return name


def _filler(rng: random.Random) -> str:
    return rng.choice(FILLER).format(
        v=rng.randint(5, 300),
        j=rng.randint(100, 3000),
        pct=rng.randint(3, 40),
        pct2=rng.randint(3, 40),
        year=rng.randint(2019, 2025),
        t=rng.randint(1, 40),
    )


def article(seed: int, i: int) -> str:
    """The clean (noise-free) text of article ``i``: headline, byline, body, caption."""
    rng = random.Random(seed * 1_000_003 + i)
    divs = divisions()
    d = divs[rng.randrange(len(divs))]
    city_s, county_s = short_place(d.city), short_place(d.county)
    full_place = d.province + ("" if d.city == d.province else d.city) + d.county
    city_county = ("" if d.city == d.province else d.city) + d.county
    park_kind = rng.choice(PARK_KINDS)
    park = f"{county_s}{park_kind}"
    park_short = park.replace("经济技术开发区", "经开区").replace("高新技术产业开发区", "高新区")
    firms = [_company(rng, rng.choice((county_s, city_s))) for _ in range(rng.randint(2, 4))]
    projects = [_project(rng, short, county_s) for _, short in firms]
    month, day = rng.randint(1, 12), rng.randint(1, 28)

    headline = rng.choice(
        (
            f"{county_s}：项目建设跑出“加速度”",
            f"{park_short}绿色循环产业体系加快形成",
            f"{d.province}{county_s}去年工业投资增长{rng.randint(5, 50)}%",
            f"{city_s}开发区高质量发展观察",
        )
    )
    byline = f"本报记者 {_person(rng)} 通讯员 {_person(rng)}"
    # the page's publication date (kg.text.dates reads it; investments_by_date lists by it): the
    # year comes from the article's number, so the random draws of the rest stay as they were
    published = f"发布时间：{2019 + i % 7}-{month:02d}-{day:02d}"
    paras: list[str] = []
    paras.append(
        f"{month}月{day}日，在{full_place}{park}，{firms[0][0]}投资{_amount(rng)}建设的"
        f"{projects[0]}正式开工。{_filler(rng)}。"
    )
    paras.append(
        f"{park}位于{city_county}，规划面积{rng.randint(5, 120)}平方公里，"
        f"已集聚{rng.choice(INDUSTRIES)}、{rng.choice(INDUSTRIES)}等企业{rng.randint(20, 400)}家。{_filler(rng)}。"
    )
    for (full, short), proj in zip(firms[1:], projects[1:], strict=True):
        kind = rng.random()
        if kind < 0.4:
            paras.append(f"{full}落户{park_short}，计划投资{_amount(rng)}建设{proj}。{_filler(rng)}。")
        elif kind < 0.7:
            paras.append(
                f"近日，{park}管委会与{full}签署合作协议，双方将共同推进{proj}。"
                f"{short}相关负责人说，{_filler(rng)}。"
            )
        else:
            paras.append(f"{short}总投资{_amount(rng)}的{proj}已进入设备安装阶段。{_filler(rng)}。")
    if rng.random() < 0.7:
        issuer = rng.choice(
            (
                rng.choice(NATIONAL_AGENCIES),
                d.province + rng.choice(PROVINCE_AGENCIES),
                d.county + rng.choice(COUNTY_AGENCIES),
            )
        )
        policy = rng.choice(POLICY_FORMS).format(ind=rng.choice(INDUSTRIES))
        if rng.random() < 0.5:
            policy = short_place(d.province) + policy if not policy.startswith("关于") else policy
        paras.append(f"日前，{issuer}印发《{policy}》，提出{_filler(rng)}。")
    if rng.random() < 0.6:
        paras.append(f"{park}被认定为{rng.choice(DESIGNATIONS[:3] + DESIGNATIONS[4:5])}。{_filler(rng)}。")
    if rng.random() < 0.5:
        paras.append(f"{firms[0][1]}入选{rng.choice(DESIGNATIONS[1:2] + DESIGNATIONS[5:])}名单。")
    for _ in range(rng.randint(6, 14)):
        paras.append("，".join(_filler(rng) for _ in range(rng.randint(1, 3))) + "。")
    rng.shuffle(paras[2:])
    caption = f"图为{firms[0][0]}生产车间。{_person(rng)}摄"
    editor = f"本版编辑 {_person(rng)} {_person(rng)}"
    return "\n".join([published, headline, byline, *paras, caption, editor])


def add_pdf_noise(text: str, seed: int, i: int) -> str:
    """Break lines like PDF extraction: 12–18 chars a line, blank lines, stray spaces.

    Spaces are put inside numbers ("16 .5 亿元"/"2020 年") and between CJK
    characters of a few lines ("工 业 用 地"), as in the seed pages.
    """
    rng = random.Random(seed * 7_919 + i)
    out: list[str] = []
    for para in text.split("\n"):
        if len(para) <= 18:  # headline, byline, editor line: kept whole
            out.append(para)
            out.append("")
            continue
        pos = 0
        while pos < len(para):
            width = rng.randint(12, 18)
            line = para[pos : pos + width]
            pos += width
            r = rng.random()
            if r < 0.05:
                line = " ".join(line)  # letter-spaced line
            elif r < 0.3:
                j = rng.randrange(len(line))
                line = line[:j] + " " + line[j:]
            out.append(line)
            out.append("")
    return "\n".join(out)


def page(seed: int, i: int) -> str:
    """A noisy page (what a PDF extractor gives), deterministic in ``(seed, i)``."""
    return add_pdf_noise(article(seed, i), seed, i)


def doc_id(seed: int, i: int) -> str:
    return f"gen{seed}_{i:07d}"


def generate(n: int, seed: int = 0, start: int = 0) -> Iterator[tuple[str, str]]:
    """Yield ``(doc_id, page_text)`` for articles ``start … start+n-1`` (streamed)."""
    for i in range(start, start + n):
        yield doc_id(seed, i), page(seed, i)


def write_corpus(folder: str | Path, n: int, seed: int = 0, start: int = 0) -> int:
    """Write ``n`` pages as UTF-8 ``.txt`` files into ``folder``; returns total chars.

    Streamed: one page in memory at a time.  Existing identical files are
    rewritten (same bytes), so a corpus folder can be reused across runs.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for did, text in generate(n, seed, start):
        tmp = folder / f".{did}.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, folder / f"{did}.txt")
        total += len(text)
    return total
