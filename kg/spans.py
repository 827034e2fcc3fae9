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


class Coverage:
    """Characters covered by any of a growing set of spans: an O(length) overlap test.

    Example: after ``c.add(3, 6)``, ``c.hits(5, 9)`` is True and ``c.hits(6, 9)`` False.
    """

    def __init__(self, size: int) -> None:
        self.cov = bytearray(size + 1)

    def add(self, s: int, e: int) -> None:
        if e > s:
            self.cov[s:e] = b"\x01" * (e - s)

    def hits(self, s: int, e: int) -> bool:
        return 1 in self.cov[s:e]
