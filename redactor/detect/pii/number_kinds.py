"""Digit runs that say what they are: identifiers, times and process ids, never phone numbers.

A phone detector sees seven to fifteen digits and looks for a phone word nearby; these numbers
carry a stronger word of their own, so the digits are something else whatever is near them:

- the value of a key that names an identifier or a time (``"id": 5811230945``,
  ``"project_number": "492117730181"``, ``"create_at": 1741161600000``, ``"@timestamp": ...``),
  unless the key also names a phone (``wa_id``, ``phone_number``, ``contact_no``) or the value
  is written with its ``+`` country code;
- a number labelled as another kind of number (``VAT number 399999999900003``, ``order no.
  88213``, ``tracking number``): `OTHER_NUMBERS` qualifies the word "number" (a phone word on
  its own) into a non-phone one;
- the process and thread ids of an Android logcat line (``11-24 09:14:02.118  4410  4410 E Tag:``).

`measured` says it of an address candidate that opens with a quantity: ``61204 MiB``, ``80 GB``,
``2400 MHz`` (nvidia-smi, free, lscpu output) are hardware figures, not a house number and a street.

`log_timestamp` says the same of dates: a date and a time of day that open a line are the time
of a log record (``2026-11-21T08:09:47Z level=warn ...``), not a birth date written near ``dob=``.

Kinds of number that could be personal (account, card, licence, passport, patient, member
numbers) are not listed: such a value stays masked by whichever detector finds it.
"""

from __future__ import annotations

import re

from redactor.detect.pii._vocab import words

OTHER_NUMBERS: frozenset[str] = words("""
    project vat order invoice serial part model version build case ticket reference ref tracking
    item batch lot sequence page port process issue job run release receipt transaction confirmation
    booking shipment commit revision error request instance node cluster container sku product
    catalog catalogue po pr row column step
""")
"""Nouns that make "number" (``no``, ``nr``, ``num``, ``#``) something other than a phone number."""

_ID_HEADS: frozenset[str] = words("""
    id ids uuid guid ts timestamp time at date datetime epoch created updated modified expires expiry
    iat exp nbf millis ms seconds
""")
"""Last words of keys that name an identifier or a time."""
_NUMBER_HEADS: frozenset[str] = words("number numbers no num nr")
_PHONE_KEY_WORDS: frozenset[str] = words("""
    phone phones msisdn mobile cell tel telephone whatsapp wa waid fax sms caller callee contact
    landline handy call reach dial text sender recipient from to
""")
"""Key words that keep a value a phone candidate (``wa_id``, ``contact_no``)."""

_KEY_CHARS = frozenset("@_.-")
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_LABEL_BEFORE = re.compile(r"(?i)\b([a-z]+)[ \t_-]+(?:number|no\.?|nr\.?|num\.?|#)[ \t]*[:=]?[ \t]*[`\"'(]?[ \t]*$")
_LOGCAT_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[ \t]+$")
_LOGCAT_AFTER = re.compile(r"[ \t]+[VDIWEFA][ \t]+\S")


def _key_before(before: str) -> str:
    """The key of a ``key: value`` / ``"key": "value"`` / ``key=value`` that ends right before a
    value (read backwards from its end: quotes, blanks, the operator, quotes, the key), or ""."""
    tail = before.rstrip(" \t").rstrip("\"'").rstrip("\\").rstrip(" \t")
    if not tail.endswith((":", "=")):
        return ""
    k = tail[:-1].rstrip(" \t").rstrip("\"'").rstrip("\\")
    i = len(k)
    while i > 0 and len(k) - i < 60 and (k[i - 1].isalnum() or k[i - 1] in _KEY_CHARS):
        i -= 1
    return k[i:]


def not_a_phone(text: str, start: int, end: int) -> bool:
    """Whether the digits at `[start, end)` are an identifier, a time or a process id by what is
    written right before them (see the module docs). A number written with its ``+`` country
    code is a phone number wherever it stands, unless it is a signed decimal (`signed_decimal`)."""
    if signed_decimal(text, start, end):
        return True
    if text.startswith(("+", "\uff0b", "(+"), start):
        return False
    before = text[max(0, start - 80) : start]
    ws = [w.lower() for w in _WORD.findall(_key_before(before))]
    if ws and not any(w in _PHONE_KEY_WORDS for w in ws):
        if ws[-1] in _ID_HEADS:
            return True
        if ws[-1] in _NUMBER_HEADS and len(ws) >= 2 and ws[-2] in OTHER_NUMBERS:
            return True
    label = _LABEL_BEFORE.search(before, max(0, len(before) - 40))
    if label is not None and label.group(1).lower() in OTHER_NUMBERS:
        return True
    return (
        before[-1:] in (" ", "\t")
        and _LOGCAT_BEFORE.search(before, max(0, len(before) - 40)) is not None
        and _LOGCAT_AFTER.match(text, end) is not None
    )


_SIGNED_DECIMAL = re.compile(r"[+-]\d{1,3}\.\d{4,}")
_EPP_WORDS: frozenset[str] = words("phone phones msisdn mobile cell tel telephone whatsapp fax sms voice landline")
"""Words that make ``+CC.digits`` the EPP/WHOIS form of a number (RFC 5733: ``<contact:voice>``,
``Phone: +420.603214877``) rather than a quantity."""


def signed_decimal(text: str, start: int, end: int) -> bool:
    """Whether `[start, end)` is a signed decimal with four or more decimals (a coordinate, a
    delta, a reading: ``lat +45.92828268``, ``drift +12.5034567``) and no phone word precedes it on
    its line (`_EPP_WORDS`: ``Phone: +420.603214877`` is a number in the EPP form)."""
    if _SIGNED_DECIMAL.fullmatch(text, start, end) is None:
        return False
    line = text[max(text.rfind("\n", 0, start) + 1, start - 48) : start]
    return not any(w.lower() in _EPP_WORDS for w in _WORD.findall(line))


_LINE_OPEN = re.compile(r"(?:^|\n|\\n)[ \t\[]*$")
"""A line's start, possibly after blanks or a ``[``; ``\\n`` also ends a line in a JSON-escaped log."""
_TIME_AFTER = re.compile(r"(?:T|[ \t]+)\d\d:\d\d")


def log_timestamp(text: str, start: int, end: int) -> bool:
    """Whether the date at `[start, end)` opens a line and a time of day follows it: a log record's
    time (``2026-11-21T08:09:47Z``, ``2026-11-19 08:02:40 INFO``)."""
    return _TIME_AFTER.match(text, end) is not None and _LINE_OPEN.search(text, max(0, start - 8), start) is not None


_UNIT_AFTER = re.compile(
    r"\d[\d.,]*[ \t]?(?:[KMGTPE]i?B|[kKMGT]b(?:ps|it)?|[kMG]Hz|[mµn]s|MB/s|GB/s|RPM|rpm|IOPS|kW|mAh|°C|%)(?![A-Za-z])"
)
"""A number and a unit of data, rate, frequency, time, power or temperature right after it."""


def measured(text: str, start: int) -> bool:
    """Whether the candidate at `start` opens with a number and a unit (``61204 MiB``): a figure."""
    return _UNIT_AFTER.match(text, start) is not None
