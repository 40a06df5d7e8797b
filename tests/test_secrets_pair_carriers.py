# ruff: noqa: RUF001  # CJK sentences and their punctuation are the point of some cases
"""Both halves of generated credential pairs, and carriers the key/value rules did not read.

- ``scheme://<key id>:<secret>@host``, ``curl -u <id>:<secret>``, HTTPie/xh ``-a``/``--auth``: the
  secret, and the user part too when it is a generated key id (a person's login stays);
- C/C++ ``#define NAME "value"`` under secret names (sizes, header names and modes stay);
- an ``authorization=<long generated token>`` in a ``key=value`` log line (``auth=none`` stays);
- an English key name before a Japanese, Chinese or Korean particle (``client_secret は `X` で``);
- ``-u <key>:`` written as a Markdown code span in prose.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()
_RNG = random.Random(4311)
HEX = "0123456789abcdef"
B62 = string.ascii_letters + string.digits


def _gen(alphabet: str, n: int) -> str:
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def _masked(text: str, value: str) -> bool:
    i = text.index(value)
    spans = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(i, i + len(value)))


def _touched(text: str, value: str) -> bool:
    i = text.index(value)
    return any(s.start < i + len(value) and i < s.end for d in DETECTORS for s in d.detect(text))


PAIR_CARRIERS = (
    "POST https://{u}:{p}@api.example-voice.com/v1/Accounts/acme/Calls/connect",
    "requests.get('https://{u}:{p}@api.shipping.example/orders')",
    "$ http -a {u}:{p} GET https://ssapi.example.com/orders orderStatus==awaiting",
    "xh --auth={u}:{p} https://api.example.com/v2/items",
    "curl -s -u {u}:{p} https://api.example.com/v1/me",
)
IDS = (lambda: _gen(HEX, 32), lambda: _gen(HEX, 40), lambda: _gen(B62, 24), lambda: "AC" + _gen(HEX, 32))
SECRETS = (lambda: _gen(HEX, 32), lambda: _gen(B62, 32), lambda: _gen(B62 + "_-", 40))


@pytest.mark.parametrize("carrier", PAIR_CARRIERS)
def test_both_halves_of_a_generated_pair_are_masked(carrier: str) -> None:
    for make_id in IDS:
        for make_secret in SECRETS:
            u, p = make_id(), make_secret()
            text = carrier.format(u=u, p=p)
            assert _masked(text, p), text
            assert _masked(text, u), text


@pytest.mark.parametrize("carrier", [c for c in PAIR_CARRIERS if "--auth=" not in c])
@pytest.mark.parametrize("user", ["app_user", "admin", "deploy", "jdoe", "svc-orders"])
def test_a_person_or_service_login_stays_visible(carrier: str, user: str) -> None:
    """(``--auth=user:pass`` is left out: the key/value rule masks that flag's whole value.)"""
    p = _gen(B62, 24)
    text = carrier.format(u=user, p=p)
    assert _masked(text, p)
    assert not _touched(text, user)


@pytest.mark.parametrize("command", ["rsync -a host:/srv/data /backup", "cp -a src:dst .", "tar -a -cf x.tar.gz d"])
def test_other_commands_with_dash_a_are_left_alone(command: str) -> None:
    assert not [s for d in DETECTORS for s in d.detect(command)]


DEFINE_NAMES = ("TUYA_ACCESS_ID", "WIFI_PASSWORD", "MQTT_PASS", "API_TOKEN", "CLOUD_SECRET", "DEVICE_KEY", "AUTH_TOKEN")


@pytest.mark.parametrize("name", DEFINE_NAMES)
@pytest.mark.parametrize("spacing", [" ", "      ", "\t"])
def test_define_values_under_secret_names_are_masked(name: str, spacing: str) -> None:
    v = "Harbour7781!" if "PASS" in name else _gen(string.ascii_lowercase + string.digits, 20)
    text = f'#pragma once\n\n#define {name}{spacing}"{v}"\n#define PRODUCT_ID "uo0zsh0uvqk7yrph"\n'
    assert _masked(text, v), text


@pytest.mark.parametrize(
    "line",
    [
        "#define MAX_PASSWORD_LEN 64",
        '#define API_KEY_HEADER "X-Api-Key"',
        "#define AUTH_MODE WPA2",
        "#define SECRET_KEY_SIZE 32",
        '#define TOKEN_TYPE "Bearer"',
        "#define PASSWORD_PROMPT_TIMEOUT_MS 30000",
        '#define ACCESS_KEY_ENV "ACCESS_KEY"',
        '#define SSL_TXT_kPSK "kPSK"',
        '#define LN_pkcs9_challengePassword              "challengePassword"',
        '#define SN_setAttr_SecDevSig            "setAttr-SecDevSig"',
        '#define SN_id_smime_mod_ets_eSignature_88 "id-smime-mod-ets-eSignature-88"',
        "#define OBJ_localKeyID           OBJ_pkcs9,21L",
    ],
)
def test_define_settings_are_left_alone(line: str) -> None:
    assert not [s for d in DETECTORS for s in d.detect(line + "\n")]


def test_long_authorization_token_in_a_log_line_is_masked() -> None:
    token = _gen(B62, 80)
    text = f"[2026-11-23 21:14:10,002] INFO notify.sms provider=fast2sms authorization={token} route=dlt"
    assert _masked(text, token)


@pytest.mark.parametrize(
    "line",
    ["auth: basic", "authorization=required", "auth=none route=dlt", "auth: ldap", "authorization=disabled"],
)
def test_auth_settings_are_left_alone(line: str) -> None:
    assert not [s for d in DETECTORS for s in d.detect(f"INFO gateway {line}")]


def test_a_url_user_that_names_the_scheme_keeps_the_mask_on_the_token() -> None:
    """``https://x-token-auth:<token>@host/repo.git``: the token, not the host and path after it."""
    token = "ATBB" + _gen(B62, 32)
    text = f"git clone https://x-token-auth:{token}@bitbucket.org/northwind/payments.git"
    masked = {text[s.start : s.end] for d in DETECTORS for s in d.detect(text)}
    assert masked == {token}


PARTICLE_SENTENCES = (
    "freee の {k} は `{v}` で、後でローテーションしてください。",
    "本番の {k} は {v} です。",
    "生产环境的 {k} 是 {v} ，请勿外传。",
    "운영 {k}는 {v} 입니다.",
    "{k}은 `{v}` 로 바꿨습니다.",
)


@pytest.mark.parametrize("sentence", PARTICLE_SENTENCES)
@pytest.mark.parametrize("name", ["client_secret", "API token", "api_key", "webhook secret", "access token"])
def test_english_key_names_before_a_cjk_particle_are_read(sentence: str, name: str) -> None:
    v = _gen(B62, 40)
    text = sentence.format(k=name, v=v)
    assert _masked(text, v), text


@pytest.mark.parametrize(
    "text",
    [
        "client_secret は設定ファイルから読み込みますのでご安心くださいませ",
        "token은 만료되었습니다",
        "version は 1.2.3 です。",
        "cache key は user-profile-v2 です。",
        "session_key 是 缓存键 不是密钥",
    ],
)
def test_cjk_sentences_without_a_credential_value_are_left_alone(text: str) -> None:
    assert not [s for d in DETECTORS for s in d.detect(text)]


@pytest.mark.parametrize(("alphabet", "n"), [(B62 + "+", 48), (HEX, 32)])
def test_a_curl_user_flag_in_a_code_span_is_read(alphabet: str, n: int) -> None:
    key = _gen(alphabet, n)
    text = f"2. `hr/export.sh` sends `-u {key}:` to `https://api.example.co/v1/candidates`."
    assert _masked(text, key)
