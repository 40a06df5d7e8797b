"""The KMS backend interface: a remote key that wraps the keyring's keys.

With a KMS, the keyring file holds only KMS-wrapped keys (``"kms": {...}`` in the file): opening
it calls the KMS once per key, and a stolen file alone is useless. Each wrap binds an encryption
context naming the keyring key id and purpose. Backends are listed in `BACKENDS` (explicit
registry); AWS KMS (`redactor.crypto.kms_aws`) is the real one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from redactor.errors import KeyError_
from redactor.secret import SecretBytes


class KmsBackend(Protocol):
    """Wraps and unwraps small secrets with a key that never leaves the KMS."""

    name: str

    def encrypt(self, plaintext: SecretBytes, context: Mapping[str, str]) -> bytes:
        """Wrap; `context` is bound to the result (needed again to unwrap)."""
        ...

    def decrypt(self, blob: bytes, context: Mapping[str, str]) -> SecretBytes:
        """Unwrap; raises KeyError_ (naming the KMS key and error code only) on failure."""
        ...

    def config(self) -> dict[str, Any]:
        """What the keyring file records to reopen this backend (no credentials)."""
        ...


def _aws(conf: Mapping[str, Any], where: str) -> KmsBackend:
    from redactor.crypto.kms_aws import AwsKms

    key_id = conf.get("key_id")
    if not isinstance(key_id, str) or not key_id:
        raise KeyError_(f"{where}: kms.key_id is required (a key id, ARN or alias/...)")
    region = conf.get("region")
    endpoint = conf.get("endpoint_url")
    return AwsKms(
        key_id,
        region=region if isinstance(region, str) else None,
        endpoint_url=endpoint if isinstance(endpoint, str) else None,
    )


BACKENDS: dict[str, Callable[[Mapping[str, Any], str], KmsBackend]] = {"aws-kms": _aws}
"""KMS backend name -> factory(config, where)."""


def kms_from_config(conf: object, *, where: str) -> KmsBackend:
    """Build the backend a keyring file names. Raises KeyError_ for unknown backends."""
    if not isinstance(conf, dict):
        raise KeyError_(f"{where}: kms must be an object")
    name = conf.get("backend")
    factory = BACKENDS.get(name) if isinstance(name, str) else None
    if factory is None:
        raise KeyError_(f"{where}: kms.backend must be one of {', '.join(BACKENDS)}")
    return factory(conf, where)
