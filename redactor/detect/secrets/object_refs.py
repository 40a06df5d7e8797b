"""Versions in the identifiers of secret-store objects: references to a secret, not the secret.

A secret store names each version of a stored object with an id that is printed in every
listing, plan and log and grants nothing without the caller's own credentials: Azure Key Vault's
``https://<vault>.vault.azure.net/secrets/<name>/<version>`` (also ``keys`` and ``certificates``;
the version is 32 hex digits) and Google Secret Manager's ``projects/<p>/secrets/<name>/versions/<n>``
(an AWS Secrets Manager ARN is a placeholder as a whole, `placeholders`).
The path before such a version says "secret", which would otherwise make the hex look like one.
"""

from __future__ import annotations

import re

_VERSIONED_PATH = re.compile(
    r"(?i)(?:\.vault\.(?:azure\.net|usgovcloudapi\.net|azure\.cn)/(?:secrets|keys|certificates)/[\w-]{1,127}"
    r"|projects/[\w-]{1,64}/secrets/[\w-]{1,255}/versions)/$"
)
"""The path of a secret-store object right before its version id."""


def object_version(before: str) -> bool:
    """Whether `before` (the text right before a value) ends with a secret-store object's path, so
    the value is that object's version id."""
    return _VERSIONED_PATH.search(before[-700:]) is not None
