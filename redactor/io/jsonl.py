"""JSON-lines sinks: a file (`jsonl:///path`) or standard output (`-`), flushed per record."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from redactor.io.base import Quarantined, Redacted, WriteResult
from redactor.io.record_text import record_json


def quarantine_json(q: Quarantined) -> str:
    return json.dumps({"source": q.source, "line": q.line_no, "reason": q.reason, "detail": q.detail, "key": q.key})


DEDUP_KEYS = 100_000
"""Distinct record keys a JSON-lines sink remembers to skip redeliveries within a run."""


class JsonlSink:
    """Writes each redacted record as one JSON line, in order, flushing after each batch.

    Not deduplicating across runs (a file has no index). Within a run, a record whose key is
    among the last `dedup_keys` distinct keys written is counted as a duplicate and skipped; a
    redelivery that comes later than that is written again (downstream deduplicates by key, as it
    must across runs anyway). Keys are remembered as 16-byte digests, so memory is fixed: about
    150 bytes per key, 15 MB at the default. Quarantine entries go to `quarantine_stream` if given.
    """

    def __init__(
        self,
        out: IO[str],
        *,
        quarantine_stream: IO[str] | None = None,
        owns: bool = False,
        dedup_keys: int = DEDUP_KEYS,
    ) -> None:
        self._out = out
        self._q = quarantine_stream
        self._owns = owns
        self._dedup_keys = dedup_keys
        self._seen: OrderedDict[bytes, None] = OrderedDict()  # digests of recent keys, oldest first

    @classmethod
    def to_path(cls, path: str | Path, **kw: object) -> JsonlSink:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        return cls(p.open("a", encoding="utf-8"), owns=True, **kw)  # type: ignore[arg-type]

    @classmethod
    def stdout(cls, **kw: object) -> JsonlSink:
        return cls(sys.stdout, **kw)  # type: ignore[arg-type]

    def write(self, items: Sequence[Redacted]) -> WriteResult:
        res = WriteResult()
        for r in items:
            d = hashlib.blake2b(r.key.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            if d in self._seen:
                self._seen.move_to_end(d)
                res.duplicates += 1
                continue
            self._seen[d] = None
            if len(self._seen) > self._dedup_keys:
                self._seen.popitem(last=False)
            self._out.write(record_json(r.record, separators=None) + "\n")
            res.written += 1
        self._out.flush()
        return res

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        if self._q is None:
            return
        for q in items:
            self._q.write(quarantine_json(q) + "\n")
        self._q.flush()

    def close(self) -> None:
        self._out.flush()
        if self._owns:
            self._out.close()


class QuarantineLog:
    """A quarantine-only sink: JSON lines to a file or stream (`--quarantine PATH`, or stderr)."""

    def __init__(self, stream: IO[str], *, owns: bool = False) -> None:
        self._s = stream
        self._owns = owns

    @classmethod
    def to_path(cls, path: str | Path) -> QuarantineLog:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        return cls(p.open("a", encoding="utf-8"), owns=True)

    def write(self, items: Sequence[Redacted]) -> WriteResult:
        raise TypeError("QuarantineLog takes quarantine entries only")

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        for q in items:
            self._s.write(quarantine_json(q) + "\n")
        self._s.flush()

    def close(self) -> None:
        self._s.flush()
        if self._owns:
            self._s.close()
