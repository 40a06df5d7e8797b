"""Session 16's password nouns of languages the other tables lacked (`secret_vocab_world`).

Generated cases, for every noun of `WORLD_LANGUAGES`: "<noun> <copula> <value>" with each copula of
its language, ``<noun>: <value>``, a table cell and a JSON key, with value shapes people use (a
word with digits, a word joined by hyphens, a symbol password, a generated token; 4-8 digits for a
PIN noun). Negatives: placeholders, references, versions, paths and short numbers after the
noun, and sentences with the noun and no value. A control noun that is no credential word
(``ekitabo``, Luganda "book") with the same values finds nothing, so the cases test the nouns.
"""

# ruff: noqa: RUF001, RUF002  # the okina and modifier apostrophes are the point here

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.context_i18n import _script
from redactor.detect.secrets.secret_vocab_world import WORLD_LANGUAGES

DETECTORS = secret_detectors()


def _masked(text: str) -> set[tuple[int, int]]:
    return {(s.start, s.end) for d in DETECTORS for s in d.detect(text)}


def _covers(text: str, value: str) -> bool:
    vs = text.index(value)
    ve = vs + len(value)
    return any(s <= vs and ve <= e for s, e in _masked(text))


_WORDS = ("tembo", "simba", "mango", "kiwi", "moana", "jaguar", "baobab", "lotus", "condor", "ngoma")


def _word_password(rng: random.Random) -> str:
    return rng.choice(_WORDS) + str(rng.randint(10, 9999))


def _hyphen_password(rng: random.Random) -> str:
    a, b = rng.sample(_WORDS, 2)
    return f"{a}-{b}-{rng.randint(10, 99)}"


def _symbol_password(rng: random.Random) -> str:
    return rng.choice(_WORDS).capitalize() + rng.choice("#!*%@") + str(rng.randint(100, 9999))


def _token(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))


def _pin(rng: random.Random) -> str:
    while True:
        v = "".join(rng.choice(string.digits) for _ in range(rng.choice((4, 6, 8))))
        if len(set(v)) >= 3 and not v.startswith(("19", "20")):
            return v


_PASSWORD_MAKERS = (_word_password, _hyphen_password, _symbol_password, _token)


def _cases() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(language, kind, noun, copulas of the language) of every noun the module adds."""
    return [
        (entry["code"], kind, noun, tuple(c for c in entry.get("copula", "").split("|") if c))
        for entry in WORLD_LANGUAGES
        for kind in ("password", "pin")
        for noun in entry.get(kind, "").split("|")
        if noun
    ]


CASES = _cases()
IDS = [f"{c}-{k}-{n}" for c, k, n, _ in CASES]


def _values(kind: str, rng: random.Random) -> list[str]:
    if kind == "pin":
        return [_pin(rng) for _ in range(3)]
    return [make(rng) for make in _PASSWORD_MAKERS]


def _carriers(noun: str, copulas: tuple[str, ...], value: str) -> list[str]:
    cap = noun[:1].upper() + noun[1:]
    out = [
        f"{noun}: {value}",
        f"{cap} = {value}",
        f"| {noun} | {value} |",
        json.dumps({noun: value}, ensure_ascii=False),
    ]
    out += [f"{noun} {c} {value}" for c in copulas]
    return out


@pytest.mark.parametrize(("lang", "kind", "noun", "copulas"), CASES, ids=IDS)
def test_noun_names_a_value(lang: str, kind: str, noun: str, copulas: tuple[str, ...]) -> None:
    rng = random.Random(f"{lang}{kind}{noun}")
    for value in _values(kind, rng):
        for text in _carriers(noun, copulas, value):
            assert _covers(text, value), text


def test_control_noun_finds_no_word_password() -> None:
    """The same carriers around a word that names no credential mask none of the weak values."""
    rng = random.Random("control")
    copulas = tuple({c for _, _, _, cs in CASES for c in cs})
    for make in (_word_password, _hyphen_password):
        value = make(rng)
        for text in _carriers("ekitabo", copulas, value):
            assert not _masked(text), text


_NOT_VALUES = (
    "********",
    "<{n}>",
    "${{PASSWORD}}",
    "changeme",
    "required",
    "see vault",
    "ID 123456",
    "v2.4.1",
    "https://example.org/reset",
    "/etc/passwd",
    "12",
)


@pytest.mark.parametrize(("lang", "kind", "noun", "copulas"), CASES, ids=IDS)
def test_noun_before_a_non_value_masks_nothing(lang: str, kind: str, noun: str, copulas: tuple[str, ...]) -> None:
    for after in _NOT_VALUES:
        value = after.format(n=noun)
        for text in (f"{noun}: {value}", *(f"{noun} {c} {value}" for c in copulas)):
            assert not _masked(text), text


@pytest.mark.parametrize(("lang", "kind", "noun", "copulas"), CASES, ids=IDS)
def test_noun_in_a_sentence_without_value(lang: str, kind: str, noun: str, copulas: tuple[str, ...]) -> None:
    texts = [
        f"Forgot your {noun}? Reset it from the settings page.",
        f"The {noun} field must have at least 12 characters.",
        f"{noun.capitalize()} changed on 2024-03-05 at 14:20.",
        *(f"{noun} {c} strong enough now" for c in copulas),
    ]
    for text in texts:
        assert not _masked(text), text


PIN_NOUNS = [noun for _, kind, noun, _ in CASES if kind == "pin"]


@pytest.mark.parametrize("noun", PIN_NOUNS)
def test_pin_noun_in_prose_takes_digits_only(noun: str) -> None:
    rng = random.Random(noun)
    pin = _pin(rng)
    assert _covers(f"{noun} yakho {pin}", pin)  # no separator: digits are taken...
    for value in ("tembo42", "simba-ngoma"):
        assert not _masked(f"{noun} yakho {value}"), (noun, value)  # ...a word is not
    for value in ("12", "2024"):
        assert not _masked(f"{noun} yakho {value}"), (noun, value)  # nor too few digits, nor a year


@pytest.mark.parametrize("phrase", ("ʻōlelo huna", "ñeʼẽñemi", "maxfiy soʻz", "upu faʻalilolilo"))
def test_modifier_letters_are_latin(phrase: str) -> None:
    """The ʻokina and ``ʼ`` are letters of Latin-script words: such a noun takes the Latin rules."""
    assert _script(phrase) == "LATIN"
    assert not _masked(f"{phrase} tembo42 ke mea hou")  # no separator, no copula, a weak value: not taken
    assert _covers(f"{phrase}: tembo42", "tembo42")
