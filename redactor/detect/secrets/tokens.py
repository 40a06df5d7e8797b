"""Context-free token shapes that generalise across providers: JWTs and ``prefix_random``.

Most modern API tokens are a short lower-case vendor prefix, a separator and a long random body
(``ghp_...``, ``glpat-...``, ``pscale_tkn_...``, ``lin_api_...``). `PrefixedTokenDetector` finds
that shape for vendors the catalogue does not list, rejecting content hashes (hex bodies, digest
prefixes) and identifiers (word-like bodies).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.entropy import is_hex, looks_random, shannon
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY, SecretFormat
from redactor.detect.secrets.validators import jwt_header_ok
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

JWT = SecretFormat(
    "jwt",
    r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]*(?![A-Za-z0-9_\-])",
    ("eyj",),
    score=0.9,
    validator=jwt_header_ok,
    valid_score=0.95,
    invalid_score=0.75,
)

_PREFIXED = re.compile(
    r"(?<![A-Za-z0-9_\-./+=:~@])"
    r"(?P<prefix>[a-z][a-z0-9]{1,11}(?:[_\-][a-z0-9]{1,11}){0,2})[_\-]"
    r"(?P<body>[A-Za-z0-9]{20,200})"
    r"(?![A-Za-z0-9_\-./+=~@])"
)
_DIGEST_PREFIXES = frozenset(
    {
        "sha",
        "sha1",
        "sha224",
        "sha256",
        "sha384",
        "sha512",
        "md5",
        "h1",
        "blake2b",
        "blake3",
        "xxh64",
        "crc32",
        "etag",
        "commit",
        "rev",
        "build",
        "release",
        "v1",
        "v2",
        "v3",
        "data",
        "image",
        "img",
        "font",
        "chunk",
        "bundle",
        "asset",
        "main",
        "vendor",
        "index",
        "app",
        "file",
        "node",
        "npm",
        "yarn",
        "pnpm",
        "pk",
        "pub",
        "publishable",
    }
)


_ID_KEY = re.compile(r"(?i)(?:\b|_)(?:id|ids|ref|reference|object)[\"']?[ \t]*[:=][ \t]*[\"']?$")


_KEY_BEFORE = re.compile(r"([A-Za-z_][\w-]{1,40})[\"']?[ \t]*[:=][ \t]*[\"']?$")


def _names_its_key(text: str, start: int, prefix: str) -> bool:
    """The token's prefix abbreviates the key it is assigned to: an object id, not a credential."""
    m = _KEY_BEFORE.search(text, max(0, start - 48), start)
    if m is None:
        return False
    first = prefix.split("_")[0].split("-")[0].lower()
    return any(w.startswith(first) for w in re.split(r"[_\-]+", m.group(1).lower()) if w)


def _lower_random(body: str) -> bool:
    """A long lower-case base-36 body drawn at random (``abc_<36 base36>``, ``xx_whsec_<32>``): vendors
    that issue lower-case keys. At least 30 characters, letters and digits both common (a random draw
    is ~28% digits), no long letter run (words) and high character entropy."""
    if len(body) < 30 or not (body.isascii() and body.isalnum() and body == body.lower()):
        return False
    digits = sum(c.isdigit() for c in body)
    if not 0.15 * len(body) <= digits <= 0.6 * len(body):
        return False
    if max(len(run) for run in re.findall(r"[a-z]+", body)) > 9:
        return False
    return shannon(body) >= 4.2


class PrefixedTokenDetector(SecretViewDetector):
    """``vendor_<random>`` tokens of providers nobody listed."""

    name = "secret.generic.prefixed_token"
    prefilter: tuple[str, ...] = ("_", "-")

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        out: list[Span] = []
        for m in _PREFIXED.finditer(view.text):
            prefix, body = m.group("prefix"), m.group("body")
            if prefix.split("_")[0].split("-")[0] in _DIGEST_PREFIXES or is_hex(body):
                continue
            if not looks_random(body, min_len=20, min_entropy=3.7) or shannon(body) < 3.7:
                continue
            if sum(c.isdigit() for c in body) < 2 or not (any(c.isupper() for c in body) or _lower_random(body)):
                continue
            if len(prefix) <= 3 and len(body) < 28:
                continue  # pi_3Mtw..., ch_3N...: short-prefixed object ids, shorter than API tokens
            if _ID_KEY.search(view.text, max(0, m.start() - 40), m.start()):
                continue  # "id": "...", customer_id=...: an identifier by name
            if _names_its_key(view.text, m.start(), prefix):
                continue  # "price": "price_1N...", "customer": "cus_...": an object id of that kind
            if is_placeholder(m.group()):
                continue
            s, e = view.to_raw(*m.span())
            out.append(Span(ENTITY, s, e, 0.65, self.name))
        return out
