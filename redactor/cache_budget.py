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
* ``helpers``: every bounded ``lru_cache`` (or `short_cache`) of a ``redactor`` module with room
  for at least `MIN_HELPER_ENTRIES` entries. An entry is estimated at its measured size
  (`ENTRY_BYTES`, bytes freed by clearing the cache over the number of its entries, on the 6,000-line
  bench stream) or `DEFAULT_ENTRY_BYTES`; the caches share the one pool, and when their sum passes
  it `HelperCaches.enforce` clears the largest first. ``functools.lru_cache`` cannot shrink in
  place, so a cleared cache starts again empty (its hits come back within a batch or two); the
  engine calls `enforce` after each batch's new texts and the pipeline after each batch.

Not under the budget, because output depends on them: the propagation's known values (what a
scope has learnt; forgetting one leaves its later recurrences unmasked; own bound 64 MB) and the
placeholder numbering (numbers must stay the same for a value). Static vocabularies built once at
start (``lru_cache(maxsize=1)`` and the like) do not grow and are not counted.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ENV = "REDACTOR_CACHE_MB"
DEFAULT_MB = 16.0
"""Default budget of all caches together, in MB (2**20 bytes)."""

SHARES: Mapping[str, float] = {
    "engine": 0.25,
    "memo": 0.15,
    "render": 0.15,
    "segment": 0.08,
    "ner": 0.04,
    "paths": 0.03,
    "helpers": 0.30,
}
"""Each cache's fraction of the budget (they sum to 1)."""

MIN_HELPER_ENTRIES = 256
"""Helper caches of fewer entries (vocabularies built once, per-policy tables) are left alone."""

DEFAULT_ENTRY_BYTES = 256
ENTRY_BYTES: Mapping[str, int] = {
    # bytes freed by clearing the cache / its entries, 6,000-line seed-131 bench stream (section 34)
    "redactor.detect.secrets.learned_features._token_words": 231,
    "redactor.detect.secrets.learned_features._run_pieces": 196,
    "redactor.detect.secrets.learned_features._plain_name": 259,
    "redactor.detect.secrets.learned_features._known_shape_at": 276,
    "redactor.detect.secrets.learned_features._shape_vetoed": 146,
    "redactor.detect.secrets.learned_features._token_features": 820,
    "redactor.detect.secrets.randomness.gate": 187,
    "redactor.detect.secrets.entropy.wordiness": 168,
    "redactor.detect.codelines._is_code_line": 240,
    "redactor.detect.pii.names.clean_name": 312,
    "redactor.transform.propagate._short_forms": 152,
    "redactor.transform.propagate._lower_forms": 283,
}
"""Measured bytes per entry of the largest helper caches; others count `DEFAULT_ENTRY_BYTES`."""

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


def _lru_caches() -> dict[str, Any]:
    """Every bounded lru cache (or short cache) at module level of a loaded ``redactor`` module,
    by qualified name, with room for at least `MIN_HELPER_ENTRIES` entries."""
    from redactor.detect.short_cache import ShortCache

    found: dict[str, Any] = {}
    for mod_name, mod in list(sys.modules.items()):
        if mod is None or not (mod_name == "redactor" or mod_name.startswith("redactor.")):
            continue
        for attr, value in list(vars(mod).items()):
            if isinstance(value, (functools._lru_cache_wrapper, ShortCache)):
                maxsize = value.cache_info().maxsize
                if maxsize is None or maxsize < MIN_HELPER_ENTRIES:
                    continue
                func = getattr(value, "__wrapped__", value)
                name = f"{getattr(func, '__module__', mod_name)}.{getattr(func, '__qualname__', attr)}"
                found.setdefault(name, value)
    return found


class HelperCaches:
    """The helper caches of the loaded modules, together kept within the ``helpers`` share.

    The share is one pool: while the caches' estimated sum stays within it nothing is cleared
    (a short stream never pays for the budget); past it, `enforce` clears the largest caches
    first until the sum is at most `REFILL` of the share, so a stream that keeps adding new
    tokens clears one or two caches every few batches, not every batch. Found on first use
    (after the detector modules are imported) and again whenever a module was imported since.
    """

    REFILL = 0.75

    def __init__(self, budget: int | None = None) -> None:
        self.budget = share("helpers", budget)
        self.helpers: list[Helper] = []
        self.clears = 0
        self._found = False
        self._modules = 0  # len(sys.modules) when last looked: a module imported since may hold more

    def refresh(self) -> None:
        caches = _lru_caches()
        self.helpers = [Helper(n, f, ENTRY_BYTES.get(n, DEFAULT_ENTRY_BYTES)) for n, f in sorted(caches.items())]
        self._found = True
        self._modules = len(sys.modules)

    def estimated(self) -> int:
        """Estimated bytes the helper caches hold now."""
        if not self._found:
            self.refresh()
        return sum(h.estimated() for h in self.helpers)

    def enforce(self) -> int:
        """Past the share, clear the largest helper caches until their sum is at most `REFILL` of
        it; the number cleared."""
        if not self._found or len(sys.modules) != self._modules:
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
    """Keep the helper caches within their share (`HelperCaches.enforce`): called by the engine after
    each batch."""
    return helpers().enforce()
