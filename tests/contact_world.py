"""A generated matrix for `pii.contact_row` and `pii.signature`: name culture x record shape x carrier.

Names come from Faker's person lists of the ~55 locales `salutation_world.FAKER_LOCALES` lists
(three seeds each, in the order the culture writes them; the hand-written `salutation_world.NATIVE`
name of each language too), phone numbers from libphonenumber's example mobile number of the
locale's region (so `pii.phone` must find them as it would a real one), e-mail local parts from
the name's transliteration. Each name is written into record shapes none of which carries a label,
greeting or title:

- ``row``: ``- {name} | DOB 1990-04-12 | {phone}`` (a list item of a KYC queue);
- ``csv``: ``4471;{name};{email};{phone}``;
- ``tsv``: ``4471<TAB>{name}<TAB>{phone}``;
- ``clause``: ``Ticket 4471: {name}, {phone word of the language} {phone}, e-mail {email}``;
- ``lookup``: ``owner lookup: {name} {phone}``;
- ``block``: ``{name}`` over ``{phone word}: {phone}`` and ``E-mail: {email}``;
- ``call``: ``Profile(name={name}, phone={phone})`` (a log line printing an object);
- signatures: ``closing`` (a sign-off of the language with a colon, the name on the next line)
  and ``role`` (a name over a job title at a letter's end).

Carriers: the plain text and the text as a JSON string value (escaped, as tool results arrive).
Negatives: the same shapes holding a company, a place, a product, a support desk, a section
heading or code instead of a person, and letters ending in a heading over a team name.

Run as a script for the rates: ``python tests/contact_world.py``.
"""

from __future__ import annotations

# ruff: noqa: E501  # tables of names and words of other scripts are what this matrix is about
import json
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from anyascii import anyascii
from faker import Faker

from redactor.detect.pii.salutation_vocab import LANGUAGES
from tests.salutation_world import CJK, FAKER_LOCALES, NATIVE

PHONE_WORDS: dict[str, str] = {
    "es": "teléfono", "pt": "telefone", "fr": "téléphone", "de": "Telefon", "it": "telefono", "nl": "telefoon",
    "sv": "telefon", "no": "telefon", "da": "telefon", "fi": "puhelin", "is": "sími", "pl": "telefon", "cs": "telefon",
    "sk": "telefón", "sl": "telefon", "hr": "telefon", "hu": "telefon", "ro": "telefon", "bg": "телефон", "ru": "телефон",
    "uk": "телефон", "el": "τηλέφωνο", "tr": "telefon", "az": "telefon", "uz": "telefon", "ka": "ტელეფონი",
    "hy": "հեռախոս", "he": "טלפון", "ar": "هاتف", "fa": "تلفن", "hi": "फ़ोन", "bn": "ফোন", "gu": "ફોન", "mr": "फोन",
    "ne": "फोन", "ta": "தொலைபேசி", "si": "දුරකථනය", "th": "โทร", "vi": "điện thoại", "id": "telepon", "sw": "simu",
    "zu": "ucingo", "yo": "fóònù", "ig": "ekwentị", "ha": "waya", "zh": "电话", "ja": "電話", "ko": "전화",
    "lt": "telefonas", "lv": "tālrunis", "et": "telefon", "ga": "fón", "mk": "телефон",
}  # fmt: skip
"""The usual word for "phone" in each language (what a clause puts before the number)."""

REGIONS: dict[str, str] = {"sw": "KE", "ar": "SA", "en": "US"}
"""Regions of locales without a country part."""

JOB_TITLES = (
    "Head of People", "Sales Manager", "Leiterin Finanzen", "Directeur commercial", "Gerente de ventas",
    "Chief Technology Officer", "Account Executive, Kestrel Works Ltd", "Kierownik działu IT", "Директор по продажам",
)  # fmt: skip
PROSE = "Please find the signed contract attached and let me know if anything is still missing from the file."

COMPANIES = ("Kestrel Works Ltd", "Banca Sella", "Northwind Traders", "Müller Logistik GmbH", "Grupo Bimbo",
             "Hollowpine Sp. z o.o.", "Acme Support", "Blue Ridge Apartments", "Société Générale", "Tata Consultancy Services")  # fmt: skip
PLACES = ("San Francisco", "Ho Chi Minh City", "Buenos Aires", "Rio de Janeiro", "Kuala Lumpur", "New Delhi",
          "Hồ Chí Minh", "Nizhny Novgorod", "Санкт-Петербург", "Cape Town", "Addis Ababa", "Santo Domingo")  # fmt: skip
PRODUCTS = ("Pixel Buds Pro", "Galaxy Tab S9", "Kindle Paperwhite", "Surface Laptop", "Echo Dot", "Mi Band",
            "Apple Watch", "Office Chair", "Standing Desk", "Kafka Connect")  # fmt: skip
DESKS = ("Customer Service", "Service Client", "Kundenservice", "Atención al Cliente", "Help Desk", "Head Office",
         "Sales Team", "Support Hotline", "Служба поддержки", "خدمة العملاء", "ग्राहक सेवा", "客服中心")  # fmt: skip
HEADINGS = ("Contact Details", "Kontaktdaten", "Datos de contacto", "Informations de contact", "Контактные данные",
            "Billing Address", "Emergency Contacts", "Dane kontaktowe")  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One generated text: `names` must be found (empty for a negative)."""

    lang: str
    shape: str
    carrier: str
    text: str
    names: tuple[str, ...]


def region_of(lang: str) -> str:
    loc = FAKER_LOCALES.get(lang, "")
    return REGIONS.get(lang) or (loc.split("_")[1] if "_" in loc else "US")


def phone_for(region: str) -> str:
    """libphonenumber's example mobile number of `region`, written internationally."""
    n = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if n is None:
        n = phonenumbers.example_number(region)
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def faker_name(lang: str, seed: int) -> str:
    fake = Faker(FAKER_LOCALES[lang])
    fake.seed_instance(seed)
    first, last = fake.first_name(), fake.last_name()
    if lang in ("zh", "ko"):
        return last + first
    if lang in ("ja", "hu"):
        return last + " " + first
    if lang == "th":
        return first + " " + last
    return first + " " + last


def email_for(name: str) -> str:
    parts = [p for p in "".join(c if c.isalnum() or c == " " else " " for c in anyascii(name).lower()).split() if p]
    return ".".join(parts[:2] if len(parts) > 1 else parts) + "@example-mail.com"


def names_of(lang: str) -> list[str]:
    out = [NATIVE[lang]] if lang in NATIVE else []
    out.extend(faker_name(lang, seed) for seed in (11, 23, 37))
    return list(dict.fromkeys(n for n in out if n.strip()))


def _carried(lang: str, shape: str, text: str, names: tuple[str, ...]) -> Iterator[Case]:
    yield Case(lang, shape, "plain", text, names)
    yield Case(lang, shape, "json", json.dumps({"role": "tool", "content": text}, ensure_ascii=lang in CJK), names)


def _record_texts(lang: str, name: str) -> Iterator[tuple[str, str]]:
    phone = phone_for(region_of(lang))
    email = email_for(name)
    word = PHONE_WORDS.get(lang, "tel.")
    yield "row", f"KYC review queue\n- {name} | DOB 1990-04-12 | {phone}\n"
    yield "csv", f"id;name;email;phone\n4471;{name};{email};{phone}\n"
    yield "tsv", f"4471\t{name}\t{phone}\n"
    yield "clause", f"Ticket 4471: {name}, {word} {phone}, e-mail {email}"
    yield "lookup", f"1795661833: owner lookup: {name} {phone}"
    yield "block", f"Please update this record.\n\n{name}\n{word}: {phone}\nE-mail: {email}\n"
    yield "call", f"java.lang.IllegalStateException: invalid profile: Profile(name={name}, phone={phone})"


def _signature_texts(lang: str, name: str) -> Iterator[tuple[str, str]]:
    closing = LANGUAGES[lang].sign_offs.split("|")[0] if lang in LANGUAGES and LANGUAGES[lang].sign_offs else ""
    if closing:
        yield "closing", f"{PROSE}\n\n{closing[:1].upper() + closing[1:]}:\n{name}"
    if lang not in CJK and lang not in ("th",) and name[:1].isupper():
        title = JOB_TITLES[sum(map(ord, name)) % len(JOB_TITLES)]
        yield "role", f"To whom it may concern,\n\n{PROSE}\n\n{name}\n{title}"


def positives() -> Iterator[Case]:
    for lang in sorted(FAKER_LOCALES):
        for name in names_of(lang):
            for shape, text in (*_record_texts(lang, name), *_signature_texts(lang, name)):
                yield from _carried(lang, shape, text, (name,))


def negatives() -> Iterator[Case]:
    for i, lang in enumerate(("en", "de", "es", "fr", "ru", "ar", "hi", "zh")):
        phone = phone_for(region_of(lang) if lang != "en" else "US")
        for what, values in (("company", COMPANIES), ("place", PLACES), ("product", PRODUCTS), ("desk", DESKS)):
            for j, v in enumerate(values):
                if (i + j) % 2:
                    continue  # half of the combinations: enough to cover every value and language
                texts = (
                    f"- {v} | {phone}\n",
                    f"4471;{v};info@example-mail.com;{phone}\n",
                    f"Ticket 4471: {v}, {PHONE_WORDS.get(lang, 'tel.')} {phone}",
                    f"lookup: {v} {phone}",
                    f"Please update this record.\n\n{v}\nPhone: {phone}\n",
                )
                for k, t in enumerate(texts):
                    yield from _carried(lang, f"{what}{k}", t, ())
        for h in HEADINGS:
            yield from _carried(lang, "heading", f"{h}\nPhone: {phone}\nE-mail: info@example-mail.com\n", ())
        yield from _carried(lang, "code", f'const SUPPORT_PHONE = "{phone}"; // Acme Support Desk', ())
        yield from _carried(lang, "code", f'contacts.add(new Contact("Customer Service", "{phone}"));', ())
    for team in ("Engineering Team", "Release Notes", "Platform Group", "Customer Success"):
        yield from _carried("en", "letter", f"Hi all,\n\n{PROSE}\n\nGetting Started\n{team}", ())
        yield from _carried("en", "letter", f"Hi all,\n\n{PROSE}\n\nBest regards,\n{team}", ())


def covered(text: str, name: str, spans: list[tuple[int, int]]) -> bool:
    """Some occurrence of `name` has 80 % of its characters inside `spans` (as the scorer counts)."""
    start = text.find(name)
    while start >= 0:
        hit = sum(1 for i in range(start, start + len(name)) if any(a <= i < b for a, b in spans))
        if hit >= 0.8 * len(name):
            return True
        start = text.find(name, start + 1)
    return False


def _unescaped_name(case: Case, name: str) -> str:
    return name if case.carrier == "plain" else json.dumps(name, ensure_ascii=case.lang in CJK)[1:-1]


def found(case: Case, spans: list[tuple[int, int]]) -> bool:
    return all(covered(case.text, _unescaped_name(case, n), spans) for n in case.names)


if __name__ == "__main__":
    from collections import Counter

    from redactor.detect.pii import pii_detectors
    from redactor.detect.pii.contact_rows import ContactRowDetector
    from redactor.detect.pii.signatures import SignatureDetector

    ours = (ContactRowDetector(), SignatureDetector())
    others = [d for d in pii_detectors() if d.name not in ("pii.contact_row", "pii.signature")]
    totals: Counter[str] = Counter()
    for case in positives():
        mine = [(s.start, s.end) for d in ours for s in d.detect(case.text)]
        rest = [(s.start, s.end) for d in others for s in d.detect(case.text) if s.entity == "PERSON"]
        totals["pos"] += 1
        totals["ours"] += found(case, mine)
        totals["before"] += found(case, rest)
        totals["after"] += found(case, mine + rest)
    neg = list(negatives())
    fp = [c for c in neg if any(d.detect(c.text) for d in ours)]
    print(
        f"positives {totals['pos']}: ours {totals['ours'] / totals['pos']:.3f}, other PII detectors "
        f"{totals['before'] / totals['pos']:.3f}, both {totals['after'] / totals['pos']:.3f}"
    )
    print(f"negatives {len(neg)}: with a span of ours {len(fp)}")
    for c in fp[:40]:
        print("  FP", c.lang, c.shape, c.carrier, repr(c.text[:100]))
