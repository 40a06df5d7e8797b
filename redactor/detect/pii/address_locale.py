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

_EXTRA_TYPES = (
    "\u0432\u0443\u043b.|\u043f\u0440\u043e\u0441\u043f.|\u043f\u0440\u043e\u0432.|\u0431\u0443\u043b\u044c\u0432."
    "|\u043f\u043b.|\u10e5\u10e3\u10e9\u10d0|\u10d2\u10d0\u10db\u10d6\u10d8\u10e0\u10d8|\u10e9\u10d8\u10ee\u10d8"
    "|\u0917\u0932\u0940|\u0938\u0947\u0915\u094d\u091f\u0930|\u0930\u094b\u0921|\u09b0\u09cb\u09a1|\u09b2\u09c7\u09a8"
)
"""Street types Faker lacks, hand-written (the most common words of each language; the only type
list here not generated): Ukrainian вул. просп. пров. бульв. пл.; Georgian ქუჩა (street) გამზირი
(avenue) ჩიხი (dead end); Hindi गली (lane) सेक्टर (sector) रोड (road); Bengali রোড (road) লেন (lane)."""
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
_LOWER = re.compile(r"[a-z\u00df-\u00ff\u0100-\u024f\u03ac-\u03ce\u0430-\u045f\u0561-\u0587]")
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
_PLACE_MARKS = frozenset(
    w for v in PLACE.values() for w in v.split("|") if w.endswith(".") or w[0].islower() or not _LATIN.match(w)
)
"""Place marks that may open a place part in lower case or with a dot (``phường``, ``г.``, ``ք.``)."""
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
_NUM = r"\d{1,5}[^\W\d_]?(?:[/-]\d{1,4}[^\W\d_]?){0,2}(?![\w/-])"
"""A house number: ``12``, ``7/4``, ``9b/1``, ``3в``, ``647-593``."""
_SP = r"[ \t]+"
_NAME = _WORD + r"(?:" + _SP + _WORD + r"){0,3}?"
_MARK_RX = _alternation(_MARK_WORDS)
_UNIT_RX = _alternation(_UNIT_WORDS)
_N2 = r",?" + _SP + r"(?:" + _MARK_RX + r"[ \t]?)?(?P<n2>" + _NUM.replace("{1,5}", "{1,4}", 1) + r")\.?"
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
        _rx(_B, r"(?P<type>", _MARK_RX, r")[ \t]?(?P<n2>", _NUM, r")(?:", _SP, _NAME, r"(?=[ \t]*[,\u060c\n]))?"),
    ),
    (
        "weak",
        _rx(
            _B, r"(?:(?P<n1>", _NUM, r")", _SP, _WORD, r"(?:", _SP, _WORD, r"){0,2}",
            r"|", _WORD, r"(?:", _SP, _WORD, r"){0,2}", _SP, r"(?P<n2>", _NUM, r"))",
        ),
    ),
)  # fmt: skip
"""(kind, core). Every core but ``mark`` and ``weak`` holds a street type; all need a number."""

_POSTCODE = (
    r"(?:[A-Z]{1,2}-)?\d{4,7}(?:-\d{3,4})?|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ]?[A-Z\d]{4}|(?:TK|ΤΚ)[ ]\d{3}[ ]\d{2}"
)
"""Postcodes of 4 to 7 digits (``H-7317``, ``31706-690``), Czech/Slovak/Greek ``777 63``, Polish
``61-668``, Dutch ``1317 YB``, UK ``S6 7LJ``, Canadian ``T2L 6K1``, Irish ``W31AWX4``, Greek ``TK 921 74``."""
_PLACE = _WORD + r"(?:[ \t-]+" + _WORD + r"){0,4}?"
_SEP = _rx(r"[ \t]*(?:[,\u060c\u3001;][ \t]*(?:\n|\\n)?|[ \t]-[ \t]|\n|\\n)[ \t>]*")
"""A comma (Latin, Arabic, ideographic), a semicolon or a dash between parts, or a line break
(also a ``\\n`` left escaped in a JSON string inside a JSON string)."""
_INLINE = re.compile(r"[ \t]+")
_STATE = r"(?:[ \t]*\([A-Z]{2}\)|[ \t]*/[ \t]*[A-Z]{2}\b)"
"""``(PI)``, ``/ SE``: a province or state after a place."""
_PARTS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (2, _rx(r"(?:", _UNIT_RX, r"|", _MARK_RX, r")[ \t]?[A-Za-z]?", _NUM, r"\.?")),
    (2, _rx(r"(?P<pc>", _POSTCODE, r")(?![\w-])(?:[ \t,]+(?P<place>", _PLACE, r")", _STATE, r"?)?")),
    (2, _rx(r"(?P<place>", _PLACE, r")(?:,?[ \t]+[A-Z]{2,4})?,?[ \t-]+(?P<pc>", _POSTCODE, r")(?![\w-])")),
    (1, _rx(r"(?P<place>", _PLACE, r")(?:", _STATE, r"|[ \t]+[A-Z]{2,3}\b)?(?=[ \t]*(?:[,.\u060c;\n!?]|$))")),
    (0, _rx(_NUM, r"(?=[ \t]*(?:[,\u060c;\n]|$))")),
)
"""(evidence, part): a unit, a postcode (and place), a place and postcode, a place, a house number."""
_MORE_NAME = _rx(r"[ \t]+(?P<w>", _WORD, r")")
_LEFT_UNIT = _rx(_UNIT_RX, r"[ \t]?[A-Za-z]?", _NUM, r"[ \t,]+$")
_LEFT_PART = _rx(
    r"(?:(?P<pc>", _POSTCODE, r")[ \t]+", _PLACE, r"|", _WORD, r"(?:\.?[ \t]?", _WORD, r"){0,2}\.?)",
    r"[ \t]*[,\u060c][ \t]*$",
)  # fmt: skip
_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:[-\u2013/](?:1[89]|20)?\d\d)?")
"""A year or a range of years: a four-digit postcode may be one, so it counts less."""
_DIGIT = re.compile(r"\d")


def _re2_words(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ND = r"\p{Nd}"
_ANCHORS: dict[str, re2._Regexp] = {
    "before": re2.compile(_re2_words(_BEFORE_WORDS)),
    "after": re2.compile(_re2_words(_AFTER_WORDS)),
    "ending": re2.compile("(?:" + _re2_words(_words(ENDING)) + f"){_ND}{{0,3}}\\w?[ \\t]+{_ND}"),
    "start": re2.compile(f"{_ND}[ \\t]+(?:" + _re2_words(_words(START)) + ")"),
    "mark": re2.compile(_re2_words(_MARK_WORDS)),
    "weak": re2.compile(
        r"[,;\n\x{60c}\x{3001}](?:[ \t>]|\\n)*(?:"
        + _re2_words(_UNIT_WORDS | _MARK_WORDS)
        + f"|[A-Z]{{0,2}}-?{_ND}{{4,7}}|{_ND}{{3}} {_ND}{{2}}|{_ND}{{2}}-{_ND}{{3}}"
        + f"|[A-Z]{{1,2}}{_ND}[A-Z{_ND}]? ?{_ND}[A-Z]{{2}}|[A-Z]{_ND}[A-Z] ?{_ND}[A-Z]{_ND}"
        + r"|[^\x00-\x{40}\[-`{-\x{bf}][^,;\n]{0,40}[ \t-]"
        + f"{_ND}{{4,7}})"
    ),
}
"""Where each core can be: its street-type, unit or mark words; for weak cores, a separator and a
unit, a postcode, or a place and postcode (the evidence a weak core needs)."""
_WINDOW: dict[str, tuple[int, int]] = {
    "before": (24, 200),
    "after": (140, 40),
    "ending": (60, 40),
    "start": (24, 80),
    "mark": (2, 40),
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
    if toks[0] in _PLACE_MARKS:
        return True
    rest = [t for t in toks if t.lower() not in _PARTICLES] or toks
    return _LOWER.match(rest[0]) is None


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
        if _LOWER.match(w) is not None and low not in _PARTICLES:
            break
        b = m.end()
    return b


def _part(text: str, start: int, inline: bool, weak: bool) -> tuple[int, int, bool] | None:
    """``(end, evidence, postcode)`` of the address part at `start`, or None; `postcode`: the part
    holds one that is not a year."""
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
            if groups.get("pc") is None or m.start("pc") > m.start("place"):
                continue
            end = m.end("pc")  # ``75011 was``: the postcode, not the sentence after it
        if ev == 1 and "@" in text[start : end + 1]:
            return None  # an e-mail line of a signature
        pc = groups.get("pc")
        year = pc is not None and _YEARS.fullmatch(pc) is not None
        return end, (1 if year else ev), pc is not None and not year
    return None


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
        got = _part(text, sep.end(), inline, weak)
        if got is None:
            break
        b, ev, pc = got
        evidence += ev
        postcode = postcode or pc
    if text[b - 1] == "." and re.search(r"[^\W\d_]{4}\.$", text[max(0, b - 6) : b]):
        b -= 1  # ``75011 Paris.``: the full stop ends the sentence
    return b, evidence, postcode


def _grow_left(text: str, a: int) -> tuple[int, int]:
    """Up to two ``postcode place,`` or place-mark parts before the core (``ք. Դաստակերտ, ``,
    ``Keşlə qəs., ``) and a unit (``Apt. 487``); returns (start, evidence)."""
    evidence = 0
    for _ in range(2):
        m = _LEFT_PART.search(text, max(0, a - 50), a)
        if m is None or m.end() != a:
            break
        words = m.group().rstrip(" \t,\u060c")
        toks = words.split()
        if m.group("pc") is None and not ((toks[0] in _PLACE_MARKS or toks[-1] in _PLACE_MARKS) and _place_ok(words)):
            break
        a = m.start()
        evidence += 1
    unit = _LEFT_UNIT.search(text, max(0, a - 24), a)
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


def _cores(text: str, kind: str, rx: re.Pattern[str], regions: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Matches of the core `rx` of `kind` near its anchors, inside `regions`, with a number and a name."""
    back, ahead = _WINDOW[kind]
    seen: set[int] = set()
    r = 0
    for hit in _ANCHORS[kind].finditer(text):
        p = hit.start()
        while r < len(regions) and regions[r][1] <= p:
            r += 1
        if r >= len(regions):
            break
        ra, rb = regions[r]
        if p < ra:
            continue
        pos, hi = max(ra, p - back), min(rb, hit.end() + ahead)
        while pos < hi:
            m = rx.search(text, pos, hi)
            if m is None or m.start() > p:
                break
            pos = m.start() + 1  # ``ship it to Szabadság utca 120``: try again from the next word
            groups = m.groupdict()
            if (groups.get("n1") is None and groups.get("n2") is None) or not _name_ok(m.group()):
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
    if (kind == "weak" or "-" in number) and _YEARS.fullmatch(number):
        return None  # ``2018 Rhys Perry``, ``1991-2002, Thomas G. Lane``: years (copyright lines)
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
        ok = evidence >= 1 or word.lower() in COMMON or _CUE.search(text[max(0, a - 64) : a].lower()) is not None
    else:
        ok = True
    return (a2, b2) if ok else None


class LocaleAddressDetector(ViewDetector):
    """Addresses of many locales from Faker-derived street types (``pii.address_locale``)."""

    name = "pii.address_locale"
    entities: tuple[str, ...] = ("ADDRESS",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if _DIGIT.search(text) is None:
            return
        regions = _merge([*info.regions(TEXT_KINDS), *labelled_values(info)])
        found: list[tuple[int, int]] = []
        for kind, rx in _CORES:
            for m in _cores(text, kind, rx, regions):
                one = _address(text, kind, m)
                if one is None:
                    continue
                if kind == "weak" and any(a < one[1] and one[0] < b for a, b in found):
                    continue  # a street type read it better (``Skicka till Storgatan 12``)
                found.append(one)
        for a, b in _merge(found):  # overlapping readings of one address: their union
            yield ("ADDRESS", a, b, 0.8)
