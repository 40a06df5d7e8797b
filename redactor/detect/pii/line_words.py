"""Whether the words of a line around a name read as English (`english_line`), answered on a
long line from one index of that line.

`lexnames` asks, for every lower-case or lone capitalised name candidate, whether most lower-case
words of its line (the name excluded) are English. It listed and looked up the whole line's words
per candidate: on one long line (a minified tool result, a joined log: session 15 measured a
238 kB line at 106 CPU s) the cost grew with the line's length times its candidates. A line of
`INDEX_MIN` characters or more is now read once into running counts of its words (lower-case and
longer than one letter; English function words; other languages' function words; English words),
and each question adds up the words left and right of the name from those counts, plus the two
pieces of a word the name cuts (as the direct reading, which joined the line's text before and
after the name, sees them). Kept for the last line read only.

**Exact.** ``[^\\W\\d_]+`` has no anchors or look-arounds, so its matches in a slice of the line are
the line's matches inside the slice plus the cut pieces of the words the slice's ends fall in;
`tests/test_line_words.py` compares both readings on generated lines and cut points.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from redactor.detect.pii._vocab import words
from redactor.detect.pii.lexicon import is_english

__all__ = ["INDEX_MIN", "english_line", "english_words_read"]

INDEX_MIN = 2048
"""Lines this long (characters) are answered from the index."""

LOWER_WORD = re.compile(r"[^\W\d_]+")
EN_FUNCTION = words("""
    the a an is are was were has have had be been it its he she they we you i me my your his her
    their to of in on at for with from and or but not this that can will would should does did
""")
FOREIGN_FUNCTION = words("""
    el los las del y que en es un una por para con se al lo le les et est une des du pour avec dans
    sur qui der die das und ist ein eine mit nicht auf für den dem von zu il di che della per sono
    ho os um uma não com em da do na ze je się nie jest bir bu ile için
""")

_READ = [0]
"""Words read by an index build (for the linearity test: one read per long line, not per question)."""


def english_words_read() -> int:
    return _READ[0]


def _flags(w: str) -> tuple[int, int, int, int]:
    """(counted, English function word, other language's function word, English) of one word."""
    if not (w.islower() and len(w) > 1):
        return 0, 0, 0, 0
    return 1, int(w in EN_FUNCTION), int(w in FOREIGN_FUNCTION), int(is_english(w))


def _verdict(n: int, en: int, foreign: int, english: int) -> bool:
    if n < 3 or not en or foreign:
        return False
    return english >= 0.8 * n


class _LineIndex:
    def __init__(self, text: str, a: int, b: int) -> None:
        self.text, self.a, self.b = text, a, b
        spans = [m.span() for m in LOWER_WORD.finditer(text, a, b)]
        _READ[0] += len(spans)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        flags = [_flags(text[s:e]) for s, e in spans]
        self.sums = [list(accumulate((f[k] for f in flags), initial=0)) for k in range(4)]

    def english(self, start: int, end: int) -> bool:
        text = self.text
        left = bisect.bisect_right(self.ends, start)  # words ending at or before the name
        right = bisect.bisect_left(self.starts, end)  # words before this one start before its end
        counts = [s[left] + s[-1] - s[right] for s in self.sums]
        for k in range(left, right):  # words the name overlaps: their pieces outside it
            w0, w1 = self.starts[k], self.ends[k]
            for piece in (text[w0:start] if w0 < start else "", text[end:w1] if w1 > end else ""):
                if piece:
                    for i, f in enumerate(_flags(piece)):
                        counts[i] += f
        return _verdict(*counts)


_LAST: list[_LineIndex] = []


def english_line(text: str, start: int, end: int) -> bool:
    """Most lower-case words of the line around ``[start, end)`` (the name excluded) are English."""
    last = _LAST[0] if _LAST else None
    if last is not None and last.text is text and last.a <= start and end <= last.b:
        return last.english(start, end)
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    if b - a >= INDEX_MIN:
        index = _LineIndex(text, a, b)
        _LAST[:] = [index]
        return index.english(start, end)
    found = [w for w in LOWER_WORD.findall(text[a:start] + " " + text[end:b]) if w.islower() and len(w) > 1]
    return _verdict(
        len(found),
        int(any(w in EN_FUNCTION for w in found)),
        int(any(w in FOREIGN_FUNCTION for w in found)),
        sum(1 for w in found if is_english(w)),
    )
