"""Persistent checkpoints for resumable sources (archives, GitHub REST).

A checkpoint is a small SQLite file (stdlib, crash-safe, atomic commits) with two tables:

* ``state(name, value)``: named JSON values, e.g. the REST ``after`` cursor;
* ``done(scope, item, at_ms)``: a set of processed items per scope, e.g. archive object URIs or
  REST ``event_id``s already delivered.

Sources mark an item done only after the sink acknowledged everything that came from it, so a
crash between the two means the item is processed again (at-least-once) and the idempotent sink
absorbs the repeat. Items are names and ids, never record content.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from redactor.errors import ConfigError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS done (
    scope TEXT NOT NULL, item TEXT NOT NULL, at_ms INTEGER NOT NULL,
    PRIMARY KEY (scope, item)
);
"""


class Checkpoint:
    """A checkpoint file. Thread-safe; every write is committed before the call returns.

    Args:
        path: The SQLite file; created with its parent folder if missing. ``":memory:"`` keeps
            state in memory (tests, one-shot runs).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as e:
            raise ConfigError(f"{self.path}: cannot open checkpoint ({e})") from e
        self._lock = threading.Lock()

    def get(self, name: str, default: Any = None) -> Any:
        """Return the JSON value stored under `name`, or `default`."""
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, name: str, value: Any) -> None:
        """Store a JSON-serialisable value under `name` (durably)."""
        text = json.dumps(value, sort_keys=True)
        with self._lock:
            self._db.execute(
                "INSERT INTO state(name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, text),
            )

    def is_done(self, scope: str, item: str) -> bool:
        """Whether `item` was marked done in `scope`."""
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM done WHERE scope = ? AND item = ?", (scope, item)
            ).fetchone()
        return row is not None

    def done_among(self, scope: str, items: Iterable[str]) -> builtins.set[str]:
        """The subset of `items` already marked done in `scope`."""
        wanted = list(items)
        found: builtins.set[str] = builtins.set()
        with self._lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT item FROM done WHERE scope = ? AND item IN ({marks})",
                    (scope, *chunk),
                ).fetchall()
                found.update(r[0] for r in rows)
        return found

    def mark_done(self, scope: str, items: Iterable[str], *, at_ms: int) -> None:
        """Mark `items` done in `scope` in one transaction."""
        rows = [(scope, item, at_ms) for item in items]
        if not rows:
            return
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR IGNORE INTO done(scope, item, at_ms) VALUES (?, ?, ?)", rows
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def count_done(self, scope: str) -> int:
        """How many items are marked done in `scope`."""
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM done WHERE scope = ?", (scope,)).fetchone()
        return int(row[0])

    def prune(self, scope: str, *, older_than_ms: int) -> int:
        """Forget items of `scope` marked before `older_than_ms`; returns how many were removed."""
        with self._lock:
            cur = self._db.execute(
                "DELETE FROM done WHERE scope = ? AND at_ms < ?", (scope, older_than_ms)
            )
        return cur.rowcount

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"Checkpoint({self.path!r})"
