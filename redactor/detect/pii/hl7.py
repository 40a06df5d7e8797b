"""Patient identity in HL7 v2 messages (``pii.hl7``).

HL7 v2, the pipe-and-hat format hospitals exchange admissions, orders and results in, keeps a
patient's identity in fixed fields of the ``PID`` segment and a next of kin's in ``NK1``:

- ``PID-5`` patient name, ``PID-6`` mother's maiden name, ``NK1-2`` name (XPN: ``family^given^
  middle^suffix^prefix...``): family, given and middle names, each a PERSON span;
- ``PID-7`` date of birth (``YYYYMMDD`` with an optional time): DATE_OF_BIRTH;
- ``PID-11``, ``NK1-4`` address (XAD: ``street^other^city^state^zip^country...``): one ADDRESS
  span from the street to the postcode;
- ``PID-13``, ``PID-14``, ``NK1-5``, ``NK1-6`` phones (XTN: the number first, or in component 12):
  PHONE_NUMBER;
- ``PID-19`` the US social security number: US_SSN.

Repetitions (``~``) are read one by one. The separators are HL7's defaults (``|`` between fields,
``^`` between components, ``~`` between repetitions, ``&`` between subcomponents): an ``MSH``
segment declaring others is rare enough to leave out. A segment starts a line, or follows a
carriage return (HL7's own segment terminator). Each value must have the shape of its kind (a
name has letters and no digits, a birth date is a real calendar date, a phone has 7-15 digits),
so a ``PID`` line of another format costs nothing and finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector

__all__ = ["Hl7Detector"]

_SEGMENT = re.compile(r"(?:^|(?<=[\r\n]))(?:[ \t]*\d{1,6}\t)?(?P<seg>PID|NK1)\|(?P<body>[^\r\n]*)")
"""A ``PID`` or ``NK1`` segment to the end of its line (after the line number a file read may
carry)."""

_NAME_FIELDS = {"PID": (5, 6), "NK1": (2,)}
_ADDRESS_FIELDS = {"PID": (11,), "NK1": (4,)}
_PHONE_FIELDS = {"PID": (13, 14), "NK1": (5, 6)}
_DOB_FIELD = 7
_SSN_FIELD = 19

_NAME = re.compile(r"[^\W\d_][^\W\d_ '.\-]*(?:[ '.\-]{1,2}[^\W\d_]+)*\.?")
_PHONE = re.compile(r"\+?[\d(][\d ()./-]{5,22}\d")
_DOB = re.compile(r"(?P<y>(?:18|19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?:\d{2,6}(?:\.\d{1,4})?)?(?:[+-]\d{4})?")
_SSN = re.compile(r"\d{3}-?\d{2}-?\d{4}")
_SCORE = 0.85


def _pieces(value: str, start: int, sep: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` for each part of `value` (at `start`) split at `sep`."""
    pos = 0
    for piece in value.split(sep):
        yield start + pos, piece
        pos += len(piece) + 1


def _whole(piece: str, rx: re.Pattern[str]) -> bool:
    return rx.fullmatch(piece) is not None


class Hl7Detector(ViewDetector):
    """Names, birth dates, addresses, phones and SSNs in HL7 v2 ``PID``/``NK1`` segments (``pii.hl7``)."""

    name = "pii.hl7"
    entities: tuple[str, ...] = ("PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER", "US_SSN")
    prefilter: tuple[str, ...] = ("pid|", "nk1|")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _SEGMENT.finditer(text):
            seg = m.group("seg")
            fields = dict(enumerate(_pieces(m.group("body"), m.start("body"), "|"), start=1))
            for i in _NAME_FIELDS[seg]:
                if i in fields:
                    yield from _names(*fields[i])
            for i in _ADDRESS_FIELDS[seg]:
                if i in fields:
                    yield from _addresses(*fields[i])
            for i in _PHONE_FIELDS[seg]:
                if i in fields:
                    yield from _phones(*fields[i])
            if seg == "PID" and _DOB_FIELD in fields:
                start, value = fields[_DOB_FIELD]
                first = value.split("^", 1)[0]
                d = _DOB.fullmatch(first)
                if d is not None and _real_date(int(d["y"]), int(d["m"]), int(d["d"])):
                    yield ("DATE_OF_BIRTH", start, start + len(first), _SCORE)
            if seg == "PID" and _SSN_FIELD in fields:
                start, value = fields[_SSN_FIELD]
                if _whole(value, _SSN):
                    yield ("US_SSN", start, start + len(value), _SCORE)


def _real_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _names(start: int, value: str) -> Iterator[Finding]:
    """Family, given and middle names of each repetition of an XPN field."""
    for rstart, rep in _pieces(value, start, "~"):
        for k, (cstart, comp) in enumerate(_pieces(rep, rstart, "^")):
            if k > 2:
                break
            surname = comp.split("&", 1)[0]  # FN.1 surname before its own-surname-prefix subcomponents
            if 1 < len(surname) <= 60 and _whole(surname, _NAME):
                yield ("PERSON", cstart, cstart + len(surname), _SCORE)


def _addresses(start: int, value: str) -> Iterator[Finding]:
    """Street to postcode of each repetition of an XAD field, when the street has letters and a
    number and a city or a postcode follows."""
    for rstart, rep in _pieces(value, start, "~"):
        comps = list(_pieces(rep, rstart, "^"))[:5]
        street = comps[0][1] if comps else ""
        if not (re.search(r"[^\W\d_]", street) and re.search(r"\d", street)):
            continue
        if not any(c.strip() for _, c in comps[2:5]):
            continue
        last = max(i for i, (_, c) in enumerate(comps) if c.strip())
        end = comps[last][0] + len(comps[last][1])
        yield ("ADDRESS", comps[0][0], end, _SCORE)


def _phones(start: int, value: str) -> Iterator[Finding]:
    """The number of each repetition of an XTN field: its first component, else component 12
    (the unformatted number)."""
    for rstart, rep in _pieces(value, start, "~"):
        comps = list(_pieces(rep, rstart, "^"))
        for k in (0, 11):
            if k < len(comps):
                cstart, comp = comps[k]
                digits = sum(ch.isdigit() for ch in comp)
                if 7 <= digits <= 15 and _whole(comp, _PHONE):
                    yield ("PHONE_NUMBER", cstart, cstart + len(comp), _SCORE)
                    break
