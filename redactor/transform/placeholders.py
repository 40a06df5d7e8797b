"""Consistent placeholder numbering: the same value gets the same ``<ENTITY_n>`` within a scope.

Values are never held: the vault keys on a keyed digest (HMAC-SHA256) of the normalised value,
so its memory and its persisted table reveal nothing without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Callable, Iterable
from typing import Protocol

from redactor.secret import SecretBytes


class VaultBackend(Protocol):
    """Persistence for placeholder numbers (the SQLite store implements it)."""

    def load_placeholders(self, scope: str) -> Iterable[tuple[str, str, int]]: ...  # (entity, digest, n)

    def save_placeholder(self, scope: str, entity: str, digest: str, n: int) -> None: ...


def normalise(entity: str, value: str) -> str:
    """E-mail addresses and user names compare case-insensitively; other values exactly."""
    if entity in ("EMAIL_ADDRESS", "USERNAME"):
        return value.strip().lower()
    return value.strip()


class PlaceholderVault:
    """Assigns numbers per (scope, entity) in order of first appearance."""

    def __init__(self, key: SecretBytes, backend: VaultBackend | None = None) -> None:
        self._key = key
        self._backend = backend
        self._numbers: dict[tuple[str, str, str], int] = {}
        self._counters: dict[tuple[str, str], int] = {}
        self._loaded: set[str] = set()
        self._lock = threading.Lock()

    def digest(self, entity: str, value: str) -> str:
        msg = f"{entity}\x00{normalise(entity, value)}".encode()
        return hmac.new(self._key.reveal(), msg, hashlib.sha256).hexdigest()[:32]

    def number(self, scope: str, entity: str, value: str) -> int:
        d = self.digest(entity, value)
        with self._lock:
            if self._backend is not None and scope not in self._loaded:
                for ent, dig, n in self._backend.load_placeholders(scope):
                    self._numbers[(scope, ent, dig)] = n
                    self._counters[(scope, ent)] = max(self._counters.get((scope, ent), 0), n)
                self._loaded.add(scope)
            k = (scope, entity, d)
            n = self._numbers.get(k)
            if n is None:
                n = self._counters.get((scope, entity), 0) + 1
                self._counters[(scope, entity)] = n
                self._numbers[k] = n
                if self._backend is not None:
                    self._backend.save_placeholder(scope, entity, d, n)
            return n

    def __repr__(self) -> str:
        return f"PlaceholderVault({len(self._numbers)} values, key hidden)"


ScopeFn = Callable[[], str]
