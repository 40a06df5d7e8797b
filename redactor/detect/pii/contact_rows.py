"""Names anchored by the contact data beside them (``pii.contact_row``).

Customer, patient and KYC records, shipping labels, CRM exports and support tickets put a
person's name in the same row, list item or clause as their phone number, e-mail address, date
of birth or IBAN, often with no label, greeting or title, in any language and script:
``- Oluwatobi Akinola | DOB 1998-12-02 | ... | +234 809 221 4470``, ``test yaz: Günel
Məmmədova, telefon +994 50 318 44 72``, ``ಶ್ರೀನಿವಾಸ ಗೌಡ, ಫೋನ್ +91 94480 27153``, ``owner lookup:
Бауыржан Қасымов +7 701 441 2290``. Here the anchors are what the other detectors find
(`pii.email`, `pii.phone`, `pii.iban`, `pii.date_of_birth`, run on the same text), and a name is
read only in the record around an anchor:

- **Records**: the anchor's line, cut into items at cell and clause separators (``|``, tab,
  ``;``, ``,``, ``:``, ``=``, brackets, dashes between blanks, sentence stops, commas of other
  scripts), at the anchors themselves and at phone words of any language
  (`phone_vocab.PHONE_WORDS_ANY`); lines of the same paragraph up to three lines above an anchor
  line count too when they are short field lines (``Customer: Thiri Aung`` over ``Phone: ...``).
- **Cased names** (Latin, Cyrillic, Greek, Armenian): an item that is wholly a run of two to four
  capitalised name tokens (particles such as ``van``, ``de``, ``ap``, ``Ní``, ``i`` inside), or
  such a run right before a phone word or an anchor, or (in the anchor's line only) a run inside
  a sentence after a lower-case word when a token is a known given or family name. No token may be
  a label, role, place, product, organisation or street word, and English words are allowed only
  beside a known name (``Rachel Okafor``; not ``Customer Service``, ``Head Office``); an all-caps
  item needs a known name.
- **Uncased names** (Arabic, Hebrew, Indic, Ethiopic, Georgian, Thai, Lao, Khmer, Myanmar, CJK):
  no shape tells a name from other words, so one of: the words spell the local part of an
  e-mail address of the record (`translit`: ``nimali.perera@...`` and ``නිමාලි පෙරේරා``); a
  Latin transliteration in parentheses after them; a role noun before them (``ଗ୍ରାହକ``, read
  across scripts by its transliteration: ``grahak``); a lexicon name; or a whole cell of two or
  three words right before a phone word or an anchor. In the place of a label (before a colon
  whose value is the anchor alone: ``<name>: +91 ...``) and in the cells of a dash-separated row
  (``<name> — morning shift — 98410 27736``), where services and shifts stand as often
  (``ग्राहक सेवा``, ``الدعم الفني``), only a full name opening with a known given name counts. A cell
  holding a birth word (``تاريخ الميلاد``) is a label.

Gate: one RE2 search for an anchor shape (an e-mail, a ``+`` number, a grouped national number,
an IBAN: `_SHAPE`) or a birth word; only then do the anchor detectors run, once per text.

Modules: records, items and cased runs here; which tokens of a cased run may be a name in
`contact_cased`; uncased names in `contact_uncased`; the word lists they read in `contact_vocab`;
names echoing an e-mail's local part in `contact_echo`.
"""

from __future__ import annotations

# examples and separators of other scripts are the point here
import bisect
import itertools
import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor import cache_budget
from redactor.detect.engine import prefilter_view
from redactor.detect.first_chars import original_of
from redactor.detect.pii import name_spans as ns
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import re2_source
from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.address_native import NativeAddressDetector
from redactor.detect.pii.contact import EmailDetector
from redactor.detect.pii.contact_cased import after_lower_word, after_street_type, inline_ok, tokens_ok, trim_run
from redactor.detect.pii.contact_echo import UNCASED_WORD as _UNCASED_WORD
from redactor.detect.pii.contact_echo import echoes
from redactor.detect.pii.contact_uncased import uncased_name as _uncased
from redactor.detect.pii.contact_vocab import KNOWN as _KNOWN
from redactor.detect.pii.contact_vocab import PARTICLES as _PARTICLES
from redactor.detect.pii.contact_vocab import known_name
from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.financial import IbanDetector
from redactor.detect.pii.phone_vocab import PHONE_WORDS_ANY
from redactor.detect.pii.phones import PhoneDetector
from redactor.detect.pii.translit import same_name
from redactor.detect.prefilter import LiteralGroups

_CASELESS = re2.Options()
_CASELESS.case_sensitive = False
_CASELESS.max_mem = 64 << 20
_CASELESS.log_errors = False
_PAIRS_SOURCE = r"0\d{1,3}(?:[ .\-]\d{2}){3}"
"""A national number in pairs after its trunk prefix (``06 71 28 44 09``, ``0470 12 34 56``)."""
_SHAPE_SOURCE = (
    r"[A-Za-z0-9._%+-]@[A-Za-z0-9-]+\.[A-Za-z]{2,}"
    r"|\+[ ]?[1-9]\d{0,2}[ .\-NBSP]?\(?\d"
    r"|0\d{1,4}[ .\-/]\d{3,8}"
    r"|" + _PAIRS_SOURCE + r"|\(?\d{2,4}\)?[ .\-]\d{3,4}[ .\-]\d{4}"
    r"|[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}[ ]?[A-Z0-9]{4}"
    r"|(?:254|234|233|255|256|91|92|880|62|63|84|66|27)\d{9,10}"
)
_SHAPE = re2.compile(_SHAPE_SOURCE.replace("NBSP", r"\x{a0}"))
"""The shapes of the anchors this detector trusts: an e-mail, an international number, a national
number grouped after a trunk ``0`` or in three groups (``(ddd) ddd-dddd``, ``138 1234 5678``) or
in pairs after its trunk prefix (French, Belgian, Dutch, Moroccan: ``06 71 28 44 09``, ``0470 12 34
56``), an IBAN, a mobile number written with its country code but no ``+``. A phone the phone detector
finds in another shape anchors nothing here; a date of birth always counts (its detector needs a
birth word, `_BIRTH`). Every pattern holds on the anchor's own text, so a text passes the gate
whenever one of its anchors would be kept: the gate never changes a finding."""
_SHAPE_NEAR = re.compile(_SHAPE_SOURCE.replace("NBSP", "\u00a0"), re.ASCII)
"""`_SHAPE` for Python's ``re`` (ASCII ``\\d`` as RE2's): the same language, so the same answer to
whether a short stretch holds a shape. Each anchor's few characters are checked with it: on a
string of a few dozen characters the RE2 wrapper's per-call cost (encoding the text, mapping
offsets) is most of the work."""
_PAIRS_ONLY = re.compile(
    r"(?:" + _SHAPE_SOURCE.replace("NBSP", "\u00a0").replace("|" + _PAIRS_SOURCE, "") + r")", re.ASCII
)
"""`_SHAPE_NEAR` without the pairs: an anchor it misses is kept by its pairs alone."""
_BIRTH = re2.compile("|".join(re2.escape(w) for w in DateOfBirthDetector.prefilter))
"""The birth words without which `pii.date_of_birth` finds nothing (its prefilter), on the
lower-cased text."""

_ANCHORS = (EmailDetector(), PhoneDetector(), IbanDetector(), DateOfBirthDetector())
_ANCHOR_LITERALS = LiteralGroups({d.name: d.prefilter for d in _ANCHORS})
"""The anchor detectors' prefilter literals, in one RE2 pass (the birth words are ~100)."""


@cache_budget.text_cache(maxsize=8, factor=1.5)
def _anchor_spans(raw: str) -> tuple[tuple[str, int, int], ...]:
    """What the anchor detectors find in `raw`, as ``(entity, start, end)`` in raw offsets."""
    out: list[tuple[str, int, int]] = []
    present = _ANCHOR_LITERALS.found(prefilter_view(raw))
    for d in _ANCHORS:
        if d.prefilter and d.name not in present:
            continue  # what the engine would skip too: the detector cannot match without one
        out.extend((s.entity, s.start, s.end) for s in d.detect(raw) if s.score >= 0.5)
    return tuple(sorted(out, key=lambda t: t[1]))


_ADDRESSES = (AddressDetector(), LocaleAddressDetector(), NativeAddressDetector())


_CUT = re.compile(
    r"[|\t;,:=()\[\]{}<>\"\u060c\u061b\u3001\uff0c\uff1a\uff08\uff09\uff5c\u00b7\u2022\u0964\u1363\u1361\u3002]"
    r"|(?<=\s)[-\u2013\u2014/](?=\s)|\s{3,}|(?<=[^\W\d_]{2})[.!?](?=\s|$)|\\[nt]"
)
"""Where an item of a record ends: cell and clause separators of any script."""
_DASH_ROW = re.compile(r"[ \t]([\u2013\u2014]|--?)[ \t][^\n]*?[ \t]\1[ \t]")
"""A line of cells set apart by the same dash between blanks, twice: a roster or duty list
(``முருகன் சுப்பிரமணியம் — காலை ஷிஃப்ட் — 98410 27736``), a row like one of ``|`` or tab cells."""
_BULLET = re.compile(r"[ \t]*(?:[-*+\u2022>#]+|\d{1,3}[.)])[ \t]+")
_CAP_TOKEN = r"[^\W\d_a-z](?:[^\W\d_]|[\u0300-\u036f]|['\u2019-](?=[^\W\d_]))*\.?"
# longest first, ties by text: the same pattern text in every process (its compiled code is cached, start-up)
_PARTICLE_RE = r"(?:" + "|".join(sorted((re.escape(p) for p in _PARTICLES), key=lambda w: (-len(w), w))) + r")"
_CASED_RUN = re.compile(
    r"(?<![\w@.'\u2019-])"
    + _CAP_TOKEN
    + r"(?:[ \t]+(?:"
    + _CAP_TOKEN
    + r"|"
    + _PARTICLE_RE
    + r"(?=[ \t]+[^\W\d_a-z]))){1,5}"
    r"(?![\w@'\u2019-])"
)
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u052f\u0531-\u058f]")
_LATIN_AFTER = re.compile(r"[ \t]*[(\uff08][ \t]*([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})[ \t]*[)\uff09]")
_FIELD_LINE = re.compile(r"[^\n:\uff1a]{1,40}[:\uff1a][ \t]*\S[^\n]{0,90}$|[^\n]{1,100}$")
"""A short line of a vertical record: ``Label: value`` or a lone value."""


class ContactRowDetector(ViewDetector):
    """Names in the same record as a detected phone, e-mail, date of birth or IBAN."""

    name = "pii.contact_row"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if self.gated and not _may_find(text):
            return
        view = info.view
        anchors = [
            (e, a, b)
            for e, a, b in sorted(
                (e, a, b) if view.identity else (e, view.view_pos(a), view.view_pos(b - 1) + 1)
                for e, a, b in _anchor_spans(info.raw)
            )
            if e == "DATE_OF_BIRTH" or _SHAPE_NEAR.search(text, max(0, a - 5), b) is not None  # a +CC may lie before
        ]
        if not anchors:
            return
        paired = [
            (a, b) for e, a, b in anchors if e != "DATE_OF_BIRTH" and _PAIRS_ONLY.search(text, max(0, a - 5), b) is None
        ]
        whole: list[tuple[int, int]] | None = None
        for ls, le, own in _lines_with(text, anchors):
            if info.kind_at(ls) == "path" or not _may_name(text, ls, le):
                continue
            found = list(_record(text, ls, le, anchors, own))
            if paired and _pairs_only(anchors, paired, ls, le):
                found = [f for f in found if known_name(text[f[1] : f[2]])]
            zones: tuple[tuple[int, int], ...] = ()
            low = [f for f in found if f[3] <= 0.75]
            if low and _digits_left(text, ls, le, anchors):
                if self.gated and whole is None:
                    whole = _whole_text_addresses(info)
                if whole is None or any(a < f[2] and f[1] < b for f in low for a, b in whole):
                    zones = _address_zones(text[ls:le])
            for f in found:
                if f[3] > 0.75 or not any(a < f[2] - ls and f[1] - ls < b for a, b in zones):
                    yield f
        yield from echoes(text, anchors)


def _pairs_only(anchors: list[tuple[str, int, int]], paired: list[tuple[int, int]], ls: int, le: int) -> bool:
    """Every anchor of the line ``text[ls:le]`` is a number in pairs (`_PAIRS_SOURCE`)."""
    here = [(a, b) for _, a, b in anchors if ls <= a < le]
    return bool(here) and all(h in paired for h in here)


_TWO_CAPS = re.compile(r"[^\W\d_a-z][^\s]*[ \t]+(?:[^\s]+[ \t]+)?[^\W\d_a-z]")
"""Two capitalised words with at most one word between: every cased name this detector reads."""


def _may_find(text: str) -> bool:
    """A necessary condition of any finding, decided cheaply: some anchor shape (`_SHAPE`, on the
    text itself: kept anchors hold one within five characters before them) or birth word
    (`_BIRTH`) has, within the lines a record around it may cover, two capitalised words or a
    letter outside ASCII (an uncased name, or a word an e-mail may echo)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return True  # lower-casing moved offsets ("İ"): no cheap answer
    # hits one at a time, the first region that passes decides (a table of contacts: its first
    # row); an ASCII text as bytes, same offsets, without the RE2 wrapper's offset mapping
    ascii_text = text.isascii()
    for m in _SHAPE.finditer(text.encode("ascii") if ascii_text else text):
        if _record_region_may_hold(text, m.start(), m.end()):
            return True
    for m in _BIRTH.finditer(lowered.encode("ascii") if ascii_text else lowered):
        if _record_region_may_hold(text, max(0, m.start() - 120), m.end() + 120):
            return True
    return False


def _record_region_may_hold(text: str, s: int, e: int) -> bool:
    """The lines a record around ``text[s:e]`` may cover hold two capitalised words or a letter
    outside ASCII."""
    a = max(0, s - 80)
    for _ in range(4):  # the record's lines: three field lines above the anchor's line
        a = text.rfind("\n", 0, a - 1) + 1 if a > 0 else 0
    z = text.find("\n", min(len(text), e + 5))
    region = text[a : len(text) if z < 0 else z]
    return not region.isascii() or _TWO_CAPS.search(region) is not None


def _may_name(text: str, ls: int, le: int) -> bool:
    """A necessary condition of any name `_record` reads in the line ``text[ls:le]``: in an ASCII
    line every name is a cased run (`_CASED_RUN`: two capitalised words, at most a particle
    between), which `_TWO_CAPS` finds; an uncased name, or one checked against a Latin spelling
    after it, needs a letter outside ASCII. 745 of the 1,531 record lines read in the bench's
    replay stream have neither."""
    line = text[ls:le]
    return not line.isascii() or _TWO_CAPS.search(line) is not None


def _digits_left(text: str, ls: int, le: int, anchors: list[tuple[str, int, int]]) -> bool:
    """The line holds a digit outside its anchors (a house number, a postcode): only then can a
    cell of it lie inside a postal address."""
    pos = ls
    for a, b in sorted((max(a, ls), min(b, le)) for _, a, b in anchors if a < le and ls < b):
        if a > pos and _has_digit(text[pos:a]):  # the stretch before this anchor, after the others
            return True
        pos = max(pos, b)
    return _has_digit(text[pos:le])


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(s: str) -> bool:
    """Some character of `s` is a digit (`str.isdigit`: superscripts and circled digits too)."""
    if s.isascii():
        return _ASCII_DIGIT.search(s) is not None
    return any(c.isdigit() for c in s)


@cache_budget.text_cache(maxsize=64, factor=1.5)
def _address_zones(line: str) -> tuple[tuple[int, int], ...]:
    """Postal addresses in a record's line: a capitalised cell inside one is a street or a place
    (``112 Lê Lợi, Quận 1, TP. Hồ Chí Minh``), not a person."""
    return tuple((s.start, s.end) for d in _ADDRESSES for s in d.detect(line) if s.score >= 0.5)


def _whole_text_addresses(info: TextInfo) -> list[tuple[int, int]]:
    """The address spans the three address detectors find in the whole text, in view offsets.

    The engine has run these detectors on the text already; they share their results
    (`ViewDetector.shares_results`), so this is a look-up. A gate for `_address_zones`: a record
    line's cells are read against the line's own addresses only when some whole-text address
    overlaps one of its low-score names. Not a proof: a line alone segments differently from the
    text around it (a whole-text address may be missed in a data segment, or reach into the next
    line). Measured, the gate changes nothing: on the 16 development sets, the contact-row matrix
    (`tests/contact_world.py`) and four generated bench streams (~38,000 record lines, ~8,900 of
    them with zones computed) no line-level address overlapped a name that no whole-text address
    overlapped (`tests/test_speed7_contact_zones.py`). Should it ever, the name is kept: more
    is masked, nothing leaks. With the gates off (``REDACTOR_DISABLE_SPEEDUPS=prefilter``) every
    such line is read against its own addresses, so `scripts/bench.py --check-speedups` compares
    the two.
    """
    view = info.view
    out: list[tuple[int, int]] = []
    for d in _ADDRESSES:
        for s in d.detect(info.raw):
            if s.score >= 0.5:
                out.append(
                    (s.start, s.end) if view.identity else (view.view_pos(s.start), view.view_pos(s.end - 1) + 1)
                )
    return out


def _lines_with(text: str, anchors: list[tuple[str, int, int]]) -> list[tuple[int, int, bool]]:
    """The anchor lines ``(start, end, True)`` and the short field lines up to three lines above
    them in the same paragraph ``(start, end, False)``, each once, in order."""
    seen: dict[int, tuple[int, int, bool]] = {}
    for _, a, _b in anchors:
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", a)
        le = len(text) if le < 0 else le
        seen[ls] = (ls, le, True)
        cur = ls
        for _ in range(3):
            if cur == 0:
                break
            ps = text.rfind("\n", 0, cur - 1) + 1
            qs = max(ps, text.rfind('"', ps, cur - 1) + 1)  # a message starts inside a JSON string
            prev = text[qs : cur - 1]
            if not prev.strip() or _FIELD_LINE.match(prev.strip()) is None:
                break
            if qs not in seen:
                seen[qs] = (qs, cur - 1, False)
            if qs > ps:
                break
            cur = ps
    return sorted(seen.values())


def _record(text: str, ls: int, le: int, anchors: list[tuple[str, int, int]], own: bool) -> Iterator[Finding]:
    """Names among the items of the line ``text[ls:le]``."""
    cuts: list[tuple[int, int, str]] = [(m.start(), m.end(), "sep") for m in _CUT.finditer(text, ls, le)]
    first = bisect.bisect_left(anchors, ls, key=lambda t: t[1])
    here = list(itertools.takewhile(lambda t: t[1] < le, anchors[first:]))
    cuts.extend((a, b, "anchor") for _, a, b in here)
    line = text[ls:le]
    # an ASCII line as bytes: the same answer, without the RE2 wrapper's offset mapping
    words_here = not line.isascii() or _PHONE_WORD_GATE.search(line.encode("ascii")) is not None
    if words_here:
        cuts.extend(
            (m.start(), m.end(), "phone")
            for m in PHONE_WORDS_ANY.finditer(text, ls, le)
            if m.start() == ls or not text[m.start() - 1].isalpha()
        )
    cuts.sort()
    pos = ls
    b = _BULLET.match(text, ls, le)
    if b is not None:
        pos = b.end()
    items: list[tuple[int, int, str, str]] = []
    left = "edge"
    for a, z, kind in cuts:
        if a < pos:
            pos = max(pos, z)
            left = kind
            continue
        items.append((pos, a, left, kind if kind != "sep" else text[a:z].strip() or "sep"))
        pos, left = z, kind if kind != "sep" else text[a:z].strip() or "sep"
    items.append((pos, le, left, "edge"))
    starts = {a for _, a, _ in here}
    row = any(text.count(c, ls, le) >= 2 for c in "|\t;") and own
    dashes = own and not row and _DASH_ROW.search(text, ls, le) is not None
    # per line, not per item (a long line has thousands of both): the last non-blank character, and
    # the first start of an anchor that only blanks, dots and commas follow to the line's end
    last_ink = _LAST_INK.search(text, ls, le)
    ink_end = last_ink.start() if last_ink is not None else -1
    tail_anchor = min(
        (h0 for _, h0, h1 in here if h1 >= le or _run_end(_TAIL_BLANKS, text, h1, le) == le), default=None
    )
    for a, z, lkind, rkind in items:
        nxt = _skip_cut(text, z, le)
        contact = (
            rkind in ("anchor", "phone")
            or nxt in starts
            or (words_here and PHONE_WORDS_ANY.match(text, nxt, le) is not None)
            or (not own and rkind == "edge" and (lkind in (":", "\uff1a") or _CASED.match(text, a) is not None))
            # the value of a field line over the anchor's line ("Customer: Thiri Aung"), or a cased name alone
            # on it (an uncased line alone may be a heading: "טופס הרשמה לסדנה")
        )
        a, z = _strip(text, a, z)
        if z - a < 2 or (rkind in (":", "\uff1a") and not own):
            continue
        known_only = False
        if rkind in (":", "\uff1a") and ink_end >= z + 1:  # text[z + 1 : le].strip()
            # any(not text[z + 1 : h0].strip() and not text[h1:le].strip(" \t.,") for _, h0, h1 in here)
            if tail_anchor is None or tail_anchor > _run_end(_BLANKS, text, z + 1, len(text)):
                continue  # "Full Name: ..." is a label
            known_only = True  # "<name>: <phone>" of a list; a label too ("ग्राहक सेवा: ..."), unless a known name
        elif dashes and not contact:
            known_only = True  # a cell of a dash row: a name, or a service or a shift ("الدعم الفني", "காலை ஷிஃப்ட்")
        if not own and lkind in (",", "\u060c", "\u3001", "\uff0c"):
            continue  # a line above the anchor's is a field: not the later items of a list in it ("Inc., Cedar Park")
        yield from _item(text, (a, z), (lkind, rkind), contact=contact, own=own, row=row, le=le, known_only=known_only)


_PHONE_WORD_GATE = re2.compile(
    re2_source(re.sub(r"\(\?<?[!=][^()]*\)", "", original_of(PHONE_WORDS_ANY).pattern)), _CASELESS
)
"""`PHONE_WORDS_ANY` without its look-arounds, in RE2: on an ASCII line (where RE2 and Python agree
on case and classes) no phone word can match where this finds nothing."""
_SKIP_CUT = re.compile(r"[ \t]*(?:[|\t;,:=(\[{<\"\u060c\u3001\uff0c\uff1a]|[-\u2013\u2014/](?=[ \t]))?[ \t]*")


_LAST_INK = re.compile(r"\S\s*\Z")
"""The last non-blank character of a line (searched with the line's end as `endpos`; ``\\s`` is
`str.isspace`, what `str.strip` removes)."""
_BLANKS = re.compile(r"\s*")
_TAIL_BLANKS = re.compile(r"[ \t.,]*")


def _run_end(run: re.Pattern[str], text: str, pos: int, end: int) -> int:
    """Where the run of `run` (a pattern that matches empty) from `pos` ends, `end` at most."""
    m = run.match(text, pos, end)
    return max(pos, end) if m is None else m.end()


def _skip_cut(text: str, z: int, le: int) -> int:
    """Where the item after the one ending at `z` starts."""
    m = _SKIP_CUT.match(text, z, le)
    return m.end() if m is not None else z


def _strip(text: str, a: int, z: int) -> tuple[int, int]:
    while a < z and text[a] in " \t'`*_#\u201c\u201d\u2018\u2019\u00a0":
        a += 1
    while z > a and text[z - 1] in " \t'`*_#\u201c\u201d\u2018\u2019\u00a0.":
        z -= 1
    return a, z


def _item(
    text: str,
    item_span: tuple[int, int],
    kinds: tuple[str, str],
    *,
    contact: bool,
    own: bool,
    row: bool,
    le: int,
    known_only: bool = False,
) -> Iterator[Finding]:
    """Names in one item ``text[a:z]``; `kinds`: what cut it on the left and right, `contact`: a
    phone word or an anchor comes next, `row`: the line is a table row with an anchor,
    `known_only`: only an uncased name holding a lexicon name counts (the item is a label's place)."""
    a, z = item_span
    lkind, rkind = kinds
    item = text[a:z]
    before_contact = contact
    first = item.lstrip()[:1]
    if _CASED.match(first):
        if not (known_only and rkind in (":", "\uff1a")):
            yield from _cased(text, a, z, before_contact, own)
        return
    if ns.script_at(text, a) is None and not _UNCASED_WORD.match(first):
        return
    span = _uncased(text, a, z, (lkind, rkind), before_contact or row or known_only, known_only)
    if span is not None:
        yield ("PERSON", span[0], span[1], 0.75)
        latin = _LATIN_AFTER.match(text, span[1], le)
        if latin is not None and same_name(text[span[0] : span[1]], latin.group(1)):
            yield ("PERSON", latin.start(1), latin.end(1), 0.8)
        return
    latin = _LATIN_AFTER.match(text, z, le)
    if latin is not None and same_name(item, latin.group(1)):
        yield ("PERSON", a, z, 0.8)
        yield ("PERSON", latin.start(1), latin.end(1), 0.8)


def _cased(text: str, a: int, z: int, before_contact: bool, own: bool) -> Iterator[Finding]:
    item = text[a:z]
    if item.isupper() and _CASED_RUN.fullmatch(item):
        toks = item.split()
        if 2 <= len(toks) <= 4 and any(t.lower() in _KNOWN for t in toks) and tokens_ok([t.title() for t in toks]):
            yield ("PERSON", a, z, 0.75)
        return
    for m in _CASED_RUN.finditer(item):
        if after_street_type(item, m.start()):
            continue  # "rue Maryse Moreau - 03 10 32 68 65": a street named after a person
        toks = m.group().split()
        whole = m.start() == 0 and m.end() == len(item.rstrip())
        last = m.end() == len(item.rstrip())
        run = trim_run(toks)
        if run is None:
            continue
        i, j = run
        if not (2 <= sum(1 for t in toks[i:j] if t.lower() not in _PARTICLES) <= 4):
            continue
        cell = whole and i == 0 and j == len(toks)
        at_contact = last and j == len(toks) and before_contact
        inline = own and after_lower_word(item, m.start()) and inline_ok(toks[i:j])
        if not (cell or at_contact or inline) or not tokens_ok(toks[i:j]):
            continue
        start = a + m.start() + _offset(m.group(), i)
        end = a + m.start() + _offset(m.group(), j - 1) + len(toks[j - 1].rstrip("."))
        yield ("PERSON", start, end, 0.75)


def _offset(run: str, k: int) -> int:
    return [t.start() for t in re.finditer(r"\S+", run)][k]
