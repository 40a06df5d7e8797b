"""Data subjects: what is stored about one person (`export_subject`) and who has data, holds or
an erasure waiting (`list_subjects`).

A data subject is known in the store only by keyed subject ids (``Keyring.subject_ids``: one per
``subject`` key, so rotation does not hide older rows). An export decrypts encrypted fields only
for a stated purpose, and appends a ``decrypt`` ledger entry (operation ``subject-export``: who,
why, counts, key ids, subject ids; never values) before the file is written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from redactor.crypto.envelope import Envelope
from redactor.crypto.keyring import Keyring
from redactor.crypto.stage import Decryptor, try_decrypt
from redactor.errors import DecryptionError
from redactor.ledger import Entry, Ledger
from redactor.retention.db import Db
from redactor.retention.holds import Hold, Holds
from redactor.workbench.report import has_table

FORMAT = "redactor-subject-export"

NOTES = (
    "Records are stored redacted: personal data and secrets found in them were replaced by typed "
    "placeholders such as <EMAIL_ADDRESS_3> (the same value gets the same number for the same "
    "person) or keyed pseudonyms. Fields the policy kept encrypted are given decrypted under "
    "'decrypted' where their keys still exist; 'undecryptable' lists fields whose keys were "
    "destroyed by retention or erasure. Times are UTC."
)


def _iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_COLS = "key, kind, subject, enterprise_id, timestamp_ms, record, expiries, policy_version, ingested_at_ms"


def _records(db: Db, subjects: Sequence[str]) -> list[tuple[Any, ...]]:
    if not has_table(db, "records"):
        return []
    out: list[tuple[Any, ...]] = []
    for s in subjects:
        out += db.execute(f"SELECT {_COLS} FROM records WHERE subject = ? ORDER BY timestamp_ms, key", (s,))
    return out


def _holds_for(db: Db, subjects: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> list[Hold]:
    if not has_table(db, "holds"):
        return []
    out = []
    for h in Holds(db).list(include_released=True):
        if h.subjects is not None:
            if any(s in h.subjects for s in subjects):
                out.append(h)
        elif any(h.covers_record(r[2], r[3], r[4]) for r in rows):
            out.append(h)
    return out


def _ledger_about(led: Ledger, subjects: Sequence[str]) -> list[dict[str, Any]]:
    """Ledger entries whose details name one of the subject ids (erasures, holds, decryptions)."""
    wanted = set(subjects)
    out = []
    for e in led.entries():
        named = e.details.get("subjects")
        if isinstance(named, list) and wanted.intersection(x for x in named if isinstance(x, str)):
            out.append(
                {
                    "seq": e.seq,
                    "at": _iso(e.at_ms),
                    "kind": e.kind,
                    "actor": e.actor,
                    "purpose": e.reason,
                    "operation": e.details.get("operation", e.kind),
                }
            )
    return out


def export_subject(
    db: Db,
    ledger: Ledger,
    keyring: Keyring,
    *,
    user_id: str,
    purpose: str,
    actor: str,
    now_ms: int,
    decrypt: bool = True,
) -> tuple[dict[str, Any], Entry]:
    """Everything stored about `user_id`, as one JSON-ready document, and the ledger entry that
    records the export (appended before the caller writes anything out)."""
    subjects = keyring.subject_ids(user_id)
    rows = _records(db, subjects)
    dec = Decryptor(keyring) if decrypt else None
    kids: Counter[str] = Counter()
    records = []
    opened = failed = 0
    for key, kind, _subject, ent, ts, rec_text, exp_text, version, ingested in rows:
        record = json.loads(rec_text)
        item: dict[str, Any] = {
            "key": key,
            "kind": kind,
            "timestamp": _iso(ts),
            "enterprise_id": ent,
            "policy_version": version,
            "stored_at": _iso(ingested),
            "expires": {k: _iso(v) for k, v in sorted(json.loads(exp_text or "{}").items())},
            "record": record,
        }
        if dec is not None:
            plain, lost = [], []
            for path, env in Decryptor.find(record):
                with contextlib.suppress(DecryptionError):  # malformed: counted as undecryptable below
                    kids[Envelope.parse(env).kid] += 1
                text = try_decrypt(dec, env, record_key=key, path=path)
                if text is None:
                    lost.append(path)
                else:
                    plain.append({"path": path, "text": text})
            opened += len(plain)
            failed += len(lost)
            if plain:
                item["decrypted"] = plain
            if lost:
                item["undecryptable"] = lost
        records.append(item)
    holds = [
        {"id": h.id, "active": h.active, "since": _iso(h.created_ms), "released": _iso(h.released_ms)}
        for h in _holds_for(db, subjects, rows)
    ]
    access = _ledger_about(ledger, subjects)
    entry = ledger.append(
        "decrypt",
        at_ms=now_ms,
        actor=actor,
        reason=purpose,
        details={
            "operation": "subject-export",
            "source": "store",
            "records": len(records),
            "envelopes": opened,
            "failed": failed,
            "key_ids": sorted(kids),
            "decrypted": decrypt,
            "subjects": subjects,
        },
    )
    doc = {
        "format": FORMAT,
        "version": 1,
        "generated_at": _iso(now_ms),
        "purpose": purpose,
        "user_id": user_id,
        "subject_ids": subjects,
        "notes": NOTES,
        "counts": {
            "records": len(records),
            "decrypted": opened,
            "undecryptable": failed,
            "holds": len(holds),
            "ledger_entries": len(access),
        },
        "records": records,
        "legal_holds": holds,
        "access_log": access,
        "ledger_entry": {"seq": entry.seq, "hash": entry.hash},
    }
    return doc, entry


def list_subjects(db: Db, *, now_ms: int, only: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One row per subject id with stored records, an active hold naming it, or a refused erasure
    not yet carried out: records, first/last activity, holds, erasure pending, records overdue."""
    info: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"records": 0, "first": None, "last": None, "holds": set(), "erasure_pending": set(), "overdue": 0}
    )
    holds = Holds(db).list() if has_table(db, "holds") else []
    if has_table(db, "records"):
        for subject, ent, ts, exp_text in db.execute(
            "SELECT subject, enterprise_id, timestamp_ms, expiries FROM records WHERE subject IS NOT NULL"
        ):
            row = info[subject]
            row["records"] += 1
            if ts is not None:
                row["first"] = ts if row["first"] is None else min(row["first"], ts)
                row["last"] = ts if row["last"] is None else max(row["last"], ts)
            try:
                exp = json.loads(exp_text or "{}")
            except ValueError:
                exp = {}
            if any(isinstance(t, int) and t <= now_ms for t in exp.values()):
                row["overdue"] += 1
            for h in holds:
                if h.covers_record(subject, ent, ts):
                    row["holds"].add(h.id)
    for h in holds:
        for s in h.subjects or ():
            info[s]["holds"].add(h.id)
    if has_table(db, "ledger"):
        pending: dict[str, set[str]] = {}
        for e in Ledger(db, None).entries():
            named = [x for x in e.details.get("subjects", []) if isinstance(x, str)]
            if e.kind == "erase.refused":
                for s in named:
                    pending[s] = set(e.details.get("holds", []))
            elif e.kind == "erase":
                for s in named:
                    pending.pop(s, None)
        for s, hs in pending.items():
            info[s]["erasure_pending"] = hs
    out = []
    for s in sorted(info):
        if only is not None and s not in only:
            continue
        r = info[s]
        out.append(
            {
                "subject": s,
                "records": r["records"],
                "first": _iso(r["first"]),
                "last": _iso(r["last"]),
                "holds": sorted(r["holds"]),
                "erasure_pending": sorted(r["erasure_pending"]),
                "retention_overdue": r["overdue"],
            }
        )
    return out


def render_subjects(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return "no data subjects in the store"
    head = f"{'subject':<35} {'records':>7}  {'first':<10}  {'last':<10}  {'holds':<14} {'erasure':<16} overdue"
    lines = [head]
    for r in rows:
        pending = ("waiting on " + ",".join(r["erasure_pending"])) if r["erasure_pending"] else "-"
        lines.append(
            f"{r['subject']:<35} {r['records']:>7}  {(r['first'] or '-')[:10]:<10}  {(r['last'] or '-')[:10]:<10}  "
            f"{','.join(r['holds']) or '-':<14} {pending:<16} {r['retention_overdue']}"
        )
    n_hold = sum(1 for r in rows if r["holds"])
    n_pend = sum(1 for r in rows if r["erasure_pending"])
    lines.append(f"{len(rows)} subject(s); {n_hold} under legal hold; {n_pend} with an erasure waiting on a hold")
    return "\n".join(lines)
