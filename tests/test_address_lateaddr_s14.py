"""Session 14 late address grammar of `pii.address_locale`: the sentence-final marks of other scripts
(Burmese ``။``, Khmer ``។``, Devanagari ``।``, Ethiopic ``።``) end an address like a full stop; a marked
house number followed by a caseless street type and a street number (``ផ្ទះលេខ ៣៧ ផ្លូវ ១៥៤``); the
floor and door of Spanish, Catalan and Basque addresses (``3º 2ª``, ``4t 1a``, ``3. ezk.``); Catalan,
Basque and Yoruba street types. Generated from invented streets x numbers x places x carriers, with
near misses that must stay unmasked."""

# ruff: noqa: RUF001  -- letters of other scripts are the point here.
from __future__ import annotations

import itertools

import pytest

from redactor.detect.pii.address_locale import LocaleAddressDetector

_DET = LocaleAddressDetector()

CARRIERS = (
    "Please ship the parts to {a}",
    "Customer: A. B.\nAddress: {a}\nStatus: paid\n",
    'id,address\n7,"{a}"\n',
)


def _covered(text: str, gold: str) -> float:
    start = text.index(gold)
    mask = [False] * len(gold)
    for f in _DET.detect(text):
        for k in range(max(f.start, start), min(f.end, start + len(gold))):
            mask[k - start] = True
    return sum(mask) / len(gold)


def _native(n: int, zero: str) -> str:
    return "".join(chr(ord(zero) + int(d)) for d in str(n))


# (full stop, address built from (number, street, place))
STOPPED = {
    "my": ("။", "အမှတ် {n}၊ {s}၊ {p}", "၀", ("ပြည်လမ်း", "ကန်တော်လမ်း", "အင်းယားလမ်း"), ("ရန်ကုန်", "မန္တလေး")),
    "km": ("។", "ផ្ទះលេខ {n} ផ្លូវ {m} {p}", "០", ("",), ("ភ្នំពេញ", "សៀមរាប")),
    "ne": ("।", "घर नं. {n}, {s}, {p}", "०", ("दरबार मार्ग", "पुतली सडक"), ("काठमाडौं", "पोखरा")),
    "am": ("።", "የቤት ቁ. {n}፣ {s}፣ {p}", "", ("ቦሌ መንገድ", "አፍሪካ ጎዳና"), ("አዲስ አበባ", "ባህር ዳር")),
}


@pytest.mark.parametrize(
    ("lang", "n", "native", "carrier"),
    list(itertools.product(sorted(STOPPED), (12, 47, 308), (False, True), range(len(CARRIERS)))),
)
def test_address_before_a_sentence_end_of_its_script(lang: str, n: int, native: bool, carrier: int) -> None:
    stop, shape, zero, streets, places = STOPPED[lang]
    if native and not zero:
        pytest.skip("Ethiopic numerals are no decimal digits")
    num = _native(n, zero) if native else str(n)
    street_no = _native(n + 51, zero) if native else str(n + 51)
    for street, place in itertools.product(streets, places):
        a = shape.format(n=num, m=street_no, s=street, p=place)
        text = CARRIERS[carrier].format(a=a + stop).replace("paid", "paid" + stop)
        assert _covered(text, a) == 1.0, (text, [text[f.start : f.end] for f in _DET.detect(text)])


@pytest.mark.parametrize("zero", ["0", "០"])
@pytest.mark.parametrize("end", ["", "។", " ហើយទូរស័ព្ទមកខ្ញុំ", "\nOK"])
def test_khmer_house_mark_with_a_numbered_street(zero: str, end: str) -> None:
    for n, m in ((5, 63), (24, 360), (118, 271)):
        a = f"ផ្ទះលេខ {_native(n, zero)} ផ្លូវ {_native(m, zero)}"
        text = f"អតិថិជន ទូរស័ព្ទ 012 345 678 អាសយដ្ឋាន {a}{end}"
        assert _covered(text, a) == 1.0, text


@pytest.mark.parametrize(
    "text",
    [
        "ផ្ទះលេខ ២៤ ត្រូវបានលក់។",  # house no. 24 was sold: a mark and a number, no street, no place
        "ផ្លូវ ៦៣ បិទ។",  # street 63 is closed: a street type and a number alone
        "Step 3 of 12 done। Next: build",
        "See घर नं. 12 in the list।",
    ],
)
def test_near_misses_stay_unmasked(text: str) -> None:
    assert list(_DET.detect(text)) == []


FLOORS = ("3º 2ª", "1º B", "2º izda.", "4t 1a", "3r 2a", "3. ezk.", "2. esk.", "5º dcha.")
STREETS = ("Calle de Toledo", "Carrer de Mallorca", "Avinguda de Roma", "Passeig de Gràcia", "Plaça Nova")


@pytest.mark.parametrize(("floor", "street"), list(itertools.product(FLOORS, STREETS)))
def test_spanish_floor_and_door_join_the_address(floor: str, street: str) -> None:
    for n, place in ((121, "08018 Barcelona"), (7, "28005 Madrid"), (44, "20003 Donostia")):
        a = f"{street} {n}, {floor}, {place}"
        for carrier in CARRIERS:
            text = carrier.format(a=a)
            assert _covered(text, a) == 1.0, (text, [text[f.start : f.end] for f in _DET.detect(text)])


@pytest.mark.parametrize(
    "a",
    [
        "Nagusia kalea 14, 20003 Donostia",
        "Gasteiz etorbidea 52, 01008 Gasteiz",
        "Avinguda Diagonal 640, 08017 Barcelona",
        "Travessera de Dalt 88, 08024 Barcelona",
        "12 Òpópónà Adéọlá, Ìbàdàn",
    ],
)
def test_catalan_basque_yoruba_street_types(a: str) -> None:
    for carrier in CARRIERS:
        text = carrier.format(a=a)
        assert _covered(text, a) >= 0.75, (text, [text[f.start : f.end] for f in _DET.detect(text)])


@pytest.mark.parametrize(
    "text",
    [
        "Run step 3, 2a, then retry.",  # a floor-like pair with no street before it
        "We moved the Carrer module to the new repo.",  # a street type with no number
        "The score was 3º 2ª in round 4.",
        "Release 3r 2a notes",
    ],
)
def test_floor_shapes_without_a_street_stay_unmasked(text: str) -> None:
    assert list(_DET.detect(text)) == []


QUOTED_STREETS = (
    ("ул.", "„", "Васил Левски", "“", "1000 София"),
    ("бул.", "„", "Мария Луиза", "“", "4000 Пловдив"),
    ("ул.", "«", "Гагарина", "»", "630099 Новосибирск"),
    ("ул.", "«", "Садовая", "»", "190000 Санкт-Петербург"),
)


@pytest.mark.parametrize(("street", "n", "carrier"), list(itertools.product(QUOTED_STREETS, (3, 27, 118), range(3))))
def test_quoted_street_name_after_its_type(street: tuple[str, str, str, str, str], n: int, carrier: int) -> None:
    typ, opening, name, closing, place = street
    a = f"{typ} {opening}{name}{closing} {n}, {place}"
    text = CARRIERS[carrier].format(a=a)
    assert _covered(text, a) == 1.0, (text, [text[f.start : f.end] for f in _DET.detect(text)])


@pytest.mark.parametrize(
    "text",
    [
        "Смотри раздел «Адрес» 5 раз.",  # a quoted word and a number, no street type
        "Улица «Садовая» закрыта.",  # a type and a quoted name, no number
        "see the “Street” 12 times",
    ],
)
def test_quoted_near_misses_stay_unmasked(text: str) -> None:
    assert list(_DET.detect(text)) == []
