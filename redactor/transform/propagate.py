"""Propagation: a value detected once is masked everywhere it recurs in the record and scope.

Detectors judge each text alone, and context differs between occurrences: a name that NER
finds in "tell Lan Tran what to change" may be missed in "Lan Tran should review this", and a
user name found in `/home/jonas/...` is not recognisable as one in `ls -l` output. Since one
record re-sends the whole conversation, and a user's records repeat the same people, every exact
recurrence of a detected value, in any text of the same record and in later records of the same
placeholder scope, gets the same entity type. This also keeps placeholders consistent.

Only distinctive values propagate: long enough, not a common word or a generic account name, and
(for names) at least two words, so one false positive cannot spread across a transcript. Values
live only in process memory, bounded per scope and in the number of scopes.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
from collections import OrderedDict
from collections.abc import Sequence

from redactor import cache_budget
from redactor.detect.engine import resolve
from redactor.detect.span import Span, SpanCover

DETECTOR = "propagated"

MIN_LEN = {"PERSON": 5, "USERNAME": 3, "PHONE_NUMBER": 7, "ADDRESS": 8}
PROPAGATE = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "USERNAME",
        "PHONE_NUMBER",
        "ADDRESS",
        "SECRET",
        "IP_ADDRESS",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "NATIONAL_ID",
        "DATE_OF_BIRTH",
    }
)
CASELESS = frozenset({"EMAIL_ADDRESS", "USERNAME"})
GENERIC_ACCOUNTS = frozenset(
    """root admin administrator user users guest ubuntu debian centos ec2-user runner vscode node app
    www-data nobody daemon postgres mysql redis git jenkins docker circleci travis build dev test
    default public shared staff wheel system local home me you""".split()  # noqa: SIM905
)
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*(?:_\d+|:[a-z2-7]{6,16})>|\[REDACTED\]")


def eligible(entity: str, value: str) -> bool:
    if entity not in PROPAGATE or "\n" in value or _PLACEHOLDER.search(value):
        return False
    v = value.strip()
    if len(v) < MIN_LEN.get(entity, 4) or v != value:
        return False
    if entity == "USERNAME" and v.lower() in GENERIC_ACCOUNTS:
        return False
    return not (entity == "PERSON" and " " not in v)


class _Memo:
    """What one text held at scope state `tick`: every value whose `seq` is <= `tick` was tested."""

    __slots__ = ("exact", "found", "present", "size", "tick")

    def __init__(self, tick: int, present: frozenset[str], found: tuple[Span, ...], exact: bool) -> None:
        self.tick = tick
        self.present = present
        self.found = found
        self.exact = exact  # every match was looked up among `present` (no order-dependent lookup)
        self.size = MEMO_BYTES + SPAN_BYTES * len(found) + sum(VALUE_BYTES + len(v) for v in present)


class _Scope:
    """Known values of one scope and when each was learnt (a change of entity counts as new)."""

    __slots__ = ("complex", "known", "log", "seq", "size")

    def __init__(self) -> None:
        self.known: OrderedDict[str, str] = OrderedDict()  # value -> entity, least recent first
        self.seq: dict[str, int] = {}  # value -> tick of its addition or last entity change
        self.log: list[tuple[int, str]] = []  # (tick, value), ascending; stale entries allowed
        self.size = 0  # estimated bytes: KNOWN_BYTES per value plus its length, LOG_BYTES per entry
        # values whose presence needs more than `value in text`: caseless ones and ones with a
        # JSON-escaped form (every other value occurs in a text exactly when it is a substring),
        # each with its other forms: (escaped forms, lower-cased forms if caseless)
        self.complex: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def since(self, tick: int) -> list[str]:
        """Known values added or changed after `tick`."""
        out: list[str] = []
        for t, v in self.log[bisect.bisect_right(self.log, tick, key=_tick_of) :]:
            if self.seq.get(v) == t:
                out.append(v)
        return out


def _tick_of(entry: tuple[int, str]) -> int:
    return entry[0]


MEMO_BYTES = 300
"""Estimated memory of one memo without its spans and values."""
SPAN_BYTES = 160
VALUE_BYTES = 60
KNOWN_BYTES = 250
"""Estimated memory of one known value besides its characters (dictionary slots, string, tick)."""
LOG_BYTES = 72


class Propagator:
    """Adds spans for recurrences of detected values within a record and its scope.

    History replay re-sends the same texts with every request, while the scope learns new values
    between requests. For each text (by digest) the propagator remembers which known values it
    holds and the recurrences found; when the text comes back, only the values learnt since are
    looked for, and the recurrences are reused unless that set changed. The result is what a
    search over every known value gives.

    Args:
        per_scope: most values remembered per scope (least recently detected dropped first).
        scopes: most scopes remembered.
        max_bytes: most estimated bytes of known values over all scopes; past it the least
            recently used scopes are forgotten (as past `scopes`).
        memo_bytes: most estimated bytes of per-text memos.
        memo_entries: most per-text memos (0: remember nothing, search every text in full).
    """

    def __init__(
        self,
        per_scope: int = 512,
        scopes: int = 4096,
        *,
        max_bytes: int = 64 << 20,
        memo_bytes: int = 32 << 20,
        memo_entries: int = 50_000,
    ) -> None:
        self._per_scope = per_scope
        self._scopes = scopes
        self._max_bytes = max_bytes
        self.known_size = 0  # estimated bytes of every scope's known values (sum of `_Scope.size`)
        self._known: OrderedDict[str, _Scope] = OrderedDict()
        self._tick = 0
        self._memo: OrderedDict[tuple[str, bool, bytes], _Memo] = OrderedDict()
        self._memo_bytes = memo_bytes
        self._memo_entries = memo_entries
        self.memo_size = 0
        self._patterns = _PatternCache()

    def __repr__(self) -> str:
        return f"Propagator({len(self._known)} scopes, values hidden)"

    def _scope(self, scope: str) -> _Scope:
        state = self._known.get(scope)
        if state is None:
            state = self._known[scope] = _Scope()
            if len(self._known) > self._scopes:
                _, old = self._known.popitem(last=False)
                self.known_size -= old.size
        else:
            self._known.move_to_end(scope)
        return state

    def _learn(self, state: _Scope, value: str, entity: str) -> None:
        known = state.known
        old = known.get(value)
        if old == entity:  # known already, with this entity (and so with these forms)
            known.move_to_end(value)
            return
        if old is None:
            state.size += KNOWN_BYTES + len(value)
        self._tick += 1
        state.seq[value] = self._tick
        state.log.append((self._tick, value))
        state.size += LOG_BYTES
        known[value] = entity
        forms = _forms(value)
        if entity in CASELESS:
            state.complex[value] = (forms[1:], _lower_forms(forms))
        elif len(forms) > 1:
            state.complex[value] = (forms[1:], ())
        else:
            state.complex.pop(value, None)
        known.move_to_end(value)

    def extend(
        self, scope: str, texts: Sequence[str], spans: Sequence[list[Span]], escaped: Sequence[bool]
    ) -> list[list[Span]]:
        """Spans per text, with recurrences of known and newly detected values added."""
        state = self._scope(scope)
        known = state.known
        size_before = state.size
        for text, ss, esc in zip(texts, spans, escaped, strict=True):
            for s in ss:
                value = text[s.start : s.end]
                if esc:
                    value = json_unescape(value)
                if eligible(s.entity, value):
                    self._learn(state, value, s.entity)
        while len(known) > self._per_scope:
            gone, _ = known.popitem(last=False)
            del state.seq[gone]
            state.complex.pop(gone, None)
            state.size -= KNOWN_BYTES + len(gone)
        if len(state.log) > 2 * len(known) + 64:
            n = len(state.log)
            state.log = sorted((t, v) for v, t in state.seq.items())
            state.size -= LOG_BYTES * (n - len(state.log))
        self.known_size += state.size - size_before
        while self.known_size > self._max_bytes and len(self._known) > 1:
            _, old = self._known.popitem(last=False)  # never the current scope: it was used last
            self.known_size -= old.size
        if not known:
            return [list(s) for s in spans]
        out: list[list[Span]] = []
        since: dict[int, list[str]] = {}  # state.since(tick) per tick: the state is fixed from here on
        for text, ss, esc in zip(texts, spans, escaped, strict=True):
            found = self._recurrences(scope, state, text, esc, since)
            extra = _not_covered(found, ss) if found else []
            out.append(resolve([*ss, *extra]) if extra else list(ss))
        return out

    def _recurrences(
        self, scope: str, state: _Scope, text: str, esc: bool, since: dict[int, list[str]]
    ) -> tuple[Span, ...]:
        key = (scope, esc, hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        memo = self._memo.pop(key, None)
        known = state.known
        lowered: list[str] = []  # text.lower(), computed at most once
        if memo is None:
            cx = state.complex
            present = frozenset(v for v in known if v in text or (v in cx and _other_form_in(text, cx[v], lowered)))
            unchanged = False
        else:
            self.memo_size -= memo.size
            kept = [v for v in memo.present if state.seq.get(v, self._tick + 1) <= memo.tick]
            cx = state.complex
            later = since.get(memo.tick)
            if later is None:
                later = since[memo.tick] = state.since(memo.tick)
            new = [v for v in later if v in text or (v in cx and _other_form_in(text, cx[v], lowered))]
            present = frozenset((*kept, *new))
            # same values, none of them re-learnt (a new entity) since: the same recurrences
            unchanged = memo.exact and not new and len(kept) == len(memo.present)
        if memo is not None and unchanged:
            found, exact = memo.found, True
        else:
            found, exact = _find(text, esc, known, present, self._patterns)
        memo = _Memo(self._tick, present, found, exact)
        if self._memo_entries and memo.size <= self._memo_bytes:
            self._memo[key] = memo
            self.memo_size += memo.size
            while len(self._memo) > self._memo_entries or self.memo_size > self._memo_bytes:
                _, old = self._memo.popitem(last=False)
                self.memo_size -= old.size
        return found


def _not_covered(found: Sequence[Span], spans: Sequence[Span]) -> list[Span]:
    """The spans of `found` that no span of `spans` contains, in order."""
    if not spans:
        return list(found)
    cover = SpanCover(spans)
    return [s for s in found if not cover.covers(s.start, s.end)]


def _other_form_in(text: str, other: tuple[tuple[str, ...], tuple[str, ...]], lowered: list[str]) -> bool:
    """Whether a value that is not itself a substring of `text` occurs in it in another form:
    `other` holds its JSON-escaped forms and, for caseless entities, its lower-cased forms, looked
    for in the lower-cased text (computed once into `lowered`)."""
    escaped, low_forms = other
    for f in escaped:
        if f in text:
            return True
    if low_forms:
        if not lowered:
            lowered.append(text.lower())
        low = lowered[0]
        for f in low_forms:
            if f in low:
                return True
    return False


@cache_budget.helper(entry_bytes=283)
@functools.lru_cache(maxsize=8192)
def _lower_forms(forms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f.lower() for f in forms)


def _find(
    text: str, esc: bool, known: OrderedDict[str, str], present: frozenset[str], patterns: _PatternCache
) -> tuple[tuple[Span, ...], bool]:
    """Recurrences of the `present` values in `text`, and whether each was looked up among them."""
    if not present:
        return (), True
    found: list[Span] = []
    exact = True
    for start, end in _matches(text, [(f, known[v] in CASELESS) for v in present for f in _forms(v)], patterns):
        raw = text[start:end]
        val = json_unescape(raw) if esc else raw
        entity = known.get(val) if val in present else None
        if entity is None:
            exact = False  # the answer depends on other values, or on the order of `known`
            entity = known.get(val) or _caseless_lookup(known, val)
        if entity is not None:
            found.append(Span(entity, start, end, 0.9, DETECTOR))
    return tuple(found), exact


def _caseless_lookup(known: OrderedDict[str, str], val: str) -> str | None:
    low = val.lower()
    for k, e in known.items():
        if e in CASELESS and k.lower() == low:
            return e
    return None


def _forms(value: str) -> tuple[str, ...]:
    """The value and, if different, its JSON-escaped form (cached for values up to 256 chars)."""
    return _short_forms(value) if len(value) <= 256 else _forms_of(value)


@cache_budget.helper(entry_bytes=152)
@functools.lru_cache(maxsize=8192)
def _short_forms(value: str) -> tuple[str, ...]:
    return _forms_of(value)


def _forms_of(value: str) -> tuple[str, ...]:
    esc = json.dumps(value, ensure_ascii=False)[1:-1]
    return (value,) if esc == value else (value, esc)


def json_unescape(value: str) -> str:
    """A JSON-string-escaped text's value; the text itself when it does not decode (a cut tail)."""
    try:
        return str(json.loads(f'"{value}"'))
    except json.JSONDecodeError:
        return value


_BEFORE = re.compile(r"[\w@.+-]")
"""A recurrence does not start right after one of these (it would be part of a longer token)."""
_AFTER = re.compile(r"[\w@-]")
"""... nor end right before one of these."""


FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""The non-ASCII characters `re.IGNORECASE` matches to an ASCII character (capital I with dot,
dotless i, long s, Kelvin sign). tests/test_propagate_memo.py checks the list against every code
point, and that no other character lower-cases to ASCII or to more than one character."""
_TO_ASCII = str.maketrans(dict(zip(FOLDS_TO_ASCII, "iisk", strict=True)))
"""Each of `FOLDS_TO_ASCII` as the one ASCII letter it matches under IGNORECASE (tested)."""


def caseless_view(text: str) -> str:
    """`text` lower-cased, character for character, so that an ASCII literal matches `text` under
    `re.IGNORECASE` exactly where its lower-cased form occurs in the view: the characters
    IGNORECASE folds to ASCII letters are mapped to them first (no other character lower-cases to
    ASCII, and only one of them lower-cases to two characters)."""
    if not text.isascii() and any(c in text for c in FOLDS_TO_ASCII):
        text = text.translate(_TO_ASCII)
    return text.lower()


def _matches(text: str, alternatives: list[tuple[str, bool]], patterns: _PatternCache) -> list[tuple[int, int]]:
    """Where ``(?<![\\w@.+-])(?:a1|a2|...)(?![\\w@-])`` matches `text` (as `re.finditer` finds them).

    The alternatives are tried longest first at each position, as in one alternation sorted by
    length; finding each literal with `str.find` (and caseless ones with a small cached regex)
    avoids compiling a new alternation for every set of values.
    """
    cands: list[tuple[int, int]] = []  # (start, -length)
    # an ASCII literal matches case-insensitively exactly where its lower-cased form occurs in
    # `caseless_view(text)` (same length as the text, checked: else a regex is used)
    plain_fold: bool | None = None
    low = ""
    for a, caseless in alternatives:
        n = len(a)
        if caseless and plain_fold is None:
            low = caseless_view(text)
            plain_fold = len(low) == len(text)
        if caseless and plain_fold and a.isascii():
            a = a.lower()
            i = low.find(a)
            while i >= 0:
                cands.append((i, -n))
                i = low.find(a, i + 1)
        elif caseless:
            search = patterns.get(a).search
            m = search(text)
            while m is not None:
                cands.append((m.start(), -n))
                m = search(text, m.start() + 1)
        else:
            i = text.find(a)
            while i >= 0:
                cands.append((i, -n))
                i = text.find(a, i + 1)
    cands.sort()
    out: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    for start, neg in cands:
        if start < pos or (start and _BEFORE.match(text, start - 1)):
            continue
        end = start - neg
        if end < size and _AFTER.match(text, end):
            continue
        out.append((start, end))
        pos = end
    return out


class _PatternCache:
    """Compiled caseless literals, least recently used dropped first, bounded by source size."""

    def __init__(self, max_chars: int = 2 << 20, max_entries: int = 512) -> None:
        self._max_chars = max_chars
        self._max_entries = max_entries
        self._chars = 0
        self._cache: OrderedDict[str, tuple[re.Pattern[str], int]] = OrderedDict()

    def get(self, literal: str) -> re.Pattern[str]:
        hit = self._cache.get(literal)
        if hit is not None:
            self._cache.move_to_end(literal)
            return hit[0]
        pattern = re.compile(f"(?i:{re.escape(literal)})")
        size = len(pattern.pattern)
        self._cache[literal] = (pattern, size)
        self._chars += size
        while len(self._cache) > self._max_entries or (self._chars > self._max_chars and len(self._cache) > 1):
            _, (_, old) = self._cache.popitem(last=False)
            self._chars -= old
        return pattern
