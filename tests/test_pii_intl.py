"""Non-Latin names, native-script addresses and national phone formats; hits and near misses."""

# ruff: noqa: RUF001  -- CJK, Korean, Cyrillic and Devanagari samples are the point of these tests.
from __future__ import annotations

import pytest

from redactor.detect.pii.accounts import AccountNameDetector
from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.address_native import NativeAddressDetector
from redactor.detect.pii.contact import PhoneDetector
from redactor.detect.pii.scripts import ScriptNameDetector
from redactor.detect.pii.structured import StructuredFieldDetector
from redactor.detect.span import Span


def values(spans: list[Span], text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in spans if s.entity == entity and s.score >= 0.5]


NAME_HITS = [
    ("[10:02] 田中 一郎: 資料を送りました\n[10:03] Ken: ok", ["田中 一郎"], "CJK chat speaker with a space"),
    ("鈴木 大輔 様\n\nご連絡ありがとうございます。", ["鈴木 大輔"], "Japanese honorific after the name"),
    ("최민수 님, 안녕하세요", ["최민수"], "Korean honorific after the name"),
    ("본문입니다.\n\n감사합니다.\n\n박 지훈", ["박 지훈"], "spaced name alone on the last line (signature)"),
    ("수령인: 정하늘\n주소: 부산", ["정하늘"], "Korean recipient label"),
    ("寄件人：王小明\n电话：", ["王小明"], "Chinese sender label"),
    (
        "ship to فاطمة الزهراء (Fatima Al Zahra), Villa 9",
        ["فاطمة الزهراء", "Fatima Al Zahra"],
        "Arabic before its transliteration (both)",
    ),
    ("राहुल वर्मा (Rahul Verma) joined", ["राहुल वर्मा", "Rahul Verma"], "Devanagari before its transliteration (both)"),
    ("최유진 <yujin.choi@example.kr>", ["최유진"], "Hangul before a mailbox"),
    ("Отправитель: Игорь Петров-Водкин\nТел.: 8 (916) 000-11-22", ["Игорь Петров-Водкин"], "Russian label"),
]


@pytest.mark.parametrize(("text", "expected", "why"), NAME_HITS, ids=[r[2] for r in NAME_HITS])
def test_script_name_hits(text: str, expected: list[str], why: str) -> None:
    assert values(ScriptNameDetector().detect(text), text, "PERSON") == expected


NAME_MISSES = [
    ("会社 概要\n本文です", "a spaced heading on the first line is not a signature"),
    ("北京大学 (Peking University) 是一所大学", "an organisation's transliteration"),
    ("본문 [10:00] 확인 완료", "a timestamp without a speaker colon"),
    ("Получатель: не указан", "lower-case words after a Russian label"),
    ("ФИО: Иванов", "one Cyrillic word is not enough"),
]


@pytest.mark.parametrize(("text", "why"), NAME_MISSES, ids=[r[1] for r in NAME_MISSES])
def test_script_name_near_misses(text: str, why: str) -> None:
    assert values(ScriptNameDetector().detect(text), text, "PERSON") == []


ADDRESS_HITS = [
    (
        "新住所：〒530-0001 大阪府大阪市北区梅田3-1-1 5階\n電話：",
        ["〒530-0001 大阪府大阪市北区梅田3-1-1 5階"],
        "JP postal mark",
    ),
    ("住所：愛知県名古屋市中区栄3-4-5", ["愛知県名古屋市中区栄3-4-5"], "JP prefecture and blocks"),
    ("地址：北京市朝阳区建国路88号3单元1201室。", ["北京市朝阳区建国路88号3单元1201室"], "CN city district road"),
    ("주소: 부산광역시 해운대구 센텀중앙로 79, 502호", ["부산광역시 해운대구 센텀중앙로 79, 502호"], "KR road name"),
    ("Адрес: г. Казань, ул. Баумана, д. 44, кв. 3", ["г. Казань, ул. Баумана, д. 44, кв. 3"], "RU street"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ADDRESS_HITS, ids=[r[2] for r in ADDRESS_HITS])
def test_native_address_hits(text: str, expected: list[str], why: str) -> None:
    assert values(NativeAddressDetector().detect(text), text, "ADDRESS")[:1] == expected


ADDRESS_MISSES = [
    ("上海市的天气很好", "a city name in a sentence"),
    ("ул. Ленина в городе", "a street without a house number"),
    ("Москва, 2024 год", "a city and a year"),
    ("서울특별시 마포구 소식", "a district without a road and number"),
]


@pytest.mark.parametrize(("text", "why"), ADDRESS_MISSES, ids=[r[1] for r in ADDRESS_MISSES])
def test_native_address_near_misses(text: str, why: str) -> None:
    assert values(NativeAddressDetector().detect(text), text, "ADDRESS") == []


def test_indian_address_with_building_before_the_cross() -> None:
    text = "Rahul, Flat 12, Green Meadows, 4th Main, Jayanagar, Bengaluru 560041, call later"
    assert values(AddressDetector().detect(text), text, "ADDRESS") == [
        "Flat 12, Green Meadows, 4th Main, Jayanagar, Bengaluru 560041"
    ]


PHONE_HITS = [
    ("電話：06-6345-1122", "06-6345-1122", "Japanese label"),
    ("电话：139 0011 2233", "139 0011 2233", "Chinese label, mobile grouping"),
    ("연락처: 010-9876-5432", "010-9876-5432", "Korean label"),
    ("Телефон: 8 (495) 123-45-67", "8 (495) 123-45-67", "Russian label, trunk prefix before the area code"),
    ("mobile 098765 43210", "098765 43210", "Indian six-digit first group"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PHONE_HITS, ids=[r[2] for r in PHONE_HITS])
def test_national_phone_hits(text: str, expected: str, why: str) -> None:
    assert values(PhoneDetector().detect(text), text, "PHONE_NUMBER") == [expected]


@pytest.mark.parametrize(
    "text", ["order 123456 7890", "build 202401 1234 done", "f(1) (2) 3", "x = 3 (4) 5678 9012", "日付：2024-05-01"]
)
def test_national_phone_near_misses(text: str) -> None:
    assert values(PhoneDetector().detect(text), text, "PHONE_NUMBER") == []


def test_digits_only_recipient_of_a_messaging_call() -> None:
    text = "await client.post('/api/sms/send', {\n  to: '447700900123',\n  body: 'hi',\n});"
    assert values(StructuredFieldDetector().detect(text), text, "PHONE_NUMBER") == ["447700900123"]


@pytest.mark.parametrize(
    "text",
    [
        '{"to": "447700900123", "amount": 5}',  # no messaging words
        '{"type": "sms", "to": "20240101120000"}',  # a compact timestamp
        "sms: {to: '1700000000123'}",  # epoch milliseconds
        '{"channel": "sms", "to": "ops-team"}',  # not digits
    ],
)
def test_recipient_near_misses(text: str) -> None:
    assert values(StructuredFieldDetector().detect(text), text, "PHONE_NUMBER") == []


def test_gecos_phone_fields() -> None:
    text = (
        "ada:x:1001:1001:Ada Obi,Room 2,+44 20 7946 0321,:/home/ada:/bin/bash\n"
        "bo:x:1002:1002:Bo Lind,3.14,1003,1.2.3:/home/bo:/bin/zsh\n"
    )
    assert values(AccountNameDetector().detect(text), text, "PHONE_NUMBER") == ["+44 20 7946 0321"]


def test_iteration_mark_in_a_japanese_name() -> None:
    text = "受取人：佐々木 翔太 様"
    assert values(ScriptNameDetector().detect(text), text, "PERSON") == ["佐々木 翔太"]


def test_russian_street_type_after_the_name() -> None:
    text = "адрес: 190000, г. Санкт-Петербург, Невский пр-т, д. 28"
    assert values(NativeAddressDetector().detect(text), text, "ADDRESS") == [
        "190000, г. Санкт-Петербург, Невский пр-т, д. 28"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هاتف: 050 318 7742", "050 318 7742"),
        ("טלפון: 052 5551234", "052 5551234"),
        ("मोबाइल: 98450 27731", "98450 27731"),
    ],
)
def test_phone_labels_of_other_scripts(text: str, expected: str) -> None:
    assert values(PhoneDetector().detect(text), text, "PHONE_NUMBER") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("المستلم: خالد المنصوري", ["خالد المنصوري"]),
        ("נמען: דוד כהן", ["דוד כהן"]),
        ("प्राप्तकर्ता: प्रिया शर्मा", ["प्रिया शर्मा"]),
    ],
)
def test_recipient_labels_of_other_scripts(text: str, expected: list[str]) -> None:
    assert values(ScriptNameDetector().detect(text), text, "PERSON") == expected
