"""A date a birth field is compared with (SQL checks, filters, ranges) is not a birthday.

Each row: (text, values the detector must report, why); an empty tuple is a near miss.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.dates import DateOfBirthDetector


def found(detector: object, text: str) -> tuple[str, ...]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return tuple(text[s.start : s.end] for s in spans if s.score >= 0.5)


DATES = [
    ("national_id bytea, date_of_birth date NOT NULL CHECK (date_of_birth > DATE '1900-01-01'),", (), "a CHECK bound"),
    ("SELECT id FROM people WHERE dob BETWEEN '1950-01-01' AND '1960-12-31'", (), "a range filter"),
    ("WHERE birth_date >= '2000-01-01'", (), "a lower bound"),
    ("UPDATE users SET dob = '1990-05-12' WHERE id = 4", ("1990-05-12",), "an assigned value"),
    ("<tr><td>Date of birth</td><td>1990-05-12</td></tr>", ("1990-05-12",), "markup is no comparison"),
]


@pytest.mark.parametrize(("text", "expected", "why"), DATES, ids=[r[2] for r in DATES])
def test_a_bound_is_not_a_birthday(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(DateOfBirthDetector(), text) == expected
