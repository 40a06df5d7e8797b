"""Which detectors can match a text, decided in one pass over it with a google-re2 `Set`.

Most detectors declare a ``prefilter``: lower-case literals, one of which must occur in the
lower-cased text for the detector to possibly match (empty = the detector always runs). Checking
them one by one costs one substring scan per literal per text: over three hundred detectors and
four hundred literals today, most of them provider prefixes (``ghp_``, ``xoxb-``) that almost
never occur. `KeywordPrefilter` compiles every literal into one RE2 set, matches the lower-cased
text once, and returns the detectors to run, in registry order.

The answer is exactly the one-by-one answer (``any(k in lowered for k in prefilter)``): the set
holds the literals escaped (no regex meaning), case-sensitive, matched anywhere; RE2 matches the
UTF-8 bytes of the text, and a UTF-8 literal occurs in the bytes of a text exactly when it occurs
in the text. Lone surrogates (which cannot be UTF-8) are encoded with ``surrogatepass``: their
bytes can never be part of a literal's bytes. An empty literal matches every text, as ``"" in s``
does. `tests/test_prefilter.py` checks the equivalence on the dev corpus and generated streams.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.base import Detector

MAX_MEM = 64 << 20
"""RE2's memory budget for the set (program and DFA cache). A literal set needs a few MB; a
budget the DFA could exhaust would make `Match` report no match, so it is generous."""


SELF_CHECK = False
"""Whether `literal_set` matches every set it builds against a text made of all its literals.

Off at start-up (session 15): that one match made RE2 build DFA states for every literal's every
prefix, states no real text reaches, and cost 0.12-0.2 CPU s per process (the engine's keyword set
of ~3,700 literals and the three `LiteralGroups` of the detector modules; measured in
docs/performance.md section 32). It can only raise, never change a result, and the sets it checked
are the ones the registry builds: ``tests/test_startup_structure.py`` runs the same check on each of
them, so a google-re2 that failed it fails the suite instead of every start."""


def literal_set(literals: Sequence[str], *, check: bool | None = None) -> re2.Set:
    """One RE2 set of the (non-empty) `literals`, matched anywhere, numbered in order.

    `check` (default `SELF_CHECK`): also match the set against a text made of all its literals and
    require every one found.

    Raises:
        RuntimeError: RE2 could not compile the set, numbered it out of order, or (when checked)
            failed the self-check; never expected.
    """
    options = re2.Options()
    options.max_mem = MAX_MEM
    options.log_errors = False
    s = re2.Set.SearchSet(options)
    for i, lit in enumerate(literals):
        if s.Add(re2.escape(lit)) != i:
            raise RuntimeError("prefilter: RE2 numbered the literals out of order")
    s.Compile()
    if SELF_CHECK if check is None else check:
        self_check(s, literals)
    return s


def self_check(s: re2.Set, literals: Sequence[str]) -> None:
    """Raise RuntimeError unless `s` finds each of `literals` in a text made of all of them."""
    hits = s.Match("\x00".join(literals).encode("utf-8", "surrogatepass"))
    if len(set(hits or ())) != len(literals):
        raise RuntimeError(f"prefilter: RE2 found {len(set(hits or ()))} of {len(literals)} literals")


def literals_of(detector: Detector) -> tuple[str, ...]:
    """The detector's prefilter literals (empty: it always runs)."""
    pre: tuple[str, ...] = getattr(detector, "prefilter", ())
    return tuple(pre)


class KeywordPrefilter:
    """The detectors that can match a lower-cased text, in registry order.

    Args:
        detectors: the engine's detectors, in the order they run.

    Raises:
        RuntimeError: RE2 could not compile the set or failed its self-check (never expected:
            the set is made of escaped literals).
    """

    def __init__(self, detectors: Sequence[Detector]) -> None:
        self.size = len(detectors)
        self.always: list[int] = []
        literal_ids: dict[str, int] = {}
        owners: list[list[int]] = []
        for i, d in enumerate(detectors):
            lits = literals_of(d)
            if not lits or "" in lits:
                self.always.append(i)
                continue
            for lit in dict.fromkeys(lits):
                n = literal_ids.get(lit)
                if n is None:
                    n = literal_ids[lit] = len(owners)
                    owners.append([])
                owners[n].append(i)
        self.literals = tuple(literal_ids)
        self._owners = tuple(tuple(o) for o in owners)
        self._set: re2.Set | None = literal_set(self.literals) if self.literals else None

    def _matches(self, lowered: str) -> set[int]:
        assert self._set is not None
        hits = self._set.Match(lowered.encode("utf-8", "surrogatepass"))
        return set(hits) if hits else set()

    def select(self, lowered: str) -> list[int]:
        """Indices (ascending) of the detectors to run on a text whose ``str.lower()`` is `lowered`."""
        if self._set is None:
            return list(self.always)
        run = set(self.always)
        for n in self._matches(lowered):
            run.update(self._owners[n])
        return sorted(run)

    def __repr__(self) -> str:
        return f"KeywordPrefilter({len(self.literals)} literals, {len(self.always)} of {self.size} always run)"


class LiteralGroups:
    """Which named groups of literals occur in a lower-cased text, decided in one pass.

    A detector's rules often run only when one of a few literals occurs in the lower-cased text
    (``any(lit in low for lit in ("ping", "ask", "tell"))``); checked one by one, that is one
    substring scan per literal per rule. `found` answers for every group with one RE2 `Set`
    match over the text: exactly the groups ``any(lit in low for lit in group)`` accepts, for the
    reasons `KeywordPrefilter` gives (an empty literal occurs everywhere; an empty group nowhere).

    Args:
        groups: group name -> literals (lower case, as the text they are looked for in).
    """

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        self.groups = {name: tuple(lits) for name, lits in groups.items()}
        self._everywhere = frozenset(name for name, lits in self.groups.items() if "" in lits)
        ids: dict[str, int] = {}
        owners: list[set[str]] = []
        for name, lits in self.groups.items():
            for lit in lits:
                if lit:
                    n = ids.setdefault(lit, len(owners))
                    if n == len(owners):
                        owners.append(set())
                    owners[n].add(name)
        self._owners = tuple(frozenset(o) for o in owners)
        self._set: re2.Set | None = literal_set(tuple(ids)) if ids else None

    def found(self, low: str, fast: bool = True) -> AbstractSet[str]:
        """Names of the groups one of whose literals occurs in `low`; `fast` False checks them one
        by one (the ``prefilter`` speed-up switched off)."""
        if not fast or self._set is None:
            return {name for name, lits in self.groups.items() if any(lit in low for lit in lits)}
        hits = self._set.Match(low.encode("utf-8", "surrogatepass"))
        if not hits:
            return self._everywhere
        out = set(self._everywhere)
        for n in hits:
            out |= self._owners[n]
        return out

    def __repr__(self) -> str:
        return f"LiteralGroups({len(self.groups)} groups)"
