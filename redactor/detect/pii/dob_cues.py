# ruff: noqa: RUF002, RUF003  -- Cyrillic birth abbreviations in examples are the point here.
"""Dates of birth after (or before) the birth cues of many languages, in any carrier
(``pii.dob_cue``, session 10).

`dates.DateOfBirthDetector` reads dates after the birth words it lists, as written. This detector
reads the cues of `dob_vocab` on a *folded* copy of the text (`fold`: lower case, accents dropped,
same length), so one cue covers a form label, a prose verb and the record keys built from it in
any naming style (``Születési dátum``, ``szuletesi_datum``, ``szuletesiDatum``, ``fec_nac``). A
cue is followed by the first date within a short window on its line (or on the next line of a
``label:\\nvalue`` form); a cue heading a table column (CSV, markdown, SQL result grids) marks
the dates of that column; a few verbs follow the date instead (``am 16.01.1999 geboren``,
``1968/08/11 г.р.``).

What stays out: a date that is a bound of a comparison (``dob > '1900-01-01'``), a log record's
time, another column's date in a table with a birth column, and the second date after a cue
when a word of another event stands between (``born ..., died 2020-01-02``: only the first date
after a cue is read anyway).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.dates import DATE_RE, plausible_date
from redactor.detect.pii.dates_local import ascii_digits
from redactor.detect.pii.dates_native import read_native_date
from redactor.detect.pii.dob_gap import fold, gap_ok, without_asides
from redactor.detect.pii.dob_vocab import ABBREVIATION_STRICT, ABBREVIATIONS, AFTER, STEMS, WORDS
from redactor.detect.pii.number_kinds import log_timestamp
from redactor.detect.pii.table_columns import column_cells

__all__ = ["DobCueDetector"]


_SEP = r"[\s_.\-/]*"
"""What may stand between the words of a cue (``Geb.-Datum``, ``fec_nac``, ``gebDatum``)."""


def _alt(phrases: tuple[str, ...]) -> str:
    keys = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return "|".join(_SEP.join(re.escape(w) for w in k.split()) for k in keys)


_CUE = re2.compile(
    r"(?P<stem>" + _alt(STEMS) + r")[\pL\pM]*|(?P<word>" + _alt(WORDS) + r")"
    r"|(?P<abbr>" + "|".join(re.escape(fold(a)) for a in sorted(ABBREVIATIONS, key=len, reverse=True)) + ")"
)
"""A birth cue on the folded text: a stem and the rest of its word, a word, an abbreviation (one
linear RE2 pass; the word boundaries are checked in `_cue_ok`)."""
_STRICT = frozenset(fold(a) for a in ABBREVIATION_STRICT)
_AFTER = re.compile(r"(?:" + "|".join(re.escape(fold(a)) for a in sorted(AFTER, key=len, reverse=True)) + r")")

_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_DATE = re.compile(
    r"(?<![^\W" + _CJK + r"])(?<![/.])(?<!\d-)(" + DATE_RE + r"|(?:19|20)\d{2}\.[ ]?\d{1,2}\.[ ]?\d{1,2}\.?(?!\d)"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]25\d{2})(?:(?![^\W" + _CJK + r"]|[/.-]\d)|(?=T\d{2}:\d{2}))",
    re.IGNORECASE,
)
"""A date as `dates` reads it, and Korean dotted (``1990. 3. 14.``) and Thai Buddhist-era dates;
next to CJK letters (``さんは19.05.2001生まれ``) and after a Hebrew prefix (``ב-10/2/36``)."""
_WINDOW = 48
_ABBR_GAP = re.compile(r"[ \t:]{0,3}(?:(?:am|dne|dnia|den|le|el|em|il|op|on)[ \t]{1,2})?$")
"""What may stand between an abbreviation and its date: a colon, blanks, one "on" word (``geb. am``,
``ur. dnia``, ``nar. dne``, ``née le``)."""
_STRICT_BEFORE = re.compile(r"(?:^|[(\[,;\t\n]\s*|[^\W\d_] {2,})$")
"""Before a strict abbreviation: an opening bracket, a comma, a tab, a line start, or the column
gap of a fixed-width table (a word, then two spaces or more: ``Sisante PH  b. 17 OCT 1996``)."""
_LABEL_GAP = re.compile(r"[ \t\"'`:=|>\-]*")
"""A gap of punctuation only: a value on the next line of a ``label:`` may follow it."""
_SENTENCE_END = re.compile(r"[.!?;]\s+[A-Z]|\n")
_BOUND = re.compile(
    r"(?i)(?:\s(?:[<>]=?|!=)\s*|\bbetween\s+|\bbetween\s+\S+\s+and\s+)(?:(?:date|timestamp)\s+|cast\(\s*)?['\"]?$"
)
"""A date a birth field is compared with (SQL and code filters): a bound, not a value."""
_TIME_OF_DAY = re.compile(r"[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_AFTER_GAP = 24
_KEY = re.compile(r"[\w.\-]*")
_TIME_SUFFIX = re.compile(r"(?:_at|At|_ts|Ts)$")
_KEY_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_BIRTH_KEY_ENDS = frozenset(("born", "dob", "birth", "birthday", "birthdate", "date", "dt", "day"))


def _timestamp_key(text: str, start: int) -> bool:
    """Is the record key starting at `start` a time something was done (``dob_verified_at``,
    ``birthdayReminderSentAt``; not ``born_at``)?"""
    key = _KEY.match(text, start)
    ident = key.group() if key is not None else ""
    suffix = _TIME_SUFFIX.search(ident)
    if suffix is None or suffix.start() == 0:
        return False
    parts = _KEY_PART.findall(ident[: suffix.start()])
    return bool(parts) and parts[-1].lower() not in _BIRTH_KEY_ENDS


_GENERIC = frozenset(
    (
        "date", "data", "datum", "dato", "dat", "dt", "fecha", "f", "fec", "tgl", "tanggal", "tarikh", "tarehe",
        "ngay", "ngày", "thang", "tháng", "nam", "năm", "i", "e", "d", "ημ", "ημερομηνία", "дата", "датум", "на",
        "تاريخ", "تاریخ", "petsa", "ng", "ya", "de", "di", "el", "em", "il", "la", "le",
    )
)  # fmt: skip
"""Words of a cue phrase too common to gate on (the phrase's distinctive word is the literal)."""


def _literals() -> tuple[str, ...]:
    """Prefilter literals: the longest distinctive word of each cue, as written and folded; an
    abbreviation with what may follow it (``ur. ``, ``ur.:``, ``ur.1``)."""
    out: set[str] = {"dob", "d.o.b", "d_o_b", "d-o-b"}
    for phrase in (*STEMS, *WORDS, *AFTER):
        words = [w for w in phrase.split() if w.lower() not in _GENERIC and len(w) > 1] or phrase.split()
        word = phrase if "." in phrase else max(words, key=len)  # г. р.: the whole abbreviation
        if word != "d":
            out.update({word.lower(), fold(word)})
    for abbr in ABBREVIATIONS:
        for form in {abbr.lower(), fold(abbr)}:
            out.update(form + tail for tail in (" ", ":", "\t", *"0123456789"))
    return tuple(sorted(out))


def _first_date(text: str, flat: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The first date starting in ``[pos, limit)``: the `_DATE` shapes or a locale's date phrase."""
    best: tuple[int, int] | None = None
    m = _DATE.search(flat, pos, min(len(flat), limit + 40))
    if m is not None and m.start(1) < limit and plausible_date(m.group(1)):
        best = m.span(1)
    native = read_native_date(text, pos)
    if native is not None and native[0] < limit and (best is None or native[0] < best[0]):
        best = native
    return best


class DobCueDetector(ViewDetector):
    """Dates of birth after the birth cues of many languages (``pii.dob_cue``)."""

    name = "pii.dob_cue"
    entities: tuple[str, ...] = ("DATE_OF_BIRTH",)
    prefilter: tuple[str, ...] = _literals()

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        folded = fold(text)
        flat = ascii_digits(text)
        found: list[tuple[int, int]] = []
        cells: list[tuple[int, int]] = []
        tables: list[tuple[int, int]] = []
        cues = [m for m in _CUE.finditer(folded) if self._cue_ok(m, folded)]
        for m in cues:
            column = column_cells(text, m.start(), m.end())
            if column:
                cells.extend(column)
                last = text.find("\n", column[-1][1])
                tables.append((m.end(), len(text) if last < 0 else last))
        for m in cues:
            span = self._after_cue(text, flat, folded, m)
            if span is not None and not _other_column(span[0], tables, cells):
                found.append(span)
        for a, b in cells:
            cell = _cell_date(text, flat, a, b)
            if cell is not None:
                found.append(cell)
        found.extend(_before_marker(text, flat, folded))
        seen: set[tuple[int, int]] = set()
        for s, e in found:
            if (s, e) in seen or _BOUND.search(text, max(0, s - 40), s) or log_timestamp(text, s, e):
                continue
            seen.add((s, e))
            yield ("DATE_OF_BIRTH", s, e, 0.85)

    @staticmethod
    def _cue_ok(m: Any, folded: str) -> bool:
        if m.start() > 0 and (folded[m.start() - 1].isalnum()):
            return False  # inside another word ("_" may stand before a key's part: patient_dob)
        if m.group("word") is not None and m.end() < len(folded) and folded[m.end()].isalpha():
            return False
        abbr = m.group("abbr")
        if abbr is None:
            return True
        # "b." after a bracket, comma, tab or at a line start only
        return abbr not in _STRICT or _STRICT_BEFORE.search(folded, max(0, m.start() - 8), m.start()) is not None

    @staticmethod
    def _after_cue(text: str, flat: str, folded: str, m: Any) -> tuple[int, int] | None:
        end = m.end()
        nl = text.find("\n", end)
        line_end = len(text) if nl < 0 else nl
        limit = min(line_end, end + _WINDOW)
        if nl >= 0 and _LABEL_GAP.fullmatch(text, end, nl):  # "Date of birth:\n1990-01-02"
            nxt = text.find("\n", nl + 1)
            limit = min(len(text) if nxt < 0 else nxt, nl + 1 + 8)
        if _timestamp_key(text, m.start()):
            return None  # dob_verified_at, birthdayReminderSentAt: when something was done
        span = _first_date(text, flat, end, limit)
        if span is None:
            return None
        gap = folded[end : span[0]]
        if m.group("abbr") is not None and not _ABBR_GAP.match(gap):
            return None
        if _SENTENCE_END.search(text, end, span[0]) and text[end : span[0]].strip(" \t:=|\"'\n") != "":
            return None
        if not gap_ok(gap) or _words(without_asides(gap)) > _GAP_WORDS:
            return None
        return span


_GAP_WORDS = 4
"""Words a cue and its date may have between them (``was born on``, ``ولد {name} في``)."""


def _words(gap: str) -> int:
    """How many words (white-space separated, holding a letter) `gap` has."""
    return sum(1 for t in gap.split() if any(c.isalpha() for c in t))


def _other_column(pos: int, tables: list[tuple[int, int]], cells: list[tuple[int, int]]) -> bool:
    """Is `pos` in the rows of a table with a birth column, but not in that column?"""
    return any(s <= pos < e for s, e in tables) and not any(a <= pos < b for a, b in cells)


def _cell_date(text: str, flat: str, a: int, b: int) -> tuple[int, int] | None:
    """The date filling the table cell ``text[a:b]`` (alone or as a timestamp's date), or None."""
    m = _DATE.match(flat, a, b)
    span = m.span(1) if m is not None and plausible_date(m.group(1)) else None
    if span is None:
        base = max(0, a - 48)
        native = read_native_date(text[base:b], a - base)
        if native is None or native[0] != a - base:
            return None
        span = (a, native[1] + base)
    if span[1] == b or _TIME_OF_DAY.fullmatch(text, span[1], b):
        return span
    return None


def _before_marker(text: str, flat: str, folded: str) -> Iterator[tuple[int, int]]:
    """Dates a birth verb follows on their line (``am 16.01.1999 geboren``, ``1968/08/11 г.р.``)."""
    for m in _AFTER.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1].isalpha() and not _cjk(folded[m.start()]):
            continue
        ls = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _AFTER_GAP - 40)
        last: tuple[int, int] | None = None
        for d in _DATE.finditer(flat, ls, m.start()):
            if plausible_date(d.group(1)):
                last = d.span(1)
        if last is None:
            continue
        gap = folded[last[1] : m.start()]
        if len(gap) > _AFTER_GAP or any(c.isdigit() for c in gap) or re.search(r"[.!?;,:]\s", gap):
            continue
        yield last


def _cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
