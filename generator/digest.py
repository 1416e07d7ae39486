"""The briefing at a glance: what the overview and the article pages say first.

Choices of substance are made here, from the model alone, before any page is
rendered: which sentences open the overview, which death toll leads it, which
actor is fought and backed the most, the period and outlets of a season, the
most-reported actors and deadliest incidents, what each article added. The
templates only format what this gives.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Literal

from .model import RELATION_KINDS, Actor, Briefing, Casualty, Event, Incident, Sentence, SentenceRef

POINTS = 5  # points of "What happened"
TOP = 8  # outlets and actors of a season
FRONT_SOURCES = 6  # actors named in a point on who fights or backs whom


@dataclass(frozen=True)
class Point:
    """One point of "What happened", with the sentence it rests on."""

    kind: Literal["lede", "toll", "to_date", "front", "latest"]
    evidence: SentenceRef
    sentence: Sentence | None = None  # lede: an article's first body sentence
    figure: Casualty | None = None  # toll: the largest death toll...
    parts: tuple[Casualty, ...] = ()  # ... and the subsets reported with it
    polarity: str | None = None  # front: who fights (hostile) or backs (cooperative)...
    target: str | None = None  # ... which actor the most...
    sources: tuple[str, ...] = ()  # ... and who they are
    event: Event | None = None  # latest: the latest dated event
    date: str | None = None  # to_date: the day the toll was given (its article's)


@dataclass(frozen=True)
class Season:
    """A season of reports: the period, the outlets, the most-reported actors, the deadliest incidents."""

    first: str | None  # ISO dates of the earliest and latest article
    last: str | None
    undated: int
    outlets: list[tuple[str, int]]
    actors: list[tuple[Actor, int]]  # most-reported actors and the number of articles naming them
    incidents: list[Incident]  # the deadliest incidents reported by several articles


@dataclass(frozen=True)
class Contribution:
    """What one article adds to the briefing."""

    actors: list[Actor]
    relations: int
    figures: int
    incidents: list[Incident]
    events: int


@dataclass(frozen=True)
class Digest:
    points: list[Point]
    killed: list[Casualty]  # top-level death tolls of events
    to_date: list[Casualty]  # the tolls of a war or a period to date, apart
    biggest: Casualty | None  # the largest toll of an event
    counts: dict[str, int]
    season: Season | None  # for a briefing of several articles
    contributions: dict[str, Contribution] = field(default_factory=dict)  # per article id


def _size(c: Casualty) -> int:
    return c.count or c.low or 0


def digest(b: Briefing) -> Digest:
    killed = [c for c in b.casualties if c.outcome == "killed" and not c.part_of and not c.cumulative]
    exact = [c for c in killed if not c.vague] or killed  # a vague range never leads
    to_date = [c for c in b.casualties if c.outcome == "killed" and not c.part_of and c.cumulative]
    return Digest(
        points=points(b, exact, to_date),
        killed=killed,
        to_date=sorted(to_date, key=lambda c: (c.evidence[0] if c.evidence else None, c.id)),
        biggest=max(exact, key=_size, default=None),
        counts=counts(b),
        season=season(b) if len(b.articles) > 1 else None,
        contributions=contributions(b),
    )


def points(b: Briefing, killed: list[Casualty], to_date: list[Casualty]) -> list[Point]:
    """What a reader needs first: the opening sentences of the first two articles, the latest toll
    to date, the largest death toll of an event, who is fought and backed the most, the latest dated
    event."""
    out: list[Point] = []
    for art in b.articles[:2]:
        lede = next((s for s in art.sentences if not s.is_caption and prose(s.text)), None)
        if lede:
            out.append(Point("lede", lede.ref, sentence=lede))
    published = {a.id: a.published.isoformat() for a in b.articles if a.published}
    if to_date:
        dated = [(published.get(c.evidence[0].article_id, ""), _size(c), c) for c in to_date if c.evidence]
        day, _, latest = max(dated, key=lambda x: (x[0], x[1], x[2].id))
        parts = tuple(c for c in b.casualties if c.part_of == latest.id)
        out.append(Point("to_date", latest.evidence[0], figure=latest, parts=parts, date=day or None))
    if killed:
        top = sorted(killed, key=lambda c: -_size(c))[0]
        parts = tuple(c for c in b.casualties if c.part_of == top.id)
        out.append(Point("toll", top.evidence[0], figure=top, parts=parts))
    out += fronts(b)
    if b.events:
        e = max(b.events, key=lambda e: (e.date, e.ref))
        out.append(Point("latest", e.ref, event=e))
    return out[:POINTS]


TIMESTAMP = re.compile(r"^\W*(?:at\s+)?\d{1,2}[:.]?\d{2}\b|\b\d{1,2}:\d{2}\s*(?:GMT|UTC|am|pm)\b", re.I)


def prose(text: str) -> bool:
    """A whole sentence of an article's body, not what a scraped page left around it: a headline
    in title case, a dateline, a timestamp ("at 0914 Homs governor says ..."), a fragment."""
    words = text.split()
    if len(words) < 6 or not text.rstrip().endswith((".", "!", "?", '"', "”", "'")):
        return False
    if TIMESTAMP.search(text) or not (words[0][:1].isupper() or words[0][:1] in "\"“'"):
        return False
    long_words = [w for w in words if len(w) > 3 and w.isalpha()]
    return not long_words or sum(w[:1].isupper() for w in long_words) < 0.6 * len(long_words)


def fronts(b: Briefing) -> list[Point]:
    """The actor most fought against and the one most backed (by stated relations of what actors
    do, not of what they are part of), with the actors that do it."""
    out = []
    for polarity in ("hostile", "cooperative"):
        rels = [
            r
            for r in b.relations
            if r.polarity == polarity and not r.inferred and r.evidence and not RELATION_KINDS[r.kind].structural
        ]
        if not rels:
            continue
        score: Counter[str] = Counter()
        for r in rels:
            score[r.target] += len(r.evidence)
        target = max(score, key=lambda t: (score[t], t))
        sources = tuple(sorted({r.source for r in rels if r.target == target})[:FRONT_SOURCES])
        evidence = next(r for r in rels if r.target == target).evidence[0]
        out.append(Point("front", evidence, polarity=polarity, target=target, sources=sources))
    return out


def counts(b: Briefing) -> dict[str, int]:
    return {
        "actors": len(b.actors),
        "relations": len(b.relations),
        "casualties": len(b.casualties),
        "sources": len({s.actor for s in b.sources if s.actor}),
        "events": len(b.events),
        "articles": len(b.articles),
        "places": len(b.places),
        "outlets": len({a.publisher or "unknown outlet" for a in b.articles}),
    }


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
