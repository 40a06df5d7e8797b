"""The finding type shared by every detector."""

from __future__ import annotations

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
