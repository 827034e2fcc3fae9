"""Projects that are not called "…项目": a pipeline stage after recognition.

Why a separate stage: the rule recogniser finds projects by their 项目/工程
suffix, but news pages name many investments by the facility itself
(…压铸线, …制造基地, …智能工厂, …车间改造, …测试场).  Such a phrase is only a
*project* where an investment or construction cue governs it ("投资X亿元建设…",
"斥资…实施…", "新上一条…", "X公司…工厂正式投运"), so this stage looks for a
facility head noun in those positions only, with a clean left boundary (right
after the cue verb, the amount, a quantifier or the investor's name), and
adds the phrase as a ``Project`` mention (``source="projects"``).

Rules are general lexicons of cue verbs and facility heads, never names.
Only body sentences are read, so a headline cannot create a project; a body
sentence that the page layout cut in two (a hard line break before a comma)
is read together with the sentence it continues.

The stage never overlaps an existing mention, except that it may replace a
strictly shorter ``Project`` fragment that it contains and that ends where it
ends (a name cut by a line break: 高端|显示模组生产基地项目).  It also adds
reference mentions (该工厂, 这座测试场) when the last named project before them
has that head, so relations can attach "该工厂由X投资N建设" to it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.document import Document, Mention
from kg.extract import cues
from kg.extract.spans import Coverage, SpanIndex, find_all
from kg.knowledge.lexicons import COMPANY_LEGAL_SUFFIXES
from kg.rules import Rule
from kg.text.amounts import CN_NUMERALS

#: the named cue patterns of this stage (kg/knowledge/data/cues/projects.toml and common.toml)
CUES = cues.load("projects")

#: characters a project name may contain (no punctuation, no 的)
_NC = r"A-Za-z0-9\u4e00-\u7683\u7685-\u9fff.·\-"  # CJK minus 的 (U+7684)

#: facility heads: the last word of a project's name
_HEADS = (
    r"(?:生产|产|压铸|装配|涂装|冲压|焊装|总装|封装|封测|组装|包装|检测|加工|制造|灌装|拉丝|轧制|冷轧|热轧)线"
    r"|(?:制造|生产|研发|产业化|研发生产|研发制造|智造|示范|孵化|物流|仓储|加工|封装测试|封测|测试|育种|种植|养殖|培训|中试)基地"
    r"|超级工厂|(?:智能|数字化|零碳|绿色|灯塔|未来|黑灯|无人|示范)工厂"
    r"|(?:数字化|智能化|自动化|智能)?车间(?:改造)?"
    r"|(?:智能化|数字化|自动化|绿色化|技术|节能|升级|环保|降碳|提质|扩能|超低排放)改造|扩建工程|技改工程|示范工程"
    r"|(?:分拨|数据|研发|算力|智算|超算|物流|检测|试验检测|检验检测|测试|配送|仓储|运营|计算|创新|中试|制造|集散|中转|调度|维修|结算|分拣)中心"
    r"|实验室|测试场|试验场|试车场"
    r"|储能电站|光伏电站|(?:抽水)?蓄能电站|风电场|光伏电站|电站"
    r"|冷链仓|智能仓|(?:集装箱|散货|通用)?码头|综合管廊|管廊"
    r"|(?:监管|中试|工业互联网|数字化)平台"
    r"|(?:反应|生产|合成|裂解)装置"
    r"|(?:示范|中试|试验)线|(?:污水|废水|固废|垃圾)?处理厂|热电厂|电厂|水厂|加氢站|充换电站|储能站"
    r"|总部基地|区域总部|技改"
)

#: investment cue with an amount: 投资/斥资/投入… N 亿元
_NUM = rf"(?:[\d.]+|[{CN_NUMERALS}]+)"
#: an amount (12亿元, 1.8亿余元, 12亿5000万元, 十二亿五千万元, 3亿美元)
#: (人民币 may stand before the number: 投资人民币6亿元; spoken: 投资5个亿)
_AMOUNT = (rf"(?:约|超|近|逾)?\s*(?:人民币)?\s*(?:(?:{_NUM}\s*亿\s*)?{_NUM}\s*(?:[余多]?\s*(?:千万|百万|万|亿))?\s*[余多]?"
           rf"(?:元|美元|欧元)|{_NUM}\s*个\s*亿元?)")
_INVEST = r"(?:总投资|计划投资|拟投资|追加投资|新增投资|投资|斥资|投入|注资|出资|自筹资金)"
#: construction cue verbs that open a name
_BUILD = cues.macro("BUILD")
#: quantifiers stripped from the left (一条/一座/两个); plural ones are rejected
_QUANT = cues.macro("QUANT")

#: any facility head: only read where the cue is strong (an invested amount, the
#: investor's possessive with a status word, a later "这座工厂由…投资" reference),
#: so the describing words in front of it can be anything a journalist writes
_ANY_HEADS = (
    r"基地|工厂|车间(?:改造)?|改造(?:工程)?|生产线|产线|中心|电站|装置|码头|工程|研究院|仓"
)

_HEAD_RE = re.compile(rf"(?:{_HEADS}|{_ANY_HEADS})")

#: cue + name + head, ending at a clause boundary.  Group "name" is the project.
_CUE_RE = re.compile(
    rf"(?:{_INVEST}{_AMOUNT}的?[，,]?\s*(?:在[{_NC}]{{2,12}}?)?|{_BUILD}|加快{_BUILD}|正在{_BUILD}|将{_BUILD}|并{_BUILD}|{_INVEST}{_AMOUNT}\s*)"
    rf"(?:{_BUILD}的?)?\s*了?\s*(?:{_QUANT})?“?"
    rf"(?P<name>[{_NC}\s]{{2,26}}?(?:{_HEADS}))"
    rf"(?P<tail>(?:[一二三四五六七八九]期)?(?:项目|工程)?)(?=”?\s*(?:[，,。；;：！？）)]|$|已|正式|顺利|日前|将于|预计|建成|投产|投运|开工|并网))"
)

#: after the name: a clause boundary, a status or time word (…基地8月投入运营,
#: …车间近日通过验收, …改造完成验收, …基地主体完工)
_NAME_END = (
    r"(?=”?\s*(?:[，,。；;：！？）)]|$|已|正|顺利|日前|近日|目前|将于|预计|建成|投产|投运|开工|并网|加快|加紧|陆续|分批|"
    r"主体|完成|通过|正在|即将|计划|今年|明年|去年|年底|年内|于|将|内|在|也|由|本月|上月|本周|近期|进入|进行|开始|迎来|总投资|"
    r"落户|落地|给出|成为|"
    r"\d{1,2}\s*月))"
)

def _facility_name(longest: int) -> str:
    """A facility's name of at most ``longest`` characters ending in any facility head, an
    optional phase and 项目/工程, then a name end — the shared tail of the strong-cue patterns."""
    return (rf"(?P<name>[{_NC}\s]{{2,{longest}}}?(?:{_ANY_HEADS}))"
            rf"(?P<tail>(?:[一二三四五六七八九]期)?(?:项目|工程)?){_NAME_END}")


#: an invested amount, then a construction verb, then a name with any facility head:
#: 斥资12亿元建设的X基地, 投资3千万元新建的X中心, 斥资9.6亿元实施X改造, 拟投资2亿美元，建设X基地
_STRONG_CUE_RE = re.compile(
    rf"{_INVEST}{_AMOUNT}[，,]?\s*(?:在[{_NC}]{{2,20}}?)?(?:用于|用来)?{_BUILD}的?\s*(?:{_QUANT})?“?"
    + _facility_name(26)
)

#: an optional phase after a facility's head (…数据中心二期)
_PHASE = r"(?:[一二三四五六七八九]期)?"
#: after a firm's facility: a year it ran or an investment in it (…生产线去年投产, …中心，投资约1.5亿元)
_DATED_OR_PAID = r"去年|今年|[，,]?(?:总|计划|累计|预计)?投资"
#: "<investor>(的)name head" followed by a status word: X公司零碳智能工厂正式投运
_STATUS = r"(?:日前|近日|已经|正式|已|正在|顺利|建成|投运|投产|开工|竣工|进入|主体|一期|将|于|目前|即将)"
#: a facility named by its yearly output is a project without any cue (首条年产50万片硅光芯片生产线)
_OUTPUT_FACILITY_RE = re.compile(
    rf"(?P<name>年(?:产能?|处理|加工|生产|回收|拆解|利用)\s*{_NUM}\s*[万千百亿]?\s*(?:吨|片|套|台|件|辆|只|颗|张|块|组|箱|瓶|支|根|艘|架|部|双|平方米|立方米|"
    rf"GWh|MWh|GW|MW|兆瓦|千瓦)[{_NC}\s]{{2,22}}?(?:{_ANY_HEADS}))(?![{_NC}]{{0,6}}(?:{_ANY_HEADS}))"
)
#: "<investor>新建的/投资建设的 name head" then any clause end: the build verb is cue enough
#: (这里是X公司新建的海上风电基础结构制造基地，该项目…)
_ORG_BUILT_DE_RE = re.compile(
    rf"(?:去年|今年|此前|近年|早前)?(?:在[^，。；的]{{1,12}}?)?"
    rf"(?:投资|新建|投资建设|投建|建设|斥资建设|斥资打造|打造|落户|落地|布局|设立)的(?P<name>[{_NC}\s]{{2,22}}?(?:{_ANY_HEADS})"
    rf"(?:[一二三四五六七八九]期)?){_NAME_END}"
)
_ANY_HEAD_RE = re.compile(rf"(?:{_ANY_HEADS})")
#: a facility head ending the text searched (污水处理厂|和综合管廊)
_HEAD_END_RE = re.compile(rf"(?:{_HEADS}|{_ANY_HEADS})$")
#: the same strong cue before a "…项目" name: the whole stretch after the build verb
#: is the name (投资3.2亿元建设油气田智能采油装备产业化项目: 采油 does not cut it)
_STRONG_PROJECT_RE = re.compile(
    rf"{_INVEST}{_AMOUNT}[，,]?\s*(?:在[^，。；、]{{1,20}}?)?(?:用于|用来)?{_BUILD}\s*(?:{_QUANT})?“?"
    rf"(?P<name>[{_NC}\s]{{4,30}}?(?:[一二三四五六七八九]期)?项目)(?=”?\s*(?:[，,。；;：！？）)]|$|已|正式|将|于|预计|建成|投产))"
)
#: after a firm's facility: it goes on working or growing (…生产基地都在持续扩产, …工厂已形成年产10GWh)
_GOES_ON = r"也在|都在|还在|持续|扩产|已形成|年产能|产能"
#: "<investor>的 name head" + status, any head: X公司的高端制剂工厂正在…, X公司的Y生产线上，…;
#: "<investor>投资的/新建的 name head": X公司新建的Y中心本月投用
_AFTER_ORG_ANY_RE = re.compile(
    rf"(?:在[^，。；、的]{{2,14}}?)?(?:的|(?:投资|新建|投资建设|投建|建设|斥资建设|斥资打造|打造)的)"
    rf"(?P<name>[{_NC}\s]{{2,20}}?(?:{_ANY_HEADS}){_PHASE})"
    rf"(?=\s*(?:{_STATUS}|近日|正在|通过|完成|本月|上月|{_DATED_OR_PAID}|上线|{_GOES_ON}|[上里内](?=[，,])))"
)
#: "<firm's legal name> name head" with no 的, then a status, its investment or a reference back
#: to it: 合盛硅业股份有限公司石河子工业硅节能改造工程投资6.5亿元, 上海宝钢包装股份有限公司宁德制罐基地（投资3亿元）,
#: 比亚迪汽车工业有限公司合肥基地，该基地一期投资约150亿元
_AFTER_LEGAL_ORG_RE = re.compile(
    rf"(?P<name>[{_NC}]{{2,20}}?(?:{_ANY_HEADS}){_PHASE}(?:项目|工程)?)"
    rf"(?=\s*(?:{_STATUS}|近日|正在|通过|完成|{_DATED_OR_PAID}|{_GOES_ON}|[（(]\s*(?:总|计划|协议)?投资|[，,]\s*(?:该|这一?)(?:{_ANY_HEADS}|项目)))"
)
#: works with a phase number: …测试区三期工程
_PHASE_WORKS_RE = re.compile(rf"(?P<name>[{_NC}]{{3,20}}?[一二三四五六七八九]期(?:工程|项目)){_NAME_END}")
#: "投资N亿元的 name head": an invested amount qualifying the facility (…封装测试基地进入调试)
_AMOUNT_DE_RE = re.compile(
    rf"{_INVEST}{_AMOUNT}的\s*“?" + _facility_name(26)
)

#: "今年1月开工的 name head": a facility qualified by its own milestone
_MILESTONE_DE_RE = re.compile(r"(?:开工|投产|建成|落地|签约|竣工|封顶|启用)的\s*" + _facility_name(24))


_AFTER_ORG_RE = re.compile(
    rf"的?(?P<name>[{_NC}\s]{{2,26}}?(?:{_HEADS}){_PHASE})"
    rf"(?=\s*(?:{_STATUS}|{_DATED_OR_PAID}))"
)
_ORG_BUILDS_RE = re.compile(
    rf"\s*(?:也|还|则|将|拟|计划|还将|还计划|也将|已|正在|今年|明年|同步)*\s*(?:在[^，。；、]{{1,20}}?)?"
    rf"(?:投资|斥资)?(?:{_BUILD}|设立|新增)了?\s*(?:{_QUANT})?“?"
    + _facility_name(22)
)
_BUILT_BY_ORG_RE = re.compile(
    r"(?:与[^，。；的]{2,24}?)?(?:合资|共同|联合)?(?:投资|出资)?(?:建设|投资建设|打造|实施|承建|兴建)的" + _facility_name(22)
)
# CUES.zai_clause_end: where a clause starts inside a unit
#: "双方将(在X)共建 name head": the two partners of a signing build it
_JOINT_BUILD_RE = re.compile(
    r"(?:双方|与[^，。；、]{2,20}?)(?:将|拟|计划)?(?:在[^，。；、]{1,15}?)?(?:共建|合作建设|共同建设|联合建设|共同打造)"
    + _facility_name(22)
)

# CUES.generic_or_counted_name: names that are kinds or counts, not one project

# CUES.grading_description: a describing part that only grades or counts (国家级, 智能化, 第二条): a kind, not a name

#: a sentence that ends mid-clause (no final punctuation) continues in the next one
_SENT_END = "。！？；!?;"

# CUES.facility_reference_word: reference words for a facility already named (该工厂 / 这座测试场 / 该基地)
# CUES.built_or_paid_after_reference: after a reference: it is being paid for or built (由X投资…建设 / 总投资 / 投资N建设)
#: "的/走进/位于 <name head>，": a facility named without a cue
_NAMED_FACILITY_RE = re.compile(
    rf"(?:的|走进|位于|来到|有限公司|公司|集团|[，。；,])(?P<name>[{_NC}\s]{{2,26}}?(?:{_HEADS}|{_ANY_HEADS}))"
    rf"(?=\s*(?:内|里)?[，。；,的])")
# CUES.demonstrative_or_aspect_char: a demonstrative or an aspect particle: a clause, not a facility's name (数字展示着这座工厂)


def _units(doc: Document) -> list[tuple[int, int]]:
    """Body text units to read: body sentences, each joined with the sentences it
    runs on into when the layout cut it without final punctuation."""
    out: list[tuple[int, int]] = []
    sents = doc.sentences
    text = doc.text or doc.raw
    if not sents:
        return [(0, len(text))]
    i = 0
    while i < len(sents):
        s = sents[i]
        if s.kind != "body":
            i += 1
            continue
        start, end = s.start, s.end
        # a clause the layout cut into "headline" pieces before this body sentence
        # (今年以来，园区累计投入|4300万元建设智慧|安全监管平台，…): read them together
        k = i
        while k - 1 >= 0 and i - k < 2 and sents[k - 1].kind == "headline" \
                and text[sents[k - 1].start:sents[k - 1].end].rstrip()[-1:] not in _SENT_END \
                and s.start - sents[k - 1].end <= 2 + 40 * (i - k):
            k -= 1
        if k < i and "，" in text[sents[k].start:s.start] and (
                k == 0 or text[sents[k - 1].start:sents[k - 1].end].rstrip()[-1:] in _SENT_END):
            start = sents[k].start
        j = i
        # join up to two following pieces when this one stops mid-clause
        while j + 1 < len(sents) and j - i < 2 and text[start:end].rstrip()[-1:] not in _SENT_END \
                and sents[j + 1].kind in ("body", "headline") and sents[j + 1].start - end <= 2:
            j += 1
            end = sents[j].end
        out.append((start, end))
        i = j + 1
    return out


def _strip_left(name: str) -> int:
    """How many leading characters of a candidate are not part of the name:
    whitespace, leftover cue verbs, quantifiers, time words."""
    n = 0
    while True:
        m = CUES.left_of_project_name.match(name[n:])
        if not m or len(name) - n - m.end() < 4:
            return n
        n += m.end()


def _clean_name(text: str, s: int, e: int, strict: bool = True) -> tuple[int, int] | None:
    """Trim a candidate span and reject generic ones; None when not a name."""
    # "在长沙经开区建设一条…总装线": the name starts after the last cue inside
    for cm in CUES.build_cue_inside_name.finditer(text, s, e):
        if cm.start() > s and e - cm.end() >= 5:
            s = cm.end()
    s += _strip_left(text[s:e])
    name = CUES.whitespace.sub("", text[s:e])
    if len(name) < 5 or CUES.generic_or_counted_name.search(name):
        return None
    head = None
    for hm in (_HEAD_RE if strict else _ANY_HEAD_RE).finditer(name):
        head = hm
    if head is None or head.start() < 2:
        return None  # the head needs a describing part: 研发中心 alone is a kind
    generic = CUES.grading_description.match(name[: head.start()]) and (strict or head.start() < 3)
    if generic or _two_things_joined(name):
        return None  # 国家级研发中心, 第二条生产线, 污水处理厂和综合管廊: kinds or lists
        # (after an invested amount, 数字化车间改造 is one firm's project: not strict)
    if "\n\n" in text[s:e]:
        return None
    return s, e


def _two_things_joined(name: str) -> bool:
    """Does 和/与/、 join two facilities (污水处理厂和综合管廊), not two products of one
    (伺服电机和变频器生产基地)? The part before the conjunction then ends with a head."""
    return any(_HEAD_END_RE.search(name, 0, j.start()) for j in CUES.two_things_joined.finditer(name))


@dataclass
class _ProjectScan:
    """The shared state of one :func:`recognise_projects` call: the page's mentions sorted
    by start, the projects added so far and the ids of the mentions they replace."""

    text: str
    mentions: list[Mention]
    starts: list[int] = field(init=False)
    added: list[Mention] = field(init=False, default_factory=list)
    added_cov: Coverage = field(init=False)  # the characters of ``added``: overlap tests without a scan
    removed: set[int] = field(init=False, default_factory=set)
    #: the rule now adding projects: given to each one that has no rule of its own (Mention.rule)
    rule: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]
        self.added_cov = Coverage(len(self.text))

    def overlapping(self, s: int, e: int) -> list[Mention]:
        """Named mentions overlapping [s, e), among the 40 that start last before ``e``."""
        k = bisect.bisect_left(self.starts, e)
        return [m for m in self.mentions[max(0, k - 40): k] if m.start < e and s < m.end and not m.is_reference]

    def add(self, m: Mention) -> None:
        if not m.rule:
            m.rule = self.rule
        self.added.append(m)
        self.added_cov.add(m.start, m.end)

    def try_add(self, s: int, e: int, strict: bool = True) -> Mention | None:
        """Add the cleaned candidate [s, e) as a project unless it overlaps a mention it
        may not replace or one already added; the new mention, or None."""
        text = self.text
        span = _clean_name(text, s, e, strict)
        if span is None:
            return None
        s, e = span
        if "或" in text[s:e]:
            return None  # 研发或生产基地, 工厂或维修中心: a kind of facility, not one facility
        over = self.overlapping(s, e)
        for m in over:
            if m.type == "Company" and m.source == "short" and s <= m.start and m.end < e:
                continue  # 建设电动工程机械研发制造基地: the trade words of the name are no firm
            # only a strictly shorter Project fragment ending where we end may go
            if not (m.type == "Project" and m.end == e and m.start > s):
                if m.type == "Place" and s <= m.start and m.end <= e and (s, e) != (m.start, m.end):
                    continue  # a place inside the name (柳东…, 唐山…工厂) is fine
                return None
        if self.added_cov.hits(s, e):
            return None
        for m in over:
            if m.type == "Project" or (m.type == "Company" and m.source == "short"):
                self.removed.add(id(m))
        new = Mention(s, e, text[s:e], "Project", source="projects")
        self.add(new)
        return new


def recognise_projects(doc: Document) -> Document:
    """Add ``Project`` mentions the suffix rules missed (see the module docstring),
    after dropping the rules' generic ones (:func:`drop_generic_projects`)."""
    doc = drop_generic_projects(doc)
    text = doc.text or doc.raw
    mentions = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
    scan = _ProjectScan(text, mentions)
    units = _units(doc)
    # firms, and references to one (集团将在…建设…, 这家企业投资…完成了…改造)
    orgs = SpanIndex(m for m in mentions if m.type == "Company")
    zones = SpanIndex(m for m in mentions if m.type == "Park" and not m.is_reference)
    for us, ue in units:  # each step names the projects it adds (scan.rule → Mention.rule)
        scan.rule = "project.invested_facility"
        _add_invested_facilities(scan, us, ue)
        scan.rule = "project.strong_cue"
        _add_strong_cue_projects(scan, us, ue)
        scan.rule = "project.uncued_facility"
        _add_uncued_facilities(scan, us, ue, zones)
        scan.rule = "project.firm_built_facility"
        _add_firm_built_facilities(scan, us, ue, orgs)
        scan.rule = "project.capacity_object"
        _add_capacity_objects(scan, us, ue)
    # reference words (该工厂, 这座测试场) for a facility named just before them
    scan.rule = "project.facility_reference"
    refs = _facility_references(scan, units)
    for m in refs:
        m.rule = m.rule or scan.rule
    removed = scan.removed
    removed |= _headline_shorthands(doc, [m for m in mentions + scan.added if id(m) not in removed])
    keep = [m for m in doc.mentions if id(m) not in removed]
    merged = sorted(keep + scan.added + refs, key=lambda m: (m.start, -m.end))
    brands = _brand_companies(text, merged)
    for m in brands:
        m.rule = m.rule or "company.brand_of_project"
    doc.mentions = sorted(merged + brands, key=lambda m: (m.start, -m.end))
    return doc


def _add_invested_facilities(scan: _ProjectScan, us: int, ue: int) -> None:
    """Facilities governed by an investment or construction cue in the unit [us, ue)
    (投资X亿元建设…, 今年1月开工的…, 斥资12亿元建设的X基地)."""
    text = scan.text
    for m in _CUE_RE.finditer(text, us, ue):
        if m.end() > ue:
            continue
        end = m.end("tail") if m.group("tail") else m.end("name")
        scan.try_add(m.start("name"), end)
    for m in _MILESTONE_DE_RE.finditer(text, us, ue):
        if m.end() <= ue:
            scan.try_add(m.start("name"), m.end("tail") if m.group("tail") else m.end("name"))
    for m in _AMOUNT_DE_RE.finditer(text, us, ue):
        if m.end() <= ue:
            scan.try_add(m.start("name"), m.end("tail") if m.group("tail") else m.end("name"))
    for m in _STRONG_CUE_RE.finditer(text, us, ue):
        if m.end() > ue:
            continue
        end = m.end("tail") if m.group("tail") else m.end("name")
        scan.try_add(m.start("name"), end, strict=False)


def _add_capacity_objects(scan: _ProjectScan, us: int, ue: int) -> None:
    """"投资8亿元建设年产20万台新能源汽车电驱动总成，…": a capacity phrase a build verb governs, up
    to its clause end, names the project by what it will make (no 项目, 生产线 or 基地 after it)."""
    for m in CUES.capacity_object.finditer(scan.text, us, ue):
        span = m.span("name")
        while span is not None:
            s, e = span
            if e <= ue and not scan.added_cov.hits(s, e) and all(x.type == "Place" for x in scan.overlapping(s, e)):
                scan.add(Mention(s, e, scan.text[s:e], "Project", source="projects"))
            # (a facility head after it was read by the rules above: 年产…生产线)
            jm = CUES.joined_capacity.match(scan.text, e, ue)  # …和年产1万吨B: the verb's next object
            span = jm.span("name") if jm else None


def _add_strong_cue_projects(scan: _ProjectScan, us: int, ue: int) -> None:
    """A "…项目" name after an invested amount and a build verb is the whole stretch
    (投资3.2亿元建设油气田智能采油装备产业化项目): it replaces a shorter project fragment
    ending where it ends, or stands where the suffix rules found nothing."""
    text = scan.text
    for m in _STRONG_PROJECT_RE.finditer(text, us, ue):
        s, e = m.start("name"), m.end("name")
        s += _strip_left(text[s:e])
        cut = [x for x in scan.overlapping(s, e) if x.type == "Project" and x.end == e and x.start > s
               and id(x) not in scan.removed]
        if cut and not CUES.demonstrative_or_aspect_char.search(text, s, cut[0].start) and "的" not in text[s:cut[0].start]:
            scan.removed.add(id(cut[0]))
            scan.add(Mention(s, e, text[s:e], "Project", source="projects"))
        elif not cut and not scan.overlapping(s, e) and e - s >= 6 and not CUES.demonstrative_or_aspect_char.search(text, s, e) \
                and "的" not in text[s:e] and not CUES.generic_or_counted_name.search(text[s:e]) \
                and not scan.added_cov.hits(s, e):
            # the suffix rules found nothing here (扩建 cut the name to 项目 alone)
            scan.add(Mention(s, e, text[s:e], "Project", source="projects"))


def _add_uncued_facilities(scan: _ProjectScan, us: int, ue: int, zones: SpanIndex) -> None:
    """Facilities that are projects without a cue: named by their yearly output
    (首条年产50万片硅光芯片生产线) or by a phase number (…测试区三期工程)."""
    text = scan.text
    for m in _OUTPUT_FACILITY_RE.finditer(text, us, ue):
        scan.try_add(m.start("name"), m.end("name"))
    # "湘江新区智能网联汽车测试区三期工程通过验收": phase-numbered works named right after their zone
    for z in zones.ending_in(us, ue - 1):
        if us <= z.end < ue:
            pm = _PHASE_WORKS_RE.match(text, z.end, ue)
            if pm:
                scan.try_add(pm.start("name"), pm.end("name"))
    # "和林格尔智算中心二期工程于今年3月开工": phase works opening a clause
    for k in [us] + [cm.end() for cm in CUES.zai_clause_end.finditer(text, us, ue)]:
        pm = _PHASE_WORKS_RE.match(text, k, ue)
        if pm and not scan.overlapping(pm.start("name"), pm.end("name")) and not CUES.demonstrative_or_aspect_char.search(pm.group("name")):
            scan.try_add(pm.start("name"), pm.end("name"))


def _add_firm_built_facilities(scan: _ProjectScan, us: int, ue: int, orgs: SpanIndex) -> None:
    """Facilities the partners of a signing or a firm named just before them build
    (双方将在柴桑区共建…, X公司零碳智能工厂正式投运, 由X集团建设的…)."""
    text = scan.text
    # "双方将在柴桑区共建船舶配套产业基地": partners building together
    for m in _JOINT_BUILD_RE.finditer(text, us, ue):
        scan.try_add(m.start("name"), m.end("tail") if m.group("tail") else m.end("name"))
    for c in orgs.ending_in(us, ue - 1):
        if us <= c.end < ue:
            am = _AFTER_ORG_RE.match(text, c.end, ue) or _AFTER_ORG_ANY_RE.match(text, c.end, ue) \
                or _ORG_BUILT_DE_RE.match(text, c.end, ue) \
                or (not c.is_reference and c.text.endswith(COMPANY_LEGAL_SUFFIXES) and _AFTER_LEGAL_ORG_RE.match(text, c.end, ue))
            if am:
                scan.try_add(am.start("name"), am.end("name"))
                continue
            bm = _ORG_BUILDS_RE.match(text, c.end, ue)
            if bm is None and text[c.start - 1: c.start] == "由":
                bm = _BUILT_BY_ORG_RE.match(text, c.end, ue)
            if bm:
                scan.try_add(bm.start("name"), bm.end("tail") if bm.group("tail") else bm.end("name"))


def _facility_references(scan: _ProjectScan, units: list[tuple[int, int]]) -> list[Mention]:
    """Reference mentions (该工厂, 这座测试场) for the last named project before them with
    that head, or for a facility named before them without a cue (added here)."""
    text = scan.text
    refs: list[Mention] = []
    for us, ue in units:
        for rm in CUES.facility_reference_word.finditer(text, us, ue):
            if scan.overlapping(rm.start(), rm.end()) or scan.added_cov.hits(rm.start(), rm.end()):
                continue
            head = rm.group("head")
            named = [m for m in scan.mentions + scan.added if m.type == "Project" and not m.is_reference
                     and id(m) not in scan.removed and m.end <= rm.start()]
            last = max(named, key=lambda m: m.end, default=None)
            if last is None or rm.start() - last.end > 400 or not CUES.whitespace.sub("", last.text).endswith(head):
                last = _facility_named_without_cue(scan, rm, us, ue, head)
                if last is None:
                    continue
            refs.append(Mention(rm.start(), rm.end(), rm.group(0), "Project", source="projects", is_reference=True))
    return refs


def _facility_named_without_cue(scan: _ProjectScan, rm: re.Match, us: int, ue: int, head: str) -> Mention | None:
    """"走进X的柳东…测试场，… 这座测试场由Y投资N建设": the facility the
    reference points back to, named right before it without a cue (added; None if none)."""
    text = scan.text
    if not (rm.group("inv") or CUES.built_or_paid_after_reference.match(text, rm.end(), min(ue, rm.end() + 30))):
        return None
    cands = [fm for fm in _NAMED_FACILITY_RE.finditer(text, max(0, us - 400), rm.start())
             if CUES.whitespace.sub("", fm.group("name")).endswith(head) and not CUES.demonstrative_or_aspect_char.search(fm.group("name"))]
    last = None
    if cands:
        fs, fe = cands[-1].start("name"), cands[-1].end("name")
        k = max(text.rfind("公司", fs, fe), text.rfind("集团", fs, fe))
        if k >= 0:
            fs = k + 2  # 湖南星驰汽车有限公司新能源整车第二工厂: the firm names the plant
        last = scan.try_add(fs, fe)
    return last


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _headline_shorthands(doc: Document, mentions: list[Mention]) -> set[int]:
    """Headline projects that abbreviate a project of the body (ids to drop).

    Why: a headline says "大庆高新区签约智能采油装备项目" for the body's
    "油气田智能采油装备产业化项目"; counted apart it is a second, wrong node.
    A headline project whose characters all appear, in order, in a longer
    project of the body's is that project.
    """
    heads = Coverage.of((x for x in doc.sentences if x.kind == "headline"), len(doc.text or doc.raw))
    if heads is None:
        return set()
    projs = [m for m in mentions if m.type == "Project" and not m.is_reference]
    body = [m for m in projs if not heads.hits(m.start, m.start + 1)]
    out: set[int] = set()
    for m in projs:
        if not heads.hits(m.start, m.start + 1):
            continue
        core = CUES.whitespace.sub("", m.text).removesuffix("项目")
        if len(core) >= 4 and any(len(b.text) > len(m.text) and _subsequence(core, CUES.whitespace.sub("", b.text)) for b in body):
            out.add(id(m))
    return out


#: before a brand's own occurrence: a clause start, a quote, a list comma or a conjunction
_BRAND_BEFORE = set("，。；、“”‘’：:（(,;\n 与和及由同跟")
# CUES.brand_actor_word: after it: a verb that makes it an actor (格力建设…, 格力投资…, 格力集团…)
# CUES.trade_word_after_brand: after any of its occurrences: it names a trade, not a firm (光伏产业, 储能电池)


def _brand_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Company mentions for a brand that names a facility project and acts on its own.

    Why: pages call a firm's plant after the firm's brand — 金湾格力智能工厂,
    比亚迪长沙基地 — and elsewhere use the brand alone as an actor ("格力建设
    绿色工厂…").  A 2–4 character word that starts such a project's name (after
    a leading place), is no ordinary dictionary word or place name, and also
    stands alone on the page as an actor, is that firm.  The relation stage then
    reads the project as the brand's (a company whose name starts the project's).
    """
    from kg.knowledge import lexicons as lx

    words = lx.word_table()
    places = lx.place_table()
    taken = Coverage(len(text))
    for m in mentions:
        taken.add(m.start, m.end)
    places_at: dict[int, list[tuple[int, int]]] = {}
    for i, pl in enumerate(mentions):
        if pl.type == "Place":
            places_at.setdefault(pl.start, []).append((i, pl.end))
    occurrences = _Occurrences(text)
    out: list[Mention] = []
    seen: set[str] = set()
    for p in mentions:
        if p.type != "Project" or p.is_reference:
            continue
        rest = _name_after_places(text, places_at, places, p)
        heads = list(_HEAD_RE.finditer(rest))
        if not heads:
            continue
        h = heads[-1].start()
        for n in (4, 3, 2):
            b = rest[:n]
            if n > h or not _brand_like(b, seen, places, words):
                continue
            occ = occurrences.actor_spans(b)
            if occ is None:
                continue  # it stands nowhere outside the project's name, or names a trade
            occ = [(s, e) for s, e in occ if not taken.hits(s, e)]
            if occ:
                seen.add(b)
                out.extend(Mention(s, e, b, "Company", source="projects") for s, e in occ)
                for s, e in occ:
                    taken.add(s, e)
                break
    return out


def _name_after_places(text: str, places_at: dict[int, list[tuple[int, int]]], places: dict, p: Mention) -> str:
    """A project's name after the places it opens with (金湾格力智能工厂 → 格力智能工厂), where a
    brand would start."""
    rest = text[_after_leading_places(places_at, p):p.end]
    for n in (4, 3, 2):  # or a leading division name the recogniser left inside it
        if len(rest) > n + 3 and rest[:n] in places:
            rest = rest[n:]
            break
    return rest


def _brand_like(b: str, seen: set[str], places: dict, words: dict[str, tuple[int, str]]) -> bool:
    """Whether ``b`` could be a brand: not yet taken, all Chinese characters, not a place name,
    bad start, name-forming verb or industry word, nor a frequent dictionary word not tagged as a name."""
    from kg.knowledge import lexicons as lx

    if b in seen or not re.fullmatch(r"[\u4e00-\u9fff]+", b) or b in places \
            or b[0] in lx.SHORT_NAME_BAD_STARTS or b in lx.NAME_FORMING_VERBS or b in lx.INDUSTRY_SUFFIXES:
        return False
    hit = words.get(b)
    return not (hit and hit[0] >= 100 and hit[1] not in ("nr", "ns", "nt", "nz", "nrt"))


def _after_leading_places(places_at: dict[int, list[tuple[int, int]]], p: Mention) -> int:
    """Where a project's name goes on after the places it opens with (金湾格力智能工厂 → 格力…).

    Follows a chain of places, each starting where the last ended and coming later in
    mention order, as one pass over the mentions would; ``places_at`` maps a start to
    (mention index, end) pairs, so the cost is the chain's length, not the page's.
    """
    k, idx = p.start, -1
    while True:
        nxt = next(((i, e) for i, e in places_at.get(k, ()) if i > idx and e < p.end), None)
        if nxt is None:
            return k
        idx, k = nxt


class _Occurrences:
    """A candidate brand's occurrences on the page, looked up once per word.

    Why a cache: many projects share a brand, and scanning the page once per
    project made long pages quadratic.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.cache: dict[str, list[tuple[int, int]] | None] = {}

    def actor_spans(self, b: str) -> list[tuple[int, int]] | None:
        """Spans where ``b`` stands alone as an actor; None when it occurs once or names a trade."""
        if b not in self.cache:
            self.cache[b] = self._scan(b)
        return self.cache[b]

    def _scan(self, b: str) -> list[tuple[int, int]] | None:
        text = self.text
        found = [(k, k + len(b)) for k in find_all(text, b)]
        if len(found) < 2:
            return None  # it must also stand somewhere outside the project's name
        if any(CUES.trade_word_after_brand.match(text, e) for _, e in found):
            return None
        return [(s, e) for s, e in found
                if (s == 0 or text[s - 1] in _BRAND_BEFORE) and CUES.brand_actor_word.match(text, e)]


# CUES.plural_count_before_project: before a project phrase: it is one of many (签约12个…项目, 一批…项目)
# CUES.rank_or_ordinal_start: a superlative or an ordinal describes a project named before: 引进的最大数字经济项目
# CUES.policy_dui_before_project: policy wording: 对(新引进的)X项目(按…)给予补助 — a kind of project a rule rewards
# CUES.project_event_after: an event named after projects: …项目推介会 / 签约仪式
# CUES.size_class: a size class, not a name: 百亿级…项目, 亿元以上项目, 过亿元项目
# CUES.two_sectors_joined: "生物医药和新材料项目": two sector words joined, no figures — kinds, not one project
# CUES.period_project: a season or a year as the describing part: a period's projects (四季度项目, 今年项目)


def _generic_project(m: Mention, text: str, firm_ends: frozenset[int]) -> bool:
    """A rule Project mention that names a kind, a count, a size class or an event."""
    if m.is_reference or m.source == "projects":
        return False
    before = text[max(0, m.start - 8): m.start]
    name = CUES.whitespace.sub("", m.text)
    if name[:1] in "个项批" or CUES.size_class.search(name) or CUES.plural_count_before_project.search(before):
        return True
    if CUES.policy_dui_before_project.search(before) and CUES.policy_reward_after_project.match(text, m.end):
        return True
    if CUES.project_event_after.match(text, m.end) or CUES.count_after_project.match(text, m.end):
        return True
    if CUES.period_project.search(name) or CUES.rank_or_ordinal_start.match(name):
        return True
    if name.startswith("上") and before.endswith(("个以", "项以", "元以")):
        return True  # 再落地3个以上配套项目: a count cut after 以
    if _sector_only(m, name, text, firm_ends):
        return True  # 引进生物医药项目, 集成电路项目: a sector, not one project
    return bool(CUES.two_sectors_joined.match(name)) and not CUES.digit.search(name)


def _sector_only(m: Mention, name: str, text: str, firm_ends: frozenset[int]) -> bool:
    """Is ``name`` a sector word and 项目 alone (生物医药项目), with no firm written right before it?"""
    from kg.knowledge import lexicons as lx

    if not name.endswith("项目") or CUES.digit.search(name):
        return False
    desc = name[:-2]
    if not 2 <= len(desc) <= 4:
        return False
    ends = lx.word_bounds(desc)
    if len(ends) > 2 or not all(_is_sector_word(desc[a:b]) for a, b in zip((0, *ends[:-1]), ends, strict=True)):
        return False
    if text[max(0, m.start - 3): m.start].endswith(("元的", "元")):
        return False  # 总投资80亿元的存储器项目: an amount makes it one project
    k = m.start - 1 if text[m.start - 1: m.start] == "的" else m.start
    return k not in firm_ends


def _is_sector_word(w: str) -> bool:
    """A noun of two characters or more that the word table knows (生物, 医药, 集成电路)."""
    from kg.knowledge import lexicons as lx

    freq, tag = lx.word_table().get(w, (0, ""))
    return len(w) >= 2 and freq >= 100 and tag in ("n", "vn", "nz")


def drop_generic_projects(doc: Document) -> Document:
    """Remove rule ``Project`` mentions that are kinds or counts, not one project.

    Why: "签约12个先进制造业项目", "对新引进的储能电池制造项目给予补助",
    "…项目推介会" and "百亿级…项目" read as projects, and each also gives a wrong
    locatedIn to the park.  Only the rule recogniser's project mentions are
    checked; references and this module's own mentions are left alone.
    """
    text = doc.text or doc.raw
    firm_ends = frozenset(x.end for x in doc.mentions if x.type == "Company")  # (once a page, not once a project)
    doc.mentions = [m for m in doc.mentions if not (m.type == "Project" and _generic_project(m, text, firm_ends))]
    return doc


#: the rules of this stage, each with a text it finds a mention in: the id reaches
#: ``Mention.rule`` (``kg extract --trace``); tests/test_projects.py runs every example.
RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("project.invested_facility", "华禾新材料有限公司投资12亿元建设锂电池正极材料生产基地。"),
    Rule("project.strong_cue", "川源科技有限公司投资3.2亿元建设煤矿智能掘进装备产业化项目。"),
    Rule("project.uncued_facility",
         "青川经济开发区内塔吊林立。在华禾光电科技有限公司的新厂房里，首条年产50万套智能座舱模组生产线即将投产。"),
    Rule("project.firm_built_facility", "华禾电器投资建设的智能空调工厂已投产。"),
    Rule("project.capacity_object", "华禾科技有限公司投资8亿元建设年产20万台新能源汽车电驱动总成，明年投产。"),
    Rule("project.facility_reference", "华禾新材料有限公司投资12亿元建设锂电池正极材料生产基地。该基地明年投产。"),
    Rule("company.brand_of_project", "金湾华禾智能工厂项目正式投产。华禾建设绿色工厂的做法在全省推广。"),
)}
