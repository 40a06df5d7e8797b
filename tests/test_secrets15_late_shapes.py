"""Session 15 late round: two value shapes the generic assignment detector vetoed.

- A password of words and a decimal number (``Word-Word-0.62``, ``WordRes0.5``) has the shape of a
  named version (``TLSv1.3``) and was vetoed as one even right after ``password=``.
- Django's generated ``SECRET_KEY`` (50 characters of lower-case letters, digits and
  ``!@#$%^&*(-_=+)``) that begins with ``*`` or ``(`` read as a dereference or a subexpression.

Cases are generated from seeded random draws, not taken from any data set.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.pwshape import ChosenPasswordDetector
from redactor.detect.secrets.role_vetoes import role_veto
from redactor.detect.secrets.tokens import PrefixedTokenDetector, _lower_random
from redactor.detect.secrets.values import django_secret_key

_DETECTORS = secret_detectors()
_WORDS = ("Harbor", "Granite", "Meadow", "Copper", "Lantern", "Orchid", "Falcon", "Ridge", "Tundra", "Willow")
_DJANGO_ALPHABET = string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for d in _DETECTORS for s in d.detect(text) if s.entity == "SECRET"}


def _word_decimal_passwords(n: int) -> list[str]:
    rng = random.Random(1527)
    out = []
    for _ in range(n):
        a, b = rng.sample(_WORDS, 2)
        number = f"{rng.randint(0, 9)}.{rng.randint(1, 99)}"
        out.append(rng.choice((f"{a}-{b}-{number}", f"{a}-{b[:3]}{number}", f"{a}_{b}-{number}")))
    return out


def _django_keys(n: int, first: str) -> list[str]:
    rng = random.Random(5150)
    out: list[str] = []
    while len(out) < n:
        key = first + "".join(rng.choice(_DJANGO_ALPHABET) for _ in range(49))
        if django_secret_key(key):
            out.append(key)
    return out


@pytest.mark.parametrize("value", _word_decimal_passwords(12))
@pytest.mark.parametrize(
    "template",
    [
        "app.db.password={v}\napp.db.user=batch",
        "Server=sql01;Database=ops;User ID=reader;Password={v};",
        '{{"username": "ops", "password": "{v}"}}',
        "PASSWORD: {v}",
    ],
)
def test_word_decimal_password_after_password_key(template: str, value: str) -> None:
    text = template.format(v=value)
    assert value in _found(text)


@pytest.mark.parametrize("value", _word_decimal_passwords(6))
def test_named_version_still_vetoed_without_password_key(value: str) -> None:
    for template in ("pinned {v} in the lock file", "runtime: {v}", "image_tag={v}"):
        text = template.format(v=value)
        start = text.index(value)
        assert role_veto(text, start, start + len(value)) == "version"


@pytest.mark.parametrize(
    "text", ["requires TLSv1.3 and HTTP/1.1", "python_version=Python-3.11", "licence GFDL-NIV-1.3+"]
)
def test_product_versions_stay_unmasked(text: str) -> None:
    assert not _found(text)


@pytest.mark.parametrize("key", _django_keys(6, "*") + _django_keys(6, "("))
@pytest.mark.parametrize("template", ["DJANGO_SECRET_KEY={k}", "env SECRET_KEY={k} loaded", "SECRET_KEY = '{k}'"])
def test_django_secret_key_with_leading_symbol(template: str, key: str) -> None:
    assert key in _found(template.format(k=key))


@pytest.mark.parametrize(
    "value",
    [
        "a" * 50,  # one letter: no digits, no symbols
        "abcdefghij" * 5,  # letters only
        "*" * 50,
        "the_quick_brown_fox_jumps_over_the_lazy_dog_123456",  # 49+ but no three symbols of the set
        "".join(random.Random(3).choice(string.ascii_lowercase + "!@#") for _ in range(49)),  # 49 long
    ],
)
def test_django_shape_rejects(value: str) -> None:
    assert not django_secret_key(value)


_BASE36 = string.ascii_lowercase + string.digits


def _lower_keys(n: int) -> list[str]:
    rng = random.Random(3636)
    prefixes = ("qz", "vnd", "tkx", "ab_whsec", "mrk_live", "zp")
    out: list[str] = []
    while len(out) < n:
        body = "".join(rng.choice(_BASE36) for _ in range(rng.randint(32, 44)))
        if _lower_random(body) and sum(c.isdigit() for c in body) >= 2:
            out.append(f"{prefixes[len(out) % len(prefixes)]}_{body}")
    return out


@pytest.mark.parametrize("token", _lower_keys(12))
@pytest.mark.parametrize(
    "template",
    ["const TRACE_KEY = '{t}';", "log line: `{t}` leaked", "{t}", "Authorization: Token {t}"],
)
def test_lower_case_vendor_token(template: str, token: str) -> None:
    text = template.format(t=token)
    found = [s for s in PrefixedTokenDetector(ViewCache()).detect(text)]
    assert [text[s.start : s.end] for s in found] == [token]


@pytest.mark.parametrize(
    "text",
    [
        "build_" + "0123456789abcdef" * 3,  # hex: a digest
        "node_modules_reporting_configuration_loader_2024",  # words
        "run_" + "a" * 20 + "1234567890",  # a letter run, no random draw
        "job_" + "".join(random.Random(9).choice(string.ascii_lowercase) for _ in range(40)) + "12",  # few digits
        "item_" + "".join(random.Random(8).choice(_BASE36) for _ in range(24)),  # short body
    ],
)
def test_lower_case_non_tokens(text: str) -> None:
    assert not PrefixedTokenDetector(ViewCache()).detect(text)


def _elided(n: int) -> list[str]:
    rng = random.Random(77)
    out: list[str] = []
    for _ in range(n):
        label = rng.choice(("sha256", "sha1", "v1", "t", "sig", "hmac"))
        out.append(f"{label}{rng.choice('=:')}{rng.choice(('…', '...'))}")
    return out


@pytest.mark.parametrize("value", _elided(8))
def test_elided_value_is_filler(value: str) -> None:
    text = f"X-Vendor-Signature: {value}"
    start = text.index(value)
    assert role_veto(text, start, start + len(value)) == "filler"


@pytest.mark.parametrize("value", ["sha256=9f2c41d0ab77e3c1", "v1=a81Fz0Qx…", "sk_live_Qm7Zr2Lw9Xv4Tn8Kp3Hd…"])
def test_value_before_ellipsis_not_elided(value: str) -> None:
    text = f"X-Vendor-Signature: {value}"
    start = text.index(value)
    assert role_veto(text, start, start + len(value)) != "filler"


_TITLE = ("Harbor", "Quarry", "Velvet", "Tundra", "Saffron", "Meridian", "Bramble", "Cobalt", "Larch", "Pylon")


def _word_number_passwords(n: int) -> list[str]:
    rng = random.Random(2031)
    out: list[str] = []
    for _ in range(n):
        a, b, c = rng.sample(_TITLE, 3)
        num = str(rng.choice((rng.randint(10, 99), rng.randint(2020, 2035))))
        out.append(rng.choice((f"{a}-{b}{num}", f"{a}-{b}-{num}", f"{a}-{b}-{c}{num}!", f"{a}-{b}{num}#")))
    return out


@pytest.mark.parametrize("value", _word_number_passwords(10))
@pytest.mark.parametrize(
    "template",
    [
        "the certificate passphrase the vendor sent is {v} and it protects the keystore",
        "Temporary password from the reset mail: {v}",
        "la contraseña del portal es {v}, no la compartas",
    ],
)
def test_words_and_number_after_password_noun(template: str, value: str) -> None:
    text = template.format(v=value)
    found = {text[s.start : s.end] for s in ChosenPasswordDetector(ViewCache()).detect(text)}
    assert value in found


@pytest.mark.parametrize("value", _word_number_passwords(6))
def test_words_and_number_without_password_noun(value: str) -> None:
    text = f"we deployed {value} to the staging cluster yesterday"
    assert not ChosenPasswordDetector(ViewCache()).detect(text)
