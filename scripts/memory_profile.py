#!/usr/bin/env python3
"""Where a redactor process's memory goes as the input grows (issue 6: flat memory).

Runs `redactor.Pipeline` in this process over a bench stream (`scripts/gen_stream.py`, as
`scripts/bench.py` generates it, or an existing JSON-lines file), samples resident memory every
`--every` records, and splits it: Python's small-object allocator (pymalloc, from
`sys._debugmallocstats`), glibc malloc (in use / free, `mallinfo2`: native libraries such as RE2's
DFA state caches, spaCy's arrays, and Python objects over 512 bytes) and large mmaps. At the end it
clears each cache in turn (the largest `functools.lru_cache`s, the engine's result cache, the
propagation memo and known values, the render cache, the segment and NER chunk caches, the
placeholder numbering) and prints how much Python and malloc memory each held, then what
``malloc_trim(0)`` returns. `--trace N` adds tracemalloc (N frames) and prints the allocation
sites that grew between record `--snap-at` and the end (slow: about 3x).

Native allocations by site (RE2, BLIS, numpy) need a native heap profiler, e.g.::

    heaptrack -o /tmp/ht python scripts/memory_profile.py --records 1800
    heaptrack_print -f /tmp/ht.zst -p 1 -a 0 -T 0 -n 10 -s 1

Usage: PYTHONPATH=. python scripts/memory_profile.py --records 6000 --seed 131 [--every 300]
       [--input stream.jsonl] [--no-ner] [--trace 1 --snap-at 600] [--json out.json]
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import gc
import json
import os
import re
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
MB = 2**20


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (n, ctypes.c_size_t)
        for n in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _libc() -> Any:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        return libc
    except (OSError, AttributeError):  # not glibc >= 2.33
        return None


LIBC = _libc()


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def pymalloc_mb() -> float:
    """Bytes in pymalloc's allocated blocks (Python objects of at most 512 bytes)."""
    fd, name = tempfile.mkstemp()
    saved = os.dup(2)
    os.dup2(fd, 2)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(fd)
    text = Path(name).read_text()
    os.unlink(name)
    m = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    return int(m.group(1).replace(",", "")) / MB if m else float("nan")


def state() -> dict[str, float]:
    out = {"rss": rss_mb(), "pymalloc": pymalloc_mb()}
    if LIBC is not None:
        mi = LIBC.mallinfo2()
        out |= {"malloc_in_use": mi.uordblks / MB, "malloc_free": mi.fordblks / MB, "mmap": mi.hblkhd / MB}
    return out


def _fmt(s: dict[str, float]) -> str:
    return " ".join(f"{k} {v:.1f}" for k, v in s.items())


def _stream(opts: argparse.Namespace, tmp: Path) -> Path:
    if opts.input:
        return Path(opts.input)
    import gen_stream

    path = tmp / f"stream-{opts.records}.jsonl"
    gopts = gen_stream.parse_args(["--records", str(opts.records), "--seed", str(opts.seed)])
    with path.open("w", encoding="utf-8") as out:
        gen_stream.generate(gopts, out)
    return path


def cache_sizes(pipe: Any) -> dict[str, float]:
    """Each cache's estimated MB now (its own estimate; helper caches: entries times the measured
    bytes per entry of `redactor.cache_budget`, 256 when not measured or on an older tree)."""
    from redactor.detect import segment

    try:
        from redactor import cache_budget
    except ImportError:  # a tree before the budget
        cache_budget = None  # type: ignore[assignment]
    texts = None
    if cache_budget is not None and hasattr(cache_budget, "registered"):  # session 16: the registry
        helpers = sum(h.estimated() for h in cache_budget.registered().values())
        texts = cache_budget.texts_held()
    else:
        entry = dict(getattr(cache_budget, "ENTRY_BYTES", {}))
        default = getattr(cache_budget, "DEFAULT_ENTRY_BYTES", 256)
        helpers, seen = 0, set()
        for mod_name, mod in list(sys.modules.items()):
            if mod is None or not mod_name.startswith("redactor."):
                continue
            for value in list(vars(mod).values()):
                if isinstance(value, type) or id(value) in seen:  # a cache imported into several modules counts once
                    continue
                seen.add(id(value))
                info = getattr(value, "cache_info", None)
                if info is None or not callable(info) or not hasattr(value, "cache_clear"):
                    continue
                ci = info()
                if ci.maxsize is None or ci.maxsize < 256:
                    continue
                func = getattr(value, "__wrapped__", value)
                helpers += ci.currsize * entry.get(f"{func.__module__}.{func.__qualname__}", default)
    ner = getattr(pipe.engine, "ner", None)
    chunks = getattr(ner, "chunk_cache_bytes", None)
    if chunks is None:  # older tree: ~100 bytes an entry, as its comment said
        chunks = 100 * len(getattr(ner, "_chunk_cache", ()))
    seg = segment.cache_bytes() if hasattr(segment, "cache_bytes") else getattr(segment, "_cache_chars", 0)
    return {
        "engine": pipe.engine.cache_bytes / MB,
        "memo": pipe._propagator.memo_size / MB,
        "render": pipe._rendered.size / MB,
        "segment": seg / MB,
        "ner": chunks / MB,
        "helpers": helpers / MB,
        "known": pipe._propagator.known_size / MB,
        **({} if texts is None else {"texts": texts / MB}),
    }


def breakdown(pipe: Any) -> list[tuple[str, float, float]]:
    """Clear each cache in turn: (what, Python MB freed, malloc MB freed)."""
    rows: list[tuple[str, float, float]] = []
    prev = state()

    def step(name: str, clear: Callable[[], object]) -> None:
        nonlocal prev
        clear()
        gc.collect()
        now = state()
        rows.append(
            (name, prev["pymalloc"] - now["pymalloc"], prev.get("malloc_in_use", 0) - now.get("malloc_in_use", 0))
        )
        prev = now

    lrus = [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)]
    lrus.sort(key=lambda f: -f.cache_info().currsize)
    for f in lrus[:12]:
        info = f.cache_info()
        step(f"lru {f.__module__}.{f.__qualname__} ({info.currsize}/{info.maxsize})", f.cache_clear)
    eng, prop = pipe.engine, pipe._propagator
    step(f"engine result cache ({len(eng._cache)} texts, est {eng.cache_bytes / MB:.1f} MB)", eng._cache.clear)
    step(f"propagation memo ({len(prop._memo)}, est {prop.memo_size / MB:.1f} MB)", prop._memo.clear)
    step(f"propagation known values (est {prop.known_size / MB:.1f} MB)", prop._known.clear)
    step(f"render cache (est {pipe._rendered.size / MB:.1f} MB)", pipe._rendered._entries.clear)
    from redactor.detect import segment

    seg_mb = segment.cache_bytes() / MB if hasattr(segment, "cache_bytes") else float("nan")
    step(f"segment cache ({len(segment._cache)} texts, est {seg_mb:.1f} MB)", segment.clear_cache)
    ner = getattr(eng, "ner", None)
    if ner is not None and hasattr(ner, "_chunk_cache"):
        step(f"NER chunk cache ({len(ner._chunk_cache)})", ner._chunk_cache.clear)
    vault = pipe.transformer._vault
    n_values = sum(len(d) for d in vault._scopes.values())
    step(f"placeholder numbering ({n_values} values)", lambda: (vault._scopes.clear(), vault._counters.clear()))
    for f in lrus[12:]:
        f.cache_clear()
    step(f"the other {len(lrus) - 12} lru caches (includes vocabularies built once at start)", lambda: None)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=600)
    ap.add_argument("--seed", type=int, default=131)
    ap.add_argument("--input", help="an existing JSON-lines stream instead of a generated one")
    ap.add_argument("--policy", type=Path, default=ROOT / "policies" / "default.yaml")
    ap.add_argument("--every", type=int, default=300, help="records between samples")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--trace", type=int, default=0, help="tracemalloc frames (0: off)")
    ap.add_argument("--snap-at", type=int, default=0, help="record after which the tracemalloc baseline is taken")
    ap.add_argument("--json", type=Path, help="write samples and breakdown here")
    opts = ap.parse_args(argv)
    if opts.trace:
        tracemalloc.start(opts.trace)
    from redactor import InputLine, Pipeline, load_policy
    from redactor.pipeline import build_engine, collector_paused, freeze_heap
    from redactor.secret import SecretBytes

    pol = load_policy(opts.policy)
    with tempfile.TemporaryDirectory(prefix="redactor-mem-") as tmp:
        path = _stream(opts, Path(tmp))
        with collector_paused():  # as `redactor run` and scripts/bench.py build it
            engine = build_engine(pol, load_ner=not opts.no_ner)
            key = SecretBytes(b"bench-key-not-secret-32-bytes!!!", "bench")
            pipe = Pipeline(pol, key=key, engine=engine, now_ms=lambda: 1783494912345, batch_size=64)
            freeze_heap()
        built = state()
        print(f"built: {_fmt(built)}", flush=True)
        snap = tracemalloc.take_snapshot() if opts.trace and not opts.snap_at else None

        def lines() -> Iterator[InputLine]:
            with path.open(encoding="utf-8") as f:
                for no, raw in enumerate(f, 1):
                    yield InputLine(str(path), no, raw.rstrip("\n"))

        samples: list[dict[str, float]] = []
        t0, n = time.perf_counter(), 0
        for _ in pipe.process(lines()):
            n += 1
            if opts.trace and n == opts.snap_at:
                snap = tracemalloc.take_snapshot()
            if n % opts.every == 0:
                s = {"records": n, "seconds": time.perf_counter() - t0, **state(), **cache_sizes(pipe)}
                samples.append(s)
                print(_fmt(s), flush=True)
    gc.unfreeze()  # the frozen heap hides its objects (and the lru caches) from gc.get_objects
    gc.collect()
    end = {"records": n, **state()}
    print(f"end: {_fmt(end)}; load {os.getloadavg()[0]:.1f}")
    print("objects:", Counter(type(o).__name__ for o in gc.get_objects()).most_common(10))
    if opts.trace and snap is not None:
        print("tracemalloc, top growth since the baseline:")
        for st in tracemalloc.take_snapshot().compare_to(snap, "lineno")[:25]:
            print("  ", st)
    try:
        from redactor import cache_budget
    except ImportError:  # a tree before the budget
        cache_budget = None  # type: ignore[assignment]
    from redactor.detect import segment as seg

    if cache_budget is not None:
        helpers = cache_budget.helpers()
        print(
            f"cache budget {cache_budget.total_bytes() / MB:.1f} MB: engine {pipe.engine.cache_bytes / MB:.2f}, "
            f"memo {pipe._propagator.memo_size / MB:.2f}, render {pipe._rendered.size / MB:.2f}, "
            f"segment {seg.cache_bytes() / MB:.2f}, ner {getattr(pipe.engine.ner, 'chunk_cache_bytes', 0) / MB:.2f}, "
            f"helpers {helpers.estimated() / MB:.2f} MB estimated ({len(helpers.helpers)} caches, "
            f"{helpers.clears} clears); "
            + (
                f"texts {cache_budget.texts_held() / MB:.2f} of {cache_budget.texts_budget() / MB:.2f} MB "
                f"({len(cache_budget.text_holders())} caches); "
                if hasattr(cache_budget, "texts_held")
                else ""
            )
            + f"engine hits {pipe.engine.cache_hits} misses {pipe.engine.cache_misses}"
        )
    rows = breakdown(pipe)
    print("held by each cache (cleared in turn): Python MB, malloc MB")
    for name, py, native in rows:
        print(f"  {py:7.2f} {native:7.2f}  {name}")
    if LIBC is not None:
        before = rss_mb()
        LIBC.malloc_trim(0)
        print(f"malloc_trim(0) after clearing: RSS {before:.1f} -> {rss_mb():.1f} MB")
    if opts.json:
        opts.json.write_text(json.dumps({"built": built, "samples": samples, "end": end, "breakdown": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
