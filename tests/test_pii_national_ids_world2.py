# ruff: noqa: RUF001  -- cue words of many scripts.
"""`pii.national_id`, session-16 kinds (`national_id_data_world2`): generated numbers of every kind
under their own cues, the checked kinds' numbers with a wrong check digit where the cue is not
right before them, and numbers of the same shape (order numbers, phones, dates, versions) that are
not taken without a cue."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from redactor.detect.pii import national_id_checks_world2 as v
from redactor.detect.pii.national_id_data_world2 import WORLD2_KINDS
from redactor.detect.pii.national_ids import KINDS, NationalIdDetector

RNG = random.Random(161128)
DIGITS = "0123456789"
DETECTOR = NationalIdDetector()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text) if s.entity == "NATIONAL_ID"]


# Values from python-stdnum 2.x's documentation (an independent implementation of the same
# specifications), and the German KVNR worked by hand: C=03 -> 0,3,7,1,8,2,9,3,5,4 x 1,2,1,2...
# digit sums 0+6+7+2+8+4+9+6+5+8 = 55 -> 5.
INDEPENDENT: list[tuple[Callable[[str], bool], str]] = [
    (v.mz_nuit, "400339910"),
    (v.mz_nuit, "400005834"),
    (v.bg_pnf, "7111042925"),
    (v.fr_spi, "3023217600053"),
    (v.si_davcna, "50223054"),
    (v.sv_nit, "06140507071048"),
    (v.py_ruc, "800280610"),
    (v.py_ruc, "9991603"),
    (v.in_vid, "2341234123412341"),
    (v.de_kvnr, "C718293545"),
]


@pytest.mark.parametrize(("check", "value"), INDEPENDENT)
def test_validators_on_independent_values(check: Callable[[str], bool], value: str) -> None:
    assert check(value)
    wrong = [value[:-1] + d for d in DIGITS if d != value[-1]]
    assert not any(check(w) for w in wrong), value


def test_published_kvnr_example_refused() -> None:
    assert not v.de_kvnr("A123456780")


def _d(n: int) -> str:
    return "".join(RNG.choice(DIGITS) for _ in range(n))


def _complete(body: Callable[[], str], check: Callable[[str], bool], tail: str = DIGITS) -> str:
    for _ in range(500):
        b = body()
        for c in tail:
            if check(b + c):
                return b + c
    raise AssertionError("no valid number generated")


def _ddmmyy() -> str:
    return f"{RNG.randint(1, 28):02d}{RNG.randint(1, 12):02d}{RNG.randint(0, 99):02d}"


# checked kinds: key -> (cue, a valid number as written, check, its compact form's body length)
CHECKED: dict[str, Callable[[], str]] = {
    "mz.nuit": lambda: (n := _complete(lambda: RNG.choice("1234") + _d(7), v.mz_nuit), f"{n[:3]} {n[3:6]} {n[6:]}")[1],
    "bg.pnf": lambda: _complete(lambda: _d(9), v.bg_pnf),
    "mu.nid": lambda: _complete(lambda: RNG.choice("ABKLMPS") + _ddmmyy() + _d(6), v.mu_nid, "0123456789ABCDEFG"),
    "in.vid": lambda: (
        n := _complete(lambda: RNG.choice("23456789") + _d(14), v.in_vid),
        f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}",
    )[1],
    "fr.spi": lambda: (b := RNG.choice("0123") + _d(9), f"{b}{int(b) % 511:03d}")[1],
    "si.ds": lambda: _complete(lambda: str(RNG.randint(1, 9)) + _d(6), v.si_davcna),
    "sv.nit": lambda: (
        n := _complete(lambda: RNG.choice(["0614", "0210", "9450"]) + _ddmmyy() + f"{RNG.randint(101, 999)}", v.sv_nit),
        f"{n[:4]}-{n[4:10]}-{n[10:13]}-{n[13]}",
    )[1],
    "py.ruc": lambda: (n := _complete(lambda: str(RNG.randint(1, 9)) + _d(6), v.py_ruc), f"{n[:-1]}-{n[-1]}")[1],
    "de.kvnr": lambda: _complete(lambda: RNG.choice("ABCDEFGHKLMNRSTWXZ") + _d(8), v.de_kvnr),
}
CUES = {
    "mz.nuit": "NUIT",
    "bg.pnf": "ЛНЧ",
    "mu.nid": "NIC",
    "in.vid": "VID",
    "fr.spi": "numéro fiscal",
    "si.ds": "davčna številka",
    "sv.nit": "NIT",
    "py.ruc": "RUC",
    "de.kvnr": "Krankenversichertennummer",
}
CARRIERS = ("{cue}: {v}", '"{cue}": "{v}"', "{cue} {v}", "| {cue} | {v} |", "{cue} = {v}, ok")


def _checker(key: str) -> Callable[[str], bool]:
    return next(k.check for k in KINDS if k.key == key)


@pytest.mark.parametrize("key", sorted(CHECKED))
def test_generated_numbers_found_after_own_cue(key: str) -> None:
    for carrier in CARRIERS:
        for _ in range(6):
            value = CHECKED[key]()
            text = "Customer record. " + carrier.format(cue=CUES[key], v=value) + "\nNext line."
            assert found(text) == [value], (key, text)


def _wrong(value: str, check: Callable[[str], bool]) -> str:
    import re

    last = value[-1]
    for d in DIGITS:
        w = value[:-1] + d
        if d != last and not check(re.sub(r"[\s.\-/+]", "", w).upper()):
            return w
    raise AssertionError(value)


@pytest.mark.parametrize("key", sorted(CHECKED))
def test_checked_numbers_taken_with_words_between_only_when_valid(key: str) -> None:
    check = _checker(key)
    for _ in range(10):
        value = CHECKED[key]()
        assert found(f"{CUES[key]} of the customer {value} was updated") == [value], key
        bad = _wrong(value, check)
        assert found(f"{CUES[key]} of the customer {bad} was updated") == [], (key, bad)


def test_mauritius_nic_under_generic_cue_only_when_valid() -> None:
    for _ in range(20):
        value = CHECKED["mu.nid"]()
        assert found(f"ID number: {value}") == [value]
        bad = _wrong(value, v.mu_nid)
        assert found(f"ID number: {bad}") == []


# shape-only kinds: key -> (cue, generator of the value as written)
SHAPED: dict[str, tuple[str, Callable[[], str]]] = {
    "mz.bi": ("bilhete de identidade", lambda: _d(12) + RNG.choice("ABMN")),
    "rw.nid": ("indangamuntu", lambda: f"1 {RNG.randint(1950, 2005)} {RNG.choice('78')} {_d(7)} {_d(1)} {_d(2)}"),
    "zm.nrc": ("NRC", lambda: f"{_d(6)}/{_d(2)}/1"),
    "zw.nid": ("zimbabwe id", lambda: f"{_d(2)}-{_d(6)} {RNG.choice('ABKQ')} {_d(2)}"),
    "ao.bi": ("BI nº", lambda: _d(9) + RNG.choice("LBH") + RNG.choice("AEO") + _d(3)),
    "np.citizenship": ("citizenship no", lambda: f"{_d(2)}-{_d(2)}-{_d(2)}-{_d(5)}"),
    "ug.nin": (
        "NIN",
        lambda: RNG.choice(["CM", "CF"]) + _d(2) + _d(3) + "".join(RNG.choice("ABCDEFGHJK1234") for _ in range(7)),
    ),
    "et.fayda": ("Fayda", lambda: f"{_d(4)} {_d(4)} {_d(4)} {_d(4)}"),
    "dz.nin": ("رقم التعريف الوطني", lambda: "1" + _d(17)),
    "tn.cin": ("رقم بطاقة التعريف", lambda: "0" + _d(7)),
    "jo.nn": ("الرقم الوطني", lambda: "9" + _d(9)),
    "bh.cpr": ("CPR", lambda: f"{RNG.randint(60, 99)}{RNG.randint(1, 12):02d}{_d(5)}"),
    "kg.pin": ("ИНН", lambda: RNG.choice("12") + _ddmmyy()[:4] + str(RNG.randint(1940, 2008)) + _d(5)),
    "uz.pinfl": ("ПИНФЛ", lambda: RNG.choice("34") + _ddmmyy()[:4] + f"{RNG.randint(50, 99)}" + _d(7)),
    "by.pn": ("идентификационный номер", lambda: _d(7) + "A" + _d(3) + "PB" + _d(1)),
    "mn.rd": ("регистрийн дугаар", lambda: RNG.choice(["УБ", "ЧО", "АЮ"]) + _d(8)),
    "az.fin": ("FİN kod", lambda: RNG.choice("5678") + "".join(RNG.choice("ABCDEFGH123") for _ in range(6))),
    "am.psn": ("ՀԾՀ", lambda: _d(10)),
    "gr.adt": ("ΑΔΤ", lambda: RNG.choice(["ΑΒ", "ΑΚ", "ΧΡ", "Τ"]) + " " + _d(6)),
    "mt.id": ("karta tal-identità", lambda: _d(RNG.randint(5, 7)) + RNG.choice("MGALHB")),
    "sv.dui": ("DUI", lambda: f"0{_d(7)}-{_d(1)}"),
    "cr.cpf": ("cédula", lambda: f"{RNG.randint(1, 7)}-{_d(4)}-{_d(4)}"),
    "cr.dimex": ("DIMEX", lambda: "1" + _d(11)),
    "pa.cedula": (
        "cédula",
        lambda: f"{RNG.choice(['8', '4', 'PE', 'N'])}-{RNG.randint(1, 999)}-{RNG.randint(1, 99999)}",
    ),
    "hn.dni": ("tarjeta de identidad", lambda: f"0801-{RNG.randint(1950, 2005)}-{_d(5)}"),
    "ni.cedula": ("cédula", lambda: f"001-{_ddmmyy()}-{_d(4)}{RNG.choice('ABCHJ')}"),
    "gt.dpi": ("DPI", lambda: f"{_d(4)} {_d(5)} 0101"),
    "jm.trn": ("TRN", lambda: f"1{_d(2)}-{_d(3)}-{_d(3)}"),
    "ca.ohip": ("OHIP", lambda: f"{_d(4)}-{_d(3)}-{_d(3)}-{RNG.choice(['AB', 'XY', 'KL'])}"),
    "ca.ramq": ("RAMQ", lambda: "".join(RNG.choice("BCDGLMT") for _ in range(4)) + f" {_d(4)} {_d(4)}"),
    "ph.tin": ("TIN", lambda: f"{_d(3)}-{_d(3)}-{_d(3)}-000"),
    "ph.sss": ("SSS no.", lambda: f"{_d(2)}-{_d(7)}-{_d(1)}"),
    "ph.philhealth": ("PhilHealth", lambda: f"{_d(2)}-{_d(9)}-{_d(1)}"),
    "ph.psn": ("PhilSys number", lambda: f"{_d(4)}-{_d(4)}-{_d(4)}-{_d(4)}"),
    "ph.crn": ("UMID CRN", lambda: f"{_d(4)}-{_d(7)}-{_d(1)}"),
    "ph.mid": ("Pag-IBIG MID", lambda: f"{_d(4)}-{_d(4)}-{_d(4)}"),
    "jp.pension": ("基礎年金番号", lambda: f"{_d(4)}-{_d(6)}"),
    "mo.bir": ("澳門居民身份證", lambda: f"{RNG.choice('1578')}{_d(6)}({_d(1)})"),
    "id.npwp": ("NPWP", lambda: f"{_d(2)}.{_d(3)}.{_d(3)}.{_d(1)}-{_d(3)}.{_d(3)}"),
    "id.bpjs": ("nomor BPJS", lambda: "0" + _d(12)),
    "nz.nhi": ("NHI", lambda: "".join(RNG.choice("ABCDEFGHJKZ") for _ in range(3)) + _d(4)),
}


def test_every_new_kind_has_a_case() -> None:
    assert {k.key for k in WORLD2_KINDS} == set(CHECKED) | set(SHAPED)


@pytest.mark.parametrize("key", sorted(SHAPED))
def test_shaped_numbers_found_after_own_cue(key: str) -> None:
    cue, gen = SHAPED[key]
    for carrier in CARRIERS[:3]:
        for _ in range(5):
            value = gen()
            text = "Form data. " + carrier.format(cue=cue, v=value) + "\nthanks"
            assert found(text) == [value], (key, text)


@pytest.mark.parametrize("key", sorted(SHAPED))
def test_shaped_numbers_not_taken_without_cue(key: str) -> None:
    _, gen = SHAPED[key]
    for lead in ("order number", "build", "invoice", "see ticket"):
        value = gen()
        assert found(f"{lead} {value} was shipped") == [], (key, value)


@pytest.mark.parametrize("key", sorted(CHECKED))
def test_checked_numbers_not_taken_without_cue(key: str) -> None:
    for lead in ("order", "Bestellnummer", "tracking no.", "row"):
        value = CHECKED[key]()
        assert found(f"{lead} {value} closed") == [], (key, value)


NOT_IDS = [
    "NUIT: ver. 4.0.339",
    "NIT: 2024-05-01",
    "RUC: +595 21 123 456",
    "CPR: 2024-11-28 12:00",
    "VID: 0x1d6b",
    "FAN: 1200 rpm",
    "SPI: 10 MHz, mode 3",
    "TRN: pending",
    "NHI: n/a",
    "DPI: 300",
    "KVNR: unknown",
    "id card: v2.3.1",
    "PhilHealth: call 0918 274 3361",
    "cédula: 1.2.3",
]


@pytest.mark.parametrize("text", NOT_IDS)
def test_versions_dates_phones_after_cues_not_taken(text: str) -> None:
    assert found(text) == []
