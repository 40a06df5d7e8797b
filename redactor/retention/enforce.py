"""``redactor retention enforce``: apply the stamped expiries to a store, respecting holds.

For each record with a deadline at or before `now`:

- ``record:<class>`` due: the record is deleted;
- ``field:<class>`` due: that class's text fields (under the current policy's field rules)
  become ``[EXPIRED]``;
- ``encrypted:<rule>`` due: the envelopes made under that rule are removed (sidecar entries
  deleted, envelopes in text, whole-field ones included, replaced by ``[EXPIRED]``).

Records covered by an active hold are skipped and reported by hold id; they catch up at the
first run after release. Then every data key whose ``destroy_after`` has passed is destroyed
unless a hold covers it. A run writes one ``retention.enforce`` ledger entry (not a dry run).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from redactor.crypto.datakeys import DataKeyStore
from redactor.crypto.envelope import ENVELOPE_RE
from redactor.crypto.stage import RECORD_KEY_FIELD, SIDECAR
from redactor.ledger import Entry, Ledger
from redactor.policy.retention import RetentionPolicy
from redactor.retention.holds import HoldSet
from redactor.retention.stamp import ENCRYPTED, FIELD, RECORD, STRIPPED, strip_class
from redactor.retention.store import RecordStore

EXPIRED_TOKEN = STRIPPED


@dataclass(slots=True)
class EnforcementReport:
    """Counts only: by class, rule, hold id and data key id."""

    now: int
    dry_run: bool
    records_deleted: Counter[str] = field(default_factory=Counter)  # class -> records
    fields_stripped: Counter[str] = field(default_factory=Counter)  # class -> fields
    envelopes_removed: Counter[str] = field(default_factory=Counter)  # rule -> envelopes
    records_held: Counter[str] = field(default_factory=Counter)  # hold id -> records skipped
    keys_destroyed: list[str] = field(default_factory=list)
    keys_held: Counter[str] = field(default_factory=Counter)  # hold id -> keys kept
    unknown_classes: Counter[str] = field(default_factory=Counter)  # stamps left in place
    ledger_entry: Entry | None = None

    def details(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "records_deleted": dict(self.records_deleted),
            "fields_stripped": dict(self.fields_stripped),
            "envelopes_removed": dict(self.envelopes_removed),
            "records_held": dict(self.records_held),
            "keys_destroyed": list(self.keys_destroyed),
            "keys_held": dict(self.keys_held),
            "unknown_classes": dict(self.unknown_classes),
        }

    def lines(self) -> list[str]:
        """A human summary (no values)."""
        d = self.dry_run
        out = [
            f"records {'to delete' if d else 'deleted'}: {sum(self.records_deleted.values())}"
            + _by(self.records_deleted),
            f"fields {'to strip' if d else 'stripped'}: {sum(self.fields_stripped.values())}"
            + _by(self.fields_stripped),
            f"envelopes {'to remove' if d else 'removed'}: {sum(self.envelopes_removed.values())}"
            + _by(self.envelopes_removed),
            f"data keys {'to destroy' if d else 'destroyed'}: {len(self.keys_destroyed)}",
        ]
        for hold, n in sorted(self.records_held.items()):
            out.append(f"skipped {n} record(s) under legal hold {hold}")
        for hold, n in sorted(self.keys_held.items()):
            out.append(f"kept {n} data key(s) under legal hold {hold}")
        for stamp, n in sorted(self.unknown_classes.items()):
            out.append(f"left {n} record(s) with {stamp}: the policy no longer defines it")
        return out


def _by(c: Counter[str]) -> str:
    return f" ({', '.join(f'{k}: {v}' for k, v in sorted(c.items()))})" if c else ""


class _RuleOfKey:
    """kid -> encryption rule name, via the data-key store (cached)."""

    def __init__(self, store: DataKeyStore | None) -> None:
        self.store = store
        self.cache: dict[str, str | None] = {}

    def __call__(self, kid: str) -> str | None:
        if kid not in self.cache:
            row = self.store.get(kid) if self.store is not None else None
            self.cache[kid] = row.label.rule if row is not None else None
        return self.cache[kid]


def remove_envelopes(record: dict[str, Any], rule: str, rule_of: _RuleOfKey) -> int:
    """Remove the envelopes of one encryption rule from a record in place; return the count.

    Sidecar entries are deleted; envelopes in text become ``[EXPIRED]``. Envelope tokens are
    JSON-safe, so they are replaced where they stand in every string (also inside the raw
    ``body`` string), leaving every other byte alone.
    """
    n = 0
    side = record.get(SIDECAR)
    if isinstance(side, dict):
        for key in [k for k, v in side.items() if k != RECORD_KEY_FIELD and isinstance(v, str)]:
            m = ENVELOPE_RE.fullmatch(side[key])
            if m and rule_of(m.group(2)) == rule:
                del side[key]
                n += 1
        if not [k for k in side if k != RECORD_KEY_FIELD]:
            del record[SIDECAR]

    def sub(m: re.Match[str]) -> str:
        nonlocal n
        if rule_of(m.group(2)) == rule:
            n += 1
            return EXPIRED_TOKEN
        return m.group(0)

    def visit(node: Any) -> Any:
        if isinstance(node, str):
            return ENVELOPE_RE.sub(sub, node) if "rdx1." in node else node
        if isinstance(node, dict):
            for k in list(node):
                if not (node is record and k == SIDECAR):
                    node[k] = visit(node[k])
        elif isinstance(node, list):
            for i, v in enumerate(node):
                node[i] = visit(v)
        return node

    visit(record)
    return n


def enforce(
    *,
    policy: RetentionPolicy,
    store: RecordStore,
    holds: HoldSet,
    datakeys: DataKeyStore | None,
    now: int,
    dry_run: bool = False,
    ledger: Ledger | None = None,
    actor: str = "redactor",
    reason: str = "scheduled retention",
    policy_version: str | None = None,
) -> EnforcementReport:
    """Apply due expiries and destroy due data keys. See the module docstring."""
    rep = EnforcementReport(now=now, dry_run=dry_run)
    rule_of = _RuleOfKey(datakeys)
    to_delete: list[str] = []
    for rec in store.scan(with_expiries=True):
        due = sorted(k for k, t in rec.expiries.items() if t <= now)
        if not due:
            continue
        held = holds.holding_record(rec.subject, rec.enterprise_id, rec.timestamp_ms)
        if held:
            for h in held:
                rep.records_held[h] += 1
            continue
        record_due = [k for k in due if k.startswith(RECORD)]
        if record_due:
            rep.records_deleted[record_due[0].removeprefix(RECORD)] += 1
            to_delete.append(rec.key)
            continue
        remaining = dict(rec.expiries)
        changed = False
        for stamp in due:
            if stamp.startswith(FIELD):
                cls = stamp.removeprefix(FIELD)
                if cls not in policy.classes:
                    rep.unknown_classes[stamp] += 1
                    continue
                rep.fields_stripped[cls] += strip_class(policy, rec.record, cls)
            elif stamp.startswith(ENCRYPTED):
                rule = stamp.removeprefix(ENCRYPTED)
                rep.envelopes_removed[rule] += remove_envelopes(rec.record, rule, rule_of)
            else:
                rep.unknown_classes[stamp] += 1
                continue
            del remaining[stamp]
            changed = True
        if changed and not dry_run:
            store.update(rec.key, rec.record, remaining)
    if to_delete and not dry_run:
        store.delete(to_delete)

    if datakeys is not None:
        due_keys = []
        for row in datakeys.rows(live_only=True):
            if row.destroy_after_ms is None or row.destroy_after_ms > now:
                continue
            held = holds.holding_key(row)
            if held:
                for h in held:
                    rep.keys_held[h] += 1
                continue
            due_keys.append(row.kid)
        rep.keys_destroyed = due_keys
        if due_keys and not dry_run:
            datakeys.destroy(due_keys, now=now, reason="retention")

    if ledger is not None and not dry_run:
        rep.ledger_entry = ledger.append(
            "retention.enforce",
            at_ms=now,
            actor=actor,
            reason=reason,
            policy_version=policy_version,
            details=rep.details(),
        )
    return rep
