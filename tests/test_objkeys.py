"""Object keys and metadata objects fail closed (review17): a key holding a finding is never
forwarded verbatim, an object at a safe-metadata path is scanned, and quarantine details show a
key only when it is a plain field name.

Values are generated (random tokens, invented addresses), never taken from any data set.
"""

from __future__ import annotations

import json
import random
import string
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.errors import RecordError
from redactor.io.base import Quarantined, Redacted
from redactor.records import decode
from redactor.records import walk as walk_module
from redactor.records.objkeys import is_key_path, plain_key, safe_path
from tests.test_pipeline import chat, lines, one, pipe, usage

RNG = random.Random(1728)


def _token() -> str:
    return "ghp_" + "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(36))


def _email() -> str:
    local = "".join(RNG.choice(string.ascii_lowercase) for _ in range(RNG.randint(3, 9)))
    host = "".join(RNG.choice(string.ascii_lowercase) for _ in range(RNG.randint(3, 8)))
    return f"{local}.{RNG.choice('abcdefgh')}@{host}.example"


TOKENS = [_token() for _ in range(6)]
EMAILS = [_email() for _ in range(6)]


# -- which keys are scanned -------------------------------------------------------------------------
@given(st.from_regex(r"[a-z]{1,12}(_[a-z]{1,8}){0,2}", fullmatch=True))
def test_snake_case_field_names_are_plain(name: str) -> None:
    assert plain_key(name)
    assert plain_key(name.upper()) or len(name) >= 16


@given(st.from_regex(r"[a-z]{2,8}([A-Z][a-z]{2,8}){0,2}", fullmatch=True))
def test_camel_case_field_names_are_plain(name: str) -> None:
    assert plain_key(name)


@pytest.mark.parametrize("key", [*TOKENS, *EMAILS, "Ada Quist", "host-7.internal", "10.1.2.3", "José"])
def test_keys_with_digits_dots_at_spaces_or_non_ascii_are_scanned(key: str) -> None:
    assert not plain_key(key)


def test_a_long_mixed_case_letters_only_key_is_scanned() -> None:
    for _ in range(20):
        key = "".join(RNG.choice(string.ascii_letters) for _ in range(24))
        if sum(c.isupper() for c in key) * 4 > len(key):
            assert not plain_key(key)


# -- decode emits key slots everywhere keys occur ---------------------------------------------------
@pytest.mark.parametrize("token", TOKENS[:3])
def test_key_slots_in_body_envelope_audit_and_tool_arguments(token: str) -> None:
    args = json.dumps({token: 1})
    body = {
        "messages": [{"role": "user", "content": "hi"}],
        "metadata": {token: {"n": 1}, "plain": None},
        "tools_used": [{"function": {"name": "f", "arguments": args}}],
    }
    dec = decode(usage(body, extra={token: "v"}))
    keys = [(s.path, s.text) for s in dec.slots if is_key_path(s.path)]
    assert [t for _, t in keys] == [token] * 3  # body object, decoded tool arguments, envelope
    assert [p.split(".")[1] for p, _ in keys] == ["metadata", "tools_used[0]", f"{token}#key"]
    ev = {"action": "a.b", "_document_id": "d", "data": {"owners": {token: True}}}
    assert [s.text for s in decode(ev).slots if is_key_path(s.path)] == [token]
    chat_body = {"choices": [{"message": {"tool_calls": [{"function": {"name": "f", "arguments": args}}]}}]}
    assert [s.text for s in decode(usage(chat_body)).slots if is_key_path(s.path)] == [token]


def test_plain_keys_add_no_slots() -> None:
    body = {"messages": [{"role": "user", "content": "x"}], "temperature": 0.2, "stream_options": {"usage": True}}
    dec = decode(usage(body))
    assert not any(is_key_path(s.path) for s in dec.slots)


@given(st.sampled_from(TOKENS + EMAILS), st.text(max_size=6))
@settings(max_examples=30)
def test_rebuild_refuses_to_change_a_key(key: str, new: str) -> None:
    dec = decode(usage({"users": {key: {"role": "admin"}}}))
    texts: list[str | None] = [new + "!" if is_key_path(s.path) else None for s in dec.slots]
    with pytest.raises(RecordError) as info:
        dec.rebuild(texts)
    assert info.value.reason == "key_finding"
    assert key not in str(info.value)
    assert "users[<key>] (object key)" in str(info.value)


# -- the pipeline ------------------------------------------------------------------------------------
@pytest.mark.parametrize("secret", [TOKENS[0], EMAILS[0], TOKENS[1], EMAILS[1]])
@pytest.mark.parametrize("where", ["body", "envelope", "audit"])
def test_a_key_holding_a_finding_is_kept_back(secret: str, where: str) -> None:
    if where == "body":
        rec: dict[str, Any] = usage({**chat("hello"), "metadata": {"by_user": {secret: {"n": 2}}}})
    elif where == "envelope":
        rec = usage(chat("hello"), extra={"owners": {secret: 3}})
    else:
        rec = {"action": "org.update", "_document_id": "d1", "actor": "a", "data": {secret: "admin"}}
    r = one(pipe(), rec)
    assert isinstance(r, Quarantined)
    assert r.reason == "key_finding"
    assert secret not in r.detail
    assert "<key>" in r.detail


def test_a_key_equal_to_a_value_found_elsewhere_is_kept_back() -> None:
    # the key alone is not detectable (no pattern matches it) but the same text is found in a value
    odd = "zq" + TOKENS[2][4:]
    rec = usage(chat(f"use {TOKENS[2]} now"), extra={"cache": {TOKENS[2]: "1"}, "other": {odd: "x"}})
    r = one(pipe(), rec)
    assert isinstance(r, Quarantined) and r.reason == "key_finding"


def _ordinary_records() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(12):
        body = {
            **chat(f"message {i} for {EMAILS[i % 6]}", "plain text"),
            "metadata": {f"file_{i}.py": {"lines": i}, "v1.2": "x", "Ada Quist": None},
        }
        out.append(usage(body, eid=f"e{i}", extra={"labels": {"team-7": "blue", "10.0.0.1": "host"}}))
    out.append({"action": "repo.create", "_document_id": "d9", "actor": "a", "data": {"repo": "x/y", "n": 1}})
    return out


def test_records_without_sensitive_keys_are_byte_identical(monkeypatch: pytest.MonkeyPatch) -> None:
    recs = _ordinary_records()
    with_keys = [r.record for r in pipe().process(lines(*recs))]
    monkeypatch.setattr(walk_module, "plain_key", lambda _key: True)  # the old walk: keys never scanned
    without = [r.record for r in pipe().process(lines(*recs))]
    assert all(isinstance(r, dict) for r in with_keys)
    assert [json.dumps(r) for r in with_keys] == [json.dumps(r) for r in without]
    assert EMAILS[0] not in json.dumps(with_keys[0])  # values are still masked


# -- metadata holding an object or array is scanned ---------------------------------------------------
@pytest.mark.parametrize("token", TOKENS[3:6])
def test_structural_and_metadata_fields_holding_objects_are_scanned(token: str) -> None:
    audit = {"action": "a.b", "_document_id": {"k": token}, "actor": "a"}
    r = one(pipe(), audit)
    assert isinstance(r, Redacted)
    assert token not in json.dumps(r.record)
    # an object at a safe-metadata path of the policy (github_request_id) is scanned too
    rec = usage(chat("hi"))
    rec["github_request_id"] = {"trace": [token]}
    r2 = one(pipe(), rec)
    assert isinstance(r2, Redacted)
    assert token not in json.dumps(r2.record)


def test_scalar_metadata_is_still_passed_through() -> None:
    rec = usage(chat("hi"), eid=TOKENS[0])  # event_id is metadata and structural: never scanned
    r = one(pipe(), rec)
    assert isinstance(r, Redacted)
    assert r.record["event_id"] == TOKENS[0]


# -- paths in quarantine details ---------------------------------------------------------------------
@pytest.mark.parametrize("key", [*TOKENS[:2], *EMAILS[:2]])
def test_safe_path_withholds_scanned_keys(key: str) -> None:
    decoded = decode(usage({"users": {key: {"note": "x"}}}))
    paths = [s.path for s in decoded.slots]
    assert any(key in p for p in paths)  # slot paths carry the key ...
    for p in paths:
        assert key not in safe_path(p)  # ... quarantine details never do
    assert safe_path("body.users.name") == "body.users.name"
    assert safe_path("body.items[3].role") == "body.items[3].role"


def test_too_deep_detail_withholds_a_non_plain_record_field() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(100):
        node["k"] = {}
        node = node["k"]
    rec = usage(chat("hi"), extra={EMAILS[3]: deep})
    with pytest.raises(RecordError) as info:
        decode(rec)
    assert info.value.reason == "too_deep"
    assert EMAILS[3] not in str(info.value)


@pytest.mark.parametrize("key", [EMAILS[4], TOKENS[4]])
def test_too_slow_detail_withholds_a_non_plain_key(key: str) -> None:
    from redactor.pipeline import Pipeline
    from tests import test_budget17_too_slow as b17

    eng, _, _ = b17.engine(30.0, b17.FakeClock())
    body = json.dumps({"model": "m", "notes": {key: {"text": f"slow {b17.SLOW}"}}, "messages": []})
    rec = json.loads(b17.usage("hi", 1))
    rec["body"] = body
    (q,) = list(Pipeline(b17.policy(30), key=b17.KEY, engine=eng).process(b17.lines(json.dumps(rec))))
    assert isinstance(q, Quarantined) and q.reason == "too_slow"
    assert q.detail.startswith("field body.notes[<key>].text: detection stopped"), q.detail
    assert key not in q.detail
