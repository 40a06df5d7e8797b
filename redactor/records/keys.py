"""Idempotency keys: one stable key per record, so a duplicate delivery is stored once.

* usage record: ``event_id`` when it is a non-empty string; otherwise
  ``"sha256:" + hex(SHA-256(canonical JSON of [github_request_id, type, @timestamp,
  hex(SHA-256(body))]))`` (copilot-records.md §4.3; absent fields are ``null``);
* audit event: ``_document_id`` when it is a non-empty string; otherwise ``"sha256:" +`` the
  SHA-256 of the event's canonical JSON (sorted keys, compact, ASCII).

Keys are computed on the record as received (before redaction). Strings are hashed as UTF-8 with
lone surrogates passed through, so every record has a key. An ``event_id`` / ``_document_id`` that
holds a lone surrogate (a ``\\udXXX`` escape in the JSON) is used with that surrogate written as
its escape text, so the key can be stored (UTF-8) by every sink.
"""

from __future__ import annotations

import hashlib
import json
import re

from redactor.errors import RecordError
from redactor.records.model import RecordKind

_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable(key: str) -> str:
    if key.isascii():
        return key
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", key)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=True)


def record_key(record: dict[str, object], kind: RecordKind) -> str:
    """The idempotency key of `record` (already classified as `kind`).

    Raises:
        RecordError: ``bad_type`` when a usage record's body is not a string; ``too_deep`` when
            an audit event without ``_document_id`` is too deeply nested to digest.
    """
    if kind is RecordKind.USAGE:
        event_id = record.get("event_id")
        if isinstance(event_id, str) and event_id:
            return _storable(event_id)
        body = record.get("body")
        if not isinstance(body, str):
            raise RecordError("bad_type", "usage record field 'body' is not a string")
        parts = [
            record.get("github_request_id"),
            record.get("type"),
            record.get("@timestamp"),
            _digest(body),
        ]
        try:
            return "sha256:" + _digest(_canonical(parts))
        except (TypeError, ValueError):
            raise RecordError("bad_type", "usage record key fields are not JSON values") from None
    doc_id = record.get("_document_id")
    if isinstance(doc_id, str) and doc_id:
        return _storable(doc_id)
    try:
        return "sha256:" + _digest(_canonical(record))
    except RecursionError:
        raise RecordError("too_deep", "audit event is nested too deeply to compute its key") from None
    except (TypeError, ValueError):
        raise RecordError("bad_type", "audit event holds values that are not JSON") from None
