"""Fixtures and helpers for transport tests that need real services (scripts/services.sh).

A test that needs a service reads its environment variable (PG_DSN, S3_ENDPOINT,
KAFKA_BOOTSTRAP). When the variable is missing it is skipped with the reason, unless
REDACTOR_REQUIRE_SERVICES=1 (CI), where it fails instead. Import the fixtures you use into the
test module: ``from tests.services import pg_dsn``.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pytest

from redactor.io.base import InputLine, Quarantined, Redacted


def require_env(name: str) -> str:
    """The variable's value; skip (or fail under REDACTOR_REQUIRE_SERVICES=1) when unset."""
    value = os.environ.get(name)
    if value:
        return value
    msg = f"{name} is not set: run `scripts/services.sh start` and source .services/env"
    if os.environ.get("REDACTOR_REQUIRE_SERVICES") == "1":
        pytest.fail(msg + " (REDACTOR_REQUIRE_SERVICES=1)")
    pytest.skip(msg)


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unique(prefix: str) -> str:
    """A short unique lowercase name (bucket, topic, schema)."""
    return f"{prefix}{uuid.uuid4().hex[:12]}"


@pytest.fixture
def pg_dsn() -> Iterator[str]:
    """A DSN whose search_path is a fresh schema, dropped afterwards."""
    import psycopg

    base = require_env("PG_DSN")
    schema = unique("t_")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base} options=-csearch_path={schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def s3_bucket() -> Iterator[str]:
    """A fresh bucket on the moto server (name only); S3_ENDPOINT must be set."""
    import boto3

    endpoint = require_env("S3_ENDPOINT")
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    name = unique("b-")
    client.create_bucket(Bucket=name)
    yield name


@pytest.fixture
def s3_client() -> Any:
    """A boto3 S3 client for the moto server."""
    import boto3

    return boto3.client("s3", endpoint_url=require_env("S3_ENDPOINT"), region_name="us-east-1")


@pytest.fixture
def kafka_bootstrap() -> str:
    """The broker address (KAFKA_BOOTSTRAP)."""
    return require_env("KAFKA_BOOTSTRAP")


def usage_record(
    i: int, *, ts: int = 1_783_494_912_345, event_id: str | None = None
) -> dict[str, Any]:
    """A synthetic Copilot usage record (invented values) numbered `i`."""
    return {
        "type": "request" if i % 2 == 0 else "response",
        "user_id": 48151623,
        "enterprise_id": 4242,
        "github_request_id": f"8C1E:2F7A3:9B04D1E:A1C3F52:{i:08X}",
        "endpoint": "/chat/completions",
        "body": json.dumps(
            {"messages": [{"role": "user", "content": f"turn {i}: mail a@example.com"}]}
        ),
        "@timestamp": ts + i,
        "event_id": event_id or f"evt-{i:06d}",
    }


def stand_in_process(lines: Sequence[InputLine]) -> Iterable[Redacted | Quarantined]:
    """A processing step with the Pipeline contract, for transport-only tests.

    Parses each line; a JSON object with ``event_id`` becomes a `Redacted` whose body is replaced
    by a marker; anything else is quarantined. Transport tests check framing, ordering and
    delivery with it; end-to-end tests use the real Pipeline.
    """
    for ln in lines:
        raw = ln.raw
        try:
            obj = raw if isinstance(raw, dict) else json.loads(raw)
        except ValueError:
            yield Quarantined(
                ln.source, ln.line_no, "invalid_json", f"{ln.source}:{ln.line_no}: not JSON"
            )
            continue
        if not isinstance(obj, dict) or "event_id" not in obj:
            yield Quarantined(
                ln.source, ln.line_no, "unknown_shape", f"{ln.source}:{ln.line_no}: no event_id"
            )
            continue
        rec = dict(obj)
        rec["body"] = "[stand-in: redacted]"
        yield Redacted(
            key=str(obj["event_id"]),
            kind="usage_record",
            record=rec,
            source=ln.source,
            line_no=ln.line_no,
            timestamp_ms=obj.get("@timestamp"),
            enterprise_id=str(obj.get("enterprise_id")),
        )


class MemorySink:
    """An idempotent in-memory sink with the Sink protocol (keyed by `Redacted.key`)."""

    def __init__(self) -> None:
        self.records: dict[str, Redacted] = {}
        self.quarantined: list[Quarantined] = []
        self.writes = 0
        self.fail_next = 0

    def write(self, items: Sequence[Redacted]) -> Any:
        from redactor.io.base import WriteResult

        if self.fail_next > 0:
            self.fail_next -= 1
            raise OSError("sink unavailable (test)")
        self.writes += 1
        res = WriteResult()
        for it in items:
            if it.key in self.records:
                res.duplicates += 1
            else:
                self.records[it.key] = it
                res.written += 1
        return res

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        self.quarantined.extend(items)

    def close(self) -> None:
        pass
