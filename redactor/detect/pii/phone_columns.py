"""Passes 3 and 4 of ``pii.phone`` (`redactor.detect.pii.phones`): numbers under a phone key or column.

Pass 3: the values of phone keys written without a space or a ``+`` (``PhoneNumber=254712448019``,
``msisdn:0831234567``), which passes 1 and 2 do not start at. Pass 4: the cells of table columns
named by a phone word (CSV, TSV, COPY dumps). Both find the key words once per text (`word_hits`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.pii._base import Finding, TextInfo
from redactor.detect.pii.phone_shapes import EPOCH, phone_digits, plausible_phone
from redactor.detect.pii.phone_vocab import PHONE_KEY
from redactor.detect.pii.table_columns import column_cells

__all__ = ["KEY_WORDS", "column_findings", "keyed_findings", "word_hits"]

KEY_WORDS = (
    "phone", "msisdn", "mobile", "cell", "tel", "whatsapp", "waid", "wa_id", "fax", "t\u00e9l", "handy", "m\u00f3vil",
    "movil", "celular", "hp", "gsm", "puhelin", "ponsel", "tlf", "sdt",
)  # fmt: skip
"""Words that start a phone key or column name (``PhoneNumber``, ``customer_msisdn``, ``wa_id``,
``Telefonnummer``, ``téléphone``; the column names ``hp`` and ``ponsel`` (Indonesian/Malay
handphone), ``gsm`` (Belgium, Turkey), ``puhelin`` (Finnish), ``tlf`` (Nordic), ``sdt`` (Vietnamese
số điện thoại)), found with ``str.find`` once per text for passes 3 and 4: a
case-insensitive regex alternation over the whole text cost more than passes 1 and 2 together."""


@cache_budget.helper()
@lru_cache(maxsize=4)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)), re.IGNORECASE)


def word_hits(text: str, words: tuple[str, ...]) -> list[int]:
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


def keyed_findings(info: TextInfo, taken: list[Finding], hits: list[int]) -> list[Finding]:
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
        if not 7 <= len(digits) <= 15 or not plausible_phone(num) or EPOCH.fullmatch(digits):
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


def column_findings(info: TextInfo, taken: list[Finding], hits: list[int]) -> list[Finding]:
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
            if EPOCH.fullmatch(digits) and digits == num:
                continue  # 1718040000: epoch seconds; (11) 2671-6016 is grouped as a phone number
            out = [*[f for f in out if f not in inside], ("PHONE_NUMBER", a, b, 0.8)]  # the whole cell
    return out
