"""`pii.role_anchor` and the session-14 greeting table (`salutation_world`).

Names are generated (Faker locales, seeded) or invented here; no evaluation text is copied. Each
carrier puts a role noun or greeting of one language before the name and a phone number or an
e-mail address on the line; the near misses put groups, teams, products and code there instead.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # texts in other scripts are the point here
import random

import pytest
from faker import Faker

from redactor.detect.pii.role_anchor import RoleAnchorDetector
from redactor.detect.pii.salutation_vocab import LANGUAGES
from redactor.detect.pii.salutation_world import MORE_LANGUAGES, MORE_ROLES
from redactor.detect.pii.salutations import SalutationDetector

_DET = RoleAnchorDetector()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _DET.detect(text)]


def _phone(rng: random.Random) -> str:
    country = rng.choice((7, 30, 48, 90, 98, 234, 254, 380, 992, 996))
    return f"+{country} {rng.randint(70, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


# (Faker locale, role noun of that language, text after the name)
_CASED = [
    ("ru_RU", "клиент", ", телефон"),
    ("ru_RU", "арендатор", " позвонил, тел."),
    ("uk_UA", "пацієнт", ", телефон"),
    ("bg_BG", "служител", ", тел."),
    ("cs_CZ", "nájemník", ", tel."),
    ("pl_PL", "nauczycielka", " dzwoniła, tel."),
    ("hr_HR", "vlasnik", ", tel."),
    ("sk_SK", "vodič", ", tel."),
    ("tr_TR", "kiracı", " aradı, telefon"),
    ("de_DE", "Mieterin", " ruft an unter"),
    ("fr_FR", "locataire", " a appelé au"),
    ("es_ES", "inquilina", " llamó al"),
    ("pt_BR", "motorista", ", telefone"),
    ("it_IT", "insegnante", ", tel."),
    ("nl_NL", "huurder", " belde vanaf"),
    ("sv_SE", "hyresgäst", " ringde från"),
    ("fi_FI", "vuokralainen", " soitti numerosta"),
    ("lt_LT", "klientas", ", tel."),
    ("lv_LV", "klients", ", tālr."),
    ("et_EE", "klient", ", tel"),
    ("hu_HU", "bérlő", " telefonált,"),
    ("ro_RO", "chiriașul", " a sunat la"),
    ("en_US", "customer", " called from"),
    ("en_GB", "tenant", " rang on"),
    ("id_ID", "pelanggan", " menelepon dari"),
    ("sw", "mpangaji", " alipiga simu"),
    ("zu_ZA", "umthengi", " ushayile ku"),
    ("el_GR", "ενοικιαστής", ", τηλ."),
]


@pytest.mark.parametrize(("locale", "role", "tail"), _CASED)
def test_cased_names_after_roles_with_a_phone(locale: str, role: str, tail: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(14)
    rng = random.Random(locale + role)
    hits = tried = 0
    while tried < 12:
        name = f"{fake.first_name()} {fake.last_name()}"
        if len(name.split()) != 2:
            continue
        tried += 1
        text = f"{role.capitalize()} {name}{tail} {_phone(rng)}."
        hits += name in _found(text)
        assert name not in _found(f"{role.capitalize()} {name}{tail} later."), name  # no contact field
    assert hits >= 9, (locale, role, hits)


# (script, role noun, invented name, text after the name)
_UNCASED = [
    ("fa", "مشتری", "نسرین کاظمی", " با شماره"),
    ("ar", "المستأجر", "سليم الحداد", " رقم الهاتف"),
    ("ur", "کسٹمر", "عاصمہ قریشی", " نے فون کیا،"),
    ("ps", "مشتري", "ګلالۍ وردګ", "، شمېره"),
    ("ckb", "کڕیار", "شیلان عومەر", "، ژمارە"),
    ("ug", "خېرىدار", "گۈلنار ئابلىز", "، تېلېفون"),
    ("hi", "किरायेदार", "अनीता वर्मा", " ने कॉल किया,"),
    ("ne", "ग्राहक", "सरिता अधिकारी", " ले फोन गर्नुभयो,"),
    ("mr", "भाडेकरू", "सुनंदा पाटील", ", फोन"),
    ("bn", "শিক্ষার্থী", "মৌমিতা দত্ত", ", ফোন"),
    ("or", "ଗ୍ରାହକ", "ସସ୍ମିତା ମହାନ୍ତି", ", ଫୋନ"),
    ("gu", "ભાડૂત", "નીલમ દેસાઈ", ", ફોન"),
    ("pa", "ਗਾਹਕ", "ਜਸਲੀਨ ਕੌਰ", ", ਫ਼ੋਨ"),
    ("ta", "வாடிக்கையாளர்", "கவிதா சுந்தரம்", ", தொலைபேசி"),
    ("te", "అద్దెదారు", "లక్ష్మి ప్రసన్న", ", ఫోన్"),
    ("kn", "ಗ್ರಾಹಕ", "ಸುಮಾ ಹೆಗಡೆ", ", ಫೋನ್"),
    ("ml", "വിദ്യാർത്ഥി", "അശ്വതി നായർ", ", ഫോൺ"),
    ("am", "ደንበኛ", "ሄለን ታደሰ", "፣ ስልክ"),
    ("he", "השוכרת", "מיכל ברגר", ", טלפון"),
    ("ka", "კლიენტი", "თამარ ლომიძე", ", ტელ."),
    ("lo", "ລູກຄ້າ", "ບົວພັນ ສີສຸວັນ", " ໂທຫາ"),
]


@pytest.mark.parametrize(("lang", "role", "name", "tail"), _UNCASED)
def test_uncased_names_after_roles_with_a_phone(lang: str, role: str, name: str, tail: str) -> None:
    text = f"{role} {name}{tail} {_phone(random.Random(lang))}"
    assert name in _found(text), lang
    assert name not in _found(f"{role} {name}{tail} بعداً"), lang  # no contact field, no name


def test_e_mail_on_the_next_line_anchors() -> None:
    text = "Контактное лицо Зарема Абдуллаева\nпочта: z.abdullaeva@example.org"
    assert _found(text) == ["Зарема Абдуллаева"]


def test_han_names_need_a_family_name_and_hangul_is_left_to_honorifics() -> None:
    assert _found("고객 서비스 센터 010-5813-2746") == []
    assert "刘建国" in _found("租客刘建国，电话 138 0013 8000")


@pytest.mark.parametrize(
    "text",
    [
        "Customer Success Team, +1 415 555 0100",
        "Hi all, call +44 20 7946 0000",
        "Contact Acme Support at support@acme.io",
        "Owner Platform Engineering, platform@acme.io",
        "Driver Postgres Adapter +1 555 010 0199",
        "Student Portal Login, help line +1 800 555 0199",
        "Hola equipo, el teléfono es +34 612 345 678",
        "clientId = 'Billing Service' # +1 555 010 0199",
        "Klient Obsługa Techniczna, tel. +48 22 123 45 67",
        "مشتری گرامی لطفا با شماره +98 21 1234 5678 تماس بگیرید",
        "ग्राहक सेवा केंद्र का नंबर 1800 123 4567 है और यह खुला रहता है",
        "Customer Jana Novakova called",  # no contact field
    ],
)
def test_near_misses_stay_unmasked(text: str) -> None:
    assert _found(text) == []


def test_greetings_of_the_new_languages_take_names() -> None:
    sal = SalutationDetector()
    for greeting, name in [
        ("Muraho", "Uwase Ingabire"),
        ("Bula vinaka", "Losana Vuniwaqa"),
        ("Wilujeng enjing", "Ujang Sutisna"),
        ("Kia ora", "Aroha Whaanga"),
        ("Talofa lava", "Sina Tuimavave"),
        ("Сәлам", "Гөлнара Хәйруллина"),
        ("Салом", "Зарина Қодирова"),
        ("Mbote", "Grâce Mbuyi"),
        ("Akkam", "Caalaa Guddataa"),
        ("Bonjou", "Widlyne Pierre"),
    ]:
        text = f"{greeting} {name}, your account is ready."
        assert any(text[s.start : s.end] == name for s in sal.detect(text)), greeting


def test_the_world_table_is_merged_and_lower_case() -> None:
    for code in MORE_LANGUAGES:
        assert code in LANGUAGES
    for table in (MORE_LANGUAGES.values(), ([v] for v in MORE_ROLES.values())):
        for fields in table:
            for field in fields:
                for cue in filter(None, field.split("|")):
                    assert cue == cue.lower().strip(), cue
