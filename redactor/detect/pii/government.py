"""US social security numbers and US driver's licence numbers.

SSN: ``ddd-dd-dddd`` (or with spaces, or bare nine digits next to an SSN word) whose area, group
and serial are assignable: area not 000, 666 or 9xx, group not 00, serial not 0000, and not one
of the numbers printed in examples (``123-45-6789``, ``078-05-1120``).

Driver's licence numbers have no common shape across states, so they are only taken right after
a licence phrase (``driver's license number is ...``, ``DL#``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector, window_before
from redactor.detect.pii._gates import Gates

_SSN = re.compile(r"(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w]|-\d)")
_SSN_GATE = Gates({"ssn": r"\d{3}[- ]?\d{2}[- ]?\d{4}"})
"""Nine digits in 3-2-4 groups: a piece of every `_SSN` match (its separators need not agree)."""
_SSN_WORDS = ("ssn", "social security", "social-security", "ss#", "ss #", "ss no", "tax id", "tin")
_EXAMPLE_SSNS = frozenset({"123456789", "078051120", "219099999", "457555462"})


def ssn_valid(area: str, group: str, serial: str) -> bool:
    if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
        return False
    digits = area + group + serial
    return digits not in _EXAMPLE_SSNS and len(set(digits)) > 2


class SsnDetector(ViewDetector):
    """US social security numbers (``pii.us_ssn``)."""

    name = "pii.us_ssn"
    entities: tuple[str, ...] = ("US_SSN",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "ssn" not in _SSN_GATE.passed(text, self.gated):
            return
        for m in _SSN.finditer(text):
            area, sep, group, serial = m.groups()
            if not ssn_valid(area, group, serial):
                continue
            context = any(w in window_before(text, m.start(), 40) for w in _SSN_WORDS)
            if sep == "-":
                score = 0.95 if context else 0.6
                if not context and info.kind_at(m.start()) in ("code", "data", "path", "log"):
                    continue
            elif context:
                score = 0.85
            else:
                continue
            yield ("US_SSN", m.start(), m.end(), score)


_LICENCE = with_first_chars(
    re.compile(
        r"(?:driver'?s?|driving|drivers)[ _-]?(?:licen[cs]e|lic\.)"
        r"(?:[ _]?(?:number|no\.?|num|#|id))?[\"']?(?:\s+(?:is|was|:))?[:=#\s]*[\"']?"
        r"|\bDL[ ]?(?:#|no\.?|number)[:\s]*"
        r"|(?-i:\bDL)[ ]?(?:\([^()\n]{1,24}\)[ ]?)?:[ \t]*"  # ``California DL (old): Y5353487``; upper-case only
        r"|\blicen[cs]e (?:number|no\.?|#)(?:\s+is)?[:\s]*",
        re.IGNORECASE,
    )
)
_LICENCE_VALUE = re.compile(r"([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,19})(?![\w-])", re.IGNORECASE)
_LICENCE_OBJECT = re.compile(
    r"[ \t]*\{[^{}]{0,160}?[\"']?(?:number|no|num|id|license_number|licence_number)[\"']?[ \t]*[:=][ \t]*[\"']?"
)
"""A licence written as an object: ``"drivers_license": {"state": "CA", "number": "D7282077"}``."""
_BARE_KEY = with_first_chars(
    re.compile(r"(?i)(?<![\w.-])[\"']?(?:licen[cs]e|lic)(?:[_ ]?(?:no|num|number|id))?[\"']?[ \t]*[:=][ \t]*[\"']?")
)
"""A bare ``license`` key of a form or record (``license=W255-4410-9921``, ``License: D4127781 (CA)``)."""
_US_DL_SHAPE = re.compile(
    r"(?:[A-Z]{1,2}\d{5,14}|[A-Z]\d{2,4}(?:-\d{2,4}){2,4}|\d{7,12}|\d{3}[ -]\d{3}[ -]\d{3,4})(?![\w-])"
)
"""What US states issue: a letter or two and digits (``D4127781``, ``W255-4410-9921``), or 7-12 digits;
a software licence (``MIT``, ``Apache-2.0``) or a product key (``ABCD-EF12-...``) has another shape."""
_PERSON_RECORD = re.compile(r"(?i)\b(?:dob|date of birth|birth ?date|born|ssn|driver|renter|holder)\b")
"""A personal field near a bare ``license`` key: the record is a person's (a form dump, a rental)."""


class DriverLicenceDetector(ViewDetector):
    """US driver's licence numbers after a licence phrase (``pii.us_driver_license``)."""

    name = "pii.us_driver_license"
    entities: tuple[str, ...] = ("US_DRIVER_LICENSE",)
    prefilter: tuple[str, ...] = ("lic", "dl")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _LICENCE.finditer(text):
            pos = m.end()
            if (o := _LICENCE_OBJECT.match(text, pos)) is not None:
                pos = o.end()
            v = _LICENCE_VALUE.match(text, pos)
            if v is None:
                continue
            value = v.group(1)
            if sum(c.isdigit() for c in value) < 4:
                continue
            yield ("US_DRIVER_LICENSE", v.start(1), v.end(1), 0.85)
        for m in _BARE_KEY.finditer(text):
            v = _US_DL_SHAPE.match(text, m.end())
            if v is None or _PERSON_RECORD.search(text, max(0, m.start() - 300), v.end() + 300) is None:
                continue
            yield ("US_DRIVER_LICENSE", v.start(), v.end(), 0.8)
