"""`pii.vietnamese_name` (family name + given/middle syllables) and all-caps names inside mixed-case
lines (`pii.given_name`): generated matrices and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.lexnames import GivenNameDetector
from redactor.detect.pii.vietnamese_names import VietnameseNameDetector


def vn(text: str) -> list[str]:
    spans = VietnameseNameDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.vietnamese_name" for s in spans)
    return [text[s.start : s.end] for s in spans]


# Composed from common family, middle and given names (with and without tone marks).
VN_NAMES = [
    "Phạm Minh Quang",
    "Nguyễn Thị Thu Hà",
    "Trần Văn Nam",
    "Lê Hoàng Anh",
    "Đặng Thùy Trâm",
    "Huỳnh Tấn Phát",
    "Nguyen Van An",
    "Hoang Thi Mai",
    "Tran Minh",
    "Le Duc Anh",
    "Vo Thanh Tung",
]
VN_CONTEXTS = [
    ("{n}", "alone"),
    ("Em gửi lại thông tin để làm hợp đồng: {n}, sinh ngày 12/04/1992", "Vietnamese prose"),
    ("Attendees: {n} (vendor), Reza Tehrani", "an English attendee list"),
    ("| {n} | 0912 447 385 |", "a table cell"),
    ("Người nhận: {n}\nSĐT: 0912 447 385", "a form line"),
]


@pytest.mark.parametrize(("template", "why"), VN_CONTEXTS, ids=[c[1] for c in VN_CONTEXTS])
@pytest.mark.parametrize("name", VN_NAMES)
def test_vietnamese_names(template: str, why: str, name: str) -> None:
    assert vn(template.format(n=name)) == [name]


VN_NEAR_MISSES = [
    ("We flew to Ho Chi Minh City last week.", "a city: the run goes on into 'City'"),
    ("Nguyen Hue Boulevard is closed", "a boulevard named after a person"),
    ("Nhà hàng ở đường Lê Lợi, Quận 1", "after a street word"),
    ("Giao hàng tới TP. Hồ Chí Minh trong ngày", "after 'TP.' (the city)"),
    ("Read the Le Mans report; Mai Tai cocktails; Ho Ho Ho", "short family names need two syllables"),
    ("Le Monde published it", "French article"),
    ("Do Thái là một dân tộc", "'Do' without its marks is no family name alone"),
    ("Vương Quốc Thái Lan", "'kingdom of Thailand'"),
    ("Thái Bình Dương rộng lớn", "'the Pacific'"),
    ("Dương Ấn", "a marked syllable is only the syllable with those marks"),
]


@pytest.mark.parametrize(("text", "why"), VN_NEAR_MISSES, ids=[r[1] for r in VN_NEAR_MISSES])
def test_vietnamese_near_misses(text: str, why: str) -> None:
    assert vn(text) == []


def caps(text: str) -> list[str]:
    return [text[s.start : s.end] for s in GivenNameDetector().detect(text)]


CAPS_NAMES = ["JOSEPH MWANGI KARIUKI", "ANJA HOLTKAMP", "AMINA WANJIKU", "MARIA OKONKWO"]
CAPS_CONTEXTS = [
    ("| 21/11 | Pesa imetumwa kwa {n} 0722 318 094 | -2,500 |", "M-PESA statement row"),
    ('payload: {{"card": "4794896546707160", "holder": "{n}", "amount": 12990}}', "a JSON value"),
    ("transfer to {n}, ref 4471", "before a comma"),
    ("cardholder {n} | exp 09/29", "before a cell bar"),
]


@pytest.mark.parametrize(("template", "why"), CAPS_CONTEXTS, ids=[c[1] for c in CAPS_CONTEXTS])
@pytest.mark.parametrize("name", CAPS_NAMES)
def test_all_caps_names_inside_lines(template: str, why: str, name: str) -> None:
    assert caps(template.format(n=name)) == [name]


CAPS_NEAR_MISSES = [
    ("Visit JOSEPH STREET BRIDGE today", "English words after the given name"),
    ("Release notes: MARIA DB SERVER 10.5 is out", "a product"),
    ("the value THOMAS JEFFERSON was a president", "no cell, value or number after it"),
    ("Set DANIEL MODE ON, then", "English words"),
    ("WARNING: JOSEPH MWANGI KARIUKI 0722 318 094", "a line in capitals has no lower-case context"),
]


@pytest.mark.parametrize(("text", "why"), CAPS_NEAR_MISSES, ids=[r[1] for r in CAPS_NEAR_MISSES])
def test_all_caps_near_misses(text: str, why: str) -> None:
    assert caps(text) == []


# Yoruba spellings (tone marks, dotted letters) of given names the lexicons hold unmarked.
YO_NAMES = ["Adébáyọ̀ Ọlábísí", "Fúnmiláyọ̀ Àdìsá", "Adébáyọ̀ Ògúnlẹyẹ"]
YO_CONTEXTS = [
    ("E kaaro o! Ẹ jọ̀ọ́ ẹ fi ẹrù náà ranṣẹ́ sí {n}, No. 23 Bódé Thomas Street, Lagos.", "Yoruba delivery request"),
    ("Ẹ káàárọ̀! Mo jẹ́ {n}, nọ́mbà mi ni 0803 512 7740.", "Yoruba self-introduction"),
    ("Ẹ ṣé o, {n} ti san owó náà.", "Yoruba thanks"),
]


@pytest.mark.parametrize(("template", "why"), YO_CONTEXTS, ids=[c[1] for c in YO_CONTEXTS])
@pytest.mark.parametrize("name", YO_NAMES)
def test_yoruba_marked_names(template: str, why: str, name: str) -> None:
    assert name in caps(template.format(n=name))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Ọjọ́ Ajé ni a ó pàdé ní Ìbàdàn.", "Yoruba words and a city, no known name under the marks"),
        ("Àrin Áfríkà àti Ẹ̀kun Gúúsù", "no dotted letter in the word itself ('Central Africa')"),
        ("Ẹ ṣé. Quần Đảo Phoenix, Thuỵ Điển", "Vietnamese marks are not Yoruba ones"),
    ],
)
def test_yoruba_near_misses(text: str, why: str) -> None:
    assert caps(text) == []
