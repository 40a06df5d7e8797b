"""What `serve`, `pull` and `kafka` share: building the pipeline and sink, signals, summaries.

The pipeline is built exactly as `redactor run` builds it (policy, keyring pseudonym key,
placeholder backend when the sink has one), so every transport applies the same policy.
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import typer

from redactor.cli.common import build_pipeline, err, keyring_for_run
from redactor.io.base import Sink
from redactor.io.delivery import DeliveryStats, Process
from redactor.io.sinks import open_sink
from redactor.transform.placeholders import VaultBackend

OUTPUT_HELP = (
    "Where redacted records go: sqlite:///path.db, jsonl:///path, postgresql://..., "
    "s3://bucket/prefix, http(s)://... (HEC or webhook, spooled), or - (stdout)."
)


@dataclass
class Stage:
    """A ready processing step and its sink."""

    process: Process
    sink: Sink
    policy_version: str


def build_process(
    policy: Path, keyring: Path | None, batch_size: int, backend: VaultBackend | None = None
) -> tuple[Process, str]:
    """The pipeline's `process` and the policy version (built like `redactor run` does)."""
    from redactor.policy import load_policy, policy_version

    pol = load_policy(policy)
    pipeline = build_pipeline(pol, keyring_for_run(keyring), sink=backend, batch_size=batch_size)
    return pipeline.process, policy_version(pol)


def build_stage(policy: Path, output: str, keyring: Path | None, batch_size: int) -> Stage:
    """Open the sink, then build the pipeline (placeholder numbering kept by the sink if it can)."""
    from redactor.policy import load_policy, policy_version

    version = policy_version(load_policy(policy))
    sink = open_sink(output, policy_version=version)
    backend = cast("VaultBackend", sink) if hasattr(sink, "load_placeholders") else None
    try:
        process, _ = build_process(policy, keyring, batch_size, backend)
    except BaseException:
        sink.close()
        raise
    return Stage(process, sink, version)


@contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event set by SIGTERM or SIGINT (clean shutdown: finish the batch in hand)."""
    stop = threading.Event()

    def handler(signum: int, frame: Any) -> None:
        stop.set()

    old = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def report(command: str, stats: DeliveryStats, extra: dict[str, Any], as_json: bool) -> None:
    """Print the run's counts on stderr (never values)."""
    d: dict[str, Any] = {**stats.as_dict(), **extra}
    secs = max(stats.seconds, 1e-9)
    d["records_per_second"] = round(stats.lines / secs, 1)
    if as_json:
        err(json.dumps(d, sort_keys=True))
        return
    err(
        f"redactor {command}: read {stats.lines}  written {stats.written}  duplicates "
        f"{stats.duplicates}  quarantined {stats.quarantined}  dropped {stats.dropped}  "
        f"({d['seconds']} s, "
        f"{d['records_per_second']} records/s)"
    )
    if stats.by_reason:
        err("  quarantined by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.by_reason.items())))
    for k, v in extra.items():
        err(f"  {k}: {v}")


SUMMARY_JSON = typer.Option("--summary-json", help="Print the final summary as JSON on stderr.")
