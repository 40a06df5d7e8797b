"""`pii.role_label`: names after capitalised form labels in many languages; hits and near misses."""

# ruff: noqa: RUF001  -- Turkish dotless i in a label sample is intended.
from __future__ import annotations

import pytest

from redactor.detect.pii.roles import RoleLabelDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = RoleLabelDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.role_label" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected, why)
    ("Vehicle rental\nDriver: Kalea Nakamura\nDate of birth: 07/19/1994", ["Kalea Nakamura"], "rental form"),
    ("Delivery note #DN-1\nDeliver to: Lim Wei Ming\nBlk 412 Ang Mo Kio Ave 10", ["Lim Wei Ming"], "delivery note"),
    ("FAKTURA 2024-0612\nOdběratel: Jakub Dvořák\nVinohradská 1511/230", ["Jakub Dvořák"], "Czech invoice"),
    (
        "<footer>\n  <p>Responsable de la publication : Élodie Marchand</p>",
        ["Élodie Marchand"],
        "French legal notice inside markup, space before the colon",
    ),
    ("- **Empfänger:** Jonas Weber", ["Jonas Weber"], "German, markdown bold label in a list"),
    ('{"note": "Titular: Ana Beatriz Souza"}', ["Ana Beatriz Souza"], "a label at a JSON string's start"),
    ("| Alıcı: Mehmet Öztürk |", ["Mehmet Öztürk"], "Turkish, a table cell"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_role_labels(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ("driver: Postgres Driver", "lower-case config key"),
    ("Driver: ODBC Driver 17 for SQL Server", "a product"),
    ("Member: Kalea", "one token is not enough"),
    ("Driver: Kalea Nakamura will pick up the car", "a sentence, not a form field"),
    ("The Driver: Kalea Nakamura", "label not at the line start"),
    ("Client: Web Client", "not a name"),
    ("Engineer: Local Dev", "not a name"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
