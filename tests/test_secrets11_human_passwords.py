"""Session 11, late: human-made passwords are not code references or identifiers (`role_vetoes`).

People build passwords from capitalised words, separators and digit groups (``Rhapsody_Ward9_4344``,
``Monterrey.Autos2026``); the reference and identifier vetoes took them for ``Module.Class`` and
``glued_identifier``. The passwords here are generated (word list x separators x digit groups x
password keys in many carriers); the references the vetoes must keep are generated as well.
"""

from __future__ import annotations

import random

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.role_vetoes import role_veto

RNG = random.Random(20261127)
WORDS = [
    "Rhapsody", "Monterrey", "Autos", "Harbor", "Maple", "Granite", "Falcon", "Orchard", "Lantern", "Velvet",
    "Summit", "Cobalt", "Meadow", "Juniper", "Bramble", "Ward", "Tiger", "River", "Castle", "Copper",
]  # fmt: skip
SEPARATORS = ("_", ".", "-")
KEYS = ("RHAPSODY_PASSWORD", "DB_PASSWORD", "password", "smtp.password", "AUTOALERT_PASSWORD", "admin_pwd")
CARRIERS = (
    '{k}: "{v}"',
    "{k}: {v}",
    "{k}={v}",
    'export {k}="{v}"',
    '{{"{k}": "{v}"}}',
    "<{k}>{v}</{k}>",
    "  {k}: '{v}'\n  timeout: 30",
    'client.connect({k}="{v}")',
)


def _human_password() -> str:
    words = RNG.sample(WORDS, RNG.choice((2, 2, 3)))
    sep = RNG.choice(SEPARATORS)
    style = RNG.randrange(4)
    if style == 0:  # a year at the end: Monterrey.Autos2026
        words[-1] += str(RNG.randrange(1970, 2031))
    elif style == 1:  # a digit glued to a word and a PIN part: Rhapsody_Ward9_4344
        words[-1] += str(RNG.randrange(1, 10))
        words.append(str(RNG.randrange(1000, 10000)))
    elif style == 2:  # a separate year part: Spring_Garden_2025
        words.append(str(RNG.randrange(1970, 2031)))
    else:  # digits in two places: Harbor7.Maple42
        words[0] += str(RNG.randrange(1, 100))
        words[-1] += str(RNG.randrange(10, 100))
    if RNG.random() < 0.3:
        words[1] = words[1].lower()
    return sep.join(words)


PASSWORDS = [_human_password() for _ in range(60)]


@pytest.mark.parametrize("value", PASSWORDS)
def test_human_passwords_are_not_vetoed_anywhere(value: str) -> None:
    for prefix in ("x = ", "The value is ", "| pw | "):
        text = prefix + value
        assert role_veto(text, len(prefix), len(text)) is None, (prefix, value)


@pytest.mark.parametrize("carrier", CARRIERS)
def test_human_passwords_under_password_keys_are_found(carrier: str) -> None:
    detectors = secret_detectors()
    missed = []
    for _ in range(12):
        value, key = _human_password(), RNG.choice(KEYS)
        text = carrier.format(k=key, v=value)
        spans = [text[s.start : s.end] for d in detectors for s in d.detect(text)]
        if not any(value in s for s in spans):
            missed.append(text)
    assert len(missed) <= 1, missed


def test_a_password_key_lifts_the_identifier_veto_but_not_code() -> None:
    value = "Granite_CopperMeadow_River"  # words only: an identifier anywhere but after a password key
    for prefix, vetoed in (("flag = ", True), ("DB_PASSWORD=", False), ('"pwd": "', False), ("Kennwort: ", False)):
        text = prefix + value
        assert (role_veto(text, len(prefix), len(text)) is not None) == vetoed, prefix
    for ref in ("$this->password", "cfg.Auth.Password", "settings.DB_PASSWORD", "process.env.DB_PASS"):
        for prefix in ("password: ", "DB_PASSWORD=", "token = "):
            text = prefix + ref
            assert role_veto(text, len(prefix), len(text)) == "reference", (prefix, ref)


@pytest.mark.parametrize(
    "value",
    ["System.Int32", "Encoding.UTF8", "X25519PrivateKey", "PyDict_GetItemStringRef", "mlkem.MLKEM768PrivateKey"],
)
def test_code_names_with_numbers_stay_vetoed(value: str) -> None:
    text = "key = " + value
    assert role_veto(text, 6, len(text)) is not None


def test_words_that_end_in_pass_are_not_password_keys() -> None:
    for prefix in ("bypass: ", "compass = ", "Surpass: "):
        text = prefix + "Granite_CopperMeadow_River"
        assert role_veto(text, len(prefix), len(text)) == "identifier", prefix


OWNERS = ("parser", "lexer", "tokenizer")


@pytest.mark.parametrize("owner", OWNERS)
def test_a_program_noun_owns_a_password_but_still_vetoes_tokens_and_its_own_key(owner: str) -> None:
    from redactor.detect.secrets.keys import classify

    for key in (f"{owner}_password", f"{owner.upper()}_PASSWD", f"{owner}Password", f"{owner}.pwd"):
        assert classify(key) is not None, key
    for key in (f"{owner}_token", f"password_{owner}", f"{owner}_secret_token", f"pwd_{owner}"):
        assert classify(key) is None, key
    detectors = secret_detectors()
    for _ in range(5):
        value = _human_password()
        text = f"[account]\n{owner}_password={value}\n"
        assert any(value in text[s.start : s.end] for d in detectors for s in d.detect(text)), text


DOC_CUES = ("from the AWS docs", "example values only", "Beispielwerte aus der Doku", "valores de ejemplo", "示例")


@pytest.mark.parametrize("cue", DOC_CUES)
def test_documented_example_keys_are_vetoed_only_near_example_words(cue: str) -> None:
    for _ in range(10):
        head = "AKIA" + "".join(RNG.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", k=12))
        for value in (head + "EXAMPLE", "".join(RNG.choices("abcdefXYZ0123/+", k=30)) + "EXAMPLEKEY"):
            text = f"{cue}:\n\n    export AWS_KEY={value}\n"
            start = text.index(value)
            assert role_veto(text, start, start + len(value)) == "documented", text
            plain = f"env:\n  aws_access_key = '{value}'\n"
            start = plain.index(value)
            assert role_veto(plain, start, start + len(value)) is None, plain
    real = "AKIA" + "".join(RNG.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", k=16))
    text = f"{cue}:\n    export AWS_KEY={real}\n"
    assert role_veto(text, text.index(real), text.index(real) + len(real)) is None
