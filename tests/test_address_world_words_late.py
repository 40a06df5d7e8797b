"""Session 13 late additions to `address_world_words`: Turkic and Mongolian units written after an
ordinal number (``12-батир``, ``15-uy``, ``1-р хороо``), and the flat, house and district words of
Kyrgyz, Tajik, Tatar/Bashkir, Uzbek, Georgian, Uyghur and Iraqi/Sudanese Arabic, generated from
the word lists x street cores x numbers x carriers; near misses stay unmasked."""

# ruff: noqa: RUF001, RUF002  -- letters of other scripts are the point here.
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.address_world_words import MARKS, NUMBER_FIRST, UNITS

CORES = (
    "Чүй проспекти 120",
    "Абай даңғылы 52",
    "Амир Темур кўчаси 15",
    "Amir Temur ko'chasi 15",
    "Тукай урамы 8",
    "Энхтайваны өргөн чөлөө 12",
)
"""Street cores the detector finds on their own (a type of the lists and a house number)."""

SUFFIXES = ("", "р ", "се ", "чи ")
"""Ordinal suffixes between the hyphen and the word: none (``14-уй``), Mongolian ``-р``, Tatar
``-се``, Uzbek ``-чи``."""

CARRIERS = {
    "prose": "Please send the documents to {a} before Monday.",
    "form": "Ticket 88\nCustomer address: {a}\nPriority: low\n",
    "json": '{{"ticket": 88, "address": {j}}}',
}


def number_first() -> Iterator[str]:
    for i, word in enumerate(sorted(NUMBER_FIRST)):
        core = CORES[i % len(CORES)]
        suffix = SUFFIXES[i % len(SUFFIXES)]
        yield f"{core}, {3 + 7 * i}-{suffix}{word}"


def new_units() -> Iterator[str]:
    groups = {"ky": UNITS["ky"], "tt_ba": UNITS["tt_ba"], "uz": UNITS["uz"], "ka": UNITS["ka"], "tg": MARKS["tg"]}
    for i, word in enumerate(w for v in groups.values() for w in v.split("|")):
        yield f"{CORES[i % len(CORES)]}, {word} {4 + 9 * i}"


def _text(address: str, carrier: str) -> tuple[str, str]:
    written = json.dumps(address, ensure_ascii=False)[1:-1] if carrier == "json" else address
    return CARRIERS[carrier].format(a=address, j=json.dumps(address, ensure_ascii=False)), written


def _masked(text: str, gold: str) -> float:
    start = text.index(gold)
    mask = [False] * len(gold)
    for f in LocaleAddressDetector().detect(text):
        for k in range(max(f.start, start), min(f.end, start + len(gold))):
            mask[k - start] = True
    return sum(mask) / len(gold)


CASES = [(a, c) for a in (*number_first(), *new_units()) for c in CARRIERS]


@pytest.mark.parametrize(("address", "carrier"), CASES)
def test_units_after_the_core_belong_to_the_address(address: str, carrier: str) -> None:
    text, gold = _text(address, carrier)
    assert _masked(text, gold) == 1.0, text


def test_cases_cover_every_number_first_word() -> None:
    assert len(CASES) >= 3 * len(NUMBER_FIRST)
    assert {a.split("-")[-1].split()[-1] for a in number_first()} == set(NUMBER_FIRST)


@pytest.mark.parametrize(
    "text",
    [
        "Ленин урамы бик матур, 12 кеше килде.",
        "Sprint 14-uy review moved to Friday.",
        "See section 3-р хороо in the report, 2024.",
        "دار النشر أصدرت 12 كتابا في 2024",
        "The 7-батир template is in config v2.1.",
        "Тошкент тумани статистикаси: 2023 йил",
    ],
)
def test_near_misses_stay(text: str) -> None:
    assert [text[f.start : f.end] for f in LocaleAddressDetector().detect(text)] == []
