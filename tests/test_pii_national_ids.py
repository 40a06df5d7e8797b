# ruff: noqa: RUF001  -- cue words of many scripts
"""National identity numbers (`pii.national_id`): validators on published numbers, generated valid
numbers of every kind in several carriers, and the same numbers with a wrong check character or
without their cue."""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable, Iterator
from itertools import product

import pytest

from redactor.detect.entities import ENTITIES
from redactor.detect.pii import national_id_checks as c
from redactor.detect.pii import pii_detectors
from redactor.detect.pii.national_id_data import EXAMPLE_VALUES, KINDS, Kind
from redactor.detect.pii.national_ids import ENTITY, NationalIdDetector, valid
from redactor.detect.pii.national_ids import KINDS as ALL_KINDS

DET = NationalIdDetector()
BY_KEY = {k.key: k for k in KINDS}


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DET.detect(text)]


# --- validators on numbers published by issuers, standards and their reference implementations ----------

PUBLISHED = [
    (c.br_cpf, "52998224725"),
    (c.br_cnpj, "11222333000181"),
    (c.es_nie, "X1234567L"),
    (c.it_cf, "RSSMRA85T10A562S"),
    (c.nl_bsn, "111222333"),
    (c.de_idnr, "86095742719"),
    (c.de_idnr, "65929970489"),
    (c.ch_ahv, "7569217076985"),
    (c.pl_pesel, "44051401359"),
    (c.se_pnr, "8112289874"),
    (c.fi_hetu, "131052-308T"),
    (c.is_kt, "1201743399"),
    (c.ee_ik, "37605030299"),
    (c.lv_pk, "16117519997"),
    (c.bg_egn, "7523169263"),
    (c.bg_egn, "8032056031"),
    (c.tr_tckn, "10000000146"),
    (c.ie_ppsn, "1234567T"),
    (c.ie_ppsn, "1234567TW"),
    (c.sg_nric, "S1234567D"),
    (c.cn_rid, "11010519491231002X"),
    (c.au_tfn, "123456782"),
    (c.za_id, "8001015009087"),
    (c.cl_rut, "123456785"),
    (c.jp_mynumber, "123456789018"),
    (c.mx_curp, "BOXW310820HNERXN09"),
    (c.mx_rfc, "GODE561231GR8"),
    (c.kr_rrn_check, "9710139019902"),
    (c.my_mykad, "770305021234"),
    (c.verhoeff, "2363"),
    (c.luhn, "79927398713"),
]


@pytest.mark.parametrize(("check", "value"), PUBLISHED)
def test_published_numbers_validate_and_a_changed_last_character_does_not(
    check: Callable[[str], bool], value: str
) -> None:
    assert check(value)
    last = value[-1]
    others = [ch for ch in (string.digits if last.isdigit() else string.ascii_uppercase) if ch != last]
    if check is c.my_mykad:  # no check digit: a bad birth-place code instead
        assert not check(value[:6] + "17" + value[8:])
        return
    assert sum(check(value[:-1] + ch) for ch in others) <= 1  # at most a second valid ending (PPSN "W")


# --- generated numbers ---------------------------------------------------------------------------


def _date(rng: random.Random, lo: int = 1950, hi: int = 1999) -> tuple[int, int, int]:
    return rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _ymd(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return f"{y % 100:02d}{m:02d}{d:02d}"


def _dmy(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return f"{d:02d}{m:02d}{y % 100:02d}"


def _de(rng: random.Random) -> str:
    digits = rng.sample(string.digits, 9)
    digits.append(rng.choice(digits))
    rng.shuffle(digits)
    if digits[0] == "0":
        digits[0], digits[1] = digits[1], digits[0]
    return "".join(digits)


def _cf(rng: random.Random) -> str:
    y, m, d = _date(rng)
    up = string.ascii_uppercase
    return (
        "".join(rng.choice(up) for _ in range(6))
        + f"{y % 100:02d}"
        + "ABCDEHLMPRST"[m - 1]
        + f"{d:02d}"
        + "H"
        + _d(rng, 3)
    )


def _nir(rng: random.Random) -> str:
    y, m, _ = _date(rng)
    return f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.randrange(1, 96):02d}" + _d(rng, 6)


UP, DIG = string.ascii_uppercase, string.digits
TEMPLATES: dict[str, tuple[Callable[[random.Random], str], str, int]] = {
    # key: (body without check, check alphabet, number of check characters); the check is appended
    "br.cpf": (lambda r: _d(r, 9), DIG, 2),
    "br.cnpj": (lambda r: _d(r, 8) + "0001", DIG, 2),
    "ca.sin": (lambda r: r.choice("1234567") + _d(r, 7), DIG, 1),
    "mx.curp": (lambda r: "".join(r.choice(UP) for _ in range(4)) + _ymd(r) + "HDF" + "RRN" + "0", DIG, 1),
    "mx.rfc": (
        lambda r: "".join(r.choice(UP) for _ in range(4)) + _ymd(r) + r.choice(UP) + r.choice(DIG),
        DIG + "A",
        1,
    ),
    "ar.cuil": (lambda r: r.choice(["20", "27"]) + _d(r, 8), DIG, 1),
    "cl.rut": (lambda r: r.choice("123") + _d(r, 7), DIG + "K", 1),
    "es.dni": (lambda r: _d(r, 8), UP, 1),
    "es.nie": (lambda r: r.choice("XYZ") + _d(r, 7), UP, 1),
    "pt.nif": (lambda r: r.choice("12") + _d(r, 7), DIG, 1),
    "fr.nir": (_nir, DIG, 2),
    "it.cf": (_cf, UP, 1),
    "nl.bsn": (lambda r: r.choice("123456789") + _d(r, 7), DIG, 1),
    "be.nn": (lambda r: _ymd(r) + _d(r, 3), DIG, 2),
    "de.idnr": (_de, DIG, 1),
    "ch.ahv": (lambda r: "756" + _d(r, 9), DIG, 1),
    "pl.pesel": (lambda r: _ymd(r) + _d(r, 4), DIG, 1),
    "cz.rc": (lambda r: str(r.randrange(60, 99)) + _ymd(r)[2:] + _d(r, 3), DIG, 1),
    "se.pnr": (lambda r: _ymd(r) + _d(r, 3), DIG, 1),
    "no.fnr": (lambda r: _dmy(r) + _d(r, 3), DIG, 2),
    "fi.hetu": (lambda r: _dmy(r) + "-" + _d(r, 3), c._HETU, 1),
    "ee.ik": (lambda r: r.choice("34") + _ymd(r) + _d(r, 3), DIG, 1),
    "lv.pk": (lambda r: _dmy(r) + "1" + _d(r, 3), DIG, 1),
    "ro.cnp": (lambda r: r.choice("12") + _ymd(r) + f"{r.randrange(1, 41):02d}" + _d(r, 3), DIG, 1),
    "bg.egn": (lambda r: _ymd(r) + _d(r, 3), DIG, 1),
    "tr.tckn": (lambda r: r.choice("123456789") + _d(r, 8), DIG, 2),
    "il.tz": (lambda r: r.choice("123") + _d(r, 7), DIG, 1),
    "ie.ppsn": (lambda r: _d(r, 7), "WABCDEFGHIJKLMNOPQRSTUV", 1),
    "rs.jmbg": (lambda r: _dmy(r)[:4] + "9" + _dmy(r)[4:] + "71" + _d(r, 3), DIG, 1),
    "hr.oib": (lambda r: r.choice("123456789") + _d(r, 9), DIG, 1),
    "gr.amka": (lambda r: _dmy(r) + _d(r, 4), DIG, 1),
    "hu.taj": (lambda r: r.choice("123456789") + _d(r, 7), DIG, 1),
    "ru.snils": (lambda r: r.choice("123456789") + _d(r, 8), DIG, 2),
    "ru.inn": (lambda r: "77" + _d(r, 8), DIG, 2),
    "ua.rnokpp": (lambda r: r.choice("123") + _d(r, 8), DIG, 1),
    "in.aadhaar": (lambda r: r.choice("23456789") + _d(r, 10), DIG, 1),
    "sg.nric": (lambda r: r.choice("ST") + _d(r, 7), UP, 1),
    "kr.rrn_check": (lambda r: _ymd(r) + r.choice("12") + f"{r.randrange(0, 96):02d}" + _d(r, 3), DIG, 1),
    "cn.rid": (lambda r: "110105" + f"{_date(r)[0]}" + _ymd(r)[2:] + _d(r, 3), DIG + "X", 1),
    "jp.mynumber": (lambda r: r.choice("123456789") + _d(r, 10), DIG, 1),
    "au.tfn": (lambda r: r.choice("123456789") + _d(r, 7), DIG, 1),
    "za.id": (lambda r: _ymd(r) + _d(r, 4) + "08", DIG, 1),
    "mx.nss": (lambda r: _d(r, 10), DIG, 1),
    "is.kt": (lambda r: _dmy(r) + _d(r, 2) + "?9", DIG, 1),
    "at.svnr": (lambda r: r.choice("123456789") + _d(r, 2) + "?" + _dmy(r), DIG, 1),
}
"""Every kind with a check character: how to draw a well-formed body (``?``: where the check goes,
else at the end)."""

NO_CHECK: dict[str, Callable[[random.Random], str]] = {  # kinds without a check digit: a value
    "ar.dni": lambda r: f"{r.randrange(10, 45)}.{_d(r, 3)}.{_d(r, 3)}",
    "co.cedula": lambda r: f"{r.randrange(1, 99)}.{_d(r, 3)}.{_d(r, 3)}",
    "gb.nino": lambda r: "JM" + _d(r, 6) + "B",
    "in.pan": lambda r: "ABCPK" + _d(r, 4) + "Z",
    "dk.cpr": lambda r: _dmy(r) + "-" + _d(r, 4),
    "my.mykad": lambda r: _ymd(r) + "-14-" + _d(r, 4),
    "kr.rrn": lambda r: _ymd(r) + "-" + r.choice("12") + f"{r.randrange(0, 96):02d}" + _d(r, 4),
}


def _fills(kind: Kind, body: str, alphabet: str, n: int) -> tuple[list[str], list[str]]:
    ok: list[str] = []
    bad: list[str] = []
    if "?" not in body:
        body += "?" * n
    for fill in product(alphabet, repeat=n):
        v = body
        for ch in fill:
            v = v.replace("?", ch, 1)
        (ok if valid(kind, v) else bad).append(v)
    return ok, bad


def generated(key: str, seed: int) -> tuple[str, str]:
    """A valid number of `key` and the same body with a wrong check character."""
    rng = random.Random(f"{key}/{seed}")
    make, alphabet, n = TEMPLATES[key]
    for _ in range(200):
        ok, bad = _fills(BY_KEY[key], make(rng), alphabet, n)
        if ok and bad:
            return rng.choice(ok), rng.choice(bad)
    raise AssertionError(f"no valid {key} drawn")


def own_cue(kind: Kind) -> str:
    return kind.cues[0]


def carriers(cue: str, value: str) -> Iterator[str]:
    key = cue.replace(" ", "_").lower()
    yield f"{cue}: {value}"
    yield f"Please update the record, {cue} {value}, thanks."
    yield json.dumps({"customer": {"name": "Ana Ribeiro", key: value}})
    yield json.dumps({"arguments": json.dumps({"note": f"{cue} = {value}"})})
    yield f"name,{cue},city\nAna Ribeiro,{value},Porto\nJoão Lima,,Braga\n"
    yield f"| name | {cue} |\n|---|---|\n| Ana Ribeiro | {value} |\n"


CHECKED = sorted(k for k in TEMPLATES if BY_KEY[k].cues)


@pytest.mark.parametrize("key", CHECKED)
@pytest.mark.parametrize("seed", range(3))
def test_valid_numbers_after_their_own_cue_are_found_in_every_carrier(key: str, seed: int) -> None:
    value, _ = generated(key, seed)
    for text in carriers(own_cue(BY_KEY[key]), value):
        assert value in found(text), (key, text)


@pytest.mark.parametrize("key", CHECKED)
@pytest.mark.parametrize("seed", range(3))
def test_a_wrong_check_character_is_taken_only_right_after_its_own_cue(key: str, seed: int) -> None:
    # session 11: a made-up or mistyped number under its own cue (``Kennitala: ...``) is written as
    # someone's; session 14: so is one in a column the own cue names (test fixtures), but not in a
    # column a generic cue names, after other words or with no cue: there its check digit must hold
    _, wrong = generated(key, seed)
    cue = own_cue(BY_KEY[key])
    for text in carriers(cue, wrong):
        assert wrong in found(text), (key, text)
    if not any(valid(k, wrong) for k in ALL_KINDS if k.generic):  # else a generic column takes it
        for text in list(carriers("national id", wrong))[4:]:
            assert wrong not in found(text), (key, text)
    assert wrong not in found(f"{cue} of the holder noted: {wrong}"), key
    assert wrong not in found(f"ref {wrong} logged by worker 7"), key


@pytest.mark.parametrize("cue", ["Kennitala", "PESEL", "CPF", "TC Kimlik", "isikukood"])
@pytest.mark.parametrize("filler", ["123456789012", "000000000000", "111111111111", "987654321098"])
def test_form_filler_digits_are_not_taken_without_a_check(cue: str, filler: str) -> None:
    for n in (9, 10, 11):
        assert found(f"{cue}: {filler[:n]}") == [], (cue, filler[:n])


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_without_a_cue_only_bare_shapes_are_taken(key: str) -> None:
    kind = BY_KEY[key]
    for seed in range(3):
        value, _ = generated(key, seed)
        text = f"ref {value} logged by worker 7"
        if kind.bare and re.fullmatch(kind.bare, value):
            assert value in found(text)
        else:
            assert found(text) == [], (key, text)


@pytest.mark.parametrize("key", sorted(k for k in TEMPLATES if BY_KEY[k].generic))
def test_strong_kinds_are_taken_after_generic_cues(key: str) -> None:
    value, wrong = generated(key, 0)
    for cue in ("National ID", "id_number", "Número de documento", "personal id"):
        assert value in found(f"{cue}: {value}"), (key, cue)
        assert wrong not in found(f"{cue}: {wrong}")


@pytest.mark.parametrize("key", sorted(k for k in TEMPLATES if not BY_KEY[k].generic))
def test_weak_kinds_need_their_own_cue(key: str) -> None:
    generic = [k for k in ALL_KINDS if k.generic]  # session 13: the world rows' generic kinds too
    values = [generated(key, seed)[0] for seed in range(8)]
    values = [v for v in values if not any(valid(k, v) for k in generic)]  # digits may also be another kind's
    assert len(values) >= 4
    for value in values:
        assert found(f"National ID: {value}") == [], value


@pytest.mark.parametrize("key", sorted(NO_CHECK))
def test_kinds_without_a_check_digit_need_their_own_cue_right_before(key: str) -> None:
    rng = random.Random(key)
    kind = BY_KEY[key]
    for _ in range(3):
        value = NO_CHECK[key](rng)
        assert value in found(f"{own_cue(kind)}: {value}"), (key, value)
        assert value not in found(f"ID number: {value}")
        assert value not in found(f"{own_cue(kind)} of the customer Maria: {value}")
        assert found(f"reference {value} done") == []


@pytest.mark.parametrize(
    "text",
    [
        "localised cues: CPF do titular 529.982.247-25",
        "numer PESEL: 44051401359",
        "Mein Steuer-ID ist 86 095 742 719.",
        "personnummer: 19811228-9874",
        "TC Kimlik No: 10000000146",
        "身份证号码：110105198001011238",
        "マイナンバー 1234 5678 9018",
        "codice_fiscale=RSSMRA80A01H501U",
        "henkilötunnus 010594Y9032",
        "주민등록번호: 971013-9019902",
        "Rijksregisternummer: 85.07.30-033.28",
        "CNP 1800101221144",
    ],
)
def test_localised_carriers(text: str) -> None:
    (value,) = found(text)
    assert text.rstrip(".").endswith(value)


@pytest.mark.parametrize(
    "text",
    [
        "Order 52998224725 shipped on 2024-05-01",  # a valid CPF's digits, no cue
        "nie wiem, 44051401359 to chyba numer zamówienia",  # Polish 'nie', a valid PESEL's digits
        "the SIN function returns 0.8414709848 for 1 rad",
        "call me on +48 512 930 118 about the PESEL form",
        "IBAN DE89370400440532013000 and card 4111 1111 1111 1111 for the CPF holder",
        "build 20231231-1234 of version 7.56.9217 (hash 756921707698534)",
        "uuid 3f2a0b5c-1d2e-4f5a-9b8c-7d6e5f4a3b2c id_number: 3f2a0b5c",
        "RFC 6238 defines TOTP; RFC 4226 HOTP",
        "personnummer står fel, födelsedatum ska vara 1996-05-12",
        "CPF 123.456.789-09 (fictício) e DNI 12345678Z de ejemplo",  # published examples
        "timestamp 1700000000123 for CNP lookup",
        "order id number: 44051401359 (warehouse 3)",  # a PESEL's digits, but an order's id
        "transaction document number 86095742719 posted",
    ],
)
def test_near_misses_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_published_examples_are_never_taken() -> None:
    for value in EXAMPLE_VALUES:
        assert found(f"national id: {value}") == [], value


def test_entity_is_registered_and_detector_in_the_registry() -> None:
    assert ENTITY in ENTITIES
    assert any(isinstance(d, NationalIdDetector) for d in pii_detectors())
    for text in ("CPF: 529.982.247-25", json.dumps({"pesel": "44051401359"})):
        spans = DET.detect(text)
        assert spans and all(s.entity == ENTITY and s.detector == "pii.national_id" for s in spans)


def test_gated_and_ungated_find_the_same() -> None:
    ungated = NationalIdDetector(gated=False)
    rng = random.Random(5)
    texts: list[str] = []
    for key in CHECKED:
        value, wrong = generated(key, rng.randrange(3))
        texts.extend(carriers(own_cue(BY_KEY[key]), value))
        texts.append(f"plain {wrong} text")
    for text in texts:
        assert DET.detect(text) == ungated.detect(text), text
