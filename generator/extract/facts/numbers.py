"""Read a number expression: digits, words, vague quantities, qualifiers.

"at least 16" -> 16 (low 16), "more than 150" -> 150 (low 151),
"a quarter of a million" -> 250000, "dozens" -> vague, low 24.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import Lexicon
from ...parsetree import Token

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


@dataclass(frozen=True)
class Quantity:
    """A parsed quantity: exact count or vague bounds, with its words."""

    text: str
    count: int | None
    low: int | None
    high: int | None
    vague: bool
    qualifier: str | None
    start: int
    end: int


def words_to_number(words: list[str]) -> float | None:
    """Value of number words or digits ("twenty-five", "1,200", "a quarter of a million")."""
    total, current, seen = 0.0, 0.0, False
    fraction = None
    for raw in words:
        w = raw.lower().replace(",", "")
        if w in {"and", "of", "-"}:
            continue
        if re.fullmatch(r"\d+(\.\d+)?", w):
            current += float(w)
            seen = True
        elif "-" in w and all(p in TENS or p in UNITS for p in w.split("-")):
            current += sum(TENS.get(p, UNITS.get(p, 0)) for p in w.split("-"))
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = seen or w not in {"a", "an"}
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w in FRACTIONS:
            fraction = FRACTIONS[w] * (current or 1)
            current = 0
        elif w in SCALES:
            base = fraction if fraction is not None else (current or 1)
            if SCALES[w] >= 1000:
                total += base * SCALES[w]
                current, fraction = 0, None
            else:
                current = base * SCALES[w]
            seen = True
        else:
            return None
    value = total + current
    return value if seen else None


def _joinable(a: Token, b: Token) -> bool:
    """Two adjacent number words form one number ("twenty five", "1.5 million"), two
    figures do not ("2014 Ten", "24 25")."""
    if a.text.replace(",", "").replace(".", "").isdigit():
        return b.lower_ in SCALES or b.text == "-"
    return True


def _numeric(t: Token) -> bool:
    w = t.lower_.replace(",", "")
    return t.like_num or w in SCALES or w in FRACTIONS or w in TENS or (w in UNITS and w not in {"a", "an"})


def number_span(tok: Token) -> tuple[int, int]:
    """The tokens of the number a token belongs to ("1.5 million", "a quarter of a million")."""
    doc = tok.doc
    start = end = tok.i
    glue = SCALES.keys() | FRACTIONS.keys() | {"a", "an"}
    while start > 0:
        prev = doc[start - 1]
        if (
            (_numeric(prev) and _joinable(prev, doc[start]))
            or (prev.text == "-" and start >= 2 and _numeric(doc[start - 2]))
            or (prev.lower_ in {"a", "an", "of"} and doc[start].lower_ in glue)
        ):
            start -= 1
        else:
            break
    while end + 1 < len(doc):
        nxt = doc[end + 1]
        if (
            (_numeric(nxt) and _joinable(doc[end], nxt))
            or (nxt.text == "-" and end + 2 < len(doc) and _numeric(doc[end + 2]))
            or (nxt.lower_ in {"of", "a", "an"} and end + 2 < len(doc) and doc[end + 2].lower_ in glue)
            or (nxt.lower_ == "and" and doc[end].lower_ in SCALES and end + 2 < len(doc) and _numeric(doc[end + 2]))
        ):
            end += 1
        else:
            break
    while start < end and doc[start].lower_ == "of":
        start += 1
    return start, end + 1


def qualifier_before(tok_start: int, doc, lex: Lexicon) -> tuple[str | None, int]:
    """A qualifier like "at least" right before the number, and where it starts."""
    quals = lex.casualties.qualifiers
    for n in (3, 2, 1):
        if tok_start - n < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[tok_start - n : tok_start])
        if phrase in quals:
            return phrase, tok_start - n
    return None, tok_start


@lru_cache(maxsize=8)
def _first_words(lex: Lexicon) -> frozenset[str]:
    """The words a vague quantity can begin with: most tokens are rejected at once."""
    return frozenset(phrase.split()[0] for phrase in lex.casualties.vague)


def vague_at(tok: Token, lex: Lexicon) -> tuple[str, tuple[int | None, int | None], int, int] | None:
    """A vague quantity word or phrase at this token ("dozens", "tens of thousands")."""
    vague = lex.casualties.vague
    if tok.lower_ not in _first_words(lex):
        return None
    doc = tok.doc
    for n in (3, 2, 1):
        phrase = " ".join(t.lower_ for t in doc[tok.i : tok.i + n])
        if len(doc) >= tok.i + n and phrase in vague:
            low, high = vague[phrase]
            return phrase, (low, high), tok.i, tok.i + n
    return None


def quantity(tok: Token, lex: Lexicon) -> Quantity | None:
    """Parse the quantity starting at or containing this token."""
    doc = tok.doc
    vague = vague_at(tok, lex)
    if vague and not tok.like_num:
        phrase, (low, high), start, end = vague
        if phrase == "dozen" and start > 0 and doc[start - 1].lower_ in {"a", "one"}:
            return Quantity("a dozen", 12, 12, 12, False, None, start - 1, end)
        qual, qstart = qualifier_before(start, doc, lex)
        return Quantity(doc[qstart:end].text, None, low, high, True, qual, qstart, end)
    if not tok.like_num:
        return None
    start, end = number_span(tok)
    value = words_to_number([t.text for t in doc[start:end]])
    if value is None or value != value:
        return None
    count = round(value)
    qual, qstart = qualifier_before(start, doc, lex)
    low, high = _bounds(count, qual, lex)
    return Quantity(doc[qstart:end].text, count, low, high, False, qual, qstart, end)


def _bounds(count: int, qual: str | None, lex: Lexicon) -> tuple[int | None, int | None]:
    kind = lex.casualties.qualifiers.get(qual) if qual else None
    if kind == "lower":
        return count, None
    if kind == "above":
        return count + 1, None
    if kind == "upper":
        return None, count
    if kind == "below":
        return None, count - 1
    return count, count
