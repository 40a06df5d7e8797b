"""Addresses of shapes the first rounds missed: no house number, all lower case, dash-separated
units, floors after a building, grid addresses, native scripts (Thai, Arabic, Hebrew), Vietnamese
street types, and ``Label: value`` lines the segmenter reads as code.

Each row: (text, values the detector must report, why); an empty tuple is a near miss that must
stay unreported. Every row also runs as the content of a JSON tool message (escaped, as tool
results arrive).
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.address_native import NativeAddressDetector


def found(text: str) -> tuple[str, ...]:
    spans = [*AddressDetector().detect(text), *NativeAddressDetector().detect(text)]
    return tuple(sorted({text[s.start : s.end] for s in spans}))


def escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


ROWS = [
    # streets without a house number: only with strong evidence after them
    (
        "The contact card now reads:\n\nDr. Rashid\nKing Fahd Road, Olaya District\nRiyadh 12214\n+966 11 462 8800",
        ("King Fahd Road, Olaya District\nRiyadh 12214",),
        "numberless street, district, then a city-and-postcode line",
    ),
    (
        "Location: Moi Avenue, Kimathi House 4th Floor, Nairobi\nIssue: refund",
        ("Moi Avenue, Kimathi House 4th Floor, Nairobi",),
        "numberless street after a cue; building with a floor; city",
    ),
    (
        "Contact:\nKing Fahd Road\nOlaya District\nRiyadh 12214\n",
        ("King Fahd Road\nOlaya District\nRiyadh 12214",),
        "numberless street as the first line of an address block",
    ),
    ("Abbey Road\nThe Beatles 1969\n", (), "a numberless street over one line with a year"),
    ("We met on Wall Street, New York and then left.", (), "a famous street in a sentence, no postcode, no cue"),
    ("Take Main Street, then turn left at the mill.", (), "directions: one part after the street only"),
    # lower case, as typed in chat
    (
        "oye, vive en calle mayor 12, 2º izq, 50001 zaragoza",
        ("calle mayor 12, 2º izq, 50001 zaragoza",),
        "lower-case Spanish street, floor/door, postcode, lower-case city",
    ),
    (
        "il mio indirizzo è via roma 15, 20121 milano",
        ("via roma 15, 20121 milano",),
        "lower-case Italian street; an accented lower-case word (è) starts no street",
    ),
    (
        "moro na avenida paulista 1000, bela vista, são paulo",
        ("avenida paulista 1000, bela vista, são paulo",),
        "lower-case Brazilian street after a cue, lower-case district and city",
    ),
    ("the calle 12 bus goes downtown", (), "a lower-case street type with no evidence"),
    ("paid via M-Pesa twice for invoice 7712, wants one refunded", (), "via + sentence words + a number"),
    ("I went via the back door 2 times", (), "via as a preposition"),
    # units and floors
    (
        "Endereço de entrega: Rua Augusta, 1508 - apto 72, Consolação, São Paulo - SP, 01304-001\n\nMensagem",
        ("Rua Augusta, 1508 - apto 72, Consolação, São Paulo - SP, 01304-001",),
        "Brazilian unit after a dash",
    ),
    (
        "Office: 350 Fifth Avenue, 34th Floor, New York, NY 10118",
        ("350 Fifth Avenue, 34th Floor, New York, NY 10118",),
        "ordinal floor as a unit",
    ),
    # grid addresses
    ("Dirección: Carrera 7 # 71-21, Bogotá", ("Carrera 7 # 71-21, Bogotá",), "Colombian grid address on a label line"),
    ("Calle 26 No. 59-51, Bogotá", ("Calle 26 No. 59-51, Bogotá",), "grid address with No."),
    ("see calle 5 and carrera 7 on the map", (), "street names without the # block-house part"),
    # Vietnamese street types
    (
        "Địa chỉ: 123 Đường Lê Lợi, Phường Bến Nghé, Quận 1",
        ("123 Đường Lê Lợi, Phường Bến Nghé, Quận 1",),
        "Vietnamese number + Đường + name, ward, district",
    ),
    # Japanese block addresses in Latin letters
    (
        "Home: 8 Chome-2-1 Ginza, Chuo City, Tokyo 104-0061",
        ("8 Chome-2-1 Ginza, Chuo City, Tokyo 104-0061",),
        "chōme written out",
    ),
    # lower-case words of cased scripts start no street; street-type abbreviations do
    (
        "Παράδοση: Γιώργος, τηλ. 210 7243 115, Λεωφόρος Αλεξάνδρας 76, 114 73 Αθήνα.",
        ("Λεωφόρος Αλεξάνδρας 76, 114 73 Αθήνα",),
        "Greek avenue after a phone number: the phone word is no street",
    ),
    ("Адреса: вул. Хрещатик 22, Київ 01001", ("вул. Хрещатик 22, Київ 01001",), "Ukrainian вул. kept"),
    # native scripts
    (
        "ที่อยู่: 99/12 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110",
        ("99/12 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110",),
        "Thai house number, soi, khwaeng, khet, Bangkok, postcode",
    ),
    ("ราคา 99 บาท ส่งฟรี", (), "Thai: a number and words, no address word"),
    (
        "العنوان: شارع الملك فهد 123، الرياض 12211",
        ("شارع الملك فهد 123، الرياض 12211",),
        "Arabic street word, name, number, city and postcode",
    ),
    ("شارع الملك فهد مزدحم اليوم", (), "Arabic street name without a number"),
    ("כתובת: רחוב הרצל 15, תל אביב", ("רחוב הרצל 15, תל אביב",), "Hebrew street word, name, number, city"),
    # label lines the segmenter reads as code
    (
        "Cliente: Ana\nDirección de envío: Carrera 15 # 93-60, Bogotá\nTeléfono: 601 555 0101",
        ("Carrera 15 # 93-60, Bogotá",),
        "a multi-word non-English address label",
    ),
]


@pytest.mark.parametrize("form", ["plain", "json"])
@pytest.mark.parametrize(("text", "expected", "why"), ROWS, ids=[r[2] for r in ROWS])
def test_address_shapes(text: str, expected: tuple[str, ...], why: str, form: str) -> None:
    if form == "json":
        text = json.dumps({"role": "tool", "content": text}, ensure_ascii=False)
        expected = tuple(escaped(e) for e in expected)
    assert found(text) == tuple(sorted(expected)), why


def test_numberless_street_needs_more_than_one_part() -> None:
    # The same street with a postcode line after it is an address; with one city only it is not.
    assert found("King Fahd Road, Olaya District\nRiyadh 12214") == ("King Fahd Road, Olaya District\nRiyadh 12214",)
    assert found("King Fahd Road, Riyadh") == ()
