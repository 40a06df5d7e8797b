"""`pii.form_pair`: personal values of URL-encoded form bodies and query strings, and of
``key=value`` log lines, judged on bodies generated from Faker's person lists of many locales
(encoded by `urllib.parse.urlencode`, as a browser or an HTTP client sends them)."""

from __future__ import annotations

import random
from urllib.parse import urlencode

import pytest
from faker import Faker

from redactor.detect.pii.form_pairs import FormPairDetector, decode

_LOCALES = ("es_CO", "es_MX", "pt_BR", "fr_FR", "de_DE", "pl_PL", "tr_TR", "vi_VN", "en_US", "sw", "ru_RU", "ja_JP")
_KEYS = (  # (first name, last name, e-mail, phone, birth date) keys of common form conventions
    ("first_name", "last_name", "email", "phone", "dob"),
    ("FirstName", "LastName", "Email", "PhoneNumber", "DateOfBirth"),
    ("solicitante_nombre", "solicitante_apellidos", "correo", "telefono", "fecha_nacimiento"),
    ("billing_first_name", "billing_last_name", "billing_email", "billing_phone", "birth_date"),
    ("vorname", "nachname", "mail", "telefon", "geburtsdatum"),
)


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.entity, text[s.start : s.end]) for s in FormPairDetector().detect(text)}


@pytest.mark.parametrize("locale", _LOCALES)
def test_every_value_of_generated_form_bodies_is_found(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(5)
    rng = random.Random(locale)
    for keys in _KEYS:
        first, last = fake.first_name(), fake.last_name()
        email = f"{rng.choice(['ana', 'j.doe', 'k_lee'])}{rng.randint(1, 99)}@example.org"
        phone = f"+{rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        dob = f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        pairs = dict(zip(keys, (first, last, email, phone, dob), strict=True))
        body = urlencode({**pairs, "tipo": "ampliacion", "page": "2"})
        text = f"POST /api/v2/register HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n{body}"
        found = _found(text)
        want = {
            ("PERSON", urlencode({"x": first})[2:]),
            ("PERSON", urlencode({"x": last})[2:]),
            ("EMAIL_ADDRESS", urlencode({"x": email})[2:]),
            ("PHONE_NUMBER", urlencode({"x": phone})[2:]),
            ("DATE_OF_BIRTH", dob),
        }
        assert want <= found, (keys, found)
        assert not {v for _, v in found} & {"ampliacion", "2"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an encoded e-mail in a query string is one whatever its key, also as the only pair
        (
            '"GET /account/reset?email=deepika.menon%40gmail.com HTTP/2.0" 302',
            {("EMAIL_ADDRESS", "deepika.menon%40gmail.com")},
        ),
        ('"GET /confirm?u=lukas.brandt%40gmx.de&t=9f1c2 HTTP/2.0"', {("EMAIL_ADDRESS", "lukas.brandt%40gmx.de")}),
        # a callback logged as space-separated pairs with one-word values
        (
            "ResultDesc=ok PhoneNumber=254712448019 FirstName=Wanjiru LastName=Kamau",
            {("PHONE_NUMBER", "254712448019"), ("PERSON", "Wanjiru"), ("PERSON", "Kamau")},
        ),
        # near misses: no personal key, a bare `name` alone, a key known only by its last part alone
        ("GET /search?q=Maria+Callas&page=2&sort=desc", set()),
        ("?name=publish&version=2&dry_run=true", set()),
        ("?product_nombre=Widget&qty=3", set()),
        ("level=info msg=started FirstName=Build", set()),
    ],
)
def test_pairs(text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("value", "decoded"),
    [
        ("Quispe+Mamani", "Quispe Mamani"),
        ("%2B51+987", "+51 987"),
        ("Jos%C3%A9", "José"),  # a two-byte UTF-8 escape is one character
        ("100%", "100%"),  # a lone percent sign stays
        ("%FF%FE", "%FF%FE"),  # not UTF-8: kept as written
    ],
)
def test_decode(value: str, decoded: str) -> None:
    text, where = decode(value)
    assert text == decoded
    assert len(where) == len(text) + 1 and where[-1] == len(value)
