"""What every relation rule works with, and what it gives.

A rule reads one token of one resolved sentence and yields `Edge`s: a source, a
target, a relation kind and the cue word the site shows. The table (table.py) tags
each edge with the rule's id and the kind's polarity (model.RELATION_KINDS), so a
rule never states a sign and every relation can say which rule found it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from ....lexicon import ActorWords, Lexicon, RelationWords
from ....model import SentenceRef
from ....parsetree import Token
from ...context import SentenceActors
from ...syntax import Syntax, syntax_of
from ...tree import governing_verb, is_passive


@dataclass(frozen=True)
class RawRelation:
    """One sentence's statement of a relation, before statements are gathered."""

    source: str
    target: str
    kind: str
    polarity: str
    cue: str
    ref: SentenceRef
    rule: str
    inferred: bool = False


class Edge(NamedTuple):
    """What a rule finds: who relates to whom, how, and the word that says so."""

    source: str
    target: str
    kind: str
    cue: str


def cross(sources: Iterable[str], targets: Iterable[str], kind: str, cue: str) -> Iterator[Edge]:
    """Every source with every target (each once, in text order), never an actor with itself."""
    targets = list(dict.fromkeys(targets))
    for a in dict.fromkeys(sources):
        for b in targets:
            if a != b:
                yield Edge(a, b, kind, cue)


def together(named: list[str], kind: str, cue: str) -> Iterator[Edge]:
    """Each pair of actors named together, once."""
    for i, a in enumerate(named):
        for b in named[i + 1 :]:
            yield Edge(a, b, kind, cue)


@dataclass(frozen=True)
class VerbFrame:
    """A verb's parties, worked out once for every rule that reads verbs, and only when a rule
    asks for them: most verbs are of no kind a rule reads, and finding parties walks the parse."""

    verb: Token
    lemma: str
    kind: str | None  # the relation kind the verb says, if any
    passive: bool
    find: Callable[[], tuple[list[str], list[str]]] = field(repr=False, compare=False)

    @cached_property
    def parties(self) -> tuple[list[str], list[str]]:
        return self.find()

    @property
    def agents(self) -> list[str]:
        return self.parties[0]

    @property
    def patients(self) -> list[str]:
        return self.parties[1]


def attributive(verb: Token) -> bool:
    """A participle the parser made a verb conjoined to the one before, though it qualifies the
    bare noun right after it ("clashed with the troops and allied militias", "fought police
    and armed villagers"): it has no subject of its own and says nothing of the first verb's."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBN"} or verb.i < 1 or verb.doc[verb.i - 1].dep_ != "cc":
        return False
    noun = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        noun is not None
        and noun.head.i == verb.i
        and noun.dep_ == "dobj"
        and noun.tag_ in {"NNS", "NNPS"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


@dataclass
class RuleContext:
    """The word lists and actor types rules read, and the parse questions they ask."""

    types: Mapping[str, str]
    syn: Syntax
    words: RelationWords
    actors: ActorWords
    victim_verbs: frozenset[str] = frozenset()  # "died": the subject is the one who suffers
    harm_verbs: frozenset[str] = frozenset()  # "killed", "wounded", "hit": what an attack does to its target
    _frames: dict[tuple[int, int], VerbFrame | None] = field(default_factory=dict)
    last_attackers: list[str] = field(default_factory=list)  # who did the article's last attack, if known
    attacks: list[tuple[frozenset[str], list[str]]] = field(default_factory=list)  # (nouns, doers) of each

    @classmethod
    def of(cls, types: Mapping[str, str], lex: Lexicon) -> RuleContext:
        harm = frozenset(lex.casualties.verbs) | lex.relations.verbs_of("attack")
        return cls(types, syntax_of(lex), lex.relations, lex.actors, lex.casualties.victim_subject_verbs, harm)

    def not_persons(self, ids: Iterable[str]) -> list[str]:
        return [a for a in ids if self.types.get(a) != "person"]

    def frame(self, s: SentenceActors, verb: Token) -> VerbFrame | None:
        """The parties of a verb that is not negated (None for any other token)."""
        key = (id(s), verb.i)
        if key not in self._frames:
            self._frames[key] = self._frame(s, verb)
        return self._frames[key]

    def _frame(self, s: SentenceActors, verb: Token) -> VerbFrame | None:
        if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children) or attributive(verb):
            return None
        lemma = verb.lemma_.lower()
        kind = self.words.verbs.get(lemma)
        if is_passive(verb):
            return VerbFrame(verb, lemma, kind, True, lambda: self._passive_parties(s, verb, kind))
        return VerbFrame(verb, lemma, kind, False, lambda: self._active_parties(s, verb, kind))

    def _passive_parties(self, s: SentenceActors, verb: Token, kind: str | None) -> tuple[list[str], list[str]]:
        syn = self.syn
        agents, patients = syn.passive_agents(s, verb), syn.passive_patients(s, verb)
        if kind == "designation" and not agents:  # "outlawed in Russia", "listed as a terror group by X"
            agents = [
                a
                for a in syn.prep_objects(s, verb, {"in", "by"}) + self._designated_as(s, verb)
                if self.types.get(a) in self.words.designators
            ]
        event = verb.dep_ == "acl" and verb.head.lemma_.lower() in self.words.lemmas
        if kind == "support" and not patients and event:
            # "killed 30 militants in an operation backed by Chadian troops": the operation's side is backed
            governing = governing_verb(verb.head)
            patients = syn.subjects(s, governing) if governing is not None else []
        return agents, patients

    def _active_parties(self, s: SentenceActors, verb: Token, kind: str | None) -> tuple[list[str], list[str]]:
        syn = self.syn
        agents, patients = syn.subjects(s, verb), syn.objects(s, verb)
        if not agents and verb.dep_ == "relcl":
            event = self._described_event(verb.head)
            # "claimed the bombing, which targeted X": the claimer
            agents = self._event_doers(s, event) if event is not None else []
        # "repelled attacks by the Wagner Group": the attackers are the object
        events = [c for c in verb.children if c.dep_ == "dobj" and not s.actors_at(c)]
        patients += [a for c in events for a in self.event_agents(s, c)]
        if any(c.lemma_.lower() in self.words.nouns for c in events):
            patients += self.by_agents(s, verb)  # "beat back raids by X", the "by" hung from the verb
        if kind in {"attack", "fighting"} and events and not patients:
            patients += syn.prep_objects(s, verb, {"from"})  # "killed dozens of fighters from X", "from" hung high
        if kind == "attack" and not patients:
            patients += syn.held_places(s, verb)  # "shelled homes in rebel-held districts"
        return agents, patients

    def remember_attackers(self, s: SentenceActors) -> None:
        """Who carried out the attacks of a sentence, for "condemned the attack" in a later one:
        the doers of a verb of attack (none when it does not say, as of "gunmen killed five"),
        or the owner of a noun of attack ("a bombing by X")."""
        attacked = False
        for tok in s.doc:
            frame = self.frame(s, tok)
            spec = self.words.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
            if frame is not None and frame.kind == "attack":
                self.last_attackers, attacked = self.not_persons(frame.agents), True
            elif spec is not None and spec.kind == "attack":
                owners = self.event_agents(s, tok)
                self.last_attackers = self.not_persons(owners) if owners else self.last_attackers
                attacked = True
        if attacked and self.last_attackers:
            nouns = frozenset(t.lemma_.lower() for t in s.doc if t.pos_ in {"NOUN", "PROPN"})
            self.attacks.append((nouns, self.last_attackers))

    def attackers_of(self, noun: Token) -> list[str]:
        """Who did the attack a noun describes by what it struck ("condemned the hotel attack", "the
        attack on the camp"): the doers of the latest attack told with that word, else the last
        attack's."""
        words = [c for c in noun.children if c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "PROPN"}]
        words += [p for c in noun.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for nouns, doers in reversed(self.attacks):
            if any(w.lemma_.lower() in nouns for w in words):
                return doers
        return self.last_attackers

    def _described_event(self, noun: Token) -> Token | None:
        """The event a relative clause tells the outcome of: the noun it hangs from, or, when the
        parser hung it on the place after the event ("conducted an airstrike at a location in X that
        killed ...", a clause put after the place phrase), the event noun that place phrase belongs to."""
        if noun.lemma_.lower() in self.words.lemmas:
            return noun
        if noun.dep_ != "pobj" or noun.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return None
        prep = noun.head
        while prep.dep_ == "prep" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
            prep = prep.head.head  # "at a location in northern X": up to the first place phrase
        owner = prep.head
        if owner.pos_ in {"NOUN", "PROPN"}:
            return owner if owner.lemma_.lower() in self.words.lemmas else None
        events = [c for c in owner.children if c.dep_ == "dobj" and c.lemma_.lower() in self.words.lemmas]
        return events[0] if prep.lower_ in self.actors.locative_preps and events else None

    def _event_doers(self, s: SentenceActors, event: Token) -> list[str]:
        """Who carried out an event a relative clause describes: its owner or "by" phrase, else
        the subject of the light verb it hangs from ("the group claimed the bombing, which ...",
        "the army launched an offensive that ..."); a verb that undergoes it ("repelled the
        offensive, which ...") says nothing of who did it."""
        owners = self.event_agents(s, event)
        if owners:
            return owners
        governing = governing_verb(event)
        if governing is None or governing.lemma_.lower() not in self.words.light_verbs:
            return []
        return self.syn.subjects(s, governing)

    def _designated_as(self, s: SentenceActors, verb: Token) -> list[str]:
        ids: list[str] = []
        for c in verb.children:
            named = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            for p in named:
                if (
                    p.dep_ in {"pobj", "oprd", "attr", "dobj", "xcomp"}
                    and p.lemma_.lower() in self.words.designation_nouns
                ):
                    ids += self.syn.prep_objects(s, p, {"in", "by"})
        return ids

    def event_agents(self, s: SentenceActors, tok: Token) -> list[str]:
        """ "counter attacks against the HTS offensive", "attacks by Wagner", "an attempt by X to
        advance": the owner of the attack."""
        if tok.lemma_.lower() not in self.words.nouns and tok.lemma_.lower() not in self.words.attempt_nouns:
            return []
        owners = [a for c in tok.children if c.dep_ in {"poss", "compound", "amod"} for a in s.actors_at(c)]
        by = [c for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]
        return owners + [a for c in by for p in c.children if p.dep_ == "pobj" for a in self.syn.agents_of_np(s, p)]

    def by_agents(self, s: SentenceActors, tok: Token) -> list[str]:
        """The actors of a "by" phrase under a word ("attacks by X and Y")."""
        return [
            a
            for c in tok.children
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.syn.agents_of_np(s, p)
        ]
