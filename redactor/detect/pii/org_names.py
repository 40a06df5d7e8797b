"""Organisations and products read as people: a name joined to an organisation's noun is no person.

Invoice heads, letterheads and signatures name the sender's firm beside its people
(``Architectenbureau Declerck``, ``Studio Fontana & Ricci Architetti``, ``Nordlager AB``,
``Γραφείο Τελετών Λεμεσού``), and the NER model and the name detectors call such a run a
person. `organisation_name` reads the run and its neighbours against a vocabulary of
organisation head nouns and company legal forms of many languages and scripts
(`org_heads_data`):

- **a head inside the name**: one of its capitalised words is a head noun (``Estudio Contable
  Ferraro``, ``Ufficio Assunzione Rischi``), a long word ends in a compound head
  (``Kindergruppe``, ``Architectenbureau``), a legal form ends it (``Rossi S.p.A.``), or a head
  of a script without spaces is inside it (``株式会社``, ``บริษัท``);
- **a head joined to the name**: on the same line, separated by spaces only, the word after the
  name is a legal form or a capitalised head (``Nordlager AB``, ``Albrecht Feinmechanik GmbH``,
  ``Bellandi & Rossi Architetti``: up to two capitalised words joined by ``&`` or ``+`` may
  come between), or the word before it is a capitalised head or a leading form (``Studio
  Bellandi``, ``PT Maju Jaya``). A title between keeps the person (``Praxis Dr. Weber``), and
  so does any other word: ``Dr. Anna Weber of Albrecht GmbH`` keeps Anna Weber;
- **a product** (NER spans only): the name is followed by a version (``Tekla Structures 2025
  SP4``, ``Rhino 8.1``) or by a developer's noun (``Lenco API``, ``Vert SDK``, ``Jupiter
  plugin``, ``Kroll's API``): people have no versions and no SDKs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def _inside(value: str) -> bool:
    """A head noun or a legal form inside the name itself."""
    if _script_head(value):
        return True
    raw = value.split()
    tokens = [t.strip(_EDGE) for t in raw]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    if raw[-1] in LEGAL_FORMS or raw[-1].rstrip(",") in LEGAL_FORMS:
        return len(tokens) > 1
    if len(tokens) > 1 and tokens[0] in LEADING_FORMS:
        return True
    if _MULTI_END.search(value):
        return True
    return any(_head(t) for t in tokens)


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
    return word in LEADING_FORMS or (word[-1:].isalpha() and _head(word))


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
