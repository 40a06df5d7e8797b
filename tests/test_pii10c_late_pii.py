"""Session 10, late PII classes: EPP / WHOIS phone numbers, Italian and Dutch function words that
name a numbering plan, and the abbreviated birth cues of fixed-width tables and Scandinavian forms.

Generated matrices, nothing copied from an evaluation corpus:

* every region libphonenumber knows, its example fixed-line and mobile numbers written as RFC 5733
  writes them (``+CC.digits``) after a phone label; near misses are the same digits as a signed
  decimal without a phone word;
* Faker ``it_IT`` / ``nl_NL`` numbers (kept when libphonenumber calls them valid, re-rendered in
  national format) in Italian and Dutch prose without any phone word; near misses are the same
  numbers in text with no language, and with one function word only;
* Faker names and birth dates in fixed-width crew lists (``b. 22 AUG 1975``) and Norwegian / Danish
  referrals (``f. 18.09.1962``); near misses are the abbreviations in other roles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import phonenumbers
import pytest
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from redactor.detect.pii.dob_cues import DobCueDetector
from redactor.detect.pii.phones import PhoneDetector

_PHONES = PhoneDetector()
_DOB = DobCueDetector()


def _caught(spans: list[tuple[str, int, int]], entity: str, start: int, end: int) -> bool:
    need = 0.8 * (end - start)
    return any(e == entity and min(b, end) - max(a, start) >= need for e, a, b in spans)


def _phones(text: str) -> list[tuple[str, int, int]]:
    return [(s.entity, s.start, s.end) for s in _PHONES.detect(text)]


def _dobs(text: str) -> list[tuple[str, int, int]]:
    return [(s.entity, s.start, s.end) for s in _DOB.detect(text)]


# ---- EPP / WHOIS: +CC.digits ----

_EPP_CARRIERS = (
    "Registrant Name: Maria Example\nRegistrant Phone: {n}\nRegistrant Email: maria@example.org\n",
    "Tech Phone: {n}\nTech Fax: \n",
    "<contact:voice>{n}</contact:voice>\n",
    "phone {n}",
)


def _epp_numbers() -> Iterator[tuple[str, str]]:
    """(region, +CC.NSN) for the valid example fixed-line and mobile number of every region."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None or not phonenumbers.is_valid_number(number):
                continue
            nsn = phonenumbers.national_significant_number(number)
            yield region, f"+{number.country_code}.{nsn}"


_EPP = sorted(set(_epp_numbers()))


def test_epp_matrix_size() -> None:
    assert len({r for r, _ in _EPP}) >= 230
    assert len(_EPP) >= 450


@pytest.mark.parametrize("carrier", _EPP_CARRIERS)
def test_epp_numbers_after_a_phone_word(carrier: str) -> None:
    caught = 0
    for _region, number in _EPP:
        text = carrier.format(n=number)
        start = text.index(number)
        caught += _caught(_phones(text), "PHONE_NUMBER", start, start + len(number))
    # before: 235 of 482 in every carrier (an NSN of 9+ digits was rejected as a signed decimal); now 478
    assert caught / len(_EPP) >= 0.97


@pytest.mark.parametrize(
    "template",
    [
        "latitude {n}, longitude 12.5",
        "delta {n} ms against the baseline",
        "balance changed by {n} EUR",
        "x = {n}  # offset",
    ],
)
def test_signed_decimals_without_a_phone_word(template: str) -> None:
    wrong = 0
    tried = 0
    for _region, number in _EPP:
        nsn = number.split(".", 1)[1]
        if len(nsn) <= 8:
            # +32.12345678: pass 1's shape rule reads "+3" "2.12345678" as a number (unchanged
            # behaviour, reported); only longer decimals reach the EPP rule of pass 2
            continue
        tried += 1
        text = template.format(n=number)
        start = text.index(number)
        wrong += _caught(_phones(text), "PHONE_NUMBER", start, start + len(number))
    assert tried >= 150
    assert wrong == 0


# ---- Italian and Dutch function words name the region ----

_PROSE = {
    "IT": (
        "Buongiorno, il nostro studio resta chiuso fino a lunedì. Per urgenze anche il {n} è attivo.",
        "Gentile cliente, la pratica è nel nostro archivio: gli orari dei colloqui li trova al {n}.",
    ),
    "NL": (
        "Melding van de beheerder: de lift staat weer stil, {n} is ook bereikbaar.",
        "De sleutel ligt bij de buren; voor vragen naar de huur: {n} of maar even langs komen.",
    ),
}
_LOCALES = {"IT": "it_IT", "NL": "nl_NL"}


def _faker_numbers(region: str, count: int = 80) -> list[str]:
    """Valid national-format numbers of `region` from Faker's locale formats (seeded)."""
    fake = Faker(_LOCALES[region])
    fake.seed_instance(10)
    out: list[str] = []
    for _ in range(count * 20):
        try:
            parsed = phonenumbers.parse(fake.phone_number(), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(parsed, region):
            written = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
            if written not in out and len(phonenumbers.national_significant_number(parsed)) >= 8:
                out.append(written)
        if len(out) == count:
            break
    return out


@pytest.mark.parametrize("region", sorted(_PROSE))
def test_national_numbers_in_prose_of_their_language(region: str) -> None:
    numbers = _faker_numbers(region)
    assert len(numbers) == 80
    for template in _PROSE[region]:
        caught = 0
        for number in numbers:
            text = template.format(n=number)
            start = text.index(number)
            caught += _caught(_phones(text), "PHONE_NUMBER", start, start + len(number))
        # before: 0 of 80 in every template; now 80, 80 (IT) and 79, 79 (NL)
        assert caught / len(numbers) >= 0.95, (region, template, caught)


@pytest.mark.parametrize("region", sorted(_PROSE))
@pytest.mark.parametrize(
    "template",
    [
        "ref {n} ok",  # no language at all
        "Ref {n} ok, il",  # one Italian word only
        "Ref {n} ok, van",  # one Dutch word only
    ],
)
def test_national_numbers_without_a_language(region: str, template: str) -> None:
    wrong = [n for n in _faker_numbers(region) if _phones(template.format(n=n))]
    assert wrong == []


# ---- abbreviated birth cues ----

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _births(seed: int, count: int) -> list[tuple[str, dt.date]]:
    fake = Faker(["en_PH", "ko_KR", "no_NO", "da_DK", "en_GB"])
    fake.seed_instance(seed)
    return [
        (fake.name(), fake.date_between(start_date=dt.date(1950, 1, 1), end_date=dt.date(2005, 12, 31)))
        for _ in range(count)
    ]


def test_crew_list_columns() -> None:
    rows = _births(3, 120)
    lines = ["CREW LIST — MV Example (voy 12E)"]
    dates = []
    for i, (name, born) in enumerate(rows, 1):
        date = f"{born.day:02d} {_MONTHS[born.month - 1]} {born.year}"
        dates.append(date)
        lines.append(f"{i}. AB      {name:<24}  PH  b. {date}")
    text = "\n".join(lines) + "\n"
    spans = _dobs(text)
    pos = 0
    missed = []
    for date in dates:
        start = text.index("b. " + date, pos) + 3
        pos = start
        if not _caught(spans, "DATE_OF_BIRTH", start, start + len(date)):
            missed.append(date)
    assert missed == []  # before: none was found (b. only after a bracket, comma, tab, line start)


@pytest.mark.parametrize(
    "template",
    [
        "Henvisning\nPasient: {name}, f. {d}\nAdresse: Storgata 1, 0155 Oslo\n",
        "Patient: {name}, f. {d}. Henvist til ortopædkirurgisk afdeling.",
        "Deltagare ({name}; f. {d})",
    ],
)
def test_scandinavian_f_abbreviation(template: str) -> None:
    missed = []
    for name, born in _births(5, 60):
        date = born.strftime("%d.%m.%Y")
        text = template.format(name=name, d=date)
        start = text.index(date)
        if not _caught(_dobs(text), "DATE_OF_BIRTH", start, start + len(date)):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "See p. 12 f. 18.09.2021 for the minutes.",  # "f." = and following, not after a column gap
        "Meeting minutes f. 18.09.2021",  # one space: no column
        "Version 2.0  b. 2024-01-02",  # a digit before the gap
        "Faktura f. 18.09.2021 betalt",  # one space
        "Rev. f. 2020-03-04 (see the changelog)",  # not after a bracket, comma, tab or column gap
    ],
)
def test_near_misses_of_the_abbreviations(text: str) -> None:
    assert _dobs(text) == []


# ---- Japanese addresses without a prefecture: municipality, town, chome ----

_JA_SENTENCES = (
    "予約データに住所が残っています: {a}。ダミーに置き換えてください。",
    "住所\uff1a{a}\n",  # full-width colon
    "配送先 {a} の再配達をお願いします。",
)


def _ja_addresses(count: int = 120) -> list[str]:
    """Faker ``ja_JP`` municipality + town + chome + block + house number, without the prefecture."""
    fake = Faker("ja_JP")
    fake.seed_instance(4)
    out = []
    for i in range(count):
        head = f"{fake.city()}{fake.town()}{fake.chome()}"
        tail = (f"{fake.ban()}{fake.gou()}", f"{fake.random_int(1, 30)}-{fake.random_int(1, 30)}", "")[i % 3]
        out.append(head + tail)
    return out


def test_japanese_chome_addresses_without_prefecture() -> None:
    from redactor.detect.pii.address_native import NativeAddressDetector

    detector = NativeAddressDetector()
    addresses = _ja_addresses()
    missed = []
    for i, address in enumerate(addresses):
        text = _JA_SENTENCES[i % len(_JA_SENTENCES)].format(a=address)
        start = text.index(address)
        spans = [(s.entity, s.start, s.end) for s in detector.detect(text)]
        if not _caught(spans, "ADDRESS", start, start + len(address)):
            missed.append(address)
    assert len(missed) <= len(addresses) // 20, missed[:10]  # before: 0 of 120 caught; now 114


@pytest.mark.parametrize(
    "text",
    [
        "映画「三丁目の夕日」を見ました。",  # a chome without a municipality
        "市区町村コードと丁目の一覧を返すAPIです。",
        "この町の3丁目あたりで会いましょう。",  # "this town's": a pronoun, no name before 町
        "丁目番地の表記ゆれを正規化する関数",
    ],
)
def test_japanese_chome_near_misses(text: str) -> None:
    from redactor.detect.pii.address_native import NativeAddressDetector

    assert NativeAddressDetector().detect(text) == []
