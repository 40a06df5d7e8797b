"""Small server-side SVG charts for the report: stacked bars over days, horizontal bars, and a
shaded table (heatmap). Pure string building: no JavaScript is needed to draw them, so they render
in any browser, in print and in a saved page. Every label is HTML-escaped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#86bcb6",
    "#d37295",
)
"""Categorical colours (Tableau 10 and two more), assigned in order of size."""

OTHER = "other"


def color_map(names: Sequence[str], fixed: Mapping[str, str] | None = None) -> dict[str, str]:
    out = dict(fixed or {})
    i = 0
    for n in names:
        if n in out:
            continue
        out[n] = PALETTE[i % len(PALETTE)]
        i += 1
    return out


def _nice_max(v: int) -> int:
    """A round axis maximum at or above `v`; a multiple of 4 below 20 so the 4 ticks are whole."""
    if v <= 20:
        return max(4, -(-v // 4) * 4)
    mag = 10 ** (len(str(v)) - 1)
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * mag:
            return int(m * mag)
    return v


def _fmt(n: float) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    if n >= 10_000:
        return f"{n / 1000:.0f}k"
    if n >= 1000:
        return f"{n / 1000:.1f}k"
    return f"{n:g}"


def stacked_days(
    chart_id: str,
    title: str,
    days: Sequence[str],
    series: Mapping[str, Mapping[str, int]],
    colors: Mapping[str, str],
    *,
    width: int = 1100,
    height: int = 230,
    unit: str = "",
) -> str:
    """Stacked bars, one per day. `series` maps series name -> day -> value."""
    left, right, top, bottom = 44, 8, 10, 34
    pw, ph = width - left - right, height - top - bottom
    totals = [sum(series[s].get(d, 0) for s in series) for d in days]
    ymax = _nice_max(max(totals, default=0))
    n = max(len(days), 1)
    slot = pw / n
    bw = max(slot * 0.72, 1.0)
    parts = [
        f'<svg class="chart wide" id="{escape(chart_id)}" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i in range(5):
        v = ymax * i / 4
        y = top + ph - ph * i / 4
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(v)}</text>')
    step = max(1, round(n / 8))
    for i, d in enumerate(days):
        x = left + i * slot + (slot - bw) / 2
        y = top + ph
        for s in series:
            v = series[s].get(d, 0)
            if not v:
                continue
            h = ph * v / ymax
            y -= h
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bw:.1f}" height="{max(h, 0.5):.1f}" '
                f'fill="{colors.get(s, "#888")}"><title>{escape(d)}: {escape(s)} {v}{unit}</title></rect>'
            )
        if i % step == 0:
            label = d[5:] if len(d) == 10 else d
            parts.append(
                f'<text class="tick" x="{left + i * slot + slot / 2:.1f}" y="{height - bottom + 16}" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
    parts.append(f'<line class="axis" x1="{left}" y1="{top + ph}" x2="{width - right}" y2="{top + ph}"/>')
    parts.append("</svg>")
    return "".join(parts)


def hbars(
    chart_id: str,
    title: str,
    items: Sequence[tuple[str, int]],
    colors: Mapping[str, str] | None = None,
    *,
    width: int = 370,
    bar: int = 18,
    label_width: int = 150,
) -> str:
    """Horizontal bars, one per item, largest first, value at the end of each bar."""
    gap = 6
    height = max(len(items), 1) * (bar + gap) + 8
    vmax = max((v for _, v in items), default=0) or 1
    pw = width - label_width - 50
    parts = [
        f'<svg class="chart" id="{escape(chart_id)}" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, v) in enumerate(items):
        y = 4 + i * (bar + gap)
        w = max(pw * v / vmax, 1.0)
        color = (colors or {}).get(label, PALETTE[0])
        short = label if len(label) <= 24 else label[:23] + "…"
        parts.append(
            f'<text class="label" x="{label_width - 8}" y="{y + bar * 0.72:.1f}" text-anchor="end">'
            f"{escape(short)}</text>"
        )
        parts.append(
            f'<rect class="bar" x="{label_width}" y="{y}" width="{w:.1f}" height="{bar}" fill="{color}">'
            f"<title>{escape(label)}: {v}</title></rect>"
        )
        parts.append(f'<text class="value" x="{label_width + w + 5:.1f}" y="{y + bar * 0.72:.1f}">{_fmt(v)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def heat_table(rows: Mapping[str, Mapping[str, int]], cols: Sequence[str], caption: str) -> str:
    """A table whose cells are shaded by value (rows x cols), with row and column totals."""
    vmax = max((v for r in rows.values() for v in r.values()), default=0) or 1
    out = [f'<table class="heat"><caption>{escape(caption)}</caption><thead><tr><th></th>']
    out += [f"<th>{escape(c)}</th>" for c in cols]
    out.append("<th>total</th></tr></thead><tbody>")
    for name, r in rows.items():
        out.append(f"<tr><th>{escape(name)}</th>")
        for c in cols:
            v = r.get(c, 0)
            alpha = 0.08 + 0.8 * v / vmax if v else 0
            style = f' style="background:rgba(78,121,167,{alpha:.2f})"' if v else ""
            out.append(f'<td{style} title="{escape(name)} in {escape(c)}: {v}">{_fmt(v) if v else ""}</td>')
        out.append(f'<td class="tot">{_fmt(sum(r.values()))}</td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


def legend(colors: Mapping[str, str], names: Sequence[str]) -> str:
    items = "".join(f'<span class="key"><i style="background:{colors[n]}"></i>{escape(n)}</span>' for n in names)
    return f'<div class="legend">{items}</div>'


def top_series(by_day: Mapping[str, Mapping[str, int]], keep: int = 7) -> dict[str, dict[str, int]]:
    """day -> name -> n  into  name -> day -> n, keeping the `keep` largest names and folding the
    rest into ``other``."""
    totals: dict[str, int] = {}
    for c in by_day.values():
        for k, v in c.items():
            totals[k] = totals.get(k, 0) + v
    names = [k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    kept = names[:keep] if len(names) > keep + 1 else names
    out: dict[str, dict[str, int]] = {k: {} for k in kept}
    for d, c in by_day.items():
        for k, v in c.items():
            name = k if k in out else OTHER
            out.setdefault(name, {})
            out[name][d] = out[name].get(d, 0) + v
    return out
