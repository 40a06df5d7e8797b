"""Phone numbers of the world's numbering plans (`redactor.detect.pii.phones`).

The matrix (`tests/phone_world.py`) writes libphonenumber's example fixed-line and mobile
numbers of 62 regions in 8 formats into 9 carriers (sentences of the region's language and of
English with and without a phone word, an e-mail signature, CSV, JSON, YAML, a chat line). The
thresholds are the recall this detector reaches, rounded down; a regression in any format or
carrier fails its row. The negative matrix must yield no phone number at all.
"""

from __future__ import annotations

# ruff: noqa: RUF001, RUF003  # digits of other scripts (Arabic-Indic, full-width) are what these rows test
from collections import defaultdict

import pytest
from phone_world import CARRIERS, FORMATS, NEGATIVES, Case, cases

from redactor.detect.pii.phones import PhoneDetector

_DETECTOR = PhoneDetector()


def _caught(case: Case) -> bool:
    """A number is caught when one phone span masks at least 80% of it (the corpus scorer's rule)."""
    need = 0.8 * (case.end - case.start)
    return any(
        s.entity == "PHONE_NUMBER" and min(s.end, case.end) - max(s.start, case.start) >= need
        for s in _DETECTOR.detect(case.text)
    )


def _recall_by(attribute: str) -> dict[str, float]:
    hits: dict[str, list[bool]] = defaultdict(list)
    for case in _ALL:
        hits[getattr(case, attribute)].append(_caught(case))
    return {key: sum(v) / len(v) for key, v in hits.items()}


_ALL = list(cases())

FORMAT_FLOORS = {
    "e164": 0.99,  # +4930123456: the country code makes it unambiguous
    "international": 0.99,
    "intl_dots": 0.99,  # +49.30.123456
    "intl_00": 0.99,  # 0049 30 123456
    "national": 0.92,  # 030 123456 needs a phone word or a region and its grouping
    "national_dashes": 0.92,
    "national_native_digits": 0.92,  # ٠٥١ ٢٣٤ ٥٦٧٨, ０３-１２３４-５６７８
    "national_nbsp": 0.90,  # no-break spaces between the groups
}
CARRIER_FLOORS = {
    "native_with_word": 0.97,  # Telefon, téléphone, телефон, 电话, 전화, هاتف, โทร, simu...
    "native_no_word": 0.97,  # the region comes from the language or script of the sentence
    "english_with_word": 0.97,
    "english_no_word": 0.75,  # English names no region: only English-speaking plans are tried
    "signature": 0.97,  # the ccTLD of the e-mail below the number names the region
    "csv": 0.97,
    "json": 0.97,
    "yaml": 0.97,
    "chat": 0.97,
    "html_row": 0.95,  # no phone word, markup: the e-mail's ccTLD names the region
    "markdown_row": 0.95,
}


def test_matrix_covers_sixty_regions_every_format_and_carrier() -> None:
    assert len({c.region for c in _ALL}) >= 60
    assert {c.fmt for c in _ALL} == set(FORMATS) == set(FORMAT_FLOORS)
    assert {c.carrier for c in _ALL} == set(CARRIERS) == set(CARRIER_FLOORS)


def test_recall_per_format() -> None:
    recall = _recall_by("fmt")
    low = {k: round(v, 3) for k, v in recall.items() if v < FORMAT_FLOORS[k]}
    assert low == {}


def test_recall_per_carrier() -> None:
    recall = _recall_by("carrier")
    low = {k: round(v, 3) for k, v in recall.items() if v < CARRIER_FLOORS[k]}
    assert low == {}


@pytest.mark.parametrize(("text", "why"), NEGATIVES, ids=[n[1] for n in NEGATIVES])
def test_not_a_phone_number(text: str, why: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text) if s.entity == "PHONE_NUMBER"] == []


HITS = [
    ("Bitte melden Sie sich unter 0151/23456789 und bitte", "0151/23456789", "German slash after the area code"),
    ("电话13900112233请联系", "13900112233", "Chinese label, no space, CJK after"),
    ("هاتف: ٠٥٠١٢٣٤٥٦٧", "٠٥٠١٢٣٤٥٦٧", "Arabic-Indic digits"),
    ("tel：０３－１２３４－５６７８", "０３－１２３４－５６７８", "full-width digits and dashes"),
    ("Điện thoại: 0912 345 678", "0912 345 678", "Vietnamese label"),
    ("simu: 0712 123456", "0712 123456", "Swahili label"),
    ("ስልክ 091 123 4567", "091 123 4567", "Amharic label"),
    ("Mi teléfono es (601) 2345678.", "(601) 2345678", "parenthesised area code around a shape-rule hit"),
    ("Call (201)\u00a0555-0123 today", "(201)\u00a0555-0123", "no-break space after the area code"),
    ("A telefonszámom (06 1) 234 5678.", "(06 1) 234 5678", "trunk and area code in one parenthesis"),
    (
        "Pour le rendez-vous, je suis au 06 12 34 56 78, merci et bonne journée.",
        "06 12 34 56 78",
        "French, no phone word",
    ),
    ("Para a reserva, estou no (11) 2345-6789, obrigado e até logo.", "(11) 2345-6789", "10 digits from 1: no epoch"),
    ("You can find me at 001 201-555-0123 tomorrow", "001 201-555-0123", "00-style prefix as its own group"),
    ("x = '+81 3-1234-5678'", "+81 3-1234-5678", "a valid +CC number in code"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[h[2] for h in HITS])
def test_hits(text: str, expected: str, why: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == [expected]


NEAR_MISSES = [
    ("ticket 001-253-366-9781", "00-style prefix glued to the number by a dash"),
    ("ts=1718040000 next", "epoch seconds"),
    ("x = '0151 23456789'", "a national number in code without a phone word"),
    ("Bitte melden Sie sich unter 015 123456789 und bitte", "German without a phone word, area code split wrongly"),
    ("Die Zahl 0 123456 78 ist und bleibt", "a trunk zero alone is no area code"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[n[1] for n in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == []


def test_text_without_a_digit_run_is_gated() -> None:
    detector = PhoneDetector(gated=True)
    assert detector.detect("phone: call me, 12 34 56") == []
    assert PhoneDetector(gated=False).detect("phone: call me, 12 34 56") == []
