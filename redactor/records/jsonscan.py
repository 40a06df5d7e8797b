"""A position-aware JSON reader, strict or lenient, bounded in depth, and a matching writer.

`parse_json` accepts exactly what `json.loads` accepts (same grammar, including ``NaN`` and
``Infinity``, duplicate keys and lone surrogate escapes) but keeps, for every string value, the
span of its token in the source. Rebuilding a document then means splicing new tokens over the
changed strings only: every other byte (numbers, whitespace, separators, escapes) stays as it
was, so a re-serialised body keeps the original's style by construction.

In lenient mode the reader also accepts a *prefix* of a JSON document (a body cut off at
1 MB): it returns everything complete up to the cut, plus the final unterminated string, which
is marked ``partial``.

Parsing is iterative (an explicit stack), so nesting depth is limited by `max_depth`, never by
Python's recursion limit. String tokens are decoded by the C ``scanstring`` of the stdlib.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

scanstring: Final[Callable[[str, int, bool], tuple[str, int]]] = vars(json.decoder)["scanstring"]
"""The stdlib's C string decoder: ``scanstring(s, index_after_quote, strict)`` (not in typeshed)."""

_WS: Final = re.compile(r"[ \t\n\r]*")
_WS_CHARS: Final = " \t\n\r"
_NUMBER: Final = re.compile(r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?")
_NUMBER_PREFIX: Final = re.compile(r"-?(?:0|[1-9]\d*)?(?:\.\d*)?(?:[eE][-+]?\d*)?")
_CLOSED_STRING: Final = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_LITERALS: Final = ("null", "true", "false", "NaN", "Infinity", "-Infinity")
_HEX: Final = frozenset("0123456789abcdefABCDEF")


class JStr:
    """A string value and the span ``[start, end)`` of its token (quotes included).

    For a `partial` string (cut off by the end of the document) `end` is the document length,
    there is no closing quote, and `tail` holds an incomplete escape that could not be decoded.
    """

    __slots__ = ("end", "partial", "start", "tail", "value")

    def __init__(self, value: str, start: int, end: int, partial: bool = False, tail: str = "") -> None:
        self.value = value
        self.start = start
        self.end = end
        self.partial = partial
        self.tail = tail

    def __repr__(self) -> str:
        return f"JStr(<{len(self.value)} chars>, {self.start}, {self.end})"


class JObj:
    """An object as its (key, value) pairs in source order (duplicate keys are all kept)."""

    __slots__ = ("pairs",)

    def __init__(self) -> None:
        self.pairs: list[tuple[str, Node]] = []

    def get(self, key: str) -> Node | None:
        """The value of `key` (the last one, like `json.loads`), or None."""
        for k, v in reversed(self.pairs):
            if k == key:
                return v
        return None

    def str_of(self, key: str) -> str | None:
        """The value of `key` when it is a string, else None."""
        v = self.get(key)
        return v.value if isinstance(v, JStr) else None


class Lit:
    """A number, ``true``, ``false`` or ``null``: never scanned, never changed."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Lit"


LIT: Final = Lit()

Node = JObj | list["Node"] | JStr | Lit
"""A parsed JSON value."""


class JsonSyntaxError(Exception):
    """The text is not JSON (or, in lenient mode, not a prefix of JSON). Carries no content."""

    def __init__(self, what: str, pos: int) -> None:
        self.what = what
        self.pos = pos
        super().__init__(f"{what} at character {pos}")


class TooDeepError(Exception):
    """Containers are nested deeper than allowed."""

    def __init__(self, pos: int) -> None:
        self.pos = pos
        super().__init__(f"nesting too deep at character {pos}")


@dataclass(slots=True)
class Parsed:
    """Result of `parse_json`: the root (None if nothing complete was read) and completeness."""

    root: Node | None
    complete: bool


def _skip_ws(src: str, pos: int) -> int:
    """Index of the first non-whitespace character at or after `pos`."""
    m = _WS.match(src, pos)
    return pos if m is None else m.end()  # never None: _WS matches the empty string


def _escape_at_end(raw: str, size: int) -> bool:
    """Whether the last `size` characters of `raw` start with an unescaped backslash."""
    start = len(raw) - size
    if start < 0 or raw[start] != "\\":
        return False
    run = 0
    while start - 1 - run >= 0 and raw[start - 1 - run] == "\\":
        run += 1
    return run % 2 == 0


def _incomplete_escape_len(raw: str) -> int:
    """Length of the undecodable end of a cut-off string's raw text, or 0.

    That is an escape cut short (``\\``, ``\\u``, ``\\u1``...), preceded or not by a
    high-surrogate escape (``\\ud83d``) whose low half was cut off: kept, it would decode to a
    lone surrogate that is not a prefix of the original text.
    """
    cut = 0
    for size in range(1, 6):
        rest = raw[len(raw) - size + 1 :] if size > 1 else ""
        if (not rest or (rest[0] == "u" and all(c in _HEX for c in rest[1:]))) and _escape_at_end(raw, size):
            cut = size
            break
    head = raw[: len(raw) - cut]
    high = head[-5:]  # "uD83D" of a dangling high-surrogate escape
    if (
        len(high) == 5
        and high[0] == "u"
        and high[1] in "dD"
        and high[2] in "89abAB"
        and all(c in _HEX for c in high[3:])
        and _escape_at_end(head, 6)
    ):
        cut += 6
    return cut


def _read_string(src: str, pos: int, lenient: bool) -> JStr:
    """Read the string token whose opening quote is at `pos`."""
    try:
        value, end = scanstring(src, pos + 1, True)
        return JStr(value, pos, end)
    except json.JSONDecodeError as exc:
        if not lenient or _CLOSED_STRING.match(src, pos + 1):
            raise JsonSyntaxError("invalid string", exc.pos) from None
    raw = src[pos + 1 :]
    cut = _incomplete_escape_len(raw)
    body = raw[: len(raw) - cut]
    try:
        value, _ = scanstring('"' + body + '"', 1, True)
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError("invalid string", pos + exc.pos) from None
    return JStr(value, pos, len(src), partial=True, tail=raw[len(raw) - cut :])


def _partial_scalar(src: str, pos: int) -> bool:
    """Whether everything from `pos` to the end is the beginning of a number or literal."""
    rest = src[pos:]
    if not rest:
        return True
    if _NUMBER_PREFIX.fullmatch(rest):
        return True
    return any(lit.startswith(rest) for lit in _LITERALS)


def parse_json(src: str, *, lenient: bool = False, max_depth: int = 64) -> Parsed:
    """Parse `src` into `Node` values.

    A strict parse first tries `_parse_whole` (the C decoder plus one token scan); whenever that
    declines, the document is read token by token below, which gives every error and every
    lenient result.

    Args:
        src: the JSON text.
        lenient: accept a prefix of a JSON document; the result is then ``complete=False``.
        max_depth: containers may nest at most this many levels (the root container is level 1).

    Raises:
        JsonSyntaxError: not JSON (strict) or not a JSON prefix (lenient).
        TooDeepError: nesting deeper than `max_depth`.
    """
    if not lenient:
        whole = _parse_whole(src, max_depth)
        if whole is not None:
            return whole
    return _parse_tokens(src, lenient, max_depth)


def _parse_tokens(src: str, lenient: bool, max_depth: int) -> Parsed:
    """`parse_json` token by token (every error, every lenient result)."""
    n = len(src)
    pos = 0
    if pos < n and src[pos] in _WS_CHARS:
        pos = _skip_ws(src, pos)
    stack: list[JObj | list[Node]] = []
    keys: list[str] = []
    root: Node | None = None

    def incomplete() -> Parsed:
        if not lenient:
            raise JsonSyntaxError("unexpected end of text", n)
        if root is None:
            raise JsonSyntaxError("no JSON value before the end of text", n)
        return Parsed(root, False)

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        top = stack[-1]
        if isinstance(top, list):
            top.append(node)
        else:
            top.pairs.append((keys[-1], node))

    state = 0  # 0 value, 1 after value, 2 object key
    while True:
        if state == 0:
            if pos >= n:
                return incomplete()
            ch = src[pos]
            if ch == '"':
                s = _read_string(src, pos, lenient)
                attach(s)
                if s.partial:
                    return incomplete()
                pos = s.end
                state = 1
            elif ch == "{" or ch == "[":
                if len(stack) >= max_depth:
                    raise TooDeepError(pos)
                container: JObj | list[Node] = JObj() if ch == "{" else []
                attach(container)
                stack.append(container)
                pos = pos + 1
                if pos < n and src[pos] in _WS_CHARS:
                    pos = _skip_ws(src, pos)
                if pos >= n:
                    return incomplete()
                if ch == "{":
                    keys.append("")
                    if src[pos] == "}":
                        stack.pop()
                        keys.pop()
                        pos += 1
                        state = 1
                    elif src[pos] == '"':
                        state = 2
                    else:
                        raise JsonSyntaxError("expecting property name", pos)
                elif src[pos] == "]":
                    stack.pop()
                    pos += 1
                    state = 1
            else:
                end = _scalar_end(src, pos)
                if end < 0 or (lenient and end == n and _partial_scalar(src, pos)):
                    if lenient and _partial_scalar(src, pos):
                        return incomplete()
                    raise JsonSyntaxError("expecting value", pos)
                attach(LIT)
                pos = end
                state = 1
        elif state == 1:
            pos = pos
            if pos < n and src[pos] in _WS_CHARS:
                pos = _skip_ws(src, pos)
            if not stack:
                if pos != n:
                    raise JsonSyntaxError("extra data", pos)
                return Parsed(root, True)
            if pos >= n:
                return incomplete()
            ch = src[pos]
            top = stack[-1]
            if ch == ",":
                pos = pos + 1
                if pos < n and src[pos] in _WS_CHARS:
                    pos = _skip_ws(src, pos)
                state = 0 if isinstance(top, list) else 2
            elif ch == ("]" if isinstance(top, list) else "}"):
                stack.pop()
                if not isinstance(top, list):
                    keys.pop()
                pos += 1
            else:
                if lenient and _partial_scalar(src, pos) and _continues_number(src, pos):
                    return incomplete()
                raise JsonSyntaxError("expecting ',' or a closing bracket", pos)
        else:
            if pos >= n:
                return incomplete()
            if src[pos] != '"':
                raise JsonSyntaxError("expecting property name", pos)
            key = _read_string(src, pos, lenient)
            if key.partial:
                return incomplete()
            keys[-1] = key.value
            pos = key.end
            if pos < n and src[pos] in _WS_CHARS:
                pos = _skip_ws(src, pos)
            if pos >= n:
                return incomplete()
            if src[pos] != ":":
                raise JsonSyntaxError("expecting ':'", pos)
            pos = pos + 1
            if pos < n and src[pos] in _WS_CHARS:
                pos = _skip_ws(src, pos)
            state = 0


_TOKEN: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
"""A string token of a valid JSON text (outside strings such a text holds no quote)."""


class _Decline(Exception):
    """`_parse_whole` leaves the document to the token-by-token reader."""


def _new_obj(pairs: list[tuple[str, object]]) -> JObj:
    obj = JObj.__new__(JObj)
    obj.pairs = pairs  # type: ignore[assignment]  # values become `Node`s in `_positions`
    return obj


_DECODER: Final = json.JSONDecoder(object_pairs_hook=_new_obj)


def _parse_whole(src: str, max_depth: int) -> Parsed | None:
    """Strict parse of a complete document with the stdlib's C decoder, or None to decline.

    The decoder accepts exactly the grammar `parse_json` reads (it is the grammar's reference)
    and decodes strings with the same C `scanstring`; its objects keep every pair in order
    (`object_pairs_hook`). Since a valid JSON text holds quotes only inside string tokens, one
    scan for string tokens yields every key and string value in document order, which gives
    each `JStr` its span. Declines (None) when the decoder rejects the text or gives up (deep
    nesting, a huge integer) and when containers nest deeper than `max_depth`, so every error
    comes from the token-by-token reader, exactly as before.
    """
    try:
        value = _DECODER.decode(src)
    except (ValueError, RecursionError):
        return None
    try:
        root = _positions(value, _TOKEN.finditer(src).__next__, max_depth)
    except (_Decline, StopIteration, RecursionError):  # a very large max_depth: the reader is iterative
        return None
    return Parsed(root, True)


def _positions(value: object, token: Callable[[], re.Match[str]], max_depth: int, depth: int = 0) -> Node:
    """`value` (decoded) as `Node`s: strings get their token's span, numbers and literals `LIT`.

    Visits keys and values in document order, taking one token per key and per string value.
    """
    if isinstance(value, str):
        m = token()
        return JStr(value, m.start(), m.end())
    if isinstance(value, JObj):
        if depth >= max_depth:
            raise _Decline
        pairs: list[tuple[str, object]] = value.pairs  # type: ignore[assignment]
        for i, (key, child) in enumerate(pairs):
            token()  # the key's token
            if isinstance(child, str):
                m = token()
                pairs[i] = (key, JStr(child, m.start(), m.end()))
            elif isinstance(child, JObj | list):
                pairs[i] = (key, _positions(child, token, max_depth, depth + 1))
            else:
                pairs[i] = (key, LIT)
        return value
    if isinstance(value, list):
        if depth >= max_depth:
            raise _Decline
        for i, child in enumerate(value):
            if isinstance(child, str):
                m = token()
                value[i] = JStr(child, m.start(), m.end())
            elif isinstance(child, JObj | list):
                value[i] = _positions(child, token, max_depth, depth + 1)
            else:
                value[i] = LIT
        return value  # every item is a `Node` now
    return LIT


def _scalar_end(src: str, pos: int) -> int:
    """End of the number or literal at `pos`, or -1 (same order of checks as `json.scanner`)."""
    ch = src[pos]
    if ch == "n" and src.startswith("null", pos):
        return pos + 4
    if ch == "t" and src.startswith("true", pos):
        return pos + 4
    if ch == "f" and src.startswith("false", pos):
        return pos + 5
    m = _NUMBER.match(src, pos)
    if m:
        return m.end()
    if ch == "N" and src.startswith("NaN", pos):
        return pos + 3
    if ch == "I" and src.startswith("Infinity", pos):
        return pos + 8
    if ch == "-" and src.startswith("-Infinity", pos):
        return pos + 9
    return -1


def _continues_number(src: str, pos: int) -> bool:
    """Whether `pos` directly follows a number token (``1.`` or ``1e`` cut at the end)."""
    return pos > 0 and src[pos - 1] in "0123456789" and src[pos] in ".eE"


_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_HTML_ESCAPED: Final = re.compile(r"\\u00(?:3[cCeE]|26)")


@dataclass(frozen=True, slots=True)
class Style:
    """How a document escapes strings; new tokens are written the same way.

    Attributes:
        ascii: the document is pure ASCII (non-ASCII characters are ``\\uXXXX``-escaped).
        slash: ``/`` is escaped as ``\\/``.
        html: ``<``, ``>`` and ``&`` are escaped as ``\\u003c`` etc. (Go's encoder does this).
    """

    ascii: bool
    slash: bool
    html: bool

    @classmethod
    def of(cls, src: str) -> Style:
        """Detect the style of `src`."""
        return cls(src.isascii(), "\\/" in src, _HTML_ESCAPED.search(src) is not None)


def encode_string(value: str, style: Style) -> str:
    """Encode `value` as a JSON string token (quotes included) in `style`.

    Lone surrogates are always written as ``\\uXXXX`` escapes so the result can be encoded as
    UTF-8.
    """
    out = json.dumps(value, ensure_ascii=style.ascii)
    if not style.ascii:
        out = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    if style.html:
        out = (
            out.replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026")
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        )
    if style.slash:
        out = out.replace("/", "\\/")
    return out
