"""`redactor report`: the JSON twin's numbers against what was planted in a real store and ledger,
and the HTML page's promises (self-contained, no values, escaped). The browser test is in
test_workbench_report_browser.py."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from redactor.cli import main
from redactor.crypto.keyring import Keyring, open_keyring
from redactor.io.base import InputLine, Quarantined, Redacted
from redactor.io.sqlite_store import SQLiteStore
from redactor.ledger import Ledger
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import parse_policy, policy_version
from redactor.retention.db import Db, open_db
from redactor.retention.holds import Holds
from redactor.workbench.report import Period, gather
from redactor.workbench.report_html import render_html
from redactor.workbench.stats import FindingsStats, day_of

DAY = 86_400_000
T0 = 1_793_000_000_000  # 2026-10-26
NOW = T0 + 3 * DAY
MARKER = "Zebraquokka"  # a harmless word that stays in the stored records; the report must not show it
EMAILS = [f"person{i}@example-corp.com" for i in range(6)]

POLICY = """
version: 1
name: report-test
detection: {ner: false}
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp", truncated, _document_id, action]
  identity: {user_id: pseudonym, actor: pseudonym}
retention:
  classes: {metadata: 400d, prompts: 30d}
  records: [{kinds: ["*"], class: metadata}]
  fields: [{field_kinds: [prompt], class: prompts}]
  on_ingest_expired: keep
"""


def usage(eid: str, ts: int, user: int, text: str) -> dict[str, Any]:
    body = {"model": "gpt-4.1", "messages": [{"role": "user", "content": text}]}
    return {
        "type": "request",
        "user_id": user,
        "enterprise_id": 4242,
        "github_request_id": "r",
        "endpoint": "/chat/completions",
        "body": json.dumps(body),
        "@timestamp": ts,
        "event_id": eid,
    }


# day 0: 3 records (4 e-mails), day 1: 2 records (2 e-mails), day 2: 1 record (no e-mail); 2 bad lines
RECORDS = [
    usage("e1", T0 + 1000, 101, f"{MARKER}: mail {EMAILS[0]} and {EMAILS[1]}"),
    usage("e2", T0 + 2000, 101, f"{MARKER}: cc {EMAILS[2]}"),
    usage("e3", T0 + 3000, 202, f"{MARKER}: ask {EMAILS[3]}"),
    usage("e4", T0 + DAY + 1000, 202, f"{MARKER}: ask {EMAILS[4]}"),
    usage("e5", T0 + DAY + 2000, 303, f"{MARKER}: ask {EMAILS[5]}"),
    usage("e6", T0 + 2 * DAY + 1000, 303, f"{MARKER}: nothing personal here"),
]
BAD = ["{not json", "[1, 2"]


@dataclass
class Built:
    db: Db
    ring: Keyring
    uri: str
    path: Path
    keyring_path: Path


def build_store(tmp_path: Path, *, stats: bool = True, hold_reason: str = "Case 2026-17") -> Built:
    """A real SQLite store filled through the pipeline, with holds and ledger entries."""
    kpath = tmp_path / "keyring.json"
    ring = open_keyring(kpath, create=True, now=T0)
    path = tmp_path / "redactor.db"
    pol = parse_policy(POLICY)
    _, key = ring.hmac_key("pseudonym")
    store = SQLiteStore(path, policy_version=policy_version(pol), now_ms=lambda: T0 + 5000)
    pipe = Pipeline(pol, key=key, engine=build_engine(pol), subject_of=ring.subject_id, keyring=ring, now_ms=lambda: T0)
    lines = [InputLine("in.jsonl", i, json.dumps(r)) for i, r in enumerate(RECORDS, 1)]
    lines += [InputLine("in.jsonl", 100 + i, b) for i, b in enumerate(BAD)]
    explained = pipe.process_batch(lines, collect=True)
    store.write([e.result for e in explained if isinstance(e.result, Redacted)])
    store.quarantine([e.result for e in explained if isinstance(e.result, Quarantined)])
    store.close()
    uri = f"sqlite:///{path}"
    db = open_db(uri)
    if stats:
        s = FindingsStats(db)
        s.add(explained)
        s.add(explained)  # a duplicate delivery is counted once
    led = Ledger(db, ring)
    h = Holds(db).add(subjects=ring.subject_ids(101), reason=hold_reason, owner="legal", now=T0 + DAY)
    led.append(
        "hold.add",
        at_ms=T0 + DAY,
        actor="officer.a",
        reason=hold_reason,
        details={"hold": h.id, "subjects": ring.subject_ids(101)},
    )
    for i, purpose in enumerate(["incident INC-1", "incident INC-1", "audit Q4"]):
        led.append(
            "decrypt",
            at_ms=T0 + DAY + i,
            actor="officer.b",
            reason=purpose,
            details={"records": 1, "envelopes": 2, "failed": 0, "key_ids": [], "source": "store", "subjects": []},
        )
    led.append(
        "erase",
        at_ms=T0 + 2 * DAY,
        actor="officer.a",
        reason="DSR-1",
        details={"subjects": ["s_x"], "records_deleted": 4, "keys_destroyed": ["dk-1", "dk-2"]},
    )
    led.append(
        "retention.enforce",
        at_ms=T0 + 2 * DAY + 5,
        actor="scheduler",
        reason="scheduled retention",
        details={
            "records_deleted": {"metadata": 1},
            "fields_stripped": {"prompts": 3},
            "envelopes_removed": {},
            "records_held": {"H-0001": 2},
            "keys_destroyed": ["dk-3"],
            "keys_held": {},
            "unknown_classes": {},
            "dry_run": False,
        },
    )
    return Built(db, ring, uri, path, kpath)


@pytest.fixture()
def built(tmp_path: Path) -> Built:
    b = build_store(tmp_path)
    yield b  # type: ignore[misc]
    b.db.close()
    b.ring.close()


def report(b: Built, **kw: Any) -> dict[str, Any]:
    return gather(
        b.db,
        b.db,
        keyring=kw.pop("keyring", b.ring),
        period=kw.pop("period", Period()),
        now_ms=NOW,
        store_name="sqlite:///redactor.db",
        **kw,
    )


def test_records_and_quarantine_counts(built: Built) -> None:
    d = report(built)
    assert d["records"]["by_day"] == {day_of(T0): 3, day_of(T0 + DAY): 2, day_of(T0 + 2 * DAY): 1}
    assert d["records"]["by_kind"] == {"usage": 6}
    assert d["records"]["by_policy"] == {policy_version(parse_policy(POLICY)): 6}
    assert d["summary"]["subjects"] == 3
    assert d["quarantine"] == {"total": 2, "by_reason": {"malformed_json": 2}, "by_day": {day_of(T0 + 5000): 2}}


def test_entities_by_type_field_and_day(built: Built) -> None:
    ent = report(built)["entities"]
    assert ent["source"] == "findings_stats"
    assert ent["by_type"]["EMAIL_ADDRESS"] == len(EMAILS)
    assert ent["by_type_and_field_kind"]["EMAIL_ADDRESS"] == {"prompt": len(EMAILS)}
    assert ent["by_type"]["IDENTITY"] == len(RECORDS)  # one user_id per record
    assert ent["by_day"][day_of(T0)]["EMAIL_ADDRESS"] == 4
    assert ent["by_day"][day_of(T0 + DAY)]["EMAIL_ADDRESS"] == 2
    assert "EMAIL_ADDRESS" not in ent["by_day"].get(day_of(T0 + 2 * DAY), {})


def test_entities_estimated_without_stats(tmp_path: Path) -> None:
    b = build_store(tmp_path, stats=False)
    ent = report(b)["entities"]
    assert ent["source"].startswith("estimated from typed placeholders")
    assert ent["by_type"] == {"EMAIL_ADDRESS": len(EMAILS)}  # identity pseudonyms carry no type
    assert ent["by_type_and_field_kind"] == {"EMAIL_ADDRESS": {"prompt": len(EMAILS)}}


def test_retention_due_and_enforced(built: Built) -> None:
    r = report(built)["retention"]
    due_day = day_of(T0 + 30 * DAY)
    assert r["due_by_day"][due_day] == {"records with fields to strip": 3}
    assert sum(c["records with fields to strip"] for c in r["due_by_day"].values()) == 6
    assert r["overdue"] == {}
    (run,) = r["enforcement_runs"]
    assert (run["records_deleted"], run["fields_stripped"], run["keys_destroyed"], run["records_held"]) == (1, 3, 1, 2)
    later = gather(built.db, built.db, keyring=built.ring, period=Period(), now_ms=T0 + 33 * DAY, store_name="x")
    assert later["retention"]["overdue"] == {
        "records with fields to strip": 4,
        "records with fields to strip (held)": 2,
    }


def test_evidence_from_the_ledger(built: Built) -> None:
    d = report(built)
    assert d["decryptions"]["count"] == 3 and d["decryptions"]["envelopes"] == 6
    assert d["decryptions"]["by_purpose"] == {"incident INC-1": 2, "audit Q4": 1}
    assert (
        d["erasures"]["count"] == 1 and d["erasures"]["records_deleted"] == 4 and d["erasures"]["keys_destroyed"] == 2
    )
    assert d["holds"]["active"] == 1 and d["holds"]["items"][0]["covers"] == "1 data subject"
    assert d["ledger"]["status"] == "intact" and d["ledger"]["entries"] == 6
    assert d["ledger"]["by_kind"] == {"decrypt": 3, "hold.add": 1, "erase": 1, "retention.enforce": 1}
    assert report(built, keyring=None)["ledger"]["status"] == "chain intact (MACs not checked: no keyring)"


def test_a_tampered_ledger_shows(built: Built) -> None:
    built.db.execute("UPDATE ledger SET reason = 'nothing to see' WHERE seq = 2")
    d = report(built)
    assert d["ledger"]["status"] == "NOT intact"
    assert "entry 2: content does not match its hash (altered)" in d["ledger"]["problems"]
    assert 'class="pill bad">NOT intact' in render_html(d)


def test_period_bounds(built: Built) -> None:
    d = report(built, period=Period(T0 + DAY, T0 + DAY))
    assert d["period"]["days"] == [day_of(T0 + DAY)]
    assert d["summary"]["records"] == 2 and d["records"]["outside_period"] == 4
    assert d["summary"]["decryptions"] == 3 and d["summary"]["erasures"] == 0


def test_default_period_ends_at_newest_activity(built: Built) -> None:
    p = report(built)["period"]
    assert p["to"] == day_of(T0 + 2 * DAY) and len(p["days"]) == 31


def test_html_is_self_contained_and_valueless(built: Built) -> None:
    d = report(built)
    page = render_html(d)
    twin = json.dumps(d)
    for text in (page, twin):
        assert MARKER not in text
        assert not any(e in text for e in EMAILS)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\b(src|href)\s*=", page)
    assert "@import" not in page and "url(" not in page
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {"http://www.w3.org/2000/svg"}  # namespace only
    charts = set(re.findall(r'<svg class="chart[^"]*" id="([^"]+)"', page))
    assert charts == {
        "chart-entities-day",
        "chart-entities-type",
        "chart-entities-field",
        "chart-records-day",
        "chart-quarantine-reason",
        "chart-retention-due",
        "chart-retention-enforced",
        "chart-ledger-day",
        "chart-decrypt-purpose",
    }
    assert page.count('<rect class="bar"') > 10


def test_html_escapes_officer_text(tmp_path: Path) -> None:
    b = build_store(tmp_path, hold_reason="<script>alert(1)</script> & co")
    page = render_html(report(b))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert page.count("<script>") == 1  # ours


def test_cli_writes_both_files(built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "month.html"
    main(["report", "--store", built.uri, "--out", str(out), "--keyring", str(built.keyring_path), "--now", str(NOW)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"wrote {out} and {out.with_suffix('.json')}"
    assert lines[1] == (
        f"period {day_of(T0 + 2 * DAY - 30 * DAY)} to {day_of(T0 + 2 * DAY)}: 6 record(s), 2 quarantined, "
        "12 entities, 1 erasure(s), 3 decryption(s), ledger intact"
    )
    doc = json.loads(out.with_suffix(".json").read_text())
    assert doc["format"] == "redactor-report" and doc["summary"]["records"] == 6
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_cli_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ei:
        main(["report", "--store", f"sqlite:///{tmp_path / 'none.db'}", "--out", str(tmp_path / "r.html")])
    assert ei.value.code == 2
    assert "no such store" in capsys.readouterr().err
