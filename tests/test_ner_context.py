"""`ner_context`: what the text around a NER hit says (product records, services, other languages).

Unit rows on the helpers, then the same cases through the real NER adapter.
"""

from __future__ import annotations

import pytest

from redactor.detect.ner_context import foreign_line, product_record, service_name
from redactor.detect.presidio_adapter import NerAdapter


def at(text: str, value: str) -> tuple[int, int]:
    i = text.index(value)
    return i, i + len(value)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            '[{"sku": "MG-LIS-03", "name": "Lisbon Enamel Mug", "colour": "Sand", "price": "89.00"}]',
            "Lisbon Enamel Mug",
            True,
        ),
        (
            '{\\"sku\\": \\"TS-MAR-M\\", \\"name\\": \\"Marie Linen Tee\\", \\"price\\": \\"14.50\\"}',
            "Marie Linen Tee",
            True,
        ),
        ('{"sku": "A1", "name": "Ana Souza", "email": "ana@example.com"}', "Ana Souza", False),  # a person's record
        (
            '{"order": 7, "name": "Ana Souza", "items": [{"sku": "MG", "price": 3}]}',
            "Ana Souza",
            False,
        ),  # not one object
        ('{"name": "Ana Souza", "role": "admin"}', "Ana Souza", False),
    ],
)
def test_product_record(text: str, value: str, expected: bool) -> None:
    assert product_record(text, *at(text, value)) is expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Basic auth for the Klarna playground is ready", "Klarna", True),
        ('"name": "Fivetran admin"', "Fivetran", True),
        ("I updated both in Doppler; please restart the pods.", "Doppler", True),
        ("Helpdesk migration (Help Scout \u2192 Gorgias), credentials", "Gorgias", True),
        ("Ana's account is locked", "Ana", False),  # a possessive: a person's account
        ("I left it in Maria's office", "Maria", False),
        ("Add Kabyle translation (via Hoger Wansing)", "Hoger Wansing", False),  # a full name after via
        ("Ask Priya about the release", "Priya", False),
    ],
)
def test_service_name(text: str, value: str, expected: bool) -> None:
    assert service_name(text, *at(text, value)) is expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Selamat siang,\n\nPesanan saya", "Selamat", True),
        ("Terima kasih,\nDewi", "Terima", True),
        ("Nanti aku pindah ke `.env` sebelum deploy", "Nanti", True),
        ("but Virpi just has to get there", "Virpi", False),
        ("Fix from\n  Nalin (Bugs 476951 - agmorgan)", "Nalin", False),  # one login-like word elsewhere
        ("Giulia Ferrante", "Giulia", False),  # capitalised words only: not judged
    ],
)
def test_foreign_line(text: str, value: str, expected: bool) -> None:
    assert foreign_line(text, *at(text, value)) is expected


@pytest.fixture(scope="module")
def ner() -> NerAdapter:
    return NerAdapter()


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        (
            '[{"sku": "TS-MAR-M", "name": "Marie Linen Tee", "colour": "Florence Rose", "price": "14.50"}]',
            "Marie Linen Tee",
            None,
        ),
        ("Basic auth for the Klarna playground is PK81234_a1b2c3d", "Klarna", None),
        ("Dear team,\n\nSelamat siang,\n\nPesanan saya atas nama Dewi Lestari belum sampai.", "Selamat", None),
        (
            '{"sku": "A1", "name": "Marie Dubois", "email": "marie@example.com", "note": "call back"}',
            None,
            "Marie Dubois",
        ),
        ("Dear team,\n\nSelamat siang,\n\nPesanan saya atas nama Dewi Lestari belum sampai.", None, "Dewi Lestari"),
    ],
)
def test_through_the_adapter(ner: NerAdapter, text: str, dropped: str | None, kept: str | None) -> None:
    (spans,) = ner.analyze_batch([text])
    values = {text[s.start : s.end] for s in spans}
    if dropped is not None:
        assert dropped not in values
    if kept is not None:
        assert kept in values
