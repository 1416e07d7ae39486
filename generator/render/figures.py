"""How casualty figures read on the site: as text, and as the casualty page's bar chart."""

from __future__ import annotations

from ..model import Casualty
from .markup import Safe, text


def figure(c: Casualty) -> str:
    """How a figure reads: exact, open-ended or a range, never a vague number as exact."""
    if c.vague:
        if c.high and c.low:
            return f"{c.low}–{c.high} ({c.text})"
        return f"{c.low}+ ({c.text})" if c.low else c.text
    if c.qualifier:
        return f"{c.text} ({'≥' + str(c.low) if c.low else '≤' + str(c.high)})"
    return f"{c.count:,}" if c.count is not None else c.text


OUTCOME_ORDER = ("killed", "injured", "missing", "displaced", "detained", "casualties")
PER_OUTCOME = 5  # bars per outcome: the dead first, never crowded out by millions displaced


def chart_rows(casualties: tuple[Casualty, ...]) -> list[Casualty]:
    """The largest top-level figures of events for each outcome, the killed first; exact figures
    before vague ranges ("dozens"), a war's toll to date never (it is no event)."""
    rows = [c for c in casualties if not c.part_of and not c.cumulative and (c.count or c.low)]
    rank = {o: k for k, o in enumerate(OUTCOME_ORDER)}
    rows.sort(key=lambda c: (rank.get(c.outcome, len(rank)), c.outcome, c.vague, -(c.count or c.low or 0)))
    shown: dict[str, int] = {}
    out = []
    for c in rows:
        shown[c.outcome] = shown.get(c.outcome, 0) + 1
        if shown[c.outcome] <= PER_OUTCOME:
            out.append(c)
    return out


def chart(casualties: tuple[Casualty, ...]) -> Safe:
    """A bar chart of the top-level figures, drawn as inline SVG at build time. Each outcome
    has its own scale (bars compare the dead with the dead, not with millions displaced),
    and room is left on the right for the longest value ("more than 200 (>=201)")."""
    rows = chart_rows(casualties)
    if not rows:
        return Safe("")
    tops: dict[str, int] = {}
    for c in rows:
        tops[c.outcome] = max(tops.get(c.outcome, 1), c.count or c.low or 1)
    bar_h, gap, label_w, width = 22, 8, 260, 720
    room = width - label_w - 6 - 6 * max(len(figure(c)) for c in rows)  # about 6 px a character
    height = len(rows) * (bar_h + gap) + gap
    parts = [
        f'<svg class="casualty-chart" role="img" aria-label="Casualty figures" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, c in enumerate(rows):
        value = c.count or c.low or 0
        w = max(2, int(max(room, 60) * (value / tops[c.outcome]) ** 0.5))
        y = gap + i * (bar_h + gap)
        label = text(f"{c.outcome}: {c.victims}")
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" class="chart-label">{label}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" class="bar bar-{text(c.outcome)}'
            f'{" bar-vague" if c.vague else ""}"><title>{text(figure(c))}</title></rect>'
        )
        parts.append(f'<text x="{label_w + w + 6}" y="{y + 15}" class="chart-value">{text(figure(c))}</text>')
    parts.append("</svg>")
    return Safe("\n".join(parts))
