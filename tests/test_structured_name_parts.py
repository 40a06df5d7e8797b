"""The two halves of a structured personal name vouch for each other (FHIR ``HumanName``,
CITATION.cff authors), and FHIR's list of given names is read item by item; either half alone,
font families and BDD steps stay unmasked."""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii.structured import StructuredFieldDetector

DET = StructuredFieldDetector()


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in DET.detect(text) if s.entity == "PERSON"}


FHIR = '{"resourceType": "Patient", "name": [{"family": "Lindqvist", "given": ["Maja", "Elin"]}]}'
CFF = "cff-version: 1.2.0\nauthors:\n  - family-names: Rasmussen\n    given-names: Freja\n    orcid: https://orcid.org/0000-0002-1825-0097\n"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (FHIR, {"Lindqvist", "Maja", "Elin"}),
        (json.dumps({"command": FHIR}), {"Lindqvist", "Maja", "Elin"}),  # escaped once, as tool arguments are
        (CFF, {"Rasmussen", "Freja"}),
        ('{"given": "Chukwuemeka", "family": "Ogbu"}', {"Chukwuemeka", "Ogbu"}),
        ("given_names: Freja\nfamily_names: Rasmussen\n", {"Freja", "Rasmussen"}),
    ],
)
def test_name_halves_are_found_together(text: str, names: set[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        '{"given": ["Maja"]}',  # one half, nothing personal near it
        '{"family": "Lindqvist"}',
        '{"font": {"family": "Roboto Mono", "size": 12}}',
        '{"scenario": "login", "given": ["the user is logged in"], "when": ["they open settings"]}',
        '{"given": ["a valid token"], "family": "regression"}',
    ],
)
def test_one_half_fonts_and_steps_stay(text: str) -> None:
    assert _found(text) == set()
