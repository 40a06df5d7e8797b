"""Reading a usage record's ``body`` in whichever form it comes, and writing it back.

Forms, tried in this order:

1. JSON (`BodyForm.JSON`): the whole body is one JSON document.
2. SSE (`BodyForm.SSE`): the body is a server-sent-event stream: its first non-blank line is a
   ``data:``/``event:``/``id:``/``retry:`` field or a ``:`` comment, and it has a ``data`` line.
   Each ``data:`` line holding JSON is walked as its own document at ``body.data[k]`` (k counts
   data lines); ``data: [DONE]``, blank lines, ``event``/``id``/``retry`` fields and a bare
   ``data`` line are structural; a data line that is not JSON is one `FieldKind.RAW_BODY` slot at ``body.data[k]``;
   comments and unknown fields are `FieldKind.OTHER` slots at ``body.line[i]`` (i counts all
   lines). Rebuilding keeps the framing (field prefixes, line endings) exactly; a replacement for
   a raw line is made inert (line breaks become spaces, see `_inert`) so it cannot forge fields.
3. Partial JSON (`BodyForm.PARTIAL_JSON`, when ``lenient``): the body is a JSON document cut off
   at its end (a truncated body). Everything up to the cut is walked as usual; the final
   unterminated string is a slot with ``truncated_tail=True`` and stays unterminated on rebuild.
4. Raw (`BodyForm.RAW`): one `FieldKind.RAW_BODY` slot at ``body``; for a ``truncated: true``
   record it has ``json_escaped=True`` and ``truncated_tail=True``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Final

from redactor.errors import RecordError
from redactor.records.jsonscan import JObj, JsonSyntaxError, Node, Parsed
from redactor.records.model import BodyForm, FieldKind, TextSlot
from redactor.records.paths import join_index
from redactor.records.walk import Doc, Walker, render_doc

_EOL: Final = re.compile(r"\r\n|\r|\n")
_SSE_FIRST: Final = re.compile(r"(?:data|event|id|retry)(?::|\Z)|:")
_SSE_DATA: Final = re.compile(r"data(?::|\Z)")
_SSE_FIELDS: Final = frozenset({"data", "event", "id", "retry"})


@dataclass(frozen=True, slots=True)
class RawBodyLoc:
    """The whole body as one raw text."""


@dataclass(frozen=True, slots=True)
class SseLineLoc:
    """The value of SSE line `line` (after its field prefix), as raw text."""

    line: int


class SseLine:
    """One line of an SSE body: ``prefix + value + ending`` is the original line."""

    __slots__ = ("doc", "ending", "prefix", "value")

    def __init__(self, prefix: str, value: str, ending: str) -> None:
        self.prefix = prefix
        self.value = value
        self.ending = ending
        self.doc: Doc | None = None


class Body:
    """A decoded body: its form and what is needed to write it back."""

    __slots__ = ("doc", "form", "lines", "src")

    def __init__(self, src: str, form: BodyForm) -> None:
        self.src = src
        self.form = form
        self.doc: Doc | None = None
        self.lines: list[SseLine] = []

    @property
    def parsed(self) -> bool:
        """Whether the body parsed as JSON or SSE."""
        return self.form in (BodyForm.JSON, BodyForm.SSE)

    def render(self, leaves: dict[int, str], lines: dict[int, str], raw: str | None) -> str:
        """Return the body with the given replacements (the original string if none apply).

        Args:
            leaves: new values of JSON string tokens, keyed by ``id()`` of the token.
            lines: new raw values of SSE lines, keyed by line number.
            raw: new text for a raw body.

        Raises:
            RecordError: ``rebuild_changed_shape`` when a raw replacement would make a body that
                was not JSON parse as JSON.
        """
        if self.form is BodyForm.RAW:
            if raw is None:
                return self.src
            if _is_json(raw):
                raise RecordError(
                    "rebuild_changed_shape",
                    "body: the replacement would turn a non-JSON body into JSON",
                )
            return raw
        if self.doc is not None:
            new = render_doc(self.doc, leaves)
            return self.src if new is None else new
        out: list[str] = []
        changed = False
        for i, line in enumerate(self.lines):
            value: str | None = None
            if line.doc is not None:
                value = render_doc(line.doc, leaves)
            elif i in lines:
                value = _inert(lines[i], bare=not line.prefix)
            if value is None:
                value = line.value
            else:
                changed = True
            out.append(line.prefix + value + line.ending)
        return "".join(out) if changed else self.src


def _inert(value: str, *, bare: bool) -> str:
    """Make a replacement for a raw SSE line unable to change the stream's framing.

    Line breaks become spaces (they would start new fields). On a line without a colon, where
    the whole line is a field name, colons become spaces too, and a result that would be empty
    (a blank line ends an event) or a known field name gets a trailing space.
    """
    value = value.replace("\r", " ").replace("\n", " ")
    if bare:
        value = value.replace(":", " ")
        if not value or value in _SSE_FIELDS:
            value += " "
    return value


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _split_lines(src: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(src):
        m = _EOL.search(src, pos)
        if m is None:
            out.append((src[pos:], ""))
            break
        out.append((src[pos : m.start()], m.group()))
        pos = m.end()
    return out


def _looks_like_sse(lines: list[tuple[str, str]]) -> bool:
    first = next((text for text, _ in lines if text), None)
    if first is None or not _SSE_FIRST.match(first):
        return False
    return any(_SSE_DATA.match(text) for text, _ in lines)


def decode_body(src: str, walker: Walker, *, truncated: bool, lenient: bool, scan: bool) -> Body:
    """Decode `src` (the record's ``body``) and, when `scan`, emit its slots through `walker`.

    Raises:
        RecordError: ``too_deep``.
    """
    try:
        parsed = walker.parse(src, "body", 1, lenient=False)
    except JsonSyntaxError:
        pass
    else:
        body = Body(src, BodyForm.JSON)
        body.doc = _walk_root(walker, src, parsed, "body", 1, scan)
        return body
    lines = _split_lines(src)
    if _looks_like_sse(lines):
        body = Body(src, BodyForm.SSE)
        _decode_sse(body, lines, walker, truncated=truncated, lenient=lenient, scan=scan)
        return body
    if lenient:
        try:
            parsed = walker.parse(src, "body", 1, lenient=True)
        except JsonSyntaxError:
            pass
        else:
            body = Body(src, BodyForm.PARTIAL_JSON)
            body.doc = _walk_root(walker, src, parsed, "body", 1, scan)
            return body
    body = Body(src, BodyForm.RAW)
    if scan:
        walker.emit(
            TextSlot("body", src, FieldKind.RAW_BODY, json_escaped=truncated, truncated_tail=truncated),
            RawBodyLoc(),
        )
    return body


def _walk_root(walker: Walker, src: str, parsed: Parsed, path: str, depth: int, scan: bool) -> Doc:
    doc = Doc(src)
    root: Node | None = parsed.root
    if scan and root is not None:
        walker.walk_doc(doc, root, path, depth, FieldKind.OTHER, free=False, at_root=isinstance(root, JObj))
    return doc


def _decode_sse(
    body: Body,
    lines: list[tuple[str, str]],
    walker: Walker,
    *,
    truncated: bool,
    lenient: bool,
    scan: bool,
) -> None:
    data_index = 0
    last = len(lines) - 1
    for i, (text, ending) in enumerate(lines):
        field, sep, rest = text.partition(":")
        if field == "data" and sep:
            value = rest[1:] if rest.startswith(" ") else rest
            line = SseLine(text[: len(text) - len(value)], value, ending)
            body.lines.append(line)
            path = join_index("body.data", data_index)
            data_index += 1
            if value == "[DONE]" or not scan or walker.skip(path):
                continue
            cut = i == last and ending == ""
            parsed: Parsed | None = None
            for attempt_lenient in (False, True) if (cut and lenient) else (False,):
                try:
                    parsed = walker.parse(value, path, 3, lenient=attempt_lenient)
                    break
                except JsonSyntaxError:
                    continue
            if parsed is not None and parsed.root is not None:
                line.doc = _walk_root(walker, value, parsed, path, 3, scan)
                continue
            tail = cut and truncated
            walker.emit(TextSlot(path, value, FieldKind.RAW_BODY, truncated_tail=tail), SseLineLoc(i))
            continue
        if not text or field in _SSE_FIELDS:  # blank, event/id/retry, or a bare "data" (no value)
            body.lines.append(SseLine(text, "", ending))
            continue
        prefix = field + sep if sep else ""
        value = rest if sep else text
        body.lines.append(SseLine(prefix, value, ending))
        path = join_index("body.line", i)
        if scan and not walker.skip(path):
            tail = truncated and i == last and ending == ""
            walker.emit(TextSlot(path, value, FieldKind.OTHER, truncated_tail=tail), SseLineLoc(i))
