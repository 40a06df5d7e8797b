"""At-least-once delivery: source batches -> processing -> sink -> commit.

Every transport (archives, REST, Kafka, HEC) hands the same driver a sequence of `Batch`es. For
each batch the driver runs the processing step, writes the `Redacted` items and the quarantine
entries to the sink, and only then calls the batch's `commit` (mark archive objects done, save
the REST cursor, commit Kafka offsets, answer the HTTP client). A crash anywhere before `commit`
means the batch is delivered again on restart; sinks are idempotent by key, so the repeat stores
nothing twice.

The processing step is any callable with the shape of ``Pipeline(policy).process``: it receives
the batch's `InputLine`s and yields exactly one `Redacted` or `Quarantined` per line. The driver
checks that contract and fails closed: a line with no output is quarantined, never forwarded.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from redactor.io.base import Dropped, InputLine, Quarantined, Redacted, Sink

Result = Redacted | Quarantined | Dropped
"""What processing yields per line: stored, quarantined, or dropped on purpose by the policy."""

Process = Callable[[Sequence[InputLine]], Iterable[Result]]
"""The processing step: ``Pipeline(policy).process`` or anything with its contract."""

Commit = Callable[[], None]
"""Called once a batch (and every batch before it) is stored by the sink."""


@dataclass(slots=True)
class Batch:
    """A unit of delivery.

    Attributes:
        lines: The raw inputs to process.
        quarantined: Entries the source already rejected (unreadable object, over-long line).
        commit: Called after the sink acknowledged the whole batch; None if nothing to commit.
    """

    lines: list[InputLine]
    quarantined: list[Quarantined] = field(default_factory=list)
    commit: Commit | None = None

    def __repr__(self) -> str:
        return f"Batch(lines={len(self.lines)}, quarantined={len(self.quarantined)})"


@dataclass(slots=True)
class DeliveryStats:
    """Counts for one delivery run (no values)."""

    batches: int = 0
    lines: int = 0
    written: int = 0
    duplicates: int = 0
    quarantined: int = 0
    dropped: int = 0
    seconds: float = 0.0
    by_reason: Counter[str] = field(default_factory=Counter)
    """Quarantined entries by reason code (``too_slow``, ``malformed_json``...)."""

    def add(self, other: DeliveryStats) -> None:
        """Add `other`'s counts to these."""
        self.batches += other.batches
        self.lines += other.lines
        self.written += other.written
        self.duplicates += other.duplicates
        self.quarantined += other.quarantined
        self.dropped += other.dropped
        self.seconds += other.seconds
        self.by_reason.update(other.by_reason)

    def as_dict(self) -> dict[str, float | int | dict[str, int]]:
        """The counts as a plain dict (for JSON reports)."""
        return {
            "batches": self.batches,
            "lines": self.lines,
            "written": self.written,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "quarantined_by_reason": dict(sorted(self.by_reason.items())),
            "dropped": self.dropped,
            "seconds": round(self.seconds, 3),
        }


def split_outputs(
    lines: Sequence[InputLine], outputs: Iterable[Result]
) -> tuple[list[Redacted], list[Quarantined], list[Dropped]]:
    """Separate processed outputs and check one output per input line.

    Inputs that got no output are quarantined with reason ``no_output`` (fail closed); outputs
    for lines that were not in the batch are quarantined with reason ``unexpected_output``
    instead of being forwarded.

    Args:
        lines: The batch's inputs.
        outputs: What the processing step produced for them.

    Returns:
        The redacted items, the quarantine entries and the records dropped by policy.
    """
    pending: dict[tuple[str, int], int] = {}
    for ln in lines:
        pending[(ln.source, ln.line_no)] = pending.get((ln.source, ln.line_no), 0) + 1
    redacted: list[Redacted] = []
    quarantined: list[Quarantined] = []
    dropped: list[Dropped] = []
    for out in outputs:
        where = (out.source, out.line_no)
        left = pending.get(where, 0)
        if left <= 0:
            quarantined.append(
                Quarantined(
                    out.source,
                    out.line_no,
                    "unexpected_output",
                    f"{out.source}:{out.line_no}: processing produced an output for a line that "
                    "was not in the batch; not forwarded",
                    getattr(out, "key", None),
                )
            )
            continue
        pending[where] = left - 1
        if isinstance(out, Redacted):
            redacted.append(out)
        elif isinstance(out, Dropped):
            dropped.append(out)
        else:
            quarantined.append(out)
    for (source, line_no), left in pending.items():
        for _ in range(left):
            quarantined.append(
                Quarantined(
                    source,
                    line_no,
                    "no_output",
                    f"{source}:{line_no}: processing produced no output for this line",
                )
            )
    return redacted, quarantined, dropped


def deliver_batch(
    batch: Batch, process: Process, sink: Sink, *, clock: Callable[[], float] = time.monotonic
) -> DeliveryStats:
    """Process one batch, store the results, then commit it.

    Raises whatever the processing step or the sink raises; the batch is then not committed.
    """
    started = clock()
    redacted, quarantined, dropped = split_outputs(batch.lines, process(batch.lines) if batch.lines else ())
    quarantined = batch.quarantined + quarantined
    result = sink.write(redacted) if redacted else None
    if quarantined:
        sink.quarantine(quarantined)
    if batch.commit is not None:
        batch.commit()
    return DeliveryStats(
        batches=1,
        lines=len(batch.lines),
        written=result.written if result else 0,
        duplicates=result.duplicates if result else 0,
        quarantined=len(quarantined),
        dropped=len(dropped),
        seconds=clock() - started,
        by_reason=Counter(q.reason for q in quarantined),
    )


def deliver(
    batches: Iterable[Batch],
    process: Process,
    sink: Sink,
    *,
    on_batch: Callable[[DeliveryStats], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> DeliveryStats:
    """Deliver every batch in order (see `deliver_batch`); returns the totals.

    Args:
        batches: The source's batches.
        process: The processing step.
        sink: Where results go.
        on_batch: Called with each batch's stats (progress reporting, metrics).
        clock: Monotonic clock in seconds (a parameter for tests).
    """
    total = DeliveryStats()
    for batch in batches:
        stats = deliver_batch(batch, process, sink, clock=clock)
        total.add(stats)
        if on_batch is not None:
            on_batch(stats)
    return total


def batched(lines: Iterable[InputLine], size: int) -> Iterator[list[InputLine]]:
    """Group lines into lists of at most `size` (the last may be shorter)."""
    if size < 1:
        raise ValueError("batch size must be >= 1")
    chunk: list[InputLine] = []
    for ln in lines:
        chunk.append(ln)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
