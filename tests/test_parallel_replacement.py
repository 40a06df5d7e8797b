"""How many times a batch that kills its worker makes the pool be replaced: the bound, proved.

`ParallelEngine` charges a worker's death to a call only when that call's chunks were alone on
the dead pool; otherwise any of the calls sharing it may have caused it, and the call is first
run again on its own, free. With look-ahead, whether a poison call P shared its pool depends on
timing, which is why `test_parallel_lookahead.py` sees 2, 3 or 4 replacements for one poison
batch. Here the timing is fixed by rendezvous (named pipes between workers, or between a worker
and the test; no sleep decides an outcome), so each path runs exactly, with ``retries`` = r:

* P alone on its pool: every death is charged: r + 1 replacements (`test_poison_alone`);
* P's first death seen while P is collected, a later call L on the same pool: that death is
  free, then P runs alone: r + 2 (`test_poison_sharing_its_pool`);
* P's first death seen while an earlier call E is collected (E is run again, free), and P's
  resubmission lands on the new pool that a later call L already uses: two free deaths, then
  r + 1 charged ones: r + 3 (`test_poison_seen_by_an_earlier_call_then_sharing_again`).

Why r + 3 is the most, for one poison call among healthy ones (healthy chunks never kill a
worker; a run of P kills its pool at most once, since P's chunks die with it):

1. A death is charged to P when P is collected and no other call has chunks on that pool; after
   r + 1 charged deaths P fails (`WorkerError`, its batch is quarantined). So at most r + 1.
2. A free death seen while P is collected (P shared its pool) discards the pool; P is then
   resubmitted inside the same `_run` call, which starts a new pool and collects it before any
   other call can be submitted: P is alone from then on. So at most one such death.
3. A death seen while an earlier call is collected (free for it: P shared its pool) makes P's
   chunks stale; P is resubmitted when it is the oldest call, and no earlier call remains to
   see another of P's deaths. P's first run is its only run before it is the oldest call, so at
   most one such death, and only for the first run.

So r + 1 <= replacements <= r + 3, and each value is reached below. Every healthy call gets its
spans, and each replacement pool is forked warm again when no other thread runs.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from redactor.detect.base import PatternDetector
from redactor.detect.engine import DetectionEngine
from redactor.detect.span import Span
from redactor.errors import WorkerError
from redactor.forking import fork_available, fork_is_safe
from redactor.parallel import ParallelEngine
from redactor.policy import Policy, load_policy

ROOT = Path(__file__).resolve().parents[1]
POLICY = load_policy(ROOT / "policies" / "default.yaml")

DIE = "\x00die"
OPEN_GATE = "\x00open-gate:"  # + fifo path: (first time only) open it for writing, then go on
WAIT_GATE = "\x00wait-gate:"  # + fifo path: (first time only) wait until a writer opened and closed it
BLOCK_ONCE = "\x00block-once:"  # + flag path: the first time, block at the end until killed


class _Scripted:
    """Acts on markers in text order; the "first time" flags are files (set before acting), so
    they survive the death of the worker that set them."""

    name = "test.scripted"
    entities = ("SECRET",)

    def detect(self, text: str) -> list[Span]:
        block = False
        for word in text.split():
            if word == DIE:
                os._exit(3)
            if word.startswith(BLOCK_ONCE) and _first(word[len(BLOCK_ONCE) :]):
                block = True
            if word.startswith(OPEN_GATE) and _first(word[len(OPEN_GATE) :] + ".opened"):
                with open(word[len(OPEN_GATE) :], "wb") as fifo:  # blocks until a reader comes
                    fifo.write(b"go")
            if word.startswith(WAIT_GATE) and _first(word[len(WAIT_GATE) :] + ".waited"):
                with open(word[len(WAIT_GATE) :], "rb") as fifo:  # blocks until a writer comes
                    fifo.read()  # until the writer closes
        if block:
            time.sleep(3600)  # ended by the pool's replacement (its workers are killed)
        return []


def _first(flag: str) -> bool:
    """True the first time it is called for `flag` (in any process)."""
    try:
        os.close(os.open(flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


EMAIL = PatternDetector("test.email", "EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+\.[\w.]+", score=0.9)


def scripted_engine(policy: Policy) -> DetectionEngine:
    return DetectionEngine([EMAIL, _Scripted()], None)  # type: ignore[list-item]


@pytest.fixture
def gate(tmp_path: Path) -> Path:
    fifo = tmp_path / "gate"
    os.mkfifo(fifo)
    return fifo


def _engine(retries: int, context: str | None = None) -> ParallelEngine:
    kwargs = {"context": context} if context else {}
    return ParallelEngine(POLICY, workers=2, factory=scripted_engine, timeout_s=60.0, retries=retries, **kwargs)


def _open_gate_from_the_test(fifo: Path) -> None:
    """Open `fifo` for writing (returns once the worker waiting on it has opened it) and close it."""
    t = threading.Thread(target=lambda: os.close(os.open(fifo, os.O_WRONLY)), daemon=True)
    t.start()
    t.join(60)
    assert not t.is_alive(), "the poison batch's worker never reached its gate"


def _emails(spans: list[list[Span]]) -> list[list[str]]:
    return [[s.entity for s in ss] for ss in spans]


def _assert_goes_on_warm(eng: ParallelEngine, safe: bool, context: str | None = None) -> None:
    """A new text is detected on a new pool, and every pool (the replacements too) was forked
    warm when forking was safe (no other thread), or started as `context` says."""
    assert _emails(eng.analyze(["afterwards: ed@example.com"])) == [["EMAIL_ADDRESS"]]
    expected = context or ("fork" if fork_available() and safe else "spawn")
    assert eng.starts == [expected] * (eng.restarts + 1)


@pytest.fixture
def no_other_thread() -> Iterator[bool]:
    yield fork_is_safe()


@pytest.mark.parametrize("retries", [0, 1, 2])
def test_poison_alone(retries: int, no_other_thread: bool) -> None:
    with _engine(retries) as eng:
        p = eng.submit([f"p {DIE}"])
        with pytest.raises(WorkerError, match=f"retried {retries} time"):
            p.result()
        assert eng.restarts == retries + 1
        _assert_goes_on_warm(eng, no_other_thread)


@pytest.mark.parametrize("retries", [0, 1, 2])
def test_poison_sharing_its_pool(retries: int, gate: Path, no_other_thread: bool) -> None:
    with _engine(retries) as eng:
        p = eng.submit([f"p {WAIT_GATE}{gate} {DIE}"])  # dies only once the test opens the gate
        later = eng.submit(["later: bo@example.org"])  # on the same pool as p's first run
        _open_gate_from_the_test(gate)
        with pytest.raises(WorkerError, match=f"retried {retries} time"):
            p.result()
        assert eng.restarts == retries + 2
        assert _emails(later.result()) == [["EMAIL_ADDRESS"]]
        _assert_goes_on_warm(eng, no_other_thread)


@pytest.mark.parametrize(
    ("retries", "context"),
    [
        (0, None),
        (1, None),
        (2, None),
        (1, "spawn"),  # the same count with cold workers: the accounting does not depend on how they start
    ],
)
def test_poison_seen_by_an_earlier_call_then_sharing_again(
    retries: int, context: str | None, gate: Path, tmp_path: Path, no_other_thread: bool
) -> None:
    with _engine(retries, context) as eng:
        # e runs first and blocks (the first time) after meeting p at the gate; p then dies, so
        # the death is seen while e is collected
        e = eng.submit([f"earlier: cy@example.net {BLOCK_ONCE}{tmp_path / 'blocked'} {OPEN_GATE}{gate}"])
        p = eng.submit([f"p {WAIT_GATE}{gate} {DIE}"])
        assert _emails(e.result()) == [["EMAIL_ADDRESS"]]  # run again on new workers, free
        assert eng.restarts == 1
        later = eng.submit(["later: di@example.com"])  # on the pool p's stale chunks go to next
        with pytest.raises(WorkerError, match=f"retried {retries} time"):
            p.result()
        assert eng.restarts == retries + 3
        assert _emails(later.result()) == [["EMAIL_ADDRESS"]]
        _assert_goes_on_warm(eng, no_other_thread, context)
