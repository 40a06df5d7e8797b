"""A strong secret name in prose, then a generated value in backticks (``secret.generic.assignment``).

``Mailshake API key `1f5a...` ``, ``Our Mailshake API key is `...`.``: prose sets the value apart
in backticks with no ``=`` or ``:``. Generated rows cross vendors, strong names and sentence
shapes with generated values (hex, random, base64); near misses: a UUID, a word, a placeholder,
a weak name (``key``, ``cache key``), and a hash, signature, commit or id word on the line.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.generic import AssignmentDetector

_RNG = random.Random(5501)


def _token(n: int) -> str:
    return "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n))


_VALUES = [_hex(32), _token(32), _token(40), _hex(40)]
_VENDORS = ["Mailshake", "Instantly", "Lemlist", "Apollo", "Reply.io", "Woodpecker"]
_NAMES = ["API key", "API token", "access token", "secret key", "client secret", "auth token"]
_SHAPES = [
    "Cold outreach stack:\n- {vendor} {name} `{v}`\n- CRM: none",
    "Our {vendor} {name} is `{v}`.",
    "FYI the {vendor} {name} was `{v}` until Monday",
    "{vendor} {name} `{v}` (prod)",
]


@pytest.mark.parametrize(
    ("vendor", "name", "shape", "value"),
    [
        (vendor, name, shape, _VALUES[i % len(_VALUES)])
        for i, (vendor, name, shape) in enumerate(itertools.product(_VENDORS, _NAMES, _SHAPES))
    ],
)
def test_strong_name_then_ticked_generated_value(vendor: str, name: str, shape: str, value: str) -> None:
    text = shape.format(vendor=vendor, name=name, v=value)
    spans = AssignmentDetector(ViewCache()).detect(text)
    p = text.find(value)
    assert any(s.start == p and s.end == p + len(value) for s in spans)


_H = "3f9a1c7e5b2d8046a1c3e5f7b9d2a4c6e8f0a2b4"
_R = "Xk3pQ9mW2zR7vLbN4tY8aB"


@pytest.mark.parametrize(
    "text",
    [
        f"The cache key is `{_H}`.",
        f"The commit is `{_H}`.",
        f"The signature is `{_H}` and it matches.",
        f"The expected HMAC signature is `{_H}`.",
        f"The request signature `{_H}` did not match.",
        f"The sha256 of the API key is `{_H}`.",
        f"The API key digest is `{_H}`.",
        f"The key fingerprint is `{_H}`.",
        f"The key `{_R}` is the cache key for this build",
        "Our Mailshake API key is `cc55b04c-6324-4347-ac8f-005631775b7d`.",
        "Our Mailshake API key is `your-api-key-here`.",
        "the API token is `MAILSHAKE_API_TOKEN`",
        f"The public key is `{_R}`.",
        f"The API key ID is `{_R}`.",
    ],
)
def test_prose_near_misses(text: str) -> None:
    assert AssignmentDetector(ViewCache()).detect(text) == []
