"""People known by their place in a line of a record (``pii.row_names``).

Some records say who a person is only by where the name stands, with no label in front of it:

- a hand-over: the person handing over, an arrow, the person taking over, on a line about a
  shift, an on-call rotation or a reassignment (``on-call: Rizky Pratama → Sari Handayani``,
  ``Übergabe Nachtschicht: Julia Brenner -> Jonas Weber``);
- a mobile-money or bank statement line: a name in capitals right before the counterparty's
  phone number (M-PESA ``Pesa imetumwa kwa JOSEPH MWANGI KARIUKI 0722 318 094``, MTN MoMo, GCash,
  ``Transfer to ADAEZE OKAFOR 0803 555 1234``);
- a Unix account's full name: the GECOS ``comment`` of a user record (Ansible
  ``{'name': 'ebuka', 'comment': 'Ebuka Obi', 'shell': '/bin/bash'}``, Chef, Puppet, cloud-init)
  and ``useradd -c "Ebuka Obi"``;
- Taskwarrior's ``taskd.credentials=Org/Full Name/uuid``;
- the commit name of a ``.mailmap`` line (``Proper Name <proper@mail> commit name <commit@mail>``);
- the name and birth date of a ``name, date, address`` row (a deduplication report, a KYC list:
  ``- Sione Tupou, 1971-05-09, 12 Kauri St, Otahuhu``);
- the cells of a table's name-part columns (``first_name,last_name`` then ``Kwabena,Asante``:
  `redactor.detect.pii.name_columns`).

Each name is checked as a name (`names.clean_name`, or `field_labels.name_value` for scripts
without capitals); a name in capitals must read as one in title case and must hold a known given
or family name or no English word at all (not ``CUSTOMER CARE 0800 ...``).
Every rule is gated by a literal or an RE2 pattern, so a text without a candidate costs a scan.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import Gates
from redactor.detect.pii.contact import plausible_phone
from redactor.detect.pii.field_labels import name_value
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, SURNAMES
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.name_columns import name_column_findings
from redactor.detect.pii.names import NAME_RE, clean_name

__all__ = ["RowNameDetector"]

_ARROW = r"(?:\u2192|->|=>|\u21d2|\u2794|\u279c|\u27f6)"
_ARROW_AT = re.compile(_ARROW)
_HANDOVER = re.compile(r"(?P<a>" + NAME_RE + r")[ \t]*" + _ARROW + r"[ \t]*(?P<b>" + NAME_RE + r")")
"""Two names either side of an arrow."""
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.(?:[ \t]|$)")
"""The full stop after a word of two letters or more: the sentence, and the name, end there."""
_HANDOVER_CUE = re.compile(
    r"(?i)hand[- ]?(?:over|off)|on[- ]?call|\bshift\b|rota(?:tion)?\b|reassign|\bescalat|\bowner(?:ship)?\b"
    r"|\bassignee|\bbackup|\bcover(?:s|ing)?\b|übergabe|schicht|bereitschaft|serah terima|\bpiket\b|\bshift\b"
    r"|passation|\bastreinte|\brelevo\b|\bguardia\b|\btraspaso\b|passaggio di consegne|\breperibilit"
    r"|overdracht|\bdienst\b|vuoronvaihto|\bvakt\b|nöbet|devir|\bdyżur|przekazanie|\bsměna|\bdežur"
    r"|交接|引き継ぎ|值班|当番|인수인계|당직|chuyển giao|bàn giao|\btrực\b"
)
"""Words of a hand-over, a duty rota or a reassignment (English, German, Indonesian, French,
Spanish, Italian, Dutch, Finnish, Nordic, Turkish, Polish, Czech, Croatian, CJK, Vietnamese)."""

_CAPS = r"[A-Z\u00c0-\u00d6\u00d8-\u00de](?:[A-Z\u00c0-\u00d6\u00d8-\u00de]|['\u2019-](?=[A-Z]))+"
_CAPS_BEFORE_PHONE = re.compile(
    r"(?<![\w'-])(?P<name>" + _CAPS + r"(?:[ ]" + _CAPS + r"){1,3})[ \t]+(?:\(|tel\.?[ \t]*)?"
    r"(?P<phone>\+?\d[\d \t().-]{6,18}\d)(?![\d\w])"
)
"""A name in capitals right before a phone number (statement lines)."""

_GECOS_KEY = re.compile(
    r"(?<![\w-])(?:comment|gecos)[\"']?[ \t]*(?::|=>|=)[ \t]*(?P<vq>[\"'])(?P<val>[^\"'\n\\]{2,80})(?P=vq)"
)
"""The full-name field of a user account record (``'comment': 'Ebuka Obi'``, ``gecos => "..."``)."""
_ACCOUNT_KEY = re.compile(
    r"(?i)[\"']?\b(?:shell|uid|gid|home|groups|createhome|create_home|password|login)\b[\"']?[ \t]*(?::|=>|=)"
)
"""Another key of the same user account (within the record around the comment)."""
_USERADD = re.compile(
    r"\b(?:useradd|adduser|usermod)\b[^\n|;&]{0,200}?(?:-c|--comment|--gecos)[ =]+"
    r"(?P<q>[\"'])(?P<val>[^\"'\n]{2,80})(?P=q)"
)
"""``useradd -m -c "Ebuka Obi" ebuka``: the account's full name."""

_TASKD = re.compile(r"taskd\.credentials[ \t]*=[ \t]*[^/\n]{1,80}/(?P<val>[^/\n]{2,80})/[0-9a-fA-F-]{36}\b")
"""Taskwarrior's sync credentials: organisation, user (a person's name), key."""

_MAILMAP_LINE = re.compile(
    r"(?m)^[ \t]*[^<>\n]{0,80}<[^<>\n@\s]+@[^<>\n\s]+>[ \t]+(?P<val>[^<>\n#]{1,60}?)"
    r"[ \t]+<[^<>\n@\s]+@[^<>\n\s]+>[ \t]*$"
)
"""A ``.mailmap`` line that maps a commit name and e-mail to a proper name and e-mail."""

_ROW_DATE = re.compile(
    r"(?P<sep>[,|;\t])[ \t]*(?P<date>\d{1,2}([/.-])\d{1,2}\3(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
    r"[ \t]*(?P=sep)[ \t]*(?P<next>[^\n]{2,60})"
)
_NAME_BEFORE = re.compile(r"(?P<name>" + NAME_RE + r")[ \t]*\Z")
"""A record row ``name, date, address...``: a name cell, a date cell, then a cell with an address or a
phone (``- Sione Tupou, 1971-05-09, 12 Kauri St, Otahuhu``); the date of a person in their own row."""
_BIRTH_YEARS = range(1900, 2009)
"""Birth years of adults in records written from 2026 on (a fixed bound, not the clock): a row's
recent date (a booking, a payment, an appointment) is no birth date."""
_ADDRESS_OR_PHONE = re.compile(r"(?=[^\n]*[^\W\d_]{2})(?=[^\n]*\d)|\+?\d[\d \t().-]{6,}\d")
"""After the date, a word and a number (a street and its house number, in either order, up to the
line's end: ``60, avenue de Texier``) or a phone."""


def _loose(pattern: str) -> str:
    """An RE2 gate source for the case-insensitive word alternation `pattern`: ``\\b`` dropped, and
    the letters whose case partner is ASCII (dotless and dotted I, long s, the Kelvin sign) made
    wildcards, so that on ASCII text the gate holds wherever Python's case folding could match;
    `Gates` widens the other letters beyond ASCII for texts that have them."""
    body = pattern.removeprefix("(?i)").replace("\\b", "")
    return "(?i:" + re.sub("[\u0130\u0131\u017f\u212a]", ".", body) + ")"


_CUE_FIND = re2.compile(_loose(_HANDOVER_CUE.pattern))
"""The hand-over words as one RE2 pattern (a linear pass, once per text with an arrow)."""

_GATES = Gates(
    {
        "handover": r"(?:->|=>|\x{2192}|\x{21d2}|\x{2794}|\x{279c}|\x{27f6})",
        "handover_cue": _loose(_HANDOVER_CUE.pattern),
        "caps_phone": r"[A-Z\x{c0}-\x{d6}\x{d8}-\x{de}][A-Z\x{c0}-\x{d6}\x{d8}-\x{de}'\x{2019}-]+"
        r" [A-Z\x{c0}-\x{d6}\x{d8}-\x{de}][A-Z\x{c0}-\x{d6}\x{d8}-\x{de}'\x{2019}-]+[ \t]+\(?\+?\d",
        "gecos": r"(?:comment|gecos|useradd|adduser|usermod)",
        "taskd": r"taskd\.credentials",
        "mailmap": r"(?i:mailmap)",
        "row_dob": r"[A-Za-z.][ \t]*[,|;\t][ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)",
    }
)
"""What each rule needs: an arrow; two upper-case words before a digit; a comment or gecos key;
the taskd key; a name between two mailboxes."""


def _calendar_date(value: str) -> bool:
    """`value` (``YYYY-MM-DD``, or day, month and year: either order of the first two) is a day of
    the calendar (``1985-02-30`` is not)."""
    nums = [int(x) for x in re.findall(r"\d+", value)]
    if value[:4].isdigit():
        orders = [(nums[0], nums[1], nums[2])]
    else:
        orders = [(nums[2], nums[1], nums[0]), (nums[2], nums[0], nums[1])]
    for y, mo, d in orders:
        try:
            datetime.date(y, mo, d)
        except ValueError:
            continue
        return True
    return False


def _cased_name(value: str, min_tokens: int = 2) -> bool:
    """The whole of `value` is a name of at least `min_tokens` words (any script)."""
    v = value.strip()
    r = clean_name(v, min_tokens=min_tokens)
    if r is not None and r == (0, len(v)):
        return True
    return not any(c.isupper() or c.islower() for c in v if c.isascii()) and name_value(v, weak=False) == len(v)


def _capitals_name(value: str) -> bool:
    """`value`, written in capitals, reads as a name in title case, and holds a known given or family
    name, or no English word at all (``JOHN SMITH``, ``MWANGI KARIUKI``; not ``CALL CENTRE``, ``VAT REG``)."""
    r = clean_name(value.title(), min_tokens=2)
    if r is None or r != (0, len(value)):
        return False
    words = [w.lower() for w in value.split()]
    if any(w in GIVEN_NAMES or w in SURNAMES or w in BROAD_GIVEN_NAMES for w in words):
        return True
    return not any(is_english(w) for w in words)


class RowNameDetector(ViewDetector):
    """Names known by their place in a record line (``pii.row_names``)."""

    name = "pii.row_names"
    entities: tuple[str, ...] = ("PERSON", "DATE_OF_BIRTH")
    prefilter: tuple[str, ...] = ()
    """None: a statement line has no literal; the RE2 gates (`_GATES`) decide every rule in one pass."""

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        passed = _GATES.passed(text, self.gated)
        if "row_dob" in passed:
            yield from self._row_dates(text)
        if "handover" in passed and "handover_cue" in passed:
            yield from self._handovers(text)
        if "caps_phone" in passed:
            for m in _CAPS_BEFORE_PHONE.finditer(text):
                if plausible_phone(m.group("phone")) and _capitals_name(m.group("name")):
                    yield ("PERSON", m.start("name"), m.end("name"), 0.8)
        if "gecos" in passed:
            for m in _GECOS_KEY.finditer(text):
                around = text[max(0, m.start() - 200) : m.end() + 200]
                if _ACCOUNT_KEY.search(around) is not None and _cased_name(m.group("val")):
                    yield ("PERSON", m.start("val"), m.end("val"), 0.85)
            for m in _USERADD.finditer(text):
                if _cased_name(m.group("val")):
                    yield ("PERSON", m.start("val"), m.end("val"), 0.85)
        if "taskd" in passed:
            for m in _TASKD.finditer(text):
                if _cased_name(m.group("val"), 1):
                    yield ("PERSON", m.start("val"), m.end("val"), 0.85)
        yield from name_column_findings(text, gated=self.gated)
        if "mailmap" in passed:
            for m in _MAILMAP_LINE.finditer(text):
                val = m.group("val").strip()
                if re.fullmatch(r"[^\W\d_][\w.' -]{0,59}", val) and len(val.split()) <= 4:
                    yield ("PERSON", m.start("val"), m.start("val") + len(val), 0.75)

    @staticmethod
    def _row_dates(text: str) -> Iterator[Finding]:
        """The name and the birth date of ``name, date, address`` rows: a date cell between its
        separators (`_ROW_DATE`), then the name that ends right before it (`_NAME_BEFORE`)."""
        for m in _ROW_DATE.finditer(text):
            date = m.group("date")
            year = int(date[:4] if date[:4].isdigit() else date[-4:])
            if year not in _BIRTH_YEARS or not _calendar_date(date):
                continue
            if _ADDRESS_OR_PHONE.match(m.group("next")) is None:
                continue
            line = text.rfind("\n", 0, m.start()) + 1
            n = _NAME_BEFORE.search(text, max(line, m.start() - 80), m.start())
            if n is None or not _cased_name(n.group("name")):
                continue
            yield ("PERSON", n.start("name"), n.end("name"), 0.8)
            yield ("DATE_OF_BIRTH", m.start("date"), m.end("date"), 0.8)

    @staticmethod
    def _handovers(text: str) -> Iterator[Finding]:
        """Both names of an arrow hand-over on a line (or after a heading) with a hand-over word. The
        arrows are found first; a line is read for names only once, and only with a hand-over word
        on it or in the 200 characters before it (code is full of arrows and has none)."""
        done = -1
        cues: list[int] | None = None  # where hand-over words start (found once, on the first arrow)
        for arrow in _ARROW_AT.finditer(text):
            if arrow.start() < done:
                continue
            line = text.rfind("\n", 0, arrow.start()) + 1
            end = text.find("\n", arrow.end())
            end = len(text) if end < 0 else end
            done = end
            if cues is None:
                cues = [c.start() for c in _CUE_FIND.finditer(text)]
            k = bisect.bisect_left(cues, max(0, line - 200))
            if k == len(cues) or cues[k] >= end:
                continue
            for m in _HANDOVER.finditer(text, line, end):
                a, b = m.group("a"), _SENTENCE_END.split(m.group("b"), 1)[0]
                if _cased_name(a) and _cased_name(b):
                    yield ("PERSON", m.start("a"), m.end("a"), 0.8)
                    yield ("PERSON", m.start("b"), m.start("b") + len(b), 0.8)
