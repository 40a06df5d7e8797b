# ruff: noqa: RUF002  -- labels of other scripts, full-width colons included, are the point here.
"""The field labels of `pii.field_label` and where they stand in a text (split from `field_labels`, session 13).

`LABELS` maps each label of `redactor.detect.pii.field_vocab` (about eighty languages), in its
lookup form (`norm`), to what it introduces (`Label`: a name part, a person or an address; weak or
not; of a script written without spaces or not). The finders look for a label and a separator
(``:``, ``：``, the colons of other scripts, ``=``, a cell bar, a tab, a line break, a dash and a
space) in one linear RE2 pass: `word_hits` is the detector's gate, `_hits` the whole finder it must
agree with (``tests/test_speed_field_labels.py``). What stands after a label, and whether it is a
name or an address, is `field_labels`' part.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii.field_vocab import ADDRESS_LABELS, NAME_PART_LABELS, PERSON_LABELS, WEAK_LABELS


def norm(label: str) -> str:
    """The lookup form of a label: case-folded, dotless/dotted i as ``i``, one apostrophe."""
    s = label.casefold().replace("i\u0307", "i").replace("\u0131", "i")
    return re.sub(r"[\u2019\u02bc`]", "'", s)


@dataclass(frozen=True, slots=True)
class Label:
    """What a label introduces: ``kind`` is ``part`` (a name part), ``person`` or ``address``."""

    kind: str
    weak: bool
    tight: bool
    """A script written without spaces (Han, kana, Thai...): the label may follow any character."""


TIGHT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
"""Han, kana, Thai, Lao, Khmer, Burmese: written without spaces between words."""


def _entries() -> dict[str, Label]:
    out: dict[str, Label] = {}
    for kind, table in (("address", ADDRESS_LABELS), ("person", PERSON_LABELS), ("part", NAME_PART_LABELS)):
        for labels in table.values():
            for label in labels.split("|"):
                weak = label in WEAK_LABELS
                tight = TIGHT.match(label) is not None
                out[norm(label)] = Label(kind, weak, tight)  # a part overrides a person label
    return out


LABELS: dict[str, Label] = _entries()
"""Normalised label -> what it introduces."""


def _variants(label: str) -> set[str]:
    out = {label}
    if "\u0131" in label:
        out.add(label.replace("\u0131", "i"))
    if "'" in label:
        out |= {label.replace("'", q) for q in "\u2019\u02bc"}
    return out


def _labels() -> list[str]:
    """Every label and its spelling variants, longest first (the finder's alternatives, in order)."""
    return sorted(
        {
            v
            for table in (ADDRESS_LABELS, PERSON_LABELS, NAME_PART_LABELS)
            for ls in table.values()
            for lb in ls.split("|")
            for v in _variants(lb)
        },
        key=len,
        reverse=True,
    )


_SEPARATORS = r"(?:[:\x{ff1a}\x{1361}\x{1365}\x{1366}\x{17d6}\x{055d}\x{fe55}=|\t\n]|[-\x{2013}\x{2014}][ \t])"
"""A separator: ``:``, the full-width colon, the colons of scripts that have their own (Ethiopic
``ስም፡``, ``፥``, ``፦``; Khmer ``ឈ្មោះ៖``; the Armenian comma U+055D, which forms put after a label;
the small colon), ``=``, a cell bar, a tab, a line break, or a dash and a space."""
COLONS = ":\uff1a\u1361\u1365\u1366\u17d6\u055d\ufe55"


def _finder(labels: list[str], *, word_start: bool = False) -> re2._Regexp:
    """The finder of `labels`; `word_start`: only where no ASCII letter, digit or ``_`` is before."""
    alts = "|".join(re2.escape(lb).replace("\\ ", "[ \\t]") for lb in labels)
    source = (r"\b" if word_start else "") + r"(?i:" + alts + r")(?:\*\*|__|\*)?[\"'`]?[ \t]*(?:\*\*)?[ \t]*"
    source += _SEPARATORS
    options = re2.Options()
    options.max_mem = 64 << 20
    return re2.compile(source, options)


def _ascii_matched(chars: set[str]) -> set[str]:
    """The non-ASCII `chars` some ASCII character matches in a case-insensitive RE2 pattern (the
    Kelvin sign U+212A matches ``k``, the long s U+017F matches ``s``; ``é`` matches none).

    RE2 folds case by orbits (``k``, ``K`` and the Kelvin sign are one), so the ASCII characters'
    own patterns, run over all of `chars` at once, find them: 128 small scans rather than one pattern
    per character."""
    subject = "".join(sorted(c for c in chars if not c.isascii()))
    found: set[str] = set()
    for x in range(128):
        found.update(m.group() for m in re2.compile("(?i:" + re2.escape(chr(x)) + ")").finditer(subject))
    return found


def _split(labels: list[str]) -> tuple[list[str], list[str]]:
    """`labels` (in order) that can match somewhere in an ASCII text, and the others: those with a
    character no ASCII character matches case-insensitively."""
    chars = {c for lb in labels for c in lb}
    ok = {c for c in chars if c.isascii()} | _ascii_matched(chars)
    return [lb for lb in labels if set(lb) <= ok], [lb for lb in labels if not set(lb) <= ok]


@functools.cache
def _find() -> re2._Regexp:
    """`_FIND`: where a label and a separator may be, one linear RE2 pass (the gate of every rule).

    Compiled on first use (session 15, start-up): only a text with a non-ASCII character whose
    halves' hits overlap, or the ``prefilter`` switch off, reaches it; the bench's 600-line streams
    never did, and its compile was ~0.03 CPU s of every start."""
    return _finder(_labels())


_LATIN, _OTHER = _split(_labels())
"""`_FIND` split in two: the labels that can match ASCII text, and the others (``prénom``, ``ПІБ``).

RE2 builds a DFA state by state as texts reach them, and each state costs time in proportion to
the pattern: `_FIND` took ~0.15 s of CPU per process on the bench stream before its states were
built, the two halves together ~0.1 s. An ASCII text needs only `_FIND_LATIN` (the others cannot
match there, and alternatives that match nowhere change no choice of RE2's). Another text gets
both; their hits are `_FIND`'s when no two of them overlap (a hit of `_FIND` is the first label
alternative matching at the leftmost start; a hit of one half that another half's hit overlaps
is where the two could disagree), else `_FIND` runs. The ``prefilter`` switch turns the split off."""


@functools.cache
def _find_latin() -> re2._Regexp:
    """`_FIND_LATIN`, compiled on first use: `_hits` reads ASCII text with it (and `_split_hits` the
    ASCII half of mixed text); texts that never reach `_hits` never compile it."""
    return _finder(_LATIN)


@functools.cache
def _find_other() -> re2._Regexp:
    """`_FIND_OTHER`, compiled on first use: only a text with a non-ASCII character reaches it."""
    return _finder(_OTHER)


def __getattr__(name: str) -> re2._Regexp:
    """`_FIND`, `_FIND_LATIN` and `_FIND_OTHER` as module attributes (compiled on first use)."""
    if name == "_FIND":
        return _find()
    if name == "_FIND_LATIN":
        return _find_latin()
    if name == "_FIND_OTHER":
        return _find_other()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _byte_hits(rx: re2._Regexp, data: bytes, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(data, pos, endpos)]


_HIGH = re.compile(rb"[\x80-\xff]+")


def _other_hits(data: bytes) -> list[tuple[int, int]]:
    """`_FIND_OTHER`'s hits in the UTF-8 `data`, looked for only on lines with a non-ASCII character.

    Each of its labels holds a character only non-ASCII characters match, and no hit crosses a
    line (labels, markup and separators hold no line break; a ``\n`` separator ends the hit), so
    every hit lies on such a line, and the hits of a line are the same whether the finder starts
    there or earlier (the pattern has no ``^``, ``$`` or ``\b`` to look beyond the line).
    RE2 then builds and walks its automaton only over those lines."""
    out: list[tuple[int, int]] = []
    done = 0
    for m in _HIGH.finditer(data):
        if m.start() < done:
            continue
        a = data.rfind(b"\n", 0, m.start()) + 1
        b = data.find(b"\n", m.end())
        done = len(data) if b < 0 else b + 1
        out.extend(_byte_hits(_find_other(), data, a, done))
    return out


def _split_hits(data: bytes) -> list[tuple[int, int]] | None:
    """`_FIND`'s hits in `data` from its two halves, or None when hits of the halves overlap."""
    hits = sorted(_byte_hits(_find_latin(), data) + _other_hits(data))
    for (_, end), (start, _) in itertools.pairwise(hits):
        if start < end:
            return None
    return hits


def _hits(text: str, fast: bool = True) -> Iterator[tuple[int, int]]:
    """`_FIND`'s matches as character offsets into `text` (`fast`: found by its halves).

    RE2 runs on the UTF-8 bytes (the wrapper's ``str`` path re-maps offsets per match and costs
    about thirty times more); byte offsets are turned into character offsets by decoding only the
    stretches between consecutive hits.
    """
    if text.isascii():
        yield from _byte_hits(_find_latin() if fast else _find(), text.encode("ascii"))
        return
    data = text.encode("utf-8", "surrogatepass")
    hits = _split_hits(data) if fast else None
    if hits is None:
        hits = _byte_hits(_find(), data)
    yield from _char_offsets(data, hits)


def _char_offsets(data: bytes, hits: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Byte offsets into the UTF-8 `data` as character offsets: only the stretches between
    consecutive hits are decoded."""
    byte_at = char_at = 0
    for a, b in hits:
        char_at += len(data[byte_at:a].decode("utf-8", "surrogatepass"))
        width = len(data[a:b].decode("utf-8", "surrogatepass"))
        yield char_at, char_at + width
        byte_at = a


_FIND_WORDS = _finder(_LATIN, word_start=True)
"""`_FIND_LATIN` at word starts only (``\b``: RE2's, on ASCII text the same as Python's).

On ASCII text a hit whose label follows a letter, digit or ``_`` (``Firmenname:``) is always
rejected (`FieldLabelDetector._at`: inside a word), and every Latin label starts with one of those,
so `_FIND_WORDS` finds exactly the hits that can count: its automaton follows labels from word
starts only, where `_FIND_LATIN`'s follows every label from every character (a first pass over the
bench stream's ASCII texts: ~54 ms of CPU to build the states against ~7). The two agree on
every word-start hit unless a rejected mid-word hit of `_FIND_LATIN` would have covered one (its
leftmost-first scan then resumes after it); `_covered` rules that out, else `_FIND_LATIN` runs."""


def _is_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _prefixes(labels: list[str], *, inner: bool) -> frozenset[bytes]:
    """Lower-case proper prefixes of `labels` (`inner`: only those that end right before a word
    start inside the label, ``date of `` of ``date of birth``): what a mid-word hit covering a
    (word) start begins with."""
    out: set[bytes] = set()
    for lb in labels:
        low = lb.lower()
        for i in range(1, len(lb)):
            if not inner or (not _is_word(lb[i - 1]) and _is_word(lb[i])):
                out.add(low[:i].encode("ascii"))
    return frozenset(out)


_INNER = _prefixes(_LATIN, inner=True)
_ANY_PREFIX = _prefixes(_LATIN, inner=False)
_LONGEST = max(map(len, _LATIN))
if not all(_is_word(lb[0]) for lb in _LATIN):  # `_FIND_WORDS` relies on it
    raise RuntimeError("pii.field_label: a Latin label starts with a character that is not a word character")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _covered(data: bytes, w: int, prefixes: frozenset[bytes] = _INNER) -> bool:
    """A hit of `_FIND_LATIN` starting inside a word might cover `w`: some Latin label starts after
    a word byte at ``s < w`` and reads like ``data[s:w]`` (`prefixes`: `_INNER` for a word start
    `w`, `_ANY_PREFIX` for any other; a label's space matches a tab too). A necessary condition, so
    True may be a false alarm."""
    for s in range(max(1, w - _LONGEST + 1), w):
        if data[s - 1] in _WORD_BYTES and data[s:w].lower().replace(b"\t", b" ") in prefixes:
            return True
    return False


def word_hits(text: str, fast: bool = True) -> list[tuple[int, int]]:
    """The hits of `_hits` that `FieldLabelDetector._at` can accept, and maybe others it rejects.

    An ASCII text is read by `_FIND_WORDS` (see there). Another text by `_FIND_WORDS` and
    `_FIND_OTHER` (see `_split_hits`), where a hit of the second may also start inside a word: it
    falls back to `_hits` (all of `_FIND`'s hits) when hits overlap, when a mid-word Latin hit might
    cover a hit or start where one starts (after a word byte, at a word byte), or when the Kelvin
    sign or the long s is in the text (the only characters beyond ASCII a Latin label matches)."""
    if not fast:
        return list(_hits(text, fast))
    if text.isascii():
        data = text.encode("ascii")
        hits = _byte_hits(_FIND_WORDS, data)
        if not any(_covered(data, a) for a, _ in hits):
            return hits
        return list(_hits(text))
    if "\u212a" in text or "\u017f" in text:
        return list(_hits(text))
    data = text.encode("utf-8", "surrogatepass")
    latin = _byte_hits(_FIND_WORDS, data)
    other = _other_hits(data)
    both = sorted(latin + other)
    if (
        any(start < end for (_, end), (start, _) in itertools.pairwise(both))
        or any(_covered(data, a) for a, _ in latin)
        or any(
            _covered(data, a, _ANY_PREFIX) or (a > 0 and data[a - 1] in _WORD_BYTES and data[a] in _WORD_BYTES)
            for a, _ in other
        )
    ):
        return list(_hits(text))
    return list(_char_offsets(data, both))
