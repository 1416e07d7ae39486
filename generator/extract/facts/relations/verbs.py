"""Relation rules read from verbs: who does what to whom.

Each rule takes the verb's frame (its agents and patients, worked out once in
base.py) and yields edges; which verbs say which kind is data (relations.yml).
"""

from __future__ import annotations

from collections.abc import Iterator

from ....parsetree import Token
from ...context import SentenceActors
from ...mentions.wordclass import received_backing
from ...tree import governing_verb, is_passive, subject_heads
from .base import Edge, RuleContext, VerbFrame, cross, together
from .nouns import relation_noun, suffering_sides


def _in_power(frame: VerbFrame, c: RuleContext) -> bool:
    """ "kept Assad in power": "in" with a noun of power under the verb."""
    return any(
        ch.dep_ == "prep" and ch.lower_ == "in" and any(p.lower_ in c.words.power_nouns for p in ch.children)
        for ch in frame.verb.children
    )


def verb_object(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Vandoria bombed the Kestrel Brigade": the subject acts on the object."""
    if f.kind and not f.passive:
        yield from cross(f.agents, f.patients, f.kind, f.lemma)


def verb_passive(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the convoy was ambushed by the Brigade", "a group outlawed in Ruritania": the agent of a
    passive acts on its subject (a designating state after "in" or "by")."""
    if f.kind and f.passive:
        yield from cross(f.agents, f.patients, f.kind, f.lemma)
    if f.kind == "support" and f.passive and f.verb.dep_ == "acl" and f.verb.head.lemma_.lower() in c.words.lemmas:
        # "fought the ELN in a campaign supported by US air strikes": the backer fights the foe too
        governing = governing_verb(f.verb.head)
        kind = c.words.verbs.get(governing.lemma_.lower()) if governing is not None else None
        if kind in {"attack", "fighting"} and not is_passive(governing):
            yield from cross(f.agents, c.syn.objects(s, governing), "fighting", f"{f.lemma} against")


def support_against(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Vandoria armed the militias against the Brigade": the backer fights the third party."""
    if f.kind == "support" and not f.passive:
        targets = [a for ch in f.verb.children if ch.dep_ == "dobj" for a in c.syn.prep_objects(s, ch, {"against"})]
        yield from cross(f.agents, targets, "fighting", f"{f.lemma} against")


def verb_preposition(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "gunmen fired on the convoy", "the militia turned on its former allies": a verb whose target
    comes after a preposition."""
    spec = c.words.verbs_with_preps.get(f.lemma)
    if spec is not None and not f.passive:
        objects = [f.verb, *(ch for ch in f.verb.children if ch.dep_ == "dobj")]  # "fired rockets at X"
        agents = f.agents
        if spec.kind == "alliance":  # "an RSF commander defected to the army": he left the RSF, it did not
            agents = [a for ch in f.verb.children if ch.dep_ == "nsubj" and ch.pos_ == "PROPN" for a in s.actors_at(ch)]
        for prep in spec.preps:
            targets = [a for o in objects for a in c.syn.prep_objects(s, o, {prep})]
            yield from cross(agents, targets, spec.kind, f"{f.lemma} {prep}")


def deemed(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Turkey considers the YPG a terrorist organisation", "Ankara views the PKK as a terrorist
    group", "the YPG, which Turkey regards as a terror group": a designation by deeming."""
    if f.lemma not in c.words.deeming_verbs:
        return
    nouns = c.words.designation_nouns
    said = [ch for ch in f.verb.children if ch.dep_ in {"ccomp", "xcomp", "oprd", "attr", "dobj"}]
    said += [p for ch in f.verb.children if ch.dep_ == "prep" and ch.lower_ == "as" for p in ch.children]
    said = [
        p
        for p in said
        if p.lemma_.lower() in nouns and any(a.lower_ in c.words.designation_adjectives for a in p.children)
    ]
    if not said:
        return
    if f.passive:
        yield from cross(f.agents, f.patients, "designation", f.lemma)
        return
    deemed_ones = [a for a in f.patients] + [
        a for p in said for ch in p.children if ch.dep_ == "nsubj" for a in c.syn.np_actors(s, ch)
    ]
    yield from cross(f.agents, deemed_ones, "designation", f.lemma)


def gave_to(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Vandoria provided weapons to the separatists", "sent advisers to the junta": the receiver is backed."""
    if f.lemma in c.words.giving_verbs and not f.passive:
        objects = [f.verb, *(ch for ch in f.verb.children if ch.dep_ == "dobj")]
        receivers = [
            a
            for o in objects
            for p in o.children
            if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
            for g in p.children
            if g.dep_ == "pobj"
            for a in c.syn.np_actors(s, g)
        ]
        receivers = receivers or [  # "gave Ukraine two air defence systems": the indirect object
            a for ch in f.verb.children if ch.dep_ == "dative" and ch.lower_ != "to" for a in c.syn.np_actors(s, ch)
        ]
        yield from cross(f.agents, receivers, "support", f"{f.lemma} to")
        if not receivers and _gives_backing(c, f.verb):  # "provided the army with jets and drones"
            yield from cross(f.agents, c.syn.objects(s, f.verb), "support", f"{f.lemma} with")


def _gives_backing(c: RuleContext, verb: Token) -> bool:
    """Whether what a verb gives "with" is backing: "provided X with weapons", not "with ease"."""
    given = [g for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "with" for g in ch.children]
    given += [cj for g in given for cj in g.conjuncts]
    return any(g.lower_ in c.words.received_support or g.lemma_.lower() in c.words.received_support for g in given)


def turned_to(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Mali's junta turned to Russia's Wagner Group for help", "looked to Iran for weapons": whom
    a side turns to for backing backs it."""
    if f.lemma not in c.words.reliance_verbs or f.passive:
        return
    wanted = [p for ch in f.verb.children if ch.dep_ == "prep" and ch.lower_ == "for" for p in ch.children]
    if not any(p.lemma_.lower() in c.words.received_support or _noun_kind(c, p) == "support" for p in wanted):
        return
    yield from cross(c.syn.prep_objects(s, f.verb, {"to"}), f.agents, "support", f"{f.lemma} to")


def _noun_kind(c: RuleContext, noun: Token) -> str | None:
    """The relation kind a noun names ("help": support, "strikes": attack), if any."""
    spec = relation_noun(c, noun)
    return spec.kind if spec is not None else None


def received_from(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the rebels received drones from Vandoria", "gets funding from the Front": the giver backs
    the receiver when what is received is backing (not "received a delegation from X")."""
    if f.passive or not received_backing(f.verb, c.words):
        return
    holders = [f.verb, *(ch for ch in f.verb.children if ch.dep_ == "dobj")]
    froms = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    froms += [cj for p in froms for cj in p.conjuncts if cj.lower_ == "from"]  # "from exports and from X"
    givers = [a for p in froms for g in p.children if g.dep_ == "pobj" for a in c.syn.np_actors(s, g)]
    yield from cross(givers, [a for a in f.agents if a not in givers], "support", f"{f.lemma} from")


def verb_with(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the party allied with the Front", "the envoy met with rebel leaders"."""
    if f.kind in {"alliance", "contact"}:  # "the Houthis are allied with Iran": the passive's subject allies
        yield from cross(f.agents or (f.patients if f.passive else []), c.syn.partners(s, f.verb), f.kind, f.lemma)


def taken_from(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the army recaptured the town from the rebels": taken from an enemy."""
    if f.lemma in c.words.from_hostile and not f.passive:
        losers = c.syn.prep_objects(s, f.verb, {"from"})
        for obj in (ch for ch in f.verb.children if ch.dep_ == "dobj"):  # "won back a string of villages from X"
            losers += c.syn.prep_objects(s, obj, {"from"})
            losers += [
                a
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                for a in c.syn.prep_objects(s, g, {"from"})
            ]
        yield from cross(f.agents, losers, "fighting", f"{f.lemma} from")
        yield from cross(f.agents, _holders_of_taken(c, s, f), "fighting", f.lemma)


TAKING = frozenset({"capture", "seize", "retake", "recapture", "wrest", "liberate"})


def _holders_of_taken(c: RuleContext, s: SentenceActors, f: VerbFrame) -> list[str]:
    """ "seized a town held by the Brigade", "captured Kestrel positions", "took control of the
    Brigade-held hills": who held what was taken fought the taker (a taken place named by itself
    says nothing of its holder; "took" only with "control")."""
    taken = [ch for ch in f.verb.children if ch.dep_ == "dobj" and not s.actors_at(ch)]
    if f.lemma == "take":
        of = [p for ch in taken if ch.lower_ == "control" for p in ch.children if p.lower_ == "of"]
        taken = [g for p in of for g in p.children]
    elif f.lemma not in TAKING:
        return []
    return [a for t in taken for a in c.syn.np_actors(s, t)]


def fought_with(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "militiamen clashed with soldiers", "fought against the junta"."""
    if f.lemma in c.words.with_hostile:
        yield from cross(f.agents, c.syn.prep_objects(s, f.verb, {"with", "against"}), "fighting", f.lemma)


def clashed_together(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the Front and the Brigade clashed near the border", "militants and troops exchanged
    fire", "troops of A and B fired on each other", "A and B accused one another": the parties
    named as the subject did it to each other (not so with an object or a "with", which other
    rules read)."""
    objects = [ch for ch in f.verb.children if ch.dep_ == "dobj"]
    exchange = f.lemma == "exchange" and any(o.lemma_.lower() in c.words.hostile_exchanges for o in objects)
    kind = _mutual_kind(c, f)
    kind = kind if kind and _each_other(f.verb) else None  # the cheap test first: most verbs are of no kind
    if f.passive or not (exchange or kind or (f.lemma in c.words.clash_verbs and not objects)):
        return
    subjects = [ch for ch in f.verb.children if ch.dep_ == "nsubj"]
    opponent = any(ch.dep_ == "prep" and ch.lower_ in {"with", "against"} for ch in f.verb.children)
    if len(subjects) != 1 or (opponent and not kind):
        return  # "A and B clashed with Kurdish forces": together against a third, named or not
    sides = [c.not_persons(side) for side in c.syn.np_sides(s, subjects[0])]  # each conjunct a side
    if kind and len(sides) == 1:
        sides = [[a] for a in sides[0]]  # "Ethiopian and Eritrean soldiers shelled each other": each its own side
    for i, side in enumerate(sides):
        for other in sides[i + 1 :]:
            yield from cross(side, [b for b in other if b not in side], kind or "fighting", f"{f.lemma} (each other)")


RECIPROCALS = (("each", "other"), ("one", "another"))


def _each_other(verb: Token) -> bool:
    """Whether a verb's object is "each other" or "one another", alone, after a preposition or
    owning the object ("shelled each other's positions")."""
    objects = [g for ch in verb.children for g in (ch, *ch.children) if g.dep_ in {"dobj", "pobj"}]
    near = objects + [p for o in objects for p in o.children if p.dep_ == "poss"]  # "on each other's positions"
    doc = verb.doc
    pairs = {(doc[t.i - 1].lower_, t.lower_) for t in near if t.i > 0}
    pairs |= {(t.lower_, doc[t.i + 1].lower_) for t in near if t.i + 1 < len(doc)}  # "one" with "another" hung on it
    return bool(pairs & set(RECIPROCALS))


def _mutual_kind(c: RuleContext, f: VerbFrame) -> str | None:
    """The relation a verb done to "each other" states: its own kind ("accused each other"),
    or fighting for a verb of clashing."""
    spec = c.words.verbs_with_preps.get(f.lemma)
    kind = f.kind or (spec.kind if spec is not None else None)
    return kind or ("fighting" if f.lemma in c.words.clash_verbs else None)


def kept_in_power(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Vandorian troops kept the president in power": support (for his state, see inference)."""
    if f.lemma in c.words.keep_in_power and _in_power(f, c):
        yield from cross(f.agents, f.patients, "support", "kept in power")


def verb_against(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the rebels marched against the capital's defenders", "waged war against X"."""
    if f.kind or f.lemma in c.words.campaign_verbs:
        yield from cross(f.agents, c.syn.prep_objects(s, f.verb, {"against"}), "fighting", f"{f.lemma} against")


def pitted_against(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the fighting pitted the Special Deterrence Force against the 444th Brigade", "a war
    pitting Russia against Ukraine": the object fights the one after "against"."""
    if f.lemma in c.words.pairing_verbs:
        foes = c.syn.prep_objects(s, f.verb, {"against"})
        yield from cross(c.syn.objects(s, f.verb), foes, "fighting", f"{f.lemma} against")


def joint_subjects(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Vandoria and Ruritania vowed to ...": conjoined subjects act together (not of verbs
    that take both parties, such as "fight" or "negotiate"; "X and Y held talks" is contact)."""
    if f.passive or f.lemma in c.words.reciprocal or f.lemma in c.victim_verbs:
        return  # "X and Y died in the fighting" is no joint action
    subj = [ch for ch in subject_heads(f.verb) if ch.dep_ == "nsubj"]
    if not subj or (len(subj) < 2 and not list(subj[0].conjuncts)) or subj[0].lower_ in {"which", "who"}:
        return
    if _each_other(f.verb):
        return  # "X and Y fired on each other" is read by clashed_together
    if any(t.dep_ == "cc" and (t.lower_ in {"or", "nor"} or "/" in t.text) for t in subj[0].subtree):
        return  # "JNIM or ISGS militants attacked": one of them did, not both together
    fights = [relation_noun(c, t) for t in subj if t.pos_ == "NOUN" and not s.actors_at(t)]
    if any(spec and spec.kind in {"attack", "fighting"} for spec in fights):
        return  # "a gunfight between group the X and the Y took place", X parsed as a second subject
    meeting = c.words.meeting_nouns
    objects = [ch for ch in f.verb.children if ch.dep_ == "dobj"]
    objects += [  # "agreed to a truce", "agreed on a ceasefire"
        o for ch in f.verb.children if ch.dep_ == "prep" and ch.lower_ in {"to", "on"} for o in ch.children
    ]
    objects += [m for o in objects for m in o.children if m.dep_ in {"compound", "amod"}]  # "a peace deal"
    met = any(o.lower_ in meeting or o.lemma_.lower() in meeting for o in objects)
    if f.lemma == "be":  # "X and Y are rivals", "are allies"; "X and Y are in talks" says nothing
        attrs = [ch for ch in f.verb.children if ch.dep_ == "attr"]
        if any(a.lower_ in c.words.rivalry_nouns for a in attrs):
            yield from together(c.not_persons(f.agents), "opposition", f"together: {attrs[0].lower_}")
        elif any(
            c.words.nouns.get(a.lemma_.lower()) and c.words.nouns[a.lemma_.lower()].kind == "alliance" for a in attrs
        ):
            yield from together(c.not_persons(f.agents), "alliance", f"together: {attrs[0].lower_}")
        return
    yield from together(c.not_persons(f.agents), "contact" if met else "alliance", f"together: {f.verb.lemma_}")


def includes_member(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the rebels, who include fighters from the Kestrel Brigade": the object is part of the subject."""
    subjects = [ch for ch in f.verb.children if ch.dep_ == "nsubj"]
    pronoun = any(ch.pos_ == "PRON" and ch.lower_ not in {"who", "which", "that"} for ch in subjects)
    if f.lemma in c.words.inclusion_verbs and not f.passive and not pronoun:  # "they included": who?
        parts = [a for ch in f.verb.children if ch.dep_ == "dobj" for a in c.syn.agents_of_np(s, ch)]
        yield from cross(parts, f.agents, "membership", f.lemma)


def belongs_to(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "the Kestrel Brigade, which belongs to the Front": the subject is part of the body."""
    preps = c.words.membership_verbs.get(f.lemma)
    if preps:
        yield from cross(f.agents, c.syn.prep_objects(s, f.verb, set(preps)), "membership", f.lemma)


def condemned_attack(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Al-Shabaab stormed a hotel. The African Union condemned the attack.": "the attack"
    with nothing that says whose is the article's last attack, and its doers are accused;
    "Kenyan troops repelled the attack": they are fought."""
    if f.kind not in {"accusation", "fighting"} or not c.last_attackers:
        return
    for o in (ch for ch in f.verb.children if ch.dep_ == ("nsubjpass" if f.passive else "dobj")):
        spec = c.words.nouns.get(o.lemma_.lower())
        definite = any(d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these", "those"} for d in o.children)
        if spec and spec.kind == "attack" and definite and not s.actors_at(o) and not c.event_agents(s, o):
            yield from cross(f.agents, c.attackers_of(o), f.kind, f"{f.lemma} the {o.lower_}")


def killed_when(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "30 soldiers were killed when Fano fighters set off a bomb", "two policemen died after
    gunmen stormed their post": whoever acts in the clause that tells how they died attacked
    them (a "by" phrase of the deaths is read by verb-passive)."""
    if not ((f.passive and f.lemma in c.harm_verbs) or f.lemma in c.victim_verbs):
        return
    if any(ch.dep_ == "agent" for ch in f.verb.children):
        return
    subject = next((ch for ch in f.verb.children if ch.dep_ in {"nsubj", "nsubjpass"}), None)
    marks = c.words.circumstance_marks
    clauses = [
        ch
        for ch in f.verb.children
        if ch.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in marks for m in ch.children)
    ]
    if subject is None or not clauses:
        return
    victims = [a for side in suffering_sides(c, s, subject) for a in side]
    for clause in clauses:
        if not is_passive(clause):
            doers = [a for a in c.not_persons(c.syn.subjects(s, clause)) if a not in victims]
            yield from cross(doers, victims, "attack", f"{f.lemma} when")


HOSTILE_NOUNS = frozenset({"attack", "fighting"})  # the kinds of noun a reprisal pays back


def _hostile(c: RuleContext, noun: Token) -> bool:
    return _noun_kind(c, noun) in HOSTILE_NOUNS


def _paid_back(c: RuleContext, s: SentenceActors, f: VerbFrame) -> list[str]:
    """Whose attack a verb of reprisal pays back: the owner of an attack it takes ("respond to X's
    strikes", "avenge the Y raid", "by" hung on the verb), or whom it is "against"."""
    preps = [ch for ch in f.verb.children if ch.dep_ == "prep" and ch.lower_ in {"to", "for", "against"}]
    paid = [ch for ch in f.verb.children if ch.dep_ == "dobj"]
    paid += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    attacks = [g for g in paid if _hostile(c, g)]
    owners = [a for g in attacks for a in c.event_agents(s, g)] or (c.by_agents(s, f.verb) if attacks else [])
    return owners + [
        a for g in paid if g.head.lower_ == "against" and not _hostile(c, g) for a in c.syn.np_actors(s, g)
    ]


def in_reprisal(c: RuleContext, s: SentenceActors, f: VerbFrame) -> Iterator[Edge]:
    """ "Russia fired missiles at Kyiv in retaliation for Ukrainian drone attacks", "the group would
    respond to airstrikes by the army", "retaliated against X": who strikes back strikes the owner
    of the attack paid back (its demonym, name or "by" phrase; "the killing of X" names a victim,
    not an owner)."""
    if f.passive:
        return
    if f.lemma in c.words.reprisal_verbs:
        yield from cross(f.agents, [a for a in _paid_back(c, s, f) if a not in f.agents], "attack", f.lemma)
        return
    aimed = c.words.verbs_with_preps.get(f.lemma)  # "fired rockets", "launched missiles"
    if (f.kind or (aimed.kind if aimed else None)) not in HOSTILE_NOUNS:
        return
    holders = [f.verb, *(ch for ch in f.verb.children if ch.dep_ == "dobj")]
    for prep in (ch for h in holders for ch in h.children if ch.dep_ == "prep" and ch.lower_ == "in"):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in c.words.reprisal_nouns):
            paid = [g for q in noun.children if q.dep_ == "prep" for g in q.children if g.dep_ == "pobj"]
            owners = [a for g in paid if _hostile(c, g) for a in c.event_agents(s, g)]
            yield from cross(f.agents, [a for a in owners if a not in f.agents], "attack", f"in {noun.lower_}")
