"""``pii.structured`` reads the shared field vocabulary (`field_vocab`): column names and keys of
~90 languages, and names in scripts without capitals under name keys.

Each row: (text, (entity, value) pairs the structured detector reports, why). Near misses report
nothing: English keys keep their own rules, and uncased values must still look like names.
"""

# ruff: noqa: RUF001  # headers and values of other scripts are the point of these tests
from __future__ import annotations

import pytest

from redactor.detect.pii.structured import _KEYS, StructuredFieldDetector

_DETECTOR = StructuredFieldDetector()


def found(text: str) -> set[tuple[str, str]]:
    return {(s.entity, text[s.start : s.end]) for s in _DETECTOR.detect(text) if s.entity in ("PERSON", "ADDRESS")}


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (
            'Nume,Prenume,CNP,Telefon,Adresa\nPopescu,Andreea,2990101123456,0722 123 456,"Str. Lalelelor 5, Cluj"',
            {("PERSON", "Popescu"), ("PERSON", "Andreea"), ("ADDRESS", "Str. Lalelelor 5, Cluj")},
            "Romanian CSV header: a given-name column (one word is enough), the bare name column beside it"
            " (the family name, one word) and an address column",
        ),
        (
            'ПІБ,Телефон,Адреса\nОлена Коваленко,+380 44 123 4567,"вул. Хрещатик, 22"',
            {("PERSON", "Олена Коваленко"), ("ADDRESS", "вул. Хрещатик, 22")},
            "Ukrainian CSV header",
        ),
        (
            '{"employee_id": "EMP-1", "naam": "राजेश कुमार शर्मा", "pata": "मकान नं. 45, सेक्टर 12, नई दिल्ली"}',
            {("PERSON", "राजेश कुमार शर्मा"), ("ADDRESS", "मकान नं. 45, सेक्टर 12, नई दिल्ली")},
            "romanised Hindi keys with Devanagari values (no capitals to look for)",
        ),
        (
            '{"ho_ten": "Lê Thị Hồng Nhung", "so_dien_thoai": "0935778201", "dia_chi": "123 Trần Phú, Quận 5"}',
            {("PERSON", "Lê Thị Hồng Nhung"), ("ADDRESS", "123 Trần Phú, Quận 5")},
            "Vietnamese keys written without diacritics",
        ),
        (
            "氏名,生年月日,電話番号\n山田太郎,1990/05/12,090-1234-5678",
            {("PERSON", "山田太郎")},
            "a Japanese name column: a Han name has no capitals",
        ),
        # near misses
        (
            "id | patient | date_of_birth | ward\n---+---+---+---\n7 | A. Lima | 1990-01-02 | 4B",
            set(),
            "English keys keep their own rules (patient was no key before; the vocabulary adds none)",
        ),
        ('{"naam": "कोई नहीं", "pata": "अज्ञात"}', set(), "'none' and 'unknown' in Hindi"),
        ('{"naam": "build-42", "pata": "0.0.0.0:8080"}', set(), "an id and a bind address"),
        ("Straße: wird nachgereicht", set(), "a sentence under a vocabulary address key: no number, no street word"),
    ],
)
def test_vocabulary_columns_and_keys(text: str, expected: set[tuple[str, str]], why: str) -> None:
    assert found(text) == expected, why


def test_vocabulary_adds_keys_but_changes_none() -> None:
    assert _KEYS["піб"] == ("PERSON", "name_cooc")  # a whole person: two words, another personal field
    assert _KEYS["prenume"] == ("PERSON", "name1")  # a name part
    assert _KEYS["адреса"] == ("ADDRESS", "address_label")  # checked as a labelled address (a number, a word)
    assert _KEYS["address"] == ("ADDRESS", "address") and _KEYS["name"] == ("PERSON", "name_cooc")
    assert "patient" not in _KEYS and "customer_name" in _KEYS  # English keys: only the hand-chosen ones
