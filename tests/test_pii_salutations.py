"""`pii.salutation`: names after non-English greetings and below sign-offs; hits and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.salutations import SalutationDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = SalutationDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.salutation" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected, why)
    ("Hola María,\ngracias por todo", ["María"], "Spanish greeting"),
    ("Olá João! Tudo bem?", ["João"], "Portuguese greeting ending in a non-ASCII letter"),
    ("Guten Tag Herr Weber,\nanbei die Rechnung", ["Herr Weber"], "German greeting with an honorific"),
    ("> Hej Sven,\n> tack!", ["Sven"], "quoted mail"),
    ('{"body": "Ciao Marco, come va?"}', ["Marco"], "greeting at a JSON string's start"),
    ("Cordialement,\n\nÉlodie Marchand\nResponsable RH", ["Élodie Marchand"], "French sign-off, blank line"),
    ("Mit freundlichen Grüßen\nJonas Weber", ["Jonas Weber"], "German sign-off without a comma"),
    ("Saludos,\nMaría", ["María"], "one given name under a sign-off"),
    ("Beste Grüße\nJonas", ["Jonas"], "'Beste' is also a Dutch greeting: 'Grüße' is not taken for a name"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_salutations(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ('print("Hola Mundo!")', "hello world"),
    ("Hallo zusammen,\nHallo Team,", "groups"),
    ("Gentile Cliente,\nla informiamo", "a role, not a name"),
    ("Sehr geehrte Damen und Herren,", "ladies and gentlemen"),
    ("Bonjour à tous,", "lower-case group"),
    ("x = 1  # Hola Pedro,", "not at a line start (a code comment after code)"),
    ("the point: Oi Kalle!", "greeting inside a sentence"),
    ("Cordialement,\nLe service client", "a team signs, not a person"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
