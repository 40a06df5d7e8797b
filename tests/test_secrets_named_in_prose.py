"""Credentials named in sentences, AWS key pairs in prose, base64 values that start with a slash.

Each table has near misses that must stay unmasked; every row also runs JSON-escaped.
"""

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()
_RNG = random.Random(29)
B64 = string.ascii_letters + string.digits + "+/"


def rand(alphabet: str, n: int) -> str:
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


AWS_SECRET = "Mkm/" + rand(B64, 36)
SLASH_B64 = "/eDF+" + rand(B64, 60)
HEXKEY = "sk-" + "".join(_RNG.choice("0123456789abcdef") for _ in range(32))


def covered(text: str, value: str) -> bool:
    i = text.index(value)
    sp = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(a <= k < b for a, b in sp) for k in range(i, i + len(value)))


def masked(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for d in DETECTORS for s in d.detect(text)})


POSITIVE = [
    ("hey, the new password for the reporting user is Ember2530-ep, don't paste it again", "Ember2530-ep"),
    ("the password is now `Otter#4411` for everyone", "Otter#4411"),
    (f"I set `DEEPSEEK_API_KEY` to {HEXKEY} in my shell but still get 401", HEXKEY),
    (f"the CI log printed AKIAKGZONZ44ROL1CCM3 / {AWS_SECRET} on line 212", AWS_SECRET),
    (f"    client-key-data: {SLASH_B64}", SLASH_B64),
]

NEGATIVE = [
    "the password for the admin user is stored in the vault",
    "the password is not set yet",
    "I set `LOG_LEVEL` to DEBUG8 for the run",
    "set `API_KEY` to your own key",
    "AKIA ids are public-ish; the secret is the other half",
    "  ca-file: /etc/kubernetes/pki/ca.crt",
    "path: /usr/local/lib/python3.11/site-packages/requests",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_found(text: str, value: str) -> None:
    assert covered(text, value)
    esc = json.dumps({"content": text})
    assert covered(esc, json.dumps(value)[1:-1])


@pytest.mark.parametrize("text", NEGATIVE)
def test_near_misses_stay(text: str) -> None:
    assert masked(text) == []


RPC_KEY = rand(string.ascii_letters + string.digits, 32)
INFURA = "".join(_RNG.choice("0123456789abcdef") for _ in range(32))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"RPC_URL=https://eth-mainnet.g.alchemy.com/v2/{RPC_KEY}", RPC_KEY),
        (f'provider = JsonRpcProvider("https://mainnet.infura.io/v3/{INFURA}")', INFURA),
    ],
)
def test_key_as_last_path_segment(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "GET https://api.example.com/v1/orders/ord_2024_0512_shipping_label",
        f"https://api.example.com/v2/{RPC_KEY}/items",  # not the last segment: an object id
        "https://registry.example.io/v2/library/python/manifests/3.12-slim",
        "https://api.example.com/v1/5f0c8e2a-9b1d-4c3e-8f7a-1b2c3d4e5f60",
    ],
)
def test_versioned_paths_without_keys_stay(text: str) -> None:
    assert masked(text) == []
