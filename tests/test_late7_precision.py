"""Late session-7 false-positive classes, each with the real value of the same shape that must stay caught.

- facility names (``Humberto Delgado Airport``, ``Hotel Alpenrose``) are no persons (`names.clean_name`);
- coding agents: Tabnine-like names are products, a person-named agent (``Devin``) only in a
  session header (`service_words.agent_name`);
- jq format strings after ``@`` are no handles (`pii.identity`);
- role nouns of test data at reserved domains are stand-ins (`example_contacts.placeholder_email`);
- an intro cue followed by a vowel sign is inside a word (`pii.salutation`); ``ขอบคุณ`` "thank you"
  is no title before a word the lexicon does not know (`pii.honorific`);
- job titles and insurers of other languages are no names (`_vocab`);
- ``123 Example Street, Anytown`` is a documentation stand-in (`pii.address`, `pii.structured`).
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.contact_rows import ContactRowDetector
from redactor.detect.pii.example_contacts import placeholder_email
from redactor.detect.pii.honorifics import HonorificDetector
from redactor.detect.pii.identity import HandleDetector
from redactor.detect.pii.names import is_person_name
from redactor.detect.pii.salutations import SalutationDetector
from redactor.detect.pii.structured import StructuredFieldDetector
from redactor.detect.presidio_adapter import NerAdapter
from redactor.detect.service_words import agent_name
from tests.ner_checks import check_dropped_and_kept


def _found(detector: object, text: str) -> list[str]:
    """The values `detector` reports in `text`."""
    return [text[s.start : s.end] for s in detector.detect(text)]  # type: ignore[attr-defined]


# --- facility names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "person"),
    [
        ("Humberto Delgado Airport", False),
        ("Hotel Alpenrose", False),
        ("Aeropuerto Adolfo Suárez", False),
        ("Estação da Luz", False),
        ("Klinikum Großhadern", False),
        ("Universidad Carlos III", False),
        ("Sabiha Gökçen Havaliman\u0131", False),
        # near misses: people, also people whose names hold a place word elsewhere
        ("Humberto Delgado", True),
        ("Elif Şahin", True),
        ("Maria Stationsen", True),
        ("Hoteling Amara", True),
    ],
)
def test_facility_names(value: str, person: bool) -> None:
    assert is_person_name(value) is person


# --- coding agents -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "agent"),
    [
        ("Devin session log\n[01] Cloned repo", "Devin", True),
        ("[Cody Chat]\n> explain this function", "Cody", True),
        ("Jules task: bump the SDK", "Jules", True),
        # near misses: the same given names as people
        ("Devin said the build is green.", "Devin", False),
        ("Thanks, Cody!", "Cody", False),
        ("Devin Okafor session notes", "Devin Okafor", False),  # not one agent word
        ("Marta session log", "Marta", False),  # not an agent's name
    ],
)
def test_agent_name(text: str, value: str, agent: bool) -> None:
    start = text.index(value)
    assert agent_name(text, start, start + len(value)) is agent


@pytest.fixture(scope="module")
def ner() -> NerAdapter:
    return NerAdapter()


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Devin session log\n[01] Cloned repo farm-telemetry and ran the tests.", "Devin", None),
        ("[Tabnine Chat]\n> write a unit test for the parser", "Tabnine", None),
        ('{"iata":"LIS","name":"Humberto Delgado Airport","city":"Lisbon"}', "Humberto Delgado Airport", None),
        # near misses: a person named Devin, a person in a hotel's registration
        ("Yesterday Devin Okafor told me the release was blocked.", None, "Devin Okafor"),
        ("I met Elif Şahin at the Hotel Alpenrose last week.", None, "Elif Şahin"),
    ],
)
def test_through_the_adapter(ner: NerAdapter, text: str, dropped: str | None, kept: str | None) -> None:
    check_dropped_and_kept(ner, text, dropped, kept)


# --- jq format strings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kubectl get secret creds -o json | jq -r '.data | map_values(@base64d)'",
        "jq -r '.[] | [.id, .name] | @csv' users.json",
        "cat out.json | jq -r '.items[] | @sh'",
        "the filter `.[] | @uri` escapes it",  # a pipe right before it, no jq word
    ],
)
def test_jq_formats_are_no_handles(text: str) -> None:
    assert _found(HandleDetector(), text) == []


def test_handles_beside_jq_stay() -> None:
    # near misses: a person's handle in the same jq text, and a handle spelled like a format in chat
    text = "jq -r '.[] | @csv' out.json -- thanks @sofia-marchetti for the filter"
    assert _found(HandleDetector(), text) == ["@sofia-marchetti"]
    assert _found(HandleDetector(), "Ping @json on the release channel please") == ["@json"]


# --- role nouns of test data ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "stand_in"),
    [
        ("applicant@example.com", True),
        ("passenger2@example.org", True),
        ("policyholder@example.net", True),
        # near misses: a real domain, a realistic person at the reserved domain
        ("applicant@acme-insurance.com", False),
        ("teodora.asante@example.com", False),
    ],
)
def test_role_placeholder_emails(address: str, stand_in: bool) -> None:
    assert placeholder_email(address) is stand_in


# --- a cue inside a longer syllable, a title at the end of a longer Thai word --------------------


def test_hindi_intro_cue_inside_a_word_is_no_cue() -> None:
    # "में" (in) starts with "म" (Nepali "I"): the vowel sign after it makes it no intro
    text = "मैंने .env में ये डाला है:\n\nSAPLING_API_KEY=500f8380105e"
    assert _found(SalutationDetector(), text) == []


def test_hindi_intro_still_finds_the_name() -> None:
    text = "नमस्ते, मैं राहुल शर्मा हूँ।"
    assert "राहुल शर्मा" in _found(SalutationDetector(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family name after a titled given name is part of the name (session 8); "thanks for the
        # review" after it is not
        ("เรียน คุณปิยะนุช ศรีสุข ขอบคุณสำหรับรีวิวค่ะ", ["คุณปิยะนุช ศรีสุข"]),
        ("ขอบคุณนิติยามากค่ะ", ["คุณนิติยามาก"]),  # a known given name after ขอบคุณ is still found
    ],
)
def test_thai_title_at_the_end_of_thanks(text: str, expected: list[str]) -> None:
    assert _found(HonorificDetector(), text) == expected


# --- job titles and insurers of other languages under a signature --------------------------------


def test_signature_role_and_company_lines_are_no_names() -> None:
    text = (
        "adjunto el parche; los tests pasan en local.\n\nUn saludo,\nTeodora Asante\n"
        "Analista de Suscripción · Hanseatic Seguros\nTel. +34 601 523 787 · teodora.asante@vela.es"
    )
    assert _found(ContactRowDetector(), text) == ["Teodora Asante"]


@pytest.mark.parametrize(
    ("value", "person"),
    [
        ("Hanseatic Seguros", False),
        ("Nordlicht Versicherung", False),
        ("Analista Sênior", False),
        ("Teodora Asante", True),  # near miss: the person of the same signature
        ("Anahí Mamani", True),
    ],
)
def test_role_and_insurer_words(value: str, person: bool) -> None:
    assert is_person_name(value) is person


# --- documentation stand-in addresses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('    "address": "123 Example Street, Anytown",', []),
        ("Ship it to 123 Main Street, Anytown, CA 90210", []),
        # near misses: real addresses of the same shapes (Springfield is a real town)
        ("Ship it to 742 Evergreen Terrace, Springfield, OR 97403", ["742 Evergreen Terrace, Springfield, OR 97403"]),
        ("Send the parcel to 27 Albert Road, Portsmouth PO5 2SE please", ["27 Albert Road, Portsmouth PO5 2SE"]),
    ],
)
def test_placeholder_addresses(text: str, expected: list[str]) -> None:
    assert _found(AddressDetector(), text) == expected


def test_placeholder_address_under_an_address_key() -> None:
    text = (
        'APPLICANT = {\n    "address": "123 Example Street, Anytown",\n'
        '    "home_address": "27 Albert Road, Portsmouth PO5 2SE"}'
    )
    assert _found(StructuredFieldDetector(), text) == ["27 Albert Road, Portsmouth PO5 2SE"]
