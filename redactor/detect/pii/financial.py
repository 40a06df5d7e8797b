"""Payment card numbers (Luhn) and IBANs (ISO 13616 mod-97).

A card number is 12 to 19 digits, optionally grouped by spaces or dashes, that passes the Luhn
check. With a card word nearby (``card``, ``cc``, ``visa``...) it is near-certain; without one it
must also carry a known issuer prefix and length, and not sit inside a hex string, a UUID or a
millisecond timestamp. An IBAN must have its country's length and a valid mod-97 checksum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector, window_before
from redactor.detect.pii._gates import Gates


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) checksum of a digit string."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_BRANDS = re.compile(
    r"4(?:\d{12}|\d{15}|\d{18})"  # Visa
    r"|5[1-5]\d{14}|2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}"  # Mastercard
    r"|3[47]\d{13}"  # American Express
    r"|6(?:011|5\d\d|4[4-9]\d)\d{12}(?:\d{3})?"  # Discover
    r"|35(?:2[89]|[3-8]\d)\d{12}(?:\d{3})?"  # JCB
    r"|3(?:0[0-5]|[68]\d)\d{11}"  # Diners Club
    r"|(?:5018|5020|5038|5893|6304|6759|676[1-3])\d{8,15}"  # Maestro
    r"|62\d{14,17}"  # UnionPay
    r"|9792\d{12}"  # Troy (Turkey)
    r"|220[0-4]\d{12}(?:\d{3})?"  # Mir (Russia)
)
_CARD = re.compile(r"(?<![\w.+/-])(\d(?:[ -]?\d){11,18})(?![\w]|[.-]\w)")
_CARD_GATE = Gates({"card": r"\d(?:[ -]?\d){11}"})
"""Twelve digits, single spaces or hyphens between them: a piece of every `_CARD` match."""
CARD_WORDS = (
    "card",
    "cc ",
    "cc#",
    "cc:",
    "cc no",
    "credit",
    "debit",
    "visa",
    "mastercard",
    "master card",
    "amex",
    "american express",
    "discover",
    "jcb",
    "diners",
    "maestro",
    "unionpay",
    "payment",
    "pan ",
    "pan:",
    "cvv",
    "expir",
    "billing",
    # "card" in other languages (a window holding one before a Luhn-valid number): Turkish and
    # Nordic/Polish/Czech/Russian, German (Kreditkarte), Dutch, Spanish, French, Portuguese, Italian,
    # Hungarian, Finnish, Indonesian/Malay, Vietnamese, Korean, Arabic, Chinese/Japanese
    "kart",
    "kort ",
    "kort:",
    "kaart",
    "tarjeta",
    "carte ",
    "cart\u00e3o",
    "carta di",
    "k\u00e1rty",
    "kortin",
    "kortti",
    "kartu",
    "th\u1ebb",
    "\u043a\u0430\u0440\u0442",
    "\uce74\ub4dc",
    "\u0628\u0637\u0627\u0642\u0629",
    "\u5361\u53f7",
    "\u30ab\u30fc\u30c9",
)


_ABBREVIATIONS = re.compile(r"(?<![^\W\d_])(?:cc[ #:]|cc no|pan[ :])")
"""The short card words of `CARD_WORDS` as whole words: ``SSCC 0034...`` (a GS1 shipping
container code), ``Japan 1234`` hold the letters but are no card context."""


def card_context(window: str) -> bool:
    """Whether the lower-cased `window` before a number holds a card word of `CARD_WORDS` (the
    abbreviations ``cc`` and ``pan`` only as whole words)."""
    if any(w in window for w in CARD_WORDS if not w.startswith(("cc", "pan"))):
        return True
    return _ABBREVIATIONS.search(window) is not None


def card_ok(value: str) -> bool:
    """A Luhn-valid 12 to 19 digit number that is not a test or dummy number: more than two
    distinct digits (not ``4242 4242 4242 4242``) and no digit filling three quarters of it
    (not the sandbox cards ``4000 0000 0000 0002``, ``5555 5555 5555 4444``; a real number
    has such a run with a chance of about one in ten million)."""
    digits = re.sub(r"[ -]", "", value)
    if not (12 <= len(digits) <= 19 and luhn_valid(digits) and len(set(digits)) > 2):
        return False
    return max(digits.count(d) for d in set(digits)) * 4 < len(digits) * 3


class CreditCardDetector(ViewDetector):
    """Payment card numbers (``pii.credit_card``)."""

    name = "pii.credit_card"
    entities: tuple[str, ...] = ("CREDIT_CARD",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "card" not in _CARD_GATE.passed(text, self.gated):
            return
        for m in _CARD.finditer(text):
            value = m.group(1)
            if not card_ok(value):
                continue
            seps = set(re.sub(r"\d", "", value))
            if len(seps) > 1:
                continue
            digits = re.sub(r"\D", "", value)
            context = card_context(window_before(text, m.start(), 64))
            if context:
                yield ("CREDIT_CARD", m.start(1), m.end(1), 0.95)
                continue
            if not _BRANDS.fullmatch(digits):
                continue
            if seps and not re.fullmatch(r"\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5}", value):
                continue  # grouped, but not as cards are grouped
            if info.kind_at(m.start()) in ("code", "data", "path", "log"):
                continue
            yield ("CREDIT_CARD", m.start(1), m.end(1), 0.7)


IBAN_LENGTHS: dict[str, int] = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BI": 27,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DJ": 27,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FK": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "LY": 25,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MN": 20,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NI": 28,
    "NL": 18,
    "NO": 15,
    "OM": 23,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "RU": 33,
    "SA": 24,
    "SC": 31,
    "SD": 18,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "SO": 23,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
    "YE": 30,
}
"""Country code -> IBAN length (SWIFT IBAN registry)."""

_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8})(?![A-Za-z0-9])")
_IBAN_GATE = Gates({"iban": r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3}"})
"""A country code, check digits and three groups: a piece of every `_IBAN` match."""


def iban_valid(value: str) -> bool:
    """Country length and ISO 7064 mod-97-10 checksum."""
    s = value.replace(" ", "").upper()
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


class IbanDetector(ViewDetector):
    """International bank account numbers (``pii.iban``)."""

    name = "pii.iban"
    shares_results = True  # pii.contact_row reads them too
    entities: tuple[str, ...] = ("IBAN_CODE",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "iban" not in _IBAN_GATE.passed(text, self.gated):
            return
        for m in _IBAN.finditer(text):
            value = m.group(1)
            # The greedy groups may have swallowed a following word: try shorter prefixes too.
            compact_len = IBAN_LENGTHS.get(value[:2])
            if compact_len is None:
                continue
            end = _prefix_end(value, compact_len)
            if end is None or not iban_valid(value[:end]):
                continue
            yield ("IBAN_CODE", m.start(1), m.start(1) + end, 0.95)


def _prefix_end(value: str, compact_len: int) -> int | None:
    count = 0
    for i, c in enumerate(value):
        if c != " ":
            count += 1
        if count == compact_len:
            return i + 1
    return None
