"""Escaping of untrusted article text for Markdown, HTML and JSON-in-HTML.

Every value a template prints goes through `finalize`, which escapes it
unless it is a `Safe` string built by this package. Forgetting a filter can
therefore only over-escape, never inject.
"""

from __future__ import annotations

import html
import json
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


class Safe(str):
    """Text already escaped or built from escaped parts."""

    __slots__ = ()


def md(text: object) -> Safe:
    """Escape text for inline Markdown: no markup, no HTML, one line."""
    if isinstance(text, Safe):
        return text
    s = " ".join(str(text).split())
    s = _MD_SPECIAL.sub(r"\\\1", s)
    s = html.escape(s, quote=False)
    return Safe(s)


_HTML_MD = str.maketrans({"[": "&#91;", "]": "&#93;", "*": "&#42;", "_": "&#95;", "`": "&#96;", "|": "&#124;"})


def attr(text: object) -> Safe:
    """Escape text for an HTML attribute or element body.

    Markdown punctuation becomes character references too, so the text stays
    inert even if a page ever lets Markdown run inside its HTML.
    """
    return Safe(html.escape(" ".join(str(text).split()), quote=True).translate(_HTML_MD))


def json_attr(data: object) -> Safe:
    """JSON inside an HTML attribute: survives Material's instant navigation,
    which drops inline <script> data blocks when it swaps pages."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Safe(html.escape(text, quote=True))


def finalize(value: object) -> object:
    """Jinja2 finalize hook: escape everything that is not marked Safe."""
    if value is None:
        return ""
    if isinstance(value, Safe):
        return value
    if isinstance(value, int | float):
        return value
    return md(value)


# Characters that make markup in any of the places a page title reaches unescaped
# (Material prints it raw in <title> after `striptags`, which turns "&lt;" back into "<",
# and in the header): they become look-alikes that are text everywhere.
_TITLE_INERT = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "\uff06", "\n": " ", "\r": " "})


def title_text(text: object) -> str:
    """A page title from article text, inert wherever the theme prints it."""
    return " ".join(str(text).translate(_TITLE_INERT).split())


def link_title(text: object) -> str:
    """Text for a Markdown link's "title": no quote or bracket can end the link early."""
    return attr(text).replace("&quot;", "'").replace("(", "&#40;").replace(")", "&#41;")


def link(text: object, target: str) -> Safe:
    """A Markdown link whose text is escaped; targets are built from slugs only."""
    return Safe(f"[{md(text)}]({target})")
