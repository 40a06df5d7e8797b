"""What flows between sources, the pipeline and sinks.

A source yields `InputLine`s; `Pipeline.process` turns each into exactly one `Redacted` or one
`Quarantined`; a `Sink` stores them. Nothing here holds raw sensitive content except
`InputLine.raw` (the unprocessed input) and `Redacted.record` (already redacted).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class InputLine:
    """One raw input line (or message, or HEC event) and where it came from.

    `source` names the origin without content: a file path, ``stdin``, ``hec``, ``kafka:topic/3``,
    ``s3://bucket/key``. `line_no` is 1-based within the source (or an offset for Kafka).
    `raw` is the undecoded JSON text, or an already-parsed object (HEC envelopes, REST pages).
    `error` marks a read failure of the source at this point; the pipeline quarantines it.
    """

    source: str
    line_no: int
    raw: str | bytes | dict[str, Any]
    error: str | None = None  # set when the source itself failed here (e.g. a truncated .gz)

    def __repr__(self) -> str:  # never show raw content
        return f"InputLine(source={self.source!r}, line_no={self.line_no})"


@dataclass(slots=True)
class Redacted:
    """A record that went through the policy; safe to forward.

    `key` is the idempotency key: ``event_id`` for usage records, ``_document_id`` for audit
    events, else a digest of the record's identifying fields (see records.keys).
    `entities` counts the spans transformed, by entity type (no values).
    `expiries` maps retention class -> expiry epoch ms (filled by the retention stage, may be empty).
    """

    key: str
    kind: str
    record: dict[str, Any]
    source: str
    line_no: int
    timestamp_ms: int | None = None
    subject: str | None = None  # pseudonymised data-subject id (keyed), never the raw user id
    enterprise_id: str | None = None
    entities: Counter[str] = field(default_factory=Counter)
    expiries: dict[str, int] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Redacted(key={self.key!r}, kind={self.kind!r}, source={self.source!r}, line_no={self.line_no})"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A line that could not be processed. `reason` is a short stable code, `detail` a message
    that says where and what, never the raw content."""

    source: str
    line_no: int
    reason: str
    detail: str
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Dropped:
    """A valid record dropped on purpose under the policy (e.g. already past its retention
    when an old archive is reprocessed). Counted in the summary, never silent."""

    source: str
    line_no: int
    reason: str
    key: str | None = None


@dataclass(slots=True)
class WriteResult:
    written: int = 0
    duplicates: int = 0


class Sink(Protocol):
    """Where redacted records and quarantine entries go. Writes must be idempotent by `key`."""

    def write(self, items: Sequence[Redacted]) -> WriteResult: ...

    def quarantine(self, items: Sequence[Quarantined]) -> None: ...

    def close(self) -> None: ...
