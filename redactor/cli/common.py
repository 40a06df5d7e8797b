"""Helpers shared by CLI commands: the keyring, the pipeline, the clock (read only here)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from redactor.crypto.keyring import Keyring, open_keyring
from redactor.errors import KeyError_
from redactor.policy import Policy

if TYPE_CHECKING:
    from redactor.pipeline import Pipeline

POLICY_OPT = typer.Option(..., "--policy", "-p", help="Policy YAML file (see policies/).", show_default=False)
KEYRING_OPT = typer.Option(
    "--keyring",
    help=(
        "Keyring file. Default: $REDACTOR_KEYRING_KEY (keys in the environment), else $REDACTOR_KEYRING, "
        "else ./.redactor/keyring.json."
    ),
    show_default=False,
)


def now_ms() -> int:
    """The only place the CLI reads the wall clock."""
    return int(time.time() * 1000)


def err(msg: str) -> None:
    typer.echo(msg, err=True)


def keyring_for_run(path: Path | None, *, create: bool = True) -> Keyring:
    """Open the keyring; on first use create the default local one (0600) and say so."""
    try:
        return open_keyring(path)
    except KeyError_ as e:
        if not create or "no keyring" not in str(e):
            raise
        ring = open_keyring(path, create=True, now=now_ms())
        err(f"note: created a new keyring at {ring.source} (keep it private; back it up)")
        return ring


def build_pipeline(
    policy: Policy, ring: Keyring, *, sink: object | None = None, engine: Any = None, batch_size: int = 64
) -> Pipeline:
    """The pipeline every command runs: the keyring's pseudonym key and subject ids, its data keys
    for encryption, the wall clock for retention, and the sink's placeholder table if it has one
    (so numbering stays consistent across runs)."""
    from redactor.pipeline import Pipeline

    _, key = ring.hmac_key("pseudonym")
    backend = sink if hasattr(sink, "load_placeholders") else None
    return Pipeline(
        policy,
        key=key,
        engine=engine,
        vault_backend=backend,  # type: ignore[arg-type]
        subject_of=ring.subject_id,
        keyring=ring,
        now_ms=now_ms,
        batch_size=batch_size,
    )


def stderr_is_tty() -> bool:
    return sys.stderr.isatty()
