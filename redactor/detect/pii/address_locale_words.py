"""Words and regex pieces of ``pii.address_locale`` (`redactor.detect.pii.address_locale`): the
street types, units, house-number marks and place marks of Faker's address providers
(`address_vocab_data`) with the hand-written ones Faker lacks, and the word, number and blank
patterns its cores (`address_locale`) and parts (`address_locale_parts`) are built from."""

# ruff: noqa: RUF001  -- letters of other scripts are the point here.
from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.pii._vocab import NOT_NAME_WORDS
from redactor.detect.pii.address_vocab_data import AFTER, BEFORE, MARK, PLACE, UNIT
from redactor.detect.pii.address_words import CUES, PLACE_STOP
from redactor.detect.pii.address_world_words import AFTER as _WORLD_AFTER
from redactor.detect.pii.address_world_words import BEFORE as _WORLD_BEFORE
from redactor.detect.pii.address_world_words import MARKS as _WORLD_MARKS
from redactor.detect.pii.address_world_words import OTHER as _WORLD_OTHER
from redactor.detect.pii.address_world_words import PARTICLES as _WORLD_PARTICLES
from redactor.detect.pii.address_world_words import PLACE_MARKS as _WORLD_PLACE_MARKS
from redactor.detect.pii.address_world_words import UNITS as _WORLD_UNITS
from redactor.detect.pii.address_world_words import words as _world_words
from redactor.detect.pii.address_world_words2 import AFTER as _WORLD2_AFTER
from redactor.detect.pii.address_world_words2 import BEFORE as _WORLD2_BEFORE
from redactor.detect.pii.address_world_words2 import MARKS as _WORLD2_MARKS
from redactor.detect.pii.address_world_words2 import OTHER as _WORLD2_OTHER
from redactor.detect.pii.address_world_words2 import PLACE_MARKS as _WORLD2_PLACE_MARKS
from redactor.detect.pii.address_world_words2 import UNITS as _WORLD2_UNITS

_EXTRA_TYPES = (
    "Cra.|Kr.|Cll.|"
    "\u0432\u0443\u043b.|\u043f\u0440\u043e\u0441\u043f.|\u043f\u0440\u043e\u0432.|\u0431\u0443\u043b\u044c\u0432."
    "|\u043f\u043b.|\u10e5\u10e3\u10e9\u10d0|\u10d2\u10d0\u10db\u10d6\u10d8\u10e0\u10d8|\u10e9\u10d8\u10ee\u10d8"
    "|\u0917\u0932\u0940|\u0938\u0947\u0915\u094d\u091f\u0930|\u0930\u094b\u0921|\u09b0\u09cb\u09a1|\u09b2\u09c7\u09a8"
)
"""Street types Faker lacks, hand-written (the most common words of each language; the only type
list here not generated): Ukrainian вул. просп. пров. бульв. пл.; Georgian ქუჩა (street) გამზირი
(avenue) ჩიხი (dead end); Hindi गली (lane) सेक्टर (sector) रोड (road); Bengali রোড (road) লেন (lane); Colombian
Cra./Kr. (carrera) Cll. (calle)."""

_EXTRA_UNITS = "Apt|Apto.|Depto.|Dpto.|Edif.|Interior|Ap.|app.|Sc.|Bl.|em.|кв.|оф.|пом.|Piso|Flat|Unit|Suite|Room|Level"
"""Unit words Faker writes inside its address formats rather than as secondary addresses."""

_EXTRA_MARKS = (
    "No|No.|Nr|Nr.|N°|Nº|nº|n°|д.|дом|буд.|Số|số"
    "|\u092e\u0915\u093e\u0928 \u0928\u0902.|\u092b\u094d\u0932\u0948\u091f|\u092a\u094d\u0932\u0949\u091f"
    "|\u09ac\u09be\u09dc\u09bf|\u09ac\u09be\u09b8\u09be|\u067e\u0644\u0627\u06a9"
)
"""House-number marks Faker writes inside its building-number formats, and hand-written ones it
lacks: Hindi मकान नं. (house no.) फ्लैट (flat) प्लॉट (plot), Bengali বাড়ি/বাসা (house), Persian پلاک (plate)."""

_ROMANCE_WORDS = frozenset({"via", "campo", "lago", "feira", "setor", "parque"})
"""Lower-case forms of Latin street types that are common words too (``sent via email``)."""

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff\u0531-\u0587]")


_ELIDED = re.compile(r"(?:l|d|dell|dall|all|nell|sull)['\u2019](?=[^\W\d_])")
"""An elided article glued to a name (``l'Université``, ``dell'Indipendenza``, ``d'Italia``)."""


def _is_lower(word: str) -> bool:
    """`word` starts with a lower-case letter of a cased script (Latin, Greek, Cyrillic, Armenian),
    after an elided article (``l'Université`` is capitalised, ``l'adresse`` is not)."""
    m = _ELIDED.match(word)
    if m is not None:
        word = word[m.end() :]
    return bool(word) and word[0].islower() and _CASED.match(word) is not None


"""A lower-case first letter of a cased script (Latin, Greek, Cyrillic, Armenian): a sentence word,
not a place name. Georgian letters count as caseless (Unicode gives them an upper case few use)."""


def _words(table: dict[str, str]) -> set[str]:
    return {w for v in table.values() for w in v.split("|") if w}


def _cases(word: str) -> set[str]:
    """A Latin type capitalised and in lower case (``Rue``, ``rue``); other scripts as they are."""
    if not _LATIN.match(word):
        return {word}
    return {word, word[0].upper() + word[1:], word[0].lower() + word[1:]}


_NON_LATIN_TYPES = (
    {w for w in _words(BEFORE) | _words(AFTER) if not _LATIN.match(w)}
    | set(_EXTRA_TYPES.split("|"))
    | _world_words(_WORLD_OTHER)
    | _world_words(_WORLD2_OTHER)
)
"""A type of a non-Latin script may stand on either side of the name (Faker writes Persian
``خیابان`` after the name; people often write it before)."""

_AFTER_WORDS = _words(AFTER) | _NON_LATIN_TYPES | _world_words(_WORLD_AFTER) | _world_words(_WORLD2_AFTER)

_BEFORE_WORDS = (
    {v for w in _words(BEFORE) | _world_words(_WORLD_BEFORE) | _world_words(_WORLD2_BEFORE) for v in _cases(w)}
    | _NON_LATIN_TYPES
) - _ROMANCE_WORDS

_EN_AFTER = frozenset(w for k, v in AFTER.items() if k.startswith("en_") for w in v.split("|"))

_UNIT_WORDS = _words(UNIT) | set(_EXTRA_UNITS.split("|")) | _world_words(_WORLD_UNITS) | _world_words(_WORLD2_UNITS)

_MARK_WORDS = (
    _words(MARK) | set(_EXTRA_MARKS.split("|")) | _world_words(_WORLD_MARKS) | _world_words(_WORLD2_MARKS)
) - {"PO Box", "S/N"}

_MARKS_UNITS = frozenset(_MARK_WORDS | _UNIT_WORDS)

_EXTRA_PLACE_MARKS = (
    frozenset({"quận", "Quận", "huyện", "Huyện", "м.", "обл.", "р-н"}) | _WORLD_PLACE_MARKS | _WORLD2_PLACE_MARKS
)
"""Place marks Faker lacks, hand-written: Vietnamese quận/huyện (urban/rural district), Ukrainian м.
(city), обл. (region), р-н (district)."""

_PLACE_MARKS = (
    frozenset(
        w for v in PLACE.values() for w in v.split("|") if w.endswith(".") or w[0].islower() or not _LATIN.match(w)
    )
    | _EXTRA_PLACE_MARKS
)
"""Place marks that may open a place part in lower case or with a dot (``phường``, ``г.``, ``ք.``)."""

_DOT_WORDS = frozenset(
    w
    for w in (
        *_BEFORE_WORDS,
        *_AFTER_WORDS,
        *_UNIT_WORDS,
        *_MARK_WORDS,
        *(p for v in PLACE.values() for p in v.split("|")),
    )
    if w.endswith(".")
) | frozenset({"St.", "Rd.", "Ave.", "Blvd.", "Dr.", "Ln.", "Ct.", "Pl.", "Sq.", "Hwy.", "Pkwy."})
"""Abbreviations whose dot belongs to them at the end of an address."""

_PLACE_WORDS = frozenset(t for v in PLACE.values() for w in v.split("|") for t in w.split()) | _EXTRA_PLACE_MARKS
"""Words of the place marks and place-name parts Faker lists (``los altos``, ``phường``): lower case
is allowed for them inside a place."""

_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "das", "des", "du", "d'", "la", "le", "les", "el", "al"}
    | {"von", "van", "der", "den", "bin", "es"}
)

_STREET_PARTICLES = _PARTICLES | _WORLD_PARTICLES | {"y", "e"}
"""Lower-case words inside a street name (not a place: Polish ``na`` is a sentence word after a city);
Spanish ``y``/``e`` join a cross street (``Av. Amazonas N34-45 y Av. Atahualpa``)."""

_STOP = frozenset(PLACE_STOP) | frozenset(NOT_NAME_WORDS)

_CUE = re.compile("|".join(re.escape(c) for c in CUES))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("".join(parts))


_B = r"(?<![\w.])"

_WORD = (
    r"[^\W\d_][\w'\u2019.\-\u200c\u200d\u07a6-\u07b0\u0900-\u0dff"
    r"\u0e00-\u0f0c\u0f0f-\u0fff\u1000-\u1049\u104c-\u109f\u1780-\u17d3\u17d7\u17dc-\u17ff]*"
)
"""A word of any script (Thaana, Indic, Thai, Lao, Tibetan, Burmese and Khmer vowel signs and joiners are not
`\\w`: taken explicitly; the Tibetan shad, the Burmese ``၊``/``။`` and the Khmer full stops are not)."""

_QUITO = (
    r"(?:N|S|E|Oe|OE)\d{1,3}[A-Z]?-\d{1,4}[A-Z]?(?![\w/-])"
    r"(?:[ \t]+(?:y|e)[ \t]+(?:[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][\w.]*[ \t]+){0,3}"
    r"[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][\w]+)?"
)
"""A house number of Quito's grid (Ecuador): a quadrant letter (Norte, Sur, Este, Oeste), the number of
the cross street and the door (``N34-45``, ``Oe3-120``), with the cross street after ``y``/``e``
(``Av. Amazonas N34-45 y Av. Atahualpa``)."""

_NUM = r"(?:" + _QUITO + r"|\d{1,5}[^\W\d_]?(?:[/-]\d{1,4}[^\W\d_]?){0,2}(?![\w/-]|,\d{3}(?!\d)))"
"""A house number: ``12``, ``7/4``, ``9b/1``, ``3в``, ``647-593`` (not ``7,046,802``), ``N34-45``."""

_SP = r"[ \t]+"

_MARK_RX = _alternation(_MARK_WORDS)

_UNIT_RX = _alternation(_UNIT_WORDS)
