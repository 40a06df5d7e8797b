"""Session 12 (secrec): ``user / password`` logins and ``(password)`` after a vendor (`userpairs`).

Generated logins cross cue lines of several languages (account, login, credentials, a remote
service), user names, chosen and generated passwords and carriers (plain, a Markdown bullet, a
JSON tool result); the password is found exactly and the user name is left alone. Near misses:
``read / write``, ``TCP / IP``, fractions and dates, paths, slashes without a cue, notes and
versions in parentheses, parentheses in sentences without a credential noun.
"""

# cue words of other scripts are the point here

from __future__ import annotations

import itertools
import json
import random

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.userpairs import UserPairDetector

_RNG = random.Random(2712)
_WORDS = ["Harbor", "Velvet", "Quartz", "Sommer", "Wiosna", "Tigre", "Otter", "Saffron", "Marble", "Lumen"]
_SYMBOLS = "!@#$%&*?"
_CUES = [
    "- Nintendo NDI account:",
    "login for the staging box:",
    "FTP:",
    "SSH to the NAS:",
    "Zugang zum Portal:",
    "Konto testowe:",
    "Cuenta del proveedor:",
    "Identifiants du back-office :",
    "ログイン情報:",
    "계정:",
    "VPN creds are",
    "Учетная запись сервера:",
]
_USERS = ["tideshore-ci", "admin", "ftpuser", "j.nowak", "svc_backup", "deploy", "ops@acme.io", "`root`"]


def _chosen() -> str:
    w = _RNG.choice(_WORDS)
    digits = "".join(_RNG.choice("0123456789") for _ in range(_RNG.randint(2, 4)))
    sym = _RNG.choice(_SYMBOLS)
    return _RNG.choice([f"{w}{sym}{digits}", f"{digits}{w.lower()}{sym}", f"{w}.{w[::-1].title()}{sym}{digits}"])


def _generated() -> str:
    a = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        v = "".join(_RNG.choice(a) for _ in range(20))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in UserPairDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize(("cue", "user"), list(itertools.product(_CUES, _USERS))[::3])
def test_slash_pairs_after_a_login_cue(cue: str, user: str) -> None:
    for value in (_chosen(), _generated()):
        quoted = _RNG.choice(["{}", "`{}`"]).format(value)
        text = f"{cue} {user} / {quoted}\n"
        found = _found(text)
        assert found == {value}, (text, found)
        record = json.dumps({"role": "user", "content": f"notes\n{text}thanks"})
        assert value in _found(record)


def test_the_full_detector_set_takes_the_pair() -> None:
    value = "QWx8!zzPr"
    text = f"FTP: ftpuser / {value}\nZugang: admin / Sommer2024!"
    spans = [s for d in secret_detectors() for s in d.detect(text)]
    assert any(text[s.start : s.end] == value for s in spans)
    assert any(text[s.start : s.end] == "Sommer2024!" for s in spans)
    assert not any("ftpuser" in text[s.start : s.end] or "admin" in text[s.start : s.end] for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "read / write access for the account",
        "The account supports TCP / IP and A / B testing",
        "login page: Sign in / Sign up",
        "account ratio 3 / 4, login date 12 / 2024",
        "user docs: src/lib/Setup2024!.md",
        "Deploy with make build / Release2024! when ready",  # no login cue
        "account: Harbor!2291 / Velvet@7781",  # two passwords: no user name
        "see docs / FAQ for the login, v2 / v3 both work",
    ],
)
def test_slash_near_misses(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Hola, el script tiene las credenciales de Vendorix y de Quillmark ({}) en texto plano.", "Quill.Mk!Ledger4"),
        ("The passwords for Jira ({}) and Confluence are in the ticket.", "Atlas#2291"),
        ("Die Zugangsdaten von DATEV ({}) bitte rotieren.", "Datev!Nord77"),
        ("Credenciales del portal: usuario soporte, contraseña ({})", "Tigre.Azul77!"),
    ],
)
def test_parenthesised_passwords_in_credential_sentences(sentence: str, value: str) -> None:
    text = sentence.format(value)
    assert _found(text) == {value}


@pytest.mark.parametrize(
    "text",
    [
        "The API key (v2.1.3) and version (Build#42a) are fine",  # no password shape
        "The key rotation (see vault) is overdue",  # a note with blanks
        "We released Atlas (Atlas#2291) last week.",  # no credential noun
        "call login(user, pass) then account.signIn(token)",
        "The token endpoint (/oauth2/token) returns 401",
        "Password rules (min 8 chars, 1 digit) apply",
    ],
)
def test_parenthesis_near_misses(text: str) -> None:
    assert _found(text) == set()
