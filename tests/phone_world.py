"""A synthetic, carrier-independent phone matrix: libphonenumber's example numbers of ~60 regions,
written in several formats, inside sentences of the region's language and of English, e-mail
signatures, CSV / JSON / YAML fields and chat lines; and a matrix of digit strings that are not
phone numbers (versions, timestamps, money, ids, ports, coordinates, dates, ISBNs, hashes...).

Nothing here is copied from an evaluation corpus: the numbers come from
`phonenumbers.example_number_for_type`, the sentences are written for this matrix.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # digits and letters of other scripts are what this matrix is about
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# language -> (sentence with a phone word, sentence without one); {n} is the number
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("My phone number is {n}.", "You can find me at {n} tomorrow, thanks and see you."),
    "de": ("Sie erreichen mich unter Telefonnummer {n}.", "Bitte melden Sie sich unter {n}, vielen Dank und bis bald."),
    "fr": ("Vous pouvez me joindre au téléphone {n}.", "Pour le rendez-vous, je suis au {n}, merci et bonne journée."),
    "es": ("Mi teléfono es {n}.", "Para la reserva, estoy en el {n}, gracias por todo."),
    "pt": ("Meu telefone é {n}.", "Para a reserva, estou no {n}, obrigado e até logo."),
    "it": ("Il mio cellulare è {n}.", "Per la prenotazione sono al {n}, grazie e a presto."),
    "nl": ("Mijn telefoonnummer is {n}.", "Voor het gesprek ben ik op {n}, bedankt en tot ziens."),
    "pl": ("Mój telefon to {n}.", "W sprawie zamówienia proszę pisać na {n}, dziękuję."),
    "cs": ("Můj telefon je {n}.", "Ohledně objednávky prosím pište na {n}, děkuji."),
    "hu": ("A telefonszámom {n}.", "A foglalással kapcsolatban kérem keressen a {n} számon, köszönöm."),
    "ro": ("Numărul meu de telefon este {n}.", "Pentru rezervare vă rog scrieți la {n}, mulțumesc."),
    "sv": ("Mitt mobilnummer är {n}.", "Hej, skriv till mig på {n} och tack."),
    "no": ("Mitt mobilnummer er {n}.", "Jeg er på {n} og takk for sist."),
    "fi": ("Puhelin: {n}.", "Kiitos, ja ota yhteyttä {n} ei kiirettä."),
    "tr": ("Telefon numaram {n}.", "Merhaba, rezervasyon için {n} ve teşekkür ederim."),
    "el": ("Το τηλέφωνό μου είναι {n}.", "Για την κράτηση είμαι στο {n}, ευχαριστώ."),
    "ru": ("Мой телефон {n}.", "По поводу заказа пишите на {n}, спасибо."),
    "uk": ("Мій телефон {n}.", "Щодо замовлення пишіть на {n}, дякую."),
    "bg": ("Моят телефон е {n}.", "За поръчката пишете на {n}, благодаря."),
    "sr": ("Мој телефон је {n}.", "За поруџбину пишите на {n}, хвала."),
    "he": ("הטלפון שלי {n}", "לגבי ההזמנה אפשר לפנות אל {n}, תודה"),
    "ar": ("رقم هاتفي {n}", "بخصوص الطلب تواصل معي على {n} شكرا"),
    "fa": ("شماره تلفن من {n}", "برای سفارش با من در {n} در ارتباط باشید، ممنون"),
    "ur": ("میرا فون نمبر {n} ہے", "آرڈر کے بارے میں مجھ سے {n} پر رابطہ کریں، شکریہ"),
    "hi": ("मेरा फ़ोन नंबर {n} है।", "ऑर्डर के बारे में मुझसे {n} पर बात करें, धन्यवाद।"),
    "bn": ("আমার ফোন নম্বর {n}", "অর্ডারের বিষয়ে আমাকে {n} নম্বরে জানান, ধন্যবাদ"),
    "ta": ("என் தொலைபேசி {n}", "ஆர்டர் பற்றி {n} இல் தொடர்பு கொள்ளுங்கள், நன்றி"),
    "th": ("โทร {n}", "เรื่องการจองติดต่อได้ที่ {n} ขอบคุณครับ"),
    "vi": ("Số điện thoại của tôi là {n}.", "Về đơn hàng, vui lòng liên hệ {n}, cảm ơn."),
    "id": ("Nomor telepon saya {n}.", "Untuk pesanan yang baru, kirim pesan ke {n}, terima kasih."),
    "sw": ("Namba yangu ya simu ni {n}.", "Kuhusu oda, niandikie kwa {n}, asante na tafadhali."),
    "tl": ("Ang telepono ko ay {n}.", "Para sa order, mag-text po sa {n}, salamat."),
    "zh": ("我的手机号码是{n}。", "关于订单，请发信息到{n}，谢谢。"),
    "zh-hant": ("我的電話是{n}。", "關於訂單，請傳訊息到{n}，謝謝。"),
    "ja": ("電話番号は{n}です。", "ご注文の件は{n}へどうぞ。よろしくお願いします。"),
    "ko": ("제 전화번호는 {n}입니다.", "주문 관련해서는 {n}으로 문의해 주세요."),
    "am": ("ስልክ ቁጥሬ {n} ነው።", "ስለ ትዕዛዙ በ{n} ያግኙኝ፣ አመሰግናለሁ።"),
}  # fmt: skip

# region -> (language, ccTLD for its e-mail signature, native digits "0123456789" or "")
REGIONS: dict[str, tuple[str, str, str]] = {
    "US": ("en", "us", ""), "GB": ("en", "uk", ""), "CA": ("en", "ca", ""), "AU": ("en", "au", ""),
    "NZ": ("en", "nz", ""), "IE": ("en", "ie", ""), "ZA": ("en", "za", ""), "NG": ("en", "ng", ""),
    "GH": ("en", "gh", ""), "SG": ("en", "sg", ""), "IN": ("hi", "in", "०१२३४५६७८९"),
    "DE": ("de", "de", ""), "AT": ("de", "at", ""), "CH": ("de", "ch", ""), "FR": ("fr", "fr", ""),
    "BE": ("fr", "be", ""), "LU": ("fr", "lu", ""), "NL": ("nl", "nl", ""), "ES": ("es", "es", ""),
    "MX": ("es", "mx", ""), "AR": ("es", "ar", ""), "CO": ("es", "co", ""), "CL": ("es", "cl", ""),
    "PE": ("es", "pe", ""), "BR": ("pt", "br", ""), "PT": ("pt", "pt", ""), "IT": ("it", "it", ""),
    "PL": ("pl", "pl", ""), "CZ": ("cs", "cz", ""), "HU": ("hu", "hu", ""), "RO": ("ro", "ro", ""),
    "SE": ("sv", "se", ""), "NO": ("no", "no", ""), "DK": ("no", "dk", ""), "FI": ("fi", "fi", ""),
    "TR": ("tr", "tr", ""), "GR": ("el", "gr", ""), "RU": ("ru", "ru", ""), "UA": ("uk", "ua", ""),
    "BG": ("bg", "bg", ""), "RS": ("sr", "rs", ""), "IL": ("he", "il", ""), "SA": ("ar", "sa", "٠١٢٣٤٥٦٧٨٩"),
    "AE": ("ar", "ae", "٠١٢٣٤٥٦٧٨٩"), "EG": ("ar", "eg", "٠١٢٣٤٥٦٧٨٩"), "IR": ("fa", "ir", "۰۱۲۳۴۵۶۷۸۹"),
    "PK": ("ur", "pk", "۰۱۲۳۴۵۶۷۸۹"), "BD": ("bn", "bd", "০১২৩৪৫৬৭৮৯"), "LK": ("ta", "lk", ""),
    "TH": ("th", "th", ""), "VN": ("vi", "vn", ""), "ID": ("id", "id", ""), "MY": ("id", "my", ""),
    "KE": ("sw", "ke", ""), "TZ": ("sw", "tz", ""), "PH": ("tl", "ph", ""), "CN": ("zh", "cn", "０１２３４５６７８９"),
    "TW": ("zh-hant", "tw", ""), "HK": ("zh-hant", "hk", ""), "JP": ("ja", "jp", "０１２３４５６７８９"),
    "KR": ("ko", "kr", ""), "ET": ("am", "et", ""),
}  # fmt: skip

_NATIONAL = PhoneNumberFormat.NATIONAL
_INTERNATIONAL = PhoneNumberFormat.INTERNATIONAL
_NO_PARENS = str.maketrans("", "", "()")


def _native(text: str, digits: str) -> str:
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


FORMATS: dict[str, Callable[[phonenumbers.PhoneNumber, str], str]] = {
    "national": lambda n, d: phonenumbers.format_number(n, _NATIONAL),
    "international": lambda n, d: phonenumbers.format_number(n, _INTERNATIONAL),
    "e164": lambda n, d: phonenumbers.format_number(n, PhoneNumberFormat.E164),
    "intl_dots": lambda n, d: phonenumbers.format_number(n, _INTERNATIONAL).replace(" ", ".").replace("-", "."),
    "intl_00": lambda n, d: "00" + phonenumbers.format_number(n, _INTERNATIONAL)[1:],
    "national_nbsp": lambda n, d: phonenumbers.format_number(n, _NATIONAL).replace(" ", "\u00a0"),
    "national_dashes": lambda n, d: "-".join(phonenumbers.format_number(n, _NATIONAL).translate(_NO_PARENS).split()),
    "national_native_digits": lambda n, d: _native(phonenumbers.format_number(n, _NATIONAL), d),
}  # fmt: skip
"""Ways of writing a number; ``national_native_digits`` equals ``national`` for Latin-digit regions."""

CARRIERS: dict[str, str] = {
    "native_with_word": "{native_with}",
    "native_no_word": "{native_without}",
    "english_with_word": "Hi team, " + LANGUAGES["en"][0],
    "english_no_word": LANGUAGES["en"][1],
    "signature": "Best regards,\nMaria Example\nAcme Ltd.\n{n}\nmaria@acme.{tld}\n",
    "csv": "name,city,phone\nMaria Example,Springfield,{n}\n",
    "json": '{{"name": "Maria Example", "phone": "{n}", "active": true}}',
    "yaml": "contact:\n  name: Maria Example\n  mobile: {n}\n",
    "chat": "[10:42] <maria> ok, text me on {n} when you land",
    "html_row": "<tr><td>Maria Example</td><td>maria@acme.{tld}</td><td>{n}</td></tr>",
    "markdown_row": "| Maria Example | maria@acme.{tld} | {n} |",
}
"""Where a number is written; ``{n}`` is the number."""


@dataclass(frozen=True)
class Case:
    """One number in one carrier: the text and the number's offsets in it."""

    region: str
    kind: str
    fmt: str
    carrier: str
    text: str
    start: int
    end: int


def cases() -> Iterator[Case]:
    """Every region x number type x format x carrier."""
    for region, (lang, tld, digits) in REGIONS.items():
        with_word, without_word = LANGUAGES[lang]
        for kind, ntype in (("fixed", PhoneNumberType.FIXED_LINE), ("mobile", PhoneNumberType.MOBILE)):
            number = phonenumbers.example_number_for_type(region, ntype)
            if number is None:
                continue
            for fmt, render in FORMATS.items():
                n = render(number, digits)
                for carrier, template in CARRIERS.items():
                    marker = "\x00"
                    text = template.format(
                        n=marker,
                        tld=tld,
                        native_with=with_word.format(n=marker),
                        native_without=without_word.format(n=marker),
                    )
                    start = text.index(marker)
                    yield Case(region, kind, fmt, carrier, text.replace(marker, n), start, start + len(n))


NEGATIVES: list[tuple[str, str]] = [
    ("pip install numpy==1.26.4 and python 3.14.0.212", "versions"),
    ("Release 2024.05.1234 is out, build 20240512.1234", "calendar versions"),
    ("2024-05-01 12:34:56,789 INFO worker 1234567 started", "log timestamp and a pid"),
    ("ts=1718040000 next=1718040060", "epoch seconds"),
    ('{"created_at": 1718040000123, "ttl": 86400}', "epoch milliseconds"),
    ("Total: $1,234,567.89 (EUR 1.234.567,00)", "money with separators"),
    ("Der Preis beträgt 1 234 567 Euro und bitte bar.", "money in German, spaces"),
    ("Order #123-456-7890 shipped", "order id after #"),
    ("invoice INV-2024-000123 and ticket 4567-8901-23", "invoice and ticket ids"),
    ("Bestellnummer 2024 0001 2345 und bitte", "an order number in German"),
    ("connect to 10.20.30.40:5432 or localhost:8080", "IP and ports"),
    ("listening on [2001:db8::1]:8443", "IPv6 and port"),
    ("location 48.8566, 2.3522 and -33.8688 151.2093", "coordinates"),
    ("due 12/05/2024, 05.12.2024, 2024/05/12 or 20240512", "dates in many formats"),
    ("Le 12 05 2024 à 14h30, merci pour tout avec vous", "a French date written with spaces"),
    ("ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2", "ISBNs"),
    ("id 123e4567-e89b-12d3-a456-426614174000", "a UUID"),
    ("sha256 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b", "a hash"),
    ("commit 1234567 and a1b2c3d4 5678901", "commit ids"),
    ("Traceback: File main.py, line 1234567, in run\nsrc/app.py:1234:56 error", "line numbers and line:col"),
    ("took 1234567 ms, elapsed 00:12:34.567", "durations"),
    ("size 1 048 576 bytes, 12345678 blocks", "sizes"),
    ("arr = [1234, 5678, 9012, 3456]", "a list of integers"),
    ("page 123 of 4567, rows 1 2 3 4 5 6 7 8", "counts and sequences"),
    ("la población es de 47 615 034 habitantes, gracias por todo", "population in Spanish"),
    ("Die Einwohnerzahl: 83 240 525 und bitte nicht vergessen", "population in German"),
    ("card 4111 1111 1111 1111 exp 12/29", "a card number"),
    ("IBAN DE89 3704 0044 0532 0130 00", "an IBAN"),
    ("SSN 123-45-6789 on file", "an SSN"),
    ('version: \'3.8\'\nports:\n  - "8080:80"\n  - "5432:5432"', "compose file ports"),
    ("温度は2024年05月01日に25度でした", "a Japanese date"),
    ("订单号 20240501123456 已发货", "a Chinese order number"),
    ("الطلب رقم 2024 0501 شكرا", "an Arabic order number"),
    ("заказ № 1234 5678 от 01.05.2024", "a Russian order number"),
    ("x = 3 (4) 5678 9012", "arithmetic"),
    ("Coordinates (52.5200) 13.4050", "a parenthesised decimal"),
    ("0x7ffd5e8c1234 0x0000000012345678", "hex addresses"),
    ("uptime 1234567 s, load 0.12 0.34 0.56", "uptime and load"),
    ("chmod 0755 file && umask 0022 1234567", "modes"),
    ("ZIP 90210-1234 and postcode 1234 AB", "ZIP+4 and a Dutch postcode"),
    ("Steuernummer 093/815/08152 und bitte bis Freitag.", "a German tax number with slashes"),
    ("Die Kontonummer lautet 0532 0130 00 und die BLZ 370 400 44, vielen Dank.", "a German account number"),
    ("El pedido 0012 3456 7890 y el NIF 12345678Z, gracias por todo para usted", "a Spanish order number"),
    ("CPF 123.456.789-09 e CNPJ 12.345.678/0001-95, obrigado para você", "Brazilian tax ids"),
    ("Zamówienie 0123 456 789 jest gotowe, dziękuję i proszę", "a Polish order number"),
    ("订单号 2024 0501 1234 已发货，谢谢", "a grouped Chinese order number"),
    ("注文番号 0312-3456-78 です。よろしくお願いします", "a Japanese order number"),
    ("رقم الطلب ٠١٢٣ ٤٥٦ ٧٨٩ شكرا", "an Arabic order number in Arabic-Indic digits"),
    (
        "Please find the invoice 0207 946 0958 attached, thanks and see you.",
        "an invoice number shaped like a UK number",
    ),
    ("The tracking number is 9400 1000 0000 0000 0000 00 thanks with you", "a parcel tracking number"),
    ("Account 0123 4567 8901 and sort code 20-00-00, thanks and see you", "a bank account and sort code"),
    ("We shipped 1 234 567 units in 2023 and 2 345 678 in 2024, thanks and with you", "counts with spaces"),
    ("Version 02.03.04.05 of the firmware, please and thanks with you", "a zero-padded version"),
    ("Die Artikelnummer 0815 4711 und bitte bald", "a German article number"),
    ("Запрос № 0123 456 78 90 от клиента, спасибо", "a Russian request number"),
    ("Key fingerprint:\nA21F AB74 B008 8AA3 6115 2586 B8EF 1A6B A9DA 2D5C", "a PGP fingerprint"),
    ("Copyright (C) 2000-2006 Jane Example, thanks and see you", "a year range"),
    ("assert f(x) == + 278326125 and y == +45.92828268", "signed integers and decimals"),
    ("shop-phone-verify-1 172.19.0.5/16\nshop-db-1 10.0.12.7/24", "CIDR blocks after a phone word"),
]
"""Texts with digit runs and no phone number: each must yield no PHONE_NUMBER span."""
