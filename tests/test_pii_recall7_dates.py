"""Birth-date forms of `dates_forms`: ``DDMMMYY`` after a birth word, Japanese era dates, and CJK
dates written before their birth word; generated over random calendar days."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from redactor.detect.pii.dates import DateOfBirthDetector

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_ERAS = (("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25)))


def _days(seed: int, n: int = 80) -> list[dt.date]:
    rng = random.Random(seed)
    start = dt.date(1930, 1, 1).toordinal()
    return [dt.date.fromordinal(rng.randint(start, dt.date(2008, 12, 31).toordinal())) for _ in range(n)]


def _wareki(day: dt.date) -> str:
    era, first = next((name, first) for name, first in _ERAS if day >= first)
    year = day.year - first.year + 1
    return f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DateOfBirthDetector().detect(text)]


@pytest.mark.parametrize("label", ["DOB: ", "dob ", "D.O.B. ", "Date of birth ", "born "])
def test_compact_month_dates_after_a_birth_word(label: str) -> None:
    for day in _days(1):
        short = f"{day.day:02d}{_MONTHS[day.month - 1]}{day.year % 100:02d}"
        long = f"{day.day:02d}{_MONTHS[day.month - 1].lower()}{day.year}"
        for value in (short, long):
            assert _found(f"Passenger {label}{value} seat 14C") == [value]


@pytest.mark.parametrize(
    "template",
    ["生年月日\uff1a{}", "生年月日 {}", "{}生まれ", "{}生", "誕生日: {}", "お客様は{}に生まれました"],
)
def test_japanese_era_dates(template: str) -> None:
    for day in _days(2):
        value = _wareki(day)
        assert _found(template.format(value)) == [value]


@pytest.mark.parametrize(
    "template", ["{y}年{m}月{d}日生まれ", "{y}年{m}月{d}日出生", "{y}년 {m}월 {d}일생", "{y}년 {m}월 {d}일생입니다"]
)
def test_cjk_dates_before_their_birth_word(template: str) -> None:
    for day in _days(3):
        text = template.format(y=day.year, m=day.month, d=day.day)
        value = text[: text.index("日" if "日" in text else "일") + 1]
        assert _found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "2024年3月4日生产的产品",  # production date: 生 starts another word
        "2024년 3월 4일 생산",  # Korean production
        "会議は2024年3月4日に開催",  # a meeting date
        "昭和99年1月1日生",  # no 99th year of Showa
        "平成32年1月1日生まれ",  # Heisei ended in its 31st year
        "ETA 04MAR26 via MAD",  # a compact date with no birth word
        "DOB unknown; flight 04MAR26 at 0715",  # the birth word too far from the date
        "DOB: 04MAR88X1",  # part of a longer token
    ],
)
def test_no_birth_date(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    ["המטופלת רחל בן-עמי, ילידת 04/06/1968, ביקשה", "tgl lahir: 04-03-1988", "Tgl. Lahir : 4 Maret 1988"],
)
def test_birth_words_added(text: str) -> None:
    assert len(_found(text)) == 1
