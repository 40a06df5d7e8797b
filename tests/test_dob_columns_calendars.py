"""Dates of birth in table columns and in more calendars and year words (round 10).

`table_columns.column_cells` reads the column whose header is a birth word (CSV with any
delimiter, a table opened inside a JSON string, a PostgreSQL COPY dump); `dates_native` reads
Bikram Sambat and Hijri years and the year words of Latvian, Lithuanian, Croatian and Polish
dates. The matrix crosses header words of many languages with delimiters, date formats and
carriers; every row must be caught in full, and no other column's date may be reported.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # digits and letters of other scripts are what these rows test
import itertools
import json

import pytest

from redactor.detect.pii.dates import DateOfBirthDetector

_DETECTOR = DateOfBirthDetector()

HEADERS = (
    "date_of_birth",
    "dob",
    "birthdate",
    "Geburtsdatum",
    "fecha de nacimiento",
    "data de nascimento",
    "dátum narodenia",
    "data urodzenia",
    "syntymäaika",
    "doğum tarihi",
    "дата рождения",
    "生年月日",
)
DELIMITERS = (",", ";", "\t", "|")
DATES = ("1968-09-14", "03.11.1987", "14/09/1968", "1968/09/14", "1968-09-14T00:00:00Z")
CARRIERS = ("plain", "json_content", "markdown")


def _table(header: str, delim: str, dates: tuple[str, str], carrier: str) -> tuple[str, list[str]]:
    """A three-row table whose second column is `header`, and the birth dates expected back."""
    rows = [["id", "name", header, "created"], ["1", "Ann Example", dates[0], "2024-05-01"]]
    rows.append(["2", "Bob Example", dates[1], "2024-05-02"])
    if carrier == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|---|---|---|---|")
        body = "\n".join(lines)
    else:
        body = "\n".join(delim.join(r) for r in rows)
    if carrier == "json_content":
        body = json.dumps({"role": "tool", "tool_call_id": "call_1", "content": body}, ensure_ascii=False)
    expected = [d.split("T")[0] for d in dates]
    return body, expected


@pytest.mark.parametrize(
    ("header", "delim", "date", "carrier"),
    [
        (h, d, x, c)
        for h, d, x, c in itertools.product(HEADERS, DELIMITERS, DATES, CARRIERS)
        if not (c == "markdown" and d != "|") and not (d == "|" and c != "markdown")
    ],
)
def test_birth_column_matrix(header: str, delim: str, date: str, carrier: str) -> None:
    second = date.replace("14", "21").replace("03", "07")
    text, expected = _table(header, delim, (date, second), carrier)
    found = [view_value(text, s.start, s.end) for s in _DETECTOR.detect(text)]
    assert found == expected


def view_value(text: str, start: int, end: int) -> str:
    """The detected value (offsets are into the raw text; JSON-escaped text holds no escape inside a date)."""
    return text[start:end]


def test_copy_dump() -> None:
    text = (
        "COPY public.patients (id, full_name, date_of_birth, phone) FROM stdin;\n"
        "1041\tAnn Example\t1968-09-14\t082 000 1204\n"
        "1042\tBob Example\t1990-02-27\t071 000 4419\n"
        "\\.\n"
        "COPY public.visits (id, visited_on) FROM stdin;\n"
        "1\t2024-05-01\n"
        "\\.\n"
    )
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == ["1968-09-14", "1990-02-27"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("id;name;birth_year;created\n1;Ann;1985;2024-05-01\n", "a year alone is no date of birth"),
        ("id,name,created_at,updated_at\n1,Ann,2024-05-01,2024-05-02\n", "no birth column"),
        ("id,dob_verified,created\n1,true,2024-05-01\n", "the birth column holds no date"),
        ("id,name,dob,city\n1,Ann,unknown,Oslo\n2,Bob,n/a,2024-05-01\n", "no date in the birth column, one in another"),
    ],
)
def test_near_misses(text: str, why: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == [], why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nepali, Bikram Sambat year 2048 (1991) in Devanagari digits
        ("जन्म मिति: २०४८/०३/१५", "२०४८/०३/१५"),
        ("जन्म मिति: २०५५-११-०२", "२०५५-११-०२"),
        # Arabic, Hijri year 1430 (2009) in Arabic-Indic digits
        ("تاريخ الميلاد: ١٤٣٠/٠٥/١٢", "١٤٣٠/٠٥/١٢"),
        # Latvian: year, "gada", day, month
        ("Dzimšanas datums: 1985. gada 9. februāris", "1985. gada 9. februāris"),
        # Lithuanian: year "m.", month (genitive), day "d."
        ("Gimimo data: 1985 m. vasario 9 d.", "1985 m. vasario 9 d."),
        # Croatian with "godine" after the year
        ("Datum rođenja: 1985. godine, 9. veljače", "1985. godine, 9. veljače"),
    ],
)
def test_calendars_and_year_words(text: str, expected: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("जन्म मिति: २१४८/०३/१५", "a year no calendar reads as a recent birth"),
        ("Dzimšanas datums: 1985. gada 40. februāris", "day 40"),
        ("تاريخ الميلاد: ١٤٩٠/٠٥/١٢", "a year of no calendar a birth date is written in"),
    ],
)
def test_calendar_near_misses(text: str, why: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == [], why
