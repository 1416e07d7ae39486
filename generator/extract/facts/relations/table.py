"""The relation rules, in one table, and how a sentence is read with them.

Each rule has an id (exported with every relation it finds, in `rules`), the
function that reads a token (or, for verbs, the verb's frame), and a sentence of
the construction it reads. The table's order is the order rules are asked at each
token, which decides the cue kept when two rules state the same relation.
`bench/rules.py` counts how often each rule fires over a corpus and how often it is
right against the gold files.

A new rule: a function in verbs.py, nouns.py or structure.py and a line here. A new
relation kind: a line in model.RELATION_KINDS and its words in data/relations.yml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from ....model import polarity_of
from ...context import SentenceActors
from . import nouns, structure, verbs
from .base import Edge, RawRelation, RuleContext
from .nouns import relation_noun


@dataclass(frozen=True)
class Rule:
    id: str
    # a token; a noun of relation (the rule reads no other token: asked once for all such rules);
    # or the frame of a verb that is not negated
    reads: Literal["token", "noun", "verb"]
    apply: Callable[..., Iterable[Edge]]
    example: str  # a sentence of the construction, from any war: tests/test_rule_table.py reads it


RULES: tuple[Rule, ...] = (
    Rule(
        "compound-participle",
        "token",
        structure.compound_participle,
        "Rwanda-backed M23 rebels seized the town of Rubaya.",
    ),
    Rule("verb-object", "verb", verbs.verb_object, "Ukrainian drones struck the Russian navy in Sevastopol."),
    Rule("verb-passive", "verb", verbs.verb_passive, "The Sudanese army was attacked by the Rapid Support Forces."),
    Rule("verb-preposition", "verb", verbs.verb_preposition, "Houthi fighters fired on Saudi troops."),
    Rule("gave-to", "verb", verbs.gave_to, "Russia provided weapons to the separatists in Donbas."),
    Rule("received-from", "verb", verbs.received_from, "The Houthis received drones and missiles from Iran."),
    Rule("turned-to", "verb", verbs.turned_to, "Mali's junta turned to Russia for help against the jihadists."),
    Rule("deemed", "verb", verbs.deemed, "Ankara views the PKK as a terrorist group."),
    Rule(
        "support-against",
        "verb",
        verbs.support_against,
        "Russia supported the separatist forces against the Ukrainian army.",
    ),
    Rule(
        "verb-with",
        "verb",
        verbs.verb_with,
        "Ethiopia's prime minister met with President Isaias Afwerki in Asmara.",
    ),
    Rule("taken-from", "verb", verbs.taken_from, "The Myanmar army recaptured the town from the Arakan Army."),
    Rule(
        "fought-with",
        "verb",
        verbs.fought_with,
        "The Rapid Support Forces clashed with the Sudanese army in Khartoum.",
    ),
    Rule("kept-in-power", "verb", verbs.kept_in_power, "Chadian troops kept Francois Bozize in power."),
    Rule(
        "verb-against",
        "verb",
        verbs.verb_against,
        "The Tigray People's Liberation Front marched against the Ethiopian army.",
    ),
    Rule(
        "clashed-together",
        "verb",
        verbs.clashed_together,
        "Kenyan troops and al-Shabaab militants exchanged fire near Mandera.",
    ),
    Rule("joint-subjects", "verb", verbs.joint_subjects, "Mali and Burkina Faso vowed to fight the jihadists."),
    Rule("pitted-against", "verb", verbs.pitted_against, "The war pitted the Sudanese army against the RSF."),
    Rule(
        "condemned-attack",
        "verb",
        verbs.condemned_attack,
        "Al-Shabaab fighters stormed a hotel in Mogadishu. The African Union condemned the attack.",
    ),
    Rule(
        "killed-when",
        "verb",
        verbs.killed_when,
        "Two Malian soldiers were killed when JNIM militants set off a bomb near Gao.",
    ),
    Rule(
        "in-reprisal",
        "verb",
        verbs.in_reprisal,
        "Russia fired missiles at Kyiv in retaliation for Ukrainian drone attacks.",
    ),
    Rule("noun-target", "noun", nouns.noun_target, "Russia's support for the Wagner Group grew."),
    Rule("under-attack", "noun", nouns.under_attack, "The Sudanese army came under fire from the RSF near El Fasher."),
    Rule("backing-a-deed", "noun", nouns.backing_a_deed, "With the backing of Rwanda, the M23 rebels seized Goma."),
    Rule(
        "noun-between",
        "noun",
        nouns.noun_between,
        "Fighting between the Sudanese army and the Rapid Support Forces killed 12 people.",
    ),
    Rule("noun-joint-agents", "noun", nouns.noun_joint_agents, "Strikes by Russia and Belarus hit the city."),
    Rule("noun-sides", "noun", nouns.noun_sides, "The Ethiopia-Eritrea war killed thousands."),
    Rule("suffered-in", "noun", nouns.suffered_in, "Malian soldiers were killed in clashes with the JNIM."),
    Rule("includes-member", "verb", verbs.includes_member, "The Syrian Democratic Forces include the YPG."),
    Rule(
        "belongs-to",
        "verb",
        verbs.belongs_to,
        "The Kataib Hezbollah, which belongs to the Popular Mobilisation Forces, fired.",
    ),
    Rule(
        "title-holder",
        "token",
        structure.title_holder,
        "Wagner commander Dmitry Utkin said the fighters would stay.",
    ),
    Rule("leader-body", "token", structure.leader_body, "Ortega's government arrested the opposition leaders."),
    Rule(
        "member-noun",
        "token",
        structure.member_noun,
        "Kataib Hezbollah is a faction of the Popular Mobilisation Forces.",
    ),
    Rule(
        "including",
        "token",
        structure.including,
        "Armed groups including the Allied Democratic Forces attacked Beni.",
    ),
    Rule(
        "owned-name",
        "token",
        structure.owned_name,
        "Hayat Tahrir al-Sham's Salvation Government runs Idlib.",
    ),
    Rule("stance-prefix", "token", structure.stance_prefix, "The pro-Kremlin militias attacked the village."),
    Rule(
        "stance-adjective",
        "token",
        structure.stance_adjective,
        "Militias loyal to the Libyan government attacked Tripoli.",
    ),
    Rule("companion", "token", structure.companion, "The Wagner Group fought alongside the Malian army near Moura."),
)
RULE_IDS = tuple(r.id for r in RULES)
assert len(set(RULE_IDS)) == len(RULE_IDS)


def _asked(frame: bool, noun: bool) -> tuple[Rule, ...]:
    """The rules asked at a token, in table order: the verb rules only at a verb's frame, the
    noun rules only at a noun of relation, the token rules everywhere."""
    wanted = {"token"} | ({"verb"} if frame else set()) | ({"noun"} if noun else set())
    return tuple(r for r in RULES if r.reads in wanted)


_ASKED = {(frame, noun): _asked(frame, noun) for frame in (False, True) for noun in (False, True)}


def headline(s: SentenceActors) -> bool:
    """A title-case headline ("Rebels Seize Key Town From Army"): its words are capitalised
    for show, so its parse (and what it would say of who did what) is not to be trusted."""
    words = [t for t in s.doc if t.pos_ in {"NOUN", "VERB", "ADJ", "ADV"} and t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.75 * len(words)


def read_sentence(c: RuleContext, s: SentenceActors) -> list[RawRelation]:
    """Every relation the rules find in one sentence, token by token, in table order."""
    out: list[RawRelation] = []
    named = {a for ids in s.tokens.values() for a in ids}
    if (not named and not c.last_attackers) or headline(s):
        return out  # the cheap test first: most sentences name no one
    if len(named) < 2 and not (named and c.last_attackers):
        c.remember_attackers(s)  # "gunmen killed five": the next "the attack" is no longer the last one's
        return out  # the rules read their parties from the sentence (and the last attackers): none relate
    for tok in s.doc:
        frame = c.frame(s, tok)
        for rule in _ASKED[frame is not None, relation_noun(c, tok) is not None]:
            for e in rule.apply(c, s, frame if rule.reads == "verb" else tok):
                if e.source != e.target:
                    out.append(RawRelation(e.source, e.target, e.kind, polarity_of(e.kind), e.cue, s.ref, rule.id))
    c.remember_attackers(s)
    return out
