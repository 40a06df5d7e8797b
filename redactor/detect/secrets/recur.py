"""A secret found once is a secret wherever it recurs in the same text.

Context detectors see the key or flag that names a value only at its first occurrence; the
same value echoed by a REPL (``julia> ENV["K"] = "v"`` then ``"v"``), printed back by a
command or repeated in a log is no longer next to its key. Each recurrence of a found value,
as a whole token (not inside a longer run of token characters), is reported too.
"""

from __future__ import annotations

from redactor.detect.span import Span

_MIN_LEN = 8
"""Shorter values recur by chance (``admin123`` as a user name and a password)."""
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+/=-")


def with_recurrences(text: str, spans: list[Span]) -> list[Span]:
    """`spans` plus a span of the same detector and score at every other whole occurrence."""
    if not spans:
        return spans
    seen = {(s.start, s.end) for s in spans}
    out = list(spans)
    done: set[str] = set()
    for s in spans:
        value = text[s.start : s.end]
        if len(value) < _MIN_LEN or value in done:
            continue
        done.add(value)
        pos = text.find(value)
        while pos >= 0:
            end = pos + len(value)
            whole = (pos == 0 or text[pos - 1] not in _TOKEN_CHARS) and (
                end == len(text) or text[end] not in _TOKEN_CHARS
            )
            if whole and (pos, end) not in seen:
                seen.add((pos, end))
                out.append(Span(s.entity, pos, end, s.score, s.detector))
            pos = text.find(value, pos + 1)
    return out
