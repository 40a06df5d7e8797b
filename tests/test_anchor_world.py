"""Session 15 cues of `pii.role_anchor` (`anchor_world`) and the phone words of `phone_words_world`.

Names are generated (Faker locales, seeded; Burmese names built from syllables) or invented here;
no evaluation text is copied. Every positive case has a phone number on the line and is checked
again without it (no name then); near misses put ordinary words, places and systems after the cue.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # texts in other scripts are the point here
import random

import phonenumbers
import pytest
from faker import Faker

from redactor.detect.pii.anchor_world import GLUED_TITLES, HANDLING, TITLES
from redactor.detect.pii.phone_words_world import PHONE_WORDS
from redactor.detect.pii.phones import PhoneDetector
from redactor.detect.pii.role_anchor import RoleAnchorDetector

_DET = RoleAnchorDetector()
_PHONES = PhoneDetector()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _DET.detect(text)]


def _phone(rng: random.Random) -> str:
    country = rng.choice((95, 855, 856, 98, 966, 251))
    return f"+{country} {rng.randint(70, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


_SYLLABLE_TEXT = "အောင် ကျော် ဝင်း မြင့် ခင် ကြည် ဇော် မင်း သန့် ထွန်း လှ မြ စိုး နိုင် သိန်း ဌေး ညွန့် ဖြိုး ဝေ သူ"
_MY_SYLLABLES = tuple(_SYLLABLE_TEXT.split())


@pytest.mark.parametrize("title", GLUED_TITLES)
def test_burmese_titles_joined_to_generated_names(title: str) -> None:
    rng = random.Random(title)
    hits = 0
    for _ in range(15):
        name = "".join(rng.choice(_MY_SYLLABLES) for _ in range(rng.randint(2, 3)))
        for sep, tail in (("", " ဖုန်း "), (" ", "ကို ဆက်သွယ်ပါ ")):
            text = f"ဖောက်သည် {title}{sep}{name}{tail}{_phone(rng)}"
            hits += f"{title}{sep}{name}" in _found(text)
            assert _found(f"ဖောက်သည် {title}{sep}{name}{tail}နောက်မှ") == []  # no phone on the line
    assert hits >= 28, (title, hits)


@pytest.mark.parametrize(
    "text",
    [
        "ဒေါ်လာ ၅၀၀ ပေးပါ 09451234567",  # dollar
        "ဦးစီးဌာန ဖုန်း 09451234567",  # the leading department
        "ဦးဆောင်သူ အဖွဲ့ ဖုန်း 09451234567",  # the leader
        "09451234567 ကိုဆက်သွယ်ပါ",  # ကို after a number: the object particle
        "ကိုယ်တိုင် ဖုန်းဆက်ပါ 09451234567",  # oneself
        "ဦးဝိစာရလမ်း အမှတ် ၁၂ ဖုန်း 09451234567",  # a road named after a person
        "သူ့ကို ဖုန်း 09451234567",  # ကို inside a word
    ],
)
def test_burmese_ordinary_words_stay_unmasked(text: str) -> None:
    assert _found(text) == []


# (language, title, invented name, text after it)
_TITLED = [
    ("ar", "الحاج", "سليمان العبيدي", "، جوال"),
    ("ar", "الشيخة", "موزة الكعبي", " هاتف"),
    ("ar", "المهندس", "طارق الدباغ", " رقم"),
    ("fa", "آقای", "بهروز فتحی", " تلفن"),
    ("fa", "سرکار خانم", "شیوا نوروزی", " شماره"),
    ("ur", "جناب", "فرحان ملک", " فون"),
    ("ps", "ښاغلی", "زلمی ستانکزی", " شمېره"),
    ("ckb", "کاک", "هێمن عومەر", " ژمارە"),
    ("he", "גב'", "אורית שטרן", " טלפון"),
    ("am", "ወይዘሮ", "ትዕግስት አለሙ", " ስልክ"),
    ("ka", "ქალბატონი", "თამარ კვარაცხელია", " ტელ."),
    ("hi", "श्रीमती", "सुनीता यादव", " फोन"),
    ("bn", "জনাব", "রফিক উদ্দিন", " ফোন"),
    ("ta", "திருமதி", "லதா ராஜன்", " தொலைபேசி"),
    ("lo", "ທ້າວ", "ສົມພອນ ແກ້ວມະນີ", " ໂທ"),
    ("km", "លោកស្រី", "សុខ ចន្ធី", " ទូរស័ព្ទ"),
]


@pytest.mark.parametrize(("lang", "title", "name", "tail"), _TITLED)
def test_uncased_titles_take_invented_names_on_a_phone_line(lang: str, title: str, name: str, tail: str) -> None:
    text = f"{title} {name}{tail} {_phone(random.Random(lang))}"
    assert name in _found(text), lang
    assert name not in _found(f"{title} {name}{tail} لاحقاً"), lang


@pytest.mark.parametrize(
    "text",
    [
        "شارع الشيخ زايد الأول هاتف 04 123 4567",  # a street named after a person
        "مستشفى الملك فهد التخصصي 011 234 5678",  # no title: no cue
        "خیابان آقای بهروز فتحی تلفن 021 1234 5678",  # a street
        "ពិភពលោក ថ្មី ស្អាត 012 345 678",  # "world", not the title លោក
        "ثبت شده توسط سیستم خودکار 09121234567",  # by the automatic system
        "تمت المعالجة بواسطة النظام الآلي 0551234567",  # by the automatic system
    ],
)
def test_titles_and_handling_near_misses(text: str) -> None:
    assert _found(text) == []


# (Faker locale, verb of handling of that language, text after the name)
_HANDLED = [
    ("en_GB", "Order placed by", ", phone"),
    ("en_US", "Ticket handled by", " (tel"),
    ("nl_NL", "Bestelling geplaatst door", ", tel."),
    ("de_CH", "Bestellt von", ", Tel."),
    ("de_CH", "Bstellt vo", ", Natel"),
    ("fr_FR", "Dossier traité par", ", tél."),
    ("es_ES", "Pedido atendido por", ", tel."),
    ("pt_BR", "Chamado atendido por", ", telefone"),
    ("it_IT", "Ordine gestito da", ", tel."),
    ("sv_SE", "Ärendet hanterad av", ", tel."),
    ("pl_PL", "Zamówienie obsłużone przez", ", tel."),
    ("fil_PH", "Inasikaso ni", ", cp"),
    ("id_ID", "Pesanan diproses oleh", ", telp"),
]


@pytest.mark.parametrize(("locale", "cue", "tail"), _HANDLED)
def test_names_after_verbs_of_handling(locale: str, cue: str, tail: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(15)
    rng = random.Random(locale + cue)
    hits = tried = 0
    while tried < 12:
        name = f"{fake.first_name()} {fake.last_name()}"
        if len(name.split()) != 2:
            continue
        tried += 1
        hits += name in _found(f"{cue} {name}{tail} {_phone(rng)}")
        assert name not in _found(f"{cue} {name}{tail} later."), name
    assert hits >= 8, (locale, cue, hits)


@pytest.mark.parametrize(
    "text",
    [
        "Order placed by Customer Care Team, phone 07700 900123",
        "Sorted by Date Created, 07700 900123",
        "Powered by Acme Cloud, +1 415 555 0100",
        "Ticket handled by Support Desk, tel +44 20 7946 0000",
        "Bestelling geplaatst door Webshop Nederland, tel 06 12345678",
        "Pedido atendido por Central Atendimento, tel. +55 11 3456 7890",
    ],
)
def test_handling_near_misses_stay_unmasked(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("អតិថិជន៖ ចាន់ វណ្ណៈ 012 345 678", "ចាន់ វណ្ណៈ"),
        ("ደንበኛ፡ ሄለን ታደሰ ስልክ 0911 234 567", "ሄለን ታደሰ"),
        ("ደንበኛ፦ ሄለን ታደሰ ስልክ 0911 234 567", "ሄለን ታደሰ"),
        ("Հաճախորդ։ Լիլիթ Հովհաննիսյան, հեռ. 091 234 567", "Լիլիթ Հովհաննիսյան"),
        ("客户：刘建国 电话 138 0013 8000", "刘建国"),
    ],
)
def test_colons_of_other_scripts_after_role_nouns(text: str, name: str) -> None:
    assert name in _found(text)


def test_tables_are_lower_case_and_cues_are_phrases() -> None:
    for table in (HANDLING, TITLES, PHONE_WORDS):
        for words in table.values():
            for w in words.split("|"):
                assert w and w == w.lower().strip(), w
    bare_agents = {"by", "von", "door", "par", "por", "da", "av", "af", "oleh", "ni", "vo", "de", "na"}
    assert not bare_agents & {h for v in HANDLING.values() for h in v.split("|")}


# (language, phone word, region whose example numbers are written after it)
_WORDS = [
    ("mi", "Waea", "NZ"),
    ("mi", "Nama waea", "NZ"),
    ("gn", "Pumbyry", "PY"),
    ("sm", "Numera telefoni", "WS"),
    ("haw", "Helu kelepona", "US"),
    ("fj", "Naba ni talevoni", "FJ"),
    ("ht", "Nimewo telefòn", "HT"),
    ("rw", "Nimero ya telefone", "RW"),
    ("lg", "Essimu", "UG"),
    ("ny", "Lamya", "MW"),
    ("st", "Mohala", "LS"),
    ("tn", "Mogala", "BW"),
    ("xh", "Umnxeba", "ZA"),
    ("om", "Lakkoofsa bilbilaa", "ET"),
    ("br", "Niverenn bellgomz", "FR"),
    ("gd", "Àireamh fòn", "GB"),
    ("gsw", "Natel", "CH"),
    ("mt", "Ċempel", "MT"),
    ("eo", "Poŝtelefono", "PL"),
    ("kk", "Ұялы", "KZ"),
    ("ps", "ګرځنده", "AF"),
    ("ckb", "مۆبایل", "IQ"),
    ("dv", "ފޯނު", "MV"),
    ("gu", "મોબાઇલ", "IN"),
    ("ceb", "Selpon", "PH"),
    ("tet", "Numeru telefone", "TL"),
    ("hmn", "Xov tooj", "LA"),
    ("bo", "ཁ་པར", "CN"),
]


@pytest.mark.parametrize(("lang", "word", "region"), _WORDS)
def test_national_numbers_after_phone_words_of_more_languages(lang: str, word: str, region: str) -> None:
    found = 0
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
        text = f"{word}: {national}"
        spans = [text[s.start : s.end] for s in _PHONES.detect(text) if s.entity == "PHONE_NUMBER"]
        found += any(national in s or (s in national and len(s) >= len(national) - 2) for s in spans)
    assert found >= 1, (lang, word, region)


def test_phone_words_leave_out_english_and_number_words() -> None:
    all_words = {w for v in PHONE_WORDS.values() for w in v.split("|")}
    assert not all_words & {"ring", "call", "line", "number", "kira", "bel", "rele", "woo", "nimero", "lamba", "nomer"}


def test_lao_text_points_to_laos() -> None:
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type("LA", kind)
        national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
        text = f"ລູກຄ້າ ບຸນມີ ແສງທອງ {national}"
        assert national in [text[s.start : s.end] for s in _PHONES.detect(text)], kind
    order = "ສັ່ງຊື້ 2 ລາຍການ ລາຄາ 150000 ກີບ ເລກທີ 20231145"  # an order number, a price
    assert [s for s in _PHONES.detect(order) if s.entity == "PHONE_NUMBER"] == []
