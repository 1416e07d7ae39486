"""Indexes of a briefing built once per render: every page looks things up in
constant time instead of scanning every relation, figure or sentence (a site of
800 articles would otherwise cost the square of its size)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import Briefing, Casualty, Mention, Relation, SentenceRef, Source


@dataclass(frozen=True)
class Lookup:
    relations_of: dict[str, list[Relation]]
    reported_by: dict[str, list[Casualty]]
    statements_of: dict[str, list[Source]]
    parts_of: dict[str, list[Casualty]]
    sentences: dict[tuple[str, int], str]
    pages: dict[tuple[str, int], int]

    def sentence(self, article_id: str, index: int) -> str:
        return self.sentences.get((article_id, index), "")

    def page(self, article_id: str, index: int) -> int | None:
        """The PDF page a sentence was printed on, for a report read from a PDF."""
        return self.pages.get((article_id, index))


def build_lookup(b: Briefing) -> Lookup:
    relations_of: dict[str, list[Relation]] = defaultdict(list)
    for r in b.relations:
        relations_of[r.source].append(r)
        if r.target != r.source:
            relations_of[r.target].append(r)
    reported_by: dict[str, list[Casualty]] = defaultdict(list)
    parts_of: dict[str, list[Casualty]] = defaultdict(list)
    for c in b.casualties:
        if c.reported_by:
            reported_by[c.reported_by].append(c)
        if c.part_of:
            parts_of[c.part_of].append(c)
    statements_of: dict[str, list[Source]] = defaultdict(list)
    for s in b.sources:
        for who in dict.fromkeys(x for x in (s.actor, s.outlet) if x):
            statements_of[who].append(s)
    sentences = {(a.id, s.ref.index): s.text for a in b.articles for s in a.sentences}
    pages = {(a.id, s.ref.index): s.page for a in b.articles for s in a.sentences if s.page is not None}
    return Lookup(dict(relations_of), dict(reported_by), dict(statements_of), dict(parts_of), sentences, pages)


def by_article(mentions: tuple[Mention, ...]) -> list[tuple[str, list[Mention]]]:
    """Mentions grouped by article, in article order, one per sentence: one row per
    article on a profile."""
    groups: dict[str, dict[SentenceRef, Mention]] = defaultdict(dict)
    for m in sorted(mentions, key=lambda m: (m.ref, m.text)):
        groups[m.ref.article_id].setdefault(m.ref, m)
    return [(aid, list(ms.values())) for aid, ms in groups.items()]
