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
from .lexicon import Lexicon
from .model import Actor, Analysis, Briefing, Problem, Source
from .operations import gather, pooled, repointed
from .places import resolve_places
from .slug import slugify, unique_slug

FALLBACK_TYPE = "organisation"


def _merged_actor(members: list[Actor]) -> Actor:
    """One profile from the profiles of several articles."""
    weight = Counter()
    named = [a for a in members if not a.generic] or members  # "Assad regime" joined Syria: Syria is the name
    for a in named:
        weight[a.name] += len(a.mentions) or 1
    names = {n for a in members for n in (a.name, *a.aliases)}

    def lost_apostrophe(n: str) -> bool:  # "Bashar al-Assads" beside "Bashar al-Assad"
        return n.endswith("s") and n[:-1] in names

    first = {n: k for k, n in reversed(list(enumerate(a.name for a in members)))}  # ties: the earlier article's
    name = max(weight, key=lambda n: (not lost_apostrophe(n), len(n.split()) > 1, weight[n], len(n), -first[n]))
    types = Counter()
    for a in members:
        types[a.type] += (len(a.mentions) or 1) * (0.01 if a.type == FALLBACK_TYPE else 1)
    others = sum(v for t, v in types.items() if t != "person")
    if "person" in types and types["person"] * 2 >= others:
        types = Counter({"person": 1})  # a person joined by the profile of a slip that took the name for a body;
        # not a body named in twenty articles that one garbled sentence took for a person ("JNIM and/or JNIM")
    described = sorted((a for a in members if a.description), key=lambda a: -len(a.mentions))
    base = Actor(
        id="",
        name=name,
        type=min(types, key=lambda t: (-types[t], t)),
        description=described[0].description if described else None,
        long_name=next((a.long_name for a in members if a.long_name), None),
        generic=all(a.generic for a in members),
    )
    return pooled(base, members)


def merge_actors(parts: list[Analysis], lex: Lexicon) -> tuple[list[Actor], dict[tuple[int, str], str]]:
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


def merge_analyses(parts: list[Analysis], lex: Lexicon, problems: Iterable[Problem] = ()) -> Briefing:
    """One briefing from the analyses of single articles (and the problems of files never analysed)."""
    parts = sorted(parts, key=lambda p: [p.article.id] if p.article else [])
    problems = tuple(sorted((*(p.problem for p in parts if p.problem), *problems), key=_problem_order))
    done = [p for p in parts if p.article is not None]
    if len(parts) == 1:
        return _placed(_briefing(done, done[0].actors if done else (), problems), lex)
    actors, ids = merge_actors(parts, lex)
    names = {a.id: a.name for a in actors}
    moved = []
    for k, part in enumerate(parts):
        part = repointed(part, lambda old, k=k: ids.get((k, old), old))
        prefix = part.article.id + "-" if part.article else ""
        casualties = tuple(
            replace(c, id=prefix + c.id, part_of=prefix + c.part_of if c.part_of else None) for c in part.casualties
        )
        moved.append(replace(part, casualties=casualties, sources=tuple(_renamed(s, names) for s in part.sources)))
    return _placed(_briefing(moved, tuple(actors), problems), lex)


def _placed(b: Briefing, lex: Lexicon) -> Briefing:
    """The briefing with one place per location (generator/places.py), each figure naming
    its place as that place is now called."""
    places, renamed = resolve_places(b.places, lex, {a.id for a in b.actors})
    casualties = tuple(replace(c, place=renamed.get(c.place, c.place)) if c.place else c for c in b.casualties)
    return replace(b, places=tuple(places), casualties=casualties)


def _briefing(parts: list[Analysis], actors, problems: tuple[Problem, ...]) -> Briefing:
    return Briefing(
        articles=tuple(p.article for p in parts if p.article),
        actors=tuple(actors),
        places=tuple(p for part in parts for p in part.places),  # one per location: _placed
        relations=tuple(gather(r for p in parts for r in p.relations)),
        casualties=tuple(c for p in parts for c in p.casualties),
        rejected=tuple(r for p in parts for r in p.rejected),
        sources=tuple(s for p in parts for s in p.sources),
        events=tuple(e for p in parts for e in p.events),
        problems=problems,
    )


def _renamed(source: Source, names: dict[str, str]) -> Source:
    """A source that is an actor goes by the merged actor's name."""
    return replace(source, name=names[source.actor]) if source.actor in names else source


def _problem_order(problem) -> tuple[str, str]:
    return (problem.path, problem.message)
