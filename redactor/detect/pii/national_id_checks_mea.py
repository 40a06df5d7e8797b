"""Check algorithms of three more national numbers (`national_id_data` rows ``ir.melli``,
``ae.eid``, ``id.nik``); each takes the number with its separators removed.

* Iran, ``kod-e melli`` (کد ملی): ten digits, the last a check digit: ``s = sum(d[i] * (10 - i))``
  over the first nine, ``r = s mod 11``; the check is ``r`` when ``r < 2``, else ``11 - r``.
* United Arab Emirates, Emirates ID (الهوية الإماراتية): ``784-YYYY-NNNNNNN-C``, fifteen digits
  opening with the ISO country code 784 and a birth year; the last is a Luhn check digit.
* Indonesia, NIK (Nomor Induk Kependudukan): sixteen digits, ``PP RR DD`` (province 11-94,
  regency, district), the birth date ``DDMMYY`` (40 added to the day for women), a serial; no
  check digit, so the province and the date carry it (taken only after its own cue).
"""

from __future__ import annotations

from redactor.detect.pii.national_id_checks import _varied, _yy, date_ok, luhn


def ir_melli(s: str) -> bool:
    if len(s) != 10 or not s.isdigit() or len(set(s)) < 3:
        return False
    r = sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    return int(s[9]) == (r if r < 2 else 11 - r)


def ae_eid(s: str) -> bool:
    if len(s) != 15 or not s.isdigit() or not s.startswith("784"):
        return False
    return date_ok(int(s[3:7]), 1, 1) and luhn(s)


def id_nik(s: str) -> bool:
    if len(s) != 16 or not s.isdigit() or not 11 <= int(s[:2]) <= 94 or not _varied(s):
        return False
    day = int(s[6:8])
    day = day - 40 if day > 40 else day
    return date_ok(_yy(int(s[10:12])), int(s[8:10]), day)
