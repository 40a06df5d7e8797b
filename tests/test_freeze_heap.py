"""`freeze_heap`: the heap built at start-up (model, lexicons, detectors) leaves the collector's view
once per process, in `redactor.runner.run` and in every detection worker."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

import redactor.runner
from redactor.io.base import InputLine
from redactor.io.jsonl import JsonlSink
from redactor.parallel import ParallelEngine
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import Policy, load_policy
from redactor.secret import SecretBytes

ROOT = Path(__file__).resolve().parents[1]
POLICY = load_policy(ROOT / "policies" / "default.yaml")


def light_engine(policy: Policy) -> object:
    """A worker engine without NER (module level: spawned workers import it)."""
    return build_engine(policy, load_ner=False)


def test_freezes_once_per_process() -> None:
    code = (
        "import gc; from redactor.pipeline import freeze_heap; "
        "a = gc.get_freeze_count(); first = freeze_heap(); b = gc.get_freeze_count(); "
        "x = [[] for _ in range(1000)]; second = freeze_heap(); c = gc.get_freeze_count(); "
        "print(a == 0, first, b > 0, second, c == b)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True", "False", "True"]


def test_run_freezes_the_heap_before_the_first_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(redactor.runner, "freeze_heap", lambda: calls.append(1) or True)
    pipe = Pipeline(POLICY, key=SecretBytes(b"k" * 32), engine=light_engine(POLICY))  # type: ignore[arg-type]
    lines = [InputLine("t", 1, b'{"type": "x"}')]

    def source() -> object:
        assert calls == [1]  # frozen before any line is read
        yield from lines

    sink = JsonlSink.to_path(tmp_path / "out.jsonl")
    summary = redactor.runner.run(pipe, source(), sink)  # type: ignore[arg-type]
    sink.close()
    assert summary.read == 1 and calls == [1]


def test_every_detection_worker_freezes_its_heap() -> None:
    with ParallelEngine(POLICY, workers=2, factory=light_engine) as eng:
        ex = eng.pool._ex
        assert ex is not None
        counts = [ex.submit(gc.get_freeze_count).result(timeout=60) for _ in range(4)]
    assert all(c > 10_000 for c in counts), counts  # the engine's objects, not a handful
