"""Birth dates (and the other columns) of tables carried in ways the table readers lost:

- a notebook's stream output, one JSON string per line (pandas, Spark ``show()``);
- a CSV table that starts a line into a JSON string and ends at its closing quote;
- a PostgreSQL ``COPY ... FROM stdin WITH (FORMAT csv)`` dump, whose quoted cells hold commas.

Each is judged on rows generated from Faker's person lists of several locales."""

from __future__ import annotations

import json
import random

import pytest
from faker import Faker

from redactor.detect.pii import pii_detectors
from redactor.detect.pii.line_arrays import json_tail, unwrap

_LOCALES = ("fr_FR", "hu_HU", "pl_PL", "cs_CZ", "es_MX", "en_US", "de_DE", "tr_TR", "pt_BR", "it_IT")


def _people(locale: str, n: int = 4) -> list[tuple[str, str, str]]:
    fake = Faker(locale)
    fake.seed_instance(23)
    rng = random.Random(locale)
    return [
        (
            f"{fake.first_name()} {fake.last_name()}",
            f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            fake.email(),
        )
        for _ in range(n)
    ]


def _found(text: str, entity: str) -> set[str]:
    out: set[str] = set()
    for d in pii_detectors():
        out |= {text[s.start : s.end] for s in d.detect(text) if s.entity == entity}
    return out


def _notebook(lines: list[str]) -> str:
    """A notebook cell whose stdout is `lines`, as ``json.dumps(indent=1)`` writes a .ipynb."""
    output = {"name": "stdout", "output_type": "stream", "text": [line + "\n" for line in lines[:-1]] + lines[-1:]}
    cell = {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [output], "source": ["df.head()"]}
    return json.dumps({"cells": [cell], "nbformat": 4}, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("locale", _LOCALES)
def test_pandas_output_in_a_notebook(locale: str) -> None:
    people = _people(locale)
    width = max(len(n) for n, _, _ in people) + 2
    lines = [" " * 3 + "member_name".rjust(width) + "  date_of_birth" + "city".rjust(12)]
    lines += [
        f"{i}  " + name.rjust(width) + "     " + dob + "Lyon".rjust(12) for i, (name, dob, _) in enumerate(people)
    ]
    text = _notebook(lines)
    assert _found(text, "DATE_OF_BIRTH") == {dob for _, dob, _ in people}


@pytest.mark.parametrize("locale", _LOCALES)
def test_spark_show_in_a_notebook(locale: str) -> None:
    people = _people(locale)
    w1, w2 = max(len(n) for n, _, _ in people) + 2, max(len(e) for _, _, e in people) + 2
    rule = "+" + "-" * w1 + "+" + "-" * w2 + "+----------+"
    lines = [rule, "|" + "name".ljust(w1) + "|" + "email".ljust(w2) + "|birth_date|", rule]
    lines += ["|" + n.ljust(w1) + "|" + e.ljust(w2) + "|" + d + "|" for n, d, e in people]
    text = _notebook([*lines, rule])
    assert _found(text, "DATE_OF_BIRTH") == {dob for _, dob, _ in people}


@pytest.mark.parametrize("locale", _LOCALES)
def test_csv_at_the_end_of_a_json_string(locale: str) -> None:
    people = _people(locale)
    body = "Converted contacts.vcf:\nFN,EMAIL,BDAY\n" + "\n".join(f"{n},{e},{d}" for n, d, e in people)
    text = json.dumps({"type": "console", "content": body}, ensure_ascii=False)
    assert _found(text, "DATE_OF_BIRTH") == {dob for _, dob, _ in people}  # the last row too


@pytest.mark.parametrize("locale", _LOCALES)
def test_copy_csv_dump_with_quoted_commas(locale: str) -> None:
    people = _people(locale)
    rows = [f'{4410 + i},"{n}",{d},"12 Main St, Apt {i}, Springfield"' for i, (n, d, _) in enumerate(people)]
    text = (
        "COPY hr.employees (emp_id, legal_name, dob, home_address) FROM stdin WITH (FORMAT csv);\n"
        + "\n".join(rows)
        + "\n\\.\n"
    )
    assert _found(text, "DATE_OF_BIRTH") == {dob for _, dob, _ in people}


def test_a_notebook_table_without_a_birth_column_gives_no_birth_date() -> None:
    text = _notebook(["   order_id  shipped_on", "0  A-1001  2024-03-05", "1  A-1002  2024-03-07"])
    assert _found(text, "DATE_OF_BIRTH") == set()


def test_a_tab_copy_dump_is_still_read_by_tabs() -> None:
    text = "COPY p (id, name, dob) FROM stdin;\n1\tAnna Nowak\t1971-02-03\n2\tJan Kowalski\t1980-11-30\n\\.\n"
    assert _found(text, "DATE_OF_BIRTH") == {"1971-02-03", "1980-11-30"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a notebook list of lines in the unescaped view: joints dropped, quotes cut
        ([(0, '  "a  b'), (8, '",'), (11, '  "c  d"')], [(3, "a  b"), (14, "c  d")]),
        # a Python list written one string a line keeps its quotes (no joint lines)
        ([(0, '  "a",'), (7, '  "b",')], [(0, '  "a",'), (7, '  "b",')]),
    ],
)
def test_unwrap(lines: list[tuple[int, str]], expected: list[tuple[int, str]]) -> None:
    assert unwrap(lines) == expected


@pytest.mark.parametrize(
    ("row", "end"),
    [
        ('Ann,1989-12-01"}', 14),  # the last row of a table in a JSON string
        ('Ann,"1989-12-01"', 16),  # a quoted cell: its quote closes the cell, not a string
        ("Ann,1989-12-01", 14),
    ],
)
def test_json_tail(row: str, end: int) -> None:
    assert json_tail(row) == end
