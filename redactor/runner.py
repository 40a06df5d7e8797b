"""Drive a pipeline from a source to a sink and keep the run's summary.

The summary holds counts only (never values): lines read, records written, duplicates,
quarantined by reason, entities by type, and throughput. It always adds up:
``read == written + duplicates + quarantined + dropped`` (dropped: valid records the policy
says not to keep, e.g. already past their retention).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from redactor.io.base import Dropped, InputLine, Quarantined, Redacted, Sink
from redactor.io.sources import batches
from redactor.pipeline import Explained, Pipeline


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    duplicates: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    quarantined: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    bytes_read: int = 0
    seconds: float = 0.0

    @property
    def quarantined_total(self) -> int:
        return sum(self.quarantined.values())

    def adds_up(self) -> bool:
        return self.read == self.written + self.duplicates + self.quarantined_total + sum(self.dropped.values())

    def as_dict(self) -> dict[str, Any]:
        s = max(self.seconds, 1e-9)
        return {
            "read": self.read,
            "written": self.written,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined_total,
            "quarantined_by_reason": dict(sorted(self.quarantined.items())),
            "dropped": sum(self.dropped.values()),
            "dropped_by_reason": dict(sorted(self.dropped.items())),
            "entities": dict(sorted(self.entities.items())),
            "seconds": round(self.seconds, 3),
            "records_per_second": round(self.read / s, 1),
            "mb_per_second": round(self.bytes_read / s / 1e6, 3),
        }

    def render(self) -> str:
        d = self.as_dict()
        lines = [
            f"read {d['read']}  written {d['written']}  duplicates {d['duplicates']}  quarantined {d['quarantined']}",
        ]
        if self.dropped:
            lines.append("dropped under the policy: " + ", ".join(f"{k} {v}" for k, v in sorted(self.dropped.items())))
        if self.quarantined:
            lines.append("quarantined by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(self.quarantined.items())))
        if self.entities:
            lines.append("entities masked: " + ", ".join(f"{k} {v}" for k, v in self.entities.most_common()))
        lines.append(f"{d['seconds']} s, {d['records_per_second']} records/s, {d['mb_per_second']} MB/s")
        return "\n".join(lines)


class FindingsSink(Protocol):
    """Receives each batch's findings (types, field kinds, actions; never values) for reports."""

    def add(self, results: Iterable[Explained]) -> int: ...


def _size(line: InputLine) -> int:
    return len(line.raw) if isinstance(line.raw, str | bytes) else 0


def run(
    pipeline: Pipeline,
    lines: Iterable[InputLine],
    sink: Sink,
    *,
    quarantine: Sink | None = None,
    on_batch: Callable[[Summary, list[InputLine]], None] | None = None,
    stop: threading.Event | None = None,
    stats: FindingsSink | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Summary:
    """Process every line into `sink` (quarantine entries into `quarantine`, default the sink)."""
    qsink = quarantine or sink
    summary = Summary()
    start = clock()
    for batch in batches(lines, pipeline.batch_size, stop):
        explained = pipeline.process_batch(batch, collect=stats is not None)
        results = [e.result for e in explained]
        good = [r for r in results if isinstance(r, Redacted)]
        bad = [r for r in results if isinstance(r, Quarantined)]
        if good:
            res = sink.write(good)
            summary.written += res.written
            summary.duplicates += res.duplicates
            for r in good:
                summary.entities.update(r.entities)
            if stats is not None:
                stats.add(explained)
        summary.dropped.update(d.reason for d in results if isinstance(d, Dropped))
        if bad:
            qsink.quarantine(bad)
            summary.quarantined.update(q.reason for q in bad)
        summary.read += len(batch)
        summary.bytes_read += sum(_size(x) for x in batch)
        summary.seconds = clock() - start
        if on_batch:
            on_batch(summary, batch)
    summary.seconds = clock() - start
    return summary
