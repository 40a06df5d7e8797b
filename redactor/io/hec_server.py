"""A HEC-compatible HTTP receiver: GitHub's audit-log stream (Splunk destination) points here.

Flow of one ``POST /services/collector``: check the token, read the body within the size cap,
gunzip, split into events (`redactor.io.hec`), then *admit* the request into a bounded queue of
pending events. A full queue answers 503 code 9 at once (backpressure: the sender retries later;
nothing is dropped silently). A worker thread takes queued requests, processes them in batches
and writes the results to the sink; only then is the request answered 200 ``Success``. A failed
write answers 500 code 8, so the sender retries; the idempotent sink absorbs any repeat.

``/services/collector/health`` answers code 17 (healthy) or 503 code 18 while the queue is full.
``/metrics`` serves Prometheus text: counts and sizes only, never values.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from redactor.io import hec
from redactor.io.base import InputLine, Sink
from redactor.io.delivery import Batch, DeliveryStats, Process, deliver_batch

log = logging.getLogger("redactor.hec")


@dataclass(frozen=True, slots=True)
class HecSettings:
    """Receiver limits.

    Attributes:
        max_body_bytes: Largest accepted request body as sent (compressed), else 413.
        max_decoded_bytes: Largest body after gunzip, else 413.
        queue_events: Events that may wait for processing; beyond that requests get 503.
        batch_events: Events processed together by the worker.
        reply_timeout_s: How long a request waits for its events to be stored before 503.
        workers: Worker threads (1 unless the processing step is thread-safe).
    """

    max_body_bytes: int = 16 * 1024 * 1024
    max_decoded_bytes: int = 64 * 1024 * 1024
    queue_events: int = 10_000
    batch_events: int = 500
    reply_timeout_s: float = 60.0
    workers: int = 1


@dataclass(eq=False)
class _Job:
    lines: list[InputLine]
    done: threading.Event = field(default_factory=threading.Event)
    error: str | None = None


class Metrics:
    """Thread-safe counters rendered as Prometheus text. Labels are fixed codes, never values."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[tuple[str, int]] = Counter()  # (path kind, http status)
        self.counts: Counter[str] = Counter()
        self.quarantined: Counter[str] = Counter()  # by reason code

    def request(self, kind: str, status: int) -> None:
        with self._lock:
            self.requests[(kind, status)] += 1

    def add(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counts[name] += n

    def quarantine(self, by_reason: Counter[str]) -> None:
        """Count quarantined events by reason (fixed codes such as ``too_slow``, never values)."""
        with self._lock:
            self.quarantined.update(by_reason)

    def render(self, gauges: dict[str, int]) -> str:
        """The Prometheus text exposition."""
        out: list[str] = [
            "# HELP redactor_hec_requests_total HTTP requests by endpoint kind and status.",
            "# TYPE redactor_hec_requests_total counter",
        ]
        with self._lock:
            for (kind, status), n in sorted(self.requests.items()):
                out.append(f'redactor_hec_requests_total{{endpoint="{kind}",status="{status}"}} {n}')
            counts = dict(self.counts)
            by_reason = sorted(self.quarantined.items())
        for name in (
            "events_received",
            "events_stored",
            "events_duplicate",
            "events_quarantined",
            "events_dropped",
            "events_rejected_busy",
            "events_failed",
            "bytes_received",
        ):
            out.append(f"# TYPE redactor_hec_{name}_total counter")
            out.append(f"redactor_hec_{name}_total {counts.get(name, 0)}")
        out.append("# HELP redactor_hec_events_quarantined_by_reason_total Quarantined events by reason code.")
        out.append("# TYPE redactor_hec_events_quarantined_by_reason_total counter")
        for reason, n in by_reason:
            out.append(f'redactor_hec_events_quarantined_by_reason_total{{reason="{reason}"}} {n}')
        for name, value in sorted(gauges.items()):
            out.append(f"# TYPE redactor_hec_{name} gauge")
            out.append(f"redactor_hec_{name} {value}")
        return "\n".join(out) + "\n"


class HecReceiver:
    """The queue, the workers and the request logic, independent of the HTTP server class.

    Args:
        tokens: Accepted HEC tokens.
        process: The processing step (``Pipeline(policy).process``).
        sink: Where redacted records and quarantine entries go.
        settings: Limits.
        source: Prefix of the events' locations (``<source>:<request number>``, line = event
            number); give each server run its own (the CLI adds its start time) so quarantine
            entries from different runs stay distinct.
    """

    def __init__(
        self,
        tokens: hec.TokenSet,
        process: Process,
        sink: Sink,
        settings: HecSettings | None = None,
        *,
        source: str = "hec",
    ) -> None:
        self.source = source
        self.tokens = tokens
        self.process = process
        self.sink = sink
        self.settings = settings or HecSettings()
        self.metrics = Metrics()
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._closing = False
        self._replying = 0  # requests admitted whose reply is not sent yet
        self._lock = threading.Lock()
        self._seq = 0
        self._workers: list[threading.Thread] = []
        self._sink_lock = threading.Lock()

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker threads."""
        for i in range(self.settings.workers):
            t = threading.Thread(target=self._work, name=f"hec-worker-{i}", daemon=True)
            t.start()
            self._workers.append(t)

    def stop(self, timeout: float = 30.0) -> None:
        """Refuse new work (503), finish what is queued, stop the workers, and give waiting
        requests a moment to send their replies."""
        with self._lock:
            self._closing = True
            for _ in self._workers:
                self._queue.put(None)
        for t in self._workers:
            t.join(timeout)
        self._workers.clear()
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:
            with self._lock:
                if self._replying == 0:
                    return
            time.sleep(0.01)

    # --- state -----------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Events admitted but not yet stored."""
        with self._lock:
            return self._pending

    @property
    def closing(self) -> bool:
        """Whether `stop` was called (new requests get 503)."""
        with self._lock:
            return self._closing

    def full(self) -> bool:
        """Whether the queue is at capacity."""
        return self.pending >= self.settings.queue_events

    def gauges(self) -> dict[str, int]:
        return {"queue_events": self.pending, "queue_capacity": self.settings.queue_events}

    # --- request handling --------------------------------------------------------------------
    def admit(self, events: list[dict[str, Any] | str]) -> _Job | None:
        """Queue a request's events, or None when the queue cannot take them (503)."""
        n = len(events)
        with self._lock:
            if self._closing or (self._pending > 0 and self._pending + n > self.settings.queue_events):
                return None
            self._pending += n
            self._replying += 1
            self._seq += 1
            job = _Job([InputLine(f"{self.source}:{self._seq}", i + 1, ev) for i, ev in enumerate(events)])
            self._queue.put(job)  # under the lock: never behind a stop sentinel
        return job

    def handle_event_post(
        self, authorization: str | None, body: bytes, content_encoding: str | None
    ) -> tuple[hec.HecReply, bool]:
        """Everything after the body was read: auth, decode, parse, admit, wait for storage.

        Returns the reply and whether the request was admitted (then call `replied()` once
        the reply is sent).
        """
        denied = self.tokens.check(authorization)
        if denied is not None:
            return denied, False
        try:
            decoded = hec.decode_body(body, content_encoding, max_bytes=self.settings.max_decoded_bytes)
            events = hec.parse_events(decoded)
        except hec.HecRequestError as e:
            return e.reply, False
        self.metrics.add("events_received", len(events))
        job = self.admit(events)
        if job is None:
            self.metrics.add("events_rejected_busy", len(events))
            return hec.SERVER_BUSY, False
        if not job.done.wait(self.settings.reply_timeout_s):
            # Still queued or being written: the sender retries; the idempotent sink absorbs it.
            return hec.SERVER_BUSY, True
        if job.error is not None:
            return hec.INTERNAL_ERROR, True
        return hec.SUCCESS, True

    def replied(self) -> None:
        """An admitted request's reply was sent (shutdown waits for these)."""
        with self._lock:
            self._replying -= 1

    # --- worker ------------------------------------------------------------------------------
    def _take_batch(self, first: _Job) -> tuple[list[_Job], bool]:
        jobs = [first]
        size = len(first.lines)
        stop = False
        while size < self.settings.batch_events:
            try:
                nxt = self._queue.get_nowait()
            except queue.Empty:
                break
            if nxt is None:
                stop = True
                break
            jobs.append(nxt)
            size += len(nxt.lines)
        return jobs, stop

    def _work(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            jobs, stop = self._take_batch(first)
            lines = [ln for j in jobs for ln in j.lines]
            try:
                with self._sink_lock:
                    stats: DeliveryStats = deliver_batch(Batch(lines), self.process, self.sink)
                self.metrics.add("events_stored", stats.written)
                self.metrics.add("events_duplicate", stats.duplicates)
                self.metrics.add("events_quarantined", stats.quarantined)
                self.metrics.quarantine(stats.by_reason)
                self.metrics.add("events_dropped", stats.dropped)
                error = None
            except Exception as e:  # report to the senders (500), keep serving
                log.error("hec: storing %d event(s) failed: %s", len(lines), type(e).__name__)
                self.metrics.add("events_failed", len(lines))
                error = type(e).__name__
            with self._lock:
                self._pending -= len(lines)
            for j in jobs:
                j.error = error
                j.done.set()
            if stop:
                return


class _Handler(BaseHTTPRequestHandler):
    server: HecHTTPServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out without a delayed-ACK stall
    server_version = "redactor-hec"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("hec %s %s", self.address_string(), format % args)

    def _send(self, reply: hec.HecReply, kind: str) -> None:
        self._send_raw(reply.status, reply.body(), "application/json", kind)

    def _send_raw(self, status: int, body: bytes, ctype: str, kind: str) -> None:
        self.server.receiver.metrics.request(kind, status)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if status == 503:
            self.send_header("Retry-After", "1")
        self.end_headers()
        self.wfile.write(body)

    def _read_body(self) -> bytes:
        limit = self.server.receiver.settings.max_body_bytes
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size_line = self.rfile.readline(1024)
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                total += size
                if total > limit:
                    self.close_connection = True
                    raise hec.HecRequestError(hec.TOO_LARGE)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(8)
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise hec.HecRequestError(hec.LENGTH_REQUIRED)
        try:
            length = int(length_text)
        except ValueError as e:
            raise hec.HecRequestError(hec.LENGTH_REQUIRED) from e
        if length > limit or length < 0:
            self.close_connection = True  # do not read a huge body just to discard it
            raise hec.HecRequestError(hec.TOO_LARGE)
        return self.rfile.read(length)

    def do_POST(self) -> None:
        path = urlsplit(self.path).path.rstrip("/") or "/"
        receiver = self.server.receiver
        if path in hec.HEALTH_PATHS:
            self._health()
            return
        if path not in hec.EVENT_PATHS:
            self.close_connection = True
            self._send(hec.NOT_FOUND, "other")
            return
        try:
            body = self._read_body()
        except (hec.HecRequestError, ValueError) as e:
            reply = e.reply if isinstance(e, hec.HecRequestError) else hec.invalid_format(0)
            self.close_connection = True
            self._send(reply, "event")
            return
        receiver.metrics.add("bytes_received", len(body))
        reply, admitted = receiver.handle_event_post(
            self.headers.get("Authorization"), body, self.headers.get("Content-Encoding")
        )
        try:
            self._send(reply, "event")
        finally:
            if admitted:
                receiver.replied()

    def do_GET(self) -> None:
        path = urlsplit(self.path).path.rstrip("/") or "/"
        if path in hec.HEALTH_PATHS:
            self._health()
        elif path == "/metrics":
            r = self.server.receiver
            text = r.metrics.render(r.gauges()).encode()
            self._send_raw(200, text, "text/plain; version=0.0.4", "metrics")
        elif path in hec.EVENT_PATHS:
            self._send(hec.METHOD_NOT_ALLOWED, "event")
        else:
            self._send(hec.NOT_FOUND, "other")

    def _health(self) -> None:
        full = self.server.receiver.full()
        self._send(hec.UNHEALTHY_QUEUES_FULL if full else hec.HEALTHY, "health")


class HecHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer carrying the receiver; optional TLS."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        receiver: HecReceiver,
        *,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
    ) -> None:
        super().__init__(address, _Handler)
        self.receiver = receiver
        if tls_cert is not None:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.load_cert_chain(str(tls_cert), str(tls_key) if tls_key else None)
            # The handshake runs in the request thread, so a slow client cannot stall accept().
            self.socket = ctx.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)

    @property
    def port(self) -> int:
        return int(self.server_address[1])


@contextlib.contextmanager
def running(receiver: HecReceiver, host: str = "127.0.0.1", port: int = 0, **tls: Path | None) -> Any:
    """Start receiver + server in background threads (tests, embedding); yields the server."""
    receiver.start()
    server = HecHTTPServer((host, port), receiver, **tls)
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield server
    finally:
        server.shutdown()  # no new connections
        receiver.stop()  # finish the queue, let waiting requests reply
        server.server_close()
        t.join(5)


def serve_forever(
    receiver: HecReceiver,
    host: str,
    port: int,
    *,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
    ready: Callable[[HecHTTPServer], None] | None = None,
    stop_event: threading.Event | None = None,
) -> None:
    """Serve until `stop_event` is set (or forever); drain the queue before returning."""
    receiver.start()
    server = HecHTTPServer((host, port), receiver, tls_cert=tls_cert, tls_key=tls_key)
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    t.start()
    if ready is not None:
        ready(server)
    try:
        while stop_event is None or not stop_event.wait(0.2):
            if stop_event is None:
                time.sleep(3600)
    finally:
        server.shutdown()
        receiver.stop()
        server.server_close()
