"""Signed, directed relations between actors, from the rules of table.py.

Each rule reads the dependency parse of one sentence ("X-backed Y", a relation
verb with its subject and object, a relation noun with its owner and target,
titles, member nouns, stance words, companions); the statements of every
sentence are then gathered into one relation per pair and kind, with what the
resolution itself established (an office, a bare "President X"). Co-occurrence
alone never makes a relation.
"""

from __future__ import annotations

from ....lexicon import Lexicon
from ....model import Relation, polarity_of
from ...context import Link, SentenceActors
from .base import RawRelation, RuleContext
from .inference import aggregate, propagate, retarget_leaders
from .table import RULES, read_sentence

__all__ = ["RULES", "extract_relations"]


def extract_relations(
    sentences: list[SentenceActors],
    types: dict[str, str],
    generic: frozenset[str],
    lex: Lexicon,
    links: list[Link] = (),
) -> list[Relation]:
    """All relations of an article's sentences, plus leadership links found elsewhere."""
    context = RuleContext.of(types, lex)
    raw = [r for s in sentences for r in read_sentence(context, s)]
    raw += [RawRelation(k.leader, k.body, "leadership", polarity_of("leadership"), k.cue, k.ref, k.rule) for k in links]
    raw = [r for r in retarget_leaders(raw, types) if r.source != r.target]
    return aggregate(propagate(raw, generic))
