"""Expiry stamping at ingest, and the field rules both ingest and enforcement apply.

A record's expiries map a *stamp* to an epoch-ms deadline:

- ``record:<class>``: the whole record is deleted then;
- ``field:<class>``: the fields of that class are stripped (set to null) then;
- ``encrypted:<rule>``: the envelopes made under that encryption rule are removed then
  (their data key is destroyed later, when its whole period has passed `keep_for`).

The clock starts at the record's ``@timestamp`` (``timestamp_ms``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from redactor.errors import DropRecord
from redactor.policy.encryption import EncryptionPolicy
from redactor.policy.retention import RetentionPolicy
from redactor.retention.paths import Step, exact, find_steps, replace

RECORD = "record:"
FIELD = "field:"
ENCRYPTED = "encrypted:"

STRIPPED: Any = None
"""What a stripped field becomes."""


def field_classes(policy: RetentionPolicy, record: dict[str, Any]) -> dict[tuple[Step, ...], str]:
    """Concrete field path (steps) -> retention class, first matching field rule wins."""
    out: dict[tuple[Step, ...], str] = {}
    for rule in policy.fields:
        for path in find_steps(record, rule.patterns(), rule.when or None):
            out.setdefault(path, rule.class_)
    return out


def stamp_expiries(
    policy: RetentionPolicy,
    record: dict[str, Any],
    kind: str,
    timestamp_ms: int | None,
    *,
    encryption: EncryptionPolicy | None = None,
    encrypted_rules: Iterable[str] = (),
) -> dict[str, int]:
    """The expiries of one record: stamp -> epoch ms. Empty when nothing applies or the record
    has no timestamp (it is then kept until erased; the pipeline should quarantine such records
    if the policy has retention classes)."""
    if timestamp_ms is None:
        return {}
    out: dict[str, int] = {}
    cls = policy.record_class(kind)
    if cls is not None:
        out[RECORD + cls] = timestamp_ms + policy.lifetime_ms(cls)
    for c in sorted(set(field_classes(policy, record).values())):
        out[FIELD + c] = timestamp_ms + policy.lifetime_ms(c)
    if encryption is not None:
        for name in sorted(set(encrypted_rules)):
            out[ENCRYPTED + name] = timestamp_ms + encryption.rule(name).keep_ms
    return out


def strip_class(policy: RetentionPolicy, record: dict[str, Any], cls: str) -> int:
    """Set every field of class `cls` to null in place; return how many were stripped."""
    pats = [exact(p) for p, c in field_classes(policy, record).items() if c == cls]
    if not pats:
        return 0
    return replace(record, pats, lambda _path, _value: STRIPPED)


@dataclass(slots=True)
class IngestResult:
    """What `RetentionStage` did to one record."""

    expiries: dict[str, int]
    stripped: dict[str, int] = field(default_factory=dict)  # class -> fields stripped


class RetentionStage:
    """At ingest: stamp expiries, drop records whose record class has already expired, strip
    fields already expired (reprocessing old archives).

    Args:
        policy: the policy's ``retention`` section.
        encryption: the ``encryption`` section (for ``encrypted:<rule>`` stamps).
        now: epoch ms (the CLI reads the clock; tests pin it).
    """

    def __init__(self, policy: RetentionPolicy, *, encryption: EncryptionPolicy | None = None, now: int) -> None:
        self.policy = policy
        self.encryption = encryption
        self.now = now

    def __call__(
        self, record: dict[str, Any], kind: str, timestamp_ms: int | None, encrypted_rules: Iterable[str] = ()
    ) -> IngestResult:
        """Stamp and apply; raises DropRecord("retention_expired") when the record is past its
        record class and the policy says drop."""
        exp = stamp_expiries(
            self.policy, record, kind, timestamp_ms, encryption=self.encryption, encrypted_rules=encrypted_rules
        )
        mode = self.policy.on_ingest_expired
        res = IngestResult(exp)
        if mode == "keep":
            return res
        due = {k for k, t in exp.items() if t <= self.now}
        if mode == "drop" and any(k.startswith(RECORD) for k in due):
            raise DropRecord("retention_expired")
        for stamp in sorted(due):
            if stamp.startswith(FIELD):
                cls = stamp.removeprefix(FIELD)
                res.stripped[cls] = strip_class(self.policy, record, cls)
                del exp[stamp]
        return res
