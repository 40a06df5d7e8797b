"""Walk parsed JSON documents and plain Python values, emitting one `TextSlot` per string.

The walk is iterative (an explicit stack) and depth-first in document order, so slots come out
in a stable order and nesting never reaches Python's recursion limit. Each slot is paired with a
*location* that `rebuild` uses to write a replacement back:

* `LeafLoc`: a string token inside a `Doc` (a body, an SSE data line or a decoded ``arguments``
  string); written back by splicing a new token over the old one;
* `EnvLoc`: a string in the record itself (envelope or audit fields), by key path;
* `KeyLoc`: an object key that is not a plain field name (`redactor.records.objkeys`): scanned,
  never rewritten (a finding in it makes `DecodedRecord.rebuild` raise ``key_finding``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from redactor.errors import RecordError
from redactor.records.dialects import INHERIT, is_base64_payload, member_rule
from redactor.records.jsonscan import (
    JObj,
    JsonSyntaxError,
    JStr,
    Node,
    Parsed,
    Style,
    TooDeepError,
    encode_string,
    parse_json,
)
from redactor.records.model import FieldKind, TextSlot
from redactor.records.objkeys import KEY_PLACEHOLDER, key_slot_path, plain_key, safe_path
from redactor.records.paths import Segment, join_index, join_key

Skip = Callable[[str], bool]
"""Policy hook: True for a path whose string (and everything under it) is not scanned."""


class Doc:
    """A JSON text whose string tokens may be replaced.

    Attributes:
        src: the text.
        style: how it escapes strings (new tokens are written the same way).
        active: the string tokens that are slots (nested doc None) or hold a decoded nested
            document, in source order.
    """

    __slots__ = ("active", "src", "style")

    def __init__(self, src: str) -> None:
        self.src = src
        self.style = Style.of(src)
        self.active: list[tuple[JStr, Doc | None]] = []

    def __repr__(self) -> str:
        return f"Doc(<{len(self.src)} chars>, {len(self.active)} active)"


@dataclass(frozen=True, slots=True)
class LeafLoc:
    """A string token `node` of `doc`."""

    doc: Doc
    node: JStr


@dataclass(frozen=True, slots=True)
class KeyLoc:
    """An object key (its slot path is the key's value path plus ``#key``); never rewritten."""

    value_path: str


@dataclass(frozen=True, slots=True)
class EnvLoc:
    """A string in the record itself at key path `segments`."""

    segments: tuple[Segment, ...]


def render_doc(doc: Doc, changes: dict[int, str]) -> str | None:
    """Return `doc`'s text with changed tokens spliced in, or None when nothing changed.

    Args:
        doc: the document.
        changes: new string values keyed by ``id()`` of the `JStr` tokens they replace.
    """
    pieces: list[str] = []
    pos = 0
    for node, child in doc.active:
        new = render_doc(child, changes) if child is not None else changes.get(id(node))
        if new is None:
            continue
        token = _token(new, node, doc.style)
        pieces.append(doc.src[pos : node.start])
        pieces.append(token)
        pos = node.end
    if not pieces:
        return None
    pieces.append(doc.src[pos:])
    return "".join(pieces)


def _token(value: str, node: JStr, style: Style) -> str:
    token = encode_string(value, style)
    # A cut-off string stays cut off (no closing quote); its undecodable tail is dropped.
    return token[:-1] if node.partial else token


_Frame = tuple[Node, str, int, FieldKind, bool, bool, bool, "str | None", Doc]
"""node, path, depth, kind, free, at_root, decode, obj_key, doc."""


class Walker:
    """Collects slots and their locations for one record."""

    def __init__(self, skip: Skip, max_depth: int, skip_container: Skip | None = None) -> None:
        self._skip = skip
        self._skip_container = skip_container
        self.max_depth = max_depth
        self.slots: list[TextSlot] = []
        self.locs: list[object] = []

    def skip(self, path: str, container: bool = False) -> bool:
        """Whether the value at `path` is not scanned. With a `skip_container` hook, a value that
        is an object or array (`container`) is skipped only when that hook says so: safe-metadata
        paths pass scalars through, but an object or array at such a path is scanned."""
        if container and self._skip_container is not None:
            return self._skip_container(path)
        return self._skip(path)

    def emit(self, slot: TextSlot, loc: object) -> None:
        """Record one slot and where it lives."""
        self.slots.append(slot)
        self.locs.append(loc)

    def emit_key(self, key: str, value_path: str, kind: FieldKind) -> None:
        """Emit a key slot for `key` (whose value sits at `value_path`) unless it is a plain name."""
        if not plain_key(key):
            self.emit(TextSlot(key_slot_path(value_path), key, kind), KeyLoc(value_path))

    def parse(self, src: str, where: str, depth: int, *, lenient: bool) -> Parsed:
        """Parse a document sitting at `depth` segments, mapping too-deep nesting to RecordError.

        Raises:
            JsonSyntaxError: not JSON (or not a JSON prefix when `lenient`).
            RecordError: ``too_deep``.
        """
        try:
            return parse_json(src, lenient=lenient, max_depth=self.max_depth - depth)
        except TooDeepError:
            raise RecordError(
                "too_deep", f"{safe_path(where)}: JSON nested deeper than {self.max_depth} levels"
            ) from None

    def walk_doc(
        self,
        doc: Doc,
        root: Node,
        path: str,
        depth: int,
        kind: FieldKind,
        *,
        free: bool,
        at_root: bool,
    ) -> None:
        """Emit the slots of `root` (already parsed from `doc`), which sits at `path`."""
        stack: list[_Frame] = [(root, path, depth, kind, free, at_root, False, None, doc)]
        while stack:
            node, path, depth, kind, free, at_root, decode, obj_key, doc = stack.pop()
            if isinstance(node, JStr):
                self._leaf(stack, node, path, depth, kind, decode, doc)
            elif isinstance(node, JObj):
                children: list[_Frame] = []
                role = block_type = None
                if not free:  # read once per object, not once per member
                    role, block_type = node.str_of("role"), node.str_of("type")
                for key, child in node.pairs:
                    if not isinstance(child, JStr | JObj | list):
                        # a number, boolean or null is never a slot, but its key may be one
                        if not plain_key(key) and not self.skip(join_key(path, key)):
                            self.emit_key(key, join_key(path, key), kind)
                        continue
                    rule = (
                        INHERIT if free else member_rule(role, block_type, key, child, at_root=at_root, obj_key=obj_key)
                    )
                    if rule.structural:
                        continue
                    cpath = join_key(path, key)
                    if self.skip(cpath, not isinstance(child, JStr)):
                        continue
                    ckind = rule.kind if rule.kind is not None else kind
                    self.emit_key(key, cpath, ckind)
                    children.append(
                        (
                            child,
                            cpath,
                            depth + 1,
                            ckind,
                            free or rule.free,
                            rule.root,
                            rule.decode,
                            key,
                            doc,
                        )
                    )
                stack.extend(reversed(children))
            elif isinstance(node, list):
                items: list[_Frame] = []
                for i, child in enumerate(node):
                    if not isinstance(child, JStr | JObj | list):
                        continue
                    cpath = join_index(path, i)
                    if self.skip(cpath, not isinstance(child, JStr)):
                        continue
                    items.append((child, cpath, depth + 1, kind, free, False, False, obj_key, doc))
                stack.extend(reversed(items))

    def _leaf(
        self,
        stack: list[_Frame],
        node: JStr,
        path: str,
        depth: int,
        kind: FieldKind,
        decode: bool,
        doc: Doc,
    ) -> None:
        if decode:
            nested = self._nested(node, path, depth)
            if nested is not None:
                child_doc, root = nested
                doc.active.append((node, child_doc))
                stack.append((root, path, depth, kind, True, False, False, None, child_doc))
                return
        if is_base64_payload(node.value):
            kind = FieldKind.BINARY
        doc.active.append((node, None))
        self.emit(TextSlot(path, node.value, kind, truncated_tail=node.partial), LeafLoc(doc, node))

    def _nested(self, node: JStr, path: str, depth: int) -> tuple[Doc, Node] | None:
        """Decode a JSON-string value (tool ``arguments``) into an object or array, if it is one.

        Text that is not JSON, too deep, or a JSON scalar stays one slot.
        """
        text = node.value
        stripped = text.lstrip(" \t\r\n")
        if not stripped or stripped[0] not in "{[":
            return None
        parsed: Parsed | None = None
        for lenient in (False, True) if node.partial else (False,):
            try:
                parsed = parse_json(text, lenient=lenient, max_depth=self.max_depth - depth)
                break
            except (JsonSyntaxError, TooDeepError):
                continue
        if parsed is None or not isinstance(parsed.root, JObj | list):
            return None
        return Doc(text), parsed.root

    def walk_python(self, value: object, path: str, segments: tuple[Segment, ...], kind: FieldKind) -> None:
        """Emit the strings of a plain value from the record itself (free form: no structural keys).

        Raises:
            RecordError: ``too_deep``, or ``bad_type`` for a non-string object key.
        """
        stack: list[tuple[object, str, tuple[Segment, ...]]] = [(value, path, segments)]
        while stack:
            v, p, segs = stack.pop()
            if isinstance(v, str):
                self.emit(TextSlot(p, v, kind), EnvLoc(segs))
                continue
            if not isinstance(v, dict | list):
                continue
            if len(segs) + 1 > self.max_depth:
                raise RecordError(
                    "too_deep",
                    f"record field {_field_name(segs[0])}: nested deeper than {self.max_depth} levels",
                )
            children: list[tuple[object, str, tuple[Segment, ...]]] = []
            if isinstance(v, dict):
                for k, cv in v.items():
                    if not isinstance(k, str):
                        raise RecordError(
                            "bad_type",
                            f"record field {_field_name(segs[0])}: an object key is not a string",
                        )
                    cp = join_key(p, k)
                    if not self.skip(cp, isinstance(cv, dict | list)):
                        self.emit_key(k, cp, kind)
                        children.append((cv, cp, (*segs, k)))
            else:
                for i, cv in enumerate(v):
                    cp = join_index(p, i)
                    if not self.skip(cp, isinstance(cv, dict | list)):
                        children.append((cv, cp, (*segs, i)))
            stack.extend(reversed(children))


def _field_name(seg: Segment) -> str:
    """A record field's name for a message: quoted when plain, else a placeholder."""
    return repr(seg) if isinstance(seg, str) and plain_key(seg) else KEY_PLACEHOLDER


NEVER_SKIP: Final[Skip] = lambda _path: False  # noqa: E731 - a named constant default
