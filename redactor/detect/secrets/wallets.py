"""Cryptocurrency wallet secrets recognised by their encoding's own checksum, anywhere in a text.

`keyfiles.py` finds wallet keys by the syntax that carries them (``--private-key``, an
``xprv`` prefix, a BIP-39 phrase after ``mnemonic:``). This module finds them by the encoding
alone, where the encoding carries a checksum that makes a chance match negligible:

- BIP-39 mnemonic phrases (`MnemonicDetector`): 12, 15, 18, 21 or 24 words of one of the word
  lists the ``mnemonic`` package ships (English, Chinese simplified/traditional, Czech, French,
  Italian, Japanese, Korean, Portuguese, Russian, Spanish, Turkish), whose last bits are the
  SHA-256 checksum of the entropy the words encode (1 in 16 to 1 in 256 for random words), and
  Electrum seeds (12-13 English words whose HMAC-SHA512 starts with a seed-version prefix). A
  phrase without a valid checksum is taken only when a mnemonic/seed/recovery word of one of
  these languages precedes it and the run of list words has a BIP-39 length (after dropping up
  to two list words of the label). The whole phrase is one span, from the first word to the last.
- checksummed private keys of any coin (`Base58KeyDetector`): Wallet Import Format keys
  (Bitcoin, testnet, Litecoin, Dogecoin, Dash version bytes), BIP-32 extended private keys of
  any version (``xprv``, ``tprv``, ``yprv``, ``zprv``, ``Ltpv``...: 78 bytes whose key data
  starts with 0x00; ``xpub`` keys start with 0x02/0x03 and stay), Tezos ``edsk``/``spsk``/``p2sk``
  keys (base58check with their prefix bytes), XRP Ledger seeds (``s...``/``sEd...``, base58check
  in the Ripple alphabet), Stellar secret seeds (``S...``, StrKey base32 with CRC16) and Ed25519
  keypairs in base58 (64 bytes whose second half is the public key of the first: Solana/Phantom
  exports, NEAR ``ed25519:...`` keys; transaction signatures have the same length and fail).
- Aptos AIP-80 keys (``ed25519-priv-0x...``, ``secp256k1-priv-0x...``).
- DER-encoded private keys written as hex (`FORMATS`): the PKCS#8 prefix of an Ed25519 or
  secp256k1 key followed by the 32 key bytes (Hedera's ``302e0201...`` form).
- bech32/bech32m secret keys whose human-readable part names a secret (`FORMATS`): Sui
  ``suiprivkey1``, Cardano ``*_sk1``/``*_xsk1`` (``ed25519_sk``, ``addr_xsk``, ``root_xsk``...),
  Nostr ``ncryptsec1``, Zcash ``secret-extended-key-main1``; the checksum must hold.
- EVM hex private keys under wallet-role and abbreviated names (`evmkeys.EvmKeyDetector`).

Detection is gated by RE2 (linear time, no backtracking): a text with no run of 12 word-like
tokens costs a count of separators or one RE2 scan, one without a base58 run of 29+ characters
(or a Stellar-shaped run) one more scan; the `FORMATS` run only after their literal prefilters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.evmkeys import EvmKeyDetector
from redactor.detect.secrets.keyfiles import b58check, random_hex
from redactor.detect.secrets.spec import ENTITY, SecretFormat
from redactor.detect.secrets.validators import bech32_any, ed25519_keypair
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span
from redactor.errors import ConfigError

LANGUAGES = (
    "english",
    "chinese_simplified",
    "chinese_traditional",
    "czech",
    "french",
    "italian",
    "japanese",
    "korean",
    "portuguese",
    "russian",
    "spanish",
    "turkish",
)
"""The word lists of the ``mnemonic`` package (its ``wordlist/<language>.txt`` files)."""

LENGTHS = (24, 21, 18, 15, 12)
"""BIP-39 phrase lengths, longest first (a window takes the longest phrase that checks)."""

ELECTRUM_PREFIXES = ("01", "100", "101", "102")
"""Electrum seed versions: standard, segwit, 2FA, 2FA segwit (hex prefix of the seed's HMAC)."""

CONTEXT_WORDS = (
    "mnemonic",
    "seed",
    "recovery phrase",
    "recovery words",
    "backup phrase",
    "secret phrase",
    "secret recovery",
    "wallet words",
    "passphrase",
    "助记词",
    "助記詞",
    "ニーモニック",
    "シード",
    "復元フレーズ",
    "니모닉",
    "시드",
    "복구 구문",
    "мнемони",
    "сид-фраз",
    "фраза восстановления",
    "phrase de récupération",
    "phrase secrète",
    "frase semilla",
    "frase de recuperación",
    "frase di recupero",
    "frase de recuperação",
    "kurtarma",
    "obnovovací fráze",
)
"""Lower-case words one of which, in the 80 characters before a phrase, lets a phrase whose
checksum fails still count (hand-typed, truncated or invented phrases in notes)."""

_CONTEXT_WINDOW = 80

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 32 << 20
_OPTIONS.log_errors = False

_W = (
    r"(?:[a-zA-Z\x{C0}-\x{24F}\x{300}-\x{36F}\x{400}-\x{4FF}]{3,14}"
    r"|[\x{1100}-\x{11FF}\x{3040}-\x{30FF}\x{AC00}-\x{D7AF}]{2,16}|[\x{4E00}-\x{9FFF}])"
)
_SEP = r"(?:[ \t\r\n,;'\"`|\x{3000}-]{1,6}(?:\d{1,2}[.):]?[ \t\x{3000}]{0,3})?)"
_RUN = re2.compile(_W + "(?:" + _SEP + _W + "){11,}", _OPTIONS)
"""Runs of 12+ word-like tokens with short separators (spaces, commas, quotes, list numbers)."""
_RUN_BYTES = re2.compile((_W + "(?:" + _SEP + _W + "){11,}").encode(), _OPTIONS)
"""The same on ASCII bytes: byte offsets are character offsets, and no UTF-8 offset map is built."""


def candidate_runs(text: str) -> Iterator[tuple[int, int]]:
    """Regions of `text` that may hold a phrase: 11+ separator characters, then an RE2 run."""
    if sum(text.count(c) for c in " \n\t,\u3000-") < 11:
        return
    if text.isascii():
        for m in _RUN_BYTES.finditer(text.encode("ascii")):
            yield m.start(), m.end()
    else:
        for m in _RUN.finditer(text):
            yield m.start(), m.end()


_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u3099\u309a])+")
_GAP = re.compile(r"[ \t\r\n,;'\"`|\u3000-]{1,6}(?:\d{1,2}[.):]?[ \t\u3000]{0,3})?")


@lru_cache(maxsize=1)
def word_index() -> dict[str, tuple[tuple[int, int], ...]]:
    """Each NFC-normalised word of every list, with its (language, index) pairs.

    Raises:
        ConfigError: the ``mnemonic`` package or one of its lists is missing or not 2048 words.
    """
    index: dict[str, list[tuple[int, int]]] = {}
    try:
        root = resources.files("mnemonic") / "wordlist"
        for lang_id, lang in enumerate(LANGUAGES):
            words = (root / f"{lang}.txt").read_text(encoding="utf-8").split()
            if len(words) != 2048:
                raise ConfigError(f"mnemonic word list {lang}.txt: {len(words)} words, expected 2048")
            for i, w in enumerate(words):
                index.setdefault(unicodedata.normalize("NFC", w), []).append((lang_id, i))
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ConfigError(
            "secret.wallet.mnemonic: the BIP-39 word lists of the 'mnemonic' package are missing; "
            "install the pinned dependencies (make install)"
        ) from exc
    return {w: tuple(v) for w, v in index.items()}


def bip39_checksum_ok(indices: Sequence[int]) -> bool:
    """True when the word indices form a BIP-39 phrase whose checksum bits hold."""
    n = len(indices)
    if n not in LENGTHS:
        return False
    cs = n // 3
    num = 0
    for i in indices:
        num = num << 11 | i
    entropy = (num >> cs).to_bytes(n * 4 // 3, "big")
    return hashlib.sha256(entropy).digest()[0] >> (8 - cs) == num & ((1 << cs) - 1) and random_entropy(entropy)


def random_entropy(entropy: bytes) -> bool:
    """The bytes a phrase encodes look random: the all-zero and repeated-byte test vectors
    (``abandon ... about``, ``zoo ... wrong``, ``legal winner thank year...``) do not."""
    return len(set(entropy)) >= 0.6 * len(entropy)


def electrum_seed_ok(words: Sequence[str]) -> bool:
    """True when the words are an Electrum (2.0+) seed: the HMAC-SHA512 of the phrase under the
    key ``Seed version`` starts with one of `ELECTRUM_PREFIXES`."""
    if len(words) not in (12, 13):
        return False
    digest = hmac.new(b"Seed version", " ".join(words).encode(), hashlib.sha512).hexdigest()
    return digest.startswith(ELECTRUM_PREFIXES)


def _context_cuts(t: str, run: Sequence[tuple[int, int, str, int]]) -> list[tuple[int, int]]:
    """The slices of a run of list words a phrase without a valid checksum may be: the whole run
    when its length is a BIP-39 length, else a BIP-39 length after dropping up to two list words
    at its start or end (words of the sentence around the phrase: "seed words below", "Trust
    Wallet says"), where the phrase then starts and ends at a line break or quote. Longest first."""
    n = len(run)

    def edge(i: int) -> bool:  # a line break or quote between token i-1 and token i
        return i in (0, n) or any(c in t[run[i - 1][1] : run[i][0]] for c in "\n\"'`")

    cuts = [(a, b) for a in (0, 1, 2) for b in (n, n - 1, n - 2) if b - a in LENGTHS and edge(a) and edge(b)]
    return sorted(cuts, key=lambda c: (c[0] - c[1], c[0]))[:1]


def _distinct(words: Sequence[str]) -> bool:
    return len(set(words)) >= 0.75 * len(words)


def _sorted_listing(indices: Sequence[int]) -> bool:
    """Words in list order: a printed word list, not a phrase."""
    return all(a < b for a, b in pairwise(indices))


class MnemonicDetector(SecretViewDetector):
    """BIP-39 and Electrum seed phrases in any of the shipped languages; the phrase is one span."""

    name = "secret.wallet.mnemonic"
    prefilter: tuple[str, ...] = ()

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        out: list[Span] = []
        for start, end in candidate_runs(view.text):
            for s, e, score in self._scan(view, start, end):
                out.append(Span(ENTITY, *view.to_raw(s, e), score, self.name))
        return out

    def _tokens(self, t: str, start: int, end: int) -> list[tuple[int, int, str]]:
        while start > 0 and (t[start - 1].isalpha()):
            start -= 1
        out = []
        for m in _WORD.finditer(t, start, end):
            w = m.group().lower()
            out.append((m.start(), m.end(), w if w.isascii() else unicodedata.normalize("NFC", w)))
        return out

    def _runs(
        self, t: str, tokens: list[tuple[int, int, str]]
    ) -> Iterator[tuple[int, list[tuple[int, int, str, int]]]]:
        """Maximal runs of tokens of one language's list, joined by separator-only gaps."""
        index = word_index()
        langs = {lang for _, _, w in tokens for lang, _ in index.get(w, ())}
        for lang in sorted(langs):
            run: list[tuple[int, int, str, int]] = []
            for s, e, w in tokens:
                idx = next((i for lg, i in index.get(w, ()) if lg == lang), -1)
                joined = run and _GAP.fullmatch(t, run[-1][1], s) is not None
                if idx < 0 or (run and not joined):
                    if len(run) >= 12:
                        yield lang, run
                    run = [(s, e, w, idx)] if idx >= 0 else []
                    continue
                run.append((s, e, w, idx))
            if len(run) >= 12:
                yield lang, run

    def _scan(self, view: EscapeView, start: int, end: int) -> Iterator[tuple[int, int, float]]:
        t = view.text
        tokens = self._tokens(t, start, end)
        index = word_index()
        if sum(w in index for _, _, w in tokens) < 12:
            return
        taken: list[tuple[int, int]] = []
        for lang, run in self._runs(t, tokens):
            words = [w for _, _, w, _ in run]
            idx = [i for _, _, _, i in run]
            i = 0
            found = False
            while i + 12 <= len(run):
                n = self._phrase_at(lang, words, idx, i)
                if n:
                    s, e = run[i][0], run[i + n - 1][1]
                    if not any(a < e and s < b for a, b in taken):
                        taken.append((s, e))
                        found = True
                        yield s, e, 0.95
                    i += n
                else:
                    i += 1
            if found:
                continue
            for a, b in _context_cuts(t, run):
                cut_words, cut_idx = words[a:b], idx[a:b]
                if not _distinct(cut_words) or _sorted_listing(cut_idx):
                    continue
                s, e = run[a][0], run[b - 1][1]
                before = view.lower[max(0, s - _CONTEXT_WINDOW) : s]
                if any(c in before for c in CONTEXT_WORDS) and not any(x < e and s < y for x, y in taken):
                    taken.append((s, e))
                    yield s, e, 0.85
                break

    @staticmethod
    def _phrase_at(lang: int, words: list[str], idx: list[int], i: int) -> int:
        """Length of the longest checksum-valid phrase starting at `i`, or 0."""
        for n in LENGTHS:
            if i + n > len(idx):
                continue
            window = idx[i : i + n]
            if _distinct(words[i : i + n]) and not _sorted_listing(window) and bip39_checksum_ok(window):
                return n
        if lang == 0:
            for n in (13, 12):
                window = idx[i : i + n]
                if (
                    len(window) == n
                    and _distinct(words[i : i + n])
                    and not _sorted_listing(window)
                    and electrum_seed_ok(words[i : i + n])
                ):
                    return n
        return 0


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_RIPPLE_B58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_B58_SET = frozenset(_B58)
_KEY_RUN = re2.compile(r"S[A-Z2-7]{55}|[1-9A-HJ-NP-Za-km-z]{29,}", _OPTIONS)
"""Stellar StrKey seeds, and base58 runs long enough for a Ripple seed (29) or more."""

WIF_VERSIONS = frozenset({0x80, 0xEF, 0xB0, 0x9E, 0xCC, 0xF1})
"""WIF version bytes: Bitcoin mainnet and testnet, Litecoin, Dogecoin, Dash, Dogecoin testnet."""

TEZOS_SECRET_PREFIXES = {
    54: (bytes((13, 15, 58, 7)), bytes((17, 162, 224, 201)), bytes((16, 81, 238, 189))),
    98: (bytes((43, 246, 78, 7)),),
}
"""Tezos secret keys by length: ``edsk`` (Ed25519 seed), ``spsk`` (secp256k1), ``p2sk`` (P-256);
``edsk`` of 98 characters is the 64-byte Ed25519 secret key."""

RIPPLE_SEED_PREFIXES = (bytes((0x21,)), bytes((0x01, 0xE1, 0x4B)))
"""XRP Ledger family seeds: secp256k1 (``s...``, 16 bytes) and Ed25519 (``sEd...``)."""


def b58check_payload(value: str, alphabet: str = _B58) -> bytes | None:
    """The payload of a base58check string in `alphabet` (Bitcoin's by default), or None."""
    if alphabet == _B58:
        return b58check(value)
    num = 0
    for c in value:
        i = alphabet.find(c)
        if i < 0:
            return None
        num = num * 58 + i
    data = b"\0" * (len(value) - len(value.lstrip(alphabet[0]))) + num.to_bytes((num.bit_length() + 7) // 8, "big")
    if len(data) < 5:
        return None
    payload, check = data[:-4], data[-4:]
    return payload if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check else None


def b58decode(value: str) -> bytes | None:
    """Plain base58 (Bitcoin alphabet, no checksum), or None for a character outside it."""
    num = 0
    for c in value:
        i = _B58.find(c)
        if i < 0:
            return None
        num = num * 58 + i
    return b"\0" * (len(value) - len(value.lstrip("1"))) + num.to_bytes((num.bit_length() + 7) // 8, "big")


MAX_KEYPAIR_CHECKS = 64
"""Ed25519 keypair checks per text (about 2 ms each): a Solana log full of 64-byte transaction
signatures, which have the same length, costs at most this many."""


def base58_private(value: str) -> bool:
    """A private key in base58check: a WIF key (33 bytes, or 34 with the 0x01 compression flag)
    of a known version; a BIP-32 extended private key of any version (78 bytes, key data starting
    with 0x00); a Tezos ``edsk``/``spsk``/``p2sk`` key; an XRP Ledger seed (Ripple alphabet)."""
    n = len(value)
    if n in (29, 31):
        p = b58check_payload(value, _RIPPLE_B58)
        return p is not None and any(p.startswith(v) and len(p) == len(v) + 16 for v in RIPPLE_SEED_PREFIXES)
    if n in (51, 52):
        p = b58check(value)
        return p is not None and p[0] in WIF_VERSIONS and (len(p) == 33 or (len(p) == 34 and p[-1] == 1))
    if n in TEZOS_SECRET_PREFIXES:
        p = b58check(value)
        return p is not None and any(p.startswith(v) for v in TEZOS_SECRET_PREFIXES[n])
    if 107 <= n <= 112:
        p = b58check(value)
        return p is not None and len(p) == 78 and p[45] == 0
    return False


def crc16_xmodem(data: bytes) -> int:
    """CRC-16/XMODEM (polynomial 0x1021, initial value 0), the checksum of Stellar's StrKey."""
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = (crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def stellar_seed(value: str) -> bool:
    """A Stellar secret seed: base32 of version byte 0x90 (``S``), 32 key bytes and the CRC16 of
    both, little-endian (public keys start with ``G`` and stay)."""
    try:
        raw = base64.b32decode(value)  # 35 bytes are 56 characters: no padding
    except (binascii.Error, ValueError):
        return False
    return len(raw) == 35 and raw[0] == 0x90 and int.from_bytes(raw[33:], "little") == crc16_xmodem(raw[:33])


class Base58KeyDetector(SecretViewDetector):
    """Wallet private keys whose encoding carries a checksum, in any coin: base58check (WIF,
    BIP-32 extended, Tezos, XRP Ledger seeds) and Stellar StrKey seeds."""

    name = "secret.wallet.base58check_key"
    prefilter: tuple[str, ...] = ()

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        out: list[Span] = []
        done = 0
        checks = 0
        for m in _KEY_RUN.finditer(t):
            s, e = m.start(), m.end()
            if s < done:
                continue
            if e - s == 56 and t[s] == "S" and stellar_seed(t[s:e]) and self._bounded(t, s, e):
                out.append(Span(ENTITY, *view.to_raw(s, e), 0.95, self.name))
                done = e
                continue
            while e < len(t) and t[e] in _B58_SET:
                e += 1
            done = e
            if not self._bounded(t, s, e):
                continue
            if base58_private(t[s:e]):
                out.append(Span(ENTITY, *view.to_raw(s, e), 0.95, self.name))
            elif 86 <= e - s <= 88 and checks < MAX_KEYPAIR_CHECKS:
                checks += 1
                raw = b58decode(t[s:e])
                if raw is not None and ed25519_keypair(raw):
                    out.append(Span(ENTITY, *view.to_raw(s, e), 0.97, self.name))
        return out

    @staticmethod
    def _bounded(t: str, s: int, e: int) -> bool:
        return not ((s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()))


_BECH32_DATA = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_SECRET_HRP = (
    r"(?:[a-z][a-z0-9]{0,15}_(?:[a-z0-9]{1,12}_)?x?sk|suiprivkey|ncryptsec"
    r"|secret-(?:extended|spending)-key-(?:main|test|regtest))"
)

FORMATS: tuple[SecretFormat, ...] = (
    SecretFormat(
        "wallet.bech32_secret",
        rf"(?<![A-Za-z0-9_\-])(?P<v>{_SECRET_HRP}1[{_BECH32_DATA}]{{38,}}"
        rf"|(?i:{_SECRET_HRP})1[{_BECH32_DATA.upper()}]{{38,}})(?![A-Za-z0-9])",
        ("sk1", "suiprivkey1", "ncryptsec1", "secret-extended-key-", "secret-spending-key-"),
        score=0.97,
        validator=bech32_any,
        provider="bech32",
    ),
    SecretFormat(
        "wallet.der_hex_key",
        r"(?<![0-9a-fA-F])(?P<v>(?i:302e020100300506032b657004220420|3030020100300706052b8104000a04220420)"
        r"[0-9a-fA-F]{64})(?![0-9a-zA-Z])",
        ("302e020100300506032b6570", "3030020100300706052b8104000a"),
        score=0.95,
        validator=random_hex,
        provider="hedera",
    ),
    SecretFormat(
        "wallet.aip80_private_key",
        r"(?<![A-Za-z0-9_\-])(?P<v>(?:ed25519|secp256k1|secp256r1)-priv-0x[0-9a-fA-F]{64})(?![0-9a-zA-Z])",
        ("-priv-0x",),
        score=0.97,
        validator=random_hex,
        provider="aptos",
    ),
)
"""Wallet key encodings with a literal anchor, run by `spec.FormatDetector`."""


def wallet_detectors(views: ViewCache) -> list[MnemonicDetector | Base58KeyDetector | EvmKeyDetector]:
    """The gated wallet detectors, sharing `views` with the others."""
    return [MnemonicDetector(views), Base58KeyDetector(views), EvmKeyDetector(views)]
