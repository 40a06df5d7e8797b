"""The small store protocol retention and erasure work against, and its SQL implementation.

Both the embedded SQLite store (`redactor.io.sqlite_store`) and the PostgreSQL sink
(`redactor.io.postgres`) keep records in the same ``records`` table: ``key, kind, subject,
enterprise_id, timestamp_ms, record (JSON text), expiries (JSON text: stamp -> epoch ms),
policy_version, ingested_at_ms``. `SqlRecordStore` reads and changes that table in either.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from redactor.io.record_text import record_json
from redactor.retention.db import Db

PAGE = 500


@dataclass(slots=True)
class StoredRecord:
    """One stored record. The repr never shows the record."""

    key: str
    kind: str
    subject: str | None
    enterprise_id: str | None
    timestamp_ms: int | None
    record: dict[str, Any]
    expiries: dict[str, int]

    def __repr__(self) -> str:
        return f"StoredRecord(key={self.key!r}, kind={self.kind!r})"


class RecordStore(Protocol):
    """What retention needs from a store."""

    def scan(self, *, with_expiries: bool = False) -> Iterator[StoredRecord]:
        """Every record (only those with expiries when asked), in key order, page by page."""
        ...

    def by_subjects(self, subjects: Sequence[str]) -> Iterator[StoredRecord]: ...

    def delete(self, keys: Sequence[str]) -> int: ...

    def update(self, key: str, record: dict[str, Any], expiries: dict[str, int]) -> None: ...


def dumps(obj: Any) -> str:
    """The stores' JSON text form (compact, UTF-8)."""
    return record_json(obj)


_SELECT = "SELECT key, kind, subject, enterprise_id, timestamp_ms, record, expiries FROM records"


def _row(r: Sequence[Any]) -> StoredRecord:
    return StoredRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6] or "{}"))


class SqlRecordStore:
    """`RecordStore` over the ``records`` table in SQLite or PostgreSQL."""

    def __init__(self, db: Db) -> None:
        self.db = db

    def scan(self, *, with_expiries: bool = False) -> Iterator[StoredRecord]:
        cond = " AND expiries <> '{}'" if with_expiries else ""
        last = ""
        while True:
            rows = self.db.execute(f"{_SELECT} WHERE key > ?{cond} ORDER BY key LIMIT {PAGE}", (last,))
            for r in rows:
                yield _row(r)
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def by_subjects(self, subjects: Sequence[str]) -> Iterator[StoredRecord]:
        for s in subjects:
            for r in self.db.execute(f"{_SELECT} WHERE subject = ? ORDER BY key", (s,)):
                yield _row(r)

    def count_subjects(self, subjects: Sequence[str]) -> int:
        return sum(int(self.db.execute("SELECT count(*) FROM records WHERE subject = ?", (s,))[0][0]) for s in subjects)

    def delete(self, keys: Sequence[str]) -> int:
        n = 0
        with self.db.transaction():
            for k in keys:
                n += self.db.rowcount("DELETE FROM records WHERE key = ?", (k,))
        return n

    def delete_subjects(self, subjects: Sequence[str]) -> int:
        n = 0
        with self.db.transaction():
            for s in subjects:
                n += self.db.rowcount("DELETE FROM records WHERE subject = ?", (s,))
        return n

    def keys_of(self, subjects: Sequence[str]) -> list[str]:
        return [str(r[0]) for s in subjects for r in self.db.execute("SELECT key FROM records WHERE subject = ?", (s,))]

    def delete_placeholder_scopes(self, scopes: Sequence[str]) -> int:
        """Delete placeholder numbering (keyed digests) of these scopes, if the store keeps any."""
        if self.db.dialect == "sqlite":
            has = self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='placeholders'")
        else:
            has = self.db.execute(
                "SELECT 1 FROM information_schema.tables WHERE table_name='placeholders' "
                "AND table_schema = current_schema()"
            )
        if not has:
            return 0
        n = 0
        with self.db.transaction():
            for sc in scopes:
                n += self.db.rowcount("DELETE FROM placeholders WHERE scope = ?", (sc,))
        return n

    def update(self, key: str, record: dict[str, Any], expiries: dict[str, int]) -> None:
        self.db.execute(
            "UPDATE records SET record = ?, expiries = ? WHERE key = ?", (dumps(record), dumps(expiries), key)
        )

    def __repr__(self) -> str:
        return f"SqlRecordStore({self.db!r})"
