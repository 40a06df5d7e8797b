"""GitHub REST source: ``GET /enterprises/{enterprise}/copilot/usage-records``.

What it does (shared/docs/copilot-records.md §1):

* ``X-GitHub-Api-Version`` pinned (`API_VERSION`), ``Authorization: Bearer <token>``;
* ``per_page=25`` (the maximum), ``order=asc``, cursor pagination via the ``after`` value of the
  ``Link: <...>; rel="next"`` URL, until there is no next link;
* rate limits: on 403/429 with ``Retry-After`` it waits that long, with
  ``x-ratelimit-remaining: 0`` it waits until ``x-ratelimit-reset``; after a 200 that leaves
  nothing remaining it waits before the next call; 5xx and connection errors back off
  exponentially. Sleeping and the clock are parameters;
* a checkpoint: the cursor to resume from, the highest ``@timestamp`` seen and the time of the
  last complete poll, all saved only after the sink stored the page (at-least-once);
* dedup by ``event_id`` across polls (ids kept for 72 h, beyond the API's 48 h window);
* a warning when the last complete poll is older than `PullSettings.warn_after_ms` (default
  36 h) and a louder one past 48 h, when records may already have left the window;
* a 422 on a saved cursor (stale once its record left the window) restarts from
  ``phrase=created:>=<highest @timestamp - margin>`` and relies on dedup.

Errors say what to do and never echo the token or record content.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from redactor.errors import ConfigError, RedactorError
from redactor.io.base import InputLine
from redactor.io.checkpoint import Checkpoint
from redactor.io.delivery import Batch
from redactor.io.http_conn import open_connection
from redactor.secret import SecretBytes

log = logging.getLogger("redactor.github")

API_VERSION = "2026-03-10"
DEFAULT_API_URL = "https://api.github.com"
TOKEN_ENV = "GITHUB_TOKEN"
HOUR_MS = 3_600_000
WINDOW_MS = 48 * HOUR_MS
DEDUP_KEEP_MS = 72 * HOUR_MS
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,99}$")
_LINK = re.compile(r'<([^>]*)>\s*;\s*rel="?([^";]+)"?')


class GitHubUnavailable(RedactorError):
    """The API kept failing (5xx, connection errors or rate limits beyond the wait cap)."""


class _CursorRejected(Exception):
    """422 while a cursor was given (probably stale)."""


@dataclass(frozen=True, slots=True)
class PullSettings:
    """Knobs of the REST puller.

    Attributes:
        per_page: Page size (the API clamps to 1..25).
        max_attempts: Tries per page on 5xx / connection errors.
        backoff_s: First backoff; doubles up to `max_backoff_s`.
        max_backoff_s: Longest backoff.
        max_wait_s: Longest rate-limit wait accepted; longer fails with a clear error.
        max_rate_waits: Rate-limit waits per page before giving up.
        timeout_s: Socket timeout per request.
        warn_after_ms: Warn when the last complete poll is older than this.
        margin_ms: How far before the highest seen ``@timestamp`` a cursor-less restart begins.
        max_pages: Stop after this many pages (None: until the last page).
    """

    per_page: int = 25
    max_attempts: int = 5
    backoff_s: float = 1.0
    max_backoff_s: float = 60.0
    max_wait_s: float = 3600.0
    max_rate_waits: int = 10
    timeout_s: float = 30.0
    warn_after_ms: int = 36 * HOUR_MS
    margin_ms: int = 5 * 60_000
    max_pages: int | None = None


@dataclass(slots=True)
class Page:
    """One page of records and the cursor of the next page (None on the last page)."""

    records: list[dict[str, Any]]
    next_after: str | None


def next_cursor(link_header: str | None) -> str | None:
    """The ``after`` value of the ``rel="next"`` URL in a ``Link`` header, if any."""
    if not link_header:
        return None
    for url, rels in _LINK.findall(link_header):
        if "next" in rels.split():
            values = parse_qs(urlsplit(url).query).get("after")
            return values[0] if values else None
    return None


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class UsageRecordsClient:
    """One enterprise's usage-records endpoint, with retries and rate-limit handling.

    Args:
        enterprise: The enterprise slug.
        token: The API token (from ``GITHUB_TOKEN`` at the CLI edge).
        api_url: ``https://api.github.com``, ``https://api.SUBDOMAIN.ghe.com``, or a test server.
        settings: Retry and paging knobs.
        sleep: Sleep function (seconds).
        now_s: Wall clock in epoch seconds (for ``x-ratelimit-reset``).
        ssl_context: For https (default: system trust store).
    """

    def __init__(
        self,
        enterprise: str,
        token: SecretBytes,
        api_url: str = DEFAULT_API_URL,
        *,
        settings: PullSettings | None = None,
        sleep: Callable[[float], None] = time.sleep,
        now_s: Callable[[], float] = time.time,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if not _SLUG.match(enterprise):
            raise ConfigError(
                f"--enterprise {enterprise!r}: expected an enterprise slug (letters, digits, -)"
            )
        parts = urlsplit(api_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"--api-url {api_url!r}: expected https://host[/prefix]")
        self.enterprise = enterprise
        self._token = token
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self.api_host = parts.netloc
        self.settings = settings or PullSettings()
        self._sleep = sleep
        self._now_s = now_s
        self._ssl = ssl_context
        self._not_before = 0.0
        self.requests = 0
        self.waited_s = 0.0

    def __repr__(self) -> str:
        return f"UsageRecordsClient({self.enterprise!r}, {self._scheme}://{self.api_host})"

    def _path(self, after: str | None, phrase: str | None) -> str:
        q: dict[str, Any] = {"per_page": self.settings.per_page, "order": "asc"}
        if after:
            q["after"] = after
        if phrase:
            q["phrase"] = phrase
        return f"{self._prefix}/enterprises/{quote(self.enterprise)}/copilot/usage-records?{urlencode(q)}"

    def _request(self, path: str) -> tuple[int, dict[str, str], bytes]:
        conn = open_connection(
            self._scheme,
            self._host,
            self._port,
            timeout_s=self.settings.timeout_s,
            ssl_context=self._ssl,
        )
        try:
            conn.request(
                "GET",
                path,
                headers={
                    "Accept": "application/vnd.github+json",
                    "Authorization": f"Bearer {self._token.reveal().decode()}",
                    "X-GitHub-Api-Version": API_VERSION,
                    "User-Agent": "redactor-pull",
                },
            )
            resp = conn.getresponse()
            body = resp.read()
            self.requests += 1
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
        finally:
            conn.close()

    def _wait(self, seconds: float, why: str) -> None:
        if seconds > self.settings.max_wait_s:
            raise GitHubUnavailable(
                f"GitHub API: {why}; the limit resets in {seconds:.0f} s, over --max-wait "
                f"{self.settings.max_wait_s:.0f} s. Run again later (the checkpoint keeps the position)."
            )
        if seconds > 0:
            log.warning("github: %s; waiting %.0f s", why, seconds)
            self._sleep(seconds)
            self.waited_s += seconds

    def _rate_wait(self, headers: dict[str, str]) -> float | None:
        """Seconds to wait for a rate limit, or None if the response is not a rate limit."""
        if "retry-after" in headers:
            try:
                return max(0.0, float(headers["retry-after"]))
            except ValueError:
                return 60.0
        if headers.get("x-ratelimit-remaining") == "0" and "x-ratelimit-reset" in headers:
            try:
                return max(0.0, float(headers["x-ratelimit-reset"]) - self._now_s()) + 1.0
            except ValueError:
                return 60.0
        return None

    @staticmethod
    def _message(body: bytes) -> str:
        try:
            msg = json.loads(body).get("message", "")
        except (ValueError, AttributeError):
            return ""
        return f" (GitHub says: {str(msg)[:200]})" if msg else ""

    def get_page(self, after: str | None = None, phrase: str | None = None) -> Page:
        """Fetch one page; handles rate limits and transient errors.

        Raises:
            ConfigError: 400, 401, 403 (not a rate limit), 404, 422 without a cursor.
            GitHubUnavailable: 5xx / connection errors after all attempts, or a long rate limit.
        """
        now = self._now_s()
        if self._not_before > now:
            self._wait(self._not_before - now, "rate limit exhausted by the previous call")
        path = self._path(after, phrase)
        delay = self.settings.backoff_s
        attempts = waits = 0
        while True:
            try:
                status, headers, body = self._request(path)
            except (OSError, http.client.HTTPException) as e:
                status, headers, body = 0, {}, b""
                problem = f"connection failed ({type(e).__name__})"
            else:
                problem = f"HTTP {status}"
            if status == 200:
                try:
                    records = json.loads(body)
                except ValueError as e:
                    raise GitHubUnavailable("GitHub API: a 200 reply was not JSON") from e
                if not isinstance(records, list):
                    raise GitHubUnavailable("GitHub API: expected a JSON array of records")
                if headers.get("x-ratelimit-remaining") == "0":
                    self._not_before = self._now_s() + (self._rate_wait(headers) or 0.0)
                return Page(
                    [r for r in records if isinstance(r, dict)], next_cursor(headers.get("link"))
                )
            if status in (403, 429):
                wait = self._rate_wait(headers)
                if wait is not None or status == 429:
                    waits += 1
                    if waits > self.settings.max_rate_waits:
                        raise GitHubUnavailable(
                            f"GitHub API: still rate limited after {waits - 1} waits"
                        )
                    self._wait(wait if wait is not None else 60.0, f"rate limited (HTTP {status})")
                    continue
                raise ConfigError(
                    f"GitHub API 403 Forbidden for enterprise {self.enterprise!r}{self._message(body)}: the "
                    "token needs read:enterprise (classic) or the 'Copilot usage records' / 'Enterprise "
                    "administration' read permission, the caller must be an enterprise owner, and the "
                    "'Copilot Usage Records API' policy must be 'Enabled everywhere'."
                )
            if status == 401:
                raise ConfigError(
                    f"GitHub API 401 Unauthorized{self._message(body)}: set {TOKEN_ENV} to a valid token."
                )
            if status == 404:
                raise ConfigError(
                    f"GitHub API 404 for enterprise {self.enterprise!r}: no such enterprise, not an EMU "
                    "enterprise (usage records exist only for Enterprise Managed Users), or the token "
                    "cannot see it. Check --enterprise and --api-url."
                )
            if status == 422:
                if after:
                    raise _CursorRejected()
                raise ConfigError(f"GitHub API 422 Validation failed{self._message(body)}")
            if 400 <= status < 500:
                raise ConfigError(f"GitHub API HTTP {status}{self._message(body)}")
            attempts += 1  # 5xx or connection error
            if attempts >= self.settings.max_attempts:
                raise GitHubUnavailable(
                    f"GitHub API unavailable: {problem} after {attempts} attempts"
                )
            self._wait(delay, f"{problem}, attempt {attempts}")
            delay = min(delay * 2, self.settings.max_backoff_s)


@dataclass(slots=True)
class PullStats:
    """Counts for one poll (no values)."""

    pages: int = 0
    records: int = 0
    duplicates: int = 0
    cursor_restarts: int = 0
    warnings: list[str] = field(default_factory=list)


class GitHubPuller:
    """Batches of new usage records with a checkpoint (see the module docstring).

    Args:
        client: The endpoint client.
        checkpoint: Where the cursor, highest timestamp, last poll and seen ids are kept.
        now_ms: Wall clock in epoch ms.
        warn: Where warnings go (the CLI prints them on stderr).
    """

    def __init__(
        self,
        client: UsageRecordsClient,
        checkpoint: Checkpoint,
        *,
        now_ms: Callable[[], int],
        warn: Callable[[str], None] = log.warning,
    ) -> None:
        self.client = client
        self.checkpoint = checkpoint
        self._now_ms = now_ms
        self._warn_fn = warn
        self.stats = PullStats()
        base = f"github:{client.api_host}:{client.enterprise}"
        self._k_cursor = f"{base}:cursor"
        self._k_max_ts = f"{base}:max_ts"
        self._k_last_poll = f"{base}:last_poll_ms"
        self._scope = f"{base}:event_ids"
        self._line = 0

    def _warn(self, msg: str) -> None:
        self.stats.warnings.append(msg)
        self._warn_fn(msg)

    def check_gap(self) -> None:
        """Warn when the last complete poll is old compared with the 48-hour window."""
        last = self.checkpoint.get(self._k_last_poll)
        if last is None:
            return
        age = self._now_ms() - int(last)
        hours = age / HOUR_MS
        if age >= WINDOW_MS:
            self._warn(
                f"last complete poll of {self.client.enterprise!r} was {hours:.1f} h ago, beyond the "
                "API's 48 h window: records from the gap may be lost; use the audit-log stream "
                "(archives/HEC) to fill it"
            )
        elif age >= self.client.settings.warn_after_ms:
            self._warn(
                f"last complete poll of {self.client.enterprise!r} was {hours:.1f} h ago; the API keeps "
                "only 48 h: poll more often (every 12-24 h)"
            )

    def batches(self) -> Iterator[Batch]:
        """One batch per page; each commit saves the position after that page."""
        self.check_gap()
        self.checkpoint.prune(self._scope, older_than_ms=self._now_ms() - DEDUP_KEEP_MS)
        cursor: str | None = self.checkpoint.get(self._k_cursor)
        phrase: str | None = None
        max_ts: int | None = self.checkpoint.get(self._k_max_ts)
        if cursor is None and max_ts is not None:
            phrase = f"created:>={_iso(max_ts - self.client.settings.margin_ms)}"
        restarted = False
        while True:
            if (
                self.client.settings.max_pages is not None
                and self.stats.pages >= self.client.settings.max_pages
            ):
                return
            try:
                page = self.client.get_page(cursor, phrase)
            except _CursorRejected:
                if restarted:
                    raise ConfigError("GitHub API 422 on a fresh cursor: cannot continue") from None
                restarted = True
                self.stats.cursor_restarts += 1
                since = (max_ts or self._now_ms() - WINDOW_MS) - self.client.settings.margin_ms
                phrase = f"created:>={_iso(since)}"
                self._warn(
                    f"saved cursor rejected (422, probably stale); restarting from {_iso(since)}"
                )
                cursor = None
                continue
            self.stats.pages += 1
            yield self._page_batch(page, cursor)
            if page.next_after is None:
                return
            cursor = page.next_after

    def _page_batch(self, page: Page, cursor: str | None) -> Batch:
        ids = [r.get("event_id") for r in page.records]
        known = self.checkpoint.done_among(self._scope, [i for i in ids if isinstance(i, str)])
        lines: list[InputLine] = []
        new_ids: list[str] = []
        stamps: list[int] = []
        for rec, eid in zip(page.records, ids, strict=True):
            ts = rec.get("@timestamp")
            if isinstance(ts, int):
                stamps.append(ts)
            if isinstance(eid, str):
                if eid in known:
                    self.stats.duplicates += 1
                    continue
                known.add(eid)
                new_ids.append(eid)
            self._line += 1
            lines.append(InputLine(f"github:{self.client.enterprise}", self._line, rec))
        self.stats.records += len(lines)
        last_page = page.next_after is None
        # Resume point: the next page, or (on the last page) this page again: records added later
        # appear after it, and the ones already seen are dropped by event_id.
        resume = cursor if last_page else page.next_after
        page_max = max(stamps) if stamps else None

        def commit() -> None:
            now = self._now_ms()
            if new_ids:
                self.checkpoint.mark_done(self._scope, new_ids, at_ms=now)
            # None (a one-page poll without a cursor) makes the next poll start from the
            # highest @timestamp seen, minus the margin.
            self.checkpoint.set(self._k_cursor, resume)
            if page_max is not None:
                old = self.checkpoint.get(self._k_max_ts)
                self.checkpoint.set(self._k_max_ts, max(page_max, old or 0))
            if last_page:
                self.checkpoint.set(self._k_last_poll, now)

        return Batch(lines, commit=commit)
