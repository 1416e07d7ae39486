"""The word lists of general news language, one typed face per data file.

Each face is a frozen dataclass built once from its file of generator/data/ (and
checked against the file's `SHAPE` first): a list of words becomes a frozenset (a
tuple where order matters), a table of word classes becomes the index an extractor
asks ("which relation kind does this verb lemma say?"). Extractors read attributes,
never keys of YAML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .casualty_words import CasualtyWords
from .face import Face, _words_shape, frozen
from .schema import ACTOR_TYPE, RELATION_KIND, Flag, Record, Table, Text, Words


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
    route_nouns: frozenset[str]
    locative_preps: frozenset[str]
    boilerplate: frozenset[str]
    byline_cues: tuple[str, ...]
    state_name_words: frozenset[str]
    not_actors: frozenset[str]
    state_heads: frozenset[str]
    alias_heads: frozenset[str]
    group_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    monitor_nouns: frozenset[str]
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
    client_nouns: frozenset[str]
    origin_nouns: frozenset[str]
    light_verbs: frozenset[str]
    keep_in_power: frozenset[str]
    campaign_verbs: frozenset[str]
    pairing_verbs: frozenset[str]
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
    receiving_verbs: frozenset[str]
    reliance_verbs: frozenset[str]
    received_support: frozenset[str]  # what a receiver gets from a backer: weapons, training, funding
    rivalry_nouns: frozenset[str]
    deeming_verbs: frozenset[str]
    designation_adjectives: frozenset[str]
    attempt_nouns: frozenset[str]
    circumstance_marks: frozenset[str]
    reprisal_nouns: frozenset[str]
    reprisal_verbs: frozenset[str]
    patient_of_nouns: frozenset[str]
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
    taken_lives: frozenset[str]
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
    town_object_verbs: frozenset[str]
    place_parts: frozenset[str]
    holding_participles: frozenset[str]
    detachment_nouns: frozenset[str]
    renegade_nouns: frozenset[str]
    military_assets: frozenset[str]
    launch_verbs: frozenset[str]
    control_nouns: frozenset[str]
    particles: frozenset[str]


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
