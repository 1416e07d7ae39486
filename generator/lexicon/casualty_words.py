"""The face of casualties.yml: what turns a number into a casualty figure, and what does not."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .face import Face, _words_shape, frozen
from .schema import OUTCOME, Bound, OneOf, Record, Row, Table, Words


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
