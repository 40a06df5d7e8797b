"""How lines are cut into detection batches changes when results come out, never what they are.

The first batch is small (`FIRST_BATCH` lines) so the first result is out before a whole batch
of lines has been read; the output of the bundled generated stream (history replay: caches and
propagation at work) is identical for any batch size.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from redactor.io.base import InputLine
from redactor.pipeline import FIRST_BATCH, Pipeline, build_engine
from redactor.policy import load_policy
from redactor.secret import SecretBytes

ROOT = Path(__file__).resolve().parents[1]
POLICY = load_policy(ROOT / "policies" / "default.yaml")
KEY = SecretBytes(b"b" * 32)
STREAM = (ROOT / "samples" / "copilot-stream.jsonl").read_text(encoding="utf-8").splitlines()[:150]


def run(batch_size: int) -> list[str]:
    pipe = Pipeline(
        POLICY, key=KEY, engine=build_engine(POLICY, load_ner=False), batch_size=batch_size, now_ms=lambda: 0
    )
    lines = [InputLine("s", i, raw) for i, raw in enumerate(STREAM, 1)]
    return [json.dumps(getattr(r, "record", None) or [r.reason, r.detail], sort_keys=True) for r in pipe.process(lines)]


def test_the_first_result_comes_after_the_first_small_batch() -> None:
    pulled = 0

    def lines() -> Iterator[InputLine]:
        nonlocal pulled
        for i, raw in enumerate(STREAM, 1):
            pulled += 1
            yield InputLine("s", i, raw)

    pipe = Pipeline(POLICY, key=KEY, engine=build_engine(POLICY, load_ner=False), batch_size=64, now_ms=lambda: 0)
    results = pipe.process(lines())
    next(results)
    assert pulled == FIRST_BATCH < 64
    assert len([next(results) for _ in range(FIRST_BATCH - 1 + 64)]) == FIRST_BATCH - 1 + 64
    assert pulled == FIRST_BATCH + 64  # then full batches


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_same_output_whatever_the_batch_size(batch_size: int) -> None:
    reference = run(500)  # one batch after the first
    assert len(reference) == len(STREAM)
    assert run(batch_size) == reference
