"""Bare role nouns: which group of the article a "militias" or "two militants" is.

A role noun with nothing that says whose it is ("the militias", "killed two
militants") most often means the one group of the article already named
with that noun: "Iran-backed militias ... the militias", "Boko Haram
militants attacked ... soldiers killed two militants". Where two groups were
named with it, it stays a generic role.
"""

from __future__ import annotations

from collections import defaultdict

from ...lexicon import Lexicon
from ..context import EntityKey, SentenceActors


def merge_bare_roles(sents: list[SentenceActors], lex: Lexicon) -> None:
    """A bare role noun joins the article's one group named with that noun before it: a backed
    role ("Iran-backed militias ... the militias"), or a name the noun follows ("JNIM militants");
    a bare noun refers back ("the coalition" before "a Kenyan-led force" is another one)."""
    qualified: dict[str, dict[EntityKey, tuple[int, int]]] = defaultdict(dict)  # first place named
    for n, s in enumerate(sents):
        for i, key in s.keys.items():
            if key.generic and key.qualifier and key.backer:
                qualified[key.name].setdefault(key, (n, s.mentions[i].head))
    named = _named_with_noun(sents, lex)
    for n, s in enumerate(sents):
        for i, key in list(s.keys.items()):
            if not key.generic or key.qualifier is not None:
                continue
            here = (n, s.mentions[i].head)
            before = [k for k, at in qualified[key.name].items() if at < here]
            if len(qualified[key.name]) == 1 and before:
                s.keys[i] = before[0]
            elif not qualified[key.name] and len(named[key.name]) == 1 and s.mentions[i].category == "role":
                s.keys[i] = next(iter(named[key.name]))


def _named_with_noun(sents: list[SentenceActors], lex: Lexicon) -> dict[str, set[EntityKey]]:
    """Role key -> the named groups of the article a noun of that role follows ("JNIM militants")."""
    named: dict[str, set[EntityKey]] = defaultdict(set)
    for s in sents:
        for i, key in s.keys.items():
            if key.kind not in {"org", "known"}:
                continue
            root = s.doc[s.mentions[i].head]
            noun = root.head
            if root.dep_ != "compound" or noun.pos_ != "NOUN" or noun.i < root.i:
                continue
            # "JNIM militants", and the noun between a name and its head: "the M23 rebel group"
            between = [c for c in noun.lefts if c.i > root.i and c.dep_ in {"compound", "amod"}]
            for word in (noun, *between):
                role = lex.actors.role_by_noun.get(word.lower_) or lex.actors.role_by_noun.get(f"{word.lower_}s")
                if role and not role.state:
                    named[role.key].add(key)
    return named
