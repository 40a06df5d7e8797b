"""Per-scope, per-period data keys, wrapped by the keyring's kek, and their destruction.

A data key is identified by a *label* (encryption rule, key scope, scope id, period) and a random
*key id* (``dk_`` + 20 hex) that every envelope carries. Only the wrapped key is stored:
AES-256-GCM under the newest ``kek`` with the key id as associated data. Destroying a data key
deletes the wrapped bytes (a tombstone row stays, for the ledger and for reports): every
envelope made with it, in every copy anywhere, can no longer be decrypted (crypto-shredding).

Keep the data-key store apart from the data and its backups: a backup of both would bring an
erased subject's data back.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from redactor.errors import ConfigError, DecryptionError, KeyError_
from redactor.secret import SecretBytes

DEK_BYTES = 32
NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class Label:
    """What a data key is for. `scope_id` is a subject id, an enterprise id, or ``""``."""

    rule: str
    scope: str  # "subject" | "enterprise" | "global"
    scope_id: str
    period: str  # "2026-07-08", "2026-W28", "2026-07", "2026", "none"


@dataclass(frozen=True, slots=True)
class DataKeyRow:
    """One stored data key (wrapped) or tombstone. Never holds the unwrapped key."""

    kid: str
    label: Label
    enterprise_id: str | None
    period_start_ms: int | None
    period_end_ms: int | None
    destroy_after_ms: int | None
    kek_id: str | None
    wrapped: bytes | None
    created_ms: int
    destroyed_ms: int | None = None
    destroyed_reason: str | None = None

    @property
    def live(self) -> bool:
        return self.wrapped is not None

    def __repr__(self) -> str:
        return f"DataKeyRow(kid={self.kid!r}, label={self.label!r}, live={self.live})"


class DataKeyStore(Protocol):
    """Where wrapped data keys live. Implementations: SQLite (here), PostgreSQL (pg_datakeys)."""

    def get(self, kid: str) -> DataKeyRow | None: ...

    def find_live(self, label: Label) -> DataKeyRow | None: ...

    def insert_if_absent(self, row: DataKeyRow) -> DataKeyRow:
        """Insert unless a live key with the same label exists; return the live one (race-safe)."""
        ...

    def rows(self, *, live_only: bool = False) -> Iterator[DataKeyRow]: ...

    def destroy(self, kids: Sequence[str], *, now: int, reason: str) -> int:
        """Delete the wrapped bytes of these live keys; return how many were destroyed."""
        ...

    def update_wrapped(self, kid: str, kek_id: str, wrapped: bytes) -> None: ...

    def close(self) -> None: ...


_COLUMNS = (
    "kid, rule, scope, scope_id, period, enterprise_id, period_start_ms, period_end_ms, "
    "destroy_after_ms, kek_id, wrapped, created_ms, destroyed_ms, destroyed_reason"
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS data_keys (
    kid TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    scope TEXT NOT NULL,
    scope_id TEXT NOT NULL,
    period TEXT NOT NULL,
    enterprise_id TEXT,
    period_start_ms BIGINT,
    period_end_ms BIGINT,
    destroy_after_ms BIGINT,
    kek_id TEXT,
    wrapped {blob},
    created_ms BIGINT NOT NULL,
    destroyed_ms BIGINT,
    destroyed_reason TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS data_keys_live_label
    ON data_keys (rule, scope, scope_id, period) WHERE wrapped IS NOT NULL;
CREATE INDEX IF NOT EXISTS data_keys_scope ON data_keys (scope, scope_id);
"""


def row_from_tuple(t: Sequence[Any]) -> DataKeyRow:
    return DataKeyRow(
        kid=t[0], label=Label(t[1], t[2], t[3], t[4]), enterprise_id=t[5], period_start_ms=t[6],
        period_end_ms=t[7], destroy_after_ms=t[8], kek_id=t[9],
        wrapped=bytes(t[10]) if t[10] is not None else None, created_ms=t[11],
        destroyed_ms=t[12], destroyed_reason=t[13],
    )


def row_values(r: DataKeyRow) -> tuple[Any, ...]:
    lb = r.label
    return (r.kid, lb.rule, lb.scope, lb.scope_id, lb.period, r.enterprise_id, r.period_start_ms,
            r.period_end_ms, r.destroy_after_ms, r.kek_id, r.wrapped, r.created_ms,
            r.destroyed_ms, r.destroyed_reason)


class SqliteDataKeyStore:
    """Data keys in a SQLite file created with mode 0600 (refused if group/others can read it)."""

    def __init__(self, path: Path) -> None:
        from redactor.crypto.keyring import check_private

        self.path = path
        if path.exists():
            check_private(path)
        else:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA secure_delete=ON")  # destroyed keys are overwritten, not just unlinked
        self._db.executescript(SCHEMA.format(blob="BLOB"))

    def get(self, kid: str) -> DataKeyRow | None:
        with self._lock:
            t = self._db.execute(f"SELECT {_COLUMNS} FROM data_keys WHERE kid=?", (kid,)).fetchone()
        return row_from_tuple(t) if t else None

    def find_live(self, label: Label) -> DataKeyRow | None:
        with self._lock:
            t = self._db.execute(
                f"SELECT {_COLUMNS} FROM data_keys WHERE rule=? AND scope=? AND scope_id=? "
                "AND period=? AND wrapped IS NOT NULL",
                (label.rule, label.scope, label.scope_id, label.period),
            ).fetchone()
        return row_from_tuple(t) if t else None

    def insert_if_absent(self, row: DataKeyRow) -> DataKeyRow:
        with self._lock:
            self._db.execute(
                f"INSERT OR IGNORE INTO data_keys ({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
                row_values(row),
            )
        found = self.find_live(row.label)
        if found is None:  # pragma: no cover - destroyed between insert and read
            raise KeyError_(f"data key for rule {row.label.rule} vanished while being created")
        return found

    def rows(self, *, live_only: bool = False) -> Iterator[DataKeyRow]:
        where = " WHERE wrapped IS NOT NULL" if live_only else ""
        with self._lock:
            ts = self._db.execute(f"SELECT {_COLUMNS} FROM data_keys{where} ORDER BY created_ms, kid").fetchall()
        return (row_from_tuple(t) for t in ts)

    def destroy(self, kids: Sequence[str], *, now: int, reason: str) -> int:
        n = 0
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for kid in kids:
                    cur = self._db.execute(
                        "UPDATE data_keys SET wrapped=NULL, kek_id=NULL, destroyed_ms=?, "
                        "destroyed_reason=? WHERE kid=? AND wrapped IS NOT NULL",
                        (now, reason, kid),
                    )
                    n += cur.rowcount
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            if n:  # no copy of the wrapped bytes left behind in the write-ahead log
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return n

    def update_wrapped(self, kid: str, kek_id: str, wrapped: bytes) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE data_keys SET kek_id=?, wrapped=? WHERE kid=? AND wrapped IS NOT NULL",
                (kek_id, wrapped, kid),
            )

    def close(self) -> None:
        self._db.close()

    def __repr__(self) -> str:
        return f"SqliteDataKeyStore({str(self.path)!r})"


def open_datakey_store(uri: str) -> DataKeyStore:
    """``sqlite:///path`` or ``postgresql://...`` -> a store. Raises ConfigError otherwise."""
    if uri.startswith("sqlite:///"):
        return SqliteDataKeyStore(Path(uri.removeprefix("sqlite:///")))
    if uri.startswith(("postgresql://", "postgres://")):
        from redactor.crypto.pg_datakeys import PgDataKeyStore

        return PgDataKeyStore(uri)
    raise ConfigError(f"data-key store URI must be sqlite:///path or postgresql://... (got scheme {uri.split(':', 1)[0]!r})")


# --- wrapping ---------------------------------------------------------------------------------


def _wrap_aad(kid: str) -> bytes:
    return b"redactor data key v1|" + kid.encode("ascii")


def wrap(kek: SecretBytes, kid: str, dek: SecretBytes, nonce: bytes) -> bytes:
    return nonce + AESGCM(kek.reveal()).encrypt(nonce, dek.reveal(), _wrap_aad(kid))


def unwrap(kek: SecretBytes, kid: str, wrapped: bytes) -> SecretBytes:
    """Unwrap; any failure is the one opaque DecryptionError."""
    try:
        raw = AESGCM(kek.reveal()).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], _wrap_aad(kid))
    except (InvalidTag, ValueError):
        raise DecryptionError() from None
    return SecretBytes(raw, label="data key")


# --- periods ----------------------------------------------------------------------------------


def _ms(d: dt.datetime) -> int:
    return calendar.timegm(d.utctimetuple()) * 1000


def period_of(period: str, timestamp_ms: int) -> tuple[str, int | None, int | None]:
    """(period label, start ms, end ms) of the period holding `timestamp_ms` (UTC).

    ``none`` has no bounds. Weeks are ISO weeks (Monday to Monday).
    """
    t = dt.datetime.fromtimestamp(timestamp_ms / 1000, tz=dt.UTC)
    day = dt.datetime(t.year, t.month, t.day, tzinfo=dt.UTC)
    if period == "none":
        return "none", None, None
    if period == "day":
        start, end = day, day + dt.timedelta(days=1)
        return start.strftime("%Y-%m-%d"), _ms(start), _ms(end)
    if period == "week":
        start = day - dt.timedelta(days=day.weekday())
        y, w, _ = start.isocalendar()
        return f"{y}-W{w:02d}", _ms(start), _ms(start + dt.timedelta(days=7))
    if period == "month":
        start = day.replace(day=1)
        end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
        return start.strftime("%Y-%m"), _ms(start), _ms(end)
    if period == "year":
        start = day.replace(month=1, day=1)
        return str(start.year), _ms(start), _ms(start.replace(year=start.year + 1))
    raise ValueError(f"unknown period {period!r}")


def labels_for_subjects(rows: Iterable[DataKeyRow], subject_ids: Iterable[str]) -> list[DataKeyRow]:
    """The live subject-scoped keys of these subjects."""
    ids = set(subject_ids)
    return [r for r in rows if r.live and r.label.scope == "subject" and r.label.scope_id in ids]
