"""UUID-shaped secrets in secret slots (``secret.uuid.slot``, session 17).

Many vendors issue API keys, server tokens and licence keys shaped like a UUID (Heroku API keys,
Postmark server tokens, GUID licence keys). Most UUIDs are ids, so no other generic rule takes one
and the learned model never sees them. This rule takes a UUID only when the slot right before it
says secret: the key, flag, header, query parameter, XML element or prose label whose **head noun**
(its last word; ``for ...`` post-modifiers cut off) is a secret noun -- token, secret, password,
API/access/licence/private/auth key, credential, access code -- or a credential noun of another
language from the shared cue vocabulary (`context_i18n.credential_nouns`). A head noun that is an
id (``client_id``, ``key_id``, ``request_id``) never counts, nor does a qualifier that makes the
slot a non-secret one (``page_token``, ``idempotency_key``, ``public_key``, ``trace``...).

Carriers read: ``KEY=<uuid>``, ``key: <uuid>``, ``"key": "<uuid>"`` (escaped JSON via the view),
``<Key><uuid>``, ``--api-token <uuid>``, ``X-Auth-Token: <uuid>``, ``?apiKey=<uuid>``, prose
``the API key is <uuid>``, ``management token <uuid>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.secrets.context_i18n import credential_nouns
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.secret_vocab_i18n import FOR_WORDS
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_UUID = re.compile(r"(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])")
_SEP = re.compile(
    r"(?:[ \t]*(?:[:=\uff1a\uff1d]|=>|->)[ \t]*|[ \t]+(?:is|was|are|=)[ \t]+(?:now[ \t]+)?|>|[ \t]+)"
    r"(?:\\?[\"'`“«])?$"
)
"""What separates a slot from its value, read backwards from the value: an assignment or colon, a
copula, an XML tag end, a blank (a flag or prose), and an optional opening quote."""
_LABEL = re.compile(r"[\w.\-]+$|[\w.\- ]+$")
_SENTENCE = re.compile(r".*(?:[.!?;|,(\[{]\s|[\"`<?&]|(?<![^\W\d_])'|\\\")", re.DOTALL)
"""The last sentence end, quote, tag start or query start before the slot: the label starts after it."""
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[^\W\d_]+")
_HEAD = frozenset(
    [
        *("token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "passphrase", "passcode"),
        *("apikey", "apitoken", "credential", "credentials", "pat"),
    ]
)
"""Head nouns that make a slot secret on their own."""
_KEY_QUALIFIERS = frozenset(
    ["api", "access", "license", "licence", "private", "secret", "auth", "app", "server", "sdk", "master", "product"]
)
"""Words that make ``key`` (and ``code`` after ``access``/``auth``) a secret's head noun."""
_CODE_QUALIFIERS = frozenset(["access", "auth", "license", "licence", "activation"])
_NOT_SECRET = frozenset(
    [
        *("id", "ids", "uuid", "guid", "public", "publishable", "pub", "idempotency", "page", "next", "continuation"),
        *("pagination", "sync", "resume", "cursor", "request", "correlation", "trace", "tracing", "span"),
        *("installation", "object", "tenant", "subscription", "csrf", "xsrf", "nonce", "cache", "lookup", "etag"),
        *("upload", "job", "batch", "change", "delta", "state", "device", "instance", "partition", "primary"),
        *("foreign", "sort", "row", "record", "message", "event", "example", "sample", "dummy", "test", "fake"),
    ]
)
"""Words of a label that make its slot an id or a non-secret token (any position)."""
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "your", "my", "our", "its", "their", "his", "her"])
_MAX_LABEL = 60


def _words(label: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(label)]


def _english_head(words: list[str]) -> bool:
    if not words or any(w in _NOT_SECRET for w in words):
        return False
    last = words[-1]
    if last in _HEAD or last.endswith(("token", "secret", "password", "apikey")):
        return True
    prev = words[-2] if len(words) >= 2 else ""
    if last in {"key", "keys"}:
        return prev in _KEY_QUALIFIERS or prev.endswith("api")
    if last in {"code", "codes"}:
        return prev in _CODE_QUALIFIERS
    return last in {"license", "licence"}  # a licence given as a GUID is its key


def _cut_for(label: str) -> str:
    """The label before its first ``for``-word (``API key for the sync`` -> ``API key``)."""
    parts = label.split()
    for i, w in enumerate(parts):
        if i and w.lower() in FOR_WORDS:
            return " ".join(parts[:i])
    return label


def secret_slot(before: str) -> bool:
    """Whether the text right before a value (on its line) is a slot whose head noun is a secret's."""
    sep = _SEP.search(before)
    if sep is None:
        return False
    head = before[: sep.start()].rstrip(" \t\"'`\\]”»")
    blank_only = not sep.group(0).strip(" \t\"'`“«\\")
    m = _SENTENCE.match(head)
    label = head[m.end() :] if m else head
    label = label.strip().lstrip("-$@").strip()
    if not label or len(label) > _MAX_LABEL * 2:
        return False
    if " " in label:
        label = _cut_for(label)
    if len(label) > _MAX_LABEL:
        label = label[-_MAX_LABEL:]
    words = _words(label)
    if blank_only:
        # prose or a flag: the value follows its noun directly; a clause after a colon, and a noun
        # with a qualifier (``management token <uuid>``), not a lone ``token <uuid>`` of a log line
        words = _words(label.rsplit(":", 1)[-1])[-3:]
        if not label.lstrip().startswith("-") and (len(words) < 2 or words[-2] in _DETERMINERS):
            words = []
    if _english_head(words):
        return True
    if any(w in _NOT_SECRET for w in words):
        return False
    tail = label.rstrip()
    for _s, e, _kind in credential_nouns(tail):
        rest = _words(tail[e:])
        if not rest or rest == ["api"]:
            return True  # the noun ends the label (``ключ``, ``clé API``)
    return False


class UuidSlotDetector(ViewScanDetector):
    """A UUID whose slot's head noun is a secret noun (``secret.uuid.slot``)."""

    name = "secret.uuid.slot"

    def find(self, view: EscapeView) -> Iterable[Hit]:
        text = view.text
        for m in _UUID.finditer(text):
            value = m.group(0)
            if is_placeholder(value) or len(set(value.replace("-", "").lower())) < 6:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[max(line_start, m.start() - 160) : m.start()]
            if secret_slot(before):
                yield m.start(), m.end(), 0.85
