"""The HEC receiver: framing, tokens, replies and codes, limits, backpressure, TLS, metrics."""

from __future__ import annotations

import gzip
import http.client
import json
import ssl
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from redactor.io import hec
from redactor.io.base import InputLine, Quarantined, Redacted
from redactor.io.hec_server import HecReceiver, HecSettings, running
from redactor.secret import SecretBytes
from tests.services import MemorySink, stand_in_process, usage_record
from tests.tls_certs import self_signed_cert

TOKEN = "11111111-2222-3333-4444-555555555555"
AUTH = {"Authorization": f"Splunk {TOKEN}"}


def tokens() -> hec.TokenSet:
    return hec.TokenSet.from_text(TOKEN)


def post(
    port: int,
    body: bytes,
    headers: dict[str, str] | None = None,
    path: str = "/services/collector",
    *,
    context: ssl.SSLContext | None = None,
) -> tuple[int, dict[str, Any]]:
    conn: http.client.HTTPConnection
    if context is not None:
        conn = http.client.HTTPSConnection("127.0.0.1", port, timeout=10, context=context)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("POST", path, body=body, headers={**AUTH, **(headers or {})})
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


# --- framing ---------------------------------------------------------------------------------
R1 = {"event_id": "e1", "type": "request"}
R2 = {"event_id": "e2", "type": "response"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one envelope
        (json.dumps({"event": R1, "time": 1, "sourcetype": "github"}), [R1]),
        # a bare object is the record itself
        (json.dumps(R1), [R1]),
        # concatenated envelopes with no separator at all (Splunk batch framing)
        (json.dumps({"event": R1}) + json.dumps({"event": R2}), [R1, R2]),
        # newline-separated, mixed envelope and bare, trailing whitespace
        (json.dumps({"event": R1}) + "\n" + json.dumps(R2) + "\n  ", [R1, R2]),
        # a JSON array of envelopes
        (json.dumps([{"event": R1}, {"event": R2}]), [R1, R2]),
        # event given as a JSON string: passed on as raw text
        (json.dumps({"event": json.dumps(R1)}), [json.dumps(R1)]),
        # near miss: an object with "event" AND non-HEC keys is a bare record, not an envelope
        (
            json.dumps({"event": "x", "action": "repo.create"}),
            [{"event": "x", "action": "repo.create"}],
        ),
    ],
)
def test_parse_events_accepts_hec_framings(body: str, expected: list[Any]) -> None:
    assert hec.parse_events(body.encode()) == expected


@pytest.mark.parametrize(
    ("body", "status", "code", "number"),
    [
        (b"", 400, 5, None),  # no data
        (b"  \n ", 400, 5, None),  # whitespace only is no data
        (b'{"event": {"a": 1}}{"event": ', 400, 6, 1),  # second event cut off
        (b'{"event": {"a": 1}} 42', 400, 6, 1),  # a number is not an event
        (b'{"event": [1, 2]}', 400, 6, 0),  # event must be an object or a string
        (b'{"event": ""}', 400, 13, None),  # blank event
        (b'{"event": null}', 400, 13, None),  # null event
        (b'{"time": 12, "host": "h"}', 400, 12, None),  # envelope keys but no event
        (b"\xff\xfe", 400, 6, 0),  # not UTF-8
    ],
)
def test_parse_events_rejects_bad_bodies_with_hec_codes(
    body: bytes, status: int, code: int, number: int | None
) -> None:
    with pytest.raises(hec.HecRequestError) as info:
        hec.parse_events(body)
    reply = info.value.reply
    assert (reply.status, reply.code) == (status, code)
    if number is not None:
        assert json.loads(reply.body())["invalid-event-number"] == number


# --- tokens ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, hec.TOKEN_REQUIRED),
        ("", hec.TOKEN_REQUIRED),
        (f"Bearer {TOKEN}", hec.INVALID_AUTHORIZATION),  # wrong scheme
        ("Splunk", hec.INVALID_AUTHORIZATION),  # scheme without token
        (f"Splunk {TOKEN}x", hec.INVALID_TOKEN),  # near miss: one extra character
        (f"Splunk {TOKEN[:-1]}", hec.INVALID_TOKEN),  # near miss: one character short
        (f"Splunk {TOKEN}", None),
        (f"splunk   {TOKEN} ", None),  # scheme is case-insensitive, spaces trimmed
    ],
)
def test_token_check(header: str | None, expected: hec.HecReply | None) -> None:
    assert tokens().check(header) == expected


def test_token_set_never_shows_tokens() -> None:
    ts = hec.TokenSet([SecretBytes(TOKEN.encode())])
    assert TOKEN not in repr(ts)
    assert TOKEN not in str(ts)


# --- body decoding ---------------------------------------------------------------------------
def test_decode_gzip_and_caps() -> None:
    raw = json.dumps({"event": R1}).encode()
    assert hec.decode_body(gzip.compress(raw), "gzip", max_bytes=1000) == raw
    bomb = gzip.compress(b" " * 100_000)  # ~100 bytes that inflate to 100 kB
    with pytest.raises(hec.HecRequestError) as info:
        hec.decode_body(bomb, "gzip", max_bytes=10_000)
    assert info.value.reply.status == 413
    with pytest.raises(hec.HecRequestError) as info:
        hec.decode_body(b"not gzip", "gzip", max_bytes=1000)
    assert (info.value.reply.status, info.value.reply.code) == (400, 6)
    with pytest.raises(hec.HecRequestError) as info:
        hec.decode_body(raw, "br", max_bytes=1000)
    assert info.value.reply.status == 415
    with pytest.raises(hec.HecRequestError) as info:
        hec.decode_body(gzip.compress(raw)[:-6], "gzip", max_bytes=1000)  # truncated stream
    assert info.value.reply.status == 400


# --- the server over HTTP --------------------------------------------------------------------
@pytest.fixture
def server() -> Iterator[tuple[int, MemorySink, HecReceiver]]:
    sink = MemorySink()
    receiver = HecReceiver(tokens(), stand_in_process, sink, HecSettings(max_body_bytes=64_000))
    with running(receiver) as srv:
        yield srv.port, sink, receiver


def test_post_stores_before_replying_success(server: tuple[int, MemorySink, HecReceiver]) -> None:
    port, sink, _ = server
    body = "".join(json.dumps({"event": usage_record(i)}) for i in range(5)).encode()
    assert post(port, body) == (200, {"text": "Success", "code": 0})
    assert sorted(sink.records) == [f"evt-{i:06d}" for i in range(5)]
    # the /event path and gzip bodies work the same way
    gz = gzip.compress(json.dumps(usage_record(7)).encode())
    status, reply = post(port, gz, {"Content-Encoding": "gzip"}, "/services/collector/event")
    assert (status, reply["code"]) == (200, 0)
    assert "evt-000007" in sink.records
    assert sink.records["evt-000007"].source.startswith("hec:")


def test_replay_is_absorbed_by_the_idempotent_sink(
    server: tuple[int, MemorySink, HecReceiver],
) -> None:
    port, sink, _ = server
    body = json.dumps({"event": usage_record(1)}).encode()
    assert post(port, body)[0] == 200
    assert post(port, body)[0] == 200  # at-least-once sender repeats the request
    assert len(sink.records) == 1


@pytest.mark.parametrize(
    ("headers", "body", "status", "code"),
    [
        ({"Authorization": "Splunk wrong-token"}, b'{"event":{"a":1}}', 403, 4),
        ({"Authorization": ""}, b'{"event":{"a":1}}', 401, 2),
        ({}, b"", 400, 5),
        ({}, b'{"event":{"a":1}}{oops', 400, 6),
        ({}, b"x" * 70_000, 413, 413),  # over max_body_bytes
    ],
)
def test_error_replies(
    server: tuple[int, MemorySink, HecReceiver],
    headers: dict[str, str],
    body: bytes,
    status: int,
    code: int,
) -> None:
    port, sink, _ = server
    got_status, reply = post(port, body, headers)
    assert (got_status, reply["code"]) == (status, code)
    assert sink.records == {}  # a refused request stores nothing


def test_invalid_event_in_batch_refuses_the_whole_request(
    server: tuple[int, MemorySink, HecReceiver],
) -> None:
    port, sink, _ = server
    body = (json.dumps({"event": usage_record(1)}) + '{"event": [1]}').encode()
    status, reply = post(port, body)
    assert (status, reply) == (
        400,
        {"text": "Invalid data format", "code": 6, "invalid-event-number": 1},
    )
    assert sink.records == {}


def test_unknown_shape_is_quarantined_not_lost(server: tuple[int, MemorySink, HecReceiver]) -> None:
    port, sink, _ = server
    assert post(port, json.dumps({"event": {"action": "repo.create"}}).encode())[0] == 200
    assert [q.reason for q in sink.quarantined] == ["unknown_shape"]


def test_health_metrics_and_unknown_paths(server: tuple[int, MemorySink, HecReceiver]) -> None:
    port, _, _ = server
    status, body = get(port, "/services/collector/health")
    assert (status, json.loads(body)) == (200, {"text": "HEC is healthy", "code": 17})
    secret_text = "mail a@example.com"
    assert post(port, json.dumps(usage_record(3)).encode())[0] == 200
    assert post(port, b"{}", {"Authorization": "Splunk nope"})[0] == 403
    status, body = get(port, "/metrics")
    text = body.decode()
    assert status == 200
    assert 'redactor_hec_requests_total{endpoint="event",status="200"} 1' in text
    assert 'redactor_hec_requests_total{endpoint="event",status="403"} 1' in text
    assert "redactor_hec_events_stored_total 1" in text
    assert secret_text not in text and TOKEN not in text and "evt-" not in text
    assert get(port, "/nope")[0] == 404


class _Gate:
    """A processing step that blocks until released (to fill the queue)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()

    def __call__(self, lines: Sequence[InputLine]) -> Iterable[Redacted | Quarantined]:
        self.entered.set()
        self.release.wait(10)
        return list(stand_in_process(lines))


def test_full_queue_answers_503_then_recovers() -> None:
    gate = _Gate()
    sink = MemorySink()
    receiver = HecReceiver(tokens(), gate, sink, HecSettings(queue_events=3, batch_events=1))
    with running(receiver) as srv:
        port = srv.port
        results: dict[int, int] = {}

        def send(i: int) -> None:
            results[i] = post(port, json.dumps(usage_record(i)).encode())[0]

        first = threading.Thread(target=send, args=(0,))
        first.start()
        assert gate.entered.wait(5)  # the worker holds event 0
        waiting = [threading.Thread(target=send, args=(i,)) for i in (1, 2)]
        for t in waiting:
            t.start()
        deadline = threading.Event()
        while receiver.pending < 3 and not deadline.wait(0.01):
            pass
        # queue holds 3 of 3: the next request is refused with backpressure, not dropped
        status, reply = post(port, json.dumps(usage_record(9)).encode())
        assert (status, reply) == (503, {"text": "Server is busy", "code": 9})
        h_status, h_body = get(port, "/services/collector/health")
        assert (h_status, json.loads(h_body)["code"]) == (503, 18)
        gate.release.set()
        for t in [first, *waiting]:
            t.join(10)
        assert results == {0: 200, 1: 200, 2: 200}
        # recovered: the refused event is accepted on retry
        assert post(port, json.dumps(usage_record(9)).encode())[0] == 200
        assert get(port, "/services/collector/health")[0] == 200
    assert sorted(sink.records) == [f"evt-{i:06d}" for i in (0, 1, 2, 9)]


def test_sink_failure_answers_500_and_retry_succeeds() -> None:
    sink = MemorySink()
    sink.fail_next = 1
    receiver = HecReceiver(tokens(), stand_in_process, sink)
    with running(receiver) as srv:
        body = json.dumps({"event": usage_record(4)}).encode()
        assert post(srv.port, body) == (500, {"text": "Internal server error", "code": 8})
        assert sink.records == {}
        assert post(srv.port, body)[0] == 200
    assert list(sink.records) == ["evt-000004"]


def test_tls(tmp_path: Path) -> None:
    cert, key = self_signed_cert(tmp_path)
    sink = MemorySink()
    receiver = HecReceiver(tokens(), stand_in_process, sink)
    with running(receiver, tls_cert=cert, tls_key=key) as srv:
        ctx = ssl.create_default_context(cafile=str(cert))
        status, reply = post(srv.port, json.dumps(usage_record(5)).encode(), context=ctx)
        assert (status, reply["code"]) == (200, 0)
        # a plain-HTTP client cannot talk to the TLS port
        with pytest.raises((http.client.HTTPException, ConnectionError, OSError)):
            post(srv.port, b"{}")
    assert list(sink.records) == ["evt-000005"]


# --- property: any batch of records survives HEC framing ------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
_record = st.dictionaries(
    st.text(min_size=1, max_size=8).filter(lambda k: k not in hec.HEC_METADATA_KEYS | {"event"}),
    _json_value,
    min_size=1,
    max_size=5,
)


@settings(max_examples=150, deadline=None)
@given(
    records=st.lists(_record, min_size=1, max_size=8),
    separators=st.lists(st.sampled_from(["", "\n", " ", "\r\n", "\t\n "]), min_size=8, max_size=8),
    enveloped=st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_framing_round_trips(records: list[dict[str, Any]], separators: list[str], enveloped: list[bool]) -> None:
    parts = []
    for rec, sep, env in zip(records, separators, enveloped, strict=False):
        parts.append(json.dumps({"event": rec, "time": 1} if env else rec, ensure_ascii=False) + sep)
    body = "".join(parts).encode()
    assert hec.parse_events(body) == records
    assert hec.parse_events(gzip.decompress(gzip.compress(body))) == records


def test_stop_drains_in_flight_requests_and_refuses_new_ones() -> None:
    gate = _Gate()
    sink = MemorySink()
    receiver = HecReceiver(tokens(), gate, sink)
    result: dict[str, int] = {}
    with running(receiver) as srv:
        t = threading.Thread(target=lambda: result.update(s=post(srv.port, json.dumps(usage_record(1)).encode())[0]))
        t.start()
        assert gate.entered.wait(5)
        srv.shutdown()
        stopper = threading.Thread(target=receiver.stop)
        stopper.start()
        deadline = threading.Event()
        while not receiver.closing and not deadline.wait(0.01):
            pass
        assert receiver.admit([usage_record(3)]) is None  # closing: refused (HTTP answers 503)
        gate.release.set()
        stopper.join(10)
        t.join(10)
    assert result == {"s": 200}  # the request in hand was stored and answered
    assert list(sink.records) == ["evt-000001"]
