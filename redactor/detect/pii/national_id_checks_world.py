"""Check algorithms of the national numbers added in session 13 (`national_id_data_world` rows).

Each validator takes the number with its separators removed (upper case) and returns whether it is
well formed. Most are one declarative call of `weighted_check` (weights, modulus and the map from
remainder to check character); written from the issuers' specifications and checked against
python-stdnum's implementations (`tests/test_pii_national_ids_world.py` generates numbers and
compares where stdnum has the kind). Kinds without a check digit validate their structure only
(the birth date, century or region they encode) and are taken only after a cue of their own.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence

from redactor.detect.pii.national_id_checks import _varied, _yy, date_ok, luhn

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def weighted_check(
    s: str,
    weights: Sequence[int],
    mod: int,
    check: Callable[[int], str],
    values: str = _ALNUM,
) -> bool:
    """The last character of `s` is ``check(sum(value(c_i) * w_i) % mod)`` over the others."""
    body, last = s[:-1], s[-1]
    if len(body) != len(weights):
        return False
    total = sum(values.index(ch) * w for ch, w in zip(body, weights, strict=True))
    return check(total % mod) == last


def _eleven_minus(r: int) -> str:
    """``11 - r``, 10 and 11 written 0 (the common mod-11 rule)."""
    return str((11 - r) % 11 % 10)


def _this_year() -> int:
    return _dt.date.today().year


def _digits(s: str, n: int) -> bool:
    return len(s) == n and s.isdigit() and _varied(s)


# --- Asia-Pacific ---------------------------------------------------------------------------------


def th_pin(s: str) -> bool:
    """Thailand, เลขประจำตัวประชาชน: 13 digits, first 1-8, weights 13..2, ``(11 - r) % 10``."""
    if not _digits(s, 13) or s[0] in "09":
        return False
    return weighted_check(s, range(13, 1, -1), 11, lambda r: str((11 - r) % 10))


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
"""Taiwan's letter order: A=10, B=11 ... (I, O, W, Z placed as the ministry assigned them)."""


def tw_id(s: str) -> bool:
    """Taiwan, 國民身分證統一編號: a letter (the county), 1/2 (sex; 8/9 for residents), 8 digits."""
    if len(s) != 10 or s[0] not in _TW_LETTERS or s[1] not in "1289" or not s[1:].isdigit():
        return False
    n = _TW_LETTERS.index(s[0]) + 10
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:9], range(8, 0, -1), strict=True))
    return (total + int(s[9])) % 10 == 0


def hk_hkid(s: str) -> bool:
    """Hong Kong identity card: one or two letters, six digits, a check character (0-9, A)."""
    s = s.replace("(", "").replace(")", "")
    if len(s) not in (8, 9) or not s[-7:-1].isdigit() or not s[:-7].isalpha() or not _varied(s[-7:-1]):
        return False
    padded = (" " if len(s) == 8 else "") + s
    total = sum((36 if ch == " " else _ALNUM.index(ch)) * w for ch, w in zip(padded[:8], range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return padded[8] == ("A" if check == 10 else str(check))


def nz_ird(s: str) -> bool:
    """New Zealand IRD number: 8-9 digits in 10,000,000-150,000,000, mod 11 (two weight sets)."""
    if len(s) not in (8, 9) or not s.isdigit() or not 10_000_000 < int(s) < 150_000_000:
        return False
    body = s[:-1].zfill(8)
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = -sum(w * int(c) for w, c in zip(weights, body, strict=True)) % 11
        if r != 10:
            return str(r) == s[-1]
    return False


def au_medicare(s: str) -> bool:
    """Australia, Medicare card: 10 digits (an 11th, the position on the card, may follow), first
    2-6, check (9th) = sum of the first 8 by 1,3,7,9,... mod 10."""
    if len(s) not in (10, 11) or not s.isdigit() or s[0] not in "23456" or not _varied(s):
        return False
    return sum(int(c) * w for c, w in zip(s[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(s[8])


def kz_iin(s: str) -> bool:
    """Kazakhstan ИИН / ЖСН: ``YYMMDD`` + century/sex digit 1-6 + 4 digits + check (two weight sets)."""
    if not _digits(s, 12) or s[6] not in "123456":
        return False
    century = 1800 + 100 * ((int(s[6]) - 1) // 2)
    if not date_ok(century + int(s[:2]), int(s[2:4]), int(s[4:6])):
        return False
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        r = sum(int(c) * w for c, w in zip(s[:11], weights, strict=True)) % 11
        if r != 10:
            return str(r) == s[11]
    return False


def lk_nic(s: str) -> bool:
    """Sri Lanka NIC: old ``YYDDDnnnnV/X`` (9 digits), new ``YYYYDDDnnnnn`` (12); day of year
    1-366, 501-866 for women. No check digit."""
    if len(s) == 10 and s[:9].isdigit() and s[9] in "VX":
        day = int(s[2:5])
    elif _digits(s, 12) and s[:2] in ("19", "20"):
        day = int(s[4:7])
        if not 1900 <= int(s[:4]) <= _this_year() + 10:
            return False
    else:
        return False
    return _varied(s[:9]) and (1 <= day <= 366 or 501 <= day <= 866)


def pk_cnic(s: str) -> bool:
    """Pakistan CNIC: 13 digits, first the province (1-7), last odd for men, even for women."""
    return _digits(s, 13) and s[0] in "1234567" and s[-1] != "0"


def vn_cccd(s: str) -> bool:
    """Vietnam, căn cước công dân: 12 digits, province 001-096, century/sex digit, birth year."""
    if not _digits(s, 12) or not 1 <= int(s[:3]) <= 96:
        return False
    year = 1900 + 100 * (int(s[3]) // 2) + int(s[4:6])
    return 1900 <= year <= _this_year()


def bd_nid(s: str) -> bool:
    """Bangladesh NID: 10 digits (smart card), 13, or 17 (birth year + 13). No check digit."""
    if len(s) == 17:
        return _digits(s, 17) and 1900 <= int(s[:4]) <= _this_year()
    return len(s) in (10, 13) and _digits(s, len(s))


def in_epic(s: str) -> bool:
    """India, voter id (EPIC): three letters and seven digits, the digits a Luhn number."""
    return len(s) == 10 and s[:3].isalpha() and s[3:].isdigit() and _varied(s[3:]) and luhn(s[3:])


# --- Middle East and Africa -----------------------------------------------------------------------


def sa_nid(s: str) -> bool:
    """Saudi Arabia, national id (1...) or iqama (2...): 10 digits, Luhn."""
    return _digits(s, 10) and s[0] in "12" and luhn(s)


def kw_civil(s: str) -> bool:
    """Kuwait civil id: century 2/3, ``YYMMDD``, 4 digits, check ``11 - r`` (weights below)."""
    if not _digits(s, 12) or s[0] not in "23":
        return False
    if not date_ok(1700 + 100 * int(s[0]) + int(s[1:3]), int(s[3:5]), int(s[5:7])):
        return False
    return weighted_check(s, (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), 11, lambda r: str(11 - r) if r > 1 else "x")


_EG_GOVERNORATES = frozenset({f"{n:02d}" for n in (1, 2, 3, 4, 88, *range(11, 20), *range(21, 36))})


def eg_nid(s: str) -> bool:
    """Egypt, الرقم القومي: 14 digits, century 2/3, ``YYMMDD``, governorate, serial, check (the
    check's algorithm is unpublished: the date and governorate carry the structure)."""
    if not _digits(s, 14) or s[0] not in "23" or s[7:9] not in _EG_GOVERNORATES:
        return False
    return date_ok(1700 + 100 * int(s[0]) + int(s[1:3]), int(s[3:5]), int(s[5:7]))


def qa_qid(s: str) -> bool:
    """Qatar ID: 11 digits, 2/3 (century), birth year YY, the ISO numeric country code."""
    return _digits(s, 11) and s[0] in "23" and s[3:6] != "000"


def ng_nin(s: str) -> bool:
    """Nigeria NIN: 11 digits, no check digit."""
    return _digits(s, 11)


def tz_nida(s: str) -> bool:
    """Tanzania NIDA number: 20 digits opening with the birth date ``YYYYMMDD``."""
    return _digits(s, 20) and date_ok(int(s[:4]), int(s[4:6]), int(s[6:8]))


def gh_card(s: str) -> bool:
    """Ghana card (``GHA-123456789-0``): nine digits and a final digit (its algorithm is unpublished)."""
    return len(s) == 13 and s.startswith("GHA") and _digits(s[3:], 10)


def ke_pin(s: str) -> bool:
    """Kenya, KRA PIN: ``A`` (person) or ``P`` (company), nine digits, a letter."""
    return len(s) == 11 and s[0] in "AP" and _digits(s[1:10], 9) and s[10].isalpha()


def ma_cin(s: str) -> bool:
    """Morocco CIN: one or two letters (the issuing region), five or six digits."""
    head = s.rstrip("0123456789")
    return 1 <= len(head) <= 2 and head.isalpha() and 5 <= len(s) - len(head) <= 6 and _varied(s[len(head) :])


# --- Europe ---------------------------------------------------------------------------------------


def gb_nhs(s: str) -> bool:
    """United Kingdom, NHS number: 10 digits, weights 10..2, ``11 - r`` (10 invalid)."""
    return _digits(s, 10) and weighted_check(s, range(10, 1, -1), 11, _nhs_digit)


def _nhs_digit(r: int) -> str:
    return "x" if r == 1 else str((11 - r) % 11)


def gr_afm(s: str) -> bool:
    """Greece ΑΦΜ: 9 digits, ``sum(d_i * 2**(8-i)) % 11 % 10`` is the last."""
    return _digits(s, 9) and weighted_check(s, (256, 128, 64, 32, 16, 8, 4, 2), 11, lambda r: str(r % 10))


def pl_nip(s: str) -> bool:
    """Poland NIP: 10 digits, weights 6,5,7,2,3,4,5,6,7, ``r`` (10 invalid)."""
    return _digits(s, 10) and weighted_check(s, (6, 5, 7, 2, 3, 4, 5, 6, 7), 11, lambda r: str(r) if r < 10 else "x")


def pl_dowod(s: str) -> bool:
    """Poland, dowód osobisty (identity card): three letters (A=10 .. Z=35) and six digits, the
    first digit the check: weights 7,3,1,9,7,3,1,7,3, sum divisible by 10 (``ABA300000``)."""
    if len(s) != 9 or not (s[:3].isascii() and s[:3].isalpha() and s[3:].isascii() and s[3:].isdigit()):
        return False
    vals = [ord(ch) - 55 for ch in s[:3].upper()] + [int(ch) for ch in s[3:]]
    return sum(v * wt for v, wt in zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3), strict=True)) % 10 == 0


def hu_adoazonosito(s: str) -> bool:
    """Hungary, adóazonosító jel: 10 digits opening with 8, the days since 1867-01-01, weights 1..9, ``r``."""
    return _digits(s, 10) and s[0] == "8" and weighted_check(s, range(1, 10), 11, lambda r: str(r) if r < 10 else "x")


def de_rvnr(s: str) -> bool:
    """Germany, Rentenversicherungsnummer: area (2 digits), ``DDMMYY``, the initial of the birth
    name, serial (2), check: the letter as its two-digit position, weights 2,1,2,5,7,1,2,1,2,1,2,1,
    digit sums, mod 10."""
    if len(s) != 12 or not s[:8].isdigit() or not s[8].isalpha() or not s[9:].isdigit() or not s[8].isascii():
        return False
    day, month = int(s[2:4]), int(s[4:6])
    if not date_ok(_yy(int(s[6:8])), month, day if day <= 31 else day - 50):
        return False
    digits = s[:8] + f"{ord(s[8]) - 64:02d}" + s[9:11]
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True))
    return total % 10 == int(s[11])


def es_nss(s: str) -> bool:
    """Spain, número de la Seguridad Social (NUSS/NAF): province (2), number (8), two check
    digits: the first ten read as one number (the number without its leading zeros when below
    10,000,000), mod 97."""
    if not _digits(s, 12) or not 1 <= int(s[:2]) <= 53:
        return False
    a, b = int(s[:2]), int(s[2:10])
    n = b + a * 10**8 if b < 10**7 else int(f"{a}{b}")
    return n % 97 == int(s[10:])


def pt_cc(s: str) -> bool:
    """Portugal, cartão de cidadão: 8 digits + check, two version characters, a final check
    (Luhn over the alphanumeric values)."""
    if len(s) != 12 or not s[:9].isdigit() or not s[9:11].isalnum() or not s[11].isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(s[:-1])):
        v = _ALNUM.index(ch)
        total += (v * 2 - 9 if v * 2 > 9 else v * 2) if i % 2 == 0 else v
    return str((10 - total) % 10) == s[-1]


def md_idnp(s: str) -> bool:
    """Moldova IDNP: 13 digits opening with 0 or 2, weights 7,3,1 repeated, mod 10."""
    return _digits(s, 13) and s[0] in "02" and weighted_check(s, (7, 3, 1) * 4, 10, str)


def lu_matricule(s: str) -> bool:
    """Luxembourg, numéro d'identification national: ``YYYYMMDD`` + 3 digits, then a Luhn and a
    Verhoeff digit over those eleven."""
    from redactor.detect.pii.national_id_checks import verhoeff

    if not _digits(s, 13) or not date_ok(int(s[:4]), int(s[4:6]), int(s[6:8])):
        return False
    return luhn(s[:11] + s[11]) and verhoeff(s[:11] + s[12])


def ge_pn(s: str) -> bool:
    """Georgia, პირადი ნომერი: 11 digits, no check digit."""
    return _digits(s, 11)


# --- the Americas ---------------------------------------------------------------------------------


def ec_ci(s: str) -> bool:
    """Ecuador, cédula: 10 digits, province 01-24 (30, 50 abroad), third digit < 7, coefficients
    2,1,... with digit sums, mod 10."""
    if not _digits(s, 10) or not ("01" <= s[:2] <= "24" or s[:2] in ("30", "50")) or s[2] > "6":
        return False
    total = sum((lambda x: x - 9 if x > 9 else x)((2, 1)[i % 2] * int(c)) for i, c in enumerate(s))
    return total % 10 == 0


def do_cedula(s: str) -> bool:
    """Dominican Republic, cédula de identidad y electoral: 11 digits, Luhn."""
    return _digits(s, 11) and luhn(s)


def uy_ci(s: str) -> bool:
    """Uruguay, cédula de identidad: 6-7 digits and a check digit, weights 2,9,8,7,6,3,4, ``(10 - r) % 10``."""
    if not 7 <= len(s) <= 8 or not s.isdigit() or not _varied(s):
        return False
    s = s.zfill(8)
    return weighted_check(s, (2, 9, 8, 7, 6, 3, 4), 10, lambda r: str((10 - r) % 10))


def pe_cui(s: str) -> bool:
    """Peru DNI / CUI: 8 digits, optionally a check character (a digit or a letter)."""
    if len(s) == 8:
        return _digits(s, 8)
    if len(s) != 9 or not _digits(s[:8], 8):
        return False
    r = sum(w * int(c) for w, c in zip((3, 2, 7, 6, 5, 4, 3, 2), s, strict=False)) % 11
    return s[8] in ("65432110987"[r], "KJIHGFEDCBA"[r])


def br_pis(s: str) -> bool:
    """Brazil PIS/PASEP/NIT: 11 digits, weights 3,2,9,8,7,6,5,4,3,2, ``11 - r`` (10, 11 -> 0)."""
    return _digits(s, 11) and weighted_check(s, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), 11, _eleven_minus)


def br_cns(s: str) -> bool:
    """Brazil, Cartão Nacional de Saúde (CNS/SUS): 15 digits, first 1, 2, 7, 8 or 9, weights 15..1 sum to 0 mod 11."""
    weighted = sum(int(c) * w for c, w in zip(s, range(15, 0, -1), strict=True))
    return _digits(s, 15) and s[0] in "12789" and weighted % 11 == 0


def cu_ni(s: str) -> bool:
    """Cuba, carné de identidad: ``YYMMDD`` + century digit (9: 1800s, 0-5: 1900s, 6-8: 2000s) + 4 digits."""
    if not _digits(s, 11):
        return False
    century = 1800 if s[6] == "9" else 1900 if s[6] <= "5" else 2000
    return date_ok(century + int(s[:2]), int(s[2:4]), int(s[4:6]))


def ve_ci(s: str) -> bool:
    """Venezuela, cédula: ``V`` (citizen) or ``E`` (foreigner) and 6-9 digits."""
    return len(s) >= 7 and s[0] in "VE" and s[1:].isdigit() and 6 <= len(s) - 1 <= 9 and _varied(s[1:])


def shape_only(s: str) -> bool:
    """Kinds whose shape is all there is (the pattern decides); the number must not be a form filler."""
    return _varied(s)
