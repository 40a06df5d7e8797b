"""Dates of birth in a person's record row with no birth word (``pii.dob_row``, session 12).

A record written as one row (an SQL ``VALUES`` tuple, a constructor or fixture call, a CSV,
semicolon or pipe line without a header) holds a person's name, their contact data and, often, one
date: the date of birth. No birth word stands there, so `dates` and `dob_cues` (which read cues, and
header cells) miss it:

- ``INSERT INTO employees VALUES (1, 'Maria Petrova', 'maria.p@abv.bg', '1984-03-11');``
- ``new Customer("Jonas Weber", "j.weber@web.de", LocalDate.parse("1979-06-02"))``
- ``Kiss-Tóth Anna;1991.08.23;HU42...;anna.kiss@freemail.hu``
- a roster line, a name and the date in brackets right after it: ``- 박지훈 (2013.05.17)``,
  ``* Lukas Brenner (12.04.2011), U12``.

A row counts when it holds a whole name field (two to five name words, particles such as ``van der``
in lower case, or a CJK name with a family name) and a contact field (an e-mail, a phone number, an
IBAN), and exactly one full date whose year is a plausible birth year (1920-2016: a record's other
dates, orders, logins, hirings, are mostly recent). It does not count when the row's line names
another event (``created``, ``hired``, ``order``...), when a header line or an SQL column list names
the columns (`dob_cues` reads the birth column of a table with a header; another column's date is
not a birth date), when a time of day follows the date, or when the row is a stand-in (``John Doe``,
``test@example.com``).

Gate: a four-digit year ``19xx``/``20xx`` and a date separator in the text; the row checks run only
at the dates found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii._vocab import NAME_PARTICLES
from redactor.detect.pii.dob_gap import fold
from redactor.detect.pii.dob_vocab import NOT_BIRTH
from redactor.detect.pii.example_contacts import placeholder_email
from redactor.detect.pii.field_vocab import CJK_FAMILY_NAMES
from redactor.detect.pii.names import is_person_name

MIN_YEAR, MAX_YEAR = 1920, 2016
"""Birth years read without a cue: a person of 10 to 106 in the mid-2020s."""

_DATE = re.compile(
    r"(?<![\w.:/+-])"
    r"(?:(?P<y1>(?:19|20)\d\d)(?P<s1>[-./])(?P<m1>\d\d?)(?P=s1)(?P<d1>\d\d?)"
    r"|(?P<d2>\d\d?)(?P<s2>[-./])(?P<m2>\d\d?)(?P=s2)(?P<y2>(?:19|20)\d\d))"
    r"(?![\w:+]|[-./]\d)"
)
"""A full numeric date with a four-digit year, year first or last."""
_GATE = re.compile(r"(?:19|20)\d\d[-./]\d|\d[-./](?:19|20)\d\d")

_TIME_AFTER = re.compile(r"(?:T|[ \t]+)\d\d?:\d\d")
_FIELD_SEP = re.compile(r"[;|\t]|,(?=[ \t]*(?:['\"(]|[\w+]))")
_CALL = re.compile(r"^(?:new[ \t]+)?[\w.]*\(")
"""An opening call or constructor in a field: ``new Customer(``, ``LocalDate.parse(``, ``VALUES (``."""
_STRIP = " \t\"'`()[]{}"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ()./-]{6,18}\d")
_IBAN = re.compile(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7af]{2,4}")
_HAN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}")
_ROSTER = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022+][ \t]+|\d{1,3}[.)][ \t]+)?(?P<name>[^\W\d_][^\n()\d,;:]{1,40}?)[ \t]*\($"
)
"""A roster line up to the bracket before the date: a list marker, a name, `` (``."""
_NOT_EVENT = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        re.escape(w)
        for w in (
            *NOT_BIRTH,
            "order", "paid", "payment", "booking", "booked", "visit", "appointment", "hire", "join",
            "start", "end", "expir", "deadline", "delivery", "deliver", "login", "last_", "timestamp",
            "date_of_", "anniversary", "wedding", "enrol", "registered", "admitted", "discharg",
        )
    )
    + r")"
)  # fmt: skip
"""Words of another event on the row's line: its date is that event's."""
_STAND_IN = frozenset(
    {"john doe", "jane doe", "john smith", "jane smith", "test user", "max mustermann", "erika mustermann",
     "joe bloggs", "fred bloggs", "richard roe", "foo bar", "user one", "user two", "mario rossi"}
)  # fmt: skip
"""Full names of fixtures and documentation: nobody's record."""


def birth_year_date(m: re.Match[str]) -> bool:
    """The date `m` (of `_DATE`) is a real calendar day in a plausible birth year."""
    if m.group("y1"):
        y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        readings = [(mo, d)]
    else:
        y, a, b = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        readings = [(a, b), (b, a)]  # day-month or month-day (US)
    if not MIN_YEAR <= y <= MAX_YEAR:
        return False
    return any(1 <= mo <= 12 and 1 <= d <= 31 for mo, d in readings)


def _name_field(field: str) -> bool:
    v = " ".join(field.split())
    if not v or v.casefold() in _STAND_IN:
        return False
    if _HANGUL_NAME.fullmatch(v) or _HAN_NAME.fullmatch(v):
        return any(v[:k] in CJK_FAMILY_NAMES for k in (1, 2))
    tokens = v.split(" ")
    if not 2 <= len(tokens) <= 5 or not tokens[0][:1].isupper():
        return False
    if any(not t[:1].isupper() and t.casefold() not in NAME_PARTICLES for t in tokens):
        return False
    return is_person_name(v, min_tokens=2)


def _contact_field(field: str) -> bool | None:
    """True: an e-mail, phone or IBAN; None: a stand-in e-mail (the row is a fixture); False: other."""
    head = field.split(maxsplit=1)[0] if field.strip() else field
    e = _EMAIL.fullmatch(head)
    if e is not None:
        field = head
        return (
            None if placeholder_email(field) or field.lower().endswith(("example.com", ".test", ".invalid")) else True
        )
    if _DATE.fullmatch(field) is not None:
        return False
    return _PHONE.fullmatch(field) is not None or _IBAN.fullmatch(field.replace(" ", "")) is not None


def _fields(line: str) -> list[str]:
    out = []
    for raw in _FIELD_SEP.split(line):
        f = raw.strip(_STRIP + ";")
        while True:
            m = _CALL.match(f)
            if m is None:
                break
            f = f[m.end() :].strip(_STRIP)
        out.append(f.strip(_STRIP + ";"))
    return out


def _headed(text: str, line_a: int, line: str) -> bool:
    """The row has a header: an SQL column list, or a line above with as many fields, no digit and
    no ``@`` (a CSV or table header)."""
    if re.search(r"(?i)\binsert\s+into\s+[\w.`\"\[\]]+\s*\(", line):
        return True
    n = len(_FIELD_SEP.findall(line))
    if n == 0:
        return False
    above = text[max(0, line_a - 2000) : line_a].split("\n")
    for prev in reversed(above[-20:]):
        if not prev.strip():
            continue
        if len(_FIELD_SEP.findall(prev)) == n and not re.search(r"[\d@]", prev):
            return True
    return False


class DobRowDetector(ScanDetector):
    """Dates of birth in a person's record row with no birth word (``pii.dob_row``)."""

    name = "pii.dob_row"
    entity = "DATE_OF_BIRTH"
    gate = _GATE
    gate_speedup = True

    def find(self, text: str) -> Iterator[Hit]:
        for m in _DATE.finditer(text):
            if not birth_year_date(m) or _TIME_AFTER.match(text, m.end()):
                continue
            a = text.rfind("\n", 0, m.start()) + 1
            b = text.find("\n", m.end())
            b = len(text) if b < 0 else b
            if b - a > 600:
                continue
            if self._roster(text, a, m) or self._row(text, a, text[a:b], m):
                yield (m.start(), m.end(), 0.75)

    @staticmethod
    def _roster(text: str, a: int, m: re.Match[str]) -> bool:
        """``- Name (date)`` at the start of a line, the bracket closed right after the date."""
        if not text.startswith(")", m.end()):
            return False
        r = _ROSTER.search(text[a : m.start()])
        return r is not None and _name_field(r.group("name")) and not _NOT_EVENT.search(fold(r.group()))

    @staticmethod
    def _row(text: str, a: int, line: str, m: re.Match[str]) -> bool:
        pos = m.start() - a
        lo, hi = _group(line, pos)
        before = " ".join(line[:lo].split()[-3:])
        if _NOT_EVENT.search(fold(before + " " + line[lo:hi])):
            return False  # INSERT INTO orders VALUES (...), hired;2011-05-02
        fields = _fields(line[lo:hi])
        if len(fields) < 3 or m.group() not in fields:
            return False
        dates = [f for f in fields if (d := _DATE.fullmatch(f)) is not None and birth_year_date(d)]
        if len(dates) != 1:
            return False
        contacts = [_contact_field(f) for f in fields]
        if None in contacts or not any(contacts):
            return False
        if not any(_name_field(f) or _name_field(f.rsplit(": ", 1)[-1]) for f in fields):
            return False
        return not _headed(text, a, line)


def _group(line: str, pos: int) -> tuple[int, int]:
    """The bounds of the outermost bracket group of `line` around `pos` (a tuple, a call's
    arguments), or of the whole line."""
    depth = 0
    opens: list[int] = []
    start = -1
    for i, c in enumerate(line):
        if c == "(":
            opens.append(i)
        elif c == ")" and opens:
            j = opens.pop()
            if not opens and j < pos < i:
                return j + 1, i
        depth = len(opens)
        if i == pos and depth:
            start = opens[0]
    if start >= 0:
        return start + 1, len(line)
    return 0, len(line)
