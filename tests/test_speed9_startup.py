"""Start-up without the cyclic collector (session 9): `collector_paused` holds automatic
collection off while an engine is built and until the heap is frozen; forked workers get the
frozen heap's threshold back. The collector only decides *when* unreachable cycles are freed, so
none of this can change a result; these tests prove the pause happens where the start-up time
was lost, and that the collector comes back where the process goes on running."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import redactor.pipeline
from redactor.pipeline import build_engine, collector_paused
from redactor.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]
POLICY = load_policy(ROOT / "policies" / "default.yaml")


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """Generations of the automatic collections that start while the test runs."""
    seen: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(count)
    try:
        yield seen
    finally:
        gc.callbacks.remove(count)


def cycles(n: int) -> None:
    """Allocate `n` small reference cycles (garbage only the collector frees)."""
    for _ in range(n):
        a: list[object] = []
        a.append(a)


def test_no_automatic_collection_inside_the_block(collections: list[int]) -> None:
    before = gc.get_threshold()
    with collector_paused():
        assert gc.get_threshold() == (0, before[1], before[2])
        cycles(5 * max(before[0], 700))  # several thresholds' worth of new containers
        assert collections == []
    assert gc.get_threshold() == before
    cycles(5 * max(before[0], 700))  # and the collector runs again after it
    assert collections


def test_nested_blocks_keep_the_outer_pause() -> None:
    before = gc.get_threshold()
    with collector_paused():
        with collector_paused():
            pass
        assert gc.get_threshold()[0] == 0  # the inner exit did not switch collection back on
    assert gc.get_threshold() == before


def test_an_error_inside_the_block_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.get_threshold() == before


def test_a_library_reenabling_the_collector_does_not_end_the_pause(collections: list[int]) -> None:
    with collector_paused():
        gc.disable()
        gc.enable()  # what srsly's msgpack reader does around every model file it reads
        cycles(10_000)
        assert collections == []


def test_build_engine_builds_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def engine(*args: object) -> object:
        seen.append(gc.get_threshold()[0])
        return object()

    monkeypatch.setattr(redactor.pipeline, "DetectionEngine", engine)
    before = gc.get_threshold()
    build_engine(POLICY, load_ner=False)
    assert seen == [0]
    assert gc.get_threshold() == before


def test_freezing_inside_the_block_keeps_the_frozen_heaps_threshold() -> None:
    # in a fresh interpreter: freeze_heap acts once per process
    code = (
        "import gc; from redactor.pipeline import collector_paused, freeze_heap, GEN0_THRESHOLD\n"
        "t = gc.get_threshold()\n"
        "with collector_paused():\n"
        "    x = [[] for _ in range(5000)]\n"
        "    frozen = freeze_heap()\n"
        "print(frozen, gc.get_threshold() == (GEN0_THRESHOLD, t[1], t[2]), gc.get_freeze_count() > 5000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True"]


def test_a_forked_child_collects_again_at_the_frozen_heaps_threshold() -> None:
    # in a fresh interpreter (no thread of another test is copied into the child)
    code = (
        "import gc, multiprocessing\n"
        "from redactor.forking import in_forked_child\n"
        "from redactor.pipeline import GEN0_THRESHOLD, collector_paused\n"
        "with collector_paused(), multiprocessing.get_context('fork').Pool(1, initializer=in_forked_child) as pool:\n"
        "    child = pool.apply(gc.get_threshold)\n"  # forked while the parent's collector is paused
        "print(child[0] == GEN0_THRESHOLD)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert run.stdout.split() == ["True"]


def test_forked_workers_do_not_inherit_the_parents_pause() -> None:
    # in a fresh interpreter: a thread another test left running would make the pool start cold
    code = (
        "import functools, gc\n"
        "from redactor.parallel import ParallelEngine\n"
        "from redactor.pipeline import GEN0_THRESHOLD, build_engine\n"
        "from redactor.policy import load_policy\n"
        f"policy = load_policy({str(ROOT / 'policies' / 'default.yaml')!r})\n"
        "before = gc.get_threshold()\n"
        "factory = functools.partial(build_engine, load_ner=False)\n"
        "with ParallelEngine(policy, workers=2, factory=factory, context='fork') as eng:\n"
        "    parent = gc.get_threshold() == before\n"
        "    ex = eng.pool._ex\n"
        "    kids = {ex.submit(gc.get_threshold).result(timeout=60)[0] for _ in range(4)}\n"
        "print(eng.starts == ['fork'], parent, kids == {GEN0_THRESHOLD})"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert run.stdout.split() == ["True", "True", "True"]
