"""Round 5: European dates of birth, socket addresses after ``name/``, ``DL:`` licence labels.

Each row: (text, values the detector must report, why); an empty tuple is a near miss. Every
row also runs JSON-escaped (tool-call arguments carry the same text that way).
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.government import DriverLicenceDetector
from redactor.detect.pii.network import IpAddressDetector


def found(detector: object, text: str) -> tuple[str, ...]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return tuple(text[s.start : s.end] for s in spans if s.score >= 0.5)


def escaped(text: str) -> str:
    return json.dumps(text)[1:-1]


FORMS = ["plain", "escaped"]

DATES = [
    ("Je soussigné, Paul Girard, né le 3 février 1984 à Nantes", ("3 février 1984",), "French month after né le"),
    ("née le 1er mai 1990 à Lyon", ("1er mai 1990",), "French 1er"),
    ("Geburtsdatum: 21.11.1968", ("21.11.1968",), "German label, dotted date"),
    ("geboren am 4. Juli 1975 in Graz", ("4. Juli 1975",), "German month with a day dot"),
    ("Fecha de nacimiento: 3 de marzo de 1988", ("3 de marzo de 1988",), "Spanish de ... de"),
    ("nascido em 20 de junho de 1979, em Braga", ("20 de junho de 1979",), "Portuguese"),
    ("nato il 1° maggio 1985 a Roma", ("1° maggio 1985",), "Italian"),
    ("geboortedatum: 12 maart 1991", ("12 maart 1991",), "Dutch"),
    ("DOB 04.07.1975", ("04.07.1975",), "DOB with a dotted date"),
    ("born on the 12th of May, 1990 in Leeds", ("12th of May, 1990",), "ordinal of month"),
    ("DOB: 12-May-1990", ("12-May-1990",), "day-Mon-year"),
    ("dob=19900512", ("19900512",), "compact date right after its key"),
    ("Doğum tarihi: 12.05.1990", ("12.05.1990",), "Turkish label"),
    ("Datum narození: 12. 5. 1990", ("12. 5. 1990",), "Czech label, spaced dots"),
    ("生年月日: 1990年5月12日", ("1990年5月12日",), "Japanese label and date"),
    ("the project was born in 2019; release 20240512 is out", (), "a compact build date far from the birth word"),
    ("Lisboa, 20 de junho de 2024", (), "a letter's date, no birth word"),
    ("Release: 12 mai 2023 (Paris)", (), "a release date in French"),
    (
        "Geburtsort: Graz\nErstellt am 04.07.2023 von der Behörde, Bearbeitung dauert 3 Wochen",
        (),
        "birthplace label, not a birth date",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), DATES, ids=[r[2] for r in DATES])
@pytest.mark.parametrize("form", FORMS)
def test_european_dates_of_birth(text: str, expected: tuple[str, ...], why: str, form: str) -> None:
    t = text if form == "plain" else escaped(text)
    assert found(DateOfBirthDetector(), t) == tuple(escaped(v) if form == "escaped" else v for v in expected)


IPS = [
    (
        "openvpn[914]: aokafor/41.90.64.118:51822 MULTI: Learn: 10.8.0.14 -> aokafor/41.90.64.118:51822",
        ("41.90.64.118", "41.90.64.118"),
        "OpenVPN common name / client socket address",
    ),
    ("peer jdoe/81.2.69.142:1194 connected", ("81.2.69.142",), "another name/ip:port"),
    ('{"client":{"ip":"81.2.69.142"},"status":200}', ("81.2.69.142",), "JSON log field"),
    ('81.2.69.142 - - [10/Oct/2023:13:55:36 +0000] "GET / HTTP/1.1" 200', ("81.2.69.142",), "Apache log"),
    ("GET /mirror/81.2.69.142/index.html", (), "a path segment, not a socket address"),
    ("https://example.com/81.2.69.142", (), "a URL path segment"),
    ("Chrome/73.0.3683.86 Safari/537.36", (), "browser versions"),
]


@pytest.mark.parametrize(("text", "expected", "why"), IPS, ids=[r[2] for r in IPS])
@pytest.mark.parametrize("form", FORMS)
def test_public_ips_in_logs(text: str, expected: tuple[str, ...], why: str, form: str) -> None:
    t = text if form == "plain" else escaped(text)
    assert found(IpAddressDetector(), t) == expected


LICENCES = [
    ("Driver: K N\nCalifornia DL: Y5353487\nPickup: SFO", ("Y5353487",), "state + DL:"),
    ("DL: D1234567", ("D1234567",), "DL: alone"),
    ("DL#: D1234567", ("D1234567",), "DL#"),
    ("Driver's Lic. No.: D1234-56789-01234", ("D1234-56789-01234",), "abbreviated Lic. No."),
    ("dl: https://downloads.example.com/x.tar.gz", (), "lower-case dl is a download"),
    ("DL: 450 Mbps", (), "a download speed"),
    ("DL: v2.3.1", (), "a version"),
]


@pytest.mark.parametrize(("text", "expected", "why"), LICENCES, ids=[r[2] for r in LICENCES])
@pytest.mark.parametrize("form", FORMS)
def test_licence_labels(text: str, expected: tuple[str, ...], why: str, form: str) -> None:
    t = text if form == "plain" else escaped(text)
    assert found(DriverLicenceDetector(), t) == expected
