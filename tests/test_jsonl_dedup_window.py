"""The JSON-lines sink skips redeliveries within a fixed window of recent keys; memory is fixed."""

from __future__ import annotations

import io
import json

from redactor.io.base import Redacted
from redactor.io.jsonl import DEDUP_KEYS, JsonlSink


def rec(key: str) -> Redacted:
    return Redacted(key=key, kind="usage", record={"event_id": key}, source="s", line_no=1)


def written(out: io.StringIO) -> list[str]:
    return [json.loads(line)["event_id"] for line in out.getvalue().splitlines()]


def test_redeliveries_within_the_window_are_skipped() -> None:
    out = io.StringIO()
    sink = JsonlSink(out, dedup_keys=3)
    res = sink.write([rec("a"), rec("b"), rec("a"), rec("c"), rec("b")])
    assert (res.written, res.duplicates) == (3, 2)
    assert written(out) == ["a", "b", "c"]


def test_a_redelivery_older_than_the_window_is_written_again() -> None:
    out = io.StringIO()
    sink = JsonlSink(out, dedup_keys=2)
    sink.write([rec("a"), rec("b"), rec("c")])  # "a" falls out of the window
    res = sink.write([rec("a"), rec("c")])
    assert (res.written, res.duplicates) == (1, 1)
    assert written(out) == ["a", "b", "c", "a"]


def test_a_duplicate_refreshes_its_key() -> None:
    out = io.StringIO()
    sink = JsonlSink(out, dedup_keys=2)
    sink.write([rec("a"), rec("b"), rec("a"), rec("c")])  # "a" was seen again: "b" is the oldest
    res = sink.write([rec("a"), rec("b")])
    assert (res.written, res.duplicates) == (1, 1)


def test_memory_is_fixed() -> None:
    sink = JsonlSink(io.StringIO(), dedup_keys=100)
    sink.write([rec(f"event-{i}") for i in range(1000)])
    assert len(sink._seen) == 100
    assert all(isinstance(k, bytes) and len(k) == 16 for k in sink._seen)  # digests, not the keys
    assert DEDUP_KEYS >= 100_000
