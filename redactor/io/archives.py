"""Archive source: GitHub audit-log stream objects from a local folder or ``s3://bucket/prefix``.

Objects in the streaming layout (`redactor.io.s3.layout_match`) are listed in key order,
gunzipped as a stream and split into lines (one record per line, memory capped per line).
Lines from consecutive objects share batches; a batch's `commit` marks done every object whose
last line is in it. The checkpoint therefore only ever names objects whose every record the sink
has stored, and a rerun skips exactly those (a crash mid-object reprocesses that object; the
idempotent sink absorbs the repeats).

Objects that cannot be read to the end (corrupt or truncated gzip) are quarantined with the
line where reading stopped and are marked done: they will not get better. Network and disk
errors are not caught: the run stops and the object is read again next time.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from redactor.errors import ConfigError
from redactor.io.base import InputLine, Quarantined
from redactor.io.checkpoint import Checkpoint
from redactor.io.delivery import Batch
from redactor.io.s3 import S3Location, layout_match, s3_client

SCOPE = "archive-objects"
"""Checkpoint scope holding the URIs (or paths) of finished objects."""

MAX_LINE_BYTES = 4 * 1024 * 1024
"""Default cap per line: GitHub trims records to 1 MB, so 4 MiB leaves room for envelopes."""


@dataclass(slots=True)
class ArchiveStats:
    """What a run saw (counts only)."""

    listed: int = 0
    skipped_done: int = 0
    ignored_layout: int = 0
    objects_read: int = 0
    lines: int = 0
    unreadable: int = 0
    too_long: int = 0
    done: list[str] = field(default_factory=list)


class ArchiveSource:
    """Batches of `InputLine`s from streaming-layout objects, with a checkpoint.

    Args:
        location: A local folder, or ``s3://bucket/prefix``.
        checkpoint: Where finished objects are recorded.
        client: boto3 S3 client for ``s3://`` (default: from the environment).
        batch_lines: Lines per batch.
        max_line_bytes: Longer lines are quarantined (``line_too_long``), never truncated.
        now_ms: Clock for the checkpoint's marks.
        max_objects: Read at most this many pending objects per run (None: all).
    """

    def __init__(
        self,
        location: str,
        checkpoint: Checkpoint,
        *,
        client: Any = None,
        batch_lines: int = 256,
        max_line_bytes: int = MAX_LINE_BYTES,
        now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
        max_objects: int | None = None,
    ) -> None:
        self.location = location
        self.max_objects = max_objects
        self.checkpoint = checkpoint
        self.batch_lines = batch_lines
        self.max_line_bytes = max_line_bytes
        self._now_ms = now_ms
        self.stats = ArchiveStats()
        self._s3: S3Location | None = None
        self._client = client
        if location.startswith("s3://"):
            self._s3 = S3Location.parse(location)
            if self._client is None:
                self._client = s3_client()
        elif not Path(location).is_dir():
            raise ConfigError(f"{location}: not a folder (give a folder or s3://bucket/prefix)")

    # --- listing -----------------------------------------------------------------------------
    def _list_all(self) -> Iterator[str]:
        if self._s3 is not None:
            pages = self._client.get_paginator("list_objects_v2").paginate(
                Bucket=self._s3.bucket, Prefix=self._s3.prefix
            )
            for page in pages:
                for obj in page.get("Contents", ()):
                    yield self._s3.uri(obj["Key"])
        else:
            root = Path(self.location)
            rels = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
            for rel in rels:
                yield str(root / rel)

    def pending_objects(self) -> list[str]:
        """Objects in the layout that the checkpoint does not list as done, in key order."""
        names = list(self._list_all())
        self.stats.listed = len(names)
        in_layout = [n for n in names if layout_match(self._relative(n))]
        self.stats.ignored_layout = len(names) - len(in_layout)
        done = self.checkpoint.done_among(SCOPE, in_layout)
        self.stats.skipped_done = len(done)
        pending = [n for n in in_layout if n not in done]
        return pending if self.max_objects is None else pending[: self.max_objects]

    def _relative(self, name: str) -> str:
        if self._s3 is not None:
            key = name.split("/", 3)[3] if name.count("/") >= 3 else ""
            return key[len(self._s3.prefix) :] if key.startswith(self._s3.prefix) else key
        return Path(name).relative_to(self.location).as_posix()

    # --- reading -----------------------------------------------------------------------------
    def _open(self, name: str) -> IO[bytes] | Any:
        if self._s3 is not None:
            key = name.split("/", 3)[3]
            # botocore's StreamingBody: read(n) pulls from the socket, nothing is buffered whole
            return self._client.get_object(Bucket=self._s3.bucket, Key=key)["Body"]
        return open(name, "rb")

    def _read_object(self, name: str) -> Iterator[InputLine | Quarantined]:
        """Lines of one object; a final Quarantined if it cannot be read to the end."""
        raw = self._open(name)
        n = 0
        try:
            with gzip.GzipFile(fileobj=raw, mode="rb") as gz:
                while True:
                    line = gz.readline(self.max_line_bytes + 1)
                    if not line:
                        break
                    n += 1
                    if len(line) > self.max_line_bytes and not line.endswith(b"\n"):
                        while True:  # skip the rest of the line without holding it
                            rest = gz.readline(1024 * 1024)
                            if not rest or rest.endswith(b"\n"):
                                break
                        self.stats.too_long += 1
                        yield Quarantined(
                            name,
                            n,
                            "line_too_long",
                            f"{name}:{n}: line longer than {self.max_line_bytes} bytes; not processed",
                        )
                        continue
                    line = line.rstrip(b"\r\n")
                    if not line.strip():
                        continue
                    self.stats.lines += 1
                    yield InputLine(name, n, line)
        except (gzip.BadGzipFile, EOFError, zlib.error) as e:
            self.stats.unreadable += 1
            yield Quarantined(
                name,
                n + 1,
                "unreadable_object",
                f"{name}: cannot read past line {n} ({type(e).__name__}); rest of object skipped",
            )
        finally:
            raw.close()

    def batches(self) -> Iterator[Batch]:
        """Batches over all pending objects; see the module docstring for commit semantics."""
        lines: list[InputLine] = []
        rejected: list[Quarantined] = []
        finished: list[str] = []
        for name in self.pending_objects():
            self.stats.objects_read += 1
            for item in self._read_object(name):
                # A full batch is emitted only when more input follows, so an object that ends
                # exactly at a batch boundary is committed with that batch.
                if len(lines) >= self.batch_lines:
                    yield self._batch(lines, rejected, finished)
                    lines, rejected, finished = [], [], []
                if isinstance(item, Quarantined):
                    rejected.append(item)
                else:
                    lines.append(item)
            finished.append(name)
            if len(lines) >= self.batch_lines:
                yield self._batch(lines, rejected, finished)
                lines, rejected, finished = [], [], []
        if lines or rejected or finished:
            yield self._batch(lines, rejected, finished)

    def _batch(self, lines: list[InputLine], rejected: list[Quarantined], finished: list[str]) -> Batch:
        names = list(finished)

        def commit() -> None:
            if names:
                self.checkpoint.mark_done(SCOPE, names, at_ms=self._now_ms())
                self.stats.done.extend(names)

        return Batch(lines, rejected, commit)

    def __iter__(self) -> Iterator[InputLine]:
        """All lines, without checkpointing (for callers that handle delivery themselves)."""
        for batch in self.batches():
            yield from batch.lines
