"""``redactor erase --user ID``: shred a data subject's keys, delete their rows, certify it.

Keys first: once the subject's data keys are destroyed, every envelope made with them is
unreadable everywhere (forwarded copies, SIEMs, backups), even if deleting the rows fails
half-way. A subject under an active legal hold is not erased (a ``erase.refused`` ledger entry
says by which hold). Records encrypted under enterprise- or global-scoped keys are deleted from
the store but their exported copies stay decryptable: use ``key_scope: subject`` for personal data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from redactor.crypto.datakeys import DataKeyStore, labels_for_subjects
from redactor.errors import RedactorError
from redactor.ledger import Entry, Ledger
from redactor.retention.holds import HoldSet
from redactor.retention.store import SqlRecordStore


def refused(subject: str, holds: list[str]) -> RedactorError:
    """The error for an erasure blocked by holds: names the holds, never values."""
    return RedactorError(
        f"subject {subject} is under legal hold {', '.join(holds)}; nothing was erased. "
        "Release the hold (`redactor hold release ID`) and run the erasure again"
    )


@dataclass(slots=True)
class Certificate:
    """What was erased, when, under which policy version; printed for the requester's file."""

    subjects: list[str]
    at_ms: int
    policy_version: str | None
    records_deleted: int
    keys_destroyed: list[str]
    actor: str
    reason: str
    dry_run: bool = False
    placeholders_deleted: int = 0
    ledger_entry: Entry | None = field(default=None)

    def text(self) -> str:
        when = dt.datetime.fromtimestamp(self.at_ms / 1000, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        title = "ERASURE CERTIFICATE" + (" (DRY RUN: nothing was changed)" if self.dry_run else "")
        lines = [
            title,
            f"subject ids:          {', '.join(self.subjects)}",
            f"erased at:            {when} ({self.at_ms})",
            f"policy version:       {self.policy_version or 'unknown'}",
            f"records deleted:      {self.records_deleted}",
            f"data keys destroyed:  {len(self.keys_destroyed)}"
            + (f" ({', '.join(self.keys_destroyed)})" if self.keys_destroyed else ""),
            "encrypted copies:     every field encrypted under these keys, in any copy, can no longer be decrypted",
            f"placeholder mappings: {self.placeholders_deleted} deleted",
            f"performed by:         {self.actor}",
            f"reason:               {self.reason}",
        ]
        if self.ledger_entry is not None:
            e = self.ledger_entry
            lines.append(f"ledger entry:         #{e.seq} {e.hash}")
            lines.append(f"verify with:          redactor ledger verify --head {e.seq}:{e.hash}")
        return "\n".join(lines)


def erase(
    subjects: list[str],
    *,
    store: SqlRecordStore,
    datakeys: DataKeyStore | None,
    holds: HoldSet,
    now: int,
    actor: str,
    reason: str,
    policy_version: str | None = None,
    ledger: Ledger | None = None,
    dry_run: bool = False,
    placeholder_scopes: Sequence[str] = (),
) -> Certificate:
    """Erase one data subject, given their subject ids under every subject key
    (`Keyring.subject_ids`). Raises RedactorError (exit 1) under an active hold.

    `placeholder_scopes` names the subject's placeholder-numbering scopes (e.g. ``user:<id>``);
    they are deleted with the records' own ``record:<key>`` scopes."""
    held = holds.holding_subjects(subjects)
    if held:
        if ledger is not None and not dry_run:
            ledger.append(
                "erase.refused",
                at_ms=now,
                actor=actor,
                reason=reason,
                policy_version=policy_version,
                details={"subjects": subjects, "holds": held},
            )
        raise refused(subjects[0], held)
    rows = list(labels_for_subjects(datakeys.rows(live_only=True), subjects)) if datakeys else []
    kids = [r.kid for r in rows]
    if dry_run:
        return Certificate(
            subjects, now, policy_version, store.count_subjects(subjects), kids, actor, reason, dry_run=True
        )
    if datakeys is not None and kids:
        datakeys.destroy(kids, now=now, reason="erasure")
    keys = store.keys_of(subjects)
    deleted = store.delete_subjects(subjects)
    mappings = store.delete_placeholder_scopes([*placeholder_scopes, *(f"record:{k}" for k in keys)])
    cert = Certificate(subjects, now, policy_version, deleted, kids, actor, reason, placeholders_deleted=mappings)
    if ledger is not None:
        cert.ledger_entry = ledger.append(
            "erase",
            at_ms=now,
            actor=actor,
            reason=reason,
            policy_version=policy_version,
            details={
                "subjects": subjects,
                "records_deleted": deleted,
                "keys_destroyed": kids,
                "placeholder_mappings_deleted": mappings,
            },
        )
    return cert
