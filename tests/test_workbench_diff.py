"""`redactor policy diff`: what a policy change does to real records, and the CI gate (exit 6).

Real detectors (no NER, for speed) over small hand-made records whose sensitive values are known,
so every count below is checked against what was planted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.cli import main
from redactor.io.base import InputLine
from redactor.policy import parse_policy
from redactor.workbench.common import engines_for, ephemeral_keyring, pipeline_for
from redactor.workbench.diff import Differ, PolicyDiff, _uncovered, settings_diff
from redactor.workbench.diff_output import as_json, render_text

T0 = 1_783_494_912_345
DAY = 86_400_000
EMAILS = ["marta.kowalski@example.com", "priya.raman@example.org", "jo.bauer@example.net"]
GHP = "ghp_R4nd0mF4k3T0k3nF0rT3st1ngOnly0000000"

BASE = """
version: 1
name: {name}
detection: {{ner: false}}
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp", truncated, action, _document_id]
  identity: {{user_id: pseudonym, actor: pseudonym}}
rules:
  - name: secrets-are-removed
    entities: [SECRET]
    action: placeholder
{extra}
"""


def policy_text(name: str, extra: str = "") -> str:
    return BASE.format(name=name, extra=extra)


def usage(eid: str, text: str, ts: int = T0, user: int = 48151623) -> dict[str, Any]:
    body = {
        "model": "gpt-4.1",
        "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": text}],
    }
    return {
        "type": "request",
        "user_id": user,
        "enterprise_id": 4242,
        "github_request_id": "8C1E:2F7A3",
        "endpoint": "/chat/completions",
        "body": json.dumps(body),
        "@timestamp": ts,
        "event_id": eid,
    }


RECORDS = [
    usage("e1", f"Mail {EMAILS[0]} the report; my token is {GHP}"),
    usage("e2", f"Ask {EMAILS[1]} and {EMAILS[2]} to review src/billing/ledger.py"),
    usage("e3", "Refactor the invoice totals into a helper, please."),
    {"action": "repo.create", "_document_id": "d1", "@timestamp": T0, "actor": "mkowalski", "repo": "acme/app"},
]


@pytest.fixture()
def records_file(tmp_path: Path) -> Path:
    p = tmp_path / "records.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    return p


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / f"{name}.yaml"
    p.write_text(text)
    return p


def diff(
    tmp_path: Path,
    old: str,
    new: str,
    records: list[dict[str, Any]] | None = None,
    *,
    show_values: bool = False,
    now: int = T0,
) -> PolicyDiff:
    po, pn = parse_policy(old), parse_policy(new)
    ring = ephemeral_keyring(tmp_path, random=lambda n: b"\x01" * n)
    eo, en = engines_for([po, pn])
    d = Differ(
        pipeline_for(po, eo, ring, now_ms=now),
        pipeline_for(pn, en, ring, now_ms=now),
        show_values=show_values,
        now_ms=now,
    )
    lines = [InputLine("t.jsonl", i, json.dumps(r)) for i, r in enumerate(records or RECORDS, 1)]
    out = d.run(lines)
    ring.close()
    return out


def groups(d: PolicyDiff, category: str) -> dict[tuple[str, str], tuple[int, int]]:
    """(entity, field) -> (findings, records) for one category."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for k, g in d.groups.items():
        if k.category == category:
            f, r = out.get((k.entity, k.field), (0, 0))
            out[(k.entity, k.field)] = (f + g.findings, r + len(g.records))
    return out


KEEP_EMAIL = """  - name: emails-in-clear
    entities: [EMAIL_ADDRESS]
    action: keep"""


def test_same_policy_changes_nothing(tmp_path: Path) -> None:
    d = diff(tmp_path, policy_text("a"), policy_text("a"))
    assert d.records == 4
    assert d.groups == {} and d.settings == [] and not d.affected_records()
    assert not d.exposes
    assert render_text(d).endswith("PASS: NEW leaves nothing in clear that OLD masked")


def test_keeping_emails_is_an_exposure_counted_per_field(tmp_path: Path) -> None:
    d = diff(tmp_path, policy_text("old"), policy_text("new", KEEP_EMAIL))
    assert groups(d, "exposed") == {("EMAIL_ADDRESS", "body.messages[*].content"): (3, 2)}
    (key,) = [k for k in d.groups if k.category == "exposed"]
    assert key.field_kind == "prompt"
    assert key.old == "placeholder/user (default_action)"
    assert key.new == "kept (emails-in-clear)"
    assert d.exposed_findings == 3 and d.affected["exposed"] == {"e1", "e2"}
    assert groups(d, "masked") == {} and groups(d, "changed") == {}


def test_dropping_the_entity_from_detection_says_why(tmp_path: Path) -> None:
    new = policy_text("new").replace("detection: {ner: false}", "detection: {ner: false, entities: [SECRET, USERNAME]}")
    d = diff(tmp_path, policy_text("old"), new)
    reasons = {k.new for k in d.groups if k.category == "exposed"}
    assert reasons == {"not detected (detection.entities has no EMAIL_ADDRESS)"}
    assert d.exposed_findings == 3
    assert ("detection.entities", 'removed ["*"]', 'added ["SECRET","USERNAME"]') in d.settings


def test_the_reverse_change_is_newly_masked_not_exposed(tmp_path: Path) -> None:
    d = diff(tmp_path, policy_text("old", KEEP_EMAIL), policy_text("new"))
    assert groups(d, "masked") == {("EMAIL_ADDRESS", "body.messages[*].content"): (3, 2)}
    assert not d.exposes


def test_changed_action_and_placeholder_scope_are_changes(tmp_path: Path) -> None:
    new = policy_text(
        "new", "  - name: mask-mail\n    entities: [EMAIL_ADDRESS]\n    action: mask\nplaceholders: {scope: record}"
    )
    d = diff(tmp_path, policy_text("old"), new)
    treat = {(k.entity, k.old, k.new): g.findings for k, g in d.groups.items() if k.category == "changed"}
    assert treat == {
        ("EMAIL_ADDRESS", "placeholder/user (default_action)", "mask (mask-mail)"): 3,
        ("SECRET", "placeholder/user (secrets-are-removed)", "placeholder/record (secrets-are-removed)"): 1,
    }
    assert not d.exposes


def test_identity_field_left_in_clear_is_an_exposure(tmp_path: Path) -> None:
    new = policy_text("new").replace(
        "identity: {user_id: pseudonym, actor: pseudonym}", "identity: {user_id: keep, actor: pseudonym}"
    )
    d = diff(tmp_path, policy_text("old"), new)
    assert groups(d, "exposed") == {("IDENTITY", "user_id"): (3, 3)}
    (k,) = [k for k in d.groups if k.category == "exposed"]
    assert (k.old, k.new) == ("pseudonym", "in clear (keep)")


def test_a_field_made_metadata_is_no_longer_scanned(tmp_path: Path) -> None:
    new = policy_text("new").replace("truncated, action", "truncated, body, action")
    d = diff(tmp_path, policy_text("old"), new)
    exposed = {(k.entity, k.new) for k in d.groups if k.category == "exposed"}
    assert exposed == {
        ("EMAIL_ADDRESS", "not scanned (fields.metadata/identity)"),
        ("SECRET", "not scanned (fields.metadata/identity)"),
    }
    assert d.exposed_findings == 4


RET_OLD = """retention:
  classes: {metadata: 400d, prompts: 30d}
  records: [{kinds: ["*"], class: metadata}]
  fields: [{field_kinds: [prompt], class: prompts}]
  on_ingest_expired: keep"""


def test_retention_class_and_expiry_changes(tmp_path: Path) -> None:
    new_ret = RET_OLD.replace("prompts: 30d", "prompts: 7d")
    d = diff(tmp_path, policy_text("old") + RET_OLD, policy_text("new") + new_ret, now=T0 + 10 * DAY)
    assert set(d.retention) == {("field:prompts", "expiry changed")}
    assert d.retention[("field:prompts", "expiry changed")] == [-23 * DAY] * 3
    assert d.retention_records[("field:prompts", "expiry changed")] == {"e1", "e2", "e3"}
    assert d.due_now == {"e1", "e2", "e3"}  # 7 days after T0 is before now; 30 days was not
    assert "  field:prompts: expiry changed by -23d  3 record(s)" in render_text(d)
    d2 = diff(tmp_path, policy_text("old"), policy_text("new") + RET_OLD)
    assert {k for k in d2.retention} == {("record:metadata", "added"), ("field:prompts", "added")}
    assert len(d2.retention_records[("record:metadata", "added")]) == 4


def test_values_only_with_show_values(tmp_path: Path) -> None:
    hidden = diff(tmp_path, policy_text("old"), policy_text("new", KEEP_EMAIL))
    for text in (render_text(hidden), json.dumps(as_json(hidden))):
        assert not any(e in text for e in EMAILS)
        assert GHP not in text
    shown = diff(tmp_path, policy_text("old"), policy_text("new", KEEP_EMAIL), show_values=True)
    out = render_text(shown)
    assert all(e in out for e in EMAILS)
    assert GHP not in out  # still masked under NEW: not an example of anything


def test_cli_exit_codes_and_json(tmp_path: Path, records_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path, "old", policy_text("old"))
    new = write(tmp_path, "new", policy_text("new", KEEP_EMAIL))
    with pytest.raises(SystemExit) as ei:
        main(["policy", "diff", str(old), str(new), str(records_file)])
    assert ei.value.code == 6
    out = capsys.readouterr().out
    assert out.rstrip().endswith(
        "FAIL: NEW leaves in clear 3 finding(s) that OLD masked (exit 6; pass --allow-exposure to accept on purpose)"
    )
    assert (
        "EMAIL_ADDRESS    body.messages[*].content [prompt]  placeholder/user (default_action) -> "
        "kept (emails-in-clear)  3 finding(s), 2 record(s)" in out
    )
    main(["policy", "diff", str(old), str(new), str(records_file), "--allow-exposure", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["gate"] == "pass" and doc["exposed_findings"] == 3 and doc["records"] == 4
    assert doc["exposed"][0] == {
        "entity": "EMAIL_ADDRESS",
        "field": "body.messages[*].content",
        "field_kind": "prompt",
        "old": "placeholder/user (default_action)",
        "new": "kept (emails-in-clear)",
        "findings": 3,
        "records": 2,
    }
    main(["policy", "diff", str(new), str(old), str(records_file)])  # tightening passes the gate
    assert "PASS" in capsys.readouterr().out


def test_cli_missing_input_is_a_config_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path, "old", policy_text("old"))
    with pytest.raises(SystemExit) as ei:
        main(["policy", "diff", str(old), str(old), str(tmp_path / "nope.jsonl")])
    assert ei.value.code == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'nope.jsonl'}: no such file or directory\n"


def test_quarantine_differences_are_outcomes(tmp_path: Path) -> None:
    new = policy_text("new") + "limits: {max_record_bytes: 300}"
    d = diff(tmp_path, policy_text("old"), new)
    too_large = sum(1 for r in RECORDS if len(json.dumps(r)) > 300)
    assert 0 < too_large < len(RECORDS)
    assert d.outcomes == {("stored", "quarantined:too_large"): too_large}
    assert not d.exposes  # fail closed: nothing is forwarded


@pytest.mark.parametrize(
    ("span", "cover", "left"),
    [
        ((0, 10), [], [(0, 10)]),  # nothing covers it
        ((0, 10), [(0, 10)], []),  # exactly covered
        ((2, 8), [(0, 10)], []),  # covered by a wider span
        ((0, 10), [(0, 4), (6, 10)], [(4, 6)]),  # a hole in the middle
        ((0, 10), [(10, 12)], [(0, 10)]),  # touching is not covering (near miss)
        ((0, 10), [(3, 5), (4, 7)], [(0, 3), (7, 10)]),  # overlapping covers
    ],
)
def test_uncovered(span: tuple[int, int], cover: list[tuple[int, int]], left: list[tuple[int, int]]) -> None:
    assert _uncovered(*span, cover) == left


def test_settings_diff_lists_only_what_changed() -> None:
    a = parse_policy(policy_text("a"))
    b = parse_policy(policy_text("a").replace("action: placeholder", "action: redact"))
    assert settings_diff(a, a) == []
    assert settings_diff(a, b) == [("rules[secrets-are-removed].action", '"placeholder"', '"redact"')]
    c = parse_policy(policy_text("a", KEEP_EMAIL))  # one named rule added after the first
    assert settings_diff(a, c) == [
        ("rules (order)", "", 'added ["emails-in-clear"]'),
        ("rules[emails-in-clear].action", "-", '"keep"'),
        ("rules[emails-in-clear].entities", "-", '["EMAIL_ADDRESS"]'),
        ("rules[emails-in-clear].fields", "-", '["**"]'),
    ]


words = st.sampled_from(["deploy", "the", "invoice", "job", "fails", "at", "step", "3", "please", "check"])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(
        st.lists(st.one_of(words, st.sampled_from([*EMAILS, GHP])), min_size=1, max_size=12).map(" ".join),
        min_size=1,
        max_size=4,
    )
)
def test_a_policy_against_itself_never_differs(tmp_path: Path, texts: list[str]) -> None:
    recs = [usage(f"h{i}", t) for i, t in enumerate(texts)]
    d = diff(tmp_path, policy_text("a"), policy_text("a"), recs)
    assert d.groups == {} and not d.affected_records()
