"""One place, one name: the places of a briefing resolved whatever their spelling.

Articles spell one town several ways ("Khan Shaykhun", "Khan Sheikhun"; "Deir ez-Zor",
"Deir al-Zour", "Dayr az Zawr"), and figures of one incident are joined by their place,
so each spelling is first looked up among the world's towns (GeoNames' alternate names,
`Lexicon.towns`): spellings of one town are one place, with its country and coordinates.
A spelling no gazetteer lists joins the place whose spelling has its transliteration
skeleton (lexicon/towns.py: vowels, digraphs and the Arabic article aside), or is
located as the one town of the briefing's countries with that skeleton (or one letter
from it, rapidfuzz's Levenshtein). Guards keep two real places apart: a spelling that
names a town is never moved to another town, a state is never a town, and a skeleton
too short to tell names apart ("dm", "hms") joins nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .lexicon import Lexicon, Town, fold, skeleton
from .lexicon.towns import consonants
from .model import Mention, Place
from .slug import slugify, unique_slug

MIN_CONSONANTS = 4  # two spellings of a briefing with a shorter skeleton ("dm", "hms") may be two places
TOWN_CONSONANTS = 6  # a spelling no gazetteer lists is located by its skeleton only when it is this long...
FUZZY_CONSONANTS = 8  # ... and one letter off it only when longer still
MAIN_SHARE = 0.1  # a state named a tenth as often as the most named one is where the briefing happens
BIG_TOWN = 100_000  # a town this large is the one meant even in a state the briefing hardly names

Ident = tuple[str, str]  # ("state", name) | ("town", GeoNames id) | ("name", skeleton)


@dataclass
class _Spelling:
    """One spelling of a place and what the articles say with it."""

    name: str
    mentions: set[Mention]
    ident: Ident | None = None
    town: Town | None = None


def resolve_places(places: Sequence[Place], lex: Lexicon, taken: set[str]) -> tuple[list[Place], dict[str, str]]:
    """The places of a briefing, one per location, and the name each spelling now goes by
    (for the figures that name their place by it). Ids are slugs not in `taken`."""
    spellings = _spellings(places)
    home = _home_countries(spellings, lex)
    for sp in spellings.values():
        _locate(sp, lex, home)
    _join_unlisted(spellings, lex, home)
    groups: dict[Ident, list[_Spelling]] = defaultdict(list)
    for key in sorted(spellings):
        sp = spellings[key]
        groups[sp.ident or ("name", key)].append(sp)
    out: list[Place] = []
    canonical: dict[str, str] = {}  # folded spelling -> the place's name
    for group in sorted(groups.values(), key=_first_seen):
        place = _place(group, taken)
        out.append(place)
        canonical.update({fold(sp.name): place.name for sp in group})
    return out, {p.name: canonical[fold(p.name)] for p in places}


def _spellings(places: Sequence[Place]) -> dict[str, _Spelling]:
    """Places of the same name (case and accents aside) are one spelling, written as most
    of its mentions write it."""
    by_key: dict[str, list[Place]] = defaultdict(list)
    for p in places:
        by_key[fold(p.name)].append(p)
    out = {}
    for key, same in by_key.items():
        weight: Counter[str] = Counter()
        for p in same:
            weight[p.name] += len(p.mentions) or 1
        name = min(weight, key=lambda n: (-weight[n], n))
        out[key] = _Spelling(name, {m for p in same for m in p.mentions})
    return out


def _home_countries(spellings: dict[str, _Spelling], lex: Lexicon) -> set[str]:
    """The states where the briefing happens, by ISO code: those it names as places at least a
    tenth as often as the most named one. A name shared by towns of several states
    ("Tripoli") is the town in these; a small town elsewhere is not what an article meant
    ("Ferdous", a quarter of Aleppo, is no town of Iran in a briefing on Syria)."""
    weight: Counter[str] = Counter()
    for key, sp in spellings.items():
        country = lex.country_by_name.get(key)
        if country is not None:
            code = next(filter(None, map(lex.towns.code, (country.name, *country.aliases))), None)
            if code:
                weight[code] += len(sp.mentions) or 1
    top = max(weight.values(), default=0)
    return {code for code, w in weight.items() if w >= MAIN_SHARE * top}


def _locate(sp: _Spelling, lex: Lexicon, home: set[str]) -> None:
    """A state is a state; a spelling GeoNames lists is its town, the one in the briefing's
    states when several towns go by it, else the most populous unless it is small."""
    country = lex.country_by_name.get(fold(sp.name))
    if country is not None:
        sp.ident = ("state", country.name)
        return
    towns = [t for t in lex.towns.named(sp.name) if not home or t.country in home or t.population >= BIG_TOWN]
    if towns:
        sp.town = max(towns, key=lambda t: (t.country in home, t.population, -t.id))
        sp.ident = ("town", str(sp.town.id))


def _join_unlisted(spellings: dict[str, _Spelling], lex: Lexicon, home: set[str]) -> None:
    """Spellings no gazetteer lists join the located place with their skeleton, else the one
    town of the briefing's states with it, else each other."""
    by_skeleton: dict[str, set[Ident]] = defaultdict(set)
    for sp in spellings.values():
        if sp.ident and sp.ident[0] == "town":
            by_skeleton[skeleton(sp.name)].add(sp.ident)
    unlisted = [sp for key, sp in sorted(spellings.items()) if sp.ident is None]
    local = _home_towns(lex, home) if unlisted and home else {}
    local_keys = sorted(local)
    for sp in unlisted:
        skel = skeleton(sp.name)
        if consonants(skel) < MIN_CONSONANTS:
            continue
        located = by_skeleton.get(skel, set())
        if len(located) == 1:
            sp.ident = next(iter(located))
            sp.town = next(s.town for s in spellings.values() if s.ident == sp.ident)
            continue
        town = _one_town(skel, local, local_keys) if consonants(skel) >= TOWN_CONSONANTS else None
        if town is not None:
            sp.town, sp.ident = town, ("town", str(town.id))
        else:
            sp.ident = ("name", skel)


def _one_town(skel: str, local: dict[str, set[Town]], keys: list[str]) -> Town | None:
    """The one town of the briefing's states whose skeleton is this one (or, for a long
    name, one letter from it); none when two towns would fit."""
    found = local.get(skel, set())
    if not found and consonants(skel) >= FUZZY_CONSONANTS:
        near = process.extract(skel, keys, scorer=Levenshtein.distance, score_cutoff=1, limit=None)
        found = {t for other, _, _ in near for t in local[other]}
    return next(iter(found)) if len(found) == 1 else None


def _home_towns(lex: Lexicon, home: set[str]) -> dict[str, set[Town]]:
    """The towns of the briefing's states by the skeleton of each of their spellings."""
    out: dict[str, set[Town]] = defaultdict(set)
    for key, town in lex.towns.spellings_in(home):
        skel = skeleton(key)
        if consonants(skel) >= TOWN_CONSONANTS:
            out[skel].add(town)
    return out


def _first_seen(group: list[_Spelling]) -> tuple[str, int, str]:
    """Places in the order the articles first name them (a place never mentioned, last)."""
    ref = min((m.ref for sp in group for m in sp.mentions), default=None)
    return (ref.article_id, ref.index, "") if ref else ("\uffff", 0, fold(group[0].name))


def _place(group: list[_Spelling], taken: set[str]) -> Place:
    """One place: named by its most mentioned spelling, the others its aliases."""
    weight = {sp.name: len(sp.mentions) for sp in group}
    name = min(weight, key=lambda n: (-weight[n], n))
    town = next((sp.town for sp in group if sp.town is not None), None)
    mentions = tuple(sorted({m for sp in group for m in sp.mentions}, key=lambda m: (m.ref, m.text)))
    return Place(
        id=unique_slug("place-" + slugify(name), taken),
        name=name,
        mentions=mentions,
        aliases=tuple(sorted(n for n in weight if n != name)),
        country=town.country_name if town else None,
        latitude=town.latitude if town else None,
        longitude=town.longitude if town else None,
        geonames_id=town.id if town else None,
        state=any(sp.ident is not None and sp.ident[0] == "state" for sp in group),
    )
