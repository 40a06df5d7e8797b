"""Session 14 (latesec): a lower-case word ending in a colon after a secret's name is a lead-in.

``The password is hard-coded: `...` ``, ``the token is stored: ...``: the word before the colon
introduces what follows and is never the value (`values.accept`). Generated cases cross key
phrases of several kinds with lead-in words (hyphenated or not, accented letters); controls keep
real values after the same phrases (with and without a trailing colon inside quotes).
"""

from __future__ import annotations

import itertools
import random

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.generic import AssignmentDetector
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.values import accept

_RNG = random.Random(2714)
_PHRASES = ["The billing password is", "Our admin password is", "The API token is", "client secret is", "password:"]
_LEAD_INS = ["hard-coded", "hardcoded", "stored", "rotating-weekly", "réinitialisé", "below", "as-follows"]


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in AssignmentDetector(ViewCache()).detect(text)}


def _password() -> str:
    word = _RNG.choice(["Harbor", "Quartz", "Lumen", "Otter", "Saffron"])
    return f"{word}{_RNG.choice('!#%&*')}{_RNG.randint(100, 9999)}"


@pytest.mark.parametrize(("phrase", "word"), list(itertools.product(_PHRASES, _LEAD_INS)))
def test_a_lead_in_word_is_no_value(phrase: str, word: str) -> None:
    text = f"{phrase} {word}: see the config file for details"
    found = _found(text)
    assert not any(word in v for v in found), (text, found)


@pytest.mark.parametrize("phrase", _PHRASES)
def test_real_values_after_the_same_phrases(phrase: str) -> None:
    value = _password()
    text = f"{phrase} {value} (rotate after the audit)"
    assert value in _found(text), text


@pytest.mark.parametrize("word", _LEAD_INS)
def test_accept_refuses_unquoted_lead_ins_only(word: str) -> None:
    assert not accept(f"{word}:", Strength.PASSWORD, quoted=False)
    assert accept(f"{word}:", Strength.PASSWORD, quoted=True)  # a quoted string is what it says
    assert accept(f"{word}7:", Strength.PASSWORD, quoted=False)  # a digit: not a plain word
