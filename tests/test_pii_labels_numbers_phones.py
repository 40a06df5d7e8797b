"""Label lines with ASCII names, house-number additions, French phone shapes and cue words.

Each table has near misses that must stay unmasked; every row also runs JSON-escaped.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii import pii_detectors

ALL = pii_detectors()


def found(text: str, entity: str) -> list[str]:
    return sorted({text[s.start : s.end] for d in ALL for s in d.detect(text) if s.entity == entity and s.score >= 0.5})


HITS = [
    ("OPS-3120: Refund\nReporter: Beatriz Antunes\nDescription: x", "PERSON", ["Beatriz Antunes"]),
    ("Owner: Anna Kowalska", "PERSON", ["Anna Kowalska"]),
    (
        "Ship it to Keizersgracht 221-H, 1016 DV Amsterdam, thanks",
        "ADDRESS",
        ["Keizersgracht 221-H, 1016 DV Amsterdam"],
    ),
    ("Kanaalstraat 12-2, 1054 XG Amsterdam", "ADDRESS", ["Kanaalstraat 12-2, 1054 XG Amsterdam"]),
    ("Numéro du client : 06 71 24 93 58, il rappelle demain", "PHONE_NUMBER", ["06 71 24 93 58"]),
    ("Teléfono: 912 345 678", "PHONE_NUMBER", ["912 345 678"]),
]

NEAR_MISSES = [
    ("Owner: platform-team", "PERSON"),
    ("To: Build Team", "PERSON"),
    ("User: Admin", "PERSON"),
    ("see Figure 3-2 for details", "ADDRESS"),
    ("Python 3-2 release", "ADDRESS"),
    ("le numéro de commande est 4412", "PHONE_NUMBER"),
    ("version 01 02 03 04 05", "PHONE_NUMBER"),
]


@pytest.mark.parametrize(("text", "entity", "expected"), HITS)
def test_found(text: str, entity: str, expected: list[str]) -> None:
    assert found(text, entity) == expected
    esc = json.dumps({"content": text})
    assert sorted(json.loads(f'"{v}"') for v in found(esc, entity)) == expected


@pytest.mark.parametrize(("text", "entity"), NEAR_MISSES)
def test_near_misses_stay(text: str, entity: str) -> None:
    assert found(text, entity) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The server at 81.143.22.121 belongs to the home office", ["81.143.22.121"]),  # "server" is not "ver"
        ("version 81.143.22.121", []),
        ("ver 81.143.22.121", []),
        ("Chrome/81.143.22.121", []),
    ],
)
def test_version_words_are_whole_words(text: str, expected: list[str]) -> None:
    assert found(text, "IP_ADDRESS") == expected
