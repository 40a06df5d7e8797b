"""Session 11 (negpii): a place the model finds in a text without personal data (`ner_filter`).

A city whose name is also a family name (``Madrid``, ``Lima``) is kept by the NER adapter for
the people the model labels places; in a technical sentence of a text that holds no personal data
it is dropped, unless the clause tells someone's whereabouts (travel and dwelling words, first
person). Generated: Faker city names of four locales in technical and personal templates; given
names the model labels places (``Rafael``) stay.
"""

from __future__ import annotations

from faker import Faker

_PLACE_TECH = [
    "The API gateway for the {c} warehouse returns 502 since the deploy.",
    "We compared Deliveroo, DoorDash and Glovo for the pilot in {c}; the webhook schema differs.",
    "Staging cluster config for the {c} plant is in the repo.",
]
_PLACE_PERSONAL = [
    "I'm flying to {c} next week; the booking app token still fails.",
    "She moved to {c} last year, so update the billing config.",
    "I visited {c} last summer; the API refund job failed.",
]


def _given_word(value: str) -> bool:
    from redactor.detect.ner_filter import _GIVEN

    return any(t.lower().strip(".,") in _GIVEN for t in value.split())


def test_named_places_alone_in_technical_text() -> None:
    from redactor.detect.ner_filter import lone_technical_name
    from redactor.detect.presidio_adapter import _known_name

    cities = {"Madrid", "Lima", "Toledo", "Lagos", "Tehran", "Kemi"}
    for loc in ("es_ES", "pt_BR", "it_IT", "de_DE"):
        fake = Faker(loc)
        fake.seed_instance(12)
        cities.update(fake.city() for _ in range(15))
    dropped_any = 0
    for city in sorted(cities):
        for template in _PLACE_TECH + _PLACE_PERSONAL:
            text = template.format(c=city)
            i = text.index(city)
            dropped = lone_technical_name(
                text, i, i + len(city), text_has_pii=False, known_name=_known_name, place=True
            )
            if template in _PLACE_PERSONAL:
                assert not dropped, text
            else:
                assert dropped == (not _given_word(city)), text
                dropped_any += dropped
            # with personal data elsewhere in the text a place is never dropped here
            assert not lone_technical_name(
                text, i, i + len(city), text_has_pii=True, known_name=_known_name, place=True
            )
    assert dropped_any >= len(cities)
    # given names the model labels places are people: kept
    for name in ("Rafael", "Zeynep", "Kateryna", "Felipe"):
        text = _PLACE_TECH[0].format(c=name)
        i = text.index(name)
        assert not lone_technical_name(text, i, i + len(name), text_has_pii=False, known_name=_known_name, place=True)
