"""`redactor erase --user ID`: shred a data subject's keys, delete their rows, print a certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from redactor.cli.common import now_ms
from redactor.cli.ledger import (
    DEFAULT_STORE,
    ActorOpt,
    KeyringOpt,
    StoreOpt,
    actor_or_login,
    open_evidence,
)
from redactor.crypto.keyring import open_keyring
from redactor.policy import load_policy, policy_version
from redactor.retention.erase import erase
from redactor.retention.holds import Holds
from redactor.retention.store import SqlRecordStore


def erase_cmd(
    user: Annotated[str, typer.Option("--user", help="The GitHub user id (user_id) to erase.", show_default=False)],
    reason: Annotated[
        str, typer.Option("--reason", help="Why, e.g. the request reference (recorded).")
    ] = "data subject erasure request",
    policy: Annotated[
        Path | None,
        typer.Option(
            "--policy", "-p", help="The policy in force (its version goes on the certificate).", show_default=False
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be erased; change nothing.")] = False,
    store: StoreOpt = DEFAULT_STORE,
    keyring: KeyringOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Erase one data subject: shred their data keys, delete their records, print a certificate.

    Destroying the data keys makes every encrypted copy anywhere unreadable (forwarded,
    exported, backed up). The erasure is recorded in the ledger.

    Refused (exit 1) while a legal hold covers the subject.

    Example: redactor erase --user 48151623 --reason "DSR-2026-0042" -p policies/default.yaml
    """
    version = policy_version(load_policy(policy)) if policy is not None else None
    ring = open_keyring(keyring)
    db, ledger = open_evidence(store, ring)
    try:
        subjects = ring.subject_ids(user)
        cert = erase(
            subjects,
            store=SqlRecordStore(db),
            datakeys=ring.datakeys,
            holds=Holds(db).active(),
            now=now_ms(),
            actor=actor_or_login(actor),
            reason=reason,
            policy_version=version,
            ledger=ledger,
            dry_run=dry_run,
            placeholder_scopes=[f"user:{user}", *(f"user:{s}" for s in subjects)],
        )
    finally:
        db.close()
        ring.close()
    typer.echo(cert.text())


def register(app: typer.Typer) -> None:
    app.command("erase")(erase_cmd)
