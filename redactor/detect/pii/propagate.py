"""Consistency across a text: once a name is found, every other mention of it is masked too.

NER and context rules catch a name where the context is clear (``My name is Aantje Mourik``) and
miss it where it is not (``everyone calls me Aantje``). A value found once is sensitive wherever it
recurs, so `propagate` adds a span for every other whole-word occurrence of each detected PERSON
and USERNAME value in the same text, and of a person's given and family names on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.pii._vocab import NOT_NAME_WORDS, SYSTEM_USERS, TECH_NAMES
from redactor.detect.span import Span

PROPAGATED = "pii.propagated"
_MIN_SCORE = 0.7


def _values(text: str, spans: Iterable[Span]) -> dict[str, tuple[str, float]]:
    values: dict[str, tuple[str, float]] = {}
    for s in spans:
        if s.entity not in ("PERSON", "USERNAME") or s.score < _MIN_SCORE:
            continue
        value = text[s.start : s.end].strip()
        parts = [value]
        if s.entity == "PERSON":
            tokens = [t.strip(".,") for t in value.split()]
            if len(tokens) > 1:
                parts += [t for t in (tokens[0], tokens[-1]) if len(t) >= 3 and t[0].isupper()]
        for v in parts:
            low = v.lower()
            if len(v) < 3 or low in NOT_NAME_WORDS or low in TECH_NAMES or low in SYSTEM_USERS:
                continue
            score = min(s.score, 0.8) if v == value else min(s.score, 0.75)
            if v not in values or values[v][1] < score:
                values[v] = (s.entity, score)
    return values


def propagate(text: str, spans: list[Span]) -> list[Span]:
    """`spans` plus a span for every other occurrence of each confidently detected name."""
    values = _values(text, spans)
    if not values:
        return spans
    out = list(spans)
    covered = [(s.start, s.end) for s in spans]
    for value, (entity, score) in values.items():
        for m in re.finditer(r"(?<![\w@./\\-])" + re.escape(value) + r"(?![\w@]|[-.]\w)", text):
            a, b = m.span()
            if any(x <= a and b <= y for x, y in covered):
                continue
            out.append(Span(entity, a, b, score, PROPAGATED))
    return out
