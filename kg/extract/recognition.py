"""Recognise typed mentions (Park, Company, Agency, Policy, Project, Place).

Why rules and not a statistical tagger: the pages are few, noisy and from
many provinces; what generalises is the *shape* of names (a zone suffix, a
legal-form suffix, a department suffix, 《》 around a document, "…项目"), a left
boundary found from words that cannot be inside a name (verbs, prepositions,
punctuation, the end of a neighbouring name) and the administrative-division
table.  Everything is compiled regexes and dict lookups, so a page costs
milliseconds; no tokenizer runs over the whole text.

Recognisers run in a fixed order and each one blocks the characters it has
claimed, so a later recogniser cannot take part of an earlier name (a project
name stops where the company name before it ends).  Place mentions are the
exception: they may sit inside a park, agency or company name (平遥 in
湄潭经济技术开发区), which is how name prefixes become ``locatedIn`` facts.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.document import Document, Mention
from kg.extract import cues
from kg.extract.spans import Coverage, FormIndex, find_all
from kg.knowledge import lexicons as lx
from kg.rules import Rule

#: the named cue patterns of this stage (kg/knowledge/data/cues/recognition.toml and common.toml)
CUES = cues.load("recognition")

try:  # division table with edge checks (written by the places helper)
    from kg.knowledge import places as _places
except ImportError:  # pragma: no cover
    _places = None  # type: ignore[assignment]

C = lx.CJK
_ALT = "|".join
_STRONG_BOUNDARY = set("，。；：！？、,.;:!?（）()《》“”‘’\"'「」【】[]—…\n\r\t □■●◆")


def _sorted(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


_BASE_STOPS = (set(lx.LEFT_STOP_WORDS) | {"报讯", "社讯", "台讯", "网讯", "日讯", "多地", "所有", "一家", "某", "部分", "各类", "之", "如",
               "下一步", "整个", "锚定", "极大地", "大力", "更多", "多少", "我国", "缺", "走", "抓", "着", "旗下",
               "我省", "我市", "我区", "我县", "我州", "再加上", "下设",
               # a heading or a person's post before a firm (项目基本情况|X有限公司, 党工委书记|X集团)
               "情况", "书记", "主任", "局长", "董事长", "总经理"}) - {"家"}
#: Legal names may contain 建设/发展/第 (中国铁路第十二建设有限公司): fewer stops.
_LEGAL_KEEP = {"建设", "发展", "第", "中", "上", "下", "内", "外", "前", "后", "里", "共", "总", "有", "同",
               "重点", "国际", "国内", "联合", "都", "还", "又", "也", "就", "即", "到", "至", "和", "及",
               "合作", "约", "近", "超", "多", "余", "个", "家", "批", "项", "年", "月", "日", "并", "看",
               "说", "全国", "全省", "全市", "全县", "全区", "其", "各", "此", "以", "首批", "首家", "首个",
               "或", "龙头", "支持", "带动", "获", "已", "均", "信", "开发", "之", "高新"}
#: Project names keep 及/和/与 (镁基合金及深加工), 年产, 期 and numbers.
_PROJECT_KEEP = {"及", "和", "与", "同", "年", "月", "日", "中", "上", "下", "内", "外", "前", "后", "里",
                 "有", "个", "项", "多", "余", "约", "近", "超", "逾", "总", "共", "全国", "全省",
                 "全市", "全县", "全区", "国际", "国内", "龙头", "合作", "之", "高效", "集中",
                 "一体", "共同", "企业", "智能", "绿色", "自动", "统一", "全面", "分布", "连续"}
_PARK_KEEP = {"发展", "第", "中", "上", "下", "内", "外", "前", "后", "里", "有", "个", "项", "多", "余", "约",
              "近", "超", "逾", "总", "共", "合作", "国际", "开发", "同", "现代", "融合", "示范", "高效", "与", "高新",
              "集中", "综合", "共同", "之"}


def _stopset(keep: set[str], extra: Iterable[str] = ()) -> frozenset[str]:
    return frozenset((_BASE_STOPS | set(extra)) - keep)


_STOP_CACHE: dict[str, tuple[frozenset[str], frozenset[str], int]] = {}


def _stops(kind: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(strong stops, weak stops, min chars a weak stop must leave) per name kind.

    Strong stops (prepositions, particles, 走进/位于…) always end a name; weak
    stops are the frequent verbs of the dictionary, which sometimes form part
    of a descriptive name, so they only cut when enough name is left.
    """
    if kind not in _STOP_CACHE:
        verbs = lx.predicate_words()
        if kind == "legal":
            _STOP_CACHE[kind] = (_stopset(_LEGAL_KEEP), verbs - _LEGAL_KEEP, 0)
        elif kind == "project":
            strong = _stopset(_PROJECT_KEEP, ("项目", "加快", "加紧", "总投资", "新建", "扩建", "续建",
                                              "拟建", "签约", "的", "上了", "投运", "建成", "落地", "开建",
                                              "再添", "新添", "喜添", "再迎", "迎来", "筹划", "谋划"))
            _STOP_CACHE[kind] = (strong, verbs - _PROJECT_KEEP, 4)
        elif kind == "park":
            strong = _stopset(_PARK_KEEP, ("建设", "投运", "集聚", "形成", "覆盖", "打造", "公司", "企业"))
            _STOP_CACHE[kind] = (strong, lx.predicate_words(with_vn=False) - _PARK_KEEP, 0)
        else:
            _STOP_CACHE[kind] = (_stopset(set()), verbs, 0)
    return _STOP_CACHE[kind]


_LOCAL = threading.local()  # per-thread place coverage of the page being recognised
def _is_verb(w: str) -> bool:
    hit = lx.word_table().get(w)
    return bool(hit) and hit[1] in ("v", "vn")


#: Characters that turn a verb into a noun (连接器, 处理站, 搅拌机, 催化剂).
_NOUN_SUFFIX_CHARS = set("器站厂机剂场线池炉罐仓库塔管网件品物料体室所台具车船")


#: Per character: may it be part of a name (a name character, no strong boundary)?
#: Filled lazily by :func:`_left_start` — the same few thousand characters recur on every page.
_NAME_CH_CACHE: dict[str, bool] = {}
#: strong | weak stop words per stops tuple, so most windows cost one set lookup.
_STOP_UNION: dict[tuple[frozenset[str], frozenset[str], int], frozenset[str]] = {}


def _left_start(text: str, end: int, blocked: Coverage, stops: tuple[frozenset[str], frozenset[str], int],
                max_len: int) -> int:
    """Start of a name that ends at ``end``: scan left over name characters.

    Stops at punctuation/whitespace, at a character claimed by another
    mention, after ``max_len`` characters, then cuts after the rightmost stop
    word found in the window (a verb or preposition cannot be inside a name).
    A stop word may not overlap a place name (走进山西…: 进山 is no verb here).
    """
    i = _scan_name_chars(text, end, blocked, max_len)
    cov = getattr(_LOCAL, "cov", None)
    i = _skip_joining_conjunction(text, i, end, blocked, cov)
    return _after_conjunction(text, _rightmost_stop_cut(text, i, end, stops, cov), end, cov)


def _scan_name_chars(text: str, end: int, blocked: Coverage, max_len: int) -> int:
    """Leftmost start of the run of unclaimed name characters ending at ``end`` (at most ``max_len``).

    Punctuation, whitespace or another mention's character ends the run.
    """
    i = end
    lo = max(0, end - max_len)
    name_ch = _NAME_CH_CACHE
    while i > lo and not blocked[i - 1]:
        ch = text[i - 1]
        ok = name_ch.get(ch)
        if ok is None:
            ok = name_ch[ch] = ch not in _STRONG_BOUNDARY and CUES.name_char.match(ch) is not None
        if not ok and not (ch == "." and i >= 2 and text[i - 2].isdigit() and text[i: i + 1].isdigit()):
            break  # (a decimal point inside a figure is part of the name: 年产1.5万吨…)
        i -= 1
    return i


def _skip_joining_conjunction(text: str, i: int, end: int, blocked: Coverage, cov: Coverage | None = None) -> int:
    """Step over 与/和/及/同/跟 that join this name to the previous name or open the clause,
    unless a place name opens with it (，和田市北京工业园区: 和 is 和田's) or an enumeration's 、
    stands before it (、同翎彩印生产线项目: no list joins an item with a conjunction after 、)."""
    # a conjunction right after the previous name or clause start is never part of this one
    while i < end and text[i] in "与和及同跟" and (i == 0 or blocked[i - 1] or text[i - 1] in _STRONG_BOUNDARY) \
            and not (cov and cov[i]) and text[i - 1: i] != "、":  # 、同翎彩印项目: no conjunction after 、
        i += 1
    return i


#: what follows a registered firm's own words: its (Chinese) legal form or its bracketed seat
_REGISTERED_AFTER = (*(f for f in lx.REGISTERED_FORMS if f.endswith("公司")), "（", "(")
#: the last characters of each stop union's words (a stop word can only end at one of them)
_STOP_LAST_CHARS: dict[tuple[frozenset[str], frozenset[str], int], frozenset[str]] = {}


def _rightmost_stop_cut(text: str, i: int, end: int, stops: tuple[frozenset[str], frozenset[str], int],
                        cov: Coverage | None) -> int:
    """Position right after the rightmost stop word in ``text[i:end]`` that really ends a name (else ``i``)."""
    strong, weak, _weak_min = stops
    legal = stops is _STOP_CACHE.get("legal")
    window = text[i:end]
    n = len(window)
    clause_start = i == 0 or text[i - 1] in "，。；：！？、“\n"
    any_stop = _STOP_UNION.get(stops)
    if any_stop is None:
        any_stop = _STOP_UNION[stops] = strong | weak
        _STOP_LAST_CHARS[stops] = frozenset(w[-1] for w in any_stop if w)
    last_chars = _STOP_LAST_CHARS[stops]
    # the rightmost cut wins: walk cut positions from the right, stop at the first stop word
    for j in range(n, 0, -1):
        if window[j - 1] not in last_chars:
            continue  # no stop word ends here (one set lookup instead of four)
        for L in (1, 2, 3, 4):
            k = j - L
            if k < 0:
                break
            w = window[k:j]
            if w not in any_stop:
                continue  # (one set lookup rules out the common case: no stop word at all)
            if legal and j == n and L >= 2 and k >= 2 and text.startswith(_REGISTERED_AFTER, end):
                continue  # 吉宝企业|有限公司, 盛美半导体设备|（上海）…: the word before a registered form is the name's own
            if _stop_word_spared(window, k, j, stops, legal, clause_start, cov, i):
                continue
            inside = _stop_inside_word(window, k) if L == 1 and not (cov and cov[i + j]) else None
            if inside == 0:
                continue  # 如意, 起落架: the stop character is part of a word of the name
            if inside:
                return i + k + inside  # 了解华为…: the word the stop opens ends the clause before the name
            return i + j
    return i


#: a word around a one-character stop is a predicate that ends a name only when it is this frequent
#: (了解 11,774, 对话); rarer ones are names' words (如意 321, 起落架)
_FREQUENT_PREDICATE = 1000
#: jieba's tags of words that never belong to a name: times, pronouns, adverbs, prepositions,
#: conjunctions, particles, locatives, idioms, set phrases, numerals, measure words, attributives (所在)
_FUNCTION_TAGS = frozenset({"t", "r", "d", "p", "c", "u", "f", "i", "l", "m", "q", "b"})


def _stop_inside_word(window: str, k: int) -> int | None:
    """The one-character stop ``window[k]`` inside a word of the window's most probable
    segmentation: ``None`` when it is a word of its own (是|日本); 0 when its word is a name's
    word (如意科技, 起落架, 日本); else how far past ``k`` the word ends, when the word is a
    function word, a time, an idiom or a frequent predicate (了解华为…, 上半年园区, 一如既往支持…):
    the cut goes after the whole word."""
    ends = lx.word_bounds(window)
    i = bisect.bisect_right(ends, k)
    start = ends[i - 1] if i else 0
    end = ends[i]
    if start == k and end == k + 1:
        return None
    freq, tag = lx.word_table().get(window[start:end], (0, ""))
    if tag in _FUNCTION_TAGS or (tag in ("v", "vn", "a") and freq >= _FREQUENT_PREDICATE):
        return end - k
    return 0


def _straddles_words(window: str, k: int, j: int) -> bool:
    """Does ``window[k:j]`` cross a word boundary of the window's most probable segmentation?"""
    ends = lx.word_bounds(window)
    return not ((k == 0 or k in ends) and j in ends)


def _opens_after_place(window: str, k: int, strong: frozenset[str], cov: Coverage, i: int) -> bool:
    """Does the place that ends at ``window[k]`` open a name: at the window's start, or right
    after a strong stop (还有|新疆立新能源…)?"""
    p = k
    while p > 0 and cov[i + p - 1]:
        p -= 1
    return p == 0 or any(window[max(0, p - L): p] in strong for L in (1, 2, 3))


def _stop_word_spared(window: str, k: int, j: int, stops: tuple[frozenset[str], frozenset[str], int],
                      legal: bool, clause_start: bool, cov: Coverage | None, i: int) -> bool:
    """Is the stop word ``window[k:j]`` part of the name here rather than its left edge?

    E.g. 数据 (not 据 "according to"), 城市建设投资有限公司, 连接器, 年产.
    """
    strong, weak, weak_min = stops
    w = window[k:j]
    L = j - k
    n = len(window)
    if w not in strong and (w not in weak or j > n - weak_min or (legal and clause_start and n <= 12 and k > 0)):
        return True  # (a legal name opening a clause keeps inner words: ，上汽通用五菱汽车…; 预计公司 still cut)
    # a postposition cannot open a clause: 中天半导体, 上汽… at a clause start are names
    if k == 0 and L == 1 and clause_start and w in "中上下内外前后里":
        return True
    # a stop closing a noun is no stop (数据 is not 据 "according to", 云计算 not 计算);
    # nor one closing a proper name the dictionary knows (华为 is not 为 "for")
    if k > 0 and L <= 2 and (_is_noun(window[k - 1: j]) or (L == 1 and _is_proper(window[k - 1: j]))):
        return True
    # a legal or zone name that opens with a place keeps the words right after it (新疆立新能源, 山东如意科技)
    if (legal or stops is _STOP_CACHE.get("park")) and w not in strong and k > 0 and cov and cov[i + k - 1] \
            and _opens_after_place(window, k, strong, cov, i):
        return True
    # 投资/控股/建设 right before a legal suffix name the business (城市建设投资有限公司)
    if legal and w in lx.NAME_FORMING_VERBS and (j == n or _business_words_re().fullmatch(window, j)):
        return True  # (建设投资控股: a run of business words before the suffix)
    # a verb + noun suffix is a noun (连接器, 显示器件): not the end of a name
    if L >= 2 and j < n and window[j] in _NOUN_SUFFIX_CHARS and _is_verb(w):
        return True
    # a verb opening a longer noun is no verb (供应链, 运营商, 研究院): 丝路通跨境供应链管理有限公司
    if legal and L == 2 and j < n and _is_noun(window[k: j + 1]):
        return True
    # a weak stop of two characters or more that straddles two words is no word here (文化|合作: not 化合)
    if L >= 2 and w not in strong and _straddles_words(window, k, j):
        return True
    if cov and any(cov[i + k: i + j]):
        return True
    # 生产线扩建项目: a build verb between a facility and the suffix is the kind of works, not a verb
    if j == n and k > 0 and w in _WORKS_KIND_VERBS and stops is _STOP_CACHE.get("project") \
            and window[k - 1] not in _FUNCTION_CHARS:
        return True
    return w == "年" and window[j: j + 1] == "产"


#: build verbs that, right before 项目/工程 and after a facility, name the kind of works (生产线扩建项目)
_WORKS_KIND_VERBS = frozenset({"扩建", "新建", "续建", "改建", "改扩建", "技改"})


def _after_conjunction(text: str, s: int, end: int, cov) -> int:
    """Drop a conjunction that joins this name to what precedes it.

    与/跟 never start a name; 与/和/同 right before a division name are a
    conjunction (日前与贵阳高新区…), while 与 between two industry words stays
    (电子与装备制造园区).
    """
    while s < end - 2 and text[s] in "与跟":
        s += 1
    if cov:
        k = text.rfind("与", s, end - 2)
        while k >= 0:
            if cov[k + 1] and not cov[k]:
                return k + 1
            k = text.rfind("与", s, k)
    return s


@lru_cache(maxsize=1)
def _business_words_re() -> re.Pattern[str]:
    words = _sorted(set(lx.NAME_FORMING_VERBS) | set(lx.INDUSTRY_SUFFIXES))
    return re.compile(f"(?:{_ALT(re.escape(w) for w in words)})+")


@lru_cache(maxsize=4096)
def _is_noun(w: str) -> bool:
    hit = lx.word_table().get(w)
    return bool(hit) and hit[1].startswith("n") and hit[1] not in ("nr", "ns", "nrt")


def _is_proper(w: str) -> bool:
    hit = lx.word_table().get(w)
    return bool(hit) and hit[1] in ("nr", "nz", "nt") and hit[0] >= 20


class _Span:
    """A tiny match-like object (start/end) for str.find hits."""

    __slots__ = ("_s", "_e")

    def __init__(self, s: int, e: int) -> None:
        self._s, self._e = s, e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


# ============================================================================ places
_TOWN_BAD = set("之该本其此这那各全每乡村专特名强示范业重点个多两中县市省区镇集的了在与及等是为将如")


def _place_candidates(text: str) -> list[tuple[int, int, str]]:
    """Longest-match dictionary scan for division names (province/city/county).

    A C-speed regex jumps to characters that can start a name; a two-character
    prefix table then rules out most positions with one dict lookup.
    """
    table = lx.place_table()
    prefix2 = _prefix2()
    first = _first_char_re()
    out: list[tuple[int, int, str]] = []
    n = len(text)
    nxt = 0
    inside_byline_word = {k for bm in CUES.byline_word.finditer(text) for k in range(bm.start() + 1, bm.end())}
    for fm in first.finditer(text):
        i = fm.start()
        if i < nxt or i in inside_byline_word:
            continue  # 通讯|员林晓: 员林 (a city) does not start inside 通讯员
        lens = prefix2.get(text[i: i + 2])
        if not lens:
            continue
        for L in lens:
            if i + L <= n and text[i: i + L] in table:
                out.append((i, i + L, text[i: i + L]))
                nxt = i + L
                break
    return out


@lru_cache(maxsize=1)
def _prefix2() -> dict[str, tuple[int, ...]]:
    pre: dict[str, set[int]] = {}
    for name in lx.place_table():
        pre.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in pre.items()}


@lru_cache(maxsize=1)
def _first_char_re() -> re.Pattern[str]:
    idx, _ = lx.place_index()
    return re.compile("[" + "".join(sorted(re.escape(c) for c in idx)) + "]")


@lru_cache(maxsize=8192)
def _common_word(w: str, min_freq: int = 100) -> bool:
    """An ordinary dictionary word (not a person/place/organisation name)?"""
    hit = lx.word_table().get(w)
    return bool(hit) and hit[0] >= min_freq and hit[1] not in ("nr", "ns", "nt", "nz", "nrt")


def _inside_word(text: str, s: int, e: int) -> bool:
    """Is the span part of a longer dictionary word (真金白银, 北海道)?"""
    table = lx.word_table()
    for a in range(max(0, s - 2), s + 1):
        for b in range(e, min(len(text), e + 2) + 1):
            if (a, b) != (s, e) and b - a <= 4 and text[a:b] in table:
                return True
    return False


def _place_level(name: str) -> str:
    rows = lx.place_table().get(name)
    return rows[0][1] if rows else "county"


def _is_full_form(name: str) -> bool:
    rows = lx.place_table().get(name, ())
    return any(r[0] == name for r in rows)


def _province_of(row: lx.PlaceRow) -> str | None:
    return row[0] if row[1] == "province" else row[2]


def _page_region(cands: list[tuple[int, int, str]]) -> set[str]:
    """Provinces the page names: full division names and province short forms.

    A short county or city form is accepted only inside this region, because
    on an unseen page most short forms that are not about its own region are
    pieces of other names (a lake, a brand, a new area named like a county).
    """
    table = lx.place_table()
    region: set[str] = set()
    for _s, _e, name in cands:
        if name in lx.PLACE_SHORT_STOP:
            continue
        for r in table[name]:
            if r[0] == name or r[1] == "province":
                p = _province_of(r)
                if p:
                    region.add(p)
    return region


@dataclass
class _PlacePage:
    """What one page says about its own region, shared by the checks on each division name."""

    text: str
    full_forms: set[str]
    region: set[str]
    main_region: set[str]
    cities: set[str]


def _place_page(text: str, cands: list[tuple[int, int, str]]) -> _PlacePage:
    """The page's full forms, region, main provinces and named cities: the support a short form needs."""
    full_forms = {name for _, _, name in cands if _is_full_form(name)}
    region = _page_region(cands)
    # the provinces the page is mostly about, and the cities it names: a short county
    # form (东湖) needs one of them (东湖区 is in 南昌; a page on 武汉 that also names a
    # firm from 江西 is not about 南昌)
    counts: dict[str, int] = {}
    cities: set[str] = set()
    for _s, _e, name in cands:
        rows0 = lx.place_table().get(name, ())
        if rows0 and rows0[0][1] in ("province", "city") and name not in lx.PLACE_SHORT_STOP:
            pv = _province_of(rows0[0])
            if pv:
                counts[pv] = counts.get(pv, 0) + 1
            if rows0[0][1] == "city":
                cities.add(rows0[0][0])
    top = max(counts.values(), default=0)
    main_region = {pv for pv, n in counts.items() if n * 3 >= top} or region
    return _PlacePage(text, full_forms, region, main_region, cities)


def _recognise_places(text: str) -> list[Mention]:
    """Division names from the table, then towns and villages by suffix.

    Short county forms (平遥 for 平遥县) are many and often ordinary words, so
    they are kept only when the page supports them: the full form occurs, or
    the short form starts a zone/agency/company name (湄潭开发区), or it
    follows its own province/city (山西平遥).
    """
    cands = _place_candidates(text)
    mentions = _division_mentions(_place_page(text, cands), cands)
    _confirm_listed_places(text, mentions)
    # towns/villages: after a county/town mention, or after a clear boundary
    taken = Coverage(len(text))
    for m in mentions:
        if m.source == "places":
            taken.add(m.start, m.end)
    ends = {m.end: m for m in mentions if m.source == "places"}
    extra: list[Mention] = []
    _towns_by_suffix(text, taken, ends, extra)
    _enumerated_towns(text, taken, extra)
    _towns_named_again(text, taken, extra)
    return sorted(mentions + extra, key=lambda m: m.start)


def _confirm_listed_places(text: str, mentions: list[Mention]) -> None:
    """A doubtful city or county short form listed beside a sure place is sure too.

    在深圳、上海、北京举办推介会 on a page about a county in 江苏: 上海 and 北京 are sure
    (province-level), 深圳 is a city short form outside the page's province, which alone
    would need a zone or agency name to start. Listed with places, it is one of them.
    The rule runs along the list both ways, so 深圳、广州、上海 confirms both.
    """
    pairs = list(itertools.pairwise(mentions))
    for a, b in pairs + pairs[::-1]:  # forward, then back: a list confirmed from either end, in linear time
        if {a.source, b.source} != {"places", "places?"} or not CUES.list_separator.fullmatch(text, a.end, b.start):
            continue
        doubtful = a if a.source == "places?" else b
        if doubtful.level in ("city", "county"):
            doubtful.source = "places"


def _division_mentions(page: _PlacePage, cands: list[tuple[int, int, str]]) -> list[Mention]:
    """Place mentions for the table's division names the page supports, in text order."""
    mentions: list[Mention] = []
    prev_end: int = -1
    prev_rows: tuple[lx.PlaceRow, ...] = ()
    for s, e, name in cands:
        source = _division_source(page, s, e, name, prev_end, prev_rows)
        if source is None:
            prev_end = -1
            continue
        rows = lx.place_table()[name]
        m = Mention(s, e, name, "Place", source=source)
        m.level = rows[0][1]
        mentions.append(m)
        prev_end, prev_rows = e, rows
    return mentions


def _division_source(page: _PlacePage, s: int, e: int, name: str, prev_end: int,
                     prev_rows: tuple[lx.PlaceRow, ...]) -> str | None:
    """"places" for a sure division name, "places?" for a doubtful short form, None for no place.

    ``prev_end``/``prev_rows``: the division written just before (a chain: 山西平遥).
    """
    text, region = page.text, page.region
    if name in lx.PLACE_SHORT_STOP:
        return None
    rows = lx.place_table()[name]
    full = _is_full_form(name)
    level = rows[0][1]
    source = "places"
    if not full and level == "county" and region and not any(
            _province_of(r) in page.main_region or r[3] in page.cities for r in rows):
        # a short county form in a province the page never names is part of
        # another word (松山湖, 三江新区 on a page about elsewhere); city short
        # forms (惠州仲恺高新区) are rarely words and stay
        return None
    if not full and level == "county" and prev_end == s and CUES.company_body_after.match(text, e):
        # 省/市 + short form + company body: the short form is the firm's trade name
        # (字号), a legal name carries one division only (新疆天山智能装备有限公司)
        return None
    if not full:
        parents = {r[0] for r in prev_rows} if prev_end == s else set()
        if {r[0] for r in rows} & page.full_forms or parents and any(r[2] in parents or r[3] in parents for r in rows):
            pass
        elif text[s - 1: s] == "在" and text[e: e + 1] in "，," and (not region or any(
                _province_of(r) in region for r in rows)):
            pass  # 在枝江，…: a scene set by a place of the page's region, written short
        elif (level == "county" or (_places is not None and not _places.plausible_at(text, s, e))
              or (region and not any(_province_of(r) in region for r in rows))):
            # (a city short form outside the page's region, too: 泰安 in a co-op's name)
            # kept only if it starts a zone/agency/company name (decided in recognise)
            source = "places?"
    # a place name followed by 路/街/大桥 is a street or building, not the division
    if not full and (CUES.street_or_building_after_place.match(text, e) or _inside_word(text, s, e)):
        return None
    return source


def _towns_by_suffix(text: str, taken: Coverage, ends: dict[int, Mention], extra: list[Mention]) -> None:
    """Towns and villages by their suffix (街道, 镇, 乡, 村), added to ``extra`` and ``taken``."""
    for level, suffixes in (("town", ("街道", "镇", "乡")), ("village", ("村",))):
        for suf in suffixes:
            for ms in find_all(text, suf):
                if _division_ends_at(text, ms + len(suf)) and text.startswith(lx.PARK_SUFFIXES, ms + len(suf)):
                    continue  # 国家新乡经济技术开发区: the 乡 of 新乡 (a city) before a zone is no town's suffix
                best = _town_span(text, _Span(ms, ms + len(suf)), suf, level, taken, ends)
                if best:
                    s, e = best
                    m = Mention(s, e, text[s:e], "Place", source="places")
                    m.level = level
                    extra.append(m)
                    taken.add(s, e)
                    ends[e] = m


def _division_ends_at(text: str, e: int, longest: int = 6) -> bool:
    """Does a division's name from the table (of at most ``longest`` characters) end at ``e``?
    (新乡|经济技术开发区: the 乡 is the city's; 赣州|国际陆港: the form another page taught is the place's)"""
    table = lx.place_table()
    return any(text[e - n: e] in table for n in range(2, min(e, longest) + 1))


def _town_span(text: str, mm: _Span, suf: str, level: str, taken: Coverage,
               ends: dict[int, Mention]) -> tuple[int, int] | None:
    """The longest 2–4 character name before a town/village suffix that reads as a name, if any.

    Examples of what is refused: 特色小镇, 古镇, 新村, 小城镇, 乡村, 农村.
    """
    e = mm.end()
    for L in (4, 3, 2):
        s = mm.start() - L
        if s < 0 or taken.hits(s, mm.start()):
            continue
        core = text[s: mm.start()]
        if not CUES.cjk_only_name.fullmatch(core) or any(ch in _TOWN_BAD for ch in core):
            continue
        chained = s in ends and ends[s].level in ("county", "town", "city")
        if (_common_word(core) and not chained) or _has_predicate(core):
            continue
        if core[-1] in "小古新老大城" and suf in ("镇", "村"):  # 特色小镇, 古镇, 新村, 小城镇
            continue
        if suf == "乡" and text[e: e + 1] in "村镇土亲情愁音":
            continue
        if suf == "村" and core[-1] in "农乡":
            continue
        before = text[s - 1] if s > 0 else "\n"
        after_place = s in ends and ends[s].level in ("county", "town", "city")
        if level == "village" and not after_place and before not in "与在的和、" and not (
            before in _STRONG_BOUNDARY and not _common_word(core, 20)
        ):
            continue
        if after_place or before in _STRONG_BOUNDARY or before in "在如于的与和及将从到是由":
            return (s, e)
    return None


def _enumerated_towns(text: str, taken: Coverage, extra: list[Mention]) -> None:
    """Places listed before 等 + a level word ("与刘家河疃、石门等村"), added to ``extra``."""
    # "与刘家河疃、石门等村": enumerated places named by the level word after 等
    for lm in CUES.place_enumeration.finditer(text):
        lvl = {"村": "village", "镇": "town", "乡": "town", "街道": "town", "社区": "village"}[lm.group(2)]
        pos = lm.start(1)
        for k, it in enumerate(lm.group(1).split("、")):
            s, e = pos, pos + len(it)
            pos = e + 1
            if k == 0:
                s = max(s, e - 4)
                while s < e - 2 and (text[s] in _TOWN_BAD or text[s: s + 1] in "与和同跟在"):
                    s += 1
            name = text[s:e]
            if len(name) < 2 or taken.hits(s, e) or _has_predicate(name) or (k == 0 and _common_word(name, 50)):
                continue
            m = Mention(s, e, name, "Place", source="places")
            m.level = lvl
            extra.append(m)
            taken.add(s, e)


def _towns_named_again(text: str, taken: Coverage, extra: list[Mention]) -> None:
    """A town found once is a place wherever the page writes its name again."""
    # occurrences of found towns elsewhere on the page
    names = {m.text for m in extra}
    for name in names:
        for ms in find_all(text, name):
            mm = _Span(ms, ms + len(name))
            if not taken.hits(mm.start(), mm.end()):
                m = Mention(mm.start(), mm.end(), name, "Place", source="places")
                m.level = next(x.level for x in extra if x.text == name)
                extra.append(m)
                taken.add(mm.start(), mm.end())


# ============================================================================ policies
_POLICY_SUFFIX_RE = re.compile(rf"(?:{_ALT(_sorted(lx.POLICY_SUFFIXES))})(?:（[^）]{{1,20}}）)?$")


def _recognise_policies(text: str, blocked: Coverage) -> list[Mention]:
    out: list[Mention] = []
    for m in CUES.book_title.finditer(text):
        name = m.group(1)
        if CUES.bare_policy_title.fullmatch(name):
            # 《办法》: the document named just before
            out.append(Mention(m.start(1), m.end(1), name, "Policy", source="reference", is_reference=True))
            blocked.add(m.start(), m.end())
            continue
        if _POLICY_SUFFIX_RE.search(name) or CUES.policy_document_word.search(name):
            s, e = m.start(1), m.end(1)
            out.append(Mention(s, e, name, "Policy"))
            blocked.add(m.start(), m.end())
    if "中央一号文件" in text or "政府工作报告" in text:
        for m in CUES.named_policy_document.finditer(text):
            if not blocked.hits(m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), m.group(0), "Policy"))
                blocked.add(m.start(), m.end())
    for k in find_all(text, "法"):
        # the full pattern only on a short window ending just after this 法
        lm = CUES.cited_law.search(text, max(0, k - 18), k + 3)
        if lm is None or lm.end(1) != k + 1:
            continue
        s, e = lm.start(1), lm.end(1)
        if not blocked.hits(s, e):
            out.append(Mention(s, e, lm.group(1), "Policy"))
            blocked.add(s, e)
    return out


# ============================================================================ agencies
_NATIONAL: dict[str, str] = {}
for _full, _abbrs in lx.NATIONAL_AGENCIES.items():
    _NATIONAL[_full] = _full
    for _a in _abbrs:
        _NATIONAL[_a] = _full
_NATIONAL_RE = re.compile(_ALT(re.escape(w) for w in _sorted(_NATIONAL)))
_DEPT = cues.macro("DEPT")
#: people's congresses and their standing committees (江苏省人民代表大会常务委员会, 省人大常委会)
_LEGISLATURE = "人民代表大会常务委员会|人民代表大会|人大常委会"
_PLACE_SUFFIX_AGENCY_RE = re.compile(
    rf"(?:(?:{_DEPT})(?:厅|局|委员会|委|办公室|办)|人民政府(?:办公厅|办公室)?|政府(?:办公厅|办公室)?|行政公署|"
    rf"(?:县委|市委|省委|区委|党委)(?:办公厅|办公室|组织部|宣传部|统战部)?|政协|{_LEGISLATURE}|"
    rf"[{C}]{{2,8}}?(?:服务中心|管理局|管理处|监管局|事务局|促进局|中心)|[{C}]{{2,8}}?(?:局|厅)(?![长])|海关)"
)


def _recognise_national_agencies(text: str, blocked: Coverage) -> list[Mention]:
    out = []
    for m in _NATIONAL_RE.finditer(text):
        s, e = m.start(), m.end()
        if blocked.hits(s, e):
            continue
        # "发改委" inside 九江市发展改革委 etc. is handled by the place-agency rule
        if s > 0 and CUES.cjk_char_before_name.match(text[s - 1]) and m.group(0) in ("发改委", "人民银行", "国资委", "证监会", "央行"):
            continue
        if text[e: e + 1] == "门":  # 财政部门 is a department in general, not the ministry
            continue
        sub = CUES.national_subunit.match(text, e)
        if sub and not blocked.hits(e, sub.end()):
            e = sub.end()  # 工业和信息化部办公厅, 商务部外资司: the sub-unit that signs is its own agency
        out.append(Mention(s, e, text[s:e], "Agency", source="lexicon"))
        blocked.add(s, e)
    return out


def _recognise_place_agencies(text: str, places: list[Mention], blocked: Coverage) -> list[Mention]:
    """Place (chain) + department suffix: 江西省工信厅, 修水县委, 濂溪区政府, 省能源局."""
    out: list[Mention] = []
    by_start = {m.start: m for m in places}
    # candidate anchors: ends of place chains, and bare 省/市/县/区 before a department word
    anchors: list[tuple[int, int]] = []
    ordered = sorted(places, key=lambda m: m.start)
    k = 0
    while k < len(ordered):
        s = ordered[k].start
        e = ordered[k].end
        while e in by_start:
            e = by_start[e].end
        # include a 中共 prefix
        if s >= 2 and text[s - 2: s] == "中共":
            s -= 2
        anchors.append((s, e))
        while k < len(ordered) and ordered[k].start < e:
            k += 1
    for m in re.finditer(r"(?<![" + C + r"])?(?:自治区|[省市县区])(?=(?:" + _DEPT + r")(?:厅|局|委)|"
                         + _LEGISLATURE + r"|(?:人民)?政府办公厅|(?:人民)?政府办公室|委办公厅|委组织部|委宣传部)", text):
        anchors.append((m.start(), m.end()))
    for m in CUES.county_before_government.finditer(text):
        # bare 县政府 / 市委 after an enumeration: 修水县委、县政府
        if m.start() > 0 and text[m.start() - 1] in "、和及与":
            anchors.append((m.start(), m.end()))
    for s, e in sorted(set(anchors)):
        mm = _PLACE_SUFFIX_AGENCY_RE.match(text, e)
        if mm is None and text[e - 1: e] in "县市省区" and text[e: e + 1] == "委" and text[e + 1: e + 2] != "员":
            mm = CUES.party_committee_office.match(text, e)
        if mm is None:
            # 和县县委: place already ends in 县, suffix repeats it
            continue
        end = mm.end()
        name = text[s:end]
        if blocked.hits(s, end) or _PARK_SUFFIX_RE.match(text, end):
            continue  # (漳州招商局经济技术开发区: a zone named after 招商局, no bureau)
        if mm.group(0).endswith("中心") and not mm.group(0).endswith(("服务中心", "公共资源交易中心")):
            continue
        dept = CUES.agency_suffix_end.sub("", mm.group(0))
        known = re.fullmatch(_DEPT, dept) is not None  # 财政局 (政局 is a word), 海洋发展局
        if mm.group(0).endswith(("局", "厅")) and not known and (
                dept[:2] in lx.predicate_words() or CUES.function_char_in_dept.search(dept)
                                                  or _common_word(mm.group(0), 20)
                                                  or text[end - 2: end] in lx.word_table()  # 布局, 展厅
                                                  or text[end - 2: end] == "新局"
                                                  or ("发展" in dept and not re.fullmatch(_DEPT, dept)
                                                      and not CUES.dept_development_admin.match(dept))):
            continue
        bm = CUES.branch_bureau_after.match(text, end) if mm.group(0).endswith("局") else None
        if bm and bm.group(1) in lx.place_table() and not blocked.hits(end, bm.end()):
            end = bm.end()  # 昆明市生态环境局安宁分局: the city bureau's branch in a county is the agency
            name = text[s:end]
        out.append(Mention(s, end, name, "Agency"))
        blocked.add(s, end)
    return out


# ============================================================================ parks
_PARK_SUFFIX_RE = re.compile(_ALT(_sorted(lx.PARK_SUFFIXES)))
_PARK_GENERIC_DESC = {
    "", "工业", "产业", "化工", "科技", "高新", "物流", "农业", "该", "本", "各", "全", "此", "这", "一个",
    "特色", "重点", "绿色", "绿色工业", "现代", "综合", "示范", "试点", "专业", "创业", "生态", "智慧",
    "新", "老", "小", "大", "配套", "周边", "省级", "国家级", "加工产业", "加工", "特色专业", "产业集聚",
}


_SUB_ZONE_SUFFIXES = {"综合保税区", "综保区", "保税区", "自贸区", "自由贸易试验区", "保税港区", "出口加工区", "片区"}
#: parks that sit inside a bigger zone and are named after it (X经开区机器人产业园)
_SUB_PARK_SUFFIXES = {"产业园", "创业园", "科技园", "工业园", "示范园", "物流园", "产业园区", "科技园区", "物流园区",
                      "工业园区", "创新港", "产业城", "化工园区", "化工园", "孵化器", "众创空间"}
#: zones whose areas are named 片区 after them (自由贸易试验区钦州港片区, 高新技术产业开发区陆丰片区, 天府新区眉山片区,
#: 中国—东盟产业合作区钦州片区)
_ZONES_WITH_AREAS = ("试验区", "开发区", "高新区", "经开区", "新区", "合作区", "示范区")
#: sub-parks whose suffix alone describes them, right after their zone (X经济技术开发区化工园区)
_DESCRIPTIVE_SUB_PARKS = {"化工园区", "化工园"}


#: words that glue onto a zone's name from the left: pronouns, adverbs, verbs of the sentence
_GLUE_START = ("我省", "我市", "我区", "我县", "我州", "我国", "该", "其", "另有", "现有", "继", "要", "并", "也",
               "还", "与", "和", "将", "已", "在", "为", "对", "向", "从", "把", "均", "都")


def _trim_glued_left(text: str, s: int, suf_s: int, place_starts: list[int], place_at: dict[int, Mention]) -> int:
    """Start a zone's name at the place inside it when the words before that place are glue.

    Examples: 继泰州医药高新区之后 → 泰州医药高新区; 我省现有贵阳综合保税区 → 贵阳综合保税区;
    化工新材料园区山西朔州经济开发区 → 山西朔州经济开发区 (a zone word before another zone).
    A prefix that is a name part (中新天津生态城) is kept.
    """
    dot = text.rfind("·", s, suf_s)
    if dot >= 0 and suf_s - dot > 4 and not _twin_name_before_dot(text[s:dot]):
        return dot + 1  # 新材料·河北沧州临港经济技术开发区: a label, a middle dot, then the zone
    i = bisect.bisect_left(place_starts, s)
    if i < len(place_starts) and place_starts[i] == s:
        return s  # the name opens with a place: no glue before it
    if i == len(place_starts) or place_starts[i] >= suf_s:
        return s
    k = place_starts[i]
    prefix = text[s:k]
    glued = prefix.startswith(_GLUE_START) or prefix.endswith(lx.PARK_SUFFIXES) or _has_predicate_word(prefix)
    if glued:
        return k
    if "·" in prefix or text[k - 1: k + 1] in lx.word_table() or place_at[k].end > suf_s:
        return s  # 亦庄·永清…; 腾飞天津科技城 (飞天 is a word); 雄安新区 (安新 runs into the suffix)
    return k - _region_abbreviation_run(prefix)


def _twin_name_before_dot(prefix: str) -> bool:
    """Is the text before a zone name's middle dot the first of two places it is named after
    (北京·沧州渤海新区…, 中国·印尼经贸合作区, 中埃·泰达…) rather than a label (新材料·…)?"""
    return prefix in lx.place_table() or prefix == "中国" or (
        len(prefix) == 2 and all(c in lx.REGION_ABBREVIATIONS for c in prefix))


def _region_abbreviation_run(prefix: str) -> int:
    """Length of the run of region abbreviations (two or more) that ends ``prefix``, else 0.

    中新天津生态城 keeps 中新; 概况中马钦州产业园区 keeps 中马; 展所长苏州工业园区 keeps nothing.
    """
    n = 0
    while n < len(prefix) and prefix[-1 - n] in lx.REGION_ABBREVIATIONS:
        n += 1
    return n if n >= 2 else 0


def _starts_with_division(core: str, region: set[str]) -> bool:
    """阳曲工业园区 after 山西转型综改示范区: a park named after a county of the page's
    region has a name of its own (白水湖 on a 江西 page is no 陕西 county)."""
    table = lx.place_table()
    return any(_province_of(r) in region for k in (2, 3, 4) for r in table.get(core[:k], ()))


@dataclass
class _ParkScan:
    """The shared state of one :func:`_recognise_parks` call: the page, its places, the zones found so far."""

    text: str
    blocked: Coverage
    place_at: dict[int, Mention]
    place_end: dict[int, Mention]
    region: set[str]
    place_starts: list[int]
    ftz: dict[int, int]
    parks: list[Mention] = field(default_factory=list)
    agencies: list[Mention] = field(default_factory=list)


def _recognise_parks(text: str, blocked: Coverage, places: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Zones by suffix with a left boundary; returns (parks, agencies of parks)."""
    place_at = {m.start: m for m in places}
    st = _ParkScan(
        text, blocked, place_at, {m.end: m for m in places},
        {p for m in places for r in lx.place_table().get(m.text, ())[:1] if (p := _province_of(r))},
        sorted(place_at),
        {fm.end(): fm.start() for fm in CUES.ftz_with_province.finditer(text)} if ("（" in text or "(" in text) else {},
    )
    for m in _PARK_SUFFIX_RE.finditer(text):
        _park_at_suffix(st, m)
    _bracketed_park_aliases(st)
    _zones_named_again(st)
    _cluster_towns_by_short_name(st)
    return st.parks, st.agencies


def _park_at_suffix(st: _ParkScan, m: re.Match[str]) -> None:
    """The zone (if any) whose name ends with the suffix match ``m``: find its start, judge it, add it."""
    text = st.text
    suf_s, e = m.start(), m.end()
    if _settled_before_boundary(st, m):
        return
    s = _park_start(st, m)
    if _sub_park_after_zone(st, m, s):
        return
    s = _park_after_place_chain(st, s, suf_s)
    s = _trim_glued_left(text, s, suf_s, st.place_starts, st.place_at)
    pm = CUES.pairing_prefix.search(text, max(0, s - 6), s)
    if pm is not None and not st.blocked.hits(pm.start(), s):
        s = pm.start()  # 京蒙协作|宁城产业园: the pairing names the park (宁城产业园 alone is a kind)
    # "高新区绿电产业园": a bare zone word before the name refers back to the page's zone
    bare = CUES.leading_bare_zone_word.match(text[s:suf_s])
    if bare:
        s += bare.end()
    if _not_a_zone_name(st, m, s):
        return
    name = text[s:e]
    if _division_of_the_table(st, e):
        return  # 浦东新区…: a division of the table, not a zone (unless it has a 管委会)
    _add_park(st, Mention(s, e, name, "Park"), s)


def _add_park(st: _ParkScan, pk: Mention, block_from: int) -> None:
    """Record a zone, block ``block_from``..its end, and take its committee written right after it (X管委会)."""
    text = st.text
    e = pk.end
    st.parks.append(pk)
    st.blocked.add(block_from, e)
    am = CUES.zone_agency_after.match(text, e)
    if am:
        st.agencies.append(Mention(pk.start, am.end(), text[pk.start: am.end()], "Agency"))
        st.blocked.add(e, am.end())


def _settled_before_boundary(st: _ParkScan, m: re.Match[str]) -> bool:
    """Is the suffix decided without a left boundary: claimed, a free-trade zone, a bare 片区,
    a sub-zone of the zone before it, or part of "…项目"?"""
    text, parks = st.text, st.parks
    suf_s, e = m.start(), m.end()
    if st.blocked.hits(suf_s, e):
        return True
    if e in st.ftz and not st.blocked.hits(st.ftz[e], e):
        parks.append(Mention(st.ftz[e], e, text[st.ftz[e]: e], "Park"))
        st.blocked.add(st.ftz[e], e)
        return True
    if m.group(0) == "片区" and not (parks and parks[-1].text.endswith(_ZONES_WITH_AREAS) and suf_s - parks[-1].end <= 5
                                    ) and not CUES.zone_agency_after.match(text, e):
        return True  # 片区 alone is any district of a town; a zone's area has a committee or a parent
    if _zone_with_parent_prefix(st, m):
        return True
    # longer suffix may start earlier (产业园区 vs 园区): the regex is leftmost-longest per start
    return CUES.project_after_zone_word.match(text, e) is not None


def _zone_with_parent_prefix(st: _ParkScan, m: re.Match[str]) -> bool:
    """A bonded/trade zone or an area written right after the zone it lies in (苏州工业园区综合保税区):
    one zone from the parent's start.  Returns whether it was taken."""
    text, parks = st.text, st.parks
    suf_s, e = m.start(), m.end()
    # "苏州工业园区综合保税区": a bonded/trade zone named after the zone it lies in
    # (an area of a free-trade zone has its own name: 中国（广西）自由贸易试验区钦州港片区)
    if parks and m.group(0) in _SUB_ZONE_SUFFIXES and parks[-1].source != "alias" and (
            parks[-1].end == suf_s or (m.group(0) == "片区" and CUES.ftz_area_name.fullmatch(text[parks[-1].end: suf_s]) and parks[-1].text.endswith(_ZONES_WITH_AREAS))):
        parent = parks[-1]
        _add_park(st, Mention(parent.start, e, text[parent.start: e], "Park", source="subzone"), suf_s)
        return True
    return False


def _park_start(st: _ParkScan, m: re.Match[str]) -> int:
    """Left boundary of a zone's name, moved back over a place that names it (宜都化工园)
    or a stop word inside a sub-park's name (醴陵经济开发区日用陶瓷产业园)."""
    text, parks = st.text, st.parks
    suf_s = m.start()
    s = _left_start(text, suf_s, st.blocked, _stops("park"), 14)
    named_after = st.place_end.get(suf_s)
    if named_after is not None and named_after.start < s and not st.blocked.hits(named_after.start, suf_s):
        s = named_after.start  # 宜都化工园: a place right before the zone's kind names it (都 is no stop here)
    s = _twin_place_start(st, s)
    ym = max(CUES.adverb_then_yu.finditer(text, s, suf_s), key=lambda x: x.end(), default=None)
    if ym is not None and suf_s - ym.end() >= 2:
        s = ym.end()  # 当天与|洋浦经济开发区: the clause's adverb and 与, then the zone
    if parks and parks[-1].end < s <= parks[-1].end + 1 and parks[-1].source != "alias" \
            and CUES.sub_park_name.fullmatch(text[parks[-1].end: suf_s]) and text[parks[-1].end] not in _FUNCTION_CHARS \
            and text[parks[-1].end: s + 1] in lx.word_table():
        s = parks[-1].end  # 醴陵经济开发区日用陶瓷产业园: a stop word (日) inside the sub-park's name
    return s


def _twin_place_start(st: _ParkScan, s: int) -> int:
    """A zone named after two places joined by a dash (磨憨—磨丁经济合作区, 无锡—淮安工业园) starts
    at the first place: the dash joins the twin names, it does not end the zone's name."""
    text = st.text
    if s < 3 or text[s - 1] not in _NAME_DASHES or not text[s: s + 1].strip():
        return s
    first = _left_start(text, s - 1, st.blocked, _stops("park"), 8)
    core = text[first: s - 1]
    if 2 <= len(core) <= 6 and (first in st.place_at or CUES.twin_place_name.fullmatch(core)):
        return first
    return s


#: dashes and the middle dot that join the two places of a twin zone's name (磨憨—磨丁, 北京·沧州)
_NAME_DASHES = "—–－-·"


def _sub_park_after_zone(st: _ParkScan, m: re.Match[str], s: int) -> bool:
    """A park named right after a named zone (X高新区创新创业园) keeps the zone as its prefix.
    Returns whether it was taken."""
    text, parks = st.text, st.parks
    suf_s, e = m.start(), m.end()
    # "X高新区创新创业园": a park named right after a named zone keeps the zone as its
    # prefix (the gold takes the fullest form) and lies in it, like X园区综合保税区
    if (parks and parks[-1].end == s <= suf_s and parks[-1].source != "alias" and m.group(0) in _SUB_PARK_SUFFIXES
            and parks[-1].text.endswith(("高新区", "经开区", "开发区", "综保区", "综合保税区", "试验区", "示范区", "新区"))
            and (CUES.sub_park_name.fullmatch(text[s:suf_s]) or (s == suf_s and m.group(0) in _DESCRIPTIVE_SUB_PARKS))
            and not _starts_with_division(text[s:suf_s], st.region)
            and not CUES.zone_title_before.search(text, max(0, parks[-1].start - 20), parks[-1].start)
            and not any(text[j: j + 2] in lx.predicate_words(False) for j in range(s, suf_s - 1))):
        parent = parks[-1]
        _add_park(st, Mention(parent.start, e, text[parent.start: e], "Park", source="subzone"), s)
        return True
    return False


def _location_chain(place_at: dict[int, Mention], s: int, suf_s: int) -> list[Mention]:
    """The chain of places from ``s`` before the suffix, each a division of (or a repeat of) the one before."""
    chain: list[Mention] = []
    p = s
    while p in place_at and place_at[p].end <= suf_s:
        cur = place_at[p]
        if chain:
            parents = {r[0] for r in lx.place_table().get(chain[-1].text, ())}
            rows = lx.place_table().get(cur.text, ())
            same = parents & {r[0] for r in rows}  # 嘉兴市嘉兴…: the zone's own place repeated
            if not same and (cur.source != "places" or not any(r[2] in parents or r[3] in parents for r in rows)):
                break
        elif cur.source != "places":
            break
        chain.append(cur)
        p = cur.end
    return chain


def _park_after_place_chain(st: _ParkScan, s: int, suf_s: int) -> int:
    """Start a zone's name after the chain of divisions that locates it (浙江省嘉兴市嘉兴经济技术开发区)."""
    place_at = st.place_at
    # 浙江省嘉兴市嘉兴经济技术开发区: the chain before the zone's own place is its location
    chain = _location_chain(place_at, s, suf_s)
    if len(chain) >= 2 and (any(_is_full_form(c.text) for c in chain) or _place_level(chain[0].text) == "province"):
        # (short city+county forms, 宜宾叙州高新技术产业园区, are the zone's own name)
        s = chain[-1].start
        # 贵州省遵义市汇川区遵义经济技术开发区: the zone's own place repeats an earlier one
        own = place_at.get(chain[-1].end)
        if own is not None and own.end <= suf_s:
            names = {r[0] for c in chain for r in lx.place_table().get(c.text, ())}
            if names & {r[0] for r in lx.place_table().get(own.text, ())}:
                s = own.start
    return s


def _not_a_zone_name(st: _ParkScan, m: re.Match[str], s: int) -> bool:
    """Is ``text[s:suffix]`` no zone's name: a generic word, a title, a class, a count or a ranking?"""
    text, place_at = st.text, st.place_at
    suf_s, e = m.start(), m.end()
    kind = m.group(0)
    desc = text[s:suf_s]
    # strip leading places from the descriptor to judge it
    core = desc
    p = s
    while p in place_at and place_at[p].end <= suf_s:
        p = place_at[p].end
    core = text[p:suf_s]
    has_place = p > s
    return (_zone_of_a_kind(core, has_place)
            or _generic_zone_descriptor(kind, core, has_place)
            or _zones_of_a_province(text[s:p], kind, core)
            or _title_or_class_of_zones(text, s, desc, s in place_at)
            or _zones_taken_together(text, s, suf_s, kind, core, has_place)
            or _zone_word_in_context(st, s, e, kind, core, has_place)
            or _core_too_weak_for_suffix(kind, core, has_place))


def _zone_of_a_kind(core: str, has_place: bool) -> bool:
    """Does the name after the places open with a count, a grade, a region or a verb, maybe after a
    verb (主要开发区, 每个产业园, 清理|低效开发区, 申报|国家现代农业产业园), or end with 类 (化工类园区)?
    Then it names zones of a kind."""
    if CUES.zone_class_end.search(core):
        return True  # 石油和化工类园区: a class of zones
    verb = len(core) > 2 and core[:2] in lx.predicate_words(False) and not CUES.zone_kind_words.match(core)
    if verb and not has_place:
        return True  # 申报国家现代农业产业园: a verb opens the phrase, no place names the zone
    m = CUES.zone_kind_words.match(core[2:] if verb else core)
    return m is not None and not (has_place and m.group(0) in _LEVEL_OF_PLACE)


#: a level a named place gives its own zone (仙塘村|村级工业园 is that village's one zone)
_LEVEL_OF_PLACE = ("村级", "镇级", "乡级")


def _zones_of_a_province(places: str, kind: str, core: str) -> bool:
    """A province and a bare zone word name the province's zones, not one (贵州开发区, 江苏园区);
    a municipality's may be one zone's short name (天津开发区)."""
    rows = lx.place_table().get(places, ())
    return (not core and kind in lx.PARK_GENERIC and bool(rows)
            and all(r[1] == "province" and not r[0].endswith("市") for r in rows))


def _generic_zone_descriptor(kind: str, core: str, has_place: bool) -> bool:
    """A zone word after nothing that names one zone (工业园区, 该园区) and no place."""
    generic_suffix = kind in ("园区", "新区", "开发区", "示范区", "产业园", "工业园", "高新区", "经开区")
    if generic_suffix and not has_place and (core in _PARK_GENERIC_DESC or len(core) < 2):
        return True
    return not has_place and core in _PARK_GENERIC_DESC


def _title_or_class_of_zones(text: str, s: int, desc: str, place_first: bool = False) -> bool:
    """A title, grade or class of zones (国家级…示范区, 省级以上特色产业园), or a phrase (…与园区).
    A descriptor that opens with a division (本溪, 市北) opens with no scope word (本, 市)."""
    if (CUES.zone_title_start.match(desc) and not place_first) or CUES.park_title_word.search(desc) \
            or CUES.zone_grade_word.search(desc):
        return True
    if desc.startswith("上") and text[s - 1: s] == "以":
        return True  # 省级以上特色产业园: a class of zones
    if desc.startswith("度") and text[s - 1: s] == "年":
        return True  # 2025年度国家高新区评价: a year's ranking, not a zone
    # 评价结果与园区…: "and the zone", not a name — unless the character ends a place (大同, 和平)
    return desc[-1:] in ("与", "和", "及", "同", "对") and not any(desc[-k:] in lx.place_table() for k in (2, 3))


def _zones_taken_together(text: str, s: int, suf_s: int, kind: str, core: str, has_place: bool) -> bool:
    """The zones of a region, a province, an agency or a count of places (苏北开发区, 两市开发区)."""
    if not has_place and CUES.province_part.fullmatch(core):
        return True  # 苏北开发区, 皖南园区: a part of a province, not one zone
    if has_place and not core and kind in ("开发区", "经开区", "高新区", "园区") \
            and text[s:suf_s].endswith(("省", "自治区")):
        return True  # 山西省开发区: the province's zones taken together (天津经开区 is one zone)
    if CUES.agency_word_in_zone_core.search(core):
        return True  # 湖北省商务厅开发区: an agency glued to the zones it oversees, not a zone's name
    # 三水五个园区, 沈阳、大连两市开发区: a count of zones
    return bool(CUES.zone_count.search(core) or len(core) > 12 or CUES.city_count.search(core))


def _only_a_province(st: _ParkScan, s: int, core_start: int) -> bool:
    """Are the places a zone's name opens with (up to ``core_start``) a province alone (福建省|化工园区)?"""
    rows = lx.place_table().get(st.text[s:core_start], ())
    return bool(rows) and all(r[1] == "province" for r in rows)


def _zone_word_in_context(st: _ParkScan, s: int, e: int, kind: str, core: str, has_place: bool) -> bool:
    """The words around say it is no zone: a header, a description, a region, a title or a ranking."""
    text, parks = st.text, st.parks
    if not has_place and (core.startswith("星期") or CUES.description_before_zone.search(text[max(0, s - 16): s])):
        return True  # a page header (星期四 园区视窗) or a description (是我国唯一的…示范区), not a name
    if kind in ("经济区", "发展区", "经济发展区", "工业区", "生态城") and not has_place \
            and not (parks and parks[-1].end == s) and not _division_inside(st, s, e):
        return True  # 海峡西岸经济区: a region, unless named after a division (永修经济区, 中新天津生态城) or inside a zone
    if CUES.zone_title_before.search(text, max(0, s - 20), s):
        return True  # 获批全省首批…示范园区: a title the zone receives, not a zone
    if CUES.recognition_after_zone.match(text, e) and _only_a_province(st, s, e - len(kind) - len(core)):
        return True  # 通过福建省化工园区认定: a province's class of zones, named as a title
    # 中国化工园区30强, 全国开发区百强: a ranking's name, not a zone
    return bool(CUES.zone_ranking_after.match(text, e)) and not has_place


def _division_inside(st: _ParkScan, s: int, e: int) -> bool:
    """Does a place of the division table lie inside ``text[s:e]``?"""
    i = bisect.bisect_left(st.place_starts, s)
    return i < len(st.place_starts) and st.place_starts[i] < e and st.place_at[st.place_starts[i]].end <= e


def _has_predicate_word(core: str) -> bool:
    """Does a two-character word of the predicate list (``lexicons.predicate_words``) stand in ``core``?"""
    preds = lx.predicate_words()
    return any(core[j: j + 2] in preds for j in range(len(core) - 1))


def _core_too_weak_for_suffix(kind: str, core: str, has_place: bool) -> bool:
    """Some suffixes (经开区, 专业镇, 园区) need a longer or non-generic core of their own."""
    if kind in ("经开区", "高新区", "开发区") and not has_place and (len(core) < 2 or _common_word(core, 50)):
        return True
    if has_place and core in _PARK_GENERIC_DESC and kind == "专业镇":
        return True
    if kind in ("园区", "专业镇", "产业园区") and not has_place and len(core) < 3:
        return True
    if kind in ("专业镇", "园区") and (not core or (not has_place and _has_predicate_word(core))):
        return True  # 开放型园区, 挖掘机园区: a kind of zone or a clause ending in the zone word, not a name
    if kind.endswith("基地") and not has_place:
        return True  # 世界级石化产业基地, 七大石化产业基地: a kind of base; 宁东能源化工基地 is one (by its place)
    return has_place and not core and kind in ("专业镇", "园区", "产业园")


def _division_of_the_table(st: _ParkScan, e: int) -> bool:
    """Does the name end with a full division name (浦东新区) that has no 管委会 on the page?"""
    place_end, text = st.place_end, st.text
    return e in place_end and _is_full_form(place_end[e].text) and (place_end[e].text + "管委会") not in text \
        and (place_end[e].text + "管理委员会") not in text


def _bracketed_park_aliases(st: _ParkScan) -> None:
    """A bracketed abbreviation after a zone's name is the zone wherever the page writes it."""
    text, blocked, parks = st.text, st.blocked, st.parks
    # an abbreviation in brackets right after the name: 郑州航空港经济综合实验区（郑州航空港区）
    for pk in list(parks):
        bm = CUES.bracketed_zone_name.match(text[pk.end: pk.end + 16])
        if bm and not (_places and _places.is_known(bm.group(1))):  # (X经开区（头屯河区）: the district it runs)
            s2, e2 = pk.end + bm.start(1), pk.end + bm.end(1)
            if not blocked.hits(s2, e2):
                parks.append(Mention(s2, e2, bm.group(1), "Park", source="alias"))
                blocked.add(s2, e2)
                for k in find_all(text, bm.group(1)):
                    if not blocked.hits(k, k + len(bm.group(1))):
                        parks.append(Mention(k, k + len(bm.group(1)), bm.group(1), "Park", source="alias"))
                        blocked.add(k, k + len(bm.group(1)))


def _zones_named_again(st: _ParkScan) -> None:
    """A zone recognised once by its context (青岛西海岸新区董家口经济区) is that zone where written alone."""
    text, blocked, parks = st.text, st.blocked, st.parks
    # a zone recognised once by its context (a parent zone before it: 青岛西海岸新区
    # 董家口经济区) is the same zone where the page writes its name again alone
    for pk in list(parks):
        if pk.source != "subzone" and len(pk.text) >= 5 and pk.text.endswith(("经济区", "发展区", "工业区", "生态城")):
            for k in find_all(text, pk.text):
                if not blocked.hits(k, k + len(pk.text)):
                    parks.append(Mention(k, k + len(pk.text), pk.text, "Park", source="repeat"))
                    blocked.add(k, k + len(pk.text))


def _cluster_towns_by_short_name(st: _ParkScan) -> None:
    """A cluster town is also called by its name without 专业镇 (湄潭茶叶作为…)."""
    text, blocked, parks = st.text, st.blocked, st.parks
    # a cluster town is also called by its name without 专业镇 (湄潭茶叶作为…)
    for pk in list(parks):
        if not pk.text.endswith("专业镇") or len(pk.text) < 7:
            continue
        short = pk.text[:-3]
        for ms in find_all(text, short):
            e = ms + len(short)
            if not blocked.hits(ms, e) and not text.startswith("专业镇", e):
                parks.append(Mention(ms, e, short, "Park", source="alias"))
                blocked.add(ms, e)


# ============================================================================ companies
_LEGAL_SUFFIX_ONLY_RE = re.compile(_ALT(_sorted(lx.COMPANY_LEGAL_SUFFIXES + lx.BANK_SUFFIXES)))
_COMPANY_GENERIC_CORE = {
    "", "国有", "上市", "龙头", "子", "母", "控股", "平台", "投资", "建设", "运营", "该", "本", "这家", "一家",
    "两家", "多家", "各", "各家", "有限", "股份", "分", "总", "贸易", "科技", "外资", "民营", "国营", "私营",
    "物流", "电商", "金融", "保险", "担保", "融资担保", "合资", "独资", "集体", "城投", "公共", "专业",
    "大型", "中小", "小微", "规上", "规模以上", "头部", "优质", "链主", "重点", "企业", "大", "小", "新",
    "当地", "本地", "国内", "海外", "跨国", "央", "省属", "市属", "县属", "我", "我们", "你", "其",
    "全资子", "控股子", "参股", "全资",
    # the kinds of a cooperative, not one (农民专业合作社, 养殖专业合作社)
    "农民", "牧民", "种植", "养殖", "各类", "新型",
    # a region of the country alone: a branch the page names without its firm (设立华南分公司)
    "华南", "华东", "华北", "华中", "华西", "西南", "西北", "东北", "东南", "中国区", "亚太",
}


def _strip_place_chain(text: str, s: int, e: int, place_at: dict[int, Mention]) -> int:
    """Drop a chain of two or more places before a company (江西省九江市天宇集团)."""
    p, n, prev = s, 0, None
    while p in place_at and place_at[p].end < e:
        cur = place_at[p]
        if prev is not None:
            parents = {r[0] for r in lx.place_table().get(prev.text, ())}
            if not any(r[2] in parents or r[3] in parents for r in lx.place_table().get(cur.text, ())):
                break
        prev = cur
        p = cur.end
        n += 1
    if n >= 2:
        return p
    return s


#: prepositions and conjunctions: a firm's name starts right after them (与安徽鸿途…)
_PREPOSITIONS = set("与和及同向从在为由对把被让使将跟")
#: trade words that hold a verb (供应链: 供应) — a left boundary must not cut through them
_TORN_TRADE_WORDS = ("供应链", "显示", "智能制造", "检测", "投资", "发展", "管理", "服务", "运营", "建设")
#: characters that open a clause, never a brand (要推动…, 将打造…, 并显示…)
_FUNCTION_CHARS = set("要将会能可应需并也还都就才再又已把被让使对向从在为是的了着过和与及或等")


def _starts_with_region(text: str, k: int) -> bool:
    """Does a province or city name (full or short) start at ``k``?"""
    table = lx.place_table()
    return any(rows and rows[0][1] in ("province", "city")
               for n in (4, 3, 2) if (rows := table.get(text[k: k + n])))


@lru_cache(maxsize=1)
def _trade_words() -> tuple[frozenset[str], tuple[int, ...]]:
    """The trade words a cut may go through (a set) and their lengths: one lookup per length and offset."""
    words = frozenset(_TORN_TRADE_WORDS + lx.INDUSTRY_SUFFIXES)
    return words, tuple(sorted({len(w) for w in words}))


def _over_verb_in_brand(text: str, s: int, suf_s: int, blocked: Coverage) -> int:
    """Move a legal name's start back over a brand that a verb-like word cut off.

    Why: the left boundary stops at dictionary verbs, and brands contain them
    (闽芯显示科技（厦门）有限公司: 显示 is a verb).  When what is left before the
    seat and legal form is a bare trade word (科技), the name cannot start
    there; it starts at the clause boundary, when that is at most six
    characters back.
    """
    head = text[s:suf_s].split("（")[0].split("(")[0]
    # a trade word the cut went through (安徽鸿途供应|链管理有限公司: 供应 is a verb, 供应链 the trade)
    words, lengths = _trade_words()
    torn = any(text[s - j: s - j + n] in words for n in lengths for j in range(1, n))
    if head not in lx.INDUSTRY_SUFFIXES and not torn:
        return s
    k = s
    while k > 0 and s - k < 8 and text[k - 1] not in _STRONG_BOUNDARY and text[k - 1] not in _PREPOSITIONS \
            and not blocked[k - 1]:
        k -= 1
    if s - k >= 2 and (k == 0 or text[k - 1] in _STRONG_BOUNDARY or text[k - 1] in _PREPOSITIONS) \
            and text[k] not in _FUNCTION_CHARS \
            and text[k: k + 2] not in lx.predicate_words() and not _common_word(text[k: k + 2], 50):
        return k  # (推动科技有限公司: a verb opens the stretch, no brand)
    return s


def _enumeration_start(text: str, s: int, blocked: Coverage) -> int:
    """A legal name listed after another firm starts right after the 、 (A有限公司、远航精密有限公司):
    a word that reads as a verb (远航) cannot cut it there, since an enumeration item starts whole."""
    k = text.rfind("、", max(0, s - 5), s)
    if k <= 0 or not blocked[k - 1]:
        return s
    if all(not blocked[x] and CUES.name_char.match(text[x]) and text[x] not in _STRONG_BOUNDARY and text[x] != "的"
           for x in range(k + 1, s)):
        return k + 1
    return s


def _recognise_companies(text: str, blocked: Coverage, places: list[Mention]) -> list[Mention]:
    """Banks, then legal names (…有限公司, …集团) found from their suffix and a left boundary."""
    out: list[Mention] = []
    place_at = {m.start: m for m in places}
    _banks(text, blocked, out)
    for m in _LEGAL_SUFFIX_ONLY_RE.finditer(text):
        _legal_name(text, blocked, m, place_at, out)
    return out


def _banks(text: str, blocked: Coverage, out: list[Mention]) -> None:
    """Banks and their branches (…银行…分行, …证券…分公司), added to ``out``."""
    for m in CUES.bank_or_branch.finditer(text):
        e = m.end()
        s = _left_start(text, e - 2, blocked, _stops("legal"), 16)
        if s >= e - 2 or blocked.hits(s, e):
            continue
        name = text[s:e]
        if name in ("银行", "商业银行") or len(name) < 4 or CUES.generic_bank_head.match(name):
            continue
        out.append(Mention(s, e, name, "Company"))
        blocked.add(s, e)


def _legal_name(text: str, blocked: Coverage, m: re.Match[str], place_at: dict[int, Mention],
                out: list[Mention]) -> None:
    """The legal name (if any) ending with the legal suffix ``m``, added to ``out``."""
    suf_s, e = m.start(), m.end()
    if m.group(0) in lx.BANK_SUFFIXES:
        return
    if blocked.hits(suf_s, e) or (m.group(0) == "公司" and text[suf_s - 1: suf_s] in ("子", "孙")):
        return  # (全资子公司: a relation word before a name, not a name)
    s = _legal_name_start(text, suf_s, blocked, out)
    code = CUES.code_before_name.match(text, s, suf_s)
    if code is not None:
        s = code.end()  # 公告编号：2025-018|宁德时代新能源科技股份有限公司 (two lines the layout joined)
    if CUES.anonymous_firm_before.search(text[max(0, s - 8): s]):
        return
    if m.group(0) == "公司" and CUES.to_be_founded_before.search(text, max(0, s - 8), s):
        return  # 合资组建钛合金结构件公司: a firm to be founded, described by its business
    if not m.group(0).endswith(("有限公司", "有限责任公司")):
        s = _strip_place_chain(text, s, suf_s, place_at)  # (a registered name keeps its places)
    sub = max(CUES.subsidiary_word.finditer(text, max(0, s - 2), suf_s), key=lambda x: x.end(), default=None)
    if sub and sub.end() > s:
        s = sub.end()  # 全资子公司中天科技海缆股份有限公司: the relation word, then the name
    s = _after_clause_before_place(text, s, suf_s, place_at)
    s = _after_zone_in_name(text, s, suf_s)
    if _not_a_legal_name(text, s, suf_s, m.group(0), place_at):
        return
    out.append(Mention(s, e, text[s:e], "Company"))
    blocked.add(s, e)


#: what ends the words of a clause run into a legal name before its place (招标人为|扶绥县…, 前者以|蒲城…)
_CLAUSE_TAIL_CHARS = "为以和与由向对被把将到给让使指"
#: role words a list or a table writes before a firm's name (实施主体|盐城东山…, 董事|平煤神马…)
_ROLE_WORDS = ("人", "主体", "董事", "股东", "客户", "单位", "对象", "督导", "走访", "调研")


def _after_clause_before_place(text: str, s: int, suf_s: int, place_at: dict[int, Mention]) -> int:
    """Start a legal name at its place (or at 中国) when the words before it end a clause: a verb or
    adverb (应鼓励|内蒙古电力…, 县里协调|宁夏…, 已吸引|中国宝武…), a preposition, a role word or a
    definition's 指 (中标候选人|中国水利水电…, 招标人为|扶绥县…, 公司指|德阳…). A name's own words
    before its place stay (国家电投集团吉林能源…)."""
    for k in range(s + 1, suf_s - 1):
        if k in place_at or text.startswith("中国", k):
            return k if _ends_a_clause(text[s:k]) else s
        if _division_at(text, k) and _ends_a_clause(text[s:k]) and not _division_at(text, k, before=True):
            return k  # (a division the place recogniser left to a brand: 还和|宁德时代…旗下的…; not
            # after a place whose name ends in 和: 泰和|泰安芥菜专业合作社)
    return s


def _after_zone_in_name(text: str, s: int, suf_s: int) -> int:
    """Start a legal name after a zone written before the firm (衢州高新技术产业开发区|巨化集团有限公司),
    unless the words after the zone are a business of the zone's own company (X开发区建设投资有限公司)."""
    last = None
    for zm in _PARK_SUFFIX_RE.finditer(text, s, suf_s):
        last = zm
    rest = text[last.end(): suf_s] if last is not None else ""
    if last is None or last.group(0) == "片区" or len(rest) < 2 or "的" in rest \
            or CUES.zone_company_business.match(rest) or CUES.zone_agency_after.match(rest):
        return s  # (an area's firm keeps its area: 钦州港片区中马宏信…有限公司; …产业园项目的公告|本公司
        # and 工业区管委会及|集团 are no firm's names either way)
    k = last.end()
    while k < suf_s - 2 and text[k] in "内里的在与和及对":
        k += 1  # 宜都化工园区内|湖北兴发…: a postposition or a particle after the zone is no part of the firm
    if text[k: k + 2] in lx.predicate_words():
        k += 2  # 长沙经开区支持|三一集团…
    return k


def _ends_a_clause(prefix: str) -> bool:
    """Do the words before a legal name's place end a clause (a verb, adverb, preposition, role word or 指)?"""
    return prefix[-1] in _CLAUSE_TAIL_CHARS or prefix.endswith(_ROLE_WORDS) or (
        len(prefix) == 1 and prefix in _FUNCTION_CHARS) or (
        len(prefix) >= 2 and prefix[-2:] in lx.predicate_words(False))


def _division_at(text: str, k: int, before: bool = False) -> bool:
    """Does a division's name (two to four characters, full or short) start at ``k`` (``before``:
    end at ``k``)?"""
    table = lx.place_table()
    spans = ((k - n, k) for n in (2, 3, 4) if k >= n) if before else ((k, k + n) for n in (2, 3, 4))
    return any(text[a:b] in table and text[a:b] not in lx.PLACE_SHORT_STOP for a, b in spans)


#: how far left of its legal suffix a legal name's core may reach
LEGAL_NAME_REACH = 18


def _place_start_within(s: int, end: int) -> int:
    """Where a name cut by the reach starts: at the last division name that opens a core of at
    least four characters (a registered name begins with its seat), else where the reach ran out."""
    cov = getattr(_LOCAL, "cov", None)
    if cov is None:
        return s
    starts = [i for i in range(s + 1, end - 4) if cov[i] and not cov[i - 1]]
    return starts[-1] if starts else s


def _legal_left_start(text: str, suf_s: int, blocked: Coverage) -> int:
    """Left boundary of a legal name before its suffix, over a bracketed 集团 or a bracketed seat."""
    # 集团/公司 inside a longer legal suffix is matched at the longer one
    # "建设投资控股（集团）有限公司": the bracketed 集团 is part of the legal form
    gm = CUES.bracketed_group_end.search(text[max(0, suf_s - 4): suf_s])
    end = suf_s - (len(gm.group(0)) if gm else 0)
    s = _left_start(text, end, blocked, _stops("legal"), LEGAL_NAME_REACH)
    if s == end - LEGAL_NAME_REACH and CUES.name_char.match(text[s - 1: s] or "。"):
        s = _place_start_within(s, end)  # 包括小鹏汽车一级供应商|江苏博俊工业科技…: the reach ran out mid-phrase
    # 盛远石化（连云港）新材料有限公司: step over a parenthesised seat
    pm = None if gm else CUES.brand_with_seat.search(text[max(0, s - 16): s])
    if pm:
        s2 = _left_start(text, s - len(pm.group(0)) + len(pm.group(1)), blocked, _stops("legal"), 10)
        if s2 < s - len(pm.group(0)) + len(pm.group(1)):
            s = s2
    return s


#: a branch's suffix: its name is the head office's legal name, a place or a word, then this
_BRANCH_SUFFIXES = ("分公司", "分厂")


def _legal_name_start(text: str, suf_s: int, blocked: Coverage, out: list[Mention]) -> int:
    """Start of a legal name: the left boundary, corrected for a brand cut by a verb, an enumeration,
    a parent group written before it (which is popped from ``out``), a locative or a zone before the firm."""
    s = _legal_left_start(text, suf_s, blocked)
    s = _over_verb_in_brand(text, s, suf_s, blocked)
    s = _enumeration_start(text, s, blocked)
    if out and out[-1].end == s and out[-1].text.endswith("集团") and s < suf_s:
        # 徐工集团工程机械股份有限公司: a group's subsidiary named after it is one legal name
        s = out.pop().start
    elif out and out[-1].text.endswith("集团") and CUES.bracketed_seat.fullmatch(text, out[-1].end, s):
        # 凯莱英医药集团（天津）股份有限公司: the group, its seat, then the legal form: one name
        s = out.pop().start
    elif out and out[-1].end == s and text.startswith(_BRANCH_SUFFIXES, suf_s) and 0 < suf_s - s <= 8:
        # 中国石油化工股份有限公司沧州分公司: a branch is named after its head office, in one name
        s = out.pop().start
    works = max(CUES.works_then_conjunction.finditer(text, s, suf_s), key=lambda x: x.end(), default=None)
    if works is not None and works.end() < suf_s:
        s = works.end()  # …底盘件项目和湖北三环锻造有限公司: a project, then the firm
    yi = text.rfind("以", s, suf_s - 2)
    if yi >= 0 and CUES.yi_as_representative.match(text[yi: yi + 100]):
        s = yi + 1  # (产业)以华禾电子有限公司、…为代表: the frame's 以, and what is before it, are no part of the name
    lm = CUES.locative_before_firm.match(text, s, suf_s)
    if lm:
        s = lm.end()  # 区内湘江晶元半导体有限公司: "in the zone", then the firm
    s = _after_existence_verb(text, s, suf_s)
    s = _after_project_word(text, s, suf_s)
    zm = max(CUES.zone_word_in_legal_name.finditer(text, s, suf_s), key=lambda x: x.end(), default=None)
    if zm is not None and suf_s - zm.end() >= 4 and _starts_with_region(text, zm.end()):
        # 走进长沙经济技术开发区湖南铁骏重工…: the firm (named from its province) starts after
        # the zone; 两江新区城市投资集团 is a zone's own firm and keeps it
        s = zm.end()
    while s < suf_s and not CUES.name_char.match(text, s):
        s += 1  # ✅四川…股份有限公司: a bullet or an emoji before a listed firm is no part of its name
    return s


def _after_project_word(text: str, s: int, suf_s: int) -> int:
    """Past a project's 项目 glued before a firm named from its place (a flattened table row:
    …针状焦项目陕西黑猫焦化股份有限公司12亿元); 项目管理有限公司 keeps its 项目."""
    k = text.rfind("项目", s, suf_s - 2)
    cov = getattr(_LOCAL, "cov", None)
    if k < 0 or cov is None or not cov[k + 2]:
        return s
    return k + 2


def _after_existence_verb(text: str, s: int, suf_s: int) -> int:
    """Past 有/拥有/包括 opening a legal name (区内有华禾重工…, 该区拥有川源铝业…): the verb that
    lists the firms. A bare 有 is that verb only inside a clause and as a word of its own:
    有研新材料 opens with the word 有研, and ，有友食品… opens a clause with a name."""
    zm = max(CUES.zone_has_before_firm.finditer(text, s, suf_s - 4), key=lambda x: x.end(), default=None)
    if zm is not None and lx.word_bounds(text[zm.end() - 1: zm.end() + 3])[0] == 1:
        return zm.end()  # 青川经济开发区现有华禾电子有限公司: the zone has the firm
    if text[s: s + 1] not in "有已还共现拥均既则另包" or suf_s - s < 4:
        return s
    first = lx.word_bounds(text[s: min(suf_s, s + 8)])[0]
    if not CUES.existence_verb_before_firm.match(text[s: s + first]):
        return s
    if first == 1 and not (s > 0 and CUES.cjk_char_before_name.match(text[s - 1])):
        return s
    return s + first


def _not_a_legal_name(text: str, s: int, suf_s: int, suffix: str, place_at: dict[int, Mention]) -> bool:
    """Is the core before the legal suffix generic (山西公司, 子公司), the filer speaking of itself, or a share?"""
    core = text[s:suf_s]
    # strip a leading place to judge genericity (山西公司 is not a name)
    p = s
    while p in place_at and place_at[p].end <= suf_s:
        p = place_at[p].end
    brand = text[p:suf_s]
    if core in _COMPANY_GENERIC_CORE or brand in _COMPANY_GENERIC_CORE or len(core) < 2:
        return True
    if suffix == "公司" and core.endswith(("本", "该", "项目")):
        return True  # …的公告|本公司董事会, 成立项目公司: the filer or a firm still to be set up, no name
    if suffix == "公司" and (_has_predicate(brand) or brand[:1] in _FUNCTION_CHARS):
        return True  # 进一步完善公司, 不构成公司, 提交公司: the filer speaking of itself, not a name
    # (占50%股份: a share, not a firm; 管委会+平台公司: a model of running a zone, no registrable name)
    return bool(CUES.firm_core_leading_digit.match(core) or CUES.firm_core_count_end.search(core)
                or re.search(r"[\d%％+＋]", core))


_SHORT_BAD_BRAND = {
    "绿色", "传统", "新型", "现代", "智能", "高端", "先进", "特色", "优势", "重点", "龙头", "国内", "国际",
    "相关", "生态", "数字", "农业", "工业", "产业", "加工", "制造", "生产", "精细", "信息", "电子", "新兴",
    "高新", "高新技术", "战略", "未来", "全球", "全国", "健康", "医疗", "节能", "环保", "循环", "低碳",
    "光伏", "储能", "动力", "汽车", "材料", "能源", "化工", "食品", "物流", "机械", "钢铁", "纺织",
    "清洁", "可再生", "煤炭", "石油", "天然", "电力", "水性", "合成", "时尚", "农产品", "锂电池", "半导体",
    "装备", "电池", "新材料", "新能源", "生物", "医药", "科技", "这些", "其他", "部分", "多家", "各类",
    "企业", "规模", "省级", "市级", "国家级", "民营", "外资", "头部", "上下", "上下游", "本土", "当地",
    "地方", "品牌", "产品", "技术", "研发", "服务", "文化", "旅游", "教育", "金融", "数据", "软件",
    "硬件", "网络", "智慧", "绿电", "氢能", "风电", "资源", "铝工", "铝", "镁基", "煤化", "焦化",
}


def _short_company_ok(brand: str) -> bool:
    if len(brand) < 2 or brand in _SHORT_BAD_BRAND:
        return False
    if brand[0] in lx.SHORT_NAME_BAD_STARTS or CUES.development_goal_verb.match(brand):
        return False
    return not CUES.function_char_in_brand.search(brand)


def _clean_left(text: str, s: int, blocked: Coverage) -> bool:
    """Is there a name boundary right before ``s`` (punctuation, a claimed span, a stop word)?"""
    if s == 0 or text[s - 1] in _STRONG_BOUNDARY or blocked[s - 1] or not CUES.name_char.match(text[s - 1]):
        return True
    if CUES.subsidiary_word.search(text, max(0, s - 7), s) and text.endswith(("公司", "下属", "所属"), 0, s):
        return True  # 全资子公司|马鞍山蓝黛机械: the relation word, then the name
    strong, weak, _ = _stops("all")
    return any(text[max(0, s - L): s] in strong or text[max(0, s - L): s] in weak for L in (1, 2, 3, 4))


_COMMODITY_CHARS = set("煤电铝钢焦化油气水材铁铜锌镁硅碳炭纸布棉粮菜果茶酒肉奶蛋")


@lru_cache(maxsize=8192)
def _has_predicate(w: str) -> bool:
    """Does ``w`` contain a dictionary verb/adverb/adjective (不是品牌: 可降解, 综合智慧)?"""
    table = lx.word_table()
    for j in range(len(w) - 1):
        hit = table.get(w[j: j + 2])
        if hit and hit[0] >= 50 and hit[1] in ("v", "vn", "a", "ad", "d", "vd"):
            return True
    return False


#: measure words: after a number they count things, never start a firm's name
_CLASSIFIERS = set("台个家件辆套条座只名位批项架艘根片吨")
#: last characters of product names (盖板, 模组, 结构件, 传感器)
_PRODUCT_END = frozenset("板组件器片膜线管阀泵罐剂")
#: a counter after a numeral: the word is a specification (六轴, 三代, 四层)
_SPEC_CHARS = set("轴维代级型号款层座台个条片吨轮缸相线寸芯核")


@lru_cache(maxsize=8192)
def _name_like(item: str) -> bool:
    """A short company name rather than an ordinary word or phrase (铸造, 节能减排要求)."""
    if len(item) < 2 or _common_word(item, 150):
        return False
    if item[0] in "缺无有是在的了和与及或" or item[-1] in "强型化性":
        return False
    ind = CUES.industry_word_end.search(item)
    brand = item[: ind.start()] if ind and ind.start() >= 2 else item
    if _has_predicate_word(brand):
        return False
    if ind and ind.start() < 2:
        return False
    if brand != item and (_common_word(brand, 50) or brand in _SHORT_BAD_BRAND or _has_predicate(brand)):
        return False
    if all(ch in _COMMODITY_CHARS for ch in brand):
        return False
    if brand[:1].isdigit() or re.search(r"[\d%％]", item):
        return False  # 500P算力, 520台机器人, 占50%股份: a quantity, not a firm
    if len(brand) >= 2 and brand[0] in "一二两三四五六七八九十百千万" and brand[1] in _SPEC_CHARS:
        return False  # 六轴机器人, 五代芯片: a product's spec, not a firm (三一重工 stays)
    if brand == item and len(item) > 5:
        return False
    if ind is None and item[-1] in _PRODUCT_END:
        return False  # 玻璃盖板, 摄像模组, 精密结构件: products, not firms
    return _short_company_ok(brand)


def _phrase_not_brand(brand: str) -> bool:
    """A brand is not a common word of 4+ characters, two common nouns (轨道交通) nor a
    verb (紧扣 before 新能源汽车): those are industries or verb phrases."""
    table = lx.word_table()
    hit = table.get(brand)
    if len(brand) >= 4 and hit and hit[0] >= 20 and hit[1].startswith(("n", "vn")) and not hit[1].startswith("nr"):
        return True
    if len(brand) == 4:
        a, b = table.get(brand[:2]), table.get(brand[2:])
        if a and b and a[1] == "n" and b[1] == "n" and a[0] >= 500 and b[0] >= 500:
            return True  # 轨道交通: two common nouns
    head = table.get(brand[:2])
    return (head is not None and head[1] == "v" and head[0] >= 20 and brand[:2] not in lx.NAME_FORMING_VERBS)


def _recognise_short_companies(text: str, blocked: Coverage) -> list[Mention]:
    """Brand + industry word (黔丰轮胎, 云岭纸业) in an actor position."""
    out: list[Mention] = []
    for m in CUES.industry_word.finditer(text):
        _brand_before_industry_word(text, blocked, m, out)
    _firms_with_executives(text, blocked, out)
    _investing_actors(text, blocked, out)
    _firm_heading_a_kind_list(text, blocked, out)
    _signing_partners(text, blocked, out)
    return out


def _brand_before_industry_word(text: str, blocked: Coverage, m: re.Match[str], out: list[Mention]) -> None:
    """A short name ending with the industry word ``m`` (黔丰轮胎), added to ``out`` when it reads as a firm."""
    e = m.end()
    if blocked.hits(m.start(), e):
        return
    ind_start = _stacked_industry_start(text, m.start())
    s = _left_start(text, ind_start, blocked, _stops("all"), 4)
    s = _with_place_prefix(text, s, m.start(), blocked)
    brand = text[s: ind_start]
    if not (2 <= len(brand) <= 7) or not _clean_left(text, s, blocked):
        return
    if _counted_product_or_zone(text, blocked, s, e):
        return
    if _brand_not_in_actor_position(text, s, e, brand, m.group(0)):
        return
    out.append(Mention(s, e, text[s:e], "Company", source="short"))
    blocked.add(s, e)


def _stacked_industry_start(text: str, ind_start: int) -> int:
    """Start of a run of industry words ending at an industry word that starts at ``ind_start``."""
    # industry words may stack (恒天装备制造): the brand is left of all of them
    while True:
        prev = CUES.industry_word_end.search(text, max(0, ind_start - 4), ind_start)
        if prev is None or prev.end() != ind_start or prev.start() < 2:
            break
        ind_start = prev.start()
    return ind_start


def _with_place_prefix(text: str, s: int, ind_start: int, blocked: Coverage) -> int:
    """Move a short name's start back over the place it opens with (和县江北酒业), within 7 characters."""
    # a place prefix may lengthen the name (和县江北酒业)
    cov = _LOCAL.cov
    if s >= 2 and cov[s - 1] and _clean_left(text, s, blocked) is False:
        p = s
        while p > 0 and cov[p - 1]:
            p -= 1
        if _clean_left(text, p, blocked) and ind_start - p <= 7:
            s = p
    return s


def _counted_product_or_zone(text: str, blocked: Coverage, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a counted product, a firm's product line or a zone's name rather than a firm?"""
    if s > 0 and (text[s - 1].isdigit() or text[s - 1] in "余多几数十百千万两") and text[s] in _CLASSIFIERS:
        return True  # 年产能5000台人形机器人, 十余台人形机器人: a counted product, not a firm
    if s > 0 and text[s - 1].isdigit():
        return True
    if s >= 2 and text[s - 2: s] in ("公司", "集团") and blocked[s - 1]:
        return True  # 黔锂…有限公司正极材料生产车间: the firm's product line, not another firm
    return text.startswith(("谷", "园", "城", "港"), e)  # 生物医药谷, 机器人产业园: a zone's name


def _brand_not_in_actor_position(text: str, s: int, e: int, brand: str, ind_word: str) -> bool:
    """Does the brand read as a product line or phrase, or is the name not followed by what an actor does?"""
    if CUES.industry_word_start.match(brand):
        return True  # 陶瓷膜智能制造: a product line, not a brand
    if _phrase_not_brand(brand):
        return True  # 围绕轨道交通装备, 紧扣新能源汽车: an industry or a verb phrase, not a firm
    _, rest = _split_places(brand)
    if not _name_like(rest + ind_word) and not _name_like(brand + ind_word):
        return True
    if not CUES.after_short_company.match(text, e) or CUES.category_list_tail.match(text, e):
        return True
    # 正极材料项目: a kind of project, not a firm named 正极材料
    return text.startswith("项目", e) and _is_category(text[s:e])


def _firms_with_executives(text: str, blocked: Coverage, out: list[Mention]) -> None:
    """Names before 董事长/总经理: only a company has one ("远景科技董事长张某说")."""
    # only a company has a 董事长 / 总经理: "远景科技董事长张某说"
    for m in CUES.executive_title.finditer(text):
        e = m.start()
        while e > 0 and text[e - 1] in "副总常务执行":
            e -= 1
        if e < 2 or blocked[e - 1]:
            continue
        s = _left_start(text, e, blocked, _stops("all"), 6)
        if text[s:e].startswith(("公司", "集团", "企业", "该")) or text[s:e].endswith(("公司", "集团")):
            continue
        name = text[s:e]
        if 2 <= len(name) <= 6 and _clean_left(text, s, blocked) and not blocked.hits(s, e) and _name_like(name):
            out.append(Mention(s, e, name, "Company", source="short"))
            blocked.add(s, e)


def _investing_actors(text: str, blocked: Coverage, out: list[Mention]) -> None:
    """Names before "投资 + a sum": only a company (or a government) pays one ("黔云软件计划投资8500万元")."""
    # only a company (or a government) pays a stated sum: "黔云软件计划投资8500万元"
    for m in CUES.invested_sum.finditer(text):
        e = _investor_end(text, m.start())
        if e < 2 or blocked[e - 1]:
            continue
        s = _left_start(text, e, blocked, _stops("all"), 8)
        if s >= 1 and text[s - 1] == "同" and (s == 1 or text[s - 2] in "，。；：！？\n") and not blocked[s - 1]:
            s -= 1  # 同 cannot open a clause as "with": 同德氢能总投资… is a name
        name = text[s:e]
        if not (2 <= len(name) <= 8) or len(CUES.latin_letter_in_name.sub("", name)) > 6:
            continue
        if CUES.actor_not_company_word.search(name) or _LOCAL.cov[s] or _LOCAL.cov[e - 1] or text[s - 1: s] in "在于到赴" \
                or name[-1] in "谷园城港区":
            continue  # 园区/全市/长葛市 invest too, and 在X(生物医药谷)投资 names where, not who
        core = CUES.leading_latin_letters.sub("", name)
        if (len(core) >= 2 and _clean_left(text, s, blocked) and not blocked.hits(s, e)
                and _name_like(core) and not _has_predicate(core)):
            out.append(Mention(s, e, name, "Company", source="short"))
            blocked.add(s, e)


def _investor_end(text: str, e: int) -> int:
    """End of the investor's name before 投资 at ``e``: step back over 总 and one of 计划/拟/将…."""
    # optional 计划/拟/将…(总) before 投资 belong to the verb, not the name
    if text[e - 1: e] == "总":
        e -= 1
    for w in _ACTOR_INVEST_PRE:
        if text.startswith(w, e - len(w)):
            e -= len(w)
            break
    return e


def _firm_heading_a_kind_list(text: str, blocked: Coverage, out: list[Mention]) -> None:
    """One named firm heading a kind of companies: "是宁德时代等动力电池企业"."""
    for m in (x for k in find_all(text, "等") for x in _ONE_CO_LIST_RE.finditer(text, max(0, k - 11), k + 12)):
        s, e = m.start(1), m.end(1)
        name = text[s:e]
        if blocked.hits(s, e) or _LOCAL.cov[s] or _LOCAL.cov[e - 1] or CUES.industry_word_start.match(name):
            continue
        if CUES.actor_not_company_word.search(name) or _has_predicate(name) or _common_word(name, 20):
            continue
        if _name_like(CUES.leading_latin_letters.sub("", name) or name):
            out.append(Mention(s, e, name, "Company", source="list"))
            blocked.add(s, e)


def _signing_partners(text: str, blocked: Coverage, out: list[Mention]) -> None:
    """A partner that signs: "管委会与宁德时代签约" (no industry word needed)."""
    for m in CUES.signing_partner.finditer(text):
        s, e = m.start(1), m.end(1)
        name = text[s:e]
        if blocked.hits(s, e) or _LOCAL.cov[s] or _LOCAL.cov[e - 1]:
            continue
        if CUES.actor_not_company_word.search(name) or _PARK_SUFFIX_RE.search(name) or _has_predicate(name):
            continue
        core = CUES.leading_latin_letters.sub("", name)
        if len(core) >= 2 and _name_like(core) and not _common_word(core, 20):
            out.append(Mention(s, e, name, "Company", source="short"))
            blocked.add(s, e)


#: words naming a kind of firm after an enumeration (A、B等头部企业 / 三大运营商 / 等品牌)
_CO_KIND = "(?:企业|公司|集团|龙头|厂商|车企|药企|巨头|运营商|品牌|名企|外企)"
_ONE_CO_LIST_RE = re.compile(
    rf"(?<=[是，有与和及])([A-Za-z]{{0,4}}[{C}]{{2,6}}?)等[{C}]{{0,8}}?{_CO_KIND}"
)  # searched only in small windows around each 等
_ACTOR_INVEST_PRE = ("计划", "追加", "累计", "拟", "将", "已", "共")


def _split_places(name: str) -> tuple[str, str]:
    table = lx.place_table()
    for L in range(min(len(name) - 2, 8), 1, -1):
        if name[:L] in table:
            return name[:L], name[L:]
    return "", name


_LIST_ITEM = rf"[{C}A-Za-z]{{2,8}}?(?:（[{C}]{{2,4}}）)?"
_CO_LIST_RE = re.compile(
    rf"({_LIST_ITEM}(?:、{_LIST_ITEM}){{1,15}})(?:等|(?=(?:\d+|[一二三四五六七八九十两]+)[家户大]))"
    rf"(?:\d+|[一二三四五六七八九十两]+)?(?:家|户|大)?"
    rf"(?:(?!政策|措施|产业|行业(?!龙头)|领域|服务|优惠|举措)[{C}]){{0,8}}?{_CO_KIND}"
    rf"|以({_LIST_ITEM}(?:、{_LIST_ITEM}){{1,15}})为代表的[^，。；、]{{0,10}}?{_CO_KIND}"
)
_CO_LIST_VERB_RE = re.compile(
    rf"(?:邀请|引进|引入|吸引|携手|联合|与|同|聚集|集聚|汇聚)了?({_LIST_ITEM}(?:、{_LIST_ITEM}){{1,15}})(?:等|共建|合作|签约|携手)"
)


#: a stretch of name characters and list commas, holding at least one 、: where an enumeration can be
_LIST_RUN_RE = re.compile(rf"[{C}A-Za-z（）、]+")
#: how far past such a stretch an enumeration's tail can reach (等12家…企业)
_LIST_TAIL = 40


def _list_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for an enumeration pattern, searched only from the stretches that hold
    a 、 (an enumeration starts in one): the same matches, without trying every position of a long page."""
    last = 0
    for run in _LIST_RUN_RE.finditer(text):
        if "、" not in run.group():
            continue
        pos = max(run.start(), last)
        while pos < run.end():
            m = rx.search(text, pos, min(len(text), run.end() + _LIST_TAIL))
            if m is None or m.start() >= run.end():
                break
            yield m
            last = pos = max(m.end(), m.start() + 1)


def _sibling_like(item: str) -> bool:
    """A listed item shaped like a brand + trade word (启航汽车), for lists whose other items are firms."""
    ind = CUES.industry_word_end.search(item)
    if ind is None or not 2 <= ind.start() <= 4 or not CUES.cjk_only_name.fullmatch(item):
        return False
    brand = item[: ind.start()]
    return brand not in _SHORT_BAD_BRAND and not CUES.development_goal_verb.match(brand) \
        and not all(ch in _COMMODITY_CHARS for ch in brand) and brand[0] not in "一二两三四五六七八九十百千万"


def _is_place_name(item: str) -> bool:
    return bool(lx.place_table().get(item.removesuffix("的")))


def _list_member_ok(item: str) -> bool:
    """A member of a firm list that is not shaped like a product, a quantity or a phrase.

    Example: 特斯拉、比亚迪、小米等品牌 — 小米 is a common word but a firm here;
    玻璃盖板、摄像模组等配套企业 — products, refused by their last character.
    """
    core = item.split("（")[0]
    return (2 <= len(core) <= 10 and not re.search(r"[\d%％]", core) and core[-1] not in _PRODUCT_END
            and not _has_predicate(core) and not _is_category(core) and not CUES.non_company_end.search(core)
            and core not in _SHORT_BAD_BRAND and core[0] not in "一二两三四五六七八九十百千万等各该本")


def _brands_for_projects(text: str, m: re.Match[str], gi: int) -> bool:
    """引进欣旺达、星源材质、东阳光等项目26个: after a bringing-in verb, a list of brands closed by 等…项目
    names the firms whose projects came (not kinds of business: no item is a kind or a project)."""
    items = m.group(gi).split("、")
    return (m.re is _CO_LIST_VERB_RE and CUES.brands_for_projects_tail.match(text, m.end(gi)) is not None
            and all(2 <= len(it) <= 6 and _list_member_ok(it) and not _is_category(it)
                    and not it.endswith(("项目", "工程", "基地", "中心", "产业", "经济")) for it in items))


def _mostly_common_words(items: list[str]) -> bool:
    """Are most items of a list ordinary dictionary words or product names (座椅, 果汁, 电解液, 电池正极材料),
    not brands?"""
    return sum(_common_word(it, 20) or bool(CUES.product_word_end.search(it)) for it in items) * 2 > len(items)


def _recognise_company_lists(text: str, blocked: Coverage) -> list[Mention]:
    """Enumerations of companies: "A、B、C等7家企业", "邀请A、B等"."""
    out: list[Mention] = []
    for rx in (_CO_LIST_RE, _CO_LIST_VERB_RE):
        for m in _list_matches(rx, text):
            gi = 1 if m.group(1) else 2  # the enumeration, before 等… or inside 以…为代表
            if CUES.place_list_tail.match(text[m.end(gi): m.end(gi) + 5]):
                continue  # "与王家疃、柳河等村": places, not companies
            if CUES.category_list_tail.match(text, m.end(gi)) and not _brands_for_projects(text, m, gi):
                continue  # "引进检测维修、保税研发等新业态": kinds of business
            if text[max(0, m.start(gi) - 2): m.start(gi)] == "来自":
                continue  # "来自江苏、浙江的6家企业": where the firms come from, not their names
            if CUES.product_firms_tail.match(text, m.end(gi)) and _mostly_common_words(m.group(gi).split("、")):
                continue  # "座椅、线束、内饰等配套企业": the products the suppliers make
            gs = m.start(gi)
            items = m.group(gi).split("、")
            pos = gs
            spans = []
            for k, it in enumerate(items):
                s, e = pos, pos + len(it)
                pos = e + 1
                if k == 0:
                    s = _left_start(text, e, blocked, _stops("all"), len(it))
                spans.append((s, e))
            if text[max(0, spans[0][0] - 2): spans[0][0]] == "来自":
                continue  # (the same, when the left boundary moved past 来自 to the first item)
            names = [text[s:e] for s, e in spans]
            good = [
                (s, e) for (s, e), n in zip(spans, names, strict=True)
                if _name_like(n) and not blocked.hits(s, e)
                and not CUES.non_company_end.search(n) and not _is_place_name(n)
            ]
            if len(good) >= 2 or rx is _CO_LIST_RE:
                # with two sure siblings, a brand + trade word that only looks like a phrase
                # (启航汽车, 中汇电驱: 启航 is a verb, 中 a bad start) is a firm of the list too
                good = [(s, e) for (s, e), n in zip(spans, names, strict=True)
                        if (s, e) in good or (_sibling_like(n) and not blocked.hits(s, e))]
            if len(good) * 2 < len(spans):
                continue
            if rx is _CO_LIST_RE:
                # a list closed by a kind of firm (等企业/为代表的…企业): its other members are firms
                # too, common words included (小米, 苹果), unless they read as a product or phrase
                good = [(s, e) for (s, e), n in zip(spans, names, strict=True)
                        if (s, e) in good or (_list_member_ok(n) and not _is_place_name(n)
                                              and not blocked.hits(s, e))]
            lead = text[max(0, spans[0][0] - 2): spans[0][0]]
            partner = rx is not _CO_LIST_RE or lead.endswith(("与", "同", "和", "携手", "联合", "邀请", "引进"))
            for s, e in good:
                # partners named after 与/携手/邀请 are not residents of the passage's park
                out.append(Mention(s, e, text[s:e], "Company", source="partner" if partner else "list"))
                blocked.add(s, e)
    return out


def _strip_seat(core: str) -> str:
    """Drop the registered seat from a legal name's core: the first division,
    then further ones only when written in full (江西省九江市天宇 → 天宇, but
    河南中原精工 → 中原精工: a short form after the seat is the trade name)."""
    table = lx.place_table()
    first = True
    while True:
        hit = next((core[:L] for L in range(min(len(core) - 2, 12), 1, -1)
                    if core[:L] in table and core[:L] not in lx.PLACE_SHORT_STOP), "")
        if not hit or not (first or _is_full_form(hit)):
            return core
        core, first = core[len(hit):], False


@lru_cache(maxsize=8192)
def company_short_forms(full: str) -> tuple[str, ...]:
    """Short forms a page may use for a legal name (湖南辣妹子食品有限公司 → 辣妹子食品, 辣妹子).

    Cached: a page asks for each firm's forms once per rule that reads them (the alias
    recogniser; a project named after its firm, ``kg.relate.relations``)."""
    core = full
    for suf in _sorted(lx.COMPANY_LEGAL_SUFFIXES):
        if core.endswith(suf):
            core = core[: -len(suf)]
            break
    # 绿岬循环（云南）资源再生: the brand before a bracketed seat inside the name is a short form too
    inner = CUES.parenthesised.search(core)
    pre = core[: inner.start()] if inner and inner.end() < len(core) else ""
    core = CUES.parenthesised.sub("", core)
    # the leading seat (from the division table, whether or not the page names it)
    rest = _strip_seat(core)
    seated = core if len(rest) >= 2 and len(core) >= 4 and rest != core else ""  # 上海华谊（集团）公司 → 上海华谊
    if len(rest) >= 2:
        core = rest
    if CUES.branch_legal_name.search(full):
        # 中通赣州分公司 → the head-office brand 中通 (a different company)
        for L in range(len(core) - 2, 1, -1):
            if core[L:] in lx.place_table():
                return (core[:L],) if L >= 2 else ()
        return ()
    forms = [core]
    pre_rest = _strip_seat(pre) if pre else ""
    for b in (core, pre_rest if len(pre_rest) >= 2 else pre):
        if b and b != core:
            forms.append(b)
        while b:
            ind = CUES.industry_word_end.search(b)
            if not ind or ind.start() < 2:
                break
            b = b[: ind.start()]
            forms.append(b)
    if seated:
        forms.append(seated)
    forms = list(dict.fromkeys(forms))
    return tuple(
        f for f in forms
        if len(f) >= 2 and f != full and not CUES.industry_words_only.fullmatch(f) and not _common_word(f, 50)
    )


def ordinary_words_only(phrase: str, min_freq: int = 20) -> bool:
    """Is ``phrase`` a run of ordinary dictionary words (电子信息, 产业发展, 国际陆港), no brand?

    Why: a firm named after its place and trade (陕西电子信息集团有限公司) has no brand; its
    short form 电子信息 names the trade wherever another page writes it. Read left to right,
    longest dictionary word first; a piece that is no ordinary word (宁德, 海辰) is a brand."""
    k = 0
    while k < len(phrase):
        piece = next((phrase[k: k + n] for n in range(min(4, len(phrase) - k), 1, -1)
                      if _common_word(phrase[k: k + n], min_freq) or phrase[k: k + n] in lx.INDUSTRY_SUFFIXES), "")
        if not piece:
            return False
        k += len(piece)
    return True


def has_brand(name: str) -> bool:
    """Does a firm's name or short form hold a brand, beyond its seat and trade?

    陕西电子信息集团有限公司, 中国钢铁, 徐州工程机械: no (seat and trade words only);
    宁德时代新能源科技股份有限公司, 海辰储能: yes."""
    core = next((name[: -len(s)] for s in _sorted(lx.COMPANY_LEGAL_SUFFIXES) if name.endswith(s)), name)
    core = _strip_seat(CUES.parenthesised.sub("", core).removeprefix("中国"))
    return len(core) >= 2 and not ordinary_words_only(core)


def _recognise_known_names(text: str, blocked: Coverage, known: dict[str, str]) -> list[Mention]:
    """Firms other pages of the build named in full, where this page writes one of their forms
    (``kg.known_names``): the longest form at each place, outside what is already claimed."""
    if not known:
        return []
    index = FormIndex(known)
    out: list[Mention] = []
    k = 0
    while k < len(text) - 1:
        form = next(iter(index.at(text, k)), None)
        if form is None or blocked.hits(k, k + len(form)) or _inside_word(text, k, k + len(form)) \
                or (form != known[form] and _division_ends_at(text, k, 8)):
            k += 1
            continue
        e = k + len(form)
        ext = CUES.alias_tail_extension.match(text, e)
        e2 = ext.end() if ext and not blocked.hits(k, ext.end()) else e
        out.append(Mention(k, e2, text[k:e2], "Company", source="alias"))
        blocked.add(k, e2)
        k = e2
    return out


def _recognise_company_aliases(text: str, blocked: Coverage, companies: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    done: set[str] = set()  # a name written again gives no new alias: its places are taken or failed
    for c in list(companies):
        if c.source != "rule" or c.text in done:
            continue
        done.add(c.text)
        for form in company_short_forms(c.text):
            if len(form) < 2:
                continue
            for ms in find_all(text, form):
                mm = _Span(ms, ms + len(form))
                s, e = mm.start(), mm.end()
                if blocked.hits(s, e):
                    continue
                # extend over a following industry word / 公司 / 股份
                ext = CUES.alias_tail_extension.match(text, e)
                e2 = ext.end() if ext else e
                if len(form) < 3 and form in lx.word_table():
                    continue  # 氢能, 纺织: an ordinary word, not the brand
                if len(form) < 3 and e2 == e and not (
                    e >= len(text) or text[e] in _STRONG_BOUNDARY
                    or (text[e: e + 2] in lx.word_table() and text[e - 1: e + 1] not in lx.word_table())
                ):
                    continue
                if blocked.hits(s, e2):
                    e2 = e
                out.append(Mention(s, e2, text[s:e2], "Company", source="alias"))
                blocked.add(s, e2)
    return out


def _repeat_short_names(text: str, blocked: Coverage, named: list[Mention]) -> list[Mention]:
    """A short name taken as a company once (from a list or a short-name cue) is the
    same company where the page writes it again ("已投资A、B、C等17家企业，其中A、B
    获评…"): the second list has no cue of its own."""
    out: list[Mention] = []
    for c in named:
        if len(c.text) < 3:
            continue
        for k in find_all(text, c.text):
            e = k + len(c.text)
            if not blocked.hits(k, e):
                out.append(Mention(k, e, c.text, "Company", source=c.source))
                blocked.add(k, e)
    return out


# ============================================================================ projects


def _is_category(desc: str) -> bool:
    """A kind of project (龙头企业, 新业态, 正极材料), not a name: a category word
    after nothing but a common word (宏远材料 is a firm's name)."""
    cm = CUES.project_category_end.search(desc)
    if cm is None:
        return False
    head = desc[: cm.start()]
    hit = lx.word_table().get(head)
    return (len(head) <= 1 or bool(hit) and (
        hit[0] >= 1000 or (hit[0] >= 40 and hit[1] in ("n", "b", "ad", "vn", "v", "d"))))


def _project_lists(text: str):
    """"A、B等项目" matches, searched only in windows ending at 等…项目 (cheap on long pages)."""
    last = -1
    for k in find_all(text, "等"):
        tail = CUES.project_list_tail.match(text[k: k + 8])
        if not tail or k <= last:
            continue
        lo = max(last + 1, k - 160)
        m = CUES.project_enumeration.search(text, lo, k + tail.end())
        if m is not None:
            last = m.end()
            yield m


def _counter_start(text: str, s: int, suf_s: int, blocked: Coverage) -> int:
    """Move a project name's start back to a capacity the stop-word cut left out.

    "100万千瓦渔光互补光伏发电项目": 互补 reads as a verb, but a name that a
    capacity opens runs from the capacity (only over name characters).
    """
    if not CUES.digit.search(text, max(0, suf_s - 40), s):
        return s
    i = s
    while i > max(0, suf_s - 40) and not blocked[i - 1] and text[i - 1] not in _STRONG_BOUNDARY and text[i - 1] != "的":
        i -= 1
    if i == s:
        return s
    last = None
    for cm in CUES.capacity_figure.finditer(text, i, s + 1):
        if cm.start() < s:
            last = cm
    if last is None:
        return s
    # 年产/年处理 may sit right before the number
    return last.start()


def _after_firm(text: str, s: int, suf_s: int, blocked: Coverage) -> int:
    """"荣信汇科电气股份有限公司柔性直流输电装备扩能项目": right after another name (the investor's,
    or its 的) the whole run up to 项目 is the project's name; verbs inside it (输电, 显示, 进口)
    do not cut it, a strong stop (投资, 建设, 的…) still does."""
    i = _scan_name_chars(text, suf_s, blocked, 30)  # (的 is a name character: the run starts at it)
    start = i + 1 if text[i: i + 1] == "的" else i
    if i == 0 or start >= s or not blocked[i - 1]:
        return s
    strong, _weak, _ = _stops("project")
    cut = _rightmost_stop_cut(text, start, suf_s, (strong, frozenset(), 0), getattr(_LOCAL, "cov", None))
    return start if cut == start and start < s else s


def _after_built_de(text: str, s: int, suf_s: int, blocked: Coverage) -> int:
    """"…投资18亿元建设的量子精密测量产业化基地项目": after 建设的 the whole run is the name.

    Verbs inside such a name (测量, 互补) cut it short otherwise; only strong
    stops (punctuation, prepositions) still end it.
    """
    k = text.rfind("的", max(0, suf_s - 26), s)
    if k < 2 or not CUES.built_de_before.search(text, k - 2, k + 1):
        return s  # cheap test first: most names have no 建设的 before them
    strong, _weak, _ = _stops("project")
    s2 = _left_start(text, suf_s, blocked, (strong, frozenset(), 0), 24)
    if s2 < s and CUES.built_de_before.search(text, max(0, s2 - 3), s2) and not CUES.clause_break.search(text[s2:s]):
        return s2
    return s


def _recognise_projects(text: str, blocked: Coverage) -> list[Mention]:
    """Projects: items of "A、B等项目", facilities built with a stated sum, and names ending in 项目/工程."""
    out: list[Mention] = []
    _listed_projects(text, blocked, out)
    _invested_facilities(text, blocked, out)
    for m in CUES.project_word.finditer(text):
        _suffixed_project(text, blocked, m, out)
    return out


def _listed_projects(text: str, blocked: Coverage, out: list[Mention]) -> None:
    """Items of "A、B、C等项目", added to ``out``: they are projects named without 项目."""
    # "A、B、C等项目": the items are projects named without 项目
    for m in _project_lists(text):
        items = m.group(1).split("、")
        pos = m.start(1)
        # "A、B等项目12个" / "等12个项目": a count makes the items categories, not names,
        # unless an item carries its own figures (年产5万吨…)
        counted = bool(CUES.digit.search(text[m.end(1): m.end()]) or CUES.count_after_list.match(text, m.end()))
        for it in items:
            s, e = pos, pos + len(it)
            pos = e + 1
            s = _left_start(text, e, blocked, _stops("project"), len(it))
            name = text[s:e]
            if len(name) < 4 or blocked.hits(s, e) or CUES.generic_project_desc.match(name):
                continue
            if counted and not CUES.digit.search(name):
                continue
            if len(items) == 1 and not CUES.digit.search(name) and len(name) < 6:
                continue
            out.append(Mention(s, e, name, "Project", source="list"))
            blocked.add(s, e)


def _invested_facilities(text: str, blocked: Coverage, out: list[Mention]) -> None:
    """Facilities built with a stated investment (投资…元建设的…处理站), added to ``out``."""
    for m in CUES.invested_facility.finditer(text):
        s, e = m.start(1), m.end(1)
        s = _left_start(text, e, blocked, _stops("project"), e - s)
        if CUES.facility_leading_count.match(text[s:e]):
            continue
        if CUES.phase_or_project_after.match(text[e: e + 2]):
            continue  # 云栖智算中心一期项目: the 项目 rule takes the whole name
        if e - s >= 4 and not blocked.hits(s, e):
            out.append(Mention(s, e, text[s:e], "Project", source="facility"))
            blocked.add(s, e)


def _suffixed_project(text: str, blocked: Coverage, m: re.Match[str], out: list[Mention]) -> None:
    """The project named before 项目/工程 at ``m`` (and an investor written into its name), added to ``out``."""
    suf_s, e = m.start(), m.end()
    if blocked.hits(suf_s, e):
        return
    # a phase in brackets before 项目 (综合开发（一期）项目) belongs to the name: scan from before it
    ph = CUES.bracketed_phase_end.search(text, max(0, suf_s - 6), suf_s)
    if ph and not blocked.hits(ph.start(), suf_s):
        suf_s = ph.start()
    s = _counter_start(text, _left_start(text, suf_s, blocked, _stops("project"), 30), suf_s, blocked)
    s = _after_built_de(text, s, suf_s, blocked)
    s = _after_firm(text, s, suf_s, blocked)
    desc = text[s:suf_s]
    # drop leading amounts / punctuation left by the scan
    desc2 = CUES.project_desc_lead.sub("", desc)
    s += len(desc) - len(desc2)
    desc = desc2
    if _not_a_project_name(desc, m.group(0)) or CUES.grade_or_count_before_project.search(text, max(0, s - 8), s):
        return
    out.append(Mention(s, e, text[s:e], "Project"))
    blocked.add(s, e)
    # an investor written into the name: 和县江北酒业10万吨…项目
    pm = CUES.investor_in_project_name.match(text[s:e])
    if pm and _name_like(_split_places(pm.group(1))[1] or pm.group(1)):
        out.append(Mention(s, s + pm.end(1), pm.group(1), "Company", source="prefix"))


def _not_a_project_name(desc: str, suffix: str) -> bool:
    """Is the descriptor before 项目/工程 generic, a kind of project, a verb or a place rather than a name?"""
    if len(desc) < 3 and not CUES.digit.search(desc) or CUES.generic_project_desc.match(desc):
        return True
    if len(desc) <= 5 and _is_category(desc):
        return True  # 龙头企业项目, 新业态项目, 外资项目, 新能源项目: a kind of project, not one
    if desc[-2:] in lx.predicate_words() and not CUES.project_phase_end.search(desc):
        # 园区坚持项目(为王), 抢抓项目 — but 一期/二期 is a phase, not a verb
        return True
    hit = lx.word_table().get(desc)
    if hit and hit[0] >= 50 and len(desc) <= 4 and not hit[1].startswith("n"):
        return True  # 转变项目, 多少项目: not a named project
    if any(desc.endswith(pn) and len(pn) >= 2 for pn in (desc[-2:], desc[-3:]) if pn in lx.place_table()):
        return True
    return suffix == "工程" and len(desc) < 4


# ============================================================================ references
_REF_TYPE = {
    "该公司": "Company", "该集团": "Company", "该企业": "Company", "公司": "Company", "集团": "Company",
    "该项目": "Project", "此项目": "Project", "这一项目": "Project", "项目": "Project",
    "该园区": "Park", "该开发区": "Park", "高新区": "Park", "经开区": "Park", "开发区": "Park",
    "示范区": "Park", "园区": "Park", "综保区": "Park", "自贸区": "Park", "该区": "Place", "该县": "Place", "该市": "Place", "该镇": "Place",
    # a document named before (该措施由自治区人民政府办公厅印发): the kinds of a policy's title
    **{"该" + kind: "Policy" for kind in ("指导意见", "实施意见", "行动方案", "实施方案", "方案", "意见", "措施", "办法",
                                        "政策", "条例", "规划", "通知", "细则", "若干措施", "若干政策")},
}


def _recognise_references(text: str, blocked: Coverage) -> list[Mention]:
    out: list[Mention] = []
    for m in CUES.reference_word.finditer(text):
        s, e = m.start(), m.end()
        if blocked.hits(s, e):
            continue
        word = m.group(0)
        if word == "公司" and s > 0 and CUES.cjk_char_before_name.match(text[s - 1]) and not _clean_left(text, s, blocked):
            continue
        if word == "项目" and CUES.count_before_group_word.search(text, max(0, s - 14), s):
            continue  # 8个联合开工项目总投资33.3亿元: a counted group, not one project referred to
        t = _REF_TYPE[word]
        out.append(Mention(s, e, word, t, source="reference", is_reference=True))
        blocked.add(s, e)
    return out


def _drop_headline_only_parks(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A park named only in a headline, like no park of the body, is a nickname or a
    phrase cut by the layout (光谷再添…, …示范区引进智慧): headlines abbreviate."""
    heads = Coverage.of((x for x in doc.sentences if x.kind == "headline"), len(doc.text or doc.raw))
    if heads is None:
        return mentions
    from kg.resolve.resolution import _park_same

    def in_head(m: Mention) -> bool:
        return heads.hits(m.start, m.start + 1)

    body = {m.text for m in mentions if m.type == "Park" and not m.is_reference and not in_head(m)}
    if not body:
        return mentions  # the body names no park: the headline's may be the only proper mention
    drop: set[int] = set()
    for m in mentions:
        if m.type != "Park" or m.is_reference or not in_head(m) or m.text in body:
            continue
        if any(_park_same(*sorted((m.text, b), key=len)) for b in body):
            continue
        drop.add(id(m))
    if not drop:
        return mentions
    # places inside a dropped park stay (they still name a division)
    return [m for m in mentions if id(m) not in drop]


# ============================================================================ stage
def recognise(doc: Document) -> Document:
    """Fill ``doc.mentions`` with typed mentions, sorted by position.

    Order matters: policies (《》) and national bodies first, then companies
    (legal names claim their characters so a project or park cannot swallow
    them), parks, agencies, projects, company enumerations, short names and
    finally reference words (该公司, 该项目) for within-document coreference.
    """
    text = doc.text or doc.raw
    blocked = Coverage(len(text))
    for s in doc.sentences:  # no name runs out of a byline (新华社长沙12月6日电|湖南辣妹子…有限公司)
        if s.kind == "byline":
            blocked.add(s.start, s.end)
    places = _recognise_places(text)
    _LOCAL.cov = cov = Coverage(len(text))
    for p in places:
        if p.source == "places":
            cov.add(p.start, p.end)
    mentions = _recognise_named(text, blocked, places, doc.known_firms)
    mentions += _ruled("place.division_table", _kept_places(places, mentions))
    mentions = _drop_bylines_and_headline_parks(doc, text, mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    doc.mentions = mentions
    return doc


def _recognise_named(text: str, blocked: Coverage, places: list[Mention],
                     known: dict[str, str] | None = None) -> list[Mention]:
    """Run the recognisers in their fixed order; each blocks what it claims, so order decides overlaps."""
    mentions: list[Mention] = []
    mentions += _ruled("policy.title_marks", _recognise_policies(text, blocked))
    mentions += _ruled("agency.national", _recognise_national_agencies(text, blocked))
    sure_places = [p for p in places if p.source == "places"]
    companies = _ruled("company.legal_name", _recognise_companies(text, blocked, sure_places))
    parks, park_agencies = _recognise_parks(text, blocked, places)
    _ruled("park.zone_suffix", parks)
    _ruled("agency.zone_committee", park_agencies)
    park_agencies += _ruled("agency.named_committee", _recognise_named_committees(text, blocked))
    agencies = _ruled("agency.local_government", _recognise_place_agencies(text, places, blocked))
    projects = _ruled("project.name_suffix", _recognise_projects(text, blocked))
    listed = _ruled("company.in_list", _recognise_company_lists(text, blocked))
    listed += _ruled("company.stock_name", _recognise_stock_names(text, blocked))
    short = _ruled("company.short_name", _recognise_short_companies(text, blocked))
    aliases = _ruled("company.alias", _recognise_company_aliases(text, blocked, companies + listed + short))
    aliases += _ruled("company.repeated_short_name", _repeat_short_names(text, blocked, listed + short))
    aliases += _ruled("company.known_name", _recognise_known_names(text, blocked, known or {}))
    refs = _ruled("reference.word", _recognise_references(text, blocked))
    mentions += companies + parks + park_agencies + agencies + projects + listed + short + aliases + refs
    return mentions


def _recognise_named_committees(text: str, blocked: Coverage) -> list[Mention]:
    """A zone's committee named after a zone no suffix rule knows (郑州航空港区管委会, 中国医药城管委会,
    博鳌乐城国际医疗旅游先行区管理局): the name runs back from the committee word to a boundary."""
    out: list[Mention] = []
    for m in CUES.named_committee.finditer(text) if "管" in text or "委员会" in text else ():
        if blocked.hits(m.start(), m.end()):
            continue
        s = _left_start(text, m.start(), blocked, _stops("park"), 16)
        s = max([s] + [text.rfind(c, s, m.start()) + 1 for c in "与和同及"])  # 当天与|沣西新城管委会
        name = text[s: m.start()]
        if len(name) < 3 or name in lx.PARK_SUFFIXES or name.startswith(_GLUE_START) \
                or CUES.leading_bare_zone_word.match(name):
            continue  # 园区管委会, 试验区管委会, 该区管委会: the page's zone, by a word
        out.append(Mention(s, m.end(), text[s: m.end()], "Agency"))
        blocked.add(s, m.end())
    return out


def _recognise_stock_names(text: str, blocked: Coverage) -> list[Mention]:
    """A listed firm's short name with its stock code (恩捷股份（002812.SZ）, 证券简称：天赐材料):
    the name financial pages call the firm by; the code says it is one."""
    out: list[Mention] = []
    for cm in CUES.stock_code_after_name.finditer(text) if "（" in text or "(" in text else ():
        e = cm.start()
        s = _left_start(text, e, blocked, _stops("all"), 8)
        _add_stock_name(text, s, e, blocked, out)
    for cm in CUES.stock_short_name_label.finditer(text) if "简称" in text else ():
        _add_stock_name(text, cm.start(1), cm.end(1), blocked, out)
    return out


def _add_stock_name(text: str, s: int, e: int, blocked: Coverage, out: list[Mention]) -> None:
    brand = text[s:e]
    if 2 <= len(brand) <= 8 and not blocked.hits(s, e) and _short_company_ok(brand):
        out.append(Mention(s, e, brand, "Company", source="short"))
        blocked.add(s, e)


def _ruled(rule_id: str, found: list[Mention]) -> list[Mention]:
    """``found``, each mention without a rule of its own tagged with the recogniser's id (``Mention.rule``).

    Why: ``kg extract --trace`` shows which recogniser proposed each mention; ``RULES``
    holds an example of each id, run by a test."""
    for m in found:
        if not m.rule:
            m.rule = rule_id
    return found


def _kept_places(places: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The place mentions to keep beside ``mentions``; confirmed short forms become sure places."""
    # places: keep those outside other mentions, or inside parks/agencies/companies/policies;
    # doubtful short forms only where they start a zone/agency/legal name (湄潭开发区)

    spans = sorted((m.start, m.end, m) for m in mentions if not m.is_reference)
    starts = [sp[0] for sp in spans]
    kept: list[Mention] = []
    confirmed = _confirmed_short_forms(places, spans, starts)
    place_by_end = {p.end: p for p in places}
    for p in places:
        if p.source == "places?":
            if p.text not in confirmed:
                continue
            p.source = "places"
        if _place_kept(p, spans, starts, place_by_end):
            kept.append(p)
    return kept


def _confirmed_short_forms(places: list[Mention], spans: list[tuple[int, int, Mention]],
                           starts: list[int]) -> set[str]:
    """Doubtful short forms that start a zone or agency name on this page (湄潭开发区)."""
    confirmed: set[str] = set()
    for p in places:
        if p.source != "places?":
            continue
        k = bisect.bisect_right(starts, p.start) - 1
        for j in (k, k - 1):
            if 0 <= j < len(spans) and spans[j][0] == p.start and p.end < spans[j][1]:
                o = spans[j][2]
                if o.type in ("Park", "Agency"):
                    confirmed.add(p.text)
    return confirmed


def _place_kept(p: Mention, spans: list[tuple[int, int, Mention]], starts: list[int],
                place_by_end: dict[int, Mention]) -> bool:
    """Keep a place outside every other mention, or inside one that a place may prefix."""
    k = bisect.bisect_right(starts, p.start) - 1
    inside = _place_container(p, spans, k)
    overlap = any(sp[0] < p.end and p.start < sp[1] for sp in spans[max(0, k - 1): k + 2])
    if inside is None and not overlap:
        return True
    if inside is None:
        return False
    if inside.type in ("Company", "Project") and inside.source != "rule" and not _is_full_form(p.text):
        return False
    if inside.type == "Park" and inside.source == "rule" and p.end == inside.end:
        return False  # 重庆两江新区 as a zone (it has a 管委会): its table twin is not a place here
    if inside.type == "Project" and not _is_full_form(p.text):
        return False
    if inside.type == "Park" and p.start > inside.start and not _continues_chain(p, place_by_end.get(p.start)):
        return False  # 武汉东湖新技术开发区: 东湖 after 武汉 is no district of 武汉 (东湖区 is in 南昌)
    return inside.type in ("Company", "Park", "Agency", "Project", "Policy")


def _place_container(p: Mention, spans: list[tuple[int, int, Mention]], k: int) -> Mention | None:
    """The innermost mention that contains place ``p`` (a zone rather than its committee), if any."""
    inside = None
    for j in (k, k - 1):
        if 0 <= j < len(spans) and spans[j][0] <= p.start and p.end <= spans[j][1]:
            inside = spans[j][2]
            break
    if inside is not None and inside.type == "Agency" and p.end < inside.end:
        # the zone inside its committee's name (X新区管委会) is the innermost container
        zone = next((spans[j][2] for j in (k - 1, k - 2) if 0 <= j < len(spans)
                     and spans[j][2].type == "Park" and spans[j][0] <= p.start and p.end <= spans[j][1]), None)
        inside = zone or inside
    return inside


def _drop_bylines_and_headline_parks(doc: Document, text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop mentions in bylines and parks named only in headlines, then cut bylines glued to names."""
    # reporters' names in bylines (王金华) are not places or companies
    if doc.sentences:
        bylines = Coverage.of((x for x in doc.sentences if x.kind == "byline"), len(text))
        if bylines is not None:
            mentions = [m for m in mentions if not bylines.hits(m.start, m.start + 1)]
        mentions = _drop_headline_only_parks(doc, mentions)
    return _trim_bylines(text, mentions)


def _continues_chain(p: Mention, before: Mention | None) -> bool:
    """Is place ``p`` a division of the place written right before it (or is nothing before it)?"""
    if before is None:
        return True
    table = lx.place_table()
    parents = {r[0] for r in table.get(before.text, ())}
    return any(r[2] in parents or r[3] in parents or r[0] in parents for r in table.get(p.text, ()))


def _trim_bylines(text: str, mentions: list[Mention]) -> list[Mention]:
    """Cut a byline that the layout glued to the name after it.

    Why: a paragraph often opens "本报讯 通讯员林晓 王涛 烟台经济技术开发区日前…";
    with the spaces gone, the reporters' names run into the zone's name and
    no stop word separates them.  A name that contains a byline word starts
    at the first place named after it (烟台…); without one it is dropped.
    """
    places = sorted(m.start for m in mentions if m.type == "Place")
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Place" or m.is_reference:
            out.append(m)
            continue
        last = max(CUES.byline_word.finditer(m.text), key=lambda x: x.start(), default=None)
        if last is None:
            out.append(m)
            continue
        cut = m.start + last.end()
        # the name as the page writes it elsewhere (…图为洋浦经济开发区…), else from the first place
        again = None
        sm = max(_PARK_SUFFIX_RE.finditer(m.text), key=lambda x: x.start(), default=None) if m.type == "Park" else None
        if sm is not None:  # a zone keeps a core of two characters or more before its suffix
            core_end = m.start + sm.start()
            again = next((s for s in range(cut, min(cut + 7, core_end - 1))
                          if _occurs_elsewhere(text, text[s:m.end], m.start)), None)
        k = bisect.bisect_left(places, cut)
        if again is None and k < len(places) and places[k] < m.end - 1:
            again = places[k]
        if again is not None:
            out.append(replace(m, start=again, text=text[again:m.end]))
    return out


def _occurs_elsewhere(text: str, name: str, here: int) -> bool:
    i = text.find(name)
    while i != -1:
        if not (here <= i < here + 12):
            return True
        i = text.find(name, i + 1)
    return False


#: the recognisers of this stage, each with a text it finds a mention in: the id reaches
#: ``Mention.rule`` (``kg extract --trace``); tests/test_recognition.py runs every example.
RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("policy.title_marks", "省政府印发《关于加快开发区高质量发展的若干意见》。"),
    Rule("agency.national", "工业和信息化部公布了第二批名单。"),
    Rule("company.legal_name", "华禾新材料有限公司在园区投资建设新项目。"),
    Rule("park.zone_suffix", "青川经济开发区今年新签约项目12个。"),
    Rule("agency.zone_committee", "青川经济开发区管委会与企业签订协议。"),
    Rule("agency.named_committee", "青川航空港区管委会负责人介绍，今年引进项目30个。"),
    Rule("agency.local_government", "青川县人民政府与企业签订协议。"),
    Rule("company.stock_name", "青禾股份（002812.SZ）晚间公告，拟募集资金不超过12亿元。"),
    Rule("project.name_suffix", "园区内的年产5万吨锂电池材料项目正式开工。"),
    Rule("company.in_list", "华禾科技、川源科技、石溪电子等企业相继落户园区。"),
    Rule("company.short_name", "华禾股份投资12亿元建设新项目。"),
    Rule("company.alias", "青川华禾新材料有限公司落户园区。华禾新材料明年投产。"),
    Rule("company.repeated_short_name", "华禾科技、川源科技等企业落户园区。去年川源科技产值翻番。"),
    Rule("reference.word", "华禾新材料有限公司落户园区。该公司计划明年投产。"),
    Rule("company.known_name", "今年以来，川源精密订单饱满。",
         teacher="四川川源精密机械有限公司落户园区，川源精密计划明年投产。"),
    Rule("place.division_table", "湖南省岳阳市华容县今年新签约项目12个。"),
)}
