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

import functools
import hashlib
import json
import re
from collections import OrderedDict
from collections.abc import Sequence

from redactor.detect.engine import resolve
from redactor.detect.span import Span

DETECTOR = "propagated"

MIN_LEN = {"PERSON": 5, "USERNAME": 3, "PHONE_NUMBER": 7, "ADDRESS": 8}
PROPAGATE = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "USERNAME", "PHONE_NUMBER", "ADDRESS", "SECRET", "IP_ADDRESS",
     "CREDIT_CARD", "IBAN_CODE", "US_SSN", "DATE_OF_BIRTH"}
)
CASELESS = frozenset({"EMAIL_ADDRESS", "USERNAME"})
GENERIC_ACCOUNTS = frozenset(
    """root admin administrator user users guest ubuntu debian centos ec2-user runner vscode node app
    www-data nobody daemon postgres mysql redis git jenkins docker circleci travis build dev test
    default public shared staff wheel system local home me you""".split()
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


class Propagator:
    """Adds spans for recurrences of detected values within a record and its scope."""

    def __init__(self, per_scope: int = 512, scopes: int = 4096) -> None:
        self._per_scope = per_scope
        self._scopes = scopes
        self._known: OrderedDict[str, OrderedDict[str, str]] = OrderedDict()
        self._generation: dict[str, int] = {}  # per scope: a new, never reused number on each change
        self._tick = 0
        self._found: OrderedDict[tuple[str, int, bool, bytes], tuple[Span, ...]] = OrderedDict()
        self._found_max = 20_000

    def _bump(self, scope: str) -> None:
        self._tick += 1
        self._generation[scope] = self._tick

    def __repr__(self) -> str:
        return f"Propagator({len(self._known)} scopes, values hidden)"

    def extend(
        self, scope: str, texts: Sequence[str], spans: Sequence[list[Span]], escaped: Sequence[bool]
    ) -> list[list[Span]]:
        """Spans per text, with recurrences of known and newly detected values added."""
        known = self._known.get(scope)
        if known is None:
            known = self._known[scope] = OrderedDict()
            if len(self._known) > self._scopes:
                old, _ = self._known.popitem(last=False)
                self._generation.pop(old, None)
        else:
            self._known.move_to_end(scope)
        for text, ss, esc in zip(texts, spans, escaped, strict=True):
            for s in ss:
                value = text[s.start : s.end]
                if esc:
                    value = _unescape(value)
                if eligible(s.entity, value):
                    if value not in known:
                        self._bump(scope)
                    known[value] = s.entity
                    known.move_to_end(value)
        while len(known) > self._per_scope:
            known.popitem(last=False)
            self._bump(scope)
        if not known:
            return [list(s) for s in spans]
        gen = self._generation.get(scope, 0)
        forms: dict[str, tuple[str, ...]] | None = None
        out: list[list[Span]] = []
        for text, ss, esc in zip(texts, spans, escaped, strict=True):
            # history replay re-sends the same texts: their recurrences are found once per state
            ck = (scope, gen, esc, hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
            found = self._found.get(ck)
            if found is None:
                if forms is None:
                    forms = {v: _forms(v) for v in known}
                found = self._find(text, esc, known, forms)
                self._found[ck] = found
                if len(self._found) > self._found_max:
                    self._found.popitem(last=False)
            extra = [s for s in found if not any(x.start <= s.start and s.end <= x.end for x in ss)]
            out.append(resolve([*ss, *extra]) if extra else list(ss))
        return out

    @staticmethod
    def _find(text: str, esc: bool, known: OrderedDict[str, str], forms: dict[str, tuple[str, ...]]) -> tuple[Span, ...]:
        lowered = text.lower() if any(e in CASELESS for e in known.values()) else text
        present = [
            v for v, fs in forms.items()
            if any(f in text or (known[v] in CASELESS and f.lower() in lowered) for f in fs)
        ]
        if not present:
            return ()
        found: list[Span] = []
        for m in _pattern(present, known).finditer(text):
            val = _unescape(m.group(0)) if esc else m.group(0)
            entity = known.get(val) or _caseless_lookup(known, val)
            if entity is not None:
                found.append(Span(entity, m.start(), m.end(), 0.9, DETECTOR))
        return tuple(found)


def _caseless_lookup(known: OrderedDict[str, str], val: str) -> str | None:
    low = val.lower()
    for k, e in known.items():
        if e in CASELESS and k.lower() == low:
            return e
    return None


def _forms(value: str) -> tuple[str, ...]:
    esc = json.dumps(value, ensure_ascii=False)[1:-1]
    return (value,) if esc == value else (value, esc)


def _unescape(value: str) -> str:
    try:
        return str(json.loads(f'"{value}"'))
    except json.JSONDecodeError:
        return value


def _pattern(values: list[str], known: OrderedDict[str, str]) -> re.Pattern[str]:
    return _compiled(tuple(sorted((v, known[v] in CASELESS) for v in values)))


@functools.lru_cache(maxsize=4096)
def _compiled(values: tuple[tuple[str, bool], ...]) -> re.Pattern[str]:
    alts = sorted({(f, caseless) for v, caseless in values for f in _forms(v)}, key=lambda a: -len(a[0]))
    body = "|".join(f"(?i:{re.escape(a)})" if caseless else re.escape(a) for a, caseless in alts)
    return re.compile(rf"(?<![\w@.+-])(?:{body})(?![\w@-])")
