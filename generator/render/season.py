"""A season of reports at a glance: the period, the outlets, the most-reported
actors, the deadliest incidents, and what each article added to the briefing."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Actor, Article, Briefing, Incident

TOP = 8


@dataclass(frozen=True)
class Season:
    first: str | None  # ISO dates of the earliest and latest article
    last: str | None
    undated: int
    outlets: list[tuple[str, int]]
    actors: list[tuple[Actor, int]]  # most-reported actors and the number of articles naming them
    incidents: list[Incident]  # the deadliest incidents reported by several articles


@dataclass(frozen=True)
class Contribution:
    actors: list[Actor]
    relations: int
    figures: int
    incidents: list[Incident]
    events: int


def season(b: Briefing) -> Season:
    dates = sorted(a.published.isoformat() for a in b.articles if a.published)
    outlets = Counter(a.publisher or "unknown outlet" for a in b.articles)
    named = [(a, len({m.ref.article_id for m in a.mentions})) for a in b.actors if not a.generic]
    named.sort(key=lambda x: (-x[1], x[0].name.casefold()))
    deadly = sorted((i for i in b.incidents if i.outcome == "killed"), key=lambda i: (-i.high, i.date or "", i.id))
    return Season(
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        undated=len(b.articles) - len(dates),
        outlets=sorted(outlets.items(), key=lambda x: (-x[1], x[0].casefold()))[:TOP],
        actors=named[:TOP],
        incidents=deadly[:5],
    )


def contributions(b: Briefing) -> dict[str, Contribution]:
    """Per article: the actors it names (most named first), and how many relations, figures
    and dated events rest on its sentences."""
    named: dict[str, Counter] = defaultdict(Counter)
    for a in b.actors:
        for m in a.mentions:
            named[m.ref.article_id][a.id] += 1
    relations = Counter(e.article_id for r in b.relations for e in {x.article_id: x for x in r.evidence}.values())
    figures = Counter(c.evidence[0].article_id for c in b.casualties if c.evidence)
    events = Counter(e.ref.article_id for e in b.events)
    owner = {c.id: c.evidence[0].article_id for c in b.casualties if c.evidence}
    incidents: dict[str, list[Incident]] = defaultdict(list)
    for i in b.incidents:
        for aid in dict.fromkeys(owner.get(f) for f in i.figures):
            if aid:
                incidents[aid].append(i)
    actors = {a.id: a for a in b.actors}
    out = {}
    for art in b.articles:
        ranked = sorted(named[art.id].items(), key=lambda x: (-x[1], actors[x[0]].name.casefold()))
        out[art.id] = Contribution(
            actors=[actors[i] for i, _ in ranked],
            relations=relations[art.id],
            figures=figures[art.id],
            incidents=incidents[art.id],
            events=events[art.id],
        )
    return out


def dated(article: Article) -> str:
    return article.published.isoformat() if article.published else "undated"
