"""One small database adapter over SQLite (stdlib) and PostgreSQL (psycopg 3).

Retention, holds, the ledger and the data-key store write the same SQL to both: ``?``
placeholders (turned into ``%s`` for PostgreSQL), ``BIGINT`` columns, ``ON CONFLICT`` clauses
and partial indexes, which both understand. Transactions are explicit (`Db.transaction`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from redactor.errors import ConfigError

Dialect = Literal["sqlite", "postgres"]


def is_postgres(uri: str) -> bool:
    return uri.startswith(("postgresql://", "postgres://")) or (
        "=" in uri and not uri.startswith("sqlite:") and ("host=" in uri or "dbname=" in uri)
    )


def sqlite_path(uri: str) -> Path:
    """``sqlite:///path`` or a plain path -> Path."""
    return Path(uri.removeprefix("sqlite:///") if uri.startswith("sqlite:///") else uri)


class Db:
    """A connection in autocommit mode plus explicit transactions. Thread-safe by a lock."""

    def __init__(self, conn: Any, dialect: Dialect, where: str) -> None:
        self.conn = conn
        self.dialect: Dialect = dialect
        self.where = where
        self._lock = threading.RLock()
        self._depth = 0

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgres" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; return its rows (empty for statements without rows)."""
        with self._lock:
            cur = self.conn.execute(self._sql(sql), tuple(params))
            if cur.description is None:
                return []
            return [tuple(r) for r in cur.fetchall()]

    def rowcount(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return how many rows it changed."""
        with self._lock:
            cur = self.conn.execute(self._sql(sql), tuple(params))
            return int(cur.rowcount)

    def script(self, sql: str) -> None:
        """Run several `;`-separated statements (schema creation)."""
        with self._lock:
            if self.dialect == "sqlite":
                self.conn.executescript(sql)
            else:  # concurrent CREATE ... IF NOT EXISTS races in PostgreSQL: serialise
                with self.conn.transaction():
                    self.conn.execute("SELECT pg_advisory_xact_lock(727274)")
                    for stmt in (s.strip() for s in sql.split(";")):
                        if stmt:
                            self.conn.execute(stmt)

    @contextmanager
    def transaction(self, *, lock_table: str | None = None) -> Iterator[None]:
        """A write transaction (nested calls join the outer one). `lock_table` serialises
        writers on PostgreSQL (SQLite's BEGIN IMMEDIATE already does)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                if self.dialect == "sqlite":
                    self.conn.execute("BEGIN IMMEDIATE")
                    try:
                        yield
                    except BaseException:
                        self.conn.execute("ROLLBACK")
                        raise
                    self.conn.execute("COMMIT")
                else:
                    with self.conn.transaction():
                        if lock_table:
                            self.conn.execute(f"LOCK TABLE {lock_table} IN SHARE ROW EXCLUSIVE MODE")
                        yield
            finally:
                self._depth = 0

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __repr__(self) -> str:
        return f"Db({self.dialect}, {self.where!r})"


def open_db(uri: str, *, private: bool = False) -> Db:
    """Open ``sqlite:///path`` (or a path) or a ``postgresql://`` DSN.

    Args:
        private: for SQLite files holding key material: created 0600, refused if group/others
            can access them.
    """
    if is_postgres(uri):
        try:
            import psycopg
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise ConfigError("PostgreSQL needs psycopg 3 (pip install 'psycopg[binary]')") from None
        try:
            conn = psycopg.connect(uri, autocommit=True)
        except psycopg.Error as e:
            raise ConfigError(f"cannot connect to PostgreSQL ({type(e).__name__}); check the DSN") from None
        host = uri.split("@")[-1] if "@" in uri else "postgresql"
        return Db(conn, "postgres", host)
    path = sqlite_path(uri)
    if private:
        from redactor.crypto.keyring import check_private

        if path.exists():
            check_private(path)
        else:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    lite = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
    lite.execute("PRAGMA journal_mode=WAL")
    lite.execute("PRAGMA busy_timeout=30000")
    if private:
        lite.execute("PRAGMA secure_delete=ON")
    return Db(lite, "sqlite", str(path))
