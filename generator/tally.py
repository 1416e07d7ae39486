"""Tolls counted once: by the day of the event and by place, for the chart and the map.

A reader of a conflict dashboard looks first at where people died and when. Both views
count each event once: an incident told by several articles is one entry with the range
of its reports (lowest to highest), never their sum; a figure that is part of another
("including 12 children") is inside its total; several figures of one article for one
outcome, place and day are one event told again or in parts, its largest report counted;
a war's toll to date counts many events and is no event at all. What is left is an entry
of one event, with a low and a high end (a vague "dozens" is its range). The day is the
figure's own date, else its article's (figure_day); an entry with neither is counted apart,
never put on a day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import normalise
from .model import Briefing, Casualty, Place

CHARTED = ("killed", "injured")  # the outcomes the toll over time draws


def figure_day(c: Casualty, published: dict[str, date | None]) -> date | None:
    """The day a figure refers to: its own date normalised, else its article's date."""
    anchor = published.get(c.evidence[0].article_id) if c.evidence else None
    if c.when:
        found = normalise(c.when, anchor)
        if found is None or found.precision != "day":
            return None
        return date.fromisoformat(found.iso)
    return anchor


@dataclass(frozen=True)
class Entry:
    """One event's toll of one outcome: a figure of one article, or an incident of several."""

    outcome: str
    low: int
    high: int
    day: date | None
    place: str | None
    figures: tuple[str, ...]  # casualty ids
    incident: str | None = None  # the incident id, when several articles told it


def _bounds(c: Casualty) -> tuple[int, int] | None:
    low = c.count if c.count is not None else (c.low or c.high)
    high = c.count if c.count is not None else (c.high or c.low)
    return (low, high) if low is not None and high is not None else None


def entries(b: Briefing) -> list[Entry]:
    """Every event's toll once: incidents as their range, other figures of events as reported."""
    published = {a.id: a.published for a in b.articles}
    in_incident = {f for i in b.incidents for f in i.figures}
    out = [
        Entry(i.outcome, i.low, i.high, date.fromisoformat(i.date) if i.date else None, i.place, i.figures, i.id)
        for i in b.incidents
    ]
    groups: dict[tuple, list[tuple[Casualty, tuple[int, int]]]] = defaultdict(list)
    for c in b.casualties:
        if c.part_of or c.cumulative or c.id in in_incident or not c.evidence:
            continue
        bounds = _bounds(c)
        if bounds is not None:
            day = figure_day(c, published)
            groups[(c.evidence[0].article_id, c.outcome, (c.place or "").casefold(), day)].append((c, bounds))
    for (_, outcome, _, day), group in groups.items():
        # one article's figures of one outcome, place and day are one event told again or in
        # parts ("45 killed ... 12 civilians killed"): the largest report counts, never their sum
        (low, high) = max((bounds for _, bounds in group), key=lambda lh: (lh[1], lh[0]))
        out.append(Entry(outcome, low, high, day, group[0][0].place, tuple(c.id for c, _ in group)))
    return out


@dataclass(frozen=True)
class Bin:
    """The toll of one period: the sum of the low and of the high ends of its entries."""

    start: date
    low: dict[str, int] = field(default_factory=dict)  # outcome -> sum of low ends
    high: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Series:
    """Tolls by period of the event, killed and injured, with what has no day apart."""

    unit: str  # "day" | "week" | "month"
    bins: list[Bin]
    undated: dict[str, tuple[int, int, int]]  # outcome -> (entries, low, high)


def _unit(first: date, last: date) -> str:
    """Days for a month or two of news, weeks for up to a year and a half, months beyond."""
    span = (last - first).days
    return "day" if span <= 62 else "week" if span <= 550 else "month"


def _start(d: date, unit: str) -> date:
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d


def _next(d: date, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=1)
    if unit == "week":
        return d + timedelta(days=7)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def series(b: Briefing) -> Series:
    """The toll over time: every period from the first dated event to the last (empty periods
    kept, so the gaps of a season show), the undated counted apart."""
    charted = [e for e in entries(b) if e.outcome in CHARTED]
    dated = [e for e in charted if e.day is not None]
    undated: dict[str, tuple[int, int, int]] = {}
    for e in charted:
        if e.day is None:
            n, lo, hi = undated.get(e.outcome, (0, 0, 0))
            undated[e.outcome] = (n + 1, lo + e.low, hi + e.high)
    if not dated:
        return Series("day", [], undated)
    first, last = min(e.day for e in dated), max(e.day for e in dated)  # type: ignore[type-var]
    unit = _unit(first, last)
    bins: dict[date, Bin] = {}
    d = _start(first, unit)
    while d <= last:
        bins[d] = Bin(d)
        d = _next(d, unit)
    for e in dated:
        into = bins[_start(e.day, unit)]  # type: ignore[arg-type]
        into.low[e.outcome] = into.low.get(e.outcome, 0) + e.low
        into.high[e.outcome] = into.high.get(e.outcome, 0) + e.high
    return Series(unit, list(bins.values()), undated)


@dataclass(frozen=True)
class PlaceTally:
    """What happened at one place: its tolls by outcome and the figures, incidents and articles."""

    place: Place
    low: dict[str, int]
    high: dict[str, int]
    figures: tuple[str, ...]  # casualty ids, in the order of the casualty page
    incidents: tuple[str, ...]
    articles: tuple[str, ...]  # ids of the articles that name the place


def by_place(b: Briefing) -> list[PlaceTally]:
    """Every place with its tolls (events counted once) and the articles that name it."""
    names: dict[str, str] = {}
    for p in b.places:
        for n in (p.name, *p.aliases):
            names.setdefault(n.casefold(), p.id)
    low: dict[str, dict[str, int]] = defaultdict(dict)
    high: dict[str, dict[str, int]] = defaultdict(dict)
    figures: dict[str, list[str]] = defaultdict(list)
    incidents: dict[str, list[str]] = defaultdict(list)
    for e in entries(b):
        pid = names.get((e.place or "").casefold())
        if pid is None:
            continue
        low[pid][e.outcome] = low[pid].get(e.outcome, 0) + e.low
        high[pid][e.outcome] = high[pid].get(e.outcome, 0) + e.high
        figures[pid] += e.figures
        if e.incident:
            incidents[pid].append(e.incident)
    order = {c.id: k for k, c in enumerate(b.casualties)}
    return [
        PlaceTally(
            p,
            low[p.id],
            high[p.id],
            tuple(sorted(figures[p.id], key=order.__getitem__)),
            tuple(incidents[p.id]),
            tuple(dict.fromkeys(m.ref.article_id for m in p.mentions)),
        )
        for p in b.places
    ]
