"""Gates: necessary conditions of the PII detectors' rules, all decided in one RE2 pass per text.

Many PII rules are Python regexes that can only match next to a cue (``my name is``, ``P.O.
Box``, ``ssh``); Python's ``re`` still tries every rule at every position of every text. A gate
is an RE2 pattern that matches somewhere in the text whenever its rule matches anywhere in it: a
relaxed copy of a piece every match of the rule contains (the cue, a separator), without the
rule's look-arounds and without assertions after its last character. `Gates` decides all gates of
a detector in one RE2 pass; a rule whose gate fails cannot match and is skipped, so skipping
never changes a finding. The ``prefilter`` speed-up switch turns the gates off
(``REDACTOR_DISABLE_SPEEDUPS=prefilter``): every rule then runs, as before the gates.

Two compiled forms of each gate:

* **ASCII texts** get the gate as written. On ASCII text Python's ``re`` and RE2 agree on
  ``\\b``, ``\\w``, ``\\d``, character classes and case-insensitive ASCII letters, and `WS` is
  Python's ``\\s``.
* **Other texts** get `widened` gates: every class also takes any non-ASCII character, ``\\d``
  and ``\\w`` likewise, a non-ASCII literal becomes ``.``, ``i``/``I`` also take U+0130 and
  U+0131 (dotted I, dotless i: Python's case-insensitive ``i`` matches them, RE2's does not),
  and ``\\b`` is dropped. Wherever Python could match a non-ASCII character, the widened gate can too.
  Texts RE2 cannot read (lone surrogates) open every gate.

`tests/test_pii_speed_exact.py` checks that gated and ungated detectors find the same spans.

**One pass for all detectors** (speed-up ``gateset``): every `Gates` registers its gates in one
module-wide RE2 set per compiled form, matched once per text (the last text's answer is kept), so
a short text costs one RE2 match instead of one per detector. An RE2 set reports each of its
patterns exactly when that pattern matches somewhere, whatever else the set holds, so the answer
is the per-detector answer. The set's pattern 0 is empty and matches every text: a match that
reports nothing means RE2 gave up (DFA out of memory), and the detector's own set answers
instead. ``REDACTOR_DISABLE_SPEEDUPS=gateset`` goes back to one set per detector.

**In sets of a dozen** (speed-up ``gatechunks``): the combined gates are split over RE2 sets of
at most `CHUNK` gates each, matched one after the other on the text. Each set answers for its own
patterns exactly as the one set did; RE2 builds each small set's DFA with far fewer states.
"""

from __future__ import annotations

import sys
from collections.abc import Container, Mapping

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor import cache_budget

WS = r"[\t-\r\x1c-\x1f ]"
"""RE2 source for one character Python's ``\\s`` matches in ASCII text (RE2's own ``\\s`` lacks
``\\v`` and the separators ``\\x1c``-``\\x1f``)."""

_NON_ASCII = r"\x{80}-\x{10ffff}"
_WIDE_ESCAPES = {"d": "[0-9" + _NON_ASCII + "]", "w": "[0-9A-Za-z_" + _NON_ASCII + "]", "b": ""}
_I = r"[iI\x{130}\x{131}]"


class _Everything:
    """The answer when no gate was evaluated: every rule may match."""

    def __contains__(self, name: object) -> bool:
        return True


EVERYTHING: Container[str] = _Everything()


def gates_enabled() -> bool:
    """Gates are on unless ``REDACTOR_DISABLE_SPEEDUPS`` switches ``prefilter`` off."""
    from redactor.detect.engine import disabled_speedups  # the engine owns the switch

    return "prefilter" not in disabled_speedups()


def re2_source(source: str) -> str:
    """`source` (a Python regex piece) with its ``\\uXXXX`` escapes written as RE2's ``\\x{XXXX}``."""
    out: list[str] = []
    i = 0
    while (j := source.find("\\u", i)) >= 0:  # jump from one "\\u" to the next
        if _escaped(source, j):
            out.append(source[i : j + 1])  # an escaped backslash, then a plain "u"
            i = j + 1
        else:
            out.append(source[i:j] + "\\x{" + source[j + 2 : j + 6] + "}")
            i = j + 6
    out.append(source[i:])
    return "".join(out)


def _escaped(source: str, i: int) -> bool:
    """The backslash at `i` is itself escaped (preceded by an odd number of backslashes)."""
    n = 0
    while i - n - 1 >= 0 and source[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def widened(source: str) -> str:
    """The gate `source` made to hold on any text (see the module docstring).

    Raises:
        ValueError: a construct the widening does not handle (``^``, ``$``, ``\\s``, negated
            escapes, look-arounds): a programming error, found at import.
    """
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            nxt = source[i + 1]
            if nxt == "x" and source.startswith("{", i + 2):
                end = source.index("}", i)
                out.append("." if int(source[i + 3 : end], 16) >= 0x80 else source[i : end + 1])
                i = end + 1
            elif nxt in _WIDE_ESCAPES:
                out.append(_WIDE_ESCAPES[nxt])
                i += 2
            elif nxt.isalnum() and nxt not in "nt":
                raise ValueError(f"gate: cannot widen \\{nxt}")
            else:
                out.append(source[i : i + 2])
                i += 2
        elif c == "[":
            end = _class_end(source, i)
            body = source[i + 1 : end]
            if body.startswith("^"):
                if any(ord(ch) >= 0x80 for ch in body) or any(f"\\{e}" in body for e in "dwsDWSpP"):
                    raise ValueError("gate: cannot widen a negated class with non-ASCII members")
                out.append(source[i : end + 1])
            else:
                out.append("[" + _NON_ASCII + body + "]")  # first: a trailing "-" stays a literal
            i = end + 1
        elif c == "(" and source.startswith("(?", i):
            close = source.index(":", i)
            if source[i + 2 : close] not in ("", "i"):
                raise ValueError("gate: only (?: and (?i: groups can be widened")
            out.append(source[i : close + 1])
            i = close + 1
        elif c in "^$":
            raise ValueError("gate: anchors cannot be widened")
        elif ord(c) >= 0x80:
            out.append(".")
            i += 1
        elif c in "iI":
            out.append(_I)
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _class_end(source: str, start: int) -> int:
    """Index of the ``]`` closing the class opened at `start`."""
    i = start + 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


def _compile(sources: list[str], max_mem: int = 16 << 20) -> re2.Set:
    options = re2.Options()
    options.max_mem = max_mem
    options.log_errors = False
    s = re2.Set.SearchSet(options)
    for i, source in enumerate(sources):
        try:
            added = s.Add(source)
        except re2.error as e:
            raise RuntimeError(f"pii gates: RE2 rejected gate {i}") from e
        if added != i:
            raise RuntimeError(f"pii gates: RE2 numbered gate {i} out of order")
    s.Compile()
    return s


class Gates:
    """Named gates of one detector's rules (see the module docstring).

    Args:
        sources: gate name -> RE2 pattern source (ASCII form).

    Raises:
        RuntimeError: RE2 rejected a gate; ValueError: a gate cannot be widened (both
            programming errors, found at import).
    """

    def __init__(self, sources: Mapping[str, str]) -> None:
        self.names = tuple(sources)
        self.sources = dict(sources)
        self.wide_sources = {name: widened(src) for name, src in sources.items()}
        self._ascii = _compile([self.sources[n] for n in self.names])
        self._wide = _compile([self.wide_sources[n] for n in self.names])
        self.index = len(_REGISTRY)
        _REGISTRY.append(self)

    def passed(self, text: str, gated: bool) -> Container[str]:
        """The names of the gates that let their rule run on `text` (`EVERYTHING` if ungated)."""
        if not gated:
            return EVERYTHING
        memo = _MEMO
        if memo is None or (memo.text is not text and memo.text != text):
            memo = _all_gates(text)
        if memo is not None:
            return memo.answer(self)
        return self.own_passed(text)

    def own_passed(self, text: str) -> Container[str]:
        """`passed` (gated) with this detector's own RE2 sets only."""
        if text.isascii():
            hits = self._ascii.Match(text.encode("ascii"))
        else:
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:  # lone surrogates: RE2 cannot read them as characters
                return EVERYTHING
            hits = self._wide.Match(data)
        return frozenset(self.names[i] for i in hits) if hits else frozenset()

    def __repr__(self) -> str:
        return f"Gates({', '.join(self.names)})"


_REGISTRY: list[Gates] = []
"""Every `Gates` made, in order of construction (`Gates.index`)."""


class _Combined:
    """All registered gates in RE2 sets of at most `CHUNK` gates each, per compiled form (pattern
    0 of every set: empty, always matches); one set of all gates when ``gatechunks`` is off."""

    def __init__(self, registry: list[Gates], chunk: int) -> None:
        self.count = len(registry)
        everyone = [(g, n) for g in registry for n in g.names]
        size = max(1, chunk)
        self.owners: list[tuple[tuple[int, str], ...]] = []
        self.ascii: list[re2.Set] = []
        self.wide: list[re2.Set] = []
        for i in range(0, max(1, len(everyone)), size):
            part = everyone[i : i + size]
            self.owners.append(((-1, ""), *((g.index, n) for g, n in part)))
            self.ascii.append(_compile(["", *(g.sources[n] for g, n in part)], COMBINED_MAX_MEM))
            self.wide.append(_compile(["", *(g.wide_sources[n] for g, n in part)], COMBINED_MAX_MEM))


CHUNK = 12
"""Most gates in one combined RE2 set (speed-up ``gatechunks``). RE2 builds a set's DFA states
lazily, one per new combination of its patterns' partial matches met in the text, and one set
of all 70 gates meets far more combinations than six sets of 12: on the bench's seed-131 replay
stream (957 ASCII texts new to the engine) one set of 70 took 0.40 s on its first pass, six
sets of 12 0.16 s; warm (the same texts again) 0.015 against 0.059 s (docs/performance.md
section 30). ``REDACTOR_DISABLE_SPEEDUPS=gatechunks`` goes back to one set of every gate."""


COMBINED_MAX_MEM = 64 << 20
"""RE2's memory budget for each combined set (program and DFA cache); generous, as the
prefilter's (`redactor.detect.prefilter.MAX_MEM`)."""


class _Answer:
    """The gates passed on one text, for every registered `Gates`."""

    __slots__ = ("by_gates", "count", "text")

    def __init__(self, text: str, by_gates: dict[int, frozenset[str]], count: int) -> None:
        self.text = text
        self.by_gates = by_gates
        self.count = count
        """How many `Gates` the combined sets held: later ones answer from their own sets."""

    def answer(self, gates: Gates) -> Container[str]:
        found = self.by_gates.get(gates.index)
        if found is None:
            return _EMPTY if gates.index < self.count else gates.own_passed(self.text)
        return found


_EMPTY: frozenset[str] = frozenset()
_COMBINED: _Combined | None = None
_CHUNK_BUILT: list[int] = [0]
"""The chunk size `_COMBINED` was built with (the ``gatechunks`` switch may change between texts)."""
_MEMO: _Answer | None = None


class _Kept:
    """The last text's answer under the ``texts`` share of `redactor.cache_budget` (it keeps the
    text alive)."""

    def held_bytes(self) -> int:
        memo = _MEMO
        return 0 if memo is None else sys.getsizeof(memo.text) + 64 * (1 + len(memo.by_gates))

    def trim(self, limit: int) -> None:
        global _MEMO
        if self.held_bytes() > limit:
            _MEMO = None


cache_budget.text_holder(__name__, _Kept())


def _all_gates(text: str) -> _Answer | None:
    """Every registered gate decided on `text` in one RE2 pass and kept as the last answer;
    None when the ``gateset`` speed-up is off or the combined pass cannot answer (each `Gates`
    then matches its own sets)."""
    global _COMBINED, _MEMO
    from redactor.detect.engine import disabled_speedups  # the engine owns the switch

    off = disabled_speedups()
    if "gateset" in off:
        return None
    chunk = len(_REGISTRY) * 1000 if "gatechunks" in off else CHUNK  # off: one set of every gate
    combined = _COMBINED
    if combined is None or combined.count != len(_REGISTRY) or _CHUNK_BUILT[0] != chunk:
        combined = _COMBINED = _Combined(_REGISTRY, chunk)
        _CHUNK_BUILT[0] = chunk
    if text.isascii():
        data, sets = text.encode("ascii"), combined.ascii
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: RE2 cannot read them as characters
            return None
        sets = combined.wide
    found: dict[int, set[str]] = {}
    for owners, rs in zip(combined.owners, sets, strict=True):
        hits = rs.Match(data)
        if not hits:  # pattern 0 matches every text: RE2 gave up
            return None
        for i in hits:
            if i:
                g, name = owners[i]
                found.setdefault(g, set()).add(name)
    memo = _MEMO = _Answer(text, {g: frozenset(names) for g, names in found.items()}, combined.count)
    return memo
