# ruff: noqa: RUF001  -- birth words and digits of many scripts are the point here.
"""`pii.dob_cue` and the precision guards of `pii.date_of_birth` (session 10): table rows with a
comment each, near misses included (an empty tuple: nothing is a date of birth)."""

from __future__ import annotations

import pytest

from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.dob_cues import DobCueDetector
from redactor.detect.pii.dob_gap import fold, gap_ok


def cue(text: str) -> tuple[str, ...]:
    return tuple(sorted({text[s.start : s.end] for s in DobCueDetector().detect(text) if s.entity == "DATE_OF_BIRTH"}))


def both(text: str) -> tuple[str, ...]:
    spans = [*DobCueDetector().detect(text), *DateOfBirthDetector().detect(text)]
    return tuple(sorted({text[s.start : s.end] for s in spans if s.entity == "DATE_OF_BIRTH"}))


CUE_ROWS = [
    ("patient=Anna_Nagy szuletesi_datum=04.10.1939 ward=4", ("04.10.1939",), "folded key, accents dropped"),
    ('{"gebDatum": "1936-06-20"}', ("1936-06-20",), "camel-case German key"),
    ("id,name,fec_nac,city\n17,Ana Ruiz,3. 5. 1988,Lima", ("3. 5. 1988",), "CSV column of a short Spanish key"),
    ("| Name | Rođena | City |\n|---|---|---|\n| Draga Bel | 03.05.1988 | Split |", ("03.05.1988",), "markdown column"),
    ("Tadeusz Śliz, ur. 11.12.1947, zam. w Gdańsku.", ("11.12.1947",), "Polish abbreviation"),
    ("Jarmila Nová, nar. 04.10.1948, bytem Praha.", ("04.10.1948",), "Czech abbreviation"),
    ("Jan Nowak, ur. dnia 12.03.1990 w Łodzi", ("12.03.1990",), "Polish abbreviation and its 'on' word"),
    ("Petr Novák, nar. dne 12. 3. 1990", ("12. 3. 1990",), "Czech abbreviation and its 'on' word"),
    ("Shannon Lam (b. 1980-05-20, age 41)", ("1980-05-20",), "b. after a bracket"),
    ("see web. 2020-01-02 notes", (), "b. inside another word is no cue"),
    ("Section b. 2020-01-02", (), "b. not after a bracket, comma, tab or line start"),
    ("Jovan Meyer wurde am 16.01.1999 geboren.", ("16.01.1999",), "German verb after the date"),
    ("Фортунат Филиппов, 1968/08/11 г.р., проживает в Казани.", ("1968/08/11",), "Russian г.р. after the date"),
    ("Mária Nagy 10/2/36 született Debrecenben.", ("10/2/36",), "Hungarian verb, two-digit year"),
    ("直樹 鈴木さんは19.05.2001生まれです。", ("19.05.2001",), "numeric date between CJK letters"),
    ("שלמה אהרון נולד ב-10/2/36 בחיפה.", ("10/2/36",), "Hebrew prefix before the date"),
    ("Þurí Jónsdóttir fæddist 04.04.1974 í Reykjavík.", ("04.04.1974",), "Icelandic verb"),
    ("Date of birth (DD/MM/YYYY): 12/03/1990", ("12/03/1990",), "a format hint between label and value"),
    ("Date of birth:\n12/03/1990", ("12/03/1990",), "the value on the next line"),
    ("Ngày sinh (để xác minh): ngày 14 tháng 3 năm 1990", ("ngày 14 tháng 3 năm 1990",), "a note in brackets"),
    ("Geburtsdatum: 12.03.1990, gestorben 01.02.2020", ("12.03.1990",), "only the first date after a cue"),
    ("dob field added 2023-04-05 in the migration", (), "another event's word between cue and date"),
    ("Ann Lee (born in Lyon) signed the lease on 2021-03-04.", (), "a clause closes between cue and date"),
    ("ALTER TABLE p ADD COLUMN dob DATE; -- Ann Lee, 2021-03-04", (), "a statement closes"),
    ("WHERE dob < '2001-01-01'", (), "a bound of a comparison"),
    ('{"dob_verified_at": "2021-03-04T10:00:00Z"}', (), "a key naming when something was done"),
    ('{"birthdayReminderSentAt": "2021-03-04"}', (), "a camel-case timestamp key"),
    ("dob parsing bug reported by Ann Lee and Bob Roe, 2021-03-04", (), "too many words between cue and date"),
    ("Lahir: 1.1.1947\nRelease: 2021-03-04", ("1.1.1947",), "a later line's date is no birth"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CUE_ROWS, ids=[r[2] for r in CUE_ROWS])
def test_dob_cue(text: str, expected: tuple[str, ...], why: str) -> None:
    assert cue(text) == expected, why


GUARD_ROWS = [
    ("The album Born to Run by Ann Lee was released on 2021-03-04.", (), "another event after born"),
    ("Bornholm ferry, 2021-03-04: Ann Lee on deck.", (), "born inside a place name"),
    ("a stubborn 2021-03-04 regression", (), "born inside another word"),
    ("Ann Lee (born in Lyon) signed the lease on 2021-03-04.", (), "a closed bracket after born"),
    ("Ann Lee was born on 2021-03-04.", ("2021-03-04",), "born as a word"),
    ("newborn screening, born 2024-01-02", ("2024-01-02",), "born after new"),
    ('{"bornDate": "1990-01-02"}', ("1990-01-02",), "born glued to date"),
    ("Updated Adobe web links.\n\n2004-11-21  Andrey K", (), "dob inside Adobe"),
    ("(suggested by Camiel Dobbelaar).\n\n17 September 2012: Wouter", (), "dob opening a surname"),
    ("  birthtime: 2019-06-22T03:28:46.000Z", (), "a file's creation time"),
    ("Thanks: Mark Steinborn\n\n2014-02-14  Pavel", (), "born ending a surname"),
    ('{"patientDob": "1990-01-02"}', ("1990-01-02",), "camel-case key"),
    ("dateofbirth=1990-01-02", ("1990-01-02",), "birth glued to dateof"),
]


@pytest.mark.parametrize(("text", "expected", "why"), GUARD_ROWS, ids=[r[2] for r in GUARD_ROWS])
def test_birth_word_guards(text: str, expected: tuple[str, ...], why: str) -> None:
    assert both(text) == expected, why


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Születési Dátum", "szuletesi datum"),  # accents dropped, lower case
        ("Fødselsdato", "fodselsdato"),  # ø
        ("Datum rođenja", "datum rodenja"),  # đ
        ("Doğum TARİHİ", "dogum tarihi"),  # dotted capital I stays one letter
        ("Ημερομηνία Γέννησης", "ημερομηνια γεννησης"),  # Greek tonos, capitals
        ("生年月日", "生年月日"),  # CJK untouched
    ],
)
def test_fold_keeps_length(raw: str, folded: str) -> None:
    assert fold(raw) == folded
    assert len(fold(raw)) == len(raw)


@pytest.mark.parametrize(
    ("gap", "ok"),
    [
        (" was born on ", True),
        (" (dd/mm/yyyy): ", True),  # a format hint
        (" (de xac minh): ngay ", True),  # a note in brackets (Vietnamese "to verify")
        (" in lyon) signed the lease on ", False),  # a bracket closes
        (", died ", False),  # another event
        (" date; -- ann lee, ", False),  # a statement closes
    ],
)
def test_gap_ok(gap: str, ok: bool) -> None:
    assert gap_ok(gap) is ok
