"""Session 9 PII classes, judged on generated matrices (Faker names, libphonenumber numbers):

- names in the first cell of a dash-separated roster line with a phone (``NAME — shift — phone``)
  and in ``NAME: phone`` list lines, in uncased scripts, when the cell opens with a known given name;
- CJK names after role labels that do not say "name" (``担当:``, ``经办:``, ``담당:``), when the run
  reads as a name and is no place (`cjk_places_data`, from libphonenumber) or unit;
- a family name after a given and a middle name in uncased prose (``सुनीता देवी यादव``), and the
  word after a known given name after a title (``الدكتورة ليلى حداد طبيبة الأطفال``);
- labels holding a birth word are no names (``تاريخ الميلاد``); a person label before a message
  (``العميل: الطلب وصل ناقص قطعة``) names no one;
- the sender address of a mail ``Received: from`` / ``X-Originating-IP`` header written in a
  documentation range (an RFC 1918 address there is an internal relay);
- product and service nouns after a one-word NER hit (``Lenco secret key``, ``Maplerad support``);
- national phone numbers as whole cells of a header-less record row with an e-mail address
  (``Jane Doe | 050 123 4567 | jane@example.com``), for every region's example numbers.

Caveat: the uncased name lexicon is built from Faker's person lists, so the recall asserted on
Faker names here is an upper bound (circular); the near misses are written for these tests.
"""

# ruff: noqa: RUF001  # names and labels of other scripts are what these tests are about

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from faker import Faker

from redactor.detect.ner_context import service_name
from redactor.detect.pii.contact_rows import ContactRowDetector
from redactor.detect.pii.given_names import UNCASED_GIVEN_NAMES
from redactor.detect.pii.honorifics import HonorificDetector
from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.pii.phones import PhoneDetector
from redactor.detect.pii.scripts import ScriptNameDetector

ROOT = Path(__file__).resolve().parents[1]


def _found(detector: object, text: str, entity: str = "PERSON") -> set[str]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return {text[s.start : s.end] for s in spans if s.entity == entity}


def _mobile(region: str, rng: random.Random) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    digits = str(example.national_number)
    for _ in range(500):
        national = digits[:3] + "".join(rng.choice("0123456789") for _ in range(len(digits) - 3))
        parsed = phonenumbers.parse(f"+{example.country_code}{national}")
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# locale -> region of its numbers; Faker locales whose names are written in an uncased script
_UNCASED_LOCALES = {
    "hi_IN": "IN",
    "bn_BD": "BD",
    "gu_IN": "IN",
    "or_IN": "IN",
    "si_LK": "LK",
    "th_TH": "TH",
    "he_IL": "IL",
    "fa_IR": "IR",
}


def _full_names(locale: str, n: int, seed: int) -> list[str]:
    """`n` two-word names of `locale` that open with a given name the lexicon knows."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    out: list[str] = []
    for _ in range(n * 20):
        first, last = fake.first_name(), fake.last_name()
        if first in UNCASED_GIVEN_NAMES and " " not in last and not any(c in last for c in ".'\u2019-;,"):
            out.append(f"{first} {last}")
        if len(out) == n:
            break
    return out


@pytest.mark.parametrize("locale", sorted(_UNCASED_LOCALES))
def test_dash_roster_and_colon_list_names(locale: str) -> None:
    rng = random.Random(9)
    names = _full_names(locale, 6, 9)
    assert len(names) == 6, locale
    for i, name in enumerate(names):
        phone = _mobile(_UNCASED_LOCALES[locale], rng)
        dash = f"Duty roster, depot 3\n{name} — 08:00-16:00 — {phone}\n"
        colon = f"On-call list\n{name}: {phone}\n"
        assert name in _found(ContactRowDetector(), dash), (locale, i, "dash")
        assert name in _found(ContactRowDetector(), colon), (locale, i, "colon")


_SERVICE_ROWS = (
    # services, offices and shifts in the name's place: no known given name opens them
    "हेल्पलाइन सूची\nग्राहक सेवा — 24x7 — +91 98100 12345\nतकनीकी सहायता — सुबह — +91 98100 12346",
    "हेल्पलाइन सूची\nग्राहक सेवा: +91 98100 12345\nमुख्य कार्यालय: +91 98100 22345",
    "שירות לקוחות — א-ה — +972 52-774-3190\nתמיכה טכנית — 24/7 — +972 52-774-3191",
    "שירות לקוחות: +972 52-774-3190\nתמיכה טכנית: +972 52-774-3191",
    # প্রধান (Pradhan) is a family name, but here it means "head": a name opens with a given name
    "গ্রাহক সেবা — ২৪ ঘণ্টা — +880 1712-345678\nপ্রধান কার্যালয় — সকাল — +880 1712-345679",
    "ગ્રાહક સેવા — 24 કલાક — +91 98410 27736\nમુખ્ય કચેરી — સવારે — +91 94440 61528",
    "客服热线: +86 138 1762 4409\n技术支持: +86 139 1762 4409",
    "고객센터 — 평일 — +82 10-1234-5678\n기술지원 — 24시간 — +82 10-2234-5678",
)


@pytest.mark.parametrize("text", _SERVICE_ROWS)
def test_service_rows_name_no_one(text: str) -> None:
    assert not _found(ContactRowDetector(), text)


def test_a_lone_given_name_before_a_colon_is_not_enough() -> None:
    rng = random.Random(3)
    given = next(n for n in sorted(UNCASED_GIVEN_NAMES) if n.startswith("स"))
    assert not _found(ContactRowDetector(), f"सूची\n{given}: {_mobile('IN', rng)}\n")


def test_birth_word_labels_are_not_names() -> None:
    text = "تم تسجيل المريضة نورة العتيبي، تاريخ الميلاد 1983/05/17، رقم الجوال +966 55 213 8840."
    found = _found(ContactRowDetector(), text)
    assert "تاريخ الميلاد" not in found
    text = "রোগী, জন্মতারিখ 1983-05-17, ফোন +880 1712-345678"
    assert "জন্মতারিখ" not in _found(ContactRowDetector(), text)


# CJK role labels and Faker locales; the name is written family name first
_ROLE_LABELS = {
    "ja_JP": ("担当", "主治医", "講師", "連絡先"),
    "zh_CN": ("经办", "对接", "医生", "值班"),
    "zh_TW": ("經辦", "老師", "聯絡"),
    "ko_KR": ("담당", "담임", "강사", "당직"),
}
_ROLE_CARRIERS = ("メモ\n{l}: {n}（内線 {x}）\n以上", "{l}：{n}\n", "[{l}: {n}] 件名: 見積")


@pytest.mark.parametrize("locale", sorted(_ROLE_LABELS))
def test_cjk_role_labels(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(5)
    sep = " " if locale == "ja_JP" else ""
    hits = total = 0
    for label in _ROLE_LABELS[locale]:
        for carrier in _ROLE_CARRIERS:
            name = f"{fake.last_name()}{sep}{fake.first_name()}"
            text = carrier.format(l=label, n=name, x=4127)
            total += 1
            hits += name in _found(ScriptNameDetector(), text)
    assert hits >= total * 0.8, (locale, hits, total)


@pytest.mark.parametrize(
    "text",
    [
        "担当: 営業部",  # a department
        "担当：システム管理課",  # a section in katakana and kanji
        "连络先: 総務部（内線 4127）",
        "值班: 网络组",  # a team
        "经办: 兰州市",  # a city (libphonenumber's zh descriptions)
        "联系: 甘肃",  # a province
        "담당: 고객지원팀",  # a team
        "담당：부천시",  # a city by its suffix
        "医生：金門",  # a county that opens with a family name character (金)
        "担当: 株式会社",
        "連絡先: 高橋商事",  # a trading company that opens with a family name
        "对接: 中国银行",  # a bank
    ],
)
def test_cjk_role_labels_not_places_or_units(text: str) -> None:
    assert not _found(ScriptNameDetector(), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("담당: 박성구", "박성구"),  # a Korean given name ending like a district (구)
        ("담당: 최영도", "최영도"),  # ... like a province (도)
        ("担当: 高橋 健太（内線 4127）", "高橋 健太"),
    ],
)
def test_cjk_role_label_names_that_end_like_places(text: str, name: str) -> None:
    assert name in _found(ScriptNameDetector(), text)


def test_middle_and_family_name_in_uncased_prose() -> None:
    text = "केस नोट: लाभार्थी सुनीता देवी यादव, उम्र 43, पता गली 4।"
    assert "सुनीता देवी यादव" in _found(ScriptNameDetector(), text)
    fake = Faker("hi_IN")
    fake.seed_instance(11)
    hits = 0
    for _ in range(20):
        name = f"{fake.first_name()} {fake.first_name()} {fake.last_name()}"
        hits += name in _found(ScriptNameDetector(), f"कल शाम को {name} बाजार गई और सब्ज़ी खरीदी।")
    assert hits >= 12, hits
    # the word after a given name and a word is no family name: the name stays two words
    assert _found(ScriptNameDetector(), "कल शाम को सुनीता देवी बाजार गई और सब्ज़ी खरीदी।") == {"सुनीता देवी"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("الدكتورة ليلى حداد طبيبة الأطفال في المستشفى", "الدكتورة ليلى حداد"),
        ("الأستاذة نورة سعد الدوسري مديرة المبيعات ستتواصل معكم", "الأستاذة نورة سعد الدوسري"),
    ],
)
def test_family_name_after_a_title_and_a_given_name(text: str, name: str) -> None:
    assert name in _found(HonorificDetector(), text)


def test_title_and_given_name_before_a_function_word() -> None:
    # في "in" after the given name: the name ends there ("Mr Mohammed is in the office today ...")
    found = _found(HonorificDetector(), "السيد محمد في المكتب اليوم حتى المساء")
    assert found == {"السيد محمد"}


def test_person_label_before_a_message() -> None:
    assert not _found(ScriptNameDetector(), "العميل: الطلب وصل ناقص قطعة، أرجو التواصل معي.")
    assert "نورة العتيبي" in _found(ScriptNameDetector(), "العميل: نورة العتيبي")
    assert "محمد بن عبد الله" in _found(ScriptNameDetector(), "العميل: محمد بن عبد الله\n")


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("Received: from mail.example ([203.0.113.77])\nFrom: a@b.example", "203.0.113.77"),
        ("Received: from [198.51.100.23] (helo=laptop) by mx.example.org", "198.51.100.23"),
        ("X-Originating-IP: [192.0.2.40]\nSubject: hi", "192.0.2.40"),
        ("X-Forwarded-For: 203.0.113.9, 10.0.0.1", "203.0.113.9"),
    ],
)
def test_sender_header_addresses(text: str, ip: str) -> None:
    spans = IpAddressDetector().detect(text)
    assert any(text[s.start : s.end] == ip and s.score >= 0.5 for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Received: by 10.0.0.5 with SMTP id x; Tue, 1 Jan",  # the receiving relay
        "Received: from laptop by mx.example.org (10.0.0.5) with esmtp",  # the relay after "by"
        "server listens on 192.168.1.23 port 25",  # a machine of a network
        "Received: from mail-gw.example-bank.com (mail-gw.example-bank.com [10.12.0.5])",  # an internal relay
        "Received: from [192.168.1.23] (helo=laptop) by mx.example.org",  # RFC 1918: inside the network
        "see the example 203.0.113.77 in RFC 5737",  # a documentation address outside a header
    ],
)
def test_relays_and_machines_stay_below_threshold(text: str) -> None:
    assert all(s.score < 0.5 for s in IpAddressDetector().detect(text))


@pytest.mark.parametrize(
    ("text", "word", "service"),
    [
        ("Our Lenco secret key is in the vault.", "Lenco", True),
        ("ask Maplerad support if the webhook fails", "Maplerad", True),
        ("Remind Chidi to renew the Lenco contract.", "Lenco", True),
        ("the Paystack payout failed twice", "Paystack", True),
        ("Ana's secret is safe with me", "Ana", False),  # a possessive: a person
        ("Thanks, Tunde, see you", "Tunde", False),
    ],
)
def test_service_nouns_after_a_name(text: str, word: str, service: bool) -> None:
    start = text.index(word)
    assert service_name(text, start, start + len(word)) is service


def test_cjk_places_module_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_cjk_places.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


_ROWS = (
    "Jane Doe | {p} | jane@example.com",
    "- Jane Doe | {p} | jane@example.com",
    "Jane Doe; {p}; jane.doe@mail.example",
    "Jane Doe,{p},jane@example.com",
    "Jane Doe\t{p}\tjane@example.com",
)


@pytest.mark.parametrize("row", _ROWS)
def test_national_numbers_in_contact_rows(row: str) -> None:
    hits = total = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            number = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            text = row.format(p=number)
            total += 1
            hits += any(text[s.start : s.end] == number and s.score >= 0.5 for s in PhoneDetector().detect(text))
    assert hits >= total * 0.8, (hits, total)  # 7-digit plans (AC, AD, FK...) fall under the 8-digit floor


@pytest.mark.parametrize(
    "text",
    [
        "order 2024-11-03 | 0001 234 567 | jane@example.com",  # 00...: no trunk prefix, an id
        "INV-2024-0012 | 2024-11-03 | billing@example.com",  # a date
        "Total | € 12 345 678 | billing@example.com",  # money
        "SKU 12345678 | qty 3 | orders@example.com",  # one ungrouped run
        "Jane Doe | 050 123 4567 | no mail here",  # no e-mail in the row
        "ref 050 123 4567 now | jane@example.com",  # not a whole cell
    ],
)
def test_contact_row_numbers_near_misses(text: str) -> None:
    assert all(s.score < 0.5 for s in PhoneDetector().detect(text))
