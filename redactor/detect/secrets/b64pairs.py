"""Base64 of a ``name:secret`` credential pair, wherever it stands.

HTTP Basic credentials and many vendor API keys are the base64 of two parts joined by a colon:
``user:password`` (RFC 7617), ``<client-id>:<client-secret>`` (OAuth client credentials),
``<uuid>:<name>`` (keys that pair a generated id with an account or key name). Once encoded, no
key name or ``Basic`` prefix need stand next to them (``echo <b64> | base64 -d``, a header of a
vendor's own name, a sentence "the header value is <b64>"), and their encoded shape alone does
not look like a secret to rules that read characters.

A token of the base64 alphabet (standard or URL-safe, 12..400 characters) is decoded; it is a
credential when the text is printable ASCII without spaces, splits at its first colon into two
non-empty parts, and one of:

- either part is a UUID;
- the second part looks generated (`values.generated`, 12+ characters);
- the first part is user-like (a name, an e-mail, no URL) and the second is password-shaped
  (`pwshape.password_shaped`) and not a password word with digits.

``dXNlcjpwYXNzd29yZA==`` (``user:password``), ``name:value``, ``host:port``, ``key:value`` of
data, pairs of a documentation address (``ci@example.org:...``), and base64 of prose or binary
stay.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable

from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import UUID, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_TOKEN = re.compile(r"(?<![\w+/=.-])(?P<t>[A-Za-z0-9+/_-]{12,400}={0,2})(?![\w+/=-]|\.[\w-])")
"""A run of the base64 alphabet (standard or URL-safe) with its padding, not a dotted part (a JWT's
``header.payload.signature``)."""
_PAIR = re.compile(r"^(?P<a>[!#-9;-Z^-z|~]{1,128}):(?P<b>[!-~]{1,256})$")
"""Printable ASCII without spaces, split at its first colon; the first part holds no quote or
bracket (``{"alg":"HS256"}`` is JSON, not a pair)."""
_LEAD = frozenset("IJKLMNOPQRSTUVWXYZabcdef")
"""The first character of every 4-character group of base64 of printable ASCII (0x21..0x7E: the
first sextet of each byte triple is 8..31)."""
_USER = re.compile(r"^[A-Za-z0-9][\w.@+-]{0,127}$")
"""A user name or an e-mail address."""


def decode(token: str) -> str | None:
    """The ASCII text `token` encodes, or None when it is not base64 of printable ASCII."""
    t = token.rstrip("=")
    if len(t) % 4 == 1:
        return None
    alt = "-_" if ("-" in t or "_" in t) else "+/"
    if alt == "-_" and ("+" in t or "/" in t):
        return None
    try:
        raw = base64.b64decode(t + "=" * (-len(t) % 4), altchars=alt.encode(), validate=True)
    except (binascii.Error, ValueError):
        return None
    if not raw or any(b < 0x21 or b > 0x7E for b in raw):
        return None
    return raw.decode("ascii")


def credential_pair(text: str) -> bool:
    """Whether decoded `text` is a ``name:secret`` credential pair."""
    m = _PAIR.match(text)
    if m is None:
        return False
    a, b = m.group("a"), m.group("b")
    if "//" in b or "@example." in a:
        return False  # a URL; a documentation address
    if any(UUID.fullmatch(x) and not is_placeholder(x) for x in (a, b)):
        return True
    if generated(b, min_len=12):
        return True
    if not _USER.match(a) or is_placeholder(a):
        return False
    return password_shaped(b) and not dummy_password(b) and not is_placeholder(b)


class Base64PairDetector(ViewScanDetector):
    """Base64 of a ``name:secret`` pair (``secret.encoded.pair``)."""

    name = "secret.encoded.pair"

    def find(self, view: EscapeView) -> Iterable[Hit]:
        text = view.text
        for m in _TOKEN.finditer(text):
            token = m.group("t")
            if not _LEAD.issuperset(token[::4]) or token.islower():
                continue  # not base64 of printable ASCII; lower-case identifiers
            decoded = decode(token)
            if decoded is not None and ":" in decoded and credential_pair(decoded):
                yield m.start("t"), m.end("t"), 0.85
