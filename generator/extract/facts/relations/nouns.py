"""Relation rules read from nouns of relations: "Vandoria's backing for the junta",
"an offensive against the Brigade", "fighting between the army and the militia"."""

from __future__ import annotations

from collections.abc import Iterator

from ....model import polarity_of
from ....parsetree import Token
from ...context import SentenceActors
from ...mentions.wordclass import is_nominal
from ...tree import governing_verb, is_passive, modifier_actors
from .base import Edge, RuleContext, cross, together


def relation_noun(c: RuleContext, tok: Token):
    """The class of a noun of relation ("clashes", "offensive", "backing"), None for any other word."""
    spec = c.words.nouns.get(tok.lemma_.lower()) or c.words.nouns.get(tok.lower_)
    return spec if spec and is_nominal(tok) else None


def noun_agents(c: RuleContext, s: SentenceActors, tok: Token) -> list[str]:
    """Who carries out what a relation noun names: its owner ("Vandoria's offensive"), its
    "by" phrase, or the subject of a light verb ("the Brigade launched an offensive")."""
    own = [*s.actors_at(tok), *modifier_actors(s, tok)]
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in {"by", "from"}:  # "attacks by X", "aid from Y"
            own += [a for p in ch.children if p.dep_ == "pobj" for a in c.syn.agents_of_np(s, p)]
    if not own and tok.dep_ in {"pobj", "dobj"}:
        own += c.by_agents(s, tok.head)
    if own:
        return list(dict.fromkeys(own))
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return noun_agents(c, s, tok.head)  # "announced an aid package for X": whoever gives the package
    verb = governing_verb(tok)
    if verb is not None and (verb.lemma_.lower() in c.words.light_verbs or tok.dep_ in {"pobj", "dobj"}):
        if tok.dep_ == "dobj" and verb.lemma_.lower() not in c.words.light_verbs:
            return []
        return c.syn.subjects(s, verb)
    return []


def _casualties_side(c: RuleContext, s: SentenceActors, tok: Token, kind: str) -> list[str]:
    """ "a Hamas commander was killed in clashes with the army", "two soldiers were wounded in a
    gunfight with JNIM": those the passive verb befell were the side the other fought (not
    so of fighting "between" two others)."""
    verb = governing_verb(tok)
    if kind != "fighting" or tok.dep_ != "pobj" or verb is None or not is_passive(verb):
        return []
    preps = {ch.lower_ for ch in tok.children if ch.dep_ == "prep"}
    if "between" in preps or not preps & {"with", "against"}:
        return []  # "rebels were killed in clashes between the army and IS": bystanders to both sides
    return c.syn.passive_patients(s, verb)


def _governed_through(c: RuleContext, tok: Token, kinds: set[str], prep: str) -> Token | None:
    """The word a noun of relation of these kinds hangs from through `prep` ("with the support of
    X", "came under fire"): the deed it comes with, or the verb whose subject it befalls."""
    spec = relation_noun(c, tok)
    head = tok.head
    if spec is None or spec.kind not in kinds or tok.dep_ != "pobj" or head.lower_ != prep or head.head.i == head.i:
        return None
    return head.head


def _backing_a_deed(c: RuleContext, tok: Token) -> Token | None:
    """ "With the support of X, Y retook the town", "Y, with X's help, retook it": the verb or the
    subject a noun of support comes with (its backer is X, not the one it is "for")."""
    doer = _governed_through(c, tok, {"support"}, "with")
    return doer if doer is not None and (doer.pos_ in {"VERB", "AUX"} or doer.dep_ in {"nsubj", "nsubjpass"}) else None


def backing_a_deed(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "With the backing of Vandoria, the rebels seized the town", "the army, with the help of
    X, retook Y": the backer of the noun backs those who do the deed."""
    doer = _backing_a_deed(c, tok)
    if doer is None:
        return
    frame = c.frame(s, doer) if doer.pos_ in {"VERB", "AUX"} else None
    backed = frame.agents if frame is not None else c.syn.np_actors(s, doer)
    backers = modifier_actors(s, tok)
    backers += c.syn.prep_objects(s, tok, {"of", "from"})
    yield from cross(backers, [a for a in backed if a not in backers], "support", tok.lower_)


def _come_under(c: RuleContext, tok: Token) -> Token | None:
    """The verb of "came under fire", "was under attack": what it befalls is the verb's subject."""
    verb = _governed_through(c, tok, {"attack", "fighting"}, "under")
    return verb if verb is not None and verb.pos_ in {"VERB", "AUX"} else None


def under_attack(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "The convoy came under fire from the Brigade", "the base was under Vandorian attack": the
    attacker named with the noun or after "from"/"by" attacks the subject."""
    verb = _come_under(c, tok)
    if verb is None:
        return
    targets = c.syn.subjects(s, verb)
    attackers = modifier_actors(s, tok)
    attackers += c.syn.prep_objects(s, tok, {"from", "by"}) + c.syn.prep_objects(s, verb, {"from", "by"})
    kind = "attack" if relation_noun(c, tok).kind == "attack" else "fighting"
    yield from cross([a for a in attackers if a not in targets], targets, kind, f"under {tok.lower_}")


def noun_target(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "Ruritania's support for the rebels", "strikes on the Brigade": owner -> target."""
    spec = relation_noun(c, tok)
    if spec is None or _backing_a_deed(c, tok) is not None or _come_under(c, tok) is not None:
        return
    agents = noun_agents(c, s, tok) or _casualties_side(c, s, tok, spec.kind)
    targets: list[str] = []
    holders = [tok]
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        holders.append(tok.head)  # "a military aid package for Ukraine", "an air campaign against X"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in c.words.light_verbs:
        holders.append(tok.head)  # "carried out airstrikes on X", the "on" hung from the verb
    # "a raid by the army on the RSF-held district": the parser hangs "on" from the nearer noun
    holders += [p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "by" for p in ch.children]
    preps = [ch for h in holders for ch in h.children]
    after = s.doc[tok.i + 1] if tok.i + 1 < len(s.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i != tok.i and after not in preps:
        preps.append(after)  # "attacked ships in solidarity with Hamas": the parser hangs "with" on the verb
    harmed = tok.lemma_.lower() in c.words.patient_of_nouns or tok.lower_ in c.words.patient_of_nouns
    for ch in preps:
        if ch.dep_ == "prep" and (ch.lower_ in spec.preps or (harmed and ch.lower_ == "of")):
            for p in ch.children:
                if p.dep_ == "pobj":
                    targets += c.syn.np_actors(s, p) or c.event_agents(s, p)
    if spec.kind == "attack" and not targets:
        targets = [a for h in holders for a in c.syn.held_places(s, h)]  # "strikes in rebel-held areas"
    yield from cross(agents, [t for t in targets if t not in agents], spec.kind, tok.lower_)


def noun_between(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "fighting between the army and the militia": each side against the other (never two
    parties of one side against each other)."""
    spec = relation_noun(c, tok)
    if spec is None or polarity_of(spec.kind) != "hostile":
        return
    sides = c.syn.sides(s, tok) or (c.syn.sides(s, tok.head) if tok.dep_ == "nsubj" else [])
    for i, side in enumerate(sides):
        for other in sides[i + 1 :]:
            for a in side:
                for b in other:
                    if a != b and b not in side:
                        yield Edge(a, b, spec.kind, f"{tok.lower_} between")


def _chain_owners(s: SentenceActors, tok: Token) -> list[str]:
    """Actors named in the modifiers of a noun, through chains of compounds ("Russia-Ukraine war")."""
    ids: list[str] = []
    for ch in tok.children:
        if ch.dep_ in {"compound", "amod", "npadvmod", "nmod"}:
            ids += [*_chain_owners(s, ch), *s.actors_at(ch)]
            ids += [a for conj in ch.conjuncts for a in s.actors_at(conj)]
    return list(dict.fromkeys(ids))


def noun_sides(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "the Russia-Ukraine war", "Sudanese and Chadian clashes": the parties named before a noun of
    war fight each other."""
    spec = relation_noun(c, tok)
    if spec is not None and spec.kind == "fighting":
        sides = [a for a in _chain_owners(s, tok) if a not in s.actors_at(tok)]
        for i, a in enumerate(sides):
            for b in sides[i + 1 :]:
                yield Edge(a, b, "fighting", tok.lower_)


def suffered_in(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "soldiers were killed in clashes with the Brigade", "died in an attack by the Front": the
    side that suffers a clash fought it, the side that suffers an attack was attacked."""
    spec = relation_noun(c, tok)
    prep = tok.head
    verb = prep.head
    if spec is None or tok.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return
    harmed = verb.lemma_.lower() in c.harm_verbs
    subject = next((ch for ch in verb.children if ch.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (
        (is_passive(verb) and (harmed or spec.kind == "fighting")) or verb.lemma_.lower() in c.victim_verbs
    ):
        return  # "involved in clashes with X" is fighting them, "involved in an attack" is not suffering it
    # the side itself, not whoever is named inside a phrase of victims ("AFP ... ten children were killed")
    sides = suffering_sides(c, s, subject)
    sufferers = [a for side in sides for a in side]
    if spec.kind == "fighting":
        others = c.syn.prep_objects(s, tok, {"with", "against"})
        yield from cross(sufferers, [o for o in others if o not in sufferers], "fighting", f"{tok.lower_} with")
        if not others and "between" in spec.preps and not c.syn.prep_objects(s, tok, {"between"}):
            # "ten soldiers and 25 ISWAP fighters were killed in clashes": the sides lost men to each
            # other (a noun of fighting between two sides, not "a front", "a coalition")
            sides = [side for side in sides if side]
            for i, side in enumerate(sides):
                for other in sides[i + 1 :]:
                    yield from cross(
                        side, [o for o in other if o not in side], "fighting", f"{tok.lower_} (both sides)"
                    )
    elif spec.kind == "attack":
        own = modifier_actors(s, tok)
        attackers = list(s.actors_at(tok)) + own + c.by_agents(s, tok)
        yield from cross(attackers, [x for x in sufferers if x not in attackers], "attack", tok.lower_)


def suffering_sides(c: RuleContext, s: SentenceActors, subject: Token) -> list[tuple[str, ...]]:
    """Whose victims a subject and each of its conjuncts are ("ten soldiers and 25 fighters")."""
    return [_sufferers(s, t, c.syn.stand_in_nouns) for t in (subject, *subject.conjuncts)]


def _sufferers(s: SentenceActors, tok: Token, stand_ins: frozenset[str]) -> tuple[str, ...]:
    """Who a subject of victims is: itself, or whose they are ("two of its soldiers", "Kenya's
    soldiers", "25 ISWAP fighters"): the owner of the whole a number is taken from; a name
    before a noun for fighters only (not whoever a scraped text runs into "ten children")."""
    if not s.actors_at(tok) and tok.pos_ in {"NUM", "PRON", "ADJ"}:  # "two of", "several of", "some of"
        whole = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children]
        tok = whole[0] if whole and whole[0].dep_ == "pobj" else tok
    owning = {"poss", "compound"} if tok.lower_ in stand_ins else {"poss"}
    owners = [a for ch in tok.children if ch.dep_ in owning for a in s.actors_at(ch)]
    return s.actors_at(tok) or tuple(owners)


def noun_joint_agents(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "raids by Vandoria and Ruritania", "killed by Vandorian and Ruritanian airstrikes": the
    actors of one "by" phrase, or the owners of one attack, act together."""
    spec = relation_noun(c, tok)
    if spec is None:
        return
    holders = [tok] + ([tok.head] if tok.dep_ in {"pobj", "dobj"} else [])
    named = list(dict.fromkeys(a for h in holders for a in c.by_agents(s, h)))
    if len(named) < 2 and spec.kind == "attack":  # the owners of a war are its sides (noun_sides)
        own = modifier_actors(s, tok)
        named = list(dict.fromkeys([*s.actors_at(tok), *own]))
    yield from together(named, "alliance", f"together: {tok.lower_}")
