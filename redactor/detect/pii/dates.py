"""Dates of birth: a calendar date right after a birth word.

A date alone is not personal data (release dates, log timestamps, version dates), so only dates
introduced by ``born``, ``birth``, ``DOB``, ``birthday``... within a short window are reported.
Structured fields (``birth_date`` columns, ``"dob": ...`` keys) are handled in `structured`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector, window_before
from redactor.detect.pii.dates_forms import after_word, before_marker
from redactor.detect.pii.dates_native import read_native_date
from redactor.detect.pii.dob_gap import fold, gap_ok
from redactor.detect.pii.number_kinds import log_timestamp
from redactor.detect.pii.table_columns import column_cells

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTHS_EU = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|j[äa]nner|januar|februar|m[äa]rz|juni|juli|oktober|dezember"
    r"|januari|februari|maart|mei|augustus)"
)
"""French, Spanish, Portuguese, Italian, German and Dutch month names (those not spelled as in English)."""
DATE_RE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\.?,?\s+(?:19|20)\d{2}"
    r"|" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|\d{1,2}(?:\.|er|º|°)?\s+(?:de\s+)?(?:" + _MONTHS_EU + "|" + _MONTHS + r")\.?\s+(?:de\s+)?(?:19|20)\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+of\s+" + _MONTHS + r",?\s+(?:19|20)\d{2}"
    r"|\d{1,2}[/.-](?:" + _MONTHS + "|" + _MONTHS_EU + r")[/.-](?:19|20)\d{2}"
    r"|\d{1,2}\.[ ]\d{1,2}\.[ ](?:19|20)\d{2}"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
"""Regex source for a calendar date: numeric (``12.05.1990``, ``12. 5. 1990``, ``19900512``), with a
month name in English or a European language (``12 May 1990``, ``12th of May, 1990``,
``12-May-1990``, ``3 de marzo de 1988``), or CJK (``1990年5月12日``)."""

_DATE = re.compile(r"(?<![\w/.-])(" + DATE_RE + r")(?:(?![\w]|[/.-]\d)|(?=T\d{2}:\d{2}))", re.IGNORECASE)
"""A date, alone or as the date of an ISO timestamp (``1988-03-12T00:00:00Z``: the date is reported)."""
_BIRTH_WORDS = (
    "born",
    "birth",
    "dob",
    "d.o.b",
    "b-day",
    "bday",
    "geboren",  # German, Dutch
    "geburtsdatum",
    "geburtstag",  # not "Geburtsort", the place
    "geb.",
    "né le",
    "née le",
    "né(e) le",
    "naissance",  # date de naissance
    "nacimiento",  # fecha de nacimiento
    "nacido el",
    "nacida el",
    "nascimento",  # data de nascimento
    "nascido em",
    "nascida em",
    "nascita",  # data di nascita
    "nato il",
    "nata il",
    "geboortedatum",
    "urodzon",  # urodzony/urodzona, data urodzenia
    "urodzenia",
    "född",
    "fødsel",
    "født",
    "doğum",  # Turkish doğum tarihi
    "dogum tarihi",
    "narozen",  # Czech narozen/narozena/narození
    "syntym",  # Finnish syntymäaika
    "tanggal lahir",
    "tgl lahir",  # Indonesian/Malay short form, tgl. lahir
    "tgl. lahir",
    "tarikh lahir",
    "ngày sinh",
    "生年月日",
    "出生",
    "생년월일",
    "誕生日",  # Japanese birthday
    "рождения",  # Russian дата рождения
    "рожд.",
    "родился",
    "родилась",
    "народження",  # Ukrainian дата народження
    "γέννησης",  # Greek ημερομηνία γέννησης
    "γεννήθηκε",
    "született",  # Hungarian született, születési dátum
    "születési",
    "szül.",
    "nașterii",  # Romanian data nașterii
    "nasterii",
    "născut",
    "rođenja",  # Croatian, Serbian, Bosnian datum rođenja
    "rojstva",  # Slovenian datum rojstva
    "narodenia",  # Slovak dátum narodenia
    "gimimo",  # Lithuanian gimimo data
    "dzimšanas",  # Latvian
    "sünniaeg",  # Estonian
    "الميلاد",  # Arabic تاريخ الميلاد
    "تولد",  # Persian تاریخ تولد
    "לידה",  # Hebrew תאריך לידה
    "יליד",  # Hebrew born (ילידת, ילידי)
    "जन्म",  # Hindi जन्म तिथि
    "วันเกิด",  # Thai
    "kuzaliwa",  # Swahili tarehe ya kuzaliwa
    "kapanganakan",  # Filipino petsa ng kapanganakan
)
"""Words that introduce a date of birth, in English, the European languages of `_MONTHS_EU` and
the languages and scripts a form or a database export is written in (Cyrillic, Greek, Arabic,
Hebrew, Devanagari, Thai, CJK)."""
_BIRTH_WORDS_MORE = (
    "birthdate",
    "janm",  # Hindi/Urdu romanised: janm tithi, janm_tarikh
    "paidaish",  # Urdu romanised: tarikh-e-paidaish
    "پیدائش",  # Urdu تاریخ پیدائش
    "مواليد",  # Arabic (born in)
    "مولود",  # Arabic born (المولود في, مولودة بتاريخ)
    "ولادت",  # Persian/Urdu
    "জন্ম",  # Bengali জন্ম তারিখ
    "ਜਨਮ",  # Punjabi
    "જન્મ",  # Gujarati
    "பிறந்த",  # Tamil பிறந்த தேதி
    "పుట్టిన",  # Telugu
    "ಜನ್ಮ",  # Kannada
    "ജനന",  # Malayalam ജനനത്തീയതി
    "උපන්",  # Sinhala
    "ජන්ම",
    "ເກີດ",  # Lao
    "កំណើត",  # Khmer ថ្ងៃខែឆ្នាំកំណើត
    "မွေး",  # Burmese မွေးနေ့
    "生日",  # Chinese birthday
    "출생",  # Korean
    "נולד",  # Hebrew born (נולדה)
    "раждане",  # Bulgarian дата на раждане
    "роден",  # Bulgarian/Macedonian born
    "рођења",  # Serbian Cyrillic датум рођења
    "раѓање",  # Macedonian
    "нараджэння",  # Belarusian
    "туған",  # Kazakh туған күні
    "төрсөн",  # Mongolian
    "tug'ilgan",  # Uzbek
    "tugʻilgan",  # noqa: RUF001
    "туғилган",
    "doğulduğu",  # Turkish/Azerbaijani
    "lindjes",  # Albanian datëlindja / data e lindjes
    "datëlindj",
    "fæðing",  # Icelandic fæðingardagur
    "breithe",  # Irish dáta breithe
    "dyddiad geni",  # Welsh
    "jaiotz",  # Basque jaiotze data
    "naixement",  # Catalan data de naixement
    "nacemento",  # Galician
    "twelid",  # Maltese
    "ծննդյան",  # Armenian
    "დაბადების",  # Georgian
    "የትውልድ",  # Amharic የትውልድ ቀን
    "የተወለደ",  # Amharic born (የተወለደበት)
    "ተወለደ",
    "haihuwa",  # Hausa ranar haihuwa
    "ìbí",  # Yoruba ọjọ́ ìbí
    "ojo ibi",
    "wokuzalwa",  # Zulu usuku lokuzalwa
    "dhalashada",  # Somali taariikhda dhalashada
    "gebore",  # Afrikaans geboortedatum / gebore
    "ipinanganak",  # Filipino
    "sinh ngày",  # Vietnamese
    "sinh năm",
)
"""More birth words, read forward by `dates_local.read_date` (dates in any locale's digits and
month names): South and South-East Asian, Caucasian, Central Asian and African languages, and
romanised Hindi/Urdu keys (``janm_tithi``)."""
_BIRTH_FIND = re2.compile(
    "(?i:" + "|".join(re.escape(w) for w in sorted({*_BIRTH_WORDS, *_BIRTH_WORDS_MORE}, key=len, reverse=True)) + ")"
)
"""Any birth word, longest first (one linear RE2 pass)."""


def plausible_date(value: str) -> bool:
    nums = [int(x) for x in re.findall(r"\d+", value)]
    if len(nums) == 3 and re.fullmatch(r"[\d/.-]+", value):
        a, b, c = nums
        if a > 31:  # y-m-d
            return 1 <= b <= 12 and 1 <= c <= 31
        return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)
    return True


_BOUND = re.compile(
    r"(?i)(?:\s(?:[<>]=?|!=)\s*|\bbetween\s+|\bbetween\s+\S+\s+and\s+)(?:(?:date|timestamp)\s+|cast\(\s*)?['\"]?$"
)
"""A date a birth field is compared with (SQL and code filters, checks, ranges): a bound, not a value."""


class DateOfBirthDetector(ViewDetector):
    """Dates of birth introduced by a birth word (``pii.date_of_birth``)."""

    name = "pii.date_of_birth"
    shares_results = True  # pii.contact_row reads them too
    entities: tuple[str, ...] = ("DATE_OF_BIRTH",)
    prefilter: tuple[str, ...] = (
        "born",
        "birth",
        "dob",
        "d.o.b",
        "bday",
        "b-day",
        "geb",
        "né",
        "naissance",
        "nacid",
        "nacimiento",
        "nasc",
        "nato il",
        "nata il",
        "urodz",
        "född",
        "føds",
        "født",
        "doğum",
        "dogum",
        "narozen",
        "syntym",
        "lahir",
        "ngày sinh",
        "生年月日",
        "出生",
        "생년월일",
        "誕生日",
        "рожд",
        "родил",
        "народження",
        "γέννη",
        "γεννήθηκε",
        "szület",
        "szül.",
        "naște",
        "naster",
        "născut",
        "rođenja",
        "rojstva",
        "narodenia",
        "gimimo",
        "dzimšanas",
        "sünniaeg",
        "الميلاد",
        "تولد",
        "לידה",
        "יליד",
        "生まれ",  # dates_forms.before_marker: 1988年3月4日生まれ, 3月4日生, 4일생
        "日生",
        "일생",
        "일 생",
        "태어났",
        "जन्म",
        "วันเกิด",
        "kuzaliwa",
        "kapanganakan",
        *(w.lower() for w in _BIRTH_WORDS_MORE),
    )

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        words = list(_BIRTH_FIND.finditer(text))
        cells: list[tuple[int, int]] = []  # cells of table columns whose header is a birth word
        tables: list[tuple[int, int]] = []  # the rows of those tables
        for w in words:
            column = column_cells(text, w.start(), w.end())
            if column:
                cells.extend(column)
                last = text.find("\n", column[-1][1])
                tables.append((w.end(), len(text) if last < 0 else last))
        found: list[tuple[int, int]] = []
        for m in _DATE.finditer(text):
            if not plausible_date(m.group(1)):
                continue
            # A bare 8-digit date (``19900512``) only right after its key (``dob=``): elsewhere it is a build or an id.
            size = 12 if m.group(1).isdigit() else 48
            window = window_before(text, m.start(), size)
            if any(w in window for w in _BIRTH_WORDS) and _cue_stands(
                window, text[max(0, m.start() - size) : m.start()]
            ):
                if _BOUND.search(text, max(0, m.start(1) - 40), m.start(1)):
                    continue  # "CHECK (date_of_birth > DATE '1900-01-01')": a bound, nobody's birthday
                if _other_column(m.start(1), tables, cells):
                    continue  # "id,dob,created\n1,1968-09-14,2024-05-01": the created date is no birth
                if log_timestamp(text, m.start(1), m.end(1)):
                    continue  # "dob=1987-03-22 ...\n2026-11-21T08:09:47Z": the next log record's time
                found.append((m.start(1), m.end(1)))
                yield ("DATE_OF_BIRTH", m.start(1), m.end(1), 0.85)
        # Dates in any locale's digits and month names, read forward from each birth word.
        for w in words:
            span = read_native_date(text, w.end())
            if span is None or _BOUND.search(text, max(0, span[0] - 40), span[0]):
                continue
            if not _word_stands(text, w.start(), w.end(), span[0]):
                continue
            if not any(s < span[1] and span[0] < e for s, e in found) and not _other_column(span[0], tables, cells):
                found.append(span)
                yield ("DATE_OF_BIRTH", span[0], span[1], 0.85)
        # Compact (04MAR88) and Japanese era dates after a birth word; CJK dates before theirs (生まれ).
        for w in words:
            span = after_word(text, w.end())
            if span is not None and not _word_stands(text, w.start(), w.end(), span[0]):
                continue
            if span is not None and not any(s < span[1] and span[0] < e for s, e in found):
                found.append(span)
                yield ("DATE_OF_BIRTH", span[0], span[1], 0.85)
        for span in before_marker(text):
            if not any(s < span[1] and span[0] < e for s, e in found):
                found.append(span)
                yield ("DATE_OF_BIRTH", span[0], span[1], 0.85)
        # The dates of a table column whose header is a birth word (CSV, TSV, COPY dumps).
        for a, b in cells:
            cell = _column_date(text, a, b)
            if cell is not None and not any(s < cell[1] and cell[0] < e for s, e in found):
                found.append(cell)
                yield ("DATE_OF_BIRTH", cell[0], cell[1], 0.85)


def _cue_stands(window: str, raw: str) -> bool:
    """Does a birth word of `window` (the lower-cased text before a date; `raw` as written) stand
    as one and introduce that date?

    Not a birth word inside another word (``stubborn``, ``Steinborn``, ``Adobe``, ``Dobbelaar``;
    ``patientDob``, ``date_of_birth``, ``dateofbirth`` and ``newborn`` are birth words), not a file's
    creation time (``birthtime``), and not a birth word another event or a closed clause follows
    (``Born to Run ... was released on``, ``(born in Lyon) signed the lease on``: `dob_gap.gap_ok`).
    """
    for w in _BIRTH_WORDS:
        i = window.rfind(w)
        while i >= 0:
            if _stands(window, raw, i, w):
                return True
            i = window.rfind(w, 0, i)
    return False


_GLUED_BEFORE = ("new", "first", "of", "date", "patient", "member")
"""What a birth word may be glued to in one lower-case word (``dateofbirth``, ``newborn``, ``patientdob``)."""


def _stands(window: str, raw: str, i: int, w: str) -> bool:
    if len(raw) == len(window) and w.isascii() and w[:1].isalpha():
        before, first = raw[i - 1 : i], raw[i : i + 1]
        if before.isalpha() and first.islower() and not window[:i].endswith(_GLUED_BEFORE):
            return False  # stubborn, Steinborn, Adobe
        after = raw[i + len(w) : i + len(w) + 1]
        if w in ("born", "dob") and after.isalpha() and after.islower():
            return False  # Bornholm, borne, Dobbelaar, dobra
        if w == "birth" and window.startswith("time", i + len(w)):
            return False  # birthtime: when a file was created
    return gap_ok(fold(window[i + len(w) :]))


def _word_stands(text: str, start: int, end: int, date_start: int) -> bool:
    """`_stands` for the birth word at ``text[start:end]`` and a date read forward from it."""
    base = max(0, start - 8)
    raw = text[base:date_start]
    window = raw.lower()
    return _stands(window, raw, start - base, window[start - base : end - base])


def _other_column(pos: int, tables: list[tuple[int, int]], cells: list[tuple[int, int]]) -> bool:
    """Is `pos` in the rows of a table with a birth column, but not in that column?"""
    return any(s <= pos < e for s, e in tables) and not any(a <= pos < b for a, b in cells)


_TIME_OF_DAY = re.compile(r"[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
"""The time of a timestamp a birth date may be stored as (``1968-09-14T00:00:00Z``)."""


def _column_date(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The date filling the table cell ``text[a:b]`` (alone, or as the date of a timestamp), or None."""
    base = max(0, a - 48)  # what read_native_date looks at before a date (the script around it)
    span = read_native_date(text[base:b], a - base)
    if span is None or span[0] != a - base:
        return None
    if span[1] + base == b or _TIME_OF_DAY.fullmatch(text, span[1] + base, b):
        return a, span[1] + base
    return None
