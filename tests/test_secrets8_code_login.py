"""Credentials in the body of a request to a login endpoint (secret.code.login_body).

Generated rows cross request carriers of six languages and curl, login path segments, the
free-named credential keys vendors use, and chosen/generated value shapes; near misses keep the
body and change the URL, drop the user key, or hold identifiers (grant types, languages, paths).
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.loginbodies import LoginBodyDetector

_RNG = random.Random(27)


def _value(shape: str) -> str:
    if shape == "chosen":
        return f"{_RNG.choice(['Otter', 'kestrel', 'Velvet'])}{_RNG.choice('!@#+')}{_RNG.randint(1000, 9999)}"
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(24))
        if sum(c.isdigit() for c in v) >= 4 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


_CARRIERS = [
    "r = s.post('{url}', json={{'{uk}': 'api_ops', '{k}': '{v}'}})",  # Python requests
    'r = requests.post("{url}", data={{"{uk}": "api_ops", "{k}": "{v}"}})',  # Python form
    # JS fetch with a JSON body
    'const r = await fetch("{url}", {{\n  method: "POST",\n  body: JSON.stringify({{ {uk}: "o", {k}: "{v}" }}),\n}});',
    "axios.post('{url}', {{ {uk}: 'ops', {k}: '{v}' }})",  # axios
    "$c->post('{url}', ['json' => ['{uk}' => 'svc', '{k}' => '{v}']]);",  # PHP Guzzle
    'resp, err := http.Post("{url}", "application/json", strings.NewReader(`{{"{uk}": "svc", "{k}": "{v}"}}`))',  # Go
    'curl -X POST {url} -H \'Content-Type: application/json\' -d \'{{"{uk}":"svc","{k}":"{v}"}}\'',  # curl JSON
    "curl {url} -d '{uk}=svc&{k}={v}&lang=en'",  # curl form
]
_URLS = [
    "https://eu5.portal.example.com/thirdData/login",
    "https://api.vendor.example/v2/auth",
    "https://x.example/api/session",
    "https://x.example/oauth/token",
    "https://x.example/Account/Logon?ReturnUrl=%2F",
    "https://x.example/api/v1/sign-in",
]
_KEYS = ["systemCode", "pin", "passcode", "secretWord", "clave", "accessCode"]


@pytest.mark.parametrize(("carrier", "url"), list(itertools.product(_CARRIERS, _URLS)))
def test_free_named_credential_in_a_login_body(carrier: str, url: str) -> None:
    det = LoginBodyDetector(ViewCache())
    for key, shape in zip(_KEYS, itertools.cycle(("chosen", "generated")), strict=False):
        uk = _RNG.choice(["userName", "username", "login", "email", "account"])
        v = _value(shape)
        text = carrier.format(url=url, uk=uk, k=key, v=v)
        assert [text[s.start : s.end] for s in det.detect(text)] == [v], text


@pytest.mark.parametrize(
    "text",
    [
        # the same body posted to a URL without a login segment
        "r = s.post('https://x.example/search', json={'userName': 'api', 'systemCode': 'Otter!4390'})",
        # no user key in the body
        "r = s.post('https://x.example/login', json={'systemCode': 'Otter!4390'})",
        # identifiers only
        "r = s.post('https://x.example/login', json={'userName': 'api', 'lang': 'en-US', 'redirect': '/home'})",
        "r = s.post('https://x.example/token', data={'username': 'u', 'grant_type': 'password', 'scope': 'rw'})",
        # a placeholder or a reference
        "r = s.post('https://x.example/login', json={'user': 'api', 'code': '<YOUR_CODE>'})",
        "r = s.post('https://x.example/login', json={'user': 'api', 'code': os.environ['CODE']})",
        # words with a digit are no chosen password shape
        "r = s.post('https://x.example/login', json={'user': 'api', 'theme': 'dark2'})",
        # a tool call id in the chat message that follows the command
        '{"cmd": "curl https://x.example/auth/login -d @c.json"}\n'
        '{"role": "tool", "tool_call_id": "call_R7kd2LqA", "username": "admin"}',
        # the body comes after a blank line: another statement
        "s.post('https://x.example/login')\n\nconfig = {'user': 'api', 'code': 'Otter!4390'}",
    ],
)
def test_login_body_near_misses(text: str) -> None:
    assert LoginBodyDetector(ViewCache()).detect(text) == []
