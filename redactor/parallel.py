"""Detection in worker processes: `ParallelEngine`, a drop-in for `DetectionEngine`.

Workers do detection only (all of it: prefilter, segmentation, pattern detectors, NER); the
main process does everything else. Placeholder numbering (`<PERSON_2>` consistent per user)
lives in one place, the pipeline in the main process, so results do not depend on how work is
split.

How a call goes: the main process looks every text up in its keyed, content-addressed cache
(the one `DetectionEngine` keeps); only the misses, each once, are split into chunks of about
equal size in characters and sent to a pool of worker processes, which return the finished spans
for their chunks; the chunks are put back together in order.

How workers start: where the platform can ``fork`` (the default start method, ``fork``), the
main process builds one engine, warms it up and forks the workers from it, so the model and the
detectors' tables are loaded and built once and their pages are shared copy-on-write
(`redactor.forking`, which also says what makes a fork safe). When forking is not safe at that
moment (another thread runs, as in `redactor run` once reading has started), or with
``spawn``/``forkserver``, each worker builds its own engine (the model loads in each).

Calls can overlap: `submit(texts)` returns at once, so the pipeline parses the next batch and
transforms the previous one while the workers detect (`Pipeline.explain_batches`). A text that
an earlier, still running call already sent is not sent again: the later call waits for that
answer, as it would have found it in the cache had the calls run one after the other. Calls
are settled in submission order.

Failure is loud, never a hang: a worker that dies (crash, OOM kill) is replaced with a new
pool and the call retried once; if it dies again, or a worker does not answer within the call's
deadline, the call raises `WorkerError`, which the pipeline turns into a quarantine of that
batch (``detection_error``). The pool is then replaced (forked warm again when that is safe,
otherwise started cold) so the following batches go on; later calls whose chunks were lost with
the old pool are sent again without using up their own retry, and a call that was waiting for a
failed call's text detects that text itself. One batch whose worker dies every time costs
between ``retries + 1`` and ``retries + 3`` pool replacements, depending on which other calls
shared its pool (tests/test_parallel_replacement.py proves the bound and each count).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections import deque
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
from redactor.forking import FORK, fork_available, fork_is_safe, frozen_for_fork, in_forked_child, warm_engine
from redactor.pipeline import build_engine, collector_paused, freeze_heap
from redactor.policy.model import Policy

T = TypeVar("T")

EngineFactory = Callable[[Policy], DetectionEngine]
"""Builds a worker's engine from the policy. Must be picklable (a module-level function)."""

STARTING = "starting detection workers"

CONTEXTS = (FORK, "spawn", "forkserver")
"""Start methods allowed. ``fork`` forks warm workers from this process when `fork_is_safe()`
and falls back to ``spawn`` when not (a forked child of a threaded process may deadlock)."""

DEFAULT_CONTEXT = FORK if fork_available() else "spawn"

COLD = "spawn"
"""The start method of a ``fork`` pool that cannot be forked safely."""


class _Died(WorkerError):
    """A worker process died (crash, OOM kill): the call may be retried on new workers."""


class _Stale(WorkerError):
    """A job's chunks ran on workers that were replaced since (another job's failure)."""


# --- worker side ---------------------------------------------------------------------------------

_ENGINE: DetectionEngine | None = None
_INIT_ERROR: BaseException | None = None


def _init_worker(
    factory: EngineFactory, policy: Policy, barrier: Barrier, timeout_s: float, warm: DetectionEngine | None = None
) -> None:
    """Pool initializer: take the engine inherited from the parent (`warm`, forked workers) or
    build this worker's engine once, then wait for the others.

    A failure is kept and raised by every task, so the main process sees the real error (e.g. a
    missing model) instead of a broken pool. The barrier makes the start-up answer mean "every
    worker is ready", so start-up time never counts against a batch's deadline.
    """
    global _ENGINE, _INIT_ERROR
    if warm is not None:
        in_forked_child()  # heap frozen, the parent's signal handlers gone
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    try:
        if warm is not None:
            _ENGINE = warm
        else:
            with collector_paused():  # built and frozen without being walked (see there)
                engine = factory(policy)
                engine.settings = replace(engine.settings, cache_size=0)  # the main process caches
                _ENGINE = engine
                freeze_heap()  # the engine lives as long as the worker: full collections skip it
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
    """The worker processes behind a `ParallelEngine`.

    `generation` counts pool replacements: futures submitted under an older generation belong
    to workers that were already killed (their failure was charged to another job). `starts`
    records how each pool started: ``fork`` (warm, forked from this process) or the cold start
    method.
    """

    def __init__(
        self,
        policy: Policy,
        workers: int,
        factory: EngineFactory,
        context: str,
        timeout_s: float,
        start_timeout_s: float,
        min_chars_per_s: float,
    ) -> None:
        self.policy = policy
        self.workers = workers
        self.factory = factory
        self.context = context
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self.min_chars_per_s = min_chars_per_s
        self.restarts = 0
        self.generation = 0
        self.starts: list[str] = []
        self._warm: DetectionEngine | None = None  # the engine forked workers inherit (fork only)
        self._ex: ProcessPoolExecutor | None = None

    def _warm_engine(self) -> DetectionEngine:
        """Build and warm the parent's engine once (the model loads in this process)."""
        if self._warm is None:
            try:
                self._warm = warm_engine(self.factory, self.policy)
            except RedactorError:
                raise
            except Exception as e:  # no record text has been seen yet: the message is safe to show
                raise WorkerError(f"{STARTING} failed: {type(e).__name__}: {e}") from None
        return self._warm

    def start(self) -> None:
        """Start the workers (if not running) and wait until every one has built its engine."""
        if self._ex is not None:
            return
        method = self.context
        if method == FORK and not fork_is_safe():
            method = COLD
        # the collector stays paused from building the parent's engine until the fork has frozen
        # the heap (`frozen_for_fork` resets the young generation's count): what was built is
        # never walked in this process's start-up (`collector_paused`)
        with collector_paused() if method == FORK else contextlib.nullcontext():
            self._fork_pool(method)

    def _fork_pool(self, method: str) -> None:
        warm = self._warm_engine() if method == FORK else None
        ctx = multiprocessing.get_context(method)
        barrier = ctx.Barrier(self.workers)
        self._ex = ex = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(self.factory, self.policy, barrier, self.start_timeout_s, warm),
        )
        self.starts.append(method)
        try:
            # the first submit starts every process (forked before the executor starts its thread)
            with frozen_for_fork() if warm is not None else contextlib.nullcontext():
                futs = [ex.submit(_ready) for _ in range(self.workers)]
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

    def submit(self, texts: Sequence[str]) -> tuple[int, list[Future[list[list[Span]]]]]:
        """Send `texts` to the workers in chunks (two per worker: less waiting on the slowest);
        returns the pool generation and the chunks' futures, in order."""
        self.start()
        ex = self._ex
        assert ex is not None
        try:
            futs = [ex.submit(_detect, list(texts[a:b])) for a, b in split_by_chars(texts, self.workers * 2)]
        except BrokenProcessPool:
            self._discard()
            raise _Died("detection: a worker process died; new workers start on next use") from None
        return self.generation, futs

    def deadline(self, texts: Sequence[str]) -> float:
        return self.timeout_s + sum(len(t) for t in texts) / self.min_chars_per_s

    def collect(self, generation: int, futs: Sequence[Future[list[list[Span]]]], timeout: float) -> list[list[Span]]:
        """The spans of submitted chunks, joined in order.

        Raises `_Stale` when the chunks ran on workers that were replaced since (resubmit: not
        this job's fault), `_Died` when a worker of the current pool died (the pool is replaced),
        `WorkerError` when no answer comes within `timeout` seconds (the pool is replaced).
        """
        if generation != self.generation:
            if not all(f.done() and not f.cancelled() and f.exception() is None for f in futs):
                raise _Stale("detection: the chunks ran on workers that were replaced since")
            parts = [f.result() for f in futs]
        else:
            parts = self._gather(futs, timeout, "detection")
        return [spans for part in parts for spans in part]

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
        self.generation += 1
        procs = list(ex._processes.values())
        thread: threading.Thread | None = getattr(ex, "_executor_manager_thread", None)  # shutdown() forgets it
        for p in procs:
            if p.is_alive():
                p.kill()
        ex.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            p.join(timeout=5)
        # the executor's thread ends once it sees its processes gone: joined, so that the next
        # pool can be forked (`fork_is_safe`) when no other thread runs
        if thread is not None:
            thread.join(timeout=5)

    def close(self) -> None:
        ex, self._ex = self._ex, None
        self._warm = None
        if ex is not None:
            self.generation += 1
            ex.shutdown(wait=True, cancel_futures=True)


class _Job:
    """The new texts of one `submit` call, detected in the workers (each text in one job only)."""

    __slots__ = ("error", "futs", "generation", "keys", "spans", "texts")

    def __init__(self, keys: list[bytes], texts: list[str]) -> None:
        self.keys = keys
        self.texts = texts
        self.generation = -1
        self.futs: list[Future[list[list[Span]]]] | None = None
        self.spans: list[list[Span]] | None = None  # set when the job succeeded
        self.error: Exception | None = None  # set when it failed

    @property
    def settled(self) -> bool:
        return self.spans is not None or self.error is not None


class PendingSpans:
    """Detection of one `ParallelEngine.submit` call; `result()` waits for its spans."""

    __slots__ = ("_engine", "_last", "_own", "_refs", "_results")

    def __init__(
        self,
        engine: ParallelEngine,
        results: list[list[Span] | None],
        refs: list[tuple[int, _Job, int]],
        own: _Job | None,
        last: _Job | None,
    ) -> None:
        self._engine = engine
        self._results = results
        self._refs = refs  # (text index, job, index in the job): texts still being detected
        self._own = own  # the job holding this call's new texts
        self._last = last  # the latest job this call waits for

    def result(self) -> list[list[Span]]:
        """Resolved spans per text, in order. Raises `WorkerError` (or a worker's own
        `RedactorError`) when this call's texts could not be detected."""
        if self._last is not None:
            self._engine._settle(self._last)
        if self._own is not None and self._own.error is not None:
            raise self._own.error
        redo: list[tuple[int, str]] = []
        for i, job, j in self._refs:
            if job.spans is not None:
                self._results[i] = list(job.spans[j])
            else:  # an earlier call's job failed: detect its texts again, as if never seen
                redo.append((i, job.texts[j]))
        if redo:
            again = self._engine.submit([t for _, t in redo]).result()
            for (i, _), spans in zip(redo, again, strict=True):
                self._results[i] = spans
        self._refs, self._last = [], None
        return [r if r is not None else [] for r in self._results]


class ParallelEngine(DetectionEngine):
    """A `DetectionEngine` whose detection runs in `workers` processes.

    Same results as the in-process engine built by `build_engine(policy)`. Two ways to call it:
    `analyze(texts)` returns resolved spans per text in order; `submit(texts)` returns at once
    with a `PendingSpans` whose `result()` gives the same, so the caller can prepare the next
    batch (and finish the previous one) while the workers detect. Texts already in the
    main-process cache are answered there, and a text already submitted by an earlier call that
    is still running is not sent again: the later call waits for that job's answer
    (`cache_hits`/`cache_misses` count texts as the in-process engine would). Calls are settled in
    submission order. Call `close()` (or use it as a context manager) to stop the workers.

    Args:
        policy: the policy; each worker builds its engine with `factory(policy)`.
        workers: worker processes (>= 1).
        factory: engine builder run once in each worker (module-level, picklable).
        context: how workers start: ``fork`` (default where the platform has it) forks them
            warm from an engine built and warmed up in this process, or starts them with
            ``spawn`` when forking is not safe (`redactor.forking.fork_is_safe`); ``spawn`` or
            ``forkserver`` start them cold (each builds its own engine).
        timeout_s: base deadline of one call's detection, seconds, counted from when it is the
            oldest call still running (start-up not included).
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
        context: str = DEFAULT_CONTEXT,
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
        if context == FORK and not fork_available():
            raise ConfigError("context 'fork' is not available on this platform; use 'spawn'")
        self.pool = _Pool(policy, workers, factory, context, timeout_s, start_timeout_s, min_chars_per_s)
        # The workers return final spans (filtered, guarded, resolved): nothing is detected here.
        super().__init__([], None, EngineSettings(min_score=0.0, entities=None, cache_size=cache_size))
        self.workers = workers
        self.retries = retries
        self._queue: deque[_Job] = deque()  # jobs not settled yet, in submission order
        self._inflight: dict[bytes, tuple[_Job, int]] = {}  # text digest -> its job and index there
        if start:
            self.pool.start()

    # -- detection ----------------------------------------------------------------------------------
    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        """Resolved spans for each text, in order (waits for the workers)."""
        return self.submit(texts).result()

    def submit(self, texts: Sequence[str]) -> PendingSpans:
        """Start detecting `texts` in the workers and return without waiting.

        Raises what starting the workers raises (`WorkerError`, the workers' `ModelError`).
        """
        results: list[list[Span] | None] = [None] * len(texts)
        refs: list[tuple[int, _Job, int]] = []
        new: dict[bytes, int] = {}  # digest -> index in the new job
        new_texts: list[str] = []
        pending_refs: list[tuple[int, int]] = []  # (text index, index in the new job)
        last: _Job | None = None
        for i, t in enumerate(texts):
            if not t or t.isspace():
                results[i] = []
                continue
            k = self._digest(t)
            hit = self._cache.get(k) if self.settings.cache_size else None
            if hit is not None:
                self._cache.move_to_end(k)
                self.cache_hits += 1
                results[i] = list(hit)
                continue
            running = self._inflight.get(k)
            if running is not None:  # an earlier call is detecting it: a cache hit once it is done
                self.cache_hits += 1
                refs.append((i, running[0], running[1]))
                last = running[0]
                continue
            j = new.get(k)
            if j is None:
                j = new[k] = len(new_texts)
                new_texts.append(t)
            pending_refs.append((i, j))
        own: _Job | None = None
        if new_texts:
            own = _Job(list(new), new_texts)
            self.cache_misses += len(new_texts)
            self._queue.append(own)
            for j, k in enumerate(own.keys):
                self._inflight[k] = (own, j)
            try:
                own.generation, own.futs = self.pool.submit(new_texts)
            except _Died:
                own.futs = None  # resubmitted (one retry used) when it is settled
            except BaseException:
                self._queue.pop()
                for k in own.keys:
                    self._inflight.pop(k, None)
                raise
            refs.extend((i, own, j) for i, j in pending_refs)
            last = own
        return PendingSpans(self, results, refs, own, last)

    def _settle(self, job: _Job) -> None:
        """Settle every job up to and including `job`, oldest first."""
        while not job.settled:
            head = self._queue[0]
            try:
                head.spans = self._run(head)
                for k, spans in zip(head.keys, head.spans, strict=True):
                    self._remember(k, tuple(spans))
            except Exception as e:
                head.error = e
            except BaseException as e:  # interrupted: the job is lost, later calls must not wait for it
                head.error = WorkerError(f"detection interrupted ({type(e).__name__})")
                raise
            finally:
                self._queue.popleft()
                for k in head.keys:
                    self._inflight.pop(k, None)
                head.futs = None

    def _run(self, job: _Job) -> list[list[Span]]:
        """The job's spans: waits for its chunks and resubmits them after a dead worker.

        A death is charged to the job (`retries` allowed, then `WorkerError`) when the job was
        the only one running on those workers; when later jobs' chunks ran there too, any of
        them may have killed it, so the job is first run again on its own, free. Chunks that ran
        on workers replaced because of another job are resubmitted free as well.
        """
        died = 0
        while True:
            if job.futs is None:
                try:
                    job.generation, job.futs = self.pool.submit(job.texts)
                except _Died as e:
                    died += 1
                    if died > self.retries:
                        raise WorkerError(f"{e}; retried {self.retries} time(s) on new workers") from None
                    continue
            try:
                spans = self.pool.collect(job.generation, job.futs, self.pool.deadline(job.texts))
            except _Stale:
                job.futs = None
                continue
            except _Died as e:
                shared = any(
                    j is not job and j.futs is not None and j.generation == job.generation for j in self._queue
                )
                job.futs = None
                if not shared:
                    died += 1
                    if died > self.retries:
                        raise WorkerError(f"{e}; retried {self.retries} time(s) on new workers") from None
                continue
            if len(spans) != len(job.texts):  # pragma: no cover - a worker engine broke its contract
                raise WorkerError(f"detection workers returned {len(spans)} results for {len(job.texts)} texts")
            return spans

    # -- the workers --------------------------------------------------------------------------------
    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring: RSS, CPU)."""
        return self.pool.pids()

    @property
    def restarts(self) -> int:
        """How many times the pool was replaced after a dead or hung worker."""
        return self.pool.restarts

    @property
    def starts(self) -> list[str]:
        """How each pool started, oldest first: ``fork`` (warm) or the cold start method."""
        return list(self.pool.starts)

    def close(self) -> None:
        """Stop the workers (waits for running chunks); calls not settled yet fail."""
        self.pool.close()
        for job in self._queue:
            job.error, job.futs = WorkerError("detection workers were stopped"), None
        self._queue.clear()
        self._inflight.clear()

    def __enter__(self) -> ParallelEngine:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        running = len(self._queue)
        return f"ParallelEngine(workers={self.workers}, cache={len(self._cache)} texts, running={running} calls)"
