"""`redactor serve`: a Splunk-HEC-compatible receiver for GitHub's audit-log stream."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from redactor.cli._transport import OUTPUT_HELP, build_stage, stop_on_signals
from redactor.cli.common import KEYRING_OPT, err, now_ms
from redactor.errors import ConfigError
from redactor.io.sinks import DEFAULT_OUTPUT

if TYPE_CHECKING:
    from redactor.io.hec_server import HecHTTPServer


def serve_cmd(
    policy: Annotated[
        Path,
        typer.Option(
            "--policy",
            "-p",
            help="Policy YAML file, e.g. policies/default.yaml.",
            show_default=False,
        ),
    ],
    output: Annotated[str, typer.Option("--output", "-o", help=OUTPUT_HELP)] = DEFAULT_OUTPUT,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0 for all interfaces).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (Splunk's HEC default is 8088).")] = 8088,
    token_env: Annotated[
        str,
        typer.Option(
            "--token-env",
            help="Environment variable holding the accepted HEC token(s), comma-separated.",
        ),
    ] = "REDACTOR_HEC_TOKEN",
    tls_cert: Annotated[
        Path | None,
        typer.Option("--tls-cert", help="PEM certificate (chain) to serve HTTPS.", show_default=False),
    ] = None,
    tls_key: Annotated[
        Path | None,
        typer.Option("--tls-key", help="PEM private key for --tls-cert.", show_default=False),
    ] = None,
    max_body_bytes: Annotated[int, typer.Option(min=1024, help="Largest request body accepted (else 413).")] = 16
    * 1024
    * 1024,
    queue_events: Annotated[
        int,
        typer.Option(min=1, help="Events that may wait for processing; beyond that, 503 (retry later)."),
    ] = 10_000,
    batch_events: Annotated[int, typer.Option(min=1, help="Events processed together.")] = 256,
    keyring: Annotated[Path | None, KEYRING_OPT] = None,
) -> None:
    """Receive records over HTTP like a Splunk HTTP Event Collector and redact them.

    Point GitHub's audit-log stream (Splunk destination) at this server. It answers
    POST /services/collector and /services/collector/event with HEC replies only after the
    records are stored, 503 when its queue is full (the sender retries), and serves
    /services/collector/health and Prometheus /metrics (counts only). Stop with SIGTERM or
    Ctrl-C: queued requests are finished first.

    Example:

      REDACTOR_HEC_TOKEN=... redactor serve -p policies/default.yaml -o postgresql://localhost/audit \\
        --tls-cert cert.pem --tls-key key.pem
    """
    token_text = os.environ.get(token_env, "")
    if not token_text.strip():
        raise ConfigError(f"set {token_env} to the HEC token(s) senders must use (comma-separated)")
    if (tls_cert is None) != (tls_key is None) and tls_key is not None:
        raise ConfigError("--tls-key needs --tls-cert")
    for p in (tls_cert, tls_key):
        if p is not None and not p.is_file():
            raise ConfigError(f"{p}: no such file")
    # imported here, not at the top: every command's start-up (`redactor run` included) imports this
    # module to register it, and the HTTP server pulls in `ssl` and `http.server` (issue 6)
    from redactor.io.hec import TokenSet
    from redactor.io.hec_server import HecReceiver, HecSettings, serve_forever

    stage = build_stage(policy, output, keyring, batch_events)
    settings = HecSettings(max_body_bytes=max_body_bytes, queue_events=queue_events, batch_events=batch_events)
    receiver = HecReceiver(
        TokenSet.from_text(token_text), stage.process, stage.sink, settings, source=f"hec@{now_ms()}"
    )

    def ready(server: HecHTTPServer) -> None:
        scheme = "https" if tls_cert else "http"
        err(
            f"redactor serve: policy {stage.policy_version} -> {output}; listening on {scheme}://{host}:{server.port}/services/collector"
        )

    try:
        with stop_on_signals() as stop:
            serve_forever(
                receiver,
                host,
                port,
                tls_cert=tls_cert,
                tls_key=tls_key,
                ready=ready,
                stop_event=stop,
            )
    finally:
        stage.sink.close()
    c = receiver.metrics.counts
    err(
        f"redactor serve: stopped; events received {c['events_received']}, stored {c['events_stored']}, "
        f"duplicates {c['events_duplicate']}, quarantined {c['events_quarantined']}, "
        f"refused busy {c['events_rejected_busy']}"
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
