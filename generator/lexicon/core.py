"""The Lexicon: the names of the world and the words of news, as one immutable value.

Built once from data (files of generator/data/, or dicts a test writes by hand) and
handed to every extraction step. The gazetteers give the named states and bodies
with their indexes (`country_by_name`, `known_by_name`...); the general files give
one typed face each (`lex.actors`, `lex.relations`, `lex.casualties`,
`lex.attribution`, `lex.phrases`, `lex.text`). Every file is checked against its
shape before anything is built from it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .faces import (
    FACES,
    ActorWords,
    AttributionWords,
    CasualtyWords,
    PhraseWords,
    RelationWords,
    TextWords,
    frozen,
)
from .folding import fold
from .schema import ACTOR_TYPE, Errors, Located, Path, Record, Row, Text, Words, distinct_names, validate
from .towns import Towns


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


def _one_owner_per_name(gaz: Mapping, path: Path, errors: Errors) -> None:
    entries = [(("states", i), (r[0], *r[1], *r[3])) for i, r in enumerate(gaz.get("states") or ())]
    entries += [
        (("organisations", i), (o["name"], *(o.get("aliases") or ())))
        for i, o in enumerate(gaz.get("organisations") or ())
    ]
    distinct_names(entries, path, errors)


GAZETTEER = Record(
    {
        "states": Words(Row((Text(), Words(), Words(), Words()), ("name", "other names", "demonyms", "metonyms"))),
        "organisations": Words(
            Record({"name": Text(), "type": ACTOR_TYPE, "aliases": Words()}, frozenset({"name", "type"}))
        ),
        "name_markers": Words(),
    },
    extra=_one_owner_per_name,
)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the extractors look words up in (compared by identity)."""

    countries: tuple[Country, ...]
    known: tuple[Known, ...]
    armed_markers: frozenset[str]  # words of armed groups' names, general and of the gazetteers
    actors: ActorWords
    relations: RelationWords
    casualties: CasualtyWords
    attribution: AttributionWords
    phrases: PhraseWords
    text: TextWords
    gazetteers: tuple[str, ...] = ()
    place_names: frozenset[str] = frozenset()  # folded names of the world's towns and provinces
    towns: Towns = field(default_factory=Towns)  # every spelling of the world's towns, for the merged places
    fingerprint: str = ""  # a hash of every datum it was built from: the cache keys analyses by it
    spec: tuple[str, ...] | None = None  # the gazetteers it was loaded by, for another process to load it too
    country_by_name: Mapping[str, Country] = field(init=False)
    country_by_demonym: Mapping[str, Country] = field(init=False)
    country_by_metonym: Mapping[str, Country] = field(init=False)
    known_by_name: Mapping[str, Known] = field(init=False)
    known_names: tuple[str, ...] = field(init=False)  # every name and alias, and each without its article

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
        names: list[str] = []
        for k in self.known:
            for n in (k.name, *k.aliases):
                known.setdefault(fold(n), k)
                names.append(n)
        for k in self.known:  # "Qaeda-linked", "Shabaab fighters": the article dropped in a compound
            for n in (k.name, *k.aliases):
                first, sep, rest = n.replace("-", " ", 1).partition(" ")
                article = sep and first.casefold() in self.actors.name_articles - {"the"}
                if article and len(rest) > 3 and fold(rest) not in known:
                    known[fold(rest)] = k
                    names.append(rest)
        object.__setattr__(self, "known_names", tuple(dict.fromkeys(names)))
        indexes = {
            "country_by_name": by_name,
            "country_by_demonym": by_dem,
            "country_by_metonym": by_met,
            "known_by_name": known,
        }
        for name, value in indexes.items():
            object.__setattr__(self, name, frozen(value))

    def country_of(self, word: str, before: str = "", kinds: str = "name demonym") -> Country | None:
        """The state a word names (by each of `kinds`: name, demonym, metonym), read with the word
        before it first: "Korean" of "North Korean", "Sudanese" of "South Sudanese" are not Korea's
        or Sudan's."""
        return self._country_of(word, before if before[:1].isupper() else "", kinds)

    @lru_cache(maxsize=1 << 16)  # noqa: B019 (the lexicon lives as long as the process)
    def _country_of(self, word: str, before: str, kinds: str) -> Country | None:
        """country_of, memoised: it is asked at nearly every token of every sentence."""
        tables = [getattr(self, table) for table in _country_tables(kinds)]
        keys = (fold(f"{before} {word}"),) if before else ()
        for key in (*keys, fold(word)):
            for table in tables:
                if key in table:
                    return table[key]
        return None

    @classmethod
    def from_data(
        cls,
        general: Mapping[str, Mapping],
        gazetteers: Sequence[tuple[str, Mapping]] = (),
        places: frozenset[str] = frozenset(),
        spec: tuple[str, ...] | None = None,
        sources: Mapping[str, Located] | None = None,
        towns: Towns | None = None,
    ) -> Lexicon:
        """Build a Lexicon from parsed data: `general` maps a general file's name (without
        .yml) to its content, a file left out gives empty lists; `gazetteers` are (name,
        content) pairs; `places` are folded names of towns and provinces. Each datum is
        checked against its shape (`sources`, the files as read, give line numbers)."""
        sources = sources or {}
        unknown = sorted(set(general) - set(FACES))
        if unknown:
            raise Located("lexicon", None).fail([((k,), f"no general file '{k}.yml'") for k in unknown])
        for name, data in general.items():
            validate(sources.get(name) or Located(f"{name}.yml", data), FACES[name].SHAPE)
        for name, data in gazetteers:
            validate(sources.get(f"gazetteer:{name}") or Located(f"{name}.yml", data), GAZETTEER)
        faces = {name: face.build(general.get(name) or {}) for name, face in FACES.items()}  # type: ignore[attr-defined]
        countries: list[Country] = []
        known: list[Known] = []
        markers = set(faces["actors"].armed_name_markers)
        for _, gaz in gazetteers:
            countries += [Country(r[0], tuple(r[1]), tuple(r[2]), tuple(r[3])) for r in gaz.get("states") or ()]
            known += [
                Known(k["name"], tuple(k.get("aliases") or ()), k["type"]) for k in gaz.get("organisations") or ()
            ]
            markers |= set(gaz.get("name_markers") or ())
        return cls(
            fingerprint=_fingerprint(general, gazetteers, places),
            spec=spec,
            countries=tuple(countries),
            known=tuple(known),
            armed_markers=frozenset(markers),
            **faces,
            gazetteers=tuple(name for name, _ in gazetteers),
            place_names=places - frozenset(n for k in known for n in map(fold, (k.name, *k.aliases))),
            towns=towns or Towns(),
        )


def _fingerprint(general: Mapping, gazetteers: Sequence[tuple[str, Mapping]], places: frozenset[str]) -> str:
    """A hash of the data, so that a changed word list invalidates what was cached with the old one."""
    digest = hashlib.sha256(json.dumps([general, list(gazetteers)], sort_keys=True, default=str).encode())
    digest.update("\n".join(sorted(places)).encode())
    return digest.hexdigest()


@cache
def _country_tables(kinds: str) -> tuple[str, ...]:
    """The index attributes of "name demonym ...": country_of is asked at every token."""
    return tuple(f"country_by_{kind}" for kind in kinds.split())
