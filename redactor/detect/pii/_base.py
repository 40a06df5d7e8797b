"""Shared machinery of the PII detectors: one analysed view per text, and the detector base.

Every PII detector scans the JSON-unescaped view of a text (`redactor.detect.segment.unescape`),
so one pattern serves plain text and ``\\"...\\"`` / ``\\n`` escaped tool arguments alike, and
maps its findings back to offsets in the original text. The view and the segmentation are
computed once per text and shared by all detectors through a small cache.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from redactor import cache_budget
from redactor.detect.pii._gates import gates_enabled
from redactor.detect.segment import Segment, Unescaped, kind_at, segment, unescape
from redactor.detect.span import Span

Finding = tuple[str, int, int, float]
"""``(entity, start, end, score)`` with offsets into the view; `TextInfo.spans` maps them back."""


@dataclass(frozen=True, slots=True)
class TextInfo:
    """A text as the detectors see it: the raw string, its unescaped view and its segments."""

    raw: str
    view: Unescaped
    segments: tuple[Segment, ...]
    _regions: dict[tuple[frozenset[str], int], tuple[tuple[int, int], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """`regions` answers already computed for this text (several detectors ask the same)."""
    _found: dict[tuple[str, bool], tuple[Span, ...]] = field(default_factory=dict, compare=False, repr=False)
    """Spans of the detectors that share their results (`ViewDetector.shares_results`), by
    detector name and gating: found once per text, whoever asks (the engine, or a detector that
    builds on them, as `pii.contact_row` does on e-mails, phones, IBANs and birth dates)."""

    @property
    def text(self) -> str:
        """The unescaped view: what detectors match against."""
        return self.view.text

    def kind_at(self, pos: int) -> str:
        """Segment kind at view index `pos`."""
        return kind_at(self.segments, self.view.raw_start(pos) if not self.view.identity else pos)

    def regions(self, kinds: frozenset[str], gap: int = 2) -> list[tuple[int, int]]:
        """View-coordinate ranges covered by segments of `kinds`, merged across small gaps (a new
        list each call; computed once per text, kinds and gap)."""
        key = (kinds, gap)
        known = self._regions.get(key)
        if known is None:
            known = self._regions[key] = tuple(self._compute_regions(kinds, gap))
        return list(known)

    def _compute_regions(self, kinds: frozenset[str], gap: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        ident = self.view.identity
        for seg in self.segments:
            if seg.kind not in kinds:
                continue
            a = seg.start if ident else self.view.view_pos(seg.start)
            b = seg.end if ident else self.view.view_pos(seg.end - 1) + 1
            if out and a - out[-1][1] <= gap:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        return out

    def spans(self, findings: Iterable[Finding], detector: str) -> list[Span]:
        out: list[Span] = []
        seen: set[tuple[str, int, int]] = set()
        for entity, a, b, score in findings:
            if b <= a:
                continue
            ra, rb = self.view.to_raw(a, b)
            key = (entity, ra, rb)
            if key in seen:
                continue
            seen.add(key)
            out.append(Span(entity, ra, rb, round(score, 3), detector))
        return out


LINE_START = r"(?:^|(?<=\": \"))(?:[ \t]*\d{1,6}\t)?"
"""Regex source for the start of a line, or of a JSON string value (a message body in a tool
result starts there, not after a line break), after the line number a file read may carry
(``   12\t``). Use with ``re.MULTILINE``."""

TEXT_KINDS: frozenset[str] = frozenset({"prose", "string", "comment"})
"""Segment kinds that hold natural language (where names and addresses are written)."""


@cache_budget.text_cache(maxsize=32, factor=3.0)
def text_info(raw: str) -> TextInfo:
    """The (cached) analysed form of `raw`, shared by every PII detector run on it."""
    return TextInfo(raw, unescape(raw), tuple(segment(raw)))


class ViewDetector:
    """Base of the PII detectors: subclasses implement `scan` over a `TextInfo`.

    Class attributes: `name` (stable public id), `entities`, and `prefilter` (lower-case strings
    of which at least one must occur in the text for the detector to run; empty = always run;
    the engine checks it before calling `detect`).
    """

    name: str = ""
    entities: tuple[str, ...] = ()
    prefilter: tuple[str, ...] = ()
    shares_results: ClassVar[bool] = False
    """Keep this detector's spans with the text's `TextInfo`, so that a second call on the same
    text (from a detector that builds on them) costs a lookup. Only for detectors whose answer
    depends on the text and the gating alone."""

    def __init__(self, *, gated: bool | None = None) -> None:
        """`gated`: skip rules whose gates fail (`redactor.detect.pii._gates`; default: unless the
        ``prefilter`` speed-up is off)."""
        self.gated = gates_enabled() if gated is None else gated

    def detect(self, text: str) -> list[Span]:
        if not text:
            return []
        info = text_info(text)
        if not self.shares_results:
            return info.spans(self.scan(info), self.name)
        key = (self.name, self.gated)
        found = info._found.get(key)
        if found is None:
            found = info._found[key] = tuple(info.spans(self.scan(info), self.name))
        return list(found)

    def scan(self, info: TextInfo) -> Iterator[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


def window_before(text: str, pos: int, size: int) -> str:
    """Lower-cased `size` characters before `pos`."""
    return text[max(0, pos - size) : pos].lower()


def has_keyword(window: str, keywords: Iterable[str]) -> bool:
    return any(k in window for k in keywords)


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive regex matching any of `words` as whole words."""
    alts = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)
