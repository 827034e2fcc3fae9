"""Within-document entity resolution: one :class:`Entity` per real thing.

Why here and not in the store: a page uses several surface forms for one
thing (湖南辣妹子食品有限公司 / 辣妹子, 湄潭经济技术开发区 / 湄潭开发区,
工信部 / 工业和信息化部, 平遥 / 平遥县, 该公司) and only the page tells which
belong together.  Merging is decided by general name algebra, never by lists
of known names:

* places: the division table (``kg.knowledge.places``) with the page's other places as
  context decides the division; the key is its code, so 平遥 and 平遥县 are one;
* companies: a short form whose core (name without place prefix, legal form
  and industry words) is a prefix of a legal name's core (黔丰股份 →
  贵州黔丰种业股份有限公司), with compatible forms (…集团 only merges with a
  …集团 name; branches 分公司/支行 never merge with the head office);
* parks: same descriptor and zone family after removing place prefixes
  (经开区 ~ 经济技术开发区 ~ 开发区, 高新区 ~ 高新技术产业开发区);
* agencies: national abbreviations (工信部) to the full name, province
  prefixes dropped (江西省九江市发展改革委 ~ 九江市发展改革委);
* references (该公司, 该项目) take their antecedent's entity.

The canonical name is the fullest surface form; the others become aliases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from kg.document import Document, Entity, Mention
from kg.extract import cues
from kg.extract.spans import SpanIndex
from kg.knowledge import lexicons as lx
from kg.rdf.namespaces import entity_key
from kg.resolve.references import antecedent

#: the named cue patterns of this stage (kg/knowledge/data/cues/resolution.toml and common.toml)
CUES = cues.load("resolution")

try:  # kg.knowledge.places is written in parallel; code against its contract
    from kg.knowledge import places as _places
except ImportError:  # pragma: no cover - until the module lands
    _places = None  # type: ignore[assignment]

_QUOTES = re.compile(r"[《》“”「」‘’\"'\s]")
_LEGAL = sorted(lx.COMPANY_LEGAL_SUFFIXES, key=len, reverse=True)
_NATIONAL_FULL = {a: full for full, abbrs in lx.NATIONAL_AGENCIES.items() for a in abbrs}
_ETDZ = ("经济技术开发区", "经济开发区", "经开区", "开发区")
_HTZ = ("高新技术产业开发区", "高新技术开发区", "新技术产业开发区", "新技术开发区", "高新技术产业园区", "高新区")
#: a free-trade zone's long and short names (中国（山东）自由贸易试验区 ~ 山东自贸试验区)
_FTZ = ("自由贸易试验区", "自贸试验区", "自贸区")
_CBZ = ("综合保税区", "综保区")


_REGION_WORD = re.compile(r"^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新][东南西北中](?=[\u4e00-\u9fff]{4})")


def _norm(text: str) -> str:
    return _QUOTES.sub("", text)


@lru_cache(maxsize=16384)
def _place_prefix(name: str) -> tuple[list[str], str]:
    """Split leading division names (full or short) off a name: (places, rest)."""
    table = lx.place_table()
    found: list[str] = []
    rest = name
    while True:
        hit = ""
        for L in range(min(len(rest) - 1, 12), 1, -1):
            if rest[:L] in table and rest[:L] not in lx.PLACE_SHORT_STOP:
                hit = rest[:L]
                break
        if not hit:
            break
        rows = table[hit]
        short = hit
        for full, *_ in rows:
            if full == hit:
                for suf in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "省", "市", "县", "区"):
                    if hit.endswith(suf) and len(hit) - len(suf) >= 2:
                        short = hit[: -len(suf)]
                        break
                break
        found.append(short)
        rest = rest[len(hit):]
    return found, rest


# ---------------------------------------------------------------- companies
@lru_cache(maxsize=16384)
def _company_parts(name: str) -> tuple[str, str]:
    """(core, form) of a company name; form is 集团/股份/branch/legal/short."""
    n = CUES.parenthesised.sub("", name)
    form = "short"
    if CUES.branch_office_end.search(n):
        form = "branch"
    for suf in _LEGAL:
        if n.endswith(suf):
            n = n[: -len(suf)]
            if form != "branch":
                form = "集团" if "集团" in suf else ("股份" if "股份" in suf else "legal")
            break
    if form == "short" and n.endswith("股份"):
        n, form = n[:-2], "股份"
    _, rest = _place_prefix(n)
    core = rest if len(rest) >= 2 else n
    return core, form


def _registered_core(name: str) -> Identity | None:
    """Who a registered name (…有限公司, …股份有限公司, 株式会社) says the firm is: its core, the place
    it opens with and the place it brackets; None for a short form, a group word alone or a branch.

    Why the places: a group's firms share the core, and their seat tells them apart (盐城东山精密制造
    有限公司 is not 苏州东山精密制造股份有限公司; 万华化学（福建）有限公司 is not 万华化学集团股份有限公司)."""
    if not name.endswith(_REGISTERED_FORMS) or CUES.branch_office_end.search(name):
        return None
    seat = _place_prefix(CUES.parenthesised.sub("", name))[0]
    table = lx.place_table()
    bracket = next((b for b in (m.group(0)[1:-1] for m in CUES.parenthesised.finditer(name)) if b in table), "")
    core = _company_core(name)
    own = core[core.rfind("集团") + 2:] if "集团" in core[:-2] else core
    # 宏运集团锦西钢管新疆有限公司 is 锦西钢管新疆有限公司: the parent group, then the firm's own name
    return Identity(own if len(own) >= 4 else core, frozenset(seat), bracket)


class Identity(NamedTuple):
    """A registered firm's identity: the core of its name, its seat (the places its name opens with,
    maybe none), and the place its name brackets (or "")."""

    core: str
    seat: frozenset[str]
    bracket: str

    def fits(self, other: Identity) -> bool:
        """One firm: the same core and bracket, and seats of which one holds the other (a name may
        leave its seat out, or write a county before its city: 甘州区张掖市…, 张掖市…)."""
        return (self.core == other.core and self.bracket == other.bracket
                and (self.seat <= other.seat or other.seat <= self.seat))


def _company_core(name: str) -> str:
    """A firm name's core, less its places, region words and legal form (比亚迪 of 比亚迪股份有限公司)."""
    return _REGION_WORD.sub("", _company_parts(name)[0])


#: the endings of a registered firm's name
_REGISTERED_FORMS = lx.REGISTERED_FORMS


#: a legal form ending a firm's name (what is left is its own name with its seat)
_FORM_END = re.compile("(?:" + "|".join(lx.REGISTERED_FORMS) + "|公司)$")
#: a place a firm's name brackets (天能电池集团（安徽）有限公司)
_BRACKETED_SEAT = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")


@lru_cache(maxsize=16384)
def _company_same(short: str, long: str) -> bool:
    cs, fs = _company_parts(short)
    cl, fl = _company_parts(long)
    if "branch" in (fs, fl):
        return fs == fl and cs == cl
    if fs == "集团" and "集团" not in long:
        return False
    if fs == "股份" and "股份" not in long:
        return False
    if len(cs) < 2:
        return False
    if cl.startswith(cs):
        return True
    # 福建闽西永锋机械 ~ 永锋机械: a region word (province character + direction) is part of the seat
    if len(cs) >= 4 and _REGION_WORD.sub("", cl).startswith(cs):
        return True
    # strip industry words of the short form: 云帆实业公司 vs 浙江云帆实业有限公司 handled above
    bs = CUES.industry_words_end.sub("", cs)
    if len(bs) >= 2 and bs != cs and fs == "short":
        ind = cs[len(bs):]
        # 力拓装备 ~ 湖南力拓智能装备有限公司: brand at the start, industry word at the end
        if cl.startswith(bs) and cl.endswith(ind) and len(cl) <= len(cs) + 4:
            return True
        # 时代电气 ~ 株洲中车时代电气股份有限公司: the trade name after a group prefix
        if len(cs) >= 4 and cl.endswith(cs) and len(cl) - len(cs) <= 3:
            return True
    if fs == "short" and len(cs) == 4 and cl[:2] == cs[:2] and _in_order(cs[2:], cl[2:]):
        return True  # 三花智控 ~ 浙江三花智能控制股份有限公司: a listed firm's four-character short name
    own = _FORM_END.sub("", short)
    if len(own) >= 4 and fs != "集团" and long.startswith(own, long.find("集团") + 2) and "集团" in long[:-len(own)]:
        return True  # 开封炭素公司 ~ 中国平煤神马集团开封炭素有限公司: the parent group, then the firm's own name
    seat = _BRACKETED_SEAT.search(long)
    if seat and cs.endswith(seat.group(1)) and len(cs) - len(seat.group(1)) >= 2 \
            and cl.startswith(cs[: -len(seat.group(1))]):
        return True  # 天能安徽公司 ~ 天能电池集团（安徽）有限公司: the brand, then the seat its name brackets
    return len(bs) >= 2 and cl.startswith(bs) and len(bs) >= 3


def _in_order(chars: str, within: str) -> bool:
    """Do ``chars`` occur in ``within`` in their order (智控 in 智能控制)?"""
    it = iter(within)
    return all(c in it for c in chars)


# ---------------------------------------------------------------- parks
@lru_cache(maxsize=16384)
def _park_sig(name: str) -> tuple[frozenset[str], str, str]:
    places, rest = _place_prefix(CUES.china_bracketed_place.sub(r"\1", name))
    fam = ""
    for fam_name, sufs in (("HTZ", _HTZ), ("ETDZ", _ETDZ), ("CBZ", _CBZ), ("FTZ", _FTZ)):
        for suf in sufs:
            if rest.endswith(suf):
                fam, rest = fam_name, rest[: -len(suf)]
                break
        if fam:
            break
    if not fam:
        for suf in sorted(lx.PARK_SUFFIXES, key=len, reverse=True):
            if rest.endswith(suf):
                fam, rest = suf[-3:] if len(suf) >= 3 else suf, rest[: -len(suf)]
                break
    if not fam:
        fam = "专业镇"  # a cluster town named without its suffix (湄潭茶叶)
    return frozenset(places), rest, fam


@lru_cache(maxsize=16384)
def _park_same(a: str, b: str) -> bool:
    # "钦州港片区" for "中国（广西）自由贸易试验区钦州港片区": an area named by its own part
    short, long_ = sorted((a, b), key=len)
    if short.endswith("片区") and len(short) >= 4 and long_.endswith(short) and "试验区" in long_:
        return True
    # "Y工业园" for "X经开区Y工业园": a sub-park called without its parent zone
    if long_.endswith(short) and len(short) >= 4 and CUES.zone_kind_end.search(long_[: -len(short)]):
        return True
    pa, ca, fa = _park_sig(a)
    pb, cb, fb = _park_sig(b)
    if fa != fb:
        return False
    if pa and pb and not (pa <= pb or pb <= pa):
        return False
    if not pa and not pb and ca != cb:
        # "杨陵示范区" ~ "杨陵农业高新技术产业示范区": a zone called by its place-like head word alone
        short_c, long_c = sorted((ca, cb), key=len)
        return 2 <= len(short_c) <= 3 and len(long_c) >= len(short_c) + 4 and long_c.startswith(short_c)
    if pa != pb and a.endswith(_OFFICIAL_ZONE_KINDS) and b.endswith(_OFFICIAL_ZONE_KINDS) and _finer_place_apart(pa, pb):
        return False  # 长春经开区 and 长春绿园经济开发区: a district names another zone of the city
    if ca == cb:
        # 自贸试验区 alone for 山东自贸试验区: a bare free-trade-zone word is the page's one
        return bool(ca) or bool(pa & pb) or (fa == "FTZ" and not ca and not (pa and pb))
    if not fa:
        return False
    # "湄潭示范区" ~ "湄潭现代农业产业示范区": same place, one without descriptor — but a zone written
    # with an official kind is a whole name: 大连经济技术开发区 is not 大连长兴岛经济技术开发区, and
    # 长春经开区 not 长春汽车经开区 (merging them also chained every 长春… zone into one)
    bare, core = (a, cb) if not ca else (b, ca)
    if bare.endswith(_OFFICIAL_ZONE_KINDS) and core not in _GRADE_CORES:
        return False  # (贵阳高新区 ~ 贵阳国家高新技术产业开发区: 国家 grades the zone, it names no other)
    return (not ca or not cb) and bool(pa & pb)


def _finer_place_apart(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Does one name add a county or district below the places both share (长春 | 长春+绿园)? Then the
    two name zones of different parts of the city; an added province or city (吉林+长春) only says more."""
    table = lx.place_table()
    shared = {r[0] for x in pa & pb for r in table.get(x, ()) if r[1] == "city"}
    return any(r[1] == "county" and r[3] in shared for x in (pb - pa) | (pa - pb) for r in table.get(x, ()))


class _ZoneIdentity(NamedTuple):
    """A zone named in full (places and an official kind: 宜宾临港经济技术开发区): two such names are one
    zone only when :func:`_park_same` says so, so a short name both would take (临港经开区) cannot
    chain 宜宾临港经济技术开发区 and 江阴临港经济开发区 into one."""

    name: str

    def fits(self, other: _ZoneIdentity) -> bool:
        return self.name == other.name or _park_same(self.name, other.name)


def _zone_identity(name: str) -> _ZoneIdentity | None:
    return _ZoneIdentity(name) if _park_sig(name)[0] and name.endswith(_OFFICIAL_ZONE_KINDS) else None


#: the descriptor of a zone's name that only grades it (贵阳国家高新技术产业开发区 is 贵阳高新区)
_GRADE_CORES = ("国家", "国家级", "省级", "省", "自治区级")
#: the kinds of zone the State Council and the provinces approve by name: "<place><kind>" is a whole name
_OFFICIAL_ZONE_KINDS = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "综合保税区", "保税区", "经开区", "高新区",
                        "综保区")


def _without_country(name: str) -> str:
    """A foreign firm's name without the country written before it (德国福尔坦集团 → 福尔坦集团)."""
    for c in lx.COUNTRY_PREFIXES:
        if name.startswith(c) and len(name) - len(c) >= 4:
            return name[len(c):]
    return name


# ---------------------------------------------------------------- agencies
#: long and short forms of department names, longest first
_DEPT_FORMS = (
    ("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展和改革委", "发改委"), ("发展改革委", "发改委"),
    ("工业和信息化", "工信"), ("经济和信息化", "经信"), ("人力资源和社会保障", "人社"), ("住房和城乡建设", "住建"),
    ("市场监督管理", "市场监管"), ("科学技术", "科技"), ("商务委员会", "商务委"),
)


@lru_cache(maxsize=16384)
def _agency_sig(name: str) -> str:
    if name in _NATIONAL_FULL:
        return _NATIONAL_FULL[name]
    n = CUES.party_prefix.sub("", name).replace("管理委员会", "管委会")
    # 发展和改革委员会 = 发展改革委 = 发改委, 工业和信息化厅 = 工信厅: one department, long or short
    for long_form, short_form in _DEPT_FORMS:
        n = n.replace(long_form, short_form)
    # 天津经开区管委会 = 天津经济技术开发区管委会: the zone inside by its long form
    for short, full in lx.PARK_ABBREVIATIONS.items():
        if short in n and full not in n:
            n = n.replace(short, full)
    places, rest = _place_prefix(n)
    if len(places) >= 2:
        return places[-1] + rest
    return (places[0] + rest) if places else n


# ---------------------------------------------------------------- projects
@lru_cache(maxsize=16384)
def _project_core(name: str) -> str:
    return CUES.project_word_end.sub("", name)


@lru_cache(maxsize=16384)
def _project_same(a: str, b: str) -> bool:
    """One project named with and without its investor (天宇新型建材项目 ~ 天宇科技新型建材项目)."""
    ca, cb = _project_core(a), _project_core(b)
    short, long = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if len(short) >= 4 and long.endswith(short):
        return True
    k = 0
    while k < len(short) and short[-1 - k] == long[-1 - k]:
        k += 1
    return k >= 4 and k >= 0.6 * len(short) and short[:2] == long[:2]


# ---------------------------------------------------------------- places
def _place_context(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions if m.type == "Place" and not m.is_reference]


def _lookup_place(name: str, context: list[str]):
    if _places is None:
        return None
    try:
        return _places.lookup(name, context)
    except Exception:  # noqa: BLE001 - a bad table row must not stop a page
        return None


# ---------------------------------------------------------------- stage
def _groups(names: list[str], same, block: Blocking | None = None,
            distinct: Callable[[str], Identity | None] | None = None,
            core: Callable[[str], str] | None = None) -> dict[str, str]:
    """Union names that ``same(short, long)`` says are one thing; value = canonical (longest).

    ``block`` (see :class:`Blocking`) limits the pairs tried to those sharing a key that
    every true pair shares, so the groups are the same as trying all pairs, without the
    names × names cost on a long page. ``distinct`` gives a name's identity when it is one
    on its own (a registered name's core): two groups holding different identities are never
    joined, not even through a short form both would take (天士力 and two 天士力…有限公司); a
    short form tries first the names whose identity is its own ``core`` (比亚迪 → 比亚迪股份有限公司,
    not 襄阳比亚迪实业有限公司).
    """
    parent = {n: n for n in names}
    identity = {n: distinct(n) for n in names} if distinct is not None else {}  # (each name's, once)
    ids: dict[str, set[str]] = {n: {k} for n, k in identity.items() if k is not None}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ordered = sorted(names, key=lambda n: (-len(n), n))
    for b, cands in _candidate_pairs(ordered, block):
        if distinct is not None and core is not None:
            own = core(b)
            cands = sorted(cands, key=lambda a: getattr(identity[a], "core", identity[a]) != own)
        for a in cands:
            ra, rb = find(a), find(b)
            if ra == rb or not same(b, a):
                continue
            ia, ib = ids.get(ra, set()), ids.get(rb, set())
            if not all(x.fits(y) for x in ia for y in ib):
                continue  # two registered names of two firms (other cores, or other seats) stay two
            parent[rb] = ra
            if ib:
                ids[ra] = ia | ib
    members: dict[str, list[str]] = {}
    for n in names:
        members.setdefault(find(n), []).append(n)
    canon = {root: max(ms, key=lambda m: (len(m), m)) for root, ms in members.items()}
    return {n: canon[find(n)] for n in names}


@dataclass(frozen=True)
class Blocking:
    """Keys a long name is filed under, and the keys a short name looks up (None: try all)."""

    filed: Callable[[str], Iterable[str]]
    lookup: Callable[[str], Iterable[str] | None]


def _candidate_pairs(ordered: list[str], block: Blocking | None) -> Iterator[tuple[str, list[str]]]:
    """(short name, the longer-or-equal names before it worth comparing with it)."""
    if block is None:
        for i, b in enumerate(ordered):
            yield b, ordered[:i]
        return
    filed: dict[str, list[int]] = {}
    for i, a in enumerate(ordered):
        for k in set(block.filed(a)):
            filed.setdefault(k, []).append(i)
    for i, b in enumerate(ordered):
        keys = block.lookup(b)
        if keys is None:
            yield b, ordered[:i]
        else:
            near = sorted({j for k in keys for j in filed.get(k, ()) if j < i})
            yield b, [ordered[j] for j in near]


def _company_keys(n: str, role: str) -> list[str] | None:
    """_company_same holds only when the short core's first two characters stand in the long
    core (it starts or ends it, equals it, or follows a two-character region word)."""
    core = _company_parts(n)[0]
    if role == "filed":
        return [core[j:j + 2] for j in range(max(1, len(core) - 1))]
    return [core[:2]] if len(core) >= 2 else None  # a one-character core: try every name


def _project_keys(n: str, role: str) -> list[str]:
    """_project_same holds only when one core ends with the whole other (four characters or
    more), or both open with the same two characters and end with the same four."""
    core = _project_core(n)
    if len(core) < 4:
        return []  # no project of fewer than four core characters is the same as another
    tails = [core[j:] for j in range(len(core) - 3)]
    mine, theirs = ("tail:", "whole:") if role == "filed" else ("whole:", "tail:")
    return [mine + t for t in tails] + [theirs + core, "ends:" + core[:2] + core[-4:]]


def _park_keys(n: str) -> list[str]:
    """_park_same holds only within one family (suffix kind), or when the longer name ends
    with the shorter (so both end with the same four characters)."""
    return ["family:" + _park_sig(n)[2], "end:" + n[-4:]]


COMPANY_BLOCKING = Blocking(filed=lambda n: _company_keys(n, "filed"), lookup=lambda n: _company_keys(n, "lookup"))
PROJECT_BLOCKING = Blocking(filed=lambda n: _project_keys(n, "filed"), lookup=lambda n: _project_keys(n, "lookup"))
PARK_BLOCKING = Blocking(filed=_park_keys, lookup=_park_keys)
BLOCKINGS = {"Company": COMPANY_BLOCKING, "Project": PROJECT_BLOCKING, "Park": PARK_BLOCKING}


def _owned_project_aliases(doc: Document, ms: list[Mention], surf: dict[int, str], canon_of: dict[str, str]) -> None:
    """"X公司的预制菜项目" for X's one project 中央厨房预制菜加工项目: the owner plus a word of
    the name refers back to the project (an alias, not a second project)."""
    text = doc.text or doc.raw
    owned: dict[int, list[Mention]] = {}  # company mention -> projects it invests in
    for f in doc.facts:
        if f.predicate == "investsIn" and f.obj is not None and f.obj.type == "Project":
            owned.setdefault(id(f.subject), []).append(f.obj)
    if not owned:
        return
    companies = [m for m in doc.mentions if m.type == "Company" and not m.is_reference]
    first_ending: dict[int, Mention] = {}
    for c in companies:
        first_ending.setdefault(c.end, c)
    for m in ms:
        if m.start < 3 or text[m.start - 1] != "的":
            continue
        owner = first_ending.get(m.start - 1)
        if owner is None:
            continue
        core = _project_core(surf[id(m)])
        projects = {canon_of[surf[id(p)]] for c in companies if id(c) in owned and _company_same_any(c.text, owner.text)
                    for p in owned[id(c)] if id(p) in surf and p is not m}
        if len(projects) == 1 and len(core) >= 2:
            target = projects.pop()
            if core in target and target != canon_of[surf[id(m)]]:
                old = canon_of[surf[id(m)]]
                for n, c in list(canon_of.items()):
                    if c == old:
                        canon_of[n] = target


def _company_same_any(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return _company_same(short, long_)


def _project_scopes(
    doc: Document, ms: list[Mention], surf: dict[int, str], canon_of: dict[str, str]
) -> dict[str, str]:
    """Scope each project name by its investor, or by the page when it has none.

    Project names are descriptions ("年产10万吨光伏组件项目"), not proper names:
    two pages can describe two different plants with the same words.  Keying a
    project by its name alone merged them into one national node carrying both
    amounts.  A project with exactly one known investor is keyed by name +
    investor (so the same investment reported on two pages is still one node);
    any other project by name + page.
    """
    investors: dict[str, set[str]] = {}
    canon_by_mention = {id(m): canon_of[surf[id(m)]] for m in ms}
    for f in doc.facts:
        if f.predicate != "investsIn" or f.obj is None or id(f.obj) not in canon_by_mention:
            continue
        if f.subject.entity:
            investors.setdefault(canon_by_mention[id(f.obj)], set()).add(f.subject.entity)
    scopes: dict[str, str] = {}
    for canon in set(canon_by_mention.values()):
        inv = investors.get(canon, set())
        scopes[canon] = "\x1f" + (next(iter(inv)) if len(inv) == 1 else "doc:" + doc.id)
    return scopes


def resolve(doc: Document) -> Document:
    """Set ``mention.entity`` for every mention and fill ``doc.entities``."""
    doc.entities = {}
    named = [m for m in doc.mentions if not m.is_reference]
    context = _place_context(doc)
    by_type: dict[str, list[Mention]] = {}
    for m in named:
        by_type.setdefault(m.type, []).append(m)

    _resolve_places(doc, by_type.get("Place", []), context)
    _add_parent_places(doc)
    for etype in ("Company", "Park", "Agency", "Policy", "Project"):
        ms = by_type.get(etype, [])
        if not ms:
            continue
        _resolve_named(doc, etype, ms)
    _alias_place_chain_short_forms(doc)
    parks = [m for m in doc.mentions if m.type == "Park" and not m.is_reference and m.entity]
    _alias_subparks_by_own_name(doc, parks)
    _alias_zones_joined_with_place(doc, parks)
    _drop_parks_named_only_inside_others(doc, parks)
    _link_references_to_antecedents(doc)
    doc.facts = _dedupe_resolved(_facts_with_resolved_ends(doc.facts))
    return doc


def _drop_parks_named_only_inside_others(doc: Document, parks: list[Mention]) -> None:
    """A zone the page names only inside a longer zone's name is not one of its entities.

    中国（湖南）自由贸易试验区岳阳片区 names one park, the 片区; the province's free-trade zone
    written at its head is how the 片区 is called, not a zone the page reports on (annotators
    mark it only where the page names it alone). Such a park entity is dropped with its facts.
    Measured on dev + train: Park −8 TP / −62 FP, locatedIn −8 TP / −68 FP.
    """
    index = SpanIndex(parks)
    alone: set[str] = set()
    keys: set[str] = set()
    for m in parks:
        keys.add(m.entity)
        if not any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                   for o in index.overlapping(m.start, m.end)):
            alone.add(m.entity)
    drop = keys - alone
    if not drop:
        return
    doc.facts = [f for f in doc.facts if f.subject.entity not in drop and (f.obj is None or f.obj.entity not in drop)]
    for k in drop:
        doc.entities.pop(k, None)
    for m in doc.mentions:
        if m.entity in drop:
            m.entity = None


# ---------------------------------------------------------------- stage: places
def _resolve_places(doc: Document, places: list[Mention], context: list[str]) -> None:
    """Places by division code (one lookup per surface form and page), so 平遥 and 平遥县
    are one entity; a place the table does not know is keyed by its (full) name."""
    looked: dict[str, object] = {}
    context_set = set(context)
    for m in places:
        # towns and villages found by suffix or enumeration are not in the county table
        # (石门 village is not 石门县): only look them up when the table has that level
        if m.text not in looked:
            # a short form whose full name the page writes out means that one (吉林 with 吉林省 → the province)
            fulls = {r[0] for r in lx.place_table().get(m.text, ()) if r[0] in context_set and r[0] != m.text}
            looked[m.text] = _lookup_place(fulls.pop() if len(fulls) == 1 else m.text, context)
        p = looked[m.text]
        if p is not None and m.level in ("town", "village") and p.level not in ("town", "village"):
            p = None
        m.entity = _coded_place_entity(doc, m, p) if p is not None else _uncoded_place_entity(doc, m)


def _coded_place_entity(doc: Document, m: Mention, p: Any) -> str:
    """The entity of a place the division table resolved (key by code); the mention
    takes the division's code and level.  Returns the entity key."""
    key = entity_key("Place", p.name, p.code)
    ent = doc.entities.get(key)
    if ent is None:
        ent = Entity(key=key, type="Place", name=p.name, level=p.level, code=p.code)
        parent = getattr(p, "parent_code", None)
        if parent:
            ent.parent = f"place/{parent}"
        doc.entities[key] = ent
    if m.text != ent.name:
        ent.aliases.add(m.text)
    m.code, m.level = p.code, p.level
    return key


def _uncoded_place_entity(doc: Document, m: Mention) -> str:
    """The entity of a place without a division code, keyed by the table's full name
    when there is one (not for towns and villages).  Returns the entity key."""
    rows = lx.place_table().get(m.text) if m.level not in ("town", "village") else None
    full = rows[0][0] if rows else m.text
    key = entity_key("Place", full)
    ent = doc.entities.setdefault(key, Entity(key=key, type="Place", name=full, level=m.level))
    if m.text != full:
        ent.aliases.add(m.text)
    return key


def _add_parent_places(doc: Document) -> None:
    """Parents from the table (labels not on the page are ignored by scorers), so every
    coded place has its chain of divisions up to the province."""
    if _places is not None:
        for ent in list(doc.entities.values()):
            if ent.type != "Place" or not ent.code:
                continue
            try:
                chain = _places.chain(ent.code)
            except Exception:  # noqa: BLE001
                chain = []
            for p in chain:
                if p.code == ent.code:
                    continue
                key = entity_key("Place", p.name, p.code)
                if key not in doc.entities:
                    pe = Entity(key=key, type="Place", name=p.name, level=p.level, code=p.code)
                    if getattr(p, "parent_code", None):
                        pe.parent = f"place/{p.parent_code}"
                    doc.entities[key] = pe


# ---------------------------------------------------------------- stage: named non-place types
def _resolve_named(doc: Document, etype: str, ms: list[Mention]) -> None:
    """One type's named mentions: group the surface forms that name one thing, then give
    each mention its group's entity (a project's key also carries its scope)."""
    sames = {"Company": _company_same, "Park": _park_same, "Project": _project_same}
    surf = {id(m): _norm(m.text) for m in ms}
    names = sorted(set(surf.values()))
    if etype == "Agency":
        canon_of = _agency_canon(names)
    elif etype in sames:
        if etype == "Company":
            canon_of = _groups(names, _company_same, COMPANY_BLOCKING, _registered_core, _company_core)
            canon_of = _known_legal_names(canon_of, doc.known_firms)
        else:
            canon_of = _groups(names, sames[etype], BLOCKINGS.get(etype), _zone_identity if etype == "Park" else None)
        if etype == "Park":
            _merge_bracketed_park_abbreviations(doc, ms, surf, canon_of)
    elif etype == "Policy":
        canon_of = _policy_canon(names)
    else:
        canon_of = {n: n for n in names}
    scope: dict[str, str] = {}
    if etype == "Project":
        _owned_project_aliases(doc, ms, surf, canon_of)
        scope = _project_scopes(doc, ms, surf, canon_of)
    for m in ms:
        _attach_entity(doc, etype, m, surf[id(m)], canon_of, scope)


#: the longest abbreviated title that refers back to a document (《实施意见》, 《若干措施》, 《方案》)
SHORT_TITLE_MAX = 6


def _policy_canon(names: list[str]) -> dict[str, str]:
    """A document's short title is the full one it ends (《指导意见》 after 《关于促进…的指导意见》).

    A page names a policy in full once, then by its kind (《意见》提出…, 以下简称《方案》): the
    short title is an alias of the one full title on the page that ends with it; with two
    such titles it could be either, and stays its own.
    """
    canon_of = {n: n for n in names}
    for short in names:
        if len(short) > SHORT_TITLE_MAX or not short.endswith(lx.POLICY_SUFFIXES):
            continue
        longer = [n for n in names if n != short and n.endswith(short)]
        if len(longer) == 1:
            canon_of[short] = longer[0]
    return canon_of


def normalised_forms(names: Iterable[str]) -> set[str]:
    """Names (a lexicon's forms) as resolution compares them (``kg.pages`` asks whether a page uses one)."""
    return {_norm(f) for f in names}


def _known_legal_names(canon_of: dict[str, str], known: dict[str, str]) -> dict[str, str]:
    """A firm the page names only by a form another page of the build named in full takes that
    page's legal name (``kg.known_names``), so the pages' nodes are one; the forms stay aliases."""
    if not known:
        return canon_of
    known_norm = {_norm(form): legal for form, legal in sorted(known.items())}
    legal = {c: known_norm[c] for c in set(canon_of.values())
             if known_norm.get(c, c) != c and _norm(known_norm[c]) not in canon_of}
    return {n: legal.get(c, c) for n, c in canon_of.items()}


def _agency_canon(names: list[str]) -> dict[str, str]:
    """Agencies with one signature (工信部 ~ 工业和信息化部, 江西省九江市发展改革委 ~
    九江市发展改革委) are one; the canonical name is the longest, or the national full name."""
    sig = {n: _agency_sig(n) for n in names}
    _resolve_bare_province_city(sig)
    canon_of: dict[str, str] = {}
    for s in set(sig.values()):
        members = [n for n in names if sig[n] == s]
        canon_of.update({n: max(members + ([s] if s in _NATIONAL_FULL.values() else []), key=len) for n in members})
    return canon_of


def _resolve_bare_province_city(sig: dict[str, str]) -> None:
    """"省发展改革委" on a page that also names "山东省发展和改革委员会": the bare 省/市 is that one."""
    sigs = set(sig.values())
    for n, sg in list(sig.items()):
        if sg[:1] in ("省", "市") and len(sg) >= 3:
            fuller = [t for t in sigs if t != sg and t.endswith(sg[1:]) and len(t) > len(sg) - 1
                      and t[:1] not in ("省", "市")]
            if len(fuller) == 1:
                sig[n] = fuller[0]


def _merge_bracketed_park_abbreviations(
    doc: Document, ms: list[Mention], surf: dict[int, str], canon_of: dict[str, str]
) -> None:
    """Bracketed abbreviations name the zone written just before them
    (郑州航空港经济综合实验区（郑州航空港区）): the abbreviation's group joins that zone's."""
    for m in ms:
        if m.source != "alias" or m.start == 0 or doc.text[m.start - 1: m.start] not in "（(":
            continue
        prev = [x for x in ms if x.end == m.start - 1]
        if prev:
            target = canon_of[surf[id(prev[0])]]
            for n, c in list(canon_of.items()):
                if c == canon_of[surf[id(m)]]:
                    canon_of[n] = target


def _attach_entity(
    doc: Document, etype: str, m: Mention, surface: str, canon_of: dict[str, str], scope: dict[str, str]
) -> None:
    """Give a named mention its group's entity (made on first use); the forms written on the
    page other than the canonical name become aliases."""
    canon = canon_of[surface]
    written = canon
    if etype == "Company":
        canon = _without_country(canon)  # 德国福尔坦集团 is 福尔坦集团 (one node on every page)
    key = entity_key(etype, canon + scope[canon]) if canon in scope else entity_key(etype, canon)
    ent = doc.entities.setdefault(key, Entity(key=key, type=etype, name=canon))
    if written != canon:
        ent.aliases.add(written)
    if surface != canon:
        ent.aliases.add(surface)
    if m.text != surface and m.text != canon:
        ent.aliases.add(m.text)
    m.entity = key


# ---------------------------------------------------------------- stage: aliases of parks and agencies
def _alias_place_chain_short_forms(doc: Document) -> None:
    """A park written with a place chain (江西九江市濂溪经济开发区) is also
    known by the shorter forms the chain implies (濂溪经济开发区)."""
    for ent in doc.entities.values():
        if ent.type not in ("Park", "Agency"):
            continue
        places, rest = _place_prefix(ent.name)
        _alias_without_seat(ent, places, rest)
        if len(places) >= 2 and len(rest) >= 3:
            _alias_chain_cuts(ent, len(places))


#: zone suffixes, longest first (what is left of a zone's name before its kind)
_PARK_SUFFIXES_LONGEST = sorted(lx.PARK_SUFFIXES, key=len, reverse=True)


def _alias_without_seat(ent: Entity, places: list[str], rest: str) -> None:
    """A park's name without the one county or full city written before it."""
    prefix = ent.name[: len(ent.name) - len(rest)]
    county = prefix[-1:] in ("县", "区", "旗") or (
        prefix[-1:] == "市" and any(r[1] == "county" for r in lx.place_table().get(prefix, ())))
    own = next((rest[: -len(x)] for x in _PARK_SUFFIXES_LONGEST if rest.endswith(x)), rest)
    if ent.type == "Park" and len(places) == 1 and len(rest) >= 5 and (county or _full_city(prefix)) \
            and not rest.startswith(tuple(lx.PARK_SUFFIXES)) and len(own) >= 2:  # not 钦州|港经济技术开发区
        # 安溪县湖头光电产业园, 铜仁市大龙经济开发区: the page (or its reader) may drop the
        # county or city written in full before the zone's own name (湖头光电产业园, 大龙经济开发区)
        ent.aliases.add(rest)


def _alias_chain_cuts(ent: Entity, n_places: int) -> None:
    """The name with its chain's first places dropped one by one (江西九江市濂溪… →
    九江市濂溪…), each an alias, until one place is left."""
    cut = ent.name
    for _ in range(n_places - 1):
        p2, r2 = _place_prefix(cut)
        first = cut[: len(cut) - len(r2)]
        # drop the first place of the chain
        hit = _leading_table_place(first)
        if not hit:
            break
        cut = cut[len(hit):]
        ent.aliases.add(cut)


def _leading_table_place(first: str) -> str:
    """The longest name of the place table that ``first`` starts with ("" if none)."""
    hit = ""
    for L in range(min(len(first), 12), 1, -1):
        if first[:L] in lx.place_table():
            hit = first[:L]
            break
    return hit


def _alias_subparks_by_own_name(doc: Document, parks: list[Mention]) -> None:
    """A sub-park written after its parent (滨海高新区渤龙湖科技园) is also
    known by its own name (渤龙湖科技园), which pages use on their own."""
    for m in parks:
        if m.source != "subzone":
            continue
        parent = max((p for p in parks if p.start == m.start and p.end < m.end), key=lambda p: p.end, default=None)
        own = (doc.text or doc.raw)[parent.end: m.end] if parent is not None else ""
        if len(own) >= 4 and m.entity in doc.entities:
            doc.entities[m.entity].aliases.add(own)


def _alias_zones_joined_with_place(doc: Document, parks: list[Mention]) -> None:
    """A zone written after a place the recogniser left outside its name
    (北京|大兴国际机场临空经济区) is also known by the joined form."""
    place_end = {m.end: m for m in doc.mentions if m.type == "Place" and not m.is_reference}
    zone_bodies = [m for m in doc.mentions if m.type == "Agency" and not m.is_reference and m.entity]
    for m in parks + zone_bodies:  # (天津|西青经济技术开发区管委会: the committee too)
        p = place_end.get(m.start)
        if p is not None and m.entity in doc.entities and len(p.text) >= 2:
            doc.entities[m.entity].aliases.add(p.text + m.text)


# ---------------------------------------------------------------- stage: references and facts
def _link_references_to_antecedents(doc: Document) -> None:
    """References (该公司, 该项目) take the antecedent's entity; all antecedents are found
    before any reference is set."""
    refs = [(m, antecedent(m, doc.mentions)) for m in doc.mentions if m.is_reference]
    for m, a in refs:
        m.entity = a.entity if a is not m and not a.is_reference else None


def _facts_with_resolved_ends(facts: list) -> list:
    """Facts need resolved ends: drop those with an unresolved end or with one entity at both ends."""
    kept = []
    for f in facts:
        if not f.subject.entity or (f.obj is not None and not f.obj.entity):
            continue
        if f.obj is not None and f.obj.entity == f.subject.entity:
            continue
        kept.append(f)
    return kept


def _full_city(prefix: str) -> bool:
    """A city written in full (铜仁市, 黔南州): a prefix a page may drop, unlike a bare core (苏州)."""
    return prefix.endswith(("市", "州", "盟", "地区")) and any(r[1] == "city" for r in lx.place_table().get(prefix, ()))


def _dedupe_resolved(facts):
    seen = {}
    for f in facts:
        key = (f.predicate, f.subject.entity, f.obj.entity if f.obj is not None else None, f.literal)
        prev = seen.get(key)
        if prev is None or (not prev.amount_text and f.amount_text):
            seen[key] = f
    return list(seen.values())


