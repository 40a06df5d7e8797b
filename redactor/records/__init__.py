"""Copilot records: classify a line, find every text it carries, and write replacements back.

Public API::

    from redactor.records import classify, decode, RecordKind, DecodedRecord, TextSlot, FieldKind
    from redactor.records import record_key, PathPattern, BodyForm

* `classify` tells a usage record from an audit event (`redactor.records.classify`);
* `decode` lays out every string to scan as `TextSlot` values; `DecodedRecord.rebuild` writes
  replacements back into a new record of exactly the input's shape;
* `record_key` is the idempotency key;
* `PathPattern` matches canonical slot paths (`redactor.records.paths`).

Which strings are slots and which are structural is documented in `redactor.records.dialects`
(body dialects), `redactor.records.body` (JSON, SSE, truncated and raw bodies) and
`redactor.records.decoded` (envelope and audit fields).
"""

from redactor.records.classify import classify
from redactor.records.decoded import AUDIT_STRUCTURAL, USAGE_STRUCTURAL, DecodedRecord, decode
from redactor.records.dialects import STRUCTURAL_KEYS
from redactor.records.keys import record_key
from redactor.records.model import BodyForm, FieldKind, RecordKind, TextSlot
from redactor.records.paths import PathPattern, format_path, parse_path

__all__ = [
    "AUDIT_STRUCTURAL",
    "STRUCTURAL_KEYS",
    "USAGE_STRUCTURAL",
    "BodyForm",
    "DecodedRecord",
    "FieldKind",
    "PathPattern",
    "RecordKind",
    "TextSlot",
    "classify",
    "decode",
    "format_path",
    "parse_path",
    "record_key",
]
