"""HTTP forward sink: send redacted records to a HEC endpoint or a webhook, spooling to disk.

A downstream outage loses nothing: each batch is sent with retries (exponential backoff on
connection errors, timeouts, 408, 429 and 5xx); if it still fails, the encoded batch is written
to a spool folder (fsync + atomic rename) and `write` returns, so the caller may commit its
source. Later writes, `drain()` and `close()` send the spool first, oldest first; while the
spool is not empty new batches queue behind it, so order is kept. A new process with the same
spool folder picks up where a killed one left.

A batch the downstream refuses as invalid (400, 413, 422) is moved to ``<spool>/rejected/``
with a warning instead of blocking the spool forever; 401/403 (bad token) keep it in the spool
until the configuration is fixed.

Formats:

* ``hec`` (URL path contains ``/services/collector``): concatenated HEC envelopes,
  ``Authorization: Splunk <token>``; a 200 reply must carry HEC code 0.
* ``webhook`` (anything else): JSON lines of ``{key, kind, subject, enterprise_id,
  timestamp_ms, expiries, record}``, ``Authorization: Bearer <token>`` when a token is set,
  and an ``Idempotency-Key`` header derived from the batch's keys.

The token comes from ``REDACTOR_FORWARD_TOKEN`` (never from the URL or the command line).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import ssl
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from redactor.errors import ConfigError
from redactor.io.base import Quarantined, Redacted, WriteResult
from redactor.io.http_conn import open_connection
from redactor.io.record_text import record_json
from redactor.secret import SecretBytes

if TYPE_CHECKING:
    from redactor.io.sinks import SinkOptions

log = logging.getLogger("redactor.forward")

TOKEN_ENV = "REDACTOR_FORWARD_TOKEN"
RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})
REJECTED = frozenset({400, 413, 422})

Format = Literal["hec", "webhook"]


class SendError(Exception):
    """A batch was not accepted. `status` is the HTTP status, or None for a connection error."""

    def __init__(self, status: int | None, what: str) -> None:
        self.status = status
        super().__init__(what)


@dataclass(frozen=True, slots=True)
class ForwardSettings:
    """Retry and timeout knobs.

    Attributes:
        attempts: Tries per batch before spooling it.
        backoff_s: First retry delay; doubles each time, capped by `max_backoff_s`.
        max_backoff_s: Longest delay between tries.
        timeout_s: Socket timeout per request.
        source: The HEC ``source`` field.
        sourcetype: The HEC ``sourcetype`` for redacted records.
    """

    attempts: int = 3
    backoff_s: float = 0.5
    max_backoff_s: float = 10.0
    timeout_s: float = 10.0
    source: str = "redactor"
    sourcetype: str = "github:copilot:redacted"


def _row(it: Redacted) -> dict[str, Any]:
    return {
        "key": it.key,
        "kind": it.kind,
        "subject": it.subject,
        "enterprise_id": it.enterprise_id,
        "timestamp_ms": it.timestamp_ms,
        "expiries": it.expiries,
        "record": it.record,
    }


def _dumps(obj: Any) -> str:
    return record_json(obj)


class HttpForwardSink:
    """A `Sink` that POSTs batches to a URL, with retries and a disk spool.

    Args:
        url: ``http(s)://host[:port]/path``.
        spool_dir: Folder for batches that could not be delivered yet.
        token: Sent as ``Splunk <token>`` (hec) or ``Bearer <token>`` (webhook).
        fmt: ``hec`` or ``webhook``; default from the URL path.
        settings: Retries and timeouts.
        ssl_context: For https (default: system trust store).
        sleep: Sleep function (a parameter so tests do not wait).
    """

    def __init__(
        self,
        url: str,
        spool_dir: str | Path,
        *,
        token: SecretBytes | None = None,
        fmt: Format | None = None,
        settings: ForwardSettings | None = None,
        ssl_context: ssl.SSLContext | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(
                f"{parts.scheme}://{parts.hostname or ''}: expected an http(s):// URL"
            )
        if parts.username or parts.password:
            raise ConfigError(f"forward URL must not carry credentials; set {TOKEN_ENV} instead")
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port
        self._path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.fmt: Format = fmt or ("hec" if "/services/collector" in parts.path else "webhook")
        self._token = token
        self.settings = settings or ForwardSettings()
        self._ssl = ssl_context
        self._sleep = sleep
        self.spool = Path(spool_dir)
        self.spool.mkdir(parents=True, exist_ok=True)
        (self.spool / "rejected").mkdir(exist_ok=True)
        self.sent_batches = 0
        self.spooled_batches = 0

    def __repr__(self) -> str:
        where = f"{self._scheme}://{self._host}:{self._port or ''}{self._path.split('?')[0]}"
        return f"HttpForwardSink({where}, {self.fmt})"

    # --- encoding ----------------------------------------------------------------------------
    def _encode_records(self, items: Sequence[Redacted]) -> bytes:
        if self.fmt == "hec":
            out = []
            for it in items:
                env: dict[str, Any] = {
                    "event": it.record,
                    "source": self.settings.source,
                    "sourcetype": self.settings.sourcetype,
                    "fields": {"redactor_key": it.key, "redactor_kind": it.kind},
                }
                if it.timestamp_ms is not None:
                    env["time"] = it.timestamp_ms / 1000
                out.append(_dumps(env))
            return "\n".join(out).encode()
        return ("\n".join(_dumps(_row(it)) for it in items) + "\n").encode()

    def _encode_quarantine(self, items: Sequence[Quarantined]) -> bytes:
        rows = [
            {
                "type": "quarantine",
                "source": q.source,
                "line": q.line_no,
                "reason": q.reason,
                "detail": q.detail,
                "key": q.key,
            }
            for q in items
        ]
        if self.fmt == "hec":
            return "\n".join(
                _dumps(
                    {
                        "event": r,
                        "source": self.settings.source,
                        "sourcetype": "redactor:quarantine",
                    }
                )
                for r in rows
            ).encode()
        return ("\n".join(_dumps(r) for r in rows) + "\n").encode()

    # --- sending -----------------------------------------------------------------------------
    def _headers(self, body: bytes) -> dict[str, str]:
        h = {
            "Content-Type": "application/json" if self.fmt == "hec" else "application/x-ndjson",
            "Idempotency-Key": hashlib.sha256(body).hexdigest()[:32],
            "User-Agent": "redactor-forward",
        }
        if self._token is not None:
            scheme = "Splunk" if self.fmt == "hec" else "Bearer"
            h["Authorization"] = f"{scheme} {self._token.reveal().decode()}"
        return h

    def _post_once(self, body: bytes) -> None:
        conn = open_connection(
            self._scheme,
            self._host,
            self._port,
            timeout_s=self.settings.timeout_s,
            ssl_context=self._ssl,
        )
        try:
            conn.request("POST", self._path, body=body, headers=self._headers(body))
            resp = conn.getresponse()
            reply = resp.read(64 * 1024)
        except (OSError, http.client.HTTPException) as e:
            raise SendError(None, f"connection failed ({type(e).__name__})") from e
        finally:
            conn.close()
        if not 200 <= resp.status < 300:
            raise SendError(resp.status, f"HTTP {resp.status}")
        if self.fmt == "hec":
            try:
                code = json.loads(reply).get("code", 0)
            except (ValueError, AttributeError):
                code = 0
            if code != 0:
                raise SendError(resp.status, f"HEC code {code}")

    def _post(self, body: bytes) -> None:
        """POST with retries; raises the last SendError."""
        delay = self.settings.backoff_s
        for attempt in range(1, self.settings.attempts + 1):
            try:
                self._post_once(body)
                self.sent_batches += 1
                return
            except SendError as e:
                retryable = e.status is None or e.status in RETRYABLE
                if not retryable or attempt == self.settings.attempts:
                    raise
                log.warning("forward: attempt %d failed (%s); retrying in %.1fs", attempt, e, delay)
                self._sleep(delay)
                delay = min(delay * 2, self.settings.max_backoff_s)

    # --- spool -------------------------------------------------------------------------------
    def spooled(self) -> list[Path]:
        """Spooled batches, oldest first."""
        return sorted(p for p in self.spool.glob("*.batch") if p.is_file())

    def _spool_put(self, body: bytes) -> None:
        existing = self.spooled()
        seq = int(existing[-1].name.split("-", 1)[0]) + 1 if existing else 1
        final = self.spool / f"{seq:012d}-{uuid.uuid4().hex[:8]}.batch"
        tmp = final.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        dfd = os.open(self.spool, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
        self.spooled_batches += 1

    def drain(self) -> int:
        """Send spooled batches oldest first; stop at the first failure. Returns how many went."""
        sent = 0
        for path in self.spooled():
            body = path.read_bytes()
            try:
                self._post(body)
            except SendError as e:
                if e.status in REJECTED:
                    log.warning(
                        "forward: downstream refused %s (%s); moved to rejected/", path.name, e
                    )
                    os.replace(path, self.spool / "rejected" / path.name)
                    continue
                log.warning(
                    "forward: downstream still failing (%s); %d batch(es) spooled",
                    e,
                    len(self.spooled()),
                )
                return sent
            path.unlink()
            sent += 1
        return sent

    def _deliver(self, body: bytes) -> None:
        if self.spooled():
            self._spool_put(body)  # keep order: behind what is already waiting
            self.drain()
            return
        try:
            self._post(body)
        except SendError as e:
            if e.status in REJECTED:
                self._spool_put(body)
                self.drain()  # moves it to rejected/ (kept on disk, not lost)
                return
            log.warning("forward: %s; batch spooled to %s", e, self.spool)
            self._spool_put(body)

    # --- Sink ------------------------------------------------------------------------------
    def write(self, items: Sequence[Redacted]) -> WriteResult:
        """Send (or spool) the batch; returns once it is downstream or on disk."""
        if not items:
            return WriteResult()
        self._deliver(self._encode_records(items))
        return WriteResult(written=len(items))

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        """Forward quarantine entries (locations and reasons only) the same way."""
        if items:
            self._deliver(self._encode_quarantine(items))

    def close(self) -> None:
        """Try once more to send what is spooled; what still fails stays on disk."""
        if self.spooled():
            self.drain()


def spool_dir_for(url: str, base: str | Path = ".redactor/spool") -> Path:
    """The default spool folder of a URL: one per destination, path without secrets."""
    parts = urlsplit(url)
    ident = hashlib.sha256(f"{parts.scheme}://{parts.netloc}{parts.path}".encode()).hexdigest()[:16]
    return Path(os.environ.get("REDACTOR_SPOOL_DIR", str(base))) / ident


def open_http_sink(uri: str, opts: SinkOptions) -> HttpForwardSink:
    """Registry factory for ``http://`` and ``https://`` (token from REDACTOR_FORWARD_TOKEN)."""
    token_text = os.environ.get(TOKEN_ENV)
    token = SecretBytes(token_text.encode(), "forward-token") if token_text else None
    return HttpForwardSink(uri, spool_dir_for(uri), token=token)
