"""`redactor spark`: the same redaction as `redactor run`, as an Apache Spark job (redactor.spark)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from redactor.cli.common import KEYRING_OPT, err, now_ms
from redactor.crypto.keyring import open_keyring
from redactor.policy import load_policy, policy_version


def spark_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.jsonl, .json, .log, also .gz), directories or globs on a filesystem every executor sees.",
            show_default=False,
        ),
    ],
    policy: Annotated[
        Path, typer.Option("--policy", "-p", help="Policy YAML file, e.g. policies/default.yaml.", show_default=False)
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help="Output folder: redacted/ (JSON lines or Parquet) and quarantine/ (JSON lines) inside.",
            show_default=False,
        ),
    ],
    keyring: Annotated[Path | None, KEYRING_OPT] = None,
    master: Annotated[
        str | None,
        typer.Option(
            "--master",
            help="Spark master, e.g. local[4]. Default: what spark-submit or spark-defaults.conf says (else local[*]).",
            show_default=False,
        ),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Partitions for the redaction (default: 2 x the cluster's parallelism, balanced by scope size).",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=10_000, help="Lines per detection batch.")] = 64,
    fmt: Annotated[str, typer.Option("--format", help="Redacted output: jsonl or parquet.")] = "jsonl",
    ordered: Annotated[
        bool, typer.Option("--ordered/--unordered", help="Sort the output by input position (one more shuffle).")
    ] = True,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output folder.")] = False,
    summary_json: Annotated[
        bool, typer.Option("--summary-json", help="Print the final summary as JSON on stderr.")
    ] = False,
) -> None:
    """Redact an archive with Apache Spark: same policy, same keyring, same output as `redactor run`.

    Records are grouped by placeholder scope (user or enterprise) and processed in input order,
    one scope per partition, with the model loaded once per Python worker. The keyring comes
    from --keyring, $REDACTOR_KEYRING_KEY or $REDACTOR_KEYRING on the driver and is broadcast to
    the executors. For spark-submit on a cluster, see docs/spark.md.

    Examples:

      redactor spark --master 'local[4]' -p policies/default.yaml 'archive/**/*.jsonl.gz' -o out/spark

      cat out/spark/redacted/part-* > redacted.jsonl
    """
    from redactor.spark import run_job, session

    pol = load_policy(policy)
    ring = open_keyring(keyring)
    spark = session(master)
    try:
        summary = run_job(
            spark,
            inputs,
            pol,
            ring,
            output,
            now_ms=now_ms(),
            partitions=partitions,
            batch_size=batch_size,
            fmt=fmt,
            ordered=ordered,
            overwrite=overwrite,
        )
    finally:
        if master is not None:
            spark.stop()
    version = policy_version(pol)
    if summary_json:
        err(json.dumps({**summary.as_dict(), "policy": version, "output": output}))
    else:
        err(f"redactor spark: policy {version} -> {output}")
        err(summary.render())


def register(app: typer.Typer) -> None:
    app.command("spark")(spark_cmd)
