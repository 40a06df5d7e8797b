"""``account e-mail``, ``user sign-in``: an English compound after an account word is not a login.

Each row: (text, values the detector must report, why); an empty tuple is a near miss.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.accounts import AccountNameDetector


def found(detector: object, text: str) -> tuple[str, ...]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return tuple(text[s.start : s.end] for s in spans if s.score >= 0.5)


ACCOUNTS = [
    ("Player: xX_ShadowFox_Xx (account e-mail tobias.krueger2007@web.de)", (), "a hyphenated English word"),
    ("reset the user sign-in for the kiosk", (), "another one"),
    ("the logins for k.brennan were locked", ("k.brennan",), "a login"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ACCOUNTS, ids=[r[2] for r in ACCOUNTS])
def test_account_word_then_english_compound(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(AccountNameDetector(), text) == expected
