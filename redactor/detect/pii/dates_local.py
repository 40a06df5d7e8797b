# ruff: noqa: RUF001, RUF002  -- foreign letters and digits are intended.
"""Calendar dates written the way a locale writes them: digits of any script, month names of any
language glibc knows, the date words between them.

`read_date` reads forward from a position (the end of a birth word, for `dates`) and returns the
first whole date phrase that starts within a short window: three parts (day, month, year) in any
order a locale uses, separated by punctuation, spaces or at most one short date word (``de``,
``of``, ``tháng``, ``năm``, ``年``, ``г.``...):

- ``15/08/1986``, ``۱۳۶۹/۰۱/۲۵`` (Persian digits, solar-calendar year), ``٢٥-٠٣-١٩٩٠``,
  ``๑๔/๓/๒๕๓๓`` (Thai digits, Buddhist-era year);
- ``14 марта 1990``, ``14. března 1990``, ``14 Mart 1990``, ``March 14, 1990``, ``১৪ মার্চ ১৯৯০``;
- ``ngày 14 tháng 3 năm 1990``, ``1990년 3월 14일``, ``1990年3月14日``, ``25 فروردین 1369``.

A year is 1900-2039 (Gregorian), 1300-1419 (Persian solar) or 2440-2582 (Thai Buddhist era);
every part must be in range and the three must be one day, one month and one year.
"""

from __future__ import annotations

import re

from redactor.detect.pii.months_data import MONTHS
from redactor.detect.pii.months_inflected import INFLECTED

DIGIT_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)  # fmt: skip
"""The digit zero of each run of non-ASCII decimal digits (Unicode category ``Nd``; every run is
ten code points, zero to nine). Written out: finding them among all 1.1 M code points cost ~0.08 s
of every process's start-up. `tests/test_speed_dates_local.py` checks the list against the
running Python's `unicodedata`."""

_DIGITS = str.maketrans({chr(zero + d): str(d) for zero in DIGIT_ZEROS for d in range(10)})
"""Every non-ASCII decimal digit -> its ASCII digit (one character for one: offsets are kept)."""

_TOKEN = re.compile(r"[0-9]+|[^\s0-9/.,:;()\[\]{}<>\"'`|=\-\u2010-\u2015_*#]+\.?|\.")
"""A number, a word (with its final dot: ``марта``, ``Jan.``, ``г.``) or a lone dot."""

_FILLER_WORDS = (
    "de del of the , tháng năm ngày 年 月 日 년 월 일 г г. р р. року года рік жыл ж. yil yılı ano año"
    " tahun bulan tanggal ng ang la le el il da den der am au ב ב- في سنة سال ماه روز"
)
_FILLERS = frozenset(_FILLER_WORDS.split())
"""Short words that may stand between the parts of a date (articles, "day/month/year" words)."""

_SUFFIXES = frozenset(("日", "일", "号", "г", "г.", "р.", "року", "года", "рік", "ж.", "yılı"))
"""A word after the year (or day) that belongs to the date phrase: ``1990年3月14日``, ``1990 г.``."""

_LEADS = frozenset(("ngày", "วันที่"))
"""A word before the day that belongs to the date phrase (Vietnamese, Thai "day")."""

_WINDOW = 48
"""How far after the birth word a date may start (characters), as in `dates`."""


def _year(n: int, width: int) -> bool:
    return width == 4 and (1900 <= n <= 2039 or 1300 <= n <= 1419 or 2440 <= n <= 2582)


def _whole(parts: list[tuple[str, int]]) -> bool:
    """Are the three parts a day, a month and a year (kinds ``n2``/``n4`` numbers, ``m`` month)?"""
    years = [i for i, (k, v) in enumerate(parts) if k == "n4" and _year(v, 4)]
    if len(years) != 1 or years[0] == 1:
        return False
    rest = [p for i, p in enumerate(parts) if i != years[0]]
    if any(k == "n4" for k, _ in rest):
        return False
    named = [v for k, v in rest if k == "m"]
    nums = [v for k, v in rest if k == "n2"]
    if len(named) == 1:
        return len(nums) == 1 and 1 <= nums[0] <= 31
    if len(named) > 1:
        return False
    a, b = nums
    if years[0] == 0:  # year first: y-m-d
        return 1 <= a <= 12 and 1 <= b <= 31
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


def read_date(text: str, start: int) -> tuple[int, int] | None:
    """The first date phrase starting within `_WINDOW` characters after `start`, on its line.

    Args:
        text: the text.
        start: where to start reading (the end of a birth word).

    Returns:
        ``(start, end)`` of the date phrase in `text`, or None.
    """
    piece = text[start : start + _WINDOW + 40]
    cut = piece.find("\n")
    if cut >= 0:
        piece = piece[:cut]
    flat = ascii_digits(piece)
    tokens = [(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(flat)]
    for i, (s0, _, _) in enumerate(tokens):
        if s0 - start > _WINDOW:
            break
        span = _phrase(tokens, i, flat, start)
        if span is not None:
            return span
    return None


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script written as its ASCII digit (same length)."""
    return text if text.isascii() else text.translate(_DIGITS)


def _month(words: str) -> tuple[str, int] | None:
    key = " ".join(words.split()).casefold()
    months = MONTHS.get(key) or MONTHS.get(key.rstrip(".")) or INFLECTED.get(key)
    return ("m", months[0]) if months else None


def _part(tokens: list[tuple[int, int, str]], j: int, flat: str, base: int) -> tuple[tuple[str, int], int] | None:
    """The date part starting at token `j` and how many tokens it takes (month names of up to
    five words: ``от ыйын``, ``ก.พ.``, ``an t-iuchar``)."""
    word = tokens[j][2]
    if word.isdigit():
        if len(word) == 4:
            return ("n4", int(word)), 1
        if len(word) <= 2:
            return ("n2", int(word)), 1
        return None
    for k in range(min(5, len(tokens) - j), 0, -1):
        if k > 1 and tokens[j + k - 1][2].isdigit():
            continue
        part = _month(flat[tokens[j][0] - base : tokens[j + k - 1][1] - base])
        if part is not None:
            return part, k
    return None


def _phrase(tokens: list[tuple[int, int, str]], i: int, flat: str, base: int) -> tuple[int, int] | None:
    got = _part(tokens, i, flat, base)
    if got is None:
        return None
    parts = [got[0]]
    end = tokens[i + got[1] - 1][1]
    j = i + got[1]
    gap = 0
    while j < len(tokens) and len(parts) < 3:
        word = tokens[j][2]
        got = _part(tokens, j, flat, base)
        if got is not None:
            parts.append(got[0])
            j += got[1]
            end = tokens[j - 1][1]
            gap = 0
            continue
        if word == "." or word.casefold() in _FILLERS:
            gap += word != "."
            if gap > 1:
                return None
        else:
            return None
        j += 1
    if len(parts) != 3 or not _whole(parts):
        return None
    if j < len(tokens) and tokens[j][2].casefold() in _SUFFIXES and tokens[j][0] - end <= 1:
        end = tokens[j][1]
    begin = tokens[i][0]
    if i > 0 and tokens[i - 1][2].casefold() in _LEADS and begin - tokens[i - 1][1] <= 1:
        begin = tokens[i - 1][0]
    return begin, end
