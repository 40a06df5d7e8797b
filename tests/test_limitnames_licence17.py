"""Late session 17: limit words inside vendor names (`limitnames`) and licence-name tails
narrowed to licence vocabulary (`values.LICENCE_TAIL_WORDS`, `licence_names`). Generated cases."""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.generic import scan
from redactor.detect.secrets.licence_names import licence_name
from redactor.detect.secrets.limitnames import limit_vendor_strength, long_generated
from redactor.detect.secrets.values import spdx_license

_RNG = random.Random(1745)
_ALNUM = string.ascii_letters + string.digits


def _token(n: int) -> str:
    while True:
        t = "".join(_RNG.choice(_ALNUM) for _ in range(n))
        if long_generated(t):
            return t


VENDORS = ["ACME_MAX", "HBO_MAX", "LIFT_MAX", "ZEN_MINI_MIN", "NUM_LABS", "COUNT_OPS"]
NOUNS = ["CLIENT_SECRET", "API_KEY", "ACCESS_TOKEN", "SECRET_KEY", "AUTH_TOKEN"]


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("noun", NOUNS)
def test_vendor_limit_word_with_token_is_read(vendor: str, noun: str) -> None:
    value = _token(_RNG.choice((32, 40, 44, 48)))
    text = f"{vendor}_{noun}={value}\n{vendor}_TENANT=eu-west\n"
    found = [text[s:e] for s, e, _ in scan(EscapeView(text))]
    assert value in found, (text, found)


@pytest.mark.parametrize(
    "key",
    [
        "MAX_SECRET",
        "SECRET_MAX_LEN",
        "max_page_token",
        "MIN_PASSWORD_LENGTH",
        "TOKEN_COUNT",
        "api_key_size",
        "MAX_TOKENS",
    ],
)
def test_limit_names_stay_vetoed(key: str) -> None:
    assert limit_vendor_strength(key) is None
    for value in ("4096", "32", _token(32)):
        text = f"{key}={value}\n"
        assert scan(EscapeView(text)) == [], text


@pytest.mark.parametrize(
    "value", ["4096", "120s", "none", "true", "abcdefghijklmnopqrstuvwxyzab", "ABCDEFGHIJKLMNOPQRSTUVWX12"]
)
def test_vendor_limit_word_with_plain_value_is_not_read(value: str) -> None:
    text = f"ACME_MAX_CLIENT_SECRET={value}\n"
    assert scan(EscapeView(text)) == [], value


def _word_passwords() -> list[str]:
    heads = ["Ruby", "Python", "Perl", "Apache", "Boost", "Vim", "curl", "Unicode", "OpenSSL", "MIT", "BSD", "Zope"]
    words = ["tiger", "Harbor", "orange", "Monkey", "Storm", "falcon", "Sunrise", "Kettle", "maple", "Comet"]
    rng = random.Random(4217)
    out = []
    for _ in range(60):
        parts = [rng.choice(heads), *rng.sample(words, rng.choice((1, 2)))]
        if rng.random() < 0.6:
            parts.append(str(rng.randint(2, 2099)))
        out.append("-".join(parts))
    return out


@pytest.mark.parametrize("word_password", _word_passwords())
def test_word_passwords_are_not_licence_names(word_password: str) -> None:
    assert not licence_name(word_password), word_password
    assert not spdx_license(word_password), word_password


def _spdx_like() -> list[str]:
    """Licence names with SPDX tails, generated from heads, versions and tail words."""
    heads = ["GPL", "LGPL", "AGPL", "BSD", "MIT", "Apache", "MPL", "CC-BY", "OFL", "GFDL", "Artistic"]
    tails = [
        "only",
        "or-later",
        "Clause",
        "Clause-FreeBSD",
        "no-invariants-or-later",
        "RFN",
        "Patent",
        "SA",
        "NC-ND",
        "US",
    ]
    rng = random.Random(917)
    out = []
    for _ in range(60):
        version = rng.choice(["2", "2.0", "3.0", "1.1", "4.0", "2.1"])
        out.append(f"{rng.choice(heads)}-{version}-{rng.choice(tails)}")
    return out


@pytest.mark.parametrize("name", _spdx_like())
def test_licence_tails_still_read(name: str) -> None:
    assert licence_name(name), name


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n))


ID_CLAUSES = ["client id `{u}`", "app id `{u}`", "tenant ID `{u}`", "merchant id `{u}`"]
SECRET_NOUNS = ["private key", "API key", "client secret", "access token", "secret key"]


@pytest.mark.parametrize("id_clause", ID_CLAUSES)
@pytest.mark.parametrize("noun", SECRET_NOUNS)
def test_id_word_of_an_earlier_clause_does_not_veto(id_clause: str, noun: str) -> None:
    uuid = f"{_hex(8)}-{_hex(4)}-4{_hex(3)}-a{_hex(3)}-{_hex(12)}"
    value = _hex(_RNG.choice((32, 40, 48, 64)))
    text = f"Here are the keys: {id_clause.format(u=uuid)}, {noun} `{value}`. Keep them safe."
    found = [text[s:e] for s, e, _ in scan(EscapeView(text))]
    assert value in found, (text, found)


@pytest.mark.parametrize("lead", ["the sha256 of the {n} is", "the {n} id is", "md5 of the {n} is", "build cache {n}"])
@pytest.mark.parametrize("noun", SECRET_NOUNS)
def test_hash_word_in_the_same_clause_still_vetoes(lead: str, noun: str) -> None:
    value = _hex(_RNG.choice((32, 40, 64)))
    text = f"Note: {lead.format(n=noun)} `{value}` for reference."
    found = [text[s:e] for s, e, _ in scan(EscapeView(text))]
    assert value not in found, (text, found)


PAYMENT_NAMES = ["zmk", "ZPK", "tmk", "TPK", "bdk", "IPEK", "kek", "zak", "CVK", "pvk"]


@pytest.mark.parametrize("name", PAYMENT_NAMES)
@pytest.mark.parametrize("carrier", ["switch.{k}={v}\n", "{K}: {v}\n", '"{k}": "{v}",', "ACQ_{K}_UNDER_LMK={v}\n"])
def test_payment_hsm_keys_are_read(name: str, carrier: str) -> None:
    value = _hex(_RNG.choice((16, 32, 48))).upper()
    if _RNG.random() < 0.3:
        value = "U" + value
    text = carrier.format(k=name.lower(), K=name.upper(), v=value)
    found = [text[s:e] for s, e, _ in scan(EscapeView(text))]
    assert value in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "switch.zpk.kcv=3F8A21\n",
        "tmk_index=0011223344556677\n",
        "ZMK_CHECK_VALUE: A1B2C3D4E5F60789\n",
        "bdk=0123456789ABCDEFFEDCBA9876543210\n",
        "zmk=00000000000000000000000000000000\n",
        "zmk_len=32\n",
        "the pek was rotated yesterday\n",
    ],
)
def test_payment_key_metadata_is_not_read(text: str) -> None:
    assert scan(EscapeView(text)) == [], text
