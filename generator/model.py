"""The briefing's data model: plain frozen dataclasses.

Nothing here knows about spaCy, files or HTML, so every stage can be tested
on hand-built objects and the renderers can never reach back into the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any, Literal, get_args

ActorType = Literal[
    "state",
    "armed_group",
    "militia",
    "political_organisation",
    "international_organisation",
    "government_agency",
    "ngo",
    "media",
    "bloc",
    "person",
    "organisation",
]
# How each actor type reads on the site, in the order the site lists them
# (types in the spirit of ACLED's actor categories).
ACTOR_TYPE_LABELS: dict[str, str] = {
    "state": "State",
    "armed_group": "Armed group",
    "militia": "Militia",
    "political_organisation": "Political organisation",
    "international_organisation": "International organisation",
    "government_agency": "Government agency",
    "ngo": "NGO or monitor",
    "media": "Media",
    "bloc": "Group of states",
    "person": "Person",
    "organisation": "Organisation",
}
assert tuple(ACTOR_TYPE_LABELS) == get_args(ActorType)

Polarity = Literal["cooperative", "hostile", "neutral"]


@dataclass(frozen=True)
class KindSpec:
    """What a relation kind means for the briefing: its sign, whether it says how an
    actor is made up (part of, led by) rather than what it does, and whether a generic
    group's relation of this kind reaches the named groups it includes."""

    polarity: Polarity
    structural: bool = False
    spreads: bool = True


# Every relation kind, in one place: extraction, merging, curation and rendering read it.
# A new kind is a line here and its words in generator/data/relations.yml.
RELATION_KINDS: dict[str, KindSpec] = {
    "support": KindSpec("cooperative"),
    "alliance": KindSpec("cooperative", spreads=False),
    "membership": KindSpec("cooperative", structural=True, spreads=False),
    "leadership": KindSpec("cooperative", structural=True, spreads=False),
    "attack": KindSpec("hostile"),
    "fighting": KindSpec("hostile"),
    "accusation": KindSpec("hostile"),
    "threat": KindSpec("hostile"),
    "designation": KindSpec("hostile"),
    "praise": KindSpec("cooperative"),
    "contact": KindSpec("neutral"),
    "sanction": KindSpec("hostile"),
    "control": KindSpec("cooperative"),
    "offshoot": KindSpec("neutral"),
    "opposition": KindSpec("hostile"),
}
RelationKind = Literal[tuple(RELATION_KINDS)]  # type: ignore[valid-type]  # the closed set, for the schema


def polarity_of(kind: str) -> Polarity:
    """The sign of a relation kind."""
    return RELATION_KINDS[kind].polarity


Outcome = Literal["killed", "injured", "missing", "displaced", "detained", "casualties"]
Precision = Literal["year", "month", "week", "day"]
SourceKind = Literal[ActorType, "article", "unknown"]


def type_label(actor_type: str) -> str:
    """The reader's name for an actor type."""
    return ACTOR_TYPE_LABELS.get(actor_type, ACTOR_TYPE_LABELS["organisation"])


def exported(name: str | None = None, via: Any = None, schema: dict | None = None, flatten: bool = False) -> Any:
    """Field metadata for the JSON export: its key (`name`), a conversion (`via`)
    with the JSON Schema of what it gives (`schema`), or `flatten` into the parent."""
    meta: dict[str, Any] = {"flatten": flatten}
    if name:
        meta["json"] = name
    if via is not None:
        meta["via"], meta["schema"] = via, schema
    return meta


def _file_name(path: str) -> str:
    """Only the file name of an input is published, never where it lies on the machine."""
    return PurePath(path).name


@dataclass(frozen=True, order=True)
class SentenceRef:
    """Where a fact comes from: one sentence of one article."""

    article_id: str = field(metadata=exported("article"))
    index: int = field(metadata=exported("sentence"))


@dataclass(frozen=True)
class Sentence:
    """A cleaned sentence; captions are kept apart from body text."""

    ref: SentenceRef = field(metadata=exported("index", via=lambda r: r.index, schema={"type": "integer"}))
    text: str
    is_caption: bool = field(default=False, metadata=exported("caption"))
    page: int | None = None  # the page of a PDF report the sentence begins on (1 is the first)


@dataclass(frozen=True)
class Article:
    """One input article after cleaning."""

    id: str
    title: str
    path: str = field(metadata=exported("file", via=_file_name, schema={"type": "string"}))
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
    ref: SentenceRef = field(metadata=exported(flatten=True))


@dataclass(frozen=True)
class Actor:
    """A state, organisation, armed group or person taking part in events."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    description: str | None = None
    mentions: tuple[Mention, ...] = ()
    long_name: str | None = None  # what an acronym stands for, from the text or a gazetteer
    generic: bool = False  # named only by a role noun ("militants"): never merged by name across articles
    curated: tuple[str, ...] = ()  # what an analyst changed (curation.yml), shown on the site


@dataclass(frozen=True)
class Place:
    """A location named in the text (never an actor): one place whatever its spelling, the
    town of the world it is when that is known."""

    id: str
    name: str
    mentions: tuple[Mention, ...] = ()
    aliases: tuple[str, ...] = ()  # other spellings the articles give it ("Khan Sheikhoun")
    country: str | None = None  # the state it lies in, when it was located
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None  # the GeoNames town it was resolved to
    state: bool = False  # a state of the world ("Syria"): named on the map, never a point on it


@dataclass(frozen=True)
class Relation:
    """A directed, signed link between two actors."""

    source: str
    target: str
    kind: RelationKind
    polarity: Polarity
    cue: str
    evidence: tuple[SentenceRef, ...]
    inferred: bool = False
    note: str | None = None  # an analyst's relation (curation.yml) has a note instead of evidence
    rules: tuple[str, ...] = ()  # the ids of the rules that stated it (extract/facts/relations/table.py)


@dataclass(frozen=True)
class Casualty:
    """A reported count of people killed, injured, displaced..."""

    id: str
    text: str
    count: int | None
    low: int | None
    high: int | None
    vague: bool
    outcome: Outcome
    victims: str
    evidence: tuple[SentenceRef, ...]
    qualifier: str | None = None
    part_of: str | None = None
    reported_by: str | None = None
    place: str | None = None
    when: str | None = None
    cumulative: bool = False
    rule: str = ""  # how the figure was read (extract/facts/casualties.py)


@dataclass(frozen=True)
class Incident:
    """One event reported by several articles: their figures side by side, the range
    from the lowest to the highest report as the briefing's figure (never their sum)."""

    id: str
    date: str | None  # ISO day
    place: str | None
    outcome: Outcome
    low: int
    high: int
    figures: tuple[str, ...]  # casualty ids, one per report


@dataclass(frozen=True)
class RejectedNumber:
    """A number that is not a casualty figure, kept so readers can audit."""

    text: str
    reason: str
    ref: SentenceRef = field(metadata=exported("evidence"))


@dataclass(frozen=True)
class Source:
    """An attribution: who said what, through which outlet."""

    name: str
    kind: SourceKind
    cue: str
    content: str
    ref: SentenceRef | None = field(metadata=exported("evidence"))
    actor: str | None = None
    outlet: str | None = None
    is_quote: bool = field(default=False, metadata=exported("quote"))
    rule: str = ""  # how the attribution was read (extract/facts/sources.py)


@dataclass(frozen=True)
class Event:
    """A dated happening, with its date normalised to ISO form."""

    date: str
    date_text: str
    text: str
    ref: SentenceRef = field(metadata=exported("evidence"))
    precision: Precision = "day"
    rule: str = "date-phrase"  # how the date was read


@dataclass(frozen=True)
class Problem:
    """An input file that could not be used, and why."""

    path: str = field(metadata=exported("file", via=_file_name, schema={"type": "string"}))
    message: str


@dataclass(frozen=True)
class Analysis:
    """One article on its own: what its text gives, or the problem that kept it out. The unit
    that is cached, computed in parallel and merged into the Briefing (merge.py)."""

    article: Article | None
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    relations: tuple[Relation, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    rejected: tuple[RejectedNumber, ...] = ()
    sources: tuple[Source, ...] = ()
    events: tuple[Event, ...] = ()
    problem: Problem | None = None


@dataclass(frozen=True)
class Briefing:
    """Everything extracted from a set of articles.

    The analyses of single articles merged: what the site and the export show."""

    articles: tuple[Article, ...]
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    relations: tuple[Relation, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    rejected: tuple[RejectedNumber, ...] = field(default=(), metadata=exported("rejected_numbers"))
    sources: tuple[Source, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    incidents: tuple[Incident, ...] = ()

    def actor(self, actor_id: str) -> Actor | None:
        """Look an actor up by id (None when unknown)."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def sentence(self, ref: SentenceRef) -> Sentence | None:
        """Look a sentence up by reference."""
        for art in self.articles:
            if art.id == ref.article_id and 0 <= ref.index < len(art.sentences):
                return art.sentences[ref.index]
        return None
