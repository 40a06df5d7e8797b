"""Offline validators for token formats that carry a checksum or a decodable structure.

No validator ever calls out over the network: the product never verifies a secret live.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
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


# Ed25519 (RFC 8032) public-key derivation, to recognise a 64-byte keypair (seed || public key) as
# Solana, NEAR and libsodium write it: the second half must be the public key of the first. Pure
# Python on purpose (the package's one `cryptography` import lives in the crypto layer); it runs
# only on candidates that already have the exact length, about 2 ms each.
_P = 2**255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _recover_x(y: int) -> int:
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_M1 % _P
    return _P - x if x & 1 else x


_GY = 4 * pow(5, _P - 2, _P) % _P
_GX = _recover_x(_GY)
_BASE = (_GX, _GY, 1, _GX * _GY % _P)

_Point = tuple[int, int, int, int]


def _add(p: _Point, q: _Point) -> _Point:
    a = (p[1] - p[0]) * (q[1] - q[0]) % _P
    b = (p[1] + p[0]) * (q[1] + q[0]) % _P
    c = 2 * p[3] * q[3] * _D % _P
    d = 2 * p[2] * q[2] % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def ed25519_public(seed: bytes) -> bytes:
    """The Ed25519 public key of a 32-byte secret seed (RFC 8032, section 5.1.5)."""
    h = hashlib.sha512(seed).digest()
    s = (int.from_bytes(h[:32], "little") & ((1 << 254) - 8)) | (1 << 254)
    q: _Point = (0, 1, 1, 0)
    p = _BASE
    while s:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    zinv = pow(q[2], _P - 2, _P)
    x, y = q[0] * zinv % _P, q[1] * zinv % _P
    return (y | (x & 1) << 255).to_bytes(32, "little")


def ed25519_keypair(data: bytes) -> bool:
    """True when `data` is 64 bytes whose second half is the Ed25519 public key of the first."""
    return len(data) == 64 and ed25519_public(data[:32]) == data[32:]
