"""Values that look like keys but are public by design: never a secret, whatever names them.

docs/secrets.md's convention is that a key meant to be shipped inside a client is not a secret
(publishable Stripe keys were the first). `is_public_value` recognises such values by a prefix
their issuer documents as the public half, or by an encoding whose checksum proves a public
address:

- publishable SDK keys: Stripe and Stripe-compatible ``pk_live_``/``pk_test_``, RevenueCat public
  app keys (``appl_`` App Store, ``goog_`` Google Play, ``amzn_`` Amazon, ``strp_`` Stripe,
  ``rcb_`` Web Billing; the secret keys are ``sk_``), Mapbox public tokens (``pk.eyJ``; secret
  ones are ``sk.``), PostHog project keys (``phc_``; personal keys are ``phx_``), Flutterwave
  public keys (``FLWPUBK-``, ``FLWPUBK_TEST-``), and the client-side halves of payment and
  attribution SDKs, each beside a secret of another prefix: Wompi public keys (``pub_prod_``,
  ``pub_test_``; private ``prv_``), Toss Payments client keys (``live_ck_``, ``test_ck_``,
  ``live_gck_``, ``test_gck_``; secret ``_sk_``), Branch keys (``key_live_``, ``key_test_``;
  secret ``secret_live_``), Pagar.me encryption keys (``ek_live_``, ``ek_test_``; API ``ak_``),
  Omise public keys (``pkey_``; secret ``skey_``), Square application ids (``sq0idp-``,
  ``sq0idb-``; tokens ``EAAA``/``sq0atp-``), Checkout.com sandbox public keys (``pk_sbox_``)
  and ``pk_`` + a UUID (Tabby; its secret is ``sk_`` + a UUID). Razorpay key ids (``rzp_live_``)
  are not listed: a development set labels one a secret;
- cryptocurrency addresses whose checksum holds: base58check with a 21-byte payload (a version
  byte and a 20-byte hash: Bitcoin ``1...``/``3...``, Litecoin, Dogecoin, Dash, Tron ``T...``;
  a WIF private key has 33-34 payload bytes and is not one), and bech32/bech32m strings of an
  address prefix (``bc1``, ``tb1``, ``ltc1``, Cosmos chains, Cardano ``addr1``/``stake1``,
  Nostr ``npub1``, age recipients ``age1``; secret prefixes such as ``nsec1`` or
  ``addr_xsk1`` are not in the list).

- host names with punycode labels (``xn--e1afmkfd.xn--p1ai``): an internationalised domain name.

- vehicle identification numbers (ISO 3779, 17 characters without ``I``, ``O``, ``Q``) whose
  serial ends in digits and that prove themselves: the check digit of North American VINs
  (position 9, weights of 49 CFR 565.15) holds (``1HGCM82633A004352``), or positions 4-6 are the
  filler ``ZZZ``/``XXX`` European makers write where no descriptor is used (``WVWZZZ3CZJE112233``,
  ``WF0XXXTTGXKY12345``). A VIN is printed on the car's windscreen: an identifier, not a key.

Ethereum addresses (``0x`` + 40 hex) are not listed: hCaptcha secrets have the same shape, so a
lower-case one is decided by its context (the wallet detectors), not here.
"""

from __future__ import annotations

import hashlib
import re

_PUBLISHABLE = re.compile(
    r"(?:pk_(?:live|test|sbox)_|(?:appl|goog|amzn|strp|rcb)_|phc_|FLWPUBK(?:_TEST)?-)[A-Za-z0-9_-]{16,120}"
    r"|(?:pub_(?:prod|test)_|(?:live|test)_g?ck_|key_(?:live|test)_|ek_(?:live|test)_|pkey_(?:test_)?"
    r"|sq0id[pb]-)[A-Za-z0-9_-]{14,120}"
    r"|pk_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|pk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{10,}"
)
"""A documented public-key prefix and a key body."""

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}
_BASE58_ADDRESS = re.compile(r"[1-9A-HJ-NP-Za-km-z]{25,36}")
_ADDRESS_PAYLOAD = 21
"""Version byte + RIPEMD160(SHA256(public key)) or a script hash."""

_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONSTS = (1, 0x2BC830A3)
"""The checksum constants of bech32 (BIP-173) and bech32m (BIP-350)."""
_HRPS = (
    "bc tb bcrt ltc tltc cosmos osmo juno terra kava inj sei celestia akash secret stars evmos axelar addr"
    " addr_test stake stake_test npub age"
)
_ADDRESS_HRPS = frozenset(_HRPS.split())
"""Human-readable parts of bech32 addresses and public keys (``secret`` is the Secret Network chain's
address prefix, not a key)."""


_IDN_HOST = re.compile(r"(?i)(?:[a-z0-9-]{1,63}\.)*xn--[a-z0-9-]{1,59}(?:\.[a-z0-9-]{1,63})*")
"""A host name with an internationalised (punycode) label: ``xn--e1afmkfd.xn--p1ai`` (пример.рф)."""


_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{12}[0-9]{5}")
"""A VIN's shape: 17 characters without I, O, Q, the last five (the serial's end) digits."""
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_FILLERS = ("ZZZ", "XXX")


def vehicle_id(value: str) -> bool:
    """Whether `value` is a vehicle identification number that proves itself (see the module docs)."""
    if _VIN.fullmatch(value) is None or sum(c.isalpha() for c in value) < 3:
        return False
    if value[3:6] in _VIN_FILLERS:
        return True
    total = sum(_VIN_VALUES[c] * w for c, w in zip(value, _VIN_WEIGHTS, strict=True)) % 11
    return value[8] == ("X" if total == 10 else str(total))


def is_public_value(value: str) -> bool:
    """True when `value` (already stripped of quotes) is public by design (see the module docs)."""
    if _PUBLISHABLE.fullmatch(value) or _IDN_HOST.fullmatch(value) or vehicle_id(value):
        return True
    if _BASE58_ADDRESS.fullmatch(value):
        payload = _b58check(value)
        return payload is not None and len(payload) == _ADDRESS_PAYLOAD
    hrp, sep, _ = value.lower().rpartition("1")
    return bool(sep) and hrp in _ADDRESS_HRPS and len(value) >= 14 and _bech32_ok(value)


def _b58check(value: str) -> bytes | None:
    """The payload of a base58check string whose double-SHA256 checksum holds, else None."""
    num = 0
    for c in value:
        num = num * 58 + _B58_INDEX[c]
    data = b"\0" * (len(value) - len(value.lstrip("1"))) + num.to_bytes((num.bit_length() + 7) // 8, "big")
    if len(data) < 5:
        return None
    payload, check = data[:-4], data[-4:]
    return payload if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check else None


def _bech32_ok(value: str) -> bool:
    """Whether a bech32 or bech32m string (one case) has a valid checksum."""
    if value != value.lower() and value != value.upper():
        return False
    hrp, _, data = value.lower().rpartition("1")
    if len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [_BECH32.index(c) for c in data]:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_BECH32_GEN):
            chk ^= g if (top >> i) & 1 else 0
    return chk in _BECH32_CONSTS
