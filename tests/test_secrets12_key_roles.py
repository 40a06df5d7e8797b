"""Session 12 (secneg): values owned by a key whose role is never a credential (`key_roles`), and
the new `role_vetoes` classes (algorithm names with sizes, formulas, shell messages, ARNs,
environment and vault references, filler values, documentation tokens).

Near misses are generated across key spellings and carriers; real secrets under credential
names (session tokens, sender secrets, API keys) must still be caught in the same carriers.
"""

from __future__ import annotations

import base64
import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.key_roles import key_role, key_role_veto, owning_keys
from redactor.detect.secrets.role_vetoes import role_veto

RNG = random.Random(1207)


def _b62(n: int) -> str:
    return "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(n))


def _hex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _spellings(words: list[str]) -> list[str]:
    snake = "_".join(words)
    return [
        snake,
        snake.upper(),
        words[0] + "".join(w.capitalize() for w in words[1:]),
        "".join(w.capitalize() for w in words),
        "-".join(w.capitalize() for w in words),
    ]


NEVER_SECRET = {
    "public": [
        ["public", "key"],
        ["next", "public", "posthog", "key"],
        ["vapid", "public", "key"],
        ["publishable", "key"],
    ],
    "lookup": [["idempotency", "key"], ["dedup", "key"], ["partition", "key"], ["sort", "key"], ["cache", "key"]],
    "paging": [
        ["next", "page", "token"],
        ["continuation", "token"],
        ["change", "token"],
        ["sync", "token"],
        ["cursor"],
    ],
    "version": [["key", "version"], ["secret", "version"], ["token", "revision"]],
    "nonce": [["nonce"], ["auth", "nonce"]],
}
"""Key names by role; each is spelled five ways."""

CREDENTIAL_NAMES = [
    ["session", "id"],
    ["session", "token"],
    ["sender", "key"],
    ["client", "token"],
    ["routing", "key"],
    ["s3", "key"],
    ["key", "id"],
    ["hash", "key"],
    ["site", "key"],
    ["api", "key"],
    ["public", "key", "secret"],
    ["private", "key"],
    ["refresh", "token"],
]
"""Names the module leaves to the detectors: secrets in some products, ids in others."""


@pytest.mark.parametrize("role", sorted(NEVER_SECRET))
def test_key_role_names_each_spelling(role: str) -> None:
    for words in NEVER_SECRET[role]:
        for key in _spellings(words):
            assert key_role(key) == role, key


def test_key_role_leaves_credential_names() -> None:
    for words in CREDENTIAL_NAMES:
        for key in _spellings(words):
            assert key_role(key) is None, key


def test_type_map_keys() -> None:
    assert key_role("AWS::Config::AggregationAuthorization") == "type_map"
    assert key_role("Stripe::ApiKey") is None  # two parts: a namespaced constant, not a type map
    text = '{"AWS::Config::AggregationAuthorization": "141e19f3841b50f5",'
    start = text.index("141e")
    assert key_role_veto(text, start, start + 16, "secret.generic.assignment") == "type_map"


CARRIERS = [
    "{K}={V}",
    "export {K}={V}",
    "config:\n  {k}: {V}\n  timeout: 30",
    '{{"region": "eu-west-1", "{k}": "{V}"}}',
    '{k} = "{V}"',
    "const {k} = '{V}';",
    "<{k}>{V}</{k}>",
    "| {k} | {V} |",
    '{{"content": "{{\\n  \\"{k}\\": \\"{V}\\"\\n}}"}}',
    "2026-11-27T10:01:02Z INFO handled {k}={V} status=200",
    "The {w} is `{V}` in this run.",
]


def _render(template: str, words: list[str], value: str) -> str:
    return template.format(K="_".join(words).upper(), k="_".join(words), w=" ".join(words), V=value)


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, d.name) for d in DETECTORS for s in d.detect(text)]


DETECTORS = secret_detectors()


def test_owning_keys_reads_carriers() -> None:
    for template in CARRIERS:
        text = _render(template, ["idempotency", "key"], "0e3b7f52-91a4-4c6d-b8e2-5f17a0c9d3e6")
        start = text.index("0e3b")
        assert any(key_role(k) == "lookup" for k in owning_keys(text, start)), text


def _masked(text: str, value: str) -> list[tuple[int, int, str]]:
    start = text.index(value)
    return [s for s in _spans(text) if s[0] < start + len(value) and s[1] > start]


def test_never_secret_roles_are_not_masked_in_any_carrier() -> None:
    """Each case has its own control: the same value in the same key carrier under a credential
    name (``api_key``) is masked, so only the key's role keeps the value out (a test that passed
    because nothing was detected at all would fail on the controls)."""
    masked = []
    uncaught_controls = []
    for role, names in NEVER_SECRET.items():
        for words in names:
            for i, template in enumerate(CARRIERS):
                value = RNG.choice([_b62(32), _hex(32), _hex(40), _b62(24)])
                text = _render(template, words, value)
                hits = _masked(text, value)
                if hits:
                    masked.append((role, text, hits))
                if i < 9:  # the key carriers (the log and prose lines need more than a key name)
                    control = _render(template, ["api", "key"], value)
                    if not _masked(control, value):
                        uncaught_controls.append(control)
    # the prose carrier's phrase and every key form are read; allow nothing
    assert masked == []
    assert uncaught_controls == []


def test_real_secrets_under_credential_names_are_still_caught() -> None:
    missed = []
    names = [["session", "token"], ["sender", "secret"], ["api", "key"], ["signing", "secret"], ["client", "secret"]]
    for words in names:
        for template in CARRIERS[:9]:
            value = RNG.choice([_b62(32), _b62(40), _hex(40)])
            text = _render(template, words, value)
            start = text.index(value)
            if not any(s[0] < start + len(value) and s[1] > start for s in _spans(text)):
                missed.append(text)
    assert missed == []


def test_provider_formats_are_not_judged_by_key_role() -> None:
    token = "ghp_" + _b62(36)
    text = f'cache_key = "{token}"'
    start = text.index(token)
    assert key_role_veto(text, start, start + len(token), "secret.github.pat") is None
    assert any(s[2].startswith("secret.github") for s in _spans(text))


@pytest.mark.parametrize(
    "value",
    [
        "AEAD_CHACHA20_POLY1305",
        "ChaCha20-Poly1305",
        "XChaCha20-Poly1305",
        "Curve25519",
        "secp256k1",
        "BLAKE2b-512",
        "Argon2id",
        "HMAC-SHA256(<secret>",
        "sha256(body",
    ],
)
def test_algorithm_names_with_sizes_and_formulas(value: str) -> None:
    assert role_veto(value, 0, len(value)) == "algorithm"


@pytest.mark.parametrize("value", ["Falcon2024", "Serpent-2024", "Prime99", "Curve_Ridge2025", "idea123"])
def test_passwords_with_algorithm_words_stay(value: str) -> None:
    assert role_veto(value, 0, len(value)) is None


def test_shell_required_variable_message() -> None:
    text = "The `LIMS_PASSWORD` variable is read from `${LIMS_PASSWORD:?missing}`"
    start = text.index("?missing")
    assert role_veto(text, start, start + 8) == "shell_message"
    text = "DB_PASSWORD=?s3cr3tValue9"  # not after ``${NAME:``
    assert role_veto(text, 12, len(text)) is None


def test_arns_and_names_inside_them() -> None:
    arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/stripe-Ab12Cd"
    assert role_veto(arn, 0, len(arn)) == "arn"
    start = arn.index("prod/")
    assert role_veto(arn, start, len(arn)) == "arn"


@pytest.mark.parametrize(
    "value",
    [
        "%env(STRIPE_SECRET_KEY)%",
        "%env(resolve:DATABASE_PASSWORD)%",
        "$env:VENDOR_API_KEY",
        "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/ApiKey/)",
        'builder.Configuration.GetValue<string>("Vendor:ClientSecret")',
        "app.config[",
        "getKey(",
    ],
)
def test_references_of_more_config_styles(value: str) -> None:
    assert role_veto(value, 0, len(value)) == "reference"


@pytest.mark.parametrize(
    "value",
    [
        "00000000-0000-0000-0000-000000000000",
        "xxxxxxxxxxxxxxxx",
        "ghp_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE",
        "sk_test_********",
    ],
)
def test_filler_values(value: str) -> None:
    assert role_veto(value, 0, len(value)) == "filler"


def _jwt(payload: dict[str, object]) -> str:
    def enc(d: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")

    return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + _b62(43)


def test_documentation_tokens() -> None:
    demo = _jwt({"sub": "1234567890", "name": "John Doe", "iat": 1516239022})
    assert role_veto(demo, 0, len(demo)) == "documented"
    real = _jwt({"sub": "u_" + _hex(12), "name": "svc-deploy", "iat": 1795592011})
    assert role_veto(real, 0, len(real)) is None
    text = "From the Stripe docs example: sk_test_4eC39HqLyjWDarjtT1zdp7dc"
    start = text.index("sk_")
    assert role_veto(text, start, len(text)) == "documented"
    text = "STRIPE_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # no documentation words: a config holds it
    assert role_veto(text, 11, len(text)) is None


def test_random_tokens_are_never_vetoed() -> None:
    alphabets = [
        string.ascii_letters + string.digits,
        string.ascii_letters + string.digits + "-_",
        string.ascii_uppercase + string.digits,
        "0123456789abcdef",
        string.ascii_letters + string.digits + "+/",
    ]
    vetoed = []
    for alphabet in alphabets:
        for _ in range(400):
            value = "".join(RNG.choice(alphabet) for _ in range(RNG.randrange(8, 65)))
            if role_veto(value, 0, len(value)) is not None:
                vetoed.append(value)
    assert len(vetoed) <= 1, vetoed
