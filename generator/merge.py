"""Many articles, one briefing: the per-article analyses merged.

Each article is analysed on its own (a pure map, cached on disk and run on every
core); this step joins the results. Which profiles are one actor is decided in
generator/identity.py; here their names, aliases, mentions and types are pooled,
relations re-pointed and their evidence gathered, figure ids made unique. Ids are
given afresh in the order actors first appear, so the result does not depend on
which article was analysed first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .identity import Identity
from .lexicon import Lexicon, fold
from .model import Actor, Briefing, Casualty, Place, Relation, Source
from .operations import gather
from .slug import slugify, unique_slug

FALLBACK_TYPE = "organisation"


def _merged_actor(members: list[Actor]) -> Actor:
    """One profile from the profiles of several articles."""
    weight = Counter()
    for a in members:
        weight[a.name] += len(a.mentions) or 1
    names = {n for a in members for n in (a.name, *a.aliases)}

    def lost_apostrophe(n: str) -> bool:  # "Bashar al-Assads" beside "Bashar al-Assad"
        return n.endswith("s") and n[:-1] in names

    first = {n: k for k, n in reversed(list(enumerate(a.name for a in members)))}  # ties: the earlier article's
    name = max(weight, key=lambda n: (not lost_apostrophe(n), len(n.split()) > 1, weight[n], len(n), -first[n]))
    types = Counter()
    for a in members:
        types[a.type] += (len(a.mentions) or 1) * (0.01 if a.type == FALLBACK_TYPE else 1)
    aliases = {n for a in members for n in (a.name, *a.aliases)} - {name}
    described = sorted((a for a in members if a.description), key=lambda a: -len(a.mentions))
    return Actor(
        id="",
        name=name,
        type=min(types, key=lambda t: (-types[t], t)),
        aliases=tuple(sorted(aliases, key=lambda n: (n.casefold(), n))),
        description=described[0].description if described else None,
        mentions=tuple(sorted({m for a in members for m in a.mentions}, key=lambda m: (m.ref, m.text))),
        long_name=next((a.long_name for a in members if a.long_name), None),
        generic=all(a.generic for a in members),
    )


def merge_actors(parts: list[Briefing], lex: Lexicon) -> tuple[list[Actor], dict[tuple[int, str], str]]:
    """The merged actors and the new id of every (part, old id)."""
    identity = Identity(parts, lex)
    rep = {m: identity.of(m) for m in identity.members()}
    members: dict[tuple[int, str], list[Actor]] = defaultdict(list)
    for k, part in enumerate(parts):
        for actor in part.actors:
            members[rep[(k, actor.id)]].append(actor)
    merged = {r: _merged_actor(ms) for r, ms in members.items()}
    taken: set[str] = set()
    new_id: dict[tuple[int, str], str] = {}
    actors = []
    for r in sorted(merged, key=lambda r: (_sort_ref(merged[r]), merged[r].name)):
        actor = replace(merged[r], id=unique_slug(slugify(merged[r].name), taken))
        actors.append(actor)
        new_id[r] = actor.id
    return actors, {x: new_id[r] for x, r in rep.items()}


def _sort_ref(actor: Actor) -> tuple:
    ref = actor.mentions[0].ref if actor.mentions else None
    return (ref.article_id, ref.index) if ref else ("", -1)


def merge_places(parts: list[Briefing], taken: set[str]) -> list[Place]:
    """Places of the same name are one place."""
    by_name: dict[str, list[Place]] = defaultdict(list)
    for part in parts:
        for place in part.places:
            by_name[fold(place.name)].append(place)
    out = []
    for _, same in sorted(
        by_name.items(), key=lambda kv: min((m.ref for p in kv[1] for m in p.mentions), default=None) or kv[0]
    ):
        mentions = tuple(sorted({m for p in same for m in p.mentions}, key=lambda m: (m.ref, m.text)))
        name = Counter(p.name for p in same).most_common(1)[0][0]
        out.append(Place(unique_slug("place-" + slugify(name), taken), name, mentions))
    return out


def _first_ref(places: list[Place]) -> tuple:
    refs = [(m.ref.article_id, m.ref.index) for p in places for m in p.mentions]
    return min(refs) if refs else ("", -1)


def merge_briefings(parts: list[Briefing], lex: Lexicon, problems: Iterable = ()) -> Briefing:
    """One briefing from the analyses of single articles (and the problems of files never analysed)."""
    parts = sorted(parts, key=lambda p: [a.id for a in p.articles])
    extra = tuple(problems)
    if len(parts) == 1:
        return replace(parts[0], problems=tuple(sorted((*parts[0].problems, *extra), key=_problem_order)))
    actors, ids = merge_actors(parts, lex)
    names = {a.id: a.name for a in actors}
    remap = lambda k, old: ids.get((k, old), old) if old else old  # noqa: E731
    relations: list[Relation] = []
    casualties: list[Casualty] = []
    sources: list[Source] = []
    for k, part in enumerate(parts):
        relations += [replace(r, source=remap(k, r.source), target=remap(k, r.target)) for r in part.relations]
        prefix = part.articles[0].id + "-" if part.articles else ""
        casualties += [
            replace(
                c,
                id=prefix + c.id,
                part_of=prefix + c.part_of if c.part_of else None,
                reported_by=remap(k, c.reported_by),
            )
            for c in part.casualties
        ]
        sources += [
            _renamed(replace(s, actor=remap(k, s.actor), outlet=remap(k, s.outlet)), names) for s in part.sources
        ]
    return Briefing(
        articles=tuple(a for p in parts for a in p.articles),
        actors=tuple(actors),
        places=tuple(merge_places(parts, {a.id for a in actors})),
        relations=tuple(gather(r for r in relations if r.source != r.target)),
        casualties=tuple(casualties),
        rejected=tuple(r for p in parts for r in p.rejected),
        sources=tuple(sources),
        events=tuple(e for p in parts for e in p.events),
        problems=tuple(sorted((*(x for p in parts for x in p.problems), *extra), key=_problem_order)),
    )


def _renamed(source: Source, names: dict[str, str]) -> Source:
    """A source that is an actor goes by the merged actor's name."""
    return replace(source, name=names[source.actor]) if source.actor in names else source


def _problem_order(problem) -> tuple[str, str]:
    return (problem.path, problem.message)
