"""Record classification (copilot-records.md §2.5) and idempotency keys."""

from __future__ import annotations

import hashlib
import json

import pytest

from redactor.errors import RecordError
from redactor.records import RecordKind, classify, record_key

SECRET = "ghp_R4nd0mF4k3T0k3nF0rT3st1ngOnly0000000"

USAGE = {"type": "request", "endpoint": "/chat/completions", "body": "{}"}


@pytest.mark.parametrize(
    ("obj", "kind"),
    [
        (USAGE, RecordKind.USAGE),
        ({**USAGE, "type": "response"}, RecordKind.USAGE),
        ({**USAGE, "type": "stream_chunk"}, RecordKind.USAGE),  # unknown type values: still scanned
        ({**USAGE, "extra": 1}, RecordKind.USAGE),  # additionalProperties: true
        ({**USAGE, "body": "not json"}, RecordKind.USAGE),  # body need not parse
        ({"action": "pull_request.create"}, RecordKind.AUDIT),
        ({"action": "x", **USAGE}, RecordKind.AUDIT),  # 'action' decides
    ],
)
def test_classify_accepts(obj: dict[str, object], kind: RecordKind) -> None:
    assert classify(obj) is kind


@pytest.mark.parametrize(
    ("obj", "reason", "message"),
    [
        ([USAGE], "not_an_object", "record is a JSON array, expected an object"),
        (SECRET, "not_an_object", "record is a JSON string, expected an object"),
        (3, "not_an_object", "record is a JSON number, expected an object"),
        (None, "not_an_object", "record is a JSON null, expected an object"),
        (True, "not_an_object", "record is a JSON boolean, expected an object"),
        ({}, "unknown_shape", "lacks usage-record field(s) 'type', 'endpoint', 'body'"),
        ({"type": "request", "endpoint": "/x"}, "unknown_shape", "field(s) 'body':"),
        ({"Action": "x"}, "unknown_shape", "record has no 'action'"),  # near miss: key case
        ({**USAGE, "body": {"messages": []}}, "bad_type", "field 'body' is an object, expected a string"),
        ({**USAGE, "body": None}, "bad_type", "field 'body' is a null"),
        ({**USAGE, "type": 1}, "bad_type", "field 'type' is a number"),
        ({**USAGE, "endpoint": ["/x"]}, "bad_type", "field 'endpoint' is an array"),
        ({"action": 5}, "bad_type", "audit event field 'action' is a number, expected a string"),
    ],
)
def test_classify_rejects_with_stable_reason(obj: object, reason: str, message: str) -> None:
    with pytest.raises(RecordError) as info:
        classify(obj)
    assert info.value.reason == reason
    assert message in str(info.value)


def test_classify_messages_never_carry_values() -> None:
    for obj in ({"type": SECRET, "endpoint": SECRET}, {**USAGE, "body": {"k": SECRET}}, [SECRET]):
        with pytest.raises(RecordError) as info:
            classify(obj)
        assert SECRET not in str(info.value)
        assert "ghp_" not in repr(info.value)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_usage_key_is_event_id_when_present() -> None:
    rec = {**USAGE, "event_id": "0e6f2c1a-3b7d-4c59-9a1e-5f0b8d2c7e41"}
    assert record_key(rec, RecordKind.USAGE) == "0e6f2c1a-3b7d-4c59-9a1e-5f0b8d2c7e41"


@pytest.mark.parametrize("event_id", [None, "", 12345])  # absent, empty, not a string
def test_usage_key_falls_back_to_documented_digest(event_id: object) -> None:
    rec: dict[str, object] = {
        **USAGE,
        "github_request_id": "8C1E:2F7A3",
        "@timestamp": 1783494912345,
        "body": '{"a":"é"}',
    }
    if event_id is not None:
        rec["event_id"] = event_id
    parts = ["8C1E:2F7A3", "request", 1783494912345, _sha('{"a":"é"}')]
    expected = "sha256:" + _sha(json.dumps(parts, separators=(",", ":")))
    assert record_key(rec, RecordKind.USAGE) == expected


def test_usage_digest_changes_with_each_component() -> None:
    base = {**USAGE, "github_request_id": "g", "@timestamp": 1, "body": "b"}
    keys = {
        record_key(base, RecordKind.USAGE),
        record_key({**base, "github_request_id": "h"}, RecordKind.USAGE),
        record_key({**base, "@timestamp": 2}, RecordKind.USAGE),
        record_key({**base, "body": "c"}, RecordKind.USAGE),
        record_key({**base, "type": "response"}, RecordKind.USAGE),
    }
    assert len(keys) == 5
    # and is stable: envelope fields outside the composite do not matter
    assert record_key({**base, "user_id": 9}, RecordKind.USAGE) == record_key(base, RecordKind.USAGE)


def test_usage_digest_handles_lone_surrogates() -> None:
    rec = {**USAGE, "body": '{"a":"\ud83d"}'}
    assert record_key(rec, RecordKind.USAGE).startswith("sha256:")


def test_audit_key_is_document_id_else_order_independent_digest() -> None:
    ev = {"action": "repo.create", "_document_id": "q3Zr8LmN0pXyT5vW2aBcDe", "actor": "a"}
    assert record_key(ev, RecordKind.AUDIT) == "q3Zr8LmN0pXyT5vW2aBcDe"
    a = {"action": "repo.create", "actor": "a", "@timestamp": 5}
    b = {"@timestamp": 5, "actor": "a", "action": "repo.create"}
    assert record_key(a, RecordKind.AUDIT) == record_key(b, RecordKind.AUDIT)
    assert record_key(a, RecordKind.AUDIT).startswith("sha256:")
    assert record_key(a, RecordKind.AUDIT) != record_key({**a, "actor": "b"}, RecordKind.AUDIT)
    expected = "sha256:" + _sha(json.dumps(a, sort_keys=True, separators=(",", ":")))
    assert record_key(a, RecordKind.AUDIT) == expected
