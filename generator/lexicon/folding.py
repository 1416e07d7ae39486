"""Name keys: how two spellings of one name are compared."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for matching names (memoised: the same
    few thousand words are folded again and again)."""
    text = text.casefold().replace("\u2019", "'").replace(".", "")
    if not text.isascii():  # "Ségou" is "Segou", "Félix" "Felix": accents dropped, other scripts kept
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("-", " ")
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    text = text.replace("'", "")  # "Kurdistan Workers' Party", "Kata'ib": scrapers drop these
    return " ".join(text.split())
