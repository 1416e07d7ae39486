"""The word lists of general news language, one typed face per data file.

Each face is a frozen dataclass built once from its file of generator/data/ (and
checked against the file's `SHAPE` first): a list of words becomes a frozenset (a
tuple where order matters), a table of word classes becomes the index an extractor
asks ("which relation kind does this verb lemma say?"). Extractors read attributes,
never keys of YAML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, ClassVar

from .schema import ACTOR_TYPE, OUTCOME, RELATION_KIND, Bound, Flag, OneOf, Record, Row, Table, Text, Words


def frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


class Face:
    """A face's plain word-list fields are filled from the keys of the same name."""

    SHAPE: ClassVar[Record]

    @classmethod
    def build(cls, data: Mapping) -> Any:
        """The face of a file whose every key is a plain list of words (others override this)."""
        return cls(**cls.lists(data))

    @classmethod
    def lists(cls, data: Mapping) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.init and isinstance(cls.SHAPE.fields.get(f.name), Words):
                items = data.get(f.name) or ()
                out[f.name] = tuple(items) if str(f.type).startswith("tuple") else frozenset(items)
        return out


def _words_shape(cls: type, exclude: frozenset[str] = frozenset(), **special: Any) -> Record:
    """The shape of a face's file: a key per field, a list of words unless said otherwise
    (`exclude`: fields built from keys of other names)."""
    shapes = {f.name: special.get(f.name, Words()) for f in fields(cls) if f.init and f.name not in exclude}
    return Record({**shapes, **{k: v for k, v in special.items() if k not in shapes}})


# ---- actors.yml ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Role:
    """A collective noun for an armed actor ("rebels", "government forces")."""

    key: str
    type: str
    label: str
    nouns: tuple[str, ...]
    state: bool
    singular: bool = False


@dataclass(frozen=True)
class ActorWords(Face):
    """How news names, titles and types the actors of a war (actors.yml)."""

    name_heads: Mapping[str, str]  # a word of a name -> the actor type it gives
    roles: tuple[Role, ...]
    armed_name_markers: frozenset[str]
    state_nouns: frozenset[str]
    person_titles: frozenset[str]
    leader_titles: frozenset[str]
    first_name_titles: frozenset[str]
    name_particles: frozenset[str]
    place_nouns: frozenset[str]
    locative_preps: frozenset[str]
    boilerplate: frozenset[str]
    byline_cues: tuple[str, ...]
    state_name_words: frozenset[str]
    not_actors: frozenset[str]
    state_heads: frozenset[str]
    alias_heads: frozenset[str]
    group_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    outlet_staff: frozenset[str]
    office_nouns: frozenset[str]
    cut_words: frozenset[str]
    name_hedges: frozenset[str]
    role_quantifiers: frozenset[str]
    bare_state_nouns: frozenset[str]
    not_the_state: frozenset[str]
    member_titles: frozenset[str]
    head_of_state_titles: frozenset[str]
    leader_bodies: frozenset[str]
    personal_forces: frozenset[str]
    plain_heads: frozenset[str]
    name_articles: frozenset[str]
    media_suffixes: frozenset[str]
    honorifics: frozenset[str]
    person_name_articles: frozenset[str]
    name_conjunctions: frozenset[str]
    role_by_noun: Mapping[str, Role] = field(init=False)

    def __post_init__(self) -> None:
        from .folding import fold

        object.__setattr__(self, "role_by_noun", frozen({fold(n): r for r in self.roles for n in r.nouns}))

    @classmethod
    def build(cls, data: Mapping) -> ActorWords:
        heads: dict[str, str] = {}
        for type_, words in (data.get("name_heads") or {}).items():
            for w in words:
                heads.setdefault(w, type_)
        roles = tuple(
            Role(key, r["type"], r["label"], tuple(r["nouns"]), bool(r.get("state")), bool(r.get("singular")))
            for key, r in (data.get("roles") or {}).items()
        )
        return cls(name_heads=frozen(heads), roles=roles, **cls.lists(data))


ROLE = Record(
    {"type": ACTOR_TYPE, "label": Text(), "nouns": Words(), "state": Flag(), "singular": Flag()},
    frozenset({"type", "label", "nouns"}),
)
ActorWords.SHAPE = _words_shape(
    ActorWords,
    name_heads=Table(Words(), keys=ACTOR_TYPE, disjoint=True),
    roles=Table(ROLE, disjoint=("nouns",)),
)


# ---- relations.yml ------------------------------------------------------------------------
@dataclass(frozen=True)
class NounClass:
    """A noun of a relation ("backing", "offensive"): its kind and the prepositions of its target."""

    kind: str
    preps: frozenset[str]


@dataclass(frozen=True)
class Compound:
    """A participle after a hyphen ("Iran-backed"); with `member_first` the modified group is the member."""

    kind: str
    member_first: bool = False


@dataclass(frozen=True)
class RelationWords(Face):
    """Verbs, nouns and phrases of cooperation and conflict (relations.yml)."""

    verbs: Mapping[str, str]  # lemma -> relation kind
    nouns: Mapping[str, NounClass]  # lemma -> its class
    compounds: Mapping[str, Compound]  # "backed" -> support
    prefixes: Mapping[str, str]  # "pro" -> alliance
    adjectives: Mapping[str, NounClass]  # "loyal" -> support, with "to"
    reciprocal: frozenset[str]
    from_hostile: frozenset[str]
    with_hostile: frozenset[str]
    clash_verbs: frozenset[str]
    hostile_exchanges: frozenset[str]
    part_nouns: frozenset[str]
    backer_nouns: frozenset[str]
    origin_nouns: frozenset[str]
    light_verbs: frozenset[str]
    keep_in_power: frozenset[str]
    campaign_verbs: frozenset[str]
    companion_words: frozenset[str]
    companion_adverbs: frozenset[str]
    designation_nouns: frozenset[str]
    designators: frozenset[str]
    power_nouns: frozenset[str]
    membership_verbs: Mapping[str, frozenset[str]]  # verb -> the prepositions of the body
    verbs_with_preps: Mapping[str, NounClass]  # "fire" -> attack, with "on" and "at"
    inclusion_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    giving_verbs: frozenset[str]
    rivalry_nouns: frozenset[str]
    deeming_verbs: frozenset[str]
    designation_adjectives: frozenset[str]
    attempt_nouns: frozenset[str]
    lemmas: frozenset[str] = field(init=False)  # every verb and noun of a relation

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "lemmas", frozenset(self.verbs) | frozenset(self.nouns) | frozenset(self.verbs_with_preps)
        )

    def verbs_of(self, kind: str) -> frozenset[str]:
        """The verb lemmas of one relation kind."""
        return frozenset(lemma for lemma, k in self.verbs.items() if k == kind)

    @classmethod
    def build(cls, data: Mapping) -> RelationWords:
        nouns = {
            lemma: NounClass(c["kind"], frozenset(c.get("preps") or ()))
            for c in (data.get("nouns") or {}).values()
            for lemma in c["lemmas"]
        }
        return cls(
            verbs=frozen({lemma: c["kind"] for c in (data.get("verbs") or {}).values() for lemma in c["lemmas"]}),
            nouns=frozen(nouns),
            compounds=frozen(
                {w: Compound(c["kind"], bool(c.get("member_first"))) for w, c in (data.get("compounds") or {}).items()}
            ),
            prefixes=frozen({w: c["kind"] for w, c in (data.get("prefixes") or {}).items()}),
            adjectives=frozen(
                {w: NounClass(c["kind"], frozenset(c["preps"])) for w, c in (data.get("adjectives") or {}).items()}
            ),
            membership_verbs=frozen({v: frozenset(p) for v, p in (data.get("membership_verbs") or {}).items()}),
            verbs_with_preps=frozen(
                {
                    v: NounClass(c["kind"], frozenset(c["preps"]))
                    for v, c in (data.get("verbs_with_preps") or {}).items()
                }
            ),
            **cls.lists(data),
        )


_CLASS = Record({"kind": RELATION_KIND, "lemmas": Words()}, frozenset({"kind", "lemmas"}))
_NOUNS = Record({"kind": RELATION_KIND, "preps": Words(), "lemmas": Words()}, frozenset({"kind", "preps", "lemmas"}))
RelationWords.SHAPE = _words_shape(
    RelationWords,
    verbs=Table(_CLASS, disjoint=("lemmas",)),
    nouns=Table(_NOUNS, disjoint=("lemmas",)),
    compounds=Table(Record({"kind": RELATION_KIND, "member_first": Flag()}, frozenset({"kind"}))),
    prefixes=Table(Record({"kind": RELATION_KIND}, frozenset({"kind"}))),
    adjectives=Table(Record({"kind": RELATION_KIND, "preps": Words()}, frozenset({"kind", "preps"}))),
    designators=Words(ACTOR_TYPE),
    membership_verbs=Table(Words()),
    verbs_with_preps=Table(Record({"kind": RELATION_KIND, "preps": Words()}, frozenset({"kind", "preps"}))),
)


# ---- casualties.yml -----------------------------------------------------------------------
@dataclass(frozen=True)
class KillingPhrases:
    """Killing said in two words: "shot dead", "gunned down", "beaten to death"."""

    complements: frozenset[str] = frozenset()
    particles: Mapping[str, frozenset[str]] = field(default_factory=dict)  # particle -> verbs
    objects_of_to: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cumulative:
    """What makes a toll one of a war or a period to date."""

    clause_words: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    war_nouns: frozenset[str] = frozenset()
    toll_words: frozenset[str] = frozenset()
    event_ceiling: int | None = None  # a toll of the dead this large counts a war, not an event


@dataclass(frozen=True)
class SubsetCues:
    prepositions: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CasualtyWords(Face):
    """What turns a number into a casualty figure, and what does not (casualties.yml)."""

    verbs: Mapping[str, str]  # lemma -> outcome
    adjectives: Mapping[str, str]
    nouns: Mapping[str, str]
    victims: Mapping[str, str]  # noun -> victim category
    vague: Mapping[str, tuple[int | None, int | None]]  # "dozens" -> (24, None)
    qualifiers: Mapping[str, str]  # "at least" -> lower
    killing_phrases: KillingPhrases
    cumulative: Cumulative
    subset_cues: SubsetCues
    not_people: frozenset[str]
    victim_subject_verbs: frozenset[str]
    weak_outcome_nouns: frozenset[str]
    before_outcome: frozenset[str]
    killing_objects: Mapping[str, frozenset[str]]  # verb -> the objects it kills with
    finding_verbs: frozenset[str]  # "recovered 12 bodies": the dead, counted by finding them
    body_nouns: frozenset[str]
    toll_nouns: frozenset[str]
    age_words: frozenset[str]
    age_phrases: frozenset[str]
    unspecific_victims: frozenset[str]
    vague_ceiling: int | None = None  # vague magnitudes of the dead from here on are no counts

    @classmethod
    def build(cls, data: Mapping) -> CasualtyWords:
        parts: dict[str, dict[str, str]] = {"verbs": {}, "adjectives": {}, "nouns": {}}
        for outcome, words in (data.get("outcomes") or {}).items():
            for part, index in parts.items():
                for w in words.get(part) or ():
                    index.setdefault(w, outcome)
        kp = data.get("killing_phrases") or {}
        cum = data.get("cumulative") or {}
        sub = data.get("subset_cues") or {}
        return cls(
            **{part: frozen(index) for part, index in parts.items()},
            victims=frozen({w: cat for cat, words in (data.get("victims") or {}).items() for w in words}),
            vague=frozen({k: (v[0], v[1]) for k, v in (data.get("vague") or {}).items()}),
            qualifiers=frozen(data.get("qualifiers") or {}),
            killing_phrases=KillingPhrases(
                frozenset(kp.get("complements") or ()),
                frozen({p: frozenset(v) for p, v in (kp.get("particles") or {}).items()}),
                frozenset(kp.get("objects_of_to") or ()),
            ),
            cumulative=Cumulative(
                frozenset(cum.get("clause_words") or ()),
                tuple(cum.get("phrases") or ()),
                frozenset(cum.get("war_nouns") or ()),
                frozenset(cum.get("toll_words") or ()),
                cum.get("event_ceiling"),
            ),
            vague_ceiling=data.get("vague_ceiling"),
            subset_cues=SubsetCues(frozenset(sub.get("prepositions") or ()), tuple(sub.get("phrases") or ())),
            killing_objects=frozen({v: frozenset(o) for v, o in (data.get("killing_objects") or {}).items()}),
            **cls.lists(data),
        )


_OUTCOME_WORDS = Record({"verbs": Words(), "adjectives": Words(), "nouns": Words()})
CasualtyWords.SHAPE = _words_shape(
    CasualtyWords,
    exclude=frozenset({"verbs", "adjectives", "nouns"}),
    outcomes=Table(_OUTCOME_WORDS, keys=OUTCOME, disjoint=("verbs", "adjectives", "nouns")),
    victims=Table(Words(), disjoint=True),
    vague=Table(Row((Bound(), Bound()), ("low", "high"))),
    qualifiers=Table(OneOf(frozenset({"lower", "above", "upper", "below", "about"}), "a qualifier")),
    killing_phrases=Record({"complements": Words(), "particles": Table(Words()), "objects_of_to": Words()}),
    cumulative=Record(
        {**{k: Words() for k in ("clause_words", "phrases", "war_nouns", "toll_words")}, "event_ceiling": Bound()}
    ),
    vague_ceiling=Bound(),
    subset_cues=Record({"prepositions": Words(), "phrases": Words()}),
    killing_objects=Table(Words()),
)


# ---- attribution.yml, phrases.yml, text.yml ------------------------------------------------
@dataclass(frozen=True)
class AttributionWords(Face):
    """How news attributes what it reports to a source (attribution.yml)."""

    reporting_verbs: frozenset[str]
    publish_verbs: frozenset[str]
    report_nouns: frozenset[str]
    saying_verbs: frozenset[str]
    outlet_verbs: frozenset[str]
    proxy_nouns: frozenset[str]
    according_to: tuple[str, ...]
    past_markers: frozenset[str]
    statement_acts: frozenset[str]
    plain_verbs: frozenset[str]
    exhorting_verbs: frozenset[str]
    relaying_verbs: frozenset[str]


@dataclass(frozen=True)
class PhraseWords(Face):
    """Nouns and verbs the parse questions read: which phrase names whom, what is a place (phrases.yml)."""

    quantity_heads: frozenset[str]
    presence_nouns: frozenset[str]
    territory: frozenset[str]
    stand_in_nouns: frozenset[str]
    object_control: frozenset[str]
    place_object_verbs: frozenset[str]
    place_parts: frozenset[str]
    holding_participles: frozenset[str]
    detachment_nouns: frozenset[str]
    renegade_nouns: frozenset[str]
    military_assets: frozenset[str]


@dataclass(frozen=True)
class TextWords(Face):
    """Words of pages and prose before any parse (text.yml)."""

    page_furniture: tuple[str, ...]
    english_function_words: frozenset[str]


AttributionWords.SHAPE = _words_shape(AttributionWords)
PhraseWords.SHAPE = _words_shape(PhraseWords)
TextWords.SHAPE = _words_shape(TextWords)

# The general files, by name, and the face each gives.
FACES: dict[str, type[Face]] = {
    "actors": ActorWords,
    "relations": RelationWords,
    "casualties": CasualtyWords,
    "attribution": AttributionWords,
    "phrases": PhraseWords,
    "text": TextWords,
}
