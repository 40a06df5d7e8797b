"""Finding counts per record, by entity type and field kind, for the report (no values).

The ``findings_stats`` table lives beside ``records`` in the store (SQLite or PostgreSQL). A run
fills it from the pipeline's findings (`FindingsStats.add`), one row per record key, entity type,
field kind and action, written idempotently so that a duplicate delivery is counted once::

    stats = FindingsStats(open_db("sqlite:///redactor.db"))
    explained = pipeline.process_batch(batch, collect=True)
    ...write the Redacted results to the sink...
    stats.add(explained)

When a store has no such rows (written before the hook existed, or by another writer), the
report estimates counts from the typed placeholders and pseudonyms in the stored records
(`estimate_from_records`); masked and redacted values carry no type and are not counted then.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from redactor.detect.entities import ENTITIES
from redactor.errors import RecordError
from redactor.io.base import Redacted
from redactor.pipeline import Explained
from redactor.records import decode
from redactor.retention.db import Db
from redactor.retention.store import StoredRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS findings_stats (
    key TEXT NOT NULL,
    day TEXT NOT NULL,
    entity TEXT NOT NULL,
    field_kind TEXT NOT NULL,
    action TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (key, entity, field_kind, action)
)
"""

UNKNOWN_DAY = "unknown"
"""The day of records without an integer @timestamp."""

TYPED = re.compile(r"<([A-Z][A-Z_]*?)(?:_\d+|:[a-z2-7]{6,16})>")
"""Our typed replacements: ``<EMAIL_ADDRESS_3>`` (placeholder), ``<PERSON:ab3kq2z7xyfe>`` (pseudonym)."""


def day_of(ms: int | None) -> str:
    """UTC date ``YYYY-MM-DD`` of an epoch-ms time, or ``unknown``."""
    if ms is None:
        return UNKNOWN_DAY
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).strftime("%Y-%m-%d")


@dataclass(frozen=True, slots=True)
class StatRow:
    """One aggregated count."""

    day: str
    entity: str
    field_kind: str
    action: str
    count: int


def rows_of(results: Iterable[Explained]) -> Iterator[tuple[str, str, str, str, str, int]]:
    """(key, day, entity, field kind, action, count) for each stored result's findings, plus the
    identity fields it transformed (entity ``IDENTITY``, field kind ``identity``)."""
    for ex in results:
        r = ex.result
        if not isinstance(r, Redacted):
            continue
        day = day_of(r.timestamp_ms)
        c: Counter[tuple[str, str, str]] = Counter((f.entity, f.kind, f.action) for f in ex.findings)
        ident = r.entities.get("IDENTITY", 0)
        if ident:
            c[("IDENTITY", "identity", "identity")] += ident
        for (entity, kind, action), n in sorted(c.items()):
            yield r.key, day, entity, kind, action, n


class FindingsStats:
    """The ``findings_stats`` table (created on first use)."""

    def __init__(self, db: Db) -> None:
        self.db = db
        db.script(SCHEMA)

    def add(self, results: Iterable[Explained]) -> int:
        """Count the findings of stored results (collected with ``collect=True``); a record key
        already counted is skipped. Returns the rows written."""
        rows = list(rows_of(results))
        n = 0
        if not rows:
            return 0
        with self.db.transaction():
            for row in rows:
                n += self.db.rowcount(
                    "INSERT INTO findings_stats (key, day, entity, field_kind, action, count) "
                    "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                    row,
                )
        return n

    def totals(self, day_from: str | None = None, day_to: str | None = None) -> list[StatRow]:
        """Counts summed over records, per day, entity, field kind and action; days in
        [day_from, day_to] inclusive when given (``unknown`` is always included)."""
        where, params = [], []
        if day_from is not None:
            where.append("(day >= ? OR day = ?)")
            params += [day_from, UNKNOWN_DAY]
        if day_to is not None:
            where.append("(day <= ? OR day = ?)")
            params += [day_to, UNKNOWN_DAY]
        sql = (
            "SELECT day, entity, field_kind, action, sum(count) FROM findings_stats "
            + (f"WHERE {' AND '.join(where)} " if where else "")
            + "GROUP BY day, entity, field_kind, action ORDER BY day, entity, field_kind, action"
        )
        return [StatRow(r[0], r[1], r[2], r[3], int(r[4])) for r in self.db.execute(sql, params)]

    def empty(self) -> bool:
        return not self.db.execute("SELECT 1 FROM findings_stats LIMIT 1")


def estimate_from_records(records: Iterable[StoredRecord]) -> list[StatRow]:
    """Counts from the typed replacements in stored (already redacted) records: each
    ``<TYPE_n>`` or ``<TYPE:digest>`` in a text field counts one finding of TYPE in that field's
    kind. Records that cannot be decoded are skipped."""
    c: Counter[tuple[str, str, str, str]] = Counter()
    for rec in records:
        try:
            dec = decode(rec.record)
        except (RecordError, RecursionError):
            continue
        day = day_of(rec.timestamp_ms)
        for slot in dec.slots:
            for m in TYPED.finditer(slot.text):
                if m.group(1) not in ENTITIES:
                    continue
                action = "pseudonym" if ":" in m.group(0) else "placeholder"
                c[(day, m.group(1), str(slot.kind), action)] += 1
    return [StatRow(d, e, k, a, n) for (d, e, k, a), n in sorted(c.items())]
