"""HTTP forward sink: retries, disk spool through an outage, order, restart, HEC and webhook."""

from __future__ import annotations

import json
import ssl
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from redactor.errors import ConfigError
from redactor.io.base import Quarantined, Redacted
from redactor.io.hec import TokenSet
from redactor.io.hec_server import HecReceiver, running
from redactor.io.http_forward import ForwardSettings, HttpForwardSink, open_http_sink
from redactor.secret import SecretBytes
from tests.services import MemorySink, stand_in_process
from tests.tls_certs import self_signed_cert


class Downstream:
    """A loopback webhook receiver whose answer can be switched (200, 503, 400, ...)."""

    def __init__(self) -> None:
        self.status = 200
        self.bodies: list[bytes] = []
        self.headers: list[dict[str, str]] = []
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if outer.status == 200:
                    outer.bodies.append(body)
                    outer.headers.append(dict(self.headers))
                self.send_response(outer.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/ingest"

    def keys(self) -> list[str]:
        return [json.loads(line)["key"] for b in self.bodies for line in b.splitlines() if line]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def downstream() -> Iterator[Downstream]:
    d = Downstream()
    yield d
    d.close()


def item(i: int) -> Redacted:
    return Redacted(
        f"k{i}",
        "usage_record",
        {"event_id": f"k{i}", "body": "[EMAIL_1]"},
        "t",
        i,
        timestamp_ms=1_783_494_912_000 + i,
        entities=Counter(),
    )


def sink_for(url: str, spool: Path, sleeps: list[float], **kw: Any) -> HttpForwardSink:
    return HttpForwardSink(url, spool, sleep=sleeps.append, settings=ForwardSettings(attempts=3, backoff_s=0.5), **kw)


def test_webhook_delivery_with_token_and_idempotency_key(downstream: Downstream, tmp_path: Path) -> None:
    sink = sink_for(downstream.url, tmp_path, [], token=SecretBytes(b"tok-123"))
    sink.write([item(1), item(2)])
    assert downstream.keys() == ["k1", "k2"]
    h = downstream.headers[0]
    assert h["Authorization"] == "Bearer tok-123"
    assert h["Content-Type"] == "application/x-ndjson"
    assert len(h["Idempotency-Key"]) == 32
    row = json.loads(downstream.bodies[0].splitlines()[0])
    assert set(row) == {
        "key",
        "kind",
        "subject",
        "enterprise_id",
        "timestamp_ms",
        "expiries",
        "record",
    }
    assert "tok-123" not in repr(sink)


def test_outage_is_spooled_and_delivered_in_order_later(downstream: Downstream, tmp_path: Path) -> None:
    sleeps: list[float] = []
    sink = sink_for(downstream.url, tmp_path / "spool", sleeps)
    downstream.status = 503
    sink.write([item(1)])  # retried 3 times (2 backoffs), then spooled: write still succeeds
    assert sleeps == [0.5, 1.0]
    sink.write([item(2)])
    assert len(sink.spooled()) == 2 and downstream.bodies == []
    downstream.status = 200
    sink.write([item(3)])  # queues behind the spool, then everything drains oldest first
    assert downstream.keys() == ["k1", "k2", "k3"]
    assert sink.spooled() == []


def test_spool_survives_a_restart(downstream: Downstream, tmp_path: Path) -> None:
    downstream.status = 502
    first = sink_for(downstream.url, tmp_path / "spool", [])
    first.write([item(1), item(2)])
    first.quarantine([Quarantined("s", 3, "invalid_json", "s:3: malformed JSON")])
    del first  # the process dies; only the spool folder remains
    downstream.status = 200
    second = sink_for(downstream.url, tmp_path / "spool", [])
    second.close()  # close drains
    lines = [json.loads(x) for b in downstream.bodies for x in b.splitlines()]
    assert [x.get("key") for x in lines] == ["k1", "k2", None]
    assert lines[2] == {
        "type": "quarantine",
        "source": "s",
        "line": 3,
        "reason": "invalid_json",
        "detail": "s:3: malformed JSON",
        "key": None,
    }


def test_connection_refused_is_spooled(tmp_path: Path) -> None:
    d = Downstream()
    url = d.url
    d.close()  # nothing listens any more
    sink = sink_for(url, tmp_path / "spool", [])
    assert sink.write([item(1)]).written == 1
    assert len(sink.spooled()) == 1


def test_refused_batch_is_set_aside_not_blocking(downstream: Downstream, tmp_path: Path) -> None:
    sleeps: list[float] = []
    sink = sink_for(downstream.url, tmp_path / "spool", sleeps)
    downstream.status = 400
    sink.write([item(1)])
    assert sleeps == []  # 400 is not retried
    assert sink.spooled() == [] and len(list((tmp_path / "spool" / "rejected").iterdir())) == 1
    downstream.status = 200
    sink.write([item(2)])
    assert downstream.keys() == ["k2"]


def test_hec_format_into_our_own_receiver(tmp_path: Path) -> None:
    store = MemorySink()
    receiver = HecReceiver(TokenSet.from_text("fwd-token"), stand_in_process, store)
    with running(receiver) as srv:
        sink = sink_for(
            f"http://127.0.0.1:{srv.port}/services/collector",
            tmp_path,
            [],
            token=SecretBytes(b"fwd-token"),
        )
        assert sink.fmt == "hec"
        sink.write([item(1), item(2)])
        assert sink.spooled() == []
        # wrong token: HEC 403 code 4 is not retryable-as-success; the batch stays spooled
        bad = sink_for(
            f"http://127.0.0.1:{srv.port}/services/collector",
            tmp_path / "b",
            [],
            token=SecretBytes(b"nope"),
        )
        bad.write([item(3)])
        assert len(bad.spooled()) == 1
    assert sorted(store.records) == ["k1", "k2"]


def test_bad_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="must not carry credentials"):
        HttpForwardSink("http://user:pw@127.0.0.1/x", tmp_path)
    with pytest.raises(ConfigError, match="expected an http"):
        HttpForwardSink("ftp://127.0.0.1/x", tmp_path)
    monkeypatch.setenv("REDACTOR_SPOOL_DIR", str(tmp_path / "sp"))
    monkeypatch.setenv("REDACTOR_FORWARD_TOKEN", "t0k")
    sink = open_http_sink("https://hec.example.test:8088/services/collector", None)  # type: ignore[arg-type]
    assert sink.fmt == "hec" and sink.spool.parent == tmp_path / "sp"
    assert "t0k" not in repr(sink)


def test_sink_registry_knows_the_transport_schemes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.io.s3_sink import S3Sink
    from redactor.io.sinks import open_sink

    monkeypatch.setenv("REDACTOR_SPOOL_DIR", str(tmp_path))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    assert isinstance(open_sink("s3://bucket/prefix"), S3Sink)
    web = open_sink("http://127.0.0.1:9/hook")
    hecs = open_sink("https://127.0.0.1:9/services/collector/event")
    assert isinstance(web, HttpForwardSink) and web.fmt == "webhook"
    assert isinstance(hecs, HttpForwardSink) and hecs.fmt == "hec"
    with pytest.raises(ConfigError, match="postgresql://"):
        open_sink("mysql://x")  # the error lists the known schemes, ours included


def test_https_delivery_needs_a_trusted_certificate(tmp_path: Path) -> None:
    """The forward sink speaks real TLS: with the server's CA it delivers; without it, it spools."""
    cert, key = self_signed_cert(tmp_path)
    store = MemorySink()
    receiver = HecReceiver(TokenSet.from_text("fwd-token"), stand_in_process, store)
    with running(receiver, tls_cert=cert, tls_key=key) as srv:
        url = f"https://127.0.0.1:{srv.port}/services/collector"
        untrusted = sink_for(url, tmp_path / "untrusted", [], token=SecretBytes(b"fwd-token"))
        untrusted.write([item(1)])
        assert len(untrusted.spooled()) == 1  # certificate not trusted: nothing sent, nothing lost
        trusted = sink_for(
            url,
            tmp_path / "trusted",
            [],
            token=SecretBytes(b"fwd-token"),
            ssl_context=ssl.create_default_context(cafile=str(cert)),
        )
        trusted.write([item(2)])
        assert trusted.spooled() == []
    assert sorted(store.records) == ["k2"]
