"""`pii.national_id`: a value of its kind's shape whose check fails is taken (1) after a field label
that qualifies the kind's own cue and ends in a colon (``CPR (til told):``, ``ΑΦΜ πωλητή:``), and
(2) in a table column whose header is the kind's own cue (test fixtures fill id columns with made-up
numbers). The values are built directly from a seeded generator (a body of the kind's structure,
then a check digit the kind's own check rejects: bounded, no rejection sampling). The same values
without the colon, with no cue, under a generic or an unnamed column, as form-filler digits or as a
company CUIT stay out."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from redactor.detect.pii.national_ids import KINDS, NationalIdDetector, valid

DETECTOR = NationalIdDetector()
BY_KEY = {k.key: k for k in KINDS}
DIGITS = "0123456789"


def _date(rng: random.Random, ok: bool) -> tuple[str, str]:
    """A day and month: day 13..28 (never a form filler's ``111111``/``123456``), or an impossible
    day 32..39 when `ok` is false."""
    day = rng.randint(13, 28) if ok else rng.randint(32, 39)
    return f"{day:02d}", f"{rng.randint(1, 12):02d}"


def _check(key: str, body: str, ok: bool, rng: random.Random, fmt: Callable[[str, str], str], width: int = 1) -> str:
    """`body` completed with a check of `width` digits that the kind accepts (`ok`) or rejects:
    every candidate is tried once (10 or 100), so the generator always ends."""
    cands = [f"{i:0{width}d}" for i in range(10**width)]
    fits = [c for c in cands if valid(BY_KEY[key], fmt(body, c)) == ok]
    assert fits, (key, body, ok)
    return fmt(body, rng.choice(fits))


def dk_cpr(rng: random.Random, ok: bool) -> str:
    day, month = _date(rng, ok)  # no check digit: an impossible birth date fails the check
    return f"{day}{month}{rng.randint(40, 99)}-{rng.randint(1000, 9999)}"


def gr_afm(rng: random.Random, ok: bool) -> str:
    first = rng.randint(1, 9)
    second = rng.choice([d for d in range(10) if abs(d - first) >= 2])  # not repeated, not 1234..
    body = f"{first}{second}" + "".join(rng.choice(DIGITS) for _ in range(6))
    return _check("gr.afm", body, ok, rng, lambda b, c: b + c)


def ee_ik(rng: random.Random, ok: bool) -> str:
    day, month = _date(rng, True)
    body = f"{rng.choice('34')}{rng.randint(40, 99)}{month}{day}{rng.randint(100, 999)}"  # born 1940-1999
    return _check("ee.ik", body, ok, rng, lambda b, c: b + c)


def be_nn(rng: random.Random, ok: bool) -> str:
    day, month = _date(rng, True)
    body = f"{rng.randint(40, 99)}.{month}.{day}-{rng.randint(100, 999)}"
    return _check("be.nn", body, ok, rng, lambda b, c: f"{b}.{c}", width=2)


def ar_cuit(prefix: str, rng: random.Random) -> str:
    body = f"{prefix}-{rng.randint(20_000_000, 89_999_999)}"
    return _check("ar.cuil", body, False, rng, lambda b, c: f"{b}-{c}")


# kind key -> own cue, generator of a value of the kind's shape (valid or not)
SHAPES: dict[str, tuple[str, Callable[[random.Random, bool], str]]] = {
    "dk.cpr": ("CPR", dk_cpr),
    "gr.afm": ("ΑΦΜ", gr_afm),
    "ee.ik": ("isikukood", ee_ik),
    "be.nn": ("rijksregisternummer", be_nn),
}
QUALIFIERS = [
    "(til told)", "(BE)", "πωλητή", "des Kunden", "(copy)", "kupujícího", "del titular", "(seller)",
    "(ehemals)", "ostajan", "(2nd holder)", "aplicante", "(nuevo)", "lapsen", "(ref)", "αγοραστή",
]  # fmt: skip
COLONS = [":", " :", ": ", "\uff1a"]


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text) if s.entity == "NATIONAL_ID"]


def _label_cases() -> list[tuple[str, str, str, str]]:
    rng = random.Random(1127)
    return [
        (key, make(rng, i % 3 != 0), rng.choice(QUALIFIERS), rng.choice(COLONS))
        for key, (_, make) in SHAPES.items()
        for i in range(6)
    ]


LABEL_CASES = _label_cases()


def test_generators_make_what_they_claim() -> None:
    rng = random.Random(7)
    for key, (_, make) in SHAPES.items():
        for _ in range(20):
            assert valid(BY_KEY[key], make(rng, True)), key
            assert not valid(BY_KEY[key], make(rng, False)), key


@pytest.mark.parametrize(("key", "value", "qualifier", "colon"), LABEL_CASES)
def test_value_after_a_qualified_label(key: str, value: str, qualifier: str, colon: str) -> None:
    cue = SHAPES[key][0]
    assert found(f"Kunde: test\n{cue} {qualifier}{colon} {value}\nnext line") == [value]
    assert found(f"{cue} {qualifier}{colon}{value}") == [value]


@pytest.mark.parametrize(("key", "value", "qualifier", "colon"), LABEL_CASES)
def test_no_colon_no_cue_no_label(key: str, value: str, qualifier: str, colon: str) -> None:
    cue = SHAPES[key][0]
    assert found(f"the {qualifier}{colon} {value}") == []
    if valid(BY_KEY[key], value):
        return  # a valid number near its cue is taken by the older rules
    assert found(f"{cue} {qualifier} then {value} was read") == []
    # more words between cue and colon are a sentence, not a label
    assert found(f"{cue} was not the {qualifier}{colon} {value}") == []
    # the value on the next line is not the label's
    assert found(f"{cue} {qualifier}{colon}\n{value}") == []


@pytest.mark.parametrize("key", sorted(SHAPES))
@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_own_column_takes_shaped_values(key: str, sep: str) -> None:
    rng = random.Random(f"{key}{sep}")
    cue, make = SHAPES[key]
    values = [make(rng, False) for _ in range(3)]
    names = ["Anna Tamm", "Jens Holm", "Eleni Papa", "Luc Peeters", "Mari Kask", "Ole Dahl"]
    rows = "\n".join(sep.join([v, rng.choice(names), str(rng.randint(1, 99))]) for v in values)
    path = rng.choice(["payroll/test_data.csv", "fixtures/users.tsv", "seed/customers.csv", "data/import.txt"])
    second, third = rng.choice([("nimi", "konto"), ("name", "dept"), ("navn", "by"), ("όνομα", "πόλη")])
    text = f"{path}\n{sep.join([cue, second, third])}\n{rows}\n\ndone"
    assert found(text) == values
    # the same values under a column no cue names, or a generic one, are not taken
    assert found(text.replace(cue, "reference", 1)) == []
    assert found(text.replace(cue, "national id", 1)) == []


def test_form_filler_values_stay_out() -> None:
    assert found("isikukood,nimi\n11111111111,Anna\n") == []
    assert found("CPR (kopi): 123456-7890\n") == []
    assert found("ΑΦΜ (πωλητή): 987654321\n") == []


@pytest.mark.parametrize("prefix", ["30", "33", "34"])
def test_company_cuit_stays_out_a_person_cuil_is_taken(prefix: str) -> None:
    rng = random.Random(int(prefix))
    company = ar_cuit(prefix, rng)
    person = ar_cuit(rng.choice(["20", "23", "24", "27"]), rng)
    head = "razon_social, cuit, titular"
    assert found(f"{head}\n'Estudio SA', '{company}', 'Ana'\n") == []
    assert found(f"{head}\n'Ana Paz', '{person}', 'Ana'\n") == [person]
    assert found(f"CUIT (empresa): {company}\n") == []
    assert found(f"CUIL (titular): {person}\n") == [person]
