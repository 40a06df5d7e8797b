"""The common frame of the PII detectors that gate a text cheaply and then scan it (session 13).

Many PII detectors do the same things around their own rule: declare a `name` and the one entity
they report, take the view of the text (``info.text``), return at once when a cheap gate fails (no
letter outside ASCII, none of a few literals, no hit of a gate regex), and tag each
``(start, end, score)`` they find with their entity. `ScanDetector` does that once; a detector says
only what is its own:

* `entity`: the one entity it reports (`entities` follows from it);
* its gate, all optional, checked in this order by `admits`: `non_ascii` (True: a text of ASCII
  alone holds nothing), `needles` (at least one of these literals occurs in the view, case as
  written), `gate` (a regex searched in the view; with `gate_speedup` the gate is a speed-up only,
  skipped when the detector runs ungated, ``gated=False``);
* `find` (required for one entity): the `Hit` triples in view offsets;
* `findings` (instead of `find`, for a detector of several entities): the `Finding` quadruples.

The view, the offsets back to the raw text, the dedup and the `repr` (the class and the `name`, no
value) stay in `ViewDetector`. A detector whose gate is more than that (gates shared with others,
`self.gated` choosing among rules) keeps its own `scan` on `ViewDetector`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector

__all__ = ["Hit", "ScanDetector"]

Hit = tuple[int, int, float]
"""``(start, end, score)`` of a value of the detector's entity, in view offsets."""


class ScanDetector(ViewDetector):
    """A PII detector: a cheap gate on the view (`admits`), then the hits of `find` tagged with
    `entity` (or the findings of `findings`). Subclasses set `name`, `entity` (or `entities`) and
    the gate, and implement `find` (or `findings`)."""

    entity: ClassVar[str] = ""
    """The one entity reported (sets `entities`); empty for a detector that overrides `findings`."""
    non_ascii: ClassVar[bool] = False
    """True: nothing in a text of ASCII characters alone."""
    needles: ClassVar[tuple[str, ...]] = ()
    """Literals of which one must occur in the view (empty: no such check)."""
    gate: ClassVar[re.Pattern[str] | None] = None
    """A regex that must match somewhere in the view (None: no such check)."""
    gate_speedup: ClassVar[bool] = False
    """True: `gate` is a speed-up only, not checked when the detector runs ungated."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "entity" in cls.__dict__ and cls.entity:
            cls.entities = (cls.entity,)

    def admits(self, text: str) -> bool:
        """Whether anything may be found in the view `text` (the cheap checks only)."""
        if self.non_ascii and text.isascii():
            return False
        if self.needles and not any(n in text for n in self.needles):
            return False
        return self.gate is None or (self.gate_speedup and not self.gated) or self.gate.search(text) is not None

    def find(self, text: str) -> Iterable[Hit]:  # pragma: no cover - abstract
        """``(start, end, score)`` of every value found in the view `text`."""
        raise NotImplementedError

    def findings(self, text: str) -> Iterable[Finding]:
        """The findings in the view `text`: the hits of `find`, tagged with `entity`."""
        entity = self.entity
        for start, end, score in self.find(text):
            yield (entity, start, end, score)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if self.admits(text):
            yield from self.findings(text)
