"""E-mail addresses and phone numbers.

E-mail: a strict address pattern with a real top-level domain (letters, not a file extension
such as ``icon@2x.png``); the user part of ``scheme://user:pass@host`` is not an e-mail, nor is
``git@github.com``. No public-suffix download: the TLD check is local.

Phone: a number of 7 to 15 digits in one of the shapes people write (``+41 044 444 99 39``,
``(602)272-9781``, ``259.735.7502x459``, ``0496 46 46 70``). Unambiguous shapes (a ``+``
country code, a parenthesised area code, ``ddd-ddd-dddd``, an extension) are accepted alone;
any other digit group needs a phone word nearby (``call``, ``phone``, ``mobile``, ``fax``...).
Dates, times, IP addresses, version numbers, money and 10-digit epoch timestamps are rejected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector, window_before
from redactor.detect.pii._vocab import words

_EMAIL = re.compile(
    r"(?<![\w.+%-])([A-Za-z0-9](?:[\w.+%'-]{0,62}[\w%+-])?@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24}))(?![\w-]|\.[A-Za-z0-9])"
)
_NOT_TLDS = words(
    "png jpg jpeg gif svg webp ico bmp tif tiff js mjs cjs ts tsx jsx pyc go rb java class css scss"
    " html htm json yaml yml toml xml lock txt log gz tgz tar whl dll exe bin map wasm vue svelte kt"
    " swift php bat ps1 sql csv rst ipynb"
)
"""File extensions that are not top-level domains (``icon@2x.png``). Extensions that are also
country domains (``.pl``, ``.py``, ``.md``, ``.sh``, ``.rs``) stay e-mail domains."""
_NOT_LOCAL = frozenset({"git", "hg", "svn"})
_MSG_ID_HEADER = re.compile(r"(?im)^[ \t>]*(?:[\w-]*message-id|in-reply-to|references|content-id)[ \t]*:[^\n]*<$")
"""``Message-ID: <CAF3...@mail.gmail.com>``, ``In-Reply-To:``, ``References:``: ids that look like
mailboxes but name a message (or a MIME part), not a person."""


def message_id(text: str, start: int) -> bool:
    """True when the address at `start` is the ``<...>`` of a Message-ID-like header line."""
    if start == 0 or text[start - 1] != "<":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _MSG_ID_HEADER.match(text, line_start, start) is not None


class EmailDetector(ViewDetector):
    """E-mail addresses (``pii.email``)."""

    name = "pii.email"
    entities: tuple[str, ...] = ("EMAIL_ADDRESS",)
    prefilter: tuple[str, ...] = ("@",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _EMAIL.finditer(text):
            tld = m.group(2).lower()
            local = m.group(1).split("@", 1)[0].lower()
            if tld in _NOT_TLDS or local in _NOT_LOCAL:
                continue
            token_start = max(text.rfind(c, 0, m.start()) for c in " \t\n\"'<>(),;=")
            if "://" in text[token_start + 1 : m.start()]:
                continue  # credentials in a URL, not a mailbox
            if message_id(text, m.start()):
                continue
            yield ("EMAIL_ADDRESS", m.start(1), m.end(1), 0.95)


_PHONE = re.compile(
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


def phone_digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def plausible_phone(num: str) -> bool:
    """Digit count and shape checks shared with the structured-field detector."""
    digits = phone_digits(num)
    if not 7 <= len(digits) <= 15:
        return False
    if len(set(digits)) <= 2:
        return False  # 0000000, 1111111, 1010101
    if _DATE.match(num) or _IP.match(num):
        return False
    if len(digits) == 8 and re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", digits):
        return False  # 20120323: a compact date
    groups = re.split(r"[ .-]", num.lstrip("+"))
    if "." in num and len(groups) <= 3 and not re.fullmatch(r"\+.*|\d{3}\.\d{3}\.\d{4}", num):
        return False  # 1.2.3, 10.25.3 versions and decimals
    return ":" not in num


class PhoneDetector(ViewDetector):
    """Phone numbers (``pii.phone``)."""

    name = "pii.phone"
    entities: tuple[str, ...] = ("PHONE_NUMBER",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _PHONE.finditer(text):
            num = m.group("num")
            if not plausible_phone(num):
                continue
            start, end = m.start(), m.end()
            before = window_before(text, start, 48)
            after = text[end : end + 12]
            context = bool(_PHONE_WORDS.search(before)) or bool(_PHONE_AFTER.match(after))
            if _preceded_by_version_or_money(before):
                continue
            digits = phone_digits(num)
            strong = bool(_STRONG.search(num)) or m.group("ext") is not None
            if _EPOCH.fullmatch(digits) and not context:
                continue
            if strong and len(digits) >= 9:
                score = 0.9 if context else 0.75
            elif context:
                score = 0.8
            else:
                continue
            if info.kind_at(start) in ("code", "log", "path", "diff") and not context:
                continue
            yield ("PHONE_NUMBER", start, end, score)


_VERSIONISH = re.compile(r"(?:\bv|version|ver\.|release|build|\$|€|£|usd|eur|id[:= ]|#|port|pid)\s*$")


def _preceded_by_version_or_money(before: str) -> bool:
    return bool(_VERSIONISH.search(before[-12:]))
