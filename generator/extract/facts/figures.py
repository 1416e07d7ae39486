"""Casualty figures as they are assembled: sums of coordinated groups, repeats merged.

"Ten children and five women were killed" is 15 killed made of two parts;
the same figure reported again in the same article is one figure with two
pieces of evidence. Subsets point at their total by id and are never added
to it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Casualty, SentenceRef
from ..context import SentenceActors
from .numbers import Quantity


@dataclass
class Figure:
    """A casualty figure while it is being built (internal)."""

    q: Quantity
    outcome: str
    victims: str
    ref: SentenceRef
    anchor: int
    reported_by: str | None = None
    place: str | None = None
    when: str | None = None
    cumulative: bool = False
    subset_of: int | None = None  # index in the sentence's figure list
    rule: str = ""  # how it was read, exported with the figure


def coordinated_totals(s: SentenceActors, figures: list[Figure]) -> list[Figure]:
    """ "Ten children and five women were killed": 15 killed, made of the two groups.

    The total is derived (its qualifier says "sum") and the groups become its
    parts, so that nothing is counted twice.
    """
    out: list[Figure] = []
    position: dict[int, int] = {}  # index in `figures` -> index in `out`
    parent: dict[int, int] = {}  # index in `out` of a part -> index in `out` of its sum
    for i, fig in enumerate(figures):
        if i in position:
            continue
        group = [i] + [
            j
            for j, other in enumerate(figures)
            if j > i
            and j not in position
            and other.subset_of is None
            and fig.subset_of is None
            and other.outcome == fig.outcome
            and _coordinated(s, fig.anchor, other.anchor)
        ]
        parts = sorted((figures[j] for j in group), key=lambda f: f.q.start)
        nouns = {s.doc[p.anchor].lemma_.lower() for p in parts}  # "two soldiers and a gendarme": two nouns
        if len(parts) < 2 or any(p.q.count is None for p in parts) or len(nouns) < len(parts):
            position[i] = len(out)
            out.append(fig)
            continue
        total = sum(p.q.count for p in parts)
        text = " and ".join(s.doc[p.q.start : max(p.anchor, p.q.end - 1) + 1].text for p in parts)
        q = Quantity(text, total, total, total, False, "sum", fig.q.start, fig.q.end)
        whole = len(out)
        out.append(
            Figure(
                q,
                fig.outcome,
                "people",
                fig.ref,
                fig.anchor,
                fig.reported_by,
                fig.place,
                fig.when,
                fig.cumulative,
                rule="coordinated-total",
            )
        )
        for j in group:
            position[j] = len(out)
            parent[len(out)] = whole
            out.append(figures[j])
    for k, fig in enumerate(out):
        if k in parent:
            fig.subset_of = parent[k]
        elif fig.subset_of is not None:
            fig.subset_of = position[fig.subset_of]
    return out


def _coordinated(s: SentenceActors, a: int, b: int) -> bool:
    """Two counted nouns joined by "and" in one phrase."""
    ta, tb = s.doc[a], s.doc[b]
    return (tb.dep_ == "conj" and tb.head.i == ta.i) or (ta.dep_ == "conj" and ta.head.i == tb.i)


def _same(a: Figure, b: Figure) -> bool:
    return (a.q.count, a.q.low, a.q.high, a.outcome, a.victims) == (b.q.count, b.q.low, b.q.high, b.outcome, b.victims)


def to_casualties(per_sentence: list[list[Figure]]) -> list[Casualty]:
    """Model figures from each sentence's figures, a repeat within an article merged."""
    out: list[Casualty] = []
    kept: list[tuple[Figure, str]] = []
    for figures in per_sentence:
        ids: dict[int, str] = {}
        for i, fig in enumerate(figures):
            twin = next(
                (
                    k
                    for k in kept
                    if k[0].ref.article_id == fig.ref.article_id and _same(k[0], fig) and fig.subset_of is None
                ),
                None,
            )
            if twin:
                ids[i] = twin[1]
                idx = next(j for j, c in enumerate(out) if c.id == twin[1])
                out[idx] = replace(
                    out[idx],
                    evidence=tuple(sorted(set(out[idx].evidence) | {fig.ref})),
                    reported_by=out[idx].reported_by or fig.reported_by,
                )
                continue
            cid = f"c{len(out) + 1}"
            ids[i] = cid
            kept.append((fig, cid))
            out.append(
                Casualty(
                    id=cid,
                    text=fig.q.text,
                    count=fig.q.count,
                    low=fig.q.low,
                    high=fig.q.high,
                    vague=fig.q.vague,
                    outcome=fig.outcome,
                    victims=fig.victims,
                    evidence=(fig.ref,),
                    qualifier=fig.q.qualifier,
                    part_of=ids.get(fig.subset_of) if fig.subset_of is not None else None,
                    reported_by=fig.reported_by,
                    place=fig.place,
                    when=fig.when,
                    cumulative=fig.cumulative,
                    rule=fig.rule,
                )
            )
    return out
