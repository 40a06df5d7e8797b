"""Names that Python code puts after an ``@``: the public callables of the standard library's
decorator-bearing modules (``@asynccontextmanager``, ``@type_check_only``, ``@singledispatch``).

Read from the running interpreter (no list to maintain); only names of five characters or more,
so short words that could be someone's handle stay out.
"""

from __future__ import annotations

import abc
import atexit
import contextlib
import dataclasses
import enum
import functools
import typing
import unittest.mock

_MODULES = (abc, atexit, contextlib, dataclasses, enum, functools, typing, unittest.mock)

CODE_NAMES: frozenset[str] = frozenset(
    name for module in _MODULES for name in dir(module) if not name.startswith("_") and len(name) >= 5
)
"""Public names of `_MODULES`, exact case (``contextmanager``, ``runtime_checkable``, ``Protocol``)."""
