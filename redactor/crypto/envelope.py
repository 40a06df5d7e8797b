"""Envelopes: AES-256-GCM (or AES-SIV) ciphertexts bound to their record and field.

An envelope is one printable token, safe inside JSON strings and prose::

    rdx1.<alg>.<key id>.<base64url(nonce | ciphertext | tag)>

``alg`` is ``g`` (AES-256-GCM, random 96-bit nonce) or ``s`` (AES-SIV, deterministic). The key
id names the data key (`redactor.crypto.datakeys`). Associated data binds the envelope header
(version, algorithm, key id), the record key and the field path: an envelope moved to another
record or field, or with any byte changed, does not decrypt. Deterministic (SIV) envelopes bind
the field path but not the record, so equal values join across records.

Every failure to decrypt, whatever the cause, is the one opaque `DecryptionError`.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from redactor.crypto.datakeys import (
    DEK_BYTES,
    NONCE_BYTES,
    DataKeyRow,
    Label,
    unwrap,
    wrap,
)
from redactor.crypto.keyring import Keyring, Random
from redactor.errors import DecryptionError, KeyError_
from redactor.secret import SecretBytes

VERSION = "rdx1"
GCM = "g"
SIV = "s"

ENVELOPE_RE = re.compile(r"rdx1\.([gs])\.(dk_[0-9a-f]{20})\.([A-Za-z0-9_-]{16,})")
"""Finds envelopes embedded in text (``instead`` entity rules put them in prose)."""

_FULL_RE = re.compile(r"\A" + ENVELOPE_RE.pattern + r"\Z")


@dataclass(frozen=True, slots=True)
class Envelope:
    """A parsed envelope. `blob` is nonce + ciphertext + tag (GCM) or SIV tag + ciphertext."""

    alg: str
    kid: str
    blob: bytes

    @classmethod
    def parse(cls, text: str) -> Envelope:
        """Parse one envelope token; anything malformed is a DecryptionError."""
        m = _FULL_RE.match(text) if isinstance(text, str) else None
        if not m:
            raise DecryptionError()
        try:
            blob = base64.urlsafe_b64decode(m.group(3) + "=" * (-len(m.group(3)) % 4))
        except (binascii.Error, ValueError):
            raise DecryptionError() from None
        return cls(m.group(1), m.group(2), blob)

    @property
    def header(self) -> str:
        return f"{VERSION}.{self.alg}.{self.kid}"

    def __str__(self) -> str:
        return f"{self.header}.{base64.urlsafe_b64encode(self.blob).decode('ascii').rstrip('=')}"

    def __repr__(self) -> str:
        return f"Envelope(alg={self.alg!r}, kid={self.kid!r}, {len(self.blob)} bytes)"


def is_envelope(text: object) -> bool:
    return isinstance(text, str) and _FULL_RE.match(text) is not None


def _lp(*parts: str) -> bytes:
    out = b""
    for p in parts:
        b = p.encode("utf-8")
        out += len(b).to_bytes(4, "big") + b
    return out


def _subkey(dek: SecretBytes, alg: str) -> bytes:
    length = 64 if alg == SIV else 32
    return HKDF(
        algorithm=hashes.SHA256(), length=length, salt=None, info=b"redactor envelope v1 " + alg.encode("ascii")
    ).derive(dek.reveal())


class _Cipher:
    """The AEADs for one data key (derived subkeys for GCM and SIV)."""

    __slots__ = ("_dek", "_gcm", "_siv", "kid")

    def __init__(self, kid: str, dek: SecretBytes) -> None:
        self.kid = kid
        self._dek = dek
        self._gcm: AESGCM | None = None
        self._siv: AESSIV | None = None

    def gcm(self) -> AESGCM:
        if self._gcm is None:
            self._gcm = AESGCM(_subkey(self._dek, GCM))
        return self._gcm

    def siv(self) -> AESSIV:
        if self._siv is None:
            self._siv = AESSIV(_subkey(self._dek, SIV))
        return self._siv

    def __repr__(self) -> str:
        return f"_Cipher(kid={self.kid!r})"


def seal(cipher: _Cipher, *, deterministic: bool, record_key: str, path: str, plaintext: str, nonce: bytes) -> str:
    """Encrypt one value into an envelope string."""
    data = plaintext.encode("utf-8")
    if deterministic:
        header = f"{VERSION}.{SIV}.{cipher.kid}"
        blob = cipher.siv().encrypt(data, [header.encode("ascii"), path.encode("utf-8")])
        return str(Envelope(SIV, cipher.kid, blob))
    header = f"{VERSION}.{GCM}.{cipher.kid}"
    blob = nonce + cipher.gcm().encrypt(nonce, data, _lp(header, record_key, path))
    return str(Envelope(GCM, cipher.kid, blob))


def open_envelope(cipher: _Cipher, env: Envelope, *, record_key: str, path: str) -> str:
    """Decrypt a parsed envelope with its data key; any failure is DecryptionError."""
    try:
        if env.alg == SIV:
            data = cipher.siv().decrypt(env.blob, [env.header.encode("ascii"), path.encode("utf-8")])
        else:
            if len(env.blob) < NONCE_BYTES + 16:
                raise DecryptionError()
            data = cipher.gcm().decrypt(
                env.blob[:NONCE_BYTES], env.blob[NONCE_BYTES:], _lp(env.header, record_key, path)
            )
        return data.decode("utf-8")
    except (InvalidTag, ValueError, UnicodeDecodeError):
        raise DecryptionError() from None


class DataKeys:
    """Gets or creates data keys by label and unwraps them by id, with a small in-process cache.

    Unwrapped keys live only in this cache (SecretBytes); a destroyed key stays usable only in a
    process that already held it, until that process ends.
    """

    def __init__(self, keyring: Keyring, *, random: Random = os.urandom, cache_size: int = 4096) -> None:
        self.keyring = keyring
        self._random = random
        self._by_label: OrderedDict[Label, tuple[_Cipher, int | None]] = OrderedDict()
        self._by_kid: OrderedDict[str, _Cipher] = OrderedDict()
        self._cache_size = cache_size

    def __getstate__(self) -> dict[str, Any]:  # worker processes start with empty caches
        return {"keyring": self.keyring, "_random": self._random, "_cache_size": self._cache_size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._by_label = OrderedDict()
        self._by_kid = OrderedDict()

    def _remember(self, cipher: _Cipher) -> None:
        self._by_kid[cipher.kid] = cipher
        self._by_kid.move_to_end(cipher.kid)
        while len(self._by_kid) > self._cache_size:
            self._by_kid.popitem(last=False)

    def for_label(
        self,
        label: Label,
        *,
        enterprise_id: str | None,
        period_start_ms: int | None,
        period_end_ms: int | None,
        destroy_after_ms: int | None,
        now: int,
    ) -> tuple[_Cipher, int | None]:
        """(cipher, destroy_after_ms) of the live key for `label`, created if absent."""
        hit = self._by_label.get(label)
        if hit is not None:
            self._by_label.move_to_end(label)
            return hit
        store = self.keyring.datakeys
        row = store.find_live(label)
        if row is None:
            kek_id, kek = self.keyring.newest("kek")
            kid = "dk_" + self._random(10).hex()
            dek = SecretBytes(self._random(DEK_BYTES), label="data key")
            if len(dek) != DEK_BYTES:
                raise KeyError_("random source returned the wrong number of bytes")
            row = store.insert_if_absent(
                DataKeyRow(
                    kid=kid,
                    label=label,
                    enterprise_id=enterprise_id,
                    period_start_ms=period_start_ms,
                    period_end_ms=period_end_ms,
                    destroy_after_ms=destroy_after_ms,
                    kek_id=kek_id,
                    wrapped=wrap(kek, kid, dek, self._random(NONCE_BYTES)),
                    created_ms=now,
                )
            )
        cipher = self._unwrap(row)
        entry = (cipher, row.destroy_after_ms)
        self._by_label[label] = entry
        while len(self._by_label) > self._cache_size:
            self._by_label.popitem(last=False)
        return entry

    def _unwrap(self, row: DataKeyRow) -> _Cipher:
        if row.wrapped is None or row.kek_id is None:
            raise DecryptionError()
        try:
            kek = self.keyring.get(row.kek_id)
        except KeyError_:
            raise DecryptionError() from None
        cipher = _Cipher(row.kid, unwrap(kek, row.kid, row.wrapped))
        self._remember(cipher)
        return cipher

    def by_id(self, kid: str) -> _Cipher:
        """The cipher for a key id; unknown or destroyed keys raise DecryptionError."""
        hit = self._by_kid.get(kid)
        if hit is not None:
            return hit
        row = self.keyring.datakeys.get(kid)
        if row is None:
            raise DecryptionError()
        return self._unwrap(row)

    def forget(self) -> None:
        """Drop every cached key (after an erasure or destroy in this process)."""
        self._by_kid.clear()
        self._by_label.clear()

    def rewrap(self) -> tuple[int, str]:
        """Re-wrap every live data key under the newest kek; return (count, kek id)."""
        kek_id, kek = self.keyring.newest("kek")
        store = self.keyring.datakeys
        n = 0
        for row in store.rows(live_only=True):
            if row.kek_id == kek_id:
                continue
            dek = unwrap(self.keyring.get(row.kek_id or ""), row.kid, row.wrapped or b"")
            store.update_wrapped(row.kid, kek_id, wrap(kek, row.kid, dek, self._random(NONCE_BYTES)))
            n += 1
        return n, kek_id
