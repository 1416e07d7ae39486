"""Incidents: figures from different articles that report the same event.

Two outlets reporting one air strike give two casualty figures; read side by
side they are one incident with a range (lowest to highest report), never a sum.
Figures are joined when they come from different articles and agree on the
outcome, the place (the same place, or one named inside the other: "Azaz, Aleppo"
and "Aleppo"), the day (within `WINDOW_DAYS`, "on Monday" normalised against the
publication date, a figure without a date taken as of its publication day) and
the victims (the same noun, or one of them the unspecific "people"). Cumulative
tolls ("since 2011") and subsets ("including 12 children") are never incidents.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from .lexicon import Lexicon, fold
from .model import Briefing, Casualty, Incident
from .tally import figure_day

WINDOW_DAYS = 2


def _place_words(place: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", fold(place or "")) if len(w) > 2)


def _same_place(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and (a <= b or b <= a)


def _same_victims(a: str, b: str, unspecific: frozenset[str]) -> bool:
    a, b = fold(a), fold(b)
    return a == b or a in unspecific or b in unspecific


def _candidates(b: Briefing, countries: frozenset[str]) -> list[tuple[Casualty, date, frozenset[str]]]:
    """Figures that can be told apart as events: a day and a place smaller than a country
    ("killed in Syria" on one day can be any of a dozen events)."""
    published = {a.id: a.published for a in b.articles}
    out = []
    for c in b.casualties:
        if c.part_of or c.cumulative or not c.evidence or (c.count is None and c.low is None and c.high is None):
            continue
        day = figure_day(c, published)
        words = _place_words(c.place)
        if day is not None and words and fold(c.place or "") not in countries:
            out.append((c, day, words))
    return out


def _joins(x: tuple[Casualty, date, frozenset[str]], y: tuple[Casualty, date, frozenset[str]], unspecific) -> bool:
    (c, d, p), (e, f, q) = x, y
    return (
        c.evidence[0].article_id != e.evidence[0].article_id
        and c.outcome == e.outcome
        and abs((d - f).days) <= WINDOW_DAYS
        and _same_place(p, q)
        and _same_victims(c.victims, e.victims, unspecific)
    )


def find_incidents(b: Briefing, lex: Lexicon) -> tuple[Incident, ...]:
    """Groups of figures from two or more articles that report one incident.

    Sorted by day then place, so a group is joined greedily in a stable order:
    a figure joins the first group whose every member it agrees with (not a
    chain of near matches that would drift from one event to the next)."""
    unspecific = lex.casualties.unspecific_victims
    items = sorted(
        _candidates(b, frozenset(lex.country_by_name)), key=lambda t: (t[1], sorted(t[2]), t[0].evidence[0], t[0].id)
    )
    groups: list[list[tuple[Casualty, date, frozenset[str]]]] = []
    open_groups: list[list[tuple[Casualty, date, frozenset[str]]]] = []  # begun within the window
    for item in items:
        open_groups = [g for g in open_groups if (item[1] - g[0][1]).days <= WINDOW_DAYS]  # by day: linear
        home = next((g for g in open_groups if all(_joins(item, other, unspecific) for other in g)), None)
        if home is None:
            groups.append([item])
            open_groups.append(groups[-1])
        else:
            home.append(item)
    out = []
    for g in groups:
        if len({c.evidence[0].article_id for c, _, _ in g}) < 2:
            continue
        figures = [c for c, _, _ in g]
        lows = [c.count if c.count is not None else (c.low or c.high) for c in figures]
        highs = [c.count if c.count is not None else (c.high or c.low) for c in figures]
        place = Counter(c.place for c in figures).most_common(1)[0][0]
        out.append(
            Incident(
                id=f"i{len(out) + 1}",
                date=min(d for _, d, _ in g).isoformat(),
                place=place,
                outcome=figures[0].outcome,
                low=min(x for x in lows if x is not None),
                high=max(x for x in highs if x is not None),
                figures=tuple(c.id for c in figures),
            )
        )
    return tuple(out)


def with_incidents(b: Briefing, lex: Lexicon) -> Briefing:
    return replace(b, incidents=find_incidents(b, lex))
