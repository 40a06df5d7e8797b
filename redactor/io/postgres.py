"""PostgreSQL sink (psycopg 3): idempotent by key, same tables as the SQLite store.

``records`` has one row per key; a repeated key (an at-least-once redelivery) is counted as a
duplicate and leaves the stored row untouched. Each `write` is one transaction (``COPY`` into a
transaction-scoped staging table, then ``INSERT ... ON CONFLICT (key) DO NOTHING``), committed
before it returns, so a crash either stores a whole batch or none of it.

URI: ``postgresql://user@host:port/db`` (or ``postgres://``), or any libpq conninfo string.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from redactor.errors import ConfigError
from redactor.io.base import Quarantined, Redacted, WriteResult
from redactor.io.record_text import record_json

if TYPE_CHECKING:
    from redactor.io.sinks import SinkOptions

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT,
    enterprise_id TEXT,
    timestamp_ms BIGINT,
    record TEXT NOT NULL,
    expiries TEXT NOT NULL,
    policy_version TEXT,
    ingested_at_ms BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    line_no BIGINT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    key TEXT,
    at_ms BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_subject ON records (subject);
CREATE INDEX IF NOT EXISTS records_timestamp ON records (timestamp_ms);
"""

_STAGE = """
CREATE TEMP TABLE IF NOT EXISTS incoming_records
    (LIKE records INCLUDING DEFAULTS) ON COMMIT DELETE ROWS
"""
_COPY = (
    "COPY incoming_records (key, kind, subject, enterprise_id, timestamp_ms, record, expiries,"
    " policy_version, ingested_at_ms) FROM STDIN"
)
_INSERT = """
INSERT INTO records SELECT * FROM incoming_records
ON CONFLICT (key) DO NOTHING
RETURNING key
"""

_QUARANTINE = """
INSERT INTO quarantine (source, line_no, reason, detail, key, at_ms)
SELECT * FROM unnest(%s::text[], %s::bigint[], %s::text[], %s::text[], %s::text[], %s::bigint[])
"""


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class PostgresSink:
    """A `Sink` writing to PostgreSQL.

    Args:
        dsn: ``postgresql://`` URI or libpq conninfo.
        policy_version: Stored with every record (which policy produced it).
        now_ms: Clock for ``ingested_at_ms`` / ``at_ms`` (a parameter for tests).
        create: Create the tables if missing.
    """

    def __init__(
        self,
        dsn: str,
        *,
        policy_version: str | None = None,
        now_ms: Callable[[], int] = _now_ms,
        create: bool = True,
    ) -> None:
        self._dsn = dsn
        self.policy_version = policy_version
        self._now_ms = now_ms
        self._conn: Any = self._connect()
        if create:
            with self._conn.transaction():
                self._conn.execute(SCHEMA)

    def _connect(self) -> Any:
        import psycopg

        try:
            return psycopg.connect(self._dsn, autocommit=True)
        except psycopg.Error as e:
            # libpq messages name host/port/db, never a password we could not parse away
            raise ConfigError(f"postgresql: cannot connect ({type(e).__name__})") from e

    def _run(self, fn: Callable[[Any], Any]) -> Any:
        """Run `fn(conn)` in a transaction; reconnect and retry once if the server went away."""
        import psycopg

        for attempt in (1, 2):
            try:
                with self._conn.transaction():
                    return fn(self._conn)
            except psycopg.OperationalError:
                if attempt == 2:
                    raise
                try:
                    self._conn.close()
                finally:
                    self._conn = self._connect()
        raise AssertionError("unreachable")

    def write(self, items: Sequence[Redacted]) -> WriteResult:
        """Upsert `items` by key in one transaction; existing keys count as duplicates."""
        if not items:
            return WriteResult()
        now = self._now_ms()
        rows = [
            (
                it.key,
                it.kind,
                it.subject,
                it.enterprise_id,
                it.timestamp_ms,
                record_json(it.record),
                json.dumps(it.expiries, sort_keys=True),
                self.policy_version,
                now,
            )
            for it in items
        ]

        def do(conn: Any) -> int:
            # COPY into a per-transaction staging table, then one INSERT ... ON CONFLICT: COPY
            # streams large JSON texts without per-character escaping in Python.
            conn.execute(_STAGE)
            with conn.cursor() as cur:
                with cur.copy(_COPY) as copy:
                    for row in rows:
                        copy.write_row(row)
                cur.execute(_INSERT)
                return len(cur.fetchall())

        written = int(self._run(do))
        return WriteResult(written=written, duplicates=len(items) - written)

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        """Append quarantine entries (reasons and locations only, no content)."""
        if not items:
            return
        now = self._now_ms()
        cols = (
            [q.source for q in items],
            [q.line_no for q in items],
            [q.reason for q in items],
            [q.detail for q in items],
            [q.key for q in items],
            [now] * len(items),
        )
        self._run(lambda conn: conn.execute(_QUARANTINE, cols))

    def close(self) -> None:
        """Close the connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __repr__(self) -> str:
        return "PostgresSink(...)"  # the DSN may carry a password


def open_postgres_sink(uri: str, opts: SinkOptions) -> PostgresSink:
    """Registry factory for ``postgresql://`` and ``postgres://`` URIs."""
    return PostgresSink(uri, policy_version=opts.policy_version)
