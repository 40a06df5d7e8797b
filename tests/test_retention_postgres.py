"""Retention, holds, erasure, data keys and the ledger in a real PostgreSQL (records written by
the real PostgreSQL sink)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

import pytest

from redactor.crypto.envelope import Envelope
from redactor.crypto.keyring import open_keyring
from redactor.crypto.stage import SIDECAR, Decryptor, EncryptStage, attach
from redactor.errors import DecryptionError
from redactor.io.base import Redacted
from redactor.io.postgres import PostgresSink
from redactor.ledger import Ledger
from redactor.retention.db import open_db
from redactor.retention.enforce import enforce
from redactor.retention.erase import erase
from redactor.retention.holds import Holds
from redactor.retention.stamp import RetentionStage
from redactor.retention.store import SqlRecordStore
from tests.services import pg_dsn  # noqa: F401 - fixture
from tests.test_retention_enforce import DAY, ENCRYPTION, RETENTION, T0, USERS, _body

pytestmark = pytest.mark.services


def test_enforce_hold_erase_in_postgres(tmp_path: Any, pg_dsn: str) -> None:  # noqa: F811
    ring = open_keyring(tmp_path / "keyring.json", env={}, create=True, now=T0, datakeys=pg_dsn)
    enc = EncryptStage(ENCRYPTION, ring, now=T0)
    ret = RetentionStage(RETENTION, encryption=ENCRYPTION, now=T0)
    items, exported = [], []
    for i, (eid, user) in enumerate([("a1", "alice"), ("b1", "bob"), ("c1", "carol")]):
        subject = ring.subject_id(USERS[user])
        body = _body(i)
        path = "body.messages[0].content"
        env = enc(
            ENCRYPTION.rules[0],
            record_key=eid,
            path=path,
            plaintext=f"original {i}",
            subject=subject,
            enterprise_id="4242",
            timestamp_ms=T0,
        )
        assert env is not None
        rec = {
            "type": "request",
            "endpoint": "/chat/completions",
            "event_id": eid,
            "user_id": subject,
            "body": json.dumps(body),
            "@timestamp": T0,
        }
        attach(rec, eid, {path: env})
        res = ret(rec, "usage", T0, encrypted_rules=["ir"])
        exported.append(copy.deepcopy(rec))
        items.append(
            Redacted(
                key=eid,
                kind="usage",
                record=rec,
                source="t",
                line_no=i + 1,
                timestamp_ms=T0,
                subject=subject,
                enterprise_id="4242",
                expiries=res.expiries,
            )
        )
    sink = PostgresSink(pg_dsn, policy_version="test@1")
    assert sink.write(items).written == 3
    sink.close()

    db = open_db(pg_dsn)
    assert db.dialect == "postgres"
    store, holds, ledger = SqlRecordStore(db), Holds(db), Ledger(db, ring)
    bob = ring.subject_ids(USERS["bob"])
    holds.add(subjects=bob, reason="Case 17", owner="legal", now=T0)

    rep = enforce(
        policy=RETENTION, store=store, holds=holds.active(), datakeys=ring.datakeys, now=T0 + 31 * DAY, ledger=ledger
    )
    assert rep.fields_stripped == Counter({"tool_results": 2, "prompts": 2})
    assert rep.envelopes_removed == Counter({"ir": 2})
    assert rep.records_held == Counter({"H-0001": 1})
    assert len(rep.keys_destroyed) == 2 and rep.keys_held == Counter({"H-0001": 1})
    bodies = {r.key: json.loads(r.record["body"])["messages"] for r in store.scan()}
    assert [m["content"] for m in bodies["a1"]] == ["[EXPIRED]", "[EXPIRED]"]
    assert [m["content"] for m in bodies["b1"]] == ["<PERSON_1> question 1", "tool output 1"]

    alice = ring.subject_ids(USERS["alice"])
    cert = erase(
        alice,
        store=store,
        datakeys=ring.datakeys,
        holds=holds.active(),
        now=T0 + 32 * DAY,
        actor="dpo",
        reason="DSR",
        ledger=ledger,
    )
    assert cert.records_deleted == 1
    assert cert.keys_destroyed == []  # alice's key already went with retention
    assert sorted(r.key for r in store.scan()) == ["b1", "c1"]

    ring2 = open_keyring(tmp_path / "keyring.json", env={}, datakeys=pg_dsn)
    dec = Decryptor(ring2)
    path = "body.messages[0].content"
    assert dec.decrypt(exported[1][SIDECAR][path], record_key="b1", path=path) == "original 1"
    with pytest.raises(DecryptionError):
        dec.decrypt(exported[2][SIDECAR][path], record_key="c1", path=path)
    assert ring.datakeys.get(Envelope.parse(exported[1][SIDECAR][path]).kid).live  # type: ignore[union-attr]
    ring2.close()

    holds.release("H-0001", by="legal", reason="closed", now=T0 + 33 * DAY)
    rep = enforce(
        policy=RETENTION, store=store, holds=holds.active(), datakeys=ring.datakeys, now=T0 + 401 * DAY, ledger=ledger
    )
    assert rep.records_deleted == Counter({"metadata": 2})
    assert list(store.scan()) == []
    assert list(ring.datakeys.rows(live_only=True)) == []
    v = ledger.verify()
    assert v.ok and v.count == 3
    db.execute("UPDATE ledger SET actor = ? WHERE seq = 2", ("someone else",))
    assert ledger.verify().problems == ["entry 2: content does not match its hash (altered)"]
    db.close()
    ring.close()


def test_concurrent_data_key_creation_yields_one_key(tmp_path: Any, pg_dsn: str) -> None:  # noqa: F811
    """Two workers (two keyrings, two connections) asking for the same label get the same key."""
    from concurrent.futures import ThreadPoolExecutor

    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0, datakeys=pg_dsn)
    rings = [open_keyring(tmp_path / "k.json", env={}, datakeys=pg_dsn) for _ in range(4)]

    def one(r: Any) -> str:
        e = EncryptStage(ENCRYPTION, r, now=T0)(
            ENCRYPTION.rules[0],
            record_key="k",
            path="p",
            plaintext="x",
            subject="s_same",
            enterprise_id=None,
            timestamp_ms=T0,
        )
        assert e is not None
        return Envelope.parse(e).kid

    try:
        with ThreadPoolExecutor(4) as pool:
            kids = set(pool.map(one, rings))
        assert len(kids) == 1
        assert len(list(ring.datakeys.rows())) == 1
    finally:
        for r in [ring, *rings]:
            r.close()
