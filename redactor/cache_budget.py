"""One byte budget for every cache a worker keeps (issue 6: memory flat as the input grows).

A redactor process remembers answers so that history replay and repeated tokens are not worked
out again: the engine's results per text, the propagation memo per text, rendered slot texts, the
segmentation of recent texts, the NER model's entities per chunk, and the ``functools.lru_cache``
of several dozen pure helpers (token words, run pieces, name forms, code lines, ...). Each is exact:
a hit returns what the work would return, so the size of a cache changes speed, never output.

Until session 15 each cache had its own bound, most of them in entries, and their sum (about
190 MB estimated plus ~40 MB of helper caches) filled slowly as the input grew: resident memory
rose by ~60 MB between 600 and 6,000 lines of the bench stream (docs/performance.md sections 29
and 34). Here they share **one budget in bytes**, `REDACTOR_CACHE_MB` (default `DEFAULT_MB`),
split by fixed `SHARES`:

* ``engine``, ``memo``, ``render``: the byte limits of the engine's result cache, the
  propagation memo and the render cache (each estimates its entries' bytes as it stores them);
* ``segment``: the segmentation cache (`redactor.detect.segment`, the text's own size plus its
  segments);
* ``ner``: the NER adapter's chunk cache;
* ``paths``: the pipeline's answers per field path (is it a metadata or identity field);
* ``helpers``: every bounded ``lru_cache`` (or `short_cache`) of a pure helper, **registered where
  it is defined** (``@cache_budget.helper(entry_bytes=...)`` above the cache's decorator; session 16
  replaced the scan of ``sys.modules`` that found them). An entry is estimated at its measured size
  (``entry_bytes``, bytes freed by clearing the cache over the number of its entries, on the
  6,000-line bench stream) or `DEFAULT_ENTRY_BYTES`; the caches share the one pool, and when their
  sum passes it `HelperCaches.enforce` clears the largest first. ``functools.lru_cache`` cannot
  shrink in place, so a cleared cache starts again empty (its hits come back within a batch or two);
  the engine calls `enforce` after each batch's new texts and the pipeline after each batch;
* ``texts``: the caches that keep **whole texts** for the detectors of one text (the analysed form
  of a text, its unescaped view, `re2` position marks, the identifier and service-name indexes of a
  long text, the gate answers of the last text): each registers itself (`text_cache`, a byte-bounded
  ``lru_cache`` of a function of one text, or `text_holder` for a module's own slots) and counts its
  texts in bytes. They keep the newest text even past the share (a walk over it must stay linear);
  `enforce` empties them past the share after each batch, so a text never outlives its batch there.

`tests/test_cache_registry.py` imports every module and fails on an ``lru_cache``/`short_cache` with
arguments that is registered nowhere, or an unbounded one.

Not under the budget, because output depends on them: the propagation's known values (what a
scope has learnt; forgetting one leaves its later recurrences unmasked; own bound 64 MB) and the
placeholder numbering (numbers must stay the same for a value). Static vocabularies built once at
start (``lru_cache(maxsize=1)`` and the like) do not grow and are not counted.
"""

from __future__ import annotations

import os
import sys
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import update_wrapper
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

ENV = "REDACTOR_CACHE_MB"
DEFAULT_MB = 16.0
"""Default budget of all caches together, in MB (2**20 bytes)."""

SHARES: Mapping[str, float] = {
    "engine": 0.25,
    "memo": 0.13,
    "render": 0.13,
    "segment": 0.08,
    "ner": 0.04,
    "paths": 0.03,
    "helpers": 0.30,
    "texts": 0.04,
}
"""Each cache's fraction of the budget (they sum to 1)."""

DEFAULT_ENTRY_BYTES = 256
"""Bytes an entry of a helper cache counts when its definition names no measured size."""

MB = 1 << 20


def total_bytes(environ: Mapping[str, str] | None = None) -> int:
    """The budget of all caches in bytes, from `ENV` (MB, a positive number) or `DEFAULT_MB`."""
    from redactor.errors import ConfigError

    raw = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not raw:
        return int(DEFAULT_MB * MB)
    try:
        mb = float(raw)
    except ValueError:
        raise ConfigError(f"{ENV}: expected a number of MB, got {raw!r}") from None
    if not mb > 0 or mb != mb or mb == float("inf"):
        raise ConfigError(f"{ENV}: expected a positive number of MB, got {raw!r}")
    return int(mb * MB)


def share(name: str, total: int | None = None) -> int:
    """Bytes of the budget (`total`, default `total_bytes()`) that cache `name` of `SHARES` may hold."""
    return int((total_bytes() if total is None else total) * SHARES[name])


@dataclass
class Helper:
    """One helper cache under the budget."""

    name: str
    func: Any  # a functools._lru_cache_wrapper or a redactor.detect.short_cache.ShortCache
    entry_bytes: int

    def estimated(self) -> int:
        return int(self.func.cache_info().currsize) * self.entry_bytes


_REGISTERED: dict[str, Helper] = {}
"""Every helper cache, registered where it is defined (`helper`), by qualified name."""

C = TypeVar("C")


def _qualified(func: Any) -> str:
    inner = getattr(func, "__wrapped__", func)
    return f"{inner.__module__}.{inner.__qualname__}"


def helper(entry_bytes: int = DEFAULT_ENTRY_BYTES) -> Callable[[C], C]:
    """Decorator, written above ``@lru_cache(maxsize=N)`` or ``@short_cache(...)`` where the cache is
    defined: put that cache under the ``helpers`` share. `entry_bytes` is an entry's measured size
    (bytes freed by clearing the cache over its entries; docs/performance.md section 34).

    An unbounded cache (``functools.cache``, ``maxsize=None``) is refused: the budget can only
    clear a cache, and an unbounded one grows between two clears without limit."""

    def register(func: C) -> C:
        info = getattr(func, "cache_info", None)
        if info is None or not hasattr(func, "cache_clear"):
            raise TypeError(f"{func!r}: not an lru_cache or short_cache")
        if info().maxsize is None:
            raise TypeError(f"{_qualified(func)}: an unbounded cache cannot be kept within a budget")
        name = _qualified(func)
        _REGISTERED[name] = Helper(name, func, entry_bytes)
        return func

    return register


def registered() -> Mapping[str, Helper]:
    """The helper caches registered so far (those of the modules imported), by qualified name."""
    return dict(_REGISTERED)


class HelperCaches:
    """The helper caches of the loaded modules, together kept within the ``helpers`` share.

    The share is one pool: while the caches' estimated sum stays within it nothing is cleared
    (a short stream never pays for the budget); past it, `enforce` clears the largest caches
    first until the sum is at most `REFILL` of the share, so a stream that keeps adding new
    tokens clears one or two caches every few batches, not every batch. Found on first use
    (after the detector modules are imported) and again whenever a cache was registered since.
    """

    REFILL = 0.75

    def __init__(self, budget: int | None = None) -> None:
        self.budget = share("helpers", budget)
        self.helpers: list[Helper] = []
        self.clears = 0
        self._found = False
        self._count = 0  # caches registered when last looked: a module imported since adds its own

    def refresh(self) -> None:
        self.helpers = [_REGISTERED[n] for n in sorted(_REGISTERED)]
        self._found = True
        self._count = len(_REGISTERED)

    def estimated(self) -> int:
        """Estimated bytes the helper caches hold now."""
        if not self._found:
            self.refresh()
        return sum(h.estimated() for h in self.helpers)

    def enforce(self) -> int:
        """Past the share, clear the largest helper caches until their sum is at most `REFILL` of
        it; the number cleared."""
        if not self._found or len(_REGISTERED) != self._count:
            self.refresh()
        sizes = [(h.estimated(), i) for i, h in enumerate(self.helpers)]
        total = sum(size for size, _ in sizes)
        if total <= self.budget:
            return 0
        n = 0
        for size, i in sorted(sizes, reverse=True):
            if total <= self.budget * self.REFILL:
                break
            self.helpers[i].func.cache_clear()
            total -= size
            n += 1
        self.clears += n
        return n


_HELPERS: HelperCaches | None = None


def helpers() -> HelperCaches:
    """The process's helper caches under the budget (one per process; a forked worker inherits
    the parent's list, whose functions are its own copies)."""
    global _HELPERS
    if _HELPERS is None:
        _HELPERS = HelperCaches()
    return _HELPERS


def enforce() -> int:
    """Keep the helper caches within their share (`HelperCaches.enforce`) and the per-text caches
    within theirs (`release_texts`): called by the engine after each batch."""
    return helpers().enforce() + release_texts()


# --- caches of whole texts ----------------------------------------------------------------------


class TextHolder(Protocol):
    """A cache that keeps whole texts (or what is derived from them) for the detectors of one text:
    it knows the bytes it holds and can drop its oldest texts."""

    def held_bytes(self) -> int: ...

    def trim(self, limit: int) -> None:
        """Drop the oldest texts until at most `limit` bytes are held (0: all)."""


_TEXT_HOLDERS: dict[str, TextHolder] = {}
"""Every cache of whole texts, registered where it is defined (`text_holder`, `text_cache`)."""

_TEXT_BUDGET: int | None = None


def text_holder(name: str, holder: TextHolder) -> None:
    """Put `holder` (a module's own cache of whole texts) under the ``texts`` share."""
    _TEXT_HOLDERS[name] = holder


def text_holders() -> Mapping[str, TextHolder]:
    return dict(_TEXT_HOLDERS)


def texts_budget() -> int:
    """The ``texts`` share in bytes (read once per process; `reset` reads it again)."""
    global _TEXT_BUDGET
    if _TEXT_BUDGET is None:
        _TEXT_BUDGET = share("texts")
    return _TEXT_BUDGET


def texts_held() -> int:
    """Bytes the caches of whole texts hold together now (their own estimates)."""
    return sum(h.held_bytes() for h in _TEXT_HOLDERS.values())


def room_for(holder: TextHolder, keep: int) -> int:
    """The bytes `holder` may keep so that all caches of whole texts stay within the ``texts`` share,
    but at least `keep` (the text being read now: a walk over it must stay linear)."""
    others = texts_held() - holder.held_bytes()
    return max(keep, texts_budget() - others)


def release_texts() -> int:
    """Past the ``texts`` share (a text bigger than the share was read), empty the largest caches of
    whole texts until the rest fits; the number emptied. Called after each batch, so no text outlives
    its batch in a cache beyond the share."""
    held = [(h.held_bytes(), name) for name, h in _TEXT_HOLDERS.items()]
    total = sum(b for b, _ in held)
    budget = texts_budget()
    n = 0
    for size, name in sorted(held, reverse=True):
        if total <= budget:
            break
        if size:
            _TEXT_HOLDERS[name].trim(0)
            total -= size
            n += 1
    return n


class CacheInfo(NamedTuple):
    hits: int
    misses: int
    maxsize: int
    currsize: int


R = TypeVar("R")


class TextCache(Generic[R]):
    """``lru_cache`` of a function of one text, bounded in entries **and** in bytes: each entry
    counts ``sys.getsizeof(text) * factor`` (the text and what the answer derives from it), and all
    caches of whole texts share the ``texts`` share (the newest entry always stays: the detectors of
    that text are reading it). Same answers, the same object for a text while it is kept."""

    def __init__(self, func: Callable[[str], R], maxsize: int, factor: float) -> None:
        self.__wrapped__ = func
        update_wrapper(self, func)
        self._maxsize = maxsize
        self._factor = factor
        self._entries: OrderedDict[str, tuple[R, int]] = OrderedDict()
        self._bytes = 0
        self._hits = 0
        self._misses = 0

    def __call__(self, text: str) -> R:
        entry = self._entries.get(text)
        if entry is not None:
            self._entries.move_to_end(text)
            self._hits += 1
            return entry[0]
        self._misses += 1
        value = self.__wrapped__(text)
        size = int(sys.getsizeof(text) * self._factor) + 64
        self._entries[text] = (value, size)
        self._bytes += size
        if len(self._entries) > self._maxsize or texts_held() > texts_budget():
            self.trim(room_for(self, size))
            while len(self._entries) > self._maxsize:
                self._bytes -= self._entries.popitem(last=False)[1][1]
        return value

    def held_bytes(self) -> int:
        return self._bytes

    def trim(self, limit: int) -> None:
        while self._entries and self._bytes > limit:
            self._bytes -= self._entries.popitem(last=False)[1][1]

    def cache_info(self) -> CacheInfo:
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._entries))

    def cache_clear(self) -> None:
        self._entries.clear()
        self._bytes = 0
        self._hits = self._misses = 0


def text_cache(maxsize: int, factor: float = 1.0) -> Callable[[Callable[[str], R]], TextCache[R]]:
    """Decorator for a function of one text: a `TextCache` of at most `maxsize` texts, each counted
    as `factor` times the text's size, registered under the ``texts`` share."""

    def wrap(func: Callable[[str], R]) -> TextCache[R]:
        cache = TextCache(func, maxsize, factor)
        text_holder(_qualified(func), cache)
        return cache

    return wrap


def reset() -> None:
    """Read the budget again (tests that change `ENV`) and forget every kept text."""
    global _HELPERS, _TEXT_BUDGET
    _HELPERS = None
    _TEXT_BUDGET = None
    for h in _TEXT_HOLDERS.values():
        h.trim(0)
