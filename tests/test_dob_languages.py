"""Dates of birth introduced by birth words of more languages and scripts, and birth dates stored
as ISO timestamps.

Each row: (text, values the detector must report, why); an empty tuple is a near miss.
"""

# ruff: noqa: RUF001  -- Cyrillic and Greek birth words are the point here.
from __future__ import annotations

import pytest

from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.structured import StructuredFieldDetector


def found(text: str) -> tuple[str, ...]:
    spans = [*DateOfBirthDetector().detect(text), *StructuredFieldDetector().detect(text)]
    return tuple(sorted({text[s.start : s.end] for s in spans if s.entity == "DATE_OF_BIRTH"}))


ROWS = [
    ("ФИО: Кузнецова Алёна\nДата рождения: 12.07.1993\nТелефон: 8 (495) 123-45-67", ("12.07.1993",), "Russian"),
    ("Дата народження: 03.04.1985", ("03.04.1985",), "Ukrainian"),
    ("Ημερομηνία γέννησης: 12/03/1988", ("12/03/1988",), "Greek"),
    ("תאריך לידה: 03/04/1985", ("03/04/1985",), "Hebrew"),
    ("تاريخ الميلاد: 1990-05-12", ("1990-05-12",), "Arabic"),
    ("जन्म तिथि: 12/05/1990", ("12/05/1990",), "Hindi"),
    ("วันเกิด: 12/05/1990", ("12/05/1990",), "Thai"),
    ("Születési dátum: 1990.05.12.", ("1990.05.12",), "Hungarian"),
    ("Data nașterii: 12.05.1990", ("12.05.1990",), "Romanian"),
    ("Datum rođenja: 12.05.1990.", ("12.05.1990",), "Croatian"),
    ("誕生日: 1990/05/12", ("1990/05/12",), "Japanese birthday"),
    ("Date of birth: 1988-03-12T00:00:00Z", ("1988-03-12",), "ISO timestamp after a birth word: the date"),
    ('{"name": "Ana Lima", "birthDate": "1988-03-12T00:00:00Z"}', ("1988-03-12",), "ISO timestamp in a dob key"),
    ('{"patientDob": "1988-03-12", "memberDateOfBirth": "03/04/1979"}', ("03/04/1979", "1988-03-12"), "*_dob keys"),
    ('{"geburtsDatum": "12.05.1990"}', ("12.05.1990",), "camel-case German key"),
    ('{"build_date": "1988-03-12"}', (), "a date under a key that names no birth"),
    ("Дата выпуска: 12.07.1993", (), "Russian release date: no birth word"),
    ("Released 2019-06-01T10:00:00Z", (), "a timestamp without a birth word"),
    ('{"created_at": "1988-03-12T00:00:00Z"}', (), "a timestamp under a non-birth key"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ROWS, ids=[r[2] for r in ROWS])
def test_birth_dates(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(text) == expected, why
