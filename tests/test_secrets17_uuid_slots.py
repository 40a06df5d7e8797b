"""UUID-shaped secrets in secret slots (``uuidslots``, session 17).

Generated UUIDs (random, seeded) under generated labels whose head noun is a secret noun, in many
carriers (env, YAML, JSON plain and escaped, INI, XML, CLI flags, HTTP headers, URL query
parameters, prose with a copula or a ``for`` phrase, other languages' key nouns): the detector
finds the UUID exactly. Near misses: the same carriers with id-headed or non-secret slots
(``client_id``, ``key_id``, ``next_page_token``, ``idempotency_key``, a bare ``key``), which it
leaves alone, so the tests fail if the rule is gone or grows past its slot.
"""

from __future__ import annotations

import itertools
import json
import random
import uuid

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.uuidslots import UuidSlotDetector, secret_slot

_RNG = random.Random(1728)


def _uuid() -> str:
    return str(uuid.UUID(int=_RNG.getrandbits(128), version=4))


_VENDORS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay"]
_SECRET_NOUNS = [
    ("api", "key"),
    ("api", "token"),
    ("server", "token"),
    ("access", "token"),
    ("auth", "token"),
    ("client", "secret"),
    ("license", "key"),
    ("licence", "key"),
    ("private", "key"),
    ("access", "key"),
    ("admin", "password"),
    ("webhook", "secret"),
    ("access", "code"),
]
_ID_NOUNS = [
    ("client", "id"),
    ("tenant", "id"),
    ("key", "id"),
    ("request", "id"),
    ("next", "page", "token"),
    ("idempotency", "key"),
    ("correlation", "id"),
    ("installation", "id"),
    ("object", "uuid"),
    ("trace", "id"),
    ("public", "key"),
    ("subscription",),
]


def _carriers(words: tuple[str, ...], value: str) -> list[str]:
    vendor = _RNG.choice(_VENDORS)
    snake = "_".join((vendor, *words))
    camel = words[0] + "".join(w.title() for w in words[1:])
    kebab = "-".join(words)
    return [
        f"export {snake.upper()}={value}\n",
        f"{vendor}:\n  {snake}: {value}\n",
        json.dumps({vendor: {camel: value}}),
        json.dumps({"tool_result": json.dumps({snake: value})}),
        f"[{vendor}]\n{snake} = {value}\n",
        f"<{''.join(w.title() for w in words)}>{value}</{''.join(w.title() for w in words)}>",
        f"{vendor}-cli login --{kebab} {value} --region eu\n",
        f"curl -H 'X-{'-'.join(w.title() for w in words)}: {value}' https://api.{vendor}.test/v2\n",
        f"GET https://api.{vendor}.test/v1/items?{camel}={value}&limit=5\n",
        f"The {vendor} {' '.join(words)} is {value} until the rotation.\n",
        f"Your {vendor} {' '.join(words)} for the staging sync: {value}\n",
    ]


def _found(text: str) -> set[tuple[int, int]]:
    det = UuidSlotDetector(ViewCache())
    return {(s.start, s.end) for s in det.detect(text)}


_POS = [(words, c) for words in _SECRET_NOUNS for c in range(11)]


@pytest.mark.parametrize(("words", "carrier"), _POS)
def test_uuid_under_secret_slot(words: tuple[str, ...], carrier: int) -> None:
    value = _uuid()
    text = _carriers(words, value)[carrier]
    start = text.index(value)
    assert (start, start + len(value)) in _found(text), text


_NEG = [(words, c) for words in _ID_NOUNS for c in range(11)]


@pytest.mark.parametrize(("words", "carrier"), _NEG)
def test_uuid_under_id_slot_left(words: tuple[str, ...], carrier: int) -> None:
    value = _uuid()
    text = _carriers(words, value)[carrier]
    assert not _found(text), text


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("и ключ ", True),
        ("clé API ", True),
        ("パスワード: ", True),
        ("Zugangsschlüssel: ", True),
        ("key: ", False),
        ("uuid = ", False),
        ("The session is ", False),
        ("resource ", False),
    ],
)
def test_slot_words(label: str, expected: bool) -> None:
    assert secret_slot(label) is expected


def test_placeholders_and_low_variety_left() -> None:
    for value in ("00000000-0000-0000-0000-000000000000", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"):
        assert not _found(f"API_TOKEN={value}\n")


def test_registered_in_the_secret_detectors() -> None:
    names = {getattr(d, "name", "") for d in secret_detectors()}
    inner = {getattr(getattr(d, "inner", None), "name", "") for d in secret_detectors()}
    assert "secret.uuid.slot" in names | inner


def test_many_lines_generated() -> None:
    lines = []
    values = []
    for words, c in itertools.islice(itertools.cycle(_POS), 40):
        v = _uuid()
        values.append(v)
        lines.append(_carriers(words, v)[c].strip())
    text = "\n".join(lines)
    found = {text[s:e] for s, e in _found(text)}
    assert set(values) <= found
