"""A JSON-unescaped view of a text, with offsets that map back to the original.

Tool-call arguments and truncated raw bodies arrive JSON-escaped: values sit inside ``\\"...\\"``
and line breaks are the two characters backslash-n. Every secret detector looks at the unescaped
view (so one pattern serves both forms) and maps its spans back with `EscapeView.to_raw`.

Only the escapes that change detection are decoded: ``\\n \\r \\t \\" \\\\ \\/`` and ``\\uXXXX``.
A second level is decoded only when the first one still holds escaped quotes (JSON inside JSON).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_ESCAPE = re.compile(r"\\(?:[nrt\"\\/]|u[0-9a-fA-F]{4})")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


@dataclass(frozen=True, slots=True)
class _Level:
    """One decoding step: where each escape sat (plain and raw index) and its raw length."""

    plain_at: list[int]
    raw_at: list[int]
    raw_len: list[int]

    def start(self, p: int) -> int:
        k = bisect_right(self.plain_at, p) - 1
        if k < 0:
            return p
        if self.plain_at[k] == p:
            return self.raw_at[k]
        return self.raw_at[k] + self.raw_len[k] + (p - self.plain_at[k] - 1)

    def end(self, e: int) -> int:
        if e <= 0:
            return 0
        q = e - 1
        k = bisect_right(self.plain_at, q) - 1
        if k >= 0 and self.plain_at[k] == q:
            return self.raw_at[k] + self.raw_len[k]
        return self.start(q) + 1


def _decode(text: str) -> tuple[str, _Level] | None:
    parts: list[str] = []
    plain_at: list[int] = []
    raw_at: list[int] = []
    raw_len: list[int] = []
    last = 0
    plain_len = 0
    for m in _ESCAPE.finditer(text):
        s, e = m.span()
        chunk = text[last:s]
        parts.append(chunk)
        plain_len += len(chunk)
        seq = m.group()
        char = _SIMPLE[seq[1]] if len(seq) == 2 else chr(int(seq[2:], 16))
        parts.append(char)
        plain_at.append(plain_len)
        raw_at.append(s)
        raw_len.append(e - s)
        plain_len += 1
        last = e
    if not plain_at:
        return None
    parts.append(text[last:])
    return "".join(parts), _Level(plain_at, raw_at, raw_len)


class EscapeView:
    """`text` is what detectors scan; `to_raw` maps a span of it back to the original string."""

    __slots__ = ("_levels", "lower", "raw", "text")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._levels: list[_Level] = []
        text = raw
        if "\\" in raw:
            for _ in range(2):
                decoded = _decode(text)
                if decoded is None:
                    break
                text, level = decoded
                self._levels.append(level)
                if '\\"' not in text:
                    break
        self.text = text
        self.lower = text.lower()

    @property
    def escaped(self) -> bool:
        """True when the view differs from the raw text."""
        return bool(self._levels)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open view span ``[start, end)`` to the raw text."""
        for level in reversed(self._levels):
            start, end = level.start(start), level.end(end)
        return start, end


class ViewCache:
    """Remembers the view of the last text, so the detectors of one set share one decoding.

    One slot, replaced atomically: safe to share between threads (a miss only costs a decode).
    """

    __slots__ = ("_slot",)

    def __init__(self) -> None:
        self._slot: tuple[str, EscapeView] | None = None

    def get(self, text: str) -> EscapeView:
        slot = self._slot
        if slot is not None and (slot[0] is text or slot[0] == text):
            return slot[1]
        view = EscapeView(text)
        self._slot = (text, view)
        return view
