"""Webhook URLs with a token in the path (``secret.url.webhook``): a generated matrix of shapes.

Positives: the published webhook shapes of chat, CRM and automation products, and invented
hosts that follow them, with seeded random tokens, in code, YAML, JSON-escaped strings and prose.
Near misses: the same hosts and paths with numeric ids, words, commit and blob hashes, docs
pages, delivery logs and hook-free API paths.
"""

from __future__ import annotations

import random
import string
import uuid

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.webhooks import WebhookUrlDetector, token_segment

DETECTORS = secret_detectors()
HOOKS = WebhookUrlDetector(ViewCache())
_RNG = random.Random(7103)
ALNUM = string.ascii_letters + string.digits


def _tok(alphabet: str, n: int) -> str:
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def _num(n: int) -> str:
    return str(_RNG.randrange(10 ** (n - 1), 10**n))


def _hook(prefix: str, rest: str = "") -> tuple[str, str]:
    return prefix + rest, prefix


SHAPES = {
    "services_ids_token": lambda h: _hook(f"https://hook.{h}/services/{_num(19)}/{_num(19)}/{_tok(ALNUM, 22)}"),
    "connect_api": lambda h: _hook(f"https://wh.{h}/connect-api/webhook/{_num(8)}/{_tok('0123456789abcdef', 32)}"),
    "webhooks_id_token": lambda h: _hook(f"https://{h}/api/webhooks/{_num(18)}/{_tok(ALNUM + '_-', 68)}"),
    "hooks_token": lambda h: _hook(f"https://chat.{h}/hooks/{_tok(string.ascii_lowercase + string.digits, 26)}"),
    "bot_hook_uuid": lambda h: _hook(f"https://open.{h}/open-apis/bot/v2/hook/{uuid.UUID(int=_RNG.getrandbits(128))}"),
    "rest_user_token": lambda h: _hook(
        f"https://crm.{h}/rest/{_num(2)}/{_tok(string.ascii_lowercase + string.digits, 16)}", "/crm.lead.add.json"
    ),
    "incoming": lambda h: _hook(f"https://{h}/incoming/{_tok(ALNUM, 40)}"),
    "trigger": lambda h: _hook(f"https://api.{h}/v1/trigger/{_tok(ALNUM, 24)}", "/run"),
    "webhook_host": lambda h: _hook(f"https://webhook.{h}/{_tok(ALNUM, 32)}"),
    "hooks_host_path": lambda h: _hook(f"https://hooks.{h}/workflows/{_tok(ALNUM, 20)}"),
}
HOSTS = ("dooray.com", "jandi.com", "example-chat.io", "teamtalk.co.kr", "relay.internal", "feishu.cn", "bitrix24.ua")
CARRIERS = {
    "python": lambda u: f'NOTIFY_URL = "{u}"\nrequests.post(NOTIFY_URL, json=payload)',
    "yaml": lambda u: f"notifications:\n  - type: webhook\n    url: {u}\n    send_resolved: true",
    "json_escaped": lambda u: '{"content": "{\\"hook\\": \\"' + u.replace("/", "\\/") + '\\"}"}',
    "prose": lambda u: f"Please post deploy notices to {u} from now on.",
    "markdown": lambda u: f"- alerts go to [the channel]({u})",
    "shell": lambda u: f"curl -X POST -H 'Content-Type: application/json' -d '{{\"text\":\"hi\"}}' {u}",
}


def _masked(text: str, part: str) -> bool:
    """Every character of `part` (as written in `text`, JSON-escaped or not) is masked."""
    needle = part if part in text else part.replace("/", "\\/")
    i = text.index(needle)
    spans = [(s.start, s.end) for s in HOOKS.detect(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(i, i + len(needle)))


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("carrier", sorted(CARRIERS))
def test_webhook_urls_are_masked(shape: str, carrier: str) -> None:
    """At least 90% of 21 seeded random tokens per shape and carrier: a random base36 token now
    and then has its digits in one run and reads like a slug (`token_segment` leaves it)."""
    missed = []
    for host in HOSTS * 3:
        url, prefix = SHAPES[shape](host)
        if not _masked(CARRIERS[carrier](url), prefix):
            missed.append(url)
    assert len(missed) <= 2, missed


def test_the_url_is_masked_up_to_its_token() -> None:
    token = _tok(ALNUM, 22)
    url = f"https://hook.dooray.com/services/{_num(19)}/{_num(19)}/{token}"
    text = f'HOOK = "{url}?botName=deploy"'
    assert [text[s.start : s.end] for s in HOOKS.detect(text)] == [url]


NEAR_MISSES = [
    "https://github.com/acme/api/commit/06bfc657fdcb5951e572225eef7afe1806bfc657",
    "https://api.github.com/repos/acme/api/hooks/123456789/deliveries",
    "https://api.github.com/repos/acme/api/hooks/123456789",
    "https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks",
    "https://hooks.example.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "https://example.com/api/v1/callback/oauth2Callback",
    "https://example.com/webhooks/stripe/payment-intent-succeeded",
    "https://registry.npmjs.org/@types/node/-/node-20.11.5.tgz",
    "https://hooks.example.org/blob/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "https://cdn.example.com/static/js/main.8f3a2c1e0b9d4e7f.js",
    "https://example.com/rest/api/2/issue/PROJ-123",
    "https://example.com/services/data/v59.0/sobjects/Account",
    "https://incoming.example.com/download/releases/v2.1.0/app-linux-amd64.tar.gz",
    "https://webhook.site/#!/view/inspect",
    "https://example.com/webhooks/events/0f8fad5b-d9cb-469f-a165-70867728950e",
    "https://ci.example.com/hooks/builds/20240311-1234567/logs",
    "https://example.com/callback?code=abc&state=xyz",
    "http://www.bsi-global.com/en/Standards-and-Publications/Industry-Sectors/Services/BSI-Currency-Code-Service/",
]


@pytest.mark.parametrize("url", NEAR_MISSES)
@pytest.mark.parametrize("carrier", ["python", "prose", "yaml"])
def test_hook_free_or_token_free_urls_are_left_alone(url: str, carrier: str) -> None:
    assert not HOOKS.detect(CARRIERS[carrier](url))


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("wb9qbUPYNVaaPEKw1oHsDS", True),
        ("06bfc657fdcb5951e572225eef7afe18", True),
        ("uoc4zql0v0hi20ub", True),
        ("1928687086681393640", False),
        ("payment-intent-succeeded", False),
        ("oauth2Callback", False),
        ("XXXXXXXXXXXXXXXXXXXXXXXX", False),
        ("0f8fad5b-d9cb-469f-a165-70867728950e", False),
        ("deadbeefdeadbeefdeadbeef", False),
    ],
)
def test_token_segment(segment: str, expected: bool) -> None:
    assert token_segment(segment) is expected


def test_registered() -> None:
    url = f"https://wh.jandi.com/connect-api/webhook/{_num(8)}/{_tok('0123456789abcdef', 32)}"
    assert any(s.detector == "secret.url.webhook" for d in DETECTORS for s in d.detect(f"url: {url}"))


# --- the API key as the segment after a version ------------------------------------------------

VERSIONS = ("/v1", "/v2", "/api/v1", "/v3", "/api/v2")
METHODS = ("/sms/send.json", "/telemetry", "/claim", "/rpc", "/send", "/verify/lookup.json")
KEYS = (
    lambda: _tok("0123456789ABCDEF", 64),
    lambda: _tok("0123456789abcdef", 40),
    lambda: _tok(ALNUM, 20),
    lambda: _tok(ALNUM, 40),
)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("method", METHODS)
def test_api_key_after_a_version_segment_is_masked(version: str, method: str) -> None:
    missed = []
    for make in KEYS * 3:
        key = make()
        text = f"    url: https://api.sms-gateway.example{version}/{key}{method}\n"
        spans = [text[s.start : s.end] for s in HOOKS.detect(text)]
        if spans != [key]:
            missed.append((key, spans))
    assert len(missed) <= 1, missed


@pytest.mark.parametrize(
    "url",
    [
        "https://registry.example.com/v2/library/nginx/manifests/latest",
        "https://api.github.com/v3/repos/acme/api",
        "https://storage.example.com/v1/AUTH_6a1b2c3d4e5f60718293a4b5c6d7e8f9/container/object.txt",
        "https://api.example.com/v1/users/42/orders",
        "https://api.example.com/v1/a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/blobs",
        "https://api.example.com/v2/0f8fad5b-d9cb-469f-a165-70867728950e/status",
        "https://cdn.example.com/v1/6f1ed002ab5595859014ebf0951522d9/image.png",
        "https://api.example.com/v1/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/download",
        "https://api.example.com/v1/projects/my-project-2024/locations",
        "https://api.example.com/v1/1234567890123456789/messages",
        "https://compute.example.com/v2.1/6a1b2c3d4e5f60718293a4b5c6d7e8f9/servers/detail",
        "https://api.example.com/v2/06Cl3PGPvklc8ODdOJ6UDStdg7touohm/items",
        "https://api.example.com/v2/6a1b2c3d4e5f60718293a4b5c6d7e8f9/status",
    ],
)
def test_resource_paths_after_a_version_are_left_alone(url: str) -> None:
    assert not HOOKS.detect(f"GET {url}")
