"""The privacy officer's workbench on the command line: `redactor policy diff`, `redactor policy
test`, `redactor report` and `redactor subject export|list`. Thin: the work is in
`redactor.workbench`."""

from __future__ import annotations

import json
import os
import sys
import tempfile
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
    open_store_db,
    parse_time,
)
from redactor.errors import ConfigError
from redactor.io.sources import expand, iter_inputs
from redactor.policy import load_policy, policy_version
from redactor.workbench.diff import EXPOSURE_EXIT

PolicyPath = Annotated[Path, typer.Argument(help="Policy YAML file.", show_default=False)]


def policy_diff_cmd(
    old: Annotated[Path, typer.Argument(help="The policy in force (OLD).", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The proposed policy (NEW).", show_default=False)],
    inputs: Annotated[
        list[str],
        typer.Argument(help="Raw record files (.jsonl, .gz), directories, or - for stdin.", show_default=False),
    ],
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Also print up to 5 affected values per group (sensitive!).")
    ] = False,
    allow_exposure: Annotated[
        bool, typer.Option("--allow-exposure", help="Exit 0 even when NEW leaves in clear what OLD masked.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of text.")] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now", help="What 'now' is for retention (epoch ms or ISO 8601). Default: the clock.", show_default=False
        ),
    ] = None,
) -> None:
    """Compare two policies on real records: what becomes masked, exposed or changed.

    Runs OLD and NEW over the same raw records and reports, per rule, entity type and field
    path: newly masked, newly left in clear, changed treatment (action, rule, placeholder
    scope), encrypted fields, retention class and expiry, and record outcomes.

    Values are never shown unless --show-values is given. Exit code 6 when NEW leaves in clear
    anything OLD masked (a rollout gate for CI), unless --allow-exposure; 0 otherwise.

    Example: redactor policy diff policies/default.yaml policies/team.yaml archive/2026-07/
    """
    from redactor.workbench.common import engines_for, ephemeral_keyring, pipeline_for
    from redactor.workbench.diff import Differ
    from redactor.workbench.diff_output import as_json as diff_json
    from redactor.workbench.diff_output import render_text

    p_old, p_new = load_policy(old), load_policy(new)
    files = expand(inputs)
    t = parse_time(now, "--now") if now is not None else now_ms()
    with tempfile.TemporaryDirectory(prefix="redactor-diff-") as tmp:
        ring = ephemeral_keyring(Path(tmp))
        try:
            e_old, e_new = engines_for([p_old, p_new])
            differ = Differ(
                pipeline_for(p_old, e_old, ring, now_ms=t),
                pipeline_for(p_new, e_new, ring, now_ms=t),
                show_values=show_values,
                now_ms=t,
            )
            result = differ.run(iter_inputs(files))
        finally:
            ring.close()
    if as_json:
        typer.echo(json.dumps(diff_json(result, allow_exposure=allow_exposure), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(result, allow_exposure=allow_exposure))
    if result.exposes and not allow_exposure:
        raise typer.Exit(EXPOSURE_EXIT)


def policy_test_cmd(
    policy: PolicyPath,
    canaries: Annotated[
        Path | None,
        typer.Option(
            "--canaries",
            help="Canary file. Default: <policy>.canaries.yaml next to the policy, if present.",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int, typer.Option("--seed", help="Seed for the synthetic values and ids (same seed, same run).")
    ] = 0,
    strict: Annotated[
        bool, typer.Option("--strict", help="Also fail on entity types no detector of this build reports.")
    ] = False,
    max_fp_rate: Annotated[
        float | None,
        typer.Option(
            "--max-fp-rate",
            min=0.0,
            max=1.0,
            help="Also fail when more than this share of the code sample is flagged, e.g. 0.05.",
            show_default=False,
        ),
    ] = None,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Print the planted text of each canary that survived.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of text.")] = False,
) -> None:
    """Canary gate: plant fake secrets and personal data everywhere; fail if any survives.

    Plants synthetic secrets (many catalogue formats, valid checksums) and personal data of
    every entity type in every field kind of a Copilot record (system prompt, prompt, answer,
    tool-call arguments, tool results, Anthropic tool_use, Responses function output, SSE,
    truncated bodies, audit events), run the policy, and fail if any survives. A code-heavy
    sample with nothing sensitive measures the false-positive rate.

    Your own canaries and keep-guards go in <policy>.canaries.yaml (see docs/cookbook.md).
    Exit code 6 when a canary survives or a keep-guard is changed; 0 otherwise. Runs with a
    throw-away key: nothing is written anywhere.

    Example: redactor policy test policies/default.yaml
    """
    from redactor.workbench.canary import CanaryRun, canary_file_for, load_canary_file
    from redactor.workbench.canary_output import as_json as test_json
    from redactor.workbench.canary_output import render_text
    from redactor.workbench.common import engines_for, ephemeral_keyring, pipeline_for

    pol = load_policy(policy)
    cf_path = canaries if canaries is not None else canary_file_for(policy)
    if canaries is not None and not canaries.is_file():
        raise ConfigError(f"{canaries}: no such canary file")
    cf = load_canary_file(cf_path) if cf_path.is_file() else None
    t = now_ms()
    with tempfile.TemporaryDirectory(prefix="redactor-canary-") as tmp:
        ring = ephemeral_keyring(Path(tmp))
        try:
            [engine] = engines_for([pol])
            run = CanaryRun(
                pipeline_for(pol, engine, ring, now_ms=t),
                policy_name=policy_version(pol),
                canary_file=cf,
                seed=seed,
                now_ms=t,
                strict=strict,
            )
            rep = run.run()
        finally:
            ring.close()
    fp_fail = max_fp_rate is not None and rep.fp_rate > max_fp_rate
    if as_json:
        doc = test_json(rep)
        if fp_fail:
            doc["result"] = "fail"
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        if cf is not None:
            typer.echo(f"canary file: {cf_path}")
        typer.echo(render_text(rep))
        if fp_fail:
            typer.echo(f"FAIL: false-positive rate {rep.fp_rate:.1%} is over --max-fp-rate {max_fp_rate:.1%}")
        if show_values:
            texts = {c.name: c.text for c, _ in run.canaries()}
            for c in rep.by_status("survived"):
                typer.echo(f"  planted text of {c.name}: {texts.get(c.name, '')!r}")
    if rep.failed or fp_fail:
        raise typer.Exit(EXPOSURE_EXIT)


def report_cmd(
    store: StoreOpt = DEFAULT_STORE,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The HTML file to write; the JSON twin goes next to it (.json).")
    ] = Path("redactor-report.html"),
    ledger: Annotated[
        str | None,
        typer.Option(
            "--ledger",
            help="Where the ledger lives, if not in the store (sqlite:///path or a DSN).",
            show_default=False,
        ),
    ] = None,
    from_: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="Start of the period (epoch ms or ISO 8601). Default: 31 days before --to.",
            show_default=False,
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("--to", help="End of the period. Default: the newest record or ledger entry.", show_default=False),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option("--now", help="What 'now' is for retention due dates. Default: the clock.", show_default=False),
    ] = None,
    keyring: KeyringOpt = None,
) -> None:
    """Write the HTML report with charts (and its JSON twin) from the store and the ledger.

    The page is self-contained (no network, nothing loaded from elsewhere). It shows entities
    found by type and field over time, records stored and quarantined (by reason), retention
    due and enforced, legal holds, erasures and decryptions (from the ledger), with charts.
    Counts, types and field paths only: never values.

    With a keyring the ledger's MACs are verified too; without, its hash chain only.

    Example: redactor report --store sqlite:///redactor.db --out report.html
    """
    from redactor.crypto.keyring import open_keyring
    from redactor.errors import KeyError_
    from redactor.workbench.report import Period, gather, records_outside
    from redactor.workbench.report_html import render_html

    t_now = parse_time(now, "--now") if now is not None else now_ms()
    period = Period(
        parse_time(from_, "--from") if from_ is not None else None,
        parse_time(to, "--to") if to is not None else None,
    )
    try:
        ring = open_keyring(keyring)
    except KeyError_:
        if keyring is not None:
            raise  # asked for this keyring: say why it cannot be used
        ring = None  # no default keyring: the ledger's hash chain is checked, its MACs are not
    db = open_store_db(store)
    ldb = open_store_db(ledger) if ledger is not None else db
    try:
        data = gather(db, ldb, keyring=ring, period=period, now_ms=t_now, store_name=_display(store))
        empty = not data["summary"]["records"]  # then say where the store's records are, if any
        outside = records_outside(db, data["period"]["from_ms"], data["period"]["to_ms"]) if empty else None
    finally:
        db.close()
        if ldb is not db:
            ldb.close()
        if ring is not None:
            ring.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    twin = out.with_suffix(".json")
    out.write_text(render_html(data), encoding="utf-8")
    twin.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    typer.echo(f"wrote {out} and {twin}")
    s = data["summary"]
    typer.echo(
        f"period {data['period']['from']} to {data['period']['to']}: {s['records']} record(s), "
        f"{s['quarantined']} quarantined, {s['entities']} entities, {s['erasures']} erasure(s), "
        f"{s['decryptions']} decryption(s), ledger {data['ledger']['status']}"
    )
    if outside is not None:  # e.g. July's archive redacted today: the default period ends today (ledger)
        n, first, last = outside
        typer.echo(
            f"note: {n} record(s) in the store fall outside this period (@timestamp {first} to {last}); "
            "choose the period with --from and --to",
            err=True,
        )


def _display(uri: str) -> str:
    """A store URI without credentials (for the report header)."""
    if "@" in uri and "://" in uri:
        scheme, rest = uri.split("://", 1)
        return f"{scheme}://{rest.split('@', 1)[1]}"
    return uri


subject_app = typer.Typer(
    help="Data subjects: what is stored about one person (access requests); who has data, holds or pending erasure.",
    no_args_is_help=True,
)


@subject_app.command("export")
def subject_export_cmd(
    user: Annotated[
        str, typer.Option("--user", help="The GitHub user id (user_id) of the data subject.", show_default=False)
    ],
    purpose: Annotated[
        str,
        typer.Option(
            "--purpose",
            help="Why, e.g. the access request reference (recorded in the ledger first).",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="The export file (JSON, mode 0600). Default: subject-export-<time>.json.",
            show_default=False,
        ),
    ] = None,
    decrypt: Annotated[
        bool, typer.Option("--decrypt/--no-decrypt", help="Decrypt encrypted fields (logged) or leave the envelopes.")
    ] = True,
    store: StoreOpt = DEFAULT_STORE,
    keyring: KeyringOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Export what is stored about one data subject (access request), logged in the ledger.

    Gathers into one portable JSON file their records (redacted, with encrypted fields
    decrypted unless --no-decrypt), the legal holds and the ledger entries that concern them.

    The export is recorded in the ledger (who, purpose, counts, key ids) before the file is
    written. Exit code 4 if the keyring is missing.

    Example: redactor subject export --user 48151623 --purpose "DSAR-2026-0042" -o dsar-0042.json
    """
    from redactor.crypto.keyring import open_keyring
    from redactor.ledger import Ledger
    from redactor.workbench.subject import export_subject

    if not purpose.strip():
        raise ConfigError("--purpose must say why (it is recorded in the ledger)")
    t = now_ms()
    target = out or Path(f"subject-export-{t}.json")
    ring = open_keyring(keyring)
    db = open_store_db(store)
    try:
        doc, entry = export_subject(
            db,
            Ledger(db, ring),
            ring,
            user_id=user,
            purpose=purpose,
            actor=actor_or_login(actor),
            now_ms=t,
            decrypt=decrypt,
        )
    finally:
        db.close()
        ring.close()
    _write_private(target, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    c = doc["counts"]
    typer.echo(
        f"wrote {target}: {c['records']} record(s), {c['decrypted']} field(s) decrypted, "
        f"{c['undecryptable']} not decryptable, {c['holds']} hold(s), {c['ledger_entries']} ledger entr(ies)"
    )
    typer.echo(f"ledger entry #{entry.seq} {entry.hash}")


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


@subject_app.command("list")
def subject_list_cmd(
    store: StoreOpt = DEFAULT_STORE,
    user: Annotated[
        str | None, typer.Option("--user", help="Only this GitHub user id (needs the keyring).", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
    now: Annotated[
        str | None,
        typer.Option("--now", help="What 'now' is for retention due (epoch ms or ISO 8601).", show_default=False),
    ] = None,
    keyring: KeyringOpt = None,
) -> None:
    """List data subjects with stored data, legal holds or an erasure pending.

    Subjects are keyed subject ids (never user ids), with record counts, first and last
    activity, holds, and records past their retention.

    Example: redactor subject list --store sqlite:///redactor.db
    """
    from redactor.workbench.subject import list_subjects, render_subjects

    subjects: list[str] | None = None
    if user is not None:
        from redactor.crypto.keyring import open_keyring

        ring = open_keyring(keyring)
        subjects = ring.subject_ids(user)
        ring.close()
    t = parse_time(now, "--now") if now is not None else now_ms()
    db = open_store_db(store)
    try:
        rows = list_subjects(db, now_ms=t, only=subjects)
    finally:
        db.close()
    if as_json:
        for r in rows:
            typer.echo(json.dumps(r, sort_keys=True))
        return
    sys.stdout.write(render_subjects(rows) + "\n")


def register(app: typer.Typer) -> None:
    app.command("report")(report_cmd)
    app.add_typer(subject_app, name="subject")


def register_policy(policy_app: typer.Typer) -> None:
    """Attach `diff` and `test` to the `policy` group (called from redactor/cli/policy.py)."""
    policy_app.command("diff")(policy_diff_cmd)
    policy_app.command("test")(policy_test_cmd)
