"""Keys issued as digits under secret key names (``values.numeric_key``).

Some vendors issue API keys and secrets as 10-40 digits (``GLOVO_API_KEY=041091768227``) or
digits after a one- or two-letter prefix (``K81848163984755``). A generated matrix of such keys
under key, secret and token names of many vendors in env files, shell, YAML, JSON, Python and INI;
near misses: ports, counts, ids, numbers, Unix times, date stamps and counting digits under the
same names, and the same keys under id, number and port names.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.values import numeric_key

DETECTORS = secret_detectors()

VENDORS = ("GLOVO", "OCRSPACE", "JAZZCASH", "EASYPAISA", "P24", "BOSTA", "KUSHKI", "SIGFOX", "ALTERYX", "MUVI")
NOUNS = ("API_KEY", "API_SECRET", "SECRET_KEY", "ACCESS_TOKEN", "AUTH_TOKEN", "CLIENT_SECRET", "SECRET")
CARRIERS = (
    "{K}={v}\n",
    "export {K}={v}\n",
    "{k}: {v}\n",
    "{k}: '{v}'\n",
    '{{"{k}": "{v}"}}',
    '{K} = "{v}"\n',
    "[{vendor}]\n{k} = {v}\n",
)


def _digits(rng: random.Random) -> str:
    while True:
        v = rng.choice(("", "", "K", "P")) + "".join(rng.choice(string.digits) for _ in range(rng.randrange(10, 25)))
        if numeric_key(v):
            return v


def _found(text: str, value: str) -> bool:
    return any(text[s.start : s.end] == value for d in DETECTORS for s in d.detect(text))


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("carrier", CARRIERS)
def test_keys_issued_as_digits_under_secret_names_are_masked(noun: str, carrier: str) -> None:
    rng = random.Random(noun + carrier)
    for vendor in VENDORS:
        v = _digits(rng)
        name = f"{vendor}_{noun}"
        text = carrier.format(K=name, k=name.lower(), v=v, vendor=vendor.lower())
        assert _found(text, v), text


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize(
    "value",
    [
        "5432",  # a port
        "86400",  # a period
        "1732000000",  # a Unix time
        "1732000000123",  # ... in milliseconds
        "20261124093015",  # a date and time stamp
        "12345678901234",  # counting
        "0000000000",  # a placeholder
        "1111122222",
    ],
)
def test_ports_times_stamps_and_placeholders_under_secret_names_are_left_alone(noun: str, value: str) -> None:
    text = f"GLOVO_{noun}={value}\n"
    assert not _found(text, value)


@pytest.mark.parametrize(
    "name", ["GLOVO_MERCHANT_ID", "P24_POS_ID", "easypaisa.store_id", "ACCOUNT_NUMBER", "SMTP_PORT", "API_KEY_ID"]
)
def test_digit_keys_under_id_number_and_port_names_are_left_alone(name: str) -> None:
    text = f"{name}=041091768227\n"
    assert not _found(text, "041091768227")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("041091768227", True),
        ("K81848163984755", True),
        ("8274619350274", True),
        ("12345678", False),  # too short
        ("1234567890123", False),  # counting
        ("1732000000", False),  # a Unix time
        ("20261124093015", False),  # a date stamp
        ("1000000000001", False),  # repeated digits
        ("ABC1234567890", False),  # a three-letter prefix
        ("0x1234567890", False),
    ],
)
def test_numeric_key(value: str, expected: bool) -> None:
    assert numeric_key(value) is expected
