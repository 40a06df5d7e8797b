"""`pii.address_locality`: addresses without a house number that end in a town of the gazetteer.

Generated cases: street names of Faker's address locales (house numbers left out) before towns
drawn from `locality_data.LOCALITIES`, in the carriers the rules read (a street word, a unit or
plot number, an address label, a phone number before the run), and the same towns in lists,
after company names, years and copyright lines, where nothing may be found.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator

import pytest
from faker import Faker

from redactor.detect.pii import address_locality
from redactor.detect.pii.address_locality import LocalityAddressDetector
from redactor.detect.pii.locality_data import COUNTRIES, LOCALITIES

DETECTOR = LocalityAddressDetector()
_STREET_LOCALES = ("en_US", "en_GB", "en_AU", "en_NZ", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "id_ID", "ro_RO")


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text)]


def _towns(n: int, seed: int) -> list[str]:
    """`n` one-word Latin towns of the gazetteer, title-cased (sorted first: a stable draw)."""
    pool = sorted(w for w in LOCALITIES if w.isascii() and w.isalpha() and len(w) >= 6)
    return [w.title() for w in random.Random(seed).sample(pool, n)]


def _streets(locale: str, n: int) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(17)
    out: list[str] = []
    while len(out) < n:
        name = fake.street_name()
        if " " in name and not any(c.isdigit() for c in name):
            out.append(name)
    return out


@pytest.mark.parametrize("locale", _STREET_LOCALES)
def test_street_without_number_before_a_town_is_an_address(locale: str) -> None:
    towns = _towns(6, _STREET_LOCALES.index(locale))
    hits = 0
    for street, town in zip(_streets(locale, 6), towns, strict=True):
        text = f"The parcel goes to {street}, {town}. Thanks!"
        hits += f"{street}, {town}" in _found(text)
    assert hits >= 5, locale


@pytest.mark.parametrize("seed", range(4))
def test_plot_box_and_unit_numbers_carry_an_address(seed: int) -> None:
    area, town = _towns(2, 100 + seed)
    runs = (f"Plot {seed + 12}, {area}, {town}", f"P.O. Box {seed + 88}, {town}", f"Block {seed + 3}, {area}, {town}")
    for run in runs:
        assert run in _found(f"We delivered it to {run} yesterday."), run


def test_postcode_and_country_after_the_town_are_taken_in() -> None:
    (area,) = _towns(1, 7)
    found = _found(f"Send the form to Lot 4, {area} Estate, Kigali 00100, Rwanda please")
    assert found == [f"Lot 4, {area} Estate, Kigali 00100, Rwanda"]


@pytest.mark.parametrize("seed", range(4))
def test_bare_parts_need_a_label_or_a_phone_before_them(seed: int) -> None:
    a, b = _towns(2, 200 + seed)
    a, b = a + "ville", b + "koro"  # not towns themselves
    run = f"{a}, {b}, Nairobi"
    assert _found(f"Our team met in {run} last year.") == []
    assert run in _found(f"Mteja: Asha, anwani {run}.")
    assert run in _found(f"Customer: Asha, tel +254 700 123 456, lives {run}.")


def test_native_script_parts_end_in_a_native_town_name() -> None:
    # combining marks (Arabic shadda, Devanagari vowel signs) are part of a word
    assert "شارع النور، بناية السلّم، بيروت" in _found("العنوان: شارع النور، بناية السلّم، بيروت")
    assert "पुरानो बजार मार्ग, काठमाडौं" in _found("ठेगाना: पुरानो बजार मार्ग, काठमाडौं")
    assert "شارع النور، بناية السلام، بيروت" in _found("العنوان: شارع النور، بناية السلام، بيروت")
    # a lower-case street word may start the run; the lower-case word before it may not
    assert _found("нешто улица Мира 3, Београд") == ["улица Мира 3, Београд"]


@pytest.mark.parametrize("seed", range(5))
def test_towns_in_lists_and_prose_are_no_address(seed: int) -> None:
    a, b, c = _towns(3, 300 + seed)
    for text in (
        f"We have offices in {a}, {b}, {c} and Berlin.",
        f"{a}, {b}, {c}",
        f"Acme Ltd, {a} is a vendor.",
        f"In 2019, {a} hosted the meetup.",
        f"Copyright 2009 Red Hat, {a}",
        f"Hello, {a}!",
        f"Senior Engineer, {a}",
    ):
        assert _found(text) == [], text


def test_a_list_of_countries_and_towns_is_no_address() -> None:
    countries = sorted(c.title() for c in COUNTRIES if c.isascii() and c.isalpha())[:3]
    assert _found(f"Shipping to {', '.join(countries)}, Nairobi is free.") == []


def test_code_is_not_read() -> None:
    text = "```python\nroute = Route(Street 4, Nairobi)\nx = call(Plot 7, Lusaka)\n```\n"
    assert _found(text) == []


def test_gazetteer_keeps_towns_and_drops_prose_words() -> None:
    for town in ("suva", "kigali", "nairobi", "lusaka", "бишкек", "دمشق"):
        assert town in LOCALITIES, town
    for word in ("the", "inc", "mobile", "split", "and"):
        assert word not in LOCALITIES, word
    assert {"lesotho", "deutschland", "россия"} <= COUNTRIES


class _CountingPattern:
    """A compiled pattern that adds up the text each search reads: a whole range for ``finditer``,
    up to the first match for ``search`` (it stops there), the match for ``match``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def _count(self, text: str, pos: int, endpos: int) -> None:
        self.read += max(0, min(endpos, len(text)) - pos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self._count(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self.pattern.search(text, pos, endpos)
        self._count(text, pos, endpos if m is None else m.end())
        return m

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self.pattern.match(text, pos, endpos)
        self._count(text, pos, pos + 1 if m is None else m.end())
        return m


@pytest.mark.parametrize("seed", range(3))
def test_comma_search_work_is_linear_on_one_long_line(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # One line of many short comma parts ending in towns (a minified export): each town used to list
    # every comma back to the line start (quadratic; 186 kB did not finish in 300 s).
    towns = _towns(4, 300 + seed)
    line = "".join(f"Plot {i % 90 + 1}, {towns[i % 4]}, " for i in range(3000))
    counting = _CountingPattern(address_locality._COMMA)
    monkeypatch.setattr(address_locality, "_COMMA", counting)
    found = DETECTOR.detect(line)
    assert found  # the plots before towns are still read
    assert counting.read < 40 * len(line), (counting.read, len(line))


@pytest.mark.parametrize("seed", range(4))
def test_addresses_in_a_long_line_are_found_as_on_their_own(seed: int) -> None:
    rng = random.Random(seed)
    towns = _towns(6, 400 + seed)
    filler = ", ".join(f"item {rng.randint(1, 999)} done" for _ in range(400))
    runs = [f"Plot {rng.randint(2, 80)}, {a} Estate, {b}" for a, b in zip(towns[::2], towns[1::2], strict=True)]
    line = f"{filler}; ship to {runs[0]}; {filler}; or to {runs[1]}; {filler}; else {runs[2]}; {filler}"
    got = _found(line)
    for run in runs:
        assert run in _found(f"ship to {run}; thanks")
        assert run in got


def _devanagari_towns(n: int, seed: int) -> list[str]:
    pool = sorted(w for w in LOCALITIES if w and all("\u0900" <= c <= "\u097f" for c in w.replace(" ", "")))
    return random.Random(seed).sample(pool, n)


@pytest.mark.parametrize("seed", range(4))
def test_walk_stops_at_a_sentence_end_of_an_uncased_script(seed: int) -> None:
    # the same word ("my") before the name and before the address: the run starts at the second one
    rng = random.Random(seed)
    (town,) = _devanagari_towns(1, seed)
    flat, sector = rng.randint(10, 999), rng.randint(2, 60)
    text = f"नमस्ते, मेरा नाम रवि वर्मा है। बिल में गलती है। मेरा पता फ्लैट {flat}, सेक्टर {sector}, {town}"
    found = _found(text)
    assert found and found[-1].endswith(town)
    assert all("नाम" not in f and "।" not in f for f in found), found


@pytest.mark.parametrize("sep", ["|", ";", "=", "\t"])
def test_a_field_separator_starts_the_address(sep: str) -> None:
    rng = random.Random(sep)
    (town,) = _towns(1, 700 + ord(sep))
    run = f"Pihlajakuja {rng.randint(2, 90)} B {rng.randint(1, 30)}, {rng.randint(10000, 99999)} {town}"
    found = _found(f"row {rng.randint(10, 99)}{sep}{run}")
    assert run in found, found


@pytest.mark.parametrize("seed", range(3))
def test_abbreviations_are_no_sentence_ends(seed: int) -> None:
    area, town = _towns(2, 800 + seed)
    n = 11 + seed
    for run in (
        f"Bahnhofstr. {n}a, {area}, {town}",
        f"Kijiji cha {area}, S.L.P. {n * 7}, {town}",
        f"Jl. Jend. {area} Kav. {n}, {town}",
    ):
        assert run in _found(f"Alamat: {run}"), run
    found = _found(f"The order {n} shipped last week. Plot {n}, {area}, {town}")
    assert found == [f"Plot {n}, {area}, {town}"]


@pytest.mark.parametrize("seed", range(4))
def test_cross_street_grammar_with_x(seed: int) -> None:
    # Dakar's numbered streets and Yucatán's crossings: "Rue 7 x 22", "Calle 31 #208 x 52"
    rng = random.Random(seed)
    area, town = _towns(2, 900 + seed)
    for run in (
        f"Rue {rng.randint(2, 90)} x {rng.randint(2, 90)}, {area}, {town}",
        f"Calle {rng.randint(2, 90)} #{rng.randint(100, 900)} x {rng.randint(2, 90)}, Centro, {town}",
    ):
        assert run in _found(f"Adresse: {run}"), run
    assert _found(f"A grid of {rng.randint(2, 9)} x {rng.randint(2, 9)}, {town} edition") == []


@pytest.mark.parametrize("seed", range(3))
def test_faroese_and_icelandic_street_words(seed: int) -> None:
    rng = random.Random(seed)
    (town,) = _towns(1, 1000 + seed)
    given = rng.choice(["Jóan", "Sverri", "Hanus", "Rasmus"])
    for word in ("gøta", "stræti", "stíggur"):
        surname = rng.choice(["Olsens", "Poulsens", "Dahls"])
        run = f"{given} {surname} {word} {rng.randint(2, 60)}, FO-{rng.randint(100, 900)} {town}"
        assert run in _found(f"Bústaður: {run}"), run
