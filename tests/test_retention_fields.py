"""Field retention and envelope removal in every body form (JSON, SSE, truncated): exactly the
fields of the class change, every other byte stays, and envelopes are found at the same paths
the pipeline used."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from redactor.crypto.keyring import open_keyring
from redactor.crypto.stage import Decryptor, EncryptStage
from redactor.policy.encryption import EncryptionPolicy
from redactor.policy.retention import RetentionPolicy
from redactor.records import decode
from redactor.retention.enforce import _RuleOfKey, remove_envelopes
from redactor.retention.stamp import field_classes, stamp_expiries, strip_class

EMAIL = re.compile(r"[\w.]+@example\.(?:com|org)")
SAMPLES = Path(__file__).resolve().parent / "data" / "copilot-usage-records.jsonl"
T0 = 1_783_494_912_345
DAY = 86_400_000

POLICY = RetentionPolicy.model_validate(
    {
        "classes": {"tool": "7d", "talk": "30d"},
        "fields": [
            {"field_kinds": ["tool_result"], "class": "tool"},
            {"field_kinds": ["prompt", "assistant"], "class": "talk"},
        ],
    }
)


def _samples() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLES.read_text().splitlines()]


def _texts(rec: dict[str, Any]) -> dict[str, str]:
    return {s.path: s.text for s in decode(rec).slots}


def _sse(*deltas: str) -> dict[str, Any]:
    chunks = [{"id": "c1", "choices": [{"index": 0, "delta": {"content": d}}]} for d in deltas]
    body = "".join("data: " + json.dumps(c) + "\n\n" for c in chunks) + "data: [DONE]\n\n"
    return {"type": "response", "endpoint": "/chat/completions", "body": body, "@timestamp": T0, "event_id": "sse1"}


def test_truncated_body_tool_results_are_stripped_and_nothing_else_changes() -> None:
    rec = _samples()[2]
    assert rec["truncated"] is True
    before = _texts(rec)
    assert field_classes(POLICY, rec) == {
        "body.messages[1].content": "talk",
        "body.messages[3].content": "tool",
        "body.messages[4].content": "tool",
    }
    assert stamp_expiries(POLICY, rec, "usage", T0) == {"field:talk": T0 + 30 * DAY, "field:tool": T0 + 7 * DAY}
    out = copy.deepcopy(rec)
    assert strip_class(POLICY, out, "tool") == 2
    after = _texts(out)
    assert after == {**before, "body.messages[3].content": "[EXPIRED]", "body.messages[4].content": "[EXPIRED]"}
    # the body is still the same cut-off document up to the first tool result
    cut = rec["body"].index("import os")
    assert out["body"][:cut] == rec["body"][:cut]
    assert {k: v for k, v in out.items() if k != "body"} == {k: v for k, v in rec.items() if k != "body"}
    assert strip_class(POLICY, out, "tool") == 0  # idempotent


def test_sse_body_keeps_its_form() -> None:
    rec = _sse("Hello ", "Marta")
    out = copy.deepcopy(rec)
    assert strip_class(POLICY, out, "talk") == 2
    assert out["body"] == rec["body"].replace('"Hello "', '"[EXPIRED]"').replace('"Marta"', '"[EXPIRED]"')
    assert out["body"].endswith("data: [DONE]\n\n")


def test_json_body_other_bytes_untouched() -> None:
    rec = _samples()[0]
    out = copy.deepcopy(rec)
    assert strip_class(POLICY, out, "talk") == 1
    old = json.loads(rec["body"])["messages"][1]["content"]
    assert out["body"] == rec["body"].replace(json.dumps(old)[1:-1], "[EXPIRED]")


def test_unreadable_records_have_no_field_classes() -> None:
    rec = {"hello": "world"}  # neither a usage record nor an audit event
    assert field_classes(POLICY, rec) == {}
    assert strip_class(POLICY, rec, "tool") == 0


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"class": "tool"}, "a field rule needs fields (paths) or field_kinds, else it would cover every text"),
        ({"field_kinds": ["tool_results"], "class": "tool"}, "unknown field kind(s) tool_results; allowed: system,"),
    ],
)
def test_field_rules_fail_closed(rule: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        RetentionPolicy.model_validate({"classes": {"tool": "7d"}, "fields": [rule]})


def test_envelopes_in_truncated_and_sse_bodies_are_found_at_pipeline_paths_and_removed(tmp_path: Path) -> None:
    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    enc = EncryptionPolicy.model_validate(
        {"rules": [{"name": "emails", "entities": ["EMAIL_ADDRESS"], "mode": "instead", "keep_for": "30d"}]}
    )
    stage = EncryptStage(enc, ring, now=T0)
    recs = [_samples()[2], _sse("mail ", "priya@example.org", " now")]
    for rec in recs:
        dec = decode(rec)
        plain: list[str] = []
        # what the pipeline does for an `instead` entity rule: the envelope replaces the value in place
        new: list[str | None] = []
        for slot in dec.slots:
            emails = EMAIL.findall(slot.text)
            text = slot.text
            for e in emails:
                env = stage(
                    enc.rules[0],
                    record_key=rec["event_id"],
                    path=slot.path,
                    plaintext=e,
                    subject="s",
                    enterprise_id=None,
                    timestamp_ms=T0,
                )
                assert env is not None
                text = text.replace(e, env, 1)
            new.append(text if emails else None)
            plain.extend(emails)
        sealed = dec.rebuild(new)
        found = Decryptor.find(sealed)
        assert found, rec["event_id"]
        assert {p for p, _ in found} <= {s.path for s in dec.slots}
        texts = [d.text for d in Decryptor(ring).decrypt_record(sealed, record_key=rec["event_id"])]
        assert texts == plain and len(plain) >= 1
        before = sealed["body"]
        n = remove_envelopes(sealed, "emails", _RuleOfKey(ring.datakeys))
        assert n == len(found)
        assert "rdx1." not in sealed["body"]
        assert sealed["body"].count("[EXPIRED]") == n
        assert len(sealed["body"]) == len(before) - sum(len(e) for _, e in found) + n * len("[EXPIRED]")
