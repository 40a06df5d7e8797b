"""Secrets named by their key: compound vendor names, versions, short forms and key syntax.

Generated matrices: vendor names that hold a veto word of `keys.classify` x secret nouns x
carriers (env, YAML, JSON, escaped JSON, docker-inspect arrays) x generated values; then the
syntax a key may be written in (full-width colon, C arrays, namespaced XML elements with
attributes, Android ``name``/``value`` pairs, YAML lists below the key). Each near miss must stay
unmasked by every secret detector.
"""

# ruff: noqa: RUF001  # full-width colons and commas are what these tests are about

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.names import classify_name

DETECTORS = secret_detectors()
_RNG = random.Random(20261127)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rand(alphabet: str, n: int) -> str:
    """Seeded random characters (test values that look generated, never real credentials)."""
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def covered(text: str, value: str) -> bool:
    """Every character of the first occurrence of `value` lies in some secret span."""
    i = text.index(value)
    spans = [s for d in DETECTORS for s in d.detect(text)]
    return all(any(s.start <= k < s.end for s in spans) for k in range(i, i + len(value)))


def touched(text: str, value: str) -> bool:
    """Some secret span overlaps the first occurrence of `value`."""
    i = text.index(value)
    return any(s.start < i + len(value) and i < s.end for d in DETECTORS for s in d.detect(text))


def carriers(key: str, value: str) -> list[str]:
    """The same assignment in the carriers agents see."""
    env = f"{key}={value}"
    return [
        env,
        f"export {key}='{value}'",
        f"  {key}: {value}\n",
        json.dumps({key: value}),
        json.dumps({"content": f"cat .env\n{env}\nDEBUG=false"}),  # escaped inside a JSON string
        json.dumps(["DOMAIN=https://vault.example.io", env, "PATH=/usr/local/bin"]),  # docker inspect Env
    ]


# Vendor or product names that contain a veto word of keys.classify (label, status, page, text,
# template, type, form, state, prompt, dialog...), as real products are called.
VENDORS = ["LABEL_STUDIO", "STATUS_PAGE", "TEXT_MAGIC", "TEMPLATE_ENGINE", "FORM_STACK", "TYPE_SENSE"]
VENDORS += ["PAGE_PROOF", "STATE_SYNC", "PROMPT_LAYER", "DIALOG_360", "LabelStudio", "statusPage"]
NOUNS = ["API_KEY", "SECRET_KEY", "ACCESS_TOKEN", "CLIENT_SECRET", "AUTH_TOKEN", "ADMIN_PASSWORD"]
"""Two-word nouns: a word always stands between the vendor's veto word and the noun's head."""
SINGLE_NOUNS = ["PASSWORD", "TOKEN", "SECRET"]
"""One-word nouns: named only when the vendor's veto word is not the word right before them
(``STATUS_PAGE_TOKEN`` reads as a page token, like ``next_page_token``)."""


def _join(vendor: str, noun: str) -> str:
    if vendor[0].islower() or vendor[1].islower():  # camelCase vendors take a camelCase noun
        return vendor + "".join(w.capitalize() for w in noun.lower().split("_"))
    return f"{vendor}_{noun}"


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("noun", NOUNS)
def test_vendor_names_with_a_veto_word_still_name_a_secret(vendor: str, noun: str) -> None:
    key = _join(vendor, noun)
    assert classify_name(key) in (Strength.STRONG, Strength.PASSWORD), key
    for value in (rand(HEX, 40), rand(ALNUM, 32)):
        for text in carriers(key, value):
            assert covered(text, value), (key, text[:60])


@pytest.mark.parametrize(
    ("vendor", "noun"),
    [
        (v, n)
        for v in VENDORS
        if v not in ("STATUS_PAGE", "statusPage")
        for n in SINGLE_NOUNS
        # ``STATE_SYNC_TOKEN`` ends in ``sync token``, a listing position like ``next_page_token``
        # (secrets/key_roles.py, session 12): the same reading as STATUS_PAGE's above.
        if (v, n) != ("STATE_SYNC", "TOKEN")
    ],
)
def test_vendor_names_with_a_leading_veto_word_and_one_noun(vendor: str, noun: str) -> None:
    key = _join(vendor, noun)
    assert classify_name(key) in (Strength.STRONG, Strength.PASSWORD), key
    value = rand(ALNUM, 32)
    for text in carriers(key, value):
        assert covered(text, value), (key, text[:60])


@pytest.mark.parametrize(
    "key",
    [
        "STATUS_PAGE_TOKEN",  # the veto word stands right before the noun
        "page_token",  # a pagination cursor: the veto qualifies the noun directly
        "next_page_token",
        "form_token",  # a CSRF-style form token
        "state_token",  # OAuth state
        "input_api_key",  # a form input's name: input is no vendor veto
        "max_label_api_key",  # a limit word vetoes wherever it stands
        "public_label_api_key",
        "show_label_api_key",
        "label_studio_url",  # no secret noun at all
        "api_key_label",  # the veto is the head
    ],
)
def test_vetoes_that_qualify_the_noun_still_veto(key: str) -> None:
    assert classify_name(key) is None
    value = rand(ALNUM, 32)
    text = f"{key}={value}"  # (in JSON, the context detector's prose rule may still take it)
    assert not touched(text, value), text


@pytest.mark.parametrize("noun", ["API_TOKEN", "CLIENT_SECRET", "SECRET_KEY", "apiKey", "client-secret"])
@pytest.mark.parametrize("version", ["_V2", "_v3", "V2", "-v1"])
def test_version_suffixes_leave_the_name_alone(noun: str, version: str) -> None:
    key = f"NETSKOPE_{noun}{version}" if noun.isupper() else f"netskope-{noun}{version}"
    value = rand(HEX, 32)
    assert classify_name(key) is not None, key
    for text in carriers(key, value):
        assert covered(text, value), text


# camelCase short forms (``huaweiCloudSk``) are not found: the scan starts at a separated ``ak``/``sk``
@pytest.mark.parametrize("key", ["ak", "sk", "AK", "SK", "QINIU_AK", "qiniu_sk", "HUAWEI_CLOUD_SK", "obs.ak"])
def test_cloud_short_forms_take_a_random_value(key: str) -> None:
    value = rand(ALNUM, 22) + rand(string.digits, 4) + rand("/+", 1) + rand(ALNUM, 12)
    for text in (f"[ksyun]\n{key} = {value}\n", f"{key}={value}", json.dumps({key: value})):
        assert covered(text, value), text


@pytest.mark.parametrize(
    "text, value",
    [
        ('{"PK": "USER#8812", "SK": "ORDER#2024-10-01#A17"}', "ORDER#2024-10-01#A17"),  # DynamoDB sort key
        ('GSI1SK = "STATUS#shipped#2024-10-01"', "STATUS#shipped#2024-10-01"),
        ("sk = SigningKey.generate()", "SigningKey.generate()"),  # code, not a value
        ("ak = 'profile'", "profile"),  # a word
        ("PHONE_METADATA_SK = PhoneMetadata(id='SK', country_code=421)", "country_code=421"),  # found in real files
    ],
)
def test_short_forms_need_a_random_value(text: str, value: str) -> None:
    assert not touched(text, value)


@pytest.mark.parametrize("key", ["salt", "EASEBUZZ_SALT", "integritySalt", "merchant-salt", "PAYU_SALT"])
def test_salts_of_signing_schemes_are_secrets_when_random(key: str) -> None:
    value = rand(ALNUM, 20)
    for text in (f"{key}={value}", f'{key} = "{value}"', json.dumps({key: value})):
        assert covered(text, value), text


@pytest.mark.parametrize(
    "text, value",
    [
        ("password_salt = 'static-salt-for-tests'", "static-salt-for-tests"),
        ("salt_rounds = 12", "12"),
        ("SALT=changeme", "changeme"),
    ],
)
def test_salt_near_misses(text: str, value: str) -> None:
    assert not touched(text, value)


@pytest.mark.parametrize("key", ["dtPrivate", "KKIAPAY_PRIVATE", "vendorPriv", "merchant_private"])
def test_private_halves_named_with_priv(key: str) -> None:
    for value in (rand(HEX, 8) + "-5347-4138-b46b-" + rand(HEX, 12), "tpk_" + rand(HEX, 32)):
        for text in (f'const {key} = "{value}";', f'\t{key} = "{value}"\n', f"{key}={value}"):
            assert covered(text, value), text


# --- key syntax -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["SignKey", "AppSecret", "api_key", "ACCESS_TOKEN"])
@pytest.mark.parametrize("tail", ["", "。", "，下一个", "\n"])
def test_full_width_colon_separates_key_and_value(key: str, tail: str) -> None:
    value = rand(string.ascii_lowercase + string.digits, 16)
    text = f"美团开放平台 {key}：{value}{tail}"
    assert covered(text, value)
    spans = [s for d in DETECTORS for s in d.detect(text)]
    assert all(text[s.start : s.end] != value + "。" for s in spans)


@pytest.mark.parametrize("decl", ["char pass[] = ", "char password[64] = ", "static const char api_key[] = "])
def test_c_array_declarators(decl: str) -> None:
    value = "4110pixel+" if "pass" in decl else rand(ALNUM, 32)
    text = f'{decl}"{value}";'
    assert covered(text, value)


@pytest.mark.parametrize("prefix", ["wsse:", "ns2:", ""])
@pytest.mark.parametrize("element", ["Password", "ApiKey", "clientSecret"])
@pytest.mark.parametrize("attrs", ["", ' Type="http://docs.oasis-open.org/wss/2004/01/x#PasswordText"', " enc='b64'"])
def test_xml_elements_with_namespace_and_attributes(prefix: str, element: str, attrs: str) -> None:
    value = "jQ6F?q1Fxz3G" if element == "Password" else rand(ALNUM, 28)
    text = f"<{prefix}{element}{attrs}>{value}</{prefix}{element}>"
    assert covered(text, value), text


def test_xml_attributes_are_not_a_value() -> None:
    text = '<wsse:Password Type="PasswordDigest"/>'
    assert not touched(text, "PasswordDigest")


@pytest.mark.parametrize("ns", ["android:", "", "tools:"])
@pytest.mark.parametrize("name", ["com.dji.sdk.API_KEY", "com.vendor.CLIENT_SECRET", "io.sentry.auth-token"])
def test_name_value_attribute_pairs_with_a_namespace(ns: str, name: str) -> None:
    value = rand(HEX, 24) if "API_KEY" in name else rand(ALNUM, 32)
    text = f'<meta-data {ns}name="{name}" {ns}value="{value}"/>'
    assert covered(text, value), text
    assert covered(json.dumps({"message": f"Editing AndroidManifest.xml\n{text}\n"}), value)


@pytest.mark.parametrize("key", ["secretKey", "api_key", "CLIENT_SECRET", "password"])
@pytest.mark.parametrize("items", [1, 3])
def test_yaml_lists_below_the_key(key: str, items: int) -> None:
    values = [rand(HEX, 40) for _ in range(items)]
    body = "".join(f"  - {v}\n" for v in values)
    text = f"  gameKey:\n  - {rand(HEX, 8)}\n  {key}:\n{body}  Build:\n  - 0.14.2\n"
    for v in values:
        assert covered(text, v), text
        assert covered(json.dumps({"message": text}), v)
    assert not touched(text, "0.14.2")


def test_yaml_list_items_of_other_keys_stay() -> None:
    text = "tokens:\n  - alpha\n  - beta\nsecret_names:\n  - db-password\n"
    assert not touched(text, "alpha") and not touched(text, "db-password")


@pytest.mark.parametrize("key", ["ADMIN_TOKEN", "api_secret", "SESSION_SECRET"])
def test_base64_values_that_start_with_a_slash(key: str) -> None:
    value = "/" + rand(ALNUM, 4) + "+" + rand(ALNUM, 12) + "_g-" + rand(ALNUM, 16) + "/" + rand(ALNUM, 24)
    for text in carriers(key, value):
        assert covered(text, value), text


@pytest.mark.parametrize("value", ["/run/secrets/api_token", "/home/user/some_dir/Another-Folder_Name/x"])
def test_paths_stay_paths(value: str) -> None:
    assert not touched(f"API_TOKEN_FILE={value}", value)
    assert not touched(f"password={value}", value)


@pytest.mark.parametrize("flag", ["--token", "--api-key", "--secret"])
def test_flag_values_with_a_region_prefix(flag: str) -> None:
    value = "US:" + rand(ALNUM, 43)
    text = f"$ ksm profile init {flag} {value}\nAdded profile _default"
    assert covered(text, value)


@pytest.mark.parametrize("key", ["API key", "Password", "Client Secret", "ACCESS_TOKEN", "webhook_secret"])
@pytest.mark.parametrize("note", ["(prod)", "(temporary, rotate Friday)", "(sandbox)"])
@pytest.mark.parametrize("op", [": ", " = ", "："])
def test_a_note_in_parentheses_before_the_operator(key: str, note: str, op: str) -> None:
    value = rand(ALNUM, 20) + "7Q"
    text = f"{key} {note}{op}{value}"
    assert covered(text, value), text
    assert covered(json.dumps({"text": f"Details:\n{text}\nThanks"}), value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("def password(self): return self._pw", "return"),  # a method: no space before the parenthesis
        ("token (see the docs): none", "none"),  # no credential value
        ("password (x=1): Kx9mPq2vRw", "Kx9mPq2vRw"),  # an argument list, not a note
    ],
)
def test_parentheses_that_are_not_notes(text: str, value: str) -> None:
    assert not any(
        s.detector == "secret.generic.assignment" and s.start < text.index(value) + len(value)
        for d in DETECTORS
        for s in d.detect(text)
    )
