"""Webhook and callback URLs whose path carries the credential.

An incoming webhook is a capability URL: whoever holds it can post as the integration. Chat and
CRM products of every region publish the same shapes (Slack's are in the catalogue; Dooray,
JANDI, Bitrix24, Mattermost, Rocket.Chat, Lark/Feishu, DingTalk, WeCom, Teams-style
connectors, Zulip, Pumble, Google Chat and self-hosted relays follow them):

- ``https://hook.<product>/services/<id>/<id>/<token>``;
- ``https://<host>/webhook(s)/<id>/<token>``, ``/connect-api/webhook/<team>/<token>``,
  ``/hooks/<token>``, ``/open-apis/bot/v2/hook/<token>``, ``/rest/<user>/<token>/<method>``.

A URL qualifies when its host has a hook label (``hook.``, ``hooks.``, ``webhook.``, ``wh.``,
``callback.``, ``incoming.``) or its path a hook segment (``hook``, ``hooks``, ``webhook``,
``webhooks``, ``connect-api``, ``incoming``, ``services``, ``trigger``, ``callback``, ``rest``),
and a later path segment looks generated (`token_segment`): 16+ random letters and digits,
20+ hex digits, not a word, not a number; a UUID only right after ``hook``/``webhook``/``trigger``.
The URL is masked from its scheme to the end of the last token segment (the URL is the
credential); query strings, methods and file names after it stay.

The same generated segment right after an API version segment and before a method word is the
caller's API key in the path (``/v1/<key>/sms/send.json``, ``/api/v1/<device token>/telemetry``):
only that segment is masked.
"""

from __future__ import annotations

import re
from itertools import pairwise

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.entropy import is_hex, shannon, wordiness
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import UUID
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_URL = with_first_chars(
    re.compile(r"(?i)\bhttps?://(?P<host>[a-z0-9.\-]{1,253})(?::\d{1,5})?(?P<path>/[A-Za-z0-9._~%!$&'()*+,;=:@/\-]*)")
)
_HOOK_HOST = re.compile(r"(?i)(?:^|\.)(?:hooks?|webhooks?|wh|callbacks?|incoming|inbound|notify)[\-.]")
_HOOK_SEGMENTS = frozenset(
    {
        *("hook", "hooks", "webhook", "webhooks", "connect-api", "incoming", "incoming-webhook"),
        *("incoming-webhooks", "services", "trigger", "triggers", "callback", "callbacks", "rest", "robot"),
    }
)
"""Path segments after which a product puts its webhook ids and token."""
_DIRECT = frozenset({"hook", "hooks", "webhook", "webhooks", "trigger", "triggers"})
"""Segments right after which a UUID is the webhook token (Lark/Feishu ``/bot/v2/hook/<uuid>``)."""
_NOT_TOKEN_CONTEXT = frozenset(
    {
        *("commit", "commits", "blob", "tree", "sha", "objects", "packages", "download", "downloads"),
        *("releases", "raw", "assets", "static", "images", "img", "ipfs", "blobs", "manifests", "files"),
        *("attachments", "media", "uploads", "archive", "compare", "pull", "issues", "runs", "jobs"),
        *("deliveries", "logs", "events", "builds", "pipelines", "docs", "wiki"),
    }
)
"""Segments that say what follows is a content address or a resource id, not a credential."""


def _class(c: str) -> int:
    return 0 if c.islower() else 1 if c.isupper() else 2 if c.isdigit() else 3


def switches(seg: str) -> float:
    """Share of neighbouring characters of different classes (lower, upper, digit, other):
    about 0.6 for random base62, 0.4 for random lower-case base36, under 0.25 for identifiers."""
    if len(seg) < 2:
        return 0.0
    return sum(_class(a) != _class(b) for a, b in pairwise(seg)) / (len(seg) - 1)


def token_segment(seg: str) -> bool:
    """A path segment that looks generated: random letters and digits or long hex."""
    n = len(seg)
    if n < 16 or n > 200 or not re.fullmatch(r"[A-Za-z0-9_\-]+", seg) or UUID.fullmatch(seg):
        return False
    if is_placeholder(seg) or seg.isdigit() or not any(c.isalnum() for c in seg):
        return False
    if is_hex(seg):
        return n >= 20 and shannon(seg) >= 3.0 and any(c.isalpha() for c in seg)
    if not any(c.isdigit() for c in seg):
        return False  # words joined by case or dashes (``BSI-Currency-Code-Service``)
    if any(c.isupper() for c in seg) and any(c.islower() for c in seg):
        # random base62; camelCase switches rarely and reads as words
        return shannon(seg) >= 3.5 and switches(seg) >= 0.3 and wordiness(seg) < 0.75
    if shannon(seg) < 3.0 or sum(c.isdigit() for c in seg) < 2:
        return False
    words = wordiness(seg)
    return words < 0.4 or (words < 0.75 and switches(seg) >= 0.2)  # one case and digits: no words


def _hook_span(m: re.Match[str]) -> tuple[int, int] | None:
    """(start, end) to mask in a URL match: the scheme to the end of the last token segment."""
    host = m.group("host").lower()
    path = m.group("path")
    segs = path.split("/")
    hooked = _HOOK_HOST.search(host) is not None
    end = None
    after_hook = False
    pos = m.start("path")
    for raw in segs:
        seg = raw.rstrip(".,;:)'!*")
        low = seg.lower()
        if low in _NOT_TOKEN_CONTEXT:
            return None
        if low in _HOOK_SEGMENTS:
            hooked = True
        elif hooked and (token_segment(seg) or (after_hook and UUID.fullmatch(seg) is not None)):
            end = pos + len(seg)
        after_hook = low in _DIRECT
        pos += len(raw) + 1
    return None if end is None else (m.start(), end)


_VERSION_SEGMENT = re.compile(r"(?i)v\d{1,2}(?:\.\d)?")
_METHOD_SEGMENT = re.compile(r"[a-z][a-z_\-]{1,30}(?:\.(?:json|xml))?")
_COLLECTION = re.compile(r"(?!sms$)[a-z_\-]*[^siu]s")
"""A plural collection name (``items``, ``servers``, ``orders``): the segment before it is an
object, tenant or project id (``/v2/<project id>/servers``), not a key."""


def _key_in_path(m: re.Match[str]) -> tuple[int, int] | None:
    """``/v1/<key>/sms/send.json``, ``/api/v1/<token>/telemetry``: the API key as the segment
    right after a version segment, followed by a lower-case method or resource word. APIs put a
    resource name there, so a generated segment (letters and digits only: ``AUTH_<hex>`` is an
    account; 40+ digits if hex: 32-hex tenant ids) followed by a method, not by a plural collection
    name, is the caller's key."""
    segs = m.group("path").split("/")
    pos = m.start("path")
    starts = []
    for seg in segs:
        starts.append(pos)
        pos += len(seg) + 1
    for i in range(1, len(segs) - 1):
        low = segs[i - 1].lower()
        if low in _NOT_TOKEN_CONTEXT or not _VERSION_SEGMENT.fullmatch(segs[i - 1]):
            continue
        seg, after = segs[i], segs[i + 1]
        if (
            seg.isalnum()
            and not (is_hex(seg) and len(seg) < 40)  # a 32-hex tenant or project id (OpenStack)
            and _METHOD_SEGMENT.fullmatch(after)
            and not _COLLECTION.fullmatch(after)
            and after not in _NOT_TOKEN_CONTEXT
            and token_segment(seg)
        ):
            return starts[i], starts[i] + len(seg)
    return None


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each webhook URL and key-in-path segment found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    for m in _URL.finditer(text):
        span = _hook_span(m)
        if span is None and "/v" in m.group("path").lower():
            span = _key_in_path(m)
        if span is not None:
            out.append((*span, 0.8))
    return out


class WebhookUrlDetector(ViewScanDetector):
    """Incoming-webhook URLs with a token in the path (``secret.url.webhook``)."""

    name = "secret.url.webhook"
    prefilter: tuple[str, ...] = (
        *("hook", "wh.", "services", "connect-api", "incoming", "trigger", "callback", "rest"),
        *("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"),
    )

    def admits(self, view: EscapeView) -> bool:
        low = view.lower
        return "://" in low and any(k in low for k in self.prefilter)

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
