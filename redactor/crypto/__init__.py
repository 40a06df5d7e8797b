"""Keys and encryption: the only package that imports `cryptography`.

- `keyring`: root keys by purpose (kek, pseudonym, subject, cache), file/env/KMS-wrapped.
- `datakeys`: per-subject, per-period data keys wrapped by the kek, and their destruction.
- `envelope`: AES-256-GCM / AES-SIV envelopes bound to record key and field path.
- `kms`: the KMS backend interface; `kms_aws`: AWS KMS.
"""

from redactor.crypto.keyring import KeyInfo, Keyring, open_keyring

__all__ = ["KeyInfo", "Keyring", "open_keyring"]
