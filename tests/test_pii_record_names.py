"""`pii.record_name`: a name between a record label and a phone/date/id/e-mail field, in non-Latin
scripts; generated label x name x separator x value rows and near misses."""

# ruff: noqa: RUF001  -- non-Latin samples are the point of these tests.
from __future__ import annotations

import itertools
import random

import pytest

from redactor.detect.pii.record_names import RecordNameDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = RecordNameDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.record_name" for s in spans)
    return [text[s.start : s.end] for s in spans]


# (label, name, field word) per script; none of these rows is a dev-set line.
ROWS = [
    ("ग्राहक", "सुरेश यादव", "फ़ोन"),  # Devanagari
    ("রোগী", "মিতালী দাস", "ফোন"),  # Bengali
    ("ਵਿਦਿਆਰਥੀ", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "ਮੋਬਾਈਲ"),  # Gurmukhi
    ("ગ્રાહક", "નિકિતા શાહ", "મોબાઇલ"),  # Gujarati
    ("வாடிக்கையாளர்", "கார்த்திக் ராஜா", "தொலைபேசி"),  # Tamil
    ("ಗ್ರಾಹಕ", "ಶ್ವೇತಾ ರಾವ್", "ಫೋನ್"),  # Kannada
    ("രോഗി", "ശ്രീജിത്ത് നായർ", "ഫോൺ"),  # Malayalam
    ("ምዝገባ", "ዳዊት ገብሬ", "ስልክ"),  # Ethiopic
    ("المريض", "سلمى الخطيب", "هاتف"),  # Arabic
    ("Пациент", "Ольга Ковальчук", "тел."),  # Cyrillic
    ("Подносилац", "Јелена Марковић", "ЈМБГ"),  # Serbian Cyrillic
]
SEPS = [", ", "، ", "; ", " / "]
VALUES = ["+91 98765 43210", "0712 345 678", "14/07/1989", "1989-07-14", "7708123456789", "a.b@example.org"]


@pytest.mark.parametrize(("label", "name", "field"), ROWS)
def test_generated_rows(label: str, name: str, field: str) -> None:
    rng = random.Random(label)
    for sep, value in rng.sample(list(itertools.product(SEPS, VALUES)), 8):
        colon = rng.choice([": ", ":", " : "])
        text = f"{label}{colon}{name}{sep}{field} {value}"
        assert found(text) == [name], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("顾客信息：李建国，电话 139 0000 1234", "李建国"),
        ("受付票：高橋 美咲（090-1111-2222）", "高橋 美咲"),
        ("회원 정보: 정민수, 생년월일 1990.01.02", "정민수"),
    ],
)
def test_cjk_rows(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "状态：完成，耗时 12345678 ms",  # a status word, not a known family name
        "Статус: Готово, код 12345678",  # one Cyrillic word
        "الحالة: مكتمل، التاريخ 2024-01-01",  # one word
        "ग्राहक: सुरेश यादव, फ़ोन 1234",  # too few digits for a phone or an id
        "ग्राहक: सुरेश यादव, आज बहुत देर से आए और फिर चले गए 98765 43210",  # value too far from the name
        "ग्राहक सुरेश यादव, फ़ोन +91 98765 43210",  # no label colon
        "Customer: Green Tea, SKU 12345678",  # Latin is left to the cased-name rules
    ],
)
def test_near_misses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("value", ["1.2.3.4", "1 2 3 4 5", "(0) 1 2 3"])
def test_value_of_a_number_shape_with_few_digits_is_no_record_field(value: str) -> None:
    """A version or a code of the number shape with fewer than seven digits is no phone or id:
    the row is no record. Control: the same row with a phone number is one."""
    assert found(f"Статус: Сборка Завершена, версия {value}") == []
    assert found("Статус: Сборка Завершена, тел. +7 701 441 2290") == ["Сборка Завершена"]


@pytest.mark.parametrize("place", ["黄山", "张家界", "高雄", "金华", "周口", "武汉"])
def test_cjk_place_with_a_family_name_first_is_no_name(place: str) -> None:
    """A place whose first character is a family name (黄, 张, 高, 金, 周, 武) has a name's shape;
    a delivery row names places. Control: a name in the same row is found."""
    assert found(f"配送地址：{place}，电话 13800138000") == []
    assert found("配送地址：王晓明，电话 13800138000") == ["王晓明"]


def test_run_with_digits_of_its_script_is_no_name() -> None:
    """Devanagari digits sit in the block of its letters: a run holding them (``सुरेश ४५६७``) is
    no name. Control: the same row with a family name."""
    assert found("ग्राहक: सुरेश ४५६७, फ़ोन +91 98765 43210") == []
    assert found("ग्राहक: सुरेश यादव, फ़ोन +91 98765 43210") == ["सुरेश यादव"]
