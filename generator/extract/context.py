"""What extraction steps share about one sentence and one article.

A `MentionSpan` is one naming found in a sentence; an `EntityKey` says which
entity it names (typed fields, never a tuple read by position); a
`SentenceActors` maps each token to the actors it names once resolution is
done; a `Resolution` is the result of resolving a whole briefing. Later steps
(relations, casualties, sources) read these and never change them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ..model import Actor, Place, SentenceRef
from ..parse import ParsedSentence
from ..parsetree import Doc, Token

MentionCategory = Literal["person", "org", "country", "place", "role", "state_role", "pronoun", "unknown"]
KeyKind = Literal["country", "role", "person", "org", "known", "place", "office"]


class Link(NamedTuple):
    """A leadership the resolution establishes itself (an office, a bare "President X")."""

    leader: str
    body: str
    ref: SentenceRef
    cue: str
    rule: str  # the id it is exported with: how the resolution found it


@dataclass
class MentionSpan:
    """One naming of an actor or place in a sentence (filled in while classifying)."""

    start: int
    end: int
    text: str
    category: MentionCategory
    head: int
    type: str | None = None
    country: str | None = None
    role: str | None = None
    qualifier: str | None = None  # country name qualifying a role noun
    backer: bool = False  # the qualifier backs the group ("Iran-backed", "Iran's proxies")
    person: str | None = None  # person text qualifying a state role ("Assad regime")
    agentive: bool = False
    subject: bool = False
    plural: bool = False
    acronym: str | None = None
    title: str | None = None
    leader_of: str | None = None  # country a leader title ties a person to
    description: str | None = None
    type_evidence: bool = False
    tokens: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class EntityKey:
    """Which entity a mention names: the identity actors are grouped by."""

    kind: KeyKind
    name: str | None
    qualifier: str | None = None  # role keys: the country that qualifies the group
    backer: bool = False  # role keys: that country backs the group

    @property
    def generic(self) -> bool:
        """A group named by a role noun ("rebels"), not by a name."""
        return self.kind == "role"


@dataclass
class SentenceActors:
    """Who each token of a sentence refers to, after resolution."""

    parsed: ParsedSentence
    mentions: list[MentionSpan]
    keys: dict[int, EntityKey] = field(default_factory=dict)  # mention index -> entity key
    tokens: dict[int, tuple[str, ...]] = field(default_factory=dict)  # token -> actor ids

    @property
    def doc(self) -> Doc:
        return self.parsed.doc

    @property
    def ref(self) -> SentenceRef:
        return self.parsed.sentence.ref

    @property
    def text(self) -> str:
        return self.parsed.sentence.text

    @property
    def is_caption(self) -> bool:
        return self.parsed.sentence.is_caption

    def actors_at(self, tok: Token) -> tuple[str, ...]:
        return self.tokens.get(tok.i, ())


@dataclass(frozen=True)
class Resolution:
    """The actors and places of a briefing and the per-sentence token maps."""

    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    sentences: dict[str, list[SentenceActors]]  # article id -> sentences
    generic: frozenset[str]  # ids of actors named only by a role noun
    leaders: tuple[Link, ...] = ()  # leadership the resolution itself establishes ("President X")
