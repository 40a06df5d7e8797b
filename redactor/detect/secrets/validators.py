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


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {c: i for i, c in enumerate(_BECH32)}
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
BECH32_CONSTANTS = (1, 0x2BC830A3)
"""The checksum constants of bech32 (BIP-173) and bech32m (BIP-350)."""


def bech32_any(value: str) -> bool:
    """True when `value` is a bech32 or bech32m string whose checksum holds.

    The human-readable part is everything before the last ``1``; the string must be in one case
    (BIP-173). No length limit: Cardano's extended keys are longer than the 90 characters of
    BIP-173 addresses.
    """
    if value != value.lower() and value != value.upper():
        return False
    hrp, sep, data = value.lower().rpartition("1")
    if not sep or not hrp or len(data) < 6:
        return False
    chk = 1
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    for c in data:
        i = _BECH32_INDEX.get(c)
        if i is None:
            return False
        values.append(i)
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for k, g in enumerate(_BECH32_GEN):
            chk ^= g if (top >> k) & 1 else 0
    return chk in BECH32_CONSTANTS
