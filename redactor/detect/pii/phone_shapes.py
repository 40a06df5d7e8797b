"""Pass 1 of ``pii.phone`` (`redactor.detect.pii.phones`): shape rules, and the checks every pass shares.

A number of 7 to 15 digits in one of the shapes people write (``+41 044 444 99 39``,
``(602)272-9781``, ``259.735.7502x459``, ``0496 46 46 70``). Unambiguous shapes (a ``+`` country
code, a parenthesised area code, ``ddd-ddd-dddd``, an extension) are accepted alone; any other digit
group needs an English (or common) phone word nearby. Dates, times, IP addresses, versions, money
and 10-digit epoch seconds are rejected.

The other passes (`phone_plans`, `phone_columns`, `phone_siblings`) reuse `plausible_phone`,
`phone_digits`, `has_context` and the patterns exported here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, window_before
from redactor.detect.pii.number_kinds import not_a_phone
from redactor.detect.pii.phone_vocab import PHONE_LABEL, PHONE_WORDS_AFTER, PHONE_WORDS_ANY

__all__ = [
    "COMPACT_TIMESTAMP",
    "DATE",
    "EPOCH",
    "MACHINE_KINDS",
    "has_context",
    "phone_digits",
    "plausible_phone",
    "preceded_by_version_or_money",
    "shape_findings",
]

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
DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2}$")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}$")
_STRONG = re.compile(
    r"\+\d|\(\d{2,5}\)|^\d{3}[-.]\d{3}[-.]\d{4}$|^\d{3}-\d{4}$|^1[-.]\d{3}[-.]\d{3}[-.]\d{4}$|^0\d{1,4}[-]\d{5,8}$"
    r"|^0[1-9](?:[ .]\d{2}){4}$"
)
EPOCH = re.compile(r"1[0-9]{9}(?:\d{3})?$")
_VERSIONISH = re.compile(r"(?:\bv|version|ver\.|release|build|\$|€|£|usd|eur|id[:= ]|#|port|pid)\s*$")
_NON_DIGITS = re.compile(r"\D+")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_GROUP_SEP = re.compile(r"[ .-]")
COMPACT_TIMESTAMP = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\d{3})?)?"
)
"""A compact timestamp, ``YYYYMMDDhhmm[ss[mmm]]`` (CDR and log fields: ``20261120091203``)."""
_DOTTED_OK = re.compile(r"\+.*|\d{3}\.\d{3}\.\d{4}")
MACHINE_KINDS = frozenset({"code", "log", "path", "diff"})


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
    if DATE.match(num) or _IP.match(num):
        return False
    if len(digits) == 8 and _COMPACT_DATE.fullmatch(digits):
        return False  # 20120323: a compact date
    groups = _GROUP_SEP.split(num.lstrip("+"))
    if "." in num and len(groups) <= 3 and not _DOTTED_OK.fullmatch(num):
        return False  # 1.2.3, 10.25.3 versions and decimals
    return ":" not in num


def preceded_by_version_or_money(before: str) -> bool:
    return bool(_VERSIONISH.search(before[-12:]))


def shape_findings(info: TextInfo) -> Iterator[Finding]:
    text = info.text
    for m in _PHONE.finditer(text):
        num = m.group("num")
        if not plausible_phone(num):
            continue
        start, end = m.start(), m.end()
        before = window_before(text, start, 48)
        after = text[end : end + 12]
        context = bool(_PHONE_WORDS.search(before)) or bool(_PHONE_AFTER.match(after)) or _labelled(info, start)
        if preceded_by_version_or_money(before):
            continue
        digits = phone_digits(num)
        if num[0] != "+" and COMPACT_TIMESTAMP.fullmatch(digits):
            continue
        strong = bool(_STRONG.search(num)) or m.group("ext") is not None
        if EPOCH.fullmatch(digits) and not context:
            continue
        if strong and len(digits) >= 9:
            score = 0.9 if context else 0.75
        elif context:
            score = 0.8
        else:
            continue
        if info.kind_at(start) in MACHINE_KINDS and not context:
            continue
        if not_a_phone(text, start, end):
            continue  # "id": 5811230945, VAT number 399..., a logcat pid: the digits say what they are
        yield ("PHONE_NUMBER", start, end, score)


def _labelled(info: TextInfo, start: int) -> bool:
    """A short phone label right before `start` (``Sel:``, ``cp``; ``T:`` / ``M.`` outside code and logs)."""
    m = PHONE_LABEL.search(info.text, max(0, start - 12), start)
    return m is not None and (m.group("word") is not None or info.kind_at(start) not in MACHINE_KINDS)


def has_context(info: TextInfo, start: int, end: int) -> bool:
    text = info.text
    before = window_before(text, start, 48)
    return (
        bool(PHONE_WORDS_ANY.search(before) or _PHONE_WORDS.search(before))
        or bool(PHONE_WORDS_AFTER.match(text, end, min(len(text), end + 16)))
        or _labelled(info, start)
    )
