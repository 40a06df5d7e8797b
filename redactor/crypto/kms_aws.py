"""AWS KMS backend (boto3). Credentials come from the usual AWS chain (environment, profile, role).

``endpoint_url`` points at a local KMS-compatible server (moto in tests) or a VPC endpoint;
``AWS_ENDPOINT_URL_KMS`` in the environment works too (boto3 reads it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from redactor.errors import KeyError_
from redactor.secret import SecretBytes


class AwsKms:
    """Wraps keys with AWS KMS ``Encrypt``/``Decrypt`` and an encryption context."""

    name = "aws-kms"

    def __init__(
        self, key_id: str, *, region: str | None = None, endpoint_url: str | None = None, client: Any = None
    ) -> None:
        self.key_id = key_id
        self.region = region
        self.endpoint_url = endpoint_url
        self._client = client

    def _kms(self) -> Any:
        if self._client is None:
            import boto3  # type: ignore[import-untyped]  # no stubs shipped

            self._client = boto3.client("kms", region_name=self.region, endpoint_url=self.endpoint_url)
        return self._client

    def _fail(self, op: str, e: Exception) -> KeyError_:
        code = getattr(e, "response", {}).get("Error", {}).get("Code") or type(e).__name__
        return KeyError_(f"AWS KMS {op} with key {self.key_id} failed ({code})")

    def encrypt(self, plaintext: SecretBytes, context: Mapping[str, str]) -> bytes:
        try:
            out = self._kms().encrypt(KeyId=self.key_id, Plaintext=plaintext.reveal(), EncryptionContext=dict(context))
        except Exception as e:  # botocore raises many types; none may carry our plaintext
            raise self._fail("Encrypt", e) from None
        return bytes(out["CiphertextBlob"])

    def decrypt(self, blob: bytes, context: Mapping[str, str]) -> SecretBytes:
        try:
            out = self._kms().decrypt(KeyId=self.key_id, CiphertextBlob=blob, EncryptionContext=dict(context))
        except Exception as e:
            raise self._fail("Decrypt", e) from None
        return SecretBytes(bytes(out["Plaintext"]), label="kms-unwrapped key")

    def config(self) -> dict[str, Any]:
        conf: dict[str, Any] = {"backend": self.name, "key_id": self.key_id}
        if self.region:
            conf["region"] = self.region
        if self.endpoint_url:
            conf["endpoint_url"] = self.endpoint_url
        return conf

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_client": None}

    def __repr__(self) -> str:
        return f"AwsKms(key_id={self.key_id!r}, region={self.region!r})"
