"""`redactor run` (the main job) and `redactor detect` (detection only, for evaluation)."""

from __future__ import annotations

import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from redactor.cli._transport import OUTPUT_HELP
from redactor.cli.common import KEYRING_OPT, build_pipeline, err, keyring_for_run, now_ms, stderr_is_tty
from redactor.errors import ConfigError
from redactor.io.base import InputLine
from redactor.io.jsonl import QuarantineLog
from redactor.io.sinks import DEFAULT_OUTPUT, open_sink
from redactor.io.sources import expand, iter_inputs
from redactor.pipeline import Pipeline, build_engine, collector_paused, freeze_heap
from redactor.policy import load_policy, policy_version
from redactor.runner import Summary, run


def run_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.jsonl, .json, .log, also .gz), directories, or - for stdin.", show_default=False),
    ],
    policy: Annotated[
        Path, typer.Option("--policy", "-p", help="Policy YAML file, e.g. policies/default.yaml.", show_default=False)
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help=OUTPUT_HELP),
    ] = DEFAULT_OUTPUT,
    quarantine: Annotated[
        Path | None,
        typer.Option(
            "--quarantine",
            "-q",
            help="Write quarantine entries (line, reason; never content) to this JSON-lines file instead of the store.",
            show_default=False,
        ),
    ] = None,
    keyring: Annotated[Path | None, KEYRING_OPT] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=10_000, help="Lines per detection batch.")] = 64,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=256,
            help="Detection worker processes (by default forked from this process once it has loaded"
            " the model; see --worker-start); 1 = in this process.",
        ),
    ] = 1,
    worker_start: Annotated[
        str,
        typer.Option(
            "--worker-start",
            help="How worker processes start: fork (from this process after it has loaded the model and warmed up;"
            " the default where the platform can fork) or spawn (each worker loads the model).",
            show_default=False,
        ),
    ] = "",
    detect_budget: Annotated[
        float | None,
        typer.Option(
            "--detect-budget",
            min=0,
            metavar="SECONDS",
            help="CPU seconds of detection one text field of a record may use; a record with a field over it is"
            " quarantined as too_slow and the run goes on (default: the policy's limits.detect_budget_s, 30;"
            " 0 = no limit).",
            show_default=False,
        ),
    ] = None,
    summary_json: Annotated[
        bool, typer.Option("--summary-json", help="Print the final summary as JSON on stderr.")
    ] = False,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar (default: on when stderr is a terminal and inputs are files).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Redact Copilot usage records and audit events under a policy.

    Reads JSON lines, writes each valid record once (idempotent by event_id / _document_id),
    quarantines what cannot be processed with a reason, and prints a summary on stderr. A record
    whose detection runs over its time budget (--detect-budget) is quarantined as too_slow, never
    forwarded; the run goes on with the next one.

    Examples:

      redactor run -p policies/default.yaml samples/copilot-stream.jsonl

      cat records.jsonl | redactor run -p policies/strict.yaml - -o - > redacted.jsonl

      redactor run -p policies/default.yaml archive/ -o jsonl:///out/redacted.jsonl -q out/quarantine.jsonl
    """
    start_method = _start_method(worker_start)
    pol = load_policy(policy)
    if detect_budget is not None:
        pol = pol.model_copy(update={"limits": pol.limits.model_copy(update={"detect_budget_s": detect_budget})})
    files = expand(inputs)
    ring = keyring_for_run(keyring)
    version = policy_version(pol)
    engine = _start_workers(pol, workers, start_method)  # before any sink or thread exists: forked warm
    try:
        sink = open_sink(output, policy_version=version)
    except BaseException:
        if engine is not None:
            engine.close()
        raise
    qsink: QuarantineLog | None = None
    if quarantine is not None:
        qsink = QuarantineLog.to_path(quarantine)
    elif output == "-" or output.startswith("jsonl:"):
        qsink = QuarantineLog(sys.stderr)
    # one call keeps every worker busy; built with the collector paused and frozen at once, so the
    # engine's objects are never walked (start-up; `redactor.pipeline.collector_paused`)
    with collector_paused():
        pipeline = build_pipeline(pol, ring, sink=sink, engine=engine, batch_size=batch_size * workers)
        freeze_heap()

    stop = threading.Event()

    def on_term(signum: int, frame: Any) -> None:
        stop.set()

    old = signal.signal(signal.SIGTERM, on_term)
    stats = _findings_stats(output)
    show = progress if progress is not None else (stderr_is_tty() and "-" not in files)
    lines = iter_inputs(files)
    try:
        if show:
            summary = _run_with_progress(pipeline, lines, sink, qsink, files, stop, stats)
        else:
            summary = run(pipeline, lines, sink, quarantine=qsink, stop=stop, stats=stats)
    finally:
        signal.signal(signal.SIGTERM, old)
        if engine is not None:
            engine.close()
        sink.close()
        if qsink is not None and qsink is not sink:
            qsink.close()
    _ledger_ingest(output, ring, pipeline, summary, version, files)
    if summary_json:
        err(json.dumps({**summary.as_dict(), "policy": version, "output": output}))
    else:
        err(f"redactor run: policy {version} -> {output}")
        err(summary.render())


def _start_method(worker_start: str) -> str:
    """`--worker-start`, checked (default: fork where the platform can fork, else spawn)."""
    from redactor.forking import FORK, fork_available

    allowed = (FORK, "spawn")  # forkserver stays a library option
    if worker_start and worker_start not in allowed:
        raise ConfigError(f"--worker-start must be one of {', '.join(allowed)} (got {worker_start!r})")
    if worker_start == FORK and not fork_available():
        raise ConfigError("--worker-start fork: this platform cannot fork; use spawn")
    return worker_start or (FORK if fork_available() else "spawn")


def _start_workers(pol: Any, workers: int, start_method: str) -> Any:
    """The detection engine for `--workers N` (None for 1: detection runs in this process).

    Numbering and everything else stays in this process. Started before the sink opens and
    before the reader thread exists, so the workers can be forked from this process warm
    (`redactor.forking`) and inherit no connection or half-written buffer.
    """
    if workers <= 1:
        return None
    from redactor.parallel import ParallelEngine

    return ParallelEngine(pol, workers=workers, context=start_method)


def _findings_stats(output: str) -> Any:
    """Per-day counts of findings by type, field kind and action, kept next to a store for
    `redactor report`; None for outputs that are not stores."""
    if not output.startswith(("sqlite:", "postgresql:", "postgres:")):
        return None
    from redactor.retention.db import open_db
    from redactor.workbench.stats import FindingsStats

    return FindingsStats(open_db(output))


def _ledger_ingest(
    output: str, ring: Any, pipeline: Pipeline, summary: Summary, version: str, files: list[str]
) -> None:
    """Evidence of the run in the store's ledger (counts, policy version, key ids; no values)."""
    if not output.startswith(("sqlite:", "postgresql:", "postgres:")):
        return
    from redactor.ledger import open_ledger

    ledger = open_ledger(output, ring)
    try:
        d = summary.as_dict()
        ledger.append(
            "ingest",
            at_ms=now_ms(),
            actor=os.environ.get("REDACTOR_ACTOR") or getpass.getuser(),
            reason="redactor run",
            policy_version=version,
            details={
                "inputs": len(files),
                "read": d["read"],
                "written": d["written"],
                "duplicates": d["duplicates"],
                "quarantined_by_reason": d["quarantined_by_reason"],
                "dropped_by_reason": d["dropped_by_reason"],
                "entities": d["entities"],
                "data_key_ids": dict(pipeline.encrypt.key_ids) if pipeline.encrypt else {},
            },
        )
    finally:
        ledger.close()


def _run_with_progress(
    pipeline: Pipeline,
    lines: Iterator[InputLine],
    sink: Any,
    qsink: Any,
    files: list[str],
    stop: threading.Event,
    stats: Any,
) -> Summary:
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    total = sum(Path(f).stat().st_size for f in files)
    with Progress(
        TextColumn("[bold]redacting"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("{task.fields[records]} records"),
        TimeRemainingColumn(),
        transient=True,
    ) as bar:
        task = bar.add_task("run", total=total or None, records=0)

        def on_batch(s: Summary, batch: list[InputLine]) -> None:
            bar.update(task, completed=s.bytes_read, records=s.read)

        return run(pipeline, lines, sink, quarantine=qsink, on_batch=on_batch, stop=stop, stats=stats)


def detect_cmd(
    file: Annotated[Path, typer.Argument(help="JSON-lines file; one object per line.", show_default=False)],
    text_field: Annotated[str, typer.Option("--text-field", help="The field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="The field holding the id.")] = "id",
    policy: Annotated[
        Path | None,
        typer.Option(
            "--policy",
            "-p",
            help="Policy for detection settings (default: the repository's policies/default.yaml).",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=10_000, help="Texts per detection batch.")] = 64,
) -> None:
    """Run detection only and print spans as JSON lines.

    Input: plain texts, not Copilot records: one JSON object per line with a text field and an
    id field. Output on stdout, one line per input line: {"id": ..., "spans": [{"start", "end",
    "entity", "score", "detector"}]}, offsets as Python string indices into the text field.
    Nothing is masked and nothing is stored. This is how detection quality is measured
    (scripts/eval.py). A text whose detection used more than the policy's limits.detect_budget_s
    is reported as one span of entity TOO_SLOW over the whole text.

    Example:

      echo '{"id": 1, "text": "mail maria.lopez@acme-corp.de"}' > t.jsonl && redactor detect t.jsonl

      prints {"id": 1, "spans": [{"start": 5, "end": 29, "entity": "EMAIL_ADDRESS", ...}]}
      (documentation values such as jane.doe@example.com are left alone on purpose)
    """
    if not file.is_file():  # before the model loads: a wrong path is told at once
        raise ConfigError(f"{file}: no such file")
    pol = load_policy(policy or Path(__file__).resolve().parents[2] / "policies" / "default.yaml")
    engine = build_engine(pol)

    def flush(ids: list[Any], texts: list[str]) -> None:
        for i, spans in zip(ids, engine.analyze(texts), strict=True):
            out = [
                {"start": s.start, "end": s.end, "entity": s.entity, "score": round(s.score, 3), "detector": s.detector}
                for s in spans
            ]
            sys.stdout.write(json.dumps({"id": i, "spans": out}) + "\n")

    ids: list[Any] = []
    texts: list[str] = []
    with file.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ConfigError(f"{file}:{n}: malformed JSON ({e.msg}, column {e.colno})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get(text_field), str):
                raise ConfigError(f"{file}:{n}: no string field {text_field!r}")
            ids.append(obj.get(id_field, n))
            texts.append(obj[text_field])
            if len(texts) >= batch_size:
                flush(ids, texts)
                ids, texts = [], []
    if texts:
        flush(ids, texts)
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    app.command("run")(run_cmd)
    app.command("detect")(detect_cmd)
