"""Timeline events: every dated sentence, its date normalised."""

from __future__ import annotations

import re
from datetime import date

from ...dates import normalise
from ...model import Event
from ..context import SentenceActors

FUTURE = re.compile(r"\b(will|expected to|is to|are to|next|plans? to|scheduled)\b", re.I)
DURATION = re.compile(
    r"^(?:the\s+)?(?:past|last|next|first)?\s*(?:\w+[- ])?(?:years?|months?|weeks?|days?|hours?|decades?)$"
    r"|\b\w+-year\b|\b\d+\s+years?\b",
    re.I,
)
_TODAY_PAREN = re.compile(r"\btoday\s*\([^)]*\)", re.I)


def date_phrases(s: SentenceActors) -> list[str]:
    """Date expressions of a sentence: spaCy's DATE entities plus "today (tues)"."""
    phrases = [e.text for e in s.doc.ents if e.label_ == "DATE" and not DURATION.search(e.text)]
    text = s.text
    phrases += [m.group(0) for m in _TODAY_PAREN.finditer(text) if not any(m.group(0).startswith(p) for p in phrases)]
    return phrases


def extract_events(sentences: list[SentenceActors], published: dict[str, date | None]) -> list[Event]:
    """Events with their normalised dates, in date order."""
    out: list[Event] = []
    for s in sentences:
        anchor = published.get(s.ref.article_id)
        text = s.text
        future = bool(FUTURE.search(text))
        seen: set[str] = set()
        for phrase in date_phrases(s):
            nd = normalise(phrase, anchor, future)
            if nd is None or nd.iso in seen:
                continue
            seen.add(nd.iso)
            out.append(Event(date=nd.iso, date_text=phrase, text=text, ref=s.ref, precision=nd.precision))
    return sorted(out, key=lambda e: (e.date, e.ref))
