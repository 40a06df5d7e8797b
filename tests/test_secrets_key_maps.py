"""Objects named as key containers (``secret.generic.key_map``): a generated matrix.

Positives: container names in several styles (``securityKeys``, ``api_keys``, ``secrets``,
``credentials``, ``accessTokens``), written as a JSON/JS member or selected by ``jq``/``yq``,
holding 1-4 generated values (hex 32/64, base62). Near misses: public, cache, hash, SSH and
translation containers with the same values, JWK sets, word values, UUIDs and nested objects.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.keymaps import KeyMapDetector, container

DETECTORS = secret_detectors()
KEYMAPS = KeyMapDetector(ViewCache())
_RNG = random.Random(57)


def _value() -> str:
    kind = _RNG.randrange(3)
    if kind == 0:
        return "".join(_RNG.choice("0123456789ABCDEF") for _ in range(32))
    if kind == 1:
        return "".join(_RNG.choice("0123456789abcdef") for _ in range(64))
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(_RNG.randrange(24, 48)))
        if sum(c.isdigit() for c in v) >= 2:
            return v


def _object(values: list[str]) -> str:
    members = ",\n".join(f'  "slot_{i}": "{v}"' for i, v in enumerate(values))
    return "{\n" + members + "\n}"


NAMES = ("securityKeys", "api_keys", "secrets", "credentials", "accessTokens", "networkKeys", "signing-keys")
LAYOUTS = (
    lambda name, obj: f'{{"{name}": {obj}, "port": 8091}}',
    lambda name, obj: f"const config = {{ {name}: {obj} }};",
    lambda name, obj: f"$ jq .{name} /opt/app/store/settings.json\n{obj}",
    lambda name, obj: f"$ yq '.{name}' config.yaml\n{obj}",
)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("layout", range(len(LAYOUTS)))
def test_generated_values_of_a_key_container_are_masked(name: str, layout: int) -> None:
    values = [_value() for _ in range(_RNG.randrange(1, 5))]
    text = LAYOUTS[layout](name, _object(values))
    assert sorted(text[s.start : s.end] for s in KEYMAPS.detect(text)) == sorted(values), text


@pytest.mark.parametrize(
    "name", ["publicKeys", "cacheKeys", "fileHashes", "sshKeys", "translationKeys", "authorized_keys", "sortKeys"]
)
@pytest.mark.parametrize("layout", range(len(LAYOUTS)))
def test_public_and_lookup_containers_are_left_alone(name: str, layout: int) -> None:
    text = LAYOUTS[layout](name, _object([_value(), _value()]))
    assert not KEYMAPS.detect(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"keys": {"up": "ArrowUp", "down": "ArrowDown", "save": "Ctrl+S"}}',
        '{"secrets": {"db": "0f8fad5b-d9cb-469f-a165-70867728950e"}}',
        '{"keys": [{"kty": "RSA", "kid": "k1", "n": "'
        + "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78"
        + '", "e": "AQAB"}]}',
        '{"credentials": {"source": "vault", "path": "secret/data/app"}}',
        '{"tokens": {"color-primary": "#1f6feb", "spacing-2": "8px"}}',
        '{"secrets": {"prod": {"inner": "9f86d081884c7d659a2feaa0c55ad015"}}}',
    ],
)
def test_containers_without_generated_flat_values_are_left_alone(text: str) -> None:
    assert not KEYMAPS.detect(text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("securityKeys", True),
        ("api_keys", True),
        ("secrets", True),
        ("publicKeys", False),
        ("cacheKeys", False),
        ("keyboard", False),
        ("monkeys", False),
        (".securityKeys", True),
    ],
)
def test_container(name: str, expected: bool) -> None:
    assert container(name) is expected


def test_registered() -> None:
    text = '{"apiKeys": {"prod": "' + _value() + '"}}'
    assert any(s.detector == "secret.generic.key_map" for d in DETECTORS for s in d.detect(text))
