# ruff: noqa: RUF001  -- foreign letters and digits are intended.
"""Dates of birth written the way any locale writes them: every month name glibc knows, digits of
every script, birth words of many languages, and the date words between the parts.

The matrix is generated from `months_data` (itself generated from glibc's locale definitions), so
a month name lost from the data or a broken reader fails here for every language at once.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from redactor.detect.pii.dates import _BIRTH_WORDS_MORE, DateOfBirthDetector
from redactor.detect.pii.dates_local import ascii_digits, read_date
from redactor.detect.pii.months_data import MONTHS

ROOT = Path(__file__).resolve().parent.parent
DETECTOR = DateOfBirthDetector()


def dobs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text) if s.entity == "DATE_OF_BIRTH"]


def _digit_scripts() -> dict[str, str]:
    """Script name -> its ten digits, for every block of ten decimal digits Unicode has."""
    out: dict[str, str] = {}
    for c in range(0x660, 0x1E960):
        ch = chr(c)
        if unicodedata.category(ch) == "Nd" and unicodedata.digit(ch) == 0:
            tens = "".join(chr(c + i) for i in range(10))
            if all(unicodedata.digit(t, -1) == i for i, t in enumerate(tens)):
                out[unicodedata.name(ch).rsplit(" DIGIT", 1)[0]] = tens
    return out


DIGIT_SCRIPTS = _digit_scripts()


def native(number: str, tens: str) -> str:
    return "".join(tens[int(d)] for d in number)


def _covers(found: list[str], date: str) -> bool:
    """One date found: the whole phrase, or all of it but a genitive's leading article (``de jul``)."""
    return (
        len(found) == 1
        and date.endswith(found[0])
        and date[: len(date) - len(found[0])].rstrip() in {"", "de", "di", "d’"}
    )


def test_month_names_of_every_locale_are_read_after_a_birth_word() -> None:
    # An ASCII quote ends a token (quotes delimit values), so a name holding one is not tried.
    names = [n for n in MONTHS if len(n.rstrip(".")) >= 3 and "'" not in n]
    assert len(names) > 2000
    missed = [n for n in names if dobs(f"Date of birth: 14 {n} 1990\n") != [f"14 {n} 1990"]]
    missed += [n for n in names if not _covers(dobs(f"DOB: {n} 14, 1990\n"), f"{n} 14, 1990")]
    assert missed == []


@pytest.mark.parametrize("script", sorted(DIGIT_SCRIPTS))
def test_digits_of_every_script(script: str) -> None:
    tens = DIGIT_SCRIPTS[script]
    for y, m, d in (("1990", "03", "14"), ("1369", "01", "25"), ("2533", "12", "31")):
        date = f"{native(d, tens)}/{native(m, tens)}/{native(y, tens)}"
        assert dobs(f"birthdate: {date}") == [date], script
        iso = f"{native(y, tens)}-{native(m, tens)}-{native(d, tens)}"
        assert dobs(f"date of birth {iso}.") == [iso], script


@pytest.mark.parametrize("word", _BIRTH_WORDS_MORE)
def test_each_added_birth_word_introduces_a_date(word: str) -> None:
    for date in ("14/03/1990", "1990-03-14", "14 March 1990"):
        assert dobs(f"{word}: {date}\n") == [date], word
        assert dobs(f'{{"{word}": "{date}"}}') == [date], word


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("- Ngày sinh: ngày 14 tháng 3 năm 1990\n", "ngày 14 tháng 3 năm 1990"),
        ("Дата рождения: 14 марта 1990 г.", "14 марта 1990 г."),
        ("생년월일: 1990년 3월 14일", "1990년 3월 14일"),
        ("出生日期：1990年3月14日", "1990年3月14日"),
        ("তারিখ জন্ম: ১৪ মার্চ ১৯৯০", "১৪ মার্চ ১৯৯০"),
        ("วันเกิด 14 มีนาคม 2533", "14 มีนาคม 2533"),
        ("تاریخ تولد: ۲۵ فروردین ۱۳۶۹", "۲۵ فروردین ۱۳۶۹"),
        ("Geburtsdatum: 3. Februar 1988", "3. Februar 1988"),
        ("doğum tarihi: 14 Mart 1990", "14 Mart 1990"),
        ("Data urodzenia: 14 marca 1990 r.", "14 marca 1990"),
    ],
)
def test_date_phrases_in_their_own_words(text: str, date: str) -> None:
    assert dobs(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Release date: 14 March 2024 (born from the 3.x branch)",  # the date is before the birth word
        "born in 1990, moved to Lisbon",  # a year alone
        "Date of birth: 1990 (age 34)",
        "born 14:30 12",  # a time, not a date
        "Дата рождения: 45 марта 1990",  # day out of range
        "DOB: 13/13/1990",
        "birthdate 1990 12 45",
        "เกิดข้อผิดพลาดเมื่อ 14/03/2024",  # Thai "an error occurred on": เกิด alone is not a birth word
        "The team was born much later, as the project history in the long changelog shows: 2024-01-01.",  # too far
    ],
)
def test_no_date_of_birth(text: str) -> None:
    assert dobs(text) == []


def test_offsets_are_those_of_the_text() -> None:
    text = "x" * 5 + "تاریخ تولد: ۱۳۶۹/۰۱/۲۵ rest"
    span = read_date(text, text.index(":"))
    assert span is not None and text[span[0] : span[1]] == "۱۳۶۹/۰۱/۲۵"
    assert len(ascii_digits(text)) == len(text)


@pytest.mark.skipif(
    not Path("/usr/share/i18n/locales").is_dir(), reason="glibc locale sources (Debian 'locales') absent"
)
def test_months_data_is_what_the_generator_writes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_month_names.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
