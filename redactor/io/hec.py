"""The Splunk HTTP Event Collector (HEC) protocol, as far as GitHub's audit-log stream uses it.

This module is the protocol without the server: request-body framing, token checks and the
HEC-style JSON replies. `redactor.io.hec_server` puts it behind an HTTP listener.

Framing accepted on ``/services/collector`` and ``/services/collector/event``:

* ``{"event": {...}, "time": ..., ...}`` envelopes (only HEC metadata keys beside ``event``);
* ``{"event": "<json text>"}``: the event given as a string is passed on as raw text;
* bare objects (anything else that is a JSON object): the object itself is the record;
* any number of the above concatenated, with or without whitespace or newlines between them,
  or a JSON array of them;
* ``Content-Encoding: gzip`` bodies, with a cap on the decompressed size.

A request is all or nothing: if any event in it is malformed the whole request is refused with
400 (code 6 and ``invalid-event-number``, as Splunk does) and nothing of it is stored, so a
sender that fixes and retries it does not create duplicates.
"""

from __future__ import annotations

import hmac
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redactor.secret import SecretBytes

HEC_METADATA_KEYS = frozenset({"time", "host", "source", "sourcetype", "index", "fields"})
"""Keys a HEC envelope may carry beside ``event``."""

EVENT_PATHS = frozenset(
    {"/services/collector", "/services/collector/event", "/services/collector/event/1.0"}
)
HEALTH_PATHS = frozenset({"/services/collector/health", "/services/collector/health/1.0"})


@dataclass(frozen=True, slots=True)
class HecReply:
    """One HEC reply: HTTP status, HEC code, text, and optional extra fields."""

    status: int
    code: int
    text: str
    extra: tuple[tuple[str, Any], ...] = ()

    def body(self) -> bytes:
        """The JSON body Splunk would send."""
        doc: dict[str, Any] = {"text": self.text, "code": self.code}
        doc.update(dict(self.extra))
        return json.dumps(doc, separators=(",", ":")).encode()


SUCCESS = HecReply(200, 0, "Success")
TOKEN_REQUIRED = HecReply(401, 2, "Token is required")
INVALID_AUTHORIZATION = HecReply(401, 3, "Invalid authorization")
INVALID_TOKEN = HecReply(403, 4, "Invalid token")
NO_DATA = HecReply(400, 5, "No data")
INTERNAL_ERROR = HecReply(500, 8, "Internal server error")
SERVER_BUSY = HecReply(503, 9, "Server is busy")
EVENT_REQUIRED = HecReply(400, 12, "Event field is required")
EVENT_BLANK = HecReply(400, 13, "Event field cannot be blank")
HEALTHY = HecReply(200, 17, "HEC is healthy")
UNHEALTHY_QUEUES_FULL = HecReply(503, 18, "HEC is unhealthy, queues are full")
NOT_FOUND = HecReply(404, 404, "The requested URL was not found on this server.")
METHOD_NOT_ALLOWED = HecReply(405, 405, "Method not allowed")
TOO_LARGE = HecReply(413, 413, "Content too large")
LENGTH_REQUIRED = HecReply(411, 411, "Content-Length required")
UNSUPPORTED_ENCODING = HecReply(415, 415, "Unsupported Content-Encoding (use gzip or none)")


def invalid_format(event_number: int) -> HecReply:
    """400 code 6 naming the 0-based number of the first bad event, as Splunk does."""
    return HecReply(400, 6, "Invalid data format", (("invalid-event-number", event_number),))


class HecRequestError(Exception):
    """A request the receiver refuses; `reply` is what to answer. Carries no body content."""

    def __init__(self, reply: HecReply) -> None:
        self.reply = reply
        super().__init__(f"{reply.status} code {reply.code}: {reply.text}")


class TokenSet:
    """The accepted HEC tokens, compared in constant time; never printed."""

    __slots__ = ("_tokens",)

    def __init__(self, tokens: Sequence[SecretBytes]) -> None:
        if not tokens:
            raise ValueError("at least one HEC token is required")
        self._tokens = tuple(tokens)

    @classmethod
    def from_text(cls, text: str) -> TokenSet:
        """Tokens from a comma-separated string (e.g. an environment variable)."""
        parts = [p.strip() for p in text.split(",") if p.strip()]
        return cls([SecretBytes(p.encode(), "hec-token") for p in parts])

    def check(self, authorization: str | None) -> HecReply | None:
        """Check an ``Authorization`` header; None when accepted, else the reply to send."""
        if authorization is None or not authorization.strip():
            return TOKEN_REQUIRED
        scheme, _, value = authorization.strip().partition(" ")
        if scheme.lower() != "splunk" or not value.strip():
            return INVALID_AUTHORIZATION
        offered = value.strip().encode()
        ok = False
        for t in self._tokens:  # check all of them: timing does not tell which one matched
            ok |= hmac.compare_digest(offered, t.reveal())
        return None if ok else INVALID_TOKEN

    def __repr__(self) -> str:
        return f"TokenSet({len(self._tokens)} token(s), hidden)"


def decode_body(body: bytes, content_encoding: str | None, *, max_bytes: int) -> bytes:
    """Undo ``Content-Encoding`` with a cap on the decoded size.

    Raises:
        HecRequestError: unknown encoding (415), over the cap (413), corrupt gzip (400 code 6).
    """
    enc = (content_encoding or "").strip().lower()
    if enc in ("", "identity"):
        if len(body) > max_bytes:
            raise HecRequestError(TOO_LARGE)
        return body
    if enc not in ("gzip", "x-gzip"):
        raise HecRequestError(UNSUPPORTED_ENCODING)
    d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(body, max_bytes + 1)
        if len(out) > max_bytes or d.unconsumed_tail:
            raise HecRequestError(TOO_LARGE)
        out += d.flush()
    except zlib.error as e:
        raise HecRequestError(invalid_format(0)) from e
    if not d.eof or len(out) > max_bytes:
        raise HecRequestError(TOO_LARGE if len(out) > max_bytes else invalid_format(0))
    return out


_WS = " \t\r\n"


def _event_of(obj: Any, number: int) -> dict[str, Any] | str:
    """The record inside one decoded HEC item (envelope or bare object)."""
    if not isinstance(obj, dict):
        raise HecRequestError(invalid_format(number))
    if "event" in obj and set(obj) - {"event"} <= HEC_METADATA_KEYS:
        event = obj["event"]
        if isinstance(event, dict):
            return event
        if isinstance(event, str):
            if not event.strip():
                raise HecRequestError(EVENT_BLANK)
            return event
        if event is None:
            raise HecRequestError(EVENT_BLANK)
        raise HecRequestError(invalid_format(number))
    if obj and set(obj) <= HEC_METADATA_KEYS:
        raise HecRequestError(EVENT_REQUIRED)
    return obj


def parse_events(body: bytes) -> list[dict[str, Any] | str]:
    """Split a decoded HEC body into records (see module docstring for the framing).

    Raises:
        HecRequestError: empty body (400 code 5), malformed JSON (also a number too long to
            convert or nesting too deep to parse) or a non-object item
            (400 code 6 with the 0-based event number), an envelope without an event (code 12)
            or with a blank one (code 13).
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HecRequestError(invalid_format(0)) from e
    decoder = json.JSONDecoder()
    events: list[dict[str, Any] | str] = []
    pos, n = 0, len(text)
    number = 0
    while True:
        while pos < n and text[pos] in _WS:
            pos += 1
        if pos >= n:
            break
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as e:
            # JSONDecodeError is a ValueError; so is an integer of more digits than Python converts
            # (sys.get_int_max_str_digits); RecursionError: nested deeper than the parser goes.
            raise HecRequestError(invalid_format(number)) from e
        items = obj if isinstance(obj, list) else [obj]
        for item in items:
            events.append(_event_of(item, number))
            number += 1
    if not events:
        raise HecRequestError(NO_DATA)
    return events
