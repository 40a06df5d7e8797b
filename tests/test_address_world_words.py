"""Addresses of languages Faker has no address provider for (`address_world_words`), generated
from every street type of the lists x street names x house numbers x places x carriers, and near
misses that must stay unmasked (product names, code, company names, places alone, versions)."""

# ruff: noqa: RUF001  -- letters of other scripts are the point here.
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.address_world_words import AFTER, BEFORE, OTHER, words

# language -> (street names, places with postcodes); names and places are ordinary ones of that country
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sq": (("Myslym Shyri", "Ismail Qemali", "Dëshmorët"), ("Tiranë 1001", "Durrës 2001")),
    "cy": (("Penrhos", "Glyndŵr", "Caradog"), ("Caerdydd CF10 2BH", "Bangor LL57 2EN")),
    "ga": (("Grafton", "Phádraig", "Uí Néill"), ("Gaillimh H91 X2K3", "Corcaigh T12 AB34")),
    "gd_gv_br": (("Kerneis", "MacLeòid", "Glendale"), ("29200 Brest", "Port Rìgh IV51 9EU")),
    "sw": (("Uhuru", "Kenyatta", "Nyerere"), ("Dar es Salaam 11101", "Nairobi 00100")),
    "es_PE_UY": (("Huallaga", "Artigas", "Ucayali"), ("Lima 15001", "11200 Montevideo")),
    "uz": (("Amir Temur", "Navoiy", "Bobur"), ("Toshkent 100000", "Samarqand 140100")),
    "tk_kk": (("Magtymguly", "Abai", "Görogly"), ("Aşgabat 744000", "Almaty 050000")),
    "lv_et": (("Brīvības", "Pärnu", "Narva"), ("Rīga LV-1010", "10117 Tallinn")),
    "lt": (("Vilniaus", "Gedimino", "Savanorių"), ("LT-01402 Vilnius", "LT-44280 Kaunas")),
    "tr": (("Bağdat", "Atatürk", "İstiklal"), ("34000 Kadıköy/İstanbul", "06420 Çankaya/Ankara")),
    "kk": (("Абай", "Сәтпаев", "Сейфуллин"), ("Алматы 050000", "Астана 010000")),
    "ky": (("Чүй", "Киев", "Манас"), ("Бишкек 720040", "Ош 723500")),
    "uz_Cyrl": (("Амир Темур", "Навоий", "Бобур"), ("Тошкент 100000", "Самарқанд 140100")),
    "tg": (("Рӯдакӣ", "Айнӣ", "Сомонӣ"), ("Душанбе 734025", "Хуҷанд 735700")),
    "mn": (("Энхтайваны", "Чингисийн", "Сөүлийн"), ("Улаанбаатар 14200", "Дархан 45000")),
    "bg_sr": (("Витоша", "Граф Игнатиев", "Кнез Михаилова"), ("1000 София", "11000 Београд")),
    "ar": (("الملك فهد", "التحرير", "الأمير محمد"), ("الرياض 12211", "القاهرة 11511")),
    "prs_ur": (("دارالامان", "ماڈل ٹاؤن", "شاہراہ فیصل"), ("کابل 1001", "لاہور 54000")),
    "si": (("ගාලු", "ධර්මපාල", "කොටුව"), ("කොළඹ 00300", "මහනුවර 20000")),
    "ta": (("காந்தி", "அண்ணா", "நேரு"), ("சென்னை 600017", "மதுரை 625001")),
    "am_km": (("ቦሌ", "ቸርችል", "አፍሪካ"), ("አዲስ አበባ 1000", "ባህር ዳር 6000")),
    "mt": (("Dun Karm", "Nazzareno Camilleri", "Mikiel Anton Vassalli"), ("Birkirkara BKR 1234", "Il-Mosta MST 4012")),
    "tt_ba": (("Тукай", "Бауман", "Салауат Юлаев"), ("Казан 420111", "Өфө 450077")),
    "ky_ru": (("Чүй", "Манас", "Мира"), ("Бишкек 720040", "Москва 119019")),
    "ug": (("ئازادلىق", "تەڭرىتاغ", "دۆلەت"), ("غۇلجا 835000", "قەشقەر 844000")),
    "ka": (("რუსთაველის", "ჭავჭავაძის", "აღმაშენებლის"), ("თბილისი 0108", "ბათუმი 6000")),
    "so_om": (("Maka Al-Mukarama", "Afgooye", "Finfinnee"), ("Muqdisho", "Hargeysa", "Adaamaa")),
    "rw_sm": (("Nyarugenge", "Kimihurura", "Vaitele"), ("Kigali", "Huye", "Apia")),
    "lo_Latn": (("Samsenthai", "Sukhumvit", "Setthathirath"), ("Vientiane 01000", "Bangkok 10110")),
    "ne_Latn": (("Thamel", "Jhamsikhel", "Bishal Bazar"), ("Kathmandu 44600", "Pokhara 33700")),
    "dz_Latn": (("Norzin", "Chang", "Doebum"), ("Thimphu 11001", "Paro 12001")),
    "ne": (("ठमेल", "बानेश्वर", "न्यू रोड"), ("काठमाडौं ४४६००", "पोखरा ३३७००")),
    "my": (("ကန်တော်", "ဗိုလ်ချုပ်အောင်ဆန်း", "ပြည်"), ("ရန်ကုန် 11181", "မန္တလေး 05021")),
    "lo": (("ລ້ານຊ້າງ", "ສາມແສນໄທ", "ເສດຖາທິລາດ"), ("ວຽງຈັນ 01000", "ຫຼວງພະບາງ 06000")),
    "ti_am": (("ሓርነት", "ቸርችል", "ንጉሥ ተክለሃይማኖት"), ("ኣስመራ", "አዲስ አበባ 1000")),
    "ca": (("Gran", "Major", "de Sants"), ("17001 Girona", "Lleida 25002")),
    "eu": (("Zabalbide", "Errekalde", "Nafarroa"), ("48006 Bilbo", "Iruñea 31001")),
    "yo": (("Awolọwọ", "Adéọlá", "Bódìjà"), ("Ìbàdàn", "Èkó 100001")),
}
"""Street names and places per language group of `address_world_words`."""

CARRIERS = {
    "prose": "Hi, please ship the replacement to {a} by Friday. Thanks!",
    "form": "Order 1042\nName: Maria Example\nShipping address: {a}\nStatus: paid\n",
    "json": '{{"id": 1042, "customer": "Maria Example", "address": {j}, "status": "paid"}}',
    "csv": 'order,name,address,total\n1042,Maria Example,"{a}",19.90\n',
    "block": "Maria Example\n{b}\n",
}


FIRST = frozenset(
    {"ул.", "бул.", "улица", "Улица", "булевар", "Булевар", "кӯчаи", "кучаи", "хиёбони", "гузаргоҳи", "ផ្លូវ"}
    | {"ຖະໜົນ", "ຮ່ອມ", "ጎደና"}
)
"""Types of caseless or Cyrillic scripts that stand before the name (Bulgarian/Serbian, Tajik ezafe forms, Khmer,
Lao, Tigrinya ``ጎደና ሓርነት``)."""

BOTH_SIDES = frozenset(words({"ar": OTHER["ar"], "prs_ur": OTHER["prs_ur"]}))
"""Arabic-script types: written before the name (Arabic ``شارع``) or after it (Urdu ``... روڈ``)."""


def _latin_before(word: str) -> bool:
    return any(word in v.split("|") for v in BEFORE.values())


def addresses() -> Iterator[tuple[str, str]]:
    """``(group, address)``: every type of a group with its group's names, numbers and places, in
    the orders the type allows (Latin ``BEFORE`` words first, ``AFTER`` words last, others both)."""
    for group, (names, places) in NAMES.items():
        types = sorted(words({group: (BEFORE | AFTER | OTHER)[group]}))
        for i, typ in enumerate(types):
            name, place, number = names[i % len(names)], places[i % len(places)], str(7 + 13 * i)
            if _latin_before(typ) or (typ in BOTH_SIDES and i % 2 == 0) or typ in FIRST:
                yield group, f"{typ} {name} {number}, {place}"
            else:
                yield group, f"{name} {typ} {number}, {place}"


CASES = [(group, address, carrier) for group, address in addresses() for carrier in CARRIERS]


def _text(address: str, carrier: str) -> tuple[str, str]:
    """The text and the address as it is written in it."""
    written = {"json": json.dumps(address, ensure_ascii=False)[1:-1], "block": address.replace(", ", "\n")}
    gold = written.get(carrier, address)
    text = CARRIERS[carrier].format(a=address, j=json.dumps(address, ensure_ascii=False), b=gold)
    return text, gold


def _masked(text: str, gold: str) -> float:
    start = text.index(gold)
    mask = [False] * len(gold)
    for f in LocaleAddressDetector().detect(text):
        for k in range(max(f.start, start), min(f.end, start + len(gold))):
            mask[k - start] = True
    return sum(mask) / len(gold)


@pytest.mark.parametrize(("group", "address", "carrier"), CASES)
def test_world_street_types_are_addresses(group: str, address: str, carrier: str) -> None:
    text, gold = _text(address, carrier)
    assert _masked(text, gold) >= 0.8, (group, text)


def test_every_group_has_cases() -> None:
    groups = {g for g, _, _ in CASES}
    assert groups == set(BEFORE) | set(AFTER) | set(OTHER)
    assert len(CASES) >= 5 * 80


@pytest.mark.parametrize(
    "text",
    [
        "Nyumba Na. 23, Mtaa wa Uhuru, Dar es Salaam",
        "No. 25, Galle Road, Colombo 03",
        "House No. 456, Bole Road, Kebele 03, Addis Ababa",
        "14 Sráid Grafton, Baile Átha Cliath 2\n",
    ],
)
def test_marks_before_the_number_and_numbered_districts(text: str) -> None:
    """A mark before the core's number and a place with a district number belong to the address."""
    spans = [(f.start, f.end) for f in LocaleAddressDetector().detect(text)]
    assert spans == [(0, len(text.rstrip("\n")))], spans


@pytest.mark.parametrize(
    "text",
    [
        "The House 12 committee met on Friday, Senate 5 voted.",
        "Add 250 g. of flour, e.g. 12 cups.",
        "See House 3, Season 2 of the show.",
        "sudo mount /dev/sda1 /mnt 2",
        "Barabara 2 is a Swahili film.",
        "Rruga 3.2 release notes are out.",
        "Ward No. 4 had 300 patients, Ward No. 5 had 200.",
        "Version No: 12, Build No: 45",
        "Plot No. 3, Figure 2, Table 4",
        "Tiranë, Vilnius, Tallinn and Bishkek are capitals.",
        "Heol Systems Ltd and Stryd Labs GmbH signed in 2024.",
        'import iela\nconfig = {"sokak": 5, "tänav": 3}\n',
        "Upgrade köçesi-lib from 1.2.3 to 1.2.4",
        "Алматы 2024: конференция по Python 3.12",
        "Angebot Nr. 2031-207\nFliesenbau Gerlinde Stoltz\n",
        "البئر رقم ١٤ بلغ ٣٢٠٠ متر",
    ],
)
def test_near_misses_stay(text: str) -> None:
    assert [text[f.start : f.end] for f in LocaleAddressDetector().detect(text)] == []


@pytest.mark.parametrize(
    "address",
    [
        "Bağdat Sokak 85, 34000 Kadıköy, İstanbul",
        "Rruga Myslym Shyri 45, Tiranë",
        "Brīvības iela 45, Rīga",
        "22 Cantonments Road, Osu, Accra",
        "Taikos g. 12, Klaipėda",
    ],
)
@pytest.mark.parametrize("carrier", ["json", "csv"])
def test_last_place_before_a_closing_quote(address: str, carrier: str) -> None:
    """The last place of an address is taken up to the quote that closes its JSON or CSV string."""
    text, gold = _text(address, carrier)
    assert _masked(text, gold) == 1.0, text


def test_an_account_number_after_a_csv_cell_is_no_place() -> None:
    text = '{"rows": "meno;adresa;IBAN\\nJana Nová;Kukučínova 17, 040 01 Košice;SK6809002554779337461823"}'
    spans = [text[f.start : f.end] for f in LocaleAddressDetector().detect(text)]
    assert spans == ["Kukučínova 17, 040 01 Košice"], spans
