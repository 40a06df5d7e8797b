"""Payment-HSM keys under their standard names (session 17, late round).

Card-payment switches, ATM and POS configurations name their DES/AES keys by the acronyms of
ANSI X9.24 and the HSM manuals (Thales payShield, Atalla): ZMK/ZCMK (zone master key), ZPK (zone
PIN key), ZAK/ZEK, TMK (terminal master key), TPK/TAK/TEK, BDK (base derivation key), IPEK, KEK,
PEK, MAK, CVK, PVK, KBPK. The value is a key of single, double or triple length: 16, 32 or 48 hex
digits, optionally after a key-scheme letter (``U``, ``T``, ``X``, ``Y``). `keys.classify` knows
none of these names, so ``switch.zmk=<32 hex>`` went unread. A key check value (``kcv``, 6 hex) is
public and a name holding a check/index/length/type word is about the key, not the key.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.keys import words

_NAMES = "zmk|zcmk|zpk|zak|zek|tmk|tpk|tak|tek|bdk|ipek|kek|pek|mak|cvk|pvk|kbpk"
_PAYMENT_KEY = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?P<k>(?:[A-Za-z0-9]+[._\-])*(?:{_NAMES})(?:[._\-][A-Za-z0-9]+)*)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<v>[UTXY]?(?:[0-9A-Fa-f]{48}|[0-9A-Fa-f]{32}|[0-9A-Fa-f]{16}))(?![0-9A-Za-z])"
)
_NOT_THE_KEY = frozenset(
    {"kcv", "check", "cv", "index", "idx", "id", "name", "label", "len", "length", "type", "scheme", "slot", "version"}
)
SCORE = 0.85
PREFILTER = tuple(n for n in _NAMES.split("|") if n not in ("tak", "zak", "mak"))
"""Substrings that let the generic detector run (``tak``/``zak``/``mak`` hold its ``ak`` already)."""
_TEST_PATTERNS = "0123456789ABCDEF" * 3 + "FEDCBA9876543210" * 3 + "0123456789ABCDEF"
"""Runs of the hex digits (and the ANSI X9.24 test BDK ``0123456789ABCDEFFEDCBA9876543210``)."""


def payment_keys(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of each payment-HSM key value in `text` (``prosa.zmk=<hex>``)."""
    low = text.lower()
    if not any(n in low for n in _NAMES.split("|")):
        return []
    out: list[tuple[int, int, float]] = []
    for m in _PAYMENT_KEY.finditer(text):
        ws = set(words(m.group("k")))
        if ws & _NOT_THE_KEY or not ws & set(_NAMES.split("|")):
            continue
        hexpart = m.group("v").lstrip("UTXYutxy") if len(m.group("v")) % 2 else m.group("v")
        if len(set(hexpart.lower())) < 6 or hexpart.upper() in _TEST_PATTERNS:
            continue  # ``0000...``, ``0123456789ABCDEF``, the X9.24 test BDK: published, no secret
        out.append((m.start("v"), m.end("v"), SCORE))
    return out
