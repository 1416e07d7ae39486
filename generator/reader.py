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

from .model import Problem

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
SAVED = (".html", ".htm", ".pdf")  # formats whose metadata comes from the file, a sidecar .yml overriding it
SIDECARS = (".yml", ".yaml")
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
    pages: tuple[str, ...] = ()  # a PDF's text page by page, as in `body`: where each sentence was printed


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


BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decode(data: bytes, path: Path) -> str:
    """Text in whatever encoding it came in: a byte-order mark first, then UTF-8, then
    charset-normalizer's best guess (legacy code pages, UTF-16 without a mark)."""
    return _checked_text(_decoded(data, path), path)


def _decoded(data: bytes, path: Path) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or (b"\x00" in data and not best.encoding.startswith("utf_16")):
        raise ArticleError(f"{path}: binary file, not text")
    if _legacy(data, best.encoding):
        return data.decode("cp1252", errors="replace")
    return str(best)


def _legacy(data: bytes, encoding: str) -> bool:
    """Mostly ASCII with a few curly quotes or accents: an English page saved in the
    Windows code page, which a detector cannot tell from others on so few bytes."""
    high = sum(b > 0x7F for b in data)
    return not encoding.startswith("utf") and high <= max(3, len(data) * 0.05)


CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
SNIFF = 100_000


def _checked_text(text: str, path: Path) -> str:
    """A file whose bytes happen to decode (NUL and control bytes are valid UTF-8) but
    hold control characters no text holds is binary: an image or archive renamed .txt."""
    head = text[:SNIFF]
    if "\x00" in head or len(CONTROL.findall(head)) > 0.01 * len(head):
        raise ArticleError(f"{path}: binary file, not text")
    return text


MAX_CHARS = 1_000_000  # a generous article; spaCy's own limit for one text


def read_article(path: Path, max_chars: int = MAX_CHARS) -> RawArticle:
    """Read one article; raise ArticleError with the file name on bad input.

    A file larger than `max_chars` characters is refused before anything is parsed,
    so one huge file never holds the others back."""
    suffix = path.suffix.lower()
    try:
        if path.stat().st_size > (40 if suffix in SAVED else 4) * max_chars:  # more bytes than any text of that size
            raise ArticleError(f"{path}: larger than the limit of {max_chars:,} characters of text")
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{path}: cannot read file: {err.strerror}") from err
    if suffix in SAVED:
        return _saved(path, data, max_chars)
    text = _within(_decode(data, path), path, max_chars)
    try:
        post = frontmatter.loads(text, handler=_FrontMatter())
    except yaml.YAMLError as err:
        raise ArticleError(f"{path}: front matter is not valid YAML{_yaml_error(err)}") from err
    if not isinstance(post.metadata, dict):
        raise ArticleError(f"{path}: front matter must be a mapping of keys to values")
    if not post.content.strip():
        raise ArticleError(f"{path}: the article has no text")
    return RawArticle(id=article_id(path), path=str(path), body=post.content, meta=_metadata(post.metadata, path))


def _within(text: str, path: Path, max_chars: int) -> str:
    if len(text) > max_chars:
        raise ArticleError(f"{path}: {len(text):,} characters, more than the limit of {max_chars:,}")
    return text


def _yaml_error(err: yaml.YAMLError) -> str:
    """Where and why YAML failed, as a person fixing the file needs it."""
    mark = getattr(err, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{where}: {getattr(err, 'problem', None) or str(err).splitlines()[0]}"


def _metadata(fields: dict, path: Path) -> dict:
    """The reader's keys from front matter, a sidecar or a file's own metadata: text trimmed,
    the date a date or unknown."""
    meta = {k: str(fields[k]).strip() for k in META_KEYS if k != "published" and fields.get(k) not in (None, "")}
    meta["published"] = _coerce_date(fields.get("published"), path)
    return meta


def _saved(path: Path, data: bytes, max_chars: int) -> RawArticle:
    """A web page or a PDF: its text and metadata from the file, then what the user wrote in
    a sidecar (`report.yml` beside `report.pdf`), which the file's own metadata never overrides."""
    from .formats.pdf import UnreadablePdf, joined, read_pdf
    from .formats.webpage import NoMainText, read_webpage

    pages: tuple[str, ...] = ()
    try:
        if path.suffix.lower() == ".pdf":
            pages, found = read_pdf(data)
            body = joined(pages)
        else:
            body, found = read_webpage(_decoded(data, path))
    except (UnreadablePdf, NoMainText) as err:
        raise ArticleError(f"{path}: {err}") from err
    found.update(_sidecar(path))
    return RawArticle(
        id=article_id(path),
        path=str(path),
        body=_within(body, path, max_chars),
        meta=_metadata(found, path),
        pages=tuple(pages),
    )


def _sidecar(path: Path) -> dict:
    """The metadata a user wrote beside a saved page or report, if any."""
    for suffix in SIDECARS:
        side = path.with_suffix(suffix)
        if side.is_symlink() and not side.resolve().is_relative_to(path.parent.resolve()):
            raise ArticleError(f"{side}: a link to a file outside the seeds folder")
        if side.is_file():
            try:
                meta = yaml.load(_decode(side.read_bytes(), side), Loader=_TextDates)
            except yaml.YAMLError as err:
                raise ArticleError(f"{side}: not valid YAML{_yaml_error(err)}") from err
            if not isinstance(meta, dict):
                raise ArticleError(f"{side}: must be a mapping of keys to values")
            return {k: meta[k] for k in META_KEYS if meta.get(k) not in (None, "")}
    return {}


def find_seeds(folder: Path) -> list[Path]:
    """Every article of a folder (text, Markdown, web page, PDF), in a stable order; a sidecar
    of a page or report is read with it; every other entry is named
    in a warning with the reason it is left out, so nothing is skipped in silence."""
    if not folder.is_dir():
        raise ArticleError(f"{folder}: no such folder")
    root = folder.resolve()
    kept = []
    for p in sorted(folder.iterdir()):
        reason = _left_out(p, root)
        if p.suffix.lower() in SIDECARS and any(p.with_suffix(s).is_file() for s in SAVED):
            log.info("%s: read as the metadata of the page or report of the same name", p.name)
        elif reason:
            log.warning("%s: not built: %s", p.name, reason)
        else:
            kept.append(p)
    return kept


def _left_out(p: Path, root: Path) -> str | None:
    """Why a folder entry is not an article to build (None when it is one)."""
    if p.is_symlink() and not p.resolve().is_relative_to(root):
        return "a link to a file outside the seeds folder"
    if p.is_dir():
        return "a folder (articles are read from the seeds folder itself)"
    if p.suffix.lower() not in SUFFIXES:
        return f"not an article (.txt, .md, .html, .htm or .pdf): {p.suffix or 'no extension'}"
    if p.name.lower() == "readme.md":
        return "a read-me, not an article"
    if p.name.startswith((".", "_")):
        return "a hidden or draft file (name starts with '.' or '_')"
    return None


def problem(path: str, err: Exception) -> Problem:
    """A file that could not be used, told without where it lies on the machine."""
    return Problem(path, str(err).replace(str(Path(path).parent) + "/", ""))
