"""The parts an address of ``pii.address_locale`` grows over around its core
(`redactor.detect.pii.address_locale`): after it, behind commas or line breaks, units, postcodes
with or without their place, short place names and house numbers, stopping at a blank line and
at the next row of a delimited table; before it, up to two ``postcode place`` or place-mark parts
and a unit."""

# ruff: noqa: RUF001, RUF002  -- letters of other scripts are the point here.
from __future__ import annotations

import re
import unicodedata

from redactor.detect.pii._vocab import TECH_NAMES
from redactor.detect.pii.address_locale_words import (
    _DOT_WORDS,
    _MARK_RX,
    _MARKS_UNITS,
    _NON_LATIN_TYPES,
    _NUM,
    _PARTICLES,
    _PLACE_MARKS,
    _PLACE_WORDS,
    _UNIT_RX,
    _WORD,
    _alternation,
    _is_lower,
    _rx,
)
from redactor.detect.pii.address_vocab_data import ENDING
from redactor.detect.pii.address_words import PLACE_STOP
from redactor.detect.pii.address_world_words import NUMBER_FIRST

_POSTCODE = (
    r"(?:TK|ΤΚ)[ ]?\d{3}[ ]?\d{2}|(?:[A-Z]{1,2}-)?\d{4,7}(?:-\d{3,4})?|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ]?[A-Z\d]{4}"
)
"""Postcodes of 4 to 7 digits (``H-7317``, ``31706-690``), Czech/Slovak/Greek ``777 63``, Polish
``61-668``, Dutch ``1317 YB``, UK ``S6 7LJ``, Canadian ``T2L 6K1``, Irish ``W31AWX4``, Greek ``TK 921 74``."""

_PLACE = _WORD + r"(?:[ \t-]+" + _WORD + r"){0,4}?"

_SEP = _rx(r"[ \t]*(?:[,\u060c\u104a\u1363\u3001;][ \t]*(?:\n|\\n)?|[ \t]-[ \t]|\n|\\n)[ \t>]*")
"""A comma (Latin, Arabic, Burmese, Ethiopic, ideographic), a semicolon or a dash between parts, or a line break
(also a ``\\n`` left escaped in a JSON string inside a JSON string)."""

_INLINE = re.compile(r"[ \t]+")

_STATE = (
    r"(?:[ \t]*\((?:[A-Z]{2}|[^\W\d_][\w .'-]{1,24})\)|[ \t]*/[ \t]*[A-Z]{2}\b"
    r"|/(?:[A-Z\u00c0-\u00de\u0130\u015e\u011e][^\W\d_]{2,24}))"
)
"""``(PI)``, ``(Québec)``, ``/ SE``, ``/İstanbul``: a province or state after a place (Turkish addresses
write ``district/province``)."""

_HU_FLOOR = (
    r"(?:\d{1,2}|[IVX]{1,4})\.[ \t]?(?:em(?:elet)?\.?|fsz\.?|f\u00f6ldszint)(?!\w)"
    r"(?:[ \t]?\d{1,3}\.?(?:[ \t]?ajt\u00f3)?(?!\w))?|fsz\.?[ \t]?\d{1,3}\.?(?!\w)"
)
"""A Hungarian floor and door after the house number, the number first: ``3. em. 2.``, ``III. emelet
12.``, ``fsz. 1.`` (földszint: ground floor)."""

_FULL_STOPS = "[\u0964\u0965\u06d4\u104b\u1362\u17d4\u3002]"
"""Sentence-final marks of other scripts (Devanagari ``।``, Urdu ``۔``, Burmese ``။``, Ethiopic ``።``,
Khmer ``។``, ideographic ``。``): a place before one ends its address like one before a full stop."""

_ES_FLOOR = (
    r"\d{1,2}(?:[\u00ba\u00aa\u00b0]|r|n|t|\u00e8|er|o)?\.?[ \t]?"
    r"(?:\d{1,2}[\u00ba\u00aa\u00b0a]|(?:izq|izqda|izda|dcha|dch|drcha|ezk|esk|ctro)\.|"
    r"izquierda|derecha|ezkerra|eskuina|esquerra|dreta)(?!\w)"
    r"|\d{1,2}[\u00ba\u00aa\u00b0][ \t]?[A-H](?!\w)"
)
"""A Spanish, Catalan or Basque floor and door after the house number, the floor first: ``3º 2ª``,
``3r 2a``, ``2º izda.``, ``3. ezk.`` (ezkerra: left), ``1º B``."""

_PARTS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (2, _rx(r"(?:", _UNIT_RX, r"|", _MARK_RX, r")[ \t]?[A-Za-z]?", _NUM, r"\.?")),
    (2, _rx(_HU_FLOOR)),
    (2, _rx(_ES_FLOOR)),
    (2, _rx(r"\d{1,4}-(?:[^\W\d_]{1,3}[ \t])?", _alternation(NUMBER_FIRST), r"(?!\w)")),
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
    (
        1,
        _rx(
            r"(?P<place>",
            _PLACE,
            r")(?:",
            _STATE,
            r"|[ \t]+[A-Z]{2,3}\b)?(?=[ \t]*(?:[,.\u060c\u104a\u1363;\n!?]|$|" + _FULL_STOPS + r")|\\?\")",
        ),
    ),
    (0, _rx(r"(?P<district>", _PLACE, r")[ \t]+\d{1,2}(?=[ \t]*(?:[,.\u060c\u104a\u1363;\n!?]|$|", _FULL_STOPS, r"))")),
    (0, _rx(_NUM, r"(?=[ \t]*(?:[,\u060c\u104a\u1363;\n]|$))")),
)
"""(evidence, part): a unit, a Hungarian floor and door, a Turkic or Mongolian number-first unit
(``12-батир``, ``18-се фатир``), a postcode (and place), a place and postcode, a
place (also before the closing quote of a JSON or CSV string), a place with a district number
(``Colombo 03``, ``Baile Átha Cliath 2``, ``Zona 1``: no evidence,
``Figure 2`` has that shape too), a house number."""

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

_LEFT_UNIT = _rx(_UNIT_RX, r"[ \t]?[A-Za-z]?", _NUM, r"[ \t,]+$")

_LEFT_MARK = _rx(r"(?<![\w.])", _MARK_RX, r"[ \t]?$")
"""A house-number mark right before a core that starts with its number (``No. 25, Galle Road``,
``Nyumba Na. 23, Mtaa wa Uhuru``)."""

_LEFT_PART = _rx(
    r"(?<![\w.])(?:(?P<pc>", _POSTCODE, r")(?:[ \t]+", _PLACE, r")?|", _WORD, r"(?:\.?[ \t]?", _WORD, r"){0,2}\.?)",
    r"[ \t]*[,\u060c\u104a\u1363][ \t]*$",
)  # fmt: skip

_LEFT_PART_ENDS = frozenset(",\u060c\u104a\u1363")
"""The commas `_LEFT_PART` ends with (before spaces and tabs): a match ending at a position needs one
right before it (an empty string is in no frozenset)."""

_UNIT_ENDS = frozenset(" \t,")
"""What `_LEFT_UNIT` ends with (before ``$``)."""

_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:[-\u2013/](?:1[89]|20)?\d\d)?")
"""A year or a range of years: a four-digit postcode may be one, so it counts less."""

_DIGIT = re.compile(r"\d")

_LONG_DIGITS = re.compile(r"\d{6}")
"""Six digits in a row inside a word: an account or id number, not a place (``C1043 CABA`` is one)."""

_STREETISH = re.compile(_alternation(w for v in ENDING.values() for w in v.split("|") if w) + r"\b", re.IGNORECASE)
"""A street type glued to the end of a name (``Kastanienstraße``): a street and its number, not a
district; a separate type word stays allowed (``Road 7``, ``सेक्टर 12`` are parts of South Asian addresses)."""


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


def _place_before_stop(text: str, a: int, b: int) -> int | None:
    """The end of the place words before the first sentence word of ``text[a:b]`` (``Norte de
    Santander by Friday``), or None when they are no place."""
    toks = list(re.finditer(r"[^\s,\u060c\u104a\u1363]+", text[a:b]))
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
    toks = list(re.finditer(r"[^\s,\u060c\u104a\u1363]+", text[a:b]))
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
        if ev == 1 and place and _LONG_DIGITS.search(place):
            continue  # ``Košice;SK6809...``: an account number after a CSV cell, not a place
        if ev == 1 and "@" in text[start : end + 1]:
            return None  # an e-mail line of a signature
        district = groups.get("district")
        if district and (not _place_ok(district) or _STREETISH.search(district)):
            continue  # ``Kastanienstraße 9``: a street and its number, not a district
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
    words = m.group().rstrip(" \t,\u060c\u104a\u1363")
    toks = words.split()
    for i in range(len(toks)):
        rest = toks[i:]
        marked = (rest[0] in _PLACE_MARKS or rest[-1] in _PLACE_MARKS) and _place_ok(" ".join(rest))
        street = rest[0] in _NON_LATIN_TYPES or rest[-1] in _NON_LATIN_TYPES  # ``خیابان ولیعصر، کوچه ...``
        if marked or (street and len(rest) <= 3):
            return m.start() + words.index(rest[0]) if i == 0 else m.start() + len(" ".join(toks[:i])) + 1
    return None


def _caseless_letter(ch: str) -> bool:
    """A letter or vowel sign of a script without case (Arabic, Devanagari, Thai, Ethiopic, ...)."""
    return unicodedata.category(ch)[0] in "LM" and not ch.isascii() and ch.lower() == ch.upper()


def _caseless_word(word: str) -> bool:
    """Letters of a caseless script, no digit and no ASCII character."""
    return any(_caseless_letter(c) for c in word) and not any(c.isdigit() or c.isascii() for c in word)


def _caseless_place_start(text: str, a: int, b: int) -> int | None:
    """A bare place of a caseless script leading the address (``تهران، خیابان ...``, ``አዲስ አበባ፣
    ቦሌ መንገድ 456``): the last one or two words of ``text[a:b]``, letters without case only, whose
    start is a boundary (the text's or a line's start, punctuation, or a word of another script:
    ``to الرياض،``), so a sentence of that script before the comma (``إلى الرياض،``) is not taken."""
    toks = list(re.finditer(r"[^\s,\u060c\u104a\u1363]+", text[a:b]))
    for n in (1, 2):
        if len(toks) < n:
            return None
        words = [t.group() for t in toks[-n:]]
        if not all(_caseless_word(w) for w in words):
            return None
        if any(w in PLACE_STOP or w in _MARKS_UNITS or w in _NON_LATIN_TYPES for w in words):
            return None
        start = a + toks[-n].start()
        before = text[max(0, start - 8) : start].rstrip(" \t")
        if not before or not _caseless_letter(before[-1]):
            return start
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
            bare = m.group("pc") is None
            start = _caseless_place_start(text, m.start(), m.end()) if bare else None
            if start is not None:
                a = start  # a bare city of a caseless script: the outermost part, no evidence
            break
        a = start
        evidence += 1
    if text[a : a + 1].isdigit():
        mark = _LEFT_MARK.search(text, max(0, a - 16), a)
        if mark is not None:
            a = mark.start()
    unit = _left_unit(text, a)
    if unit is not None:
        a, evidence = unit.start(), evidence + 2
    return a, evidence
