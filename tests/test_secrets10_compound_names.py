"""Secrets under compound session, signing and credential-id names (``secret.generic.compound_name``).

The matrix crosses vendors x compound names (web sessions, hash/SHA signing keys, IVs, seeds,
access GUIDs, private ids) x five naming styles x eight carriers (env, YAML, JSON, Python, JS,
PHP, INI, Java properties) x generated value shapes. Near misses hold the same shapes under
names of the same words that are not secrets (commit and content hashes, request and agent
session ids, DynamoDB hash keys, random seeds, merchant UUIDs), code instead of a value,
UUID session ids and counting sample values.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.compoundkeys import CompoundNameDetector, compound_kind
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(10_2026)


def _b62(n: int) -> str:
    while True:
        v = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _hex(n: int) -> str:
    while True:
        v = "".join(_RNG.choice("0123456789abcdef") for _ in range(n))
        if sum(c.isalpha() for c in v) >= 4 and sum(c.isdigit() for c in v) >= 4:
            return v


def _uuid() -> str:
    h = _hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _styles(ws: list[str]) -> list[str]:
    """SCREAMING_SNAKE, snake, camelCase, PascalCase and kebab-case spellings of one name."""
    return [
        "_".join(ws).upper(),
        "_".join(ws),
        ws[0] + "".join(w.capitalize() for w in ws[1:]),
        "".join(w.capitalize() for w in ws),
        "-".join(ws),
    ]


_CARRIERS = [
    "# {vendor} settings\n{k}={v}\n",  # .env
    "{vendor}:\n  {k}: {v}\n  timeout: 30\n",  # YAML
    '{{"{vendor}": {{"{k}": "{v}", "enabled": true}}}}',  # JSON
    '{K} = "{v}"  # {vendor}\n',  # Python constant
    "const {vendor}Config = {{\n  '{k}': '{v}',\n}};\n",  # JS object
    "$config['{vendor}']['{k}'] = '{v}';\n",  # PHP array
    "[{vendor}]\n{k} = {v}\n",  # INI
    "{vendor}.{k}={v}\n",  # Java properties (dotted)
]
_VENDORS = ["newebpay", "ecpay", "peloton", "postfinance", "grailed", "easypaisa", "navixy", "payu"]

# (name words, value maker): each a compound the lexicon calls a secret.
_SECRET_NAMES: list[tuple[list[str], str]] = [
    (["session"], "hex64"),  # a web session cookie value
    (["session", "id"], "hex32"),  # PELOTON_SESSION_ID: a bearer session id
    (["session", "cookie"], "b62_32"),
    (["hash", "key"], "b62_32"),  # NewebPay/ECPay HashKey
    (["hash", "iv"], "b62_16"),  # NewebPay/ECPay HashIV
    (["sha", "in"], "b62_32"),  # Ingenico-style SHA-IN passphrase
    (["sha", "out"], "b62_24"),
    (["sha", "request", "phrase"], "phrase"),  # a chosen signing passphrase
    (["hmac", "seed"], "hex32"),
    (["totp", "seed"], "b32"),
    (["master", "seed"], "hex64"),
    (["aes", "iv"], "b62_16"),
    (["cipher", "iv"], "hex32"),
    (["api", "guid"], "uuid"),
    (["license", "guid"], "uuid"),
    (["private", "merchant", "id"], "hex32"),  # Kushki private_merchant_id
]


def _value(kind: str) -> str:
    if kind.startswith("hex"):
        return _hex(int(kind[3:]))
    if kind.startswith("b62_"):
        return _b62(int(kind[4:]))
    if kind == "b32":
        return "".join(_RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
    if kind == "uuid":
        return _uuid()
    return "$2y$10$" + _b62(10)  # ``$2y$10$Uugdo44u2Q``: a passphrase shaped like a bcrypt prefix


def _render(carrier: str, vendor: str, key: str, value: str) -> str:
    upper = key.upper().replace("-", "_") if "_" in key or "-" in key else key
    return carrier.format(vendor=vendor, k=key, K=upper, v=value)


_FIELD_CARRIERS = (_CARRIERS[2], _CARRIERS[5])
"""JSON and PHP arrays: a session name there is a record's field, read as no cookie."""
_ROWS = [
    (carrier, vendor, style, kind)
    for (ws, kind), carrier in itertools.product(_SECRET_NAMES, _CARRIERS)
    if not ("session" in ws and carrier in _FIELD_CARRIERS)
    for vendor, style in [(_VENDORS[len(carrier) % len(_VENDORS)], s) for s in _styles(ws)]
]


@pytest.fixture(scope="module")
def detector() -> CompoundNameDetector:
    return CompoundNameDetector(ViewCache())


@pytest.mark.parametrize(("carrier", "vendor", "key", "kind"), _ROWS)
def test_compound_secret_is_found(
    detector: CompoundNameDetector, carrier: str, vendor: str, key: str, kind: str
) -> None:
    value = _value(kind)
    text = _render(carrier, vendor, key, value)
    assert [text[s.start : s.end] for s in detector.detect(text)] == [value], text


def test_matrix_is_broad() -> None:
    # 16 names x 5 styles x 8 carriers, less the 3 session names x 2 field carriers
    assert len(_ROWS) == 16 * 5 * 8 - 3 * 5 * 2


def test_registered_in_secret_detectors() -> None:
    value = _hex(32)
    text = f"PELOTON_SESSION_ID={value}\n"
    found = {(d.name, text[s.start : s.end]) for d in secret_detectors() for s in d.detect(text)}
    assert ("secret.generic.compound_name", value) in found


# Near misses: the same value shapes under names of the same words that name no secret.
_NOT_SECRET_NAMES: list[tuple[list[str], str]] = [
    (["commit", "sha"], "hex32"),  # a commit id
    (["content", "hash"], "hex64"),  # a content hash
    (["file", "hash", "key"], "b62_32"),  # veto word ``file``
    (["request", "id"], "hex32"),  # no compound at all
    (["agent", "session", "id"], "hex32"),  # telemetry session ids
    (["chat", "session", "id"], "b62_32"),
    (["trace", "session"], "hex64"),
    (["session", "timeout"], "hex32"),  # a session setting, not its value
    (["random", "seed"], "hex32"),  # a test's seed
    (["seed"], "hex64"),
    (["merchant", "uuid"], "uuid"),  # a merchant's public id
    (["tenant", "guid"], "uuid"),
    (["iv"], "b62_16"),  # an IV with no cipher word: test vectors, sample code
    (["expected", "hash", "iv"], "b62_16"),  # a test vector
    (["hash", "key", "name"], "b62_16"),  # a DynamoDB attribute's name
    (["private", "key", "id"], "hex32"),  # a key's id (GCP service accounts), not the key
    (["public", "session", "id"], "hex32"),
]

_NEAR_ROWS = [
    (carrier, vendor, style, kind)
    for (ws, kind), carrier in itertools.product(_NOT_SECRET_NAMES, _CARRIERS[:4])
    for vendor, style in [(_VENDORS[len(carrier) % len(_VENDORS)], s) for s in _styles(ws)[:3]]
]


@pytest.mark.parametrize(("carrier", "vendor", "key", "kind"), _NEAR_ROWS)
def test_same_shape_under_other_names_is_left(
    detector: CompoundNameDetector, carrier: str, vendor: str, key: str, kind: str
) -> None:
    text = _render(carrier, vendor, key, _value(kind))
    assert detector.detect(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        'SESSION_ID = "3f9c2a71-8e4b-4d06-b1a2-7c5e9d0f4b83"',  # a UUID session id: a number tools print
        "session = boto3.Session(profile_name=profile)",  # code, no value
        "self._session = requests.Session()",
        '"sessionId": str(uuid.uuid4()),',
        'hash_key = "LockID"',  # Terraform's DynamoDB hash key: an attribute name
        '_default_hash_key = "0123456789123456"',  # a documented default that counts
        'hash_key="9876543210123456"',  # digits only, counting
        "    'NFCNDEFReaderSession', 'NFCReaderSession',",  # class names in a list
        "HASH_KEY=${HASH_KEY}",  # a reference
        'SESSION_SECRET_PLACEHOLDER = "your-session-here"',  # a placeholder
        "hmac_seed: <your hmac seed>",
        "The session ended; the hash was 7f3c9d2e1a4b5c6d7e8f9a0b1c2d3e4f.",  # prose, no assignment
        '{"session_id": "devin-7c41e0a9b2d84f16", "event": "start"}',  # an agent record's field
        '{"session": "2bf973e77840ef157443f782a5922898"}',
        "2024-07-09 10:02:11 INFO  gateway: READY session=2bf973e77840ef157443f782a5922898",  # a log line
        "req=84738e14-e765-4c2b-9af5-185fcb627fbe session_id=3609b2d3157451fb400c5592c42b80c0 status=200",
    ],
)
def test_code_and_samples_are_left(detector: CompoundNameDetector, text: str) -> None:
    assert detector.detect(text) == [], text


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("PHPSESSID", "session"),
        ("JSESSIONID", "session"),
        ("HashIV", "signing"),
        ("SHA1_IN", "signing"),
        ("shaOutPhrase", "phrase"),
        ("sf_checkword", "signing"),
        ("mfaSeed", "signing"),
        ("accessGuid", "guid"),
        ("private_app_id", "guid"),
        ("session_count", None),  # a count
        ("hash_algorithm", None),
        ("sha_in_header", None),  # the tail is not last
        ("seed_phrase", None),  # wallets.py reads seed phrases
        ("device_session_id", None),
        ("private_subnet_id", None),  # a cloud resource's id
    ],
)
def test_compound_kind(key: str, kind: str | None) -> None:
    assert compound_kind(key) == kind
