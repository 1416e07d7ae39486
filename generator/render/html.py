"""The long tables and lists of the site as HTML fragments inside the Markdown pages.

A season of articles gives thousands of casualty rows, statements and mentions, each
with links. As Markdown, every row goes through Python-Markdown's inline patterns and
MkDocs' link rewriting: seconds per build. As HTML they cost a fraction of that, and
the MkDocs hook (`mkdocs_hook.py`) passes a fragment through the converter untouched.

Escaped by construction, as the Markdown is: every value a fragment template prints
goes through `html_finalize`, which escapes it unless it is `Html` built here. Links are
the final URLs of the built site (MkDocs rewrites links only in Markdown), so they are
computed here from the pages' paths and the site's `use_directory_urls`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import jinja2

from ..model import SentenceRef
from .escape import attr

FRAGMENT_OPEN = '<div class="briefing-fragment">'
FRAGMENT_CLOSE = "</div>"
# A fragment as it stands in a page: its own opening line, then lines of rows (values
# never hold a line break, and article text cannot hold a "<"), then its closing line.
FRAGMENT = re.compile(r"^" + re.escape(FRAGMENT_OPEN) + r"\n(.*?)\n" + FRAGMENT_CLOSE + "$", re.S | re.M)


class Html(str):
    """HTML built by this module from escaped parts."""

    __slots__ = ()


def text(value: object) -> Html:
    """Text for an HTML element or attribute: on one line, nothing in it is markup."""
    return Html(attr(value))


def html_finalize(value: object) -> object:
    """Jinja2 finalize hook of the fragment templates: escape everything that is not `Html`
    (a Markdown string printed here by mistake is shown escaped, never run)."""
    if value is None:
        return ""
    if isinstance(value, Html):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return text(value)


def templates(finalize: Callable[[object], object], **filters: Callable) -> jinja2.Environment:
    """The templates of generator/templates, every printed value passed through `finalize`
    (Jinja2's autoescape knows only HTML; the Markdown pages need their own escaping)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        autoescape=False,
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(filters)
    return env


def environment() -> jinja2.Environment:
    """The fragment templates (templates/html/): escaped for HTML."""
    return templates(html_finalize, text=text)


def fragment(body: str) -> str:
    """A fragment on its own lines, blank lines around it: a raw HTML block to any Markdown
    reader, and one the hook can find. Blank lines inside would end the block early."""
    rows = "\n".join(line for line in body.splitlines() if line.strip())
    return f"\n{FRAGMENT_OPEN}\n{rows}\n{FRAGMENT_CLOSE}\n\n"


def page_url(path: str, directory_urls: bool) -> str:
    """Where MkDocs puts a page: "actors/x.md" -> "actors/x/" (or "actors/x.html")."""
    stem = path.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def href(from_path: str, to_path: str, directory_urls: bool, anchor: str = "") -> str:
    """A relative link from one page to another, as the built site needs it."""
    up = "../" * page_url(from_path, directory_urls).count("/")
    target = up + page_url(to_path, directory_urls)
    return (target or "./") + (f"#{anchor}" if anchor else "")


def link(label: object, url: str, title: object = None) -> Html:
    """An <a>; the URL is built from slugs and ids only, the label and title are escaped."""
    tip = f' title="{text(title)}"' if title else ""
    return Html(f'<a href="{html.escape(url, quote=True)}"{tip}>{text(label)}</a>')


@dataclass(frozen=True)
class HtmlLinks:
    """The links of one page, to actors, articles and sentences."""

    page: str
    directory_urls: bool
    actor_names: dict[str, str]
    article_number: dict[str, int]
    titles: dict[str, str]
    sentence: Callable[[str, int], str]

    def to(self, path: str, anchor: str = "") -> str:
        return href(self.page, path, self.directory_urls, anchor)

    def actor(self, actor_id: str | None) -> Html:
        if not actor_id or actor_id not in self.actor_names:
            return Html("unattributed")
        return link(self.actor_names[actor_id], self.to(f"actors/{actor_id}.md"))

    def article(self, article_id: str, label: object) -> Html:
        return link(label, self.to(f"articles/{article_id}.md"))

    def evidence_label(self, ref: SentenceRef) -> tuple[str, str]:
        """ "A12§4" (article 12, sentence 4; "§4" in a briefing of one article) and the
        hover text, the same in the Markdown and in the HTML of the site."""
        n = ref.index + 1
        label = f"§{n}" if len(self.article_number) == 1 else f"A{self.article_number.get(ref.article_id, 0)}§{n}"
        return label, f"{self.titles.get(ref.article_id, '')}, sentence {n}"

    def evidence(self, ref: SentenceRef | None) -> Html:
        if ref is None:
            return Html("")
        label, title = self.evidence_label(ref)
        return link(label, self.to(f"articles/{ref.article_id}.md", f"s{ref.index + 1}"), title)

    def evidences(self, refs: Iterable[SentenceRef]) -> Html:
        return Html(", ".join(self.evidence(r) for r in refs))

    def sentence_link(self, ref: SentenceRef, hover: bool = True) -> Html:
        """ "§4", the sentence's text on hover unless printed beside it."""
        n = ref.index + 1
        title = self.sentence(ref.article_id, ref.index) if hover else None
        return link(f"§{n}", self.to(f"articles/{ref.article_id}.md", f"s{n}"), title)


WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+$", re.I)


def external(url: str) -> Html:
    """A link out of the site, only to a web address (never "javascript:" and the like)."""
    return link(url, url) if WEB_ADDRESS.match(url) else text(url)
