"""A synthetic briefing of many actors and relations, for scale checks."""

from __future__ import annotations

import random

from generator.model import Actor, Article, Briefing, Relation, Sentence, SentenceRef

TYPES = ["state", "armed_group", "militia", "person", "ngo", "media", "international_organisation"]


def synthetic_briefing(n_actors: int = 300, n_relations: int = 600, seed: int = 1) -> Briefing:
    rng = random.Random(seed)
    ref = SentenceRef("synthetic", 0)
    article = Article("synthetic", "Synthetic", "synthetic.txt", (Sentence(ref, "A synthetic sentence."),))
    actors = tuple(Actor(f"actor-{i}", f"Actor {i}", rng.choice(TYPES)) for i in range(n_actors))
    relations = []
    for _ in range(n_relations):
        a, b = rng.sample(range(n_actors), 2)
        polarity = rng.choice(["cooperative", "hostile"])
        relations.append(
            Relation(
                f"actor-{a}",
                f"actor-{b}",
                "support" if polarity == "cooperative" else "attack",
                polarity,
                "synthetic",
                (ref,),
            )
        )
    return Briefing(articles=(article,), actors=actors, relations=tuple(relations))
