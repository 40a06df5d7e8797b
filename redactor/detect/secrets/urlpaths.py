"""API keys written as a segment of a URL's path.

Many services authenticate by a key in the path instead of a header: ``/api/<key>/subgraphs``
(The Graph), ``/v2/<key>/uptime/...`` (HetrixTools), ``<network>.nownodes.io/<uuid>``,
``rpc.<provider>/api/v2/bundler/<uuid>``, ``submit.backtrace.io/<tenant>/<token>/minidump``.
A path segment is taken as a key when it is generated and stands in a key position:

- shape: 32, 40 or 64 hex digits (not all digits), a UUID, or 24+ random letters and digits
  (`webhooks.token_segment`);
- position, one of:

  * right after a key word segment (``api``, ``apikey``, ``api-key``, ``key``, ``keys``, ``token``,
    ``tokens``, ``auth``, ``access``, ``secret``);
  * right after a version segment (``v1``, ``v2``, ``v3``...), not a UUID (resource ids), and
    followed by nothing or by a word that is not a plural collection (``/v2/<project>/servers``
    is an OpenStack project id);
  * anywhere in the path of a host that names a key-in-path service kind: an RPC/node gateway or
    an ingest endpoint (a host label ``rpc``, ``node``, ``nodes``, ``bundler``, ``submit``,
    ``ingest``, ``collector``, ``ping``, ``heartbeat``, containing ``rpc``/``node``,
    ``*-mainnet``/``*-testnet``: ``hc-ping.com/<uuid>``);
  * within three segments after an alerting/monitoring ingest word (``heartbeat``, ``ping``,
    ``check_in``, ``integration(s)``, ``receiver``, ``enqueue``): ``/api/v1/heartbeat/<key>``,
    ``/integration/<key>/enqueue``, ``/receiver/v1/http/<key>``;
  * last, after ``events/<source word>`` and of the random letters-and-digits shape
    (``/api/v1/events/prometheus/<key>``; hex and UUIDs there are event ids).

Never after a segment that names content or a resource (``commit``, ``blob``, ``tree``, ``sha256``,
``packages``, ``objects``, ``ipfs``, ``users``, ``id``...), never on a code or package host (GitHub,
GitLab, Bitbucket, package registries, CDNs), never in a query string (the key/value rules read
``?apikey=``). Only the segment is masked.
"""

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.entropy import is_hex
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import UUID
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector
from redactor.detect.secrets.webhooks import token_segment

_URL = with_first_chars(
    re.compile(
        r"(?i)\b(?:https?|wss?)://(?P<host>[a-z0-9.\-]{1,253})(?::\d{1,5})?(?P<path>/[A-Za-z0-9._~%!$&'()*+,;=:@/\-]*)"
    )
)
_KEY_WORDS = frozenset(
    {"api", "apikey", "api-key", "api_key", "key", "keys", "token", "tokens", "auth", "access", "secret", "apis"}
)
_VERSION = re.compile(r"(?i)v\d{1,2}(?:\.\d)?")
_KEY_HOST = re.compile(
    r"(?i)(?:^|[.\-])(?:rpc|node|nodes|bundler|submit|ingest|collector|mainnet|testnet|ping|heartbeat)(?:[.\-]|$)"
    r"|[a-z]rpc\.|[a-z]nodes?\."
)
_CODE_HOSTS = re.compile(
    r"(?i)(?:^|\.)(?:github\.com|githubusercontent\.com|github\.io|gitlab\.com|bitbucket\.org|googlesource\.com"
    r"|npmjs\.(?:org|com)|yarnpkg\.com|pypi\.org|pythonhosted\.org|crates\.io|rubygems\.org|nuget\.org"
    r"|docker\.io|docker\.com|gcr\.io|ghcr\.io|quay\.io|jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com"
    r"|golang\.org|go\.dev|maven\.org|gravatar\.com|sourceforge\.net|archive\.org|doi\.org|ipfs\.io"
    r"|huggingface\.co|readthedocs\.io|wikipedia\.org|youtube\.com|google\.com|stackoverflow\.com)$"
)
_NOT_KEY_CONTEXT = frozenset(
    {
        *("commit", "commits", "blob", "blobs", "tree", "sha", "sha1", "sha256", "sha512", "md5", "hash"),
        *("objects", "packages", "package", "download", "downloads", "releases", "raw", "assets", "static"),
        *("images", "img", "image", "ipfs", "ipns", "manifests", "files", "file", "attachments", "media"),
        *("uploads", "archive", "compare", "pull", "issues", "runs", "jobs", "builds", "pipelines", "docs"),
        *("users", "user", "accounts", "projects", "project", "orgs", "id", "ids", "items", "item", "tx"),
        *("block", "blocks", "transactions", "address", "addresses", "avatar", "avatars", "sessions"),
        *("requests", "request", "trace", "traces", "span", "spans", "events", "event", "logs", "revisions"),
        *("tenants", "tenant", "subscriptions", "resourcegroups", "devices", "documents", "records"),
    }
)
"""Segments after which a generated segment is a content address or a resource id, not a key."""
_INGEST_WORDS = frozenset(
    {
        *("heartbeat", "heartbeats", "ping", "check_in", "check-in", "checkin", "checkins", "check_ins"),
        *("integration", "integrations", "receiver", "enqueue"),
    }
)
"""Segments of alerting and monitoring ingest endpoints after which the integration key stands:
``/api/v1/heartbeat/<key>`` (Better Stack), ``/v1/check_in/<key>`` (Honeybadger), ``/ping/<uuid>``
(Cronhub), ``/integration/<key>/enqueue`` (PagerDuty), ``/receiver/v1/http/<key>`` (Sumo Logic)."""
_TRAILING = ".,;:)'!*"
"""Characters a URL match takes from the text after it (a closing quote, a full stop)."""
_EVENTS = frozenset({"events", "event", "alerts", "alert"})
"""``/events/<source>/<key>`` (iLert ``/api/v1/events/prometheus/<key>``): a random letters-and-digits
key (not hex, not a UUID: event ids) after an events segment and one plain word naming the alert
source, as the path's last segment."""
_COLLECTION = re.compile(r"[a-z_\-]*[^siu]s")
_HEX_LENGTHS = frozenset({32, 40, 64})


def _shape(seg: str) -> str | None:
    """'hex', 'uuid' or 'token' for a generated segment, else None."""
    if UUID.fullmatch(seg):
        return "uuid"
    if is_hex(seg):
        if len(seg) in _HEX_LENGTHS and not seg.isdigit() and any(c.isdigit() for c in seg):
            return "hex"
        return None
    if len(seg) >= 24 and seg.isalnum() and token_segment(seg) and not is_placeholder(seg):
        return "token"
    return None


def _after_event_source(segs: list[str], i: int) -> bool:
    """Segment `i` is the last, after ``events/<word>`` (`_EVENTS`)."""
    if i < 2 or (i + 1 < len(segs) and segs[i + 1]):
        return False
    source = segs[i - 1]
    if _shape(segs[i].rstrip(_TRAILING)) != "token":
        return False  # hex and UUIDs there are event ids
    return segs[i - 2].lower() in _EVENTS and source.isalpha() and source.islower() and len(source) <= 24


def _key_segment(host: str, segs: list[str], i: int) -> bool:
    """Is segment `i` (already of a generated shape) in a key position?"""
    prev = segs[i - 1].lower() if i > 0 else ""
    if prev in _NOT_KEY_CONTEXT and not _after_event_source(segs, i):
        return False
    shape = _shape(segs[i])
    if prev in _KEY_WORDS or _after_event_source(segs, i):
        return True
    if any(s.lower() in _INGEST_WORDS for s in segs[max(0, i - 3) : i]):
        return not any(s.lower() in _NOT_KEY_CONTEXT for s in segs[:i])
    if _VERSION.fullmatch(prev) and shape != "uuid":
        after = segs[i + 1] if i + 1 < len(segs) else ""
        return not after or (not _COLLECTION.fullmatch(after) and after.lower() not in _NOT_KEY_CONTEXT)
    return _KEY_HOST.search(host) is not None and not any(s.lower() in _NOT_KEY_CONTEXT for s in segs[:i])


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each key-in-path segment, in view offsets."""
    out: list[tuple[int, int, float]] = []
    for m in _URL.finditer(view.text):
        host = m.group("host").lower()
        if _CODE_HOSTS.search(host):
            continue
        path = m.group("path")
        segs = path.split("/")[1:]
        pos = m.start("path") + 1
        for i, raw in enumerate(segs):
            seg = raw.rstrip(_TRAILING)
            if _shape(seg) is not None and _key_segment(host, segs, i):
                out.append((pos, pos + len(seg), 0.8))
            pos += len(raw) + 1
    return out


class UrlPathKeyDetector(ViewScanDetector):
    """A generated API key as a URL path segment in a key position (``secret.url.path_key``)."""

    name = "secret.url.path_key"
    prefilter: tuple[str, ...] = ("http", "ws:", "wss:")

    def admits(self, view: EscapeView) -> bool:
        return "://" in view.text

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
