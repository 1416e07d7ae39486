"""A saved web page (File > Save Page As): trafilatura finds the main text, without
navigation, comments, ads or scripts, and the page's title, date, author, outlet and
canonical address from its metadata (Open Graph, JSON-LD, meta tags, htmldate).

Why trafilatura: it is the maintained extractor with the best published precision on
news pages, and it reads metadata the same way for any outlet; a hand-written
readability clone would learn the markup of the pages we happened to look at."""

from __future__ import annotations

MIN_WORDS = 8  # a page's main text holds at least one line of a sentence's length


class NoMainText(ValueError):
    """A page in which no article text was found (an index page, a paywall, a login)."""


def read_webpage(html: str) -> tuple[str, dict]:
    """The main text of a page as paragraphs, and its metadata in the reader's keys."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    title = (found.get("title") or "").strip()
    lines = [line.strip() for line in (found.get("text") or "").splitlines() if line.strip()]
    if lines and title and lines[0].rstrip(".") == title.rstrip("."):
        lines = lines[1:]  # the headline, which the page's title already gives
    if not any(len(line.split()) >= MIN_WORDS for line in lines):  # menus and link lists only
        raise NoMainText("no main text found in the page (an index, a paywall or an empty page?)")
    meta = {
        "title": title,
        "url": found.get("url") or "",
        "publisher": found.get("sitename") or found.get("hostname") or "",
        "published": found.get("date") or "",
        "author": found.get("author") or "",
    }
    return "\n\n".join(lines) + "\n", {k: v for k, v in meta.items() if v}
