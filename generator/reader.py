"""Read seed articles from disk: text, optional YAML front matter.

Reading is the only stage that touches the file system on the way in, so
every problem with an input file is reported here, naming the file.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import frontmatter
import yaml

SUFFIXES = (".txt", ".md")
META_KEYS = ("title", "url", "publisher", "published", "author")
log = logging.getLogger(__name__)


class _TextDates(yaml.SafeLoader):
    """YAML without implicit dates: "2018-13-45" stays text for the reader to judge,
    instead of an exception from deep inside the parser."""


_TextDates.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


class _FrontMatter(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> object:
        return yaml.load(fm, Loader=_TextDates)


class ArticleError(Exception):
    """An input file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class RawArticle:
    """A file's text and metadata, before cleaning."""

    id: str
    path: str
    body: str
    meta: dict


def article_id(path: Path) -> str:
    """A URL-safe id from the file name (never from the article's text)."""
    stem = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-")
    return stem or "article"


def _coerce_date(value: object, path: Path) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        log.warning("%s: 'published' is not a date (YYYY-MM-DD): %r; the date is left unknown", path.name, value)
        return None


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data:
        raise ArticleError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old scrapes are often Windows-1252; ftfy repairs what this leaves.
        return data.decode("cp1252", errors="replace")


def read_article(path: Path) -> RawArticle:
    """Read one article; raise ArticleError with the file name on bad input."""
    try:
        text = _decode(path.read_bytes(), path)
    except OSError as err:
        raise ArticleError(f"{path}: cannot read file: {err.strerror}") from err
    try:
        post = frontmatter.loads(text, handler=_FrontMatter())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark is not None else ""
        reason = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ArticleError(f"{path}: front matter is not valid YAML{where}: {reason}") from err
    if not isinstance(post.metadata, dict):
        raise ArticleError(f"{path}: front matter must be a mapping of keys to values")
    meta = {k: post.metadata.get(k) for k in META_KEYS if post.metadata.get(k) not in (None, "")}
    meta = {k: (v if k == "published" else str(v).strip()) for k, v in meta.items()}
    meta["published"] = _coerce_date(post.metadata.get("published"), path)
    if not post.content.strip():
        raise ArticleError(f"{path}: the article has no text")
    return RawArticle(id=article_id(path), path=str(path), body=post.content, meta=meta)


def find_seeds(folder: Path) -> list[Path]:
    """Every .txt and .md file of a folder, in a stable order."""
    if not folder.is_dir():
        raise ArticleError(f"{folder}: no such folder")
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not p.name.startswith((".", "_"))
        and p.name.lower() != "readme.md"
    )
