"""Session 16 (helper secshape): secret value shapes judged by their carrier.

- Positional credentials of a login or token RPC method, and the token it returns (`rpcauth`).
- A password of words and digits in an XML element that names a password (``<Password>``,
  ``<ServicePassword>``) is not an identifier (`role_vetoes._after_password_key`).
- ``user / password`` pairs: a lower-case word and a PIN after a login cue, and a system account
  name on the left as its own cue (`userpairs`).

Cases are generated from seeded random draws, not taken from any data set.
"""

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.rpcauth import method_words, scan

_DETECTORS = secret_detectors()
_WORDS = ("Harbor", "Granite", "Meadow", "Copper", "Lantern", "Orchid", "Falcon", "Ridge", "Tundra", "Willow")
_USERS = ("ops", "deskadmin", "svc-sync", "reporting", "kiosk01")


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for d in _DETECTORS for s in d.detect(text) if s.entity == "SECRET"}


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _b62(rng: random.Random, n: int) -> str:
    while True:
        v = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _keys(n: int) -> list[str]:
    rng = random.Random(1601)
    return [_hex(rng, rng.choice((32, 40, 64))) if i % 2 == 0 else _b62(rng, rng.randint(20, 40)) for i in range(n)]


def _chosen_passwords(n: int, seed: int) -> list[str]:
    """Passwords people choose of words and a PIN, with a separator or symbol that no identifier
    has (``Word_Word67`` and ``WordWord4`` read as identifiers outside a password key)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a, b = rng.sample(_WORDS, 2)
        pin = rng.randint(1000, 9999)
        out.append(rng.choice((f"{a}-{b}-{pin}", f"{a}{pin}!", f"{a}#{pin}{b[:3].lower()}", f"{a}-{pin}")))
    return out


def _word_passwords(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a, b = rng.sample(_WORDS, 2)
        out.append(
            rng.choice((f"{a}_{b}{rng.randint(1, 99)}", f"{a}{b}{rng.randint(1, 9)}", f"{a}-{b}{rng.randint(10, 99)}"))
        )
    return out


# --- RPC methods that log in or issue a token -------------------------------------------------


@pytest.mark.parametrize(
    ("method", "auth"),
    [
        ("getToken", True),
        ("auth.login", True),
        ("user.login", True),
        ("sign_in", True),
        ("Session.Authenticate", True),
        ("getUserToken", True),
        ("eth_getTransactionByHash", False),
        ("eth_sign", False),
        ("getBlock", False),
        ("book", False),
        ("getLocations", False),
    ],
)
def test_method_words(method: str, auth: bool) -> None:
    words = method_words(method)
    assert bool(words & {"login", "signin", "authenticate", "auth", "token"}) is auth


@pytest.mark.parametrize("key", _keys(8))
@pytest.mark.parametrize(
    "template",
    [
        '{{"jsonrpc":"2.0","method":"getToken","params":["acme-shop","{v}"],"id":1}}',
        '{{"jsonrpc": "2.0", "method": "auth.login", "params": ["{u}", "{v}"], "id": 7}}',
        "payload = {{'method': 'login', 'params': ['{u}', '{v}'], 'id': 1}}",
        '{{"params": ["{u}", "{v}"], "method": "session.authenticate", "id": 3}}',
        "<methodCall><methodName>auth.login</methodName><params><param><value><string>{u}</string></value>"
        "</param><param><value><string>{v}</string></value></param></params></methodCall>",
    ],
)
def test_rpc_auth_arguments(key: str, template: str) -> None:
    text = template.format(v=key, u=random.Random(key).choice(_USERS))
    assert key in _found(text)
    escaped = json.dumps({"tool_input": {"command": f"curl -s https://rpc.example.net -d '{text}'"}})
    assert key in _found(escaped)


@pytest.mark.parametrize("key", _keys(6))
def test_rpc_token_result(key: str) -> None:
    token = _hex(random.Random(key), 64)
    text = (
        f'$ curl -s https://rpc.example.net/login -d \'{{"jsonrpc":"2.0","method":"getToken",'
        f'"params":["shop","{key}"],"id":1}}\'\n{{"result":"{token}","id":1}}'
    )
    found = {v for v, _, _ in [(text[s:e], s, e) for s, e, _ in scan(text)]}
    assert {key, token} <= found


@pytest.mark.parametrize(
    "password",
    # ``LanternWillow4``, ``Falcon_Orchid67`` read as identifiers (role_vetoes) outside a password key
    [*_chosen_passwords(8, 1602), "Tundra#4471"],
)
def test_rpc_login_password_last_argument(password: str) -> None:
    text = (
        '{"jsonrpc":"2.0","method":"call","params":{"service":"common","method":"login",'
        f'"args":["prod_db","ops@example.com","{password}"]}}}}'
    )
    assert password in _found(text)


@pytest.mark.parametrize("value", _keys(6))
@pytest.mark.parametrize(
    "template",
    [
        '{{"jsonrpc":"2.0","method":"eth_getTransactionByHash","params":["0x{v}"],"id":1}}',
        '{{"jsonrpc":"2.0","method":"getBlock","params":["{v}"],"id":1}}\n{{"result":"{v}","id":1}}',
        '{{"method": "checkout", "params": ["order-7", "{v}"], "id": 2}}',
        '{{"method": "login", "params": ["ops", "0x{v}"], "id": 2}}',
    ],
)
def test_rpc_other_methods_left_alone(value: str, template: str) -> None:
    text = template.format(v=value)
    assert not [s for s in scan(text)]


@pytest.mark.parametrize("value", ["<PASSWORD>", "your-api-key-here", "${RPC_TOKEN}", "deskops", "prod_db2"])
def test_rpc_placeholders_and_names(value: str) -> None:
    text = f'{{"method": "user.login", "params": ["ops", "{value}"], "id": 1}}'
    assert not [s for s in scan(text)]


# --- XML password elements --------------------------------------------------------------------


@pytest.mark.parametrize("key", _keys(4))
def test_rpc_result_of_a_later_call_is_not_the_token(key: str) -> None:
    digest = _hex(random.Random(key), 64)
    text = (
        f'{{"jsonrpc":"2.0","method":"getToken","params":["shop","{key}"],"id":1}}\n'
        f'{{"jsonrpc":"2.0","method":"getBlockHash","params":[812],"id":2}}\n{{"result":"{digest}","id":2}}'
    )
    found = {text[s:e] for s, e, _ in scan(text)}
    assert key in found
    assert digest not in found


@pytest.mark.parametrize("password", _word_passwords(10, 1603))
@pytest.mark.parametrize(
    "template",
    [
        "<Login>\n  <Username>feed_user</Username>\n  <Password>{v}</Password>\n</Login>",
        "<Service><ServicePassword>{v}</ServicePassword></Service>",
        '<wsse:Password Type="PasswordText">{v}</wsse:Password>',
        "<db><password>{v}</password></db>",
        "<Account><Kennwort>{v}</Kennwort></Account>",
    ],
)
def test_xml_password_element(password: str, template: str) -> None:
    text = template.format(v=password)
    assert password in _found(text)
    assert password in _found(json.dumps({"content": text}))


@pytest.mark.parametrize("value", _word_passwords(6, 1604))
@pytest.mark.parametrize(
    "template",
    [
        "<ClassName>{v}</ClassName>",
        "<PasswordPolicy>{v}</PasswordPolicy>",
        "<Handler>{v}</Handler>",
    ],
)
def test_xml_other_elements_keep_identifiers(value: str, template: str) -> None:
    assert value not in _found(template.format(v=value))


# --- user / password pairs --------------------------------------------------------------------


def _lower_word_numbers(n: int) -> list[str]:
    rng = random.Random(1605)
    out = []
    for _ in range(n):
        w, d = rng.choice(_WORDS).lower(), str(rng.randint(100, 99999))
        out.append(rng.choice((f"{d}{w}-", f"{w}{d}", f"{w}_{d}", f"{d}{w}!")))
    return out


@pytest.mark.parametrize("password", _lower_word_numbers(10))
@pytest.mark.parametrize(
    "template",
    [
        "Historian SQL login (legacy): `hist_admin` / `{v}`",
        "Account for the kiosk: kiosk_ops / {v}",
        "FTP: upload01 / {v}",
    ],
)
def test_lower_word_number_after_login_cue(password: str, template: str) -> None:
    assert password in _found(template.format(v=password))


@pytest.mark.parametrize("password", [*_chosen_passwords(8, 1606), "Harbor#7781", "Walrus-4827"])
@pytest.mark.parametrize(
    "template",
    [
        "Emergency entry for the lab wiki: lab_emergency / {v}",
        "Ukurasa wa msimamizi: depot_night_ops / {v}",
        "- dealer.portal / {v}",
    ],
)
def test_service_account_pair_without_cue(password: str, template: str) -> None:
    assert password in _found(template.format(v=password))


@pytest.mark.parametrize(
    "text",
    [
        "python_version / Python-3.12",
        "the ratio read_count / write_count is 3",
        "en_us / Fr-2024",
        "see src_app / lib_utils for the module",
        "mnt_user / 4471harbor-",  # the weak shape needs a login cue
        "Monthly totals: sales_q3 / 2024",
    ],
)
def test_pairs_that_are_no_login(text: str) -> None:
    assert not any(v for v in _found(text) if "/" not in v and v in text.split(" / ")[-1])
