"""Retention over a real SQLite store: stamping at ingest, enforcement at a given `now` removing
exactly what the policy says, legal holds skipping and catching up, data keys destroyed on time,
and erasure reaching exported copies."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from redactor.crypto.envelope import Envelope
from redactor.crypto.keyring import open_keyring
from redactor.crypto.stage import SIDECAR, Decryptor, EncryptStage, attach, record_key_of
from redactor.errors import DecryptionError, DropRecord, RedactorError
from redactor.io.base import Redacted
from redactor.io.sqlite_store import SQLiteStore
from redactor.ledger import Ledger
from redactor.policy.encryption import EncryptionPolicy
from redactor.policy.retention import RetentionPolicy
from redactor.retention.db import Db, open_db
from redactor.retention.enforce import enforce
from redactor.retention.erase import erase
from redactor.retention.holds import Holds
from redactor.retention.stamp import RetentionStage, stamp_expiries
from redactor.retention.store import SqlRecordStore

T0 = 1_783_494_912_345  # 2026-07-08T07:15:12.345Z
DAY = 86_400_000

RETENTION = RetentionPolicy.model_validate(
    {
        "classes": {"metadata": "400d", "prompts": "30d", "tool_results": "7d"},
        "records": [{"kinds": ["*"], "class": "metadata"}],
        "fields": [
            {"field_kinds": ["tool_result"], "class": "tool_results"},
            {"fields": ["body.messages[*].content"], "class": "prompts"},
        ],
    }
)
ENCRYPTION = EncryptionPolicy.model_validate(
    {
        "rules": [
            {"name": "ir", "fields": ["body.messages[*].content"], "keep_for": "30d", "period": "day"},
        ]
    }
)

USERS = {"alice": 1001, "bob": 1002, "carol": 1003}


def _body(i: int) -> dict[str, Any]:
    return {
        "model": "gpt-4.1",
        "messages": [
            {"role": "user", "content": f"<PERSON_1> question {i}"},
            {"role": "tool", "content": f"tool output {i}"},
        ],
    }


class World:
    """A keyring, a SQLite store with encrypted + stamped records, holds and a ledger."""

    def __init__(self, tmp: Path, *, now: int = T0) -> None:
        self.ring = open_keyring(tmp / "keyring.json", env={}, create=True, now=T0)
        self.path = tmp / "store.db"
        self.enc = EncryptStage(ENCRYPTION, self.ring, now=now)
        self.ret = RetentionStage(RETENTION, encryption=ENCRYPTION, now=now)
        self.exported: list[dict[str, Any]] = []
        store = SQLiteStore(self.path, policy_version="test@1")
        items = []
        # (event id, user, timestamp)
        for i, (eid, user, ts) in enumerate(
            [
                ("a1", "alice", T0),
                ("a2", "alice", T0 + DAY),
                ("b1", "bob", T0),
                ("c1", "carol", T0 - 20 * DAY),
            ]
        ):
            items.append(self.make(eid, user, ts, i))
        store.write(items)
        store.close()
        self.db: Db = open_db(f"sqlite:///{self.path}")
        self.store = SqlRecordStore(self.db)
        self.holds = Holds(self.db)
        self.ledger = Ledger(self.db, self.ring)

    def make(self, eid: str, user: str, ts: int, i: int) -> Redacted:
        subject = self.ring.subject_id(USERS[user])
        body = _body(i)
        envs = {}
        for j, m in enumerate(body["messages"]):
            path = f"body.messages[{j}].content"
            rule = self.enc.field_rule(path)
            assert rule is not None
            env = self.enc(
                rule,
                record_key=eid,
                path=path,
                plaintext=f"original {m['content']}",
                subject=subject,
                enterprise_id="4242",
                timestamp_ms=ts,
            )
            if env is not None:
                envs[path] = env
        rec = {
            "type": "request",
            "endpoint": "/chat/completions",
            "user_id": subject,
            "enterprise_id": 4242,
            "event_id": eid,
            "body": json.dumps(body),
            "@timestamp": ts,
        }
        attach(rec, eid, envs)
        res = self.ret(rec, "usage", ts, encrypted_rules=["ir"] if envs else [])
        self.exported.append(copy.deepcopy(rec))
        return Redacted(
            key=eid,
            kind="usage",
            record=rec,
            source="t",
            line_no=i + 1,
            timestamp_ms=ts,
            subject=subject,
            enterprise_id="4242",
            expiries=res.expiries,
        )

    def rows(self) -> dict[str, tuple[list[Any], dict[str, int], list[str]]]:
        """key -> (message contents, expiries, sidecar paths)."""
        out = {}
        for r in self.store.scan():
            body = json.loads(r.record["body"])
            side = sorted(k for k in r.record.get(SIDECAR, {}) if k != "@record")
            out[r.key] = ([m["content"] for m in body["messages"]], r.expiries, side)
        return out

    def enforce(self, now: int, **kw: Any) -> Any:
        return enforce(
            policy=RETENTION,
            store=self.store,
            holds=self.holds.active(),
            datakeys=self.ring.datakeys,
            now=now,
            ledger=self.ledger,
            policy_version="test@1",
            **kw,
        )


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def _exp(ts: int) -> dict[str, int]:
    return {
        "record:metadata": ts + 400 * DAY,
        "field:prompts": ts + 30 * DAY,
        "field:tool_results": ts + 7 * DAY,
        "encrypted:ir": ts + 30 * DAY,
    }


BOTH = ["body.messages[0].content", "body.messages[1].content"]


def test_stamps_start_at_the_timestamp(world: World) -> None:
    rows = world.rows()
    assert rows["a1"] == (["<PERSON_1> question 0", "tool output 0"], _exp(T0), BOTH)
    assert rows["a2"] == (["<PERSON_1> question 1", "tool output 1"], _exp(T0 + DAY), BOTH)
    # carol's record is 20 days old at ingest: its tool output (7d) was stripped on the way in
    c = T0 - 20 * DAY
    assert rows["c1"] == (
        ["<PERSON_1> question 3", "[EXPIRED]"],
        {"record:metadata": c + 400 * DAY, "field:prompts": c + 30 * DAY, "encrypted:ir": c + 30 * DAY},
        BOTH,
    )


def test_enforce_removes_exactly_what_is_due(world: World) -> None:
    c = T0 - 20 * DAY
    # day 8: tool results of a1, b1 (7d) are due, a2's (T0+1d+7d) is not yet
    rep = world.enforce(T0 + 7 * DAY)
    assert rep.fields_stripped == Counter({"tool_results": 2})
    assert rep.records_deleted == Counter() and rep.envelopes_removed == Counter()
    rows = world.rows()
    assert rows["a1"] == (
        ["<PERSON_1> question 0", "[EXPIRED]"],
        {k: v for k, v in _exp(T0).items() if k != "field:tool_results"},
        BOTH,
    )
    assert rows["b1"][0] == ["<PERSON_1> question 2", "[EXPIRED]"]
    assert rows["a2"] == (["<PERSON_1> question 1", "tool output 1"], _exp(T0 + DAY), BOTH)
    # a day later a2's tool result follows
    rep = world.enforce(T0 + 8 * DAY)
    assert rep.fields_stripped == Counter({"tool_results": 1})
    assert world.rows()["a2"][0] == ["<PERSON_1> question 1", "[EXPIRED]"]
    # one ms before carol's prompts expire: nothing changes
    rep = world.enforce(c + 30 * DAY - 1)
    assert rep.fields_stripped == Counter() and rep.envelopes_removed == Counter()
    # at carol's 30d mark her prompt and her envelopes go; the others' stay
    rep = world.enforce(c + 30 * DAY)
    assert rep.fields_stripped == Counter({"prompts": 1})
    assert rep.envelopes_removed == Counter({"ir": 2})
    assert world.rows()["c1"] == (["[EXPIRED]", "[EXPIRED]"], {"record:metadata": c + 400 * DAY}, [])
    assert world.rows()["a1"][0] == ["<PERSON_1> question 0", "[EXPIRED]"]
    # the record itself lives 400 days
    rep = world.enforce(T0 + 400 * DAY)
    assert rep.records_deleted == Counter({"metadata": 3})
    assert sorted(world.rows()) == ["a2"]
    assert world.ledger.verify().ok
    assert [e.kind for e in world.ledger.entries()] == ["retention.enforce"] * 5


def test_data_keys_are_destroyed_when_their_period_has_passed_keep_for(world: World) -> None:
    dec = Decryptor(world.ring)
    a1 = world.exported[0]
    c1 = world.exported[3]
    # carol's day (T0-20d) ends at midnight; +30d later her key goes. The others' keys stay.
    carol_key_gone = T0 - 20 * DAY - (T0 % DAY) + DAY + 30 * DAY
    rep = world.enforce(carol_key_gone - 1)
    assert rep.keys_destroyed == []
    rep = world.enforce(carol_key_gone)
    assert rep.keys_destroyed == [Envelope.parse(c1[SIDECAR]["body.messages[0].content"]).kid]
    with pytest.raises(DecryptionError):
        dec.decrypt(c1[SIDECAR]["body.messages[0].content"], record_key="c1", path="body.messages[0].content")
    assert (
        dec.decrypt(a1[SIDECAR]["body.messages[0].content"], record_key="a1", path="body.messages[0].content")
        == "original <PERSON_1> question 0"
    )


def test_dry_run_changes_nothing(world: World) -> None:
    before = world.rows()
    rep = world.enforce(T0 + 401 * DAY, dry_run=True)
    assert rep.lines()[0] == "records to delete: 4 (metadata: 4)"
    assert rep.lines()[3] == "data keys to destroy: 4"
    assert rep.records_deleted == Counter({"metadata": 4})
    assert len(rep.keys_destroyed) == 4  # alice's two days, bob's day, carol's day
    assert world.rows() == before
    assert all(r.live for r in world.ring.datakeys.rows())
    assert list(world.ledger.entries()) == []


@pytest.mark.parametrize(
    ("hold", "held_keys"),
    [
        # bob's data only
        ({"users": ["bob"]}, {"b1"}),
        # the whole enterprise
        ({"enterprise_id": "4242"}, {"a1", "a2", "b1", "c1"}),
        # a time range covering only T0's day
        ({"from_ms": T0 - 1, "to_ms": T0 + 1}, {"a1", "b1"}),
        # alice, only from T0+1d on
        ({"users": ["alice"], "from_ms": T0 + DAY}, {"a2"}),
        # another enterprise: holds nothing here
        ({"enterprise_id": "9999"}, set()),
    ],
)
def test_holds_skip_records_and_keys_then_enforcement_catches_up(
    world: World, hold: dict[str, Any], held_keys: set[str]
) -> None:
    users = hold.pop("users", None)
    subjects = [s for u in users for s in world.ring.subject_ids(USERS[u])] if users else None
    h = world.holds.add(subjects=subjects, reason="Case 17", owner="legal", now=T0, **hold)
    assert h.id == "H-0001"
    rep = world.enforce(T0 + 401 * DAY)
    assert sorted(world.rows()) == sorted(held_keys)
    assert rep.records_held == (Counter({"H-0001": len(held_keys)}) if held_keys else Counter())
    assert rep.records_deleted == Counter({"metadata": 4 - len(held_keys)})
    held_kids = {
        Envelope.parse(world.exported[i][SIDECAR]["body.messages[0].content"]).kid
        for i, k in enumerate(["a1", "a2", "b1", "c1"])
        if k in held_keys
    }
    live = {r.kid for r in world.ring.datakeys.rows(live_only=True)}
    assert live == held_kids
    line = [x for x in rep.lines() if "legal hold" in x]
    if held_keys:
        assert line[0] == f"skipped {len(held_keys)} record(s) under legal hold H-0001"
    world.holds.release("H-0001", by="legal", reason="case closed", now=T0 + 401 * DAY)
    rep2 = world.enforce(T0 + 402 * DAY)
    assert world.rows() == {}
    assert rep2.records_held == Counter()
    assert list(world.ring.datakeys.rows(live_only=True)) == []


def test_erase_shreds_keys_deletes_rows_and_reaches_exported_copies(world: World) -> None:
    alice = world.ring.subject_ids(USERS["alice"])
    for scope in ("user:1001", "record:a1", "record:a2", "user:1002", "record:b1"):
        world.db.execute(
            "INSERT INTO placeholders(scope, entity, digest, n) VALUES (?,?,?,?)", (scope, "PERSON", "d", 1)
        )
    cert = erase(
        alice,
        store=world.store,
        datakeys=world.ring.datakeys,
        holds=world.holds.active(),
        now=T0 + 2 * DAY,
        actor="dpo",
        reason="DSR-42",
        policy_version="test@1",
        ledger=world.ledger,
        placeholder_scopes=["user:1001"],
    )
    assert cert.records_deleted == 2
    assert cert.placeholders_deleted == 3
    assert [r[0] for r in world.db.execute("SELECT scope FROM placeholders ORDER BY scope")] == [
        "record:b1",
        "user:1002",
    ]
    assert len(cert.keys_destroyed) == 2  # alice's two days
    assert sorted(world.rows()) == ["b1", "c1"]
    dec = Decryptor(open_keyring(world.ring.path, env={}))  # a fresh process: no cached keys
    for rec in world.exported:  # copies exported before the erasure
        key = record_key_of(rec)
        assert key is not None
        if rec["user_id"] in alice:
            for path, env in Decryptor.find(rec):
                with pytest.raises(DecryptionError):
                    dec.decrypt(env, record_key=key, path=path)
        else:
            i = {"b1": 2, "c1": 3}[key]
            texts = [d.text for d in dec.decrypt_record(rec, record_key=key)]
            assert texts == [f"original {m['content']}" for m in _body(i)["messages"]]
    text = cert.text()
    assert f"subject ids:          {alice[0]}" in text
    assert "records deleted:      2" in text
    assert "policy version:       test@1" in text
    e = world.ledger.head()
    assert f"ledger entry:         #{e[0]} {e[1]}" in text
    assert "1001" not in text  # the raw user id is not on the certificate
    assert "placeholder mappings: 3 deleted" in text
    entry = next(iter(world.ledger.entries(kind="erase")))
    assert entry.details == {
        "subjects": alice,
        "records_deleted": 2,
        "keys_destroyed": cert.keys_destroyed,
        "placeholder_mappings_deleted": 3,
    }


def test_erase_is_refused_under_a_hold_and_recorded(world: World) -> None:
    bob = world.ring.subject_ids(USERS["bob"])
    world.holds.add(subjects=bob, reason="Case 17", owner="legal", now=T0)
    with pytest.raises(RedactorError) as ei:
        erase(
            bob,
            store=world.store,
            datakeys=world.ring.datakeys,
            holds=world.holds.active(),
            now=T0,
            actor="dpo",
            reason="DSR-43",
            ledger=world.ledger,
        )
    assert str(ei.value) == (
        f"subject {bob[0]} is under legal hold H-0001; nothing was erased. "
        "Release the hold (`redactor hold release ID`) and run the erasure again"
    )
    assert "b1" in world.rows()
    assert all(r.live for r in world.ring.datakeys.rows())
    assert [e.kind for e in world.ledger.entries()] == ["erase.refused"]


def test_ingest_drop_strip_keep() -> None:
    old = T0 - 500 * DAY
    rec = {"type": "request", "endpoint": "/chat/completions", "body": json.dumps(_body(0))}
    with pytest.raises(DropRecord) as ei:
        RetentionStage(RETENTION, now=T0)(copy.deepcopy(rec), "usage", old)
    assert ei.value.reason == "retention_expired"
    strip = RETENTION.model_copy(update={"on_ingest_expired": "strip"})
    r2 = copy.deepcopy(rec)
    res = RetentionStage(strip, now=T0)(r2, "usage", old)
    assert res.stripped == {"prompts": 1, "tool_results": 1}
    assert json.loads(r2["body"])["messages"] == [
        {"role": "user", "content": "[EXPIRED]"},
        {"role": "tool", "content": "[EXPIRED]"},
    ]
    assert res.expiries == {"record:metadata": old + 400 * DAY}  # due record: left to enforcement
    keep = RETENTION.model_copy(update={"on_ingest_expired": "keep"})
    r3 = copy.deepcopy(rec)
    assert RetentionStage(keep, now=T0)(r3, "usage", old).expiries == {
        "record:metadata": old + 400 * DAY,
        "field:prompts": old + 30 * DAY,
        "field:tool_results": old + 7 * DAY,
    }
    assert r3 == rec


def test_stamping_edge_cases() -> None:
    # no timestamp: nothing can be stamped
    assert stamp_expiries(RETENTION, {"body": "{}"}, "usage", None) == {}
    # no matching fields: only the record class
    assert stamp_expiries(RETENTION, {"body": '{"messages":[]}'}, "usage", T0) == {"record:metadata": T0 + 400 * DAY}
    # the default policy stamps nothing
    assert stamp_expiries(RetentionPolicy(), {"body": json.dumps(_body(0))}, "usage", T0) == {}
    # a kind no record rule names
    only_audit = RetentionPolicy.model_validate(
        {"classes": {"a": "1d"}, "records": [{"kinds": ["audit"], "class": "a"}]}
    )
    assert stamp_expiries(only_audit, {}, "usage", T0) == {}
    assert stamp_expiries(only_audit, {}, "audit", T0) == {"record:a": T0 + DAY}
