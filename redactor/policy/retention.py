"""The ``retention:`` section of a policy: how long records and fields live.

An officer names *retention classes* with a lifetime, then says which records (by kind) and
which text fields (by path and/or by the kind of text: prompt, tool_result, ...) belong to which
class. Field rules cover the text fields redactor scans, in every body form (JSON, SSE,
truncated).
The clock starts at the record's ``@timestamp``. The default policy has no classes: nothing
expires. Example::

    retention:
      classes:
        metadata: 400d
        prompts: 30d
        tool_results: 7d
      records:
        - kinds: ["*"]
          class: metadata          # the whole record is deleted after 400 days
      fields:
        - field_kinds: [tool_result]   # tool output in any dialect (role tool, tool_result, ...)
          class: tool_results          # replaced by [EXPIRED] after 7 days
        - field_kinds: [prompt, system]
          class: prompts               # first matching field rule wins
      on_ingest_expired: drop

Every class a rule names must be defined under ``classes`` (typos fail closed).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from redactor.retention.paths import Pattern

_DURATION = re.compile(r"^([1-9][0-9]{0,5})([smhdw])$")
_UNIT_MS = {"s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 7 * 86_400_000}


def _check_duration(v: str) -> str:
    duration_ms(v)
    return v


Duration = Annotated[
    str,
    AfterValidator(_check_duration),
    Field(
        json_schema_extra={"pattern": _DURATION.pattern},
        description="A lifetime: a number and a unit s, m, h, d or w (e.g. 7d, 12h, 400d).",
        examples=["7d", "30d", "400d"],
    ),
]

ClassName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_\-]{0,62}$")]


def duration_ms(text: str) -> int:
    """``"30d"`` -> milliseconds. Raises ValueError for anything else."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f'must be a number and a unit s, m, h, d or w, like 30d or 12h (got "{text}")')
    return int(m.group(1)) * _UNIT_MS[m.group(2)]


def check_paths(v: list[str]) -> list[str]:
    """Validate field path patterns (ValueError names the bad one)."""
    if not v:
        raise ValueError("at least one field path is required")
    for p in v:
        Pattern.parse(p)
    return v


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecordRetention(_Strict):
    """Records of these kinds belong to `class_` (the whole record is deleted at expiry)."""

    kinds: list[str] = Field(
        ["*"],
        min_length=1,
        description="Record kinds (as classified, e.g. request, response, audit) or * for any.",
    )
    class_: ClassName = Field(alias="class", description="A class named under `classes`.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


FIELD_KINDS: tuple[str, ...] = (
    "system",
    "prompt",
    "assistant",
    "reasoning",
    "tool_arguments",
    "tool_result",
    "tool_description",
    "raw_body",
    "envelope",
    "audit_field",
    "other",
    "binary",
)
"""The text kinds the records module tells apart (`redactor.records.FieldKind`)."""


class FieldRetention(_Strict):
    """Text fields at these paths and/or of these kinds belong to `class_` (stripped at expiry)."""

    name: str | None = Field(None, description="Shown in reports.")
    fields: list[str] = Field(["**"], description="Field path patterns (** any depth, [*] any index).")
    field_kinds: list[str] = Field(
        [],
        description=(
            "Only text of these kinds, as the records module classifies it in every body dialect "
            "(e.g. tool_result, prompt, assistant); empty: any kind."
        ),
    )
    class_: ClassName = Field(alias="class", description="A class named under `classes`.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    _fields = field_validator("fields")(check_paths)

    @field_validator("field_kinds")
    @classmethod
    def _kinds(cls, v: list[str]) -> list[str]:
        bad = [k for k in v if k not in FIELD_KINDS]
        if bad:
            raise ValueError(f"unknown field kind(s) {', '.join(bad)}; allowed: {', '.join(FIELD_KINDS)}")
        return v

    @model_validator(mode="after")
    def _narrowed(self) -> FieldRetention:
        if self.fields == ["**"] and not self.field_kinds:
            raise ValueError("a field rule needs fields (paths) or field_kinds, else it would cover every text")
        return self

    def patterns(self) -> list[Pattern]:
        return [Pattern.parse(p) for p in self.fields]


class RetentionPolicy(_Strict):
    """Retention classes and what belongs to them. Empty by default: nothing expires."""

    clock: Literal["@timestamp"] = Field("@timestamp", description="Where each record's clock starts (the event time).")
    classes: dict[ClassName, Duration] = Field({}, description="Class name -> lifetime.")
    records: list[RecordRetention] = Field(
        [], description="Record kinds -> class; first match wins; no match: kept until erased."
    )
    fields: list[FieldRetention] = Field([], description="Field paths -> class; first match wins per field.")
    on_ingest_expired: Literal["drop", "strip", "keep"] = Field(
        "drop",
        description=(
            "When ingesting an old record: drop it if its record class has expired (drop), "
            "or only strip expired fields (strip), or store it and let enforcement decide (keep)."
        ),
    )

    @model_validator(mode="after")
    def _classes_defined(self) -> RetentionPolicy:
        named = set(self.classes)
        problems = []
        for i, r in enumerate(self.records):
            if r.class_ not in named:
                problems.append(f"records[{i}].class: unknown class {r.class_!r}")
        for i, f in enumerate(self.fields):
            if f.class_ not in named:
                problems.append(f"fields[{i}].class: unknown class {f.class_!r}")
        if problems:
            allowed = ", ".join(sorted(named)) or "(none defined; add them under retention.classes)"
            raise ValueError("; ".join(problems) + f"; defined classes: {allowed}")
        return self

    def lifetime_ms(self, name: str) -> int:
        """A class's lifetime in ms."""
        return duration_ms(self.classes[name])

    def record_class(self, kind: str) -> str | None:
        """The class of a record of this kind (first matching rule), or None (no expiry)."""
        for r in self.records:
            if "*" in r.kinds or kind in r.kinds:
                return r.class_
        return None
