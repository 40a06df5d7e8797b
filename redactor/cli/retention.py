"""`redactor retention enforce`: delete and strip what has expired, destroy expired data keys."""

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
    parse_time,
)
from redactor.crypto.keyring import open_keyring
from redactor.policy import load_policy, policy_version
from redactor.retention.enforce import enforce
from redactor.retention.holds import Holds
from redactor.retention.store import SqlRecordStore

retention_app = typer.Typer(
    help="Retention: enforce the policy's retention classes over a store.", no_args_is_help=True
)


@retention_app.command("enforce")
def enforce_cmd(
    policy: Annotated[
        Path, typer.Option("--policy", "-p", help="Policy YAML file (its retention section).", show_default=False)
    ],
    store: StoreOpt = DEFAULT_STORE,
    now: Annotated[
        str | None,
        typer.Option(
            "--now", help="Act as if it were this time: epoch ms or ISO 8601 (default: the clock).", show_default=False
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report what would be done; change nothing, write no ledger entry.")
    ] = False,
    keyring: KeyringOpt = None,
    actor: ActorOpt = None,
    reason: Annotated[str, typer.Option("--reason", help="Recorded in the ledger.")] = "scheduled retention",
) -> None:
    """Delete expired records, strip expired fields, remove expired envelopes, and destroy data
    keys whose period has passed keep_for, skipping everything under a legal hold.

    Examples:

      redactor retention enforce -p policies/default.yaml --dry-run

      redactor retention enforce -p policies/default.yaml --store sqlite:///redactor.db --now 2026-08-01
    """
    pol = load_policy(policy)
    t = parse_time(now, "--now") if now is not None else now_ms()
    ring = open_keyring(keyring)
    db, ledger = open_evidence(store, ring)
    try:
        rep = enforce(
            policy=pol.retention,
            store=SqlRecordStore(db),
            holds=Holds(db).active(),
            datakeys=ring.datakeys,
            now=t,
            dry_run=dry_run,
            ledger=ledger,
            actor=actor_or_login(actor),
            reason=reason,
            policy_version=policy_version(pol),
        )
    finally:
        db.close()
        ring.close()
    if dry_run:
        typer.echo("dry run: nothing was changed")
    for line in rep.lines():
        typer.echo(line)
    if rep.ledger_entry is not None:
        typer.echo(f"ledger entry #{rep.ledger_entry.seq}")


def register(app: typer.Typer) -> None:
    app.add_typer(retention_app, name="retention")
