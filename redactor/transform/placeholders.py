"""Consistent placeholder numbering: the same value gets the same ``<ENTITY_n>`` within a scope.

Values are never held: the vault keys on a keyed digest (HMAC-SHA256) of the normalised value,
so its memory and its persisted table reveal nothing without the key.
"""

from __future__ import annotations

import hmac
import threading
from collections import OrderedDict
from collections.abc import Iterable
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

    def __init__(self, key: SecretBytes, backend: VaultBackend | None = None, *, max_scopes: int = 20_000) -> None:
        self._key = key
        self._backend = backend
        # scope -> {(entity, digest): n}; least recently used scopes are evicted when a backend
        # holds them (they are reloaded on their next use), so memory stays bounded
        self._scopes: OrderedDict[str, dict[tuple[str, str], int]] = OrderedDict()
        self._counters: dict[tuple[str, str], int] = {}
        self._max_scopes = max_scopes
        self._lock = threading.Lock()

    def digest(self, entity: str, value: str) -> str:
        msg = f"{entity}\x00{normalise(entity, value)}".encode()
        return hmac.digest(self._key.reveal(), msg, "sha256").hex()[:32]  # = hmac.new(...).hexdigest()

    def number(self, scope: str, entity: str, value: str) -> int:
        d = self.digest(entity, value)
        with self._lock:
            known = self._scope(scope)
            n = known.get((entity, d))
            if n is None:
                n = self._counters.get((scope, entity), 0) + 1
                self._counters[(scope, entity)] = n
                known[(entity, d)] = n
                if self._backend is not None:
                    self._backend.save_placeholder(scope, entity, d, n)
            return n

    def _scope(self, scope: str) -> dict[tuple[str, str], int]:
        known = self._scopes.get(scope)
        if known is not None:
            self._scopes.move_to_end(scope)
            return known
        known = {}
        if self._backend is not None:
            for ent, dig, n in self._backend.load_placeholders(scope):
                known[(ent, dig)] = n
                self._counters[(scope, ent)] = max(self._counters.get((scope, ent), 0), n)
            if len(self._scopes) >= self._max_scopes:
                old, gone = self._scopes.popitem(last=False)
                for ent, _ in gone:
                    self._counters.pop((old, ent), None)
        self._scopes[scope] = known
        return known

    def __repr__(self) -> str:
        return f"PlaceholderVault({len(self._scopes)} scopes, key hidden)"

