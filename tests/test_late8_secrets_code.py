"""Session 8 late secrets by position: ``Authorization`` header lines and ``auth header:`` log
readouts (secret.http.header), and key flags of command lines (secret.cli.password).

Generated rows cross carriers, schemes and value shapes; near misses keep the non-secret
neighbours of each class (trace headers, ``curl -k URL``, ``pytest -k name``, prose).
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.commands import CommandLineDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.headers import VendorHeaderDetector
from redactor.detect.secrets.urls import UrlCredentialDetector

_RNG = random.Random(8027)


def _token(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n))


def _headers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in VendorHeaderDetector(ViewCache()).detect(text)]


def _commands(text: str) -> list[str]:
    return [text[s.start : s.end] for s in CommandLineDetector(ViewCache()).detect(text)]


_VALUES = [_hex(32), _hex(40), _token(24), _token(40)]
_SCHEMES = ["", "Bearer ", "Token ", "AcmeKey ", "SSWS ", "Apikey "]


@pytest.mark.parametrize(("value", "scheme"), list(itertools.product(_VALUES, _SCHEMES)))
def test_authorization_line_of_a_raw_request(value: str, scheme: str) -> None:
    text = f"GET /v1/trips HTTP/1.1\nHost: api.example.org\nAuthorization: {scheme}{value}\nAccept: */*\n"
    assert _headers(text) == [value]


@pytest.mark.parametrize(("value", "scheme"), list(itertools.product(_VALUES, _SCHEMES)))
def test_auth_header_in_a_log_line(value: str, scheme: str) -> None:
    for label in ("auth header:", "authorization header=", "Authorization header: "):
        text = f"2026-11-24T05:12:44Z DEBUG {label} {scheme}{value}\n2026-11-24T05:12:45Z ERROR 503\n"
        assert _headers(text) == [value], label


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer ${TOKEN}\n",  # a variable
        "Authorization: Bearer <your-token-here>\n",  # a placeholder
        "Authorization: Bearer YOUR_ACCESS_TOKEN_HERE\n",  # a constant name
        "authorization: 7dce3c7f-a956-47e8-be4b-1305ba5f2a56\n",  # a UUID
        "The authorization header: see https://example.org/docs/authentication-guide\n",  # a URL
        "traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\n",  # not authorization
        "We discussed the authorization header and decided to move on.\n",  # prose
    ],
)
def test_authorization_near_misses(text: str) -> None:
    assert _headers(text) == []


_TOOLS = ["trcli -y", "acmectl push", "./deploy.sh", "vendor-cli sync --project demo"]
_FLAGS = ["-k {v}", "--key {v}", "--api-key={v}", "-k '{v}'", '--key "{v}"']


@pytest.mark.parametrize(("tool", "flag"), list(itertools.product(_TOOLS, _FLAGS)))
def test_key_flag_on_a_command_line(tool: str, flag: str) -> None:
    value = _token(29, string.ascii_letters + string.digits + "-")
    one_line = f"$ {tool} -u qa@example.org {flag.format(v=value)} run\n"
    assert _commands(one_line) == [value]
    continued = f"{tool} \\\n  -h https://example.testrail.io \\\n  {flag.format(v=value)} \\\n  parse_junit\n"
    assert _commands(continued) == [value]
    numbered = f"     3\t{tool} \\\n     4\t  {flag.format(v=value)} \\\n     5\t  parse_junit\n"
    assert _commands(numbered) == [value]
    last = f"{tool} {flag.format(v=value)}\nnext line\n"  # the value ends its line
    assert _commands(last) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "curl -k https://internal.example.org/api/v1/health\n",  # -k: insecure, then a URL
        "pytest -k test_authorization_line_of_a_raw_request -q\n",  # a test name
        "ssh-add -k ~/.ssh/id_ed25519_workstation\n",  # a path
        "openssl s_client -connect host:443 -key client_private_key.pem\n",  # a file
        "tool --key $API_KEY_FROM_ENVIRONMENT\n",  # a variable
        "tool --key <your-api-key-goes-here>\n",  # a placeholder
        "sort -k 2,2 -t, data.csv\n",  # a sort key
    ],
)
def test_key_flag_near_misses(text: str) -> None:
    assert _commands(text) == []


def _urls(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UrlCredentialDetector(ViewCache()).detect(text)]


def _short_key() -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(_RNG.randint(8, 15)))
        has_all = any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v)
        if has_all and any(c.isupper() for c in v[1:]):
            return v


_API_URLS = [
    "https://free.example-routes.com/api/1.4/json/Search?{q}&oName=Kyoto",
    "https://api.example.org/v2/forecast?lat=1.2&{q}",
    "http://example.net/apis/geo?{q}#top",
    "https://data.example.com/api/v3/items?format=json&{q}&page=2",
]
_PARAMS = ["key", "apikey", "api_key", "appkey", "access_key"]


@pytest.mark.parametrize(("url", "param"), list(itertools.product(_API_URLS, _PARAMS)))
def test_short_key_in_an_api_url(url: str, param: str) -> None:
    keys = [_short_key() for _ in range(6)]
    found = 0
    for key in keys:
        text = f"Call `{url.format(q=f'{param}={key}')}` from the job.\n"
        got = _urls(text)
        assert got in ([key], []), got
        found += got == [key]
    assert found >= 4  # random letters sometimes split into words; most do not


@pytest.mark.parametrize(
    "text",
    [
        "https://api.example.org/v1/cache?key=Page2Home\n",  # words glued as an identifier
        "https://api.example.org/v1/cache?key=myKey123\n",  # an identifier
        "https://api.example.org/v1/cache?key=Test1234\n",
        "https://api.example.org/v1/cache?key=abcdefgh\n",  # no digit, one case
        "https://www.example.org/blog/post?key=9micLGOl\n",  # not an API URL
        "https://api.example.org/v1/cache?sortkey=9micLGOl\n",  # another parameter
        "https://api.example.org/v1/cache?key=YOUR_KEY\n",  # a placeholder
    ],
)
def test_short_query_key_near_misses(text: str) -> None:
    assert _urls(text) == []
