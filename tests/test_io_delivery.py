"""Delivery: the driver's contract checks, and a run killed with SIGKILL then restarted.

The kill test runs the real CLI (`redactor pull archives`) with the real pipeline in a child
process, kills it while it is storing, restarts it, and checks that every record is stored
exactly once and redacted.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from redactor.io.base import Dropped, InputLine, Quarantined, Redacted
from redactor.io.checkpoint import Checkpoint
from redactor.io.delivery import Batch, deliver, deliver_batch, split_outputs
from tests.services import MemorySink, pg_dsn, stand_in_process, usage_record

__all__ = ["pg_dsn"]

ROOT = Path(__file__).resolve().parents[1]


# --- the driver --------------------------------------------------------------------------------
def test_missing_outputs_are_quarantined_not_forwarded() -> None:
    lines = [InputLine("s", i, json.dumps(usage_record(i))) for i in (1, 2, 3)]

    def drops_one(batch: Sequence[InputLine]) -> Iterable[Redacted | Quarantined]:
        return [r for r in stand_in_process(batch) if r.line_no != 2]

    red, quar, _ = split_outputs(lines, drops_one(lines))
    assert [r.line_no for r in red] == [1, 3]
    assert [(q.line_no, q.reason) for q in quar] == [(2, "no_output")]


def test_outputs_for_unknown_lines_are_not_forwarded() -> None:
    lines = [InputLine("s", 1, json.dumps(usage_record(1)))]
    extra = list(stand_in_process([InputLine("other", 9, json.dumps(usage_record(9)))]))
    red, quar, _ = split_outputs(lines, [*stand_in_process(lines), *extra])
    assert [r.line_no for r in red] == [1]
    assert [(q.source, q.reason) for q in quar] == [("other", "unexpected_output")]


def test_commit_runs_only_after_the_sink_stored_the_batch() -> None:
    events: list[str] = []
    sink = MemorySink()
    lines = [InputLine("s", 1, json.dumps(usage_record(1)))]
    deliver_batch(
        Batch(lines, commit=lambda: events.append(f"commit after {sink.writes} write(s)")),
        stand_in_process,
        sink,
    )
    assert events == ["commit after 1 write(s)"]
    sink.fail_next = 1
    with pytest.raises(OSError):
        deliver_batch(Batch(lines, commit=lambda: events.append("must not happen")), stand_in_process, sink)
    assert events == ["commit after 1 write(s)"]


def test_dropped_records_are_counted_not_stored_nor_quarantined() -> None:
    lines = [InputLine("s", i, json.dumps(usage_record(i))) for i in (1, 2)]

    def expire_two(batch: Sequence[InputLine]) -> Iterable[Redacted | Quarantined | Dropped]:
        for r in stand_in_process(batch):
            yield Dropped(r.source, r.line_no, "expired", "evt-000002") if r.line_no == 2 else r

    sink = MemorySink()
    stats = deliver_batch(Batch(lines), expire_two, sink)
    assert (stats.written, stats.quarantined, stats.dropped) == (1, 0, 1)
    assert list(sink.records) == ["evt-000001"] and sink.quarantined == []


def test_deliver_totals() -> None:
    sink = MemorySink()
    batches = [Batch([InputLine("s", i, json.dumps(usage_record(i % 3)))]) for i in range(5)]
    stats = deliver(batches, stand_in_process, sink)
    assert (stats.batches, stats.lines, stats.written, stats.duplicates) == (5, 5, 3, 2)


# --- SIGKILL and restart -------------------------------------------------------------------------
OBJECTS, PER_OBJECT = 24, 40  # 960 records


def make_archive(root: Path) -> set[str]:
    ids: set[str] = set()
    n = 0
    for o in range(OBJECTS):
        recs = []
        for _ in range(PER_OBJECT):
            rec = usage_record(n, event_id=f"kill-{n:05d}")
            rec["body"] = json.dumps(
                {"messages": [{"role": "user", "content": f"ping mara.{n}@example.com about build {n}"}]}
            )
            recs.append(json.dumps(rec))
            ids.add(f"kill-{n:05d}")
            n += 1
        p = root / f"2026/07/08/13/{o:02d}/{o:08x}-0000-4000-8000-000000000000.json.log.gz"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(gzip.compress(("\n".join(recs) + "\n").encode()))
    return ids


def policy_without_ner(tmp: Path) -> Path:
    """The default policy with the spaCy model off: the test is about delivery, not NER."""
    text = (ROOT / "policies" / "default.yaml").read_text()
    assert "  ner: true" in text
    p = tmp / "policy.yaml"
    p.write_text(text.replace("  ner: true", "  ner: false"))
    return p


def cli(tmp: Path, output: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from redactor.cli import main; main()",
        "pull",
        "archives",
        str(tmp / "arc"),
        "-p",
        str(policy_without_ner(tmp)),
        "-o",
        output,
        "--checkpoint",
        str(tmp / "ck.db"),
        "--keyring",
        str(tmp / "keyring.json"),
        "--batch-size",
        "8",
        "--summary-json",
        *extra,
    ]


def kill_midway(cmd: list[str], stored: Callable[[], int], total: int, log: Path) -> int:
    """Start the run, SIGKILL it once some but not all records are stored; return that count."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    seen = 0
    with open(log, "wb") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + 120
        try:
            while time.monotonic() < deadline and proc.poll() is None:
                seen = stored()
                if seen >= total // 4:
                    break
                time.sleep(0.01)
            alive = proc.poll() is None
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
    assert alive, f"the run ended before it could be killed: {log.read_text()[-2000:]}"
    assert proc.returncode == -signal.SIGKILL
    return seen


def finish(cmd: list[str]) -> dict[str, Any]:
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stderr.strip().splitlines()[-1])


def _sqlite_count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5) as c:
            return int(c.execute("SELECT count(*) FROM records").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_and_restart_sqlite(tmp_path: Path) -> None:
    ids = make_archive(tmp_path / "arc")
    db = tmp_path / "store.db"
    cmd = cli(tmp_path, f"sqlite:///{db}")
    at_kill = kill_midway(cmd, lambda: _sqlite_count(db), len(ids), tmp_path / "run1.log")
    assert 0 < at_kill < len(ids)
    summary = finish(cmd)
    assert summary["objects_skipped_done"] >= 1  # the restart resumed, it did not start over
    with sqlite3.connect(db) as c:
        keys = [r[0] for r in c.execute("SELECT key FROM records")]
        records = [r[0] for r in c.execute("SELECT record FROM records")]
        quarantined = c.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    assert len(keys) == len(set(keys)) == len(ids)  # none lost, none twice
    assert set(keys) == ids
    assert quarantined == 0
    assert not any("@example.com" in r for r in records)  # stored redacted
    assert Checkpoint(tmp_path / "ck.db").count_done("archive-objects") == OBJECTS


@pytest.mark.slow
@pytest.mark.services
def test_sigkill_and_restart_postgres(tmp_path: Path, pg_dsn: str) -> None:
    import psycopg

    ids = make_archive(tmp_path / "arc")
    # the CLI takes a URI; keep the test schema through PGOPTIONS (libpq reads it)
    schema = pg_dsn.split("search_path=")[1]
    base = pg_dsn.split(" options=")[0]
    kv = dict(part.split("=", 1) for part in base.split())
    uri = f"postgresql://{kv['user']}@{kv['host']}:{kv['port']}/{kv['dbname']}"
    os.environ["PGOPTIONS"] = f"-csearch_path={schema}"
    try:

        def count() -> int:
            with psycopg.connect(pg_dsn) as c:
                exists = c.execute("SELECT to_regclass('records') IS NOT NULL").fetchone()[0]  # type: ignore[index]
                return int(c.execute("SELECT count(*) FROM records").fetchone()[0]) if exists else 0  # type: ignore[index]

        cmd = cli(tmp_path, uri)
        at_kill = kill_midway(cmd, count, len(ids), tmp_path / "run1.log")
        assert 0 < at_kill < len(ids)
        finish(cmd)
    finally:
        del os.environ["PGOPTIONS"]
    with psycopg.connect(pg_dsn) as c:
        keys = [r[0] for r in c.execute("SELECT key FROM records")]
        leaked = c.execute("SELECT count(*) FROM records WHERE record LIKE '%@example.com%'").fetchone()[0]  # type: ignore[index]
    assert len(keys) == len(set(keys)) == len(ids)
    assert set(keys) == ids
    assert leaked == 0
