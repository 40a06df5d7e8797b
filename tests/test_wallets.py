"""Wallet secrets (redactor/detect/secrets/wallets.py): generated matrices of valid values in
several carriers and near misses derived from them (checksum broken, public halves, too short,
documented test vectors, printed word lists)."""

from __future__ import annotations

import hashlib
import hmac
import json
import random

import pytest
from mnemonic import Mnemonic

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.evmkeys import EvmKeyDetector
from redactor.detect.secrets.spec import FormatDetector
from redactor.detect.secrets.validators import ed25519_keypair, ed25519_public
from redactor.detect.secrets.wallets import (
    FORMATS,
    MAX_KEYPAIR_CHECKS,
    Base58KeyDetector,
    MnemonicDetector,
    bip39_checksum_ok,
    electrum_seed_ok,
    word_index,
)
from tests import wallet_samples as W

CARRIERS = (
    ("note", lambda v: f"Note to self: {v}\n"),  # no mnemonic word anywhere
    ("json", lambda v: json.dumps({"words": v}, ensure_ascii=False)),
    ("escaped", lambda v: json.dumps({"body": json.dumps({"value": v}, ensure_ascii=False)}, ensure_ascii=False)),
    ("env", lambda v: f'WALLET_WORDS="{v}"\n'),
    ("yaml", lambda v: f"backup:\n  words: {v}\n"),
    ("alone", lambda v: f"Here it is:\n\n{v}\n\nkeep it offline"),
)


def _spans(detector: object, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detector.detect(text)]  # type: ignore[attr-defined]


def _mnemonic() -> MnemonicDetector:
    return MnemonicDetector(ViewCache())


def _raw_span(text: str, value: str) -> tuple[int, int]:
    """Where `value` sits in `text`, or in its JSON-escaped form."""
    if value in text:
        i = text.index(value)
        return i, i + len(value)
    esc = json.dumps(value, ensure_ascii=False)[1:-1]
    esc2 = json.dumps(esc, ensure_ascii=False)[1:-1]
    for form in (esc, esc2):
        if form in text:
            i = text.index(form)
            return i, i + len(form)
    raise AssertionError("value not in text")


@pytest.mark.parametrize("language", W.LANGUAGES)
@pytest.mark.parametrize("words", [12, 15, 18, 21, 24])
def test_valid_phrase_every_language_and_length_is_one_span(language: str, words: int) -> None:
    rng = random.Random(f"{language}{words}")
    for label, carrier in CARRIERS:
        phrase = W.mnemonic_phrase(rng, language, words)
        text = carrier(phrase)
        assert _spans(_mnemonic(), text) == [_raw_span(text, phrase)], (language, words, label)


def test_japanese_ideographic_spaces_and_numbered_lists() -> None:
    rng = random.Random(5)
    ja = W.mnemonic_phrase(rng, "japanese", 12).replace(" ", "\u3000")
    assert _spans(_mnemonic(), f"メモ: {ja}") == [_raw_span(f"メモ: {ja}", ja)]
    en = W.mnemonic_phrase(rng, "english", 12).split()
    listed = "\n".join(f"{i}. {w}" for i, w in enumerate(en, 1))
    text = f"Backup card:\n{listed}\n"
    start = text.index(en[0])
    assert _spans(_mnemonic(), text) == [(start, text.rindex(en[-1]) + len(en[-1]))]


@pytest.mark.parametrize("language", ["english", "spanish", "korean", "chinese_simplified"])
def test_broken_checksum_needs_a_mnemonic_word_before_it(language: str) -> None:
    rng = random.Random(language)
    for _ in range(20):
        broken = W.broken_checksum(W.mnemonic_phrase(rng, language, 12), language)
        if language == "english" and electrum_seed_ok(broken.split()):
            continue  # also an Electrum seed (1 in ~220): tested below
        assert _spans(_mnemonic(), f"Note to self: {broken}\n") == []
        text = f"seed phrase: {broken}\n"
        assert [(s.start, s.end, s.score) for s in _mnemonic().detect(text)] == [(13, 13 + len(broken), 0.85)]


def test_broken_phrase_after_list_words_of_its_label() -> None:
    """ "seed words below" may hold list words: up to two are dropped from the run's start."""
    rng = random.Random(21)
    m = Mnemonic("english")
    checked = 0
    for _ in range(30):
        broken = W.broken_checksum(W.mnemonic_phrase(rng, "english", 12), "english").split()
        lead = [rng.choice(m.wordlist) for _ in range(rng.choice((1, 2)))]
        run = lead + broken

        def checks(words: list[str]) -> bool:
            idx = [m.wordlist.index(w) for w in words]
            return any(bip39_checksum_ok(idx[i : i + 12]) for i in range(len(words) - 11)) or any(
                electrum_seed_ok(words[i : i + n]) for n in (12, 13) for i in range(len(words) - n + 1)
            )

        if checks(run) or checks(broken + lead):
            continue  # a window that checks by chance is found as such
        phrase = " ".join(broken)
        text = f"mnemonic (old one) {' '.join(lead)}\n{phrase}\n"
        start = text.index(phrase)
        assert _spans(_mnemonic(), text) == [(start, start + len(phrase))]
        assert _spans(_mnemonic(), f"Note (old one) {' '.join(lead)}\n{phrase}\n") == []
        # list words after the phrase, on the next line: the phrase still ends where it ends
        text = f"my recovery phrase:\n\n{phrase}\n\n{' '.join(lead)} says invalid"
        start = text.index(phrase)
        assert _spans(_mnemonic(), text) == [(start, start + len(phrase))]
        # list words joined to the phrase by spaces: no line break says where it starts
        assert _spans(_mnemonic(), f"mnemonic (old one) {' '.join(run)}\n") == []
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["abandon"] * 11 + ["about"]),  # BIP-39 test vector: zero entropy (valid checksum)
        " ".join(["test"] * 11 + ["junk"]),  # Hardhat/Foundry default mnemonic
        " ".join(["zoo"] * 11 + ["wrong"]),  # all-ones entropy vector
        "legal winner thank year wave sausage worth useful legal winner thank yellow",  # 0x7f... vector
        " ".join(Mnemonic("english").wordlist[:200]),  # a printed word list (sorted)
        "mnemonic: " + " ".join(["abandon"] * 11 + ["about"]),  # repeated words even with context
    ],
)
def test_test_vectors_and_word_lists_are_not_phrases(text: str) -> None:
    assert _spans(_mnemonic(), text) == []


def test_eleven_words_or_mixed_languages_are_not_phrases() -> None:
    rng = random.Random(9)
    en = W.mnemonic_phrase(rng, "english", 12).split()
    assert _spans(_mnemonic(), "seed: " + " ".join(en[:11])) == []
    fr = W.mnemonic_phrase(rng, "french", 12).split()
    mixed = [w for w in fr if w not in word_index() or len(word_index()[w]) == 1][:6] + en[:6]
    assert _spans(_mnemonic(), "Note: " + " ".join(mixed)) == []


def test_prose_of_list_words_only_rarely_checks() -> None:
    """Random runs of list words pass the BIP-39 checksum 1 time in 16 (12 words) and the Electrum
    version check about 1 time in 220: the detector reports exactly those, never a run whose
    checks fail without a mnemonic word."""
    rng = random.Random(11)
    words = Mnemonic("english").wordlist
    passed = 0
    for _ in range(400):
        picked = [rng.choice(words) for _ in range(12)]
        idx = [words.index(w) for w in picked]
        found = _spans(_mnemonic(), "Note: " + " ".join(picked))
        valid = bip39_checksum_ok(idx) or electrum_seed_ok(picked)
        assert bool(found) == (valid and len(set(picked)) >= 9)
        passed += bool(found)
    assert 5 < passed < 60


def _electrum_seed(rng: random.Random) -> str:
    words = Mnemonic("english").wordlist
    while True:
        phrase = " ".join(rng.choice(words) for _ in range(12))
        if hmac.new(b"Seed version", phrase.encode(), hashlib.sha512).hexdigest().startswith("01"):
            return phrase


def test_electrum_seed() -> None:
    rng = random.Random(2)
    for _ in range(5):
        seed = _electrum_seed(rng)
        text = f"electrum restore: {seed}"
        assert _spans(_mnemonic(), text) == [_raw_span(text, seed)]


@pytest.mark.parametrize(
    ("label", "make"),
    [
        ("btc wif compressed", lambda r: W.wif(r)),
        ("btc wif uncompressed", lambda r: W.wif(r, compressed=False)),
        ("testnet wif", lambda r: W.wif(r, 0xEF)),
        ("litecoin wif", lambda r: W.wif(r, 0xB0)),
        ("dogecoin wif", lambda r: W.wif(r, 0x9E)),
        ("dash wif", lambda r: W.wif(r, 0xCC)),
        ("xprv", lambda r: W.extended_private(r)),
        ("tprv", lambda r: W.extended_private(r, bytes.fromhex("04358394"))),
        ("zprv", lambda r: W.extended_private(r, bytes.fromhex("04b2430c"))),
        ("Ltpv", lambda r: W.extended_private(r, bytes.fromhex("019d9cfe"))),
        ("tezos edsk seed", lambda r: W.tezos_key(r, bytes((13, 15, 58, 7)))),
        ("tezos edsk 64", lambda r: W.tezos_key(r, bytes((43, 246, 78, 7)), 64)),
        ("tezos spsk", lambda r: W.tezos_key(r, bytes((17, 162, 224, 201)))),
        ("tezos p2sk", lambda r: W.tezos_key(r, bytes((16, 81, 238, 189)))),
        ("xrpl seed", lambda r: W.ripple_seed(r)),
        ("xrpl ed25519 seed", lambda r: W.ripple_seed(r, ed25519=True)),
        ("stellar seed", lambda r: W.stellar(r)),
    ],
)
def test_base58check_private_keys_anywhere(label: str, make: object) -> None:
    rng = random.Random(label)
    det = Base58KeyDetector(ViewCache())
    for _, carrier in CARRIERS:
        value = make(rng)  # type: ignore[operator]
        text = carrier(value)
        assert _spans(det, text) == [_raw_span(text, value)], label


def test_ed25519_derivation_matches_cryptography() -> None:
    rng = random.Random(8)
    for _ in range(10):
        pair = W.ed25519_keypair(rng)
        assert ed25519_public(pair[:32]) == pair[32:]
        assert ed25519_keypair(pair)
        assert not ed25519_keypair(pair[:32] + W.rand_bytes(rng, 32))  # a signature-like 64 bytes


def test_base58_ed25519_keypairs_solana_and_near() -> None:
    rng = random.Random(12)
    det = Base58KeyDetector(ViewCache())
    for _, carrier in CARRIERS:
        value = W.b58encode(W.ed25519_keypair(rng))
        text = carrier(value)
        assert _spans(det, text) == [_raw_span(text, value)]
    near = W.b58encode(W.ed25519_keypair(rng))
    text = f'{{"account_id": "alice.testnet", "private_key": "ed25519:{near}"}}'
    assert _spans(det, text) == [_raw_span(text, near)]
    signatures = [W.b58encode(W.rand_bytes(rng, 64)) for _ in range(5)]  # transaction signatures
    assert _spans(det, "\n".join(f"Signature: {s}" for s in signatures)) == []


def test_keypair_checks_per_text_are_capped() -> None:
    rng = random.Random(13)
    det = Base58KeyDetector(ViewCache())
    noise = " ".join(W.b58encode(W.rand_bytes(rng, 64)) for _ in range(MAX_KEYPAIR_CHECKS))
    key = W.b58encode(W.ed25519_keypair(rng))
    assert _spans(det, f"{key} {noise}") == [(0, len(key))]
    assert _spans(det, f"{noise} {key}") == []  # documented limit: a key after 64 signatures


@pytest.mark.parametrize("scheme", ["ed25519", "secp256k1", "secp256r1"])
def test_aip80_private_keys(scheme: str) -> None:
    key = f"{scheme}-priv-0x{W.rand_bytes(random.Random(scheme), 32).hex()}"
    for _, carrier in CARRIERS:
        text = carrier(key)
        assert _spans(_fmt("wallet.aip80_private_key"), text) == [_raw_span(text, key)]
    assert _spans(_fmt("wallet.aip80_private_key"), f"{scheme}-pub-0x{'ab' * 32}") == []


def test_base58check_near_misses() -> None:
    rng = random.Random(4)
    det = Base58KeyDetector(ViewCache())
    wif = W.wif(rng)
    xprv = W.extended_private(rng)
    address = W.b58check(b"\0" + W.rand_bytes(rng, 20))  # a P2PKH address: public
    misses = [
        W.flip_last(wif, W.B58),  # checksum broken
        W.flip_last(xprv, W.B58),
        wif[:-1],  # too short
        W.extended_public(rng),  # xpub: public
        W.b58check(bytes([0x12]) + W.rand_bytes(rng, 32) + b"\x01"),  # unknown version byte
        address,
        "5" + "1" * 50,  # filler
        W.tezos_key(rng, bytes((13, 15, 37, 217))),  # edpk: a Tezos public key
        W.b58check(bytes((0x00,)) + W.rand_bytes(rng, 20), W.RIPPLE_B58),  # an XRP account address
        W.flip_last(W.ripple_seed(rng), W.B58),
        W.stellar(rng, 0x30),  # G...: a Stellar public key
        W.flip_last(W.stellar(rng), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    ]
    for value in misses:
        assert _spans(det, f"key: {value}\n") == [], value
    assert _spans(det, f"x{wif}") == []  # inside a longer word


def _fmt(name: str) -> FormatDetector:
    return FormatDetector(next(f for f in FORMATS if f.name == name), ViewCache())


@pytest.mark.parametrize(
    ("hrp", "size", "const"),
    [
        ("suiprivkey", 33, W.BECH32_CONST),  # Sui: flag byte + 32-byte key
        ("ed25519_sk", 32, W.BECH32_CONST),  # Cardano signing key
        ("ed25519e_sk", 64, W.BECH32_CONST),  # Cardano extended signing key
        ("addr_xsk", 96, W.BECH32_CONST),  # Cardano address extended key
        ("root_xsk", 96, W.BECH32_CONST),
        ("cc_cold_sk", 32, W.BECH32_CONST),
        ("ncryptsec", 91, W.BECH32_CONST),  # Nostr NIP-49 encrypted key
        ("secret-extended-key-main", 169, W.BECH32_CONST),  # Zcash Sapling spending key
        ("drep_sk", 32, W.BECH32M_CONST),  # a bech32m checksum is accepted too
    ],
)
def test_bech32_secret_keys(hrp: str, size: int, const: int) -> None:
    rng = random.Random(hrp)
    det = _fmt("wallet.bech32_secret")
    value = W.bech32_encode(hrp, W.rand_bytes(rng, size), const)
    for _, carrier in CARRIERS:
        text = carrier(value)
        assert _spans(det, text) == [_raw_span(text, value)], hrp
    upper = value.upper()
    assert _spans(det, f"key {upper}") == [(4, 4 + len(upper))]
    assert _spans(det, f"key {W.flip_last(value, W.BECH32)}") == []  # checksum broken


@pytest.mark.parametrize("hrp", ["npub", "addr_vk", "ed25519_pk", "bc", "addr", "stake_vk"])
def test_bech32_public_parts_are_not_secrets(hrp: str) -> None:
    value = W.bech32_encode(hrp, W.rand_bytes(random.Random(hrp), 32))
    assert _spans(_fmt("wallet.bech32_secret"), f"key: {value}") == []


@pytest.mark.parametrize(
    ("template", "found"),
    [
        ("PK=0x{h}\n", True),
        ("DEPLOYER_PK={h}\n", True),
        ('const ownerPk = "0x{h}";', True),
        ("pk: '{h}'", True),
        ('{{"relayer.pk": "0x{h}"}}', True),
        ("SK=0x{h}\n", True),
        ("eth_priv = '{h}'\n", True),
        ("HOT_WALLET_KEY=0x{h}\n", True),
        ("VALIDATOR_KEY={h}\n", True),
        ("export SEPOLIA_DEPLOYER_SECRET=0x{h}\n", True),
        ("relayerSecret: 0x{h}\n", True),
        ("forge script Deploy.s.sol --pk 0x{h} --broadcast", True),
        ("node sign.js --sk={h}", True),
        ("apk = {h}\n", False),  # an APK digest
        ("PKG_SHA256={h}\n", False),  # a package digest
        ("CACHE_KEY={h}\n", False),  # a key name without an account role
        ("DEPLOYER_TX_HASH_KEY=0x{h}\n", False),  # a hash word vetoes
        ("validator_pubkey: 0x{h}\n", False),  # public
        ("pk = 0x" + "0" * 63 + "1\n", False),  # a filler, not a key
        ("pk = 0x{h}ab\n", False),  # 66 hex: not a 32-byte key
        ("wallet_key: 0x{h40}\n", False),  # an address length
    ],
)
def test_evm_keys_under_wallet_names(template: str, found: bool) -> None:
    rng = random.Random(template)
    h = W.rand_bytes(rng, 32).hex()
    text = template.format(h=h, h40=W.rand_bytes(rng, 20).hex())
    spans = _spans(EvmKeyDetector(ViewCache()), text)
    if found:
        value = f"0x{h}" if f"0x{h}" in text else h
        assert spans == [_raw_span(text, value)]
    else:
        assert spans == []


def test_registered_and_reprs_hold_no_value() -> None:
    names = {d.name for d in secret_detectors()}
    assert {
        "secret.wallet.mnemonic",
        "secret.wallet.base58check_key",
        "secret.wallet.bech32_secret",
        "secret.wallet.evm_key",
        "secret.wallet.der_hex_key",
        "secret.wallet.aip80_private_key",
    } <= names
    rng = random.Random(1)
    phrase = W.mnemonic_phrase(rng, "english", 12)
    spans = _mnemonic().detect(phrase)
    assert spans and phrase.split()[0] not in repr(spans) + repr(_mnemonic())


def test_gate_costs_nothing_on_text_without_candidates() -> None:
    """No run of 12 word-like tokens, no base58 run of 51+: nothing to validate."""
    text = "def f(x):\n    return x + 1\n" * 200
    assert _mnemonic().detect(text) == []
    assert Base58KeyDetector(ViewCache()).detect(text) == []
