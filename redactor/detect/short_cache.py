"""`short_cache`: `functools.lru_cache` for pure helpers, holding only short arguments.

Several detectors ask the same pure helper about the same token or name (docs/performance.md
section 22), so remembering answers per argument saves work without changing one. An unbounded
argument length would let a stream of long distinct values pin their texts in the cache; here a
call whose string arguments are longer than `max_chars` is computed directly and not kept, so a
cache holds at most ``maxsize`` entries of at most `max_chars` characters each.

Only for functions that read nothing but their (hashable) arguments and return an immutable value:
the cached and direct answers are then the same object or equal ones.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

MAX_CHARS = 256
"""Longest string argument remembered by default."""


class ShortCache(Generic[P, R]):
    """A function with an `lru_cache` for calls whose string arguments are all short.

    `__wrapped__` is the original function; `cache_info` and `cache_clear` are the cache's.
    """

    def __init__(self, func: Callable[P, R], maxsize: int, max_chars: int) -> None:
        self.__wrapped__ = func
        self._lru: Any = lru_cache(maxsize=maxsize)(func)
        self._cached: Callable[..., R] = self._lru
        self._max_chars = max_chars
        update_wrapper(self, func)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        limit = self._max_chars
        for a in args:
            if isinstance(a, str) and len(a) > limit:
                return self.__wrapped__(*args, **kwargs)
        for a in kwargs.values():
            if isinstance(a, str) and len(a) > limit:
                return self.__wrapped__(*args, **kwargs)
        return self._cached(*args, **kwargs)

    def cache_info(self) -> Any:
        return self._lru.cache_info()

    def cache_clear(self) -> None:
        self._lru.cache_clear()


def short_cache(maxsize: int = 8192, max_chars: int = MAX_CHARS) -> Callable[[Callable[P, R]], ShortCache[P, R]]:
    """Decorator: remember up to `maxsize` answers of calls whose string arguments have at most
    `max_chars` characters (see the module docstring)."""

    def wrap(func: Callable[P, R]) -> ShortCache[P, R]:
        return ShortCache(func, maxsize, max_chars)

    return wrap
