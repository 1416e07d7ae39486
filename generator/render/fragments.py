"""The long tables and lists of the site as HTML fragments inside the Markdown pages.

A season of articles gives thousands of casualty rows, statements and mentions, each
with links. As Markdown, every row goes through Python-Markdown's inline patterns and
MkDocs' link rewriting: seconds per build. As HTML they cost a fraction of that, and
the MkDocs hook (`mkdocs_hook.py`) passes a fragment through the converter untouched.

Escaped by construction, as the Markdown is: a fragment template (templates/html/)
prints every value through markup.finalize, escaped for HTML unless it is `Safe`;
its links are the built site's addresses (links.py).
"""

from __future__ import annotations

import re

from .links import link
from .markup import Safe, text

FRAGMENT_OPEN = '<div class="briefing-fragment">'
FRAGMENT_CLOSE = "</div>"
# A fragment as it stands in a page: its own opening line, then lines of rows (values
# never hold a line break, and article text cannot hold a "<"), then its closing line.
FRAGMENT = re.compile(r"^" + re.escape(FRAGMENT_OPEN) + r"\n(.*?)\n" + FRAGMENT_CLOSE + "$", re.S | re.M)


def fragment(body: str) -> Safe:
    """A fragment on its own lines, blank lines around it: a raw HTML block to any Markdown
    reader, and one the hook can find. Blank lines inside would end the block early."""
    rows = "\n".join(line for line in body.splitlines() if line.strip())
    return Safe(f"\n{FRAGMENT_OPEN}\n{rows}\n{FRAGMENT_CLOSE}\n\n")


WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+$", re.I)


def external(url: str) -> Safe:
    """A link out of the site, only to a web address (never "javascript:" and the like)."""
    return link(url, url) if WEB_ADDRESS.match(url) else text(url)
