"""A UUID as the sole argument of a CLI auth/login subcommand is the token (secret.generic.context).

Several CLIs issue UUID tokens and take them positionally (``snyk auth <uuid>``); the matrix
crosses tools, auth verbs and prompt/carrier forms. Near misses: UUIDs after ``init``/``set-key``
(project ids), with a second argument, or filler UUIDs.
"""

from __future__ import annotations

import random

import pytest

from redactor.detect.secrets.context import ContextTokenDetector
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(311)


def _uuid() -> str:
    h = "".join(_RNG.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ContextTokenDetector(ViewCache()).detect(text)]


@pytest.mark.parametrize("tool", ["snyk", "vendorctl", "acme-cli", "npx @vendor/cli", "./bin/tool"])
@pytest.mark.parametrize("verb", ["auth", "login", "authenticate", "authorize", "authtoken"])
@pytest.mark.parametrize("form", ["$ {cmd}", "{cmd} && echo ok", '{{"command": "{cmd}"}}'])
def test_uuid_token_of_an_auth_subcommand(tool: str, verb: str, form: str) -> None:
    token = _uuid()
    assert _found(form.format(cmd=f"{tool} {verb} {token}")) == [token]


@pytest.mark.parametrize(
    "cmd",
    [
        "vendorctl init {u}",  # a project or workspace id
        "vendorctl set-key {u}",
        "vendorctl login {u} eu-west-1",  # a second, non-generated argument: an id and a region
        "vendorctl auth 00000000-0000-0000-0000-000000000000",  # a filler
        "vendorctl auth 12345678-1234-1234-1234-123456789abc",
    ],
)
def test_uuids_that_are_not_tokens(cmd: str) -> None:
    assert _found("$ " + cmd.format(u=_uuid())) == []
