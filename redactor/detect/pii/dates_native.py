"""Dates `dates_local.read_date` does not read as written, read through a same-length copy.

Two kinds, both common in forms and exports of their countries:

- **Year words of more languages** between or after the parts: Latvian ``1985. gada 9. februāris``
  (``gada``, "of the year"), Lithuanian ``1985 m. vasario 9 d.`` (``m.``, ``d.``), Croatian,
  Serbian and Bosnian ``9. veljače 1985. godine``, Polish ``9 lutego 1985 r.``. They are blanked
  in the copy, and a trailing one is kept in the span.
- **Years of other calendars**: Bikram Sambat (Nepal, ``२०४८/०३/१५``: years 2040-2099, 56-57
  years ahead of the Gregorian) when the date is written in Devanagari digits or next to
  Devanagari text, and the Islamic (Hijri) calendar (years 1420-1460) in Arabic-Indic digits or
  next to Arabic text. The copy carries the Gregorian year, so the day, month and year checks of
  `read_date` apply unchanged; the span is the original text's.

Every offset of the copy is the original's (each substitution keeps the length).
"""

from __future__ import annotations

import re

from redactor.detect.pii.dates_local import ascii_digits, read_date

__all__ = ["read_native_date"]

_YEAR_WORDS = re.compile(r"(?i)(?<![^\W\d_])(?:gada|m\.|d\.|godine|god\.|roku|r\.)(?![^\W\d_])")
"""Year and day words a date phrase may hold: Latvian ``gada``, Lithuanian ``m.``/``d.``,
Croatian/Serbian/Bosnian ``godine``/``god.``, Polish ``roku``/``r.``."""
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_READ = 96
"""Characters of text read after the start (what `read_date` reads: its window and a date)."""


def _gregorian(year: int, devanagari: bool, arabic: bool) -> int | None:
    if devanagari and 2040 <= year <= 2099:
        return year - 57  # Bikram Sambat: the year starts mid-April, 56 or 57 years ahead
    if arabic and 1420 <= year <= 1460:
        return round(year * 0.970229 + 621.5643)  # Hijri (lunar) year -> its Gregorian year
    return None


def read_native_date(text: str, start: int) -> tuple[int, int] | None:
    """`read_date` of `text` at `start`, or else of a same-length copy with the year words of
    more languages blanked and Bikram Sambat / Hijri years written as Gregorian years.

    Args:
        text: the text.
        start: where to start reading (the end of a birth word).

    Returns:
        ``(start, end)`` of the date phrase in `text`, or None.
    """
    span = read_date(text, start)
    if span is not None:
        return span
    raw = text[start : start + _READ]
    piece = _YEAR_WORDS.sub(lambda m: " " * len(m.group()), ascii_digits(raw))
    around = text[max(0, start - 48) : start + _READ]
    devanagari = _DEVANAGARI.search(around) is not None
    arabic = _ARABIC.search(around) is not None
    if devanagari or arabic:
        piece = _YEAR.sub(lambda m: str(_gregorian(int(m.group()), devanagari, arabic) or m.group()), piece)
    if piece == raw:
        return None
    found = read_date(piece, 0)
    if found is None:
        return None
    a, b = found
    tail = _YEAR_WORDS.match(raw, b + 1 if raw[b : b + 1] == " " else b)
    if tail is not None:
        b = tail.end()  # 1985 m. vasario 9 d., 9 lutego 1985 r.
    return start + a, start + b
