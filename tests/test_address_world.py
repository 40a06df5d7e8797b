"""Postal addresses of the world's locales (`redactor.detect.pii.address_locale` with `pii.address`
and `pii.address_native`).

The matrix (`tests/address_world.py`) writes Faker's addresses of 63 locales into 7 carriers
(sentences of the locale's language and of English, a form line, a JSON string inside a tool
result, a CSV row, an envelope block, an e-mail signature). The floors are the recall the three
address detectors reach, rounded down; a regression in any locale group or carrier fails its row.
The near-miss table holds texts with numbers and capitalised words but no address.
"""

# ruff: noqa: RUF001  # letters of other scripts are what these rows test
from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from address_world import CARRIERS, GROUPS, LOCALES, NEGATIVES, Case, cases, caught

from redactor.detect.pii import address_vocab_data
from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.address_native import NativeAddressDetector
from redactor.detect.span import Span

ROOT = Path(__file__).resolve().parents[1]
_ADDRESS = frozenset({"ADDRESS"})
_LOCALE = LocaleAddressDetector()
_BEFORE = (AddressDetector(), NativeAddressDetector())
_ALL = list(cases())


def _spans(detectors: tuple[object, ...], text: str) -> list[tuple[str, int, int]]:
    return [(s.entity, s.start, s.end) for d in detectors for s in d.detect(text)]  # type: ignore[attr-defined]


@cache
def _found(with_locale: bool) -> tuple[tuple[tuple[str, int, int], ...], ...]:
    detectors = (*_BEFORE, _LOCALE) if with_locale else _BEFORE
    return tuple(tuple(_spans(detectors, c.text)) for c in _ALL)


def _recall_by(attribute: str, with_locale: bool = True) -> dict[str, float]:
    hits: dict[str, list[bool]] = defaultdict(list)
    for case, spans in zip(_ALL, _found(with_locale), strict=True):
        hits[getattr(case, attribute)].append(caught(case, spans, _ADDRESS))
    return {k: sum(v) / len(v) for k, v in hits.items()}


GROUP_FLOORS = {
    "english": 0.88,  # 13 locales; Faker's en_MS (Malaysian lot numbers) and en_IN shapes are the weak ones
    "west_europe": 0.86,  # pt_BR bairro lines and Chilean highway kilometres are the gaps
    "north_east_europe": 0.79,  # Czech/Slovene/Greek streets without a type word
    "cjk_se_asia": 0.82,  # Vietnamese streets without a number mark are the gap
    "other_scripts": 0.66,  # Armenian and Hebrew streets carry no type word
}
CARRIER_FLOORS = {
    "prose_native": 0.76,  # "ship it to ..." in the locale's language
    "prose_english": 0.78,
    "form": 0.78,  # ``Shipping address: ...`` (labelled values also go to pii.field_label)
    "tool_json": 0.83,  # a JSON string inside a tool result: ``\\n`` stays escaped once
    "csv": 0.86,
    "envelope": 0.89,
    "signature": 0.89,
}


def test_matrix_covers_sixty_locales_every_carrier() -> None:
    assert len({c.locale for c in _ALL}) == len(LOCALES) >= 60
    assert {c.carrier for c in _ALL} == set(CARRIERS) == set(CARRIER_FLOORS)
    assert sorted(x for group in GROUPS.values() for x in group) == sorted(LOCALES)


def test_gold_offsets_hold_the_address() -> None:
    for case in _ALL[:200]:
        assert case.text[case.start : case.end].strip() == case.text[case.start : case.end]
        assert case.end - case.start >= 3


def test_recall_per_locale_group() -> None:
    per_locale = _recall_by("locale")
    low = {}
    for group, floor in GROUP_FLOORS.items():
        value = sum(per_locale[x] for x in GROUPS[group]) / len(GROUPS[group])
        if value < floor:
            low[group] = round(value, 3)
    assert low == {}


def test_recall_per_carrier() -> None:
    recall = _recall_by("carrier")
    low = {k: round(v, 3) for k, v in recall.items() if v < CARRIER_FLOORS[k]}
    assert low == {}


def test_locale_detector_adds_recall() -> None:
    """Without `pii.address_locale` the two older detectors catch far fewer of the matrix's addresses."""
    with_it = sum(_recall_by("locale").values()) / len(LOCALES)
    without = sum(_recall_by("locale", with_locale=False).values()) / len(LOCALES)
    assert with_it >= 0.81
    assert with_it - without >= 0.30


@pytest.mark.parametrize(("text", "why"), NEGATIVES)
def test_no_address_in_negatives(text: str, why: str) -> None:
    assert _LOCALE.detect(text) == [], why


POSITIVES = [
    ("Please send it to 7, rue des Lilas, 75011 Paris.", "7, rue des Lilas, 75011 Paris"),  # number, type, postcode
    ("Szállítási cím: Petőfi utca 12., H-6720 Szeged", "Petőfi utca 12., H-6720 Szeged"),  # type after the name
    ("Мій офіс: вул. Шевченка, 14, кв. 3, Львів, 79005", "вул. Шевченка, 14, кв. 3, Львів, 79005"),  # unit, city
    ("Доставка: г. Самара, ул. Ленина, д. 10, 443001", "г. Самара, ул. Ленина, д. 10, 443001"),  # city mark before
    ("Kirim ke Jl. Merdeka No. 12, Bandung 40117 ya", "Jl. Merdeka No. 12, Bandung 40117"),  # number mark
    ("Our new office is 88 Harbour Light\nPortview, NSW 2444\n", "88 Harbour Light\nPortview, NSW 2444"),  # rare type
    ("Maria Example\nKongsveien 14\n0193 Oslo\n", "Kongsveien 14\n0193 Oslo"),  # glued type, postcode line
    ("Thank you!\nრუსთაველის ქ. 5, თბილისი\n", "რუსთაველის ქ. 5, თბილისი"),  # Georgian
    ("Entregar en Avenida Santa Fe 1420, Rosario 2000", "Avenida Santa Fe 1420, Rosario 2000"),
    ("Skicka till Storgatan 12, 111 23 Stockholm tack", "Storgatan 12, 111 23 Stockholm"),  # the verb stays out
    ("कृपया 12/4 शर्मा निवास, जयपुर 302001 पर भेजें", "12/4 शर्मा निवास, जयपुर 302001"),  # weak core, PIN code
    ("Sent from 1450, rue Sherbrooke Ouest, Montréal H3G 1L3", "1450, rue Sherbrooke Ouest, Montréal H3G 1L3"),
    ('{"ship_to": "Via Roma 12\\n00184 Roma"}', "Via Roma 12\\n00184 Roma"),  # escaped line break in JSON
    ("Flat 9, Apt. 487 47 Silva Driveway, New Donald, NSW, 0848", "Apt. 487 47 Silva Driveway, New Donald, NSW, 0848"),
    ("Oficina: Calle 26 No. 59-51, Bogotá", "Calle 26 No. 59-51, Bogotá"),  # Colombian grid
    ("Send to Calle Sol 5, Maria said hello", "Calle Sol 5"),
    (
        "Envoyez à 88, avenue du Parc, app. 4, Québec (Québec) G1R 2L3 merci",
        "88, avenue du Parc, app. 4, Québec (Québec) G1R 2L3",
    ),
    (
        "نشانی: اصفهان، خیابان چهارباغ، کوچه لاله، پلاک ۷، واحد ۲",
        "اصفهان، خیابان چهارباغ، کوچه لاله، پلاک ۷، واحد ۲",
    ),  # city, street, alley, plate (a leading caseless city after a label belongs to the address)
    ("Enviar a Cra. 7 Bis # 71-21 Norte, Chapinero, Bogotá, por favor", "Cra. 7 Bis # 71-21 Norte, Chapinero, Bogotá"),
    (
        "Giao đến Số 12 Ngõ 5 Trần Phú, phường Điện Biên, TP. Hà Nội.",
        "Số 12 Ngõ 5 Trần Phú, phường Điện Biên, TP. Hà Nội",
    ),
    (
        "Gửi tới 25 phố Huế Phường Ngô Thì Nhậm quận Hai Bà Trưng",
        "25 phố Huế Phường Ngô Thì Nhậm quận Hai Bà Trưng",
    ),  # marks inline
    ("Հասցե՝ ք. Գյումրի, 3101, Աբովյան 15, բն. 4", "ք. Գյումրի, 3101, Աբովյան 15, բն. 4"),  # places before
    (
        "Ünvan: Quba rayonu, Nizami küçəsi, b. 12, m. 3",
        "Quba rayonu, Nizami küçəsi, b. 12, m. 3",
    ),  # no house number before
    ("Apartment 4, House No. 17, Lake Road, Sylhet, 3100", "Apartment 4, House No. 17, Lake Road, Sylhet, 3100"),
]


@pytest.mark.parametrize(("text", "address"), POSITIVES)
def test_addresses_found_whole(text: str, address: str) -> None:
    found = [text[s.start : s.end] for s in _LOCALE.detect(text)]
    assert found == [address]


NEAR_MISSES = [
    ("Copyright 2018 Rhys Perry\n\t2012-2018 Rob Clark", "copyright years and names"),
    ("1991-2002, Thomas G. Lane and others", "a year range before a name ending in a street type"),
    ("Released 18 Mar 2004 by the team", "a date"),
    ("During 1972, Careset Systems invested heavily", "an English word ending like a street type (-ring)"),
    ("Retry after 2 hours             5432 ms", "a duration and a number in a log"),
    ("Chapter 12, Part 3, 1969 edition", "numbered parts and a year"),
    ("We sent 3 via email 5 times", "``via`` as an English word"),
    ("Street Fighter 2 Turbo, Level 4 Boss", "a unit word alone is not an address"),
    ("Model 3 Highway Assist 2024, Version 12", "a product name with a street type"),
    ("Use Park Avenue font 14 at Level 3", "a font name"),
    ("Sprint 14 Room 4, Team Blue 2024", "a meeting room"),
    ("Route 53 handles 1000 queries, Region eu-west-1", "a cloud service name"),
    ("Go to Settings, Place 2, Camera 12", "UI navigation"),
    ("e.g. 793, 1408 and 2000", "lower-case words before numbers"),
    ("Patent No. 7,046,802; United States Patent No. 7,200,227", "patent numbers with thousands separators"),
    ("2008-2019, 2021, 2022 Anthony Green", "copyright years before a name ending in a street type"),
    ("11746\tRotated\n11800\tRotated", "a tab-separated data file"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES)
def test_near_misses(text: str, why: str) -> None:
    assert _LOCALE.detect(text) == [], why


NATIVE_ROWS = [
    ("84177 臺東市中華街507號9樓", "84177 臺東市中華街507號9樓"),  # traditional Chinese, postcode first
    ("寄到湖北省建县永川陈路J座 692752，谢谢", "湖北省建县永川陈路J座 692752"),  # block (座), postcode after;
    # Chinese has no spaces: the verb before (寄到, "send to") may be taken in
    (
        "경상북도 성남시 서초대64가 914-28 (우진권마을)로 보내 주세요",
        "경상북도 성남시 서초대64가 914-28 (우진권마을)",
    ),  # 가 road
    (
        "大阪府富津市細野33丁目16番13号 皇居外苑シャルム938",
        "大阪府富津市細野33丁目16番13号 皇居外苑シャルム938",
    ),  # building
    ("72/11 ถนนศิวะวรเวท ต.ทุ่งต่อ อ.เฉลิมพระเกียรติ สุโขทัย 64210", "72/11 ถนนศิวะวรเวท ต.ทุ่งต่อ อ.เฉลิมพระเกียรติ สุโขทัย 64210"),
]


@pytest.mark.parametrize(("text", "address"), NATIVE_ROWS)
def test_native_script_shapes(text: str, address: str) -> None:
    found = [text[s.start : s.end] for s in NativeAddressDetector().detect(text)]
    assert any(address in f and len(f) - len(address) <= 2 for f in found), found


def test_spans_are_address_spans_of_the_detector() -> None:
    spans = _LOCALE.detect("Kirim ke Jl. Merdeka No. 12, Bandung 40117 ya")
    assert spans == [Span("ADDRESS", 9, 42, 0.8, "pii.address_locale")]


def test_generated_vocabulary_is_up_to_date() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_address_vocab.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def test_vocabulary_holds_types_of_many_locales() -> None:
    tables = {name: getattr(address_vocab_data, name) for name in ("BEFORE", "AFTER", "ENDING", "UNIT", "MARK")}
    assert "rue" in tables["BEFORE"]["fr_FR"].split("|")
    assert "utca" in tables["AFTER"]["hu_HU"].split("|")
    assert "vej" in tables["ENDING"]["da_DK"].split("|")
    assert "Apt." in tables["UNIT"]["en_US"].split("|")
    assert "д." in tables["MARK"]["ru_RU"].split("|")
    assert len({loc for table in tables.values() for loc in table}) >= 40
    # Spanish direction suffixes and Malaysian street names are no street types
    assert not any(w in {"Norte", "Sur", "Bis"} for v in tables["AFTER"].values() for w in v.split("|"))
    assert "en_MS" not in tables["AFTER"]


def test_vocabulary_module_is_plain_data() -> None:
    tree = ast.parse((ROOT / "redactor" / "detect" / "pii" / "address_vocab_data.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.Call)]


def test_gold_case_type_is_frozen() -> None:
    case = _ALL[0]
    with pytest.raises(AttributeError):
        case.start = 0  # type: ignore[misc]
    assert isinstance(case, Case)
