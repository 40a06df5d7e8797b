"""In-process warm-up (`redactor.warmup.warm_once`, called by `redactor.runner.run`), and the
collector threshold `redactor.pipeline.freeze_heap` sets.

What is proved here: a warmed engine gives the same results as a cold one, on the warm-up texts
and on a real sample stream; the warm-up is paid once per engine, leaves the engine's settings,
cache and hit/miss counters as they were; `redactor.runner.run` warms an in-process engine
before the first record and writes the same output as a run on an engine that was never
warmed; the warm-up texts reach the BIP-39 word lists (a one-time table of the wallet detector);
`freeze_heap` raises the young generation's collection threshold, once per process.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.secrets import wallets
from redactor.io.base import InputLine
from redactor.io.jsonl import JsonlSink
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import load_policy
from redactor.runner import run
from redactor.secret import SecretBytes
from redactor.warmup import _WARMED, WARMUP_TEXTS, warm_once

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "copilot-stream.jsonl"
POLICY = load_policy(ROOT / "policies" / "default.yaml")
KEY = SecretBytes(b"k" * 32)


def _engine() -> DetectionEngine:
    return build_engine(POLICY, load_ner=False)


def _sample_texts() -> list[str]:
    """Every string value of the sample stream's records (bodies included, as raw text)."""
    out: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        try:
            walk(json.loads(line))
        except ValueError:  # the sample holds a few broken lines on purpose
            continue
    return out


def test_warm_once_warms_each_engine_once_and_restores_its_state() -> None:
    engine = _engine()
    settings = engine.settings
    assert warm_once(engine) is True
    assert engine in _WARMED
    assert warm_once(engine) is False  # the second call does nothing
    assert engine.settings is settings  # the cache size is back
    assert (engine.cache_hits, engine.cache_misses, engine.cache_bytes) == (0, 0, 0)
    assert len(engine._cache) == 0  # no warm-up text is remembered
    other = _engine()
    assert other not in _WARMED  # warmed per engine, not per process


def test_a_warmed_engine_finds_what_a_cold_one_finds() -> None:
    texts = [*WARMUP_TEXTS, *_sample_texts()]
    assert len(texts) > 100
    cold, warm = _engine(), _engine()
    warm_once(warm)
    found = cold.analyze(texts)
    assert any(found)  # the comparison is not between two empty answers
    assert warm.analyze(texts) == found


def test_warm_up_reaches_the_bip39_word_lists() -> None:
    wallets.word_index.cache_clear()
    warm_once(_engine())
    assert wallets.word_index.cache_info().currsize == 1


def _run(engine: DetectionEngine) -> str:
    pipe = Pipeline(POLICY, key=KEY, engine=engine, now_ms=lambda: 1783494912345)
    lines = [
        InputLine(str(SAMPLE), no, raw)
        for no, raw in enumerate(SAMPLE.read_text(encoding="utf-8").splitlines(), 1)
        if raw.strip()
    ]
    out = io.StringIO()
    summary = run(pipe, lines, JsonlSink(out))
    assert summary.written > 0
    return out.getvalue()


def test_runner_warms_an_in_process_engine_and_output_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    warmed = _engine()
    out_warm = _run(warmed)
    assert warmed in _WARMED
    monkeypatch.setattr("redactor.runner.warm_once", lambda engine: False)  # a run that never warms
    cold = _engine()
    out_cold = _run(cold)
    assert cold not in _WARMED
    assert out_warm == out_cold


def test_freeze_heap_raises_the_young_generation_threshold_once() -> None:
    code = (
        "import gc; from redactor.pipeline import GEN0_THRESHOLD, freeze_heap; "
        "gc.set_threshold(700, 11, 12); freeze_heap(); a = gc.get_threshold(); "
        "gc.set_threshold(900, 11, 12); freeze_heap(); b = gc.get_threshold(); "
        "print(a == (GEN0_THRESHOLD, 11, 12), b == (900, 11, 12), GEN0_THRESHOLD > 700)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True"]  # raised by the first call, untouched by a later one
