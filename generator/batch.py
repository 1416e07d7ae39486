"""Analyse many articles: from the cache on disk, on every core, or on a Dask cluster.

The analysis of an article is a pure function of the article, the pipeline and
the lexicon (generator/analysis.py), so articles are independent: those already
analysed come from the cache, the others are spread over worker processes (each
loads the pipeline once) or over the workers of a Dask cluster. The results are
the same objects whichever way they were computed, so the briefing is
byte-identical whatever the cache holds or the number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import nlp as nlp_loader
from .cache import AnalysisCache, article_key, model_key, relocated
from .lexicon import Lexicon, default_lexicon
from .model import Analysis
from .reader import RawArticle

if TYPE_CHECKING:
    from spacy.language import Language


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class RunOptions:
    """How to run the analyses: where the cache lies (None: no cache), how many worker
    processes (None: every core), which Dask scheduler (None: this machine), and
    whether to show a progress bar (None: when attached to a terminal)."""

    cache: Path | None = None
    workers: int | None = 1
    scheduler: str | None = None
    progress: bool | None = None


def analyse_all(raws: list[RawArticle], nlp: Language | None, lex: Lexicon, options: RunOptions) -> list[Analysis]:
    """The analysis of every article, in the order given. The pipeline (None: the default
    one) is loaded only if some article is not in the cache."""
    store = AnalysisCache(options.cache) if options.cache else None
    model = model_key(nlp) if store else ""
    keys = [article_key(r, model, lex) for r in raws] if store else []
    results: dict[int, Analysis] = {}
    for i in range(len(raws)):
        hit = store.get(keys[i]) if store else None
        if hit is not None:
            results[i] = relocated(hit, raws[i].path)
    todo = [i for i in range(len(raws)) if i not in results]
    if todo and nlp is None:
        nlp = nlp_loader.load()
    if todo:
        settle_heap()
    for k, value in _compute([raws[i] for i in todo], nlp, lex, options):
        results[todo[k]] = value
        if store:
            store.put(keys[todo[k]], value)
    return [results[i] for i in range(len(raws))]


def _compute(raws: list[RawArticle], nlp: Language | None, lex: Lexicon, options: RunOptions) -> Iterator:
    """(index, analysis) pairs as they are done, on the engine the options ask for."""
    if not raws:
        return iter(())
    workers = options.workers or default_workers()
    model = nlp_loader.load_argument(nlp)
    if options.scheduler:
        if model is None or lex.spec is None:
            raise ValueError("a Dask cluster needs a pipeline and lexicon loaded by name")
        pairs = _on_dask(raws, model, lex.spec, options.scheduler)
    elif workers > 1 and len(raws) > 1 and model is not None and lex.spec is not None:
        pairs = _on_cores(raws, model, lex.spec, min(workers, len(raws)))
    else:
        pairs = _here(raws, nlp, lex)
    return _with_progress(pairs, len(raws), options.progress)


CHUNK_ARTICLES = 16  # articles parsed in one stream: two batches of short ones
CHUNK_CHARS = 150_000  # and at most this much text, so that a huge article goes alone


def chunks(raws: list[RawArticle], order: list[int] | None = None) -> list[list[int]]:
    """Indexes of the articles in groups that are parsed together (in the order given)."""
    out: list[list[int]] = []
    size = 0
    for k in order if order is not None else range(len(raws)):
        if not out or len(out[-1]) == CHUNK_ARTICLES or size + len(raws[k].body) > CHUNK_CHARS:
            out.append([])
            size = 0
        out[-1].append(k)
        size += len(raws[k].body)
    return out


def _here(raws: list[RawArticle], nlp: Language, lex: Lexicon) -> Iterator[tuple[int, Analysis]]:
    for chunk in chunks(raws):
        yield from _pairs(chunk, _analyse_many([raws[k] for k in chunk], nlp, lex))


def _analyse_many(raws: list[RawArticle], nlp: Language, lex: Lexicon) -> list[Analysis]:
    """analysis.analyse_many, imported only when an article is parsed: importing it imports spaCy."""
    from .analysis import analyse_many

    return analyse_many(raws, nlp, lex)


def _pairs(chunk: list[int], results: list[Analysis]) -> list[tuple[int, Analysis]]:
    return list(zip(chunk, results, strict=True))


def _with_progress(pairs: Iterator, total: int, show: bool | None) -> Iterator:
    """A progress bar on standard error, only for a person watching a terminal."""
    if show is None:
        show = sys.stderr.isatty()
    if not show or total < 2:
        yield from pairs
        return
    from tqdm import tqdm

    with tqdm(total=total, desc="analysing articles", unit="article", file=sys.stderr) as bar:
        for pair in pairs:
            bar.update(1)
            yield pair


_SETTLED: list[bool] = []


def settle_heap() -> None:
    """Once per process, after the pipeline and lexicon are loaded: move everything alive
    out of the garbage collector's reach (gc.freeze). Those objects live as long as the
    process, yet every full collection walked them again while thousands of articles were
    parsed; frozen, parsing a season costs about a tenth less, and forked workers inherit
    the frozen heap. Garbage is collected first, so nothing dead is kept."""
    if not _SETTLED:
        gc.collect()
        gc.freeze()
        _SETTLED.append(True)


# ---- worker processes on this machine -----------------------------------------------
_WORKER: dict[str, object] = {}


def _start_worker(model: tuple[str | None], spec: tuple[str, ...]) -> None:
    """Load the pipeline and lexicon once per worker (free when forked from a parent
    that has them already)."""
    _WORKER["nlp"] = nlp_loader.load(*model)
    _WORKER["lex"] = default_lexicon(spec)
    settle_heap()


def _work(chunk: list[int], raws: list[RawArticle]) -> list[tuple[int, Analysis]]:
    return _pairs(chunk, _analyse_many(raws, _WORKER["nlp"], _WORKER["lex"]))  # type: ignore[arg-type]


def _context() -> multiprocessing.context.BaseContext:
    """fork shares the loaded pipeline for free, but is unsafe once other threads run
    (`mkdocs serve`); then a fresh interpreter per worker loads its own."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _on_cores(raws: list[RawArticle], model: tuple, spec: tuple[str, ...], workers: int) -> Iterator:
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker, initargs=(model, spec)) as pool:
        order = sorted(range(len(raws)), key=lambda k: -len(raws[k].body))  # longest first: cores end together
        futures = [pool.submit(_work, chunk, [raws[k] for k in chunk]) for chunk in chunks(raws, order)]
        for future in as_completed(futures):
            yield from future.result()


# ---- a Dask cluster ---------------------------------------------------------------------
def analyse_remote(raws: list[RawArticle], model: tuple, spec: tuple[str, ...]) -> list[Analysis]:
    """The analyses of a chunk of articles on a Dask worker (the pipeline and lexicon are
    loaded once per worker process and kept)."""
    return _analyse_many(raws, nlp_loader.load(*model), default_lexicon(spec))


def _on_dask(raws: list[RawArticle], model: tuple, spec: tuple[str, ...], address: str) -> Iterator:
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as err:
        raise RuntimeError("a Dask scheduler needs the extra: pip install 'briefing[dask]'") from err
    with Client(address) as client:
        groups = chunks(raws)
        futures = client.map(analyse_remote, [[raws[k] for k in g] for g in groups], model=model, spec=spec, pure=False)
        index = {f.key: g for g, f in zip(groups, futures, strict=True)}
        for future in dask_completed(futures):
            yield from _pairs(index[future.key], future.result())
