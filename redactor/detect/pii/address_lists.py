"""Word-and-number runs that the street cores of `address` read as streets, and are none.

- **a street type with no street name before it**: ``gate``, ``vej``, ``veg``, ``tér``, ``u.``
  are street types written as a separate word after the street's name (``Kongens gate 12``,
  ``Rózsa tér 7.``). A run that starts with such a word, with no capitalised word before it on
  its line, has no street name: ``boarding at Gate 4``, ``13:05, Gate 11`` (airport and port gates,
  numbered doors).
- **a list of codes with numbers**: two or three capital letters and a number, then more such
  pairs separated by commas or semicolons (``NL 18, DE 22, FI 18``: IBAN lengths, VAT rates,
  seat counts per country code). A street has a name, not a code, and an address is not a run of
  such pairs.
"""

from __future__ import annotations

import re

__all__ = ["not_a_street"]

_SEPARATE_TYPES = frozenset({"gate", "vej", "veg", "vei", "t\u00e9r", "u.", "\u00fat", "sor"})
_FIRST_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019.-]*\.?")
_NAME_BEFORE = re.compile(r"(?:[^\W\d_]*[^\W\d_a-z\u00df-\u00ff][^\W\d_]*\.?|\w+\.)[ \t]+$")
"""The word before a separate street type: a capitalised (or uncased-script) word, or an abbreviation."""
_CODE_PAIR = r"[A-Z]{2,3}[ \t]+\d{1,4}"
_CODE_CORE = re.compile(_CODE_PAIR + r"\b")
_PAIR_AFTER = re.compile(r"[ \t]*[,;][ \t]*" + _CODE_PAIR + r"\b")
_PAIR_BEFORE = re.compile(r"\b" + _CODE_PAIR + r"[ \t]*[,;][ \t]*$")


def _typeless_street(text: str, a: int) -> bool:
    m = _FIRST_WORD.match(text, a)
    if m is None or m.group().lower() not in _SEPARATE_TYPES:
        return False
    line_start = text.rfind("\n", 0, a) + 1
    return _NAME_BEFORE.search(text[max(line_start, a - 60) : a]) is None


def _code_list(text: str, a: int) -> bool:
    m = _CODE_CORE.match(text, a)
    if m is None:
        return False
    return _PAIR_AFTER.match(text, m.end()) is not None or _PAIR_BEFORE.search(text[max(0, a - 20) : a]) is not None


def not_a_street(text: str, a: int, b: int) -> bool:
    """Whether the address candidate `text[a:b]` is a typeless street or a code list (module docs)."""
    return _typeless_street(text, a) or _code_list(text, a)
