"""``pii.email`` looks for addresses only near an ``@``, and finds what a scan of the whole text finds.

`contact.emails` must give exactly `_EMAIL.finditer`'s matches (spans and groups): local parts at
the longest the pattern allows (the ``@`` at `_AT_REACH`), one past it, addresses back to back,
``@`` without an address, look-behinds at the edge of the skipped stretch; Hypothesis texts of
those pieces; the development corpus.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.pii import contact


def _same(text: str) -> None:
    def found(ms: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in ms]

    assert found(contact.emails(text)) == found(contact._EMAIL.finditer(text))


_LONGEST_LOCAL = "a" + "b" * 62 + "c"  # the @ right at _AT_REACH
_TOO_LONG_LOCAL = "a" + "b" * 63 + "c"


@pytest.mark.parametrize(
    "text",
    [
        "write to anna.smith@example.com today",
        f"{_LONGEST_LOCAL}@example.com",
        f"x {_TOO_LONG_LOCAL}@example.com",  # too long a local part: a later start may still match
        "a@b.co,c@d.org;e@f.net",  # back to back
        "@handle and @ alone, then bob@example.org",
        "user.name+tag@sub.example.co.uk.",
        "-x@example.com .y@example.com %z@example.com",  # look-behinds that refuse a start
        "x" * 300 + " mail me@example.com " + "y" * 300,
        "caf\u00e9@example.com \u00e9l\u00e8ve.bob@example.com",
        "",
        "@",
    ],
)
def test_emails_are_the_whole_scans_matches(text: str) -> None:
    _same(text)


_PIECES = (
    "a",
    "b.c",
    "-",
    "+",
    "%",
    "'",
    "_",
    "@",
    "example.com",
    ".org",
    " ",
    "\n",
    "x" * 40,
    "\u00e9",
    "<",
    ">",
    ".",
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=20).map("".join))
def test_emails_on_generated_texts(text: str) -> None:
    _same(text)


def test_emails_on_the_development_corpus() -> None:
    corpus = Path(__file__).parent / "data" / "holdout" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum("@" in t for t in texts) > 20
    for text in texts:
        _same(text)


def test_the_reach_is_the_patterns_longest_local_part() -> None:
    assert contact._EMAIL.match(f"{_LONGEST_LOCAL}@example.com").start(1) == 0
    assert re.match(contact._EMAIL.pattern, f"{_TOO_LONG_LOCAL}@example.com") is None
    assert len(_LONGEST_LOCAL) == contact._AT_REACH
