"""Faker's given names (`given_names.BROAD_GIVEN_NAMES`, from `names_data`) in `pii.given_name`,
and Faker's uncased-script given names in `pii.script_name`.

A broad name is weaker evidence than a hand-written one: it must start a run of two or more
name tokens, one of them not an English word, and is never taken alone or in lower case.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, UNCASED_GIVEN_NAMES
from redactor.detect.pii.lexnames import GivenNameDetector
from redactor.detect.pii.scripts import ScriptNameDetector

_GIVEN = GivenNameDetector()
_SCRIPT = ScriptNameDetector()


def _found(detector: GivenNameDetector | ScriptNameDetector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text)]


def test_the_broad_names_used_here_are_not_hand_written() -> None:
    for name in ("babatunji", "kenneth", "mwaura", "ζαφείρης", "всеволод", "արմեն"):
        assert name in BROAD_GIVEN_NAMES and name not in GIVEN_NAMES, name
    assert "אריה" in UNCASED_GIVEN_NAMES  # Hebrew, from Faker's he_IL list


HITS = [
    ("17,Babatunji Makinde,platform,2024-03-01", "Babatunji Makinde"),  # a CSV row without header
    ("Kenneth Reitz wrote the first version", "Kenneth Reitz"),  # no cue at all
    ("Mwaura Cherono: the build is green", "Mwaura Cherono"),  # a chat speaker
    ("| Ζαφείρης Μπαλτατζής | migrate |", "Ζαφείρης Μπαλτατζής"),  # Greek in a Markdown cell
    ("Всеволод Сорокин: готово", "Всеволод Сорокин"),  # Cyrillic
    ("Արմեն Պարոնիկյան, ինժեներ", "Արմեն Պարոնիկյան"),  # Armenian is cased too
    ("BABATUNJI MAKINDE", "BABATUNJI MAKINDE"),  # a shouted heading alone on its line
]


@pytest.mark.parametrize(("text", "name"), HITS, ids=[h[1] for h in HITS])
def test_broad_given_name_starts_a_run(text: str, name: str) -> None:
    assert _found(_GIVEN, text) == [name]


NEAR_MISSES = [
    ("thanks Babatunji for the fix", "a broad name alone is not enough"),
    ("babatunji makinde has the file and will send it", "nor in lower case"),
    ("Copyright (c) 2019 Kenneth Stone", "the rest of the run is an English word"),
    ("class BabatunjiParser(Base):", "an identifier"),
    ("see Babatunji.py for details", "a file name"),
    ("> 808 Kálmán Imre u. 12.", "a Hungarian street named after a person"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[n[1] for n in NEAR_MISSES])
def test_broad_given_name_near_misses(text: str, why: str) -> None:
    assert _found(_GIVEN, text) == []


def test_uncased_given_name_from_faker_and_the_word_after() -> None:
    assert _found(_SCRIPT, "אריה פרץ מחכה לתשובה") == ["אריה פרץ"]
