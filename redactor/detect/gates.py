"""Text-level gates for detectors without a literal prefilter, declared here by detector name.

Thirty detectors declare no ``prefilter`` literal, so the engine calls each of them on every
text. Several of them can only ever report a span in a text that holds a certain class of
character, a requirement read from their code, not from data:

* ``digit``: every finding needs a decimal digit (Python's ``\\d``, Unicode category Nd) in the
  text the detector scans. `pii.phone`, `pii.credit_card`, `pii.iban` and `pii.us_ssn` return
  early when their own gate (seven, twelve, two or nine digits in a row) fails; every
  alternative of `pii.address_postcode`'s RE2 pattern holds an ASCII digit; the Solana byte
  array of `secret.keyfile.byte_array_keypair` is sixty-four ``\\d{1,3}`` numbers.
* ``non_ascii``: `pii.cjk_name`, `pii.script_name`, `pii.address_native` and `pii.address_vn`
  return at once when the text they scan is ASCII.

The detectors scan the JSON-unescaped view of a text (`redactor.detect.unescape`). Decoding
turns ``\\n``, ``\\r``, ``\\t``, ``\\"``, ``\\\\`` and ``\\/`` into ASCII non-digits and
``\\uXXXX`` into anything; so a text without a backslash-u has a view whose characters are its
own characters or those, and a text with one is never gated (every detector runs).

The gates are part of the ``prefilter`` speed-up (`redactor.detect.engine.DISABLE_ENV`): the
engine applies them only with it on, which is also when the detectors' own internal gates are on
(`redactor.detect.pii._gates.gates_enabled`), the condition the requirements above are read
under. `tests/test_speed8_gates.py` checks each gated detector finds nothing on generated texts
failing its gate, and that engines with and without the gates agree on the development sets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal

from redactor.detect.base import Detector

Requirement = Literal["digit", "non_ascii"]
"""A class of character every finding of a gated detector needs in the text."""

TEXT_GATES: Mapping[str, Requirement] = {
    "secret.keyfile.byte_array_keypair": "digit",
    "pii.phone": "digit",
    "pii.credit_card": "digit",
    "pii.iban": "digit",
    "pii.us_ssn": "digit",
    "pii.address_postcode": "digit",
    "pii.cjk_name": "non_ascii",
    "pii.script_name": "non_ascii",
    "pii.address_native": "non_ascii",
    "pii.address_vn": "non_ascii",
}
"""Detector name -> what its text must hold for it to run (the reasons: module docstring)."""

_DIGIT = re.compile(r"\d")
"""Python's Unicode ``\\d``: covers RE2's ASCII ``\\d`` and Python ``re``'s own."""


def missing(text: str) -> frozenset[Requirement]:
    """The requirements `text` (as the engine hands it to detectors) fails; none when it holds
    a ``\\u`` escape, whose decoded character could be anything."""
    if "\\u" in text:
        return frozenset()
    out: set[Requirement] = set()
    if text.isascii():
        out.add("non_ascii")
    if _DIGIT.search(text) is None:
        out.add("digit")
    return frozenset(out)


class TextGates:
    """Which of the engine's detectors a text's character classes rule out.

    Args:
        detectors: the engine's detectors, in the order they run (indices as in the engine).
        gates: detector name -> requirement; `TEXT_GATES` unless a test passes its own.
    """

    def __init__(self, detectors: Sequence[Detector], gates: Mapping[str, Requirement] = TEXT_GATES) -> None:
        self._by_requirement: dict[Requirement, frozenset[int]] = {}
        for req in ("digit", "non_ascii"):
            ids = frozenset(i for i, d in enumerate(detectors) if gates.get(d.name) == req)
            if ids:
                self._by_requirement[req] = ids
        self.size = sum(len(v) for v in self._by_requirement.values())

    def skipped(self, text: str) -> frozenset[int]:
        """Indices of the gated detectors that cannot find anything in `text`."""
        if not self._by_requirement:
            return frozenset()
        failed = missing(text)
        if not failed:
            return frozenset()
        out: frozenset[int] = frozenset()
        for req in failed:
            out |= self._by_requirement.get(req, frozenset())
        return out

    def __repr__(self) -> str:
        return f"TextGates({self.size} detectors gated)"
