# ruff: noqa: RUF001  -- cue words of several scripts.
"""`pii.national_id`: cue words with an attached ending (a Nordic definite ``-nummeret``, a
Romanian enclitic ``CNP-ul``, a Turkish ``'si``) and the Chinese ``身份證`` cue. Values are generated
(random numbers completed to a valid check digit), never taken from a data set."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii import national_id_checks as c
from redactor.detect.pii import national_id_checks_world as w
from redactor.detect.pii.national_ids import NationalIdDetector

RNG = random.Random(20261127)
DETECTOR = NationalIdDetector()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text) if s.entity == "NATIONAL_ID"]


def _complete(prefix: str, tails: list[str], check: object) -> str:
    for t in tails:
        if check(prefix + t):  # type: ignore[operator]
            return prefix + t
    raise AssertionError(prefix)


def _dd_mm_yy() -> str:
    return f"{RNG.randint(1, 28):02d}{RNG.randint(1, 12):02d}{RNG.randint(50, 99):02d}"


def fnr() -> str:
    while True:
        prefix = _dd_mm_yy() + f"{RNG.randint(0, 499):03d}"
        for t in (f"{i:02d}" for i in range(100)):
            if c.no_fnr(prefix + t):
                return prefix + t


def cnp() -> str:
    yy, mm, dd = RNG.randint(50, 99), RNG.randint(1, 12), RNG.randint(1, 28)
    prefix = f"{RNG.choice('12')}{yy:02d}{mm:02d}{dd:02d}{RNG.randint(1, 40):02d}{RNG.randint(1, 999):03d}"
    return _complete(prefix, list("0123456789"), c.ro_cnp)


def hkid() -> tuple[str, str]:
    while True:
        body = RNG.choice("ABCEGHKMPRTVY") + "".join(RNG.choice("0123456789") for _ in range(6))
        for ch in "0123456789A":
            if w.hk_hkid(body + ch):
                return body, ch


FNR = [fnr() for _ in range(6)]
CNP = [cnp() for _ in range(6)]
HK = [hkid() for _ in range(6)]


@pytest.mark.parametrize("value", FNR)
@pytest.mark.parametrize("cue", ["Fødselsnummeret", "fødselsnummeret", "Personnummeret", "fødselsnummeret er"])
def test_nordic_definite_cue(cue: str, value: str) -> None:
    text = f"Hei, {cue} {value}, takk."
    assert found(text) == [value]


@pytest.mark.parametrize("value", CNP)
@pytest.mark.parametrize("cue", ["CNP-ul", "CNP-ul meu:", "CNP-ului", "CNP-ul:"])
def test_romanian_enclitic_cue(cue: str, value: str) -> None:
    assert found(f"Bună ziua, {cue} {value}.") == [value]


@pytest.mark.parametrize(("body", "check"), HK)
def test_hkid_under_bare_chinese_cue(body: str, check: str) -> None:
    value = f"{body}({check})"
    assert found(f"會員資料\n身份證：{value}\n") == [value]


@pytest.mark.parametrize("value", CNP[:3] + FNR[:3])
@pytest.mark.parametrize(
    "prefix", ["CNP-uri tabel", "CNP-X", "fødselsnummerets lengde", "nummeret", "CNP-ultrafast build"]
)
def test_no_cue_without_a_short_lower_case_ending(prefix: str, value: str) -> None:
    # an upper-case part, a longer word or a bare ending is no inflected cue; a value right after
    # one of these is taken only if some other cue or path takes it (none here has a valid path).
    text = f"{prefix} 0{value}9"
    assert found(text) == []


def dowod() -> str:
    letters = "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    rest = "".join(RNG.choice("0123456789") for _ in range(5))
    return _complete(letters, [d + rest for d in "0123456789"], w.pl_dowod)


DOWOD = [dowod() for _ in range(6)]


def test_pl_dowod_check_digit() -> None:
    for value in DOWOD:
        wrong = [value[:3] + d + value[4:] for d in "0123456789" if d != value[3]]
        assert not any(w.pl_dowod(v) for v in wrong), value


@pytest.mark.parametrize("value", DOWOD)
@pytest.mark.parametrize(
    "cue", ["dowód osobisty", "Seria i numer dowodu:", "nr dowodu osobistego", "Dowód osobisty nr"]
)
def test_pl_dowod_under_its_cue(cue: str, value: str) -> None:
    spaced = f"{value[:3]} {value[3:]}"
    assert found(f"Karta: Jan Nowak, {cue} {spaced}, adres ul. Polna 3.") == [spaced]


@pytest.mark.parametrize("value", DOWOD[:3])
def test_pl_dowod_shape_without_cue_not_taken(value: str) -> None:
    assert found(f"Zamówienie {value} wysłane, kod {value[:3]} {value[3:]}.") == []
