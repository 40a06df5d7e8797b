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


_NAMES = ("LEDGER_TOKEN", "ledger_token", "ledgerToken", "API_KEY2", "svc_key_v2", "ledger-ingest-key", "x-api-key")
_PREFIXES = ("src/.env:4:", ".env:4:", "#12:", "12:", "deploy/.env.prod:103:", "./config/app.env:7:")


@pytest.mark.parametrize("seed", range(12))
def test_a_candidate_after_a_colon_never_starts_with_a_key_name(seed: int) -> None:
    """grep output splits a `.env` line at its colons only (``.env:4:NAME=value``): the candidate
    is the value after the name, whatever the prefix and the name's style, so no span can mask the
    key name (session 14 trimmed the span in `learned.py` instead; candidates cut at the right
    depth make that trim a no-op: no candidate of the 32 development sets started with a name)."""
    rng = random.Random(500 + seed)
    value = _token(rng, rng.choice(["ULD", "LD", "UD"]), rng.randint(12, 48))
    name = rng.choice(_NAMES)
    text = f"{rng.choice(_PREFIXES)}{name}={value}\n"
    found = {text[c.start : c.end] for c in candidates(text)}
    assert value in found, (text, found)
    assert not any(name in tok for tok in found), (text, found)


@pytest.mark.parametrize("seed", range(8))
def test_a_header_name_inside_an_env_value_is_not_part_of_the_candidate(seed: int) -> None:
    """An env value that carries a header (``OTEL_HEADERS=vendor-ingest-key=<value>``): after `_KV`
    cuts the outer name, the kebab-case inner name is cut too (session 15's retrain masked one such
    inner name on a development set before kebab case was read)."""
    rng = random.Random(900 + seed)
    value = _token(rng, rng.choice(["ULD", "LD", "UD"]), rng.randint(16, 40))
    inner = rng.choice(("vendor-ingest-key", "x-api-key", "signing-token", "dd-api-key"))
    text = f"{rng.choice(('OTEL_HEADERS', 'EXPORTER_HEADERS'))}={inner}={value}\n"
    found = {text[c.start : c.end] for c in candidates(text)}
    assert value in found, (text, found)
    assert not any(inner in tok for tok in found), (text, found)


def test_a_name_with_too_short_a_value_gives_no_candidate() -> None:
    """``NAME=abc12`` after a colon: the value is under six characters, so nothing (before the
    cut the whole ``NAME=abc12`` was a candidate and could mask the name)."""
    for text in (".env:4:LEDGER_TOKEN=abc12\n", "src/.env:9:DEBUG_MODE=true1\n"):
        assert candidates(text) == [], text


_PADDED = ("bC5va2Fmb3I=.OTItNDQxOA==.LXyRQeV0", "dGVzdGluZzEyMw==", "A1b2C3d4=Zq7vK2mWp9", "abc12345=.Zq7vK2m")


def test_base64_with_inner_padding_after_a_colon_stays_whole() -> None:
    """Padding inside a token (``=.``, ``==``) or a mixed-case head is no key name: the value stays
    whole (the prefix starts with a dot, so `_KV` does not read the run as ``key=value`` first)."""
    for prefix in (".env:7:", ".secrets:12:", "#3:"):
        for value in _PADDED:
            text = f"{prefix}{value}\n"
            found = {text[c.start : c.end] for c in candidates(text)}
            assert found == {value}, (text, found)


def test_an_empty_token_has_classes_and_no_division() -> None:
    """`_class_features('')` (session 14 raised ZeroDivisionError): an empty mask and no digits."""
    assert _class_features("", "mixed") == ("cc:", "cc:|6", "dfrac:mixed|0")
