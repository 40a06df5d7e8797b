"""Birth-date forms the general date patterns do not read (used by `dates.DateOfBirthDetector`).

- ``DDMMMYY`` / ``DDMMMYYYY`` (``04MAR88``, ``4-MAR-1988`` is read elsewhere): how airline,
  military and mainframe records write a date, right after a birth word (``DOB: 04MAR88``).
- Japanese era dates (``昭和63年3月4日``, ``平成元年12月1日``): the year counted in the emperor's
  era, as Japanese forms write a birth date; after a birth word or before ``生まれ``/``生``.
- A date *followed* by its birth word, as Japanese, Chinese and Korean put it
  (``1988年3月4日生まれ``, ``1988年3月4日出生``, ``1988년 3월 4일생``).

Each date is checked for a real calendar day (month 1-12, day 1-31, an era year inside the era).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["after_word", "before_marker"]

_MON = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_COMPACT = re.compile(r"(?<![\w])(?P<d>0[1-9]|[12]\d|3[01])(?:" + _MON + r")(?:\d{2}|(?:19|20)\d{2})(?![\w])", re.I)
"""``04MAR88``, ``04mar1988``."""
_ERAS = {"明治": 45, "大正": 15, "昭和": 64, "平成": 31, "令和": 99}
"""Japanese eras and the last year of each (令和 goes on)."""
_ERA = re.compile(
    r"(?P<era>明治|大正|昭和|平成|令和)[ \u3000]?(?P<y>元|\d{1,2})[ \u3000]?年[ \u3000]?"
    r"(?P<m>\d{1,2})[ \u3000]?月[ \u3000]?(?P<d>\d{1,2})[ \u3000]?日"
)
_CJK_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})[ \u3000]?[年년][ \u3000]?(?P<m>\d{1,2})[ \u3000]?[月월]"
    r"[ \u3000]?(?P<d>\d{1,2})[ \u3000]?[日일]"
)
_MARKER_AFTER = re.compile(
    r"[ \u3000]?(?:に)?(?:生まれ|出生|生(?![\u4e00-\u9fff])|에[ ]?태어났|생(?![\uac00-\ud7af])|생(?=이|입|으로|인))"
)
"""What follows a date of birth in Japanese (生まれ, 生), Chinese (出生) and Korean (생, 에 태어났다);
not the first character of another word (生产 "production", 생산)."""
_NEAR = 12
"""How far after a birth word a compact or era date may start (``DOB: ``, ``生年月日`` and a colon)."""


def _number(digits: str) -> int:
    return 1 if digits == "元" else int(digits)  # int() reads full-width digits too


def _era_ok(m: re.Match[str]) -> bool:
    year, month, day = _number(m.group("y")), _number(m.group("m")), _number(m.group("d"))
    return 1 <= year <= _ERAS[m.group("era")] and 1 <= month <= 12 and 1 <= day <= 31


def after_word(text: str, word_end: int) -> tuple[int, int] | None:
    """A compact (``04MAR88``) or Japanese era date starting within `_NEAR` characters after a birth
    word ending at `word_end`, or None.

    Args:
        text: the text.
        word_end: where the birth word ends.

    Returns:
        The date's ``(start, end)``.
    """
    window_end = min(len(text), word_end + _NEAR)
    if "\n" in text[word_end:window_end]:
        window_end = text.index("\n", word_end)
    m = _COMPACT.search(text, word_end, min(len(text), window_end + 9))
    if m is not None and m.start() < window_end:
        return m.span()
    e = _ERA.search(text, word_end, min(len(text), window_end + 20))
    if e is not None and e.start() < window_end and _era_ok(e):
        return e.span()
    return None


def before_marker(text: str) -> Iterator[tuple[int, int]]:
    """Dates written before the word that makes them a birth date (``1988年3月4日生まれ``,
    ``昭和63年3月4日生``, ``1988년 3월 4일생``).

    Args:
        text: the text.

    Yields:
        Each such date's ``(start, end)``.
    """
    if "日" not in text and "일" not in text:
        return
    for rx in (_CJK_DATE, _ERA):
        for m in rx.finditer(text):
            if rx is _ERA and not _era_ok(m):
                continue
            if rx is _CJK_DATE and not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
                continue
            if _MARKER_AFTER.match(text, m.end()) is not None:
                yield m.span()
