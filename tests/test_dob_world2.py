"""Birth cues of `dob_world2` (session 16): every entry introduces a date of birth on a form line, a
record key and in a sentence; the same words without a date, or before another event's date, mask
nothing. Cases are generated from the table (dates from a seeded generator), not taken from any set;
a coverage test names the languages of the table."""

# ruff: noqa: RUF001  -- birth words of other scripts are the point here.
from __future__ import annotations

import random

import pytest

from redactor.detect.pii.dob_cues import DobCueDetector
from redactor.detect.pii.dob_vocab import STEMS as ALL_STEMS
from redactor.detect.pii.dob_vocab import WORDS as ALL_WORDS
from redactor.detect.pii.dob_world2 import STEMS, WORDS

_RNG = random.Random(1628)
_DET = DobCueDetector()


def _date() -> str:
    y, m, d = _RNG.randint(1931, 2012), _RNG.randint(1, 12), _RNG.randint(1, 28)
    fmt = _RNG.choice(("{d:02d}.{m:02d}.{y}", "{d:02d}/{m:02d}/{y}", "{d:02d}-{m:02d}-{y}", "{y}-{m:02d}-{d:02d}"))
    return fmt.format(d=d, m=m, y=y)


def found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in _DET.detect(text) if s.entity == "DATE_OF_BIRTH"}


def _label(cue: str) -> str:
    return cue[:1].upper() + cue[1:]


CUES = [*STEMS, *WORDS]
FORM = [(f"Intake\nName: X\n{_label(c)}: {d}\nWard: 3\n", d) for c in CUES for d in [_date()]]
LOWER_FORM = [(f"intake | {c} | {d} | ward 3", d) for c in CUES for d in [_date()]]
SENTENCE = [(f"{_label(c)} {d} in the district hospital.", d) for c in WORDS for d in [_date()]]


@pytest.mark.parametrize(("text", "value"), FORM + LOWER_FORM, ids=[f"form-{i}" for i in range(2 * len(CUES))])
def test_form_line(text: str, value: str) -> None:
    assert found(text) == {value}, text


@pytest.mark.parametrize(("text", "value"), SENTENCE, ids=[f"sentence-{i}" for i in range(len(SENTENCE))])
def test_word_before_date(text: str, value: str) -> None:
    assert found(text) == {value}, text


@pytest.mark.parametrize("cue", [c for c in STEMS if " " in c and c.isascii() and "'" not in c])
def test_record_key(cue: str) -> None:
    """A Latin-script phrase as a snake_case key, with the date as its value."""
    key = "_".join(cue.split())
    date = _date()
    text = f'{{"id": 7, "{key}": "{date}"}}'
    assert found(text) == {date}, text


@pytest.mark.parametrize("cue", CUES)
def test_no_date_no_span(cue: str) -> None:
    assert found(f"{_label(cue)}: (not given)\nVersion 2.4.1, build 20") == set()


@pytest.mark.parametrize("cue", STEMS)
def test_other_event_between(cue: str) -> None:
    """A birth label, then a death date: the date after ``died`` is not the birth date."""
    text = f"{_label(cue)}: unknown, died {_date()}"
    assert found(text) == set(), text


LANGUAGES = {
    "ky": "туулган", "eo": "naskiĝdato", "hsb": "datum narodźenja", "ig": "ụbọchị ọmụmụ", "yo": "ọjọ́ ìbí",
    "to": "ʻaho fāʻeleʻi", "om": "dhalate", "co": "natu", "sd": "ڄائو", "ha": "an haife shi", "zu_xh": "wazalwa",
}  # fmt: skip
"""The languages of `dob_world2`, each with one of its entries."""


def test_languages_covered() -> None:
    assert all(cue in CUES for cue in LANGUAGES.values())
    assert set(STEMS) <= set(ALL_STEMS) and set(WORDS) <= set(ALL_WORDS)
