"""Where an article's events happen: the country "the army" and "the regime" belong to.

"Government forces" without a demonym are the forces of the country the
sentence or the article is set in; a foreign air force bombing it is named
as its own state.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...lexicon import Lexicon, fold
from ...lexicon.towns import CITY_POPULATION, place_key
from ..context import EntityKey, MentionSpan, SentenceActors
from ..mentions.roles import partner_noun
from ..mentions.wordclass import is_state_noun
from .aliases import state_forces


def main_country(sents: list[SentenceActors], lex: Lexicon) -> str | None:
    """The country where an article's events happen: most named, places (its own or its towns) counting double.

    "Government forces", "the regime" and "the army" without a demonym are that
    country's; a foreign air force bombing it is named as its own state.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for s in sents:
        for tok in s.doc:
            if tok.pos_ not in {"PROPN", "ADJ", "NOUN"}:
                continue
            c = _named_country(tok, lex) or _country(tok, lex)
            if c and not _inside_country_name(tok, lex) and not _acting(tok, lex):
                located = tok.dep_ == "pobj" and tok.head.lower_ in lex.actors.locative_preps
                counts[c.name] += 2 if located else 1
                first.setdefault(c.name, len(first))
        for town in _towns_located(s, lex):
            counts[town] += 2
            first.setdefault(town, len(first))
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if not ranked or counts[ranked[0]] < 2 or (len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]):
        return None
    return ranked[0]


def _towns_located(s: SentenceActors, lex: Lexicon) -> list[str]:
    """The countries of the towns a sentence places something in ("clashes in Goma", "a camp near
    El Fasher", "in Sagaing region"): a report names the towns of its war more often than the
    country itself."""
    found = []
    for tok in s.doc:
        if tok.dep_ != "pobj" or tok.head.lower_ not in lex.actors.locative_preps or tok.pos_ not in {"PROPN", "NOUN"}:
            continue
        if tok.ent_type_ in {"DATE", "TIME"}:
            continue  # "in October 2023": GeoNames spells Egypt's "6th of October City" so
        if _named_country(tok, lex) or _country(tok, lex):
            continue  # counted as a country ("from Mali" is no town of Guinea)
        words = [t for t in tok.lefts if t.dep_ == "compound" and t.is_title] + [tok]
        if len(words) > 1 and tok.lower_ in lex.actors.place_nouns:
            words = words[:-1]  # "Sagaing region", "Idlib province": the name before its kind
        if not words[0].is_title or words[-1].i - words[0].i != len(words) - 1:
            continue
        town = _town(s.doc[words[0].i : words[-1].i + 1].text, lex)
        country = lex.country_by_name.get(fold(town.country_name)) if town else None
        if country is not None:
            found.append(country.name)
    return found


def _town(name: str, lex: Lexicon):
    """The town a name surely is: spelled as GeoNames spells it, or a city (a small town's other
    spellings are often another place's name: "Borno" is also a spelling of Borna, Germany)."""
    towns = lex.towns.named(name)
    if not towns:
        return None
    town = towns[0]
    same = place_key(town.name) == place_key(name)
    return town if same or town.population >= CITY_POPULATION else None


def _named_country(tok, lex: Lexicon):
    """The country of several words a name ends with: "South Sudan", "Burkina Faso" (not Sudan)."""
    if fold(tok.text).rpartition(" ")[2] not in _name_ends(lex):
        return None  # most words end no state's name: asked at every noun, this test comes first
    lefts = [t for t in tok.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.is_title]
    return lex.country_by_name.get(fold(tok.doc[lefts[0].i : tok.i + 1].text)) if lefts else None


@lru_cache(maxsize=4)
def _name_ends(lex: Lexicon) -> frozenset[str]:
    """The last words of the states' names of several words ("sudan" of "south sudan")."""
    return frozenset(key.rpartition(" ")[2] for key in lex.country_by_name if " " in key)


def _inside_country_name(tok, lex: Lexicon) -> bool:
    """ "South" and "Burkina" of "South Sudan", "Burkina Faso": part of the name, not a name."""
    head = tok.head
    return tok.dep_ in {"compound", "amod", "nmod"} and head.i > tok.i and _named_country(head, lex) is not None


def _country(tok, lex: Lexicon):
    key = fold(tok.text)
    found = lex.country_of(tok.text, tok.doc[tok.i - 1].text if tok.i else "")
    if found is None and key.endswith("s") and tok.pos_ == "PROPN":
        found = lex.country_by_name.get(key[:-1])  # "Syrias Idlib": a possessive that lost its apostrophe
    return found


def _acting(tok, lex: Lexicon) -> bool:
    """ "Russian jets", "Iran's army", "his Russian allies": the state acting, wherever it acts; not
    where the events are."""
    head = tok.head
    return tok.dep_ in {"amod", "compound", "nmod", "poss"} and (is_state_noun(head, lex) or partner_noun(head, lex))


def located_in(s: SentenceActors, lex: Lexicon) -> str | None:
    """The one country a sentence places its events in ("In Sudan, fighting between
    the army and the RSF"): whose army "the army" is there."""
    found = set()
    for tok in s.doc:
        if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "inside", "across", "throughout"}:
            continue
        if _venue(tok.head.head, lex):
            continue  # "peace talks in Switzerland between the government and the opposition"
        c = _named_country(tok, lex) or lex.country_by_name.get(fold(tok.text))
        if c:
            found.add(c.name)
    return next(iter(found)) if len(found) == 1 else None


def _venue(tok, lex: Lexicon) -> bool:
    """A meeting or its verb, whose "in X" is where the parties met, not where the war is."""
    lemma = tok.lemma_.lower()
    meeting = lemma in lex.relations.meeting_nouns or tok.lower_ in lex.relations.meeting_nouns
    return meeting or lex.relations.verbs.get(lemma) == "contact"


def bare_state_roles(sents: list[SentenceActors], lex: Lexicon) -> None:
    """ "The Sudanese army said ... In a statement the army said": where no country is the
    article's setting, a bare "the army" is the one state whose forces it names."""
    states = {m.qualifier for s in sents for m in s.mentions if m.category == "state_role" and m.qualifier}
    states |= {m.country for s in sents for m in s.mentions if state_forces(m, lex) or _with_organ(m, s, lex)}
    if len(states) != 1:
        return
    for s in sents:
        for i, key in list(s.keys.items()):
            if key.kind == "role" and s.mentions[i].category == "state_role" and not s.mentions[i].person:
                s.keys[i] = EntityKey("country", next(iter(states)))


def _with_organ(m: MentionSpan, s: SentenceActors, lex: Lexicon) -> bool:
    """ "Pakistan Air Force jets", "the Myanmar Military": a country named with its forces."""
    return m.category == "country" and any(
        s.doc[i].lower_ in lex.actors.alias_heads for i in m.tokens if not m.start <= i < m.end
    )
