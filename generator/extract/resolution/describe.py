"""One-line descriptions of actors from the text: appositions, relative clauses, titles.

"HTS, a group once allied with al-Qaeda", "X, who leads Y", "Russian premier
X": the phrase the article itself uses to say who an actor is.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...lexicon import Lexicon
from ...parsetree import Doc, Token
from ..context import MentionSpan, SentenceActors


def describe(members: list[tuple[MentionSpan, SentenceActors]], lex: Lexicon) -> str | None:
    """A one-line description from an appositive, a relative clause or a title."""
    found: list[tuple[int, str]] = []
    for m, s in members:
        doc = s.doc
        head = doc[m.head]
        for rank, text in _descriptions(head, m, doc, lex):
            found.append((rank, text))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    return found[0][1]


def _trim(text: str, limit: int = 24) -> str:
    words = text.strip(" ,").split()
    text = " ".join(words[:limit]) + (" ..." if len(words) > limit else "")
    return text.rstrip(",")


def _descriptions(head: Token, m: MentionSpan, doc: Doc, lex: Lexicon) -> Iterator[tuple[int, str]]:
    if m.category in {"country", "role", "state_role", "place"}:
        return
    for c in head.children:
        if c.dep_ == "appos" and (
            c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.lemma_.lower() in lex.actors.name_heads)
        ):
            yield 0, _trim(doc[c.left_edge.i : c.right_edge.i + 1].text)
        if c.dep_ == "relcl" and c.left_edge.lower_ in {"who", "which"}:
            yield 2, _trim(doc[c.left_edge.i : c.right_edge.i + 1].text)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < m.start:
        parent = head.head
        yield 0, _trim(doc[parent.left_edge.i : parent.i + 1].text)
    if head.dep_ in {"nsubj"} and head.head.lemma_ == "be":
        for c in head.head.children:
            if c.dep_ == "attr" and c.pos_ == "NOUN":
                yield 1, _trim(doc[c.left_edge.i : c.right_edge.i + 1].text)
    pre = _premodifiers(doc, m.start, lex)
    if pre:
        yield 3, pre


def _premodifiers(doc: Doc, start: int, lex: Lexicon) -> str | None:
    """Titles and modifiers right before a name: "Russian premier", "British-based"."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        modifier = prev.dep_ in {"compound", "amod", "nmod", "npadvmod"} or prev.text == "-"
        if not modifier or prev.pos_ == "DET" or prev.lower_ in {"other", "such", "many", "several", "some", "both"}:
            break
        i -= 1
    words = [t.text for t in doc[i:start]]
    while words and words[0].lower() in lex.actors.first_name_titles | lex.actors.honorifics:
        words = words[1:]
    text = " ".join(words).replace(" - ", "-")
    return text or None
