"""The evidence ledger: appends chain and verify; any altered, removed, reordered or forged
entry is caught, and a truncated tail is caught against a recorded head."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redactor.crypto.keyring import Keyring, open_keyring
from redactor.errors import KeyError_, RedactorError
from redactor.ledger import GENESIS, Entry, Ledger, open_ledger
from redactor.retention.db import Db, open_db

T0 = 1_783_494_912_345


@pytest.fixture
def ring(tmp_path: Path) -> Keyring:
    return open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)


@pytest.fixture
def db(tmp_path: Path) -> Db:
    return open_db(f"sqlite:///{tmp_path / 'store.db'}")


def _fill(ledger: Ledger, n: int = 5) -> list[Entry]:
    return [
        ledger.append(
            "retention.enforce",
            at_ms=T0 + i,
            actor="ops",
            reason="nightly",
            policy_version="default@abc",
            details={"records_deleted": {"metadata": i}},
        )
        for i in range(n)
    ]


def test_appends_chain_from_genesis(db: Db, ring: Keyring) -> None:
    ledger = Ledger(db, ring)
    es = _fill(ledger, 3)
    assert [e.seq for e in es] == [1, 2, 3]
    assert es[0].prev_hash == GENESIS
    assert es[1].prev_hash == es[0].hash and es[2].prev_hash == es[1].hash
    assert all(e.mac_key_id == "ledger-v1" for e in es)
    v = ledger.verify()
    assert v.ok and v.count == 3 and v.macs_checked
    assert (v.head_seq, v.head_hash) == (3, es[2].hash)
    assert ledger.head() == (3, es[2].hash)
    assert [e.details for e in ledger.entries()] == [{"records_deleted": {"metadata": i}} for i in range(3)]


def test_empty_ledger_verifies(db: Db, ring: Keyring) -> None:
    v = Ledger(db, ring).verify()
    assert v.ok and v.count == 0 and v.head_hash == GENESIS


@pytest.mark.parametrize(
    ("sql", "params", "problems"),
    [
        # a changed count in the details
        (
            "UPDATE ledger SET details = ? WHERE seq = 2",
            ('{"records_deleted":{"metadata":9}}',),
            ["entry 2: content does not match its hash (altered)"],
        ),
        # a changed reason
        (
            "UPDATE ledger SET reason = ? WHERE seq = 3",
            ("routine",),
            ["entry 3: content does not match its hash (altered)"],
        ),
        # a changed time
        (
            "UPDATE ledger SET at_ms = at_ms + 1 WHERE seq = 1",
            (),
            ["entry 1: content does not match its hash (altered)"],
        ),
        # the same details, re-serialised differently (whitespace): still altered
        (
            "UPDATE ledger SET details = ? WHERE seq = 2",
            ('{"records_deleted": {"metadata": 1}}',),
            ["entry 2: content does not match its hash (altered)"],
        ),
        # an entry removed from the middle
        (
            "DELETE FROM ledger WHERE seq = 3",
            (),
            [
                "entry 4: expected sequence number 3 (an entry was removed or reordered)",
                "entry 4: does not link to the entry before it (removed, inserted or reordered)",
            ],
        ),
        # the first entry removed
        (
            "DELETE FROM ledger WHERE seq = 1",
            (),
            [
                "entry 2: expected sequence number 1 (an entry was removed or reordered)",
                "entry 2: does not link to the entry before it (removed, inserted or reordered)",
            ],
        ),
    ],
)
def test_tampering_is_caught(db: Db, ring: Keyring, sql: str, params: tuple[object, ...], problems: list[str]) -> None:
    ledger = Ledger(db, ring)
    _fill(ledger)
    db.execute(sql, params)
    v = ledger.verify()
    assert not v.ok
    assert v.problems[: len(problems)] == problems
    # without the keyring the chain checks alone still catch it
    assert not Ledger(db, None).verify(check_macs=False).ok


def test_reordered_entries_are_caught(db: Db, ring: Keyring) -> None:
    ledger = Ledger(db, ring)
    _fill(ledger)
    # swap entries 2 and 4 by renumbering (each row keeps its own hash)
    db.execute("UPDATE ledger SET seq = -2 WHERE seq = 2")
    db.execute("UPDATE ledger SET seq = 2 WHERE seq = 4")
    db.execute("UPDATE ledger SET seq = 4 WHERE seq = -2")
    v = ledger.verify()
    assert "entry 2: content does not match its hash (altered)" in v.problems
    assert "entry 2: does not link to the entry before it (removed, inserted or reordered)" in v.problems


def test_rewritten_chain_without_the_key_fails_the_macs(db: Db, ring: Keyring) -> None:
    """An attacker with database access alters entry 2 and recomputes every hash after it."""
    ledger = Ledger(db, ring)
    _fill(ledger)
    rows = db.execute("SELECT seq, at_ms, kind, actor, reason, policy_version, details FROM ledger ORDER BY seq")
    prev = GENESIS
    for seq, at, kind, actor, reason, pv, det in rows:
        if seq == 2:
            det = '{"records_deleted":{"metadata":0}}'
        e = Entry(seq, at, kind, actor, reason, pv, json.loads(det), prev, "")
        h = e.computed_hash()
        db.execute("UPDATE ledger SET details=?, prev_hash=?, hash=? WHERE seq=?", (det, prev, h, seq))
        prev = h
    assert Ledger(db, None).verify(check_macs=False).ok  # the bare chain is consistent again...
    v = ledger.verify()
    assert not v.ok  # ...but the MACs were made with a key the attacker does not have
    assert v.problems == [f"entry {i}: MAC does not match (rewritten without the key)" for i in range(2, 6)]


def test_truncated_tail_is_caught_against_a_recorded_head(db: Db, ring: Keyring) -> None:
    ledger = Ledger(db, ring)
    es = _fill(ledger)
    head = (es[-1].seq, es[-1].hash)
    assert ledger.verify(expect_head=head).ok
    db.execute("DELETE FROM ledger WHERE seq = 5")
    assert ledger.verify().ok  # a plain chain cannot see a missing tail...
    v = ledger.verify(expect_head=head)  # ...a recorded head can
    assert v.problems == [
        f"the recorded head 5:{es[-1].hash[:16]}... is not in the ledger (entries were removed or rewritten)"
    ]


def test_appending_needs_the_keyring_and_a_known_kind(db: Db, ring: Keyring) -> None:
    with pytest.raises(KeyError_) as ei:
        Ledger(db, None).append("erase", at_ms=T0, actor="a", reason="r", details={})
    assert str(ei.value) == "appending to the ledger needs the keyring (its ledger MAC key)"
    with pytest.raises(RedactorError) as ei2:
        Ledger(db, ring).append("delete_everything", at_ms=T0, actor="a", reason="r", details={})
    assert str(ei2.value).startswith("unknown ledger entry kind 'delete_everything'; known: keys.init,")


def test_mac_key_rotation_keeps_old_entries_verifiable(tmp_path: Path, ring: Keyring) -> None:
    ledger = open_ledger(str(tmp_path / "s.db"), ring)
    _fill(ledger, 2)
    ring.rotate("ledger", now=T0 + 10)
    e = ledger.append("hold.add", at_ms=T0 + 11, actor="legal", reason="case", details={"hold": "H-0001"})
    assert e.mac_key_id == "ledger-v2"
    assert ledger.verify().ok
    assert [x.mac_key_id for x in ledger.entries()] == ["ledger-v1", "ledger-v1", "ledger-v2"]
