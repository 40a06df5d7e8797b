"""Text and JSON forms of a `PolicyDiff` (counts, types and field paths; values only if kept)."""

from __future__ import annotations

from typing import Any

from redactor.workbench.diff import EXPOSURE_EXIT, Group, GroupKey, PolicyDiff

DAY_MS = 86_400_000

CATEGORIES = (
    ("exposed", "NEWLY LEFT IN CLEAR (masked by OLD, in clear under NEW)"),
    ("masked", "NEWLY MASKED (in clear under OLD, masked by NEW)"),
    ("changed", "CHANGED TREATMENT (masked by both, replaced differently)"),
)


def _sorted(d: PolicyDiff, category: str) -> list[tuple[GroupKey, Group]]:
    items = [(k, g) for k, g in d.groups.items() if k.category == category]
    return sorted(items, key=lambda kg: (-kg[1].findings, kg[0].entity, kg[0].field, kg[0].old, kg[0].new))


def _days(ms: int) -> str:
    d = ms / DAY_MS
    return f"{d:+.0f}d" if d == int(d) else f"{d:+.2f}d"


def as_json(d: PolicyDiff, *, allow_exposure: bool = False) -> dict[str, Any]:
    """The diff as one JSON object (stable keys, sorted lists)."""
    groups = {}
    for cat, _ in CATEGORIES:
        rows = []
        for k, g in _sorted(d, cat):
            row: dict[str, Any] = {
                "entity": k.entity,
                "field": k.field,
                "field_kind": k.field_kind,
                "old": k.old,
                "new": k.new,
                "findings": g.findings,
                "records": len(g.records),
            }
            if g.examples:
                row["examples"] = g.examples
            rows.append(row)
        groups[cat] = rows
    retention = []
    for (stamp, change), deltas in sorted(d.retention.items()):
        row = {"stamp": stamp, "change": change, "records": len(d.retention_records[(stamp, change)])}
        if change == "expiry changed":
            row["delta_ms_min"] = min(deltas)
            row["delta_ms_max"] = max(deltas)
        retention.append(row)
    return {
        "old": d.old_version,
        "new": d.new_version,
        "records": d.records,
        "records_affected": len(d.affected_records()),
        "affected_by": {k: len(v) for k, v in sorted(d.affected.items())},
        "exposed_findings": d.exposed_findings,
        "gate": "fail" if d.exposes and not allow_exposure else "pass",
        "settings": [{"path": p, "old": a, "new": b} for p, a, b in d.settings],
        **groups,
        "encryption": [{"change": c, "field": f, "records": len(r)} for (c, f), r in sorted(d.encrypted.items())],
        "retention": retention,
        "retention_due_now": len(d.due_now),
        "outcomes": [{"old": a, "new": b, "records": n} for (a, b), n in sorted(d.outcomes.items())],
    }


def render_text(d: PolicyDiff, *, allow_exposure: bool = False) -> str:
    """A report an officer reads top to bottom: verdict first, then each kind of change."""
    out: list[str] = [f"policy diff: OLD {d.old_version} -> NEW {d.new_version} over {d.records} record(s)"]
    aff = d.affected_records()
    parts = ", ".join(f"{k} {len(v)}" for k, v in sorted(d.affected.items()) if v) or "none"
    out.append(f"records affected: {len(aff)} ({parts})")
    if d.settings:
        out.append("")
        out.append(f"POLICY SETTINGS CHANGED ({len(d.settings)})")
        for p, a, b in d.settings:
            listed = a.startswith("removed ") or b.startswith("added ")  # values are JSON: never so
            out.append(f"  {p}: " + ("; ".join(x for x in (a, b) if x) if listed else f"{a} -> {b}"))
    for cat, title in CATEGORIES:
        rows = _sorted(d, cat)
        if not rows:
            continue
        total = sum(g.findings for _, g in rows)
        recs = len(d.affected.get(cat, set()))
        out.append("")
        out.append(f"{title}: {total} finding(s) in {recs} record(s)")
        for k, g in rows:
            out.append(
                f"  {k.entity:<16} {k.field} [{k.field_kind}]  {k.old} -> {k.new}  "
                f"{g.findings} finding(s), {len(g.records)} record(s)"
            )
            for ex in g.examples:
                out.append(f"      {ex['record']} {ex['path']}: {ex['value']!r}")
    if d.encrypted:
        out.append("")
        out.append("ENCRYPTED FIELDS")
        for (change, f), recs_ in sorted(d.encrypted.items()):
            out.append(f"  {change}: {f}  {len(recs_)} record(s)")
    if d.retention:
        out.append("")
        out.append("RETENTION (stamps: record:<class> deletes the record, field:<class> strips fields)")
        for (stamp, change), deltas in sorted(d.retention.items()):
            n = len(d.retention_records[(stamp, change)])
            extra = ""
            if change == "expiry changed":
                lo, hi = min(deltas), max(deltas)
                extra = f" by {_days(lo)}" if lo == hi else f" by {_days(lo)} to {_days(hi)}"
            out.append(f"  {stamp}: {change}{extra}  {n} record(s)")
        if d.due_now:
            out.append(f"  {len(d.due_now)} record(s) would be due at the next enforcement under NEW (not under OLD)")
    if d.outcomes:
        out.append("")
        out.append("RECORD OUTCOMES CHANGED")
        for (a, b), n in sorted(d.outcomes.items()):
            out.append(f"  {a} -> {b}  {n} record(s)")
    out.append("")
    if d.exposes and not allow_exposure:
        out.append(
            f"FAIL: NEW leaves in clear {d.exposed_findings} finding(s) that OLD masked "
            f"(exit {EXPOSURE_EXIT}; pass --allow-exposure to accept on purpose)"
        )
    elif d.exposes:
        out.append(f"ALLOWED: NEW leaves in clear {d.exposed_findings} finding(s) that OLD masked (--allow-exposure)")
    else:
        out.append("PASS: NEW leaves nothing in clear that OLD masked")
    return "\n".join(out)
