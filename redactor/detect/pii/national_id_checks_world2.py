"""Check digits of the session-16 national numbers (`national_id_data_world2`).

Each validator takes the compacted value (separators removed, upper case) and returns whether it
has the shape and check character its issuer's specification defines. Algorithms as published by
the issuing authorities (tax administrations, registries), in the same form as python-stdnum's
implementations where that library has one (Mozambique NUIT, Bulgarian LNCh, Mauritian NIC, French
numéro fiscal, Slovenian tax number, El Salvador NIT, Paraguayan RUC, Aadhaar VID).
"""

from __future__ import annotations

from redactor.detect.pii.national_id_checks import _varied, date_ok, verhoeff
from redactor.detect.pii.national_id_checks_world import _digits

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mz_nuit(s: str) -> bool:
    """Mozambique NUIT (tax number of persons and companies): 9 digits, weights 8,9,4,5,6,7,8,9,
    remainder mod 11 read through ``01234567891``."""
    if not _digits(s, 9):
        return False
    r = sum(w * int(d) for w, d in zip((8, 9, 4, 5, 6, 7, 8, 9), s[:8], strict=True)) % 11
    return "01234567891"[r] == s[8]


def bg_pnf(s: str) -> bool:
    """Bulgaria, ЛНЧ (personal number of a foreigner): 10 digits, weights 21,19,17,13,11,9,7,3,1,
    sum mod 10."""
    if not _digits(s, 10):
        return False
    return sum(w * int(d) for w, d in zip((21, 19, 17, 13, 11, 9, 7, 3, 1), s[:9], strict=True)) % 10 == int(s[9])


def mu_nid(s: str) -> bool:
    """Mauritius, national identity card number: surname initial, DDMMYY of birth, 6 digits, a check
    character: weights 14..2 over base-36 values, ``(17 - sum) mod 17``."""
    if len(s) != 14 or not s[0].isalpha() or not s[1:13].isdigit() or s[13] not in _ALNUM:
        return False
    if not (1 <= int(s[3:5]) <= 12 and 1 <= int(s[1:3]) <= 31):
        return False
    total = sum((14 - i) * _ALNUM.index(ch) for i, ch in enumerate(s[:13]))
    return _ALNUM[(17 - total) % 17] == s[13]


def in_vid(s: str) -> bool:
    """India, Aadhaar virtual id (VID): 16 digits, not starting 0 or 1, Verhoeff check digit."""
    return _digits(s, 16) and s[0] not in "01" and s != s[::-1] and verhoeff(s)


def fr_spi(s: str) -> bool:
    """France, numéro fiscal (SPI, tax number of persons): 13 digits, first 0-3, last three the
    first ten mod 511."""
    return _digits(s, 13) and s[0] in "0123" and int(s[:10]) % 511 == int(s[10:])


def si_davcna(s: str) -> bool:
    """Slovenia, davčna številka: 8 digits (no leading 0), weights 8..2, ``11 - r`` (10 is 0, 11
    invalid)."""
    if not _digits(s, 8) or s[0] == "0":
        return False
    check = 11 - sum((8 - i) * int(d) for i, d in enumerate(s[:7])) % 11
    return check != 11 and str(check % 10) == s[7]


def sv_nit(s: str) -> bool:
    """El Salvador NIT: 14 digits, municipality (first digit 0, 1 or 9), DDMMYY, sequence, check;
    old numbers (sequence <= 100) weights 14..2 ``r mod 10``, newer ones 2,7,6,5,4,3,2,7,6,5,4,3,2
    ``(-r mod 11) mod 10``."""
    if not _digits(s, 14) or s[0] not in "019":
        return False
    if s[10:13] <= "100":
        total = sum(int(d) * w for d, w in zip(s[:13], range(14, 1, -1), strict=True))
        return str(total % 11 % 10) == s[13]
    total = sum(int(d) * w for d, w in zip(s[:13], (2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    return str(-total % 11 % 10) == s[13]


def py_ruc(s: str) -> bool:
    """Paraguay RUC of a person (cédula number and check digit): 6-9 digits, weights 2,3,4... from
    the right, ``(-r mod 11) mod 10``."""
    if not (6 <= len(s) <= 9 and s.isdigit() and _varied(s)):
        return False
    total = sum((i + 2) * int(d) for i, d in enumerate(reversed(s[:-1])))
    return str(-total % 11 % 10) == s[-1]


def de_kvnr(s: str) -> bool:
    """Germany, Krankenversichertennummer (the fixed part): a letter, 8 digits, a check digit; the
    letter as two digits (A = 01), weights 1,2,1,2,... over the ten digits, digit sums of the
    products, mod 10. The specification's own example is refused."""
    if len(s) != 10 or not ("A" <= s[0] <= "Z") or not s[1:].isdigit() or s == "A123456780":
        return False
    digits = f"{ord(s[0]) - 64:02d}" + s[1:9]
    total = 0
    for i, d in enumerate(digits):
        p = int(d) * (1 + i % 2)
        total += p // 10 + p % 10
    return total % 10 == int(s[9]) and _varied(s[1:9])


def bh_cpr(s: str) -> bool:
    """Bahrain CPR number: 9 digits, the first four YYMM of birth."""
    return _digits(s, 9) and 1 <= int(s[2:4]) <= 12


def uz_pinfl(s: str) -> bool:
    """Uzbekistan ПИНФЛ / JShShIR: 14 digits, first 3-6 (sex and century), then DDMMYY of birth."""
    if not _digits(s, 14) or s[0] not in "3456":
        return False
    century = 1800 + 100 * ((int(s[0]) - 1) // 2)
    return date_ok(century + int(s[5:7]), int(s[3:5]), int(s[1:3]))


def kg_pin(s: str) -> bool:
    """Kyrgyzstan ПИН (personal identification number, also printed as ИНН): 14 digits, the sex
    digit 1 (female) or 2 (male), DDMMYYYY of birth, a 5-digit serial."""
    if not _digits(s, 14) or s[0] not in "12":
        return False
    return date_ok(int(s[5:9]), int(s[3:5]), int(s[1:3]))


def rw_nid(s: str) -> bool:
    """Rwanda national id (indangamuntu): 16 digits, category 1-3, birth year, sex 7 or 8."""
    return _digits(s, 16) and s[0] in "123" and 1900 <= int(s[1:5]) <= 2100 and s[5] in "78"


def shape(s: str) -> bool:
    """Kinds whose shape is all there is (the pattern decides); not a form filler."""
    return _varied(s)
