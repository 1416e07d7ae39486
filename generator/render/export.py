"""The machine-readable briefing (briefing.json), following the eval contract."""

from __future__ import annotations

import json
from pathlib import PurePath

from ..model import Briefing, SentenceRef

FORMAT_VERSION = 1


def _ref(ref: SentenceRef | None) -> dict | None:
    return None if ref is None else {"article": ref.article_id, "sentence": ref.index}


def to_dict(b: Briefing) -> dict:
    """A plain, JSON-ready dict of the whole briefing."""
    return {
        "format": FORMAT_VERSION,
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "file": PurePath(a.path).name,
                "url": a.url,
                "publisher": a.publisher,
                "author": a.author,
                "published": a.published.isoformat() if a.published else None,
                "published_note": a.published_note,
                "dropped_duplicates": a.dropped_duplicates,
                "sentences": [{"index": s.ref.index, "text": s.text, "caption": s.is_caption} for s in a.sentences],
            }
            for a in b.articles
        ],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "aliases": list(a.aliases),
                "type": a.type,
                "description": a.description,
                "mentions": [{"text": m.text, **_ref(m.ref)} for m in a.mentions],
            }
            for a in b.actors
        ],
        "places": [
            {"id": p.id, "name": p.name, "mentions": [{"text": m.text, **_ref(m.ref)} for m in p.mentions]}
            for p in b.places
        ],
        "relations": [
            {
                "source": r.source,
                "target": r.target,
                "polarity": r.polarity,
                "kind": r.kind,
                "cue": r.cue,
                "inferred": r.inferred,
                "evidence": [_ref(e) for e in r.evidence],
            }
            for r in b.relations
        ],
        "casualties": [
            {
                "id": c.id,
                "text": c.text,
                "count": c.count,
                "low": c.low,
                "high": c.high,
                "vague": c.vague,
                "qualifier": c.qualifier,
                "outcome": c.outcome,
                "victims": c.victims,
                "part_of": c.part_of,
                "reported_by": c.reported_by,
                "place": c.place,
                "when": c.when,
                "cumulative": c.cumulative,
                "evidence": [_ref(e) for e in c.evidence],
            }
            for c in b.casualties
        ],
        "rejected_numbers": [{"text": r.text, "reason": r.reason, "evidence": _ref(r.ref)} for r in b.rejected],
        "sources": [
            {
                "name": s.name,
                "actor": s.actor,
                "kind": s.kind,
                "cue": s.cue,
                "content": s.content,
                "outlet": s.outlet,
                "quote": s.is_quote,
                "evidence": _ref(s.ref),
            }
            for s in b.sources
        ],
        "events": [
            {
                "date": e.date,
                "precision": e.precision,
                "date_text": e.date_text,
                "text": e.text,
                "evidence": _ref(e.ref),
            }
            for e in b.events
        ],
        "problems": [{"file": PurePath(p.path).name, "message": p.message} for p in b.problems],
    }


def to_json(b: Briefing) -> str:
    """Deterministic JSON text: same briefing, same bytes."""
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"
