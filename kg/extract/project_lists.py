"""Projects named in enumerations, and parks that a firm builds: a stage after ``projects``.

Reads ``doc.text``, ``doc.sentences`` (body units) and ``doc.mentions``;
writes ``doc.mentions`` (adds ``Project`` mentions with ``rule`` set to the id
of the rule below, and retypes firm-built parks from ``Park`` to ``Project``).

Why a stage of its own: pages list projects without calling each one a
project — "包括：年产20万吨尼龙6切片、年产10万吨增塑剂", "A基地、B工厂、C二期等3个
项目建成投产" — and a firm's own 产业园 is an investment, not a development
zone ("X公司投资12亿元建设尼龙新材料产业园", "比亚迪襄阳产业园"). Each rule is a
named record with an example; the word lists are data at the top.
"""

from __future__ import annotations

import bisect
import re

from kg.document import Document, Mention
from kg.extract import cues
from kg.extract.spans import SpanIndex
from kg.rules import Rule
from kg.text.amounts import CN_NUMERALS

#: the cues of kg.extract.projects this module shares (a kind of facility, not one: 主要生产基地, 多个生产基地)
PROJECT_CUES = cues.load("projects")

#: facility heads that end a listed project's name
FACILITY_HEADS = ("基地", "中心", "工厂", "产业园", "综合体", "工程", "项目", "生产线", "产线", "车间", "电站",
                  "平台", "物流园", "仓")
#: a phase ends a listed project's name too (大输液二期, 一期工程)
PHASE_RE = re.compile(r"[（(]?[一二三四五六七八九]期[）)]?$")
#: a capacity opens a project named by its product (年产20万吨尼龙6切片)
CAPACITY_RE = re.compile(
    rf"^年(?:产能?|处理|加工|生产|回收)\s*(?:[\d.]+|[{CN_NUMERALS}]+)\s*[万千百亿]?\s*"
    r"[^\d\s、，。]{1,4}?[\u4e00-\u9fffA-Za-z]"
)
#: words that make a list a list of projects: before it (项目包括：) or after it (等3个项目)
LIST_AFTER_RE = re.compile(
    r"(?:等(?:\d+|[一二两三四五六七八九十百]+)?|(?:\d+|[两三四五六七八九十百]+)(?=[个批项]))(?:个|批|项)?[^，。；、]{0,8}?(?:项目|工程)"
)
#: a count of projects inside the last item of a list (…年产十万吨预制菜三个项目同时开工)
COUNT_TAIL_RE = re.compile(r"(?:等)?(?:\d+|[两三四五六七八九十百]+)[个批项](?:重点|重大|产业)?(?:项目|工程)")
#: verbs and words that open a list of projects right before its first item (包括：A、B / 建设A、B)
LIST_OPENERS = "包括|包含|涵盖|分别是|分别为|建设|新建|签约|签订|引进|落地|开工|推进|新上|布局"
LIST_BEFORE_RE = re.compile(
    rf"项目[^，。；]{{0,12}}?(?:包括|有|还有|涵盖|如)[：:]?$|(?:包括|还有|涵盖)[：:]$|(?:{LIST_OPENERS})了?[：:]?$"
)
#: an opener that the first item swallowed (no punctuation stood between them)
OPENER_IN_ITEM_RE = re.compile(rf".*(?:{LIST_OPENERS})了?")
#: an opener that announces the parts of one project (主要建设…, 建设内容包括…)
COMPONENTS_RE = re.compile(r"主要(?:建设|包括|包含)|建设内容|主要内容|配套建设")
#: a list whose every item is this long and ends with a facility head names facilities without any cue
#: (苹果iCloud中国（贵安）数据中心、华为云贵安数据中心…); shorter ones (研发中心、检测中心) are functions
NAMED_FACILITY_LEN = 6
#: a list item: no clause punctuation, and no 等 (which closes the list)
ITEM = r"[^，。；、：:\s等…“”！？]{3,32}"
ENUM_RE = re.compile(rf"{ITEM}(?:、{ITEM})+")
#: suffixes of a zone a firm can build for itself
FIRM_PARK_SUFFIXES = ("产业园", "工业园", "科技园", "创新园", "智慧园", "产业基地", "产业城", "物流园")
#: a firm's build cue right before the name (…建设 / 投资的 / 打造 / 总投资10.3亿元的)
FIRM_BUILD_BEFORE_RE = re.compile(
    r"(?:投资|新建|建设|投建|兴建|打造|布局|启动|开工建设|扩建)"
    r"(?:(?:约|达|超过|逾)?[\d.]+(?:万|亿)?(?:元|美元)的)?(?:了|的)?$"
)
#: a build verb a few words before the park: the words between belong to the project's name
FIRM_BUILD_CUT_RE = re.compile(r"(?:投资|新建|建设|投建|兴建|打造|开工建设|扩建)(?:了|的)?([^，。；、：\s的]{2,12})$")
#: a phase written right after a firm's park that is its project (…智能制造产业园三期, …产业园（一期）)
PHASE_AFTER_RE = re.compile(r"[（(]?[一二三四五六七八九]期[）)]?")
#: the legal form at the end of a firm's name; what is left is the brand a page reuses
LEGAL_TAIL_RE = re.compile(r"(?:集团)?(?:股份)?(?:有限)?(?:责任)?(?:公司|集团)$")
#: a possessive that names the owner inside a list item (恒瑞医药股份有限公司的原料药及制剂生产基地)
OWNER_DE = "的"



RULES = {
    "list.capacity": Rule("list.capacity", "园区的项目还有：年产800吨青禾磁粉、年产3000吨白鹭合金。"),
    "list.facility": Rule("list.facility", "青禾药业冻干粉二期、白鹭生物研发生产基地、远帆医疗器械工厂等3个项目建成投产。"),
    "park.firm_built": Rule("park.firm_built", "青禾化学股份有限公司计划投资12亿元建设氨纶纤维产业园。"),
    "facility.in_zone": Rule("facility.in_zone", "在青湖高新技术产业开发区的华鑫智能终端生产基地，工人们正在忙碌。"),
    "facility.after_firm": Rule("facility.after_firm", "青禾参业生物工程股份有限公司灵芝提取二期投产。"),
    "park.firm_named": Rule("park.firm_named", "远帆科技集团与县政府签约，远帆科技零碳产业园一期已投产。"),
    "park.firm_owned": Rule("park.firm_owned", "青禾重工集团股份有限公司的矿山装备产业园二期开工。"),
    "park.listed_with_projects": Rule("park.listed_with_projects",
                                      "园区加快推进年产5万吨锂电池材料项目、青禾碳纤维复合材料产业园和白鹭氨纶原料项目建设。"),
    "list.two_counted": Rule("list.two_counted", "园区开工了年产2万吨红枣精深加工和年产1万吨苹果浓缩汁两个项目。"),
}

#: two projects joined by 和/及/与 and counted as two (A和B两个项目): each is a project
TWO_COUNTED_RE = re.compile(r"^(?P<a>.{4,}?)(?:和|及|与)(?P<b>.{4,}?)(?:两|二|2)(?:个|项)(?:重点|重大)?项目$")


def _is_project_item(item: str) -> bool:
    """Rule list.*: an item is a project by its capacity, its phase, or a facility head after a
    name of its own (储能电站 alone is a kind of project; 青禾储能电站 is one)."""
    return bool(CAPACITY_RE.match(item) or PHASE_RE.search(item)
                or (item.endswith(FACILITY_HEADS) and len(item) >= NAMED_FACILITY_LEN))


class _Spans:
    """A page's mentions by start, for "which mentions overlap [s, e)" in log time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.ms = sorted((m for m in mentions if not m.is_reference), key=lambda m: m.start)
        self.starts = [m.start for m in self.ms]
        self.longest = max((m.end - m.start for m in self.ms), default=0)

    def firm_ending_at(self, pos: int) -> bool:
        return any(m.type == "Company" and m.end == pos for m in self.overlapping(pos - 1, pos))

    def overlapping(self, s: int, e: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, s - self.longest)
        hi = bisect.bisect_left(self.starts, e)
        return [m for m in self.ms[lo:hi] if m.start < e and s < m.end]


def _list_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items of A、B、C (the last one may be two items joined by 和/及: B和C)."""
    out, pos = [], s
    for part in text[s:e].split("、"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    a, b = out[-1]
    last = text[a:b]
    for conj in ("和", "及"):
        k = last.find(conj)
        if 0 < k < len(last) - 1 and last[:k].endswith(FACILITY_HEADS) and last[k + 1:].endswith(FACILITY_HEADS):
            out[-1:] = [(a, a + k), (a + k + 1, b)]
            break
    return out


#: words one of which a line must hold to be read for a project list
LIST_LINE_WORDS = ("项目", "工程", "年产", "基地", "中心", "工厂", "产业园")


def _enumerations(text: str):
    """ENUM_RE's matches, read only on lines that can hold a project list (a 、 and a LIST_LINE_WORDS word)."""
    pos = 0
    for line in text.split("\n"):
        if "、" in line and any(w in line for w in LIST_LINE_WORDS):
            yield from ENUM_RE.finditer(text, pos, pos + len(line))
        pos += len(line) + 1


def _listed_projects(doc: Document, text: str, spans: _Spans) -> list[Mention]:
    """Rules list.capacity / list.facility: every project item of a project enumeration."""
    added: list[Mention] = []
    for m in _enumerations(text):
        end = m.end()
        counted = COUNT_TAIL_RE.search(text, text.rfind("、", m.start(), end) + 1, end)
        if counted:
            end = counted.start()  # A、B、C三个项目同时开工: the last item ends at the count
        closed = counted is not None or LIST_AFTER_RE.match(text, end) is not None
        start = m.start()
        lead = OPENER_IN_ITEM_RE.match(text, start, text.find("、", start, m.end()))
        if lead and COMPONENTS_RE.search(lead.group(0)):
            continue  # 主要建设电芯生产线、模组车间…: the parts of one project, not projects
        if lead:
            start = lead.end()  # 包括年产3万吨A、… / 将在古镇建设A基地、…: the opener is no part of the item
        opened = lead is not None or LIST_BEFORE_RE.search(text[max(0, start - 20): start]) is not None
        items = _list_items(text, start, end)
        named = all(b - a >= NAMED_FACILITY_LEN and text[a:b].endswith(FACILITY_HEADS) for a, b in items)
        # 年产3000台高空作业平台、年产5万套工程机械…: capacities enumerated are projects, whatever opens them
        capacities = len(items) >= 2 and all(CAPACITY_RE.match(text[a:b]) for a, b in items)
        if not (closed or opened or named or capacities):
            continue
        if sum(_is_project_item(text[a:b]) for a, b in items) * 2 <= len(items):
            continue  # most of the list must look like projects
        for a, b in items:
            item = text[a:b]
            if not _is_project_item(item):
                continue
            owner = item.rfind(OWNER_DE)
            if 0 < owner < len(item) - 3:
                if not spans.firm_ending_at(a + owner):
                    continue  # 以光学材料为代表的新材料产业园: a description, not a name
                a += owner + 1  # the owner is a firm, the project is what follows 的
            if text.startswith("项目", a):
                continue  # 项目场平工程: a part of the project named before
            inside = spans.overlapping(a, b)
            if any(x.type == "Project" for x in inside):
                continue
            if any(x.type != "Place" and not (x.start >= a and x.end <= b and x.type == "Company") for x in inside):
                continue
            rule = "list.capacity" if CAPACITY_RE.match(text[a:b]) else "list.facility"
            added.append(Mention(a, b, text[a:b], "Project", source="projects", rule=rule))
    return added


CLAUSE_STOP_RE = re.compile("[，。；\n]")


def _firm_parks(doc: Document, text: str) -> None:
    """Rules park.firm_built / park.firm_named: a park a firm builds or names is its project."""
    firms = [m for m in doc.mentions if m.type == "Company" and not m.is_reference and len(m.text) >= 2]
    brands = {b for m in firms for b in (m.text, LEGAL_TAIL_RE.sub("", m.text)) if len(b) >= 2}
    by_end = SpanIndex(firms)
    stops: list[int] | None = None  # where clauses end, found once when a park needs them
    for m in doc.mentions:
        if m.type != "Park" or m.is_reference or not m.text.endswith(FIRM_PARK_SUFFIXES):
            continue
        if text.startswith(("管委会", "管理委员会"), m.end):
            continue  # a zone with a committee is a zone
        if stops is None:
            stops = [x.start() for x in CLAUSE_STOP_RE.finditer(text)]
        k = bisect.bisect_left(stops, m.start)  # the last clause stop before the park
        clause_start = (stops[k - 1] if k else -1) + 1
        before = text[clause_start: m.start]
        firm_in_sentence = any(f.start >= clause_start - 60 for f in by_end.ending_in(clause_start - 60, m.start))
        cut = FIRM_BUILD_CUT_RE.search(before) if firm_in_sentence else None
        if FIRM_BUILD_BEFORE_RE.search(before) and firm_in_sentence:
            m.type, m.rule = "Project", "park.firm_built"
        elif cut is not None:
            # 投资约20亿元建设新一代储能装备及氢能机车产业园: the zone recogniser stopped at 及;
            # the firm's project is everything after the build verb
            m.start = clause_start + cut.start(1)
            m.text, m.type, m.rule = text[m.start: m.end], "Project", "park.firm_built"
        elif any(m.text[:k] in brands for k in range(3, len(m.text) - 3)):  # a firm's name opens it
            m.type, m.rule = "Project", "park.firm_named"
        elif text[m.start - 1: m.start] == OWNER_DE and by_end.ending_in(m.start - 1, m.start - 1):
            m.type, m.rule = "Project", "park.firm_owned"  # X公司的航空零部件产业园: the firm's own park
        if m.type == "Project" and (ph := PHASE_AFTER_RE.match(text, m.end)):
            m.end = ph.end()  # …产业园三期: the phase is part of the project's name
            m.text = text[m.start: m.end]


#: after 在<zone>(内)的: a facility's name up to its head, then a clause end
ZONE_FACILITY_RE = re.compile(rf"(?:内|里)?的([^，。；、：:\s的]{{2,24}}?(?:{'|'.join(FACILITY_HEADS)}))(?=[，。；,]|$)")


def _facilities_in_zones(doc: Document, text: str, spans: _Spans) -> list[Mention]:
    """Rule facility.in_zone: 在X开发区的Y生产基地 — Y…基地 is a project (located by the residents stage)."""
    out = []
    for z in doc.mentions:
        if z.type != "Park" or z.is_reference or text[max(0, z.start - 1): z.start] != "在":
            continue
        m = ZONE_FACILITY_RE.match(text, z.end)
        if m is None or any(x.type != "Place" for x in spans.overlapping(m.start(1), m.end(1))):
            continue
        out.append(Mention(m.start(1), m.end(1), m.group(1), "Project", source="projects", rule="facility.in_zone"))
    return out


#: after a firm's legal name: a facility named by it, then a clause end or a status word
AFTER_FIRM_RE = re.compile(
    rf"(?:的)?([^，。；、：:\s的“”]{{3,25}}?(?:{'|'.join(FACILITY_HEADS)}|[（(]?[一二三四五六七八九]期[）)]?))"
    r"(?=[，。；,]|(?:已|正|将|于|近日|日前|全面|顺利|正式|主体|同步|相继|同时|先后|陆续|也|均|都|在[^，。；]{1,12}?){0,3}"
    r"(?:投产|开工|建成|并网|封顶|竣工|完成|开建|落地|投运|启动|签约))"
)
LEGAL_END = ("公司", "集团")
#: a firm entering a zone (X公司落户Y产业园) or winning a title: no facility of the firm's
ENTERS_RE = re.compile(
    cues.macro("ENTER") + r"|(?:位于|坐落|来自|走进|深耕)"
    # …or wins a title (X公司获评国家级绿色工厂, 今年被认定为…): a designation, not a facility
    r"|(?:今年|日前|近日|同时|还|也|先后|已)*被?(?:获评|入选|认定|评为|荣获|获得|列入|成为|牵头)"
)
#: build verbs between the firm and its facility (X公司签约设立Y中心): not part of the name
BUILD_VERBS_RE = re.compile(
    r"(?:签约|签署|投资|拟|计划|将)*(?:(?:约|超|近)?[\d.]+[万亿]*元)?(?:设立|建设|新建|投建|兴建|打造|布局)?"
)
#: grades that open a title, not a facility's name (国家级蛋鸡养殖示范基地)
TITLE_GRADES = ("国家级", "省级", "市级", "县级", "全国", "全省")
#: 在 opening the clause before the firm: the sentence sets a scene (在位于X的Y公司Z车间，…)
SCENE_BEFORE_RE = re.compile(r"在[^，。；]*$")


def _facilities_after_firms(doc: Document, text: str, spans: _Spans) -> list[Mention]:
    """Rule facility.after_firm: X股份有限公司人参精深加工二期投产 — the firm's facility is a project."""
    out = []
    for c in doc.mentions:
        if c.type != "Company" or c.is_reference or not c.text.endswith(LEGAL_END):
            continue
        m = AFTER_FIRM_RE.match(text, c.end)
        if m is None or any(x.type != "Place" for x in spans.overlapping(m.start(1), m.end(1))):
            continue
        name = m.group(1)
        if name.startswith(("在", "于", "将", "与", "和", "是", "为", "已", "正", "等")) or len(name) < 4 \
                or ENTERS_RE.match(name):
            continue  # (X公司落户Y产业园: the firm enters a zone, it builds no facility of that name)
        start = m.start(1)
        built = BUILD_VERBS_RE.match(name)
        if built:
            start, name = start + built.end(), name[built.end():]  # X公司签约设立Y中心: the name follows the verbs
            if len(name) < 4:
                continue
        if "等" in name[4:]:  # X公司Y基地等一批项目: the list's first item is this firm's facility
            name = name[: name.index("等", 4)]
        if name.startswith(TITLE_GRADES) or SCENE_BEFORE_RE.search(text, max(0, c.start - 16), c.start) \
                or PROJECT_CUES.generic_or_counted_name.search(name.lstrip("的")):
            continue  # 在X集团国家级示范基地，…: a scene in the firm's plant (or its title), not an investment
        out.append(Mention(start, start + len(name), name, "Project", source="projects", rule="facility.after_firm"))
    return out


def _split_two_counted(doc: Document) -> None:
    """Rule list.two_counted: "年产2万吨A和年产1万吨B两个项目", recognised as one name, is two projects
    (each item a capacity or a facility)."""
    out: list[Mention] = []
    for m in doc.mentions:
        tm = TWO_COUNTED_RE.match(m.text) if m.type == "Project" and not m.is_reference else None
        if tm is None or not (_is_project_item(tm.group("a")) and _is_project_item(tm.group("b"))):
            out.append(m)
            continue
        for g in ("a", "b"):
            s, e = m.start + tm.start(g), m.start + tm.end(g)
            out.append(Mention(s, e, tm.group(g), "Project", source="list", rule="list.two_counted"))
    doc.mentions = out


def recognise_project_lists(doc: Document) -> Document:
    """The stage: firm-built parks become projects; project enumerations add projects."""
    text = doc.text or doc.raw
    _firm_parks(doc, text)
    _split_two_counted(doc)
    spans = _Spans(doc.mentions)
    added = (_listed_projects(doc, text, spans) + _facilities_in_zones(doc, text, spans)
             + _facilities_after_firms(doc, text, spans))
    if added:
        doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))
    _parks_listed_with_projects(doc, text)
    return doc


#: what joins two items of one enumeration
LIST_JOINERS = ("、", "和", "及", "以及")


def _parks_listed_with_projects(doc: Document, text: str) -> None:
    """Rule park.listed_with_projects: a firm-park-like name enumerated between projects (A项目、X产业园和
    B项目) is one of them — a list names things of one kind."""
    ms = sorted((m for m in doc.mentions if not m.is_reference and m.type in ("Park", "Project")), key=lambda m: m.start)
    for i, m in enumerate(ms):
        if m.type != "Park" or not m.text.endswith(FIRM_PARK_SUFFIXES) or text.startswith(("管委会", "管理委员会"), m.end):
            continue
        prev = ms[i - 1] if i else None
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if any(x is not None and x.type == "Project" and text[a:b] in LIST_JOINERS
               for x, a, b in ((prev, prev.end if prev else 0, m.start), (nxt, m.end, nxt.start if nxt else 0))):
            m.type, m.rule = "Project", "park.listed_with_projects"
