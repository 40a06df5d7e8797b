"""`pii.possessive`: a name in the possessive before a personal-data noun; hits and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.possessive import PossessiveOwnerDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = PossessiveOwnerDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.possessive" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected, why)
    ("Darnell's SSN on the onboarding packet was 402-72-2318", ["Darnell"], "one uncommon given name"),
    ("Update Aiyana Whitehorse\u2019s passport number please", ["Aiyana Whitehorse"], "curly apostrophe"),
    ("Yesterday Chidi's phone died", ["Chidi"], "a sentence word before the name is not kept"),
    ("I need Ms. Kaur's home address for the courier", ["Ms. Kaur"], "honorific"),
    ('{"msg": "Siobhán Ní Bhriain\'s date of birth is wrong"}', ["Siobhán Ní Bhriain"], "three tokens, in JSON"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_possessive_owner(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ("GitHub's API and Stripe's IBAN validation", "products"),
    ("The Customer's SSN field is optional", "an English word"),
    ("Python's email module parses headers", "a language"),
    ("Darnell's car is red", "not a personal-data noun"),
    ("the user's phone number", "lower case"),
    ("Config's address field", "a code word"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
