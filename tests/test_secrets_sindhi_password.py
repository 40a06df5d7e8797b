"""Sindhi's spelling of the password loanword (`پاسورڊ`, with Sindhi ڊ) as a password noun."""

from __future__ import annotations

import random

import pytest

from redactor.detect.secrets.context_i18n import MultilingualSecretDetector
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(1327)


def _password() -> str:
    word = _RNG.choice(("Sindh", "Mehran", "Indus", "Karoonjhar", "Thar"))
    return f"{word}{_RNG.choice('!#@$')}{_RNG.randint(10, 9999)}"


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in MultilingualSecretDetector(ViewCache()).detect(text)]


@pytest.mark.parametrize(
    "template",
    ("صارف ops_{n} ۽ پاسورڊ {v}", "سرور جو پاسورڊ {v} آهي", "پاسورڊ: {v}", "پاس ورڊ = {v}"),
)
def test_sindhi_password_noun_labels_its_value(template: str) -> None:
    value = _password()
    assert value in _found(template.format(n=_RNG.randint(1, 99), v=value))


def test_sindhi_password_noun_without_a_value_finds_nothing() -> None:
    assert _found("پاسورڊ تبديل ڪرڻ لاءِ settings کوليو") == []
