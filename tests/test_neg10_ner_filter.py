"""Session 10: a name the model finds alone in technical text is a thing (`redactor.detect.ner_filter`).

Each dropped row has a kept twin of the same shape: a known name, an English-word name, a
personal word in the sentence, other personal data in the text, or no technical word.
"""

from __future__ import annotations

import pytest

from redactor.detect.ner_filter import (
    Evidence,
    lone_technical_name,
    name_words_unknown,
    personal_sentence,
    products_around,
    project_name,
    technical_sentence,
)
from redactor.detect.presidio_adapter import NerAdapter, _known_name
from redactor.detect.span import Span


def _hit(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


@pytest.mark.parametrize(
    ("value", "unknown"),
    [
        ("Kerlink", True),  # a vendor: no name, no English word
        ("Solarpark Ploiești", True),  # two words, neither a name nor English
        ("Lisbon", True),  # a gazetteer place
        ("Dale", False),  # an English word that is also a name: never dropped here
        ("Jasmine", False),  # likewise
        ("Giulia", False),  # a given name of the lexicons
        ("Valentina Kerlink", False),  # one known name is enough
    ],
)
def test_name_words_unknown(value: str, unknown: bool) -> None:
    assert name_words_unknown(value, _known_name) is unknown


@pytest.mark.parametrize(
    ("text", "value", "technical"),
    [
        ("the Getir webhook handler verifies signatures", "Getir", True),  # a technical noun
        ("plant Emden, VIN checked", "Emden", True),  # an acronym
        ("We compared DoorDash and Glovo for the pilot", "Glovo", True),  # an inner capital
        ("see src/hooks before Riffyn", "Riffyn", True),  # a path
        ("Valida spent a year at the harbour", "Valida", False),  # plain prose
        ("Brazil is where the summer was", "Brazil", False),
    ],
)
def test_technical_sentence(text: str, value: str, technical: bool) -> None:
    assert technical_sentence(text, *_hit(text, value)) is technical


def test_a_secret_in_the_sentence_makes_it_technical() -> None:
    text = "Artwork Archive is one and the Libib one is correct-horse-battery"
    start, end = _hit(text, "Libib")
    secret = _hit(text, "correct-horse-battery")
    assert not technical_sentence(text, start, end)
    assert technical_sentence(text, start, end, lambda lo, hi: lo < secret[1] and secret[0] < hi)
    # a secret in another sentence says nothing about this one
    far = "The Libib one is here.\nNext line correct-horse-battery"
    s2 = _hit(far, "correct-horse-battery")
    assert not technical_sentence(far, *_hit(far, "Libib"), lambda lo, hi: lo < s2[1] and s2[0] < hi)


@pytest.mark.parametrize(
    ("text", "value", "personal"),
    [
        ("ask Kowalik about the webhook, he knows", "Kowalik", True),  # a pronoun
        ("Mr Kowalik rotated the token", "Kowalik", True),  # a title
        ("the customer Kowalik called about the API", "Kowalik", True),  # a person noun, a verb
        ("Kowalik's token expired", "Kowalik", True),  # a possessive after the hit
        ("Kowalik webhook handler fails", "Kowalik", False),
    ],
)
def test_personal_sentence(text: str, value: str, personal: bool) -> None:
    assert personal_sentence(text, *_hit(text, value)) is personal


def test_another_person_in_the_sentence_is_personal() -> None:
    text = "> Climate Corp is the brainchild of our 3 partners: Šušulić, Bowman and Whitfield."
    start, end = _hit(text, "Šušulić")
    assert not personal_sentence(text, start, end)
    assert personal_sentence(text, start, end, [_hit(text, "Bowman")])
    assert not personal_sentence(text, start, end, [(start, end)])  # the hit itself is no evidence
    assert not technical_sentence(text, start, end)  # a quote marker and a bare number are no code


@pytest.mark.parametrize(
    ("text", "value", "has_pii", "dropped"),
    [
        ("Gateway fleet notes: Kerlink admin password is rotated", "Kerlink", False, True),
        ("Gateway fleet notes: Kerlink admin password is rotated", "Kerlink", True, False),  # other PII in the text
        ("Gateway fleet notes: Giulia admin password is rotated", "Giulia", False, False),  # a known name
        ("Dale and White were precision engineers in the API team", "Dale", False, False),  # an English-word name
        ("Järvilehto spent a year at the harbour", "Järvilehto", False, False),  # no technical word
        ("Thanks Järvilehto, the API key works now", "Järvilehto", False, False),  # a greeting
    ],
)
def test_lone_technical_name(text: str, value: str, has_pii: bool, dropped: bool) -> None:
    got = lone_technical_name(text, *_hit(text, value), text_has_pii=has_pii, known_name=_known_name)
    assert got is dropped


@pytest.mark.parametrize(
    ("text", "value", "dropped"),
    [
        ("Tests run under Jasmine and Karma, then under Mocha with Sinon in Node.", "Jasmine", True),
        ("the firmware team writes Ada, the data team runs Kafka and Cassandra", "Ada", True),
        # near misses: one product only, a personal word, two words
        ("Dale set up Kafka for the firmware team", "Dale", False),
        ("Dale said the Kafka and Cassandra upgrade is done", "Dale", False),
        ("Ada Lovelace notes on Kafka and Cassandra", "Ada Lovelace", False),
    ],
)
def test_name_like_word_among_products(text: str, value: str, dropped: bool) -> None:
    got = lone_technical_name(text, *_hit(text, value), text_has_pii=False, known_name=_known_name)
    assert got is dropped
    # never with other personal data in the text
    assert not lone_technical_name(text, *_hit(text, value), text_has_pii=True, known_name=_known_name)


@pytest.mark.parametrize(
    ("text", "value", "project"),
    [
        ("Project Vega ships the onboarding API next sprint.", "Vega", True),  # after "Project"
        ("The Atlas migration moves billing to Postgres.", "Atlas", True),  # before a project noun
        ("Atlas is the codename for the search rewrite.", "Atlas", True),  # "is the codename"
        # near misses: a possessive, a person's verb, no frame
        ("Vega's branch fails the lint job.", "Vega", False),
        ("Vega merged the migration yesterday.", "Vega", False),
        ("We deprecated Nova after the gateway went live.", "Nova", False),
    ],
)
def test_project_name(text: str, value: str, project: bool) -> None:
    assert project_name(text, *_hit(text, value)) is project


def test_a_project_frame_drops_a_name_like_word_only_without_personal_evidence() -> None:
    text = "Project Vega ships the onboarding API next sprint."
    hit = _hit(text, "Vega")
    assert lone_technical_name(text, *hit, text_has_pii=False, known_name=_known_name)
    assert not lone_technical_name(text, *hit, text_has_pii=True, known_name=_known_name)
    asked = "Ask in the Vega channel before merging."  # "ask": someone is addressed
    assert not lone_technical_name(asked, *_hit(asked, "Vega"), text_has_pii=False, known_name=_known_name)


def test_products_around_counts_distinct_products() -> None:
    text = "Tests run under Jasmine and Karma, then under Mocha with Sinon and Mocha in Node."
    assert products_around(text, *_hit(text, "Jasmine")) == 3  # Mocha, Sinon, Node; Karma is a name
    assert products_around("We use Kafka here", *_hit("We use Kafka here", "We")) == 1


def test_evidence_counts_personal_data_not_secrets() -> None:
    assert not Evidence([Span("SECRET", 0, 5, 0.9, "s")]).personal
    assert Evidence([Span("SECRET", 0, 5, 0.9, "s"), Span("EMAIL_ADDRESS", 9, 20, 0.9, "e")]).personal
    assert not Evidence([]).personal


@pytest.fixture(scope="module")
def ner() -> NerAdapter:
    return NerAdapter()


def _values(ner: NerAdapter, text: str, known: list[Span]) -> set[str]:
    (spans,) = ner.analyze_batch([text], [known])
    return {text[s.start : s.end] for s in spans}


_KERLINK = "Gateway fleet notes \u2014 Kerlink WMC admin password is rotated after the field trial."
_LIBIB = "The Libib one is correct-horse-battery58b20af949042438bc0dcf3adbcf-700970 and goes into the inventory tool."


@pytest.mark.parametrize(
    ("text", "value", "secret"),
    [
        (_KERLINK, "Kerlink", None),
        (_LIBIB, "Libib", "correct-horse-battery58b20af949042438bc0dcf3adbcf-700970"),
    ],
)
def test_through_the_adapter(ner: NerAdapter, text: str, value: str, secret: str | None) -> None:
    """The model's hit is reported when the adapter is not told what the pattern detectors found
    (the filter is off), dropped when they found nothing personal (a secret is no personal data),
    and kept when they found an e-mail address in the same text."""
    (alone,) = ner.analyze_batch([text])
    assert value in {text[s.start : s.end] for s in alone}
    known = [Span("SECRET", *_hit(text, secret), 0.9, "secret.test")] if secret else []
    assert value not in _values(ner, text, known)
    email = f"{text} Mail sofia.marchetti@example.it"
    mail = Span("EMAIL_ADDRESS", email.index("sofia"), len(email), 0.9, "pii.email")
    assert value in _values(ner, email, [*known, mail])
