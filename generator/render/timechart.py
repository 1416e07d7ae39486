"""The toll over time, drawn as inline SVG at build time (no script, no request).

One panel per outcome (the killed above the injured: each on its own scale, so a day of
many wounded never dwarfs the dead), a bar per period of the event. An entry reported
as a range draws its low end solid and the rest to its high end pale, so the reader sees
what is certain and what is disputed. Colours and text follow the page's palette
(briefing.css), so the chart reads in light and dark.
"""

from __future__ import annotations

from datetime import date

from ..tally import CHARTED, Series
from .markup import Safe, text

WIDTH, LEFT, RIGHT, PANEL, GAP, AXIS = 720, 56, 12, 120, 34, 22
MAX_TICKS = 7  # dates written under the time axis
BAR_MAX = 28  # px: a season of two days is two bars, not two walls


def _label(d: date, unit: str) -> str:
    return d.strftime("%b %Y") if unit == "month" else f"{d.day} {d.strftime('%b %Y')}"


def _nice(top: int) -> int:
    """The scale's top: 1, 2 or 5 times a power of ten, at or above the largest bar."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if top <= m * step:
                return m * step
        step *= 10


def _period(d: date, unit: str) -> str:
    return {"day": f"{d.isoformat()}", "week": f"week of {d.isoformat()}", "month": d.strftime("%B %Y")}[unit]


def toll_chart(s: Series) -> Safe:
    """Bars of the killed and the injured by period of the event; empty when nothing has a day."""
    shown = [o for o in CHARTED if any(b.high.get(o) for b in s.bins)]
    if not shown:
        return Safe("")
    n = len(s.bins)
    plot = WIDTH - LEFT - RIGHT
    step = plot / n
    bar = min(max(1.0, step * 0.8), BAR_MAX)
    height = len(shown) * (PANEL + GAP) + AXIS + 6
    parts = [
        f'<svg class="toll-chart" role="img" aria-label="Reported deaths and injuries by date of the event" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    for k, outcome in enumerate(shown):
        top = _nice(max(b.high.get(outcome, 0) for b in s.bins))
        y0 = k * (PANEL + GAP) + 22
        base = y0 + PANEL
        parts.append(f'<text x="{LEFT}" y="{y0 - 10}" class="chart-title">{text(outcome.capitalize())}</text>')
        for value in (top // 2, top):
            y = base - PANEL * value / top
            parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="chart-grid"/>')
            parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="chart-tick">{value:,}</text>')
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{base}" y2="{base}" class="chart-axis"/>')
        for i, b in enumerate(s.bins):
            low, high = b.low.get(outcome, 0), b.high.get(outcome, 0)
            if not high:
                continue
            x = LEFT + i * step + (step - bar) / 2
            h_low, h_high = PANEL * low / top, PANEL * high / top
            what = f"{low:,}" if low == high else f"{low:,}–{high:,}"
            tip = text(f"{_period(b.start, s.unit)}: {what} {outcome}")
            parts.append(f'<g class="toll-bar toll-{outcome}"><title>{tip}</title>')
            if high > low:
                parts.append(
                    f'<rect x="{x:.1f}" y="{base - h_high:.1f}" width="{bar:.1f}" height="{h_high - h_low:.1f}" '
                    f'class="bar-range"/>'
                )
            parts.append(
                f'<rect x="{x:.1f}" y="{base - max(h_low, 1):.1f}" width="{bar:.1f}" height="{max(h_low, 1):.1f}" '
                f'class="bar-low"/></g>'
            )
    every = max(1, -(-n // MAX_TICKS))
    axis_y = len(shown) * (PANEL + GAP) - GAP + 22 + 16
    for i in range(0, n, every):
        x = LEFT + i * step + step / 2
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y}" text-anchor="middle" class="chart-tick">'
            f"{text(_label(s.bins[i].start, s.unit))}</text>"
        )
    parts.append("</svg>")
    return Safe("\n".join(parts))
