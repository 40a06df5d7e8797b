"""The ``encryption:`` section of a policy: what stays recoverable, under which key scope.

Each rule encrypts either whole fields (by path) or detected values of some entity types,
*alongside* the redacted copy (the redacted text stays in place, the encrypted original goes to
the record's sidecar) or *instead* of it (the envelope takes the value's place). Data keys are
per key scope (data subject, enterprise, or global) and per period; a data key is destroyed when
its period has ended and `keep_for` has passed, which makes every copy of what it encrypted
unreadable, wherever it was exported. The default: nothing is encrypted.

Secrets are never encrypted (they are only masked): entity rules may not name SECRET or *, and a
field rule encrypts the field's text with secrets already masked (PII kept). Example: keep the
original prompt text encrypted for 30 days for incident response, while the redacted copy lives
a year under retention::

    encryption:
      rules:
        - name: incident-response
          fields: ["body.messages[*].content"]
          mode: alongside
          key_scope: subject
          period: day
          keep_for: 30d
        - name: joinable-emails
          entities: [EMAIL_ADDRESS]
          mode: instead
          deterministic: true      # AES-SIV: same value, same ciphertext (per data key)
          key_scope: enterprise
          period: none
          keep_for: 400d
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from redactor.policy.retention import Duration, check_paths, duration_ms
from redactor.retention.paths import Pattern

_SECRET = "SECRET"


class Mode(StrEnum):
    """Where the encrypted original goes."""

    ALONGSIDE = "alongside"  # redacted copy stays in the field; envelope in the record sidecar
    INSTEAD = "instead"  # the envelope replaces the value (no redacted copy)


class KeyScope(StrEnum):
    """Who shares a data key. Only `subject` lets `redactor erase --user` shred the data."""

    SUBJECT = "subject"  # one data key per data subject (user) and period
    ENTERPRISE = "enterprise"  # one per enterprise and period
    GLOBAL = "global"  # one per period


class Period(StrEnum):
    """How long one data key is used for new data (by the record's @timestamp, UTC)."""

    DAY = "day"
    WEEK = "week"  # ISO week
    MONTH = "month"
    YEAR = "year"
    NONE = "none"  # one key for ever (destroyed only by erasure, never by retention)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EncryptionRule(_Strict):
    """Encrypt these fields, or these entity types' values, under this key scope."""

    name: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")] = Field(
        description="A stable name; part of the data key's identity and of ledger entries."
    )
    fields: list[str] = Field(
        [], description="Field path patterns whose whole text is encrypted (secrets masked first)."
    )
    entities: list[str] = Field([], description="Entity types whose detected values are encrypted (never SECRET or *).")
    within: list[str] = Field(["**"], description="For entity rules: only in these field paths.")
    mode: Mode = Field(Mode.ALONGSIDE, description="alongside | instead")
    key_scope: KeyScope = Field(KeyScope.SUBJECT, description="subject | enterprise | global")
    period: Period = Field(Period.MONTH, description="day | week | month | year | none")
    keep_for: Duration = Field(description="How long the encrypted copy stays decryptable after the period ends.")
    deterministic: bool = Field(
        False,
        description=(
            "AES-SIV instead of AES-GCM: equal values under the same data key give equal "
            "envelopes (joinable); bound to the field path but not to the record."
        ),
    )

    @field_validator("fields", "within")
    @classmethod
    def _paths(cls, v: list[str]) -> list[str]:
        return check_paths(v) if v else v

    @field_validator("entities")
    @classmethod
    def _entities(cls, v: list[str]) -> list[str]:
        from redactor.detect.entities import ENTITIES

        if "*" in v or _SECRET in v:
            raise ValueError(
                "secrets are never encrypted (only masked); list the entity types to encrypt, without SECRET or *"
            )
        bad = [e for e in v if e not in ENTITIES]
        if bad:
            raise ValueError(f"unknown entity type(s) {', '.join(bad)}; allowed: {', '.join(ENTITIES)}")
        return v

    @model_validator(mode="after")
    def _one_target(self) -> EncryptionRule:
        if bool(self.fields) == bool(self.entities):
            raise ValueError("give either fields (whole fields) or entities (detected values), not both or neither")
        return self

    def field_patterns(self) -> list[Pattern]:
        return [Pattern.parse(p) for p in self.fields]

    def within_patterns(self) -> list[Pattern]:
        return [Pattern.parse(p) for p in self.within]

    @property
    def keep_ms(self) -> int:
        return duration_ms(self.keep_for)


class EncryptionPolicy(_Strict):
    """Encryption rules. Empty by default: nothing is encrypted."""

    rules: list[EncryptionRule] = Field([], description="First matching rule wins per field/value.")

    @model_validator(mode="after")
    def _unique_names(self) -> EncryptionPolicy:
        names = [r.name for r in self.rules]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"rule names must be unique (repeated: {', '.join(dup)})")
        return self

    @property
    def enabled(self) -> bool:
        return bool(self.rules)

    def rule(self, name: str) -> EncryptionRule:
        for r in self.rules:
            if r.name == name:
                return r
        raise KeyError(name)
