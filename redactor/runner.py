"""Drive a pipeline from a source to a sink and keep the run's summary.

The summary holds counts only (never values): lines read, records written, duplicates,
quarantined by reason, entities by type, and throughput. It always adds up:
``read == written + duplicates + quarantined + dropped`` (dropped: valid records the policy
says not to keep, e.g. already past their retention).
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from redactor.io.base import Dropped, InputLine, Quarantined, Redacted, Sink
from redactor.io.sources import batches
from redactor.pipeline import LOOKAHEAD, Explained, Pipeline, freeze_heap


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


class _Prefetch:
    """Batches from `batches()`, fetched by a thread one step ahead, so the consumer can ask
    whether the next batch has already arrived (`ready`) without waiting for it.

    Every batch the thread took from the source is handed out, also after `stop` is set: lines
    read are never dropped. A source error is raised where the consumer reaches it.
    """

    _END = object()

    def __init__(self, source: Iterator[list[InputLine]], depth: int) -> None:
        self._q: queue.Queue[object] = queue.Queue(maxsize=max(1, depth))
        self._error: list[BaseException] = []
        self._thread = threading.Thread(target=self._feed, args=(source,), name="redactor-batches", daemon=True)
        self._thread.start()

    def _feed(self, source: Iterator[list[InputLine]]) -> None:
        try:
            for batch in source:
                self._q.put(batch)
        except BaseException as e:  # re-raised in the consumer
            self._error.append(e)
        finally:
            self._q.put(self._END)

    def ready(self) -> bool:
        """True when the next batch (or the end) can be taken without waiting."""
        return not self._q.empty()

    def __iter__(self) -> Iterator[list[InputLine]]:
        while True:
            item = self._q.get()
            if item is self._END:
                break
            yield item  # type: ignore[misc]
        self._thread.join()
        if self._error:
            raise self._error[0]


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
    """Process every line into `sink` (quarantine entries into `quarantine`, default the sink).

    Lines are batched as they arrive (`redactor.io.sources.batches`: never waiting for a batch
    to fill). With an engine that detects asynchronously (`--workers N`), the pipeline sends
    the batches that have already arrived to detection ahead of the one it transforms
    (`Pipeline.explain_batches`); when input pauses, everything read so far is written first.
    """
    qsink = quarantine or sink
    freeze_heap()  # the pipeline and its engine are built: full collections skip them from now on
    summary = Summary()
    start = clock()
    source = batches(lines, pipeline.batch_size, stop)
    ready: Callable[[], bool] | None = None
    if hasattr(pipeline.engine, "submit"):
        prefetch = _Prefetch(source, LOOKAHEAD)
        source, ready = iter(prefetch), prefetch.ready
    for batch, explained in pipeline.explain_batches(source, collect=stats is not None, ready=ready):
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
            on_batch(summary, list(batch))
    summary.seconds = clock() - start
    return summary
