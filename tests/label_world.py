"""A generated matrix of labelled names and addresses: languages x labels x separators x carriers.

Each case is a field label of one language (the way that language's forms, invoices and shipping
notes write it), a separator, and a value drawn from Faker's locale providers (names; postal
addresses where Faker has the locale, else a few addresses written here in the language's own
format), set in one carrier: a plain form line, a Markdown bold list item, a JSON object escaped
inside a tool result, a two-column Markdown table, a label with its value on the next line, and
a tab-separated line. The labels here are written for this matrix, independently of
`redactor.detect.pii.field_vocab` (so a label missing from the vocabulary shows up as a miss),
and nothing is copied from an evaluation corpus.

`NEGATIVES` holds texts with ``name``/``address`` keys that are not people or postal addresses
(CI workflows, Kubernetes manifests, package manifests, server configs) and labelled
placeholders (``N/A``, ``<name>``, ``${NAME}``, "not specified" in several languages).
"""

# ruff: noqa: RUF001, E501  # labels and values of other scripts; one language per row reads best
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from faker import Faker


@dataclass(frozen=True)
class Lang:
    """One language: Faker locale for names (and addresses, if `address_locale`), test labels."""

    person_locale: str
    address_locale: str | None
    person: tuple[str, ...]
    address: tuple[str, ...]
    family_first: bool = False
    no_space: bool = False


# lang -> labels a form in that language uses for the person and for the address
LANGS: dict[str, Lang] = {
    "en": Lang("en_US", "en_US", ("Full name", "Customer name", "Contact person"), ("Home address", "Shipping address")),
    "de": Lang("de_DE", "de_DE", ("Vor- und Nachname", "Ansprechpartner", "Empfänger"), ("Anschrift", "Lieferadresse")),
    "fr": Lang("fr_FR", "fr_FR", ("Nom complet", "Destinataire", "Titulaire"), ("Adresse postale", "Adresse de livraison")),
    "es": Lang("es_ES", "es_ES", ("Nombre completo", "Nombre y apellidos", "Titular"), ("Dirección", "Domicilio")),
    "pt": Lang("pt_BR", "pt_BR", ("Nome completo", "Destinatário", "Paciente"), ("Endereço", "Endereço de entrega")),
    "it": Lang("it_IT", "it_IT", ("Nome e cognome", "Intestatario", "Destinatario"), ("Indirizzo", "Residenza")),
    "nl": Lang("nl_NL", "nl_NL", ("Volledige naam", "Contactpersoon", "Ontvanger"), ("Adres", "Woonadres")),
    "pl": Lang("pl_PL", "pl_PL", ("Imię i nazwisko", "Odbiorca", "Pacjent"), ("Adres zamieszkania", "Adres dostawy")),
    "cs": Lang("cs_CZ", "cs_CZ", ("Jméno a příjmení", "Příjemce", "Odesílatel"), ("Adresa", "Trvalé bydliště")),
    "sk": Lang("sk_SK", "sk_SK", ("Meno a priezvisko", "Príjemca"), ("Adresa", "Trvalé bydlisko")),
    "sl": Lang("sl_SI", "sl_SI", ("Ime in priimek", "Prejemnik"), ("Naslov", "Stalno prebivališče")),
    "hr": Lang("hr_HR", "hr_HR", ("Ime i prezime", "Primatelj"), ("Adresa", "Adresa stanovanja")),
    "hu": Lang("hu_HU", "hu_HU", ("Teljes név", "Címzett", "Ügyfél"), ("Lakcím", "Szállítási cím"), family_first=True),
    "ro": Lang("ro_RO", "ro_RO", ("Nume și prenume", "Destinatar"), ("Adresa de domiciliu", "Adresa de livrare")),
    "fi": Lang("fi_FI", "fi_FI", ("Koko nimi", "Vastaanottaja", "Asiakas"), ("Osoite", "Toimitusosoite")),
    "et": Lang("et_EE", None, ("Ees- ja perekonnanimi", "Saaja"), ("Aadress", "Elukoht")),
    "lv": Lang("lv_LV", None, ("Vārds, uzvārds", "Saņēmējs"), ("Adrese", "Deklarētā adrese")),
    "lt": Lang("lt_LT", None, ("Vardas, pavardė", "Gavėjas"), ("Adresas", "Gyvenamoji vieta")),
    "sv": Lang("sv_SE", "sv_SE", ("Fullständigt namn", "Mottagare", "Kontaktperson"), ("Adress", "Leveransadress")),
    "no": Lang("no_NO", "no_NO", ("Fullt navn", "Mottaker"), ("Adresse", "Postadresse")),
    "da": Lang("da_DK", "da_DK", ("Fulde navn", "Modtager"), ("Adresse", "Leveringsadresse")),
    "is": Lang("is_IS", None, ("Fullt nafn", "Viðtakandi"), ("Heimilisfang", "Lögheimili")),
    "ga": Lang("ga_IE", None, ("Ainm iomlán",), ("Seoladh", "Seoladh poist")),
    "tr": Lang("tr_TR", None, ("Adı Soyadı", "Ad Soyad", "Alıcı"), ("Adres", "Teslimat adresi")),
    "az": Lang("az_AZ", "az_AZ", ("Ad soyad", "Alıcı"), ("Ünvan", "Yaşayış ünvanı")),
    "uz": Lang("uz_UZ", None, ("F.I.Sh", "Mijoz"), ("Manzil", "Yashash manzili")),
    "ru": Lang("ru_RU", "ru_RU", ("ФИО", "Получатель", "Контактное лицо"), ("Адрес", "Адрес доставки"), family_first=True),
    "uk": Lang("uk_UA", "uk_UA", ("ПІБ", "Одержувач", "Ім'я"), ("Адреса", "Адреса проживання"), family_first=True),
    "bg": Lang("bg_BG", None, ("Име и фамилия", "Получател"), ("Адрес", "Постоянен адрес")),
    "mk": Lang("mk_MK", "mk_MK", ("Име и презиме", "Примач"), ("Адреса", "Адреса на живеење")),
    "el": Lang("el_GR", "el_GR", ("Ονοματεπώνυμο", "Παραλήπτης"), ("Διεύθυνση", "Διεύθυνση κατοικίας")),
    "ka": Lang("ka_GE", "ka_GE", ("სახელი და გვარი", "მიმღები"), ("მისამართი", "საცხოვრებელი მისამართი")),
    "hy": Lang("hy_AM", "hy_AM", ("Անուն ազգանուն", "Ստացող"), ("Հասցե", "Բնակության հասցե")),
    "he": Lang("he_IL", "he_IL", ("שם מלא", "נמען", "שם הלקוח"), ("כתובת", "כתובת מגורים")),
    "ar": Lang("ar_SA", "ar_DZ", ("الاسم الكامل", "اسم العميل", "المستلم"), ("العنوان", "عنوان التوصيل")),
    "fa": Lang("fa_IR", "fa_IR", ("نام و نام خانوادگی", "نام", "گیرنده"), ("نشانی", "آدرس")),
    "hi": Lang("hi_IN", "hi_IN", ("पूरा नाम", "नाम", "प्राप्तकर्ता"), ("पता", "स्थायी पता")),
    "mr": Lang("mr_IN", "mr_IN", ("पूर्ण नाव", "नाव"), ("पत्ता", "कायमचा पत्ता")),
    "ne": Lang("ne_NP", "ne_NP", ("पूरा नाम", "नाम"), ("ठेगाना", "स्थायी ठेगाना")),
    "bn": Lang("bn_BD", "bn_BD", ("নাম", "পুরো নাম", "প্রাপক"), ("ঠিকানা", "বর্তমান ঠিকানা")),
    "gu": Lang("gu_IN", None, ("નામ", "પૂરું નામ"), ("સરનામું",)),
    "ta": Lang("ta_IN", "ta_IN", ("பெயர்", "முழு பெயர்"), ("முகவரி", "வீட்டு முகவரி")),
    "si": Lang("si_LK", None, ("නම", "සම්පූර්ණ නම"), ("ලිපිනය",)),
    "th": Lang("th_TH", "th_TH", ("ชื่อ-นามสกุล", "ชื่อผู้รับ"), ("ที่อยู่", "ที่อยู่จัดส่ง")),
    "zh": Lang("zh_CN", "zh_CN", ("姓名", "收件人", "联系人"), ("地址", "收货地址"), family_first=True, no_space=True),
    "zh_hant": Lang("zh_TW", "zh_TW", ("姓名", "收件人"), ("地址", "通訊地址"), family_first=True, no_space=True),
    "ja": Lang("ja_JP", "ja_JP", ("氏名", "お名前", "担当者"), ("住所", "お届け先住所"), family_first=True),
    "ko": Lang("ko_KR", "ko_KR", ("성명", "이름", "받는 사람"), ("주소", "배송지 주소"), family_first=True, no_space=True),
    "sw": Lang("sw", None, ("Jina kamili", "Mpokeaji"), ("Anwani", "Makazi")),
    "ha": Lang("ha_NG", None, ("Cikakken suna",), ("Adireshi",)),
    "yo": Lang("yo_NG", None, ("Orúkọ kíkún",), ("Àdírẹ́sì",)),
    "zu": Lang("zu_ZA", "zu_ZA", ("Igama eliphelele", "Umamukeli"), ("Ikheli", "Ikheli lasekhaya")),
    "id": Lang("id_ID", "id_ID", ("Nama lengkap", "Penerima", "Nama pelanggan"), ("Alamat", "Alamat pengiriman")),
    "vi": Lang("vi_VN", "vi_VN", ("Họ và tên", "Người nhận", "Khách hàng"), ("Địa chỉ", "Địa chỉ giao hàng"), family_first=True),
}  # fmt: skip

HAND_ADDRESSES: dict[str, tuple[str, ...]] = {
    "et": ("Pärnu mnt 22-5, 10141 Tallinn", "Riia tn 14, 51010 Tartu"),
    "lv": ("Brīvības iela 68-12, Rīga, LV-1011", "Rīgas iela 5, Jelgava, LV-3001"),
    "lt": ("Gedimino pr. 9-4, LT-01103 Vilnius", "Laisvės al. 53, Kaunas"),
    "is": ("Laugavegur 26, 101 Reykjavík", "Hafnarstræti 97, 600 Akureyri"),
    "ga": ("12 Sráid Mhór, Gaillimh", "Bóthar na Trá 4, Corcaigh"),
    "tr": ("Atatürk Cad. No: 45 Daire 7, Kadıköy/İstanbul", "Gazi Mustafa Kemal Blv. 112, Çankaya, Ankara"),
    "uz": ("Amir Temur ko'chasi 15, Toshkent", "Navoiy ko'chasi 7-uy, Samarqand"),
    "bg": ("ул. Граф Игнатиев 15, ет. 3, 1000 София", "бул. Мария Луиза 22, Пловдив"),
    "gu": ("૧૨, સરદાર પટેલ રોડ, અમદાવાદ ૩૮૦૦૦૯", "ફ્લેટ ૫, શાંતિ સોસાયટી, સુરત"),
    "si": ("අංක 25, ගාලු පාර, කොළඹ 03", "42/1, මහනුවර පාර, මහනුවර"),
    "sw": ("Mtaa wa Uhuru 14, Nairobi", "Barabara ya Nyerere, Nyumba 22, Dar es Salaam"),
    "ha": ("Lamba 12, Titin Ahmadu Bello, Kano", "Gida 5, Titin Zaria, Kaduna"),
    "yo": ("12, Òpópónà Awolowo, Ìbàdàn", "Ilé 7, Òpópónà Herbert Macaulay, Èkó"),
}
"""Addresses of languages whose Faker locale has no address provider, written in their formats."""

EXTRA: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # lang: (person labels, address labels, names, addresses); no Faker locale for these
    "am": (("ሙሉ ስም", "ስም"), ("አድራሻ",), ("አበበ ከበደ", "ሰላም ተስፋዬ ገብሩ"), ("ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1234", "ቂርቆስ ክፍለ ከተማ ቀበሌ 05 ቤት ቁጥር 12")),
    "so": (("Magaca oo buuxa", "Magaca"), ("Cinwaanka",), ("Cabdullaahi Maxamed Xasan", "Faadumo Cali Warsame"), ("Waddada Makka Al-Mukarama 12, Muqdisho", "Degmada Hodan, Guriga 45, Muqdisho")),
    "ur": (("پورا نام", "نام"), ("پتہ",), ("عائشہ خان", "محمد عمران بٹ"), ("مکان نمبر 12، گلی 4، ماڈل ٹاؤن، لاہور", "فلیٹ 7، بلاک بی، گلشن اقبال، کراچی")),
    "ms": (("Nama penuh",), ("Alamat",), ("Nurul Aisyah Binti Ahmad", "Muhammad Hafiz Bin Ismail"), ("No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur", "Lot 5, Lorong Permai 3, Taman Sri Muda, Shah Alam")),
    "tl": (("Buong pangalan",), ("Tirahan",), ("Juan Dela Cruz", "Maria Clara Santos"), ("123 Kalye Rizal, Barangay San Roque, Lungsod ng Marikina", "Blk 5 Lot 12, Purok 3, Barangay Mabini, Batangas")),
    "km": (("ឈ្មោះ",), ("អាសយដ្ឋាន",), ("សុខ ដារ៉ា", "ចាន់ សុភា"), ("ផ្ទះលេខ 12 ផ្លូវ 271 សង្កាត់ទឹកល្អក់ ខណ្ឌទួលគោក ភ្នំពេញ",)),
    "my": (("အမည်",), ("လိပ်စာ",), ("အောင် ကျော် မင်း", "ခင် မာ ဝင်း"), ("အမှတ် 12 ဗိုလ်ချုပ်လမ်း ရန်ကင်းမြို့နယ် ရန်ကုန်",)),
}  # fmt: skip
"""Languages without a Faker locale: labels, names and addresses written here."""

CARRIERS: dict[str, Callable[[str, str, str], str]] = {
    # carrier -> (label, separator, value) -> text; the value appears once, verbatim or JSON-escaped
    "line": lambda lb, sep, v: f"Order 4471 was updated.\n{lb}{sep}{v}\nStatus: shipped",
    "bold_item": lambda lb, sep, v: f"## Record\n\n- **{lb}:** {v}\n- **ID:** 4471\n",
    "json_tool": lambda lb, sep, v: json.dumps(
        {"type": "tool_result", "content": json.dumps({"id": 4471, lb: v}, ensure_ascii=False)}, ensure_ascii=False
    ),
    "md_table": lambda lb, sep, v: f"| Field | Value |\n|---|---|\n| {lb} | {v} |\n| ID | 4471 |",
    "next_line": lambda lb, sep, v: f"{lb}:\n{v}\n\nID: 4471",
    "tab": lambda lb, sep, v: f"ID\t4471\n{lb}\t{v}\n",
}
"""Where a labelled value is written."""

SEPARATORS: dict[str, str] = {"colon": ": ", "spaced_colon": " : ", "dash": " - ", "equals": "="}
"""Separators of the ``line`` carrier (the other carriers have their own)."""
_FULLWIDTH = {"zh", "zh_hant", "ja"}


@dataclass(frozen=True)
class Case:
    """A labelled value (``text[start:end]``) of one entity in one carrier."""

    lang: str
    entity: str
    label: str
    carrier: str
    sep: str
    text: str
    start: int
    end: int


def _locate(text: str, value: str, carrier: str) -> tuple[int, int]:
    if carrier == "json_tool":
        escaped = json.dumps(json.dumps(value, ensure_ascii=False)[1:-1], ensure_ascii=False)[1:-1]
        start = text.index(escaped)
        return start, start + len(escaped)
    start = text.index(value)
    return start, start + len(value)


def _name(fake: Faker, lang: Lang, i: int) -> str:
    given = fake.first_name_female() if i % 2 else fake.first_name_male()
    family = fake.last_name()
    if lang.family_first:
        return family + ("" if lang.no_space else " ") + given
    return given + " " + family


def _address(fake: Faker | None, code: str, i: int) -> str:
    if fake is None:
        options = HAND_ADDRESSES[code]
        return options[i % len(options)]
    return ", ".join(part.strip(" ,") for part in fake.address().split("\n") if part.strip(" ,"))


def _values(code: str, seed: int, n: int) -> Iterator[tuple[str, str, str]]:
    """(entity, label, value) of one language: every label with `n` values."""
    if code in EXTRA:
        plabels, alabels, names, addresses = EXTRA[code]
        for k, label in enumerate(plabels):
            for i in range(n):
                yield "PERSON", label, names[(i + k) % len(names)]
        for k, label in enumerate(alabels):
            for i in range(n):
                yield "ADDRESS", label, addresses[(i + k) % len(addresses)]
        return
    lang = LANGS[code]
    fake = Faker(lang.person_locale)
    fake.seed_instance(seed)
    afake = None
    if lang.address_locale is not None:
        afake = Faker(lang.address_locale)
        afake.seed_instance(seed)
    for label in lang.person:
        for i in range(n):
            yield "PERSON", label, _name(fake, lang, i)
    for label in lang.address:
        for i in range(n):
            yield "ADDRESS", label, _address(afake, code, i)


def cases(seed: int = 20261126, per_label: int = 2) -> Iterator[Case]:
    """Every language x label x carrier (the ``line`` carrier with every separator)."""
    for code in [*LANGS, *EXTRA]:
        for entity, label, value in _values(code, seed, per_label):
            for carrier, build in CARRIERS.items():
                seps = SEPARATORS if carrier == "line" else {"own": ""}
                for sep_name, sep in seps.items():
                    if carrier == "line" and sep_name == "colon" and code in _FULLWIDTH:
                        sep = "\uff1a"
                    text = build(label, sep, value)
                    start, end = _locate(text, value, carrier)
                    yield Case(code, entity, label, carrier, sep_name, text, start, end)


NEGATIVES: list[tuple[str, str]] = [
    (
        "name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - name: Build Image\n        run: docker build .\n      - name: Run Tests\n        run: pytest",
        "GitHub Actions workflow",
    ),
    (
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: my-service\n  namespace: Payments\nspec:\n"
        "  ports:\n    - name: http\n      port: 80",
        "Kubernetes service",
    ),
    ('{\n  "name": "my-package",\n  "author": "ACME Corp",\n  "version": "1.2.0"\n}', "package.json"),
    ("server:\n  address: 0.0.0.0:8080\n  name: api-gateway\nclient:\n  address: 10.0.4.17", "server addresses"),
    ("Address: 0.0.0.0:8080\nName: Api Gateway\nStatus: running", "capitalised server status"),
    ("Listen Address: 127.0.0.1\nBind Address: ::1\nMAC Address: 00:1A:2B:3C:4D:5E", "network addresses"),
    ("Адрес электронной почты: ivan@example.ru\nIP-адрес: 192.168.0.10", "Russian e-mail and IP labels"),
    ("E-Mail-Adresse: jonas@example.de\nWeb-Adresse: https://example.de", "German e-mail and web labels"),
    ("Full name: N/A\nCustomer name: <name>\nContact person: ${CONTACT_NAME}", "English placeholders"),
    ("ФИО: не указано\nАдрес: см. ниже", "Russian placeholders"),
    ("Name: TBD\nAuthor: Unknown\nOwner: Platform Team", "English role placeholders"),
    ("姓名：未知\n地址：无", "Chinese placeholders"),
    ("| Имя | Телефон | Город |\n|---|---|---|", "a table header of labels"),
    ('{"name": {"type": "string", "required": true}, "address": {"type": "string"}}', "a JSON schema"),
    ("Owner: data-platform\nCustomer: acme-corp\nRecipient: ops@example.com", "lower-case ids as values"),
    ("Nombre: string\nDirección: string", "Spanish schema placeholders"),
    ("Adresse: siehe unten\nStraße: wird nachgereicht", "German sentences under address labels"),
    ("Student: true\nPassenger: false\nHolder: null", "booleans under role labels"),
    ("address = module.vpc.nat_gateway_address\nname = var.cluster_name", "Terraform"),
    (
        'name = "requests"\ndescription = "HTTP for Humans"\n[tool.poetry]\naddress = "0x7ffd5b2c1a40"',
        "pyproject and a pointer",
    ),
]
"""Texts without a labelled person or postal address: no span of the field-label detector."""
