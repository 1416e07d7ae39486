"""Small helpers over spaCy's dependency parse, shared by the extractors.

They answer the questions every rule asks: who is the subject of this verb (following "to", "and", "who",
"sent X to"), which actors does this noun phrase name. `Syntax` holds the few word lists these answers
depend on ("hundreds of militias", "the rebels' stronghold"); the questions that need none are in tree.py.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import Lexicon
from ..parsetree import Token
from .context import SentenceActors
from .mentions.names import named_as
from .tree import (
    adverbial_participle,
    fused_names,
    governing_verb,
    late_agents,
    left_actor,
    subject_heads,
    whose_antecedent,
)


class Syntax:
    """Parse questions whose answers depend on the Lexicon's word lists."""

    def __init__(self, lex: Lexicon):
        self.quantity_heads = lex.phrases.quantity_heads
        self.of_heads = lex.phrases.quantity_heads | lex.phrases.presence_nouns  # "dozens of X", "the arrival of X"
        self.territory = lex.phrases.territory
        self.stand_in_nouns = lex.phrases.stand_in_nouns
        self.object_control = lex.phrases.object_control
        self.holding = lex.phrases.holding_participles
        self.launch_verbs = lex.phrases.launch_verbs
        self.control_nouns, self.particles = lex.phrases.control_nouns, lex.phrases.particles
        self.leading = lex.relations.verbs_of("leadership")
        self.compounds = lex.relations.compounds  # "Iran-backed", "al-Qaeda-linked"
        self.type_nouns = frozenset(lex.actors.name_heads)  # "the Haqqani network": the group named
        self.renegades, self.rivals = lex.phrases.renegade_nouns, lex.relations.rivalry_nouns
        self.assets = lex.phrases.military_assets
        self.detachments = lex.phrases.detachment_nouns
        # "the government of Mali", "an officer of the army": nouns that act for their "of" (those of
        # quantity_heads and presence_nouns are read through of_heads, with conjuncts)
        self.organs = (lex.actors.state_nouns | lex.phrases.stand_in_nouns) - self.of_heads
        self.partner_verbs = lex.relations.verbs_of("alliance")
        # "accused X of being", "praised Y for sending": verbs of judging whose object does the gerund
        self.judging = lex.relations.verbs_of("accusation") | lex.relations.verbs_of("praise")
        self.loyalty = frozenset(w for w, c in lex.relations.adjectives.items() if c.kind in {"support", "alliance"})
        self.event_nouns = lex.relations.lemmas

    def np_actors(self, s: SentenceActors, tok: Token, depth: int = 0) -> list[str]:
        """The actors a noun phrase names, with its conjuncts ("Russia and Iran")."""
        if depth > 4:
            return []
        ids = list(s.actors_at(tok))
        ids = ids + fused_names(s, tok) if ids else self._indirect(s, tok, depth)
        for c in tok.children:
            if c.dep_ == "conj":
                ids += self.np_actors(s, c, depth + 1)
        return list(dict.fromkeys(ids))

    def _indirect(self, s: SentenceActors, tok: Token, depth: int) -> list[str]:
        """Actors behind a noun that does not itself name one."""
        ids: list[str] = []
        lower = tok.lower_
        for c in tok.children:
            if c.dep_ == "appos":
                ids += s.actors_at(c)
                if not ids and c.lemma_.lower() in self.territory and depth < 2:
                    ids += self._indirect(s, c, depth + 1)  # "Bunagana, the last M23-held town": the holder's
            if c.dep_ == "acl":  # "the militia, known as the Janjaweed,", "a group calling itself X"
                ids += [a for t in named_as(c) for a in s.actors_at(t)]
            if c.dep_ == "acl" and c.lemma_.lower() in self.launch_verbs and lower in self.stand_in_nouns:
                ids += self.passive_agents(s, c)  # "drones fired by Russia" are Russia's
        if not ids and tok.dep_ == "appos" and tok.pos_ == "NOUN":
            ids += s.actors_at(tok.head)  # "X, a group linked to Y": the apposition is X again
        ids += self._loyal_to(s, tok, depth)
        if ids or any(c.lower_ in self.rivals for c in tok.children):
            return ids  # "Boko Haram's rival faction" is none of Boko Haram's
        if lower in self.stand_in_nouns or tok.lemma_.lower() in self.stand_in_nouns or lower in self.type_nouns:
            for c in tok.children:  # "X and Y organizations"; not "an X-linked group", which is not X
                if c.dep_ in {"compound", "poss", "amod", "nmod"} and c.lower_.rsplit("-", 1)[-1] not in self.compounds:
                    ids += self.np_actors(s, c, depth + 1)
                if c.dep_ == "poss" and c.lower_ == "whose":
                    ids += whose_antecedent(s, c)  # "Wagner, whose fighters fought alongside the army"
            if not ids and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.leading:
                ids += self.subjects(s, tok.head, depth + 1)  # "X leads a coalition that fought Y": X's
            if ids:
                return ids
        territory = lower in self.territory or tok.lemma_.lower() in self.territory
        for c in tok.children:
            if c.dep_ in {"poss", "compound", "amod"} and (territory or lower in self.assets):
                ids += [*s.actors_at(c), *fused_names(s, c)]  # "Vandoria's territory", "a FARC outpost"
            if c.dep_ == "prep" and c.lower_ == "of" and (territory or lower in self.assets):
                ids += [a for g in c.children if g.dep_ == "pobj" for a in s.actors_at(g)]  # "positions of X"
            if c.dep_ == "acl" and c.lower_ in self.holding and (territory or lower in self.assets):
                ids += self.passive_agents(s, c)  # "a checkpoint manned by Iraqi soldiers"
            if c.dep_ == "amod" and c.lower_ in self.holding and territory:  # "the rebel-held town"
                ids += [a for g in c.children if g.dep_ in {"npadvmod", "compound", "nmod"} for a in s.actors_at(g)]
            if c.dep_ in {"compound", "appos"} and c.lower_ in self.territory:
                ids += [a for g in c.children if g.dep_ in {"poss", "compound"} for a in s.actors_at(g)]
            if c.dep_ == "prep" and c.lower_ == "under" and territory:
                ids += self.controllers(s, c)  # "areas under the control of X", "towns under X rule"
        if tok.pos_ == "NOUN" and not ids:
            ids += [a for c in tok.children if c.dep_ == "poss" for a in s.actors_at(c)]
        if tok.pos_ == "NOUN" and not ids and lower in self.organs:
            # "the government of Mali" acts for Mali, "an officer of the Pakistan Army" for the army
            ids += [
                a
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                for a in s.actors_at(g)
            ]
        partitive = tok.like_num and tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}  # "38 of the drones"
        if lower in self.of_heads or lower in self.detachments or tok.lemma_.lower() in self.of_heads or partitive:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "from", "in"}:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            ids += self.np_actors(s, p, depth + 1)
        return ids

    def partners(self, s: SentenceActors, verb: Token) -> list[str]:
        """Who a verb of alliance joins with: "allied with Y", "joined forces with Y"."""
        ids = self.prep_objects(s, verb, {"with"})
        for c in verb.children:
            if c.dep_ == "dobj" and not s.actors_at(c):
                ids += self.prep_objects(s, c, {"with"})
        return ids

    def _loyal_to(self, s: SentenceActors, tok: Token, depth: int) -> list[str]:
        """ "forces loyal to X", "fighters allied with X": troops no one else is named for are X's."""
        if tok.lower_ not in self.stand_in_nouns:
            return []
        ids: list[str] = []
        for c in self._postmodifiers(tok):
            if c.lower_ in self.loyalty:
                for p in c.children:
                    if p.dep_ == "prep":
                        ids += [a for g in p.children if g.dep_ == "pobj" for a in self.np_actors(s, g, depth + 1)]
        return ids

    def _postmodifiers(self, tok: Token) -> list[Token]:
        """Adjectives and participles that modify a noun, wherever the parser hung them: "fighters loyal to X"."""
        near = [*tok.children, *(c for c in tok.head.children if c.i == tok.i + 1)]
        return [c for c in near if c.dep_ in {"amod", "acl"} and self.modified_noun(c).i == tok.i]

    @staticmethod
    def modified_noun(adj: Token) -> Token:
        """The noun an adjective after it modifies: the one before it if a conjunct of the parser's ("the army
        and fighters loyal to X")."""
        before = adj.doc[adj.i - 1] if adj.i else None
        if before is not None and adj.i > adj.head.i and before.dep_ == "conj" and before.head.i == adj.head.i:
            return before
        return adj.head

    def members_from(self, s: SentenceActors, tok: Token) -> list[str]:
        """ "forces from HTS and Turkish groups": the groups the fighters come from (not "defectors from the army")."""
        ids: list[str] = []
        if tok.lower_ in self.renegades:
            return ids
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    if p.dep_ == "pobj":
                        ids += self.np_actors(s, p, 1)
        return ids

    def agents_of_np(self, s: SentenceActors, tok: Token) -> list[str]:
        """The actors doing something named by a noun phrase, with "X from Y" members."""
        ids = self.np_actors(s, tok) + self.members_from(s, tok)
        for c in tok.children:
            if c.dep_ == "conj":
                ids += self.members_from(s, c)
        return list(dict.fromkeys(ids))

    def subjects(self, s: SentenceActors, verb: Token, depth: int = 0) -> list[str]:
        """Who does what a verb says, following control and coordination."""
        if depth > 6:
            return []
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if subj:
            if subj[0].lower_ in {"which", "who", "that"} and verb.dep_ == "relcl":
                return self.antecedent(s, verb, subj[0])
            subj = subject_heads(verb)
            return list(dict.fromkeys(a for c in subj for a in self.agents_of_np(s, c)))
        main = adverbial_participle(verb)
        if main is not None:
            return self.subjects(s, main, depth + 1)
        if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            ids = self.agents_of_np(s, verb.head)
            if not ids and verb.head.lemma_.lower() in self.event_nouns:
                # "rebels prepared an operation to oust X": who carries out the operation
                governing = governing_verb(verb.head)
                ids = self.subjects(s, governing, depth + 1) if governing is not None else []
            return ids
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "advcl" and verb.lemma_.lower() in self.judging and head.dep_ == "ccomp":
            head = head.head  # "X said the strike killed ten, blaming Y": the speaker blames, not the strike
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in self.judging:
            judged = [a for c in head.head.children if c.dep_ == "dobj" for a in self.agents_of_np(s, c)]
            if judged:
                return judged  # "Turkey accused the YPG of being an offshoot of the PKK": the YPG is one
        if verb.dep_ in {"xcomp", "advcl"} and head.lemma_ in self.object_control:
            for c in head.children:
                if c.dep_ == "dobj" and self.agents_of_np(s, c):
                    return self.agents_of_np(s, c)  # "sent jets to pound X"; "sent troops to help Y": the sender
        if verb.dep_ in {"xcomp", "advcl", "conj", "acomp", "pcomp"} or (
            verb.dep_ == "prep" and head.pos_ in {"VERB", "AUX"}
        ):
            for c in head.children:
                if c.dep_ == "nsubjpass" and verb.dep_ != "conj":
                    return self.agents_of_np(s, c)
            ids = self.subjects(s, head, depth + 1)
            if verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in self.partner_verbs:
                ids += self.partners(s, head)  # "X joined forces with Y to fight Z": both fight
            return list(dict.fromkeys(ids))
        return []

    def antecedent(self, s: SentenceActors, verb: Token, pronoun: Token) -> list[str]:
        """What "which"/"who" stands for: the modified noun, else the actor right before the comma."""
        ids = self.agents_of_np(s, verb.head)
        if not ids and pronoun.i > 0 and s.doc[pronoun.i - 1].text == ",":
            ids = left_actor(s, pronoun)
        return ids

    def passive_agents(self, s: SentenceActors, verb: Token) -> list[str]:
        """The "by X" of a passive verb, also where the parse hung it on the verb's own phrase."""
        ids: list[str] = []
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        ids += self.agents_of_np(s, p)
        if not ids and any(c.dep_ == "nsubjpass" for c in verb.children):
            ids = [a for p in late_agents(verb) for a in self.agents_of_np(s, p)]
        return ids

    def objects(self, s: SentenceActors, verb: Token) -> list[str]:
        """Direct objects of a verb; "which" or "whom" as the object of a relative clause is the
        noun the clause describes ("the Front, which Vandoria designated a terror group")."""
        ids: list[str] = []
        for c in verb.children:
            relative = c.lower_ in {"which", "whom", "who", "that"} and verb.dep_ == "relcl"
            if relative and c.dep_ in {"dobj", "dep"} and c.i < verb.i:
                ids += self.agents_of_np(s, verb.head)
            elif c.dep_ in {"dobj", "dative"}:
                ids += self.np_actors(s, c) or self._held_under(s, verb, c)
            elif c.dep_ == "prep" and c.lower_ in self.particles and c.i == verb.i + 1:
                # "hunted down the fighters", "wiped out the garrison": a particle the parser took
                # for a preposition, its object the verb's
                ids += [a for g in c.children if g.dep_ == "pobj" for a in self.np_actors(s, g)]
            elif c.dep_ == "ccomp" and verb.lemma_.lower() in self.object_control:
                # "helped the Houthis target ships", parsed as a clause: its subject is the object
                ids += [a for g in c.children if g.dep_ == "nsubj" for a in self.np_actors(s, g)]
        return ids

    def controllers(self, s: SentenceActors, under: Token) -> list[str]:
        """Who holds what an "under" phrase of control says: "under the control of X", "under X's
        rule", "under Russian occupation"."""
        ids: list[str] = []
        for g in under.children:
            if g.dep_ != "pobj" or g.lemma_.lower() not in self.control_nouns:
                continue
            for c in g.children:
                if c.dep_ in {"poss", "compound", "amod", "nmod"}:
                    ids += s.actors_at(c)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    ids += [a for p in c.children if p.dep_ == "pobj" for a in self.np_actors(s, p)]
        return ids

    def held_places(self, s: SentenceActors, tok: Token) -> list[str]:
        """The holders of a held place an attack lands "in" ("airstrikes in rebel-held areas",
        "shelled villages in an M23 stronghold"): a place noun that names its holder, never a
        bare place ("in Idlib") or an actor itself."""
        ids: list[str] = []
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for p in c.children:
                place = p.lower_ in self.territory or p.lemma_.lower() in self.territory
                if p.dep_ == "pobj" and place and not s.actors_at(p):
                    ids += self._indirect(s, p, 1)
        return ids

    def _held_under(self, s: SentenceActors, verb: Token, place: Token) -> list[str]:
        """A place object whose "under X's control" the parser hung on the verb ("shelled areas
        under the control of X"): the holder's."""
        if place.lower_ not in self.territory and place.lemma_.lower() not in self.territory:
            return []
        return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for a in self.controllers(s, c)]

    def passive_patients(self, s: SentenceActors, verb: Token) -> list[str]:
        """Who undergoes a passive verb: its subject, the noun it modifies, or an inherited subject."""
        for c in verb.children:
            if c.dep_ == "nsubjpass" and c.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl":
                return self.antecedent(s, verb, c)  # "the Houthis, who are backed by Iran"
            if c.dep_ == "nsubjpass":
                return self.np_actors(s, c)
        if verb.dep_ in {"acl", "relcl"} and verb.i > 1 and "(" in {t.text for t in s.doc[verb.head.i : verb.i]}:
            # "... terrorist organizations (both outlawed in Russia)": what stands before the bracket
            bracket = max(t.i for t in s.doc[verb.head.i : verb.i] if t.text == "(")
            before = s.doc[bracket - 1]
            return list(s.actors_at(before)) or self._indirect(s, before, 1)
        if verb.dep_ in {"acl", "relcl"}:
            # "regime forces and rebels backed by X": the participle describes the nearest conjunct
            nearest = max((c for c in (verb.head, *verb.head.conjuncts) if c.i < verb.i), key=lambda c: c.i)
            if nearest.i != verb.head.i:
                return list(s.actors_at(nearest)) or self._indirect(s, nearest, 1)
            return self.np_actors(s, verb.head)
        if verb.tag_ == "VBN" and verb.i > 0 and s.doc[verb.i - 1].text == ",":
            # "X, backed by Y, retook ..."; at the end of the clause ("... entered the war, backed by
            # Y") the participle says it of the clause's subject
            return left_actor(s, verb) or self.subjects(s, verb)
        return self.subjects(s, verb)

    def prep_objects(self, s: SentenceActors, tok: Token, preps: set[str]) -> list[str]:
        """Actors named after the given prepositions under a word."""
        ids: list[str] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        ids += self.np_actors(s, p)
        return ids

    def _groups_in(self, s: SentenceActors, tok: Token) -> list[list[str]]:
        """ "the M23 and gunmen of the Nyatura Front", parsed as one phrase: a conjoined noun for
        fighters is a group of its own."""
        others = [
            c
            for c in tok.conjuncts
            if (c.lower_ in self.quantity_heads or c.lower_ in self.stand_in_nouns) and not c.is_title  # not "Front"
        ]
        if not others:
            return [self.np_actors(s, tok, 1)]
        own = list(s.actors_at(tok))
        groups = [own]
        for c in others:
            # "gunmen of X and gunmen of Y" often hangs "of Y" from X: what follows the conjunct is its own
            later = [g for p in tok.children if p.dep_ == "prep" and p.i > c.i for g in p.children if g.dep_ == "pobj"]
            groups.append(self.np_actors(s, c, 1) + [a for g in later for a in self.np_actors(s, g, 1)])
        return groups

    def sides(self, s: SentenceActors, tok: Token, prep: str = "between") -> list[list[str]]:
        """ "between fighters from the YPG and fighters from ISIS and Nusra": the actors of
        each side, so that parties on one side are never set against each other."""
        out: list[list[str]] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += self.np_sides(s, p)
        return out

    def np_sides(self, s: SentenceActors, p: Token) -> list[list[str]]:
        """The sides a noun phrase names, one per conjunct: "the army and the militia";
        "fighters of A and soldiers of B", which the parser hangs as one noun with two "of"s."""
        out: list[list[str]] = []
        named = [c for c in p.children if c.dep_ == "appos"]
        if named and not p.conjuncts and not s.actors_at(p):
            p = named[0]  # "between armed group the X and the Y": the parser hangs "and the Y" on the name
        for side in (p, *p.conjuncts):
            parts = [
                part
                for c2 in side.children
                if c2.dep_ == "prep" and c2.lower_ in {"from", "of"}
                for g in c2.children
                if g.dep_ == "pobj"
                for part in self._groups_in(s, g)
            ]
            parts = [x for x in parts if x]
            if len(parts) > 1 and not s.actors_at(side):
                out += parts
                continue
            ids = list(s.actors_at(side)) or self._indirect(s, side, 1)
            if ids:
                out.append(list(dict.fromkeys(ids)))
        return out


@lru_cache(maxsize=4)
def syntax_of(lex: Lexicon) -> Syntax:
    """The Syntax of a lexicon, built once: it holds only sets drawn from the lexicon."""
    return Syntax(lex)
