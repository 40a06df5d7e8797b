"""Names split over a table's name-part columns (`redactor.detect.pii.name_columns`, run by
``pii.row_names``), address spans that stop at the next row of a delimited table, and zero-filled
placeholder phone numbers."""

from __future__ import annotations

import phonenumbers
import pytest

from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.phones import _ZERO_FILLED, PhoneDetector, phone_digits
from redactor.detect.pii.row_names import RowNameDetector


def _people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RowNameDetector().detect(text) if s.entity == "PERSON"]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("first_name", "last_name"),
        ("FirstName", "LastName"),
        ("owner_first", "owner_last"),
        ("given_name", "family_name"),
        ("fname", "lname"),
        ("forename", "surname"),
        ("Vorname", "Nachname"),
        ("prénom", "nom de famille"),
        ("etunimi", "sukunimi"),
        ("first", "last"),
    ],
)
@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_header_styles_and_delimiters(first: str, last: str, delim: str) -> None:
    text = delim.join(["id", first, last, "email", "city"]) + "\n"
    text += delim.join(["7", "Kwabena", "Asante", "k.asante@gmail.com", "Leeds"]) + "\n"
    text += delim.join(["8", "Siobhan", "McAllister", "s.mca@btinternet.com", "Belfast"])
    assert _people(text) == ["Kwabena", "Asante", "Siobhan", "McAllister"]


def test_english_nouns_are_names_in_a_name_column() -> None:
    text = "van_id,first_name,last_name,phone\n118204,Tyrone,Beaumont,(614) 555-0190\n118205,Dominic,Holmes,x"
    assert _people(text) == ["Tyrone", "Beaumont", "Dominic", "Holmes"]


def test_rows_with_unquoted_commas_after_the_name_columns() -> None:
    text = (
        "van_id,first_name,last_name,phone,address,support\n"
        "118204,Tyrone,Beaumont,(614) 555-0190,2211 Cleveland Ave, Columbus, OH 43211,2\n"
        "118205,Nadia,Haddadi,(614) 555-0137,87 E Tulane Rd, Columbus, OH 43202,1"
    )
    assert _people(text) == ["Tyrone", "Beaumont", "Nadia", "Haddadi"]


def test_particles_and_uncased_scripts() -> None:
    dutch = "id;voornaam;achternaam\n1;Job;van de Darnau\n2;Anouk;de Wit"
    assert _people(dutch) == ["Job", "van de Darnau", "Anouk", "de Wit"]
    korean = "id,first_name,last_name\n1,지은,이\n2,민준,박"
    assert set(_people(korean)) >= {"이", "박"}
    georgian = "id,first_name,last_name\n1,მაია,ანთაძე"
    assert _people(georgian) == ["მაია", "ანთაძე"]


@pytest.mark.parametrize(
    "text",
    [
        "given,when,then\nUser,Clicks Login,Sees Dashboard",  # a scenario table: given alone is no key
        "first,last,step\nAlpha,Omega,3\nA,Z,1",  # bare first/last with no known name: a range table
        "first_name,last_name,email\nstring,string,string\nVARCHAR,VARCHAR,TEXT",  # types
        "first_name,last_name\nRequired,Optional\nUnknown,N/A",  # placeholders and adjectives
        "first_name,last_name,email\nJohn,Doe,john@example.com",  # a fixture convention
        "channelname,fullname,topic\nAnnouncements,Everyone,News",  # not name-part keys
        "first_page,last_page,title\nIntroduction,Methods,Results",
        "first_name last_name email\nKwabena Asante k@x.io",  # no delimited header
    ],
)
def test_no_names_where_the_columns_hold_none(text: str) -> None:
    assert _people(text) == []


def test_address_stops_at_the_next_table_row() -> None:
    text = (
        "van_id,first_name,last_name,phone,address,support\n"
        "118204,Tyrone,Beaumont,(614) 555-0190,2211 Cleveland Ave, Columbus, OH 43211,2\n"
        "118205,Nadia,Haddadi,(614) 555-0137,87 E Tulane Rd, Columbus, OH 43202,1"
    )
    spans = [s for s in LocaleAddressDetector().detect(text) if s.entity == "ADDRESS"]
    assert spans
    assert all("\n" not in text[s.start : s.end] for s in spans)
    assert any("2211 Cleveland Ave, Columbus, OH 43211" in text[s.start : s.end] for s in spans)


def test_address_still_spans_two_lines_outside_tables() -> None:
    text = "Please ship it to:\n2211 Cleveland Ave,\nColumbus, OH 43211\nThanks!"
    spans = [s for s in LocaleAddressDetector().detect(text) if s.entity == "ADDRESS"]
    assert any(text[s.start : s.end].startswith("2211 Cleveland Ave,\nColumbus") for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "telefon `+385 00 000 0000`",
        "phone: +1 000 000 0000",
        "call +44 20 0000 0000",
        "tel: +49 000 0000000",
        "Tel. +33 0 00 00 00 00",
    ],
)
def test_zero_filled_placeholder_numbers_are_no_phones(text: str) -> None:
    assert [s for s in PhoneDetector().detect(text) if s.entity == "PHONE_NUMBER"] == []


@pytest.mark.parametrize("text", ["tel: +82 10-2000-0000", "call +44 20 7946 0000", "phone: +248 8000000"])
def test_real_numbers_ending_in_zeros_stay_phones(text: str) -> None:
    spans = [s for s in PhoneDetector().detect(text) if s.entity == "PHONE_NUMBER"]
    assert [text[s.start : s.end] for s in spans] == [text.split(" ", 1)[1]]


def test_no_example_number_of_any_region_reads_as_zero_filled() -> None:
    kinds = [phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE]
    kinds += [phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.VOIP]
    checked = 0
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for fmt in (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL):
                value = phonenumbers.format_number(example, fmt)
                assert _ZERO_FILLED.fullmatch(phone_digits(value)) is None, value
                checked += 1
    assert checked > 1000
