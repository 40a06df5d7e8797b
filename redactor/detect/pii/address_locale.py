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

Modules: the cores, their anchors and the evidence here; the parts an address grows over in
`address_locale_parts`; the words and regex pieces both are built from in `address_locale_words`.
"""

# ruff: noqa: RUF002  -- letters of other scripts are the point here.
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import TECH_NAMES
from redactor.detect.pii.address_cores import COMMON
from redactor.detect.pii.address_locale_parts import (
    _DIGIT,
    _FULL_STOPS,
    _YEARS,
    _grow_left,
    _grow_right,
)
from redactor.detect.pii.address_locale_parts import _LEFT_PART as _LEFT_PART  # re-exported: tests read them
from redactor.detect.pii.address_locale_parts import _LEFT_PART_ENDS as _LEFT_PART_ENDS
from redactor.detect.pii.address_locale_parts import _LEFT_UNIT as _LEFT_UNIT
from redactor.detect.pii.address_locale_parts import _left_unit as _left_unit
from redactor.detect.pii.address_locale_words import (
    _AFTER_WORDS,
    _B,
    _BEFORE_WORDS,
    _CUE,
    _EN_AFTER,
    _MARK_RX,
    _MARK_WORDS,
    _MARKS_UNITS,
    _NON_LATIN_TYPES,
    _NUM,
    _SP,
    _STOP,
    _STREET_PARTICLES,
    _UNIT_WORDS,
    _WORD,
    _alternation,
    _is_lower,
    _rx,
    _words,
)
from redactor.detect.pii.address_vocab_data import ENDING, START
from redactor.detect.pii.address_words import PLACE_STOP, labelled_values
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.number_kinds import measured

_NAME = _WORD + r"(?:" + _SP + _WORD + r"){0,3}?"

_N2 = r"[,\u060c]?" + _SP + r"(?:" + _MARK_RX + r"[ \t]?)?(?P<n2>" + _NUM.replace("{1,5}", "{1,4}", 1) + r")\.?"
"""A house number after the name, with an optional mark (``, 47``, `` No. 64``, ``, д. 7``); five
digits there are a postcode (``rue des Lilas, 75011``)."""

_QUOTED = "[\u201e\u00ab\u201c\u201a]"
_QUOTED_END = "[\u201c\u201d\u00bb\u2018\u2019]"
"""Typographic quotes around a street name after its type (``ул. „Шипка“ 14``, ``ул. «Ленина» 5``,
``ul. „Długa“ 3``), as Bulgarian, Russian, Ukrainian, Czech and Polish texts quote names."""

_CORES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "before",
        _rx(
            r"(?:(?P<n1>", _NUM, r"),?", _SP, r")?", _B,
            r"(?P<type>", _alternation(_BEFORE_WORDS), r")", _SP,
            r"(?:", _QUOTED, r"?", _NAME, _QUOTED_END, r"?", _N2, r"|", _WORD, r")",
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

_MORE_NAME = _rx(r"[ \t]+(?P<w>", _WORD, r")")


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
        if _is_lower(w) and low not in _STREET_PARTICLES:
            break
        b = m.end()
    return b


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
    return any(_is_lower(t) and t.lower() not in _STREET_PARTICLES for t in name.split() if t not in _MARKS_UNITS)


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
    tail = _typed_tail(text, m) if kind == "mark" else None
    if tail is not None:
        b = max(b, tail)
    b2, evidence, postcode = _grow_right(text, b, weak=kind == "weak")
    a2, left = _grow_left(text, a)
    evidence += left
    word = (groups.get("type") or "").rstrip(".")
    if kind == "weak":
        ok = postcode or evidence >= 3  # ``2 Turbo, Level 4``: a unit alone is not enough
    elif kind == "mark":
        ok = evidence >= 2 or tail is not None
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


_TYPED_TAIL = _rx(
    r"[ \t]+(?:", _alternation(_NON_LATIN_TYPES), r")[ \t]?(?:", _WORD, r"[ \t]+)?\d{1,4}(?!\w)",
    r"(?:[ \t]+", _WORD, r"(?=[ \t]*(?:[,\u060c\n]|", _FULL_STOPS, r"|$)))?",
)


def _typed_tail(text: str, m: re.Match[str]) -> int | None:
    """The end of a street type of a caseless script and a street number (or a name and number) right
    after a marked house number, with the place word after them when a comma, a full stop or the
    text's end follows it (``ផ្ទះលេខ ៣៧ ផ្លូវ ១៥៤ ភ្នំពេញ។``: house no. 37, street 154, Phnom Penh): mark,
    type and two numbers are an address with no part after them."""
    t = _TYPED_TAIL.match(text, m.end("n2"))
    return None if t is None else t.end()


def _weak_core_taken(m: re.Match[str], found: list[tuple[int, int]]) -> bool:
    """A weak core overlaps an address found already (by a typed core), short of its last
    character. The address `_address` grows from a weak core holds all of the core but perhaps a
    final full stop (`_grow_right` gives back at most that one character), so it would overlap
    that address too, and the detector drops a weak address that does: checking the core first
    skips the growing, with the same result (``tests/test_speed10_exact.py``)."""
    return any(a < m.end() - 1 and m.start() < b for a, b in found)


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
                if kind == "weak" and _weak_core_taken(m, found):
                    continue  # its address would overlap one found: skipped below, grown or not
                one = _address(text, kind, m)
                if one is None or measured(text, one[0]):
                    continue  # "61204 MiB\n1, NVIDIA ...": a figure with its unit, not a house number
                if kind == "weak" and any(a < one[1] and one[0] < b for a, b in found):
                    continue  # a street type read it better (``Skicka till Storgatan 12``)
                found.append(one)
        for a, b in _merge(found):  # overlapping readings of one address: their union
            yield ("ADDRESS", a, b, 0.8)
