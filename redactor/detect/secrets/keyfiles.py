"""Key encodings whose format, not a key name, says "secret": key files and wallet keys.

Each format follows the encoding its tool documents, with an offline check where the encoding
has one (base58check for Bitcoin WIF and extended keys, bech32 for Nostr ``nsec``, the algorithm
bytes of minisign/signify keys, the byte range of a Solana keypair array):

- minisign and signify secret-key files (``untrusted comment: ... secret key`` + base64);
- OpenVPN ``tls-crypt-v2`` client/server keys (static keys and ``<tls-auth>`` are `pem`'s);
- Solana/ethers keypairs as a JSON array of 64 bytes; Ethereum hex private keys in Hardhat
  ``accounts``, ``--private-key`` flags and the ``Wallet(...)``/``privateKeyToAccount(...)`` calls;
- Bitcoin WIF private keys and BIP-32 extended private keys (``xprv``, ``tprv``, ``yprv``...);
- Nostr ``nsec1`` keys; Tor ``ADD_ONION ED25519-V3:``/``RSA1024:`` keys; ZeroTier
  ``identity.secret``; Vault ``Unseal Key 1:``/``Recovery Key 1:`` shares; Jenkins ``{AQAAAB...}``
  secrets; k3s and kubeadm bootstrap tokens; Consul and Nomad gossip keys (``encrypt``); Erlang
  cookies (``-setcookie``); TOTP seeds (the ``secret=`` of an ``otpauth://`` URI, base32 under an
  ``otp_seed``/``totp_secret``/``mfa_key``); BIP-39 mnemonics after ``mnemonic``/``seed
  phrase``/``recovery phrase`` (by shape: 12-24 short lower-case words; the word list is not
  shipped);
- JSON Web Keys: the private members (``d``, ``p``, ``q``, ``dp``, ``dq``, ``qi``, ``k``) of an
  object with a ``kty`` (`JwkDetector`); ``n``, ``e``, ``x``, ``y`` are public and stay.

Public halves written next to the private ones (``npub``, ``xpub``, WireGuard ``PublicKey``,
minisign public keys) do not match.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from redactor.detect.secrets.names import classify_name
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY, SecretFormat
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(B58_ALPHABET)}
_B58 = "1-9A-HJ-NP-Za-km-z"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)

DOCUMENTED_EXAMPLES = frozenset({"abcdef.0123456789abcdef", "foobared", "testing123"})
"""Values the formats' own documentation and sample configs ship (kubeadm's bootstrap token,
redis.conf's ``requirepass foobared``, FreeRADIUS's ``testing123``): examples, not secrets."""


LOG_PREFIX = r"(?:\[[^\]\n]{1,80}\][ \t]?|\d{4}-\d\d-\d\d[T ][\d:.,]{5,18}Z?[ \t]+|[\w.\-]{1,40}[ \t]+\|[ \t])"
"""What a log writer puts before each line of a command's output: ``[job : step] ``, an ISO
timestamp (GitHub Actions), ``service-1  | `` (Docker Compose). Line-anchored formats accept it."""


def b58check(value: str) -> bytes | None:
    """The payload of a base58check string whose 4-byte double-SHA256 checksum is right, or None."""
    num = 0
    for c in value:
        i = _B58_INDEX.get(c)
        if i is None:
            return None
        num = num * 58 + i
    size = (num.bit_length() + 7) // 8
    data = b"\0" * (len(value) - len(value.lstrip("1"))) + num.to_bytes(size, "big")
    if len(data) < 5:
        return None
    payload, check = data[:-4], data[-4:]
    return payload if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check else None


def wif(value: str) -> bool:
    """A Wallet Import Format private key: version 0x80 (mainnet) or 0xEF (testnet), 32 key bytes,
    an optional 0x01 compression flag, and a valid checksum."""
    p = b58check(value)
    return p is not None and p[0] in (0x80, 0xEF) and (len(p) == 33 or (len(p) == 34 and p[-1] == 1))


def extended_private(value: str) -> bool:
    """A BIP-32 extended private key: 78 bytes whose key data starts with 0x00, valid checksum."""
    p = b58check(value)
    return p is not None and len(p) == 78 and p[45] == 0


def bech32_valid(value: str) -> bool:
    """A bech32 (BIP-173) string whose checksum is right."""
    hrp, sep, data = value.lower().rpartition("1")
    if not sep or not hrp or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [_BECH32.index(c) for c in data]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_BECH32_GEN):
            chk ^= g if (top >> i) & 1 else 0
    return chk == 1


def _b64decode(value: str) -> bytes | None:
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def minisign_secret(value: str) -> bool:
    """A minisign or signify key: base64 of a blob that starts with the algorithm id ``Ed``."""
    raw = _b64decode(value)
    return raw is not None and raw[:2] == b"Ed" and len(raw) >= 64


def gossip_key(value: str) -> bool:
    """A Serf/Consul/Nomad gossip key: base64 of 16, 24 or 32 random bytes."""
    raw = _b64decode(value)
    return raw is not None and len(raw) in (16, 24, 32) and len(set(raw)) >= len(raw) // 2


def byte_array(value: str) -> bool:
    """64 numbers 0-255 with the spread of random bytes (a pixel row or a range is not a key)."""
    nums = [int(x) for x in re.findall(r"\d+", value)]
    if len(nums) != 64 or max(nums) > 255:
        return False
    return len(set(nums)) >= 40 and nums != sorted(nums)


def random_hex(value: str) -> bool:
    """Hex key bytes, not a filler (``0x000...01``, ``aaaa...``)."""
    return len(set(value.lower())) >= 10


def mnemonic_words(value: str) -> bool:
    """A BIP-39 phrase by shape: 12, 15, 18, 21 or 24 words of 3-8 letters, mostly distinct (the
    documented ``test test ... junk`` and ``abandon ... about`` examples repeat one word)."""
    ws = value.split()
    return len(ws) in (12, 15, 18, 21, 24) and len(set(ws)) >= 0.75 * len(ws)


def bootstrap_token(value: str) -> bool:
    """A kubeadm bootstrap token that is not the documented example, with a digit and a letter."""
    secret = value.rpartition(".")[2]
    return value not in DOCUMENTED_EXAMPLES and any(c.isdigit() for c in secret) and any(c.isalpha() for c in secret)


_OTP_WORDS = tuple(
    f"{w}{sep}{noun}"
    for w in ("otp", "mfa", "2fa", "authenticator")
    for sep in ("", "_", "-", ".")
    for noun in ("seed", "secret", "key")
)
"""``totp_secret``, ``OTP_SEED``, ``mfaKey``, ``authenticator-key``: the names a TOTP seed goes by."""

_MNEMONIC_WORDS = (
    "mnemonic",
    *(
        f"{w}{sep}{n}"
        for w in ("seed", "recovery", "secret", "backup")
        for sep in (" ", "_", "-", "")
        for n in ("phrase", "words")
    ),
)

FORMATS: tuple[SecretFormat, ...] = (
    SecretFormat(
        "keyfile.minisign",
        r"untrusted comment:[^\n]{0,200}?\bsecret key\b[^\n]*\n(?:[^\n]{0,80}?[\s\]>|:])?"
        r"(?P<v>[A-Za-z0-9+/]{60,}={0,2})",
        ("untrusted comment",),
        score=0.95,
        validator=minisign_secret,
        invalid_score=0.85,
        provider="minisign",
    ),
    SecretFormat(
        "keyfile.openvpn_tls_crypt_v2",
        r"-----BEGIN OpenVPN tls-crypt-v2 (?:client|server) key-----[ \t]*\n"
        r"(?P<v>[\s\S]{16,8000}?)(?=\n[^\n]{0,80}?-----END OpenVPN|\Z)",
        ("openvpn tls-crypt-v2",),
        score=0.99,
        provider="openvpn",
    ),
    SecretFormat(
        "keyfile.byte_array_keypair",
        r"\[[ \t\n]*(?P<v>\d{1,3}(?:[ \t]*,[ \t\n]*\d{1,3}){63})[ \t\n]*,?[ \t\n]*\]",
        (),
        score=0.9,
        validator=byte_array,
        provider="solana",
    ),
    SecretFormat(
        "keyfile.eth_hardhat_accounts",
        r"""\baccounts[ \t]*:[ \t]*\[[ \t\n]*["'`](?:0x)?(?P<v>[0-9a-fA-F]{64})["'`]""",
        ("accounts",),
        score=0.9,
        validator=random_hex,
        provider="ethereum",
    ),
    SecretFormat(
        "keyfile.eth_private_key_flag",
        r"""--private-?key(?:=|[ \t]+)["']?(?:0x)?(?P<v>[0-9a-fA-F]{64})(?![0-9a-fA-F])""",
        ("--private-key", "--privatekey"),
        score=0.9,
        validator=random_hex,
        provider="ethereum",
    ),
    SecretFormat(
        "keyfile.eth_wallet_call",
        r"""\b(?:Wallet|privateKeyToAccount|from_key|fromPrivateKey|privateKeyToAddress|SigningKey)"""
        r"""[ \t]*\([ \t]*["'`](?:0x)?(?P<v>[0-9a-fA-F]{64})["'`]""",
        ("wallet", "privatekeyto", "from_key", "fromprivatekey", "signingkey"),
        score=0.9,
        validator=random_hex,
        provider="ethereum",
    ),
    SecretFormat(
        "keyfile.bitcoin_wif",
        rf"(?<![A-Za-z0-9])(?P<v>[5KL9c][{_B58}]{{50,51}})(?![A-Za-z0-9])",
        ("priv", "wif", "wallet", "bitcoin", "btc", "secret", "sweep", "electrum", "coin"),
        score=0.95,
        validator=wif,
        provider="bitcoin",
    ),
    SecretFormat(
        "keyfile.bip32_xprv",
        rf"(?<![A-Za-z0-9])(?P<v>[xtyzuvYZUV]prv[{_B58}]{{100,112}})(?![A-Za-z0-9])",
        ("xprv", "tprv", "yprv", "zprv", "uprv", "vprv"),
        score=0.95,
        validator=extended_private,
        valid_score=0.99,
        invalid_score=0.8,
        provider="bitcoin",
    ),
    SecretFormat(
        "keyfile.nostr_nsec",
        rf"(?<![A-Za-z0-9])(?P<v>nsec1[{_BECH32}]{{58}})(?![A-Za-z0-9])",
        ("nsec1",),
        score=0.9,
        validator=bech32_valid,
        valid_score=0.99,
        invalid_score=0.85,
        provider="nostr",
    ),
    SecretFormat(
        "keyfile.tor_onion_key",
        r"\b(?:ED25519-V3|RSA1024):(?P<v>[A-Za-z0-9+/]{80,}={0,2})",
        ("ed25519-v3:", "rsa1024:"),
        score=0.95,
        provider="tor",
    ),
    SecretFormat(
        "keyfile.zerotier_identity",
        r"(?<![0-9a-fA-F])[0-9a-f]{10}:0:[0-9a-f]{128}:(?P<v>[0-9a-f]{128})(?![0-9a-fA-F])",
        (":0:",),
        score=0.95,
        provider="zerotier",
    ),
    SecretFormat(
        "keyfile.jenkins_secret",
        r"\{(?P<v>AQAAAB[A-Za-z0-9+/]{20,}={0,2})\}",
        ("{aqaaab",),
        score=0.9,
        provider="jenkins",
    ),
    SecretFormat(
        "keyfile.otpauth_uri",
        r"otpauth://[th]otp/[^?\s]{0,200}\?(?:[^\s#]{0,300}?[?&])?secret=(?P<v>[A-Za-z2-7]{16,128}=*)",
        ("otpauth:",),
        score=0.95,
        provider="totp",
    ),
    SecretFormat(
        "keyfile.otp_seed",
        r"""(?i:(?:otp|mfa|2fa|authenticator)[_.-]?(?:seed|secret|key))["']?[ \t]*(?:=>|[=:])"""
        r"""[ \t]*["']?(?P<v>[A-Z2-7]{16,128}=*)(?![A-Za-z0-9])""",
        _OTP_WORDS,
        score=0.9,
        min_entropy=3.0,
        provider="totp",
    ),
    SecretFormat(
        "keyfile.bip39_mnemonic",
        r"""(?i:mnemonic|(?:seed|recovery|secret|backup)[ _-]?(?:phrase|words))[^\n]{0,40}?["'`:=\s]"""
        r"""[ \t\n]*["'`]?(?P<v>[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23})(?=["'`\n,;)]|[ \t]*$)""",
        _MNEMONIC_WORDS,
        score=0.9,
        validator=mnemonic_words,
        provider="bip39",
    ),
    SecretFormat(
        "keyfile.vault_unseal_key",
        r"(?i:\b(?:unseal|recovery)[ _-]key[ _-]?\d{1,2})[ \t]*[:=][ \t]*(?P<v>[A-Za-z0-9+/]{24,}={0,2}|[0-9a-f]{32,})",
        ("unseal key", "recovery key", "unseal_key", "recovery_key"),
        score=0.95,
        min_entropy=3.0,
        provider="vault",
    ),
    SecretFormat(
        "keyfile.k3s_token",
        r"(?<![A-Za-z0-9])(?P<v>K10[0-9a-f]{64}::[a-z]+:[0-9A-Za-z]{6,})",
        ("k10",),
        score=0.95,
        provider="k3s",
    ),
    SecretFormat(
        "keyfile.bootstrap_token",
        r"""(?:--token(?:=|[ \t]+)|\btoken:[ \t]*["']?)(?P<v>[a-z0-9]{6}\.[a-z0-9]{16})(?![\w.])""",
        ("--token", "token:"),
        score=0.9,
        validator=bootstrap_token,
        provider="kubernetes",
    ),
    SecretFormat(
        "keyfile.gossip_encrypt",
        r"""(?:(?<![\w-])["']?encrypt["']?[ \t]*[=:][ \t]*["']|(?<![\w-])-encrypt(?:=|[ \t]+)["']?)"""
        r"""(?P<v>[A-Za-z0-9+/]{22,44}={0,2})(?![A-Za-z0-9+/=])""",
        ("encrypt",),
        score=0.9,
        validator=gossip_key,
        provider="hashicorp",
    ),
    SecretFormat(
        "keyfile.erlang_cookie",
        r"""(?:-setcookie[ \t]+|erlang[._-]?cookie["']?[ \t]*[=:][ \t]*)["']?(?P<v>[A-Za-z0-9_@.\-]{12,255})""",
        ("setcookie", "erlang.cookie", "erlang_cookie", "erlang-cookie", "erlangcookie"),
        score=0.85,
        min_entropy=2.5,
        provider="erlang",
    ),
)
"""Key encodings recognised by their own shape or the syntax that carries them."""


_KTY = re.compile(r"""["']?kty["']?[ \t]*:[ \t]*["'](?:RSA|EC|OKP|oct)["']""")
_JWK_PRIVATE = re.compile(r"""["'](?:d|p|q|dp|dq|qi|k)["'][ \t]*:[ \t]*["'](?P<v>[A-Za-z0-9_\-]{16,}={0,2})["']""")


class JwkDetector(SecretViewDetector):
    """Private members of a JSON Web Key (RFC 7517/7518): the object around a ``"kty"``.

    The object is bounded by the nearest ``{`` before ``kty`` and the nearest ``}`` after it (a
    JWK holds no nested objects but the rare ``oth`` array); ``n``, ``e``, ``x``, ``y``, ``crv``
    are public and left alone.
    """

    name = "secret.keyfile.jwk"
    prefilter: tuple[str, ...] = ("kty",)

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        if "kty" not in view.lower:
            return []
        t = view.text
        out: list[Span] = []
        done = -1
        for m in _KTY.finditer(t):
            start = t.rfind("{", 0, m.start())
            end = t.find("}", m.end())
            if start < 0 or start < done:
                continue
            end = len(t) if end < 0 else end
            done = end
            members = [member.span("v") for member in _JWK_PRIVATE.finditer(t, start, end)]
            members = [(s, e) for s, e in members if not is_placeholder(t[s:e])]
            if members and end < len(t) and _secret_named(t, start):
                members = [(start, end + 1)]  # ``SFAPI_SECRET='{"kty": ...}'``: the object is the named secret
            out.extend(Span(ENTITY, *view.to_raw(s, e), 0.95, self.name) for s, e in members)
        return out


_OWNER = re.compile(r"""(?P<k>[A-Za-z_][\w.\-]{0,79})["']?[ \t]*(?:=|:|=>)[ \t]*["']?[ \t]*$""")
"""A key, an operator and an optional quote right before a JSON object."""


def _secret_named(text: str, start: int) -> bool:
    """The object at `start` is the whole value of a key the name rules call secret."""
    m = _OWNER.search(text, max(0, start - 120), start)
    return m is not None and classify_name(m.group("k")) is not None
