"""`redactor kafka`: consumer group in, redacted topic out (Kafka or Azure Event Hubs)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from redactor.cli._transport import SUMMARY_JSON, build_process, report, stop_on_signals
from redactor.cli.common import KEYRING_OPT
from redactor.errors import ConfigError


def kafka_cmd(
    input_topic: Annotated[
        list[str],
        typer.Option(
            "--input-topic", "-i", help="Topic with raw records (repeatable).", show_default=False
        ),
    ],
    output_topic: Annotated[
        str,
        typer.Option(
            "--output-topic",
            help="Topic for redacted records (key = event id).",
            show_default=False,
        ),
    ],
    policy: Annotated[
        Path,
        typer.Option(
            "--policy",
            "-p",
            help="Policy YAML file, e.g. policies/default.yaml.",
            show_default=False,
        ),
    ],
    group: Annotated[
        str,
        typer.Option(
            "--group",
            "-g",
            help="Consumer group id; start more processes with the same id to scale out.",
        ),
    ] = "redactor",
    bootstrap: Annotated[
        str | None,
        typer.Option(
            "--bootstrap",
            help="Brokers host:port[,...] (default: $KAFKA_BOOTSTRAP).",
            show_default=False,
        ),
    ] = None,
    quarantine_topic: Annotated[
        str | None,
        typer.Option(
            "--quarantine-topic",
            help="Topic for quarantine entries (default: OUTPUT-quarantine).",
            show_default=False,
        ),
    ] = None,
    batch_max: Annotated[
        int, typer.Option(min=1, max=10_000, help="Messages per batch (and per offset commit).")
    ] = 256,
    idle_exit: Annotated[
        float | None,
        typer.Option(
            "--idle-exit",
            min=0,
            help="Stop after this many seconds without messages (default: run until SIGTERM).",
            show_default=False,
        ),
    ] = None,
    keyring: Annotated[Path | None, KEYRING_OPT] = None,
    summary_json: Annotated[bool, SUMMARY_JSON] = False,
) -> None:
    """Consume raw records, produce redacted ones; offsets are committed after the output is acked.

    A crash re-delivers at most the batch in hand (at-least-once; the output key lets consumers
    dedup or compact). For Azure Event Hubs use its Kafka endpoint (port 9093) and set SASL in
    REDACTOR_KAFKA_SASL_PASSWORD (connection string), e.g.:

      redactor kafka --bootstrap NS.servicebus.windows.net:9093 -i audit -i copilot \\
        --output-topic redacted -p policies/default.yaml
    """
    from redactor.io.kafka import KafkaSettings, run_kafka

    servers = bootstrap or os.environ.get("KAFKA_BOOTSTRAP")
    if not servers:
        raise ConfigError("give --bootstrap host:port or set KAFKA_BOOTSTRAP")
    extra: dict[str, object] = {}
    sasl = os.environ.get("REDACTOR_KAFKA_SASL_PASSWORD")
    if sasl:  # Event Hubs: user "$ConnectionString", password = the connection string
        extra = {
            "security.protocol": "SASL_SSL",
            "sasl.mechanism": "PLAIN",
            "sasl.username": os.environ.get("REDACTOR_KAFKA_SASL_USERNAME", "$ConnectionString"),
            "sasl.password": sasl,
        }
    settings = KafkaSettings(
        bootstrap=servers,
        group=group,
        inputs=tuple(input_topic),
        output=output_topic,
        quarantine=quarantine_topic or f"{output_topic}-quarantine",
        batch_max=batch_max,
        idle_exit_s=idle_exit,
        consumer=dict(extra),
        producer=dict(extra),
    )
    process, _ = build_process(policy, keyring, min(batch_max, 256))
    with stop_on_signals() as stop:
        stats = run_kafka(settings, process, stop=stop)
    report("kafka", stats, {"group": group, "output_topic": output_topic}, summary_json)


def register(app: typer.Typer) -> None:
    app.command("kafka")(kafka_cmd)
