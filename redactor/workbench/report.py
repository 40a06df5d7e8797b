"""`redactor report`: gather counts from the store and the ledger into one JSON-ready document.

Reads only metadata columns of ``records`` (kind, subject, timestamp, expiries, policy
version: never the record text), ``quarantine`` (reason and time; never the detail),
``findings_stats`` (or, when empty, typed replacements in stored records: see
`stats.estimate_from_records`), ``holds`` and the ledger. The result holds counts, entity types,
field kinds, reasons, hold and ledger ids: no record value. `report_html.render_html` draws it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from redactor.crypto.keyring import Keyring
from redactor.ledger import Ledger
from redactor.retention.db import Db
from redactor.retention.holds import Holds, HoldSet
from redactor.retention.stamp import ENCRYPTED, FIELD, RECORD
from redactor.retention.store import SqlRecordStore
from redactor.workbench.stats import UNKNOWN_DAY, FindingsStats, StatRow, day_of, estimate_from_records

DAY_MS = 86_400_000
DEFAULT_DAYS = 31
UPCOMING_DAYS = 30
FORMAT = "redactor-report"


@dataclass(frozen=True, slots=True)
class Period:
    """The reported period in epoch ms; None ends are filled by `gather`."""

    from_ms: int | None = None
    to_ms: int | None = None


def has_table(db: Db, name: str) -> bool:
    """Whether the table exists (the report never creates tables in a store)."""
    if db.dialect == "sqlite":
        return bool(db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)))
    return bool(db.execute("SELECT to_regclass(?)", (name,))[0][0])


def iso(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def days_between(from_ms: int, to_ms: int) -> list[str]:
    first = dt.datetime.fromtimestamp(from_ms / 1000, tz=dt.UTC).date()
    last = dt.datetime.fromtimestamp(to_ms / 1000, tz=dt.UTC).date()
    n = (last - first).days
    return [(first + dt.timedelta(days=i)).isoformat() for i in range(max(n, 0) + 1)]


def _max(db: Db, table: str, col: str) -> int | None:
    if not has_table(db, table):
        return None
    v = db.execute(f"SELECT max({col}) FROM {table}")[0][0]
    return int(v) if v is not None else None


def records_outside(db: Db, frm: int, to: int) -> tuple[int, str, str] | None:
    """Records of the store whose @timestamp is outside [frm, to]: (count, first day, last day),
    or None when there are none (dates only, never values)."""
    if not has_table(db, "records"):
        return None
    n, first, last = db.execute(
        "SELECT count(*), min(timestamp_ms), max(timestamp_ms) FROM records WHERE timestamp_ms < ? OR timestamp_ms > ?",
        (frm, to),
    )[0]
    return (int(n), day_of(first), day_of(last)) if n else None


def _resolve_period(db: Db, ldb: Db, period: Period, now_ms: int) -> tuple[int, int]:
    to = period.to_ms
    if to is None:
        cands = [
            v
            for v in (
                _max(db, "records", "timestamp_ms"),
                _max(ldb, "ledger", "at_ms"),
                _max(db, "quarantine", "at_ms"),
            )
            if v is not None
        ]
        to = max(cands) if cands else now_ms
    frm = period.from_ms if period.from_ms is not None else to - (DEFAULT_DAYS - 1) * DAY_MS
    if frm > to:
        from redactor.errors import ConfigError

        raise ConfigError("--from must be before --to")
    # whole UTC days
    frm = frm - frm % DAY_MS
    to = to - to % DAY_MS + DAY_MS - 1
    return frm, to


def _records(db: Db, frm: int, to: int, now_ms: int, holds: HoldSet) -> dict[str, Any]:
    by_day: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_policy: Counter[str] = Counter()
    subjects: set[str] = set()
    due: dict[str, Counter[str]] = defaultdict(Counter)
    overdue = Counter[str]()
    total = outside = 0
    horizon = now_ms + UPCOMING_DAYS * DAY_MS
    if has_table(db, "records"):
        rows = db.execute("SELECT kind, subject, enterprise_id, timestamp_ms, expiries, policy_version FROM records")
    else:
        rows = []
    for kind, subject, ent, ts, expiries, version in rows:
        total += 1
        try:
            exp: dict[str, int] = json.loads(expiries or "{}")
        except ValueError:
            exp = {}
        for stamp, t in exp.items():
            what = _stamp_kind(stamp)
            if t <= now_ms:
                if holds.holding_record(subject, ent, ts):
                    overdue[f"{what} (held)"] += 1
                else:
                    overdue[what] += 1
            elif t <= horizon:
                due[day_of(t)][what] += 1
        if ts is not None and not frm <= ts <= to:
            outside += 1
            continue
        by_day[day_of(ts)] += 1
        by_kind[kind] += 1
        by_policy[version or "unknown"] += 1
        if subject:
            subjects.add(subject)
    return {
        "total_in_store": total,
        "in_period": sum(by_day.values()),
        "outside_period": outside,
        "subjects_in_period": len(subjects),
        "by_day": dict(sorted(by_day.items())),
        "by_kind": dict(by_kind.most_common()),
        "by_policy": dict(by_policy.most_common()),
        "_due": {d: dict(c) for d, c in sorted(due.items())},
        "_overdue": dict(overdue),
        "_horizon": iso(horizon),
    }


def _stamp_kind(stamp: str) -> str:
    if stamp.startswith(RECORD):
        return "records to delete"
    if stamp.startswith(FIELD):
        return "records with fields to strip"
    if stamp.startswith(ENCRYPTED):
        return "records with encrypted copies to remove"
    return "other"


def _quarantine(db: Db, frm: int, to: int) -> dict[str, Any]:
    by_reason: Counter[str] = Counter()
    by_day: Counter[str] = Counter()
    if has_table(db, "quarantine"):
        for reason, at in db.execute("SELECT reason, at_ms FROM quarantine WHERE at_ms >= ? AND at_ms <= ?", (frm, to)):
            by_reason[reason] += 1
            by_day[day_of(at)] += 1
    return {
        "total": sum(by_reason.values()),
        "by_reason": dict(by_reason.most_common()),
        "by_day": dict(sorted(by_day.items())),
    }


def _entities(db: Db, days: list[str]) -> dict[str, Any]:
    source = "none"
    rows: list[StatRow] = []
    if has_table(db, "findings_stats"):
        stats = FindingsStats(db)
        if not stats.empty():
            rows = stats.totals(days[0], days[-1])
            source = "findings_stats"
    if source == "none" and has_table(db, "records"):
        lo = dt.datetime.fromisoformat(days[0]).replace(tzinfo=dt.UTC).timestamp() * 1000
        hi = lo + len(days) * DAY_MS
        store = SqlRecordStore(db)
        rows = estimate_from_records(r for r in store.scan() if r.timestamp_ms is None or lo <= r.timestamp_ms < hi)
        source = "estimated from typed placeholders in stored records (masked and redacted values not counted)"
    by_type: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_action: Counter[str] = Counter()
    by_day: dict[str, Counter[str]] = defaultdict(Counter)
    matrix: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_type[r.entity] += r.count
        by_kind[r.field_kind] += r.count
        by_action[r.action] += r.count
        by_day[r.day][r.entity] += r.count
        matrix[r.entity][r.field_kind] += r.count
    return {
        "source": source,
        "total": sum(by_type.values()),
        "by_type": dict(by_type.most_common()),
        "by_field_kind": dict(by_kind.most_common()),
        "by_action": dict(by_action.most_common()),
        "by_day": {
            d: dict(c.most_common()) for d, c in sorted(by_day.items(), key=lambda kv: (kv[0] == UNKNOWN_DAY, kv[0]))
        },
        "by_type_and_field_kind": {e: dict(c.most_common()) for e, c in sorted(matrix.items())},
    }


def _ledger(ldb: Db, keyring: Keyring | None, frm: int, to: int) -> tuple[dict[str, Any], list[Any]]:
    if not has_table(ldb, "ledger"):
        return {"status": "absent", "entries": 0, "problems": [], "head": None, "by_kind": {}}, []
    led = Ledger(ldb, keyring)
    v = led.verify(check_macs=keyring is not None)
    if not v.ok:
        status = "NOT intact"
    elif v.macs_checked:
        status = "intact"
    else:
        status = "chain intact (MACs not checked: no keyring)"
    entries = [e for e in led.entries() if frm <= e.at_ms <= to]
    info = {
        "status": status,
        "entries": v.count,
        "entries_in_period": len(entries),
        "problems": v.problems,
        "head": f"{v.head_seq}:{v.head_hash}",
        "by_kind": dict(Counter(e.kind for e in entries).most_common()),
        "by_day": {d: dict(c) for d, c in sorted(_by_day_kind(entries).items())},
    }
    return info, entries


def _by_day_kind(entries: list[Any]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        out[day_of(e.at_ms)][e.kind.split(".")[0]] += 1
    return out


def _n(v: Any) -> int:
    if isinstance(v, dict):
        return sum(int(x) for x in v.values() if isinstance(x, int))
    if isinstance(v, list):
        return len(v)
    return int(v) if isinstance(v, int) else 0


def _evidence(entries: list[Any]) -> dict[str, Any]:
    enforced, erasures, refused, decrypts = [], [], [], []
    purposes: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    for e in entries:
        d = e.details
        if e.kind == "retention.enforce":
            enforced.append(
                {
                    "at": iso(e.at_ms),
                    "day": day_of(e.at_ms),
                    "seq": e.seq,
                    "records_deleted": _n(d.get("records_deleted")),
                    "fields_stripped": _n(d.get("fields_stripped")),
                    "envelopes_removed": _n(d.get("envelopes_removed")),
                    "keys_destroyed": _n(d.get("keys_destroyed")),
                    "records_held": _n(d.get("records_held")),
                }
            )
        elif e.kind == "erase":
            erasures.append(
                {
                    "at": iso(e.at_ms),
                    "seq": e.seq,
                    "actor": e.actor,
                    "reason": e.reason,
                    "records_deleted": _n(d.get("records_deleted")),
                    "keys_destroyed": _n(d.get("keys_destroyed")),
                }
            )
        elif e.kind == "erase.refused":
            refused.append({"at": iso(e.at_ms), "seq": e.seq, "actor": e.actor, "holds": list(d.get("holds", []))})
        elif e.kind == "decrypt":
            purposes[e.reason] += 1
            actors[e.actor] += 1
            decrypts.append(
                {
                    "at": iso(e.at_ms),
                    "seq": e.seq,
                    "actor": e.actor,
                    "purpose": e.reason,
                    "records": _n(d.get("records")),
                    "envelopes": _n(d.get("envelopes")),
                    "failed": _n(d.get("failed")),
                    "source": str(d.get("source", "")),
                }
            )
    return {
        "enforcement_runs": enforced,
        "erasures": {
            "count": len(erasures),
            "records_deleted": sum(x["records_deleted"] for x in erasures),
            "keys_destroyed": sum(x["keys_destroyed"] for x in erasures),
            "refused": refused,
            "items": erasures,
        },
        "decryptions": {
            "count": len(decrypts),
            "envelopes": sum(x["envelopes"] for x in decrypts),
            "failed": sum(x["failed"] for x in decrypts),
            "by_purpose": dict(purposes.most_common()),
            "by_actor": dict(actors.most_common()),
            "items": decrypts,
        },
    }


def _holds(db: Db) -> tuple[dict[str, Any], HoldSet]:
    if not has_table(db, "holds"):
        return {"active": 0, "released": 0, "items": []}, HoldSet([])
    all_holds = Holds(db).list(include_released=True)
    items = []
    for h in all_holds:
        covers = []
        if h.subjects is not None:
            covers.append("1 data subject")
        if h.enterprise_id is not None:
            covers.append(f"enterprise {h.enterprise_id}")
        if h.from_ms is not None or h.to_ms is not None:
            covers.append(f"{iso(h.from_ms)[:10] if h.from_ms else '...'} to {iso(h.to_ms)[:10] if h.to_ms else '...'}")
        items.append(
            {
                "id": h.id,
                "covers": ", ".join(covers),
                "owner": h.owner,
                "reason": h.reason,
                "since": iso(h.created_ms),
                "released": iso(h.released_ms) if h.released_ms else None,
            }
        )
    active = [h for h in all_holds if h.active]
    return {"active": len(active), "released": len(all_holds) - len(active), "items": items}, HoldSet(active)


def gather(
    db: Db,
    ldb: Db,
    *,
    keyring: Keyring | None,
    period: Period,
    now_ms: int,
    store_name: str,
) -> dict[str, Any]:
    """The report document. `db` holds records/quarantine/holds/stats, `ldb` the ledger (often
    the same database)."""
    frm, to = _resolve_period(db, ldb, period, now_ms)
    days = days_between(frm, to)
    holds, hold_set = _holds(db)
    records = _records(db, frm, to, now_ms, hold_set)
    due, overdue, horizon = records.pop("_due"), records.pop("_overdue"), records.pop("_horizon")
    ledger, entries = _ledger(ldb, keyring, frm, to)
    ev = _evidence(entries)
    quarantine = _quarantine(db, frm, to)
    entities = _entities(db, days)
    enforced_by_day: dict[str, Counter[str]] = defaultdict(Counter)
    for run in ev["enforcement_runs"]:
        for k in ("records_deleted", "fields_stripped", "envelopes_removed"):
            enforced_by_day[run["day"]][k] += run[k]
    return {
        "format": FORMAT,
        "version": 1,
        "generated_at": iso(now_ms),
        "store": store_name,
        "period": {"from": days[0], "to": days[-1], "from_ms": frm, "to_ms": to, "days": days},
        "summary": {
            "records": records["in_period"],
            "subjects": records["subjects_in_period"],
            "quarantined": quarantine["total"],
            "entities": entities["total"],
            "retention_due_30d": sum(sum(c.values()) for c in due.values()),
            "retention_overdue": sum(overdue.values()),
            "enforcement_runs": len(ev["enforcement_runs"]),
            "holds_active": holds["active"],
            "erasures": ev["erasures"]["count"],
            "decryptions": ev["decryptions"]["count"],
        },
        "records": records,
        "quarantine": quarantine,
        "entities": entities,
        "retention": {
            "due_by_day": due,
            "due_until": horizon,
            "overdue": overdue,
            "enforcement_runs": ev["enforcement_runs"],
            "enforced_by_day": {d: dict(c) for d, c in sorted(enforced_by_day.items())},
        },
        "holds": holds,
        "erasures": ev["erasures"],
        "decryptions": ev["decryptions"],
        "ledger": ledger,
    }
