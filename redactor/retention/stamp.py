"""Expiry stamping at ingest, and the field rules both ingest and enforcement apply.

A record's expiries map a *stamp* to an epoch-ms deadline:

- ``record:<class>``: the whole record is deleted then;
- ``field:<class>``: the text fields of that class are replaced by ``[EXPIRED]`` then;
- ``encrypted:<rule>``: the envelopes made under that encryption rule are removed then
  (their data key is destroyed later, when its whole period has passed `keep_for`).

The clock starts at the record's ``@timestamp`` (``timestamp_ms``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from redactor.errors import DropRecord, RecordError
from redactor.policy.encryption import EncryptionPolicy
from redactor.policy.retention import RetentionPolicy
from redactor.records import DecodedRecord, decode
from redactor.records.objkeys import is_key_path
from redactor.retention.paths import parse_concrete

RECORD = "record:"
FIELD = "field:"
ENCRYPTED = "encrypted:"

STRIPPED = "[EXPIRED]"
"""What a stripped text field becomes."""

SIDECAR = "_encrypted"  # = redactor.crypto.stage.SIDECAR (kept apart from the text fields)


def _decode(record: dict[str, Any]) -> DecodedRecord | None:
    try:
        return decode({k: v for k, v in record.items() if k != SIDECAR})
    except RecordError:
        return None


def _classes(policy: RetentionPolicy, dec: DecodedRecord) -> list[str | None]:
    """Per text slot: its retention class (first matching field rule), or None."""
    rules = [(r, r.patterns(), set(r.field_kinds)) for r in policy.fields]
    out: list[str | None] = []
    for slot in dec.slots:
        if is_key_path(slot.path):  # an object key: never a field of its own, never stripped
            out.append(None)
            continue
        steps = parse_concrete(slot.path)
        cls = None
        for rule, pats, kinds in rules:
            if (not kinds or slot.kind.value in kinds) and any(p.matches(steps) for p in pats):
                cls = rule.class_
                break
        out.append(cls)
    return out


def field_classes(policy: RetentionPolicy, record: dict[str, Any]) -> dict[str, str]:
    """Text field path -> retention class, first matching field rule wins. Records the records
    module cannot read have no field classes (their record class still applies)."""
    if not policy.fields:
        return {}
    dec = _decode(record)
    if dec is None:
        return {}
    return {slot.path: c for slot, c in zip(dec.slots, _classes(policy, dec), strict=True) if c is not None}


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
    """Replace every text field of class `cls` by ``[EXPIRED]`` in place (the body keeps its
    form: JSON, SSE or truncated, byte for byte elsewhere); return how many were stripped."""
    dec = _decode(record)
    if dec is None:
        return 0
    new: list[str | None] = []
    n = 0
    for slot, c in zip(dec.slots, _classes(policy, dec), strict=True):
        if c == cls and slot.text != STRIPPED:
            new.append(STRIPPED)
            n += 1
        else:
            new.append(None)
    if n:
        side = record.get(SIDECAR)
        rebuilt = dec.rebuild(new)
        record.clear()
        record.update(rebuilt)
        if side is not None:
            record[SIDECAR] = side
    return n


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
