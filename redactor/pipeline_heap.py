"""The cyclic garbage collector at start-up and after it: `collector_paused` while an engine is
built, `freeze_heap` once it is (measured in docs/performance.md sections 15 and 18). Exact: the
collector only decides when unreachable cycles are freed, never which objects live. Re-exported
by `redactor.pipeline`, where callers have always imported them from."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection inside the block (start-up: building an engine).

    Building the engine imports ~150 detector modules and spaCy, compiles ~1,800 regexes and
    loads the model: ~260,000 tracked objects that live as long as the engine. At CPython's
    default thresholds the collector ran ~500 times over the growing heap while it was built
    (0.41 of 2.9 CPU s from process start to a warmed engine, measured with `gc.callbacks`);
    with the collector paused, ~5,200 unreachable objects (~0.8 MB) are left at the end. Exact:
    the collector only decides when unreachable cycles are freed, never which objects live.

    The pause sets the youngest generation's threshold to 0 (which, unlike `gc.disable`, a
    library that re-enables the collector, as srsly's msgpack reader does, leaves alone). On
    exit the previous thresholds come back, unless `freeze_heap` ran inside the block: the heap
    is then frozen and its thresholds stay. Callers that freeze the heap after building wrap both
    in one block, so the objects built are frozen without being walked at all (the cycles among
    them, under 1 MB once per process, are then never freed). Nested blocks keep the outer pause.
    """
    before = gc.get_threshold()
    gc.set_threshold(0, before[1], before[2])
    try:
        yield
    finally:
        if gc.get_threshold()[0] == 0:
            gc.set_threshold(*before)


_HEAP_FROZEN: list[bool] = []

GEN0_THRESHOLD = 50_000
"""Allocations (net, of containers) between two collections of the youngest generation once the
heap is frozen (`freeze_heap`); CPython's default is 700."""


def freeze_heap() -> bool:
    """Move every object alive now out of the cyclic garbage collector's view (`gc.freeze`),
    once per process; True when this call froze it.

    Called once the detection engine is built (`redactor.runner.run`, each detection worker):
    the model, lexicons and compiled detectors live as long as the process, and without this
    every full collection walks all of them again (about 0.1 s each in-process). Exact: no object
    changes; frozen objects are still freed by reference counting, only a reference cycle among
    them is never collected, which is why later calls (a process that runs several pipelines,
    a test suite) freeze nothing more.

    It also raises the youngest generation's threshold to `GEN0_THRESHOLD` (the other two stay):
    a record allocates tens of thousands of short-lived containers that reference counting frees,
    and at CPython's default of 700 the collector walked the survivors a few hundred times per
    600 records (measured: 0.06 s of a 3.5 s in-process replay run; 0.01 s at 50,000). Exact as well: a
    threshold only decides when unreachable cycles are found, never which objects live; the young
    generation then holds at most that many containers more (a few MB).
    """
    if _HEAP_FROZEN:
        return False
    _HEAP_FROZEN.append(True)
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), gen1, gen2)
    return True
