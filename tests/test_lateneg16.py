# ruff: noqa: RUF001  -- letters of other scripts are the point here.
"""Session 16 late round (lateneg): the role-modifier window, given names among vendor words,
support-chat speaker labels and business nouns heading forms. Cases are generated (faker names and
cities, the modules' own vocabularies), none is taken from a corpus."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from redactor.detect.ner_filter import (
    _GIVEN_VENDOR_NAMES,
    _MODIFIED_NOUNS,
    _ROLE_NOUNS,
    _vendor_words,
    personal_sentence,
    product_person,
)
from redactor.detect.pii.common_words import someones_name
from redactor.detect.pii.impersonal import impersonal_spans
from redactor.detect.pii.org_names import organisation_name
from redactor.detect.pii.service_roles import SERVICE_ROLES, service_role_label
from redactor.detect.span import Span

_TECH = sorted(_MODIFIED_NOUNS | {"api", "portal", "dashboard", "sdk", "token"})
_ROLES = sorted(_ROLE_NOUNS)


def _hit(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


def _unknown(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).capitalize() + "x"


def test_role_noun_before_the_hit_is_followed_only_up_to_it() -> None:
    """``customer <Name> portal``: the words after the name do not follow the role noun."""
    rng = random.Random(16)
    for _ in range(60):
        role, tech, name = rng.choice(_ROLES), rng.choice(_TECH), _unknown(rng)
        before = f"see the {role} {name} {tech} below"
        assert personal_sentence(before, *_hit(before, name)), before
        modifier = f"the {role} {tech} links to {name} below"
        assert not personal_sentence(modifier, *_hit(modifier, name)), modifier
        after = f"{name} exposes the {role} {tech} now"
        assert not personal_sentence(after, *_hit(after, name)), after
        person_after = f"{name} called the {role} yesterday"
        assert personal_sentence(person_after, *_hit(person_after, name)), person_after


def test_given_names_among_vendor_words_stay_people() -> None:
    vendors = _vendor_words()
    assert vendors >= _GIVEN_VENDOR_NAMES  # each is a vendor word the keep-list overrides
    for name in _GIVEN_VENDOR_NAMES:
        assert not product_person(name.capitalize(), lambda w: False)
    others = sorted(w for w in vendors if w not in _GIVEN_VENDOR_NAMES)[:50]
    assert others and all(product_person(w.capitalize(), lambda w: False) for w in others)


_STAMPS = ("14:03 ", "[09:41] ", "[27/11/2026, 19:45] ", "2026-11-27 08:15 - ", "[Zendesk chat] ", "", "3:05 PM ")


@pytest.mark.parametrize("locale", ["es_ES", "pt_BR", "de_DE", "fr_FR", "nl_NL", "it_IT", "tr_TR", "el_GR", "ru_RU"])
def test_support_chat_role_labels_are_no_names(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(34)
    rng = random.Random(locale)
    roles = sorted(SERVICE_ROLES)
    for _ in range(20):
        role = rng.choice(roles)
        label = role.capitalize()
        stamp = rng.choice(_STAMPS)
        name = fake.name()
        text = (
            f"chat export\n{stamp}{label} ({name}): {fake.sentence()}\n{rng.choice(_STAMPS)}{label}: {fake.sentence()}"
        )
        first = text.index(label)
        second = text.index(label, first + 1)
        assert service_role_label(text, Span("PERSON", first, first + len(label), 0.8, "pii.person_chat"))
        assert service_role_label(text, Span("PERSON", second, second + len(label), 0.8, "pii.person_chat"))
        a, b = _hit(text, name)
        assert not service_role_label(text, Span("PERSON", a, b, 0.8, "pii.person_chat"))  # the name inside stays
        kept = impersonal_spans(text, [Span("PERSON", a, b, 0.8, "pii.person_chat")])
        assert [(s.start, s.end) for s in kept] == [(a, b)]
        prose = f"{stamp}{fake.first_name()}: we asked the {label}: {fake.sentence()}"
        at = prose.index(label)
        assert not service_role_label(prose, Span("PERSON", at, at + len(label), 0.8, "ner.spacy"))  # inside prose
        named = f"{stamp}{label} {name} joined the chat"
        at = named.index(label)
        assert not service_role_label(named, Span("PERSON", at, at + len(label), 0.8, "ner.spacy"))  # no label colon


def test_service_roles_are_no_names() -> None:
    assert not [w for w in SERVICE_ROLES if someones_name(w)]


_BUSINESS = {
    "es_ES": ("Gimnasio", "Imprenta", "Residencia"),
    "pt_BR": ("Garagem", "Editora", "Ginásio"),
    "de_DE": ("Autohaus", "Druckerei", "Verlag", "Pflegeheim", "Immobilien"),
    "fr_FR": ("Éditions", "Imprimerie", "Carrosserie", "Brasserie"),
    "nl_NL": ("Uitgeverij", "Makelaardij", "Drukkerij", "Verpleeghuis", "Sportschool"),
    "it_IT": ("Tipografia", "Edizioni", "Palestra", "Trattoria", "Immobiliare"),
    "en_GB": ("Gym", "Fitness", "Lettings"),
    "el_GR": ("Γυμναστήριο", "Εκδόσεις"),
    "pl_PL": ("Wydawnictwo", "Drukarnia", "Siłownia"),
}


@pytest.mark.parametrize("locale", sorted(_BUSINESS))
def test_business_noun_with_a_place_heads_a_form(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(35)
    for noun in _BUSINESS[locale]:
        words = [w for c in (fake.city() for _ in range(60)) for w in c.split() if len(w) > 3 and w[0].isupper()]
        places = [w for w in words if not someones_name(w.lower())][:5]  # "Santo", "Duarte": a given name keeps it
        assert places
        for place in places:
            org = f"{noun} {place}"
            text = f"Registration – {org}\nName: {fake.name()}\n"
            a, b = _hit(text, org)
            assert organisation_name(text, Span("PERSON", a, b, 0.75, "pii.person_chat")), org
        person = fake.name()
        text = f"Registration – {noun}\nName: {person}\n"
        a, b = _hit(text, person)
        assert not organisation_name(text, Span("PERSON", a, b, 0.75, "pii.field_label")), person


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _gs1_check(body: str) -> str:
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def _cards(text: str) -> set[str]:
    from redactor.detect.pii.financial import CreditCardDetector

    return {text[s.start : s.end] for s in CreditCardDetector().detect(text) if s.entity == "CREDIT_CARD"}


def test_sscc_is_no_card_context_but_cc_is() -> None:
    """An SSCC (GS1: extension digit, company prefix, serial, mod-10 check; 18 digits) that also
    passes Luhn is no card after ``SSCC``; a card after the abbreviation ``cc`` still is."""
    rng = random.Random(18)
    ssccs: list[str] = []
    while len(ssccs) < 20:
        body = str(rng.randint(0, 9)) + "".join(rng.choice("0123456789") for _ in range(16))
        sscc = body + _gs1_check(body)
        if _luhn_ok(sscc) and len(set(sscc)) > 3:
            ssccs.append(sscc)
    for sscc in ssccs:
        for frame in ("pallet SSCC {} scanned at dock 4", "label (SSCC: {}) printed", "INFO sscc={} received"):
            text = frame.format(sscc)
            assert sscc not in _cards(text), text
    for _ in range(20):
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
        card = next(body + d for d in "0123456789" if _luhn_ok(body + d))
        for frame in ("my cc {} exp 09/29", "CC: {}", "PAN: {}"):
            text = frame.format(card)
            assert card in _cards(text), text
