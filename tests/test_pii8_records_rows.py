"""Names, birth dates and addresses known by their place in a line, judged on generated matrices:

- meeting-minutes attendee lines in many languages (``Attendees: A (vendor), B, C``);
- hand-overs ``A → B`` on a line about a shift or an on-call rota;
- names in capitals right before a phone number (mobile-money statements);
- the GECOS comment of a Unix account record and ``useradd -c``;
- ``taskd.credentials`` and ``.mailmap`` commit names;
- ``name, date, address`` rows: the name and the birth date;
- private addresses a person used (``first.last@10.0.0.5``, an access-log line with a user) and
  unbracketed ``IPv6:port`` clients;
- a name with short English syllables is no English compound (``Akin+ola``, ``Brad+ley``).
"""

# ruff: noqa: RUF001  -- attendee labels of other languages are the point here.
from __future__ import annotations

import ipaddress
import json
import unicodedata

import pytest
from faker import Faker

from redactor.detect.pii.contact_cased import _compound
from redactor.detect.pii.contact_rows import ContactRowDetector
from redactor.detect.pii.meeting import MeetingPersonDetector
from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.pii.phones import PhoneDetector
from redactor.detect.pii.row_names import RowNameDetector


def _found(detector: object, text: str, entity: str) -> set[str]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return {text[s.start : s.end] for s in spans if s.entity == entity}


def _people(locale: str, n: int, seed: int = 8) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return [f"{fake.first_name()} {fake.last_name()}" for _ in range(n)]


# ---------------------------------------------------------------------------------------------
# minutes

_MINUTES = [
    ("Attendees", "en_GB"),
    ("Participants", "fr_FR"),
    ("Teilnehmer", "de_DE"),
    ("Asistentes", "es_ES"),
    ("Presenti", "it_IT"),
    ("Aanwezig", "nl_NL"),
    ("Jelen voltak", "hu_HU"),
    ("Obecni", "pl_PL"),
    ("Katılımcılar", "tr_TR"),
    ("Peserta", "id_ID"),
    ("Närvarande", "sv_SE"),
    ("Người tham dự", "vi_VN"),
]


@pytest.mark.parametrize(("label", "locale"), _MINUTES)
@pytest.mark.parametrize("shape", ["plain", "bullet", "markdown", "json"])
def test_minutes_attendee_lines(label: str, locale: str, shape: str) -> None:
    names = _people(locale, 3)
    body = f"{names[0]} (vendor), {names[1]}, {names[2]}"
    line = {
        "plain": f"{label}: {body}",
        "bullet": f"- {label}: {body}",
        "markdown": f"**{label}:** {body}",
        "json": json.dumps({"text": f"{label}: {body}"}, ensure_ascii=False),
    }[shape]
    text = f"Meeting notes 2026-11-20\n\n{line}\nAction items:\n- send the NDA"
    found = _found(MeetingPersonDetector(), text, "PERSON")
    assert found <= set(names), (found, text)
    assert len(found) >= 2, (found, text)


@pytest.mark.parametrize(
    "line",
    [
        "Present: Yes",
        "Attendees: all hands",
        "Participants: 12",
        "- Teilnehmer: Marketing, Vertrieb",  # teams
        "Attendees: Sales Team, Legal Department",
        "x = attendees: foo",  # not at a line start
    ],
)
def test_minutes_lines_without_people(line: str) -> None:
    assert _found(MeetingPersonDetector(), line, "PERSON") == set()


# ---------------------------------------------------------------------------------------------
# hand-overs

_HANDOVER_LINES = [
    "Serah terima on-call minggu ini: {a} → {b}. Kalau ada apa-apa telepon saja.",
    "Handover (night -> day): {a} -> {b}",
    "Schichtübergabe SOC: {a} → {b}",
    "- on call rotation: {a} => {b}",
    "Passation d'astreinte : {a} → {b}",
]


@pytest.mark.parametrize("line", _HANDOVER_LINES)
@pytest.mark.parametrize("locale", ["id_ID", "de_DE", "fr_FR", "en_US", "pt_BR"])
def test_handover_arrows(line: str, locale: str) -> None:
    names = _people(locale, 8, seed=3)
    found_all = 0
    for a, b in zip(names[::2], names[1::2], strict=True):
        text = line.format(a=a, b=b)
        found = _found(RowNameDetector(), text, "PERSON")
        assert found <= {a, b}, (found, text)
        found_all += found == {a, b}
    assert found_all >= 3


@pytest.mark.parametrize(
    "text",
    [
        "Settings Page -> User Profile -> Privacy",  # no hand-over word
        "Schichtübergabe SOC (Nacht → Früh)",  # one word each side
        "on-call handover: Main Street -> Oak Avenue",
        "Mapping: Customer Name -> Full Name",
    ],
)
def test_arrows_without_people(text: str) -> None:
    assert _found(RowNameDetector(), text, "PERSON") == set()


# ---------------------------------------------------------------------------------------------
# names in capitals before a phone


def _ascii_upper(value: str) -> str:
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().upper()


@pytest.mark.parametrize("locale", ["sw", "en_NG", "fil_PH", "en_KE", "zu_ZA", "tw_GH", "yo_NG"])
def test_capitals_before_a_phone(locale: str) -> None:
    try:
        names = _people(locale, 10, seed=4)
    except AttributeError:
        pytest.skip(f"Faker has no {locale}")
    rows = []
    wanted = []
    for i, name in enumerate(names):
        up = _ascii_upper(name)
        wanted.append(up)
        verb = ("Pesa imetumwa kwa", "Transfer to", "Received from")[i % 3]
        rows.append(f"| 2{i}/11 | {verb} {up} 07{i}2 318 09{i} | -2,500 |")
    text = "| Date | Details | Amount |\n|---|---|---|\n" + "\n".join(rows)
    found = _found(RowNameDetector(), text, "PERSON")
    assert found <= set(wanted), found
    assert len(found) >= 8, (found, text)


@pytest.mark.parametrize(
    "text",
    [
        "CUSTOMER CARE 0800 723 000",
        "CALL CENTRE +44 20 7946 0000",
        "TILL NUMBER 881204",
        "HTTP ERROR 500 1234 5678",
        "VAT REG 123 4567 89",
    ],
)
def test_capitals_before_a_number_that_are_no_name(text: str) -> None:
    assert _found(RowNameDetector(), text, "PERSON") == set()


# ---------------------------------------------------------------------------------------------
# account records


@pytest.mark.parametrize("locale", ["en_US", "ru_RU", "en_NG", "fi_FI", "es_ES"])
def test_gecos_comment_of_account_records(locale: str) -> None:
    names = _people(locale, 8, seed=5)
    found = 0
    for i, name in enumerate(names):
        login = f"user{i}"
        text = [
            f"changed: [db-1] => (item={{'name': '{login}', 'comment': '{name}', 'shell': '/bin/bash'}})",
            f'user {{ "{login}": comment => "{name}", home => "/home/{login}" }}',
            f'users:\n  - name: {login}\n    gecos: "{name}"\n    groups: [sudo]',
            f'sudo useradd -m -c "{name}" -s /bin/bash {login}',
        ][i % 4]
        spans = _found(RowNameDetector(), text, "PERSON")
        assert spans <= {name}, text
        found += spans == {name}
    assert found >= 7  # a name clean_name doubts (``Solana``: also a product) may stay


@pytest.mark.parametrize(
    "text",
    [
        "{'name': 'nightly', 'comment': 'Nightly Build', 'shell': '/bin/sh'}",
        '{"comment": "Fix the build", "author": "x"}',  # no account keys
        '# comment: "Ana Lima" in a test fixture',
    ],
)
def test_comments_that_are_no_account_name(text: str) -> None:
    assert _found(RowNameDetector(), text, "PERSON") == set()


@pytest.mark.parametrize("locale", ["et_EE", "de_DE", "ja_JP"])
def test_taskd_credentials(locale: str) -> None:
    for name in _people(locale, 4, seed=7):
        text = (
            f"taskd.server=task.example.ee:53589\ntaskd.credentials=Kestrel/{name}/2ad1fd25-b96a-4e27-9df6-46bafeee13c7"
        )
        assert _found(RowNameDetector(), text, "PERSON") == {name}, text


def test_mailmap_commit_names() -> None:
    fake = Faker("en_US")
    fake.seed_instance(1)
    for _ in range(10):
        proper, commit = fake.name(), fake.user_name()
        text = f"# .mailmap\n{proper} <{commit}@corp.example> {commit} <{commit}@laptop.local>"
        assert _found(RowNameDetector(), text, "PERSON") == {commit}, text


# ---------------------------------------------------------------------------------------------
# name, date, address rows


@pytest.mark.parametrize("locale", ["en_NZ", "en_AU", "de_DE", "fr_FR", "es_MX"])
@pytest.mark.parametrize("sep", [", ", " | ", "\t"])
def test_name_date_address_rows(locale: str, sep: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(9)
    rows, wanted = [], []
    for _ in range(6):
        name = f"{fake.first_name()} {fake.last_name()}"
        dob = fake.date_of_birth(minimum_age=19, maximum_age=90)
        date = dob.isoformat() if locale != "fr_FR" else dob.strftime("%d/%m/%Y")
        wanted.append(date)
        rows.append(f"  - {name}{sep}{date}{sep}{fake.street_address()}")
    text = "dedupe report\n" + "\n".join(rows)
    found = _found(RowNameDetector(), text, "DATE_OF_BIRTH")
    assert found <= set(wanted)
    assert len(found) >= 5, (found, text)


@pytest.mark.parametrize(
    "text",
    [
        "John Smith, 2024-03-01, 12 Main St",  # a recent date: a visit, a booking
        "Release Notes, 1999-01-01, 3 fixes",
        "Build Server | 1999-01-01 | 12 Main St",
        "Ana Lima, 1985-02-30, 12 Rua Augusta",  # no such day
        "Ana Lima, 1985-02-03, approved",  # no address or phone after
    ],
)
def test_rows_without_a_birth_date(text: str) -> None:
    assert _found(RowNameDetector(), text, "DATE_OF_BIRTH") == set()


# ---------------------------------------------------------------------------------------------
# network


@pytest.mark.parametrize("ip", ["192.168.44.19", "10.2.3.4", "172.16.9.8", "203.0.113.220"])
def test_private_address_someone_used(ip: str) -> None:
    d = IpAddressDetector()
    for text in (
        f"scp build/zephyr.bin priya.raman@{ip}:/tmp/",
        f'{ip} - hpark [03/Jun/2024:10:22:11 +0000] "GET /account/orders HTTP/2.0" 200 5121',
    ):
        assert [s.score for s in d.detect(text) if text[s.start : s.end] == ip] == [0.85], text


@pytest.mark.parametrize("ip", ["192.168.44.19", "10.20.0.4"])
def test_private_address_of_no_one(ip: str) -> None:
    d = IpAddressDetector()
    for text in (f"ssh admin@{ip} -- x", f"root@{ip}", f'{ip} - - [24/Nov/2026:10:00:00 +0000] "GET /'):
        assert [s.score for s in d.detect(text)] == [0.4], text


def test_unbracketed_ipv6_with_port() -> None:
    fake = Faker()
    fake.seed_instance(2)
    d = IpAddressDetector()
    tried = 0
    for _ in range(40):
        ip = fake.ipv6()
        if (
            ip.count(":") != 7
            or "::" in ip
            or not ipaddress.IPv6Address(ip).is_global
            or ipaddress.IPv6Address(ip).is_multicast
        ):
            continue
        tried += 1
        text = f"Nov 19 10:02:34 lb-1 haproxy[1988]: {ip}:40418 [19/Nov/2026:10:02:34.552] fe_https~"
        assert _found(d, text, "IP_ADDRESS") == {ip}, text
    assert tried >= 5


# ---------------------------------------------------------------------------------------------
# compounds


def test_names_with_short_english_syllables_are_no_compounds() -> None:
    for name in ("akinola", "barbara", "bradley", "gabriel", "fischer", "adekola", "brandon"):
        assert not _compound(name), name
    for word in ("paperwhite", "northwind", "facebook", "dashboard", "newsletter", "snowflake"):
        assert _compound(word), word


def test_contact_row_with_a_short_syllable_name() -> None:
    text = "KYC review queue\n- Oluwatobi Akinola | DOB 1998-12-02 | 24 Admiralty Way, Lekki | +234 809 221 4470"
    assert _found(ContactRowDetector(), text, "PERSON") == {"Oluwatobi Akinola"}


# ---------------------------------------------------------------------------------------------
# the word "number" of other languages before a national number

_NUMBER_WORDS = [
    ("de_DE", "Rückruf an {n}, Nummer: {p}"),
    ("nl_NL", "Bel {n} terug, nummer {p}"),
    ("pl_PL", "Zadzwoń do {n}, numer {p}"),
    ("fr_FR", "Rappeler {n} au numéro {p}"),
    ("es_ES", "Llamar a {n}, número {p}"),
    ("id_ID", "kalau kurir bingung telpon {n} aja {p}"),
    ("tr_TR", "{n} numara {p}"),
    ("sw", "{n}, namba yake ni {p}"),
    ("yo_NG", "Mo jẹ́ {n}, nọ́mbà mi ni {p}."),
]


@pytest.mark.parametrize(("locale", "line"), _NUMBER_WORDS)
def test_number_word_of_other_languages(locale: str, line: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(12)
    detector = PhoneDetector()
    found = 0
    for _ in range(8):
        phone = fake.phone_number()
        text = line.format(n=fake.name(), p=phone)
        spans = _found(detector, text, "PHONE_NUMBER")
        found += phone in spans or any(phone.endswith(s) for s in spans)
    assert found >= 6, (locale, found)


@pytest.mark.parametrize(
    "text",
    [
        "Rechnungsnummer 2024 5512 7781",  # inside a longer word
        "Nummer 2024-11-05",  # a date
        "Nummer 2000-2006",  # a year range
    ],
)
def test_number_words_before_no_phone(text: str) -> None:
    assert _found(PhoneDetector(), text, "PHONE_NUMBER") == set()
