"""The workbench over a real PostgreSQL store: finding counts, the report, subject list and export
read the same tables the PostgreSQL sink writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from redactor.crypto.keyring import open_keyring
from redactor.io.base import InputLine, Quarantined, Redacted
from redactor.io.postgres import PostgresSink
from redactor.ledger import Ledger
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import parse_policy
from redactor.retention.db import open_db
from redactor.retention.holds import Holds
from redactor.workbench.report import Period, gather, has_table
from redactor.workbench.report_html import render_html
from redactor.workbench.stats import FindingsStats, day_of
from redactor.workbench.subject import export_subject, list_subjects
from tests.services import pg_dsn  # noqa: F401 - fixture

pytestmark = pytest.mark.services

T0 = 1_793_000_000_000
DAY = 86_400_000
POLICY = """
version: 1
name: pg-test
detection: {ner: false}
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp"]
  identity: {user_id: pseudonym}
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


def test_report_subjects_and_stats_in_postgres(tmp_path: Path, pg_dsn: str) -> None:  # noqa: F811
    ring = open_keyring(tmp_path / "keyring.json", env={}, create=True, now=T0, datakeys=pg_dsn)
    pol = parse_policy(POLICY)
    _, key = ring.hmac_key("pseudonym")
    pipe = Pipeline(pol, key=key, engine=build_engine(pol), subject_of=ring.subject_id, keyring=ring, now_ms=lambda: T0)
    recs = [
        usage("p1", T0, 1, "mail a.b@example-corp.com"),
        usage("p2", T0 + DAY, 2, "mail c.d@example-corp.com"),
        usage("p3", T0 + DAY, 2, "nothing here"),
    ]
    lines = [InputLine("in", i, json.dumps(r)) for i, r in enumerate(recs, 1)] + [InputLine("in", 9, b"{bad")]
    explained = pipe.process_batch(lines, collect=True)
    sink = PostgresSink(pg_dsn, policy_version="pg-test@1", now_ms=lambda: T0 + 10)
    sink.write([e.result for e in explained if isinstance(e.result, Redacted)])
    sink.quarantine([e.result for e in explained if isinstance(e.result, Quarantined)])
    sink.close()
    db = open_db(pg_dsn)
    try:
        assert not has_table(db, "findings_stats") and has_table(db, "records")
        assert FindingsStats(db).add(explained) > 0
        assert FindingsStats(db).add(explained) == 0  # idempotent by record key
        led = Ledger(db, ring)
        h = Holds(db).add(subjects=ring.subject_ids(2), reason="Case 9", owner="legal", now=T0)
        led.append(
            "hold.add",
            at_ms=T0,
            actor="legal",
            reason="Case 9",
            details={"hold": h.id, "subjects": ring.subject_ids(2)},
        )
        d = gather(db, db, keyring=ring, period=Period(), now_ms=T0 + 2 * DAY, store_name="postgresql://test")
        assert d["records"]["by_day"] == {day_of(T0): 1, day_of(T0 + DAY): 2}
        assert d["quarantine"]["by_reason"] == {"malformed_json": 1}
        assert d["entities"]["source"] == "findings_stats" and d["entities"]["by_type"]["EMAIL_ADDRESS"] == 2
        assert d["holds"]["active"] == 1 and d["ledger"]["status"] == "intact"
        assert "a.b@example-corp.com" not in render_html(d)
        rows = {r["subject"]: r for r in list_subjects(db, now_ms=T0 + 2 * DAY)}
        assert rows[ring.subject_id(2)]["records"] == 2 and rows[ring.subject_id(2)]["holds"] == ["H-0001"]
        doc, entry = export_subject(db, led, ring, user_id="2", purpose="DSAR-PG", actor="o", now_ms=T0 + 2 * DAY)
        assert {r["key"] for r in doc["records"]} == {"p2", "p3"} and entry.kind == "decrypt"
        assert led.verify().ok
    finally:
        db.close()
        ring.close()
