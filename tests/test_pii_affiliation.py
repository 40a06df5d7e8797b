"""`pii.affiliation`: names placed in a department or paired with someone; hits and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.affiliation import AffiliationDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = AffiliationDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.affiliation" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected, why)
    ("Thanks, I've escalated; Grace Wanjiku from billing will follow up.", ["Grace Wanjiku"], "from a department"),
    ("Yesterday Tomás Ruiz in Finance approved it", ["Tomás Ruiz"], "sentence word before the name dropped"),
    ("Amara Obi of the payments team signed off", ["Amara Obi"], "of the ... team"),
    ("Jun Watanabe from HR will call", ["Jun Watanabe"], "upper-case department acronym"),
    ("cc @ssubramaniam, can you pair with Hande Karaman tomorrow?", ["Hande Karaman"], "pair with"),
    ("Please sync with Joon-ho Park before the release", ["Joon-ho Park"], "sync with, hyphenated name"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_affiliations(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ("Customer Success from Sales joined", "team names"),
    ("Visual Studio in it is slow", "lower-case 'it' is no department"),
    ("Microsoft Teams in IT", "a product"),
    ("pair with Kafka Streams", "a product"),
    ("Grace from billing will call", "one token is not enough"),
    ("work with Docker Compose", "a product"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
