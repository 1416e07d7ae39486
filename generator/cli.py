"""Command line: a thin layer that parses options and reports errors."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from . import nlp as nlp_loader
from .batch import RunOptions, default_workers
from .cache import DEFAULT_FOLDER
from .curation import CURATION_FILE
from .lexicon import Lexicon, LexiconError, available_gazetteers, default_lexicon
from .pipeline import build_briefing
from .reader import MAX_CHARS, ArticleError, find_seeds
from .render.export import to_json


@click.group()
@click.version_option(package_name="briefing")
@click.option("--model", envvar=nlp_loader.ENV_VAR, default=None, help="spaCy pipeline package to load.")
@click.option(
    "--gazetteer",
    "gazetteers",
    multiple=True,
    metavar="NAME|FILE.yml",
    help=f"Gazetteer to load (repeatable; default: all shipped: {', '.join(available_gazetteers())}).",
)
@click.option(
    "--max-chars",
    default=MAX_CHARS,
    show_default=True,
    type=click.IntRange(min=1),
    help="Articles longer than this many characters are refused with a warning.",
)
@click.option(
    "--cache",
    "cache",
    default=str(DEFAULT_FOLDER),
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder where each article's analysis is kept; only new or changed articles are parsed.",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help=f"Processes that parse articles at once [default: every core, here {default_workers()}].",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Parse on a Dask cluster (tcp://host:8786) instead of this machine; needs briefing[dask].",
)
@click.option(
    "--curation",
    default=CURATION_FILE,
    show_default=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="An analyst's corrections (merge, hide, types, relations, casualties), applied when present.",
)
@click.pass_context
def main(
    ctx: click.Context,
    curation: Path,
    model: str | None,
    gazetteers: tuple[str, ...],
    max_chars: int,
    cache: Path,
    no_cache: bool,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Turn news articles about an armed conflict into a briefing."""
    logging.basicConfig(format="briefing: %(message)s", level=logging.WARNING)
    options = RunOptions(cache=None if no_cache else cache, workers=workers, scheduler=scheduler)
    ctx.obj = {
        "model": model,
        "gazetteers": gazetteers or None,
        "max_chars": max_chars,
        "options": options,
        "curation": curation,
    }


def _lexicon(ctx: click.Context) -> Lexicon:
    try:
        return default_lexicon(ctx.obj["gazetteers"])
    except LexiconError as err:
        raise click.ClickException(str(err)) from err


def _load(ctx: click.Context):
    try:
        return nlp_loader.load(ctx.obj["model"])
    except nlp_loader.ModelError as err:
        raise click.ClickException(str(err)) from err


def _build(ctx: click.Context, paths: list[Path]):
    try:
        return build_briefing(
            paths, _load(ctx), _lexicon(ctx), ctx.obj["max_chars"], ctx.obj["options"], ctx.obj["curation"]
        )
    except (RuntimeError, OSError, ValueError) as err:  # no Dask, scheduler unreachable, curation unreadable
        raise click.ClickException(str(err)) from err


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path), help="Where to write briefing.json.")
@click.pass_context
def extract(ctx: click.Context, files: tuple[Path, ...], output: Path) -> None:
    """Write the briefing JSON of FILES (files or folders of seeds) without building a site."""
    paths: list[Path] = []
    try:
        for f in files:
            paths += find_seeds(f) if f.is_dir() else [f]
    except ArticleError as err:
        raise click.ClickException(str(err)) from err
    briefing = _build(ctx, paths)
    if not briefing.articles:
        raise click.ClickException("no article could be read")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(to_json(briefing), encoding="utf-8")
    click.echo(
        f"{output}: {len(briefing.articles)} article(s), {len(briefing.actors)} actors, "
        f"{len(briefing.relations)} relations, {len(briefing.casualties)} casualty figures",
        err=True,
    )


MARKER = ".briefing-pages"


def _refuse_hand_written(output: Path) -> None:
    """Never write into a folder that holds pages a person wrote (such as docs/): only an
    empty folder, or one this command wrote before (it carries a marker file)."""
    if output.exists() and (not output.is_dir() or (any(output.iterdir()) and not (output / MARKER).exists())):
        raise click.ClickException(
            f"refusing to write into {output}: it holds files the generator did not write "
            "(hand-written pages?); choose an empty folder"
        )


@main.command()
@click.option("--seeds", default="seeds", type=click.Path(path_type=Path), show_default=True)
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path), help="Folder for the Markdown pages.")
@click.pass_context
def pages(ctx: click.Context, seeds: Path, output: Path) -> None:
    """Write the generated Markdown pages to a folder, to read or diff them."""
    from .render.site import render_site

    try:
        paths = find_seeds(seeds)
    except ArticleError as err:
        raise click.ClickException(str(err)) from err
    _refuse_hand_written(output)
    files = render_site(_build(ctx, paths))
    output.mkdir(parents=True, exist_ok=True)
    (output / MARKER).write_text("Pages written by `briefing pages`; safe to overwrite.\n", encoding="utf-8")
    for rel, content in sorted(files.items()):
        target = output / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    click.echo(f"{output}: {len(files)} files", err=True)


if __name__ == "__main__":
    sys.exit(main())
