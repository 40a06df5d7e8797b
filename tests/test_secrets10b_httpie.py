"""Credentials in HTTPie/xh request items (``httpie``).

Generated command lines cross programs (``http``, ``https``, ``xh``, ``xhs``), methods, vendor
URLs, credential item names with each separator (``==`` query, ``:`` header, ``=`` JSON field)
and carriers (a shell line, a Claude Code Bash tool call as JSON): the value is found exactly, and
the id and paging items next to it are not. Near misses: non-credential names, placeholders,
shell variables, words, short values, the same items after a program that is not HTTPie, and
prose about HTTP.
"""

from __future__ import annotations

import itertools
import json

import pytest

from redactor.detect.secrets.context import ContextTokenDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.httpie import httpie_items

_PROGRAMS = ["http", "https", "xh", "xhs"]
_METHODS = ["", "GET ", "POST "]
_URLS = [
    "'https://api.flightstats.com/flex/flightstatus/rest/v2/json/airport/status/PRG/arr/2026/11/27/9'",
    "https://api.tenjin.com/v2/reports/spend",
    "api.ooredoo.qa/sms/v1/send",
    ":8080/internal/quotes",
]
_NAMES = ["appKey", "api_key", "apikey", "X-API-Key", "access_token", "token", "client_secret", "x-auth-token"]
_SEPS = ["==", ":", "="]
_VALUES = [
    "c68ad58b612c515f11432e8bf0473814",
    "Zq7LmR2vT9kWz4NbHc8YpD3sFj6G",
    "59df8fbd5a097c070e285f93daee81c0c477bb19",
    "vEN4DPYmp1J567n63M6PLNnTIJONnT86CBf572aS",
]

_CASES = [
    (program, method, url, name, sep, value)
    for (program, name, sep), method, url, value in zip(
        itertools.product(_PROGRAMS, _NAMES, _SEPS),
        itertools.cycle(_METHODS),
        itertools.cycle(_URLS),
        itertools.cycle(_VALUES),
        strict=False,
    )
]


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in ContextTokenDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize(("program", "method", "url", "name", "sep", "value"), _CASES)
@pytest.mark.parametrize("wrap", [False, True])
def test_credential_item_is_found(
    program: str, method: str, url: str, name: str, sep: str, value: str, wrap: bool
) -> None:
    text = f"{program} {method}{url} appId==3f1a9c2e page==2 {name}{sep}{value} Accept:application/json\n"
    if name.startswith("a"):  # the credential as the last item, closed by the carrier's quote
        text = f"{program} {method}{url} appId==3f1a9c2e page==2 {name}{sep}{value}"
    if wrap:
        text = json.dumps({"type": "tool_use", "name": "Bash", "input": {"command": text}})
    found = _found(text)
    assert value in found
    assert not {"3f1a9c2e", "2", "application/json"} & found


@pytest.mark.parametrize("quote", ["'", '"'])
def test_quoted_item_is_found(quote: str) -> None:
    text = f"http GET https://api.example.test/v2 {quote}appKey==c68ad58b612c515f11432e8bf0473814{quote} page==2"
    out: list[tuple[int, int, float]] = []
    httpie_items(text, out)
    assert [text[s:e] for s, e, _ in out] == ["c68ad58b612c515f11432e8bf0473814"]


def test_password_item_takes_a_chosen_password() -> None:
    text = "http POST https://portal.example.test/login username=tideshore-ci password=3234velvet@\n"
    out: list[tuple[int, int, float]] = []
    httpie_items(text, out)
    assert [text[s:e] for s, e, _ in out] == ["3234velvet@"]


@pytest.mark.parametrize("program", _PROGRAMS)
@pytest.mark.parametrize(
    "item",
    [
        "appId==3f1a9c2e",
        "page==2",
        "api_key==YOUR_API_KEY",
        "token==$TOKEN",
        "X-API-Key:${API_KEY}",
        "access_token==<token>",
        "client_secret=changeme",
        "password=password1",
        "token==abc123",
        "sort==created_at",
        "key==c68ad58b612c515f11432e8bf0473814",
    ],
)
def test_non_credential_item_is_left(program: str, item: str) -> None:
    text = f"{program} GET https://api.example.test/v1/items {item}\n"
    out: list[tuple[int, int, float]] = []
    httpie_items(text, out)
    assert out == []


@pytest.mark.parametrize(
    "text",
    [
        "python fetch.py appKey==c68ad58b612c515f11432e8bf0473814\n",
        "if token == c68ad58b612c515f11432e8bf0473814:\n",
        "The http client sends appKey with each request; see docs: https://x.test\n",
        "curl https://api.example.test/v1 | grep appKey==c68ad58b612c515f11432e8bf0473814\n",
    ],
)
def test_items_outside_an_httpie_command_are_left(text: str) -> None:
    out: list[tuple[int, int, float]] = []
    httpie_items(text, out)
    assert out == []
