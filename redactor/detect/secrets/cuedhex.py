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
from bisect import bisect_left, bisect_right
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
_API_PATH_KEY = re.compile(
    r"(?i)/(?:api|api[-_]?key|apikey)(?:v?\d+(?:\.\d+)*)?/(?P<v>[0-9a-f]{32,})(?=[/?#\s\"'`<>)]|\Z)"
)
"""A 32+ hex URL path segment right after the segment naming the API (``/api/``, ``/api2.1/``,
``/apikey/``): key-in-path APIs take the caller's key there (``/api2.1/<key>/calculation``)."""
_KEY_ASSIGNMENT = re.compile(r"[A-Za-z0-9]+[_.-]?(?:KEY|Key|key)[\"']?[ \t]*[:=][ \t]*[\"'`]?\Z")
"""A qualified key name assigned the value (``ACME_EVENT_KEY=``, ``apiKey: "``): left to the assignment
rules, which read the name's role (a hex digest under ``EVENT_KEY`` is a lookup key's)."""
_MAX_GAP = 64
"""How far before the value its cue may stand (``..._API_KEY` from `file`, where it is set to ``)."""
_BLANK = re.compile(r"[ \t`'\"]*")
"""Blanks and quotes only (what may stand before a value alone on its line)."""
_CLOSE = re.compile(r"[\s:=\"'`(),\-\u2014\u2013]*")
"""What may stand between a cue and a 20-31 hex value (``key <hex>``, ``token: <hex>``)."""


def _words(text: str) -> list[tuple[int, str]]:
    """(end offset, lower-case word) of each word of `text`."""
    return [(m.end(), m.group().lower()) for m in _WORDS.finditer(text)]


def _cued(before: str, short: bool) -> bool:
    """Whether the text before a value on its line hands it over as a key (see the module doc)."""
    return _cued_words(before, 0, len(before), _words(before), short)


def _cued_words(text: str, start: int, a: int, words: list[tuple[int, str]], short: bool) -> bool:
    """`_cued(text[start:a], short)` with the words of that text given (ends relative to `start`)."""
    if any(w in VETOES for _, w in words):
        return False
    for end, w in reversed(words):
        if a - start - end > _MAX_GAP:
            return False
        if w in CUES:
            return not short or _CLOSE.fullmatch(text, start + end, a) is not None
    return False


class _Line:
    """The words of one line, read once for all the hex values on it (a long one-line text with
    many values cost a read of the whole line before each: quadratic)."""

    def __init__(self, text: str, start: int) -> None:
        end = text.find("\n", start)
        self.start, self.end = start, len(text) if end < 0 else end
        self.words = [(m.end() - start, m.group().lower()) for m in _WORDS.finditer(text, start, self.end)]
        self.ends = [e for e, _ in self.words]
        self.veto = next((e for e, w in self.words if w in VETOES), None)

    def cued(self, text: str, a: int, short: bool) -> bool:
        """`_cued(text[self.start:a], short)`, for a value at `a` after a non-word character (no
        word of the line then runs across `a`, so the line's words before it are its prefix's)."""
        rel = a - self.start
        if self.veto is not None and self.veto <= rel:
            return False
        i = bisect_right(self.ends, rel)
        lo = bisect_left(self.ends, rel - _MAX_GAP)
        return _cued_words(text, self.start, a, self.words[max(0, lo - 1) : i], short) if i else False


class CuedHexDetector(ViewScanDetector):
    """Hex keys after a key/token/API/bearer/ticket word of their line (``secret.generic.cued_hex``)."""

    name = "secret.generic.cued_hex"
    prefilter: tuple[str, ...] = ("key", "token", "api", "bearer", "ticket", "secret")
    checks_prefilter = True

    def find(self, view: EscapeView) -> Iterable[Hit]:
        text = view.text
        for k in _API_PATH_KEY.finditer(text):
            value = k.group("v")
            if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and not is_placeholder(value):
                yield k.start("v"), k.end("v"), 0.8
        line: _Line | None = None
        for m in _HEX.finditer(text):
            value = m.group()
            if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                continue
            if len(set(value.lower())) < 6 or is_placeholder(value):
                continue
            a = m.start()
            if a and text[a - 1] in "/@#.\\$%&?":
                continue
            line_start = text.rfind("\n", 0, a) + 1 if line is None or a >= line.end else line.start
            if a == line_start or not (text[a - 1].isalnum() or text[a - 1] == "_"):
                if line is None or line.start != line_start:
                    line = _Line(text, line_start)
                cued = line.cued(text, a, len(value) < 32)
            else:
                cued = _cued(text[line_start:a], len(value) < 32)
            if cued and _KEY_ASSIGNMENT.search(text, max(line_start, a - 80), a):
                continue  # ACME_EVENT_KEY=<hex>: a key name's value is the assignment rules'
            if cued:
                yield a, m.end(), 0.8
                continue
            if _BLANK.match(text, line_start, a).end() != a:  # type: ignore[union-attr]
                continue
            if line is not None and line.start == line_start:
                line_end = line.end
            else:
                found = text.find("\n", m.end())
                line_end = len(text) if found < 0 else found
            if text[m.end() : line_end].strip(" \t`'\".,;"):
                continue
            if line_start < 2:
                continue
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            prev = text[prev_start : line_start - 1].rstrip()
            if prev.endswith(":") and len(value) >= 32 and _cued(prev[-(_MAX_GAP + 40) :], False):
                yield a, m.end(), 0.8
