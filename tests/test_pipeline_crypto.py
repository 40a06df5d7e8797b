"""Encryption and retention at ingest, wired through the pipeline (policy -> envelopes, expiries)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from redactor.crypto.keyring import open_keyring
from redactor.crypto.stage import SIDECAR, Decryptor, record_key_of
from redactor.detect.base import PatternDetector
from redactor.detect.engine import DetectionEngine
from redactor.errors import ConfigError
from redactor.io.base import Dropped, InputLine, Quarantined, Redacted
from redactor.pipeline import Pipeline
from redactor.policy import parse_policy

DAY = 86_400_000
T0 = 1_783_494_912_345
EMAIL = PatternDetector("t.email", "EMAIL_ADDRESS", r"[a-z.]+@[a-z]+\.com", score=0.95)
GHP = "ghp_" + "Q" * 36
TOKEN = PatternDetector("t.ghp", "SECRET", r"ghp_[A-Za-z0-9]{36}", score=0.99)

POLICY = """
version: 1
name: enc
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp"]
  identity: {user_id: pseudonym}
encryption:
  rules:
    - name: incident-response
      fields: ["body.messages[*].content"]
      mode: alongside
      key_scope: subject
      period: day
      keep_for: 30d
retention:
  classes: {metadata: 400d, prompts: 30d}
  records:
    - kinds: ["*"]
      class: metadata
  fields:
    - fields: ["body.messages[*].content"]
      class: prompts
  on_ingest_expired: drop
"""


def record(ts: int, text: str, eid: str = "e1") -> dict[str, Any]:
    body = {"messages": [{"role": "user", "content": text}]}
    return {
        "type": "request",
        "user_id": 7,
        "enterprise_id": 1,
        "github_request_id": "r",
        "endpoint": "/chat/completions",
        "body": json.dumps(body),
        "@timestamp": ts,
        "event_id": eid,
    }


@pytest.fixture()
def ring(tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_keyring(tmp_path / "k.json", create=True, now=T0)


def pipe(ring: Any, now: int) -> Pipeline:
    _, key = ring.hmac_key("pseudonym")
    return Pipeline(
        parse_policy(POLICY),
        key=key,
        engine=DetectionEngine([EMAIL, TOKEN]),
        subject_of=ring.subject_id,
        keyring=ring,
        now_ms=lambda: now,
    )


def run(p: Pipeline, *recs: dict[str, Any]) -> list[Redacted | Quarantined | Dropped]:
    return list(p.process(InputLine("t", i, json.dumps(r)) for i, r in enumerate(recs, 1)))


def test_encrypted_original_round_trips_without_secrets(ring: Any) -> None:
    (r,) = run(pipe(ring, T0 + 1000), record(T0, f"mail ann@corp.com token {GHP}"))
    assert isinstance(r, Redacted)
    body = json.loads(r.record["body"])
    assert body["messages"][0]["content"] == "mail <EMAIL_ADDRESS_1> token <SECRET_1>"
    side = r.record[SIDECAR]
    assert set(side) == {"@record", "body.messages[0].content"}
    assert "ann@corp.com" not in json.dumps(r.record)
    (d,) = Decryptor(ring).decrypt_record(r.record, record_key=record_key_of(r.record) or "")
    assert d.text == "mail ann@corp.com token <SECRET_1>"  # PII recoverable, the secret never stored
    assert r.expiries == {
        "record:metadata": T0 + 400 * DAY,
        "field:prompts": T0 + 30 * DAY,
        "encrypted:incident-response": T0 + 30 * DAY,
    }


def test_reprocessing_an_old_archive_drops_expired_records(ring: Any) -> None:
    old, fresh = record(T0 - 401 * DAY, "old ann@corp.com", "old"), record(T0, "new", "new")
    results = run(pipe(ring, T0), old, fresh)
    assert isinstance(results[0], Dropped) and results[0].reason == "retention_expired" and results[0].key == "old"
    assert isinstance(results[1], Redacted)


def test_expired_fields_are_stripped_and_not_encrypted(ring: Any) -> None:
    (r,) = run(pipe(ring, T0), record(T0 - 31 * DAY, "stale ann@corp.com"))
    assert isinstance(r, Redacted)
    assert json.loads(r.record["body"])["messages"][0]["content"] == "[EXPIRED]"
    assert SIDECAR not in r.record


def test_encryption_policy_needs_a_keyring() -> None:
    from redactor.secret import SecretBytes

    with pytest.raises(ConfigError, match="needs a keyring and a clock"):
        Pipeline(parse_policy(POLICY), key=SecretBytes(b"k" * 32), engine=DetectionEngine([]))
