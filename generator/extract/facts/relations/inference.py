"""From relations stated sentence by sentence to the briefing's relations.

A generic group's relations reach the named groups it includes; keeping a
leader in power is support for the state he leads; one relation per pair and
kind gathers every sentence that states it, a stated relation beating an
inferred one.
"""

from __future__ import annotations

from collections import defaultdict

from ....model import RELATION_KINDS, Relation
from ....operations import gather
from .base import RawRelation


def propagate(raw: list[RawRelation], generic: frozenset[str]) -> list[RawRelation]:
    """A generic group's relations reach the named groups it includes or is led by, and
    so does its own membership: "X-linked groups such as Y" make Y belong to X."""
    named_parts: dict[str, list[RawRelation]] = defaultdict(list)
    for r in raw:
        if r.target in generic and r.source not in generic and RELATION_KINDS[r.kind].structural:
            named_parts[r.target].append(r)
    out = list(raw)
    for r in raw:
        upward = r.kind == "membership" and r.source in generic  # the group itself belongs to a body
        if not RELATION_KINDS[r.kind].spreads and not upward:
            continue
        for end in ("source", "target"):
            group = getattr(r, end)
            for link in named_parts.get(group, []):
                other = r.target if end == "source" else r.source
                if link.source == other:
                    continue
                src, dst = (link.source, other) if end == "source" else (other, link.source)
                out.append(RawRelation(src, dst, r.kind, r.polarity, r.cue, r.ref, r.rule, inferred=True))
                out.append(RawRelation(src, dst, r.kind, r.polarity, r.cue, link.ref, r.rule, inferred=True))
    return out


def aggregate(raw: list[RawRelation]) -> list[Relation]:
    """One relation per (source, target, kind) from the statements of single sentences."""
    return gather(
        Relation(r.source, r.target, r.kind, r.polarity, r.cue, (r.ref,), r.inferred, rules=(r.rule,)) for r in raw
    )


def retarget_leaders(raw: list[RawRelation], types: dict[str, str]) -> list[RawRelation]:
    """Keeping a leader in power is support for the government he leads."""
    led = {
        r.source: r.target
        for r in raw
        if r.kind == "leadership" and types.get(r.source) == "person" and types.get(r.target) == "state"
    }
    return [
        RawRelation(r.source, led[r.target], r.kind, r.polarity, r.cue, r.ref, r.rule, r.inferred)
        if r.rule == "kept-in-power" and r.target in led
        else r
        for r in raw
    ]
