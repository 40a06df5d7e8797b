"""Enrolment and server-password formats (husarnet.join_code, pritunl.profile_uri,
znc.server_password, znc.add_server): generated values in their documented carriers, and near
misses of the same shape without the secret part."""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import CATALOGUE
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.spec import FormatDetector

_RNG = random.Random(6697)
_BY_NAME = {f.name: f for f in CATALOGUE}


def _token(n: int) -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if sum(c.isdigit() for c in v) >= 2 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _hex4() -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(4))


def _found(name: str, text: str) -> list[str]:
    det = FormatDetector(_BY_NAME[name], ViewCache())
    return [text[s.start : s.end] for s in det.detect(text)]


@pytest.mark.parametrize("groups", [3, 7])
@pytest.mark.parametrize("carrier", ["sudo husarnet join {v} rpi-4", "husarnet join {v}", 'JOINCODE="{v}"'])
def test_husarnet_join_code(groups: int, carrier: str) -> None:
    value = "fc94:" + ":".join(_hex4() for _ in range(groups)) + "/" + _token(22)
    assert _found("husarnet.join_code", carrier.format(v=value)) == [value]


@pytest.mark.parametrize("carrier", ["pritunl-client add {u}", "Import this profile: {u}", '"uri": "{u}"'])
def test_pritunl_profile_uri_key(carrier: str) -> None:
    key = _token(8)
    uri = f"pritunl://vpn.example-corp.io/k/{key}"
    assert _found("pritunl.profile_uri", carrier.format(u=uri)) == [key]


@pytest.mark.parametrize("port", ["6697", "+6697", "6667"])
def test_znc_server_line_password(port: str) -> None:
    pw = _token(24)
    conf = f"<User dara>\n    <Network libera>\n        Server = irc.libera.chat {port} {pw}\n    </Network>\n</User>"
    assert _found("znc.server_password", conf) == [pw]
    assert _found("znc.add_server", f"/znc AddServer irc.libera.chat {port} {pw}") == [pw]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("husarnet.join_code", "route add fc94:56c1:c4b3:539c/64 dev hnet0"),  # an IPv6 prefix length
        ("husarnet.join_code", "fc94:b01d:1803:8dd8:b293:5c7d:7639:932a"),  # an address alone
        ("pritunl.profile_uri", "pritunl://vpn.example-corp.io/"),  # no key path
        ("znc.server_password", "<Network libera>\n    Server = irc.libera.chat +6697\n</Network>"),  # no password
        ("znc.server_password", "<Network x>\nServer = irc.x.org +6697 xxxxxxxx\n</Network>"),  # filler
        ("znc.add_server", "/znc AddServer irc.libera.chat +6697"),  # no password
    ],
)
def test_format_near_misses(name: str, text: str) -> None:
    assert _found(name, text) == []
