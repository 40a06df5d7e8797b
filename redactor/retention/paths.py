"""Walking records by field path pattern, for retention and encryption.

Paths and patterns are the records module's (`redactor.records.paths`): ``body.messages[*].content``,
``*`` any key, ``[*]`` any index, ``**`` any depth, ``["odd key"]``. Here: finding every concrete
field a pattern matches, and replacing values in place. A string value that holds JSON (the
record's ``body``, tool-call ``arguments``) is entered when the pattern goes deeper, and
re-encoded (compact) after a change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from redactor.records.paths import (
    ANY_DEPTH,
    ANY_INDEX,
    ANY_KEY,
    PathPattern,
    PatternSegment,
    Segment,
    format_path,
    parse_path,
)

Step = Segment
"""One step of a concrete path: a key or a list index."""


def render(path: tuple[Step, ...]) -> str:
    """``("body", "messages", 0, "content")`` -> ``body.messages[0].content``."""
    return format_path(path)


def _step_ok(seg: PatternSegment, step: Step) -> bool:
    if seg is ANY_KEY:
        return isinstance(step, str)
    if seg is ANY_INDEX:
        return isinstance(step, int)
    return type(seg) is type(step) and seg == step


def _prefix(segs: tuple[PatternSegment, ...], i: int, path: tuple[Step, ...], j: int) -> bool:
    if j == len(path):
        return True
    if i == len(segs):
        return False
    if segs[i] is ANY_DEPTH:
        return True
    return _step_ok(segs[i], path[j]) and _prefix(segs, i + 1, path, j + 1)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A parsed field path pattern. Build with `Pattern.parse` (or `exact`)."""

    text: str
    inner: PathPattern

    @classmethod
    def parse(cls, text: str) -> Pattern:
        """Parse; raises ValueError naming the bad position (never a value)."""
        return cls(text, PathPattern.parse(text))

    def matches(self, path: tuple[Step, ...]) -> bool:
        """Whether a concrete path matches this pattern."""
        return self.inner.matches_segments(path)

    def could_extend(self, path: tuple[Step, ...]) -> bool:
        """Whether `path` or some longer path starting with it could match (prunes walks)."""
        return _prefix(self.inner.segments, 0, path, 0)


Condition = Mapping[str, Any]
"""Sibling-key equalities the object holding a matched field must satisfy (``{"role": "tool"}``)."""


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


def encode_json(obj: Any) -> str:
    """Compact JSON text (the form re-encoded strings take)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def find(record: Any, patterns: list[Pattern], when: Condition | None = None) -> list[str]:
    """Rendered concrete paths of every field matching any pattern (and `when`)."""
    return [render(p) for p in find_steps(record, patterns, when)]


def exact(steps: tuple[Step, ...]) -> Pattern:
    """A pattern matching exactly one concrete path."""
    return Pattern(render(steps), PathPattern(render(steps), tuple(steps)))


def find_steps(record: Any, patterns: list[Pattern], when: Condition | None = None) -> list[tuple[Step, ...]]:
    """Concrete paths (as steps) of every field matching any pattern (and `when`)."""
    found: list[tuple[Step, ...]] = []

    def visit(node: Any, path: tuple[Step, ...], parent: Any) -> None:
        if path and any(p.matches(path) for p in patterns) and _cond(parent, when):
            found.append(path)
        if not any(p.could_extend(path) for p in patterns):
            return
        inner = decode_json(node) if isinstance(node, str) else node
        for step, child in _children(inner):
            visit(child, (*path, step), inner)

    visit(record, (), None)
    return found


def _cond(parent: Any, when: Condition | None) -> bool:
    if not when:
        return True
    return isinstance(parent, dict) and all(parent.get(k) == v for k, v in when.items())


def replace(
    record: dict[str, Any],
    patterns: list[Pattern],
    fn: Callable[[tuple[Step, ...], Any], Any],
    when: Condition | None = None,
) -> int:
    """Replace every matching field's value with ``fn(path, value)`` in place; return the count.

    JSON held in strings on the way is decoded, changed and re-encoded (compact). Fields are
    never created; a match inside a match is not visited twice.
    """
    count = 0

    def visit(node: Any, path: tuple[Step, ...]) -> tuple[Any, bool]:
        nonlocal count
        if not any(p.could_extend(path) for p in patterns):
            return node, False
        decoded = decode_json(node) if isinstance(node, str) and path else None
        inner = decoded if decoded is not None else node
        changed = False
        for step, child in list(_children(inner)):
            cpath = (*path, step)
            if any(p.matches(cpath) for p in patterns) and _cond(inner, when):
                inner[step] = fn(cpath, child)
                count += 1
                changed = True
                continue
            new, ch = visit(child, cpath)
            if ch:
                inner[step] = new
                changed = True
        if changed and decoded is not None:
            return encode_json(decoded), True
        return node, changed

    visit(record, ())
    return count


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
