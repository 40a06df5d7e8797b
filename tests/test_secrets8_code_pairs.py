"""Grouped application passwords (secret.generic.grouped_password) and passwords written beside
their user in running text (secret.generic.prose_pair).

Generated rows: random WordPress/Google/Apple-shaped passwords under credential keys of several
config syntaxes; user/password pairs in fifteen languages' label words and slashed pairs after
login cues. Near misses: words in groups, numbers, documentation runs (``abcd efgh``), non-credential
keys, prose that uses the same words without a password.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.grouped import GroupedPasswordDetector, grouped_secret
from redactor.detect.secrets.prosepairs import _CUES, _PASS_WORDS, _USER_WORDS, ProsePairDetector

_RNG = random.Random(1127)


def _group(alphabet: str) -> str:
    while True:
        g = "".join(_RNG.choice(alphabet) for _ in range(4))
        steps = {ord(b) - ord(a) for a, b in itertools.pairwise(g)}
        if steps not in ({1}, {-1}):
            return g


def _wordpress() -> str:
    """Six groups of four letters and digits, each with a digit and a letter."""
    groups = []
    while len(groups) < 6:
        g = _group(string.ascii_letters + string.digits)
        if any(c.isdigit() for c in g) and any(c.isalpha() for c in g):
            groups.append(g)
    return " ".join(groups)


def _google() -> str:
    return " ".join(_group("bcdfghjklmnpqrstvwxz") for _ in range(4))


def _apple() -> str:
    return "-".join(_group("bcdfghjklmnpqrstvwxz") for _ in range(4))


def _grouped(text: str) -> list[str]:
    return [text[s.start : s.end] for s in GroupedPasswordDetector(ViewCache()).detect(text)]


_KEYED = [
    "'{k}' => '{v}',",  # PHP array
    '{K}="{v}"',  # .env
    '"{k}": "{v}"',  # JSON
    "{k}: '{v}'",  # YAML
    '{k} = "{v}"',  # TOML, Python
    "const {k} = `{v}`;",  # JS template literal
]
_KEYS = ["secret", "app_password", "application_password", "api_token", "wp_app_pass", "auth_key"]


@pytest.mark.parametrize(
    ("form", "key", "shape"), list(itertools.product(_KEYED, _KEYS, ("wordpress", "google", "apple")))
)
def test_grouped_password_under_a_credential_key(form: str, key: str, shape: str) -> None:
    value = {"wordpress": _wordpress, "google": _google, "apple": _apple}[shape]()
    text = form.format(k=key, K=key.upper(), v=value)
    assert _grouped(text) == [value], text


@pytest.mark.parametrize("phrase", ["app password: {v}", "Application password = {v}", "App-specific password: `{v}`"])
def test_grouped_password_after_an_app_password_phrase(phrase: str) -> None:
    value = _google()
    assert _grouped(phrase.format(v=value)) == [value]


@pytest.mark.parametrize(
    "text",
    [
        '"api_key": "this test will fail"',  # four words
        "'secret' => 'abcd efgh ijkl mnop'",  # the documentation example
        '"key": "2024 2025 2026 2027"',  # numbers
        "'secret' => 'ABCD EFGH IJKL MNOP'",  # upper-case runs
        "'title' => 'r2S9 OXu1 36sE tQq4 zUK8 6WyV'",  # not a credential key
        '"token": "a1b2 a1b2 a1b2 a1b2 a1b2 a1b2"',  # repeated groups
        "'secret' => 'Lorem Ipsu Dolo Sita'",  # capitalised words
    ],
)
def test_grouped_near_misses(text: str) -> None:
    assert _grouped(text) == []


def test_grouped_secret_rejects_word_groups_and_accepts_random_ones() -> None:
    assert not grouped_secret("what this will mean")
    assert all(grouped_secret(_wordpress()) for _ in range(50))


def _pairs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ProsePairDetector(ViewCache()).detect(text)]


def _password() -> str:
    return f"{_RNG.choice(['Kestrel', 'otter', 'Velvet', 'bramble'])}{_RNG.choice('+!#*-')}{_RNG.randint(1000, 9999)}"


_LABEL_FORMS = [
    "{U} {u} {P} {p}",  # bare words
    "{U}: {u}, {P}: {p}",  # labels
    "{U}={u} {P}={p}",  # key=value
    "Vendor console — {U} `{u}` {P} `{p}`",  # code spans
]


@pytest.mark.parametrize(
    ("user_word", "pass_word", "form"),
    [(u, p, f) for u, p in zip(_USER_WORDS, itertools.cycle(_PASS_WORDS), strict=False) for f in _LABEL_FORMS]
    + [(u, p, _LABEL_FORMS[0]) for u, p in zip(itertools.cycle(_USER_WORDS), _PASS_WORDS, strict=False)],
)
def test_user_and_password_labelled_in_prose(user_word: str, pass_word: str, form: str) -> None:
    pw = _password()
    text = "Zugang für das Testsystem: " + form.format(U=user_word, u="svc_ops", P=pass_word, p=pw)
    assert _pairs(text) == [pw], text


def test_labelled_value_ends_at_the_next_option() -> None:
    # mount options: the password stops at the comma before the next option
    text = "mount -t cifs //nas/share /mnt -o username=jmbeki,password=8946pixel*,uid=1000,vers=3.0"
    assert _pairs(text) == ["8946pixel*"]


@pytest.mark.parametrize(("cue", "layout"), list(itertools.product(_CUES, ("`{u}` / `{p}`", "{u} / {p}"))))
def test_slashed_pair_after_a_login_cue(cue: str, layout: str) -> None:
    pw = f"Kestrel{_RNG.choice('+!#*')}{_RNG.randint(1000, 9999)}"
    text = f"The portal {cue} " + layout.format(u="admin", p=pw) + " without MFA."
    assert _pairs(text) == [pw], text


@pytest.mark.parametrize(
    "text",
    [
        "user bob pass the test",  # words
        "The user guide passes all tests",  # no pair
        "logged in with root / toor",  # a word, not a chosen password
        "use `src` / `lib2-Build` directories",  # paths in code spans
        "default width / height ratio 16/9",  # prose slash
        "login with admin / ${ADMIN_PASSWORD}",  # a reference
        "user anonymous pass anonymous@",  # anonymous FTP
        "accepted 2024-01-01 / 2024-12-31",  # dates
        "user: alice, password: <password>",  # placeholder
        "jsonencode({ username = var.db_user, password = random_password.db.result })",  # references (Terraform)
        "auth.basic = { username: creds.username, password: creds.password }",  # references (JS)
        "append `Cache-Control`/`max-age=0` to the header list",  # a header and a directive
        "endpoints that support username and password authentication.</p>",  # prose about credentials, markup
        "machine host.domain.com login log password pa#ss account acct",  # a password word with a symbol
        "machine host.domain.com login log password \\xa1\\xa2 account acct",  # escapes of a parser test
        "authinfo user Name|pass Password|generic <prog> <args>",  # a command synopsis
    ],
)
def test_prose_pair_near_misses(text: str) -> None:
    assert _pairs(text) == []
