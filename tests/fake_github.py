"""A loopback server that behaves like ``GET /enterprises/{enterprise}/copilot/usage-records``.

Modelled on shared/docs/copilot-records.md §1: Bearer token, ``X-GitHub-Api-Version``,
``per_page`` clamped to 1..25, ``order`` asc/desc, opaque ``after`` cursors in a ``Link`` header
(``rel="next"``), a 48-hour window, ``phrase=created:>=ISO``, rate-limit headers, 401 for a bad
token, 403 for a caller without rights, 404 for a non-EMU enterprise, 422 for a stale or unknown
cursor. Tests can script replies (429, 5xx, ...) that come before the normal handling.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

VERSIONS = ("2022-11-28", "2026-03-10")
WINDOW_MS = 48 * 3_600_000
PATH = re.compile(r"^/enterprises/([^/]+)/copilot/usage-records$")


@dataclass
class Scripted:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


class FakeGitHub:
    """State of the fake API. `records` must be in ascending ``@timestamp`` order."""

    def __init__(self, token: str, *, now_ms: Callable[[], int]) -> None:
        self.token = token
        self.now_ms = now_ms
        self.emu: dict[str, list[dict[str, Any]]] = {}
        self.non_emu: set[str] = set()
        self.forbidden: set[str] = set()
        self.script: list[Scripted] = []
        self.requests: list[dict[str, Any]] = []
        self.remaining = 5000
        self.reset_s = 0
        self.lock = threading.Lock()
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def do_GET(self) -> None:
                status, headers, body = outer.handle(self.path, dict(self.headers))
                data = json.dumps(body).encode()
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def cursor(index: int) -> str:
        return base64.urlsafe_b64encode(f"pos:{index}".encode()).decode().rstrip("=")

    @staticmethod
    def _index(cursor: str) -> int | None:
        try:
            text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        except ValueError:
            return None
        return int(text[4:]) if text.startswith("pos:") and text[4:].isdigit() else None

    def _rate(self) -> dict[str, str]:
        return {
            "x-ratelimit-limit": "5000",
            "x-ratelimit-remaining": str(self.remaining),
            "x-ratelimit-used": str(5000 - self.remaining),
            "x-ratelimit-reset": str(self.reset_s),
            "x-ratelimit-resource": "core",
        }

    def handle(self, raw_path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            parts = urlsplit(raw_path)
            q = {k: v[0] for k, v in parse_qs(parts.query).items()}
            self.requests.append({"path": parts.path, "query": q, "headers": headers})
            if self.script:
                s = self.script.pop(0)
                return (
                    s.status,
                    s.headers,
                    s.body if s.body is not None else {"message": "scripted"},
                )
            if headers.get("Authorization") != f"Bearer {self.token}":
                return (
                    401,
                    {},
                    {
                        "message": "Bad credentials",
                        "documentation_url": "https://docs.github.com/rest",
                    },
                )
            if headers.get("X-GitHub-Api-Version") not in VERSIONS:
                return 400, {}, {"message": "Unsupported API version"}
            m = PATH.match(parts.path)
            if m is None:
                return 404, {}, {"message": "Not Found"}
            slug = m.group(1)
            if slug in self.forbidden:
                return 403, self._rate(), {"message": "Must be an enterprise owner"}
            if slug in self.non_emu or slug not in self.emu:
                return 404, self._rate(), {"message": "Not Found"}
            self.remaining = max(0, self.remaining - 1)
            return self._page(slug, parts.path, q)

    def _page(self, slug: str, path: str, q: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        try:
            per_page = min(25, max(1, int(q.get("per_page", "25"))))
        except ValueError:
            return 422, {}, {"message": "Validation Failed"}
        horizon = self.now_ms() - WINDOW_MS
        records = self.emu[slug]
        idx = [i for i, r in enumerate(records) if r["@timestamp"] >= horizon]
        phrase = q.get("phrase", "")
        pm = re.fullmatch(r"created:>=(\S+)", phrase.strip()) if phrase else None
        if phrase and pm is None:
            return 422, {}, {"message": "Validation Failed", "errors": ["phrase"]}
        if pm is not None:
            since = int(
                datetime.fromisoformat(pm.group(1).replace("Z", "+00:00")).timestamp() * 1000
            )
            idx = [i for i in idx if records[i]["@timestamp"] >= since]
        if "after" in q:
            pos = self._index(q["after"])
            if pos is None or pos >= len(records) or records[pos]["@timestamp"] < horizon:
                return (
                    422,
                    self._rate(),
                    {"message": "Validation Failed: cursor is invalid or expired"},
                )
            idx = [i for i in idx if i > pos]
        if q.get("order", "desc") == "desc":
            idx = idx[::-1]
        page = idx[:per_page]
        headers = self._rate()
        if len(idx) > per_page and q.get("order") == "asc":
            nq = {"per_page": str(per_page), "order": "asc", "after": self.cursor(page[-1])}
            if phrase:
                nq["phrase"] = phrase
            headers["Link"] = f'<{self.url}{path}?{urlencode(nq)}>; rel="next"'
        return 200, headers, [records[i] for i in page]
