# ruff: noqa: RUF002  -- foreign letters in examples are intended.
"""Addresses that end in a postcode of a format one country uses (``pii.address_postcode``).

Where a postcode is unmistakable, the address before it can be read without knowing the
language's street words: ``14 Ard na Gréine, Ballincollig, Co. Cork P31 X2K7`` (Ireland, Eircode),
``Flat 4, 27 Albion Road, Leeds LS6 1AB`` (United Kingdom), ``482 W Cypress Ln, Mesa, AZ 85201``
(United States, state and ZIP), ``Nizami küç. 45, mənzil 12, Bakı AZ1010`` (Azerbaijan),
``12 rue Example, Montréal QC H2X 1Y4`` (Canada).

From the postcode the detector walks back over the comma-separated parts of the same line: each
part is short (at most six words, 48 characters) and holds only capitalised words, short particles
(``na``, ``de``, ``y``...), abbreviations and house or unit numbers. The walk stops at the first
part that is not such a part (prose, a label, a value of another kind) and the address starts at
the earliest part that holds a number, so a postcode with a place alone (``Leeds LS6 1AB``) is not
reported. Leading lower-case words of that part (``to``, ``ünvan``) are left out.

Speed: one RE2 pass finds the postcodes; text without one costs that pass only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._scan import Hit, ScanDetector

__all__ = ["PostcodeAddressDetector", "address_start"]

_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH"
    " OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI MH FM PW AA AE AP"
)
_CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT"
_POSTCODE_SOURCE = (
    r"(?:"
    r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"  # United Kingdom
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}"  # Ireland (Eircode)
    r"|(?:" + _US_STATES.replace(" ", "|") + r") \d{5}(?:-\d{4})?"  # United States
    r"|(?:"
    + _CA_PROVINCES.replace(" ", "|")
    + r") [ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"  # Canada
    r"|AZ ?\d{4}"  # Azerbaijan
    r")"
)
_POSTCODE = re2.compile(r"(?:^|[^\w-])(" + _POSTCODE_SOURCE + r")(?:$|[^\w-])")
_EIRCODE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?P<id>[0-9AC-FHKNPRTV-Y]{4})")
_PART_SPLIT = re.compile(r"\s*[,\uff0c>]\s*")  # a comma, or the end of a tag (<b>27 Albion Road)
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"(?:No\.?|Nr\.?|#)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,3}\.?,?")
_VN_WORDS = frozenset(
    "số ngõ ngách hẻm kiệt phố đường xã phường quận huyện thị trấn khu tổ ấp thôn lô tầng phòng".split()  # noqa: SIM905
)
"""Vietnamese address words, written in lower case inside an address (and at its start)."""
_PARTICLES = _VN_WORDS | frozenset(
    "na an de la le du des del di da do dos das y e i of the on upon van von der den am im zu sur".split()  # noqa: SIM905
)
"""Lower-case words an address part may hold anywhere: particles of names (``Bóthar na Trá``) and
Vietnamese address words (``số 18 ngõ 42 phố Thịnh Hào 1``)."""
_UNIT_WORDS = frozenset(
    "flat apt apartment unit suite ste room floor fl no nr house building bldg block blk lot mənzil".split()  # noqa: SIM905
)
"""Words of a unit part an address may start with (``Flat 9, Damian Dale``)."""
_OPENERS = "\"'([{<>*_`|"
"""Quotes, brackets and markup a part may open with (``"1907 Magnolia St``, ``<b>Flat 4``)."""
_MAX_PARTS = 6
_MAX_WORDS = 8
_MAX_PART = 48


def _part_kind(part: str) -> str | None:
    """``"start"`` (a part an address may start with: a house number and a name, ``1907 Magnolia
    St``, ``Nizami küç. 45``), ``"number"`` (a unit, ``Apt 4``, ``mənzil 12``), ``"place"``
    (capitalised words), or None when `part` is no address part."""
    tokens = _TOKEN.findall(part)
    if not tokens or len(tokens) > _MAX_WORDS or len(part) > _MAX_PART:
        return None
    numbers = 0
    words = 0
    run = 0  # number tokens in a row
    for i, tok in enumerate(tokens):
        if _NUMBER.fullmatch(tok):
            numbers += 1
            run += 1
            if run > 2:
                return None  # digit groups of a phone number or an id
            continue
        run = 0
        if tok.endswith(":") or not tok[0].isalpha():
            return None  # a label (Shipping:), markup, a symbol
        elif tok[0].isupper() or tok.lower() in _PARTICLES or (len(tok) <= 5 and tok.endswith(".")):
            words += 1  # Road, na, Co., küç.
        elif len(tokens) == 2 and i == 0:
            words += 1  # mənzil 12, apt 4: a unit word and its number
        else:
            return None
    if numbers == 0:
        return "place"
    if words >= 2 or (
        _NUMBER.fullmatch(tokens[0]) and words >= 1 and (tokens[1][0].isupper() or tokens[1] in _VN_WORDS)
    ):
        return "start"
    return "unit" if tokens[0].lower().rstrip(".") in _UNIT_WORDS else "number"


_WINDOW = 256
"""Characters before the code `address_start` reads first (doubled while its walk reaches the
window's first part, which the window may have cut)."""


def address_start(text: str, line_start: int, code_start: int) -> int | None:
    """Where the address ending in the part that starts at `code_start` (a postcode, a city)
    starts, reading back to `line_start` at most; None when no part holds a house number.

    The walk reads at most ``_MAX_PARTS + 1`` non-empty parts back from the code, so it reads a
    window before the code first and the whole line back only when the walk reaches the window's
    first part (which the window may have cut, with the blanks before its first comma): on one long
    line with many codes, reading the whole line back for each was quadratic (session 16). Every
    other part and cut of the window is the line's own (`_PART_SPLIT` matches each comma with the
    blanks around it, wherever the scan starts before that comma's blanks)."""
    w = max(line_start, code_start - _WINDOW)
    while True:
        found = _start_in(text, w, code_start, whole=w == line_start)
        if found != _CUT_SHORT:
            return found
        w = max(line_start, code_start - 2 * (code_start - w))


_CUT_SHORT = -1


def _start_in(text: str, line_start: int, code_start: int, *, whole: bool) -> int | None:
    """`address_start` over ``text[line_start:code_start]``; `_CUT_SHORT` when not `whole` and the
    walk reaches the first part."""
    head = text[line_start:code_start]
    cuts = [m.span() for m in _PART_SPLIT.finditer(head)]
    edges = [0, *(b for _, b in cuts)]
    ends = [*(a for a, _ in cuts), len(head)]
    earliest: int | None = None
    walked = 0
    for a, b in reversed(list(zip(edges, ends, strict=True))):
        if a == 0 and not whole:
            return _CUT_SHORT
        part = head[a:b].strip().lstrip(_OPENERS).strip()
        if not part:
            continue
        a = head.index(part, a)
        walked += 1
        kind = _part_kind(part) if walked <= _MAX_PARTS else None
        if kind is None:
            lead = _lead_number(part, unit=walked >= 3) if walked <= _MAX_PARTS else None
            if lead is not None:
                earliest = a + lead
            break
        if kind == "start" or (kind == "unit" and walked >= 3):
            earliest = a  # a unit starts an address before a street and a place (Flat 9, Damian Dale, Leeds)
    return None if earliest is None else line_start + earliest


def _lead_number(part: str, *, unit: bool) -> int | None:
    """Where the address-like tail of a part that starts in prose begins (``ünvan Nizami küç. 45``
    -> ``Nizami küç. 45``; ``to 14 Ard na Gréine`` -> ``14 Ard na Gréine``; with `unit`, a unit too:
    ``to Flat 9`` -> ``Flat 9``), or None."""
    for tok in _TOKEN.finditer(part):
        lower = tok.group()[0].islower() and tok.group() not in _VN_WORDS
        rest = part[tok.start() :].lstrip(_OPENERS).lstrip()
        kind = None if lower or not rest else _part_kind(rest)
        if kind == "start" or (unit and kind == "unit"):
            return len(part) - len(rest)
    return None


class PostcodeAddressDetector(ScanDetector):
    """Addresses that end in an unmistakable postcode (``pii.address_postcode``)."""

    name = "pii.address_postcode"
    entity = "ADDRESS"

    def find(self, text: str) -> Iterator[Hit]:
        for m in _POSTCODE.finditer(text):
            a, b = m.span(1)
            eir = _EIRCODE.fullmatch(text, a, b)
            if eir is not None and not any(c.isalpha() for c in eir.group("id")):
                continue  # D02 1234: an Eircode's identifier nearly always holds a letter
            line_start = text.rfind("\n", 0, a) + 1
            start = address_start(text, line_start, a)
            if start is not None and a - start <= 160:
                yield (start, b, 0.8)
