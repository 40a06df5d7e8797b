"""`pii.national_id`, session-13 kinds (`national_id_data_world`): generated numbers of every kind
under their own cues in five carriers, the same numbers with a wrong check character where a cue
is not their own, and numbers of other kinds (phones, dates, IBANs, cards, order and build ids)
that must not be taken."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from redactor.detect.pii import national_id_checks_world as w
from redactor.detect.pii.national_id_checks import luhn
from redactor.detect.pii.national_id_data_world import WORLD_KINDS
from redactor.detect.pii.national_ids import KINDS, NationalIdDetector

RNG = random.Random(131127)
DIGITS = "0123456789"


DETECTOR = NationalIdDetector()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text) if s.entity == "NATIONAL_ID"]


# Values computed with python-stdnum 2.2 (an independent implementation) when these tests were
# written, and one by hand (Uruguay: 1*2 + 2*9 + 3*8 + 4*7 + 5*6 + 6*3 + 7*4 = 148 -> 2).
STDNUM_VALID: list[tuple[Callable[[str], bool], str]] = [
    (w.th_pin, "2208391464070"),
    (w.ec_ci, "1742415134"),
    (w.gb_nhs, "1068190922"),
    (w.nz_ird, "043231884"),
    (w.pt_cc, "380480762ZZ4"),
    (w.do_cedula, "06973355768"),
    (w.in_epic, "XYZ5596093"),
    (w.gr_afm, "038343167"),
    (w.pl_nip, "5810328835"),
    (w.uy_ci, "12345672"),
]


@pytest.mark.parametrize(("check", "value"), STDNUM_VALID)
def test_validators_on_independent_values(check: Callable[[str], bool], value: str) -> None:
    assert check(value)
    last = value[-1]
    wrong = [value[:-1] + d for d in DIGITS if d != last]
    assert sum(check(v) for v in wrong) == 0, value


def _d(n: int) -> str:
    return "".join(RNG.choice(DIGITS) for _ in range(n))


def _date6(yy_from: int = 50, yy_to: int = 99) -> str:
    return f"{RNG.randint(yy_from, yy_to):02d}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"


def _complete(body: Callable[[], str], check: Callable[[str], bool], tail: str = DIGITS) -> str:
    """A random number of a kind: a body, and the check character that makes it valid."""
    for _ in range(500):
        b = body()
        for c in tail:
            if check(b + c):
                return b + c
    raise AssertionError("no valid number generated")


# key -> (a valid compact number, the way people write it)
GENERATORS: dict[str, Callable[[], tuple[str, str]]] = {
    "th.pin": lambda: (v := _complete(lambda: str(RNG.randint(1, 8)) + _d(11), w.th_pin), v),
    "tw.id": lambda: (v := _complete(lambda: RNG.choice("ABDEFHK") + RNG.choice("12") + _d(7), w.tw_id), v),
    "hk.hkid": lambda: (
        v := _complete(lambda: RNG.choice("ACDGKPYZ") + _d(6), w.hk_hkid, DIGITS + "A"),
        f"{v[:-1]}({v[-1]})",
    ),
    "nz.ird": lambda: (
        v := _complete(lambda: RNG.choice("01") + str(RNG.randint(1, 4)) + _d(6), w.nz_ird),
        f"{v[:3]}-{v[3:6]}-{v[6:]}",
    ),
    "au.medicare": lambda: (
        v := _complete(lambda: str(RNG.randint(2, 6)) + _d(7), lambda s: w.au_medicare(s + "1")) + "1",
        f"{v[:4]} {v[4:9]} {v[9]}",
    ),
    "kz.iin": lambda: (v := _complete(lambda: _date6() + "3" + _d(4), w.kz_iin), v),
    "gb.nhs": lambda: (v := _complete(lambda: _d(9), w.gb_nhs), f"{v[:3]} {v[3:6]} {v[6:]}"),
    "gr.afm": lambda: (v := _complete(lambda: _d(8), w.gr_afm), v),
    "pl.nip": lambda: (v := _complete(lambda: _d(9), w.pl_nip), f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"),
    "hu.ado": lambda: (v := _complete(lambda: "8" + _d(8), w.hu_adoazonosito), v),
    "de.rvnr": lambda: (
        v := _complete(
            lambda: f"{RNG.randint(10, 89)}{_date6()[4:]}{_date6()[2:4]}{_date6()[:2]}" + RNG.choice("ABKMS") + _d(2),
            w.de_rvnr,
        ),
        f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}",
    ),
    "es.nss": lambda: (
        v := _complete(lambda: f"{RNG.randint(1, 52):02d}{RNG.randint(10**7, 10**8 - 1)}" + _d(1), w.es_nss),
        f"{v[:2]}/{v[2:10]}/{v[10:]}",
    ),
    "pt.cc": lambda: (
        v := _complete(lambda: _d(9) + RNG.choice(("ZZ", "ZX", "ZY")), w.pt_cc),
        f"{v[:8]} {v[8]} {v[9:]}",
    ),
    "md.idnp": lambda: (v := _complete(lambda: "2" + _d(11), w.md_idnp), v),
    "lu.matricule": lambda: (
        v := _complete(
            lambda: (b := f"19{_date6()}{_d(3)}") + next(c for c in DIGITS if luhn(b + c)), w.lu_matricule
        ),
        v,
    ),
    "ec.ci": lambda: (v := _complete(lambda: f"{RNG.randint(1, 24):02d}{RNG.randint(0, 5)}" + _d(6), w.ec_ci), v),
    "do.cedula": lambda: (v := _complete(lambda: "0" + _d(9), w.do_cedula), f"{v[:3]}-{v[3:10]}-{v[10]}"),
    "uy.ci": lambda: (
        v := _complete(lambda: str(RNG.randint(1, 6)) + _d(6), w.uy_ci),
        f"{v[0]}.{v[1:4]}.{v[4:7]}-{v[7]}",
    ),
    "br.pis": lambda: (v := _complete(lambda: "1" + _d(9), w.br_pis), f"{v[:3]}.{v[3:8]}.{v[8:10]}-{v[10]}"),
    "br.cns": lambda: (v := _complete(lambda: "7" + _d(13), w.br_cns), f"{v[:3]} {v[3:7]} {v[7:11]} {v[11:]}"),
    "sa.nid": lambda: (v := _complete(lambda: RNG.choice("12") + _d(8), w.sa_nid), v),
    "eg.nid": lambda: (v := f"2{_date6(60, 99)}{RNG.choice(('01', '12', '21', '88'))}{_d(5)}", v),
    "tz.nida": lambda: (v := f"19{_date6()}{_d(12)}", f"{v[:8]}-{v[8:13]}-{v[13:18]}-{v[18:]}"),
    "gh.card": lambda: (v := "GHA" + _d(10), f"GHA-{v[3:12]}-{v[12]}"),
}
CUES: dict[str, tuple[str, ...]] = {
    "th.pin": ("เลขประจำตัวประชาชน", "Thai ID"),
    "tw.id": ("身分證字號", "Taiwan ID"),
    "hk.hkid": ("HKID", "香港身份證號碼"),
    "nz.ird": ("IRD number", "IRD"),
    "au.medicare": ("Medicare number", "medicare card"),
    "kz.iin": ("ИИН", "IIN"),
    "gb.nhs": ("NHS number", "NHS No"),
    "gr.afm": ("ΑΦΜ", "AFM"),
    "pl.nip": ("NIP", "numer NIP"),
    "hu.ado": ("adóazonosító jel", "Adóazonosító"),
    "de.rvnr": ("Rentenversicherungsnummer", "RV-Nummer"),
    "es.nss": ("número de la Seguridad Social", "NUSS"),
    "pt.cc": ("Cartão de Cidadão", "número do cartão de cidadão"),
    "md.idnp": ("IDNP", "codul personal"),
    "lu.matricule": ("matricule", "numéro d'identification national"),
    "ec.ci": ("cédula", "Cédula de identidad"),
    "do.cedula": ("cédula", "No. de cédula"),
    "uy.ci": ("C.I.", "cédula de identidad"),
    "br.pis": ("PIS", "PIS/PASEP"),
    "br.cns": ("CNS", "Cartão SUS"),
    "sa.nid": ("رقم الهوية الوطنية", "iqama number"),
    "eg.nid": ("الرقم القومي", "Egyptian national ID"),
    "tz.nida": ("NIDA", "namba ya NIDA"),
    "gh.card": ("Ghana Card", "ghana card number"),
}
CARRIERS = (
    "Applicant record. {cue}: {v}. Please verify before Friday.",
    '{{"name": "A. Client", "{cue}": "{v}", "status": "pending"}}',
    "| name | {cue} | city |\n|---|---|---|\n| A. Client | {v} | Lima |",
    "name,{cue},city\nA. Client,{v},Quito",
    "{cue} = {v}",
)


def test_every_generated_kind_is_a_world_kind() -> None:
    keys = {k.key for k in WORLD_KINDS}
    assert set(GENERATORS) <= keys and set(CUES) == set(GENERATORS)
    assert len({k.key for k in KINDS}) == len(KINDS)


@pytest.mark.parametrize("key", sorted(GENERATORS))
@pytest.mark.parametrize("carrier", CARRIERS)
def test_generated_numbers_under_their_own_cues(key: str, carrier: str) -> None:
    kind = next(k for k in WORLD_KINDS if k.key == key)
    for _ in range(3):
        compact, written = GENERATORS[key]()
        assert kind.check(compact), (key, compact)
        for cue in CUES[key]:
            text = carrier.format(cue=cue, v=written)
            assert found(text) == [written], text


GENERIC_KEYS = sorted(k.key for k in WORLD_KINDS if k.generic and k.key in GENERATORS)


@pytest.mark.parametrize("key", GENERIC_KEYS)
def test_generic_cue_takes_valid_and_refuses_a_wrong_check(key: str) -> None:
    kind = next(k for k in WORLD_KINDS if k.key == key)
    for _ in range(4):
        compact, written = GENERATORS[key]()
        text = f"Customer details: national ID number {written} (verified)."
        assert found(text) == [written], text
        wrong = next((written[:-1] + c for c in DIGITS if c != written[-1] and not kind.check(compact[:-1] + c)), None)
        if wrong is not None and not any(
            k.check(wrong.replace("-", "").replace(" ", "").replace(".", "").replace("/", ""))
            for k in KINDS
            if k.generic
        ):
            assert found(f"Customer details: national ID number {wrong} (verified).") == [], wrong


@pytest.mark.parametrize("key", sorted(GENERATORS))
def test_no_cue_no_number(key: str) -> None:
    """Without a cue only the bare formatted shapes (a dashed Thai id, a Ghana card) are taken."""
    kind = next(k for k in WORLD_KINDS if k.key == key)
    _, written = GENERATORS[key]()
    text = f"Reference {written} was processed on Monday by the batch job."
    assert found(text) == ([written] if kind.bare and written.startswith("GHA") else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CNIC: 35202-7391846-5", "35202-7391846-5"),
        ("Her ID number: 42101-8365927-2", "42101-8365927-2"),
        ("NIN: 48291037561", "48291037561"),
        ("Số CCCD: 079203004721", "079203004721"),
        ("NIC No: 198826504823", "198826504823"),
        ("NIC: 882650482V", "882650482V"),
        ("KRA PIN: A004829163K", "A004829163K"),
        ("RG: 23.847.591-6", "23.847.591-6"),
        ("Cédula: V-18.462.937", "V-18.462.937"),
        ("CIN: BE728194", "BE728194"),
        ("NID: 4621897305", "4621897305"),
        ("QID: 28735604918", "28735604918"),
        ("პირადი ნომერი: 01024085631", "01024085631"),
        ("ผู้ป่วยนายสมชายเลขบัตรประชาชน1101400224335", "1101400224335"),
    ],
)
def test_unchecked_kinds_after_their_own_cue(text: str, value: str) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "CI #4521873 passed in 3m",
        "NIC 0000:03:00.0 is up",
        "Call me on +44 20 7946 0958 or 020 7946 0958.",
        "Order id number 1742415134 shipped",
        "IBAN DE89 3704 0044 0532 0130 00 for the refund",
        "Card 4111 1111 1111 1111 exp 12/29",
        "Build 20261127153000 finished; epoch 1764255000",
        "ticket NID-4821 and EPIC-1234567 are linked",
        "RG rg-prod-eastus-01 holds 12 resources",
        "the NHS trust answered 0300 311 22 33",
        "version 2208391464070 of the index",
        "phone 35202-7391846",
        "CNIC: 00000-0000000-0",
        "NIN: 12345678901",
    ],
)
def test_other_numbers_are_not_taken(text: str) -> None:
    assert found(text) == []


def test_shape_only_kinds_refuse_form_fillers() -> None:
    assert not w.shape_only("111111111") and not w.pk_cnic("1234567890123")
    assert w.lk_nic("882650482V") and not w.lk_nic("889990482V")
    assert w.vn_cccd("079203004721") and not w.vn_cccd("979203004721")


@pytest.mark.parametrize(
    ("cue", "value"),
    [
        ("Passnummer", "P6039271"),
        ("Passport No", "X12345679"),
        ("número de pasaporte", "PAA482913"),
        ("numéro de passeport", "AB4829173"),
        ("номер паспорта", "45 12 348671"),
        ("护照号码", "E58213947"),
        ("여권번호", "M48291736"),
        ("Seaman's book", "AB 523184"),
    ],
)
def test_passport_numbers_after_their_own_cue_and_under_their_column(cue: str, value: str) -> None:
    assert found(f"{cue}: {value}") == [value]
    table = f"| name | {cue}. | nationality |\n|---|---|---|\n| A. Client | {value} | X |"
    assert found(table) == [value], table
    assert found(f"Ref {value} was processed") == []


@pytest.mark.parametrize(
    "text",
    [
        "passport.authenticate('local', { failureRedirect: '/login' })",
        "npm i passport@0.7.0 passport-local@1.0.0",
        "Passport photo 123456 uploaded",
        "passport: 123456789",
        "const passport = require('passport'); app.listen(300001)",
    ],
)
def test_passport_library_and_fillers_are_not_numbers(text: str) -> None:
    assert found(text) == []
