"""Value generators and file records shared by the key-file matrix (`keyfile_world`)."""

from __future__ import annotations

import base64
import hashlib
import random
import string
from dataclasses import dataclass

ALNUM = string.ascii_letters + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
PW_CHARS = ALNUM + "!#%+-._~@^"


@dataclass(frozen=True)
class Built:
    """One file: its path, its text, the secrets in it and the public values that must stay."""

    path: str
    text: str
    secrets: tuple[str, ...]
    publics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    """One file in one carrier."""

    fmt: str
    carrier: str
    text: str
    secrets: tuple[str, ...]
    publics: tuple[str, ...]


class Gen:
    """Random values of the shapes the formats hold."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def raw(self, n: int) -> bytes:
        return bytes(self.rng.randrange(256) for _ in range(n))

    def b64(self, n: int) -> str:
        return base64.b64encode(self.raw(n)).decode()

    def hex(self, n: int) -> str:
        return self.raw(n).hex()

    def alnum(self, n: int) -> str:
        return "".join(self.rng.choice(ALNUM) for _ in range(n))

    def lower(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_lowercase + string.digits) for _ in range(n))

    def password(self, n: int = 14) -> str:
        while True:
            v = "".join(self.rng.choice(PW_CHARS) for _ in range(n))
            if v[0].isalnum() and any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                return v

    def b58check(self, payload: bytes) -> str:
        data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        num = int.from_bytes(data, "big")
        out = ""
        while num:
            num, r = divmod(num, 58)
            out = B58[r] + out
        return "1" * (len(data) - len(data.lstrip(b"\0"))) + out

    def bech32(self, hrp: str, data: bytes) -> str:
        acc = bits = 0
        five: list[int] = []
        for b in data:
            acc = (acc << 8) | b
            bits += 8
            while bits >= 5:
                bits -= 5
                five.append((acc >> bits) & 31)
        if bits:
            five.append((acc << (5 - bits)) & 31)
        values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + five + [0] * 6
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
                chk ^= g if (top >> i) & 1 else 0
        polymod = chk ^ 1
        return hrp + "1" + "".join(BECH32[d] for d in five + [(polymod >> 5 * (5 - i)) & 31 for i in range(6)])


def lines(blob: str, width: int = 64) -> str:
    return "\n".join(blob[i : i + width] for i in range(0, len(blob), width))
