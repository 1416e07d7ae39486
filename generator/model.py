"""The briefing's data model: plain frozen dataclasses.

Nothing here knows about spaCy, files or HTML, so every stage can be tested
on hand-built objects and the renderers can never reach back into the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, order=True)
class SentenceRef:
    """Where a fact comes from: one sentence of one article."""

    article_id: str
    index: int


@dataclass(frozen=True)
class Sentence:
    """A cleaned sentence; captions are kept apart from body text."""

    ref: SentenceRef
    text: str
    is_caption: bool = False


@dataclass(frozen=True)
class Article:
    """One input article after cleaning."""

    id: str
    title: str
    path: str
    sentences: tuple[Sentence, ...]
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    published_note: str | None = None  # how the date was obtained when inferred
    dropped_duplicates: int = 0


@dataclass(frozen=True)
class Mention:
    """One place in the text where an actor or place is named."""

    text: str
    ref: SentenceRef


@dataclass(frozen=True)
class Actor:
    """A state, organisation, armed group or person taking part in events."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Place:
    """A location named in the text (never an actor)."""

    id: str
    name: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Relation:
    """A directed, signed link between two actors."""

    source: str
    target: str
    kind: str
    polarity: str  # cooperative | hostile | neutral
    cue: str
    evidence: tuple[SentenceRef, ...]
    inferred: bool = False


@dataclass(frozen=True)
class Casualty:
    """A reported count of people killed, injured, displaced..."""

    id: str
    text: str
    count: int | None
    low: int | None
    high: int | None
    vague: bool
    outcome: str
    victims: str
    evidence: tuple[SentenceRef, ...]
    qualifier: str | None = None
    part_of: str | None = None
    reported_by: str | None = None
    place: str | None = None
    when: str | None = None
    cumulative: bool = False


@dataclass(frozen=True)
class RejectedNumber:
    """A number that is not a casualty figure, kept so readers can audit."""

    text: str
    reason: str
    ref: SentenceRef


@dataclass(frozen=True)
class Source:
    """An attribution: who said what, through which outlet."""

    name: str
    kind: str
    cue: str
    content: str
    ref: SentenceRef | None
    actor: str | None = None
    outlet: str | None = None
    is_quote: bool = False


@dataclass(frozen=True)
class Event:
    """A dated happening, with its date normalised to ISO form."""

    date: str
    date_text: str
    text: str
    ref: SentenceRef
    precision: str = "day"  # year | month | week | day


@dataclass(frozen=True)
class Problem:
    """An input file that could not be used, and why."""

    path: str
    message: str


@dataclass(frozen=True)
class Briefing:
    """Everything extracted from a set of articles."""

    articles: tuple[Article, ...]
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    relations: tuple[Relation, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    rejected: tuple[RejectedNumber, ...] = ()
    sources: tuple[Source, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    def actor(self, actor_id: str) -> Actor | None:
        """Look an actor up by id (None when unknown)."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def sentence(self, ref: SentenceRef) -> Sentence | None:
        """Look a sentence up by reference."""
        for art in self.articles:
            if art.id == ref.article_id and 0 <= ref.index < len(art.sentences):
                return art.sentences[ref.index]
        return None
