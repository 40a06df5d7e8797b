"""`pii.handle`: an `@` inside a regular expression's character class is no handle."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.identity import HandleDetector

_RNG = random.Random(1327)


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in HandleDetector().detect(text)]


def _class() -> str:
    ranges = ["A-Z", "a-z", "0-9", "_", "."]
    _RNG.shuffle(ranges)
    return "".join(ranges[: _RNG.randint(2, 4)])


@pytest.mark.parametrize("prefix", ("", "$", "\\\\"))
def test_at_sign_in_a_character_class(prefix: str) -> None:
    body = _class()
    if not any("-" in r and r in body for r in ("A-Z", "a-z", "0-9")):
        body = "A-Z" + body
    text = f'    NAME = re.compile(r"[{prefix}@{body}][{prefix}@{body}]*")  # identifiers'
    assert _found(text) == []


@pytest.mark.parametrize("handle", ("k-brennan", "ada_l", "m.okafor"))
def test_handles_in_prose_stay(handle: str) -> None:
    assert _found(f"# thanks @{handle} for the review") == [f"@{handle}"]
