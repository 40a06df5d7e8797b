"""The warm-up texts and the collector threshold `redactor.pipeline.freeze_heap` sets.

What is proved here: an engine warmed with `warm_up` (as forked workers are) gives the same
results as a cold one, on the warm-up texts and on a real sample stream; the warm-up texts reach
the BIP-39 word lists (a one-time table of the wallet detector); `freeze_heap` raises the young
generation's collection threshold, once per process.

(An in-process warm-up at the start of `redactor.runner.run` was tried in session 8 and taken
out: it moved ~0.25 s of one-time cost before the first record, level in total CPU, and so
lengthened the time to the first output record while flattering throughput counted from it.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from redactor.detect.engine import DetectionEngine
from redactor.detect.secrets import wallets
from redactor.pipeline import build_engine
from redactor.policy import load_policy
from redactor.secret import SecretBytes
from redactor.warmup import WARMUP_TEXTS, warm_up

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


def test_a_warmed_engine_finds_what_a_cold_one_finds() -> None:
    texts = [*WARMUP_TEXTS, *_sample_texts()]
    assert len(texts) > 100
    cold, warm = _engine(), _engine()
    warm_up(warm)
    found = cold.analyze(texts)
    assert any(found)  # the comparison is not between two empty answers
    assert warm.analyze(texts) == found


def test_warm_up_reaches_the_bip39_word_lists() -> None:
    wallets.word_index.cache_clear()
    warm_up(_engine())
    assert wallets.word_index.cache_info().currsize == 1


def test_freeze_heap_raises_the_young_generation_threshold_once() -> None:
    code = (
        "import gc; from redactor.pipeline import GEN0_THRESHOLD, freeze_heap; "
        "gc.set_threshold(700, 11, 12); freeze_heap(); a = gc.get_threshold(); "
        "gc.set_threshold(900, 11, 12); freeze_heap(); b = gc.get_threshold(); "
        "print(a == (GEN0_THRESHOLD, 11, 12), b == (900, 11, 12), GEN0_THRESHOLD > 700)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True"]  # raised by the first call, untouched by a later one
