"""Offices that speak for a person: "a statement from his office said".

Runs after actor resolution, when "his" is known to be Bashar al-Assad: the
office becomes an actor of its own ("Assad's office"), led by its owner, so
that a statement is attributed to the office that issued it and the person
is linked to it rather than merged with it. The result is a new Resolution;
the one it starts from is left as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ...lexicon import Lexicon
from ...model import Actor, Mention
from ...slug import slugify, unique_slug
from ..context import Link, Resolution, SentenceActors

PARTICLES = ("al-", "el-", "Al-", "El-")


def surname(name: str) -> str:
    last = name.split()[-1]
    for p in PARTICLES:
        if last.startswith(p):
            return last[len(p) :]
    return last


def _owner(s: SentenceActors, tok, people: dict[str, Actor]) -> Actor | None:
    """The one person whose possessive owns an office noun ("his office")."""
    owners = [a for c in tok.children if c.dep_ == "poss" for a in s.actors_at(c) if a in people]
    return people[owners[0]] if len(owners) == 1 else None


def add_offices(res: Resolution, lex: Lexicon) -> tuple[Resolution, list[Link]]:
    """A resolution with office actors added, and (person id, office id, evidence) links."""
    office_nouns = lex.actors.office_nouns
    people = {a.id: a for a in res.actors if a.type == "person"}
    taken = {a.id for a in res.actors} | {p.id for p in res.places}
    offices: dict[str, Actor] = {}
    mentions: dict[str, list[Mention]] = defaultdict(list)
    links: list[Link] = []
    sentences: dict[str, list[SentenceActors]] = {}
    for article_id, sents in res.sentences.items():
        sentences[article_id] = []
        for s in sents:
            named = dict(s.tokens)
            for tok in s.doc:
                if tok.lower_ not in office_nouns or tok.pos_ != "NOUN" or s.actors_at(tok):
                    continue
                owner = _owner(s, tok, people)
                if owner is None:
                    continue
                if owner.id not in offices:
                    name = f"{surname(owner.name)}'s {tok.lower_}"
                    offices[owner.id] = Actor(
                        id=unique_slug(slugify(name), taken),
                        name=name,
                        type="government_agency",
                        aliases=(f"{tok.lower_.capitalize()} of {owner.name}",),
                        description=f"the {tok.lower_} of {owner.name}",
                    )
                office = offices[owner.id]
                named[tok.i] = (office.id,)
                mentions[owner.id].append(Mention(s.doc[tok.left_edge.i : tok.i + 1].text, s.ref))
                links.append(Link(owner.id, office.id, s.ref, "office of", "office-of"))
            sentences[article_id].append(replace(s, tokens=named))
    added = tuple(replace(o, mentions=tuple(mentions[owner])) for owner, o in offices.items())
    return replace(res, actors=res.actors + added, sentences=sentences), links
