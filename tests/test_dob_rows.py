"""``pii.dob_row``: a date of birth in a person's record row with no birth word (session 12).

Generated: Faker names and e-mails of a dozen locales x date formats (ISO, dotted year first,
day-first with dots, slashes or dashes) x carriers (an SQL ``VALUES`` tuple, a constructor call, a
semicolon, pipe or tab line, a roster line ``- Name (date)``). The near misses are the rows this
rule must leave alone: another event's date, a headed table, a time of day, a stand-in fixture, a
year outside birth years, a row without a contact or without a name.
"""

from __future__ import annotations

import itertools
import random

import pytest
from faker import Faker

from redactor.detect.pii.dob_rows import MAX_YEAR, MIN_YEAR, DobRowDetector

_DET = DobRowDetector()
_LOCALES = ("de_DE", "fr_FR", "pl_PL", "hu_HU", "fi_FI", "it_IT", "es_ES", "nl_NL", "cs_CZ", "sv_SE", "pt_BR", "en_GB")
_FORMATS = ("{y}-{m:02d}-{d:02d}", "{y}.{m:02d}.{d:02d}", "{d:02d}.{m:02d}.{y}", "{d:02d}/{m:02d}/{y}", "{d}-{m}-{y}")
_CARRIERS = (
    "INSERT INTO people VALUES ({i}, '{name}', '{email}', '{date}');",
    'repo.save(new Person("{name}", "{email}", LocalDate.parse("{date}")));',
    "customers.append(Customer('{name}', '{email}', '{phone}', date_text='{date}'))",
    "{name};{date};{email};{phone}",
    "{i}|{name}|{date}|{phone}",
    "{name}\t{email}\t{date}",
    "Bitte diese Zeile prüfen: {name};{date};{email} — der Import bricht ab.",
)


def _cases() -> list[tuple[str, str]]:
    rng = random.Random(12)
    out = []
    for n, (loc, fmt, carrier) in enumerate(itertools.product(_LOCALES, _FORMATS, _CARRIERS)):
        fk = Faker(loc)
        fk.seed_instance(n)
        name = f"{fk.first_name()} {fk.last_name()}"
        y, m, d = rng.randint(1935, 2012), rng.randint(1, 12), rng.randint(1, 28)
        date = fmt.format(y=y, m=m, d=d)
        email = f"{name.split()[0].lower()}.{n}@mail-{loc[:2]}.net"
        phone = f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        text = carrier.format(i=n, name=name, email=email, phone=phone, date=date)
        if "date_text=" in carrier:
            text = text.replace("date_text=", "")
        out.append((text, date))
    return out


_CASES = _cases()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _DET.detect(text)]


def test_generated_rows() -> None:
    missed = [t for t, d in _CASES if d not in _found(t)]
    assert len(_CASES) == len(_LOCALES) * len(_FORMATS) * len(_CARRIERS)
    assert 1 - len(missed) / len(_CASES) >= 0.98, missed[:10]  # measured 0.990 (416 of 420) when set


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("유소년 축구교실 명단\n- 박지훈 (2013.05.17) 보호자 박민수 010-1234-5678", "2013.05.17"),
        ("参赛名单\n1. 王秀英 (2010-09-01)\n2. 李强 (2011-02-14)", "2010-09-01"),
        ("Kader U12:\n* Lukas Brenner (12.04.2011)\n* Jonas Vogt (03.09.2011)", "12.04.2011"),
        ("Drużyna:\n- Zofia Nowak (2012-06-30)", "2012-06-30"),
    ],
)
def test_roster_lines(text: str, date: str) -> None:
    assert date in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO orders VALUES (7, 'Piotr Nowak', 'piotr@wp.pl', '2011-05-02');",  # an order's date
        "INSERT INTO people (id, name, email, hired) VALUES (7, 'Piotr Nowak', 'piotr@wp.pl', '2011-05-02');",
        "name;email;since\nAnna Kowalska;anna@wp.pl;2012-03-04",  # a headed table: dob_cue reads birth columns
        "name|email|date\nAnna Kowalska|anna@wp.pl|2012-03-04",
        "Karl Berg|1979-06-25 10:22|+46 70 123 45 67",  # a time of day: a log or an event
        "user('Jane Doe', 'jane@example.com', '1990-01-01')",  # a stand-in fixture
        "User('Test User', 'test.user@example.com', '1990-01-01')",
        "Anna Kowalska;anna@wp.pl;2023-03-04",  # a recent year: not read without a cue
        "Anna Kowalska;anna@wp.pl;1899-03-04",
        "Anna Kowalska;1979-06-25;2001-02-03;anna@wp.pl",  # two birth-range dates: which one?
        "Anna Kowalska;1979-06-25;Warszawa",  # no contact field
        "4411;1979-06-25;anna@wp.pl;+48 512 640 918",  # no name field
        "- Fixed crash (2015-03-22)",  # a changelog line
        "Release notes (2015.03.22)",
        "- Anna Kowalska joined (2015-03-22)",  # another event on the roster line
        "Anna Kowalska;1979-13-45;anna@wp.pl",  # no calendar day
    ],
)
def test_near_misses(text: str) -> None:
    assert _found(text) == []


def test_year_bounds() -> None:
    assert MIN_YEAR < 1930 and 2010 < MAX_YEAR < 2020
    inside = f"Anna Kowalska;{MAX_YEAR}-01-02;anna@wp.pl"
    outside = f"Anna Kowalska;{MAX_YEAR + 1}-01-02;anna@wp.pl"
    assert _found(inside) == [f"{MAX_YEAR}-01-02"]
    assert _found(outside) == []


def test_gate_skips_text_without_a_year(monkeypatch: pytest.MonkeyPatch) -> None:
    # The gate is a speed-up: output is the same without it, so the test watches the date scan it
    # saves (it must not run on a text with no dated year, and must run once the gate is off).
    from redactor.detect.pii import dob_rows

    scans: list[str] = []
    real = dob_rows._DATE

    class Spy:
        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            scans.append(text)
            return real.finditer(text)

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(real, name)

    monkeypatch.setattr(dob_rows, "_DATE", Spy())
    text = "Anna Kowalska;anna@wp.pl;+48 512 640 918"
    assert DobRowDetector().detect(text) == [] and scans == []
    assert DobRowDetector(gated=False).detect(text) == [] and scans == [text]
    dated = "Anna Kowalska;1987-03-14;anna@wp.pl"
    assert [dated[s.start : s.end] for s in DobRowDetector().detect(dated)] == ["1987-03-14"]
    assert scans[-1] == dated


@pytest.mark.parametrize("stand_in", ["John Doe", "Jane Smith", "Max Mustermann", "Mario Rossi"])
def test_stand_in_names_make_no_record(stand_in: str) -> None:
    """A fixture's stand-in name (``John Doe``) in a row of real-looking contact data is nobody's
    record. Control: the same row with another name."""
    row = "INSERT INTO customers VALUES (7, '{name}', '+49 151 2345 6789', '1984-03-11');"
    assert _found(row.format(name=stand_in)) == []
    assert _found(row.format(name="Maria Petrova")) == ["1984-03-11"]


def test_date_followed_by_a_time_is_an_event() -> None:
    """A time of day after the date (a log or booking row, here its own tab-separated cell) makes
    it an event's date. Control: the same row without the time."""
    row = "Maria Petrova\t+49 151 2345 6789\t1984-03-11{after}\tBerlin"
    assert _found(row.format(after="\t10:22")) == []
    assert _found(row.format(after="")) == ["1984-03-11"]
