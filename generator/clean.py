"""Clean article text before analysis.

Scraped news comes with mojibake, curly and straight quotes mixed, photo
captions interleaved with the story and paragraphs repeated by the page
layout. Cleaning fixes what can be fixed without changing what was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ftfy

CAPTION_MAX_WORDS = 60  # longer unpunctuated lines are scraped paragraphs, not captions

FINAL_PUNCT = tuple(".!?:;\"'\u201d\u2019)]\u2026")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_STRAY_A = re.compile("\u00c2(?=[\\s\u00a0]|$)")
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted)\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\s*[-|:]?\s+",
    re.IGNORECASE,
)

# "GOMA, Congo (AP) --", "KHARTOUM (Reuters) -", "KYIV, Ukraine --": a city in capitals, its region
# or the agency or both, and a dash; only at the very start of a story ("NATO -- which" stays)
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z'\u2019.\-]{2,}(?:\s[A-Z][A-Z'\u2019.\-]+)*"
    r"(?:,\s+[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,3}(?:\s*\([A-Z][\w&.'\u2019 \-]{0,40}\))?"
    r"|\s*\([A-Z][\w&.'\u2019 \-]{0,40}\))\s*[-\u2013\u2014]+\s+"
)


@dataclass(frozen=True)
class Block:
    """A paragraph of body text or a photo caption."""

    text: str
    is_caption: bool


def fix_encoding(text: str) -> str:
    """Repair mojibake, including the stray 'Â' a lost no-break space leaves."""
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    return _STRAY_A.sub(" ", text)


def normalise_quotes(line: str) -> str:
    """Make quotation marks unambiguous: apostrophes become ', quotes “ ”.

    British papers quote with single marks, which look like apostrophes to a
    tokenizer; turning quoting pairs into double quotes keeps "rebels'" and
    "Assad's" intact while making quotations easy to find.
    """
    if "'" not in line and "\u2018" not in line and "\u2019" not in line:
        return line  # nothing to read: most paragraphs of a season, checked in one pass each
    out, open_quote = [], False
    for i, ch in enumerate(line):
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < len(line) else " "
        if ch == "\u2018" or (ch == "'" and not prev.isalnum() and nxt.isalnum() and _opens_quote(line, i)):
            out.append("\u201c")
            open_quote = True
        elif ch in "\u2019'":
            if prev.isalnum() and nxt.isalnum():
                out.append("'")
            elif open_quote and not (prev in "sS" and nxt == " " and _quote_closes_later(line, i)):
                out.append("\u201d")
                open_quote = False
            else:
                out.append("'")
        else:
            out.append(ch)
    return "".join(out)


def _opens_quote(line: str, i: int) -> bool:
    """A straight ' before a word opens a quote only if a closing one follows."""
    return re.search(r"[\w.,!?]'(?:\s|$|[.,;:])", line[i + 1 :]) is not None


def _quote_closes_later(line: str, i: int) -> bool:
    return re.search("[\\w.,!?][\u2019'](?:\\s|$|[.,;:])", line[i + 1 :]) is not None


def normalise_space(line: str) -> str:
    """Collapse runs of spaces of every kind into one ASCII space."""
    return _SPACES.sub(" ", line).strip()


def is_caption(line: str) -> bool:
    """Photo captions are short lines that do not end like a sentence."""
    words = line.split()
    return 2 <= len(words) <= CAPTION_MAX_WORDS and not line.rstrip().endswith(FINAL_PUNCT)


def strip_dateline(text: str) -> tuple[str, str | None]:
    """Remove a leading 'Published July 2 2016' style dateline; return it."""
    m = _DATELINE.match(text)
    if not m or len(text) - m.end() < 20:
        return text, None
    return text[m.end() :], m.group(0).strip()


def strip_wire_dateline(text: str) -> str:
    """Remove a wire story's 'GOMA, Congo (AP) --': the place it was filed from and the agency
    are no part of the first sentence, which the parser would read them into as its subjects."""
    m = _WIRE_DATELINE.match(text)
    return text[m.end() :] if m and len(text) - m.end() >= 20 else text


def strip_headline(text: str, title: str | None) -> str:
    """Drop the headline when a scrape ran it into the first sentence."""
    if not title:
        return text

    def key(s: str) -> str:
        return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()

    t = key(title)
    if not t:
        return text
    words = text.split()
    for n in range(min(len(words), len(title.split()) + 3), 0, -1):
        if key(" ".join(words[:n])) == t:
            return " ".join(words[n:]).lstrip(" .:-|") or text
    return text


@lru_cache(maxsize=8)
def _any_cue(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(cue) for cue in cues), flags=re.IGNORECASE)


def cut_furniture(line: str, cues: tuple[str, ...]) -> str:
    """Cut a paragraph where the page's furniture begins ("Related News", "Read more"):
    teaser headlines after it are other stories, not this one."""
    if not cues or not _any_cue(cues).search(line):
        return line  # most paragraphs hold none: one pass instead of one per cue
    for cue in cues:
        for m in re.finditer(r"(?:^|(?<=[\s.!?]))" + re.escape(cue) + r"\b", line, flags=re.IGNORECASE):
            if line[m.start()].isupper():
                line = line[: m.start()].rstrip()
                break
    return line


def clean_blocks(
    body: str, title: str | None = None, furniture: tuple[str, ...] = ()
) -> tuple[list[Block], str | None]:
    """Split a body into cleaned paragraphs and captions; return any dateline.

    `furniture` lists the phrases that open a web page's teaser lists ("Related News")."""
    text = fix_encoding(body)
    blocks: list[Block] = []
    dateline = None
    for raw in text.splitlines():
        line = normalise_space(raw)
        if not line:
            continue
        if not blocks:
            line, dateline = strip_dateline(line)
            line = strip_headline(strip_wire_dateline(line), title)
        line = normalise_quotes(cut_furniture(line, furniture))
        if line:
            blocks.append(Block(line, is_caption(line)))
    return blocks, dateline


def sentence_key(text: str) -> str:
    """What makes two sentences the same: words, not case or end punctuation."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def drop_repeats(sentences: list[tuple[str, bool]]) -> tuple[list[tuple[str, bool]], int]:
    """Drop every sentence that repeats an earlier one (a caption copied from the body)."""
    seen: set[str] = set()
    kept = []
    for text, caption in sentences:
        key = sentence_key(text)
        if key in seen or not key:
            continue
        seen.add(key)
        kept.append((text, caption))
    return kept, len(sentences) - len(kept)
