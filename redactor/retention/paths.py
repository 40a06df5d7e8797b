"""Field paths for retention and encryption, on top of the records module's syntax.

Paths and patterns are `redactor.records.paths`: ``body.messages[*].content``, ``*`` any key,
``[*]`` any index, ``**`` any depth, ``["odd key"]``. Text fields of Copilot records are found
with `redactor.records.decode`; `iter_strings` walks any other JSON (entering strings that hold
JSON) as a fallback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from redactor.records.paths import (
    PathPattern,
    Segment,
    format_path,
    parse_path,
)

Step = Segment
"""One step of a concrete path: a key or a list index."""


def render(path: tuple[Step, ...]) -> str:
    """``("body", "messages", 0, "content")`` -> ``body.messages[0].content``."""
    return format_path(path)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A parsed field path pattern. Build with `Pattern.parse`."""

    text: str
    inner: PathPattern

    @classmethod
    def parse(cls, text: str) -> Pattern:
        """Parse; raises ValueError naming the bad position (never a value)."""
        return cls(text, PathPattern.parse(text))

    def matches(self, path: tuple[Step, ...]) -> bool:
        """Whether a concrete path matches this pattern."""
        return self.inner.matches_segments(path)


def _children(node: Any) -> Iterator[tuple[Step, Any]]:
    if isinstance(node, dict):
        yield from node.items()
    elif isinstance(node, list):
        yield from enumerate(node)


def decode_json(value: str) -> Any:
    """The object or list a string holds as JSON, else None."""
    s = value.lstrip()
    if not s or s[0] not in "{[":
        return None
    try:
        obj = json.loads(value)
    except ValueError:
        return None
    return obj if isinstance(obj, dict | list) else None


def parse_concrete(text: str) -> tuple[Step, ...]:
    """``body.messages[0].content`` -> ``("body", "messages", 0, "content")`` (cached)."""
    return parse_path(text)


def iter_strings(record: Any) -> Iterator[tuple[tuple[Step, ...], str]]:
    """Every string leaf with its concrete path, entering strings that hold JSON objects/lists."""

    def visit(node: Any, path: tuple[Step, ...]) -> Iterator[tuple[tuple[Step, ...], str]]:
        if isinstance(node, str):
            inner = decode_json(node) if path else None
            if inner is None:
                yield path, node
                return
            node = inner
        for step, child in _children(node):
            yield from visit(child, (*path, step))

    yield from visit(record, ())
