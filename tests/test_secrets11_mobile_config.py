"""Secret-named values in Apple property lists and Gradle build fields (``mobileconfig``).

Generated plist entries and ``buildConfigField``/``resValue`` declarations cross secret names in
several naming styles and value shapes (hex, base62, UUID, prefixed tokens), indented or not,
plain and JSON-escaped (an agent's Write tool call): the value is found exactly. Near misses:
bundle versions, usage descriptions, client ids, URLs, ``$(VARIABLE)``/``${var}`` references and
Gradle properties read at build time.
"""

from __future__ import annotations

import itertools
import json
import random

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.mobileconfig import MobileConfigDetector

_RNG = random.Random(4242)
_A62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _rand(alphabet: str, n: int) -> str:
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


_SHAPES = [
    lambda: _rand("0123456789abcdef", 32),
    lambda: _rand(_A62, 36),
    lambda: f"{_rand('0123456789abcdef', 8)}-{_rand('0123456789abcdef', 4)}-4abc-9def-{_rand('0123456789abcdef', 12)}",
    lambda: "sk_live_" + _rand(_A62, 24),
]
_NAMES = ["apiKey", "StripeSecretKey", "MAPBOX_ACCESS_TOKEN", "client_secret", "SentryAuthToken"]
_FORMS = [
    "<key>{name}</key>\n<string>{value}</string>",
    "\t<key>{name}</key>\n\t<string>{value}</string>\n\t<key>CFBundleVersion</key>\n\t<string>1.4.2</string>",
    'buildConfigField "String", "{name}", "\\"{value}\\""',
    'buildConfigField("String", "{name}", "\\"{value}\\"")',
    'resValue "string", "{name}", "{value}"',
]
_CASES = [(form, name, i % len(_SHAPES)) for i, (form, name) in enumerate(itertools.product(_FORMS, _NAMES))]


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in MobileConfigDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize(("form", "name", "shape"), _CASES)
def test_secret_setting_value_is_found(form: str, name: str, shape: int) -> None:
    value = _SHAPES[shape]()
    text = form.format(name=name, value=value)
    assert _found(text) == {value}, text
    escaped = json.dumps({"file_path": "ios/App/Info.plist", "content": text})
    assert _found(escaped) == {value}, escaped


@pytest.mark.parametrize(
    "text",
    [
        "<key>CFBundleVersion</key>\n<string>1.4.2</string>",
        "<key>CLIENT_ID</key>\n<string>123456789-abcdefg.apps.googleusercontent.com</string>",
        "<key>APIToken</key>\n<string>$(API_TOKEN)</string>",
        "<key>NSCameraUsageDescription</key>\n<string>We need the camera to scan the secret code 8f3a9c1e2b7d</string>",
        "<key>TokenEndpoint</key>\n<string>https://auth.example.com/oauth/token</string>",
        "<key>apiKey</key>\n<string>your-api-key-here</string>",
        'buildConfigField "String", "API_KEY", "\\"${apiKey}\\""',
        'buildConfigField "String", "BASE_URL", "\\"https://api.example.com\\""',
        'buildConfigField "String", "API_KEY", project.property("apiKey")',
        'buildConfigField "String", "APP_ID", "\\"4f0e2b4c8f0a4d2e9c1b7a3d5e6f8a9b\\""',
        'resValue "string", "app_name", "Shop"',
    ],
)
def test_near_misses_are_left(text: str) -> None:
    assert _found(text) == set()
