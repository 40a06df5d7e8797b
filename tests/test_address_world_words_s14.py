"""Session 14 address grammar of `pii.address_locale`: the Burmese and Ethiopic commas between parts,
a bare city of a caseless script leading the address, elided articles in street names (``de
l'Université``), Quito's grid house numbers (``N34-45 y Av. Atahualpa``); generated from streets x
numbers x places x carriers, with near misses that must stay unmasked."""

# ruff: noqa: RUF001  -- letters of other scripts are the point here.
from __future__ import annotations

import itertools

import pytest

from redactor.detect.pii.address_locale import LocaleAddressDetector

_DET = LocaleAddressDetector()

CARRIERS = {
    "prose": "Hi, please ship the replacement to {a} by Friday. Thanks!",
    "form": "Order 1042\nShipping address: {a}\nStatus: paid\n",
    "csv": 'order,address,total\n1042,"{a}",19.90\n',
}


def _spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DET.detect(text)]


def _covered(text: str, gold: str) -> float:
    start = text.index(gold)
    mask = [False] * len(gold)
    for f in _DET.detect(text):
        for k in range(max(f.start, start), min(f.end, start + len(gold))):
            mask[k - start] = True
    return sum(mask) / len(gold)


# (comma, mark, streets, places): Burmese ``၊`` and Ethiopic ``፣`` between the parts
COMMAS = {
    "my": ("၊ ", "အမှတ်", ("ကန်တော်လမ်း", "ပြည်လမ်း", "ဗိုလ်ချုပ်လမ်း"), ("ရန်ကုန်", "မန္တလေး")),
    "am": ("፣ ", "የቤት ቁ.", ("ቦሌ መንገድ", "ቸርችል ጎዳና", "አፍሪካ ጎዳና"), ("አዲስ አበባ", "ባህር ዳር")),
}


def _comma_cases() -> list[tuple[str, str]]:
    out = []
    for lang, (comma, mark, streets, places) in COMMAS.items():
        for (i, street), place in itertools.product(enumerate(streets), places):
            out.append((lang, f"{mark} {12 + 7 * i}{comma}{street}{comma}{place}"))
    return out


@pytest.mark.parametrize(("lang", "address"), _comma_cases())
@pytest.mark.parametrize("carrier", list(CARRIERS))
def test_burmese_and_ethiopic_commas_join_parts(lang: str, address: str, carrier: str) -> None:
    text = CARRIERS[carrier].format(a=address)
    assert _covered(text, address) >= 0.8, (lang, text, _spans(text))


# a city of a caseless script, then its comma, then a street with a number
LEADING = {
    "fa": ("، ", ("تهران", "اصفهان", "شیراز"), ("خیابان ولیعصر، پلاک ۱۲", "خیابان چهارباغ، پلاک ۷")),
    "ar": ("، ", ("الرياض", "جدة", "القاهرة"), ("شارع الملك فهد 1234", "شارع التحرير 15")),
    "ne": (", ", ("काठमाडौं", "पोखरा", "ललितपुर"), ("ठमेल मार्ग 12", "न्यू रोड 45")),
    "am": ("፣ ", ("አዲስ አበባ", "ባህር ዳር", "መቀሌ"), ("ቦሌ መንገድ 456", "ቸርችል ጎዳና 12")),
}


@pytest.mark.parametrize(
    ("lang", "address"),
    [
        (lang, f"{city}{comma}{street}")
        for lang, (comma, cities, streets) in LEADING.items()
        for city, street in itertools.product(cities, streets)
    ],
)
@pytest.mark.parametrize("carrier", ["prose", "form"])
def test_a_leading_caseless_city_belongs_to_the_address(lang: str, address: str, carrier: str) -> None:
    text = CARRIERS[carrier].format(a=address)
    assert address in _spans(text), (lang, text, _spans(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("أرسل الطرد إلى الرياض، شارع الملك فهد 1234 من فضلك", "شارع الملك فهد 1234"),
        ("لطفا بسته را به تهران، خیابان ولیعصر، پلاک ۱۲ بفرستید", "خیابان ولیعصر، پلاک ۱۲"),
        ("कृपया पार्सल काठमाडौं, ठमेल मार्ग 12 मा पठाउनुहोस्", "ठमेल मार्ग 12"),
    ],
)
def test_a_sentence_of_the_same_script_before_the_comma_is_no_place(text: str, address: str) -> None:
    """Inside a sentence of the city's own script the city cannot be told from the words before
    it: the address starts at its street."""
    assert _spans(text) == [address]


ELIDED = [
    f"{typ} {art}{name} {num}, {place}"
    for (typ, art, name, place), num in zip(
        [
            ("Avenue", "de l'", "Université", "Rohero, Bujumbura"),
            ("Rue", "de l'", "Église", "75015 Paris"),
            ("Boulevard", "de l'", "Indépendance", "Djibouti"),
            ("Via", "dell'", "Indipendenza", "40121 Bologna"),
            ("Via", "d'", "Azeglio", "40123 Bologna"),
            ("Piazza", "dell'", "Unità", "34121 Trieste"),
        ],
        (12, 5, 45, 7, 23, 1),
        strict=True,
    )
]


@pytest.mark.parametrize("address", ELIDED)
@pytest.mark.parametrize("carrier", list(CARRIERS))
def test_elided_articles_in_street_names(address: str, carrier: str) -> None:
    text = CARRIERS[carrier].format(a=address)
    assert _covered(text, address) >= 0.8, (text, _spans(text))


QUITO = [
    f"{street} {num}{cross}, Quito{pc}"
    for street, num, cross, pc in zip(
        ["Av. Amazonas", "Calle Juan León Mera", "Av. República de El Salvador", "Calle García Moreno", "Av. Shyris"],
        ["N34-45", "N23-45", "N35-17", "S1-120", "Oe3-12"],
        [" y Av. Atahualpa", " y Wilson", " e Irlanda", " y Sucre", ""],
        ["", " 170143", "", " 170401", ""],
        strict=True,
    )
]


@pytest.mark.parametrize("address", QUITO)
@pytest.mark.parametrize("carrier", list(CARRIERS))
def test_quito_grid_numbers(address: str, carrier: str) -> None:
    text = CARRIERS[carrier].format(a=address)
    assert _covered(text, address) >= 0.8, (text, _spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Error E12-34 y Retry were logged at 10:02.",
        "Sensor N34-45 e Modbus ready",
        "Kathmandu, Vientiane, Thimphu and Yangon are capitals.",
        "الرياض، جدة، القاهرة",
        "काठमाडौं, पोखरा",
        "Lam Research 12 shares, Marg 3 release notes",
        "Guriga 4 wuxuu leeyahay afar qol",
        "the l'algorithme 12 paper, see l'article 5",
        "ရန်ကုန်၊ မန္တလေး",
    ],
)
def test_near_misses_stay(text: str) -> None:
    assert _spans(text) == []
