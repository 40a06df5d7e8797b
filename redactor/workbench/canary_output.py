"""Text and JSON forms of a canary `TestReport` (names, types, field kinds, rates; no values)."""

from __future__ import annotations

from typing import Any

from redactor.workbench.canary import TestReport
from redactor.workbench.diff import EXPOSURE_EXIT


def as_json(rep: TestReport) -> dict[str, Any]:
    return {
        "policy": rep.policy,
        "seed": rep.seed,
        "records": rep.records,
        "result": "fail" if rep.failed else "pass",
        "canaries": [
            {
                "name": c.name,
                "entity": c.entity,
                "origin": c.origin,
                "status": c.status,
                "survived_in": c.survived_in,
                "masked_in": len(c.masked_in),
                "not_stored": c.not_stored,
            }
            for c in rep.canaries
        ],
        "counts": {s: len(rep.by_status(s)) for s in ("masked", "survived", "allowed", "not_covered", "not_stored")},
        "not_covered_entities": rep.not_covered,
        "keep_guards": {"total": rep.keep_total, "broken": rep.keep_broken},
        "false_positives": {
            "texts": rep.fp_texts,
            "texts_flagged": rep.fp_flagged,
            "rate": round(rep.fp_rate, 4),
            "findings_by_detector": dict(rep.fp_findings.most_common()),
            "findings_by_entity": dict(rep.fp_entities.most_common()),
            "flagged_by_sample_kind": dict(rep.fp_kinds.most_common()),
            "characters_masked": rep.fp_chars,
        },
    }


def render_text(rep: TestReport) -> str:
    out = [f"policy test: {rep.policy} (seed {rep.seed}, {rep.records} planted records)"]
    n = len(rep.canaries)
    masked = rep.by_status("masked")
    out.append(f"canaries: {len(masked)} of {n} masked in every field kind they were planted in")
    for title, status in (
        ("SURVIVED", "survived"),
        ("NOT STORED (quarantined or dropped: the gate cannot tell)", "not_stored"),
        ("ALLOWED IN CLEAR by the canary file", "allowed"),
        ("NOT COVERED: no detector of this build reports the type", "not_covered"),
    ):
        rows = rep.by_status(status)  # type: ignore[arg-type]
        if not rows:
            continue
        out.append("")
        out.append(f"{title}: {len(rows)}")
        for c in rows:
            where = c.survived_in if status != "not_stored" else [f"{k} ({v})" for k, v in c.not_stored.items()]
            origin = "" if c.origin == "builtin" else f" [{c.origin}]"
            out.append(f"  {c.name} [{c.entity}]{origin} in {', '.join(where)}")
    if rep.keep_total:
        out.append("")
        ok = rep.keep_total - len(rep.keep_broken)
        out.append(f"keep-guards (canary file): {ok} of {rep.keep_total} came through unchanged")
        for name, carriers in sorted(rep.keep_broken.items()):
            out.append(f"  CHANGED: {name} in {', '.join(carriers)}")
    out.append("")
    out.append(
        f"false positives on the code sample: {rep.fp_flagged} of {rep.fp_texts} texts flagged "
        f"({rep.fp_rate:.1%}), {sum(rep.fp_findings.values())} finding(s), {rep.fp_chars} characters masked"
    )
    if rep.fp_findings:
        out.append("  by detector: " + ", ".join(f"{d} {k}" for d, k in rep.fp_findings.most_common()))
        out.append("  by sample: " + ", ".join(f"{d} {k}" for d, k in rep.fp_kinds.most_common()))
    out.append("")
    if rep.failed:
        bad = len(rep.by_status("survived")) + len(rep.by_status("not_stored"))
        if rep.strict:
            bad += len(rep.by_status("not_covered"))
        out.append(
            f"FAIL: {bad} canary(ies) not masked, {len(rep.keep_broken)} keep-guard(s) changed (exit {EXPOSURE_EXIT})"
        )
    else:
        out.append("PASS: no canary survived")
    return "\n".join(out)
