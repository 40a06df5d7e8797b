"""Session 17 (late): national-id cue words of more languages (Aadhaar in Indic scripts, Shona and
Ndebele id-document words, the Polish instrumental ``dowodem osobistym``), the Angola bilhete de
identidade and Nepal citizenship kinds (Devanagari digits), the Pashto birth noun ``زیږون``, and
`pii.person_column` (full names under a role column). All values are generated."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii import pii_detectors
from redactor.detect.pii.national_ids import NationalIdDetector
from redactor.detect.pii.person_columns import PersonColumnDetector, is_role_header, name_cell

RNG = random.Random(171128)
IDS = NationalIdDetector()
DEVANAGARI = "०१२३४५६७८९"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


def ids(text: str) -> list[str]:
    return [text[s.start : s.end] for s in IDS.detect(text) if s.entity == "NATIONAL_ID"]


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def varied(n: int) -> str:
    while True:
        d = digits(n)
        if len(set(d)) > 3:
            return d


@pytest.mark.parametrize("cue", ["ఆధార్", "ஆதார்", "আধার", "ಆಧಾರ್", "ആധാർ", "આધાર", "ਆਧਾਰ", "ଆଧାର"])
def test_aadhaar_under_indic_script_cue(cue: str) -> None:
    for _ in range(5):
        value = f"{RNG.randint(2, 9)}{digits(3)} {varied(4)} {varied(4)}"
        assert ids(f"పేరు: X\n{cue}: {value}\n") == [value]


@pytest.mark.parametrize("cue", ["Nhamba yechitupa", "Chitupa", "Inombolo yesitupa"])
def test_zimbabwe_id_under_shona_ndebele_cue(cue: str) -> None:
    for _ in range(5):
        value = f"{digits(2)}-{varied(7)} {RNG.choice('ABCKLMPQRSTVWXY')} {digits(2)}"
        assert ids(f"Zita: X\n{cue}: {value}\n") == [value]


def test_polish_id_card_after_instrumental_cue() -> None:
    for _ in range(5):
        value = "".join(RNG.choice("ABCDEFGHKLMN") for _ in range(3)) + " " + varied(6)
        assert ids(f"legitymujący się dowodem osobistym {value}.") == [value]


def test_angola_bilhete_de_identidade() -> None:
    for _ in range(5):
        value = f"{varied(9)}{RNG.choice('LBHMU')}{RNG.choice('AEN')}{digits(3)}"
        assert ids(f"Bilhete de Identidade: {value}\nMorada: x") == [value]
        assert ids(f"Encomenda: {value}\n") == []  # no cue, no id


def test_nepal_citizenship_devanagari_and_ascii_digits() -> None:
    for _ in range(5):
        ascii_value = f"{digits(2)}-{digits(2)}-{digits(2)}-{varied(5)}"
        native = ascii_value.translate(str.maketrans("0123456789", DEVANAGARI))
        assert ids(f"नाम: X\nनागरिकता नं.: {native}\n") == [native]
        assert ids(f"Citizenship no: {ascii_value}\n") == [ascii_value]
        assert ids(f"मिति: {native}\n") == []  # a date-like number without the cue


def test_pashto_birth_noun_label_with_persian_digits() -> None:
    dets = pii_detectors()
    for _ in range(5):
        date = f"13{RNG.randint(40, 99)}/{RNG.randint(1, 12):02d}/{RNG.randint(1, 29):02d}"
        native = date.translate(str.maketrans("0123456789", PERSIAN))
        text = f"نوم: x\nد زیږون نیټه: {native}\n"
        found = [text[s.start : s.end] for d in dets for s in d.detect(text) if s.entity == "DATE_OF_BIRTH"]
        assert native in found


def test_role_header_forms() -> None:
    for cell in ("employee", "Manager", "assignee_name", "hiringManager", "'patient full name'", "next-of-kin"):
        assert is_role_header(cell), cell
    for cell in ("name", "owner", "user", "team", "product name", "status"):
        assert not is_role_header(cell), cell


GIVEN = ["Teuila", "Kaufusi", "Ayelen", "Karabo", "Amanaki"]
FAMILY = ["Mahe", "Mutua", "Vainikolo", "Havili", "Sekhukhune", "Mabuza"]


def test_role_columns_take_names_and_leave_other_cells() -> None:
    det = PersonColumnDetector()
    for header in ("employee,start,manager", "ticket;assignee;status", "patient\tward\tnurse"):
        delim = next(d for d in ",;\t" if d in header)
        cols = header.split(delim)
        rows, names = [], []
        for i in range(4):
            cells = []
            for col in cols:
                if is_role_header(col):
                    name = f"{RNG.choice(GIVEN)} {RNG.choice(FAMILY)}"
                    cells.append(name)
                    names.append(name)
                else:
                    cells.append(f"2025-0{i + 1}-1{i}")
            rows.append(delim.join(cells))
        text = header + "\n" + "\n".join(rows) + "\n"
        found = [text[s.start : s.end] for s in det.detect(text) if s.entity == "PERSON"]
        assert sorted(found) == sorted(names), text


def test_role_column_of_teams_and_products_is_left_alone() -> None:
    det = PersonColumnDetector()
    text = "service,owner,manager\napi,Platform Team,Finance Desk\nweb,Support Desk,Release Train\n"
    assert det.detect(text) == []
    text = "item,customer,total\n1,Acme Corp,10\n2,Globex Industries,12\n"
    assert [s for s in det.detect(text) if s.entity == "PERSON"] == []


def test_name_cell() -> None:
    assert name_cell("Teuila Havili")
    assert not name_cell("Karabo")  # one word: a team or a code as often as a name
    assert not name_cell("Pending Review")
    assert not name_cell("TEUILA HAVILI")
