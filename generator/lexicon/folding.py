"""Name keys: how two spellings of one name are compared."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and punctuation-insensitive key for matching names (memoised: the same
    few thousand words are folded again and again)."""
    text = text.casefold().replace("\u2019", "'").replace(".", "")
    text = text.replace("-", " ")
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    text = text.replace("'", "")  # "Kurdistan Workers' Party", "Kata'ib": scrapers drop these
    return " ".join(text.split())
