"""Passengers in airline reservation records (PNR) and their travel-document lines.

Global distribution systems (Amadeus, Sabre, Galileo) print a booking as numbered elements; a
passenger is written ``SURNAME/GIVEN NAMES TITLE`` in upper case (``1.ARANGUREN/ITZIAR MS``,
``1.1DE LA CRUZ/MARIA JOSE MRS``), and the secure-flight line carries the passport data as slash
fields (``SSR DOCS IB HK1 P/ESP/X44124980/ESP/04MAR88/F/12DEC31/ARANGUREN/ITZIAR``: document
type, issuing country, number, nationality, date of birth, gender, expiry, surname, given names).

The title after a name element (IATA's ``MR MRS MS MISS MSTR DR CHD INF``) is what makes an
upper-case ``WORD/WORD`` a passenger rather than a path or a ratio; the ``DOCS`` line is read by
the shape of its fields (three-letter country codes, ``DDMMMYY`` dates, a gender letter).
The finding is ``SURNAME/GIVEN`` (without the title), and the ``DDMMMYY`` birth date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.given_names import GIVEN_NAMES, SURNAMES
from redactor.detect.pii.lexicon import is_english

__all__ = ["PnrDetector"]

_WORD = r"[A-Z](?:[A-Z']|-(?=[A-Z])){0,29}"
_NAME = _WORD + r"(?: " + _WORD + r"){0,3}"
_TITLES = "MR|MRS|MS|MISS|MSTR|MSTER|DR|PROF|CHD|INF|MX"
_ELEMENT = re.compile(r"(?<![A-Za-z/])(?P<name>" + _NAME + r"/" + _NAME + r")[ ]?(?:" + _TITLES + r")(?![A-Za-z0-9])")
"""A passenger name element: ``SURNAME/GIVEN`` and an IATA title."""
_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_DDMMMYY = r"(?:0[1-9]|[12]\d|3[01])(?:" + _MONTHS + r")\d{2}"
_DOCS = re.compile(
    r"\bDOCS\b[^\n/]{0,24}?/?\b[A-Z]{1,2}/[A-Z]{3}/[A-Z0-9]{1,20}/[A-Z]{3}/(?P<dob>" + _DDMMMYY + r")"
    r"/(?:[MFUX]I?)/(?:" + _DDMMMYY + r")?/(?P<name>" + _NAME + r"/" + _NAME + r")(?:/" + _NAME + r")?(?![A-Za-z0-9])"
)
"""An ``SSR DOCS`` travel-document line: its birth date and passenger name."""
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}"
    + "(?:"
    + _MONTHS
    + r")(?:\d{2}|\d{4}))"
)
_ROW = re.compile(
    r"(?m)(?:^|(?<=\": \"))[ \t]*(?:\d{1,4}[.)]?[ \t]+|\d{1,2}\.\d{0,2}[ \t]*)?(?P<name>" + _NAME + r"/" + _NAME + r")"
    r"(?=[ \t]{1,40}(?:" + _DATE + r"|\d{1,3}[A-K])(?![A-Za-z0-9]))"
)
"""A passenger row of a manifest or check-in list without a title: ``001 KOBAYASHI/XIMENA  27/02/1958
12A`` (at the start of a line, a sequence number allowed, then a date of birth or a seat)."""
_MANIFEST_CUE = re.compile(r"(?i)\b(?:pax|passengers?|manifest|seat|dob|boarding|traveller|traveler|guest|name)\b")
"""A word of a passenger list somewhere in the text: rows are only read in such a text."""
_VOWEL = re.compile(r"[AEIOUY]")
"""A name has a vowel; an acronym pair (``TCP/IP``, ``CPU/GPU``) often has none on one side."""
_GATE = re.compile(r"[A-Z]{2}/[A-Z]{2}")
"""What every finding holds (the end of a surname, the slash, a given name): a text without it is
not scanned."""


def _passenger(name: str) -> bool:
    """Both halves of ``SURNAME/GIVEN`` read as names: each has a vowel, and the pair is not two
    English words of which neither is a known name (``READ/WRITE``, ``INPUT/OUTPUT``)."""
    parts = name.split("/")
    if not all(_VOWEL.search(part) and len(part) >= 2 for part in parts):
        return False
    tokens = [t.lower() for part in parts for t in part.split()]
    if any(t in GIVEN_NAMES or t in SURNAMES for t in tokens):
        return True
    return not all(is_english(t) for t in tokens)


class PnrDetector(ViewDetector):
    """Passenger names and ``SSR DOCS`` birth dates of reservation records (``pii.pnr``)."""

    name = "pii.pnr"
    entities: tuple[str, ...] = ("PERSON", "DATE_OF_BIRTH")
    prefilter = ("/",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "/" not in text or _GATE.search(text) is None:
            return
        for m in _ELEMENT.finditer(text):
            if all(_VOWEL.search(part) for part in m.group("name").split("/")):
                yield ("PERSON", m.start("name"), m.end("name"), 0.85)
        if _MANIFEST_CUE.search(text) is not None:
            for m in _ROW.finditer(text):
                if _passenger(m.group("name")):
                    yield ("PERSON", m.start("name"), m.end("name"), 0.8)
        if "DOCS" in text:
            for m in _DOCS.finditer(text):
                yield ("DATE_OF_BIRTH", m.start("dob"), m.end("dob"), 0.85)
                yield ("PERSON", m.start("name"), m.end("name"), 0.85)
