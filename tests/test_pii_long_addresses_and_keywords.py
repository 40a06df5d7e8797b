"""Round 5: long international addresses, amounts that are not addresses, doc tags, JSON-LD keys
and Message-IDs that are not handles or mailboxes.

Each row: (text, values the detector must report, why); an empty tuple is a near miss. Address
and handle rows also run JSON-escaped.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.contact import EmailDetector
from redactor.detect.pii.identity import GitIdentityDetector, HandleDetector


def found(detector: object, text: str) -> tuple[str, ...]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return tuple(text[s.start : s.end] for s in spans if s.score >= 0.5)


def escaped(text: str) -> str:
    return json.dumps(text)[1:-1]


FORMS = ["plain", "escaped"]

ADDRESSES = [
    (
        "Envie para Rua das Flores 88, apto 1201, Moema, São Paulo - SP, 04077-000",
        ("Rua das Flores 88, apto 1201, Moema, São Paulo - SP, 04077-000",),
        "Brazilian apto, district, city - state, CEP",
    ),
    (
        "Enviar a: Av. Santa Fe 2200, piso 3 dpto A, C1123AAN CABA",
        ("Av. Santa Fe 2200, piso 3 dpto A, C1123AAN CABA",),
        "Argentine piso/dpto with a letter, CPA",
    ),
    (
        "Atatürk Caddesi No: 12 D: 3, 06100 Ankara",
        ("Atatürk Caddesi No: 12 D: 3, 06100 Ankara",),
        "Turkish D: (daire) unit, postcode and city",
    ),
    (
        "Morada: Avenida da Liberdade 110, 3.º Dto., 1250-146 Lisboa",
        ("Avenida da Liberdade 110, 3.º Dto., 1250-146 Lisboa",),
        "Portuguese floor and side (3.º Dto.)",
    ),
    (
        "Deliver to Apartment 4, The Granary, Mill Lane, Cork, T12 AB34",
        ("Apartment 4, The Granary, Mill Lane, Cork, T12 AB34",),
        "Irish unit, named building, street without a number, Eircode",
    ),
    (
        "moved to Unit 5, 3rd Avenue, Bonifacio Global City, Taguig 1634",
        ("Unit 5, 3rd Avenue, Bonifacio Global City, Taguig 1634",),
        "Philippine unit, ordinal avenue, district, city and postcode",
    ),
    (
        "adres: Atatürk Mah. Cumhuriyet Cad. No: 15 Daire: 4, 34000 Fatih/İstanbul",
        ("Atatürk Mah. Cumhuriyet Cad. No: 15 Daire: 4, 34000 Fatih/İstanbul",),
        "Turkish Daire: with a colon",
    ),
    (
        "address: 123 Rizal St., Brgy. San Antonio, Makati City, 1203 Metro Manila",
        ("123 Rizal St., Brgy. San Antonio, Makati City, 1203 Metro Manila",),
        "Philippine barangay abbreviation",
    ),
    ("vive en C/ de Alcalá 120, 28009 Madrid", ("C/ de Alcalá 120, 28009 Madrid",), "Spanish C/ for calle"),
    (
        "our office: 5th Floor, 20 Collyer Quay, Singapore 049319",
        ("5th Floor, 20 Collyer Quay, Singapore 049319",),
        "an ordinal floor before the house number",
    ),
    (
        "the row with M. Y., address 37 rue des Lilas, 69003 Lyon. Why? It fails.",
        ("37 rue des Lilas, 69003 Lyon",),
        "a city before a sentence end is not an abbreviation",
    ),
    ("approvals above EUR 10,000 need the CFO", (), "an amount with a thousands separator"),
    ("the limit is USD 5,000 per day, Zürich office", (), "an amount before a city"),
    ("total: 1,200 items across 3 regions, 12,500 users", (), "counts"),
    ("Unit 3, Test Drive results are in", (), "a unit word before a product name"),
    ("Suite 2, Performance Tests", (), "a test suite, no street"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ADDRESSES, ids=[r[2] for r in ADDRESSES])
@pytest.mark.parametrize("form", FORMS)
def test_long_addresses(text: str, expected: tuple[str, ...], why: str, form: str) -> None:
    t = text if form == "plain" else escaped(text)
    assert found(AddressDetector(), t) == tuple(v if form == "plain" else escaped(v) for v in expected)


HANDLES = [
    ("/**\n * Invoice renderer.\n * @copyright 2023 Acme\n * @license MIT\n */", (), "PHPDoc/Javadoc tags"),
    ("/**\n * @fileoverview helpers\n */", (), "JSDoc tag"),
    ("/// @brief Parses the header", (), "Doxygen tag"),
    ("#' @examples\n#' f(1)", (), "roxygen tag"),
    ('{"@context":"https://schema.org","@type":"Person","name":"Ana"}', (), "JSON-LD keys"),
    (" * reviewed by @mariaj", ("@mariaj",), "a handle later on a doc line"),
    ("# @mariaj can you review?", ("@mariaj",), "a handle first in a plain comment"),
    ("@mariaj: can you look at the build?", ("@mariaj",), "a chat line starting with a handle"),
    ('{"mention": "@mariaj"}', ("@mariaj",), "a handle as a JSON value"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HANDLES, ids=[r[2] for r in HANDLES])
@pytest.mark.parametrize("form", FORMS)
def test_handles_and_keywords(text: str, expected: tuple[str, ...], why: str, form: str) -> None:
    t = text if form == "plain" else escaped(text)
    assert found(HandleDetector(), t) == expected


MAILS = [
    ("Message-ID: <CAF3q9vs8nTQLtcxUD2uGtApdQ@mail.gmail.com>", (), "Message-ID"),
    ("In-Reply-To: <20240611.abc123@mx.example.org>", (), "In-Reply-To"),
    ("References: <a1b2@mail.example.com> <c3d4@mail.example.com>", (), "References, several ids"),
    ("X-Google-Original-Message-ID: <x9@mail.example.com>", (), "vendor Message-ID header"),
    ("From: Ann Lee <ann@example.com>", ("ann@example.com",), "a From mailbox"),
    ("Reply-To: <ann@example.com>", ("ann@example.com",), "Reply-To"),
    ("X-Sender-Id: <ann@example.com>", ("ann@example.com",), "an X- header that names a sender"),
]


@pytest.mark.parametrize(("text", "expected", "why"), MAILS, ids=[r[2] for r in MAILS])
def test_message_ids_are_not_mailboxes(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(EmailDetector(), text) == expected
    git = tuple(v for v in found(GitIdentityDetector(), text) if "@" in v)
    assert set(git) <= set(expected)
