"""From relations stated sentence by sentence to the briefing's relations.

A generic group's relations reach the named groups it includes; keeping a
leader in power is support for the state he leads; one relation per pair and
kind gathers every sentence that states it, a stated relation beating an
inferred one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ....model import Relation, SentenceRef

COOPERATIVE = "cooperative"


@dataclass(frozen=True)
class RawRelation:
    source: str
    target: str
    kind: str
    polarity: str
    cue: str
    ref: SentenceRef
    inferred: bool = False


def propagate(raw: list[RawRelation], generic: frozenset[str]) -> list[RawRelation]:
    """A generic group's relations reach the named groups it includes or is led by, and
    so does its own membership: "X-linked groups such as Y" make Y belong to X."""
    named_parts: dict[str, list[RawRelation]] = defaultdict(list)
    for r in raw:
        if r.target in generic and r.source not in generic and r.kind in {"membership", "leadership"}:
            named_parts[r.target].append(r)
    out = list(raw)
    for r in raw:
        upward = r.kind == "membership" and r.source in generic  # the group itself belongs to a body
        if r.kind in {"membership", "leadership", "alliance"} and not upward:
            continue
        for end in ("source", "target"):
            group = getattr(r, end)
            for link in named_parts.get(group, []):
                other = r.target if end == "source" else r.source
                if link.source == other:
                    continue
                src, dst = (link.source, other) if end == "source" else (other, link.source)
                out.append(RawRelation(src, dst, r.kind, r.polarity, r.cue, r.ref, inferred=True))
                out.append(RawRelation(src, dst, r.kind, r.polarity, r.cue, link.ref, inferred=True))
    return out


def gather(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per (source, target, kind, polarity): the evidence of every statement
    gathered, a stated relation beating an inferred one, the cue of the first stated. Used
    for the sentences of one article and again when articles or an analyst's merges meet."""
    groups: dict[tuple, list[Relation]] = defaultdict(list)
    for r in relations:
        groups[(r.source, r.target, r.kind, r.polarity)].append(r)
    out = []
    for (src, dst, kind, pol), rs in groups.items():
        stated = [r for r in rs if not r.inferred]
        use = stated or rs
        evidence = tuple(sorted({e for r in use for e in r.evidence}))
        note = next((r.note for r in use if r.note), None)
        out.append(Relation(src, dst, kind, pol, use[0].cue, evidence, inferred=not stated, note=note))
    return sorted(out, key=lambda r: (r.evidence[:1], r.source, r.target, r.kind))


def aggregate(raw: list[RawRelation]) -> list[Relation]:
    """One relation per (source, target, kind) from the statements of single sentences."""
    return gather(Relation(r.source, r.target, r.kind, r.polarity, r.cue, (r.ref,), r.inferred) for r in raw)


def retarget_leaders(raw: list[RawRelation], types: dict[str, str]) -> list[RawRelation]:
    """Keeping a leader in power is support for the government he leads."""
    led = {
        r.source: r.target
        for r in raw
        if r.kind == "leadership" and types.get(r.source) == "person" and types.get(r.target) == "state"
    }
    return [
        RawRelation(r.source, led[r.target], r.kind, r.polarity, r.cue, r.ref, r.inferred)
        if r.cue == "kept in power" and r.target in led
        else r
        for r in raw
    ]
