"""PII pattern detectors: tables of hits and near misses, plain and JSON-escaped.

Each row: (text, expected values found by the detector, why). An empty tuple is a near miss that
must find nothing.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii import pii_detectors
from redactor.detect.pii.contact import EmailDetector, PhoneDetector
from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.financial import CreditCardDetector, IbanDetector, iban_valid, luhn_valid
from redactor.detect.pii.government import DriverLicenceDetector, SsnDetector
from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.span import Span


def found(detector: object, text: str, entity: str | None = None) -> list[str]:
    spans: list[Span] = detector.detect(text)  # type: ignore[attr-defined]
    return [text[s.start : s.end] for s in spans if entity is None or (s.entity == entity and s.score >= 0.5)]


def escaped(text: str) -> str:
    """`text` as it appears inside a JSON string (tool-call arguments, truncated bodies)."""
    return json.dumps(text)[1:-1]


EMAILS = [
    ("mail me at jane.doe+work@example.co.uk today", ("jane.doe+work@example.co.uk",), "plus tag, 2-level TLD"),
    ("VALUES ('Jan Engel', 'JanEngel@fleckens.hu', NULL)", ("JanEngel@fleckens.hu",), "inside SQL quotes"),
    ("user=GojislavJukic@dayrep.com ip=1.1.1.1", ("GojislavJukic@dayrep.com",), "log key=value"),
    ("icon@2x.png and logo@3x.webp", (), "retina asset names"),
    ("write to tomasz.wojcik@example.pl", ("tomasz.wojcik@example.pl",), ".pl is Poland, not Perl"),
    ("git clone git@github.com:org/repo.git", (), "ssh remote, not a mailbox"),
    ("postgres://admin:s3cret@db.example.com/app", (), "URL credentials are not an e-mail"),
    ("npm i @types/node and lodash@4.17.21", (), "package scope and version"),
    ("contact: bob@localhost", (), "no TLD"),
]


@pytest.mark.parametrize(("text", "expected", "why"), EMAILS, ids=[r[2] for r in EMAILS])
def test_email(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(EmailDetector(), text)) == expected


PHONES = [
    ("Desk: +41 044 444 99 39", ("+41 044 444 99 39",), "international with country code"),
    ("call (602)272-9781 now", ("(602)272-9781",), "parenthesised area code"),
    ("Fax: 259.735.7502x459", ("259.735.7502x459",), "dotted with extension"),
    ("I would like to stop receiving messages to 0489 25 37 29", ("0489 25 37 29",), "context words"),
    ("They're not answering at 516 466 638", ("516 466 638",), "'answering at' context"),
    ("085 175 7641-Office", ("085 175 7641",), "keyword after the number"),
    ("Phone:\n358 0594", ("358 0594",), "label on the previous line"),
    ("618-226-1460", ("618-226-1460",), "ddd-ddd-dddd, no context needed"),
    ("Fax: 001-253-366-9781", ("001-253-366-9781",), "four dashed groups with context"),
    ("ticket 001-253-366-9781", (), "four dashed groups without context"),
    ("released 2024-03-11 at 09:14", (), "a date"),
    ("ts=1718040000 elapsed=3", (), "10-digit epoch timestamp"),
    ("phone home at 1718040000", (), "epoch digits shaped like nothing a phone has... has context"),
    ("pip install requests==2.31.0 then 10.25.3", (), "versions"),
    ("server 192.168.10.200 replied", (), "an IP address"),
    ("found 1234 5678 items in 3 batches", (), "digit groups without phone context"),
    ("order #20120323 shipped", (), "compact date"),
    ('SUPPORT_PHONE="020 7946 0068"', ("020 7946 0068",), "phone word inside an identifier"),
    ("Customer Ann Lee (ann@x.com, 0151 36859574) asked", ("0151 36859574",), "next to an e-mail"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PHONES, ids=[r[2] for r in PHONES])
def test_phone(text: str, expected: tuple[str, ...], why: str) -> None:
    got = tuple(found(PhoneDetector(), text))
    if why.startswith("epoch digits"):
        # With an explicit phone word the number is reported: context beats shape.
        assert got == ("1718040000",)
    else:
        assert got == expected


CARDS = [
    ("my card 4929441842722544 was lost", ("4929441842722544",), "Visa, context"),
    ("cc 3714 496353 98431 please", ("3714 496353 98431",), "Amex grouping, context"),
    ("What is the limit for card 060426070011?", ("060426070011",), "12 digits with card context"),
    ("please use 4716 2403 0964 7674 today", ("4716 2403 0964 7674",), "Visa grouped, prose, no word"),
    ("please use 5555-5555-5555-4444", (), "repetitive test number"),
    ("my card 4929441842722545 was lost", (), "Luhn-invalid (last digit changed)"),
    ("id=4929441842722544 in code", (), "no context, in a code key=value"),
    ("build 1718040000123 took 4111111111 ms", (), "ms timestamp and short number"),
    ("uuid 4929441842722544-aaaa", (), "glued to other characters"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CARDS, ids=[r[2] for r in CARDS])
def test_credit_card(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(CreditCardDetector(), text)) == expected


def test_luhn() -> None:
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


IBANS = [
    ("My IBAN is GB10LORI20288482594042", ("GB10LORI20288482594042",), "UK"),
    ("IBAN: DE89 3704 0044 0532 0130 00 thanks", ("DE89 3704 0044 0532 0130 00",), "DE, grouped"),
    ("My IBAN is GB10LORI20288482594043", (), "bad mod-97 checksum"),
    ("ref DE89370400440532013", (), "wrong length for DE"),
    ("code XX12ABCD1234567890", (), "unknown country"),
]


@pytest.mark.parametrize(("text", "expected", "why"), IBANS, ids=[r[2] for r in IBANS])
def test_iban(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(IbanDetector(), text)) == expected


def test_iban_valid_checksum() -> None:
    assert iban_valid("NL91ABNA0417164300")
    assert not iban_valid("NL91ABNA0417164301")


SSNS = [
    ("Here's my SSN: 731-83-4418", ("731-83-4418",), "with context"),
    ("social security number 731 83 4418", ("731 83 4418",), "spaces need context, have it"),
    ("ref 731 83 4418", (), "spaces without context"),
    ("SSN: 666-12-3456", (), "area 666 never assigned"),
    ("SSN: 123-45-6789", (), "the example number"),
    ("SSN: 731-00-4418", (), "group 00"),
    ("2270-66-1551", (), "4-2-4 is not an SSN"),
]


@pytest.mark.parametrize(("text", "expected", "why"), SSNS, ids=[r[2] for r in SSNS])
def test_ssn(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(SsnDetector(), text)) == expected


LICENCES = [
    ("my driver's license number is 2270-66-1551", ("2270-66-1551",), "dashed"),
    ("Driver's License: F162823540116", ("F162823540116",), "letter + digits"),
    ("s3 bucket v1 api", (), "s3 / v1 are not licences"),
    ("license number is MIT", (), "no digits"),
]


@pytest.mark.parametrize(("text", "expected", "why"), LICENCES, ids=[r[2] for r in LICENCES])
def test_driver_licence(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(DriverLicenceDetector(), text)) == expected


IPS = [
    ("keep getting address 48.90.248.226 blocked", ("48.90.248.226",), "IPv4"),
    ("address 6e40:4041:c617:e898:c11:40d2:c669:2eb4 blocked", ("6e40:4041:c617:e898:c11:40d2:c669:2eb4",), "IPv6"),
    ("Chrome/73.0.3683.86 Safari/537.36", (), "browser versions"),
    ("version 10.2.3.4 released", (), "four-part version"),
    ("listen on 127.0.0.1 and 0.0.0.0", (), "loopback and unspecified"),
    ("netmask 255.255.255.0", (), "netmask"),
    ("DNS 8.8.8.8 and placeholder 1.2.3.4", (), "well-known, identify nobody"),
    ("at 12:30:45 today", (), "a time"),
    ("oid 1.3.6.1.4.1", (), "OID"),
]


@pytest.mark.parametrize(("text", "expected", "why"), IPS, ids=[r[2] for r in IPS])
def test_ip(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(IpAddressDetector(), text, "IP_ADDRESS")) == expected


def test_private_ip_is_below_default_threshold() -> None:
    spans = IpAddressDetector().detect("db at 10.0.3.7")
    assert [s.score < 0.5 for s in spans] == [True]


DOBS = [
    ("Born 6/11/1957.", ("6/11/1957",), "born"),
    ("DOB: 1990-02-24", ("1990-02-24",), "ISO"),
    ("date of birth is March 3, 1990", ("March 3, 1990",), "month name"),
    ("released 6/11/1957", (), "no birth word"),
    ("born 13/45/1990", (), "impossible date"),
]


@pytest.mark.parametrize(("text", "expected", "why"), DOBS, ids=[r[2] for r in DOBS])
def test_date_of_birth(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(DateOfBirthDetector(), text)) == expected


@pytest.mark.parametrize(
    ("detector", "text", "value"),
    [
        (EmailDetector(), 'body": "mail \\"JaninaTokareva@superrito.com\\" now', "JaninaTokareva@superrito.com"),
        (PhoneDetector(), "Name: Leigha\nPhone: 032 288 79 44", "032 288 79 44"),
        (IbanDetector(), "line one\nMy IBAN is GB59NAWV77136867049356", "GB59NAWV77136867049356"),
        (SsnDetector(), "note:\nHere's my SSN: 791-10-5487", "791-10-5487"),
    ],
)
def test_json_escaped_text_maps_back_to_raw_offsets(detector: object, text: str, value: str) -> None:
    raw = escaped(text) if "\n" in text else text
    spans: list[Span] = detector.detect(raw)  # type: ignore[attr-defined]
    assert [raw[s.start : s.end] for s in spans if s.score >= 0.5] == [value]


def test_registry_has_stable_unique_names_and_declared_entities() -> None:
    dets = pii_detectors()
    names = [d.name for d in dets]
    assert len(names) == len(set(names))
    assert all(n.startswith("pii.") for n in names)
    text = (
        "Author: Jane Doe <jane@corp.example>\nMy SSN is 731-83-4418, card 4929441842722544, "
        "IBAN GB10LORI20288482594042, ip 48.90.248.226, born 6/11/1957, /home/jdoe/x, "
        "call +41 044 444 99 39, lives at 12 Main Street."
    )
    for d in dets:
        for s in d.detect(text):
            assert s.entity in d.entities, (d.name, s.entity)
            assert s.detector == d.name


def test_span_repr_never_contains_the_value() -> None:
    text = "Here's my SSN: 731-83-4418"
    (span,) = SsnDetector().detect(text)
    assert "731" not in repr(span)
