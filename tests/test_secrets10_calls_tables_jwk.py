"""Three session-10 carriers of secrets, each judged on a generated matrix with near misses.

1. ``secret.code.sdk_call``: keys handed to an SDK's singleton factory (``Openpay::getInstance``,
   ``Vendor.GetInstance``, ``get_instance``) or options/config class (``Transbank::Common::Options.new``,
   ``new VendorOptions``, ``new Vendor.Config``) in PHP, Java, Kotlin, C#, Python, Ruby, JS and
   TypeScript; only generated arguments count there.
2. ``secret.generic.chosen``: table columns named by another language's key noun (``clave``,
   ``Schlüssel``, ``klucz``, ``nyckel``...) hold generated keys as a ``key`` column does (UUIDs and
   words under such a bare noun stay, as they do under ``Key``).
3. ``secret.keyfile.jwk``: a private JSON Web Key that is the whole value of a secret-named key
   (``SFAPI_SECRET='{"kty": ...}'``) is masked whole; public keys and key sets keep their members.
"""

from __future__ import annotations

import itertools
import random
import string
from collections.abc import Callable

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.keyfiles import JwkDetector
from redactor.detect.secrets.pwshape import ChosenPasswordDetector
from redactor.detect.secrets.sdkcalls import SdkCallDetector
from redactor.detect.secrets.values import generated

_RNG = random.Random(1027)


def _b62(n: int) -> str:
    while True:
        v = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _hex(n: int) -> str:
    while True:
        v = "".join(_RNG.choice("0123456789abcdef") for _ in range(n))
        if sum(c.isalpha() for c in v) >= 4 and sum(c.isdigit() for c in v) >= 4:
            return v


def _uuid() -> str:
    h = _hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _b64url(n: int) -> str:
    return "".join(_RNG.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))


# --- 1. SDK singletons and options classes ------------------------------------------------------

_CALLS = [
    "$client = {V}::getInstance('{k}');",  # PHP singleton
    "$client = {V}::getInstance('merchant42', '{k}', 'MX');",  # PHP, an id first
    '{V} client = {V}.getInstance("{k}");',  # Java
    'val client = {V}.getInstance(context, "{k}")',  # Kotlin, a non-string first argument
    'var client = {V}.GetInstance("{k}");',  # C#
    'client = {V}.get_instance("{k}")',  # Python
    "opts = ::{V}::Common::Options.new('597055555532', '{k}', :production)",  # Ruby options
    'var opts = new {V}Options("{k}");',  # C# options class
    'Config cfg = new {V}.Config("{k}");',  # Java nested config class
    "$cfg = new \\{V}\\Configuration('{k}');",  # PHP namespaced
    'const settings = new {V}Settings("{k}");',  # JS/TS
    'cfg = {v}.Settings("{k}")',  # Python module-qualified settings class
]
_SDK_VENDORS = ["Openpay", "Transbank", "Paystack", "Mollie", "Culqi"]


def _generated(make: Callable[[], str]) -> Callable[[], str]:
    """Values the shared value rule (`values.generated`) takes: this matrix tests the carriers,
    the value rule has its own tests (about 1 in 20 random 24-character keys reads as words)."""

    def draw() -> str:
        while not generated(v := make()):
            pass
        return v

    return draw


_SDK_VALUES = [_generated(lambda: _b62(24)), lambda: "sk_" + _hex(32), lambda: _hex(64), _generated(lambda: _b62(40))]


@pytest.fixture(scope="module")
def sdk() -> SdkCallDetector:
    return SdkCallDetector(ViewCache())


@pytest.mark.parametrize(("call", "vendor", "maker"), list(itertools.product(_CALLS, _SDK_VENDORS, range(4))))
def test_sdk_singleton_and_options_key_is_found(sdk: SdkCallDetector, call: str, vendor: str, maker: int) -> None:
    value = _SDK_VALUES[maker]()
    text = call.format(V=vendor, v=vendor.lower(), k=value)
    assert value in [text[s.start : s.end] for s in sdk.detect(text)], text


@pytest.mark.parametrize(
    "text",
    [
        'Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"));',  # no literal key
        'Cipher c = Cipher.getInstance("AES/GCM/NoPadding");',  # a transformation name
        'KeyStore ks = KeyStore.getInstance("PKCS12");',
        'MessageDigest md = MessageDigest.getInstance("SHA-256");',
        'var opts = new Options("verbose");',  # a word
        "opts = Options('Xk29fjQpL0aZr7TnVb4WcY8s')",  # a bare call: no new, no receiver
        'var opts = new VendorOptions("https://api.vendor.example/v1/Xk29fjQpL0aZr7");',  # a URL
        "cfg = Config.new(path: '/etc/app/config.yml')",  # a path
        '$x = Foo::getInstance("default");',  # a word
        'val x = Foo.getInstance("user-profile-cache")',  # an identifier
    ],
)
def test_sdk_near_misses_are_left(sdk: SdkCallDetector, text: str) -> None:
    assert sdk.detect(text) == [], text


# --- 2. key columns named in another language ---------------------------------------------------

_OWNERS = ["vendor", "Provider", "sistema", "Anbieter", "fournisseur", "Plataforma"]
_KEY_HEADERS = ["clave", "Schlüssel", "klucz", "nyckel", "anahtar", "kunci", "sleutel"]
_TABLE_VALUES = [lambda: _hex(40), lambda: _b62(32), lambda: _hex(32)]
_TABLE_STYLES = [
    "| {o} | env | {h} |\n|---|---|---|\n| GoodHire | prod | `{v}` |\n| HireRight | uat | (see vault) |\n",
    "{o} | {h}\n--- | ---\nBizneo HR | {v}\nKallidus | (rotated)\n",
    "Keys for the pilot:\n\n| {o} | {h} |\n|:---|:---|\n| Lumar | {v} |\n",
]


@pytest.fixture(scope="module")
def chosen() -> ChosenPasswordDetector:
    return ChosenPasswordDetector(ViewCache())


@pytest.mark.parametrize(
    ("style", "owner", "header", "maker"),
    list(itertools.product(range(3), _OWNERS, _KEY_HEADERS, range(3))),
)
def test_generated_value_in_a_foreign_key_column_is_found(
    chosen: ChosenPasswordDetector, style: int, owner: str, header: str, maker: int
) -> None:
    value = _TABLE_VALUES[maker]()
    text = _TABLE_STYLES[style].format(o=owner, h=header, v=value)
    assert value in [text[s.start : s.end] for s in chosen.detect(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "| sistema | clave |\n|---|---|\n| Bizneo | {u} |\n",  # a UUID under a bare key noun, as under ``Key``
        "| Anbieter | Schlüssel |\n|---|---|\n| Lumar | {u} |\n",
        "| Campo | Tipo | Clave |\n|---|---|---|\n| id | int | PRI |\n| email | varchar | UNI |\n",  # SQL keys
        "| clave | valor |\n|---|---|\n| timeout | 30 |\n| region | eu-west-1 |\n",  # a key/value listing
        "| sistema | clave |\n|---|---|\n| Bizneo | ORDERS_TABLE |\n",  # a constant name
    ],
)
def test_table_near_misses_are_left(chosen: ChosenPasswordDetector, text: str) -> None:
    text = text.format(u=_uuid())
    assert chosen.detect(text) == [], text


# --- 3. whole private JWKs ----------------------------------------------------------------------


def _jwk(kty: str) -> str:
    if kty == "RSA":
        n, d, p, q = _b64url(86), _b64url(86), _b64url(43), _b64url(43)
        return f'{{"kty":"RSA","n":"{n}","e":"AQAB","d":"{d}","p":"{p}","q":"{q}"}}'
    if kty == "EC":
        x, y, d = _b64url(43), _b64url(43), _b64url(43)
        return f'{{"kty": "EC", "crv": "P-256", "x": "{x}", "y": "{y}", "d": "{d}"}}'
    return f'{{"kty":"oct","alg":"HS256","k":"{_b64url(43)}"}}'


_JWK_CARRIERS = [
    "export SFAPI_SECRET='{j}'\n",
    'CLIENT_PRIVATE_KEY="{j_esc}"\n',
    "signing_key: '{j}'\n",
    '{{"private_key": {j}, "kid": "k1"}}',
    "JWT_SECRET = {j}\n",
]


@pytest.mark.parametrize(("carrier", "kty"), list(itertools.product(_JWK_CARRIERS, ["RSA", "EC", "oct"])))
def test_named_private_jwk_is_masked_whole(carrier: str, kty: str) -> None:
    jwk = _jwk(kty)
    text = carrier.format(j=jwk, j_esc=jwk.replace('"', '\\"'))
    spans = JwkDetector(ViewCache()).detect(text)
    assert [text[s.start : s.end] for s in spans] in ([jwk], [jwk.replace('"', '\\"')]), text


@pytest.mark.parametrize(
    "text",
    [
        '{{"keys": [{j}]}}',  # a key set: the members, not the set
        "jwks_uri_example = {j}\n",  # a name that is no secret
        "The key below: {j}",  # no key name at all
    ],
)
def test_unnamed_private_jwk_keeps_its_members(text: str) -> None:
    jwk = _jwk("RSA")
    text = text.format(j=jwk)
    spans = JwkDetector(ViewCache()).detect(text)
    assert spans and all(text[s.start] != "{" for s in spans), text
    assert "n" not in [text[s.start - 5 : s.start - 3] for s in spans]  # the public modulus is left


def test_public_jwk_under_a_secret_name_is_left() -> None:
    text = f'PUBLIC_JWK_SECRET = {{"kty":"RSA","n":"{_b64url(86)}","e":"AQAB"}}\n'
    assert JwkDetector(ViewCache()).detect(text) == []
