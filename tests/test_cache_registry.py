"""Every cache in the tree is registered with `redactor.cache_budget` where it is defined (issue 6).

The budget no longer scans ``sys.modules`` for caches: a cache that only saves work registers
itself (``@cache_budget.helper(...)`` above an ``lru_cache``/`short_cache`, or
``@cache_budget.text_cache(...)`` for a function of one text, or `cache_budget.text_holder` for a
module's own slots of texts). These tests import every module of the package and fail on

* an ``lru_cache`` / `short_cache` / `TextCache` with arguments that no registration names (a new
  cache on a hot path would grow outside the budget);
* an unbounded cache with arguments (``functools.cache`` of a function that takes any);
* a module-level dict or ``OrderedDict`` cache (a name with ``cache`` or ``memo``) in a module that
  takes no share of the budget.

Zero-argument caches (vocabularies and patterns built once at start) do not grow and are exempt.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import redactor
from redactor import cache_budget
from redactor.detect.short_cache import ShortCache

ROOT = Path(redactor.__file__).parent

_NOT_HOT = {
    "redactor/retention/enforce.py": "a kid -> rule table of one retention run (bounded by the store's keys)",
    "redactor/crypto/envelope.py": "unwrapped data keys, bounded by its own cache_size",
    "redactor/regex_cache.py": (
        "start-up only: one compile block's pattern facts (one per pattern it compiles), dropped when the block ends"
    ),
}
"""Modules with a dict cache off the detection path, and why it needs no share."""


def _import_all() -> None:
    for info in pkgutil.walk_packages(redactor.__path__, "redactor."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)


def _caches() -> Iterator[tuple[str, Any]]:
    """Every cache object reachable from a ``redactor`` module (module level or a class's
    attributes), once each, with its qualified name."""
    seen: set[int] = set()
    for mod_name, mod in list(sys.modules.items()):
        if mod is None or not mod_name.startswith("redactor"):
            continue
        for value in list(vars(mod).values()):
            candidates = [value]
            if isinstance(value, type) and value.__module__ == mod_name:
                candidates = list(vars(value).values())
            for obj in candidates:
                if isinstance(obj, (staticmethod, classmethod)):
                    obj = obj.__func__
                if not isinstance(obj, (functools._lru_cache_wrapper, ShortCache, cache_budget.TextCache)):
                    continue
                func = getattr(obj, "__wrapped__", obj)
                if id(obj) in seen or not getattr(func, "__module__", "").startswith("redactor"):
                    continue
                seen.add(id(obj))
                yield f"{func.__module__}.{func.__qualname__}", obj


def _takes_arguments(obj: Any) -> bool:
    func = getattr(obj, "__wrapped__", obj)
    return bool(inspect.signature(func).parameters)


def test_every_cache_with_arguments_is_registered() -> None:
    _import_all()
    helpers = cache_budget.registered()
    holders = cache_budget.text_holders()
    found = dict(_caches())
    assert len(found) >= 40  # the scan sees the tree's caches (helpers, texts, built-once vocabularies)
    unregistered = []
    unbounded = []
    for name, obj in found.items():
        if not _takes_arguments(obj):
            continue  # built once
        if obj.cache_info().maxsize is None:
            unbounded.append(name)
        in_helpers = name in helpers and helpers[name].func is obj
        in_texts = name in holders and holders[name] is obj
        if not (in_helpers or in_texts):
            unregistered.append(name)
    assert not unbounded, f"unbounded caches with arguments: {unbounded}"
    assert not unregistered, f"caches outside the budget (register them where defined): {unregistered}"
    # and every registration names a live cache of the tree
    for name, h in helpers.items():
        if name.startswith("redactor."):
            assert found.get(name) is h.func, name


def test_the_registry_refuses_an_unbounded_cache() -> None:
    import pytest

    @functools.cache
    def grows(token: str) -> str:
        return token

    with pytest.raises(TypeError):
        cache_budget.helper()(grows)


def _dict_caches(tree: ast.Module) -> list[str]:
    """Names of module-level or ``self.`` dicts/OrderedDicts whose name says cache or memo."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            if value is None:
                continue
            is_dict = isinstance(value, ast.Dict) or (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)
                and value.func.id in {"dict", "OrderedDict", "defaultdict"}
            )
            if not is_dict:
                continue
            for t in targets:
                name = t.id if isinstance(t, ast.Name) else t.attr if isinstance(t, ast.Attribute) else ""
                if "cache" in name.lower() or "memo" in name.lower():
                    out.append(name)
    return out


def test_every_dict_cache_takes_a_share_of_the_budget() -> None:
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).as_posix()
        source = path.read_text(encoding="utf-8")
        names = _dict_caches(ast.parse(source))
        if not names or rel in _NOT_HOT:
            continue
        if "cache_budget" not in source:
            offenders.append((rel, names))
    assert not offenders, f"dict caches with no share of redactor.cache_budget: {offenders}"
    assert _dict_caches(ast.parse("self._cache: dict[str, int] = {}\n_memo = OrderedDict()\n")) == ["_cache", "_memo"]
