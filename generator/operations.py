"""Operations over the model that several stages share.

Gathering the statements of one relation, and (below) re-pointing, pooling and
finding the actors in use: the analysis of one article, the merge of many and an
analyst's corrections all do these, the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .model import Relation


def gather(relations: Iterable[Relation]) -> list[Relation]:
    """One relation per (source, target, kind, polarity): the evidence of every statement
    gathered, a stated relation beating an inferred one, the cue of the first stated, the
    rules of every statement kept. Used for the sentences of one article and again when
    articles or an analyst's merges meet."""
    groups: dict[tuple, list[Relation]] = defaultdict(list)
    for r in relations:
        groups[(r.source, r.target, r.kind, r.polarity)].append(r)
    out = []
    for (src, dst, kind, pol), rs in groups.items():
        stated = [r for r in rs if not r.inferred]
        use = stated or rs
        evidence = tuple(sorted({e for r in use for e in r.evidence}))
        note = next((r.note for r in use if r.note), None)
        rules = tuple(sorted({rule for r in use for rule in r.rules}))
        out.append(Relation(src, dst, kind, pol, use[0].cue, evidence, inferred=not stated, note=note, rules=rules))
    return sorted(out, key=lambda r: (r.evidence[:1], r.source, r.target, r.kind))
