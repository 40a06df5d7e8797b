"""The embedded default store: one SQLite file, one row per record keyed by its idempotency key.

Tables: `records` (redacted records), `quarantine` (entries without raw content) and
`placeholders` (keyed digests -> placeholder numbers, for consistent numbering across runs).
Writes are idempotent: a duplicate delivery of the same key is counted, not stored twice.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from redactor.io.base import Quarantined, Redacted, WriteResult
from redactor.io.record_text import record_json

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT,
    enterprise_id TEXT,
    timestamp_ms INTEGER,
    record TEXT NOT NULL,
    expiries TEXT NOT NULL DEFAULT '{}',
    policy_version TEXT,
    ingested_at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS records_subject ON records(subject);
CREATE INDEX IF NOT EXISTS records_timestamp ON records(timestamp_ms);
CREATE TABLE IF NOT EXISTS quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    key TEXT,
    at_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS placeholders (
    scope TEXT NOT NULL,
    entity TEXT NOT NULL,
    digest TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (scope, entity, digest)
);
"""


def dumps(record: dict[str, Any]) -> str:
    return record_json(record)


class SQLiteStore:
    """Sink and placeholder backend over one SQLite database file.

    Args:
        path: database file (created with its parent folder if missing) or ``:memory:``.
        policy_version: recorded with each row.
        now_ms: clock for `ingested_at_ms` (a parameter so tests control time).
    """

    def __init__(self, path: str | Path, *, policy_version: str | None = None, now_ms: Any = None) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(SCHEMA)
        self.policy_version = policy_version
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    # -- Sink -------------------------------------------------------------------------------
    def write(self, items: Sequence[Redacted]) -> WriteResult:
        res = WriteResult()
        now = self._now_ms()
        with self._tx():
            for r in items:
                cur = self.conn.execute(
                    "INSERT INTO records(key, kind, subject, enterprise_id, timestamp_ms, record, expiries, "
                    "policy_version, ingested_at_ms)"
                    " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO NOTHING",
                    (
                        r.key,
                        r.kind,
                        r.subject,
                        r.enterprise_id,
                        r.timestamp_ms,
                        dumps(r.record),
                        json.dumps(r.expiries),
                        self.policy_version,
                        now,
                    ),
                )
                if cur.rowcount == 1:
                    res.written += 1
                else:
                    res.duplicates += 1
        return res

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        now = self._now_ms()
        with self._tx():
            self.conn.executemany(
                "INSERT INTO quarantine(source, line_no, reason, detail, key, at_ms) VALUES (?,?,?,?,?,?)",
                [(q.source, q.line_no, q.reason, q.detail, q.key, now) for q in items],
            )

    def close(self) -> None:
        self.conn.close()

    # -- placeholder backend ----------------------------------------------------------------------
    def load_placeholders(self, scope: str) -> Iterable[tuple[str, str, int]]:
        return self.conn.execute("SELECT entity, digest, n FROM placeholders WHERE scope = ?", (scope,)).fetchall()

    def save_placeholder(self, scope: str, entity: str, digest: str, n: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO placeholders(scope, entity, digest, n) VALUES (?,?,?,?)", (scope, entity, digest, n)
        )

    # -- reading ----------------------------------------------------------------------------------
    def count(self, table: str = "records") -> int:
        if table not in ("records", "quarantine", "placeholders"):
            raise ValueError(f"unknown table {table}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def iter_records(self, where: str = "", params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT key, kind, subject, enterprise_id, timestamp_ms, record, expiries, policy_version, ingested_at_ms "
            "FROM records "
            + (f"WHERE {where} " if where else "")
            + "ORDER BY timestamp_ms, key",
            tuple(params),
        )
        cols = [c[0] for c in cur.description]
        for row in cur:
            d = dict(zip(cols, row, strict=True))
            d["record"] = json.loads(d["record"])
            d["expiries"] = json.loads(d["expiries"])
            yield d

    def quarantine_rows(self) -> list[dict[str, Any]]:
        cur = self.conn.execute("SELECT source, line_no, reason, detail, key, at_ms FROM quarantine ORDER BY id")
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def _tx(self) -> _Tx:
        return _Tx(self.conn)


class _Tx:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
