"""Street addresses, in the many shapes people write them.

An address is found from a *core* and then grown along the line and over the following lines:

cores
  - English: house number, street words, a street suffix (``385 Gemsbok St``, ``2347 Lauzon
    Parkway``);
  - street-type prefix + house number (``Rua Igreja 25``, ``Via Zannoni 49``, ``ul. Cicha 86``,
    ``1812 Rue De La Gare``);
  - street-suffix word + house number (``Populierenstraat 374``, ``Sygehusvej 153``,
    ``Hlíðarvegur 97``, ``Erzsébet tér 19.``, ``Martin Linges veg 149``);
  - post boxes and US military addresses (``P.O. Box 186``, ``PSC 0725, Box 6031 / APO AP 99241``);
  - ``the corner of X and Y``;
  - weak: capitalised words + house number (``Atamaria 86``), accepted only with evidence.
growth
  units (``Apt. 236``, ``Suite 721``), ``, City``, ``, ST 12345``, postcodes, and following lines
  that hold a unit, a city, a state or a country and postcode (also behind ``>`` quote markers).
evidence
  a unit or postcode found while growing, or an address cue before it (``address``, ``lives
  at``, ``moved to``, ``send ... to``). Weak cores need it; English cores with rare suffixes too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import NOT_NAME_WORDS, TECH_NAMES
from redactor.detect.pii.address_cores import (
    COMMON,
    CORNER_CORE,
    CW,
    EU_CORE,
    GRID_CORE,
    IN_CORE,
    JP_CORE,
    LOWER,
    LOWER_STREET_CORE,
    MILITARY_CORE,
    NAMED_CORE,
    NUM,
    POBOX_CORE,
    PREFIX_CORE,
    PREFIX_TYPE_START,
    STREET_WORDS,
    SUFFIX,
    SW_CORE,
    SW_NAMED_CORE,
    TR_CORE,
    UK_ONE_WORD_CORE,
    UNIT,
    UNIT_LED_CORE,
    US_CORE,
    WEAK_CORE,
    ZIP,
    eu_street,
    gates_passed,
)
from redactor.detect.pii.address_inline import inline_values
from redactor.detect.pii.address_lists import not_a_street
from redactor.detect.pii.address_words import (
    CUES,
    LOWER_STREET_ABBREVIATIONS,
    NOT_TEXT,
    PLACE_STOP,
    labelled_values,
)
from redactor.detect.pii.example_contacts import placeholder_address
from redactor.detect.pii.parcel_numbers import parcel_number

_LOWER_CORE = re.compile(
    r"(?i:address|addr)[ \t]*(?:is|:)?[ \t]*\n?[ \t]*"
    r"(?P<core>\d{1,6}[ \t]+[a-z][\w'.-]*(?:[ \t]+[\w'.-]+){0,3}?[ \t]+\d{1,5}[a-z]?\b"
    r"(?:[ \t]+(?:apt|suite|unit)\.?[ \t]+\d{1,5})?(?:[ \t]+[a-z][\w'-]*){0,5})(?=[ \t]*(?:[.,?!\"]|$))",
    re.MULTILINE,
)
_UNIT_TAIL = re.compile(r"(?:,?[ \t]+|[ \t]+[-\u2013][ \t]+)" + UNIT)
"""A unit after the street: ``, Apt. 4``, `` - apto 72`` (Brazilian), ``, 2º izq`` (Spanish)."""
_PW = (
    r"(?:[A-Z][a-z]{0,2}\.|(?:Brgy|Bgy|Dist|Prov|Twp)\."
    r"|[^\W\d_" + LOWER + r"](?:[^\W\d_]|['\u2019-](?=[^\W\d_])|\.(?=[^\W\d_])"
    r"|/(?=[^\W\d_" + LOWER + r"]))*)"
)  # place word (City/Province)
_PLACE_TOKEN = (
    r"(?:" + _PW + r"|nan|nad|na|di|de|del|della|la|le|du|des|van|von|am|an|im|sur|upon|on"
    r"|(?:es|el|al|bel|ben)(?=[ \t]+[A-Z]))"
)
"""A word of a place name after its first; the Arabic articles only before a capital: ``Dar es
Salaam``, ``Ras el Khaimah``, ``Sidi bel Abbès``."""
_ORDINAL_STREET = r"\d{1,3}(?:st|nd|rd|th)[ \t]+" + SUFFIX
"""``11th Avenue``, ``5th Street`` between the commas of a long address."""
_COMMA_PART = re.compile(  # an ordinal stage/phase/block/sector of a locality too: ``Indiranagar 1st Stage``
    r",[ \t]*(?:(?P<words>(?:" + _ORDINAL_STREET + r"|" + _PW + r")(?:[ \t]+" + _PLACE_TOKEN + r"){0,4})"
    r"(?:[ \t]+\d{1,2}\b(?![.:/-]\d)|[ \t]+\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:floor|fl\.|stage|phase|block|sector))?"
    r"(?:[ \t]*\([^)\n]{1,30}\))?)?"
    r"(?:(?<=,)[ \t]*(?P<zip2>" + ZIP + r")(?:[ \t]+(?P<city>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,3}"
    r"(?:[ \t]+\d{1,2}\b)?))?"
    r"|,?[ \t]+(?P<zip>" + ZIP + r"))?(?![\w-])"
)
_THOUSANDS = re.compile(r",\d{3}(?![\d])")
"""``,000`` right after a number: a thousands separator (postcodes follow a comma and a space)."""
_ZIP_TAIL = re.compile(r"[ \t]+(?P<zip>" + ZIP + r")\b(?![\w-])")
_CITY_AFTER_ZIP = re.compile(r"[ \t]+(?P<words>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,3})(?![\w-])")
"""The city after a postcode the core ended with: ``rue des Lilas, 75011 Paris``."""
_POSTCODE_END = re.compile(r",[ \t]*\d{4,6}$")
_DASH_PART = re.compile(r"[ \t]+[-\u2013][ \t]+(?P<words>" + _PW + r"(?:[ \t]+" + _PW + r"){0,3})(?![\w-])")
"""Brazilian-style parts: ``Rua Augusta, 1508 - Consolação, São Paulo - SP``."""
_TRAIL_WORDS = re.compile(r"[ \t]+" + _PW + r"(?:[ \t]+" + _PW + r"){0,3}(?=[ \t]*(?:[,.?!;\n\"]|$|[ \t]+\d))")
_LINE_PREFIX = re.compile(r"[ \t>]*")
_UNIT_LINE = re.compile(UNIT + r"(?:,?[ \t]+" + UNIT + r")*[ \t]*$")
_STATE_LINE = re.compile(r",[ \t]*(?:[A-Za-z]{2,3})?[ \t]*$")
_ZIP_LINE = re.compile(ZIP + r"[ \t]*$")
_ZIP_FIRST_LINE = re.compile(
    r"(?P<zip>" + ZIP + r")[ \t]+(?P<words>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,3})(?P<eol>[ \t]*$)"
)
"""A European postcode-and-city line: ``69117 Heidelberg``."""
_PLACE_LINE = re.compile(
    r"(?P<words>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,4})(?:[ \t]*\([^)\n]{1,30}\))?"
    r"(?:,[ \t]*(?:[A-Za-z]{2,3})?)?(?:[ \t]+(?P<zip>"
    + ZIP
    + r")(?![\w-]))?(?P<eol>[ \t]*[.?!]*[ \t]*(?:$|[\"')\]}]))?"
)
_LEFT_TOKEN = re.compile(r"(?:" + NUM + r"|" + CW + r")[ \t]+$")


_CUE = re.compile("|".join(re.escape(c) for c in CUES))
"""Any of the `CUES` (as a substring): one search instead of a loop over the cues."""


_SIZE_DATE = re.compile(
    r"\d+[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]+\d{1,2}[ \t]+(?:\d{4}|\d{1,2}:\d{2})(?!\S)"
)
"""A size and a date as an ``ls -l`` row prints them (``1204 Mar  3  2024 README.md``,
``4096 Dec 31 23:59``): no address. The whole row's shape is `ner_input._LS_PREFIX`, which `pii`
cannot import (`ner_input` imports `pii`)."""


def _cue_before(text: str, a: int) -> bool:
    return _CUE.search(text[max(0, a - 64) : a].lower()) is not None


def _words_ok(words: str) -> bool:
    toks = words.split()
    if not toks or toks[0][0].islower():
        return False  # a lower-case word of a cased script (``τηλ. 210``) starts no street
    bad = sum(1 for t in toks if t.lower().strip(".'") in NOT_NAME_WORDS or t.lower() in TECH_NAMES)
    return bad == 0


_LEAD_UNIT = re.compile(
    r"(?:(?i:flat|unit|apt\.?|apartment|suite|ste\.?|room|floor|level|blk|block|shop)"
    r"[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?|\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:floor|fl\.))"
    r",?[ \t]+"
    r"(?:" + CW + r"(?:[ \t]+" + CW + r"){0,3},[ \t]+)?$"
)
"""``Flat 3, 27 Albert Road``, ``Flat 4B, Prestige Lakeside, 12 Varthur Road``: the unit (and
building) written before the house number."""


def _left_unit(text: str, a: int) -> int:
    m = _LEAD_UNIT.search(text, max(0, a - 60), a)
    return m.start() if m is not None else a


def _left(text: str, a: int) -> int:
    """Grow left over house numbers and capitalised words on the same line (at most 3 tokens).

    Over house numbers only when the core opens with a street type (see `PREFIX_TYPE_START`).
    """
    numbers_only = PREFIX_TYPE_START.match(text, a) is not None
    for _ in range(3):
        m = _LEFT_TOKEN.search(text, max(0, a - 40), a)
        if m is None or m.end() != a:
            break
        tok = m.group().strip()
        if numbers_only and not tok[0].isdigit():
            break
        if tok.lower() in NOT_NAME_WORDS or tok.lower() in TECH_NAMES:
            break
        if tok[0].islower() and tok not in LOWER_STREET_ABBREVIATIONS:
            break  # ``τηλ. 210 7243 115, Λεωφόρος ...``: a lower-case word is no part of a street name
        a = m.start()
    return a


def _right(text: str, b: int, weak: bool) -> tuple[int, int]:
    """Grow right along the line and over following address lines; returns (end, evidence)."""
    evidence = 0
    progressed = True
    while progressed:
        progressed = False
        for rx, ev in (
            (_UNIT_TAIL, 2),
            (_COMMA_PART, 1),
            (_ZIP_TAIL, 1),
            (_DASH_PART, 0),
            (_CITY_AFTER_ZIP, 1),
            (_TRAIL_WORDS, 0),
        ):
            m = rx.match(text, b)
            if m is None or m.end() <= b:
                continue
            if rx is _CITY_AFTER_ZIP and not (
                _POSTCODE_END.search(text, max(0, b - 8), b) and _place_ok(m.group("words"))
            ):
                continue
            if rx is _COMMA_PART:
                if text[b - 1].isdigit() and _THOUSANDS.match(text, b):
                    break  # "EUR 10,000", "1,200": an amount, not a number and a postcode
                words = m.group("words") or ""
                zipcode = m.group("zip") or m.group("zip2")
                if not zipcode and not words:
                    continue
                if words and not _place_ok(words) and not zipcode:
                    continue
                evidence += 1 + (1 if zipcode else 0)
                city = m.group("city")
                if city and not _place_ok(city):
                    b = m.start("city") - 1  # "75011 Paris" yes, "75011 was" no: stop after the postcode
                    while text[b - 1] in " \t":
                        b -= 1
                    progressed = True
                    break
            elif rx in (_TRAIL_WORDS, _DASH_PART) and not _place_ok(
                m.group("words") if rx is _DASH_PART else m.group()
            ):
                continue
            else:
                evidence += ev
            b = m.end()
            progressed = True
            break
    lines = 0
    blank_used = False
    while lines < 5 and b < len(text):
        nl = re.match(r"[ \t]*\n", text[b : b + 200])
        if nl is None:
            break
        line_start = b + nl.end()
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        p = _LINE_PREFIX.match(text, line_start, line_end)
        content_start = p.end() if p else line_start
        content = text[content_start:line_end]
        if not content.strip():
            if blank_used:
                break
            nxt_end = text.find("\n", line_end + 1)
            nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)].strip(" \t>")
            m = _PLACE_LINE.match(nxt)
            if line_end >= len(text) or m is None or not m.group("zip"):
                break
            blank_used = True
            b = line_end
            continue
        add = 0
        if _UNIT_LINE.match(content):
            add = 2
        elif _STATE_LINE.match(content) or _ZIP_LINE.match(content):
            add = 1
        else:
            m = _ZIP_FIRST_LINE.match(content)
            if m is not None and _place_ok(m.group("words")):
                evidence += 2
                b = content_start + m.start("eol")
                lines += 1
                continue
            m = _PLACE_LINE.match(content)
            if m is None or not (m.group("zip") or m.group("eol") is not None):
                break
            if ":" in content[: m.end()] or "@" in content or not _place_ok(m.group("words")):
                break
            add = 1 + (1 if m.group("zip") else 0)
            evidence += add
            b = content_start + (m.end() if m.group("eol") is None else m.start("eol"))
            if m.group("eol") is None or m.group("eol").strip(" \t.?!"):
                break  # the address ends inside this line (a sentence or a closing quote follows)
            lines += 1
            continue
        evidence += add
        b = content_start + len(content.rstrip(" \t.?!"))
        lines += 1
    return b, evidence


_LOWER_CITY = re.compile(
    r"[ \t]+(?P<words>[^\W\d_A-Z][\w'-]+(?:[ \t]+[^\W\d_A-Z][\w'-]+){0,2})(?=[ \t]*(?:[.,;!?\"\n]|$))"
)


_POSTCODE_TAIL = re.compile(r"(?<![\w-])(?:\d{4,6}|\d{5}-\d{3}|\d{3}[ ]\d{2}|\d{2}-\d{3})$")
"""A numeric postcode at the end of what an address grew to (``50001``, ``01310-100``, ``411 38``)."""


def _lower_city(text: str, b: int) -> int:
    """A lower-case city after the postcode a lower-case address ended with (``50001 zaragoza``)."""
    if _POSTCODE_TAIL.search(text[max(0, b - 12) : b]) is None:
        return b
    m = _LOWER_CITY.match(text, b)
    if m is None or any(t in PLACE_STOP for t in m.group("words").split()):
        return b
    return m.end()


_LOWER_PART = re.compile(
    r",[ \t]*(?P<words>[" + LOWER + r"][\w'-]*(?:[ \t]+[" + LOWER + r"][\w'-]*){0,2})(?=[ \t]*(?:[.,;!?\"\n]|$))"
)


def _lower_parts(text: str, b: int) -> int:
    """Up to two lower-case place parts after a lower-case street (``, bela vista, são paulo``)."""
    for _ in range(2):
        m = _LOWER_PART.match(text, b)
        if m is None or any(t in PLACE_STOP or t in NOT_NAME_WORDS for t in m.group("words").split()):
            break
        b = m.end()
    return b


def _place_ok(words: str) -> bool:
    """City, state and country words: capitalised (or all caps), no sentence words."""
    toks = words.split()
    if len(toks) >= 2 and toks[0] == "The" and toks[1][0].isupper():
        toks = toks[1:]  # "The Maltings", "The Hague": a building or place with its article
    if not toks or len(toks) > 5:
        return False
    if any(
        (t.lower().strip(".,") in PLACE_STOP and not (t.isupper() and len(t) <= 3))
        or (t.lower() in TECH_NAMES and t.lower() not in STREET_WORDS)  # "4 Quay Street" (not quay.io)
        for t in toks
    ):
        return False  # (upper-case OR, IN, ME are state codes, not sentence words)
    caps = sum(1 for t in toks if t[0].isupper() or not t[0].isalpha() or t.lower() == "nan")
    return caps * 2 >= len(toks) + (1 if len(toks) > 2 else 0)


_STREET_STOP = frozenset(w for w in PLACE_STOP if len(w) > 1) - {"no", "an", "end"}
"""Sentence words that never sit between a street type and its house number (``via M-Pesa
twice for invoice 7712`` is no street); ``No`` is a house-number mark (``Calle Sol No 5``)."""


def _street_words_ok(words: str) -> bool:
    return not any(t.lower().strip(".,'") in _STREET_STOP or t.lower() in TECH_NAMES for t in words.split())


_NEXT_WORD = re.compile(r"[ \t]+\S")
_DOUBLE_NUMBER = re.compile(r"\d{1,6}[ \t]+\S.*\d\.?$")
"""A core that starts and ends with a number (``12 Rua Augusta 15``)."""
_SUFFIX_END = re.compile(SUFFIX + r"\b\.?(?:[ \t]+\w{1,5})?$")
_WEAK_HINT = re.compile(r"[\w'\u2019.-][ \t]+\d")
"""What every `WEAK_CORE` match holds (its last word, blanks, the house number): a region without
it is not searched for weak cores."""


def _matches(rx: re.Pattern[str], text: str, ra: int, rb: int) -> Iterator[re.Match[str]]:
    """Matches of a core; a US or weak core whose words fail is retried from its next word.

    ``She lives at Vinohradská 1511/230``: the first try starts at "She"; the street starts later.
    """
    check = (
        _place_ok
        if rx in (US_CORE, NAMED_CORE, SW_NAMED_CORE)
        else _words_ok
        if rx in (WEAK_CORE, UK_ONE_WORD_CORE, UNIT_LED_CORE)
        else _street_words_ok
        if rx in (LOWER_STREET_CORE, PREFIX_CORE)
        else None
    )
    pos = ra
    while pos < rb:
        m = rx.search(text, pos, rb)
        if m is None:
            return
        if check is None or check(m.group() if rx is PREFIX_CORE else m.group("words") or m.group("en")):
            yield m
            pos = m.end()
            continue
        nxt = _NEXT_WORD.search(text[m.start() : m.end()])
        pos = m.start() + nxt.end() - 1 if nxt is not None else m.end()


_INNER_TYPE = re.compile(r"[ \t](?=[^\W\d_])")


def _street_start(text: str, a: int, b: int) -> int:
    """Where a core's street starts: at a street type written before the name inside it, if any.

    ``Locuiesc pe Bulevardul Unirii 12`` (I live on ...): a weak core opens at the first capitalised
    word; the street opens at ``Bulevardul``. Weak cores only: a US core's inner word (``1600 R
    Street``, ``350 Old Route Road``) is part of the name.
    """
    if PREFIX_TYPE_START.match(text, a) is not None:
        return a
    for m in _INNER_TYPE.finditer(text, a, b):
        if PREFIX_TYPE_START.match(text, m.end()) is not None:
            return m.end()
    return a


class AddressDetector(ViewDetector):
    """Street addresses (``pii.address``)."""

    name = "pii.address"
    entities: tuple[str, ...] = ("ADDRESS",)
    shares_results = True  # pii.contact_row reads them too

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        taken: list[tuple[int, int]] = []
        passed = gates_passed(info.text, self.gated)
        labelled = labelled_values(info) if "label" in passed else []
        labelled = [*labelled, *inline_values(info)]  # `14 Hope Road, Kingston` quoted in prose: text
        regions = sorted([*info.regions(TEXT_KINDS), *labelled])
        cores: list[tuple[int, int, str]] = []
        for rx, strength, gate in (
            (MILITARY_CORE, "strong", "military"),
            (CORNER_CORE, "strong", "corner"),
            (UK_ONE_WORD_CORE, "strong", "uk_one_word"),
            (UNIT_LED_CORE, "strong", "unit_led"),
            (POBOX_CORE, "strong", "pobox"),
            (US_CORE, "us", "us"),
            (PREFIX_CORE, "strong", "prefix"),
            (LOWER_STREET_CORE, "lower", "lower_street"),
            (GRID_CORE, "strong", "grid"),
            (NAMED_CORE, "named", "named"),
            (SW_CORE, "strong", "prefix"),
            (SW_NAMED_CORE, "sw_named", "prefix"),
            (TR_CORE, "strong", "tr"),
            (JP_CORE, "weak", "jp"),
            (IN_CORE, "strong", "in"),
            (EU_CORE, "strong", "eu"),
            (WEAK_CORE, "weak", None),
        ):
            if gate is not None and gate not in passed:
                continue
            for ra, rb in regions:
                if rx is WEAK_CORE and _WEAK_HINT.search(text, ra, rb) is None:
                    continue
                for m in _matches(rx, text, ra, rb):
                    if rx is EU_CORE and not eu_street(m.group("word")):
                        continue
                    start = _street_start(text, m.start(), m.end()) if rx is WEAK_CORE else m.start()
                    cores.append((start, m.end(), strength))
        for m in _LOWER_CORE.finditer(text) if "lower" in passed else ():
            cores.append((m.start("core"), m.end("core"), "strong"))
        cores.sort(key=lambda c: (c[0], -c[1]))
        for a, b, strength in cores:
            if any(x <= a < y for x, y in taken):
                continue
            if info.kind_at(a) in NOT_TEXT and not any(x <= a < y for x, y in labelled):
                continue
            if _SIZE_DATE.match(text, a) is not None:
                continue
            a2 = _left_unit(text, _left(text, a))
            b2, evidence = _right(text, b, strength == "weak")
            if strength == "lower":
                b2 = _lower_city(text, b2) if b2 > b else b2
                b3 = _lower_parts(text, b2)
                evidence += 1 if b3 > b2 else 0
                b2 = b3
            # the cue is looked for only where the decision needs it (strong cores never do)
            core = text[a:b]
            double_number = _DOUBLE_NUMBER.match(core) is not None
            if strength == "us":
                suffix = _SUFFIX_END.search(core)
                common = suffix is not None and suffix.group().split()[0].rstrip(".").lower() in COMMON
                ok = common or evidence >= 1 or double_number or _cue_before(text, a2)
            elif strength in ("weak", "lower"):
                ok = (
                    evidence >= 2
                    or (evidence >= 1 and double_number)
                    or ((evidence >= 1 or double_number) and _cue_before(text, a2))
                )
            elif strength == "named":
                ok = evidence >= 3 or (evidence >= 2 and _cue_before(text, a2))
            elif strength == "sw_named":
                ok = evidence >= 2
            else:
                ok = True
            if not ok:
                continue
            if placeholder_address(text, a2, b2):
                continue  # "123 Example Street, Anytown": a documentation stand-in
            if parcel_number(text, a2, b2):
                continue  # "tracking 1Z 999 AA1 01 2345 6784": a shipment's number
            if not_a_street(text, a2, b2):
                continue  # "boarding at Gate 4", "NL 18, DE 22, FI 18": no street name (`address_lists`)
            score = 0.75 if strength in ("weak", "lower", "named", "sw_named") else 0.85
            taken.append((a2, b2))
            yield ("ADDRESS", a2, b2, score)
