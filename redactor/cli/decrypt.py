"""`redactor decrypt --purpose "..."`: open encrypted fields, recorded in the ledger first."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

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
from redactor.crypto.envelope import Envelope
from redactor.crypto.keyring import open_keyring
from redactor.crypto.stage import Decryptor, record_key_of
from redactor.errors import ConfigError, DecryptionError
from redactor.retention.paths import Pattern, parse_concrete
from redactor.retention.store import SqlRecordStore


def _from_store(
    store: SqlRecordStore, keys: list[str], subjects: list[str]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    if subjects:
        for rec in store.by_subjects(subjects):
            if not keys or rec.key in keys:
                yield f"key {rec.key}", rec.key, rec.record
        return
    for k in keys:
        rows = store.db.execute("SELECT key, record FROM records WHERE key = ?", (k,))
        if not rows:
            raise ConfigError(f"no record with key {k!r} in the store")
        yield f"key {k}", k, json.loads(rows[0][1])


def _from_file(path: Path, keys: list[str]) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    try:
        f = path.open(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror})") from None
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                raise ConfigError(f"{path}:{n}: not a JSON record") from None
            if not isinstance(rec, dict):
                raise ConfigError(f"{path}:{n}: not a JSON object")
            key = record_key_of(rec)
            if keys and key not in keys:
                continue
            yield f"{path}:{n}", key, rec


def decrypt_cmd(
    purpose: Annotated[
        str,
        typer.Option(
            "--purpose",
            help="Why (recorded in the ledger before anything is shown), e.g. 'incident INC-2041'.",
            show_default=False,
        ),
    ],
    key: Annotated[
        list[str] | None, typer.Option("--key", "-k", help="Record key(s) to decrypt (repeatable).", show_default=False)
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="Every record of this GitHub user id.", show_default=False)
    ] = None,
    input_file: Annotated[
        Path | None,
        typer.Option(
            "--input",
            "-i",
            help="Decrypt exported records (JSON lines) instead of reading the store.",
            show_default=False,
        ),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            "-f",
            help="Only fields matching these path patterns, e.g. 'body.messages[*].content'.",
            show_default=False,
        ),
    ] = None,
    store: StoreOpt = DEFAULT_STORE,
    keyring: KeyringOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Decrypt encrypted fields and print them as JSON lines {key, path, kid, text}.

    Every run is recorded in the ledger (purpose, who, record and envelope counts, key ids)
    before anything is printed. Fields whose data key was destroyed (erasure, retention) cannot
    be decrypted: each failure is counted and the exit code is 4.

    Examples:

      redactor decrypt --purpose "incident INC-2041" --key 0e6f2c1a-3b7d-4c59-9a1e-5f0b8d2c7e41

      redactor decrypt --purpose "audit" --input siem-export.jsonl --field 'body.messages[*].content'
    """
    if not purpose.strip():
        raise ConfigError("--purpose must say why (it is recorded in the ledger)")
    keys = list(key or [])
    if not keys and user is None and input_file is None:
        raise ConfigError("say what to decrypt: --key, --user or --input")
    if input_file is not None and user is not None:
        raise ConfigError("--user selects records in the store; with --input select by --key")
    try:
        patterns = [Pattern.parse(p) for p in field or []]
    except ValueError as e:
        raise ConfigError(f"--field: {e}") from None
    ring = open_keyring(keyring)
    db, ledger = open_evidence(store, ring)
    try:
        subjects = ring.subject_ids(user) if user is not None else []
        source = (
            _from_file(input_file, keys) if input_file is not None else _from_store(SqlRecordStore(db), keys, subjects)
        )
        dec = Decryptor(ring)
        out: list[dict[str, str]] = []
        failures: list[str] = []
        kids: Counter[str] = Counter()
        records = 0
        for where, rkey, rec in source:
            records += 1
            for path, env in Decryptor.find(rec):
                if patterns and not any(p.matches(parse_concrete(path)) for p in patterns):
                    continue
                try:
                    kid = Envelope.parse(env).kid
                    kids[kid] += 1
                    if rkey is None:
                        raise DecryptionError()
                    text = dec.decrypt(env, record_key=rkey, path=path)
                except DecryptionError:
                    failures.append(f"{where} {path}")
                    continue
                out.append({"key": rkey or "", "path": path, "kid": kid, "text": text})
        ledger.append(
            "decrypt",
            at_ms=now_ms(),
            actor=actor_or_login(actor),
            reason=purpose,
            details={
                "records": records,
                "envelopes": len(out),
                "failed": len(failures),
                "key_ids": sorted(kids),
                "source": "file" if input_file else "store",
                "subjects": subjects,
            },
        )
    finally:
        db.close()
        ring.close()
    for item in out:
        typer.echo(json.dumps(item, ensure_ascii=False))
    if failures:
        for f in failures:
            typer.echo(f"cannot decrypt: {f}", err=True)
        raise DecryptionError()
    if not out:
        typer.echo("nothing to decrypt: no encrypted fields matched", err=True)


def register(app: typer.Typer) -> None:
    app.command("decrypt")(decrypt_cmd)
