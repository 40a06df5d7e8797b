"""What spaCy reads: the NER-worthy pieces of a text, found without loading any model.

`ner_chunks` cuts a text into pieces for the NER adapter (`redactor.detect.presidio_adapter`):
prose, comments and natural-language strings from `redactor.detect.segment`, JSON-unescaped,
minus machine listings (`listing_cut`: ``ls -l`` columns, git log headers, CSV/TSV rows, PEM
armour, key lines, HTTP headers), and only when a piece holds a word that could start a name
(`may_hold_name`): not a sentence word, product, acronym, sentence-initial imperative or
gerund, nor a word the pattern detectors already explain (`known` spans). Everything cut here
is text spaCy would read for nothing; what is left is where the model's time goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from redactor.detect.pii._vocab import NOT_NAME_WORDS, TECH_NAMES, words
from redactor.detect.pii.lexicon import is_english
from redactor.detect.segment import NER_KINDS, Unescaped, segment
from redactor.detect.span import Span, SpanCover

MAX_CHUNK = 100_000
"""Longest piece handed to spaCy at once (longer segments are cut)."""


@dataclass(frozen=True, slots=True)
class Chunk:
    """One NER input: text index, raw offset of the segment, its unescaped view, and the window
    ``[lo, hi)`` of that view that spaCy reads (the whole view unless listing lines were cut out)."""

    index: int
    offset: int
    kind: str
    view: Unescaped
    lo: int
    hi: int
    english: bool = True
    """False when the window is in another language (`english_enough`): the adapter then keeps only
    hits that hold a known given or family name (the model's PERSON and place labels alike)."""

    @property
    def window(self) -> str:
        return self.view.text[self.lo : self.hi]


_HAS_WORD = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_CAPITALISED = re.compile(r"(?P<pre>[.!?:;\n\"'(>#*-][ \t]*|^[ \t]*)?(?<![\w.])(?P<word>[^\W\d_a-z][^\W\d_]+)")


def ner_chunks(index: int, text: str, verbs: frozenset[str], known: Sequence[Span] = ()) -> Iterator[Chunk]:
    """NER-worthy pieces of one text: prose, comments and natural-language strings.

    A piece is skipped when no word in it could start a name: every capitalised word is a
    sentence word (``The``, ``Please``), a product (``Docker``), a sentence-initial verb
    (``Run the tests``), or lies inside a span the pattern detectors already found (`known`:
    ``Commits are authored as Rafael Ferreira <rferreira@...>``). Most agent prose ("Let me
    check the file") never reaches spaCy.
    """
    covered = SpanCover(known) if known else None
    for seg in segment(text):
        if seg.kind not in NER_KINDS:
            continue
        raw = text[seg.start : seg.end]
        if not _HAS_WORD.search(raw):
            continue
        if seg.kind == "string" and (len(_WORDS.findall(raw)) < 2 or " " not in raw.strip()):
            continue  # one word, or a blob without spaces (source maps, base64, CSV cells): no prose
        if not may_hold_name(raw, verbs):
            continue
        for a in range(0, len(raw), MAX_CHUNK):
            view = Unescaped(raw[a : a + MAX_CHUNK])
            base = seg.start + a
            for lo, hi in windows(view.text):
                if covered is None:
                    ok = may_hold_name(view.text[lo:hi], verbs)
                else:

                    def inside(i: int, j: int, lo: int = lo, view: Unescaped = view, base: int = base) -> bool:
                        ra, rb = view.to_raw(lo + i, lo + j)
                        return covered.covers(base + ra, base + rb)

                    ok = may_hold_name(view.text[lo:hi], verbs, inside)
                if ok:
                    yield Chunk(index, base, seg.kind, view, lo, hi, english_enough(view.text[lo:hi]))


_ENGLISH_MARKERS = words("""
    the of and with this that these those you your we our she they them their his her please would
    should could have were are from not it its but if then what which there here when where how why
    just been into about than
""")
"""English function words other languages do not spell the same way (so not ``a``, ``in``, ``to``,
``is``, ``an``, ``was``, ``also``, ``will``, ``for``, ``my``, ``me``, ``he``, ``can``, ``do``: words
of German, Dutch, the Nordic and Romance languages, Polish, Czech or Turkish too)."""
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_UNDECIDED_WORDS = 8
"""Fewer words than this: too short to call a piece non-English."""
_ENGLISH_SHARE = 0.7
"""Without a function word, this share of English words still makes a piece English (Spanish and
French technical prose reach about 0.4-0.6 through shared short words and loans)."""


def english_enough(piece: str) -> bool:
    """Whether `piece` reads as English to the English model: short pieces, pieces holding an
    English function word, and pieces whose words are mostly English words (`lexicon.is_english`:
    ``I will be travelling to Estonia``). A piece of eight or more words with neither is in another
    language (or another script), where the English model takes capitalised nouns for people and
    places (``Beide Dienste``, ``Ereignisse``, ``Казани``)."""
    found = _LETTER_WORD.findall(piece)
    if len(found) < _UNDECIDED_WORDS:
        return True
    if any(w.lower() in _ENGLISH_MARKERS for w in found):
        return True
    return sum(1 for w in found if is_english(w)) >= _ENGLISH_SHARE * len(found)


_LS_PREFIX = re.compile(
    r"[ \t]*[-dlcbps][rwxsStT-]{9}[@+.]?[ \t]+\d+[ \t]+\S+[ \t]+\S+[ \t]+[\d,.]+[KMGT]?[ \t]+"
    r"(?:[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+(?:\d{1,2}:\d{2}|\d{4})"
    r"|\d{4}-\d{2}-\d{2}[ \t]+\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ \t]+[+-]\d{4})?)[ \t]+"
)
"""The columns of an ``ls -l`` row before the file name (mode, links, owner, group, size, date)."""
_LISTING_LINE = re.compile(
    r"[ \t]*(?:total[ \t]+\d+[ \t]*$"
    r"|commit[ \t]+[0-9a-f]{7,64}\b"  # git log / show headers
    r"|(?:Author|Commit|Date|AuthorDate|CommitDate|Merge):[ \t]"
    r"|-----(?:BEGIN|END)[A-Z0-9 ]*-----"  # PEM / PGP armour
    r"|[A-Za-z0-9+/=_-]{24,}[ \t]*$"  # one long token: base64, hex, a key line
    r"|(?i:authorization|proxy-authorization|cookie|set-cookie|x-[a-z0-9-]+|content-[a-z-]+|accept(?:-[a-z-]+)?"
    r"|user-agent|host|cache-control|etag|if-[a-z-]+|connection|vary|www-authenticate|strict-transport-security"
    r"|access-control-[a-z-]+):[ \t]"  # HTTP headers
    r")"
)
_CSV_QUOTED = re.compile(r'"[^"\n]*"')
_CSV_MIN_FIELDS = 4


def listing_cut(line: str) -> int:
    """How much of `line` NER gains nothing from: 0 (none), ``len(line)`` (all), or the end of an
    ``ls -l`` row's columns (the file name after them is kept: ``Juan Dela Cruz - passport.pdf``).

    Listing lines are ``ls -l`` columns, git log headers and CSV/TSV data rows. Their personal
    data (owners, git identities, name and address columns) is found by the account,
    git-identity and structured-field detectors, which read every line; spaCy time on them was
    about 60 % of the NER time on agent tool results.
    """
    m = _LS_PREFIX.match(line)
    if m is not None:
        return m.end()
    if _LISTING_LINE.match(line):
        return len(line)
    if line.count("\t") >= _CSV_MIN_FIELDS - 1 and "  " not in line.strip("\t"):
        return len(line)
    if line.count(",") < _CSV_MIN_FIELDS - 1:
        return 0
    unquoted = _CSV_QUOTED.sub("", line)
    spaced = unquoted.count(", ")
    bare = unquoted.count(",") - spaced
    return len(line) if bare >= _CSV_MIN_FIELDS - 1 and spaced <= bare // 3 else 0


def windows(view: str) -> Iterator[tuple[int, int]]:
    """The ranges of `view` left once listing columns and rows are cut out (`listing_cut`)."""
    lo = pos = 0
    while True:
        nl = view.find("\n", pos)
        end = len(view) if nl < 0 else nl
        cut = listing_cut(view[pos:end])
        if cut:
            if pos > lo:
                yield lo, pos
            lo = pos + cut
            if cut == end - pos and nl >= 0:
                lo += 1  # the whole line goes, with its line break
        if nl < 0:
            break
        pos = nl + 1
    if lo < len(view):
        yield lo, len(view)


def may_hold_name(raw: str, verbs: frozenset[str], known: Callable[[int, int], bool] | None = None) -> bool:
    """Whether some capitalised word of `raw` could be (part of) a reported name or place.

    Skipped: sentence words and products, acronyms (``IBAN``: never a name, and places that
    short are dropped by `NerAdapter._accept`), and at a sentence start imperatives and gerunds
    (``Checking the workspace``: `_accept` drops such a word when it stands alone), and words
    that `known` says a pattern detector has already found.
    """
    for m in _CAPITALISED.finditer(raw):
        word = m.group("word")
        low = word.lower()
        if low in NOT_NAME_WORDS or low in TECH_NAMES or word.isupper():
            continue
        if m.group("pre") is not None and (low in verbs or gerund_of(low, verbs)):
            continue  # "Run the tests", "# Track which spans", "Checking the workspace"
        if known is not None and known(m.start("word"), m.end("word")):
            continue  # already found by a pattern detector (`known(start, end)`: offsets in `raw`)
        return True
    return False


def gerund_of(word: str, verbs: frozenset[str]) -> bool:
    """``validating`` -> ``validate``, ``running`` -> ``run``: an -ing form of a known verb."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)
