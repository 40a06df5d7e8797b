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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from redactor.errors import ConfigError, DecryptionError
from redactor.retention.db import Db, is_postgres, open_db
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
    """Where wrapped data keys live (`SqlDataKeyStore`: SQLite or PostgreSQL)."""

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
        kid=t[0],
        label=Label(t[1], t[2], t[3], t[4]),
        enterprise_id=t[5],
        period_start_ms=t[6],
        period_end_ms=t[7],
        destroy_after_ms=t[8],
        kek_id=t[9],
        wrapped=bytes(t[10]) if t[10] is not None else None,
        created_ms=t[11],
        destroyed_ms=t[12],
        destroyed_reason=t[13],
    )


def row_values(r: DataKeyRow) -> tuple[Any, ...]:
    lb = r.label
    return (
        r.kid,
        lb.rule,
        lb.scope,
        lb.scope_id,
        lb.period,
        r.enterprise_id,
        r.period_start_ms,
        r.period_end_ms,
        r.destroy_after_ms,
        r.kek_id,
        r.wrapped,
        r.created_ms,
        r.destroyed_ms,
        r.destroyed_reason,
    )


class SqlDataKeyStore:
    """Data keys in a ``data_keys`` table, in SQLite (a private 0600 file) or PostgreSQL."""

    def __init__(self, db: Db) -> None:
        self.db = db
        db.script(SCHEMA.format(blob="BLOB" if db.dialect == "sqlite" else "BYTEA"))

    def _one(self, where: str, params: Sequence[Any]) -> DataKeyRow | None:
        ts = self.db.execute(f"SELECT {_COLUMNS} FROM data_keys WHERE {where}", params)
        return row_from_tuple(ts[0]) if ts else None

    def get(self, kid: str) -> DataKeyRow | None:
        return self._one("kid=?", (kid,))

    def find_live(self, label: Label) -> DataKeyRow | None:
        return self._one(
            "rule=? AND scope=? AND scope_id=? AND period=? AND wrapped IS NOT NULL",
            (label.rule, label.scope, label.scope_id, label.period),
        )

    def insert_if_absent(self, row: DataKeyRow) -> DataKeyRow:
        with self.db.transaction(lock_table="data_keys"):
            found = self.find_live(row.label)
            if found is None:
                self.db.execute(
                    f"INSERT INTO data_keys ({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
                    row_values(row),
                )
                found = row
        return found

    def rows(self, *, live_only: bool = False) -> Iterator[DataKeyRow]:
        where = " WHERE wrapped IS NOT NULL" if live_only else ""
        ts = self.db.execute(f"SELECT {_COLUMNS} FROM data_keys{where} ORDER BY created_ms, kid")
        return (row_from_tuple(t) for t in ts)

    def destroy(self, kids: Sequence[str], *, now: int, reason: str) -> int:
        n = 0
        with self.db.transaction():
            for kid in kids:
                n += self.db.rowcount(
                    "UPDATE data_keys SET wrapped=NULL, kek_id=NULL, destroyed_ms=?, "
                    "destroyed_reason=? WHERE kid=? AND wrapped IS NOT NULL",
                    (now, reason, kid),
                )
        if n and self.db.dialect == "sqlite":  # no copy of the wrapped bytes left in the WAL
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return n

    def update_wrapped(self, kid: str, kek_id: str, wrapped: bytes) -> None:
        self.db.execute(
            "UPDATE data_keys SET kek_id=?, wrapped=? WHERE kid=? AND wrapped IS NOT NULL",
            (kek_id, wrapped, kid),
        )

    def close(self) -> None:
        self.db.close()

    def __repr__(self) -> str:
        return f"SqlDataKeyStore({self.db!r})"


def open_datakey_store(uri: str) -> DataKeyStore:
    """``sqlite:///path`` (a private 0600 file) or a ``postgresql://`` DSN -> a store."""
    if not (uri.startswith("sqlite:///") or is_postgres(uri)):
        raise ConfigError(
            f"data-key store must be sqlite:///path or postgresql://... (got scheme {uri.split(':', 1)[0]!r})"
        )
    return SqlDataKeyStore(open_db(uri, private=True))


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
