"""Session 16 `address_world_words2`: every street type, house-number mark, unit and place mark of
the table is found in an invented address (type x name x number x carrier, generated from the
table, names invented per script), and the same words in ordinary prose, without a house number,
mask nothing. A coverage test names the languages the world tables cover."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from redactor.detect.pii.address_world_words import AFTER as AFTER1
from redactor.detect.pii.address_world_words import BEFORE as BEFORE1
from redactor.detect.pii.address_world_words import MARKS as MARKS1
from redactor.detect.pii.address_world_words import OTHER as OTHER1
from redactor.detect.pii.address_world_words import UNITS as UNITS1
from redactor.detect.pii.address_world_words2 import AFTER, BEFORE, MARKS, OTHER, PLACE_MARKS, UNITS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from address_world import address_detectors

_DETECT = address_detectors()

NAMES: dict[str, tuple[str, ...]] = {
    "latin": ("Lucanor", "Mirel Dovani", "Tavessa"),
    "cyrillic": ("Лучанор", "Миреля Довани"),
    "arabic": ("لوکانور", "ميرل دواني"),
    "thaana": ("ލުކަނޯރު", "މިރެލް"),
    "telugu": ("లుకానోర్",),
    "kannada": ("ಲುಕಾನೋರ್",),
    "malayalam": ("ലുകാനോർ",),
    "odia": ("ଲୁକାନୋର",),
}
"""Invented street names (no real street, no line of any corpus), per script."""

_RANGES = (
    ("cyrillic", 0x0400, 0x04FF),
    ("arabic", 0x0600, 0x06FF),
    ("thaana", 0x0780, 0x07BF),
    ("odia", 0x0B00, 0x0B7F),
    ("telugu", 0x0C00, 0x0C7F),
    ("kannada", 0x0C80, 0x0CFF),
    ("malayalam", 0x0D00, 0x0D7F),
)


def script(word: str) -> str:
    """The script of `word`'s first letter (``latin`` for any other)."""
    c = ord(word[0])
    return next((name for name, lo, hi in _RANGES if lo <= c <= hi), "latin")


def _words(table: dict[str, str]) -> list[str]:
    return [w for v in table.values() for w in v.split("|") if w]


def streets() -> Iterator[str]:
    """A street per type: a Latin type before or after its name as its table says, a type of a
    caseless script after the name (the order those languages write)."""
    n = 0
    for kind, table in (("before", BEFORE), ("after", AFTER), ("other", OTHER)):
        for word in _words(table):
            names = NAMES[script(word)]
            name = names[n % len(names)]
            number = 3 + 11 * n
            n += 1
            yield f"{word} {name} {number}" if kind == "before" else f"{name} {word} {number}"


CORES = ("Carrer de Lucanor 14", "Lucanor iela 9", "Rruga Tavessa 21")
"""Street cores the detectors find on their own, for the marks, units and places after them."""


def with_parts() -> Iterator[str]:
    """A core and then a part holding each mark, unit word and place mark."""
    for i, word in enumerate(_words(MARKS) + _words(UNITS)):
        yield f"{CORES[i % len(CORES)]}, {word} {5 + 7 * i}"
    for i, word in enumerate(sorted(PLACE_MARKS)):
        place = NAMES[script(word)][0]
        part = f"{place} {word}" if i % 2 else f"{word} {place}"
        yield f"{CORES[i % len(CORES)]}, {part}"


CARRIERS = {
    "form": "Ticket 88\nCustomer address: {a}\nPriority: low\n",
    "line": "Please send the documents to:\n{a}\nThanks\n",
    "json": '{{"ticket": 88, "address": {j}}}',
}


def _text(address: str, carrier: str) -> str:
    return CARRIERS[carrier].format(a=address, j=json.dumps(address, ensure_ascii=False))


def _covered(text: str, gold: str) -> float:
    start = text.index(gold)
    mask = [False] * len(gold)
    for entity, a, b in _DETECT([text])[0]:
        if entity != "ADDRESS":
            continue
        for k in range(max(a, start), min(b, start + len(gold))):
            mask[k - start] = True
    return sum(mask) / len(gold)


STREET_CASES = [(a, c) for a in streets() for c in CARRIERS]
PART_CASES = [(a, c) for a in with_parts() for c in CARRIERS]


@pytest.mark.parametrize(("address", "carrier"), STREET_CASES)
def test_street_types_make_a_core(address: str, carrier: str) -> None:
    text = _text(address, carrier)
    assert _covered(text, address) == 1.0, (text, _DETECT([text])[0])


@pytest.mark.parametrize(("address", "carrier"), PART_CASES)
def test_marks_units_places_belong_to_the_address(address: str, carrier: str) -> None:
    text = _text(address, carrier)
    assert _covered(text, address) >= 0.8, (text, _DETECT([text])[0])


def test_cases_cover_every_word() -> None:
    every = _words(BEFORE) + _words(AFTER) + _words(OTHER) + _words(MARKS) + _words(UNITS) + sorted(PLACE_MARKS)
    written = " ".join(a for a, _ in STREET_CASES + PART_CASES)
    assert all(w in written for w in every)
    assert len(STREET_CASES) == len(CARRIERS) * (len(_words(BEFORE)) + len(_words(AFTER)) + len(_words(OTHER)))


# Not "{w}: ..." : a label word and a colon start an address field whatever follows (``Street: ...``,
# also ``Rúa:`` and ``Cadde:``, labels of `address_field_vocab`), the same before this module.
PROSE = (
    "The glossary explains {w} and two other words; see page 12 of the guide.",
    "The term {w} appears 3 times in the 2024 survey, nothing more.",
    "We renamed the {w} column last week (version 4.2) and reran the tests.",
)


@pytest.mark.parametrize(
    "text",
    [p.format(w=w) for i, w in enumerate(_words(BEFORE) + _words(AFTER) + _words(OTHER)) for p in (PROSE[i % 3],)]
    + [PROSE[i % 3].format(w=w) for i, w in enumerate(sorted(PLACE_MARKS))],
)
def test_words_in_prose_mask_nothing(text: str) -> None:
    assert [(e, text[a:b]) for e, a, b in _DETECT([text])[0] if e == "ADDRESS"] == []


COVERED = {
    # Celtic and minority Romance
    "ga", "gd", "gv", "br", "kw", "cy", "co", "oc", "sc", "rm", "gl", "ca", "pap", "eu", "mt", "es",
    # Baltic, Balkan, Turkic, Caucasus
    "lv", "lt", "et", "sq", "tr", "az", "tk", "kk", "ky", "uz", "tt", "ba", "cv", "ka", "ug", "mn",
    # Slavic Cyrillic
    "be", "bg", "sr", "mk",
    # Iranian and Indo-Aryan (Arabic script, Thaana)
    "ckb", "ps", "sd", "prs", "ur", "tg", "dv",
    # Indic and Dravidian
    "ne", "te", "kn", "ml", "or", "si", "ta",
    # South-East Asia, Pacific, Africa
    "ms", "id", "ban", "tl", "mg", "my", "lo", "km", "sw", "so", "om", "rw", "sm", "yo", "am", "ti",
}  # fmt: skip
"""Languages (ISO 639 codes) the hand-written street-type tables of `address_world_words` and
`address_world_words2` have words of."""


def test_languages_covered() -> None:
    """Every language named in `COVERED` has words in a table (the keys name their languages)."""
    tables = (BEFORE1, AFTER1, OTHER1, MARKS1, UNITS1, BEFORE, AFTER, OTHER, MARKS, UNITS)
    keys = {part for t in tables for k in t for part in k.split("_")}
    assert COVERED - keys == set()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ਸੰਪਰਕ: ਗੁਰਮੀਤ ਸਿੰਘ, ਫ਼ੋਨ +91 99887 66554, ਪਤਾ ਮਕਾਨ ਨੰ. 12, ਸੈਕਟਰ 5, ਪਟਿਆਲਾ।", "ਮਕਾਨ ਨੰ. 12, ਸੈਕਟਰ 5, ਪਟਿਆਲਾ"),
        ("સંપર્ક: ફોન +91 99887 66554, સરનામું મકાન નં. 12, ગાંધી રોડ, રાજકોટ.", "મકાન નં. 12, ગાંધી રોડ, રાજકોટ"),
        ("যোগাযোগ: ফোন +880 1712 345678, ঠিকানা বাড়ি নং 12, রোড 7, খুলনা।", "বাড়ি নং 12, রোড 7, খুলনা"),
    ],
)
def test_scripts_of_address_south_keep_the_phone_before(text: str, address: str) -> None:
    """Gurmukhi, Gujarati and Bengali addresses are `address_south`'s lists of parts; house marks of
    theirs in `address_locale` grew the address left over a phone number before it."""
    spans = [(a, b) for e, a, b in _DETECT([text])[0] if e == "ADDRESS"]
    assert _covered(text, address) == 1.0, spans
    assert all(a >= text.index(address) - 12 for a, _ in spans), [text[a:b] for a, b in spans]
