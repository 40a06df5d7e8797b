"""Session 11: values whose role is never a secret (`role_vetoes`) and the new placeholder shapes.

Every near miss here is generated (word lists x naming styles x carriers, random versions, real
certificates made by `cryptography`), and so is every secret that must still be caught (random
tokens of every alphabet and length, generated pronounceable passwords, provider-prefixed keys).
"""

from __future__ import annotations

import base64
import datetime
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.role_vetoes import EXEMPT, RoleVetoedDetector, role_veto

RNG = random.Random(1127)
WORDS = ["stripe", "config", "auth", "token", "client", "secret", "api", "settings", "header", "field", "private"]
RECEIVERS = ["this", "self", "config", "cfg", "req", "ctx", "window", "process", "settings", "app"]
CARRIERS = (
    "STRIPE_API_KEY={v}\nLOG_LEVEL=info",
    "api_key: {v}\ntimeout: 30",
    '{{"apiKey": "{v}", "region": "eu"}}',
    "const apiKey = {v};",
    'client = Client(api_key="{v}")',
    "Authorization: Bearer {v}",
    "mycli login --token {v}",
    "The token is {v}, read from the vault at start-up.",
    "Set `STRIPE_API_KEY` to `{v}` in the deploy settings.",
    "| name | value |\n|---|---|\n| API_KEY | {v} |",
)


def _secret_spans(text: str) -> list[str]:
    return [text[s.start : s.end] for d in DETECTORS for s in d.detect(text)]


DETECTORS = secret_detectors()


def _camel(ws: list[str]) -> str:
    return ws[0] + "".join(w.title() for w in ws[1:])


def _references(n: int) -> list[str]:
    out = []
    for _ in range(n):
        ws = RNG.sample(WORDS, 2)
        style = RNG.randrange(6)
        r = RNG.choice(RECEIVERS)
        if style == 0:
            out.append(f"{r}.{_camel(ws)}")
        elif style == 1:
            out.append(f"${r}->{_camel(ws)}")
        elif style == 2:
            out.append(f"{r}.{ws[0]}.{ws[1]}")
        elif style == 3:
            out.append(f"{r}.{ws[0]}[:{ws[1]}_key]")
        elif style == 4:
            out.append(f"{ws[0].title()}::{ws[1].title()}::{_camel(ws)}")
        else:
            out.append(f"{r}?.{ws[0]}?.{_camel(ws)}")
    return out


def _versions(n: int) -> list[str]:
    out = []
    for _ in range(n):
        v = ".".join(str(RNG.randrange(0, 40)) for _ in range(RNG.choice((3, 4))))
        suffix = RNG.choice(
            (
                "",
                "-rc.2",
                "-beta.3+build.5",
                f"-{RNG.randrange(10**7, 10**8)}-{RNG.randrange(16**11, 16**12):012x}",
                "a3",
                "-eks-a5df82a",
            )
        )
        out.append(RNG.choice(("", "v")) + v + suffix)
    return out


def _random_token(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def _pronounceable(n: int) -> str:
    """pwgen-style: consonant-vowel syllables, one capital, one digit."""
    cons, vow = "bcdfghjklmnprstvwz", "aeiou"
    chars = [RNG.choice(cons) if i % 2 == 0 else RNG.choice(vow) for i in range(n)]
    chars[RNG.randrange(n)] = RNG.choice(string.digits)
    i = RNG.randrange(n)
    chars[i] = chars[i].upper()
    return "".join(chars)


@pytest.mark.parametrize(
    "value", [*_references(40), "Rails.application.credentials.stripe[:secret_key]", "TOKEN).build("]
)
def test_code_references_are_vetoed(value: str) -> None:
    text = f"api_key = {value}\n"
    assert role_veto(text, 10, 10 + len(value)) == "reference"


@pytest.mark.parametrize("value", [*_versions(40), "GFDL-NIV-1.3+", "TLSv1.3", "curl/8.9.1"])
def test_versions_are_vetoed(value: str) -> None:
    text = f"Bumped the SDK to {value} today"
    assert role_veto(text, 18, 18 + len(value)) == "version"


@pytest.mark.parametrize(
    "value",
    [
        f"https://api.{host}.com/v{n}/{path}"
        for host, n, path in zip(
            ("stripe", "bulksms", "acme-pay", "example"),
            (1, 2, 3, 4),
            ("charges", "messages", "keys/{key_id}", "tokens/rotate"),
            strict=True,
        )
    ]
    + [
        "wss://stream.example.io/v0/stream",
        "api.example.com/v1/charges",
        "/api/v1/tokens/rotate",
        "db://embeddings-prod",
    ],
)
def test_plain_urls_are_vetoed(value: str) -> None:
    assert role_veto(f"url = {value}\n", 6, 6 + len(value)) == "url"


@pytest.mark.parametrize(
    "value",
    [
        "https://hooks.zapier.com/hooks/catch/9342080/2c76uf3/",
        "https://hooks.slack.com/workflows/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",
        "https://api.example.com/v1/" + _random_token(string.ascii_letters + string.digits, 24),
        "https://user:hunter2@db.example.com/app",
    ],
)
def test_urls_holding_a_token_or_a_login_are_not_vetoed(value: str) -> None:
    assert role_veto(f"url = {value}\n", 6, 6 + len(value)) is None


@pytest.mark.parametrize(
    "value",
    [
        "SUA_CHAVE_AQUI",
        "DEIN_API_SCHLUESSEL",
        "VOTRE_CLE_API",
        "API_KEY_GOES_HERE",
        "\u0412\u0410\u0428_\u0422\u041e\u041a\u0415\u041d",
        "\u0422\u0412\u0406\u0419_\u041a\u041b\u042e\u0427",
        "あなたのAPIキー",
        "여기에_키_입력",
    ],
)
def test_constant_labels_are_vetoed(value: str) -> None:
    assert role_veto(f"key = {value}\n", 6, 6 + len(value)) == "constant"


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("X25519PrivateKey", "identifier"),
        ("PyDict_GetItemStringRef", "identifier"),
        ("forHTTPHeaderField", "identifier"),
        ("LM-261126-0042", "record_id"),
        ("INV-2024-00931", "record_id"),
        ("scram-sha-256", "algorithm"),
        ("_ZN5boost6system15system_categoryEv", "mangled"),
    ],
)
def test_identifiers_ids_algorithms_symbols(value: str, kind: str) -> None:
    assert role_veto(f"k = {value}\n", 4, 4 + len(value)) == kind


def test_truncated_prefix_before_an_ellipsis() -> None:
    for value in ("sk_live_", "sk-proj-", "ghp_"):
        text = f"key = {value}...\n"
        assert role_veto(text, 6, 6 + len(value)) == "truncated"


def _certificate_pem() -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "ci.example.test"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Acme"),
        ]
    )
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    b64 = base64.b64encode(der + der).decode()  # two keys' worth: a block of several lines
    return pem, "\n".join(b64[i : i + 64] for i in range(0, len(b64), 64))


def test_certificate_lines_without_begin_are_vetoed_key_lines_are_not() -> None:
    pem, key_body = _certificate_pem()
    body = "\n".join(pem.strip().splitlines()[1:-1])  # pasted without BEGIN/END
    lines = [x for x in body.splitlines() if len(x) == 64]
    assert len(lines) >= 3
    for line in lines:
        i = body.index(line)
        assert role_veto(body, i, i + len(line)) == "certificate"
    for line in [x for x in key_body.splitlines() if len(x) == 64]:
        i = key_body.index(line)
        assert role_veto(key_body, i, i + len(line)) is None


ALPHABETS = {
    "base62": string.ascii_letters + string.digits,
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "base32": string.ascii_uppercase + "234567",
    "lower36": string.ascii_lowercase + string.digits,
    "base64": string.ascii_letters + string.digits + "+/",
    "base64url": string.ascii_letters + string.digits + "-_",
    "password": string.ascii_letters + string.digits + "!@#$%^&*.-_",
}


@pytest.mark.parametrize("alphabet", sorted(ALPHABETS))
def test_random_tokens_are_never_vetoed(alphabet: str) -> None:
    vetoed = []
    for n in range(8, 65):
        for _ in range(25):
            v = _random_token(ALPHABETS[alphabet], n)
            text = f"key = {v}\n"
            if role_veto(text, 6, 6 + len(v)) is not None:
                vetoed.append(v)
    assert len(vetoed) <= 1, vetoed  # 1,425 tokens per alphabet


def test_pronounceable_passwords_and_prefixed_keys_are_never_vetoed() -> None:
    values = [_pronounceable(RNG.randrange(8, 14)) for _ in range(300)]
    b62 = ALPHABETS["base62"]
    values += [
        p + _random_token(b62, RNG.randrange(20, 41))
        for p in ("ghp_", "sk_live_", "xoxb-", "glpat-", "sk-proj-")
        for _ in range(20)
    ]
    vetoed = [v for v in values if role_veto(f"password = {v}\n", 11, 11 + len(v)) is not None]
    assert vetoed == []


def test_placeholders_sequences_labels_and_secret_stores() -> None:
    for v in ("abc123xyz", "abcdef123456", "qwerty123", "asdf-1234"):
        assert is_placeholder(v), v
    for v in ("tu-clave-secreta", "la_tua_chiave", "token-goes-here", "votre-cle-ici"):
        assert is_placeholder(v), v
    for v in (
        "ssm:/prod/api/key",
        "gcpsm://projects/acme/secrets/stripe",
        "projects/acme/secrets/stripe-key/versions/latest",
    ):
        assert is_placeholder(v), v
    for v in ("!env_var MQTT_PASS", "ENCRYPTED[c9bf9749c1a2611fbe45]"):
        assert is_placeholder(v), v
    # chosen passwords and generated values stay candidates
    for v in ("Kx9abc123", "blue-ocean-42", "correct-horse-battery-staple", "Abc123!", _pronounceable(10)):
        assert not is_placeholder(v), v


@pytest.mark.parametrize("carrier", CARRIERS)
def test_end_to_end_references_masked_by_no_detector_secrets_still_found(carrier: str) -> None:
    for value in (
        "$this->apiKey",
        "Rails.application.credentials.stripe[:secret_key]",
        "SUA_CHAVE_AQUI",
        "1.0.0-beta.3+build.5",
    ):
        assert _secret_spans(carrier.format(v=value)) == [], (carrier, value)
    token = "sk_live_" + _random_token(ALPHABETS["base62"], 32)
    assert any(token in s for s in _secret_spans(carrier.format(v=token))), carrier


def test_wrapper_keeps_the_detector_contract() -> None:
    wrapped = [d for d in DETECTORS if isinstance(d, RoleVetoedDetector)]
    assert wrapped and all(not d.name.startswith(EXEMPT) for d in wrapped)
    assert all(d.name.startswith(EXEMPT) for d in DETECTORS if not isinstance(d, RoleVetoedDetector))
    for d in wrapped:
        assert d.prefilter == tuple(getattr(d.inner, "prefilter", ()))
        assert d.entities == d.inner.entities
