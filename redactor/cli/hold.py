"""`redactor hold add|list|release`: legal holds by user, enterprise or time range."""

from __future__ import annotations

import datetime as dt
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
from redactor.retention.holds import Hold, Holds

hold_app = typer.Typer(
    help="Legal holds: what they cover is never deleted, stripped or shredded until released.",
    no_args_is_help=True,
)


def _iso(ms: int | None) -> str:
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _line(h: Hold) -> str:
    state = "active" if h.active else f"released {_iso(h.released_ms)} by {h.released_by}"
    return f"{h.id}  {h.describe()}  owner={h.owner}  reason={h.reason!r}  since {_iso(h.created_ms)}  {state}"


@hold_app.command("add")
def add_cmd(
    reason: Annotated[
        str,
        typer.Option(
            "--reason", help="Why (case, matter), recorded with the hold and in the ledger.", show_default=False
        ),
    ],
    owner: Annotated[str, typer.Option("--owner", help="Who owns the hold (a person or team).", show_default=False)],
    user: Annotated[
        str | None, typer.Option("--user", help="GitHub user id whose data is held.", show_default=False)
    ] = None,
    enterprise: Annotated[
        str | None, typer.Option("--enterprise", help="Enterprise id whose data is held.", show_default=False)
    ] = None,
    from_: Annotated[
        str | None,
        typer.Option(
            "--from", help="Start of the held time range (@timestamp), epoch ms or ISO 8601.", show_default=False
        ),
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="End of the held time range (exclusive).", show_default=False)
    ] = None,
    store: StoreOpt = DEFAULT_STORE,
    keyring: KeyringOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Place a legal hold. Criteria combine: --user 123 --from 2026-03-01 holds that user's March onwards.

    Example: redactor hold add --user 48151623 --reason "Case 2026-17" --owner legal@acme.example
    """
    ring = open_keyring(keyring)
    subjects = ring.subject_ids(user) if user is not None else None
    f = parse_time(from_, "--from") if from_ is not None else None
    t = parse_time(to, "--to") if to is not None else None
    db, ledger = open_evidence(store, ring)
    try:
        now = now_ms()
        h = Holds(db).add(
            subjects=subjects, enterprise_id=enterprise, from_ms=f, to_ms=t, reason=reason, owner=owner, now=now
        )
        ledger.append(
            "hold.add",
            at_ms=now,
            actor=actor_or_login(actor),
            reason=reason,
            details={
                "hold": h.id,
                "owner": owner,
                "subjects": list(subjects or []),
                "enterprise_id": enterprise,
                "from_ms": f,
                "to_ms": t,
            },
        )
    finally:
        db.close()
        ring.close()
    typer.echo(f"placed hold {h.id}: {h.describe()}")


@hold_app.command("list")
def list_cmd(
    all_: Annotated[bool, typer.Option("--all", help="Include released holds.")] = False,
    store: StoreOpt = DEFAULT_STORE,
    keyring: KeyringOpt = None,
) -> None:
    """List active holds (with --all, released ones too).

    Example: redactor hold list --all --store sqlite:///redactor.db
    """
    ring = open_keyring(keyring)
    db, _ = open_evidence(store, ring)
    try:
        holds = Holds(db).list(include_released=all_)
    finally:
        db.close()
        ring.close()
    if not holds:
        typer.echo("no holds" if all_ else "no active holds")
    for h in holds:
        typer.echo(_line(h))


@hold_app.command("release")
def release_cmd(
    hold_id: Annotated[str, typer.Argument(help="The hold id, e.g. H-0001.", show_default=False)],
    reason: Annotated[str, typer.Option("--reason", help="Why the hold ends (recorded).", show_default=False)],
    store: StoreOpt = DEFAULT_STORE,
    keyring: KeyringOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Release a hold. The next `retention enforce` catches up on what it kept.

    The hold id comes from `redactor hold add` or `redactor hold list`; the release is recorded
    in the ledger.

    Example: redactor hold release H-0001 --reason "Case 2026-17 closed"
    """
    ring = open_keyring(keyring)
    db, ledger = open_evidence(store, ring)
    try:
        who = actor_or_login(actor)
        now = now_ms()
        h = Holds(db).release(hold_id, by=who, reason=reason, now=now)
        ledger.append("hold.release", at_ms=now, actor=who, reason=reason, details={"hold": h.id})
    finally:
        db.close()
        ring.close()
    typer.echo(f"released hold {h.id}; the next `redactor retention enforce` catches up")


def register(app: typer.Typer) -> None:
    app.add_typer(hold_app, name="hold")
