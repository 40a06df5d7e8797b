"""The finding type shared by every detector."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open region ``[start, end)`` of a text, as Python string indices.

    `entity` is the type (``EMAIL_ADDRESS``, ``SECRET``...), `detector` the stable public id of
    what found it, `score` its confidence in [0, 1]. A span never holds the matched value: the
    text it points into does, and reprs of spans are therefore safe to log.
    """

    entity: str
    start: int
    end: int
    score: float
    detector: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span bounds [{self.start}, {self.end}) from {self.detector}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class SpanCover:
    """The regions of some spans, asked whether one of them contains ``[a, b)``: one sort up
    front, then a binary search per question (instead of a scan over every span)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[Span]) -> None:
        cover = sorted((s.start, s.end) for s in spans)
        self._starts = [a for a, _ in cover]
        self._reach: list[int] = []  # _reach[i]: the furthest end among cover[0..i]
        top = -1
        for _, b in cover:
            top = max(top, b)
            self._reach.append(top)

    def covers(self, a: int, b: int) -> bool:
        """Whether a single span contains ``[a, b)`` (``start <= a`` and ``b <= end``)."""
        i = bisect_right(self._starts, a) - 1
        return i >= 0 and self._reach[i] >= b
