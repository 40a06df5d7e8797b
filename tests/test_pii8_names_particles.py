"""`pii.particle_name` (Irish / Malay / Arabic patronymic particles) and the greeting fix in
`pii.script_name`: generated matrices and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.particle_names import ParticleNameDetector
from redactor.detect.pii.scripts import ScriptNameDetector


def found(text: str) -> list[str]:
    spans = ParticleNameDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.particle_name" for s in spans)
    return [text[s.start : s.end] for s in spans]


# Names composed from common given names, particles and family names of each tradition.
NAMES = [
    "Siobhán Ní Dhomhnaill",
    "Pádraig Ó Súilleabháin",
    "Máire Nic Giolla",
    "Seán Ua Buachalla",
    "Aoife Uí Bhriain",
    "Nurul Aisyah binti Kamarudin",
    "Ahmad Faizal bin Abdullah",
    "Siti Nurhaliza bte Tarudin",
    "Suresh a/l Raman",
    "Kavitha a/p Muthu",
    "Omar ibn Khalid",
]
CONTEXTS = [
    # (template, why)
    ("{n}", "alone"),
    ("Dear {n}, thanks for the invoice.", "after an English greeting (not in the span)"),
    ("| staging | {n} | 09:12 |", "a table cell"),
    ("- nama: {n}\n- e-mel: x@example.com", "a Malay form line"),
    ("A Chiaráin, ghlaoigh {n} faoin sonrasc.", "inside Irish prose"),
    ("Approved by {n} (ops).", "inside English prose"),
]


@pytest.mark.parametrize(("template", "why"), CONTEXTS, ids=[c[1] for c in CONTEXTS])
@pytest.mark.parametrize("name", NAMES)
def test_particle_names(template: str, why: str, name: str) -> None:
    assert found(template.format(n=name)) == [name]


NEAR_MISSES = [
    ("Move it to the recycle bin Monday.", "lower-case English 'bin' between English words"),
    ("Open the Trash bin Folder", "an English word before 'bin'"),
    ("The Apple Mac Mini is here", "'Mac' is not a particle here"),
    ("Ó Súilleabháin wrote this", "a family name with no given name before it"),
    ("/usr/bin Python", "a path"),
    ("ran ./bin Setup twice", "a path segment"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []


def script_names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ScriptNameDetector().detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("שלום נועה בן-דוד, ההזמנה שלך נשלחה", ["נועה בן-דוד"]),  # greeting, given name, hyphenated family name
        ("שלום רחל כהן, תודה", ["רחל כהן"]),
        ("سلام ليلى حداد", ["ليلى حداد"]),
    ],
)
def test_greeting_is_not_a_given_name(text: str, expected: list[str]) -> None:
    assert script_names(text) == expected


def test_shalom_as_a_name_stays() -> None:
    """Two words: Shalom may be the given name itself (``שלום כהן``)."""
    assert script_names("שלום כהן") == ["שלום כהן"]
