"""Names echoed by an identifier in the same text (``pii.name_echo``).

People's e-mail addresses and chat handles are usually built from their names:
``ingrid.solberg@telenor.no``, ``selam.tesfaye@gmail.com``, ``<@akosua.boateng:matrix.org>``,
``@hkaraman``. When a capitalised word elsewhere in the same text spells one of those name pieces,
it is that person's name, whatever the carrier (a mail header, a JSON record, a chat log, an HTML
table) and whether or not NER knows the name:

- identifiers: the local parts of e-mail addresses and ``@handles`` (matrix ids included), split
  on ``.``, ``_``, ``-``, ``+`` and digits, accents folded (``João`` matches ``joao``); a
  one-piece identifier of six letters or more may also be an initial and a surname
  (``hkaraman`` -> ``karaman``, initial ``h``);
- matches: capitalised words (not parts of identifiers, paths or code) equal to a piece, or
  starting with one (``Selamawit`` for ``selam``) when another piece of the same identifier
  matches exactly;
- names: a run of adjacent matched words (``Ingrid Solberg``, ``Okonkwo, Chidi``) grown over a
  neighbouring capitalised word whose initial is a one-letter piece (``Anwesha Chatterjee`` for
  ``anwesha.c``, ``Hande Karaman`` for ``hkaraman``). A name of one word is kept only when the
  word is not English (``Ingrid``, ``Akosua``; never ``Grace`` or ``Mark`` alone).

Role and service mailboxes (``support@``, ``noreply@``, ``build-bot@``) and code annotations
(``@Override``) echo nobody and are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import NOT_NAME_WORDS, SYSTEM_USERS, TECH_NAMES, words
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import is_name_token

_MAIL_DOMAIN = with_first_chars(re.compile(r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"))
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.%+'-")
_HANDLE = re.compile(r"@(?<![\w@./\\-]@)([A-Za-z][\w.-]{1,38}[A-Za-z0-9])(?![\w(/@]|\.\w)")
"""``@handle``, ``<@first.last:matrix.org>`` (the server after ``:`` is not part of the handle)."""
_SPLIT = re.compile(r"[._+%'\-\d]+")
_TLDS = frozenset(
    words("com org net io dev app co ai me uk de fr nl eu us ca au in br es it pl se no fi dk ch at be jp cn")
)
ROLE_LOCAL_PARTS = frozenset(
    words("""
    noreply no-reply donotreply do-not-reply support info admin sales billing hello contact team ops
    dev devops security privacy careers jobs press office mail mailer webmaster postmaster
    hostmaster abuse help service notifications notification alerts alert bot bots build ci
    github gitlab dependabot renovate jenkins newsletter marketing accounts accounting finance
    hr legal payroll orders order shop store feedback enquiries inquiries reply test tests
    example user users staff everyone all here channel param returns author since see
    """)
)
"""Local-part pieces of shared mailboxes and handles that name no person."""

_WORD = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
_WORD_AT = re.compile(_WORD + r"(?![\w@(]|[./:\\-]\w)")
"""A capitalised word that is not followed by identifier syntax (``Name@``, ``Name.py``, ``Name(``)."""
_WORD_BEFORE = re.compile(r"(?<![\w@./\\#$:-])(" + _WORD + r")(?:, | )$")
_NOT_BEFORE = frozenset("@./\\#$:-_")


def _word_char_before(c: str) -> bool:
    """A word may not follow `c`: it would be part of an identifier, a path or a longer word."""
    return c.isalnum() or c in _NOT_BEFORE


def _fold_table() -> dict[int, str]:
    """A `str.translate` table that maps each ASCII or Latin letter to one lower-case ASCII letter."""
    table: dict[int, str] = {cp: chr(cp + 32) for cp in range(65, 91)}
    extra = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "\u0131": "i", "æ": "a", "œ": "o", "ß": "s", "þ": "t", "ħ": "h"}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        low = chr(cp).lower()
        base = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha():
            table[cp] = base
        elif len(low) == 1 and low in extra:
            table[cp] = extra[low]
    return table


_FOLD = _fold_table()
"""Length-preserving fold: ASCII and Latin letters to their lower-case ASCII base (``Ö`` -> ``o``)."""


def fold(word: str) -> str:
    """`word` lower-cased with accents removed (``João`` -> ``joao``, ``Zielińska`` -> ``zielinska``)."""
    out = word.lower() if word.isascii() else word.translate(_FOLD)
    if "'" in out or "-" in out or "\u2019" in out:
        out = out.replace("'", "").replace("\u2019", "").replace("-", "")
    return out


@dataclass(frozen=True, slots=True)
class _Ident:
    """One personal-looking identifier: its name pieces, initials and surname guess."""

    pieces: frozenset[str]
    initials: frozenset[str]
    """Pieces of one or two letters: the start of a name word (``c`` in ``anwesha.c``)."""
    surnames: dict[str, str] = field(default_factory=dict)
    """surname piece -> the initial in front of it (``hkaraman`` -> ``{"karaman": "h"}``)."""
    one_word: bool = True
    """A single echoing word is a name. Not for one-piece handles: teams and tools have those too
    (``@frontend``, ``@octocat``, ``@webhooks``), so they need a name of two words."""


@cache_budget.helper()
@lru_cache(maxsize=4096)
def _identifier(local: str, handle: bool = False) -> _Ident | None:
    """The name pieces of an e-mail local part or a handle, or None if it names no one."""
    raw = [fold(p) for p in _SPLIT.split(local) if p]
    if not raw or any(p in ROLE_LOCAL_PARTS or p in SYSTEM_USERS or p in TECH_NAMES for p in raw):
        return None
    if fold(local) in SYSTEM_USERS or (len(raw) > 1 and raw[-1] in _TLDS):
        return None  # a service account; a domain written as a handle (@acme.com)
    pieces = frozenset(p for p in raw if len(p) >= 3 and p.isascii() and p.isalpha())
    initials = frozenset(p for p in raw if len(p) <= 2 and p.isascii() and p.isalpha())
    if not pieces:
        return None
    surnames: dict[str, str] = {}
    if len(raw) == 1:
        if is_english(raw[0]):
            return None  # @workspace, @override: a word, not a person's login
        if len(raw[0]) >= 6:
            surnames[raw[0][1:]] = raw[0][0]
    return _Ident(pieces, initials, surnames, one_word=not (handle and len(raw) == 1))


def _identifiers(text: str) -> tuple[list[_Ident], dict[str, int]]:
    """The personal identifiers in `text`, and how often each (folded) local part occurs."""
    seen: dict[tuple[str, bool], int] = {}
    for m in _MAIL_DOMAIN.finditer(text):
        end = i = m.start()
        while i > 0 and end - i < 64 and text[i - 1] in _LOCAL_CHARS:
            i -= 1
        local = text[i:end].lstrip(".%+'-_")
        if len(local) >= 2:
            seen[local, False] = seen.get((local, False), 0) + 1
    for m in _HANDLE.finditer(text):
        seen[m.group(1), True] = seen.get((m.group(1), True), 0) + 1
    idents: list[_Ident] = []
    counts: dict[str, int] = {}
    for (local, handle), n in seen.items():
        ident = _identifier(local, handle)
        if ident is not None:
            idents.append(ident)
            key = fold(local)
            counts[key] = counts.get(key, 0) + n
    return idents, counts


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    folded: str


def _match(word: _Word, ident: _Ident, exact_hits: frozenset[str]) -> str | None:
    """How `word` echoes `ident`: ``"piece"``, ``"surname"``, ``"prefix"`` or None."""
    w = word.folded
    if w in ident.pieces:
        return "piece"
    if w in ident.surnames:
        return "surname"
    for p in ident.pieces:
        if len(p) >= 4 and w.startswith(p) and any(q != p and q in exact_hits for q in ident.pieces):
            return "prefix"  # Selamawit for selam.tesfaye, once Tesfaye is in the text
    return None


def _word_at(text: str, folded: str, pos: int) -> _Word | None:
    m = _WORD_AT.match(text, pos)
    if m is None:
        return None
    return _Word(pos, m.end(), fold(folded[pos : m.end()]))


def _next_word(text: str, folded: str, w: _Word) -> _Word | None:
    if text.startswith(", ", w.end):
        return _word_at(text, folded, w.end + 2)
    if text.startswith(" ", w.end):
        return _word_at(text, folded, w.end + 1)
    return None


def _prev_word(text: str, folded: str, w: _Word) -> _Word | None:
    m = _WORD_BEFORE.search(text, max(0, w.start - 60), w.start)
    if m is None:
        return None
    return _word_at(text, folded, m.start(1))


class NameEchoDetector(ViewDetector):
    """Capitalised words that spell the name pieces of an e-mail address or handle in the same text."""

    name = "pii.name_echo"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = ("@",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        idents, counts = _identifiers(text)
        if not idents:
            return
        vocab = frozenset().union(*(i.pieces for i in idents), *(i.surnames for i in idents))
        folded = text.lower() if text.isascii() else text.translate(_FOLD)
        if not any(folded.count(p) > sum(n * local.count(p) for local, n in counts.items()) for p in vocab):
            return  # every piece occurs only inside its identifiers: nothing echoes them
        prefixes = frozenset(p for i in idents for p in i.pieces if len(p) >= 4)
        hits: dict[int, _Word] = {}
        for p in vocab:
            i = folded.find(p)
            while i >= 0:
                if i not in hits and text[i].isupper() and (i == 0 or not _word_char_before(text[i - 1])):
                    w = _word_at(text, folded, i)
                    if w is not None and (
                        w.folded in vocab or any(w.folded[:k] in prefixes for k in range(4, len(w.folded)))
                    ):
                        hits[i] = w
                i = folded.find(p, i + 1)
        exact = frozenset(w.folded for w in hits.values() if w.folded in vocab)
        done = 0  # end of the last name found: its other words need no second look
        for start, w in sorted(hits.items()):
            if start < done:
                continue
            for ident in idents:
                if _match(w, ident, exact) is None:
                    continue
                run = _grow(text, folded, w, ident, exact)
                if run is not None:
                    yield ("PERSON", run[0], run[1], 0.8)
                    done = run[1]
                    break


def _grow(text: str, folded: str, w: _Word, ident: _Ident, exact: frozenset[str]) -> tuple[int, int] | None:
    """The name around `w`: adjacent echoing words and initials; None if too weak."""
    run = [w]
    used: set[str] = set()  # each initial explains one word
    # Neighbours separated by one space (``Ingrid Solberg``) or a comma (``Okonkwo, Chidi``).
    # One unmatched word between two echoing ones is a middle name (``João Pedro Almeida``).
    while len(run) < 5 and (nxt := _next_word(text, folded, run[-1])) is not None:
        if _match(nxt, ident, exact) is not None or _initial_of(nxt, ident, run[-1], used):
            run.append(nxt)
            continue
        after = _next_word(text, folded, nxt)
        if after is None or _match(after, ident, exact) is None or text[nxt.end : after.start] != " ":
            break
        run.extend((nxt, after))
    while len(run) < 5 and (prev := _prev_word(text, folded, run[0])) is not None:
        if _match(prev, ident, exact) is not None or _initial_of(prev, ident, run[0], used):
            run.insert(0, prev)
            continue
        before = _prev_word(text, folded, prev)
        if before is None or _match(before, ident, exact) is None or text[before.end : prev.start] != " ":
            break
        run[:0] = (before, prev)
    tokens = [text[x.start : x.end] for x in run]
    if not all(is_name_token(t) and fold(t) not in NOT_NAME_WORDS and fold(t) not in TECH_NAMES for t in tokens):
        return None
    if len(run) == 1 and (not ident.one_word or is_english(tokens[0])):
        return None  # "Grace", "Mark": an English word alone is no echo; "@frontend": maybe a team
    return run[0].start, run[-1].end


def _initial_of(word: _Word, ident: _Ident, matched: _Word, used: set[str]) -> bool:
    """`word` starts with an unused initial or abbreviation of `ident` (``Chatterjee`` for ``anwesha.c``,
    ``Zhakupova`` for ``aigerim.zh``); marks it used."""
    for ini in ident.initials:
        if ini not in used and word.folded.startswith(ini):
            used.add(ini)
            return True
    first = word.folded[:1]
    if first not in used and any(matched.folded == s and first == ini for s, ini in ident.surnames.items()):
        used.add(first)
        return True
    return False
