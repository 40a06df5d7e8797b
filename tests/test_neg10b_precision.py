"""Session 10 (late): three classes of false positives of holdout22/23, each row with a kept twin.

- a chat-export speaker is read only after a bracket that holds a time or a date
  (``[09:14] tomasz.w: ...``); git's ``[main 5d7e2b9] fix: ...`` and a tool tag's
  ``[browser_snapshot] page: ...`` name a commit type and a field (`pii.account`);
- a personal word says something about an NER hit only in the hit's own clause: after a
  semicolon another subject starts (`ner_filter.personal_sentence`);
- a coding agent named like a person is the speaker of a rendered transcript before a triangle,
  arrow head or guillemet too, not only before a middle dot (`service_words.agent_name`);
- a card number one digit fills three quarters of is a sandbox or dummy number
  (`financial.card_ok`: ``4000 0000 0000 0002``).
"""

from __future__ import annotations

import pytest

from redactor.detect.ner_filter import personal_sentence
from redactor.detect.pii.accounts import AccountNameDetector
from redactor.detect.pii.financial import CreditCardDetector
from redactor.detect.presidio_adapter import NerAdapter
from redactor.detect.service_words import agent_name


def _logins(text: str) -> set[str]:
    return {text[s.start : s.end] for s in AccountNameDetector().detect(text) if s.entity == "USERNAME"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dropped: a bracket without a time or a date
        ("[main 5d7e2b9] fix: round the late fee down\n 2 files changed", set()),
        ("[browser_snapshot] page: https://booking.example/checkout", set()),
        ("[feature/login 1a2b3c4] chore: bump deps", set()),
        ("[INFO] status: ok", set()),
        # kept twins: the same line shape after a time or a date
        ("[10:02] lucia: the build is green", {"lucia"}),
        ("[09:14] tomasz.w: rollback done", {"tomasz.w"}),
        ("[2024-03-01 09:14:22] kmensah: pushed the fix", {"kmensah"}),
        ("[3/14/24, 9:14 AM] mkowalski: on my way", {"mkowalski"}),
        ("[14h05] amelie.r: c'est fait", {"amelie.r"}),
    ],
)
def test_chat_speaker_needs_a_time_stamp(text: str, expected: set[str]) -> None:
    assert _logins(text) == expected


_TELCOS = (
    "Comparison for the board memo: Telefónica, Telenor and Swisscom all expose CAMARA-based network"
    " APIs; Vodafone and Deutsche Telekom joined the GSMA Open Gateway in 2023."
)


def _hit(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


def test_a_personal_word_counts_only_in_the_hits_clause() -> None:
    assert not personal_sentence(_TELCOS, *_hit(_TELCOS, "Telefónica"))
    # kept twins: the personal word in the hit's own clause, or a sentence bound instead of ';'
    same_clause = _TELCOS.replace("all expose", "joined and expose")
    assert personal_sentence(same_clause, *_hit(same_clause, "Telefónica"))
    no_semicolon = _TELCOS.replace("APIs; Vodafone", "APIs and Vodafone")
    assert personal_sentence(no_semicolon, *_hit(no_semicolon, "Telefónica"))


@pytest.mark.parametrize(
    ("text", "value", "agent"),
    [
        ("Devin ▸ Opened ticket LEG-812", "Devin", True),
        ("Cody \u203a Reading the deployment notes", "Cody", True),
        ("Jules \u276f Done.", "Jules", True),
        ("Devin » Found the token in settings.py", "Devin", True),
        # kept twins: not at the line start, not an agent's name, a person's full name
        ("Hi Devin ▸ thanks for the fix", "Devin", False),
        ("Marta ▸ Opened ticket LEG-812", "Marta", False),
        ("Devin Okafor ▸ Opened ticket LEG-812", "Devin Okafor", False),
    ],
)
def test_agent_speaker_before_a_separator_glyph(text: str, value: str, agent: bool) -> None:
    assert agent_name(text, *_hit(text, value)) is agent


@pytest.fixture(scope="module")
def ner() -> NerAdapter:
    return NerAdapter()


def _persons(ner: NerAdapter, text: str) -> set[str]:
    (spans,) = ner.analyze_batch([text], [[]])
    return {text[s.start : s.end] for s in spans if s.entity == "PERSON"}


def test_through_the_adapter(ner: NerAdapter) -> None:
    assert "Telefónica" not in _persons(ner, _TELCOS)
    transcript = "Devin ▸ Opened ticket LEG-812 for the lease migration\nDevin ▸ Drafting the migration script"
    assert "Devin" not in _persons(ner, transcript)
    # kept twin: a person's name in an ordinary sentence of the same text shape
    person = "Yesterday Devin Okafor told me the lease migration was blocked; the ticket is LEG-812."
    assert "Devin Okafor" in _persons(ner, person)


def _cards(text: str) -> set[str]:
    return {text[s.start : s.end] for s in CreditCardDetector().detect(text) if s.entity == "CREDIT_CARD"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| 4000 0000 0000 0002 | declined |", set()),
        ("Mastercard test card 5555 5555 5555 4444 succeeds", set()),
        ("card: 4000000000000077", set()),
        # kept twins: real-shaped numbers of the same brands and layout, one with ten zeros
        ("| 4539 1488 0343 6467 | declined |", {"4539 1488 0343 6467"}),
        ("Mastercard 5425 2334 3010 9903 on file", {"5425 2334 3010 9903"}),
        ("card: 4000 0000 0000 9995", {"4000 0000 0000 9995"}),
    ],
)
def test_a_card_one_digit_fills_is_a_dummy(text: str, expected: set[str]) -> None:
    assert _cards(text) == expected
