"""Session 12 (secrec): generated one-case letter values (under keys and after credential nouns in
prose), scope words after a key's noun, and .NET configuration keys with ``:`` sections.

Positives are drawn at random (seeded) in many carriers (.env, YAML, JSON, JSON inside a JSON
string, TypeScript, Python, INI, PHP) and must be found exactly; near misses are dictionary words,
code identifiers written as abbreviations, fillers and attribute keys (``_URL``, ``_ID``,
``_NAME``) that name something about a credential, not the credential.
"""

from __future__ import annotations

import json
import random

import pytest

from redactor.detect.pii.lexicon import english_words
from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.generic import AssignmentDetector
from redactor.detect.secrets.keys import SCOPE_WORDS, Strength, classify
from redactor.detect.secrets.letters import ProseLettersDetector, random_letters

_RNG = random.Random(1227)
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_A62 = _LOWER + _LOWER.upper() + "0123456789"

_CARRIERS = [
    "{K}={V}\n",
    "{K}: {V}\n",
    '{K}: "{V}"\n',
    '  "{k}": "{V}",\n',
    "const {k} = '{V}';\n",
    '{k} = "{V}"\n',
    "$config['{k}'] = '{V}';\n",
    "export {K}='{V}'\n",
]
_KEYS = ["client_secret", "api_key", "shop_pass", "merchant_password", "sms_api_token", "app_secret"]


def _camel(k: str) -> str:
    head, *rest = k.split("_")
    return head + "".join(w.title() for w in rest)


def _draw(n: int, alphabet: str = _LOWER) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


_DETECTORS = secret_detectors()


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for d in _DETECTORS for s in d.detect(text)}


def _assigned(text: str) -> set[str]:
    return {text[s.start : s.end] for s in AssignmentDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize("n", [8, 10, 14, 24, 32])
def test_generated_letters_under_secret_keys_are_found(n: int) -> None:
    found = 0
    total = 0
    for i in range(60):
        carrier = _CARRIERS[i % len(_CARRIERS)]
        key = _KEYS[i % len(_KEYS)]
        value = _draw(n, _LOWER if i % 3 else _LOWER.upper())
        text = "# settings\n" + carrier.format(K=key.upper(), k=_camel(key), V=value)
        total += 1
        found += value in _values(text)
    # a random draw reads as words now and then (``tanerolam``); short ones more often
    assert found / total >= (0.6 if n <= 10 else 0.8)


def test_generated_letters_inside_an_escaped_json_string() -> None:
    value = "qzvkxhwtrbnm"
    inner = f"config/providers.ts:12:  hubtelClientSecret: '{value}',\nconfig/providers.ts:13:  senderId: 'Akwaaba',\n"
    record = json.dumps({"tool": "grep", "output": inner})
    spans = [s for d in _DETECTORS for s in d.detect(record)]
    assert any(record[s.start : s.end] == value for s in spans)


def test_words_identifiers_and_fillers_are_not_taken_as_letters() -> None:
    words = sorted(w for w in english_words() if 6 <= len(w) <= 14 and w.isalpha() and w.islower())
    sample = _RNG.sample(words, 400)
    taken = [w for w in sample if random_letters(w, Strength.STRONG, quoted=True)]
    assert len(taken) <= 8, taken  # dictionary words read as words
    for value in ("xxxxxxxx", "abcdefgh", "changeme", "password", "secretkey", "mysecretvalue", "bbbbbbbb", "qwertyui"):
        assert not random_letters(value, Strength.STRONG, quoted=True), value
    for value in ("getcwd", "mkdtemp", "dbpwd", "pgsql"):
        assert not random_letters(value, Strength.PASSWORD, quoted=False), value  # a variable, unquoted
    assert not random_letters("qzvkxhwtrbnm", Strength.AUTH, quoted=True)  # auth keys hold schemes
    assert not random_letters("QzvkxHwtrbnm", Strength.STRONG, quoted=True)  # both cases: other rules


def test_letters_under_id_and_name_keys_are_left() -> None:
    for key in ("client_id", "merchant_id", "app_name", "username", "sender_name"):
        text = f'{key} = "qzvkxhwtrbnm"\n'
        assert "qzvkxhwtrbnm" not in _assigned(text), key


@pytest.mark.parametrize("scope", sorted(SCOPE_WORDS))
def test_scope_words_after_the_noun_keep_the_key(scope: str) -> None:
    value = _draw(12, _A62[:52]) + _draw(4, "0123456789") + _draw(20, _A62)
    for noun in ("API_TOKEN", "SECRET_KEY", "API_KEY", "CLIENT_SECRET"):
        key = f"NOSTO_{noun}_{scope.upper()}"
        assert classify(key) is not None, key
        assert value in _assigned(f"{key}={value}\n"), key


@pytest.mark.parametrize("attribute", ["URL", "ID", "NAME", "TTL", "LENGTH", "TYPE", "HEADER", "PATH"])
def test_attribute_words_after_the_noun_do_not_name_a_secret(attribute: str) -> None:
    assert classify(f"NOSTO_API_TOKEN_{attribute}") is None or attribute == "ID"
    for value in ("https://api.nosto.com/v1/token", "X-Nosto-Token", "/etc/nosto/token", "3600", "bearer"):
        assert value not in _assigned(f"NOSTO_API_TOKEN_{attribute}={value}\n")
    # A generated value the bare key owns is not the attribute key's: the attribute word, unlike a
    # scope word, changes what the key names.
    value = "qzvkxhwtrbnmplkjhgfd"
    assert value in _assigned(f"NOSTO_API_TOKEN={value}\n")
    assert value not in _assigned(f"NOSTO_API_TOKEN_{attribute}={value}\n")


def test_dotnet_section_keys() -> None:
    uuid = "75d0dd66-cf72-4858-a4b6-6f8c462804db"
    for key in ("XMPro:ApiKey", "Payments:Adyen:ApiKey", "Smtp:Password", "Auth0:ClientSecret"):
        text = f'<appSettings>\n  <add key="{key}" value="{uuid}" />\n</appSettings>'
        assert uuid in _assigned(text), key
    for key, value in (
        ("Logging:LogLevel:Default", "Information"),
        ("XMPro:DataStreamUrl", "https://ds.xmpro.cloud/api/v1"),
        ("XMPro:CollectionId", "pump-station-west"),
        ("Auth0:ClientId", uuid),
    ):
        text = f'<add key="{key}" value="{value}" />'
        assert value not in _assigned(text), key


# --- letters-only values in prose (ProseLettersDetector) ----------------------------------------

_PROSE = [
    "AiSensy का WhatsApp API key यह है: {V} — इसे कोड में मत डालो",
    "API key của Zalo là: {V}, đừng commit nhé",
    "Here is the webhook secret: {V}",
    "the bearer token is {V} (rotate it after the demo)",
    "clave de API del proveedor: {V}",
    "Mailjet access key = {V}",
    '{{"role": "user", "content": "our Mailgun api key: {V} thanks"}}',
]


def _prose(text: str) -> set[str]:
    return {text[s.start : s.end] for s in ProseLettersDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize("template", _PROSE)
def test_generated_letters_after_a_credential_noun_in_prose(template: str) -> None:
    rng = random.Random(template)  # the same draws whatever ran before
    found = total = 0
    for i in range(60):
        n = rng.choice([16, 24, 32, 40])
        value = "".join(rng.choice(_LOWER) for _ in range(n))
        value = value if i % 2 else value.upper()
        text = template.format(V=value)
        got = _prose(text)
        assert got <= {value}, got  # never more than the value, never a part of it
        total += 1
        found += got == {value}
    assert found / total >= 0.5  # about a quarter of draws read too much like words and are left


@pytest.mark.parametrize(
    "text",
    [
        "Die Datenschutzgrundverordnung gilt, token: abcdefghijklmnopqrs",  # a filler sequence
        "password hint: correcthorsebatterystaple",  # words
        "the token: ACGTTGCAACGTTGCAACGTACGT",  # four letters: a DNA string
        "see the password manager at https://example.com/qzvkxhwtrbnmfplqzvkx",  # a URL path
        "qzvkxhwtrbnmfplqzvkx is the name of the test fixture",  # no credential noun
        "The token was issued yesterday; the build id is qzvkxhwtrbnmfplqzvkx",  # another clause
        "API key docs: Nutzfahrzeugtechnikausbildungsverordnung",  # a German compound
    ],
)
def test_prose_letters_near_misses(text: str) -> None:
    assert _prose(text) == set()
