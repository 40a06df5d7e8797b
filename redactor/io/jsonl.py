"""JSON-lines sinks: a file (`jsonl:///path`) or standard output (`-`), flushed per record."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from redactor.io.base import Quarantined, Redacted, WriteResult


def quarantine_json(q: Quarantined) -> str:
    return json.dumps({"source": q.source, "line": q.line_no, "reason": q.reason, "detail": q.detail, "key": q.key})


class JsonlSink:
    """Writes each redacted record as one JSON line, in order, flushing after each batch.

    Not deduplicating across runs (a file has no index); within a run, keys already written are
    counted as duplicates and skipped. Quarantine entries go to `quarantine_stream` if given.
    """

    def __init__(self, out: IO[str], *, quarantine_stream: IO[str] | None = None, owns: bool = False) -> None:
        self._out = out
        self._q = quarantine_stream
        self._owns = owns
        self._seen: set[str] = set()

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
            if r.key in self._seen:
                res.duplicates += 1
                continue
            self._seen.add(r.key)
            self._out.write(json.dumps(r.record, ensure_ascii=False) + "\n")
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
