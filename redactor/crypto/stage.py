"""The pipeline's encryption stage and the decryptor behind ``redactor decrypt``.

`EncryptStage` turns one value into an envelope under the policy rule that covers it; the
pipeline decides where the envelope goes:

- ``alongside``: the redacted text stays in the field; the envelope goes to the record's
  sidecar, ``record["_encrypted"][<concrete field path>] = envelope`` (for entity rules,
  ``<path>#<n>`` with n counting that field's values from 0), and
  ``record["_encrypted"]["@record"]`` holds the record key (see `attach`);
- ``instead``: the envelope takes the value's place (the whole field, or the detected value
  inside the text).

`Decryptor.decrypt_record` finds both kinds and needs the record key to open them.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from redactor.crypto.datakeys import Label, period_of
from redactor.crypto.envelope import ENVELOPE_RE, DataKeys, Envelope, open_envelope, seal
from redactor.crypto.keyring import Keyring, Random
from redactor.errors import DecryptionError, RecordError
from redactor.policy.encryption import EncryptionPolicy, EncryptionRule, KeyScope
from redactor.records import decode
from redactor.retention.paths import Pattern, iter_strings, parse_concrete, render

SIDECAR = "_encrypted"
"""Top-level record key holding ``alongside`` envelopes: concrete field path -> envelope."""

RECORD_KEY_FIELD = "@record"
"""Sidecar entry holding the record key the envelopes are bound to (exported copies carry it)."""


def attach(record: dict[str, Any], record_key: str, envelopes: dict[str, str]) -> None:
    """Put ``alongside`` envelopes (path -> envelope) and the record key in the sidecar.

    Call it for every record holding any envelope (``instead`` ones too), so that exported
    copies can be decrypted without the store.
    """
    side = record.setdefault(SIDECAR, {})
    side[RECORD_KEY_FIELD] = record_key
    side.update(envelopes)


def record_key_of(record: dict[str, Any]) -> str | None:
    """The key a record's envelopes are bound to: the sidecar's, else event_id / _document_id."""
    side = record.get(SIDECAR)
    if isinstance(side, dict) and isinstance(side.get(RECORD_KEY_FIELD), str):
        return str(side[RECORD_KEY_FIELD])
    for k in ("event_id", "_document_id"):
        v = record.get(k)
        if isinstance(v, str) and v:
            return v
    return None


Clock = Callable[[], int]
"""Returns epoch ms; the CLI passes the real clock, tests a fixed one."""

NO_SUBJECT = "-"
"""Scope id of subject-scoped keys for records without a data subject."""


@dataclass(frozen=True, slots=True)
class Decrypted:
    """One decrypted value. The repr hides the text."""

    path: str
    kid: str
    text: str

    def __repr__(self) -> str:
        return f"Decrypted(path={self.path!r}, kid={self.kid!r}, {len(self.text)} chars)"


@dataclass(frozen=True, slots=True)
class _Fixed:
    """A clock stuck at one time (picklable, unlike a lambda)."""

    ms: int

    def __call__(self) -> int:
        return self.ms


class EncryptStage:
    """Encrypts values under an `EncryptionPolicy` with per-scope, per-period data keys.

    Args:
        policy: the policy's ``encryption`` section.
        keyring: supplies the kek and the data-key store.
        now: epoch ms, or a clock returning it (long-running pipelines).
        random: random source (nonces, new data keys).
    """

    def __init__(
        self, policy: EncryptionPolicy, keyring: Keyring, *, now: int | Clock, random: Random = os.urandom
    ) -> None:
        self.policy = policy
        self._clock: Clock = now if callable(now) else _Fixed(now)
        self._random = random
        self.keys = DataKeys(keyring, random=random)
        self._fields = [(r, r.field_patterns()) for r in policy.rules if r.fields]
        self._entities = [(r, r.within_patterns()) for r in policy.rules if r.entities]
        self.key_ids: Counter[str] = Counter()
        """Envelopes made per data key id (for the ledger; no values)."""
        self.skipped_expired = 0
        """Values not encrypted because their keep time had already passed."""

    @staticmethod
    def _match(patterns: list[Pattern], path: str) -> bool:
        steps = parse_concrete(path)
        return any(p.matches(steps) for p in patterns)

    def field_rule(self, path: str) -> EncryptionRule | None:
        """The first field rule covering this concrete field path, or None."""
        for rule, pats in self._fields:
            if self._match(pats, path):
                return rule
        return None

    def entity_rule(self, entity: str, path: str) -> EncryptionRule | None:
        """The first entity rule for this entity type in this concrete field path, or None."""
        for rule, pats in self._entities:
            if entity in rule.entities and self._match(pats, path):
                return rule
        return None

    def __call__(
        self,
        rule: EncryptionRule,
        *,
        record_key: str,
        path: str,
        plaintext: str,
        subject: str | None,
        enterprise_id: str | None,
        timestamp_ms: int,
    ) -> str | None:
        """The envelope for `plaintext` at `path` of record `record_key`, or None when
        `keep_for` has already passed since `timestamp_ms` (old data: the original is not kept)."""
        if rule.key_scope is KeyScope.SUBJECT:
            scope_id = subject or NO_SUBJECT
        elif rule.key_scope is KeyScope.ENTERPRISE:
            scope_id = enterprise_id or NO_SUBJECT
        else:
            scope_id = ""
        period, start, end = period_of(rule.period.value, timestamp_ms)
        destroy_after = None if end is None else end + rule.keep_ms
        now = self._clock()
        if timestamp_ms + rule.keep_ms <= now:
            self.skipped_expired += 1
            return None
        label = Label(rule.name, rule.key_scope.value, scope_id, period)
        cipher, _ = self.keys.for_label(
            label,
            enterprise_id=enterprise_id,
            period_start_ms=start,
            period_end_ms=end,
            destroy_after_ms=destroy_after,
            now=now,
        )
        self.key_ids[cipher.kid] += 1
        return seal(
            cipher,
            deterministic=rule.deterministic,
            record_key=record_key,
            path=path,
            plaintext=plaintext,
            nonce=self._random(12),
        )

    def __repr__(self) -> str:
        return f"EncryptStage(rules={[r.name for r in self.policy.rules]})"


class Decryptor:
    """Opens envelopes with the keyring's data keys. Every failure is DecryptionError."""

    def __init__(self, keyring: Keyring) -> None:
        self.keys = DataKeys(keyring)

    def decrypt(self, envelope: str, *, record_key: str, path: str) -> str:
        env = Envelope.parse(envelope)
        return open_envelope(self.keys.by_id(env.kid), env, record_key=record_key, path=path)

    @staticmethod
    def find(record: dict[str, Any]) -> list[tuple[str, str]]:
        """(field path, envelope) for every envelope in a record: sidecar and embedded."""
        out: list[tuple[str, str]] = []
        side = record.get(SIDECAR)
        if isinstance(side, dict):
            for key, env in side.items():
                if key != RECORD_KEY_FIELD and isinstance(env, str):
                    out.append((key.split("#", 1)[0], env))
        rest = {k: v for k, v in record.items() if k != SIDECAR}
        try:  # the records module's paths, in every body form (JSON, SSE, truncated)
            texts = [(slot.path, slot.text) for slot in decode(rest).slots]
        except RecordError:  # not a Copilot record: walk its JSON
            texts = [(render(steps), text) for steps, text in iter_strings(rest)]
        for path, text in texts:
            for m in ENVELOPE_RE.finditer(text):
                out.append((path, m.group(0)))
        return out

    def decrypt_record(self, record: dict[str, Any], *, record_key: str) -> list[Decrypted]:
        """Decrypt every envelope in the record. Raises DecryptionError at the first failure."""
        out = []
        for path, env in self.find(record):
            text = self.decrypt(env, record_key=record_key, path=path)
            out.append(Decrypted(path, Envelope.parse(env).kid, text))
        return out


def try_decrypt(dec: Decryptor, envelope: str, *, record_key: str, path: str) -> str | None:
    """`Decryptor.decrypt`, or None on the opaque failure (for reports that count failures)."""
    try:
        return dec.decrypt(envelope, record_key=record_key, path=path)
    except DecryptionError:
        return None
