# ruff: noqa: RUF001, RUF003  -- letters of other scripts are the point here.
"""Session 11 contact classes (helper piicontact): phones after a hyphenated prefix, URL-encoded
``+``, customary mobile groupings, more phone column names, card words of other languages, Troy and
Mir cards, and the South Asian / Ethiopic part-list addresses of `pii.address_south`.

Generated matrices, nothing copied from an evaluation corpus: numbers come from libphonenumber
(example numbers, or random national numbers it calls valid), cards are completed with their Luhn
digit, addresses are composed from the word lists of the languages. Each class has near misses.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import phonenumbers
import pytest
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from redactor.detect.pii.address_cyr_cases import CyrillicCaseAddressDetector
from redactor.detect.pii.address_native import NativeAddressDetector
from redactor.detect.pii.address_south import SouthAsianAddressDetector
from redactor.detect.pii.financial import CreditCardDetector
from redactor.detect.pii.phones import PhoneDetector

_PHONES = PhoneDetector()
_CARDS = CreditCardDetector()
_SOUTH = SouthAsianAddressDetector()


def _caught(detector: object, text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return any(min(s.end, end) - max(s.start, start) >= 0.8 * (end - start) for s in spans)


def _example(region: str, kind: PhoneNumberType, fmt: PhoneNumberFormat) -> str | None:
    n = phonenumbers.example_number_for_type(region, kind)
    return None if n is None else phonenumbers.format_number(n, fmt)


# ---- hyphenated prefixes: Hebrew ל-/ב-/ו-, Nguni ku-/ngu- ----


def test_hebrew_prefixed_numbers() -> None:
    rng = random.Random(11)
    texts = []
    for _ in range(40):
        digits = "05" + str(rng.choice([0, 2, 3, 4, 5, 8])) + "".join(rng.choice("0123456789") for _ in range(7))
        n = phonenumbers.parse(digits, "IL")
        if not phonenumbers.is_valid_number(n):
            continue
        value = phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL)
        for prefix in ("ל-", "ב-", "ול-", "ל\u05be"):
            texts.append((f"ביקשה לעדכן את מספר הטלפון {prefix}{value} ואת הכתובת.", value))
    assert len(texts) > 100
    assert all(_caught(_PHONES, t, v) for t, v in texts)


def test_nguni_prefixed_numbers() -> None:
    regions = ["ZA", "ZW", "SZ", "LS", "GB", "KE"]
    texts = []
    for region in regions:
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            value = _example(region, kind, PhoneNumberFormat.INTERNATIONAL)
            if value is None:
                continue
            for prefix in ("ku-", "ngu-", "kwa-"):
                texts.append((f"Uma unemibuzo shayela umabhalane {prefix}{value}.", value))
    assert len(texts) >= 30
    assert all(_caught(_PHONES, t, v) for t, v in texts)


@pytest.mark.parametrize(
    "text",
    [
        "build-0527743190 failed on runner 12",  # a word, not a prefix, before the hyphen
        "see ku-2024 and ngu-1999 for the history",  # years after a prefix
        "version v-1234567 released",
        "ticket ABC-0527743190 closed",
    ],
)
def test_hyphen_near_misses(text: str) -> None:
    assert _PHONES.detect(text) == []


# ---- URL-encoded + ----


def _intl_examples() -> Iterator[str]:
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            n = phonenumbers.example_number_for_type(region, kind)
            if n is not None and phonenumbers.is_valid_number(n):
                yield phonenumbers.format_number(n, PhoneNumberFormat.E164)


def test_url_encoded_plus() -> None:
    numbers = sorted(set(_intl_examples()))
    assert len(numbers) > 400
    missed = []
    for e164 in numbers:
        encoded = "%2B" + e164[1:]
        for text in (
            f"POST /submit name=Ann+Lee&phone={encoded}&dob=1990-01-01",
            f"https://api.example.com/Calls?To={encoded}&From=%2B15005550006&Url=x",
            f'{{"body": "email=a%40b.com&mobile={encoded}"}}',
        ):
            if not _caught(_PHONES, text, encoded):
                missed.append(text)
    assert len(missed) <= len(numbers) * 3 // 50, missed[:5]  # at most 2% missed


@pytest.mark.parametrize(
    "text",
    [
        "q=%2B1234&page=2",  # too short
        "delta=%2B0000000000&x=1",  # zero-filled
        "a%2B1234567890b",  # not after a key
        "expr=x%2B123456789012345678",  # too long for a number
    ],
)
def test_url_encoded_near_misses(text: str) -> None:
    assert _PHONES.detect(text) == []


# ---- customary mobile groupings (with a region named) ----


def _valid_mobiles(region: str, first: str, length: int, count: int) -> list[phonenumbers.PhoneNumber]:
    rng = random.Random(region)
    out: list[phonenumbers.PhoneNumber] = []
    while len(out) < count:
        digits = first + "".join(rng.choice("0123456789") for _ in range(length - len(first)))
        n = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == PhoneNumberType.MOBILE:
            out.append(n)
    return out


def test_norwegian_3_2_3_mobiles() -> None:
    cases = []
    for n in _valid_mobiles("NO", "9", 8, 30) + _valid_mobiles("NO", "4", 8, 30):
        d = str(n.national_number)
        value = f"{d[:3]} {d[3:5]} {d[5:]}"
        cases.append((f"Sak 12 - Kari (kari@online.no) melder feil. Ring {value} etter kl. 16.", value))
        cases.append((f"Kunde på bestilling (ola@epost.no): {value}, hentes i morgen.", value))
    assert all(_caught(_PHONES, t, v) for t, v in cases)


def test_amounts_are_no_mobiles() -> None:
    for n in _valid_mobiles("NO", "4", 8, 20):
        d = str(n.national_number)
        # 3-2-3 groups followed by a currency (a 2-3-3 amount such as 48 425 435 is reported by the
        # older first-group rule, as libphonenumber writes Norwegian numbers from two digits: open)
        for value in (f"{d[:3]} {d[3:5]} {d[5:]} kr", f"{d[:3]} {d[3:5]} {d[5:]} NOK", f"{d[:3]} {d[3:5]} {d[5:]},-"):
            text = f"Prisen (ola@epost.no) er {value} for leiligheten."
            assert _PHONES.detect(text) == [], text


# ---- phone columns named hp, gsm, puhelin, tlf, ponsel ----


@pytest.mark.parametrize("header", ["hp", "no_hp", "gsm", "puhelin", "ponsel", "tlf", "HP"])
def test_more_phone_column_names(header: str) -> None:
    rng = random.Random(header)
    rows = []
    for i in range(8):
        value = f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        rows.append((f"Nama Orang {i},199{i}-01-0{i + 1},{value},Jl. Mawar No. {i + 3}", value))
    text = f"nama,tgl_lahir,{header},alamat\n" + "\n".join(r for r, _ in rows) + "\n"
    found = {text[s.start : s.end] for s in _PHONES.detect(text)}
    assert all(v in found for _, v in rows)


def test_horsepower_column_is_not_a_phone() -> None:
    text = "model,year,hp,price\nCivic,2019,158,2019001\nGolf GTI,2021,241,3120045\n"
    assert _PHONES.detect(text) == []


# ---- cards: words of other languages, Troy and Mir ----


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


_CARD_PHRASES = [
    "kart no {}",  # Turkish
    "numer karty {}",  # Polish
    "číslo karty {}",  # Czech
    "Kreditkarte {}",  # German
    "número de tarjeta {}",  # Spanish
    "numéro de carte {}",  # French
    "número do cartão {}",  # Portuguese
    "kortnummer: {}",  # Nordic ("kort:" after the word)
    "номер карты {}",  # Russian
    "카드번호 {}",  # Korean
    "رقم البطاقة {}",  # Arabic
    "卡号 {}",  # Chinese
    "nomor kartu {}",  # Indonesian
    "kártyaszám {}",  # Hungarian
]


def test_card_words_of_other_languages() -> None:
    rng = random.Random(7)
    for phrase in _CARD_PHRASES:
        for prefix in ("9792", "2200", "4", "5"):
            number = _luhn_complete(prefix, 16, rng)
            value = " ".join(number[i : i + 4] for i in range(0, 16, 4))
            text = "müşteri yazdı: " + phrase.format(value) + ", teşekkürler"
            assert _caught(_CARDS, text, value), text


def test_troy_and_mir_without_a_word() -> None:
    rng = random.Random(8)
    for prefix in ("9792", "2200", "2201", "2204"):
        number = _luhn_complete(prefix, 16, rng)
        value = " ".join(number[i : i + 4] for i in range(0, 16, 4))
        assert _caught(_CARDS, f"Ödeme {value} ile yapıldı.", value)
        bad = number[:-1] + str((int(number[-1]) + 1) % 10)
        assert _CARDS.detect(f"Ödeme {bad} ile yapıldı.") == []  # Luhn-invalid
        other = _luhn_complete("2205", 16, rng)  # not a Mir range
        assert _CARDS.detect(f"ref {other} ok") == []


# ---- South Asian and Ethiopic part-list addresses ----

_LANGS: dict[str, dict[str, list[str] | str]] = {
    "ur": {
        "labels": ["پتہ", "پتا"],
        "house": ["مکان نمبر {}", "مکان {}", "فلیٹ {}"],
        "street": ["گلی {}", "سیکٹر {}", "بلاک {}"],
        "places": ["جی-11/3", "ایف 10/2", "گلبرگ", "ماڈل ٹاؤن"],
        "cities": ["اسلام آباد", "لاہور", "کراچی"],
        "sep": "، ",
        "before": "میرا نام علی ہے اور {label} ",
        "after": " ہے۔ براہ کرم رابطہ کریں۔",
    },
    "hi": {
        "labels": ["पता", "पता:"],
        "house": ["मकान {}", "मकान नं. {}", "फ्लैट {}"],
        "street": ["गली {}", "सेक्टर {}", "वार्ड {}"],
        "places": ["शास्त्री नगर", "रोहिणी", "गोमती नगर"],
        "cities": ["कानपुर 208005", "दिल्ली 110085", "लखनऊ"],
        "sep": ", ",
        "before": "लाभार्थी सुनीता देवी, उम्र 43, {label} ",
        "after": ", फोन 94150 38276.",
    },
    "ne": {
        "labels": ["ठेगाना"],
        "house": ["घर नं. {}"],
        "street": ["वडा नं. {}", "वडा {}"],
        "places": ["पुल्चोक", "बानेश्वर", "ललितपुर महानगरपालिका"],
        "cities": ["काठमाडौं", "ललितपुर"],
        "sep": ", ",
        "before": "स्वयंसेवक दर्ता: नाम सरिता गुरुङ, {label} ",
        "after": ", फोन ९८४१२३४५६७",
    },
    "bn": {
        "labels": ["ঠিকানা"],
        "house": ["বাড়ি {}", "বাসা {}"],
        "street": ["রোড {}", "লেন {}", "ব্লক {}"],
        "places": ["ধানমন্ডি", "মিরপুর", "উত্তরা"],
        "cities": ["ঢাকা ১২০৫", "চট্টগ্রাম"],
        "sep": ", ",
        "before": "আমার অর্ডার এখনও পাইনি। আমার {label} ",
        "after": ", ফোন +880 1712-345678।",
    },
    "am": {
        "labels": ["አድራሻ፡", "አድራሻ"],
        "house": ["የቤት ቁጥር {}"],
        "street": ["ወረዳ {}", "ቀበሌ {}"],
        "places": ["ቦሌ ክፍለ ከተማ", "አራዳ ክፍለ ከተማ"],
        "cities": ["አዲስ አበባ"],
        "sep": "፣ ",
        "before": "የቤት ኪራይ ውልዎ ተዘጋጅቷል። {label} ",
        "after": "። ስልክ፡ +251 911 402 775",
    },
}


def _addresses(lang: str, rng: random.Random) -> Iterator[tuple[str, str]]:
    spec = _LANGS[lang]
    sep = str(spec["sep"])
    for label in spec["labels"]:
        for house in spec["house"]:
            for street in spec["street"]:
                parts = [
                    str(house).format(rng.randint(1, 999)),
                    str(street).format(rng.randint(1, 30)),
                    rng.choice(list(spec["places"])),
                    rng.choice(list(spec["cities"])),
                ]
                if lang == "am":
                    parts = [parts[2], parts[1], parts[0]]  # sub-city, woreda, house number
                value = sep.join(parts)
                yield str(spec["before"]).format(label=label) + value + str(spec["after"]), value


@pytest.mark.parametrize("lang", sorted(_LANGS))
def test_part_list_addresses(lang: str) -> None:
    rng = random.Random(lang)
    cases = list(_addresses(lang, rng))
    assert len(cases) >= 2
    for text, value in cases:
        spans = _SOUTH.detect(text)
        assert any(text[s.start : s.end] == value for s in spans), (text, [text[s.start : s.end] for s in spans])


def test_house_word_without_label_needs_three_parts() -> None:
    assert _SOUTH.detect("ہمارا دفتر مکان 22، گلی 7، ایف 10/2، اسلام آباد میں ہے۔") != []
    assert _SOUTH.detect("ہمارا دفتر مکان 22، گلی 7 میں ہے۔") == []


@pytest.mark.parametrize(
    "text",
    [
        "مجھے پتہ نہیں کہ وہ کب آئے گا، شاید گلی 5 میں، یا کل۔",  # پتہ: "known"
        "مجھے پتہ چلا کہ گلی 7، 5 لوگ، آئے۔",
        "मुझे पता है कि गली 4 में, 5 लोग, रहते हैं।",  # पता: "known"
        "पता करें कि सेक्टर 15, रोहिणी, में कौन है।",
        "पता: दिल्ली, भारत",  # no number, no house word
        "ঠিকানা: ঢাকা, বাংলাদেশ",
        "पता: मकान 17",  # one part
        "लापता व्यक्ति गली 4, शास्त्री नगर, कानपुर",  # पता inside another word (missing person)
        "Address: 12 Main St, Springfield",  # ASCII: another detector's
    ],
)
def test_south_near_misses(text: str) -> None:
    assert _SOUTH.detect(text) == []


# ---- Russian and Ukrainian streets in case forms ----

_CYR = CyrillicCaseAddressDetector()
_CYR_TYPES = ["улице", "улицу", "улицы", "проспекте", "переулке", "бульваре", "вулиці", "провулку", "Ул."]
_CYR_HOUSES = [", 13к2", ", д. 7", ", дом 5 корп. 2", ", 15а, кв. 3", ", буд. 7", ", 7/1", ", в доме 12"]


def _genitive_surnames() -> list[str]:
    fake = Faker("ru_RU")
    fake.seed_instance(11)
    out: list[str] = []
    while len(out) < 12:
        name = fake.last_name_male()
        if name.endswith(("ов", "ев", "ин")):
            out.append(name + "а")  # Иванов -> (улица) Иванова
    return out


def test_cyrillic_case_forms() -> None:
    names = _genitive_surnames()
    missed = []
    for i, kind in enumerate(_CYR_TYPES):
        for j, house in enumerate(_CYR_HOUSES):
            value = f"{kind} {names[(i + j) % len(names)]}{house}"
            text = f"Жалоба: не приходят квитанции жильцам на {value}. Просим проверить."
            if not any(text[s.start : s.end] == value for s in _CYR.detect(text)):
                missed.append(text)
    assert missed == []


def test_cyrillic_name_before_type() -> None:
    for value in ("Ленинском проспекте, д. 12", "Тверской улице, 7/1", "Невском проспекте, 28, кв. 4"):
        text = f"Офис на {value} с понедельника."
        assert any(text[s.start : s.end] == value for s in _CYR.detect(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "на улице Ленина было тихо и пусто",  # no house number
        "на улице Ленина, 5 человек стояли у входа",  # a count
        "на проспекте Мира, 12% скидка",  # a percentage
        "на улице Ленина, 1917 год",  # a year
        "улица это место, 5 раз",  # no capitalised name
    ],
)
def test_cyrillic_near_misses(text: str) -> None:
    assert _CYR.detect(text) == []


# ---- CJK addresses: spaces around numbers, buildings, floors and rooms ----

_NATIVE = NativeAddressDetector()


@pytest.mark.parametrize(
    "value",
    [
        "深圳市南山区科技南十二路 18 号 3 栋 1204",
        "上海市浦东新区张杨路 500 号时代广场 1203 室",
        "浙江省杭州市西湖区文三路478号华星时代广场A座1102室",
        "台北市大安區復興南路一段 219 號",
        "北京市朝阳区建国路 88 号 2 号楼 1501 室",
        "東京都千代田区丸の内2-7-3 東京ビル 18階",
        "大阪府大阪市北区梅田3-1-1 グランフロント 12F",
        "서울특별시 강남구 테헤란로 152, 강남파이낸스센터 21층",
        "부산광역시 해운대구 센텀중앙로 97, 3층 301호",
    ],
)
def test_cjk_address_tails(value: str) -> None:
    for before, after in (("地址：", "\n备注"), ("集合地點為", "。如有問題"), ("住所 ", " まで")):
        text = before + value + after
        spans = [(s.start, s.end) for s in _NATIVE.detect(text)]
        a = text.index(value)
        assert any(s <= a and e >= a + len(value) for s, e in spans), (text, [text[s:e] for s, e in spans])


def test_cjk_lead_words_are_left_out() -> None:
    text = "集合地點為台北市大安區復興南路一段 219 號。"
    assert [text[s.start : s.end] for s in _NATIVE.detect(text)] == ["台北市大安區復興南路一段 219 號"]


@pytest.mark.parametrize("text", ["他说 3 号 会来，楼下 5 人", "版本号 3 号 2024 年", "第 18 号 3 栋楼的模型"])
def test_cjk_near_misses(text: str) -> None:
    assert _NATIVE.detect(text) == []


# ---- Latin-script details: bis/ter, Hungarian floor and door, Indian stages ----


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Afzender: Femke\nOudegracht 231-bis, 3511 NK Utrecht\n", "Oudegracht 231-bis, 3511 NK Utrecht"),
        ("Adres: Kerkstraat 12-ter, 1017 GB Amsterdam\n", "Kerkstraat 12-ter, 1017 GB Amsterdam"),
        ("Cím: 1052 Budapest, Váci utca 19. 3. em. 2.\n", "1052 Budapest, Váci utca 19. 3. em. 2."),
        ("Cím: Kossuth Lajos utca 12. fsz. 1., 6720 Szeged\n", "Kossuth Lajos utca 12. fsz. 1., 6720 Szeged"),
        (
            "lives at No. 14, 3rd Cross, Indiranagar 1st Stage, Bengaluru 560038, prefers",
            "No. 14, 3rd Cross, Indiranagar 1st Stage, Bengaluru 560038",
        ),
    ],
)
def test_latin_address_details(text: str, value: str) -> None:
    from redactor.detect.pii import pii_detectors

    spans = [(s.start, s.end) for d in pii_detectors() if "ADDRESS" in d.entities for s in d.detect(text)]
    a = text.index(value)
    assert any(s <= a and e >= a + len(value) for s, e in spans), [text[s:e] for s, e in spans]


def test_hungarian_floor_word_inside_a_sentence() -> None:
    from redactor.detect.pii.address_locale import LocaleAddressDetector

    text = "A Váci utca 19. 3. emeleten lakik."
    assert all("emelet" not in text[s.start : s.end] for s in LocaleAddressDetector().detect(text))


# ---- phones: a label of another script before an ASCII colon; rows in the shape of a found number ----


def test_cjk_label_with_ascii_colon() -> None:
    rng = random.Random(5)
    for label in ("手机:", "电话:", "联系电话:", "手機:", "携帯:", "전화:"):
        for _ in range(10):
            value = f"1{rng.choice('3589')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            text = f"收件人:王晓燕\n{label}{value}\n地址:略"
            assert _caught(_PHONES, text, value), text
    for text in ("时间:12:30:45 编号:20240101", "数量:12345678 个", "版本:2024.01.15"):
        assert _PHONES.detect(text) == [], text


def test_siblings_of_a_found_number() -> None:
    rng = random.Random(6)
    for _ in range(30):
        a, b = rng.randint(100, 999), rng.randint(100, 999)
        text = (
            "Guides:\n"
            f"- Harriet Oyelaran, 07700 900 {a}, harriet@example.com\n"
            f"- Tomás Ó Súilleabháin, 07700 900 {b}\n"
            f"- order total 07701 900 {b}\n"  # another first group: not a sibling
        )
        found = {text[s.start : s.end] for s in _PHONES.detect(text)}
        assert f"07700 900 {b}" in found
        assert f"07701 900 {b}" not in found
