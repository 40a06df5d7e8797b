"""Postal addresses of many locales, from the street-type words of Faker's address providers
(``pii.address_locale``).

`pii.address` knows the shapes of English and Western European addresses well; this detector
reads the street-type vocabularies of ~60 locales (`address_vocab_data`, generated from Faker by
``scripts/build_address_vocab.py``) and the orders they imply:

cores (each holds a house number)
  - a type before the name: ``7, rue Lyna Boucetta``, ``Gg. Monginsidi No. 64``, ``Strada Taliercio, 47``;
  - a type after the name: ``17 Jones Light``, ``Györgyhalasi utca 121.``, ``ბესიკის ქ. 76``,
    ``1777 رودگر بن بست``, ``239 Adelaide Umgwaqo``;
  - a type glued to the name: ``Nilsenekra 1``, ``177/76 ถนนเขียวขุ้ย``;
  - a house-number mark: ``H.No. 17, Sodhi Chowk``, ``буд. 77``;
  - weak: words and a house number (``הדגניות 64``, ``1/7 तमांग``).
growth
  parts after the core, behind commas or line breaks: units (``բն. 38``, ``Apt. 841``), a postcode
  with or without its place (``H-7317 Mátrahetvenváros``, ``Secunderabad-824219``, ``TK 24219
  Ιωάννινα``), short place names, a house number; before the core, up to two ``postcode place``
  parts or places with a place mark (``ք. Դաստակերտ``, ``г. Пенза``), and a unit (``Apt. 487``).
evidence
  a core with a non-English street type stands alone; an English type (Faker's list holds
  ``Light``, ``Club``, ``Union``) needs a part after it, a common suffix or an address cue before
  it; a mark or weak core needs a postcode, a unit or two places (a year is no postcode).

Speed: RE2 finds the street-type, unit and mark words (for weak cores: a separator and a postcode
or unit) in one linear pass per core kind; a core's Python pattern runs only in a window around
each of them, inside prose, string and comment segments and address-labelled lines. These anchors
are necessary conditions of the cores, so they are always on (the ``prefilter`` switch changes nothing).
"""

# ruff: noqa: RUF001, RUF002  -- letters of other scripts are the point here.
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import NOT_NAME_WORDS, TECH_NAMES
from redactor.detect.pii.address_cores import COMMON
from redactor.detect.pii.address_vocab_data import AFTER, BEFORE, ENDING, MARK, PLACE, START, UNIT
from redactor.detect.pii.address_words import CUES, PLACE_STOP, labelled_values
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.number_kinds import measured

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


def _is_lower(word: str) -> bool:
    """`word` starts with a lower-case letter of a cased script (Latin, Greek, Cyrillic, Armenian)."""
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


_NON_LATIN_TYPES = {w for w in _words(BEFORE) | _words(AFTER) if not _LATIN.match(w)} | set(_EXTRA_TYPES.split("|"))
"""A type of a non-Latin script may stand on either side of the name (Faker writes Persian
``خیابان`` after the name; people often write it before)."""
_AFTER_WORDS = _words(AFTER) | _NON_LATIN_TYPES
_BEFORE_WORDS = ({v for w in _words(BEFORE) for v in _cases(w)} | _NON_LATIN_TYPES) - _ROMANCE_WORDS
_EN_AFTER = frozenset(w for k, v in AFTER.items() if k.startswith("en_") for w in v.split("|"))
_UNIT_WORDS = _words(UNIT) | set(_EXTRA_UNITS.split("|"))
_MARK_WORDS = (_words(MARK) | set(_EXTRA_MARKS.split("|"))) - {"PO Box", "S/N"}
_MARKS_UNITS = frozenset(_MARK_WORDS | _UNIT_WORDS)
_EXTRA_PLACE_MARKS = frozenset({"quận", "Quận", "huyện", "Huyện", "м.", "обл.", "р-н"})
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
    | {"von", "van", "der", "den", "bin"}
)
_STOP = frozenset(PLACE_STOP) | frozenset(NOT_NAME_WORDS)
_CUE = re.compile("|".join(re.escape(c) for c in CUES))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("".join(parts))


_B = r"(?<![\w.])"
_WORD = r"[^\W\d_][\w'\u2019.\-\u200c\u200d\u0900-\u0dff]*"
"""A word of any script (Indic vowel signs and joiners are not `\\w`: taken explicitly)."""
_NUM = r"\d{1,5}[^\W\d_]?(?:[/-]\d{1,4}[^\W\d_]?){0,2}(?![\w/-]|,\d{3}(?!\d))"
"""A house number: ``12``, ``7/4``, ``9b/1``, ``3в``, ``647-593`` (not ``7,046,802``)."""
_SP = r"[ \t]+"
_NAME = _WORD + r"(?:" + _SP + _WORD + r"){0,3}?"
_MARK_RX = _alternation(_MARK_WORDS)
_UNIT_RX = _alternation(_UNIT_WORDS)
_N2 = r"[,\u060c]?" + _SP + r"(?:" + _MARK_RX + r"[ \t]?)?(?P<n2>" + _NUM.replace("{1,5}", "{1,4}", 1) + r")\.?"
"""A house number after the name, with an optional mark (``, 47``, `` No. 64``, ``, д. 7``); five
digits there are a postcode (``rue des Lilas, 75011``)."""

_CORES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "before",
        _rx(
            r"(?:(?P<n1>", _NUM, r"),?", _SP, r")?", _B,
            r"(?P<type>", _alternation(_BEFORE_WORDS), r")", _SP,
            r"(?:", _NAME, _N2, r"|", _WORD, r")",
        ),
    ),
    (
        "after",
        _rx(
            r"(?:", _B, r"(?P<n1>", _NUM, r"),?", _SP, r")?", _B, _NAME, _SP,
            r"(?P<type>", _alternation(_AFTER_WORDS), r")(?:", _N2, r")?",
        ),
    ),
    (
        "ending",
        _rx(_B, r"(?P<type>[^\W\d_][\w'-]*?", _alternation(_words(ENDING)), r")\d{0,3}[^\W\d_]?", _SP,
            r"(?P<n2>", _NUM, r")\.?"),
    ),
    ("start", _rx(_B, r"(?P<n1>", _NUM, r")", _SP, r"(?P<type>", _alternation(_words(START)), r")[^\W\d_]\S*")),
    (
        "mark",
        _rx(
            _B, r"(?:", _WORD, _SP, r")?(?P<type>", _MARK_RX, r")[ \t]?(?P<n2>", _NUM, r")",
            r"(?:(?:", _SP, r"(?:", _WORD, r"|\d{1,4}\b)){1,5}?(?=[ \t]*[,\u060c\n]))?",
        ),
    ),
    (
        "grid",
        _rx(
            _B, r"(?P<type>", _alternation(_BEFORE_WORDS), r")[ ]+(?:[\w.\u00aa\u00ba]+[ ]+){0,4}?",
            r"(?:#|No\.?|N[\u00b0\u00ba]\.?)[ ]?(?P<n2>\d{1,3}[A-Z]?-\d{1,3}[A-Z]?)\b",
            r"(?:[ ](?:Sur|Este|Norte|Oeste)\b)?",
        ),
    ),
    (
        "weak",
        _rx(
            _B, r"(?:(?P<n1>", _NUM, r")[ ]+", _WORD, r"(?:[ ]+", _WORD, r"){0,2}",
            r"|", _WORD, r"(?:[ ]+", _WORD, r"){0,2}[ ]+(?P<n2>", _NUM, r"))",
        ),
    ),
)  # fmt: skip
"""(kind, core). Every core but ``mark`` and ``weak`` holds a street type; all need a number. The
``grid`` core reads Colombian addresses (``Cl. 5 Sur # 59R-22 Este``, ``Calle 26 No. 59-51``). A mark
may follow a word (``House No. 8``) and precede a name with numbers (``Số 787 Khóm 45 Lê Lai``)."""

_POSTCODE = (
    r"(?:TK|ΤΚ)[ ]?\d{3}[ ]?\d{2}|(?:[A-Z]{1,2}-)?\d{4,7}(?:-\d{3,4})?|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ]?[A-Z\d]{4}"
)
"""Postcodes of 4 to 7 digits (``H-7317``, ``31706-690``), Czech/Slovak/Greek ``777 63``, Polish
``61-668``, Dutch ``1317 YB``, UK ``S6 7LJ``, Canadian ``T2L 6K1``, Irish ``W31AWX4``, Greek ``TK 921 74``."""
_PLACE = _WORD + r"(?:[ \t-]+" + _WORD + r"){0,4}?"
_SEP = _rx(r"[ \t]*(?:[,\u060c\u3001;][ \t]*(?:\n|\\n)?|[ \t]-[ \t]|\n|\\n)[ \t>]*")
"""A comma (Latin, Arabic, ideographic), a semicolon or a dash between parts, or a line break
(also a ``\\n`` left escaped in a JSON string inside a JSON string)."""
_INLINE = re.compile(r"[ \t]+")
_STATE = r"(?:[ \t]*\((?:[A-Z]{2}|[^\W\d_][\w .'-]{1,24})\)|[ \t]*/[ \t]*[A-Z]{2}\b)"
"""``(PI)``, ``(Québec)``, ``/ SE``: a province or state after a place."""
_PARTS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (2, _rx(r"(?:", _UNIT_RX, r"|", _MARK_RX, r")[ \t]?[A-Za-z]?", _NUM, r"\.?")),
    (
        2,
        _rx(
            r"(?P<pc>",
            _POSTCODE,
            r")(?![\w-])(?:[ \t,]+(?P<place>",
            _WORD,
            r"(?:[ \t-]+",
            _WORD,
            r"){0,4})",
            _STATE,
            r"?)?",
        ),
    ),
    (
        2,
        _rx(r"(?P<place>", _PLACE, r")(?:", _STATE, r"|,?[ \t]+[A-Z]{2,4})?,?[ \t-]+(?P<pc>", _POSTCODE, r")(?![\w-])"),
    ),
    (1, _rx(r"(?P<place>", _PLACE, r")(?:", _STATE, r"|[ \t]+[A-Z]{2,3}\b)?(?=[ \t]*(?:[,.\u060c;\n!?]|$))")),
    (0, _rx(_NUM, r"(?=[ \t]*(?:[,\u060c;\n]|$))")),
)
"""(evidence, part): a unit, a postcode (and place), a place and postcode, a place, a house number."""
_MARKED_PLACE = _rx(
    r"(?:",
    _alternation(_PLACE_MARKS),
    r")[ \t]?",
    _WORD,
    r"(?:[ \t]+(?!",
    _alternation(_PLACE_MARKS),
    r"[ \t])",
    _WORD,
    r"){0,3}",
)
"""A place part opened by a place mark (``phường Long Bình``, ``tỉnh Thanh Hóa``): it may follow
without a comma."""
_MORE_NAME = _rx(r"[ \t]+(?P<w>", _WORD, r")")
_LEFT_UNIT = _rx(_UNIT_RX, r"[ \t]?[A-Za-z]?", _NUM, r"[ \t,]+$")
_LEFT_PART = _rx(
    r"(?<![\w.])(?:(?P<pc>", _POSTCODE, r")(?:[ \t]+", _PLACE, r")?|", _WORD, r"(?:\.?[ \t]?", _WORD, r"){0,2}\.?)",
    r"[ \t]*[,\u060c][ \t]*$",
)  # fmt: skip
_LEFT_PART_ENDS = frozenset(",\u060c")
"""The commas `_LEFT_PART` ends with (before spaces and tabs): a match ending at a position needs one
right before it (an empty string is in no frozenset)."""
_UNIT_ENDS = frozenset(" \t,")
"""What `_LEFT_UNIT` ends with (before ``$``)."""
_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:[-\u2013/](?:1[89]|20)?\d\d)?")
"""A year or a range of years: a four-digit postcode may be one, so it counts less."""
_DIGIT = re.compile(r"\d")


def _re2_words(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _anchors(ascii_only: bool) -> dict[str, re2._Regexp]:
    """RE2 anchors of each core kind; `ascii_only`: for ASCII texts (ASCII words and classes only,
    a smaller automaton than the Unicode one)."""
    nd = "[0-9]" if ascii_only else r"\p{Nd}"
    letter = "A-Za-z" if ascii_only else r"\p{L}\p{M}"
    start = f"(?:^|[^{letter}0-9_.])" if ascii_only else r"(?:^|[^\p{L}\p{M}\p{N}_.])"

    def keep(words: Iterable[str]) -> set[str]:
        return {w for w in words if w.isascii()} if ascii_only else set(words)

    def whole(words: Iterable[str], after: str = "") -> re2._Regexp:
        return re2.compile(start + "(" + _re2_words(keep(words)) + ")" + (after or f"(?:[^{letter}]|$)"))

    postcode = (
        f"[A-Z]{{0,2}}-?{nd}{{4,7}}|{nd}{{3}} {nd}{{2}}|{nd}{{2}}-{nd}{{3}}"
        f"|[A-Z]{{1,2}}{nd}[A-Z0-9]? ?{nd}[A-Z]{{2}}|[A-Z]{nd}[A-Z] ?{nd}[A-Z]{nd}"
        + ("|[A-Za-z]" if ascii_only else r"|[^\x00-\x{40}\[-`{-\x{bf}]")
        + f"[^,;\n]{{0,40}}[ \t-]{nd}{{4,7}}"
    )
    out = {
        "before": whole(_BEFORE_WORDS),
        "after": whole(_AFTER_WORDS),
        "ending": re2.compile("((?:" + _re2_words(keep(_words(ENDING))) + f"){nd}{{0,3}}[{letter}]?[ \t]+{nd})"),
        "mark": whole(_MARK_WORDS, f"[ \t]?{nd}"),
        "grid": re2.compile(f"((?:#|No\\.?|N[\\x{{b0}}\\x{{ba}}]\\.?) ?{nd}{{1,3}}[A-Z]?-{nd})"),
        "weak": re2.compile(
            r"([,;\n"
            + ("" if ascii_only else r"\x{60c}\x{3001}")
            + r"](?:[ \t>]|\\n)*(?:(?:"
            + _re2_words(keep(_UNIT_WORDS | _MARK_WORDS))
            + f")[ \t]?[A-Za-z]?{nd}|(?:{postcode})(?:[^0-9\\-:/.]|\\.(?:[^0-9]|$)|$)))"
        ),
    }
    if not ascii_only:
        out["start"] = re2.compile(f"({nd}[ \t]+(?:" + _re2_words(_words(START)) + "))")
    return out


_ANCHORS = _anchors(ascii_only=False)
_ASCII_ANCHORS = _anchors(ascii_only=True)
"""Where each core can be: its street-type, unit or mark words; for weak cores, a separator and a
unit, a postcode, or a place and postcode (the evidence a weak core needs)."""
_WINDOW: dict[str, tuple[int, int]] = {
    "before": (24, 200),
    "after": (90, 40),
    "ending": (60, 40),
    "start": (24, 80),
    "mark": (24, 60),
    "grid": (60, 20),
    "weak": (80, 0),
}
"""Characters before and after an anchor that a core's match can reach."""


def _place_ok(words: str) -> bool:
    """Place words: no sentence or tech word, and capitalised in a cased script, after any place
    mark (``phường``, ``г.``) and particles (``da Mata``)."""
    toks = words.replace("-", " ").split()
    if not toks or len(toks) > 6:
        return False
    if any(t.lower().strip(".,'") in PLACE_STOP or t.lower() in TECH_NAMES for t in toks):
        return False
    rest = [t for t in words.split() if t.lower() not in _PARTICLES and t not in _PLACE_WORDS]
    return not any(_is_lower(t) for t in rest)  # ``Maria said hello`` is no place; ``Pelletier-sur-Mer`` is


def _name_ok(core: str) -> bool:
    """The words of a core: no sentence or tech words (``Update 5``, ``to 17``); house-number
    marks and unit words (``No.``) are no part of the name."""
    toks = [t for t in re.split(r"[ \t,]+", core) if t and not t[0].isdigit() and t not in _MARKS_UNITS]
    return not any(t.lower().strip(".,'") in _STOP or t.lower() in TECH_NAMES for t in toks)


def _extend_name(text: str, b: int) -> int:
    """A street name after a type and no number (``7, rue Chantal Gaillard``): up to four more
    words on the line, capitalised in a cased script (or particles), no sentence words."""
    for _ in range(4):
        m = _MORE_NAME.match(text, b)
        if m is None:
            break
        w = m.group("w")
        low = w.lower().rstrip(".")
        if low in PLACE_STOP or low in TECH_NAMES:
            break
        if _is_lower(w) and low not in _PARTICLES:
            break
        b = m.end()
    return b


def _place_before_stop(text: str, a: int, b: int) -> int | None:
    """The end of the place words before the first sentence word of ``text[a:b]`` (``Norte de
    Santander by Friday``), or None when they are no place."""
    toks = list(re.finditer(r"\S+", text[a:b]))
    for i, t in enumerate(toks):
        word = t.group()
        low = word.lower()
        if low in PLACE_STOP:
            if i == 0 or not _place_ok(text[a : a + toks[i - 1].end()]):
                return None
            return a + toks[i - 1].end()
    return None


def _longest_place(text: str, a: int, b: int) -> int | None:
    """The end of the longest run of place words at the start of ``text[a:b]`` (``H-7317 Szeged
    péntekig``: ``Szeged``), or None."""
    toks = list(re.finditer(r"\S+", text[a:b]))
    for i in range(len(toks), 0, -1):
        if _place_ok(text[a : a + toks[i - 1].end()]):
            return a + toks[i - 1].end()
    return None


def _part(text: str, start: int, inline: bool, weak: bool) -> tuple[int, int, bool] | None:
    """``(end, evidence, postcode)`` of the address part at `start`, or None; `postcode`: the part
    holds one that is not a year."""
    marked = _MARKED_PLACE.match(text, start)
    if inline and marked is not None and not weak:
        return marked.end(), 1, False  # ``... Phường Tân Phú Đông tỉnh Thanh Hóa``
    for ev, rx in _PARTS:
        if inline and (ev < 2 or weak):
            continue  # without a separator only a unit or a postcode carries on (not after a weak core)
        m = rx.match(text, start)
        if m is None or m.end() <= start:
            continue
        groups = m.groupdict()
        end = m.end()
        place = groups.get("place")
        if place and not _place_ok(place):
            if ev == 1:
                cut = _place_before_stop(text, m.start("place"), m.end("place"))
                if cut is None:
                    continue
                end = cut
            elif groups.get("pc") is None or m.start("pc") > m.start("place"):
                continue
            else:  # ``75011 Paris and then``: the postcode and the place words before the sentence
                cut = _longest_place(text, m.start("place"), m.end("place"))
                end = m.end("pc") if cut is None else cut
        if ev == 1 and "@" in text[start : end + 1]:
            return None  # an e-mail line of a signature
        pc = groups.get("pc")
        year = pc is not None and _YEARS.fullmatch(pc) is not None
        return end, (1 if year else ev), pc is not None and not year
    return None


def _table_rows(text: str, b: int, c: int) -> bool:
    """The lines either side of the line break in ``text[b:c]`` are both rows of a delimited table:
    each holds three or more of the same cell delimiter (``,``, ``;``, tab, ``|``)."""
    ls = text.rfind("\n", 0, b) + 1
    nl = text.find("\n", b, c)
    ne = text.find("\n", nl + 1)
    above, below = text[ls:nl], text[nl + 1 : len(text) if ne < 0 else ne]
    return any(above.count(d) >= 3 and below.count(d) >= 3 for d in ",;\t|")


def _grow_right(text: str, b: int, weak: bool) -> tuple[int, int, bool]:
    """Grow over the parts after `b`; returns (end, evidence, whether a postcode was among them)."""
    evidence = 0
    postcode = False
    for _ in range(6):
        sep = _SEP.match(text, b)
        inline = sep is None
        if sep is None:
            sep = _INLINE.match(text, b)
            if sep is None:
                break
        if text.count("\n", b, sep.end()) + text.count("\\n", b, sep.end()) > 1:
            break  # a blank line ends the address
        if "\n" in text[b : sep.end()] and _table_rows(text, b, sep.end()):
            break  # the next row of a delimited table starts another record
        got = _part(text, sep.end(), inline, weak)
        if got is None:
            break
        b, ev, pc = got
        evidence += ev
        postcode = postcode or pc
    last = re.search(r"(\S+)\.$", text[max(0, b - 30) : b])
    if last is not None and last.group(1)[-1].isalpha() and last.group() not in _DOT_WORDS:
        b -= 1  # ``75011 Paris.``: the full stop ends the sentence (``Ave.``, ``кв.`` keep theirs)
    return b, evidence, postcode


def _left_part_start(m: re.Match[str]) -> int | None:
    """Where a part before the core starts: its postcode, its place mark (``to ք. Դաստակերտ,``
    starts at ``ք.``) or a street of a non-Latin script (a Persian street before its alley); None
    when it is none of these."""
    if m.group("pc") is not None:
        return None if _YEARS.fullmatch(m.group("pc")) else m.start("pc")
    words = m.group().rstrip(" \t,\u060c")
    toks = words.split()
    for i in range(len(toks)):
        rest = toks[i:]
        marked = (rest[0] in _PLACE_MARKS or rest[-1] in _PLACE_MARKS) and _place_ok(" ".join(rest))
        street = rest[0] in _NON_LATIN_TYPES or rest[-1] in _NON_LATIN_TYPES  # ``خیابان ولیعصر، کوچه ...``
        if marked or (street and len(rest) <= 3):
            return m.start() + words.index(rest[0]) if i == 0 else m.start() + len(" ".join(toks[:i])) + 1
    return None


def _left_unit(text: str, a: int) -> re.Match[str] | None:
    """``_LEFT_UNIT.search(text, a - 24, a)``, skipped when it cannot match: without a digit (its
    number) or without a space, tab or comma right before `a` (or before a line break ending there,
    where ``$`` also matches)."""
    lo = max(0, a - 24)
    tail = text[lo:a]
    if tail.endswith("\n"):
        tail = tail[:-1]
    if tail[-1:] not in _UNIT_ENDS or _DIGIT.search(text, lo, a) is None:
        return None
    return _LEFT_UNIT.search(text, lo, a)


def _grow_left(text: str, a: int) -> tuple[int, int]:
    """Up to two ``postcode place,`` or place-mark parts before the core (``ք. Դաստակերտ, ``,
    ``Keşlə qəs., ``) and a unit (``Apt. 487``); returns (start, evidence)."""
    evidence = 0
    for _ in range(2):
        if text[max(0, a - 60) : a].rstrip(" \t")[-1:] not in _LEFT_PART_ENDS:
            break  # no comma before `a`: `_LEFT_PART` cannot end there (a pre-check, same answer)
        m = _LEFT_PART.search(text, max(0, a - 60), a)
        if m is None or m.end() != a:
            break
        start = _left_part_start(m)
        if start is None:
            break
        a = start
        evidence += 1
    unit = _left_unit(text, a)
    if unit is not None:
        a, evidence = unit.start(), evidence + 2
    return a, evidence


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ranges covering `ranges`."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_TITLE_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
"""A capitalised word right after an English street: a title (``7 Blue Street Blues``), unless a
part or a cue makes it an address."""


def _lower_name(m: re.Match[str]) -> bool:
    """A typed core whose name holds a lower-case word of a cased script (``Avenue font 14``)."""
    name = _without_type(m)
    return any(_is_lower(t) and t.lower() not in _PARTICLES for t in name.split() if t not in _MARKS_UNITS)


def _without_type(m: re.Match[str]) -> str:
    """A core's text without its street type (``Street`` is an English word, not a name)."""
    if m.groupdict().get("type") is None:
        return m.group()
    return m.string[m.start() : m.start("type")] + " " + m.string[m.end("type") : m.end()]


def _cores(
    text: str,
    kind: str,
    rx: re.Pattern[str],
    anchor: re2._Regexp,
    regions: list[tuple[int, int]],
    subject: str | bytes | None = None,
) -> Iterator[re.Match[str]]:
    """Matches of the core `rx` of `kind` near the hits of `anchor`, inside `regions`, with a
    number and a name. `subject`: what `anchor` reads, `text` or (ASCII only) its bytes."""
    back, ahead = _WINDOW[kind]
    seen: set[int] = set()
    r = 0
    for hit in anchor.finditer(text if subject is None else subject):
        p = hit.start(1)
        while r < len(regions) and regions[r][1] <= p:
            r += 1
        if r >= len(regions):
            break
        ra, rb = regions[r]
        if p < ra:
            continue
        pos, hi = max(ra, p - back), min(rb, hit.end(1) + ahead)
        while pos < hi:
            m = rx.search(text, pos, hi)
            if m is None or m.start() > p:
                break
            pos = m.start() + 1  # ``ship it to Szabadság utca 120``: try again from the next word
            groups = m.groupdict()
            if (groups.get("n1") is None and groups.get("n2") is None) or not _name_ok(_without_type(m)):
                continue
            if kind in ("before", "after") and _lower_name(m):
                continue
            inside = m.end() <= p if kind == "weak" else m.start() <= p < m.end()
            if inside and m.start() not in seen:
                seen.add(m.start())
                yield m
                if kind != "weak":
                    break


def _address(text: str, kind: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The address grown from a core, or None when the evidence is too weak."""
    a, b = m.start(), m.end()
    groups = m.groupdict()
    number = groups.get("n1") or groups.get("n2") or ""
    if kind == "mark" and a < m.start("type") and _is_lower(text[a:]):
        a = m.start("type")  # ``đến Số 12``: a lower-case word before the mark is no part of it
    if (kind == "weak" or "-" in number) and _YEARS.fullmatch(number):
        return None  # ``2018 Rhys Perry``, ``1991-2002, Thomas G. Lane``: years (copyright lines)
    if kind == "weak" and any(_is_lower(t) for t in m.group().split()):
        return None  # ``e.g. 793, 1408``: a weak core's words are names (capitalised, or of a caseless script)
    if kind == "ending" and is_english(groups["type"].lower()):
        return None  # ``During 1972``, ``Spring 2024``: an English word that ends like ``-ring``
    if kind == "before" and groups.get("n2") is None:
        b = _extend_name(text, b)
    b2, evidence, postcode = _grow_right(text, b, weak=kind == "weak")
    a2, left = _grow_left(text, a)
    evidence += left
    word = (groups.get("type") or "").rstrip(".")
    if kind == "weak":
        ok = postcode or evidence >= 3  # ``2 Turbo, Level 4``: a unit alone is not enough
    elif kind == "mark":
        ok = evidence >= 2
    elif kind == "after" and word in _EN_AFTER:
        ok = (
            postcode
            if _YEARS.fullmatch(number)  # ``2021, 2022 Anthony Green``: copyright years
            else evidence >= 1
            or (word.lower() in COMMON and _TITLE_AFTER.match(text, b2) is None)  # not ``7 Blue Street Blues``
            or _CUE.search(text[max(0, a - 64) : a].lower()) is not None
        )
    else:
        ok = True
    return (a2, b2) if ok else None


class LocaleAddressDetector(ViewDetector):
    """Addresses of many locales from Faker-derived street types (``pii.address_locale``)."""

    name = "pii.address_locale"
    entities: tuple[str, ...] = ("ADDRESS",)
    shares_results = True  # pii.contact_row reads them too

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if _DIGIT.search(text) is None:
            return
        anchors = _ASCII_ANCHORS if text.isascii() else _ANCHORS
        # an ASCII text as bytes: the same offsets, without the RE2 wrapper encoding the text again
        # for every search and mapping every hit's offsets back
        subject: str | bytes = text.encode("ascii") if text.isascii() else text
        regions: list[tuple[int, int]] | None = None
        found: list[tuple[int, int]] = []
        for kind, rx in _CORES:
            anchor = anchors.get(kind)
            if anchor is None or anchor.search(subject) is None:
                continue
            if regions is None:
                regions = _merge([*info.regions(TEXT_KINDS), *labelled_values(info)])
            for m in _cores(text, kind, rx, anchor, regions, subject):
                one = _address(text, kind, m)
                if one is None or measured(text, one[0]):
                    continue  # "61204 MiB\n1, NVIDIA ...": a figure with its unit, not a house number
                if kind == "weak" and any(a < one[1] and one[0] < b for a, b in found):
                    continue  # a street type read it better (``Skicka till Storgatan 12``)
                found.append(one)
        for a, b in _merge(found):  # overlapping readings of one address: their union
            yield ("ADDRESS", a, b, 0.8)
