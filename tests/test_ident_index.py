"""`redactor.detect.ident_index.ident_used`: the index answers like the adapter's regex search."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect import ident_index as ii

PIECES = [
    "Morgan",
    "morgan",
    "Morgan_id",
    "_",
    "__",
    "(",
    ")",
    ".",
    ".x",
    ".9",
    "&",
    "*",
    "**",
    "{",
    "::",
    ":",
    " ",
    "\n",
    "-",
    "é",
    "Ж",
    "漢",
    "1",
    "a",
    "B",
    "Ana",
    "obj",
    "user_name",
    "élan",
    "x" * 70,
    "Dr",
]


def _regex(text: str, token: str) -> bool:
    return re.search(ii.IDENT_USE.format(tok=re.escape(token)), text) is not None


def _indexed(text: str, token: str) -> bool:
    ii._last = ()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ii, "INDEX_MIN", 0)
        return ii.ident_used(text, token)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(min_value=0, max_value=10**6))
def test_index_answers_like_the_regex(pieces: list[str], seed: int) -> None:
    text = "".join(pieces)
    rng = random.Random(seed)
    tokens = ["Morgan", "morgan", "user", "user_name", "Ana", "obj", "élan", "Dr", "x" * 70, "Dr.", "a-b"]
    tokens += [w for w in re.findall(r"\w+", text)[:8]]
    if text:
        a = rng.randrange(len(text))
        tokens.append(text[a : a + rng.randrange(1, 10)])
    for token in tokens:
        assert _indexed(text, token) == _regex(text, token), (text, token)


def test_long_text_many_tokens() -> None:
    rng = random.Random(11)
    text = "".join(rng.choice(PIECES) for _ in range(4000))
    assert len(text) >= ii.INDEX_MIN
    tokens = [*sorted(set(re.findall(r"\w+", text)))[:300], "Morgan", "Nobody", "x" * 70]
    answers = {ii.ident_used(text, t) == _regex(text, t) for t in tokens}
    assert answers == {True}
    assert {ii.ident_used(text, t) for t in tokens} == {True, False}


def test_the_adapter_cases() -> None:
    filler = "plain words here\n" * 300
    assert ii.ident_used(filler + "self.Morgan = 1", "Morgan")
    assert ii.ident_used(filler + "call Morgan(x)", "Morgan")
    assert ii.ident_used(filler + "Morgan_id = 3", "Morgan")
    assert ii.ident_used(filler + "Morgan::new()", "Morgan")
    assert not ii.ident_used(filler + "Thanks, Morgan.", "Morgan")
    assert not ii.ident_used(filler + "**Morgan** said", "Morgan")  # bold, not a pointer
    assert not ii.ident_used(filler + "xMorgan(", "Morgan")


def test_one_index_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = ii._Index

    class Spy(real):  # type: ignore[misc, valid-type]
        def __init__(self, text: str) -> None:
            built.append(len(text))
            super().__init__(text)

    monkeypatch.setattr(ii, "_Index", Spy)
    ii._last = ()
    text = "".join(f"Met Person{i} and called fn{i}(x)\n" for i in range(2000))
    for i in range(500):
        assert ii.ident_used(text, f"fn{i}")
        assert not ii.ident_used(text, f"Person{i}")
    assert built == [len(text)]
