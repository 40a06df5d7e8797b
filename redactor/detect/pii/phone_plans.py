"""Pass 2 of ``pii.phone`` (`redactor.detect.pii.phones`): numbering plans, for candidates pass 1 left.

Wider separators (``/``, no-break and thin spaces, dashes), digits of any script (Arabic-Indic,
Persian, Devanagari, full-width), phone words of many languages (`redactor.detect.pii.phone_vocab`),
and libphonenumber validation:

* ``+CC`` / ``00CC`` numbers: valid for their country code (`phonenumbers.is_valid_number`),
  or possible (right length) with a phone word nearby;
* national numbers with a phone word: the same plausibility checks as pass 1;
* national numbers without one: valid for a region the surrounding text points to and grouped as
  that region writes them (`redactor.detect.pii.phone_groupings`), or a whole cell of a record row
  that also holds an e-mail address.

Year ranges (``2000-2006``), signed decimals, dotted quads and CIDR blocks, and groups of hex
fingerprints (``8AA3 6115 2586 B8EF``) are rejected. libphonenumber runs only on candidates that
survived the cheap checks.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort

import phonenumbers

from redactor.detect.pii._base import Finding, TextInfo, window_before
from redactor.detect.pii.number_kinds import not_a_phone
from redactor.detect.pii.phone_groupings import groups, valid_national
from redactor.detect.pii.phone_shapes import (
    COMPACT_TIMESTAMP,
    DATE,
    EPOCH,
    MACHINE_KINDS,
    has_context,
    phone_digits,
    plausible_phone,
    preceded_by_version_or_money,
)
from redactor.detect.pii.phone_vocab import regions_near

__all__ = ["MONEY_AFTER", "WIDE", "plan_findings"]

_SEP = "[ .\\-/\u00a0\u2007\u2009\u202f\u3000\u2010\u2011\u2012\u2013\uff0d]"
"""One separator character: space, dot, dash, slash, no-break / figure / thin / narrow no-break /
ideographic spaces, hyphen and dash variants, full-width hyphen-minus."""
WIDE = re.compile(
    r"(?=[+\uff0b(\d%])"  # the first character (as in `phone_shapes._PHONE`; ``%`` of a URL-encoded ``+``)
    r"(?:(?<![0-9A-Za-z_+./:#=@$%\\-])(?<!\d)(?!%)|(?<=[:=])(?=[+\uff0b]|%2[Bb]\d)"  # key=+CC..., phone=%2BCC...
    r"|(?<=[^\x00-\x7f]:)(?=\d)"  # 手机:138 1762 4409, 电话:13800138000: a label of another script, an ASCII colon
    r"|(?<=[\s(][\u05d0-\u05ea][-\u05be])|(?<=[\s(][\u05d0-\u05ea]{2}[-\u05be])"  # Hebrew ל-052..., ול-052...
    r"|(?<=\b(?:ku|ka)-)|(?<=\b(?:ngu|nge|ngo|kwa)-))"  # Nguni (Zulu, Xhosa) ku-+27..., ngu-083...
    r"(?P<num>"
    r"(?:[+\uff0b]|%2[Bb](?=\d))?"
    r"(?:\([ ]?[+\uff0b]?\d{1,5}(?: \d{1,4})?[ ]?\)" + _SEP + r"{0,2})?"
    r"\d{1,15}"
    r"(?:(?:" + _SEP + r"{1,3}|" + _SEP + r"?\(\d{1,4}\)" + _SEP + r"{0,2})\d{1,10}){0,6}"
    r")"
    r"(?P<ext>"
    + _SEP
    + r"{0,2}(?:x|ext\.?|extension|доб\.?|poste|durchwahl|interno|내선|內線|分機|转)"
    + _SEP
    + r"{0,2}\d{1,6})?"
    r"(?![0-9A-Za-z_]|\d|[.,/:-]\d)",  # a letter of another script may follow: 电话13900112233请
    re.IGNORECASE,
)
_SEP_CHARS = re.compile(_SEP + "+")
_INTL_PREFIX = re.compile(r"^(?:00|011)(?=[1-9])")
_INTL_PREFIX_GROUP = re.compile(r"(?:00|011)[1-9]\d{0,2} ")
"""``00`` / ``011`` and a country code as a group of its own, followed by a space."""
_DOTTED_QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_NATIONAL_SHAPE = re.compile(r"(?=(?:\D*\d){8,13}\D*$)(?:\(\d{1,5}(?: \d{1,4})?\)|\d{1,6})(?:\D{1,3}\d{1,9}){1,4}")
"""What a national number without a phone word must look like to be looked up: 8 to 13 digits, an
area code of at most 6 digits (or in parentheses), then one to four groups."""
_HEX_BEFORE = re.compile(r"(?<![\w-])(?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{2,}[ :]$")
_HEX_AFTER = re.compile(r"[ :](?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{2,}(?![\w-])")
"""A neighbouring group of hex digits with a letter and a digit (``8AA3``, ``B8EF``)."""
_DECIMAL = re.compile(r"\+?\d+\.\d+")
_YEAR_RANGE = re.compile(r"(?:1[89]|20)\d\d ?[-/] ?(?:1[89]|20)\d\d")
_FRACTIONISH = re.compile(r"^\d{1,4}/\d{1,4}(?:/\d{1,4})?$")
MONEY_AFTER = re.compile(
    r"[ \u00a0]?(?:kr\b|kr\.|(?:nok|sek|dkk|isk|eur|usd|gbp|chf|pln|czk|huf|ron|rub|uah|try|inr|zar|kes|ngn)\b"
    r"|,-|[\u20ac$\u00a3\u20bd\u20b4\u20ba\u20b9])",
    re.IGNORECASE,
)
"""A currency right after a number: the number is an amount (``45 000 000 kr``, ``412 34 567 NOK``)."""


def _normalise(num: str) -> str:
    """`num` with ASCII digits, an ASCII ``+``, ASCII spaces for the other spaces and ``-`` for
    the other dashes, character for character."""
    if num.isascii():
        return num
    out: list[str] = []
    for c in num:
        if c.isdecimal():
            out.append(str(unicodedata.decimal(c)))
        elif c in "+\uff0b":
            out.append("+")
        elif c in "\u2010\u2011\u2012\u2013\uff0d":
            out.append("-")
        elif c in "\u00a0\u2007\u2009\u202f\u3000":
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


def _intl_number(num: str) -> phonenumbers.PhoneNumber | None:
    """The parsed ``+CC`` / ``00CC`` / ``011CC`` number, or None when `num` has no international prefix."""
    digits = phone_digits(num)
    stripped = num.lstrip("( ")
    if stripped.startswith("+"):
        candidate = "+" + digits
    elif _INTL_PREFIX_GROUP.match(num):  # 0049 30 123456, 001 201-555-0123; not 001-253-366-9781
        candidate = "+" + _INTL_PREFIX.sub("", digits)
    else:
        return None
    try:
        return phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return None


def plan_findings(info: TextInfo, taken: list[Finding]) -> list[Finding]:
    """Pass 2 over `info`, given pass 1's findings `taken`: the findings of both passes. A pass-2
    number that contains pass-1 findings (``(601) 2345678`` around ``2345678``) replaces them.

    The findings so far are kept in order (a dict by insertion key) and indexed by start, so each
    candidate looks only at findings that can overlap it: linear in the text, not in the square of
    the number of phone numbers on it."""
    out: dict[int, Finding] = dict(enumerate(taken))
    index = sorted((f[1], k) for k, f in out.items())  # (start, key), kept sorted
    widest = max((f[2] - f[1] for f in taken), default=0)
    next_key = len(taken)
    for m in WIDE.finditer(info.text):
        start, end = m.start(), m.end()
        if end - start < 7:
            continue  # fewer than seven characters hold fewer than seven digits
        lo, hi = bisect_left(index, (start - widest,)), bisect_left(index, (end,))
        keys = [k for _, k in index[lo:hi] if out[k][2] > start]
        inside = [out[k] for k in keys]
        if any(f[1] < start or f[2] > end for f in inside) or any(f[2] - f[1] == end - start for f in inside):
            continue  # pass 1 found this number, or one that overlaps it from outside
        found = _plan_finding(info, m)
        if found is not None and not_a_phone(info.text, start, end):
            found = None  # "project_number": "4921...", "create_at": 1741..., a logcat pid and tid
        if found is not None:
            for k in keys:
                at = bisect_left(index, (out.pop(k)[1], k))
                del index[at]
            key, next_key = next_key, next_key + 1
            insort(index, (found[1], key))
            out[key] = found
            widest = max(widest, found[2] - found[1])
    return list(out.values())


def _plan_finding(info: TextInfo, m: re.Match[str]) -> Finding | None:
    """The finding for pass-2 candidate `m`, or None when it is not accepted as a phone number."""
    text = info.text
    start, end = m.start(), m.end()
    num = _normalise(m.group("num")).strip(" -./")
    encoded = num[:3] in ("%2B", "%2b")
    if encoded:
        num = "+" + num[3:]  # phone=%2B2348125504418: a URL-encoded form body or query string
    digits = phone_digits(num)
    if not 7 <= len(digits) <= 17 or len(set(digits)) <= 2:
        return None
    if num[0] != "+" and COMPACT_TIMESTAMP.fullmatch(digits):
        return None  # 20261120091203
    if not plausible_phone(_SEP_CHARS.sub(" ", num) if "/" in num else num) or _FRACTIONISH.match(num):
        return None
    if DATE.match(num.replace(" ", "")) or (num[0] != "+" and _DOTTED_QUAD.search(num)):
        return None  # 2024/05/12, 172.19.0.5/16 (+61.412.345.678 is a number)
    if preceded_by_version_or_money(window_before(text, start, 48)):
        return None
    if _HEX_BEFORE.search(text, max(0, start - 24), start) or _HEX_AFTER.match(text, end):
        return None  # a group of a fingerprint or hash: 8AA3 6115 2586 B8EF
    intl = _intl_number(num)
    if start > 0 and text[start - 1] in ":=":  # key=+CC...: a valid number; in code and logs a phone word too
        if intl is None and text[start - 1] == ":" and not text[start - 2].isascii():
            # 手机:138 1762 4409: a national number after a label of another script, with its phone word
            if has_context(info, start, end) and not EPOCH.fullmatch(digits) and len(digits) <= 15:
                return ("PHONE_NUMBER", start, end, 0.8)
            return None
        if intl is None or not phonenumbers.is_valid_number(intl):
            return None
        if encoded or info.kind_at(start) not in MACHINE_KINDS or has_context(info, start, end):
            return ("PHONE_NUMBER", start, end, 0.85)  # To=%2B14155550123: URL-encoded, in any segment
        return None
    if intl is not None:
        if _DECIMAL.fullmatch(num):
            # +45.92828268 is a signed decimal; +420.603214877 after "Phone:" is the EPP / WHOIS
            # form of a number (RFC 5733: +CC.digits): valid for its country code, with a phone word
            if phonenumbers.is_valid_number(intl) and has_context(info, start, end):
                return ("PHONE_NUMBER", start, end, 0.8)
            return None
        if phonenumbers.is_valid_number(intl):
            return ("PHONE_NUMBER", start, end, 0.85)
        if phonenumbers.is_possible_number(intl) and has_context(info, start, end):
            return ("PHONE_NUMBER", start, end, 0.75)
        return None
    grouped = len(groups(num)) >= 2
    if not grouped and digits[0] != "0" and len(digits) < 9:
        return None  # 1234567: no shape a phone word could confirm
    if _YEAR_RANGE.fullmatch(num):
        return None  # 2000-2006
    if has_context(info, start, end):
        return ("PHONE_NUMBER", start, end, 0.8) if len(digits) <= 15 else None
    if not grouped and EPOCH.fullmatch(digits):
        return None  # 1718040000
    if MONEY_AFTER.match(text, end):
        return None  # 45 000 000 kr, 412 34 567 NOK: an amount, whatever its grouping
    if not _NATIONAL_SHAPE.fullmatch(num):
        return None
    if grouped and not digits.startswith("00") and _contact_cell(text, start, end):
        return ("PHONE_NUMBER", start, end, 0.7)
    if info.kind_at(start) in MACHINE_KINDS:
        # markup, tables, logs: only a region named by a ccTLD, country or script, and its exact grouping
        strong = regions_near(text, start, end, strong=True)
        if strong and valid_national(num, strong, exact=True):
            return ("PHONE_NUMBER", start, end, 0.7)
        return None
    regions = regions_near(text, start, end)
    if regions and valid_national(num, regions):
        return ("PHONE_NUMBER", start, end, 0.75)
    return None


_CELL_SEPARATORS = "|;\t,"
_ROW_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _contact_cell(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is a whole cell of a record row that also holds an
    e-mail address: a contact list or CRM export without a header (``Jane Doe | 050 123 4567 |
    jane@example.com``, ``Kofi Mensah; 024 412 3456; kofi@...``). No region need be named: the
    row is about a person, and the number is grouped as people write theirs (see the caller)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    before = text[ls:start].rstrip(" ")
    after = text[end:le].lstrip(" ")
    if (before and before[-1] not in _CELL_SEPARATORS) or (after and after[0] not in _CELL_SEPARATORS):
        return False
    return _ROW_EMAIL.search(text, ls, le) is not None
