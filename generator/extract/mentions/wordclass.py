"""What kind of word a token is, for the rules that read the Lexicon: a state's noun ("troops",
"jets"), the organ words from a country to its noun, a noun of war, a verb of receiving
backing, a plural, a subject. Asked by the classification of names and by the relation rules.
"""

from __future__ import annotations

from ...lexicon import Lexicon, RelationWords
from ...parsetree import Token


def is_state_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun a state has, by lemma or by form ("troops", "forces", "jets", "police")."""
    return tok.lemma_.lower() in lex.actors.state_nouns or tok.lower_ in lex.actors.state_nouns


NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def is_nominal(tok: Token) -> bool:
    """A noun, or a word in a noun's place: "Fighting between X and Y continued" (a gerund the
    tagger calls a verb, as it does any capitalised "-ing" word opening a sentence)."""
    return tok.pos_ in {"NOUN", "PROPN"} or tok.dep_ in NOUN_ROLES


def organ_chain(tok: Token, lex: Lexicon) -> list[Token]:
    """The words from a country name to the noun it qualifies, through an organ's words and common
    nouns: "Pakistan Air Force fighter jets" -> Force, fighter, jets (not through other names)."""
    chain = [tok.head]
    while chain[-1].dep_ == "compound" and (
        chain[-1].pos_ == "NOUN" or chain[-1].lower_ in lex.actors.state_name_words
    ):
        if chain[-1].head.i == chain[-1].i:
            break
        chain.append(chain[-1].head)
    return chain


def before_asset(tok: Token, lex: Lexicon) -> bool:
    """Whether the noun a word's chain of compounds ends in is a military asset, which the word
    then owns: "a US base", "an army patrol", "Kenya army convoys"."""
    return organ_chain(tok, lex)[-1].lower_ in lex.phrases.military_assets


def received_backing(verb: Token, words: RelationWords) -> bool:
    """A verb of receiving whose object is backing: "received drones", "gets funding" (not "received
    a delegation")."""
    if verb.lemma_.lower() not in words.receiving_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [cj for o in objects for cj in o.conjuncts]
    objects += [p for o in objects for of in o.children if of.lower_ == "of" for p in of.children]  # "most of its arms"
    for thing in objects:
        spec = words.nouns.get(thing.lemma_.lower())
        if thing.lower_ in words.received_support or thing.lemma_.lower() in words.received_support:
            return True
        if spec is not None and spec.kind == "support":
            return True
    return False


def modified(tok: Token) -> Token:
    """The noun a chain of compounds ends in ("Russia" -> "Ukraine" -> "war")."""
    while tok.dep_ in {"compound", "amod", "npadvmod", "nmod"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def parties(noun: Token) -> list[Token]:
    """The names and demonyms before a noun, through chains of compounds and their conjuncts
    ("Russia-Ukraine war", "Sudanese and Chadian clashes"); one alone is where, not who."""
    out: list[Token] = []
    for ch in noun.children:
        if ch.dep_ in {"compound", "amod", "npadvmod", "nmod"}:
            out += [t for t in (ch, *ch.conjuncts) if t.pos_ == "PROPN" or t.ent_type_ == "NORP"]
            out += parties(ch)
    return out


def hostile_noun(tok: Token, lex: Lexicon, kinds: frozenset[str] = frozenset({"fighting", "attack"})) -> bool:
    """A noun of war or attack ("war", "clashes", "strikes")."""
    spec = lex.relations.nouns.get(tok.lemma_.lower()) or lex.relations.nouns.get(tok.lower_)
    return tok.pos_ == "NOUN" and spec is not None and spec.kind in kinds


def is_plural(tok: Token) -> bool:
    if tok.tag_ in {"NNS", "NNPS"} or "Plur" in tok.morph.get("Number"):
        return True
    # A capitalised plural opening a sentence ("Rebels, led by ...") is often tagged NNP.
    return tok.tag_ == "NNP" and tok.is_sent_start and tok.lower_.endswith("s")


def is_subject(tok: Token) -> bool:
    while tok.dep_ in {"conj", "appos", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"}
