"""The whole extraction: files in, one Briefing out.

read (every file, problems named) -> drop copies before any parsing -> analyse
each article (cached, in parallel: generator/batch.py) -> merge the analyses
into one briefing (generator/merge.py) -> the analyst's corrections
(curation.yml) -> incidents across articles. One bad file is reported and
skipped; the others still make the briefing. `build_briefing` is the one
function the command line and the MkDocs hook call.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import RunOptions, analyse_all
from .curation import apply_curation, read_curation
from .incidents import with_incidents
from .lexicon import Lexicon, default_lexicon
from .merge import merge_analyses
from .model import Briefing, Problem
from .reader import MAX_CHARS, ArticleError, RawArticle, problem, read_article

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


def build_briefing(
    paths: list[Path],
    nlp: Language | None = None,
    lex: Lexicon | None = None,
    max_chars: int = MAX_CHARS,
    options: RunOptions | None = None,
    curation: Path | None = None,
) -> Briefing:
    """Extract one merged briefing from article files, with the corrections of `curation`
    (curation.yml) when that file exists; unreadable files become problems."""
    raws: list[RawArticle] = []
    problems: list[Problem] = []
    for path in sorted(paths, key=lambda p: (p.name, str(p))):  # same briefing whatever the order given
        try:
            raws.append(read_article(path, max_chars))
        except ArticleError as err:
            problems.append(reported(str(path), err))
    return briefing_from_raw(raws, nlp, problems, lex, options, curation)


def briefing_from_raw(
    raws: list[RawArticle],
    nlp: Language | None = None,
    problems: list[Problem] | None = None,
    lex: Lexicon | None = None,
    options: RunOptions | None = None,
    curation: Path | None = None,
) -> Briefing:
    """Extract one merged briefing from articles already read (default: the default
    pipeline, loaded only if an article is not in the cache; every gazetteer; no cache;
    one process; no corrections)."""
    lex = lex or default_lexicon()
    unique, problems = unique_articles(sorted(raws, key=lambda r: (r.id, r.path)), list(problems or []))
    parts = analyse_all(unique, nlp, lex, options or RunOptions())
    for part in parts:
        if part.problem:
            log.warning("%s", part.problem.message)
    briefing = merge_analyses(parts, lex, problems)
    if curation is not None:
        briefing = curated(briefing, curation)
    return with_incidents(briefing, lex)


def unique_articles(raws: list[RawArticle], problems: list[Problem]) -> tuple[list[RawArticle], list[Problem]]:
    """Articles whose id or text another already has are named and left out before any
    parsing: a copy costs nothing."""
    owners: dict[str, str] = {}  # article id -> its file
    texts: dict[str, str] = {}  # the text, spaces folded -> its file
    unique = []
    for raw in raws:
        text = " ".join(raw.body.split())
        if raw.id in owners:
            problems.append(
                reported(
                    raw.path, ArticleError(f"{raw.path}: {Path(owners[raw.id]).name} already has the id '{raw.id}'")
                )
            )
        elif text in texts:
            problems.append(
                reported(raw.path, ArticleError(f"{raw.path}: the same text as {Path(texts[text]).name}; built once"))
            )
        else:
            owners[raw.id], texts[text] = raw.path, raw.path
            unique.append(raw)
    return unique, problems


def reported(path: str, err: Exception) -> Problem:
    """A problem logged as a WARNING that names the file, never the folder it lies in."""
    found = problem(path, err)
    log.warning("%s", found.message)
    return found


def curated(b: Briefing, path: Path) -> Briefing:
    """The briefing with the analyst's corrections of `path` (curation.yml) applied; every
    entry that matches nothing is a WARNING."""
    b, warnings = apply_curation(b, read_curation(path))
    for warning in warnings:
        log.warning("%s", warning)
    return b
