"""Addresses that end in a known town or city, with or without a house number (session 17).

The street-address rules of `pii.address` want a house number next to a street word. Many
addresses have neither: rural and Pacific ones (``Harbour View Road, Suva``), estates and plots
(``Plot 7, Kisementi Estate, Kigali``), boxes (``P.O. Box 88, Gaborone``), city districts
(``Kariobangi, Juja Lane, Nairobi``). What they share is their structure: a run of short
comma-separated parts (capitalised words, street or unit words, house and plot numbers) that ends
in a town of a real gazetteer (`locality_data.LOCALITIES`: GeoNames places of 15,000+ people with
their native-script names), optionally followed by a postcode and a country.

From every part that starts with a known town (after a comma) the detector walks back over the
parts before it (at most five); a part holding prose ends the walk, and the capitalised tail of
that part (``lives on Harbour View Road`` -> ``Harbour View Road``, ``Location: Kariobangi`` ->
``Kariobangi``) is the first part. The run is an address when

* a part before the town holds a street, unit or box word (`address_field_vocab.ADDRESS_WORDS`,
  the street types of `address_cores`, `_MORE_WORDS`) or a number next to a word
  (``Amir Temur 12``, ``Block 4``); or
* the run follows a contact cue in the same record: an address label of any language right
  before it, or a phone number or e-mail address in the 200 characters before it.

A town alone is a place, never an address; so is a list of towns and countries (``offices in
Lagos, Nairobi, Accra``: every part before the last is itself a town or country), and a part with
a company suffix (``Acme Ltd, Berlin``) ends the walk. Only text regions (prose, strings,
comments) and address values the segmenter took for code are read.

Speed: a text without a comma costs one ``in`` test; otherwise one regex pass over the commas and
a set lookup per part. The work is linear in the length of the text, also on one long line
(minified JSON, a paragraph export): the walk back looks for the last `_MAX_PARTS` commas in a
window that doubles from the town back to the line start, line ends and copyright marks are
looked up in tables built once per text, and the look-ahead reads a bounded number of tokens.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice

from redactor.detect.pii import address_vocab_data, address_world_words, address_world_words2
from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.address_cores import STREET_WORDS
from redactor.detect.pii.address_field_vocab import ADDRESS_LABELS, ADDRESS_WORDS
from redactor.detect.pii.address_inline import inline_values
from redactor.detect.pii.address_words import PLACE_STOP, labelled_values
from redactor.detect.pii.address_world_words import PARTICLES
from redactor.detect.pii.locality_data import COUNTRIES, LOCALITIES

__all__ = ["LocalityAddressDetector"]

_COMMA = re.compile(r"[ \t]*[,\u060c\uff0c][ \t]*")
_TOKEN = re.compile(r"\S+")
_NEWLINE = re.compile(r"\n")
_WORD_INNER = "'\u2019./-"
"""Inner characters of a word token besides letters, digits and combining marks (vowel signs of
Indic scripts, Arabic harakat): apostrophes, dots, slashes, hyphens. No ``:``, ``;`` or ``=``."""
_NUMBER = re.compile(r"(?:No\.?|Nr\.?|#)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,3}\.?")
_POSTCODE = re.compile(r"[A-Z]{0,3}-?\d{3,6}")
_CONTACT = re.compile(r"\+\d{1,3}[ .-]?\(?\d[\d .()-]{5,}\d|\w@\w|\b0\d{2,4}[ -]\d{3}[ -]?\d{3,4}\b")
_TRIM = "\"'([{<*_`|.;:!?)]}>\\"
_TOKEN_TRIM = "\"'([{<*_`|;!?)]}>\\"
"""What a token may be wrapped in; a colon stays (``Location:`` is a label, which ends a part)."""
_COPYRIGHT = re.compile(r"(?i)copyright|\u00a9|\(c\)")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_MORE_WORDS = words(
    """
    p.o. po p.o p.o.box box pobox s.l.p. slp private bag lot plot block blk estate compound village
    sitio purok barangay kijiji kitongoji ward zone sector phase area camp farm ranch quarter
    flat apt room house hall gøta gøtu stræti stíggur
    """
)
"""Box, plot, estate and settlement words of English-speaking Africa, the Caribbean, the Pacific
and the Philippines, and the street words of Faroese and Icelandic (``gøta``, ``stræti``, ``stíggur``),
which the street vocabularies leave out."""


def _vocab_words() -> frozenset[str]:
    """The street types, units, marks and place words of Faker's address locales
    (`address_vocab_data`) and of the hand-written tables (`address_world_words`, ``...2``), lower
    case and without a final dot: ``privada``, ``intrarea``, ``mtaa``, ``küç``."""
    tables = (
        *(getattr(address_vocab_data, n) for n in ("BEFORE", "START", "AFTER", "UNIT", "MARK", "PLACE")),
        *(
            getattr(mod, n)
            for mod in (address_world_words, address_world_words2)
            for n in ("BEFORE", "AFTER", "OTHER", "MARKS", "UNITS")
        ),
    )
    out = {w.strip().lower().rstrip(".") for table in tables for line in table.values() for w in line.split("|")}
    return frozenset(w for w in out if w and " " not in w)


_ADDRESS_WORDS = ADDRESS_WORDS | STREET_WORDS | _MORE_WORDS | _vocab_words()
_LOWER_OK = PARTICLES | words(
    """
    de la le du des del di da do dos das y e i of the on van von der den am zu sur cha wa ya la x
    """
)
"""Lower-case words a part may hold: particles of names and places (``Route de Sangalkam``,
``Kijiji cha Gatundu``), and the ``x`` of crossing streets (Dakar's ``Rue 7 x 22``, Yucatán's
``Calle 31 #208 x 52``; no word of its own for `_evidence`, so ``9 x 9`` is no address)."""
_ORG_SUFFIXES = words(
    """
    ltd ltd. inc inc. llc plc gmbh corp corp. corporation limited ag s.a. sa s.a.r.l. bv b.v. pty oy ab
    """
)
_LABEL_WORDS = frozenset(
    w for table in ADDRESS_LABELS.values() for label in table.split("|") for w in [label.strip().lower()] if w
)
"""Address labels of every language, whole (``address``, ``adresse``, ``dirección``)."""
_MAX_PARTS = 5
_MAX_TOKENS = 6
_MAX_PART = 60
_CUE_WINDOW = 200


def _token_ok(tok: str) -> bool:
    if _NUMBER.fullmatch(tok):
        return True
    first = tok[0]
    if not first.isalpha():
        return False
    if not first.islower():  # capitalised, or a script without case; a label (``Location:``) ends the part
        return all(c.isalnum() or c in _WORD_INNER or unicodedata.category(c)[0] == "M" for c in tok)
    low = tok.lower()
    return low in _LOWER_OK or low.rstrip(".") in _ADDRESS_WORDS or (len(tok) <= 5 and tok.endswith("."))


def _starts_run(tok: str) -> bool:
    return not tok[0].islower() or tok.lower().rstrip(".") in _ADDRESS_WORDS


def _tail(part: str) -> str:
    """The longest run of address tokens `part` ends in (the whole part when each token is one)."""
    found = list(_TOKEN.finditer(part))
    tokens = [m.group() for m in found]
    keep = 0
    for tok in reversed(tokens):
        if not _token_ok(tok.strip(_TOKEN_TRIM) or tok):
            break
        keep += 1
    while keep and not _starts_run(tokens[len(tokens) - keep]):
        keep -= 1  # a run starts with a capital, a number or a street word (rue, avenue), not a particle
    if keep == 0 or keep > _MAX_TOKENS:
        return ""
    # from the token's own position: the same word earlier in the part (``my name ... my address``) is prose
    tail = part[found[len(tokens) - keep].start() :] if keep < len(tokens) else part
    return tail.lstrip(_TRIM)


def _place(part: str) -> bool:
    low = part.lower()
    return low in LOCALITIES or low in COUNTRIES


def _field_names(part: str) -> bool:
    """Whether `part` holds address words alone (``Cadde/Sokak``, ``RT/RW``, ``Street``)."""
    return all(w.lower().rstrip(".") in _ADDRESS_WORDS for w in re.split(r"[\s/]+", part) if w)


def _evidence(part: str) -> bool:
    """A street, unit or box word next to a name, or a number next to a word (``Harbour View Road``,
    ``Block 4``)."""
    tokens = [t.strip(_TRIM) for t in _TOKEN.findall(part)]
    if len(tokens) < 2:
        return False  # a street word alone is a form's field name (Jalan, Street), a number alone a count
    if any(t.lower() in _ADDRESS_WORDS or t.lower().rstrip(".") in _ADDRESS_WORDS for t in tokens if t):
        return True
    numbers = sum(1 for t in tokens if _NUMBER.fullmatch(t) and not _YEAR.fullmatch(t))
    words = sum(1 for t in tokens if t and t[0].isalpha() and t.lower() not in PLACE_STOP and t != "x")
    return numbers > 0 and words > 0


def _locality_end(text: str, a: int, b: int) -> int | None:
    """The end of the town that starts the part ``text[a:b]`` (after a leading postcode), or None."""
    tokens = list(islice(_TOKEN.finditer(text, a, b), 5))  # a postcode and a town of up to four words
    i = 0
    if tokens and _POSTCODE.fullmatch(tokens[0].group()):
        i = 1
    for n in range(min(4, len(tokens) - i), 0, -1):
        s, e = tokens[i].start(), tokens[i + n - 1].end()
        name = text[s:e].rstrip(_TRIM)
        if name and (name[0].isupper() or not name[0].islower()) and name.lower() in LOCALITIES:
            return s + len(name)
    return None


_AFTER_POSTCODE = re.compile(r"[ \t]+(?:[A-Z]{1,3}-?)?\d{3,6}\b")
_COUNTRY_SPAN = 300
"""How far after the town's comma a country name is looked for (a country ends within 40
characters; the slice only bounds the work on a long line)."""


def _extend(text: str, end: int, line_end: int) -> int:
    """`end` moved over a postcode and a ``, Country`` part after the town."""
    m = _AFTER_POSTCODE.match(text, end, line_end)
    if m is not None:
        end = m.end()
    c = _COMMA.match(text, end, line_end)
    if c is not None:
        rest = text[c.end() : min(line_end, c.end() + _COUNTRY_SPAN)]
        for tok_end in (m.end() for m in _TOKEN.finditer(rest)):
            name = rest[:tok_end].rstrip(_TRIM)
            if name.lower() in COUNTRIES:
                return c.end() + len(name)
            if tok_end > 40:
                break
    return end


_HARD_STOP = re.compile(r"[|;=\t]|(?<=,)[ \t]*\"|[\u0964\u0965\u06d4\u3002]\s*|(?<=\S)[.?!][\"'\u201d)\]]*\s+")
"""Where a part stops: a column or field separator (``|``, ``;``, ``=``, a tab, a CSV cell opened by
``,"``: the address starts inside its quoted cell, not at the phone cell before it), a sentence end of
Indic, Urdu or CJK text (danda, full stop), or a ``.``/``?``/``!`` with a space after it."""


def _boundary(text: str, a: int, b: int) -> int:
    """After the last field separator or sentence end in ``text[a:b]``, or -1. A dot ends a
    sentence after a number, a lower-case word or a capitalised word of five letters or more that
    is no street abbreviation (``... came late. Address: Plot 7``), not after ``No.``, ``St.``,
    ``Jend.``, ``S.L.P.`` or an initial."""
    last = -1
    for m in _HARD_STOP.finditer(text, a, b):
        if m.group()[0] == ".":
            word = text[max(a, m.start() - 40) : m.start()].rsplit(None, 1)[-1:]
            core = word[0].lstrip(_TRIM) if word else ""
            low = core.lower()
            if "." in core or low in _ADDRESS_WORDS or low + "." in _ADDRESS_WORDS:
                continue  # S.L.P., P.O., St., Ave.: abbreviations
            if not (core.isdigit() or (core[:1].islower() and len(core) >= 2) or len(core) >= 5):
                continue  # No., Jend., Dr., an initial
            if m.end() < b and text[m.end()].isdigit():
                continue  # Hauptstr. 7b: a house number follows an abbreviated street
        last = m.end()
    return last


def _last_commas(text: str, line_start: int, at: int) -> list[tuple[int, int]]:
    """The spans of the last `_MAX_PARTS` commas between `line_start` and `at`, or of all of them
    when there are no more (then the first part starts at `line_start`). The window doubles from
    `at` back to the line start until it holds one comma more than needed, so a long line costs
    about twice the length of the parts the walk can use, not the whole line."""
    width = 128
    while True:
        lo = max(line_start, at - width)
        cuts = [m.span() for m in _COMMA.finditer(text, lo, at)]
        if lo == line_start:
            return cuts[-_MAX_PARTS - 1 :] if len(cuts) > _MAX_PARTS else cuts
        if len(cuts) > _MAX_PARTS:  # the first may be cut short by the window; the last five are whole
            return cuts[-_MAX_PARTS - 1 :]
        width *= 2


class _Lines:
    """Line starts and ends and copyright marks of one text, found once (bisect per look-up)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._size = len(text)
        self._breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self._marks: list[tuple[int, int]] | None = None  # found at the first look-up
        self._mark_starts: list[int] = []

    def start(self, pos: int) -> int:
        """The start of the line `pos` is on (after the last newline before `pos`)."""
        i = bisect_left(self._breaks, pos)
        return self._breaks[i - 1] + 1 if i else 0

    def end(self, pos: int) -> int:
        """The first newline at or after `pos`, or the end of the text."""
        i = bisect_left(self._breaks, pos)
        return self._breaks[i] if i < len(self._breaks) else self._size

    def copyright_in(self, a: int, b: int) -> bool:
        """Whether a copyright mark lies wholly in ``text[a:b]``."""
        if self._marks is None:
            self._marks = [m.span() for m in _COPYRIGHT.finditer(self._text)]
            self._mark_starts = [s for s, _ in self._marks]
        i = bisect_left(self._mark_starts, a)
        return i < len(self._marks) and self._marks[i][1] <= b


class LocalityAddressDetector(ViewDetector):
    """Addresses ending in a town of the gazetteer (``pii.address_locality``)."""

    name = "pii.address_locality"
    entities: tuple[str, ...] = ("ADDRESS",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "," not in text and "\u060c" not in text and "\uff0c" not in text:
            return
        regions = sorted([*info.regions(TEXT_KINDS), *labelled_values(info), *inline_values(info)])
        lines = _Lines(text)
        found: list[tuple[int, int, float]] = []
        for ra, rb in regions:
            for c in _COMMA.finditer(text, ra, rb):
                if c.end() >= rb or text[c.end()].islower() or not text[c.end()].isalnum():
                    continue  # a town starts with a capital (or a caseless letter, or its postcode)
                hit = self._address(text, ra, rb, c, lines)
                if hit is None:
                    continue
                if found and hit[0] <= found[-1][1]:  # a longer run to a later town: one address
                    a, b, score = found[-1]
                    found[-1] = (min(a, hit[0]), max(b, hit[1]), max(score, hit[2]))
                else:
                    found.append(hit)
        for a, b, score in found:
            yield ("ADDRESS", a, b, score)

    def _address(
        self, text: str, ra: int, rb: int, comma: re.Match[str], lines: _Lines
    ) -> tuple[int, int, float] | None:
        line_start = max(ra, lines.start(comma.start()))
        line_end = min(rb, lines.end(comma.end()))
        nxt = _COMMA.search(text, comma.end(), line_end)
        town_end = _locality_end(text, comma.end(), nxt.start() if nxt else line_end)
        if town_end is None:
            return None
        # walk back over the parts before the town
        cuts = _last_commas(text, line_start, comma.start())
        edges = [line_start if len(cuts) <= _MAX_PARTS else -1, *(b for _, b in cuts)]
        ends = [*(a for a, _ in cuts), comma.start()]
        parts: list[tuple[int, str]] = []
        for a, b in reversed(list(zip(edges, ends, strict=True))):
            if a < 0:
                break  # only reached after `_MAX_PARTS` parts (see `_last_commas`)
            cut = _boundary(text, a, b)
            a = max(a, cut)
            raw = text[a:b]
            part = raw.strip().strip(_TRIM).strip()
            if not part:
                break
            whole = len(part) <= _MAX_PART and all(_token_ok(t.strip(_TOKEN_TRIM) or t) for t in _TOKEN.findall(part))
            whole = whole and len(_TOKEN.findall(part)) <= _MAX_TOKENS and _starts_run(part.split()[0])
            if not whole:
                part = _tail(part)
            if not part or any(t.lower() in _ORG_SUFFIXES for t in _TOKEN.findall(part)):
                break
            parts.append((text.rindex(part, a, b), part))  # the tail ends the part
            if not whole or cut > 0 or len(parts) >= _MAX_PARTS:
                break
        if not parts:
            return None
        parts.reverse()
        while parts:
            first_at, first = parts[0]
            head = first.split(None, 1)
            if first.isdigit() or (len(head) == 1 and head[0].lower() in PLACE_STOP):
                parts.pop(0)
            elif head[0].lower() in PLACE_STOP:  # In 2019, At Juja Lane: the leading function word is prose
                parts[0] = (first_at + len(first) - len(head[1]), head[1])
            else:
                break
        if not parts or all(_place(p) for _, p in parts):
            return None  # a list of towns and countries
        if all(_field_names(p) for _, p in parts):
            return None  # Mahalle, Sokak, Kota: the field names of an address form
        start = parts[0][0]
        if lines.copyright_in(line_start, town_end):
            return None  # Copyright 2009 Red Hat, Inc: a holder, not an address
        if any(_evidence(p) for _, p in parts):
            score = 0.7
        elif self._cue(text, start):
            score = 0.6
        else:
            return None
        return start, _extend(text, town_end, line_end), score

    @staticmethod
    def _cue(text: str, start: int) -> bool:
        """An address label right before `start`, or a phone number or e-mail address before it."""
        before = text[max(0, start - _CUE_WINDOW) : start]
        words = before.rstrip(" \t:\uff1a-").rsplit(None, 2)
        for n in (1, 2):
            if len(words) >= n and " ".join(words[-n:]).lower().strip(_TRIM) in _LABEL_WORDS:
                return True
        return _CONTACT.search(before) is not None
