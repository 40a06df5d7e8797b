"""Key material written as bytes in code: arrays, byte strings and hex decoded by a call.

Firmware, SDK samples and configs hold symmetric keys as the bytes themselves, under a name that
says "key" (``static const uint8_t ota_aes_key[32] = {0xf6, ...}``, LoRaWAN ``APPSKEY[16]``,
``network_key: [230, 199, ...]``, ``LEDGER_PEPPER = bytes.fromhex("40d6...")``). Every syntax of
the common languages is read the same way:

- an array of 16, 24, 32, 48 or 64 byte literals, hex (``0xf6``, ``(byte) 0xf6``, ``0xf6u8``) or
  decimal (``230``), in ``{...}``, ``[...]``, ``bytes([...])``, ``[]byte{...}``, ``new byte[] {...}``,
  ``new Uint8Array([...])``, ``Buffer.from([...])``, ``vec![...]``;
- a byte string of as many ``\\xNN`` escapes (``b"\\x12\\x34..."``);
- a hex string of 32, 48, 64, 96 or 128 digits given to a decoding call (``bytes.fromhex``,
  ``unhexlify``, ``hex::decode``, ``hex.DecodeString``, ``Hex.decodeHex``, ``Convert.FromHexString``,
  ``Buffer.from(..., "hex")``).

The name the value is assigned to must name a key (`keys.classify`, plus ``pepper``, ``psk``,
``seed``, ``kek``, ``dek``) and nothing public or derived: ``iv``, ``nonce``, ``salt``, ``hash``,
``digest``, ``crc``, ``table``, ``sbox``, ``eui``, ``id``, ``mac``, ``signature``, ``public``, and
test words (``test``, ``vector``, ``expected``, ``example``, ``kat``) veto it. The bytes must look
random: mostly distinct values, few zeros, not a run (``0, 1, 2, ...``), not one repeated byte.
Only the bytes are masked, not the brackets or the name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import classify, words
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

KEY_LENGTHS = frozenset({16, 24, 32, 48, 64})
"""Byte lengths of symmetric keys, seeds and HMAC keys (AES-128/192/256, 384/512-bit MAC keys)."""

_ELEM = (
    r"(?:\(\s*(?:byte|u?int8_t|u8|i8|char|unsigned\s+char|sbyte)\s*\)\s*)?"  # a cast: (byte) 0xf6
    r"(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3})(?:u8|i8|[uU])?"
)
_ARRAY = re.compile(
    rf"[\[{{(][ \t\r\n]*(?P<v>{_ELEM}(?:[ \t]*,[ \t\r\n]*{_ELEM}){{15,63}})(?![\w.])[ \t\r\n]*,?[ \t\r\n]*[\]}})]"
)
_BYTE_STRING = re.compile(r"(?<![A-Za-z0-9_])[bB][\"'](?P<v>(?:\\x[0-9a-fA-F]{2}){16,64})[\"']")
_HEX_CALL = re.compile(
    r"(?:fromhex|unhexlify|a2b_hex|hex::decode|hex\.DecodeString|decodeHex|FromHexString|parseHexBinary|hexToBytes"
    r"|Buffer\.from)[ \t]*\([ \t]*[\"'](?P<v>[0-9a-fA-F]{32,128})[\"']"
)
_NUMBER = re.compile(r"0[xX]([0-9a-fA-F]{1,2})|(\d{1,3})")

_NAME = re.compile(
    r"""(?<![\w:])(?P<k>[A-Za-z_][\w.\-]{0,80})["']?(?:[ \t]*\[[^\]\n]{0,20}\])*(?:[ \t]+PROGMEM)?[ \t]*"""
    r"""(?::(?!:)[ \t]*[^=\n{}]{0,40}?)?[ \t]*(?:=|:=|:(?!:)|=>)[ \t]*(?P<open>(?:[^\n;=:"']|::){0,60}?)$"""
)
"""The name a value is assigned to, read backwards from where the value starts: ``name[32] =``,
``NAME: [u8; 32] =``, ``name :=``, ``"name":``, ``name = new byte[] {``, ``name = bytes([``."""
_OPENERS = re.compile(
    r"""^(?:static[ \t]+|const[ \t]+|readonly[ \t]+|new[ \t]+|&|mut[ \t]+|vec!|\(byte\[\]\)[ \t]*)*"""
    r"""(?:\[\]byte|byte\[\d*\]|sbyte\[\d*\]|u?int8_t\[\d*\]|Uint8Array|Int8Array|bytes|bytearray|"""
    r"""Buffer\.from|hex::decode|bytes\.fromhex|binascii\.unhexlify|unhexlify|[\w.:]{0,40})?"""
    r"""[ \t]*[(\[{]{0,3}[ \t]*$"""
)
"""What may stand between ``=`` and the bytes: a constructor, a decoding call, brackets."""

_EXTRA_KEY_WORDS = frozenset({"pepper", "psk", "seed", "kek", "dek", "secret", "passphrase"})
"""Name words that make a byte value secret although `keys.classify` would not say so."""
VETO_WORDS = frozenset(
    {
        *("iv", "nonce", "salt", "hash", "digest", "crc", "checksum", "sha", "md5", "table", "tables", "lut"),
        *("sbox", "box", "eui", "id", "ids", "uuid", "guid", "mac", "addr", "address", "signature", "sig"),
        *("public", "pub", "test", "tests", "vector", "vectors", "expected", "example", "sample", "kat"),
        *("dummy", "fake", "mock", "magic", "header", "fingerprint", "tag", "cert", "certificate", "der"),
        *("plaintext", "ciphertext", "input", "output", "msg", "message", "data", "buf", "buffer"),
    }
)
"""Name words that say the bytes are not a secret key: IVs, salts, digests, tables, identifiers,
public keys, test vectors, and the data a key encrypts."""


_HASHED_FOR = frozenset({"hash", "digest", "sha", "mac"})
"""Words that may qualify a pepper or secret (``HASH_PEPPER``, ``DIGEST_SECRET``): what it keys."""


def key_name(key: str) -> bool:
    """True when an assignment target names a secret key: ``ota_aes_key``, ``APPSKEY``, ``pepper``."""
    last = key.rsplit(".", 1)[-1].strip("\"'")
    ws = words(last)
    if not ws:
        return False
    allowed = _HASHED_FOR if ws[-1] in ("pepper", "secret") else frozenset()
    if any(w in VETO_WORDS and w not in allowed for w in ws):
        return False
    if any(w.endswith(("iv", "nonce", "salt")) and len(w) <= 8 and not w.endswith("key") for w in ws[-1:]):
        return False
    return classify(last) is not None or any(w in _EXTRA_KEY_WORDS for w in ws)


def _bytes_of(value: str) -> list[int] | None:
    """The byte values of an array's text, or None when one is out of range or decimal and hex mix."""
    out: list[int] = []
    kinds = set()
    for m in _NUMBER.finditer(value):
        if m.group(1) is not None:
            out.append(int(m.group(1), 16))
            kinds.add("hex")
        else:
            out.append(int(m.group(2)))
            kinds.add("dec")
    if len(kinds) != 1 or any(b > 255 for b in out):
        return None
    return out


def random_bytes(data: list[int]) -> bool:
    """Bytes that look drawn at random: key length, mostly distinct, few zeros, no run or repeat."""
    n = len(data)
    if n not in KEY_LENGTHS:
        return False
    if len(set(data)) < 0.55 * n or data.count(0) > n // 8:
        return False
    steps = {b - a for a, b in pairwise(data)}
    if len(steps) <= 2:
        return False  # 0, 1, 2, 3...: a counter or a test pattern
    return not all(b < 16 for b in data) and not all(32 <= b < 127 and chr(b).isalpha() for b in data)


def _hex_bytes(value: str) -> list[int]:
    return [int(value[i : i + 2], 16) for i in range(0, len(value) - 1, 2)]


def _target(text: str, start: int) -> str | None:
    """The name the value starting at `start` is assigned to, or None when none is in reach."""
    before = text[max(0, start - 200) : start].rstrip(" \t\r\n")
    m = _NAME.search(before)
    if m is None or _OPENERS.match(m.group("open")) is None:
        return None
    return m.group("k")


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each key found, in view offsets."""
    text, low = view.text, view.lower
    out: list[tuple[int, int, float]] = []
    if "," in text:
        for m in _ARRAY.finditer(text):
            data = _bytes_of(m.group("v"))
            if data is None or not random_bytes(data):
                continue
            name = _target(text, m.start("v"))
            if name is not None and key_name(name):
                out.append((*m.span("v"), 0.85))
    if "\\x" in text:
        for m in _BYTE_STRING.finditer(text):
            data = [int(x, 16) for x in re.findall(r"\\x([0-9a-fA-F]{2})", m.group("v"))]
            name = _target(text, m.start())
            if random_bytes(data) and name is not None and key_name(name):
                out.append((*m.span("v"), 0.85))
    if any(c in low for c in ("hex", "decode")):
        for m in _HEX_CALL.finditer(text):
            v = m.group("v")
            if len(v) % 2 or not random_bytes(_hex_bytes(v)):
                continue
            name = _target(text, m.start())
            if name is not None and key_name(name):
                out.append((*m.span("v"), 0.85))
    return out


class ByteKeyDetector(ViewScanDetector):
    """Key bytes assigned to a key-named variable in code (``secret.code.key_bytes``)."""

    name = "secret.code.key_bytes"
    prefilter: tuple[str, ...] = ("key", "secret", "psk", "pepper", "seed", "kek", "dek", "passphrase")
    checks_prefilter = True

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
