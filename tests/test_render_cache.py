"""The pipeline's cache of rendered slot texts never returns a stale or wrongly scoped rendering.

Each test replays texts the way history replay does (the same message text in later records)
and compares against the pipeline with the cache switched off, plus a direct check of what a
wrong answer would look like (the other scope's numbering, the value left in clear).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from redactor.crypto.keyring import open_keyring
from redactor.detect.base import PatternDetector
from redactor.detect.engine import DISABLE_ENV, DetectionEngine
from redactor.detect.span import Span
from redactor.io.base import InputLine, Redacted
from redactor.pipeline import Pipeline
from redactor.policy import parse_policy
from redactor.secret import SecretBytes
from redactor.transform.rendered import RenderCache

EMAIL = PatternDetector("t.email", "EMAIL_ADDRESS", r"[a-z.]+@[a-z]+\.com", score=0.95)
HOME = PatternDetector("t.home", "USERNAME", r"/home/([a-z_]{3,})/", group=1, score=0.9)
KEY = SecretBytes(b"r" * 32)
POLICY = parse_policy(
    """
version: 1
name: render-cache
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp"]
  identity: {user_id: pseudonym}
placeholders: {scope: user}
"""
)


def record(user: int, *messages: str, ts: int = 1_783_494_912_345) -> dict[str, Any]:
    body = {"messages": [{"role": "user", "content": m} for m in messages]}
    return {
        "type": "request",
        "user_id": user,
        "enterprise_id": 1,
        "github_request_id": "r",
        "endpoint": "/chat/completions",
        "body": json.dumps(body),
        "@timestamp": ts,
        "event_id": f"e{user}",
    }


def contents(r: object) -> list[str]:
    assert isinstance(r, Redacted)
    return [m["content"] for m in json.loads(r.record["body"])["messages"]]


def run(recs: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch, *, cache: bool) -> list[list[str]]:
    if cache:
        monkeypatch.delenv(DISABLE_ENV, raising=False)
    else:
        monkeypatch.setenv(DISABLE_ENV, "render")
    p = Pipeline(POLICY, key=KEY, engine=DetectionEngine([EMAIL, HOME]))
    assert p._rendered.enabled is cache
    out = [contents(r) for r in p.process(InputLine("t", i, json.dumps(x)) for i, x in enumerate(recs, 1))]
    if cache:
        assert p._rendered.hits > 0  # the replayed texts did come from the cache
    return out


def test_replayed_text_keeps_each_scopes_own_numbering(monkeypatch: pytest.MonkeyPatch) -> None:
    shared = "write to ann@corp.com and bob@corp.com"
    recs = [
        record(1, shared),
        record(2, "first bob@corp.com"),  # user 2 numbers bob first
        record(2, shared),  # same text, same field path as user 1's
        record(1, shared, "again"),
        record(2, shared, "again"),
    ]
    got = run(recs, monkeypatch, cache=True)
    assert got == run(recs, monkeypatch, cache=False)
    assert got[0][0] == got[3][0] == "write to <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"  # user 1's numbers
    assert got[2][0] == got[4][0] == "write to <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>"  # user 2's


def test_replayed_text_with_a_newly_learnt_value_is_rendered_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # the text is cached with one span; a later record teaches the scope a user name that the
    # same text also holds, so propagation adds a span and the cached rendering is stale
    text = "mail ann@corp.com, then ask jdoe_admin"
    recs = [
        record(1, text),
        record(1, text, "ls /home/jdoe_admin/src"),
        record(1, text, "ls /home/jdoe_admin/src", "ok"),
    ]
    got = run(recs, monkeypatch, cache=True)
    assert got == run(recs, monkeypatch, cache=False)
    assert got[0][0] == "mail <EMAIL_ADDRESS_1>, then ask jdoe_admin"
    assert got[1][0] == got[2][0] == "mail <EMAIL_ADDRESS_1>, then ask <USERNAME_1>"


def test_the_same_text_at_another_field_path_is_not_shared() -> None:
    cache = RenderCache()
    spans = [Span("EMAIL_ADDRESS", 5, 17, 0.9, "t")]
    k1 = cache.key("user:a", "body.messages[0].content", False, False, "mail ann@corp.com")
    cache.put(k1, spans, "mail <EMAIL_ADDRESS_1>")
    assert cache.get(k1, spans) == "mail <EMAIL_ADDRESS_1>"
    for other in (
        cache.key("user:b", "body.messages[0].content", False, False, "mail ann@corp.com"),  # scope
        cache.key("user:a", "body.messages[1].content", False, False, "mail ann@corp.com"),  # path
        cache.key("user:a", "body.messages[0].content", True, False, "mail ann@corp.com"),  # escaping
        cache.key("user:a", "body.messages[0].content", False, True, "mail ann@corp.com"),  # cut tail
        cache.key("user:a", "body.messages[0].content", False, False, "mail ann@corp.org"),  # text
    ):
        assert cache.get(other, spans) is None
    assert cache.get(k1, [Span("EMAIL_ADDRESS", 5, 17, 0.9, "other")]) is None  # other spans
    assert cache.get(k1, [*spans, Span("PERSON", 0, 4, 0.9, "t")]) is None


def test_bounds_evict_least_recently_used_and_repr_hides_texts() -> None:
    cache = RenderCache(max_entries=2)
    spans = [Span("EMAIL_ADDRESS", 0, 3, 0.9, "t")]
    keys = [cache.key("s", "p", False, False, t) for t in ("secret-a", "secret-b", "secret-c")]
    cache.put(keys[0], spans, "A")
    cache.put(keys[1], spans, "B")
    assert cache.get(keys[0], spans) == "A"  # now most recently used
    cache.put(keys[2], spans, "C")
    assert cache.get(keys[1], spans) is None
    assert cache.get(keys[0], spans) == "A" and cache.get(keys[2], spans) == "C"
    assert "secret" not in repr(cache)
    off = RenderCache(max_entries=0)
    off.put(keys[0], spans, "A")
    assert off.get(keys[0], spans) is None


ENC_POLICY = """
version: 1
name: enc
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp"]
  identity: {user_id: pseudonym}
encryption:
  rules:
    - name: emails
      entities: [EMAIL_ADDRESS]
      mode: instead
      key_scope: subject
      period: day
      keep_for: 30d
"""


def test_encrypted_findings_are_sealed_again_on_every_replay(tmp_path: Path) -> None:
    now = 1_783_494_912_345
    ring = open_keyring(tmp_path / "k.json", create=True, now=now)
    _, key = ring.hmac_key("pseudonym")
    p = Pipeline(
        parse_policy(ENC_POLICY),
        key=key,
        engine=DetectionEngine([EMAIL]),
        subject_of=ring.subject_id,
        keyring=ring,
        now_ms=lambda: now + 1000,
    )
    text = "mail ann@corp.com"
    recs = [record(1, text, ts=now), record(1, text, "more", ts=now)]
    first, second = (contents(r)[0] for r in p.process(InputLine("t", i, json.dumps(x)) for i, x in enumerate(recs)))
    assert "ann@corp.com" not in first and "ann@corp.com" not in second
    assert first != second  # a fresh envelope each time: nothing was served from the cache
    assert p._rendered.hits == 0 and p._rendered.size == 0
