"""Hex keys after a key/token/API/bearer/ticket word (`secret.generic.cued_hex`), generated cases."""

from __future__ import annotations

import random

import pytest

from redactor.detect.secrets.cuedhex import CuedHexDetector
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(1327)
_VENDORS = ("Acmeflow", "Zentrix", "Polaria Cloud", "Kobalt HR", "Nordgrid")


def _hex(n: int) -> str:
    while True:
        value = "".join(_RNG.choice("0123456789abcdef") for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in CuedHexDetector(ViewCache()).detect(text)]


_KEYED = (
    "{v} API key: {h}",
    "Token for the {v} integration (Bearer): {h}",
    "{v} API (prod) - Schlüssel {h}, bitte nicht teilen",
    "{v} key (rotate monthly) = {h}",
    "The job reads `{V}_API_KEY` from `vars.tf`, where it is set to `{h}`.",
    "{v} enrollment ticket (single use):\n{h}",
    "# {v}\nsecret = {h}",
)


@pytest.mark.parametrize("template", _KEYED)
@pytest.mark.parametrize("n", (32, 40, 64, 96))
def test_hex_after_a_key_word_is_found(template: str, n: int) -> None:
    vendor = _RNG.choice(_VENDORS)
    value = _hex(n)
    text = template.format(v=vendor, V=vendor.upper().replace(" ", "_"), h=value)
    assert value in _found(text)


@pytest.mark.parametrize("n", (20, 24))
def test_short_hex_only_right_after_its_cue(n: int) -> None:
    value = _hex(n)
    assert _found(f"{_RNG.choice(_VENDORS)} API - key {value} / secret x") == [value]
    assert _found(f"API docs for {_RNG.choice(_VENDORS)} list the build as {value}") == []


_IDS = (
    "API commit {h} fixed the key rotation",
    "token file sha256: {h}",
    "gpg:                using RSA key {h}",
    "cache key: {h}",
    "API request id {h}",
    "the key fingerprint is {h}",
    "API endpoint https://api.example.net/v1/{h}/items",
    "Key ID {h}",
    "session token hash {h}",
    "the token's etag is {h}",
)


@pytest.mark.parametrize("template", _IDS)
@pytest.mark.parametrize("n", (32, 40, 64))
def test_ids_hashes_and_fingerprints_stay(template: str, n: int) -> None:
    assert _found(template.format(h=_hex(n))) == []


@pytest.mark.parametrize(
    "value",
    ("0" * 32, "abcdefabcdefabcdefabcdefabcdefab", "aaaa1111aaaa1111aaaa1111aaaa1111", "deadbeef" * 4),
)
def test_placeholders_and_fillers_stay(value: str) -> None:
    assert _found(f"API key: {value}") == []


def test_no_cue_no_key() -> None:
    value = _hex(32)
    assert _found(f"The build finished in 4 minutes; artefact {value} uploaded.") == []
    # a cue on a previous line only counts for a value alone on its line after a ':' line
    assert _found(f"Here is the API key.\nThe build artefact {value} was uploaded.") == []


@pytest.mark.parametrize("segment", ("api", "api2.1", "apiv3", "API", "apikey", "api-key"))
def test_hex_path_segment_after_the_api_segment_is_a_key(segment: str) -> None:
    value = _hex(_RNG.choice((32, 40, 64)))
    host = _RNG.choice(("www.ratesvc.com", "data.example-feeds.net", "api.metricsco.io"))
    tail = _RNG.choice(("/calculation?from=cn", "/", "", "?q=1", "/rates.json"))
    url = f"https://{host}/{segment}/{value}{tail}"
    assert _found(f"GET {url}") == [value]


@pytest.mark.parametrize(
    "path",
    (
        "/api/v1/{h}/items",  # a version segment between: an id under a versioned API
        "/repo/{h}/tree",  # no API segment
        "/api/{s}/x",  # too short for a key
        "/apis/{h}",  # another word
    ),
)
def test_other_hex_path_segments_stay(path: str) -> None:
    assert _found("curl https://host.example" + path.format(h=_hex(40), s=_hex(24))) == []
