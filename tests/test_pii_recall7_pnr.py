"""`pii.pnr`: passengers and birth dates of airline reservation records, judged on a matrix of
generated names (Faker, many locales, written as a GDS writes them: ASCII upper case)."""

# ruff: noqa: RUF001  # dotless i, a letter of Turkish names

from __future__ import annotations

import random
import unicodedata

import pytest
from faker import Faker

from redactor.detect.pii.pnr import PnrDetector

_LOCALES = (
    "es_ES",
    "en_US",
    "de_DE",
    "fr_FR",
    "it_IT",
    "pl_PL",
    "tr_TR",
    "vi_VN",
    "pt_BR",
    "nl_NL",
    "sv_SE",
    "en_IE",
    "id_ID",
    "cs_CZ",
    "hu_HU",
    "ro_RO",
    "en_IN",
    "yo_NG",
    "zu_ZA",
)
_TITLES = ("MR", "MRS", "MS", "MISS", "MSTR", "DR", "CHD")


def _gds(name: str) -> str:
    """A name as a GDS prints it: diacritics dropped, upper case, letters, spaces and hyphens."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.translate(
        str.maketrans({"ß": "SS", "ł": "L", "Ł": "L", "ø": "O", "đ": "D", "Đ": "D", "ı": "I", "Ø": "O"})
    )
    return "".join(c for c in plain.upper() if c.isalpha() or c in " -'").strip()


def _pnr(surname: str, given: str, title: str, dob: str) -> str:
    return (
        "RP/MAD1A0980/MAD1A0980            AA/SU  18NOV26/0912Z   7Y2K4Q\n"
        f"  1.{surname}/{given} {title}\n"
        "  2  IB3166 Y 12DEC 5 MADBIO HK2  0715 0825\n"
        "  3 AP +34 688 102 774\n"
        f"  4 SSR DOCS IB HK1 P/ESP/X44124980/ESP/{dob}/F/12DEC31/{surname}/{given}\n"
    )


@pytest.mark.parametrize("locale", _LOCALES)
def test_every_generated_passenger_and_birth_date_is_found(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(11)
    rng = random.Random(locale)
    detector = PnrDetector()
    for _ in range(40):
        surname, given = _gds(fake.last_name()), _gds(fake.first_name())
        dob = f"{rng.randint(1, 28):02d}{rng.choice(['JAN', 'MAR', 'JUL', 'OCT', 'DEC'])}{rng.randint(40, 99)}"
        text = _pnr(surname, given, rng.choice(_TITLES), dob)
        found = sorted((s.entity, text[s.start : s.end]) for s in detector.detect(text))
        assert found == sorted(
            [("DATE_OF_BIRTH", dob), ("PERSON", f"{surname}/{given}"), ("PERSON", f"{surname}/{given}")]
        )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("  1.DE LA CRUZ/MARIA JOSE MRS  2.DE LA CRUZ/PABLO MSTR", ["DE LA CRUZ/MARIA JOSE", "DE LA CRUZ/PABLO"]),
        ("Passenger: O'NEILL/SEAN MR  Seat 14C", ["O'NEILL/SEAN"]),  # boarding pass, apostrophe
        ("1.1GARCIA-LOPEZ/ANA MS", ["GARCIA-LOPEZ/ANA"]),  # Sabre numbering, hyphenated surname
        # near misses: no title, lower case, an acronym pair, a path
        ("route LHR/JFK via BOS", []),
        ("Traffic TCP/IP MS-DOS", []),
        ("see docs/API/README MR", []),
        ("Ratio Smith/Jones mr", []),
        ("ARANGUREN/ITZIAR", []),
    ],
)
def test_name_elements(text: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in PnrDetector().detect(text)] == names


def test_a_docs_line_without_its_shape_is_not_read() -> None:
    """A ``DOCS`` mention whose fields are not country codes, a ``DDMMMYY`` date and a gender."""
    text = "SSR DOCS missing: P/ESP/X44124980/ESP/1988-03-04/F/ARANGUREN/ITZIAR"
    assert PnrDetector().detect(text) == []
