"""The Lexicon: every word list and gazetteer the extractors look words up in.

One immutable value, built once from data files and handed to each extraction
step, so a test can build a small one by hand and a briefing on another war can
load other gazetteers. Two kinds of data go in:

- general language of news (generator/data/*.yml), one typed face per file
  (faces.py): verbs of attack and support, reporting verbs, victim nouns,
  titles, organisation words;
- gazetteers (generator/data/gazetteers/*.yml): the named states, bodies and
  groups of one region, each a name, a type and its aliases. `global.yml`
  holds what every war's news names; a regional file (`syria.yml`) only
  sharpens types and merges aliases of that war's actors.

Every file is checked against its shape when read (schema.py): a misspelt key,
an unknown type or a duplicate is an error naming the file, line and key.
"""

from .core import Country, Known, Lexicon
from .faces import (
    ActorWords,
    AttributionWords,
    CasualtyWords,
    Compound,
    NounClass,
    PhraseWords,
    RelationWords,
    Role,
    TextWords,
)
from .folding import fold
from .loading import GENERAL_FILES, GLOBAL, available_gazetteers, default_lexicon, load_lexicon, world_places
from .schema import LexiconError
from .towns import Town, Towns, place_key, skeleton

__all__ = [
    "GENERAL_FILES",
    "GLOBAL",
    "ActorWords",
    "AttributionWords",
    "CasualtyWords",
    "Compound",
    "Country",
    "Known",
    "Lexicon",
    "LexiconError",
    "NounClass",
    "PhraseWords",
    "RelationWords",
    "Role",
    "TextWords",
    "Town",
    "Towns",
    "available_gazetteers",
    "default_lexicon",
    "fold",
    "load_lexicon",
    "place_key",
    "skeleton",
    "world_places",
]
