"""Published lists and tables: each row's park or firm takes the list's title and the row's place.

A stage after ``residents``. Reads ``doc.text`` and ``doc.mentions``; writes
``doc.facts`` (``designatedAs`` and ``locatedIn`` facts whose ``extractor`` is
``rule:<id>`` of a rule below).

Why a stage of its own: designations are often published as a list — a
notice or a page announces "2025年度省级绿色工厂名单" and then prints one row per
firm or zone, with its city or county in another column. Such rows have no
verb, so the sentence rules find nothing in them. A row here is a line whose
cells are parted by tabs (see :mod:`kg.text.cleaning`) or a numbered line
("3．X有限公司", "（3）X开发区"); a block of rows takes the title of the nearest
line above it that names a list (…名单).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from kg.document import Document, Fact, Mention
from kg.extract.spans import line_spans
from kg.rules import Rule
from kg.text.amounts import find_amounts

#: a numbered list line: 1. / 1、/ 1． / (1) / （1）
NUMBERED_RE = re.compile(r"^\s*(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[）)])\s*")
#: a numbered line anywhere on the page (the cheap test whether a page has a list at all)
NUMBERED_LINE_RE = re.compile(NUMBERED_RE.pattern, re.M)
#: the line that names the list above its rows
LIST_TITLE_RE = re.compile(r"名单")
#: what is cut from a list's title to leave the designation: 附件1：/链接：, (the issuers) 关于公布, 拟认定…名单的通知,
#: quotes
TITLE_PREFIX_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])?"
    r"(?:(?:附件|附表|相关链接|链接|延伸阅读|附)\s*\d*\s*[：:]\s*|附件\s*\d*\s*)?"
    r"(?:[^，。；：《》“”]{0,40}?关于(?:公布|公示|发布|印发|认定|确定)?)?"
)
TITLE_CUT_RE = re.compile(r"(?:拟?(?:认定|入选|推荐)?(?:的)?)?名单.*$|[《》“”]|拟(?:认定|入选|推荐|命名)的?")
#: the header row of a table (序号 / 名称 / 所在…)
HEADER_RE = re.compile(r"^(?:序号|编号|排名)|企业名称|园区名称|单位名称|项目名称|名称\t")
#: how far above a block the title may be (lines)
TITLE_REACH = 6
LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "district": 2, "town": 3, "village": 4}
#: what a header cell says its column holds, first match wins (签约地点 is where a deal was signed: no role)
COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("none", re.compile(r"签约地点|签约时间|来源地|国别|进展|完成情况|建设内容|主要内容|主导产业|合作方式")),
    # (the government or zone side of a signing: 签约方（州市/园区）, 甲方; 签约企业 is the firm)
    ("signer", re.compile(r"签约方|签约主体|甲方")),
    # (a firm's word first: 项目单位 and 投资主体 name the firm, not the project or the amount)
    ("firm", re.compile(r"单位|企业|投资主体|投资方|实施主体|业主|公司|法人")),
    ("amount", re.compile(r"投资|签约额|金额")),
    ("project", re.compile(r"项目")),
    ("place", re.compile(r"所在|地点|选址|地区|县|市|区|园区|省")),
)
#: the unit a header gives its amount column: 总投资（亿元）
UNIT_RE = re.compile(r"(亿元|万元|亿美元|万美元)")
UNIT_YUAN = {"亿元": 100_000_000, "万元": 10_000}



RULES = {
    "table.columns": Rule(
        "table.columns",
        "序号\t项目名称\t建设单位\t总投资（亿元）\n1\t年产5万吨电池材料项目\t青禾新能源科技有限公司\t12.5\n",
    ),
    "table.list_title": Rule(
        "table.list_title",
        "2025年度省级绿色工厂名单\n序号\t企业名称\t所在地\n1\t青禾传感科技有限公司\t海淀区\n",
    ),
    "table.signer_column": Rule(
        "table.signer_column",
        "序号\t项目名称\t签约企业\t签约方\t投资额（亿元）\n1\t年产5万吨电池材料项目\t青禾新能源科技有限公司\t青川县人民政府\t12.5\n",
    ),
    "table.project_cell": Rule(
        "table.project_cell",
        "序号\t项目名称\t建设单位\t总投资（亿元）\n1\t青禾智能装备产业园\t青禾新能源科技有限公司\t12.5\n",
    ),
    "table.row_place": Rule(
        "table.row_place",
        "2025年度省级绿色工厂名单\n序号\t企业名称\t所在地\n1\t青禾传感科技有限公司\t海淀区\n",
    ),
}


#: clause punctuation: a numbered line that has it is a numbered paragraph (1.公司同日与…签署), not a list row
CLAUSE_PUNCT_RE = re.compile(r"[，。；]")


def _is_row(line: str) -> bool:
    return "\t" in line or (bool(NUMBERED_RE.match(line)) and not CLAUSE_PUNCT_RE.search(line))


#: a numbered section of a list that counts its rows: 一、省级绿色工厂（12家）, （二）绿色工业园区（2个）
#: (also where a PDF ran it into the list's own title line: …拟认定名单一、省级绿色工厂（12家）)
COUNTED_SECTION_RE = re.compile(
    r"(?:^|(?<=名单))\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*"
    r"(?P<title>[^，。；：\t]{4,30}?)\s*[（(]\s*\d+\s*[家个项户所][）)]\s*$"
)


def list_title(line: str) -> str | None:
    """The designation a list's title line names (2025年度省级绿色工厂名单 → 2025年度省级绿色工厂;
    一、省级绿色工厂（12家） → 省级绿色工厂)."""
    sm = COUNTED_SECTION_RE.search(line)
    if sm:
        return sm.group("title")
    if not LIST_TITLE_RE.search(line) or len(line) > 60:
        return None
    title = TITLE_CUT_RE.sub("", TITLE_PREFIX_RE.sub("", line.strip())).strip(" ：:。，")
    return title if 4 <= len(title) <= 40 else None


#: the sentence that introduces a list's rows and names what they are: 拟认定以下20家企业为2024年度山西省省级
#: 绿色工厂，… / 确定下列园区为第三批化工园区：
LIST_INTRO_RE = re.compile(
    r"(?:认定|确定|评定|命名|遴选|公布|推荐|授予)?(?:以下|下列)\d*[家个项所批]?[^，。；：为]{0,8}为"
    r"(?P<title>[^，。；：（(\t]{4,40}?)(?=[，。；：（(]|$)"
)
#: a line between the rows of one list that only heads a group of them (太原市, 二、园区类): the list goes on
GROUP_HEADING_RE = re.compile(r"^\s*[\u4e00-\u9fff（）()、一二三四五六七八九十]{1,12}\s*$")


def _title_above(text: str, lines: list[tuple[int, int]], k: int) -> str | None:
    for j in range(k - 1, max(-1, k - 1 - TITLE_REACH), -1):
        line = text[lines[j][0]: lines[j][1]]
        im = LIST_INTRO_RE.search(line)
        t = TITLE_CUT_RE.sub("", im.group("title")) if im else list_title(line)
        if t:
            return t
    return None


@dataclass
class Header:
    """The roles of a table's columns, read from its header row."""

    roles: list[str]
    unit: str | None
    name_col: int | None = None  # the column whose header says 名称 (the row's subject)

    @classmethod
    def parse(cls, line: str) -> Header | None:
        cells = line.split("\t")
        if len(cells) < 2:
            return None
        roles = [next((r for r, rx in COLUMN_ROLES if rx.search(c)), "none") for c in cells]
        unit = next((m.group(1) for c in cells if (m := UNIT_RE.search(c))), None)
        name_col = next((i for i, c in enumerate(cells) if "名称" in c and "项目" not in c), None)
        return cls(roles, unit, name_col)


def _cells(a: int, line: str) -> list[tuple[int, int]]:
    out, pos = [], a
    for c in line.split("\t"):
        out.append((pos, pos + len(c)))
        pos += len(c) + 1
    return out


def _amount(cell: str, unit: str | None) -> Decimal | None:
    """A cell's amount in yuan: its own unit (3亿元) or the header's (76.8 under 总投资（亿元）)."""
    own = find_amounts(cell)
    if own:
        return own[0][2].yuan
    m = re.fullmatch(r"\s*(?:约|超|近)?(\d+(?:\.\d+)?)\s*", cell)
    if m and unit in UNIT_YUAN:
        value = Decimal(m.group(1)) * UNIT_YUAN[unit]
        return value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return None


def _column_facts(doc: Document, text: str, row: tuple[int, int], header: Header, ms: list[Mention]) -> list[Fact]:
    """Rule table.columns: the project, firm, place and amount of a row, by its header's column roles."""
    cells = _cells(row[0], text[row[0]: row[1]])
    if len(cells) != len(header.roles):
        return []
    found: dict[str, Mention] = {}
    amount = None
    for (a, b), role in zip(cells, header.roles, strict=True):
        inside = [m for m in ms if a <= m.start and m.end <= b]
        if role == "project" and b - a >= 4:
            whole = next((m for m in inside if m.type in ("Project", "Park") and m.end - m.start >= b - a - 2), None)
            if whole is not None and whole.type == "Park":
                # 热带水果精深加工产业园 under 项目名称: a park-like name in the project column is a project
                whole.type, whole.rule = "Project", "table.project_cell"
            found["project"] = whole or Mention(a, b, text[a:b], "Project", source="projects", rule="table.columns")
        elif role == "firm":
            firm = next((m for m in inside if m.type == "Company"), None)
            if firm is not None:
                found["firm"] = firm
        elif role == "place":
            where = [m for m in inside if m.type in ("Park", "Place")]
            if where:
                found["place"] = max(where, key=lambda m: (m.type == "Park", LEVEL_RANK.get(m.level or "", 0)))
        elif role == "signer":
            # the committee, not the zone inside its name (X经开区管委会); a zone, else a place
            side = next((m for t in ("Agency", "Park", "Place") for m in inside if m.type == t), None)
            if side is not None:
                found["signer"] = side
        elif role == "amount":
            amount = _amount(text[a:b], header.unit)
    out = []
    proj = found.get("project")
    if proj is not None and proj not in doc.mentions:
        doc.mentions.append(proj)
    if proj is not None and "firm" in found:
        out.append(Fact(found["firm"], "investsIn", proj, amount_yuan=amount, evidence_start=row[0],
                        evidence_end=row[1], extractor="rule:table.columns"))
    if "signer" in found and "firm" in found:
        out.append(Fact(found["signer"], "signsWith", found["firm"], evidence_start=row[0], evidence_end=row[1],
                        extractor="rule:table.signer_column"))
    if proj is not None and "place" in found:
        out.append(Fact(proj, "locatedIn", found["place"], evidence_start=row[0], evidence_end=row[1],
                        extractor="rule:table.columns"))
    return out


def _row_facts(doc: Document, row: tuple[int, int], ms: list[Mention], title: str | None,
               name_col: int | None = None) -> list[Fact]:
    named = [m for m in ms if not m.is_reference and m.type in ("Park", "Company")]
    if not named:
        return []
    text = doc.text or doc.raw
    cells = _cells(row[0], text[row[0]: row[1]])
    in_name = [m for m in named if name_col is not None and name_col < len(cells)
               and cells[name_col][0] <= m.start and m.end <= cells[name_col][1]]
    # the 名称 column names the row's subject (…园区名称 | … | 牵头企业: the zone); without one, a firm's row
    # may name its zone in a place column (唐山市南堡开发区 | 唐山三友化工股份有限公司): the firm is the subject
    subject = in_name[0] if in_name else next((m for m in named if m.type == "Company"), named[0])
    out = []
    if title:
        out.append(Fact(subject, "designatedAs", None, literal=title, evidence_start=row[0],
                        evidence_end=row[1], extractor="rule:table.list_title"))
    places = [m for m in ms if m.type == "Place" and not (subject.start <= m.start < subject.end)]
    zones = [m for m in named if m is not subject and m.type == "Park" and subject.type == "Company"]
    where = zones[:1] or sorted(places, key=lambda p: -LEVEL_RANK.get(p.level or "", 0))[:1]
    for w in where:
        out.append(Fact(subject, "locatedIn", w, evidence_start=row[0], evidence_end=row[1],
                        extractor="rule:table.row_place"))
    return out


#: what a cell may hold before a firm's name the recogniser cut short (一汽|解放汽车有限公司)
CELL_HEAD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z（）()·]{1,12}")


def _whole_cell_firms(doc: Document, text: str, lines: list[tuple[int, int]]) -> None:
    """Rule table.cell_name: a firm's name in a table cell starts where the cell starts.

    A cell holds one name; a recogniser that stopped inside it at a word that reads
    as a verb or a place (一汽解放汽车有限公司 → 汽车有限公司) is corrected here.
    """
    firms = sorted((m for m in doc.mentions if m.type == "Company" and not m.is_reference), key=lambda m: m.start)
    starts = [m.start for m in firms]
    for a, b in lines:
        if "\t" not in text[a:b]:
            continue
        for cs, ce in _cells(a, text[a:b]):
            i = bisect.bisect_left(starts, cs)
            if i < len(firms) and firms[i].end <= ce and firms[i].start > cs \
                    and CELL_HEAD_RE.fullmatch(text, cs, firms[i].start):
                m = firms[i]
                m.start, m.text, m.rule = cs, text[cs: m.end], "table.cell_name"


def find_table_facts(doc: Document) -> list[Fact]:
    """Every fact the list and table rows of a page state."""
    text = doc.text or doc.raw
    if "\t" not in text and not NUMBERED_LINE_RE.search(text):
        return []
    lines = line_spans(text)
    ms = sorted((m for m in doc.mentions if not m.is_reference), key=lambda m: (m.start, -m.end))
    out: list[Fact] = []
    title: str | None = None
    header: Header | None = None
    prev_row = False
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        row = _is_row(line)
        if prev_row and not row and GROUP_HEADING_RE.match(line):
            continue  # 太原市 between rows: a group heading, the same list goes on
        if row and not prev_row:
            title = _title_above(text, lines, k)  # a block of rows starts: the list it prints
            header = None
        prev_row = row
        own = list_title(line)
        if own:
            title = own  # a numbered heading inside the list (二、绿色工业园区名单) starts a sub-list
            continue
        if row and HEADER_RE.search(line):
            header = Header.parse(line)
            continue
        if row:
            inside = [m for m in ms if a <= m.start and m.end <= b]
            if header is not None and "project" in header.roles:
                out += _column_facts(doc, text, (a, b), header, inside)
            else:
                out += _row_facts(doc, (a, b), inside, title, header.name_col if header else None)
    return out


def read_tables(doc: Document) -> Document:
    """The stage: whole cells name firms; add the facts of list and table rows no other stage stated."""
    text = doc.text or doc.raw
    if "\t" in text:
        _whole_cell_firms(doc, text, line_spans(text))
    have = {(id(f.subject), f.predicate, id(f.obj) if f.obj else f.literal): f for f in doc.facts}
    for f in find_table_facts(doc):
        old = have.get((id(f.subject), f.predicate, id(f.obj) if f.obj else f.literal))
        if old is None:
            doc.facts.append(f)
        elif old.amount_yuan is None and f.amount_yuan is not None:
            # a sentence rule read the row's pairing; its amount column (总投资（亿元）) is the table's
            old.amount_yuan, old.amount_text, old.currency = f.amount_yuan, f.amount_text, f.currency
    return doc
