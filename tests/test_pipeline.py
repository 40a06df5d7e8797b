"""The pipeline: one result per line, quarantine with reasons, shape kept, consistent placeholders.

These tests use a small deterministic engine (regex detectors only) so they prove the pipeline's
own behaviour; tests/test_end_to_end.py runs the real detectors and model.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.detect.base import PatternDetector
from redactor.detect.engine import DetectionEngine
from redactor.detect.pii.example_contacts import placeholder_email
from redactor.io.base import InputLine, Quarantined, Redacted
from redactor.pipeline import Pipeline
from redactor.policy import parse_policy
from redactor.secret import SecretBytes

EMAIL = PatternDetector("t.email", "EMAIL_ADDRESS", r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+\.[A-Za-z.]+", score=0.95)
TOKEN = PatternDetector("t.ghp", "SECRET", r"ghp_[A-Za-z0-9]{36}", score=0.99)
POLICY = parse_policy(
    """
version: 1
name: t
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp", truncated]
  identity: {user_id: pseudonym, actor: pseudonym}
rules:
  - {entities: [SECRET], action: redact}
"""
)
KEY = SecretBytes(b"x" * 32)
GHP = "ghp_" + "A1b2C3d4" * 4 + "Zz9Y"


def pipe(policy: Any = POLICY, **kw: Any) -> Pipeline:
    return Pipeline(policy, key=KEY, engine=DetectionEngine([EMAIL, TOKEN]), **kw)


def usage(body: Any, *, user: int = 7, eid: str = "e1", **extra: Any) -> dict[str, Any]:
    return {
        "type": "request",
        "user_id": user,
        "enterprise_id": 42,
        "github_request_id": "r1",
        "endpoint": "/chat/completions",
        "body": body if isinstance(body, str) else json.dumps(body),
        "@timestamp": 1783494912345,
        "event_id": eid,
        **extra,
    }


def chat(*contents: str) -> dict[str, Any]:
    return {"model": "gpt-4.1", "messages": [{"role": "user", "content": c} for c in contents]}


def lines(*objs: Any) -> list[InputLine]:
    return [InputLine("t.jsonl", i, o if isinstance(o, str | bytes) else json.dumps(o)) for i, o in enumerate(objs, 1)]


def one(p: Pipeline, obj: Any) -> Redacted | Quarantined:
    (r,) = list(p.process(lines(obj)))
    return r


def test_one_result_per_line_in_order() -> None:
    objs = [usage(chat(f"mail u{i}@ex.com"), eid=f"e{i}") if i % 3 else "{broken" for i in range(1, 20)]
    res = list(pipe(batch_size=4).process(lines(*objs)))
    assert [r.line_no for r in res] == list(range(1, 20))
    assert [isinstance(r, Quarantined) for r in res] == [i % 3 == 0 for i in range(1, 20)]


def test_masks_and_keeps_shape() -> None:
    rec = usage(chat(f"mail bob@ex.com, token {GHP}"))
    r = one(pipe(), rec)
    assert isinstance(r, Redacted)
    assert list(r.record) == list(rec)
    body = json.loads(r.record["body"])
    assert body["messages"][0]["content"] == "mail <EMAIL_ADDRESS_1>, token [REDACTED]"
    assert body["model"] == "gpt-4.1"
    assert r.entities == {"EMAIL_ADDRESS": 1, "SECRET": 1, "IDENTITY": 1}
    assert r.key == "e1" and r.kind == "usage" and r.timestamp_ms == 1783494912345


def test_untouched_body_is_byte_identical() -> None:
    body = '{"model": "m",  "messages": [{"role": "user", "content": "nothing here"}]}'
    r = one(pipe(), usage(body))
    assert isinstance(r, Redacted) and r.record["body"] == body


def test_user_id_pseudonym_keeps_type_and_is_stable() -> None:
    a, b, c = (one(pipe(), usage(chat("x"), user=u)) for u in (7, 7, 8))
    assert isinstance(a, Redacted) and isinstance(b, Redacted) and isinstance(c, Redacted)
    assert isinstance(a.record["user_id"], int) and a.record["user_id"] != 7
    assert a.record["user_id"] == b.record["user_id"] != c.record["user_id"]
    assert a.subject == b.subject != c.subject


def test_placeholders_are_consistent_per_user_across_records() -> None:
    p = pipe()
    r1, r2, r3 = p.process(
        lines(
            usage(chat("ann@ex.com then bob@ex.com"), eid="a"),
            usage(chat("bob@ex.com again", "and ann@ex.com"), eid="b"),
            usage(chat("bob@ex.com from another user"), eid="c", user=99),
        )
    )
    c1 = json.loads(r1.record["body"])["messages"]  # type: ignore[union-attr]
    c2 = json.loads(r2.record["body"])["messages"]  # type: ignore[union-attr]
    c3 = json.loads(r3.record["body"])["messages"]  # type: ignore[union-attr]
    assert c1[0]["content"] == "<EMAIL_ADDRESS_1> then <EMAIL_ADDRESS_2>"
    assert c2[0]["content"] == "<EMAIL_ADDRESS_2> again" and c2[1]["content"] == "and <EMAIL_ADDRESS_1>"
    assert c3[0]["content"] == "<EMAIL_ADDRESS_1> from another user"  # numbering is per user


def test_record_scope_restarts_numbering() -> None:
    pol = parse_policy("version: 1\nname: r\nplaceholders: {scope: record}\n")
    _r1, r2 = pipe(pol).process(lines(usage(chat("a@ex.com b@ex.com"), eid="1"), usage(chat("b@ex.com"), eid="2")))
    assert json.loads(r2.record["body"])["messages"][0]["content"] == "<EMAIL_ADDRESS_1>"  # type: ignore[union-attr]


SECRETLINE = f'{{"type": "request", "body": "{GHP} bob@ex.com"'


@pytest.mark.parametrize(
    ("raw", "reason", "detail"),
    [
        (SECRETLINE, "malformed_json", "malformed JSON at line 1 column"),
        ("[1, 2]", "not_an_object", ""),
        ('{"hello": "world"}', "unknown_shape", ""),
        ("", "empty_line", "empty line"),
        (b"\xff\xfe{}", "bad_encoding", "line is not UTF-8: invalid byte at offset 0"),
        ("[" * 100_000 + "]" * 100_000, "too_deep", ""),
    ],
)
def test_bad_lines_are_quarantined_with_reason_and_no_content(raw: str | bytes, reason: str, detail: str) -> None:
    r = one(pipe(), raw)
    assert isinstance(r, Quarantined)
    assert r.reason == reason, r.detail
    assert detail in r.detail
    assert GHP not in r.detail and "bob@" not in r.detail
    assert r.source == "t.jsonl" and r.line_no == 1


def test_oversized_line_is_quarantined() -> None:
    pol = parse_policy("version: 1\nname: t\nlimits: {max_record_bytes: 100}\n")
    r = one(pipe(pol), usage(chat("x" * 200)))
    assert isinstance(r, Quarantined) and r.reason == "too_large"
    assert "over the limit of 100 (limits.max_record_bytes)" in r.detail


def test_truncated_body_masks_findings_and_the_cut_tail() -> None:
    full = json.dumps(chat(f"token {GHP} and mail carol@ex.com, then dave@exam"))
    cut = full[: full.index("dave@exam") + len("dave@exam")]
    r = one(pipe(), usage(cut, truncated=True))
    assert isinstance(r, Redacted)
    out = r.record["body"]
    assert GHP not in out and "carol@ex.com" not in out and "dave@exam" not in out
    assert out.startswith('{"model": "gpt-4.1"')
    assert r.record["truncated"] is True


def test_detector_crash_quarantines_the_batch_instead_of_leaking() -> None:
    class Boom:
        name = "boom"
        entities = ("SECRET",)

        def detect(self, text: str) -> list[Any]:
            raise RuntimeError("bug")

    p = Pipeline(POLICY, key=KEY, engine=DetectionEngine([Boom()]))  # type: ignore[list-item]
    (r,) = p.process(lines(usage(chat("x"))))
    assert isinstance(r, Quarantined) and r.reason == "detection_error"


def test_audit_event_identity_fields() -> None:
    ev = {
        "@timestamp": 1,
        "_document_id": "d1",
        "action": "pull_request.create",
        "actor": "mkowalski",
        "user_id": 5,
        "note": "ping ann@ex.com",
    }
    r = one(pipe(), ev)
    assert isinstance(r, Redacted) and r.kind == "audit" and r.key == "d1"
    assert r.record["actor"].startswith("pseudo_") and r.record["action"] == "pull_request.create"
    assert r.record["note"] == "ping <EMAIL_ADDRESS_1>"


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    words=st.lists(st.text(alphabet="abc XYZ.,:;\n\"'\\/{}[]", max_size=12), min_size=1, max_size=8),
    # a role word of test data at a reserved domain (``me@corp.example.com``, ``user@...``) is a
    # documentation stand-in that is left alone on purpose (example_contacts.placeholder_email)
    users=st.lists(
        st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(lambda u: not placeholder_email(f"{u}@corp.example.com")),
        min_size=1,
        max_size=4,
    ),
)
def test_property_no_detected_value_survives_and_idempotent(words: list[str], users: list[str]) -> None:
    emails = [f"{u}@corp.example.com" for u in users]
    text = " ".join(w + " " + e for w, e in zip(words, emails * len(words), strict=False))
    rec = usage(chat(text, f"{GHP} {emails[0]}"))
    p = pipe()
    r = one(p, rec)
    assert isinstance(r, Redacted)
    dumped = json.dumps(r.record)
    assert {k: v for k, v in r.record.items() if k not in ("body", "user_id")} == {
        k: v for k, v in rec.items() if k not in ("body", "user_id")
    }
    for e in emails:
        assert e not in dumped
    assert GHP not in dumped
    again = one(p, r.record)
    assert isinstance(again, Redacted) and again.record["body"] == r.record["body"]


def test_placeholder_numbering_survives_scope_eviction_with_a_store(tmp_path: Any) -> None:
    from redactor.io.sqlite_store import SQLiteStore
    from redactor.transform.placeholders import PlaceholderVault

    store = SQLiteStore(tmp_path / "s.db")
    vault = PlaceholderVault(KEY, store, max_scopes=2)
    first = [vault.number(f"user:{u}", "PERSON", "Ann Lee") for u in range(4)]
    again = vault.number("user:0", "PERSON", "Ann Lee"), vault.number("user:0", "PERSON", "Bo Chan")
    assert first == [1, 1, 1, 1] and again == (1, 2)  # user:0 was evicted, then reloaded from the store
    assert len(vault._scopes) == 2
    store.close()
