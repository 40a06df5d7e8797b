"""`pii.script_name` additions: katakana readings after a name, and Arabic given names in their other
common spellings (`given_names.arabic_spellings`); generated matrices and near misses."""

# ruff: noqa: RUF001  -- full-width parentheses around Japanese readings are the point of these tests.
from __future__ import annotations

import pytest

from redactor.detect.pii.given_names import UNCASED_GIVEN_NAMES, arabic_spellings
from redactor.detect.pii.honorifics import HonorificDetector
from redactor.detect.pii.salutations import SalutationDetector
from redactor.detect.pii.scripts import ScriptNameDetector


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ScriptNameDetector().detect(text)]


JA_NAMES = [("佐藤 健太", "サトウ ケンタ"), ("山田太郎", "ヤマダタロウ"), ("高橋 美咲", "タカハシ・ミサキ")]
JA_TEMPLATES = ["氏名：{n}（{r}）\n住所：東京都", "お名前: {n} ({r})", "担当者：{n}（{r}）様"]


@pytest.mark.parametrize("template", JA_TEMPLATES)
@pytest.mark.parametrize(("name", "reading"), JA_NAMES)
def test_katakana_reading_after_a_name(template: str, name: str, reading: str) -> None:
    assert found(template.format(n=name, r=reading)) == [name, reading]


@pytest.mark.parametrize(
    "text",
    ["東京タワー（トウキョウタワー）", "製品名：ノートパソコン（ノート）", "（サトウ ケンタ）だけ"],
)
def test_katakana_without_a_name_before(text: str) -> None:
    """A reading only follows a name the detector found; product names and bare katakana stay."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("name", "variant"),
    [("نوره", "نورة"), ("أحمد", "احمد"), ("إيمان", "ايمان"), ("أسامة", "اسامه")],
)
def test_arabic_spellings(name: str, variant: str) -> None:
    assert variant in arabic_spellings(name)


def test_other_scripts_have_no_variants() -> None:
    assert arabic_spellings("नूरा") == {"नूरा"} and arabic_spellings("") == {""}


# Sentences with a given name in the spelling Faker does not list: ta marbuta for ha, no hamza.
AR_SENTENCES = [
    ("تم تسجيل الجهاز الطبي باسم المريضة {n} العتيبي، تاريخ الميلاد 1983/05/17", "{n} العتيبي"),
    ("أنا {n} الحربي، أريد تحديث عنواني", "{n} الحربي"),
]


@pytest.mark.parametrize(("template", "expected"), AR_SENTENCES)
@pytest.mark.parametrize("given", ["نورة", "احمد", "ايمان"])
def test_arabic_names_in_other_spellings(template: str, expected: str, given: str) -> None:
    assert given in UNCASED_GIVEN_NAMES
    assert found(template.format(n=given)) == [expected.format(n=given)]


def test_the_word_names_is_not_asma() -> None:
    """اسماء is "names" in software text (اسماء الأيام, "day names"), not the name أسماء."""
    assert "اسماء" not in UNCASED_GIVEN_NAMES
    assert found("اسماء الأيام") == []


@pytest.mark.parametrize("name", ["مریم رضایی", "علی محمدی", "سارا احمدی"])
def test_persian_greeting_formula_before_a_name(name: str) -> None:
    """``سلام وقت بخیر`` ("hello, good day") is one greeting: the name is what follows it."""
    text = f"سلام وقت بخیر {name}، سفارش شما ارسال شد"
    assert [text[s.start : s.end] for s in SalutationDetector().detect(text)] == [name]


def test_persian_greeting_formula_alone() -> None:
    text = "سلام وقت بخیر، در درگاه هنگام ایجاد تراکنش خطا دریافت می‌کنیم."
    assert SalutationDetector().detect(text) == []
    assert ScriptNameDetector().detect(text) == []


# Thai titles + given name + family name written apart (composed from common Thai names).
TH_NAMES = [("คุณ", "ปิยะนุช", "ศรีสุข"), ("คุณ", "ณัฐพล", "วงศ์สวัสดิ์"), ("นาย", "สมศักดิ์", "ทองดี")]
TH_TEMPLATES = [
    "เรียน {t}{g} {f} ขอบคุณสำหรับรีวิวค่ะ",
    "{t}{g} {f}, โทร 081 234 5678",
    "ผู้ติดต่อ: {t}{g} {f}\nอีเมล: x@example.com",
]


@pytest.mark.parametrize("template", TH_TEMPLATES)
@pytest.mark.parametrize(("title", "given", "family"), TH_NAMES)
def test_thai_titled_name_with_family_name(template: str, title: str, given: str, family: str) -> None:
    text = template.format(t=title, g=given, f=family)
    got = [text[s.start : s.end] for s in HonorificDetector().detect(text)]
    assert f"{title}{given} {family}" in got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("คุณสมชาย ได้รับพัสดุแล้ว", "ได้รับพัสดุแล้ว"),  # a verb after the name starts with a function word
        ("คุณสมชาย ครับ", "ครับ"),  # a polite particle
        ("คุณมีการเปลี่ยนแปลง กรุณาเรียก", "กรุณาเรียก"),  # after a run too long for a given name
    ],
)
def test_thai_family_name_near_misses(text: str, word: str) -> None:
    """The word after the titled run is not taken as a family name."""
    got = [text[s.start : s.end] for s in HonorificDetector().detect(text)]
    assert not any(word in g for g in got)
