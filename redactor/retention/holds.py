"""Legal holds: while a hold is active, what it covers is never deleted, stripped or shredded.

A hold covers records (and data keys) matching *all* of its given criteria: data subjects (the
subject ids of one user, under every subject key), an enterprise id, a time range on
``@timestamp`` (``[from, to)``). At least one criterion is required. Holds do not lapse: they
end only when released, with who and why. Holds live in a ``holds`` table beside the records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redactor.crypto.datakeys import DataKeyRow
from redactor.errors import ConfigError
from redactor.retention.db import Db

SCHEMA = """
CREATE TABLE IF NOT EXISTS holds (
    id TEXT PRIMARY KEY,
    subjects TEXT,
    enterprise_id TEXT,
    from_ms BIGINT,
    to_ms BIGINT,
    reason TEXT NOT NULL,
    owner TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    released_ms BIGINT,
    released_by TEXT,
    release_reason TEXT
)
"""

_COLS = (
    "id, subjects, enterprise_id, from_ms, to_ms, reason, owner, created_ms, released_ms, released_by, release_reason"
)


@dataclass(frozen=True, slots=True)
class Hold:
    """One legal hold. `subjects` are keyed subject ids (never raw user ids)."""

    id: str
    subjects: tuple[str, ...] | None
    enterprise_id: str | None
    from_ms: int | None
    to_ms: int | None
    reason: str
    owner: str
    created_ms: int
    released_ms: int | None = None
    released_by: str | None = None
    release_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.released_ms is None

    def _in_range(self, start: int | None, end: int | None) -> bool:
        """Whether [start, end) overlaps the hold's range (unknown bounds overlap)."""
        if self.from_ms is None and self.to_ms is None:
            return True
        lo = self.from_ms if self.from_ms is not None else -(2**62)
        hi = self.to_ms if self.to_ms is not None else 2**62
        s = start if start is not None else -(2**62)
        e = end if end is not None else 2**62
        return s < hi and lo < e

    def covers_record(self, subject: str | None, enterprise_id: str | None, timestamp_ms: int | None) -> bool:
        if self.subjects is not None and subject not in self.subjects:
            return False
        if self.enterprise_id is not None and enterprise_id != self.enterprise_id:
            return False
        if timestamp_ms is None:
            return self._in_range(None, None)
        return self._in_range(timestamp_ms, timestamp_ms + 1)

    def covers_key(self, row: DataKeyRow) -> bool:
        """Conservative: a shared (enterprise/global) key may hold a held subject's data."""
        lb = row.label
        if self.subjects is not None and lb.scope == "subject" and lb.scope_id not in self.subjects:
            return False
        if self.enterprise_id is not None and row.enterprise_id not in (None, self.enterprise_id):
            return False
        return self._in_range(row.period_start_ms, row.period_end_ms)

    def describe(self) -> str:
        parts = []
        if self.subjects is not None:
            parts.append(f"subject {self.subjects[0]}")
        if self.enterprise_id is not None:
            parts.append(f"enterprise {self.enterprise_id}")
        if self.from_ms is not None or self.to_ms is not None:
            parts.append(
                f"time [{self.from_ms if self.from_ms is not None else '-inf'}, "
                f"{self.to_ms if self.to_ms is not None else '+inf'})"
            )
        return ", ".join(parts)


def _from_row(r: Sequence[Any]) -> Hold:
    subjects = tuple(json.loads(r[1])) if r[1] is not None else None
    return Hold(r[0], subjects, r[2], r[3], r[4], r[5], r[6], int(r[7]), r[8], r[9], r[10])


class HoldSet:
    """A snapshot of active holds, asked record by record and key by key."""

    def __init__(self, holds: Sequence[Hold]) -> None:
        self.holds = [h for h in holds if h.active]

    def holding_record(self, subject: str | None, enterprise_id: str | None, timestamp_ms: int | None) -> list[str]:
        return [h.id for h in self.holds if h.covers_record(subject, enterprise_id, timestamp_ms)]

    def holding_key(self, row: DataKeyRow) -> list[str]:
        return [h.id for h in self.holds if h.covers_key(row)]

    def holding_subjects(self, subjects: Sequence[str]) -> list[str]:
        """Holds that name any of these subjects, or cover everyone (no subject criterion)."""
        return [h.id for h in self.holds if h.subjects is None or any(s in h.subjects for s in subjects)]


class Holds:
    """The ``holds`` table."""

    def __init__(self, db: Db) -> None:
        self.db = db
        db.script(SCHEMA)

    def add(
        self,
        *,
        subjects: Sequence[str] | None = None,
        enterprise_id: str | None = None,
        from_ms: int | None = None,
        to_ms: int | None = None,
        reason: str,
        owner: str,
        now: int,
    ) -> Hold:
        """Create a hold ``H-0001``, ``H-0002``, ...; raises ConfigError without criteria."""
        if subjects is None and enterprise_id is None and from_ms is None and to_ms is None:
            raise ConfigError("a hold needs --user, --enterprise, --from or --to")
        if from_ms is not None and to_ms is not None and from_ms >= to_ms:
            raise ConfigError("--from must be before --to")
        if not reason.strip() or not owner.strip():
            raise ConfigError("a hold needs a reason and an owner")
        with self.db.transaction(lock_table="holds"):
            n = int(self.db.execute("SELECT count(*) FROM holds")[0][0]) + 1
            h = Hold(
                f"H-{n:04d}",
                tuple(subjects) if subjects is not None else None,
                enterprise_id,
                from_ms,
                to_ms,
                reason,
                owner,
                now,
            )
            self.db.execute(
                f"INSERT INTO holds ({_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    h.id,
                    json.dumps(list(h.subjects)) if h.subjects is not None else None,
                    h.enterprise_id,
                    h.from_ms,
                    h.to_ms,
                    h.reason,
                    h.owner,
                    h.created_ms,
                    None,
                    None,
                    None,
                ),
            )
        return h

    def get(self, hold_id: str) -> Hold | None:
        rows = self.db.execute(f"SELECT {_COLS} FROM holds WHERE id=?", (hold_id,))
        return _from_row(rows[0]) if rows else None

    def list(self, *, include_released: bool = False) -> list[Hold]:
        rows = self.db.execute(f"SELECT {_COLS} FROM holds ORDER BY id")
        holds = [_from_row(r) for r in rows]
        return holds if include_released else [h for h in holds if h.active]

    def release(self, hold_id: str, *, by: str, reason: str, now: int) -> Hold:
        """Release an active hold; raises ConfigError if unknown or already released."""
        h = self.get(hold_id)
        if h is None:
            raise ConfigError(f"no hold {hold_id}; see `redactor hold list`")
        if not h.active:
            raise ConfigError(f"hold {hold_id} was already released")
        self.db.execute(
            "UPDATE holds SET released_ms=?, released_by=?, release_reason=? WHERE id=? AND released_ms IS NULL",
            (now, by, reason, hold_id),
        )
        released = self.get(hold_id)
        assert released is not None
        return released

    def active(self) -> HoldSet:
        return HoldSet(self.list())
