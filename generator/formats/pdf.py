"""A PDF report (a situation report, an NGO briefing): pypdf reads the text layer of
every page and the document information (title, author, date).

What a page of a report adds to its text and a reader would not read as the article
is dropped: running headers and footers (a line at the top or bottom of most pages,
page numbers aside) and page numbers; a word hyphenated at a line end is joined, and
the lines of a paragraph become one. A file that cannot give text says why: encrypted,
a scan without a text layer, or not a readable PDF."""

from __future__ import annotations

import io
import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate

NUMBER = re.compile(r"\d+")
PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
HYPHENATED = re.compile(r"(\w)-\n([a-z])")
END = re.compile(r"[.!?:;\"”’)]$")
EDGE = 2  # lines at the top and at the bottom of a page that may be a running header or footer
MIN_CHARS_PER_PAGE = 40  # less than this on average: pictures of pages, not text


class UnreadablePdf(ValueError):
    """A PDF that gives no article text; the message says why."""


def read_pdf(data: bytes) -> tuple[list[str], dict]:
    """The text of each page of a PDF as paragraphs, and its document information in the
    reader's keys. The article is the pages joined by blank lines (see pdf_pages)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opened(reader):
            raise UnreadablePdf("an encrypted PDF (a password is needed to read its text)")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except UnreadablePdf:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise UnreadablePdf(f"not a readable PDF ({err})") from err
    if not pages or sum(len(p.strip()) for p in pages) < MIN_CHARS_PER_PAGE * len(pages):
        raise UnreadablePdf("a PDF without a text layer (a scanned document?): no text to read")
    return pdf_pages(pages), _info(info)


def _opened(reader: object) -> bool:
    """An encrypted PDF that opens without a password (protected against printing only)."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # pypdf raises a dependency error for AES it cannot open, among others
        return False


def pdf_pages(pages: list[str]) -> list[str]:
    """Pages of extracted text as the article's pages: running headers, footers and page
    numbers dropped, hyphenation at line ends joined, the lines of each paragraph made one,
    paragraphs apart by a blank line. A page with nothing left is an empty string, so the
    n-th item is still page n."""
    lines = [[line.strip() for line in page.splitlines()] for page in pages]
    running = _running(lines)
    out = []
    for page in lines:
        kept = [line for line in page if line and _shape(line) not in running and not PAGE_NUMBER.match(line)]
        out.append("\n\n".join(_paragraphs(kept)))
    return out


def joined(pages: list[str]) -> str:
    """The article of a report: its pages' paragraphs, a blank line apart, empty pages left out."""
    return "\n\n".join(p for p in pages if p) + "\n"


def pdf_text(pages: list[str]) -> str:
    """Pages of extracted text as one article (see pdf_pages)."""
    return joined(pdf_pages(pages))


def _shape(line: str) -> str:
    """A line with its numbers blanked: 'Situation Report No. 12 | Page 3' on every page."""
    return NUMBER.sub("#", line.lower())


def _running(pages: list[list[str]]) -> set[str]:
    """Lines at the edge of at least half the pages (of three or more) are headers or footers."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        body = [line for line in page if line]
        seen.update({_shape(line) for line in body[:EDGE] + body[-EDGE:]})
    return {shape for shape, n in seen.items() if n >= max(3, len(pages) / 2)}


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines into paragraphs: a line that ends a sentence and is clearly shorter than the
    page's full lines ends its paragraph; a hyphen at a line end joins the word."""
    if not lines:
        return []
    full = sorted(len(line) for line in lines)[int(len(lines) * 0.8)]
    out, current = [], ""
    for line in lines:
        if current.endswith("-"):  # 'humani-' 'tarian' is one word, 'pro-' 'Russian' keeps its hyphen
            current = HYPHENATED.sub(r"\1\2", current + "\n" + line).replace("\n", "")
        else:
            current = f"{current} {line}" if current else line
        if END.search(line) and len(line) < 0.8 * full:
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


GENERATED_TITLE = re.compile(r"^(microsoft word - |untitled)|\.(docx?|pdf|indd|odt)$", re.IGNORECASE)


def _info(info: object) -> dict:
    """Title, author and date from the document information, where they are a person's
    words and not a program's (a title 'Microsoft Word - report.docx' is no title)."""
    title = str(getattr(info, "title", None) or "").strip()
    author = str(getattr(info, "author", None) or "").strip()
    try:
        created = getattr(info, "creation_date", None)
    except (ValueError, TypeError):
        created = None
    meta = {
        "title": "" if GENERATED_TITLE.search(title) else title,
        "author": author,
        "published": created.date().isoformat() if created else "",
    }
    return {k: v for k, v in meta.items() if v}


def _key(text: str) -> str:
    """Letters and digits only, lowercased: what cleaning (quotes, dashes, spaces) leaves alone."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def page_numbers(sentences: list[str], pages: tuple[str, ...]) -> list[int | None]:
    """The page (1 for the first) each sentence begins on, found in order in the pages'
    text; a sentence cleaning changed beyond finding keeps the page of the one before."""
    if not pages:
        return [None] * len(sentences)
    keys = [_key(p) for p in pages]
    ends = list(accumulate(len(k) for k in keys))  # where each page's letters end in `whole`
    whole = "".join(keys)
    cursor, page, out = 0, None, []
    for sentence in sentences:
        probe = _key(sentence)[:40]
        at = whole.find(probe, cursor) if probe else -1
        if at >= 0:
            cursor = at + len(probe)
            page = bisect_right(ends, at) + 1
        out.append(page)
    return out
