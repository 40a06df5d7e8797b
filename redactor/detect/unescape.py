"""The JSON-unescaped view of a text, with offsets that map back to the original.

Tool-call arguments and truncated raw bodies arrive JSON-escaped (``\\"``, ``\\n``,
``\\uXXXX``, JSON inside a JSON string). PII detectors and the NER adapter scan the decoded
view and map their spans back with `Unescaped.to_raw`, so one pattern serves both forms.
``\\b`` and ``\\f`` are not decoded: in raw Windows paths (``C:\\build``) they are not escapes.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from redactor import cache_budget

_ESCAPE = re.compile(r"\\(?:[nrt\"\\/]|u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4})")
_NESTED_U = re.compile(r"\\\\u[0-9a-fA-F]{4}")
"""A ``\\uXXXX`` escape inside a JSON string inside a JSON string (``json.dumps`` of a text that was
``json.dumps``-ed with its default ``ensure_ascii``: ``"L\\\\u00ea Th\\\\u1ecb"``): decoded by the
second level, as escaped quotes are."""
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


def _decode(seq: str) -> str:
    """One escape sequence as one character: a surrogate pair (``\\ud83d\\ude00``) as the code
    point it encodes, a lone surrogate as U+FFFD (detectors, RE2 among them, read UTF-8 only)."""
    if len(seq) == 2:
        return _SIMPLE[seq[1]]
    if len(seq) == 12:
        return chr(0x10000 + ((int(seq[2:6], 16) - 0xD800) << 10) + (int(seq[8:12], 16) - 0xDC00))
    cp = int(seq[2:], 16)
    return "\ufffd" if 0xD800 <= cp <= 0xDFFF else chr(cp)


class Unescaped:
    """A JSON-unescaped view of `raw` with offsets that map back.

    `text` is the view. Each decoded escape sequence became one character; `to_raw(a, b)` maps a
    half-open span of the view to the raw span that produced it (an escape is never split).
    When the decoded text still holds escaped quotes (JSON inside a JSON string, such as
    tool-call arguments inside a raw body), a second level is decoded and the maps compose.
    When `raw` holds no escape, `text is raw` and the map is the identity.
    """

    __slots__ = ("_inner", "_plain_at", "_raw_at", "_raw_len", "raw", "text")

    def __init__(self, raw: str, levels: int = 2) -> None:
        self.raw = raw
        self._inner: Unescaped | None = None
        parts: list[str] = []
        plain_at: list[int] = []
        raw_at: list[int] = []
        raw_len: list[int] = []
        last = 0
        plain_len = 0
        for m in _ESCAPE.finditer(raw):
            s, e = m.span()
            chunk = raw[last:s]
            parts.append(chunk)
            plain_len += len(chunk)
            seq = m.group()
            parts.append(_decode(seq))
            plain_at.append(plain_len)
            raw_at.append(s)
            raw_len.append(e - s)
            plain_len += 1
            last = e
        self._plain_at = plain_at
        self._raw_at = raw_at
        self._raw_len = raw_len
        if plain_at:
            parts.append(raw[last:])
            self.text = "".join(parts)
            if levels > 1 and (
                '\\"' in self.text or "\\\\n" in raw or ("\\\\u" in raw and _NESTED_U.search(raw) is not None)
            ):
                self._inner = Unescaped(self.text, levels - 1)
                self.text = self._inner.text
        else:
            self.text = raw

    @property
    def identity(self) -> bool:
        return not self._plain_at

    def _start1(self, p: int) -> int:
        k = bisect_right(self._plain_at, p) - 1
        if k < 0:
            return p
        if self._plain_at[k] == p:
            return self._raw_at[k]
        return self._raw_at[k] + self._raw_len[k] + (p - self._plain_at[k] - 1)

    def _end1(self, e: int) -> int:
        if e <= 0:
            return 0
        q = e - 1
        k = bisect_right(self._plain_at, q) - 1
        if k >= 0 and self._plain_at[k] == q:
            return self._raw_at[k] + self._raw_len[k]
        return self._start1(q) + 1

    def _view1(self, r: int) -> int:
        k = bisect_right(self._raw_at, r) - 1
        if k < 0:
            return r
        if r < self._raw_at[k] + self._raw_len[k]:
            return self._plain_at[k]
        return self._plain_at[k] + 1 + (r - self._raw_at[k] - self._raw_len[k])

    def raw_start(self, p: int) -> int:
        """Raw index of the character at view index `p`."""
        if self._inner is not None:
            p = self._inner.raw_start(p)
        return self._start1(p)

    def raw_end(self, e: int) -> int:
        """Raw index just past the character at view index ``e - 1``."""
        if self._inner is not None:
            e = self._inner.raw_end(e)
        return self._end1(e)

    def view_pos(self, r: int) -> int:
        """View index of raw index `r` (an index inside an escape maps to its character)."""
        v = self._view1(r)
        return self._inner.view_pos(v) if self._inner is not None else v

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        if not self._plain_at:
            return start, end
        return self.raw_start(start), self.raw_end(end)


@cache_budget.text_cache(maxsize=64, factor=3.0)
def unescape(raw: str) -> Unescaped:
    """The (cached) unescaped view of `raw`; detectors of one text share it."""
    return Unescaped(raw)
