"""Canonical field paths and path patterns.

A path names one value inside a record. Segments are object keys and array indices:

* a key made only of ``A-Z a-z 0-9 _ @ $ -`` is written ``.key`` (no dot at the very start);
* any other key is written ``["..."]`` with JSON string escaping (ASCII only);
* an index is written ``[3]``.

Examples: ``body.messages[1].content``, ``body.content[1].input.new_str``,
``body.choices[0].message.tool_calls[1].function.arguments.command`` (the decoded JSON-string
``arguments`` continue the path), ``actor``, ``body["odd key"]``.

Pieces of a body that are not JSON values have fixed pseudo-segments: ``body.data[k]`` is the
k-th ``data:`` line of an SSE body and ``body.line[i]`` is any other non-structural SSE line.

A `PathPattern` uses the same syntax plus wildcards: ``*`` matches any one key, ``[*]`` any one
index and ``**`` any number (zero or more) of segments of either kind.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Final

from redactor import cache_budget
from redactor.records.jsonscan import scanstring

Segment = str | int
"""A concrete path segment: an object key or an array index."""

_IDENT: Final = re.compile(r"[A-Za-z0-9_@$-]+")
_INDEX: Final = re.compile(r"\[(0|[1-9][0-9]*)\]")


def join_key(prefix: str, key: str) -> str:
    """Return the path of `key` inside the object at `prefix` ("" for the record root)."""
    if _IDENT.fullmatch(key):
        return f"{prefix}.{key}" if prefix else key
    return f"{prefix}[{json.dumps(key, ensure_ascii=True)}]"


def join_index(prefix: str, index: int) -> str:
    """Return the path of element `index` of the array at `prefix`."""
    return f"{prefix}[{index}]"


def format_path(segments: tuple[Segment, ...]) -> str:
    """Format concrete segments as a canonical path."""
    out = ""
    for seg in segments:
        out = join_index(out, seg) if isinstance(seg, int) else join_key(out, seg)
    return out


class _AnyKey:
    def __repr__(self) -> str:
        return "*"


class _AnyIndex:
    def __repr__(self) -> str:
        return "[*]"


class _AnyDepth:
    def __repr__(self) -> str:
        return "**"


ANY_KEY: Final = _AnyKey()
ANY_INDEX: Final = _AnyIndex()
ANY_DEPTH: Final = _AnyDepth()

PatternSegment = str | int | _AnyKey | _AnyIndex | _AnyDepth


def _fail(text: str, pos: int, what: str, kind: str, hint: str = "") -> ValueError:
    return ValueError(f"invalid {kind} {text!r}: {what} at character {pos}{hint}")


def _tokenize(text: str, *, wildcards: bool) -> tuple[PatternSegment, ...]:
    """Split a path (or, with `wildcards`, a pattern) into segments."""
    kind = "path pattern" if wildcards else "path"
    if not text:
        raise ValueError(f"invalid {kind} '': it is empty; write e.g. 'body.messages[*].content'")
    segs: list[PatternSegment] = []
    pos, n = 0, len(text)
    while pos < n:
        ch = text[pos]
        if ch == "[":
            if wildcards and text.startswith("[*]", pos):
                segs.append(ANY_INDEX)
                pos += 3
                continue
            m = _INDEX.match(text, pos)
            if m:
                segs.append(int(m.group(1)))
                pos = m.end()
                continue
            if text.startswith('["', pos):
                try:
                    key, end = scanstring(text, pos + 2, True)
                except json.JSONDecodeError:
                    raise _fail(text, pos, "bad quoted key (use JSON string syntax)", kind) from None
                if not text.startswith("]", end):
                    raise _fail(text, end, "expected ']' after quoted key", kind)
                segs.append(key)
                pos = end + 1
                continue
            what = 'bad index (use [0], [*] or ["key"])' if wildcards else "bad index"
            raise _fail(text, pos, what, kind)
        if segs:
            if ch != ".":
                raise _fail(text, pos, "expected '.' or '[' between segments", kind)
            pos += 1
        if wildcards and text.startswith("**", pos):
            seg: PatternSegment = ANY_DEPTH
            end = pos + 2
        elif wildcards and text.startswith("*", pos):
            seg, end = ANY_KEY, pos + 1
        else:
            m = _IDENT.match(text, pos)
            if not m:
                if pos >= n or text[pos] in ".[":
                    raise _fail(text, pos, "empty segment", kind)
                hint = ' (keys with other characters are quoted: ["key"])'
                raise _fail(text, pos, "bad key character", kind, hint)
            seg, end = m.group(), m.end()
        if end < n and text[end] not in ".[":
            raise _fail(text, end, "unexpected character after segment", kind)
        segs.append(seg)
        pos = end
    return tuple(segs)


def parse_path(path: str) -> tuple[Segment, ...]:
    """Parse a canonical path into concrete segments (cached for paths up to 512 characters, so
    the cache stays small whatever keys records bring).

    Raises:
        ValueError: `path` is not a valid path; the message names the bad character position.
    """
    return _parse_short_path(path) if len(path) <= 512 else _parse_path(path)


@cache_budget.helper()
@functools.lru_cache(maxsize=8192)
def _parse_short_path(path: str) -> tuple[Segment, ...]:
    return _parse_path(path)


def _parse_path(path: str) -> tuple[Segment, ...]:
    return tuple(s for s in _tokenize(path, wildcards=False) if isinstance(s, str | int))


def _seg_matches(pat: PatternSegment, seg: Segment) -> bool:
    if pat is ANY_KEY:
        return isinstance(seg, str)
    if pat is ANY_INDEX:
        return isinstance(seg, int)
    return type(pat) is type(seg) and pat == seg


_KEY_RX: Final = r'(?:\.[A-Za-z0-9_@$-]+|\["(?:[^"\\]|\\.)*"\])'
_INDEX_RX: Final = r"\[(?:0|[1-9][0-9]*)\]"


def _compile(segments: tuple[PatternSegment, ...]) -> re.Pattern[str]:
    """A regex over canonical paths written with a leading dot (``.body.messages[0]``)."""
    parts: list[str] = []
    for seg in segments:
        if seg is ANY_DEPTH:
            parts.append(f"(?:{_KEY_RX}|{_INDEX_RX})*")
        elif seg is ANY_KEY:
            parts.append(_KEY_RX)
        elif seg is ANY_INDEX:
            parts.append(_INDEX_RX)
        elif isinstance(seg, int):
            parts.append(re.escape(join_index("", seg)))
        elif isinstance(seg, str):
            parts.append(re.escape(join_key("_", seg)[1:]))
    return re.compile("".join(parts))


class PathPattern:
    """A parsed path pattern; parse once, match many times.

    Example:
        >>> PathPattern.parse("body.messages[*].content").matches("body.messages[3].content")
        True
    """

    __slots__ = ("_regex", "_segments", "text")

    def __init__(self, text: str, segments: tuple[PatternSegment, ...]) -> None:
        self.text = text
        self._segments = segments
        self._regex = _compile(segments)

    @classmethod
    def parse(cls, text: str) -> PathPattern:
        """Parse `text`.

        Raises:
            ValueError: the pattern is invalid; the message points at the bad segment.
        """
        return cls(text, _tokenize(text, wildcards=True))

    @property
    def segments(self) -> tuple[PatternSegment, ...]:
        """The parsed segments (``ANY_KEY``, ``ANY_INDEX``, ``ANY_DEPTH`` for wildcards)."""
        return self._segments

    def matches(self, path: str) -> bool:
        """Whether the canonical `path` matches this pattern (the whole path, not a prefix).

        `path` must be canonical, as `decode` and `format_path` write it (a key that could be
        written bare is never quoted); for other spellings use ``matches_segments(parse_path(p))``.
        """
        return self._regex.fullmatch(path if path[:1] == "[" else "." + path) is not None

    def matches_segments(self, segs: tuple[Segment, ...]) -> bool:
        """Whether already-parsed concrete segments match (greedy glob with backtracking)."""
        pat = self._segments
        p = s = 0
        star_p, star_s = -1, 0
        while s < len(segs):
            if p < len(pat) and pat[p] is ANY_DEPTH:
                star_p, star_s = p, s
                p += 1
            elif p < len(pat) and _seg_matches(pat[p], segs[s]):
                p += 1
                s += 1
            elif star_p >= 0:
                star_s += 1
                p, s = star_p + 1, star_s
            else:
                return False
        while p < len(pat) and pat[p] is ANY_DEPTH:
            p += 1
        return p == len(pat)

    def __repr__(self) -> str:
        return f"PathPattern({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PathPattern) and other._segments == self._segments

    def __hash__(self) -> int:
        return hash(self._segments)
