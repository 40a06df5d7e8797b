"""Helpers shared by CLI commands: the keyring, the pipeline, the clock (read only here)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer

from redactor.crypto.keyring import Keyring, open_keyring
from redactor.errors import KeyError_
from redactor.policy import Policy, load_policy

POLICY_OPT = typer.Option(..., "--policy", "-p", help="Policy YAML file (see policies/).", show_default=False)
KEYRING_OPT = typer.Option(
    "--keyring",
    help="Keyring file. Default: $REDACTOR_KEYRING_KEY (keys in the environment), else $REDACTOR_KEYRING, else ./.redactor/keyring.json.",
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


def policy_arg(path: Path) -> Policy:
    return load_policy(path)


def stderr_is_tty() -> bool:
    return sys.stderr.isatty()
