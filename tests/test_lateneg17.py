"""Late round 17 (lateneg): false regions of kinds seen on the new sets, checked on generated text.

- numbered gates and code-and-number lists are no street (`address_lists`);
- a package URL's dotted version is no IP address (`network`);
- wine and beer makers, hostels, Welsh institutions and product editions are organisations
  (`org_heads_data`), so a form heading ``Title — <such a name>`` is no person.
"""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.pii.org_names import organisation_name
from redactor.detect.span import Span

_RNG = random.Random(1717)
_ADDR = AddressDetector()
_IP = IpAddressDetector()


def _addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _ADDR.detect(text) if s.entity == "ADDRESS"]


_GATE_LINES = [
    "boarding at Gate {n}, flight {c}{f}",
    "{h:02d}:{m:02d}, Gate {n}",
    "container weighed at Gate {n}.",
    "Flight {c}{f} to Lisbon: {h:02d}:{m:02d}, Gate {n} (delayed)",
]


@pytest.mark.parametrize("i", range(12))
def test_numbered_gates_are_no_street(i: int) -> None:
    lines = [
        _RNG.choice(_GATE_LINES).format(
            n=_RNG.randint(1, 60),
            c=_RNG.choice(["BA", "KL", "FR", "TP"]),
            f=_RNG.randint(10, 9999),
            h=_RNG.randint(0, 23),
            m=_RNG.randint(0, 59),
        )
        for _ in range(3)
    ]
    text = "Departures\n" + "\n".join(lines)
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("street", "city"),
    [
        ("Kongens gate", "0153 Oslo"),
        ("Dronning Mauds gate", "0250 Oslo"),
        ("Erzsébet tér", "1051 Budapest"),
        ("Kálmán Imre u.", "1054 Budapest"),
        ("Nørre vej", "8000 Aarhus"),
    ],
)
def test_streets_with_a_separate_type_stay(street: str, city: str) -> None:
    n = _RNG.randint(2, 90)
    text = f"Adresse: {street} {n}, {city}"
    found = _addresses(text)
    assert any(f"{street} {n}" in f for f in found), found


@pytest.mark.parametrize("i", range(10))
def test_code_and_number_lists_are_no_address(i: int) -> None:
    codes = _RNG.sample(["NL", "DE", "FI", "EE", "HU", "PT", "LI", "FR", "IT", "ES", "BE", "AT", "GB"], 6)
    pairs = ", ".join(f"{c} {_RNG.randint(15, 34)}" for c in codes)
    text = f"Lengths per country: {pairs}. Check digits follow the code."
    assert _addresses(text) == []


def test_a_street_after_a_code_list_stays() -> None:
    text = "VAT: DE 19, FR 20, IT 22.\nShip to: 221 Baker Street, London NW1 6XE"
    assert any("Baker Street" in f for f in _addresses(text))


@pytest.mark.parametrize("i", range(10))
def test_purl_versions_are_no_ip(i: int) -> None:
    parts = [_RNG.randint(0, 250) for _ in range(4)]
    version = ".".join(map(str, parts))
    kind, name = _RNG.choice([("maven", "org.example.tools/widget-api"), ("nuget", "Acme.Client"), ("generic", "fw")])
    text = f"components:\npkg:{kind}/{name}@{version}\npkg:npm/left-pad@1.3.0"
    assert [s for s in _IP.detect(text) if s.entity == "IP_ADDRESS"] == []


def test_a_login_at_an_address_stays_an_ip() -> None:
    text = "ssh deploy@81.2.69.142 then pkg:generic/tool@1.2.3.4"
    assert [text[s.start : s.end] for s in _IP.detect(text)] == ["81.2.69.142"]


_ORGS = [
    "Kilmore Craft Brewery",
    "Bodega Online",
    "Cantina di Sartène",
    "Domeni del Montsant",
    "Ysgol Gynradd Aberaeron",
    "Хостел Дунав",
    "Hotel Ribera",
    "Weingut Haller",
    "Professional Edition",
    "Harbour View Hostel",
    "Celler de Falset",
]
_TITLES = ["Order summary", "Registration form", "Пријава госта", "Invoice 2031-0042", "Ffurflen archebu", "Comanda"]


@pytest.mark.parametrize("org", _ORGS)
def test_heading_organisations_are_no_person(org: str) -> None:
    head = f"{_RNG.choice(_TITLES)} — "
    text = f"{head}{org}\nName: someone\n"
    span = Span("PERSON", len(head), len(head) + len(org), 0.75, "pii.person_chat")
    assert organisation_name(text, span)


@pytest.mark.parametrize("person", ["Farai Chidembo", "Iker Zubiaurre Lasa", "Sigve Tornquist Holm", "Ayo Brightwater"])
def test_heading_people_stay(person: str) -> None:
    head = f"{_RNG.choice(_TITLES)} — "
    text = f"{head}{person}\nPhone: +44 20 7946 0000\n"
    span = Span("PERSON", len(head), len(head) + len(person), 0.75, "pii.person_chat")
    assert not organisation_name(text, span)
