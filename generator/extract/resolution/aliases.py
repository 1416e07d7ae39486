"""The other names of an actor: what its mentions call it, when that is a name.

A mention of a state or a group is only an alias when its words name the actor
("Syrian regime forces"), not when a scraped line ran other words into it.
"""

from __future__ import annotations

from ...lexicon import Lexicon, fold
from ...parsetree import Span, Token
from ..context import EntityKey, MentionSpan, SentenceActors
from ..mentions.names import TIME_WORDS, strip_titles

Members = list[tuple[MentionSpan, SentenceActors]]


def aliases(
    name: str, key: EntityKey, members: Members, acronyms: dict[str, EntityKey], lex: Lexicon
) -> tuple[str, ...]:
    """The other names of an actor, as its mentions write them."""
    out: set[str] = set()
    for m, s in members:
        text = strip_titles(m.text, lex) if m.category == "person" else m.text
        if m.category == "country" and len(m.text.split()) > 1 and not state_forces(m, lex):
            continue
        if m.category == "state_role" and (not (m.qualifier or m.person) or key.kind == "person"):
            continue
        if m.category == "role" and key.kind != "role" and not m.qualifier:
            continue  # "two militants" of "JNIM militants": the group's, but no name of it
        if m.category in {"country", "state_role", "role"} and not clean_phrase(s.doc[m.start : m.end], lex):
            continue
        out.add(text)
        if m.acronym:
            out.add(m.acronym)
    for acr, k in acronyms.items():
        if k == key and any(m.text == acr or m.acronym == acr for m, _ in members):
            out.add(acr)
    if key.kind == "known" and fold(key.name) != fold(name):
        out.add(key.name)  # the gazetteer's name for it: "ISIS" is the Islamic State
    out.discard(name)
    return tuple(sorted(out, key=lambda a: (a.casefold(), a)))  # a total order: same aliases, same bytes


def state_forces(m: MentionSpan, lex: Lexicon) -> bool:
    """A demonym phrase that names a state's own forces or government ("Syrian army"), not
    only something of it ("Russian jets")."""
    words = m.text.split()
    return m.category == "country" and len(words) > 1 and words[-1].lower() in lex.actors.alias_heads


def clean_phrase(span: Span, lex: Lexicon) -> bool:
    """Whether a phrase naming a state or a group is a name for it ("Syrian regime forces"),
    not words a scraped line ran into it: a tag line ("Tags Syria Aleppo regime forces"), a
    sentence opener or a date ("Meanwhile regime forces", "Last Monday regime forces"), a
    place ("capital Damascus government forces"), or two actors ("Syrian and Iranian forces")."""
    first = span[0]
    compound = {t.i for t in span if "-" in t.text[1:] or (t.i > 0 and t.doc[t.i - 1].text == "-")}
    if any(
        t.pos_ == "CCONJ" or (t.pos_ in {"VERB", "AUX"} and t.i not in compound) or t.ent_type_ in {"DATE", "TIME"}
        for t in span
    ):
        return False
    if any(fold(t.text) in lex.actors.boilerplate or t.lower_ in TIME_WORDS for t in span):
        return False
    if first.pos_ in {"ADV", "NOUN"} and first.i < span.root.i and not first.text.startswith(("pro", "anti")):
        return fold(first.text) in lex.actors.role_by_noun or first.lower_ in lex.actors.state_name_words
    places = [t for t in span if t.ent_type_ in {"GPE", "LOC", "FAC"} and not _state_word(t, lex)]
    return not places


def _state_word(tok: Token, lex: Lexicon) -> bool:
    key = fold(tok.text)
    return key in lex.country_by_name or key in lex.country_by_demonym or key in lex.country_by_metonym
