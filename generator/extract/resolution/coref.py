"""Coreference within an article: definite descriptions and pronouns.

Runs inside resolution, once every name has its actor: "the observatory"
names the article's one observatory again, "he" the person last in focus,
"they" the group (or the conjoined subjects of the clause).
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from ...lexicon import Lexicon, fold
from ...parsetree import Token
from ..context import EntityKey, MentionSpan, SentenceActors
from ..mentions.names import head_word, named_as
from ..mentions.wordclass import is_subject
from ..tree import modifier_actors

PLACES = {"GPE", "LOC", "FAC"}


class Focus(NamedTuple):
    """An actor named earlier in the article, as a candidate antecedent."""

    sentence: int
    token: int
    actor: str
    kind: str  # person | group | body
    subject: bool


def definite_descriptions(sents: list[SentenceActors], ids: dict[EntityKey, str], lex: Lexicon) -> None:
    """ "The observatory said", "Observatory director X": the head noun of the one
    organisation of the article with that head ("Syrian Observatory for Human Rights"),
    made definite by "the", capitalised inside a sentence, or naming whom a title
    belongs to, names it again; a state's noun only when something says it is not the
    state's ("the shadow government": the National Unity Government)."""
    state_heads = lex.actors.state_heads
    titles = lex.actors.leader_titles | lex.actors.member_titles
    heads: dict[str, set[str]] = defaultdict(set)
    words: dict[str, set[str]] = defaultdict(set)  # the words of the names with each head
    for s in sents:
        for i, key in s.keys.items():
            m = s.mentions[i]
            if key in ids and key.kind in {"org", "known"} and len(m.text.split()) > 1:
                heads[head_word(fold(m.text))].add(ids[key])
                words[head_word(fold(m.text))].update(fold(m.text).split())
    for s in sents:
        for tok in s.doc:
            owners = heads.get(tok.lower_, set())
            if (
                len(owners) == 1
                and not _other_modifiers(tok, words[tok.lower_], lex)  # "the civil defence group"
                and (
                    tok.pos_ == "NOUN"
                    or (tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ not in PLACES)
                    or (tok.pos_ == "ADJ" and tok.is_title and tok.dep_ == "compound" and tok.head.lower_ in titles)
                )
                and (tok.lower_ not in state_heads or any(c.lower_ in lex.actors.not_the_state for c in tok.lefts))
                and not (tok.is_lower and tok.lower_ in lex.actors.plain_heads)  # "at the front"
                and not s.actors_at(tok)
                and (
                    any(c.lower_ == "the" for c in tok.children)
                    or (tok.is_title and not tok.is_sent_start)
                    or (tok.dep_ == "compound" and tok.head.lower_ in titles)  # "observatory director X"
                )
            ):
                s.tokens[tok.i] = tuple(owners)


def _other_modifiers(tok, name_words: set[str], lex: Lexicon) -> bool:
    """A noun for any group ("group", "organisation") after a noun that is no word of the name it
    would stand for: "the civil defence group", "the rights group" say what kind of group, so
    they are not the Islamic State group; a distinctive head ("the war observatory director" in
    text that lost its commas) still names its body."""
    own = name_words | lex.actors.not_the_state
    return tok.lower_ in lex.actors.group_nouns and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and fold(c.text) not in own for c in tok.lefts
    )


def the_group(sents: list[SentenceActors], types: dict[str, str], lex: Lexicon) -> None:
    """ "The group claimed the attack": "the" + a noun for a group, with nothing that says
    which ("the most powerful group in X" does), names the group named last before it:
    an armed group or an organisation, not a state, a person or an outlet."""
    kinds = {
        "group": (lex.actors.group_nouns, {"armed_group", "militia", "ngo", "political_organisation", "organisation"}),
        "outlet": (lex.actors.outlet_nouns, {"media"}),  # "Reuters reported ... The agency said"
        "monitor": (lex.actors.monitor_nouns, {"ngo", "organisation", "international_organisation"}),
    }
    kind_of = {noun: k for k, (nouns, _) in kinds.items() for noun in nouns}
    last: dict[str, list[Focus]] = defaultdict(list)
    for n, s in enumerate(sents):
        for tok in s.doc:
            kind = kind_of.get(tok.lower_)
            # not a group named inside the description itself: "the al-Qaeda-linked group" is not al-Qaeda
            before = [f for f in last[kind] if f.sentence < n or f.token < tok.left_edge.i] if kind in last else []
            if (
                before
                and not s.actors_at(tok)
                and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
                and not any(c.dep_ in {"compound", "appos", "prep", "relcl", "acl"} for c in tok.children)
            ):
                s.tokens[tok.i] = (_salient(before),)
            named = s.actors_at(tok)
            for k, (_, types_of) in kinds.items() if named else ():
                found = next((a for a in named if types.get(a) in types_of), None)
                if found:
                    last[k].append(Focus(n, tok.i, found, k, is_subject(tok)))


def _salient(before: list[Focus]) -> str:
    """Of the groups named in the latest sentence that names one, the subject, else the last:
    "Hezbollah said it acted in support of Hamas. The group's leader ..." is Hezbollah's."""
    latest = [f for f in before if f.sentence == before[-1].sentence]
    return next((f.actor for f in reversed(latest) if f.subject), latest[-1].actor)


def resolve_pronouns(
    sents: list[SentenceActors], ids: dict[EntityKey, str], hostile: frozenset[str] = frozenset()
) -> None:
    """Give each pronoun the actor it most likely stands for (captions never set focus). The
    target of a hostile verb is not its subject ("the army said its troops repelled them",
    "the US struck their bases"): `hostile` are the lemmas of such verbs and nouns."""
    history: list[Focus] = []
    for n, s in enumerate(sents):
        local: list[Focus] = []
        for i, m in enumerate(s.mentions):
            if m.category == "pronoun":
                foes = _attackers(s, m, hostile) | _named_on_owned(s, m)
                got = _antecedent(m, s, n, [h for h in history + local if h.actor not in foes])
                if got:
                    s.tokens[m.head] = got
                continue
            key = s.keys.get(i)
            if key in ids:
                # plural role nouns ("the rebels") are what "they" most often means; a singular one
                # ("state television", "the coalition") is a body like any named one
                kind = "person" if key.kind == "person" else ("group" if key.generic and m.plural else "body")
                local.append(Focus(n, m.head, ids[key], kind, m.subject))
        if not s.is_caption:
            history += local


def _antecedent(m: MentionSpan, s: SentenceActors, n: int, history: list[Focus]) -> tuple[str, ...]:
    tok = s.doc[m.head]
    if tok.lower_ in {"its", "their"} and tok.head.dep_ == "conj" and s.actors_at(tok.head.head):
        return s.actors_at(tok.head.head)  # "Syrian forces and their Russian ally": the first conjunct's
    word = tok.lower_
    if word in {"he", "him", "his", "she", "her"}:
        kinds = {"person"}
    elif word in {"it", "its"}:
        kinds = {"body"}
    else:
        kinds = {"group", "body"}
    if word in {"their", "they"}:  # "them" is never its own clause's subject ("X and Y ambushed them")
        # both subjects, unless they are what the pronoun suffers ("X and Y shelled their positions")
        same = tuple(a for a in _clause_subjects(s, m) if any(h.actor == a for h in history))
        if len(same) > 1:
            return same
    speaker = _speaker(tok, s, kinds)
    if speaker and all(any(h.actor == a for h in history) for a in speaker):  # and not the pronoun's foe
        return speaker
    before = [h for h in history if h.kind in kinds and (h.sentence < n or h.token < m.head)]
    if not before:
        return ()
    if word in {"they", "them", "their"}:
        groups = [h for h in before if h.kind == "group"]
        before = groups or before
    latest = [h for h in before if h.sentence == before[-1].sentence]
    subjects = [h for h in latest if h.subject]
    return ((subjects or latest)[-1].actor,)


def _speaker(tok: Token, s: SentenceActors, kinds: set[str]) -> tuple[str, ...]:
    """The subject of a clause said, claimed or feared is, as a pronoun, the one who says it
    ("the militias said they had repelled the attack", "the army said it would respond",
    "a commander said his fighters had ambushed"), when it can be: 'they' needs a plural
    speaker (a single body saying "they" mostly speaks of others: "the UN said they were
    killed"; then the antecedent is found as for any pronoun)."""
    said = tok.head if tok.dep_ != "poss" else tok.head.head  # "said his fighters had ambushed"
    if tok.dep_ == "poss" and tok.head.dep_ not in {"nsubj", "nsubjpass"}:
        return ()
    verb = said if tok.dep_ == "poss" else tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass", "poss"} or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return ()
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return ()
    named = [t for c in subject.children if c.dep_ == "acl" for t in named_as(c)]
    if not s.actors_at(subject):  # "a Fano commander", "Houthi fighters": whose they are
        named += [c for c in subject.children if c.dep_ in {"compound", "amod", "poss"}]
    ids = tuple(dict.fromkeys(a for t in (subject, *subject.conjuncts, *named) for a in s.actors_at(t)))
    if not ids:
        return ()
    if tok.lower_ in {"they", "their"}:
        fits = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    elif tok.lower_ in {"he", "she", "his", "her"}:  # a person, or one man a noun names ("a Fano commander")
        fits = subject.ent_type_ == "PERSON" or (subject.tag_ == "NN" and not subject.ent_type_)
    else:
        fits = "body" in kinds and subject.ent_type_ != "PERSON" and subject.tag_ not in {"NNS", "NNPS"}
    return ids if fits else ()


def _named_on_owned(s: SentenceActors, m: MentionSpan) -> set[str]:
    """ "their Russian and Iranian allies": who is named on the owned noun is not its owner."""
    tok = s.doc[m.head]
    return set(s.actors_at(tok.head)) if tok.dep_ == "poss" and tok.head.i != tok.i else set()


def _attackers(s: SentenceActors, m: MentionSpan, hostile: frozenset[str]) -> set[str]:
    """The subjects of the hostile verb a pronoun is (or owns) the object of, or of the verb
    whose object is a noun of harm done to it ("launched strikes on their bases")."""
    tok = s.doc[m.head]
    if tok.dep_ == "poss" and any(c.lower_ == "own" for c in tok.head.children):
        return set()  # "executed 70 of its own members": the doer's own
    if tok.dep_ == "poss":
        tok = tok.head
    verb = tok.head
    harm = False
    if tok.dep_ == "pobj":
        verb = verb.head
        owners = {*s.actors_at(verb), *modifier_actors(s, verb)}  # "an Israeli strike", "the army's offensive"
        if owners and verb.lemma_.lower() in hostile:
            return owners  # "condemned an Israeli strike on its headquarters": the striker is not "its"
        if verb.dep_ == "dobj":
            harm = verb.lemma_.lower() in hostile  # "imposed sanctions on its leader": the noun is the harm
            verb = verb.head  # "killed one of them", "wounded several of them"
    if tok.dep_ not in {"dobj", "pobj"} or not (harm or verb.lemma_.lower() in hostile):
        return set()
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":  # "ambushed a patrol and killed two of them": the first verb's
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {a for c in subjects for t in _noun_phrase(c) for a in s.actors_at(t)}


def _noun_phrase(tok):
    """A subject's words without its clauses ("rebels fighting to oust X": the rebels; "fighters
    of the ADF": the ADF's)."""
    yield tok
    for c in tok.children:
        if c.dep_ not in {"acl", "relcl", "advcl", "punct"} and (c.dep_ != "prep" or c.lower_ == "of"):
            yield from _noun_phrase(c)


def _clause_subjects(s: SentenceActors, m: MentionSpan) -> tuple[str, ...]:
    """ "Russia and Iran vowed to continue their support": their = both."""
    tok = s.doc[m.head]
    verb = tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj:
        return ()
    ids: list[str] = []
    for t in [subj[0], *subj[0].conjuncts]:
        ids += s.actors_at(t)
    return tuple(dict.fromkeys(ids))
