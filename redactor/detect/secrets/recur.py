"""A secret found once is a secret wherever it recurs in the same text.

Context detectors see the key or flag that names a value only at its first occurrence; the
same value echoed by a REPL (``julia> ENV["K"] = "v"`` then ``"v"``), printed back by a
command or repeated in a log is no longer next to its key. Each recurrence of a found value,
as a whole token (not inside a longer run of token characters), is reported too.

Only values that could not be code propagate: a password with symbols (``Hx7!kq29Lm``) or a long
generated token (20+ characters, 3+ digits, not made of words). A value a detector took wrongly
from code (``Ed25519PrivateKey``, ``auth_info[2]``) is not spread over every line that uses it.
"""

from __future__ import annotations

from redactor.detect.secrets.entropy import wordiness
from redactor.detect.span import Span

_MIN_LEN = 8
"""Shorter values recur by chance (``admin123`` as a user name and a password)."""
_CODE_CHARS = frozenset("[](){}<>\"'=;,` ")
_PASSWORD_SYMBOLS = frozenset("!@#$%^&*+?~")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+/=-")


def _propagates(value: str) -> bool:
    """True for values that read as secrets on their own, wherever they stand."""
    if len(value) < _MIN_LEN or any(c in _CODE_CHARS for c in value):
        return False
    if any(c in _PASSWORD_SYMBOLS for c in value) and any(c.isalpha() for c in value):
        return True
    return len(value) >= 20 and sum(c.isdigit() for c in value) >= 3 and wordiness(value) < 0.5


def with_recurrences(text: str, spans: list[Span]) -> list[Span]:
    """`spans` plus a span of the same detector and score at every other whole occurrence."""
    if not spans:
        return spans
    seen = {(s.start, s.end) for s in spans}
    out = list(spans)
    done: set[str] = set()
    for s in spans:
        value = text[s.start : s.end]
        if value in done or not _propagates(value):
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
