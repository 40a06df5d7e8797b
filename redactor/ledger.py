"""The evidence ledger: an append-only, hash-chained, keyed log of what was done.

Each entry records an action (enforcement run, key destruction, erasure, hold, decryption, key
rotation), when, who, why, under which policy version, and details that are counts, key ids,
hold ids and subject ids (keyed pseudonyms), never values. Entries live in a ``ledger`` table in
the store's database (SQLite or PostgreSQL).

Integrity: ``hash = SHA-256(canonical entry including prev_hash)`` chains the entries; ``mac =
HMAC-SHA256(ledger key, hash)`` with a keyring key means nobody without the keyring can rewrite
the chain. `Ledger.verify` detects altered, removed (gaps, broken links) and reordered entries;
truncation of the newest entries is caught by comparing with a head recorded earlier (erasure
certificates and ``ledger verify`` print one).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from redactor.crypto.keyring import Keyring
from redactor.errors import KeyError_, RedactorError
from redactor.retention.db import Db, open_db

GENESIS = "0" * 64

KINDS: tuple[str, ...] = (
    "keys.init",
    "keys.rotate",
    "keys.rewrap",
    "ingest",
    "retention.enforce",
    "keys.destroy",
    "erase",
    "erase.refused",
    "hold.add",
    "hold.release",
    "decrypt",
)
"""Every entry kind (explicit; unknown kinds are refused)."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger (
    seq BIGINT PRIMARY KEY,
    at_ms BIGINT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    policy_version TEXT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    mac_key_id TEXT,
    mac TEXT
)
"""

_COLS = "seq, at_ms, kind, actor, reason, policy_version, details, prev_hash, hash, mac_key_id, mac"

Details = Mapping[str, Any]
"""Counts, ids and flags only. Values must be JSON scalars, lists or objects of them."""


def _canonical(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Entry:
    """One ledger entry."""

    seq: int
    at_ms: int
    kind: str
    actor: str
    reason: str
    policy_version: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str
    mac_key_id: str | None = None
    mac: str | None = None

    def body(self) -> dict[str, Any]:
        """What the hash covers."""
        return {
            "seq": self.seq,
            "at_ms": self.at_ms,
            "kind": self.kind,
            "actor": self.actor,
            "reason": self.reason,
            "policy_version": self.policy_version,
            "details": self.details,
            "prev_hash": self.prev_hash,
        }

    def computed_hash(self) -> str:
        return hashlib.sha256(_canonical(self.body()).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Verification:
    """The result of `Ledger.verify`. `problems` name entries by sequence number."""

    count: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    macs_checked: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Ledger:
    """Append and verify. Build with `open_ledger`.

    Args:
        db: the database holding the ``ledger`` table.
        keyring: supplies the ``ledger`` MAC key; None verifies the chain only (and refuses
            to append, since unkeyed entries could be forged).
    """

    def __init__(self, db: Db, keyring: Keyring | None) -> None:
        self.db = db
        self.keyring = keyring
        db.script(SCHEMA)

    def append(
        self,
        kind: str,
        *,
        at_ms: int,
        actor: str,
        reason: str,
        details: Details,
        policy_version: str | None = None,
    ) -> Entry:
        """Append one entry (serialised against concurrent writers); return it."""
        if kind not in KINDS:
            raise RedactorError(f"unknown ledger entry kind {kind!r}; known: {', '.join(KINDS)}")
        if self.keyring is None:
            raise KeyError_("appending to the ledger needs the keyring (its ledger MAC key)")
        mac_id, mac_key = self.keyring.hmac_key("ledger")
        det = json.loads(_canonical(dict(details)))  # plain JSON, keys sorted
        with self.db.transaction(lock_table="ledger"):
            last = self.db.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")
            seq, prev = (int(last[0][0]) + 1, str(last[0][1])) if last else (1, GENESIS)
            e = Entry(seq, at_ms, kind, actor, reason, policy_version, det, prev, "")
            h = e.computed_hash()
            mac = hmac.new(mac_key.reveal(), h.encode("ascii"), hashlib.sha256).hexdigest()
            e = Entry(seq, at_ms, kind, actor, reason, policy_version, det, prev, h, mac_id, mac)
            self.db.execute(
                f"INSERT INTO ledger ({_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    e.seq,
                    e.at_ms,
                    e.kind,
                    e.actor,
                    e.reason,
                    e.policy_version,
                    _canonical(det),
                    e.prev_hash,
                    e.hash,
                    e.mac_key_id,
                    e.mac,
                ),
            )
        return e

    def entries(self, *, kind: str | None = None) -> Iterator[Entry]:
        """Entries in storage order (by seq). Details that are not JSON come back as {}."""
        rows = self.db.execute(f"SELECT {_COLS} FROM ledger ORDER BY seq")
        for r in rows:
            try:
                det = json.loads(r[6])
            except (TypeError, ValueError):
                det = {"_unreadable": True}
            e = Entry(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], det, r[7], r[8], r[9], r[10])
            if kind is None or e.kind == kind:
                yield e

    def head(self) -> tuple[int, str]:
        last = self.db.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")
        return (int(last[0][0]), str(last[0][1])) if last else (0, GENESIS)

    def verify(self, *, expect_head: tuple[int, str] | None = None, check_macs: bool = True) -> Verification:
        """Check every entry: contiguous sequence numbers, hashes, links, MACs, and optionally
        that a head recorded earlier (seq, hash) is still in the chain."""
        v = Verification()
        macs = check_macs and self.keyring is not None
        v.macs_checked = macs
        prev_hash, expected_seq = GENESIS, 1
        seen_head = expect_head is None
        raw_rows = self.db.execute(f"SELECT {_COLS} FROM ledger ORDER BY seq")
        for r in raw_rows:
            v.count += 1
            seq = int(r[0])
            if seq != expected_seq:
                v.problems.append(
                    f"entry {seq}: expected sequence number {expected_seq} (an entry was removed or reordered)"
                )
            try:
                det = json.loads(r[6])
            except (TypeError, ValueError):
                det = None
            e = Entry(seq, int(r[1]), r[2], r[3], r[4], r[5], det or {}, r[7], r[8], r[9], r[10])
            if det is None or _canonical(det) != r[6] or e.computed_hash() != e.hash:
                v.problems.append(f"entry {seq}: content does not match its hash (altered)")
            if e.prev_hash != prev_hash:
                v.problems.append(f"entry {seq}: does not link to the entry before it (removed, inserted or reordered)")
            if macs:
                v.problems.extend(self._check_mac(e))
            if expect_head is not None and (seq, e.hash) == expect_head:
                seen_head = True
            prev_hash, expected_seq = e.hash, seq + 1
            v.head_seq, v.head_hash = seq, e.hash
        if not seen_head and expect_head is not None:
            v.problems.append(
                f"the recorded head {expect_head[0]}:{expect_head[1][:16]}... is not in the ledger "
                "(entries were removed or rewritten)"
            )
        return v

    def _check_mac(self, e: Entry) -> list[str]:
        assert self.keyring is not None
        if not e.mac_key_id or not e.mac:
            return [f"entry {e.seq}: missing MAC"]
        try:
            key = self.keyring.get(e.mac_key_id)
        except KeyError_:
            return [f"entry {e.seq}: MAC key {e.mac_key_id} is not in this keyring"]
        want = hmac.new(key.reveal(), e.hash.encode("ascii"), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(want, e.mac):
            return [f"entry {e.seq}: MAC does not match (rewritten without the key)"]
        return []

    def close(self) -> None:
        self.db.close()

    def __repr__(self) -> str:
        return f"Ledger({self.db!r})"


def open_ledger(uri: str, keyring: Keyring | None) -> Ledger:
    """The ledger in the store database at `uri` (``sqlite:///path``, a path, or PostgreSQL)."""
    return Ledger(open_db(uri), keyring)
