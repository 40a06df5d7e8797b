"""Workers forked from a warmed process (`redactor.forking`, `ParallelEngine(context="fork")`).

What is proved here: warming an engine up changes none of its results; forked workers start
from the parent's engine (no model load of their own) and share its pages (a new worker's
private memory is a small part of what it maps); each forked worker has the heap frozen, no
handler of the parent's signals (a SIGTERM ends it) and a working NumPy after OpenBLAS's fork
handling; a pool is forked only while no other thread runs, otherwise it starts cold, with the
same results; in `redactor.runner.run` (a reader thread) a replacement pool starts cold and the
output is unchanged; `redactor run --worker-start` refuses what it does not know.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from redactor.detect.base import PatternDetector
from redactor.detect.engine import DetectionEngine
from redactor.detect.span import Span
from redactor.forking import fork_available, fork_is_safe
from redactor.io.base import InputLine, Redacted
from redactor.io.jsonl import JsonlSink, QuarantineLog
from redactor.parallel import ParallelEngine
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import Policy, load_policy
from redactor.runner import run
from redactor.secret import SecretBytes
from redactor.warmup import WARMUP_TEXTS, warm_up

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "copilot-stream.jsonl"
POLICY = load_policy(ROOT / "policies" / "default.yaml")
KEY = SecretBytes(b"k" * 32)
DIE = "\x00die-now"

pytestmark = pytest.mark.skipif(not fork_available(), reason="this platform cannot fork")


class _Bomb:
    name = "test.bomb"
    entities = ("SECRET",)

    def detect(self, text: str) -> list[Span]:
        if DIE in text:
            os._exit(3)
        return []


EMAIL = PatternDetector("test.email", "EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+\.[\w.]+", score=0.9)
BUILT_IN: list[int] = []  # pids of the processes that ran `light_engine` (in this process only)


def light_engine(policy: Policy) -> DetectionEngine:
    BUILT_IN.append(os.getpid())
    return DetectionEngine([EMAIL, _Bomb()], None)  # type: ignore[list-item]


def _texts() -> list[str]:
    """Every body text of the sample stream's first 120 lines (prose, code, logs, secrets)."""
    out = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:120]:
        obj = json.loads(line)
        if isinstance(obj, dict) and isinstance(obj.get("body"), str):
            out.append(obj["body"])
    return out


def _probe() -> dict[str, Any]:
    """Run in a worker: what it inherited."""
    import numpy as np

    a = np.arange(400 * 400, dtype=np.float64).reshape(400, 400) / 1e5
    product_ok = bool(np.allclose((a @ np.eye(400)), a))
    return {
        "pid": os.getpid(),
        "frozen": gc.get_freeze_count(),
        "sigterm": signal.getsignal(signal.SIGTERM) == signal.SIG_DFL,
        "sigint": signal.getsignal(signal.SIGINT) == signal.SIG_IGN,
        "python_threads": threading.active_count(),
        "product_ok": product_ok,
    }


def _in_workers(eng: ParallelEngine, fn: Any) -> list[Any]:
    ex = eng.pool._ex
    assert ex is not None
    return [ex.submit(fn).result(timeout=60) for _ in range(eng.workers * 2)]


def _memory_mb(pid: int) -> dict[str, float]:
    """RSS and private (USS) memory of a process, MB (Linux /proc/<pid>/smaps_rollup)."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        k, v = line.split(":", 1)
        fields[k] = int(v.split()[0]) / 1024
    return {"rss": fields["Rss"], "uss": fields["Private_Clean"] + fields["Private_Dirty"]}


# --- warming up is exact -------------------------------------------------------------------------


def test_a_warmed_engine_finds_what_a_fresh_one_finds(real_engine: DetectionEngine) -> None:
    texts = _texts()
    warmed = build_engine(POLICY)
    assert warm_up(warmed) == sum(len(t) for t in WARMUP_TEXTS) > 3_000
    fresh_results = real_engine.analyze(texts)
    assert sum(len(s) for s in fresh_results) > 100  # the sample is full of findings
    assert warmed.analyze(texts) == fresh_results
    assert warmed.analyze(list(WARMUP_TEXTS)) == real_engine.analyze(list(WARMUP_TEXTS))


# --- forked workers --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def forked() -> Iterator[ParallelEngine]:
    """Two workers forked from the default policy's real engine, built and warmed here."""
    if not fork_is_safe():  # pragma: no cover - another test left a thread running
        pytest.skip("another thread runs: the pool would start cold (tested below)")
    old = signal.signal(signal.SIGTERM, lambda *_: None)  # a parent handler the workers must not keep
    try:
        with ParallelEngine(POLICY, workers=2, context="fork") as eng:
            yield eng
    finally:
        signal.signal(signal.SIGTERM, old)


def test_forked_workers_share_the_parents_engine_and_its_pages(
    forked: ParallelEngine, real_engine: DetectionEngine
) -> None:
    assert forked.starts == ["fork"]
    pids = forked.worker_pids()
    assert len(pids) == 2 and os.getpid() not in pids
    for pid in pids:  # the model and the tables are mapped, but not copied
        mem = _memory_mb(pid)
        assert mem["rss"] > 150 and mem["uss"] < 0.25 * mem["rss"], mem
    texts = _texts()
    assert forked.analyze(texts) == real_engine.analyze(texts)


def test_a_forked_worker_starts_clean(forked: ParallelEngine) -> None:
    for seen in _in_workers(forked, _probe):
        assert seen["frozen"] > 100_000  # the inherited heap: collections in the worker skip it
        assert seen["sigterm"] and seen["sigint"]  # the parent's handlers are gone
        assert seen["python_threads"] == 1
        assert seen["product_ok"]  # NumPy (OpenBLAS) works after the fork


def _ended(pid: int) -> bool:
    """True once `pid` has exited (gone, or a zombie its parent has not reaped yet)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def test_sigterm_ends_a_forked_worker_and_a_new_one_takes_over(forked: ParallelEngine) -> None:
    forked.analyze(["a call first: the pool replaces a worker lost earlier, if any"])
    victim = next(pid for pid in forked.worker_pids() if not _ended(pid))
    os.kill(victim, signal.SIGTERM)  # with the parent's handler (set by the fixture) it would live on
    deadline = time.monotonic() + 30
    while not _ended(victim):
        assert time.monotonic() < deadline, "a forked worker ignored SIGTERM"
        time.sleep(0.01)
    # the pool notices the death on its own time: calls go on (answered by the other worker or
    # retried on new ones) until it has been replaced
    restarts, deadline = forked.restarts, time.monotonic() + 60
    while forked.restarts == restarts:
        assert time.monotonic() < deadline, "the pool never noticed its dead worker"
        got = forked.analyze([f"a text for ann@example.com after the SIGTERM ({time.monotonic()})"])
        assert [s.entity for s in got[0]] == ["EMAIL_ADDRESS"]
    assert [s.entity for s in forked.analyze(["and bo@example.org on the new pool"])[0]] == ["EMAIL_ADDRESS"]
    assert victim not in forked.worker_pids()


# --- when forking is not safe --------------------------------------------------------------------------


def test_with_another_thread_running_the_pool_starts_cold() -> None:
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        del BUILT_IN[:]
        with ParallelEngine(POLICY, workers=2, factory=light_engine) as eng:
            assert eng.starts == ["spawn"]
            assert BUILT_IN == []  # nothing was built here: each spawned worker built its own
            got = eng.analyze(["cold start for bo@example.org"])
    finally:
        stop.set()
        t.join(10)
    assert [s.entity for s in got[0]] == ["EMAIL_ADDRESS"]


def _email_engine(policy: Policy) -> DetectionEngine:
    return DetectionEngine([EMAIL], None)


def test_a_replacement_during_a_run_starts_cold_and_the_output_is_unchanged(tmp_path: Path) -> None:
    texts = [f"line {i} for p{i}@example.com" for i in range(12)]
    texts[5] = f"boom {DIE} for q@example.com"
    lines = [
        InputLine(
            "t.jsonl",
            n,
            json.dumps(
                {
                    "type": "request",
                    "event_id": f"e{n}",
                    "user_id": 7,
                    "endpoint": "/chat/completions",
                    "body": json.dumps({"model": "gpt-4.1", "messages": [{"role": "user", "content": t}]}),
                }
            ),
        )
        for n, t in enumerate(texts, 1)
    ]
    del BUILT_IN[:]
    out, qout = tmp_path / "out.jsonl", tmp_path / "quarantine.jsonl"
    sink, qsink = JsonlSink.to_path(out), QuarantineLog.to_path(qout)
    safe = fork_is_safe()
    with ParallelEngine(POLICY, workers=2, factory=light_engine) as eng:
        started_with_reader: list[int] = []

        def source() -> Iterator[InputLine]:
            # runs in the runner's reader thread, which stays alive until a replacement pool started
            yield from lines
            deadline = time.monotonic() + 60
            while len(eng.starts) < 2:
                assert time.monotonic() < deadline, "the dying batch never made the pool be replaced"
                time.sleep(0.01)
            started_with_reader.append(len(eng.starts))

        summary = run(Pipeline(POLICY, key=KEY, engine=eng, batch_size=2), source(), sink, quarantine=qsink)
    sink.close()
    qsink.close()
    assert eng.restarts >= 1
    assert eng.starts[0] == ("fork" if safe else "spawn")
    # every pool started while the reader thread ran started cold (later ones may be forked again)
    assert set(eng.starts[1 : started_with_reader[0]]) == {"spawn"}
    assert BUILT_IN == ([os.getpid()] if safe else [])  # noqa: SIM300 - only the forked pool's engine was built here
    records = [json.loads(x) for x in out.read_text().splitlines()]
    quarantined = [json.loads(x) for x in qout.read_text().splitlines()]
    assert summary.read == 12 and summary.quarantined_total == len(quarantined) >= 1
    assert 6 in {q["line"] for q in quarantined} and {q["reason"] for q in quarantined} == {"detection_error"}
    # what the in-process engine writes for the lines that were not quarantined (numbering included)
    lost = {q["line"] for q in quarantined}
    expected = Pipeline(POLICY, key=KEY, engine=_email_engine(POLICY)).process(
        [x for x in lines if x.line_no not in lost]
    )
    assert records == [r.record for r in expected if isinstance(r, Redacted)]
    assert "@example.com" not in out.read_text()


# --- the CLI ------------------------------------------------------------------------------------------


def test_worker_start_refuses_an_unknown_method(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from redactor.cli import main

    with pytest.raises(SystemExit) as ei:
        main(["run", "--workers", "2", "--worker-start", "thread", "-p", str(ROOT / "policies/default.yaml"), "-"])
    assert ei.value.code == 2
    assert "--worker-start must be one of fork, spawn (got 'thread')" in capsys.readouterr().err
