"""Session 14 (latesec): ``help`` and ``button`` as parts of vendor names (`names._NOUN_VETOES`).

``HELP_SCOUT_APP_SECRET`` (Help Scout), ``BUY_BUTTON_ACCESS_TOKEN`` (a Buy Button): the UI word stands
in the vendor part, separated from the secret noun by another word, so the name is a credential's.
Right before the noun it still qualifies it (``help_token``, ``button_secret`` stay unnamed) and a
verb or limit word anywhere still vetoes (``show_help_api_token``). Generated over vendor words,
secret nouns and spellings (snake, SCREAMING, camel).
"""

from __future__ import annotations

import itertools

import pytest

from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.names import classify_name

_UI = ["help", "button"]
_OTHERS = ["scout", "desk", "buy", "crunch", "hub"]
_NOUNS = [["app", "secret"], ["access", "token"], ["api", "token"], ["client", "secret"], ["db", "password"]]


def _spell(ws: list[str], style: str) -> str:
    if style == "snake":
        return "_".join(ws)
    if style == "screaming":
        return "_".join(ws).upper()
    return ws[0] + "".join(w.title() for w in ws[1:])


@pytest.mark.parametrize(("ui", "other", "noun"), list(itertools.product(_UI, _OTHERS, _NOUNS)))
def test_ui_word_in_the_vendor_part(ui: str, other: str, noun: list[str]) -> None:
    for style in ("snake", "screaming", "camel"):
        for ws in ([ui, other, *noun], [other, ui, "x", *noun]):
            key = _spell(ws, style)
            assert classify_name(key) in (Strength.STRONG, Strength.PASSWORD), key


@pytest.mark.parametrize(("ui", "noun"), list(itertools.product(_UI, ["token", "secret", "password"])))
def test_ui_word_right_before_the_noun_still_qualifies_it(ui: str, noun: str) -> None:
    for style in ("snake", "screaming", "camel"):
        assert classify_name(_spell([ui, noun], style)) is None
        assert classify_name(_spell(["show", ui, "api", noun], style)) is None
        assert classify_name(_spell(["max", ui, "api", noun], style)) is None
