"""Who a statement is attributed to: the speaker of a reporting verb.

Shared by the source extractor (every attribution) and the casualty
extractor (who reported a figure).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import Lexicon
from ...parsetree import Token
from ..context import SentenceActors
from ..syntax import syntax_of
from ..tree import late_agents, left_actor


def closes_sentence(verb: Token, telling: frozenset[str] = frozenset()) -> bool:
    """A reporting verb after its clause: "..., the monitor said.", also with adjuncts of its own
    after it ("..., the army said in a statement on Tuesday") or whom it was told to ("..., the
    director told reporters")."""
    rest = verb.doc[verb.i + 1 :]
    adjuncts = {
        t.i
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in {"prep", "npadvmod", "advmod", "agent"}
            or (c.dep_ in {"dative", "dobj"} and verb.lemma_ in telling)
        )
        for t in c.subtree
    }
    return all(
        t.is_punct or t.i in adjuncts or (t.pos_ in {"ADV", "PROPN", "NOUN"} and t.ent_type_ == "DATE") for t in rest
    )


def apposed_person(s: SentenceActors, verb: Token) -> Token | None:
    """The person named between commas right before a verb of saying, in apposition to its
    subject ("The UN rapporteur on human rights in Myanmar, Tom Andrews, said"), wherever the
    parser hung the name (often on the place before it)."""
    doc = s.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    who = s.actors_at(last)
    if not who or last.ent_type_ != "PERSON":
        return None
    first = last
    while first.i > 0 and s.actors_at(doc[first.i - 1]) == who:
        first = doc[first.i - 1]
    return last if first.i > 1 and doc[first.i - 1].text == "," else None


def _is_outlet(s: SentenceActors, tok: Token) -> bool:
    """Whether a token names a news outlet (a mention typed media)."""
    return any(m.type == "media" and m.start <= tok.i < m.end for m in s.mentions)


@dataclass(frozen=True)
class Speaker:
    """A speaking actor (or just a name when the speaker is no actor)."""

    actors: tuple[str, ...]
    text: str
    token: int


class Attribution:
    """Finds reporting verbs and their speakers in a sentence."""

    def __init__(self, lex: Lexicon) -> None:
        att = lex.attribution
        self.syn = syntax_of(lex)
        self.verbs = att.reporting_verbs
        self.outlet_verbs = att.outlet_verbs
        self.proxies = att.proxy_nouns
        self.past = att.past_markers
        self.according = [p.split() for p in att.according_to]
        self.according_first = frozenset(p[0] for p in self.according)
        self.publish_verbs = att.publish_verbs
        self.report_nouns = att.report_nouns
        self.speaking_nouns = self.proxies | self.report_nouns  # built once: asked for every subject noun
        self.outlet_staff = lex.actors.outlet_staff
        self.relaying = att.relaying_verbs

    def is_reporting(self, tok: Token) -> bool:
        """A verb of saying, or one that publishes a figure or a report ("gave a toll of 44")."""
        if tok.pos_ not in {"VERB", "AUX"}:
            return False
        return tok.lemma_.lower() in self.verbs or self.publishes(tok)

    def publishes(self, tok: Token) -> bool:
        """ "gave a toll of 44", "released a report": a statement made by publishing it."""
        return tok.lemma_.lower() in self.publish_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.report_nouns for c in tok.children
        )

    def speaker(self, s: SentenceActors, verb: Token) -> Speaker | None:
        """The subject of a reporting verb, through proxies ("a statement from his office"), or
        the agent of a passive one ("the toll was confirmed by the Red Cross")."""
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        relaying = verb.lemma_.lower() in self.relaying
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) and not relaying
        if passive and not agents:
            agents = late_agents(verb)  # "X was blamed for the attack by Y": the parse hangs "by Y" on "attack"
        if relaying:
            agents = []  # "X was quoted by AFP as saying": X speaks, AFP relays
        by = [a for p in agents for a in self.speaker_actors(s, p)]
        if by:
            return Speaker(tuple(dict.fromkeys(by)), s.doc[agents[0].left_edge.i : agents[0].i + 1].text, agents[0].i)
        # the subject of a passive verb of saying is what is said or whom it blames, never who says
        subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and not passive)]
        subj = next((c for c in subjects if self.speaker_actors(s, c)), subjects[0] if subjects else None)
        if closes_sentence(verb, self.outlet_verbs) and (subj is None or not self.speaker_actors(s, subj)):
            # "... killed 16 people the monitoring group the Observatory said.": an actor inside
            # the subject phrase, never one from the clause reported ("... forces, a monitor said")
            before = left_actor(s, verb) if subj is None else self._inside(s, subj, verb)
            if before:
                return Speaker(tuple(before), s.doc[verb.i - 1].text, verb.i - 1)
        if subj is None:
            adjacent = s.actors_at(s.doc[verb.i - 1]) if verb.i else ()
            if adjacent:  # "... in Syria Obama said at a news conference": scraped text without commas
                return Speaker(tuple(adjacent), s.doc[verb.i - 1].text, verb.i - 1)
            if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
                return self.speaker(s, verb.head)
            if verb.dep_ == "acl" and verb.head.i != verb.i:  # "a report stating that ..."
                return Speaker(tuple(self.speaker_actors(s, verb.head)), verb.head.text, verb.head.i)
            return None
        named = apposed_person(s, verb) if subj.i < verb.i else None
        if named is not None:  # "The UN envoy for Syria, Geir Pedersen, said"
            return Speaker(s.actors_at(named), named.text, named.i)
        actors = self.speaker_actors(s, subj)
        text = s.doc[subj.left_edge.i : subj.right_edge.i + 1].text
        return Speaker(tuple(actors), text, subj.i)

    def _inside(self, s: SentenceActors, subj: Token, verb: Token) -> list[str]:
        """The last actor named between the start of the subject phrase and the verb."""
        for i in range(verb.i - 1, subj.left_edge.i - 1, -1):
            if s.actors_at(s.doc[i]):
                return list(s.actors_at(s.doc[i]))
        return []

    def speaker_actors(self, s: SentenceActors, tok: Token, depth: int = 0) -> list[str]:
        ids = self.syn.np_actors(s, tok)
        if not ids and not depth and tok.dep_ != "conj":  # "residents and a spokesman for X": X speaks
            ids = [a for cj in tok.conjuncts for a in self.speaker_actors(s, cj, depth + 1)]
        if ids or depth > 3:
            return ids
        staff = tok.lemma_.lower() in self.outlet_staff  # "an ORTM reporter" (tagged an adjective at times)
        if tok.lemma_.lower() in self.speaking_nouns or tok.lower_ in self.proxies or staff:
            if any(c.lower_ in self.past for c in tok.children):
                return []
            for c in tok.children:
                if c.dep_ in {"poss", "compound"} or (staff and c.dep_ == "amod"):
                    ids += s.actors_at(c)
                if c.dep_ == "prep" and c.lower_ in {"from", "of", "for", "at", "with", "in", "within", "inside", "by"}:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            ids += self.speaker_actors(s, p, depth + 1)
                if c.dep_ == "prep" and c.lower_ == "on":  # "a report on state TV said": an outlet, not a topic
                    ids += [a for p in c.children if p.dep_ == "pobj" and _is_outlet(s, p) for a in s.actors_at(p)]
                if c.dep_ == "appos":
                    ids += s.actors_at(c)
            if not ids and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.publish_verbs:
                ids = self.syn.subjects(s, tok.head)  # "X released a report stating ..."
        return list(dict.fromkeys(ids))

    def according_to(self, s: SentenceActors) -> list[tuple[Token, list[str]]]:
        """ "according to the UN": the object of each such phrase and its actors."""
        out = []
        doc = s.doc
        for tok in doc:
            if tok.lower_ not in self.according_first:
                continue
            for phrase in self.according:
                words = [t.lower_ for t in doc[tok.i : tok.i + len(phrase)]]
                if words == phrase:
                    last = doc[tok.i + len(phrase) - 1]
                    objs = [c for c in last.children if c.dep_ in {"pobj", "dobj"}] or (
                        [doc[tok.i + len(phrase)]] if tok.i + len(phrase) < len(doc) else []
                    )
                    for o in objs:
                        out.append((o, self.speaker_actors(s, o)))
        return out

    def reporter_of(self, s: SentenceActors, tok: Token) -> list[str]:
        """Who reported the clause a token is in: the nearest reporting verb above it."""
        cur = tok
        for _ in range(8):
            if self.is_reporting(cur) and cur.i != tok.i:
                sp = self.speaker(s, cur)
                if sp and sp.actors:
                    return list(sp.actors)
            if cur.head.i == cur.i:
                break
            cur = cur.head
        for _, actors in self.according_to(s):
            if actors:
                return actors
        # "... killed 16 people, the monitor said": the one attribution of the sentence.
        for verb in s.doc:
            if self.is_reporting(verb) and verb.dep_ in {"ROOT", "parataxis", "ccomp", "conj"}:
                sp = self.speaker(s, verb)
                if sp and sp.actors:
                    return list(sp.actors)
        return []


@lru_cache(maxsize=4)
def attribution_of(lex: Lexicon) -> Attribution:
    """The Attribution of a lexicon, built once: it holds only words drawn from the lexicon."""
    return Attribution(lex)
