"""`service_words.named_service` on long texts: one index per text, the same answers as the scans."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect import service_words as sw

PIECES = [
    "Paymob",
    "PAYMOB",
    "paymob",
    "_API",
    "_KEY",
    "_x",
    "Server",
    "Url",
    "kobiton",
    "push.",
    "chocolatey",
    ".org",
    ".com",
    "@",
    " ",
    "\n",
    "-",
    "_",
    "1",
    "9",
    "é",
    "É",
    "Ж",
    "ж",
    "漢",
    "ß",
    "Müller",
    "MÜLLER",
    "müller",
    "Token",
    "helcim",
    "HELCIM",
    "a",
    "B",
    "c",
    "Dx",
    "://",
    "Straße",
    "STRASSE",
]


def _both(text: str, word: str, monkeypatch: pytest.MonkeyPatch) -> tuple[bool, bool]:
    monkeypatch.setattr(sw, "INDEX_MIN", 10**9)
    direct = sw.named_service(text, word)
    monkeypatch.setattr(sw, "INDEX_MIN", 0)
    sw._last = ()
    indexed = sw.named_service(text, word)
    return direct, indexed


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(min_value=0, max_value=10**6))
def test_index_answers_like_the_scans(pieces: list[str], seed: int) -> None:
    text = "".join(pieces)
    rng = random.Random(seed)
    words = ["Paymob", "Kobiton", "Chocolatey", "Helcim", "Müller", "Straße", "Жжжж", "Token", "Server"]
    if text:
        a = rng.randrange(len(text))
        words.append(text[a : a + rng.randrange(1, 12)])
    with pytest.MonkeyPatch.context() as mp:
        for word in words:
            direct, indexed = _both(text, word, mp)
            assert direct == indexed, (text, word)


def test_index_answers_like_the_scans_on_a_long_mixed_text() -> None:
    rng = random.Random(3)
    text = "".join(rng.choice(PIECES) for _ in range(3000))
    assert len(text) >= sw.INDEX_MIN
    words = {w for w in text.replace(".", " ").replace("_", " ").split() if len(w) >= 4}
    words |= {"Paymob", "Kobiton", "Chocolatey", "Helcim", "Müller", "Nobody", "Zzzz"}
    seen = set()
    with pytest.MonkeyPatch.context() as mp:
        for word in sorted(words)[:400]:
            direct, indexed = _both(text, word, mp)
            assert direct == indexed, word
            seen.add(direct)
    assert seen == {True, False}


def test_the_documented_cases_on_a_long_text() -> None:
    filler = "Some ordinary prose about the deploy.\n" * 200
    assert len(filler) >= sw.INDEX_MIN
    assert sw.named_service(filler + "export PAYMOB_API_KEY=x", "Paymob")
    assert sw.named_service(filler + "caps.kobitonServerUrl = u", "Kobiton")
    assert sw.named_service(filler + "push to https://push.chocolatey.org/", "Chocolatey")
    assert not sw.named_service(filler + "mail orla@kavanagh.ie", "Kavanagh")  # a mailbox domain
    assert not sw.named_service(filler + "xPAYMOB_API_KEY", "Paymob")  # not a head: a letter before
    assert not sw.named_service(filler + "Thanks, Anna. anna.dev", "Anna")  # a given name


def test_one_index_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many questions about one long text build its index once (the cost stays linear)."""
    built: list[int] = []
    real = sw._Index

    class Spy(real):  # type: ignore[misc, valid-type]
        def __init__(self, text: str) -> None:
            built.append(len(text))
            super().__init__(text)

    monkeypatch.setattr(sw, "_Index", Spy)
    sw._last = ()
    names = ["".join("abcdefghij"[int(d)] for d in f"{i:04d}") for i in range(2000)]
    text = "".join(f"Met Per{n} at host{n}.example.com\n" for n in names)
    for n in names[:300]:
        assert sw.named_service(text, f"Host{n}")
        assert not sw.named_service(text, f"Per{n}")
    assert built == [len(text)]
