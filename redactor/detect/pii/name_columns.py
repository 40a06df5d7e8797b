"""Names split over a table's name-part columns (``first_name,last_name``; ``Vorname;Nachname``).

CRM, mailing-list, voter-file and customer exports often keep a person's given and family name
in two columns, so every cell holds one word with no label, no honorific and no second name
beside it: ``owner_first,owner_last,email,...`` then ``Kwabena,Asante,k.asante@...``. A header
cell names a part of a name when, normalised (lower case, ``_``, ``-``, ``.`` and camelCase
humps read as blanks), it is

- a developer key of a name part: ``first_name``, ``firstName``, ``FNAME``, ``given``,
  ``surname``, ``family_name``, ``middle_name``, or such a key after a role prefix
  (``owner_first``, ``billing_last_name``, ``contact_firstname``);
- a name-part label of a form in any language (`field_vocab.NAME_PART_LABELS`: ``Vorname``,
  ``prénom``, ``apellido``, ``sukunimi``).

A bare ``first``/``last``/``given``/``family`` (after a prefix or alone) counts only when the same
header also names the other part: ``first,last`` over rows of ranges and ``given,when,then``
scenario tables are no name tables. The cells of those columns are
read in the rows below (`table_columns.name_part_rows`: rows with at least the header's number of
cells, since an unquoted comma inside a later address cell adds cells after the name columns).
The header is the evidence; each cell need only be wholly a name of one to three words
(`_name_cell`): not a placeholder (``test``, ``n/a``), capitalised (`names.clean_name`), a known
given or family name or no common English verb, adjective or adverb (``Beaumont``, ``Carroll``;
not ``Pending``), no type in capitals (``VARCHAR``); in an uncased script (Arabic, Hebrew, Indic,
Thai, CJK) a name by `field_labels.name_value`.

Gate: one RE2 search for a name-part header word next to a cell delimiter; a text without one
costs that search.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import Finding
from redactor.detect.pii.cjk_names_data import HANGUL_SURNAMES
from redactor.detect.pii.common_words import is_common_word
from redactor.detect.pii.field_labels import name_value
from redactor.detect.pii.field_vocab import NAME_PART_LABELS, PLACEHOLDERS
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, CHINESE_SURNAMES, GIVEN_NAMES, SURNAMES
from redactor.detect.pii.name_form import name_like
from redactor.detect.pii.names import clean_name
from redactor.detect.pii.table_columns import name_part_rows

__all__ = ["name_column_findings"]

_LABELS: frozenset[str] = frozenset(
    label.strip().lower() for labels in NAME_PART_LABELS.values() for label in labels.split("|") if label.strip()
)
"""Name-part labels of forms in many languages, lower case, words separated by one blank."""

_KEY_PART = re.compile(
    r"(?:(?P<p>[a-z]+ ){0,2})"
    r"(?P<part>first|given|fore|christian|last|family|sur|middle|maiden)[ ]?(?P<name>names?)?"
)
"""A developer key of a name part after up to two prefix words, normalised (``owner first``,
``billing last name``, ``firstname``)."""
_SHORT_KEYS = {"fname": "first", "lname": "last", "forename": "first", "surname": "last", "mname": "middle"}
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s_.\-]+")
_QUOTES = " \t\"'`"
_DELIMITERS = ("\t", ";", ",", "|")

_WORDS = sorted(
    {re.escape(w) for label in _LABELS for w in label.split() if len(w) >= 4}
    | {"first", "last", "given", "family", "surname", "forename", "fname", "lname", "middle"},
    key=len,
    reverse=True,
)
_GATE = re2.compile(
    r"(?i)(?:[,;|\t][\"'`]?[\w .-]{0,20}?(?:" + "|".join(_WORDS) + r")"
    r"|(?:" + "|".join(_WORDS) + r")[\w .-]{0,20}?[\"'`]?[ ]*[,;|\t])"
)
"""A name-part header word in a cell beside a delimiter (any script: RE2's ``\\w`` reads Unicode)."""
_PLACEHOLDER_NAMES = frozenset(
    {"john doe", "jane doe", "richard roe", "joe bloggs", "fred bloggs", "max mustermann", "erika mustermann"}
)
"""Full names that stand for nobody (documentation and fixture conventions; as in `lexnames`)."""
_JSON_VALUE_START = re.compile(r'": "(?=[^"\n]*$)', re.MULTILINE)
"""The start of the last JSON string value on a line: a tool result's text (a CSV file) starts there."""
_GEORGIAN, _GEORGIAN_END = "\u10d0", "\u10ff"
_INNER = frozenset("'\u2019.-\u200c\u200d")


def _normalise(cell: str) -> str:
    return _SEPARATORS.sub(" ", _HUMP.sub(" ", cell.strip(_QUOTES))).strip().lower()


def _part_of(cell: str) -> tuple[str, bool] | None:
    """The name part a header cell names (``first``, ``last``, ``middle`` or ``label``), and whether
    the cell says so on its own (False: a bare ``first``/``last`` that needs the other part)."""
    key = _normalise(cell)
    if not key or len(key) > 40:
        return None
    if key in _LABELS:
        return "label", True
    for short, part in _SHORT_KEYS.items():
        if key == short or key.endswith(" " + short):  # not channelname, fullname
            return part, True
    m = _KEY_PART.fullmatch(key)
    if m is None:
        return None
    part = {"given": "first", "fore": "first", "christian": "first", "family": "last", "sur": "last"}.get(
        m.group("part"), m.group("part")
    )
    if part == "maiden":
        part = "last"
    if m.group("name") is None and m.group("part") in ("fore", "sur", "christian", "maiden"):
        return None  # "fore", "sur" alone are no keys
    return part, m.group("name") is not None


def _known(value: str) -> bool:
    """A word of `value` is a known given or family name (hand-written or Faker-derived lists)."""
    return any(w in GIVEN_NAMES or w in SURNAMES or w in BROAD_GIVEN_NAMES for w in value.lower().split())


def _letters(value: str) -> bool:
    """`value` is one to three words of letters and combining marks (Indic vowel signs), with
    apostrophes, hyphens, initials' dots and zero-width joiners inside."""
    words = value.split(" ")
    if not 1 <= len(words) <= 3:
        return False
    for word in words:
        if not word or not unicodedata.category(word[0]).startswith("L"):
            return False
        if any(not unicodedata.category(c).startswith(("L", "M")) and c not in _INNER for c in word):
            return False
    return True


def _name_cell(value: str) -> bool:
    """`value` is wholly a name of one to three words: in a cased script capitalised
    (`names.clean_name`), a known given or family name or no common English verb, adjective or
    adverb (``Beaumont``, ``Carroll``; not ``Pending``, ``Required``), and no type in capitals
    (``VARCHAR``); in an uncased script a name by `field_labels.name_value`."""
    if not _letters(value) or value.casefold() in PLACEHOLDERS:
        return False
    if not any(c.isupper() or (c.islower() and not _GEORGIAN <= c <= _GEORGIAN_END) for c in value):
        # an uncased script (Arabic, Hebrew, Indic, Thai, CJK; Georgian writes no capitals)
        if value in HANGUL_SURNAMES or value in CHINESE_SURNAMES:
            return True  # a family name alone in its column: 김, 박, 王
        return name_value(value, weak=False, part=True) == len(value)
    particle = value[0].islower()  # van de Darnau, da Costa, le Luc
    if clean_name(value, min_tokens=1, max_tokens=3, particle_start=particle) != (0, len(value)):
        return False
    words = [w.lower() for w in value.split()]
    if _known(value):
        return True
    if value.isupper():
        return False  # a type or a code in capitals (VARCHAR, TEXT, NULL), unless a known name
    return not any(is_common_word(w) for w in words)


def _header_columns(line: str) -> tuple[str, list[int], bool] | None:
    """The delimiter of a header `line`, the indexes of its name-part columns, and whether every
    one of them says so on its own (False: bare ``first``/``last`` keys), or None."""
    if any(c.isdigit() for c in line):
        return None
    delim = max(_DELIMITERS, key=line.count)
    if line.count(delim) < 2:
        return None
    parts = [_part_of(c) for c in line.split(delim)]
    named = [(i, p) for i, p in enumerate(parts) if p is not None]
    kinds = {p[0] for _, p in named}
    paired = "first" in kinds and "last" in kinds
    columns = [i for i, (_kind, alone) in named if alone or paired]
    if not columns:
        return None
    return delim, columns, all(alone for _, (_kind, alone) in named if _ in columns)


def name_column_findings(text: str, *, gated: bool = True) -> Iterator[Finding]:
    """PERSON findings for the cells of name-part columns of every table in `text`."""
    del gated  # the gate search is the candidate search: nothing to skip without it
    seen: set[int] = set()
    pos = 0
    while True:
        m = _GATE.search(text, pos)
        if m is None:
            return
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        pos = le + 1
        if ls in seen:
            continue
        seen.add(ls)
        header = _header_columns(text[ls:le])
        if header is None and '": "' in text[ls:le] and (v := _JSON_VALUE_START.search(text, ls, le)) is not None:
            ls = v.end()  # a CSV file that starts a JSON string: "content": "pnr,last,first,dob\nQ7XK2M,Hoang,...
            header = _header_columns(text[ls:le])
        if header is None:
            continue
        delim, columns, explicit = header
        width = text.count(delim, ls, le) + 1
        for row in name_part_rows(text, le, delim, columns, width):
            values = [text[a:b] for a, b in row]
            if " ".join(values).casefold() in _PLACEHOLDER_NAMES:
                continue
            if not explicit and not any(_known(v) or all(name_like(w) for w in v.split()) for v in values if v.strip()):
                continue  # bare first/last keys: a range table unless a cell is a known name
            for (a, b), value in zip(row, values, strict=True):
                if _name_cell(value):
                    yield ("PERSON", a, b, 0.8)
