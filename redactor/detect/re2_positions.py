"""Linear position conversion for google-re2's Python wrapper.

google-re2 matches UTF-8 bytes; its wrapper (`re2._Regexp._match`) turns Python's character
positions into byte offsets and back on every call: it encodes the whole text, counts characters
from offset 0 to ``pos`` and from 0 to the first match. A detector that walks a text with
``pattern.search(text, pos)`` (one call per hit, each from the last hit's end) therefore does
work proportional to the text length on every call: quadratic in the text (session 15 measured
6.6 CPU s for 12,500 calls on 100 kB of repeated labels; `docs/performance.md`).

`install` replaces that one method with one that remembers the last few long texts it saw (by
identity, strong references, at most `SLOTS`), their UTF-8 encoding and, for a non-ASCII text,
the byte offset of every `BLOCK`-th character. A conversion is then free for an ASCII text and
at most one block of counting (plus a bisection) otherwise, so a walk over a text is linear.
Texts shorter than `SMALL` characters are converted directly, like the wrapper did (bounded cost)
and never kept.

**Exact.** The positions, spans and `re2._Match` objects are the ones the wrapper computes (same
clamping of ``pos``/``endpos``, same step past an empty match); `tests/test_re2_positions.py`
compares both methods on generated texts of mixed scripts. Bytes texts take the wrapper's own path.
"""

from __future__ import annotations

import bisect
import sys
import threading
from collections.abc import Iterator
from typing import Any

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor import cache_budget

SMALL = 2048
"""Texts shorter than this (characters) are encoded per call and never kept."""

SLOTS = 4
"""Most long texts remembered at once (the most recently used ones); together they stay within the
``texts`` share of `redactor.cache_budget` (the newest is kept even past it)."""

BLOCK = 256
"""Characters between two remembered byte offsets of a non-ASCII text."""

_re2: Any = re2._re2
_NULL_SPAN = (-1, -1)
_ORIGINAL: Any = re2._Regexp._match


class _Encoded:
    """One text's UTF-8 encoding and its character -> byte offset marks."""

    __slots__ = ("_marks", "ascii", "data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8")
        self.ascii = len(self.data) == len(text)
        self._marks: list[int] | None = None

    def size(self) -> int:
        """Bytes this entry keeps alive: the text, its encoding and its marks."""
        marks = self._marks
        return sys.getsizeof(self.text) + sys.getsizeof(self.data) + (0 if marks is None else sys.getsizeof(marks))

    def marks(self) -> list[int]:
        """Byte offset of character ``k * BLOCK`` for every ``k`` up to ``len(text) // BLOCK``."""
        marks = self._marks
        if marks is None:
            data = self.data
            marks = [0]
            last = 0
            for _ in range(len(self.text) // BLOCK):
                last += _re2.CharLenToBytes(data, last, BLOCK)
                marks.append(last)
            self._marks = marks
        return marks

    def to_byte(self, pos: int) -> int:
        """The byte offset of character ``pos`` (``0 <= pos <= len(text)``)."""
        if self.ascii:
            return pos
        k = pos // BLOCK
        base = self.marks()[k]
        rest = pos - k * BLOCK
        return base + _re2.CharLenToBytes(self.data, base, rest) if rest else base

    def to_char(self, offset: int) -> int:
        """The character position of byte ``offset`` (a character boundary)."""
        if self.ascii:
            return offset
        marks = self.marks()
        k = bisect.bisect_right(marks, offset) - 1
        base = marks[k]
        return k * BLOCK + (_re2.BytesToCharLen(self.data, base, offset) if offset != base else 0)


_lock = threading.Lock()
_slots: tuple[_Encoded, ...] = ()


def _encoded(text: str) -> _Encoded:
    """The remembered encoding of `text` (by identity), made and remembered when missing."""
    global _slots
    if len(text) < SMALL:
        return _Encoded(text)
    for enc in _slots:
        if enc.text is text:
            return enc
    enc = _Encoded(text)
    with _lock:
        _slots = (enc, *_slots[: SLOTS - 1])
        if len(_slots) > 1 and cache_budget.texts_held() > cache_budget.texts_budget():
            _KEPT.trim(cache_budget.room_for(_KEPT, enc.size() + len(text) // BLOCK * 8 + 64))
    return enc


class _Kept:
    """The remembered texts as one cache of whole texts of `redactor.cache_budget`."""

    def held_bytes(self) -> int:
        return sum(enc.size() for enc in _slots)

    def trim(self, limit: int) -> None:
        """Forget the oldest texts until at most `limit` bytes are held."""
        global _slots
        slots = list(_slots)
        held = sum(enc.size() for enc in slots)
        while slots and held > limit:
            held -= slots.pop().size()
        _slots = tuple(slots)


_KEPT = _Kept()
cache_budget.text_holder(__name__, _KEPT)


def clear() -> None:
    """Forget every remembered text."""
    global _slots
    with _lock:
        _slots = ()


def remembered() -> int:
    """How many texts are remembered now (a diagnostic for tests)."""
    return len(_slots)


def _match(self: Any, anchor: Any, text: Any, pos: int | None = None, endpos: int | None = None) -> Iterator[Any]:
    """`re2._Regexp._match` with linear position conversion (same results)."""
    if not isinstance(text, str):
        yield from _ORIGINAL(self, anchor, text, pos, endpos)
        return
    pos = 0 if pos is None else max(0, min(pos, len(text)))
    endpos = len(text) if endpos is None else max(0, min(endpos, len(text)))
    if pos > endpos:
        return
    enc = _encoded(text)
    data = enc.data
    encoded_pos = enc.to_byte(pos)
    encoded_endpos = len(data) if endpos == len(text) else enc.to_byte(endpos)
    regexp = self._regexp
    while True:
        spans = regexp.Match(anchor, data, encoded_pos, encoded_endpos)
        if spans[0] == _NULL_SPAN:
            break
        decoded: dict[int, int] = {}
        for offset in (o for span in spans for o in span):
            if offset not in decoded and offset != -1:
                decoded[offset] = enc.to_char(offset)
        decoded_spans = [span if span == _NULL_SPAN else (decoded[span[0]], decoded[span[1]]) for span in spans]
        yield re2._Match(self, text, pos, endpos, decoded_spans)
        if encoded_pos == encoded_endpos:
            break
        if encoded_pos == spans[0][1]:
            # an empty match at encoded_pos: step one character to make progress
            encoded_pos += _re2.CharLenToBytes(data, encoded_pos, 1)
        else:
            encoded_pos = spans[0][1]


def install() -> None:
    """Make every `re2` pattern use `_match` (idempotent)."""
    re2._Regexp._match = _match


def uninstall() -> None:
    """Give `re2` back its own method (tests compare both)."""
    re2._Regexp._match = _ORIGINAL
    clear()


def installed() -> bool:
    return re2._Regexp._match is _match
