"""PostgreSQL sink against a real server (PG_DSN): idempotent upsert, quarantine, schema, reconnect."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import psycopg
import pytest

from redactor.io.base import Quarantined, Redacted
from redactor.io.postgres import PostgresSink
from tests.services import pg_dsn

__all__ = ["pg_dsn"]

pytestmark = pytest.mark.services


def item(i: int, **kw: object) -> Redacted:
    base: dict[str, object] = {
        "key": f"evt-{i}",
        "kind": "usage_record",
        "record": {"event_id": f"evt-{i}", "body": "[EMAIL_1] ünïcode"},
        "source": "t",
        "line_no": i,
        "timestamp_ms": 1_783_494_912_345 + i,
        "subject": f"subj-{i % 2}",
        "enterprise_id": "4242",
        "entities": Counter({"EMAIL": 1}),
        "expiries": {"body": 1_800_000_000_000},
    }
    base.update(kw)
    return Redacted(**base)  # type: ignore[arg-type]


def test_write_is_idempotent_by_key(pg_dsn: str) -> None:
    sink = PostgresSink(pg_dsn, policy_version="p1", now_ms=lambda: 42)
    res = sink.write([item(1), item(2), item(3)])
    assert (res.written, res.duplicates) == (3, 0)
    # redelivery overlapping the first batch, plus a repeat inside the same batch
    res = sink.write([item(2), item(3), item(4), item(4)])
    assert (res.written, res.duplicates) == (1, 3)
    with psycopg.connect(pg_dsn) as conn:
        rows = conn.execute(
            "SELECT key, kind, subject, enterprise_id, timestamp_ms, record, expiries, policy_version,"
            " ingested_at_ms FROM records ORDER BY key"
        ).fetchall()
    assert [r[0] for r in rows] == ["evt-1", "evt-2", "evt-3", "evt-4"]
    _key, kind, subject, ent, ts, record, expiries, version, ingested = rows[0]
    assert (kind, subject, ent, ts, version, ingested) == (
        "usage_record",
        "subj-1",
        "4242",
        1_783_494_912_346,
        "p1",
        42,
    )
    assert json.loads(record) == {"event_id": "evt-1", "body": "[EMAIL_1] ünïcode"}
    assert json.loads(expiries) == {"body": 1_800_000_000_000}
    sink.close()


def test_quarantine_rows(pg_dsn: str) -> None:
    sink = PostgresSink(pg_dsn, now_ms=lambda: 7)
    sink.quarantine([Quarantined("s3://b/k", 3, "invalid_json", "s3://b/k:3: malformed JSON", None)])
    sink.close()
    with psycopg.connect(pg_dsn) as conn:
        rows = conn.execute("SELECT source, line_no, reason, detail, key, at_ms FROM quarantine").fetchall()
    assert rows == [("s3://b/k", 3, "invalid_json", "s3://b/k:3: malformed JSON", None, 7)]


def test_schema_matches_the_sqlite_store(pg_dsn: str) -> None:
    from redactor.io.sqlite_store import SCHEMA as SQLITE_SCHEMA

    PostgresSink(pg_dsn).close()
    lite = sqlite3.connect(":memory:")
    lite.executescript(SQLITE_SCHEMA)
    with psycopg.connect(pg_dsn) as conn:
        for table in ("records", "quarantine"):
            pg_cols = [
                r[0]
                for r in conn.execute(
                    "SELECT column_name FROM information_schema.columns"
                    " WHERE table_name = %s AND table_schema = current_schema() ORDER BY ordinal_position",
                    (table,),
                )
            ]
            lite_cols = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
            assert pg_cols == lite_cols, table


def test_reconnects_after_the_server_drops_the_connection(pg_dsn: str) -> None:
    sink = PostgresSink(pg_dsn)
    sink.write([item(1)])
    pid = sink._conn.info.backend_pid
    with psycopg.connect(pg_dsn, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    res = sink.write([item(2)])
    assert res.written == 1
    assert sink._conn.info.backend_pid != pid
    sink.close()


def test_repr_hides_the_dsn(pg_dsn: str) -> None:
    sink = PostgresSink(pg_dsn + " password=hunter2")
    assert "hunter2" not in repr(sink)
    sink.close()


def test_open_sink_with_a_postgresql_uri(pg_dsn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.io.sinks import open_sink

    kv = dict(part.split("=", 1) for part in pg_dsn.split(" options=")[0].split())
    monkeypatch.setenv("PGOPTIONS", "-c" + pg_dsn.split(" options=-c")[1])
    sink = open_sink(f"postgresql://{kv['user']}@{kv['host']}:{kv['port']}/{kv['dbname']}", policy_version="v9")
    assert isinstance(sink, PostgresSink)
    assert sink.write([item(1)]).written == 1
    sink.close()
    with psycopg.connect(pg_dsn) as conn:
        assert conn.execute("SELECT policy_version FROM records").fetchall() == [("v9",)]
