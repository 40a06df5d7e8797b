"""Credentials known by context (round 5): key-pair halves, app passwords, passwords named in prose.

Classes: an ``<id>:<secret>`` Authorization value after any scheme word (GoDaddy ``sso-key``),
an ``access id`` key (the id half of an access key pair), YAML ``keys:`` maps of generated key id
to secret (LiveKit), application passwords ``xxxx-xxxx-xxxx-xxxx`` under a password key, and
"password for X: <v>" sentences. Every positive row also runs JSON-escaped; near misses must stay
unmasked.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()

KEY_ID = "Zq8PwLm3TnV6xRk"
SECRET_40 = "Hb3Lk9QpZx7Vw2MnRt5Yc8Fj1Gd4Ks6Ua0Ne3PiWo"
PAIR_ID = "Mt7QbWx2LpZ9sVc4_kRn8Hd5FjYa3"
PAIR_SECRET = "Gv6NcTq1XzPm8RwK4bLs0D"


def masked(text: str) -> set[str]:
    return {text[s.start : s.end] for d in DETECTORS for s in d.detect(text)}


def escaped(text: str) -> str:
    return json.dumps({"content": text})


POSITIVE = [
    # any scheme word, id and secret both masked, each alone
    (f"curl -H 'Authorization: sso-key {PAIR_ID}:{PAIR_SECRET}' https://api.example.net/v1/x", [PAIR_ID, PAIR_SECRET]),
    (f'headers = {{"Authorization": "api-key {PAIR_ID}:{PAIR_SECRET}"}}', [PAIR_ID, PAIR_SECRET]),
    # access id keys (the id half of an access key pair) with a random value
    (f"name=web-03\naccessid={KEY_ID}\nephemeral=true", [KEY_ID]),
    (f"SUMO_ACCESS_ID={KEY_ID}", [KEY_ID]),
    (f'{{"access_id": "{KEY_ID}", "region": "eu"}}', [KEY_ID]),
    # keys:/secrets: maps of generated key id -> secret
    (f"port: 7880\nkeys:\n  {KEY_ID}: {SECRET_40}\nlogging:\n  level: info\n", [KEY_ID, SECRET_40]),
    (f"api_keys:\n  ci-runner: {SECRET_40}\n", [SECRET_40]),
    # application passwords under a password key, in env files and prose
    ("FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=kmwd-tbzq-rcha-vnye", ["kmwd-tbzq-rcha-vnye"]),
    ("BSKY_APP_PASSWORD=k3p9-zz1q-m0xa-77bt", ["k3p9-zz1q-m0xa-77bt"]),
    ('smtp_password: "kmwd tbzq rcha vnye"', ["kmwd tbzq rcha vnye"]),
    ("my app-specific password is kmwd-tbzq-rcha-vnye, use it for the CI upload", ["kmwd-tbzq-rcha-vnye"]),
    # a password named in a sentence with a colon after "for <what>"
    ("Reset done. Temporary password for the VPN portal: Heron!5531 (must be changed).", ["Heron!5531"]),
    ("The initial password for jdoe: Maple-7730x", ["Maple-7730x"]),
]

NEAR_MISSES = [
    # variables and placeholders after a scheme word
    "curl -H 'Authorization: sso-key $GODADDY_KEY:$GODADDY_SECRET' https://api.example.net",
    "Authorization: see the API guide for the scheme",
    # access ids that are not random, or references
    "access_id: 48812",
    "request_access_id = request.access_id",
    "accessible_id=Zq8PwLm3TnV6xRk",
    # keys:/secrets: maps of settings, names and references
    "keys:\n  sort: name\n  order: desc\n",
    "keys:\n  ServiceName1: ${SERVICE_KEY}\n",
    "secrets:\n  enabled: true\n  store: vault\n",
    "credentials:\n  username: deploy\n  region: eu-west-1\n",
    # four-letter groups that are not under a password key, or placeholders
    "slug: tour-days-mark-here",
    "APP_PASSWORD=xxxx-xxxx-xxxx-xxxx",
    # prose passwords without a value
    "The password for the VPN portal: see the vault entry",
    "password for the VPN portal: reset by admin",
]


@pytest.mark.parametrize(("text", "values"), POSITIVE)
@pytest.mark.parametrize("form", ["plain", "escaped"])
def test_context_credentials_are_masked(text: str, values: list[str], form: str) -> None:
    t = text if form == "plain" else escaped(text)
    found = masked(t)
    for v in values:
        assert v in found, (v, found)


def test_auth_pair_masks_halves_not_the_colon() -> None:
    text = f"Authorization: sso-key {PAIR_ID}:{PAIR_SECRET}"
    assert masked(text) == {PAIR_ID, PAIR_SECRET}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_context_near_misses_are_left_alone(text: str) -> None:
    assert masked(text) == set()
