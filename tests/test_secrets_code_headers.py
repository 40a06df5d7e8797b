"""Generated values of vendor request headers whose names do not say "key" (secret.http.header).

The matrix crosses header names vendors authenticate with, the carriers that send a header (curl
and HTTPie flags, setters of several languages, dict/object literals) and value shapes; near
misses are headers whose values are random by nature (request ids, ETags, digests...).
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.headers import VendorHeaderDetector

_RNG = random.Random(1127)


def _token(n: int) -> str:
    while True:
        v = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n - 1)) + "7"


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in VendorHeaderDetector(ViewCache()).detect(text)]


_NAMES = ("project_id", "X-Trans-Login", "X-Tenant", "Api-Client", "X-Merchant", "X-Partner", "X-App-Id", "Workspace")
_CARRIERS = (
    "curl -s -H '{n}: {v}' https://api.example.net/v0/blocks",
    'curl --header "{n}: {v}" https://api.example.net/v1',
    "http GET https://api.example.net/v1 -H '{n}: {v}'",  # not HTTPie's own form, but curl-style flag
    'req.Header.Set("{n}", "{v}")',  # Go
    'xhr.setRequestHeader("{n}", "{v}");',  # JS
    'request.header("{n}", "{v}")',  # OkHttp, reqwest
    'client.DefaultRequestHeaders.Add("{n}", "{v}");',  # C#
    "headers = {{'{n}': '{v}', 'Content-Type': 'application/json'}}",  # Python
    'fetch(url, {{ headers: {{ "{n}": "{v}", Accept: "application/json" }} }})',  # JS
    '$headers = ["{n}" => "{v}"];',  # PHP
    'req.headers["{n}"] = "{v}"',  # Python, JS
    "axios.defaults.headers.common['{n}'] = '{v}';",  # axios defaults
    "http GET https://api.example.net/v0/blocks '{n}:{v}'",  # HTTPie
    "$ xh https://api.example.net/v0/blocks {n}:{v} limit==5",  # xh
    "GET /api/v0/blocks/latest HTTP/1.1\nHost: api.example.net\n{n}: {v}\nAccept: */*\n",  # a raw request
)


@pytest.mark.parametrize(("name", "carrier"), list(itertools.product(_NAMES, _CARRIERS)))
def test_generated_value_of_a_vendor_header(name: str, carrier: str) -> None:
    value = _RNG.choice(["mainnet" + _token(32), _token(24), _token(40)]) if "id" in name.lower() else _hex(32)
    assert _found(carrier.format(n=name, v=value)) == [value]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-Request-Id", "7f3a9b2c4d5e6f708192a3b4c5d6e7f8"),  # request ids are random by nature
        ("X-Correlation-ID", "Ab3dE5gH7jK9mN1pQ3rS5tU7"),
        ("Idempotency-Key", "Zq8Lm2Xv9Rt4Kp7Wn3Bc6Hd1"),
        ("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
        ("If-None-Match", "33a64df551425fcc55e4d42a148795d9f25f89d4"),
        ("X-Amz-Content-Sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"),
        ("X-Object-Id", "5f1e8c3a9b7d2e4f6a8c0b1d"),  # an id in hex: an object id
        ("X-Device-Id", "Ab3dE5gH7jK9mN1pQ3rS5tU7wX"),
        ("X-Tenant", "0e079bf8-a85b-4b86-8ed1-b342856ed34d"),  # a UUID: a tenant id
        ("X-Callback", "https://hooks.example.net/x/Ab3dE5gH7jK9mN1pQ3rS5tU7"),  # a URL
        ("X-Workspace", "analytics-dashboard-production"),  # words
    ],
)
def test_headers_whose_values_are_not_credentials(name: str, value: str) -> None:
    assert _found(f"curl -H '{name}: {value}' https://api.example.net") == []


def test_key_named_headers_are_left_to_the_key_value_rules() -> None:
    # X-Api-Key names a secret: generic.py reads it (and applies its own value rules)
    assert _found(f"curl -H 'X-Api-Key: {_token(32)}' https://api.example.net") == []


def test_entries_after_the_headers_literal_are_not_headers() -> None:
    text = "headers = {'Accept': 'application/json'}\nbody = {'workspace': '" + _token(32) + "'}"
    assert _found(text) == []


def test_registered_with_the_other_secret_detectors() -> None:
    assert "secret.http.header" in {d.name for d in secret_detectors()}


def test_har_headers_are_read_by_their_name_entry() -> None:
    entry = '{{\n "name": "{n}",\n "value": "{v}"\n}}'
    request_id, key = _hex(32), "mainnet" + _token(32)
    text = (
        '"headers": [\n'
        + entry.format(n="x-request-id", v=request_id)
        + ",\n"
        + entry.format(n="project_id", v=key)
        + "\n]"
    )
    assert _found(text) == [key]


def test_raw_request_headers_end_at_the_blank_line() -> None:
    body_value = _token(32)
    text = f"POST /v1/items HTTP/1.1\nHost: api.example.net\n\nworkspace: {body_value}\n"
    assert _found(text) == []


def test_httpie_urls_and_data_fields_are_not_headers() -> None:
    text = f"http POST https://api.example.net/v1/items name={_token(24)} tenant:={_token(24)}"
    assert _found(text) == []
