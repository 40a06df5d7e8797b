"""`decode` a record into text slots, and `DecodedRecord.rebuild` it with replacements.

Which strings are slots:

* usage record: the body (see `redactor.records.body` and `redactor.records.dialects`), then
  every other string in the record (recursively, kind `FieldKind.ENVELOPE`) except the
  structural envelope fields `USAGE_STRUCTURAL` (``type``, ``endpoint``, ``event_id``,
  ``github_request_id``, ``@timestamp``, ``truncated``): routing and dedup keys must survive;
* audit event: every string (recursively, kind `FieldKind.AUDIT_FIELD`) except
  `AUDIT_STRUCTURAL` (``action``, ``_document_id``, ``@timestamp``, ``created_at``);
* a structural field is skipped only when its value is a scalar: one holding an object or array
  (``_document_id: {...}``) is scanned like any other field, so nothing rides through it unseen;
* nothing at a path for which ``skip(path)`` is true, nor anything below it.

Numbers, booleans and null are never slots and never change. Object keys that are not plain field
names (`redactor.records.objkeys.plain_key`) are *key slots*: scanned, never rewritten (the output
keeps the input's keys); a key slot whose text would change (a finding in the key) makes
`DecodedRecord.rebuild` raise ``key_finding``, so the record is kept back rather than forwarded
with the key verbatim.
Slots come in document order: the record's key order, and inside the body the order of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from redactor.errors import RecordError
from redactor.records.body import Body, RawBodyLoc, SseLineLoc, decode_body
from redactor.records.classify import classify
from redactor.records.model import BodyForm, FieldKind, RecordKind, TextSlot
from redactor.records.objkeys import safe_path
from redactor.records.paths import Segment, join_key
from redactor.records.walk import NEVER_SKIP, EnvLoc, KeyLoc, LeafLoc, Walker

USAGE_STRUCTURAL: Final = frozenset({"type", "endpoint", "event_id", "github_request_id", "@timestamp", "truncated"})
"""Usage-record envelope fields that are never slots."""

AUDIT_STRUCTURAL: Final = frozenset({"action", "_document_id", "@timestamp", "created_at"})
"""Audit-event fields that are never slots."""


class DecodedRecord:
    """A record with every string to scan laid out as `slots`.

    Attributes:
        kind: usage record or audit event.
        record: the original record (never mutated).
        slots: every string to scan, in a stable order.
        body_parsed: usage records: whether the body parsed as JSON or SSE (False for partial,
            raw and absent bodies).
        body_form: how the body was read (`BodyForm.ABSENT` for audit events).
    """

    __slots__ = ("_body", "_locs", "body_form", "body_parsed", "kind", "record", "slots")

    def __init__(
        self,
        kind: RecordKind,
        record: dict[str, object],
        slots: list[TextSlot],
        locs: list[object],
        body: Body | None,
    ) -> None:
        self.kind = kind
        self.record = record
        self.slots = slots
        self._locs = locs
        self._body = body
        self.body_form = body.form if body is not None else BodyForm.ABSENT
        self.body_parsed = body.parsed if body is not None else False

    def __repr__(self) -> str:
        return f"DecodedRecord(kind={self.kind.value}, body_form={self.body_form.value}, slots={len(self.slots)})"

    def rebuild(self, new_texts: Sequence[str | None]) -> dict[str, object]:
        """Return a new record with slot texts replaced.

        Args:
            new_texts: one entry per slot; None (or the slot's own text) leaves it unchanged.

        Returns:
            A new record of exactly the input's shape: same keys in the same order, same types,
            the body a string that parses as JSON iff the input's did. When nothing changed
            inside the body, the body is the original string. Otherwise only the changed string
            tokens are rewritten (escaped in the original's style); every other byte is kept.

        Raises:
            ValueError: `new_texts` does not have one entry per slot.
            TypeError: an entry is neither a string nor None.
            RecordError: ``rebuild_changed_shape`` when a raw-body replacement would make the
                body parse as JSON; ``key_finding`` when an object key's text would change (keys
                are never rewritten; the detail names the key's path with the key withheld).
        """
        if len(new_texts) != len(self.slots):
            raise ValueError(f"rebuild needs {len(self.slots)} replacement(s), got {len(new_texts)}")
        leaves: dict[int, str] = {}
        lines: dict[int, str] = {}
        raw: str | None = None
        env: list[tuple[tuple[Segment, ...], str]] = []
        for i, (slot, loc, new) in enumerate(zip(self.slots, self._locs, new_texts, strict=True)):
            if new is None:
                continue
            if not isinstance(new, str):
                raise TypeError(f"rebuild: replacement {i} ({slot.path}) is a {type(new).__name__}, not str")
            if new == slot.text:
                continue
            if isinstance(loc, LeafLoc):
                leaves[id(loc.node)] = new
            elif isinstance(loc, KeyLoc):
                raise RecordError(
                    "key_finding",
                    f"object key at {safe_path(slot.path)} holds a finding; keys are not rewritten, so the "
                    "record is kept back",
                )
            elif isinstance(loc, EnvLoc):
                env.append((loc.segments, new))
            elif isinstance(loc, SseLineLoc):
                lines[loc.line] = new
            elif isinstance(loc, RawBodyLoc):
                raw = new
        out = _copy(self.record)
        assert isinstance(out, dict)
        for segments, text in env:
            _set(out, segments, text)
        if self._body is not None and (leaves or lines or raw is not None):
            out["body"] = self._body.render(leaves, lines, raw)
        return out


def _copy(value: object) -> object:
    """Copy dicts and lists (iteratively, any depth); share everything else."""
    if not isinstance(value, dict | list):
        return value
    root: dict[object, object] | list[object] = {} if isinstance(value, dict) else []
    stack: list[tuple[dict[object, object] | list[object], dict[object, object] | list[object]]] = [(value, root)]
    while stack:
        src, dst = stack.pop()
        items = src.items() if isinstance(src, dict) else enumerate(src)
        for k, v in items:
            if isinstance(v, dict | list):
                new: dict[object, object] | list[object] = {} if isinstance(v, dict) else []
                stack.append((v, new))
                v = new
            if isinstance(dst, dict):
                dst[k] = v
            else:
                dst.append(v)
    return root


def _set(root: dict[str, object], segments: tuple[Segment, ...], text: str) -> None:
    node: object = root
    for seg in segments[:-1]:
        node = node[seg]  # type: ignore[index]  # the path was taken from this very structure
    node[segments[-1]] = text  # type: ignore[index]


def decode(
    record: dict[str, object],
    *,
    skip: Callable[[str], bool] = NEVER_SKIP,
    skip_container: Callable[[str], bool] | None = None,
    max_depth: int = 64,
    lenient_truncated: bool = True,
) -> DecodedRecord:
    """Classify `record` and lay out every string to scan.

    Args:
        record: one record as parsed from a JSON line.
        skip: policy hook; ``skip(path)`` true means the string at `path`, and everything under
            it, is not scanned (safe metadata, identity fields the pipeline handles itself).
        skip_container: when given, a value that is an object or array is skipped only when
            ``skip_container(path)`` is true (a safe-metadata path holding an object is scanned).
        max_depth: maximum nesting of objects and arrays, counted from the record itself and
            continuing through the body and decoded ``arguments``.
        lenient_truncated: read a body that is a cut-off JSON document (a truncated body) up to
            the cut, so its strings get real paths and kinds (`BodyForm.PARTIAL_JSON`). When
            False, such a body is one raw slot (`BodyForm.RAW`).

    Raises:
        RecordError: ``not_an_object``, ``unknown_shape``, ``bad_type`` (see `classify`) or
            ``too_deep``.
    """
    kind = classify(record)
    walker = Walker(skip, max_depth, skip_container)
    body: Body | None = None
    if kind is RecordKind.AUDIT:
        for key, value in record.items():
            if key in AUDIT_STRUCTURAL and not isinstance(value, dict | list):
                continue
            path = join_key("", key)
            if not walker.skip(path, isinstance(value, dict | list)):
                walker.emit_key(key, path, FieldKind.AUDIT_FIELD)
                walker.walk_python(value, path, (key,), FieldKind.AUDIT_FIELD)
        return DecodedRecord(kind, record, walker.slots, walker.locs, None)
    truncated = record.get("truncated") is True
    for key, value in record.items():
        if key == "body":
            assert isinstance(value, str)  # classify checked it
            body = decode_body(value, walker, truncated=truncated, lenient=lenient_truncated, scan=not skip("body"))
        elif key not in USAGE_STRUCTURAL or isinstance(value, dict | list):
            path = join_key("", key)
            if not walker.skip(path, isinstance(value, dict | list)):
                walker.emit_key(key, path, FieldKind.ENVELOPE)
                walker.walk_python(value, path, (key,), FieldKind.ENVELOPE)
    return DecodedRecord(kind, record, walker.slots, walker.locs, body)
