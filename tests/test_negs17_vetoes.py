"""Session 17 (negs17): false alarms found on tests/data/negatives17, vetoed by role and structure.

Every case is generated or written for this file (no corpus line): advisory ids and JWK public
members (secrets/public_ids.py via role_vetoes.role_veto), scp-style git remotes in git config
keys (pii/contact.py), test-automation mailboxes at documentation domains
(pii/example_contacts.py), chat speaker labels after ``User:`` and Elixir module attributes
(pii/identity.py). Each test also checks the neighbour that must stay masked.
"""

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.pii.contact import EmailDetector
from redactor.detect.pii.identity import HandleDetector, UsernameDetector
from redactor.detect.secrets.public_ids import advisory_id, jwk_public_member
from redactor.detect.secrets.role_vetoes import role_veto

_GHSA = "23456789cfghjmpqrvwx"
_B64URL = string.ascii_letters + string.digits + "-_"


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ghsa(rng: random.Random) -> str:
    return "GHSA-" + "-".join(_rand(rng, _GHSA, 4) for _ in range(3))


@pytest.mark.parametrize("seed", range(12))
def test_advisory_ids_are_vetoed(seed: int) -> None:
    rng = random.Random(seed)
    ids = [
        _ghsa(rng),
        _ghsa(rng).lower(),
        f"CVE-{rng.randint(1999, 2026)}-{rng.randint(1000, 9999999)}",
        f"RUSTSEC-{rng.randint(2017, 2026)}-{rng.randint(1, 9999):04d}",
        f"GO-{rng.randint(2020, 2026)}-{rng.randint(1, 9999):04d}",
        f"RHSA-{rng.randint(2010, 2026)}:{rng.randint(100, 99999)}",
    ]
    for value in ids:
        text = f"{value}: token leakage in debug logs (rotate credentials)"
        assert advisory_id(value), value
        assert role_veto(text, 0, len(value)) in ("advisory", "record_id"), (
            value
        )  # upper-case ids were record ids already
        if value.upper().startswith("GHSA"):
            assert role_veto(text, 0, len(value)) == "advisory", value


@pytest.mark.parametrize("seed", range(12))
def test_advisory_shape_needs_the_alphabet(seed: int) -> None:
    rng = random.Random(100 + seed)
    # a letter outside GitHub's advisory alphabet (a, b, d, e, ...) or a fourth group: not an advisory id
    bad = "GHSA-" + "-".join(_rand(rng, _GHSA, 3) + rng.choice("abdeiklnostuyz") for _ in range(3))
    assert not advisory_id(bad)
    assert not advisory_id(_ghsa(rng) + "-" + _rand(rng, _GHSA, 4))
    token = _rand(rng, string.ascii_letters + string.digits, 40)
    assert not advisory_id(token)


def _jwks(rng: random.Random, private: bool) -> tuple[str, str, str]:
    n = _rand(rng, _B64URL, 342)
    d = _rand(rng, _B64URL, 342)
    key: dict[str, str] = {
        "kty": "RSA",
        "use": "sig",
        "kid": f"{rng.randint(2020, 2030)}-{rng.randint(1, 12)}",
        "n": n,
        "e": "AQAB",
    }
    if private:
        key["d"] = d
    return json.dumps({"keys": [key]}, indent=rng.choice([None, 2])), n, d


@pytest.mark.parametrize("seed", range(10))
def test_jwk_public_members_are_vetoed_private_ones_are_not(seed: int) -> None:
    rng = random.Random(200 + seed)
    text, n, d = _jwks(rng, private=True)
    i, j = text.index(n), text.index(d)
    assert jwk_public_member(text, i, i + len(n))
    assert role_veto(text, i, i + len(n)) == "jwk_public"
    assert not jwk_public_member(text, j, j + len(d))
    assert role_veto(text, j, j + len(d)) is None


@pytest.mark.parametrize("seed", range(6))
def test_member_named_n_outside_a_jwk_is_not_vetoed(seed: int) -> None:
    rng = random.Random(300 + seed)
    value = _rand(rng, _B64URL, 48)
    text = json.dumps({"service": "sync", "n": value, "token_type": "bearer"})
    i = text.index(value)
    assert not jwk_public_member(text, i, i + len(value))


def _emails(text: str) -> list[str]:
    return [text[s.start : s.end] for s in EmailDetector().detect(text)]


@pytest.mark.parametrize("host", ["github.com", "gitlab.com", "bitbucket.org", "git.example-corp.net"])
def test_git_config_insteadof_key_is_no_mailbox(host: str) -> None:
    text = f"$ git config --global --get-regexp '^url'\nurl.git@{host}:.insteadof https://{host}/\n"
    assert _emails(text) == []
    mailbox = f"Contact: release.git@{host} for access"
    assert _emails(mailbox) == [f"release.git@{host}"]  # no ':' after the domain: a mailbox


@pytest.mark.parametrize("local", ["qa", "qa2", "e2e", "e2e-01", "cypress", "playwright"])
@pytest.mark.parametrize("domain", ["example.test", "example.com", "qa.example.org"])
def test_test_automation_mailboxes_at_documentation_domains(local: str, domain: str) -> None:
    text = f"cy.get('[data-test=email]').type('{local}@{domain}')"
    assert _emails(text) == []
    assert _emails(f"cy.get('#email').type('{local}@gmail.com')") == [f"{local}@gmail.com"]


def _users(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UsernameDetector().detect(text)]


@pytest.mark.parametrize(
    "turn",
    [
        "Should we move the cluster to the new region?",
        "Could you explain why the build fails on arm64?",
        "Please rewrite this loop with a generator.",
        "Why does the cache never expire?",
    ],
)
def test_chat_speaker_label_is_no_login(turn: str) -> None:
    text = f"User: {turn}\nAssistant: Sure, here is how."
    assert _users(text) == []


@pytest.mark.parametrize("login", ["deploy-bot", "svc_backup", "build_agent7", "ci-runner-02"])
def test_login_after_user_key_stays(login: str) -> None:
    assert login in _users(f"registry:\n  user: {login}\n  url: https://registry.internal\n")
    assert login in _users(f"user: {login}  # service account\n")


def _handles(text: str) -> list[str]:
    return [text[s.start : s.end] for s in HandleDetector().detect(text)]


@pytest.mark.parametrize(
    "attr", ["impl true", "doc false", 'moduledoc "Stock levels."', "spec reserve(pid, String.t()) :: :ok"]
)
def test_elixir_module_attribute_is_no_handle(attr: str) -> None:
    text = f"defmodule Shop.Stock do\n  use GenServer\n\n  @{attr}\n  def reserve(pid, sku), do: :ok\nend"
    assert _handles(text) == []


def test_handle_in_prose_stays_beside_elixir() -> None:
    text = "defmodule Shop.Stock do\n  # ask @kwame-dev about the lock order\n  @impl true\nend"
    assert _handles(text) == ["@kwame-dev"]
