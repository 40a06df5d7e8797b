"""Detection workers forked from one warmed process (`redactor run --workers N`).

Without this, every worker process imports the detection stack, loads the spaCy model and pays
the detectors' first-use costs (tables built on first use, RE2 automata grown state by state)
in its first texts: N times the same start-up CPU, and N private copies of the same pages. With
it, the main process builds one engine, warms it up (`redactor.warmup`) and the workers are
`fork`ed from it: they start in milliseconds, warm, and share the model's and the tables'
pages copy-on-write until they write to them.

When a fork is safe, and what is done about each hazard:

- **Threads.** A forked child has only the thread that forked; a lock another thread held at
  that moment stays locked in the child forever (in a buffered stream, a queue, RE2's automaton
  cache). So a pool is forked only while the forking thread is the main thread and the only
  Python thread (`fork_is_safe`); otherwise it starts cold with ``spawn`` (the model loads in
  each worker, as before). In `redactor run` the workers start before the reader thread does;
  a pool that replaces one whose worker died is started while that thread runs, so it starts
  cold. Native threads: NumPy's OpenBLAS keeps a thread pool, which it stops before a fork and
  restarts on next use (its own ``pthread_atfork`` handlers; tests/test_warm_fork.py checks a
  forked child's thread count and a matrix product in it); spaCy's CPU inference (thinc,
  blis) starts no threads; RE2 takes its locks only while matching, which no other thread does
  when the fork is allowed.
- **The garbage collector.** A collection in a child writes to the header of every object it
  walks, which would copy most of the inherited heap page by page. The heap is frozen
  (`gc.freeze`) for the fork and again first thing in each child, so the children's
  collections skip everything inherited; the parent unfreezes afterwards unless it had frozen
  its heap before (`redactor.pipeline.freeze_heap`).
- **Signal handlers.** The parent's Python handlers (``SIGTERM`` -> stop the run) would run in
  the children: each forked child puts every Python-level handler back to the default and
  ignores ``SIGINT`` (Ctrl-C is the main process's), as a spawned worker does.
- **Open files and buffered output.** multiprocessing flushes ``stdout``/``stderr`` before it
  forks and gives the child ``/dev/null`` as stdin; children leave with ``os._exit``, so no
  inherited file object is flushed or closed by them. `redactor run` starts its workers before
  it opens the sink.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

from redactor.detect.engine import DetectionEngine
from redactor.pipeline import GEN0_THRESHOLD
from redactor.policy.model import Policy
from redactor.warmup import warm_up

FORK = "fork"


def fork_available() -> bool:
    """True on platforms whose multiprocessing can ``fork`` (Linux, other Unixes; not Windows)."""
    return FORK in multiprocessing.get_all_start_methods()


def fork_is_safe() -> bool:
    """True when forking now copies no lock another Python thread might hold: the caller is the
    main thread and no other Python thread runs."""
    return threading.current_thread() is threading.main_thread() and threading.active_count() == 1


def warm_engine(factory: Callable[[Policy], DetectionEngine], policy: Policy) -> DetectionEngine:
    """The engine to fork workers from: built by `factory`, cache off (the main process caches;
    a worker's cache would only duplicate it), warmed up on `redactor.warmup.WARMUP_TEXTS`."""
    engine = factory(policy)
    engine.settings = replace(engine.settings, cache_size=0)
    warm_up(engine)
    return engine


@contextlib.contextmanager
def frozen_for_fork() -> Iterator[None]:
    """Freeze the heap while children are forked in the block; unfreeze after it unless the heap
    was frozen before (the process then keeps the extra objects frozen: freed by reference
    counting as before, only a reference cycle among them is never collected)."""
    was_frozen = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not was_frozen:
            gc.unfreeze()


def in_forked_child() -> None:
    """First thing in a forked worker: freeze the inherited heap (with the young generation's
    threshold of a frozen heap, `redactor.pipeline.GEN0_THRESHOLD`, as a cold worker's
    `freeze_heap` sets it; the parent may have forked with its collector paused), reset the
    parent's signal handlers to the defaults and ignore ``SIGINT``."""
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), gen1, gen2)
    with contextlib.suppress(ValueError):  # not the main thread: nothing was set here either
        signal.set_wakeup_fd(-1)
    for sig in signal.valid_signals():
        with contextlib.suppress(OSError, ValueError):  # SIGKILL, SIGSTOP and the like
            if callable(signal.getsignal(sig)):
                signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
