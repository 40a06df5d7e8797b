"""`scripts/bench.py` reports PSS next to RSS: forked workers share pages that RSS counts twice.

`memory_mb` reads ``/proc/PID/smaps_rollup``; these tests check it on real processes: this one,
one that has exited, and a forked child that shares a large allocation with its parent (the
situation of warm-forked detection workers), where the two processes' RSS add up to about twice
the allocation and their PSS to about once. And the report line sums PSS over the processes.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench.py"

pytestmark = pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="Linux /proc only")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_script"] = mod
    spec.loader.exec_module(mod)
    return mod


bench = _load()


def test_memory_of_this_process() -> None:
    mem = bench.memory_mb()
    assert mem is not None
    assert 0 < mem["pss_mb"] <= mem["rss_mb"]


def test_a_process_that_has_exited_has_no_memory() -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    assert bench.memory_mb(pid) is None


def test_pss_divides_the_pages_a_forked_child_shares() -> None:
    block = bytearray(os.urandom(64 << 20))  # 64 MB, resident in the parent before the fork
    read, write = os.pipe()
    done_r, done_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: touch the shared pages (read only), say so, wait to be measured
        os.close(read)
        os.close(done_w)
        total = sum(block[i] for i in range(0, len(block), 4096))
        os.write(write, b"x" if total >= 0 else b"y")
        os.read(done_r, 1)
        os._exit(0)
    os.close(write)
    os.close(done_r)
    try:
        assert os.read(read, 1) == b"x"
        parent, child = bench.memory_mb(), bench.memory_mb(pid)
        assert parent is not None and child is not None
        rss = parent["rss_mb"] + child["rss_mb"]
        pss = parent["pss_mb"] + child["pss_mb"]
        assert child["rss_mb"] >= 60  # the child maps the 64 MB...
        assert child["pss_mb"] <= child["rss_mb"] - 25  # ...but owns only half of them
        assert rss - pss >= 50  # summed RSS counts the shared block twice, summed PSS once
    finally:
        os.write(done_w, b".")
        os.waitpid(pid, 0)
    del block


def test_the_report_line_sums_pss_over_main_and_workers() -> None:
    run = {
        "memory_end": {
            "main": {"rss_mb": 280.0, "pss_mb": 130.0},
            "workers": [{"rss_mb": 250.0, "pss_mb": 110.0}, {"rss_mb": 255.0, "pss_mb": 120.0}],
        }
    }
    assert bench._fmt_memory(run) == (
        "memory at end, RSS/PSS MB: main 280/130, w1 250/110, w2 255/120; total RSS 785, PSS 360"
    )
    assert bench._fmt_memory({"memory_end": {"main": None}}) is None  # not Linux
    assert bench._fmt_memory({"memory_end": {"main": {"rss_mb": 290.0, "pss_mb": 261.0}}}) == (
        "memory at end, RSS/PSS MB: main 290/261"
    )
