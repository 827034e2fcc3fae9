"""Spans by position: which spans overlap, lie inside or end before a point, without a scan.

Why: a stage that asks "does any mention overlap this one?" by looping over
all mentions costs mentions × mentions on a page; a 400k-character page has
tens of thousands of mentions, and that loop made long pages 25× slower per
character than short ones (issue 8). Here spans are sorted by start once; a
query bisects the starts and looks only at spans that start within the longest
span's length of the point, so its cost is the number of spans it returns
(plus the few that start nearby).

Semantics are exactly those of the loops they replace: a span ``[start, end)``
overlaps ``[s, e)`` when ``start < e and s < end``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar


class Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=Span)


class SpanIndex(Generic[S]):
    """Spans sorted by start, with their longest length, for bounded look-ups.

    Example: ``SpanIndex(mentions).overlapping(10, 14)`` lists the mentions
    that share a character with ``text[10:14]``, in (start, -end) order.
    """

    def __init__(self, spans: Iterable[S]) -> None:
        self.spans: list[S] = sorted(spans, key=lambda x: (x.start, -x.end))
        self.starts = [x.start for x in self.spans]
        self.longest = max((x.end - x.start for x in self.spans), default=0)

    def __len__(self) -> int:
        return len(self.spans)

    def _from(self, s: int, e: int) -> Iterator[S]:
        """Spans starting in ``[s - longest, e)``: every span that can reach into ``[s, e)``."""
        i = bisect.bisect_left(self.starts, s - self.longest)
        j = bisect.bisect_left(self.starts, e)
        return iter(self.spans[i:j])

    def overlapping(self, s: int, e: int) -> list[S]:
        """Spans sharing a character with ``[s, e)`` (``start < e and s < end``)."""
        return [x for x in self._from(s, e) if x.end > s]

    def any_overlapping(self, s: int, e: int) -> bool:
        return any(x.end > s for x in self._from(s, e))

    def ending_in(self, a: int, b: int) -> list[S]:
        """Spans whose end lies in ``[a, b]`` (the spans just before a point: ``ending_in(pos - reach, pos)``)."""
        i = bisect.bisect_left(self.starts, a - self.longest)
        j = bisect.bisect_right(self.starts, b)
        return [x for x in self.spans[i:j] if a <= x.end <= b]


class Coverage(bytearray):
    """Characters covered by any of a growing set of spans: an O(length) overlap test.

    A bytearray (one byte a character, plus one past the end), so a stage may also
    read ``cov[k]`` directly. The recogniser's "characters already taken by a
    name" is one of these.

    Example: after ``c.add(3, 6)``, ``c.hits(5, 9)`` is True and ``c.hits(6, 9)`` False.
    """

    def __init__(self, size: int) -> None:
        super().__init__(size + 1)

    @classmethod
    def of(cls, spans: Iterable[Span], size: int) -> Coverage | None:
        """The characters of ``spans`` (a text of ``size`` characters), or None when there are none."""
        cov = None
        for x in spans:
            cov = cov if cov is not None else cls(size)
            cov.add(x.start, x.end)
        return cov

    def add(self, s: int, e: int) -> None:
        if e > s:
            self[s:e] = b"\x01" * (e - s)

    def hits(self, s: int, e: int) -> bool:
        return 1 in self[s:e]


class TextIndex:
    """Where each two-character sequence starts in a text, so a word is found without a scan.

    Why: a long page names thousands of firms, and finding each name with
    ``str.find`` reads the whole page once per name. Here the page is read once;
    a word's occurrences are then those of its first two characters that go on
    with the rest of the word. :meth:`find_all` gives exactly what repeated
    ``str.find`` gives: non-overlapping occurrences, left to right.

    Example: ``TextIndex("格力建设格力工厂").find_all("格力")`` yields 0 and 4.
    """

    def __init__(self, text: str) -> None:
        import numpy as np  # pandas' dependency: sorting 400k keys in C beats a dict of lists

        self.text = text
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        keys = (cps[:-1] << np.uint64(21)) | cps[1:]  # a code point has at most 21 bits
        self.order = np.argsort(keys, kind="stable")  # stable: each pair's positions ascend
        self.keys = keys[self.order]

    def positions(self, pair: str) -> list[int]:
        """Where the two characters ``pair`` start, ascending."""
        k = self.keys.dtype.type((ord(pair[0]) << 21) | ord(pair[1]))  # same dtype: no array-wide cast
        lo, hi = self.keys.searchsorted(k, "left"), self.keys.searchsorted(k, "right")
        return self.order[lo:hi].tolist()

    def find_all(self, word: str) -> Iterator[int]:
        if len(word) < 2:
            yield from _scan(self.text, word)
            return
        free = 0
        for p in self.positions(word[:2]):
            if p >= free and self.text.startswith(word, p):
                yield p
                free = p + len(word)


class FormIndex:
    """Many words (two characters or more) looked for in a text at once: a regex of their first
    characters jumps to where one can start, a table of first character pairs gives the words
    that start there, longest first.

    Why: a build's lexicon of firm names holds thousands of forms (``kg.known_names``); looking
    for each one through each page would cost forms × characters."""

    def __init__(self, words: Iterable[str]) -> None:
        self.by_pair: dict[str, list[str]] = {}
        for w in sorted({w for w in words if len(w) >= 2}, key=lambda w: (-len(w), w)):
            self.by_pair.setdefault(w[:2], []).append(w)
        firsts = sorted({re.escape(p[0]) for p in self.by_pair})
        self._first = re.compile("[" + "".join(firsts) + "]") if firsts else None

    def at(self, text: str, k: int) -> list[str]:
        """The words that start at ``k``, longest first."""
        return [w for w in self.by_pair.get(text[k: k + 2], ()) if text.startswith(w, k)]

    def starts(self, text: str) -> Iterator[int]:
        """Every offset where a word can start (its first two characters are some word's)."""
        if self._first is None:
            return
        for m in self._first.finditer(text):
            if text[m.start(): m.start() + 2] in self.by_pair:
                yield m.start()

    def found(self, text: str) -> set[str]:
        """The words that occur in ``text`` (anywhere, overlapping or not)."""
        return {w for k in self.starts(text) for w in self.at(text, k)}


def _scan(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


#: pages longer than this get a :class:`TextIndex` (below it, ``str.find`` is cheaper than building one)
INDEX_FROM_CHARS = 100_000
_last: tuple[str, TextIndex] | None = None


def find_all(text: str, word: str) -> Iterator[int]:
    """Start offsets of the non-overlapping occurrences of ``word`` in ``text``, left to right.

    A long text is indexed once (the index of the last long text asked about is kept).
    """
    global _last
    if len(text) < INDEX_FROM_CHARS or not word:
        return _scan(text, word)
    last = _last  # one read: another thread may index another text meanwhile
    if last is None or last[0] is not text:
        last = _last = (text, TextIndex(text))
    return last[1].find_all(word)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without its line break (the stages that read a page's
    layout line by line share it: list rows, resident lists)."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
