"""Session 14 (latepii): inflected month names (Latvian locative), Romansh months, and birth
participles that may have a birthplace between them and the date (Italian ``nato a X il``,
Spanish ``nacido en X el``, Albanian ``lindur më``, Romansh ``naschì ils``).

Every case is generated: all twelve months of each list crossed with days and years, names and
places invented here.
"""

from __future__ import annotations

import itertools

import pytest

from redactor.detect.pii.dates_local import read_date
from redactor.detect.pii.dob_cues import DobCueDetector
from redactor.detect.pii.months_inflected import INFLECTED

DETECTOR = DobCueDetector()

LATVIAN = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
           "septembrī", "oktobrī", "novembrī", "decembrī")  # fmt: skip
ROMANSH = ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust",
           "settember", "october", "november", "december")  # fmt: skip
ITALIAN = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre")  # fmt: skip
SPANISH = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre")  # fmt: skip
ALBANIAN = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
            "tetor", "nëntor", "dhjetor")  # fmt: skip
DAYS = (1, 9, 17, 28)
YEARS = (1931, 1968, 2004)


def dobs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text) if s.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("month", range(1, 13))
def test_inflected_months_map_to_their_number(month: int) -> None:
    assert INFLECTED[LATVIAN[month - 1]] == (month,)
    assert month in INFLECTED[ROMANSH[month - 1]] or ROMANSH[month - 1] == "mars"


@pytest.mark.parametrize(("month", "day", "year"), list(itertools.product(range(12), DAYS, YEARS)))
def test_latvian_year_first_locative(month: int, day: int, year: int) -> None:
    date = f"{year}. gada {day}. {LATVIAN[month]}"
    text = f"Pacients Kārlis Liepiņš, dzimis {date}, dzīvo Rīgā."
    assert dobs(text) == [date]


@pytest.mark.parametrize(("month", "day", "year"), list(itertools.product(range(12), DAYS, YEARS)))
def test_romansh_day_da_month(month: int, day: int, year: int) -> None:
    date = f"{day} da {ROMANSH[month]} {year}"
    assert dobs(f"Flurin Casanova, naschì ils {date}. Telefon") == [date]
    assert dobs(f"Mengia Derungs, naschida ils {date}.") == [date]


@pytest.mark.parametrize(
    ("cue", "place", "article", "months"),
    [
        ("nato a", "Brindisi", "il", ITALIAN),
        ("nata a", "Cosenza", "il", ITALIAN),
        ("nato ad", "Ancona", "il", ITALIAN),
        ("nacido en", "Cuenca", "el", SPANISH),
        ("nacida en", "Soria", "el", SPANISH),
    ],
)
@pytest.mark.parametrize("month", range(12))
def test_participle_with_birthplace(cue: str, place: str, article: str, months: tuple[str, ...], month: int) -> None:
    sep = " de " if months is SPANISH else " "
    date = f"14{sep}{months[month]}{sep}1952"
    assert dobs(f"Il signor Tullio Ferri, {cue} {place} {article} {date}, residente") == [date]


@pytest.mark.parametrize(
    ("cue", "month"), list(itertools.product(("lindur më", "u lind më", "e lindur më"), range(12)))
)
def test_albanian_participle(cue: str, month: int) -> None:
    date = f"3 {ALBANIAN[month]} 1977"
    assert dobs(f"Klienti Dritan Mema, {cue} {date}, adresa") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "NATO a decade later held its summit on 12 May 2025 in Vilnius.",  # no birth: an acronym
        "The NATO summit on 12 May 2025 was moved.",
        "nato a Brindisi, trasferito nel 1990",  # a year alone is no date
        "il pacco è partito da Lecce il 7 marzo 2024",  # a place after 'da' is no birth
        "schaner da mars",  # months alone
    ],
)
def test_no_birth_date(text: str) -> None:
    assert dobs(text) == []


def test_da_filler_needs_a_month() -> None:
    assert read_date("la 3 da 2022 ", 0) is None
    assert read_date("il 17 da zercladur 2019", 0) is not None
