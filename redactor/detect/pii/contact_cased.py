"""Which capitalised runs may be a person's name in a contact record (split from `contact_rows`, session 13).

`pii.contact_row` reads a run of two to four capitalised tokens beside an anchor (a phone number,
an e-mail address, an IBAN, a birth date) as a name only when its tokens may be one: `trim_run`
drops the greetings, titles and role words a run starts with (``Hola Guadalupe``, ``Customer Ahmed
Benali``), `tokens_ok` rejects places (``Santo Domingo``, ``Calle Mayor``), labels, products and
runs of English words unless a known name stands beside them (``Rachel Okafor``; not ``Customer
Service``), and `inline_ok` asks more of a run inside a sentence (a known name, no English word).
`pii.signature` reads sign-off names with `tokens_ok` too.
"""

from __future__ import annotations

import re
import unicodedata

from redactor.detect.pii import name_spans as ns
from redactor.detect.pii.contact_vocab import KNOWN as _KNOWN
from redactor.detect.pii.contact_vocab import NOT_NAME as _NOT_NAME
from redactor.detect.pii.contact_vocab import PARTICLES as _PARTICLES
from redactor.detect.pii.contact_vocab import PLACE_PREFIXES as _PLACE_PREFIXES
from redactor.detect.pii.contact_vocab import ROLE_WORDS as _ROLE_WORDS
from redactor.detect.pii.contact_vocab import SOFT_NOT_NAME as _SOFT_NOT_NAME
from redactor.detect.pii.contact_vocab import STREET_TYPES_BEFORE
from redactor.detect.pii.field_vocab import ADDRESS_WORDS
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import is_name_token
from redactor.detect.pii.place_names_data import PLACE_NAMES
from redactor.detect.pii.record_vocab import ADMIN_WORDS
from redactor.detect.pii.salutation_vocab import LANGUAGES

_LEAD_WORDS = (
    ns.TITLE_WORDS
    | frozenset(
        c
        for f in LANGUAGES.values()
        for field in (f.greetings, f.sign_offs)
        for c in field.split("|")
        if c and " " not in c
    )
    | frozenset(("hi", "hello", "hey", "dear", "thanks", "regards", "cheers"))
)
"""Greetings, sign-offs and titles of every language: they start a capitalised run but are no part
of the name after them (``Hola Guadalupe``, ``Hei Aino``, ``Sra. Pérez``)."""


_ROLE_OR_NOT_NAME = _ROLE_WORDS | _NOT_NAME
_PLACE_WORDS = ADDRESS_WORDS | ADMIN_WORDS
"""Street and administrative-area words: first or last in a run they make it a place (``Admiralty
Way``, ``Olaya District``, ``Calle Mayor``); inside a name they are middle names (``Nguyễn Thị Lan``)."""


def trim_run(toks: list[str]) -> tuple[int, int] | None:
    """Drop capitalised role or label words at the start of a run (``Customer Ahmed Benali``)."""
    i, j = 0, len(toks)
    while i < j and (
        toks[i].lower().rstrip(".,!") in _LEAD_WORDS
        or (toks[i].lower().rstrip(".") in _ROLE_OR_NOT_NAME and toks[i].lower() not in _KNOWN)
    ):
        i += 1
    while j > i and toks[j - 1].lower() in _PARTICLES:
        j -= 1
    if j - i < 2 or toks[i].lower() in _PARTICLES or not toks[i][:1].isupper():
        return None
    return i, j


def tokens_ok(toks: list[str]) -> bool:
    """Every token may be part of a name, the run is no place, and English words stand only beside
    a known name."""
    names = [t for t in toks if t.lower() not in _PARTICLES]
    if _fold(" ".join(names)) in _PLACES or _fold(" ".join(toks)) in _PLACES:
        return False
    if names and _fold(names[0]) in _PLACE_PREFIXES:
        return False  # "Santo Domingo", "San Isidro", "Port Harcourt"
    known = 0
    english = 0
    first_english = False
    for t in names:
        low = t.lower().rstrip(".")
        if not is_name_token(t) or (len(low) < 2 and not t.endswith(".")):
            return False
        if low in _KNOWN:
            known += 1
            continue
        if low in _NOT_NAME or (low in _PLACE_WORDS and (t is names[0] or t is names[-1])):
            return False  # a street word first or last ("Calle Mayor", "Admiralty Way"); "Nguyễn Thị Lan"
        if low in ADDRESS_WORDS:
            continue  # inside a name (Vietnamese "Thị"): neither for nor against
        if is_english(low) or _fold(low) in _PLACES or low in _SOFT_NOT_NAME or _compound(low):
            english += 1
            first_english = first_english or t is names[0]
    if english == 0 or (known >= 1 and english <= 1 and len(names) >= 2):
        return True
    return english == 1 and first_english and len(names) >= 2  # "Tristan van Luinenburg"; not "Northwind Traders"


def _compound(low: str) -> bool:
    """Two English words written as one (``Paperwhite``, ``Northwind``): a product or a company. Both
    of four letters or more: with three-letter pieces, one name in twenty of Faker's locales reads as
    a compound (``Bar+bara``, ``Brad+ley``, ``Akin+ola``, ``Gab+riel``)."""
    return len(low) >= 8 and any(is_english(low[:i]) and is_english(low[i:]) for i in range(4, len(low) - 3))


def _fold(s: str) -> str:
    """Lower case without accents (``Hồ Chí Minh`` -> ``ho chi minh``)."""
    if s.isascii():
        return s.lower()  # NFKD leaves ASCII as it is, and it holds no combining mark
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)).replace(
        "\u0111", "d"
    )


_PLACES = (
    PLACE_NAMES
    | frozenset(_fold(p) for p in PLACE_NAMES)
    | frozenset(_fold(p).removesuffix(" city") for p in PLACE_NAMES if p.endswith(" city"))
)


def inline_ok(toks: list[str]) -> bool:
    """A run inside a sentence: a known name among its tokens and no English word at all."""
    names = [t for t in toks if t.lower() not in _PARTICLES]
    return any(t.lower() in _KNOWN for t in names) and not any(
        is_english(t.lower()) and t.lower() not in _KNOWN for t in names
    )


def after_street_type(item: str, pos: int) -> bool:
    m = re.search(r"([^\W\d_]+\.?)[ \t]+$", item[:pos])
    return m is not None and m.group(1).lower() in STREET_TYPES_BEFORE


def after_lower_word(item: str, pos: int) -> bool:
    m = re.search(r"([^\W\d_]+)[ \t]+$", item[:pos])
    return m is not None and m.group(1).islower()
