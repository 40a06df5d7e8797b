"""Session 14 (latesec): ``user / password`` logins whose password is made of words and a number.

People choose passwords such as ``Harbor_2031`` or ``QuietRoom-7``: words, a number, both cases,
joined by ``_`` or ``-``. `pwshape.password_shaped` refuses them (they read as words), but after a login
cue with a user name on the left of a blank-framed slash they are the password. Also: a pair at the
end of a sentence (``... / Harbor#2031.``) loses the full stop, not the password, and a *portal*
(portal, portail, portale) names a login like an account does.

Generated cases cross cue lines, user names, word passwords and trailing punctuation; near misses
keep words without a digit or without both cases, versions, dotted names, and pairs without a cue.
"""

from __future__ import annotations

import itertools
import random

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.userpairs import UserPairDetector

_RNG = random.Random(1427)
_WORDS = ["Harbor", "Quiet", "Lumen", "Saffron", "Otter", "Granite", "Mistral", "Copper", "Fjord", "Tundra"]
_CUES = [
    "Supplier portal -",
    "Le portail fournisseur :",
    "Portale clienti:",
    "Admin login for the kiosk is",
    "Zugang zum Testsystem:",
    "Account on the booking site:",
    "SFTP drop box:",
]
_USERS = ["ops.north", "kiosk-07", "billing@shop.example", "svc_import", "atelier-22"]
_ENDINGS = ["", ".", ",", ";"]


def _word_password() -> str:
    a, b = _RNG.sample(_WORDS, 2)
    n = str(_RNG.randint(1, 2099))
    return _RNG.choice([f"{a}_{n}", f"{a}{b}-{n}", f"{a}{n}{b}", f"{a}-{b}{n}"])


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in UserPairDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize(("cue", "user"), list(itertools.product(_CUES, _USERS)))
def test_word_passwords_after_a_login_cue(cue: str, user: str) -> None:
    for ending in _ENDINGS:
        value = _word_password()
        text = f"{cue} {user} / {value}{ending} Please rotate it after the audit."
        assert _found(text) == {value}, text


@pytest.mark.parametrize("ending", [".", ",", ";", ":"])
def test_sentence_punctuation_after_a_chosen_password(ending: str) -> None:
    value = f"{_RNG.choice(_WORDS)}#{_RNG.randint(10, 9999)}!"
    text = f"The login for the shop is ops.north / {value}{ending} Can you check it?"
    assert _found(text) == {value}


def test_lower_case_word_and_digits_after_a_login_cue_is_a_password() -> None:
    # A near miss in session 14 ("one case only"); since session 16 (secshape, `userpairs`) a lower-case
    # word joined to 3-6 digits after a login cue and a user is read as the password: fail closed.
    text = "Admin login for the kiosk is ops.north / harbor_2031 now"
    assert _found(text) == {"harbor_2031"}


@pytest.mark.parametrize(
    "text",
    [
        "Supplier portal - ops.north / Harbor_Quiet today",  # no digit
        "Account on the booking site: ops.north / v2.4.1",  # a version
        "Portale clienti: release / Build.Config7.yaml",  # a dotted name
        "Deploy with make build / Harbor_2031 when ready",  # no login cue
        "Supplier portal - see docs / FAQ_2024 for more",  # upper case and digits only
        "Account on the booking site: 12 / Harbor_2031",  # a number is no user
    ],
)
def test_word_password_near_misses(text: str) -> None:
    found = _found(text)
    assert found == set(), (text, found)
