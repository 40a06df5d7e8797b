"""Credentials after an arrow (``arrows``) and the bare "secret" nouns of other languages.

Generated lines cross labels (English and other languages' credential nouns, with vendors,
qualifiers and chat speakers before them), arrows (``->``, ``=>``, ``→``, ``⇒``, ``-->``) and value
shapes (hex, base62, base64, UUIDs under issued-secret nouns, chosen passwords under password
nouns), plain and JSON-escaped: the value is found exactly. Near misses: arrows of code, hashes,
ids, cache keys, versions, paths, placeholders, dictionary passwords.

The second half checks the session-11 nouns (``секрет``, ``sekret``, ``segreto``, ``secreto``,
``segredo``, ``μυστικό``, ``シークレット``, ``시크릿``) in sentences of their languages with
generated values, and their near misses (``секретарь``, ``シークレットモード``, a commit hash).
"""

# ruff: noqa: RUF001  # words and arrows of other scripts are the point here

from __future__ import annotations

import itertools
import json
import random

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.arrows import ArrowValueDetector
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(2611)
_A62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _rand(alphabet: str, n: int) -> str:
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def _uuid() -> str:
    h = "0123456789abcdef"
    return f"{_rand(h, 8)}-{_rand(h, 4)}-4{_rand(h, 3)}-{_RNG.choice('89ab')}{_rand(h, 3)}-{_rand(h, 12)}"


_TOKEN_SHAPES = {
    "hex": lambda: _rand("0123456789abcdef", 32),
    "b62": lambda: _rand(_A62, 28),
    "upper": lambda: _rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32),
    "b64": lambda: _rand(_A62 + "+/", 43) + "=",
    "uuid": _uuid,
}
_TOKEN_LABELS = [
    "[10:02] lucia: tenjin key for the hypercasual build",
    "staging api key",
    "- OneSignal REST API key (prod)",
    "webhook secret for the EU tenant",
    "Mailjet access token",
    "clave de API de Mailjet",
    "API-Schlüssel (Produktion)",
    "Секрет вебхука з панелі",
    "klucz API do Kontomatika",
]
_ARROWS = ["->", "=>", "→", "⇒", "-->"]
_CASES = [
    (label, arrow, shape)
    for (label, arrow), shape in zip(
        itertools.product(_TOKEN_LABELS, _ARROWS), itertools.cycle(_TOKEN_SHAPES), strict=False
    )
    if not (shape == "uuid" and ("tenjin" in label or "klucz" in label))  # a bare "key" takes generated values only
]


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in ArrowValueDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize(("label", "arrow", "shape"), _CASES)
@pytest.mark.parametrize("quote", ["", "`"])
def test_value_after_arrow_is_found(label: str, arrow: str, shape: str, quote: str) -> None:
    value = _TOKEN_SHAPES[shape]()
    text = f"{label} {arrow} {quote}{value}{quote}\nthanks!"
    assert _found(text) == {value}, text
    escaped = json.dumps({"role": "user", "content": text})
    assert _found(escaped) == {value}, escaped


@pytest.mark.parametrize(
    "label", ["staging password", "Voodoo portal passwd", "Passwort für das NAS", "senha do roteador"]
)
@pytest.mark.parametrize("value", ["Velvet7103@jc", "9493Otter@", "Kestrel744*xs"])
def test_chosen_password_after_arrow_is_found(label: str, value: str) -> None:
    assert _found(f"{label} -> {value}") == {value}


@pytest.mark.parametrize(
    "text",
    [
        "fn token() -> String {",
        "$this->apiKey -> $value",
        "key -> value mapping",
        "cache key -> a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
        "commit for the token fix -> a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0",
        "request id -> 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
        "key -> 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
        "public key -> Zk39aQpLm2Xv8RtY4bNc7Qw",
        "token -> TOKEN_PLACEHOLDER_VALUE",
        "password -> ********",
        "password -> hunter2",
        "ssh key -> /home/user/.ssh/id_ed25519",
        "upgrade token library 2.3.1 -> 2.4.0",
        "api key fingerprint -> 3f2b9c1d7a4e4b8f9c2d1e5a7b3c9d0f",
        "getToken :: Text -> IO Token",
        "the nonce for the token -> Zk39aQpLm2Xv8RtY4bNc7Qw",
    ],
)
def test_arrow_near_misses_are_left(text: str) -> None:
    assert _found(text) == set()


def _all_found(text: str) -> set[str]:
    low = text.lower()
    return {
        text[s.start : s.end]
        for d in secret_detectors()
        if not d.prefilter or any(p in low for p in d.prefilter)
        for s in d.detect(text)
    }


_NOUN_SENTENCES = [
    "LINE のチャネルシークレットは {v} です。",
    "クライアントシークレット: {v}",
    "클라이언트 시크릿: {v}",
    "Секрет вебхука з панелі: {v}. Порівнюю HMAC-SHA256 від сирого тіла.",
    "Секрет приложения для Azure: {v}",
    "Il segreto del client è {v}",
    "El secreto de cliente de Azure: {v}",
    "O segredo do cliente é {v}",
    "Sekret klienta dla Azure: {v}",
    "Το μυστικό του πελάτη: {v}",
]


@pytest.mark.parametrize("sentence", _NOUN_SENTENCES)
@pytest.mark.parametrize("shape", ["hex", "b62", "b64"])
def test_secret_noun_sentence_value_is_found(sentence: str, shape: str) -> None:
    value = _TOKEN_SHAPES[shape]()
    text = sentence.format(v=value)
    assert value in _all_found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Откройте секретарь: https://example.com/desk",
        "シークレットモードで https://example.com を開いてください。",
        "시크릿 모드에서 https://example.com 열기",
        "Il segreto è nella salsa, versione 2.4.1.",
        "секрет успеха: 3 шага и ключевой commit a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0",
        "El secreto está en el commit a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0",
        "Секрет Kubernetes: my-app-secret (namespace prod)",
        "シークレット名: prod-db-password",
        "Il segreto si chiama MY_APP_SECRET_KEY nel vault",
        "Токени доступу зберігаються у сховищі секретів і ротуються щомісяця; у логах ми бачимо лише їхні"
        " ідентифікатори, наприклад `key_7f3a`.",
        "Секрет хранится в Vault, в логах виден только его ярлык token-01.",
    ],
)
def test_secret_noun_near_misses_are_left(text: str) -> None:
    assert _all_found(text) == set()
