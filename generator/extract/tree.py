"""Questions over spaCy's dependency tree that need no word list: is this verb passive, which
verb governs this noun, whose agent did the parser hang elsewhere. Shared by the extractors
(the questions that read the lexicon's word lists are in syntax.py)."""

from __future__ import annotations

from ..parsetree import Token
from .context import SentenceActors


def is_passive(verb: Token) -> bool:
    """Passive voice: an auxpass child or a passive subject, or a bare participle
    describing a noun ("groups outlawed in Russia", which the tagger may call VBD)."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    if (
        verb.dep_ in {"acl", "relcl"}
        and verb.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ in {"dobj", "nsubj"} for c in verb.children)
    ):
        return True
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children))


def left_actor(s: SentenceActors, tok: Token) -> list[str]:
    """The actor just before ", supported by ...": what a loose participle describes."""
    for i in range(tok.i - 1, max(-1, tok.i - 8), -1):
        t = s.doc[i]
        if t.pos_ in {"VERB", "AUX"}:
            return []
        if s.actors_at(t):
            return list(s.actors_at(t))
    return []


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun phrase hangs from ("launched an offensive" -> launched)."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            return head
        cur = head
    return None


def late_agents(verb: Token) -> list[Token]:
    """The agent of a passive verb that the parse hung on the noun of the verb's own phrase
    ("was accused of the massacre by UN experts", "was blamed for the attack by officials")."""
    return [
        a
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"for", "of", "over"}
        for n in c.children
        if n.dep_ == "pobj"
        for b in n.children
        if b.dep_ == "prep" and b.lower_ == "by"
        for a in b.children
        if a.dep_ == "pobj"
    ]


def adverbial_participle(verb: Token) -> Token | None:
    """ "targeted a gathering of X in Y in the countryside of Z destroying their vehicles", "blew
    himself up at a post in the city of Y on Monday killing 25 soldiers": an -ing word hung from
    an object after two or more prepositional phrases is the main clause's (who targeted, who
    blew up kills), a parser slip; near its noun it describes it ("killed militants attacking
    the base"). The main clause's verb, or None."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.dep_ not in {"dobj", "pobj"}:
        return None
    main = head.head if head.dep_ == "dobj" else head.head.head  # "at a post": the verb "at" hangs from
    steps = sum(t.dep_ == "prep" for t in verb.doc[head.i + 1 : verb.i])
    return main if main.pos_ == "VERB" and steps >= 2 else None


def subject_heads(verb: Token) -> list[Token]:
    """A verb's subjects ("nsubj", "csubj"). Two with nothing between them are a parser slip for a
    conjunction ("Russia Iran vowed"); one before a comma and a clause is the parser's misreading
    of a sentence said ("Israeli strikes killed 12 people, the ministry said"): the nearer speaks."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if len(subj) < 2:
        return subj
    doc = verb.doc
    return [c for c in subj if not any(t.text == "," for t in doc[c.right_edge.i : subj[-1].left_edge.i])]


def modifier_actors(s: SentenceActors, tok: Token) -> list[str]:
    """The actors named before a noun as its owner or modifier ("Vandoria's offensive", "Houthi attack")."""
    return [a for ch in tok.children if ch.dep_ in {"poss", "compound", "amod", "nmod"} for a in s.actors_at(ch)]


ARMED_TYPES = frozenset({"armed_group", "militia"})


def fused_names(s: SentenceActors, tok: Token) -> list[str]:
    """An armed group's name run into the one before it where a scraper dropped the comma
    ("operations against ISIL al-Nusra Front", "Hamas Islamic Jihad positions"): the parser hangs
    the first name on the second as a compound, but a group's name never holds another's, so
    both are named."""
    here = next((m for m in s.mentions if m.start <= tok.i < m.end and m.category == "org"), None)
    if here is None or here.type not in ARMED_TYPES:
        return []
    before = next((m for m in s.mentions if m.end == here.start and m.category == "org"), None)
    if before is None or before.type not in ARMED_TYPES:
        return []
    head = s.doc[before.head]
    if head.dep_ != "compound" or not here.start <= head.head.i < here.end:
        return []
    return [a for a in s.actors_at(head) if a not in s.actors_at(tok)]


def whose_antecedent(s: SentenceActors, whose: Token) -> list[str]:
    """ "Khalifa Haftar, whose Libyan National Army controls the east": the one the clause is about."""
    clause = whose.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return list(s.actors_at(clause.head)) if clause.dep_ == "relcl" else []
