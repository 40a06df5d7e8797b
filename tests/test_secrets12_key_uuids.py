"""Session 12 late round (latesec): UUID-shaped keys handed over after a key noun of another
language (`keysentences`).

Generated sentences cross key nouns of several languages, vendors, random UUIDs and endings; the
UUID is found exactly. Near misses: the same UUIDs after English ``key`` (read as ids), after an
id word, in a sentence about a hash, and UUIDs in sentences without a key noun.
"""

# ruff: noqa: RUF001  # nouns of other scripts are the point here

from __future__ import annotations

import random
import uuid

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.keysentences import KeySentenceDetector

_RNG = random.Random(2612)
_TEMPLATES = [
    "{v} — ключ арендатора для школы № {n}: {u}. Не публикуйте его.",
    "Hej! {v}-kontot: API-nyckeln är {u}. Lägg in den i Bitwarden.",
    "De {v}-sleutel voor de widget is {u}. Ik heb hem in de vault gezet.",
    "Klucz do {v} dla środowiska testowego: {u}",
    "Der Schlüssel für {v} lautet {u}, bitte nicht committen.",
    "La clé {v} pour la recette : {u}",
]
_VENDORS = ["Tokeet", "TrustYou", "LanSchool", "Bromcom", "Acme", "Kontomatik"]


def _uuid() -> str:
    return str(uuid.UUID(int=_RNG.getrandbits(128), version=4))


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in KeySentenceDetector(ViewCache()).detect(text)}


def test_generated_key_sentences_find_the_uuid() -> None:
    for _ in range(60):
        u = _uuid()
        text = _RNG.choice(_TEMPLATES).format(v=_RNG.choice(_VENDORS), n=_RNG.randint(1, 99), u=u)
        assert _found(text) == {u}, text


def test_uuid_near_misses_not_found() -> None:
    for _ in range(30):
        u = _uuid()
        v = _RNG.choice(_VENDORS)
        for text in (
            f"The {v} key for the test tenant is {u}",
            f"{v}: ключ клиента, id {u}",
            f"Der Schlüssel-Hash von {v} ist {u}",
            f"Запрос {v} вернул идентификатор {u}",
            f"request {u} failed with status 500",
        ):
            assert _found(text) == set(), text
