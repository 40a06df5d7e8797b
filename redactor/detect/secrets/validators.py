"""Offline validators for token formats that carry a checksum or a decodable structure.

No validator ever calls out over the network: the product never verifies a secret live.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n: int, width: int) -> str:
    """`n` in base 62 (digits, upper, lower), left-padded with ``0`` to `width` characters."""
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(BASE62[r])
    return "".join(reversed(out)).rjust(width, "0")


def crc32_base62_ok(token: str) -> bool:
    """GitHub-style checksum: the last 6 characters are base62(CRC32(the 30 random ones)).

    Applies to ``ghp_ gho_ ghu_ ghs_ ghr_`` tokens and npm's ``npm_`` tokens: prefix, 30 random
    base62 characters, 6 checksum characters.
    """
    _, sep, body = token.partition("_")
    if not sep or len(body) != 36:
        return False
    payload, check = body[:30], body[30:]
    return base62(zlib.crc32(payload.encode()), 6) == check


def _b64json(segment: str) -> object:
    pad = "=" * (-len(segment) % 4)
    raw = base64.urlsafe_b64decode(segment + pad)
    return json.loads(raw)


def jwt_header_ok(token: str) -> bool:
    """True when the first segment of `token` decodes to a JSON object (a JWT header)."""
    head = token.split(".", 1)[0]
    try:
        obj = _b64json(head)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    return isinstance(obj, dict)


def aws_key_id_ok(value: str) -> bool:
    """AWS access key ids: 4-letter prefix then 16 base32 characters (A-Z, 2-7)."""
    body = value[4:]
    return len(body) == 16 and all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for c in body)
