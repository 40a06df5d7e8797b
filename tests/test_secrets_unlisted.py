"""Generic secret detection for providers no catalogue lists: the carrier or the name says
"credential", the value's shape says "generated". Each positive row also runs JSON-escaped (as
tool arguments arrive); each near miss must stay unmasked. Values are random, made here."""

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.keys import Strength, classify, lookup_key
from redactor.detect.secrets.values import lookup_value

DETECTORS = secret_detectors()
_RNG = random.Random(23)
ALNUM = string.ascii_letters + string.digits
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rand(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


HEX32 = rand("0123456789abcdef", 32)
HEX40 = rand("0123456789abcdef", 40)
HEX64 = rand("0123456789abcdef", 64)
B32 = rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 56)
B58 = rand(BASE58, 180)
B58_88 = rand(BASE58, 88)
B62 = rand(ALNUM, 80)
LOWER64 = rand(string.ascii_lowercase + string.digits, 64)
TOKEN20 = rand(ALNUM, 20)
TOKEN32 = rand(ALNUM, 32)
UUID = "5b1e07c2-9a4d-4f3e-b0c1-7d2e8f9a6b35"


def covered(text: str, value: str) -> bool:
    """Every character of `value` (its first occurrence) is inside a detected span."""
    i = text.index(value)
    sp = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(a <= k < b for a, b in sp) for k in range(i, i + len(value)))


def masked(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for d in DETECTORS for s in d.detect(text)})


def escaped(text: str) -> str:
    return json.dumps({"tool": "run_in_terminal", "arguments": {"command": text}})


POSITIVE = [
    # an armored block whose label names a secret, any tool's
    (f"-----BEGIN ACME AGENT SEED-----\n{B32}\n------END ACME AGENT SEED------\n", B32, "armored seed"),
    (f"-----BEGIN DEPLOY CREDENTIALS-----\n{TOKEN32}\n-----END DEPLOY CREDENTIALS-----", TOKEN32, "armored creds"),
    (f"-----BEGIN WORKER TOKEN-----\n{B62}", B62, "armored block cut before its END line"),
    # a URL whose user part alone authenticates
    (f"METRICS_DSN=https://{HEX32}@ingest.example-metrics.com/42", HEX32, "DSN with a hex key as user"),
    (f"source 'https://{TOKEN20}@pkgs.example.dev/acme/'", TOKEN20, "registry URL with a token as user"),
    # curl's user with an empty password: the user is the API key
    (f"curl -u {TOKEN32}: https://api.example.net/v1/jobs", TOKEN32, "curl -u key:"),
    (f"curl -s -u {HEX32}: https://api.example.net/v1/extract", HEX32, "curl -u hex key:"),
    # a two-word label before its operator
    (f"Accessor ID  = 0e8d1c2b-3a4f-4b5c-9d6e-7f8a9b0c1d2e\nSecret ID    = {UUID}\n", UUID, "Secret ID table"),
    (f'{{"SecretId": "{UUID}"}}', UUID, "secret id as a JSON field"),
    # a key a soft qualifier makes look like a lookup key, with a clearly generated value
    (f"ACME_EVENT_KEY={B62}", B62, "event key"),
    (f'queueKey: "{B62}"', B62, "queue key"),
    # a strong key word, one space, a generated value (lists of credentials in prose)
    (f"appid wx{HEX32[:16]}, appsecret {HEX32}", HEX32, "appsecret <hex>"),
    (f"clientSecret {TOKEN32}", TOKEN32, "clientSecret <token>"),
    # SDK factory methods of a client class
    (f"const chat = ChatKit.getInstance('k3y1d0a7', '{LOWER64}');", LOWER64, "factory getInstance(key, secret)"),
    (f"client = Relay.create('{TOKEN32}')", TOKEN32, "factory create(key)"),
    # a credential subcommand, a name, a long generated token
    (f"vaultctl access import team-prod {B58} && vaultctl ls", B58, "access import <name> <grant>"),
    (f"acme token add ci-runner {TOKEN32}", TOKEN32, "token add <name> <token>"),
    # a credential piped to a command that reads it from stdin
    (f"echo {UUID} | zorble auth login --with-token", UUID, "--with-token"),
    (f"echo '{TOKEN32}' | acme-cli registry login --token-stdin", TOKEN32, "--token-stdin"),
    # a URL whose only path segment is the key (RPC and ingest endpoints)
    (f"RPC_URL=https://ancient-wave.example-rpc.pro/{HEX40}/", HEX40, "RPC endpoint key"),
    (f'"endpoint": "https://ingest.example-logs.net/{TOKEN32}"', TOKEN32, "ingest endpoint key"),
    # a password named in a long sentence
    ("La contraseña temporal de tu cuenta en el portal nuevo es Qm4!zT8wKp, cámbiala.", "Qm4!zT8wKp", "es, 8 words"),
    ("The password for the new staging account in the EU portal is Rb7$kW2xQe", "Rb7$kW2xQe", "en, 8 words"),
    # a settings object before the key does not make it a lookup key
    (f'settings.SECRET_KEY = "{TOKEN32}"', TOKEN32, "Django settings object"),
    (f"config.zorble_key = '{UUID}'", UUID, "config object, UUID value"),
    # carriers: a YAML block scalar, R's arrow, a Markdown table inside a JSON string, a cookie
    (f"zorble_secret: >-\n  {HEX40}\n", HEX40, "YAML block scalar"),
    (f'zorble_api_key <- "{TOKEN32}"', TOKEN32, "R assignment"),
    (f'{{"text": "| zorbleApiKey | {TOKEN32} |"}}', TOKEN32, "table row at a JSON string's start"),
    (f"Cookie: zorble_session={TOKEN32}Qw==; theme=dark", f"{TOKEN32}Qw==", "base64 session cookie"),
    # a token written before the words that name it
    (f"Use {HEX40} as the zorble api key for staging.", HEX40, "hex, credential words after it"),
    # key names in other styles and abbreviations
    (f'enc_key: "{TOKEN32}"', TOKEN32, "enc_key"),
]


@pytest.mark.parametrize(("text", "value", "why"), POSITIVE, ids=[p[2] for p in POSITIVE])
def test_masked(text: str, value: str, why: str) -> None:
    assert covered(text, value), why


@pytest.mark.parametrize(("text", "value", "why"), POSITIVE, ids=[p[2] for p in POSITIVE])
def test_masked_json_escaped(text: str, value: str, why: str) -> None:
    raw = escaped(text)
    assert covered(raw, json.dumps(value)[1:-1]), why


NEAR_MISSES = [
    "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq8Jd2lVx\n-----END PUBLIC KEY-----",  # public
    "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ5\n-----END CERTIFICATE-----",  # a certificate
    "git clone https://git@example.com/acme/repo.git",  # a user name, not a token
    "https://deploy-bot@ci.example.com/job/42",  # a user name
    "curl -u admin: https://api.example.net/v1/jobs",  # a user name with an empty password
    "curl -u $API_KEY: https://api.example.net/v1/jobs",  # a variable
    "Accessor ID  = 0e8d1c2b-3a4f-4b5c-9d6e-7f8a9b0c1d2e\nName         = deploy-bot",  # not the secret half
    "Secret Name: prod-db-password",  # names a secret, holds none
    f"CACHE_KEY={B62}",  # a cache key: always a lookup key
    f"ACME_EVENT_KEY={HEX64}",  # hex under a lookup-key name: a digest
    "EVENT_KEY=order.created",  # an event name
    "the secret sauce is ready",  # a word after "secret"
    "token expired yesterday at 14:02",  # prose
    f"commit {HEX40} rotates the secret {HEX40[:12]}",  # short hex after "secret"
    "Path.create('/usr/local/share/data/files')",  # a factory with a path
    "Config.getInstance('defaultSettingsFile')",  # a factory with a name
    f"solana confirm {B58_88}",  # a transaction signature: no credential subcommand
    f"gpg --recv-keys {HEX40}",  # a fingerprint
    f"uplink access inspect {HEX64}",  # hex after a credential subcommand
    f"see https://gist.github.com/{HEX32}",  # a gist
    f"https://cdn.example.com/{HEX40}",  # content-addressed asset
    f"sha256 https://mirror.example.org/{HEX64}",  # a digest named on the line
    "echo $ZORBLE_TOKEN | zorble auth login --with-token",  # a variable
    "random_seed: 1234567",  # a generator's seed
    "SEED_DATA=./fixtures/seed.sql",  # seed data
    "tok.value = tok.value[1:-1]",  # a lexer's token object, not a credential
    "parts = RandomRDDs.uniformRDD(sc, 100, seed=4).getNumPartitions()",  # code after seed=
    "# https://towardsdatascience.com/adaptive-and-cyclical-learning-rates-using-pytorch-2bf904d18dee",  # a slug
    "La contraseña temporal de tu cuenta en el portal nuevo es secreta.",  # no value
    f"settings.cache_key = '{B62}'",  # a lookup key, settings object or not
    f"cache.key = '{UUID}'",  # not a settings object: the veto stands
    f"app.errors.TokenExpired: token {UUID} expired",  # a token's id in a log
    "Set-Cookie: session_timeout=3600; Path=/",  # a setting, not a session
    f"Use {HEX40} as the commit to build from; the api key stays in the vault.",  # a commit
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_not_masked(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("key", "strength"),
    [
        ("Secret_ID", Strength.KEY),  # a label of two words, joined by the scanner
        ("secret_id", Strength.KEY),
        ("access_grant", Strength.STRONG),
        ("unsealKey", Strength.STRONG),
        ("priv_key", Strength.STRONG),
        ("sessionCookie", None),  # cookie headers hold name=value pairs: context.py reads them
        ("random_seed", None),  # a generator's seed
        ("secret_name", None),  # names a secret
        ("event_key", None),  # a lookup key for classify; lookup_key may still take a random value
    ],
)
def test_classify(key: str, strength: Strength | None) -> None:
    assert classify(key) is strength


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("INNGEST_EVENT_KEY", True),
        ("queueKey", True),
        ("cache_key", False),  # a hard veto
        ("public_key", False),
        ("event_key_hint", False),  # a description of the key
        ("event_name", False),  # not a key
    ],
)
def test_lookup_key(key: str, expected: bool) -> None:
    assert lookup_key(key) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (B62, True),
        (HEX64, False),  # a digest
        (LOWER64, False),  # one case: may be a hash in another alphabet
        ("user:42:profile:settings:notifications:email:v2", False),  # a structured lookup key
        ("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=", False),  # base64 with + / =: a digest
    ],
)
def test_lookup_value(value: str, expected: bool) -> None:
    assert lookup_value(value) is expected
