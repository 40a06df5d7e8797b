"""The report page: one self-contained HTML file (inline CSS, inline SVG charts, one tiny inline
script) drawn from the `report.gather` document. A Content-Security-Policy forbids every network
fetch, so the page opens offline and cannot call out even if edited."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from redactor.workbench.svg import color_map, hbars, heat_table, legend, stacked_days, top_series

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

CSS = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:var(--fg);background:var(--bg)}
header{background:#24292f;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#d0d7de}
main{max-width:1180px;margin:0 auto;padding:18px 28px 40px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin:4px 0 18px}
.tile{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.tile b{display:block;font-size:24px;line-height:1.2}.tile span{color:var(--muted);font-size:12px}
.tile.ok b{color:var(--ok)}.tile.bad b{color:var(--bad)}.tile.warn b{color:var(--warn)}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 16px}
section h2{margin:0 0 2px;font-size:17px}section p.note{margin:0 0 10px;color:var(--muted);font-size:12.5px}
.row{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}.row>div{flex:1 1 340px;min-width:0}
h3{font-size:13px;margin:12px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
svg.chart{max-width:100%;height:auto;display:block}svg.chart.wide{width:100%}svg .grid{stroke:#eaeef2}
svg .axis{stroke:#8c959f}
svg text{font-size:11px;fill:#59636e}svg text.label{fill:#1f2328;font-size:12px}
svg text.value{font-size:11px;fill:#1f2328}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:4px 0 6px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
table{border-collapse:collapse;font-size:12.5px;width:100%}
th,td{border-bottom:1px solid #eaeef2;padding:4px 8px;text-align:left;vertical-align:top}
thead th{color:var(--muted);font-weight:600}td.num,th.num{text-align:right}
table.heat td{text-align:right;min-width:54px}table.heat td.tot{font-weight:600}
table.heat caption{text-align:left;color:var(--muted);font-size:12px;padding:2px 0 6px}
.empty{color:var(--muted);font-style:italic;padding:6px 0}
footer{color:var(--muted);font-size:12px;text-align:center;padding:8px}
.pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#eaeef2}
.pill.ok{background:#dafbe1;color:var(--ok)}.pill.bad{background:#ffebe9;color:var(--bad)}
@media print{body{background:#fff}section{break-inside:avoid;border:none}header{background:#fff;color:#000}
header p{color:#333}}
"""

SCRIPT = """(function(){var c=document.querySelectorAll('svg.chart'),ok=0,bars=0;
for(var i=0;i<c.length;i++){var r=c[i].getBoundingClientRect();if(r.width>0&&r.height>0){ok++;}
bars+=c[i].querySelectorAll('rect.bar').length;}
var b=document.body;b.setAttribute('data-charts',String(c.length));b.setAttribute('data-charts-rendered',String(ok));
b.setAttribute('data-bars',String(bars));})();"""

LEDGER_COLORS = {
    "decrypt": "#e15759",
    "erase": "#b07aa1",
    "hold": "#edc948",
    "retention": "#59a14f",
    "keys": "#4e79a7",
    "ingest": "#76b7b2",
}
RECORD_COLORS = {"stored": "#4e79a7", "quarantined": "#e15759"}
RETENTION_COLORS = {
    "records to delete": "#e15759",
    "records with fields to strip": "#f28e2b",
    "records with encrypted copies to remove": "#b07aa1",
    "other": "#bab0ac",
}


def _tile(value: Any, label: str, tone: str = "") -> str:
    return f'<div class="tile {tone}"><b>{escape(str(value))}</b><span>{escape(label)}</span></div>'


def _table(head: list[str], rows: list[list[Any]], nums: set[int] | None = None, empty: str = "none") -> str:
    if not rows:
        return f'<div class="empty">{escape(empty)}</div>'
    nums = nums or set()
    h = "".join(
        f'<th class="num">{escape(x)}</th>' if i in nums else f"<th>{escape(x)}</th>" for i, x in enumerate(head)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{escape(str(c))}</td>' if i in nums else f"<td>{escape(str(c))}</td>"
            for i, c in enumerate(r)
        )
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>"


def _upcoming_days(generated: str) -> list[str]:
    start = dt.date.fromisoformat(generated[:10])
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(1, 31)]


def _section_entities(d: dict[str, Any], days: list[str]) -> str:
    ent = d["entities"]
    types = list(ent["by_type"])
    colors = color_map(types)
    series = top_series(ent["by_day"])
    colors.update(color_map(list(series), colors))
    kinds = list(ent["by_field_kind"])
    note = f"Source: {ent['source']}. Days are the records' own time (@timestamp, UTC)."
    if not ent["total"]:
        note += " Nothing was found in this period."
    return (
        '<section id="entities"><h2>What was found and masked</h2>'
        f'<p class="note">{escape(note)}</p>'
        f"<h3>Per day, by entity type</h3>{legend(colors, list(series))}"
        + stacked_days("chart-entities-day", "Entities found per day by type", days, series, colors)
        + '<div class="row"><div><h3>By entity type</h3>'
        + hbars("chart-entities-type", "Entities by type", list(ent["by_type"].items()), colors)
        + "</div><div><h3>By field kind</h3>"
        + hbars("chart-entities-field", "Entities by field kind", list(ent["by_field_kind"].items()))
        + "</div></div><h3>Entity type by field kind</h3>"
        + heat_table(ent["by_type_and_field_kind"], kinds, "Where each type was found (darker = more)")
        + "</section>"
    )


def _section_records(d: dict[str, Any], days: list[str]) -> str:
    rec, q = d["records"], d["quarantine"]
    series = {"stored": rec["by_day"], "quarantined": q["by_day"]}
    total_in = rec["in_period"] + q["total"]
    share = f"{q['total'] / total_in:.1%}" if total_in else "0%"
    note = (
        f"{rec['in_period']} records stored with an event time in the period ({rec['total_in_store']} in the store "
        f"overall); {q['total']} lines quarantined ({share}), counted on the day they arrived. Quarantined lines are "
        "never forwarded; their entries hold a reason and a line number, never content."
    )
    return (
        '<section id="records"><h2>Records processed and quarantined</h2>'
        f'<p class="note">{escape(note)}</p>{legend(RECORD_COLORS, list(RECORD_COLORS))}'
        + stacked_days("chart-records-day", "Records stored and quarantined per day", days, series, RECORD_COLORS)
        + '<div class="row"><div><h3>Quarantined by reason</h3>'
        + (
            hbars(
                "chart-quarantine-reason",
                "Quarantined by reason",
                list(q["by_reason"].items()),
                {k: "#e15759" for k in q["by_reason"]},
            )
            if q["by_reason"]
            else '<div class="empty">nothing quarantined in this period</div>'
        )
        + "</div><div><h3>Stored by kind and policy version</h3>"
        + _table(["kind", "records"], [[k, v] for k, v in rec["by_kind"].items()], {1})
        + _table(["policy version", "records"], [[k, v] for k, v in rec["by_policy"].items()], {1})
        + "</div></div></section>"
    )


def _section_retention(d: dict[str, Any], days: list[str]) -> str:
    r = d["retention"]
    up = _upcoming_days(d["generated_at"])
    due_series: dict[str, dict[str, int]] = {}
    for day, c in r["due_by_day"].items():
        for k, v in c.items():
            due_series.setdefault(k, {})[day] = v
    enforced = {
        k: {day: c.get(k, 0) for day, c in r["enforced_by_day"].items()}
        for k in ("records_deleted", "fields_stripped", "envelopes_removed")
    }
    enf_colors = {"records_deleted": "#e15759", "fields_stripped": "#f28e2b", "envelopes_removed": "#b07aa1"}
    overdue = ", ".join(f"{v} {k}" for k, v in r["overdue"].items()) or "none"
    runs = [
        [
            x["at"],
            x["records_deleted"],
            x["fields_stripped"],
            x["envelopes_removed"],
            x["keys_destroyed"],
            x["records_held"],
            f"#{x['seq']}",
        ]
        for x in r["enforcement_runs"]
    ]
    return (
        '<section id="retention"><h2>Retention: due and enforced</h2>'
        f'<p class="note">Past their expiry and still stored (enforcement not run yet, or under legal hold): '
        f"{escape(overdue)}.</p>"
        f"<h3>Due in the next 30 days (from {escape(d['generated_at'][:10])})</h3>"
        + legend(RETENTION_COLORS, [k for k in RETENTION_COLORS if k in due_series] or ["records to delete"])
        + stacked_days("chart-retention-due", "Retention due per day", up, due_series, RETENTION_COLORS)
        + "<h3>Enforced in the period (from the ledger)</h3>"
        + legend(enf_colors, list(enf_colors))
        + stacked_days("chart-retention-enforced", "Retention enforced per day", days, enforced, enf_colors)
        + _table(
            [
                "run at",
                "records deleted",
                "fields stripped",
                "envelopes removed",
                "keys destroyed",
                "records held",
                "ledger",
            ],
            runs,
            {1, 2, 3, 4, 5},
            "no enforcement run in this period",
        )
        + "</section>"
    )


def _section_evidence(d: dict[str, Any], days: list[str]) -> str:
    led, holds, er, dec = d["ledger"], d["holds"], d["erasures"], d["decryptions"]
    series = top_series(led.get("by_day", {}))
    colors = color_map(list(series), LEDGER_COLORS)
    tone = (
        "ok" if led["status"].startswith(("intact", "chain intact")) else ("bad" if led["status"] != "absent" else "")
    )
    problems = "".join(f"<li>{escape(p)}</li>" for p in led["problems"][:20])
    hold_rows = [
        [
            h["id"],
            h["covers"],
            h["owner"],
            h["reason"],
            h["since"][:10],
            "released " + h["released"][:10] if h["released"] else "active",
        ]
        for h in holds["items"]
    ]
    er_rows = [
        [x["at"], x["actor"], x["reason"], x["records_deleted"], x["keys_destroyed"], f"#{x['seq']}"]
        for x in er["items"]
    ]
    er_rows += [
        [x["at"], x["actor"], "REFUSED: under hold " + ", ".join(x["holds"]), 0, 0, f"#{x['seq']}"]
        for x in er["refused"]
    ]
    dec_rows = [
        [x["at"], x["actor"], x["purpose"], x["records"], x["envelopes"], x["failed"], f"#{x['seq']}"]
        for x in dec["items"][-25:]
    ]
    return (
        '<section id="evidence"><h2>Evidence: holds, erasures, decryptions</h2>'
        f'<p class="note">From the hash-chained ledger: <span class="pill {tone}">{escape(led["status"])}</span> '
        f"{led['entries']} entries, head {escape(str(led['head']))}.</p>"
        + (f"<ul>{problems}</ul>" if problems else "")
        + f"<h3>Ledger activity per day</h3>{legend(colors, list(series))}"
        + stacked_days("chart-ledger-day", "Ledger entries per day by kind", days, series, colors)
        + f"<h3>Legal holds ({holds['active']} active, {holds['released']} released)</h3>"
        + _table(["hold", "covers", "owner", "reason", "since", "state"], hold_rows, set(), "no legal holds")
        + f"<h3>Erasures ({er['count']}; {er['records_deleted']} records deleted, "
        f"{er['keys_destroyed']} keys destroyed)</h3>"
        + _table(
            ["at", "by", "reason", "records deleted", "keys destroyed", "ledger"],
            er_rows,
            {3, 4},
            "no erasures in this period",
        )
        + f"<h3>Decryptions ({dec['count']}; {dec['envelopes']} fields opened, {dec['failed']} failed)</h3>"
        + '<div class="row"><div>'
        + (
            hbars(
                "chart-decrypt-purpose",
                "Decryptions by purpose",
                list(dec["by_purpose"].items()),
                {k: "#e15759" for k in dec["by_purpose"]},
            )
            if dec["by_purpose"]
            else '<div class="empty">no decryptions in this period</div>'
        )
        + "</div><div>"
        + _table(["at", "by", "purpose", "records", "fields", "failed", "ledger"], dec_rows, {3, 4, 5}, "")
        + "</div></div></section>"
    )


def render_html(d: dict[str, Any]) -> str:
    """The whole page as one string."""
    days = d["period"]["days"]
    s = d["summary"]
    led = d["ledger"]["status"]
    led_tone = "ok" if led.startswith(("intact", "chain intact")) else ("bad" if led != "absent" else "")
    tiles = "".join(
        [
            _tile(s["records"], "records stored"),
            _tile(s["subjects"], "data subjects"),
            _tile(s["entities"], "entities masked"),
            _tile(s["quarantined"], "lines quarantined", "warn" if s["quarantined"] else ""),
            _tile(s["retention_due_30d"], "retention due, next 30 days"),
            _tile(s["retention_overdue"], "retention overdue", "warn" if s["retention_overdue"] else ""),
            _tile(s["holds_active"], "active legal holds"),
            _tile(s["erasures"], "erasures"),
            _tile(s["decryptions"], "decryptions"),
            _tile(led.split(" ")[0] if led != "NOT intact" else "NOT intact", "ledger", led_tone),
        ]
    )
    title = f"Privacy report {d['period']['from']} to {d['period']['to']}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><p>Store {escape(d['store'])} · generated {escape(d['generated_at'])} · "
        "counts, entity types and field kinds only: this page holds no record values</p></header><main>"
        f'<div class="tiles">{tiles}</div>'
        + _section_entities(d, days)
        + _section_records(d, days)
        + _section_retention(d, days)
        + _section_evidence(d, days)
        + "</main><footer>redactor report · format "
        + escape(f"{d['format']} v{d['version']}")
        + " · the JSON twin next to this file holds the same numbers</footer>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
