"""Phone numbers (``pii.phone``): shape rules, then libphonenumber for the world's numbering plans.

Two passes over the text, both behind one gate (seven digits close together) so text without
a digit run costs one regex search:

1. **Shape rules** (`_shape_findings`): a number of 7 to 15 digits in one of the shapes people
   write (``+41 044 444 99 39``, ``(602)272-9781``, ``259.735.7502x459``, ``0496 46 46 70``).
   Unambiguous shapes (a ``+`` country code, a parenthesised area code, ``ddd-ddd-dddd``, an
   extension) are accepted alone; any other digit group needs an English (or common) phone word
   nearby. Dates, times, IP addresses, versions, money and 10-digit epoch seconds are rejected.
2. **Numbering plans** (`_plan_findings`), for candidates pass 1 left: wider separators (``/``,
   no-break and thin spaces, dashes), digits of any script (Arabic-Indic, Persian, Devanagari,
   full-width), phone words of many languages (`redactor.detect.pii.phone_vocab`), and
   libphonenumber validation:

   * ``+CC`` / ``00CC`` numbers: valid for their country code (`phonenumbers.is_valid_number`),
     or possible (right length) with a phone word nearby;
   * national numbers with a phone word: the same plausibility checks as pass 1;
   * national numbers without one: valid for a region the surrounding text points to (its
     script, its language's function words, country names, ccTLDs of nearby addresses) and
     written with that region's area code as the first group (``020 7946 0958`` in London,
     ``06 12 34 56 78`` in Paris, ``0151/23456789`` in Berlin). In code, logs, markup and
     tables only a ccTLD, country name or script may name the region, and the whole grouping
     must be the region's national format.

   Pass 2 also rejects year ranges (``2000-2006``), signed decimals, dotted quads and CIDR
   blocks, and groups of hex fingerprints (``8AA3 6115 2586 B8EF``). libphonenumber runs only
   on candidates that survived the cheap checks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector, window_before
from redactor.detect.pii.number_kinds import not_a_phone
from redactor.detect.pii.phone_vocab import (
    PHONE_KEY,
    PHONE_LABEL,
    PHONE_WORDS_AFTER,
    PHONE_WORDS_ANY,
    regions_near,
)
from redactor.detect.pii.table_columns import column_cells

__all__ = ["PhoneDetector", "phone_digits", "plausible_phone"]

_GATE = re.compile(r"\d(?:[^\d\n]{0,3}\d){6}")
"""Seven digits, each within three characters of the next: every candidate of both passes
contains such a run (a separator is at most three characters: ``) (``, `` / ``). Python's ``re``
on purpose: on this pattern it is faster than RE2 through its wrapper, and reads any text."""

# ---- pass 1: shape rules (unchanged behaviour of the original detector) ----

_PHONE = re.compile(
    r"(?=[\d+(])"  # the first character (every alternative starts so): rejects most positions fast
    r"(?:(?<![\w+./:#=-])|(?<=:)(?=\+))"
    r"(?P<num>"
    r"(?:\+\d{1,3}[ .-]?|\d{1,2}[ ]?(?=\(\d))?(?:\(\d{1,5}\)[ .-]?)?\d{1,6}(?:[ .-]\d{1,8}){1,5}"
    r"|\+\d{7,15}|\(\d{1,5}\)\d{5,10}|\d{7,15}"
    r")"
    r"(?P<ext>[ ]?(?:x|ext\.?|#)[ ]?\d{1,5})?"
    r"(?![\w]|[.,/:-]\d)"
)
_PHONE_WORDS = re.compile(
    r"(?<![a-z])(?:(?:phones?|tel|telephone|mobile|cell|fax)(?:numbers?|no|num|nr)?|desk|office|call|calling|called|rang|dialled|dialed"
    r"|line is|line:|text me|sms|whatsapp|signal|viber|voicemail"
    r"|contact|reach|number|messages to|answering|registered|dial|ring me|hotline|landline|telefon|tlf"
    r"|mob|ph|home|work|num[ée]ro|n[úu]mero|t[ée]l[ée]phone|tel[ée]fono|telefone|celular|m[óo]vil|portable"
    r"|handy|rufnummer)(?![a-z])"
    r"|\u96fb\u8a71|\u7535\u8bdd|\u624b\u673a|\u624b\u6a5f|\u643a\u5e2f|\u9023\u7d61\u5148|\u8054\u7cfb\u65b9\u5f0f|tel\uff1a"
    r"|\uc804\ud654|\uc5f0\ub77d\ucc98|\ud734\ub300\ud3f0|\ud578\ub4dc\ud3f0"
    r"|\u0647\u0627\u062a\u0641|\u062c\u0648\u0627\u0644|\u05d8\u05dc\u05e4\u05d5\u05df|\u092b\u093c?\u094b\u0928|\u092e\u094b\u092c\u093e\u0907\u0932"
    r"|(?<![\u0430-\u044f\u0451])(?:\u0442\u0435\u043b|\u043c\u043e\u0431)(?:\u0435\u0444\u043e\u043d|\.|:)"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s,;/)(]{1,4}$",  # right after an e-mail: "(ann@x.com, 020 7946 0068)"
    # 電話 电话 手机 手機 携帯 連絡先 联系方式, 전화 연락처 휴대폰 핸드폰, هاتف جوال, טלפון, फ़ोन मोबाइल,
    # тел(ефон) моб.
    re.IGNORECASE,
)
_PHONE_AFTER = re.compile(r"\s?[-(]?\s?(?:office|fax|mobile|cell|home|work|desk|tel|phone)\b", re.IGNORECASE)
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2}$")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}$")
_STRONG = re.compile(
    r"\+\d|\(\d{2,5}\)|^\d{3}[-.]\d{3}[-.]\d{4}$|^\d{3}-\d{4}$|^1[-.]\d{3}[-.]\d{3}[-.]\d{4}$|^0\d{1,4}[-]\d{5,8}$"
    r"|^0[1-9](?:[ .]\d{2}){4}$"
)
_EPOCH = re.compile(r"1[0-9]{9}(?:\d{3})?$")
_VERSIONISH = re.compile(r"(?:\bv|version|ver\.|release|build|\$|€|£|usd|eur|id[:= ]|#|port|pid)\s*$")
_NON_DIGITS = re.compile(r"\D+")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_GROUP_SEP = re.compile(r"[ .-]")
_COMPACT_TIMESTAMP = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\d{3})?)?"
)
"""A compact timestamp, ``YYYYMMDDhhmm[ss[mmm]]`` (CDR and log fields: ``20261120091203``)."""
_DOTTED_OK = re.compile(r"\+.*|\d{3}\.\d{3}\.\d{4}")
_MACHINE_KINDS = frozenset({"code", "log", "path", "diff"})
_ZERO_FILLED = re.compile(r"\d{0,4}0{8,}")
"""A zero-filled placeholder (``+385 00 000 0000``, ``+1 000 000 0000``, ``000-000-0000``): at
most four digits (a country and area code), then eight zeros or more. No example number of
libphonenumber's 245 regions and ten number types (3,387 formatted forms) is one."""


def phone_digits(value: str) -> str:
    """The ASCII digits of `value` (digits of other scripts converted, everything else dropped)."""
    digits = _NON_DIGITS.sub("", value)
    return digits if digits.isascii() else "".join(str(unicodedata.decimal(c)) for c in digits)


def plausible_phone(num: str) -> bool:
    """Digit count and shape checks shared with the structured-field detector."""
    digits = phone_digits(num)
    if not 7 <= len(digits) <= 15:
        return False
    if len(set(digits)) <= 2:
        return False  # 0000000, 1111111, 1010101
    if _DATE.match(num) or _IP.match(num):
        return False
    if len(digits) == 8 and _COMPACT_DATE.fullmatch(digits):
        return False  # 20120323: a compact date
    groups = _GROUP_SEP.split(num.lstrip("+"))
    if "." in num and len(groups) <= 3 and not _DOTTED_OK.fullmatch(num):
        return False  # 1.2.3, 10.25.3 versions and decimals
    return ":" not in num


def _preceded_by_version_or_money(before: str) -> bool:
    return bool(_VERSIONISH.search(before[-12:]))


def _shape_findings(info: TextInfo) -> Iterator[Finding]:
    text = info.text
    for m in _PHONE.finditer(text):
        num = m.group("num")
        if not plausible_phone(num):
            continue
        start, end = m.start(), m.end()
        before = window_before(text, start, 48)
        after = text[end : end + 12]
        context = bool(_PHONE_WORDS.search(before)) or bool(_PHONE_AFTER.match(after)) or _labelled(info, start)
        if _preceded_by_version_or_money(before):
            continue
        digits = phone_digits(num)
        if num[0] != "+" and _COMPACT_TIMESTAMP.fullmatch(digits):
            continue
        strong = bool(_STRONG.search(num)) or m.group("ext") is not None
        if _EPOCH.fullmatch(digits) and not context:
            continue
        if strong and len(digits) >= 9:
            score = 0.9 if context else 0.75
        elif context:
            score = 0.8
        else:
            continue
        if info.kind_at(start) in _MACHINE_KINDS and not context:
            continue
        if not_a_phone(text, start, end):
            continue  # "id": 5811230945, VAT number 399..., a logcat pid: the digits say what they are
        yield ("PHONE_NUMBER", start, end, score)


# ---- pass 2: numbering plans ----

_SEP = "[ .\\-/\u00a0\u2007\u2009\u202f\u3000\u2010\u2011\u2012\u2013\uff0d]"
"""One separator character: space, dot, dash, slash, no-break / figure / thin / narrow no-break /
ideographic spaces, hyphen and dash variants, full-width hyphen-minus."""
_WIDE = re.compile(
    r"(?=[+\uff0b(\d%])"  # the first character (as in `_PHONE`; ``%`` of a URL-encoded ``+``)
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
_AREA_CODE_WRITTEN = re.compile(r"\(\d+\)|\d+ ?/")
"""An area code written as such: ``(0151) 23456789``, ``0151/23456789``."""
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
_NATIONAL_GROUPS = re.compile(r"\d+")
_MONEY_AFTER = re.compile(
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


def _groups(num: str) -> list[str]:
    return _NATIONAL_GROUPS.findall(num)


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


def _valid_national(num: str, regions: tuple[str, ...], *, exact: bool = False) -> bool:
    """True when `num` is a valid number of one of `regions` whose area code is written as that
    region writes it: the first digit group equals the first group of its national format, or
    is a trunk-prefixed area code in parentheses or before a slash. `exact`: every group must
    be the region's (``06 12 34 56 78`` in France)."""
    written = _groups(num)
    if len(written) < 2:
        return False  # a bare digit run: no grouping to confirm it
    digits = "".join(written)
    area_code_written = len(written) == 2 and bool(_AREA_CODE_WRITTEN.match(num))
    for region in regions:
        try:
            parsed = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(parsed, region):
            continue
        national = _groups(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
        if exact:
            if written == national:
                return True
        elif written[0] == national[0] or (area_code_written and written[0][0] == "0"):
            return True  # the region's area code (030 1234 567 as 030 123456), or 0151/23456789
        elif _mobile_without_trunk(parsed, written, national):
            return True  # 98410 27736: an Indian mobile in its national grouping, without the 0
        elif len(regions) <= 2 and _customary_mobile_grouping(parsed, written, national):
            return True  # 922 18 447: a Norwegian mobile as Norwegians group it (libphonenumber: 92 21 84 47)
    return False


_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
"""``12 345 678``: an amount with spaces between its thousands, not a grouping of a phone number."""


def _customary_mobile_grouping(parsed: phonenumbers.PhoneNumber, written: list[str], national: list[str]) -> bool:
    """True when `written` is another customary grouping of a mobile number: the digits of its
    national format, trunk prefix included or left off as that format writes it, in three or more
    groups of two to four digits that are not a thousands grouping (asked only when the text names
    one or two regions: a script names many, and one of them has a plan that fits almost any
    grouping: ``٠١٢٣ ٤٥٦ ٧٨٩`` is a Sudanese mobile). Mobiles are written in the
    groups people say them in, which libphonenumber's one format per plan does not list (Norway
    ``922 18 447`` and ``41 23 45 67``, Finland ``040 718 2294``, Denmark ``2012 3456``...)."""
    if len(written) < 3 or any(not 2 <= len(g) <= 4 for g in written):
        return False
    if "".join(written) != "".join(national) or _THOUSANDS.fullmatch(" ".join(written)):
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _mobile_without_trunk(parsed: phonenumbers.PhoneNumber, written: list[str], national: list[str]) -> bool:
    """True when `written` is the national grouping `national` of a mobile number with the
    trunk prefix of its first group left off, group for group (``98410 27736`` for
    ``098410 27736``): how mobiles are written where the prefix is only dialled, never printed."""
    if len(written) != len(national) or written[1:] != national[1:]:
        return False
    first = national[0]
    if len(first) < 2 or first[0] != "0" or written[0] != first[1:]:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def _labelled(info: TextInfo, start: int) -> bool:
    """A short phone label right before `start` (``Sel:``, ``cp``; ``T:`` / ``M.`` outside code and logs)."""
    m = PHONE_LABEL.search(info.text, max(0, start - 12), start)
    return m is not None and (m.group("word") is not None or info.kind_at(start) not in _MACHINE_KINDS)


def _has_context(info: TextInfo, start: int, end: int) -> bool:
    text = info.text
    before = window_before(text, start, 48)
    return (
        bool(PHONE_WORDS_ANY.search(before) or _PHONE_WORDS.search(before))
        or bool(PHONE_WORDS_AFTER.match(text, end, min(len(text), end + 16)))
        or _labelled(info, start)
    )


def _plan_findings(info: TextInfo, taken: list[Finding]) -> list[Finding]:
    """Pass 2 over `info`, given pass 1's findings `taken`: the findings of both passes. A pass-2
    number that contains pass-1 findings (``(601) 2345678`` around ``2345678``) replaces them."""
    out = list(taken)
    for m in _WIDE.finditer(info.text):
        start, end = m.start(), m.end()
        if end - start < 7:
            continue  # fewer than seven characters hold fewer than seven digits
        inside = [f for f in out if f[1] < end and start < f[2]]
        if any(f[1] < start or f[2] > end for f in inside) or any(f[2] - f[1] == end - start for f in inside):
            continue  # pass 1 found this number, or one that overlaps it from outside
        found = _plan_finding(info, m)
        if found is not None and not_a_phone(info.text, start, end):
            found = None  # "project_number": "4921...", "create_at": 1741..., a logcat pid and tid
        if found is not None:
            out = [f for f in out if f not in inside] + [found]
    return out


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
    if num[0] != "+" and _COMPACT_TIMESTAMP.fullmatch(digits):
        return None  # 20261120091203
    if not plausible_phone(_SEP_CHARS.sub(" ", num) if "/" in num else num) or _FRACTIONISH.match(num):
        return None
    if _DATE.match(num.replace(" ", "")) or (num[0] != "+" and _DOTTED_QUAD.search(num)):
        return None  # 2024/05/12, 172.19.0.5/16 (+61.412.345.678 is a number)
    if _preceded_by_version_or_money(window_before(text, start, 48)):
        return None
    if _HEX_BEFORE.search(text, max(0, start - 24), start) or _HEX_AFTER.match(text, end):
        return None  # a group of a fingerprint or hash: 8AA3 6115 2586 B8EF
    intl = _intl_number(num)
    if start > 0 and text[start - 1] in ":=":  # key=+CC...: a valid number; in code and logs a phone word too
        if intl is None and text[start - 1] == ":" and not text[start - 2].isascii():
            # 手机:138 1762 4409: a national number after a label of another script, with its phone word
            if _has_context(info, start, end) and not _EPOCH.fullmatch(digits) and len(digits) <= 15:
                return ("PHONE_NUMBER", start, end, 0.8)
            return None
        if intl is None or not phonenumbers.is_valid_number(intl):
            return None
        if encoded or info.kind_at(start) not in _MACHINE_KINDS or _has_context(info, start, end):
            return ("PHONE_NUMBER", start, end, 0.85)  # To=%2B14155550123: URL-encoded, in any segment
        return None
    if intl is not None:
        if _DECIMAL.fullmatch(num):
            # +45.92828268 is a signed decimal; +420.603214877 after "Phone:" is the EPP / WHOIS
            # form of a number (RFC 5733: +CC.digits): valid for its country code, with a phone word
            if phonenumbers.is_valid_number(intl) and _has_context(info, start, end):
                return ("PHONE_NUMBER", start, end, 0.8)
            return None
        if phonenumbers.is_valid_number(intl):
            return ("PHONE_NUMBER", start, end, 0.85)
        if phonenumbers.is_possible_number(intl) and _has_context(info, start, end):
            return ("PHONE_NUMBER", start, end, 0.75)
        return None
    grouped = len(_groups(num)) >= 2
    if not grouped and digits[0] != "0" and len(digits) < 9:
        return None  # 1234567: no shape a phone word could confirm
    if _YEAR_RANGE.fullmatch(num):
        return None  # 2000-2006
    if _has_context(info, start, end):
        return ("PHONE_NUMBER", start, end, 0.8) if len(digits) <= 15 else None
    if not grouped and _EPOCH.fullmatch(digits):
        return None  # 1718040000
    if _MONEY_AFTER.match(text, end):
        return None  # 45 000 000 kr, 412 34 567 NOK: an amount, whatever its grouping
    if not _NATIONAL_SHAPE.fullmatch(num):
        return None
    if grouped and not digits.startswith("00") and _contact_cell(text, start, end):
        return ("PHONE_NUMBER", start, end, 0.7)
    if info.kind_at(start) in _MACHINE_KINDS:
        # markup, tables, logs: only a region named by a ccTLD, country or script, and its exact grouping
        strong = regions_near(text, start, end, strong=True)
        if strong and _valid_national(num, strong, exact=True):
            return ("PHONE_NUMBER", start, end, 0.7)
        return None
    regions = regions_near(text, start, end)
    if regions and _valid_national(num, regions):
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


# ---- pass 3: numbers under a phone key ----

_KEY_WORDS = (
    "phone", "msisdn", "mobile", "cell", "tel", "whatsapp", "waid", "wa_id", "fax", "t\u00e9l", "handy", "m\u00f3vil",
    "movil", "celular", "hp", "gsm", "puhelin", "ponsel", "tlf", "sdt",
)  # fmt: skip
"""Words that start a phone key or column name (``PhoneNumber``, ``customer_msisdn``, ``wa_id``,
``Telefonnummer``, ``téléphone``; the column names ``hp`` and ``ponsel`` (Indonesian/Malay
handphone), ``gsm`` (Belgium, Turkey), ``puhelin`` (Finnish), ``tlf`` (Nordic), ``sdt`` (Vietnamese
số điện thoại)), found with ``str.find`` once per text for passes 3 and 4: a
case-insensitive regex alternation over the whole text cost more than passes 1 and 2 together."""


@lru_cache(maxsize=4)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)), re.IGNORECASE)


def _word_hits(text: str, words: tuple[str, ...]) -> list[int]:
    """Sorted start offsets of `words` in `text`, case-insensitively (ASCII words; a text whose
    lower-casing changes its length is searched with a regex)."""
    lower = text.lower()
    if len(lower) != len(text):
        return [m.start() for m in _words_pattern(words).finditer(text)]
    hits: set[int] = set()
    for w in words:
        pos = lower.find(w)
        while pos >= 0:
            hits.add(pos)
            pos = lower.find(w, pos + 1)
    return sorted(hits)


def _keyed_findings(info: TextInfo, taken: list[Finding], hits: list[int]) -> list[Finding]:
    """`taken` plus the values of phone keys written without a space or a ``+`` (``PhoneNumber=254712448019``,
    ``msisdn:0831234567``), which passes 1 and 2 do not start at (a word character or ``=`` before them)."""
    text = info.text
    out = taken
    for a in hits:
        if (
            a > 0
            and text[a - 1].isalnum()
            and not (text[a].isupper() and (text[a - 1].islower() or text[a - 1].isdigit()))
        ):
            continue  # inside a word (hotel=, excel:); customerPhone= and customer_phone= are keys
        m = PHONE_KEY.match(text, a)
        if m is None:
            continue
        num = m.group("num")
        digits = phone_digits(num)
        if not 7 <= len(digits) <= 15 or not plausible_phone(num) or _EPOCH.fullmatch(digits):
            continue
        start, end = m.start("num"), m.end("num")
        inside = [f for f in out if f[1] < end and start < f[2]]
        if any(f[1] < start or f[2] > end for f in inside):
            continue
        out = [f for f in out if f not in inside] + [("PHONE_NUMBER", start, end, 0.8)]
    return out


_LETTERS_AFTER = re.compile(r"[^\W\d_]*")
"""The letters of a word from its start (a pattern that matches everywhere, empty or not)."""


_COLUMN_END = re.compile(r"(?i)(?:[ _-]?(?:numbers?|no|num|nr|nummer|n[uú]mero))?\.?[\"'`]?[ ]*(?:[,;\t|)\n]|$)")
"""What may follow the phone word to the end of a header cell: ``phone``, ``Mobile No.``, ``phone_number``;
not ``cell_id``, ``phone_model``."""
_CELL = re.compile(r"\+?[\d() .\-]{7,22}")
_OVERFLOW_CELL = re.compile(
    r"\+\d[\d .-]{6,20}|\(\d{2,5}\)[ .-]?\d{2,5}[ .-]?\d{2,5}|0\d{1,5}(?:[ .-]\d{2,8}){1,4}"
    r"|(?=(?:\D*\d){9})[1-9]\d{1,3}(?:[ -]\d{2,4}){2,4}"
)
"""How a phone number is written when it is certain to be one (``+358 40 718 2294``, ``(614)
555-0190``, ``040 718 2294``, ``06 12961792``, ``810 66 81 45``): the cell of a row with more cells
than its header (an unquoted comma in an address) may come from another column when the comma
stands before it, and an id, a count or an account number there is one digit run without a ``+``,
area code parentheses, a trunk ``0`` or three blank- or dash-separated groups of nine digits or more."""


def _column_findings(info: TextInfo, taken: list[Finding], hits: list[int]) -> list[Finding]:
    """`taken` plus the numbers of table columns named by a phone word (CSV, TSV, COPY dumps)."""
    text = info.text
    out = taken
    for start in hits:
        if start > 0 and text[start - 1].isalnum() and not text[start].isupper():
            continue  # inside a word (hotel, Intel); customerPhone and customer_phone are column names
        end = start + len(_LETTERS_AFTER.findall(text, start, start + 40)[0])  # the whole word: Telefonnummer
        if _COLUMN_END.match(text, end) is None:
            continue  # cell_id, phone_model
        exact = set(column_cells(text, start, end))
        for a, b in column_cells(text, start, end, overflow=True):
            if _CELL.fullmatch(text, a, b) is None:
                continue
            inside = [f for f in out if f[1] < b and a < f[2]]
            if any(f[1] < a or f[2] > b for f in inside) or any(f[1] == a and f[2] == b for f in inside):
                continue  # found already, or part of a longer finding
            num = text[a:b]
            if (a, b) not in exact and _OVERFLOW_CELL.fullmatch(num) is None:
                continue  # a row with more cells than the header: only a number written as one
            digits = phone_digits(num)
            if not 7 <= len(digits) <= 15 or not plausible_phone(num):
                continue
            if _EPOCH.fullmatch(digits) and digits == num:
                continue  # 1718040000: epoch seconds; (11) 2671-6016 is grouped as a phone number
            out = [*[f for f in out if f not in inside], ("PHONE_NUMBER", a, b, 0.8)]  # the whole cell
    return out


_SHAPE_GROUPS = re.compile(r"\d+|\D+")


def _shape(num: str) -> tuple[str, ...] | None:
    """The written shape of a national number: its first digit group, then the length of every
    other digit group and every separator (``07700 900 417`` -> ``("07700", " ", "3", " ", "3")``),
    or None for numbers whose shape says little (a ``+`` number, fewer than three groups or nine
    digits)."""
    if not num[:1].isdigit() or len(phone_digits(num)) < 9:
        return None
    pieces = _SHAPE_GROUPS.findall(num)
    if len(pieces) < 5:
        return None
    return (pieces[0], *(p if not p[0].isdigit() else str(len(p)) for p in pieces[1:]))


def _sibling_findings(info: TextInfo, found: list[Finding]) -> list[Finding]:
    """`found` plus the national numbers written in exactly the shape of a number found in the same
    text, first group (area code or mobile prefix) included: the other rows of a contact list
    (``- Harriet Oyelaran, 07700 900 417, harriet@...`` over ``- Tomás Ó Súilleabháin, 07700 900
    952``), where only one row had the e-mail or the phone word that confirmed its number."""
    text = info.text
    shapes = {_shape(text[a:b]) for _, a, b, _ in found} - {None}
    if not shapes:
        return found
    out = list(found)
    for first in {shape[0] for shape in shapes if shape is not None}:
        pos = text.find(first)
        while pos >= 0:
            m = _WIDE.match(text, pos)
            pos = text.find(first, pos + 1)
            if m is None:
                continue
            start, end = m.start(), m.end()
            if any(f[1] < end and start < f[2] for f in out) or _shape(m.group("num")) not in shapes:
                continue
            num = m.group("num")
            if not plausible_phone(num) or _preceded_by_version_or_money(window_before(text, start, 48)):
                continue
            if _MONEY_AFTER.match(text, end) or not_a_phone(text, start, end):
                continue
            out.append(("PHONE_NUMBER", start, end, 0.7))
    return out


class PhoneDetector(ViewDetector):
    """Phone numbers (``pii.phone``)."""

    name = "pii.phone"
    shares_results = True  # pii.contact_row reads them too
    entities: tuple[str, ...] = ("PHONE_NUMBER",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if self.gated and _GATE.search(text) is None:
            return
        found = _plan_findings(info, list(_shape_findings(info)))
        hits = _word_hits(text, _KEY_WORDS)
        if hits:
            found = _keyed_findings(info, found, hits)
            if "\n" in text:
                found = _column_findings(info, found, hits)
        found = _sibling_findings(info, found)
        for finding in found:
            if _ZERO_FILLED.fullmatch(phone_digits(text[finding[1] : finding[2]])) is None:
                yield finding
