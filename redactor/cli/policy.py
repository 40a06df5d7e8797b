"""`redactor policy validate | explain | schema` and `redactor models check`."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from redactor.cli.common import KEYRING_OPT, build_pipeline, keyring_for_run
from redactor.errors import ModelError, PolicyError
from redactor.io.base import Dropped, Quarantined
from redactor.io.sources import expand, iter_inputs
from redactor.model_manifest import MANIFEST, check_model, load_manifest
from redactor.policy import load_policy, policy_schema, policy_version

policy_app = typer.Typer(help="Check, explain and document policies.", no_args_is_help=True)
models_app = typer.Typer(help="The NLP model redactor runs.", no_args_is_help=True)


@policy_app.command("validate")
def validate(
    files: Annotated[list[Path], typer.Argument(help="Policy YAML files.", show_default=False)],
) -> None:
    """Check policy files; report every problem with file, YAML path, line and how to fix it.

    Exit code 0 when all are valid, 2 when any is not.

    Example: redactor policy validate policies/default.yaml policies/strict.yaml
    """
    failed = 0
    for f in files:
        try:
            pol = load_policy(f)
        except PolicyError as e:
            failed += 1
            typer.echo(str(e), err=True)
            continue
        typer.echo(f"{f}: ok ({policy_version(pol)}, {len(pol.rules)} rule(s))")
    if failed:
        raise typer.Exit(2)


@policy_app.command("explain")
def explain(
    inputs: Annotated[list[str], typer.Argument(help="Record files, directories or - for stdin.", show_default=False)],
    policy: Annotated[Path, typer.Option("--policy", "-p", help="Policy YAML file.", show_default=False)],
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Also print the detected values (sensitive!).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
    keyring: Annotated[Path | None, KEYRING_OPT] = None,
) -> None:
    """Show, per record, which field paths held which entity types, found by which detector with
    what score, and what the policy did. Values are hidden unless --show-values is given.

    Reads raw records like `redactor run`; writes nothing but this listing (stdout).

    Example: redactor policy explain -p policies/default.yaml samples/copilot-stream.jsonl
    """
    pol = load_policy(policy)
    ring = keyring_for_run(keyring)
    pipe = build_pipeline(pol, ring)
    for ex in pipe.explain(iter_inputs(expand(inputs)), collect=True, show_values=show_values):
        r = ex.result
        where = f"{r.source}:{r.line_no}"
        if isinstance(r, Dropped):
            typer.echo(json.dumps({"line": where, "dropped": r.reason}) if as_json else f"{where}  DROPPED {r.reason}")
            continue
        if isinstance(r, Quarantined):
            if as_json:
                typer.echo(json.dumps({"line": where, "quarantined": r.reason, "detail": r.detail}))
            else:
                typer.echo(f"{where}  QUARANTINED {r.reason}: {r.detail}")
            continue
        if as_json:
            typer.echo(
                json.dumps(
                    {
                        "line": where,
                        "key": r.key,
                        "kind": r.kind,
                        "findings": [_finding(f, show_values) for f in ex.findings],
                    }
                )
            )
            continue
        counts = Counter(f.entity for f in ex.findings)
        head = ", ".join(f"{e} {n}" for e, n in counts.most_common()) or "nothing found"
        typer.echo(f"{where}  {r.kind} {r.key}  {head}")
        for f in ex.findings:
            val = f"  value={f.value!r}" if show_values else ""
            typer.echo(
                f"    {f.path} [{f.kind}] {f.entity} by {f.detector} score {f.score:.2f} -> {f.action} ({f.rule}){val}"
            )


def _finding(f: object, show_values: bool) -> dict[str, object]:
    fields = ("path", "kind", "entity", "detector", "score", "action", "rule", "start", "end")
    d = {k: getattr(f, k) for k in fields}
    if show_values:
        d["value"] = getattr(f, "value", None)
    return d


@policy_app.command("schema")
def schema() -> None:
    """Print the policy JSON Schema (for editor completion and validation).

    Example: redactor policy schema > policy.schema.json
    """
    sys.stdout.write(json.dumps(policy_schema(), indent=2) + "\n")


@models_app.command("check")
def models_check(
    manifest: Annotated[Path, typer.Option(help="Model manifest (TOML).")] = MANIFEST,
) -> None:
    """Verify the installed spaCy model against models/: version, file hashes, pipeline, labels.

    Exit code 0 when the model matches, 5 when it does not (each problem is listed).

    Example: redactor models check
    """
    m = load_manifest(manifest)
    res = check_model(m)
    typer.echo(f"model {m['name']} {m['version']} (licence {m['licence']})")
    for k, v in res.facts.items():
        typer.echo(f"  {k}: {v}")
    if not res.ok:
        raise ModelError("; ".join(res.problems))
    typer.echo("ok: installed model matches the manifest")


def register(app: typer.Typer) -> None:
    from redactor.cli.workbench import register_policy  # policy diff | test (issue 7)

    register_policy(policy_app)
    app.add_typer(policy_app, name="policy")
    app.add_typer(models_app, name="models")
