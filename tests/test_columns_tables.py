"""Column-aware detection: every value under a column whose header names a personal field is
checked as that field, whatever the table's form (psql, Markdown, CSV, aligned text), the
header's language or script, and whether the table starts inside a JSON string.

Each row: (text, (entity, value) pairs that must be reported, why); near misses report nothing
of the entities checked.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii.structured import StructuredFieldDetector

CHECKED = {"DATE_OF_BIRTH", "PHONE_NUMBER", "ADDRESS", "PERSON"}


def found(text: str) -> set[tuple[str, str]]:
    return {(s.entity, text[s.start : s.end]) for s in StructuredFieldDetector().detect(text) if s.entity in CHECKED}


PSQL = (
    "id | full_name | email | phone | date_of_birth\n"
    "----+-----------+-------+-------+--------------\n"
    " 1041 | Dilnoza Yusupova | d.y@mail.example | +998 90 123 45 67 | 1991-04-17\n"
    " 1042 | Kwabena Asante | k.a@mail.example | +233 24 555 0192 | 1987-11-02\n"
    "(2 rows)"
)

ROWS = [
    (
        json.dumps({"result": {"content": [{"type": "text", "text": PSQL}]}}),
        {
            ("PERSON", "Dilnoza Yusupova"),
            ("PHONE_NUMBER", "+998 90 123 45 67"),
            ("DATE_OF_BIRTH", "1991-04-17"),
            ("PERSON", "Kwabena Asante"),
            ("PHONE_NUMBER", "+233 24 555 0192"),
            ("DATE_OF_BIRTH", "1987-11-02"),
        },
        "psql table starting inside a JSON string (an MCP tool result)",
    ),
    (
        "| Nombre | Fecha de nacimiento | Teléfono |\n|---|---|---|\n| Ana Pérez | 03/04/1985 | +34 612 345 678 |",
        {("PERSON", "Ana Pérez"), ("DATE_OF_BIRTH", "03/04/1985"), ("PHONE_NUMBER", "+34 612 345 678")},
        "Markdown table, Spanish multi-word headers",
    ),
    (
        "氏名,生年月日,電話番号\n山田太郎,1990/05/12,090-1234-5678",
        {("PERSON", "山田太郎"), ("DATE_OF_BIRTH", "1990/05/12"), ("PHONE_NUMBER", "090-1234-5678")},
        "CSV with Japanese headers",
    ),
    (
        "Name;Geburtsdatum;Anschrift\nJonas Weber;03.04.1979;Hauptstraße 12, 10115 Berlin",
        {("PERSON", "Jonas Weber"), ("DATE_OF_BIRTH", "03.04.1979"), ("ADDRESS", "Hauptstraße 12, 10115 Berlin")},
        "semicolon CSV with German headers",
    ),
    (
        "   full_name      date_of_birth  city\n"
        "0  Ana Lima       1990-01-02     Porto\n"
        "1  Bo Chen        1985-12-31     Lyon\n",
        {
            ("PERSON", "Ana Lima"),
            ("DATE_OF_BIRTH", "1990-01-02"),
            ("PERSON", "Bo Chen"),
            ("DATE_OF_BIRTH", "1985-12-31"),
        },
        "aligned (pandas) table with an index column",
    ),
    (
        "Nome,Endereço de entrega,Telefone\nLuíza Rocha,Rua Augusta 1508,(11) 98765-4321",
        {("PERSON", "Luíza Rocha"), ("ADDRESS", "Rua Augusta 1508"), ("PHONE_NUMBER", "(11) 98765-4321")},
        "a foreign address header naming its kind after the word",
    ),
    ("Name  Version  Date\nfoo   1.2.3    2020-01-02\n", set(), "aligned table without personal columns"),
    (
        "Adresse IP,Adresse MAC,Hostname\n10.0.0.1,00:1a:2b:3c:4d:5e,web-1",
        set(),
        "address columns that are no postal addresses",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), ROWS, ids=[r[2] for r in ROWS])
def test_columns(text: str, expected: set[tuple[str, str]], why: str) -> None:
    assert found(text) == expected, why


ONE_COLUMN = [
    (
        "id | patient | date_of_birth | ward\n---+---+---+---\n7 | A. Lima | 1990-01-02 | 4B",
        {("DATE_OF_BIRTH", "1990-01-02")},
        "one birth-date column among four",
    ),
    ("ticket,summary,phone\n42,printer jammed,+44 20 7946 0958", {("PHONE_NUMBER", "+44 20 7946 0958")}, "phone"),
    ("id,dob\n1,1990-01-02", set(), "two columns, one personal: a key/value pair, not a table"),
    ("name,address,phone\nheap,0x7ffd5b2c1a40,n/a", set(), "a memory address under an address column"),
    ("id,release,date_of_birth\n1,v2,not a date", set(), "a birth-date column whose value is no date"),
    (
        "Proto  Recv-Q  Local Address     Foreign Address   State\n"
        "tcp    0       localhost:5432    10.0.0.7:51234    ESTAB",
        set(),
        "netstat's local/foreign address columns are no postal addresses",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), ONE_COLUMN, ids=[r[2] for r in ONE_COLUMN])
def test_one_self_evident_column(text: str, expected: set[tuple[str, str]], why: str) -> None:
    assert found(text) == expected, why
