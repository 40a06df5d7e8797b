"""`redactor pull github|archives`: batch sources with checkpoints."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from redactor.cli._transport import OUTPUT_HELP, SUMMARY_JSON, build_stage, report, stop_on_signals
from redactor.cli.common import KEYRING_OPT, err, now_ms
from redactor.errors import ConfigError
from redactor.io.checkpoint import Checkpoint
from redactor.io.delivery import Batch, deliver
from redactor.io.sinks import DEFAULT_OUTPUT
from redactor.secret import SecretBytes

pull_app = typer.Typer(
    name="pull",
    help="Fetch records from GitHub's REST API or from audit-log stream archives, with checkpoints.",
    no_args_is_help=True,
)

POLICY = typer.Option("--policy", "-p", help="Policy YAML file, e.g. policies/default.yaml.", show_default=False)


def _until(batches: Iterator[Batch], stop: object) -> Iterator[Batch]:
    for b in batches:
        yield b
        if getattr(stop, "is_set")():  # noqa: B009 - threading.Event
            return


@pull_app.command("github")
def github_cmd(
    enterprise: Annotated[
        str,
        typer.Option("--enterprise", "-e", help="Enterprise slug (an EMU enterprise).", show_default=False),
    ],
    policy: Annotated[Path, POLICY],
    output: Annotated[str, typer.Option("--output", "-o", help=OUTPUT_HELP)] = DEFAULT_OUTPUT,
    api_url: Annotated[
        str,
        typer.Option(
            "--api-url",
            help="API root: https://api.github.com, or https://api.SUBDOMAIN.ghe.com for data residency.",
        ),
    ] = "https://api.github.com",
    checkpoint: Annotated[
        Path,
        typer.Option("--checkpoint", help="Checkpoint file (cursor, last poll, seen event ids)."),
    ] = Path(".redactor/github-checkpoint.db"),
    max_pages: Annotated[
        int | None,
        typer.Option("--max-pages", min=1, help="Stop after this many pages.", show_default=False),
    ] = None,
    max_wait: Annotated[
        float,
        typer.Option(
            "--max-wait",
            min=0,
            help="Longest rate-limit wait in seconds; longer stops the run (resume later).",
        ),
    ] = 3600.0,
    keyring: Annotated[Path | None, KEYRING_OPT] = None,
    summary_json: Annotated[bool, SUMMARY_JSON] = False,
) -> None:
    """Pull Copilot usage records (last 48 h) from GET /enterprises/{enterprise}/copilot/usage-records.

    The token comes from GITHUB_TOKEN (an enterprise owner's token with read:enterprise, or a
    GitHub App token with the Copilot usage records permission). The position is saved after
    each stored page; run it at least every 12-24 h (it warns when the last poll nears 48 h).

    Example:

      GITHUB_TOKEN=... redactor pull github --enterprise acme -p policies/default.yaml -o postgresql://localhost/audit
    """
    from redactor.io.github_rest import GitHubPuller, PullSettings, UsageRecordsClient

    token = os.environ.get("GITHUB_TOKEN", "")
    if not token.strip():
        raise ConfigError("set GITHUB_TOKEN to a token that can read the enterprise's Copilot usage records")
    settings = PullSettings(max_pages=max_pages, max_wait_s=max_wait)
    client = UsageRecordsClient(
        enterprise, SecretBytes(token.strip().encode(), "github-token"), api_url, settings=settings
    )
    ck = Checkpoint(checkpoint)
    stage = build_stage(policy, output, keyring, 64)
    puller = GitHubPuller(client, ck, now_ms=now_ms, warn=lambda m: err(f"warning: {m}"))
    try:
        with stop_on_signals() as stop:
            stats = deliver(_until(puller.batches(), stop), stage.process, stage.sink)
    finally:
        stage.sink.close()
        ck.close()
    report(
        "pull github",
        stats,
        {
            "pages": puller.stats.pages,
            "already_seen": puller.stats.duplicates,
            "requests": client.requests,
            "rate_limit_wait_s": round(client.waited_s, 1),
        },
        summary_json,
    )


@pull_app.command("archives")
def archives_cmd(
    location: Annotated[
        str,
        typer.Argument(
            help="Folder, or s3://bucket/prefix (endpoint from S3_ENDPOINT if set).",
            show_default=False,
        ),
    ],
    policy: Annotated[Path, POLICY],
    output: Annotated[str, typer.Option("--output", "-o", help=OUTPUT_HELP)] = DEFAULT_OUTPUT,
    checkpoint: Annotated[
        Path, typer.Option("--checkpoint", help="Checkpoint file (objects already processed).")
    ] = Path(".redactor/archives-checkpoint.db"),
    batch_size: Annotated[int, typer.Option(min=1, max=10_000, help="Lines per batch (and per commit).")] = 256,
    max_objects: Annotated[
        int | None,
        typer.Option("--max-objects", min=1, help="Stop after this many objects.", show_default=False),
    ] = None,
    keyring: Annotated[Path | None, KEYRING_OPT] = None,
    summary_json: Annotated[bool, SUMMARY_JSON] = False,
) -> None:
    """Redact audit-log stream archives: YYYY/MM/DD/HH/MM/<uuid>.json.log.gz (also .json.gz, 4-level).

    Objects are streamed (gunzip, one record per line) in key order; each is recorded in the
    checkpoint once all its records are stored, so a rerun skips it. A killed run loses nothing:
    the object in progress is read again and the sink ignores records it already has.

    Examples:

      redactor pull archives s3://audit-bucket/github -p policies/default.yaml -o postgresql://localhost/audit

      redactor pull archives ./export -p policies/default.yaml
    """
    from redactor.io.archives import ArchiveSource

    ck = Checkpoint(checkpoint)
    source = ArchiveSource(location, ck, batch_lines=batch_size, max_objects=max_objects)
    stage = build_stage(policy, output, keyring, min(batch_size, 256))
    try:
        with stop_on_signals() as stop:
            stats = deliver(_until(source.batches(), stop), stage.process, stage.sink)
    finally:
        stage.sink.close()
        ck.close()
    s = source.stats
    report(
        "pull archives",
        stats,
        {
            "objects_read": s.objects_read,
            "objects_skipped_done": s.skipped_done,
            "objects_not_in_layout": s.ignored_layout,
            "objects_unreadable": s.unreadable,
        },
        summary_json,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(pull_app, name="pull")
