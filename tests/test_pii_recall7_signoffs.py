"""Sign-offs added to `salutation_vocab` (textbook letter closings of Dutch, Swedish, French,
Portuguese, Swahili, Afrikaans and Basque): the writer's given name on the line below is found,
judged on Faker's given names of the language's locale."""

from __future__ import annotations

import pytest
from faker import Faker

from redactor.detect.pii.salutations import SalutationDetector

_SIGN_OFFS = [
    ("Groet", "nl_NL"),
    ("Med vänlig hälsning", "sv_SE"),
    ("Vänlig hälsning", "sv_SE"),
    ("Amicalement", "fr_FR"),
    ("Bisous", "fr_FR"),
    ("Abraço", "pt_BR"),
    ("Um beijo", "pt_BR"),
    ("Kila la heri", "sw"),
    ("Met groete", "nl_NL"),  # Afrikaans; Dutch given names (no Afrikaans locale in Faker)
    ("Agur", "es_ES"),  # Basque; Spanish given names (no Basque locale in Faker)
]


@pytest.mark.parametrize(("sign_off", "locale"), _SIGN_OFFS)
def test_given_name_below_a_sign_off(sign_off: str, locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(21)
    detector = SalutationDetector()
    found = tried = 0
    for _ in range(30):
        name = fake.first_name()
        if " " in name:
            continue
        text = f"The export is attached; the old token stops working on Friday.\n\n{sign_off},\n{name}"
        tried += 1
        found += name in {text[s.start : s.end] for s in detector.detect(text)}
    assert found >= 0.9 * tried


@pytest.mark.parametrize(
    "text",
    [
        "Agur bat egin zuen.\nMaja ez dago",  # "agur" inside a sentence: no sign-off line
        "groet de buren\nMaja",
        "Abraço forte para todos",
        "Je wachtwoord is gewijzigd.\n\nGroet,\nServicedesk",  # a desk signs, not a person
    ],
)
def test_no_sign_off(text: str) -> None:
    assert SalutationDetector().detect(text) == []
