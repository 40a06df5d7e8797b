"""Session 11, late (helper latepii): numbered role mailboxes and national example domains as
stand-ins, program-filled addresses making a fixture text, birth cues of more languages."""

from __future__ import annotations

from itertools import product

import pytest

from redactor.detect.pii._base import text_info
from redactor.detect.pii.dob_cues import DobCueDetector
from redactor.detect.pii.example_contacts import placeholder_email, placeholder_local
from redactor.detect.pii.fixtures import without_stand_ins
from redactor.detect.span import Span

ROLES = ("test", "user", "donor", "rider", "driver", "customer", "volunteer", "patient")
NUMBERINGS = ("", "1", "-001", "_2", ".7", "-a", "_b", "42")
DOMAINS = ("example.com", "example.org", "mail.example.net", "example.co.il", "example.com.br", "example.de")


@pytest.mark.parametrize(("role", "numbering", "domain"), list(product(ROLES, NUMBERINGS, DOMAINS)))
def test_numbered_role_mailboxes_at_example_domains_are_stand_ins(role: str, numbering: str, domain: str) -> None:
    assert placeholder_email(f"{role}{numbering}@{domain}")


@pytest.mark.parametrize(
    "address",
    [
        "marta.kowalski@example.com",  # a realistic person at a reserved domain is masked as one
        "donor.smith@example.org",
        "anna-b@example.com",
        "riderx@example.com",
        "test@gmail.com",  # a placeholder word at a real domain is someone's mailbox
        "donor-001@acme.org",
        "test@example-shop.co.il",
        "test@examples.com",
        "noreply@example.de",
    ],
)
def test_people_and_real_domains_are_not_stand_ins(address: str) -> None:
    assert not placeholder_email(address)


def test_numbering_needs_a_separator_or_digits() -> None:
    assert placeholder_local("donor-a")
    assert placeholder_local("donor7")
    assert not placeholder_local("donora")  # a name, not donor + "a"
    assert not placeholder_local("donor-ab")


def _spans(text: str, *pairs: tuple[str, str]) -> list[Span]:
    return [Span(entity, text.index(value), text.index(value) + len(value), 0.9, "test") for entity, value in pairs]


@pytest.mark.parametrize(
    "template",
    ['f"donor{i:03d}@example.org"', "`user_${n}@example.com`", "'member%d@example.net' % i", '"r{k}@example.org"'],
)
@pytest.mark.parametrize("phone", ["+1-555-0100", "(202) 555-0142", "07700 900418"])
def test_a_program_filled_address_makes_a_fiction_phone_a_fixture(template: str, phone: str) -> None:
    text = f'rows.append({{"email": {template}, "phone": "{phone}"}})'
    assert without_stand_ins(text, _spans(text, ("PHONE_NUMBER", phone))) == []


@pytest.mark.parametrize("phone", ["+1-555-0100", "(202) 555-0142"])
def test_a_fiction_phone_beside_a_real_address_stays(phone: str) -> None:
    text = f'{{"email": "ines.barros@gmail.com", "template": "donor{{i}}@example.org", "phone": "{phone}"}}'
    spans = _spans(text, ("EMAIL_ADDRESS", "ines.barros@gmail.com"), ("PHONE_NUMBER", phone))
    assert len(without_stand_ins(text, spans)) == 2


BIRTH_CUES = (
    "ծնված", "Ծննդյան ամսաթիվ", "დაბადების თარიღი", "Usuku lokuzalwa", "Umhla wokuzalwa", "Ranar haihuwa",
    "जन्म तिथि", "जन्म मिति", "تاریخ پیدائش", "জন্ম তারিখ", "பிறந்த தேதி", "Төрсөн огноо", "Dyddiad geni",
    "Jaiotze data",
)  # fmt: skip
DATES = ("09.02.1991", "1989-08-21", "21/08/1989")


def _dobs(text: str) -> list[str]:
    return [text[a:b] for _, a, b, _ in DobCueDetector().scan(text_info(text))]


@pytest.mark.parametrize(("cue", "date"), list(product(BIRTH_CUES, DATES)))
def test_birth_cues_of_more_languages(cue: str, date: str) -> None:
    assert _dobs(f"Ana Lima, {cue}: {date}, Rua 1") == [date]
    assert _dobs(f'{{"name": "Ana Lima", "{cue}": "{date}"}}') == [date]


@pytest.mark.parametrize("cue", BIRTH_CUES)
def test_a_date_far_from_a_birth_cue_is_not_taken(cue: str) -> None:
    filler = " ".join(["lorem ipsum dolor sit amet"] * 4)
    assert _dobs(f"{cue}: ? {filler}. Shipped on 2024-05-01.") == []
