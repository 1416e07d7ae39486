"""Word lists and rule tables, loaded once from generator/data/*.yml.

Rules are data: an analyst can extend a list without touching the code
that applies it. This module only reads and indexes those files.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


def _load(name: str) -> dict:
    text = resources.files("generator").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def fold(text: str) -> str:
    """Case- and punctuation-insensitive key for matching names."""
    text = text.casefold().replace("\u2019", "'").replace(".", "")
    text = text.replace("-", " ")
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return " ".join(text.split())


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(frozen=True)
class Known:
    name: str
    aliases: tuple[str, ...]
    type: str


@dataclass(frozen=True)
class Role:
    key: str
    type: str
    label: str
    nouns: tuple[str, ...]
    state: bool


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractors look words up in."""

    countries: tuple[Country, ...]
    country_by_name: dict[str, Country]
    country_by_demonym: dict[str, Country]
    country_by_metonym: dict[str, Country]
    known: tuple[Known, ...]
    known_by_name: dict[str, Known]
    types: dict[str, dict]
    name_heads: dict[str, str]
    armed_markers: frozenset[str]
    roles: tuple[Role, ...]
    role_by_noun: dict[str, Role]
    state_nouns: frozenset[str]
    person_titles: frozenset[str]
    leader_titles: frozenset[str]
    first_name_titles: frozenset[str]
    name_particles: frozenset[str]
    place_nouns: frozenset[str]
    locative_preps: frozenset[str]
    not_actors: frozenset[str]
    boilerplate: frozenset[str]
    byline_cues: tuple[str, ...]
    state_name_words: frozenset[str]
    relations: dict
    casualties: dict
    attribution: dict


def _index_countries(rows: list) -> tuple[tuple[Country, ...], dict, dict, dict]:
    countries = tuple(Country(r[0], tuple(r[1]), tuple(r[2]), tuple(r[3])) for r in rows)
    by_name, by_dem, by_met = {}, {}, {}
    for c in countries:
        for n in (c.name, *c.aliases):
            by_name.setdefault(fold(n), c)
        for d in c.demonyms:
            by_dem.setdefault(fold(d), c)
        for m in c.metonyms:
            by_met.setdefault(fold(m), c)
    return countries, by_name, by_dem, by_met


def _index_heads(table: dict) -> dict[str, str]:
    heads: dict[str, str] = {}
    for type_, words in table.items():
        for w in words:
            heads.setdefault(w, type_)
    return heads


@cache
def lexicon() -> Lexicon:
    """Load and index every data file (once per process)."""
    countries, by_name, by_dem, by_met = _index_countries(_load("countries.yml")["countries"])
    actors = _load("actors.yml")
    known = tuple(Known(k["name"], tuple(k.get("aliases") or ()), k["type"]) for k in actors["known"])
    known_by_name = {}
    for k in known:
        for n in (k.name, *k.aliases):
            known_by_name.setdefault(fold(n), k)
    roles = tuple(
        Role(key, r["type"], r["label"], tuple(r["nouns"]), bool(r.get("state"))) for key, r in actors["roles"].items()
    )
    role_by_noun = {fold(n): r for r in roles for n in r.nouns}
    return Lexicon(
        countries=countries,
        country_by_name=by_name,
        country_by_demonym=by_dem,
        country_by_metonym=by_met,
        known=known,
        known_by_name=known_by_name,
        types=actors["types"],
        name_heads=_index_heads(actors["name_heads"]),
        armed_markers=frozenset(actors["armed_name_markers"]),
        roles=roles,
        role_by_noun=role_by_noun,
        state_nouns=frozenset(actors["state_nouns"]),
        person_titles=frozenset(actors["person_titles"]),
        leader_titles=frozenset(actors["leader_titles"]),
        first_name_titles=frozenset(actors["first_name_titles"]),
        name_particles=frozenset(actors["name_particles"]),
        place_nouns=frozenset(actors["place_nouns"]),
        locative_preps=frozenset(actors["locative_preps"]),
        not_actors=frozenset(actors["not_actors"]),
        boilerplate=frozenset(actors["boilerplate"]),
        byline_cues=tuple(actors["byline_cues"]),
        state_name_words=frozenset(actors["state_name_words"]),
        relations=_load("relations.yml"),
        casualties=_load("casualties.yml"),
        attribution=_load("attribution.yml"),
    )


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _load("words.yml").items()}


def words(name: str) -> frozenset[str]:
    """One closed word list from generator/data/words.yml."""
    return _word_lists()[name]
