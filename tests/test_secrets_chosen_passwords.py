"""Chosen passwords near a password word, and credential table columns (``secret.generic.chosen``).

A generated matrix: sentence templates of several languages (the password noun, a few words or
a clause, then the value) times seeded human-style passwords (word + digits + symbol, symbols
inside, both cases); near misses: the same sentences with versions, dates, times, e-mails,
hosts, files, URLs, issue keys, UUIDs and quantities where the password would be. Tables: header
rows naming user and password/key/token columns, and tables whose columns name no credential.
"""

# ruff: noqa: RUF001  # sentences of other languages and scripts are the point here

from __future__ import annotations

import random

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.pwshape import ChosenPasswordDetector, password_shaped

DETECTORS = secret_detectors()
CHOSEN = ChosenPasswordDetector(ViewCache())
_RNG = random.Random(9493)
_WORDS = ("Otter", "Velvet", "Saffron", "Harbour", "Kestrel", "Maple", "Tiger", "Lantern", "Copper", "Willow")


def _password() -> str:
    """A human-style password: a word, digits, a symbol, in one of several orders. A password that
    starts with ``$``, ``@``, ``#`` or ``%`` reads as a variable, handle, tag or format in prose and
    is left (a known gap), so leading symbols are drawn from the others."""
    w = _RNG.choice(_WORDS)
    d = str(_RNG.randrange(10, 10000))
    s = _RNG.choice("!@#$%&*?+")
    lead = _RNG.choice("!&*?+~")
    tail = "".join(_RNG.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(_RNG.randrange(0, 3)))
    return _RNG.choice([f"{d}{w}{s}", f"{w}{d}{s}{tail}", f"{w}{s}{d}", f"{w.lower()}{s}{d}{w[0]}", f"{lead}{w}{d}"])


TEMPLATES = (
    "Temporary password from the reset mail: {v}\nBrowser: Firefox 133 / Windows 11",
    "The Wi-Fi password of the warehouse was changed, the new one is {v} from today.",
    "Das WLAN-Passwort für das Lager in Hamburg wurde geändert, das neue lautet {v} und gilt ab sofort.",
    "Le mot de passe du routeur a été changé ; le nouveau : {v}",
    "La contraseña del portal para proveedores ahora es {v}, no la compartas.",
    "Het wachtwoord voor de gastenwifi is sinds vandaag {v}",
    "Hasło do panelu administracyjnego zmieniłem na {v}",
    "A senha provisória do sistema de RH ficou {v} até sexta.",
    "Yeni şifre {v} olarak ayarlandı.",
    "Пароль от VPN поменяли, новый: {v}",
    "管理画面のパスワードを {v} に変更しました。",
    "新的数据库密码是 {v} ，请妥善保管。",
    "관리자 비밀번호를 {v} 로 바꿨습니다.",
    "Admin passwd for the router (changed by IT last night) {v}",
    "ticket 4411: user jdoe reset his password, now using {v} on all machines",
)
NOT_PASSWORDS = (
    "v2.4.1",
    "2024-03-01",
    "10:15",
    "jdoe@example.com",
    "login.example.com",
    "settings.yaml",
    "https://example.com/reset",
    "SD-20417",
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    "133ms",
    "50%",
    "+49-30-1234567",
    "docs/security.md",
    "@jdoe",
    "$PASSWORD",
    "%s",
    "<password>",
    "reset_password_v2()",
    "RFC-9110",
    "PKCS#12",
    "MD5-based",
    "gnutls_x509_crq_t",
    "*E187*",
)


@pytest.mark.parametrize("template", TEMPLATES)
def test_chosen_passwords_after_a_password_word_are_masked(template: str) -> None:
    missed = []
    for _ in range(12):
        v = _password()
        text = template.format(v=v)
        i = text.index(v)
        if not any(s.start <= i and i + len(v) <= s.end for s in CHOSEN.detect(text)):
            missed.append(v)
    assert not missed, missed


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("value", NOT_PASSWORDS)
def test_other_tokens_in_the_same_sentences_are_left_alone(template: str, value: str) -> None:
    assert not CHOSEN.detect(template.format(v=value))


def test_only_the_first_password_shaped_token_of_a_clause() -> None:
    text = "Passwort für den Router: Saffron$1192 (Seriennummer X7-99Q-B2)."
    assert [text[s.start : s.end] for s in CHOSEN.detect(text)] == ["Saffron$1192"]


def test_a_password_label_takes_only_its_own_value() -> None:
    text = '{"username": "Waakis2000", "password": "Iejeiz1oodei"}, {"id": "5c11fc04-45f8-4989-801f-4102ff38d376"}'
    assert not CHOSEN.detect(text)


def test_prose_without_a_password_word_is_left_alone() -> None:
    assert not CHOSEN.detect("The new build tag is Kestrel2024! and the release Copper7@beta ships Friday.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("9493Otter@", True),
        ("Velvet7103@jc", True),
        ("Saffron$1192", True),
        ("Tr0ub4dor&3", True),
        ("hunter2", False),
        ("password", False),
        ("v1.2.3", False),
        ("a@b.co", False),
        ("12345678", False),
    ],
)
def test_password_shaped(value: str, expected: bool) -> None:
    assert password_shaped(value) is expected


# --- credential columns ------------------------------------------------------------------------

TABLE_HEADERS = (
    ("system", "user", "password"),
    ("Host", "Login", "Passwort"),
    ("service", "account", "api key"),
    ("env", "client id", "client secret"),
    ("name", "token"),
    ("app", "user", "key"),
)


def _generated(n: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v):
            return v


@pytest.mark.parametrize("header", TABLE_HEADERS)
@pytest.mark.parametrize("style", ["markdown", "psql"])
def test_credential_columns_of_tables_are_masked(header: tuple[str, ...], style: str) -> None:
    rows = []
    secrets = []
    for i in range(3):
        secret = _password() if header[-1] in ("password", "Passwort") else _generated(24 + 8 * i)
        secrets.append(secret)
        rows.append((*[f"cell{i}{j}" for j in range(len(header) - 1)], secret))
    if style == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    else:
        lines = [" " + " | ".join(header), "-" * 30] + [" " + " | ".join(r) for r in rows]
    text = "\n".join(lines)
    masked = [text[s.start : s.end] for s in CHOSEN.detect(text)]
    assert sorted(masked) == sorted(secrets)


@pytest.mark.parametrize(
    "table",
    [
        "| test | result | token |\n|---|---|---|\n| login | pass | n/a |",
        "| key | description |\n|---|---|\n| ctrl+s | save the file |\n| F5 | reload |",
        "| name | version | sha256 |\n|---|---|---|\n"
        "| app | 1.2.3 | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 |",
        "| user | password policy |\n|---|---|\n| alice | min 12 chars |",
        "| field | type |\n|---|---|\n| password | string |\n| token | string |",
    ],
)
def test_tables_without_credential_values_are_left_alone(table: str) -> None:
    assert not CHOSEN.detect(table)


def test_registered() -> None:
    text = "Temporary password from the reset mail: Velvet7103@jc"
    assert any(s.detector == "secret.generic.chosen" for d in DETECTORS for s in d.detect(text))
