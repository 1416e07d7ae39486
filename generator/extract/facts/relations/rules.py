"""Signed, directed relations between actors, from verb and noun classes.

Each rule reads the dependency parse of one sentence: "X-backed Y", a
support or attack verb with its subject and object, a relation noun with
its owner and its "against"/"for" target, "led by", leadership titles,
membership ("is a group in Y", "including fighters from Y") and joint
action by conjoined subjects. Co-occurrence alone never makes a relation.
"""

from __future__ import annotations

from spacy.tokens import Token

from ....lexicon import Lexicon
from ....model import Relation, polarity_of
from ...context import Link, SentenceActors
from ...syntax import Syntax, governing_verb, is_negated, is_passive
from .inference import RawRelation, aggregate, propagate, retarget_leaders

COOPERATIVE, HOSTILE, NEUTRAL = "cooperative", "hostile", "neutral"
DESIGNATORS = {"state", "international_organisation", "bloc", "government_agency"}


class RelationRules:
    """Applies the relation word lists to one sentence at a time."""

    def __init__(self, types: dict[str, str], lex: Lexicon):
        rel = lex.relations
        self.types = types
        self.syn = Syntax(lex)
        self.leader_bodies = lex.actors.leader_bodies
        self.campaign_verbs = lex.relations.campaign_verbs
        self.member_titles = lex.actors.member_titles
        P = polarity_of
        self.prefixes = {w: {"kind": k, "polarity": P(k)} for w, k in rel.prefixes.items()}
        self.type_nouns = frozenset(lex.actors.name_heads)
        self.adjectives = {
            w: {"kind": c.kind, "polarity": P(c.kind), "preps": c.preps} for w, c in rel.adjectives.items()
        }
        self.verbs = {lem: (k, P(k)) for lem, k in rel.verbs.items()}
        self.nouns = {lem: (c.kind, P(c.kind), set(c.preps)) for lem, c in rel.nouns.items()}
        self.compounds = {
            w: {"kind": c.kind, "polarity": P(c.kind), "member_first": c.member_first} for w, c in rel.compounds.items()
        }
        self.reciprocal = rel.reciprocal
        self.with_hostile = rel.with_hostile
        self.from_hostile = rel.from_hostile
        self.member_nouns = rel.part_nouns
        self.origin_nouns = rel.origin_nouns
        self.light_verbs = rel.light_verbs
        self.keep_in_power = rel.keep_in_power
        self.leader_titles = lex.actors.leader_titles

    def sentence(self, s: SentenceActors) -> list[RawRelation]:
        out: list[RawRelation] = []
        for tok in s.doc:
            out += self._compound(s, tok)
            out += self._verb(s, tok)
            out += self._noun(s, tok)
            out += self._leadership(s, tok)
            out += self._membership(s, tok)
            out += self._stance(s, tok)
            out += self._together(s, tok)
        return [r for r in out if r.source != r.target]

    def _together(self, s: SentenceActors, tok: Token) -> list[RawRelation]:
        """ "the regime, along with Russian forces, bombed ...", "fought alongside X": partners."""
        companion = tok.lower_ == "alongside" or (
            tok.lower_ == "with" and tok.i > 0 and s.doc[tok.i - 1].lower_ in {"along", "together"}
        )
        if not companion or tok.dep_ != "prep":
            return []
        partners = [a for p in tok.children if p.dep_ == "pobj" for a in self.syn.np_actors(s, p)]
        head = tok.head
        if head.lower_ in {"along", "together"} and head.head.i != head.i:
            head = head.head  # "the regime, along with X": "with" hangs from "along"
        holders = self.syn.subjects(s, head) if head.pos_ in {"VERB", "AUX"} else self.syn.np_actors(s, head)
        return self._rel(s, holders, partners, "alliance", COOPERATIVE, f"{s.doc[tok.i - 1].lower_} {tok.lower_}")

    def _stance(self, s: SentenceActors, tok: Token) -> list[RawRelation]:
        """ "pro-Turkey rebels", "anti-Assad protesters"; "troops loyal to X", "X is allied with Y"."""
        doc = s.doc
        prefix = self.prefixes.get(tok.lower_)
        if prefix and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
            holder = tok.head
            while holder.dep_ in {"amod", "compound", "npadvmod"} and holder.head.i != holder.i:
                holder = holder.head
            group = self.syn.np_actors(s, holder)
            other = [a for a in s.actors_at(doc[tok.i + 2]) if a not in group]
            return self._rel(s, group, other, prefix["kind"], prefix["polarity"], f"{tok.lower_}-")
        spec = self.adjectives.get(tok.lower_)
        if not spec or tok.pos_ not in {"ADJ", "VERB"}:
            return []
        if tok.dep_ in {"amod", "acl"}:
            holders = self.syn.np_actors(s, tok.head)
        elif tok.dep_ in {"acomp", "oprd"}:
            holders = self.syn.subjects(s, tok.head)
        else:
            return []
        others = self.syn.prep_objects(s, tok, set(spec["preps"]))
        return self._rel(s, holders, others, spec["kind"], spec["polarity"], tok.lower_)

    def _rel(self, s, sources, targets, kind, polarity, cue) -> list[RawRelation]:
        return [
            RawRelation(a, b, kind, polarity, cue, s.ref)
            for a in dict.fromkeys(sources)
            for b in dict.fromkeys(targets)
            if a != b
        ]

    # "Iran-backed militias", "Kurdish-led forces"
    def _compound(self, s: SentenceActors, tok: Token) -> list[RawRelation]:
        """ "Iran-backed militias", "Kurdish-led forces", and "U.S.-backed" kept as one token."""
        glued = "-" in tok.text[1:] and tok.lower_.rsplit("-", 1)[1] in self.compounds
        word = tok.lower_.rsplit("-", 1)[1] if glued else tok.lower_
        spec = self.compounds.get(word)
        split = tok.i > 0 and s.doc[tok.i - 1].text == "-"
        if not spec or tok.dep_ not in {"amod", "compound", "acl"} or not (split or glued):
            return []
        head = tok.head
        targets = set(self.syn.np_actors(s, head))
        modifiers = [tok] if glued else [c for c in tok.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"}]
        named = {a for c in modifiers for a in s.actors_at(c)}
        if not targets and head.lemma_.lower() in self.nouns:  # "involved in a U.S.-backed offensive": whose
            verb = governing_verb(head)
            takers = (self.syn.subjects(s, verb) or self.syn.passive_patients(s, verb)) if verb is not None else []
            targets = (set(self._noun_agents(s, head)) - named) or (set(takers) - named)
        sources = [a for a in named if a not in targets]
        if spec.get("member_first"):
            sources, targets = list(targets), sources
        return self._rel(s, sources, targets, spec["kind"], spec["polarity"], word)

    def _verb(self, s: SentenceActors, tok: Token) -> list[RawRelation]:
        if tok.pos_ not in {"VERB", "AUX"} or is_negated(tok):
            return []
        lemma = tok.lemma_.lower()
        out: list[RawRelation] = []
        spec = self.verbs.get(lemma)
        passive = is_passive(tok)
        if passive:
            agents, patients = self.syn.passive_agents(s, tok), self.syn.passive_patients(s, tok)
            if spec and spec[0] == "designation" and not agents:
                agents = [
                    a
                    for a in self.syn.prep_objects(s, tok, {"in", "by"}) + self._nested_in(s, tok)
                    if self.types.get(a) in DESIGNATORS
                ]
        else:
            agents, patients = self.syn.subjects(s, tok), self.syn.objects(s, tok)
            # "repelled attacks by the Wagner Group": the attackers are the object
            patients += [
                a for c in tok.children if c.dep_ == "dobj" and not s.actors_at(c) for a in self._event_agents(s, c)
            ]
        if spec:
            kind, polarity = spec
            if lemma in self.keep_in_power and not self._in_power(tok):
                pass
            else:
                out += self._rel(s, agents, patients, kind, polarity, lemma)
            if kind == "support" and not passive:
                targets = [
                    a for c in tok.children if c.dep_ == "dobj" for a in self.syn.prep_objects(s, c, {"against"})
                ]
                out += self._rel(s, agents, targets, "fighting", HOSTILE, f"{lemma} against")
            if kind in {"alliance", "contact"}:
                out += self._rel(s, agents, self.syn.prep_objects(s, tok, {"with"}), kind, polarity, lemma)
        if lemma in self.from_hostile and not passive:
            out += self._rel(s, agents, self.syn.prep_objects(s, tok, {"from"}), "fighting", HOSTILE, f"{lemma} from")
        if lemma in self.with_hostile:
            out += self._rel(s, agents, self.syn.prep_objects(s, tok, {"with", "against"}), "fighting", HOSTILE, lemma)
        if lemma in self.keep_in_power and self._in_power(tok):
            out += self._rel(s, agents, patients, "support", COOPERATIVE, "kept in power")
        if spec or lemma in self.campaign_verbs:
            out += self._rel(
                s, agents, self.syn.prep_objects(s, tok, {"against"}), "fighting", HOSTILE, f"{lemma} against"
            )
        if not passive and lemma not in self.reciprocal:
            out += self._joint(s, tok, agents)
        return out

    def _nested_in(self, s: SentenceActors, tok: Token) -> list[str]:
        ids: list[str] = []
        for c in tok.children:
            if c.dep_ == "prep":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in {"organisation", "organization", "group", "entity"}:
                        ids += self.syn.prep_objects(s, p, {"in", "by"})
        return ids

    def _in_power(self, tok: Token) -> bool:
        return any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "power" for p in c.children) for c in tok.children
        )

    def _joint(self, s: SentenceActors, verb: Token, agents: list[str]) -> list[RawRelation]:
        """ "Russia and Iran vowed": conjoined subjects act together."""
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or (len(subj) < 2 and not list(subj[0].conjuncts)) or subj[0].lower_ in {"which", "who"}:
            return []
        named = [a for a in agents if self.types.get(a) != "person"]
        return [
            RawRelation(a, b, "alliance", COOPERATIVE, f"together: {verb.lemma_}", s.ref)
            for i, a in enumerate(named)
            for b in named[i + 1 :]
        ]

    def _noun(self, s: SentenceActors, tok: Token) -> list[RawRelation]:
        spec = self.nouns.get(tok.lemma_.lower()) or self.nouns.get(tok.lower_)
        nominal = tok.pos_ in {"NOUN", "PROPN"} or tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
        if not spec or not nominal:
            return []
        kind, polarity, preps = spec
        agents = self._noun_agents(s, tok)
        targets: list[str] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        targets += self.syn.np_actors(s, p) or self._event_agents(s, p)
        targets = [t for t in targets if t not in agents]
        out = self._rel(s, agents, targets, kind, polarity, tok.lower_)
        if polarity == HOSTILE:  # "fighting between the army and the RSF", "clashes erupted between"
            sides = self.syn.sides(s, tok) or (self.syn.sides(s, tok.head) if tok.dep_ == "nsubj" else [])
            out += [
                RawRelation(a, b, kind, polarity, f"{tok.lower_} between", s.ref)
                for i, side in enumerate(sides)
                for other in sides[i + 1 :]
                for a in side
                for b in other
                if a != b and b not in side
            ]
        holders = [tok] + ([tok.head] if tok.dep_ in {"pobj", "dobj"} else [])
        by = [
            a
            for h in holders
            for c in h.children
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.syn.agents_of_np(s, p)
        ]
        named = list(dict.fromkeys(by))
        out += [
            RawRelation(a, b, "alliance", COOPERATIVE, f"together: {tok.lower_}", s.ref)
            for i, a in enumerate(named)
            for b in named[i + 1 :]
        ]
        return out

    def _noun_agents(self, s: SentenceActors, tok: Token) -> list[str]:
        own = list(s.actors_at(tok))
        for c in tok.children:
            if c.dep_ in {"poss", "compound", "amod", "nmod"}:
                own += s.actors_at(c)
            if c.dep_ == "prep" and c.lower_ == "by":
                own += [a for p in c.children if p.dep_ == "pobj" for a in self.syn.agents_of_np(s, p)]
        if not own and tok.dep_ in {"pobj", "dobj"}:
            for c in tok.head.children:
                if c.dep_ in {"prep", "agent"} and c.lower_ == "by":
                    own += [a for p in c.children if p.dep_ == "pobj" for a in self.syn.agents_of_np(s, p)]
        if own:
            return list(dict.fromkeys(own))
        verb = governing_verb(tok)
        if verb is not None and (verb.lemma_.lower() in self.light_verbs or tok.dep_ in {"pobj", "dobj"}):
            if tok.dep_ == "dobj" and verb.lemma_.lower() not in self.light_verbs:
                return []
            return self.syn.subjects(s, verb)
        return []

    def _event_agents(self, s: SentenceActors, tok: Token) -> list[str]:
        """ "counter attacks against the HTS offensive", "attacks by Wagner": the attack's owner."""
        if tok.lemma_.lower() not in self.nouns:
            return []
        owners = [a for c in tok.children if c.dep_ in {"poss", "compound", "amod"} for a in s.actors_at(c)]
        by = [c for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]
        return owners + [a for c in by for p in c.children if p.dep_ == "pobj" for a in self.syn.agents_of_np(s, p)]

    def _leadership(self, s: SentenceActors, tok: Token) -> list[RawRelation]:
        """ "Russian premier Vladimir Putin", "Observatory director X", "X, head of Y",
        "a spokesman for Y, X" (membership), "Assad's regime"."""
        word = tok.lower_
        lemma = tok.lemma_.lower()
        leader = word in self.leader_titles or lemma in self.leader_titles
        if leader or word in self.member_titles or lemma in self.member_titles:
            bodies = [a for a in s.actors_at(tok) if self.types.get(a) != "person"]
            bodies += [
                a
                for c in tok.children
                if c.dep_ in {"compound", "amod", "poss", "nmod"}
                for a in s.actors_at(c)
                if self.types.get(a) != "person"
            ]
            if not bodies:
                bodies = [
                    a for a in self.syn.prep_objects(s, tok, {"of", "for", "at"}) if self.types.get(a) != "person"
                ]
            people = self._title_holders(s, tok)
            if not bodies and people and tok.i > 0:
                # "IS leader X" where the parser took the name for a verb: the name right before
                bodies = [a for a in s.actors_at(s.doc[tok.i - 1]) if self.types.get(a) != "person"]
            return self._rel(s, people, bodies, "leadership" if leader else "membership", COOPERATIVE, word)
        if word in self.leader_bodies or lemma in self.leader_bodies:
            bodies = [a for a in s.actors_at(tok) if self.types.get(a) != "person"]
            people = [
                a
                for c in tok.children
                if c.dep_ in {"poss", "compound"}
                for a in s.actors_at(c)
                if self.types.get(a) == "person"
            ]
            return self._rel(s, people, bodies, "leadership", COOPERATIVE, word)
        return []

    def _title_holders(self, s: SentenceActors, tok: Token) -> list[str]:
        people: list[str] = []
        if tok.dep_ == "compound":
            people += s.actors_at(tok.head)
        if tok.dep_ == "appos":
            people += s.actors_at(tok.head)
        for c in tok.children:
            if c.dep_ == "appos":
                people += s.actors_at(c)
        if tok.dep_ == "attr" and tok.head.lemma_ in {"be", "become", "remain", "serve"}:
            people += self.syn.subjects(s, tok.head)
        if not people and tok.i + 1 < len(s.doc):
            people += s.actors_at(s.doc[tok.i + 1])  # "leader X": the name right after the title
        return [p for p in dict.fromkeys(people) if self.types.get(p) == "person"]

    def _owners(self, s: SentenceActors, tok: Token) -> list[str]:
        """Non-state actors named before a member noun, in text order ("Al-Qaeda's branch").
        A state possessor ("Syria's main opposition group") says where a group is, not whose."""
        ids: list[str] = []
        for i in range(tok.left_edge.i, tok.i):
            word = s.doc[i]
            if word.dep_ in {"poss", "compound", "nmod", "case", "punct"} or word.head.i != tok.i:
                ids += [a for a in s.actors_at(word) if self.types.get(a) not in {"state", None}]
        return list(dict.fromkeys(ids))

    def _membership(self, s: SentenceActors, tok: Token) -> list[RawRelation]:
        """ "X is the most powerful group in Y", "X, a faction of Y", "including fighters from Y"."""
        lemma = tok.lemma_.lower()
        out: list[RawRelation] = []
        if tok.pos_ == "NOUN" and lemma in self.member_nouns:
            members: list[str] = []
            if tok.dep_ == "attr" and tok.head.lemma_ == "be":
                members = self.syn.subjects(s, tok.head)
            elif tok.dep_ in {"appos", "compound"}:
                members = self.syn.np_actors(s, tok.head)
            # "Al-Qaeda affiliate Al-Nusra Front", "the group's armed wing, the X Brigades"
            members += [a for c in tok.children if c.dep_ == "appos" for a in self.syn.np_actors(s, c)]
            origin = any(c.lower_ in self.origin_nouns for c in tok.children) or lemma in self.origin_nouns
            # "the official wing in Syria": a state after "in" is where, not whose
            within = [a for a in self.syn.prep_objects(s, tok, {"in", "within"}) if self.types.get(a) != "state"]
            within += self.syn.prep_objects(s, tok, {"of"})
            if lemma in self.type_nouns:  # "the Jaysh Ayman brigade" is the group named, not its member
                members += [a for c in tok.children if c.dep_ in {"compound", "nmod"} for a in s.actors_at(c)]
                owners = [
                    a for c in tok.children if c.dep_ == "poss" for a in s.actors_at(c) if self.types.get(a) != "state"
                ]
            else:
                owners = self._owners(s, tok)
            if not members and len(owners) > 1:  # "X Y's official wing": names run together
                members, owners = owners[:-1], owners[-1:]
            if not members and owners:  # "Y's branch in Syria X": the branch named after its place
                members = [a for a in within if self.types.get(a) not in {"state", None}]
                within = [a for a in within if a not in members]
            bodies = [b for b in within + owners if b not in members]
            if origin:
                out += self._rel(s, members, bodies, "offshoot", NEUTRAL, "splinter of")
            else:
                out += self._rel(s, members, bodies, "membership", COOPERATIVE, lemma)
        such_as = tok.lower_ == "as" and any(c.lower_ == "such" for c in tok.children)
        if (tok.lower_ == "including" or such_as) and tok.dep_ == "prep":
            parts = [a for p in tok.children if p.dep_ == "pobj" for a in self.syn.agents_of_np(s, p)]
            head = tok.head
            wholes = self.syn.subjects(s, head) if head.pos_ in {"VERB", "AUX"} else self.syn.np_actors(s, head)
            wholes = [w for w in wholes if w not in parts]
            out += self._rel(s, parts, wholes, "membership", COOPERATIVE, tok.lower_)
        return out


def extract_relations(
    sentences: list[SentenceActors],
    types: dict[str, str],
    generic: frozenset[str],
    lex: Lexicon,
    links: list[Link] = (),
) -> list[Relation]:
    """All relations of a briefing's sentences, plus leadership links found elsewhere."""
    rules = RelationRules(types, lex)
    raw = [r for s in sentences for r in rules.sentence(s)]
    raw += [RawRelation(k.leader, k.body, "leadership", COOPERATIVE, k.cue, k.ref) for k in links]
    raw = [r for r in retarget_leaders(raw, types) if r.source != r.target]
    return aggregate(propagate(raw, generic))
