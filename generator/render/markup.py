"""Escaping of untrusted article text, and the one template environment that applies it.

Pages are Markdown with HTML fragments inside (fragments.py). Every value a template
prints goes through `finalize`, which escapes it for where it is printed (Markdown in
a page template, HTML in a fragment template, `templates/html/`) unless it is `Safe`:
text already escaped, or markup built here from escaped parts. Forgetting a filter can
therefore only over-escape, never inject; both escapings make "<", ">" and "&" inert,
so a `Safe` value is inert in either place.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable

import jinja2

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


class Safe(str):
    """Text already escaped for where it is printed, or markup built from escaped parts."""

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


def text(value: object) -> Safe:
    """Escape text for an HTML element or attribute, on one line.

    Markdown punctuation becomes character references too, so the text stays
    inert even if a page ever lets Markdown run inside its HTML.
    """
    return Safe(html.escape(" ".join(str(value).split()), quote=True).translate(_HTML_MD))


def json_attr(data: object) -> Safe:
    """JSON inside an HTML attribute: survives Material's instant navigation,
    which drops inline <script> data blocks when it swaps pages."""
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Safe(html.escape(encoded, quote=True))


# Characters that make markup in any of the places a page title reaches unescaped
# (Material prints it raw in <title> after `striptags`, which turns "&lt;" back into "<",
# and in the header): they become look-alikes that are text everywhere.
_TITLE_INERT = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "\uff06", "\n": " ", "\r": " "})


def title_text(value: object) -> str:
    """A page title from article text, inert wherever the theme prints it."""
    return " ".join(str(value).translate(_TITLE_INERT).split())


def link_title(value: object) -> str:
    """Text for a Markdown link's "title": no quote or bracket can end the link early."""
    return text(value).replace("&quot;", "'").replace("(", "&#40;").replace(")", "&#41;")


HTML_TEMPLATES = "html/"  # fragment templates: their values are escaped for HTML


@jinja2.pass_context
def finalize(context: jinja2.runtime.Context, value: object) -> object:
    """Jinja2 finalize hook: escape everything that is not Safe, for the template's language."""
    if value is None:
        return ""
    if isinstance(value, Safe):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return text(value) if (context.name or "").startswith(HTML_TEMPLATES) else md(value)


def environment(**filters: Callable) -> jinja2.Environment:
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
    # `markup`: what a macro of the template built from values it escaped itself
    env.filters.update({"md": md, "attr": text, "text": text, "markup": Safe, **filters})
    return env
