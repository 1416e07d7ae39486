"""The analyses of articles, kept on disk between builds.

One file per article under `.cache/briefing/` in the project, named by a hash of
everything the analysis depends on: the article (path, text, front matter), the
spaCy pipeline (name and version), the generator's own code and the lexicon's
data. A changed article, rule or word list gives a new key; an old entry is simply
never read again. Deleting the folder is always safe. An entry that cannot be read
is recomputed with a warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import tempfile
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import nlp as nlp_loader
from .lexicon import Lexicon
from .model import Analysis
from .reader import RawArticle

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)
FORMAT = 2  # bump when the layout of an entry changes
DEFAULT_FOLDER = Path(".cache") / "briefing"


@cache
def code_version() -> str:
    """A hash of the generator's analysis code: a rule changed is a cache invalidated.
    The renderers are left out: changing a page's look never forces a re-parse."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        if "render" not in path.relative_to(root).parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def model_key(nlp: Language | None) -> str:
    """The pipeline an analysis was (or will be) made with: from package metadata when it is
    loaded by name, without loading it (see nlp.pipeline_id); from its meta otherwise."""
    if nlp is None:
        return nlp_loader.pipeline_id()
    argument = nlp_loader.load_argument(nlp)
    return nlp_loader.pipeline_id(*argument) if argument else _meta_version(nlp)


@lru_cache(maxsize=4)
def _meta_version(nlp: Language) -> str:
    """A pipeline built elsewhere: its name and version (`nlp.meta` builds a dict per call)."""
    import spacy

    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}/spacy-{spacy.__version__}"


def article_key(raw: RawArticle, model: str, lex: Lexicon) -> str:
    """The key of one article's analysis: its file's name, not the folder it lies in, so that
    the command line and MkDocs, or a moved project, share the entries (see `relocated`)."""
    meta = {k: str(v) for k, v in sorted(raw.meta.items())}
    payload = json.dumps(
        [FORMAT, raw.id, Path(raw.path).name, raw.body, list(raw.pages), meta, model, code_version(), lex.fingerprint],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AnalysisCache:
    """Analyses (model objects, never HTML) stored one file per article."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.writable = True  # once a write fails, the build goes on without the cache, warned once

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Analysis | None:
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            with path.open("rb") as f:
                value = pickle.load(f)
            if not isinstance(value, Analysis):
                raise TypeError(f"holds a {type(value).__name__}, not an analysis")
            return value
        except Exception as err:  # a truncated or foreign file: recompute, never fail the build
            log.warning("cache entry %s unreadable (%s); the article is analysed again", path.name, err)
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str, value: Analysis) -> None:
        """Written whole or not at all (a temporary file renamed), so a build that is
        stopped half-way never leaves a broken entry behind."""
        if not self.writable:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(f.name, path)
        except OSError as err:
            self.writable = False
            log.warning("cannot write the cache under %s (%s); going on without it", self.folder.name, err.strerror)


def relocated(value: Analysis, path: str) -> Analysis:
    """A cached analysis told where its file lies now."""
    return replace(
        value,
        article=replace(value.article, path=path) if value.article else None,
        problem=replace(value.problem, path=path) if value.problem else None,
    )
