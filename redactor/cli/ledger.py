"""`redactor ledger verify|show`, plus the options and helpers every evidence-writing command
shares (store URI, actor, time parsing). The clock is read only through `common.now_ms`."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import re
from pathlib import Path
from typing import Annotated

import typer

from redactor.cli.common import KEYRING_OPT
from redactor.crypto.keyring import Keyring, open_keyring
from redactor.errors import ConfigError
from redactor.ledger import Ledger
from redactor.retention.db import Db, open_db

DEFAULT_STORE = "sqlite:///redactor.db"
"""The same default as `redactor run --output`."""

StoreOpt = Annotated[
    str,
    typer.Option(
        "--store", "-s", help="The store: sqlite:///path.db or a postgresql:// DSN (the ledger lives in it too)."
    ),
]
ActorOpt = Annotated[
    str | None,
    typer.Option(
        "--actor", help="Who is doing this (recorded in the ledger). Default: the login name.", show_default=False
    ),
]
KeyringOpt = Annotated[Path | None, KEYRING_OPT]


def actor_or_login(actor: str | None) -> str:
    """The --actor value, else the login name (read only at the CLI edge)."""
    if actor:
        return actor
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_time(text: str, option: str) -> int:
    """Epoch ms (digits), or an ISO 8601 date or date-time (UTC unless it says otherwise)."""
    t = text.strip()
    if t.isdigit():
        return int(t)
    try:
        if _ISO_DATE.match(t):
            d = dt.datetime.strptime(t, "%Y-%m-%d").replace(tzinfo=dt.UTC)
        else:
            d = dt.datetime.fromisoformat(t.replace("Z", "+00:00"))
            if d.tzinfo is None:
                d = d.replace(tzinfo=dt.UTC)
    except ValueError:
        raise ConfigError(
            f"{option}: expected epoch milliseconds or an ISO 8601 date/time like 2026-07-08 or "
            f"2026-07-08T12:00:00Z (got {text!r})"
        ) from None
    return int(d.timestamp() * 1000)


def open_store_db(store: str) -> Db:
    """The store's database; for SQLite the file must already exist (nothing to act on otherwise)."""
    if store.startswith("sqlite:///"):
        path = Path(store.removeprefix("sqlite:///"))
        if not path.exists():
            raise ConfigError(f"{path}: no such store; write one with `redactor run -o {store}`, or pass --store")
        return open_db(store)
    if store.startswith(("postgresql://", "postgres://")) or "host=" in store or "dbname=" in store:
        return open_db(store)
    raise ConfigError(f"--store must be sqlite:///path.db or a postgresql:// DSN (got {store!r})")


def open_evidence(store: str, keyring: Keyring) -> tuple[Db, Ledger]:
    """The store database and its ledger (keyed with the keyring's ledger key)."""
    db = open_store_db(store)
    return db, Ledger(db, keyring)


ledger_app = typer.Typer(
    help="The evidence ledger: what was enforced, erased, held and decrypted (never values).",
    no_args_is_help=True,
)


@ledger_app.command("verify")
def verify_cmd(
    store: StoreOpt = DEFAULT_STORE,
    keyring: KeyringOpt = None,
    head: Annotated[
        str | None,
        typer.Option(
            "--head",
            help=(
                "A head recorded earlier, SEQ:HASH (from a certificate or an earlier verify); "
                "fails if it is no longer in the chain."
            ),
            show_default=False,
        ),
    ] = None,
    chain_only: Annotated[
        bool, typer.Option("--chain-only", help="Check hashes and links without the keyring (MACs not checked).")
    ] = False,
) -> None:
    """Check that no ledger entry was altered, removed or reordered.

    Exit code 0 when intact, 7 when a problem is found (each is listed).

    Example: redactor ledger verify --store sqlite:///redactor.db
    """
    expect = None
    if head is not None:
        seq, sep, h = head.partition(":")
        if not sep or not seq.isdigit() or not re.fullmatch(r"[0-9a-f]{64}", h):
            raise ConfigError(f"--head: expected SEQ:HASH with a 64-character hex hash (got {head!r})")
        expect = (int(seq), h)
    ring = None if chain_only else open_keyring(keyring)
    db = open_store_db(store)
    v = Ledger(db, ring).verify(expect_head=expect, check_macs=not chain_only)
    db.close()
    for p in v.problems:
        typer.echo(f"problem: {p}", err=True)
    if not v.ok:
        typer.echo(f"ledger: NOT intact: {len(v.problems)} problem(s) in {v.count} entries", err=True)
        raise typer.Exit(7)
    macs = "hashes, links and MACs" if v.macs_checked else "hashes and links (MACs not checked)"
    typer.echo(f"ledger: intact: {v.count} entries; {macs} verified")
    typer.echo(f"head: {v.head_seq}:{v.head_hash}")


@ledger_app.command("show")
def show_cmd(
    store: StoreOpt = DEFAULT_STORE,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only entries of this kind, e.g. erase, decrypt.", show_default=False)
    ] = None,
) -> None:
    """Print ledger entries as JSON lines (counts, ids, who, why; never values).

    Example: redactor ledger show --store sqlite:///redactor.db --kind erase
    """
    db = open_store_db(store)
    try:
        for e in Ledger(db, None).entries(kind=kind):
            typer.echo(
                json.dumps(
                    {
                        "seq": e.seq,
                        "at_ms": e.at_ms,
                        "kind": e.kind,
                        "actor": e.actor,
                        "reason": e.reason,
                        "policy_version": e.policy_version,
                        "details": e.details,
                        "hash": e.hash,
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                )
            )
    finally:
        db.close()


def register(app: typer.Typer) -> None:
    app.add_typer(ledger_app, name="ledger")


__all__ = [
    "DEFAULT_STORE",
    "ActorOpt",
    "KeyringOpt",
    "StoreOpt",
    "actor_or_login",
    "open_evidence",
    "open_store_db",
    "parse_time",
    "register",
]
