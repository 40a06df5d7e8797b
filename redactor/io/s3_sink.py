"""S3 sink: redacted records as gzip JSON lines in GitHub's streaming layout.

Each `write` puts one object ``<prefix>/YYYY/MM/DD/HH/MM/<id>.json.log.gz`` holding one redacted
record per line (the same line format as the JSON-lines sink), so whatever reads GitHub's
stream reads ours too. The time prefix is the earliest ``@timestamp`` of the batch (event time,
UTC), and ``<id>`` is a UUID derived from the batch's keys: redelivering the same batch
overwrites the same object instead of adding a copy. A batch cut differently on a rerun can
repeat records in another object; readers dedup by key (``event_id``), as they must for GitHub's
own at-least-once stream. Quarantine entries (no content) go under ``<prefix>/_quarantine/``.
"""

from __future__ import annotations

import gzip
import hashlib
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from redactor.io.base import Quarantined, Redacted, WriteResult
from redactor.io.jsonl import quarantine_json
from redactor.io.record_text import record_json
from redactor.io.s3 import S3Location, s3_client

if TYPE_CHECKING:
    from redactor.io.sinks import SinkOptions

_NS = uuid.UUID("9d3c6a52-6c1e-4f55-8a0e-3b7f2f1e9a11")  # namespace for batch object ids


def layout_key(prefix: str, ts_ms: int, name: str, suffix: str = ".json.log.gz") -> str:
    """``prefix/YYYY/MM/DD/HH/MM/name.json.log.gz`` for an epoch-ms time (UTC)."""
    t = datetime.fromtimestamp(ts_ms // 1000, tz=UTC)
    path = f"{t:%Y/%m/%d/%H/%M}/{name}{suffix}"
    return f"{prefix.rstrip('/')}/{path}" if prefix.strip("/") else path


def batch_id(keys: Sequence[str]) -> str:
    """A UUID determined by the set of keys in a batch."""
    h = hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()
    return str(uuid.uuid5(_NS, h))


class S3Sink:
    """A `Sink` that writes gzip JSON-lines objects to ``s3://bucket/prefix``.

    Args:
        uri: ``s3://bucket/prefix``.
        client: A boto3 S3 client (default: from the environment, see `redactor.io.s3`).
        now_ms: Clock used when a batch has no timestamps.
    """

    def __init__(
        self,
        uri: str,
        *,
        client: Any = None,
        now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        self.location = S3Location.parse(uri)
        self._client = client or s3_client()
        self._now_ms = now_ms
        self.objects_written = 0

    def _put(self, key: str, lines: list[str]) -> None:
        body = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=6, mtime=0)
        self._client.put_object(
            Bucket=self.location.bucket,
            Key=key,
            Body=body,
            ContentType="application/x-ndjson",
            ContentEncoding="gzip",
        )
        self.objects_written += 1

    def write(self, items: Sequence[Redacted]) -> WriteResult:
        """Put the batch as one object; returns when S3 acknowledged it."""
        if not items:
            return WriteResult()
        seen: set[str] = set()
        lines: list[str] = []
        dup = 0
        for it in items:
            if it.key in seen:
                dup += 1
                continue
            seen.add(it.key)
            lines.append(record_json(it.record))
        stamps = [it.timestamp_ms for it in items if it.timestamp_ms is not None]
        ts = min(stamps) if stamps else self._now_ms()
        self._put(layout_key(self.location.prefix, ts, batch_id(sorted(seen))), lines)
        return WriteResult(written=len(lines), duplicates=dup)

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        """Put quarantine entries (locations and reasons only) under ``_quarantine/``."""
        if not items:
            return
        lines = [quarantine_json(q) for q in items]
        ident = batch_id([f"{q.source}\0{q.line_no}\0{q.reason}" for q in items])
        prefix = f"{self.location.prefix.rstrip('/')}/_quarantine".lstrip("/")
        self._put(layout_key(prefix, self._now_ms(), ident), lines)

    def close(self) -> None:
        """Nothing buffered; every write is already stored."""

    def __repr__(self) -> str:
        return f"S3Sink({self.location.uri()!r})"


def open_s3_sink(uri: str, opts: SinkOptions) -> S3Sink:
    """Registry factory for ``s3://bucket/prefix``."""
    return S3Sink(uri)
