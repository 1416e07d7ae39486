"""Relation rules read from how phrases are built: hyphenated participles, titles, member
nouns, stance words and companions ("Vandoria-backed militias", "Brigade commander X",
"a faction of the Front", "troops loyal to the junta", "fought alongside Y")."""

from __future__ import annotations

from collections.abc import Iterator

from ....parsetree import Token
from ...context import SentenceActors
from ...tree import fused_names, governing_verb, whose_antecedent
from ..attribution import apposed_person
from .base import Edge, RuleContext, cross
from .nouns import noun_agents


def compound_participle(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "Vandoria-backed militias", "Ruritanian-led forces", "U.S.-backed" kept as one token;
    "Front-linked groups" (member first: the groups belong to the Front)."""
    compounds = c.words.compounds
    glued = "-" in tok.text[1:] and tok.lower_.rsplit("-", 1)[1] in compounds
    word = tok.lower_.rsplit("-", 1)[1] if glued else tok.lower_
    spec = compounds.get(word)
    split = tok.i > 0 and s.doc[tok.i - 1].text == "-"
    if not spec or tok.dep_ not in {"amod", "compound", "acl"} or not (split or glued):
        return
    head = tok.head
    targets = set(c.syn.np_actors(s, head))
    modifiers = [tok] if glued else [ch for ch in tok.children if ch.dep_ in {"npadvmod", "compound", "nmod", "amod"}]
    named = {a for m in modifiers for a in s.actors_at(m)}
    if not targets and head.lemma_.lower() in c.words.nouns:  # "involved in a U.S.-backed offensive": whose
        verb = governing_verb(head)
        takers = (c.syn.subjects(s, verb) or c.syn.passive_patients(s, verb)) if verb is not None else []
        targets = (set(noun_agents(c, s, head)) - named) or (set(takers) - named)
    sources = [a for a in named if a not in targets]
    if spec.member_first:
        sources, targets = list(targets), sources
    yield from cross(sources, targets, spec.kind, word)


def _title_holders(c: RuleContext, s: SentenceActors, tok: Token) -> list[str]:
    people: list[str] = []
    if tok.dep_ in {"compound", "appos"}:
        people += s.actors_at(tok.head)
    for ch in tok.children:
        if ch.dep_ == "appos" and not any(g.dep_ == "compound" and _is_title(c, g)[0] for g in ch.children):
            people += s.actors_at(ch)  # not "..., Eritrean President X": a person with a title of his own
    if tok.dep_ == "attr" and tok.head.lemma_ in {"be", "become", "remain", "serve"}:
        people += c.syn.subjects(s, tok.head)
    if not people and tok.dep_ == "nsubj":  # "the UN envoy for Syria, Geir Pedersen, said"
        named = apposed_person(s, tok.head)
        people += s.actors_at(named) if named is not None else ()
    if not people and tok.i + 1 < len(s.doc):
        people += s.actors_at(s.doc[tok.i + 1])  # "leader X": the name right after the title
    return [p for p in dict.fromkeys(people) if c.types.get(p) == "person"]


def _is_title(c: RuleContext, tok: Token) -> tuple[bool, bool]:
    """(a title at all, a leader's title) for "premier", "commander", "spokesman", "prime minister"..."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    before = tok.doc[tok.i - 1].lower_ + " " if tok.i else ""
    leader = (
        word in c.actors.leader_titles or lemma in c.actors.leader_titles or before + word in c.actors.leader_titles
    )
    return leader or word in c.actors.member_titles or lemma in c.actors.member_titles, leader


def title_holder(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "Ruritanian premier Ana Vell", "Brigade commander X", "X, head of Y" (leadership);
    "a spokesman for the Front, Y" (membership)."""
    titled, leader = _is_title(c, tok)
    if not titled:
        return
    bodies = c.not_persons(s.actors_at(tok))
    bodies += [
        a
        for ch in tok.children
        if ch.dep_ in {"compound", "amod", "poss", "nmod"}
        for a in c.not_persons(s.actors_at(ch))
    ]
    if not bodies:
        bodies = c.not_persons(c.syn.prep_objects(s, tok, {"of", "for", "at"}))
    people = _title_holders(c, s, tok)
    if not bodies and people and tok.i > 0:
        # "IS leader X" where the parser took the name for a verb: the name right before
        bodies = c.not_persons(s.actors_at(s.doc[tok.i - 1]))
    yield from cross(people, bodies, "leadership" if leader else "membership", tok.lower_)


def leader_body(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "the Vell government", "Horvat's regime", "the RSF of Mohamed Hamdan Dagalo", "the forces
    of General X": the person leads the body."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    if _is_title(c, tok)[0]:
        return
    bodies = c.not_persons(s.actors_at(tok))
    of = [p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children if p.dep_ == "pobj"]
    led = word in c.actors.leader_bodies or lemma in c.actors.leader_bodies
    owners = [ch for ch in tok.children if ch.dep_ in {"poss", "compound"}] if led else []
    people = [a for o in owners + of for a in s.actors_at(o) if c.types.get(a) == "person"]
    people += [a for o in owners if o.lower_ == "whose" for a in whose_antecedent(s, o) if c.types.get(a) == "person"]
    yield from cross(people, bodies, "leadership", word if owners else "of")


def _owners(c: RuleContext, s: SentenceActors, tok: Token) -> list[str]:
    """Non-state actors named before a member noun, in text order ("the Front's branch").
    A state possessor ("Ruritania's main opposition group") says where a group is, not whose."""
    ids: list[str] = []
    for i in range(tok.left_edge.i, tok.i):
        word = s.doc[i]
        if word.dep_ in {"poss", "compound", "nmod", "case", "punct"} or word.head.i != tok.i:
            ids += [a for a in s.actors_at(word) if c.types.get(a) not in {"state", None}]
    if not ids and tok.dep_ == "compound":  # "the Islamic State affiliate ISWAP": the names before it
        for word in s.doc[tok.head.left_edge.i : tok.i]:
            if word.head.i == tok.head.i or word.head.i in range(tok.head.left_edge.i, tok.i):
                ids += [a for a in s.actors_at(word) if c.types.get(a) not in {"state", None}]
    return list(dict.fromkeys(ids))


def member_noun(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "X is the most powerful group in Y", "X, a faction of Y", "the Front affiliate X";
    "a splinter group of Y" is where X came from (offshoot); "X, Y's main enemy" opposes Y."""
    lemma = tok.lemma_.lower()
    backer = lemma in c.words.backer_nouns
    client = lemma in c.words.client_nouns
    rival = lemma in c.words.rivalry_nouns or tok.lower_ in c.words.rivalry_nouns  # "Kyiv's main enemy"
    if tok.pos_ != "NOUN" or (lemma not in c.words.part_nouns and not backer and not client and not rival):
        return
    members: list[str] = []
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        members = c.syn.subjects(s, tok.head)
    elif tok.dep_ in {"appos", "compound"}:
        # "ISIL al-Nusra Front (Qaeda's branch)": the apposition describes the name it follows
        fused = fused_names(s, tok.head)
        members = [a for a in c.syn.np_actors(s, tok.head) if a not in fused]
    members += [a for ch in tok.children if ch.dep_ == "appos" for a in c.syn.np_actors(s, ch)]
    origin = any(ch.lower_ in c.words.origin_nouns for ch in tok.children) or lemma in c.words.origin_nouns
    # "the official wing in Ruritania": a state after "in" is where, not whose
    within = [a for a in c.syn.prep_objects(s, tok, {"in", "within"}) if c.types.get(a) != "state"]
    within += c.syn.prep_objects(s, tok, {"of"})
    partner = (spec := c.words.nouns.get(lemma)) is not None and spec.kind == "alliance"
    if lemma in c.actors.name_heads:  # "the Kestrel brigade" is the group named, not its member
        members += [a for ch in tok.children if ch.dep_ in {"compound", "nmod"} for a in s.actors_at(ch)]
        owners = [a for ch in tok.children if ch.dep_ == "poss" for a in s.actors_at(ch) if c.types.get(a) != "state"]
    elif (
        partner or backer or client or rival
    ):  # "Iran's closest ally": a state that owns an ally is its partner, not where it is
        owners = [a for ch in tok.children if ch.dep_ == "poss" for a in s.actors_at(ch)] or _owners(c, s, tok)
        if not members:  # "his Russian and Iranian allies", "its Russian backers": the states named on the noun
            members = [a for a in s.actors_at(tok) if c.types.get(a) == "state" and a not in owners]
    else:
        owners = _owners(c, s, tok)
    if not members and len(owners) > 1:  # "X Y's official wing": names run together
        members, owners = owners[:-1], owners[-1:]
    if not members and owners:  # "Y's branch in Ruritania X": the branch named after its place
        members = [a for a in within if c.types.get(a) not in {"state", None}]
        within = [a for a in within if a not in members]
    bodies = [b for b in within + owners if b not in members]
    if any(ch.dep_ in {"amod", "compound"} and ch.lower_ in c.words.rivalry_nouns for ch in tok.children):
        yield from cross(members, bodies, "opposition", f"rival {lemma}")  # "Boko Haram's rival faction, ISWAP"
    elif origin:
        yield from cross(members, bodies, "offshoot", "splinter of")
    elif partner:
        yield from cross(members, bodies, "alliance", lemma)  # "Hezbollah, an ally of Iran": a partner, not a part
    elif backer:
        yield from cross(members, bodies, "support", lemma)  # "Russia, the main backer of the junta"
    elif client:
        yield from cross(bodies, members, "support", lemma)  # "Hezbollah, Iran's proxy": Iran backs it
    elif rival:
        yield from cross(members, bodies, "opposition", lemma)  # "Moscow, Kyiv's main enemy"
    else:
        yield from cross(members, bodies, "membership", lemma)


def including(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "armed groups including the Kestrel Brigade", "factions such as X": parts of the whole."""
    such_as = tok.lower_ == "as" and any(ch.lower_ == "such" for ch in tok.children)
    if not (tok.lower_ == "including" or such_as) or tok.dep_ != "prep":
        return
    parts = [a for p in tok.children if p.dep_ == "pobj" for a in c.syn.agents_of_np(s, p)]
    head = tok.head
    wholes = c.syn.subjects(s, head) if head.pos_ in {"VERB", "AUX"} else c.syn.np_actors(s, head)
    yield from cross(parts, [w for w in wholes if w not in parts], "membership", tok.lower_)


def stance_prefix(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "pro-junta militias" side with the junta, "anti-Vell protesters" oppose Vell."""
    doc = s.doc
    kind = c.words.prefixes.get(tok.lower_)
    if not kind or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
        return
    holder = tok.head
    while holder.dep_ in {"amod", "compound", "npadvmod"} and holder.head.i != holder.i:
        holder = holder.head
    group = c.syn.np_actors(s, holder)
    named = doc[tok.i + 2]
    # the prefixed word's own actor, not one whose name it merely opens ("anti-Maoist police force")
    others = [a for a in s.actors_at(named) if a not in group and a not in s.actors_at(named.head)]
    yield from cross(group, others, kind, f"{tok.lower_}-")


def stance_adjective(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "troops loyal to the junta", "the party is allied with the Front", "the army and allied
    militias"."""
    spec = c.words.adjectives.get(tok.lower_)
    if not spec or tok.pos_ not in {"ADJ", "VERB"}:
        return
    if tok.dep_ in {"amod", "acl"}:
        holders = c.syn.np_actors(s, c.syn.modified_noun(tok))
    elif tok.dep_ in {"acomp", "oprd"}:
        holders = c.syn.subjects(s, tok.head)
    else:
        return
    others = c.syn.prep_objects(s, tok, set(spec.preps))
    noun = c.syn.modified_noun(tok) if tok.dep_ == "amod" else None
    if not others and noun is not None and noun.dep_ == "conj":
        # "Congolese troops and allied militias": allied to the side named first
        others = [a for a in c.syn.np_actors(s, noun.head) if a not in holders]
    yield from cross(holders, others, spec.kind, tok.lower_)


def companion(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "the militia fought alongside the army"; "the junta, along with Vandorian forces, ..."."""
    words = c.words
    joined = tok.lower_ in words.companion_words or (
        tok.lower_ == "with" and tok.i > 0 and s.doc[tok.i - 1].lower_ in words.companion_adverbs
    )
    side = _on_the_side(tok)  # "fought on the side of the army"
    if not (joined or side) or tok.dep_ != "prep":
        return
    partners = [a for p in tok.children if p.dep_ == "pobj" for a in c.syn.np_actors(s, p)]
    head = tok.head.head.head if side else tok.head
    if head.lower_ in words.companion_adverbs and head.head.i != head.i:
        head = head.head  # "the regime, along with X": "with" hangs from "along"
    holders = c.syn.subjects(s, head) if head.pos_ in {"VERB", "AUX"} else c.syn.np_actors(s, head)
    yield from cross(holders, partners, "alliance", f"{s.doc[tok.i - 1].lower_} {tok.lower_}")


def _on_the_side(tok: Token) -> bool:
    """ "of" in "on the side of X", hung from a verb."""
    side = tok.head
    return tok.lower_ == "of" and side.lower_ == "side" and side.dep_ == "pobj" and side.head.lower_ == "on"


OWNED_TYPES = frozenset({"armed_group", "militia", "political_organisation", "organisation", "media", "bloc"})


def owned_name(c: RuleContext, s: SentenceActors, tok: Token) -> Iterator[Edge]:
    """ "Hayat Tahrir al-Sham's Salvation Government", "the KNLA's 5th Brigade", "Hezbollah's
    al-Manar": a body a group owns by name is part of it (a state's possessive may only say
    where: "Syria's Nusra Front")."""
    owned = [a for a in s.actors_at(tok) if c.types.get(a) in OWNED_TYPES]
    if not owned or tok.pos_ != "PROPN":
        return
    for ch in tok.children:
        if ch.dep_ != "poss":
            continue
        owners = [a for a in s.actors_at(ch) if c.types.get(a) in OWNED_TYPES and a not in owned]
        yield from cross(owned, owners, "membership", "'s")
