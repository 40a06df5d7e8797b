"""The English model reads only English pieces as it likes: in a piece of another language it
keeps only hits holding a given or family name the lexicons know, so capitalised nouns of German,
Spanish or Turkish prose are no longer people or places, while names in such prose still are."""

# ruff: noqa: RUF001  -- foreign letters are intended.
from __future__ import annotations

import pytest

from redactor.detect.ner_input import english_enough

GERMAN = "Beide Dienste laufen im Rechenzentrum Hamburg-Billbrook, die Umstellung ist für Montag geplant."
SPANISH = "Despliega el servicio en producción y avisa cuando termine la migración de la base de datos."


@pytest.mark.parametrize(
    "piece",
    [
        "I will be travelling to Estonia next week.",  # no marker word, but all English words
        "Ms. Rennie flew to Paris on Friday morning.",
        "Please ask Maria Schmidt to review the pull request before we merge it tonight.",
        "Hallo Jonas, danke!",  # too short to decide
    ],
)
def test_english_pieces(piece: str) -> None:
    assert english_enough(piece)


@pytest.mark.parametrize(
    "piece",
    [
        GERMAN,
        SPANISH,
        "Merci de vérifier la configuration du serveur avant la mise en production demain matin.",
        "Zeynep Hanım, yarınki toplantı için raporu hazırlayabilir misiniz? Teşekkürler.",
    ],
)
def test_pieces_in_other_languages(piece: str) -> None:
    assert not english_enough(piece)


@pytest.mark.slow
def test_nouns_of_other_languages_are_not_people_or_places(real_engine) -> None:  # type: ignore[no-untyped-def]
    for text in (
        GERMAN,
        "Kurze Erinnerung: die Wartung der Ereignisse beginnt morgen um zehn, bitte alle Jobs pausieren.",
    ):
        spans = real_engine.analyze([text])[0]
        assert [(s.entity, text[s.start : s.end]) for s in spans if s.detector == "ner.spacy"] == []


@pytest.mark.slow
def test_known_names_in_other_languages_are_still_found(real_engine) -> None:  # type: ignore[no-untyped-def]
    text = "Lieber Kollege, bitte schick den Bericht an Felipe Moreno bis Freitag, sonst wird es knapp."
    spans = real_engine.analyze([text])[0]
    start = text.index("Felipe Moreno")
    assert any(s.start <= start and s.end >= start + len("Felipe Moreno") for s in spans if s.entity == "PERSON")
