"""MkDocs hook: generate the briefing pages in memory on every build.

Declared in mkdocs.yml (`hooks:`). Pages are added as generated files, so
nothing is written into docs/ and `mkdocs serve` cannot loop; a page a
person wrote in docs/ always wins over a generated one of the same path.
The briefing is rebuilt only when a seed file changes.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator.batch import RunOptions
from generator.cache import DEFAULT_FOLDER
from generator.curation import CURATION_FILE
from generator.lexicon import LexiconError, default_lexicon
from generator.pipeline import build_briefing
from generator.reader import MAX_CHARS, ArticleError, find_seeds
from generator.render.fragments import FRAGMENT
from generator.render.network import vis_assets
from generator.render.site import render_site

log = logging.getLogger("mkdocs.plugins.briefing")
_cache: dict[str, object] = {}


class _ToMkDocs(logging.Handler):
    """Warnings of the generator (a bad date, a file skipped) become MkDocs warnings,
    so that `mkdocs build --strict` fails on them instead of passing in silence."""

    def emit(self, record: logging.LogRecord) -> None:
        log.log(record.levelno, "briefing: %s", record.getMessage())


_generator_log = logging.getLogger("generator")
if not any(isinstance(h, _ToMkDocs) for h in _generator_log.handlers):
    _generator_log.addHandler(_ToMkDocs(level=logging.WARNING))
    _generator_log.propagate = False


def _seeds_dir(config: MkDocsConfig) -> Path:
    root = Path(config.config_file_path).parent
    settings = config.extra.get("briefing") or {}
    return (root / settings.get("seeds", "seeds")).resolve()


def _gazetteers(config: MkDocsConfig) -> tuple[str, ...] | None:
    """`extra.briefing.gazetteers`: names of shipped gazetteers or paths (relative to
    mkdocs.yml) of one's own; absent means every shipped one."""
    wanted = (config.extra.get("briefing") or {}).get("gazetteers")
    if wanted is None:
        return None
    root = Path(config.config_file_path).parent
    names = [wanted] if isinstance(wanted, str) else list(wanted)
    return tuple(str(root / n) if str(n).endswith((".yml", ".yaml")) else str(n) for n in names)


def _curation_file(config: MkDocsConfig) -> Path:
    """`extra.briefing.curation`: the analyst's corrections (default curation.yml beside mkdocs.yml)."""
    settings = config.extra.get("briefing") or {}
    return Path(config.config_file_path).parent / settings.get("curation", CURATION_FILE)


def _run_options(config: MkDocsConfig) -> RunOptions:
    """`extra.briefing.cache` (a folder relative to mkdocs.yml, or false), `workers`
    (default: every core) and `scheduler` (a Dask address)."""
    settings = config.extra.get("briefing") or {}
    root = Path(config.config_file_path).parent
    cache = settings.get("cache", str(DEFAULT_FOLDER))
    workers = settings.get("workers")
    return RunOptions(
        cache=(root / cache) if cache else None,
        workers=int(workers) if workers else None,
        scheduler=settings.get("scheduler"),
    )


def _fingerprint(paths: list[Path]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths)


def generated_files(config: MkDocsConfig) -> dict[str, str]:
    """The generated pages for the current seeds (cached while the seeds are unchanged)."""
    seeds = _seeds_dir(config)
    try:
        paths = find_seeds(seeds)
    except ArticleError as err:
        log.warning("briefing: %s", err)
        paths = []
    gazetteers = _gazetteers(config)
    options = _run_options(config)
    curation = _curation_file(config)
    curated_by = _fingerprint([curation]) if curation.is_file() else None
    key = (_fingerprint(paths), gazetteers, options, curated_by, config.use_directory_urls)
    if _cache.get("key") != key:
        try:
            lex = default_lexicon(gazetteers)
        except LexiconError as err:
            raise PluginError(f"briefing: extra.briefing.gazetteers: {err}") from err
        limit = (config.extra.get("briefing") or {}).get("max_chars", MAX_CHARS)
        try:
            briefing = build_briefing(paths, lex=lex, max_chars=int(limit), options=options, curation=curation)
        except (RuntimeError, OSError, ValueError) as err:  # no Dask, scheduler unreachable, curation unreadable
            raise PluginError(f"briefing: {err}") from err
        for problem in briefing.problems:
            log.debug("briefing: skipped %s", problem.message)  # already a warning from the pipeline
        _cache["key"], _cache["files"] = key, render_site(briefing, config.use_directory_urls)
        log.info("briefing: %d articles, %d actors from %s", len(briefing.articles), len(briefing.actors), seeds)
    return _cache["files"]  # type: ignore[return-value]


_serving: dict[str, object] = {}


def on_serve(server, config: MkDocsConfig, builder):
    """`mkdocs serve` watches the seeds folder the configuration names."""
    _serving["server"] = server
    _follow_seeds(config)
    return server


def _follow_seeds(config: MkDocsConfig) -> None:
    """After mkdocs.yml changed `extra.briefing.seeds`, watch the new folder instead of the old."""
    server = _serving.get("server")
    seeds = str(_seeds_dir(config))
    if server is None or _serving.get("watched") == seeds:
        return
    if _serving.get("watched"):
        server.unwatch(_serving["watched"])
    if Path(seeds).is_dir():
        server.watch(seeds)
        _serving["watched"] = seeds
    curation = _curation_file(config)
    if curation.is_file() and _serving.get("curation") != str(curation):
        server.watch(str(curation))
        _serving["curation"] = str(curation)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    _follow_seeds(config)
    for rel, content in sorted(generated_files(config).items()):
        if files.get_file_from_path(rel) is not None:
            log.info("briefing: keeping the hand-written docs/%s instead of the generated page", rel)
            continue
        files.append(File.generated(config, rel, content=content))
    for rel, source in vis_assets().items():
        if files.get_file_from_path(rel) is None:
            files.append(File.generated(config, rel, abs_src_path=str(source)))
    return files


_fragments: dict[str, list[str]] = {}
_SLOT = '<div class="briefing-fragment" data-slot="{}"></div>'
_ANCHOR = re.compile(r'\bid="([^"]+)"')


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    """The long tables and lists of generated pages are HTML already (render/html.py): each
    is set aside for a slot, so Python-Markdown does not parse thousands of rows again."""
    found: list[str] = []

    def slot(match) -> str:
        found.append(match.group(0))
        return _SLOT.format(len(found) - 1)

    markdown = FRAGMENT.sub(slot, markdown)
    if found:
        _fragments[page.file.src_uri] = found
    return markdown


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """Each slot back to its fragment (article text cannot write a slot: its "<" is escaped)."""
    found = _fragments.pop(page.file.src_uri, None)
    if not found:
        return html
    for n, fragment in enumerate(found):
        if _SLOT.format(n) not in html:  # never silently lose a table
            log.warning("briefing: %s: a generated table could not be placed in the page", page.file.src_uri)
            continue
        html = html.replace(_SLOT.format(n), fragment, 1)
        if page.present_anchor_ids is not None:  # links to "#s4" are checked against these
            page.present_anchor_ids |= set(_ANCHOR.findall(fragment))
    return html
