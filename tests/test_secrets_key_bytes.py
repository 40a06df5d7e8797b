"""Key bytes in code (``secret.code.key_bytes``): a generated matrix of languages, names and lengths.

Positives: random bytes of key length under key names in every carrier. Near misses: the same
carriers with IV, nonce, salt, digest, CRC table, test-vector, identifier and public-key names;
key names over counters, zeros, short arrays and non-key lengths.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.bytekeys import ByteKeyDetector, key_name, random_bytes
from redactor.detect.secrets.escapes import ViewCache

DETECTORS = secret_detectors()
KEYBYTES = ByteKeyDetector(ViewCache())
_RNG = random.Random(20261126)


def _random_key(n: int) -> list[int]:
    while True:
        data = [_RNG.randrange(256) for _ in range(n)]
        if random_bytes(data):
            return data


def _hex(data: list[int]) -> str:
    return ", ".join(f"0x{b:02x}" for b in data)


def _dec(data: list[int]) -> str:
    return ", ".join(str(b) for b in data)


def _esc(data: list[int]) -> str:
    return "".join(f"\\x{b:02x}" for b in data)


Carrier = Callable[[str, list[int]], tuple[str, str]]
"""(name, bytes) -> (text, the part that must be masked)."""

CARRIERS: dict[str, Carrier] = {
    "c": lambda k, d: (f"static const uint8_t {k}[{len(d)}] = {{\n    {_hex(d)}\n}};", _hex(d)),
    "arduino": lambda k, d: (
        f"static const u1_t PROGMEM {k}[{len(d)}] = {{ {_hex(d).upper().replace('0X', '0x')} }};",
        _hex(d).upper().replace("0X", "0x"),
    ),
    "cpp": lambda k, d: (f"constexpr std::array<uint8_t, {len(d)}> {k} = {{{_hex(d)}}};", _hex(d)),
    "rust": lambda k, d: (f"const {k}: [u8; {len(d)}] = [{_hex(d)}];", _hex(d)),
    "rust_ref": lambda k, d: (f"let {k}: &[u8] = &[{_dec(d)}];", _dec(d)),
    "go": lambda k, d: (f"var {k} = []byte{{{_hex(d)}}}", _hex(d)),
    "go_short": lambda k, d: (f"\t{k} := []byte{{\n\t\t{_hex(d)},\n\t}}", _hex(d)),
    "java": lambda k, d: (
        f"private static final byte[] {k} = new byte[] {{ {', '.join(f'(byte) 0x{b:02x}' for b in d)} }};",
        ", ".join(f"(byte) 0x{b:02x}" for b in d),
    ),
    "csharp": lambda k, d: (f"private static readonly byte[] {k} = new byte[{len(d)}] {{ {_hex(d)} }};", _hex(d)),
    "python_bytes": lambda k, d: (f"{k} = bytes([{_dec(d)}])", _dec(d)),
    "python_list": lambda k, d: (f"{k} = [\n    {_dec(d)},\n]", _dec(d)),
    "python_b": lambda k, d: (f'{k} = b"{_esc(d)}"', _esc(d)),
    "python_fromhex": lambda k, d: (f'{k} = bytes.fromhex("{bytes(d).hex()}")', bytes(d).hex()),
    "unhexlify": lambda k, d: (f"{k} = binascii.unhexlify('{bytes(d).hex()}')", bytes(d).hex()),
    "js": lambda k, d: (f"const {k} = new Uint8Array([{_dec(d)}]);", _dec(d)),
    "node_hex": lambda k, d: (f"const {k} = Buffer.from('{bytes(d).hex()}', 'hex');", bytes(d).hex()),
    "yaml": lambda k, d: (f"advanced:\n  {k}: [{_dec(d)}]\n  pan_id: 2939", _dec(d)),
    "json": lambda k, d: (f'{{"{k}": [{_dec(d)}], "channel": 11}}', _dec(d)),
    "json_escaped": lambda k, d: (f'{{"content": "{{\\"{k}\\": [{_dec(d)}]}}"}}', _dec(d)),
}

KEY_NAMES = (
    "key",
    "KEY",
    "aes_key",
    "ota_aes_key",
    "AES_KEY",
    "appKey",
    "APPKEY",
    "appSKey",
    "APPSKEY",
    "nwkSKey",
    "NWKSKEY",
    "nwk_key",
    "network_key",
    "NetworkKey",
    "hmacKey",
    "HMAC_KEY",
    "signing_key",
    "SigningKey",
    "encryptionKey",
    "ENCRYPTION_KEY",
    "secret_key",
    "masterKey",
    "device_key",
    "devKey",
    "psk",
    "PSK",
    "kek",
    "pepper",
    "HASH_PEPPER",
    "secret",
    "session_key",
    "sharedSecret",
    "seed",
    "privKey",
)
NOT_KEY_NAMES = (
    "iv",
    "IV",
    "aes_iv",
    "nonce",
    "salt",
    "SALT",
    "digest",
    "sha256_digest",
    "crc_table",
    "CRC_TABLE",
    "sbox",
    "test_key",
    "key_test_vector",
    "expected_key",
    "example_key",
    "dev_eui",
    "devEui",
    "app_eui",
    "mac_addr",
    "public_key",
    "pubKey",
    "palette",
    "lookup",
    "buf",
    "plaintext",
    "ciphertext",
    "signature",
    "uuid_bytes",
    "key_id",
    "hash",
)


def _covered(text: str, part: str, spans: list[tuple[int, int]]) -> float:
    i = text.index(part)
    return sum(any(s <= k < e for s, e in spans) for k in range(i, i + len(part))) / len(part)


def _spans(detectors: list, text: str) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    return [(s.start, s.end) for d in detectors for s in d.detect(text)]


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
@pytest.mark.parametrize("n", [16, 24, 32, 64])
def test_key_bytes_under_key_names_are_masked(carrier: str, n: int) -> None:
    missed = []
    for name in KEY_NAMES:
        text, part = CARRIERS[carrier](name, _random_key(n))
        if _covered(text, part, _spans([KEYBYTES], text)) < 0.8:
            missed.append(name)
    assert not missed, f"{carrier}/{n}: {missed}"


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
def test_same_bytes_under_other_names_are_left_alone(carrier: str) -> None:
    hit = []
    for name in NOT_KEY_NAMES:
        text, _part = CARRIERS[carrier](name, _random_key(16))
        if _spans([KEYBYTES], text):
            hit.append(name)
    assert not hit, f"{carrier}: {hit}"


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
@pytest.mark.parametrize(
    "data",
    [
        list(range(16)),  # a counter / test pattern
        list(range(0, 64, 2)),
        [0] * 32,
        [0xAA] * 16,
        [0x11, 0x22] * 8,
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0],
        [0x00, 0x1D, 0x3A, 0x27, 0x74, 0x69, 0x4E, 0x53, 0xE8, 0xF5, 0xD2, 0xCF, 0x9C, 0x81, 0xA6, 0xBB, 0x00, 0x01],
        [255, 128, 0],  # a colour
        [12, 7, 3, 9, 14, 2, 11, 5, 1, 13, 6, 10, 4, 8, 15, 0],  # a permutation of nibbles
        [ord(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEF"],  # letters: text, not key bytes
    ],
)
def test_key_names_over_non_random_bytes_are_left_alone(carrier: str, data: list[int]) -> None:
    text, _part = CARRIERS[carrier]("aes_key", data)
    assert not _spans([KEYBYTES], text)


def test_non_key_lengths_are_left_alone() -> None:
    for n in (8, 12, 20, 28, 40, 100):
        data = [_RNG.randrange(256) for _ in range(n)]
        text = f"static const uint8_t aes_key[{n}] = {{{_hex(data)}}};"
        assert not _spans([KEYBYTES], text), n


def test_tail_of_a_longer_array_is_not_read_as_a_key() -> None:
    data = _random_key(16) * 5  # 80 bytes: the last 64 alone would be a key length
    text = f"static const uint8_t key_schedule_key[80] = {{{_hex(data)}}};"
    assert not _spans([KEYBYTES], text)


def test_only_the_bytes_are_masked() -> None:
    data = _random_key(16)
    text = f"static const uint8_t appskey[16] = {{ {_hex(data)} }};"
    spans = _spans([KEYBYTES], text)
    assert [text[s:e] for s, e in spans] == [_hex(data)]


def test_tables_and_vectors_in_real_shapes_are_left_alone() -> None:
    texts = [
        "static const uint32_t crc32_table[16] = {0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac};",
        "uint8_t sbox[16] = {0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, "
        "0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76};",
        "COLORS = [[255, 0, 0], [0, 255, 0], [0, 0, 255]]",
        "key_test_vector = bytes.fromhex('000102030405060708090a0b0c0d0e0f')",
        "expected_key = [0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30, "
        "0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4, 0xc5, 0x5a]",
        "sha256_digest = bytes.fromhex('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')",
        "dev_eui = [0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x04, 0x12, 0x34]",
    ]
    for text in texts:
        assert not _spans([KEYBYTES], text), text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ota_aes_key", True),
        ("APPSKEY", True),
        ("LEDGER_HASH_PEPPER", True),
        ("aes_iv", False),
        ("salt", False),
        ("key_id", False),
        ("public_key", False),
        ("crc_key_table", False),
        ("monkey", False),
    ],
)
def test_key_name(name: str, expected: bool) -> None:
    assert key_name(name) is expected


def test_registered_and_found_through_all_detectors() -> None:
    data = _random_key(32)
    text = f"const uint8_t ota_aes_key[32] = {{{_hex(data)}}};"
    assert any(s.detector == "secret.code.key_bytes" for d in DETECTORS for s in d.detect(text))
