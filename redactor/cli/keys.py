"""`redactor keys init|list|rotate|rewrap`: manage the keyring and the data keys it wraps."""

from __future__ import annotations

import datetime as dt
import os
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
from redactor.crypto.envelope import DataKeys
from redactor.crypto.keyring import ENV_KEY, PURPOSES, Keyring, open_keyring
from redactor.crypto.kms import KmsBackend
from redactor.errors import ConfigError, KeyError_

keys_app = typer.Typer(
    help="The keyring (kek, pseudonym, subject, cache and ledger keys) and the data keys it wraps.",
    no_args_is_help=True,
)

KmsKeyOpt = Annotated[
    str | None,
    typer.Option(
        "--kms-key-id", help="Wrap the keyring's keys with this AWS KMS key (id, ARN or alias/...).", show_default=False
    ),
]
KmsRegionOpt = Annotated[
    str | None, typer.Option("--kms-region", help="AWS region of the KMS key.", show_default=False)
]
KmsEndpointOpt = Annotated[
    str | None,
    typer.Option(
        "--kms-endpoint", help="KMS endpoint URL (a VPC endpoint or a local test server).", show_default=False
    ),
]


def _iso(ms: int | None) -> str:
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _kms(key_id: str | None, region: str | None, endpoint: str | None) -> KmsBackend | None:
    if key_id is None:
        if region or endpoint:
            raise ConfigError("--kms-region and --kms-endpoint need --kms-key-id")
        return None
    from redactor.crypto.kms_aws import AwsKms

    return AwsKms(key_id, region=region, endpoint_url=endpoint)


def _record(store: str, ring: Keyring, kind: str, actor: str | None, details: dict[str, object]) -> None:
    """Write a ledger entry when the store exists; say so when it does not."""
    if store.startswith("sqlite:///") and not Path(store.removeprefix("sqlite:///")).exists():
        typer.echo(f"note: no store at {store}; this change is not recorded in a ledger", err=True)
        return
    db, ledger = open_evidence(store, ring)
    try:
        ledger.append(kind, at_ms=now_ms(), actor=actor_or_login(actor), reason=kind, details=details)
    finally:
        db.close()


@keys_app.command("init")
def init_cmd(
    keyring: KeyringOpt = None,
    kms_key_id: KmsKeyOpt = None,
    kms_region: KmsRegionOpt = None,
    kms_endpoint: KmsEndpointOpt = None,
) -> None:
    """Create a new keyring file (mode 0600) with one key per purpose.

    Examples:

      redactor keys init

      redactor keys init --keyring /etc/redactor/keyring.json --kms-key-id alias/redactor
    """
    if keyring is None and os.environ.get(ENV_KEY):
        raise KeyError_(f"keys come from ${ENV_KEY}; there is no keyring file to create (unset it or pass --keyring)")
    kms = _kms(kms_key_id, kms_region, kms_endpoint)
    try:
        ring = open_keyring(keyring, env={k: v for k, v in os.environ.items() if k != ENV_KEY})
    except KeyError_ as e:
        if "no keyring" not in str(e):
            raise
    else:
        raise KeyError_(f"{ring.source}: a keyring already exists; use `redactor keys rotate` to add keys")
    ring = open_keyring(
        keyring, env={k: v for k, v in os.environ.items() if k != ENV_KEY}, create=True, now=now_ms(), kms=kms
    )
    ids = ", ".join(i.id for i in ring.infos())
    wrapped = f" (keys wrapped by AWS KMS key {kms_key_id})" if kms else ""
    typer.echo(f"created keyring {ring.source} (mode 0600){wrapped} with keys: {ids}")
    typer.echo(f"data keys will be stored in {ring.datakeys_uri}")
    typer.echo("keep the keyring and data keys private and backed up apart from the data")


@keys_app.command("list")
def list_cmd(
    keyring: KeyringOpt = None,
    data_keys: Annotated[
        bool, typer.Option("--data-keys", help="Also list every data key (ids, scope, period, state).")
    ] = False,
) -> None:
    """List key ids, purposes and ages (never key material).

    Example: redactor keys list --keyring /etc/redactor/keyring.json --data-keys
    """
    ring = open_keyring(keyring)
    newest = {p: ring.newest(p)[0] for p in PURPOSES if any(i.purpose == p for i in ring.infos())}
    typer.echo(f"keyring {ring.source}")
    typer.echo(f"{'ID':<24} {'PURPOSE':<10} {'CREATED':<21} SOURCE")
    for i in ring.infos():
        mark = "  newest" if newest.get(i.purpose) == i.id else ""
        typer.echo(f"{i.id:<24} {i.purpose:<10} {_iso(i.created_ms):<21} {i.source}{mark}")
    rows = list(ring.datakeys.rows())
    live = sum(1 for r in rows if r.live)
    typer.echo(f"data keys: {live} live, {len(rows) - live} destroyed ({ring.datakeys_uri})")
    if data_keys:
        for r in rows:
            lb = r.label
            state = "live" if r.live else f"destroyed {_iso(r.destroyed_ms)} ({r.destroyed_reason})"
            typer.echo(
                f"{r.kid}  rule={lb.rule} scope={lb.scope}:{lb.scope_id or '-'} period={lb.period} "
                f"destroy_after={_iso(r.destroy_after_ms)} {state}"
            )
    ring.close()


@keys_app.command("rotate")
def rotate_cmd(
    purpose: Annotated[
        str, typer.Option("--purpose", help=f"Which key to rotate: {', '.join(PURPOSES)} or all.", show_default=False)
    ],
    keyring: KeyringOpt = None,
    store: StoreOpt = DEFAULT_STORE,
    actor: ActorOpt = None,
) -> None:
    """Add a new newest key; new work uses it, old keys stay for reading (no downtime).

    Rotating kek: run `redactor keys rewrap` afterwards to move data keys to the new kek.
    Rotating pseudonym or subject changes the pseudonyms of new records (erasure still finds
    the old ones). The rotation is recorded in the store's ledger.

    Example: redactor keys rotate --purpose kek && redactor keys rewrap
    """
    targets = list(PURPOSES) if purpose == "all" else [purpose]
    if any(p not in PURPOSES for p in targets):
        raise ConfigError(f"--purpose must be one of {', '.join(PURPOSES)} or all (got {purpose!r})")
    ring = open_keyring(keyring)
    now = now_ms()
    made = [ring.rotate(p, now=now).id for p in targets]
    for kid in made:
        typer.echo(f"added {kid} (newest; older keys kept for reading)")
    if "kek" in targets:
        typer.echo("next: `redactor keys rewrap` re-wraps the data keys under the new kek")
    _record(store, ring, "keys.rotate", actor, {"added": made})
    ring.close()


@keys_app.command("rewrap")
def rewrap_cmd(
    keyring: KeyringOpt = None,
    kms_key_id: KmsKeyOpt = None,
    kms_region: KmsRegionOpt = None,
    kms_endpoint: KmsEndpointOpt = None,
    store: StoreOpt = DEFAULT_STORE,
    actor: ActorOpt = None,
) -> None:
    """Re-wrap every live data key under the newest kek (after `keys rotate --purpose kek`).

    With --kms-key-id, first re-wrap the keyring file's own keys under that KMS key (moving a
    plain keyring to KMS, or from one KMS key to another). Recorded in the store's ledger.

    Example: redactor keys rewrap --kms-key-id alias/redactor --store sqlite:///redactor.db
    """
    ring = open_keyring(keyring)
    details: dict[str, object] = {}
    kms = _kms(kms_key_id, kms_region, kms_endpoint)
    if kms is not None:
        ring.set_kms(kms)
        typer.echo(f"re-wrapped the keyring's keys under AWS KMS key {kms_key_id}")
        details["kms_key_id"] = kms_key_id
    n, kek_id = DataKeys(ring).rewrap()
    typer.echo(f"re-wrapped {n} data key(s) under {kek_id}")
    details.update({"data_keys_rewrapped": n, "kek": kek_id})
    _record(store, ring, "keys.rewrap", actor, details)
    ring.close()


def register(app: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")
