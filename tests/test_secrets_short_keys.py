"""Short generated keys (8-15 characters) under key names (``generic.short_generated``).

Legacy payment, SMS and IoT APIs issue 8-15 character keys (``key=1H2FI5QIRK``,
``'X-Trans-Key': '2hg3FUmNNL'``). A generated matrix of such keys under key names in log lines,
header dicts, YAML, JSON, env files and INI; near misses: versions, charsets, words with digits,
short hashes and ids under the same names, and the same keys under names that are no secret.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.generic import short_generated

DETECTORS = secret_detectors()
_RNG = random.Random(1103)

CARRIERS = (
    "INFO payments.router gateway=easebuzz {k}={v} route=dlt",
    "headers={{'X-Date': '2026-11-24T11:40:02Z', '{k}': '{v}', 'X-Version': '2.1'}}",
    "gateway:\n  {k}: {v}\n  timeout: 30",
    '{{"{k}": "{v}", "currency": "INR"}}',
    "{k}={v}\n",
    "[merchant]\n{k} = {v}\n",
)
NAMES = ("key", "X-Trans-Key", "merchant_key", "apiKey", "secret", "access_key", "app_key", "MERCHANT_SECRET")
ALPHABETS = (string.ascii_uppercase + string.digits, string.ascii_letters + string.digits)


def _key(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _masked(text: str, value: str) -> bool:
    i = text.index(value)
    spans = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(i, i + len(value)))


@pytest.mark.parametrize("carrier", CARRIERS)
@pytest.mark.parametrize("alphabet", ALPHABETS, ids=["upper_digits", "base62"])
def test_short_generated_keys_under_key_names_are_mostly_masked(carrier: str, alphabet: str) -> None:
    """At least 75% of random 8-15 character keys: a random key without a digit, or an upper-case
    one with a single digit, reads like a word or code and is left (a known gap)."""
    cases = [(name, _key(alphabet, _RNG.randrange(8, 16))) for name in NAMES for _ in range(5)]
    hits = sum(_masked(carrier.format(k=k, v=v), v) for k, v in cases)
    assert hits >= 0.75 * len(cases), f"{hits}/{len(cases)}"


@pytest.mark.parametrize("carrier", CARRIERS)
@pytest.mark.parametrize(
    "value",
    ["utf8mb4", "v2beta1", "Python311", "iPhone12Pro", "OAuth2Token", "deadbeef12", "2024Q3", "X509Cert", "ENV_PROD1"],
)
def test_codes_versions_and_short_hashes_under_key_names_are_left_alone(carrier: str, value: str) -> None:
    text = carrier.format(k="key", v=value)
    i = text.index(value)
    assert not [s for d in DETECTORS for s in d.detect(text) if s.start < i + len(value) and i < s.end]


@pytest.mark.parametrize("name", ["sort_key", "cache_key", "public_key", "key_id", "order_id", "version", "region"])
def test_short_keys_under_names_that_are_no_secret_are_left_alone(name: str) -> None:
    text = f"INFO router {name}=1H2FI5QIRK route=dlt"
    assert not [s for d in DETECTORS for s in d.detect(text) if text[s.start : s.end] == "1H2FI5QIRK"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1H2FI5QIRK", True),
        ("2hg3FUmNNL", True),
        ("Y6820PHL82", True),
        ("A1B2C3D4", False),
        ("Password1", False),
        ("abcdefgh", False),
        ("12345678", False),
        ("x1", False),
        ("Ab3dEf9hIj2kLm5n", False),
    ],
)
def test_short_generated(value: str, expected: bool) -> None:
    assert short_generated(value) is expected
