"""Mentions that are not names: role nouns, demonyms standing for a state, pronouns.

"Iranian-backed militias", "the regime", "Russian jets", "they": collective
actors and references, found from the parse and the Lexicon's role nouns.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon, Role, fold
from ...parsetree import Doc, Token
from ..context import MentionSpan
from .names import NAME_LABELS, named_as
from .wordclass import before_asset, hostile_noun, is_plural, is_state_noun, is_subject, modified, organ_chain, parties

ATTACKS = frozenset({"attack"})  # the kind of noun a demonym before it makes its state the attacker of

PRONOUNS = {"he", "him", "his", "she", "her", "they", "them", "their", "it", "its"}


def _attributive(tok: Token, lex: Lexicon) -> bool:
    """A role noun used as a modifier of a holding participle: "rebel-held", "militant-controlled"."""
    return tok.dep_ in {"npadvmod", "compound", "amod"} and tok.head.lower_ in lex.phrases.holding_participles


def _role_of(tok: Token, lex: Lexicon) -> tuple[Role, int] | None:
    """The role a noun heads: two-word forms ("rebel forces") before one-word."""
    if _attributive(tok, lex):
        # "a rebel-held town": the group that holds it, named by its noun (which the tagger may take
        # for an adjective)
        held = lex.actors.role_by_noun.get(fold(tok.text)) or lex.actors.role_by_noun.get(fold(tok.text + "s"))
        if held is not None:
            return held, tok.i
    if tok.pos_ not in {"NOUN", "PROPN"} and (tok.pos_ != "ADJ" or not before_title(tok, lex)):
        return None  # "military" of "a military spokesman" is the tagger's adjective
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.head.i == tok.i and prev.dep_ in {"compound", "amod"}:
        role = lex.actors.role_by_noun.get(fold(f"{prev.text} {tok.text}")) or _state_body_means(prev, tok, lex)
        if role and role.state and _owned_by_a_body(tok, prev.i, lex):
            return None  # "ISIL's security forces", "Hamas security forces": the group's own, not the state's
        if role:
            return role, prev.i
    role = lex.actors.role_by_noun.get(fold(tok.text))
    if role is None and tok.lower_ in lex.actors.leader_bodies:
        # "Maduro's forces", "President X's troops": the body a named person leads
        led = any(c.dep_ in {"poss", "compound"} and c.ent_type_ == "PERSON" for c in tok.children)
        role = next((r for r in lex.actors.roles if r.state), None) if led else None
    if role is None:
        return None
    if role.state:
        if any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children
        ):
            return None  # "the Army of Conquest" is a name, not the state's army
        if any(c.lower_ in lex.actors.not_the_state for c in tok.lefts):
            return None  # "the shadow government", "the rebel army": another body
        owned = any(c.dep_ in {"poss", "compound", "amod"} for c in tok.children)
        has_the = any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
        bare = tok.lower_ in lex.actors.bare_state_nouns and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        titled = before_title(tok, lex) and not _titled_by_another(tok, lex)
        # "an army base" (not an adjective: "a military vehicle", "military targets" say what kind)
        asset = tok.dep_ == "compound" and before_asset(tok, lex)
        return (role, tok.i) if owned or has_the or bare or titled or asset else None
    phrase = [tok, _np_head(tok)]
    definite = any(
        c.dep_ in {"det", "poss", "compound", "amod", "nmod"} and c.lower_ not in {"a", "an"} and c.i < tok.i
        for t in phrase
        for c in t.children
    )
    return (role, tok.i) if is_plural(tok) or (role.singular and definite) else None


NOT_BODIES = frozenset({"PERSON", "DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})


def _owned_by_a_body(tok: Token, start: int, lex: Lexicon) -> bool:
    """A name before a state's role noun that is no state's, demonym's or person's ("ISIL's security
    forces", "Hamas police"): the forces are that body's."""
    words = [c for t in (tok, tok.doc[start]) for c in t.children if c.i < start and c.dep_ in {"poss", "compound"}]
    for c in words:
        if c.ent_type_ in NOT_BODIES or not c.text[:1].isupper():
            continue  # "Assad's forces", "Last Monday government forces", "Damascus government forces"
        named = c.i > 0 or c.pos_ == "PROPN" or c.ent_type_ == "ORG" or c.text[:2].isupper()
        if named and not lex.country_of(c.text, _before(c), "demonym name metonym"):
            return True
    return False


def _state_body_means(body: Token, tok: Token, lex: Lexicon) -> Role | None:
    """ "regime soldiers", "junta jets", "army helicopters": a noun the state's own role is named by
    ("the regime", "the junta", "the army") before the troops or arms a state acts with is that
    state's role, as "government troops" is (a title after it is left to `before_title`)."""
    if body.dep_ != "compound" or any(c.dep_ == "compound" for c in body.children):
        return None  # "Arakan Army helicopters": the tail of a name
    role = lex.actors.role_by_noun.get(fold(f"the {body.text}"))
    means = {tok.lemma_.lower(), tok.lower_}
    if role is None or not role.state or not means & lex.actors.state_nouns:
        return None
    titled = means & (lex.actors.member_titles | lex.actors.leader_titles)
    return None if titled else role


def before_title(tok: Token, lex: Lexicon) -> bool:
    """A state's organ named right before a title: "army spokesman", "a military official",
    "police chief X" (the holder speaks for the state, as "the army's spokesman" does)."""
    head = tok.head
    if head.i != tok.i + 1 or tok.dep_ not in {"compound", "amod", "nmod"}:
        return False
    title = head.lemma_.lower()
    return title in lex.actors.member_titles or title in lex.actors.leader_titles


def _titled_by_another(tok: Token, lex: Lexicon) -> bool:
    """ "Houthi military spokesman", "TPLF army chief": a name before the organ says whose organ
    it is, and that is no state unless the name is a state's ("Pakistan army spokesman")."""
    for c in tok.head.lefts:
        if c.i >= tok.i or not c.text[:1].isupper() or lex.country_of(c.text, _before(c), "demonym name metonym"):
            continue
        if c.i > 0 or c.pos_ == "PROPN" or c.ent_type_ or c.text.isupper() or fold(c.text) in lex.known_by_name:
            return True
    return False


def _np_head(tok: Token) -> Token:
    """The noun a chain of compounds ends in ("coalition" -> "fighter" -> "jets")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _equipment(tok: Token, lex: Lexicon) -> list[int]:
    """ "coalition fighter jets", "rebel artillery": the means a group acts with are the group."""
    head = _np_head(tok)
    means = fold(tok.doc[tok.i + 1 : head.i + 1].text)
    if head.i > tok.i and (head.lemma_.lower() in lex.actors.state_nouns or means in lex.actors.state_nouns):
        return list(range(tok.i + 1, head.i + 1))
    return [tok.i + 1] if before_title(tok, lex) else []


def _qualifier(tok: Token, lex: Lexicon) -> tuple[str | None, str | None, list[int]]:
    """Country (or person) that qualifies a role noun: "Turkish", "Iran-backed", "Iran's"."""
    tokens = []
    head = tok.head if before_title(tok, lex) else _np_head(tok)  # "a Russian military spokesman"
    lefts = [*tok.lefts, *(c for c in head.lefts if c.i < tok.i)] if head.i != tok.i else list(tok.lefts)
    if tok.i and tok.head.lower_ in lex.phrases.holding_participles:
        # "the Russian army-held city": the parser hangs the demonym on the city, but it is the army's
        before = tok.doc[tok.i - 1]
        if before.dep_ in {"amod", "compound"} and before.head.i == tok.head.head.i:
            lefts.append(before)
    for child in lefts:
        if child.dep_ not in {"amod", "compound", "poss", "npadvmod", "nmod"}:
            continue
        words = [child] + [g for g in child.children if g.dep_ in {"npadvmod", "compound", "amod", "nmod"}]
        for w in words:
            country = lex.country_of(w.text, _before(w), "demonym name metonym")
            if country:
                tokens.append(w.i)
                backed = child.dep_ == "poss" or child.lower_ in lex.relations.compounds
                return (country.name, "backer" if backed else None, tokens)
            if w.lower_ in lex.actors.person_titles:
                continue  # "Syrian President X's forces": the title is not the person; its demonym may follow
            if w.ent_type_ == "PERSON" or (w.pos_ == "PROPN" and child.dep_ in {"poss", "compound"}):
                return None, w.text, [w.i]
    return None, None, tokens


def _left_edge(tok: Token) -> int:
    edge = tok.i
    for child in tok.lefts:
        if child.dep_ in {"amod", "compound", "npadvmod", "nmod", "punct"} and child.i < edge:
            edge = min(edge, child.left_edge.i)
    return edge


def _named_beside(tok: Token, taken: set[int]) -> bool:
    """A group noun whose apposition, or "known as" phrase, is a name already found; or the kind
    a name is one of ("the Arakan Army, one of the most powerful ethnic armed groups,")."""
    named = [c for c in tok.children if c.dep_ == "appos"]
    named += [t for c in tok.children if c.dep_ == "acl" for t in named_as(c)]
    of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    one = of.head if of is not None and of.head.lower_ == "one" and of.head.dep_ == "appos" else None
    named += [one.head] if one is not None else []
    return any(n.i in taken and n.pos_ == "PROPN" for n in named)


def role_mentions(doc: Doc, taken: set[int], lex: Lexicon) -> list[MentionSpan]:
    """Collective actors named by a role noun: "rebel forces", "the regime"."""
    out = []
    for tok in doc:
        if tok.i in taken:
            continue
        found = _role_of(tok, lex)
        if not found:
            continue
        role, start = found
        if not role.state and _named_beside(tok, taken):
            continue  # "U.S.-backed rebels, the Syrian Democratic Forces,": the name says who they are
        country, person, qualifying = _qualifier(tok, lex)
        backer = person == "backer"
        if person and (not role.state or backer):
            person = None
        left = min(_left_edge(tok), start)
        if qualifying == [tok.i - 1]:
            left = min(left, tok.i - 1)  # "the Congolese army-held town": "Congolese army"
        while left < tok.i and (
            doc[left].is_punct
            or doc[left].lower_ in {"the", "a"}
            or doc[left].lower_ in lex.actors.role_quantifiers
            or doc[left].tag_ in {"RB", "RBR", "JJR", "JJS"}
            or (doc[left].pos_ == "VERB" and doc[left + 1].text != "-")
        ):
            left += 1  # "the", "earlier", "most", "so-called": not part of the group's name
        text = doc[left : tok.i + 1].text
        first = doc[left]
        if (
            first.is_sent_start
            and not first.text[:2].isupper()  # "U.S.-backed", "UN-run": capitals of a name
            and first.ent_type_ not in NAME_LABELS
            and first.pos_ in {"NOUN", "ADJ", "PROPN"}
            and fold(first.text) not in lex.country_by_demonym
            and (first.pos_ != "PROPN" or left == tok.i)
        ):
            text = text[:1].lower() + text[1:]
        if _attributive(tok, lex) and not is_plural(tok):
            text = role.label  # "rebel-held": the rebels
        if role.state:
            text = (
                re.sub(r"^(?:the)\s+", "", doc[start : tok.i + 1].text, flags=re.I)
                if not (country or person)
                else doc[left : tok.i + 1].text
            )
            if start == tok.i - 1 and fold(doc[start : tok.i + 1].text) not in lex.actors.role_by_noun:
                text = doc[start].text  # "junta troops", "army helicopters": the junta, the army
                text = text.lower() if doc[start].is_sent_start and not text.isupper() else text
            if doc[start].is_sent_start and doc[start].pos_ != "PROPN" and start == tok.i:
                text = text[:1].lower() + text[1:]  # "Army spokesman X said": the army
        m = MentionSpan(
            left,
            tok.i + 1,
            text,
            "state_role" if role.state else "role",
            tok.i,
            type=role.type,
            role=role.key,
            qualifier=country,
            person=person,
            backer=backer,
            agentive=True,
            plural=is_plural(tok),
            tokens=[tok.i, *_equipment(tok, lex)],
        )
        m.subject = is_subject(tok)
        out.append(m)
    return out


def glued_states(doc: Doc, taken: set[int], lex: Lexicon) -> list[MentionSpan]:
    """ "U.S.-backed", "Russia-led" kept by the tokenizer as one word: the state acting."""
    out = []
    compounds = lex.relations.compounds
    for tok in doc:
        if tok.i in taken or "-" not in tok.text[1:]:
            continue
        prefix, _, word = tok.text.rpartition("-")
        key = fold(prefix)
        country = lex.country_by_name.get(key) or lex.country_by_demonym.get(key) or lex.country_by_metonym.get(key)
        if country and word.lower() in compounds:
            out.append(
                MentionSpan(
                    tok.i, tok.i + 1, prefix, "country", tok.i, country=country.name, agentive=True, tokens=[tok.i]
                )
            )
    return out


def _before(tok: Token) -> str:
    """The word before a token, which may begin a name of two words with it ("North Korean")."""
    return tok.doc[tok.i - 1].text if tok.i else ""


def partner_noun(noun: Token, lex: Lexicon) -> bool:
    """A noun of alliance or backing a demonym can own: "their Russian ally", "Russian and Iranian
    allies", "its Russian backers"."""
    spec = lex.relations.nouns.get(noun.lemma_.lower())
    partner = (spec is not None and spec.kind == "alliance") or noun.lemma_.lower() in lex.relations.backer_nouns
    return partner and noun.pos_ == "NOUN"


def demonym_states(doc: Doc, taken: set[int], lex: Lexicon) -> list[MentionSpan]:
    """A demonym before a state noun stands for the state: "Russian jets", "Iranian counterpart"."""
    out = []
    for tok in doc:
        country = lex.country_of(tok.text, _before(tok), "demonym")
        if not country or tok.i in taken:
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "Russian and Syrian jets": "Syrian" hangs from "Russian"
        war = modified(first)
        if (
            first.dep_ in {"amod", "compound"}
            and hostile_noun(war, lex, frozenset({"fighting"}))
            and len(parties(war)) > 1
        ):
            # "Armenian-Azerbaijani fighting", "Sudanese and Chadian clashes": the parties of a war
            head = modified(first)
            m = MentionSpan(tok.i, tok.i + 1, tok.text, "country", head.i, country=country.name, agentive=True)
            m.tokens = [tok.i]
            out.append(m)
            continue
        if (
            first is not tok
            and lex.country_of(first.text, _before(first), "demonym name")  # "Russian and", "US and British"
            and first.dep_ in {"amod", "compound", "nmod"}
        ):
            head = first.head
            if is_state_noun(head, lex) or partner_noun(head, lex):
                m = MentionSpan(tok.i, tok.i + 1, tok.text, "country", head.i, country=country.name, agentive=True)
                m.tokens = [tok.i, head.i]
                m.subject = is_subject(head)
                out.append(m)
                continue
        head = tok.head
        compounds = lex.relations.compounds
        if tok.dep_ in {"npadvmod", "compound", "amod"} and head.lower_ in compounds:
            m = MentionSpan(
                tok.i, tok.i + 1, country.name, "country", tok.i, country=country.name, agentive=True, tokens=[tok.i]
            )
            out.append(m)
            continue
        if not _owned_by_state(tok, head, lex):
            past = organ_chain(tok, lex)[-1]  # "Pak military fighter jets": the noun past the compounds
            head = past if _owned_by_state(tok, past, lex) else head
        if tok.dep_ in {"amod", "compound", "nmod"} and _owned_by_state(tok, head, lex):
            if _role_of(head, lex) and not _role_of(head, lex)[0].state:
                continue
            m = MentionSpan(
                tok.i,
                head.i + 1,
                doc[tok.i : head.i + 1].text,
                "country",
                head.i,
                country=country.name,
                agentive=True,
                tokens=[tok.i, head.i],
            )
            m.subject = is_subject(head)
            out.append(m)
    return out


def _owned_by_state(tok: Token, head: Token, lex: Lexicon) -> bool:
    """Whether a demonym's noun is something only a state has: its forces, its assets, its attack."""
    doc = tok.doc
    phrase = fold(" ".join(t.text for t in doc[tok.i + 1 : head.i + 1])) if head.i > tok.i else ""
    return (
        is_state_noun(head, lex)
        or phrase in lex.actors.state_nouns
        or head.lower_ in lex.phrases.military_assets  # "Pakistani convoys", "Ukrainian positions"
        or partner_noun(head, lex)
        or hostile_noun(head, lex, ATTACKS)  # "a Russian assault", "the Ethiopian invasion"
        or head.lemma_.lower() in lex.phrases.control_nouns  # "under Russian control", "Israeli occupation"
        or head.lemma_.lower() in lex.relations.attempt_nouns  # "a Russian attempt to advance"
    )


def pronoun_mentions(doc: Doc, taken: set[int]) -> list[MentionSpan]:
    """Personal pronouns, to be resolved against earlier actors."""
    out = []
    for tok in doc:
        if tok.lower_ in PRONOUNS and tok.i not in taken and tok.pos_ == "PRON":
            m = MentionSpan(tok.i, tok.i + 1, tok.text, "pronoun", tok.i, tokens=[tok.i])
            m.subject = is_subject(tok)
            m.plural = tok.lower_ in {"they", "them", "their"}
            out.append(m)
    return out
