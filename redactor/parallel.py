"""Detection in worker processes: `ParallelEngine`, a drop-in for `DetectionEngine`.

Workers do detection only; the main process does everything else. Placeholder numbering
(`<PERSON_2>` consistent per user) lives in one place, the pipeline in the main process, so
results do not depend on how work is split. Detection is almost all of the cost.

How a call goes: the main process looks every text up in its keyed, content-addressed cache
(the one `DetectionEngine` keeps); only the misses, each once, are split into chunks of about
equal size in characters and sent to a pool of worker processes. Each worker builds its own
engine once (the spaCy model loads once per worker) and returns the finished spans for its
chunk; the chunks are put back together in order.

Failure is loud, never a hang: a worker that dies (crash, OOM kill) is replaced with a new
pool and the call retried once; if it dies again, or a worker does not answer within the call's
deadline, `analyze` raises `WorkerError`, which the pipeline turns into a quarantine of that
batch (``detection_error``). The pool is then replaced (the new workers load the model again) so
the following batches go on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from multiprocessing.synchronize import Barrier
from threading import BrokenBarrierError
from types import TracebackType
from typing import TypeVar

from redactor.detect.engine import DetectionEngine, EngineSettings
from redactor.detect.span import Span
from redactor.errors import ConfigError, RedactorError, WorkerError
from redactor.pipeline import build_engine
from redactor.policy.model import Policy

T = TypeVar("T")

EngineFactory = Callable[[Policy], DetectionEngine]
"""Builds a worker's engine from the policy. Must be picklable (a module-level function)."""

STARTING = "starting detection workers"

CONTEXTS = ("spawn", "forkserver")
"""Start methods allowed: a forked child of a threaded process (the reader thread) may deadlock."""


class _Died(WorkerError):
    """A worker process died (crash, OOM kill): the call may be retried on new workers."""


# --- worker side ---------------------------------------------------------------------------------

_ENGINE: DetectionEngine | None = None
_INIT_ERROR: BaseException | None = None


def _init_worker(factory: EngineFactory, policy: Policy, barrier: Barrier, timeout_s: float) -> None:
    """Pool initializer: build this worker's engine once, then wait for the others.

    A failure is kept and raised by every task, so the main process sees the real error (e.g. a
    missing model) instead of a broken pool. The barrier makes the start-up answer mean "every
    worker is ready", so start-up time never counts against a batch's deadline.
    """
    global _ENGINE, _INIT_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    try:
        engine = factory(policy)
        engine.settings = replace(engine.settings, cache_size=0)  # the main process caches
        _ENGINE = engine
    except BaseException as e:
        _INIT_ERROR = e
        barrier.abort()
    with contextlib.suppress(BrokenBarrierError):  # another worker failed or is late: start-up reports it
        barrier.wait(timeout_s)


def _engine() -> DetectionEngine:
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    if _ENGINE is None:  # pragma: no cover - the initializer always runs first
        raise WorkerError("detection worker has no engine")
    return _ENGINE


def _ready() -> int:
    """Start-up task: the worker's pid once its engine is built."""
    _engine()
    return os.getpid()


def _detect(texts: list[str]) -> list[list[Span]]:
    return _engine().analyze(texts)


# --- main side -------------------------------------------------------------------------------------


def split_by_chars(texts: Sequence[str], parts: int) -> list[tuple[int, int]]:
    """Cut `texts` into at most `parts` contiguous, non-empty [start, end) ranges of about equal
    total length (detection time grows with characters, not with the number of texts)."""
    if not texts:
        return []
    parts = max(1, min(parts, len(texts)))
    total = sum(len(t) for t in texts) or len(texts)
    bounds: list[tuple[int, int]] = []
    start, acc = 0, 0
    for i, t in enumerate(texts):
        acc += len(t) or 1
        remaining_parts = parts - len(bounds) - 1
        remaining_texts = len(texts) - i - 1
        if remaining_parts and (acc >= total * (len(bounds) + 1) / parts or remaining_texts == remaining_parts):
            bounds.append((start, i + 1))
            start = i + 1
    bounds.append((start, len(texts)))
    return [b for b in bounds if b[0] < b[1]]


class _Pool:
    """The worker pool behind a `ParallelEngine`; plugs into `DetectionEngine` as its NER."""

    def __init__(
        self,
        policy: Policy,
        workers: int,
        factory: EngineFactory,
        context: str,
        timeout_s: float,
        start_timeout_s: float,
        min_chars_per_s: float,
        retries: int,
    ) -> None:
        self.policy = policy
        self.workers = workers
        self.factory = factory
        self.ctx = multiprocessing.get_context(context)
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self.min_chars_per_s = min_chars_per_s
        self.retries = retries
        self.restarts = 0
        self._ex: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Start the workers (if not running) and wait until every one has built its engine."""
        if self._ex is not None:
            return
        barrier = self.ctx.Barrier(self.workers)
        self._ex = ex = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self.ctx,
            initializer=_init_worker,
            initargs=(self.factory, self.policy, barrier, self.start_timeout_s),
        )
        try:
            futs = [ex.submit(_ready) for _ in range(self.workers)]  # one new process per pending task
            self._gather(futs, self.start_timeout_s, STARTING)
        except BrokenProcessPool:
            self._discard()
            raise _Died(f"{STARTING}: a worker process died while starting") from None
        except BaseException:
            self._discard()
            raise

    def pids(self) -> list[int]:
        ex = self._ex
        if ex is None:
            return []
        return sorted(p.pid for p in list(ex._processes.values()) if p.pid is not None)

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans per text, in order. A dead worker costs a retry on new workers (`retries` times),
        then `WorkerError`; a hung one costs `WorkerError` at once (waiting again would double the
        stall)."""
        if not texts:
            return []
        for attempt in range(self.retries + 1):
            try:
                return self._analyze_once(texts)
            except _Died as e:
                if attempt == self.retries:
                    raise WorkerError(f"{e}; retried {self.retries} time(s) on new workers") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _analyze_once(self, texts: Sequence[str]) -> list[list[Span]]:
        ranges = split_by_chars(texts, self.workers * 2)  # two chunks each: less waiting on the slowest
        self.start()
        ex = self._ex
        assert ex is not None
        try:
            futs = [ex.submit(_detect, list(texts[a:b])) for a, b in ranges]
        except BrokenProcessPool:
            self._discard()
            raise _Died("detection: a worker process died; new workers start on next use") from None
        deadline = self.timeout_s + sum(len(t) for t in texts) / self.min_chars_per_s
        parts = self._gather(futs, deadline, "detection")
        out: list[list[Span]] = []
        for part in parts:
            out.extend(part)
        if len(out) != len(texts):  # pragma: no cover - a worker engine broke its contract
            raise WorkerError(f"detection workers returned {len(out)} results for {len(texts)} texts")
        return out

    def _gather(self, futs: Sequence[Future[T]], timeout: float, what: str) -> list[T]:
        done, pending = wait(futs, timeout=timeout, return_when=FIRST_EXCEPTION)
        for f in futs:
            if f in done and f.exception() is not None:
                e = f.exception()
                if isinstance(e, BrokenProcessPool):
                    self._discard()
                    raise _Died(f"{what}: a worker process died; new workers start on next use") from None
                for p in pending:
                    p.cancel()
                if isinstance(e, RedactorError):
                    raise e
                if what == STARTING:  # no record text has been seen yet: the message is safe to show
                    raise WorkerError(f"{what} failed: {type(e).__name__}: {e}") from None
                raise WorkerError(f"{what} failed in a worker ({type(e).__name__})") from None
        if pending:
            self._discard()
            raise WorkerError(
                f"{what}: no answer from the detection workers within {timeout:.0f} s; "
                "they were stopped and new ones start on next use"
            )
        return [f.result() for f in futs]

    def _discard(self) -> None:
        """Kill the current workers (a hung or broken pool) so the next call starts fresh ones."""
        ex, self._ex = self._ex, None
        if ex is None:
            return
        self.restarts += 1
        procs = list(ex._processes.values())
        for p in procs:
            if p.is_alive():
                p.kill()
        ex.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            p.join(timeout=5)

    def close(self) -> None:
        ex, self._ex = self._ex, None
        if ex is not None:
            ex.shutdown(wait=True, cancel_futures=True)


class ParallelEngine(DetectionEngine):
    """A `DetectionEngine` whose detection runs in `workers` processes.

    Same interface and results as the in-process engine built by `build_engine(policy)`:
    `analyze(texts)` returns resolved spans per text in order, `cache_hits`/`cache_misses` count
    the main-process cache. Call `close()` (or use it as a context manager) to stop the workers.

    Args:
        policy: the policy; each worker builds its engine with `factory(policy)`.
        workers: worker processes (>= 1).
        factory: engine builder run once in each worker (module-level, picklable).
        context: multiprocessing start method, ``spawn`` or ``forkserver``.
        timeout_s: base deadline of one `analyze` call, seconds (start-up not included).
        start_timeout_s: deadline for the workers to build their engines (model load), seconds.
        min_chars_per_s: the deadline grows by one second per this many characters sent.
        retries: times a call is retried on new workers after a worker died during it.
        cache_size: texts kept in the main-process cache (0 disables it).
        start: start the workers now and wait for their engines (raises the workers' own error,
            e.g. `ModelError`, if they cannot build one). Otherwise they start on first use, and
            again after a dead or hung worker made the pool be replaced.
    """

    def __init__(
        self,
        policy: Policy,
        *,
        workers: int,
        factory: EngineFactory = build_engine,
        context: str = "spawn",
        timeout_s: float = 120.0,
        start_timeout_s: float = 300.0,
        min_chars_per_s: float = 2_000.0,
        retries: int = 1,
        cache_size: int = EngineSettings.cache_size,
        start: bool = True,
    ) -> None:
        if workers < 1:
            raise ConfigError(f"workers must be at least 1 (got {workers})")
        if retries < 0:
            raise ConfigError(f"retries must be 0 or more (got {retries})")
        if context not in CONTEXTS:
            raise ConfigError(f"context must be one of {', '.join(CONTEXTS)} (got {context!r})")
        self.pool = _Pool(policy, workers, factory, context, timeout_s, start_timeout_s, min_chars_per_s, retries)
        # The workers return final spans (filtered, guarded, resolved). The inherited analysis over
        # them is the identity: no detectors here, no score or entity filter, and the placeholder
        # guard and `resolve` leave already-resolved spans as they are.
        super().__init__([], self.pool, EngineSettings(min_score=0.0, entities=None, cache_size=cache_size))
        self.workers = workers
        if start:
            self.pool.start()

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring: RSS, CPU)."""
        return self.pool.pids()

    @property
    def restarts(self) -> int:
        """How many times the pool was replaced after a dead or hung worker."""
        return self.pool.restarts

    def close(self) -> None:
        """Stop the workers (waits for running chunks)."""
        self.pool.close()

    def __enter__(self) -> ParallelEngine:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ParallelEngine(workers={self.workers}, cache={len(self._cache)} texts)"
