"""Policy models: what an officer writes in YAML, validated strictly (unknown keys are errors).

A policy says which entity types are detected, which fields are safe metadata (not scanned),
which envelope fields identify a person and how they are transformed, and what is done to each
finding (rules, first match wins, then `default_action`). Encryption and retention sections are
defined in their own modules.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from redactor.detect.entities import ENTITIES, SECRET
from redactor.policy.encryption import EncryptionPolicy
from redactor.policy.retention import RetentionPolicy
from redactor.records import PathPattern


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Action(StrEnum):
    """What happens to a finding."""

    PLACEHOLDER = "placeholder"  # <EMAIL_ADDRESS_3>, consistent within the placeholder scope
    PSEUDONYM = "pseudonym"  # <EMAIL_ADDRESS:9f3a2b1c0d>, keyed HMAC-SHA256, stable across runs
    MASK = "mask"  # ******** (same length), optionally keeping the last characters
    REDACT = "redact"  # a fixed replacement, [REDACTED] by default
    KEEP = "keep"  # left as is (never allowed for SECRET)


class Scope(StrEnum):
    """Within what the same value gets the same placeholder number."""

    RECORD = "record"
    USER = "user"
    ENTERPRISE = "enterprise"


class MaskOptions(Strict):
    char: str = Field("*", description="The masking character (exactly one character).")
    keep_last: int = Field(0, ge=0, le=8, description="Characters left visible at the end.")

    @field_validator("char")
    @classmethod
    def _one_char(cls, v: str) -> str:
        if len(v) != 1:
            raise ValueError(f'must be one character (got "{v}")')
        return v


class RedactOptions(Strict):
    replacement: str = Field("[REDACTED]", description="Text put in place of the value.")


def _check_entities(v: list[str]) -> list[str]:
    bad = [e for e in v if e != "*" and e not in ENTITIES]
    if bad:
        raise ValueError(f"unknown entity type(s) {', '.join(bad)}; allowed: * or {', '.join(ENTITIES)}")
    return v


def _check_paths(v: list[str]) -> list[str]:
    for p in v:
        PathPattern.parse(p)  # raises ValueError pointing at the bad segment
    return v


class Rule(Strict):
    """One rule: for these entities, in these fields, do this. First matching rule wins."""

    name: str | None = Field(None, description="Shown in `policy explain`.")
    entities: list[str] = Field(["*"], description="Entity types, or * for any.")
    fields: list[str] = Field(["**"], description="Field path patterns (** any depth, [*] any index).")
    action: Action
    mask: MaskOptions | None = None
    redact: RedactOptions | None = None

    _entities = field_validator("entities")(_check_entities)
    _fields = field_validator("fields")(_check_paths)

    @model_validator(mode="after")
    def _options_match_action(self) -> Rule:
        if self.mask is not None and self.action is not Action.MASK:
            raise ValueError(f"mask options given but action is {self.action.value}; remove mask or use action: mask")
        if self.redact is not None and self.action is not Action.REDACT:
            raise ValueError(
                f"redact options given but action is {self.action.value}; remove redact or use action: redact"
            )
        if self.action is Action.KEEP and (SECRET in self.entities or "*" in self.entities):
            raise ValueError(
                "action keep would leave secrets in clear; list the entity types to keep explicitly "
                "(SECRET is never kept)"
            )
        return self


class IdentityAction(StrEnum):
    PSEUDONYM = "pseudonym"  # keyed HMAC; integers stay integers
    REDACT = "redact"
    KEEP = "keep"


class PlaceholderSettings(Strict):
    scope: Scope = Field(Scope.USER, description="record | user | enterprise")


class DetectionSettings(Strict):
    min_score: float = Field(0.5, ge=0.0, le=1.0, description="Findings below this score are ignored.")
    entities: list[str] = Field(["*"], description="Entity types to detect, or * for all.")
    disabled_detectors: list[str] = Field([], description="Detector ids to switch off.")
    ner: bool = Field(True, description="Run the spaCy NER model (PERSON, LOCATION) on prose.")

    _entities = field_validator("entities")(_check_entities)


class FieldSettings(Strict):
    metadata: list[str] = Field([], description="Field path patterns that are safe metadata: passed through unscanned.")
    identity: dict[str, IdentityAction] = Field(
        {}, description="Envelope fields that identify a person, transformed whole."
    )

    _metadata = field_validator("metadata")(_check_paths)

    @field_validator("identity")
    @classmethod
    def _identity_paths(cls, v: dict[str, IdentityAction]) -> dict[str, IdentityAction]:
        bad = [k for k in v if not re.fullmatch(r"[A-Za-z0-9_@$-]+", k)]
        if bad:
            raise ValueError(
                f"identity names top-level envelope fields (like user_id or actor), not paths: {', '.join(bad)}; "
                "for text inside the record use rules with fields"
            )
        return v


class Limits(Strict):
    max_record_bytes: int = Field(8_000_000, gt=0, description="Longer input lines are quarantined.")
    max_depth: int = Field(64, gt=0, le=512, description="Deeper JSON nesting is quarantined.")
    detect_budget_s: float = Field(
        30.0,
        ge=0,
        description=(
            "CPU seconds of detection one text field of a record may use; a record with a field over it is "
            "quarantined (too_slow) and the stream goes on. 0 = no limit. Not part of the policy fingerprint."
        ),
    )


class Policy(Strict):
    """A complete, validated policy."""

    version: Literal[1] = Field(description="Policy format version. Only 1 exists.")
    name: Annotated[str, Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")]
    description: str = ""
    detection: DetectionSettings = DetectionSettings()
    placeholders: PlaceholderSettings = PlaceholderSettings()
    fields: FieldSettings = FieldSettings()
    rules: list[Rule] = []
    default_action: Action = Field(Action.PLACEHOLDER, description="For findings no rule matches.")
    encryption: EncryptionPolicy = EncryptionPolicy()
    retention: RetentionPolicy = RetentionPolicy()
    limits: Limits = Limits()

    @field_validator("default_action")
    @classmethod
    def _default_not_keep(cls, v: Action) -> Action:
        if v is Action.KEEP:
            raise ValueError(
                "default_action keep would leave unmatched findings (secrets included) in clear; "
                "use placeholder, pseudonym, mask or redact"
            )
        return v
