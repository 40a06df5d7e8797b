"""Passwords given on stdin to the commands that read one (secret.cli.password): here-strings
(``<<<``) for every stdin reader, and a new password typed twice into ``passwd``.

Generated rows cross the readers with quoting and value shapes; near misses: variables,
commands that do not read a password, and two different lines piped into passwd.
"""

from __future__ import annotations

import itertools
import random

import pytest

from redactor.detect.secrets.commands import CommandLineDetector
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(3147)

_READERS = [
    "sudo -S apt-get update",  # sudo reading its password
    "kinit ops@CORP.EXAMPLE.ORG",  # Kerberos
    "docker login -u ops --password-stdin registry.example.org",  # registries
    "openconnect vpn.example.org -u ops --passwd-on-stdin",  # VPN
    "vncpasswd -f",  # VNC
    "gh auth login --with-token",  # GitHub CLI
    "passwd --stdin ops",  # RHEL passwd
]


def _password() -> str:
    return f"{_RNG.choice(['Kestrel', 'otter', 'Velvet'])}{_RNG.choice('!#*+@')}{_RNG.randint(1000, 9999)}"


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in CommandLineDetector(ViewCache()).detect(text)]


@pytest.mark.parametrize(("reader", "quote"), list(itertools.product(_READERS, ("'", '"', ""))))
def test_here_string_to_a_stdin_reader(reader: str, quote: str) -> None:
    pw = _password()
    text = f"{reader} <<< {quote}{pw}{quote}"
    assert pw in _found(text), text


@pytest.mark.parametrize("quote", ["'", '"'])
def test_chpasswd_here_string_masks_the_password_not_the_user(quote: str) -> None:
    pw = _password()
    assert _found(f"chpasswd <<< {quote}ops:{pw}{quote}") == [pw]


@pytest.mark.parametrize(
    "form",
    ['echo -e "{p}\\n{p}" | passwd ops', "printf '{p}\\n{p}\\n' | sudo passwd root", "echo -e '{p}\\n{p}' | passwd"],
)
def test_new_password_typed_twice_into_passwd(form: str) -> None:
    pw = _password()
    assert pw in _found(form.format(p=pw))


@pytest.mark.parametrize(
    "text",
    [
        'docker login -u ops --password-stdin registry.example.org <<< "$TOKEN"',  # a variable
        "grep Kestrel <<< 'Kestrel+3147'",  # grep reads no password
        'echo -e "Kestrel+3147\\nother" | passwd ops',  # two different lines
        "kinit ops@CORP.EXAMPLE.ORG <<< '<password>'",  # a placeholder
    ],
)
def test_stdin_near_misses(text: str) -> None:
    assert _found(text) == []
