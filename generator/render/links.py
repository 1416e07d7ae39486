"""Links between the pages of the site, in one place.

A Markdown page links to other pages by their source path ("../actors/x.md"), which
MkDocs checks and rewrites; an HTML fragment (fragments.py) passes the converter
untouched, so its links are the built site's addresses, computed here from the pages'
paths and `use_directory_urls`. One `Links` per page and per syntax gives both, with
the same labels and hover texts.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import SentenceRef
from .markup import Safe, link_title, md, text


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


def link(label: object, url: str, title: object = None, markdown: bool = False) -> Safe:
    """A link whose label and title are escaped; URLs are built from slugs and ids only."""
    if markdown:
        tip = f' "{link_title(title)}"' if title else ""
        return Safe(f"[{md(label)}]({url}{tip})")
    tip = f' title="{text(title)}"' if title else ""
    return Safe(f'<a href="{html.escape(url, quote=True)}"{tip}>{text(label)}</a>')


@dataclass(frozen=True)
class Links:
    """The links of one page, to actors, articles and sentences, in Markdown or in HTML."""

    page: str
    directory_urls: bool
    markdown: bool
    actor_names: dict[str, str]
    article_number: dict[str, int]
    titles: dict[str, str]
    sentence: Callable[[str, int], str]
    page_of: Callable[[str, int], int | None] = lambda article_id, index: None

    def to(self, path: str, anchor: str = "") -> str:
        if self.markdown:
            return "../" * self.page.count("/") + path + (f"#{anchor}" if anchor else "")
        return href(self.page, path, self.directory_urls, anchor)

    def _link(self, label: object, url: str, title: object = None) -> Safe:
        return link(label, url, title, self.markdown)

    def actor(self, actor_id: str | None) -> Safe:
        if not actor_id or actor_id not in self.actor_names:
            return Safe("unattributed")
        return self._link(self.actor_names[actor_id], self.to(f"actors/{actor_id}.md"))

    def article(self, article_id: str, label: object) -> Safe:
        return self._link(label, self.to(f"articles/{article_id}.md"))

    def evidence_label(self, ref: SentenceRef) -> tuple[str, str]:
        """ "A12§4" (article 12, sentence 4; "§4" in a briefing of one article) and the hover text."""
        n = ref.index + 1
        label = f"§{n}" if len(self.article_number) == 1 else f"A{self.article_number.get(ref.article_id, 0)}§{n}"
        page = self.page_of(ref.article_id, ref.index)
        where = f", page {page}" if page is not None else ""
        return label, f"{self.titles.get(ref.article_id, '')}, sentence {n}{where}"

    def evidence(self, ref: SentenceRef | None) -> Safe:
        if ref is None:
            return Safe("")
        label, title = self.evidence_label(ref)
        return self._link(label, self.to(f"articles/{ref.article_id}.md", f"s{ref.index + 1}"), title)

    def evidences(self, refs: Iterable[SentenceRef]) -> Safe:
        return Safe(", ".join(self.evidence(r) for r in refs))

    def sentence_link(self, ref: SentenceRef, hover: bool = True) -> Safe:
        """ "§4", the sentence's text on hover unless printed beside it."""
        n = ref.index + 1
        title = self.sentence(ref.article_id, ref.index) if hover else None
        return self._link(f"§{n}", self.to(f"articles/{ref.article_id}.md", f"s{n}"), title)
