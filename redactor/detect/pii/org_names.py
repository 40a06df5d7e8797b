"""Organisations and products read as people: a name joined to an organisation's noun is no person.

Invoice heads, letterheads and signatures name the sender's firm beside its people
(``Architectenbureau <surname>``, ``Studio <surname> & <surname> Architetti``, ``<word>lager AB``,
``Γραφείο <noun> <place>``), and the NER model and the name detectors call such a run a
person. `organisation_name` reads the run and its neighbours against a vocabulary of
organisation head nouns and company legal forms of many languages and scripts
(`org_heads_data`):

- **a head inside the name**: one of its capitalised words is a head noun (``Despacho Jurídico
  Quintana``, ``Ufficio Tecnico Comunale``), a long word ends in a compound head
  (``Waldspielgruppe``, ``Ingenieursbureau``), a legal form ends it (``Rossi S.p.A.``), or a head
  of a script without spaces is inside it (``株式会社``, ``บริษัท``); unless the other words
  hold a known given name (``Jan Kantor``, ``Biró Zsófia``, ``CV Ewa Nowak``: surnames that are
  nouns of another language, a curriculum vitae);
- **a head joined to the name**: on the same line, separated by spaces only, the word after the
  name is a legal form or a capitalised head (``Fjordvik AB``, ``Hartung Präzisionstechnik GmbH``,
  ``Moretti & Galli Architetti``: up to two capitalised words joined by ``&`` or ``+`` may
  come between), or the word before it is a capitalised head or a leading form (``Studio
  Moretti``, ``PT Maju Jaya``; a leading form before a given name is no firm). A title between
  keeps the person (``Praxis Dr. Weber``), and so does any other word: ``Dr. Anna Weber of
  Hartung GmbH`` keeps Anna Weber;
- **a product** (NER spans only): the name is followed by a version (``Orbis Designer 2024
  SP2``, ``Rhino 8.1``) or by a developer's noun (``Lenco API``, ``Vert SDK``, ``Jupiter
  plugin``, ``Kroll's API``): people have no versions and no SDKs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.pii._vocab import TITLES, words
from redactor.detect.pii.org_heads_data import (
    COMPOUND_HEADS,
    LEADING_FORMS,
    LEGAL_FORMS,
    MULTI_FORMS,
    ORG_HEADS,
    SCRIPT_HEADS,
)
from redactor.detect.span import Span

__all__ = ["fold", "organisation_name"]

_EDGE = ".,;:'\u2019\"()[]«»„“”"
_TITLE_WORDS = frozenset(TITLES) | words(
    "dr. prof. mr. mrs. ms. med. dott. dott.ssa avv. ing. arch. mag. dipl. rer. nat. jur. herr frau"
)
_WORD_AFTER = re.compile(r"[ \t]+(\S+)")
_BRIDGE_AFTER = re.compile(r"[ \t]*[&+][ \t]*(?:\w[\w'\u2019.-]*[ \t]+){0,2}?(\S+)")
_VERSION_AFTER = re.compile(
    r"[ \t]+(?:v?\d+(?:\.\d+)+\b|\d{1,4}[ \t]+(?:SP|SR|R|U|Update|Release)[ \t]?\d+\b|(?:19|20)\d\d[ \t]+SP\d)"
)
_POSSESSIVE_DEV = re.compile(r"(?i)['\u2019]s[ \t]+(?:apis?|sdks?|cli|plugins?|webhooks?|endpoints?)\b")
"""``<name>'s API``: a person has a dashboard or an app of their own, no API or SDK."""
_DEV_NOUNS = words(
    "api apis sdk sdks cli plugin plug-in addon add-on extension connector webhook webhooks sandbox endpoint"
    " endpoints dashboard console integration oauth app"
)


def fold(word: str) -> str:
    """`word` in lower case without diacritics (``Büro`` -> ``buro``, ``ΓΡΑΦΕΊΟ`` -> ``γραφειο``)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFC", bare).replace("\u0131", "i").replace("ß", "ss")


_HEADS = frozenset(fold(h) for h in ORG_HEADS)
_COMPOUNDS = tuple(fold(h) for h in COMPOUND_HEADS)


def _capital(word: str) -> bool:
    """Capitalised, or written in a script without case (Arabic, Hebrew, Devanagari)."""
    c = word[:1]
    return c.isupper() or (c.isalpha() and not c.islower())


@cache_budget.helper()
@lru_cache(maxsize=4096)
def _head(word: str, capitalised_only: bool = True) -> bool:
    """Whether `word` (as written, edge punctuation stripped) is an organisation head noun."""
    if capitalised_only and not _capital(word):
        return False
    low = fold(word)
    if low in _HEADS:
        return True
    if len(low) >= 9 and _capital(word) and any(low.endswith(h) and len(low) - len(h) >= 4 for h in _COMPOUNDS):
        from redactor.detect.pii.common_words import someones_name

        return not someones_name(word)
    return False


_SCRIPT = "|".join(re.escape(h) for h in sorted(SCRIPT_HEADS, key=len, reverse=True))
_SCRIPT_HEAD = re.compile(_SCRIPT)
_SCRIPT_END = re.compile(f"(?:{_SCRIPT})$")
_MULTI = "|".join(re.escape(m) for m in sorted(MULTI_FORMS, key=len, reverse=True))
_MULTI_START = re.compile(f"(?i)(?:{_MULTI})")
_MULTI_END = re.compile(f"(?i)\\s(?:{_MULTI})\\.?$")
"""Heads of scripts without spaces and legal forms of several words, as one pattern each."""


def _spaceless(c: str) -> bool:
    """A character of Thai, CJK or Hangul (U+0E00 and above): the only scripts of `SCRIPT_HEADS`."""
    return c >= "\u0e00"


def _script_head(value: str) -> bool:
    return bool(value) and _spaceless(max(value)) and _SCRIPT_HEAD.search(value) is not None


def _given(token: str) -> bool:
    """A capitalised known given name (`GIVEN_NAMES`, `BROAD_GIVEN_NAMES`) that is no place and no head."""
    from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, PLACE_NAMES

    low = token.lower()
    return (
        _capital(token)
        and (low in GIVEN_NAMES or low in BROAD_GIVEN_NAMES)
        and low not in PLACE_NAMES
        and not _head(token)
    )


def _inside(value: str) -> bool:
    """A head noun or a legal form inside the name itself.

    A short singular head (`_surname_shaped`) or a leading form does not veto a run whose other
    words hold a known given name (`_given`): surnames are often nouns of another language, or
    fold to one (``Jan Kantor``, ``Biró Zsófia`` are people), and ``CV`` before a person's name
    is a curriculum vitae. A legal form at the end or a script head still names a firm.
    """
    if _script_head(value):
        return True
    raw = value.split()
    tokens = [t.strip(_EDGE) for t in raw]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    if raw[-1] in LEGAL_FORMS or raw[-1].rstrip(",") in LEGAL_FORMS:
        return len(tokens) > 1
    if _MULTI_END.search(value):
        return True
    if len(tokens) > 1 and tokens[0] in LEADING_FORMS:
        return not _person_after_form(tokens[1:])
    heads = [t for t in tokens if _head(t)]
    if not heads:
        return False
    return not (
        len(tokens) > 1 and all(_surname_shaped(h) for h in heads) and any(_given(t) for t in tokens if t not in heads)
    )


def _person_after_form(tokens: list[str]) -> bool:
    """A given name and a capitalised word after a leading form: a person (``CV Ewa Lis``, a
    curriculum vitae), where a company's name is one word or no given name (``CV Sinar Jaya``)."""
    return len(tokens) >= 2 and _given(tokens[0]) and _capital(tokens[1]) and not _head(tokens[1])


def _surname_shaped(head: str) -> bool:
    """A head that can be a family name: one short word, no plural (``Kantor``, ``Biró``, ``Duka``;
    not ``Steuerberater`` or ``Partners``, whose plurals name a firm beside a given name too)."""
    return len(head) <= 8 and not head.endswith("s")


def _after(text: str, end: int) -> bool:
    """A legal form or a capitalised head right after the name on its line (`_BRIDGE_AFTER`)."""
    m = _WORD_AFTER.match(text, end)
    if m is not None:
        word = m.group(1)
        if word in LEGAL_FORMS or word.rstrip(",;:") in LEGAL_FORMS or _head(word.strip(_EDGE)):
            return True
        if ((_spaceless(word[0]) or word[0] == "(") and _SCRIPT_HEAD.match(text, m.start(1))) or _MULTI_START.match(
            text, m.start(1)
        ):
            return True
    elif end < len(text) and (_spaceless(text[end]) or text[end] == "(") and _SCRIPT_HEAD.match(text, end):
        return True
    b = _BRIDGE_AFTER.match(text, end)
    if b is not None:
        word = b.group(1)
        return word in LEGAL_FORMS or _head(word.strip(_EDGE))
    return False


def _before(text: str, start: int) -> bool:
    """A capitalised head or a leading legal form right before the name on its line."""
    lo = text.rfind("\n", max(0, start - 40), start) + 1 or max(0, start - 40)
    window = text[lo:start]
    stripped = window.rstrip(" \t")
    if len(stripped) == len(window):
        return (
            bool(window)
            and (_spaceless(window[-1]) or window[-1] == ")")
            and _SCRIPT_END.search(text, max(lo, start - 12), start) is not None
        )
    parts = stripped.rsplit(None, 1)
    if not parts:
        return False
    word = parts[-1]
    if word.lower() in _TITLE_WORDS:
        return False
    if word in LEADING_FORMS:
        line = text[start : start + 60].split("\n", 1)[0]
        return not _person_after_form([t.strip(_EDGE) for t in line.split()[:2]])
    return word[-1:].isalpha() and _head(word)


def _product(text: str, span: Span) -> bool:
    """A NER name followed by a version or a developer's noun (`_DEV_NOUNS`)."""
    if _VERSION_AFTER.match(text, span.end) or _POSSESSIVE_DEV.match(text, span.end):
        return True
    m = _WORD_AFTER.match(text, span.end)
    return m is not None and m.group(1).strip(_EDGE).lower() in _DEV_NOUNS


def organisation_name(text: str, span: Span) -> bool:
    """Whether the PERSON `span` names an organisation or a product (see the module docs)."""
    if span.entity != "PERSON":
        return False
    value = text[span.start : span.end]
    first = value.split(None, 1)[0].lower() if value.strip() else ""
    if first in _TITLE_WORDS:
        return False
    if _inside(value) or _after(text, span.end) or _before(text, span.start):
        return True
    return span.detector.startswith("ner.") and _product(text, span)
