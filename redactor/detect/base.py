"""Detector contract and the declarative pattern detector.

A detector declares; it does not orchestrate. It has a stable `name`, the `entities` it can
report, and `detect(text) -> list[Span]`. Pattern detectors are data: a compiled regex, the group
that holds the value, a base score, an optional validator (checksums) and keywords whose presence
nearby raises confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from redactor.detect.span import Span

Validator = Callable[[str], bool]
"""Takes the matched value, returns False to reject the match (e.g. failed checksum)."""


@runtime_checkable
class Detector(Protocol):
    """Anything that finds spans in one text."""

    name: str
    entities: tuple[str, ...]

    def detect(self, text: str) -> list[Span]: ...


@dataclass(frozen=True)
class PatternDetector:
    """A regex detector.

    Attributes:
        name: stable public id, e.g. ``github.pat``; shown in `policy explain` and metrics.
        entity: entity type reported.
        pattern: the regex source. Compiled once at construction.
        group: the group holding the sensitive value (0 = whole match, or a group name).
        score: confidence when the match is accepted.
        validator: optional check on the value; a False result drops the match.
        validated_score: score when a validator accepts (checksum-valid tokens are near-certain).
        keywords: lower-case words; when none occurs within `keyword_window` characters before
            the match, the score is multiplied by `no_keyword_factor`. Empty = no requirement.
        flags: regex flags.
    """

    name: str
    entity: str
    pattern: str
    group: int | str = 0
    score: float = 0.9
    validator: Validator | None = None
    validated_score: float | None = None
    keywords: tuple[str, ...] = ()
    keyword_window: int = 80
    no_keyword_factor: float = 1.0
    flags: int = 0
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, self.flags))

    @property
    def entities(self) -> tuple[str, ...]:
        return (self.entity,)

    def detect(self, text: str) -> list[Span]:
        out: list[Span] = []
        for m in self.regex.finditer(text):
            start, end = m.span(self.group)
            if start < 0 or end <= start:
                continue
            score = self.score
            if self.validator is not None:
                if not self.validator(text[start:end]):
                    continue
                if self.validated_score is not None:
                    score = self.validated_score
            if self.keywords:
                window = text[max(0, start - self.keyword_window) : start].lower()
                if not any(k in window for k in self.keywords):
                    score *= self.no_keyword_factor
            out.append(Span(self.entity, start, end, score, self.name))
        return out


def run_all(detectors: Sequence[Detector], text: str) -> list[Span]:
    """Every span from every detector, unresolved."""
    spans: list[Span] = []
    for d in detectors:
        spans.extend(d.detect(text))
    return spans
