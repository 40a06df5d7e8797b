"""Session 14's credential nouns (`secret_vocab_more`), key abbreviations and one-time-code names.

Generated cases: every noun of `MORE_LANGUAGES` in prose labels, table cells and JSON keys with
an invented value of its kind; every ASCII noun as a key name in snake, upper, camel, kebab and
dotted styles; English abbreviations (``psw``, ``pswd``, ``pwrd``, ``passwrd``) and one-time-code
names (``otp_code``, ``mfaCode``, ``one_time_code``). Values stay gated: a noun followed by an
ordinary word, a reference, a placeholder or (for PIN and code names) anything but 4-12 digits
is not masked.
"""

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.names_i18n import fold, key_words
from redactor.detect.secrets.secret_vocab_more import MORE_LANGUAGES

DETECTORS = secret_detectors()


def _masked(text: str) -> set[tuple[int, int]]:
    return {(s.start, s.end) for d in DETECTORS for s in d.detect(text)}


def _covers(text: str, value: str) -> bool:
    vs = text.index(value)
    ve = vs + len(value)
    return any(s <= vs and ve <= e for s, e in _masked(text))


def _password(rng: random.Random) -> str:
    head = "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(5, 8)))
    return head.capitalize() + str(rng.randint(100, 9999)) + rng.choice("*!#%") + rng.choice(string.ascii_lowercase) * 2


def _pin(rng: random.Random) -> str:
    while True:
        v = "".join(rng.choice(string.digits) for _ in range(6))
        if len(set(v)) >= 4 and not v.startswith(("19", "20")):
            return v


def _token(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))


_MAKERS = {"password": _password, "pin": _pin, "token": _token}


def _nouns() -> list[tuple[str, str, str]]:
    """(language, kind, noun) of every noun the module adds."""
    return [
        (entry["code"], kind, noun)
        for entry in MORE_LANGUAGES
        for kind in ("password", "pin", "token")
        for noun in entry.get(kind, "").split("|")
        if noun
    ]


NOUNS = _nouns()
TEMPLATES = ("{n}: {v}", "{N}: {v}", "| {n} | {v} |", "JSON")


def _render(template: str, noun: str, value: str) -> str:
    if template == "JSON":
        return json.dumps({noun: value}, ensure_ascii=False)
    return template.format(n=noun, N=noun[:1].upper() + noun[1:], v=value)


@pytest.mark.parametrize(("lang", "kind", "noun"), NOUNS, ids=[f"{c}-{k}-{n}" for c, k, n in NOUNS])
def test_noun_labels_a_value(lang: str, kind: str, noun: str) -> None:
    rng = random.Random(f"{lang}{kind}{noun}")
    for template in TEMPLATES:
        value = _MAKERS[kind](rng)
        text = _render(template, noun, value)
        assert _covers(text, value), text


_GATED = ("required", "see vault", "<{n}>", "********", "${{SECRET_VALUE}}", "changeme", "optional")


@pytest.mark.parametrize(("lang", "kind", "noun"), NOUNS, ids=[f"{c}-{k}-{n}" for c, k, n in NOUNS])
def test_noun_before_a_non_value_masks_nothing(lang: str, kind: str, noun: str) -> None:
    for after in _GATED:
        text = f"{noun}: {after.format(n=noun)}"
        assert not _masked(text), text


def _ascii_key_nouns() -> list[str]:
    """The ASCII nouns of password and token kind that are one identifier (key-name forms)."""
    out = set()
    for _, kind, noun in NOUNS:
        words = key_words(noun)
        if kind != "pin" and words and all(w.isascii() and w.isalpha() for w in words) and len("".join(words)) >= 4:
            out.add("_".join(fold(w) for w in words))
    return sorted(out)


def _styles(snake: str) -> list[str]:
    parts = ["db", *snake.split("_")]
    return [
        "_".join(parts),
        "_".join(parts).upper(),
        parts[0] + "".join(p.capitalize() for p in parts[1:]),
        "-".join(parts),
        *([".".join(parts)] if "_" not in snake else []),  # a noun of two words split by dots is no key
        snake,
    ]


ASCII_KEYS = _ascii_key_nouns()


@pytest.mark.parametrize("snake", ASCII_KEYS)
def test_ascii_noun_as_key_name(snake: str) -> None:
    rng = random.Random(snake)
    for key in _styles(snake):
        value = _token(rng)
        for text in (f'{key} = "{value}"', f"{key}: {value}", json.dumps({key: value})):
            assert _covers(text, value), text


@pytest.mark.parametrize("snake", ASCII_KEYS)
def test_ascii_noun_key_with_placeholder_masks_nothing(snake: str) -> None:
    for key in _styles(snake):
        for value in ("${DB_SECRET}", "<" + snake + ">", "********", "changeme"):
            text = f'{key} = "{value}"'
            assert not _masked(text), text


ABBREVIATIONS = ("psw", "pswd", "pwrd", "passw", "passwrd")


@pytest.mark.parametrize("abbr", ABBREVIATIONS)
def test_password_abbreviations_as_key_names(abbr: str) -> None:
    rng = random.Random(abbr)
    for key in (abbr, f"db_{abbr}", f"DB_{abbr.upper()}", f"user{abbr.capitalize()}", f"smtp.{abbr}"):
        value = _password(rng)
        for text in (f'{key} = "{value}"', f"{key}: {value}", json.dumps({key: value})):
            assert _covers(text, value), text
        for gated in ("${DB_PASSWORD}", "<password>", "********", "required"):
            assert not _masked(f"{key}: {gated}"), (key, gated)
    for unrelated in (f"{abbr}_min_length = 12", f"{abbr}Timeout: 30s", f"max_{abbr}_len: 64"):
        assert not _masked(unrelated), unrelated


CODE_NAMES = ("otp_code", "OTP_CODE", "totpCode", "mfa_code", "mfaCode", "sms_code", "one_time_code", "oneTimeCode")


@pytest.mark.parametrize("name", CODE_NAMES)
def test_one_time_code_names_take_digits_only(name: str) -> None:
    rng = random.Random(name)
    value = _pin(rng)
    for text in (f'{name} = "{value}"', f"{name}: {value}", json.dumps({name: value})):
        assert _covers(text, value), text
    for gated in ("123456", "abc", "required", "${OTP}", "12"):  # a 4-digit year after "OTP" is taken today
        assert not _masked(f"{name}: {gated}"), (name, gated)


@pytest.mark.parametrize("name", ("sms_count", "error_code", "status_code", "otp_code_length", "mfa_code_regex"))
def test_other_code_names_stay_unread(name: str) -> None:
    assert not _masked(f"{name} = 583920"), name


@pytest.mark.parametrize(
    "text",
    (
        "La mima es bonita y tiene 2 gatos.",
        "The ramz was great, score 12:4.",
        "O kodikos tou proiontos einai ABC-12.",
        "mima = load_mime_map(path)",
        "sisma = seismic_magnitude(4.2)",
    ),
)
def test_romanised_words_in_ordinary_text(text: str) -> None:
    assert not _masked(text), [text[s:e] for s, e in _masked(text)]
