"""Character-class features of the learned secret-context model (`learned_features._class_features`,
session 14): generated tokens of every class mix, checked against an independent reading of the token."""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets.learned_features import _class_features, candidates, features

_POOLS = {
    "U": string.ascii_uppercase,
    "L": string.ascii_lowercase,
    "D": string.digits,
    "S": "!@#$%^&*+=?~_-./",
}


def _token(rng: random.Random, classes: str, n: int) -> str:
    """A token of length `n` holding at least one character of each class of `classes` and no other."""
    chars = [rng.choice(_POOLS[c]) for c in classes]
    pool = "".join(_POOLS[c] for c in classes)
    chars += [rng.choice(pool) for _ in range(n - len(chars))]
    rng.shuffle(chars)
    return "".join(chars)


MASKS = ["UD", "LD", "ULD", "ULDS", "LDS", "UL", "ULS", "D", "DS"]


@pytest.mark.parametrize("seed", range(40))
def test_the_mask_names_exactly_the_classes_present(seed: int) -> None:
    rng = random.Random(seed)
    mask = rng.choice(MASKS)
    n = rng.randint(6, 90)
    token = _token(rng, mask, n)
    feats = _class_features(token, "mixed")
    assert feats[0] == f"cc:{mask}"
    assert feats[1].startswith(f"cc:{mask}|")
    digits = sum(c.isdigit() for c in token)
    assert feats[2] == f"dfrac:mixed|{min(4, digits * 5 // n)}"


@pytest.mark.parametrize(("short", "long"), [(7, 70), (10, 40), (20, 64)])
def test_the_length_bin_separates_lengths(short: int, long: int) -> None:
    rng = random.Random(short)
    a, b = _token(rng, "ULD", short), _token(rng, "ULD", long)
    assert _class_features(a, "mixed")[1] != _class_features(b, "mixed")[1]
    assert _class_features(a, "mixed")[0] == _class_features(b, "mixed")[0]


def test_non_ascii_letters_are_letters_not_symbols() -> None:
    assert _class_features("ключ7Ab9xZ", "mixed")[0] == "cc:ULD"


@pytest.mark.parametrize("seed", range(10))
def test_every_candidate_is_described_by_its_classes(seed: int) -> None:
    rng = random.Random(100 + seed)
    value = _token(rng, rng.choice(["ULD", "LD", "UD"]), rng.randint(20, 40))
    key = rng.choice(["API_KEY", "service_token", "clientSecret", "vendor-key"])
    text = f"{key}={value}\n"
    cands = [c for c in candidates(text) if text[c.start : c.end] == value]
    assert cands, text
    names = features(text, cands[0])
    assert set(_class_features(value, cands[0].shape)) <= set(names)


def test_a_learned_span_leaves_a_leading_key_name_out() -> None:
    """grep output splits a `.env` line at its colons only: the candidate is ``NAME=value``; the
    span must be the value (the key name stays readable), whatever style the name is written in,
    while base64 pieces with padding inside a token stay part of the value."""
    from redactor.detect.secrets.learned import _value_start

    for name in ("LEDGER_TOKEN", "ledger_token", "ledgerToken", "API_KEY2"):
        text = f"src/.env:4:{name}=Zq7vK2mWp9Rt4Yx8Lb3N"
        start = text.index(name)
        assert _value_start(text, start, len(text)) == start + len(name) + 1, name
    for value in ("bC5va2Fmb3I=.OTItNDQxOA==.LXyRQeV0", "dGVzdGluZzEyMw==", "=Zq7vK2mWp9Rt", "A1b2C3d4=Zq7vK2m"):
        assert _value_start(value, 0, len(value)) == 0, value
    short = "LEDGER_TOKEN=abc12"
    assert _value_start(short, 0, len(short)) == 0  # too little left after the name: the whole token
