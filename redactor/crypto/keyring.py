"""The keyring: root keys by purpose, with ids, loaded from a 0600 file or from the environment.

A keyring holds a few long-lived keys, each with a *purpose* and an *id*:

- ``kek``: wraps the per-subject, per-period data keys (see `redactor.crypto.datakeys`);
- ``pseudonym``: keyed HMAC-SHA256 for pseudonyms and placeholder digests;
- ``subject``: keyed HMAC-SHA256 that turns a raw user id into the stored subject id;
- ``cache``: keys the content-addressed detection cache;
- ``ledger``: MACs the evidence ledger's entries.

Rotation adds a newer key for a purpose; the newest is used for new work, all are kept for
reading old work (``decrypt with any``). Key material lives only in `SecretBytes`.

Where keys come from (`open_keyring`):

1. ``REDACTOR_KEYRING_KEY`` in the environment (containers): one or more root secrets,
   ``id:base64[,id:base64...]``, newest first. Each purpose key is derived with HKDF-SHA256.
2. An explicit ``path``, else ``REDACTOR_KEYRING`` (a path), else ``./.redactor/keyring.json``.
   The file must not be accessible by group or others (like an SSH key); ``create=True`` makes
   it with mode 0600. With a ``kms`` section, the file holds only KMS-wrapped keys.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from redactor.errors import KeyError_
from redactor.secret import SecretBytes

if TYPE_CHECKING:
    from redactor.crypto.datakeys import DataKeyStore
    from redactor.crypto.kms import KmsBackend

DEFAULT_PATH = Path(".redactor") / "keyring.json"
"""The embedded default, relative to the working directory."""

ENV_KEY = "REDACTOR_KEYRING_KEY"
ENV_PATH = "REDACTOR_KEYRING"
ENV_DATAKEYS = "REDACTOR_DATAKEYS"

PURPOSES: tuple[str, ...] = ("kek", "pseudonym", "subject", "cache", "ledger")
"""Every key purpose. `hmac_key` serves all but ``kek``."""

FORMAT = "redactor-keyring"
KEY_BYTES = 32

Random = Callable[[int], bytes]
"""A source of random bytes (``os.urandom``); a parameter so tests can pin it."""


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """Public facts about one key: never the material."""

    id: str
    purpose: str
    created_ms: int | None
    source: str  # "file", "kms" or "env"


@dataclass(frozen=True, slots=True)
class _Key:
    info: KeyInfo
    material: SecretBytes


def _b64d(text: str, where: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise KeyError_(f"{where}: key material is not valid base64") from None


def _b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive(root: SecretBytes, purpose: str) -> SecretBytes:
    """Derive a purpose key from a root secret (HKDF-SHA256, no salt, info names the purpose)."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"redactor keyring v1 " + purpose.encode("ascii")
    )
    return SecretBytes(hkdf.derive(root.reveal()), label=f"{purpose} key")


class Keyring:
    """Keys by purpose, newest last. Build one with `open_keyring`.

    The repr names the source and key ids only.
    """

    def __init__(
        self,
        keys: list[_Key],
        *,
        source: str,
        path: Path | None = None,
        kms: KmsBackend | None = None,
        datakeys_uri: str | None = None,
    ) -> None:
        self._keys = list(keys)
        self.source = source
        self.path = path
        self.kms = kms
        self.datakeys_uri = datakeys_uri
        self._datakeys: DataKeyStore | None = None

    # --- reading -----------------------------------------------------------------------

    def infos(self) -> list[KeyInfo]:
        """Every key's public facts, in keyring order (oldest first within a purpose)."""
        return [k.info for k in self._keys]

    def _for(self, purpose: str) -> list[_Key]:
        if purpose not in PURPOSES:
            raise KeyError_(f"unknown key purpose {purpose!r}; known: {', '.join(PURPOSES)}")
        found = [k for k in self._keys if k.info.purpose == purpose]
        if not found:
            raise KeyError_(
                f"keyring {self.source} has no {purpose} key; run `redactor keys rotate --purpose {purpose}`"
            )
        return found

    def newest(self, purpose: str) -> tuple[str, SecretBytes]:
        """(key id, key) of the newest key for `purpose`."""
        k = self._for(purpose)[-1]
        return k.info.id, k.material

    def get(self, key_id: str) -> SecretBytes:
        """A key by id. Raises KeyError_ (naming the id only) if absent."""
        for k in self._keys:
            if k.info.id == key_id:
                return k.material
        raise KeyError_(f"keyring {self.source} has no key {key_id!r}")

    def all(self, purpose: str) -> list[tuple[str, SecretBytes]]:
        """Every (key id, key) for `purpose`, newest first."""
        return [(k.info.id, k.material) for k in reversed(self._for(purpose))]

    def hmac_key(self, purpose: str = "pseudonym") -> tuple[str, SecretBytes]:
        """(key id, key) newest key for keyed pseudonyms, placeholder digests, subject ids, cache."""
        if purpose == "kek":
            raise KeyError_("the kek is for wrapping data keys, not for HMAC; use another purpose")
        return self.newest(purpose)

    def subject_id(self, user_id: str | int) -> str:
        """The stored data-subject id for a raw user id: keyed HMAC-SHA256 with the newest
        ``subject`` key, ``s_`` + 32 hex characters. Stable as long as that key is not rotated."""
        return _subject_digest(self.newest("subject")[1], user_id)

    def subject_ids(self, user_id: str | int) -> list[str]:
        """The subject id under every ``subject`` key, newest first (erasure must find them all)."""
        return [_subject_digest(k, user_id) for _, k in self.all("subject")]

    # --- data keys ----------------------------------------------------------------------

    @property
    def datakeys(self) -> DataKeyStore:
        """The store of wrapped per-subject, per-period data keys (opened on first use)."""
        if self._datakeys is None:
            from redactor.crypto.datakeys import open_datakey_store

            if self.datakeys_uri is None:
                raise KeyError_(
                    f"keyring {self.source} has no data-key store; set {ENV_DATAKEYS} "
                    "(sqlite:///path or a postgresql:// DSN)"
                )
            self._datakeys = open_datakey_store(self.datakeys_uri)
        return self._datakeys

    def close(self) -> None:
        if self._datakeys is not None:
            self._datakeys.close()
            self._datakeys = None

    def __getstate__(self) -> dict[str, Any]:  # worker processes reopen the data-key store
        state = dict(self.__dict__)
        state["_datakeys"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        ids = ", ".join(k.info.id for k in self._keys)
        return f"Keyring(source={self.source!r}, keys=[{ids}])"

    # --- changing (file keyrings only) ----------------------------------------------------

    def rotate(self, purpose: str, *, now: int, random: Random = os.urandom) -> KeyInfo:
        """Add a new newest key for `purpose` and save the file. Old keys stay for reading."""
        if purpose not in PURPOSES:
            raise KeyError_(f"unknown key purpose {purpose!r}; known: {', '.join(PURPOSES)}")
        if self.path is None:
            raise KeyError_(
                f"keyring from {self.source} cannot be rotated here; prepend a new root key "
                f"to {ENV_KEY} (id:base64, newest first)"
            )
        n = 1 + sum(1 for k in self._keys if k.info.purpose == purpose)
        key = _new_key(purpose, n, now, random, "kms" if self.kms else "file")
        self._keys.append(key)
        self.save()
        return key.info

    def set_kms(self, kms: KmsBackend | None) -> None:
        """Re-wrap the file's keys under another KMS key (or None: plain 0600 file) and save."""
        if self.path is None:
            raise KeyError_(f"keyring from {self.source} has no file to re-wrap")
        self.kms = kms
        self._keys = [
            _Key(KeyInfo(k.info.id, k.info.purpose, k.info.created_ms, "kms" if kms else "file"), k.material)
            for k in self._keys
        ]
        self.save()

    def save(self) -> None:
        """Write the keyring file atomically with mode 0600."""
        if self.path is None:
            raise KeyError_(f"keyring from {self.source} has no file to save to")
        entries = []
        for k in self._keys:
            entry: dict[str, Any] = {
                "id": k.info.id,
                "purpose": k.info.purpose,
                "created_ms": k.info.created_ms,
            }
            if self.kms is not None:
                entry["wrapped"] = _b64e(self.kms.encrypt(k.material, _kms_context(k.info)))
            else:
                entry["material"] = _b64e(k.material.reveal())
            entries.append(entry)
        doc: dict[str, Any] = {"format": FORMAT, "version": 1, "keys": entries}
        if self.kms is not None:
            doc["kms"] = self.kms.config()
        _write_private(self.path, json.dumps(doc, indent=2) + "\n")


def _subject_digest(key: SecretBytes, user_id: str | int) -> str:
    mac = hmac.new(key.reveal(), str(user_id).encode("utf-8"), hashlib.sha256)
    return "s_" + mac.hexdigest()[:32]


def _kms_context(info: KeyInfo) -> dict[str, str]:
    return {"redactor_key_id": info.id, "redactor_purpose": info.purpose}


def _new_key(purpose: str, n: int, now: int, random: Random, source: str) -> _Key:
    material = random(KEY_BYTES)
    if len(material) != KEY_BYTES:
        raise KeyError_("random source returned the wrong number of bytes")
    info = KeyInfo(id=f"{purpose}-v{n}", purpose=purpose, created_ms=now, source=source)
    return _Key(info, SecretBytes(material, label=f"{purpose} key"))


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, path)


def check_private(path: Path) -> None:
    """Refuse a key file that group or others may access (any permission bit)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyError_(f"{path}: keyring is accessible by group or others (mode {mode:04o}); run `chmod 600 {path}`")


def _from_env(value: str, datakeys_uri: str | None) -> Keyring:
    roots: list[tuple[str, SecretBytes]] = []
    for i, part in enumerate(p.strip() for p in value.split(",")):
        kid, sep, b64 = part.partition(":")
        where = f"{ENV_KEY} entry {i + 1}"
        if not sep or not kid or not kid.replace("-", "").replace("_", "").isalnum():
            raise KeyError_(f"{where}: expected id:base64 (id of letters, digits, - or _)")
        raw = _b64d(b64, where)
        if len(raw) < KEY_BYTES:
            raise KeyError_(f"{where}: root key must be at least {KEY_BYTES} bytes (got {len(raw)})")
        roots.append((kid, SecretBytes(raw, label="root key")))
    if not roots:
        raise KeyError_(f"{ENV_KEY} is empty; expected id:base64[,id:base64...], newest first")
    if len({kid for kid, _ in roots}) != len(roots):
        raise KeyError_(f"{ENV_KEY}: duplicate key ids")
    keys: list[_Key] = []
    for purpose in PURPOSES:
        for kid, root in reversed(roots):  # oldest first, like a file
            info = KeyInfo(id=f"{purpose}-{kid}", purpose=purpose, created_ms=None, source="env")
            keys.append(_Key(info, derive(root, purpose)))
    return Keyring(keys, source=f"${ENV_KEY}", datakeys_uri=datakeys_uri)


def _parse_file(path: Path, kms: KmsBackend | None, datakeys_uri: str) -> Keyring:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise KeyError_(f"{path}: cannot read keyring ({type(e).__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
        raise KeyError_(f"{path}: not a redactor keyring (format {FORMAT}, version 1)")
    kms_conf = doc.get("kms")
    if kms_conf is not None and kms is None:
        from redactor.crypto.kms import kms_from_config

        kms = kms_from_config(kms_conf, where=str(path))
    entries = doc.get("keys")
    if not isinstance(entries, list):
        raise KeyError_(f"{path}: keys must be a list")
    keys: list[_Key] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = f"{path}: keys[{i}]"
        if not isinstance(entry, dict):
            raise KeyError_(f"{where}: must be an object")
        kid, purpose, created = entry.get("id"), entry.get("purpose"), entry.get("created_ms")
        if not isinstance(kid, str) or not kid or kid in seen:
            raise KeyError_(f"{where}: missing or duplicate id")
        if purpose not in PURPOSES:
            raise KeyError_(f"{where}: unknown purpose; known: {', '.join(PURPOSES)}")
        if created is not None and not isinstance(created, int):
            raise KeyError_(f"{where}: created_ms must be an integer")
        seen.add(kid)
        info = KeyInfo(id=kid, purpose=purpose, created_ms=created, source="kms" if kms_conf is not None else "file")
        if kms_conf is not None:
            if kms is None or not isinstance(entry.get("wrapped"), str):
                raise KeyError_(f"{where}: a KMS keyring entry needs 'wrapped'")
            material = kms.decrypt(_b64d(entry["wrapped"], where), _kms_context(info))
        else:
            if not isinstance(entry.get("material"), str):
                raise KeyError_(f"{where}: missing 'material'")
            material = SecretBytes(_b64d(entry["material"], where), label=f"{purpose} key")
        if len(material) != KEY_BYTES:
            raise KeyError_(f"{where}: key must be {KEY_BYTES} bytes")
        keys.append(_Key(info, material))
    return Keyring(keys, source=str(path), path=path, kms=kms, datakeys_uri=datakeys_uri)


def default_datakeys_uri(path: Path) -> str:
    """``keyring.json`` -> ``sqlite:///.../keyring.datakeys.db`` beside it."""
    return "sqlite:///" + str(path.with_name(path.stem + ".datakeys.db"))


def open_keyring(
    path: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    create: bool = False,
    now: int | None = None,
    kms: KmsBackend | None = None,
    datakeys: str | None = None,
    random: Random = os.urandom,
) -> Keyring:
    """Open (or with ``create=True`` make) the keyring.

    Args:
        path: a keyring file. None: ``REDACTOR_KEYRING_KEY`` (keys in the environment), else
            ``REDACTOR_KEYRING`` (a path), else ``./.redactor/keyring.json``.
        env: the environment to read (None: ``os.environ``).
        create: make a new file keyring (mode 0600, one key per purpose) if none exists.
        now: epoch ms stamped on created keys (required with ``create=True``).
        kms: wrap the file's keys with this KMS backend (new files) or unwrap with it.
        datakeys: URI of the data-key store; default ``REDACTOR_DATAKEYS`` or, for a file,
            ``sqlite:///<dir>/<stem>.datakeys.db``.
        random: random source for new keys.

    Raises:
        KeyError_: missing, unreadable, malformed or group/world-accessible keyring.
    """
    env = os.environ if env is None else env
    datakeys = datakeys or env.get(ENV_DATAKEYS) or None
    if path is None and env.get(ENV_KEY):
        return _from_env(env[ENV_KEY], datakeys)
    if path is None:
        path = Path(env[ENV_PATH]) if env.get(ENV_PATH) else DEFAULT_PATH
    datakeys = datakeys or default_datakeys_uri(path)
    if not path.exists():
        if not create:
            raise KeyError_(f"{path}: no keyring; create one with `redactor keys init`")
        if now is None:
            raise KeyError_("creating a keyring needs now= (epoch ms)")
        src = "kms" if kms else "file"
        ring = Keyring(
            [_new_key(p, 1, now, random, src) for p in PURPOSES],
            source=str(path),
            path=path,
            kms=kms,
            datakeys_uri=datakeys,
        )
        ring.save()
        return ring
    check_private(path)
    return _parse_file(path, kms, datakeys)
