"""The detection time budget: one text's detection stops once it has used its budget.

A pipeline stage must not stall on one pathological record. `DetectionEngine` (with
`EngineSettings.budget_s` above 0) reads a work clock (`WORK_CLOCK`, CPU time of the detecting
thread: a loaded machine does not make a record slow) before the detectors run on a text and
after each detector pass; once the text has used more than its budget, no further detector and
no NER runs on it, and its result is one `too_slow` marker span over the whole text instead of
the spans found so far. The pipeline quarantines the record holding such a text (reason
``too_slow``, with the field path and the seconds used; never a value) and goes on with the next
record.

The marker is a `Span` (entity `TOO_SLOW`) on purpose: it survives every copy, cache and worker
hand-over spans go through, and a consumer that did not know it would still mask the whole text
(fail closed) rather than forward it unredacted. A text found too slow is remembered in the
engine's cache like any result, so the same pathological text sent again (a retry, a replayed
history) is quarantined at once instead of costing its budget again.

The check is cooperative: a single detector pass that runs long is not interrupted, it is
measured when it returns. NER runs once over the batch's texts; its time is charged to each text
by its share of the characters sent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from redactor.detect.span import Span

TOO_SLOW = "TOO_SLOW"
"""Entity of the marker span: the text's detection was stopped at its budget."""

DEFAULT_BUDGET_S = 30.0
"""Default CPU seconds of detection per text field (`limits.detect_budget_s`)."""

WORK_CLOCK: Callable[[], float] = time.thread_time
"""Seconds of work done so far: the detecting thread's CPU time (waiting for a core under load
does not count)."""

BOUND_CLOCK: Callable[[], float] = time.perf_counter
"""A cheap clock that never runs slower than `WORK_CLOCK` (wall time: one thread cannot do more
than a second of work per second). Read after each detector pass; the work clock (a system call,
~6 us here against ~0.8 us) is read only when this one says the budget may be used up, and twice
per text."""

_PREFIX = "budget."


def marker(text: str, seconds: float, stage: str) -> list[Span]:
    """The result of a text whose detection was stopped after `seconds` in `stage` (a detector
    name or ``ner``): one span of entity `TOO_SLOW` over the whole text."""
    return [Span(TOO_SLOW, 0, max(1, len(text)), 1.0, f"{_PREFIX}{stage}@{seconds:.3f}")]


def overrun(spans: Sequence[Span]) -> tuple[float, str] | None:
    """(seconds, stage) when `spans` is a text's too-slow marker, else None (O(1))."""
    if len(spans) != 1 or spans[0].entity != TOO_SLOW:
        return None
    stage, _, seconds = spans[0].detector.removeprefix(_PREFIX).rpartition("@")
    try:
        return float(seconds), stage
    except ValueError:  # pragma: no cover - only `marker` makes these spans
        return 0.0, stage


def charge_by_chars(total: float, texts: Sequence[str]) -> list[float]:
    """`total` seconds of one call over `texts` shared by their lengths (NER's cost grows with
    the characters it reads)."""
    chars = sum(len(t) for t in texts)
    if chars == 0:
        return [0.0 for _ in texts]
    return [total * len(t) / chars for t in texts]
