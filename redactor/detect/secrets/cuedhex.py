"""Hex keys handed over after a key, token or API word, with no assignment name to carry them.

Providers issue many API keys, tokens and tickets as bare hex (32 for an MD5-sized key, 40, 64 or
more), and people paste them into prose, comments and logs of any language after the noun that
says what they are: ``Workato connection (Bearer): <64 hex>``, ``Furtuu API DigitalRx ...: <hex>``,
``INTEGRATIONPOINT_API_KEY ... is set to `<hex>```, ``NS_PRIMARY_KEY=<hex>`` (Azure API
Management's primary/secondary subscription keys), ``producer API - key <20 hex> / secret ...``,
or a line ending in ``... enrollment ticket:`` followed by the hex alone on the next line.

A hex run is a key here when

- it has 20+ characters, digits and letters both, and is not a placeholder;
- the words of its line before it (identifier parts split at ``_`` and camelCase, so
  ``NS_PRIMARY_KEY`` gives ``key``) hold a cue (`CUES`: ``key``, ``token``, ``api``, ``bearer``,
  ``ticket``, ``secret``, ``apikey``) at most 64 characters before the value (20-31 hex only
  directly after the cue: ``key <hex>``), or the value stands alone on its line and the line before
  ends with ``:`` and holds a cue;
- none of the words before it on its line names an id, hash or content address (`VETOES`:
  ``commit``, ``sha256``, ``checksum``, ``digest``, ``etag``, ``id``, ``fingerprint``, ``cache``
  (``cache key``), ``public``, ``session``, ``gpg``/``rsa`` (key fingerprints), ``user``,
  ``publishable``/``widget``/``window`` (browser keys), ``encrypted``, ...): those hex values are ids, not keys;
- it is not a URL path segment or a ``user@`` part (``/``, ``@``, ``#`` or ``.`` right before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_HEX = re.compile(r"(?<![0-9A-Za-z_\-+/])[0-9a-fA-F]{20,}(?![0-9A-Za-z_\-+/=])")
"""A run of hex standing alone as a token (not part of a longer base64/base62 word)."""
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[^\W\d_]+")
"""The words of a line: identifier parts (``NS_PRIMARY_KEY``, ``apiKey``) and words of any script."""

CUES = frozenset({"key", "keys", "token", "api", "apikey", "bearer", "ticket", "secret", "tokens"})
"""Nouns that say the next value is an issued credential."""
_VETO_WORDS = """
    id ids uuid guid hash hashes sha md checksum checksums digest commit commits rev revision
    fingerprint etag integrity cache blob tree object nonce salt iv public pub pubkey zone
    account container image layer trace span request correlation session build version git
    branch tag diff patch merge sum crc example sample dummy fake expected placeholder
    idempotency serial mac device hmac signature sig address tx txid block hex encoded md5 sha1
    sha256 sha512 gpg pgp gnupg rsa dsa eddsa ecdsa encrypted user username login publishable
    widget window site
"""
VETOES = frozenset(_VETO_WORDS.split())
"""Words that make a hex value an id, hash or content address rather than a key."""
_MAX_GAP = 64
"""How far before the value its cue may stand (``..._API_KEY` from `file`, where it is set to ``)."""
_CLOSE = re.compile(r"[\s:=\"'`(),\-\u2014\u2013]*")
"""What may stand between a cue and a 20-31 hex value (``key <hex>``, ``token: <hex>``)."""


def _words(text: str) -> list[tuple[int, str]]:
    """(end offset, lower-case word) of each word of `text`."""
    return [(m.end(), m.group().lower()) for m in _WORDS.finditer(text)]


def _cued(before: str, short: bool) -> bool:
    """Whether the text before a value on its line hands it over as a key (see the module doc)."""
    words = _words(before)
    if any(w in VETOES for _, w in words):
        return False
    for end, w in reversed(words):
        if len(before) - end > _MAX_GAP:
            return False
        if w in CUES:
            return not short or _CLOSE.fullmatch(before[end:]) is not None
    return False


class CuedHexDetector(ViewScanDetector):
    """Hex keys after a key/token/API/bearer/ticket word of their line (``secret.context.cued_hex``)."""

    name = "secret.context.cued_hex"
    prefilter: tuple[str, ...] = ("key", "token", "api", "bearer", "ticket", "secret")
    checks_prefilter = True

    def find(self, view: EscapeView) -> Iterable[Hit]:
        text = view.text
        for m in _HEX.finditer(text):
            value = m.group()
            if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                continue
            if len(set(value.lower())) < 6 or is_placeholder(value):
                continue
            a = m.start()
            if a and text[a - 1] in "/@#.\\$%&?":
                continue
            line_start = text.rfind("\n", 0, a) + 1
            before = text[line_start:a]
            if _cued(before, len(value) < 32):
                yield a, m.end(), 0.8
                continue
            line_end = text.find("\n", m.end())
            rest = text[m.end() : len(text) if line_end < 0 else line_end]
            if before.strip(" \t`'\"") or rest.strip(" \t`'\".,;"):
                continue
            if line_start < 2:
                continue
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            prev = text[prev_start : line_start - 1].rstrip()
            if prev.endswith(":") and len(value) >= 32 and _cued(prev[-(_MAX_GAP + 40) :], False):
                yield a, m.end(), 0.8
