"""``secret.generic.scored``'s pre-checks before its key regexes skip only where they cannot match.

`assigned._place` searches the 100 characters before a value for a key and its operator
(`_ANNOTATED`, `_KEY_BEFORE`) or a spaced key (`_SPACED_KEY`), all anchored at the end; it first
looks at the last characters. Wherever a pre-check says no, the regexes must find nothing:
checked on a table of endings and on Hypothesis texts made of keys, operators, quotes and blanks.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.secrets import assigned


def _key_found(near: str) -> bool:
    return (assigned._ANNOTATED.search(near) or assigned._KEY_BEFORE.search(near)) is not None


def _key_may(near: str) -> bool:
    return near.rstrip(assigned._AFTER_OPERATOR)[-1:] in "=:>"


def _spaced_may(near: str) -> bool:
    return near.rstrip(assigned._QUOTES)[-1:] in (" ", "\t")


def _check(near: str) -> None:
    if _key_found(near):
        assert _key_may(near)
    if assigned._SPACED_KEY.search(near) is not None:
        assert _spaced_may(near)


@pytest.mark.parametrize(
    "near",
    [
        'api_key = "',  # operator, blank, quote
        "token: ",
        "'secret' => '",
        "password := ",
        "key: str = f'",  # an annotated key with a string prefix
        'key: str = rb"',
        'client_secret "',  # a spaced key
        "access-token\t`",
        "x = ",
        "the value",  # no operator: neither
        "",
    ],
)
def test_pre_checks_hold_wherever_the_regexes_match(near: str) -> None:
    _check(near)


def test_pre_checks_say_no_where_nothing_can_match() -> None:
    assert not _key_may("see the docs")
    assert not _spaced_may("see the docs:")
    assert _key_may('api_key = "') and _key_found('api_key = "')
    assert _spaced_may('client_secret "') and assigned._SPACED_KEY.search('client_secret "') is not None


_PIECES = (
    "api_key",
    "key",
    "x",
    "str",
    "value",
    " ",
    "\t",
    "=",
    "=>",
    ":=",
    ":",
    '"',
    "'",
    "`",
    "b",
    "r",
    "f",
    "u",
    ",",
    "|",
    "(",
    "-",
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=14).map("".join))
def test_pre_checks_on_generated_endings(near: str) -> None:
    _check(near)
