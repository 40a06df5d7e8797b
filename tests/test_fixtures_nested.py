"""A value read inside a strong stand-in (the digits of a sample IBAN or test card read as a phone)
is judged with the stand-in (`fixtures.fixture_text`); a value beside it is judged on its own."""

from __future__ import annotations

import re

import pytest
from faker import Faker

from redactor.detect.pii.fixtures import EXAMPLE_IBANS, TEST_CARDS, fixture_text, without_stand_ins
from redactor.detect.span import Span

_FRAMES = (
    "Format reminder: two letters, two check digits, then the account (e.g. {v}). Check mod-97.",
    "Docs example: {v} -- never a customer's.",
    "| sample | {v} |",
)


def _grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def _spans(text: str, value: str, entity: str) -> list[Span]:
    start = text.index(value)
    whole = Span(entity=entity, start=start, end=start + len(value), score=0.95, detector="pii.x")
    digits = re.compile(r"\d[\d ]{9,}\d").search(value, 5)  # past the first group: strictly inside
    assert digits is not None
    inner = Span(
        entity="PHONE_NUMBER", start=start + digits.start(), end=start + digits.end(), score=0.6, detector="pii.phone"
    )
    return [inner, whole]


@pytest.mark.parametrize("frame", _FRAMES)
def test_parts_of_sample_values_go_with_them(frame: str) -> None:
    cases = [(_grouped(v), "IBAN_CODE") for v in sorted(EXAMPLE_IBANS)]
    cases += [(_grouped(c), "CREDIT_CARD") for c in sorted(TEST_CARDS) if len(c) == 16]
    assert len(cases) >= 10
    for value, entity in cases:
        text = frame.format(v=value)
        spans = _spans(text, value, entity)
        assert fixture_text(text, spans), text
        assert without_stand_ins(text, spans) == [], text


@pytest.mark.parametrize("locale", ["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB"])
def test_real_values_and_neighbours_stay(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(32)
    sample = _grouped(sorted(EXAMPLE_IBANS)[0])
    for _ in range(10):
        real = _grouped(fake.iban())
        if real.replace(" ", "") in EXAMPLE_IBANS:
            continue
        text = f"Bitte überweisen an {real}, danke."
        assert not fixture_text(text, _spans(text, real, "IBAN_CODE")), text
        # a sample IBAN beside a real phone: the phone is no part of it and keeps the text real
        phone = fake.msisdn()[:11]
        text = f"e.g. {sample}; call {phone}"
        start = text.index(phone)
        spans = [
            *_spans(text, sample, "IBAN_CODE")[1:],
            Span(entity="PHONE_NUMBER", start=start, end=start + len(phone), score=0.6, detector="pii.phone"),
        ]
        assert not fixture_text(text, spans), text
