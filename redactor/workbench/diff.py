"""`redactor policy diff OLD NEW INPUT...`: what a policy change does to real records.

Both policies run over the same raw records (the same detection engine when their detection
settings are equal). For every record and text field the masked character ranges under OLD and
NEW are compared:

* **exposed** (newly left in clear): part of a value OLD masked is in clear under NEW (not
  detected, kept by a rule, or no longer scanned); identity fields (``user_id``...) that OLD
  transformed and NEW leaves as they were count here too;
* **masked** (newly masked): part of a value NEW masks was in clear under OLD;
* **changed**: masked under both, but with another entity type, action, rule or placeholder
  scope (the replacement text changes, so downstream joins may break);
* encrypted fields, retention stamps (class and expiry) and record outcomes (stored,
  quarantined, dropped) that differ.

Everything is aggregated by rule, entity type and field path (indices generalised to ``[*]``)
with finding and record counts. Values are kept only when `show_values` is asked for.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from redactor.crypto.stage import Decryptor
from redactor.io.base import Dropped, InputLine, Quarantined, Redacted
from redactor.pipeline import Explained, Finding, Pipeline
from redactor.policy import Policy, policy_version
from redactor.policy.model import Action
from redactor.records import PathPattern, parse_path
from redactor.workbench.common import field_group

EXPOSURE_EXIT = 6
"""Exit code of `policy diff` when NEW leaves in clear anything OLD masked (and of `policy test`
when a canary survives): a policy gate failed."""

CLEAR = "keep"
"""The one action that leaves a finding in clear."""


@dataclass(frozen=True, slots=True)
class GroupKey:
    """How changes are grouped: what, where, and the treatment before and after."""

    category: str  # exposed | masked | changed
    entity: str
    field: str
    field_kind: str
    old: str
    new: str


@dataclass(slots=True)
class Group:
    """Counts for one `GroupKey` (and values only when asked for)."""

    findings: int = 0
    records: set[str] = field(default_factory=set)
    examples: list[dict[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class PolicyDiff:
    """The outcome of one diff run. Holds counts, field paths and types; values only in
    `Group.examples`, and only when the run was asked to show values."""

    old_version: str
    new_version: str
    records: int = 0
    settings: list[tuple[str, str, str]] = field(default_factory=list)  # (path, old, new)
    groups: dict[GroupKey, Group] = field(default_factory=dict)
    encrypted: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (change, field) -> records
    retention: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (stamp, change) -> deltas
    retention_records: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    due_now: set[str] = field(default_factory=set)
    outcomes: dict[tuple[str, str], int] = field(default_factory=dict)  # (old, new) -> records
    affected: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def group(self, key: GroupKey) -> Group:
        g = self.groups.get(key)
        if g is None:
            g = self.groups[key] = Group()
        return g

    @property
    def exposed_findings(self) -> int:
        return sum(g.findings for k, g in self.groups.items() if k.category == "exposed")

    @property
    def exposes(self) -> bool:
        """True when NEW leaves in clear anything OLD masked (the CI gate)."""
        return self.exposed_findings > 0

    def affected_records(self) -> set[str]:
        out: set[str] = set()
        for keys in self.affected.values():
            out |= keys
        return out


# --- settings ------------------------------------------------------------------------------------


def _flatten(obj: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(obj, list) and not obj:
        out[prefix] = []
    elif isinstance(obj, dict):
        if not obj and prefix:
            out[prefix] = {}
        for k, v in obj.items():
            _flatten(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(obj, list) and any(isinstance(x, dict) for x in obj):
        names = [x.get("name") if isinstance(x, dict) else None for x in obj]
        if all(isinstance(n, str) for n in names) and len(set(names)) == len(names):
            out[f"{prefix} (order)"] = names  # named rules: compared by name, so one insertion is one change
            for n, v in zip(names, obj, strict=True):
                _flatten({k: x for k, x in v.items() if k != "name"}, f"{prefix}[{n}]", out)
            return
        for i, v in enumerate(obj):
            _flatten(v, f"{prefix}[{i}]", out)
    else:
        out[prefix] = obj


def settings_diff(old: Policy, new: Policy) -> list[tuple[str, str, str]]:
    """Every policy setting that differs: (YAML path, old value, new value) as compact JSON;
    ``-`` for absent. Policies hold no record values, so these are safe to print."""
    a: dict[str, Any] = {}
    b: dict[str, Any] = {}
    _flatten(old.model_dump(mode="json", by_alias=True), "", a)
    _flatten(new.model_dump(mode="json", by_alias=True), "", b)
    out = []
    for k in sorted(set(a) | set(b)):
        va, vb = a.get(k, "-"), b.get(k, "-")
        if va == vb or (va == "-" and vb is None) or (vb == "-" and va is None):  # unset options: no news
            continue
        if isinstance(va, list) and isinstance(vb, list):  # lists of names: say what came and went
            gone, came = [x for x in va if x not in vb], [x for x in vb if x not in va]
            if not gone and not came:
                out.append((k, _short(va), _short(vb)))  # same items, new order
                continue
            out.append((k, f"removed {_short(gone)}" if gone else "", f"added {_short(came)}" if came else ""))
            continue
        out.append((k, _short(va), _short(vb)))
    return out


def _short(v: Any) -> str:
    if v == "-":
        return "-"
    text = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= 80 else text[:77] + "..."


# --- per record ------------------------------------------------------------------------------------


def _masked(f: Finding) -> bool:
    return f.action != CLEAR


def _treatment(f: Finding, policy: Policy) -> str:
    if f.action == Action.PLACEHOLDER.value:
        return f"placeholder/{policy.placeholders.scope.value} ({f.rule})"
    return f"{f.action} ({f.rule})"


def _uncovered(start: int, end: int, cover: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) no interval of `cover` covers."""
    parts = [(start, end)]
    for a, b in cover:
        nxt = []
        for s, e in parts:
            if b <= s or a >= e:
                nxt.append((s, e))
                continue
            if s < a:
                nxt.append((s, a))
            if b < e:
                nxt.append((b, e))
        parts = nxt
        if not parts:
            break
    return parts


def _meaningful(f: Finding, parts: Sequence[tuple[int, int]]) -> bool:
    """Whether an uncovered part holds a letter or digit (a shifted boundary over punctuation or
    space is not an exposure). Without the value, any uncovered character counts."""
    if not parts:
        return False
    if f.value is None:
        return True
    return any(any(c.isalnum() for c in f.value[s - f.start : e - f.start]) for s, e in parts)


class _Skips:
    """Which paths a policy does not scan (metadata and identity fields)."""

    def __init__(self, policy: Policy) -> None:
        self.patterns = [PathPattern.parse(p) for p in (*policy.fields.metadata, *policy.fields.identity)]

    def __call__(self, path: str) -> bool:
        """True when the path or any field it lies in is skipped (skipping ``body`` skips all
        of it)."""
        try:
            segs = parse_path(path)
        except ValueError:
            return False
        return any(p.matches_segments(segs[:i]) for i in range(1, len(segs) + 1) for p in self.patterns)


class Differ:
    """Runs OLD and NEW over the same lines and accumulates a `PolicyDiff`.

    Args:
        old, new: pipelines built for the two policies (see `workbench.common.pipeline_for`).
        show_values: keep up to `max_examples` values per group (sensitive!).
        now_ms: what "now" is for retention ("due at the next enforcement").
    """

    def __init__(
        self, old: Pipeline, new: Pipeline, *, show_values: bool = False, now_ms: int, max_examples: int = 5
    ) -> None:
        self.old, self.new = old, new
        self.show_values = show_values
        self.now_ms = now_ms
        self.max_examples = max_examples
        self.diff = PolicyDiff(policy_version(old.policy), policy_version(new.policy))
        self.diff.settings = settings_diff(old.policy, new.policy)
        self._skip_new = _Skips(new.policy)
        self._skip_old = _Skips(old.policy)

    def run(self, lines: Iterable[InputLine], batch_size: int = 64) -> PolicyDiff:
        for batch in _batches(lines, batch_size):
            a = self.old.process_batch(batch, collect=True, show_values=True)
            b = self.new.process_batch(batch, collect=True, show_values=True)
            for line, ea, eb in zip(batch, a, b, strict=True):
                self.diff.records += 1
                self._record(line, ea, eb)
        return self.diff

    # -- one record ------------------------------------------------------------------------------
    def _record(self, line: InputLine, ea: Explained, eb: Explained) -> None:
        ra, rb = ea.result, eb.result
        oa, ob = _outcome(ra), _outcome(rb)
        key = ra.key if isinstance(ra, Redacted) else (rb.key if isinstance(rb, Redacted) else None)
        rid = key or f"{line.source}:{line.line_no}"
        if oa != ob:
            self.diff.outcomes[(oa, ob)] = self.diff.outcomes.get((oa, ob), 0) + 1
            self.diff.affected["outcome"].add(rid)
        if not isinstance(ra, Redacted):
            return
        if not isinstance(rb, Redacted):
            return  # NEW stores nothing (quarantined or dropped): nothing exposed, outcome counted
        self._findings(rid, ea.findings, eb.findings)
        self._identity(rid, line, ra, rb)
        self._encryption(rid, ra, rb)
        self._retention(rid, ra, rb)

    def _findings(self, rid: str, fa: list[Finding], fb: list[Finding]) -> None:
        by_path_a: dict[str, list[Finding]] = defaultdict(list)
        by_path_b: dict[str, list[Finding]] = defaultdict(list)
        for f in fa:
            by_path_a[f.path].append(f)
        for f in fb:
            by_path_b[f.path].append(f)
        for path in sorted(set(by_path_a) | set(by_path_b)):
            la, lb = by_path_a.get(path, []), by_path_b.get(path, [])
            cover_a = [(f.start, f.end) for f in la if _masked(f)]
            cover_b = [(f.start, f.end) for f in lb if _masked(f)]
            for f in la:
                if not _masked(f):
                    continue
                parts = _uncovered(f.start, f.end, cover_b)
                if _meaningful(f, parts):
                    why = self._why_clear(f, lb, self.new, self._skip_new)
                    self._add("exposed", rid, f, f.entity, _treatment(f, self.old.policy), why)
            for f in lb:
                if not _masked(f):
                    continue
                parts = _uncovered(f.start, f.end, cover_a)
                if _meaningful(f, parts):
                    why = self._why_clear(f, la, self.old, self._skip_old)
                    self._add("masked", rid, f, f.entity, why, _treatment(f, self.new.policy))
                    continue
                olds = [g for g in la if _masked(g) and g.start < f.end and f.start < g.end]
                ta, tb = {_treatment(g, self.old.policy) for g in olds}, _treatment(f, self.new.policy)
                ents = {g.entity for g in olds}
                if olds and (ta != {tb} or ents != {f.entity}):
                    entity = f.entity if ents == {f.entity} else f"{'/'.join(sorted(ents))} -> {f.entity}"
                    self._add("changed", rid, f, entity, " + ".join(sorted(ta)), tb)

    def _why_clear(self, f: Finding, other: list[Finding], pipe: Pipeline, skipped: _Skips) -> str:
        """Why the other policy leaves this value in clear."""
        kept = [g for g in other if not _masked(g) and g.start < f.end and f.start < g.end]
        if kept:
            return f"kept ({kept[0].rule})"
        if skipped(f.path):
            return "not scanned (fields.metadata/identity)"
        det = pipe.policy.detection
        if "*" not in det.entities and f.entity not in det.entities:
            return f"not detected (detection.entities has no {f.entity})"
        if f.detector in det.disabled_detectors:
            return f"not detected (detector {f.detector} disabled)"
        if f.score < det.min_score:
            return f"not detected (score {f.score:.2f} < min_score {det.min_score})"
        return "not detected"

    def _add(self, category: str, rid: str, f: Finding, entity: str, old: str, new: str) -> None:
        g = self.diff.group(GroupKey(category, entity, field_group(f.path), f.kind, old, new))
        g.findings += 1
        g.records.add(rid)
        self.diff.affected[category].add(rid)
        if self.show_values and f.value is not None and len(g.examples) < self.max_examples:
            g.examples.append({"record": rid, "path": f.path, "value": f.value})

    def _identity(self, rid: str, line: InputLine, ra: Redacted, rb: Redacted) -> None:
        raw = _raw_object(line)
        if raw is None:
            return
        ia, ib = self.old.policy.fields.identity, self.new.policy.fields.identity
        for name in sorted(set(ia) | set(ib)):
            if name not in raw:
                continue
            a_clear = ra.record.get(name) == raw[name]
            b_clear = rb.record.get(name) == raw[name]
            ta = ia[name].value if name in ia else "scanned as text"
            tb = ib[name].value if name in ib else "scanned as text"
            finding = Finding(
                name,
                "identity",
                "IDENTITY",
                "identity",
                1.0,
                tb,
                "fields.identity",
                0,
                0,
                str(raw[name]) if self.show_values else None,
            )
            if not a_clear and b_clear:
                self._add("exposed", rid, finding, "IDENTITY", ta, f"in clear ({tb})")
            elif a_clear and not b_clear:
                self._add("masked", rid, finding, "IDENTITY", f"in clear ({ta})", tb)
            elif not a_clear and ta != tb:
                self._add("changed", rid, finding, "IDENTITY", ta, tb)

    def _encryption(self, rid: str, ra: Redacted, rb: Redacted) -> None:
        ea = {field_group(p) for p, _ in Decryptor.find(ra.record)}
        eb = {field_group(p) for p, _ in Decryptor.find(rb.record)}
        for change, paths in (("newly encrypted", eb - ea), ("no longer encrypted", ea - eb)):
            for p in paths:
                self.diff.encrypted.setdefault((change, p), set()).add(rid)
                self.diff.affected["encryption"].add(rid)

    def _retention(self, rid: str, ra: Redacted, rb: Redacted) -> None:
        xa, xb = ra.expiries, rb.expiries
        for stamp in sorted(set(xa) | set(xb)):
            a, b = xa.get(stamp), xb.get(stamp)
            if a == b:
                continue
            if a is None:
                change, delta = "added", 0
            elif b is None:
                change, delta = "removed", 0
            else:
                change, delta = "expiry changed", b - a
            self.diff.retention.setdefault((stamp, change), []).append(delta)
            self.diff.retention_records.setdefault((stamp, change), set()).add(rid)
            self.diff.affected["retention"].add(rid)
            if b is not None and b <= self.now_ms and (a is None or a > self.now_ms):
                self.diff.due_now.add(rid)


def _outcome(r: Redacted | Quarantined | Dropped) -> str:
    if isinstance(r, Quarantined):
        return f"quarantined:{r.reason}"
    if isinstance(r, Dropped):
        return f"dropped:{r.reason}"
    return "stored"


def _raw_object(line: InputLine) -> dict[str, Any] | None:
    raw = line.raw
    if isinstance(raw, dict):
        return raw
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def _batches(lines: Iterable[InputLine], size: int) -> Iterator[list[InputLine]]:
    batch: list[InputLine] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
