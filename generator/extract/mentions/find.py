"""Find the words in one sentence that name an actor or a place.

The steps: candidate spans (spans.py), what each names (classify.py), role
nouns, demonyms and pronouns (roles.py). Resolution across sentences
happens in resolve.py; this module only looks at one sentence.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc as SpacyDoc

from ...lexicon import Lexicon
from ...parsetree import Doc
from ..context import MentionSpan
from .classify import classify
from .names import ACRONYM, abbreviates
from .roles import demonym_states, glued_states, pronoun_mentions, role_mentions
from .spans import candidate_spans, known_names
from .wordclass import is_subject


def find_mentions(
    doc: Doc, parse: SpacyDoc, matchers: tuple[PhraseMatcher, PhraseMatcher], lex: Lexicon
) -> list[MentionSpan]:
    """Every actor, place and pronoun mention of one sentence, in text order: the phrase
    matchers read spaCy's parse, everything else its plain copy."""
    mentions: list[MentionSpan] = []
    for span, label in candidate_spans(doc, known_names(parse, matchers), lex):
        m = classify(span, label, lex)
        if m:
            _attach_acronym(m, doc)
            _local_body(m, doc, lex)
            mentions.append(m)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += demonym_states(doc, taken, lex) + glued_states(doc, taken, lex)
    taken |= {i for m in mentions for i in m.tokens}
    mentions += _roles_outside_names(doc, role_mentions(doc, taken, lex), mentions)
    taken |= {i for m in mentions for i in m.tokens}
    mentions += pronoun_mentions(doc, taken)
    _absorb_nested(mentions)
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _roles_outside_names(doc: Doc, roles: list[MentionSpan], names: list[MentionSpan]) -> list[MentionSpan]:
    """ "Islamic State extremists" are the group itself: the role noun joins the name.

    Not so "Al-Qaeda-linked groups", where the name hangs from a participle: those
    groups are others, linked to the named one.
    """
    kept = []
    for role in roles:
        owner = next(
            (
                n
                for n in names
                if n.category == "org"
                and role.start <= n.start
                and n.end <= role.end
                and doc[n.head].head.i == role.head
            ),
            None,
        ) or _named_after(doc, role, names)
        if owner:
            owner.tokens.append(role.head)
        else:
            kept.append(role)
    return kept


def _named_after(doc: Doc, role: MentionSpan, names: list[MentionSpan]) -> MentionSpan | None:
    """ "U.S.-backed rebels of the Syrian Democratic Forces", "militias from the Popular Mobilisation
    Forces": a role noun followed by the group it is made of is that group."""
    head = doc[role.head]
    if role.category != "role" or not role.plural:
        return None
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}]
    if head.dep_ == "dobj":  # "killing three militants from the X Brigades": "from" hung on the verb
        preps += [
            c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == head.right_edge.i + 1
        ]
    groups = [p for c in preps for p in c.children]
    return next((n for n in names if n.category == "org" and any(n.head == g.i for g in groups)), None)


def _local_body(m: MentionSpan, doc: Doc, lex: Lexicon) -> None:
    """ "the Gaza health ministry said", "the Tigray health bureau", "Kharkiv police": a place
    compounded on an office noun names that body, the place's own, not the place."""
    # a lone name its office noun typed ("Tigray" the tagger took for a person) is a place's too
    lone = m.category == "org" and m.type == "government_agency" and m.end - m.start == 1
    if m.category not in {"place", "unknown"} and not lone:
        return
    tok = doc[m.head]
    head = tok.head
    between = doc[m.end : head.i]
    if not (
        tok.dep_ == "compound"
        and head.i >= m.end
        and lex.actors.name_heads.get(head.lemma_.lower()) == "government_agency"
        and all(t.dep_ in {"compound", "amod"} and t.is_lower and t.head.i == head.i for t in between)
    ):
        return
    m.category, m.type, m.type_evidence, m.agentive = "org", "government_agency", True, True
    m.end, m.head, m.text = head.i + 1, head.i, doc[m.start : head.i + 1].text
    m.tokens = list(range(m.start, m.end))
    m.subject = is_subject(head)


def _attach_acronym(m: MentionSpan, doc: Doc) -> None:
    """ "Hayat Tahrir al-Sham (HTS)", "the Indian Border Security Force (BSF)": the bracketed
    acronym is an alias (of the body, or of the state whose forces the name is)."""
    if m.category == "place" or (m.category == "country" and len(m.text.split()) < 2):
        return
    i = m.end
    if (
        i + 2 < len(doc) + 1
        and i < len(doc)
        and doc[i].text == "("
        and i + 2 <= len(doc) - 1
        and doc[i + 2].text == ")"
        and ACRONYM.match(doc[i + 1].text)
        and abbreviates(doc[i + 1].text, m.text)
    ):
        m.acronym = doc[i + 1].text
        m.tokens.append(i + 1)


def _absorb_nested(mentions: list[MentionSpan]) -> None:
    """Drop a mention that is the acronym of the mention before it."""
    acronyms = {m.acronym for m in mentions if m.acronym}
    mentions[:] = [
        m
        for m in mentions
        if not (
            m.text in acronyms
            and m.category == "org"
            and any(o.acronym == m.text and o.end + 1 == m.start for o in mentions)
        )
    ]
