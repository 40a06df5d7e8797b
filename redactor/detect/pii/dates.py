"""Dates of birth: a calendar date right after a birth word.

A date alone is not personal data (release dates, log timestamps, version dates), so only dates
introduced by ``born``, ``birth``, ``DOB``, ``birthday``... within a short window are reported.
Structured fields (``birth_date`` columns, ``"dob": ...`` keys) are handled in `structured`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector, window_before

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE_RE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\.?,?\s+(?:19|20)\d{2}"
    r"|" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})"
)
"""Regex source for a calendar date (numeric or with an English month name)."""

_DATE = re.compile(r"(?<![\w/.-])(" + DATE_RE + r")(?![\w]|[/.-]\d)", re.IGNORECASE)
_BIRTH_WORDS = ("born", "birth", "dob", "d.o.b", "b-day", "bday", "geboren", "né le", "née le")


def plausible_date(value: str) -> bool:
    nums = [int(x) for x in re.findall(r"\d+", value)]
    if len(nums) == 3 and re.fullmatch(r"[\d/.-]+", value):
        a, b, c = nums
        if a > 31:  # y-m-d
            return 1 <= b <= 12 and 1 <= c <= 31
        return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)
    return True


class DateOfBirthDetector(ViewDetector):
    """Dates of birth introduced by a birth word (``pii.date_of_birth``)."""

    name = "pii.date_of_birth"
    entities: tuple[str, ...] = ("DATE_OF_BIRTH",)
    prefilter: tuple[str, ...] = ("born", "birth", "dob", "d.o.b", "bday", "b-day", "geboren", "né")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _DATE.finditer(text):
            if not plausible_date(m.group(1)):
                continue
            if any(w in window_before(text, m.start(), 48) for w in _BIRTH_WORDS):
                yield ("DATE_OF_BIRTH", m.start(1), m.end(1), 0.85)
