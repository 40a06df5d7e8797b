"""Generated wallet secrets for the wallet detector matrices (tests/test_wallets*.py).

Every value is built from seeded random bytes with the encoding's own rules (BIP-39 word lists of
the ``mnemonic`` package, base58check, bech32/bech32m), so the matrices test formats, not lines
copied from a corpus. Near misses are derived from valid values by one controlled change.
"""

from __future__ import annotations

import base64
import hashlib
import random

from mnemonic import Mnemonic

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
BECH32_CONST = 1
BECH32M_CONST = 0x2BC830A3

LANGUAGES = tuple(sorted(Mnemonic.list_languages()))
"""All word lists the ``mnemonic`` package ships (the BIP-39 lists plus Russian and Turkish)."""


def rand_bytes(rng: random.Random, n: int) -> bytes:
    """`n` random bytes from `rng`."""
    return bytes(rng.randrange(256) for _ in range(n))


def mnemonic_phrase(rng: random.Random, language: str, words: int) -> str:
    """A checksum-valid BIP-39 phrase of `words` words in `language`."""
    m = Mnemonic(language)
    phrase = m.to_mnemonic(rand_bytes(rng, words * 4 // 3))
    return " ".join(phrase.split())  # Japanese phrases use U+3000: the carriers add their own


def broken_checksum(phrase: str, language: str) -> str:
    """The same phrase with its last word replaced so that the checksum no longer holds."""
    m = Mnemonic(language)
    words = phrase.split()
    for w in m.wordlist:
        candidate = " ".join([*words[:-1], w])
        if w != words[-1] and not m.check(candidate):
            return candidate
    raise AssertionError("no broken variant")  # pragma: no cover - 2048 candidates always hold one


RIPPLE_B58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


def b58encode(data: bytes, alphabet: str = B58) -> str:
    """Base58 (Bitcoin alphabet unless another is given)."""
    num = int.from_bytes(data, "big")
    out = ""
    while num:
        num, r = divmod(num, 58)
        out = alphabet[r] + out
    return alphabet[0] * (len(data) - len(data.lstrip(b"\0"))) + out


def b58check(payload: bytes, alphabet: str = B58) -> str:
    """Base58check: payload plus the first 4 bytes of its double SHA-256."""
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4], alphabet)


def ripple_seed(rng: random.Random, ed25519: bool = False) -> str:
    """An XRP Ledger family seed (``s...``) or Ed25519 seed (``sEd...``)."""
    prefix = bytes((0x01, 0xE1, 0x4B)) if ed25519 else bytes((0x21,))
    return b58check(prefix + rand_bytes(rng, 16), RIPPLE_B58)


def tezos_key(rng: random.Random, prefix: bytes, size: int = 32) -> str:
    """A Tezos key: base58check of its prefix bytes and `size` key bytes."""
    return b58check(prefix + rand_bytes(rng, size))


def _crc16(data: bytes) -> int:
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1) & 0xFFFF
    return crc


def stellar(rng: random.Random, version: int = 0x90) -> str:
    """A Stellar StrKey: ``S...`` secret seed (0x90) or ``G...`` public key (0x30)."""
    body = bytes([version]) + rand_bytes(rng, 32)
    return base64.b32encode(body + _crc16(body).to_bytes(2, "little")).decode()


def wif(rng: random.Random, version: int = 0x80, compressed: bool = True) -> str:
    """A Wallet Import Format private key."""
    return b58check(bytes([version]) + rand_bytes(rng, 32) + (b"\x01" if compressed else b""))


def extended_private(rng: random.Random, version: bytes = bytes.fromhex("0488ADE4")) -> str:
    """A BIP-32 extended private key (``xprv`` for the default version bytes)."""
    payload = version + bytes([3]) + rand_bytes(rng, 4) + rand_bytes(rng, 4) + rand_bytes(rng, 32)
    return b58check(payload + b"\0" + rand_bytes(rng, 32))


def extended_public(rng: random.Random) -> str:
    """A BIP-32 extended public key (``xpub``): key data starts with 0x02/0x03, not 0x00."""
    payload = bytes.fromhex("0488B21E") + bytes([3]) + rand_bytes(rng, 8) + rand_bytes(rng, 32)
    return b58check(payload + b"\x02" + rand_bytes(rng, 32))


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_GEN):
            chk ^= g if (top >> i) & 1 else 0
    return chk


def _convert(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_encode(hrp: str, data: bytes, const: int = BECH32_CONST) -> str:
    """Bech32 (BIP-173) or, with `BECH32M_CONST`, bech32m (BIP-350) of `data` under `hrp`."""
    values = _convert(data)
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    poly = _polymod(exp + values + [0] * 6) ^ const
    check = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[v] for v in values + check)


def flip_last(value: str, alphabet: str) -> str:
    """`value` with its last character replaced by another of `alphabet` (breaks a checksum)."""
    last = value[-1]
    lower = last.lower() if alphabet.islower() else last
    repl = next(c for c in alphabet if c != lower)
    return value[:-1] + (repl.upper() if last.isupper() else repl)


def ed25519_keypair(rng: random.Random) -> bytes:
    """A 64-byte Ed25519 keypair as Solana writes it: seed, then its public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = rand_bytes(rng, 32)
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key()
    return seed + public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
