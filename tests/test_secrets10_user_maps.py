"""User -> password maps named as an authentication scheme's users (``secret.generic.key_map``).

Orthanc's ``"RegisteredUsers": {"radiologia": "pixel-2053"}``, Flask-HTTPAuth-style
``basic_auth_users = {"deploy": "..."}``, ``htpasswd_users``, ``login_accounts``: the object's
name says its members are users and their passwords. The matrix crosses map names x carriers
(JSON, one-line JSON, Python, JS) x user names x password shapes (chosen
with a digit or symbol, generated); near misses: a bare ``users`` map, an ``admin_users`` map,
roles, e-mails, dates, paths and URLs under an auth map, placeholders.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.keymaps import KeyMapDetector, user_map

_RNG = random.Random(2053)
_WORDS = ("pixel", "otter", "walnut", "harbor", "quartz", "ember", "falcon", "maple")


def _chosen_hyphen() -> str:
    return f"{_RNG.choice(_WORDS)}-{_RNG.randrange(1000, 9999)}"


def _chosen_symbol() -> str:
    return f"{_RNG.choice(_WORDS).capitalize()}{_RNG.choice('!#$%&*')}{_RNG.randrange(100, 9999)}"


def _generated() -> str:
    while True:
        v = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(18))
        if sum(c.isdigit() for c in v) >= 2 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


_MAKERS = [_chosen_hyphen, _chosen_symbol, _generated]
_NAMES = ["RegisteredUsers", "basic_auth_users", "htpasswd_users", "authUsers", "login_accounts", "digest_auth.users"]
_CARRIERS = [
    '{{\n  "Name": "PACS",\n  "{n}" : {{\n    "{u1}" : "{p1}",\n    "{u2}" : "{p2}"\n  }}\n}}',  # JSON
    '{{"{n}": {{"{u1}": "{p1}", "{u2}": "{p2}"}}}}',  # one-line JSON
    '{n} = {{"{u1}": "{p1}", "{u2}": "{p2}"}}\n',  # Python dict
    "const {n} = {{ '{u1}': '{p1}', '{u2}': '{p2}' }};\n",  # JS object
]
_USERS = [("radiologia", "ohif"), ("deploy", "ci"), ("admin", "svc.backup"), ("j.doe@corp", "monitor-01")]


@pytest.fixture(scope="module")
def detector() -> KeyMapDetector:
    return KeyMapDetector(ViewCache())


@pytest.mark.parametrize(
    ("name", "carrier", "users", "maker"),
    list(itertools.product(_NAMES, range(len(_CARRIERS)), range(len(_USERS)), range(len(_MAKERS)))),
)
def test_passwords_of_an_auth_user_map_are_found(
    detector: KeyMapDetector, name: str, carrier: int, users: int, maker: int
) -> None:
    u1, u2 = _USERS[users]
    p1, p2 = _MAKERS[maker](), _MAKERS[maker]()
    text = _CARRIERS[carrier].format(n=name, u1=u1, u2=u2, p1=p1, p2=p2)
    found = [text[s.start : s.end] for s in detector.detect(text)]
    assert p1 in found and p2 in found, text


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("users", ("pixel-2053", "Otter!4410")),  # a bare users map: names, roles, anything
        ("admin_users", ("team-3021", "ops-7731")),  # no authentication word
        ("RegisteredUsers", ("admin", "editor")),  # roles
        ("basic_auth_users", ("alice@example.com", "bob@example.com")),  # e-mails
        ("htpasswd_users", ("2024-01-05", "2025-11-30")),  # dates
        ("authUsers", ("/home/alice", "https://idp.example/u/bob")),  # a path, a URL
        ("login_accounts", ("<password>", "changeme")),  # placeholders
        ("cache_auth_users", ("pixel-2053", "Otter!4410")),  # a vetoed qualifier
    ],
)
def test_near_misses_are_left(detector: KeyMapDetector, name: str, values: tuple[str, str]) -> None:
    text = _CARRIERS[1].format(n=name, u1="alice", u2="bob", p1=values[0], p2=values[1])
    assert detector.detect(text) == [], text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RegisteredUsers", True),
        ("basic_auth.users", True),  # the qualifier in the parent's name
        ("HTTP_BASIC_AUTH_USERS", True),
        ("users", False),
        ("active_users", False),
        ("registered_user_count", False),
        ("public_auth_users", False),  # a vetoed qualifier
    ],
)
def test_user_map_names(name: str, expected: bool) -> None:
    assert user_map(name) is expected
