"""Operations over the model that several stages share.

Gathering the statements of one relation, and (below) re-pointing, pooling and
finding the actors in use: the analysis of one article, the merge of many and an
analyst's corrections all do these, the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from .model import Actor, Analysis, Briefing, Casualty, Relation, Source


def gather(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per (source, target, kind, polarity): the evidence of every statement
    gathered, a stated relation beating an inferred one, the cue of the first stated, the
    rules of every statement kept. Used for the sentences of one article and again when
    articles or an analyst's merges meet."""
    groups: dict[tuple, list[Relation]] = defaultdict(list)
    for r in relations:
        groups[(r.source, r.target, r.kind, r.polarity)].append(r)
    out = []
    for (src, dst, kind, pol), rs in groups.items():
        stated = [r for r in rs if not r.inferred]
        use = stated or rs
        evidence = tuple(sorted({e for r in use for e in r.evidence}))
        note = next((r.note for r in use if r.note), None)
        rules = tuple(sorted({rule for r in use for rule in r.rules}))
        out.append(Relation(src, dst, kind, pol, use[0].cue, evidence, inferred=not stated, note=note, rules=rules))
    return sorted(out, key=lambda r: (r.evidence[:1], r.source, r.target, r.kind))


Owner = TypeVar("Owner", Analysis, Briefing)


def repointed(b: Owner, move: Callable[[str], str | None]) -> Owner:
    """Every reference to an actor passed through `move` (a merged actor's new id, or None for
    one hidden): relations re-pointed and gathered again, dropped when an end is gone or both
    ends are now one actor; figures and statements lose a source that is gone."""
    keep = lambda x: move(x) if x else x  # noqa: E731
    relations = [replace(r, source=move(r.source) or "", target=move(r.target) or "") for r in b.relations]
    return replace(
        b,
        relations=tuple(gather(r for r in relations if r.source and r.target and r.source != r.target)),
        casualties=tuple(replace(c, reported_by=keep(c.reported_by)) for c in b.casualties),
        sources=tuple(replace(s, actor=keep(s.actor), outlet=keep(s.outlet)) for s in b.sources),
    )


def pooled(base: Actor, members: Iterable[Actor]) -> Actor:
    """One actor from several profiles of it: every name the members go by (their names and
    aliases, the base's own name left out) and every mention, in a total order."""
    members = list(members)
    names = {*base.aliases, *(n for a in members for n in (a.name, *a.aliases))} - {base.name}
    mentions = {*base.mentions, *(m for a in members for m in a.mentions)}
    return replace(
        base,
        aliases=tuple(sorted(names, key=lambda n: (n.casefold(), n))),
        mentions=tuple(sorted(mentions, key=lambda m: (m.ref, m.text))),
    )


def actors_in_use(relations: Iterable[Relation], casualties: Iterable[Casualty], sources: Iterable[Source]) -> set[str]:
    """Ids of the actors a relation, a figure or a statement points at."""
    used = {end for r in relations for end in (r.source, r.target)}
    used |= {c.reported_by for c in casualties if c.reported_by}
    used |= {x for s in sources for x in (s.actor, s.outlet) if x}
    return used
