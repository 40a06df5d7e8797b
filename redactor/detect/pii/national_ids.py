# ruff: noqa: RUF001, RUF002  -- glue words and dashes of many languages.
"""National identity numbers of ~45 countries (``pii.national_id``, entity ``NATIONAL_ID``).

The kinds, their shapes, validators and cue words are the table in `national_id_data`; the check
digits are computed in `national_id_checks`. A value is taken

1. right after a cue word of its own kind (``CPF: 529.982.247-25``, ``"pesel": "44051401359"``,
   ``personnummer 811228-9874``), when it has the kind's shape and passes its validator (kinds
   without a check digit, like a UK National Insurance number or an Argentine DNI, only here and
   only with nothing but separators and number words between cue and value); a value of the
   kind's shape there is taken even when its check digit fails (session 11: such a value under
   its own cue is still written as someone's number);
2. after a generic cue (``national id``, ``ID number``, ``documento``) or under a table column
   named by any cue, when it passes the validator of a kind strong enough for that (``generic``);
3. without a cue, for the few formatted shapes no other number has (``bare``: a dotted CPF, an
   Italian codice fiscale, a CURP, a dotted AHV number, a Finnish HETU).

Published example numbers (`national_id_data.EXAMPLE_VALUES`) are never taken. US social security
numbers stay with `pii.us_ssn`; card numbers, IBANs and phones with their own detectors (none of
them has a cue of this table). One RE2 gate pass decides whether any cue or bare shape occurs at
all, so a text without one costs a single scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor import cache_budget
from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import Gates
from redactor.detect.pii.national_id_data import EXAMPLE_VALUES, GENERIC_CUES, Kind
from redactor.detect.pii.national_id_data import KINDS as _EUROPE_AMERICAS_ASIA
from redactor.detect.pii.national_id_data_world import WORLD_KINDS
from redactor.detect.pii.national_id_data_world2 import WORLD2_KINDS

KINDS: tuple[Kind, ...] = _EUROPE_AMERICAS_ASIA + WORLD_KINDS + WORLD2_KINDS
"""Every kind: the session-11 table, the session-13 rows (`national_id_data_world`) and the
session-16 rows (`national_id_data_world2`)."""

ENTITY = "NATIONAL_ID"
_OWN, _GENERIC, _COLUMN, _BARE, _SHAPED = 0.85, 0.8, 0.8, 0.7, 0.75

_END = r"(?![\w@]|[-./:+]\w)"
"""A value ends at no word character and at no separator that goes on (``v1.2``, ``x-y``)."""


def norm_cue(text: str) -> str:
    return re.sub(r"[\s_-]+", " ", text.lower()).strip()


def _cue_source(cue: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[ _-]", cue)]
    return r"[ _-]".join(parts) if len(parts) > 1 else parts[0]


def _spaced(ch: str) -> bool:
    """`ch` is of a script that writes spaces between words (not CJK, Thai, Lao, Khmer, Burmese)."""
    o = ord(ch)
    return o < 0x3000 and not (0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF)


_INFLECTION = r"(?:(?<=[^\W\d_])(?-i:[-'’][a-zăâîșțşıçğöü]{1,4})(?![-'’]?\w))?"
"""An ending some languages attach to a cue word: a Romanian enclitic article after a hyphen
(``CNP-ul``, ``CNP-ului``), a Turkish case ending after an apostrophe (``TCKN'si``), lower case,
at most four letters, then the word ends."""
_NORDIC_DEFINITE = r"(?:e[tn])?"
"""The definite ending of a Nordic ``-nummer`` cue (``fødselsnummeret``, ``CPR-nummeret``)."""


def _bounded(cue: str) -> str:
    """`cue` as a regex that starts and ends at word edges (unspaced scripts: anywhere); a cue of a
    spaced script may carry an attached ending (`_INFLECTION`, `_NORDIC_DEFINITE`)."""
    src = _cue_source(cue)
    head = r"(?<!\w)" if _spaced(cue[0]) else ""
    if not _spaced(cue[-1]):
        return head + src
    definite = _NORDIC_DEFINITE if cue.lower().endswith("nummer") else ""
    return head + src + definite + _INFLECTION + r"(?!\w)"


def _is_cased(cue: str) -> bool:
    return any(ch.isupper() for ch in cue)


_BY_CUE: dict[str, list[Kind]] = {}
for _kind in KINDS:
    for _cue in _kind.cues:
        _BY_CUE.setdefault(norm_cue(_cue), []).append(_kind)
_GENERIC_KINDS: tuple[Kind, ...] = tuple(k for k in KINDS if k.generic)
_GENERIC_SET = frozenset(norm_cue(c) for c in GENERIC_CUES)
_ALL_CUES = sorted({c for k in KINDS for c in k.cues} | set(GENERIC_CUES), key=lambda c: (-len(c), c))
_CI = [c for c in _ALL_CUES if not _is_cased(c)]
_CS = [c for c in _ALL_CUES if _is_cased(c)]
_KEY_TAIL = r"(?=[\"'`]?[ \t]*[:=])"

_CUE = with_first_chars(
    re.compile(
        r"(?i:" + "|".join(map(_bounded, _CI)) + r")|(?:" + "|".join(map(_bounded, _CS)) + r")"
        r"|(?i:" + "|".join(map(_bounded, _CS)) + r")" + _KEY_TAIL
    )
)
"""Every cue; the first-character look-ahead (`with_first_chars`) skips positions no cue starts at
(the ~1,000-word alternation otherwise costs ~15 us a character on the lines it reads)."""
_GLUE_WORDS = (
    r"no|nr|n[º°o]|num|number|nummer|numer|número|numero|numéro|numarası|numarasi|is|es|é|ist|est|do|da|de|del"
    r"|of|the|su|mi|meu|seu|sua|mon|son|ma|la|le|des|du|van|har|er|on|was|are|et|und|and|id|nro|núm|nbr"
)
_GLUE_LETTERS = r"e|y"
"""One-letter glue words (``e``, ``y``): only before a non-word character, so a value's own first
letter (``Y089575(8)``, ``E-18462937``) is not taken for one."""
_GLUE = re.compile(
    r"(?:[ \t\"'`:=#()\[\]{}|>*,：（）「」【】是为為は]|[-–—](?!\d)|(?i:(?:"
    + _GLUE_WORDS
    + r")(?![^\W\d_])\.?)|(?i:(?:"
    + _GLUE_LETTERS
    + r")(?!\w))|[º°.])*"
)
_LOOSE = re.compile(r"(?:[^\W\d_]{1,14}(?![^\W_])" + _GLUE.pattern + r"){1,2}")
"""Up to two more words between cue and value (``CPF do titular: ...``): for checked kinds only."""
_MAX_GLUE = 44

_SHAPES: dict[str, re.Pattern[str]] = {k.key: re.compile(r"(?:" + k.shape + r")" + _END, re.IGNORECASE) for k in KINDS}
_BARE_KINDS = tuple(k for k in KINDS if k.bare)
_BARE_RE = re.compile(
    r"(?<![\w.\-/+])(?:" + "|".join(f"(?P<k{i}>{k.bare})" for i, k in enumerate(_BARE_KINDS)) + r")" + _END
)


def _gate_source(cue: str) -> str:
    """RE2 form of a cue for the gate: a literal, its word gaps any of `` _-``, every ``i`` also
    ``İ``/``ı`` (Python's case-insensitive ``i`` matches them, RE2's does not)."""
    out: list[str] = []
    for ch in cue:
        out.append("[ _-]" if ch in " _-" else "[iIİı]" if ch in "iI" else re.escape(ch).replace("\\ ", " "))
    return "".join(out)


_WORD_EDGE = r"(?:^|[^\pL\pN_])"
_LATIN_CI = [c for c in _CI if _spaced(c[0])]
_LATIN_CS = [c for c in _CS if _spaced(c[0])]
_CJK = [c for c in _ALL_CUES if not _spaced(c[0])]
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20  # the DFA of ~1,300 case-folded cues of many scripts needs more than 8 MB
_CUE_GATE = re2.compile(
    _WORD_EDGE
    + r"(?:(?i:"
    + "|".join(map(_gate_source, _LATIN_CI))
    + r")|"
    + "|".join(map(_gate_source, _LATIN_CS))
    + r"|(?i:"
    + "|".join(map(_gate_source, _LATIN_CS))
    + r")[\"'`]?[ \t]*[:=])"
    + (r"|(?i:" + "|".join(map(_gate_source, _CJK)) + ")" if _CJK else ""),
    _RE2_OPTIONS,
)
"""RE2: a cue word at a word edge (upper-case cues as written, or as a key), in one pass over the
text; where it fails, the Python cue regex cannot match (the gated and ungated detectors agree)."""
_GATES = Gates({"bare": "|".join(k.bare for k in _BARE_KINDS)})
"""RE2: a bare shape occurs."""

_CELL_SEPS = ("\t", "|", ";", ",")


def compact(value: str, kind: Kind) -> str:
    if kind.key == "fi.hetu":
        return value.upper()
    return re.sub(r"[\s.\-/+]", "", value).upper()


def valid(kind: Kind, value: str) -> bool:
    """`value` (as written) is a number of `kind` that is not a published example."""
    s = compact(value, kind)
    if s in EXAMPLE_VALUES:
        return False
    try:
        return kind.check(s)
    except (ValueError, KeyError, IndexError):
        return False


def _first_valid(text: str, pos: int, kinds: tuple[Kind, ...] | list[Kind], loose: bool) -> tuple[int, int] | None:
    for kind in kinds:
        if loose and not kind.checked:
            continue
        m = _SHAPES[kind.key].match(text, pos)
        if m is not None and valid(kind, m.group()):
            return m.start(), m.end()
    return None


def _after_cue(text: str, end: int, kinds: tuple[Kind, ...] | list[Kind]) -> tuple[int, int] | None:
    g = _GLUE.match(text, end)
    pos = g.end() if g is not None else end
    if pos - end > _MAX_GLUE:
        return None
    if pos == end and text[end - 1 : end].isascii() and text[end : end + 1].isalnum():
        return None
    if "\n" in text[end:pos]:
        return None
    found = _first_valid(text, pos, kinds, loose=False)
    if found is None:
        lm = _LOOSE.match(text, pos)
        if lm is not None and lm.end() - end <= _MAX_GLUE and "\n" not in text[pos : lm.end()]:
            found = _first_valid(text, lm.end(), kinds, loose=True)
    return found


def _shaped_after_cue(text: str, end: int, kinds: tuple[Kind, ...] | list[Kind]) -> tuple[int, int] | None:
    """A value of an own-cue kind's exact shape right after the cue (separators and number words
    only), whatever its check digit: a mistyped or made-up number under ``Kennitala:`` or
    ``TC Kimlik:`` is still written as someone's number. Published examples stay out."""
    g = _GLUE.match(text, end)
    pos = g.end() if g is not None else end
    if pos - end > _MAX_GLUE or "\n" in text[end:pos]:
        return None
    if pos == end and text[end - 1 : end].isascii() and text[end : end + 1].isalnum():
        return None
    for at in (pos, _label_end(text, end)):
        if at < 0:
            continue
        for kind in kinds:
            m = _SHAPES[kind.key].match(text, at)
            if (
                m is not None
                and not _dummy(compact(m.group(), kind))
                and (at == pos or not _legal_entity(kind, m.group()))
            ):
                return m.start(), m.end()
    return None


_QUALIFIER = r"(?:\([^()\n]{1,24}\)|[^\W\d_]{1,14}(?![^\W_]))"
_LABEL = re.compile(rf"[ \t]*{_QUALIFIER}(?:[ \t]+{_QUALIFIER})?[ \t]*[:\uff1a][ \t]*")
"""A field label that qualifies its cue and ends in a colon: ``CPR (til told):``, ``ΑΦΜ πωλητή:``,
``N° national (BE) :`` (one or two words or parentheticals, then the colon)."""


def _label_end(text: str, end: int) -> int:
    m = _LABEL.match(text, end)
    return m.end() if m is not None else -1


_DUMMY = re.compile(r"\D*(?:(\d)\1{5}|123456|012345|987654)")
"""The digits a form is filled with (``123456789``, ``000000000``, ``111111-1111``)."""


def _legal_entity(kind: Kind, value: str) -> bool:
    """A number of the kind's scheme that a company holds, not a person: an Argentine CUIT of
    prefix 30, 33 or 34 (a person's is 20, 23, 24 or 27)."""
    return kind.key == "ar.cuil" and compact(value, kind)[:2] in ("30", "33", "34")


def _dummy(value: str) -> bool:
    return value in EXAMPLE_VALUES or _DUMMY.match(value) is not None


@cache_budget.helper()
@lru_cache(maxsize=256)
def _cue_kinds(cue: str) -> tuple[tuple[Kind, ...], bool]:
    """The kinds a cue names, and whether it is also a generic cue (an attached ending dropped)."""
    if cue not in _BY_CUE and cue not in _GENERIC_SET:
        cue = _ENDING.sub("", cue)
    return tuple(_BY_CUE.get(cue, ())), cue in _GENERIC_SET


_ENDING = re.compile(r"(?:[ '’][^\W\d_]{1,4}|(?<=nummer)e[tn])$")
"""The ending `_INFLECTION` / `_NORDIC_DEFINITE` let a cue carry (after `norm_cue`)."""


def _kinds_for(cue: str) -> tuple[Kind, ...]:
    own, generic = _cue_kinds(cue)
    if generic:
        return own + tuple(k for k in _GENERIC_KINDS if k not in own)
    return own


_BARE_ID_CUES = frozenset(
    norm_cue(c) for c in GENERIC_CUES if norm_cue(c).startswith(("id ", "idn", "doc", "personal n"))
)
_OWNER_WORDS = (
    "my your his her their our its the a an this that with and or of national personal citizen citizens identity"
    " official government gov passport mein meine seine ihre su sus mi mis seu sua meu minha son sa mon ma"
)
_OWNERS = frozenset(_OWNER_WORDS.split())
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t_-]*\Z")


def _personal_generic(text: str, start: int, cue: str) -> bool:
    """A bare ``ID number`` / ``document number`` cue names a person's id unless another noun
    qualifies it (``order id number``, ``transaction document number``)."""
    if cue not in _BARE_ID_CUES:
        return True
    prev = _PREV_WORD.search(text, max(0, start - 24), start)
    return prev is None or prev.group(1).lower() in _OWNERS


def _cue_matches(text: str) -> list[re.Match[str]]:
    """`_CUE`'s matches, the Python regex run only on the lines where the RE2 gate matched.

    A cue never spans a line (its gaps are ``[ _-]``, its look-arounds one character), and the
    gate is a necessary condition of a cue, so the lines without a gate match hold none; the
    ~1,000-word Python alternation then reads a few lines instead of the whole text."""
    out: list[re.Match[str]] = []
    done = -1
    for gm in _CUE_GATE.finditer(text):
        at = gm.end() - 1
        if at <= done:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        out.extend(_CUE.finditer(text, start, end))
        done = end
    return out


def _column_kinds(cell: str) -> tuple[Kind, ...]:
    """The kinds a header cell names (``CPF``, ``Passport No.``, ``NIN #``)."""
    name = cell.strip(" \t\"'`*")
    return _kinds_for(norm_cue(name)) or _kinds_for(norm_cue(name.rstrip(".:#")))


def _own_column_kinds(cell: str) -> tuple[Kind, ...]:
    """The kinds a header cell names by their own cue (``isikukood``, ``CPR``), not a generic one:
    under such a column a value of the kind's exact shape is taken whatever its check digit, as
    after the cue itself (test fixtures fill id columns with made-up numbers)."""
    name = norm_cue(cell.strip(" \t\"'`*"))
    for cue in (name, name.rstrip(".:# ")):
        own, generic = _cue_kinds(cue)
        if own:
            return () if generic else own
    return ()


class NationalIdDetector(ViewDetector):
    """National identity numbers of many countries (``pii.national_id``)."""

    name = "pii.national_id"
    entities: tuple[str, ...] = (ENTITY,)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        passed = _GATES.passed(text, self.gated)
        if not self.gated or _CUE_GATE.search(text) is not None:
            cues = _cue_matches(text) if self.gated else list(_CUE.finditer(text))
            if cues:
                yield from self._cued(text, cues)
                yield from self._columns(text, cues)
        if "bare" in passed:
            for m in _BARE_RE.finditer(text):
                kind = _BARE_KINDS[int(next(n for n, v in m.groupdict().items() if v is not None)[1:])]
                if valid(kind, m.group()) and info.kind_at(m.start()) != "path":
                    yield (ENTITY, m.start(), m.end(), _BARE)

    def _cued(self, text: str, cues: list[re.Match[str]]) -> Iterator[Finding]:
        for m in cues:
            cue = norm_cue(m.group())
            own, generic = _cue_kinds(cue)
            found = _after_cue(text, m.end(), own) if own else None
            score = _OWN
            if found is None and own and not generic:
                found = _shaped_after_cue(text, m.end(), own)
                score = _SHAPED
            if found is None and generic and _personal_generic(text, m.start(), cue):
                found = _after_cue(text, m.end(), _GENERIC_KINDS)
                score = _GENERIC
            if found is not None:
                yield (ENTITY, found[0], found[1], score)

    def _columns(self, text: str, cues: list[re.Match[str]]) -> Iterator[Finding]:
        """Values under a table column named by a cue (CSV, TSV, Markdown, ``;``-separated)."""
        done = -1
        for cue in cues:
            if cue.start() <= done:
                continue  # on a line already read (checked before the look-back: one-line texts)
            start = text.rfind("\n", 0, cue.start()) + 1
            end = text.find("\n", cue.end())
            end = len(text) if end < 0 else end
            header = text[start:end]
            done = end  # every other cue of this line has the same header (one pass a line, not a cue)
            sep = next((s for s in _CELL_SEPS if s in header), None)
            if sep is None:
                continue
            cells = header.split(sep)
            cols = {j: _column_kinds(cell) for j, cell in enumerate(cells)}
            cols = {j: ks for j, ks in cols.items() if ks}
            own = {j: _own_column_kinds(cells[j]) for j in cols}
            if not cols:
                continue
            width = header.count(sep)
            pos = end + 1
            while pos < len(text):
                nl = text.find("\n", pos)
                nl = len(text) if nl < 0 else nl
                line = text[pos:nl]
                if not line.strip() or line.count(sep) != width:
                    break
                cell_start = pos
                for col, cell in enumerate(line.split(sep)):
                    if col in cols:
                        yield from self._cell(text, cell_start, cell, cols[col], own[col])
                    cell_start += len(cell) + 1
                done = nl
                pos = nl + 1

    def _cell(
        self, text: str, start: int, cell: str, kinds: tuple[Kind, ...], own: tuple[Kind, ...] = ()
    ) -> Iterator[Finding]:
        stripped = cell.strip(" \t\"'`")
        if not stripped:
            return
        a = start + cell.index(stripped)
        for kind in kinds:
            m = _SHAPES[kind.key].fullmatch(text, a, a + len(stripped))
            if m is not None and valid(kind, stripped):
                yield (ENTITY, a, a + len(stripped), _COLUMN)
                return
        for kind in own:
            m = _SHAPES[kind.key].fullmatch(text, a, a + len(stripped))
            if m is not None and not _dummy(compact(stripped, kind)) and not _legal_entity(kind, stripped):
                yield (ENTITY, a, a + len(stripped), _SHAPED)
                return
