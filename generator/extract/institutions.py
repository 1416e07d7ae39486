"""Offices that speak for a person: "a statement from his office said".

Runs after actor resolution, when "his" is known to be Bashar al-Assad: the
office becomes an actor of its own ("Assad's office"), led by its owner, so
that a statement is attributed to the office that issued it and the person
is linked to it rather than merged with it.
"""

from __future__ import annotations

from ..model import Actor, Mention, SentenceRef
from ..slug import slugify, unique_slug
from ..textdata import words
from .actors import Resolution

OFFICE_NOUNS = words("office_nouns")
PARTICLES = ("al-", "el-", "Al-", "El-")


def surname(name: str) -> str:
    last = name.split()[-1]
    for p in PARTICLES:
        if last.startswith(p):
            return last[len(p) :]
    return last


def add_offices(res: Resolution) -> list[tuple[str, str, SentenceRef]]:
    """Create office actors; return (person id, office id, evidence) leadership links."""
    actors = {a.id: a for a in res.actors}
    taken = {a.id for a in res.actors} | {p.id for p in res.places}
    offices: dict[str, str] = {}
    mentions: dict[str, list[Mention]] = {}
    links: list[tuple[str, str, SentenceRef]] = []
    for sents in res.sentences.values():
        for s in sents:
            for tok in s.doc:
                if tok.lower_ not in OFFICE_NOUNS or tok.pos_ != "NOUN" or s.actors_at(tok):
                    continue
                owners = [
                    a
                    for c in tok.children
                    if c.dep_ == "poss"
                    for a in s.actors_at(c)
                    if actors.get(a) and actors[a].type == "person"
                ]
                if len(owners) != 1:
                    continue
                owner = actors[owners[0]]
                if owner.id not in offices:
                    name = f"{surname(owner.name)}'s {tok.lower_}"
                    offices[owner.id] = unique_slug(slugify(name), taken)
                    mentions[owner.id] = []
                    res.actors.append(
                        Actor(
                            id=offices[owner.id],
                            name=name,
                            type="government_agency",
                            aliases=(f"{tok.lower_.capitalize()} of {owner.name}",),
                            description=f"the {tok.lower_} of {owner.name}",
                        )
                    )
                    res.keys.append(("office", owner.id))
                office = offices[owner.id]
                s.tokens[tok.i] = (office,)
                mentions[owner.id].append(Mention(s.doc[tok.left_edge.i : tok.i + 1].text, s.ref))
                links.append((owner.id, office, s.ref))
    for i, a in enumerate(res.actors):
        owner = next((o for o, off in offices.items() if off == a.id), None)
        if owner:
            res.actors[i] = Actor(a.id, a.name, a.type, a.aliases, a.description, tuple(mentions[owner]))
    return links
