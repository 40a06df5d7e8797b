"""`redactor policy test POLICY`: canary gates for a policy.

Synthetic canaries (`canary_values`) are planted in every field kind of a Copilot record
(`carriers`), the policy runs over them, and every redacted record is searched for the canary
values, in every string (JSON strings decoded, bodies and SSE lines also searched in their
escaped forms). A canary *survives* when any of its needles is still there. The run fails when
any canary survives, unless its entity type is allowed in clear in the officer's canary file or
no detector of this build reports that type at all ("not covered", reported; fails with
``strict``). A code-heavy sample (`fp_sample`) measures the false-positive rate.

Officers add their own canaries, and texts that must come through unchanged, in
``<policy>.canaries.yaml`` next to the policy (see `CanaryFile`).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from redactor.detect.engine import DetectionEngine
from redactor.detect.entities import ENTITIES, SECRET
from redactor.errors import PolicyError
from redactor.io.base import InputLine, Redacted
from redactor.pipeline import Pipeline
from redactor.policy.loader import format_loc
from redactor.workbench.canary_values import Canary, builtin_canaries, key_needles
from redactor.workbench.carriers import AUDIT_IDENTITY, CARRIERS, TRUNCATED_MID, USER_ID, Ctx, truncated_mid_value
from redactor.workbench.fp_sample import FP_CARRIERS, fp_texts

CarrierName = Literal[
    "system",
    "prompt",
    "assistant",
    "tool_arguments",
    "tool_result",
    "anthropic_tool_use",
    "responses_function_output",
    "sse_body",
    "truncated_body",
    "audit_event",
]
IDENTITY = "IDENTITY"
"""Pseudo entity type of the personal envelope fields of audit events (actor, user, ...)."""


# --- the officer's canary file ----------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OfficerCanary(_Strict):
    name: str = Field(min_length=1, max_length=80, description="Shown in the test output.")
    text: str = Field(min_length=1, description="The text planted in each field kind.")
    must_not_survive: list[str] = Field(
        [], description="Parts of the text that must be masked (default: the whole text)."
    )
    entity: str = Field("CUSTOM", description="The entity type you expect it to be found as (informational).")
    fields: list[CarrierName] = Field([], description="Field kinds to plant it in (default: all).")

    @field_validator("must_not_survive")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        if any(not s.strip() for s in v):
            raise ValueError("entries must not be empty")
        return v


class KeepGuard(_Strict):
    name: str = Field(min_length=1, max_length=80)
    text: str = Field(min_length=1, description="Text that must come through unchanged.")
    fields: list[CarrierName] = Field([], description="Field kinds to plant it in (default: all).")


class CanaryFile(_Strict):
    """``<policy>.canaries.yaml``: the officer's own canaries and keep-guards."""

    version: Literal[1]
    canaries: list[OfficerCanary] = []
    keep: list[KeepGuard] = []
    allow_in_clear: list[str] = Field(
        [], description="Entity types this policy leaves in clear on purpose (never SECRET)."
    )

    @field_validator("allow_in_clear")
    @classmethod
    def _allowed(cls, v: list[str]) -> list[str]:
        if SECRET in v:
            raise ValueError("SECRET can never be allowed in clear")
        bad = [e for e in v if e not in ENTITIES and e != IDENTITY]
        if bad:
            raise ValueError(
                f"unknown entity type(s) {', '.join(bad)}; allowed: {IDENTITY}, "
                + ", ".join(e for e in ENTITIES if e != SECRET)
            )
        return v


def canary_file_for(policy_path: Path) -> Path:
    """``policies/team.yaml`` -> ``policies/team.canaries.yaml``."""
    return policy_path.with_name(policy_path.stem + ".canaries.yaml")


def load_canary_file(path: Path) -> CanaryFile:
    """Read and validate a canary file; PolicyError lists every problem with its YAML path."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise PolicyError(str(path), [f"cannot read: {type(e).__name__}"]) from None
    except yaml.YAMLError:
        raise PolicyError(str(path), ["not valid YAML (fix the syntax)"]) from None
    if not isinstance(data, dict):
        raise PolicyError(str(path), ["the top level must be a mapping with version: 1"])
    try:
        return CanaryFile.model_validate(data)
    except ValidationError as e:
        problems = [
            f"{format_loc(tuple(x['loc']))}: {str(x['msg']).removeprefix('Value error, ')}"
            for x in e.errors(include_url=False, include_input=False)
        ]
        raise PolicyError(str(path), problems) from None


# --- results ---------------------------------------------------------------------------------------------


Status = Literal["masked", "survived", "allowed", "not_covered", "not_stored"]


@dataclass(slots=True)
class CanaryResult:
    """One canary across the field kinds it was planted in. No values."""

    name: str
    entity: str
    origin: str
    survived_in: list[str] = field(default_factory=list)
    masked_in: list[str] = field(default_factory=list)
    not_stored: dict[str, str] = field(default_factory=dict)  # carrier -> outcome
    status: Status = "masked"


@dataclass(slots=True)
class TestReport:
    """The outcome of a canary run: counts, names, field kinds and rates; never values."""

    policy: str
    seed: int
    records: int = 0
    canaries: list[CanaryResult] = field(default_factory=list)
    keep_broken: dict[str, list[str]] = field(default_factory=dict)  # guard -> carriers
    keep_total: int = 0
    fp_texts: int = 0
    fp_flagged: int = 0
    fp_findings: Counter[str] = field(default_factory=Counter)  # detector -> findings
    fp_entities: Counter[str] = field(default_factory=Counter)
    fp_chars: int = 0
    fp_kinds: Counter[str] = field(default_factory=Counter)  # sample kind -> texts flagged
    not_covered: list[str] = field(default_factory=list)
    strict: bool = False

    def by_status(self, status: Status) -> list[CanaryResult]:
        return [c for c in self.canaries if c.status == status]

    @property
    def fp_rate(self) -> float:
        return self.fp_flagged / self.fp_texts if self.fp_texts else 0.0

    @property
    def failed(self) -> bool:
        bad = self.by_status("survived") + self.by_status("not_stored")
        if self.strict:
            bad += self.by_status("not_covered")
        return bool(bad or self.keep_broken)


# --- searching a redacted record ---------------------------------------------------------------------


def _strings(node: Any, depth: int = 0) -> Iterator[str]:
    """Every string in a record, and every string inside strings that hold JSON (bodies,
    tool-call arguments), and the payloads of SSE ``data:`` lines."""
    if depth > 12:
        return
    if isinstance(node, str):
        yield node
        candidates = [node]
        if "data:" in node:
            candidates += [ln[5:].strip() for ln in node.splitlines() if ln.startswith("data:")]
        for c in candidates:
            c = c.strip()
            if c[:1] in ("{", "[", '"'):
                try:
                    inner = json.loads(c)
                except (ValueError, RecursionError):
                    continue
                yield from _strings(inner, depth + 1)
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v, depth + 1)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, depth + 1)
    elif isinstance(node, int | float) and not isinstance(node, bool):
        yield str(node)


def _forms(needle: str) -> tuple[str, ...]:
    once = json.dumps(needle)[1:-1]
    twice = json.dumps(once)[1:-1]
    return tuple(dict.fromkeys((needle, once, twice)))


def survives(record: dict[str, Any], needles: Sequence[str]) -> bool:
    """Whether any needle (or its JSON-escaped forms) is still in any string of the record."""
    forms = [f for n in needles for f in _forms(n)]
    return any(f in s for s in _strings(record) for f in forms)


# --- running ---------------------------------------------------------------------------------------------


def _officer(cf: CanaryFile) -> list[tuple[Canary, tuple[str, ...]]]:
    out: list[tuple[Canary, tuple[str, ...]]] = []
    for c in cf.canaries:
        needles = tuple(c.must_not_survive) or (c.text,)
        out.append((Canary(c.name, c.entity, c.text, needles, origin="canary file"), tuple(c.fields)))
    return out


def covered_entities(engine: DetectionEngine) -> set[str]:
    """Entity types some detector of this engine (or its NER model) can report."""
    out: set[str] = set()
    for d in engine.detectors:
        out.update(d.entities)
    ner_entities = getattr(engine.ner, "entities", None)
    if ner_entities:
        out.update(ner_entities)
    return out


class CanaryRun:
    """Plants, runs and checks. Build with the policy's pipeline (see `workbench.common`).

    Args:
        pipeline: the policy under test (with its own engine and a throw-away keyring).
        policy_name: shown in the report.
        canary_file: the officer's additions, if any.
        seed: makes canary values and record ids reproducible.
        now_ms: the planted records' @timestamp (and the pipeline's clock).
        strict: also fail on entity types no detector covers.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        *,
        policy_name: str,
        canary_file: CanaryFile | None = None,
        seed: int = 0,
        now_ms: int,
        strict: bool = False,
        fp_rounds: int = 2,
    ) -> None:
        self.pipe = pipeline
        self.cf = canary_file or CanaryFile.model_validate({"version": 1})
        self.seed = seed
        self.ctx = Ctx(now_ms, random.Random(seed))
        self.report = TestReport(policy_name, seed, strict=strict)
        self.fp_rounds = fp_rounds

    def canaries(self) -> list[tuple[Canary, tuple[str, ...]]]:
        plain = [(c, ()) for c in builtin_canaries(self.seed)]
        audit = Canary("identity.audit_envelope", IDENTITY, "", tuple(AUDIT_IDENTITY.values()))
        user = Canary("identity.user_id", IDENTITY, "", (str(USER_ID),))
        return [*plain, (audit, ("audit_event",)), (user, ("prompt", "assistant")), *_officer(self.cf)]

    def run(self) -> TestReport:
        rep = self.report
        covered = covered_entities(self.pipe.engine) | {IDENTITY, "CUSTOM"}
        allowed = set(self.cf.allow_in_clear)
        # (kind, index, carrier, record, needles)
        jobs: list[tuple[str, int, str, dict[str, Any], tuple[str, ...]]] = []
        canaries = self.canaries()
        for i, (c, only) in enumerate(canaries):
            rep.canaries.append(CanaryResult(c.name, c.entity, c.origin))
            for carrier in only or tuple(CARRIERS):
                jobs.append(("canary", i, carrier, CARRIERS[carrier](self.ctx, c.text), c.needles))
            if c.entity == SECRET and not only:
                value = c.needles[0]
                start = c.text.index(value)
                cut = start + max(4, (len(value) * 2) // 3)
                present = value[: cut - start]
                jobs.append(
                    ("canary", i, TRUNCATED_MID, truncated_mid_value(self.ctx, c.text, cut), key_needles(present))
                )
        for i, g in enumerate(self.cf.keep):
            for carrier in g.fields or tuple(CARRIERS):
                jobs.append(("keep", i, carrier, CARRIERS[carrier](self.ctx, g.text), (g.text,)))
        rep.keep_total = len(self.cf.keep)
        samples = fp_texts(self.seed, self.fp_rounds)
        for i, (_, text) in enumerate(samples):
            for carrier in FP_CARRIERS:
                jobs.append(("fp", i, carrier, CARRIERS[carrier](self.ctx, text), ()))
        flagged: set[int] = set()
        lines = [
            InputLine(f"canary:{kind}:{i}:{carrier}", n + 1, json.dumps(rec))
            for n, (kind, i, carrier, rec, _) in enumerate(jobs)
        ]
        explained = list(self.pipe.explain(lines, collect=True))
        rep.records = len(jobs)
        for (kind, i, carrier, _, needles), ex in zip(jobs, explained, strict=True):
            r = ex.result
            if kind == "fp":
                rep.fp_texts += 1
                masked = [f for f in ex.findings if f.action != "keep"]
                if masked:
                    flagged.add(i)
                    rep.fp_flagged += 1
                    rep.fp_kinds[samples[i][0].split("#")[0]] += 1
                    for f in masked:
                        rep.fp_findings[f.detector] += 1
                        rep.fp_entities[f.entity] += 1
                        rep.fp_chars += f.end - f.start
                continue
            if not isinstance(r, Redacted):
                if kind == "canary":
                    rep.canaries[i].not_stored[carrier] = type(r).__name__.lower() + f":{r.reason}"
                else:
                    rep.keep_broken.setdefault(self.cf.keep[i].name, []).append(carrier)
                continue
            alive = survives(r.record, needles)
            if kind == "keep":
                if not alive:
                    rep.keep_broken.setdefault(self.cf.keep[i].name, []).append(carrier)
                continue
            (rep.canaries[i].survived_in if alive else rep.canaries[i].masked_in).append(carrier)
        for res in rep.canaries:
            res.status = _status(res, allowed, covered)
        rep.not_covered = sorted({c.entity for c in rep.canaries if c.status == "not_covered"})
        return rep


def _status(res: CanaryResult, allowed: set[str], covered: set[str]) -> Status:
    if res.not_stored:
        return "not_stored"
    if not res.survived_in:
        return "masked"
    if res.entity in allowed:
        return "allowed"
    if res.entity not in covered:
        return "not_covered"
    return "survived"
