"""`redactor subject export|list`: one person's data and nobody else's, decrypted only with a
purpose that is in the ledger first; who has data, holds or an erasure waiting."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from redactor.cli import main
from redactor.crypto.keyring import Keyring, open_keyring
from redactor.io.base import InputLine, Redacted
from redactor.io.sqlite_store import SQLiteStore
from redactor.ledger import Ledger
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import parse_policy, policy_version
from redactor.retention.db import Db, open_db
from redactor.retention.erase import erase
from redactor.retention.holds import Holds
from redactor.retention.store import SqlRecordStore
from redactor.workbench.subject import export_subject, list_subjects, render_subjects

T0 = 1_793_000_000_000
DAY = 86_400_000
ALICE, BOB = 48151623, 62342
TEXTS = {
    ALICE: ["Alice here: mail alice.w@example-corp.com about the invoice", "Alice again: deploy on Friday"],
    BOB: ["Bob here: ping bob.k@example-corp.com", "Bob: rerun the flaky test", "Bob: thanks"],
}

POLICY = """
version: 1
name: subject-test
detection: {ner: false}
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp", truncated]
  identity: {user_id: pseudonym}
encryption:
  rules:
    - name: incident-response
      fields: ["body.messages[*].content"]
      mode: alongside
      key_scope: subject
      period: day
      keep_for: 30d
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


def build(tmp_path: Path) -> tuple[Db, Keyring, Path, dict[int, set[str]]]:
    kpath = tmp_path / "keyring.json"
    ring = open_keyring(kpath, create=True, now=T0)
    pol = parse_policy(POLICY)
    _, key = ring.hmac_key("pseudonym")
    pipe = Pipeline(
        pol, key=key, engine=build_engine(pol), subject_of=ring.subject_id, keyring=ring, now_ms=lambda: T0 + DAY
    )
    recs, keys = [], {ALICE: set(), BOB: set()}
    for user, texts in TEXTS.items():
        for i, t in enumerate(texts):
            eid = f"{user}-{i}"
            keys[user].add(eid)
            recs.append(usage(eid, T0 + i * 1000, user, t))
    store = SQLiteStore(tmp_path / "redactor.db", policy_version=policy_version(pol), now_ms=lambda: T0 + DAY)
    out = list(pipe.process(InputLine("in", n, json.dumps(r)) for n, r in enumerate(recs, 1)))
    assert all(isinstance(r, Redacted) for r in out)
    store.write([r for r in out if isinstance(r, Redacted)])
    store.close()
    return open_db(f"sqlite:///{tmp_path / 'redactor.db'}"), ring, kpath, keys


@pytest.fixture()
def env(tmp_path: Path) -> Any:
    db, ring, kpath, keys = build(tmp_path)
    yield db, ring, kpath, keys
    db.close()
    ring.close()


def test_export_holds_exactly_that_users_data(env: Any) -> None:
    db, ring, _, keys = env
    led = Ledger(db, ring)
    doc, entry = export_subject(
        db, led, ring, user_id=str(ALICE), purpose="DSAR-2026-0042", actor="officer.a", now_ms=T0 + 2 * DAY
    )
    assert {r["key"] for r in doc["records"]} == keys[ALICE]
    opened = sorted(d["text"] for r in doc["records"] for d in r.get("decrypted", []))
    assert opened == sorted(TEXTS[ALICE])  # the originals, decrypted for the subject
    text = json.dumps(doc)
    assert not any(t in text for t in TEXTS[BOB]) and "bob.k@example-corp.com" not in text
    assert not any(k in text for k in keys[BOB])
    assert doc["counts"] == {"records": 2, "decrypted": 2, "undecryptable": 0, "holds": 0, "ledger_entries": 0}
    assert doc["subject_ids"] == ring.subject_ids(ALICE)
    # logged: who, why, counts, key ids, subjects; no values
    last = list(led.entries())[-1]
    assert (last.seq, last.kind, last.actor, last.reason) == (entry.seq, "decrypt", "officer.a", "DSAR-2026-0042")
    assert last.details["operation"] == "subject-export" and last.details["subjects"] == ring.subject_ids(ALICE)
    assert (last.details["records"], last.details["envelopes"], last.details["failed"]) == (2, 2, 0)
    assert not any(t in json.dumps(last.details) for t in TEXTS[ALICE])
    assert led.verify().ok


def test_export_without_decryption_keeps_envelopes(env: Any) -> None:
    db, ring, _, _ = env
    doc, _ = export_subject(
        db, Ledger(db, ring), ring, user_id=str(BOB), purpose="DSAR-7", actor="o", now_ms=T0 + 2 * DAY, decrypt=False
    )
    assert doc["counts"]["records"] == 3 and doc["counts"]["decrypted"] == 0
    assert not any("decrypted" in r for r in doc["records"])
    text = json.dumps(doc)
    assert "bob.k@example-corp.com" not in text  # stored redacted, and the envelopes stay closed
    assert all(set(r["record"]["_encrypted"]) == {"@record", "body.messages[0].content"} for r in doc["records"])


def test_destroyed_keys_are_listed_not_hidden(env: Any) -> None:
    db, ring, _, _ = env
    subj = ring.subject_ids(ALICE)
    kids = [r.kid for r in ring.datakeys.rows(live_only=True) if r.label.scope_id in subj]
    assert kids
    ring.datakeys.destroy(kids, now=T0 + 3 * DAY, reason="test")
    doc, _ = export_subject(
        db, Ledger(db, ring), ring, user_id=str(ALICE), purpose="DSAR", actor="o", now_ms=T0 + 3 * DAY
    )
    assert doc["counts"]["decrypted"] == 0 and doc["counts"]["undecryptable"] == 2
    assert all(r["undecryptable"] == ["body.messages[0].content"] for r in doc["records"])


def test_export_shows_holds_and_access_log(env: Any) -> None:
    db, ring, _, _ = env
    led = Ledger(db, ring)
    h = Holds(db).add(subjects=ring.subject_ids(ALICE), reason="Case 17", owner="legal", now=T0)
    led.append(
        "hold.add",
        at_ms=T0,
        actor="legal",
        reason="Case 17",
        details={"hold": h.id, "subjects": ring.subject_ids(ALICE)},
    )
    export_subject(db, led, ring, user_id=str(ALICE), purpose="first", actor="o", now_ms=T0 + 1)
    doc, _ = export_subject(db, led, ring, user_id=str(ALICE), purpose="second", actor="o", now_ms=T0 + 2)
    assert doc["legal_holds"] == [{"id": "H-0001", "active": True, "since": "2026-10-26T07:33:20Z", "released": None}]
    assert [(e["kind"], e["operation"], e["purpose"]) for e in doc["access_log"]] == [
        ("hold.add", "hold.add", "Case 17"),
        ("decrypt", "subject-export", "first"),
    ]
    bob, _ = export_subject(db, led, ring, user_id=str(BOB), purpose="third", actor="o", now_ms=T0 + 3)
    assert bob["legal_holds"] == [] and bob["access_log"] == []


def test_cli_export_file_is_private_and_logged(env: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, ring, kpath, _ = env
    out = tmp_path / "dsar.json"
    store = f"sqlite:///{tmp_path / 'redactor.db'}"
    main(
        [
            "subject",
            "export",
            "--user",
            str(ALICE),
            "--purpose",
            "DSAR-9",
            "-o",
            str(out),
            "--store",
            store,
            "--keyring",
            str(kpath),
            "--actor",
            "officer.z",
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0] == f"wrote {out}: 2 record(s), 2 field(s) decrypted, 0 not decryptable, 0 hold(s), 0 ledger entr(ies)"
    )
    assert lines[1].startswith("ledger entry #1 ")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["purpose"] == "DSAR-9"
    assert [e.actor for e in Ledger(db, ring).entries(kind="decrypt")] == ["officer.z"]
    with pytest.raises(SystemExit) as ei:
        main(["subject", "export", "--user", str(ALICE), "--purpose", "  ", "--store", store, "--keyring", str(kpath)])
    assert ei.value.code == 2
    assert capsys.readouterr().err == "error: --purpose must say why (it is recorded in the ledger)\n"


def test_list_shows_data_holds_and_pending_erasure(env: Any) -> None:
    db, ring, _, _ = env
    led = Ledger(db, ring)
    a, b = ring.subject_id(ALICE), ring.subject_id(BOB)
    Holds(db).add(subjects=ring.subject_ids(ALICE), reason="Case 17", owner="legal", now=T0)
    with pytest.raises(Exception, match="under legal hold H-0001"):
        erase(
            ring.subject_ids(ALICE),
            store=SqlRecordStore(db),
            datakeys=ring.datakeys,
            holds=Holds(db).active(),
            now=T0 + 5,
            actor="o",
            reason="DSR",
            ledger=led,
        )
    rows = {r["subject"]: r for r in list_subjects(db, now_ms=T0 + 2 * DAY)}
    assert set(rows) == {a, b}
    assert (rows[a]["records"], rows[a]["holds"], rows[a]["erasure_pending"]) == (2, ["H-0001"], ["H-0001"])
    assert (rows[b]["records"], rows[b]["holds"], rows[b]["erasure_pending"]) == (3, [], [])
    assert render_subjects(list(rows.values())).endswith(
        "2 subject(s); 1 under legal hold; 1 with an erasure waiting on a hold"
    )
    # release and erase: the subject disappears from the list
    Holds(db).release("H-0001", by="legal", reason="closed", now=T0 + 6)
    erase(
        ring.subject_ids(ALICE),
        store=SqlRecordStore(db),
        datakeys=ring.datakeys,
        holds=Holds(db).active(),
        now=T0 + 7,
        actor="o",
        reason="DSR",
        ledger=led,
    )
    assert [r["subject"] for r in list_subjects(db, now_ms=T0 + 2 * DAY)] == [b]
    assert list_subjects(db, now_ms=T0, only=[a]) == []


def test_cli_list_filters_by_user(env: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, ring, kpath, _ = env
    store = f"sqlite:///{tmp_path / 'redactor.db'}"
    main(["subject", "list", "--store", store, "--user", str(BOB), "--keyring", str(kpath), "--json"])
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert row["subject"] == ring.subject_id(BOB) and row["records"] == 3
