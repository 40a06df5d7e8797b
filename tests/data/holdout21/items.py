"""Twenty-first held-out set: the item tables (secrets, PII, negatives), written blind."""

from __future__ import annotations

from _values import Gen
from h21_negatives import negatives
from h21_pii import pii
from h21_secrets_a import secrets_1
from h21_secrets_b import secrets_2


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    return secrets_1(g) + secrets_2(g)


__all__ = ["negatives", "pii", "secrets"]
